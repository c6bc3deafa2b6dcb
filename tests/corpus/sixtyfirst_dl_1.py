"""Sixty-first held-out part ``dl``, cases dl001–dl014: a DOCX letter whose addresses sit in a
sidebar text box, a data message carrying two applications of which the later replaces the
earlier, a windows-1250 CSV with a role column, a two-column PDF with the firm's identifiers in
the sidebar, an AcroForm PDF (one box ticked, one not), an XLSX with struck-through "zrušeno"
rows, a web form saved as .html, a DOCX with a reviewer's comment "only for testing", a DOCX
address table continued over a page break, an ODT letter in a data message, a forwarded .eml
carrying a workbook, a filming-only RTF form, an empty mail with a [x]/[ ] PDF and a reply
quoting the office. Written by hand apart from the extraction rules (see make_sixtyfirst_dl);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtyfirst_dl_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    c,
    ico,
)

A1, A2, A3, A4, A5 = ico("2741093"), ico("0618352"), ico("2905817"), ico("2673154"), ico("0482976")
A6, A7, A8, A9, A10 = ico("2817460"), ico("2958013"), ico("0539271"), ico("2786345"), ico("2690418")
A11, A12, A13 = ico("0714629"), ico("2863507"), ico("2931846")

OFFICE_SIG = (
    "Český statistický úřad\nodbor informatiky\nNa padesátém 81, 100 82 Praha 10\n"
    "IČO 00025593 · ID datové schránky 2gfaasy · tel. 274 052 733"
)

CASES: list[dict[str, Any]] = [
    c(
        "dl001-docx-textbox-sidebar-addresses",
        "DOCX letter whose production and test addresses sit only in a grey sidebar text box "
        "(w:txbxContent) beside the letter text; the letter body names the contact, the footer "
        "the IČO",
        Style.LETTER,
        L(
            [FEED],
            "Chrudimský kurýr s.r.o.",
            A1,
            None,
            ["198.51.100.31", "198.51.100.32"],
            ["198.51.100.39"],
            "Vojtěch Mareš",
            "mares@chrudimskykuryr.example",
            "+420603718254",
        ),
        sender="Vojtěch Mareš <mares@chrudimskykuryr.example>",
        subject="Žádost o přístup k XML výsledkům voleb",
        headers=OUTLOOK,
        body="Dobrý den,\n\nzasílám naši žádost, technické údaje jsou v rámečku vpravo.\n\n"
        "Vojtěch Mareš\nChrudimský kurýr\n",
        attachments=[
            (
                "dl-docx",
                "CK_zadost_volby.docx",
                {
                    "author": "Vojtěch Mareš",
                    "header": "Chrudimský kurýr s.r.o. | Resselovo nám. 12 | 537 01 Chrudim",
                    "footer": "Chrudimský kurýr s.r.o., IČO " + A1 + ", spisová značka C 40718 "
                    "vedená u KS v Hradci Králové",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        {
                            "textbox": [
                                "TECHNICKÉ ÚDAJE",
                                "Produkční servery:",
                                "198.51.100.31",
                                "198.51.100.32",
                                "Testovací server:",
                                "198.51.100.39",
                            ],
                            "text": "V Chrudimi 9. září 2025",
                        },
                        "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                        "Vážené dámy, vážení pánové,",
                        "žádáme o přístup k průběžným výsledkům voleb do Poslanecké sněmovny "
                        "prostřednictvím vašeho XML rozhraní. Výsledky budeme zobrazovat na "
                        "webu chrudimskykuryr.example. Adresy našich serverů najdete v rámečku.",
                        "Kontaktní osobou pro technické záležitosti je Mgr. Vojtěch Mareš, "
                        "e-mail mares@chrudimskykuryr.example, mobil 603 718 254.",
                        "S pozdravem\n\nIng. Hana Veselá\njednatelka",
                    ],
                },
            )
        ],
    ),
    c(
        "dl002-databox-two-applications-later-replaces",
        "data message with two PDF applications of the same firm dated 2 and 9 September; the "
        "annotation says the later one replaces the earlier, which has other addresses and "
        "another contact",
        Style.DATABOX,
        L(
            [FEED],
            "Jihlavské listy a.s.",
            A2,
            "jl7m2qa",
            ["203.0.113.41", "203.0.113.42", "203.0.113.43"],
            ["203.0.113.49"],
            "Zuzana Holubová",
            "holubova@jihlavskelisty.example",
            "+420734552908",
        ),
        databox=box("jl7m2qa", "Jihlavské listy a.s.", "Masarykovo nám. 5, 586 01 Jihlava"),
        subject="Žádost o přístup k XML výsledkům – posíláme obě verze, platí žádost ze dne "
        "9. 9. 2025, která nahrazuje žádost z 2. 9. 2025",
        attachments=[
            (
                "di-pdf",
                "zadost_2025-09-02.pdf",
                {
                    "header": "Jihlavské listy a.s.\nMasarykovo nám. 5, 586 01 Jihlava · IČO " + A2,
                    "blocks": [
                        "V Jihlavě dne 2. 9. 2025",
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.40"],
                                ["Testovací IP", "203.0.113.48"],
                                ["Kontaktní osoba", "Petr Nedoma, nedoma@jihlavskelisty.example"],
                                ["Telefon", "567 300 412"],
                            ],
                            "widths": [150, 300],
                        },
                    ],
                },
            ),
            (
                "di-pdf",
                "zadost_2025-09-09.pdf",
                {
                    "header": "Jihlavské listy a.s.\nMasarykovo nám. 5, 586 01 Jihlava · IČO " + A2,
                    "blocks": [
                        "V Jihlavě dne 9. 9. 2025",
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.41\n203.0.113.42\n203.0.113.43"],
                                ["Testovací IP", "203.0.113.49"],
                                [
                                    "Kontaktní osoba",
                                    "Zuzana Holubová, holubova@jihlavskelisty.example",
                                ],
                                ["Telefon", "734 552 908"],
                            ],
                            "widths": [150, 300],
                        },
                        "Za Jihlavské listy a.s. Mgr. Zuzana Holubová, vedoucí online redakce",
                    ],
                },
            ),
        ],
    ),
    c(
        "dl003-csv-cp1250-role-column",
        "cover mail in windows-1250; the address list is a semicolon CSV (windows-1250) with a "
        "role column: produkce, záložní (backup = production), test, and one row 'nepoužívat'",
        Style.TABLE,
        L(
            [FEED],
            "Radio Beskydy s.r.o.",
            A3,
            None,
            ["192.0.2.131", "192.0.2.132", "192.0.2.140"],
            ["192.0.2.150"],
            "Lukáš Ondruš",
            "ondrus@radiobeskydy.example",
            "+420777412865",
        ),
        sender="Lukáš Ondruš <ondrus@radiobeskydy.example>",
        subject="Radio Beskydy - zadost o XML data",
        headers=TBIRD,
        charset="windows-1250",
        cte="8bit",
        body="Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb do Poslanecké sněmovny. "
        "Seznam adres posílám v příloze (CSV z naší správy sítě, sloupec Role).\n\n"
        "Lukáš Ondruš\nvedoucí IT\nRadio Beskydy s.r.o., IČO " + A3 + "\nmob. 777 412 865\n",
        attachments=[
            (
                "dl-csv",
                "adresy_ČSÚ.csv",
                [
                    ["Adresa", "Role", "Poznámka"],
                    ["192.0.2.131", "produkce", "web-01"],
                    ["192.0.2.132", "produkce", "web-02"],
                    ["192.0.2.140", "záložní", "DR Ostrava"],
                    ["192.0.2.150", "test", "staging"],
                    ["192.0.2.99", "nepoužívat", "starý proxy, vyřazen 2024"],
                ],
            )
        ],
    ),
    c(
        "dl004-pdf-two-column-sidebar-identifiers",
        "PDF letter in two columns: the firm's name, IČO, box ID and the contact's line in the "
        "narrow sidebar, the letter (feed and filming) beside it (the narrow column breaks the e-mail address, the same as the sender's); the "
        "mail body is only a line",
        Style.LETTER,
        L(
            [FEED, FILM],
            "Polabská televize, s.r.o.",
            A4,
            "pt9x4wd",
            ["198.18.44.10", "2001:db8:44::10"],
            [],
            "Markéta Kratochvílová",
            "kratochvilova@polabskatv.example",
            "+420325611840",
        ),
        sender="Markéta Kratochvílová <kratochvilova@polabskatv.example>",
        subject="Žádost – volby 2025",
        headers=GMAIL,
        body="Dobrý den, v příloze žádost. Děkuji, M. Kratochvílová\n",
        attachments=[
            (
                "dl-pdf2col",
                "PTV_zadost_volby2025.pdf",
                {
                    "title": "POLABSKÁ TELEVIZE",
                    "sidebar": [
                        "Polabská televize, s.r.o.",
                        "Husova 218",
                        "290 01 Poděbrady",
                        "",
                        "IČO: " + A4,
                        "DIČ: CZ" + A4,
                        "ID DS: pt9x4wd",
                        "",
                        "Vyřizuje:",
                        "Markéta Kratochvílová",
                        "produkce zpravodajství",
                        "tel. 325 611 840",
                        "kratochvilova@polabskatv.example",
                        "",
                        "www.polabskatv.example",
                    ],
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Poděbrady 8. 9. 2025",
                        "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Vážení,\nPolabská televize připravuje na volební víkend živé vysílání. "
                        "Žádáme proto o přístup k průběžným výsledkům ve formátu XML z adres "
                        "198.18.44.10 a 2001:db8:44:0:0:0:0:10 (obě produkční, testovat budeme "
                        "z těchže).",
                        "Zároveň žádáme o povolení natáčet v sobotu odpoledne na krajském "
                        "pracovišti ČSÚ ve Středočeském kraji; štáb budou tvořit redaktor a "
                        "kameraman.",
                        "Děkujeme a jsme s pozdravem\nMarkéta Kratochvílová",
                    ],
                },
            )
        ],
    ),
    c(
        "dl005-acroform-checkboxes-one-ticked",
        "PDF form with AcroForm check boxes, the feed box ticked and the filming box not, the "
        "values only in text fields (typed without háčky; the cover mail writes the names with "
        "them)",
        Style.FORM,
        L(
            [FEED],
            "Zlínský večerník, s.r.o.",
            A5,
            None,
            ["203.0.113.221", "203.0.113.222"],
            ["203.0.113.230"],
            "Tereza Říhová",
            "rihova@zlinskyvecernik.example",
            "+420605127734",
        ),
        sender="Tereza Říhová <rihova@zlinskyvecernik.example>",
        subject="Formulář – přístup k výsledkům voleb",
        headers=APPLE,
        body="Dobrý den,\nposílám vyplněný formulář z vašeho webu.\n\nTereza Říhová\n"
        "Zlínský večerník, s.r.o.\n",
        attachments=[
            (
                "di-acro",
                "formular_CSU_vyplneny.pdf",
                {
                    "title": "Žádost o přístup k výsledkům voleb",
                    "items": [
                        ("note", "Vyplňte prosím všechna pole a zaškrtněte, o co žádáte."),
                        ("check", "přístup k XML výsledkům (dedikovaný server)", "chk_xml", True),
                        ("check", "natáčení na pracovišti ČSÚ", "chk_film", False),
                        ("text", "Žadatel", "zadatel", "Zlinsky vecernik, s.r.o."),
                        ("text", "IČO", "ico", A5),
                        ("text", "Produkční IP adresy", "ip_prod", "203.0.113.221; 203.0.113.222"),
                        ("text", "Testovací IP adresy", "ip_test", "203.0.113.230"),
                        ("text", "Kontaktní osoba", "kontakt", "Tereza Rihova"),
                        ("text", "E-mail", "email", "rihova@zlinskyvecernik.example"),
                        ("text", "Telefon", "telefon", "+420 605 127 734"),
                    ],
                    "footer": "Formulář ČSÚ · IČO 00025593 · datová schránka 2gfaasy",
                },
            )
        ],
    ),
    c(
        "dl006-xlsx-struck-zruseno-rows",
        "XLSX address list with a status column: two old rows struck through and marked "
        "'zrušeno', one replaced address noted 'nahrazuje .12'; only the valid rows count",
        Style.TABLE,
        L(
            [FEED],
            "Hanácký týdeník s.r.o.",
            A6,
            None,
            ["198.51.100.112", "198.51.100.113"],
            ["198.51.100.120"],
            "Ondřej Vlček",
            "vlcek@hanackytydenik.example",
            "+420585204117",
        ),
        sender="Ondřej Vlček <vlcek@hanackytydenik.example>",
        subject="RE: přístup k XML – aktualizovaná tabulka adres",
        headers=OUTLOOK,
        body="Dobrý den,\n\nposílám letošní tabulku. Je to náš loňský soubor, zrušené řádky "
        "jsem nechal přeškrtnuté, ať je vidět, co se změnilo.\n\nS pozdravem\nOndřej Vlček\n"
        "Hanácký týdeník s.r.o.\nIČO " + A6 + "\ntel. 585 204 117\n",
        attachments=[
            (
                "dl-xlsx",
                "HT_adresy_2025.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP adresa", "Typ", "Stav", "Poznámka"],
                            ["198.51.100.12", "produkční", "zrušeno", "server odstaven"],
                            ["198.51.100.112", "produkční", "platí", "nahrazuje .12"],
                            ["198.51.100.113", "produkční", "platí", ""],
                            ["198.51.100.19", "testovací", "zrušeno", ""],
                            ["198.51.100.120", "testovací", "platí", ""],
                        ],
                        "strike": ["A2", "B2", "C2", "D2", "A5", "B5", "C5"],
                    }
                ],
            )
        ],
    ),
    c(
        "dl007-html-form-file-attached",
        "a web form saved from the browser as an .html file and attached (not an HTML body): "
        "inputs with value attributes, the feed checkbox checked, filming unchecked",
        Style.FORM,
        L(
            [FEED],
            "Krkonošský občasník, z.s.",
            A7,
            None,
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Jiří Pokorný",
            "pokorny@krkonosskyobcasnik.example",
            "+420608331590",
        ),
        sender="Jiří Pokorný <pokorny@krkonosskyobcasnik.example>",
        subject="Žádost o XML (formulář se neodeslal, posílám uložený)",
        headers=SEZNAM,
        body="Dobrý den,\nformulář na vašem webu mi po odeslání hlásil chybu, tak ho posílám "
        "uložený jako soubor.\nJiří Pokorný\n",
        attachments=[
            (
                "dl-html",
                "Zadost o pristup k vysledkum voleb.html",
                """<!DOCTYPE html>
