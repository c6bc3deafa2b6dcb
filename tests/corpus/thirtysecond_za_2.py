"""Thirty-second held-out part ``za``, cases za015–za028: a reply that hands the application over
to a new contact, attachments (XLSX with a merged role cell, a PDF whose cells wrap), a British
freelancer's "respectively", a Czech order of roles, a contractor with a netmask, an old address,
a university's data message, an ano/ne table, an Italian IPv6 address, a forward as an attached
message, an S/MIME letter, an Austrian crew and a data message with a spreadsheet. Written by
hand apart from the extraction rules (see make_thirtysecond_za); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysecond_za_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I19 = ico("2775014"), ico("0631854"), ico("2948270"), ico("4513096")
I20, I21, I22, I23 = ico("2864319"), ico("0518724"), ico("6093157"), ico("2716650")
I25, I26, I28 = ico("0492863"), ico("2599318"), ico("4780215")

_INNER_25: dict[str, Any] = {
    "id": "za025-inner",
    "from": "Tomáš Bureš <bures@valasskezpravy.example>",
    "to": "Renata Mikulcová <mikulcova@valasskezpravy.example>",
    "subject": "ČSÚ volby – IP",
    "headers": TBIRD,
    "body": (
        "Ahoj Renato,\n\n"
        "pro tu žádost na statistický úřad:\n"
        "produkce 192.0.2.180, 192.0.2.181\n"
        "test 192.0.2.189\n\n"
        "Kontakt klidně dej na mě: 734 551 802, bures@valasskezpravy.example.\n\n"
        "Tomáš\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "za015-reply-contact-handed-over",
        "description": "reply above the office's acknowledgement and the applicant's own quoted "
        "application: the addresses stay as quoted, the contact is replaced by a colleague",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Orlice s.r.o.",
            I15,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Lukáš Pokorný",
            "pokorny@radioorlice.example",
            "+420776204519",
        ),
        "from": "Ondřej Krejčí <krejci@radioorlice.example>",
        "subject": "Re: Potvrzení přijetí žádosti, č. j. CSU-031874/2025",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "ještě jedna změna k naší žádosti: od 1. 10. u nás končím, kontaktní osobou "
            "proto místo mě bude kolega Lukáš Pokorný, tel. 776 204 519, "
            "pokorny@radioorlice.example. Adresy zůstávají, jak jsem psal níže.\n\n"
            "Díky, Ondřej Krejčí\n\n"
            "> 12. 9. 2025 v 8:15, podatelna@czso.cz napsal:\n"
            ">\n"
            "> Vaše žádost byla zaevidována pod č. j. CSU-031874/2025. Dotazy směřujte na\n"
            "> podatelna@czso.cz nebo tel. 274 052 733.\n"
            ">\n"
            ">> 11. 9. 2025 v 13:50, Ondřej Krejčí <krejci@radioorlice.example> napsal:\n"
            ">>\n"
            ">> Dobrý den,\n"
            f">> Rádio Orlice s.r.o., IČO {I15}, žádá o přístup k XML výsledkům voleb.\n"
            ">> Produkční IP: 203.0.113.33\n"
            ">> Testovací IP: 203.0.113.34\n"
            ">> Kontakt: Ondřej Krejčí, 608 330 127, krejci@radioorlice.example\n"
        ),
    },
    {
        "id": "za016-xlsx-merged-role-cell",
        "description": "short Outlook mail with an XLSX: the role 'Produkce' is a merged cell over "
        "two rows; the applicant and the contact are on a second sheet",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Nový Kladenský týdeník s.r.o.",
            I16,
            None,
            ["203.0.113.20", "203.0.113.21"],
            ["203.0.113.29"],
            "Eva Marešová",
            "maresova@kladenskytydenik.example",
            "+420723008415",
        ),
        "from": "Tomáš Kučera <kucera@kladenskytydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb – tabulka",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posíláme vyplněnou tabulku k žádosti o přístup k XML "
            "s výsledky voleb.\n\nZdraví\nTomáš Kučera\nobchodní oddělení\n"
        ),
        "attachments": [
            (
                "xlsx",
                "csu_volby_pristup.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP adresa", "Poznámka"],
                            ["Produkce", "203.0.113.20", "web"],
                            [None, "203.0.113.21", "mobilní aplikace"],
                            ["Test", "203.0.113.29", "staging"],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Nový Kladenský týdeník s.r.o."],
                            ["IČO", I16],
                            ["Kontaktní osoba", "Eva Marešová"],
                            ["Telefon", "+420 723 008 415"],
                            ["E-mail", "maresova@kladenskytydenik.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "za017-pdf-wrapped-table",
        "description": "Thunderbird mail with a PDF letter whose narrow table cells wrap "
        "(main and backup in one cell); the mail body itself only says see the attachment",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Ostravské ráno a.s.",
            I17,
            None,
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.63"],
            "Filip Sikora",
            "sikora@ostravskerano.example",
            "+420596118240",
        ),
        "from": "Filip Sikora <sikora@ostravskerano.example>",
        "subject": "Žádost o přístup k volebnímu serveru (PDF)",
        "headers": TBIRD,
        "body": "Dobrý den,\nžádost posílám v příloze.\nS pozdravem F. Sikora\n",
        "attachments": [
            (
                "pdf",
                "zadost_ostravske_rano.pdf",
                [
                    "Ostravské ráno a.s., 28. října 3346/91, 702 00 Ostrava",
                    f"IČO: {I17}",
                    "Věc: žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční adresy", "Testovací adresa", "Kontakt"],
                            [
                                "203.0.113.61 (hlavní), 203.0.113.62 (záložní server, druhá "
                                "lokalita)",
                                "203.0.113.63",
                                "Filip Sikora, vedoucí IT, tel. 596 118 240, "
                                "sikora@ostravskerano.example",
                            ],
                        ],
                        "widths": [150, 110, 170],
                    },
                    "V Ostravě 10. 9. 2025",
                    "Ing. Filip Sikora",
                ],
            )
        ],
    },
    {
        "id": "za018-uk-freelancer-respectively",
        "description": "British freelancer without a company: production and test given by "
        "'respectively'; a UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oliver Whitcombe",
            None,
            None,
            ["192.0.2.15"],
            ["192.0.2.16"],
            "Oliver Whitcombe",
            "oliver@whitcombe-data.example",
            "+447700900316",
        ),
        "from": "Oliver Whitcombe <oliver@whitcombe-data.example>",
        "subject": "Access to the live election results feed",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "I'm a freelance data journalist based in Prague, producing live election graphics "
            "for a couple of UK and Irish outlets. I don't have a company, I work under my own "
            "name.\n\n"
            "Could I please get access to the XML results? My production and test servers are "
            "192.0.2.15 and 192.0.2.16 respectively (both VPS, Frankfurt).\n\n"
            "Best,\nOliver Whitcombe\n+44 7700 900316\nwhitcombe-data.example\n"
        ),
    },
    {
        "id": "za019-evolution-order-first-second",
        "description": "Evolution mail in iso-8859-2 giving roles only by order (první … druhá)",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Nakladatelství Horácko, s.r.o.",
            I19,
            None,
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Miroslav Chalupa",
            "chalupa@horacko.example",
            "+420568400912",
        ),
        "from": "Miroslav Chalupa <chalupa@horacko.example>",
        "subject": "žádost o přístup k XML (volby)",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "jménem Nakladatelství Horácko, s.r.o. (IČO "
            f"{I19}) prosím o přístup k výsledkům voleb v XML. Posílám dvě adresy, "
            "198.51.100.170 a 198.51.100.171 - první je produkční, druhá testovací.\n\n"
            "Kontakt: Miroslav Chalupa, 568 400 912\n\n"
            "Miroslav Chalupa\nTřebíč\n"
        ),
    },
    {
        "id": "za020-contractor-netmask-version",
        "description": "IT contractor writing for a newspaper: a production block written with a "
        "netmask, an nginx version number, the contractor's engineer as the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Deník Blanensko s.r.o.",
            I20,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Adam Hložek",
            "hlozek@netwerk-it.example",
            "+420739411850",
        ),
        "from": "Adam Hložek <hlozek@netwerk-it.example>",
        "subject": "Deník Blanensko – přístup k volebním výsledkům",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "jsme externí správce IT pro Deník Blanensko s.r.o. (IČO "
            f"{I20}) a jejich jménem žádáme o přístup k XML s výsledky voleb.\n\n"
            "Produkce: 203.0.113.200 maska 255.255.255.252 (cluster za nginx 1.24.0)\n"
            "Test: 203.0.113.210\n\n"
            "Kontaktní osobou pro přístup jsem já.\n\n"
            "Adam Hložek\nNetWerk IT s.r.o. – správa serverů\nmobil 739 411 850\n"
            "hotline 800 100 555\n"
        ),
    },
    {
        "id": "za021-owa-old-address-dropped",
        "description": "Outlook on the web: last year's address is no longer used; the new ones "
        "marked (prod.) and (TST)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Chebský zpravodaj, o.p.s.",
            I21,
            None,
            ["192.0.2.65"],
            ["192.0.2.66"],
            "Renata Schmidtová",
            "schmidtova@chebskyzpravodaj.example",
            "+420354220781",
        ),
        "from": "Renata Schmidtová <schmidtova@chebskyzpravodaj.example>",
        "subject": "Přístup k výsledkům voleb 2025",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "stejně jako loni žádáme o přístup k výsledkům voleb ve formátu XML. Pozor, loni "
            "jsme měli 192.0.2.60, ten už nepoužíváme (server jsme zrušili). Letos prosím:\n\n"
            "192.0.2.65 (prod.)\n"
            "192.0.2.66 (TST)\n\n"
            f"Chebský zpravodaj, o.p.s., IČO {I21}\n"
            "Renata Schmidtová, tel. 354 220 781\n"
        ),
    },
    {
        "id": "za022-databox-university-filming",
        "description": "a university's data message: a faculty asks only to film for a student "
        "project, in a PDF letter that also prints the office's IČO and box",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Univerzita Polabí",
            I22,
            "u2pd6kf",
            [],
            [],
            "Hana Šťastná",
            "hana.stastna@upol-ab.example",
            "+420466035214",
        ),
        "subject": "Žádost o povolení natáčení – studentský projekt FŽ",
        "databox": {
            "box": "u2pd6kf",
            "sender": "Univerzita Polabí",
            "address": "Studentská 95, 532 10 Pardubice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "FZ_natáčení_volby.pdf",
                [
                    "Univerzita Polabí, Fakulta žurnalistiky",
                    "Studentská 95, 532 10 Pardubice",
                    "Český statistický úřad, IČO 00025593, datová schránka 2gfaasy",
                    "Věc: žádost o povolení pořizovat audiovizuální záznam",
                    f"Univerzita Polabí (IČO {I22}) žádá o povolení, aby studenti Fakulty "
                    "žurnalistiky v rámci předmětu Televizní reportáž natočili práci sběrného "
                    "místa ČSÚ v Pardubicích dne 4. 10. 2025. O přístup k datům ve formátu XML "
                    "nežádáme.",
                    "Kontaktní osobou je doc. Mgr. Hana Šťastná, Ph.D., tel. 466 035 214, "
                    "hana.stastna@upol-ab.example.",
                    "prof. PhDr. Karel Bednář, CSc., proděkan pro studium",
                ],
            )
        ],
    },
    {
        "id": "za023-mac-outlook-ano-ne-table",
        "description": "Mac Outlook mail with a text and an HTML part; an ano/ne table says "
        "feed yes, filming no",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Brněnský metropolitní portál s.r.o.",
            I23,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Petra Zedníková",
            "zednikova@brnometro.example",
            "+420725640118",
        ),
        "from": "Petra Zedníková <zednikova@brnometro.example>",
        "subject": "Formulář – přístup k výsledkům voleb",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\nposílám vyplněné údaje:\n\n"
            "Požadavek | ano/ne\n"
            "Přístup k XML | ano\n"
            "Natáčení na sběrném místě | ne\n\n"
            f"Žadatel: Brněnský metropolitní portál s.r.o., IČO {I23}\n"
            "Produkční IP: 198.51.100.120, 198.51.100.121\n"
            "Testovací IP: 198.51.100.125\n"
            "Kontakt: Petra Zedníková, 725 640 118\n\n"
            "Petra Zedníková\n"
        ),
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Calibri;font-size:12pt">'
            "<p>Dobrý den,</p><p>posílám vyplněné údaje:</p>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><td><b>Požadavek</b></td><td><b>ano/ne</b></td></tr>"
            "<tr><td>Přístup k XML</td><td>ano</td></tr>"
            "<tr><td>Natáčení na sběrném místě</td><td>ne</td></tr></table>"
            f"<p>Žadatel: Brněnský metropolitní portál s.r.o., IČO {I23}<br>"
            "Produkční IP: 198.51.100.120, 198.51.100.121<br>"
            "Testovací IP: 198.51.100.125<br>"
            "Kontakt: Petra Zedníková, 725 640 118</p><p>Petra Zedníková</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "za024-italian-ipv6-production",
        "description": "Italian agency correspondent writing English: an IPv4 and an IPv6 "
        "production address, testing on production; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agenzia Stampa Adriatica S.p.A.",
            None,
            None,
            ["203.0.113.95", "2001:db8:1c::10"],
            [],
            "Giulia Ferraresi",
            "g.ferraresi@asadriatica.example",
            "+393471208854",
        ),
        "from": "Giulia Ferraresi <g.ferraresi@asadriatica.example>",
        "subject": "Richiesta / request - XML election results",
        "headers": OUTLOOK,
        "body": (
            "Good afternoon,\n\n"
            "I am the Central Europe correspondent of Agenzia Stampa Adriatica S.p.A. (Ancona). "
            "We would like to receive the XML with election results for our wire service.\n\n"
            "Our servers: 203.0.113.95 and 2001:db8:1c:0:0:0:0:10 (IPv6). Both are production, "
            "we will make our tests directly on them, no separate test server.\n\n"
            "For any question please write or call me: +39 347 120 8854.\n\n"
            "Cordiali saluti,\nGiulia Ferraresi\n"
            "Agenzia Stampa Adriatica – Redazione Esteri\n"
            "Via della Loggia 12, 60121 Ancona | P.IVA 01234560421\n"
        ),
    },
    {
        "id": "za025-forward-as-attachment",
        "description": "editor forwards the IT admin's mail as an attached message; the addresses "
        "and the contact are only in the attachment, which the new text points to",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Valašské zprávy s.r.o.",
            I25,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Tomáš Bureš",
            "bures@valasskezpravy.example",
            "+420734551802",
        ),
        "from": "Renata Mikulcová <mikulcova@valasskezpravy.example>",
        "subject": "Fw: ČSÚ volby – IP",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Valašské zprávy s.r.o. žádají o přístup k výsledkům voleb ve formátu XML. "
            "Adresy i kontakt najdete v přeposlaném mailu od našeho správce Tomáše Bureše "
            "(v příloze), kontaktní osobou bude on.\n\n"
            "S pozdravem\nRenata Mikulcová\nvedoucí vydání\n"
            f"Valašské zprávy s.r.o. | Smetanova 1500, 755 01 Vsetín | IČO {I25}\n"
        ),
        "attachments": [("eml", "ČSÚ volby – IP.eml", _INNER_25)],
    },
    {
        "id": "za026-smime-agency-both",
        "description": "S/MIME-signed formal letter of a news agency asking for both; signed by "
        "the director, a named contact with a 00420 phone, the office's address block quoted",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Středoevropská tisková agentura, a.s.",
            I26,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202"],
            ["198.51.100.210", "198.51.100.211"],
            "Daniela Horká",
            "horka@steta.example",
            "+420602177349",
        ),
        "from": '"Ing. Viktor Straka, MBA" <straka@steta.example>',
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n\n"
            "Vážené dámy, vážení pánové,\n\n"
            "Středoevropská tisková agentura, a.s., IČO "
            f"{I26}, tímto žádá\n"
            "a) o zřízení přístupu k výsledkům voleb ve formátu XML,\n"
            "b) o povolení natáčení na sběrném místě Praha-Smíchov.\n\n"
            "Produkční IP adresy: 198.51.100.200, 198.51.100.201, 198.51.100.202\n"
            "Testovací IP adresy: 198.51.100.210, 198.51.100.211\n"
            "Kontaktní osoba: Daniela Horká, vedoucí datové redakce\n"
            "Telefon: 00420 602 177 349\n"
            "E-mail: horka@steta.example\n\n"
            "S úctou\n\n"
            "Ing. Viktor Straka, MBA\ngenerální ředitel\n"
            "Středoevropská tisková agentura, a.s.\n"
            "tel. 222 010 400 | straka@steta.example\n"
            "Na vědomí: Mgr. Aleš Bílek, šéfredaktor, bilek@steta.example\n"
        ),
    },
    {
        "id": "za027-austrian-crew-filming",
        "description": "Austrian TV crew writing English from an iPhone: filming only, they "
        "say they need no data feed; Austrian mobile; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Donautal Fernsehen GmbH",
            None,
            None,
            [],
            [],
            "Stefan Huber",
            "huber@donautal-tv.example",
            "+436641728305",
        ),
        "from": "Stefan Huber <huber@donautal-tv.example>",
        "subject": "Filming request election night",
        "headers": IPHONE,
        "body": (
            "Hi,\n"
            "we are Donautal Fernsehen GmbH from Linz, we would like to film 10-15 min at "
            "a collection point in České Budějovice on election night for our news. "
            "We do NOT need the data feed, only the filming permission.\n"
            "Crew: me + camera (Lukas Berger).\n"
            "Stefan Huber, +43 664 1728305\n\n"
            "Von meinem iPhone gesendet\n"
        ),
    },
    {
        "id": "za028-databox-xlsx-yes-no-columns",
        "description": "data message with an XLSX whose columns mark each address ano/ne for "
        "production and test; the annotation only points to the sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Sázava, spol. s r.o.",
            I28,
            "s4kd8ub",
            ["192.0.2.110", "192.0.2.112"],
            ["192.0.2.111"],
            "Zuzana Kroupová",
            "kroupova@radiosazava.example",
            "+420317725064",
        ),
        "subject": "Žádost o přístup k XML s výsledky voleb – údaje v tabulce v příloze",
        "databox": {
            "box": "s4kd8ub",
            "sender": "Rádio Sázava, spol. s r.o.",
            "address": "Nádražní 211, 256 01 Benešov",
        },
        "attachments": [
            (
                "xlsx",
                "radio_sazava_IP.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", f"Rádio Sázava, spol. s r.o., IČO {I28}"],
                            [],
                            ["IP adresa", "produkční", "testovací"],
                            ["192.0.2.110", "ano", "ne"],
                            ["192.0.2.111", "ne", "ano"],
                            ["192.0.2.112", "ano", "ne"],
                            [],
                            ["Kontakt", "Zuzana Kroupová", "317 725 064"],
                            ["E-mail", "kroupova@radiosazava.example"],
                        ],
                    }
                ],
            )
        ],
    },
]
