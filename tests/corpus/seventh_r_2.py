"""Seventh held-out set, part ``r``, cases r015–r028: data messages and formal letters,
written by hand apart from the extraction rules. Score only at the very end."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_15 = ico("0521468")
ICO_16 = ico("4527710")
ICO_17 = ico("0071302")
ICO_19 = ico("2384156")
ICO_20 = ico("6092457")
ICO_21 = ico("1903358")
ICO_22 = ico("0288146")
ICO_24 = ico("0520311")
ICO_25 = ico("2844019")
ICO_26 = ico("7150062")
ICO_28 = ico("0883711")

CASES: list[dict[str, Any]] = [
    {
        "id": "r015-databox-tv-regional-odt-ipv6",
        "description": "regional TV's data message, ODT letter with an IPv6 and an IPv4 "
        "production address and a two-row test table",
        "style": "databox-message",
        "databox": {
            "box": "t7hv4kx",
            "sender": "TV Západ s.r.o.",
            "address": "Americká 2221/34, 301 00 Plzeň",
            "type": 20,
        },
        "subject": "TV Západ – žádost o připojení k výsledkům voleb",
        "attachments": [
            (
                "odt",
                "zadost_TV_Zapad.odt",
                [
                    "TV Západ s.r.o., Americká 2221/34, Plzeň, IČO " + ICO_15,
                    "Naše značka: TVZ-TECH-09/26, datum 4. 4. 2026",
                    "Žádáme o přístup k XML výsledkům voleb pro grafiku volebního studia.",
                    [
                        ["prostředí", "adresa"],
                        ["produkce", "2001:db8:7a::20"],
                        ["produkce", "198.51.100.20"],
                        ["test", "2001:db8:7a::99"],
                        ["test", "198.51.100.29"],
                    ],
                    "Vyřizuje: Martin Bureš, vedoucí vysílací techniky, "
                    "bures@tvzapad.example, ústředna 377 911 450, mobil 736 442 018",
                ],
            )
        ],
        "labels": L(
            FEED,
            "TV Západ s.r.o.",
            ICO_15,
            "t7hv4kx",
            ["2001:db8:7a::20", "198.51.100.20"],
            ["2001:db8:7a::99", "198.51.100.29"],
            "Martin Bureš",
            "bures@tvzapad.example",
            "+420736442018",
        ),
    },
    {
        "id": "r016-databox-annotation-only-cooperative",
        "description": "cooperative publisher's data message whose cover txt is one paragraph; "
        "two production addresses, no test, contact is the signer",
        "style": "two-line-note",
        "databox": {
            "box": "c3jr9wn",
            "sender": "Hlas Valašska, družstvo",
            "address": "Horní nám. 5, 757 01 Valašské Meziříčí",
            "type": 20,
        },
        "subject": "Přístup k XML výsledkům voleb",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Hlas Valašska, družstvo (IČO " + ICO_16 + ") prosí o přístup k XML "
                "výsledkům z adres 192.0.2.150 a 192.0.2.151. Testovat nebudeme. "
                "Bohuslav Ondruch, předseda, ondruch@hlasvalasska.example, 571 611 903.\n",
            )
        ],
        "labels": L(
            FEED,
            "Hlas Valašska, družstvo",
            ICO_16,
            "c3jr9wn",
            ["192.0.2.150", "192.0.2.151"],
            [],
            "Bohuslav Ondruch",
            "ondruch@hlasvalasska.example",
            "+420571611903",
        ),
    },
    {
        "id": "r017-databox-public-tv-both-pdf",
        "description": "public broadcaster asks for both feed and filming in a PDF with č. j. "
        "and a big address table; office's box quoted in the heading",
        "style": "databox-message",
        "databox": {
            "box": "e4wq7bz",
            "sender": "Česká televize",
            "address": "Kavčí hory, 140 70 Praha 4",
            "type": 10,
        },
        "subject": "ČT – výsledky voleb a natáčení, č. j. CT-TEC-2026/0311",
        "attachments": [
            (
                "pdf",
                "CT-TEC-2026-0311.pdf",
                [
                    "Adresát: Český statistický úřad, datová schránka 2gfaasy",
                    "Odesílatel: Česká televize, IČO " + ICO_17 + ", ID DS e4wq7bz",
                    "Č. j.: CT-TEC-2026/0311        Praha 20. 4. 2026",
                    "Věc: přístup k XML výsledkům voleb a povolení natáčení",
                    "1) Česká televize žádá o přístup k vyhrazenému serveru s výsledky. Adresy:",
                    {
                        "rows": [
                            ["Server", "IP", "Role"],
                            ["grafika-1", "203.0.113.33", "ostrý provoz"],
                            ["grafika-2", "203.0.113.34", "ostrý provoz"],
                            ["web", "203.0.113.35", "ostrý provoz"],
                            ["záloha", "203.0.113.36", "záložní"],
                            ["vývoj", "203.0.113.50", "test"],
                            ["vývoj-2", "203.0.113.51", "test"],
                        ],
                        "widths": [90, 110, 90],
                    },
                    "2) Současně žádáme o povolení natáčet na přebíracích místech v Praze "
                    "a v Brně.",
                    "Kontaktní osoba: Ing. Zdeněk Horáček, zdenek.horacek@ceskatelevize.example, "
                    "+420 261 132 775",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Česká televize",
            ICO_17,
            "e4wq7bz",
            ["203.0.113.33", "203.0.113.34", "203.0.113.35", "203.0.113.36"],
            ["203.0.113.50", "203.0.113.51"],
            "Zdeněk Horáček",
            "zdenek.horacek@ceskatelevize.example",
            "+420261132775",
        ),
    },
    {
        "id": "r018-forward-databox-printout",
        "description": "editor forwards the text of a data message they sent earlier, with the "
        "dm ID and the office's IČO in the quoted header",
        "style": "forward-own",
        "from": "Šárka Vávrová <vavrova@liberecky-denik.example>",
        "subject": "Fwd: Odeslaná datová zpráva č. 1184302211",
        "body": "Dobrý den,\n\nposílám pro jistotu i e-mailem, co jsme včera odeslali datovou "
        "schránkou (nevím, jestli to k Vám došlo).\n\nŠárka Vávrová\n\n"
        "---------- Přeposlaná zpráva ----------\n"
        "ID zprávy: 1184302211\n"
        "Odesílatel: Liberecký deník, a.s. (ID DS u8zn2pf)\n"
        "Příjemce: Český statistický úřad (ID DS 2gfaasy), IČO 00025593\n"
        "Předmět: Žádost o přístup k XML výsledkům voleb\n\n"
        "Liberecký deník, a.s., IČO " + ICO_19 + ", žádá o přístup k výsledkům voleb.\n"
        "Ostrý provoz: 198.18.120.5, 198.18.120.6\n"
        "Test: 198.18.121.5\n"
        "Kontakt: Šárka Vávrová, zástupkyně šéfredaktora, tel. 603 218 774\n",
        "labels": L(
            FEED,
            "Liberecký deník, a.s.",
            ICO_19,
            "u8zn2pf",
            ["198.18.120.5", "198.18.120.6"],
            ["198.18.121.5"],
            "Šárka Vávrová",
            "vavrova@liberecky-denik.example",
            "+420603218774",
        ),
    },
    {
        "id": "r019-databox-research-institute-rtf",
        "description": "public research institution, RTF letter; an old address is said to be "
        "replaced and must be left out; Sp. zn. and § numbers",
        "style": "attachment",
        "databox": {
            "box": "a9fm3rd",
            "sender": "Sociologický ústav AV ČR, v. v. i.",
            "address": "Jilská 361/1, 110 00 Praha 1",
            "type": 10,
        },
        "subject": "Sp. zn. SOU-2026-044",
        "attachments": [
            (
                "rtf",
                "SOU-2026-044.rtf",
                [
                    "Sociologický ústav AV ČR, v. v. i., IČO " + ICO_20,
                    "Sp. zn.: SOU-2026-044",
                    "Věc: Žádost o přístup k XML výstupu výsledků voleb",
                    "V souladu s § 2 odst. 1 písm. c) zákona č. 341/2005 Sb. provádíme "
                    "výzkum volebního chování a žádáme o přístup k výsledkům voleb.",
                    "Náš dosavadní server 192.0.2.44 byl vyřazen; nově používáme "
                    "192.0.2.48. Testovací adresu neuvádíme.",
                    "Kontaktní osoba: Mgr. Filip Matoušek, Ph.D., "
                    "filip.matousek@soc-cas.example, tel. 210 310 217",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Sociologický ústav AV ČR, v. v. i.",
            ICO_20,
            "a9fm3rd",
            ["192.0.2.48"],
            [],
            "Filip Matoušek",
            "filip.matousek@soc-cas.example",
            "+420210310217",
        ),
    },
    {
        "id": "r020-outlook-html-table-publisher-and-title",
        "description": "Outlook HTML: a magazine title and its publisher both named; the "
        "publisher has the IČO; addresses in an HTML table",
        "style": "html-table",
        "from": "Adam Šindelář <sindelar@vltavamedia.example>",
        "subject": "Žádost o XML výsledky voleb – časopis Týden v kraji",
        "body": "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro časopis Týden v kraji "
        "(vydavatel Vltava Media s.r.o., IČO " + ICO_21 + ").\n\n"
        "Produkce: 198.51.100.170, 198.51.100.171\nTest: 198.51.100.179\n\n"
        "Adam Šindelář\nšéf vývoje\n+420 734 116 590\n",
        "html": "<html><body><p class=MsoNormal>Dobrý den,</p>"
        "<p class=MsoNormal>žádáme o přístup k XML výsledkům voleb pro časopis "
        "<b>Týden v kraji</b> (vydavatel Vltava Media s.r.o., IČO " + ICO_21 + ").</p>"
        "<table border=1><tr><th>Role</th><th>IP</th></tr>"
        "<tr><td>Produkce</td><td>198.51.100.170</td></tr>"
        "<tr><td>Produkce</td><td>198.51.100.171</td></tr>"
        "<tr><td>Test</td><td>198.51.100.179</td></tr></table>"
        "<p class=MsoNormal>Adam Šindelář<br>šéf vývoje<br>+420 734 116 590</p>"
        "</body></html>",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "labels": L(
            FEED,
            "Vltava Media s.r.o.",
            ICO_21,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.179"],
            "Adam Šindelář",
            "sindelar@vltavamedia.example",
            "+420734116590",
        ),
    },
    {
        "id": "r021-databox-municipality-filming-docx",
        "description": "statutory city's data message: its TV studio asks to film; DOCX with "
        "a reference number and two film crew members beside the contact",
        "style": "recording-permit",
        "databox": {
            "box": "w2dk6ps",
            "sender": "Statutární město Kladno",
            "address": "nám. Starosty Pavla 44, 272 52 Kladno",
            "type": 10,
        },
        "subject": "Žádost o povolení natáčení – Kladenská televize",
        "attachments": [
            (
                "docx",
                "MMK-OKS-2231-2026.docx",
                {
                    "blocks": [
                        "Statutární město Kladno, IČO " + ICO_22,
                        "Č. j.: MMK/OKS/2231/2026",
                        "Věc: povolení pořizovat videozáznam na přebíracím místě",
                        "Městská Kladenská televize by ráda natočila krátkou reportáž na "
                        "přebíracím místě v Kladně. Štáb: kameraman Josef Brabec, "
                        "redaktorka Ivana Malá.",
                        "Kontakt: Mgr. Helena Procházková, tisková mluvčí, "
                        "prochazkova@mestokladno.example, 312 604 117",
                    ]
                },
            )
        ],
        "labels": L(
            FILM,
            "Statutární město Kladno",
            ICO_22,
            "w2dk6ps",
            [],
            [],
            "Helena Procházková",
            "prochazkova@mestokladno.example",
            "+420312604117",
        ),
    },
    {
        "id": "r022-gmail-freelancer-english-range",
        "description": "freelance data journalist in English from Gmail publishing a newsletter, "
        "production range of three, test IPv6",
        "style": "gmail",
        "from": "Tomas Reiner <tomas.reiner@mailbox.example>",
        "subject": "XML results access - DataBeat (freelance)",
        "body": "Hi,\n\nI run DataBeat, a one-man election data newsletter (I am a sole "
        "trader, no company). I would like access to the XML results.\n\n"
        "Production: 203.0.113.181 - 203.0.113.183\nTest: 2001:db8:ab::5\n\n"
        "Phone +420 720 551 368 if you need anything.\n\nTomas Reiner\n",
        "html": '<div dir="ltr"><div>Hi,</div><div><br></div><div>I run DataBeat, a one-man '
        "election data newsletter (I am a sole trader, no company). I would like access to "
        "the XML results.</div><div><br></div><div>Production: 203.0.113.181 - "
        "203.0.113.183<br>Test: 2001:db8:ab::5</div><div><br></div><div>Phone +420 720 551 "
        "368 if you need anything.</div><div><br></div><div>Tomas Reiner</div></div>",
        "labels": L(
            FEED,
            "Tomas Reiner",
            None,
            None,
            ["203.0.113.181", "203.0.113.182", "203.0.113.183"],
            ["2001:db8:ab::5"],
            "Tomas Reiner",
            "tomas.reiner@mailbox.example",
            "+420720551368",
        ),
    },
    {
        "id": "r023-databox-sole-trader-pfo",
        "description": "sole trader's data box (type 30): trade name with IČO in the "
        "annotation, addresses in a PDF; she publishes a news website",
        "style": "databox-message",
        "databox": {
            "box": "j5xe8vt",
            "sender": "Lenka Marešová",
            "address": "Riegrova 14, 779 00 Olomouc",
            "type": 30,
        },
        "subject": "Olomoucký kurýr – Lenka Marešová, IČO " + ico("7481205"),
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Lenka Marešová, IČO " + ico("7481205") + ", vydavatelka webu Olomoucký kurýr",
                    "Žádám o přístup k výsledkům voleb ve formátu XML pro zpravodajský "
                    "web Olomoucký kurýr.",
                    "IP adresa webového serveru: 192.0.2.93",
                    "Testovací adresa: 192.0.2.94",
                    "Lenka Marešová, lenka@olomouckykuryr.example, 775 318 029",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Lenka Marešová",
            ico("7481205"),
            "j5xe8vt",
            ["192.0.2.93"],
            ["192.0.2.94"],
            "Lenka Marešová",
            "lenka@olomouckykuryr.example",
            "+420775318029",
        ),
    },
    {
        "id": "r024-letter-radio-dates-lookalikes",
        "description": "formal letter in the body, a date 1.6.2026, a time 14.00, a version "
        "number 2.4.1 and an office file ref beside the real addresses",
        "style": "look-alikes",
        "from": "Radio Beta Hradec s.r.o. <provoz@radiobeta.example>",
        "subject": "Žádost o přístup – Radio Beta Hradec s.r.o., zn. RB/88/2026",
        "body": "Vážení,\n\nv návaznosti na Vaši výzvu ze dne 1.6.2026 (Vaše č. j. "
        "CSU-004512/2026-6) žádá společnost Radio Beta Hradec s.r.o., IČO " + ICO_24 + ", "
        "o přístup k výsledkům voleb ve formátu XML. Náš přehrávací systém verze 2.4.1 "
        "začne data číst ve 14.00 h.\n\n"
        "Pro ostrý provoz: 198.18.200.11\n"
        "Testovací: 198.18.200.12 a 198.18.200.13\n\n"
        "Kontakt: Richard Pospíšil, technik, tel. 495 220 631 (ústředna, linka 15), mobil 733 805 260, "
        "pospisil@radiobeta.example\n\n"
        "S pozdravem\nIng. Eva Kratochvílová, jednatelka\n",
        "labels": L(
            FEED,
            "Radio Beta Hradec s.r.o.",
            ICO_24,
            None,
            ["198.18.200.11"],
            ["198.18.200.12", "198.18.200.13"],
            "Richard Pospíšil",
            "pospisil@radiobeta.example",
            "+420733805260",
        ),
    },
    {
        "id": "r025-databox-slovak-agency-xlsx",
        "description": "Slovak-language data message from a Czech branch of a Slovak agency, "
        "XLSX with production and test columns side by side",
        "style": "slovak",
        "databox": {
            "box": "n6bg4yc",
            "sender": "Stredoeurópska tlačová agentúra, organizační složka",
            "address": "Vodičkova 710/31, 110 00 Praha 1",
            "type": 20,
        },
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "attachments": [
            (
                "txt",
                "ziadost.txt",
                "Stredoeurópska tlačová agentúra, organizační složka, IČO " + ICO_25 + ", "
                "žiada o prístup k výsledkom volieb. Adresy sú v tabuľke.\n"
                "Kontakt: Juraj Bielik, bielik@seta-agentura.example, +421 2 5441 7780\n",
            ),
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Produkčné", "Testovacie"],
                            ["203.0.113.71", "203.0.113.81"],
                            ["203.0.113.72", ""],
                        ],
                    }
                ],
            ),
        ],
        "labels": L(
            FEED,
            "Stredoeurópska tlačová agentúra, organizační složka",
            ICO_25,
            "n6bg4yc",
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.81"],
            "Juraj Bielik",
            "bielik@seta-agentura.example",
            "+421254417780",
        ),
    },
    {
        "id": "r026-reply-quoting-office-correction",
        "description": "reply quoting the office's request for a fix; the reply gives the "
        "corrected production address instead of the one in the quoted original",
        "style": "reply-quoting-office",
        "from": "Dominik Král <kral@zpravyzkraje.example>",
        "subject": "Re: Doplnění žádosti – evidenční číslo ZK-2026-118",
        "body": "Dobrý den,\n\nomlouvám se, v žádosti byl překlep. Správná produkční adresa "
        "je 198.51.100.211, ne 198.51.100.112. Test zůstává 198.51.100.219.\n\n"
        "Dominik Král\nZprávy z kraje, z. s.\n+420 608 733 145\n\n"
        "> Dne 3. 5. 2026 napsal(a) podatelna@czso.cz:\n"
        "> Vážený pane Králi, adresa 198.51.100.112 uvedená ve Vaší žádosti (evidenční číslo\n"
        "> ZK-2026-118) neodpovídá ... Prosíme o opravu.\n"
        "> Český statistický úřad, tel. 274 052 733\n"
        ">\n"
        "> > Zprávy z kraje, z. s., IČO " + ICO_26 + ", žádá o přístup k XML výsledkům.\n"
        "> > Produkce 198.51.100.112, test 198.51.100.219. Kontakt Dominik Král.\n",
        "labels": L(
            FEED,
            "Zprávy z kraje, z. s.",
            ICO_26,
            None,
            ["198.51.100.211"],
            ["198.51.100.219"],
            "Dominik Král",
            "kral@zpravyzkraje.example",
            "+420608733145",
        ),
    },
    {
        "id": "r027-databox-natural-person-english-filming",
        "description": "natural person's data box, a foreign documentary maker writing in "
        "English, filming only, phone in UK format",
        "style": "english",
        "databox": {
            "box": "q4uz7mf",
            "sender": "Eleanor Whitfield",
            "address": "Korunní 98, 101 00 Praha 10",
            "type": 40,
        },
        "subject": "Request for permission to film at a collection point",
        "attachments": [
            (
                "docx",
                "request.docx",
                {
                    "blocks": [
                        "Dear Sir or Madam,",
                        "I am an independent documentary filmmaker based in Prague, working "
                        "on a film about European election nights. I would like to ask for "
                        "permission to film at one of your collection points on election "
                        "night. I do not need access to the results data.",
                        "You can reach me at eleanor@whitfieldfilms.example or on "
                        "+44 7700 900 418.",
                        "Kind regards, Eleanor Whitfield",
                    ]
                },
            )
        ],
        "labels": L(
            FILM,
            "Eleanor Whitfield",
            None,
            "q4uz7mf",
            [],
            [],
            "Eleanor Whitfield",
            "eleanor@whitfieldfilms.example",
            "+447700900418",
        ),
    },
    {
        "id": "r028-apple-mail-chatty-university",
        "description": "chatty Apple Mail from a university press office: a student media "
        "project, the university is the applicant, an old address said to be unused; filming too",
        "style": "apple-mail",
        "from": "Klára Benešová <benesova@upol-press.example>",
        "subject": "Studentská televize a volby",
        "headers": [("X-Mailer", "Apple Mail (2.3774.500.171)")],
        "body": "Dobrý den,\n\njmenuji se Klára Benešová a mám na starosti tiskové oddělení "
        "Univerzity Palackého v Olomouci (IČO " + ICO_28 + "). Naše studentská televize "
        "UP TV by letos ráda poprvé odvysílala volební večer se skutečnými daty, tak se "
        "obracím na Vás s žádostí o přístup k XML výsledkům.\n\n"
        "Kolegové z IT mi dali tyto adresy: 198.51.100.48, 198.51.100.49 (obě ostrý "
        "provoz); testovat budou z 198.51.100.55. Adresu 198.51.100.50 z loňska už "
        "nepoužíváme, tu prosím neberte v úvahu.\n\n"
        "A kdyby to šlo, rádi bychom také natočili pár záběrů na přebíracím místě "
        "v Olomouci – studenti by byli nadšení.\n\n"
        "Děkuji a přeji hezký den,\nKlára Benešová\ntiskové oddělení\n"
        "Univerzita Palackého v Olomouci\n+420 585 631 042\n",
        "labels": L(
            BOTH,
            "Univerzita Palackého v Olomouci",
            ICO_28,
            None,
            ["198.51.100.48", "198.51.100.49"],
            ["198.51.100.55"],
            "Klára Benešová",
            "benesova@upol-press.example",
            "+420585631042",
        ),
    },
]
