"""Tuning cases 76–85: tables. HTML-only mail from Outlook and webmail clients, DOCX with
nested and merged cells and text in the page header/footer, PDF tables whose cells wrap,
XLSX sheets; the role of an address given by a column header, a row header or a merged cell."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import FEED, L
from tests.corpus.tuning_common import Style

CASES: list[dict[str, Any]] = [
    {
        "id": "76-outlook-html-row-headers",
        "description": "Outlook HTML-only mail; a table whose first column names the role of "
        "the addresses in the rest of the row",
        "style": Style.HTML_TABLE,
        "from": "Irena Valentová <valentova@radio-meridian.example>",
        "subject": "Registrace pro vyhrazený server – Rádio Meridián",
        "html": """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="CS" link="#0563C1"><div class="WordSection1">
<p class="MsoNormal">Dobrý den,<o:p></o:p></p>
<p class="MsoNormal">prosíme o zařazení našich serverů na seznam povolených adres pro
odběr průběžných výsledků. Žadatelem je <b>Rádio Meridián s.r.o.</b>, IČO 30411190.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="180" valign="top"><p class="MsoNormal"><b>Ostrý provoz</b></p></td>
<td width="140"><p class="MsoNormal">192.0.2.21</p></td>
<td width="140"><p class="MsoNormal">192.0.2.22</p></td></tr>
<tr><td width="180" valign="top"><p class="MsoNormal"><b>Testovací prostředí</b></p></td>
<td width="140"><p class="MsoNormal">192.0.2.30</p></td>
<td width="140"><p class="MsoNormal">&nbsp;</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">S pozdravem<o:p></o:p></p>
<p class="MsoNormal"><b>Irena Valentová</b><br>provozní ředitelka<br>Rádio Meridián s.r.o.<br>
M: +420 602 441 870<br>valentova@radio-meridian.example<o:p></o:p></p>
</div></body></html>""",
        "labels": L(
            FEED,
            "Rádio Meridián s.r.o.",
            "30411190",
            None,
            ["192.0.2.21", "192.0.2.22"],
            ["192.0.2.30"],
            "Irena Valentová",
            "valentova@radio-meridian.example",
            "+420602441870",
        ),
    },
    {
        "id": "77-webmail-merged-column-header",
        "description": "webmail HTML-only mail; a merged header cell 'IP adresy' above two "
        "columns whose sub-headers give the roles, second column shorter",
        "style": Style.HTML_TABLE,
        "from": "Ondřej Sládek <o.sladek@hlaska-portal.example>",
        "subject": "xml vysledky - zadost",
        "html": """<div style="font-family: Arial, sans-serif; font-size: 10pt">
<div>Dobrý den,</div><div><br></div>
<div>za Zpravodajský portál Hláska, z.ú. (IČO: 20605013) posílám adresy, ze kterých
se budeme připojovat:</div><div><br></div>
<table style="border: 1px solid #999" cellpadding="4">
<tr><th colspan="2" style="text-align:center">IP adresy</th></tr>
<tr><th>produkční</th><th>testovací</th></tr>
<tr><td>198.51.100.10</td><td>198.51.100.20</td></tr>
<tr><td>198.51.100.11</td><td></td></tr>
</table><div><br></div>
<div>Technicky vše řeší Ondřej Sládek, tel. 737 818 202.</div>
<div><br></div><div>Díky a hezký den</div><div>Ondřej Sládek</div>
<div>-- <br>Zpravodajský portál Hláska | o.sladek@hlaska-portal.example</div>
</div>""",
        "labels": L(
            FEED,
            "Zpravodajský portál Hláska, z.ú.",
            "20605013",
            None,
            ["198.51.100.10", "198.51.100.11"],
            ["198.51.100.20"],
            "Ondřej Sládek",
            "o.sladek@hlaska-portal.example",
            "+420737818202",
        ),
    },
    {
        "id": "78-webmail-rowspan-role",
        "description": "HTML-only mail; a role cell spans three address rows (rowspan), the "
        "following rows carry no role of their own",
        "style": Style.HTML_TABLE,
        "from": "Televize Úsvit – technika <technika@tv-usvit.example>",
        "subject": "Přihláška k odběru XML – Televize Úsvit",
        "html": """<div dir="ltr">Dobrý den,<br><br>
