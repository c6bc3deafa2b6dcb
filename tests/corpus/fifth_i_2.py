"""Fifth-round held-out cases i015–i028 (written by hand; see fifth_i_common)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fifth_i_common import FEED, REC, L, Style, ico

KAMPUS = ico("2275031")
SLOVACKO = ico("4602817")
AGENCY = ico("0519642")
SKUTEC = ico("7130259")
OSTRAVA = ico("2584109")
BOX_PRESS = "n3x8wfa"

CASES: list[dict[str, Any]] = [
    {
        "id": "i015-netmask-university-tv",
        "description": "student TV gives its production block as an address with a netmask",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED], "Studentská televize Kampus, z. ú.", KAMPUS, None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["198.51.100.200"],
            "Barbora Klímová", "klimova@tvkampus.example", "+420776845230",
        ),
        "from": "Klímová Barbora <klimova@tvkampus.example>",
        "subject": "Studentská TV Kampus – žádost o XML feed (volba prezidenta)",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\n"
            "jsem koordinátorka volebního studia Studentské televize Kampus, z. ú."
            " (IČO " + KAMPUS + "). Letos poprvé chceme ve vysílání ukazovat průběžné výsledky"
            " a prosíme proto o přístup k XML serveru.\n\n"
            "Síťaři z fakulty nám přidělili blok 203.0.113.64 s maskou 255.255.255.252,"
            " z něj poběží ostré stahování. Pro zkoušky použijeme notebook"
            " na 198.51.100.200.\n\n"
            "Kontakt: Barbora Klímová, 776 845 230, klimova@tvkampus.example\n\n"
            "Děkuji,\nBára Klímová\n"
        ),
    },
    {
        "id": "i016-version-number-not-address",
        "description": "technician mentions the downloader's dotted version number next to the"
        " addresses; English and Czech mixed",
        "style": Style.GMAIL,
        "labels": L(
            [FEED], "Datažurnál s.r.o.", ico("0492763"), None,
            ["198.51.100.31"], ["198.51.100.32"],
            "Michal Bureš", "michal.bures@datazurnal.example", "+420608300771",
        ),
        "from": "Michal Bureš <michal.bures@datazurnal.example>",
        "subject": "XML feed access – Datažurnál",
        "body": (
            "Dobrý den,\n\n"
            "posílám údaje k žádosti o přístup k XML výsledkům za Datažurnál s.r.o.,"
            " IČO " + ico("0492763") + ".\n\n"
            "Náš downloader (volby-sync v 4.2.0.11, open source) poběží v produkci"
            " na 198.51.100.31. Staging/test instance: 198.51.100.32.\n"
            "Polling every 30 s, takže vás nezahltíme :)\n\n"
            "Michal Bureš\n"
            "data editor\n"
            "+420 608 300 771\n"
        ),
    },
    {
        "id": "i017-all-caps-no-diacritics",
        "description": "an older editor writes everything in capitals without diacritics",
        "style": Style.CHATTY,
        "labels": L(
            [FEED], "TYDENIK SLOVACKO S.R.O.", SLOVACKO, None,
            ["192.0.2.77"], ["192.0.2.78"],
            "JAROSLAV PETRZELKA", "petrzelka@tydenikslovacko.example", "+420603112908",
        ),
        "from": "JAROSLAV PETRZELKA <petrzelka@tydenikslovacko.example>",
        "subject": "ZADOST XML VOLBY",
        "headers": [("X-Mailer", "Centrum.cz Email")],
        "cte": "7bit",
        "body": (
            "DOBRY DEN,\n"
            "TYDENIK SLOVACKO S.R.O. ICO " + SLOVACKO + " ZADA O PRISTUP K VYSLEDKUM VOLEB"
            " XML.\n"
            "OSTRA IP 192.0.2.77\n"
            "TEST IP 192.0.2.78\n"
            "VOLEJTE 603-112-908 NEBO PISTE SEM.\n"
            "S POZDRAVEM JAROSLAV PETRZELKA, VYDAVATEL\n"
        ),
    },
    {
        "id": "i018-old-address-dropped",
        "description": "last year's production address is said to be out of use; the test"
        " address from last year stays",
        "style": Style.THUNDERBIRD,
        "labels": L(
            [FEED], "Krkonošský deník, s.r.o.", ico("2903478"), None,
            ["192.0.2.40", "192.0.2.41"], ["192.0.2.15"],
            "Aleš Kořínek", "korinek@krkonossky.example", "+420499730611",
        ),
        "from": "Aleš Kořínek <korinek@krkonossky.example>",
        "subject": "Volby – přístup na XML server, Krkonošský deník",
        "headers": [
            ("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:91.0) Gecko/20100101"
             " Thunderbird/91.13.0"),
        ],
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "Krkonošský deník, s.r.o. (IČO " + ico("2903478") + ") se i letos hlásí o přístup"
            " k XML výsledkům. Oproti loňským komunálním volbám se nám změnil server:"
            " původní 192.0.2.14 jsme v létě zrušili, nově stahujeme z 192.0.2.40"
            " a 192.0.2.41. Testovací stroj zůstává stejný jako loni, 192.0.2.15.\n\n"
            "Aleš Kořínek, IT\n"
            "Krkonošský deník\n"
            "tel. 499 730 611\n"
        ),
    },
    {
        "id": "i019-english-agency-html-row-headers",
        "description": "agency mail in English with an HTML table whose rows are headed by the"
        " role; IPv6 test address",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED], "Central European Press Agency s.r.o.", AGENCY, None,
            ["203.0.113.101", "203.0.113.102"], ["2001:db8:77::20"],
            "Daniel O'Connor", "d.oconnor@cepa.example", "+420777456789",
        ),
        "from": "Daniel O'Connor <d.oconnor@cepa.example>",
        "subject": "CEPA - registration for the election results server",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Hello,\n\n"
            "Central European Press Agency s.r.o. (IČO " + AGENCY + ") would like to register"
            " for the dedicated results server.\n\n"
            "Production: 203.0.113.101, 203.0.113.102\n"
            "Test: 2001:db8:77::20\n\n"
            "Contact: Daniel O'Connor, +420 777 456 789\n\n"
            "Díky / thanks,\nDaniel\n"
        ),
        "html": (
            "<html><body><p>Hello,</p>"
            "<p>Central European Press Agency s.r.o. (IČO " + AGENCY + ") would like to register"
            " for the dedicated results server.</p>"
            "<table border=1 style=\"border-collapse:collapse\">"
            "<tr><th align=left>Production</th><td>203.0.113.101</td><td>203.0.113.102</td></tr>"
            "<tr><th align=left>Test</th><td>2001:db8:77::20</td><td></td></tr>"
            "</table>"
            "<p>Contact: Daniel O'Connor, +420 777 456 789</p>"
            "<p>Díky / thanks,<br>Daniel</p></body></html>"
        ),
    },
    {
        "id": "i020-respectively-and-backup",
        "description": "production and test given in one sentence with 'resp.', then a backup"
        " server",
        "style": Style.GMAIL,
        "labels": L(
            [FEED], "Rádio Jizera Plus s.r.o.", ico("2645512"), None,
            ["198.18.4.10", "198.18.4.12"], ["198.18.4.11"],
            "Jakub Šindelář", "sindelar@jizeraplus.example", "+420731447020",
        ),
        "from": "Jakub Šindelář <sindelar@jizeraplus.example>",
        "subject": "Přístup k výsledkům voleb",
        "body": (
            "Dobrý den,\n\n"
            "rádi bychom za Rádio Jizera Plus s.r.o. (IČO " + ico("2645512") + ") požádali"
            " o přístup k XML s výsledky voleb prezidenta.\n\n"
            "Produkční a testovací server mají adresy 198.18.4.10, resp. 198.18.4.11."
            " Kdyby produkční server vypadl, převezme stahování záložní stroj"
            " 198.18.4.12.\n\n"
            "Díky,\nJakub Šindelář\n731 447 020\n"
        ),
    },
    {
        "id": "i021-rtf-town-filming",
        "description": "a town's information centre asks only to film, in an RTF letter signed by"
        " the director who names a reporter as contact",
        "style": Style.LETTER,
        "labels": L(
            [REC], "Městské informační centrum Skuteč, příspěvková organizace", SKUTEC, None,
            [], [],
            "Petra Voborníková", "vobornikova@mic-skutec.example", "+420606215488",
        ),
        "from": "MIC Skuteč <info@mic-skutec.example>",
        "subject": "Žádost o povolení pořízení záznamu",
        "body": (
            "Dobrý den,\n\nv příloze posíláme žádost o povolení natáčení na přebíracím místě.\n\n"
            "S pozdravem\nMIC Skuteč\n"
        ),
        "attachments": [(
            "rtf", "zadost_natoceni.rtf", [
                "Městské informační centrum Skuteč, příspěvková organizace\n"
                "Palackého 30, 539 73 Skuteč, IČO " + SKUTEC,
                "Věc: Žádost o povolení přítomnosti na přebíracím místě ČSÚ",
                "Pro Skutečský zpravodaj a městskou televizi bychom rádi pořídili krátký"
                " obrazový záznam na přebíracím místě ČSÚ v Chrudimi (Pardubický kraj) během"
                " zpracování výsledků prvního kola volby prezidenta.",
                [
                    ["Osoba, která bude natáčet", "Petra Voborníková, redaktorka"],
                    ["Telefon", "606 215 488"],
                    ["E-mail", "vobornikova@mic-skutec.example"],
                    ["Rozsah", "cca 20 minut, bez zvukového záznamu rozhovorů"],
                ],
                "Kontaktní osobou je paní Voborníková.",
                "Ing. Tomáš Kratochvíl, ředitel",
            ],
        )],
    },
    {
        "id": "i022-databox-annotation-and-txt",
        "description": "data message from an agency: the annotation says what is asked, the"
        " addresses and contact are in a plain-text attachment",
        "style": Style.DATABOX,
        "labels": L(
            [FEED], "Regionální tiskové centrum, o.p.s.", ico("2715843"), BOX_PRESS,
            ["203.0.113.140", "203.0.113.141"], ["203.0.113.142", "203.0.113.143"],
            "Zdeněk Mareš", "mares@rtc-ops.example", "+420721009384",
        ),
        "databox": {"box": BOX_PRESS, "sender": "Regionální tiskové centrum, o.p.s.",
                    "address": "Masarykova 18, 602 00 Brno"},
        "subject": "Žádost o přístup k XML výsledkům voleb – adresy v příloze",
        "attachments": [(
            "txt", "adresy.txt",
            "Regionální tiskové centrum, o.p.s., IČO " + ico("2715843") + "\n\n"
            "Žádáme o přístup k vyhrazenému serveru s výsledky voleb.\n\n"
            "ostré:    203.0.113.140\n"
            "          203.0.113.141\n"
            "testovací: 203.0.113.142\n"
            "           203.0.113.143\n\n"
            "Technický kontakt: Zdeněk Mareš, mares@rtc-ops.example, +420 721 009 384\n",
        )],
    },
    {
        "id": "i023-apple-english-freelancer-filming",
        "description": "a foreign freelance documentary maker, no company, asks in English to film",
        "style": Style.APPLE_MAIL,
        "labels": L(
            [REC], "Aisha Rahman", None, None, [], [],
            "Aisha Rahman", "aisha@rahmanfilms.example", "+447700900123",
        ),
        "from": "Aisha Rahman <aisha@rahmanfilms.example>",
        "subject": "Request to film at a results collection point",
        "headers": [("X-Mailer", "Apple Mail (2.3696.120.41.1.1)")],
        "flowed": True,
        "delsp": True,
        "body": (
            "Hello,\n\n"
            "I'm an independent documentary filmmaker from London (working on my own,  \n"
            "not for a broadcaster) making a film about how European countries count  \n"
            "their votes. I would be very grateful for permission to film at one of  \n"
            "your collection points on the night of the first round - Prague or  \n"
            "Central Bohemia would be ideal. It would just be me with a small camera,  \n"
            "no lights.\n\n"
            "I don't need the XML data.\n\n"
            "My mobile: +44 7700 900123\n\n"
            "Many thanks,\nAisha Rahman\n\nSent from my iPad\n"
        ),
    },
    {
        "id": "i024-long-thread-phone-changed",
        "description": "third message of a thread: addresses as in the applicant's quoted first"
        " mail, only the phone number changed; the office's reply quoted in between",
        "style": Style.REPLY,
        "labels": L(
            [FEED], "Polabské listy s.r.o.", ico("2790336"), None,
            ["192.0.2.90", "192.0.2.91"], ["192.0.2.95"],
            "Markéta Benešová", "benesova@polabskelisty.example", "+420731008455",
        ),
        "from": "Markéta Benešová <benesova@polabskelisty.example>",
        "subject": "Re: Re: Re: XML výsledky – Polabské listy",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\n"
            "ještě jedna drobnost: od ledna mám nové služební číslo, 731 008 455 – to staré"
            " (734 520 118) už prosím nepoužívejte. Adresy a vše ostatní platí podle mé"
            " první zprávy dole.\n\n"
            "Markéta Benešová\n\n"
            "________________________________\n"
            "Od: Markéta Benešová <benesova@polabskelisty.example>\n"
            "Odesláno: úterý 6. prosince 2022 11:02\n"
            "Komu: Karel Sýkora\n"
            "Předmět: Re: Re: XML výsledky – Polabské listy\n\n"
            "Děkuji za potvrzení, na schůzku 10. 1. přijdeme.\n\n"
            "________________________________\n"
            "Od: Karel Sýkora <karel.sykora@czso.cz>\n"
            "Odesláno: pondělí 5. prosince 2022 15:40\n"
            "Předmět: Re: XML výsledky – Polabské listy\n\n"
            "Dobrý den, Vaši žádost jsme zaevidovali. Technická schůzka proběhne 10. 1. 2023"
            " v budově ČSÚ, Na padesátém 81. Dotazy na tel. 274 052 733.\n"
            "Karel Sýkora, ČSÚ\n\n"
            "________________________________\n"
            "Od: Markéta Benešová <benesova@polabskelisty.example>\n"
            "Odesláno: pondělí 5. prosince 2022 9:17\n"
            "Předmět: XML výsledky – Polabské listy\n\n"
            "Dobrý den,\n"
            "za Polabské listy s.r.o., IČO " + ico("2790336") + ", žádám o přístup k XML"
            " výsledkům voleb.\n"
            "Produkce: 192.0.2.90 a 192.0.2.91\n"
            "Test: 192.0.2.95\n"
            "Kontakt: Markéta Benešová, 734 520 118\n"
        ),
    },
    {
        "id": "i025-thunderbird-xlsx-merged",
        "description": "a spreadsheet with the role in merged cells spanning its addresses; the"
        " body only names the sender",
        "style": Style.THUNDERBIRD,
        "labels": L(
            [FEED], "Ostravské noviny a.s.", OSTRAVA, None,
            ["198.51.100.60", "198.51.100.61"], ["198.51.100.70", "198.51.100.71"],
            "Roman Polášek", "polasek@ostravskenoviny.example", "+420595163220",
        ),
        "from": "Roman Polášek <polasek@ostravskenoviny.example>",
        "subject": "Ostravské noviny – žádost o přístup k volebnímu XML",
        "headers": [
            ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101"
             " Thunderbird/102.6.0"),
        ],
        "body": (
            "Dobrý den,\n\n"
            "Ostravské noviny a.s. (IČO " + OSTRAVA + ") žádají o přístup k XML výsledkům"
            " voleb. Adresy jsou v přiložené tabulce.\n\n"
            "Roman Polášek\nvedoucí IT, Ostravské noviny\ntel. 595 163 220\n"
        ),
        "attachments": [(
            "xlsx", "ip_adresy.xlsx", [{
                "title": "Adresy",
                "rows": [
                    ["Druh", "IP adresa", "Poznámka"],
                    ["Produkce", "198.51.100.60", "hlavní"],
                    [None, "198.51.100.61", "záloha"],
                    ["Test", "198.51.100.70", ""],
                    [None, "198.51.100.71", ""],
                ],
                "merge": ["A2:A3", "A4:A5"],
            }],
        )],
    },
    {
        "id": "i026-roundcube-html-slovak-czech",
        "description": "HTML-only webmail (Roundcube) from a Slovak editor of a Czech radio,"
        " Slovak and Czech mixed, line breaks as <br>",
        "style": Style.WEBMAIL,
        "labels": L(
            [FEED], "Rádio Zlín Info s.r.o.", ico("2853172"), None,
            ["203.0.113.30", "203.0.113.31"], [],
            "Miroslava Hudáková", "hudakova@radiozlininfo.example", "+420737661209",
        ),
        "from": "Miroslava Hudáková <hudakova@radiozlininfo.example>",
        "subject": "Prístup k výsledkom volieb",
        "headers": [("User-Agent", "Roundcube Webmail/1.6.0")],
        "html": (
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            "</head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>"
            "<p>Dobrý deň,</p>"
            "<p>píšem za Rádio Zlín Info s.r.o., IČO " + ico("2853172") + ". Chceli by sme"
            " počas volieb brať výsledky z vášho XML servera.<br>"
            "Produkčné IP adresy:<br>203.0.113.30<br>203.0.113.31<br>"
            "Testovacie adresy nemáme, stačí nám tieto.</p>"
            "<p>Ďakujem pekne,<br>Miroslava Hudáková<br>redaktorka zpravodajství<br>"
            "+420 737 661 209</p></body></html>"
        ),
    },
    {
        "id": "i027-terse-cidr-blocks",
        "description": "a terse technician gives a /31 and a /30 and one more address",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED], "Mediální dům Praha Východ a.s.", ico("2436157"), None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.140"],
            ["198.51.100.132", "198.51.100.133", "198.51.100.134", "198.51.100.135"],
            "Igor Lukáš", "lukas@mdpv.example", "+420725880314",
        ),
        "from": "Igor Lukáš <lukas@mdpv.example>",
        "subject": "XML volby - IP",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "cte": "base64",
        "body": (
            "Dobrý den,\n"
            "žádost o přístup k XML, Mediální dům Praha Východ a.s., IČO "
            + ico("2436157") + ".\n"
            "PROD: 198.51.100.128/31, 198.51.100.140\n"
            "TEST: 198.51.100.132/30\n"
            "Lukáš, 725 880 314\n"
        ),
    },
    {
        "id": "i028-gmail-both-no-diacritics",
        "description": "feed and filming with photos in one note written without diacritics",
        "style": Style.GMAIL,
        "labels": L(
            [FEED, REC], "Brnenska obrazova agentura s.r.o.", ico("0376984"), None,
            ["192.0.2.170"], ["192.0.2.171"],
            "Stepan Jurica", "jurica@bobragentura.example", "+420777312650",
        ),
        "from": "Stepan Jurica <jurica@bobragentura.example>",
        "subject": "volby - XML + foceni na prebiracim miste",
        "cte": "7bit",
        "body": (
            "Dobry den,\n\n"
            "jsme Brnenska obrazova agentura s.r.o., ICO " + ico("0376984") + ", a chteli"
            " bychom dve veci:\n"
            "1) pristup na XML server - produkce 192.0.2.170, test 192.0.2.171\n"
            "2) povoleni natacet a fotit na prebiracim miste v Brne (Jihomoravsky kraj),"
            " sel bych ja osobne s jednim kameramanem.\n\n"
            "Stepan Jurica\n"
            "777 312 650\n"
        ),
    },
]
