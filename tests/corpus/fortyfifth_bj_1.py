"""Forty-fifth held-out part ``bj``, cases bj001–bj014: a cover mail with a PDF letterhead and a
role column, data messages with the application in the annotation, in an ODT ANO/NE form or
split between them, an empty mail with a [x]/[ ] DOCX form, a forwarded .eml, a three-sheet
workbook, a windows-1250 cover that corrects the RTF, an iso-8859-2 letter with IČO and box ID
in the signature, an HTML form with a TXT list, a signed university letter, a flowed reply with
an updated workbook, an Austrian Ja/Nein PDF and a filming-only data message.
Written by hand apart from the extraction rules (see make_fortyfifth_bj); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfifth_bj_common import (
    APPLE,
    EMCLIENT,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2740381"), ico("0583192"), ico("2916407"), ico("0472685"), ico("2863054")
I6, I7, I8, I9 = ico("7410236"), ico("2598310"), ico("0617843"), ico("2704917")
I11, I12, I14 = ico("0068572"), ico("2831465"), ico("0539128")

CASES: list[dict[str, Any]] = [
    {
        "id": "bj001-cover-pdf-letterhead-role-column",
        "description": "one-line cover; the PDF has the publisher's letterhead and a table whose "
        "second column says which address is production and which test; contact in the table",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Labské listy s.r.o.",
            I1,
            None,
            ["198.51.100.112", "198.51.100.113"],
            ["198.51.100.119"],
            "Ondřej Kratochvíl",
            "kratochvil@labskelisty.example",
            "+420605271934",
        ),
        "from": "Sekretariat Labske listy <sekretariat@labskelisty.example>",
        "subject": "Žádost - přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze zasíláme podepsanou žádost.\n\nSekretariát redakce\n",
        "attachments": [
            (
                "pdf",
                "LL_zadost_volby_2025.pdf",
                [
                    "LABSKÉ LISTY s.r.o.\nTyršova 1420/7, 405 02 Děčín\nIČO: " + I1,
                    "Český statistický úřad\nodbor zpracování volebních výsledků",
                    "Žádost o zpřístupnění dat o průběžných výsledcích voleb",
                    "Společnost Labské listy s.r.o. žádá o přidělení přístupu k serveru, na "
                    "kterém ČSÚ zveřejňuje průběžné výsledky ve formátu XML. Naše stroje budou "
                    "data stahovat z těchto adres:",
                    {
                        "rows": [
                            ["IP adresa", "Použití", "Poznámka"],
                            ["198.51.100.112", "produkce", "web, hlavní"],
                            ["198.51.100.113", "produkce", "web, druhý uzel"],
                            ["198.51.100.119", "test", "jen před volbami"],
                        ],
                        "widths": [130, 90, 200],
                    },
                    {
                        "rows": [
                            ["Kontaktní osoba (technika)", "Ondřej Kratochvíl"],
                            ["E-mail", "kratochvil@labskelisty.example"],
                            ["Mobil", "605 271 934"],
                        ],
                        "widths": [170, 250],
                    },
                    "V Děčíně 3. 9. 2025\nPhDr. Alena Hrubá\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "bj002-databox-annotation-everything-txt-signature",
        "description": "data message whose annotation carries the whole request and contact; the "
        "only file is a two-line TXT with the sender's signature; box ID from the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Podhůří a.s.",
            I2,
            "pq7r2mx",
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.70"],
            "Petr Hladík",
            "hladik@radiopodhuri.example",
            "+420602184375",
        ),
        "databox": box("pq7r2mx", "Rádio Podhůří a.s.", "Nábřeží 18, 796 01 Prostějov"),
        "subject": "Přístup k XML výsledkům voleb - produkce 203.0.113.61 a 203.0.113.62, "
        "test 203.0.113.70; kontakt Petr Hladík, hladik@radiopodhuri.example, 602 184 375",
        "attachments": [
            (
                "txt",
                "podpis.txt",
                "Za Rádio Podhůří a.s. (IČO " + I2 + ")\nPetr Hladík, technický ředitel\n",
            )
        ],
    },
    {
        "id": "bj003-empty-body-docx-bracket-form-ipv6",
        "description": "empty body; the DOCX form has a page header and footer, both requests "
        "marked [x], an IPv6 production address next to an IPv4 one and a test line",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "Krkonošská televize, z.s.",
            I3,
            None,
            ["192.0.2.41", "2001:db8:41::5"],
            ["192.0.2.48"],
            "Marek Jandera",
            "jandera@krtv.example",
            "+420731648205",
        ),
        "from": "Marek Jandera <jandera@krtv.example>",
        "subject": "FW: formulář",
        "headers": TBIRD,
        "body": "",
        "attachments": [
            (
                "docx",
                "formular_KRTV.docx",
                {
                    "header": "Krkonošská televize, z.s. · Horská 55, 543 01 Vrchlabí · IČO " + I3,
                    "footer": "strana 1/1 · formulář vyplněn elektronicky",
                    "blocks": [
                        "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY 2025",
                        "Požadujeme:",
                        "[x] přístup k dedikovanému serveru s výsledky (XML)",
                        "[x] povolení pořizovat obrazový a zvukový záznam na pracovišti ČSÚ "
                        "v Hradci Králové",
                        {
                            "rows": [
                                ["Adresy produkční", "192.0.2.41, 2001:db8:41:0:0:0:0:5"],
                                ["Adresa testovací", "192.0.2.48"],
                                ["Kontakt", "Jandera Marek"],
                                ["Tel.", "+420 731 648 205"],
                                ["Mail", "jandera@krtv.example"],
                            ]
                        },
                        "Natáčet bude dvoučlenný štáb (kamera Jiří Volf).",
                    ],
                },
            )
        ],
    },
    {
        "id": "bj004-forwarded-eml-behind-assistant-cover",
        "description": "an assistant forwards the editor's original mail as an attached .eml; "
        "the application and the contact are inside it; production only, no test address",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vysočina Online s.r.o.",
            I4,
            None,
            ["198.18.33.10", "198.18.33.11", "198.18.33.12"],
            [],
            "Šárka Benešová",
            "benesova@vysocinaonline.example",
            "+420777305918",
        ),
        "from": "Klára Divišová <divisova@vysocinaonline.example>",
        "subject": "Fwd: přístup k volebnímu serveru",
        "headers": GMAIL,
        "body": "Dobrý den,\n\npřeposílám žádost naší šéfredaktorky, která je teď na "
        "dovolené a omylem ji poslala jen interně. Děkuji za vyřízení.\n\nKlára Divišová\n"
        "asistentka redakce\n",
        "attachments": [
            (
                "eml",
                "zadost_volby.eml",
                {
                    "id": "bj004-inner",
                    "from": "Šárka Benešová <benesova@vysocinaonline.example>",
                    "to": "redakce@vysocinaonline.example",
                    "subject": "přístup k volebnímu serveru",
                    "body": "Dobrý den,\n\nVysočina Online s.r.o., IČO "
                    + I4
                    + ", žádá o přístup k XML s výsledky voleb. Stahovat budeme ze "
                    "tří serverů 198.18.33.10, .11 a .12 (všechny ostré, testovací "
                    "prostředí nemáme).\n\nKontakt: Šárka Benešová, tel. 777 305 918\n\n"
                    "S pozdravem\nŠárka Benešová, šéfredaktorka\n",
                },
            )
        ],
    },
    {
        "id": "bj005-cover-xlsx-three-sheets-cidr",
        "description": "cover of two lines; the workbook's three sheets hold the applicant, the "
        "addresses (merged title row, a /30 production block, a role column) and the contact "
        "written surname first",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Moravské noviny Zlín, a.s.",
            I5,
            None,
            ["203.0.113.128", "203.0.113.129", "203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Lukáš Zbořil",
            "zboril@mnzlin.example",
            "+420734916280",
        ),
        "from": "Lukas Zboril <zboril@mnzlin.example>",
        "subject": "ČSÚ - data z voleb",
        "headers": EMCLIENT,
        "body": "Dobrý den, vše potřebné je v tabulce v příloze (3 listy).\nDík, Zbořil\n",
        "attachments": [
            (
                "xlsx",
                "volby_pristup.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Moravské noviny Zlín, a.s."],
                            ["IČO", I5],
                            ["Sídlo", "Tř. Tomáše Bati 3120, 760 01 Zlín"],
                            ["Požadujeme", "přístup k XML výsledkům"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresy pro přístup k serveru", None, None],
                            ["Role", "Adresa", "Pozn."],
                            ["produkční", "203.0.113.128/30", "celý blok"],
                            ["testovací", "203.0.113.140", ""],
                        ],
                        "merge": ["A1:C1"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Příjmení, jméno", "E-mail", "Telefon"],
                            ["Zbořil, Lukáš", "zboril@mnzlin.example", "734 916 280"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bj006-databox-osvc-odt-ano-ne-filming",
        "description": "data message from a photographer's business box with a bare annotation; "
        "the ODT form says NE to the feed and ANO to filming, so no addresses",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Vojtěch Sýkora",
            I6,
            "s8vk3fz",
            [],
            [],
            "Vojtěch Sýkora",
            "foto@vsykora.example",
            "+420608441297",
        ),
        "databox": box("s8vk3fz", "Vojtěch Sýkora", "Lipová 9, 370 01 České Budějovice", 40),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "odt",
                "zadost_foto.odt",
                [
                    "Žádost o povolení – volby do PS PČR 2025",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k serveru s výsledky (XML)", "", "X"],
                        ["Fotografování na pracovišti ČSÚ", "X", ""],
                    ],
                    [
                        ["Žadatel", "Vojtěch Sýkora, fotograf, IČO " + I6],
                        ["E-mail", "foto@vsykora.example"],
                        ["Telefon", "608 441 297"],
                        ["Pracoviště", "krajská správa České Budějovice, volební noc"],
                    ],
                    "Fotografie jsou pro zpravodajskou agenturu na objednávku.",
                ],
            )
        ],
    },
    {
        "id": "bj007-cp1250-cover-corrects-rtf-test-ip",
        "description": "windows-1250 8bit cover note says the RTF's test address is a typo and "
        "gives the right one; production addresses stay as the RTF table gives them",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Týdeník Šumava, s.r.o.",
            I7,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.158"],
            "Zdeňka Pešková",
            "peskova@tydeniksumava.example",
            "+420720385164",
        ),
        "from": "Zdeňka Pešková <peskova@tydeniksumava.example>",
        "subject": "žádost o přístup k výsledkům",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\nposílám žádost v příloze. Jen pozor, v tabulce je u testovací "
        "adresy překlep – místo 198.51.100.185 má být 198.51.100.158. Ostatní platí.\n\n"
        "Zdeňka Pešková\nTýdeník Šumava\n",
        "attachments": [
            (
                "rtf",
                "zadost_sumava.rtf",
                [
                    "Týdeník Šumava, s.r.o., Náměstí 4, 341 92 Kašperské Hory, IČO " + I7,
                    "Žádáme o přístup k dedikovanému serveru s průběžnými výsledky voleb.",
                    [
                        ["Účel", "IP"],
                        ["produkce", "198.51.100.150"],
                        ["produkce", "198.51.100.151"],
                        ["test", "198.51.100.185"],
                    ],
                    "Kontaktní osoba: Zdeňka Pešková, peskova@tydeniksumava.example, "
                    "tel. 720 385 164",
                ],
            )
        ],
    },
    {
        "id": "bj008-iso88592-letter-signature-ico-box",
        "description": "iso-8859-2 letter in the body, the DOCX repeats it with a letterhead; "
        "the signature block carries the IČO and the company's data-box ID; both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Hanácký zpravodaj, spol. s r.o.",
            I8,
            "h5nt9ka",
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Roman Šindelář",
            "sindelar@hanackyzpravodaj.example",
            "+420585224617",
        ),
        "from": "Roman Šindelář <sindelar@hanackyzpravodaj.example>",
        "subject": "Volby 2025 - žádost o data a o natáčení",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "body": "Vážení,\n\nHanácký zpravodaj žádá o přístup k serveru s výsledky voleb "
        "(produkce 192.0.2.200, test 192.0.2.201) a o povolení natáčet na krajské správě "
        "v Olomouci. Oficiální žádost je v příloze.\n\nS pozdravem\n\nRoman Šindelář\n"
        "vedoucí vydání\nHanácký zpravodaj, spol. s r.o.\nIČO: "
        + I8
        + " | ID DS: h5nt9ka\ntel.: 585 224 617 (přímá), ústředna 585 224 600\n",
        "attachments": [
            (
                "docx",
                "zadost_HZ.docx",
                {
                    "header": "HANÁCKÝ ZPRAVODAJ, spol. s r.o. — Dolní nám. 12, 779 00 Olomouc",
                    "footer": "IČO " + I8 + " · datová schránka h5nt9ka",
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Produkční IP: 192.0.2.200\nTestovací IP: 192.0.2.201",
                        "Natáčení: krajská správa ČSÚ Olomouc, 4. 10. 2025 od 14:00.",
                        "Kontakt: Roman Šindelář, sindelar@hanackyzpravodaj.example, 585 224 617",
                    ],
                },
            )
        ],
    },
    {
        "id": "bj009-databox-split-annotation-and-pdf",
        "description": "data message: the annotation gives the request and the production "
        "addresses, the PDF only the test address and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeský rozhlasový spolek, z.s.",
            None,
            "jr4sp6w",
            ["198.18.90.3", "198.18.90.4"],
            ["198.18.91.3"],
            "Blanka Řeháková",
            "rehakova@jrs.example",
            "+420739120486",
        ),
        "databox": box("jr4sp6w", "Jihočeský rozhlasový spolek, z.s.", "Husova 6, 379 01 Třeboň"),
        "subject": "Žádost o přístup k volebnímu XML serveru, ostré adresy 198.18.90.3 a "
        "198.18.90.4, ostatní v PDF",
        "attachments": [
            (
                "pdf",
                "doplneni.pdf",
                [
                    "Jihočeský rozhlasový spolek, z.s. – doplnění žádosti",
                    {
                        "rows": [
                            ["testovací adresa", "198.18.91.3"],
                            ["kontaktní osoba", "Blanka Řeháková"],
                            ["e-mail", "rehakova@jrs.example"],
                            ["telefon", "+420 739 120 486"],
                        ],
                        "widths": [140, 220],
                    },
                    "Za spolek podepsán předseda Jaroslav Mikeš.",
                ],
            )
        ],
    },
    {
        "id": "bj010-html-bracket-form-txt-list",
        "description": "multipart/alternative form with [x] for the feed and [ ] for filming; "
        "the addresses are in an attached TXT with sloppy labels",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Nový Kladenský deník s.r.o.",
            None,
            None,
            ["203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["203.0.113.29"],
            "Filip Motl",
            "motl@nkd.example",
            "+420776092341",
        ),
        "from": "Filip Motl <motl@nkd.example>",
        "subject": "žádost média – výsledky voleb",
        "headers": APPLE,
        "body": "Žádost média\n\n[x] přístup k XML výsledkům\n[ ] natáčení na pracovišti\n\n"
        "Žadatel: Nový Kladenský deník s.r.o.\nKontakt: Filip Motl, 776 092 341\n"
        "IP adresy viz příloha ip.txt\n",
        "html": "<html><body><p><b>Žádost média</b></p><table border=1>"
        "<tr><td>[x]</td><td>přístup k XML výsledkům</td></tr>"
        "<tr><td>[ ]</td><td>natáčení na pracovišti</td></tr></table>"
        "<p>Žadatel: Nový Kladenský deník s.r.o.<br>Kontakt: Filip Motl, 776 092 341</p>"
        "<p>IP adresy viz příloha ip.txt</p></body></html>",
        "attachments": [
            (
                "txt",
                "ip.txt",
                "ostre:\n203.0.113.21\n203.0.113.22\n203.0.113.23\n\ntestovaci: 203.0.113.29\n",
            )
        ],
    },
    {
        "id": "bj011-smime-faculty-letter-ipv6",
        "description": "S/MIME-signed mail from a faculty; the DOCX letterhead names the "
        "university and the faculty, the addresses are IPv6 only, the head of department signs "
        "and names a doctoral student as the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Univerzita Jana Ámose v Přerově",
            I11,
            None,
            ["2001:db8:7c0::10", "2001:db8:7c0::11"],
            ["2001:db8:7c0::99"],
            "Adéla Kociánová",
            "adela.kocianova@ujap.example",
            "+420581733402",
        ),
        "from": "prof. Michal Vrána <michal.vrana@ujap.example>",
        "subject": "Žádost katedry o přístup k volebním datům",
        "headers": APPLE,
        "smime": True,
        "body": "Vážená paní, vážený pane,\n\nv příloze posílám žádost naší katedry. Mail je "
        "elektronicky podepsán.\n\nMichal Vrána\n",
        "attachments": [
            (
                "docx",
                "zadost_katedra.docx",
                {
                    "header": "Univerzita Jana Ámose v Přerově | Filozofická fakulta | "
                    "Katedra politologie",
                    "footer": "Univerzita Jana Ámose v Přerově, Komenského 2, 750 02 Přerov, "
                    "IČO " + I11,
                    "blocks": [
                        "Katedra politologie žádá pro výzkumný projekt volebního modelování o "
                        "přístup k průběžným výsledkům voleb na dedikovaném serveru.",
                        {
                            "rows": [
                                ["Produkční", "2001:0db8:07c0::0010", "2001:0db8:07c0::0011"],
                                ["Testovací", "2001:0db8:07c0::0099", ""],
                            ],
                            "merge": [(1, 1, 1, 2)],
                        },
                        "Kontaktní osobou je Mgr. Adéla Kociánová, doktorandka "
                        "(adela.kocianova@ujap.example, 581 733 402).",
                        "prof. PhDr. Michal Vrána, Ph.D., vedoucí katedry",
                    ],
                },
            )
        ],
    },
    {
        "id": "bj012-flowed-reply-updated-xlsx",
        "description": "format=flowed reply to the office's request for test addresses, quoting "
        "the office's signature; the updated workbook adds two test addresses",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Brněnský večerník, a.s.",
            I12,
            None,
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.40", "198.51.100.41"],
            "Pavla Koutná",
            "koutna@bvecernik.example",
            "+420608512093",
        ),
        "from": "Pavla Koutná <koutna@bvecernik.example>",
        "subject": "Re: Vaše žádost o přístup k XML – doplnění",
        "headers": K9,
        "flowed": True,
        "body": "Dobrý den,\n\nposílám opravenou tabulku, testovací adresy jsou teď ve "
        "sloupci C. Produkční zůstávají stejné.\n\nPavla Koutná\n\n"
        "Dne 10. 9. 2025 v 9:12 podatelna ČSÚ napsal(a):\n"
        "> Dobrý den,\n> ve Vaší žádosti chybí testovací IP adresy. Prosíme o doplnění.\n"
        "> S pozdravem\n> Český statistický úřad, Na padesátém 81, Praha 10\n"
        "> tel. +420 274 052 733, www.czso.cz\n",
        "attachments": [
            (
                "xlsx",
                "BV_adresy_v2.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Organizace", "Produkce", "Test"],
                            [
                                "Brněnský večerník, a.s. (IČO " + I12 + ")",
                                "198.51.100.33",
                                "198.51.100.40",
                            ],
                            [None, "198.51.100.34", "198.51.100.41"],
                            ["Kontakt", "Pavla Koutná", "608 512 093"],
                        ],
                        "merge": ["A2:A3"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bj013-austrian-ja-nein-pdf",
        "description": "German cover from an Austrian broadcaster without an IČO; the PDF form "
        "answers Ja to both requests and lists addresses with Zweck column; +43 phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Donauwelle Medien GmbH",
            None,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "Katharina Pichler",
            "k.pichler@donauwelle.example",
            "+436641827305",
        ),
        "from": "Katharina Pichler <k.pichler@donauwelle.example>",
        "subject": "Antrag Wahlergebnisse / žádost",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\nanbei unser ausgefülltes Formular für den "
        "Zugang zu den Wahlergebnissen und die Drehgenehmigung in Prag.\n\nMit freundlichen "
        "Grüßen\nKatharina Pichler\nDonauwelle Medien GmbH, Linz\n+43 664 1827305\n",
        "attachments": [
            (
                "pdf",
                "Antrag_Donauwelle.pdf",
                [
                    "Donauwelle Medien GmbH · Hafenstraße 21 · 4020 Linz · Österreich",
                    {
                        "rows": [
                            ["Antrag", "Ja", "Nein"],
                            ["Zugang XML-Wahlergebnisse", "X", ""],
                            ["Dreherlaubnis (Filmaufnahmen)", "X", ""],
                        ],
                        "widths": [220, 50, 50],
                    },
                    {
                        "rows": [
                            ["IP-Adresse", "Zweck"],
                            ["192.0.2.130", "Produktion"],
                            ["192.0.2.131", "Produktion"],
                            ["192.0.2.139", "Test"],
                        ],
                        "widths": [150, 150],
                    },
                    "Ansprechpartnerin: Katharina Pichler, k.pichler@donauwelle.example, "
                    "+43 664 1827305",
                ],
            )
        ],
    },
    {
        "id": "bj014-databox-filming-docx-producer-contact",
        "description": "data message asking only to film; the DOCX names the director who signs, "
        "a cameraman and the producer who is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Obraz a zvuk Plzeň s.r.o.",
            I14,
            "oz2pl5t",
            [],
            [],
            "Iveta Marková",
            "markova@ozplzen.example",
            "+420736205841",
        ),
        "databox": box("oz2pl5t", "Obraz a zvuk Plzeň s.r.o.", "Klatovská 140, 301 00 Plzeň"),
        "subject": "Žádost o povolení natáčení ve volební noci",
        "attachments": [
            (
                "docx",
                "natáčení_ČSÚ.docx",
                {
                    "blocks": [
                        "Obraz a zvuk Plzeň s.r.o., IČO " + I14,
                        "Žádáme o povolení natáčet na pracovišti ČSÚ v Plzni během zpracování "
                        "výsledků voleb (dokument o sčítání hlasů). O přístup k datům nežádáme.",
                        {
                            "rows": [
                                ["Role", "Jméno", "Kontakt"],
                                ["režie", "David Koubek", ""],
                                ["kamera", "Štěpán Hora", ""],
                                [
                                    "produkce (kontaktní osoba)",
                                    "Iveta Marková",
                                    "markova@ozplzen.example, 736 205 841",
                                ],
                            ]
                        },
                        "David Koubek, jednatel",
                    ]
                },
            )
        ],
    },
]
