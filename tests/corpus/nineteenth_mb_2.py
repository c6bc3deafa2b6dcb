"""Nineteenth held-out part ``mb``, cases mb015–mb028: a reply to the office's request for a
missing value with the original PDF attached again, an XLSX with row headers in a data message,
a PDF table whose cells wrap, a DOCX whose roles come from "první … druhá", a data message with
the same application in the annotation and an RTF, a PDF ANO/NE form declining the feed, last
year's application forwarded as .eml with one address replaced, a natural person's data message,
an XLSX with an outdated sheet, an Outlook HTML table with role columns, a DOCX form with box
characters, a cover note correcting the phone in the PDF, an English TXT with "respectively" and a
data message whose annotation carries the application beside a power of attorney. Written by
hand apart from the extraction rules (see make_nineteenth_mb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.corpus.nineteenth_mb_common import (
    APPLE,
    FEED,
    FILM,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    L,
    Style,
    ico,
)

J1, J2, J3, J4, J5 = (
    ico("2843019"),
    ico("0621547"),
    ico("2197438"),
    ico("4305826"),
    ico("2776104"),
)
J6, J7, J9, J10 = ico("0486372"), ico("2630915"), ico("0958261"), ico("4517093")
J11, J12, J14 = ico("0826154"), ico("2417386"), ico("2981640")

_LAST_YEAR: dict[str, Any] = {
    "id": "mb021-inner",
    "from": "Martina Dušková <duskova@rtvjih.example>",
    "subject": "Žádost o přístup k výsledkům voleb – Regionální televize Jih",
    "date": datetime(2025, 9, 2, 9, 14, 0, tzinfo=UTC),
    "headers": OUTLOOK,
    "body": (
        "Dobrý den,\n\n"
        f"Regionální televize Jih, s.r.o., IČO {J7}, žádá o přístup k serveru s výsledky "
        "voleb do Poslanecké sněmovny ve formátu XML.\n\n"
        "Produkční adresa: 203.0.113.10\n"
        "Testovací adresa: 203.0.113.19\n\n"
        "Kontaktní osoba: Martina Dušková, tel. 387 201 554, duskova@rtvjih.example\n\n"
        "S pozdravem\nMartina Dušková\nvedoucí vysílací techniky\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "mb015-reply-adds-test-reattached-pdf",
        "description": "reply to the office's request for a missing test address: the new text "
        "adds it, the production address and contact are in the re-attached PDF; the quoted "
        "office mail carries its own IČO, box and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Brdský zpravodaj s.r.o.",
            J1,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Karel Vítek",
            "vitek@brdskyzpravodaj.example",
            "+420606118093",
        ),
        "from": "Karel Vítek <vitek@brdskyzpravodaj.example>",
        "subject": "Re: Doplnění žádosti – přístup k výsledkům voleb",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "děkuji za upozornění. Doplňuji testovací adresu: 192.0.2.91\n"
            "Produkční adresa i ostatní údaje zůstávají podle původní žádosti, kterou pro "
            "jistotu přikládám znovu.\n\n"
            "S pozdravem\nKarel Vítek\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: podatelna@czso.cz\n"
            "Datum: 18. 9. 2026 10:02\n"
            "Předmět: Doplnění žádosti – přístup k výsledkům voleb\n\n"
            "> Dobrý den,\n"
            "> ve Vaší žádosti ze dne 15. 9. 2026 chybí testovací IP adresa. Pokud testovací\n"
            "> prostředí nemáte, napište nám to prosím.\n"
            ">\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "> IČO 00025593, ID DS 2gfaasy, tel. 274 052 733\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_brdsky_zpravodaj.pdf",
                [
                    f"<b>Brdský zpravodaj s.r.o.</b>, Pražská 120, 261 01 Příbram, IČO {J1}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k serveru s výsledky voleb do zastupitelstev obcí "
                    "z produkční adresy 192.0.2.90.",
                    "Kontakt: Karel Vítek, 606 118 093, vitek@brdskyzpravodaj.example",
                    "V Příbrami 15. 9. 2026, Karel Vítek, vydavatel",
                ],
            )
        ],
    },
    {
        "id": "mb016-databox-xlsx-row-headers",
        "description": "data message with a bare annotation; the XLSX gives the roles as row "
        "headers with numbered address columns, the applicant on another sheet",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Zlín TV Plus s.r.o.",
            J2,
            "k4rz9wb",
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Marek Zapletal",
            "zapletal@zlintvplus.example",
            "+420577660125",
        ),
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "databox": {
            "box": "k4rz9wb",
            "sender": "Zlín TV Plus s.r.o.",
            "address": "tř. Tomáše Bati 3792, 760 01 Zlín",
        },
        "attachments": [
            (
                "xlsx",
                "ZTV_zadost_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Zlín TV Plus s.r.o."],
                            ["IČO", J2],
                            ["Datová schránka", "k4rz9wb"],
                            ["Kontaktní osoba", "Ing. Marek Zapletal"],
                            ["Telefon", "+420 577 660 125"],
                            ["E-mail", "zapletal@zlintvplus.example"],
                            ["Žádáme o", "přístup k XML s výsledky voleb"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            [None, "Adresa 1", "Adresa 2", "Adresa 3"],
                            ["Produkční", "203.0.113.160", "203.0.113.161", None],
                            ["Testovací", "203.0.113.170", None, None],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "mb017-pdf-wrapped-cells-iphone",
        "description": "iPhone cover of one line; the PDF table has narrow columns so the role "
        "'produkce (hlavní + záloha)' and the address list wrap onto several lines",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Mediální družstvo Západ",
            J3,
            None,
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.38"],
            "Ladislav Fiala",
            "fiala@md-zapad.example",
            "+420354402117",
        ),
        "from": "Ladislav Fiala <fiala@md-zapad.example>",
        "subject": "Zadost CSU",
        "headers": IPHONE,
        "body": "Dobrý den, žádost v příloze. Fiala\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    f"<b>Mediální družstvo Západ</b>\nKrálovská 9, 350 02 Cheb\nIČ {J3}",
                    "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML pro portál "
                    "chebsko-dnes.example.",
                    {
                        "rows": [
                            ["Účel", "Adresy"],
                            ["produkce (hlavní + záloha)", "198.51.100.33, 198.51.100.34"],
                            ["testování před volbami", "198.51.100.38"],
                        ],
                        "widths": [70, 75],
                    },
                    "Kontaktní osoba: Ladislav Fiala, předseda představenstva družstva\n"
                    "tel. +420 354 402 117, fiala@md-zapad.example",
                ],
            )
        ],
    },
    {
        "id": "mb018-docx-footer-ico-first-second",
        "description": "one-line cover from K-9 Mail; the DOCX gives roles by order ('první "
        "… druhá') and the IČO only in the page footer, beside the DIČ",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Šumavské listy s.r.o.",
            J4,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Michaela Brabcová",
            "brabcova@sumavskelisty.example",
            "+420732661049",
        ),
        "from": "Michaela Brabcová <brabcova@sumavskelisty.example>",
        "subject": "žádost xml volby",
        "headers": K9,
        "cte": "8bit",
        "body": "Posílám žádost, díky. M. Brabcová\n",
        "attachments": [
            (
                "docx",
                "zadost_xml.docx",
                {
                    "header": "Šumavské listy – týdeník pro Prachaticko a Vimpersko",
                    "footer": f"Šumavské listy s.r.o. · Velké náměstí 4, 383 01 Prachatice · "
                    f"IČ: {J4} · DIČ: CZ{J4}",
                    "blocks": [
                        "Český statistický úřad",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Dobrý den,",
                        "prosíme o přístup k serveru s výsledky voleb do zastupitelstev obcí. "
                        "Přístup žádáme z adres 203.0.113.201 a 203.0.113.202, přičemž první "
                        "slouží pro ostrý provoz a druhá pro testování.",
                        "Na natáčení ani fotografování na sběrných místech letos nemáme "
                        "kapacity, o to tedy nežádáme.",
                        "Michaela Brabcová\nredaktorka\n732 661 049",
                    ],
                },
            )
        ],
    },
    {
        "id": "mb019-databox-annotation-and-rtf-agree",
        "description": "data message: the annotation gives prod./test. addresses in short and "
        "the RTF letter repeats them with the contact",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Jihlavské listy a.s.",
            J5,
            "m7fs2xd",
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.159"],
            "Barbora Novotná",
            "novotna@jihlavskelisty.example",
            "+420603417229",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb, prod. 192.0.2.150 a 192.0.2.151, "
        "test. 192.0.2.159 – podrobnosti v příloze",
        "databox": {
            "box": "m7fs2xd",
            "sender": "Jihlavské listy a.s.",
            "address": "Masarykovo nám. 41, 586 01 Jihlava",
            "ref": "JL-2026-077",
        },
        "attachments": [
            (
                "rtf",
                "zadost_JL.rtf",
                [
                    f"Jihlavské listy a.s.\nMasarykovo nám. 41, 586 01 Jihlava\nIČO {J5}",
                    "Naše č. j.: JL-2026-077",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zpřístupnění serveru s výsledky voleb z těchto adres:",
                    [
                        ["Produkce", "192.0.2.150"],
                        ["Produkce", "192.0.2.151"],
                        ["Test", "192.0.2.159"],
                    ],
                    "Kontaktní osoba: Barbora Novotná, mobil 603 417 229, "
                    "novotna@jihlavskelisty.example",
                    "S pozdravem\nBarbora Novotná\nvedoucí digitální redakce",
                ],
            )
        ],
    },
    {
        "id": "mb020-pdf-form-ano-ne-filming-only",
        "description": "PDF form with ANO/NE columns: the feed marked NE, filming ANO; the "
        "address fields left with dashes",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Studio Vltava Film s.r.o.",
            J6,
            None,
            [],
            [],
            "Jan Hromádka",
            "hromadka@vltavafilm.example",
            "+420721300458",
        ),
        "from": "Jan Hromádka <hromadka@vltavafilm.example>",
        "subject": "Natáčení ve volební noc – žádost (formulář)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "zasílám vyplněný formulář. Natáčíme dokumentární cyklus o komunální politice "
            "a rádi bychom zachytili atmosféru na sběrném místě.\n\n"
            "Děkuji\nJan Hromádka\nprodukce\nStudio Vltava Film\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_SVF.pdf",
                [
                    "<b>Žádost – média, volby 2026</b>",
                    {
                        "rows": [
                            ["Žadatel", "Studio Vltava Film s.r.o."],
                            ["IČO", J6],
                            ["Adresa", "Na Bělidle 1131/30, 150 00 Praha 5"],
                        ],
                        "widths": [120, 320],
                    },
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k výsledkům voleb ve formátu XML", "", "X"],
                            ["Pořizování obrazových a zvukových záznamů na sběrném místě", "X", ""],
                        ],
                        "widths": [300, 50, 50],
                    },
                    {
                        "rows": [
                            ["Produkční IP adresy", "—"],
                            ["Testovací IP adresy", "—"],
                            ["Místo natáčení", "sběrné místo Praha 5, 10. 10. 2026, 14–20 h"],
                            [
                                "Kontaktní osoba",
                                "Jan Hromádka, +420 721 300 458, hromadka@vltavafilm.example",
                            ],
                        ],
                        "widths": [120, 320],
                    },
                ],
            )
        ],
    },
    {
        "id": "mb021-forwarded-last-year-eml-new-prod",
        "description": "last year's application attached as .eml; the cover says everything "
        "stays except the production address, replaced by a new one",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Regionální televize Jih, s.r.o.",
            J7,
            None,
            ["203.0.113.12"],
            ["203.0.113.19"],
            "Martina Dušková",
            "duskova@rtvjih.example",
            "+420387201554",
        ),
        "from": "Martina Dušková <duskova@rtvjih.example>",
        "subject": "FW: Žádost o přístup k výsledkům voleb – Regionální televize Jih",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\r\n\r\n"
            "přikládám naši loňskou žádost. Pro letošní komunální volby prosíme o přístup za "
            "stejných podmínek, jen produkční adresu 203.0.113.10 jsme zrušili, místo ní "
            "používáme 203.0.113.12. Testovací adresa i kontakt zůstávají.\r\n\r\n"
            "S pozdravem\r\n"
            "Martina Dušková\r\n"
        ),
        "attachments": [("eml", "Žádost o přístup k výsledkům voleb.eml", _LAST_YEAR)],
    },
    {
        "id": "mb022-databox-natural-person-photographer",
        "description": "a freelance photographer's own data box (natural person, no IČO); the "
        "PDF asks to photograph and declines the feed",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Ondřej Malina",
            None,
            "f6yu3nc",
            [],
            [],
            "Ondřej Malina",
            "ondrej@malinafoto.example",
            "+420775902146",
        ),
        "subject": "Žádost o povolení fotografovat na sběrném místě",
        "databox": {
            "box": "f6yu3nc",
            "sender": "Ondřej Malina",
            "address": "Klatovská 88, 301 00 Plzeň",
            "type": 40,
        },
        "attachments": [
            (
                "pdf",
                "zadost_foto_Malina.pdf",
                [
                    "Ondřej Malina\nKlatovská 88, 301 00 Plzeň\n"
                    "tel. 775 902 146 | ondrej@malinafoto.example",
                    "Český statistický úřad",
                    "<b>Žádost o povolení fotografovat na sběrném místě</b>",
                    "Jsem fotograf na volné noze a reportáž z volební noci připravuji pro "
                    "několik regionálních redakcí. Žádám o povolení pořizovat fotografie na "
                    "sběrném místě ČSÚ v Plzni v noci z 9. na 10. října 2026.",
                    "O přístup k výsledkům ve formátu XML nežádám.",
                    "V Plzni 20. 9. 2026\nOndřej Malina",
                ],
            )
        ],
    },
    {
        "id": "mb023-xlsx-old-sheet-first",
        "description": "XLSX with last year's sheet first and this year's second; the cover "
        "mail says only the 2026 sheet applies",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Kladno Média s.r.o.",
            J9,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.39"],
            "Jiří Hampl",
            "hampl@kladnomedia.example",
            "+420312245908",
        ),
        "from": "Jiří Hampl <hampl@kladnomedia.example>",
        "subject": "Re: přístup XML volby 2026",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den,\n\n"
            f"za Kladno Média s.r.o. (IČO {J9}) posílám tabulku s adresami. Platí list "
            "„2026“, list „2025“ jsem tam nechal jen omylem z loňska, ty adresy už "
            "nepoužíváme.\n\n"
            "Kontakt jsem já, tel. 312 245 908.\n\n"
            "Jiří Hampl\n\n"
            "Odesláno z mobilu Samsung\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_CSU.xlsx",
                [
                    {
                        "title": "2025",
                        "rows": [
                            ["Role", "IP"],
                            ["produkční", "192.0.2.10"],
                            ["testovací", "192.0.2.11"],
                        ],
                    },
                    {
                        "title": "2026",
                        "rows": [
                            ["Role", "IP"],
                            ["produkční", "192.0.2.30"],
                            ["produkční", "192.0.2.31"],
                            ["testovací", "192.0.2.39"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "mb024-outlook-html-role-columns",
        "description": "Outlook mail (plain and HTML) with a table whose columns are the roles "
        "and a dash in an empty cell; a direct line before the switchboard",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Pražský večerník a.s.",
            J10,
            None,
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.90"],
            "Roman Kříž",
            "kriz@prazskyvecernik.example",
            "+420222515731",
        ),
        "from": "Kříž Roman <kriz@prazskyvecernik.example>",
        "subject": "Žádost o přístup k XML s výsledky voleb – Pražský večerník",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"společnost Pražský večerník a.s., IČO {J10}, žádá o přístup k serveru "
            "s výsledky voleb ve formátu XML.\n\n"
            "Produkční IP\tTestovací IP\n"
            "198.51.100.80\t198.51.100.90\n"
            "198.51.100.81\t—\n\n"
            "O natáčení nežádáme, to si kolegové z fotooddělení řeší zvlášť.\n\n"
            "S pozdravem\n"
            "Ing. Roman Kříž\nvedoucí IT\n"
            "tel. přímá linka 222 515 731, ústředna 222 515 700\n"
        ),
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">společnost Pražský večerník a.s., IČO '
            f"{J10}, žádá o přístup k serveru s výsledky voleb ve formátu XML.</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            "<tr><td><b>Produkční IP</b></td><td><b>Testovací IP</b></td></tr>"
            "<tr><td>198.51.100.80</td><td>198.51.100.90</td></tr>"
            "<tr><td>198.51.100.81</td><td>—</td></tr></table>"
            '<p class="MsoNormal">O natáčení nežádáme, to si kolegové z fotooddělení řeší '
            "zvlášť.</p>"
            '<p class="MsoNormal">S pozdravem<br>Ing. Roman Kříž<br>vedoucí IT<br>'
            "tel. přímá linka 222 515 731, ústředna 222 515 700</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "mb025-databox-docx-box-characters-film",
        "description": "data message; the DOCX form leaves ☐ the feed and ticks ☒ filming, "
        "its address rows empty",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Nezávislé zpravodajství Ústecka, z. ú.",
            J11,
            "s2nd8hv",
            [],
            [],
            "Veronika Mráčková",
            "mrackova@nzu.example",
            "+420739551020",
        ),
        "subject": "Žádost – viz přiložený formulář",
        "databox": {
            "box": "s2nd8hv",
            "sender": "Nezávislé zpravodajství Ústecka, z. ú.",
            "address": "Mírové náměstí 3, 400 01 Ústí nad Labem",
        },
        "attachments": [
            (
                "docx",
                "formular_NZU.docx",
                {
                    "header": f"Nezávislé zpravodajství Ústecka, z. ú. | IČO {J11}",
                    "blocks": [
                        "Žádost o součinnost ČSÚ – volby 2026",
                        "☐ přístup k výsledkům voleb ve formátu XML",
                        "☒ povolení pořizovat obrazový a zvukový záznam na sběrném místě "
                        "(Ústí nad Labem, 9.–10. 10. 2026)",
                        {
                            "rows": [
                                ["Produkční IP", ""],
                                ["Testovací IP", ""],
                                ["Kontaktní osoba", "Veronika Mráčková"],
                                ["Telefon", "739 551 020"],
                                ["E-mail", "mrackova@nzu.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "mb026-cover-corrects-phone-in-pdf",
        "description": "the cover mail corrects a typo in the contact's phone in the attached "
        "PDF, which asks for both with a production and two test addresses",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Ještědský zpravodaj s.r.o.",
            J12,
            None,
            ["203.0.113.230"],
            ["203.0.113.231", "203.0.113.232"],
            "Lukáš Beneš",
            "benes@jestedsky-zpravodaj.example",
            "+420731284909",
        ),
        "from": "Lukáš Beneš <benes@jestedsky-zpravodaj.example>",
        "subject": "Žádost – Ještědský zpravodaj (XML + natáčení)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "zasílám žádost v PDF. Všiml jsem si až po exportu, že v ní mám překlep "
            "v telefonu – správně je 731 284 909, ne 731 284 990.\n\n"
            "Díky\nLukáš Beneš\n"
        ),
        "attachments": [
            (
                "pdf",
                "JZ_zadost_2026.pdf",
                [
                    f"<b>Ještědský zpravodaj s.r.o.</b> | Moskevská 14, 460 01 Liberec | IČO {J12}",
                    "Žádáme:",
                    "a) o přístup k výsledkům voleb ve formátu XML – produkční adresa "
                    "203.0.113.230, testovací adresy 203.0.113.231 a 203.0.113.232;",
                    "b) o povolení natáčet na sběrném místě v Liberci (kameraman Aleš Vondráček).",
                    "Kontaktní osoba: Lukáš Beneš, tel. 731 284 990, "
                    "benes@jestedsky-zpravodaj.example",
                ],
            )
        ],
    },
    {
        "id": "mb027-english-txt-respectively",
        "description": "British agency without an IČO: the TXT gives two addresses for "
        "production and test 'respectively', the cover also asks for filming",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Central Europe Newswire Ltd",
            None,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Oliver Grant",
            "grant@cenewswire.example",
            "+442079460321",
        ),
        "from": "Oliver Grant <grant@cenewswire.example>",
        "subject": "Czech municipal elections 2026 - feed access request",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "attached is our request for the XML results feed (plain text, as our "
            "engineers prefer). We are also hoping to send a camera operator to a "
            "collection point in Prague on results night - could you please treat this as a "
            "request for a filming permit too?\n\n"
            "Many thanks,\n"
            "Oliver Grant\n"
            "Central Europe Newswire Ltd\n"
            "Company No. 09876543 | +44 20 7946 0321\n"
        ),
        "attachments": [
            (
                "txt",
                "cenw_feed_request.txt",
                "Central Europe Newswire Ltd - request for access to the CZSO results feed\n\n"
                "Source addresses: 203.0.113.90 and 203.0.113.91 (production and test, "
                "respectively)\n"
                "Client: cenw-ingest 3.1.0, polling every 20 s over HTTPS\n"
                "Contact: Oliver Grant, grant@cenewswire.example, +44 20 7946 0321\n",
            )
        ],
    },
    {
        "id": "mb028-databox-annotation-with-power-of-attorney",
        "description": "data message asking to record in its annotation; the attached PDF is "
        "only a power of attorney naming the same reporter",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Rádio Ostravan s.r.o.",
            J14,
            "h3wa6pe",
            [],
            [],
            "Petr Szotkowski",
            "szotkowski@ostravan.example",
            "+420604712338",
        ),
        "subject": "Žádáme o povolení pořídit zvukový záznam na sběrném místě ČSÚ v Ostravě "
        "9.–10. 10. 2026. Kontakt: Petr Szotkowski, 604 712 338, "
        "szotkowski@ostravan.example. Plná moc v příloze.",
        "databox": {
            "box": "h3wa6pe",
            "sender": "Rádio Ostravan s.r.o.",
            "address": "Sokolská třída 1263/24, 702 00 Ostrava",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Szotkowski.pdf",
                [
                    "<b>PLNÁ MOC</b>",
                    f"Rádio Ostravan s.r.o., IČO {J14}, se sídlem Sokolská třída 1263/24, "
                    "702 00 Ostrava, zastoupená jednatelkou Renatou Kubicovou,",
                    "zmocňuje",
                    "pana Petra Szotkowského, nar. 4. 6. 1991, bytem Opavská 12, 708 00 Ostrava,",
                    "k jednání s Českým statistickým úřadem ve věci povolení pořizovat "
                    "zvukové záznamy při zpracování výsledků voleb v roce 2026.",
                    "V Ostravě dne 21. 9. 2026",
                    "Renata Kubicová, jednatelka\n\nPlnou moc přijímám: Petr Szotkowski",
                ],
            )
        ],
    },
]
