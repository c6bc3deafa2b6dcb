"""Eleventh held-out part ``eb``, cases eb001–eb014: forms, letterheads, host spreadsheets and
data-box messages (written by hand, issue 18)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.corpus.eleventh_eb_common import BOTH, FEED, REC, L, Style, ico

ICO_JIHLAVA = ico("2650193")
ICO_TVM = ico("4418820")
ICO_KOMPAS = ico("2719455")
ICO_VSZM = ico("0557312")
ICO_VYCHOD = ico("5120447")
ICO_KLADNO = ico("0023462")
ICO_DATAFON = ico("0881236")
ICO_POLABI = ico("2693017")
ICO_VALASSKO = ico("0604711")
ICO_KRKONOSE = ico("2547780")
ICO_OBZOR = ico("0736159")
ICO_MALA = ico("0721094")
ICO_HANA = ico("2780642")

EB001: dict[str, Any] = {
    "id": "eb001-docx-form-ticked-feed-unticked-filming",
    "description": "a one-line cover note; the DOCX form ticks feed access and leaves filming "
    "unticked; the address table has a backup row",
    "style": Style.FORM,
    "from": "Redakce Jihlavské listy <redakce@jihlavskelisty.example>",
    "subject": "formulář – volby",
    "body": "Dobrý den,\nv příloze posíláme vyplněný formulář.\n\nredakce JL\n",
    "attachments": [
        (
            "docx",
            "formular_JL.docx",
            {
                "header": "Žádost médií – volby do Poslanecké sněmovny",
                "blocks": [
                    "FORMULÁŘ ŽÁDOSTI",
                    {
                        "rows": [
                            ["Žadatel (název a právní forma)", "Jihlavské listy s.r.o."],
                            ["IČO", ICO_JIHLAVA],
                            ["Sídlo", "Masarykovo nám. 14, 586 01 Jihlava"],
                        ]
                    },
                    "Předmět žádosti (zaškrtněte):",
                    {
                        "rows": [
                            ["☒", "přístup k výsledkům ve formátu XML (vyhrazený server)"],
                            ["☐", "povolení k pořizování záznamu ve sběrném místě"],
                        ]
                    },
                    {
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["ostrý provoz", "198.51.100.61", "redakční server"],
                            ["ostrý provoz", "198.51.100.62", "záloha"],
                            ["test", "198.51.100.90", ""],
                        ]
                    },
                    "Kontaktní osoba: Radek Pospíšil, tel. 736 112 908, "
                    "e-mail pospisil@jihlavskelisty.example",
                    "V Jihlavě dne 15. 1.        Radek Pospíšil",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Jihlavské listy s.r.o.",
        ICO_JIHLAVA,
        None,
        ["198.51.100.61", "198.51.100.62"],
        ["198.51.100.90"],
        "Radek Pospíšil",
        "pospisil@jihlavskelisty.example",
        "+420736112908",
    ),
}

EB002: dict[str, Any] = {
    "id": "eb002-pdf-letterhead-assistant-sends-it-head-is-contact",
    "description": "an assistant mails a PDF letter on a letterhead (IČO, DIČ, data box, "
    "switchboard); the director signs, the head of IT is named the contact",
    "style": Style.ATTACHMENT,
    "from": "Lenka Vávrová <vavrova@tvmorava.example>",
    "subject": "Žádost Televize Morava – přístup k výsledkům voleb",
    "body": (
        "Dobrý den,\n\nna pokyn pana generálního ředitele Vám zasílám v příloze žádost naší "
        "společnosti.\nPřípadné dotazy technického rázu prosím směřujte přímo na pana "
        "Kratochvíla.\n\nS pozdravem\n\nIng. Lenka Vávrová\nasistentka generálního ředitele\n"
        "Televize Morava a.s.\n"
    ),
    "attachments": [
        (
            "pdf",
            "zadost_TVM_volby.pdf",
            [
                "<b>Televize Morava a.s.</b><br/>Horní náměstí 27, 779 00 Olomouc<br/>"
                f"IČO: {ICO_TVM} | DIČ: CZ{ICO_TVM} | ID DS: tvm4k2p<br/>"
                "Tel. ústředna: +420 585 200 100 | www.tvmorava.example",
                "Český statistický úřad<br/>Na padesátém 81<br/>100 82 Praha 10",
                "V Olomouci dne 14. ledna",
                "<b>Věc: žádost o zřízení přístupu k datům o průběžných výsledcích voleb</b>",
                "Vážení,<br/>dovolujeme si Vás požádat o zřízení přístupu k serveru s výsledky "
                "ve formátu XML pro naši zpravodajskou redakci. Data budou z našich serverů "
                "stahována z těchto adres:",
                {
                    "rows": [
                        [
                            "produkční prostředí",
                            "203.0.113.101<br/>203.0.113.102<br/>203.0.113.103",
                        ],
                        ["testovací prostředí", "203.0.113.150<br/>203.0.113.151"],
                    ],
                    "widths": [160, 200],
                },
                "Kontaktní osobou pro technické záležitosti je vedoucí oddělení IT pan Pavel "
                "Kratochvíl, e-mail pavel.kratochvil@tvmorava.example, mobil +420 604 551 273.",
                "S úctou<br/><br/>Mgr. Ondřej Šimek<br/>generální ředitel",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Televize Morava a.s.",
        ICO_TVM,
        "tvm4k2p",
        ["203.0.113.101", "203.0.113.102", "203.0.113.103"],
        ["203.0.113.150", "203.0.113.151"],
        "Pavel Kratochvíl",
        "pavel.kratochvil@tvmorava.example",
        "+420604551273",
    ),
}

EB003: dict[str, Any] = {
    "id": "eb003-xlsx-host-inventory-three-sheets",
    "description": "a spreadsheet of hosts with a role column (produkce, záloha, test) and the "
    "contact on another sheet; the sender is not the contact",
    "style": Style.ATTACHMENT,
    "from": "Tomáš Bureš <bures@kompas-agentura.example>",
    "subject": "podklady pro přístup na výsledkový server",
    "body": (
        "Dobrý den,\n\nposílám tabulku s údaji pro přístup na Váš server s výsledky voleb. "
        "Kontaktní osobou je kolegyně uvedená na listu Kontakt, já jsem jen sestavil seznam "
        "strojů.\n\nT. Bureš\nZpravodajská agentura Kompas\n"
    ),
    "attachments": [
        (
            "xlsx",
            "kompas_hosts.xlsx",
            [
                {
                    "title": "Žadatel",
                    "rows": [
                        ["Název", "Zpravodajská agentura Kompas, a.s."],
                        ["IČO", ICO_KOMPAS],
                        ["Sídlo", "Vinohradská 190, 130 00 Praha 3"],
                        ["Požadujeme", "přístup k XML výsledkům"],
                    ],
                },
                {
                    "title": "Servery",
                    "rows": [
                        ["Hostname", "IP adresa", "Role", "Lokalita"],
                        ["feed-prod-01", "198.18.20.11", "produkce", "DC Chodov"],
                        ["feed-prod-02", "198.18.20.12", "produkce", "DC Chodov"],
                        ["feed-bkp", "198.18.21.5", "záloha", "DC Brno"],
                        ["feed-stg", "198.18.30.7", "test", "DC Chodov"],
                    ],
                },
                {
                    "title": "Kontakt",
                    "rows": [
                        ["Jméno", "E-mail", "Telefon"],
                        ["Veronika Hájková", "hajkova@kompas-agentura.example", "+420 222 871 455"],
                    ],
                },
            ],
        )
    ],
    "labels": L(
        FEED,
        "Zpravodajská agentura Kompas, a.s.",
        ICO_KOMPAS,
        None,
        ["198.18.20.11", "198.18.20.12", "198.18.21.5"],
        ["198.18.30.7"],
        "Veronika Hájková",
        "hajkova@kompas-agentura.example",
        "+420222871455",
    ),
}

EB004: dict[str, Any] = {
    "id": "eb004-databox-university-pdf-office-box-in-letter",
    "description": "a data message from a university with a PDF letter that prints the office's "
    "data box as the addressee; test addresses as a /31; the dean signs, a lecturer is contact",
    "style": Style.DATABOX,
    "databox": {
        "box": "vsz8m3q",
        "sender": "Vysoká škola žurnalistiky a médií, z. ú.",
        "address": "Hradební 5, 301 00 Plzeň",
    },
    "subject": "Žádost o přístup k výsledkům voleb – studentská redakce",
    "attachments": [
        (
            "pdf",
            "zadost_VSZM.pdf",
            [
                "Vysoká škola žurnalistiky a médií, z. ú.<br/>Hradební 5, 301 00 Plzeň<br/>"
                f"IČO {ICO_VSZM}",
                "Adresát: Český statistický úřad, ID DS 2gfaasy",
                "Věc: Žádost o zřízení přístupu k volebním výsledkům",
                "Naše studentská redakce Plzeňský puls bude během voleb provozovat živé "
                "zpravodajství a ráda by čerpala data přímo z Vašeho serveru. Pro ostrý provoz "
                "budeme používat adresy 192.0.2.33 a 192.0.2.34, pro testování blok "
                "192.0.2.40/31.",
                "Kontaktní osoba: Mgr. Jakub Vlček, jakub.vlcek@vszm.example, tel. 377 114 620",
                "doc. PhDr. Alena Kořínková, Ph.D.<br/>děkanka",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Vysoká škola žurnalistiky a médií, z. ú.",
        ICO_VSZM,
        "vsz8m3q",
        ["192.0.2.33", "192.0.2.34"],
        ["192.0.2.40", "192.0.2.41"],
        "Jakub Vlček",
        "jakub.vlcek@vszm.example",
        "+420377114620",
    ),
}

EB005: dict[str, Any] = {
    "id": "eb005-slovak-odt-cidr-production",
    "description": "a Slovak application in ODT: production as a /30, one test address, "
    "a Slovak mobile",
    "style": Style.SLOVAK,
    "from": "Marek Hudák <hudak@vychodne-noviny.example>",
    "subject": "Žiadosť o prístup k výsledkom volieb",
    "body": "Dobrý deň,\n\nv prílohe posielame našu žiadosť.\n\nS pozdravom\nMarek Hudák\n",
    "attachments": [
        (
            "odt",
            "ziadost.odt",
            [
                "Žiadosť o prístup k výsledkom volieb vo formáte XML",
                f"Žiadateľ: Východné noviny, s. r. o., Hlavná 88, 040 01 Košice, IČO: {ICO_VYCHOD}",
                "Žiadame o sprístupnenie priebežných výsledkov pre naše spravodajstvo.",
                [
                    ["Účel", "IP adresa"],
                    ["ostrá prevádzka", "203.0.113.64/30"],
                    ["testovanie", "203.0.113.200"],
                ],
                "Kontaktná osoba: Marek Hudák, e-mail hudak@vychodne-noviny.example, "
                "tel. +421 905 331 482",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Východné noviny, s. r. o.",
        ICO_VYCHOD,
        None,
        ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
        ["203.0.113.200"],
        "Marek Hudák",
        "hudak@vychodne-noviny.example",
        "+421905331482",
    ),
}

EB006: dict[str, Any] = {
    "id": "eb006-rtf-municipal-filming-declines-feed",
    "description": "a town's newsroom asks in RTF to film at a collection point and says it "
    "does not want the data feed; the crew table names a cameraman; switchboard and mobile",
    "style": Style.RECORDING,
    "from": "Hana Štěpánková <stepankova@mestokladno.example>",
    "subject": "Žádost o povolení natáčení – sběrné místo Kladno",
    "body": (
        "Dobrý den,\nzasílám žádost o povolení natáčení, podepsanou.\nDěkuji, Hana Štěpánková\n"
    ),
    "attachments": [
        (
            "rtf",
            "zadost_natáčení.rtf",
            [
                "Statutární město Kladno\nodbor komunikace – redakce Kladenského zpravodaje\n"
                f"náměstí Starosty Pavla 44, 272 01 Kladno, IČO {ICO_KLADNO}",
                "Věc: žádost o povolení pořídit videozáznam ve sběrném místě",
                "Žádáme o povolení natočit krátkou reportáž o převzetí výsledků ve sběrném "
                "místě v Kladně v sobotu odpoledne. O přístup k XML datům letos nežádáme, "
                "výsledky budeme přebírat z veřejného webu.",
                [
                    ["Jméno", "Funkce"],
                    ["Lukáš Beneš", "kameraman"],
                    ["Hana Štěpánková", "redaktorka"],
                ],
                "Kontakt: Bc. Hana Štěpánková, vedoucí redakce, mobil 728 440 915, "
                "stepankova@mestokladno.example (ústředna magistrátu 312 604 111)",
            ],
        )
    ],
    "labels": L(
        REC,
        "Statutární město Kladno",
        ICO_KLADNO,
        None,
        [],
        [],
        "Hana Štěpánková",
        "stepankova@mestokladno.example",
        "+420728440915",
    ),
}

EB007: dict[str, Any] = {
    "id": "eb007-txt-technician-versions-and-netmask",
    "description": "a terse text file with software versions next to the addresses, an IPv6 "
    "production address and a test address with a netmask (a /30)",
    "style": Style.LOOKALIKES,
    "from": "Filip Zeman <zeman@datafon.example>",
    "subject": "pristup XML",
    "body": "viz priloha\n\n-- \nFilip Zeman, NOC\n",
    "attachments": [
        (
            "txt",
            "zadost.txt",
            "ZADOST - pristup k XML vysledkum voleb\n"
            f"zadatel: DATAFON media s.r.o., ICO {ICO_DATAFON}\n"
            "server: Debian 12.4, nginx 1.24.0, klient feedsync 3.1.2.7\n"
            "prod: 2001:db8:4c0::10\n"
            "prod: 192.0.2.120\n"
            "test: 192.0.2.124 mask 255.255.255.252\n"
            "kontakt: Filip Zeman / +420.604.881.302 / zeman@datafon.example\n",
        )
    ],
    "labels": L(
        FEED,
        "DATAFON media s.r.o.",
        ICO_DATAFON,
        None,
        ["2001:db8:4c0::10", "192.0.2.120"],
        ["192.0.2.124", "192.0.2.125", "192.0.2.126", "192.0.2.127"],
        "Filip Zeman",
        "zeman@datafon.example",
        "+420604881302",
    ),
}

EB008: dict[str, Any] = {
    "id": "eb008-cover-note-corrects-docx-test-address",
    "description": "the DOCX letter gives a test address the cover note says is a typo and "
    "replaces",
    "style": Style.CORRECTION,
    "from": "Jiří Musil <musil@polabi-tv.example>",
    "subject": "žádost o přístup – Regionální vysílání Polabí",
    "body": (
        "Dobrý den,\n\nposílám žádost o přístup k výsledkům. Až po podpisu jsem si všiml, že "
        "v ní je u testovací adresy překlep: správně má být 198.51.100.144, ne 198.51.100.40. "
        "Produkční adresy jsou v pořádku.\n\nDíky\nJiří Musil\n"
    ),
    "attachments": [
        (
            "docx",
            "Zadost_Polabi.docx",
            {
                "header": f"Regionální vysílání Polabí, s.r.o. · IČO {ICO_POLABI} · "
                "Pernštýnské nám. 3, Pardubice",
                "blocks": [
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Žádáme o zřízení přístupu k výsledkovému serveru. Stahovat budeme z "
                    "produkčních adres 198.51.100.140 a 198.51.100.141, testovat z adresy "
                    "198.51.100.40.",
                    "Kontaktní osoba: Jiří Musil, musil@polabi-tv.example, +420 466 799 012",
                    "Jiří Musil, technický ředitel",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Regionální vysílání Polabí, s.r.o.",
        ICO_POLABI,
        None,
        ["198.51.100.140", "198.51.100.141"],
        ["198.51.100.144"],
        "Jiří Musil",
        "musil@polabi-tv.example",
        "+420466799012",
    ),
}

EB009: dict[str, Any] = {
    "id": "eb009-english-pdf-foreign-broadcaster-dual-stack",
    "description": "a Norwegian broadcaster (organisation number, no IČO) sends an English PDF "
    "with a purpose/address table mixing IPv4 and IPv6 for both roles",
    "style": Style.ENGLISH,
    "from": "Ingrid Solberg <ingrid.solberg@nordlys.example>",
    "subject": "Election results feed - access request (Nordlys)",
    "body": (
        "Dear colleagues,\n\nplease find attached our request for access to the election "
        "results feed. I am happy to answer any questions.\n\nBest regards,\nIngrid Solberg\n"
    ),
    "attachments": [
        (
            "pdf",
            "Nordlys_access_request.pdf",
            [
                "<b>Nordlys Kringkasting AS</b><br/>Storgata 12, 9008 Tromsø, Norway<br/>"
                "Org. nr. 987 654 321",
                "<b>Request for access to the election results XML service</b>",
                "Nordlys Kringkasting AS covers the Czech elections for its Nordic audience and "
                "asks for access to the results service from the following hosts:",
                {
                    "rows": [
                        ["Purpose", "Address", "Notes"],
                        ["Production (primary)", "198.18.77.10", "Oslo"],
                        ["Production (secondary)", "2001:db8:77::10", "Oslo"],
                        ["Test / staging", "198.18.77.200", ""],
                        ["Test / staging", "2001:db8:77::200", ""],
                    ],
                    "widths": [150, 150, 80],
                },
                "Contact: Ingrid Solberg, Head of Data Desk, ingrid.solberg@nordlys.example, "
                "phone +47 913 40 522",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Nordlys Kringkasting AS",
        None,
        None,
        ["198.18.77.10", "2001:db8:77::10"],
        ["198.18.77.200", "2001:db8:77::200"],
        "Ingrid Solberg",
        "ingrid.solberg@nordlys.example",
        "+4791340522",
    ),
}

EB010: dict[str, Any] = {
    "id": "eb010-databox-addresses-in-annotation-contact-in-txt",
    "description": "a data message whose annotation carries both addresses; the attached text "
    "only names the contact and refers to the annotation",
    "style": Style.DATABOX,
    "databox": {
        "box": "dh7q2we",
        "sender": "Deník Haná, s.r.o.",
        "address": "Palackého 9, 796 01 Prostějov",
    },
    "subject": "Přístup k výsledkům voleb (XML) – ostrá 192.0.2.150, test 192.0.2.151",
    "attachments": [
        (
            "txt",
            "pruvodni_dopis.txt",
            "Dobrý den,\r\n\r\nžádáme o zřízení přístupu k výsledkům voleb ve formátu XML. "
            "IP adresy uvádíme v anotaci této zprávy.\r\n\r\n"
            "Kontaktní osoba: Petra Zbořilová, tel. 585 311 920, zborilova@denikhana.example\r\n"
            "\r\n"
            f"Za společnost Deník Haná, s.r.o. (IČO {ICO_HANA})\r\nPetra Zbořilová\r\n",
        )
    ],
    "labels": L(
        FEED,
        "Deník Haná, s.r.o.",
        ICO_HANA,
        "dh7q2we",
        ["192.0.2.150"],
        ["192.0.2.151"],
        "Petra Zbořilová",
        "zborilova@denikhana.example",
        "+420585311920",
    ),
}

_EB011_INNER: dict[str, Any] = {
    "id": "eb011-original",
    "date": datetime(2025, 1, 11, 14, 12, 5, tzinfo=UTC),
    "from": "Martin Šrámek <sramek@hlasvalasska.example>",
    "subject": "Žádost o přístup k XML – Hlas Valašska",
    "body": "Dobrý den,\n\nv příloze posílám naši žádost o přístup k datům.\n\nMartin Šrámek\n",
    "attachments": [
        (
            "docx",
            "zadost_HV.docx",
            {
                "blocks": [
                    f"Hlas Valašska s.r.o., Smetanova 1, 755 01 Vsetín, IČO {ICO_VALASSKO}",
                    "Žádost o přístup k výsledkům voleb",
                    {"rows": [["IP adresa pro ostrý provoz", "203.0.113.70"]]},
                    "Testovací adresu nemáme.",
                    "Kontakt: Martin Šrámek, šéfredaktor, sramek@hlasvalasska.example, "
                    "tel. 571 411 288",
                ]
            },
        )
    ],
}

EB011: dict[str, Any] = {
    "id": "eb011-forward-own-docx-adds-filming",
    "description": "the applicant forwards his own earlier mail with a DOCX application for the "
    "feed and adds a request to film in the new text",
    "style": Style.FORWARD_OWN,
    "from": "Martin Šrámek <sramek@hlasvalasska.example>",
    "subject": "Fwd: Žádost o přístup k XML – Hlas Valašska",
    "body": (
        "Dobrý den,\n\npřeposílám naši žádost z minulého týdne, na kterou jsme zatím nedostali "
        "odpověď. Zároveň bychom rádi požádali i o povolení natáčet ve sběrném místě ve "
        "Vsetíně, náš kameraman by přijel v sobotu dopoledne.\n\nMartin Šrámek\nšéfredaktor\n"
    ),
    "attachments": [("eml", "Zadost o pristup k XML.eml", _EB011_INNER)],
    "labels": L(
        BOTH,
        "Hlas Valašska s.r.o.",
        ICO_VALASSKO,
        None,
        ["203.0.113.70"],
        [],
        "Martin Šrámek",
        "sramek@hlasvalasska.example",
        "+420571411288",
    ),
}

EB012: dict[str, Any] = {
    "id": "eb012-outlook-1250-xlsx-with-cancelled-address",
    "description": "Outlook in windows-1250; the spreadsheet has a status column and one "
    "production address marked as no longer used",
    "style": Style.OUTLOOK,
    "from": '"Hlaváček Zdeněk" <hlavacek@radiokrkonose.example>',
    "subject": "adresy pro volby",
    "charset": "windows-1250",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": (
        "Dobrý den,\r\n\r\nv příloze posíláme seznam adres pro letošní volby. Oproti minulému "
        "roku jsme jednu adresu zrušili, v tabulce je označena.\r\n\r\nIng. Zdeněk Hlaváček\r\n"
        "správa sítě, Rádio Krkonoše, s.r.o.\r\n"
        f"IČO {ICO_KRKONOSE}\r\ntel. 499 318 506\r\n"
    ),
    "html": (
        '<html><body><p class="MsoNormal">Dobrý den,</p><p class="MsoNormal">v příloze '
        "posíláme seznam adres pro letošní volby. Oproti minulému roku jsme jednu adresu "
        'zrušili, v tabulce je označena.</p><p class="MsoNormal">Ing. Zdeněk Hlaváček<br>'
        f"správa sítě, Rádio Krkonoše, s.r.o.<br>IČO {ICO_KRKONOSE}<br>tel. 499 318 506</p>"
        "</body></html>"
    ),
    "attachments": [
        (
            "xlsx",
            "adresy_2026.xlsx",
            [
                {
                    "title": "Adresy",
                    "rows": [
                        ["Stav", "Typ", "IP"],
                        ["aktivní", "produkční", "198.51.100.201"],
                        ["aktivní", "produkční", "198.51.100.202"],
                        ["zrušeno – již nepoužíváme", "produkční", "198.51.100.17"],
                        ["aktivní", "testovací", "198.51.100.230"],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        FEED,
        "Rádio Krkonoše, s.r.o.",
        ICO_KRKONOSE,
        None,
        ["198.51.100.201", "198.51.100.202"],
        ["198.51.100.230"],
        "Zdeněk Hlaváček",
        "hlavacek@radiokrkonose.example",
        "+420499318506",
    ),
}

EB013: dict[str, Any] = {
    "id": "eb013-signed-mail-pdf-form-bracket-ticks-both",
    "description": "an S/MIME-signed mail with a PDF form ticking both requests in brackets; "
    "no test addresses (a dash)",
    "style": Style.FORM,
    "smime": True,
    "from": "Klára Nováková <klara.novakova@obzormedia.example>",
    "subject": "Formulář žádosti – Obzor Media Group",
    "body": "Dobrý den, přikládám vyplněný formulář.\nKlára Nováková\n",
    "attachments": [
        (
            "pdf",
            "formular_obzor.pdf",
            [
                "<b>Žádost média o přístup k volebním výsledkům a o povolení záznamu</b>",
                {
                    "rows": [
                        ["Žadatel", "Obzor Media Group a.s."],
                        ["IČO", ICO_OBZOR],
                        ["Adresa", "Karlovo nám. 10, 120 00 Praha 2"],
                    ],
                    "widths": [120, 260],
                },
                "[X] přístup k datovému rozhraní (XML) volebních výsledků<br/>"
                "[X] povolení k pořizování obrazových a zvukových záznamů ve sběrném místě",
                {
                    "rows": [
                        ["Produkční IP adresy", "192.0.2.200, 192.0.2.201"],
                        ["Testovací IP adresy", "—"],
                    ],
                    "widths": [120, 260],
                },
                "Kontaktní osoba: Klára Nováková, klara.novakova@obzormedia.example, "
                "+420 777 301 655",
            ],
        )
    ],
    "labels": L(
        BOTH,
        "Obzor Media Group a.s.",
        ICO_OBZOR,
        None,
        ["192.0.2.200", "192.0.2.201"],
        [],
        "Klára Nováková",
        "klara.novakova@obzormedia.example",
        "+420777301655",
    ),
}

EB014: dict[str, Any] = {
    "id": "eb014-databox-freelancer-filming-docx",
    "description": "a freelance documentary maker's own data box (a natural person in "
    "business) with a DOCX asking only to film",
    "style": Style.DATABOX,
    "databox": {
        "box": "fz3n8ka",
        "sender": "Tereza Malá",
        "address": "Klokotská 112, 390 01 Tábor",
        "type": 30,
    },
    "subject": "Žádost o povolení natáčení",
    "attachments": [
        (
            "docx",
            "natáčení_Tábor.docx",
            {
                "blocks": [
                    f"Tereza Malá, nezávislá dokumentaristka, IČO {ICO_MALA}, ID datové schránky fz3n8ka",
                    "Žádám o povolení natáčet ve sběrném místě v Táboře během přebírání "
                    "výsledků, pro dokumentární film o volební noci v regionu. Natáčet budu sama "
                    "s jednou kamerou, bez světel.",
                    "Kontakt: tel. +420 608 23 45 17, tereza.mala@dokumenty.example",
                    "Tereza Malá",
                ]
            },
        )
    ],
    "labels": L(
        REC,
        "Tereza Malá",
        ICO_MALA,
        "fz3n8ka",
        [],
        [],
        "Tereza Malá",
        "tereza.mala@dokumenty.example",
        "+420608234517",
    ),
}

CASES = [
    EB001,
    EB002,
    EB003,
    EB004,
    EB005,
    EB006,
    EB007,
    EB008,
    EB009,
    EB010,
    EB011,
    EB012,
    EB013,
    EB014,
]
