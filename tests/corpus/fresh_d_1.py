"""Third-round held-out cases d001–d014: applications as attached letters and forms (PDF, DOCX,
XLSX, ODT, RTF), tables with row and column headers and merged or nested cells, data-box
messages. Labelled by hand from the text (tests/corpus/LABELS.md)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fresh_d_common import FEED, REC, Style
from tests.corpus.label_rules import label as labels

D001: dict[str, Any] = {
    "id": "d001-pdf-letter-empty-cover",
    "description": "empty covering e-mail; a formal PDF letter whose address table wraps "
    "long notes, a backup server as production, a switchboard after the contact's mobile",
    "style": Style.PDF,
    "from": "Sekretariát Vysočina Média <sekretariat@vysocinamedia.example>",
    "subject": "Žádost o vyhrazené připojení k XML serveru",
    "body": "",
    "attachments": [
        (
            "pdf",
            "zadost_CSU_XML.pdf",
            [
                "Vysočina Média, a.s.\nMasarykovo náměstí 1187/14, 586 01 Jihlava\nIČO: 27184633",
                "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                "V Jihlavě dne 5. prosince 2022",
                "<b>Věc: Žádost o registraci k vyhrazenému připojení k serveru s průběžnými "
                "výsledky voleb</b>",
                "Vážené dámy, vážení pánové,\nspolečnost Vysočina Média, a.s., vydavatel "
                "regionálního deníku Jihlavské listy a zpravodajského portálu "
                "jihlavskelisty.example, žádá o přístup k vyhrazenému serveru, na kterém Český "
                "statistický úřad během voleb zveřejňuje průběžné výsledky ve formátu XML. Data "
                "budeme zpracovávat automaticky pro naše online zpravodajství; ČSÚ jako zdroj "
                "uvedeme u každého výstupu.",
                "Přístup žádáme z těchto adres:",
                {
                    "rows": [
                        ["Účel", "IP adresa", "Poznámka"],
                        [
                            "ostrý provoz",
                            "198.51.100.34",
                            "hlavní zpracovatelský server v datovém centru Jihlava",
                        ],
                        [
                            "ostrý provoz",
                            "198.51.100.35",
                            "záložní server pro případ výpadku hlavní linky",
                        ],
                        [
                            "testování",
                            "203.0.113.77",
                            "vývojové prostředí redakce, během voleb nebude používáno",
                        ],
                    ],
                    "widths": [80, 90, 150],
                },
                "Technickým kontaktem pro tuto žádost je Ing. Radek Pospíšil, vedoucí IT "
                "oddělení, e-mail radek.pospisil@vysocinamedia.example, mobil 731 552 019. "
                "V pracovní době nás lze zastihnout také na ústředně 567 210 100.",
                "S pozdravem\n\nMgr. Hana Veselá\npředsedkyně představenstva\nVysočina Média, a.s.",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Vysočina Média, a.s.", "27184633", None),
        ["198.51.100.34", "198.51.100.35"],
        ["203.0.113.77"],
        ("Radek Pospíšil", "radek.pospisil@vysocinamedia.example", "+420731552019"),
    ),
}

D002: dict[str, Any] = {
    "id": "d002-docx-form-ballot-boxes",
    "description": "DOCX form with ☒/☐ in front of the two request types, IČO only in the page "
    "header, the sender is an assistant and the form names another contact",
    "style": Style.FORM_CHECKBOX,
    "from": "Lenka Šimková <simkova@radiobeskydy.example>",
    "subject": "formulář - XML výsledky",
    "body": "Dobrý den,\n\nv příloze posílám vyplněný formulář za naše rádio.\n\n"
    "Lenka Šimková\nasistentka jednatele\n",
    "attachments": [
        (
            "docx",
            "Formular_zadost_Radio_Beskydy.docx",
            {
                "header": "Rádio Beskydy s.r.o. · 1. máje 2104, 738 01 Frýdek-Místek · "
                "IČO 28941021",
                "footer": "Formulář vyplnila: L. Šimková, 5. 12. 2022",
                "blocks": [
                    "ŽÁDOST – volby, výsledky a přebírací místa ČSÚ",
                    "Požadujeme (zaškrtněte):",
                    "☒ připojení k vyhrazenému serveru s výsledky ve formátu XML",
                    "☐ povolení k pořizování zvukového nebo obrazového záznamu na přebíracím místě",
                    {
                        "rows": [
                            ["Žadatel (název, právní forma)", "Rádio Beskydy s.r.o."],
                            ["Produkční IP adresy (max. 5)", "192.0.2.44\n192.0.2.45"],
                            ["Testovací IP adresy (max. 5)", "192.0.2.200"],
                            ["Kontaktní osoba", "Ondřej Kubala, technik vysílání"],
                            ["Telefon", "+420 604 718 332"],
                            ["E-mail", "kubala@radiobeskydy.example"],
                        ]
                    },
                    "Ve Frýdku-Místku 5. 12. 2022\nPavel Sikora, jednatel",
                ],
            },
        )
    ],
    "labels": labels(
        [FEED],
        ("Rádio Beskydy s.r.o.", "28941021", None),
        ["192.0.2.44", "192.0.2.45"],
        ["192.0.2.200"],
        ("Ondřej Kubala", "kubala@radiobeskydy.example", "+420604718332"),
    ),
}

D003: dict[str, Any] = {
    "id": "d003-xlsx-merged-role-column",
    "description": "covering note without diacritics; XLSX with the applicant on one sheet and "
    "the addresses on another, the role in vertically merged cells; IČO as text",
    "style": Style.XLSX,
    "from": "Martin Hora <hora@regiony24.example>",
    "subject": "pripojeni XML - Regiony24",
    "flowed": True,
    "body": "Dobry den,\nposilame v tabulce udaje k pripojeni na vas XML server pro volby. "
    "Adresy jsou na druhem listu.\nDiky a hezky den\nMartin Hora\nRegiony24\n",
    "attachments": [
        (
            "xlsx",
            "regiony24_xml.xlsx",
            [
                {
                    "title": "Žadatel",
                    "rows": [
                        ["Položka", "Údaj"],
                        ["Název", "Zpravodajská agentura Regiony24 s.r.o."],
                        ["IČO", "06512381"],
                        ["Sídlo", "Palackého 741/12, 779 00 Olomouc"],
                        ["Kontaktní osoba", "Martin Hora"],
                        ["E-mail", "hora@regiony24.example"],
                        ["Mobil", "608 443 120"],
                    ],
                },
                {
                    "title": "IP adresy",
                    "rows": [
                        ["Typ", "IP adresa", "Poznámka"],
                        ["produkce", "198.18.4.10", "parser 1"],
                        [None, "198.18.4.11", "parser 2"],
                        [None, "198.18.4.12", "záloha"],
                        ["test", "198.18.5.20", "staging"],
                        [None, "198.18.5.21", "notebook vývojáře (jen před volbami)"],
                    ],
                    "merge": ["A2:A4", "A5:A6"],
                },
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Zpravodajská agentura Regiony24 s.r.o.", "06512381", None),
        ["198.18.4.10", "198.18.4.11", "198.18.4.12"],
        ["198.18.5.20", "198.18.5.21"],
        ("Martin Hora", "hora@regiony24.example", "+420608443120"),
    ),
}

D004: dict[str, Any] = {
    "id": "d004-slovak-odt-column-headers",
    "description": "Slovak letter as ODT: production and test addresses in two columns under "
    "their headers, an IPv6 address in the production column, Slovak mobile",
    "style": Style.SLOVAK,
    "from": "Zuzana Hudecová <hudecova@zahorie.example>",
    "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
    "body": "Dobrý deň,\n\nv prílohe Vám zasielam žiadosť nášho vydavateľstva o pripojenie "
    "k serveru s výsledkami volieb.\n\nS pozdravom\nZuzana Hudecová\n",
    "attachments": [
        (
            "odt",
            "ziadost_XML_Zahorie.odt",
            [
                "Vydavateľstvo Záhorie, s. r. o., Námestie slobody 8, 901 01 Malacky, "
                "IČO: 36514471",
                "Český štatistický úrad",
                "Na padesátém 81",
                "100 82 Praha 10, Česká republika",
                "Vec: Žiadosť o registráciu k vyhradenému pripojeniu",
                "Naše vydavateľstvo prevádzkuje spravodajský portál zahorie.example, ktorý "
                "čítajú Slováci žijúci v Česku aj Česi na Záhorí. Počas volieb by sme radi "
                "zobrazovali priebežné výsledky priamo z Vášho XML servera. Prosíme "
                "o povolenie prístupu z nasledujúcich adries:",
                [
                    ["Produkčné IP adresy", "Testovacie IP adresy"],
                    ["203.0.113.21", "203.0.113.90"],
                    ["203.0.113.22", ""],
                    ["2001:db8:5c::21", ""],
                ],
                "Kontaktná osoba: Mgr. Zuzana Hudecová, redaktorka, tel. +421 907 334 812, "
                "e-mail hudecova@zahorie.example",
                "V Malackách 2. 12. 2022",
                "Ing. Peter Kollár, konateľ",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Vydavateľstvo Záhorie, s. r. o.", "36514471", None),
        ["203.0.113.21", "203.0.113.22", "2001:db8:5c::21"],
        ["203.0.113.90"],
        ("Zuzana Hudecová", "hudecova@zahorie.example", "+421907334812"),
    ),
}

D005: dict[str, Any] = {
    "id": "d005-rtf-form-both-requests",
    "description": "RTF form with [x] for both request types, a filming crew and collection "
    "point in table rows, a dash for no test address; the contact's direct line",
    "style": Style.RTF,
    "from": "Televize Slezsko - redakce <redakce@tvslezsko.example>",
    "subject": "Žádost o XML + natáčení na přebíracím místě Ostrava",
    "body": "Dobrý den,\n\nposíláme žádost v příloze (RTF, formulář z minulých voleb jsme "
    "upravili). Kdyby něco chybělo, volejte prosím Kamilu.\n\nredakce TV Slezsko\n",
    "attachments": [
        (
            "rtf",
            "zadost_TVS.rtf",
            [
                "TELEVIZE SLEZSKO, s.r.o.\nNádražní 2970/112, 702 00 Ostrava\nIČO 25390171",
                "ŽÁDOST O SLUŽBY ČSÚ PRO MÉDIA",
                "[x] přístup k serveru s průběžnými výsledky voleb (XML)\n"
                "[x] povolení k natáčení na přebíracím místě",
                [
                    ["Produkční adresy", "198.51.100.81, 198.51.100.82"],
                    ["Testovací adresy", "---"],
                    ["Přebírací místo", "Ostrava (Moravskoslezský kraj)"],
                    ["Štáb", "Jiří Bednář (kamera), Aleš Wróbel (zvuk)"],
                    [
                        "Termín a rozsah",
                        "sobota 14. 1. 2023 od 13:00, krátké záběry z příjmu výsledků pro "
                        "večerní zpravodajství",
                    ],
                ],
                "Kontaktní osoba pro obě žádosti: Kamila Dudová, vedoucí zpravodajství, "
                "tel. 595 135 402 (přímá linka), kamila.dudova@tvslezsko.example",
                "Ostrava 7. 12. 2022\nMgr. Kamila Dudová",
            ],
        )
    ],
    "labels": labels(
        [FEED, REC],
        ("TELEVIZE SLEZSKO, s.r.o.", "25390171", None),
        ["198.51.100.81", "198.51.100.82"],
        [],
        ("Kamila Dudová", "kamila.dudova@tvslezsko.example", "+420595135402"),
    ),
}

D006: dict[str, Any] = {
    "id": "d006-databox-annotation-only",
    "description": "data message: addresses, contact and phone only in the annotation; the "
    "attached cover letter gives the IČO and says the rest is in the subject",
    "style": Style.DATABOX_ANNOTATION,
    "databox": {
        "box": "k7vmq3x",
        "sender": "Táborský týdeník s.r.o.",
        "address": "Žižkovo nám. 4, 390 01 Tábor",
    },
    "subject": "Žádost o přístup k XML výsledkům – prod. IP 198.51.100.140 a 198.51.100.141, "
    "test. IP 198.51.100.150; kontakt Jan Dvořák, 776 203 114, dvorak@tydenik-tabor.example",
    "attachments": [
        (
            "pdf",
            "pruvodni_dopis.pdf",
            [
                "Táborský týdeník s.r.o., IČO 26307758\nŽižkovo nám. 4, 390 01 Tábor",
                "Věc: žádost o vyhrazené připojení – průvodní dopis",
                "Dobrý den,\núdaje k žádosti (IP adresy a kontakt) jsme z praktických důvodů "
                "uvedli přímo ve věci této datové zprávy. Děkujeme za vyřízení.",
                "Bc. Jan Dvořák\nšéfredaktor",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Táborský týdeník s.r.o.", "26307758", "k7vmq3x"),
        ["198.51.100.140", "198.51.100.141"],
        ["198.51.100.150"],
        ("Jan Dvořák", "dvorak@tydenik-tabor.example", "+420776203114"),
    ),
}

D007: dict[str, Any] = {
    "id": "d007-databox-municipal-nested-table",
    "description": "data message from a town (publisher of a municipal newsletter), the "
    "application only in a DOCX whose addresses sit in a table nested in a cell; the "
    "letter prints the office's data-box ID, the town's own is in the footer",
    "style": Style.DATABOX_DOCUMENT,
    "databox": {
        "box": "fe8hw2t",
        "sender": "Město Kolín",
        "address": "Karlovo náměstí 78, 280 12 Kolín",
        "type": 10,
        "ref": "KOL-2022-1187/OKV",
    },
    "subject": "Žádost",
    "attachments": [
        (
            "docx",
            "KOL-2022-1187_zadost_CSU.docx",
            {
                "header": "MĚSTO KOLÍN – Městský úřad, oddělení komunikace a vnějších vztahů",
                "footer": "Karlovo náměstí 78, 280 12 Kolín · IČO 00271454 · ID DS fe8hw2t",
                "blocks": [
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                    "ID datové schránky: 2gfaasy",
                    "Naše č. j.: KOL-2022-1187/OKV\tVyřizuje: Mgr. Tereza Jelínková\t"
                    "Kolín 8. 12. 2022",
                    "Žádost o přidělení přístupu k XML serveru ČSÚ",
                    "Město Kolín vydává měsíčník Kolínský zpravodaj a provozuje městský "
                    "zpravodajský web. Ve volební noc chceme na webu zobrazovat výsledky za "
                    "Kolín a okolní obce, a žádáme proto o přístup k vyhrazenému serveru "
                    "s výsledky ve formátu XML.",
                    {
                        "rows": [
                            ["Žadatel", "Město Kolín, Karlovo náměstí 78, 280 12 Kolín"],
                            ["Adresy", ""],
                            [
                                "Kontakt",
                                "Mgr. Tereza Jelínková, tisková mluvčí\ntel. 321 748 215\n"
                                "tereza.jelinkova@mukolin.example",
                            ],
                        ],
                        "nested": {
                            (1, 1): {
                                "rows": [
                                    ["Ostrý provoz", "Test"],
                                    ["192.0.2.161", "192.0.2.170"],
                                    ["192.0.2.162", "192.0.2.171"],
                                ]
                            }
                        },
                    },
                    "Ing. Miroslav Černý\nstarosta",
                ],
            },
        )
    ],
    "labels": labels(
        [FEED],
        ("Město Kolín", "00271454", "fe8hw2t"),
        ["192.0.2.161", "192.0.2.162"],
        ["192.0.2.170", "192.0.2.171"],
        ("Tereza Jelínková", "tereza.jelinkova@mukolin.example", "+420321748215"),
    ),
}

D008: dict[str, Any] = {
    "id": "d008-html-rowspan-netmask",
    "description": "HTML-only Outlook mail: the production role in a cell spanning three "
    "rows (one IPv6), the test row an address with a netmask (a block of four)",
    "style": Style.HTML_TABLE,
    "from": "Dalibor Krejčí <dalibor.krejci@mhmorava.example>",
    "subject": "Registrace – průběžné výsledky XML",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head><body lang="CS" style="font-family:Calibri,sans-serif">
<p class="MsoNormal">Dobrý den,</p>
<p class="MsoNormal">za společnost Media House Morava a.s. (IČO 46519033) žádám o registraci
k vyhrazenému připojení k serveru s průběžnými výsledky voleb ve formátu XML. Adresy našich
serverů:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">
<tr><td><b>Role</b></td><td><b>IP adresa</b></td><td><b>Server</b></td></tr>
<tr><td rowspan="3">Produkční</td><td>198.51.100.12</td><td>web-01</td></tr>
<tr><td>198.51.100.13</td><td>web-02</td></tr>
<tr><td>2001:db8:7:1::12</td><td>web-01 (IPv6)</td></tr>
<tr><td>Testovací</td><td>198.51.100.200 / 255.255.255.252</td><td>vývojový segment</td></tr>
</table>
<p class="MsoNormal">Kontaktní osobou jsem já, nejlépe na mobilu +420 739 281 605.</p>
<p class="MsoNormal">S pozdravem</p>
<p class="MsoNormal">Ing. Dalibor Krejčí<br>vedoucí vývoje<br>Media House Morava a.s.<br>
Zámečnická 2, 602 00 Brno</p>
</body></html>
""",
    "labels": labels(
        [FEED],
        ("Media House Morava a.s.", "46519033", None),
        ["198.51.100.12", "198.51.100.13", "2001:db8:7:1::12"],
        ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
        ("Dalibor Krejčí", "dalibor.krejci@mhmorava.example", "+420739281605"),
    ),
}

