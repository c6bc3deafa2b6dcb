"""Seventeenth held-out part ``kb``, cases kb001–kb014: completed forms, letterheads, host
spreadsheets and data messages, written by hand apart from the extraction rules."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.seventeenth_kb_common import Style

FEED = "feed_access"
FILM = "recording_permit"

ICO_RLV = ico("2918374")
ICO_MTA = ico("0641527")
ICO_HANA = ico("4612093")
ICO_VYCHOD = ico("3650128")
ICO_VSMS = ico("0715533")
ICO_PODLAHA = ico("2840661")
ICO_LHOTA = ico("0029871")
ICO_LABE = ico("2541907")
ICO_KALOUS = ico("7530214")
ICO_JIZERA = ico("0862215")
ICO_PODBESKYDI = ico("2790014")
ICO_KROKUS = ico("2271450")
ICO_STRED = ico("0537782")

CASES: list[dict[str, Any]] = [
    {
        "id": "kb001-docx-form-ticked-boxes",
        "description": "DOCX form with tick boxes (filming left unticked) and an address table",
        "style": Style.FORM,
        "from": "Petra Dvořáková <petra.dvorakova@rlv.example>",
        "subject": "Žádost – volby, XML",
        "body": "Dobrý den,\n\nv příloze posílám vyplněný formulář.\n\nS pozdravem\nP. Dvořáková\n",
        "attachments": [
            (
                "docx",
                "formular_zadost_RLV.docx",
                {
                    "header": "ŽÁDOST O ZPŘÍSTUPNĚNÍ VÝSLEDKŮ VOLEB",
                    "blocks": [
                        "Vyplňte prosím všechna pole.",
                        {
                            "rows": [
                                [
                                    "Žadatel (název, právní forma)",
                                    "Regionální listy Vysočina s.r.o.",
                                ],
                                ["IČO", ICO_RLV],
                                ["Sídlo", "Masarykovo nám. 14, 586 01 Jihlava"],
                                ["Kontaktní osoba", "Ing. Petra Dvořáková"],
                                ["Telefon", "567 123 456"],
                                ["E-mail", "petra.dvorakova@rlv.example"],
                            ]
                        },
                        "Předmět žádosti:",
                        "☒ přístup k datovému výstupu (XML) výsledků voleb",
                        "☐ povolení k pořizování záznamu na sběrném místě",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa"],
                                ["ostrý provoz", "198.51.100.21"],
                                ["ostrý provoz", "198.51.100.22"],
                                ["testovací", "203.0.113.40"],
                            ]
                        },
                        "V Jihlavě dne 3. 9.",
                    ],
                },
            )
        ],
        "labels": L(
            [FEED],
            "Regionální listy Vysočina s.r.o.",
            ICO_RLV,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["203.0.113.40"],
            "Petra Dvořáková",
            "petra.dvorakova@rlv.example",
            "+420567123456",
        ),
    },
    {
        "id": "kb002-databox-pdf-letterhead-cidr",
        "description": "data message with a PDF letter: letterhead with IČO and DIČ, signer and a "
        "separate IT contact, a /30 block for production",
        "style": Style.DATABOX,
        "databox": {
            "box": "m7kq2xa",
            "sender": "Moravská tisková agentura, a.s.",
            "address": "Cejl 62, 602 00 Brno",
        },
        "subject": "Žádost o přístup k výsledkům voleb – MTA",
        "attachments": [
            (
                "pdf",
                "MTA_zadost.pdf",
                [
                    "<b>Moravská tisková agentura, a.s.</b>\nCejl 62, 602 00 Brno\n"
                    f"IČO: {ICO_MTA} | DIČ: CZ{ICO_MTA}\nč. ú. 2400118734/2010",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k datovému výstupu výsledků voleb",
                    "Vážení,\nMoravská tisková agentura žádá o přidělení přístupu k serveru s "
                    "průběžnými výsledky ve formátu XML. Náš přijímací cluster používá blok "
                    "203.0.113.64/30, testovat budeme z adresy 198.51.100.200.",
                    "Kontaktní osoba pro technické záležitosti: Mgr. Tomáš Kříž, vedoucí IT "
                    "(tomas.kriz@mta.example, +420 731 445 902).",
                    "S úctou\n\nJan Horák\npředseda představenstva",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Moravská tisková agentura, a.s.",
            ICO_MTA,
            "m7kq2xa",
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["198.51.100.200"],
            "Tomáš Kříž",
            "tomas.kriz@mta.example",
            "+420731445902",
        ),
    },
    {
        "id": "kb003-xlsx-host-sheet-retired-row",
        "description": "terse cover note without diacritics; XLSX with applicant sheet and a host "
        "sheet where one row is marked retired",
        "style": Style.SPREADSHEET,
        "from": "Radek Svoboda <radek@radiohana.example>",
        "subject": "pristup xml volby",
        "body": "dobry den, posilam tabulku, vse potrebne je v ni. diky RS\n",
        "attachments": [
            (
                "xlsx",
                "radio_hana_hosty.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Organizace", "Rádio Haná, spol. s r.o."],
                            ["IČO", ICO_HANA],
                            ["Kontakt", "Radek Svoboda"],
                            ["E-mail", "radek@radiohana.example"],
                            ["Mobil", "608 112 233"],
                            ["Požadujeme", "přístup k XML s výsledky"],
                        ],
                    },
                    {
                        "title": "Servery",
                        "rows": [
                            ["hostname", "IP", "prostředí"],
                            ["feed1.radiohana", "192.0.2.11", "produkce"],
                            ["feed2.radiohana", "192.0.2.12", "produkce"],
                            ["stage.radiohana", "192.0.2.90", "test"],
                            ["oldfeed.radiohana", "192.0.2.5", "vyřazen 2021 – nepoužívat"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Rádio Haná, spol. s r.o.",
            ICO_HANA,
            None,
            ["192.0.2.11", "192.0.2.12"],
            ["192.0.2.90"],
            "Radek Svoboda",
            "radek@radiohana.example",
            "+420608112233",
        ),
    },
    {
        "id": "kb004-slovak-rtf-both",
        "description": "Slovak newspaper, RTF letter asking for the feed and filming, no test address",
        "style": Style.RTF,
        "from": "Zuzana Hrušovská <hrusovska@dennikvychod.example>",
        "subject": "Žiadosť – prístup k výsledkom a natáčanie",
        "body": "Dobrý deň,\nv prílohe Vám zasielame našu žiadosť.\nS pozdravom\nZuzana Hrušovská\n",
        "attachments": [
            (
                "rtf",
                "ziadost_DV.rtf",
                [
                    f"Denník Východ, s. r. o.\nHlavná 41, 040 01 Košice\nIČO: {ICO_VYCHOD}",
                    "Vec: Žiadosť o prístup k XML výstupu a o povolenie natáčania",
                    "Naše vydavateľstvo pripravuje spravodajstvo o voľbách do Poslaneckej "
                    "snemovne pre čitateľov z česko-slovenského pohraničia. Žiadame preto o "
                    "prístup k XML výstupu výsledkov z našich serverov 198.18.44.10 a "
                    "198.18.44.11 (oba produkčné, testovacie prostredie nemáme).",
                    "Zároveň žiadame o povolenie natáčať krátku reportáž na zbernom mieste "
                    "vo volebnú noc; štáb budú tvoriť dvaja ľudia.",
                    "Kontaktná osoba: Mgr. Zuzana Hrušovská, tel. +421 905 123 456, "
                    "hrusovska@dennikvychod.example",
                    "S pozdravom\nMgr. Zuzana Hrušovská\nvedúca online redakcie",
                ],
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Denník Východ, s. r. o.",
            ICO_VYCHOD,
            None,
            ["198.18.44.10", "198.18.44.11"],
            [],
            "Zuzana Hrušovská",
            "hrusovska@dennikvychod.example",
            "+421905123456",
        ),
    },
    {
        "id": "kb005-odt-university-ipv6",
        "description": "university institute, ODT with an IPv6 production pair and an IPv4 test host",
        "style": Style.ODT,
        "from": "Martin Beneš <benes@vsms.example>",
        "subject": "Žádost o data z voleb pro výzkum",
        "body": "Dobrý den, v příloze je naše žádost ve formátu ODT.\nMartin Beneš\n",
        "attachments": [
            (
                "odt",
                "zadost_VSMS.odt",
                [
                    "Vysoká škola mediálních studií Brno, z. ú.",
                    f"IČO {ICO_VSMS}, Kounicova 10, 602 00 Brno",
                    "Katedra datové žurnalistiky žádá o přístup k XML výstupu výsledků voleb "
                    "pro studentskou volební studovnu, která bude výsledky v noci zpracovávat "
                    "a zveřejňovat.",
                    [
                        ["Účel", "Adresa"],
                        ["produkční server", "2001:db8:40::10"],
                        ["produkční server (záloha)", "2001:db8:40::11"],
                        ["testovací stroj", "198.18.5.5"],
                    ],
                    "Kontakt: doc. Mgr. Martin Beneš, Ph.D., benes@vsms.example, 541 321 654",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Vysoká škola mediálních studií Brno, z. ú.",
            ICO_VSMS,
            None,
            ["2001:db8:40::10", "2001:db8:40::11"],
            ["198.18.5.5"],
            "Martin Beneš",
            "benes@vsms.example",
            "+420541321654",
        ),
    },
    {
        "id": "kb006-cover-corrects-pdf-form",
        "description": "cover note corrects one production address typed wrongly in the PDF form",
        "style": Style.CORRECTION,
        "from": "Vojtěch Podlaha <vojtech.podlaha@podlahamedia.example>",
        "subject": "Formulář – přístup k výsledkům",
        "body": (
            "Dobrý den,\n\nposílám formulář. Jen pozor, v tabulce jsem se překlepl: místo "
            "198.51.100.77 má být 198.51.100.78. Ostatní údaje sedí.\n\n"
            "Díky,\nVojtěch Podlaha\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)",
                    {
                        "rows": [
                            ["Žadatel", "Podlaha Media s.r.o."],
                            ["IČO", ICO_PODLAHA],
                            ["Kontaktní osoba", "Vojtěch Podlaha, jednatel"],
                            ["Telefon", "+420 602 918 044"],
                            ["E-mail", "vojtech.podlaha@podlahamedia.example"],
                            ["IP – ostrý provoz", "198.51.100.77, 198.51.100.79"],
                            ["IP – test", "—"],
                        ],
                        "widths": [150, 300],
                    },
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Podlaha Media s.r.o.",
            ICO_PODLAHA,
            None,
            ["198.51.100.78", "198.51.100.79"],
            [],
            "Vojtěch Podlaha",
            "vojtech.podlaha@podlahamedia.example",
            "+420602918044",
        ),
    },
    {
        "id": "kb007-databox-txt-municipal-filming",
        "description": "town's data message with a short TXT asking to film; switchboard and mobile",
        "style": Style.DATABOX,
        "databox": {
            "box": "q3b8mxe",
            "sender": "Město Kamenná Lhota",
            "address": "Náměstí 1, 538 21 Kamenná Lhota",
            "type": 10,
        },
        "subject": "Natáčení pro Lhotecký zpravodaj",
        "attachments": [
            (
                "txt",
                "zadost_natáčení.txt",
                "Město Kamenná Lhota, IČO " + ICO_LHOTA + "\n\n"
                "Redakce městského zpravodaje by ráda natočila krátký záznam o tom, jak se "
                "na sběrném místě zpracovávají výsledky z okrsků. Prosíme o povolení.\n\n"
                "Vyřizuje: Bc. Lucie Malá, tisková mluvčí\n"
                "ústředna 469 300 100, mobil 724 000 318\n"
                "lucie.mala@kamennalhota.example\n",
            )
        ],
        "labels": L(
            [FILM],
            "Město Kamenná Lhota",
            ICO_LHOTA,
            "q3b8mxe",
            [],
            [],
            "Lucie Malá",
            "lucie.mala@kamennalhota.example",
            "+420724000318",
        ),
    },
    {
        "id": "kb008-english-pdf-foreign-broadcaster",
        "description": "German broadcaster without IČO, English PDF with a range and an IPv6 host",
        "style": Style.PDF,
        "from": "Katrin Vogel <katrin.vogel@nordlicht.example>",
        "subject": "Application: access to election results XML feed",
        "body": "Hello,\nplease find our application attached.\nBest regards,\nKatrin Vogel\n",
        "attachments": [
            (
                "pdf",
                "Nordlicht_application.pdf",
                [
                    "Nordlicht Rundfunk GmbH – Newsdesk Ost\nKarl-Marx-Allee 90, 10243 Berlin",
                    "We would like to receive the live results feed of the Czech parliamentary "
                    "election for our on-air graphics.",
                    {
                        "rows": [
                            ["Production hosts", "Test hosts"],
                            ["203.0.113.10 – 203.0.113.11\n2001:db8:ab::1", "203.0.113.250"],
                        ],
                        "widths": [220, 220],
                    },
                    "Contact person: Katrin Vogel, Head of Broadcast IT\n"
                    "katrin.vogel@nordlicht.example · +49 30 1234 5678",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Nordlicht Rundfunk GmbH",
            None,
            None,
            ["203.0.113.10", "203.0.113.11", "2001:db8:ab::1"],
            ["203.0.113.250"],
            "Katrin Vogel",
            "katrin.vogel@nordlicht.example",
            "+493012345678",
        ),
    },
    {
        "id": "kb009-docx-letterhead-publisher-netmask",
        "description": "DOCX letter: publisher letterhead, title named, signer and a named network "
        "contact, chief editor in copy, an address with a netmask",
        "style": Style.LETTER,
        "from": "Sekretariát Labe Media <sekretariat@labemedia.example>",
        "subject": "Ústecký večerník – žádost o XML výstup",
        "body": "Dobrý den,\nv zastoupení pana předsedy zasíláme žádost v příloze.\n"
        "Sekretariát představenstva\n",
        "attachments": [
            (
                "docx",
                "LabeMedia_zadost.docx",
                {
                    "header": f"Labe Media a.s. | Velká Hradební 8, 400 01 Ústí nad Labem | "
                    f"IČO {ICO_LABE} | DIČ CZ{ICO_LABE}",
                    "footer": "Zapsáno v OR vedeném Krajským soudem v Ústí nad Labem, "
                    "oddíl B, vložka 1744",
                    "blocks": [
                        "Věc: žádost o přístup k XML výstupu výsledků voleb",
                        "Společnost Labe Media a.s., vydavatel deníku Ústecký večerník, žádá "
                        "o zřízení přístupu k výsledkům voleb. Data budou stahována ze síťového "
                        "segmentu 198.51.100.128 s maskou 255.255.255.254 a dále ze serveru "
                        "198.51.100.140. Pro testy použijeme 198.51.100.141.",
                        "Kontaktní osobou ve věci je náš správce sítě Ondřej Pokorný, "
                        "tel. 477 200 315, ondrej.pokorny@labemedia.example.",
                        "S pozdravem\nIng. Karel Šimek\npředseda představenstva",
                        "Na vědomí: Jana Veselá, šéfredaktorka",
                    ],
                },
            )
        ],
        "labels": L(
            [FEED],
            "Labe Media a.s.",
            ICO_LABE,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.140"],
            ["198.51.100.141"],
            "Ondřej Pokorný",
            "ondrej.pokorny@labemedia.example",
            "+420477200315",
        ),
    },
    {
        "id": "kb010-pdf-form-ano-ne-freelancer",
        "description": "freelancer's PDF form: feed ANO, filming NE; one production address",
        "style": Style.FORM,
        "from": "Jiří Kalous <jiri@kalous.example>",
        "subject": "zadost o pristup",
        "body": "Dobrý den, vyplněný formulář v PDF přikládám. Kalous\n",
        "attachments": [
            (
                "pdf",
                "kalous_formular.pdf",
                [
                    "FORMULÁŘ ŽÁDOSTI",
                    {
                        "rows": [
                            ["Jméno / obchodní firma", "Jiří Kalous"],
                            ["IČO", ICO_KALOUS],
                            ["Přístup k XML výstupu", "ANO"],
                            ["Povolení k natáčení", "NE"],
                            ["IP adresa (produkce)", "192.0.2.200"],
                            ["IP adresa (test)", ""],
                            ["Telefon", "00420 739 221 508"],
                            ["E-mail", "jiri@kalous.example"],
                        ],
                        "widths": [170, 260],
                    },
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Jiří Kalous",
            ICO_KALOUS,
            None,
            ["192.0.2.200"],
            [],
            "Jiří Kalous",
            "jiri@kalous.example",
            "+420739221508",
        ),
    },
    {
        "id": "kb011-cover-withdraws-feed-docx",
        "description": "DOCX asks for both, the cover note drops the feed: filming only",
        "style": Style.COVER_NOTE,
        "from": "Hana Jirásková <jiraskova@jizerskatv.example>",
        "subject": "Žádost Jizerská TV",
        "body": (
            "Dobrý den,\n\nv příloze je naše žádost, kterou jsme připravili minulý týden. "
            "Mezitím jsme se dohodli, že výsledky nám dodá partnerská agentura, takže přístup "
            "k XML už nepotřebujeme – žádáme jen o povolení natáčet.\n\n"
            "Hana Jirásková\nprodukce, Jizerská televize\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_JTV.docx",
                {
                    "blocks": [
                        f"Jizerská televize, s.r.o., IČO {ICO_JIZERA}, Palackého 5, Liberec",
                        "Žádáme o:",
                        "1) přístup k XML výstupu výsledků voleb z adresy 203.0.113.150,",
                        "2) povolení natáčet na sběrném místě v Liberci ve volební noc.",
                        "Kontakt: Hana Jirásková, 485 110 220, jiraskova@jizerskatv.example",
                    ]
                },
            )
        ],
        "labels": L(
            [FILM],
            "Jizerská televize, s.r.o.",
            ICO_JIZERA,
            None,
            [],
            [],
            "Hana Jirásková",
            "jiraskova@jizerskatv.example",
            "+420485110220",
        ),
    },
    {
        "id": "kb012-html-cover-odt-ipv6-block",
        "description": "HTML-only cover note that says little; ODT with an IPv6 /127 block",
        "style": Style.HTML,
        "from": "Kamila Šťastná <kamila.stastna@tvpodbeskydi.example>",
        "subject": "žádost",
        "html": "<html><body><p>Dobrý den,</p><p>zasíláme žádost (viz příloha).</p>"
        "<p>Děkuji, Kamila</p></body></html>",
        "attachments": [
            (
                "odt",
                "TVP_zadost.odt",
                [
                    f"TV Podbeskydí s.r.o. (IČO {ICO_PODBESKYDI})",
                    "Frýdek-Místek, 28. října 1600",
                    "Žádáme o přístup k XML výstupu výsledků voleb. Naše vysílací pracoviště "
                    "přijímá data na IPv6 rozsahu 2001:db8:77::/127. Testovací prostředí "
                    "nemáme.",
                    "Za TV Podbeskydí: Kamila Šťastná, vedoucí zpravodajství, "
                    "kamila.stastna@tvpodbeskydi.example, tel. 558 430 912",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "TV Podbeskydí s.r.o.",
            ICO_PODBESKYDI,
            None,
            ["2001:db8:77::", "2001:db8:77::1"],
            [],
            "Kamila Šťastná",
            "kamila.stastna@tvpodbeskydi.example",
            "+420558430912",
        ),
    },
    {
        "id": "kb013-txt-key-value-range",
        "description": "technician's key=value TXT with a written range and a test host",
        "style": Style.TXT,
        "from": "admin@radiokrokus.example",
        "subject": "volby - pristup k feedu",
        "body": "viz priloha\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "zadatel = Radio Krokus, z.s.\n"
                f"ico = {ICO_KROKUS}\n"
                "pozadavek = pristup k XML vysledkum voleb\n"
                "produkce = 198.18.10.1 az 198.18.10.3\n"
                "test = 198.18.20.1\n"
                "kontakt = Pavel Hrubes\n"
                "tel = +420 776 54 32 10\n"
                "mail = admin@radiokrokus.example\n",
            )
        ],
        "labels": L(
            [FEED],
            "Radio Krokus, z.s.",
            ICO_KROKUS,
            None,
            ["198.18.10.1", "198.18.10.2", "198.18.10.3"],
            ["198.18.20.1"],
            "Pavel Hrubes",
            "admin@radiokrokus.example",
            "+420776543210",
        ),
    },
    {
        "id": "kb014-databox-docx-both",
        "description": "agency's data message with a DOCX asking for the feed and for filming",
        "style": Style.DATABOX,
        "databox": {
            "box": "z2tr9kp",
            "sender": "Agentura Zprávy Střed, s.r.o.",
            "address": "Pražská 12, 370 01 České Budějovice",
        },
        "subject": "Žádost – XML výsledky a natáčení",
        "attachments": [
            (
                "docx",
                "AZS_volby.docx",
                {
                    "blocks": [
                        "Agentura Zprávy Střed, s.r.o.",
                        f"IČO: {ICO_STRED}",
                        "Dobrý den,",
                        "pro naše odběratele z regionálních médií chceme o volební noci "
                        "zpracovávat průběžné výsledky. Prosíme proto o přístup k XML výstupu "
                        "pro servery 192.0.2.61 a 192.0.2.62; testovat budeme ze 192.0.2.70.",
                        "Současně žádáme o povolení, aby náš fotograf a kameraman mohli "
                        "pořídit záznam na sběrném místě v Českých Budějovicích.",
                        "Kontaktní osoba: Veronika Holubová, +420 387 001 442, "
                        "holubova@zpravystred.example",
                        "Veronika Holubová\nředitelka",
                    ]
                },
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Agentura Zprávy Střed, s.r.o.",
            ICO_STRED,
            "z2tr9kp",
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.70"],
            "Veronika Holubová",
            "holubova@zpravystred.example",
            "+420387001442",
        ),
    },
]
