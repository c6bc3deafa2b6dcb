"""Fifty-ninth held-out part ``df``, cases df015–df028: data messages with the application in
the annotation, in a file or both, a signed letter, a flowed cover, an iso-8859-2 cover, ANO/NE
forms, a three-sheet workbook, an empty body with an ODT, a cover withdrawing filming.
Written by hand apart from the extraction rules (see make_fiftyninth_df); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyninth_df_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    L,
    Style,
    box,
    ico,
)

B15, B16, B17, B18, B19 = (
    ico("2863015"),
    ico("0739126"),
    ico("2590437"),
    ico("2718064"),
    ico("0645183"),
)
B20, B21, B22, B23, B24 = (
    ico("2937405"),
    ico("2804519"),
    ico("0571942"),
    ico("2660178"),
    ico("2749301"),
)
B25, B27, B28 = ico("0618275"), ico("2895063"), ico("2731580")


def _c(cid: str, desc: str, style: Style, labels: dict[str, Any], **rest: Any) -> dict[str, Any]:
    return {"id": cid, "description": desc, "style": style, "labels": labels, **rest}


CASES: list[dict[str, Any]] = [
    _c(
        "df015-databox-annotation-only-pdf-letter",
        "data message: the annotation holds the feed request and both addresses, the PDF is "
        "only the signed letter with the contact",
        Style.DATABOX,
        L(
            [FEED],
            "Zlínský kurýr s.r.o.",
            B15,
            "zk3h7ye",
            ["198.51.100.90"],
            ["198.51.100.99"],
            "Martina Holubová",
            "holubova@zlinskykuryr.example",
            "+420577104386",
        ),
        databox=box("zk3h7ye", "Zlínský kurýr s.r.o.", "tř. Tomáše Bati 55, 760 01 Zlín"),
        subject="Přístup k XML výsledkům voleb: produkční 198.51.100.90, testovací 198.51.100.99",
        attachments=[
            (
                "pdf",
                "dopis.pdf",
                [
                    "Zlínský kurýr s.r.o. | IČO " + B15,
                    "Kontaktní osobou pro žádost je Martina Holubová, holubova@zlinskykuryr.example, "
                    "tel. 577 104 386.",
                    "Ing. Bohumil Zatloukal, jednatel",
                ],
            )
        ],
    ),
    _c(
        "df016-smime-signed-letter-ico-box",
        "S/MIME-signed mail; IČO and box ID in the signature block, addresses as a /30 block",
        Style.LETTER,
        L(
            [FEED],
            "Východočeská televize a.s.",
            B16,
            "vt6nq4r",
            ["203.0.113.32", "203.0.113.33", "203.0.113.34", "203.0.113.35"],
            ["203.0.113.40"],
            "Filip Charvát",
            "charvat@vctv.example",
            "+420466015732",
        ),
        **{"from": "Filip Charvát <charvat@vctv.example>"},
        subject="Žádost o přístup k dedikovanému serveru",
        headers=OUTLOOK,
        smime=True,
        body="Dobrý den,\nžádáme o přístup k XML výsledkům. Produkční síť 203.0.113.32/30, "
        "testovací stanice 203.0.113.40.\n\nFilip Charvát\nvedoucí IT, Východočeská televize a.s.\n"
        "IČO " + B16 + " | ID DS vt6nq4r\ntel. 466 015 732\n",
        attachments=[("pdf", "plna_moc.pdf", ["Plná moc pro Filipa Charváta – jednání s ČSÚ."])],
    ),
    _c(
        "df017-flowed-cover-odt-table",
        "format=flowed cover; the ODT table has the role in a column, one address marked 'zrušeno'",
        Style.TABLE,
        L(
            [FEED],
            "Liberecký večerník s.r.o.",
            B17,
            None,
            ["192.0.2.21", "192.0.2.23"],
            ["192.0.2.29"],
            "Jakub Novotný",
            "novotny@lbvecernik.example",
            "+420485007219",
        ),
        **{"from": "Jakub Novotný <novotny@lbvecernik.example>"},
        subject="volby XML",
        headers=EVOLUTION,
        flowed=True,
        body="Dobrý den, posílám tabulku adres pro přístup k výsledkům voleb, kontaktní osoba "
        "jsem já.\n\nJakub Novotný\n485 007 219\n",
        attachments=[
            (
                "odt",
                "adresy.odt",
                [
                    "Liberecký večerník s.r.o., IČO " + B17,
                    [
                        ["role", "IP", "stav"],
                        ["produkce", "192.0.2.21", "aktivní"],
                        ["produkce", "192.0.2.22", "zrušeno"],
                        ["produkce", "192.0.2.23", "aktivní"],
                        ["test", "192.0.2.29", "aktivní"],
                    ],
                ],
            )
        ],
    ),
    _c(
        "df018-iso88592-cover-rtf-ano-ne",
        "iso-8859-2 cover; RTF form with an ANO/NE column, filming ANO and feed NE",
        Style.FORM,
        L(
            [FILM],
            "Opavský magazín s.r.o.",
            B18,
            None,
            [],
            [],
            "Šárka Kubíčková",
            "kubickova@opavskymagazin.example",
            "+420553718402",
        ),
        **{"from": "Šárka Kubíčková <kubickova@opavskymagazin.example>"},
        subject="žádost o natáčení",
        headers=CENTRUM,
        charset="iso-8859-2",
        body="Dobrý den, zasílám vyplněný formulář.\nŠárka Kubíčková\n",
        attachments=[
            (
                "rtf",
                "formular.rtf",
                [
                    "Žadatel: Opavský magazín s.r.o., IČO " + B18,
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["přístup k XML výsledkům", "", "X"],
                        ["natáčení na pracovišti ČSÚ", "X", ""],
                    ],
                    "Kontakt: Šárka Kubíčková, 553 718 402",
                ],
            )
        ],
    ),
    _c(
        "df019-databox-docx-split-contact-annotation",
        "data message: the DOCX has the addresses, the annotation names a different contact "
        "than the DOCX ('kontakt nově')",
        Style.DATABOX,
        L(
            [FEED],
            "Rádio Podřipsko s.r.o.",
            B19,
            "rp9c4kd",
            ["198.18.20.5"],
            ["198.18.20.6"],
            "Alena Fišerová",
            "fiserova@radiopodripsko.example",
            "+420416557092",
        ),
        databox=box("rp9c4kd", "Rádio Podřipsko s.r.o.", "Palackého 9, 413 01 Roudnice nad Labem"),
        subject="Žádost XML; kontakt nově Alena Fišerová, 416 557 092, fiserova@radiopodripsko.example",
        attachments=[
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Rádio Podřipsko s.r.o. (IČO "
                        + B19
                        + ") žádá o přístup k výsledkům voleb.",
                        {
                            "rows": [
                                ["Produkční IP", "198.18.20.5"],
                                ["Testovací IP", "198.18.20.6"],
                                ["Kontakt", "Milan Souček, 416 557 000"],
                            ]
                        },
                    ]
                },
            )
        ],
    ),
    _c(
        "df020-three-sheet-workbook",
        "XLSX with three sheets: request ticks, addresses with a backup server, contact; "
        "short cover from a phone",
        Style.TABLE,
        L(
            [FEED, FILM],
            "Moravskoslezský deník a.s.",
            B20,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.110"],
            "Tomáš Hrubý",
            "hruby@msdenik.example",
            "+420596117340",
        ),
        **{"from": "Tomáš Hrubý <hruby@msdenik.example>"},
        subject="zadost",
        headers=IPHONE,
        body="Posílám žádost v excelu.\nOdesláno z iPhonu\n",
        attachments=[
            (
                "xlsx",
                "MSD_volby.xlsx",
                [
                    {
                        "title": "Požadavky",
                        "rows": [["XML výsledky", "☒"], ["Natáčení Ostrava", "☒"]],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["produkční", "203.0.113.100"],
                            ["produkční", "203.0.113.101"],
                            ["záložní", "203.0.113.102"],
                            ["testovací", "203.0.113.110"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Moravskoslezský deník a.s.", B20],
                            ["Hrubý Tomáš", "596 117 340"],
                            ["", "hruby@msdenik.example"],
                        ],
                    },
                ],
            )
        ],
    ),
    _c(
        "df021-empty-body-odt-ipv6",
        "empty body, ODT application with IPv6 production addresses written long",
        Style.EMPTY,
        L(
            [FEED],
            "Chebský portál s.r.o.",
            B21,
            None,
            ["2001:db8:a0::1", "2001:db8:a0::2"],
            ["2001:db8:a0::ff"],
            "Vladimír Pešek",
            "pesek@chebskyportal.example",
            "+420354220671",
        ),
        **{"from": "pesek@chebskyportal.example"},
        subject="XML",
        headers=ROUNDCUBE,
        body="",
        attachments=[
            (
                "odt",
                "zadost.odt",
                [
                    "Chebský portál s.r.o., IČO " + B21,
                    "Žádáme o přístup k výsledkům voleb (XML).",
                    [
                        ["produkční", "2001:0db8:00a0:0000:0000:0000:0000:0001"],
                        ["produkční", "2001:0db8:00a0:0000:0000:0000:0000:0002"],
                        ["testovací", "2001:0db8:00a0:0000:0000:0000:0000:00ff"],
                    ],
                    "Vladimír Pešek, 354 220 671",
                ],
            )
        ],
    ),
    _c(
        "df022-cover-withdraws-filming-pdf",
        "the PDF asks for feed and filming; the cover mail withdraws filming",
        Style.CORRECTION,
        L(
            [FEED],
            "Táborské listy s.r.o.",
            B22,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Ivana Slámová",
            "slamova@taborskelisty.example",
            "+420381249507",
        ),
        **{"from": "Ivana Slámová <slamova@taborskelisty.example>"},
        subject="žádost volby 2025",
        headers=OUTLOOK,
        body="Dobrý den,\nposílám žádost. Natáčení nakonec nebude, tuto část prosím neberte v úvahu.\n"
        "Ivana Slámová\n",
        attachments=[
            (
                "pdf",
                "zadost_TL.pdf",
                [
                    "Táborské listy s.r.o., IČO " + B22,
                    "Žádáme o: 1) přístup k XML výsledkům, 2) povolení natáčení na pracovišti Tábor.",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.200"],
                            ["Testovací IP", "192.0.2.201"],
                            [
                                "Kontakt",
                                "Ivana Slámová, 381 249 507, slamova@taborskelisty.example",
                            ],
                        ],
                        "widths": [100, 260],
                    },
                ],
            )
        ],
    ),
    _c(
        "df023-databox-xlsx-merged-contact",
        "data message, bare annotation; XLSX with merged header cells and the contact surname first",
        Style.DATABOX,
        L(
            [FEED],
            "Plzeňský obzor s.r.o.",
            None,
            "po4w7jn",
            ["198.51.100.170", "198.51.100.171", "198.51.100.172", "198.51.100.173"],
            [],
            "Radka Vojtíšková",
            "vojtiskova@plzenskyobzor.example",
            "+420377446190",
        ),
        databox=box("po4w7jn", "Plzeňský obzor s.r.o.", "Americká 30, 301 00 Plzeň"),
        subject="žádost o přístup",
        attachments=[
            (
                "xlsx",
                "zadost.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Přístup k XML výsledkům voleb", None],
                            ["Produkční IP", "198.51.100.170-173"],
                            ["Testovací IP", "nebudeme"],
                            ["Kontaktní osoba", "VOJTÍŠKOVÁ Radka"],
                            ["Telefon", "377 446 190"],
                            ["E-mail", "vojtiskova@plzenskyobzor.example"],
                        ],
                        "merge": ["A1:B1"],
                    }
                ],
            )
        ],
    ),
    _c(
        "df024-txt-attachment-form",
        "TXT attachment with [x]/[ ] marks; the body is a one-line cover",
        Style.FORM,
        L(
            [FEED, FILM],
            "Nymburský občasník, z.s.",
            B24,
            None,
            ["198.18.100.7"],
            ["198.18.100.8"],
            "Oldřich Beneš",
            "benes@nymburskyobcasnik.example",
            "+420732066415",
        ),
        **{"from": "Oldřich Beneš <benes@nymburskyobcasnik.example>"},
        subject="přihláška",
        headers=CENTRUM,
        body="Dobrý den, přihláška v příloze. Beneš\n",
        attachments=[
            (
                "txt",
                "prihlaska.txt",
                "Nymburský občasník, z.s. / IČO " + B24 + "\n[x] XML výsledky\n"
                "[x] natáčení\nprodukce 198.18.100.7\ntest 198.18.100.8\n"
                "kontakt Oldřich Beneš 732 066 415\n",
            )
        ],
    ),
    _c(
        "df025-docx-header-footer-board-signs",
        "DOCX with letterhead header and footer with IČO; the board member signs, a named "
        "contact person below",
        Style.LETTER,
        L(
            [FEED],
            "Znojemský zpravodaj s.r.o.",
            B25,
            None,
            ["203.0.113.222"],
            ["203.0.113.223"],
            "Hynek Pospíšil",
            "pospisil@znojemskyzpravodaj.example",
            "+420515220389",
        ),
        **{"from": "kancelar@znojemskyzpravodaj.example"},
        subject="Žádost",
        headers=OUTLOOK,
        body="Dobrý den, žádost v příloze.\n",
        attachments=[
            (
                "docx",
                "zadost.docx",
                {
                    "header": "ZNOJEMSKÝ ZPRAVODAJ s.r.o.",
                    "footer": "IČO " + B25 + " | Obroková 4, Znojmo",
                    "blocks": [
                        "Žádáme o přístup k výsledkům voleb z produkční IP 203.0.113.222, "
                        "testovací 203.0.113.223.",
                        "Kontaktní osoba: Hynek Pospíšil, 515 220 389, "
                        "pospisil@znojemskyzpravodaj.example",
                        "Mgr. Dana Kořínková, jednatelka",
                    ],
                },
            )
        ],
    ),
    _c(
        "df026-no-ico-blogger-pdf",
        "a blogger without a company applies for feed; PDF with the addresses, no IČO",
        Style.COVER,
        L(
            [FEED],
            "Matyáš Hornák",
            None,
            None,
            ["192.0.2.77"],
            [],
            "Matyáš Hornák",
            "matyas@hornak-data.example",
            "+420608515227",
        ),
        **{"from": "Matyáš Hornák <matyas@hornak-data.example>"},
        subject="žádost o XML feed",
        headers=ROUNDCUBE,
        body="Dobrý den, provozuji volební blog, žádost přikládám.\nM. Hornák, 608 515 227\n",
        attachments=[
            (
                "pdf",
                "zadost_hornak.pdf",
                ["Žadatel: Matyáš Hornák (fyzická osoba)", "IP: 192.0.2.77 (produkce, bez testu)"],
            )
        ],
    ),
    _c(
        "df027-databox-annotation-both-files",
        "data message with two files: the PDF application and a TXT correcting the test address",
        Style.DATABOX,
        L(
            [FEED],
            "Rychnovský deník s.r.o.",
            B27,
            "rd5kz8a",
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.12"],
            "Petra Jelínková",
            "jelinkova@rychnovskydenik.example",
            "+420494333710",
        ),
        databox=box("rd5kz8a", "Rychnovský deník s.r.o.", "Panská 1, 516 01 Rychnov nad Kněžnou"),
        subject="Žádost o přístup k výsledkům voleb (oprava testovací IP v souboru oprava.txt)",
        attachments=[
            (
                "pdf",
                "zadost.pdf",
                [
                    "Rychnovský deník s.r.o., IČO " + B27,
                    "produkční 203.0.113.5, 203.0.113.6; testovací 203.0.113.11",
                    "Kontakt: Petra Jelínková, 494 333 710, jelinkova@rychnovskydenik.example",
                ],
            ),
            ("txt", "oprava.txt", "Testovací adresa není .11, správně 203.0.113.12.\n"),
        ],
    ),
    _c(
        "df028-cover-adds-ip-docx-checkbox",
        "DOCX checkbox form; the cover adds a third production address",
        Style.CORRECTION,
        L(
            [FEED],
            "Mladoboleslavský týden s.r.o.",
            B28,
            None,
            ["198.51.100.130", "198.51.100.131", "198.51.100.135"],
            ["198.51.100.139"],
            "Zdeněk Kopecký",
            "kopecky@mbtyden.example",
            "+420326557104",
        ),
        **{"from": "Zdeněk Kopecký <kopecky@mbtyden.example>"},
        subject="žádost + doplnění",
        headers=EVOLUTION,
        cte="base64",
        body="Dobrý den,\nk formuláři prosím doplňte ještě produkční 198.51.100.135.\nKopecký\n",
        attachments=[
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        "Mladoboleslavský týden s.r.o., IČO " + B28,
                        "☒ přístup k XML    ☐ natáčení",
                        {
                            "rows": [
                                ["Produkce", "198.51.100.130, 198.51.100.131"],
                                ["Test", "198.51.100.139"],
                                ["Kontakt", "Zdeněk Kopecký, 326 557 104"],
                            ]
                        },
                    ]
                },
            )
        ],
    ),
]
