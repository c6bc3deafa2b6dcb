"""Thirty-second held-out part ``zb``, cases zb015–zb028: a university's data message with a
power of attorney, a PDF form with ANO/NE columns declining the feed, an XLSX-only data
message, a mail with an empty body and an ODT letter, a forwarded application whose cover
replaces the contact, an RTF letter with a netmask, a PDF whose cells wrap, a TXT form with
ANO/NE brackets, a town's data message, a Slovak "resp." sentence in a DOCX, a DOCX with box ID
and version numbers in header and footer, a reply to the office's request for completion, a
data message withdrawing the filming request of its PDF and an Outlook HTML checkbox table.
Written by hand apart from the extraction rules (see make_thirtysecond_zb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysecond_zb_common import (
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

I15, I16, I17, I18 = ico("6138452"), ico("2784310"), ico("2558741"), ico("2690418")
I19, I20, I21, I23 = ico("2831675"), ico("2614983"), ico("2479056"), ico("0027604")
I24, I25, I26, I27 = ico("2267053"), ico("2845019"), ico("2717480"), ico("0664851")
I28 = ico("2932160")

CASES: list[dict[str, Any]] = [
    {
        "id": "zb015-databox-university-film-annotation",
        "description": "a university's data message: filming request and feed refusal in the "
        "annotation, the file is a faculty's authorisation carrying the IČO",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Středočeská univerzita",
            I15,
            "su8ne4p",
            [],
            [],
            "Eliška Horáková",
            "horakova@fms.stredoceska-univerzita.example",
            "+420731220918",
        ),
        "subject": (
            "Žádáme o povolení natáčení studentské televize FMS na sběrném místě v Praze "
            "4. 10. 2025. O přístup k XML nežádáme. Kontakt: Mgr. Eliška Horáková, "
            "731 220 918, horakova@fms.stredoceska-univerzita.example"
        ),
        "databox": {
            "box": "su8ne4p",
            "sender": "Středočeská univerzita",
            "address": "Univerzitní 3, 272 01 Kladno",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "povereni_FMS.txt",
                "Středočeská univerzita, Fakulta mediálních studií\n"
                f"Univerzitní 3, 272 01 Kladno, IČO: {I15}\n\n"
                "POVĚŘENÍ\n\n"
                "Děkan Fakulty mediálních studií Středočeské univerzity pověřuje "
                "Mgr. Elišku Horákovou, vedoucí studentské televize FMS TV, k jednání "
                "s Českým statistickým úřadem ve věci povolení natáčení ve volební noc "
                "3.–4. 10. 2025.\n\n"
                "Čj. SU-FMS/2025/1187\n"
                "V Kladně 8. září 2025\n\n"
                "doc. PhDr. Tomáš Vrána, Ph.D., děkan\n",
            )
        ],
    },
    {
        "id": "zb016-pdf-ano-ne-feed-declined",
        "description": "PDF form with ANO/NE columns: feed NE, filming ANO; the sender is the "
        "managing director, the form names a reporter as the contact",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Podkrkonošské rádio s.r.o.",
            I16,
            None,
            [],
            [],
            "Michaela Šustrová",
            "sustrova@podkrkonosskeradio.example",
            "+420776403119",
        ),
        "from": "Karel Novotný <novotny@podkrkonosskeradio.example>",
        "subject": "Žádost o povolení natáčení – Podkrkonošské rádio",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nzasílám vyplněný formulář. Kontaktní osobou bude naše redaktorka "
            "paní Šustrová, údaje jsou ve formuláři.\n\n"
            "Karel Novotný\njednatel\nPodkrkonošské rádio s.r.o.\nmob. 602 551 870\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_PR_2025.pdf",
                [
                    "ŽÁDOST MÉDIA – VOLBY 2025",
                    f"Žadatel: Podkrkonošské rádio s.r.o.     IČO: {I16}",
                    "Sídlo: Palackého 301, 541 01 Trutnov",
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k výsledkům voleb ve formátu XML", "", "X"],
                            ["Povolení pořizovat záznam na sběrném místě", "X", ""],
                        ],
                        "widths": [280, 50, 50],
                    },
                    "Produkční IP adresy: —\nTestovací IP adresy: —",
                    "Kontaktní osoba: Michaela Šustrová, redaktorka\n"
                    "telefon: 776 403 119\ne-mail: sustrova@podkrkonosskeradio.example",
                    "Sběrné místo: Trutnov, předpokládaný čas 3. 10. 2025 22:00–24:00",
                    "V Trutnově 15. 9. 2025        Karel Novotný, jednatel",
                ],
            )
        ],
    },
    {
        "id": "zb017-databox-xlsx-only-dic",
        "description": "data message with 'viz příloha'; XLSX form with DIČ and IČO, three "
        "production and two test addresses on labelled rows",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Moravskoslezský zpravodajský portál a.s.",
            I17,
            "ms6pt2a",
            ["203.0.113.161", "203.0.113.162", "203.0.113.163"],
            ["203.0.113.171", "203.0.113.172"],
            "Daniel Kovář",
            "kovar@mszp.example",
            "+420597318004",
        ),
        "subject": "Volby 2025 – žádost o přístup, viz příloha",
        "databox": {
            "box": "ms6pt2a",
            "sender": "Moravskoslezský zpravodajský portál a.s.",
            "address": "Nádražní 3141/28, 702 00 Ostrava",
        },
        "attachments": [
            (
                "xlsx",
                "MSZP_volby2025_zadost.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB", None, None],
                            [None, None, None],
                            ["Žadatel", "Moravskoslezský zpravodajský portál a.s.", None],
                            ["DIČ", f"CZ{I17}", None],
                            ["IČO", I17, None],
                            ["Produkční IP (1–3)", "203.0.113.161", None],
                            [None, "203.0.113.162", None],
                            [None, "203.0.113.163", None],
                            ["Testovací IP (1–2)", "203.0.113.171", None],
                            [None, "203.0.113.172", None],
                            ["Kontaktní osoba", "Daniel Kovář", "vedoucí vývoje"],
                            ["Telefon", "+420 597 318 004", None],
                            ["E-mail", "kovar@mszp.example", None],
                            ["Verze formuláře", "1.4.2", None],
                        ],
                        "merge": ["A6:A8", "A9:A10", "A1:C1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "zb018-empty-body-odt-secretariat",
        "description": "the secretariat sends an ODT letter with no text in the mail; the "
        "letter names the editor as contact, both requests",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED, FILM],
            "Valašské noviny, s.r.o.",
            I18,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Pavel Macháček",
            "machacek@valasskenoviny.example",
            "+420731880412",
        ),
        "from": "Sekretariát Valašské noviny <sekretariat@valasskenoviny.example>",
        "subject": "Žádost – Valašské noviny",
        "headers": APPLE,
        "body": "",
        "attachments": [
            (
                "odt",
                "Zadost_CSU_VN.odt",
                [
                    f"Valašské noviny, s.r.o., Smetanova 1480, 757 01 Valašské Meziříčí, IČO {I18}",
                    "Český statistický úřad, podatelna",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Vážení, žádáme o zpřístupnění výsledků voleb ve formátu XML a zároveň "
                    "o povolení pořídit fotografie a krátké video na sběrném místě ve Vsetíně.",
                    [
                        ["Účel", "IP adresa"],
                        ["produkční", "192.0.2.88"],
                        ["testovací", "192.0.2.89"],
                    ],
                    "Kontaktní osoba: Ing. Pavel Macháček, zástupce šéfredaktora, "
                    "tel. 731 880 412, machacek@valasskenoviny.example",
                    "Za společnost: Mgr. Renata Slámová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "zb019-forward-eml-contact-replaced",
        "description": "re-sent application as a forwarded .eml with an HTML table; the cover "
        "keeps the addresses but replaces the departing contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Mělnický týdeník s.r.o.",
            I19,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Petr Vacek",
            "vacek@melnickytydenik.example",
            "+420731004882",
        ),
        "from": "Petr Vacek <vacek@melnickytydenik.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb – Mělnický týdeník",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposílám naši žádost, kterou Vám 2. 9. poslala kolegyně Černá. "
            "IP adresy v ní platí, jen kontaktní osobou už není paní Černá (od října u nás "
            "nepracuje), ale já: Petr Vacek, vacek@melnickytydenik.example, tel. 731 004 882.\n\n"
            "Děkuji\nPetr Vacek\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "zb019-inner",
                    "from": "Jana Černá <cerna@melnickytydenik.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o přístup k výsledkům voleb – Mělnický týdeník",
                    "html": (
                        "<p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb ve formátu "
                        "XML.</p>"
                        '<table border="1"><tr><td>Žadatel</td>'
                        f"<td>Mělnický týdeník s.r.o., IČO {I19}</td></tr>"
                        "<tr><td>Produkční IP</td><td>198.51.100.140<br>198.51.100.141</td></tr>"
                        "<tr><td>Testovací IP</td><td>198.51.100.150</td></tr>"
                        "<tr><td>Kontakt</td><td>Jana Černá, 604 118 257, "
                        "cerna@melnickytydenik.example</td></tr></table>"
                        "<p>S pozdravem<br>Jana Černá<br>Mělnický týdeník</p>"
                    ),
                },
            )
        ],
    },
    {
        "id": "zb020-databox-rtf-netmask-block",
        "description": "data message with an RTF letter: production given as an address with "
        "a /30 netmask, one test address",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Vydavatelství Beskydy, s.r.o.",
            I20,
            "vb9mc2s",
            ["203.0.113.44", "203.0.113.45", "203.0.113.46", "203.0.113.47"],
            ["203.0.113.60"],
            "Martina Kubíčková",
            "kubickova@vydavatelstvibeskydy.example",
            "+420558412960",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – Vydavatelství Beskydy",
        "databox": {
            "box": "vb9mc2s",
            "sender": "Vydavatelství Beskydy, s.r.o.",
            "address": "Hlavní třída 112, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "rtf",
                "zadost_VB.rtf",
                [
                    f"Vydavatelství Beskydy, s.r.o.\nHlavní třída 112, 738 01 Frýdek-Místek\n"
                    f"IČO {I20}",
                    "Věc: Žádost o přístup k serveru s výsledky voleb",
                    "Žádáme o přístup pro naši produkční síť 203.0.113.44 s maskou "
                    "255.255.255.252 (čtyři servery redakčního systému) a pro testovací "
                    "server 203.0.113.60.",
                    "Kontaktní osoba: Martina Kubíčková, tel. 558 412 960, "
                    "kubickova@vydavatelstvibeskydy.example",
                    "Ve Frýdku-Místku 9. 9. 2025\nIng. Stanislav Bednář, jednatel",
                ],
            )
        ],
    },
    {
        "id": "zb021-pdf-wrapped-cells-backup",
        "description": "Outlook mail (plain and HTML) with a PDF whose narrow cells wrap the "
        "role names; backup server counted as production",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Deník Pardubicka, s.r.o.",
            I21,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.63"],
            "Jitka Sedláčková",
            "sedlackova@denikpardubicka.example",
            "+420466050218",
        ),
        "from": "Sedláčková Jitka <sedlackova@denikpardubicka.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\nv příloze posílám žádost Deníku Pardubicka o přístup "
            "k výsledkům voleb.\r\n\r\nS pozdravem\r\nJitka Sedláčková\r\n"
        ),
        "html": (
            '<html><body><p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">v příloze posílám žádost Deníku Pardubicka o přístup '
            'k výsledkům voleb.</p><p class="MsoNormal">S pozdravem<br>Jitka Sedláčková</p>'
            "</body></html>"
        ),
        "attachments": [
            (
                "pdf",
                "DP_zadost_volby.pdf",
                [
                    f"Deník Pardubicka, s.r.o. | Třída Míru 60, 530 02 Pardubice | IČO {I21}",
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Označení serveru", "IP adresa", "Poznámka"],
                            [
                                "produkční server (primární datacentrum Pardubice)",
                                "192.0.2.61",
                                "stahování každých 30 s",
                            ],
                            [
                                "záložní server (sekundární datacentrum Hradec Králové)",
                                "192.0.2.62",
                                "přebírá provoz při výpadku primárního",
                            ],
                            [
                                "testovací server (vývojové prostředí)",
                                "192.0.2.63",
                                "jen do 2. 10. 2025",
                            ],
                        ],
                        "widths": [110, 90, 120],
                    },
                    "Kontaktní osoba: Jitka Sedláčková, vedoucí digitální redakce, "
                    "tel. +420 466 050 218, sedlackova@denikpardubicka.example",
                ],
            )
        ],
    },
    {
        "id": "zb022-txt-form-ano-ne-brackets-freelancer",
        "description": "a blogger without an IČO fills a TXT form with [X] ANO / [ ] NE "
        "brackets per request; production only",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Jan Pokorný",
            None,
            None,
            ["198.51.100.77"],
            [],
            "Jan Pokorný",
            "jan.pokorny@volebnimapa.example",
            "+420737660145",
        ),
        "from": "Jan Pokorný <jan.pokorny@volebnimapa.example>",
        "subject": "zadost - volebni mapa",
        "headers": SEZNAM,
        "body": (
            "Dobry den,\n\nposilam vyplneny formular (prikladam jako txt). Jsem fyzicka osoba, "
            "provozuji nekomercni web volebnimapa.example, ICO nemam.\n\nJan Pokorny\n"
        ),
        "attachments": [
            (
                "txt",
                "formular.txt",
                "FORMULÁŘ – ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / POVOLENÍ NATÁČENÍ\r\n"
                "\r\n"
                "Přístup k výsledkům (XML):      [X] ANO    [ ] NE\r\n"
                "Povolení natáčení:             [ ] ANO    [X] NE\r\n"
                "\r\n"
                "Žadatel:          Jan Pokorný\r\n"
                "IČO:              -\r\n"
                "Produkční IP:     198.51.100.77\r\n"
                "Testovací IP:     \r\n"
                "Kontaktní osoba:  Jan Pokorný\r\n"
                "Telefon:          737 660 145\r\n"
                "E-mail:           jan.pokorny@volebnimapa.example\r\n",
            )
        ],
    },
    {
        "id": "zb023-databox-town-annotation-and-docx",
        "description": "a town's data message: addresses in the annotation and again in the "
        "DOCX letter, the IT administrator's mobile before the town hall's switchboard",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Město Horní Kamenice",
            I23,
            "mh4kq7e",
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Lubomír Chalupa",
            "chalupa@hornikamenice.example",
            "+420724611093",
        ),
        "subject": (
            "Žádost města o přístup k XML výsledkům voleb pro městský web: produkční "
            "192.0.2.220, testovací 192.0.2.221. Podrobnosti a kontakt v příloze."
        ),
        "databox": {
            "box": "mh4kq7e",
            "sender": "Město Horní Kamenice",
            "address": "Mírové nám. 1, 407 21 Horní Kamenice",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_mesto_HK.docx",
                {
                    "header": "MĚSTO HORNÍ KAMENICE – Městský úřad, Mírové nám. 1, "
                    "407 21 Horní Kamenice",
                    "footer": f"IČO: {I23} | ID DS: mh4kq7e | ústředna: +420 412 558 100",
                    "blocks": [
                        "Č. j.: MHK/2207/2025/IT",
                        "Věc: Žádost o přístup k průběžným výsledkům voleb",
                        "Město Horní Kamenice žádá o přístup k výsledkům voleb ve formátu "
                        "XML, které zobrazujeme na městském webu a na informačních "
                        "obrazovkách.",
                        "IP adresa produkčního serveru: 192.0.2.220\n"
                        "IP adresa testovacího serveru: 192.0.2.221",
                        "Kontaktní osoba: Ing. Lubomír Chalupa, správce IT, "
                        "mobil 724 611 093, chalupa@hornikamenice.example",
                        "Mgr. Hana Kvapilová\nstarostka",
                    ],
                },
            )
        ],
    },
    {
        "id": "zb024-slovak-docx-respektive",
        "description": "Slovak cover and DOCX: production and test given in one sentence "
        "with 'resp.', and an old address the letter says is no longer used",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Krajanské listy, z. s.",
            I24,
            None,
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Miroslav Kováčik",
            "kovacik@krajanskelisty.example",
            "+420608275413",
        ),
        "from": "Miroslav Kováčik <kovacik@krajanskelisty.example>",
        "subject": "Žiadosť – Krajanské listy",
        "headers": TBIRD,
        "cte": "8bit",
        "body": (
            "Dobrý deň,\n\nv prílohe Vám posielam žiadosť nášho spolku o prístup "
            "k výsledkom volieb.\n\nS pozdravom\nMiroslav Kováčik\n"
        ),
        "attachments": [
            (
                "docx",
                "ziadost_KL.docx",
                {
                    "blocks": [
                        f"Krajanské listy, z. s., Bělehradská 47, 120 00 Praha 2, IČO {I24}",
                        "Vec: Žiadosť o prístup k výsledkom volieb vo formáte XML",
                        "Vážení, náš spolok vydáva mesačník a web pre slovenskú komunitu "
                        "v Česku. Žiadame o prístup k serveru s výsledkami volieb. Produkčná "
                        "a testovacia adresa nášho servera sú 203.0.113.101, resp. "
                        "203.0.113.102.",
                        "Adresu 203.0.113.9, z ktorej sme sťahovali výsledky v roku 2021, už "
                        "nepoužívame.",
                        "Kontaktná osoba: Miroslav Kováčik, tel. +420 608 275 413, "
                        "kovacik@krajanskelisty.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "zb025-docx-header-footer-versions",
        "description": "DOCX with the applicant's box ID in the footer; version numbers, a "
        "port and a date in the text that look like addresses",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Infoservis Labe a.s.",
            I25,
            "il2w8qz",
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Kamil Sýkora",
            "sykora@infoservislabe.example",
            "+420475300619",
        ),
        "from": "Kamil Sýkora <sykora@infoservislabe.example>",
        "subject": "Žádost o přístup k volebnímu serveru",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost (formulář verze 2.1.4 z Vašeho webu, "
            "stažený 1.9.2025).\n\nKamil Sýkora\n"
        ),
        "attachments": [
            (
                "docx",
                "Infoservis_Labe_zadost.docx",
                {
                    "header": "Infoservis Labe a.s. · Formulář ŽM-2025 v2.1.4",
                    "footer": f"Infoservis Labe a.s., Masarykova 66, 400 01 Ústí nad Labem · "
                    f"IČO {I25} · datová schránka il2w8qz",
                    "blocks": [
                        "ŽÁDOST MÉDIA O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                        "Náš klient stahuje data knihovnou httpx 0.27.2 na portu 443, "
                        "aktualizace proběhla 15.08.2025.",
                        "Produkční IP: 198.51.100.170",
                        "Testovací IP: 198.51.100.171",
                        "Certifikát serveru: OID 1.3.6.1.4.1.311.21.8 (jen informativně).",
                        "Kontaktní osoba: Kamil Sýkora, 475 300 619, sykora@infoservislabe.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "zb026-reply-to-office-completion-request",
        "description": "reply to the office's request for completion (its reference, IČO "
        "and phone quoted); the applicant supplies the IČO and contact and attaches a PDF",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Pálava s.r.o.",
            I26,
            None,
            ["192.0.2.101"],
            ["192.0.2.102"],
            "Simona Bártová",
            "bartova@radiopalava.example",
            "+420519302477",
        ),
        "from": "Simona Bártová <bartova@radiopalava.example>",
        "subject": "RE: Doplnění žádosti – přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"omlouváme se za neúplnou žádost. Doplňuji: IČO {I26}, kontaktní osobou jsem "
            "já – Simona Bártová, tel. 519 302 477, bartova@radiopalava.example. "
            "Kompletní opravenou žádost přikládám v PDF.\n\n"
            "S pozdravem\nSimona Bártová\nRádio Pálava\n\n"
            "-----Original Message-----\n"
            "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Sent: Tuesday, September 16, 2025 9:12 AM\n"
            "Subject: Doplnění žádosti – přístup k výsledkům voleb\n\n"
            "Dobrý den,\n\n"
            "k Vaší žádosti č. j. CSU-004117/2025 prosíme o doplnění IČO žadatele a kontaktní "
            "osoby. Český statistický úřad, IČO 00025593, datová schránka 2gfaasy.\n"
            "Informace: tel. 274 052 733\n"
        ),
        "attachments": [
            (
                "pdf",
                "RP_zadost_oprava.pdf",
                [
                    f"Rádio Pálava s.r.o., Náměstí 4, 692 01 Mikulov, IČO {I26}",
                    "Žádost o přístup k výsledkům voleb – opravená verze (k č. j. CSU-004117/2025)",
                    {
                        "rows": [
                            ["produkční IP", "192.0.2.101"],
                            ["testovací IP", "192.0.2.102"],
                            ["kontaktní osoba", "Simona Bártová"],
                            ["telefon", "519 302 477"],
                            ["e-mail", "bartova@radiopalava.example"],
                        ],
                        "widths": [140, 200],
                    },
                ],
            )
        ],
    },
    {
        "id": "zb027-databox-withdraws-filming-two-files",
        "description": "data message with a PDF form ticking both requests and a register "
        "extract; the annotation withdraws the filming request",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "TV Vysočina Jih, s.r.o.",
            I27,
            "tv5jh3n",
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Aleš Procházka",
            "prochazka@tvvysocinajih.example",
            "+420568840127",
        ),
        "subject": (
            "Prosíme o zrušení požadavku na natáčení uvedeného v přiložené žádosti – "
            "natáčet nakonec nebudeme. Žádost o přístup k XML platí beze změny."
        ),
        "databox": {
            "box": "tv5jh3n",
            "sender": "TV Vysočina Jih, s.r.o.",
            "address": "Znojemská 21, 674 01 Třebíč",
        },
        "attachments": [
            (
                "pdf",
                "zadost_TVVJ.pdf",
                [
                    "Žádost o přístup k výsledkům voleb a povolení natáčení",
                    f"Žadatel: TV Vysočina Jih, s.r.o., IČO: {I27}",
                    {
                        "rows": [
                            ["☒", "přístup k výsledkům voleb (XML)"],
                            ["☒", "povolení natáčení na sběrném místě Třebíč"],
                        ],
                        "widths": [30, 330],
                    },
                    "Produkční IP: 198.51.100.230\nTestovací IP: 198.51.100.231",
                    "Kontakt: Aleš Procházka, +420 568 840 127, prochazka@tvvysocinajih.example",
                ],
            ),
            (
                "txt",
                "vypis_OR.txt",
                "Výpis z obchodního rejstříku (částečný)\n"
                "Obchodní firma: TV Vysočina Jih, s.r.o.\n"
                f"Identifikační číslo: {I27}\n"
                "Spisová značka: C 70412 vedená u Krajského soudu v Brně\n"
                "Jednatel: Roman Dvořák\n",
            ),
        ],
    },
    {
        "id": "zb028-outlook-html-checkbox-characters",
        "description": "HTML-only Outlook mail with ☑/☐ characters for the requests and "
        "a role column (primární, sekundární – záloha, testovací)",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Kladenský expres s.r.o.",
            I28,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Barbora Tichá",
            "ticha@kladenskyexpres.example",
            "+420312248590",
        ),
        "from": "Barbora Tichá <ticha@kladenskyexpres.example>",
        "subject": "Žádost – Kladenský expres – volby 2025",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            "<p>Dobrý den,</p><p>posílám vyplněný formulář:</p>"
            '<table border="1" cellpadding="4">'
            "<tr><td>☑</td><td>žádáme o přístup k výsledkům voleb (XML)</td></tr>"
            "<tr><td>☑</td><td>žádáme o povolení natáčení na sběrném místě Kladno</td></tr>"
            "<tr><td>☐</td><td>žádáme o akreditaci do volebního studia ČSÚ</td></tr>"
            "</table><p></p>"
            '<table border="1" cellpadding="4">'
            "<tr><th>Role</th><th>IP</th></tr>"
            "<tr><td>primární</td><td>203.0.113.240</td></tr>"
            "<tr><td>sekundární – záloha</td><td>203.0.113.241</td></tr>"
            "<tr><td>testovací</td><td>203.0.113.250</td></tr>"
            "</table>"
            f"<p>Kladenský expres s.r.o., IČO {I28}</p>"
            "<p>Kontaktní osoba: Barbora Tichá, tel. 312 248 590</p>"
            "<p>S pozdravem<br>Barbora Tichá<br>Kladenský expres</p>"
            "</body></html>"
        ),
    },
]
