"""Fifty-first held-out part ``cd``, cases cd001–cd014: a phone note without diacritics, an
HTML-only Outlook table, a reply quoting the office's press release, a format=flowed role
sentence, a chatty Gmail correction, an iso-8859-2 Seznam filming request, an IT/editor thread,
a one-line follow-up, a mail whose inline text and PDF differ, a data message with an RTF, a
Polish sender in English, a forwarded .eml, a signature naming several people and an OWA
HTML-only filming request. Written by hand apart from the extraction rules (see
make_fiftyfirst_cd); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfirst_cd_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2741180"), ico("0583312"), ico("2916047"), ico("0472359"), ico("2688015")
I7, I9, I10, I12, I13 = (
    ico("0317742"),
    ico("2845563"),
    ico("0790218"),
    ico("2559604"),
    ico("0620497"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "cd001-iphone-no-diacritics",
        "description": "typed on an iPhone without diacritics; the second production address "
        "is only '.15' after the first, the test one follows in the same run-on sentence",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Jihlavsky tydenik s.r.o.",
            I1,
            None,
            ["198.51.100.14", "198.51.100.15"],
            ["198.51.100.40"],
            "Petr Salek",
            "salek@jihlavskytydenik.example",
            "+420603112845",
        ),
        "from": "Petr Salek <salek@jihlavskytydenik.example>",
        "subject": "pristup k vysledkum",
        "headers": IPHONE,
        "body": "Dobry den,\n\nza Jihlavsky tydenik s.r.o. (ICO " + I1 + ") bychom chteli "
        "pristup k xml s prubeznymi vysledky voleb. produkcni servery 198.51.100.14 a .15, "
        "testovat budeme z 198.51.100.40\nkontakt jsem ja, Petr Salek, tel 603 112 845\n\n"
        "diky\nPS\n\nOdeslano z iPhonu\n",
    },
    {
        "id": "cd002-outlook-html-only-table",
        "description": "HTML-only Outlook mail; a table with a written range for production, the "
        "contact surname first, both requests ticked ANO in the table",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Rádio Horácko, s.r.o.",
            I2,
            None,
            ["203.0.113.70", "203.0.113.71", "203.0.113.72", "203.0.113.73"],
            ["203.0.113.90"],
            "Ondřej Kratochvíl",
            "kratochvil@radiohoracko.example",
            "+420568401229",
        ),
        "from": "Kratochvíl Ondřej <kratochvil@radiohoracko.example>",
        "subject": "Žádost - volby 2025 - Rádio Horácko",
        "headers": OUTLOOK,
        "cte": "qp",
        "html": "<html><body><p class=MsoNormal>Dobrý den,</p><p class=MsoNormal>v tabulce "
        "níže posíláme údaje k žádosti.</p><table border=1 cellpadding=3>"
        "<tr><td><b>Žadatel</b></td><td>Rádio Horácko, s.r.o.</td></tr>"
        "<tr><td><b>IČO</b></td><td>" + I2 + "</td></tr>"
        "<tr><td><b>Přístup k XML (dedikovaný server)</b></td><td>ANO</td></tr>"
        "<tr><td><b>Natáčení na pracovištích ČSÚ</b></td><td>ANO</td></tr>"
        "<tr><td><b>IP produkce</b></td><td>203.0.113.70 – 203.0.113.73</td></tr>"
        "<tr><td><b>IP test</b></td><td>203.0.113.90</td></tr>"
        "<tr><td><b>Kontakt</b></td><td>Kratochvíl Ondřej<br>kratochvil@radiohoracko.example"
        "<br>+420 568 401 229</td></tr></table>"
        "<p class=MsoNormal>S pozdravem</p><p class=MsoNormal>Ondřej Kratochvíl<br>"
        "technik vysílání</p></body></html>",
    },
    {
        "id": "cd003-reply-quoting-press-release",
        "description": "a Thunderbird reply quoting the office's press release with its IČO, "
        "czso.cz address and switchboard; production IPv4 and IPv6, no test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Brněnsko24 s.r.o.",
            I3,
            None,
            ["198.51.100.77", "2001:db8:4a::10"],
            [],
            "Tereza Machálková",
            "machalkova@brnensko24.example",
            "+420731558402",
        ),
        "from": "Tereza Machálková <machalkova@brnensko24.example>",
        "subject": "Re: Zpřístupnění výsledků voleb médiím",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nna základě Vaší tiskové zprávy žádáme o přístup k výsledkům "
        "na dedikovaném serveru. Žadatel: Brněnsko24 s.r.o., IČO " + I3 + ".\n"
        "Naše produkční adresy: 198.51.100.77 a IPv6 2001:db8:4a:0:0:0:0:10. Testovací "
        "prostředí nemáme, zkoušet budeme rovnou z produkce.\n\nKontakt: Tereza "
        "Machálková, 731 558 402\n\nDěkuji\nT. Machálková\n\n"
        "Dne 2. 9. 2025 v 10:14 Český statistický úřad napsal(a):\n"
        "> Tisková zpráva: Zpřístupnění výsledků voleb médiím\n"
        "> Český statistický úřad (IČO 00025593) umožní médiím přístup k průběžným\n"
        "> výsledkům na dedikovaném serveru. Žádosti zasílejte na podatelna@czso.cz\n"
        "> nebo do datové schránky 2gfaasy. Uveďte nejvýše 5 produkčních a 5\n"
        "> testovacích IP adres.\n> Informace: tiskové oddělení, +420 274 052 733\n",
    },
    {
        "id": "cd004-flowed-role-sentence",
        "description": "format=flowed: the soft line break falls between 'jako' and "
        "'testovací', so the role of the second address is on the next line",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Valašský hlasatel, z.s.",
            I4,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Michal Ondruch",
            "ondruch@valasskyhlasatel.example",
            "+420777604119",
        ),
        "from": "Michal Ondruch <ondruch@valasskyhlasatel.example>",
        "subject": "výsledky voleb - Valašský hlasatel",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nspolek Valašský hlasatel, z.s. (IČO " + I4 + ") by rád "
        "získal přístup \nk XML výsledkům. Jako produkční adresu použijeme 192.0.2.33 a jako \n"
        "testovací 192.0.2.34, obě jsou na našem serveru v Rožnově.\n\n"
        "Kontaktní osoba: Michal Ondruch, mobil 777 604 119.\n\n-- \nMichal Ondruch\n"
        "Valašský hlasatel\n",
    },
    {
        "id": "cd005-gmail-chatty-correction",
        "description": "chatty Gmail with text and HTML alternatives; the test address is "
        "corrected in the same sentence ('.61, ne vlastně .62')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Datalab Morava s.r.o.",
            I5,
            None,
            ["203.0.113.60"],
            ["203.0.113.62"],
            "Klára Hynková",
            "klara.hynkova@datalabmorava.example",
            "+420605883014",
        ),
        "from": "Klára Hynková <klara.hynkova@datalabmorava.example>",
        "subject": "ahoj, zadost o volebni data",
        "headers": GMAIL,
        "body": "Dobrý den, zdravím do podatelny :)\n\nletos to zkoušíme poprvé, tak snad "
        "píšu správně. Jsme Datalab Morava s.r.o., IČO " + I5 + ", děláme volební mapy pro "
        "pár regionálních webů. Chtěli bychom přístup k tomu XML feedu.\nProdukce poběží na "
        "203.0.113.60, testovat budeme z .61, ne vlastně .62, .61 je tiskárna, sorry.\n\n"
        "Kdyby cokoliv, volejte mi na 605 883 014.\n\nKlára Hynková\n",
        "html": '<div dir="ltr">Dobrý den, zdravím do podatelny :)<br><br>letos to zkoušíme '
        "poprvé, tak snad píšu správně. Jsme Datalab Morava s.r.o., IČO " + I5 + ", děláme "
        "volební mapy pro pár regionálních webů. Chtěli bychom přístup k tomu XML feedu.<br>"
        "Produkce poběží na 203.0.113.60, testovat budeme z .61, ne vlastně .62, .61 je "
        "tiskárna, sorry.<br><br>Kdyby cokoliv, volejte mi na 605 883 014.<br><br>Klára "
        "Hynková</div>",
    },
    {
        "id": "cd006-seznam-freelancer-film",
        "description": "iso-8859-2 8bit Seznam mail from a freelance photographer without an "
        "IČO; filming only, her description after the dash is no trade name",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Jana Koubková",
            None,
            None,
            [],
            [],
            "Jana Koubková",
            "koubkova.foto@email.example",
            "+420721330958",
        ),
        "from": "Jana Koubková <koubkova.foto@email.example>",
        "subject": "foceni na volebnim pracovisti",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dobrý den,\n\njsem Jana Koubková - fotografka na volné noze, fotím pro "
        "několik regionálních deníků. Ráda bych požádala o povolení fotografovat na "
        "pracovišti ČSÚ v Pardubicích během zpracování výsledků. Přístup k datům "
        "nepotřebuji.\n\ntel. 721 330 958\n\nDěkuji, Koubková\n",
    },
    {
        "id": "cd007-it-vs-editor-thread",
        "description": "a newsroom thread: the editor's quoted mail gives one address, IT's "
        "later answer on top replaces it and adds the test address",
        "style": Style.THREAD,
        "labels": L(
            [FEED],
            "Severočeský deník a.s.",
            I7,
            None,
            ["198.51.100.124", "198.51.100.125"],
            ["198.51.100.130"],
            "Vojtěch Bureš",
            "bures@severoceskydenik.example",
            "+420475209341",
        ),
        "from": "Vojtěch Bureš <bures@severoceskydenik.example>",
        "subject": "RE: RE: žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "cc": "Lenka Zímová <zimova@severoceskydenik.example>",
        "body": "Dobrý den,\n\nnavazuji na mail naší šéfredaktorky níže, který šel bohužel "
        "dřív, než jsme si to v IT ověřili. Adresa 198.51.100.120 je stará brána, kterou "
        "rušíme. Platí tedy:\nprodukce: 198.51.100.124, 198.51.100.125\n"
        "test: 198.51.100.130\nKontaktem pro techniku i celou žádost budu já.\n\n"
        "Vojtěch Bureš\nvedoucí IT, Severočeský deník a.s.\ntel. 475 209 341\n\n"
        "From: Lenka Zímová <zimova@severoceskydenik.example>\nSent: Tuesday, September 9, "
        "2025 8:02 AM\nTo: podatelna@czso.cz\nCc: Vojtěch Bureš\nSubject: RE: žádost o "
        "přístup k výsledkům voleb\n\nDobrý den, Severočeský deník a.s., IČO " + I7 + ", "
        "žádá o přístup k XML s výsledky. Produkční IP 198.51.100.120, testovací zatím "
        "nemáme.\nLenka Zímová, šéfredaktorka, 602 447 180\n",
    },
    {
        "id": "cd008-one-line-followup",
        "description": "a one-line K-9 follow-up ('jo a ta testovací je .45') to the sender's "
        "own quoted application which gave only production",
        "style": Style.FOLLOWUP,
        "labels": L(
            [FEED],
            "Hlas Polabí s.r.o.",
            I9,
            None,
            ["203.0.113.44"],
            ["203.0.113.45"],
            "Radim Šťastný",
            "stastny@hlaspolabi.example",
            "+420608215774",
        ),
        "from": "Radim Šťastný <stastny@hlaspolabi.example>",
        "subject": "Re: žádost - volební výsledky XML",
        "headers": K9,
        "body": "jo a ta testovací je .45\n\nRŠ\n\nDne 10. září 2025 14:02:11 SELČ, Radim "
        "Šťastný <stastny@hlaspolabi.example> napsal:\n>Dobrý den,\n>Hlas Polabí s.r.o. (IČO "
        + I9
        + ") žádá o přístup k výsledkům voleb\n>na dedikovaném serveru. Produkční IP: "
        "203.0.113.44.\n>Kontakt: Radim Šťastný, 608 215 774\n>\n>S pozdravem\n>R. Šťastný\n",
    },
    {
        "id": "cd009-inline-and-pdf-differ-phone",
        "description": "the application inline and as a PDF differ in the phone; the mail says "
        "the PDF still carries the old mobile",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "TV Podještědí s.r.o.",
            I10,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.160"],
            "Barbora Lindnerová",
            "lindnerova@tvpodjestedi.example",
            "+420734902661",
        ),
        "from": "Barbora Lindnerová <lindnerova@tvpodjestedi.example>",
        "subject": "Žádost o přístup a natáčení - TV Podještědí",
        "headers": APPLE,
        "body": "Dobrý den,\n\nv příloze posílám vyplněnou žádost, pro jistotu i tady:\n\n"
        "Žadatel: TV Podještědí s.r.o., IČO " + I10 + "\nŽádáme: přístup k XML výsledkům "
        "a povolení natáčet na krajském pracovišti v Liberci\nProdukční IP: 192.0.2.150, "
        "192.0.2.151\nTestovací IP: 192.0.2.160\nKontakt: Barbora Lindnerová, "
        "lindnerova@tvpodjestedi.example, 734 902 661\n\nV PDF je ještě můj starý mobil "
        "(736…), platí ten tady v mailu.\n\nBarbora Lindnerová\nprodukce\n",
        "attachments": [
            (
                "pdf",
                "zadost_TVP.pdf",
                [
                    "Žádost o zpřístupnění výsledků voleb a povolení natáčení",
                    {
                        "rows": [
                            ["Žadatel", "TV Podještědí s.r.o."],
                            ["IČO", I10],
                            ["Produkční IP", "192.0.2.150, 192.0.2.151"],
                            ["Testovací IP", "192.0.2.160"],
                            ["Kontakt", "Barbora Lindnerová, tel. 736 118 420"],
                        ],
                        "widths": [120, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "cd010-databox-rtf",
        "description": "a data message with a bare annotation; the RTF carries the application "
        "with a table of addresses and the contact's direct line before the switchboard",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Ohře a.s.",
            I12,
            "k4m9tqe",
            ["198.18.20.5", "198.18.20.6", "198.18.20.7"],
            ["198.18.21.5"],
            "Zdeněk Pokorný",
            "pokorny@vydohre.example",
            "+420415220318",
        ),
        "databox": box("k4m9tqe", "Vydavatelství Ohře a.s.", "Husova 12, 440 01 Louny"),
        "subject": "Žádost o přístup - volby",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Vydavatelství Ohře a.s., IČO " + I12 + ", Husova 12, Louny",
                    "Věc: žádost o zpřístupnění výsledků voleb na dedikovaném serveru",
                    [
                        ["Role", "IP adresa"],
                        ["produkce", "198.18.20.5"],
                        ["produkce", "198.18.20.6"],
                        ["produkce (záložní)", "198.18.20.7"],
                        ["test", "198.18.21.5"],
                    ],
                    "Kontaktní osoba: Zdeněk Pokorný, pokorny@vydohre.example, přímá linka "
                    "415 220 318, ústředna 415 220 300",
                ],
            )
        ],
    },
    {
        "id": "cd011-polish-sender-english",
        "description": "a Polish publisher writing English without an IČO; the signature is "
        "Polish and the phone Polish, addresses listed with 'prod'/'test' tags",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wydawnictwo Beskidzkie sp. z o.o.",
            None,
            None,
            ["198.18.4.10", "198.18.4.11"],
            ["198.18.4.20"],
            "Agnieszka Wróbel",
            "a.wrobel@wydbeskidzkie.example",
            "+48334561207",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@wydbeskidzkie.example>",
        "subject": "Request for election results access",
        "headers": ROUNDCUBE,
        "body": "Good morning,\n\nwe are Wydawnictwo Beskidzkie sp. z o.o., a publisher from "
        "Bielsko-Biała covering also the Czech side of Těšín region. We would like to ask "
        "for access to the live election results (XML) for our portal.\n\n"
        "198.18.4.10 (prod)\n198.18.4.11 (prod)\n198.18.4.20 (test)\n\n"
        "Contact person is me. Sorry for my English.\n\nPozdrawiam serdecznie\n"
        "Agnieszka Wróbel\nredaktor prowadzący\ntel. +48 33 456 12 07\n",
    },
    {
        "id": "cd012-forwarded-eml-colleague",
        "description": "a cover mail forwarding a colleague's application as an attached .eml; "
        "the cover makes the forwarder the contact for election night",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Mediální dům Vltava s.r.o.",
            I13,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.99"],
            "Štěpán Kolář",
            "kolar@mdvltava.example",
            "+420739411586",
        ),
        "from": "Štěpán Kolář <kolar@mdvltava.example>",
        "subject": "Fwd: žádost o přístup k výsledkům",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nposílám Vám žádost kolegyně Hudcové, která je do voleb na "
        "dovolené. Kontaktní osobou pro žádost budu místo ní já: Štěpán Kolář, "
        "kolar@mdvltava.example, 739 411 586.\n\nS pozdravem\nŠtěpán Kolář\n",
        "attachments": [
            (
                "eml",
                "zadost_hudcova.eml",
                {
                    "id": "cd012-inner",
                    "from": "Alena Hudcová <hudcova@mdvltava.example>",
                    "to": "kolar@mdvltava.example",
                    "subject": "žádost ČSÚ - k odeslání",
                    "body": "Štěpáne, tohle prosím pošli na ČSÚ.\n\nMediální dům Vltava "
                    "s.r.o., IČO " + I13 + ", žádá o přístup k výsledkům voleb (XML).\n"
                    "produkční: 192.0.2.90, 192.0.2.91\ntestovací: 192.0.2.99\nkontakt: "
                    "Alena Hudcová, 604 771 250\n",
                },
            )
        ],
    },
    {
        "id": "cd013-zimbra-signature-several-people",
        "description": "base64 Zimbra mail whose signature block names the editor-in-chief, the "
        "IT admin and the contact; only the line 'kontaktní osoba' settles who",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Krkonošské listy s.r.o.",
            ico("2633871"),
            "v8c2nwa",
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.155"],
            "Iveta Chaloupková",
            "chaloupkova@krkonosskelisty.example",
            "+420499887214",
        ),
        "from": "redakce Krkonošské listy <redakce@krkonosskelisty.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": "Dobrý den,\n\nžádáme o zpřístupnění průběžných výsledků voleb na dedikovaném "
        "serveru pro náš web.\nIP produkce: 203.0.113.150, 203.0.113.151\nIP test: "
        "203.0.113.155\n\nS pozdravem\n\nMgr. Pavel Hanuš, šéfredaktor, 603 100 442\n"
        "Ing. Roman Fišer, správce sítě, fiser@krkonosskelisty.example\n"
        "kontaktní osoba: Iveta Chaloupková, chaloupkova@krkonosskelisty.example, "
        "499 887 214\n\nKrkonošské listy s.r.o. | IČO " + ico("2633871") + " | ID DS v8c2nwa\n"
        "Horská 5, 543 01 Vrchlabí\n",
    },
    {
        "id": "cd014-owa-html-only-film",
        "description": "HTML-only OWA mail from a production company asking only to film; the "
        "crew is listed in a table but the signer is the contact",
        "style": Style.HTML,
        "labels": L(
            [FILM],
            "Dokufilm Brdy s.r.o.",
            ico("0815536"),
            None,
            [],
            [],
            "Hynek Staněk",
            "stanek@dokufilmbrdy.example",
            "+420776302518",
        ),
        "from": "Hynek Staněk <stanek@dokufilmbrdy.example>",
        "subject": "Povolení natáčení - volební noc",
        "headers": OWA,
        "cte": "qp",
        "html": '<html><body><div style="font-family:Calibri"><p>Dobrý den,</p><p>'
        "společnost Dokufilm Brdy s.r.o. (IČO " + ico("0815536") + ") žádá o povolení "
        "natáčet na pracovišti ČSÚ v Praze během zpracování výsledků voleb pro dokument o "
        "volební noci. Přístup k datům nepotřebujeme.</p><table border=1><tr><th>Štáb</th>"
        "<th>Funkce</th></tr><tr><td>Marek Cibulka</td><td>kamera</td></tr><tr><td>Eliška "
        "Vacková</td><td>zvuk</td></tr></table><p>S pozdravem<br>Hynek Staněk<br>vedoucí "
        "produkce<br>+420 776 302 518</p></div></body></html>",
    },
]
