"""Fifty-ninth held-out part ``df``, cases df029–df042: more forms, tables and data messages,
forwards as attached .eml, cover notes that change the file, empty bodies, DIČ-only IČO.
Written by hand apart from the extraction rules (see make_fiftyninth_df); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyninth_df_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

C29, C30, C31, C32, C33 = (
    ico("2817460"),
    ico("0593718"),
    ico("2765031"),
    ico("2648190"),
    ico("0714853"),
)
C34, C35, C36, C37, C38 = (
    ico("2903176"),
    ico("2580347"),
    ico("0662019"),
    ico("2734815"),
    ico("2819604"),
)
C39, C40, C41, C42 = ico("0537281"), ico("2691450"), ico("2776302"), ico("0628734")


def _c(cid: str, desc: str, style: Style, labels: dict[str, Any], **rest: Any) -> dict[str, Any]:
    return {"id": cid, "description": desc, "style": style, "labels": labels, **rest}


def _f(sender: str) -> dict[str, str]:
    return {"from": sender}


CASES: list[dict[str, Any]] = [
    _c(
        "df029-databox-pdf-role-column-ipv6",
        "data message with bare annotation; PDF table with a role column mixing IPv4 and IPv6",
        Style.DATABOX,
        L(
            [FEED],
            "Slovácký rozhled a.s.",
            C29,
            "sr2g6mb",
            ["2001:db8:77::10", "198.51.100.7"],
            ["2001:db8:77::20"],
            "Libor Zapletal",
            "zapletal@slovackyrozhled.example",
            "+420572113608",
        ),
        databox=box(
            "sr2g6mb", "Slovácký rozhled a.s.", "Masarykovo nám. 2, 686 01 Uherské Hradiště"
        ),
        subject="Žádost",
        attachments=[
            (
                "pdf",
                "zadost.pdf",
                [
                    "Slovácký rozhled a.s., IČO " + C29,
                    {
                        "rows": [
                            ["adresa", "role"],
                            ["2001:db8:77::10", "produkce"],
                            ["198.51.100.7", "produkce"],
                            ["2001:db8:77::20", "test"],
                        ],
                        "widths": [160, 80],
                    },
                    "Kontakt Libor Zapletal, zapletal@slovackyrozhled.example, 572 113 608",
                ],
            )
        ],
    ),
    _c(
        "df030-forward-eml-cover-corrects-phone",
        "an assistant forwards the director's application as .eml and corrects its phone",
        Style.FORWARD,
        L(
            [FEED],
            "Benešovské echo s.r.o.",
            C30,
            None,
            ["192.0.2.130"],
            ["192.0.2.131"],
            "Jaroslav Kůs",
            "kus@benesovskeecho.example",
            "+420317881254",
        ),
        **_f("asistentka@benesovskeecho.example"),
        subject="Fw: žádost o přístup",
        headers=OWA,
        body="Dobrý den, přeposílám žádost pana Kůse. Jeho telefon je 317 881 254, "
        "v původním mailu je starý.\nS pozdravem asistentka\n",
        attachments=[
            (
                "eml",
                "zadost.eml",
                {
                    "id": "df030-inner",
                    "from": "Jaroslav Kůs <kus@benesovskeecho.example>",
                    "subject": "žádost o přístup",
                    "body": "Benešovské echo s.r.o. (IČO " + C30 + ") žádá o XML výsledky.\n"
                    "Produkce 192.0.2.130, test 192.0.2.131.\nJaroslav Kůs, 317 880 000\n",
                },
            )
        ],
    ),
    _c(
        "df031-docx-merged-cells-two-crews",
        "DOCX table with merged request cells; filming only, two crew members named, the "
        "contact is the producer",
        Style.TABLE,
        L(
            [FILM],
            "Produkce Vltava s.r.o.",
            C31,
            None,
            [],
            [],
            "Gabriela Tichá",
            "ticha@produkcevltava.example",
            "+420721908336",
        ),
        **_f("Gabriela Tichá <ticha@produkcevltava.example>"),
        subject="natáčení - volební noc",
        headers=APPLE,
        body="Dobrý den, žádost o natáčení v příloze.\nG. Tichá\n",
        attachments=[
            (
                "docx",
                "natáčení.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel", "Produkce Vltava s.r.o., IČO " + C31, ""],
                                ["Požadavek", "natáčení na pracovišti Praha-východ", ""],
                                ["Štáb", "Karel Mach", "Ludmila Zemanová"],
                                ["Kontakt", "Gabriela Tichá, produkční, 721 908 336", ""],
                            ],
                            "merge": [(0, 1, 0, 2), (1, 1, 1, 2), (3, 1, 3, 2)],
                        }
                    ]
                },
            )
        ],
    ),
    _c(
        "df032-empty-body-pdf-dic-only",
        "empty body; the PDF gives only the DIČ (CZ + 8 digits), which holds the IČO",
        Style.EMPTY,
        L(
            [FEED],
            "Prostějovský večerník s.r.o.",
            C32,
            None,
            ["198.18.33.1", "198.18.33.2"],
            ["198.18.33.9"],
            "Blanka Čermáková",
            "cermakova@pvvecernik.example",
            "+420582335117",
        ),
        **_f("cermakova@pvvecernik.example"),
        subject="",
        headers=K9,
        body="",
        attachments=[
            (
                "pdf",
                "scan_zadost.pdf",
                [
                    "Prostějovský večerník s.r.o., DIČ CZ" + C32,
                    "Žádáme o přístup k výsledkům: produkční 198.18.33.1 a 198.18.33.2, testovací 198.18.33.9.",
                    "Čermáková Blanka, 582 335 117",
                ],
            )
        ],
    ),
    _c(
        "df033-databox-rtf-ano-ne-both",
        "data message; RTF with ANO/NE column, both requests ANO, the annotation gives the phone",
        Style.DATABOX,
        L(
            [FEED, FILM],
            "Kroměřížské noviny s.r.o.",
            C33,
            "kn7r3xs",
            ["203.0.113.170"],
            ["203.0.113.171"],
            "Stanislav Mikulík",
            "mikulik@kmnoviny.example",
            "+420573660418",
        ),
        databox=box("kn7r3xs", "Kroměřížské noviny s.r.o.", "Velké nám. 12, 767 01 Kroměříž"),
        subject="Žádost o přístup a natáčení, kontakt S. Mikulík 573 660 418",
        attachments=[
            (
                "rtf",
                "zadost.rtf",
                [
                    [["Požadavek", "ANO/NE"], ["XML výsledky", "ANO"], ["Natáčení", "ANO"]],
                    "IP produkční 203.0.113.170, testovací 203.0.113.171",
                    "Kontakt: Stanislav Mikulík, mikulik@kmnoviny.example",
                    "Kroměřížské noviny s.r.o., IČO " + C33,
                ],
            )
        ],
    ),
    _c(
        "df034-html-only-form-brackets",
        "text/html-only mail with a [x]/[ ] form in a table",
        Style.FORM,
        L(
            [FEED],
            "Písecký obzor s.r.o.",
            C34,
            None,
            ["192.0.2.60", "192.0.2.61"],
            [],
            "Jitka Šafránková",
            "safrankova@piseckyobzor.example",
            "+420382107745",
        ),
        **_f("Jitka Šafránková <safrankova@piseckyobzor.example>"),
        subject="Žádost XML",
        headers=GMAIL,
        html="<table><tr><td>[x]</td><td>přístup k XML výsledkům</td></tr>"
        "<tr><td>[ ]</td><td>natáčení</td></tr></table><p>Produkce: 192.0.2.60, 192.0.2.61; "
        "test nebude.</p><p>Jitka Šafránková, Písecký obzor s.r.o., IČO "
        + C34
        + ", 382 107 745</p>",
        attachments=[("pdf", "podpis.pdf", ["Podepsaná žádost – Písecký obzor s.r.o."])],
    ),
    _c(
        "df035-xlsx-role-column-replaced-address",
        "XLSX where one production address is marked 'nahrazeno' by the next row",
        Style.TABLE,
        L(
            [FEED],
            "Teplický zpravodaj s.r.o.",
            C35,
            None,
            ["198.51.100.51", "198.51.100.55"],
            ["198.51.100.59"],
            "Adéla Bartošová",
            "bartosova@teplickyzpravodaj.example",
            "+420417605231",
        ),
        **_f("Adéla Bartošová <bartosova@teplickyzpravodaj.example>"),
        subject="adresy",
        headers=TBIRD,
        body="Dobrý den, žádáme o přístup, adresy v příloze.\nBartošová, 417 605 231\n",
        attachments=[
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["role", "IP", "pozn."],
                            ["produkce", "198.51.100.51", ""],
                            ["produkce", "198.51.100.52", "nahrazeno .55"],
                            ["produkce", "198.51.100.55", "nová"],
                            ["test", "198.51.100.59", ""],
                            ["firma", "Teplický zpravodaj s.r.o.", C35],
                        ],
                    }
                ],
            )
        ],
    ),
    _c(
        "df036-odt-filming-only-ne-feed",
        "ODT with ANO/NE where feed is NE though an IP is written next to it",
        Style.FORM,
        L(
            [FILM],
            "Kutnohorský list, z.s.",
            C36,
            None,
            [],
            [],
            "Richard Novák",
            "novak@kutnohorskylist.example",
            "+420327512906",
        ),
        **_f("Richard Novák <novak@kutnohorskylist.example>"),
        subject="foto volby",
        headers=SEZNAM,
        body="Posílám žádost o fotografování.\nNovák\n",
        attachments=[
            (
                "odt",
                "zadost.odt",
                [
                    "Kutnohorský list, z.s., IČO " + C36,
                    [
                        ["přístup k XML", "NE", "(dříve 192.0.2.9)"],
                        ["fotografování", "ANO", "Kutná Hora"],
                    ],
                    "Richard Novák, 327 512 906",
                ],
            )
        ],
    ),
    _c(
        "df037-databox-annotation-feed-docx-filming",
        "data message: the annotation asks for the feed with addresses, the DOCX for filming",
        Style.DATABOX,
        L(
            [FEED, FILM],
            "Rádio Beskydy s.r.o.",
            None,
            "rb8d2wt",
            ["198.18.60.60"],
            ["198.18.60.61"],
            "Lucie Fojtíková",
            "fojtikova@radiobeskydy.example",
            "+420556702814",
        ),
        databox=box("rb8d2wt", "Rádio Beskydy s.r.o.", "Horní 7, 738 01 Frýdek-Místek"),
        subject="XML výsledky: produkce 198.18.60.60, test 198.18.60.61; natáčení viz příloha",
        attachments=[
            (
                "docx",
                "nataceni.docx",
                {
                    "blocks": [
                        "Rádio Beskydy s.r.o. žádá o povolení nahrávat reportáž na pracovišti Frýdek-Místek.",
                        "Kontakt: Lucie Fojtíková, 556 702 814, fojtikova@radiobeskydy.example",
                    ]
                },
            )
        ],
    ),
    _c(
        "df038-forward-eml-empty-cover",
        "forward with no text of its own, the application in the attached .eml with a PDF",
        Style.FORWARD,
        L(
            [FEED],
            "Vyškovský týdeník s.r.o.",
            C38,
            None,
            ["203.0.113.80"],
            ["203.0.113.81"],
            "Josef Kalous",
            "kalous@vyskovskytydenik.example",
            "+420517330812",
        ),
        **_f("redakce@vyskovskytydenik.example"),
        subject="Fwd: XML",
        headers=ZIMBRA,
        body="",
        attachments=[
            (
                "eml",
                "fwd.eml",
                {
                    "id": "df038-inner",
                    "from": "Josef Kalous <kalous@vyskovskytydenik.example>",
                    "subject": "XML",
                    "body": "Žádost v PDF.\n",
                    "attachments": [
                        (
                            "pdf",
                            "zadost.pdf",
                            [
                                "Vyškovský týdeník s.r.o., IČO " + C38,
                                "produkce 203.0.113.80 / test 203.0.113.81",
                                "Josef Kalous, 517 330 812",
                            ],
                        )
                    ],
                },
            )
        ],
    ),
    _c(
        "df039-databox-osvc-feed-ipv6",
        "data message from a freelancer's box (type 40) with an IPv6 production address in a TXT",
        Style.DATABOX,
        L(
            [FEED],
            "Vojtěch Lánský",
            None,
            "vl3p9ck",
            ["2001:db8:5::2"],
            [],
            "Vojtěch Lánský",
            "lansky@volebnimapa.example",
            "+420736019442",
        ),
        databox=box("vl3p9ck", "Vojtěch Lánský", "Okružní 14, 370 01 České Budějovice", kind=40),
        subject="přístup k XML",
        attachments=[
            (
                "txt",
                "zadost.txt",
                "Žádám o přístup k XML výsledkům pro mapu volebnimapa.\nIP: 2001:db8:5::2\n"
                "Vojtěch Lánský, lansky@volebnimapa.example, 736 019 442\n",
            )
        ],
    ),
    _c(
        "df040-cover-retracts-test-ip",
        "PDF with test address; the cover says they will test from production after all",
        Style.CORRECTION,
        L(
            [FEED],
            "Trutnovský kurýr s.r.o.",
            C40,
            None,
            ["192.0.2.240"],
            [],
            "Milena Hubená",
            "hubena@trutnovskykuryr.example",
            "+420499118025",
        ),
        **_f("Milena Hubená <hubena@trutnovskykuryr.example>"),
        subject="žádost",
        headers=GMAIL,
        body="Dobrý den, testovací adresu z PDF škrtněte, testovat budeme z produkční.\nHubená\n",
        attachments=[
            (
                "pdf",
                "zadost.pdf",
                [
                    "Trutnovský kurýr s.r.o., IČO " + C40,
                    "Produkce 192.0.2.240, test 192.0.2.241",
                    "Milena Hubená, 499 118 025",
                ],
            )
        ],
    ),
    _c(
        "df041-letter-odt-letterhead-box-id",
        "ODT letter: the letterhead line carries IČO and data-box ID, a deputy signs for the "
        "named contact",
        Style.LETTER,
        L(
            [FEED, FILM],
            "Mělnické listy s.r.o.",
            C41,
            "ml6f2qa",
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Vendula Horká",
            "horka@melnickelisty.example",
            "+420315624907",
        ),
        **_f("Vendula Horká <horka@melnickelisty.example>"),
        subject="žádost volby",
        headers=OWA,
        body="V příloze.\n",
        attachments=[
            (
                "odt",
                "dopis.odt",
                [
                    "Mělnické listy s.r.o. · IČO " + C41 + " · DS ml6f2qa",
                    "Žádáme o přístup k výsledkům (produkce 198.51.100.240, test 198.51.100.241) a o "
                    "povolení fotografovat na pracovišti Mělník.",
                    "Kontaktní osoba: Vendula Horká, 315 624 907",
                    "za jednatele Bc. Ota Řezáč",
                ],
            )
        ],
    ),
    _c(
        "df042-docx-row-headers-surname-first",
        "DOCX table with row headers; the contact written surname first, both requests",
        Style.TABLE,
        L(
            [FEED, FILM],
            "Šumavské zprávy s.r.o.",
            C42,
            None,
            ["203.0.113.250", "203.0.113.251"],
            ["203.0.113.252"],
            "Bohdan Šimek",
            "simek@sumavskezpravy.example",
            "+420388415267",
        ),
        **_f("Bohdan Šimek <simek@sumavskezpravy.example>"),
        subject="Žádost",
        headers=K9,
        body="Posílám žádost.\n",
        attachments=[
            (
                "docx",
                "zadost.docx",
                {
                    "header": "Šumavské zprávy s.r.o.",
                    "footer": "IČO " + C42,
                    "blocks": [
                        {
                            "rows": [
                                ["Přístup XML", "ano"],
                                ["Natáčení", "ano, Prachatice"],
                                ["Produkce", "203.0.113.250, 203.0.113.251"],
                                ["Test", "203.0.113.252"],
                                ["Kontakt", "ŠIMEK Bohdan, 388 415 267"],
                            ]
                        }
                    ],
                },
            )
        ],
    ),
]