D009: dict[str, Any] = {
    "id": "d009-english-pdf-yes-no",
    "description": "English PDF form from an Austrian broadcaster without IČO (an Austrian "
    "register number instead): YES/NO columns, filming answered NO; IPv6 in a cell",
    "style": Style.YES_NO,
    "from": "Katharina Steiner <k.steiner@alpenfunk.example>",
    "subject": "Application - election results XML access",
    "body": "Dear Sir or Madam,\n\nplease find attached our completed application form for "
    "access to the election results server.\n\nKind regards\nKatharina Steiner\n"
    "Alpenfunk Rundfunk GmbH, Vienna\n",
    "attachments": [
        (
            "pdf",
            "Alpenfunk_application_CZSO.pdf",
            [
                "<b>APPLICATION FORM – MEDIA SERVICES DURING THE ELECTION</b>",
                "Applicant: Alpenfunk Rundfunk GmbH\nRegistered office: Mariahilfer Straße 88, "
                "1070 Wien, Austria\nCompany register: FN 412233 k (Handelsgericht Wien)",
                {
                    "rows": [
                        ["Service requested", "YES", "NO"],
                        ["Access to the dedicated XML results server", "X", ""],
                        [
                            "Permission to record at a collection point (přebírací místo)",
                            "",
                            "X",
                        ],
                    ],
                    "widths": [280, 50, 50],
                },
                {
                    "rows": [
                        ["Production IP addresses", "203.0.113.5<br/>2001:db8:a1f::5"],
                        ["Test IP addresses", "203.0.113.6"],
                    ],
                    "widths": [180, 200],
                },
                "Contact person: Katharina Steiner, Head of Data Desk\n"
                "Phone: +43 1 588 14 220 (direct)\nE-mail: k.steiner@alpenfunk.example",
                "Vienna, 6 December 2022\nDr. Markus Leitner, Managing Director",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Alpenfunk Rundfunk GmbH", None, None),
        ["203.0.113.5", "2001:db8:a1f::5"],
        ["203.0.113.6"],
        ("Katharina Steiner", "k.steiner@alpenfunk.example", "+43158814220"),
    ),
}

D010: dict[str, Any] = {
    "id": "d010-docx-ano-ne-filming",
    "description": "DOCX: a Požadavek/ANO/NE table with ✔ marks (XML access NE, recording ANO), "
    "crew of two with their own phones, the contact named at the end of the table",
    "style": Style.RECORDING,
    "from": "Jakub Hanzl <hanzl@tvjizera.example>",
    "subject": "Povolení k natáčení – přebírací místo Liberec",
    "body": "Dobrý den,\nzasílám žádost o povolení natáčet na přebíracím místě v Liberci, "
    "formulář je v příloze.\nDěkuji\nJakub Hanzl\nTV Jizera\n",
    "attachments": [
        (
            "docx",
            "zadost_natáčení_TVJ.docx",
            {
                "blocks": [
                    "Žádost o povolení k přítomnosti na přebíracím místě ČSÚ",
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k XML serveru s průběžnými výsledky", "", "✔"],
                            [
                                "Pořizování obrazového a zvukového záznamu na přebíracím místě",
                                "✔",
                                "",
                            ],
                        ]
                    },
                    {
                        "rows": [
                            [
                                "Žadatel",
                                "TV Jizera s.r.o., Moskevská 638/14, 460 01 Liberec, IČO 29073189",
                            ],
                            ["Redakce", "Zpravodajství TV Jizera, tamtéž"],
                            [
                                "Osoby, které budou natáčet",
                                "Jakub Hanzl (redaktor), tel. 603 552 817, "
                                "hanzl@tvjizera.example\nRoman Šindelář (kameraman), "
                                "tel. 777 093 441, sindelar@tvjizera.example",
                            ],
                            [
                                "Rozsah záznamu",
                                "reportáž o předávání výsledků z okrsků, asi 30 minut "
                                "natáčení, bez rozhovorů s členy komisí",
                            ],
                            ["Preferované přebírací místo", "Liberec (okres Liberec)"],
                            ["Termín", "13. 1. 2023 večer"],
                            ["Kontakt pro vyřízení", "Jakub Hanzl"],
                        ]
                    },
                    "Liberec 9. 12. 2022\nJakub Hanzl",
                ],
            },
        )
    ],
    "labels": labels(
        [REC],
        ("TV Jizera s.r.o.", "29073189", None),
        [],
        [],
        ("Jakub Hanzl", "hanzl@tvjizera.example", "+420603552817"),
    ),
}