<html lang="cs"><head><meta charset="utf-8">
<title>Žádost o přístup k výsledkům voleb – ČSÚ</title>
<!-- saved from url=(0046)https://volby.example/zadost-media/formular -->
</head><body>
<h1>Žádost o přístup k výsledkům voleb pro média</h1>
<form action="https://volby.example/zadost-media/odeslat" method="post">
<fieldset><legend>Předmět žádosti</legend>
<label><input type="checkbox" name="typ_xml" checked> přístup k XML výsledkům</label><br>
<label><input type="checkbox" name="typ_film"> natáčení na pracovišti</label>
</fieldset>
<fieldset><legend>Žadatel</legend>
<label>Název <input type="text" name="nazev" value="Krkonošský občasník, z.s."></label><br>
<label>IČO <input type="text" name="ico" value=\""""
                + A7
                + """\"></label><br>
<label>Datová schránka <input type="text" name="ds" value=""></label>
</fieldset>
<fieldset><legend>IP adresy</legend>
<label>Produkční <textarea name="ip_prod">192.0.2.201</textarea></label><br>
<label>Testovací <textarea name="ip_test">192.0.2.202</textarea></label>
</fieldset>
<fieldset><legend>Kontaktní osoba</legend>
<label>Jméno <input type="text" name="osoba" value="Jiří Pokorný"></label><br>
<label>E-mail <input type="email" name="email" value="pokorny@krkonosskyobcasnik.example">\
</label><br>
<label>Telefon <input type="tel" name="tel" value="608 331 590"></label>
</fieldset>
<p><button type="submit">Odeslat</button></p>
</form>
<footer>Český statistický úřad, IČO 00025593, ID DS 2gfaasy, tel. 274 052 733</footer>
</body></html>
""",
            )
        ],
    ),
    c(
        "dl008-docx-reviewer-comment-test-only",
        "DOCX with a server table (web-1, web-2, stage) under 'Produkční a testovací adresy'; "
        "a colleague's Word comment on the third address says it is only for testing, which "
        "is the only place its role is stated",
        Style.CORRECTION,
        L(
            [FEED],
            "Mělnický deník s.r.o.",
            A8,
            None,
            ["203.0.113.14", "203.0.113.15"],
            ["203.0.113.16"],
            "Kamila Šustrová",
            "sustrova@melnickydenik.example",
            "+420731604228",
        ),
        sender="Kamila Šustrová <sustrova@melnickydenik.example>",
        subject="žádost o přístup – Mělnický deník",
        headers=OWA,
        body="Dobrý den,\n\nv příloze je žádost, kolega do ní doplnil poznámku k serverům.\n\n"
        "Kamila Šustrová\nredakce Mělnický deník\n731 604 228\n",
        attachments=[
            (
                "dl-docx",
                "zadost_MD_2025.docx",
                {
                    "author": "Kamila Šustrová",
                    "footer": "Mělnický deník s.r.o. · Svatováclavská 17, 276 01 Mělník · IČO "
                    + A8,
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        "Žadatel: Mělnický deník s.r.o.",
                        "Produkční a testovací adresy:",
                        {
                            "comment": ("web-1: ", "203.0.113.14", ""),
                            "note": "OK",
                            "by": "Aleš Mach",
                        },
                        "web-2: 203.0.113.15",
                        {
                            "comment": ("stage: ", "203.0.113.16", ""),
                            "note": "tahle je jen pro testování, na ni produkční data nepouštět",
                            "by": "Aleš Mach",
                        },
                        "Kontakt: Kamila Šustrová, sustrova@melnickydenik.example, "
                        "tel. 731 604 228",
                    ],
                },
            )
        ],
    ),
    c(
        "dl009-docx-table-over-page-break",
        "DOCX whose address table runs over a page break as two tables with the header row "
        "repeated ('Adresa | Určení'); three production rows before the break, two after "
        "(one production, one test)",
        Style.TABLE,
        L(
            [FEED],
            "Moravskoslezský rozhlasový okruh a.s.",
            A9,
            None,
            ["198.51.100.61", "198.51.100.62", "198.51.100.63", "198.51.100.64"],
            ["198.51.100.70"],
            "Radim Kolář",
            "kolar@msro.example",
            "+420596118402",
        ),
        sender="Radim Kolář <kolar@msro.example>",
        subject="MSRO – žádost o XML výsledky voleb 2025",
        headers=OUTLOOK,
        body="Dobrý den,\n\nv příloze zasílám žádost Moravskoslezského rozhlasového okruhu.\n\n"
        "Radim Kolář\nMSRO a.s.\n",
        attachments=[
            (
                "dl-docx",
                "MSRO_zadost.docx",
                {
                    "author": "Radim Kolář",
                    "header": "Moravskoslezský rozhlasový okruh a.s. · Nádražní 44, 702 00 Ostrava",
                    "footer": "IČO " + A9 + " · www.msro.example",
                    "blocks": [
                        "Český statistický úřad\nodbor informatiky",
                        "Věc: Žádost o přístup k výsledkům voleb do Poslanecké sněmovny 2025",
                        "Moravskoslezský rozhlasový okruh a.s. provozuje čtyři regionální "
                        "stanice a zpravodajský web. Pro volební noc žádáme o přístup k "
                        "průběžným výsledkům ve formátu XML z níže uvedených adres.",
                        "Výsledky zpracovává naše datová redakce; data z XML rozhraní budou "
                        "použita pouze pro vlastní vysílání a web. Nebudou dále poskytována "
                        "třetím stranám. Zavazujeme se dodržovat podmínky užití, které ČSÚ "
                        "zveřejnil ve své tiskové zprávě k volbám.",
                        "Seznam adres:",
                        {
                            "rows": [
                                ["Adresa", "Určení"],
                                ["198.51.100.61", "produkce – Ostrava"],
                                ["198.51.100.62", "produkce – Ostrava"],
                                ["198.51.100.63", "produkce – Opava"],
                            ],
                            "header_row": True,
                        },
                        {"pagebreak": True},
                        {
                            "rows": [
                                ["Adresa", "Určení"],
                                ["198.51.100.64", "produkce – Frýdek-Místek"],
                                ["198.51.100.70", "test"],
                            ],
                            "header_row": True,
                        },
                        "Kontaktní osoba: Radim Kolář, technický ředitel, tel. 596 118 402, "
                        "kolar@msro.example",
                        "V Ostravě 10. 9. 2025",
                    ],
                },
            )
        ],
    ),
    c(
        "dl010-databox-odt-letter-ipv6",
        "data message with an ODT letter: one IPv4 and one IPv6 production address written in "
        "full form, IPv6 test address; the annotation is only the subject",
        Style.DATABOX,
        L(
            [FEED],
            "Brněnský metropol, s.r.o.",
            A10,
            "bm3ke8v",
            ["192.0.2.71", "2001:db8:71::1"],
            ["2001:db8:71::99"],
            "Jakub Dvořák",
            "dvorak@brnenskymetropol.example",
            "+420549227013",
        ),
        databox=box("bm3ke8v", "Brněnský metropol, s.r.o.", "Kounicova 12, 602 00 Brno"),
        subject="Žádost o přístup k XML výsledkům voleb",
        attachments=[
            (
                "odt",
                "zadost_BM.odt",
                [
                    "Brněnský metropol, s.r.o. | Kounicova 12, 602 00 Brno | IČO " + A10,
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Žádost o přístup k průběžným výsledkům voleb",
                    "Žádáme o zpřístupnění XML výsledků pro náš zpravodajský portál. "
                    "Adresy uvádíme v tabulce.",
                    [
                        ["", "IPv4", "IPv6"],
                        ["produkční", "192.0.2.71", "2001:0db8:0071:0000:0000:0000:0000:0001"],
                        ["testovací", "—", "2001:0db8:0071:0000:0000:0000:0000:0099"],
                    ],
                    "Kontakt: Jakub Dvořák, správce systémů, dvorak@brnenskymetropol.example, "
                    "tel. 549 227 013",
                    "Brno 11. 9. 2025, Jakub Dvořák v. r.",
                ],
            )
        ],
    ),
    c(
        "dl011-forward-eml-with-xlsx",
        "the editor-in-chief forwards an attached .eml from her IT colleague carrying the XLSX; "
        "the contact is the colleague named in the workbook, not the forwarder",
        Style.FORWARD,
        L(
            [FEED],
            "Týdeník Vysočina s.r.o.",
            A11,
            None,
            ["203.0.113.181", "203.0.113.182"],
            ["203.0.113.189"],
            "Filip Novotný",
            "novotny@tydenikvysocina.example",
            "+420728905316",
        ),
        sender="Alena Brožová <brozova@tydenikvysocina.example>",
        subject="Fwd: podklady pro ČSÚ – XML výsledky",
        headers=K9,
        body="Dobrý den,\n\npřeposílám podklady od našeho IT. Prosíme o zřízení přístupu k "
        "výsledkům, kontaktní osobou je Filip (viz tabulka).\n\nAlena Brožová\n"
        "šéfredaktorka, Týdeník Vysočina s.r.o.\n",
        attachments=[
            (
                "eml",
                "podklady pro ČSÚ.eml",
                {
                    "id": "dl011-inner",
                    "from": "Filip Novotný <novotny@tydenikvysocina.example>",
                    "to": "brozova@tydenikvysocina.example",
                    "subject": "podklady pro ČSÚ",
                    "body": "Ahoj Aleno, tady jsou adresy pro ČSÚ. Filip\n",
                    "attachments": [
                        (
                            "xlsx",
                            "TV_CSU.xlsx",
                            [
                                {
                                    "title": "List1",
                                    "rows": [
                                        ["Žadatel", "Týdeník Vysočina s.r.o."],
                                        ["IČO", A11],
                                        ["Produkce", "203.0.113.181"],
                                        [None, "203.0.113.182"],
                                        ["Test", "203.0.113.189"],
                                        ["Kontakt", "Filip Novotný"],
                                        ["E-mail", "novotny@tydenikvysocina.example"],
                                        ["Mobil", "728 905 316"],
                                    ],
                                    "merge": ["A3:A4"],
                                }
                            ],
                        )
                    ],
                },
            )
        ],
    ),
    c(
        "dl012-databox-filming-only-rtf-ano-ne",
        "data message with an RTF form: ANO/NE columns, XML access NE, filming ANO; the form "
        "still lists an address in the XML section, which goes with the declined request",
        Style.DATABOX,
        L(
            [FILM],
            "Studio Lipno, z.ú.",
            A12,
            "sl5vr2h",
            [],
            [],
            "Barbora Kalinová",
            "kalinova@studiolipno.example",
            "+420720448163",
        ),
        databox=box("sl5vr2h", "Studio Lipno, z.ú.", "Lipno nad Vltavou 83, 382 78"),
        subject="Žádost o povolení natáčení – volby 2025",
        attachments=[
            (
                "rtf",
                "zadost_natoceni.rtf",
                [
                    "Studio Lipno, z.ú. | Lipno nad Vltavou 83 | IČO " + A12,
                    "ŽÁDOST MÉDIÍ – VOLBY DO POSLANECKÉ SNĚMOVNY",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k XML výsledkům", "", "X"],
                        ["Natáčení na pracovišti ČSÚ", "X", ""],
                    ],
                    "IP adresy (jen při žádosti o XML): 192.0.2.55",
                    "Místo natáčení: krajská správa ČSÚ v Českých Budějovicích, sobota 4. 10. "
                    "od 14:00; štáb: Barbora Kalinová (redaktorka), Michal Toman (kamera).",
                    "Kontaktní osoba: Barbora Kalinová, kalinova@studiolipno.example, "
                    "tel. 720 448 163",
                ],
            )
        ],
    ),
    c(
        "dl013-empty-mail-pdf-bracket-form",
        "mail with no text at all; the PDF form ticks both requests with [x], an empty [ ] for "
        "'test from production'; contact row written surname first",
        Style.EMPTY,
        L(
            [FEED, FILM],
            "Sever Média s.r.o.",
            A13,
            None,
            ["198.18.12.5", "198.18.12.6", "198.18.12.7"],
            ["198.18.12.9"],
            "Michaela Krejčí",
            "krejci@severmedia.example",
            "+420475316204",
        ),
        sender="krejci@severmedia.example",
        subject="",
        headers=TBIRD,
        body="",
        attachments=[
            (
                "pdf",
                "SeverMedia_zadost.pdf",
                [
                    "<b>Sever Média s.r.o.</b>, Mírové nám. 3, 400 01 Ústí nad Labem, IČO " + A13,
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB A O NATÁČENÍ",
                    "[x] přístup k XML výsledkům<br/>[x] natáčení na pracovišti ČSÚ v Ústí "
                    "nad Labem<br/>[ ] testujeme z produkčních adres",
                    {
                        "rows": [
                            ["Produkční IP", "198.18.12.5, 198.18.12.6, 198.18.12.7"],
                            ["Testovací IP", "198.18.12.9"],
                            ["Kontaktní osoba", "Krejčí Michaela"],
                            ["E-mail", "krejci@severmedia.example"],
                            ["Telefon", "475 316 204"],
                        ],
                        "widths": [140, 320],
                    },
                ],
            )
        ],
    ),
    c(
        "dl014-reply-quoting-office-docx",
        "reply to the office's request for a missing test address, quoting its signature "
        "(IČO 00025593, box 2gfaasy, 274 052 733); the corrected DOCX attached adds the test "
        "address",
        Style.REPLY,
        L(
            [FEED],
            "Podještědský zpravodaj s.r.o.",
            ico("2804716"),
            None,
            ["192.0.2.81"],
            ["192.0.2.82"],
            "Martin Horák",
            "horak@podjestedsky.example",
            "+420482713590",
        ),
        sender="Martin Horák <horak@podjestedsky.example>",
        subject="Re: Vaše žádost o přístup k XML – doplnění",
        headers=TBIRD,
        body="Dobrý den,\n\ndoplněnou žádost posílám v příloze, testovací adresa je tam "
        "doplněna.\n\nMartin Horák\n\nDne 10. 9. 2025 v 9:12 ČSÚ napsal(a):\n"
        "> Dobrý den,\n> ve Vaší žádosti chybí testovací adresa. Doplňte ji prosím.\n> \n"
        + "".join("> " + line + "\n" for line in OFFICE_SIG.split("\n")),
        attachments=[
            (
                "docx",
                "zadost_doplnena.docx",
                {
                    "footer": "Podještědský zpravodaj s.r.o., Liberecká 9, 463 31 Chrastava, "
                    "IČO " + ico("2804716"),
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb – doplněná verze",
                        {
                            "rows": [
                                ["Žadatel", "Podještědský zpravodaj s.r.o."],
                                ["Produkční adresa", "192.0.2.81"],
                                ["Testovací adresa", "192.0.2.82 (doplněno)"],
                                ["Kontaktní osoba", "Martin Horák"],
                                ["Telefon", "482 713 590"],
                                ["E-mail", "horak@podjestedsky.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
]