v tabulce níže jsou adresy Televize Úsvit a.s. (IČO 75300427) pro přístup k serveru s výsledky.<br><br>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>Prostředí</th><th>Adresa</th><th>Umístění</th></tr></thead>
<tbody>
<tr><td rowspan="3">produkce</td><td>203.0.113.51</td><td>serverovna Žižkov</td></tr>
<tr><td>203.0.113.52</td><td>serverovna Žižkov</td></tr>
<tr><td>203.0.113.53</td><td>záložní lokalita Kladno</td></tr>
<tr><td>test</td><td>203.0.113.60</td><td>vývoj</td></tr>
</tbody></table><br>
Kontaktní osoba: Blanka Švecová, vedoucí vysílací techniky<br>
telefon +420 721 300 640, e-mail svecova@tv-usvit.example<br><br>
S pozdravem<br>technické oddělení Televize Úsvit</div>""",
        "labels": L(
            FEED,
            "Televize Úsvit a.s.",
            "75300427",
            None,
            ["203.0.113.51", "203.0.113.52", "203.0.113.53"],
            ["203.0.113.60"],
            "Blanka Švecová",
            "svecova@tv-usvit.example",
            "+420721300640",
        ),
    },
    {
        "id": "79-docx-nested-table-page-header",
        "description": "DOCX form: the addresses sit in a table nested in a cell; IČO and "
        "data box only in the page header, a switchboard number in the footer",
        "style": Style.DOCX,
        "from": "Kamila Pospíšilová <pospisilova@denik-lipno.example>",
        "subject": "Žádost o vyhrazené připojení – Deník Lipno",
        "body": "Dobrý den,\n\nv příloze posílám vyplněný formulář.\n\nKamila Pospíšilová\n",
        "attachments": [
            (
                "docx2",
                "formular_pripojeni.docx",
                {
                    "header": ["Deník Lipno s.r.o. | IČO 56129807 | datová schránka lp4dn7x"],
                    "footer": [
                        "Deník Lipno s.r.o., Náměstí 4, 382 78 Lipno nad Vltavou, "
                        "ústředna +420 380 111 000"
                    ],
                    "blocks": [
                        "FORMULÁŘ – PŘÍSTUP K VÝSLEDKŮM VOLEB VE FORMÁTU XML",
                        {
                            "style": "Table Grid",
                            "rows": [
                                ["Organizace", "Deník Lipno s.r.o."],
                                [
                                    "Adresy",
                                    {
                                        "rows": [
                                            ["ostrý provoz", "testování"],
                                            ["192.0.2.41", "192.0.2.45"],
                                            ["192.0.2.42", ""],
                                        ]
                                    },
                                ],
                                ["Kontakt (jméno)", "Kamila Pospíšilová"],
                                ["Kontakt (telefon)", "606 717 828"],
                                ["Kontakt (e-mail)", "pospisilova@denik-lipno.example"],
                            ],
                        },
                        "Vyplněný formulář zašlete na adresu podatelny ČSÚ.",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Deník Lipno s.r.o.",
            "56129807",
            "lp4dn7x",
            ["192.0.2.41", "192.0.2.42"],
            ["192.0.2.45"],
            "Kamila Pospíšilová",
            "pospisilova@denik-lipno.example",
            "+420606717828",
        ),
    },
    {
        "id": "80-docx-merged-role-cell-footer-box",
        "description": "DOCX table whose role cell is merged down over two address rows; the "
        "data-box ID only in the page footer",
        "style": Style.DOCX,
        "from": "Aleš Kratochvíl <kratochvil@morava-plus.example>",
        "subject": "Vyhrazené připojení – Vydavatelství Morava Plus",
        "body": "Dobrý den,\nžádost o přístup k XML serveru je v příloze (DOCX).\nS pozdravem\nA. Kratochvíl\n",
        "attachments": [
            (
                "docx2",
                "zadost_morava_plus.docx",
                {
                    "footer": [
                        "Vydavatelství Morava Plus, s.r.o. · IČO 40180808 · "
                        "ID datové schránky: mr8vx2q"
                    ],
                    "blocks": [
                        "Věc: žádost o přístup k vyhrazenému serveru s výsledky",
                        "Žadatel: Vydavatelství Morava Plus, s.r.o., Olomouc",
                        {
                            "style": "Table Grid",
                            "merge": [(1, 0, 2, 0)],
                            "rows": [
                                ["Účel", "IP adresa", "Poznámka"],
                                ["IP adresy pro ostrý provoz", "198.51.100.33", "web"],
                                [None, "198.51.100.34", "mobilní aplikace"],
                                ["testovací adresa", "198.51.100.39", ""],
                            ],
                        },
                        "Kontaktní osoba: Aleš Kratochvíl, +420 585 204 117, "
                        "kratochvil@morava-plus.example",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Vydavatelství Morava Plus, s.r.o.",
            "40180808",
            "mr8vx2q",
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.39"],
            "Aleš Kratochvíl",
            "kratochvil@morava-plus.example",
            "+420585204117",
        ),
    },
    {
        "id": "81-pdf-table-wrapped-purpose",
        "description": "PDF table (grid) with a purpose column whose cells wrap onto several "
        "lines; the role words end up split from their address",
        "style": Style.PDF,
        "from": "Sekretariát <sekretariat@zpravodaj-jih.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "body": "Dobrý den,\nzasíláme žádost v PDF.\nSekretariát Agentury Zpravodaj Jih\n",
        "attachments": [
            (
                "pdftable",
                "zadost_registrace.pdf",
                {
                    "before": [
                        "Agentura Zpravodaj Jih, a.s., IČO 33208751, Lannova 20, České Budějovice",
                        "Žádáme o registraci k vyhrazenému připojení pro odběr výsledků ve "
                        "formátu XML z těchto adres:",
                    ],
                    "widths": [110, 190, 150],
                    "table": [
                        ["IP adresa", "Účel", "Poznámka"],
                        [
                            "203.0.113.71",
                            "produkční server (ostrý provoz, hlavní datacentrum v Českých "
                            "Budějovicích)",
                            "běží nepřetržitě",
                        ],
                        [
                            "203.0.113.72",
                            "produkční server – záloha pro případ výpadku hlavního",
                            "",
                        ],
                        [
                            "203.0.113.79",
                            "testovací prostředí redakčního systému a grafiky",
                            "jen do 10. 1. 2023",
                        ],
                    ],
                    "after": [
                        "Kontaktní osoba: Mgr. Lucie Hanzalová, telefon 387 602 515, "
                        "e-mail hanzalova@zpravodaj-jih.example",
                        "V Českých Budějovicích 16. 12. 2022",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Agentura Zpravodaj Jih, a.s.",
            "33208751",
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Lucie Hanzalová",
            "hanzalova@zpravodaj-jih.example",
            "+420387602515",
        ),
    },
    {
        "id": "82-pdf-table-row-header-wrapped",
        "description": "PDF table with the role as a row header and the addresses in a "
        "wrapping value cell",
        "style": Style.PDF,
        "from": "Jaromír Bednář <bednar@noviny-podripsko.example>",
        "subject": "Podřipsko – žádost o XML přístup",
        "body": "Dobrý den, posílám žádost. Bednář\n",
        "attachments": [
            (
                "pdftable",
                "podripsko_zadost.pdf",
                {
                    "before": ["ŽÁDOST O PŘÍSTUP K SERVERU S VÝSLEDKY VOLEB"],
                    "widths": [170, 280],
                    "table": [
                        ["Název žadatele", "Noviny Podřipsko, z.s."],
                        ["IČO", "82127042"],
                        [
                            "IP adresy, ze kterých budeme stahovat ostrá data",
                            "203.0.113.81, 203.0.113.82, 203.0.113.83, 203.0.113.84",
                        ],
                        ["IP adresy určené pouze k testování", "203.0.113.88"],
                        ["Kontaktní osoba a telefon", "Jaromír Bednář, 416 811 292"],
                        ["E-mail", "bednar@noviny-podripsko.example"],
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Noviny Podřipsko, z.s.",
            "82127042",
            None,
            ["203.0.113.81", "203.0.113.82", "203.0.113.83", "203.0.113.84"],
            ["203.0.113.88"],
            "Jaromír Bednář",
            "bednar@noviny-podripsko.example",
            "+420416811292",
        ),
    },
    {
        "id": "83-xlsx-merged-role-header",
        "description": "XLSX: merged cells over the columns name the roles, a second header row "
        "names address and note",
        "style": Style.XLSX,
        "from": "Radim Kubát <kubat@radio-gol.example>",
        "subject": "Sportovní rádio Gól – adresy pro XML",
        "body": """Dobrý den,

