"""Seventh held-out part ``p``, cases p015–p028 (see make_seventh_p)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.seventh_p_common import Style

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]
NBSP = "\u00a0"

CASES: list[dict[str, Any]] = [
    {
        "id": "p015-forwarded-by-assistant",
        "description": "an assistant forwards the editor's request; the editor is the contact",
        "style": Style.FORWARD,
        "from": "Sekretariát redakce <sekretariat@jihoceskytydenik.example>",
        "subject": "Fwd: žádost ČSÚ – výsledky voleb",
        "body": (
            "Dobrý den,\n"
            "přeposílám žádost pana šéfredaktora, prosím o vyřízení.\n"
            "S pozdravem\n"
            "Eva Marešová, asistentka\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Jaroslav Bartoš <bartos@jihoceskytydenik.example>\n"
            "Date: út 4. 10. 2022 v 7:58\n"
            "Subject: žádost ČSÚ – výsledky voleb\n"
            "To: Sekretariát redakce <sekretariat@jihoceskytydenik.example>\n\n"
            "Evo, pošlete to prosím na statistiky:\n\n"
            "Jihočeský týdeník, a.s. (IČO " + ico("2807201") + ") žádá o přístup k XML "
            "výsledků voleb. Ostrý server 192.0.2.88, záložní 192.0.2.89, testovací "
            "192.0.2.90. Kontakt: já, Jaroslav Bartoš, mobil 605 907 213.\n"
            "JB\n"
        ),
        "labels": L(
            FEED,
            "Jihočeský týdeník, a.s.",
            ico("2807201"),
            None,
            ["192.0.2.88", "192.0.2.89"],
            ["192.0.2.90"],
            "Jaroslav Bartoš",
            "bartos@jihoceskytydenik.example",
            "+420605907213",
        ),
    },
    {
        "id": "p016-html-webmail-nbsp-ipv6",
        "description": "HTML-only webmail with &nbsp; between words; IPv6 production address",
        "style": Style.WEBMAIL,
        "from": "Filip Čermák <cermak@datovyportal.example>",
        "subject": "Přístup k výsledkům voleb (XML)",
        "html": (
            "<div>Dobrý&nbsp;den,</div><div><br></div>"
            "<div>společnost <b>Datový portál s.r.o.</b>, IČO&nbsp;" + ico("0841573") + ", "
            "žádá o přístup k&nbsp;XML výsledků voleb.</div><div><br></div>"
            "<div>Produkce:&nbsp;2001:db8:c0de::1 a&nbsp;203.0.113.5<br>"
            "Test:&nbsp;2001:db8:c0de::ff</div><div><br></div>"
            "<div>Filip Čermák<br>tel.&nbsp;+420&nbsp;736&nbsp;011&nbsp;582</div>"
            '<div style="color:#888;font-size:10px">Odesláno přes Webmail Centrum</div>'
        ),
        "labels": L(
            FEED,
            "Datový portál s.r.o.",
            ico("0841573"),
            None,
            ["2001:db8:c0de::1", "203.0.113.5"],
            ["2001:db8:c0de::ff"],
            "Filip Čermák",
            "cermak@datovyportal.example",
            "+420736011582",
        ),
    },
    {
        "id": "p017-xlsx-attachment-cover",
        "description": "short cover mail; addresses only in an attached spreadsheet",
        "style": Style.ATTACHMENTS,
        "from": "Martina Doležalová <dolezalova@ceskyrozhlas-kraj.example>",
        "subject": "Žádost o feed – tabulka IP",
        "body": (
            "Dobrý den,\n"
            "v příloze tabulka s IP adresami, ze kterých budeme stahovat výsledky voleb.\n"
            "Žadatel: Krajské rádio Střed, s.r.o., IČO " + ico("2952716") + ".\n"
            "Martina Doležalová\n"
            "+420 311 605 448\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_adresy_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Server", "IP adresa", "Prostředí"],
                            ["app01", "198.18.4.21", "produkce"],
                            ["app02", "198.18.4.22", "produkce"],
                            ["app03", "198.18.4.23", "produkce"],
                            ["dev", "198.18.9.5", "test"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Krajské rádio Střed, s.r.o.",
            ico("2952716"),
            None,
            ["198.18.4.21", "198.18.4.22", "198.18.4.23"],
            ["198.18.9.5"],
            "Martina Doležalová",
            "dolezalova@ceskyrozhlas-kraj.example",
            "+420311605448",
        ),
    },
    {
        "id": "p018-reply-with-corrections",
        "description": "reply to the office's query: adds the missing IČO and drops an old server",
        "style": Style.REPLY,
        "from": "Robert Tichý <tichy@noviny-liberec.example>",
        "subject": "Re: Doplnění žádosti o přístup k XML",
        "body": (
            "Dobrý den,\n\n"
            "doplňuji: IČO vydavatele Liberecké listy s.r.o. je " + ico("2540917") + ".\n"
            "A ještě – server 203.0.113.130 už nepoužíváme, ten prosím nepovolujte. Zůstává "
            "jen 203.0.113.131. Testovací nemáme.\n\n"
            "Robert Tichý\n"
            "tel. 482 710 334\n\n"
            "Dne 05.10.2022 v 10:14 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den, k Vaší žádosti prosíme o doplnění IČO žadatele.\n"
            ">\n"
            "> ----- původní zpráva -----\n"
            "> Liberecké listy žádají o přístup k XML výsledků, servery 203.0.113.130 a "
            "203.0.113.131.\n"
            "> Robert Tichý\n"
        ),
        "labels": L(
            FEED,
            "Liberecké listy s.r.o.",
            ico("2540917"),
            None,
            ["203.0.113.131"],
            [],
            "Robert Tichý",
            "tichy@noviny-liberec.example",
            "+420482710334",
        ),
    },
    {
        "id": "p019-austrian-tv-filming",
        "description": "Austrian TV crew wants to film; Austrian phone, German disclaimer, no feed",
        "style": Style.OUTLOOK,
        "from": "Birgit Hofer <birgit.hofer@alpenfernsehen.example>",
        "subject": "Filming permission - election night Prague",
        "body": (
            "Dear colleagues,\n\n"
            "Alpenfernsehen GmbH, Vienna, plans a short report on the Czech elections. "
            "We kindly ask for permission to film at one of your collection points in Prague "
            "on Saturday afternoon (crew of two: camera Jakob Wimmer, reporter myself).\n"
            "We do not need the data feed.\n\n"
            "Best regards,\n"
            "Birgit Hofer\n"
            "Producer\n"
            "Mobile: 0664 318 2270 (Austria, +43)\n\n"
            "Diese Nachricht ist vertraulich. / This message is confidential.\n"
        ),
        "labels": L(
            FILM,
            "Alpenfernsehen GmbH",
            None,
            None,
            [],
            [],
            "Birgit Hofer",
            "birgit.hofer@alpenfernsehen.example",
            "+436643182270",
        ),
    },
    {
        "id": "p020-pdf-form-ticks",
        "description": "PDF form: feed ticked ANO, filming ticked NE; mail body only says see PDF",
        "style": Style.ATTACHMENTS,
        "from": "Lucie Krejčí <krejci@ostravskyweb.example>",
        "subject": "Formulář – přístup k výsledkům",
        "body": "Dobrý den, posílám vyplněný formulář. Krejčí\n",
        "attachments": [
            (
                "pdf",
                "formular_vyplneny.pdf",
                [
                    "ŽÁDOST MÉDIÍ – VOLBY",
                    {
                        "rows": [
                            ["Název žadatele", "Ostravský web s.r.o."],
                            ["IČO", ico("0693842")],
                            ["Přístup k XML výsledků", "ANO"],
                            ["Natáčení na sběrném místě", "NE"],
                            ["IP adresy – ostrý provoz", "192.0.2.171; 192.0.2.172"],
                            ["IP adresy – test", "192.0.2.179"],
                            ["Kontaktní osoba", "Lucie Krejčí"],
                            ["E-mail", "krejci@ostravskyweb.example"],
                            ["Telefon", "596 12 34 88"],
                        ],
                        "widths": [180, 220],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Ostravský web s.r.o.",
            ico("0693842"),
            None,
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.179"],
            "Lucie Krejčí",
            "krejci@ostravskyweb.example",
            "+420596123488",
        ),
    },
    {
        "id": "p021-polish-agency-english",
        "description": "Polish agency writes English; Polish phone; CIDR /31 and trailing dots",
        "style": Style.WEBMAIL,
        "from": "Agnieszka Wójcik <a.wojcik@wislanews.example>",
        "subject": "Request: access to election results XML",
        "body": (
            "Good morning,\n\n"
            "on behalf of Wisła News Agency Sp. z o.o. I would like to apply for access to "
            "your XML results service.\n"
            "Production network: 198.51.100.220/31.\n"
            "Test host: 198.51.100.230.\n"
            "You can reach me at +48 22 615 40 87 or at this address.\n\n"
            "Pozdrawiam / Regards,\n"
            "Agnieszka Wójcik\n"
        ),
        "labels": L(
            FEED,
            "Wisła News Agency Sp. z o.o.",
            None,
            None,
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.230"],
            "Agnieszka Wójcik",
            "a.wojcik@wislanews.example",
            "+48226154087",
        ),
    },
    {
        "id": "p022-slovak-tv-both-dictated",
        "description": "Slovak TV: feed and filming; phone written with slashes, addresses in "
        "square brackets",
        "style": Style.LETTER,
        "from": "Peter Baláž <peter.balaz@tvkrajina.example>",
        "subject": "Žiadosť o prístup k výsledkom a o povolenie nakrúcania",
        "body": (
            "Vážená pani, vážený pán,\n\n"
            "televízia TV Krajina a.s. (Bratislava) žiada:\n"
            "- o prístup k XML výstupu výsledkov volieb zo serverov [203.0.113.101] a "
            "[203.0.113.102], testovací server [203.0.113.109],\n"
            "- o povolenie nakrúcať na zbernom mieste v Brne počas spracovania výsledkov.\n\n"
            "Kontaktná osoba: Peter Baláž, tel. 00421 903/412 776\n\n"
            "S úctou\n"
            "Peter Baláž\n"
            "vedúci spravodajstva\n"
        ),
        "labels": L(
            BOTH,
            "TV Krajina a.s.",
            None,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.109"],
            "Peter Baláž",
            "peter.balaz@tvkrajina.example",
            "+421903412776",
        ),
    },
    {
        "id": "p023-tracking-pixel-html",
        "description": "newsletter-like HTML signature with tracking links around the contact",
        "style": Style.OUTLOOK,
        "from": "Adam Veselý <adam.vesely@tydenikplus.example>",
        "subject": "Žádost o XML",
        "body": (
            "Dobrý den,\n\n"
            "Týdeník Plus, s.r.o., IČO " + ico("0486715") + ", žádá o přístup k XML "
            "s výsledky voleb.\n"
            "Adresy (produkce): 192.0.2.44 a 192.0.2.45\n"
            "Test: 192.0.2.46\n\n"
            "Kontakt na mě: adam.vesely@tydenikplus.example "
            "<https://click.mailtrack.example/c/eJyNj0E?u=mailto:adam.vesely%40tydenikplus.example>"
            ", mobil +420 720 551 393 "
            "<https://click.mailtrack.example/c/tel%3A%2B420720551393>\n\n"
            "Adam Veselý\n"
            "online editor\n"
            "Sledujte nás: https://www.tydenikplus.example/?utm_source=signature&utm_medium=email\n"
            "[Tracking pixel: https://mailtrack.example/open/3f9a.gif]\n"
        ),
        "labels": L(
            FEED,
            "Týdeník Plus, s.r.o.",
            ico("0486715"),
            None,
            ["192.0.2.44", "192.0.2.45"],
            ["192.0.2.46"],
            "Adam Veselý",
            "adam.vesely@tydenikplus.example",
            "+420720551393",
        ),
    },
    {
        "id": "p024-databox-odt-publisher",
        "description": "data message from a publisher with an ODT application and a second "
        "ODT listing staff (not addresses)",
        "style": Style.DATABOX,
        "databox": {
            "box": "r3fxw9p",
            "sender": "Severočeské vydavatelství, spol. s r.o.",
            "address": "Palackého 1180/12, 400 01 Ústí nad Labem",
        },
        "subject": "Žádost o přístup k XML výsledků voleb",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Severočeské vydavatelství, spol. s r.o.",
                    "IČO: " + ico("4414728"),
                    "Žádáme o přístup k XML výstupu výsledků voleb pro deník Ústecký večerník.",
                    [
                        ["Prostředí", "IP adresa"],
                        ["produkční", "198.18.20.10"],
                        ["produkční", "198.18.20.11"],
                        ["testovací", "198.18.30.10"],
                    ],
                    "Kontaktní osoba: Ing. Vladimír Šebesta, sebesta@sevvyd.example, "
                    "+420 475 201 660",
                ],
            ),
            (
                "odt",
                "redakce_kontakty.odt",
                [
                    "Redakce Ústeckého večerníku – kontakty",
                    [
                        ["Jméno", "Funkce", "Telefon"],
                        ["Hana Lhotská", "šéfredaktorka", "475 201 600"],
                        ["Karel Brož", "zástupce", "475 201 601"],
                    ],
                ],
            ),
        ],
        "labels": L(
            FEED,
            "Severočeské vydavatelství, spol. s r.o.",
            ico("4414728"),
            "r3fxw9p",
            ["198.18.20.10", "198.18.20.11"],
            ["198.18.30.10"],
            "Vladimír Šebesta",
            "sebesta@sevvyd.example",
            "+420475201660",
        ),
    },
    {
        "id": "p025-no-diacritics-mobile-typos",
        "description": "typed on a phone without diacritics; test and production on one line",
        "style": Style.MOBILE,
        "from": "Honza Kratochvil <kratochvil.honza@email.example>",
        "subject": "Zadost xml",
        "headers": [("X-Mailer", "Email.cz Android")],
        "body": (
            "dobry den chtel bych pozadat o pristup k xml vysledkum za nas zpravodajsky web "
            "Brnenske okno (provozuje Brnenske okno z.s., ICO " + ico("2717452") + "). "
            "ostra ip 198.51.100.180 testovaci 198.51.100.181 . kontakt ja Jan Kratochvil "
            "608 774 215 diky\n\n"
            "Odeslano z aplikace Email.cz\n"
        ),
        "labels": L(
            FEED,
            "Brnenske okno z.s.",
            ico("2717452"),
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Jan Kratochvil",
            "kratochvil.honza@email.example",
            "+420608774215",
        ),
    },
    {
        "id": "p026-hungarian-english-ipv6-cidr",
        "description": "Hungarian outlet in English; IPv6 /126 production, Hungarian phone",
        "style": Style.WEBMAIL,
        "from": "Dániel Kovács <kovacs.daniel@dunahirek.example>",
        "subject": "XML election feed access",
        "body": (
            "Hello,\n\n"
            "Duna Hírek Kft. (Budapest) asks for access to the Czech election results XML.\n"
            "Production: 2001:db8:77::/126\n"
            "Test: 2001:db8:78::2\n"
            "Contact: Dániel Kovács, +36 1 457 2290\n\n"
            "Üdvözlettel,\n"
            "Dániel\n"
        ),
        "labels": L(
            FEED,
            "Duna Hírek Kft.",
            None,
            None,
            ["2001:db8:77::", "2001:db8:77::1", "2001:db8:77::2", "2001:db8:77::3"],
            ["2001:db8:78::2"],
            "Dániel Kovács",
            "kovacs.daniel@dunahirek.example",
            "+3614572290",
        ),
    },
    {
        "id": "p027-withdrawal-whole-filming",
        "description": "a second message withdraws the filming part of an earlier application "
        "for both; only the feed remains, the IPs are restated",
        "style": Style.RESENT,
        "from": "Veronika Pešková <peskova@kraj-tv.example>",
        "subject": "Aktualizace žádosti – bez natáčení",
        "body": (
            "Dobrý den,\n\n"
            "posílám aktualizovanou žádost KRAJ TV s.r.o. (IČO " + ico("2846128") + "). "
            "Oproti včerejší verzi: žádost o natáčení na sběrném místě stahujeme, kapacitně "
            "to nezvládneme. O přístup k XML výsledků žádáme dál, adresy beze změny:\n"
            "ostré 203.0.113.60, 203.0.113.61\n"
            "testovací 203.0.113.62\n\n"
            "Veronika Pešková, produkce\n"
            "+420 499 300 127\n"
        ),
        "labels": L(
            FEED,
            "KRAJ TV s.r.o.",
            ico("2846128"),
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Veronika Pešková",
            "peskova@kraj-tv.example",
            "+420499300127",
        ),
    },
    {
        "id": "p028-rtf-and-txt-cover",
        "description": "RTF application with a TXT readme saying the RTF is the valid one; "
        "the TXT repeats an older address",
        "style": Style.ATTACHMENTS,
        "from": "Ing. Stanislav Říha <riha@agentura-stred.example>",
        "subject": "Žádost o XML – příloha",
        "body": (
            "Dobrý den,\n"
            "žádost je v příloze (RTF). Soubor poznamky.txt je jen naše interní poznámka, "
            "omylem přiložená – prosím neberte ji v úvahu.\n"
            "Říha\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_XML.rtf",
                [
                    "Tisková agentura Střed, a.s., IČO " + ico("2789150"),
                    "Žádáme o přístup k XML výsledků voleb.",
                    [
                        ["ostrý provoz", "192.0.2.230"],
                        ["ostrý provoz", "192.0.2.231"],
                        ["test", "192.0.2.240"],
                    ],
                    "Kontakt: Ing. Stanislav Říha, riha@agentura-stred.example, 777 019 426",
                ],
            ),
            (
                "txt",
                "poznamky.txt",
                "stary server 192.0.2.199 vypnout do konce mesice\nzeptat se na VPN\n",
            ),
        ],
        "labels": L(
            FEED,
            "Tisková agentura Střed, a.s.",
            ico("2789150"),
            None,
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.240"],
            "Stanislav Říha",
            "riha@agentura-stred.example",
            "+420777019426",
        ),
    },
]
