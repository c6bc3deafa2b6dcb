"""Fifth-round held-out cases i029–i042 (written by hand; see fifth_i_common)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fifth_i_common import FEED, REC, L, Style, ico

PODLUZI = ico("2698120")
STRED = ico("2519374")
BOX_STRED = "q2b5hte"
COURIER = ico("0712458")
ZAPAD = ico("2861047")
BOX_ZAPAD = "w8r4kcn"
MSZ = ico("2590437")
KOLIN = ico("0445196")

CASES: list[dict[str, Any]] = [
    {
        "id": "i029-forward-as-attachment",
        "description": "the application, first sent to an officer's personal address, forwarded to"
        " the filing office as an attached message with a one-line cover note",
        "style": Style.FORWARD,
        "labels": L(
            [FEED], "Podluží dnes s.r.o.", PODLUZI, None,
            ["192.0.2.110", "192.0.2.111"], ["192.0.2.119"],
            "Libor Čech", "cech@podluzidnes.example", "+420724318006",
        ),
        "from": "Libor Čech <cech@podluzidnes.example>",
        "subject": "Fw: Žádost o XML – Podluží dnes",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n"
            "paní Nováková z ČSÚ mi poradila poslat žádost na podatelnu, přikládám ji tedy"
            " znovu jako přílohu.\n"
            "Libor Čech\n"
        ),
        "attachments": [(
            "eml", "Žádost o XML – Podluží dnes.eml", {
                "id": "i029-inner",
                "from": "Libor Čech <cech@podluzidnes.example>",
                "to": "jana.novakova@czso.cz",
                "subject": "Žádost o XML – Podluží dnes",
                "body": (
                    "Dobrý den, paní Nováková,\n\n"
                    "Podluží dnes s.r.o. (IČO " + PODLUZI + ") by ráda dostávala výsledky"
                    " voleb z vyhrazeného XML serveru.\n\n"
                    "Produkční IP adresy: 192.0.2.110, 192.0.2.111\n"
                    "Testovací IP adresa: 192.0.2.119\n\n"
                    "Kontakt: Libor Čech, cech@podluzidnes.example, tel. 724 318 006\n\n"
                    "Děkuji\nLibor Čech, vydavatel\n"
                ),
            },
        )],
    },
    {
        "id": "i030-databox-pdf-office-box-in-letter",
        "description": "data message with a PDF letter that prints the office's own data-box ID"
        " in the recipient block and the applicant's in the letterhead; feed and filming",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, REC], "Regionální televize Střed a.s.", STRED, BOX_STRED,
            ["198.18.60.10", "198.18.60.11"], ["198.18.60.20"],
            "Veronika Tichá", "ticha@rtvstred.example", "+420725114736",
        ),
        "databox": {"box": BOX_STRED, "sender": "Regionální televize Střed a.s.",
                    "address": "Palackého 1720, 280 02 Kolín", "ref": "RTV-2022/118"},
        "subject": "Žádost – XML výsledky a natáčení (volba prezidenta 2023)",
        "attachments": [(
            "pdf", "RTV_Stred_zadost.pdf", [
                "Regionální televize Střed a.s. | Palackého 1720, 280 02 Kolín | IČO "
                + STRED + " | ID DS " + BOX_STRED,
                "Český statistický úřad\nodbor informatiky\nNa padesátém 81, 100 82 Praha 10\n"
                "ID datové schránky: 2gfaasy",
                "Naše značka: RTV-2022/118",
                "Věc: Žádost o přístup k XML výsledkům a o povolení natáčení",
                "Regionální televize Střed a.s. žádá o přístup k výsledkům voleb na vyhrazeném"
                " serveru a zároveň o povolení pořídit obrazový záznam na přebíracím místě"
                " v Kolíně (Středočeský kraj).",
                {"rows": [
                    ["Produkční adresy", "Testovací adresy"],
                    ["198.18.60.10, 198.18.60.11", "198.18.60.20"],
                ], "widths": [200, 200]},
                "Natáčet bude štáb ve složení Ondřej Bílek (kamera) a Veronika Tichá"
                " (redaktorka). Kontaktní osobou je Veronika Tichá, tel. 725 114 736,"
                " ticha@rtvstred.example.",
                "Mgr. Pavel Holub, předseda představenstva",
            ],
        )],
    },
    {
        "id": "i031-slovak-phone-note",
        "description": "Slovak two-liner from a phone, the phone in Slovak national format, no"
        " legal form or IČO",
        "style": Style.MOBILE,
        "labels": L(
            [FEED], "Denník Východ", None, None,
            ["203.0.113.150"], ["203.0.113.151"],
            "Marek Kováč", "kovac@dennikvychod.example", "+421903412776",
        ),
        "from": "Marek Kováč <kovac@dennikvychod.example>",
        "subject": "XML volby CZ",
        "body": (
            "Dobrý deň, prosím o prístup k XML výsledkom pre Denník Východ: ostrá IP"
            " 203.0.113.150, testovacia 203.0.113.151. Ďakujem, Marek Kováč, 0903 412 776\n\n"
            "Odoslané z môjho telefónu\n"
        ),
    },
    {
        "id": "i032-english-foreign-company-number",
        "description": "British agency: a UK company number that is not an IČO, a written range,"
        " an IPv6 test address, the signature names a separate technical contact",
        "style": Style.SIGNATURES,
        "labels": L(
            [FEED], "Danube Wire Ltd", None, None,
            ["198.18.100.1", "198.18.100.2", "198.18.100.3"], ["2001:db8:c0::1"],
            "Graham Whitfield", "g.whitfield@danubewire.example", "+442079460418",
        ),
        "from": "Sophie Lang <s.lang@danubewire.example>",
        "subject": "Danube Wire - application for results feed access",
        "body": (
            "Dear colleagues,\n\n"
            "Danube Wire Ltd, a news agency registered in England and Wales, hereby applies"
            " for access to the XML results server for the presidential election.\n\n"
            "Our production servers are 198.18.100.1 to 198.18.100.3. For testing we will"
            " connect over IPv6 only, from 2001:db8:c0::1.\n\n"
            "For all technical matters, including the technical meeting, please contact our"
            " systems engineer Graham Whitfield (details below).\n\n"
            "Best regards,\n\n"
            "Sophie Lang\n"
            "Central Europe Editor | s.lang@danubewire.example | +44 20 7946 0022\n\n"
            "Graham Whitfield\n"
            "Systems Engineer | g.whitfield@danubewire.example | +44 20 7946 0418\n\n"
            "Danube Wire Ltd · Company No. 11872334 · 12 Fleet Lane, London EC4A 2AB\n"
        ),
    },
    {
        "id": "i033-gmail-correction-of-yesterday",
        "description": "a correction mail: one test address replaced, everything else in the"
        " applicant's own mail quoted below",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED], "Horácké noviny, s.r.o.", ico("2556134"), None,
            ["198.18.7.1", "198.18.7.2"], ["198.18.7.70"],
            "Ivana Štěpánková", "stepankova@horackenoviny.example", "+420566621390",
        ),
        "from": "Ivana Štěpánková <stepankova@horackenoviny.example>",
        "subject": "Re: Žádost o přístup k XML – OPRAVA",
        "body": (
            "Dobrý den,\n\n"
            "oprava k mé včerejší žádosti: testovací IP není 198.18.7.7, ale 198.18.7.70"
            " (kolega se přepsal). Zbytek platí.\n\n"
            "Ivana Štěpánková\n\n"
            "po 5. 12. 2022 v 13:44 odesílatel Ivana Štěpánková"
            " <stepankova@horackenoviny.example> napsal:\n\n"
            "> Dobrý den,\n"
            "> Horácké noviny, s.r.o., IČO " + ico("2556134") + ", žádají o přístup k XML"
            " výsledkům voleb.\n"
            "> Produkční: 198.18.7.1, 198.18.7.2\n"
            "> Testovací: 198.18.7.7\n"
            "> Kontakt: Ivana Štěpánková, 566 621 390\n"
            "> S pozdravem\n"
            "> Ivana Štěpánková\n"
        ),
    },
    {
        "id": "i034-chatty-english-czech-typos",
        "description": "an expat editor mixes English and Czech, with typos and emoji",
        "style": Style.CHATTY,
        "labels": L(
            [FEED], "Prague Pulse Media s.r.o.", ico("0691348"), None,
            ["192.0.2.33", "192.0.2.34"], ["192.0.2.35"],
            "Tom Fletcher", "tom@praguepulse.example", "+420604551978",
        ),
        "from": "Tom Fletcher <tom@praguepulse.example>",
        "subject": "election XML - Prague Pulse 🗳️",
        "body": (
            "Hi there / Dobrý den!\n\n"
            "Tom from Prague Pulse Media s.r.o. (IČO " + ico("0691348") + ") here 👋 We're an"
            " English-language news site in Prague and we'd love to get the election results"
            " via your XML server this time insted of scraping 😬\n\n"
            "pruduction IPs: 192.0.2.33 a 192.0.2.34\n"
            "test one: 192.0.2.35\n\n"
            "Omlouvám se za moji češtinu 🙈 Call me anytime: 604 551 978\n\n"
            "Cheers,\nTom Fletcher\n"
        ),
    },
    {
        "id": "i035-english-filming-ruled-out",
        "description": "English webmail message that rules filming out in so many words",
        "style": Style.WEBMAIL,
        "labels": L(
            [FEED], "Prague Courier Media s.r.o.", COURIER, None,
            ["203.0.113.240", "203.0.113.241", "203.0.113.242"], ["203.0.113.250"],
            "Hannah Weiss", "hannah.weiss@praguecourier.example", "+420702884163",
        ),
        "from": "Hannah Weiss <hannah.weiss@praguecourier.example>",
        "subject": "Application: election results XML (Prague Courier)",
        "headers": [("X-Originating-IP", "[192.0.2.250]")],
        "body": (
            "Good afternoon,\n\n"
            "on behalf of Prague Courier Media s.r.o. (company ID " + COURIER + ") I'd like to"
            " apply for access to the XML results feed.\n\n"
            "Production addresses: 203.0.113.240, 203.0.113.241, 203.0.113.242\n"
            "Test address: 203.0.113.250\n\n"
            "We are not requesting permission to film at the collection points this time;"
            " the feed is all we need.\n\n"
            "Hannah Weiss\nManaging Editor\nmobile +420 702 884 163\n\n"
            "Sent from Outlook.com\n"
        ),
    },
    {
        "id": "i036-docx-form-checkboxes",
        "description": "a filled-in DOCX form: feed ticked, filming left unticked",
        "style": Style.FORM,
        "labels": L(
            [FEED], "Západočeská mediální, a.s.", ZAPAD, None,
            ["198.51.100.80", "198.51.100.81"], ["198.51.100.90"],
            "Lucie Hronková", "hronkova@zcmedia.example", "+420377441902",
        ),
        "from": "Lucie Hronková <hronkova@zcmedia.example>",
        "subject": "formulář žádosti – Západočeská mediální",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": "Dobrý den,\nzasílám vyplněný formulář.\nLucie Hronková\n",
        "attachments": [(
            "docx", "formular_media_volby.docx", {
                "blocks": [
                    "ŽÁDOST MÉDIA – VOLBA PREZIDENTA REPUBLIKY 2023",
                    {"rows": [
                        ["Žadatel", "Západočeská mediální, a.s."],
                        ["IČO", ZAPAD],
                        ["Kontaktní osoba", "Lucie Hronková"],
                        ["E-mail", "hronkova@zcmedia.example"],
                        ["Telefon", "377 441 902"],
                    ]},
                    "Předmět žádosti (zaškrtněte):",
                    "☒ přístup k XML výsledkům na vyhrazeném serveru",
                    "☐ povolení pořizovat záznam na přebíracím místě",
                    {"rows": [
                        ["IP adresy – produkční", "198.51.100.80; 198.51.100.81"],
                        ["IP adresy – testovací", "198.51.100.90"],
                    ]},
                    "Datum: 7. 12. 2022",
                ],
            },
        )],
    },
    {
        "id": "i037-feed-withdrawn-filming-stays",
        "description": "follow-up drops the feed request (and its addresses) from the applicant's"
        " own quoted mail; filming still requested",
        "style": Style.REPLY,
        "labels": L(
            [REC], "Plzeňský obzor s.r.o.", ico("2731490"), None, [], [],
            "Jan Vrabec", "vrabec@plzenskyobzor.example", "+420733190254",
        ),
        "from": "Jan Vrabec <vrabec@plzenskyobzor.example>",
        "subject": "Re: Plzeňský obzor – XML a natáčení",
        "headers": [
            ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:102.0)"
             " Gecko/20100101 Thunderbird/102.5.1"),
        ],
        "body": (
            "Dobrý den,\n\n"
            "po poradě v redakci: přístup k XML nakonec nepotřebujeme, výsledky budeme brát"
            " od agentury, takže tu část žádosti prosím berte jako zpětvzatou. O natáčení"
            " na přebíracím místě v Plzni ale žádáme dál.\n\n"
            "Jan Vrabec\n\n"
            "Dne 05.12.2022 v 10:20 Jan Vrabec napsal(a):\n"
            "> Dobrý den,\n"
            "> Plzeňský obzor s.r.o. (IČO " + ico("2731490") + ") žádá o přístup k XML"
            " výsledkům\n"
            "> (produkční IP 192.0.2.150, testovací 192.0.2.151) a o povolení natáčet\n"
            "> na přebíracím místě v Plzni – kamera Jan Vrabec.\n"
            "> Kontakt: Jan Vrabec, 733 190 254\n"
        ),
    },
    {
        "id": "i038-databox-odt-contact-not-signer",
        "description": "data message with an ODT letter signed by the director, naming another"
        " person as contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED], "Mediální skupina Západ, a.s.", MSZ, BOX_ZAPAD,
            ["2001:db8:3e::10", "2001:db8:3e::11", "203.0.113.5"], [],
            "Tereza Málková", "malkova@mszapad.example", "+420377441915",
        ),
        "databox": {"box": BOX_ZAPAD, "sender": "Mediální skupina Západ, a.s.",
                    "address": "Americká 42, 301 00 Plzeň"},
        "subject": "Přístup k vyhrazenému serveru s výsledky voleb",
        "attachments": [(
            "odt", "zadost_server.odt", [
                "Mediální skupina Západ, a.s., Americká 42, 301 00 Plzeň, IČO " + MSZ,
                "Vážení,",
                "pro zpravodajský portál zapadnews.example žádáme o přístup k vyhrazenému serveru"
                " s výsledky voleb. Stahovat budeme výhradně z těchto adres pro ostrý provoz:",
                [["2001:db8:3e::10"], ["2001:db8:3e::11"], ["203.0.113.5"]],
                "Testovací přístup nepožadujeme.",
                "Kontaktní osobou pro tuto žádost je Tereza Málková, vedoucí vývoje,"
                " malkova@mszapad.example, tel. 377 441 915.",
                "S pozdravem",
                "Ing. Martin Sova, generální ředitel",
            ],
        )],
    },
    {
        "id": "i039-html-colspan-headers",
        "description": "HTML-only mail whose table header spans columns: two production columns"
        " and one test column",
        "style": Style.HTML_ONLY,
        "labels": L(
            [FEED], "Kolínský kurýr s.r.o.", KOLIN, None,
            ["203.0.113.200", "203.0.113.201"], ["203.0.113.210"],
            "Milan Dostál", "dostal@kolinskykuryr.example", "+420608554217",
        ),
        "from": "Milan Dostál <dostal@kolinskykuryr.example>",
        "subject": "Žádost o XML výsledky",
        "headers": [("X-Mailer", "Seznam Email")],
        "html": (
            "<div>Dobrý den,</div><div><br></div>"
            "<div>za Kolínský kurýr s.r.o. (IČO " + KOLIN + ") žádám o přístup k XML"
            " výsledkům voleb. Adresy:</div><div><br></div>"
            "<table style=\"border:1px solid #999\">"
            "<tr><th colspan=\"2\">Produkční</th><th>Testovací</th></tr>"
            "<tr><td>203.0.113.200</td><td>203.0.113.201</td><td>203.0.113.210</td></tr>"
            "</table><div><br></div>"
            "<div>Milan Dostál<br>Kolínský kurýr<br>608&nbsp;554&nbsp;217</div>"
        ),
    },
    {
        "id": "i040-mobile-topost-adds-test",
        "description": "a phone top-post adds a forgotten test address above the sender's own"
        " quoted desktop mail",
        "style": Style.MOBILE,
        "labels": L(
            [FEED], "Novinky z Valašska s.r.o.", ico("2867312"), None,
            ["198.51.100.240", "198.51.100.241"], ["198.51.100.250"],
            "Pavel Janík", "janik@novinkyvalassko.example", "+420731665402",
        ),
        "from": "Pavel Janík <janik@novinkyvalassko.example>",
        "subject": "Re: XML pristup - Novinky z Valasska",
        "body": (
            "jo a jeste test ip 198.51.100.250, zapomnel jsem. PJ\n\n"
            "Odesláno z Outlooku pro Android\n"
            "________________________________\n"
            "From: Pavel Janík <janik@novinkyvalassko.example>\n"
            "Sent: Tuesday, December 6, 2022 7:58:12 PM\n"
            "To: podatelna@czso.cz <podatelna@czso.cz>\n"
            "Subject: XML pristup - Novinky z Valasska\n\n"
            "Dobrý večer,\n"
            "Novinky z Valašska s.r.o., IČO " + ico("2867312") + ", žádají o přístup k XML"
            " s výsledky voleb, produkční adresy 198.51.100.240 a 198.51.100.241.\n"
            "Pavel Janík, 731 665 402\n"
        ),
    },
    {
        "id": "i041-press-release-quoted-phones",
        "description": "applicant replies under the office's quoted press release (office mail,"
        " data box and phone in it) and gives a mobile and a landline for office hours",
        "style": Style.SIGNATURES,
        "labels": L(
            [FEED], "Vysočina Online, s.r.o.", ico("2480976"), None,
            ["192.0.2.50"], ["192.0.2.51", "192.0.2.52"],
            "Roman Šťastný", "stastny@vysocinaonline.example", "+420602419873",
        ),
        "from": "Roman Šťastný <stastny@vysocinaonline.example>",
        "subject": "Re: ČSÚ nabízí během voleb vyhrazené připojení pro média",
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "reaguji na Vaši tiskovou zprávu níže. Vysočina Online, s.r.o. (IČO "
            + ico("2480976") + ") žádá o vyhrazené připojení.\n"
            "Produkční adresa: 192.0.2.50\n"
            "Testovací adresy: 192.0.2.51 a 192.0.2.52\n\n"
            "Volejte prosím spíš na mobil 602 419 873; pevná linka 567 301 220 funguje"
            " jen v pracovní době.\n\n"
            "Roman Šťastný, technický ředitel\n\n"
            "-----Původní zpráva-----\n"
            "Od: Tiskové oddělení ČSÚ <infoservis@czso.cz>\n"
            "Předmět: ČSÚ nabízí během voleb vyhrazené připojení pro média\n\n"
            "Český statistický úřad nabízí médiím připojení k vyhrazenému serveru"
            " s výsledky voleb ve formátu XML. Žádost musí obsahovat nejvýše 5 IP adres"
            " a nejvýše 5 testovacích IP adres, které budou při ostrém zpracování odpojeny,"
            " a kontaktní e-mail a telefon. Žádosti zasílejte na podatelna@czso.cz nebo do"
            " datové schránky 2gfaasy. Informace: tel. +420 274 052 733.\n"
        ),
    },
    {
        "id": "i042-smime-letter-both-crew",
        "description": "signed formal mail from a publisher: feed and filming, crew listed, the"
        " contact is the production manager, not the signing director",
        "style": Style.LETTER,
        "labels": L(
            [FEED, REC], "MEDIA BOHEMIA GROUP a.s.", ico("2608451"), None,
            ["198.18.90.1", "198.18.90.2", "198.18.90.3", "198.18.90.4", "198.18.90.5"],
            ["198.18.91.1"],
            "Klára Nováčková", "novackova@mbgroup.example", "+420721556034",
        ),
        "from": "Ing. Vladimír Kopecký <kopecky@mbgroup.example>",
        "subject": "Žádost o přístup k XML výsledkům a o povolení natáčení",
        "smime": True,
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Vážení,\n\n"
            "MEDIA BOHEMIA GROUP a.s., IČO " + ico("2608451") + ", se sídlem Vinohradská 88,"
            " Praha 2, žádá\n\n"
            "1. o přístup k vyhrazenému serveru s výsledky voleb prezidenta republiky v XML"
            " z adres pro ostrý provoz 198.18.90.1–198.18.90.5 a z testovací adresy"
            " 198.18.91.1;\n\n"
            "2. o povolení pořizovat obrazový a zvukový záznam na přebíracím místě ČSÚ"
            " v Praze. Natáčet budou: Adam Richter (kamera, 737 880 120) a Silvie Marková"
            " (reportérka, 736 001 944).\n\n"
            "Kontaktní osobou pro obě žádosti je vedoucí produkce Klára Nováčková,"
            " novackova@mbgroup.example, tel. 721 556 034.\n\n"
            "S úctou\n\n"
            "Ing. Vladimír Kopecký\n"
            "člen představenstva\n"
            "MEDIA BOHEMIA GROUP a.s.\n"
        ),
    },
]