Sportovní rádio Gól s.r.o., IČO 82885265, žádá o vyhrazené připojení k serveru
s výsledky. Adresy jsou v přiložené tabulce.

Radim Kubát
správce sítě
+420 774 020 353
kubat@radio-gol.example
""",
        "attachments": [
            (
                "xlsx2",
                "adresy_gol.xlsx",
                {
                    "sheets": [
                        {
                            "title": "Adresy",
                            "merge": ["A1:B1", "C1:D1"],
                            "rows": [
                                ["Ostrý provoz", None, "Test", None],
                                ["IP", "poznámka", "IP", "poznámka"],
                                ["192.0.2.91", "studio", "192.0.2.99", "notebook"],
                                ["192.0.2.92", "vysílač", None, None],
                            ],
                        }
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Sportovní rádio Gól s.r.o.",
            "82885265",
            None,
            ["192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Radim Kubát",
            "kubat@radio-gol.example",
            "+420774020353",
        ),
    },
    {
        "id": "84-xlsx-two-sheets-abbreviations",
        "description": "XLSX with a form sheet (row headers) and an address sheet whose "
        "column gives PROD/TEST; a netmask column meaning single hosts",
        "style": Style.XLSX,
        "from": "TV Beroun <info@tv-beroun.example>",
        "subject": "Žádost TV Beroun – XML",
        "body": "Dobrý den,\nvše potřebné je v přiloženém sešitu (dva listy).\nTV Beroun\n",
        "attachments": [
            (
                "xlsx2",
                "tv_beroun.xlsx",
                {
                    "sheets": [
                        {
                            "title": "Žadatel",
                            "rows": [
                                ["Název", "TV Beroun, o.p.s."],
                                ["IČO", "30697964"],
                                ["Kontaktní osoba", "Petr Doubek"],
                                ["Telefon", "+420 311 624 880"],
                                ["E-mail", "doubek@tv-beroun.example"],
                            ],
                        },
                        {
                            "title": "IP",
                            "rows": [
                                ["Adresa", "Maska", "Prostředí"],
                                ["198.51.100.101", "255.255.255.255", "PROD"],
                                ["198.51.100.102", "255.255.255.255", "PROD"],
                                ["198.51.100.110", "255.255.255.255", "TEST"],
                            ],
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "TV Beroun, o.p.s.",
            "30697964",
            None,
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.110"],
            "Petr Doubek",
            "doubek@tv-beroun.example",
            "+420311624880",
        ),
    },
    {
        "id": "85-html-form-ano-ne-columns",
        "description": "HTML form with 'ano'/'ne' columns choosing the request type: the feed "
        "yes, recording no",
        "style": Style.FORM_CHECKBOX,
        "from": "Formulářový robot <formulare@echo-media.example>",
        "subject": "Vyplněný formulář: žádost ČSÚ",
        "html": """<p>Formulář byl odeslán uživatelem vladimira.koubova@echo-media.example.</p>
