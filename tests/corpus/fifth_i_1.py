"""Fifth-round held-out cases i001–i014 (written by hand; see fifth_i_common)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fifth_i_common import FEED, REC, L, Style, ico

RADIO_BRDY = ico("2784561")
KURYR = ico("0471293")
OBZOR = ico("3601877")
VYCHOD = ico("0734851")
PLUS = ico("0867423")
JIH = ico("2617794")
LETNA = ico("2911573")
BOX_VLTAVIN = "k7d2mqx"

CASES: list[dict[str, Any]] = [
    {
        "id": "i001-iphone-two-liner",
        "description": "two lines typed on a phone, no diacritics, IČO glued to the name",
        "style": Style.MOBILE,
        "labels": L(
            [FEED], "Radio Brdy s.r.o.", RADIO_BRDY, None, ["203.0.113.45"], [],
            "Tomas Brabec", "brabec@radiobrdy.example", "+420604112233",
        ),
        "from": "Tomas Brabec <brabec@radiobrdy.example>",
        "subject": "xml volby",
        "headers": [("X-Mailer", "iPhone Mail (20B101)")],
        "cte": "8bit",
        "body": (
            f"Dobry den, za Radio Brdy s.r.o. ICO{RADIO_BRDY} prosim o pripojeni na xml s vysledky,"
            " nase IP 203.0.113.45, testovaci nemame.\n"
            "Brabec 604 112 233\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "i002-gmail-chatty-emoji",
        "description": "chatty Gmail note with emoji, a typo'd role word and an ALL CAPS line",
        "style": Style.CHATTY,
        "labels": L(
            [FEED], "Kurýr Vysočiny, z.s.", KURYR, None,
            ["198.51.100.14", "198.51.100.15"], ["198.51.100.99"],
            "Lenka Dvořáková", "lenka.dvorakova@kuryrvysociny.example", "+420731550812",
        ),
        "from": "Lenka Dvořáková <lenka.dvorakova@kuryrvysociny.example>",
        "subject": "Volby 2023 - chceme data 🙂",
        "body": (
            "Ahoj / dobrý den 🙂\n\n"
            "píšu za Kurýr Vysočiny, z.s. – jsme malý spolkový web, ale na volby se chystáme"
            " poctivě a rádi bychom letos poprvé brali výsledky přímo z vašeho XML serveru"
            " (loni jsme to ručně přepisovali z volby.cz, hrůza 😅).\n\n"
            "Prudukční servery:\n"
            "198.51.100.14\n"
            "198.51.100.15\n\n"
            "a na testování máme jeden stroj 198.51.100.99\n\n"
            "PROSÍM O POTVRZENÍ, ŽE JE TO V POŘÁDKU, DÍKY!!\n\n"
            f"IČO spolku: {KURYR}\n\n"
            "Lenka Dvořáková\nšéfredaktorka (a taky všechno ostatní)\nmob. 731 550 812\n"
        ),
    },
    {
        "id": "i003-outlook-html-table",
        "description": "Outlook mail in windows-1250, plain and HTML, addresses in a two-column table",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED], "OBZOR MEDIA a.s.", OBZOR, None,
            ["192.0.2.60", "192.0.2.61", "192.0.2.62"], ["198.18.20.5", "198.18.20.6"],
            "Radek Šimůnek", "simunek@obzormedia.example", "+420222310455",
        ),
        "from": "Šimůnek Radek <simunek@obzormedia.example>",
        "subject": "Žádost o zařazení do seznamu médií – výsledky voleb prezidenta",
        "charset": "windows-1250",
        "headers": [
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdkF3kq1x2Yw0pQ7S9mZ3b1c2d4e5f=="),
        ],
        "body": (
            "Dobrý den,\n\n"
            "společnost OBZOR MEDIA a.s. tímto žádá o přístup k vyhrazenému serveru"
            " s výsledky voleb ve formátu XML.\n\n"
            "Produkční IP\tTestovací IP\n"
            "192.0.2.60\t198.18.20.5\n"
            "192.0.2.61\t198.18.20.6\n"
            "192.0.2.62\t\n\n"
            "Kontaktní osoba: Ing. Radek Šimůnek, vedoucí IT provozu\n"
            "tel.: +420 222 310 455, e-mail: simunek@obzormedia.example\n\n"
            "S pozdravem\nRadek Šimůnek\nOBZOR MEDIA a.s. | IČ " + OBZOR + "\n"
        ),
        "html": (
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=windows-1250\"></head><body lang=CS>"
            "<p class=MsoNormal>Dobrý den,</p>"
            "<p class=MsoNormal>společnost OBZOR MEDIA a.s. tímto žádá o přístup k vyhrazenému"
            " serveru s výsledky voleb ve formátu XML.</p>"
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
            "<tr><td><b>Produkční IP</b></td><td><b>Testovací IP</b></td></tr>"
            "<tr><td>192.0.2.60</td><td>198.18.20.5</td></tr>"
            "<tr><td>192.0.2.61</td><td>198.18.20.6</td></tr>"
            "<tr><td>192.0.2.62</td><td>&nbsp;</td></tr></table>"
            "<p class=MsoNormal>Kontaktní osoba: Ing. Radek Šimůnek, vedoucí IT provozu<br>"
            "tel.: +420 222 310 455, e-mail: <a href=\"mailto:simunek@obzormedia.example\">"
            "simunek@obzormedia.example</a></p>"
            "<p class=MsoNormal>S pozdravem<br>Radek Šimůnek<br>OBZOR MEDIA a.s. | IČ "
            + OBZOR + "</p></body></html>"
        ),
    },
    {
        "id": "i004-forward-of-forward",
        "description": "editor forwards a forward: the technician's list two levels down, contact"
        " named on top",
        "style": Style.FORWARD,
        "labels": L(
            [FEED], "Východočeský deník s.r.o.", VYCHOD, None,
            ["203.0.113.180", "203.0.113.181"], ["203.0.113.190"],
            "Petr Malý", "maly@vcdenik.example", "+420608441902",
        ),
        "from": "Jana Horská <horska@vcdenik.example>",
        "subject": "Fwd: FW: IP adresy pro volební server",
        "headers": [("X-Mailer", "Zimbra 9.0.0_GA")],
        "body": (
            "Dobrý den,\n\n"
            "za Východočeský deník s.r.o. (IČO " + VYCHOD + ") žádáme o přístup k XML"
            " výsledkům voleb. Adresy posílal náš technik, přeposílám jeho mail níže.\n"
            "Kontaktní osobou pro Vás bude on, Petr Malý – maly@vcdenik.example,"
            " mobil 608 441 902.\n\n"
            "Jana Horská, zástupkyně šéfredaktora\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Martin Kučera <kucera@vcdenik.example>\n"
            "Date: čt 1. 12. 2022 v 9:12\n"
            "Subject: FW: IP adresy pro volební server\n"
            "To: Jana Horská <horska@vcdenik.example>\n\n"
            "Jano, tady to je od Petra, posli to prosim dal na CSU.\n"
            "M.\n\n"
            "-----Original Message-----\n"
            "From: Petr Malý <maly@vcdenik.example>\n"
            "Sent: Wednesday, November 30, 2022 4:40 PM\n"
            "To: Martin Kučera <kucera@vcdenik.example>\n"
            "Subject: IP adresy pro volební server\n\n"
            "Ahoj,\n"
            "ostre stahovani pobezi ze dvou stroju: 203.0.113.180 a 203.0.113.181.\n"
            "Na zkousky budu pouzivat 203.0.113.190.\n"
            "Petr\n"
        ),
    },
    {
        "id": "i005-reply-adds-test-ips",
        "description": "reply to the office's query: test address added on top, production only"
        " in the applicant's own quoted first mail, office's contacts quoted too",
        "style": Style.REPLY,
        "labels": L(
            [FEED], "Jižní Plus, s.r.o.", PLUS, None,
            ["198.51.100.40", "198.51.100.41"], ["198.51.100.77"],
            "Vojtěch Řezníček", "reznicek@jiznplus.example", "+420725600318",
        ),
        "from": "Vojtěch Řezníček <reznicek@jiznplus.example>",
        "subject": "Re: Re: přístup k XML výsledkům",
        "headers": [
            ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Gecko/20100101"
             " Thunderbird/102.5.0"),
            ("In-Reply-To", "<odpoved-4471@czso.cz>"),
        ],
        "body": (
            "Dobrý den,\n\n"
            "děkuji za upozornění, testovací adresu doplňuji: 198.51.100.77.\n"
            "Produkční zůstávají beze změny tak, jak jsem je psal v první zprávě níže.\n\n"
            "Vojtěch Řezníček\n\n"
            "Dne 2. 12. 2022 v 10:05 Marie Vlčková napsal(a):\n"
            "> Dobrý den,\n"
            "> děkujeme za Vaši žádost. Prosíme ještě o sdělení testovacích IP adres\n"
            "> (nejvýše 5), které budou při ostrém zpracování odpojeny.\n"
            "> S pozdravem\n"
            "> Marie Vlčková\n"
            "> Český statistický úřad, tel. +420 274 052 733, marie.vlckova@czso.cz\n"
            ">\n"
            "> Dne 1. 12. 2022 v 14:31 Vojtěch Řezníček napsal(a):\n"
            ">> Dobrý den,\n"
            ">> Jižní Plus, s.r.o., IČO " + PLUS + ", žádá o přístup k XML výsledkům.\n"
            ">> Produkční IP: 198.51.100.40, 198.51.100.41\n"
            ">> Kontakt: Vojtěch Řezníček, tel. 725 600 318\n"
            ">> Vojtěch Řezníček, Jižní Plus\n"
        ),
    },
    {
        "id": "i006-slovak-apple-mail-range",
        "description": "Slovak, Apple Mail, production given as a dash range",
        "style": Style.APPLE_MAIL,
        "labels": L(
            [FEED], "Denník Juh, s. r. o.", JIH, None,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22", "198.51.100.23"],
            ["198.51.100.30"],
            "Zuzana Krajčírová", "krajcirova@dennikjuh.example", "+421905331870",
        ),
        "from": "Zuzana Krajčírová <krajcirova@dennikjuh.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": [("X-Mailer", "Apple Mail (2.3731.200.110.1.12)")],
        "cte": "base64",
        "body": (
            "Dobrý deň,\n\n"
            "naša redakcia Denník Juh, s. r. o. (IČO " + JIH + ") by rada sledovala voľbu"
            " prezidenta ČR priamo z vašich dát. Žiadame o prístup k XML serveru.\n\n"
            "Ostré IP adresy: 198.51.100.20 – 198.51.100.23\n"
            "Testovacia IP adresa: 198.51.100.30\n\n"
            "V prípade otázok ma kontaktujte na +421 905 331 870.\n\n"
            "S pozdravom\n"
            "Zuzana Krajčírová\n"
            "vedúca online vydania\n\n"
            "Odoslané z môjho Macu\n"
        ),
    },
    {
        "id": "i007-english-thunderbird-flowed-v6",
        "description": "English, format=flowed with soft breaks, IPv4 and IPv6 production, no IČO",
        "style": Style.THUNDERBIRD,
        "labels": L(
            [FEED], "Nordfunk Medien GmbH", None, None,
            ["203.0.113.7", "2001:db8:4a1::7"], [],
            "Klaus Brenner", "k.brenner@nordfunk.example", "+494089061123",
        ),
        "from": "Klaus Brenner <k.brenner@nordfunk.example>",
        "subject": "Access to election results feed - Nordfunk",
        "flowed": True,
        "headers": [
            ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101"
             " Thunderbird/102.4.2"),
        ],
        "body": (
            "Dear Sir or Madam,\n\n"
            "Nordfunk Medien GmbH (Hamburg) will cover the Czech presidential election \n"
            "in January and we would like to receive the results through your \n"
            "dedicated XML server. Our ingest runs on a single host which is \n"
            "reachable on both protocols, so please whitelist 203.0.113.7 and \n"
            "2001:db8:4a1::7 for production. We do not need any test access.\n\n"
            "You can reach me at +49 40 8906 1123.\n\n"
            "Kind regards,\n"
            "Klaus Brenner\n"
            "Head of Data Desk, Nordfunk Medien GmbH\n"
        ),
    },
    {
        "id": "i008-webmail-typo-corrected",
        "description": "Seznam webmail, a production address mistyped and corrected in the same"
        " message",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED], "Letenské listy s.r.o.", LETNA, None,
            ["203.0.113.9", "203.0.113.12"], ["192.0.2.201"],
            "Ondřej Pazdera", "pazdera@letenskelisty.example", "+420776210045",
        ),
        "from": "Ondřej Pazdera <pazdera@letenskelisty.example>",
        "subject": "zadost - pristup XML volby prezidenta",
        "headers": [("X-Mailer", "Email.cz webmail")],
        "body": (
            "Dobrý den,\n\n"
            "Letenské listy s.r.o., IČ: " + LETNA + ", žádají o přístup k výsledkům voleb"
            " v XML.\n\n"
            "produkce: 203.0.113.8, 203.0.113.12\n"
            "test: 192.0.2.201\n\n"
            "Omlouvám se, v první adrese mám překlep – správně je 203.0.113.9, ne .8.\n\n"
            "Ondřej Pazdera\n776 210 045\n"
        ),
    },
    {
        "id": "i009-html-only-tv-both",
        "description": "HTML-only mail from a TV: feed addresses in one table, film crew in"
        " another; contact is the producer, not the crew",
        "style": Style.HTML_ONLY,
        "labels": L(
            [FEED, REC], "Televize Vltavín a.s.", ico("2463308"), None,
            ["198.18.33.1", "198.18.33.2"], ["198.18.33.50"],
            "Kateřina Vondrová", "vondrova@tvvltavin.example", "+420603778120",
        ),
        "from": "Kateřina Vondrová <vondrova@tvvltavin.example>",
        "subject": "Volba prezidenta 2023 – XML a natáčení na přebíracím místě",
        "html": (
            "<html><body style=\"font-family:Arial\">"
            "<p>Vážení,</p>"
            "<p>Televize Vltavín a.s. (IČO " + ico("2463308") + ") žádá o dvě věci:</p>"
            "<ol><li>přístup k XML výsledkům na vyhrazeném serveru,</li>"
            "<li>povolení natáčet na přebíracím místě ČSÚ v Praze v noci z 13. na 14. ledna.</li>"
            "</ol>"
            "<table border=\"1\" cellpadding=\"4\">"
            "<tr><th>Server</th><th>IP</th><th>Účel</th></tr>"
            "<tr><td>ingest-a</td><td>198.18.33.1</td><td>produkce</td></tr>"
            "<tr><td>ingest-b</td><td>198.18.33.2</td><td>produkce</td></tr>"
            "<tr><td>lab</td><td>198.18.33.50</td><td>test</td></tr>"
            "</table>"
            "<p>Natáčecí štáb:</p>"
            "<table border=\"1\" cellpadding=\"4\">"
            "<tr><th>Jméno</th><th>Role</th><th>Telefon</th></tr>"
            "<tr><td>Jiří Bednář</td><td>kameraman</td><td>737 118 902</td></tr>"
            "<tr><td>Simona Pokorná</td><td>reportérka</td><td>739 440 215</td></tr>"
            "</table>"
            "<p>Vše ostatní se mnou: Kateřina Vondrová, produkce zpravodajství,"
            " 603 778 120, vondrova@tvvltavin.example</p>"
            "<p>Děkuji<br>K. Vondrová</p></body></html>"
        ),
    },
    {
        "id": "i010-samsung-filming-only",
        "description": "phone-typed request to film only, emoji, crew member's phone next to the"
        " sender's own",
        "style": Style.MOBILE,
        "labels": L(
            [REC], "Hanácký Expres s.r.o.", ico("0611875"), None, [], [],
            "Radim Šebesta", "sebesta@hanackyexpres.example", "+420605992411",
        ),
        "from": "Radim Šebesta <sebesta@hanackyexpres.example>",
        "subject": "natáčení volby",
        "cte": "8bit",
        "body": (
            "Dobrý den, chtěli bychom natočit krátkou reportáž na přebíracím místě v Olomouci"
            " během sčítání hlasů 📹. Točit by šel kameraman Lukáš Vrba (tel 774 301 556),"
            " já jsem redaktor a jsem kontakt. XML nepotřebujeme.\n"
            "Hanácký Expres s.r.o., IČO " + ico("0611875") + "\n"
            "Radim Šebesta 605 992 411\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "i011-pdf-letter-declines-filming",
        "description": "short cover mail, formal letter in a PDF with a table; filming explicitly"
        " not requested",
        "style": Style.LETTER,
        "labels": L(
            [FEED], "Rádio Podhůří, spol. s r.o.", ico("0555734"), None,
            ["192.0.2.130"], ["192.0.2.131", "192.0.2.132"],
            "Alena Šťastná", "stastna@radiopodhuri.example", "+420558620147",
        ),
        "from": "Alena Šťastná <stastna@radiopodhuri.example>",
        "subject": "Žádost – přístup k výsledkům voleb",
        "headers": [("X-Mailer", "Microsoft Outlook 15.0")],
        "body": "Dobrý den,\nv příloze zasíláme žádost.\nS pozdravem\nAlena Šťastná\n",
        "attachments": [(
            "pdf", "zadost_XML_Podhuri.pdf", [
                "Rádio Podhůří, spol. s r.o.\nNádražní 412, 738 01 Frýdek-Místek\n"
                "IČO: " + ico("0555734"),
                "Věc: Žádost o přístup k výsledkům voleb prezidenta republiky v XML",
                "Žádáme o zpřístupnění vyhrazeného serveru s výsledky. O povolení pořizovat"
                " záznam na přebíracím místě nežádáme – letos budeme vysílat jen ze studia.",
                {"rows": [
                    ["Účel", "IP adresa"],
                    ["Ostrý provoz", "192.0.2.130"],
                    ["Testování", "192.0.2.131\n192.0.2.132"],
                ], "widths": [150, 200]},
                "Kontaktní osoba: Mgr. Alena Šťastná, tel. 558 620 147,"
                " stastna@radiopodhuri.example",
                "Ve Frýdku-Místku dne 5. 12. 2022\nMgr. Alena Šťastná, jednatelka",
            ],
        )],
    },
    {
        "id": "i012-thread-filming-withdrawn",
        "description": "follow-up withdraws the filming request made in the applicant's own quoted"
        " earlier mail; the feed request and its addresses stand",
        "style": Style.REPLY,
        "labels": L(
            [FEED], "Liberecký týden s.r.o.", ico("2617794"), None,
            ["203.0.113.66"], ["203.0.113.67"],
            "Hana Procházková", "prochazkova@libtyden.example", "+420702318664",
        ),
        "from": "Hana Procházková <prochazkova@libtyden.example>",
        "subject": "Re: Žádost XML + natáčení",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\n"
            "navazuji na svou žádost z pondělí (níže). Natáčení na přebíracím místě prosím"
            " škrtněte, kolega, který měl točit, bude v zahraničí a náhradu nemáme."
            " Přístup k XML platí tak, jak jsem psala.\n\n"
            "Díky a omlouvám se za komplikace.\n"
            "Hana Procházková\n\n"
            "From: Hana Procházková <prochazkova@libtyden.example>\n"
            "Sent: Monday, December 5, 2022 8:51 AM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost XML + natáčení\n\n"
            "Dobrý den,\n"
            "Liberecký týden s.r.o. (IČO " + ico("2617794") + ") žádá:\n"
            "a) o přístup k XML výsledkům – produkční IP 203.0.113.66, testovací 203.0.113.67;\n"
            "b) o povolení natáčet na přebíracím místě v Liberci (kameraman Pavel Jíra).\n"
            "Kontakt: Hana Procházková, 702 318 664.\n"
            "S pozdravem\nHana Procházková\nLiberecký týden\n"
        ),
    },
    {
        "id": "i013-signature-three-people",
        "description": "signature block lists three people with phones and mails; the text names"
        " the technical one as contact",
        "style": Style.SIGNATURES,
        "labels": L(
            [FEED], "Moravskoslezský zpravodaj a.s.", ico("0734851"), None,
            ["198.51.100.150", "198.51.100.151", "198.51.100.152"], [],
            "David Hruška", "hruska@mszpravodaj.example", "+420739004512",
        ),
        "from": "Redakce MS zpravodaje <redakce@mszpravodaj.example>",
        "subject": "Přístup k volebním datům",
        "body": (
            "Dobrý den,\n\n"
            "prosíme o zařazení Moravskoslezského zpravodaje a.s. mezi média s přístupem"
            " na XML server. Produkční adresy: 198.51.100.150, 198.51.100.151,"
            " 198.51.100.152. Testovací adresy nebudeme potřebovat.\n"
            "Na technickou schůzku a pro veškerou komunikaci k připojení prosím kontaktujte"
            " pana Hrušku (údaje níže).\n\n"
            "Redakce\n\n"
            "--\n"
            "Moravskoslezský zpravodaj a.s. | IČO " + ico("0734851") + "\n"
            "Mgr. Eva Kozlová, šéfredaktorka | kozlova@mszpravodaj.example | +420 731 220 118\n"
            "David Hruška, správce sítě | hruska@mszpravodaj.example | +420 739 004 512\n"
            "Jitka Malá, asistentka redakce | mala@mszpravodaj.example | +420 596 111 240\n"
        ),
    },
    {
        "id": "i014-databox-docx-header",
        "description": "data message whose application is only in a DOCX with a letterhead in the"
        " page header and a table of addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED], "Vltavín Digital s.r.o.", ico("2911573"), BOX_VLTAVIN,
            ["203.0.113.220", "203.0.113.221"], ["203.0.113.230"],
            "Filip Němec", "nemec@vltavindigital.example", "+420720556013",
        ),
        "databox": {"box": BOX_VLTAVIN, "sender": "Vltavín Digital s.r.o.",
                    "address": "Karlínské náměstí 7, 186 00 Praha 8"},
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "attachments": [(
            "docx", "zadost.docx", {
                "header": "Vltavín Digital s.r.o. · Karlínské náměstí 7, Praha 8 · IČO "
                + ico("2911573"),
                "footer": "Datová schránka: " + BOX_VLTAVIN,
                "blocks": [
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Žádost o přístup k vyhrazenému serveru s výsledky voleb",
                    "Vltavín Digital s.r.o. žádá o přístup k výsledkům voleb prezidenta"
                    " republiky ve formátu XML z těchto adres:",
                    {"rows": [
                        ["Provoz", "Adresa"],
                        ["produkční", "203.0.113.220"],
                        ["produkční", "203.0.113.221"],
                        ["testovací", "203.0.113.230"],
                    ]},
                    "Kontaktní osoba: Filip Němec, nemec@vltavindigital.example,"
                    " tel. 720 556 013",
                    "V Praze dne 6. 12. 2022",
                    "Filip Němec, technický ředitel",
                ],
            },
        )],
    },
]
