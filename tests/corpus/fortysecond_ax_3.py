"""Forty-second held-out part ``ax``, cases ax029–ax042: a German paper's XLSX sheet, a data
message whose DOCX letter prints the office's box, a Slovak filmmaker for a later round, a
university's HTML range with 'až', a two-line note asking for both, an English 'respectively', a
withdrawn feed, CIDR blocks for both roles, an institute's PDF in a data message, a Belgian
agency in French, a reply naming a replacement contact, an IPv6 /127, a municipal television's
annotation-only filming request and an Italian letter in DOCX. Written by hand apart from the
extraction rules (see make_fortysecond_ax); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysecond_ax_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I30, I31, I32, I33 = ico("2744861"), ico("5038172"), ico("0021652"), ico("7120394")
I34, I35, I36, I37 = ico("2906615"), ico("2617023"), ico("0811476"), ico("6108159")
I39, I40, I41 = ico("2503338"), ico("0973520"), ico("7052148")

CASES: list[dict[str, Any]] = [
    {
        "id": "ax029-german-xlsx-umgebung",
        "description": "German newspaper sends an XLSX with an 'Umgebung' column "
        "(Produktion/Test); the mail body is German-English",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Lausitzer Grenzbote GmbH & Co. KG",
            None,
            None,
            ["198.51.100.30", "198.51.100.31"],
            ["198.51.100.35"],
            "Sabine Krautwurst",
            "krautwurst@grenzbote.example",
            "+4935812260417",
        ),
        "from": "Sabine Krautwurst <krautwurst@grenzbote.example>",
        "subject": "XML Wahlergebnisse - Antrag Lausitzer Grenzbote",
        "headers": OUTLOOK,
        "body": (
            "Guten Tag,\n\n"
            "anbei unser Antrag (Excel) for access to the XML election results. Antragsteller "
            "ist die Lausitzer Grenzbote GmbH & Co. KG, Görlitz.\n"
            "Ansprechpartnerin: Sabine Krautwurst, +49 3581 2260-417\n\n"
            "Viele Grüße\nSabine Krautwurst\nOnline-Redaktion\n"
        ),
        "attachments": [
            (
                "xlsx",
                "Antrag_IP_Grenzbote.xlsx",
                [
                    {
                        "title": "IP-Adressen",
                        "rows": [
                            ["Umgebung", "IP-Adresse", "Hostname"],
                            ["Produktion", "198.51.100.30", "wahl1.grenzbote.example"],
                            ["Produktion", "198.51.100.31", "wahl2.grenzbote.example"],
                            ["Test", "198.51.100.35", "stage.grenzbote.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ax030-databox-docx-both-office-box",
        "description": "a regional TV's data message: annotation names both requests, the DOCX "
        "letter prints the office's IČO and box, addresses in a table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Vysočina, s.r.o.",
            I30,
            "h6vxp9d",
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.245"],
            "Marek Doležal",
            "dolezal@rtvysocina.example",
            "+420567112930",
        ),
        "from": "RTV Vysočina <info@rtvysocina.example>",
        "subject": "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení",
        "databox": {
            "box": "h6vxp9d",
            "sender": "Regionální televize Vysočina, s.r.o.",
            "address": "Havlíčkovo nábřeží 12, 586 01 Jihlava",
        },
        "attachments": [
            (
                "docx",
                "RTV_zadost_volby.docx",
                {
                    "blocks": [
                        "Adresát: Český statistický úřad, IČO 00025593, ID DS 2gfaasy",
                        f"Odesílatel: Regionální televize Vysočina, s.r.o., IČO {I30}",
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Žádáme o přístup k výsledkům ve formátu XML a o povolení natáčet "
                        "na sběrném místě v Jihlavě (štáb 2 osoby).",
                        {
                            "rows": [
                                ["Role", "IP"],
                                ["produkční", "203.0.113.240"],
                                ["produkční – záložní", "203.0.113.241"],
                                ["testovací", "203.0.113.245"],
                            ]
                        },
                        "Kontakt: Marek Doležal, technický ředitel, 567 112 930, "
                        "dolezal@rtvysocina.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "ax031-slovak-filmmaker-second-round",
        "description": "Slovak freelance filmmaker asks to film for the later second round of "
        "the Senate election; Slovak trade licence IČO, no feed",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Martina Kollárová",
            I31,
            None,
            [],
            [],
            "Martina Kollárová",
            "kollarova.film@posta.example",
            "+421918402673",
        ),
        "from": "Martina Kollárová <kollarova.film@posta.example>",
        "subject": "Žiadosť o povolenie nakrúcania - 2. kolo senátnych volieb",
        "headers": GMAIL,
        "cte": "8bit",
        "body": (
            "Dobrý deň,\n\n"
            "som nezávislá dokumentaristka (živnostníčka, IČO "
            f"{I31}) a chcela by som požiadať o povolenie nakrúcať na zbernom mieste "
            "v Zlíne až pri druhom kole senátnych volieb (nie v prvom kole). Pôjde o krátke "
            "zábery bez zvuku.\n\n"
            "Prístup k XML výsledkom nepotrebujem.\n\n"
            "Telefón: 0918 402 673 (zo zahraničia +421 918 402 673)\n\n"
            "Ďakujem\nMartina Kollárová\n"
        ),
    },
    {
        "id": "ax032-university-html-range-az",
        "description": "a university's IT centre writes HTML-only via Roundcube: production as "
        "'198.51.100.50 až 198.51.100.53', test after it, student TV films too",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Technická univerzita v Mladé Boleslavi",
            I32,
            None,
            ["198.51.100.50", "198.51.100.51", "198.51.100.52", "198.51.100.53"],
            ["198.51.100.54"],
            "Pavel Štochl",
            "stochl@cit.tumb.example",
            "+420326509118",
        ),
        "from": "Pavel Štochl <stochl@cit.tumb.example>",
        "subject": "TUMB - studentská televize - volby",
        "headers": ROUNDCUBE,
        "html": (
            "<html><body><p>Dobrý den,</p>"
            "<p>Centrum informačních technologií Technické univerzity v Mladé Boleslavi (IČO "
            f"{I32}) žádá pro studentskou televizi TUMB.tv o:</p>"
            "<ol><li>přístup k výsledkům voleb ve formátu XML,</li>"
            "<li>povolení natáčet na sběrném místě v Mladé Boleslavi.</li></ol>"
            "<p>Adresy 198.51.100.50 až 198.51.100.53 jsou produkční, testovací bude "
            "198.51.100.54.</p>"
            "<p>Kontakt: Ing. Pavel Štochl, CIT, tel. 326 509 118</p>"
            "<p>--<br>Pavel Štochl<br>Centrum informačních technologií TUMB<br>"
            "Václavkova 1045, 293 01 Mladá Boleslav</p></body></html>"
        ),
    },
    {
        "id": "ax033-two-line-note-both",
        "description": "a two-line Samsung note asks for XML and filming at once, role in "
        "brackets, IČ without a colon; the name only in the From header",
        "style": Style.TERSE,
        "labels": L(
            [FEED, FILM],
            "Hronův občasník",
            I33,
            None,
            ["203.0.113.5"],
            [],
            "Jakub Hron",
            "jakub@hronuv-obcasnik.example",
            "+420602918455",
        ),
        "from": "Jakub Hron <jakub@hronuv-obcasnik.example>",
        "subject": "xml + natáčení",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Dobrý den, chtěl bych xml výsledky (203.0.113.5 prod, test nemám) a taky "
            f"natáčet na sběrném místě v Kladně. Hronův občasník, IČ {I33}.\n"
            "602 918 455\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "ax034-english-bureau-respectively",
        "description": "an international newswire's Prague branch writes English with "
        "'respectively'; a UK head office number next to the Prague mobile",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Central European Newswire Ltd., odštěpný závod",
            I34,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Daniel Whitfield",
            "d.whitfield@cenewswire.example",
            "+420736118204",
        ),
        "from": "Daniel Whitfield <d.whitfield@cenewswire.example>",
        "subject": "Access to XML election results - CE Newswire Prague",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Central European Newswire Ltd., odštěpný závod (the Prague branch, IČO "
            f"{I34}) would like to request access to the XML feed of the election results.\n\n"
            "Our production and test servers are 192.0.2.33 and 192.0.2.34, respectively.\n\n"
            "I will be the contact for this application: Daniel Whitfield, Prague bureau "
            "chief, mobile +420 736 118 204. Our London desk (+44 20 7946 0321) is only "
            "for emergencies.\n\n"
            "Best regards,\nDaniel Whitfield\n"
        ),
    },
    {
        "id": "ax035-feed-withdrawn-film-kept",
        "description": "regional TV first asks for both with addresses, then withdraws the XML "
        "request in the same windows-1250 mail and keeps filming",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "TV Polabí s.r.o.",
            I35,
            None,
            [],
            [],
            "Simona Kratochvílová",
            "kratochvilova@tvpolabi.example",
            "+420466302715",
        ),
        "from": "Simona Kratochvílová <kratochvilova@tvpolabi.example>",
        "subject": "TV Polabí – volby",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"TV Polabí s.r.o., IČO {I35}, žádá o:\n"
            "a) přístup k XML výsledkům – produkční IP 198.51.100.181, testovací "
            "198.51.100.182,\n"
            "b) povolení natáčet na sběrném místě v Pardubicích (2 kameramani).\n\n"
            "Doplnění po poradě s vedením: bod a) stahujeme, výsledky nám dodá agentura, "
            "takže XML přístup nepotřebujeme. Žádáme jen o bod b).\n\n"
            "Kontakt: Simona Kratochvílová, 466 302 715\n\n"
            "S pozdravem\nSimona Kratochvílová\nprodukce TV Polabí\n"
        ),
    },
    {
        "id": "ax036-cidr-both-roles",
        "description": "production /31 and test /30 blocks written in CIDR in an Apple Mail "
        "message, plus a router version that looks like an address",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Jihočeský deník Dnes, a.s.",
            I36,
            None,
            ["198.51.100.96", "198.51.100.97"],
            ["192.0.2.240", "192.0.2.241", "192.0.2.242", "192.0.2.243"],
            "Robert Fiala",
            "fiala@jcdnes.example",
            "+420387226519",
        ),
        "from": "Robert Fiala <fiala@jcdnes.example>",
        "subject": "XML volby - rozsahy adres",
        "headers": APPLE,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            f"pro Jihočeský deník Dnes, a.s. (IČO {I36}) žádám o přístup k XML výsledkům.\n\n"
            "produkční rozsah: 198.51.100.96/31\n"
            "testovací rozsah: 192.0.2.240/30\n\n"
            "(Hraniční router běží na RouterOS 7.15.3, kdyby bylo potřeba něco ladit.)\n\n"
            "Robert Fiala\nsíťový technik, tel. 387 226 519\n"
        ),
    },
    {
        "id": "ax037-databox-pdf-institute-wrapped",
        "description": "a research institute's data message with a PDF whose narrow table "
        "wraps the role labels; a named colleague is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ústav regionálních studií, v. v. i.",
            I37,
            "q2jd5ks",
            ["192.0.2.88", "192.0.2.89"],
            ["192.0.2.90"],
            "Eva Machalová",
            "machalova@urs.example",
            "+420585634271",
        ),
        "from": "Ústav regionálních studií <urs@urs.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "q2jd5ks",
            "sender": "Ústav regionálních studií, v. v. i.",
            "address": "Křížkovského 8, 779 00 Olomouc",
        },
        "attachments": [
            (
                "pdf",
                "URS_zadost.pdf",
                [
                    f"Ústav regionálních studií, v. v. i., IČ: {I37[:3]} {I37[3:5]} {I37[5:]}",
                    "Věc: žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    "Pro výzkumný projekt TL05000318 žádáme o přístup z těchto adres:",
                    {
                        "rows": [
                            ["Určení serveru (produkční / testovací)", "Adresa"],
                            ["produkční – analytický cluster", "192.0.2.88"],
                            ["produkční – záložní uzel", "192.0.2.89"],
                            ["testovací – vývojový počítač", "192.0.2.90"],
                        ],
                        "widths": [90, 120],
                    },
                    "Kontaktní osobou je Mgr. Eva Machalová, tel. 585 634 271, "
                    "machalova@urs.example.",
                    "doc. RNDr. Tomáš Vlk, Ph.D., ředitel",
                ],
            )
        ],
    },
    {
        "id": "ax038-belgian-agency-french-both",
        "description": "a Belgian press agency in French asks for the feed and a filming "
        "permit; IPv6 test address; Belgian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agence Wallonne de Presse SRL",
            None,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["2001:db8:c1::60"],
            "Julien Dethier",
            "j.dethier@awpresse.example",
            "+3242208174",
        ),
        "from": "Julien Dethier <j.dethier@awpresse.example>",
        "subject": "Demande d'accès XML et de tournage",
        "headers": TBIRD,
        "cte": "8bit",
        "body": (
            "Bonjour,\n\n"
            "l'Agence Wallonne de Presse SRL (BCE 0712.448.305, Liège) sollicite :\n"
            "- l'accès aux résultats électoraux au format XML ;\n"
            "- l'autorisation de tournage pour un journaliste reporter d'images au centre de "
            "collecte de Prague.\n\n"
            "Adresses de production : 203.0.113.60 et 203.0.113.61\n"
            "Adresse de test : 2001:db8:c1::60\n\n"
            "Contact : Julien Dethier, +32 4 220 81 74\n\n"
            "Bien cordialement,\nJulien Dethier\nrédacteur en chef adjoint\n"
        ),
    },
    {
        "id": "ax039-reply-replacement-contact",
        "description": "reply to the office's confirmation: the original's contact leaves and a "
        "named colleague replaces him; addresses from the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Deník Brdy a Berounka s.r.o.",
            I39,
            None,
            ["198.51.100.222"],
            ["198.51.100.223"],
            "Iveta Krejčí",
            "krejci@brdyberounka.example",
            "+420739116548",
        ),
        "from": "Stanislav Vacek <vacek@brdyberounka.example>",
        "subject": "Re: Potvrzení přijetí žádosti",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "děkuji za potvrzení. Jedna změna k naší žádosti níže: od října u nás končím, "
            "kontaktní osobou místo mě proto bude kolegyně Iveta Krejčí, "
            "krejci@brdyberounka.example, mobil 739 116 548. Adresy platí beze změny.\n\n"
            "Stanislav Vacek\n\n"
            "On Thu, 2025-09-11 at 10:14 +0200, podatelna@czso.cz wrote:\n"
            "> Potvrzujeme přijetí Vaší žádosti, č. j. CSU-041877/2025.\n"
            "> Český statistický úřad, Na padesátém 81, Praha 10, tel. 274 052 733\n"
            ">\n"
            "> -----Původní zpráva-----\n"
            "> Od: Stanislav Vacek <vacek@brdyberounka.example>\n"
            "> Předmět: Žádost o XML\n"
            ">\n"
            f"> Deník Brdy a Berounka s.r.o., IČO {I39}, žádá o přístup k XML\n"
            "> výsledkům. Produkce 198.51.100.222, test 198.51.100.223.\n"
            "> Kontakt Stanislav Vacek, 311 624 900.\n"
        ),
    },
    {
        "id": "ax040-ipv6-slash-127",
        "description": "a data-journalism outlet's contractor gives an IPv6 /127 for production "
        "and a single IPv6 test host, plus port and version numbers",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Datovna média z.ú.",
            I40,
            None,
            ["2001:db8:cafe::10", "2001:db8:cafe::11"],
            ["2001:db8:cafe::20"],
            "Hynek Brož",
            "broz@datovna.example",
            "+420608771402",
        ),
        "from": "Hynek Brož <broz@datovna.example>",
        "subject": "IPv6 pristup k XML vysledkum",
        "headers": GMAIL,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "píšu jako externí vývojář za Datovna média z.ú. (IČO "
            f"{I40}). Jsme čistě na IPv6, prosím o přístup k XML výsledkům pro:\n\n"
            "produkce: 2001:db8:cafe::10/127 (dva kontejnery)\n"
            "test: 2001:db8:cafe::20\n\n"
            "Klient je curl 8.9.1, stahovat budeme přes port 443 každých 15 s.\n\n"
            "Kontakt jsem já: Hynek Brož, 608 771 402\n"
        ),
    },
    {
        "id": "ax041-databox-annotation-film-crew-txt",
        "description": "a town-owned TV's data message: the filming request only in the "
        "annotation, the attached text is the crew list with other phones",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FILM],
            "Televize Brodsko, příspěvková organizace",
            None,
            "z9fk4mw",
            [],
            [],
            "Lukáš Pohanka",
            None,
            "+420569102344",
        ),
        "from": "Televize Brodsko <tv@brodsko.example>",
        "subject": "Žádost o povolení natáčení na sběrném místě Havl. Brod ve volební noci, "
        "štáb viz příloha; XML nežádáme. Kontakt: Lukáš Pohanka, 569 102 344",
        "databox": {
            "box": "z9fk4mw",
            "sender": "Televize Brodsko, příspěvková organizace",
            "address": "Dolní 120, 580 01 Havlíčkův Brod",
        },
        "attachments": [
            (
                "txt",
                "stab.txt",
                "Štáb Televize Brodsko - volby\n"
                "1. Lukáš Pohanka - redaktor\n"
                "2. Jan Bouček - kameraman, 731 884 002\n"
                "3. Petra Lipská - střih, 733 410 581\n",
            )
        ],
    },
    {
        "id": "ax042-italian-letter-docx-footer",
        "description": "an Italian newspaper writes Italian with a DOCX letter: addresses in a "
        "table, company data only in the footer; the test host is 'temporaneo'",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Giornale dell'Adige S.r.l.",
            None,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.119"],
            "Chiara Benedetti",
            "c.benedetti@giornaleadige.example",
            "+390461982247",
        ),
        "from": "Chiara Benedetti <c.benedetti@giornaleadige.example>",
        "subject": "Richiesta accesso XML risultati elettorali",
        "headers": SEZNAM,
        "body": (
            "Gentili Signori,\n\n"
            "in allegato la nostra richiesta formale di accesso ai risultati elettorali in "
            "formato XML. Resto a disposizione.\n\n"
            "Cordiali saluti\nChiara Benedetti\n"
        ),
        "attachments": [
            (
                "docx",
                "richiesta_CSU.docx",
                {
                    "footer": "Giornale dell'Adige S.r.l. | Via Brennero 52, 38122 Trento | "
                    "P.IVA 02184470225",
                    "blocks": [
                        "Spett. Ufficio di Statistica Ceco (ČSÚ)",
                        "Trento, 12 settembre 2025",
                        "Oggetto: richiesta di accesso ai risultati elettorali (XML)",
                        "Con la presente il nostro giornale chiede l'accesso al server dei "
                        "risultati elettorali. Non chiediamo l'autorizzazione alle riprese.",
                        {
                            "rows": [
                                ["Ambiente", "Indirizzo IP"],
                                ["Produzione", "192.0.2.110"],
                                ["Produzione (backup)", "192.0.2.111"],
                                ["Test (server temporaneo)", "192.0.2.119"],
                            ]
                        },
                        "Referente: Chiara Benedetti, redazione web, tel. +39 0461 982247, "
                        "c.benedetti@giornaleadige.example",
                    ],
                },
            )
        ],
    },
]