<table border="1">
<tr><th>Požadavek</th><th>ano</th><th>ne</th></tr>
<tr><td>Přístup k vyhrazenému serveru (XML)</td><td>X</td><td></td></tr>
<tr><td>Povolení k přítomnosti na přebíracím místě</td><td></td><td>X</td></tr>
</table>
<table border="1">
<tr><th>Organizace</th><td>Echo Media Group a.s.</td></tr>
<tr><th>IČO</th><td>80492479</td></tr>
<tr><th>Adresy pro ostrý provoz</th><td>2001:db8:e0::10, 2001:db8:e0::11</td></tr>
<tr><th>Adresy pro testy</th><td>2001:db8:e0::f0</td></tr>
<tr><th>Jméno kontaktní osoby</th><td>Vladimíra Koubová</td></tr>
<tr><th>Telefon</th><td>00420 775 312 006</td></tr>
<tr><th>E-mail</th><td>vladimira.koubova@echo-media.example</td></tr>
</table>""",
        "labels": L(
            FEED,
            "Echo Media Group a.s.",
            "80492479",
            None,
            ["2001:db8:e0::10", "2001:db8:e0::11"],
            ["2001:db8:e0::f0"],
            "Vladimíra Koubová",
            "vladimira.koubova@echo-media.example",
            "+420775312006",
        ),
    },
]
