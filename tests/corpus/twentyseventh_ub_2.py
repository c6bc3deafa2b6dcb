"""Twentyseventh held-out part ``ub``, cases ub015–ub028: a DOCX with a merged role cell, an
address with a netmask in a PDF, a reply to the office's request for missing data, pasted forms
with [x] ANO/NE, a crew list attached to a filming request, an unticked feed box, an XLSX with
last election's addresses, an English "respectively" and data messages from a university, a
municipality and companies. Written by hand apart from the extraction rules (see
make_twentyseventh_ub); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyseventh_ub_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2784015"), ico("0831947"), ico("2915376"), ico("4706382")
I19, I20, I21, I22 = ico("2538146"), ico("6093725"), ico("2760418"), ico("0691534")
I23, I24, I25, I26 = ico("2814763"), ico("0021661"), ico("4417209"), ico("2946831")
I27, I28 = ico("2683709"), ico("2597310")

CASES: list[dict[str, Any]] = [
    {
        "id": "ub015-docx-merged-role-cell",
        "description": "DOCX table where a merged 'Produkční' cell spans two address rows and "
        "'Testovací' one; the cover mail is one line",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Deník Podřipsko s.r.o.",
            I15,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.110"],
            "Alena Vaňková",
            "vankova@podripsko.example",
            "+420416735902",
        ),
        "from": "Alena Vaňková <vankova@podripsko.example>",
        "subject": "Žádost XML volby – Deník Podřipsko",
        "headers": APPLE,
        "body": "Dobrý den, žádost je v příloze. Děkuji, A. Vaňková\n",
        "attachments": [
            (
                "docx",
                "Zadost_Podripsko.docx",
                {
                    "blocks": [
                        "Deník Podřipsko s.r.o., Komenského 4, 413 01 Roudnice nad Labem",
                        f"IČO: {I15}",
                        "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                        {
                            "rows": [
                                ["Typ", "Adresa", "Server"],
                                ["Produkční", "192.0.2.101", "web-01"],
                                ["", "192.0.2.102", "web-02"],
                                ["Testovací", "192.0.2.110", "stage"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Alena Vaňková, tel.: 416 735 902, "
                        "vankova@podripsko.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "ub016-databox-annotation-and-txt",
        "description": "data message; the annotation summarises the request, the TXT file "
        "repeats it with the contact and the phone",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hlas Krkonoš, z. ú.",
            I16,
            "r5ny2gb",
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Jitka Holubová",
            "holubova@hlaskrkonos.example",
            "+420499871032",
        ),
        "subject": "Žádost o XML výsledky voleb, prod. 203.0.113.66, test 203.0.113.67",
        "databox": {
            "box": "r5ny2gb",
            "sender": "Hlas Krkonoš, z. ú.",
            "address": "Pražská 51, 543 01 Vrchlabí",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Hlas Krkonoš, z. ú.\n"
                f"IČO {I16}\n"
                "Pražská 51, 543 01 Vrchlabí\n\n"
                "Žádost o přístup k výsledkům voleb ve formátu XML\n\n"
                "produkční IP adresa:  203.0.113.66\n"
                "testovací IP adresa:  203.0.113.67\n\n"
                "Kontaktní osoba: Jitka Holubová\n"
                "tel.: 499 871 032\n"
                "e-mail: holubova@hlaskrkonos.example\n",
            )
        ],
    },
    {
        "id": "ub017-pdf-netmask-and-form-version",
        "description": "PDF with a production block given as address and netmask (four "
        "addresses) and a form version number that looks like an address",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Ostravský deník online s.r.o.",
            I17,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.20"],
            "Roman Gazda",
            "gazda@odonline.example",
            "+420596228417",
        ),
        "from": '"Gazda, Roman" <gazda@odonline.example>',
        "subject": "Zadost o pristup - Ostravsky denik online",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nzasílám žádost. Adresy jsou celý náš blok, ne jednotlivé stroje.\n\n"
            "Roman Gazda\nCTO | Ostravský deník online s.r.o.\nT: +420 596 228 417\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_ODO.pdf",
                [
                    "Formulář ŽM-2 (verze 2.1.0.4)",
                    f"Žadatel: Ostravský deník online s.r.o.   IČO: {I17}",
                    {
                        "rows": [
                            ["Účel", "Adresa / maska"],
                            ["Produkční provoz", "203.0.113.8 / 255.255.255.252"],
                            ["Testování", "203.0.113.20"],
                        ],
                        "widths": [150, 250],
                    },
                    "Kontakt: Roman Gazda, gazda@odonline.example, +420 596 228 417",
                    "Podáno 1. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "ub018-reply-office-asked-missing-data",
        "description": "reply to the office's request for missing IP addresses, with a DOCX; "
        "the quoted office text carries the office's phone and IČO",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rozhlas Slezsko, s.r.o.",
            I18,
            None,
            ["198.51.100.190"],
            ["198.51.100.191"],
            "Hana Sikorová",
            "sikorova@rozhlasslezsko.example",
            "+420553712840",
        ),
        "from": "Hana Sikorová <sikorova@rozhlasslezsko.example>",
        "subject": "RE: Doplnění žádosti – chybí IP adresy",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nomlouvám se, IP adresy jsem zapomněla. Doplněnou žádost posílám "
            "v příloze (docx).\n\nHana Sikorová\nRozhlas Slezsko, s.r.o.\n553 712 840\n\n"
            "From: podatelna <podatelna@czso.cz>\nSent: Tuesday, September 9, 2025 9:12 AM\n"
            "Subject: Doplnění žádosti – chybí IP adresy\n\n"
            "Dobrý den,\nVaše žádost neobsahuje IP adresy. Prosíme o doplnění.\n"
            "Český statistický úřad, IČO 00025593, tel. 274 052 733\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_doplnena.docx",
                {
                    "blocks": [
                        "Rozhlas Slezsko, s.r.o.",
                        f"IČ {I18}",
                        "Žádost o přístup k výsledkům voleb (XML) – doplněná verze",
                        {
                            "rows": [
                                ["IP (produkce)", "198.51.100.190"],
                                ["IP (test)", "198.51.100.191"],
                                ["Kontakt", "Hana Sikorová, 553 712 840"],
                                ["E-mail", "sikorova@rozhlasslezsko.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "ub019-databox-power-of-attorney",
        "description": "data message; the application is in the annotation, the attached PDF is "
        "a power of attorney for the contractor's employee who is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Brněnský večerník a.s.",
            I19,
            "b8ue4nq",
            ["192.0.2.150"],
            [],
            "Jakub Machala",
            "machala@webfix.example",
            "+420739604128",
        ),
        "subject": (
            "Žádost o XML přístup k výsledkům voleb z IP 192.0.2.150 (bez testu). Kontakt: "
            "Jakub Machala (WebFix s.r.o.), machala@webfix.example, 739 604 128 – plná moc "
            "v příloze."
        ),
        "databox": {
            "box": "b8ue4nq",
            "sender": "Brněnský večerník a.s.",
            "address": "Kobližná 9, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    f"Brněnský večerník a.s., IČO {I19}, se sídlem Kobližná 9, Brno, "
                    "zastoupená předsedou představenstva Ing. Vladimírem Hořákem",
                    "zmocňuje",
                    f"Jakuba Machalu, nar. 12. 4. 1989, zaměstnance společnosti WebFix s.r.o., "
                    f"IČO {I20},",
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům voleb "
                    "ve formátu XML.",
                    "V Brně dne 5. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "ub020-pasted-form-ano-ne-both",
        "description": "plain-text mail with a pasted form using [x] ANO [ ] NE per request, "
        "both requested; Seznam in windows-1250",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Studio Mikulov TV s.r.o.",
            I21,
            None,
            ["198.51.100.12"],
            ["198.51.100.13"],
            "Věra Pokorná",
            "vera.pokorna@studiomikulov.example",
            "+420774028361",
        ),
        "from": "Věra Pokorná <vera.pokorna@studiomikulov.example>",
        "subject": "Žádost – formulář",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den, formulář mi nešel otevřít ve Wordu, tak ho kopíruji sem:\n\n"
            "------------------------------------------------\n"
            "Žadatel:            Studio Mikulov TV s.r.o.\n"
            f"IČO:                {I21}\n"
            "Přístup k XML:      [x] ANO   [ ] NE\n"
            "Natáčení na ČSÚ:    [x] ANO   [ ] NE\n"
            "Produkční IP:       198.51.100.12\n"
            "Testovací IP:       198.51.100.13\n"
            "Kontaktní osoba:    Věra Pokorná\n"
            "Telefon:            774 028 361\n"
            "------------------------------------------------\n\n"
            "Děkuji, Pokorná\n"
        ),
        "attachments": [
            (
                "txt",
                "poznamka.txt",
                "Natáčet bychom chtěli v sobotu 4. 10. od 14:00, štáb 2 osoby.\n",
            )
        ],
    },
    {
        "id": "ub021-databox-film-annotation-crew-list",
        "description": "data message for filming only, the request in the annotation; the "
        "attached TXT lists the crew with their phones (not the contact)",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Česká filmová a televizní produkce Lipno s.r.o.",
            I22,
            "c7wa3hp",
            [],
            [],
            "Barbora Nedomová",
            None,
            "+420725903114",
        ),
        "subject": (
            "Žádost o povolení natáčení na pracovišti ČSÚ v Č. Budějovicích 3.–4. 10. 2025. "
            "Kontakt: Barbora Nedomová, 725 903 114. Seznam štábu v příloze."
        ),
        "databox": {
            "box": "c7wa3hp",
            "sender": "Česká filmová a televizní produkce Lipno s.r.o.",
            "address": "Lipno nad Vltavou 88, 382 78",
        },
        "attachments": [
            (
                "txt",
                "stab.txt",
                "Seznam členů štábu\n"
                "1. Karel Pešek – kameraman – 604 771 208\n"
                "2. Ivana Tůmová – zvuk – 732 445 019\n"
                "3. Ondřej Fiala – osvětlovač – 721 300 558\n"
                f"Produkce: Česká filmová a televizní produkce Lipno s.r.o., IČO {I22}\n",
            )
        ],
    },
    {
        "id": "ub022-empty-body-odt-feed-unticked",
        "description": "empty-bodied Roundcube mail; the ODT form leaves the XML box unticked "
        "and ticks filming; IP rows are empty",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FILM],
            "Kulturní měsíčník Oko, z.s.",
            I23,
            None,
            [],
            [],
            "Lenka Čermáková",
            "redakce@mesicnikoko.example",
            "+420605118247",
        ),
        "from": "Redakce Oko <redakce@mesicnikoko.example>",
        "subject": "Formulář ČSÚ",
        "headers": ROUNDCUBE,
        "body": "",
        "attachments": [
            (
                "odt",
                "formular_oko.odt",
                [
                    "Žádost médií – volby 2025",
                    "Žadatel: Kulturní měsíčník Oko, z.s.",
                    f"IČO: {I23}",
                    "☐ Přístup k výsledkům ve formátu XML",
                    "☑ Povolení pořizovat obrazový a zvukový záznam",
                    [
                        ["Produkční IP", ""],
                        ["Testovací IP", ""],
                        ["Kontaktní osoba", "Lenka Čermáková"],
                        ["Telefon", "605 118 247"],
                        ["E-mail", "redakce@mesicnikoko.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ub023-seznam-iso-pdf-00420",
        "description": "ISO-8859-2 cover mail with the phone in 00420 form; the PDF table "
        "wraps long cells, backup server counted as production",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Liberecký týdeník spol. s r.o.",
            I24,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Miroslav Šulc",
            "sulc@libtydenik.example",
            "+420485174039",
        ),
        "from": "Miroslav Šulc <sulc@libtydenik.example>",
        "subject": "Žádost o přístup k výsledkům",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nposílám žádost Libereckého týdeníku. Telefon na mě: "
            "00420 485 174 039.\n\nMiroslav Šulc\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_LT.pdf",
                [
                    f"Liberecký týdeník spol. s r.o., IČO {I24}, Moskevská 12, 460 01 Liberec",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Server (role)", "IP adresa"],
                            ["hlavní produkční server redakčního systému", "192.0.2.60"],
                            ["záložní server v druhé lokalitě (Jablonec)", "192.0.2.61"],
                            ["testovací prostředí vývojářů", "192.0.2.62"],
                        ],
                        "widths": [110, 120],
                    },
                    "Kontakt: Miroslav Šulc, sulc@libtydenik.example",
                ],
            )
        ],
    },
    {
        "id": "ub024-databox-rtf-university-faculty",
        "description": "data message from a university; the RTF letter is written by a faculty "
        "and gives an IPv6 test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Jana Amose Komenského v Kroměříži",
            I25,
            "u2hd6sx",
            ["198.51.100.240"],
            ["2001:db8:77::15"],
            "Petra Vlachová",
            "vlachova@ujak-km.example",
            "+420573502684",
        ),
        "subject": "Fakulta žurnalistiky – žádost o data z voleb",
        "databox": {
            "box": "u2hd6sx",
            "sender": "Univerzita Jana Amose Komenského v Kroměříži",
            "address": "Velké nám. 3, 767 01 Kroměříž",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost_FZ.rtf",
                [
                    "Univerzita Jana Amose Komenského v Kroměříži\nFakulta žurnalistiky\n"
                    f"IČO: {I25}",
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Studentská redakce fakulty bude ve volební noci vysílat výsledky. "
                    "Žádáme proto o přístup k XML výsledkům.",
                    [
                        ["produkční adresa", "198.51.100.240"],
                        ["testovací adresa", "2001:db8:77:0:0:0:0:15"],
                    ],
                    "Kontaktní osoba: Mgr. Petra Vlachová, Ph.D., tel. 573 502 684, "
                    "vlachova@ujak-km.example",
                    "doc. PhDr. Ivan Sedlák, CSc.\nděkan",
                ],
            )
        ],
    },
    {
        "id": "ub025-forward-eml-new-contact",
        "description": "the editor-in-chief's application forwarded as .eml by a colleague who "
        "says she takes over as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Zlínský zpravodaj a.s.",
            I26,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Iveta Zbranková",
            "zbrankova@zlinzpravodaj.example",
            "+420577210963",
        ),
        "from": "Iveta Zbranková <zbrankova@zlinzpravodaj.example>",
        "subject": "Fwd: Žádost o přístup k XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\npřeposílám žádost pana šéfredaktora (v příloze). Kontaktní osobou "
            "pro tuto žádost budu já, Iveta Zbranková, tel. 577 210 963, "
            "zbrankova@zlinzpravodaj.example – pan Lysák je do voleb na služební cestě.\n\n"
            "Iveta Zbranková\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k XML.eml",
                {
                    "id": "ub025-inner",
                    "from": "Aleš Lysák <lysak@zlinzpravodaj.example>",
                    "subject": "Žádost o přístup k XML",
                    "headers": APPLE,
                    "body": (
                        f"Dobrý den,\n\nZlínský zpravodaj a.s. (IČO {I26}) žádá o přístup "
                        "k výsledkům voleb ve formátu XML.\nProdukce: 203.0.113.120\n"
                        "Test: 203.0.113.121\nKontakt: Aleš Lysák, 608 331 205\n\n"
                        "Aleš Lysák\nšéfredaktor\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ub026-xlsx-old-sheet-2021",
        "description": "XLSX with a sheet of the 2021 addresses marked invalid and a sheet of "
        "the current ones; Thunderbird cover",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Plzeňský rozhled s.r.o.",
            I27,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.209"],
            "Jaroslav Beneš",
            "benes@plzenrozhled.example",
            "+420377460815",
        ),
        "from": "Jaroslav Beneš <benes@plzenrozhled.example>",
        "subject": "Žádost o přístup k volebním výsledkům 2025",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze tabulka. Platí list „2025“, list s loňskými adresami tam "
            "nechávám jen pro srovnání – tyto adresy už nepoužíváme.\n\n"
            f"Jaroslav Beneš, správce sítě\nPlzeňský rozhled s.r.o., IČO {I27}\n"
            "tel. 377 460 815\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_PR.xlsx",
                [
                    {
                        "title": "2025",
                        "rows": [
                            ["IP", "Účel"],
                            ["198.51.100.201", "produkce"],
                            ["198.51.100.202", "produkce"],
                            ["198.51.100.209", "test"],
                        ],
                    },
                    {
                        "title": "2021 (neplatné)",
                        "rows": [
                            ["IP", "Účel"],
                            ["192.0.2.201", "produkce"],
                            ["192.0.2.209", "test"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ub027-databox-docx-ico-spaced-dic",
        "description": "data message; the DOCX letter writes IČ with spaces and a DIČ with CZ, "
        "and a switchboard besides the contact's mobile",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Východočeská vysílací s.r.o.",
            I28,
            "v3jm8ck",
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Hynek Polák",
            "polak@vcvysilaci.example",
            "+420731558204",
        ),
        "subject": "Žádost – XML výsledky",
        "databox": {
            "box": "v3jm8ck",
            "sender": "Východočeská vysílací s.r.o.",
            "address": "Gočárova 1620, 500 02 Hradec Králové",
        },
        "attachments": [
            (
                "docx",
                "zadost_VCV.docx",
                {
                    "footer": "Východočeská vysílací s.r.o. | IČ: "
                    + f"{I28[:2]} {I28[2:4]} {I28[4:6]} {I28[6:]}"
                    + f" | DIČ: CZ{I28}"
                    + " | ústředna 495 000 111",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb",
                        "Žádáme o přístup k XML výsledkům voleb. Produkční server: "
                        "203.0.113.150, testovací: 203.0.113.151.",
                        "Kontaktní osoba: Hynek Polák, mobil 731 558 204, polak@vcvysilaci.example",
                        "S pozdravem\nHynek Polák\nvedoucí vysílání",
                    ],
                },
            )
        ],
    },
    {
        "id": "ub028-english-docx-respectively",
        "description": "British outlet writing English; the DOCX gives production and test "
        "addresses 'respectively', no IČO, UK phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Eastbridge News Ltd",
            None,
            None,
            ["192.0.2.170"],
            ["192.0.2.171"],
            "Olivia Hartley",
            "o.hartley@eastbridgenews.example",
            "+442079460318",
        ),
        "from": "Olivia Hartley <o.hartley@eastbridgenews.example>",
        "subject": "Czech election results - XML access request",
        "headers": APPLE,
        "body": (
            "Hello,\n\nattached is our request for access to the XML results feed.\n"
            "Many thanks,\nOlivia\n\n--\nOlivia Hartley | Data Desk | Eastbridge News Ltd\n"
            "Company no. 08123456 | +44 20 7946 0318\n"
        ),
        "attachments": [
            (
                "docx",
                "Eastbridge_CZSO_request.docx",
                {
                    "header": "Eastbridge News Ltd, 40 Long Acre, London WC2E 9LG",
                    "blocks": [
                        "Request for access to the election results server",
                        "Eastbridge News Ltd requests access to the XML results for the "
                        "2025 Czech parliamentary election. Our production and test servers "
                        "are 192.0.2.170 and 192.0.2.171 respectively.",
                        "We do not need permission to film.",
                        "Contact: Olivia Hartley, o.hartley@eastbridgenews.example, "
                        "+44 20 7946 0318",
                    ],
                },
            )
        ],
    },
]
