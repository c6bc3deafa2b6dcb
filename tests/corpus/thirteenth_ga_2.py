"""Thirteenth held-out part ``ga``, cases ga015–ga028 (hand-written; never tune against them)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.thirteenth_ga_common import (
    APPLE,
    GMAIL,
    IPHONE,
    K9,
    OE6,
    OUTLOOK,
    OWA,
    SEZNAM,
    THUNDERBIRD,
    ZIMBRA,
    Style,
)

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_OSTRAVICE = ico("2581764")
ICO_DELTA = ico("0619285")
ICO_JIHOCESKY = ico("2843071")
ICO_KAVKA = ico("0378452")
ICO_HLINSKO = ico("0027067")
ICO_KRKONOSE = ico("2602158")
ICO_ECHO = ico("0956613")
ICO_SENICA = ico("3641827")
ICO_POLABI = ico("2710495")
ICO_ZLIN = ico("0488326")
ICO_STRASECI = ico("0023491")
ICO_HLAS = ico("2895573")
ICO_BETKA = ico("0712948")

CASES: list[dict[str, Any]] = [
    {
        "id": "ga015-secretary-docx-table",
        "description": "a secretary sends a DOCX form; the contact named inside is the "
        "technical manager, not the sender",
        "style": Style.ATTACHMENT,
        "from": "Jarmila Hodková <hodkova@radioostravice.example>",
        "subject": "Žádost o přístup k datové službě – RADIO OSTRAVICE a.s.",
        "headers": OUTLOOK,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "z pověření pana ředitele Vám v příloze zasílám vyplněnou žádost naší "
            "společnosti o přístup k výsledkům voleb.\n\n"
            "S úctou\nJarmila Hodková\nasistentka ředitele\nRADIO OSTRAVICE a.s.\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_CSU_2026.docx",
                {
                    "header": "RADIO OSTRAVICE a.s.",
                    "blocks": [
                        "Žádost o přístup k XML výstupu výsledků voleb",
                        {
                            "rows": [
                                ["Žadatel", "RADIO OSTRAVICE a.s."],
                                ["IČO", ICO_OSTRAVICE],
                                ["IP adresy pro ostrý provoz", "203.0.113.180, 203.0.113.181"],
                                ["IP adresy pro testování", "203.0.113.190, 203.0.113.191"],
                                ["Kontaktní osoba", "Ing. Pavel Zezula, technický ředitel"],
                                ["Telefon", "596 114 870"],
                                ["E-mail", "pavel.zezula@radioostravice.example"],
                            ]
                        },
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "RADIO OSTRAVICE a.s.",
            ICO_OSTRAVICE,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.190", "203.0.113.191"],
            "Pavel Zezula",
            "pavel.zezula@radioostravice.example",
            "+420596114870",
        ),
    },
    {
        "id": "ga016-reply-to-office-question",
        "description": "reply to the office's question which addresses are for testing; the "
        "original application is quoted below",
        "style": Style.REPLY,
        "from": "Vojtěch Malina <malina@deltapress.example>",
        "subject": "RE: Dotaz k žádosti o přístup k volebním datům",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "děkuji za dotaz. Rozdělení je takové:\n"
            "ostrý provoz – 192.0.2.91 a 192.0.2.92\n"
            "testování – 192.0.2.99\n\n"
            "S pozdravem\nVojtěch Malina\nAgentura Delta Press, s.r.o.\n+420 725 606 318\n\n"
            "________________________________\n"
            "Od: podatelna <podatelna@czso.cz>\n"
            "Odesláno: čtvrtek 6. srpna 2026 10:14\n"
            "Předmět: Dotaz k žádosti o přístup k volebním datům\n\n"
            "Dobrý den, uveďte prosím, které z uvedených adres jsou určeny pro testování.\n"
            "Podatelna ČSÚ\n\n"
            "________________________________\n"
            "Od: Vojtěch Malina <malina@deltapress.example>\n"
            "Předmět: Žádost o přístup k volebním datům\n\n"
            f"Agentura Delta Press, s.r.o., IČO {ICO_DELTA}, žádá o přístup k XML s "
            "výsledky voleb z adres 192.0.2.91, 192.0.2.92 a 192.0.2.99. Kontakt: "
            "Vojtěch Malina, 725 606 318.\n"
        ),
        "labels": L(
            FEED,
            "Agentura Delta Press, s.r.o.",
            ICO_DELTA,
            None,
            ["192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Vojtěch Malina",
            "malina@deltapress.example",
            "+420725606318",
        ),
    },
    {
        "id": "ga017-seznam-html-netmask",
        "description": "HTML-only mail from a webmail, production given as an address with a "
        "netmask",
        "style": Style.HTML_TABLE,
        "from": "Jiří Kolář <jiri.kolar@jihoceskytydenik.example>",
        "subject": "Volby – přístup k XML",
        "headers": SEZNAM,
        "html": (
            "<p>Dobrý den,<br>prosíme o přístup k volebnímu XML pro "
            f"<b>Jihočeský týdeník s.r.o.</b>, IČO {ICO_JIHOCESKY}.</p>"
            "<table><tr><th>síť (ostrý provoz)</th><th>maska</th></tr>"
            "<tr><td>203.0.113.64</td><td>255.255.255.252</td></tr></table>"
            "<p>Testovací adresy nemáme.</p>"
            "<p>Jiří Kolář<br>tel.: 604 228 715<br>jiri.kolar@jihoceskytydenik.example</p>"
        ),
        "labels": L(
            FEED,
            "Jihočeský týdeník s.r.o.",
            ICO_JIHOCESKY,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            [],
            "Jiří Kolář",
            "jiri.kolar@jihoceskytydenik.example",
            "+420604228715",
        ),
    },
    {
        "id": "ga018-film-crew-listed",
        "description": "filming only; crew members with phones are listed, the producer is "
        "the contact",
        "style": Style.SIGNATURE,
        "from": "Barbora Vaňková <vankova@kavkafilm.example>",
        "subject": "Povolení k natáčení na sběrném místě",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            f"produkce Kavka Film Production s.r.o., IČO {ICO_KAVKA}, připravuje dokument "
            "o volební noci a ráda by natáčela na sběrném místě v Hradci Králové.\n\n"
            "Štáb:\n- kamera: Filip Mareš, 777 845 012\n- zvuk: Petra Holá, 776 301 994\n\n"
            "Kontaktní osoba za produkci: Barbora Vaňková, 721 930 446, "
            "vankova@kavkafilm.example\n\n"
            "O data z volebního serveru nežádáme.\n\nBarbora Vaňková\nproducentka\n"
        ),
        "labels": L(
            FILM,
            "Kavka Film Production s.r.o.",
            ICO_KAVKA,
            None,
            [],
            [],
            "Barbora Vaňková",
            "vankova@kavkafilm.example",
            "+420721930446",
        ),
    },
    {
        "id": "ga019-english-institute-both",
        "description": "foreign institute without IČO asks for both; IPv6 production, IPv4 test",
        "style": Style.FOREIGN,
        "from": "Dr. Aisling Byrne <a.byrne@danubejournalism.example>",
        "subject": "Request: election data access and filming permission",
        "headers": THUNDERBIRD,
        "body": (
            "Dear Sir or Madam,\n\n"
            "the Danube Institute of Journalism (Vienna) is making a short documentary on "
            "election nights in Central Europe. We kindly ask for two things:\n\n"
            "1. access to your election results XML service from our production hosts "
            "2001:db8:1e::20 and 2001:db8:1e::21 (test host: 198.18.200.5);\n"
            "2. permission for a crew of three to film at your collection point in Brno.\n\n"
            "I am the contact person for this request: Aisling Byrne, "
            "a.byrne@danubejournalism.example, +43 1 402 7731.\n\n"
            "Kind regards,\nAisling Byrne\n"
        ),
        "labels": L(
            BOTH,
            "Danube Institute of Journalism",
            None,
            None,
            ["2001:db8:1e::20", "2001:db8:1e::21"],
            ["198.18.200.5"],
            "Aisling Byrne",
            "a.byrne@danubejournalism.example",
            "+4314027731",
        ),
    },
    {
        "id": "ga020-municipal-windows-1250",
        "description": "town newsroom in windows-1250 from an old mail client; the town is "
        "the applicant",
        "style": Style.FORMAL,
        "from": "Zdeňka Štěpánková <stepankova@hlinsko-mesto.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Hlinecký zpravodaj",
        "headers": OE6,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"Město Hlinsko, IČO {ICO_HLINSKO}, vydavatel Hlineckého zpravodaje, žádá o "
            "přístup k XML výstupu výsledků voleb pro zpravodajský web města.\n\n"
            "IP adresa pro ostrý provoz: 192.0.2.140\n"
            "IP adresa pro testování: 192.0.2.141\n\n"
            "Kontaktní osoba: Zdeňka Štěpánková, odbor kanceláře starosty, "
            "tel. 469 326 155\n\n"
            "S pozdravem\nZdeňka Štěpánková\n"
        ),
        "labels": L(
            FEED,
            "Město Hlinsko",
            ICO_HLINSKO,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Zdeňka Štěpánková",
            "stepankova@hlinsko-mesto.example",
            "+420469326155",
        ),
    },
    {
        "id": "ga021-two-signatures-named-contact",
        "description": "two people sign; the text names the technician as the contact",
        "style": Style.SIGNATURE,
        "from": "Eva Krejčí <krejci@krkonossky-denik.example>",
        "subject": "Žádost o volební data",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"píšeme za Krkonošský deník, s.r.o. (IČO {ICO_KRKONOSE}). Chtěli bychom "
            "během voleb odebírat výsledky z vašeho XML. Produkční server 198.51.100.61, "
            "testovací 198.51.100.62.\n\n"
            "Kontaktní osobou pro tuto žádost je Martin Hora.\n\n"
            "Eva Krejčí, šéfredaktorka, 602 417 380, krejci@krkonossky-denik.example\n"
            "Martin Hora, technika, 604 915 227, hora@krkonossky-denik.example\n"
        ),
        "labels": L(
            FEED,
            "Krkonošský deník, s.r.o.",
            ICO_KRKONOSE,
            None,
            ["198.51.100.61"],
            ["198.51.100.62"],
            "Martin Hora",
            "hora@krkonossky-denik.example",
            "+420604915227",
        ),
    },
    {
        "id": "ga022-zimbra-cidr-terse",
        "description": "terse technician; production as a /30 block",
        "style": Style.TERSE,
        "from": "Radim Šebek <sebek@echoregionu.example>",
        "subject": "XML volby - Echo Regionu",
        "headers": ZIMBRA,
        "body": (
            f"Echo Regionu, z.ú., IČO {ICO_ECHO}\n"
            "zadost: pristup k XML vysledku voleb\n"
            "prod: 198.51.100.96/30\n"
            "test: 198.51.100.110\n"
            "kontakt: Radim Šebek, +420 739 220 581\n"
        ),
        "labels": L(
            FEED,
            "Echo Regionu, z.ú.",
            ICO_ECHO,
            None,
            ["198.51.100.96", "198.51.100.97", "198.51.100.98", "198.51.100.99"],
            ["198.51.100.110"],
            "Radim Šebek",
            "sebek@echoregionu.example",
            "+420739220581",
        ),
    },
    {
        "id": "ga023-slovak-no-diacritics-both",
        "description": "Slovak regional TV without diacritics, both requests",
        "style": Style.FOREIGN,
        "from": "Juraj Kollar <kollar@tvsenica.example>",
        "subject": "ziadost volby data + natacanie",
        "headers": GMAIL,
        "body": (
            "Dobry den,\n\n"
            "Regionalna televizia Senica, s.r.o., ICO "
            f"{ICO_SENICA}, by rada ziskala pristup k XML s vysledkami volieb a zaroven "
            "prosime o povolenie natacat na vasom zbernom mieste v Hodonine.\n\n"
            "Server (ostra prevadzka): 203.0.113.240\n"
            "Test: 203.0.113.241\n\n"
            "Kontakt: Juraj Kollar, 0903 551 274\n\nS pozdravom\nJuraj Kollar\n"
        ),
        "labels": L(
            BOTH,
            "Regionalna televizia Senica, s.r.o.",
            ICO_SENICA,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Juraj Kollar",
            "kollar@tvsenica.example",
            "+421903551274",
        ),
    },
    {
        "id": "ga024-feed-withdrawn-filming-stays",
        "description": "follow-up withdraws the feed request (they get the data elsewhere), "
        "filming stays; the quoted original lists addresses",
        "style": Style.FOLLOWUP,
        "from": "Kateřina Bílková <bilkova@denikpolabi.example>",
        "subject": "Re: Žádost – data a natáčení",
        "headers": IPHONE,
        "body": (
            "Dobrý den, žádost o přístup k datům beru zpět, výsledky nakonec budeme brát "
            "od agentury. Natáčení na sběrném místě v Nymburce ale prosím platí.\n"
            "K. Bílková\n\nOdesláno z iPhonu\n\n"
            "> 7. 8. 2026 v 8:40, Kateřina Bílková <bilkova@denikpolabi.example>:\n>\n"
            f"> Deník Polabí s.r.o., IČO {ICO_POLABI}, žádá o přístup k volebnímu XML\n"
            "> (IP 192.0.2.171, test 192.0.2.172) a o povolení natáčet na sběrném\n"
            "> místě v Nymburce. Kontakt: Kateřina Bílková, 732 618 040.\n"
        ),
        "labels": L(
            FILM,
            "Deník Polabí s.r.o.",
            ICO_POLABI,
            None,
            [],
            [],
            "Kateřina Bílková",
            "bilkova@denikpolabi.example",
            "+420732618040",
        ),
    },
    {
        "id": "ga025-chatty-xlsx",
        "description": "chatty cover note with the addresses in an XLSX sheet",
        "style": Style.ATTACHMENT,
        "from": "Roman Pokorný <pokorny@novinkyzlin.example>",
        "subject": "ahoj, volby :)",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "po roce zase my :) Letos jsme měnili hosting, takže posílám nové adresy v "
            "tabulce v příloze, ať je nepřepisuju. Chceme zase jen XML, točit nebudeme.\n\n"
            f"NOVINKY ZLÍN s.r.o., IČO {ICO_ZLIN}\n"
            "Roman Pokorný, 608 204 951\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["ostrý provoz", "203.0.113.20"],
                            ["ostrý provoz", "203.0.113.21"],
                            ["ostrý provoz", "203.0.113.22"],
                            ["test", "203.0.113.28"],
                            ["test", "203.0.113.29"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "NOVINKY ZLÍN s.r.o.",
            ICO_ZLIN,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            ["203.0.113.28", "203.0.113.29"],
            "Roman Pokorný",
            "pokorny@novinkyzlin.example",
            "+420608204951",
        ),
    },
    {
        "id": "ga026-databox-town-odt",
        "description": "data message from a town office with an ODT letter",
        "style": Style.DATABOX,
        "from": "posta@novestraseci.example",
        "subject": "Žádost – přístup k výsledkům voleb (Strašecké listy)",
        "databox": {
            "box": "n4x8q2r",
            "sender": "Město Nové Strašecí",
            "address": "Komenského nám. 460, 271 01 Nové Strašecí",
        },
        "body": "",
        "attachments": [
            (
                "odt",
                "zadost_volby_2026.odt",
                [
                    "Město Nové Strašecí",
                    f"IČO {ICO_STRASECI}",
                    "Věc: žádost o přístup k XML výstupu výsledků voleb",
                    "Pro zpravodajství Strašeckých listů žádáme o přístup z IP adres "
                    "203.0.113.220 a 203.0.113.221 (ostrý provoz).",
                    "Kontakt: Lucie Habrová, tisková mluvčí, tel. 313 100 264, "
                    "habrova@novestraseci.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Město Nové Strašecí",
            ICO_STRASECI,
            "n4x8q2r",
            ["203.0.113.220", "203.0.113.221"],
            [],
            "Lucie Habrová",
            "habrova@novestraseci.example",
            "+420313100264",
        ),
    },
    {
        "id": "ga027-followup-forgotten-phone",
        "description": "a second message adds the forgotten phone number above the quoted request",
        "style": Style.FOLLOWUP,
        "from": "Adam Klíma <klima@hlasostravy.example>",
        "subject": "Re: volební XML - Hlas Ostravy",
        "headers": IPHONE,
        "body": (
            "jeste telefon, zapomnel jsem: 739 404 118\nAdam\n\nOdesláno z iPhonu\n\n"
            "> Dne 8. 8. 2026 v 21:15 Adam Klíma <klima@hlasostravy.example> napsal:\n>\n"
            "> Dobry vecer,\n"
            f"> Hlas Ostravy, s.r.o., ICO {ICO_HLAS} zada o pristup k XML s vysledky.\n"
            "> Ostry server 198.51.100.250, test nemame.\n"
            "> Adam Klima, technicky redaktor\n"
        ),
        "labels": L(
            FEED,
            "Hlas Ostravy, s.r.o.",
            ICO_HLAS,
            None,
            ["198.51.100.250"],
            [],
            "Adam Klíma",
            "klima@hlasostravy.example",
            "+420739404118",
        ),
    },
    {
        "id": "ga028-apple-nickname-signoff",
        "description": "signed with a nickname only; the full name is in the From header",
        "style": Style.CHATTY,
        "from": "Alžběta Nováková <betka@podcastnaokraji.example>",
        "subject": "Podcast Na okraji – volební noc",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "děláme malý podcast, ale na volební noc chystáme živé vysílání a rádi "
            "bychom měli čísla přímo od vás. Firma je Na okraji media s.r.o., IČO "
            f"{ICO_BETKA}. Vysílací server 192.0.2.33, testovací stroj 192.0.2.34.\n\n"
            "Kdyžtak volejte na 728 110 563, jsem k zastižení skoro pořád.\n\n"
            "Díky!\nBetka\n"
        ),
        "labels": L(
            FEED,
            "Na okraji media s.r.o.",
            ICO_BETKA,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Alžběta Nováková",
            "betka@podcastnaokraji.example",
            "+420728110563",
        ),
    },
]
