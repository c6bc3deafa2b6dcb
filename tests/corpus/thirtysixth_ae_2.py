"""Thirty-sixth held-out part ``ae``, cases ae015–ae028: a DOCX letterhead in the page header,
ANO/NE form columns, a freelancer's data message, a cover note that withdraws a ticked box, a
forwarded original with a cover that drops its test server, a TXT with "resp.", an RTF letter
with a written range, old addresses on a separate sheet, checkbox characters in HTML, a power of
attorney as the only file, wrapped PDF cells, a nested DOCX table, a netmask and a colleague
named as contact. Written by hand apart from the extraction rules (see make_thirtysixth_ae);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysixth_ae_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("4791205"), ico("2619834"), ico("7340621"), ico("2837714")
I19, I20, I21, I22 = ico("0657932"), ico("2425108"), ico("4518836"), ico("2760493")
I23, I24, I25, I26 = ico("0314275"), ico("2893056"), ico("4602817"), ico("2581349")
I27, I28 = ico("0490162"), ico("2732684")

CASES: list[dict[str, Any]] = [
    {
        "id": "ae015-docx-header-letterhead-iphone",
        "description": "iPhone mail with only the signature; DOCX letter whose page header "
        "carries the IČO and data-box ID and whose footer carries register and bank numbers",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Moravskoslezský expres, a.s.",
            I15,
            "q3v8kzm",
            ["203.0.113.141", "203.0.113.142", "203.0.113.143"],
            [],
            "Daniel Ondruš",
            "ondrus@msexpres.example",
            "+420596778120",
        ),
        "from": "Daniel Ondruš <ondrus@msexpres.example>",
        "subject": "Zadost o pristup - MS expres",
        "headers": IPHONE,
        "body": "\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "docx",
                "MSexpres_zadost_volby.docx",
                {
                    "header": f"Moravskoslezský expres, a.s. | 28. října 120, 702 00 Ostrava | "
                    f"IČO {I15} | ID DS: q3v8kzm",
                    "footer": "Zapsáno v OR vedeném KS v Ostravě, oddíl B, vložka 4518 | "
                    "Bankovní spojení: 2301447788/2010",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Ostrava 18. 9. 2025",
                        "Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                        "Vážená paní, vážený pane,\nžádáme o povolení přístupu k serveru s "
                        "výsledky voleb pro naše produkční servery 203.0.113.141, "
                        "203.0.113.142 a 203.0.113.143. Testovací prostředí nemáme, "
                        "stahovat budeme pouze z uvedených serverů.",
                        "Kontaktní osobou je Daniel Ondruš, IT, tel. 596 778 120, "
                        "ondrus@msexpres.example.",
                        "S pozdravem\nPetra Lasáková, ředitelka vydavatelství",
                    ],
                },
            )
        ],
    },
    {
        "id": "ae016-docx-ano-ne-both-yes",
        "description": "DOCX form table with ANO/NE columns, both requests marked ANO; "
        "addresses in a table with row headers; a count of cameras and a date",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "TV Podbrdsko s.r.o.",
            I16,
            None,
            ["192.0.2.51"],
            ["192.0.2.52"],
            "Klára Vojtíšková",
            "vojtiskova@tvpodbrdsko.example",
            "+420603447218",
        ),
        "from": "Klára Vojtíšková <vojtiskova@tvpodbrdsko.example>",
        "subject": "Žádost – XML + natáčení (TV Podbrdsko)",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\nzasílám vyplněný formulář za TV Podbrdsko. Originál s podpisem "
            "jednatele dodáme, pokud bude potřeba.\n\nKlára Vojtíšková\n603 447 218\n"
        ),
        "attachments": [
            (
                "docx",
                "TVP_formular.docx",
                {
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI MÉDIA",
                        {
                            "rows": [
                                ["Název žadatele", "TV Podbrdsko s.r.o."],
                                ["IČO", I16],
                                ["Sídlo", "Pražská 411, 261 01 Příbram"],
                            ]
                        },
                        {
                            "rows": [
                                ["Požadujeme", "ANO", "NE"],
                                ["přístup k výsledkům ve formátu XML", "X", ""],
                                ["povolení k natáčení na sběrném místě", "X", ""],
                            ]
                        },
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.51"],
                                ["Testovací IP", "192.0.2.52"],
                                ["Počet kamer", "2"],
                                ["Termín natáčení", "4. 10. 2025, 14–22 h"],
                            ]
                        },
                        "Kontaktní osoba: Klára Vojtíšková, +420 603 447 218, "
                        "vojtiskova@tvpodbrdsko.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "ae017-databox-freelancer-photographer",
        "description": "a freelance photographer's own data box (type PFO): filming request in "
        "the annotation, a press-card scan described in a PDF as the file",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Tereza Hrubá",
            I17,
            "f6nuc8a",
            [],
            [],
            "Tereza Hrubá",
            None,
            "+420603914552",
        ),
        "subject": "Prosím o povolení fotografovat na sběrném místě ČSÚ v Brně 4. 10. 2025 "
        f"(fotoreportáž pro týdeník). Jsem fotografka na volné noze, IČO {I17}. Přístup k "
        "XML nepotřebuji. Tel. 603 914 552. Tereza Hrubá",
        "databox": {
            "box": "f6nuc8a",
            "sender": "Tereza Hrubá",
            "address": "Cejl 17, 602 00 Brno",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "prukaz_novinare_Hruba.pdf",
                [
                    "<b>NOVINÁŘSKÝ PRŮKAZ / PRESS CARD</b>",
                    "Jméno: Tereza Hrubá\nČíslo průkazu: SN-2025-04417\nPlatnost do: 31. 12. 2026",
                    "Vydal: Syndikát novinářů ČR, z. s.",
                ],
            )
        ],
    },
    {
        "id": "ae018-cover-withdraws-ticked-filming",
        "description": "PDF form with both boxes ticked; the cover mail says the filming box "
        "was ticked by mistake",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Sportovní a zpravodajský portál Hanák s.r.o.",
            I18,
            None,
            ["198.51.100.171"],
            ["198.51.100.172"],
            "Vít Procházka",
            "prochazka@hanak-portal.example",
            "+420608771430",
        ),
        "from": "Vít Procházka <prochazka@hanak-portal.example>",
        "subject": "Formulář – volby 2025",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "posílám formulář. Ve formuláři jsme omylem zaškrtli i natáčení – to "
            "nepotřebujeme, žádáme jen o přístup k XML.\n\n"
            "Díky,\nVít Procházka\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_Hanak.pdf",
                [
                    "<b>Žádost o přístup k výsledkům voleb / povolení k natáčení</b>",
                    f"Žadatel: Sportovní a zpravodajský portál Hanák s.r.o.\nIČO: {I18}",
                    "☑ Přístup k výsledkům voleb ve formátu XML\n"
                    "☑ Povolení k pořizování záznamu na sběrném místě",
                    {
                        "rows": [
                            ["Produkční IP adresa", "198.51.100.171"],
                            ["Testovací IP adresa", "198.51.100.172"],
                        ],
                        "widths": [160, 160],
                    },
                    "Kontaktní osoba: Vít Procházka, tel.: 608-771-430, "
                    "prochazka@hanak-portal.example",
                ],
            )
        ],
    },
    {
        "id": "ae019-forward-own-original-drops-test",
        "description": "the applicant forwards its own earlier mail (attached .eml); the new "
        "cover drops the test server, so only the production address stays",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Žďárský obzor, z.s.",
            I19,
            None,
            ["203.0.113.33"],
            [],
            "Pavel Sedláček",
            "sedlacek@zdarskyobzor.example",
            "+420566621904",
        ),
        "from": "Pavel Sedláček <sedlacek@zdarskyobzor.example>",
        "subject": "Fwd: Žádost o přístup k XML výsledkům",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám naši žádost z minulého týdne, na kterou nám nepřišlo potvrzení. "
            "Jediná změna: testovací server jsme mezitím zrušili, prosím tedy jen o produkční "
            "adresu. Ostatní platí.\n\n"
            "Pavel Sedláček\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k XML vysledkum.eml",
                {
                    "id": "ae019-inner",
                    "from": "Pavel Sedláček <sedlacek@zdarskyobzor.example>",
                    "subject": "Žádost o přístup k XML výsledkům",
                    "headers": GMAIL,
                    "body": (
                        "Dobrý den,\n\n"
                        "spolek Žďárský obzor, z.s. (IČO "
                        f"{I19}), vydavatel stejnojmenného zpravodajského webu, žádá o "
                        "přístup k výsledkům voleb ve formátu XML.\n\n"
                        "produkce: 203.0.113.33\n"
                        "test: 203.0.113.34\n\n"
                        "Kontakt: Pavel Sedláček, 566 621 904\n\n"
                        "Děkuji\nPavel Sedláček\npředseda spolku\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ae020-txt-resp-iso-8859-2",
        "description": "iso-8859-2 cover; the TXT attachment gives roles only by 'resp.' and "
        "names a colleague as contact",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj s.r.o.",
            I20,
            None,
            ["192.0.2.61"],
            ["192.0.2.62"],
            "Aneta Horká",
            "horka@lbczpravodaj.example",
            "+420731665042",
        ),
        "from": "Stanislav Rejl <rejl@lbczpravodaj.example>",
        "subject": "žádost o přístup (txt)",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\nžádost posílám v příloze jako txt, Word nám zrovna stávkuje.\nDíky, Rejl\n"
        ),
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Liberecký zpravodaj s.r.o., Moskevská 7, 460 01 Liberec\n"
                f"IČO {I20}\n\n"
                "Žádáme o přístup k výsledkům voleb do PS PČR 2025 ve formátu XML.\n"
                "Adresy 192.0.2.61 a 192.0.2.62 jsou produkční, resp. testovací.\n"
                "Kontaktní osobou je naše programátorka Aneta Horká (731 665 042,\n"
                "horka@lbczpravodaj.example).\n\n"
                "Stanislav Rejl, jednatel\n",
            )
        ],
    },
    {
        "id": "ae021-databox-rtf-written-range",
        "description": "data message with an RTF letter: a written range of three production "
        "addresses, the office's box and IČO in the address block",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Rádio Haná Plus s.r.o.",
            I21,
            "b7ksx5p",
            ["198.51.100.40", "198.51.100.41", "198.51.100.42"],
            ["198.51.100.45"],
            "Luděk Skácel",
            "skacel@hanaplus.example",
            "+420585113720",
        ),
        "subject": "Žádost o zřízení přístupu – volby do PS 2025",
        "databox": {
            "box": "b7ksx5p",
            "sender": "Rádio Haná Plus s.r.o.",
            "address": "Třída Svobody 21, 779 00 Olomouc",
        },
        "attachments": [
            (
                "rtf",
                "Zadost_HanaPlus.rtf",
                [
                    "Rádio Haná Plus s.r.o.\nTřída Svobody 21, 779 00 Olomouc",
                    "Adresát: Český statistický úřad, IČO 00025593, datová schránka 2gfaasy",
                    "Žádost o zřízení přístupu k výsledkům voleb",
                    "Žádáme o přístup z produkčních adres 198.51.100.40–198.51.100.42 a z "
                    "testovací adresy 198.51.100.45.",
                    "Kontakt: Luděk Skácel, 585 113 720, skacel@hanaplus.example",
                    f"Rádio Haná Plus s.r.o., IČO {I21}\nIng. Jiří Malý, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ae022-xlsx-old-sheet-not-valid",
        "description": "XLSX with last election's addresses on the first sheet marked "
        "invalid and the current ones on the second; the cover says which sheet counts",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Karlovarský deník plus a.s.",
            I22,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.190"],
            "Michal Beran",
            "beran@kvdenikplus.example",
            "+420353221890",
        ),
        "from": "Michal Beran <beran@kvdenikplus.example>",
        "subject": "IP adresy pro volby 2025",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "za Karlovarský deník plus a.s. žádáme o přístup k XML s výsledky. V tabulce je na "
            "prvním listu ještě přehled z minulých voleb (ty adresy už nepoužíváme), platí "
            "list „2025“.\n\n"
            "S pozdravem\nMichal Beran\nIT oddělení\ntel. 353 221 890\n"
        ),
        "attachments": [
            (
                "xlsx",
                "KVD_IP_prehled.xlsx",
                [
                    {
                        "title": "2021 (neplatné)",
                        "rows": [
                            ["Role", "IP"],
                            ["produkce", "203.0.113.80"],
                            ["test", "203.0.113.90"],
                        ],
                    },
                    {
                        "title": "2025",
                        "rows": [
                            ["Žadatel", "Karlovarský deník plus a.s.", f"IČO {I22}"],
                            ["Role", "IP"],
                            ["produkce", "203.0.113.180"],
                            ["produkce", "203.0.113.181"],
                            ["test", "203.0.113.190"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ae023-gmail-html-checkbox-characters",
        "description": "Gmail HTML mail with checkbox characters (☑/☐) and a small role table; "
        "the ODT attachment is only a company profile",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Valašské noviny s.r.o.",
            I23,
            None,
            ["192.0.2.111", "192.0.2.112"],
            ["192.0.2.119"],
            "Hedvika Orságová",
            "orsagova@valasskenoviny.example",
            "+420571880326",
        ),
        "from": "Hedvika Orságová <orsagova@valasskenoviny.example>",
        "subject": "Žádost média – Valašské noviny",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nžádáme:\n[x] přístup k XML\n[ ] natáčení\n\n"
            "Produkce 192.0.2.111, 192.0.2.112, test 192.0.2.119.\n\nHedvika Orságová\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>za Valašské noviny s.r.o. (IČO "
            f"{I23}) žádáme:</div>"
            "<div>☑ přístup k výsledkům voleb ve formátu XML</div>"
            "<div>☐ povolení k natáčení</div><div><br></div>"
            '<table style="border:1px solid #ccc"><tbody>'
            "<tr><td><b>produkce</b></td><td>192.0.2.111, 192.0.2.112</td></tr>"
            "<tr><td><b>test</b></td><td>192.0.2.119</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Pro představu přikládám profil vydavatelství.</div><div><br></div>"
            '<div>-- <br><div dir="ltr">Hedvika Orságová<br>vedoucí online<br>'
            "Valašské noviny s.r.o.<br>+420 571 880 326</div></div></div>"
        ),
        "attachments": [
            (
                "odt",
                "profil_Valasske_noviny.odt",
                [
                    "Valašské noviny s.r.o. – profil vydavatelství",
                    "Založeno 1994, náklad tištěného vydání 12 000 výtisků, web 310 000 "
                    "unikátních návštěvníků měsíčně (Google Analytics 4, září 2025).",
                    [
                        ["Titul", "Periodicita"],
                        ["Valašské noviny", "týdeník"],
                        ["Valašsko dnes", "web"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ae024-databox-annotation-power-of-attorney",
        "description": "data message: both requests in the annotation with the contact as "
        "'L. Marek'; the only file is a power of attorney that gives his full name and the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED, FILM],
            "Podještědský rozhlas s.r.o.",
            I24,
            "m3hqe7v",
            ["203.0.113.77"],
            [],
            "Luboš Marek",
            None,
            "+420605443019",
        ),
        "subject": "Žádáme o přístup k XML výsledkům (IP 203.0.113.77) i o povolení natáčet ve "
        "volební noc na sběrném místě Liberec. Kontakt: L. Marek, 605 443 019. Plná moc "
        "přiložena.",
        "databox": {
            "box": "m3hqe7v",
            "sender": "Podještědský rozhlas s.r.o.",
            "address": "Nádražní 4, 463 31 Chrastava",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Marek.pdf",
                [
                    "<b>PLNÁ MOC</b>",
                    f"Společnost Podještědský rozhlas s.r.o., IČO {I24}, se sídlem Nádražní 4, "
                    "463 31 Chrastava, zastoupená jednatelkou Ing. Martinou Vlkovou,",
                    "zmocňuje",
                    "pana Luboše Marka, nar. 2. 2. 1985, bytem Jablonecká 19, Liberec,",
                    "k podání žádosti o přístup k výsledkům voleb a o povolení k natáčení u "
                    "Českého statistického úřadu a ke všem souvisejícím úkonům.",
                    "V Chrastavě dne 12. 9. 2025\n\nIng. Martina Vlková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "ae025-apple-pdf-wrapped-cells",
        "description": "Apple Mail note; PDF table with narrow cells so that the role and "
        "three production addresses wrap over several lines; a signature with three people",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Echo Praha Media s.r.o.",
            I25,
            None,
            ["203.0.113.150", "203.0.113.151", "203.0.113.152"],
            ["203.0.113.160"],
            "Eva Lindnerová",
            "lindnerova@echopraha.example",
            "+420724118305",
        ),
        "from": "Eva Lindnerová <lindnerova@echopraha.example>",
        "subject": "Přístup k XML – Echo Praha",
        "headers": APPLE,
        "body": (
            "Dobrý den,\nžádost je v příloze, kontakt jsem já.\nZdraví Eva\n\n"
            "--\nEva Lindnerová, produkce | 724 118 305\n"
            "Ondřej Hlaváč, šéfredaktor | 724 118 300\n"
            "Redakce: redakce@echopraha.example | 222 510 400\n"
        ),
        "attachments": [
            (
                "pdf",
                "EchoPraha_zadost.pdf",
                [
                    f"Echo Praha Media s.r.o., IČO {I25}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Účel", "IP adresy"],
                            [
                                "Produkční servery (primární a záložní)",
                                "203.0.113.150, 203.0.113.151, 203.0.113.152",
                            ],
                            ["Testovací server", "203.0.113.160"],
                        ],
                        "widths": [90, 95],
                    },
                    "Kontaktní osoba: Eva Lindnerová, +420 724 118 305, "
                    "lindnerova@echopraha.example",
                ],
            )
        ],
    },
    {
        "id": "ae026-docx-nested-table",
        "description": "DOCX with an applicant table whose address cell holds a nested "
        "table with Produkce/Test columns of unequal length",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Týdeník Horácko, spol. s r.o.",
            I26,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.180"],
            "Josef Dobeš",
            "dobes@horacko.example",
            "+420566503318",
        ),
        "from": '"Ing. Josef Dobeš" <dobes@horacko.example>',
        "subject": "Žádost – Týdeník Horácko",
        "headers": SEZNAM,
        "body": "Dobrý den, posílám žádost.\nS pozdravem Josef Dobeš\n",
        "attachments": [
            (
                "docx",
                "Horacko_zadost.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Žadatel", "Týdeník Horácko, spol. s r.o."],
                                ["IČO", I26],
                                ["IP adresy", ""],
                                ["Kontakt", "Ing. Josef Dobeš, 566 503 318, dobes@horacko.example"],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["Produkce", "Test"],
                                        ["192.0.2.170", "192.0.2.180"],
                                        ["192.0.2.171", ""],
                                    ]
                                }
                            },
                        },
                        "Nové Město na Moravě, 15. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "ae027-databox-docx-netmask",
        "description": "data message with a DOCX letter: a production address with a "
        "netmask (a block of four) and a single test address",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Zlínská mediální agentura a.s.",
            I27,
            "z8cwa2n",
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Roman Vaculík",
            "vaculik@zlinagentura.example",
            "+420577430218",
        ),
        "subject": "Volby 2025 – žádost o přístup",
        "databox": {
            "box": "z8cwa2n",
            "sender": "Zlínská mediální agentura a.s.",
            "address": "Bartošova 5, 760 01 Zlín",
        },
        "attachments": [
            (
                "docx",
                "ZMA_zadost_pristup.docx",
                {
                    "header": "ZLÍNSKÁ MEDIÁLNÍ AGENTURA",
                    "blocks": [
                        f"Zlínská mediální agentura a.s., Bartošova 5, 760 01 Zlín, IČO {I27}",
                        "Věc: přístup k výsledkům voleb (XML)",
                        "Žádáme o povolení přístupu z naší produkční sítě 198.51.100.64 s maskou "
                        "255.255.255.252. Testovat budeme z adresy 198.51.100.70.",
                        "Technický kontakt: Roman Vaculík, 577 430 218, "
                        "vaculik@zlinagentura.example",
                        "Mgr. Ilona Petříková, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "ae028-seznam-pdf-colleague-contact",
        "description": "an assistant sends the director's PDF letter; the letter names an "
        "editor as contact for both requests (not the sender, not the signer)",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "Rádio Šumava s.r.o.",
            I28,
            None,
            ["198.51.100.12"],
            ["198.51.100.13"],
            "Jana Bílková",
            "bilkova@radiosumava.example",
            "+420724906113",
        ),
        "from": "Asistentka RŠ <asistentka@radiosumava.example>",
        "subject": "Žádost ředitele Rádia Šumava",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\nz pověření pana ředitele zasílám v příloze žádost. Prosím o "
            "potvrzení přijetí.\n\nS pozdravem\nRenata Kolářová, asistentka\n"
            "Rádio Šumava, tel. 376 300 100\n"
        ),
        "attachments": [
            (
                "pdf",
                "RS_zadost_CSU.pdf",
                [
                    f"RÁDIO ŠUMAVA s.r.o.\nNáměstí Svobody 3, 339 01 Klatovy\nIČ: {I28}",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení k natáčení",
                    "Žádáme o přístup k výsledkům ve formátu XML pro produkční IP adresu "
                    "198.51.100.12 a testovací IP adresu 198.51.100.13 a zároveň o povolení "
                    "k pořízení zvukového záznamu na sběrném místě v Klatovech.",
                    "Kontaktní osobou pro obě žádosti je redaktorka Jana Bílková, mobil "
                    "724 906 113, bilkova@radiosumava.example.",
                    "Mgr. Zdeněk Pour\nředitel",
                ],
            )
        ],
    },
]
