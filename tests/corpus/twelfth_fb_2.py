"""Twelfth held-out part ``fb``, cases fb015–fb028: data messages, letters with several people,
forms in brackets and cover mails that amend what the attachment says, written by hand (see
tests/corpus/LABELS.md)."""

from __future__ import annotations

from tests.corpus.label_rules import L
from tests.corpus.twelfth_fb_common import BOTH, FEED, FILM, Case, Style

CASES: list[Case] = [
    {
        "id": "fb015-databox-filming-short-txt",
        "description": "data message asking only to film; short TXT names a reporter as contact and a cameraman to be admitted",
        "style": Style.DATABOX,
        "databox": {
            "box": "k2lt8ns",
            "sender": "Kladenský týdeník, s.r.o.",
            "address": "Osvobozených politických vězňů 12, Kladno",
        },
        "subject": "Žádost o povolení natáčení – přebírací místo Kladno",
        "attachments": [
            (
                "txt",
                "natáčení.txt",
                "Kladenský týdeník, s.r.o., IČO 26173891\n\n"
                "Prosíme o povolení přítomnosti na přebíracím místě ČSÚ v Kladně při 1. kole "
                "volby prezidenta. Natáčet bude kameraman Roman Štěpánek (724 510 388), "
                "záběry příjmu výsledků pro náš web, cca 20 minut.\n\n"
                "Kontaktní osoba: Eva Hájková, reportérka, hajkova@kladenskytydenik.example, 723 880 114\n",
            )
        ],
        "labels": L(
            FILM,
            "Kladenský týdeník, s.r.o.",
            "26173891",
            "k2lt8ns",
            [],
            [],
            "Eva Hájková",
            "hajkova@kladenskytydenik.example",
            "+420723880114",
        ),
    },
    {
        "id": "fb016-pdf-letter-shorthand-octets",
        "description": "PDF letter with an IČO written in groups, production addresses with shorthand last octets, mobile and switchboard",
        "style": Style.LETTER,
        "from": "Hana Dostálová <dostalova@msvysilac.example>",
        "subject": "Vyhrazené připojení k výsledkům voleb",
        "body": "Vážení,\nv příloze naše žádost.\nH. Dostálová\n",
        "attachments": [
            (
                "pdf",
                "MSV_zadost.pdf",
                [
                    "Moravskoslezský vysílač, a.s.<br/>Sokolská třída 2800/99, 702 00 Ostrava<br/>IČ: 054 12 773",
                    "Věc: žádost o přístup k vyhrazenému XML serveru",
                    "Žádáme o povolení přístupu pro tyto adresy ostrého provozu: 198.51.100.70, "
                    ".71 a .72. Pro testování prosíme o zařazení adresy 198.51.100.80.",
                    "Vyřizuje: Ing. Hana Dostálová, ředitelka, dostalova@msvysilac.example, "
                    "mobil 731 556 009 (ústředna 596 112 300)",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Moravskoslezský vysílač, a.s.",
            "05412773",
            None,
            ["198.51.100.70", "198.51.100.71", "198.51.100.72"],
            ["198.51.100.80"],
            "Hana Dostálová",
            "dostalova@msvysilac.example",
            "+420731556009",
        ),
    },
    {
        "id": "fb017-rtf-form-brackets-five",
        "description": "RTF form with [X] and [ ] brackets; five production addresses and one test; 00420 phone",
        "style": Style.FORM,
        "from": "Lenka Říhová <rihova@zpravodajplus.example>",
        "subject": "Zadost o registraci k vyhrazenemu pripojeni",
        "body": "Dobry den,\nformular v priloze.\nLenka Rihova\nAgentura Zpravodaj Plus\n",
        "attachments": [
            (
                "rtf",
                "formular.rtf",
                [
                    "FORMULÁŘ ŽÁDOSTI",
                    "Žadatel: Agentura Zpravodaj Plus, v.o.s., IČO 28193644",
                    "[X] přístup k XML s průběžnými výsledky\n[ ] pořízení záznamu na přebíracím místě",
                    [
                        [
                            "Ostrý provoz",
                            "192.0.2.33, 192.0.2.34, 192.0.2.35, 192.0.2.36, 192.0.2.37",
                        ],
                        ["Testovací", "203.0.113.33"],
                    ],
                    "Kontaktní osoba: Lenka Říhová\nE-mail: rihova@zpravodajplus.example\nTel.: 00420 604 117 889",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Agentura Zpravodaj Plus, v.o.s.",
            "28193644",
            None,
            ["192.0.2.33", "192.0.2.34", "192.0.2.35", "192.0.2.36", "192.0.2.37"],
            ["203.0.113.33"],
            "Lenka Říhová",
            "rihova@zpravodajplus.example",
            "+420604117889",
        ),
    },
    {
        "id": "fb018-mail-drops-xlsx-row",
        "description": "the mail asks to ignore one production row of the attached sheet (server decommissioned)",
        "style": Style.CORRECTION,
        "from": "Jakub Sedláček <sedlacek@infoservis.example>",
        "subject": "Infoservis Brno – IP adresy pro XML",
        "body": (
            "Dobrý den,\n\nv tabulce je navíc řádek 198.51.100.99 – ten prosím nezapočítávejte, "
            "ten server jsme minulý týden vypnuli a zapomněl jsem ho smazat.\n\n"
            "Jakub Sedláček\nInfoservis Brno, z. ú., IČO 29031729\ntel. 545 321 077\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_infoservis.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Typ", "IP"],
                            ["produkční", "198.51.100.97"],
                            ["produkční", "198.51.100.98"],
                            ["produkční", "198.51.100.99"],
                            ["testovací", "203.0.113.97"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Infoservis Brno, z. ú.",
            "29031729",
            None,
            ["198.51.100.97", "198.51.100.98"],
            ["203.0.113.97"],
            "Jakub Sedláček",
            "sedlacek@infoservis.example",
            "+420545321077",
        ),
    },
    {
        "id": "fb019-databox-odt-university-project",
        "description": "university's data message with an ODT from its journalism department; one production, two test addresses",
        "style": Style.DATABOX,
        "databox": {
            "box": "u8vrs4q",
            "sender": "Vysoká škola regionálních studií",
            "address": "Kounicova 10, 602 00 Brno",
        },
        "subject": "Žádost o přístup k XML výsledkům – projekt Volební data",
        "attachments": [
            (
                "odt",
                "zadost_VSRS.odt",
                [
                    "Vysoká škola regionálních studií, Kounicova 10, Brno, IČO 26459183",
                    "Katedra žurnalistiky žádá pro studentský projekt Volební data o přístup "
                    "k vyhrazenému XML serveru.",
                    [
                        ["Role", "IP adresa"],
                        ["produkční", "198.18.20.5"],
                        ["testovací", "198.18.20.6"],
                        ["testovací", "198.18.20.7"],
                    ],
                    "Kontakt: Mgr. Barbora Kučerová, kucerova@vsrs.example, 541 220 876",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Vysoká škola regionálních studií",
            "26459183",
            "u8vrs4q",
            ["198.18.20.5"],
            ["198.18.20.6", "198.18.20.7"],
            "Barbora Kučerová",
            "kucerova@vsrs.example",
            "+420541220876",
        ),
    },
    {
        "id": "fb020-english-docx-letterhead-filming",
        "description": "London agency's DOCX letter on letterhead asks only to film in Brno; producer is the contact, camera operator named",
        "style": Style.LETTER,
        "from": "Thomas Whitfield <t.whitfield@cewire.example>",
        "subject": "Request to film at a CZSO collection point",
        "body": "Hello,\n\nattached is our formal request. Happy to provide anything else you need.\n\nTom\n",
        "attachments": [
            (
                "docx",
                "CEW_filming_request.docx",
                {
                    "header": "Central European Wire Ltd · 14 Bream's Buildings, London EC4A 1HP",
                    "blocks": [
                        "To the Czech Statistical Office",
                        "Central European Wire Ltd respectfully requests permission for a two-person "
                        "crew to record video at the collection point for the Brno-město district "
                        "during the count of the first round. The crew: Thomas Whitfield (producer) "
                        "and Aisha Raman (camera operator). We do not need access to the XML results server.",
                        "Contact for this request: Thomas Whitfield, t.whitfield@cewire.example, "
                        "+44 20 7946 0852",
                    ],
                },
            )
        ],
        "labels": L(
            FILM,
            "Central European Wire Ltd",
            None,
            None,
            [],
            [],
            "Thomas Whitfield",
            "t.whitfield@cewire.example",
            "+442079460852",
        ),
    },
    {
        "id": "fb021-cover-says-nothing-txt-range",
        "description": "cover note of two words; all details in a technician's TXT with an address range",
        "style": Style.COVER_NOTE,
        "from": "Jan Navratil <jn@jnmedia.example>",
        "subject": "XML",
        "body": "v příloze\nJN\n",
        "attachments": [
            (
                "txt",
                "xml_pristup.txt",
                "firma: JN Media, s.r.o.\nico: 27800342\n"
                "pozadavek: pristup na vyhrazeny XML server (volba prezidenta)\n"
                "ostre IP: 203.0.113.101-203.0.113.104\n"
                "test: zadne\n"
                "kontakt: Jan Navratil, jn@jnmedia.example, 608-441-275\n",
            )
        ],
        "labels": L(
            FEED,
            "JN Media, s.r.o.",
            "27800342",
            None,
            ["203.0.113.101", "203.0.113.102", "203.0.113.103", "203.0.113.104"],
            [],
            "Jan Navratil",
            "jn@jnmedia.example",
            "+420608441275",
        ),
    },
    {
        "id": "fb022-html-only-both-slash31",
        "description": "HTML-only mail from an association asking for both; a /31 block for production and a single test address",
        "style": Style.HTML,
        "from": "Redakce ZZR <redakce@zpravyzregionu.example>",
        "subject": "Žádost: XML výsledky + natáčení",
        "html": (
            "<div>Dobrý den,</div><div><br></div><div>spolek <b>Zprávy z regionu, z.s.</b> "
            "(IČO 29112583) žádá:</div><ol><li>o přístup k XML s výsledky – ostrý provoz "
            "198.51.100.10/31, test 198.51.100.14,</li><li>o povolení natáčet na přebíracím "
            "místě pro okres Jihlava (reportér a kameraman, krátké záběry do zpráv).</li></ol>"
            "<div>Kontaktní osobou je Filip Beneš, tel. +420 721 004 316, "
            "benes@zpravyzregionu.example.</div><div><br></div><div>Děkujeme</div>"
        ),
        "labels": L(
            BOTH,
            "Zprávy z regionu, z.s.",
            "29112583",
            None,
            ["198.51.100.10", "198.51.100.11"],
            ["198.51.100.14"],
            "Filip Beneš",
            "benes@zpravyzregionu.example",
            "+420721004316",
        ),
    },
    {
        "id": "fb023-docx-nested-table-roles",
        "description": "DOCX form whose address cell holds a nested table with production and test columns",
        "style": Style.FORM,
        "from": "Stanislav Kovář <kovar@tvmj.example>",
        "subject": "Žádost o registraci – TV Morava Jih",
        "body": "Dobrý den,\n\nv příloze posílám žádost o registraci k vyhrazenému připojení.\n\nKovář\n",
        "attachments": [
            (
                "docx",
                "TVMJ_registrace.docx",
                {
                    "blocks": [
                        "Žádost o registraci k vyhrazenému připojení",
                        {
                            "rows": [
                                ["Žadatel", "Televize Morava Jih, a.s., IČO 06228194"],
                                ["IP adresy", ""],
                                [
                                    "Kontaktní osoba",
                                    "Stanislav Kovář, kovar@tvmj.example, 515 224 908",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["ostré", "testovací"],
                                        ["192.0.2.90", "192.0.2.95"],
                                        ["192.0.2.91", ""],
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
            "Televize Morava Jih, a.s.",
            "06228194",
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.95"],
            "Stanislav Kovář",
            "kovar@tvmj.example",
            "+420515224908",
        ),
    },
    {
        "id": "fb024-pdf-form-feed-no-photo-yes",
        "description": "freelance photographer without IČO; PDF form answers NE for the feed and ANO for recording",
        "style": Style.FORM,
        "from": "Veronika Straková <v.strakova@foto.example>",
        "subject": "Povolení fotografovat na přebíracím místě",
        "body": "Dobrý den,\nposílám vyplněný formulář, děkuji.\nVeronika Straková\n",
        "attachments": [
            (
                "pdf",
                "strakova_formular.pdf",
                [
                    "Žádost o vydání povolení – volba prezidenta 2023",
                    {
                        "rows": [
                            ["Žadatel", "Veronika Straková, fotografka na volné noze"],
                            ["Přístup k XML serveru", "NE"],
                            [
                                "Pořizování záznamu na přebíracím místě",
                                "ANO – fotografie, přebírací místo Hradec Králové",
                            ],
                            ["E-mail", "v.strakova@foto.example"],
                            ["Telefon", "+420 776 402 913"],
                        ],
                        "widths": [180, 270],
                    },
                ],
            )
        ],
        "labels": L(
            FILM,
            "Veronika Straková",
            None,
            None,
            [],
            [],
            "Veronika Straková",
            "v.strakova@foto.example",
            "+420776402913",
        ),
    },
    {
        "id": "fb025-databox-pdf-replaces-earlier",
        "description": "data message with a PDF that replaces an earlier application; only this message's values count",
        "style": Style.DATABOX,
        "databox": {
            "box": "r6wn3hb",
            "sender": "Rádio Krumlov Plus s.r.o.",
            "address": "Latrán 44, Český Krumlov",
        },
        "subject": "Žádost o registraci – XML (opravená verze)",
        "attachments": [
            (
                "pdf",
                "zadost_oprava.pdf",
                [
                    "Rádio Krumlov Plus s.r.o., IČO 25488376",
                    "Tato žádost nahrazuje naši žádost zaslanou 2. 12. 2022, ve které byla chybná testovací adresa.",
                    {
                        "rows": [["Produkce", "203.0.113.180"], ["Test", "203.0.113.188"]],
                        "widths": [120, 200],
                    },
                    "Kontakt: Richard Malý, maly@radiokrumlov.example, 380 711 442",
                ],
            ),
            (
                "txt",
                "pruvodni_dopis.txt",
                "Zasíláme opravenou žádost o vyhrazené připojení. Richard Malý\n",
            ),
        ],
        "labels": L(
            FEED,
            "Rádio Krumlov Plus s.r.o.",
            "25488376",
            "r6wn3hb",
            ["203.0.113.180"],
            ["203.0.113.188"],
            "Richard Malý",
            "maly@radiokrumlov.example",
            "+420380711442",
        ),
    },
    {
        "id": "fb026-english-reply-quotes-office",
        "description": "Croatian outlet replies under the office's quoted notice (its addresses and box ID); own values only in the new text",
        "style": Style.REPLY,
        "from": "Ivana Horvat <ivana.horvat@adriaticpress.example>",
        "subject": "Re: Vyhrazené připojení pro média",
        "body": (
            "Hello,\n\nAdriatic Press d.o.o. (Zagreb) applies for the XML feed.\n"
            "Production IP: 203.0.113.240\nTest IP: 203.0.113.241\n"
            "Contact: Ivana Horvat, +385 91 555 0187\n\nBest,\nIvana\n\n"
            "> Žádosti zasílejte na podatelna@czso.cz nebo do datové schránky 2gfaasy\n"
            "> do 23. 12. 2022. Informace: tel. 274 052 733.\n"
        ),
        "labels": L(
            FEED,
            "Adriatic Press d.o.o.",
            None,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Ivana Horvat",
            "ivana.horvat@adriaticpress.example",
            "+385915550187",
        ),
    },
    {
        "id": "fb027-odt-applicant-and-reporter",
        "description": "ODT filming request naming the applicant editor and the reporter with phones and e-mails for both; explicit contact",
        "style": Style.LETTER,
        "from": "Redakce Hlas Vysočiny <redakce@hlasvysociny.example>",
        "subject": "Žádost o vydání povolení k přítomnosti na přebíracím místě",
        "body": "Dobrý den, posíláme žádost v příloze.\n",
        "attachments": [
            (
                "odt",
                "povoleni_HV.odt",
                [
                    "Hlas Vysočiny, s.r.o., Masarykovo nám. 3, 586 01 Jihlava, IČO 28871065",
                    "Žadatel: Mgr. Petra Burešová, šéfredaktorka, buresova@hlasvysociny.example, 567 300 212",
                    "Osoba, pro kterou se povolení žádá: Tomáš Kubíček, redaktor, kubicek@hlasvysociny.example, 732 118 650",
                    "Rozsah: fotografie a krátké video z příjmu výsledků; preferované přebírací místo: okres Jihlava",
                    "Kontaktní osoba pro vyřízení žádosti: Tomáš Kubíček",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Hlas Vysočiny, s.r.o.",
            "28871065",
            None,
            [],
            [],
            "Tomáš Kubíček",
            "kubicek@hlasvysociny.example",
            "+420732118650",
        ),
    },
    {
        "id": "fb028-xlsx-from-to-ranges",
        "description": "XLSX with from/to columns per role; a three-address production range and a one-address test range",
        "style": Style.SPREADSHEET,
        "from": "Datová redakce Kompas <data@kompas.example>",
        "subject": "Registrace k vyhrazenému připojení",
        "body": (
            "Dobrý den,\nza Datovou redakci Kompas, s.r.o. (IČO 26630419) posíláme rozsahy adres "
            "v příloze. Kontakt: Adéla Šťastná, stastna@kompas.example, +420 228 884 519.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "rozsahy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Od", "Do", "Typ"],
                            ["198.51.100.180", "198.51.100.182", "produkce"],
                            ["198.51.100.190", "198.51.100.190", "test"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Datová redakce Kompas, s.r.o.",
            "26630419",
            None,
            ["198.51.100.180", "198.51.100.181", "198.51.100.182"],
            ["198.51.100.190"],
            "Adéla Šťastná",
            "stastna@kompas.example",
            "+420228884519",
        ),
    },
]
