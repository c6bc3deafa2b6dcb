"""Seventeenth held-out part ``kb``, cases kb027–kb042: cover notes that amend the attachment,
old addresses, netmasks, nested forwards and more data messages, written by hand apart from the
extraction rules."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.seventeenth_kb_common import Style

FEED = "feed_access"
FILM = "recording_permit"

ICO_TEPLICE = ico("2810338")
ICO_ECHO = ico("0562120")
ICO_NOVA_HORA = ico("0027634")
ICO_KRUMLOV = ico("2670124")
ICO_ZAHORIE = ico("3580177")
ICO_OSTRAVAK = ico("0669215")
ICO_ZLIN = ico("2948153")
ICO_KARLOVARSKO = ico("2643310")
ICO_PODHORI = ico("0492806")
ICO_STUDENT = ico("7088213")
ICO_DATAPULSE = ico("0911734")
ICO_MARKOVA = ico("6734402")
ICO_PODHURI = ico("2857119")
ICO_MOST = ico("2799640")
ICO_HLAS = ico("2266173")

CASES: list[dict[str, Any]] = [
    {
        "id": "kb027-cover-gives-new-phone",
        "description": "PDF form with an old phone; the cover note gives the number to use now",
        "style": Style.CORRECTION,
        "from": "Blanka Rezková <rezkova@teplickydenik.example>",
        "subject": "žádost o přístup – Teplický deník",
        "body": (
            "Dobrý den,\n\nformulář přikládám. Telefon 417 530 111 ve formuláři už neplatí "
            "(přestěhovali jsme se), volejte mi prosím na mobil 731 288 406.\n\n"
            "Blanka Rezková\n"
        ),
        "attachments": [
            (
                "pdf",
                "TD_formular.pdf",
                [
                    "Žádost o přístup k datovému výstupu výsledků voleb",
                    {
                        "rows": [
                            ["Název žadatele", "Teplický deník s.r.o."],
                            ["IČO", ICO_TEPLICE],
                            ["IP (ostrý provoz)", "198.51.100.101"],
                            ["IP (test)", "198.51.100.102"],
                            ["Kontaktní osoba", "Blanka Rezková"],
                            ["Telefon", "417 530 111"],
                            ["E-mail", "rezkova@teplickydenik.example"],
                        ],
                        "widths": [160, 270],
                    },
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Teplický deník s.r.o.",
            ICO_TEPLICE,
            None,
            ["198.51.100.101"],
            ["198.51.100.102"],
            "Blanka Rezková",
            "rezkova@teplickydenik.example",
            "+420731288406",
        ),
    },
    {
        "id": "kb028-docx-magazine-publisher-both",
        "description": "DOCX letter of a weekly named with its publisher (publisher holds the IČO); "
        "feed and filming, IPv6 test host",
        "style": Style.LETTER,
        "from": "Echo Plus – redakce <redakce@echoplus.example>",
        "subject": "Týdeník Echo Plus – žádost",
        "body": "Dobrý den, posíláme naši žádost na hlavičkovém papíře.\nRedakce Echo Plus\n",
        "attachments": [
            (
                "docx",
                "EchoPlus_zadost.docx",
                {
                    "header": "TÝDENÍK ECHO PLUS",
                    "footer": f"Vydává Echo Plus Media s.r.o., Křižíkova 22, Praha 8, "
                    f"IČO {ICO_ECHO}",
                    "blocks": [
                        "Vážení,",
                        "týdeník Echo Plus chystá k volbám speciální vydání a živý přenos na "
                        "webu. Prosíme o dvě věci: přístup k XML výstupu výsledků (servery "
                        "203.0.113.33 a 203.0.113.34, testovací 2001:db8:ec::2) a svolení, "
                        "aby náš reportér s kameramanem mohli natáčet na sběrném místě.",
                        "Veškerou komunikaci prosím veďte se zástupcem šéfredaktora "
                        "Pavlem Matějkou (matejka@echoplus.example, 608 551 020).",
                        "Za redakci\nMgr. Irena Hollá, šéfredaktorka",
                    ],
                },
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Echo Plus Media s.r.o.",
            ICO_ECHO,
            None,
            ["203.0.113.33", "203.0.113.34"],
            ["2001:db8:ec::2"],
            "Pavel Matějka",
            "matejka@echoplus.example",
            "+420608551020",
        ),
    },
    {
        "id": "kb029-databox-municipal-odt-screens",
        "description": "town's data message with an ODT: feed for the results screen on the square",
        "style": Style.DATABOX,
        "databox": {
            "box": "w9ad3cg",
            "sender": "Město Nová Hora",
            "address": "Radniční 1, 675 51 Nová Hora",
            "type": 10,
        },
        "subject": "Žádost o přístup k datům – výsledky na náměstí",
        "attachments": [
            (
                "odt",
                "zadost_mesto.odt",
                [
                    f"Město Nová Hora, IČO {ICO_NOVA_HORA}",
                    "Odbor vnějších vztahů – redakce Novohorských listů",
                    "Rádi bychom ve volební noc promítali průběžné výsledky na velkoplošnou "
                    "obrazovku na náměstí. Žádáme o přístup k XML výstupu z městského serveru "
                    "198.18.90.14. Testovací adresa: 198.18.90.15.",
                    "Vyřizuje: Radka Pospíšilová, radka.pospisilova@novahora.example, "
                    "tel. 568 401 133",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Město Nová Hora",
            ICO_NOVA_HORA,
            "w9ad3cg",
            ["198.18.90.14"],
            ["198.18.90.15"],
            "Radka Pospíšilová",
            "radka.pospisilova@novahora.example",
            "+420568401133",
        ),
    },
    {
        "id": "kb030-rtf-old-addresses-dropped",
        "description": "RTF names last year's addresses as no longer valid and lists the new ones",
        "style": Style.RTF,
        "from": "Ota Brabec <brabec@krumlovskelisty.example>",
        "subject": "Krumlovské listy – přístup XML (nové adresy)",
        "body": "Dobrý den, zasílám žádost v RTF.\nO. Brabec\n",
        "attachments": [
            (
                "rtf",
                "KL_zadost_2025.rtf",
                [
                    f"Krumlovské listy, s.r.o., IČO {ICO_KRUMLOV}",
                    "Žádost o přístup k XML výstupu výsledků voleb",
                    "Při minulých volbách jsme data stahovali z adres 203.0.113.20 až "
                    "203.0.113.22. Ty už nepoužíváme, server byl zrušen.",
                    "Nově prosíme povolit: 203.0.113.80 a 203.0.113.81 (produkce), "
                    "203.0.113.90 (test).",
                    "Ota Brabec, IT, brabec@krumlovskelisty.example, 380 711 402",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Krumlovské listy, s.r.o.",
            ICO_KRUMLOV,
            None,
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.90"],
            "Ota Brabec",
            "brabec@krumlovskelisty.example",
            "+420380711402",
        ),
    },
    {
        "id": "kb031-english-html-baltic-agency-pdf",
        "description": "Latvian agency without IČO: HTML mail plus a PDF asking for feed and filming",
        "style": Style.HTML,
        "from": "Ilze Kalniņa <ilze.kalnina@balticnewswire.example>",
        "subject": "Baltic Newswire – accreditation request (data feed + filming)",
        "html": (
            "<html><body><p>Dear colleagues,</p><p>Baltic Newswire SIA would like to cover "
            "the Czech elections. Our formal request is in the attached PDF.</p>"
            "<p>Ilze Kalniņa<br>Chief of Foreign Desk<br>+371 2612 3456</p></body></html>"
        ),
        "attachments": [
            (
                "pdf",
                "BNW_request.pdf",
                [
                    "BALTIC NEWSWIRE SIA · Brīvības iela 58, Rīga, Latvia",
                    "1. Access to the XML results feed from our production server 198.51.100.90 "
                    "(we have no test environment).",
                    "2. Permission for our correspondent to film at the collection point in "
                    "Prague on election night.",
                    "Contact: Ilze Kalniņa, ilze.kalnina@balticnewswire.example, +371 2612 3456",
                ],
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Baltic Newswire SIA",
            None,
            None,
            ["198.51.100.90"],
            [],
            "Ilze Kalniņa",
            "ilze.kalnina@balticnewswire.example",
            "+37126123456",
        ),
    },
    {
        "id": "kb032-slovak-docx-form-cidr",
        "description": "Slovak TV, DOCX form in Slovak with a /31 plus one production address",
        "style": Style.FORM,
        "from": "Tomáš Bielik <bielik@tvzahorie.example>",
        "subject": "Žiadosť o prístup k XML",
        "body": "Dobrý deň, posielam vyplnený formulár. S pozdravom, T. Bielik\n",
        "attachments": [
            (
                "docx",
                "formular_TVZ.docx",
                {
                    "blocks": [
                        "ŽIADOSŤ O PRÍSTUP K VÝSLEDKOM VOLIEB",
                        {
                            "rows": [
                                ["Žiadateľ", "TV Záhorie, s.r.o."],
                                ["IČO", ICO_ZAHORIE],
                                ["Produkčné adresy", "192.0.2.150/31, 192.0.2.152"],
                                ["Testovacia adresa", "192.0.2.160"],
                                ["Kontaktná osoba", "Ing. Tomáš Bielik"],
                                ["Telefón", "+421 34 651 2290"],
                                ["E-mail", "bielik@tvzahorie.example"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            [FEED],
            "TV Záhorie, s.r.o.",
            ICO_ZAHORIE,
            None,
            ["192.0.2.150", "192.0.2.151", "192.0.2.152"],
            ["192.0.2.160"],
            "Tomáš Bielik",
            "bielik@tvzahorie.example",
            "+421346512290",
        ),
    },
    {
        "id": "kb033-odt-community-radio-both-dual-stack",
        "description": "community radio ODT: feed on IPv4 and IPv6 and filming, no test host",
        "style": Style.ODT,
        "from": "Rádio Ostravak <studio@ostravak.example>",
        "subject": "Volby – žádost Rádia Ostravak",
        "body": "Zdravíme, žádost posíláme v příloze (ODT). Rádio Ostravak\n",
        "attachments": [
            (
                "odt",
                "ostravak.odt",
                [
                    f"Rádio Ostravak, z. ú., IČO {ICO_OSTRAVAK}",
                    "Jsme komunitní rádio a ve volební noc vysíláme speciál. Potřebujeme:",
                    "– přístup k XML výsledkům (server 198.51.100.15, IPv6 2001:db8:15::15),",
                    "– povolení nahrát rozhovory a atmosféru na sběrném místě v Ostravě.",
                    "Kontakt: Petr Lasák, petr.lasak@ostravak.example, 777 015 915",
                ],
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Rádio Ostravak, z. ú.",
            ICO_OSTRAVAK,
            None,
            ["198.51.100.15", "2001:db8:15::15"],
            [],
            "Petr Lasák",
            "petr.lasak@ostravak.example",
            "+420777015915",
        ),
    },
    {
        "id": "kb034-empty-body-xlsx-everything",
        "description": "mail with an empty body; the XLSX holds applicant, hosts and contact",
        "style": Style.SPREADSHEET,
        "from": "zlinsky.zpravodaj@zzr.example",
        "subject": "XML volby",
        "body": "\n",
        "attachments": [
            (
                "xlsx",
                "ZZ_zadost.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Zlínský zpravodaj s.r.o.", ICO_ZLIN],
                            ["žádáme o přístup k XML výstupu", ""],
                            ["produkce", "203.0.113.120"],
                            ["produkce", "203.0.113.121"],
                            ["test", "203.0.113.125"],
                            ["kontakt", "Hynek Šváb"],
                            ["mobil", "+420 725 441 008"],
                            ["e-mail", "svab@zzr.example"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Zlínský zpravodaj s.r.o.",
            ICO_ZLIN,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Hynek Šváb",
            "svab@zzr.example",
            "+420725441008",
        ),
    },
    {
        "id": "kb035-pdf-letter-signer-and-tech-contact",
        "description": "PDF letter sent by an assistant, signed by the director, with a named "
        "technical contact who has his own e-mail and phone",
        "style": Style.PDF,
        "from": '"Koubková, Marie" <koubkova@karlovarsko.example>',
        "subject": "Žádost o zřízení přístupu – Karlovarsko Média",
        "body": "Dobrý den,\nz pověření ředitele posílám žádost.\nMarie Koubková, asistentka\n",
        "attachments": [
            (
                "pdf",
                "KM_zadost.pdf",
                [
                    f"<b>Karlovarsko Média a.s.</b>, Zeyerova 9, Karlovy Vary, IČO {ICO_KARLOVARSKO}",
                    "Věc: přístup k XML výstupu výsledků voleb",
                    "Žádáme o přístup pro náš zpravodajský server 192.0.2.222 a záložní "
                    "server 192.0.2.223. Testovací prostředí neprovozujeme.",
                    "Technickým kontaktem je Ing. Radim Vacek, správce systémů, "
                    "radim.vacek@karlovarsko.example, +420 359 600 712.",
                    "S pozdravem\nPhDr. Miloš Hrubý\nředitel",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Karlovarsko Média a.s.",
            ICO_KARLOVARSKO,
            None,
            ["192.0.2.222", "192.0.2.223"],
            [],
            "Radim Vacek",
            "radim.vacek@karlovarsko.example",
            "+420359600712",
        ),
    },
    {
        "id": "kb036-databox-rtf-filming-dropped",
        "description": "data message with an RTF asking for both; a later paragraph drops filming",
        "style": Style.DATABOX,
        "databox": {
            "box": "k4pz7ub",
            "sender": "Podhorský deník, a.s.",
            "address": "Nádražní 15, 541 01 Trutnov",
        },
        "subject": "Žádost – přístup k výsledkům voleb",
        "attachments": [
            (
                "rtf",
                "PD_zadost.rtf",
                [
                    f"Podhorský deník, a.s.\nIČO: {ICO_PODHORI}",
                    "Žádáme:",
                    "1. o přístup k XML výstupu výsledků voleb pro adresy 198.51.100.180 a "
                    "198.51.100.181, test 198.51.100.189;",
                    "2. o povolení natáčet na sběrném místě v Trutnově.",
                    "Doplnění: bod 2 prosím považujte za bezpředmětný, štáb nakonec do "
                    "Trutnova nevyšleme.",
                    "Kontakt: Jitka Šindelářová, sindelarova@podhorskydenik.example, 499 811 276",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Podhorský deník, a.s.",
            ICO_PODHORI,
            "k4pz7ub",
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.189"],
            "Jitka Šindelářová",
            "sindelarova@podhorskydenik.example",
            "+420499811276",
        ),
    },
    {
        "id": "kb037-txt-semicolon-host-list",
        "description": "student newsroom, TXT with a semicolon host list and a retired row",
        "style": Style.TXT,
        "from": "Studentský spolek Kampus <kampus@kampusnews.example>",
        "subject": "Žádost studentské redakce Kampus",
        "body": (
            f"Dobrý den,\n\nStudentský spolek Kampus, z. s., IČO {ICO_STUDENT}, žádá o přístup "
            "k XML výstupu výsledků voleb pro naši volební noc. Seznam strojů je v příloze.\n\n"
            "Kontaktní osoba: Adéla Nováčková, +420 792 300 411\n"
        ),
        "attachments": [
            (
                "txt",
                "hosts.csv.txt",
                "role;ip;poznamka\n"
                "prod;198.18.120.5;hlavni\n"
                "prod;198.18.120.6;zaloha\n"
                "test;198.18.120.50;\n"
                "prod;198.18.120.4;zrusen, nepouzivat\n",
            )
        ],
        "labels": L(
            [FEED],
            "Studentský spolek Kampus, z. s.",
            ICO_STUDENT,
            None,
            ["198.18.120.5", "198.18.120.6"],
            ["198.18.120.50"],
            "Adéla Nováčková",
            "kampus@kampusnews.example",
            "+420792300411",
        ),
    },
    {
        "id": "kb038-forward-attached-original-with-txt",
        "description": "forward with the original request attached as a message with a TXT",
        "style": Style.FORWARD,
        "from": "Podhůří Rádio – recepce <recepce@radiopodhuri.example>",
        "subject": "Fw: Žádost o přístup k výsledkům voleb",
        "body": "Dobrý den, posíláme znovu, původní zpráva se k Vám asi nedostala.\nRecepce\n",
        "attachments": [
            (
                "eml",
                "puvodni_zprava.eml",
                {
                    "id": "kb038-inner",
                    "from": "Vlastimil Doležal <dolezal@radiopodhuri.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": (
                        f"Dobrý den,\nRádio Podhůří s.r.o. (IČO {ICO_PODHURI}) žádá o přístup "
                        "k XML výstupu. Adresy a kontakt v přiloženém souboru.\nV. Doležal\n"
                    ),
                    "attachments": [
                        (
                            "txt",
                            "adresy.txt",
                            "Produkční: 203.0.113.55\nTestovací: 203.0.113.56\n"
                            "Kontakt: Vlastimil Doležal, mobil 602 477 190\n",
                        )
                    ],
                },
            )
        ],
        "labels": L(
            [FEED],
            "Rádio Podhůří s.r.o.",
            ICO_PODHURI,
            None,
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Vlastimil Doležal",
            "dolezal@radiopodhuri.example",
            "+420602477190",
        ),
    },
    {
        "id": "kb039-english-pdf-czech-company-netmask",
        "description": "Czech analytics firm writing in English: netmask block and IPv6 test host",
        "style": Style.PDF,
        "from": "Ondrej Vlk <ondrej.vlk@datapulse.example>",
        "subject": "Election results feed – access request",
        "body": "Hello, our request is attached (PDF). Best, Ondrej Vlk\n",
        "attachments": [
            (
                "pdf",
                "DataPulse_request.pdf",
                [
                    f"DataPulse Analytics s.r.o. · Company ID (IČO): {ICO_DATAPULSE}",
                    "We provide live election dashboards to Czech regional media and request "
                    "access to the XML results feed.",
                    {
                        "rows": [
                            ["Environment", "Network"],
                            ["Production", "203.0.113.200 netmask 255.255.255.252"],
                            ["Test", "2001:db8:dd::1"],
                        ],
                        "widths": [120, 300],
                    },
                    "Contact: Ondrej Vlk, CTO, ondrej.vlk@datapulse.example, +420 702 118 934",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "DataPulse Analytics s.r.o.",
            ICO_DATAPULSE,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["2001:db8:dd::1"],
            "Ondrej Vlk",
            "ondrej.vlk@datapulse.example",
            "+420702118934",
        ),
    },
    {
        "id": "kb040-docx-photographer-filming",
        "description": "freelance photographer (natural person with IČO), DOCX asking only to shoot",
        "style": Style.LETTER,
        "from": "Eva Marková <eva@markovafoto.example>",
        "subject": "Povolení fotografovat a natáčet",
        "body": "Dobrý den, v příloze posílám žádost. Děkuji, Eva Marková\n",
        "attachments": [
            (
                "docx",
                "Markova_zadost.docx",
                {
                    "header": f"Eva Marková | fotografie a video | IČO {ICO_MARKOVA} | Plzeň",
                    "blocks": [
                        "Dobrý den,",
                        "pracuji jako nezávislá fotografka a kameramanka pro několik "
                        "regionálních redakcí. Ráda bych požádala o povolení pořídit "
                        "fotografie a krátké video na sběrném místě v Plzni během sčítání.",
                        "Jsem k zastižení na čísle 604 90 90 12 nebo e-mailem "
                        "eva@markovafoto.example.",
                        "Eva Marková",
                    ],
                },
            )
        ],
        "labels": L(
            [FILM],
            "Eva Marková",
            ICO_MARKOVA,
            None,
            [],
            [],
            "Eva Marková",
            "eva@markovafoto.example",
            "+420604909012",
        ),
    },
    {
        "id": "kb041-databox-xlsx-ipv6-both",
        "description": "data message with an XLSX: IPv6 production hosts, IPv4 test, and filming",
        "style": Style.DATABOX,
        "databox": {
            "box": "r6yx2nh",
            "sender": "Mostecká televize, s.r.o.",
            "address": "Radniční 1/2, 434 01 Most",
        },
        "subject": "Volby – XML výstup a natáčení",
        "attachments": [
            (
                "xlsx",
                "MTV_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Mostecká televize, s.r.o.", f"IČO {ICO_MOST}"],
                            ["Přístup k XML výstupu", "ano"],
                            ["Natáčení na sběrném místě (Most)", "ano"],
                            ["Kontakt", "Zdeněk Hlaváč, 476 103 550, hlavac@mostv.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["role", "adresa"],
                            ["produkce", "2001:db8:3e::a"],
                            ["produkce", "2001:db8:3e::b"],
                            ["test", "192.0.2.44"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Mostecká televize, s.r.o.",
            ICO_MOST,
            "r6yx2nh",
            ["2001:db8:3e::a", "2001:db8:3e::b"],
            ["192.0.2.44"],
            "Zdeněk Hlaváč",
            "hlavac@mostv.example",
            "+420476103550",
        ),
    },
    {
        "id": "kb042-cover-drops-test-address-docx",
        "description": "DOCX form lists a test address; the cover note says there will be no "
        "test and asks to ignore it",
        "style": Style.COVER_NOTE,
        "from": "Hlas Pomoraví <jakub.sedlak@hlaspomoravi.example>",
        "subject": "Žádost o XML – Hlas Pomoraví",
        "body": (
            "Dobrý den,\n\nv příloze formulář. Testovací adresu 192.0.2.99, kterou v něm "
            "uvádíme, prosím nezadávejte – testovací server jsme mezitím zrušili a testovat "
            "nebudeme.\n\nJakub Sedlák\n"
        ),
        "attachments": [
            (
                "docx",
                "HP_formular.docx",
                {
                    "blocks": [
                        "Formulář – přístup k XML výstupu výsledků voleb",
                        {
                            "rows": [
                                ["Žadatel", "Hlas Pomoraví, s.r.o."],
                                ["IČO", ICO_HLAS],
                                ["IP ostrý provoz", "198.18.7.70\n198.18.7.71"],
                                ["IP test", "192.0.2.99"],
                                ["Kontakt", "Jakub Sedlák"],
                                ["Tel.", "(+420) 573 020 418"],
                                ["E-mail", "jakub.sedlak@hlaspomoravi.example"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            [FEED],
            "Hlas Pomoraví, s.r.o.",
            ICO_HLAS,
            None,
            ["198.18.7.70", "198.18.7.71"],
            [],
            "Jakub Sedlák",
            "jakub.sedlak@hlaspomoravi.example",
            "+420573020418",
        ),
    },
]
