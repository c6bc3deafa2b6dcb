"""Forty-eighth held-out part ``br``, cases br029–br042: a town's data message with an RTF
application and an ODT authorisation, an iPhone top-post over the office's quoted press
release, an OWA multipart/alternative table with a direct line, an Austrian writing English
with the technical colleague in copy, a forwarded .eml whose author has left, a chatty mail
with a written range that withdraws filming, a data message with a PDF naming an old address,
a phone-typed note with a split mobile, an HTML-only Apple Mail table in capitals, a second
round of inline answers in windows-1250, a British freelancer, an out-of-office deputy in a
signature, a data message with IPv6 written in full and a long thread whose newest mail drops
filming and changes the test address. Written by hand apart from the extraction rules (see
make_fortyeighth_br); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyeighth_br_common import (
    APPLE,
    EMCLIENT,
    FEED,
    FILM,
    GMAIL_ANDROID,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OUTLOOK_IOS,
    OWA,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I33 = ico("0027941"), ico("2716508"), ico("2539184"), ico("2881042")
I34, I35, I36, I37 = ico("2604719"), ico("2947305"), ico("0831562"), ico("2269450")
I38, I40, I41, I42 = ico("2773916"), ico("2620481"), ico("2901637"), ico("2458302")

CASES: list[dict[str, Any]] = [
    {
        "id": "br029-databox-town-rtf-odt",
        "description": "a town (public authority box) runs the local TV: the RTF application "
        "asks for both and names the contact, the ODT is the mayor's authorisation of him",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Horní Ves",
            I29,
            "m5cz8ka",
            ["192.0.2.100", "192.0.2.101"],
            ["192.0.2.108"],
            "Daniel Marek",
            "marek@hornives.example",
            "+420728140663",
        ),
        "databox": box("m5cz8ka", "Město Horní Ves", "Náměstí 1, 394 01 Horní Ves", 10),
        "subject": "Žádost o přístup k výsledkům voleb pro TV Horní Ves a povolení natáčení",
        "attachments": [
            (
                "rtf",
                "zadost_TV_Horni_Ves.rtf",
                [
                    f"Město Horní Ves, Náměstí 1, 394 01 Horní Ves, IČO {I29}",
                    "Město Horní Ves jako provozovatel městské televize TV Horní Ves žádá "
                    "o přístup k průběžným výsledkům voleb (XML) a o povolení natáčet na "
                    "pracovišti Krajské správy ČSÚ v Jihlavě.",
                    [
                        ["produkční IP", "192.0.2.100, 192.0.2.101"],
                        ["testovací IP", "192.0.2.108"],
                        ["kontakt", "Bc. Daniel Marek, 728 140 663, marek@hornives.example"],
                    ],
                    "Mgr. Dana Kostková, starostka",
                ],
            ),
            (
                "odt",
                "povereni.odt",
                [
                    "Pověření",
                    "Starostka města Horní Ves pověřuje Bc. Daniela Marka, vedoucího TV Horní "
                    "Ves, jednáním s Českým statistickým úřadem ve věci přístupu k výsledkům "
                    "voleb a natáčení.",
                    "Mgr. Dana Kostková, starostka",
                ],
            ),
        ],
    },
    {
        "id": "br030-iphone-top-post-over-office-press-release",
        "description": "two-line iPhone top-post; underneath, the office's quoted mail to the "
        "media with its box ID, IČO, phone and e-mail",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Noviny z Podhradí s.r.o.",
            I30,
            None,
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Michaela Urbanová",
            "urbanova@novinyzpodhradi.example",
            "+420737602881",
        ),
        "from": "Michaela Urbanová <urbanova@novinyzpodhradi.example>",
        "subject": "Re: Přístup médií k výsledkům voleb 2025",
        "headers": IPHONE,
        "body": "Dobrý den, ano, máme zájem i letos. Noviny z Podhradí s.r.o., IČO "
        f"{I30}, produkční IP 198.51.100.230, testovací 198.51.100.231, kontakt já, "
        "737 602 881.\n"
        "M. Urbanová\n\n"
        "Odesláno z iPhonu\n\n"
        "> 3. 9. 2025 v 10:02, Český statistický úřad <podatelna@czso.cz>:\n>\n"
        "> Vážení zástupci médií,\n>\n"
        "> stejně jako v minulých letech nabízíme přístup k průběžným výsledkům\n"
        "> voleb na dedikovaném serveru ve formátu XML. Žádost zašlete e-mailem\n"
        "> na podatelna@czso.cz nebo do datové schránky ČSÚ (ID 2gfaasy); uveďte\n"
        "> název a IČO žadatele, nejvýše 5 produkčních a 5 testovacích IP adres\n"
        "> a kontaktní osobu.\n>\n"
        "> Český statistický úřad, IČO 00025593\n"
        "> Na padesátém 81, 100 82 Praha 10, tel. +420 274 052 733\n",
    },
    {
        "id": "br031-owa-alternative-table-direct-line",
        "description": "OWA multipart/alternative: plain text and an HTML table with IPv4 and "
        "IPv6 production, the contact's direct line after the switchboard",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Českolipský deník s.r.o.",
            I31,
            None,
            ["192.0.2.180", "2001:db8:c1::180"],
            ["192.0.2.190"],
            "Martina Procházková",
            "prochazkova@ceskolipsky.example",
            "+420487100318",
        ),
        "from": "Martina Procházková <prochazkova@ceskolipsky.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OWA,
        "body": "Dobrý den,\n\n"
        f"Českolipský deník s.r.o. (IČO {I31}) žádá o přístup k výsledkům voleb (XML).\n\n"
        "Produkční: 192.0.2.180, 2001:db8:c1::180\nTestovací: 192.0.2.190\n\n"
        "Kontakt: Martina Procházková, tel. 487 100 300 (ústředna), přímá linka "
        "487 100 318\n\nS pozdravem\nMartina Procházková\n",
        "html": '<html><body><div style="font-family:Calibri,sans-serif">'
        "<p>Dobrý den,</p>"
        f"<p>Českolipský deník s.r.o. (IČO {I31}) žádá o přístup k výsledkům voleb "
        "(XML).</p>"
        '<table style="border:1px solid #999"><tr><td><b>Produkční</b></td>'
        "<td>192.0.2.180<br>2001:db8:c1::180</td></tr>"
        "<tr><td><b>Testovací</b></td><td>192.0.2.190</td></tr></table>"
        "<p>Kontakt: Martina Procházková, tel. 487&nbsp;100&nbsp;300 (ústředna), "
        "přímá linka 487&nbsp;100&nbsp;318</p>"
        "<p>S pozdravem<br>Martina Procházková</p></div></body></html>\n",
    },
    {
        "id": "br032-austrian-english-technical-colleague-cc",
        "description": "an Austrian head of digital writes English; the technical contact is "
        "her colleague in copy, both in the signature block with Austrian phones",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Medien GmbH",
            None,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.249"],
            "Markus Eder",
            "m.eder@donauwelle.example",
            "+436643182207",
        ),
        "from": "Katharina Huber <k.huber@donauwelle.example>",
        "cc": "Markus Eder <m.eder@donauwelle.example>",
        "subject": "Request for access to live election results (XML)",
        "headers": MAC_OUTLOOK,
        "body": "Dear colleagues,\n\n"
        "Donauwelle Medien GmbH runs a news site for Upper Austria and South Bohemia. "
        "We would like to request access to the live election results (XML) for the "
        "upcoming Czech elections.\n\n"
        "Production: 198.51.100.240 and 198.51.100.241\nTest: 198.51.100.249\n\n"
        "The technical contact is my colleague Markus Eder (in cc).\n\n"
        "Kind regards\n\n"
        "Katharina Huber\nHead of Digital | +43 732 771 400 12\n"
        "Markus Eder\nIT Operations | +43 664 318 2207 | m.eder@donauwelle.example\n"
        "Donauwelle Medien GmbH | Hafenstraße 7, 4020 Linz | FN 412233k\n",
    },
    {
        "id": "br033-forwarded-eml-author-left-new-contact",
        "description": "an attached .eml from a colleague who has left the newsroom; the cover "
        "mail makes the forwarder the contact, everything else stays as forwarded",
        "style": Style.HANDOVER,
        "labels": L(
            [FEED],
            "Jičínský hlas s.r.o.",
            I33,
            None,
            ["203.0.113.130"],
            ["203.0.113.131"],
            "Lukáš Beran",
            "beran@jicinskyhlas.example",
            "+420733508162",
        ),
        "from": "Lukáš Beran <beran@jicinskyhlas.example>",
        "subject": "FW: Žádost o XML výsledky voleb – Jičínský hlas",
        "headers": EMCLIENT,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost, kterou Vám minulý týden poslala kolegyně Hana Veselá. Hana od "
        "října v redakci není, kontaktní osobou za nás bude nově Lukáš Beran (já), "
        "beran@jicinskyhlas.example, 733 508 162. Adresy i vše ostatní platí.\n\n"
        "Děkuji\nLukáš Beran\n",
        "attachments": [
            (
                "eml",
                "Zadost o XML vysledky voleb.eml",
                {
                    "id": "br033-inner",
                    "from": "Hana Veselá <vesela@jicinskyhlas.example>",
                    "subject": "Žádost o XML výsledky voleb – Jičínský hlas",
                    "headers": OUTLOOK,
                    "body": "Dobrý den,\n\n"
                    f"Jičínský hlas s.r.o., IČO {I33}, žádá o přístup k průběžným výsledkům "
                    "voleb ve formátu XML.\n"
                    "Produkční IP 203.0.113.130, testovací IP 203.0.113.131.\n"
                    "Kontakt: Hana Veselá, 604 722 019, vesela@jicinskyhlas.example\n\n"
                    "S pozdravem\nHana Veselá\n",
                },
            )
        ],
    },
    {
        "id": "br034-chatty-range-filming-struck-out",
        "description": "chatty mail with a written range of four production machines that "
        "asks to film and takes it back in the next sentence",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rádio Horizont Vysočina s.r.o.",
            I34,
            None,
            ["198.51.100.120", "198.51.100.121", "198.51.100.122", "198.51.100.123"],
            ["198.51.100.130"],
            "Vít Sýkora",
            "sykora@radiohorizont.example",
            "+420605330729",
        ),
        "from": "Vít Sýkora <sykora@radiohorizont.example>",
        "subject": "volby - XML (a možná natáčení)",
        "headers": TBIRD,
        "body": "Zdravím do Prahy,\n\n"
        "tak zase jsou volby, tak zase otravujeme :) Chtěli bychom výsledky přes XML jako "
        "vždycky, produkce poběží na 198.51.100.120-123 (čtyři stroje za balancerem), "
        "testovat budeme z 198.51.100.130.\n\n"
        "A jestli by šlo, rádi bychom natáčeli u vás ve volebním centru... ne, vlastně to "
        "škrtněte, kolega mi teď přes stůl říká, že v sobotu nemáme štáb. Takže jen XML.\n\n"
        f"Jsme Rádio Horizont Vysočina s.r.o., IČO {I34}.\n\n"
        "Díky a ať vám to v sobotu běží!\n"
        "Vít Sýkora, 605 330 729\n",
    },
    {
        "id": "br035-databox-pdf-old-address-in-brackets",
        "description": "data message with a PDF table whose production cell keeps the old "
        "address in brackets as no longer used; the contact's landline first, a mobile after it",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Brodské noviny s.r.o.",
            I35,
            "h2rw6fe",
            ["203.0.113.15"],
            ["203.0.113.16"],
            "Jiřina Koubková",
            "koubkova@brodskenoviny.example",
            "+420569400112",
        ),
        "databox": box("h2rw6fe", "Brodské noviny s.r.o.", "Husova 210, 580 01 Havlíčkův Brod"),
        "subject": "Žádost o přístup k XML výsledkům voleb do Poslanecké sněmovny",
        "attachments": [
            (
                "pdf",
                "zadost_XML_2025.pdf",
                [
                    f"Brodské noviny s.r.o. | Husova 210, 580 01 Havlíčkův Brod | IČO {I35}",
                    "Žádáme o přístup k průběžným výsledkům voleb na dedikovaném serveru ČSÚ.",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.15 (dříve 203.0.113.7 – již nepoužíváme)"],
                            ["Testovací IP", "203.0.113.16"],
                            [
                                "Kontaktní osoba",
                                "Jiřina Koubková, tel. 569 400 112, mobil 604 518 330, "
                                "koubkova@brodskenoviny.example",
                            ],
                        ],
                        "widths": [110, 250],
                    },
                    "Josef Kadlec, jednatel",
                ],
            )
        ],
    },
    {
        "id": "br036-android-gmail-lowercase-split-mobile",
        "description": "an all-lowercase note from the Gmail app, no diacritics, the mobile "
        "split after its first group by the phone's line break",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Beskydy Info s.r.o.",
            I36,
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Radek Machala",
            "machala@beskydyinfo.example",
            "+420739415226",
        ),
        "from": "Radek Machala <machala@beskydyinfo.example>",
        "subject": "xml volby",
        "headers": GMAIL_ANDROID,
        "body": "dobry den\n"
        f"zadost o xml vysledky voleb pro beskydy info s.r.o. ico {I36}\n"
        "ip produkce 192.0.2.240\n"
        "ip test 192.0.2.241\n"
        "kontakt radek machala tel +420 739\n"
        "415 226\n"
        "dik\n",
    },
    {
        "id": "br037-apple-mail-html-only-capitals-base64",
        "description": "HTML-only Apple Mail in base64: a two-column table with the contact "
        "written SURNAME Given in capitals, both requests in separate rows",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Plzeňský žurnál, z. s.",
            I37,
            None,
            ["198.18.200.1"],
            ["198.18.200.2"],
            "Eliška Novotná",
            "novotna@plzenskyzurnal.example",
            "+420724880513",
        ),
        "from": "Eliška Novotná <novotna@plzenskyzurnal.example>",
        "subject": "Žádost – volby (Plzeňský žurnál)",
        "headers": APPLE,
        "cte": "base64",
        "html": '<html><head><meta http-equiv="content-type" content="text/html; '
        'charset=utf-8"></head><body style="word-wrap: break-word;">'
        "<div>Dobrý den,</div><div>posílám žádost v tabulce.</div><br>"
        '<table border="1" cellpadding="3">'
        "<tr><td>Žadatel</td><td>Plzeňský žurnál, z. s.</td></tr>"
        f"<tr><td>IČO</td><td>{I37}</td></tr>"
        "<tr><td>Přístup k výsledkům (XML)</td><td>ano</td></tr>"
        "<tr><td>Fotografování na pracovišti KS ČSÚ Plzeň</td><td>ano</td></tr>"
        "<tr><td>IP produkce</td><td>198.18.200.1</td></tr>"
        "<tr><td>IP test</td><td>198.18.200.2</td></tr>"
        "<tr><td>Kontaktní osoba</td><td>NOVOTNÁ Eliška</td></tr>"
        "<tr><td>Telefon</td><td>724 880 513</td></tr></table><br>"
        "<div>Děkuji</div><div>E. N.</div></body></html>\n",
    },
    {
        "id": "br038-second-round-inline-answers-1250",
        "description": "windows-1250 reply answering the office's second round inline: the "
        "test address equal to production was a typo; the first round's answers quoted",
        "style": Style.INLINE,
        "labels": L(
            [FEED],
            "TV Lipno s.r.o.",
            I38,
            None,
            ["203.0.113.57"],
            ["203.0.113.58"],
            "Bohumil Říčan",
            "rican@tvlipno.example",
            "+420721904337",
        ),
        "from": "Bohumil Říčan <rican@tvlipno.example>",
        "subject": "Re: Re: Doplnění žádosti o přístup k výsledkům",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\nodpovídám níže.\n\nB. Říčan\n\n"
        "> Dobrý den,\n>\n"
        "> děkujeme za doplnění. Ještě prosíme o vyjasnění:\n"
        "> testovací adresa 203.0.113.57 je shodná s produkční, je to tak?\n\n"
        "Ne, překlep, testovací je 203.0.113.58.\n\n"
        "> A kontaktní telefon platí 380 712 466, nebo mobil?\n\n"
        "Raději mobil 721 904 337, na pevné lince v sobotu nikdo není.\n\n"
        "> Děkujeme\n> podatelna ČSÚ\n>\n"
        ">> Dobrý den,\n>>\n"
        ">>> 1. Uveďte IČO žadatele.\n"
        f">> TV Lipno s.r.o., IČO {I38}\n"
        ">>> 2. Uveďte produkční a testovací IP.\n"
        ">> produkční 203.0.113.57, testovací 203.0.113.57\n"
        ">>> 3. Kontaktní osoba a telefon?\n"
        ">> Bohumil Říčan, 380 712 466\n",
    },
    {
        "id": "br039-british-freelancer-filming-only",
        "description": "a British sole-trader photographer writing English asks only to "
        "photograph, declines the feed; no company, no IČO, a UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Harriet Cole",
            None,
            None,
            [],
            [],
            "Harriet Cole",
            "harriet@colephoto.example",
            "+447700900418",
        ),
        "from": "Harriet Cole <harriet@colephoto.example>",
        "subject": "Photography at the results centre on election night",
        "headers": OUTLOOK_IOS,
        "body": "Hello,\n\n"
        "I'm a freelance photographer based in London, covering the Czech parliamentary "
        "election for several UK outlets. I'd like to ask for permission to photograph at "
        "your election results centre in Prague on election night.\n\n"
        "I don't need the data feed. I work as a sole trader, there's no company behind "
        "me.\n\nMobile: +44 7700 900418\n\n"
        "Many thanks,\nHarriet Cole\n\nGet Outlook for iOS\n",
    },
    {
        "id": "br040-out-of-office-deputy-in-signature",
        "description": "the sender names herself the contact; her signature adds a deputy "
        "for a week of absence with his own e-mail and phone",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Kutnohorský deník s.r.o.",
            I40,
            None,
            ["198.18.7.10", "198.18.7.11"],
            ["198.18.7.19"],
            "Jitka Řezníčková",
            "reznickova@kutnohorsky.example",
            "+420731004562",
        ),
        "from": "Jitka Řezníčková <reznickova@kutnohorsky.example>",
        "subject": "Přístup k XML výsledkům voleb – Kutnohorský deník",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        f"Kutnohorský deník s.r.o. (IČO {I40}) žádá o přístup k průběžným výsledkům "
        "voleb ve formátu XML.\n\n"
        "Produkční IP: 198.18.7.10, 198.18.7.11\nTestovací IP: 198.18.7.19\n\n"
        "Kontaktní osobou jsem já.\n\n"
        "S pozdravem\n\n"
        "Jitka Řezníčková\nvedoucí online redakce | 731 004 562\n"
        "Kutnohorský deník s.r.o. | Palackého nám. 5, Kutná Hora\n\n"
        "V době mé nepřítomnosti 22.–26. 9. mě zastupuje Ondřej Vacek, "
        "vacek@kutnohorsky.example, 605 772 310.\n",
    },
    {
        "id": "br041-databox-odt-ipv6-written-in-full",
        "description": "data message with an ODT table: IPv6 production addresses written out "
        "in full with leading zeros, a short annotation naming the station",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Televize Jeseník s.r.o.",
            I41,
            "p2w8ncx",
            ["2001:db8:5e::20", "2001:db8:5e::21"],
            ["2001:db8:5e:ff::1"],
            "Kamil Horák",
            "horak@tvjesenik.example",
            "+420777410225",
        ),
        "databox": box("p2w8ncx", "Televize Jeseník s.r.o.", "Lipovská 12, 790 01 Jeseník"),
        "subject": "TV Jeseník – přístup k XML (IPv6)",
        "attachments": [
            (
                "odt",
                "zadost_TVJ.odt",
                [
                    f"Televize Jeseník s.r.o., IČO {I41}",
                    "Žádáme o přístup k průběžným výsledkům voleb (XML). Připojujeme se "
                    "pouze přes IPv6.",
                    [
                        ["Role", "Adresa"],
                        ["produkční", "2001:0db8:005e:0000:0000:0000:0000:0020"],
                        ["produkční", "2001:0db8:005e:0000:0000:0000:0000:0021"],
                        ["testovací", "2001:0db8:005e:00ff:0000:0000:0000:0001"],
                    ],
                    "Kontakt: Kamil Horák, 777 410 225, horak@tvjesenik.example",
                ],
            )
        ],
    },
    {
        "id": "br042-long-thread-final-state-drops-filming",
        "description": "the newest mail of a long thread keeps the first mail's production "
        "pair, replaces its test address and drops filming; earlier quotes ask for both",
        "style": Style.THREAD,
        "labels": L(
            [FEED],
            "Brno Expres s.r.o.",
            I42,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.19"],
            "Radovan Šťastný",
            "stastny@brnoexpres.example",
            "+420602558913",
        ),
        "from": "Radovan Šťastný <stastny@brnoexpres.example>",
        "subject": "Re: Re: Žádost Brno Expres – XML a natáčení",
        "headers": OUTLOOK_IOS,
        "body": "Dobrý den,\n\n"
        "posílám finální stav, ať se v tom vlákně neztratíme: žádáme jen o XML, natáčet "
        "nakonec nebudeme. Produkční adresy zůstávají dvě z první žádosti, testovací je "
        "nově 192.0.2.19 (místo .9). Kontakt beze změny.\n\n"
        "R. Šťastný\n\n"
        "Get Outlook for iOS\n"
        "________________________________\n"
        "From: podatelna@czso.cz\n"
        "Sent: Thursday, September 11, 2025 1:15 PM\n"
        "Subject: RE: Žádost Brno Expres – XML a natáčení\n\n"
        "Dobrý den, potvrzujeme přijetí. Natáčení ve volebním centru je třeba "
        "nahlásit do 30. 9., prosíme o jména členů štábu.\n\n"
        "________________________________\n"
        "From: Radovan Šťastný <stastny@brnoexpres.example>\n"
        "Sent: Tuesday, September 9, 2025 9:40 AM\n"
        "Subject: Žádost Brno Expres – XML a natáčení\n\n"
        f"Dobrý den, Brno Expres s.r.o., IČO {I42}, žádá o přístup k výsledkům voleb "
        "(XML) a o povolení natáčet ve volebním centru.\n"
        "Produkční IP: 192.0.2.10, 192.0.2.11\nTestovací IP: 192.0.2.9\n"
        "Kontakt: Radovan Šťastný, 602 558 913\n",
    },
]