D011: dict[str, Any] = {
    "id": "d011-databox-xlsx-side-by-side",
    "description": "data message with an XLSX only: production and test columns side by side, "
    "a note that one address replaces last year's (left out), contact on a second sheet",
    "style": Style.DATABOX_DOCUMENT,
    "databox": {
        "box": "9pzr6ua",
        "sender": "Radio Vltava Plus spol. s r.o.",
        "address": "Nádražní 2245, 370 01 České Budějovice",
    },
    "subject": "Registrace – průběžné výsledky XML",
    "attachments": [
        (
            "xlsx",
            "IP_adresy_RVP.xlsx",
            [
                {
                    "title": "Adresy",
                    "rows": [
                        ["Produkční IP", "Testovací IP"],
                        ["198.18.40.2", "198.18.41.9"],
                        ["198.18.40.3", None],
                        ["198.18.40.4", None],
                        [None, None],
                        [
                            "Pozn.: 198.18.40.4 nahrazuje loňskou adresu 198.18.40.1, ta se "
                            "už nepoužívá.",
                            None,
                        ],
                    ],
                },
                {
                    "title": "Kontakt",
                    "rows": [
                        ["Firma", "Radio Vltava Plus spol. s r.o."],
                        ["IČO", 61284301],
                        ["Technický kontakt", "Vojtěch Kříž"],
                        ["Tel.", "+420 387 001 566"],
                        ["E-mail", "kriz@rvplus.example"],
                    ],
                },
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Radio Vltava Plus spol. s r.o.", "61284301", "9pzr6ua"),
        ["198.18.40.2", "198.18.40.3", "198.18.40.4"],
        ["198.18.41.9"],
        ("Vojtěch Kříž", "kriz@rvplus.example", "+420387001566"),
    ),
}

D012: dict[str, Any] = {
    "id": "d012-docx-header-footer-range",
    "description": "DOCX letter: publisher and IČO in the page header, the newsroom switchboard "
    "in the footer, production addresses as an en-dash range, the contact in the body",
    "style": Style.DOCX,
    "from": "Hradecký deník <redakce@hradeckydenik.example>",
    "subject": "Žádost o připojení k XML – Hradecký deník",
    "body": "Dobrý den,\n\nv příloze zasíláme žádost o připojení k výsledkovému serveru.\n\n"
    "redakce Hradeckého deníku\n",
    "attachments": [
        (
            "docx",
            "zadost_pripojeni.docx",
            {
                "header": "Hradecké noviny a.s. | Gočárova třída 1620/8, 500 02 Hradec Králové"
                " | IČO: 24766518",
                "footer": "Redakce Hradecký deník · ústředna 495 800 111 · "
                "redakce@hradeckydenik.example · www.hradeckydenik.example",
                "blocks": [
                    "Český statistický úřad – odbor informatiky",
                    "Žádost o registraci k vyhrazenému připojení",
                    "Hradecké noviny a.s., vydavatel Hradeckého deníku, žádá o přidělení "
                    "přístupu k serveru s průběžnými výsledky voleb ve formátu XML.",
                    "Pro ostrý provoz prosíme povolit rozsah 192.0.2.60–192.0.2.62 (tři servery "
                    "za balancérem), pro testování adresu 192.0.2.90.",
                    "Kontaktní osobou pro technické záležitosti je Petra Nováková "
                    "(petra.novakova@hradeckydenik.example, 737 410 298).",
                    "V Hradci Králové dne 6. 12. 2022\nIng. Libor Matějka\nředitel vydavatelství",
                ],
            },
        )
    ],
    "labels": labels(
        [FEED],
        ("Hradecké noviny a.s.", "24766518", None),
        ["192.0.2.60", "192.0.2.61", "192.0.2.62"],
        ["192.0.2.90"],
        ("Petra Nováková", "petra.novakova@hradeckydenik.example", "+420737410298"),
    ),
}

D013_INNER: dict[str, Any] = {
    "id": "d013-inner",
    "from": "Tomáš Jireš <jires@plzenskyzpravodaj.example>",
    "to": "Iveta Rousová <rousova@plzenskyzpravodaj.example>",
    "subject": "žádost o XML přístup",
    "body": "Ivetko,\nprosím pošli to na ČSÚ, vyplnil jsem jejich požadavky do přílohy.\n"
    "Díky, T.\n",
    "attachments": [
        (
            "pdf",
            "XML_CSU.pdf",
            [
                "Plzeňský zpravodaj, z.s. (IČO 04265980)\nAmerická 42, 301 00 Plzeň",
                "Žádáme o přístup k vyhrazenému serveru ČSÚ s výsledky voleb. IP adresy:\n"
                "produkční: 203.0.113.130\nzáložní: 203.0.113.131\ntestovací: žádné",
                "Kontakt: Tomáš Jireš, šéfredaktor, 724 660 137, jires@plzenskyzpravodaj.example",
            ],
        )
    ],
}

D013: dict[str, Any] = {
    "id": "d013-forward-rfc822-with-pdf",
    "description": "a secretary forwards the editor's mail as an attached message whose PDF "
    "holds the application; backup address is production, 'testovací: žádné'",
    "style": Style.FORWARD,
    "from": "Iveta Rousová <rousova@plzenskyzpravodaj.example>",
    "subject": "Fwd: žádost o XML přístup",
    "body": "Dobrý den,\n\npřeposílám žádost našeho šéfredaktora, omylem ji poslal jen mně "
    "místo na podatelnu. Vše podstatné je v původní zprávě a v její příloze.\n\n"
    "S pozdravem\nIveta Rousová\nsekretariát\n",
    "attachments": [("eml", "zadost.eml", D013_INNER)],
    "labels": labels(
        [FEED],
        ("Plzeňský zpravodaj, z.s.", "04265980", None),
        ["203.0.113.130", "203.0.113.131"],
        [],
        ("Tomáš Jireš", "jires@plzenskyzpravodaj.example", "+420724660137"),
    ),
}

D014: dict[str, Any] = {
    "id": "d014-cover-mail-corrects-pdf",
    "description": "the covering mail corrects a transposed production address in the attached "
    "PDF table (row headers 'Produkce 1', 'Test 2'); the corrected value counts",
    "style": Style.CORRECTION,
    "from": "Ondřej Svoboda <svoboda@kurier-vychod.example>",
    "subject": "Zadost XML + oprava",
    "body": "Dobrý den,\n\nposílám žádost o připojení k XML serveru (PDF v příloze). Bohužel "
    "jsem si až po podpisu všiml překlepu: u druhé produkční adresy má být 203.0.113.41, "
    "ne 203.0.113.14, jak je uvedeno ve formuláři. Ostatní údaje platí.\n\n"
    "Děkuji a omlouvám se\nOndřej Svoboda\n",
    "attachments": [
        (
            "pdf",
            "zadost_xml_kurier.pdf",
            [
                "Kurýr Východ s.r.o.\nPernštýnské nám. 51, 530 02 Pardubice\nIČO 28439902",
                "<b>Žádost o přístup k vyhrazenému XML serveru</b>",
                {
                    "rows": [
                        ["", "IP adresa"],
                        ["Produkce 1", "203.0.113.40"],
                        ["Produkce 2", "203.0.113.14"],
                        ["Test 1", "203.0.113.200"],
                        ["Test 2", "203.0.113.201"],
                    ],
                    "widths": [100, 140],
                },
                "Kontaktní osoba: Ondřej Svoboda, správce systémů, tel. 606 902 218, "
                "e-mail svoboda@kurier-vychod.example",
                "Pardubice 12. 12. 2022\nOndřej Svoboda v. r.",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Kurýr Východ s.r.o.", "28439902", None),
        ["203.0.113.40", "203.0.113.41"],
        ["203.0.113.200", "203.0.113.201"],
        ("Ondřej Svoboda", "svoboda@kurier-vychod.example", "+420606902218"),
    ),
}

CASES: list[dict[str, Any]] = [
    D001,
    D002,
    D003,
    D004,
    D005,
    D006,
    D007,
    D008,
    D009,
    D010,
    D011,
    D012,
    D013,
    D014,
]
