"""Tenth held-out part ``o``, cases o015–o028: nicknames, phone notes, an HTML mail with a
netmask, an English reply thread, Slovak without diacritics, a flowed windows-1250 mail, a
DOCX form, an inline forward, a corrected phone, a data message, ODT, crowded signatures."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.tenth_o_common import (
    ANDROID,
    APPLE,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    THUNDERBIRD,
    Style,
)

F = ["feed_access"]
R = ["recording_permit"]
B = ["feed_access", "recording_permit"]

CASES: list[dict[str, Any]] = [
    {
        "id": "o015-nickname-town-paper",
        "description": "greets as 'Kuba', signs in full; the town publishes the paper",
        "style": Style.SIGNATURE,
        "from": "Kuba Šťastný <stastny@hranice-radnice.example>",
        "subject": "Radniční noviny – výsledky voleb",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "tady Kuba z redakce Radničních novin Hranic. Rádi bychom letos poprvé přebírali "
            "výsledky voleb přímo od vás. Vydavatelem novin je Město Hranice, IČO 00301311 – "
            "žádáme tedy za město.\n\n"
            "Web běží na adrese 192.0.2.58, nic jiného nemáme.\n\n"
            "Díky!\n\n"
            "--\n"
            "Jakub Šťastný\n"
            "redaktor | Radniční noviny Hranic\n"
            "Městský úřad Hranice, Pernštejnské nám. 1\n"
            "M: +420 736 401 925\n"
            "T: 581 828 111 (ústředna)\n"
        ),
        "labels": L(
            F,
            "Město Hranice",
            "00301311",
            None,
            ["192.0.2.58"],
            [],
            "Jakub Šťastný",
            "stastny@hranice-radnice.example",
            "+420736401925",
        ),
    },
    {
        "id": "o016-android-filming-no-diacritics",
        "description": "two-liner from a phone without diacritics, filming only",
        "style": Style.PHONE,
        "from": "Pavel Hruby <hruby.kamera@kamerajih.example>",
        "subject": "nataceni",
        "headers": ANDROID,
        "body": (
            "dobry den, chceme natacet v sobotu vecer na prebiracim miste v Brne, 2 lidi s kamerou. "
            "Kamera Jih s.r.o., ICO 29055636.\n"
            "Pavel Hruby 777 930 412\n\n"
            "Odeslano z telefonu\n"
        ),
        "labels": L(
            R,
            "Kamera Jih s.r.o.",
            "29055636",
            None,
            [],
            [],
            "Pavel Hruby",
            "hruby.kamera@kamerajih.example",
            "+420777930412",
        ),
    },
    {
        "id": "o017-html-netmask-nested-table",
        "description": "HTML-only mail, a network given with a netmask in a table, contact below",
        "style": Style.HTML_TABLE,
        "from": "Iveta Krejčí <krejci@sumavsky-hlas.example>",
        "subject": "Žádost o XML – Šumavský hlas",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "html": (
            "<div>Dobrý den,</div><div>posíláme žádost o přístup k výsledkům voleb.</div>"
            '<table style="border-collapse:collapse" border="1">'
            "<tr><th>Vydavatel</th><th>IČO</th></tr>"
            "<tr><td>Šumavský hlas, spol. s r.o.</td><td>07362919</td></tr>"
            "</table><br>"
            '<table border="1">'
            "<tr><th>Účel</th><th>Síť</th><th>Maska</th></tr>"
            "<tr><td>produkce</td><td>198.18.4.0</td><td>255.255.255.252</td></tr>"
            "<tr><td>test</td><td>198.18.9.1</td><td>-</td></tr>"
            "</table>"
            "<p>Kontaktní osoba: Iveta Krejčí, tel. 380 711 554, krejci@sumavsky-hlas.example</p>"
            "<p>Děkuji<br>I. Krejčí</p>"
        ),
        "labels": L(
            F,
            "Šumavský hlas, spol. s r.o.",
            "07362919",
            None,
            ["198.18.4.0", "198.18.4.1", "198.18.4.2", "198.18.4.3"],
            ["198.18.9.1"],
            "Iveta Krejčí",
            "krejci@sumavsky-hlas.example",
            "+420380711554",
        ),
    },
    {
        "id": "o018-english-agency-reply-ipv6-test",
        "description": "English reply thread; the agency answers the office with IPv6 test addresses",
        "style": Style.REPLY,
        "from": "Oliver Grant <oliver.grant@cewire.example>",
        "subject": "Re: Your request for the results feed",
        "headers": GMAIL,
        "body": (
            "Hi,\n\n"
            "Sure - for testing please use 2001:db8:c0e::5 and 2001:db8:c0e::6. "
            "Production stays as in my first message.\n\n"
            "Cheers,\n"
            "Oliver\n\n"
            "On Wed, 30 Nov 2022 at 14:02, Podatelna CSU <podatelna@czso.cz> wrote:\n"
            "> Dear Mr Grant, do you also wish to register test addresses?\n"
            ">\n"
            "> On Tue, 29 Nov 2022 at 09:40, Oliver Grant <oliver.grant@cewire.example> wrote:\n"
            ">> Hello,\n"
            ">> Central Europe Wire Ltd (London, no Czech ID number) requests access to the\n"
            ">> election results XML. Production: 203.0.113.180 and 203.0.113.181.\n"
            ">> Contact: Oliver Grant, Prague correspondent, +420 605 118 734.\n"
        ),
        "labels": L(
            F,
            "Central Europe Wire Ltd",
            None,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["2001:db8:c0e::5", "2001:db8:c0e::6"],
            "Oliver Grant",
            "oliver.grant@cewire.example",
            "+420605118734",
        ),
    },
    {
        "id": "o019-slovak-no-diacritics-phone",
        "description": "Slovak note typed without diacritics on a phone, two production addresses",
        "style": Style.PHONE,
        "from": "Miro Polak <miro.polak@zahorie-online.example>",
        "subject": "pristup k vysledkom",
        "headers": IPHONE,
        "body": (
            "Dobry den, prosim o pristup k XML vysledkom volieb pre Zahorie Online s.r.o., "
            "ICO 44281056. IP: 198.51.100.201, 198.51.100.202. Vdaka\n"
            "Miroslav Polak, 0911 402 377\n"
        ),
        "labels": L(
            F,
            "Zahorie Online s.r.o.",
            "44281056",
            None,
            ["198.51.100.201", "198.51.100.202"],
            [],
            "Miroslav Polak",
            "miro.polak@zahorie-online.example",
            "+421911402377",
        ),
    },
    {
        "id": "o020-flowed-1250-radio-range",
        "description": "Thunderbird flowed windows-1250 mail, a range written with 'až'",
        "style": Style.THUNDERBIRD,
        "from": "Blanka Zelená <zelena@radiopodhuri.example>",
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "headers": THUNDERBIRD,
        "charset": "windows-1250",
        "flowed": True,
        "body": (
            "Vážení,\n\n"
            "společnost Rádio Podhůří, spol. s r.o., IČO 26973103, se sídlem v Trutnově, "
            "žádá o přístup k serveru s výsledky voleb ve formátu XML.\n\n"
            "Pro ostrý provoz budeme používat adresy 192.0.2.100 až 192.0.2.102, "
            "pro testování 198.51.100.12 a 198.51.100.13.\n\n"
            "Kontaktní osobou je Blanka Zelená, mobil 603 277 918 (ústředna rádia 499 812 300).\n\n"
            "S pozdravem\n"
            "Blanka Zelená\n"
            "vedoucí zpravodajství\n"
        ),
        "labels": L(
            F,
            "Rádio Podhůří, spol. s r.o.",
            "26973103",
            None,
            ["192.0.2.100", "192.0.2.101", "192.0.2.102"],
            ["198.51.100.12", "198.51.100.13"],
            "Blanka Zelená",
            "zelena@radiopodhuri.example",
            "+420603277918",
        ),
    },
    {
        "id": "o021-docx-form-both",
        "description": "a DOCX form with both requests ticked, the mail body only points to it",
        "style": Style.ATTACHMENT,
        "from": "Redakce Polabí <redakce@listypolabi.example>",
        "subject": "žádost – volby 2023",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze zasíláme vyplněnou žádost. Redakce Lidových listů Polabí\n",
        "attachments": [
            (
                "docx",
                "zadost_volby.docx",
                {
                    "header": "Lidové listy Polabí a.s.",
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB A O POVOLENÍ NATÁČENÍ",
                        {
                            "rows": [
                                ["Žadatel", "Lidové listy Polabí a.s."],
                                ["IČO", "05148766"],
                                ["Přístup k XML výsledkům", "☒ ano"],
                                ["Natáčení na přebíracím místě", "☒ ano (Nymburk)"],
                                ["IP adresy – ostrý provoz", "203.0.113.60, 203.0.113.61"],
                                ["IP adresy – test", "203.0.113.62"],
                                ["Kontaktní osoba", "Radka Vlčková"],
                                ["Telefon", "325 515 404"],
                                ["E-mail", "vlckova@listypolabi.example"],
                            ]
                        },
                        "V Nymburce 1. 12. 2022",
                    ],
                    "footer": "Lidové listy Polabí a.s., Palackého 8, Nymburk",
                },
            )
        ],
        "labels": L(
            B,
            "Lidové listy Polabí a.s.",
            "05148766",
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Radka Vlčková",
            "vlckova@listypolabi.example",
            "+420325515404",
        ),
    },
    {
        "id": "o022-inline-forward-named-contact",
        "description": "the boss forwards inline and names a colleague as contact",
        "style": Style.FORWARD,
        "from": "Aleš Kadlec <kadlec@ceskebudejovice-dnes.example>",
        "subject": "Fwd: přístup k XML výsledkům",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost, kterou připravila kolegyně. Kontaktní osobou pro vás bude ona, "
            "Jana Malá (v kopii).\n\n"
            "Aleš Kadlec, ředitel\n\n"
            "---------- Forwarded message ---------\n"
            "From: Jana Malá <mala@ceskebudejovice-dnes.example>\n"
            "Date: Thu, 1 Dec 2022 at 08:31\n"
            "Subject: přístup k XML výsledkům\n"
            "To: Aleš Kadlec <kadlec@ceskebudejovice-dnes.example>\n\n"
            "Aleši, tady je text pro ČSÚ:\n\n"
            "Českobudějovický deník Dnes s.r.o., IČO 24836290, žádá o přístup k výsledkům voleb.\n"
            "Ostrý provoz: 198.51.100.88\n"
            "Test: 198.51.100.89\n"
            "Jana Malá, 386 700 915\n"
        ),
        "cc": "Jana Malá <mala@ceskebudejovice-dnes.example>",
        "labels": L(
            F,
            "Českobudějovický deník Dnes s.r.o.",
            "24836290",
            None,
            ["198.51.100.88"],
            ["198.51.100.89"],
            "Jana Malá",
            "mala@ceskebudejovice-dnes.example",
            "+420386700915",
        ),
    },
    {
        "id": "o023-correction-phone-number",
        "description": "a second mail fixes the phone in the signature of the quoted first",
        "style": Style.CORRECTION,
        "from": "Dominik Urban <urban@hlasvalasska.example>",
        "subject": "Re: Žádost o přístup – Hlas Valašska (oprava telefonu)",
        "headers": SEZNAM,
        "body": (
            "Dobrý den, ještě oprava: v podpisu mám staré číslo, to už neplatí. "
            "Aktuální je 732 501 846.\n"
            "Dominik Urban\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: Dominik Urban <urban@hlasvalasska.example>\n"
            "Datum: 2. 12. 2022 13:05:22\n"
            "Předmět: Žádost o přístup – Hlas Valašska\n\n"
            "Dobrý den,\n"
            "za Hlas Valašska, z. s. (IČO 08315477) žádám o přístup k volebním výsledkům v XML.\n"
            "Produkční adresy 203.0.113.120, 203.0.113.121, 203.0.113.122.\n\n"
            "Dominik Urban\n"
            "tel. 731 000 514\n"
        ),
        "labels": L(
            F,
            "Hlas Valašska, z. s.",
            "08315477",
            None,
            ["203.0.113.120", "203.0.113.121", "203.0.113.122"],
            [],
            "Dominik Urban",
            "urban@hlasvalasska.example",
            "+420732501846",
        ),
    },
    {
        "id": "o024-databox-docx-filming",
        "description": "data message from a municipal TV, DOCX letter asking only to film",
        "style": Style.DATABOX,
        "databox": {
            "box": "t3xw9vb",
            "sender": "Televize Třinec, příspěvková organizace",
            "address": "Třinec",
            "type": 10,
        },
        "subject": "Žádost o povolení natáčení",
        "attachments": [
            (
                "docx",
                "povoleni_nataceni.docx",
                {
                    "blocks": [
                        "Televize Třinec, příspěvková organizace",
                        "IČO: 09612301, datová schránka t3xw9vb",
                        "Věc: Žádost o povolení pořizování záznamu na přebíracím místě",
                        "Žádáme o povolení natáčet příjem výsledků na přebíracím místě "
                        "ve Frýdku-Místku v noci z 14. na 15. ledna 2023. Štáb: kameraman "
                        "Lubomír Cieslar a redaktorka Dana Szturcová. O přístup k datům "
                        "nežádáme.",
                        "Kontakt pro tuto žádost: Dana Szturcová, 558 321 707, "
                        "szturcova@tvtrinec.example",
                        "Mgr. Petr Friedl, ředitel",
                    ]
                },
            )
        ],
        "labels": L(
            R,
            "Televize Třinec, příspěvková organizace",
            "09612301",
            "t3xw9vb",
            [],
            [],
            "Dana Szturcová",
            "szturcova@tvtrinec.example",
            "+420558321707",
        ),
    },
    {
        "id": "o025-english-freelancer-both",
        "description": "British freelancer without a company, chatty English, both requests",
        "style": Style.CHATTY,
        "from": "Hannah Whitfield <hannah@whitfield-writes.example>",
        "subject": "election night - data + filming?",
        "headers": APPLE,
        "body": (
            "Hi there!\n\n"
            "I'm a freelance journalist (no company, just me) covering the Czech election for a "
            "couple of UK outlets. Two things, if possible:\n"
            "- access to your XML results feed - my little server is 192.0.2.33\n"
            "- permission to film with my phone camera at the Prague collection point for a few "
            "minutes\n\n"
            "My phone: +44 7700 900 123 (UK), I'll be in Prague from 12 Jan.\n\n"
            "Thanks so much,\n"
            "Hannah Whitfield\n"
        ),
        "labels": L(
            B,
            "Hannah Whitfield",
            None,
            None,
            ["192.0.2.33"],
            [],
            "Hannah Whitfield",
            "hannah@whitfield-writes.example",
            "+447700900123",
        ),
    },
    {
        "id": "o026-odt-community-radio-ipv6",
        "description": "ODT attachment, IPv6 production and an IPv4 test address",
        "style": Style.ATTACHMENT,
        "from": "Komunitní rádio Bohnice <provoz@radiobohnice.example>",
        "subject": "Žádost o přístup k XML",
        "headers": THUNDERBIRD,
        "body": "Dobrý den,\nposíláme žádost v příloze (ODT).\nDěkujeme, Rádio Bohnice\n",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Komunitní rádio Bohnice, z. ú., IČO 26011859",
                    "žádá o přístup k výsledkům voleb ve formátu XML.",
                    [
                        ["Ostrý provoz", "2001:db8:77::1"],
                        ["Ostrý provoz", "2001:db8:77::2"],
                        ["Test", "198.51.100.77"],
                    ],
                    "Kontakt: Šimon Vacek, technik, vacek@radiobohnice.example, 776 145 832",
                ],
            )
        ],
        "labels": L(
            F,
            "Komunitní rádio Bohnice, z. ú.",
            "26011859",
            None,
            ["2001:db8:77::1", "2001:db8:77::2"],
            ["198.51.100.77"],
            "Šimon Vacek",
            "vacek@radiobohnice.example",
            "+420776145832",
        ),
    },
    {
        "id": "o027-two-signers-one-contact",
        "description": "two editors sign with two phones; the text names one as the contact",
        "style": Style.SIGNATURE,
        "from": "Eva Horáková <horakova@kladensky-ctvrtek.example>",
        "subject": "Kladenský čtvrtek – žádost o data",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "píšeme za vydavatele Kladenský čtvrtek s.r.o. (IČO 27790436). Žádáme o přístup "
            "k výsledkům voleb v XML; připojovat se budeme z 203.0.113.14 (produkce).\n"
            "Kontaktní osobou pro tuto žádost bude Martin Holub.\n\n"
            "S pozdravem\n\n"
            "Eva Horáková                     Martin Holub\n"
            "šéfredaktorka                    technický redaktor\n"
            "+420 603 818 220                 +420 608 442 913\n"
            "horakova@kladensky-ctvrtek.example   holub@kladensky-ctvrtek.example\n"
        ),
        "labels": L(
            F,
            "Kladenský čtvrtek s.r.o.",
            "27790436",
            None,
            ["203.0.113.14"],
            [],
            "Martin Holub",
            "holub@kladensky-ctvrtek.example",
            "+420608442913",
        ),
    },
    {
        "id": "o028-plain-form-filming-ne",
        "description": "text form pasted into the mail, filming answered NE",
        "style": Style.WEBMAIL,
        "from": "Lenka Vávrová <vavrova@mostecky-expres.example>",
        "subject": "formulář – přístup k výsledkům",
        "headers": ROUNDCUBE,
        "body": (
            "Žadatel ............ Mostecký expres, s.r.o.\n"
            "IČO ................ 06983146\n"
            "Přístup k XML ...... ANO\n"
            "Natáčení ........... NE\n"
            "IP ostrý provoz .... 198.51.100.150; 198.51.100.151\n"
            "IP test ............ 198.51.100.152\n"
            "Kontakt ............ Lenka Vávrová\n"
            "Telefon ............ 476 105 662\n"
            "E-mail ............. vavrova@mostecky-expres.example\n"
        ),
        "labels": L(
            F,
            "Mostecký expres, s.r.o.",
            "06983146",
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.152"],
            "Lenka Vávrová",
            "vavrova@mostecky-expres.example",
            "+420476105662",
        ),
    },
]
