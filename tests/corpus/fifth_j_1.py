"""Fifth-round held-out cases j001–j014: applications carried by their attachments (forms with
tick boxes, letterheads, spreadsheets, column layouts) and data-box messages. Written by hand
apart from the extraction rules; labelled by tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_PODBRDSKO = ico("2784519")
ICO_LOMNICKY = ico("0571302")
ICO_TELEMETRIX = ico("2906148")
ICO_ZPRAVY_JIH = ico("4417720")
ICO_VYCHOD = ico("2560093")
ICO_FILMFAK = ico("6138842")
ICO_SLOUPCE = ico("0473921")
ICO_DUNAJ = ico("3578102")
ICO_KRAJINA = ico("2451876")
ICO_HORNIK = ico("1906354")
ICO_VLNA = ico("2811460")
ICO_SOKOL = ico("0865217")


def spaced(number: str) -> str:
    """An IČO written the way many letterheads print it: 123 45 678."""
    return f"{number[:3]} {number[3:5]} {number[5:]}"


J001: dict[str, Any] = {
    "id": "j001-docx-form-cover-says-nothing",
    "description": "cover e-mail only says the form is attached; DOCX form with ☒/☐ boxes and an "
    "address table whose columns are production and test",
    "style": "attachment",
    "from": "Hana Šímová <simova@radiopodbrdsko.example>",
    "subject": "Žádost",
    "body": "Dobrý den,\n\nv příloze posílám vyplněný formulář.\n\nDěkuji\nHana Šímová\n",
    "attachments": [
        (
            "docx",
            "formular_ZADOST_radio.docx",
            {
                "header": "Rádio Podbrdsko s.r.o. – Příbram",
                "blocks": [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                    {
                        "rows": [
                            ["Žadatel (název, právní forma)", "Rádio Podbrdsko s.r.o."],
                            ["IČO", ICO_PODBRDSKO],
                            ["Sídlo", "Pražská 118, 261 01 Příbram"],
                            ["Kontaktní osoba", "Ing. Radek Vojtíšek"],
                            ["E-mail", "vojtisek@radiopodbrdsko.example"],
                            ["Telefon", "+420 737 405 218"],
                        ]
                    },
                    "Předmět žádosti:",
                    "☒ přístup k XML datům výsledků voleb (vyhrazený server)",
                    "☐ povolení k pořizování záznamu na přebíracím místě",
                    {
                        "rows": [
                            ["", "Produkční prostředí", "Testovací prostředí"],
                            ["IP adresa 1", "198.51.100.41", "203.0.113.241"],
                            ["IP adresa 2", "198.51.100.42", ""],
                        ]
                    },
                    "V Příbrami dne 14. 9.        Razítko a podpis: Ing. Radek Vojtíšek, ředitel",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Rádio Podbrdsko s.r.o.",
        ICO_PODBRDSKO,
        None,
        ["198.51.100.41", "198.51.100.42"],
        ["203.0.113.241"],
        "Radek Vojtíšek",
        "vojtisek@radiopodbrdsko.example",
        "+420737405218",
    ),
}

J002: dict[str, Any] = {
    "id": "j002-pdf-letterhead-many-identifiers",
    "description": "PDF letter on a letterhead with IČO, DIČ, court register, bank account and "
    "the periodical's MK ČR number; the addressee block prints the office's IČO",
    "style": "attachment",
    "from": "sekretariat@lomnickylist.example",
    "subject": "Lomnický list – žádost o registraci k volebním datům",
    "body": (
        "Vážení,\n\nzasíláme naši žádost ve formátu PDF (podepsáno ředitelem). "
        "Kontaktní osobou pro žádost je pan Kučera, jeho spojení je uvedeno v dopise.\n\n"
        "Sekretariát vydavatelství\n"
    ),
    "attachments": [
        (
            "pdf",
            "zadost_LL.pdf",
            [
                "LOMNICKÝ LIST — regionální týdeník | registrace MK ČR E 10482",
                "Vydavatel: Vydavatelství Lomnice, spol. s r.o., Husova 27, 512 51 Lomnice nad "
                f"Popelkou | IČ: {ICO_LOMNICKY} | DIČ: CZ{ICO_LOMNICKY} | "
                "spisová značka C 4471 vedená u Krajského soudu v Hradci Králové | "
                "č. ú. 2100458712/2010",
                "Český statistický úřad<br/>Na padesátém 81<br/>100 82 Praha 10<br/>IČO 00025593",
                "Věc: žádost o přidělení přístupu k datovému rozhraní s výsledky voleb",
                "Vážené dámy, vážení pánové, naše vydavatelství by rádo během volebního večera "
                "odebíralo průběžné výsledky přímo z vašeho serveru. Naše webová redakce bude "
                "výsledky stahovat ze dvou strojů: 198.51.100.130 (hlavní) a 198.51.100.131 "
                "(záložní). Zkušební stahování před volbami poběží z adresy 192.0.2.77.",
                "Kontaktní osoba pro tuto žádost: Jiří Kučera, správce sítě, "
                "kucera@lomnickylist.example, mobil 604 117 392.",
                "S pozdravem<br/>Mgr. Ondřej Hasala<br/>ředitel vydavatelství",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Vydavatelství Lomnice, spol. s r.o.",
        ICO_LOMNICKY,
        None,
        ["198.51.100.130", "198.51.100.131"],
        ["192.0.2.77"],
        "Jiří Kučera",
        "kucera@lomnickylist.example",
        "+420604117392",
    ),
}

J003: dict[str, Any] = {
    "id": "j003-xlsx-address-list-with-purpose-column",
    "description": "Outlook cover gives the contact; the addresses are only in an XLSX sheet "
    "whose column 'Účel' says produkce / záloha / test",
    "style": "outlook",
    "charset": "windows-1250",
    "from": "Lukáš Drábek <l.drabek@telemetrix.example>",
    "subject": "Telemetrix – IP adresy pro volební data",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": (
        "Dobrý den,\r\n\r\nna základě telefonické domluvy Vám zasílám žádost o zpřístupnění "
        "XML s výsledky voleb pro naši agenturu Telemetrix a.s., IČ "
        f"{ICO_TELEMETRIX}. Seznam adres, ze kterých se budeme připojovat, je v přiložené "
        "tabulce.\r\n\r\nS pozdravem\r\nLukáš Drábek\r\nvedoucí IT provozu\r\nTelemetrix a.s.\r\n"
        "tel.: 725 309 881\r\n"
    ),
    "html": (
        '<html><body><div class="WordSection1"><p class="MsoNormal">Dobrý den,</p>'
        '<p class="MsoNormal">na základě telefonické domluvy Vám zasílám žádost o zpřístupnění '
        "XML s výsledky voleb pro naši agenturu Telemetrix a.s., IČ "
        f"{ICO_TELEMETRIX}. Seznam adres, ze kterých se budeme připojovat, je v přiložené "
        'tabulce.</p><p class="MsoNormal">S pozdravem<br>Lukáš Drábek<br>vedoucí IT provozu'
        "<br>Telemetrix a.s.<br>tel.: 725 309 881</p></div></body></html>"
    ),
    "attachments": [
        (
            "xlsx",
            "adresy_telemetrix.xlsx",
            [
                {
                    "title": "Adresy",
                    "rows": [
                        ["IP adresa", "Účel", "Poznámka"],
                        ["203.0.113.18", "produkce", "DC Praha"],
                        ["203.0.113.19", "test", "staging"],
                        ["198.51.100.218", "záloha", "DC Brno"],
                        ["203.0.113.20", "test", ""],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        FEED,
        "Telemetrix a.s.",
        ICO_TELEMETRIX,
        None,
        ["203.0.113.18", "198.51.100.218"],
        ["203.0.113.19", "203.0.113.20"],
        "Lukáš Drábek",
        "l.drabek@telemetrix.example",
        "+420725309881",
    ),
}

J004: dict[str, Any] = {
    "id": "j004-databox-pdf-only-office-box-printed",
    "description": "data message whose annotation is only a title; the PDF letter carries "
    "everything and prints the office's data-box ID in the address block",
    "style": "databox-message",
    "databox": {
        "box": "k7m2xqe",
        "sender": "Zprávy Jihu a.s.",
        "address": "Lannova 14, 370 01 České Budějovice",
    },
    "subject": "Žádost - volby",
    "attachments": [
        (
            "pdf",
            "Zadost_CSU.pdf",
            [
                "Zprávy Jihu a.s.<br/>Lannova 14, 370 01 České Budějovice<br/>"
                f"IČO: {ICO_ZPRAVY_JIH}",
                "Adresát: Český statistický úřad, ID datové schránky: 2gfaasy",
                "Žádost o přístup k výsledkům voleb ve formátu XML",
                "Žádáme o zařazení mezi odběratele výsledků. Odběr bude probíhat z produkčních "
                "IP adres 192.0.2.150, 192.0.2.151 a 192.0.2.152. Testovat budeme z adresy "
                "192.0.2.160.",
                "Kontaktní osoba: Veronika Mácová, digitální redakce, "
                "veronika.macova@zpravyjihu.example, +420 389 100 245.",
                "Bc. Tomáš Rybář, předseda představenstva",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Zprávy Jihu a.s.",
        ICO_ZPRAVY_JIH,
        "k7m2xqe",
        ["192.0.2.150", "192.0.2.151", "192.0.2.152"],
        ["192.0.2.160"],
        "Veronika Mácová",
        "veronika.macova@zpravyjihu.example",
        "+420389100245",
    ),
}

J005: dict[str, Any] = {
    "id": "j005-databox-annotation-only",
    "description": "the whole application fits into the data message's annotation; a short "
    "text file only repeats the sender's name",
    "style": "databox-message",
    "databox": {"box": "p3vnt8d", "sender": "Východočeský kurýr s.r.o.", "address": "Pardubice"},
    "subject": (
        "Zadost o pristup k XML vysledkum voleb: prod. IP 198.51.100.5, test 198.51.100.6; "
        "kontakt Milan Zedník, zednik@vykuryr.example, 776 541 003"
    ),
    "attachments": [("txt", "pruvodka.txt", "Východočeský kurýr s.r.o.\nredakce zpravodajství\n")],
    "labels": L(
        FEED,
        "Východočeský kurýr s.r.o.",
        None,
        "p3vnt8d",
        ["198.51.100.5"],
        ["198.51.100.6"],
        "Milan Zedník",
        "zednik@vykuryr.example",
        "+420776541003",
    ),
}

J006: dict[str, Any] = {
    "id": "j006-cover-corrects-attached-form",
    "description": "the signed form in the attachment has a typo in the production address; the "
    "cover e-mail points it out and gives the right one",
    "style": "correction",
    "from": "Petra Kolářová <kolarova@vychodnoviny.example>",
    "subject": "Formulář k volebním datům + oprava",
    "body": (
        "Dobrý den,\n\nposílám naskenovaný a podepsaný formulář. Bohužel jsem si až po "
        "podpisu všimla, že v produkční adrese jsou přehozené číslice – ve formuláři je "
        "203.0.113.54, správně má být 203.0.113.45. Ostatní údaje platí.\n\n"
        "Petra Kolářová\nVýchodní noviny, s.r.o.\n"
    ),
    "attachments": [
        (
            "docx",
            "formular_podepsany.docx",
            {
                "blocks": [
                    "Formulář – registrace médií pro přístup k výsledkům",
                    {
                        "rows": [
                            ["Název organizace", "Východní noviny, s.r.o."],
                            ["IČ", ICO_VYCHOD],
                            ["Odpovědná osoba", "Petra Kolářová"],
                            ["E-mail", "kolarova@vychodnoviny.example"],
                            ["Tel.", "495 220 871"],
                            ["Produkční IP", "203.0.113.54"],
                            ["Testovací IP", "203.0.113.46"],
                        ]
                    },
                    "[X] Přístup k datům      [ ] Natáčení na přebíracím místě",
                ]
            },
        )
    ],
    "labels": L(
        FEED,
        "Východní noviny, s.r.o.",
        ICO_VYCHOD,
        None,
        ["203.0.113.45"],
        ["203.0.113.46"],
        "Petra Kolářová",
        "kolarova@vychodnoviny.example",
        "+420495220871",
    ),
}

J007: dict[str, Any] = {
    "id": "j007-english-odt-foreign-broadcaster-ipv6",
    "description": "foreign broadcaster without IČO writes in English; ODT application with an "
    "IPv6 production address and an IPv4 one, no test address",
    "style": "english",
    "from": "Ingrid Solberg <ingrid.solberg@nordvik-tv.example>",
    "subject": "Application – election results data feed (Nordvik Kringkasting)",
    "body": (
        "Hello,\n\nplease find our application attached (OpenDocument). We cover the Czech "
        "elections for our Scandinavian audience and would like to pull the results directly.\n"
        "\nKind regards,\nIngrid Solberg\n"
    ),
    "attachments": [
        (
            "odt",
            "nordvik_application.odt",
            [
                "Nordvik Kringkasting AS",
                "Org. no. (Norway) 921 554 038",
                "Subject: access to the XML results feed",
                "We request access to the dedicated results server for the upcoming election.",
                [
                    ["Environment", "Address"],
                    ["Production", "2001:db8:4f1::20"],
                    ["Production", "198.18.44.10"],
                ],
                "We will not run a separate test system.",
                "Contact for this application: Ingrid Solberg, foreign desk, "
                "ingrid.solberg@nordvik-tv.example, +47 915 60 482",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Nordvik Kringkasting AS",
        None,
        None,
        ["2001:db8:4f1::20", "198.18.44.10"],
        [],
        "Ingrid Solberg",
        "ingrid.solberg@nordvik-tv.example",
        "+4791560482",
    ),
}

J008: dict[str, Any] = {
    "id": "j008-rtf-university-filming-only",
    "description": "a university's film faculty asks only to film at a collection point; RTF "
    "letter, no addresses",
    "style": "recording-permit",
    "from": "Studijní oddělení FAMU-Sever <studijni@filmfak.example>",
    "subject": "Povolení natáčení – studentský dokument",
    "body": "Dobrý den, žádost děkana fakulty je v příloze (RTF).\n",
    "attachments": [
        (
            "rtf",
            "zadost_natáčení.rtf",
            [
                "Severočeská filmová akademie, veřejná vysoká škola",
                f"IČO {ICO_FILMFAK}, Klíšská 981/5, 400 01 Ústí nad Labem",
                "Žádost o povolení pořizovat audiovizuální záznam na přebíracím místě",
                "Studenti druhého ročníku natáčejí dokument o průběhu voleb. Prosíme o "
                "povolení natáčet na přebíracím místě v Ústí nad Labem v noci po uzavření "
                "volebních místností, bez rozhovorů s pracovníky úřadu.",
                [["Vedoucí štábu", "MgA. Klára Brožová"], ["Kamera", "Daniel Fiala"]],
                "Kontaktní osoba: MgA. Klára Brožová, brozova@filmfak.example, "
                "tel. 00420 608 733 914",
                "prof. Jan Hejda, děkan",
            ],
        )
    ],
    "labels": L(
        FILM,
        "Severočeská filmová akademie, veřejná vysoká škola",
        ICO_FILMFAK,
        None,
        [],
        [],
        "Klára Brožová",
        "brozova@filmfak.example",
        "+420608733914",
    ),
}

J009: dict[str, Any] = {
    "id": "j009-pdf-two-column-layout-both-requests",
    "description": "scanned-like PDF laid out in two columns (applicant left, technical data "
    "right) with wrapped cells; both request types",
    "style": "attachment",
    "from": "redakce@sloupcezpravy.example",
    "subject": "zadost volby - Sloupce zpráv",
    "body": "Dobry den, zadost v priloze. Diky, redakce\n",
    "attachments": [
        (
            "pdf",
            "sken_zadost.pdf",
            [
                "ŽÁDOST MÉDIA – VOLBY",
                {
                    "rows": [
                        [
                            "Žadatel: Sloupce zpráv z.s.<br/>IČO: "
                            f"{spaced(ICO_SLOUPCE)}<br/>Kontakt: Martin Trnka<br/>"
                            "trnka@sloupcezpravy.example<br/>tel: +420 606 40 50 60",
                            "Žádáme o: (1) přístup k XML výsledkům, (2) povolení natáčet na "
                            "přebíracím místě v Jihlavě.<br/>Produkční IP: 198.51.100.180, "
                            "198.51.100.181<br/>Testovací IP: 198.51.100.190",
                        ]
                    ],
                    "widths": [150, 190],
                },
                "Podpis: Martin Trnka, předseda spolku",
            ],
        )
    ],
    "labels": L(
        BOTH,
        "Sloupce zpráv z.s.",
        ICO_SLOUPCE,
        None,
        ["198.51.100.180", "198.51.100.181"],
        ["198.51.100.190"],
        "Martin Trnka",
        "trnka@sloupcezpravy.example",
        "+420606405060",
    ),
}

J010: dict[str, Any] = {
    "id": "j010-slovak-docx-agency",
    "description": "Slovak press agency; DOCX in Slovak with production and test rows, phone "
    "with the Slovak prefix",
    "style": "slovak",
    "from": "Zuzana Hrušovská <hrusovska@tadunaj.example>",
    "subject": "Žiadosť o prístup k výsledkom volieb",
    "body": (
        "Dobrý deň,\n\nv prílohe Vám posielam žiadosť našej agentúry o prístup k XML "
        "výsledkom volieb. V prípade otázok ma neváhajte kontaktovať.\n\n"
        "S pozdravom\nZuzana Hrušovská\n"
    ),
    "attachments": [
        (
            "docx",
            "ziadost_TAD.docx",
            {
                "footer": "Tlačová agentúra Dunaj, a.s. | Mlynské nivy 12, 821 09 Bratislava",
                "blocks": [
                    "Žiadosť o pridelenie prístupu k výsledkom volieb",
                    f"Žiadateľ: Tlačová agentúra Dunaj, a.s., IČO {ICO_DUNAJ}",
                    {
                        "rows": [
                            ["Prostredie", "IP adresa"],
                            ["produkčné", "203.0.113.90"],
                            ["produkčné", "203.0.113.91"],
                            ["testovacie", "192.0.2.90"],
                        ]
                    },
                    "O povolenie na nakrúcanie nežiadame.",
                    "Kontaktná osoba: Zuzana Hrušovská, hrusovska@tadunaj.example, "
                    "+421 905 331 270",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Tlačová agentúra Dunaj, a.s.",
        ICO_DUNAJ,
        None,
        ["203.0.113.90", "203.0.113.91"],
        ["192.0.2.90"],
        "Zuzana Hrušovská",
        "hrusovska@tadunaj.example",
        "+421905331270",
    ),
}

J011: dict[str, Any] = {
    "id": "j011-docx-form-yes-no-columns",
    "description": "DOCX form with ANO/NE columns: data access ticked ANO, filming ticked NE",
    "style": "form-checkboxes",
    "from": "Adéla Horká <horka@krajinatv.example>",
    "subject": "Vyplněný formulář – Krajina TV",
    "body": "Dobrý den,\nzasílám vyplněný formulář pro volby.\nAdéla Horká, produkce\n",
    "attachments": [
        (
            "docx",
            "Krajina_TV_formular.docx",
            {
                "blocks": [
                    "Formulář žádosti pro sdělovací prostředky",
                    {
                        "rows": [
                            ["Žadatel", "Krajina TV, s.r.o."],
                            ["IČO", ICO_KRAJINA],
                            ["Kontaktní osoba", "Adéla Horká"],
                            ["Telefon", "731-552-190"],
                            ["E-mail", "horka@krajinatv.example"],
                        ]
                    },
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k XML výsledkům voleb", "☒", "☐"],
                            ["Natáčení na přebíracím místě", "☐", "☒"],
                        ]
                    },
                    {
                        "rows": [
                            ["Produkční adresa", "192.0.2.33"],
                            ["Testovací adresa", "192.0.2.34"],
                        ]
                    },
                ]
            },
        )
    ],
    "labels": L(
        FEED,
        "Krajina TV, s.r.o.",
        ICO_KRAJINA,
        None,
        ["192.0.2.33"],
        ["192.0.2.34"],
        "Adéla Horká",
        "horka@krajinatv.example",
        "+420731552190",
    ),
}

J012: dict[str, Any] = {
    "id": "j012-forward-own-with-new-contact",
    "description": "the applicant forwards its own earlier application (attached as a message) "
    "and names a new contact person; the addresses stay those of the original",
    "style": "forward-own",
    "from": "Robert Horník <hornik@hornickelisty.example>",
    "subject": "Fwd: Žádost o přístup k výsledkům voleb",
    "body": (
        "Dobrý den,\n\nnaši žádost z minulého týdne přikládám ještě jednou, zatím jsme nedostali "
        "potvrzení. Jedna změna: kontaktní osobou pro tuto žádost už nejsem já, ale náš "
        "technik Štěpán Malina, malina@hornickelisty.example, tel. 739 018 226.\n\n"
        "Robert Horník\n"
    ),
    "attachments": [
        (
            "eml",
            "puvodni_zadost.eml",
            {
                "id": "j012-inner",
                "from": "Robert Horník <hornik@hornickelisty.example>",
                "subject": "Žádost o přístup k výsledkům voleb",
                "body": (
                    "Dobrý den,\n\nHornické listy s.r.o. (IČO "
                    f"{ICO_HORNIK}) žádají o přístup k XML s výsledky voleb.\n"
                    "Produkční IP: 198.51.100.61, 198.51.100.62\nTestovací IP: 198.51.100.63\n\n"
                    "Kontakt: Robert Horník, 602 551 907\n"
                ),
            },
        )
    ],
    "labels": L(
        FEED,
        "Hornické listy s.r.o.",
        ICO_HORNIK,
        None,
        ["198.51.100.61", "198.51.100.62"],
        ["198.51.100.63"],
        "Štěpán Malina",
        "malina@hornickelisty.example",
        "+420739018226",
    ),
}

J013: dict[str, Any] = {
    "id": "j013-outlook-html-table-iso",
    "description": "Outlook HTML table with a row header per role; iso-8859-2; the plain part "
    "flattens the table",
    "style": "html-table",
    "charset": "iso-8859-2",
    "from": "Ivo Brázda <brazda@vlnaradio.example>",
    "subject": "Rádio Vlna – přístup k datům",
    "body": (
        "Dobrý den,\n\nžádáme o přístup k XML datům výsledků voleb.\n\n"
        "Produkční   198.18.7.1   198.18.7.2\nTestovací   198.18.7.100\n\n"
        f"Rádio Vlna, s.r.o., IČO {ICO_VLNA}\nIvo Brázda, technický ředitel, +420 608 123 456\n"
    ),
    "html": (
        "<html><body><p>Dobrý den,</p><p>žádáme o přístup k XML datům výsledků voleb.</p>"
        '<table border="1"><tr><th>Produkční</th><td>198.18.7.1</td><td>198.18.7.2</td></tr>'
        "<tr><th>Testovací</th><td>198.18.7.100</td><td></td></tr></table>"
        f"<p>Rádio Vlna, s.r.o., IČO {ICO_VLNA}<br>Ivo Brázda, technický ředitel, "
        "+420 608 123 456</p></body></html>"
    ),
    "labels": L(
        FEED,
        "Rádio Vlna, s.r.o.",
        ICO_VLNA,
        None,
        ["198.18.7.1", "198.18.7.2"],
        ["198.18.7.100"],
        "Ivo Brázda",
        "brazda@vlnaradio.example",
        "+420608123456",
    ),
}

J014: dict[str, Any] = {
    "id": "j014-pdf-form-range-and-cidr",
    "description": "PDF form with both boxes ticked; production as a written range, test as a "
    "/31 block",
    "style": "form-checkboxes",
    "from": "Sokol Media a.s. <it@sokolmedia.example>",
    "subject": "Volby – formulář Sokol Media",
    "body": "V příloze formulář. Za IT Sokol Media, Eva Pešková\n",
    "attachments": [
        (
            "pdf",
            "formular_sokol.pdf",
            [
                "Formulář žádosti – sdělovací prostředky",
                {
                    "rows": [
                        ["Žadatel", "Sokol Media a.s."],
                        ["IČO", ICO_SOKOL],
                        [
                            "Požaduji",
                            "☑ přístup k XML výsledkům<br/>☑ natáčení na přebíracím místě (Praha)",
                        ],
                        ["Produkční adresy", "203.0.113.10 – 203.0.113.12"],
                        ["Testovací adresy", "192.0.2.64/31"],
                        ["Kontakt", "Eva Pešková, it@sokolmedia.example, 777 020 413"],
                    ],
                    "widths": [120, 260],
                },
            ],
        )
    ],
    "labels": L(
        BOTH,
        "Sokol Media a.s.",
        ICO_SOKOL,
        None,
        ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
        ["192.0.2.64", "192.0.2.65"],
        "Eva Pešková",
        "it@sokolmedia.example",
        "+420777020413",
    ),
}

CASES = [J001, J002, J003, J004, J005, J006, J007, J008, J009, J010, J011, J012, J013, J014]
