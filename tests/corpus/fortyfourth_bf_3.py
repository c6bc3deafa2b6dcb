"""Forty-fourth held-out part ``bf``, cases bf029–bf042: a British sender with IPv6, an
interleaved reply to the office's questions under its quoted signature, a replaced address, an
ODT from a Samsung phone, a format=flowed (delsp) filming request, a faculty applying as its
university, a one-person trade name with a dash, an HTML-only Apple Mail list, a data message
from a natural person with an RTF, an Italian sender, a forwarded chain with a correction, a
contact named only by surname, a PDF from Gmail on a phone and a French sender. Written by hand
apart from the extraction rules (see make_fortyfourth_bf); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfourth_bf_common import (
    ANDROID,
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I30, I31, I32, I34 = ico("2576014"), ico("0812739"), ico("2941605"), ico("0061427")
I35, I36, I37, I39 = ico("7420938"), ico("0394152"), ico("8731264"), ico("2685310")
I40, I41 = ico("0517826"), ico("2793048")

CASES: list[dict[str, Any]] = [
    {
        "id": "bf029-uk-outlook-ipv6",
        "description": "a British data studio writes English from Outlook: IPv6 production "
        "in full notation, an IPv4 test box, a UK mobile with a (0)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge Data Ltd",
            None,
            None,
            ["2001:db8:77::a1"],
            ["198.51.100.240"],
            "Oliver Pennington",
            "oliver.pennington@northbridgedata.example",
            "+447700918342",
        ),
        "from": "Oliver Pennington <oliver.pennington@northbridgedata.example>",
        "subject": "Application for access to election results (XML)",
        "headers": OUTLOOK,
        "body": "Good afternoon,\n"
        "\n"
        "Northbridge Data Ltd, a UK company registered in England and Wales (no. 11829043), "
        "would like to apply for access to the Czech election results XML service. We "
        "supply live results graphics to several broadcasters.\n"
        "\n"
        "Production (IPv6 only): 2001:0db8:0077:0000:0000:0000:0000:00a1\n"
        "Test: 198.51.100.240\n"
        "\n"
        "Many thanks,\n"
        "Oliver Pennington\n"
        "Lead Engineer, Northbridge Data Ltd\n"
        "M: +44 (0)7700 918342\n",
    },
    {
        "id": "bf030-reply-interleaved-under-office-questions",
        "description": "Thunderbird reply answering the office's numbered questions inline "
        "between quoted lines; the quoted office signature gives its phone and data box",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jizerské noviny s.r.o.",
            I30,
            None,
            ["203.0.113.121"],
            [],
            "Robert Kühn",
            "kuhn@jizerskenoviny.example",
            "+420775204693",
        ),
        "from": "Robert Kühn <kuhn@jizerskenoviny.example>",
        "subject": "Re: Doplnění žádosti o přístup k výsledkům voleb",
        "headers": [*TBIRD, ("References", "<podatelna-4520@czso.cz>")],
        "body": "Dobrý den, odpovídám přímo do textu.\n"
        "\n"
        "Dne 04. 09. 25 v 8:02 Podatelna ČSÚ napsal(a):\n"
        "> Dobrý den,\n"
        "> k vyřízení Vaší žádosti potřebujeme doplnit:\n"
        "> 1. přesný název žadatele a IČO\n"
        "\n"
        "Jizerské noviny s.r.o., IČO " + I30 + "\n"
        "\n"
        "> 2. produkční IP adresy\n"
        "\n"
        "203.0.113.121\n"
        "\n"
        "> 3. testovací IP adresy (nepovinné)\n"
        "\n"
        "nemáme, budeme zkoušet z té produkční\n"
        "\n"
        "> 4. kontaktní osobu s telefonem\n"
        "\n"
        "já, Robert Kühn, 775 204 693\n"
        "\n"
        "> Děkujeme.\n"
        "> Podatelna Českého statistického úřadu\n"
        "> tel.: +420 274 052 733 | ID DS: 2gfaasy | www.czso.cz\n",
    },
    {
        "id": "bf031-roundcube-replaced-address",
        "description": "the mail says last year's address is no longer used and gives the new "
        "one next to it; the test address is described as 'náhradní' for testing",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Litoměřický večerník s.r.o.",
            I31,
            None,
            ["198.18.33.12"],
            ["198.18.33.50"],
            "Alena Benešová",
            "benesova@ltmvecernik.example",
            "+420721385907",
        ),
        "from": "Alena Benešová <benesova@ltmvecernik.example>",
        "subject": "Re: přístup k výsledkům – letos nová IP",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n"
        "\n"
        "i letos bychom rádi dostávali výsledky v XML (Litoměřický večerník s.r.o., "
        "IČO " + I31 + "). Jen pozor, loňská adresa 198.18.33.10 už neplatí, server jsme "
        "stěhovali, nově stahujeme z 198.18.33.12. Na testování si necháme náhradní "
        "198.18.33.50.\n"
        "\n"
        "Kontakt pořád já: Alena Benešová, tel. 721 385 907.\n"
        "\n"
        "Děkuji\n"
        "A. Benešová\n",
    },
    {
        "id": "bf032-samsung-cover-odt-both",
        "description": "a two-line cover typed on a Samsung phone; the ODT asks for both and "
        "gives addresses as a sentence with roles after the addresses",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "TV Jeseník s.r.o.",
            I32,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Jakub Pazdera",
            "pazdera@tvjesenik.example",
            "+420736118592",
        ),
        "from": "Jakub Pazdera <pazdera@tvjesenik.example>",
        "subject": "zadost tv jesenik",
        "headers": SAMSUNG,
        "body": "Dobry den posilam zadost v priloze, pisu z mobilu tak promin te preklepy.\n"
        "Pazdera\n",
        "attachments": [
            (
                "odt",
                "zadost_TVJ.odt",
                [
                    "TV Jeseník s.r.o., Lipovská 12, 790 01 Jeseník, IČO " + I32,
                    "Žádáme o přístup k výsledkům voleb v XML a o povolení natáčet na "
                    "okresním pracovišti v Jeseníku.",
                    "Adresy: 192.0.2.180 (produkční), 192.0.2.181 (testovací).",
                    "Kontaktní osoba: Jakub Pazdera, 736 118 592, pazdera@tvjesenik.example",
                ],
            )
        ],
    },
    {
        "id": "bf033-flowed-delsp-filming-only",
        "description": "format=flowed with delsp=yes: the contact sentence is wrapped after "
        "'bude' and a crew member's phone stands next to it; filming only, no data",
        "style": Style.FLOWED,
        "labels": L(
            [FILM],
            "Česká dokumentární společnost, z. ú.",
            I34,
            None,
            [],
            [],
            "Irena Bártová",
            "bartova@ceskadokument.example",
            "+420606741238",
        ),
        "from": "Irena Bártová <bartova@ceskadokument.example>",
        "subject": "Povolení natáčení – dokument o sčítání hlasů",
        "headers": TBIRD,
        "flowed": True,
        "delsp": True,
        "body": "Dobrý den,\n"
        "\n"
        "Česká dokumentární společnost, z. ú. (IČO " + I34 + ") připravuje  \n"
        "dokument o tom, jak se sčítají hlasy. Prosíme o povolení natáčet na  \n"
        "pracovišti ČSÚ v Praze v noci po uzavření volebních místností. Data z  \n"
        "XML nepotřebujeme.\n"
        "\n"
        "Natáčet bude kameraman Šimon Pech (604 337 190), kontaktní osobou bude  \n"
        "Irena Bártová, tel. 606 741 238.\n"
        "\n"
        "S pozdravem\n"
        "Irena Bártová, produkce\n",
    },
    {
        "id": "bf034-faculty-applies-as-university",
        "description": "a faculty's media lab writes; the applicant is its university, "
        "whose IČO is given in the signature after the faculty's name",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Západomoravská univerzita v Třebíči",
            I35,
            None,
            ["198.51.100.131", "198.51.100.132"],
            ["198.51.100.133"],
            "Vladimír Sochor",
            "sochor@fms.zmu.example",
            "+420568112740",
        ),
        "from": "Vladimír Sochor <sochor@fms.zmu.example>",
        "subject": "Žádost o přístup k výsledkům voleb – mediální laboratoř FMS",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n"
        "\n"
        "studentská redakce Fakulty mediálních studií připravuje volební zpravodajství a "
        "žádá proto o přístup k výsledkům ve formátu XML. Žadatelem je Západomoravská "
        "univerzita v Třebíči (fakulta nemá vlastní IČO).\n"
        "\n"
        "Produkční adresy: 198.51.100.131, 198.51.100.132\n"
        "Testovací adresa: 198.51.100.133\n"
        "\n"
        "S pozdravem\n"
        "\n"
        "Mgr. Vladimír Sochor, Ph.D.\n"
        "vedoucí mediální laboratoře\n"
        "Fakulta mediálních studií\n"
        "Západomoravská univerzita v Třebíči, IČO " + I35 + "\n"
        "tel. +420 568 112 740\n"
        "doc. Ilona Tichá, proděkanka, +420 568 112 700\n",
    },
    {
        "id": "bf035-iphone-osvc-dash-trade-name",
        "description": "a one-person outlet on an iPhone names itself as 'person – trade "
        "name' with an IČO; filming only, the photographer is also the contact",
        "style": Style.MOBILE,
        "labels": L(
            [FILM],
            "Petra Vondrová – Vondra Foto",
            I36,
            None,
            [],
            [],
            "Petra Vondrová",
            "petra@vondrafoto.example",
            "+420739402651",
        ),
        "from": "Petra Vondrová <petra@vondrafoto.example>",
        "subject": "Foceni volby Pardubice",
        "headers": IPHONE,
        "body": "Dobry den,\n"
        "jsem OSVČ (Petra Vondrová – Vondra Foto, IČO " + I36 + ") a fotim pro "
        "Pardubicky web. Chtela bych pozadat o povoleni fotit na pracovisti CSU v "
        "Pardubicich behem scitani. Pristup k datum nepotrebuju.\n"
        "Tel 739402651\n"
        "Dekuji Vondrova\n"
        "\n"
        "Odeslano z iPhonu\n",
    },
    {
        "id": "bf036-apple-html-only-lists",
        "description": "HTML-only Apple Mail in 8bit: nested <ul> lists, the roles as list "
        "headings, a backup server counted as production and the phone in a <div>",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Karlovarský kurýr a.s.",
            I37,
            None,
            ["203.0.113.171", "203.0.113.172"],
            ["203.0.113.180"],
            "Daniel Fiala",
            "fiala@kvkuryr.example",
            "+420728530194",
        ),
        "from": "Daniel Fiala <fiala@kvkuryr.example>",
        "subject": "Žádost o XML – Karlovarský kurýr",
        "headers": APPLE,
        "cte": "8bit",
        "html": '<html><head><meta http-equiv="content-type" content="text/html; '
        'charset=utf-8"></head><body style="overflow-wrap: break-word;">'
        "<div>Dobrý den,</div><div><br></div><div>Karlovarský kurýr a.s. (IČO " + I37 + ") "
        "žádá o přístup k výsledkům voleb.</div><div><br></div>"
        "<ul><li>produkce<ul><li>203.0.113.171 (hlavní)</li><li>203.0.113.172 (záložní)</li>"
        "</ul></li><li>test<ul><li>203.0.113.180</li></ul></li></ul>"
        "<div>Kontakt: Daniel Fiala</div><div>728 530 194</div>"
        "<div><br></div><div>Díky, D. F.</div></body></html>",
    },
    {
        "id": "bf037-databox-natural-person-rtf",
        "description": "data message from a natural person's business box; the RTF signs "
        "with a degree and gives an IPv6 test address next to the IPv4 production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Tomáš Bureš",
            I39,
            "b6tq2vn",
            ["192.0.2.240"],
            ["2001:db8:b0::2"],
            "Tomáš Bureš",
            "tomas@buresdata.example",
            "+420777059316",
        ),
        "databox": box("b6tq2vn", "Tomáš Bureš", "Komenského 40, 586 01 Jihlava", kind=40),
        "subject": "Žádost o přístup k XML výsledkům",
        "attachments": [
            (
                "rtf",
                "zadost_Bures.rtf",
                [
                    "Žadatel: Tomáš Bureš, podnikající fyzická osoba, IČO " + I39,
                    "Provozuji datový blog o volbách a žádám o přístup k výsledkům v XML.",
                    [
                        ["produkční IP", "192.0.2.240"],
                        ["testovací IP", "2001:db8:b0:0:0:0:0:2"],
                    ],
                    "Ing. Tomáš Bureš, tel. 777 059 316, tomas@buresdata.example",
                ],
            )
        ],
    },
    {
        "id": "bf038-italian-android-english",
        "description": "an Italian agency writes English from an Android phone, the "
        "production addresses as a 'from .. to ..' range, the test one after 'for tests'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Notizie Centro Europa S.r.l.",
            None,
            None,
            ["198.18.200.4", "198.18.200.5", "198.18.200.6"],
            ["198.18.200.9"],
            "Giulia Ferraresi",
            "g.ferraresi@notiziece.example",
            "+393471829056",
        ),
        "from": "Giulia Ferraresi <g.ferraresi@notiziece.example>",
        "subject": "access to election XML",
        "headers": ANDROID,
        "body": "Good morning,\n"
        "we are Notizie Centro Europa S.r.l., a news agency in Trieste, and we ask for "
        "access to your XML with election results. Our servers are from 198.18.200.4 to "
        "198.18.200.6, for tests we use 198.18.200.9.\n"
        "Thanks a lot\n"
        "Giulia Ferraresi\n"
        "+39 347 182 9056\n"
        "\n"
        "Inviato da Android\n",
    },
    {
        "id": "bf039-outlook-forward-chain-correction",
        "description": "a boss forwards an inline chain: the older mail has the application, "
        "the newer one in the chain corrects a production address",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Středočeský magazín s.r.o.",
            I40,
            None,
            ["203.0.113.25", "203.0.113.26"],
            ["203.0.113.30"],
            "Josef Kadlec",
            "kadlec@scmagazin.example",
            "+420731620847",
        ),
        "from": "Hynek Marek <marek@scmagazin.example>",
        "subject": "FW: žádost XML volby",
        "headers": OUTLOOK,
        "body": "Dobrý den, posílám za nás žádost od kolegy, platí jeho poslední verze.\n"
        "Hynek Marek, jednatel\n"
        "\n"
        "From: Josef Kadlec <kadlec@scmagazin.example>\n"
        "Sent: Wednesday, September 3, 2025 4:12 PM\n"
        "To: Hynek Marek <marek@scmagazin.example>\n"
        "Subject: RE: žádost XML volby\n"
        "\n"
        "Hynku, ještě oprava: druhá produkční není .62, ale 203.0.113.26, zbytek platí.\n"
        "Josef\n"
        "\n"
        "From: Josef Kadlec <kadlec@scmagazin.example>\n"
        "Sent: Wednesday, September 3, 2025 2:55 PM\n"
        "To: Hynek Marek <marek@scmagazin.example>\n"
        "Subject: žádost XML volby\n"
        "\n"
        "Návrh žádosti:\n"
        "Středočeský magazín s.r.o., IČO " + I40 + ", žádá o přístup k výsledkům voleb "
        "v XML.\n"
        "Produkční IP: 203.0.113.25, 203.0.113.62\n"
        "Testovací IP: 203.0.113.30\n"
        "Kontaktní osoba: Josef Kadlec, IT, tel. 731 620 847, kadlec@scmagazin.example\n",
    },
    {
        "id": "bf040-zimbra-contact-by-surname-only",
        "description": "signed by the director, the contact named only as 'paní Pospíšilová' "
        "with her own mail and phone; her first name appears nowhere",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Hlas Hané, s.r.o.",
            I41,
            None,
            ["192.0.2.15"],
            ["192.0.2.16"],
            "Pospíšilová",
            "pospisilova@hlashane.example",
            "+420585331902",
        ),
        "from": "Aleš Král <kral@hlashane.example>",
        "subject": "Žádost o přístup – Hlas Hané",
        "headers": ZIMBRA,
        "body": "Vážení,\n"
        "\n"
        "Hlas Hané, s.r.o., IČO " + I41 + ", žádá o přístup k výsledkům voleb ve formátu "
        "XML z adresy 192.0.2.15; testovat budeme z 192.0.2.16.\n"
        "\n"
        "Veškeré technické dotazy prosím směřujte na paní Pospíšilovou "
        "(pospisilova@hlashane.example, tel. 585 331 902), která je pro tuto žádost "
        "kontaktní osobou.\n"
        "\n"
        "S úctou\n"
        "Aleš Král\n"
        "ředitel\n"
        "Hlas Hané, s.r.o. | tel. +420 585 331 900\n",
    },
    {
        "id": "bf041-gmail-mobile-pdf-both",
        "description": "Gmail from a phone with a one-line body; the PDF form ticks both "
        "requests and names a contact other than the sender",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Vysočina s.r.o.",
            ico("2617493"),
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Kristýna Habrmanová",
            "habrmanova@rtvysocina.example",
            "+420733258610",
        ),
        "from": "Luboš Dvořák <lubos.dvorak@rtvysocina.example>",
        "subject": "formular volby",
        "headers": GMAIL,
        "body": "posilam formular, dik\n\nOdesláno z mobilu\n",
        "attachments": [
            (
                "pdf",
                "formular_RTV.pdf",
                [
                    "ŽÁDOST MÉDIA – VOLBY",
                    {
                        "rows": [
                            ["Název", "Regionální televize Vysočina s.r.o."],
                            ["IČO", ico("2617493")],
                            ["☒ přístup k výsledkům (XML)", "☒ natáčení na pracovišti ČSÚ"],
                            ["Produkční IP", "198.51.100.90"],
                            ["Testovací IP", "198.51.100.91"],
                            ["Kontaktní osoba", "Kristýna Habrmanová"],
                            ["Tel.", "+420 733 258 610"],
                            ["E-mail", "habrmanova@rtvysocina.example"],
                        ],
                        "widths": [180, 250],
                    },
                    "Vyplnil: Luboš Dvořák, kameraman",
                ],
            )
        ],
    },
    {
        "id": "bf042-french-english-roundcube",
        "description": "a French outlet writes English from Roundcube with IPv6 both for "
        "production and test, French phone notation and a Czech fixer in copy",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Écho de l'Europe SAS",
            None,
            None,
            ["2001:db8:fe::1", "2001:db8:fe::2"],
            ["2001:db8:fe::100"],
            "Camille Durand",
            "c.durand@echoeurope.example",
            "+33612457839",
        ),
        "from": "Camille Durand <c.durand@echoeurope.example>",
        "cc": "Lucie Šimková <simkova@fixerpraha.example>",
        "subject": "Czech elections – request for XML results access",
        "headers": ROUNDCUBE,
        "body": "Hello,\n"
        "\n"
        "Écho de l'Europe SAS (Lyon) requests access to the XML election results.\n"
        "Production: 2001:db8:fe::1, 2001:db8:fe::2\n"
        "Test: 2001:db8:fe::100\n"
        "\n"
        "Our local producer Lucie Šimková (in copy) will be in Prague, but please send "
        "all technical communication to me.\n"
        "\n"
        "Best regards,\n"
        "Camille Durand\n"
        "Écho de l'Europe – data desk\n"
        "Tél. : 06 12 45 78 39 (+33)\n",
    },
]
