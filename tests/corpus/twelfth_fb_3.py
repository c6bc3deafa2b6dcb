"""Twelfth held-out part ``fb``, cases fb029–fb042: data messages with sheets and letters,
merged and wrapped table cells, netmasks, and cover mails that withdraw, add or replace what the
attachment says, written by hand (see tests/corpus/LABELS.md)."""

from __future__ import annotations

from tests.corpus.label_rules import L
from tests.corpus.twelfth_fb_common import BOTH, FEED, FILM, Case, Style

CASES: list[Case] = [
    {
        "id": "fb029-databox-txt-backup-server",
        "description": "data message with a TXT letter; a backup server counts as production; box ID repeated in the signature",
        "style": Style.DATABOX,
        "databox": {
            "box": "b9ms2tc",
            "sender": "Nakladatelství Beskydy Media, spol. s r.o.",
            "address": "Horní 15, 739 11 Frýdlant nad Ostravicí",
        },
        "subject": "Vyhrazené připojení – Beskydy Media",
        "attachments": [
            (
                "txt",
                "zadost_beskydy.txt",
                "Věc: žádost o registraci k vyhrazenému připojení (XML)\n\n"
                "Hlavní server: 192.0.2.120\nZáložní server: 192.0.2.121\n"
                "Testovací prostředí: 198.51.100.120\n\n"
                "Případné dotazy prosím směřujte na Radima Ondráčka, ondracek@beskydymedia.example, "
                "tel. 558 777 140.\n\n"
                "Radim Ondráček\nNakladatelství Beskydy Media, spol. s r.o.\nIČO 27231551, ID DS b9ms2tc\n",
            )
        ],
        "labels": L(
            FEED,
            "Nakladatelství Beskydy Media, spol. s r.o.",
            "27231551",
            "b9ms2tc",
            ["192.0.2.120", "192.0.2.121"],
            ["198.51.100.120"],
            "Radim Ondráček",
            "ondracek@beskydymedia.example",
            "+420558777140",
        ),
    },
    {
        "id": "fb030-docx-footer-registry-ipv6",
        "description": "DOCX letter with IČO only in the footer's registry line; IPv4 and IPv6 production, no test",
        "style": Style.LETTER,
        "from": "Michaela Dušková <duskova@rvs.example>",
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "body": "Dobrý den,\n\nzasílám žádost našeho rozhlasu.\n\nS pozdravem\nMichaela Dušková\n",
        "attachments": [
            (
                "docx",
                "RVS_zadost_XML.docx",
                {
                    "header": "ROZHLAS VLTAVA-SEVER",
                    "footer": "Rozhlas Vltava-Sever s.r.o. · IČO 27001954 · zapsaná v OR vedeném KS v Ústí nad Labem, oddíl C, vložka 20417",
                    "blocks": [
                        "Věc: Žádost o přístup k vyhrazenému XML serveru",
                        "Dobrý den, rádi bychom i letos přebírali průběžné výsledky přímo z vašeho serveru. "
                        "Stahovat budeme ze dvou strojů: 192.0.2.180 a 2001:db8:180::1. Testovací adresu "
                        "tentokrát neuvádíme.",
                        "Michaela Dušková, technická ředitelka\nduskova@rvs.example, +420 416 530 802",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Rozhlas Vltava-Sever s.r.o.",
            "27001954",
            None,
            ["192.0.2.180", "2001:db8:180::1"],
            [],
            "Michaela Dušková",
            "duskova@rvs.example",
            "+420416530802",
        ),
    },
    {
        "id": "fb031-mail-withdraws-feed-from-form",
        "description": "DOCX form ticks both requests but the mail withdraws the XML access: only filming remains",
        "style": Style.CORRECTION,
        "from": "Alena Vávrová <vavrova@vecernikliberec.example>",
        "subject": "Žádost – Večerník Liberec",
        "body": (
            "Dobrý den,\n\nposílám formulář, který jsme vyplnili minulý týden. Mezitím jsme se "
            "dohodli s ČTK, že výsledky budeme brát od nich, takže přístup k XML nakonec "
            "nepotřebujeme – berte prosím žádost jen jako žádost o natáčení na přebíracím místě.\n\n"
            "Děkuji\nAlena Vávrová\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_vecernik.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel", "Večerník Liberec, s.r.o., IČO 28664175"],
                                [
                                    "☒ přístup k XML",
                                    "produkční IP 192.0.2.44, testovací 192.0.2.45",
                                ],
                                [
                                    "☒ natáčení na přebíracím místě",
                                    "okres Liberec, redaktorka a kameraman",
                                ],
                                [
                                    "Kontakt",
                                    "Alena Vávrová, vavrova@vecernikliberec.example, 485 102 337",
                                ],
                            ]
                        }
                    ]
                },
            )
        ],
        "labels": L(
            FILM,
            "Večerník Liberec, s.r.o.",
            "28664175",
            None,
            [],
            [],
            "Alena Vávrová",
            "vavrova@vecernikliberec.example",
            "+420485102337",
        ),
    },
    {
        "id": "fb032-english-pdf-yes-no-swiss",
        "description": "Swiss desk without IČO; English PDF form with Yes/No answers, IPv6 production and an IPv4 test address",
        "style": Style.FORM,
        "from": "Luca Brunner <l.brunner@helvetiadesk.example>",
        "subject": "Registration form - dedicated results server",
        "body": "Good morning,\nplease see the completed form attached.\nLuca Brunner\n",
        "attachments": [
            (
                "pdf",
                "registration_HED.pdf",
                [
                    "Registration of media – Czech presidential election 2023",
                    {
                        "rows": [
                            ["Applicant", "Helvetia Election Desk AG, Zürich"],
                            ["Access to the XML results server", "Yes"],
                            ["Recording at a collection point", "No"],
                            ["Production addresses", "2001:db8:c4::20, 2001:db8:c4::21"],
                            ["Test address", "198.51.100.230"],
                            [
                                "Contact person",
                                "Luca Brunner, l.brunner@helvetiadesk.example, +41 44 555 12 34",
                            ],
                        ],
                        "widths": [170, 280],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Helvetia Election Desk AG",
            None,
            None,
            ["2001:db8:c4::20", "2001:db8:c4::21"],
            ["198.51.100.230"],
            "Luca Brunner",
            "l.brunner@helvetiadesk.example",
            "+41445551234",
        ),
    },
    {
        "id": "fb033-rtf-slovak-letter-both",
        "description": "Slovak radio without a Czech IČO; RTF letter asking for the feed and for recording in Prague",
        "style": Style.LETTER,
        "from": "Marek Kováč <kovac@radiotatry.example>",
        "subject": "Žiadosť – XML výsledky a nahrávanie",
        "body": "Dobrý deň,\nposielam našu žiadosť v prílohe (RTF).\nMarek Kováč\n",
        "attachments": [
            (
                "rtf",
                "ziadost_radio_tatry.rtf",
                [
                    "Rádio Tatry, s. r. o.\nMlynské nivy 5, 821 09 Bratislava",
                    "Vec: Žiadosť o prístup k XML serveru a o povolenie nahrávania",
                    "Žiadame o pridelenie prístupu k vyhradenému serveru s výsledkami vo formáte XML "
                    "a zároveň o povolenie pre nášho redaktora nahrávať zvukové reportáže na preberacom "
                    "mieste ČSÚ v Prahe.",
                    [
                        ["Ostrá prevádzka", "203.0.113.55", "203.0.113.56"],
                        ["Testovanie", "203.0.113.57", ""],
                    ],
                    "Kontaktná osoba: Marek Kováč, kovac@radiotatry.example, tel. +421 2 5443 1200",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Rádio Tatry, s. r. o.",
            None,
            None,
            ["203.0.113.55", "203.0.113.56"],
            ["203.0.113.57"],
            "Marek Kováč",
            "kovac@radiotatry.example",
            "+421254431200",
        ),
    },
    {
        "id": "fb034-databox-xlsx-merged-role",
        "description": "data message with an XLSX whose role cell is merged over two production rows",
        "style": Style.DATABOX,
        "databox": {
            "box": "s5lq2xe",
            "sender": "Severočeské listy, a.s.",
            "address": "Mírové nám. 2, 400 01 Ústí nad Labem",
        },
        "subject": "Žádost o vyhrazené připojení – tabulka IP v příloze",
        "attachments": [
            (
                "xlsx",
                "SL_IP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Severočeské listy, a.s.", "IČO 25997831", ""],
                            ["Role", "IP adresa", "Poznámka"],
                            ["Produkce", "198.18.30.1", "redakční systém"],
                            ["", "198.18.30.2", "grafika TV partnera"],
                            ["Test", "198.18.31.1", ""],
                            ["Kontakt", "Hynek Paur", "paur@sevlisty.example, 475 600 318"],
                        ],
                        "merge": ["A3:A4"],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Severočeské listy, a.s.",
            "25997831",
            "s5lq2xe",
            ["198.18.30.1", "198.18.30.2"],
            ["198.18.31.1"],
            "Hynek Paur",
            "paur@sevlisty.example",
            "+420475600318",
        ),
    },
    {
        "id": "fb035-txt-form-no-diacritics-both",
        "description": "plain-text form without diacritics, both boxes ticked [x]; association without IČO; one production address",
        "style": Style.PLAIN,
        "from": "Pavel Cerny <pavel.cerny@obcasnik.example>",
        "subject": "zadost - volby 2023",
        "body": "Dobry den, posilam vyplneny formular jako text. Diky, Pavel Cerny\n",
        "attachments": [
            (
                "txt",
                "formular.txt",
                "ZADOST O REGISTRACI MEDIA\n"
                "Zadatel: Spolek Dobroucky obcasnik, z.s.\n"
                "ICO: nemame prideleno\n"
                "[x] pristup k XML vysledkum\n"
                "[x] povoleni k nataceni na prebiracim miste (okres Usti nad Orlici)\n"
                "IP ostry provoz: 192.0.2.250\n"
                "IP test: -\n"
                "Kontakt: Pavel Cerny, pavel.cerny@obcasnik.example, tel 603112908\n",
            )
        ],
        "labels": L(
            BOTH,
            "Spolek Dobroucky obcasnik, z.s.",
            None,
            None,
            ["192.0.2.250"],
            [],
            "Pavel Cerny",
            "pavel.cerny@obcasnik.example",
            "+420603112908",
        ),
    },
    {
        "id": "fb036-cover-adds-missing-test",
        "description": "PDF form leaves the test address blank; the cover mail supplies it",
        "style": Style.COVER_NOTE,
        "from": "Ladislav Pokorný <pokorny@brnenskyobzor.example>",
        "subject": "Žádost o registraci – Brněnský obzor",
        "body": (
            "Dobrý den,\nv příloze formulář. Do formuláře jsem zapomněl uvést testovací adresu, "
            "doplňuji: 203.0.113.44.\nL. Pokorný\n"
        ),
        "attachments": [
            (
                "pdf",
                "obzor_formular.pdf",
                [
                    "Žádost o registraci k vyhrazenému připojení",
                    {
                        "rows": [
                            ["Žadatel", "Brněnský obzor, s.r.o."],
                            ["IČO", "26974401"],
                            ["Adresy pro ostrý provoz", "203.0.113.40<br/>203.0.113.41"],
                            ["Testovací adresy", "—"],
                            ["Kontaktní osoba", "Ladislav Pokorný"],
                            ["Telefon / e-mail", "543 211 609 / pokorny@brnenskyobzor.example"],
                        ],
                        "widths": [170, 250],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Brněnský obzor, s.r.o.",
            "26974401",
            None,
            ["203.0.113.40", "203.0.113.41"],
            ["203.0.113.44"],
            "Ladislav Pokorný",
            "pokorny@brnenskyobzor.example",
            "+420543211609",
        ),
    },
    {
        "id": "fb037-docx-merged-main-and-backup",
        "description": "DOCX table: one merged cell labels main and backup servers as production; letter signed by the director",
        "style": Style.FORM,
        "from": "Robert Křížek <krizek@mediahub.example>",
        "subject": "Mediahub Ostrava – registrace XML",
        "body": "Dobrý den,\npřikládám žádost ve formátu DOCX.\nRobert Křížek\n",
        "attachments": [
            (
                "docx",
                "mediahub_zadost.docx",
                {
                    "blocks": [
                        "Mediahub Ostrava, a.s., IČO 28120965, Nádražní 12, 702 00 Ostrava",
                        "Žádáme o přístup k vyhrazenému serveru s výsledky voleb:",
                        {
                            "rows": [
                                ["Produkční (hlavní + záložní)", "198.51.100.161"],
                                ["", "198.51.100.162"],
                                ["Testovací", "198.51.100.169"],
                            ],
                            "merge": [(0, 0, 1, 0)],
                        },
                        "Ing. Robert Křížek, generální ředitel\nkrizek@mediahub.example, 596 633 180",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Mediahub Ostrava, a.s.",
            "28120965",
            None,
            ["198.51.100.161", "198.51.100.162"],
            ["198.51.100.169"],
            "Robert Křížek",
            "krizek@mediahub.example",
            "+420596633180",
        ),
    },
    {
        "id": "fb038-english-odt-austrian-institute",
        "description": "Austrian journalism institute, English ODT, IPv4 and IPv6 production and no test address",
        "style": Style.LETTER,
        "from": "Miriam Huber <m.huber@dij.example>",
        "subject": "Access to election results XML – Danube Institute of Journalism",
        "body": "Dear colleagues,\n\nour application is attached as ODT.\n\nWith best regards\nMiriam Huber\n",
        "attachments": [
            (
                "odt",
                "DIJ_application.odt",
                [
                    "Danube Institute of Journalism, Wien",
                    "For a comparative study of election reporting in Central Europe our data lab "
                    "would like to receive the live results of the Czech presidential election from "
                    "the dedicated XML server.",
                    "Servers: 198.51.100.5 and 2001:db8:d1::5 (both production; we do not need a test slot).",
                    "Contact: Dr. Miriam Huber, m.huber@dij.example, +43 1 4277 33512",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Danube Institute of Journalism",
            None,
            None,
            ["198.51.100.5", "2001:db8:d1::5"],
            [],
            "Miriam Huber",
            "m.huber@dij.example",
            "+431427733512",
        ),
    },
    {
        "id": "fb039-html-table-netmask-ipv6",
        "description": "HTML table with address, mask and role columns; a /31 by netmask plus IPv6 for production",
        "style": Style.HTML,
        "from": "Zuzana Matějková <matejkova@moravaonline.example>",
        "subject": "registrace k XML",
        "body": (
            "Dobrý den,\nposílám adresy pro vyhrazené připojení.\n"
            "203.0.113.64 255.255.255.254 produkce\n2001:db8:5::64 produkce\n"
            "203.0.113.70 255.255.255.255 test\n"
            "Zuzana Matějková, Zpravodajství Morava Online, s.r.o., IČO 25368176, 777 190 442\n"
        ),
        "html": (
            "<p>Dobrý den,<br>posílám adresy pro vyhrazené připojení.</p>"
            "<table border='1' cellpadding='3'><tr><th>Adresa</th><th>Maska</th><th>Role</th></tr>"
            "<tr><td>203.0.113.64</td><td>255.255.255.254</td><td>produkce</td></tr>"
            "<tr><td>2001:db8:5::64</td><td></td><td>produkce</td></tr>"
            "<tr><td>203.0.113.70</td><td>255.255.255.255</td><td>test</td></tr></table>"
            "<p>Zuzana Matějková<br>Zpravodajství Morava Online, s.r.o., IČO 25368176<br>777 190 442</p>"
        ),
        "labels": L(
            FEED,
            "Zpravodajství Morava Online, s.r.o.",
            "25368176",
            None,
            ["203.0.113.64", "203.0.113.65", "2001:db8:5::64"],
            ["203.0.113.70"],
            "Zuzana Matějková",
            "matejkova@moravaonline.example",
            "+420777190442",
        ),
    },
    {
        "id": "fb040-databox-docx-filming-signer",
        "description": "data message with a DOCX filming request; the reporter to be admitted is named, the signing editor is the applicant contact",
        "style": Style.DATABOX,
        "databox": {
            "box": "t2hn8va",
            "sender": "Televize Haná, a.s.",
            "address": "Horní náměstí 9, 779 00 Olomouc",
        },
        "subject": "Žádost o povolení k přítomnosti na přebíracím místě",
        "attachments": [
            (
                "docx",
                "TVH_povoleni.docx",
                {
                    "header": "Televize Haná, a.s. | IČO 07911246",
                    "blocks": [
                        "Žádáme o povolení přítomnosti našeho štábu na přebíracím místě pro Olomoucký kraj "
                        "během sčítání 1. kola. Natáčet bude redaktor Jakub Zahradník "
                        "(zahradnik@tvhana.example, 605 880 012) s kameramanem.",
                        "Rozsah: záběry pracoviště a krátký rozhovor, pokud to provoz dovolí. "
                        "Ve věci této žádosti se prosím obracejte přímo na mě.",
                        "S pozdravem\nMgr. Lucie Pešková, šéfredaktorka\npeskova@tvhana.example, 585 205 611",
                    ],
                },
            )
        ],
        "labels": L(
            FILM,
            "Televize Haná, a.s.",
            "07911246",
            "t2hn8va",
            [],
            [],
            "Lucie Pešková",
            "peskova@tvhana.example",
            "+420585205611",
        ),
    },
    {
        "id": "fb041-pdf-wrapped-cells-both",
        "description": "PDF table with narrow columns so labels and address lists wrap; both requests",
        "style": Style.FORM,
        "from": "Český venkov media <info@ceskyvenkov.example>",
        "subject": "Žádost o XML a o povolení natáčení",
        "body": "Dobrý den, v příloze žádost. Za redakci Ivo Svoboda\n",
        "attachments": [
            (
                "pdf",
                "venkov_zadost.pdf",
                [
                    "Český venkov media, s.r.o., IČO 28933061",
                    {
                        "rows": [
                            [
                                "Požadujeme",
                                "přístup k XML serveru s průběžnými výsledky; povolení natáčet na přebíracím místě v Táboře",
                            ],
                            [
                                "IP adresy pro ostrý provoz (produkční servery redakce)",
                                "192.0.2.10, 192.0.2.11, 192.0.2.12",
                            ],
                            [
                                "Testovací IP adresy (budou při ostrém zpracování odpojeny)",
                                "192.0.2.19, 192.0.2.20",
                            ],
                            [
                                "Kontaktní osoba",
                                "Ivo Svoboda, svoboda@ceskyvenkov.example, +420 381 252 730",
                            ],
                        ],
                        "widths": [110, 120],
                    },
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Český venkov media, s.r.o.",
            "28933061",
            None,
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["192.0.2.19", "192.0.2.20"],
            "Ivo Svoboda",
            "svoboda@ceskyvenkov.example",
            "+420381252730",
        ),
    },
    {
        "id": "fb042-mail-replaces-contact-in-xlsx",
        "description": "XLSX names a contact who has left; the mail names the new contact person",
        "style": Style.CORRECTION,
        "from": "Šárka Benešová <benesova@radiopodhuri.example>",
        "subject": "Registrace – Rádio Podhůří",
        "body": (
            "Dobrý den,\n\nposílám tabulku s adresami. Kolega Martin Roubal, který je v ní uveden "
            "jako kontakt, od nás koncem listopadu odešel – kontaktní osobou jsem nově já, "
            "Šárka Benešová, benesova@radiopodhuri.example, tel. 739 004 551.\n\nDěkuji\nŠ. Benešová\n"
        ),
        "attachments": [
            (
                "xlsx",
                "podhuri_registrace.xlsx",
                [
                    {
                        "title": "Registrace",
                        "rows": [
                            ["Žadatel", "Rádio Podhůří, s.r.o."],
                            ["IČO", "27599027"],
                            ["Ostrý provoz", "198.18.50.5"],
                            ["Test", "198.18.50.6"],
                            ["Kontakt", "Martin Roubal, roubal@radiopodhuri.example, 736 221 090"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rádio Podhůří, s.r.o.",
            "27599027",
            None,
            ["198.18.50.5"],
            ["198.18.50.6"],
            "Šárka Benešová",
            "benesova@radiopodhuri.example",
            "+420739004551",
        ),
    },
]
