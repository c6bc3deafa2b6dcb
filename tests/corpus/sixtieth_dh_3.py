"""Sixtieth held-out part ``dh``, cases dh029–dh042: a subsidiary's PDF sent from its parent's
data box, a Horde reply cutting seven production addresses to five under the office's quoted
notice, a formal HCL Notes letter with a switchboard extension and a slashed mobile, an HTML-only
Zimbra mail with two tables, an iPhone filming note without diacritics, a data message with a
corrected RTF, an English request forwarded by a Prague stringer, an S/MIME Outlook mail signed
by three people, a windows-1250 Outlook mail in live/pre-prod terms with a range, a Gmail reply
to the office's confirmation adding filming, an Apple Mail format=flowed delsp=yes mail, a data
message with a PDF and a workbook, an inline PGP clear-signed Mutt mail with IPv6 and an Outlook
for Android mail withdrawing its feed request. Written by hand apart from the extraction rules
(see make_sixtieth_dh); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtieth_dh_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    HORDE,
    IPHONE,
    MUTT,
    NOTES,
    OUTLOOK,
    ZIMBRA,
    L,
    Style,
    box,
    gmail_html,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2876105"),
    ico("0652318"),
    ico("2734960"),
    ico("0395827"),
    ico("2908613"),
)
I34, I36, I37, I38, I39 = (
    ico("0571249"),
    ico("2683054"),
    ico("0847312"),
    ico("2629578"),
    ico("0413596"),
)
I40, I41, I42 = ico("2852739"), ico("2270481"), ico("0734106")

_DH038 = (
    "Dobrý den,\n\nděkuji za potvrzení. K žádosti bychom ještě rádi připojili povolení natáčet "
    "na pracovišti v Ústí nad Labem – přijede redaktor a kameraman. Údaje k XML v potvrzení "
    "níže jsou správně.\n\nPetra Šimková\n\nst 17. 9. 2025 v 10:05 odesílatel Podatelna ČSÚ "
    "<podatelna@czso.cz> napsal:\n\n> Dobrý den,\n>\n> potvrzujeme přijetí žádosti o přístup "
    "k výsledkům voleb. Zaevidovali jsme tyto údaje:\n>\n> Žadatel: Mostecký hlas s.r.o., IČO "
    + I38
    + "\n> Produkční IP: 198.51.100.140, 198.51.100.141\n> Testovací IP: 198.51.100.149\n> "
    "Kontaktní osoba: Petra Šimková, simkova@mosteckyhlas.example, +420 476 118 392\n>\n> "
    "S pozdravem\n> Podatelna\n> Český statistický úřad | IČO 00025593 | ID DS 2gfaasy | tel. "
    "274 052 733\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dh029-databox-parent-box-subsidiary-pdf",
        "description": "data message sent from the parent company's box; the PDF applies for "
        "the subsidiary radio with its own IČO and box ID in the letterhead, feed and filming",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Šumava s.r.o.",
            I29,
            "s6kb2wt",
            ["198.18.120.5", "198.18.120.6"],
            ["198.18.120.15"],
            "Kamil Švec",
            "svec@radiosumava.example",
            "+420387200315",
        ),
        "databox": box(
            "h3vq8ma", "Mediální skupina Vltava a.s.", "Lannova 16, 370 01 České Budějovice"
        ),
        "subject": "Žádost dceřiné společnosti Rádio Šumava – volby",
        "attachments": [
            (
                "pdf",
                "RS_zadost_volby.pdf",
                [
                    "Rádio Šumava s.r.o., Lannova 16, 370 01 České Budějovice, IČO "
                    + I29
                    + ", ID DS: s6kb2wt",
                    "Žádost o přístup k výsledkům voleb a o povolení natáčet",
                    "Žádáme o zpřístupnění výsledků voleb ve formátu XML a o povolení pro "
                    "redaktora a kameramana natáčet na krajském pracovišti ČSÚ v Českých "
                    "Budějovicích.",
                    {
                        "rows": [
                            ["produkční IP", "198.18.120.5"],
                            ["produkční IP", "198.18.120.6"],
                            ["testovací IP", "198.18.120.15"],
                        ]
                    },
                    "Kontaktní osoba: Kamil Švec, svec@radiosumava.example, 387 200 315",
                    "Žádost podáváme prostřednictvím datové schránky mateřské společnosti "
                    "Mediální skupina Vltava a.s.",
                ],
            )
        ],
    },
    {
        "id": "dh030-horde-reply-cut-to-five",
        "description": "a Horde reply to the office's notice (quoted, with its IČO and box) "
        "that seven production addresses are too many: five kept by name, two struck, the "
        "original range '.101-107' quoted two levels down",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Znojemský týdeník s.r.o.",
            I30,
            None,
            [
                "203.0.113.101",
                "203.0.113.102",
                "203.0.113.103",
                "203.0.113.104",
                "203.0.113.105",
            ],
            ["203.0.113.120"],
            "Pavlína Urbanová",
            "urbanova@znojemskytydenik.example",
            "+420515226804",
        ),
        "from": "Pavlína Urbanová <urbanova@znojemskytydenik.example>",
        "subject": "Re: Výzva k odstranění vad žádosti",
        "headers": HORDE,
        "body": "Dobrý den,\n\ndíky za upozornění, ponecháváme tedy jen těchto pět "
        "produkčních: 203.0.113.101, 203.0.113.102, 203.0.113.103, 203.0.113.104, "
        "203.0.113.105. Ostatní dvě (.106 a .107) prosím vyškrtněte. Testovací zůstává "
        "203.0.113.120.\n\nPavlína Urbanová\n\nCitace Podatelna ČSÚ <podatelna@czso.cz>:\n\n"
        "> Vážená paní Urbanová,\n>\n> Vaše žádost uvádí sedm produkčních IP adres, přístup "
        "lze zřídit nejvýše pro pět. Sdělte prosím, které adresy ponecháváte.\n>\n> Český "
        "statistický úřad\n> Na padesátém 81, 100 82 Praha 10, IČO 00025593, datová schránka "
        "2gfaasy\n>\n>> Citace Pavlína Urbanová <urbanova@znojemskytydenik.example>:\n>>\n>> "
        "Dobrý den, Znojemský týdeník s.r.o., IČO " + I30 + ", žádá o přístup k XML "
        "výsledkům voleb.\n>> Produkční: 203.0.113.101-107\n>> Testovací: 203.0.113.120\n>> "
        "Kontakt: Pavlína Urbanová, tel. 515 226 804\n",
    },
    {
        "id": "dh031-notes-formal-letter-extension",
        "description": "a formal letter typed into HCL Notes with numbered requests (feed with "
        "nested role bullets, filming with a named crew); the signature gives the switchboard "
        "with 'linka 215' and then a mobile written '602/41 88 17'",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Slezsko, a.s.",
            I31,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.75"],
            "Vlastimil Janda",
            "vlastimil.janda@rts-ostrava.example",
            "+420602418817",
        ),
        "from": "Vlastimil Janda <vlastimil.janda@rts-ostrava.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb a povolení natáčení",
        "headers": NOTES,
        "body": "Vážení,\n\nsdělujeme, že společnost Regionální televize Slezsko, a.s., se "
        "sídlem Českobratrská 21, 702 00 Ostrava, IČO " + I31 + ", žádá:\n\n1. o "
        "zpřístupnění průběžných výsledků voleb do Poslanecké sněmovny ve formátu XML, a to "
        "pro tyto IP adresy:\n   - produkční: 192.0.2.70, 192.0.2.71\n   - testovací: "
        "192.0.2.75\n2. o povolení pořizovat obrazové a zvukové záznamy na krajském "
        "pracovišti ČSÚ v Ostravě ve volební noci (štáb: redaktorka Klára Mertová, kameraman "
        "Ondřej Tichý).\n\nKontaktní osobou pro obě žádosti je vedoucí zpravodajství "
        "Vlastimil Janda.\n\nS úctou\n\nVlastimil Janda\nvedoucí zpravodajství\nRegionální "
        "televize Slezsko, a.s.\nTel.: 596 115 100 (ústředna), linka 215\nMobil: 602/41 88 17\n"
        "vlastimil.janda@rts-ostrava.example\n",
    },
    {
        "id": "dh032-zimbra-html-only-two-tables",
        "description": "HTML-only Zimbra mail with two tables, one headed 'Produkční servery' "
        "and one 'Testovací servery', each with a name and an address column",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Litoměřický deník s.r.o.",
            I32,
            None,
            ["198.51.100.11", "198.51.100.12", "198.51.100.13"],
            ["198.51.100.21", "198.51.100.22"],
            "Ivan Klíma",
            "klima@litomerickydenik.example",
            "+420416730512",
        ),
        "from": "Ivan Klíma <klima@litomerickydenik.example>",
        "subject": "Přístup k XML výsledkům voleb – Litoměřický deník",
        "headers": ZIMBRA,
        "html": '<html><body><div style="font-family: arial, helvetica, sans-serif; '
        'font-size: 12pt; color: #000000"><div>Dobrý den,</div><div><br></div><div>za '
        "Litoměřický deník s.r.o. (IČO " + I32 + ") žádám o přístup k průběžným výsledkům "
        "voleb ve formátu XML.</div><div><br></div><div><strong>Produkční servery</strong>"
        '</div><table border="1" cellpadding="4"><tbody><tr><td>název</td><td>IP</td></tr>'
        "<tr><td>web-a</td><td>198.51.100.11</td></tr><tr><td>web-b</td><td>198.51.100.12"
        "</td></tr><tr><td>api</td><td>198.51.100.13</td></tr></tbody></table><div><br></div>"
        '<div><strong>Testovací servery</strong></div><table border="1" cellpadding="4">'
        "<tbody><tr><td>název</td><td>IP</td></tr><tr><td>dev</td><td>198.51.100.21</td>"
        "</tr><tr><td>stage</td><td>198.51.100.22</td></tr></tbody></table><div><br></div>"
        "<div>Kontaktní osoba: Ivan Klíma, tel. 416 730 512</div><div><br></div><div>S "
        "pozdravem</div><div>Ivan Klíma</div><div>správce webu</div></div></body></html>",
    },
    {
        "id": "dh033-iphone-filming-no-diacritics",
        "description": "one run-on iPhone sentence without diacritics asking only to film, "
        "the XML 'nepotrebujem'; the brand and the company both named, the phone last",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Jihlavska televize s.r.o.",
            I33,
            None,
            [],
            [],
            "Vojtech Maly",
            "maly@jihlavskatv.example",
            "+420605331872",
        ),
        "from": "Vojtech Maly <maly@jihlavskatv.example>",
        "subject": "nataceni volebni noc",
        "headers": IPHONE,
        "body": "dobry den, jsme z Jihlavske TV (Jihlavska televize s.r.o., ICO " + I33 + ") "
        "a chteli bychom ve volebni noci natacet u vas na krajskem pracovisti v Jihlave, 2 "
        "lidi + kamera, xml nepotrebujem. dik, Vojtech Maly 605 33 18 72\n\nOdesláno z "
        "iPhonu\n",
    },
    {
        "id": "dh034-databox-rtf-corrected-test",
        "description": "data message whose annotation announces a corrected application; the "
        "RTF table gives the new test address beside the old one 'už neplatí'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Valašský zpravodaj s.r.o.",
            I34,
            "w5cj8dn",
            ["203.0.113.60"],
            ["203.0.113.69"],
            "Jitka Plachá",
            "placha@valasskyzpravodaj.example",
            "+420571612338",
        ),
        "databox": box(
            "w5cj8dn", "Valašský zpravodaj s.r.o.", "Palackého 5, 757 01 Valašské Meziříčí"
        ),
        "subject": "Oprava žádosti z 12. 9. 2025 – platí tato verze (změna testovací IP)",
        "attachments": [
            (
                "rtf",
                "zadost_oprava.rtf",
                [
                    "Valašský zpravodaj s.r.o., IČO " + I34,
                    "Opravená žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["Produkční IP", "203.0.113.60"],
                        ["Testovací IP", "203.0.113.69 (původně uvedená 203.0.113.68 už neplatí)"],
                    ],
                    "Kontakt: Jitka Plachá, placha@valasskyzpravodaj.example, 571 612 338",
                ],
            )
        ],
    },
    {
        "id": "dh035-gmail-stringer-forwards-english",
        "description": "a Prague stringer forwards in Czech an English mail of a British "
        "agency's technician, who is the contact ('Staging' for test); the forwarder's own "
        "Gmail address is not the contact's",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Eastbridge Media Ltd",
            None,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.95"],
            "Graham Whitfield",
            "g.whitfield@eastbridgemedia.example",
            "+441614960732",
        ),
        "from": "Tereza Nováková <tereza.novakova@gmail.example>",
        "subject": "Fwd: CZ election feed",
        "headers": GMAIL,
        "body": "Dobrý den,\n\njsem pražská spolupracovnice britské agentury Eastbridge Media "
        "Ltd. Jejich IT mě požádalo, abych vám přeposlala žádost níže (anglicky, omlouvám "
        "se). Kontaktem je přímo jejich technik, já jen zprostředkovávám.\n\nTereza "
        "Nováková\n\n---------- Forwarded message ---------\nFrom: Graham Whitfield "
        "<g.whitfield@eastbridgemedia.example>\nDate: Tue, 16 Sept 2025 at 09:12\nSubject: "
        "CZ election feed\nTo: Tereza Nováková <tereza.novakova@gmail.example>\n\nHi "
        "Tereza,\n\ncould you pass this on to the Czech Statistical Office please? "
        "Eastbridge Media Ltd would like access to the election results XML.\n\nProduction: "
        "192.0.2.90, 192.0.2.91\nStaging: 192.0.2.95\n\nI'm the technical contact - "
        "g.whitfield@eastbridgemedia.example, +44 161 496 0732.\n\nThanks,\nGraham\n",
    },
    {
        "id": "dh036-smime-outlook-three-signers",
        "description": "S/MIME signed Outlook mail: feed and filming as bullets, the contact "
        "'Marek Zelenka (IT), viz podpis' among three people in the closing block, each with "
        "a phone",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Táborské listy a.s.",
            I36,
            None,
            ["198.18.66.1", "198.18.66.2"],
            ["198.18.66.9"],
            "Marek Zelenka",
            "zelenka@taborskelisty.example",
            "+420381250117",
        ),
        "from": "Kubátová Eva <kubatova@taborskelisty.example>",
        "subject": "Žádost – výsledky voleb a natáčení (Táborské listy)",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Dobrý den,\n\nTáborské listy a.s. (IČO " + I36 + ") žádají o:\n- přístup "
        "k průběžným výsledkům voleb ve formátu XML (produkční 198.18.66.1 a 198.18.66.2, "
        "testovací 198.18.66.9),\n- povolení natáčet na pracovišti ČSÚ v Táboře.\n\n"
        "Kontaktní osoba: Marek Zelenka (IT), viz podpis.\n\nS pozdravem\n\nEva Kubátová, "
        "šéfredaktorka | 381 250 100\nMarek Zelenka, IT | zelenka@taborskelisty.example | "
        "381 250 117\nJana Říhová, produkce natáčení | 381 250 130\n",
    },
    {
        "id": "dh037-outlook-1250-live-preprod-range",
        "description": "windows-1250 Outlook plain text: the production 'live' farm as a dashed "
        "range of four, 'Pre-prod' for the test address",
        "style": Style.JARGON,
        "labels": L(
            [FEED],
            "Hradecký portál s.r.o.",
            I37,
            None,
            ["192.0.2.240", "192.0.2.241", "192.0.2.242", "192.0.2.243"],
            ["192.0.2.250"],
            "Bohdan Sedláček",
            "sedlacek@hradeckyportal.example",
            "+420495800214",
        ),
        "from": "Sedláček Bohdan <sedlacek@hradeckyportal.example>",
        "subject": "Zřízení přístupu k XML výsledkům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nprosíme o zřízení přístupu k XML výsledkům voleb pro Hradecký "
        "portál s.r.o., IČO " + I37 + ".\n\nProdukční (live) farma: 192.0.2.240–192.0.2.243\n"
        "Pre-prod: 192.0.2.250\n\nKontakt: Bohdan Sedláček, tel. 495 800 214, "
        "sedlacek@hradeckyportal.example\n\nDěkuji\nB. Sedláček\n",
    },
    {
        "id": "dh038-gmail-reply-adds-filming",
        "description": "a Gmail reply (text and HTML) to the office's confirmation adds filming; "
        "the feed data stand only in the office's quoted summary (with its IČO, box and "
        "phone), which the applicant confirms as right",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Mostecký hlas s.r.o.",
            I38,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.149"],
            "Petra Šimková",
            "simkova@mosteckyhlas.example",
            "+420476118392",
        ),
        "from": "Petra Šimková <simkova@mosteckyhlas.example>",
        "subject": "Re: Potvrzení přijetí žádosti – přístup k výsledkům voleb",
        "headers": GMAIL,
        "body": _DH038,
        "html": gmail_html(_DH038),
    },
    {
        "id": "dh039-apple-flowed-delsp-mobile",
        "description": "Apple Mail format=flowed with delsp=yes: the soft breaks fall after "
        "the IČO and between the two production addresses; the mobile in 3-2-2-2 groups",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Krkonošský obzor, z.ú.",
            I39,
            None,
            ["198.51.100.171", "198.51.100.172"],
            ["198.51.100.179"],
            "Jitka Rambousková",
            "rambouskova@krkonosskyobzor.example",
            "+420775402188",
        ),
        "from": "Jitka Rambousková <rambouskova@krkonosskyobzor.example>",
        "subject": "výsledky voleb – Krkonošský obzor",
        "headers": APPLE,
        "flowed": True,
        "delsp": True,
        "body": "Dobrý den,\n\nomlouvám se, že píšu až teď, celý týden jsme řešili stěhování  \n"
        "redakce. Krkonošský obzor, z.ú. (IČO " + I39 + ")  \nby letos rád stahoval "
        "výsledky voleb přímo z vašeho XML – produkční  \nadresy jsou 198.51.100.171 a  \n"
        "198.51.100.172, testovací 198.51.100.179.\n\nKontaktní osobou budu já, nejlépe na "
        "mobilu +420 775 40 21 88.\n\nDěkuji a hezký víkend\nJitka Rambousková\n",
    },
    {
        "id": "dh040-databox-pdf-and-workbook",
        "description": "data message with two files: the PDF letter asks for feed and filming "
        "and points to the workbook for the addresses; the contact's line and mobile side by "
        "side",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Sokolovský týdeník s.r.o.",
            I40,
            "n8fk4qz",
            ["198.18.140.20", "198.18.140.21"],
            ["198.18.140.30"],
            "Roman Čížek",
            "cizek@sokolovskytydenik.example",
            "+420359400118",
        ),
        "databox": box("n8fk4qz", "Sokolovský týdeník s.r.o.", "Rokycanova 7, 356 01 Sokolov"),
        "subject": "Žádost – volby 2025 (přístup k datům a natáčení)",
        "attachments": [
            (
                "pdf",
                "zadost_ST.pdf",
                [
                    "Sokolovský týdeník s.r.o. | Rokycanova 7, 356 01 Sokolov | IČO " + I40,
                    "Žádost o přístup k výsledkům voleb a povolení natáčení",
                    "Žádáme o přístup k XML výsledkům voleb (IP adresy v přiložené tabulce) a "
                    "o povolení natáčet na pracovišti ČSÚ v Karlových Varech.",
                    "Kontaktní osoba: Roman Čížek, cizek@sokolovskytydenik.example, tel. "
                    "359 400 118, mobil 731 66 05 21",
                    "Ing. Alžběta Nová, jednatelka",
                ],
            ),
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP adresa", "účel"],
                            ["198.18.140.20", "produkce"],
                            ["198.18.140.21", "produkce"],
                            ["198.18.140.30", "test"],
                        ],
                    }
                ],
            ),
        ],
    },
    {
        "id": "dh041-mutt-inline-pgp-dual-stack",
        "description": "8bit Mutt mail clear-signed inline with PGP (armour lines, a "
        "dash-escaped signature separator): dual-stack production, an IPv6 test address, the "
        "contact in angle brackets",
        "style": Style.SIGNED,
        "labels": L(
            [FEED],
            "Otevřená data Vysočiny, z.s.",
            I41,
            None,
            ["192.0.2.120", "2001:db8:120::1"],
            ["2001:db8:120::ff"],
            "Ondřej Vaňura",
            "vanura@odvysociny.example",
            "+420608712043",
        ),
        "from": "Ondřej Vaňura <vanura@odvysociny.example>",
        "subject": "žádost o přístup k XML výsledkům voleb",
        "headers": MUTT,
        "cte": "8bit",
        "body": "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nDobrý den,\n\nžádám o "
        "přístup k XML výsledkům voleb pro Otevřená data Vysočiny, z.s. (IČO " + I41 + ").\n\n"
        "Produkce (dual stack):\n  192.0.2.120\n  2001:db8:120::1\nTest:\n  "
        "2001:db8:120::ff\n\nKontakt: Ondřej Vaňura <vanura@odvysociny.example>, +420 608 71 "
        "20 43\n\n- -- \nOndřej Vaňura\nOtevřená data Vysočiny, z.s.\n-----BEGIN PGP "
        "SIGNATURE-----\n\niHUEARYIAB0WIQR7c2QkFt0m9xVb3LqJ8aPzYwE1hgUCaMkT8wAKCRCPzYwE1hgU\n"
        "Cq3dAQCl9w0F2xK7mJp4hT8sVqR1bZ6cN3eY0uG5oWfLaDkPgQEA6sHjT2nB9vX4\nmR8qLwZ1cY7fK3pD0uE"
        "5aN6gS2hVtQo=\n=Xq7v\n-----END PGP SIGNATURE-----\n",
    },
    {
        "id": "dh042-outlook-android-feed-withdrawn",
        "description": "Outlook for Android: asks to film and for the feed with one server, "
        "then a paragraph later withdraws the feed (an agency supplies the results); "
        "filming only, no addresses",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "TV Haná, s.r.o.",
            I42,
            None,
            [],
            [],
            "Hynek Brabec",
            "brabec@tvhana.example",
            "+420585204417",
        ),
        "from": "Hynek Brabec <brabec@tvhana.example>",
        "subject": "volební noc – natáčení",
        "body": "Dobrý den,\n\nchtěli bychom ve volební noci natáčet na vašem pracovišti v "
        "Olomouci a zároveň požádat o přístup k XML (server 203.0.113.210).\n\nJeště oprava: "
        "mezitím jsem to probral s kolegy a XML nakonec žádat nebudeme, výsledky nám dodá "
        "agentura. Žádáme tedy jen o to natáčení.\n\nTV Haná, s.r.o., IČO " + I42 + "\n"
        "Hynek Brabec, 585 20 44 17\n\nZískejte Outlook pro Android<https://aka.ms/AAb9ysg>\n",
    },
]
