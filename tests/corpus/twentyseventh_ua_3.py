"""Twentyseventh held-out part ``ua``, cases ua029–ua042: a colleague named as contact with a
00420 phone, a British broadcaster, an ODT-only data message, a TXT attachment from a phone, a
follow-up to the applicant's own quoted mail, an IPv6 production address in an HTML-only Gmail mail, an IČO
next to its DIČ, a PDF with a wrapped table, Slovak television asking for both, dates, ports and
versions as noise, a Dutch site's "live/staging", a correction that withdraws filming, an
Austrian radio and a foundation's PDF letter by data box. Written by hand apart from the
extraction rules (see make_twentyseventh_ua); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyseventh_ua_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

W29, W31, W32, W33 = ico("2764108"), ico("0418257"), ico("2827315"), ico("6087204")
W34, W35, W36, W38 = ico("2403618"), ico("2951870"), ico("0766123"), ico("2689451")
W37, W40, W42 = ico("3574210"), ico("2516097"), ico("0270346")

CASES: list[dict[str, Any]] = [
    {
        "id": "ua029-gmail-colleague-contact-00420",
        "description": "the sender applies, a colleague in copy is named as the contact with "
        "a 00420 number; the sender's own number in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Deník Kladensko s.r.o.",
            W29,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.110"],
            "Adéla Richterová",
            "richterova@denikkladensko.example",
            "+420720118337",
        ),
        "from": "Josef Bartůněk <bartunek@denikkladensko.example>",
        "cc": "Adéla Richterová <richterova@denikkladensko.example>",
        "subject": "Žádost o přístup k volebním výsledkům – Deník Kladensko",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Deník Kladensko s.r.o. (IČO {W29}) žádá o přístup k výsledkům voleb v XML.\n\n"
            "Produkční adresy: 192.0.2.101, 192.0.2.102\n"
            "Testovací adresa: 192.0.2.110\n\n"
            "Kontaktní osobou bude kolegyně Adéla Richterová (v kopii, "
            "richterova@denikkladensko.example), tel. 00420 720 118 337.\n\n"
            "Díky,\n"
            "Josef Bartůněk\n"
            "vydavatel | Deník Kladensko\n"
            "+420 603 447 910\n"
        ),
    },
    {
        "id": "ua030-british-broadcaster-primary-secondary",
        "description": "UK broadcaster writes English: primary and secondary servers "
        "(both production), a staging box; +44 numbers, desk line and mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge News Ltd",
            None,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.109"],
            "Oliver Hartley",
            "oliver.hartley@northbridge.example",
            "+447700900415",
        ),
        "from": "Oliver Hartley <oliver.hartley@northbridge.example>",
        "subject": "Access to Czech election results XML",
        "headers": APPLE,
        "body": (
            "Hi there,\n\n"
            "Northbridge News Ltd (company no. 08814327, England & Wales) would like "
            "access to the XML results for the Czech general election.\n\n"
            "Primary server: 203.0.113.101\n"
            "Secondary server (failover): 203.0.113.102\n"
            "Staging: 203.0.113.109\n\n"
            "I'm the contact for this - best on my mobile, +44 7700 900415 "
            "(desk: +44 20 7946 0321).\n\n"
            "Cheers,\nOliver Hartley\nData Editor, Northbridge News\n"
        ),
    },
    {
        "id": "ua031-databox-odt-only-file",
        "description": "data message whose annotation only says 'Žádost'; everything is in "
        "the ODT, including a table with a záloha row",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Podlesí, z. ú.",
            W31,
            "h9vt2ex",
            ["198.51.100.241", "198.51.100.242"],
            ["198.51.100.249"],
            "Šárka Nováková",
            "novakova@radiopodlesi.example",
            "+420566110284",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "h9vt2ex",
            "sender": "Rádio Podlesí, z. ú.",
            "address": "Zámecká 3, 591 01 Žďár nad Sázavou",
        },
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    f"Rádio Podlesí, z. ú., IČO {W31}, Zámecká 3, 591 01 Žďár nad Sázavou",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["Role", "IP"],
                        ["hlavní", "198.51.100.241"],
                        ["záloha", "198.51.100.242"],
                        ["TST", "198.51.100.249"],
                    ],
                    "Kontakt: Šárka Nováková, 566 110 284, novakova@radiopodlesi.example",
                ],
            )
        ],
    },
    {
        "id": "ua032-iphone-txt-attachment",
        "description": "iPhone mail: the body says only that the data are attached; the TXT "
        "attachment is an admin's note with addresses and a contact",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Info Chrudim s.r.o.",
            W32,
            None,
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Vít Doležal",
            "dolezal@infochrudim.example",
            "+420775390214",
        ),
        "from": "Vít Doležal <dolezal@infochrudim.example>",
        "subject": "zadost volby",
        "headers": IPHONE,
        "body": (
            "Dobry den, v priloze posilam udaje k zadosti o pristup k vysledkum voleb. "
            "Diky, Dolezal\n\nOdesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "txt",
                "udaje_csu.txt",
                "ZADOST O PRISTUP K XML VYSLEDKUM VOLEB\n"
                f"zadatel: Info Chrudim s.r.o., ICO {W32}\n"
                "produkcni IP: 203.0.113.55\n"
                "testovaci IP: 203.0.113.56\n"
                "kontakt: Vit Dolezal, +420 775 390 214, dolezal@infochrudim.example\n",
            )
        ],
    },
    {
        "id": "ua033-follow-up-to-own-quoted-mail",
        "description": "follow-up above the applicant's own quoted first mail: adds a test "
        "address and keeps the quoted production addresses and contact",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Regionální televize Haná s.r.o.",
            W33,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.209"],
            "Hana Zemanová",
            "zemanova@rtvhana.example",
            "+420585300761",
        ),
        "from": "Hana Zemanová <zemanova@rtvhana.example>",
        "subject": "Re: Žádost o přístup k XML – RTV Haná",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "ještě doplňuji k žádosti níže testovací adresu 192.0.2.209, produkční "
            "zůstávají, jak jsem psala.\n\n"
            "Hana Zemanová\n\n"
            "Dne 2025-09-12 14:05, Hana Zemanová napsal:\n"
            "> Dobrý den,\n"
            "> Regionální televize Haná s.r.o., IČO "
            f"{W33}, žádá o přístup k výsledkům\n"
            "> voleb ve formátu XML. Produkční servery 192.0.2.201 a 192.0.2.202.\n"
            "> Kontakt: Hana Zemanová, 585 300 761, zemanova@rtvhana.example\n"
        ),
    },
    {
        "id": "ua034-gmail-html-ipv6-production",
        "description": "HTML-only Gmail mail: an IPv6 production address in a "
        "<code> span next to an IPv4 one, test IPv4",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Datawire Media s.r.o.",
            W34,
            None,
            ["2001:db8:c0de::80", "198.51.100.80"],
            ["198.51.100.81"],
            "Kryštof Lang",
            "lang@datawire.example",
            "+420728019364",
        ),
        "from": "Kryštof Lang <lang@datawire.example>",
        "subject": "XML feed – Datawire",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr">Ahoj / dobrý den,<br><br>'
            f"za Datawire Media s.r.o. (IČO {W34}) prosíme o přístup k XML výsledkům.<br>"
            "Produkce: <code>2001:db8:c0de::80</code> a <code>198.51.100.80</code><br>"
            "Test: <code>198.51.100.81</code><br><br>"
            '<div class="gmail_signature">Kryštof Lang, 728 019 364</div></div>'
        ),
    },
    {
        "id": "ua035-ico-and-dic-seznam",
        "description": "Seznam mail gives DIČ with CZ prefix and IČO as 'IČ:'; bank account, "
        "postal code and a date as numeric noise",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Týdeník Berounsko, s.r.o.",
            W35,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Miroslava Kubátová",
            "kubatova@berounsko.example",
            "+420311622087",
        ),
        "from": "Miroslava Kubátová <kubatova@berounsko.example>",
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "headers": SEZNAM,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "žádáme o přístup k výsledkům voleb konaných 3. a 4. 10. 2025 ve formátu XML.\n\n"
            "Produkční IP: 203.0.113.120\nTestovací IP: 203.0.113.121\n\n"
            "S pozdravem\n"
            "Miroslava Kubátová, tel. 311 622 087\n\n"
            "Týdeník Berounsko, s.r.o.\n"
            "Husovo nám. 45, 266 01 Beroun\n"
            f"IČ: {W35}, DIČ: CZ{W35}\n"
            "č. ú. 2401187736/2010\n"
        ),
    },
    {
        "id": "ua036-outlook-pdf-wrapped-table",
        "description": "short Outlook mail with a PDF form whose narrow table wraps the "
        "addresses and the role labels over several lines",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED, FILM],
            "Východočeská vysílací společnost, a.s.",
            W36,
            None,
            ["192.0.2.31", "192.0.2.32", "192.0.2.33"],
            ["192.0.2.39"],
            "Radim Šindelář",
            "sindelar@vcvs.example",
            "+420466050812",
        ),
        "from": "Radim Šindelář <sindelar@vcvs.example>",
        "subject": "Žádost VČVS – volby 2025",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze zasílám naši žádost.\n\nRadim Šindelář\nVČVS, a.s.\n",
        "attachments": [
            (
                "pdf",
                "VCVS_zadost_volby.pdf",
                [
                    "Východočeská vysílací společnost, a.s., Palackého 2780, 530 02 "
                    f"Pardubice, IČO {W36}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení "
                    "natáčení na sběrném místě v Pardubicích.",
                    {
                        "rows": [
                            ["Produkční IP adresy", "192.0.2.31, 192.0.2.32, 192.0.2.33"],
                            ["Testovací IP adresy", "192.0.2.39"],
                            ["Kontaktní osoba", "Radim Šindelář, technický ředitel"],
                            ["Telefon / e-mail", "466 050 812, sindelar@vcvs.example"],
                        ],
                        "widths": [80, 90],
                    },
                    "Pardubice 15. 9. 2025, Radim Šindelář",
                ],
            )
        ],
    },
    {
        "id": "ua037-slovak-tv-both",
        "description": "Slovak regional TV asks for both in Slovak; a Slovak IČO that "
        "passes the checksum, filming crew, Slovak landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Záhorie, s. r. o.",
            W37,
            None,
            ["198.51.100.111"],
            ["198.51.100.112"],
            "Ľubica Vanková",
            "vankova@tvzahorie.example",
            "+421346512280",
        ),
        "from": "Ľubica Vanková <vankova@tvzahorie.example>",
        "subject": "Žiadosť – výsledky volieb v ČR a natáčanie",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\n"
            f"spoločnosť TV Záhorie, s. r. o., IČO {W37}, sa obracia s prosbou o:\n"
            "- prístup k výsledkom volieb vo formáte XML (produkčná adresa 198.51.100.111, "
            "testovacia 198.51.100.112),\n"
            "- povolenie nakrúcať na zbernom mieste v Hodoníne počas volebnej noci "
            "(kameraman Peter Kollár).\n\n"
            "Kontaktná osoba: Ľubica Vanková, tel. +421 34 651 2280\n\n"
            "S pozdravom\nĽubica Vanková\nTV Záhorie, Senica\n"
        ),
    },
    {
        "id": "ua038-chatty-dates-ports-versions",
        "description": "chatty admin mail with dates, a port, a software version and an "
        "interval that look like addresses",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Karlovarský expres s.r.o.",
            W38,
            None,
            ["203.0.113.7"],
            ["203.0.113.8"],
            "Bohumil Fiala",
            "fiala@kvexpres.example",
            "+420353116042",
        ),
        "from": "Bohumil Fiala <fiala@kvexpres.example>",
        "subject": "XML volby – Karlovarský expres",
        "headers": SAMSUNG,
        "body": (
            "Zdravím,\n\n"
            "loni jsme to řešili na poslední chvíli, tak letos s předstihem :) "
            f"Karlovarský expres s.r.o. (IČO {W38}) prosí o přístup k XML výsledkům.\n\n"
            "Náš stahovač (volby-sync 2.4.1.0) poběží na 203.0.113.7 a bude se ptát "
            "každých 30 s od 3.10.2025 14:00. Před tím ho vyzkoušíme z testovacího stroje "
            "203.0.113.8 – počítám tak 29.9.–1.10. Firewall máme otevřený na 443 i 8443.\n\n"
            "Kdyžtak volejte, 353 116 042.\n\n"
            "Bohumil Fiala, správce systémů\n"
        ),
    },
    {
        "id": "ua039-dutch-live-staging",
        "description": "Dutch news site writes English with 'live' and 'staging', a range "
        "written with a dash; +31 number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nieuwsbrug B.V.",
            None,
            None,
            ["192.0.2.66", "192.0.2.67", "192.0.2.68"],
            ["192.0.2.70"],
            "Sanne de Vries",
            "sanne.devries@nieuwsbrug.example",
            "+31206114720",
        ),
        "from": "Sanne de Vries <sanne.devries@nieuwsbrug.example>",
        "subject": "Request: election results XML access",
        "headers": GMAIL,
        "body": (
            "Dear colleagues,\n\n"
            "Nieuwsbrug B.V. (Amsterdam, KvK 71458203) kindly requests access to the XML "
            "election results.\n\n"
            "Live: 192.0.2.66-192.0.2.68\n"
            "Staging: 192.0.2.70\n\n"
            "Contact: Sanne de Vries, +31 20 611 4720\n\n"
            "Met vriendelijke groet,\nSanne de Vries\n"
        ),
    },
    {
        "id": "ua040-correction-filming-withdrawn",
        "description": "asks for both, then withdraws the filming in a later paragraph of "
        "the same mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník s.r.o.",
            W40,
            None,
            ["198.51.100.190"],
            ["198.51.100.191"],
            "Tereza Hronková",
            "hronkova@mbdenik.example",
            "+420326711905",
        ),
        "from": "Tereza Hronková <hronkova@mbdenik.example>",
        "subject": "Žádost – XML a natáčení",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"Mladoboleslavský deník s.r.o., IČO {W40}, žádá o:\n"
            "1. přístup k výsledkům voleb v XML (produkce 198.51.100.190, test "
            "198.51.100.191),\n"
            "2. povolení natáčet na sběrném místě v Mladé Boleslavi.\n\n"
            "Tereza Hronková, 326 711 905\n\n"
            "Ještě dodatek: bod 2 prosím neberte v potaz, natáčení nakonec rušíme, "
            "kameraman nebude k dispozici. Žádáme tedy jen o přístup k XML.\n"
        ),
    },
    {
        "id": "ua041-austrian-radio-german-english",
        "description": "Austrian radio writes English with a German signature; backup "
        "server is production, a +43 phone, no IČO, filming too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Donauland GmbH",
            None,
            None,
            ["203.0.113.171", "203.0.113.172"],
            ["203.0.113.179"],
            "Florian Gruber",
            "f.gruber@donauland.example",
            "+436644127730",
        ),
        "from": "Florian Gruber <f.gruber@donauland.example>",
        "subject": "Election coverage Czech Republic - XML access and filming",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Radio Donauland GmbH would like to apply for:\n"
            "- access to the XML election results: main server 203.0.113.171, backup "
            "server 203.0.113.172, test server 203.0.113.179;\n"
            "- permission to record audio at a collection point in České Budějovice.\n\n"
            "Contact person: Florian Gruber\n\n"
            "Mit freundlichen Grüßen\n"
            "Florian Gruber\n"
            "Chefredaktion | Radio Donauland GmbH\n"
            "Landstraße 18, 4020 Linz, Österreich\n"
            "Mobil: +43 664 412 7730\n"
            "FN 402118 k, UID ATU 71234509\n"
        ),
    },
    {
        "id": "ua042-databox-foundation-pdf-film-only",
        "description": "a foundation's data message asking only to film; the PDF letter "
        "says the feed is not wanted and names a contact other than the signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Nadační fond Paměť voleb",
            W42,
            "f4ks8mu",
            [],
            [],
            "Richard Kovář",
            "kovar@pametvoleb.example",
            "+420731805512",
        ),
        "subject": "Žádost o povolení natáčení na sběrném místě ČSÚ",
        "databox": {
            "box": "f4ks8mu",
            "sender": "Nadační fond Paměť voleb",
            "address": "Korunní 88, 120 00 Praha 2",
        },
        "attachments": [
            (
                "pdf",
                "zadost_nataceni.pdf",
                [
                    f"Nadační fond Paměť voleb, Korunní 88, 120 00 Praha 2, IČ {W42}",
                    "Věc: Žádost o povolení natáčení",
                    "Nadační fond připravuje dokumentární cyklus o volbách a žádá o povolení "
                    "natáčet na sběrném místě ČSÚ v Praze 4. 10. 2025. O přístup k "
                    "výsledkům ve formátu XML nežádáme.",
                    "Kontaktní osoba: Richard Kovář, 731 805 512, kovar@pametvoleb.example",
                    "PhDr. Olga Šimková, předsedkyně správní rady",
                ],
            )
        ],
    },
]
