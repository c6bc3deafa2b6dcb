"""Fourteenth held-out part ``ha``, cases ha001–ha014: phone-typed notes, HTML tables,
forwards, replies, a correction, foreign senders and a data message."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourteenth_ha_common import FEED, FILM, L, Style, ico

I02 = ico("2719485")
I03 = ico("4630172")
I04 = ico("0587316")
I09 = ico("0026781")
I10 = ico("6150934")
I14 = ico("2884017")

CASES: list[dict[str, Any]] = [
    {
        "id": "ha001-iphone-two-liner",
        "description": "two lines typed on a phone, no diacritics, test address after 'a test'",
        "style": Style.PHONE,
        "from": "Petr Holy <petr.holy@brnenskytydenik.example>",
        "subject": "volby xml",
        "headers": [("X-Mailer", "iPhone Mail (20H115)")],
        "body": (
            "Dobry den, prosim o pristup na xml s vysledky voleb pro Brnensky tydenik s.r.o., "
            "ip 198.51.100.23 a test 198.51.100.24\n"
            "Diky, Petr Holy 602 118 455\n\n"
            "Odeslano z iPhonu\n"
        ),
        "labels": L(
            [FEED],
            "Brnensky tydenik s.r.o.",
            None,
            None,
            ["198.51.100.23"],
            ["198.51.100.24"],
            "Petr Holy",
            "petr.holy@brnenskytydenik.example",
            "+420602118455",
        ),
    },
    {
        "id": "ha002-outlook-html-table",
        "description": "HTML-only Outlook mail, roles as table columns, direct line before switchboard",
        "style": Style.HTML_TABLE,
        "from": "Kateřina Marešová <maresova@radiovltavasever.example>",
        "subject": "Žádost o zřízení přístupu k výsledkům voleb",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "html": (
            '<html><body style="font-family:Calibri">'
            "<p>Vážení,</p><p>společnost <b>Rádio Vltava Sever, a.s.</b>, IČO "
            f"{I02}, žádá o přístup k vyhrazenému serveru s výsledky voleb ve formátu XML. "
            "Naše adresy:</p>"
            '<table border="1" cellpadding="4"><tr><th>Ostrý provoz</th><th>Testování</th></tr>'
            "<tr><td>203.0.113.140</td><td>203.0.113.150</td></tr>"
            "<tr><td>203.0.113.141</td><td>&nbsp;</td></tr></table>"
            "<p>Kontaktní osobou je podepsaná.</p>"
            "<p>S pozdravem<br>Ing. Kateřina Marešová<br>vedoucí technického úseku<br>"
            "přímá linka: +420 417 305 228<br>ústředna: +420 417 305 200<br>"
            "maresova@radiovltavasever.example</p></body></html>"
        ),
        "labels": L(
            [FEED],
            "Rádio Vltava Sever, a.s.",
            I02,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Kateřina Marešová",
            "maresova@radiovltavasever.example",
            "+420417305228",
        ),
    },
    {
        "id": "ha003-forward-from-it",
        "description": "editor forwards IT's addresses, names a colleague from IT as the contact",
        "style": Style.FORWARD,
        "from": "Jana Pokorná <jana.pokorna@hlasvysociny.example>",
        "subject": "Fwd: IPčka pro volební server",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\n"
            "posílám níže adresy od našeho IT, prosíme o zařazení do seznamu pro přístup k XML "
            "výsledkům. Žadatelem je Hlas Vysočiny, spol. s r.o., IČO "
            f"{I03}. Technické věci prosím řešte přímo s kolegou Šimonem Kratochvílem, "
            "simon.kratochvil@hlasvysociny.example, mobil 731 442 908.\n\n"
            "Jana Pokorná\nšéfredaktorka\n\n"
            "---------- Přeposlaná zpráva ----------\n"
            "Od: Šimon Kratochvíl <simon.kratochvil@hlasvysociny.example>\n"
            "Datum: čt 2. 12.\n"
            "Předmět: IPčka pro volební server\n"
            "Komu: Jana Pokorná <jana.pokorna@hlasvysociny.example>\n\n"
            "Jano,\nprodukce pojede ze 192.0.2.61 a 192.0.2.62, testovat budeme ze 192.0.2.70.\n"
            "Š.\n"
        ),
        "labels": L(
            [FEED],
            "Hlas Vysočiny, spol. s r.o.",
            I03,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.70"],
            "Šimon Kratochvíl",
            "simon.kratochvil@hlasvysociny.example",
            "+420731442908",
        ),
    },
    {
        "id": "ha004-reply-office-quoted",
        "description": "reply giving the missing test address; office's query and own original quoted",
        "style": Style.REPLY,
        "from": "Martin Vacek <vacek@denikposazavi.example>",
        "subject": "Re: Vaše žádost o přístup k XML – doplnění",
        "headers": [("X-Mailer", "Mozilla Thunderbird 115.5")],
        "body": (
            "Dobrý den,\n\ndoplňuji: testovací adresa bude 198.51.100.201. Produkční zůstává, "
            "jak jsem psal původně.\n\nM. Vacek\n\n"
            "Dne 3. 12. napsal(a) podatelna@czso.cz:\n"
            "> Dobrý den,\n"
            "> děkujeme za Vaši žádost. Uveďte prosím také adresu pro testovací provoz.\n"
            "> Podatelna ČSÚ, Na padesátém 81, Praha 10, tel. +420 274 052 733\n"
            "> IČO 00025593, datová schránka 2gfaasy\n"
            ">\n"
            "> > Dobrý den, za Deník Posázaví s.r.o. (IČO "
            f"{I04}) žádám o přístup k serveru\n"
            "> > s výsledky voleb z adresy 198.51.100.200. Kontakt: Martin Vacek,\n"
            "> > tel. 724 330 915.\n"
        ),
        "labels": L(
            [FEED],
            "Deník Posázaví s.r.o.",
            I04,
            None,
            ["198.51.100.200"],
            ["198.51.100.201"],
            "Martin Vacek",
            "vacek@denikposazavi.example",
            "+420724330915",
        ),
    },
    {
        "id": "ha005-slovak-chatty-cidr",
        "description": "chatty Slovak mail, production as a /30, no IČO given",
        "style": Style.CHATTY,
        "from": "Zuzka Hrnčiarová <zuzana.hrnciarova@tvzahorie.example>",
        "subject": "prístup k volebným dátam :)",
        "headers": [("X-Mailer", "Roundcube Webmail/1.6.5")],
        "body": (
            "Dobrý deň,\n\n"
            "volám sa Zuzana Hrnčiarová a robím v TV Záhorie s.r.o. v Senici. Minule sme výsledky "
            "vašich volieb sťahovali ručne z webu a bolo to peklo, tak by sme tento rok radi "
            "využili váš XML server. Náš server má rozsah 203.0.113.8/30 (ostrá prevádzka), "
            "na testy máme zvlášť stroj 203.0.113.20.\n\n"
            "Keby niečo, som na čísle +421 905 662 318.\n\nĎakujem pekne a pekný deň!\nZuzka\n"
        ),
        "labels": L(
            [FEED],
            "TV Záhorie s.r.o.",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.20"],
            "Zuzana Hrnčiarová",
            "zuzana.hrnciarova@tvzahorie.example",
            "+421905662318",
        ),
    },
    {
        "id": "ha006-english-agency-ipv6-test",
        "description": "foreign news agency in English, IPv6 test address, UK phone",
        "style": Style.FOREIGN,
        "from": '"Whitfield, Oliver" <o.whitfield@northseanews.example>',
        "subject": "Access to the Czech election results feed",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Hello,\n\n"
            "North Sea News Ltd would like to receive the XML results feed for the upcoming "
            "Czech elections. Our ingest servers are 198.51.100.77 and 198.51.100.78; for "
            "testing we would use 2001:db8:4a::15.\n\n"
            "Please direct any questions to me.\n\n"
            "Kind regards,\nOliver Whitfield\nHead of Data, North Sea News Ltd\n"
            "+44 20 7946 0321\n"
        ),
        "labels": L(
            [FEED],
            "North Sea News Ltd",
            None,
            None,
            ["198.51.100.77", "198.51.100.78"],
            ["2001:db8:4a::15"],
            "Oliver Whitfield",
            "o.whitfield@northseanews.example",
            "+442079460321",
        ),
    },
    {
        "id": "ha007-followup-corrects-address",
        "description": "follow-up quoting own mail and correcting a swapped production address",
        "style": Style.FOLLOWUP,
        "from": "Radek Šimek <radek.simek@kuryr-plzen.example>",
        "subject": "Re: žádost o XML přístup - OPRAVA",
        "headers": [("X-Mailer", "Mozilla Thunderbird 115.5")],
        "body": (
            "Dobrý den, omlouvám se, ve včerejší zprávě jsem přehodil číslice: druhá produkční "
            "adresa není 192.0.2.85, správně je 192.0.2.58. Zbytek platí.\n\nRadek Šimek\n\n"
            "Dne 4. 12. Radek Šimek napsal(a):\n"
            "> Dobrý den,\n"
            "> Plzeňský kurýr, z.s., žádá o přístup k výsledkům voleb v XML.\n"
            "> Produkce: 192.0.2.57, 192.0.2.85\n"
            "> Test: žádný\n"
            "> Radek Šimek, tel. 777 203 644\n"
        ),
        "labels": L(
            [FEED],
            "Plzeňský kurýr, z.s.",
            None,
            None,
            ["192.0.2.57", "192.0.2.58"],
            [],
            "Radek Šimek",
            "radek.simek@kuryr-plzen.example",
            "+420777203644",
        ),
    },
    {
        "id": "ha008-filming-crew-signature",
        "description": "filming only; crew listed, producer named as the contact",
        "style": Style.OUTLOOK,
        "from": "Tomáš Bureš <bures@jihlavskatelevize.example>",
        "subject": "Natáčení na přebíracím místě v Jihlavě",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\n"
            "Jihlavská televize s.r.o. by ráda natočila krátkou reportáž o předávání výsledků "
            "na přebíracím místě v Jihlavě během volební noci. Štáb: reportér Tomáš Bureš, "
            "kameraman Luboš Kníže. O povolení a organizaci se stará naše produkční Alena "
            "Trnková, alena.trnkova@jihlavskatelevize.example, 608 771 204 – prosím "
            "domlouvejte vše s ní.\n\nDěkuji,\nTomáš Bureš\nredaktor\n"
        ),
        "labels": L(
            [FILM],
            "Jihlavská televize s.r.o.",
            None,
            None,
            [],
            [],
            "Alena Trnková",
            "alena.trnkova@jihlavskatelevize.example",
            "+420608771204",
        ),
    },
    {
        "id": "ha009-gmail-municipal-both",
        "description": "municipal newsroom from gmail: both feed and filming, publisher is the town",
        "style": Style.GMAIL,
        "from": "Lenka Dvořáková <lenka.dvorakova.kolin@gmail.example>",
        "subject": "Kolínský zpravodaj - volby",
        "headers": [("X-Gm-Message-State", "AOJu0YwKq3m1Zr8xVb2Lh6TQ9pNcD4eF7sGh0iJk")],
        "body": (
            "Dobrý den,\n\n"
            "jsem redaktorka Kolínského zpravodaje, který vydává Město Kolín (IČ "
            f"{I09}). Chtěli bychom:\n"
            "1) přístup k XML výsledkům – náš server 203.0.113.33, testovací 203.0.113.34,\n"
            "2) povolení natáčet na přebíracím místě v Kolíně pro městskou televizi.\n\n"
            "Píšu ze soukromého mailu, protože městský nám zrovna nejde. Ústředna úřadu je "
            "321 748 100, ale lepší je můj mobil 736 514 220.\n\nLenka Dvořáková\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Město Kolín",
            I09,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Lenka Dvořáková",
            "lenka.dvorakova.kolin@gmail.example",
            "+420736514220",
        ),
    },
    {
        "id": "ha010-feed-filming-declined",
        "description": "feed access; filming explicitly not wanted",
        "style": Style.THUNDERBIRD,
        "from": "Ondřej Malý <maly@ceskevychodnilisty.example>",
        "subject": "přístup k volebnímu serveru",
        "headers": [("User-Agent", "Mozilla/5.0 Thunderbird/115.5.0")],
        "body": (
            "Dobrý den,\n\nŽádáme o přístup k serveru s výsledky voleb.\n"
            "Organizace: Východní listy a.s., IČO "
            f"{I10}\n"
            "Adresy pro ostrý provoz: 198.18.4.10, 198.18.4.11, 198.18.4.12\n"
            "Testovací adresa: 198.18.4.99\n"
            "Natáčení na přebíracích místech nepožadujeme.\n\n"
            "Ondřej Malý, správce sítí, tel. +420 466 020 311\n"
        ),
        "labels": L(
            [FEED],
            "Východní listy a.s.",
            I10,
            None,
            ["198.18.4.10", "198.18.4.11", "198.18.4.12"],
            ["198.18.4.99"],
            "Ondřej Malý",
            "maly@ceskevychodnilisty.example",
            "+420466020311",
        ),
    },
    {
        "id": "ha011-nickname-signature",
        "description": "signs with a nickname, full name only in the signature block",
        "style": Style.CHATTY,
        "from": "Kuba <kuba@radiobeat-ostrava.example>",
        "subject": "XML feed pro Radio Beat",
        "body": (
            "Zdravím do Prahy,\n\n"
            "potřebovali bychom zase na volby napojit XML. Letos máme nový server, takže "
            "adresa je 192.0.2.145 (produkce), testovat budeme z 192.0.2.146. Kdyby něco, "
            "zavolejte mi, jsem furt na telefonu.\n\nDíky moc, Kuba\n\n--\n"
            "Jakub Šťastný | technik\nRadio Beat Ostrava s.r.o.\n+420 603 912 457\n"
        ),
        "labels": L(
            [FEED],
            "Radio Beat Ostrava s.r.o.",
            None,
            None,
            ["192.0.2.145"],
            ["192.0.2.146"],
            "Jakub Šťastný",
            "kuba@radiobeat-ostrava.example",
            "+420603912457",
        ),
    },
    {
        "id": "ha012-german-netmask",
        "description": "German regional broadcaster, production address with a netmask",
        "style": Style.FOREIGN,
        "from": "Sabine Krüger <s.krueger@elbtal-rundfunk.example>",
        "subject": "Antrag auf Zugang zum XML-Ergebnisserver",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "cte": "base64",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Elbtal Rundfunk GmbH aus Dresden berichtet auch über die Wahlen in Tschechien "
            "und beantragt daher den Zugang zu Ihrem XML-Server mit den Wahlergebnissen.\n"
            "Produktivsystem: 198.51.100.180 Netzmaske 255.255.255.252\n"
            "Testsystem: keins\n\n"
            "Mit freundlichen Grüßen\nSabine Krüger\nIT-Leitung\nTel. +49 351 4412 870\n"
        ),
        "labels": L(
            [FEED],
            "Elbtal Rundfunk GmbH",
            None,
            None,
            ["198.51.100.180", "198.51.100.181", "198.51.100.182", "198.51.100.183"],
            [],
            "Sabine Krüger",
            "s.krueger@elbtal-rundfunk.example",
            "+493514412870",
        ),
    },
    {
        "id": "ha013-polish-range",
        "description": "Polish radio, production written as an 'od ... do' range",
        "style": Style.FOREIGN,
        "from": "Marek Wiśniewski <m.wisniewski@radioslask.example>",
        "subject": "Wniosek o dostęp do wyników wyborów (XML)",
        "headers": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0) Thunderbird/115.5.0")],
        "charset": "iso-8859-2",
        "body": (
            "Dzień dobry,\n\n"
            "Radio Śląsk Sp. z o.o. z Katowic chciałoby uzyskać dostęp do serwera XML z "
            "wynikami wyborów w Czechach. Adresy produkcyjne: od 192.0.2.40 do 192.0.2.42. "
            "Adres testowy: 192.0.2.49.\n\n"
            "Osoba kontaktowa: Marek Wiśniewski, tel. +48 32 255 41 90.\n\n"
            "Z poważaniem\nMarek Wiśniewski\n"
        ),
        "labels": L(
            [FEED],
            "Radio Śląsk Sp. z o.o.",
            None,
            None,
            ["192.0.2.40", "192.0.2.41", "192.0.2.42"],
            ["192.0.2.49"],
            "Marek Wiśniewski",
            "m.wisniewski@radioslask.example",
            "+48322554190",
        ),
    },
    {
        "id": "ha014-databox-txt",
        "description": "data message: terse annotation, application in an attached text file",
        "style": Style.DATABOX,
        "databox": {
            "box": "k7m2pqx",
            "sender": "Moravský večerník, s.r.o.",
            "address": "Palackého 12, 779 00 Olomouc",
        },
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Věc: Žádost o přístup k výsledkům voleb ve formátu XML\n\n"
                f"Žadatel: Moravský večerník, s.r.o., IČO {I14}\n"
                "Adresy pro ostrý provoz: 203.0.113.90, 203.0.113.91\n"
                "Adresa pro testování: 203.0.113.92\n"
                "Kontaktní osoba: Pavla Navrátilová, pavla.navratilova@moravskyvecernik.example, "
                "tel. 585 221 976\n\nV Olomouci dne 1. 12.\nMgr. Pavla Navrátilová\n",
            ),
        ],
        "labels": L(
            [FEED],
            "Moravský večerník, s.r.o.",
            I14,
            "k7m2pqx",
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.92"],
            "Pavla Navrátilová",
            "pavla.navratilova@moravskyvecernik.example",
            "+420585221976",
        ),
    },
]
