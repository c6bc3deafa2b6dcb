"""Fifth-round held-out cases j015–j028: letterheads in DOCX headers, spreadsheets with merged
role cells, declined and withdrawn requests, netmasks, a municipal newsroom and a freelancer,
replies to the office and a data message whose annotation is the whole application. Written
by hand apart from the extraction rules; labelled by tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_HORACKO = ico("2693017")
ICO_DATAPRESS = ico("0582264")
ICO_POLABI = ico("2847130")
ICO_RHEIN = None
ICO_ZAPAD = ico("4729951")
ICO_METRO = ico("2630458")
ICO_STARE_MESTO = ico("0027340")
ICO_FIALA = ico("7511923")
ICO_BESKYDY = ico("2515774")
ICO_ONLINE = ico("0811936")
ICO_DENIK_SEVER = ico("2744861")
ICO_STRED = ico("2418605")
ICO_KAMZIK = ico("0694217")

J015: dict[str, Any] = {
    "id": "j015-databox-docx-letterhead-in-header",
    "description": "data message with a DOCX letter whose page header carries the publisher's "
    "IČO and data-box ID and whose footer carries bank details",
    "style": "databox-message",
    "databox": {
        "box": "h4qw9zm",
        "sender": "Vydavatelství Horácko s.r.o.",
        "address": "Masarykovo nám. 3, 586 01 Jihlava",
    },
    "subject": "Žádost o přístup k XML výsledkům voleb – Horácké noviny",
    "attachments": [
        (
            "docx",
            "Horacke_noviny_zadost.docx",
            {
                "header": f"Vydavatelství Horácko s.r.o. · IČO {ICO_HORACKO} · ID DS h4qw9zm",
                "footer": "Bankovní spojení: 1002003004/0800 · www.horackenoviny.example",
                "blocks": [
                    "Český statistický úřad, Na padesátém 81, Praha 10",
                    "Věc: Horácké noviny – přístup k výsledkům voleb",
                    "Dobrý den, vydavatelství Horáckých novin žádá o přístup k datovému "
                    "rozhraní s výsledky voleb. Data budeme přebírat na serveru "
                    "198.51.100.240; pro odzkoušení spojení prosíme povolit také "
                    "198.51.100.241.",
                    "Kontakt: Jaroslav Doležal, šéfredaktor, dolezal@horackenoviny.example, "
                    "tel. +420 567 300 118",
                    "Jaroslav Doležal",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Vydavatelství Horácko s.r.o.",
        ICO_HORACKO,
        "h4qw9zm",
        ["198.51.100.240"],
        ["198.51.100.241"],
        "Jaroslav Doležal",
        "dolezal@horackenoviny.example",
        "+420567300118",
    ),
}

J016: dict[str, Any] = {
    "id": "j016-xlsx-two-sheets-merged-role",
    "description": "XLSX with an applicant sheet and an address sheet whose role cell is merged "
    "over several rows; terse cover",
    "style": "attachment",
    "from": "noc@datapress.example",
    "subject": "IP whitelist - DataPress",
    "body": "zdravim, posilam xlsx se zadosti a adresami. NOC DataPress\n",
    "cte": "7bit",
    "charset": "us-ascii",
    "attachments": [
        (
            "xlsx",
            "DataPress_volby.xlsx",
            [
                {
                    "title": "Žadatel",
                    "rows": [
                        ["Organizace", "DataPress, s.r.o."],
                        ["IČO", ICO_DATAPRESS],
                        ["Požadujeme", "přístup k XML výsledkům voleb"],
                        ["Kontaktní osoba", "Vojtěch Šafránek"],
                        ["E-mail", "safranek@datapress.example"],
                        ["Telefon", "+420 720 884 615"],
                    ],
                },
                {
                    "title": "IP",
                    "rows": [
                        ["Role", "Adresa"],
                        ["Produkce", "203.0.113.161"],
                        [None, "203.0.113.162"],
                        [None, "203.0.113.163"],
                        ["Test", "203.0.113.170"],
                    ],
                    "merge": ["A2:A4"],
                },
            ],
        )
    ],
    "labels": L(
        FEED,
        "DataPress, s.r.o.",
        ICO_DATAPRESS,
        None,
        ["203.0.113.161", "203.0.113.162", "203.0.113.163"],
        ["203.0.113.170"],
        "Vojtěch Šafránek",
        "safranek@datapress.example",
        "+420720884615",
    ),
}

J017: dict[str, Any] = {
    "id": "j017-gmail-cover-pdf-form-other-contact",
    "description": "Gmail cover from an assistant that says nothing; the PDF form names a "
    "different contact person, who is the contact",
    "style": "gmail",
    "from": "Jana Vlková <jana.vlkova.polabi@gmail.example>",
    "subject": "podklady",
    "body": "Dobrý den,\nposílám podklady, jak jsme se domlouvali.\nS pozdravem\nJana\n",
    "html": (
        '<div dir="ltr">Dobrý den,<div>posílám podklady, jak jsme se domlouvali.</div>'
        "<div>S pozdravem</div><div>Jana</div></div>"
    ),
    "attachments": [
        (
            "pdf",
            "Polabske_listy_formular.pdf",
            [
                "Žádost o přístup k výsledkům voleb",
                {
                    "rows": [
                        ["Název žadatele", "Polabské listy, a.s."],
                        ["IČO", ICO_POLABI],
                        ["Kontaktní osoba", "Ing. Tomáš Bureš"],
                        ["E-mail kontaktní osoby", "tomas.bures@polabskelisty.example"],
                        ["Telefon", "(+420) 466 531 207"],
                        ["IP adresy – produkce", "192.0.2.201, 192.0.2.202"],
                        ["IP adresy – test", "—"],
                    ],
                    "widths": [150, 250],
                },
            ],
        )
    ],
    "labels": L(
        FEED,
        "Polabské listy, a.s.",
        ICO_POLABI,
        None,
        ["192.0.2.201", "192.0.2.202"],
        [],
        "Tomáš Bureš",
        "tomas.bures@polabskelisty.example",
        "+420466531207",
    ),
}

J018: dict[str, Any] = {
    "id": "j018-english-german-agency-pdf-ipv6-test",
    "description": "German news agency in English; PDF letter with a CIDR production block and "
    "an IPv6 test address",
    "style": "english",
    "from": "Markus Brenner <m.brenner@rna-nachrichten.example>",
    "subject": "Rheinische Nachrichtenagentur – results feed application",
    "body": (
        "Dear Sir or Madam,\n\nattached is our formal request for access to the results feed. "
        "I am the person to talk to about it.\n\nBest regards\nMarkus Brenner\n"
        "Head of Data Desk\nPhone +49 221 4471 3302\n"
    ),
    "attachments": [
        (
            "pdf",
            "RNA_request.pdf",
            [
                "Rheinische Nachrichtenagentur GmbH · Hohenzollernring 40 · 50672 Köln · "
                "HRB 88213 Amtsgericht Köln · USt-IdNr. DE 318 445 920",
                "Request for access to the election results XML service",
                "Our data desk will collect the results from the network 198.51.100.72/30 "
                "(production). For tests before election day please whitelist "
                "2001:db8:aa::5 as well.",
                "We do not intend to film at your premises.",
                "Markus Brenner, Head of Data Desk",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Rheinische Nachrichtenagentur GmbH",
        ICO_RHEIN,
        None,
        ["198.51.100.72", "198.51.100.73", "198.51.100.74", "198.51.100.75"],
        ["2001:db8:aa::5"],
        "Markus Brenner",
        "m.brenner@rna-nachrichten.example",
        "+4922144713302",
    ),
}

J019: dict[str, Any] = {
    "id": "j019-docx-filming-explicitly-declined",
    "description": "DOCX letter that asks for data access and says in so many words that it "
    "does not ask for filming",
    "style": "attachment",
    "from": "Redakce Západ <redakce@zapadnidenik.example>",
    "subject": "Západní deník – žádost",
    "body": "Dobrý den, zasíláme žádost. S pozdravem redakce Západního deníku\n",
    "attachments": [
        (
            "docx",
            "zadost_ZD.docx",
            {
                "blocks": [
                    f"Západní deník s.r.o., Americká 8, 301 00 Plzeň, IČO {ICO_ZAPAD}",
                    "Žádáme o zpřístupnění XML dat s průběžnými výsledky voleb. "
                    "O povolení natáčet na přebíracích místech nežádáme – štáb letos "
                    "nevysíláme.",
                    "Produkční IP adresa: 192.0.2.121",
                    "Testovací IP adresa: 192.0.2.122",
                    "Vyřizuje: Bc. Lenka Marková, markova@zapadnidenik.example, tel.: 377 215 964",
                ]
            },
        )
    ],
    "labels": L(
        FEED,
        "Západní deník s.r.o.",
        ICO_ZAPAD,
        None,
        ["192.0.2.121"],
        ["192.0.2.122"],
        "Lenka Marková",
        "markova@zapadnidenik.example",
        "+420377215964",
    ),
}

J020: dict[str, Any] = {
    "id": "j020-cover-withdraws-filming-from-attachment",
    "description": "the attached ODT asks for both; the cover e-mail, written later, withdraws "
    "the filming request",
    "style": "correction",
    "from": "Filip Černohorský <cernohorsky@metroradio.example>",
    "subject": "RE: žádost Metro Rádio – aktualizace",
    "body": (
        "Dobrý den,\n\nv příloze je naše žádost, jak ji schválilo vedení. Mezitím se ale "
        "změnila situace – natáčení na přebíracím místě prosím neřešte, kameraman nebude k "
        "dispozici a tuto část žádosti tímto bereme zpět. Přístup k datům potřebujeme dál "
        "podle přílohy.\n\nFilip Černohorský\nMetro Rádio s.r.o.\n"
    ),
    "attachments": [
        (
            "odt",
            "zadost_metro.odt",
            [
                f"Metro Rádio s.r.o., IČO: {ICO_METRO}",
                "Žádáme o: 1) přístup k výsledkům voleb ve formátu XML; 2) povolení pořídit "
                "videozáznam na přebíracím místě v Praze.",
                [
                    ["Produkční IP", "203.0.113.121"],
                    ["Testovací IP", "203.0.113.122"],
                ],
                "Kontaktní osoba: Filip Černohorský, cernohorsky@metroradio.example, "
                "mobil 775 401 662",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Metro Rádio s.r.o.",
        ICO_METRO,
        None,
        ["203.0.113.121"],
        ["203.0.113.122"],
        "Filip Černohorský",
        "cernohorsky@metroradio.example",
        "+420775401662",
    ),
}

J021: dict[str, Any] = {
    "id": "j021-odt-netmask-block",
    "description": "ODT with a production address followed by its netmask (a block of four) and "
    "a single test address written as /32",
    "style": "look-alikes",
    "from": "Oldřich Bartoš <bartos@beskydskyonline.example>",
    "subject": "Přístup k XML výsledkům – Beskydský online",
    "body": "Dobrý den,\nžádost v příloze (ODT). Oldřich Bartoš, správce serveru\n",
    "attachments": [
        (
            "odt",
            "beskydy_zadost.odt",
            [
                "Beskydský online, z.ú.",
                f"IČ {ICO_BESKYDY}",
                "Žádost o přístup k výsledkům voleb ve formátu XML (schéma verze 1.2.3).",
                [
                    ["Produkce", "198.51.100.64 maska 255.255.255.252"],
                    ["Test", "203.0.113.200/32"],
                ],
                "Kontakt: Oldřich Bartoš, bartos@beskydskyonline.example, 558 441 230",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Beskydský online, z.ú.",
        ICO_BESKYDY,
        None,
        ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
        ["203.0.113.200"],
        "Oldřich Bartoš",
        "bartos@beskydskyonline.example",
        "+420558441230",
    ),
}

J022: dict[str, Any] = {
    "id": "j022-databox-town-newsletter",
    "description": "a town (public authority box) applies for its newsletter's web newsroom; "
    "DOCX letter with the town's IČO and the office's address",
    "style": "databox-message",
    "databox": {
        "box": "b8rk2sn",
        "sender": "Město Staré Město pod Sněžníkem",
        "address": "nám. Osvobození 18, 788 32 Staré Město",
        "type": 10,
        "ref": "MUSM/1184/OKT",
    },
    "subject": "Žádost o přístup k výsledkům voleb (Staroměstský zpravodaj)",
    "attachments": [
        (
            "docx",
            "zadost_zpravodaj.docx",
            {
                "blocks": [
                    "Město Staré Město pod Sněžníkem",
                    f"IČO: {ICO_STARE_MESTO}",
                    "Č. j.: MUSM/1184/OKT",
                    "Město vydává Staroměstský zpravodaj a na svém webu zveřejňuje výsledky "
                    "voleb v obci. Žádáme proto o přístup k XML datům z produkční adresy "
                    "192.0.2.18. Testovací adresu nemáme.",
                    "Kontaktní osoba: Michaela Kubátová, odbor kanceláře tajemníka, "
                    "kubatova@staremesto-mu.example, 583 280 115",
                    "Ing. Pavel Otava, starosta",
                ]
            },
        )
    ],
    "labels": L(
        FEED,
        "Město Staré Město pod Sněžníkem",
        ICO_STARE_MESTO,
        "b8rk2sn",
        ["192.0.2.18"],
        [],
        "Michaela Kubátová",
        "kubatova@staremesto-mu.example",
        "+420583280115",
    ),
}

J023: dict[str, Any] = {
    "id": "j023-freelancer-pdf-filming",
    "description": "a freelance photographer with a trade licence asks to shoot at a collection "
    "point; PDF letter, own name as the applicant",
    "style": "recording-permit",
    "from": "Pavel Fiala <foto@pavelfiala.example>",
    "subject": "žádost o povolení fotografovat/natáčet",
    "body": (
        "Dobrý den,\n\nposílám žádost jako PDF. Pracuji na volné noze pro několik "
        "regionálních redakcí.\n\nPavel Fiala\n"
    ),
    "attachments": [
        (
            "pdf",
            "Fiala_zadost.pdf",
            [
                f"Pavel Fiala – fotograf, IČ {ICO_FIALA}, Lidická 40, 602 00 Brno",
                "Žádám o povolení pořizovat fotografie a krátké videozáznamy na přebíracím "
                "místě v Brně během sčítání hlasů. Přístup k datům nepotřebuji.",
                "Telefon 603 218 447, e-mail foto@pavelfiala.example",
                "Pavel Fiala",
            ],
        )
    ],
    "labels": L(
        FILM,
        "Pavel Fiala",
        ICO_FIALA,
        None,
        [],
        [],
        "Pavel Fiala",
        "foto@pavelfiala.example",
        "+420603218447",
    ),
}

J024: dict[str, Any] = {
    "id": "j024-ascii-cover-rtf-table",
    "description": "cover written without diacritics; RTF with a table listing both roles in "
    "one column separated by role labels",
    "style": "attachment",
    "from": "Ales Kriz <kriz@mojeonline.example>",
    "subject": "zadost o pristup k datum",
    "charset": "us-ascii",
    "cte": "7bit",
    "body": (
        "Dobry den,\nzasilam zadost v RTF. Pripadne dotazy na mne.\nAles Kriz, tel. 734 902 115\n"
    ),
    "attachments": [
        (
            "rtf",
            "zadost.rtf",
            [
                f"Moje Online s.r.o., IČO {ICO_ONLINE}",
                "Žádost o přístup k výsledkům voleb (XML)",
                [
                    ["Údaj", "Hodnota"],
                    ["Produkční IP", "198.18.20.5\n198.18.20.6"],
                    ["Testovací IP", "198.18.21.5"],
                    ["Kontakt", "Aleš Kříž, kriz@mojeonline.example"],
                ],
            ],
        )
    ],
    "labels": L(
        FEED,
        "Moje Online s.r.o.",
        ICO_ONLINE,
        None,
        ["198.18.20.5", "198.18.20.6"],
        ["198.18.21.5"],
        "Aleš Kříž",
        "kriz@mojeonline.example",
        "+420734902115",
    ),
}

J025: dict[str, Any] = {
    "id": "j025-smime-signed-xlsx",
    "description": "S/MIME-signed e-mail with a one-sheet XLSX where each address row says its "
    "role in words; the body only names the applicant",
    "style": "signature-block",
    "smime": True,
    "from": "Denik Sever a.s. <sekretariat@deniksever.example>",
    "subject": "Elektronicky podepsaná žádost – Deník Sever",
    "body": (
        "Dobrý den,\n\nelektronicky podepsanou žádost o přístup k výsledkům voleb zasílá "
        "Deník Sever a.s. Adresy jsou v přiložené tabulce.\n\n"
        "Mgr. Irena Sýkorová\nasistentka generálního ředitele\nDeník Sever a.s.\n"
        f"IČO {ICO_DENIK_SEVER}\nTel. +420 475 210 300 (ústředna)\n"
        "Kontaktní osobou pro tuto žádost je Jakub Pospíšil (vedoucí IT), "
        "pospisil@deniksever.example, +420 724 118 903\n"
    ),
    "attachments": [
        (
            "xlsx",
            "IP_Denik_Sever.xlsx",
            [
                {
                    "title": "List1",
                    "rows": [
                        ["Adresa", "Použití"],
                        ["192.0.2.140", "ostrý provoz"],
                        ["192.0.2.141", "ostrý provoz (záložní)"],
                        ["192.0.2.145", "testování"],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        FEED,
        "Deník Sever a.s.",
        ICO_DENIK_SEVER,
        None,
        ["192.0.2.140", "192.0.2.141"],
        ["192.0.2.145"],
        "Jakub Pospíšil",
        "pospisil@deniksever.example",
        "+420724118903",
    ),
}

J026: dict[str, Any] = {
    "id": "j026-reply-to-office-with-corrected-form",
    "description": "reply to the office's request for a missing test address; the quoted office "
    "text carries the office's IČO, phone and e-mail; the corrected ODT form is attached",
    "style": "reply-quoting-office",
    "from": "Richard Stránský <stransky@stredoceskytyden.example>",
    "subject": "Re: Doplnění žádosti – chybí testovací adresa",
    "body": (
        "Dobrý den,\n\ndoplněný formulář posílám v příloze, testovací adresa je tam nově "
        "uvedena.\n\nRichard Stránský\n\n"
        "Dne 12. 9. napsal(a) podatelna@czso.cz:\n"
        "> Dobrý den,\n> ve Vaší žádosti chybí testovací IP adresa. Prosíme o doplnění.\n"
        "> Český statistický úřad, IČO 00025593\n> tel. +420 274 052 733\n"
    ),
    "attachments": [
        (
            "odt",
            "formular_doplneny.odt",
            [
                "Žádost o přístup k výsledkům voleb – doplněná verze",
                [
                    ["Žadatel", "Středočeský týden, s.r.o."],
                    ["IČO", ICO_STRED],
                    ["Produkční IP", "203.0.113.70"],
                    ["Testovací IP", "203.0.113.71"],
                    ["Kontaktní osoba", "Richard Stránský"],
                    ["E-mail", "stransky@stredoceskytyden.example"],
                    ["Telefon", "+420 321 772 409"],
                ],
            ],
        )
    ],
    "labels": L(
        FEED,
        "Středočeský týden, s.r.o.",
        ICO_STRED,
        None,
        ["203.0.113.70"],
        ["203.0.113.71"],
        "Richard Stránský",
        "stransky@stredoceskytyden.example",
        "+420321772409",
    ),
}

J027: dict[str, Any] = {
    "id": "j027-docx-nested-address-table",
    "description": "DOCX form whose 'IP adresy' cell holds a nested table with production and "
    "test rows",
    "style": "form-checkboxes",
    "from": "Rádio Kamzík <studio@radiokamzik.example>",
    "subject": "Formulář – Rádio Kamzík",
    "body": "Dobrý den, vyplněný formulář přikládáme. Studio Rádia Kamzík\n",
    "attachments": [
        (
            "docx",
            "kamzik_formular.docx",
            {
                "blocks": [
                    "ŽÁDOST – SDĚLOVACÍ PROSTŘEDKY",
                    {
                        "rows": [
                            ["Žadatel", "Rádio Kamzík, spol. s r.o."],
                            ["IČO", ICO_KAMZIK],
                            ["Žádám o", "[x] přístup k výsledkům (XML)\n[ ] natáčení"],
                            ["IP adresy", ""],
                            ["Kontakt", "Bohumil Zajíc, zajic@radiokamzik.example, 606 771 382"],
                        ],
                        "nested": {
                            (3, 1): {
                                "rows": [
                                    ["produkční", "192.0.2.221"],
                                    ["produkční", "192.0.2.222"],
                                    ["testovací", "192.0.2.229"],
                                ]
                            }
                        },
                    },
                ]
            },
        )
    ],
    "labels": L(
        FEED,
        "Rádio Kamzík, spol. s r.o.",
        ICO_KAMZIK,
        None,
        ["192.0.2.221", "192.0.2.222"],
        ["192.0.2.229"],
        "Bohumil Zajíc",
        "zajic@radiokamzik.example",
        "+420606771382",
    ),
}

J028: dict[str, Any] = {
    "id": "j028-databox-annotation-both-requests",
    "description": "the application is only the data message's annotation, asking for both "
    "data access and filming; no e-mail given",
    "style": "databox-message",
    "databox": {"box": "t6yh3cv", "sender": "Televize Haná a.s.", "address": "Olomouc"},
    "subject": (
        "Žádáme o XML výsledky (IP 198.51.100.99) a povolení natáčet na přebír. místě "
        "Olomouc. Kontakt Pavel Novák, 602 111 290"
    ),
    "attachments": [
        ("txt", "zadost.txt", "Žádost viz anotace datové zprávy.\nTelevize Haná a.s.\n")
    ],
    "labels": L(
        BOTH,
        "Televize Haná a.s.",
        None,
        "t6yh3cv",
        ["198.51.100.99"],
        [],
        "Pavel Novák",
        None,
        "+420602111290",
    ),
}

CASES = [J015, J016, J017, J018, J019, J020, J021, J022, J023, J024, J025, J026, J027, J028]
