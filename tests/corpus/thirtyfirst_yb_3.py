"""Thirty-first held-out part ``yb``, cases yb029–yb042: an XLSX form in a data message, a PDF
letterhead with a spaced IČO, a box ID and a netmask, an IT contractor forwarding the client's
mail as .eml, a town's annotation with a spaced IČO, a German DOCX with Ja/Nein columns, a
freelancer's ODT behind an empty mail, an HTML-only form with box characters, a filming request
in annotation and PDF, a signed mail with a TXT naming old addresses, a Polish cover with an
English PDF, version numbers beside addresses in a DOCX, a forwarded .eml that carries its own
XLSX, a council resolution attached to an annotation, and an annotation replacing the RTF's
contact. Written by hand apart from the extraction rules (see make_thirtyfirst_yb); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfirst_yb_common import (
    APPLE,
    FEED,
    FILM,
    IPHONE,
    K9,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2935061"), ico("4527368"), ico("2706415"), ico("0271836")
I34, I35, I36, I37 = ico("7419254"), ico("2884730"), ico("2457196"), ico("2613952")
I39, I40, I41, I42 = ico("2798341"), ico("6082715"), ico("0266254"), ico("2270518")

CASES: list[dict[str, Any]] = [
    {
        "id": "yb029-databox-xlsx-ano-ne-both",
        "description": "data message with a bare annotation; the XLSX form answers ANO to "
        "both requests, a second sheet lists the crew",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "BOA Media s.r.o.",
            I29,
            "a2vs7pq",
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.179"],
            "Štěpán Hlaváček",
            "hlavacek@boamedia.example",
            "+420543210877",
        ),
        "subject": "Přihláška – volby 2025",
        "databox": {
            "box": "a2vs7pq",
            "sender": "BOA Media s.r.o.",
            "address": "Veveří 102, 616 00 Brno",
        },
        "attachments": [
            (
                "xlsx",
                "prihlaska_BOA.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "BOA Media s.r.o."],
                            ["IČO", I29],
                            [],
                            ["Žádost o", "ANO", "NE"],
                            ["přístup k XML (volební server)", "x", ""],
                            ["natáčení ve sběrném místě", "x", ""],
                            [],
                            ["Produkční IP", "203.0.113.170"],
                            ["Produkční IP", "203.0.113.171"],
                            ["Testovací IP", "203.0.113.179"],
                            [],
                            ["Kontaktní osoba", "Štěpán Hlaváček"],
                            ["Telefon", "543 210 877"],
                            ["E-mail", "hlavacek@boamedia.example"],
                        ],
                    },
                    {
                        "title": "Štáb",
                        "rows": [
                            ["Jméno", "Funkce", "Číslo OP"],
                            ["Štěpán Hlaváček", "produkce", "204118733"],
                            ["Dana Kučerová", "kamera", "205663190"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "yb030-pdf-letterhead-spaced-ico-netmask",
        "description": "PDF letterhead with the IČO in pairs, DIČ and box ID; a production "
        "address with the netmask 255.255.255.254 (two addresses)",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "ÚSTECKÝ KURÝR, a.s.",
            I30,
            "u6fj3wd",
            ["198.51.100.64", "198.51.100.65"],
            ["198.51.100.70"],
            "Irena Bártová",
            "bartova@usteckykuryr.example",
            "+420475310662",
        ),
        "from": "Irena Bártová <bartova@usteckykuryr.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nv příloze Vám zasílám žádost Ústeckého kurýru.\n\n"
            "S přáním hezkého dne\nIrena Bártová\n"
        ),
        "attachments": [
            (
                "pdf",
                "UK_zadost_volby_2025.pdf",
                [
                    "ÚSTECKÝ KURÝR, a.s. | Velká Hradební 2800/54, 400 01 Ústí nad Labem | "
                    f"IČ: {I30[:2]} {I30[2:4]} {I30[4:6]} {I30[6:]} | DIČ: CZ{I30} | "
                    "datová schránka: u6fj3wd",
                    "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Žádáme o přístup pro produkční rozsah 198.51.100.64 s maskou "
                    "255.255.255.254 a pro testovací adresu 198.51.100.70.",
                    "Kontaktní osoba: Irena Bártová, vedoucí digitálu, tel. 475 310 662, "
                    "bartova@usteckykuryr.example",
                    "V Ústí nad Labem 18. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "yb031-it-contractor-forwards-client-eml",
        "description": "an IT contractor forwards the client's mail as .eml: production "
        "addresses from the client's message, the test address and the contact from the "
        "contractor's cover",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Zpravodaj Chrudimska s.r.o.",
            I31,
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.222"],
            "Pavel Starý",
            "stary@netwise.example",
            "+420777450913",
        ),
        "from": "Pavel Starý <stary@netwise.example>",
        "subject": "Fwd: IP pro statistiky – Zpravodaj Chrudimska",
        "headers": K9,
        "body": (
            "Dobrý den,\n\njsme dodavatel IT pro Zpravodaj Chrudimska s.r.o. (IČO "
            f"{I31}). Klient nás požádal o zajištění přístupu k XML s výsledky voleb. "
            "Produkční adresy jsou v přiloženém e-mailu od paní šéfredaktorky, testovací "
            "si zřídíme u nás: 192.0.2.222.\n\nKontaktní osobou pro technické věci budu "
            "já, tel. 777 450 913.\n\nPavel Starý\nNetWise s.r.o.\n"
        ),
        "attachments": [
            (
                "eml",
                "IP pro statistiky.eml",
                {
                    "id": "yb031-inner",
                    "from": "Michaela Hubená <hubena@zpravodajchrudimska.example>",
                    "to": "stary@netwise.example",
                    "subject": "IP pro statistiky",
                    "headers": IPHONE,
                    "body": (
                        "Pavle,\n\npro ČSÚ: naše servery jsou 192.0.2.210 a 192.0.2.211. "
                        "Testovací nemáme, to prosím vyřeš ty.\n\nM.\n\nOdesláno z iPhonu\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "yb032-databox-annotation-spaced-ico-resolution",
        "description": "a village's data message: the application with abbreviated roles and a "
        "spaced IČO in the annotation; the PDF is a council resolution",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Obec Horní Pec",
            I32,
            "k5pt8zj",
            ["203.0.113.15"],
            ["203.0.113.16"],
            "Libor Černý",
            "starosta@hornipec.example",
            "+420602118330",
        ),
        "subject": (
            f"Žádost o přístup k XML (volby 2025). Obec Horní Pec, IČ: {I32[:3]} "
            f"{I32[3:5]} {I32[5:]}. Prod. IP 203.0.113.15, test. IP 203.0.113.16. Kontakt: "
            "Libor Černý, starosta, 602 118 330, starosta@hornipec.example"
        ),
        "databox": {
            "box": "k5pt8zj",
            "sender": "Obec Horní Pec",
            "address": "Horní Pec 44, 384 21 Horní Pec",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "usneseni_ZO_2025_09.pdf",
                [
                    "Obec Horní Pec – výpis z usnesení zastupitelstva obce č. 9/2025 ze "
                    "dne 8. 9. 2025",
                    "Usnesení 9/4: Zastupitelstvo obce schvaluje zveřejňování výsledků "
                    "voleb na webu obce a pověřuje starostu podáním žádosti u ČSÚ.",
                    "Hlasování: pro 7, proti 0, zdržel se 0",
                    "Libor Černý, starosta        Jana Fialová, místostarostka",
                ],
            )
        ],
    },
    {
        "id": "yb033-german-docx-ja-nein",
        "description": "German cover and DOCX with Ja/Nein columns (filming Nein), a backup "
        "production row, HRB number instead of an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Rundschau GmbH",
            None,
            None,
            ["198.18.22.5", "198.18.22.6"],
            ["198.18.22.9"],
            "Jonas Weber",
            "weber@oberpfalz-rundschau.example",
            "+499415667720",
        ),
        "from": "Jonas Weber <weber@oberpfalz-rundschau.example>",
        "subject": "Antrag: Zugang zu den Wahlergebnissen (XML)",
        "headers": APPLE,
        "body": (
            "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag auf Zugang zum "
            "XML-Ergebnisserver für die Parlamentswahl.\n\nMit freundlichen Grüßen\n"
            "Jonas Weber\nOberpfälzer Rundschau GmbH – Onlineredaktion\n"
            "Tel. +49 941 566 7720\n"
        ),
        "attachments": [
            (
                "docx",
                "Antrag_CSU_Rundschau.docx",
                {
                    "footer": "Oberpfälzer Rundschau GmbH · Amtsgericht Regensburg HRB 14562",
                    "blocks": [
                        "Antrag – Wahlen zum Abgeordnetenhaus 2025",
                        {
                            "rows": [
                                ["Antrag auf", "Ja", "Nein"],
                                ["Zugang zum XML-Ergebnisserver", "X", ""],
                                ["Film-/Tonaufnahmen in Sammelstellen", "", "X"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produktiv", "198.18.22.5"],
                                ["Produktiv (Backup)", "198.18.22.6"],
                                ["Test", "198.18.22.9"],
                            ]
                        },
                        "Ansprechpartner: Jonas Weber, +49 941 566 7720, "
                        "weber@oberpfalz-rundschau.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "yb034-empty-mail-odt-freelancer-film",
        "description": "empty iPhone mail; a freelance documentarist's ODT asks only for "
        "filming and declines the feed",
        "style": Style.EMPTY_COVER,
        "labels": L(
            [FILM],
            "Radka Doležalová",
            I34,
            None,
            [],
            [],
            "Radka Doležalová",
            "dolezalova.film@seznam.example",
            "+420739005812",
        ),
        "from": "Radka Doležalová <dolezalova.film@seznam.example>",
        "subject": "Žádost natáčení",
        "headers": IPHONE,
        "body": "",
        "attachments": [
            (
                "odt",
                "zadost_natoceni_Dolezalova.odt",
                [
                    "MgA. Radka Doležalová – dokumentaristka (OSVČ)",
                    f"IČO {I34}, Smilova 411, 530 02 Pardubice",
                    "Žádost o povolení natáčení",
                    "Žádám o povolení natáčet ve sběrném místě ČSÚ v Pardubicích v noci "
                    "ze 3. na 4. 10. 2025 pro dokument o práci volebních komisí. "
                    "Přístup k XML výsledkům nežádám.",
                    [["Termín", "Místo", "Technika"], ["3.–4. 10.", "Pardubice", "1 kamera"]],
                    "Tel. 739 005 812, dolezalova.film@seznam.example",
                ],
            )
        ],
    },
    {
        "id": "yb035-html-form-ballot-boxes-both",
        "description": "HTML-only mail with a field/value table and ☑ for both requests; "
        "IP cells labelled prod./test.",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Jablonecký deník online s.r.o.",
            I35,
            None,
            ["192.0.2.100"],
            ["192.0.2.101"],
            "Nikola Jirásková",
            "jiraskova@jbcdenik.example",
            "+420483317950",
        ),
        "from": "Nikola Jirásková <jiraskova@jbcdenik.example>",
        "subject": "Žádost – volby 2025 (Jablonecký deník online)",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "html": (
            "<html><body><p>Dobrý den,</p><p>zasílám žádost:</p>"
            '<table cellpadding="4" border="1">'
            "<tr><td>Žadatel</td><td>Jablonecký deník online s.r.o.</td></tr>"
            f"<tr><td>IČO</td><td>{I35}</td></tr>"
            "<tr><td>Požadavek</td><td>☑ přístup k XML výsledkům<br>"
            "☑ natáčení ve sběrném místě (Jablonec n. N.)</td></tr>"
            "<tr><td>IP prod.</td><td>192.0.2.100</td></tr>"
            "<tr><td>IP test.</td><td>192.0.2.101</td></tr>"
            "<tr><td>Kontakt</td><td>Nikola Jirásková, 483 317 950</td></tr>"
            "</table><p>Děkuji,<br>N. Jirásková</p></body></html>"
        ),
    },
    {
        "id": "yb036-databox-both-sound-recording-only",
        "description": "data message: annotation asks for a sound-recording permit and "
        "rules out the feed; the PDF ticks only filming and gives the contact",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Audioreport s.r.o.",
            I36,
            "n8hc2lw",
            [],
            [],
            "Marek Sova",
            "sova@audioreport.example",
            "+420734901226",
        ),
        "subject": "Žádost o povolení pořizovat zvukový záznam ve sběrném místě (přístup "
        "k XML nepotřebujeme). Podrobnosti v příloze.",
        "databox": {
            "box": "n8hc2lw",
            "sender": "Audioreport s.r.o.",
            "address": "Korunní 88, 130 00 Praha 3",
        },
        "attachments": [
            (
                "pdf",
                "Audioreport_zadost.pdf",
                [
                    f"Audioreport s.r.o., Korunní 88, 130 00 Praha 3, IČO: {I36}",
                    "Žádost o povolení pořízení zvukového záznamu",
                    "☐ přístup k výsledkům voleb ve formátu XML\n"
                    "☒ povolení pořídit záznam ve sběrném místě",
                    "Pro podcast „Sečteno“ bychom rádi nahráli atmosféru ve sběrném místě "
                    "ČSÚ v Praze v noci 3./4. 10. 2025 (2 osoby, bez kamery).",
                    "Kontaktní osoba: Marek Sova, 734 901 226, sova@audioreport.example",
                    "Bc. Marek Sova, jednatel",
                ],
            )
        ],
    },
    {
        "id": "yb037-smime-txt-old-addresses",
        "description": "S/MIME-signed iso-8859-2 mail; TXT lists new addresses and last "
        "year's addresses that are no longer used",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Jizerský týdeník s.r.o.",
            I37,
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.209"],
            "Jiří Holub",
            "holub@jizerskytydenik.example",
            "+420481320778",
        ),
        "from": '"Ing. Jiří Holub" <holub@jizerskytydenik.example>',
        "subject": "Žádost o přístup k XML – Jizerský týdeník",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "smime": True,
        "body": (
            "Dobrý den,\n\nv příloze textový soubor s údaji pro přístup k výsledkům "
            "voleb.\n\nJiří Holub\n"
        ),
        "attachments": [
            (
                "txt",
                "udaje_CSU.txt",
                f"Žadatel: Jizerský týdeník s.r.o., IČO {I37}\n\n"
                "Produkční IP (nové): 203.0.113.201, 203.0.113.202\n"
                "Loňské adresy 203.0.113.60 a 203.0.113.61 už nepoužíváme, prosíme zrušit.\n"
                "Test: 203.0.113.209\n\n"
                "Kontakt: Jiří Holub, +420 481 320 778, holub@jizerskytydenik.example\n",
            )
        ],
    },
    {
        "id": "yb038-polish-cover-english-pdf",
        "description": "Polish cover with an office line in the signature; English PDF with "
        "KRS/NIP instead of an IČO and the contact's mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Gazeta Śląska Sp. z o.o.",
            None,
            None,
            ["198.18.60.20"],
            ["198.18.60.21"],
            "Agnieszka Nowicka",
            "a.nowicka@gazetaslaska.example",
            "+48601338205",
        ),
        "from": "Agnieszka Nowicka <a.nowicka@gazetaslaska.example>",
        "subject": "Wniosek o dostęp do wyników wyborów (XML)",
        "headers": SEZNAM,
        "body": (
            "Dzień dobry,\n\nw załączniku przesyłam wniosek o dostęp do wyników wyborów w "
            "formacie XML.\n\nPozdrawiam\nAgnieszka Nowicka\nGazeta Śląska\n"
            "tel. +48 32 255 1190\n"
        ),
        "attachments": [
            (
                "pdf",
                "wniosek_CSU.pdf",
                [
                    "APPLICATION FOR ACCESS TO ELECTION RESULTS (XML)",
                    "Applicant: Gazeta Śląska Sp. z o.o., ul. Mariacka 14, 40-014 Katowice, "
                    "Poland\nKRS 0000412345, NIP 634-28-11-092",
                    {
                        "rows": [
                            ["Production IP", "198.18.60.20"],
                            ["Test IP", "198.18.60.21"],
                        ],
                        "widths": [130, 160],
                    },
                    "Contact person: Agnieszka Nowicka, mobile +48 601 338 205, "
                    "a.nowicka@gazetaslaska.example",
                    "Katowice, 19 September 2025",
                ],
            )
        ],
    },
    {
        "id": "yb039-databox-docx-version-numbers",
        "description": "data message, application only in the DOCX: dotted client versions "
        "and a port next to the production and test addresses",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "InfoKanál Plzeň s.r.o.",
            I39,
            "c9ya4gt",
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Ondřej Lang",
            "lang@infokanal.example",
            "+420377220915",
        ),
        "subject": "Žádost o zřízení přístupu – volby",
        "databox": {
            "box": "c9ya4gt",
            "sender": "InfoKanál Plzeň s.r.o.",
            "address": "Americká 36, 301 00 Plzeň",
        },
        "attachments": [
            (
                "docx",
                "InfoKanal_pristup.docx",
                {
                    "blocks": [
                        f"InfoKanál Plzeň s.r.o., IČO {I39}",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Náš stahovací klient (verze 3.2.0.14) poběží na produkčním serveru "
                        "192.0.2.33; testovací instance (build 3.2.1.2) na 192.0.2.34. Data "
                        "stahujeme přes HTTPS, port 443, interval 20 s.",
                        "Kontakt: Ondřej Lang, správce systémů, 377 220 915, "
                        "lang@infokanal.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "yb040-eml-forward-with-its-own-xlsx",
        "description": "the editor forwards the technician's mail as .eml; the application is "
        "in an XLSX attached to that inner message; the technician is the contact",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Rádio Orlicko, s.r.o.",
            I40,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.169"],
            "Vojtěch Bureš",
            "bures@radioorlicko.example",
            "+420465520318",
        ),
        "from": "Eliška Marešová <maresova@radioorlicko.example>",
        "subject": "Fwd: tabulka pro ČSÚ",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nposílám dál žádost našeho technika i s tabulkou, kontakt je v "
            "ní.\n\nEliška Marešová\nRádio Orlicko\n"
        ),
        "attachments": [
            (
                "eml",
                "tabulka pro CSU.eml",
                {
                    "id": "yb040-inner",
                    "from": "Vojtěch Bureš <bures@radioorlicko.example>",
                    "to": "maresova@radioorlicko.example",
                    "subject": "tabulka pro ČSÚ",
                    "headers": TBIRD,
                    "body": (
                        "Eli, tady je tabulka pro statistický úřad, pošli to prosím z "
                        "redakční adresy.\n\nV.\n"
                    ),
                    "attachments": [
                        (
                            "xlsx",
                            "Orlicko_XML.xlsx",
                            [
                                {
                                    "title": "List1",
                                    "rows": [
                                        ["Žadatel", "Rádio Orlicko, s.r.o."],
                                        ["IČO", I40],
                                        ["Prod IP", "198.51.100.160"],
                                        ["Prod IP", "198.51.100.161"],
                                        ["Test IP", "198.51.100.169"],
                                        ["Kontakt", "Vojtěch Bureš"],
                                        ["Tel", "465 520 318"],
                                        ["E-mail", "bures@radioorlicko.example"],
                                    ],
                                }
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "yb041-databox-annotation-both-town-odt",
        "description": "a town's annotation asks for both, no test address; the attached ODT "
        "council resolution carries the town's IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED, FILM],
            "Město Sedlec nad Ohří",
            I41,
            "p2jx6kv",
            ["198.51.100.240"],
            [],
            "Milan Toman",
            "toman@sedlec.example",
            "+420415700282",
        ),
        "subject": (
            "Žádáme o přístup k XML výsledkům voleb (prod. IP 198.51.100.240, bez "
            "testovací) a o povolení natáčet ve sběrném místě v Lounech. Kontakt: Milan "
            "Toman, 415 700 282, toman@sedlec.example"
        ),
        "databox": {
            "box": "p2jx6kv",
            "sender": "Město Sedlec nad Ohří",
            "address": "Mírové nám. 1, 440 01 Sedlec nad Ohří",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "usneseni_rady_58_2025.odt",
                [
                    f"Město Sedlec nad Ohří, IČO {I41}",
                    "Usnesení rady města č. 58/2025 ze dne 10. 9. 2025",
                    "Rada města souhlasí s vysíláním volebního speciálu Sedleckého "
                    "zpravodaje TV a pověřuje Milana Tomana, vedoucího odboru vnitřních "
                    "věcí, podáním žádosti u Českého statistického úřadu.",
                    [["Hlasování", "pro", "proti", "zdržel se"], ["", "5", "0", "0"]],
                    "Ing. Petra Vlčková, starostka",
                ],
            )
        ],
    },
    {
        "id": "yb042-databox-annotation-replaces-rtf-contact",
        "description": "data message: the annotation names a new contact instead of the one "
        "in the attached RTF, whose addresses stand",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Krajský vysílač Morava, z. s.",
            I42,
            "s7dw3ob",
            ["203.0.113.180"],
            ["203.0.113.188"],
            "Jan Kříž",
            "kriz@kvmorava.example",
            "+420731660124",
        ),
        "subject": "Žádost o přístup k XML – kontaktní osobou je nově Jan Kříž "
        "(kriz@kvmorava.example, 731 660 124), ne p. Lorencová uvedená v příloze.",
        "databox": {
            "box": "s7dw3ob",
            "sender": "Krajský vysílač Morava, z. s.",
            "address": "Zlínská 540, 767 01 Kroměříž",
        },
        "attachments": [
            (
                "rtf",
                "KVM_zadost_XML.rtf",
                [
                    f"Krajský vysílač Morava, z. s., Zlínská 540, 767 01 Kroměříž, IČO {I42}",
                    "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                    [
                        ["Produkční IP", "203.0.113.180"],
                        ["Testovací IP", "203.0.113.188"],
                        ["Kontaktní osoba", "Hedvika Lorencová, 573 332 104"],
                        ["E-mail", "lorencova@kvmorava.example"],
                    ],
                    "V Kroměříži 12. 9. 2025",
                ],
            )
        ],
    },
]
