"""Fifty-first held-out part ``ce``, cases ce029–ce042: an OCR'd letter, a three-page sheet
export, data messages split between annotation and file, an empty mail with an ODT checklist, a
forwarded .eml with a PDF inside, a PDF form with ANO and NE both ticked, a university faculty's
data message, a DOCX footnote with the IČO, a cover that changes the contact, a branch's OCR'd
scan, a merged role column, an Austrian applicant, a natural person's data message and a reply
with a corrected address. Written by hand apart from the extraction rules (see
make_fiftyfirst_ce); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfirst_ce_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    L,
    Style,
    box,
    ico,
    ocr,
)

I29, I30, I31, I33, I34 = (
    ico("2710849"),
    ico("0463170"),
    ico("2809513"),
    ico("0517290"),
    ico("2611084"),
)
I35, I36, I37, I38, I39 = (
    ico("0021601"),
    ico("2990314"),
    ico("0746812"),
    ico("2471036"),
    ico("6801425"),
)
I41, I42 = ico("7602113"), ico("2885470")

HEAD = ["Kategorie", "Údaj", "Platnost"]

CASES: list[dict[str, Any]] = [
    {
        "id": "ce029-ocr-txt-both-requests",
        "description": "an OCR'd scan in TXT asking for both; O/l slips in the IČO, in a CIDR "
        "written as /3l and in the test address",
        "style": Style.SCAN,
        "labels": L(
            [FEED, FILM],
            "Rožnovský občasník s.r.o.",
            I29,
            None,
            ["192.0.2.100", "192.0.2.101"],
            ["192.0.2.110"],
            "Miroslav Janota",
            "janota@roznovsky.example",
            "+420571119630",
        ),
        "from": "Miroslav Janota <janota@roznovsky.example>",
        "subject": "zadost - sken z kopirky",
        "headers": CENTRUM,
        "body": "Dobry den, kopirka to prevedla do textu, snad je to citelne.\nJanota\n",
        "attachments": [
            (
                "txt",
                "SCAN_20250904.txt",
                "ROŽNOVSKÝ OBČASNÍK s.r.o.  |  Palackého 1O2, Rožnov p. R.\n"
                f"IČO {ocr(I29)}\n\n"
                "Žádáme o 1) přístup k XML s výsledky voleb, 2) povolení natáčet na "
                "pracovišti ve Vsetíně.\n\n"
                f"Produkční rozsah: {ocr('192.0.2.100')}/3l\n"
                f"Test: {ocr('192.0.2.110')}\n"
                "Kontakt: Miroslav Janota, janota@roznovsky.example, 57l ll9 63O\n",
            )
        ],
    },
    {
        "id": "ce030-pdf-three-page-export",
        "description": "base64 cover from an iPhone; a three-page PDF export with the header "
        "row repeated on every page, one address on page 2 marked as previous",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Volební data Morava s.r.o.",
            I30,
            None,
            ["2001:db8:77::1", "2001:db8:77::2", "203.0.113.170"],
            ["203.0.113.171"],
            "Kristýna Bílková",
            "bilkova@vdmorava.example",
            "+420606778120",
        ),
        "from": "Kristýna Bílková <bilkova@vdmorava.example>",
        "subject": "zadost export",
        "headers": IPHONE,
        "cte": "base64",
        "body": "Posílám export z tabulky, je to na tři strany.\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "pdf",
                "zadost_export.pdf",
                [
                    {
                        "rows": [
                            HEAD,
                            ["Žadatel", "Volební data Morava s.r.o.", ""],
                            ["IČO", I30, ""],
                            ["Služba", "přístup k XML výsledkům", ""],
                        ],
                        "widths": [120, 220, 120],
                    },
                    "strana 1/3",
                    {
                        "rows": [
                            HEAD,
                            ["Produkce", "2001:db8:77::1", "platí"],
                            ["Produkce", "2001:db8:77::2", "platí"],
                            ["Produkce", "203.0.113.160", "dříve, neplatí"],
                            ["Produkce", "203.0.113.170", "platí"],
                        ],
                        "widths": [120, 220, 120],
                    },
                    "strana 2/3",
                    {
                        "rows": [
                            HEAD,
                            ["Test", "203.0.113.171", "platí"],
                            ["Kontakt", "Bílková Kristýna, bilkova@vdmorava.example", ""],
                            ["Telefon", "606 778 120", ""],
                        ],
                        "widths": [120, 220, 120],
                    },
                    "strana 3/3",
                ],
            )
        ],
    },
    {
        "id": "ce031-databox-annotation-phone",
        "description": "data message: the RTF gives everything but a phone, the annotation "
        "adds the contact's mobile",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zprávy z Podluží, z.ú.",
            I31,
            "q2f8v6a",
            ["198.51.100.80"],
            ["198.51.100.81"],
            "Štěpán Kyselý",
            "kysely@podluzi.example",
            "+420739220146",
        ),
        "databox": box("q2f8v6a", "Zprávy z Podluží, z.ú.", "Hodonín, Národní třída 21"),
        "subject": "Žádost o XML výsledky; telefon na p. Kyselého: 739 220 146",
        "attachments": [
            (
                "rtf",
                "zadost_ZzP.rtf",
                [
                    f"Zprávy z Podluží, z.ú. | IČO {I31}",
                    "Žádáme o přístup k výsledkům voleb na dedikovaném serveru.",
                    [["produkce", "198.51.100.80"], ["test", "198.51.100.81"]],
                    "Kontaktní osoba: Štěpán Kyselý, kysely@podluzi.example",
                ],
            )
        ],
    },
    {
        "id": "ce032-empty-odt-filming-only",
        "description": "empty body; the ODT checklist ticks only filming and leaves the XML "
        "box empty even though it lists a server address",
        "style": Style.EMPTY,
        "labels": L(
            [FILM],
            "Kamera Kroměříž s.r.o.",
            ico("2957718"),
            None,
            [],
            [],
            "Daniel Urban",
            "urban@kamerakm.example",
            "+420604915733",
        ),
        "from": "Daniel Urban <urban@kamerakm.example>",
        "subject": "žádost o natáčení",
        "headers": K9,
        "body": "",
        "attachments": [
            (
                "odt",
                "natáčení.odt",
                [
                    "Kamera Kroměříž s.r.o., IČO " + ico("2957718"),
                    "☐ přístup k výsledkům v XML (server 192.0.2.240 – zatím nepotřebujeme)",
                    "☒ natáčení na pracovišti ČSÚ v Kroměříži",
                    "Kontakt: Daniel Urban, urban@kamerakm.example, 604 915 733",
                ],
            )
        ],
    },
    {
        "id": "ce033-forward-eml-pdf-inside",
        "description": "a one-line forward; the attached .eml carries the PDF with the "
        "application, the forwarder is not the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Berounský týdeník s.r.o.",
            I33,
            None,
            ["198.18.60.10"],
            ["198.18.60.20"],
            "Eva Procházková",
            "prochazkova@berounsky.example",
            "+420311522870",
        ),
        "from": "Pavel Svoboda <svoboda@berounsky.example>",
        "subject": "Fwd: podklady ČSÚ",
        "headers": ROUNDCUBE,
        "body": "Přeposílám, co připravila kolegyně Procházková. P. Svoboda\n",
        "attachments": [
            (
                "eml",
                "podklady.eml",
                {
                    "id": "ce033-inner",
                    "from": "Eva Procházková <prochazkova@berounsky.example>",
                    "to": "svoboda@berounsky.example",
                    "subject": "podklady ČSÚ",
                    "body": "Pavle, v příloze žádost, pošli ji prosím na ČSÚ.\nEva\n",
                    "attachments": [
                        (
                            "pdf",
                            "BT_zadost.pdf",
                            [
                                "Berounský týdeník s.r.o., IČO " + I33,
                                "Žádáme o přístup k XML výsledkům voleb.",
                                "Produkce 198.18.60.10, test 198.18.60.20",
                                "Kontaktní osoba: Eva Procházková, "
                                "prochazkova@berounsky.example, 311 522 870",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "ce034-pdf-ano-ne-both-filming",
        "description": "PDF form with ANO/NE where filming has both ticked; the cover says the "
        "NE was a slip, so both requests",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Jihlavský magazín s.r.o.",
            I34,
            None,
            ["203.0.113.220"],
            ["203.0.113.221"],
            "Lucie Marková",
            "markova@jihlavskymagazin.example",
            "+420728090311",
        ),
        "from": "Lucie Marková <markova@jihlavskymagazin.example>",
        "subject": "Formulář volby – Jihlavský magazín",
        "headers": GMAIL,
        "body": "Dobrý den,\nu natáčení je ve formuláři zaškrtnuté ANO i NE – NE tam je omylem, "
        "natáčet chceme.\n\nLucie Marková\n",
        "attachments": [
            (
                "pdf",
                "formular_JM.pdf",
                [
                    "Jihlavský magazín s.r.o., IČO " + I34,
                    {
                        "rows": [
                            ["Žádost", "ANO", "NE"],
                            ["Přístup k výsledkům (XML)", "☒", "☐"],
                            ["Natáčení na pracovišti Jihlava", "☒", "☒"],
                        ],
                        "widths": [220, 50, 50],
                    },
                    "Produkční IP: 203.0.113.220 | Testovací IP: 203.0.113.221",
                    "Kontakt: Lucie Marková, 728 090 311, markova@jihlavskymagazin.example",
                ],
            )
        ],
    },
    {
        "id": "ce035-databox-university-faculty",
        "description": "data message from a public university's box on behalf of a faculty; "
        "the DOCX names the faculty, IPv6 production in a /126 block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Západočeská technická univerzita, veřejná vysoká škola",
            I35,
            "t5g9u2k",
            ["2001:db8:ce::", "2001:db8:ce::1", "2001:db8:ce::2", "2001:db8:ce::3"],
            ["192.0.2.33"],
            "Jiří Kalous",
            "kalous@fpe.ztu.example",
            "+420377635012",
        ),
        "databox": box(
            "t5g9u2k",
            "Západočeská technická univerzita",
            "Univerzitní 8, 301 00 Plzeň",
            10,
        ),
        "subject": "Žádost Fakulty politologie a ekonomie – volby",
        "attachments": [
            (
                "docx",
                "FPE_volby.docx",
                {
                    "header": "Západočeská technická univerzita, veřejná vysoká škola – Fakulta "
                    "politologie a ekonomie",
                    "footer": f"IČO {I35} | DS t5g9u2k",
                    "blocks": [
                        "Fakulta žádá o přístup k výsledkům voleb pro výzkumný projekt.",
                        {
                            "rows": [
                                ["Produkce", "2001:db8:ce::/126"],
                                ["Test", "192.0.2.33"],
                            ]
                        },
                        "Kontakt: Ing. Jiří Kalous, Ph.D., kalous@fpe.ztu.example, 377 635 012",
                    ],
                },
            )
        ],
    },
    {
        "id": "ce036-docx-footnote-ico",
        "description": "the DOCX gives the IČO only in a footnote and a second footnote says "
        "one production address is a backup server (still production)",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Radio Beskydy s.r.o.",
            I36,
            None,
            ["198.51.100.190", "198.51.100.191"],
            [],
            "Martin Kocourek",
            "kocourek@radiobeskydy.example",
            "+420558630922",
        ),
        "from": "Martin Kocourek <kocourek@radiobeskydy.example>",
        "subject": "Radio Beskydy – žádost",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze žádost. Martin Kocourek\n",
        "attachments": [
            (
                "docx",
                "RB_zadost.docx",
                {
                    "header": "RADIO BESKYDY",
                    "footer": "Frýdek-Místek, 8. 9. 2025 – strana 1",
                    "blocks": [
                        "Radio Beskydy s.r.o.¹ žádá o přístup k výsledkům voleb na "
                        "dedikovaném serveru.",
                        "Servery: 198.51.100.190 a 198.51.100.191². Testovací prostředí "
                        "nepoužíváme.",
                        "Kontakt: Martin Kocourek, kocourek@radiobeskydy.example, 558 630 922",
                        f"¹ IČO {I36}, sídlo Těšínská 11, Frýdek-Místek.",
                        "² Záložní server pro případ výpadku.",
                    ],
                },
            )
        ],
    },
    {
        "id": "ce037-cover-changes-contact",
        "description": "the PDF names a contact, the cover says she is on maternity leave and "
        "gives a new contact with his phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kutnohorské listy s.r.o.",
            I37,
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Roman Bureš",
            "bures@kutnohorske.example",
            "+420327510644",
        ),
        "from": "Roman Bureš <bures@kutnohorske.example>",
        "subject": "žádost KL",
        "headers": SEZNAM,
        "body": "Dobrý den,\nv přiložené žádosti je jako kontakt uvedena Jana Vlková, ta je ale "
        "od září na mateřské. Kontaktní osobou budu já, Roman Bureš, tel. 327 510 644.\n\n"
        "R. Bureš\n",
        "attachments": [
            (
                "pdf",
                "zadost_KL.pdf",
                [
                    "Kutnohorské listy s.r.o., IČO " + I37,
                    "Žádost o přístup k výsledkům voleb (XML).",
                    "Produkce: 192.0.2.160\nTest: 192.0.2.161",
                    "Kontakt: Jana Vlková, vlkova@kutnohorske.example, 327 510 600",
                ],
            )
        ],
    },
    {
        "id": "ce038-databox-branch-ocr-scan",
        "description": "a branch's data message with an OCR'd scan (O for 0 in the addresses "
        "and IČO) asking for both; the applicant is the company",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Východočeská mediální a.s.",
            I38,
            "n4r7j1x",
            ["198.18.90.40"],
            ["198.18.90.50"],
            "Lenka Švecová",
            "svecova@vcmedia.example",
            "+420491408215",
        ),
        "databox": box(
            "n4r7j1x",
            "Východočeská mediální a.s., odštěpný závod Náchod",
            "Kamenice 105, 547 01 Náchod",
        ),
        "subject": "Žádost (sken)",
        "attachments": [
            (
                "txt",
                "sken_OZ_Nachod.txt",
                "Východočeská mediální a.s. – odštěpný závod Náchod\n"
                f"IČO: {ocr(I38)}\n\n"
                "Žádáme o přístup k XML výsledkům a o povolení natáčet na pracovišti "
                "ČSÚ v Náchodě.\n"
                f"Produkce: {ocr('198.18.90.40')}   Test: {ocr('198.18.90.50')}\n"
                "Kontakt: Lenka Švecová, svecova@vcmedia.example, tel. 49l 4O8 2l5\n",
            )
        ],
    },
    {
        "id": "ce039-xlsx-merged-role-column",
        "description": "a workbook whose role column is merged over several rows, with a "
        "contact column naming two people of whom one is the contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Teplický expres s.r.o.",
            I39,
            None,
            ["203.0.113.110", "203.0.113.111", "203.0.113.112"],
            ["203.0.113.119", "203.0.113.118"],
            "Ladislav Pokorný",
            "pokorny@teplickyexpres.example",
            "+420417505988",
        ),
        "from": "Ladislav Pokorný <pokorny@teplickyexpres.example>",
        "subject": "adresy pro XML",
        "headers": EVOLUTION,
        "body": "Dobrý den, žádáme o přístup k XML výsledkům, adresy v tabulce.\n"
        "L. Pokorný, Teplický expres s.r.o.\n",
        "attachments": [
            (
                "xlsx",
                "TE_adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Role", "IP", "Správce"],
                            ["Produkce", "203.0.113.110", "Pokorný Ladislav (kontakt)"],
                            [None, "203.0.113.111", None],
                            [None, "203.0.113.112", None],
                            ["Test", "203.0.113.119", "Sýkora Adam"],
                            [None, "203.0.113.118", None],
                            ["IČO", I39, None],
                            ["Tel. kontakt", "417 505 988", "pokorny@teplickyexpres.example"],
                        ],
                        "merge": ["A2:A4", "A5:A6", "C2:C4", "C5:C6"],
                    }
                ],
            )
        ],
    },
    {
        "id": "ce040-austrian-docx-english",
        "description": "an Austrian broadcaster writing in English, no IČO; the DOCX header "
        "has the firm, the table gives addresses by role and a Vienna phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Lukas Gruber",
            "gruber@donauwelle.example",
            "+43153310442",
        ),
        "from": "Lukas Gruber <gruber@donauwelle.example>",
        "subject": "Application: election results feed and filming",
        "headers": GMAIL,
        "body": "Dear Sir or Madam,\nplease find our application attached.\n\nBest regards\n"
        "Lukas Gruber\n",
        "attachments": [
            (
                "docx",
                "Donauwelle_application.docx",
                {
                    "header": "Donauwelle Rundfunk GmbH · Praterstraße 31 · 1020 Wien",
                    "footer": "FN 481233k · Handelsgericht Wien",
                    "blocks": [
                        "We apply for access to the election results XML server and for "
                        "permission to film at the ČSÚ collection point in České Budějovice.",
                        {
                            "rows": [
                                ["Role", "IP address"],
                                ["production", "192.0.2.180"],
                                ["production", "192.0.2.181"],
                                ["test", "192.0.2.189"],
                            ]
                        },
                        "Contact: Lukas Gruber, gruber@donauwelle.example, +43 1 533 10 442",
                    ],
                },
            )
        ],
    },
    {
        "id": "ce041-databox-natural-person-pdf",
        "description": "a natural person in business sends only 'Podání' as the annotation; the "
        "PDF asks for both and writes her trade name after a dash",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Markéta Dvořáková – Dvořák Video",
            I41,
            "c8y2m5p",
            ["198.51.100.55"],
            ["198.51.100.56"],
            "Markéta Dvořáková",
            "marketa@dvorakvideo.example",
            "+420775218604",
        ),
        "databox": box("c8y2m5p", "Markéta Dvořáková", "Zámecká 4, 586 01 Jihlava", 40),
        "subject": "Podání",
        "attachments": [
            (
                "pdf",
                "zadost_MD.pdf",
                [
                    f"Jsem OSVČ (Markéta Dvořáková – Dvořák Video, IČO {I41}).",
                    "Žádám o přístup k výsledkům voleb v XML a o povolení natáčet na "
                    "pracovišti ČSÚ v Jihlavě.",
                    "Produkční IP 198.51.100.55, testovací 198.51.100.56.",
                    "Kontakt: marketa@dvorakvideo.example, 775 218 604",
                ],
            )
        ],
    },
    {
        "id": "ce042-reply-corrected-address-txt",
        "description": "a reply with quoted history where a production address was mistyped; "
        "the TXT repeats the application and the reply corrects one address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Noviny Valašska s.r.o.",
            I42,
            None,
            ["203.0.113.12", "203.0.113.14"],
            ["203.0.113.15"],
            "Oldřich Zbranek",
            "zbranek@novinyvalasska.example",
            "+420571433819",
        ),
        "from": "Oldřich Zbranek <zbranek@novinyvalasska.example>",
        "subject": "Re: Re: žádost Noviny Valašska",
        "headers": K9,
        "body": "Dobrý den,\nomlouvám se, ve druhé produkční adrese byl překlep: místo "
        "203.0.113.41 má být 203.0.113.14. Zbytek v příloze sedí.\n\nZbranek\n\n"
        "> Dobrý den, adresu 203.0.113.41 nemůžeme ověřit, je správně?\n> ČSÚ\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                f"Noviny Valašska s.r.o., IČO {I42}\nŽádost o přístup k XML výsledkům.\n"
                "Produkce: 203.0.113.12, 203.0.113.41\nTest: 203.0.113.15\n"
                "Kontakt: Oldřich Zbranek, zbranek@novinyvalasska.example, 571 433 819\n",
            )
        ],
    },
]
