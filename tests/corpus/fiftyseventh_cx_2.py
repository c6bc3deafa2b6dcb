"""Fifty-seventh held-out part ``cx``, cases cx015–cx028: a Spanish TV that only films, an
Italian paper deferring the XML, a Dutch outlet with 'respectievelijk', a Swedish paper with
IPv6 production, a regional TV's data message with a workbook and a temporary test host, a
municipal TV's reply with quoted history, a freelance photographer, an agency writing for its
client under a signature, a university institute's ODT with a netmask, a terse blogger with
IPv6 only, a data message with only a DIČ, a forwarded .eml, a Slovak HTML table and a formal
letter for a later election. Written by hand apart from the extraction rules (see
make_fiftyseventh_cx); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyseventh_cx_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I19, I20, I21, I22 = ico("2864310"), ico("0075042"), ico("8731902"), ico("2539871")
I22A, I23, I25, I26 = ico("2604173"), ico("0021670"), ico("2918453"), ico("2786094")
I27, I28 = ico("3615972"), ico("2740613")

CASES: list[dict[str, Any]] = [
    {
        "id": "cx015-spanish-filming-only",
        "description": "Spanish documentary TV wants only to film the counting; says outright "
        "it needs no XML; the producer is the contact, the director only signs along",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Televisión Meseta S.L.",
            None,
            None,
            [],
            [],
            "Lucía Fernández",
            "lucia.fernandez@tvmeseta.example",
            "+34655281937",
        ),
        "from": "Lucía Fernández <lucia.fernandez@tvmeseta.example>",
        "subject": "Solicitud de permiso de grabación - elecciones",
        "headers": GMAIL,
        "body": "Estimados señores:\n\n"
        "Televisión Meseta S.L. (Valladolid) está preparando un documental sobre los procesos "
        "electorales en Europa central. Nos gustaría grabar en su centro de recuento la noche "
        "electoral (equipo de tres personas). No necesitamos acceso a los datos XML.\n\n"
        "Persona de contacto: Lucía Fernández, productora, "
        "lucia.fernandez@tvmeseta.example, tel. +34 655 28 19 37\n\n"
        "Atentamente,\nLucía Fernández\nJavier Ortega (director)\n",
    },
    {
        "id": "cx016-italian-xml-later",
        "description": "Italian paper asks to film now and defers the XML to the next election, "
        "naming an address it might use then",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Il Corriere Alpino S.r.l.",
            None,
            None,
            [],
            [],
            "Marco Bellini",
            "m.bellini@corrierealpino.example",
            "+393471928460",
        ),
        "from": "Marco Bellini <m.bellini@corrierealpino.example>",
        "subject": "Richiesta permesso riprese – elezioni ceche",
        "headers": SAMSUNG,
        "body": "Buongiorno,\n\n"
        "sono Marco Bellini, giornalista de Il Corriere Alpino S.r.l. (Bolzano). Vorremmo "
        "chiedere il permesso di fare riprese e fotografie presso il vostro ufficio durante "
        "lo spoglio.\n\n"
        "L'accesso XML ai risultati lo chiederemo più avanti, per le prossime elezioni "
        "(probabilmente dal server 203.0.113.60).\n\n"
        "Contatto: Marco Bellini, cell. +39 347 192 8460\n\n"
        "Cordiali saluti\nMarco Bellini\n",
    },
    {
        "id": "cx017-dutch-respectievelijk",
        "description": "Dutch outlet gives two addresses 'respectievelijk' for production and "
        "test; filming asked for only if allowed (still a request)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Noordzee Media B.V.",
            None,
            None,
            ["198.51.100.110"],
            ["198.51.100.111"],
            "Sanne de Vries",
            "sanne.devries@noordzeemedia.example",
            "+31612873045",
        ),
        "from": "Sanne de Vries <sanne.devries@noordzeemedia.example>",
        "subject": "Aanvraag toegang verkiezingsresultaten (XML) en filmen",
        "headers": OUTLOOK,
        "body": "Geachte heer/mevrouw,\n\n"
        "Noordzee Media B.V. (KvK 74120936, Rotterdam) vraagt toegang tot de XML-feed met de "
        "verkiezingsuitslagen. Onze servers 198.51.100.110 en 198.51.100.111 worden "
        "respectievelijk voor productie en voor testen gebruikt.\n\n"
        "Daarnaast willen we graag filmen op uw telcentrum, als dat is toegestaan.\n\n"
        "Contactpersoon: Sanne de Vries, +31 6 1287 3045\n\n"
        "Met vriendelijke groet,\nSanne de Vries\nhoofd data-redactie\n",
    },
    {
        "id": "cx018-swedish-ipv6-production",
        "description": "Swedish paper with two IPv6 production addresses and an IPv4 test "
        "address; the org number is Swedish",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tidningen Norrlandsposten AB",
            None,
            None,
            ["2001:db8:5e::1", "2001:db8:5e::2"],
            ["198.18.7.40"],
            "Erik Lindqvist",
            "erik.lindqvist@norrlandsposten.example",
            "+46702846119",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@norrlandsposten.example>",
        "subject": "Ansökan om åtkomst till valresultat (XML)",
        "headers": EVOLUTION,
        "body": "Hej,\n\n"
        "Tidningen Norrlandsposten AB (org.nr 556812-4470, Umeå) ansöker om åtkomst till "
        "valresultaten i XML. Vi behöver inget filmtillstånd.\n\n"
        "Produktion: 2001:db8:5e::1, 2001:db8:5e::2\n"
        "Test: 198.18.7.40\n"
        "Kontaktperson: Erik Lindqvist, +46 70 284 61 19\n\n"
        "Vänliga hälsningar\nErik Lindqvist\nutvecklare, digitala redaktionen\n",
    },
    {
        "id": "cx019-databox-regional-tv-xlsx-temporary",
        "description": "a regional TV's data message: bare annotation, a workbook with two "
        "sheets; a temporary test host, a production row and the contact surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Vysočina Plus s.r.o.",
            I19,
            "tv9pl3x",
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.75"],
            "Hana Sedláčková",
            "sedlackova@vysocinaplus.example",
            "+420731508246",
        ),
        "databox": box(
            "tv9pl3x", "Televize Vysočina Plus s.r.o.", "Havlíčkovo nábřeží 17, 586 01 Jihlava"
        ),
        "subject": "Volby 2025 - žádost",
        "attachments": [
            (
                "xlsx",
                "zadost_volby_VP.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žádost média – volby do Poslanecké sněmovny 2025", ""],
                            ["Žadatel", "Televize Vysočina Plus s.r.o."],
                            ["IČO", I19],
                            ["Přístup k XML", "ano"],
                            ["Natáčení na pracovišti ČSÚ", "ano (Jihlava)"],
                            ["Kontakt", "Sedláčková Hana"],
                            ["E-mail", "sedlackova@vysocinaplus.example"],
                            ["Mobil", "731 508 246"],
                        ],
                        "merge": ["A1:B1"],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkce", "203.0.113.70", "hlavní grafika"],
                            ["produkce", "203.0.113.71", "web"],
                            ["test", "203.0.113.75", "dočasný server, jen do voleb"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cx020-municipal-tv-reply-quoted",
        "description": "a municipal TV (a town's allowance organisation) replies to the office "
        "with the missing test address; production only in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kulturní centrum Horní Rožnov, příspěvková organizace",
            I20,
            None,
            ["192.0.2.130"],
            ["192.0.2.131"],
            "Pavel Jireš",
            "jires@kc-roznov.example",
            "+420571664218",
        ),
        "from": "Pavel Jireš <jires@kc-roznov.example>",
        "subject": "Re: Vaše žádost o přístup k XML – doplnění",
        "headers": CENTRUM,
        "body": "Dobrý den,\n\n"
        "doplňuji testovací adresu: 192.0.2.131. Jinak vše platí.\n\n"
        "Pavel Jireš\n\n"
        "-----Původní zpráva-----\n"
        "Od: volby@czso.cz\n"
        "Předmět: Vaše žádost o přístup k XML – doplnění\n\n"
        "> Dobrý den, ve Vaší žádosti chybí testovací IP adresa. Prosíme o doplnění.\n"
        "> Oddělení volebních informací, ČSÚ, tel. +420 274 052 733\n"
        ">\n"
        ">> Dobrý den,\n"
        ">> Městská televize Horní Rožnov, kterou provozuje Kulturní centrum Horní Rožnov,\n"
        ">> příspěvková organizace (IČO " + I20 + "), žádá o přístup k XML s výsledky.\n"
        ">> Produkční IP: 192.0.2.130\n"
        ">> Kontakt: Pavel Jireš, kameraman a správce sítě, 571 664 218\n"
        ">> Pavel Jireš\n",
    },
    {
        "id": "cx021-freelance-photographer-film-only",
        "description": "a freelance photographer (an OSVČ with an IČO) writes three lines: "
        "only photographing, her work described after a dash",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Lucie Marková",
            I21,
            None,
            [],
            [],
            "Lucie Marková",
            "lucie@markovafoto.example",
            "+420736215408",
        ),
        "from": "Lucie Marková <lucie@markovafoto.example>",
        "subject": "fotografování volby",
        "headers": IPHONE,
        "body": "Dobrý den, prosím o povolení fotografovat ve volební noc na pracovišti ČSÚ "
        "v Olomouci (pro ČTK a regionální tisk). Data nepotřebuji.\n"
        "Lucie Marková – fotografka na volné noze, IČO " + I21 + ", 736 215 408\n",
    },
    {
        "id": "cx022-agency-for-client-radio-signed",
        "description": "a media agency writes on behalf of its client radio in a signed mail; "
        "both IČOs; the agency's account manager is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Rádio Podbrdí s.r.o.",
            I22,
            None,
            ["198.18.30.5", "198.18.30.6", "198.18.30.7"],
            ["198.18.30.9"],
            "Barbora Vacková",
            "vackova@medialniservis.example",
            "+420725613904",
        ),
        "from": "Barbora Vacková <vackova@medialniservis.example>",
        "subject": "Žádost o přístup k XML – Rádio Podbrdí",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážení,\n\n"
        "naše agentura Mediální servis Beroun s.r.o. (IČO " + I22A + ") zajišťuje pro "
        "svého klienta, společnost Rádio Podbrdí s.r.o., IČO " + I22 + ", technické "
        "zázemí volebního vysílání. Jménem klienta (plná moc v příloze poštou) žádáme o "
        "přístup k XML s průběžnými výsledky.\n\n"
        "Produkce: 198.18.30.5 až 198.18.30.7\n"
        "Test: 198.18.30.9\n\n"
        "Kontaktní osobou pro tuto žádost jsem já.\n\n"
        "S pozdravem\n"
        "Barbora Vacková\n"
        "account manager\n"
        "Mediální servis Beroun s.r.o.\n"
        "tel. 725 613 904\n",
    },
    {
        "id": "cx023-university-institute-odt-netmask",
        "description": "a university institute sends an ODT; production as an address with a "
        "netmask, no test; the institute applies as its university",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Slezská univerzita v Hlučíně, veřejná vysoká škola",
            I23,
            None,
            ["198.18.40.4", "198.18.40.5", "198.18.40.6", "198.18.40.7"],
            [],
            "Jiří Halama",
            "halama@ipv.su-hlucin.example",
            "+420553418720",
        ),
        "from": "Jiří Halama <halama@ipv.su-hlucin.example>",
        "subject": "Žádost Ústavu politických věd – XML",
        "headers": TBIRD,
        "body": "Dobrý den, v příloze posílám žádost našeho ústavu. Děkuji, J. Halama\n",
        "attachments": [
            (
                "odt",
                "zadost_UPV.odt",
                [
                    "Slezská univerzita v Hlučíně, veřejná vysoká škola\n"
                    "Filozofická fakulta, Ústav politických věd\nIČO " + I23,
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    "Ústav politických věd žádá pro výzkum volebního chování o přístup k "
                    "dedikovanému serveru s výsledky. Natáčení nežádáme.",
                    [
                        ["Síť (produkce)", "198.18.40.4, maska 255.255.255.252"],
                        ["Test", "neuvádíme, test poběží ze stejné sítě"],
                        ["Kontakt", "RNDr. Jiří Halama, halama@ipv.su-hlucin.example"],
                        ["Telefon", "553 418 720"],
                    ],
                    "V Hlučíně 4. 9. 2025, prof. Ing. Eva Dostálová, CSc., ředitelka ústavu",
                ],
            )
        ],
    },
    {
        "id": "cx024-terse-blogger-ipv6",
        "description": "a one-person election blog, no company, no IČO; four lines, IPv6 only, "
        "a nickname in the greeting and the full name in the signature",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Vojtěch Kratochvíl",
            None,
            None,
            ["2001:db8:ab::5"],
            ["2001:db8:ab::6"],
            "Vojtěch Kratochvíl",
            "vojta@volebnimapa.example",
            "+420605117482",
        ),
        "from": "Vojta <vojta@volebnimapa.example>",
        "subject": "xml feed",
        "headers": K9,
        "body": "Zdravím, prosím o XML pro volebnimapa.example (dělám to sám, bez firmy).\n"
        "prod 2001:db8:ab::5\ntest 2001:db8:ab::6\n"
        "Vojtěch Kratochvíl, 605 117 482\n",
    },
    {
        "id": "cx025-databox-dic-only-rtf",
        "description": "data message with an RTF letter that gives only the DIČ (CZ + eight "
        "digits); production as 'až' range with a shortened end",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Týdeník Polabí s.r.o.",
            I25,
            "p2lb8dq",
            ["198.51.100.150", "198.51.100.151", "198.51.100.152"],
            ["198.51.100.153"],
            "Ondřej Kužel",
            "kuzel@tydenikpolabi.example",
            "+420604228391",
        ),
        "databox": box("p2lb8dq", "Týdeník Polabí s.r.o.", "Palackého 212, 290 01 Poděbrady"),
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Týdeník Polabí s.r.o., Palackého 212, Poděbrady, DIČ: CZ" + I25,
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    [
                        ["produkční IP", "198.51.100.150 až .152"],
                        ["testovací IP", "198.51.100.153"],
                        ["kontakt", "Ondřej Kužel, kuzel@tydenikpolabi.example, 604 228 391"],
                    ],
                    "Ondřej Kužel, šéfredaktor",
                ],
            )
        ],
    },
    {
        "id": "cx026-forward-eml-wrong-address",
        "description": "an editor forwards a colleague's application as an attached .eml (sent "
        "to a wrong address first); both requests; the forwarder is not the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Jihočeské listy a.s.",
            I26,
            None,
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.219"],
            "Tereza Boušková",
            "bouskova@jihoceskelisty.example",
            "+420777430612",
        ),
        "from": "Milan Šulc <sulc@jihoceskelisty.example>",
        "subject": "Fwd: žádost o XML a natáčení",
        "headers": OWA,
        "body": "Dobrý den,\n\nkolegyně poslala žádost omylem na info@, přeposílám ji v "
        "příloze. Kontaktujte prosím přímo ji.\n\nMilan Šulc, sekretariát redakce\n",
        "attachments": [
            (
                "eml",
                "zadost_Bouskova.eml",
                {
                    "id": "cx026-inner",
                    "from": "Tereza Boušková <bouskova@jihoceskelisty.example>",
                    "to": "info@czso.example",
                    "subject": "žádost o XML a natáčení",
                    "headers": OUTLOOK,
                    "body": "Dobrý den,\n\n"
                    "Jihočeské listy a.s., IČO " + I26 + ", žádají o přístup k XML výsledkům "
                    "a o povolení natáčet v Českých Budějovicích.\n"
                    "Produkční IP: 203.0.113.210, 203.0.113.211\n"
                    "Testovací IP: 203.0.113.219\n"
                    "Kontakt: Tereza Boušková, 777 430 612\n\n"
                    "Děkuji\nTereza Boušková\n",
                },
            )
        ],
    },
    {
        "id": "cx027-slovak-html-table",
        "description": "Slovak news site in HTML with a plain-text alternative; a table of "
        "'produkčná / testovacia' rows with a second contact for the night",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Denník Východ, a.s.",
            I27,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.59"],
            "Zuzana Hriňová",
            "hrinova@dennikvychod.example",
            "+421918442730",
        ),
        "from": "Zuzana Hriňová <hrinova@dennikvychod.example>",
        "subject": "Žiadosť o XML výsledky volieb",
        "headers": SEZNAM,
        "body": "Dobrý deň,\n\nDenník Východ, a.s., IČO " + I27 + ", žiada o prístup k XML.\n"
        "produkčná IP: 192.0.2.50, 192.0.2.51\ntestovacia IP: 192.0.2.59\n"
        "kontakt: Zuzana Hriňová, +421 918 442 730\n"
        "v noci: Peter Kollár, +421 903 551 208\n\nZuzana Hriňová\n",
        "html": "<p>Dobrý deň,</p><p><b>Denník Východ, a.s.</b>, IČO " + I27 + ", žiada o "
        "prístup k XML.</p><table border='1'>"
        "<tr><th>produkčná IP</th><td>192.0.2.50<br>192.0.2.51</td></tr>"
        "<tr><th>testovacia IP</th><td>192.0.2.59</td></tr>"
        "<tr><th>kontakt</th><td>Zuzana Hriňová, +421 918 442 730</td></tr>"
        "<tr><th>v noci</th><td>Peter Kollár, +421 903 551 208</td></tr>"
        "</table><p>Zuzana Hriňová</p>",
    },
    {
        "id": "cx028-formal-letter-later-election-pdf",
        "description": "a long formal PDF letter applying as a whole for the regional "
        "elections of 2028; two production addresses and a backup one counted as production",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Krajská televize Jeseníky, o.p.s.",
            I28,
            None,
            ["203.0.113.120", "203.0.113.121", "203.0.113.122"],
            ["203.0.113.125"],
            "Radim Polášek",
            "polasek@ktjeseniky.example",
            "+420584771306",
        ),
        "from": "Sekretariát KTJ <sekretariat@ktjeseniky.example>",
        "subject": "Žádost – krajské volby 2028",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze zasíláme žádost. S pozdravem, sekretariát\n",
        "attachments": [
            (
                "pdf",
                "zadost_KTJ_2028.pdf",
                [
                    "Krajská televize Jeseníky, o.p.s.\nNádražní 540, 790 01 Jeseník\nIČO " + I28,
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                    "Věc: Žádost o zpřístupnění průběžných výsledků voleb do zastupitelstev "
                    "krajů 2028",
                    "Vážené dámy, vážení pánové,",
                    "s ohledem na dlouhou přípravu našeho volebního vysílání se na Vás "
                    "obracíme s předstihem. Krajská televize Jeseníky, o.p.s. tímto žádá o "
                    "zpřístupnění průběžných výsledků voleb do zastupitelstev krajů, které se "
                    "budou konat v roce 2028, prostřednictvím dedikovaného serveru ve formátu "
                    "XML. O povolení k natáčení na pracovištích ČSÚ tentokrát nežádáme.",
                    {
                        "rows": [
                            ["Produkční servery", "203.0.113.120, 203.0.113.121"],
                            ["Záložní server", "203.0.113.122"],
                            ["Testovací server", "203.0.113.125"],
                            [
                                "Kontaktní osoba",
                                "Ing. Radim Polášek, technický ředitel, "
                                "polasek@ktjeseniky.example, tel. 584 771 306",
                            ],
                        ],
                        "widths": [120, 340],
                    },
                    "Věříme, že naší žádosti vyhovíte, a děkujeme za spolupráci.",
                    "V Jeseníku dne 8. září 2025\nMgr. Stanislava Hrubá\nředitelka",
                ],
            )
        ],
    },
]
