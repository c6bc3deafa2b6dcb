"""Ninth held-out part, prefix ``w``, cases w029–w042: attachments, forms and data-box
messages, written by hand apart from the extraction rules (never tune against them)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_POL = ico("2764418")
ICO_ZCU = ico("0049777")
ICO_HOR = ico("2815532")
ICO_NOV = ico("0612409")
ICO_SME = ico("0733051")
ICO_VLT = ico("4928573")
ICO_DNV = ico("2590046")
ICO_VCH = ico("0187734")
ICO_TIS = ico("2673395")
ICO_SKM = ico("0842771")
ICO_JSK = ico("2577060")
ICO_KRM = ico("4787015")

_OWN_EARLIER: dict[str, Any] = {
    "id": "w040-inner",
    "from": "Marek Pospíšil <pospisil@tiskovkaostrava.example>",
    "to": "podatelna@czso.cz",
    "subject": "Žádost o přístup k XML výsledkům – Tisková kancelář Ostrava",
    "body": (
        "Dobrý den,\n\nTisková kancelář Ostrava, s.r.o. (IČO "
        + ICO_TIS
        + ") žádá o přístup k XML výsledkům voleb. Údaje v přiložené textovce.\n\n"
        "Marek Pospíšil\n"
    ),
    "attachments": [
        (
            "txt",
            "udaje.txt",
            "ostre: 198.51.100.88, 198.51.100.89\ntest: 198.51.100.90\n"
            "kontakt: Marek Pospisil, pospisil@tiskovkaostrava.example, 596 111 240\n",
        )
    ],
}

CASES: list[dict[str, Any]] = [
    {
        "id": "w029-reply-to-office-with-corrected-xlsx",
        "description": "reply to the office's request for completion quoting its signature,"
        " with a completed XLSX",
        "style": "reply-quoting-office",
        "from": "Tereza Vaňková <vankova@polabskydenik.example>",
        "subject": "Re: Doplnění žádosti – chybí testovací adresy",
        "body": (
            "Dobrý den, paní magistro,\n\nv příloze posílám doplněnou tabulku, testovací adresa"
            " je tam nově na druhém řádku. Produkční zůstává stejná.\n\nTereza Vaňková\n"
            f"Polabský deník, a.s., IČO {ICO_POL}\ntel. 466 051 372\n\n"
            "> Dobrý den,\n> k vyřízení Vaší žádosti prosíme o doplnění testovací IP adresy.\n"
            "> \n> Mgr. Kateřina Dvořáčková\n> Český statistický úřad\n> IČO 00025593,"
            " ID DS 2gfaasy\n> tel. +420 274 052 733\n"
        ),
        "attachments": [
            (
                "xlsx",
                "polabsky_denik_IP.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["typ", "adresa", "maska"],
                            ["produkční", "203.0.113.128", "255.255.255.254"],
                            ["testovací", "203.0.113.140", "255.255.255.255"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Polabský deník, a.s.",
            ICO_POL,
            None,
            ["203.0.113.128", "203.0.113.129"],
            ["203.0.113.140"],
            "Tereza Vaňková",
            "vankova@polabskydenik.example",
            "+420466051372",
        ),
    },
    {
        "id": "w030-databox-odt-university-both",
        "description": "university data message with an ODT asking for the feed and for filming",
        "style": "databox-message",
        "databox": {
            "box": "zc4un8b",
            "sender": "Západočeská akademie, vysoká škola",
            "address": "Plzeň",
        },
        "subject": "Žádost katedry mediálních studií",
        "attachments": [
            (
                "odt",
                "zadost_katedra.odt",
                [
                    "Západočeská akademie, vysoká škola – katedra mediálních studií",
                    f"IČ {ICO_ZCU}",
                    "Katedra žádá (1) o přístup k výsledkům voleb ve formátu XML a (2) o povolení"
                    " natáčet studentský dokument ve sběrném místě v Plzni.",
                    [
                        ["Server", "Role"],
                        ["198.18.90.30", "produkční"],
                        ["198.18.90.31", "testovací"],
                    ],
                    "Kontaktní osoba: doc. PhDr. Iveta Šlajsová, Ph.D.,"
                    " slajsova@zc-akademie.example, +420 377 633 905",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Západočeská akademie, vysoká škola",
            ICO_ZCU,
            "zc4un8b",
            ["198.18.90.30"],
            ["198.18.90.31"],
            "Iveta Šlajsová",
            "slajsova@zc-akademie.example",
            "+420377633905",
        ),
    },
    {
        "id": "w031-html-table-outlook-pdf-signature-only",
        "description": "the addresses are in an HTML table, the PDF is only a signed scan note",
        "style": "html-table",
        "charset": "windows-1250",
        "from": "Horácko Media s.r.o. <it@horackomedia.example>",
        "subject": "Žádost o přístup k volebním výsledkům",
        "body": (
            "Dobrý den,\r\nžádáme o přístup k XML výsledkům.\r\n\r\n"
            "Role | IP\r\nostrý | 192.0.2.60\r\nostrý | 192.0.2.61\r\ntest | 192.0.2.62\r\n\r\n"
            "Josef Kratochvíl, 566 620 119\r\n"
        ),
        "html": (
            '<html><body><p class="MsoNormal">Dobrý den,<br>žádáme o přístup k XML výsledkům.</p>'
            '<table border="1"><tr><th>Role</th><th>IP</th></tr>'
            "<tr><td>ostrý</td><td>192.0.2.60</td></tr><tr><td>ostrý</td><td>192.0.2.61</td></tr>"
            "<tr><td>test</td><td>192.0.2.62</td></tr></table>"
            '<p class="MsoNormal">Josef Kratochvíl, 566 620 119</p></body></html>'
        ),
        "attachments": [
            (
                "pdf",
                "podpis.pdf",
                [
                    f"Horácko Media s.r.o., IČO {ICO_HOR}",
                    "Potvrzujeme žádost zaslanou e-mailem dne 8. 9. 2025.",
                    "Ing. Josef Kratochvíl, jednatel",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Horácko Media s.r.o.",
            ICO_HOR,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Josef Kratochvíl",
            "it@horackomedia.example",
            "+420566620119",
        ),
    },
    {
        "id": "w032-english-two-liner-docx-ipv6-block",
        "description": "two-line English note, DOCX with an IPv6 /127 for production",
        "style": "two-line-note",
        "from": "ops@nordlys-media.example",
        "subject": "CZSO feed",
        "body": "Hi, request attached. Thanks.\n-- ops, Nordlys Media AS\n",
        "attachments": [
            (
                "docx",
                "request.docx",
                {
                    "blocks": [
                        "Nordlys Media AS (Oslo, Norway) requests access to the XML election"
                        " results service.",
                        "Production: 2001:db8:9c::10/127",
                        "Test: none",
                        "Contact: Ingrid Solberg, +47 22 41 60 08, ops@nordlys-media.example",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Nordlys Media AS",
            None,
            None,
            ["2001:db8:9c::10", "2001:db8:9c::11"],
            [],
            "Ingrid Solberg",
            "ops@nordlys-media.example",
            "+4722416008",
        ),
    },
    {
        "id": "w033-databox-rtf-drops-filming",
        "description": "data message, the RTF letter says filming was considered but dropped",
        "style": "databox-message",
        "databox": {"box": "nv5dk7t", "sender": "Novinky Dolní Kraj s.r.o.", "address": "Znojmo"},
        "subject": "Přístup k výsledkům voleb",
        "attachments": [
            (
                "rtf",
                "dopis.rtf",
                [
                    f"Novinky Dolní Kraj s.r.o.\nIČO {ICO_NOV}\nZnojmo",
                    "Žádáme o přístup k XML datům s výsledky voleb z adres 203.0.113.14"
                    " (ostrý provoz) a 203.0.113.15 (test).",
                    "Původně jsme chtěli požádat také o povolení natáčení ve sběrném místě,"
                    " od toho ale upouštíme.",
                    "Vyřizuje: Daniel Řezníček, 515 224 690",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Novinky Dolní Kraj s.r.o.",
            ICO_NOV,
            "nv5dk7t",
            ["203.0.113.14"],
            ["203.0.113.15"],
            "Daniel Řezníček",
            None,
            "+420515224690",
        ),
    },
    {
        "id": "w034-pdf-roles-by-order",
        "description": "PDF letter gives production and test by sentence order (v tomto pořadí)",
        "style": "roles-by-order",
        "from": "Simona Kadlecová <kadlecova@smeraprahy.example>",
        "subject": "žádost o XML",
        "body": "Dobrý den, žádost v příloze. S pozdravem S. Kadlecová, 733 218 604\n",
        "attachments": [
            (
                "pdf",
                "Smer_zadost.pdf",
                [
                    f"SMĚR PRAHA, spolek, IČO {ICO_SME}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML. Produkční a testovací"
                    " server mají adresy 198.51.100.55 a 198.51.100.56, v tomto pořadí.",
                    "Simona Kadlecová, předsedkyně spolku",
                ],
            )
        ],
        "labels": L(
            FEED,
            "SMĚR PRAHA, spolek",
            ICO_SME,
            None,
            ["198.51.100.55"],
            ["198.51.100.56"],
            "Simona Kadlecová",
            "kadlecova@smeraprahy.example",
            "+420733218604",
        ),
    },
    {
        "id": "w035-docx-lookalikes",
        "description": "DOCX with a software version, an OID and dates next to the real addresses",
        "style": "look-alikes",
        "from": "Václav Tichý <tichy@vltavainfo.example>",
        "subject": "Žádost – přístup k volebním datům",
        "body": "Dobrý den,\nposílám žádost. Technické detaily jsou v dokumentu.\nV. Tichý\n",
        "attachments": [
            (
                "docx",
                "technicke_udaje.docx",
                {
                    "blocks": [
                        f"Vltava Info a.s., IČO {ICO_VLT}",
                        "Žádáme o přístup k XML výsledkům voleb konaných 3. a 4. 10. 2025.",
                        "Klient: parser verze 4.12.0.7, certifikát s OID 1.3.6.1.4.1.5734.",
                        "Produkční server: 198.18.12.40, záložní server: 198.18.12.41",
                        "Testovací server: 198.18.12.99",
                        "Kontakt: Václav Tichý, +420 251 011 630",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Vltava Info a.s.",
            ICO_VLT,
            None,
            ["198.18.12.40", "198.18.12.41"],
            ["198.18.12.99"],
            "Václav Tichý",
            "tichy@vltavainfo.example",
            "+420251011630",
        ),
    },
    {
        "id": "w036-two-liner-xlsx-columns-roles",
        "description": "two-line note; XLSX with a column for production and one for test",
        "style": "two-line-note",
        "from": "Petra Nováková <p.novakova@denikvychod.example>",
        "subject": "IP pro volby",
        "body": f"Žádost o XML feed, IP v příloze. Deník Východ s.r.o., IČO {ICO_DNV}.\nPetra\n",
        "attachments": [
            (
                "xlsx",
                "IP.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Ostrý provoz", "Testovací"],
                            ["192.0.2.180", "192.0.2.190"],
                            ["192.0.2.181", "192.0.2.191"],
                            ["192.0.2.182", ""],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Deník Východ s.r.o.",
            ICO_DNV,
            None,
            ["192.0.2.180", "192.0.2.181", "192.0.2.182"],
            ["192.0.2.190", "192.0.2.191"],
            "Petra Nováková",
            "p.novakova@denikvychod.example",
            None,
        ),
    },
    {
        "id": "w037-chatty-mail-odt-bracket-form",
        "description": "long chatty mail with an ODT form in bracket notation, only filming ticked",
        "style": "long-chatty",
        "from": "Hynek Brabec <brabec@vychodoceska-tv.example>",
        "subject": "Volební noc u vás – prosba",
        "body": (
            "Dobrý den,\n\njmenuji se Hynek Brabec a dělám reportéra ve Východočeské televizi."
            " Minule jsme u vás točili při krajských volbách a moc se nám to líbilo, kolegové"
            " z komise byli velmi vstřícní. Letos bychom rádi přijeli znovu, tentokrát s menším"
            " štábem (já a kameraman). Vyplnil jsem váš formulář, je v příloze. Data od vás"
            " bereme přes agenturu, takže přístup k XML nepotřebujeme.\n\nKdyby bylo cokoli"
            " potřeba, volejte na 604 771 398.\n\nDíky a hezký den\nHynek Brabec\n"
        ),
        "attachments": [
            (
                "odt",
                "formular.odt",
                [
                    "Žadatel: Východočeská televize, a.s.",
                    f"IČO: {ICO_VCH}",
                    "[ ] přístup k výsledkům voleb ve formátu XML",
                    "[X] povolení natáčení ve sběrném místě (Hradec Králové)",
                    "Kontaktní osoba: Hynek Brabec",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Východočeská televize, a.s.",
            ICO_VCH,
            None,
            [],
            [],
            "Hynek Brabec",
            "brabec@vychodoceska-tv.example",
            "+420604771398",
        ),
    },
    {
        "id": "w038-databox-slovak-branch-docx",
        "description": "Slovak-language DOCX from a Czech branch of a Slovak publisher, data message",
        "style": "slovak",
        "databox": {
            "box": "sk2mz6h",
            "sender": "Slovenské médiá, a.s., odštěpný závod",
            "address": "Praha",
        },
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "attachments": [
            (
                "docx",
                "ziadost.docx",
                {
                    "footer": f"Slovenské médiá, a.s., odštěpný závod · IČO {ICO_SKM}",
                    "blocks": [
                        "Vec: Žiadosť o sprístupnenie výsledkov volieb vo formáte XML",
                        "Naša redakcia by sa chcela pripájať z týchto adries:",
                        {
                            "rows": [
                                ["ostrá prevádzka", "203.0.113.200, 203.0.113.201"],
                                ["testovacia prevádzka", "nemáme"],
                            ]
                        },
                        "O povolenie na natáčanie nežiadame.",
                        "Kontaktná osoba: Mgr. Katarína Benková, +421 2 5441 8890,"
                        " benkova@slovenskemedia.example",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Slovenské médiá, a.s., odštěpný závod",
            ICO_SKM,
            "sk2mz6h",
            ["203.0.113.200", "203.0.113.201"],
            [],
            "Katarína Benková",
            "benkova@slovenskemedia.example",
            "+421254418890",
        ),
    },
    {
        "id": "w039-pdf-corrects-itself",
        "description": "a PDF application whose own postscript corrects a production address",
        "style": "correction",
        "from": "Jan Skála <skala@jizerskyservis.example>",
        "subject": "Žádost o XML data – Jizerský zpravodajský servis",
        "body": "Dobrý den,\nžádost v PDF.\nJan Skála\nJizerský zpravodajský servis s.r.o.\n",
        "attachments": [
            (
                "pdf",
                "zadost_JZS.pdf",
                [
                    f"Jizerský zpravodajský servis s.r.o., IČO: {ICO_JSK}",
                    "Žádáme o přístup k výsledkům voleb (XML). Ostrý provoz: 192.0.2.33,"
                    " 192.0.2.35. Test: 192.0.2.40.",
                    "Kontakt: Jan Skála, 482 710 566, skala@jizerskyservis.example",
                    "P.S. Oprava – místo 192.0.2.33 prosím uveďte 192.0.2.34, první adresu"
                    " jsem napsal špatně.",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Jizerský zpravodajský servis s.r.o.",
            ICO_JSK,
            None,
            ["192.0.2.34", "192.0.2.35"],
            ["192.0.2.40"],
            "Jan Skála",
            "skala@jizerskyservis.example",
            "+420482710566",
        ),
    },
    {
        "id": "w040-forward-own-with-new-phone",
        "description": "applicant forwards their own earlier application and gives a new phone",
        "style": "forward-own",
        "from": "Marek Pospíšil <pospisil@tiskovkaostrava.example>",
        "subject": "Fwd: Žádost o přístup k XML výsledkům – Tisková kancelář Ostrava",
        "body": (
            "Dobrý den,\n\nposílám znovu naši žádost z minulého týdne (v příloze), zatím jsme"
            " nedostali odpověď. Vše platí, jen telefon na mě je nově 608 300 512, pevná linka"
            " už nefunguje.\n\nMarek Pospíšil\n"
        ),
        "attachments": [("eml", "puvodni_zadost.eml", _OWN_EARLIER)],
        "labels": L(
            FEED,
            "Tisková kancelář Ostrava, s.r.o.",
            ICO_TIS,
            None,
            ["198.51.100.88", "198.51.100.89"],
            ["198.51.100.90"],
            "Marek Pospíšil",
            "pospisil@tiskovkaostrava.example",
            "+420608300512",
        ),
    },
    {
        "id": "w041-english-freelancer-pdf-filming",
        "description": "foreign freelance journalist asks only to film; declines the data feed",
        "style": "recording-permit",
        "from": "Sophie Laurent <sophie.laurent@freelance-fr.example>",
        "subject": "Request to film on election night",
        "body": (
            "Good afternoon,\n\nI am a freelance video journalist working for several French"
            " outlets. Attached is my request to film at your Prague collection point. I do not"
            " need the XML results service.\n\nBest,\nSophie Laurent\n+33 6 12 48 90 27\n"
        ),
        "attachments": [
            (
                "pdf",
                "Laurent_filming_request.pdf",
                [
                    "Sophie Laurent – independent video journalist, Lyon, France",
                    "Request: permission to record video at the CZSO collection point in Prague"
                    " during the count, 3–4 October 2025.",
                    "Equipment: one camera, one tripod, no lighting.",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Sophie Laurent",
            None,
            None,
            [],
            [],
            "Sophie Laurent",
            "sophie.laurent@freelance-fr.example",
            "+33612489027",
        ),
    },
    {
        "id": "w042-databox-pdf-and-xlsx-dual-stack",
        "description": "data message with a cover PDF and an XLSX with IPv4 and IPv6 columns",
        "style": "databox-message",
        "databox": {"box": "kr8mv3e", "sender": "Kraj Média s.r.o.", "address": "Zlín"},
        "subject": "Žádost o přístup – výsledky voleb 2025",
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    f"Kraj Média s.r.o., IČO {ICO_KRM}",
                    "Žádáme o zpřístupnění XML výsledků voleb. Seznam serverů je v přiložené"
                    " tabulce. Kontaktní osobou je Radek Mikulka, mikulka@krajmedia.example,"
                    " mobil 736 190 045.",
                    "Mgr. Eliška Horká, jednatelka",
                ],
            ),
            (
                "xlsx",
                "servery.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Název", "Prostředí", "IPv4", "IPv6"],
                            ["zl-web-1", "produkce", "198.51.100.120", "2001:db8:c0::120"],
                            ["zl-web-2", "produkce", "198.51.100.121", ""],
                            ["zl-stage", "test", "198.51.100.129", ""],
                        ],
                    }
                ],
            ),
        ],
        "labels": L(
            FEED,
            "Kraj Média s.r.o.",
            ICO_KRM,
            "kr8mv3e",
            ["198.51.100.120", "2001:db8:c0::120", "198.51.100.121"],
            ["198.51.100.129"],
            "Radek Mikulka",
            "mikulka@krajmedia.example",
            "+420736190045",
        ),
    },
]
