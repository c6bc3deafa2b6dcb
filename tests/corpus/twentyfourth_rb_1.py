"""Twentyfourth held-out part ``rb``, cases rb001–rb014: short cover mails with a PDF, DOCX,
XLSX, ODT, RTF or TXT application, an empty body, a cover note that corrects the attached
file, a forwarded .eml, checkbox forms and ANO/NE columns, and data messages with the
application in the annotation, in the file or in both. Written by hand apart from the
extraction rules (see make_twentyfourth_rb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfourth_rb_common import (
    EMPTY,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    TICK,
    TICK2,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I4, I5 = ico("2814093"), ico("0473318"), ico("2650471"), ico("1739520")
I6, I7, I8, I10 = ico("0852964"), ico("2491736"), ico("0367285"), ico("2903614")
I11, I12, I13, I14 = ico("4718265"), ico("0652417"), ico("0024631"), ico("5102846")

CASES: list[dict[str, Any]] = [
    {
        "id": "rb001-outlook-cover-pdf-role-column",
        "description": "two-line Outlook cover mail; the whole application is a PDF letter "
        "with a table whose first column gives the role",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Zpravodaj Polabí s.r.o.",
            I1,
            None,
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.35"],
            "Tomáš Řezníček",
            "reznicek@zpravodajpolabi.example",
            "+420602771348",
        ),
        "from": "Redakce Zpravodaj Polabí <redakce@zpravodajpolabi.example>",
        "subject": "Žádost – volby 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost o přístup k datům s výsledky voleb.\n\n"
            "S pozdravem\nredakce Zpravodaj Polabí\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_CSU_volby.pdf",
                [
                    "Zpravodaj Polabí s.r.o. | Palackého 412, 280 02 Kolín | "
                    f"IČO {I1} | www.zpravodajpolabi.example",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Kolíně dne 12. září 2025",
                    "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Vážení, vydáváme regionální zpravodajský portál a rádi bychom ve volební "
                    "noc zobrazovali průběžné výsledky. Prosíme o povolení přístupu z těchto "
                    "adres:",
                    {
                        "rows": [
                            ["Server", "IP adresa", "Umístění"],
                            ["produkční (hlavní)", "198.51.100.33", "Kolín, serverovna"],
                            ["produkční (záložní)", "198.51.100.34", "Praha, housing"],
                            ["testovací", "198.51.100.35", "Kolín"],
                        ],
                        "widths": [130, 120, 160],
                    },
                    "Technickým kontaktem je náš správce Bc. Tomáš Řezníček, "
                    "tel. 602 771 348, e-mail reznicek@zpravodajpolabi.example.",
                    "S pozdravem\n\nMgr. Eva Kubátová\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "rb002-empty-body-docx-checkbox-form",
        "description": "empty mail body; DOCX form with box characters, only the feed ticked; "
        "the applicant's data box in the page header",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Jihlavské listy, spol. s r. o.",
            I2,
            "x8cbw4e",
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Lenka Dvořáčková",
            "dvorackova@jihlavskelisty.example",
            "+420567300418",
        ),
        "from": "Lenka Dvořáčková <dvorackova@jihlavskelisty.example>",
        "subject": "formulář",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "docx",
                "formular_pristup_volby.docx",
                {
                    "header": f"Jihlavské listy, spol. s r. o. · IČO: {I2} · ID datové "
                    "schránky: x8cbw4e",
                    "footer": "Masarykovo nám. 7, 586 01 Jihlava · tel. ústředna 567 300 400",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI – volby do Poslanecké sněmovny 2025",
                        "Žádáme o (zaškrtněte):",
                        f"{TICK} přístup k serveru s výsledky voleb (XML)",
                        f"{EMPTY} povolení pořizovat zvukové a obrazové záznamy na "
                        "sběrném místě ČSÚ",
                        {
                            "rows": [
                                ["Název žadatele", "Jihlavské listy, spol. s r. o."],
                                ["IČO", I2],
                                ["Produkční IP adresy (max. 5)", "203.0.113.90"],
                                ["Testovací IP adresy (max. 5)", "203.0.113.91"],
                                ["Kontaktní osoba", "Lenka Dvořáčková"],
                                ["E-mail", "dvorackova@jihlavskelisty.example"],
                                ["Telefon", "567 300 418 (přímá linka)"],
                            ]
                        },
                        "Datum: 15. 9. 2025          Podpis: L. Dvořáčková",
                    ],
                },
            )
        ],
    },
    {
        "id": "rb003-databox-annotation-only-short",
        "description": "data message with no file at all: the whole application squeezed "
        "into the annotation with 'prod.'/'test.' abbreviations",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "TV Brdy s.r.o.",
            I4,
            "m3tq9vz",
            ["192.0.2.15"],
            ["192.0.2.16"],
            "Petr Horák",
            None,
            "+420731555210",
        ),
        "subject": (
            f"TV Brdy s.r.o., IČO {I4}: žádost o přístup k XML výsledkům voleb 2025 – "
            "IP prod. 192.0.2.15, test. 192.0.2.16; kontakt Petr Horák, 731 555 210"
        ),
        "databox": {
            "box": "m3tq9vz",
            "sender": "TV Brdy s.r.o.",
            "address": "Pražská 55, 261 01 Příbram",
            "type": 20,
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_TV_Brdy.pdf",
                [
                    "Výpis z obchodního rejstříku (částečný)",
                    {
                        "rows": [
                            ["Obchodní firma", "TV Brdy s.r.o."],
                            ["Sídlo", "Pražská 55, 261 01 Příbram"],
                            ["Identifikační číslo", f"{I4[:3]} {I4[3:5]} {I4[5:]}"],
                            ["Právní forma", "Společnost s ručením omezeným"],
                            ["Jednatel", "Petr Horák, den vzniku funkce 1. 3. 2019"],
                            ["Základní kapitál", "200 000 Kč, splaceno 100 %"],
                        ],
                        "widths": [140, 260],
                    },
                    "Výpis vyhotoven dne 14. 9. 2025 v 09:12 (verze 5.3.0)",
                ],
            )
        ],
    },
    {
        "id": "rb004-gmail-xlsx-row-headers",
        "description": "Gmail cover note; XLSX whose first column holds the row headers and "
        "the addresses run across the row",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Krkonošský deník a.s.",
            I5,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.200"],
            "Ondřej Málek",
            "malek@krkonossky-denik.example",
            "+420739104226",
        ),
        "from": "Ondřej Málek <ondra.malek.kd@gmail.example>",
        "subject": "Přístup k výsledkům – Krkonošský deník",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám vyplněnou tabulku s údaji pro přístup k volebnímu serveru. "
            "Píšu ze soukromé adresy, protože firemní pošta nám dnes nejde – pro další "
            "komunikaci prosím používejte malek@krkonossky-denik.example.\n\n"
            "Díky,\nOndřej Málek\nKrkonošský deník\n"
        ),
        "attachments": [
            (
                "xlsx",
                "volby2025_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Krkonošský deník a.s.", None, None],
                            ["IČO", I5, None, None],
                            ["Produkční IP", "203.0.113.10", "203.0.113.11", "203.0.113.12"],
                            ["Testovací IP", "203.0.113.200", None, None],
                            ["Kontakt", "Ondřej Málek", "+420 739 104 226", None],
                            ["E-mail", "malek@krkonossky-denik.example", None, None],
                            ["Verze šablony", "1.4.2", None, None],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "rb005-cover-note-corrects-pdf-address",
        "description": "the cover mail corrects a mistyped test address in the attached PDF "
        "and adds the filming request",
        "style": Style.AMENDING_NOTE,
        "labels": L(
            [FEED, FILM],
            "Rádio Haná, s.r.o.",
            I6,
            None,
            ["192.0.2.140"],
            ["192.0.2.143"],
            "Jakub Vrána",
            "vrana@radiohana.example",
            "+420585111723",
        ),
        "from": "Jakub Vrána <vrana@radiohana.example>",
        "subject": "Žádost o přístup k datům – Rádio Haná",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám podepsanou žádost. Bohužel jsem si až po podpisu všiml, že "
            "testovací adresa je v ní špatně – místo 192.0.2.134 má být 192.0.2.143 (přehozené "
            "číslice). Produkční 192.0.2.140 je v pořádku.\n\n"
            "A ještě jedna věc, kterou v žádosti nemáme: prosíme také o povolení natáčet "
            "na sběrném místě v Olomouci, přijede náš reportér s mikrofonem a kamerou pro "
            "web.\n\n"
            "Děkuji,\nJakub Vrána\nvedoucí zpravodajství, Rádio Haná\n+420 585 111 723\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_radio_hana.pdf",
                [
                    f"Rádio Haná, s.r.o., Riegrova 20, 779 00 Olomouc, IČ: {I6}",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.140"],
                            ["Testovací IP", "192.0.2.134"],
                            [
                                "Kontaktní osoba",
                                "Jakub Vrána, 585 111 723, vrana@radiohana.example",
                            ],
                        ],
                        "widths": [120, 300],
                    },
                    "V Olomouci 10. 9. 2025, Jakub Vrána",
                ],
            )
        ],
    },
    {
        "id": "rb006-forwarded-eml-from-editor-in-chief",
        "description": "secretary forwards the editor-in-chief's mail as an attached .eml with "
        "one line of her own; the application and its contact are inside the .eml",
        "style": Style.FORWARDED_EML,
        "labels": L(
            [FEED],
            "Ostravské noviny a.s.",
            I7,
            None,
            ["198.51.100.120", "198.51.100.121"],
            [],
            "Radim Šťastný",
            "stastny@ostravskenoviny.example",
            "+420777201993",
        ),
        "from": "Sekretariát ON <sekretariat@ostravskenoviny.example>",
        "subject": "Fwd: přístup k XML – Ostravské noviny",
        "headers": TBIRD,
        "body": "Dobrý den, přeposílám žádost pana šéfredaktora, viz příloha.\nJ. Nováková\n",
        "attachments": [
            (
                "eml",
                "pristup k XML.eml",
                {
                    "id": "rb006-inner",
                    "from": "Radim Šťastný <stastny@ostravskenoviny.example>",
                    "to": "sekretariat@ostravskenoviny.example",
                    "subject": "přístup k XML",
                    "headers": OUTLOOK,
                    "body": (
                        "Jani, pošli to prosím na statistický úřad (podatelna@czso.cz):\n\n"
                        "---\n"
                        f"Ostravské noviny a.s., IČO {I7}, žádají o přístup k serveru "
                        "s výsledky voleb ve formátu XML z adres 198.51.100.120 a "
                        "198.51.100.121 (obě ostrý provoz, testovací prostředí nemáme).\n"
                        "Kontakt: Radim Šťastný, šéfredaktor, 777 201 993, "
                        "stastny@ostravskenoviny.example\n"
                        "---\n\nDík, R.\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "rb007-databox-docx-film-office-box-in-address",
        "description": "data message from a municipal TV asking only to film; the DOCX letter "
        "prints the office's IČO and data box in the address block",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Televize Tábor, příspěvková organizace",
            I8,
            "t2fkr8a",
            [],
            [],
            "Martina Bílková",
            "bilkova@tvtabor.example",
            "+420381250917",
        ),
        "subject": "Žádost o povolení natáčení",
        "databox": {
            "box": "t2fkr8a",
            "sender": "Televize Tábor, příspěvková organizace",
            "address": "Žižkovo nám. 3, 390 01 Tábor",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "natáčení_ČSÚ.docx",
                {
                    "header": "TELEVIZE TÁBOR, příspěvková organizace",
                    "footer": f"IČO {I8} | DS t2fkr8a | www.tvtabor.example",
                    "blocks": [
                        "Český statistický úřad\nKrajská správa ČSÚ v Českých Budějovicích\n"
                        "IČO 00025593, ID datové schránky 2gfaasy",
                        "Č. j.: TVT-88/2025",
                        "Věc: Žádost o povolení pořizovat záznam na sběrném místě",
                        "Žádáme o povolení natáčet ve volební noc 3. 10. 2025 na sběrném místě "
                        "v Táboře (reportáž pro zpravodajství). Štáb: redaktorka Martina "
                        "Bílková a kameraman Filip Hrubý (tel. 606 418 055).",
                        "Přístup k datům ve formátu XML nepožadujeme.",
                        "Kontaktní osoba: Martina Bílková, tel. 381 250 917, "
                        "bilkova@tvtabor.example",
                        "Ing. Pavel Šimek\nředitel",
                    ],
                },
            )
        ],
    },
    {
        "id": "rb008-seznam-odt-ano-ne-table",
        "description": "ODT form with an ANO/NE answer column: the feed ANO, recording NE",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Nový Hlas Žďárska z.s.",
            I10,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.70"],
            "Václav Pospíšil",
            "hlas.zdarska@seznam.example",
            "+420724608117",
        ),
        "from": "Václav Pospíšil <hlas.zdarska@seznam.example>",
        "subject": "zadost o pristup - Novy Hlas Zdarska",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobrý den,\nv příloze vyplněný formulář. Jsme malý spolek, web provozujeme "
            "dobrovolně, tak snad je to v pořádku.\nVáclav Pospíšil\n724 608 117\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Žádost médií – volby 2025",
                    [
                        ["Položka", "Odpověď"],
                        ["Žadatel", "Nový Hlas Žďárska z.s."],
                        ["IČO", I10],
                        ["Požadujeme přístup k XML s výsledky", "ANO"],
                        ["Požadujeme povolení natáčení na sběrném místě", "NE"],
                        ["Produkční IP adresy", "192.0.2.60, 192.0.2.61"],
                        ["Testovací IP adresy", "192.0.2.70"],
                        ["Kontaktní osoba", "Václav Pospíšil"],
                        ["Telefon", "724 608 117"],
                        ["E-mail", "hlas.zdarska@seznam.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "rb009-rtf-freelance-videographer-film",
        "description": "freelance videographer without an IČO; RTF letter asking only to film, "
        "the cover mail says the XML data are not needed",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FILM],
            "Adéla Königová",
            None,
            None,
            [],
            [],
            "Adéla Königová",
            "adela.konig@videomail.example",
            "+420608930274",
        ),
        "from": "Adéla Königová <adela.konig@videomail.example>",
        "subject": "žádost o natáčení – sběrné místo Liberec",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám žádost o povolení natáčení jako RTF (nemám Word, snad to "
            "půjde otevřít). Data z volebního serveru nepotřebuji.\n\nAdéla Königová\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_nataceni.rtf",
                [
                    "Adéla Königová, Husova 1180/14, 460 01 Liberec",
                    "Žádost o povolení pořízení videozáznamu",
                    "Jsem nezávislá kameramanka a na zakázku pro zpravodajský server připravuji "
                    "krátký dokument o průběhu sčítání hlasů. Prosím o povolení natáčet na "
                    "sběrném místě ČSÚ v Liberci dne 4. 10. 2025 mezi 0:30 a 3:00.",
                    [
                        ["Jméno", "Adéla Königová"],
                        ["Telefon", "+420 608 930 274"],
                        ["E-mail", "adela.konig@videomail.example"],
                        ["Technika", "1× kamera, 1× mikrofon, bez světel"],
                    ],
                    "Děkuji. Adéla Königová",
                ],
            )
        ],
    },
    {
        "id": "rb010-txt-from-it-contractor-ipv6",
        "description": "IT contractor sends a TXT on behalf of the medium; IPv6 production "
        "addresses, the medium's editor is the contact",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Plzeňský expres s.r.o.",
            I11,
            None,
            ["2001:db8:4a::10", "2001:db8:4a::11"],
            ["2001:db8:4a::f0"],
            "Simona Lukešová",
            "lukesova@plzenskyexpres.example",
            "+420377442190",
        ),
        "from": "NetOps Hosting <support@netops-hosting.example>",
        "subject": "Plzeňský expres – IP adresy pro volební XML (ticket #48211)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\njako správci serverů našeho klienta Plzeňský expres s.r.o. "
            "posíláme v příloze údaje k žádosti o přístup k výsledkům voleb. Žádost "
            "schválila paní Lukešová (v kopii).\n\nS pozdravem\ntým NetOps Hosting\n"
            "support@netops-hosting.example | +420 371 000 555\n"
        ),
        "cc": "lukesova@plzenskyexpres.example",
        "attachments": [
            (
                "txt",
                "volby-ip.txt",
                "Žadatel: Plzeňský expres s.r.o.\n"
                f"IČO: {I11}\n\n"
                "Produkce (IPv6):\n"
                "  2001:0db8:004a:0000:0000:0000:0000:0010\n"
                "  2001:0db8:004a:0000:0000:0000:0000:0011\n"
                "Test:\n"
                "  2001:db8:4a::f0\n\n"
                "Kontaktní osoba za žadatele: Simona Lukešová, šéfredaktorka\n"
                "tel. 377 442 190, lukesova@plzenskyexpres.example\n\n"
                "Technický kontakt (dodavatel): NetOps Hosting, "
                "support@netops-hosting.example\n",
            )
        ],
    },
    {
        "id": "rb011-databox-annotation-and-pdf",
        "description": "data message whose annotation names both requests and whose PDF "
        "gives the details; the signing director and the named contact differ",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Česká regionální média a.s.",
            I12,
            "q6n4hs2",
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.59"],
            "Kristina Veselá",
            "vesela@crmedia.example",
            "+420734002815",
        ),
        "subject": "Žádost o přístup k XML výsledkům a o povolení natáčení – volby 2025",
        "databox": {
            "box": "q6n4hs2",
            "sender": "Česká regionální média a.s.",
            "address": "Vinohradská 1511/230, 100 00 Praha 10",
            "type": 20,
            "ref": "CRM/2025/311",
        },
        "attachments": [
            (
                "pdf",
                "CRM_zadost_volby.pdf",
                [
                    f"Česká regionální média a.s.\nIČO: {I12} · DIČ: CZ{I12}",
                    "Naše značka: CRM/2025/311",
                    "Žádáme o:\n1) zřízení přístupu k výsledkům voleb ve formátu XML,\n"
                    "2) povolení natáčení na sběrném místě v Praze (štáb 3 osoby).",
                    {
                        "rows": [
                            ["Prostředí", "IP adresy"],
                            ["Produkční", "203.0.113.50\n203.0.113.51"],
                            ["Testovací", "203.0.113.59"],
                        ],
                        "widths": [120, 200],
                    },
                    "Kontaktní osoba pro obě žádosti: Kristina Veselá, produkce, "
                    "+420 734 002 815, vesela@crmedia.example",
                    "Ing. Jaroslav Holeček, MBA\npředseda představenstva\ntel. 222 900 100",
                ],
            )
        ],
    },
    {
        "id": "rb012-html-outlook-ticked-boxes",
        "description": "HTML-only Outlook mail pasting a form with ticked box characters for "
        "both requests and a role column table",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Moravská tisková kancelář, s.r.o.",
            I13,
            None,
            ["198.51.100.77"],
            ["198.51.100.78", "198.51.100.79"],
            "Hedvika Urbanová",
            "urbanova@mtk.example",
            "+420542213880",
        ),
        "from": "Urbanová Hedvika <urbanova@mtk.example>",
        "subject": "Žádost MTK – volby",
        "headers": OUTLOOK,
        "html": (
            "<html><head><meta charset='utf-8'></head><body style='font-family:Calibri'>"
            "<p>Dobrý den,</p><p>posílám žádost v podobě vašeho formuláře z webu:</p>"
            f"<p>{TICK2} Přístup k výsledkům voleb ve formátu XML<br>"
            f"{TICK2} Povolení pořizovat záznam na sběrném místě</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Žadatel</th><td colspan='2'>Moravská tisková kancelář, s.r.o.</td></tr>"
            f"<tr><th>IČO</th><td colspan='2'>{I13}</td></tr>"
            "<tr><th>Adresa</th><th>Role</th><th>Pozn.</th></tr>"
            "<tr><td>198.51.100.77</td><td>produkce</td><td>hlavní feed</td></tr>"
            "<tr><td>198.51.100.78</td><td>test</td><td>staging</td></tr>"
            "<tr><td>198.51.100.79</td><td>test</td><td>vývoj</td></tr>"
            "</table>"
            "<p>Kontakt: Hedvika Urbanová, tel. 542&nbsp;213&nbsp;880</p>"
            "<p>S pozdravem<br><b>Hedvika Urbanová</b><br>MTK Brno<br>"
            "<span style='color:gray'>ústředna 542 213 800</span></p></body></html>"
        ),
    },
    {
        "id": "rb013-databox-xlsx-only-tst-zaloha",
        "description": "data message from a town with only an XLSX; roles written as "
        "'hlavní', 'záloha' and 'TST'",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Město Vysoké Polesí",
            I14,
            "v9ab3ke",
            ["192.0.2.81", "192.0.2.82"],
            ["192.0.2.89"],
            "Jan Pelikán",
            "pelikan@vysokepolesi.example",
            "+420491477302",
        ),
        "subject": "Volby 2025 – tabulka",
        "databox": {
            "box": "v9ab3ke",
            "sender": "Město Vysoké Polesí",
            "address": "Náměstí 1, 549 01 Vysoké Polesí",
            "type": 10,
        },
        "attachments": [
            (
                "xlsx",
                "volby_pristup_mesto.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žádost o přístup k volebnímu serveru ČSÚ (XML)", None, None],
                            ["Žadatel", "Město Vysoké Polesí", f"IČ {I14}"],
                            [None, None, None],
                            ["Typ", "IP", "Poznámka"],
                            ["hlavní", "192.0.2.81", "web města"],
                            ["záloha", "192.0.2.82", "infokanál"],
                            ["TST", "192.0.2.89", "jen do 30. 9."],
                            [None, None, None],
                            ["Kontakt", "Jan Pelikán", "491 477 302"],
                            ["", "pelikan@vysokepolesi.example", ""],
                        ],
                        "merge": ["A1:C1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "rb014-slovak-docx-nested-table",
        "description": "Slovak applicant; DOCX with a nested table of addresses inside the "
        "form cell, contact with a Slovak mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Východoslovenské médiá, s. r. o.",
            "36511528",
            None,
            ["203.0.113.130"],
            ["203.0.113.131"],
            "Marek Hudák",
            "hudak@vsmedia.example",
            "+421915662410",
        ),
        "from": "Marek Hudák <hudak@vsmedia.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\nv prílohe Vám posielam žiadosť našej spoločnosti o prístup "
            "k výsledkom volieb do Poslaneckej snemovne vo formáte XML.\n\n"
            "S pozdravom\nMarek Hudák\nVýchodoslovenské médiá, s. r. o.\n"
        ),
        "attachments": [
            (
                "docx",
                "ziadost_VSM.docx",
                {
                    "header": "Východoslovenské médiá, s. r. o., Hlavná 44, 040 01 Košice",
                    "blocks": [
                        "Žiadosť o prístup k výsledkom volieb (XML)",
                        {
                            "rows": [
                                ["Žiadateľ", "Východoslovenské médiá, s. r. o."],
                                ["IČO", "36 511 528"],
                                ["IP adresy", ""],
                                ["Kontaktná osoba", "Marek Hudák, +421 915 662 410"],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["produkčná", "203.0.113.130"],
                                        ["testovacia", "203.0.113.131"],
                                    ]
                                }
                            },
                        },
                        "V Košiciach 16. 9. 2025",
                    ],
                },
            )
        ],
    },
]
