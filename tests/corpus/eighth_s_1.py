"""Eighth held-out part ``s``, cases s001–s014: phone-typed notes, chatty mails, mail
clients of several kinds, an HTML-only table. Written by hand; labels by LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighth_s_common import FEED, REC, L, Style, ico

ICO_1 = ico("2719384")
ICO_2 = ico("0648215")
ICO_4 = ico("4410927")
ICO_6 = ico("2936051")
ICO_8 = ico("0571836")
ICO_10 = ico("6403318")
ICO_12 = ico("2587140")
ICO_13 = ico("0912473")

CASES: list[dict[str, Any]] = [
    {
        "id": "s001-iphone-two-liner",
        "description": "two lines typed on a phone, no diacritics, roles as 'ostra' and 'test'",
        "style": Style.PHONE,
        "from": "Petr Vanek <vanek@zpravyzkraje.example>",
        "subject": "xml volby",
        "headers": [("X-Mailer", "iPhone Mail (20B101)")],
        "body": (
            f"Dobry den, prosim o pristup k xml, ostra 203.0.113.41, test 198.51.100.7. "
            f"Zpravy z kraje s.r.o., ICO {ICO_1}, volejte 603 118 402\n"
            "Vanek\n\nOdesláno z iPhonu\n"
        ),
        "labels": L(
            [FEED],
            "Zpravy z kraje s.r.o.",
            ICO_1,
            None,
            ["203.0.113.41"],
            ["198.51.100.7"],
            "Petr Vanek",
            "vanek@zpravyzkraje.example",
            "+420603118402",
        ),
    },
    {
        "id": "s002-android-filming-only",
        "description": "short phone note asking only to film; feed explicitly not needed",
        "style": Style.PHONE,
        "from": "Jana Horká <horka.jana@tvlitomysl.example>",
        "subject": "natáčení přebírací místo",
        "headers": [("X-Mailer", "Android Mail")],
        "body": (
            "Dobrý den, chtěli bychom natáčet na přebíracím místě v Pardubicích v sobotu "
            "odpoledne, kameraman + já. XML data nepotřebujeme, jen to natáčení.\n"
            f"TV Litomyšl, spol. s r.o. (IČ {ICO_2})\nJana Horká, 777 204 915\n\n"
            "Odesláno z mého zařízení Galaxy\n"
        ),
        "labels": L(
            [REC],
            "TV Litomyšl, spol. s r.o.",
            ICO_2,
            None,
            [],
            [],
            "Jana Horká",
            "horka.jana@tvlitomysl.example",
            "+420777204915",
        ),
    },
    {
        "id": "s003-chatty-editor-lastyear",
        "description": "chatty, sloppy editor; an old address from last year is named as gone",
        "style": Style.CHATTY,
        "from": '"Kolář, Ondřej" <ondrej.kolar@brnenskylist.example>',
        "subject": "Re: zase ty volby :)",
        "body": (
            "Ahoj / dobrý den,\n\n"
            "tak jsme tu zas, jako každý rok se hlásíme o ten vyhrazený přístup k výsledkům. "
            "Loni jsme jeli z 198.51.100.200, ale ten stroj už jsme vyhodili, takže to "
            "letos NEBERTE v úvahu. Nový server má 198.51.100.214 a k tomu záložní "
            "198.51.100.215. Na zkoušení bychom rádi 192.0.2.66.\n\n"
            "Firma je pořád stejná – Brněnský list a.s., IČO "
            f"{ICO_4[:3]} {ICO_4[3:6]} {ICO_4[6:]}.\n\n"
            "Kdyby něco, volejte mně, 724 330 118, nebo pište sem.\n\n"
            "Díky moc a ať vám to v sobotu sype!\nOndra Kolář\nvedoucí online, Brněnský list\n"
        ),
        "labels": L(
            [FEED],
            "Brněnský list a.s.",
            ICO_4,
            None,
            ["198.51.100.214", "198.51.100.215"],
            ["192.0.2.66"],
            "Ondřej Kolář",
            "ondrej.kolar@brnenskylist.example",
            "+420724330118",
        ),
    },
    {
        "id": "s004-outlook-html-table",
        "description": "Outlook HTML-only mail; addresses in a table with a role column",
        "style": Style.HTML_TABLE,
        "from": "Marcela Dvořáková <m.dvorakova@radiocentrum.example>",
        "subject": "Žádost o přístup k XML serveru ČSÚ – Rádio Centrum",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "html": (
            "<html><body><p>Vážení,</p><p>společnost <b>Rádio Centrum, a.s.</b>, IČO "
            f"{ICO_6}, žádá o registraci k vyhrazenému připojení pro volby.</p>"
            "<table border=1><tr><th>Adresa</th><th>Účel</th></tr>"
            "<tr><td>203.0.113.130</td><td>produkce</td></tr>"
            "<tr><td>203.0.113.131</td><td>produkce</td></tr>"
            "<tr><td>203.0.113.250</td><td>testování</td></tr></table>"
            "<p>Kontakt: Marcela Dvořáková, tel. +420 222 519 604, "
            "m.dvorakova@radiocentrum.example</p>"
            "<p>S pozdravem<br>Marcela Dvořáková<br>asistentka ředitele</p></body></html>"
        ),
        "labels": L(
            [FEED],
            "Rádio Centrum, a.s.",
            ICO_6,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.250"],
            "Marcela Dvořáková",
            "m.dvorakova@radiocentrum.example",
            "+420222519604",
        ),
    },
    {
        "id": "s005-english-freelancer",
        "description": "foreign freelancer in English, no IČO, CIDR /30 for production",
        "style": Style.GMAIL,
        "from": "Tom Whitaker <tom.whitaker@gmail.example>",
        "subject": "Election results feed - access request",
        "body": (
            "Hello,\n\nI'm a freelance data journalist covering the Czech presidential "
            "election for several UK outlets. I'd like access to your dedicated results "
            "XML server.\n\nMy VPS block is 198.18.4.8/30 (all four can connect). No test "
            "machine needed.\n\nI work on my own, no company. You can reach me on "
            "+44 7700 900461.\n\nThanks a lot,\nTom Whitaker\n"
        ),
        "labels": L(
            [FEED],
            "Tom Whitaker",
            None,
            None,
            ["198.18.4.8", "198.18.4.9", "198.18.4.10", "198.18.4.11"],
            [],
            "Tom Whitaker",
            "tom.whitaker@gmail.example",
            "+447700900461",
        ),
    },
    {
        "id": "s006-thunderbird-flowed-respectively",
        "description": "Thunderbird format=flowed; roles given by 'respectively' order",
        "style": Style.THUNDERBIRD,
        "from": "Lukáš Marek <marek@sitlab.example>",
        "subject": "Registrace XML – Hlas regionu",
        "headers": [("User-Agent", "Mozilla/5.0 Thunderbird/102.5.0")],
        "flowed": True,
        "body": (
            "Dobrý den,\n\nza vydavatele Hlas regionu z.s. (IČO "
            f"{ICO_8}) žádám o přístup k XML výsledkům. Pro ostrý provoz a pro testy \n"
            "použijeme adresy 192.0.2.17 a 192.0.2.18, v tomto pořadí.\n\n"
            "Technický kontakt jsem já, tel. 605 771 230.\n\n-- \nLukáš Marek\nSítLab\n"
        ),
        "labels": L(
            [FEED],
            "Hlas regionu z.s.",
            ICO_8,
            None,
            ["192.0.2.17"],
            ["192.0.2.18"],
            "Lukáš Marek",
            "marek@sitlab.example",
            "+420605771230",
        ),
    },
    {
        "id": "s007-slovak-both",
        "description": "Slovak newsroom asking for the feed and filming, IPv6 production",
        "style": Style.OUTLOOK,
        "from": "Zuzana Hrušovská <hrusovska@dennikvychod.example>",
        "subject": "Žiadosť – prístup k výsledkom a nakrúcanie",
        "headers": [("X-Mailer", "Microsoft Outlook 15.0")],
        "body": (
            "Dobrý deň,\n\nnaša redakcia Denník Východ, s. r. o. (so sídlom v Košiciach, "
            "bez českého IČO) žiada o:\n"
            "1) prístup k vyhradenému XML serveru – produkčné adresy 2001:db8:44::10 a "
            "198.51.100.88, testovacia 2001:db8:44::99;\n"
            "2) povolenie nakrúcať na preberacom mieste v Brne počas sčítania.\n\n"
            "Kontaktná osoba: Zuzana Hrušovská, +421 905 312 448.\n\nS pozdravom\n"
            "Zuzana Hrušovská\nzástupkyňa šéfredaktora\n"
        ),
        "labels": L(
            [FEED, REC],
            "Denník Východ, s. r. o.",
            None,
            None,
            ["2001:db8:44::10", "198.51.100.88"],
            ["2001:db8:44::99"],
            "Zuzana Hrušovská",
            "hrusovska@dennikvychod.example",
            "+421905312448",
        ),
    },
    {
        "id": "s008-signature-two-people",
        "description": "signature lists two people with phones; the body names the contact",
        "style": Style.SIGNATURE,
        "from": "Redakce Týdeník Vysočina <redakce@tydenikvysocina.example>",
        "subject": "přístup k datům – volby prezidenta",
        "body": (
            "Dobrý den,\n\nprosíme o zařazení mezi média s přístupem k XML serveru. "
            "IP adresa serveru: 203.0.113.5. Testovací nemáme.\n"
            "Kontaktní osobou pro tuto věc je Radek Pošta (technik).\n\n"
            "Děkujeme\n\n"
            "Vysočina Media s.r.o. | IČO " + ICO_10 + "\n"
            "Mgr. Eva Šindelářová, šéfredaktorka – 731 005 226 – sindelarova@tydenikvysocina.example\n"
            "Radek Pošta, IT – 731 005 290 – posta@tydenikvysocina.example\n"
        ),
        "labels": L(
            [FEED],
            "Vysočina Media s.r.o.",
            ICO_10,
            None,
            ["203.0.113.5"],
            [],
            "Radek Pošta",
            "posta@tydenikvysocina.example",
            "+420731005290",
        ),
    },
    {
        "id": "s009-apple-mail-range",
        "description": "Apple Mail, production as a dash range of three, test two by comma",
        "style": Style.APPLE_MAIL,
        "from": "Filip Beneš <filip@datovyzurnal.example>",
        "subject": "Zadost o pripojeni k vysledkum voleb",
        "headers": [("X-Mailer", "Apple Mail (2.3731.200.110.1.12)")],
        "body": (
            "Dobry den,\n\njsem nezavisly datovy novinar na volne noze (OSVC, zadna firma), "
            "prosim o pristup k XML pro sebe.\n\n"
            "produkce: 198.51.100.60 – 198.51.100.62\n"
            "test: 192.0.2.200, 192.0.2.201\n\n"
            "Filip Benes\n+420 608 442 017\n\nSent from my Mac\n"
        ),
        "labels": L(
            [FEED],
            "Filip Beneš",
            None,
            None,
            ["198.51.100.60", "198.51.100.61", "198.51.100.62"],
            ["192.0.2.200", "192.0.2.201"],
            "Filip Beneš",
            "filip@datovyzurnal.example",
            "+420608442017",
        ),
    },
    {
        "id": "s010-gmail-declines-filming",
        "description": "gmail; applicant says filming is not wanted this time",
        "style": Style.GMAIL,
        "from": "Alena Krejčí <alena.krejci.redakce@gmail.example>",
        "subject": "XML výsledky - Krkonošský deník",
        "body": (
            "Dobrý den,\n\nv minulých letech jsme žádali i o natáčení na přebíracím místě, "
            "letos ale natáčet nebudeme – žádáme tedy pouze o přístup k XML.\n\n"
            "Produkční IP: 203.0.113.77\nTestovací IP: 203.0.113.78\n\n"
            "Krkonošský deník, o.p.s., IČO " + ICO_12 + "\n"
            "Alena Krejčí\n(+420) 739 512 663\n"
        ),
        "labels": L(
            [FEED],
            "Krkonošský deník, o.p.s.",
            ICO_12,
            None,
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Alena Krejčí",
            "alena.krejci.redakce@gmail.example",
            "+420739512663",
        ),
    },
    {
        "id": "s011-university-netmask",
        "description": "university lab, production as address with netmask 255.255.255.252",
        "style": Style.THUNDERBIRD,
        "from": '"doc. Ing. Karel Stejskal, Ph.D." <stejskal@fsv.univerzita.example>',
        "subject": "Přístup k volebním datům pro výzkumný tým",
        "headers": [("User-Agent", "Mozilla Thunderbird 115.4")],
        "body": (
            "Vážená paní, vážený pane,\n\nkatedra politologie Univerzity Jižní Morava "
            "(veřejná vysoká škola, IČO " + ICO_13 + ") by ráda získala přístup k "
            "vyhrazenému serveru s průběžnými výsledky pro projekt volební analytiky.\n\n"
            "Naše síť: 198.19.20.4 maska 255.255.255.252 (ostrý provoz).\n"
            "Testovací prostředí nepotřebujeme.\n\n"
            "Kontaktní osoba: Ing. Pavla Řezníčková, tel. 549 496 301, "
            "reznickova@fsv.univerzita.example\n\nS úctou\ndoc. Ing. Karel Stejskal, Ph.D.\n"
            "vedoucí katedry\n"
        ),
        "labels": L(
            [FEED],
            "Univerzita Jižní Morava",
            ICO_13,
            None,
            ["198.19.20.4", "198.19.20.5", "198.19.20.6", "198.19.20.7"],
            [],
            "Pavla Řezníčková",
            "reznickova@fsv.univerzita.example",
            "+420549496301",
        ),
    },
    {
        "id": "s012-withdrawn-then-feed",
        "description": "asks for both, then withdraws the filming later in the same mail",
        "style": Style.CORRECTION,
        "from": "Michal Šustr <sustr@rozhlasnadsazavou.example>",
        "subject": "žádost o přístup k XML a natáčení",
        "body": (
            "Dobrý den,\n\nrádi bychom požádali o přístup k XML serveru a o povolení "
            "natáčet na přebíracím místě v Benešově.\n\nIP pro provoz: 192.0.2.140, "
            "192.0.2.141.\n\nP.S. Právě mi kolega říká, že na natáčení nemáme v sobotu "
            "lidi, takže to natáčení prosím škrtněte, zůstává jen XML.\n\n"
            "Michal Šustr\nRozhlas nad Sázavou, z. s.\n602 917 338\n"
        ),
        "labels": L(
            [FEED],
            "Rozhlas nad Sázavou, z. s.",
            None,
            None,
            ["192.0.2.140", "192.0.2.141"],
            [],
            "Michal Šustr",
            "sustr@rozhlasnadsazavou.example",
            "+420602917338",
        ),
    },
    {
        "id": "s013-english-agency-html",
        "description": "foreign agency, HTML with bullet lists, test addresses in IPv6",
        "style": Style.HTML_TABLE,
        "from": '"Müller, Katrin" <k.mueller@mitteleuropa-presse.example>',
        "subject": "Media registration - dedicated XML server",
        "html": (
            "<p>Dear Sir or Madam,</p><p>Mitteleuropa Presse GmbH (Vienna) would like to "
            "register for the dedicated results connection.</p>"
            "<p><u>Production</u></p><ul><li>203.0.113.201</li><li>203.0.113.202</li></ul>"
            "<p><u>Testing</u></p><ul><li>2001:db8:beef::1</li><li>2001:db8:beef::2</li></ul>"
            "<p>Contact for all technical matters: Katrin Müller, +43 1 997 2051, "
            "k.mueller@mitteleuropa-presse.example</p><p>Kind regards<br>Katrin Müller</p>"
        ),
        "labels": L(
            [FEED],
            "Mitteleuropa Presse GmbH",
            None,
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["2001:db8:beef::1", "2001:db8:beef::2"],
            "Katrin Müller",
            "k.mueller@mitteleuropa-presse.example",
            "+4319972051",
        ),
    },
    {
        "id": "s014-terse-technician",
        "description": "terse technician, key: value lines, version number in the text",
        "style": Style.CHATTY,
        "from": "ops@ceskyvecer.example",
        "subject": "XML access",
        "body": (
            "org: Český večer a.s.\n"
            "prod: 198.51.100.33\n"
            "prod: 198.51.100.34\n"
            "test: -\n"
            "klient: volby-stahovac 2.4.1.7\n"
            "kontakt: Jiří Palát, 736 140 552\n"
        ),
        "labels": L(
            [FEED],
            "Český večer a.s.",
            None,
            None,
            ["198.51.100.33", "198.51.100.34"],
            [],
            "Jiří Palát",
            "ops@ceskyvecer.example",
            "+420736140552",
        ),
    },
]
