"""Eleventh held-out part ``ea``, cases ea029–ea042: a Slovak phone note, an old Windows
mail client in windows-1250 with blocks, ODT and RTF attachments, a follow-up to one's own
mail, two people in a greeting, foreign freelancers and broadcasters, HTML-only webmail,
a declined feed, an S/MIME-signed letter with a data-box ID, a base64 HTML mail, a data
message for filming and a reply that trims the list to five."""

from __future__ import annotations

from typing import Any

from tests.corpus.eleventh_ea_common import (
    ANDROID,
    APPLE,
    EMAILCZ,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    THUNDERBIRD,
    Style,
)
from tests.corpus.label_rules import L, ico

ICO_30 = ico("2592417")
ICO_31 = ico("7052913")
ICO_32 = ico("2681530")
ICO_33 = ico("0549271")
ICO_34 = ico("2879013")
ICO_37 = ico("0416692")
ICO_38 = ico("2703385")
ICO_39 = ico("4529106")
ICO_40 = ico("2650147")
ICO_41 = ico("7341286")
ICO_42 = ico("0283374")

_OLD_WINDOWS = [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]

CASES: list[dict[str, Any]] = [
    {
        "id": "ea029-slovak-iphone-note",
        "description": "Slovak two-liner from a phone; one production address, no company ID",
        "style": Style.PHONE_NOTE,
        "from": "Maťo Baláž <martin.balaz@spravyzahorie.example>",
        "subject": "pristup xml",
        "headers": IPHONE,
        "body": (
            "Dobrý deň, pre Správy Záhorie s.r.o. prosím prístup k XML, produkčná IP "
            "198.18.99.14, test nemáme. Martin Baláž, 0907 611 328\n\n"
            "Odoslané z môjho iPhonu\n"
        ),
        "labels": L(
            [FEED],
            "Správy Záhorie s.r.o.",
            None,
            None,
            ["198.18.99.14"],
            [],
            "Martin Baláž",
            "martin.balaz@spravyzahorie.example",
            "+421907611328",
        ),
    },
    {
        "id": "ea030-windows-1250-ranges-and-block",
        "description": "old client in windows-1250; five production as a range, test as a /30 "
        "plus one",
        "style": Style.OUTLOOK,
        "from": "Zdeněk Havlík <havlik@severoceskydenik.example>",
        "subject": "Zadost o pristup k XML serveru",
        "headers": _OLD_WINDOWS,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "Severočeský deník, a.s. žádá o přístup k XML serveru s výsledky voleb.\n\n"
            "Produkční rozsah: 192.0.2.40 až 192.0.2.44\n"
            "Testovací: 198.51.100.32/30 a navíc 198.51.100.50\n\n"
            f"IČO: {ICO_30}\n"
            "Kontakt: Zdeněk Havlík, správce sítě, tel. 475 221 908\n\n"
            "S pozdravem\nZdeněk Havlík\n"
        ),
        "labels": L(
            [FEED],
            "Severočeský deník, a.s.",
            ICO_30,
            None,
            ["192.0.2.40", "192.0.2.41", "192.0.2.42", "192.0.2.43", "192.0.2.44"],
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35", "198.51.100.50"],
            "Zdeněk Havlík",
            "havlik@severoceskydenik.example",
            "+420475221908",
        ),
    },
    {
        "id": "ea031-odt-form-both",
        "description": "ODT form with feed and filming; the body is just a greeting",
        "style": Style.ATTACHMENT,
        "from": "Blanka Svobodová <svobodova@tydenikpodripsko.example>",
        "subject": "žádost volby",
        "headers": ROUNDCUBE,
        "body": "Dobrý den, v příloze naše žádost. Svobodová\n",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    [
                        ["Žadatel", "Týdeník Podřipsko s.r.o."],
                        ["IČO", ICO_31],
                        ["Požadujeme přístup k XML", "ANO"],
                        ["Požadujeme povolení natáčet na přebíracím místě", "ANO (Litoměřice)"],
                        ["IP adresy – ostrý provoz", "203.0.113.240"],
                        ["IP adresy – test", "203.0.113.241"],
                        ["Kontaktní osoba", "Blanka Svobodová"],
                        ["Telefon", "416 735 011"],
                    ],
                ],
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Týdeník Podřipsko s.r.o.",
            ICO_31,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Blanka Svobodová",
            "svobodova@tydenikpodripsko.example",
            "+420416735011",
        ),
    },
    {
        "id": "ea032-rtf-table-agency",
        "description": "RTF letter with a table of addresses; contact differs from the signer",
        "style": Style.ATTACHMENT,
        "from": "Agentura Středočech <info@stredocech.example>",
        "subject": "Žádost o přidělení přístupu k XML serveru ČSÚ",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nzasíláme žádost v příloze.\nS pozdravem, Agentura Středočech\n",
        "attachments": [
            (
                "rtf",
                "zadost_xml.rtf",
                [
                    "Zpravodajská agentura Středočech, s.r.o.",
                    f"IČO {ICO_32}",
                    "Žádáme o přidělení přístupu k XML serveru s výsledky voleb.",
                    [
                        ["Účel", "IP adresa"],
                        ["produkce", "198.51.100.170"],
                        ["produkce", "198.51.100.171"],
                        ["test", "198.51.100.175"],
                    ],
                    "Technický kontakt: Aleš Vlasák, ales.vlasak@stredocech.example, "
                    "+420 606 330 814",
                    "Mgr. Dana Pavlíková, jednatelka",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Zpravodajská agentura Středočech, s.r.o.",
            ICO_32,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Aleš Vlasák",
            "ales.vlasak@stredocech.example",
            "+420606330814",
        ),
    },
    {
        "id": "ea033-followup-adds-ico-and-test",
        "description": "second mail adds the IČO and a test address to the quoted first one",
        "style": Style.FOLLOWUP,
        "from": "Radka Němcová <nemcova@liberecko24.example>",
        "subject": "Re: přístup XML – Liberecko24",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"zapomněla jsem v prvním mailu IČO: {ICO_33}. A ještě testovací IP "
            "192.0.2.101, kolegové ji mezitím nastavili.\n\n"
            "Radka Němcová\n\n"
            "Dne 13.10.2022 v 16:20 Radka Němcová napsal(a):\n"
            "> Dobrý den,\n"
            "> Liberecko24 s.r.o. by rádo odebíralo výsledky voleb přes váš XML server.\n"
            "> Naše produkční adresa je 192.0.2.100.\n"
            "> Kontakt: Radka Němcová, 605 118 302\n"
            ">\n"
            "> Radka Němcová\n"
        ),
        "labels": L(
            [FEED],
            "Liberecko24 s.r.o.",
            ICO_33,
            None,
            ["192.0.2.100"],
            ["192.0.2.101"],
            "Radka Němcová",
            "nemcova@liberecko24.example",
            "+420605118302",
        ),
    },
    {
        "id": "ea034-two-people-in-greeting",
        "description": "sender introduces herself and a colleague; the colleague is the contact",
        "style": Style.SIGNATURE,
        "from": "Klára Jelínková <jelinkova@radiohorizont.example>",
        "subject": "Rádio Horizont – XML výsledky",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jsme dva, kdo se u nás o volby stará – já (Klára Jelínková, produkce) a kolega "
            "Tomáš Vlček z IT. Kvůli přístupu k XML kontaktujte prosím Tomáše: "
            "vlcek@radiohorizont.example, 720 515 883.\n\n"
            "Server: 203.0.113.5 (ostrý), 203.0.113.6 (test).\n\n"
            f"Rádio Horizont s.r.o., IČO {ICO_34}\n\n"
            "Klára Jelínková\nmobil 732 001 944\n"
        ),
        "labels": L(
            [FEED],
            "Rádio Horizont s.r.o.",
            ICO_34,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Tomáš Vlček",
            "vlcek@radiohorizont.example",
            "+420720515883",
        ),
    },
    {
        "id": "ea035-english-freelancer-filming",
        "description": "British freelance journalist asks only to film; no company, no IČO",
        "style": Style.FOREIGN,
        "from": "Tom Whitfield <tom@whitfieldfilms.example>",
        "subject": "Filming request – results handover",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "I'm a freelance video journalist working on a short piece about how Czech "
            "election results travel from the polling stations to Prague. Would it be "
            "possible to film for about an hour at one of your collection points, ideally "
            "in Prague or Kladno? I don't need the XML data, just the filming permission.\n\n"
            "I can be reached on +44 7700 900 418.\n\n"
            "Kind regards,\nTom Whitfield\n"
        ),
        "labels": L(
            [FILM],
            "Tom Whitfield",
            None,
            None,
            [],
            [],
            "Tom Whitfield",
            "tom@whitfieldfilms.example",
            "+447700900418",
        ),
    },
    {
        "id": "ea036-swiss-german-ipv6-block-both",
        "description": "German from a Swiss radio, feed and filming, IPv6 /126 production",
        "style": Style.FOREIGN,
        "from": "Beat Hofstetter <beat.hofstetter@radioost.example>",
        "subject": "Anfrage XML-Zugang und Dreherlaubnis",
        "headers": THUNDERBIRD,
        "body": (
            "Grüezi\n\n"
            "Schweizer Radio Ost AG (St. Gallen) bittet um Zugang zu den Wahlergebnissen "
            "im XML-Format sowie um eine Drehgenehmigung an einer Übergabestelle in "
            "Pilsen.\n\n"
            "Produktion: 2001:db8:5e0::/126\n"
            "Eine Testumgebung haben wir nicht.\n\n"
            "Kontakt: Beat Hofstetter, +41 71 555 23 40\n\n"
            "Freundliche Grüsse\nBeat Hofstetter\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Schweizer Radio Ost AG",
            None,
            None,
            ["2001:db8:5e0::", "2001:db8:5e0::1", "2001:db8:5e0::2", "2001:db8:5e0::3"],
            [],
            "Beat Hofstetter",
            "beat.hofstetter@radioost.example",
            "+41715552340",
        ),
    },
    {
        "id": "ea037-html-webmail-breaks-ranges",
        "description": "HTML-only webmail with line breaks; production and test as short ranges",
        "style": Style.WEBMAIL,
        "from": "Lenka Urbanová <urbanova@ostravskenoviny.example>",
        "subject": "XML pristup - Ostravske noviny",
        "headers": EMAILCZ,
        "html": (
            "<div>Dobrý den,<br><br>prosíme o přístup k XML výsledkům voleb pro "
            "Ostravské noviny, s.r.o.<br>"
            f"IČO: {ICO_37}<br><br>"
            "Ostrý provoz: 198.18.20.1–198.18.20.3<br>"
            "Testy: 198.18.21.1–198.18.21.2<br><br>"
            "Kontaktní osoba: Lenka Urbanová, tel. 596&nbsp;123&nbsp;870<br><br>"
            "Děkuji<br>Lenka Urbanová</div>"
        ),
        "labels": L(
            [FEED],
            "Ostravské noviny, s.r.o.",
            ICO_37,
            None,
            ["198.18.20.1", "198.18.20.2", "198.18.20.3"],
            ["198.18.21.1", "198.18.21.2"],
            "Lenka Urbanová",
            "urbanova@ostravskenoviny.example",
            "+420596123870",
        ),
    },
    {
        "id": "ea038-declines-feed-wants-filming",
        "description": "the feed is explicitly not wanted (agency supplies it); filming only",
        "style": Style.CHATTY,
        "from": "David Šebesta <sebesta@tvpodebrady.example>",
        "subject": "natáčení na přebíracím místě",
        "headers": ANDROID,
        "body": (
            "Dobrý den,\n\n"
            "XML s výsledky od vás nepotřebujeme, bereme je přes agenturu. Chtěli bychom "
            "ale natočit reportáž na přebíracím místě v Nymburce – dva lidi, kamera a "
            "mikrofon, zhruba od 20 do 22 hodin.\n\n"
            f"TV Poděbrady s.r.o., IČO {ICO_38}\n"
            "David Šebesta, reportér, 739 440 152\n"
        ),
        "labels": L(
            [FILM],
            "TV Poděbrady s.r.o.",
            ICO_38,
            None,
            [],
            [],
            "David Šebesta",
            "sebesta@tvpodebrady.example",
            "+420739440152",
        ),
    },
    {
        "id": "ea039-smime-formal-databox-in-signature",
        "description": "S/MIME-signed formal letter; the applicant's data-box ID in the "
        "signature block",
        "style": Style.OUTLOOK,
        "from": '"JUDr. Miroslav Šindelář" <sindelar@ceskadenni.example>',
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "společnost Česká denní, a.s. tímto žádá o registraci k vyhrazenému připojení "
            "k serveru s průběžnými výsledky voleb.\n\n"
            "IP adresy pro ostrý provoz:\n"
            "  - 203.0.113.101\n"
            "  - 203.0.113.102\n"
            "IP adresy testovací:\n"
            "  - 203.0.113.111\n"
            "  - 203.0.113.112\n\n"
            "Kontaktní osobou pro tuto žádost je Ing. Irena Kubíčková, vedoucí IT, "
            "kubickova@ceskadenni.example, tel. +420 603 227 719.\n\n"
            "S úctou\n\n"
            "JUDr. Miroslav Šindelář\npředseda představenstva\n"
            "Česká denní, a.s.\n"
            f"IČO: {ICO_39} | ID DS: t6bq2vn\n"
        ),
        "labels": L(
            [FEED],
            "Česká denní, a.s.",
            ICO_39,
            "t6bq2vn",
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.111", "203.0.113.112"],
            "Irena Kubíčková",
            "kubickova@ceskadenni.example",
            "+420603227719",
        ),
    },
    {
        "id": "ea040-base64-html-abbreviations",
        "description": "base64 HTML-only mail; roles as PROD/TST abbreviations in a table",
        "style": Style.HTML_TABLE,
        "from": "Robert Šulc <sulc@tvbeskydy.example>",
        "subject": "XML feed – TV Beskydy",
        "headers": OUTLOOK,
        "cte": "base64",
        "html": (
            "<p>Dobrý den,</p><p>TV Beskydy, s.r.o. žádá o přístup k XML výsledkům voleb.</p>"
            '<table border="1"><tr><th>Typ</th><th>IP</th></tr>'
            "<tr><td>PROD</td><td>198.51.100.81</td></tr>"
            "<tr><td>PROD</td><td>198.51.100.82</td></tr>"
            "<tr><td>TST</td><td>198.51.100.83</td></tr></table>"
            f"<p>IČO {ICO_40}<br>Robert Šulc, technik, +420 558 441 230</p>"
        ),
        "labels": L(
            [FEED],
            "TV Beskydy, s.r.o.",
            ICO_40,
            None,
            ["198.51.100.81", "198.51.100.82"],
            ["198.51.100.83"],
            "Robert Šulc",
            "sulc@tvbeskydy.example",
            "+420558441230",
        ),
    },
    {
        "id": "ea041-databox-freelancer-filming",
        "description": "data message from a self-employed photographer's box; filming only",
        "style": Style.DATABOX,
        "databox": {
            "box": "p2nm8ks",
            "sender": "Pavla Richterová",
            "address": "Kolín",
            "type": 30,
        },
        "subject": (
            f"Žádost o povolení natáčet a fotografovat na přebíracím místě Kolín; IČO {ICO_41}; "
            "Pavla Richterová, tel. 604 900 517"
        ),
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Jsem fotografka na volné noze a ráda bych natáčela a fotografovala na přebíracím "
                "místě v Kolíně v den voleb. Přístup k XML nepožaduji.\n"
                "Pavla Richterová\n",
            )
        ],
        "labels": L(
            [FILM],
            "Pavla Richterová",
            ICO_41,
            "p2nm8ks",
            [],
            [],
            "Pavla Richterová",
            None,
            "+420604900517",
        ),
    },
    {
        "id": "ea042-reply-trims-to-five",
        "description": "reply to the office's request to cut the list to five; the new list "
        "replaces the quoted seven",
        "style": Style.REPLY,
        "from": "Jan Štěpánek <stepanek@zpravyonline.example>",
        "subject": "Re: Žádost o přístup k XML – příliš mnoho adres",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "rozumím, tak tedy jen těchto pět produkčních: 192.0.2.51, 192.0.2.52, "
            "192.0.2.53, 192.0.2.54, 192.0.2.55. Testovací 192.0.2.60 ponechte.\n\n"
            "Jan Štěpánek\n\n"
            "Dne 14. 10. 2022 v 10:05 podatelna <podatelna@czso.cz> napsal(a):\n"
            "> Dobrý den,\n"
            "> podle podmínek lze registrovat nejvýše pět produkčních adres. Prosíme o "
            "úpravu.\n"
            "> ČSÚ, tel. +420 274 052 733\n"
            ">\n"
            "> Dne 13. 10. 2022 Jan Štěpánek napsal(a):\n"
            ">> Žádáme o přístup k XML za Zprávy Online s.r.o., IČO "
            f"{ICO_42}.\n"
            ">> Produkce: 192.0.2.50 až 192.0.2.56\n"
            ">> Test: 192.0.2.60\n"
            ">> Kontakt: Jan Štěpánek, 774 203 615\n"
        ),
        "labels": L(
            [FEED],
            "Zprávy Online s.r.o.",
            ICO_42,
            None,
            ["192.0.2.51", "192.0.2.52", "192.0.2.53", "192.0.2.54", "192.0.2.55"],
            ["192.0.2.60"],
            "Jan Štěpánek",
            "stepanek@zpravyonline.example",
            "+420774203615",
        ),
    },
]
