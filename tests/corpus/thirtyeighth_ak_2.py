"""Thirty-eighth held-out part ``ak``, cases ak015–ak028: a data message whose DOCX letter prints
the office's own identifiers in the address block, an ODT form with ANO/NE columns, a cover
mail that adds an address missing from its PDF, an XLSX with merged role cells and a block,
a data message whose annotation replaces the contact named in its DOCX, a reply quoting the
applicant's own original, a scanned-looking PDF form from an iPhone, an English XLSX with
PROD/DR/UAT rows, a university's data message with the letter only in the PDF, a DOCX with the
identifiers in header and footer, a cover mail that withdraws a ticked request, a flowed mail with
an ARES extract, a Slovak annotation with a power of attorney and an HTML table with a crew list.
Written by hand apart from the extraction rules (see make_thirtyeighth_ak); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyeighth_ak_common import (
    EM_CLIENT,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

J15, J16, J17, J18 = ico("2694017"), ico("4837261"), ico("0718254"), ico("2760395")
J19, J20, J21, J23 = ico("2581046"), ico("0692837"), ico("2901573"), ico("0021624")
J24, J25, J26, J27 = ico("6351092"), ico("2748301"), ico("0834726"), ico("2917438")
J28 = ico("2640185")

CASES: list[dict[str, Any]] = [
    {
        "id": "ak015-databox-docx-office-ids-in-address",
        "description": "data message, application only in a DOCX letter whose address block "
        "prints the office's IČO and data box; the applicant's own IČO in the letterhead",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Karlovarský deník s.r.o.",
            J15,
            "t3mb6xr",
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.219"],
            "Hana Wagnerová",
            "wagnerova@kvdenik.example",
            "+420353118207",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "t3mb6xr",
            "sender": "Karlovarský deník s.r.o.",
            "address": "Bělehradská 1141/18, 360 01 Karlovy Vary",
            "ref": "KD-2026/311",
        },
        "attachments": [
            (
                "docx",
                "KD_zadost_volby.docx",
                {
                    "header": f"Karlovarský deník s.r.o. | IČO {J15} | DIČ CZ{J15}",
                    "blocks": [
                        "Adresát:\nČeský statistický úřad\nIČO 00025593\n"
                        "datová schránka 2gfaasy\nNa padesátém 81, 100 82 Praha 10",
                        "Naše značka: KD-2026/311\nKarlovy Vary, 3. 12. 2026",
                        "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                        "Společnost Karlovarský deník s.r.o. žádá o zřízení přístupu k "
                        "výsledkům voleb. Produkční servery: 192.0.2.210 a 192.0.2.211, "
                        "testovací server: 192.0.2.219.",
                        "Kontaktní osoba: Hana Wagnerová, vedoucí online vydání, "
                        "wagnerova@kvdenik.example, tel. 353 118 207.",
                        "Za společnost\nPetr Lang, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "ak016-odt-form-ano-ne-both",
        "description": "Zimbra mail with an ODT form: request table with ANO/NE columns, both "
        "marked ANO; addresses in a role table",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Liberecká televize s.r.o.",
            J16,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Jitka Hamplová",
            "hamplova@libtv.example",
            "+420485130977",
        ),
        "from": "Jitka Hamplová <hamplova@libtv.example>",
        "subject": "Formulář – volby – Liberecká televize",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nformulář v příloze, vyplněný v LibreOffice. Kdyby něco nešlo "
            "otevřít, ozvěte se.\n\nJitka Hamplová\nLiberecká televize\n"
        ),
        "attachments": [
            (
                "odt",
                "formular_LTV.odt",
                [
                    "Žádost médií – volby 2026",
                    [
                        ["Žádám o", "ANO", "NE"],
                        ["přístup k výsledkům ve formátu XML", "X", ""],
                        ["povolení pořizovat záznam na pracovišti ČSÚ", "X", ""],
                    ],
                    "Žadatel: Liberecká televize s.r.o.",
                    f"IČO: {J16}",
                    [
                        ["Server", "IP"],
                        ["produkční", "203.0.113.120"],
                        ["testovací", "203.0.113.121"],
                    ],
                    "Kontaktní osoba: Jitka Hamplová",
                    "Telefon: 485 130 977",
                    "E-mail: hamplova@libtv.example",
                    "Natáčet budeme na krajském pracovišti Liberec, štáb 2 osoby.",
                ],
            )
        ],
    },
    {
        "id": "ak017-cover-adds-ipv6-test",
        "description": "Mac Outlook cover mail adds an IPv6 test address the attached PDF left "
        "out; the PDF's test row says 'bude doplněno'",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brněnský metropolitní zpravodaj, z. ú.",
            J17,
            None,
            ["198.51.100.77"],
            ["2001:db8:44::10"],
            "Adam Procházka",
            "prochazka@bmz.example",
            "+420549311640",
        ),
        "from": "Adam Procházka <prochazka@bmz.example>",
        "subject": "Žádost o přístup – BMZ (doplnění testovací IP)",
        "headers": MAC_OUTLOOK,
        "cte": "qp",
        "body": (
            "Dobrý den,\n\nv příloze je naše žádost. Testovací adresu jsme v PDF nechali "
            "„bude doplněno“, takže ji doplňuji tady: 2001:db8:44::10 (IPv6, testovací "
            "prostředí).\n\nOstatní údaje v PDF platí.\n\nAdam Procházka\nBMZ\n"
        ),
        "attachments": [
            (
                "pdf",
                "BMZ_zadost_CSU.pdf",
                [
                    "Brněnský metropolitní zpravodaj, z. ú.",
                    f"IČO {J17[:4]} {J17[4:]}, Údolní 567/33, 602 00 Brno",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP", "198.51.100.77"],
                            ["Testovací IP", "bude doplněno"],
                            ["Kontakt", "Adam Procházka, prochazka@bmz.example"],
                            ["Telefon", "549 311 640"],
                        ],
                        "widths": [140, 280],
                    },
                    "V Brně dne 2. 12. 2026",
                ],
            )
        ],
    },
    {
        "id": "ak018-xlsx-merged-block",
        "description": "eM Client mail; XLSX whose role cells are merged over several rows and "
        "one production entry is a /30 block",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Datová redakce Plus s.r.o.",
            J18,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19", "203.0.113.25"],
            ["203.0.113.30"],
            "Roman Kadlec",
            "kadlec@datovaredakce.example",
            "+420720455813",
        ),
        "from": "Roman Kadlec <kadlec@datovaredakce.example>",
        "subject": "ČSÚ XML feed – tabulka adres",
        "headers": EM_CLIENT,
        "body": (
            "Dobrý den,\n\n"
            f"posílám žádost Datové redakce Plus s.r.o. (IČO {J18}) o přístup k XML s "
            "výsledky. Adresy jsou v tabulce v příloze, blok /30 jsou čtyři adresy našeho "
            "load balanceru.\n\nKontakt: Roman Kadlec, 720 455 813.\n\n"
            "--\nRoman Kadlec\nDatová redakce Plus\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_CSU.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "Adresa / blok", "Poznámka"],
                            ["Produkční servery", "203.0.113.16/30", "load balancer"],
                            [None, "203.0.113.25", "záložní stahovač"],
                            ["Testovací", "203.0.113.30", "staging"],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Changelog",
                        "rows": [
                            ["Verze", "Datum", "Změna"],
                            ["1.2.0.3", "2026-11-28", "doplněn záložní stahovač"],
                            ["1.1.0.0", "2026-11-20", "první verze"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ak019-databox-annotation-replaces-contact",
        "description": "data message: the DOCX names one contact, the annotation says the contact "
        "changed and gives the new person's e-mail and phone",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Rádio Podještědí s.r.o.",
            J19,
            "w7pc2hs",
            ["192.0.2.58"],
            ["192.0.2.59"],
            "Petra Kalinová",
            "kalinova@podjestedi.example",
            "+420736902154",
        ),
        "subject": "Žádost o přístup k XML. Oproti příloze se mění kontaktní osoba: místo "
        "T. Richtera Petra Kalinová, kalinova@podjestedi.example, 736 902 154.",
        "databox": {
            "box": "w7pc2hs",
            "sender": "Rádio Podještědí s.r.o.",
            "address": "Nádražní 410, 463 31 Chrastava",
        },
        "attachments": [
            (
                "docx",
                "zadost_radio_podjestedi.docx",
                {
                    "blocks": [
                        f"Rádio Podještědí s.r.o., IČO {J19}",
                        "Žádost o zřízení přístupu k serveru s výsledky voleb (XML)",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["Produkce", "192.0.2.58"],
                                ["Test", "192.0.2.59"],
                            ]
                        },
                        "Kontaktní osoba: Tomáš Richter, richter@podjestedi.example, "
                        "tel. 482 311 705",
                    ]
                },
            )
        ],
    },
    {
        "id": "ak020-reply-quotes-own-original",
        "description": "flowed Thunderbird reply to the office's request for the IČO; the new text "
        "adds the IČO and refers to the applicant's own quoted original for the rest",
        "style": Style.REPLY,
        "flowed": True,
        "labels": L(
            [FEED],
            "Vysočina Online s.r.o.",
            J20,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Pavel Matějka",
            "matejka@vysocinaonline.example",
            "+420603448129",
        ),
        "from": "Pavel Matějka <matejka@vysocinaonline.example>",
        "subject": "Re: Re: Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"omlouvám se, IČO jsem zapomněl: Vysočina Online s.r.o., IČO {J20}. Ostatní "
            "údaje (adresy, kontakt) zůstávají, jak jsem je psal v původní zprávě níže.\n\n"
            "Pavel Matějka\n\n"
            "Dne 01.12.26 v 14:02 podatelna napsal(a):\n"
            "> Dobrý den,\n"
            "> k vyřízení Vaší žádosti prosím doplňte IČO žadatele.\n"
            "> S pozdravem\n"
            "> podatelna ČSÚ, tel. 274 052 733, podatelna@czso.cz\n"
            ">\n"
            "> Dne 30.11.26 v 22:41 Pavel Matějka napsal(a):\n"
            ">> Dobrý večer,\n"
            ">> žádám o přístup k XML výsledkům voleb pro náš portál. Produkční IP \n"
            ">> 198.51.100.90, testovací 198.51.100.91.\n"
            ">> Kontakt: Pavel Matějka, matejka@vysocinaonline.example, 603 448 129\n"
            ">> Díky, Matějka\n"
        ),
        "attachments": [
            (
                "pdf",
                "vypis_ARES.pdf",
                [
                    "Ekonomický subjekt – ARES",
                    f"Vysočina Online s.r.o.\nIČO: {J20}\nPrávní forma: "
                    "Společnost s ručením omezeným\nSídlo: Havlíčkova 12, 586 01 Jihlava",
                ],
            )
        ],
    },
    {
        "id": "ak021-iphone-scanned-form",
        "description": "iPhone mail with only a signature; PDF 'scan' of a form with ☑ boxes for "
        "both requests, a crew listed with their own phones",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Podbrdský týdeník, spol. s r.o.",
            J21,
            None,
            ["192.0.2.171"],
            [],
            "Zdeněk Hrubý",
            "hruby@podbrdsky.example",
            "+420731882014",
        ),
        "from": "Zdeněk Hrubý <hruby@podbrdsky.example>",
        "subject": "Sken žádosti",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "\n\nOdesláno z iPhonu",
        "attachments": [
            (
                "pdf",
                "IMG_4471.pdf",
                [
                    "ŽÁDOST – MÉDIA – VOLBY (sken)",
                    "☑ Přístup k výsledkům ve formátu XML\n"
                    "☑ Povolení pořizovat záznam na pracovišti ČSÚ",
                    f"Žadatel: Podbrdský týdeník, spol. s r.o.     IČO: {J21}",
                    "IP adresa (produkční): 192.0.2.171\nIP adresa (testovací): netestujeme",
                    "Kontaktní osoba: Zdeněk Hrubý   tel.: 731 882 014\n"
                    "e-mail: hruby@podbrdsky.example",
                    "Štáb pro natáčení: Iva Krejčí (604 913 227), Karel Ptáček (721 005 318)",
                    "Datum: 29. 11. 2026       Podpis: Hrubý",
                ],
            )
        ],
    },
    {
        "id": "ak022-english-xlsx-prod-dr-uat",
        "description": "English Gmail-relayed mail of a British agency; XLSX with PROD, DR and UAT "
        "environments (DR is a backup, so production); no IČO; UK phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Meridian Wire Limited",
            None,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.170"],
            "Olivia Brennan",
            "o.brennan@meridianwire.example",
            "+442079460312",
        ),
        "from": "Olivia Brennan <o.brennan@meridianwire.example>",
        "subject": "CZSO election XML feed - Meridian Wire",
        "headers": GMAIL,
        "body": (
            "Hello,\n\nMeridian Wire Limited would like to request access to the XML "
            "election results feed. Our IP addresses are in the attached spreadsheet; we do "
            "not need filming permission.\n\nI'm the point of contact: +44 20 7946 0312.\n\n"
            "Best,\nOlivia Brennan\nData Engineering, Meridian Wire Limited\n"
            "Company no. 04127733 (England & Wales)\n"
        ),
        "attachments": [
            (
                "xlsx",
                "CZSO_whitelist_request.xlsx",
                [
                    {
                        "title": "Whitelist",
                        "rows": [
                            ["Environment", "IP", "Notes"],
                            ["PROD", "198.51.100.160", "London"],
                            ["DR", "198.51.100.161", "Frankfurt failover"],
                            ["UAT", "198.51.100.170", "pre-election testing"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ak023-databox-university-recording",
        "description": "data message from a university, bare annotation; a faculty's PDF letter "
        "asks only for recording and says it does not need the feed",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Slezská akademie věd a umění v Opavě",
            J23,
            "f6ky3qa",
            [],
            [],
            "Lucie Bártová",
            "bartova@fmk.saua.example",
            "+420553684219",
        ),
        "subject": "Žádost FMK – studentský dokument",
        "databox": {
            "box": "f6ky3qa",
            "sender": "Slezská akademie věd a umění v Opavě",
            "address": "Na Rybníčku 626/1, 746 01 Opava",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "FMK_zadost_nataceni.pdf",
                [
                    f"Slezská akademie věd a umění v Opavě\nFakulta mediální komunikace\nIČO {J23}",
                    "Věc: Žádost o povolení natáčení na pracovišti ČSÚ",
                    "Studenti 3. ročníku oboru audiovizuální tvorba připravují krátký dokument "
                    "o zpracování výsledků voleb. Žádáme o povolení natáčet na krajském "
                    "pracovišti v Ostravě. Přístup k datům ve formátu XML nepožadujeme.",
                    "Kontaktní osoba: Mgr. Lucie Bártová, Ph.D., vedoucí ateliéru, "
                    "bartova@fmk.saua.example, tel. 553 684 219",
                    "doc. PhDr. Aleš Kuchař, CSc., děkan",
                ],
            )
        ],
    },
    {
        "id": "ak024-owa-docx-row-headers",
        "description": "OWA mail with only a signature; DOCX with IČO in the page header and the "
        "data-box ID in the footer, addresses by row headers Primární/Záložní/Testovací",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Střední Čechy Dnes a.s.",
            J24,
            "b5nd8yu",
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Jana Hošková",
            "hoskova@scdnes.example",
            "+420313244560",
        ),
        "from": "Hošková Jana <hoskova@scdnes.example>",
        "subject": "Žádost ČSÚ",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,sans-serif;font-size:12pt"><br></div>'
            '<div id="Signature"><p>Jana Hošková<br>sekretariát vedení<br>Střední Čechy '
            "Dnes a.s.<br>+420 313 244 560</p></div></body></html>"
        ),
        "attachments": [
            (
                "docx",
                "zadost_XML_SCD.docx",
                {
                    "header": f"Střední Čechy Dnes a.s.   IČO {J24}",
                    "footer": "Zapsáno v OR vedeném Městským soudem v Praze, sp. zn. B 20417 "
                    "· ISDS: b5nd8yu",
                    "blocks": [
                        "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Primární IP", "203.0.113.140"],
                                ["Záložní IP", "203.0.113.141"],
                                ["Testovací IP", "203.0.113.150"],
                                ["Kontaktní osoba", "Jana Hošková"],
                                ["Telefon", "313 244 560"],
                                ["E-mail", "hoskova@scdnes.example"],
                            ]
                        },
                        "V Rakovníku 4. 12. 2026",
                    ],
                },
            )
        ],
    },
    {
        "id": "ak025-cover-withdraws-ticked-recording",
        "description": "iso-8859-2 mail: the attached PDF form has both boxes ticked, the cover "
        "says filming is not needed after all",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Krkonošský občasník, spolek",
            J25,
            None,
            ["192.0.2.81"],
            ["192.0.2.82"],
            "Šárka Mlejnková",
            "mlejnkova@obcasnik.example",
            "+420499871236",
        ),
        "from": "Šárka Mlejnková <mlejnkova@obcasnik.example>",
        "subject": "Žádost - Krkonošský občasník",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": (
            "Dobrý den,\r\n\r\nposílám formulář. Pozor, zaškrtla jsem v něm omylem i "
            "natáčení - to nakonec nepotřebujeme, žádáme jen o přístup k XML.\r\n\r\n"
            "Děkuji\r\nŠárka Mlejnková\r\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular.pdf",
                [
                    "Formulář žádosti médií",
                    "[X] Přístup k výsledkům voleb (XML)\n[X] Povolení k natáčení",
                    {
                        "rows": [
                            ["Žadatel", "Krkonošský občasník, spolek"],
                            ["IČO", J25],
                            ["IP produkční", "192.0.2.81"],
                            ["IP testovací", "192.0.2.82"],
                            ["Kontaktní osoba", "Šárka Mlejnková"],
                            ["Telefon", "499 871 236"],
                            ["E-mail", "mlejnkova@obcasnik.example"],
                        ],
                        "widths": [150, 270],
                    },
                ],
            )
        ],
    },
    {
        "id": "ak026-flowed-respectively-ares-txt",
        "description": "K-9 flowed mail: roles given by order ('první … druhá') across a soft "
        "line break; the IČO only in an attached ARES text extract",
        "style": Style.COVER,
        "flowed": True,
        "delsp": True,
        "labels": L(
            [FEED],
            "Valašský rozhled s.r.o.",
            J26,
            None,
            ["192.0.2.50"],
            ["192.0.2.51"],
            "Josef Zbranek",
            "zbranek@valasskyrozhled.example",
            "+420571440263",
        ),
        "from": "Josef Zbranek <zbranek@valasskyrozhled.example>",
        "subject": "XML vysledky voleb",
        "headers": K9,
        "body": (
            "Dobrý den, za Valašský rozhled s.r.o. žádám o přístup k výsledkům ve  \n"
            "formátu XML z adres 192.0.2.50 a 192.0.2.51 – první je produkční  \n"
            "server, druhá slouží jen k testování. IČO najdete v přiloženém výpisu  \n"
            "z ARES. Kontakt: Josef Zbranek, 571 440 263.\n\n"
            "Zbranek\n"
        ),
        "attachments": [
            (
                "txt",
                "ARES_vypis.txt",
                "ARES - Administrativní registr ekonomických subjektů\n"
                "Výpis ze dne 05.12.2026\n\n"
                "Obchodní jméno: Valašský rozhled s.r.o.\n"
                f"IČO: {J26}\n"
                "Sídlo: Palackého 91, 757 01 Valašské Meziříčí\n"
                "Právní forma: 112 - Společnost s ručením omezeným\n"
                "CZ-NACE: 58130 - Vydávání novin\n",
            )
        ],
    },
    {
        "id": "ak027-databox-slovak-annotation-proxy",
        "description": "data message in Slovak: application in the annotation; the attached PDF "
        "is a power of attorney naming another person, who is not the contact",
        "style": Style.DATABOX_NOTE,
        "labels": L(
            [FEED],
            "Podjavorinské médiá CZ s.r.o.",
            J27,
            "r4hs9me",
            ["203.0.113.200", "203.0.113.201"],
            [],
            "Marián Kováčik",
            "kovacik@podjavorinske.example",
            "+421907554318",
        ),
        "subject": "Žiadosť o prístup k XML výsledkom volieb; produkčné IP 203.0.113.200 a "
        "203.0.113.201, testovacie nemáme; kontakt Marián Kováčik, "
        "kovacik@podjavorinske.example, +421 907 554 318",
        "databox": {
            "box": "r4hs9me",
            "sender": "Podjavorinské médiá CZ s.r.o.",
            "address": "Masarykova 3, 763 26 Luhačovice",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "<b>PLNÁ MOC</b>",
                    f"Podjavorinské médiá CZ s.r.o., IČO {J27}, se sídlem Masarykova 3, "
                    "763 26 Luhačovice, zastoupená jednatelem Ing. Vladimírem Ondrušem,",
                    "zmocňuje paní JUDr. Evu Holubovou, advokátku, ev. č. ČAK 17720, "
                    "tel. 577 210 334, k jednání se správními orgány ve věcech registrace.",
                    "V Luhačovicích dne 20. 1. 2026",
                ],
            )
        ],
    },
    {
        "id": "ak028-html-table-with-crew-xlsx",
        "description": "Outlook multipart/alternative mail with an HTML table of addresses and "
        "an XLSX crew list for the recording permit; the contact is a named colleague",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "TV Beskydy s.r.o.",
            J28,
            None,
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Radim Mikulenka",
            "mikulenka@tvbeskydy.example",
            "+420739228061",
        ),
        "from": "Simona Polášková <polaskova@tvbeskydy.example>",
        "subject": "TV Beskydy – XML + natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\n"
            f"TV Beskydy s.r.o. (IČO {J28}) žádá o přístup k XML výsledkům a o povolení "
            "natáčet na pracovišti ČSÚ v Ostravě.\r\n\r\n"
            "Produkční IP: 198.51.100.240\r\nTestovací IP: 198.51.100.241\r\n\r\n"
            "Kontaktní osobou je náš vedoucí techniky Radim Mikulenka, "
            "mikulenka@tvbeskydy.example, 739 228 061. Seznam štábu je v příloze.\r\n\r\n"
            "Simona Polášková\r\nasistentka ředitele\r\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p>"
            f"<p>TV Beskydy s.r.o. (IČO {J28}) žádá o přístup k XML výsledkům a o povolení "
            "natáčet na pracovišti ČSÚ v Ostravě.</p>"
            '<table border="1" cellpadding="4"><tr><th>Produkční IP</th><th>Testovací IP'
            "</th></tr><tr><td>198.51.100.240</td><td>198.51.100.241</td></tr></table>"
            "<p>Kontaktní osobou je náš vedoucí techniky Radim Mikulenka, "
            '<a href="mailto:mikulenka@tvbeskydy.example">mikulenka@tvbeskydy.example</a>, '
            "739 228 061. Seznam štábu je v příloze.</p>"
            "<p>Simona Polášková<br>asistentka ředitele</p></body></html>"
        ),
        "attachments": [
            (
                "xlsx",
                "stab_TV_Beskydy.xlsx",
                [
                    {
                        "title": "Štáb",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon", "Č. OP"],
                            ["Václav Juroš", "kameraman", "776 332 905", "204118733"],
                            ["Nikola Sedláčková", "redaktorka", "605 774 120", "209330581"],
                            ["Radim Mikulenka", "technika / přenos", "739 228 061", "201554907"],
                        ],
                    }
                ],
            )
        ],
    },
]
