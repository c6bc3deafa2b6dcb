"""Fifty-seventh held-out part ``cw``, cases cw001–cw014: a DOCX ☒/☐ form whose feed box is
unticked though its address table is filled in, a two-page PDF with the addresses in "Příloha
č. 1", a data message carrying the application and a superseded older version, an XLSX whose
first sheet is instructions with example addresses, an ODT letter with a spaced IČ and a DIČ,
a data message whose annotation is the whole application and whose file is a power of attorney,
an RTF "ANO / NE – nehodící se škrtněte" form, an [x]/[ ] form in text and HTML, a forwarded
.eml whose cover changes the contact, a data message from a natural person in business, a
merged-cell workbook, a letterhead DOCX with IPv6, a signed mail with a PDF and an annotation
that corrects the file. Written by hand apart from the extraction rules (see
make_fiftyseventh_cw); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyseventh_cw_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2748163"), ico("0593174"), ico("2861405"), ico("0417692"), ico("2695318")
I6, I7, I8, I9 = ico("0382615"), ico("2917046"), ico("0726451"), ico("2538960")
I10, I11, I12, I13 = ico("0684273"), ico("2970518"), ico("0451936"), ico("2803749")


def spaced(value: str) -> str:
    """An IČO written as on a rubber stamp: "123 45 678"."""
    return f"{value[:3]} {value[3:5]} {value[5:]}"


_DECLARATIONS = [
    "Prohlášení žadatele:",
    "1. Přístup k dedikovanému serveru využijeme výhradně pro potřeby zpravodajství; data "
    "nebudeme přeprodávat ani zpřístupňovat třetím stranám jinak než v podobě vlastních "
    "zpracovaných výstupů.",
    "2. Průběžné výsledky budeme vždy prezentovat s uvedením zdroje (Český statistický úřad).",
    "3. Server nebudeme zatěžovat častějším dotazováním, než stanoví technické podmínky "
    "zveřejněné úřadem, a budeme respektovat doporučený interval stahování dávek.",
    "4. Jakoukoli změnu technických údajů oznámíme nejpozději tři pracovní dny před prvním "
    "dnem voleb na adresu uvedenou v technických podmínkách.",
    "5. Bereme na vědomí, že úřad může přístup omezit nebo zrušit, pokud by docházelo "
    "k opakovanému porušování podmínek, a že za funkčnost vlastního zařízení, připojení "
    "k internetu a zpracování dat odpovídáme sami.",
    "6. Souhlasíme se zpracováním osobních údajů kontaktní osoby v rozsahu nezbytném pro "
    "vyřízení žádosti a pro technickou komunikaci v průběhu zpracování výsledků voleb.",
    "7. Žádost podáváme jménem společnosti jako celku; přístup budou využívat redakce "
    "zpravodajského portálu, regionálního televizního vysílání i mobilní aplikace.",
]

CASES: list[dict[str, Any]] = [
    {
        "id": "cw001-docx-feed-unticked-table-filled",
        "description": "the DOCX form has the feed box ☐ unticked and filming ☒ ticked, yet its "
        "address table is filled in (left over from last year): only filming is asked for, so "
        "no addresses",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Hranický obzor s.r.o.",
            I1,
            None,
            [],
            [],
            "Tereza Machálková",
            "machalkova@hranickyobzor.example",
            "+420608214735",
        ),
        "from": "Tereza Machálková <machalkova@hranickyobzor.example>",
        "subject": "formulář - volby",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nposílám vyplněný formulář.\n\nT. Machálková\n",
        "attachments": [
            (
                "docx",
                "formular_HO_2025.docx",
                {
                    "header": "Hranický obzor s.r.o. · Komenského 517, 753 01 Hranice · IČO " + I1,
                    "footer": "Formulář vyplněn elektronicky, podpis není třeba",
                    "blocks": [
                        "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY",
                        "1. Předmět žádosti (označte):",
                        "☐ přístup k průběžným výsledkům ve formátu XML (dedikovaný server)",
                        "☒ povolení k pořizování obrazových a zvukových záznamů na pracovišti ČSÚ",
                        "2. Údaje o žadateli",
                        {
                            "rows": [
                                ["Název", "Hranický obzor s.r.o."],
                                ["IČO", I1],
                                ["Sídlo", "Komenského 517, 753 01 Hranice"],
                            ]
                        },
                        "3. IP adresy (vyplňte jen při žádosti o přístup k XML)",
                        {
                            "rows": [
                                ["", "produkční", "testovací"],
                                ["1.", "198.51.100.140", "198.51.100.150"],
                                ["2.", "198.51.100.141", ""],
                            ]
                        },
                        "4. Kontaktní osoba",
                        {
                            "rows": [
                                ["Jméno", "Machálková Tereza"],
                                ["E-mail", "machalkova@hranickyobzor.example"],
                                ["Telefon", "608 214 735"],
                            ]
                        },
                        "Natáčet bychom chtěli na krajském pracovišti v Olomouci ve večerních "
                        "hodinách prvního dne voleb, kameraman Jiří Pavelka.",
                    ],
                },
            )
        ],
    },
    {
        "id": "cw002-pdf-two-pages-priloha-addresses",
        "description": "a two-page PDF: the first page is a long letter without a single address, "
        'the second page is "Příloha č. 1" with the address table; contact differs from the '
        "signing director",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vysočina Media a.s.",
            I2,
            None,
            ["203.0.113.24", "203.0.113.25", "203.0.113.26"],
            ["203.0.113.200"],
            "Ondřej Kratochvíl",
            "kratochvil@vysocinamedia.example",
            "+420739502816",
        ),
        "from": "Sekretariat Vysocina Media <sekretariat@vysocinamedia.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb - Vysočina Media a.s.",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nv příloze zasíláme žádost naší společnosti podepsanou "
        "generálním ředitelem včetně přílohy s technickými údaji.\n\nS pozdravem\n"
        "Sekretariát generálního ředitele\nVysočina Media a.s.\n",
        "attachments": [
            (
                "pdf",
                "VM_zadost_volby_podepsano.pdf",
                [
                    "Vysočina Media a.s.\nMasarykovo náměstí 1402/9, 586 01 Jihlava\nIČO: " + I2,
                    "Český statistický úřad\nodbor informatiky\nNa padesátém 81\n100 82 Praha 10",
                    "V Jihlavě dne 2. září 2025\nNaše značka: GŘ/311/2025",
                    "Věc: Žádost o zpřístupnění průběžných výsledků voleb",
                    "Vážené dámy, vážení pánové,",
                    "dovolujeme si Vás požádat o zpřístupnění průběžných výsledků voleb do "
                    "Poslanecké sněmovny na dedikovaném serveru ve formátu XML. Výsledky "
                    "budeme zpracovávat pro zpravodajský portál, regionální televizní vysílání "
                    "a mobilní aplikaci našeho deníku.",
                    *_DECLARATIONS,
                    "Technické údaje, tedy IP adresy serverů, ze kterých se budeme k serveru "
                    "připojovat, a kontaktní osobu pro technické záležitosti uvádíme v příloze "
                    "č. 1 této žádosti. Tou je vedoucí IT oddělení pan Ondřej Kratochvíl.",
                    "Děkujeme za vyřízení.",
                    "S úctou\n\nIng. Bohumil Štěpánek\ngenerální ředitel\nVysočina Media a.s.",
                    "Přílohy:\n1. Technické údaje (IP adresy, kontaktní osoba)\n2. Výpis "
                    "z obchodního rejstříku",
                    "Na vědomí: vedoucí IT, šéfredaktor zpravodajského portálu",
                    "Příloha č. 1 – Technické údaje k žádosti",
                    {
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkce", "203.0.113.24", "primární stahovač"],
                            ["produkce", "203.0.113.25", "sekundární stahovač"],
                            ["produkce", "203.0.113.26", "záložní server (jiné DC)"],
                            ["test", "203.0.113.200", "vývojové prostředí"],
                        ],
                        "widths": [90, 140, 200],
                    },
                    "Kontaktní osoba: Ondřej Kratochvíl, vedoucí IT\n"
                    "e-mail: kratochvil@vysocinamedia.example\ntel.: +420 739 502 816",
                ],
            )
        ],
    },
    {
        "id": "cw003-databox-two-files-old-version-void",
        "description": "data message with two files: the valid DOCX application and an older PDF "
        'stamped "NEPLATNÉ, nahrazeno" with other addresses and another contact',
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Krkonošský týdeník, s.r.o.",
            I3,
            "k7tq2wd",
            ["198.51.100.77", "198.51.100.78"],
            ["198.51.100.79"],
            "Markéta Hollmannová",
            "hollmannova@krkonosskytydenik.example",
            "+420732645108",
        ),
        "databox": box("k7tq2wd", "Krkonošský týdeník, s.r.o.", "Horská 61, 543 01 Vrchlabí"),
        "subject": "Žádost - volby 2025 (platná verze 2)",
        "attachments": [
            (
                "docx",
                "zadost_volby_v2.docx",
                {
                    "header": "Krkonošský týdeník, s.r.o. | Horská 61, 543 01 Vrchlabí",
                    "footer": "IČO " + I3 + " | ID DS k7tq2wd | verze 2 ze dne 9. 9. 2025",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a o povolení k natáčení",
                        "Tato verze nahrazuje naši žádost odeslanou 4. 9. 2025.",
                        "Žádáme o zpřístupnění výsledků na dedikovaném serveru (XML) a o "
                        "povolení natáčet na pracovišti ČSÚ v Hradci Králové.",
                        {
                            "rows": [
                                ["Produkční adresy", "198.51.100.77, 198.51.100.78"],
                                ["Testovací adresa", "198.51.100.79"],
                                ["Kontakt", "Markéta Hollmannová"],
                                ["E-mail", "hollmannova@krkonosskytydenik.example"],
                                ["Mobil", "732 645 108"],
                            ]
                        },
                        "Ve Vrchlabí 9. 9. 2025, Pavel Šír, jednatel",
                    ],
                },
            ),
            (
                "pdf",
                "zadost_volby_v1_NEPLATNE.pdf",
                [
                    "NEPLATNÉ – nahrazeno verzí 2 ze dne 9. 9. 2025",
                    "Krkonošský týdeník, s.r.o., Horská 61, Vrchlabí",
                    "Žádost o přístup k výsledkům voleb (XML).",
                    {
                        "rows": [
                            ["Produkční IP", "198.51.100.30"],
                            ["Testovací IP", "198.51.100.31"],
                            ["Kontakt", "Lukáš Tomeš, tomes@krkonosskytydenik.example"],
                        ],
                        "widths": [130, 260],
                    },
                ],
            ),
        ],
    },
    {
        "id": "cw004-xlsx-instruction-sheet-examples",
        "description": "empty mail; the workbook's first sheet is instructions with example "
        "addresses and an example contact, the real data are on the second sheet",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Podřipský hlas, z.s.",
            I4,
            None,
            ["192.0.2.87"],
            ["192.0.2.88", "192.0.2.89"],
            "Vlasta Kubištová",
            "kubistova@podripskyhlas.example",
            "+420606318249",
        ),
        "from": "Vlasta Kubištová <kubistova@podripskyhlas.example>",
        "subject": "",
        "headers": SEZNAM,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "volby_pristup_vyplneno.xlsx",
                [
                    {
                        "title": "Návod",
                        "rows": [
                            ["Jak vyplnit žádost o přístup k výsledkům voleb"],
                            ["1. Na listu Žádost vyplňte název a IČO žadatele."],
                            ["2. IP adresy pište každou do samostatného řádku."],
                            ["Příklad:", "produkční", "192.0.2.1"],
                            ["", "testovací", "192.0.2.2"],
                            [
                                "3. Kontakt uveďte včetně telefonu, např.:",
                                "Jan Novák",
                                "novak@firma.example",
                                "+420 600 000 000",
                            ],
                            ["4. List Návod neměňte."],
                        ],
                        "merge": ["A1:D1"],
                    },
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Podřipský hlas, z.s."],
                            ["IČO", I4],
                            ["Požadujeme", "přístup k XML výsledkům"],
                            ["Typ adresy", "IP adresa"],
                            ["produkční", "192.0.2.87"],
                            ["testovací", "192.0.2.88"],
                            ["testovací", "192.0.2.89"],
                            ["Kontakt", "Vlasta Kubištová"],
                            ["E-mail", "kubistova@podripskyhlas.example"],
                            ["Telefon", "606 318 249"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cw005-odt-ic-spaced-dic-beside",
        "description": 'an ODT letter whose letterhead writes "IČ: 123 45 678" with spaces and '
        'the DIČ "CZ…" beside it; the addresses run in a sentence',
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Valašské listy spol. s r.o.",
            I5,
            None,
            ["203.0.113.58", "203.0.113.59"],
            ["203.0.113.60"],
            "Radim Zbranek",
            "zbranek@valasskelisty.example",
            "+420777416028",
        ),
        "from": "Radim Zbranek <zbranek@valasskelisty.example>",
        "subject": "žádost o přístup k volebním výsledkům",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nzasílám žádost naší redakce jako dopis ve formátu ODT. Kdyby "
        "bylo potřeba něco doplnit, ozvěte se prosím přímo mně.\n\nRadim Zbranek\n"
        "Valašské listy\n",
        "attachments": [
            (
                "odt",
                "dopis_CSU_volby.odt",
                [
                    "VALAŠSKÉ LISTY spol. s r.o.",
                    "Horní náměstí 12, 757 01 Valašské Meziříčí",
                    "IČ: " + spaced(I5) + "    DIČ: CZ" + I5,
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Věc: žádost o přístup k průběžným výsledkům voleb",
                    "Žádáme o zpřístupnění průběžných výsledků voleb na vašem serveru pro "
                    "novináře. Stahovat budeme ze serverů s adresami 203.0.113.58 a "
                    "203.0.113.59, pro zkoušky před volbami použijeme adresu 203.0.113.60.",
                    "Kontaktní osobou je Radim Zbranek, správce webu, tel. 777 416 028, "
                    "e-mail zbranek@valasskelisty.example.",
                    "S pozdravem",
                    "Jarmila Vaculíková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "cw006-databox-annotation-app-power-of-attorney",
        "description": "data message: the annotation is the whole application, the only file is a "
        "power of attorney naming a different person (an attorney) who is not the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeský týden a.s.",
            I6,
            "j3nw8pe",
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.70"],
            "Petr Lhoták",
            "lhotak@jihoceskytyden.example",
            "+420731204118",
        ),
        "databox": box("j3nw8pe", "Jihočeský týden a.s.", "Lannova 27, 370 01 České Budějovice"),
        "subject": "Žádost o přístup k XML s výsledky voleb: produkční IP 198.51.100.61 a "
        "198.51.100.62, testovací 198.51.100.70. Kontakt Petr Lhoták, "
        "lhotak@jihoceskytyden.example, tel. 731 204 118. Plná moc v příloze.",
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    "Společnost Jihočeský týden a.s., IČO " + I6 + ", se sídlem Lannova 27, "
                    "370 01 České Budějovice, zastoupená předsedou představenstva "
                    "Ing. Vladimírem Hronkem,",
                    "zmocňuje",
                    "Mgr. Kristýnu Benešovou, advokátku, ev. č. ČAK 18234, "
                    "benesova@akbenesova.example, tel. 602 318 447,",
                    "k podávání žádostí a jednání s Českým statistickým úřadem ve věcech "
                    "zpřístupnění výsledků voleb, včetně podání této žádosti datovou schránkou.",
                    "V Českých Budějovicích dne 1. 9. 2025",
                    "Ing. Vladimír Hronek, předseda představenstva\nPlnou moc přijímám: "
                    "Mgr. Kristýna Benešová",
                ],
            )
        ],
    },
    {
        "id": "cw007-rtf-ano-ne-strike-left-word",
        "description": 'an RTF form with "ANO / NE – nehodící se škrtněte" where the writer '
        'deleted the unwanted word: feed left "ANO", filming left "NE"',
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kladenský zpravodaj, o.p.s.",
            I7,
            None,
            ["203.0.113.131"],
            ["203.0.113.132"],
            "Hana Veselková",
            "veselkova@kladenskyzpravodaj.example",
            "+420724580316",
        ),
        "from": "Hana Veselková <veselkova@kladenskyzpravodaj.example>",
        "subject": "Re: formulář k volbám",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nvyplněný formulář vracím v příloze (RTF, jak jste ho poslali).\n\n"
        "Hana Veselková\n",
        "attachments": [
            (
                "rtf",
                "formular_media_volby.rtf",
                [
                    "FORMULÁŘ ŽÁDOSTI MÉDIA",
                    "Pokyn: formulář vyplňte v textovém editoru a vraťte e-mailem.",
                    [
                        ["Položka", "ANO / NE – nehodící se škrtněte"],
                        ["Přístup k výsledkům v XML na dedikovaném serveru", "ANO"],
                        ["Povolení k natáčení / fotografování na pracovišti ČSÚ", "NE"],
                    ],
                    "Žadatel: Kladenský zpravodaj, o.p.s., IČO " + I7,
                    [
                        ["Produkční IP", "203.0.113.131"],
                        ["Testovací IP", "203.0.113.132"],
                    ],
                    "Kontaktní osoba: Veselková Hana\nTel.: 724 580 316\n"
                    "E-mail: veselkova@kladenskyzpravodaj.example",
                ],
            )
        ],
    },
    {
        "id": "cw008-bracket-form-text-and-html-pdf-signature",
        "description": "an [x]/[ ] form in a multipart/alternative body (feed [x], filming [ ]), "
        "the signature block with IČO and box ID is only in the attached PDF",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rozhlas Pálava s.r.o.",
            I8,
            "p9vx4rm",
            ["198.18.4.10", "198.18.4.11"],
            [],
            "Filip Horáček",
            "horacek@rozhlaspalava.example",
            "+420603771492",
        ),
        "from": "Filip Horáček <horacek@rozhlaspalava.example>",
        "subject": "Žádost média - volby",
        "headers": GMAIL,
        "body": "Žádost média\n\n[x] přístup k XML (dedikovaný server)\n[ ] natáčení na "
        "pracovišti\n\nIP produkce: 198.18.4.10, 198.18.4.11\nIP test: -\n\n"
        "Kontakt: Filip Horáček, 603 771 492, horacek@rozhlaspalava.example\n\n"
        "Podepsaný průvodní list v PDF.\n",
        "html": "<p><b>Žádost média</b></p><p>[x] přístup k XML (dedikovaný server)<br>"
        "[ ] natáčení na pracovišti</p><p>IP produkce: 198.18.4.10, 198.18.4.11<br>"
        "IP test: -</p><p>Kontakt: Filip Horáček, 603 771 492, "
        "horacek@rozhlaspalava.example</p><p>Podepsaný průvodní list v PDF.</p>",
        "attachments": [
            (
                "pdf",
                "pruvodni_list_RP.pdf",
                [
                    "Rozhlas Pálava s.r.o., Náměstí 3, 692 01 Mikulov",
                    "Potvrzujeme žádost o přístup k výsledkům voleb zaslanou e-mailem pana "
                    "Filipa Horáčka. Testovat budeme z produkčních adres.",
                    "Ing. Zuzana Mlčochová, jednatelka\nIČO: " + I8 + "\nDatová schránka: p9vx4rm",
                ],
            )
        ],
    },
    {
        "id": "cw009-forwarded-eml-cover-changes-contact",
        "description": "a forwarded .eml holds the application; the cover says the contact is now "
        "the forwarder, not the colleague named inside",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Polabské noviny s.r.o.",
            I9,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.175"],
            "Dominik Šafránek",
            "safranek@polabskenoviny.example",
            "+420605338921",
        ),
        "from": "Dominik Šafránek <safranek@polabskenoviny.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": APPLE,
        "body": "Dobrý den,\n\npřeposílám žádost, kterou vám minulý týden poslala kolegyně "
        "Nováčková (v příloze). Kolegyně od října odchází na mateřskou, kontaktní osobou "
        "za nás proto budu já: Dominik Šafránek, 605 338 921, safranek@polabskenoviny.example."
        "\nAdresy ani nic jiného se nemění.\n\nDěkuji\nD. Šafránek\n",
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "cw009-inner",
                    "from": "Iveta Nováčková <novackova@polabskenoviny.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": "Dobrý den,\n\nPolabské noviny s.r.o. (IČO " + I9 + ") žádají o "
                    "přístup k průběžným výsledkům voleb v XML.\n\n"
                    "Produkční servery: 203.0.113.170, 203.0.113.171\n"
                    "Testovací server: 203.0.113.175\n\n"
                    "Kontakt: Iveta Nováčková, tel. 608 117 254\n\n"
                    "S pozdravem\nIveta Nováčková\nPolabské noviny s.r.o., Nymburk\n",
                },
            )
        ],
    },
    {
        "id": "cw010-databox-osvc-rtf-trade-name",
        "description": "data message from a natural person in business (box type 40), bare "
        "annotation; the RTF names her trade name with a dash and an IPv6 production address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Alena Křížová – Křížová Data",
            I10,
            "a6kz3fh",
            ["2001:db8:5c::10"],
            ["2001:db8:5c::20"],
            "Alena Křížová",
            "alena@krizovadata.example",
            "+420720455183",
        ),
        "databox": box("a6kz3fh", "Alena Křížová", "Sadová 8, 612 00 Brno", kind=40),
        "subject": "Žádost o XML",
        "attachments": [
            (
                "rtf",
                "zadost_krizova.rtf",
                [
                    "Žadatel: Alena Křížová – Křížová Data, IČO " + I10 + ", Sadová 8, Brno",
                    "Jsem OSVČ a připravuji datové vizualizace výsledků voleb pro několik "
                    "regionálních webů. Žádám o přístup k výsledkům na dedikovaném serveru.",
                    [
                        ["Adresa", "Role"],
                        ["2001:db8:5c:0:0:0:0:10", "produkce"],
                        ["2001:db8:5c:0:0:0:0:20", "test"],
                    ],
                    "Kontakt: alena@krizovadata.example, 720 455 183",
                ],
            )
        ],
    },
    {
        "id": "cw011-xlsx-merged-role-column",
        "description": 'a sheet whose role column is merged over several rows ("produkční" over '
        "three rows), a contact table with two people and the one marked for the application",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Ústecký večerník s.r.o.",
            I11,
            None,
            ["198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210"],
            "Jakub Pešl",
            "pesl@ustecky-vecernik.example",
            "+420702614389",
        ),
        "from": "Jakub Pesl <pesl@ustecky-vecernik.example>",
        "subject": "volby XML pristup - tabulka",
        "headers": K9,
        "body": "dobry den, posilam tabulku s udaji pro pristup k vysledkum. diky, Pešl\n\n"
        "Odesláno z mobilu\n",
        "attachments": [
            (
                "xlsx",
                "UV_volby_IP.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Ústecký večerník s.r.o.", "", "IČO", I11],
                            ["Žádost o přístup k výsledkům voleb (XML)", "", "", ""],
                            ["Role", "IP", "Server", ""],
                            ["produkční", "198.51.100.201", "web1", ""],
                            ["", "198.51.100.202", "web2", ""],
                            ["", "198.51.100.203", "záloha", ""],
                            ["testovací", "198.51.100.210", "stage", ""],
                            ["", "", "", ""],
                            ["Kontakty", "Jméno", "Telefon", "E-mail"],
                            [
                                "pro tuto žádost",
                                "Pešl Jakub",
                                "702 614 389",
                                "pesl@ustecky-vecernik.example",
                            ],
                            [
                                "šéfredaktor",
                                "Klíma Vojtěch",
                                "602 300 118",
                                "klima@ustecky-vecernik.example",
                            ],
                        ],
                        "merge": ["A1:B1", "A2:D2", "A4:A6"],
                    }
                ],
            )
        ],
    },
    {
        "id": "cw012-docx-letterhead-footer-box-ipv6",
        "description": "windows-1250 cover; the DOCX has the letterhead in its page header and "
        "IČO with box ID in its footer; production is one IPv4 and one IPv6 address, no test",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Beskydy s.r.o.",
            I12,
            "b2rt5yk",
            ["203.0.113.90", "2001:db8:be5::90"],
            [],
            "Martina Gřundělová",
            "grundelova@rtbeskydy.example",
            "+420731988240",
        ),
        "from": "Martina Gřundělová <grundelova@rtbeskydy.example>",
        "subject": "Žádost RTB – volby 2025",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "qp",
        "body": "Dobrý den,\n\nv příloze posíláme žádost o přístup k výsledkům a o povolení "
        "natáčení. Testovací adresu nemáme, budeme zkoušet z produkce.\n\n"
        "Martina Gřundělová\nprodukce zpravodajství\n",
        "attachments": [
            (
                "docx",
                "RTB_zadost.docx",
                {
                    "header": "REGIONÁLNÍ TELEVIZE BESKYDY s.r.o. · 1. máje 2210, "
                    "738 01 Frýdek-Místek",
                    "footer": "IČO: " + I12 + " | DS: b2rt5yk | www.rtbeskydy.example",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení k natáčení",
                        "Žádáme o přístup k datovému serveru s výsledky voleb a dále o "
                        "povolení natáčet zpracování výsledků na krajském pracovišti "
                        "v Ostravě (štáb 2 osoby).",
                        {
                            "rows": [
                                ["Adresa", "Protokol", "Použití"],
                                ["203.0.113.90", "IPv4", "produkce"],
                                ["2001:db8:be5::90", "IPv6", "produkce"],
                            ]
                        },
                        "Kontaktní osoba: Martina Gřundělová, tel. 731 988 240, "
                        "grundelova@rtbeskydy.example",
                        "Bc. Petr Onderka, ředitel",
                    ],
                },
            )
        ],
    },
    {
        "id": "cw013-smime-signed-pdf-both",
        "description": "a signed (multipart/signed) mail whose body only says the request is in "
        "the PDF; the PDF asks for both, addresses written as a /30 block",
        "style": Style.COVER,
        "smime": True,
        "labels": L(
            [FEED, FILM],
            "Zlínská mediální, a.s.",
            I13,
            None,
            ["192.0.2.36", "192.0.2.37", "192.0.2.38", "192.0.2.39"],
            ["192.0.2.50"],
            "Lenka Vaňková",
            "vankova@zlinskamedialni.example",
            "+420577402615",
        ),
        "from": "Lenka Vaňková <vankova@zlinskamedialni.example>",
        "subject": "Žádost – výsledky voleb a natáčení (elektronicky podepsáno)",
        "headers": OWA,
        "body": "Dobrý den,\n\nžádost je v přiloženém PDF, zpráva je elektronicky "
        "podepsána.\n\nLenka Vaňková\nZlínská mediální, a.s.\ntel. 577 402 615\n",
        "attachments": [
            (
                "pdf",
                "ZM_zadost_volby.pdf",
                [
                    "Zlínská mediální, a.s., třída Tomáše Bati 5146, 760 01 Zlín, IČO " + I13,
                    "Žádáme o: 1) přístup k průběžným výsledkům voleb v XML, 2) povolení "
                    "pořizovat videozáznam na pracovišti ČSÚ ve Zlíně.",
                    {
                        "rows": [
                            ["Produkční rozsah", "192.0.2.36/30"],
                            ["Testovací", "192.0.2.50"],
                            ["Kontaktní osoba", "Lenka Vaňková, vankova@zlinskamedialni.example"],
                        ],
                        "widths": [140, 260],
                    },
                ],
            )
        ],
    },
    {
        "id": "cw014-databox-annotation-corrects-test-ip",
        "description": "data message whose annotation corrects the test address typed wrongly in "
        "the ODT form; the corrected value is labelled",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Moravskoslezský deník, s.r.o.",
            ico("2846170"),
            "m5sd9ca",
            ["198.51.100.180"],
            ["198.51.100.189"],
            "Roman Šimeček",
            "simecek@msdenik.example",
            "+420596113482",
        ),
        "databox": box("m5sd9ca", "Moravskoslezský deník, s.r.o.", "Sokolská 33, 702 00 Ostrava"),
        "subject": "Žádost o přístup k výsledkům voleb. OPRAVA: testovací IP ve formuláři je "
        "chybně 198.51.100.198, správně 198.51.100.189.",
        "attachments": [
            (
                "odt",
                "formular_MSD.odt",
                [
                    "Moravskoslezský deník, s.r.o. – IČO " + ico("2846170"),
                    "Žádost o zpřístupnění výsledků voleb (XML)",
                    [
                        ["Typ", "Adresa"],
                        ["produkční", "198.51.100.180"],
                        ["testovací", "198.51.100.198"],
                    ],
                    "Kontakt: Roman Šimeček, simecek@msdenik.example, 596 113 482",
                ],
            )
        ],
    },
]
