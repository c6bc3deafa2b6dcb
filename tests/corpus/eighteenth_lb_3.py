"""Eighteenth held-out part ``lb``, cases lb029–lb042: more data messages, a forwarded office
reply, key=value and netmask text files, a web-form mail, supplements in a second attachment
(written by hand apart from the extraction rules, see make_eighteenth_lb)."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighteenth_lb_common import (
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I_CHRUDIM = ico("2748093")
I_BLANSKO = ico("0651274")
I_HORACKO = ico("2593048")
I_DECIN = ico("0817356")
I_BRUNTAL = ico("2904713")
I_BENESOV = ico("0739561")
I_KOLIN = ico("2665480")
I_WEBFORM = ico("0582394")
I_ORLOVA = ico("0029739")
I_CASLAV = ico("2831074")
I_MOST = ico("0694528")
I_CEE = ico("2716943")
I_UHERSKY = ico("0857162")

CASES: list[dict[str, Any]] = [
    {
        "id": "lb029-databox-annotation-no-test",
        "description": "data message with the application in the annotation (no test server); "
        "the attached DOCX is a power of attorney naming the director",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Chrudimský kraj s.r.o.",
            I_CHRUDIM,
            "h3wq6bx",
            ["203.0.113.201", "203.0.113.202"],
            [],
            "Ivo Černík",
            None,
            "+420602915404",
        ),
        "databox": {
            "box": "h3wq6bx",
            "sender": "Chrudimský kraj s.r.o.",
            "address": "Resselovo nám. 77, 537 01 Chrudim",
        },
        "subject": (
            "Žádost o přístup k XML s výsledky voleb: produkční IP 203.0.113.201 a "
            "203.0.113.202, testovací nepotřebujeme. Kontakt Mgr. Ivo Černík, 602 915 404"
        ),
        "attachments": [
            (
                "docx",
                "plna_moc.docx",
                {
                    "blocks": [
                        "PLNÁ MOC",
                        f"Chrudimský kraj s.r.o., IČO {I_CHRUDIM}, zastoupená jednatelem "
                        "Romanem Píchou, zmocňuje Mgr. Ivo Černíka, nar. 1984, k podání "
                        "žádosti o přístup k výsledkům voleb u Českého statistického úřadu.",
                        "V Chrudimi dne 9. 9. 2025\nRoman Pícha, jednatel",
                    ]
                },
            )
        ],
    },
    {
        "id": "lb030-pdf-form-feed-unticked-old-ips",
        "description": "PDF form: feed box unticked, filming ticked; the cover mail says the "
        "addresses left in the form are last year's",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Blanenský týdeník s.r.o.",
            I_BLANSKO,
            None,
            [],
            [],
            "Eliška Doležalová",
            "dolezalova@blanenskytydenik.example",
            "+420516408213",
        ),
        "from": "Eliška Doležalová <dolezalova@blanenskytydenik.example>",
        "subject": "žádost o natáčení – Blanenský týdeník",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\nletos žádáme jen o natáčení. Formulář jsem vyplnila přes loňský "
            "soubor, takže v něm zůstaly IP adresy z minula – ty prosím ignorujte, XML "
            "tentokrát nechceme.\n\nDěkuji, Eliška Doležalová\n516 408 213\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_BT.pdf",
                [
                    "<b>Formulář žádosti – média</b>",
                    f"Žadatel: Blanenský týdeník s.r.o., IČO {I_BLANSKO}",
                    "☐ přístup k XML výstupu výsledků",
                    "☒ povolení pořizovat záznam na sběrném místě (Blansko)",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.14"],
                            ["Testovací IP", "192.0.2.15"],
                            ["Kontaktní osoba", "Eliška Doležalová"],
                            ["E-mail", "dolezalova@blanenskytydenik.example"],
                        ],
                        "widths": [120, 220],
                    },
                ],
            )
        ],
    },
    {
        "id": "lb031-txt-keyvalue-netmask-contractor",
        "description": "IT contractor writes for a publisher; TXT key=value with a netmask and "
        "a client version; the contractor's technician is the contact",
        "style": Style.TXT,
        "labels": L(
            [FEED],
            "Horácké noviny a.s.",
            I_HORACKO,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Filip Vacek",
            "vacek@netwerk-it.example",
            "+420777580216",
        ),
        "from": "Filip Vacek <vacek@netwerk-it.example>",
        "subject": "Horácké noviny – přístup k XML (technické údaje)",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\njménem našeho klienta, vydavatelství Horácké noviny a.s. (IČO "
            f"{I_HORACKO}), žádám o přístup k XML výstupu výsledků voleb. Technické údaje "
            "jsou v přiloženém souboru. Kontaktní osobou pro technické věci jsem já.\n\n"
            "Filip Vacek\nNetwerk IT s.r.o. – správa serverů\nmobil: +420 777 580 216\n"
        ),
        "attachments": [
            (
                "txt",
                "horacke_xml.conf.txt",
                "# Horacke noviny - volby 2025\n"
                "PROD_IP=198.51.100.32 255.255.255.252\n"
                "TEST_IP=198.51.100.40\n"
                "CLIENT_VERSION=3.1.0.2\n"
                "POLL_INTERVAL=30\n"
                "CONTACT=vacek@netwerk-it.example\n",
            )
        ],
    },
    {
        "id": "lb032-databox-docx-abbreviated-columns",
        "description": "data message, DOCX with 'Prod.'/'Test.' column headers and a 'záloha' "
        "row; filming in the text",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Děčínský deník, a. s.",
            I_DECIN,
            "s6fm3yp",
            ["192.0.2.80", "192.0.2.81"],
            ["192.0.2.90"],
            "Lucie Zemanová",
            "zemanova@decinskydenik.example",
            "+420412330845",
        ),
        "databox": {
            "box": "s6fm3yp",
            "sender": "Děčínský deník, a. s.",
            "address": "Masarykovo nám. 3, 405 02 Děčín",
        },
        "subject": "Volby 2025 – žádost DD",
        "attachments": [
            (
                "docx",
                "DD_zadost.docx",
                {
                    "header": f"Děčínský deník, a. s. | IČO {I_DECIN}",
                    "blocks": [
                        "Vážení,",
                        "žádáme o přístup k serveru s výsledky voleb (XML) a zároveň o "
                        "povolení natáčet na sběrném místě v Děčíně.",
                        {
                            "rows": [
                                ["Server", "Prod.", "Test."],
                                ["hlavní", "192.0.2.80", "192.0.2.90"],
                                ["záloha", "192.0.2.81", ""],
                            ]
                        },
                        "Kontakt: Lucie Zemanová, 412 330 845, zemanova@decinskydenik.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "lb033-forwarded-office-reply-eml",
        "description": "the applicant attaches the office's earlier reply (.eml with the office's "
        "phone and contacts) and answers it in the new text",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Bruntálský zpravodaj s.r.o.",
            I_BRUNTAL,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Aleš Kučera",
            "kucera@bruntalskyzpravodaj.example",
            "+420554207118",
        ),
        "from": "Aleš Kučera <kucera@bruntalskyzpravodaj.example>",
        "subject": "Re: doplnění žádosti",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nk Vaší zprávě (přikládám ji) doplňuji chybějící údaje:\n"
            "produkční IP: 203.0.113.150\ntestovací IP: 203.0.113.151\n"
            "kontakt: Aleš Kučera, 554 207 118\n\n"
            f"Bruntálský zpravodaj s.r.o., IČO {I_BRUNTAL}\n"
        ),
        "attachments": [
            (
                "eml",
                "zprava_CSU.eml",
                {
                    "id": "lb033-inner",
                    "from": "Oddělení voleb <volby@czso.cz>",
                    "to": "kucera@bruntalskyzpravodaj.example",
                    "subject": "doplnění žádosti",
                    "body": (
                        "Dobrý den,\n\nVaše žádost neobsahuje IP adresy ani kontaktní osobu. "
                        "Doplňte je prosím do 12. 9. Testovací adresy se odpojují během "
                        "ostrého zpracování.\n\nS pozdravem\nJana Svobodová\n"
                        "Český statistický úřad, tel. 274 052 733\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "lb034-odt-respectively",
        "description": "ODT letter giving the roles with 'resp.' in one sentence",
        "style": Style.ODT,
        "labels": L(
            [FEED],
            "Benešovský posel, z. s.",
            I_BENESOV,
            None,
            ["192.0.2.10"],
            ["192.0.2.11"],
            "Jaroslav Fiala",
            "fiala@benesovskyposel.example",
            "+420317723419",
        ),
        "from": "Jaroslav Fiala <fiala@benesovskyposel.example>",
        "subject": "Žádost o přístup k výsledkům",
        "headers": GMAIL,
        "body": "Dobrý den,\nžádost je v příloze (ODT).\nJ. Fiala\n",
        "attachments": [
            (
                "odt",
                "zadost_BP.odt",
                [
                    f"Benešovský posel, z. s., Masarykovo nám. 100, 256 01 Benešov, IČ {I_BENESOV}",
                    "Žádáme o přístup k serveru s výsledky voleb v XML. Pro ostrý provoz, "
                    "resp. pro testování použijeme adresy 192.0.2.10, resp. 192.0.2.11.",
                    "Kontaktní osoba: Jaroslav Fiala, tel. 317 723 419, "
                    "fiala@benesovskyposel.example",
                    "V Benešově 12. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "lb035-databox-annotation-adds-filming",
        "description": "data message: the XLSX has only the feed data, the annotation adds filming",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Kolínské listy s.r.o.",
            I_KOLIN,
            "c8rv5jm",
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.62"],
            "Tereza Hájková",
            "hajkova@kolinskelisty.example",
            "+420321744095",
        ),
        "databox": {
            "box": "c8rv5jm",
            "sender": "Kolínské listy s.r.o.",
            "address": "Karlovo nám. 1, 280 02 Kolín",
        },
        "subject": (
            "Žádost o přístup k XML (údaje v tabulce) a zároveň žádáme o povolení natáčet "
            "na sběrném místě Kolín"
        ),
        "attachments": [
            (
                "xlsx",
                "KL_pristup.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Kolínské listy s.r.o.", None, None],
                            ["IČO", I_KOLIN, None],
                            [None, None, None],
                            ["", "IP", "typ"],
                            [1, "198.51.100.60", "produkční"],
                            [2, "198.51.100.61", "produkční"],
                            [3, "198.51.100.62", "testovací"],
                            [None, None, None],
                            ["Kontakt", "Tereza Hájková", "321 744 095"],
                            ["E-mail", "hajkova@kolinskelisty.example", None],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "lb036-pdf-signature-three-people",
        "description": "PDF letter signed by three people; the IT manager is named contact; "
        "IČO with spaces",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Orlovský hlas s.r.o.",
            I_ORLOVA,
            None,
            ["203.0.113.40", "203.0.113.41"],
            ["203.0.113.42"],
            "Radek Mikulec",
            "mikulec@orlovskyhlas.example",
            "+420736215008",
        ),
        "from": "Redakce Orlovský hlas <redakce@orlovskyhlas.example>",
        "subject": "Žádost o zpřístupnění výsledků",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost o zpřístupnění výsledků voleb.\n\n"
            "Redakce Orlovského hlasu\n"
        ),
        "attachments": [
            (
                "pdf",
                "OH_zadost_2025.pdf",
                [
                    "<b>Orlovský hlas s.r.o.</b>\nOsvobození 796, 735 14 Orlová\n"
                    f"IČ: {I_ORLOVA[:3]} {I_ORLOVA[3:5]} {I_ORLOVA[5:]} · "
                    "tel. ústředna 596 511 200",
                    "Žádáme o přístup k XML výstupu výsledků voleb. Produkční servery: "
                    "203.0.113.40 a 203.0.113.41. Testovací server: 203.0.113.42.",
                    "Kontaktní osobou pro tuto žádost je Ing. Radek Mikulec "
                    "(mikulec@orlovskyhlas.example, mobil 736 215 008).",
                    {
                        "rows": [
                            ["Mgr. Zuzana Kolářová", "Ing. Radek Mikulec", "Petr Ondruch"],
                            ["šéfredaktorka", "vedoucí IT", "obchodní ředitel"],
                            ["731 440 120", "736 215 008", "602 311 455"],
                        ],
                        "widths": [150, 150, 150],
                    },
                ],
            )
        ],
    },
    {
        "id": "lb037-html-webform-checkboxes",
        "description": "notification mail from the applicant's web form: ☑/☐ characters, "
        "plain and HTML alternative",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Čáslavské noviny, s.r.o.",
            I_CASLAV,
            None,
            ["192.0.2.222"],
            ["192.0.2.223"],
            "Monika Charvátová",
            "charvatova@caslavskenoviny.example",
            "+420327315560",
        ),
        "from": "Webový formulář <formular@caslavskenoviny.example>",
        "subject": "[formular] Žádost ČSÚ – volby",
        "headers": [("X-Mailer", "PHPMailer 6.9.1")],
        "body": (
            "Odeslaný formulář č. 2025-0917\n\n"
            "Organizace: Čáslavské noviny, s.r.o.\n"
            f"IČO: {I_CASLAV}\n"
            "☑ Přístup k XML výsledkům\n"
            "☑ Natáčení na sběrném místě\n"
            "☐ Jiné\n"
            "Produkční IP: 192.0.2.222\n"
            "Testovací IP: 192.0.2.223\n"
            "Kontaktní osoba: Monika Charvátová\n"
            "E-mail: charvatova@caslavskenoviny.example\n"
            "Telefon: 327-315-560\n"
        ),
        "html": (
            "<html><body><h3>Odeslaný formulář č. 2025-0917</h3><table>"
            "<tr><td>Organizace</td><td>Čáslavské noviny, s.r.o.</td></tr>"
            f"<tr><td>IČO</td><td>{I_CASLAV}</td></tr>"
            "<tr><td>&#9745;</td><td>Přístup k XML výsledkům</td></tr>"
            "<tr><td>&#9745;</td><td>Natáčení na sběrném místě</td></tr>"
            "<tr><td>&#9744;</td><td>Jiné</td></tr>"
            "<tr><td>Produkční IP</td><td>192.0.2.222</td></tr>"
            "<tr><td>Testovací IP</td><td>192.0.2.223</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Monika Charvátová</td></tr>"
            "<tr><td>E-mail</td><td>charvatova@caslavskenoviny.example</td></tr>"
            "<tr><td>Telefon</td><td>327-315-560</td></tr></table></body></html>"
        ),
    },
    {
        "id": "lb038-databox-town-pdf-crew-table",
        "description": "a town's data message, PDF only: filming with a crew table whose role "
        "column names the contact",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Statutární město Most",
            I_MOST,
            "j7ud2ks",
            [],
            [],
            "Veronika Šťastná",
            "stastna@mesto-most.example",
            "+420476448203",
        ),
        "databox": {
            "box": "j7ud2ks",
            "sender": "Statutární město Most",
            "address": "Radniční 1/2, 434 69 Most",
            "type": 10,
        },
        "subject": "Žádost o povolení natáčení – Mostecké listy",
        "attachments": [
            (
                "pdf",
                "natáčení_Most.pdf",
                [
                    f"<b>Statutární město Most</b>, Radniční 1/2, 434 69 Most, IČO {I_MOST}",
                    "Redakce Mosteckých listů (periodikum města) žádá o povolení natáčet na "
                    "sběrném místě v Mostě dne 4. 10. 2025. Přístup k datům XML "
                    "nepožadujeme.",
                    {
                        "rows": [
                            ["Jméno", "Role", "Telefon"],
                            ["Veronika Šťastná", "redaktorka, kontaktní osoba", "476 448 203"],
                            ["Michal Kopecký", "kameraman", "731 904 552"],
                        ],
                        "widths": [120, 170, 100],
                    },
                    "E-mail kontaktní osoby: stastna@mesto-most.example",
                    "Mgr. Jan Paparega, vedoucí odboru kanceláře primátora",
                ],
            )
        ],
    },
    {
        "id": "lb039-second-attachment-supplements",
        "description": "two attachments: a DOCX form without a test address and a TXT "
        "supplement adding it and a new phone",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "CEE Media Group, a.s.",
            I_CEE,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.129"],
            "Petr Bláha",
            "blaha@ceemedia.example",
            "+420702556981",
        ),
        "from": "Petr Bláha <blaha@ceemedia.example>",
        "subject": "Žádost + doplnění",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nposílám formulář a k němu doplnění (doplneni.txt) – formulář "
            "jsem vyplňoval dřív, než jsme měli testovací stroj.\n\nPetr Bláha\n"
        ),
        "attachments": [
            (
                "docx",
                "CEE_formular.docx",
                {
                    "blocks": [
                        "Formulář – přístup k XML výsledkům voleb",
                        {
                            "rows": [
                                ["Žadatel", "CEE Media Group, a.s."],
                                ["IČO", I_CEE],
                                ["Produkční IP", "198.51.100.120, 198.51.100.121"],
                                ["Testovací IP", ""],
                                ["Kontaktní osoba", "Petr Bláha"],
                                ["Telefon", "224 810 337"],
                            ]
                        },
                    ]
                },
            ),
            (
                "txt",
                "doplneni.txt",
                "Doplnění k formuláři CEE Media Group:\n"
                "- testovací IP: 198.51.100.129\n"
                "- telefon ve formuláři je pevná linka, která o víkendu nefunguje, volejte "
                "prosím na mobil 702 556 981\n",
            ),
        ],
    },
    {
        "id": "lb040-databox-contact-in-annotation",
        "description": "data message: the annotation names the contact, the PDF (signed by the "
        "director) carries her phone and the addresses",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Uherskohradišťské noviny s.r.o.",
            I_UHERSKY,
            "x9ga4tn",
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Eva Jelínková",
            "jelinkova@uhnoviny.example",
            "+420572503116",
        ),
        "databox": {
            "box": "x9ga4tn",
            "sender": "Uherskohradišťské noviny s.r.o.",
            "address": "Masarykovo nám. 21, 686 01 Uherské Hradiště",
        },
        "subject": "Žádost o přístup k XML – kontaktní osoba p. Eva Jelínková",
        "attachments": [
            (
                "pdf",
                "UHN_zadost.pdf",
                [
                    f"<b>Uherskohradišťské noviny s.r.o.</b> · IČO {I_UHERSKY}",
                    "Žádáme o zřízení přístupu k serveru s výsledky voleb ve formátu XML.",
                    {
                        "rows": [
                            ["produkce", "203.0.113.101"],
                            ["test", "203.0.113.102"],
                        ],
                        "widths": [100, 150],
                    },
                    {
                        "rows": [
                            ["Jméno", "Telefon", "E-mail"],
                            ["Eva Jelínková", "572 503 116", "jelinkova@uhnoviny.example"],
                        ],
                        "widths": [110, 90, 180],
                    },
                    "Ing. Stanislav Vrba, ředitel\ntel. 572 503 100",
                ],
            )
        ],
    },
    {
        "id": "lb041-english-xlsx-respectively",
        "description": "English cover mail of a Czech company: the spreadsheet has no role "
        "column, the mail assigns roles by row",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Central European Wire s.r.o.",
            ico("0576128"),
            None,
            ["192.0.2.51", "192.0.2.52"],
            ["192.0.2.59"],
            "Sarah Collins",
            "s.collins@cewire.example",
            "+420603884125",
        ),
        "from": "Sarah Collins <s.collins@cewire.example>",
        "subject": "Election results feed - Central European Wire",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\nCentral European Wire s.r.o. (company ID "
            f"{ico('0576128')}) would like access to the XML results server. The "
            "attached sheet lists our three hosts: the first two rows are production, "
            "the last one is for testing only.\n\nContact: Sarah Collins, mobile "
            "+420 603 884 125.\n\nThanks,\nSarah\n"
        ),
        "attachments": [
            (
                "xlsx",
                "cew_hosts.xlsx",
                [
                    {
                        "title": "Hosts",
                        "rows": [
                            ["Hostname", "IPv4"],
                            ["feed-a.cewire.example", "192.0.2.51"],
                            ["feed-b.cewire.example", "192.0.2.52"],
                            ["lab.cewire.example", "192.0.2.59"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "lb042-databox-txt-ipv6-test-both",
        "description": "data message with a plain-text letter: both requests, a test address "
        "in IPv6",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Rádio Hranice, spol. s r.o.",
            ico("2649735"),
            "v5tb8ry",
            ["198.51.100.201"],
            ["2001:db8:77::2"],
            "Jindřich Kozel",
            "kozel@radiohranice.example",
            "+420581601744",
        ),
        "databox": {
            "box": "v5tb8ry",
            "sender": "Rádio Hranice, spol. s r.o.",
            "address": "Pernštejnské nám. 4, 753 01 Hranice",
        },
        "subject": "Volby – Rádio Hranice",
        "attachments": [
            (
                "txt",
                "zadost_RH.txt",
                "Rádio Hranice, spol. s r.o.\n"
                f"IČO: {ico('2649735')}\n\n"
                "Věc: žádost o přístup k XML a o povolení nahrávat\n\n"
                "Žádáme o přístup k výsledkům voleb ve formátu XML:\n"
                "  produkční server .... 198.51.100.201\n"
                "  testovací server .... 2001:db8:77:0:0:0:0:2\n\n"
                "Dále žádáme o povolení pořídit zvukový záznam (rozhovory) na sběrném "
                "místě v Hranicích.\n\n"
                "Kontakt: Jindřich Kozel, 581 601 744, kozel@radiohranice.example\n",
            )
        ],
    },
]
