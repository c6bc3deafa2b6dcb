"""Thirty-eighth held-out part ``ak``, cases ak001–ak014: a PDF form with box characters behind a
one-line cover mail, a DOCX with an empty body and the identifiers in its footer, data messages
with the application only in the annotation, only in an XLSX, or in both, a cover mail that
corrects its ODT, an XLSX with ANO/NE columns, a forwarded .eml from IT, an English RTF letter, a
windows-1250 mail with a TXT list, a recording-only DOCX with a nested crew table, a Slovak HTML
form and a signed mail with a wrapping PDF table. Written by hand apart from the extraction
rules (see make_thirtyeighth_ak); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyeighth_ak_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OUTLOOK14,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2863041"), ico("0462917"), ico("2715830"), ico("0913274")
I5, I6, I7, I7IT = ico("2930516"), ico("6273018"), ico("2406859"), ico("0561382")
I9, I10, I11, I12 = ico("0028765"), ico("2547190"), ico("2815634"), ico("3671825")
I14 = ico("4508172")

CASES: list[dict[str, Any]] = [
    {
        "id": "ak001-pdf-form-box-characters",
        "description": "one-line Outlook cover; the application is a PDF form with a ticked and "
        "an unticked box character and an IP table with Produkční/Testovací columns",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Zpravodaj Polabí s.r.o.",
            I1,
            None,
            ["198.51.100.14", "198.51.100.15"],
            ["198.51.100.19"],
            "Radka Nosková",
            "noskova@zpravodajpolabi.example",
            "+420725118403",
        ),
        "from": "Nosková Radka <noskova@zpravodajpolabi.example>",
        "subject": "Žádost - volby 2026",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\nv příloze zasílám vyplněný formulář.\r\n\r\n"
            "S pozdravem\r\nRadka Nosková\r\nZpravodaj Polabí\r\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_CSU_vyplneny.pdf",
                [
                    "<b>FORMULÁŘ ŽÁDOSTI MÉDIÍ – VOLBY</b>",
                    "1. Předmět žádosti (zaškrtněte):",
                    "☒ zřízení přístupu k výsledkům voleb ve formátu XML\n"
                    "☐ povolení pořizovat obrazové a zvukové záznamy na pracovištích ČSÚ",
                    "2. Žadatel",
                    {
                        "rows": [
                            ["Název / obchodní firma", "Zpravodaj Polabí s.r.o."],
                            ["IČO", I1],
                            ["Sídlo", "Husova 418, 288 02 Nymburk"],
                        ],
                        "widths": [170, 270],
                    },
                    "3. IP adresy",
                    {
                        "rows": [
                            ["Produkční", "Testovací"],
                            ["198.51.100.14", "198.51.100.19"],
                            ["198.51.100.15", ""],
                        ],
                        "widths": [220, 220],
                    },
                    "4. Kontaktní osoba",
                    {
                        "rows": [
                            ["Jméno a příjmení", "Radka Nosková"],
                            ["E-mail", "noskova@zpravodajpolabi.example"],
                            ["Telefon", "725 118 403"],
                        ],
                        "widths": [170, 270],
                    },
                    "V Nymburce dne 30. 11. 2026",
                ],
            )
        ],
    },
    {
        "id": "ak002-empty-body-docx-footer-ids",
        "description": "empty body, only a DOCX letter; IČO and the data-box ID only in the page "
        "footer, roles as row headers, both request types",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Jihlavské listy, a.s.",
            I2,
            "h4tw9ke",
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Vojtěch Kratochvíl",
            "kratochvil@jihlavskelisty.example",
            "+420604771260",
        ),
        "from": "Vojtěch Kratochvíl <kratochvil@jihlavskelisty.example>",
        "subject": "Zadost_CSU.docx",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "docx",
                "Zadost_CSU.docx",
                {
                    "header": "JIHLAVSKÉ LISTY – regionální deník Vysočiny",
                    "footer": f"Jihlavské listy, a.s. | Masarykovo nám. 1204/9, 586 01 Jihlava | "
                    f"IČO: {I2} | ID datové schránky: h4tw9ke | www.jihlavskelisty.example",
                    "blocks": [
                        "Český statistický úřad\nodbor informačních služeb\nNa padesátém 81, "
                        "100 82 Praha 10",
                        "V Jihlavě 1. prosince 2026",
                        "Věc: žádost o přístup k volebním výsledkům a o povolení natáčení",
                        "Vážení,\nžádáme o zřízení přístupu k serveru s výsledky voleb ve "
                        "formátu XML a zároveň o povolení pořizovat záznam (foto a video) na "
                        "krajském pracovišti v Jihlavě během zpracování výsledků.",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.33"],
                                ["Testovací IP", "192.0.2.34"],
                                ["Kontaktní osoba", "Vojtěch Kratochvíl, zástupce šéfredaktora"],
                                ["Mobil", "+420 604 771 260"],
                                ["E-mail", "kratochvil@jihlavskelisty.example"],
                            ]
                        },
                        "Natáčet bude fotograf Jan Bárta (tel. 736 200 915).",
                        "S úctou\nVojtěch Kratochvíl",
                    ],
                },
            )
        ],
    },
    {
        "id": "ak003-databox-annotation-only",
        "description": "data message: the whole application in the annotation with abbreviated "
        "roles; the attached PDF is only an extract from the commercial register",
        "style": Style.DATABOX_NOTE,
        "labels": L(
            [FEED],
            "Týdeník Brodsko s.r.o.",
            I3,
            "m8qz3vd",
            ["203.0.113.23"],
            ["203.0.113.24"],
            "Ondřej Hrabal",
            "hrabal@tydenikbrodsko.example",
            "+420731402118",
        ),
        "subject": f"Žádost o přístup k XML výsledkům voleb; IČO {I3}; prod. 203.0.113.23, "
        "test. 203.0.113.24; kontakt Ondřej Hrabal, hrabal@tydenikbrodsko.example, "
        "tel. 731 402 118",
        "databox": {
            "box": "m8qz3vd",
            "sender": "Týdeník Brodsko s.r.o.",
            "address": "Štáflova 2003, 580 01 Havlíčkův Brod",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "<b>Výpis z obchodního rejstříku</b>",
                    "vedeného Krajským soudem v Hradci Králové, oddíl C, vložka 41877",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "14. března 2011"],
                            ["Obchodní firma:", "Týdeník Brodsko s.r.o."],
                            ["Sídlo:", "Štáflova 2003, 580 01 Havlíčkův Brod"],
                            ["Identifikační číslo:", f"{I3[:3]} {I3[3:5]} {I3[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Předmět podnikání:", "Vydavatelské činnosti"],
                            ["Jednatel:", "JAROSLAV KLÍMA, dat. nar. 2. května 1969"],
                            ["Základní kapitál:", "200 000,- Kč"],
                        ],
                        "widths": [150, 290],
                    },
                    "Údaje platné ke dni: 1. prosince 2026 06:00",
                ],
            )
        ],
    },
    {
        "id": "ak004-databox-xlsx-merged-role",
        "description": "data message with a bare annotation; the XLSX has an applicant sheet with "
        "row headers and an address sheet whose role cell spans two rows",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "RegioInfo Morava, z.s.",
            I4,
            "d2fk7wn",
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Lenka Šindelářová",
            "sindelarova@regioinfo.example",
            "+420585223917",
        ),
        "subject": "Volby – žádost médií (viz příloha)",
        "databox": {
            "box": "d2fk7wn",
            "sender": "RegioInfo Morava, z.s.",
            "address": "Wellnerova 1322/3c, 779 00 Olomouc",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_volby_RegioInfo.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb (XML)", None],
                            ["Název", "RegioInfo Morava, z.s."],
                            ["IČO", I4],
                            ["Kontaktní osoba", "Lenka Šindelářová"],
                            ["E-mail", "sindelarova@regioinfo.example"],
                            ["Telefon", "585 223 917"],
                            ["Vyplněno", "2026-12-02"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["Produkce", "198.51.100.130", "web, stahování každých 60 s"],
                            [None, "198.51.100.131", "záložní uzel"],
                            ["Test", "198.51.100.140", "zkušební provoz"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "ak005-cover-corrects-odt",
        "description": "Gmail cover mail corrects the test address written in the attached ODT "
        "and names a different contact than the ODT",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Nakladatelství Horácko spol. s r.o.",
            I5,
            None,
            ["203.0.113.88"],
            ["203.0.113.90"],
            "Iveta Bednářová",
            "bednarova@horacko.example",
            "+420777804512",
        ),
        "from": "Iveta Bednářová <iveta.bednarova.horacko@gmail.example>",
        "subject": "žádost o XML + oprava",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost v příloze. Omlouvám se, až po exportu jsem si všimla, že v ní je "
            "chybně testovací adresa 203.0.113.9 – správně má být 203.0.113.90. Produkční "
            "adresa je v pořádku.\n\n"
            "A ještě jedna změna oproti příloze: kolega Šulc bude v době voleb mimo redakci, "
            "kontaktní osobou tedy budu já, Iveta Bednářová, bednarova@horacko.example, "
            "777 804 512 (píšu ze soukromého účtu, pracovní pošta nám dnes nejde).\n\n"
            "Díky a hezký den\nIveta Bednářová\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost-xml-horacko.odt",
                [
                    "Nakladatelství Horácko spol. s r.o., Palackého 87, 674 01 Třebíč",
                    f"IČO {I5}",
                    "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k serveru s výsledky pro náš zpravodajský portál.",
                    [
                        ["Role", "IP adresa"],
                        ["produkční", "203.0.113.88"],
                        ["testovací", "203.0.113.9"],
                    ],
                    "Kontaktní osoba: Bc. Petr Šulc, sulc@horacko.example, tel. 568 841 220",
                    "V Třebíči 28. 11. 2026",
                ],
            )
        ],
    },
    {
        "id": "ak006-xlsx-ano-ne-columns",
        "description": "Seznam mail with an XLSX form: request rows with ANO/NE columns (filming "
        "marked NE), IP rows with a role column",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Ostravský kurýr s.r.o.",
            I6,
            None,
            ["192.0.2.90", "192.0.2.91", "192.0.2.92"],
            [],
            "Tomáš Pelikán",
            "pelikan@ostravskykuryr.example",
            "+420608330174",
        ),
        "from": "Tomas Pelikan <pelikan@ostravskykuryr.example>",
        "subject": "Formular - volby",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nposílám vyplněný formulář (tabulka).\n\nPelikán\n"
            "Ostravský kurýr\n608 330 174\n"
        ),
        "attachments": [
            (
                "xlsx",
                "formular_media.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žádost médií – volby do Poslanecké sněmovny", None, None],
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k výsledkům ve formátu XML", "X", None],
                            ["Povolení k natáčení na pracovištích ČSÚ", None, "X"],
                            [None, None, None],
                            ["Žadatel", "Ostravský kurýr s.r.o.", None],
                            ["IČO", I6, None],
                            [None, None, None],
                            ["IP adresa", "Typ", "Poznámka"],
                            ["192.0.2.90", "produkční", None],
                            ["192.0.2.91", "produkční", "záloha"],
                            ["192.0.2.92", "produkční", "záloha 2"],
                            [None, None, None],
                            ["Kontakt", "Tomáš Pelikán", None],
                            ["E-mail", "pelikan@ostravskykuryr.example", None],
                            ["Tel.", "+420 608 330 174", None],
                        ],
                        "merge": ["A1:C1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "ak007-forwarded-eml-from-it",
        "description": "Apple Mail cover forwards the IT contractor's mail as an .eml; the "
        "contractor's own IČO in its signature is not the applicant's; contact is the IT man",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vltavín media a.s.",
            I7,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Marek Dvořák",
            "dvorak@netspravce.example",
            "+420739516402",
        ),
        "from": "Klára Vaňková <vankova@vltavin.example>",
        "subject": "Fwd: IP adresy pro ČSÚ",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"za společnost Vltavín media a.s. (IČO {I7}) žádáme o přístup k volebním "
            "výsledkům v XML. Technické údaje jsou v přeposlané zprávě od našeho správce sítě "
            "(příloha) – platí přesně to, co tam píše pan Dvořák. Kontaktní osobou pro "
            "technické věci bude on.\n\n"
            "Klára Vaňková\nprovozní ředitelka, Vltavín media a.s.\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro CSU.eml",
                {
                    "id": "ak007-inner",
                    "from": "Marek Dvořák <dvorak@netspravce.example>",
                    "to": "vankova@vltavin.example",
                    "subject": "IP adresy pro ČSÚ",
                    "body": (
                        "Ahoj Kláro,\n\n"
                        "tady jsou adresy pro tu žádost:\n"
                        "  ostré:   198.51.100.201 a 198.51.100.202 (ten druhý je failover)\n"
                        "  testy:   198.51.100.210\n"
                        "Stahovat budeme přes HTTPS, port 443, klient verze 2.14.1.\n\n"
                        "Kdyby ČSÚ něco potřeboval, ať volají rovnou mně.\n\n"
                        "Marek Dvořák\nNetSprávce s.r.o. – správa sítí\n"
                        f"IČO {I7IT}\nmobil 739 516 402\ndvorak@netspravce.example\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ak008-english-rtf-letter-ipv6",
        "description": "English cover from an Austrian broadcaster; the RTF letter has a table "
        "with an IPv6 production address and a Vienna phone; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["2001:db8:a40::15", "192.0.2.150"],
            ["192.0.2.151"],
            "Stefan Hofbauer",
            "s.hofbauer@donauwelle.example",
            "+4315331874",
        ),
        "from": "Hofbauer Stefan <s.hofbauer@donauwelle.example>",
        "subject": "Application for XML election results access - Donauwelle Rundfunk",
        "headers": OUTLOOK14,
        "body": (
            "Dear Sir or Madam,\r\n\r\n"
            "please find attached our application for access to the election results server "
            "(XML). We would be grateful for a short confirmation of receipt.\r\n\r\n"
            "Kind regards / Mit freundlichen Grüßen\r\n"
            "Stefan Hofbauer\r\nHead of Data Desk\r\nDonauwelle Rundfunk GmbH\r\n"
            "Argentinierstraße 30, 1040 Wien\r\n"
        ),
        "attachments": [
            (
                "rtf",
                "Application_CZSO_Donauwelle.rtf",
                [
                    "Donauwelle Rundfunk GmbH, Argentinierstraße 30, 1040 Wien, Austria\n"
                    "FN 214773 k, UID ATU58124399",
                    "Czech Statistical Office, Na padesátém 81, 100 82 Prague 10",
                    "Vienna, 2 December 2026",
                    "Re: Access to election results in XML format",
                    "Donauwelle Rundfunk GmbH requests access to the XML results server for "
                    "its live coverage of the Czech elections. Our addresses:",
                    [
                        ["Purpose", "Address"],
                        ["Production (primary)", "2001:db8:a40::15"],
                        ["Production (secondary)", "192.0.2.150"],
                        ["Testing", "192.0.2.151"],
                    ],
                    "Contact person: Stefan Hofbauer, s.hofbauer@donauwelle.example, "
                    "phone +43 1 533 18 74 (switchboard +43 1 533 18 00)",
                    "Stefan Hofbauer\nHead of Data Desk",
                ],
            )
        ],
    },
    {
        "id": "ak009-databox-both-town-tv",
        "description": "data message from a town's contributory organisation: the annotation "
        "asks for both, the PDF letter gives the addresses and a crew",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Kulturní a informační centrum Hranice, příspěvková organizace",
            I9,
            "x5ra8mp",
            ["203.0.113.61"],
            [],
            "Dagmar Zapletalová",
            "zapletalova@kic-hranice.example",
            "+420581603442",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení – "
        "Hranická televize, podrobnosti v příloze",
        "databox": {
            "box": "x5ra8mp",
            "sender": "Kulturní a informační centrum Hranice, příspěvková organizace",
            "address": "Pernštejnské nám. 1, 753 01 Hranice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "KIC_zadost_CSU.pdf",
                [
                    "Kulturní a informační centrum Hranice, příspěvková organizace\n"
                    f"Pernštejnské nám. 1, 753 01 Hranice · IČO: {I9}",
                    "Č. j. KIC/412/2026",
                    "Věc: Žádost – Hranická televize, volby 2026",
                    "Naše organizace provozuje Hranickou televizi. Žádáme o:\n"
                    "1) zřízení přístupu k výsledkům voleb ve formátu XML z adresy "
                    "203.0.113.61 (testovat budeme ze stejné adresy),\n"
                    "2) povolení natáčet reportáž na pracovišti ČSÚ v Přerově.",
                    {
                        "rows": [
                            ["Štáb", "Funkce", "Telefon"],
                            ["Michal Jurečka", "kameraman", "605 118 230"],
                            ["Eva Staňková", "redaktorka", "739 024 661"],
                        ],
                        "widths": [150, 130, 130],
                    },
                    "Kontaktní osoba pro obě žádosti: Mgr. Dagmar Zapletalová, ředitelka, "
                    "zapletalova@kic-hranice.example, tel. 581 603 442.",
                    "Mgr. Dagmar Zapletalová, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "ak010-windows-1250-txt-list",
        "description": "windows-1250 base64 mail; the addresses in a TXT attachment with trailing "
        "role words, a netmask-like comment and an old address marked unused",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Pražský večerník s.r.o.",
            I10,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.140"],
            "Filip Růžička",
            "ruzicka@vecernik.example",
            "+420222741509",
        ),
        "from": "Filip Růžička <ruzicka@vecernik.example>",
        "subject": "Přístup k výsledkům voleb – Pražský večerník",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "base64",
        "body": (
            "Dobrý den,\r\n\r\n"
            f"Pražský večerník s.r.o., IČ: {I10}, žádá o přístup k serveru s výsledky voleb "
            "ve formátu XML. Seznam IP adres je v přiloženém textovém souboru (vygeneroval "
            "ho náš admin).\r\n\r\nKontakt: Filip Růžička, tel. 222 741 509 (přímá linka), "
            "ústředna 222 741 000.\r\n\r\nS pozdravem\r\nFilip Růžička\r\n"
        ),
        "attachments": [
            (
                "txt",
                "ip_adresy.txt",
                "# vecernik - adresy pro CSU volby 2026\n"
                "# sit 192.0.2.128 / 255.255.255.192 (jen pro info)\n"
                "192.0.2.130    prod\n"
                "192.0.2.131    prod (zaloha)\n"
                "192.0.2.140    test\n"
                "#192.0.2.12    stary server - uz nepouzivat\n",
            )
        ],
    },
    {
        "id": "ak011-docx-recording-nested-crew",
        "description": "recording-only DOCX application with a nested crew table full of phones; "
        "feed access explicitly not needed; contact is the production manager",
        "style": Style.TABLE,
        "labels": L(
            [FILM],
            "Studio Kamenolom s.r.o.",
            I11,
            None,
            [],
            [],
            "Barbora Kučerová",
            "kucerova@kamenolom.example",
            "+420603954117",
        ),
        "from": "Barbora Kučerová <kucerova@kamenolom.example>",
        "subject": "Žádost o povolení natáčení – dokument o sčítání hlasů",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost o povolení natáčení. Přístup k XML "
            "výsledkům nepotřebujeme, jde nám jen o záběry.\n\n"
            "Barbora Kučerová\nvedoucí produkce\nStudio Kamenolom s.r.o.\n+420 603 954 117\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_nataceni_Kamenolom.docx",
                {
                    "header": f"Studio Kamenolom s.r.o. · Korunní 810/104, Praha 10 · IČO {I11}",
                    "blocks": [
                        "Žádost o povolení pořizovat obrazové a zvukové záznamy",
                        "Pro dokumentární film „Noc, kdy se počítá“ žádáme o povolení natáčet na "
                        "pracovišti ČSÚ v Praze v noci ze 9. na 10. října 2026.",
                        {
                            "rows": [
                                ["Údaj", "Hodnota"],
                                ["Žadatel", "Studio Kamenolom s.r.o."],
                                ["Štáb", ""],
                                ["Kontaktní osoba", "Barbora Kučerová, vedoucí produkce"],
                                ["Telefon / e-mail", "603 954 117 / kucerova@kamenolom.example"],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["Jméno", "Role", "Telefon"],
                                        ["Ondřej Vacek", "režie", "777 310 284"],
                                        ["Lukáš Horák", "kamera", "731 550 912"],
                                        ["Tereza Malá", "zvuk", "608 227 403"],
                                    ]
                                }
                            },
                        },
                        "Přístup k datovému serveru: nežádáme.",
                        "Barbora Kučerová",
                    ],
                },
            )
        ],
    },
    {
        "id": "ak012-slovak-html-bracket-form",
        "description": "HTML-only Roundcube mail in Slovak with a pasted bracket form [x]/[ ] and "
        "labelled lines; a Slovak phone",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I12,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.175"],
            "Martina Hudecová",
            "hudecova@zahorskenoviny.example",
            "+421905338172",
        ),
        "from": "Martina Hudecová <hudecova@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup – voľby",
        "headers": ROUNDCUBE,
        "html": (
            '<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body '
            'style="font-family:Verdana,sans-serif;font-size:10pt">'
            "<p>Dobrý deň,</p><p>posielam vyplnený formulár (skopírovaný z vášho webu):</p>"
            "<pre>"
            "[x] prístup k výsledkom volieb vo formáte XML\n"
            "[ ] povolenie na vyhotovovanie záznamov na pracoviskách ČSÚ\n\n"
            "Žiadateľ:          Záhorské noviny, s. r. o.\n"
            f"IČO:               {I12[:2]} {I12[2:5]} {I12[5:]}\n"
            "Produkčné IP:      203.0.113.170, 203.0.113.171\n"
            "Testovacie IP:     203.0.113.175\n"
            "Kontaktná osoba:   Martina Hudecová\n"
            "E-mail:            hudecova@zahorskenoviny.example\n"
            "Telefón:           +421 905 338 172\n"
            "</pre>"
            "<p>Ďakujem pekne,<br>Martina Hudecová<br>Záhorské noviny<br>"
            "Námestie slobody 14, 901 01 Malacky</p>"
            '<div id="signature">-- <br>Záhorské noviny – správy zo Záhoria od roku 1994'
            "</div></body></html>"
        ),
    },
    {
        "id": "ak013-databox-annotation-freelancer",
        "description": "data message of a self-employed journalist: the application in the "
        "annotation, the attached PDF is a press card; IPv6 test address",
        "style": Style.DATABOX_NOTE,
        "labels": L(
            [FEED],
            "Jakub Šafránek",
            ico("7412083"),
            "q9vn4ct",
            ["198.51.100.48"],
            ["2001:db8:5f::48"],
            "Jakub Šafránek",
            "jakub@safranek.example",
            "+420776218540",
        ),
        "subject": f"Zadost o pristup k XML vysledkum voleb, OSVC IC {ico('7412083')}; "
        "produkcni IP 198.51.100.48, testovaci 2001:db8:5f::48; jakub@safranek.example, "
        "776 218 540",
        "databox": {
            "box": "q9vn4ct",
            "sender": "Jakub Šafránek",
            "address": "Lidická 22, 602 00 Brno",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "prukaz_novinare.pdf",
                [
                    "<b>PRŮKAZ NOVINÁŘE</b> č. 2026/0418",
                    "Jméno: Jakub Šafránek\nNezávislý novinář, datová žurnalistika\n"
                    "Platnost do: 31. 12. 2027",
                    "Vydal: Syndikát novinářů, Praha",
                ],
            )
        ],
    },
    {
        "id": "ak014-signed-pdf-wrapped-cells",
        "description": "S/MIME-signed mail, PDF table with narrow cells: two production addresses "
        "wrapped in one cell, an empty test row marked with a dash",
        "style": Style.TABLE,
        "smime": True,
        "labels": L(
            [FEED],
            "ČTK Regiony, a.s.",
            I14,
            None,
            ["198.51.100.220", "198.51.100.221"],
            [],
            "Richard Novotný",
            "novotny@ctkregiony.example",
            "+420222098341",
        ),
        "from": '"Ing. Richard Novotný, MBA" <novotny@ctkregiony.example>',
        "subject": "Žádost o přístup k XML – ČTK Regiony",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\nzasíláme elektronicky podepsanou žádost o zřízení přístupu "
            "(PDF v příloze).\r\n\r\nS pozdravem\r\nIng. Richard Novotný, MBA\r\n"
            "technický ředitel | ČTK Regiony, a.s.\r\nT +420 222 098 341 | F +420 222 098 300\r\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_pristup_XML.pdf",
                [
                    f"ČTK Regiony, a.s., Opletalova 1015/5, 110 00 Praha 1, IČO {I14}",
                    "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Role serveru", "IP adresy", "Pozn."],
                            [
                                "Produkční (primární i záložní)",
                                "198.51.100.220, 198.51.100.221",
                                "2 uzly v clusteru",
                            ],
                            ["Testovací", "—", "netestujeme"],
                        ],
                        "widths": [90, 80, 70],
                    },
                    "Kontaktní osoba: Ing. Richard Novotný, technický ředitel, "
                    "novotny@ctkregiony.example, tel. +420 222 098 341",
                ],
            )
        ],
    },
]
