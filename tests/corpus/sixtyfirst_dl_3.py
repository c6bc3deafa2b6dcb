"""Sixty-first held-out part ``dl``, cases dl029–dl042: an RTF form with ☑/☐ in a data message,
a Polish letter, an XLSX with ANO/NE columns, a data message with a letter and a CSV, a short
iPhone note with a full DOCX letter, a Hungarian workbook, a parent company's box sending for
its subsidiary, a corrected workbook replacing a test address, a data message whose annotation
carries the addresses, an inline forward with an ODS, an English freelancer filming only, a
two-sheet workbook, a reply withdrawing filming and a data message ticking NE for filming.
Written by hand apart from the extraction rules (see make_sixtyfirst_dl); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtyfirst_dl_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    c,
    ico,
)

C1, C2, C3, C4, C5 = ico("2720519"), ico("0651837"), ico("2938264"), ico("2605793"), ico("0418527")
C6, C7, C8, C9, C10 = ico("2841306"), ico("2976150"), ico("0583492"), ico("2762938"), ico("2615074")

CASES: list[dict[str, Any]] = [
    c(
        "dl029-databox-rtf-ballot-boxes",
        "data message with an RTF form using ☑ and ☐ glyphs: feed ☑, filming ☐; the test row "
        "says 'testujeme z produkce'",
        Style.DATABOX,
        L(
            [FEED],
            "Prostějovský týden s.r.o.",
            C1,
            "pt2ty5b",
            ["198.51.100.171", "198.51.100.172"],
            [],
            "Hana Zedníková",
            "zednikova@prostejovskytyden.example",
            "+420582333016",
        ),
        databox=box(
            "pt2ty5b", "Prostějovský týden s.r.o.", "nám. T. G. Masaryka 8, 796 01 Prostějov"
        ),
        subject="Žádost o přístup k výsledkům voleb",
        attachments=[
            (
                "rtf",
                "PT_zadost.rtf",
                [
                    "Prostějovský týden s.r.o. – IČO " + C1,
                    "☑ přístup k XML výsledkům\n☐ povolení natáčení",
                    [
                        ["Produkční adresy", "198.51.100.171, 198.51.100.172"],
                        ["Testovací adresy", "testujeme z produkce"],
                        ["Kontaktní osoba", "Hana Zedníková"],
                        ["E-mail", "zednikova@prostejovskytyden.example"],
                        ["Telefon", "582 333 016"],
                    ],
                ],
            )
        ],
    ),
    c(
        "dl030-polish-pdf-letter",
        "Polish letter PDF of a Polish publisher (no Czech IČO), the contact's Polish mobile; "
        "production addresses in a list, test in a sentence",
        Style.LETTER,
        L(
            [FEED],
            "Wydawnictwo Beskidzkie Sp. z o.o.",
            None,
            None,
            ["192.0.2.185", "192.0.2.186"],
            ["192.0.2.190"],
            "Agnieszka Wróbel",
            "a.wrobel@beskidzkie.example",
            "+48601234907",
        ),
        sender="Agnieszka Wróbel <a.wrobel@beskidzkie.example>",
        subject="Wniosek o dostęp do wyników wyborów (XML)",
        headers=GMAIL,
        body="Dzień dobry,\n\nw załączeniu przesyłam wniosek.\n\nZ poważaniem\nAgnieszka Wróbel\n",
        attachments=[
            (
                "di-pdf",
                "wniosek_CSU.pdf",
                {
                    "header": "Wydawnictwo Beskidzkie Sp. z o.o.\nul. Wyzwolenia 14, 43-300 "
                    "Bielsko-Biała · NIP 547-219-30-66",
                    "blocks": [
                        "Czeski Urząd Statystyczny (ČSÚ)",
                        "Bielsko-Biała, 9 września 2025",
                        "Wnosimy o udostępnienie bieżących wyników wyborów w formacie XML dla "
                        "naszego portalu informacyjnego. Adresy produkcyjne:\n– 192.0.2.185\n"
                        "– 192.0.2.186\nSerwer testowy ma adres 192.0.2.190.",
                        "Osoba kontaktowa: Agnieszka Wróbel, a.wrobel@beskidzkie.example, "
                        "tel. +48 601 234 907",
                        "Z poważaniem\nAgnieszka Wróbel\nkierownik działu online",
                    ],
                },
            )
        ],
    ),
    c(
        "dl031-xlsx-ano-ne-columns",
        "XLSX form with ANO/NE columns (feed ANO, filming NE) and a row-header table of "
        "addresses; the contact is named in the sheet, the sender is an assistant",
        Style.FORM,
        L(
            [FEED],
            "Krumlovské listy s.r.o.",
            C2,
            None,
            ["203.0.113.31", "203.0.113.32", "203.0.113.33"],
            ["203.0.113.39"],
            "Petr Valenta",
            "valenta@krumlovskelisty.example",
            "+420380711452",
        ),
        sender="Sekretariát Krumlovské listy <sekretariat@krumlovskelisty.example>",
        subject="Žádost o přístup k výsledkům voleb",
        headers=OUTLOOK,
        body="Dobrý den,\n\nna pokyn pana Valenty zasíláme vyplněný formulář.\n\n"
        "S pozdravem\nsekretariát Krumlovské listy s.r.o.\n",
        attachments=[
            (
                "xlsx",
                "formular_KL.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žadatel: Krumlovské listy s.r.o., IČO " + C2, None, None],
                            ["Požadavek", "ANO", "NE"],
                            ["přístup k XML výsledkům", "x", None],
                            ["natáčení na pracovišti ČSÚ", None, "x"],
                            [None, None, None],
                            ["Produkční IP", "203.0.113.31", None],
                            ["Produkční IP", "203.0.113.32", None],
                            ["Produkční IP", "203.0.113.33", None],
                            ["Testovací IP", "203.0.113.39", None],
                            ["Kontaktní osoba", "Petr Valenta", None],
                            ["E-mail", "valenta@krumlovskelisty.example", None],
                            ["Telefon", "380 711 452", None],
                        ],
                        "merge": ["A1:C1"],
                    }
                ],
            )
        ],
    ),
    c(
        "dl032-databox-letter-and-csv",
        "data message with a short PDF letter and a windows-1250 CSV of addresses whose role "
        "column is in English (prod/test); the letter names the contact",
        Style.DATABOX,
        L(
            [FEED],
            "Mladoboleslavský deník a.s.",
            C3,
            "mb5dn3t",
            ["198.18.70.11", "198.18.70.12"],
            ["198.18.70.21"],
            "Kristýna Urbanová",
            "urbanova@mbdenik.example",
            "+420326700214",
        ),
        databox=box("mb5dn3t", "Mladoboleslavský deník a.s.", "Jaselská 40, 293 01 Mladá Boleslav"),
        subject="Žádost o přístup k výsledkům voleb 2025 (dopis + seznam adres)",
        attachments=[
            (
                "di-pdf",
                "dopis_MBD.pdf",
                {
                    "header": "Mladoboleslavský deník a.s.\nJaselská 40, 293 01 Mladá Boleslav",
                    "footer": "IČO " + C3 + " · ID DS mb5dn3t",
                    "blocks": [
                        "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML. Seznam "
                        "adres je v přiloženém souboru adresy.csv.",
                        "Kontaktní osoba: Kristýna Urbanová, urbanova@mbdenik.example, "
                        "tel. 326 700 214",
                    ],
                },
            ),
            (
                "dl-csv",
                "adresy.csv",
                [
                    ["ip", "role", "hostname"],
                    ["198.18.70.11", "prod", "www1"],
                    ["198.18.70.12", "prod", "www2"],
                    ["198.18.70.21", "test", "dev"],
                ],
            ),
        ],
    ),
    c(
        "dl033-iphone-note-docx-letter",
        "a two-line note from an iPhone signed only with a first name; the DOCX is a formal "
        "letter signed by the director with the technical contact named separately",
        Style.COVER,
        L(
            [FEED],
            "Kutnohorský kurýr s.r.o.",
            C4,
            None,
            ["192.0.2.121", "192.0.2.122"],
            ["192.0.2.125"],
            "Jana Černá",
            "cerna@khkuryr.example",
            "+420607415532",
        ),
        sender="Jana Černá <cerna@khkuryr.example>",
        subject="žádost",
        headers=IPHONE,
        body="Posílám žádost, díky. Jana\n\nOdesláno z iPhonu\n",
        attachments=[
            (
                "docx",
                "Zadost_KK_CSU.docx",
                {
                    "header": "KUTNOHORSKÝ KURÝR s.r.o. · Palackého nám. 377 · 284 01 Kutná Hora",
                    "footer": "IČO " + C4 + " · DIČ CZ" + C4,
                    "blocks": [
                        "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML",
                        "Kutnohorský kurýr s.r.o. žádá o přístup k průběžným výsledkům voleb do "
                        "Poslanecké sněmovny. Produkční servery: 192.0.2.121, 192.0.2.122. "
                        "Testovací server: 192.0.2.125.",
                        "Technickou kontaktní osobou je Jana Černá (cerna@khkuryr.example, "
                        "607 415 532).",
                        "S pozdravem\n\nMgr. Libor Šafránek\nředitel",
                    ],
                },
            )
        ],
    ),
    c(
        "dl034-hungarian-xlsx",
        "Hungarian outlet's XLSX with Hungarian column headers; the contact's name in "
        "Hungarian order (surname first) and a Hungarian phone",
        Style.TABLE,
        L(
            [FEED],
            "Dunamenti Média Kft.",
            None,
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.209"],
            "Szabó Katalin",
            "szabo.katalin@dunamenti.example",
            "+36301234871",
        ),
        sender="Szabó Katalin <szabo.katalin@dunamenti.example>",
        subject="Kérelem – választási eredmények XML",
        headers=TBIRD,
        body="Tisztelt Hölgyem/Uram!\n\nCsatolva küldöm kérelmünket a választási eredmények "
        "XML-hozzáféréséhez.\n\nÜdvözlettel\nSzabó Katalin\nDunamenti Média Kft.\n",
        attachments=[
            (
                "xlsx",
                "kerelem_CSU.xlsx",
                [
                    {
                        "title": "Kérelem",
                        "rows": [
                            ["Kérelmező", "Dunamenti Média Kft."],
                            ["Éles IP-címek", "203.0.113.201, 203.0.113.202"],
                            ["Teszt IP-cím", "203.0.113.209"],
                            ["Kapcsolattartó", "Szabó Katalin"],
                            ["E-mail", "szabo.katalin@dunamenti.example"],
                            ["Telefon", "+36 30 123 4871"],
                        ],
                    }
                ],
            )
        ],
    ),
    c(
        "dl035-databox-parent-box-for-subsidiary",
        "data message sent from the parent company's box; the DOCX applies for the subsidiary, "
        "whose own box ID and IČO are in its footer",
        Style.DATABOX,
        L(
            [FEED, FILM],
            "Rádio Vltava Jih s.r.o.",
            C5,
            "rv7jh4m",
            ["198.51.100.81", "198.51.100.82"],
            ["198.51.100.89"],
            "Veronika Marková",
            "markova@radiovltavajih.example",
            "+420387001924",
        ),
        databox=box("mh2hl8q", "Media Holding Jih a.s.", "Lannova 16, 370 01 České Budějovice"),
        subject="Žádost dceřiné společnosti Rádio Vltava Jih s.r.o. – XML a natáčení",
        attachments=[
            (
                "dl-docx",
                "RVJ_zadost.docx",
                {
                    "footer": "Rádio Vltava Jih s.r.o. · IČO " + C5 + " · ID DS rv7jh4m",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Rádio Vltava Jih s.r.o. žádá o přístup k XML výsledkům voleb (produkce "
                        "198.51.100.81 a 198.51.100.82, test 198.51.100.89) a o povolení "
                        "pořídit zvukový záznam na krajské správě ČSÚ v Českých Budějovicích.",
                        "Kontaktní osoba: Veronika Marková, markova@radiovltavajih.example, "
                        "tel. 387 001 924",
                        "Žádost odesíláme datovou schránkou mateřské společnosti Media Holding "
                        "Jih a.s.",
                    ],
                },
            )
        ],
    ),
    c(
        "dl036-correction-xlsx-replaces-test-address",
        "a second mail 'Oprava' with a corrected workbook: the test address 198.18.3.9 is "
        "replaced by 198.18.3.19 (the earlier one is marked 'nahrazeno' in a note column)",
        Style.CORRECTION,
        L(
            [FEED],
            "Příbramský týdeník s.r.o.",
            C6,
            None,
            ["198.18.3.1", "198.18.3.2"],
            ["198.18.3.19"],
            "Milan Doležal",
            "dolezal@pribramskytydenik.example",
            "+420318620451",
        ),
        sender="Milan Doležal <dolezal@pribramskytydenik.example>",
        subject="Oprava: žádost o XML – Příbramský týdeník",
        headers=OWA,
        body="Dobrý den,\n\nposílám opravenou tabulku k naší včerejší žádosti: testovací adresa "
        "198.18.3.9 už neplatí, nahradila ji 198.18.3.19. Ostatní beze změny.\n\n"
        "Milan Doležal\nPříbramský týdeník s.r.o.\ntel. 318 620 451\n",
        attachments=[
            (
                "xlsx",
                "PT_adresy_oprava.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP", "Poznámka"],
                            ["produkce", "198.18.3.1", None],
                            ["produkce", "198.18.3.2", None],
                            ["test", "198.18.3.9", "nahrazeno – neplatí"],
                            ["test", "198.18.3.19", "nová"],
                            ["IČO", C6, None],
                        ],
                    }
                ],
            )
        ],
    ),
    c(
        "dl037-databox-annotation-addresses-txt-contact",
        "data message whose annotation carries the production and test addresses; the TXT "
        "file adds the contact, his own line and a mobile side by side (the first is labelled)",
        Style.DATABOX,
        L(
            [FEED],
            "Tišnovské noviny, spolek",
            C7,
            "tn6bs2f",
            ["192.0.2.111"],
            ["192.0.2.119"],
            "Stanislav Kratochvíl",
            "kratochvil@tisnovskenoviny.example",
            "+420549410773",
        ),
        databox=box("tn6bs2f", "Tišnovské noviny, spolek", "nám. Míru 12, 666 01 Tišnov"),
        subject="Přístup k XML výsledkům – produkční IP 192.0.2.111, testovací 192.0.2.119, "
        "kontakt v příloze",
        attachments=[
            (
                "txt",
                "kontakt.txt",
                "Tišnovské noviny, spolek\nIČO " + C7 + "\n\nKontaktní osoba: Stanislav "
                "Kratochvíl\ntel. 549 410 773, mobil 732 118 540\n"
                "kratochvil@tisnovskenoviny.example\n",
            )
        ],
    ),
    c(
        "dl038-inline-forward-with-ods",
        "an inline forward by the office manager of the applicant's mail; the ODS travels with "
        "it; the contact is the original writer, whose quoted signature carries the phone",
        Style.FORWARD,
        L(
            [FEED],
            "Vyškovský zpravodaj s.r.o.",
            C8,
            None,
            ["203.0.113.141", "203.0.113.142"],
            ["203.0.113.149"],
            "Patrik Šebesta",
            "sebesta@vyskovskyzpravodaj.example",
            "+420517330862",
        ),
        sender="Renata Malá <mala@vyskovskyzpravodaj.example>",
        subject="Fwd: žádost o XML data",
        headers=GMAIL,
        body="Dobrý den, přeposílám žádost kolegy, omylem ji poslal jen mně.\nRenata Malá\n\n"
        "---------- Forwarded message ---------\nOd: Patrik Šebesta "
        "<sebesta@vyskovskyzpravodaj.example>\nDate: út 9. 9. 2025 v 16:02\n"
        "Subject: žádost o XML data\nTo: Renata Malá <mala@vyskovskyzpravodaj.example>\n\n"
        "Renato, prosím pošli to na ČSÚ, tabulka v příloze.\n\nPatrik Šebesta\n"
        "Vyškovský zpravodaj s.r.o.\ntel. 517 330 862\n",
        attachments=[
            (
                "di-ods",
                "VZ_adresy.ods",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Vyškovský zpravodaj s.r.o.", None],
                            ["IČO", C8],
                            ["Produkce", "203.0.113.141"],
                            [None, "203.0.113.142"],
                            ["Test", "203.0.113.149"],
                        ],
                        "span": {(2, 0): (2, 1)},
                    }
                ],
            )
        ],
    ),
    c(
        "dl039-english-freelancer-filming-only",
        "English PDF from a freelance photographer asking only to photograph at a collection "
        "point; her own name is the applicant, no IČO, a German mobile",
        Style.LETTER,
        L(
            [FILM],
            "Lena Hartmann",
            None,
            None,
            [],
            [],
            "Lena Hartmann",
            "lena@hartmann-photo.example",
            "+4915112345678",
        ),
        sender="Lena Hartmann <lena@hartmann-photo.example>",
        subject="Request: photographing at a ČSÚ collection point on election night",
        headers=K9,
        body="Dear Sir or Madam,\nplease see my request attached.\nKind regards, Lena\n",
        attachments=[
            (
                "di-pdf",
                "request_Hartmann.pdf",
                {
                    "blocks": [
                        "Lena Hartmann – freelance photographer\nlena@hartmann-photo.example · "
                        "+49 151 1234 5678",
                        "To the Czech Statistical Office",
                        "I would like to ask for permission to take photographs at the "
                        "collection point in Prague on the evening of 4 October 2025 for a "
                        "photo essay on European elections. I do not need the results feed.",
                        "Kind regards\nLena Hartmann",
                    ]
                },
            )
        ],
    ),
    c(
        "dl040-databox-xlsx-two-sheets",
        "data message with a workbook of two sheets, 'Žádost' (applicant, contact, request "
        "ANO) and 'IP adresy' (a column per role)",
        Style.DATABOX,
        L(
            [FEED],
            "Havlíčkobrodský deník s.r.o.",
            C9,
            "hb9dk4r",
            ["198.51.100.221", "198.51.100.222", "198.51.100.223"],
            ["198.51.100.230"],
            "Lucie Pospíchalová",
            "pospichalova@hbdenik.example",
            "+420569430118",
        ),
        databox=box(
            "hb9dk4r", "Havlíčkobrodský deník s.r.o.", "Havlíčkovo nám. 3, 580 01 Havlíčkův Brod"
        ),
        subject="Žádost o XML",
        attachments=[
            (
                "xlsx",
                "HBD_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Havlíčkobrodský deník s.r.o."],
                            ["IČO", C9],
                            ["XML výsledky", "ANO"],
                            ["Natáčení", "NE"],
                            ["Kontaktní osoba", "Lucie Pospíchalová"],
                            ["E-mail", "pospichalova@hbdenik.example"],
                            ["Telefon", "569 430 118"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Produkční", "Testovací"],
                            ["198.51.100.221", "198.51.100.230"],
                            ["198.51.100.222", None],
                            ["198.51.100.223", None],
                        ],
                    },
                ],
            )
        ],
    ),
    c(
        "dl041-reply-withdraws-filming",
        "a reply to the office's acknowledgement (quoted with its IČO and box): the attached "
        "PDF asked for feed and filming, the reply withdraws the filming",
        Style.REPLY,
        L(
            [FEED],
            "Domažlický deník s.r.o.",
            C10,
            None,
            ["192.0.2.91", "192.0.2.92"],
            [],
            "Radka Tůmová",
            "tumova@domazlickydenik.example",
            "+420379410662",
        ),
        sender="Radka Tůmová <tumova@domazlickydenik.example>",
        subject="Re: Potvrzení přijetí žádosti",
        headers=SEZNAM,
        body="Dobrý den,\n\nděkuji za potvrzení. Natáčení u vás nakonec ruším, štáb nebude k "
        "dispozici; přístup k XML trvá. Žádost přikládám znovu pro úplnost.\n\nRadka Tůmová\n"
        "Domažlický deník s.r.o.\n\n"
        "Dne 10. 9. 2025 podatelna@czso.cz napsal(a):\n"
        "> Potvrzujeme přijetí Vaší žádosti.\n> Český statistický úřad, IČO 00025593, "
        "ID DS 2gfaasy, tel. 274 052 733\n",
        attachments=[
            (
                "pdf",
                "DD_zadost.pdf",
                [
                    "Domažlický deník s.r.o., nám. Míru 1, 344 01 Domažlice, IČO " + C10,
                    "Žádáme o přístup k XML výsledkům voleb a o povolení natáčení na "
                    "pracovišti ČSÚ v Plzni.",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.91, 192.0.2.92"],
                            ["Testovací IP", "nebudeme testovat zvlášť, z produkce"],
                            ["Kontaktní osoba", "Radka Tůmová, tel. 379 410 662"],
                        ],
                        "widths": [140, 300],
                    },
                ],
            )
        ],
    ),
    c(
        "dl042-databox-film-ne-boxes",
        "data message with a DOCX form: rows with ☒ ANO / ☐ NE for feed and ☐ ANO / ☒ NE for "
        "filming; the box sender spells the name as written in the form's header",
        Style.DATABOX,
        L(
            [FEED],
            "Vsetínský kurýr s.r.o.",
            ico("2652837"),
            "vk3ku9x",
            ["203.0.113.11", "203.0.113.12"],
            ["203.0.113.19"],
            "Aleš Zbranek",
            "zbranek@vsetinskykuryr.example",
            "+420571420338",
        ),
        databox=box("vk3ku9x", "Vsetínský kurýr s.r.o.", "Dolní náměstí 5, 755 01 Vsetín"),
        subject="Formulář žádosti – volby 2025",
        attachments=[
            (
                "dl-docx",
                "VK_formular.docx",
                {
                    "header": "Vsetínský kurýr s.r.o. · IČO " + ico("2652837"),
                    "blocks": [
                        "ŽÁDOST MÉDIÍ O PŘÍSTUP K VÝSLEDKŮM / NATÁČENÍ",
                        {
                            "rows": [
                                ["Požadavek", "ANO", "NE"],
                                ["přístup k XML výsledkům", "☒", "☐"],
                                ["natáčení na pracovišti", "☐", "☒"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.11; 203.0.113.12"],
                                ["Testovací IP", "203.0.113.19"],
                                ["Kontaktní osoba", "Aleš Zbranek"],
                                ["E-mail", "zbranek@vsetinskykuryr.example"],
                                ["Telefon", "571 420 338"],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
]
