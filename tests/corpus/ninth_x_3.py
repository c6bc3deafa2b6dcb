"""Ninth held-out part ``x``, cases x029–x042: NAT addresses, in-message corrections, test
addresses described from production ones, a university press office, Slovak netmask notation,
a hosting provider with a mandate, a town by data box, a forwarded editor's request, a Polish
foundation's IPv6 range, a withdrawn feed, a full 5 + 5 list and a trimmed list."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.ninth_x_common import Style

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_TYDENIK_SEVER = ico("2746019")
ICO_UPOL = ico("6198436")
ICO_REGIO_SK = ico("5120387")
ICO_TV_MORAVA = ico("2817590")
ICO_CLOUDWAVE = ico("0695312")
ICO_MESTO_BRODEK = ico("0030442")
ICO_KRATOCHVIL = ico("7402986")
ICO_HORACKO = ico("4570231")
ICO_KTV = ico("2648905")
ICO_HANA = ico("2278061")

CASES: list[dict[str, Any]] = [
    {
        "id": "x029-hungarian-tv-nat",
        "description": "Hungarian TV, English; public NAT address allowed, internal host not",
        "style": Style.FOREIGN,
        "from": "Bence Nagy <bence.nagy@tisza-tv.example>",
        "subject": "Whitelisting request for election XML – Tisza TV Zrt.",
        "body": (
            "Hello,\n\n"
            "Tisza TV Zrt. (Szeged, Hungary) requests access to the election results feed.\n\n"
            "All our traffic leaves through one NAT gateway, public address 203.0.113.201.\n"
            "The graphics engine behind it has the private address 172.16.4.10 – that one you\n"
            "obviously cannot and need not whitelist.\n"
            "Test traffic comes from a separate line: 203.0.113.202.\n\n"
            "Bence Nagy, broadcast IT\n"
            "+36 62 410 733\n"
        ),
        "labels": L(
            FEED,
            "Tisza TV Zrt.",
            None,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Bence Nagy",
            "bence.nagy@tisza-tv.example",
            "+3662410733",
        ),
    },
    {
        "id": "x030-finnish-typo-corrected",
        "description": "Finnish paper corrects a mistyped address within the same message",
        "style": Style.CORRECTION,
        "from": "Antti Virtanen <antti.virtanen@pohjolansanomat.example>",
        "subject": "XML feed access / Pohjolan Sanomat Oy",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Hello,\n\n"
            "Pohjolan Sanomat Oy from Oulu would like to receive the Czech election results\n"
            "through your XML service. Our production servers: 198.51.100.31, 198.51.100.14.\n\n"
            "Sorry – correction: the first one is not 198.51.100.31 but 198.51.100.13 (digits\n"
            "swapped). So production is 198.51.100.13 and 198.51.100.14. No test servers.\n\n"
            "Regards,\nAntti Virtanen\nmobile +358 40 772 3815\n"
        ),
        "labels": L(
            FEED,
            "Pohjolan Sanomat Oy",
            None,
            None,
            ["198.51.100.13", "198.51.100.14"],
            [],
            "Antti Virtanen",
            "antti.virtanen@pohjolansanomat.example",
            "+358407723815",
        ),
    },
    {
        "id": "x031-weekly-test-plus-hundred",
        "description": "weekly without diacritics; test addresses described as production + 100",
        "style": Style.TERSE,
        "from": "Lucie Novotna <novotna@tydeniksever.example>",
        "subject": "zadost - data a natacení",
        "cte": "8bit",
        "body": (
            "Dobry den,\n"
            "za Tydenik Sever s.r.o. (ICO " + ICO_TYDENIK_SEVER + ") zadam o pristup k XML\n"
            "s vysledky a zaroven o povoleni natacet na sbernem miste v Liberci.\n"
            "Ostry provoz: 192.0.2.21 a 192.0.2.22.\n"
            "Testovaci adresy jsou stejne, jen posledni cislo je o 100 vyssi\n"
            "(tedy 192.0.2.121 a 192.0.2.122).\n"
            "Kontakt: ja, tel 731 220 981\n"
            "Lucie Novotna\n"
        ),
        "labels": L(
            BOTH,
            "Tydenik Sever s.r.o.",
            ICO_TYDENIK_SEVER,
            None,
            ["192.0.2.21", "192.0.2.22"],
            ["192.0.2.121", "192.0.2.122"],
            "Lucie Novotna",
            "novotna@tydeniksever.example",
            "+420731220981",
        ),
    },
    {
        "id": "x032-university-press-film",
        "description": "university press office asks to film at a collection point only",
        "style": Style.UNIVERSITY,
        "from": "Tiskové oddělení UP <media@upol-olomouc.example>",
        "subject": "Žádost o povolení natáčení – univerzitní zpravodajství",
        "body": (
            "Vážení,\n\n"
            "Univerzita Palackého v Olomouci, IČO " + ICO_UPOL + ", připravuje pro svůj\n"
            "zpravodajský portál krátké video o volební noci. Rádi bychom natáčeli na sběrném\n"
            "místě v Olomouci, a to zhruba hodinu po uzavření volebních místností.\n\n"
            "Výsledky voleb v XML nepotřebujeme.\n\n"
            "Kontaktní osoba: Mgr. Ludmila Hájková, tel. 585 631 007,\n"
            "ludmila.hajkova@upol-olomouc.example\n\n"
            "S pozdravem\n"
            "Mgr. Ludmila Hájková\nvedoucí tiskového oddělení\n"
        ),
        "labels": L(
            FILM,
            "Univerzita Palackého v Olomouci",
            ICO_UPOL,
            None,
            [],
            [],
            "Ludmila Hájková",
            "ludmila.hajkova@upol-olomouc.example",
            "+420585631007",
        ),
    },
    {
        "id": "x033-slovak-portal-netmask-txt",
        "description": "Slovak portal, plain-text attachment; address/mask and a test address",
        "style": Style.FOREIGN,
        "from": "Peter Horváth <horvath@regioportal-sk.example>",
        "subject": "Žiadosť o prístup k XML s výsledkami volieb",
        "body": (
            "Dobrý deň,\n\nv prílohe posielam našu žiadosť v textovom súbore.\n\nPeter Horváth\n"
        ),
        "attachments": [
            (
                "txt",
                "ziadost.txt",
                "ŽIADOSŤ O PRÍSTUP K VOLEBNÝM DÁTAM\n\n"
                "Žiadateľ: Regio Portal SK, s. r. o., IČO " + ICO_REGIO_SK + ", Žilina\n"
                "Produkčné servery: 198.18.7.6/255.255.255.254\n"
                "Testovací server: 198.18.7.8\n"
                "Kontaktná osoba: Ing. Peter Horváth, +421 41 562 3390\n",
            )
        ],
        "labels": L(
            FEED,
            "Regio Portal SK, s. r. o.",
            ICO_REGIO_SK,
            None,
            ["198.18.7.6", "198.18.7.7"],
            ["198.18.7.8"],
            "Peter Horváth",
            "horvath@regioportal-sk.example",
            "+421415623390",
        ),
    },
    {
        "id": "x034-hosting-mandate-pdf",
        "description": "hosting provider in English for a Czech TV, mandate letter in PDF",
        "style": Style.CONTRACTOR,
        "from": "Daniel Kubát <daniel.kubat@cloudwave.example>",
        "subject": "Feed access on behalf of Televize Morava Sever",
        "body": (
            "Hello,\n\n"
            "we host the election night platform of Televize Morava Sever, a.s. and are applying\n"
            "for access to your XML feed on their behalf (mandate attached).\n\n"
            "Production: 2001:db8:ca5::80, 2001:db8:ca5::81 and IPv4 203.0.113.180\n"
            "Test: 203.0.113.189\n\n"
            "Technical contact for this request: Daniel Kubát, +420 770 318 442.\n\n"
            "Daniel Kubát\nCloudwave Solutions s.r.o., IČO " + ICO_CLOUDWAVE + "\n"
        ),
        "attachments": [
            (
                "pdf",
                "plna_moc_TMS.pdf",
                [
                    "PLNÁ MOC",
                    "Televize Morava Sever, a.s., IČO " + ICO_TV_MORAVA + ", se sídlem "
                    "Olomoucká 22, Šumperk, zmocňuje společnost Cloudwave Solutions s.r.o. "
                    "k podání žádosti o přístup k XML výstupu výsledků voleb jejím jménem.",
                    "V Šumperku dne 1. 9.",
                    "Ing. Karel Müller, předseda představenstva",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Televize Morava Sever, a.s.",
            ICO_TV_MORAVA,
            None,
            ["2001:db8:ca5::80", "2001:db8:ca5::81", "203.0.113.180"],
            ["203.0.113.189"],
            "Daniel Kubát",
            "daniel.kubat@cloudwave.example",
            "+420770318442",
        ),
    },
    {
        "id": "x035-town-databox-odt",
        "description": "town by its data box (public authority), ODT letter, one address",
        "style": Style.DATABOX,
        "subject": "Žádost o přístup k XML výsledkům voleb – Město Brodek",
        "databox": {
            "box": "b5tq8nd",
            "sender": "Město Brodek",
            "address": "Náměstí 1, 798 46 Brodek",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_mesto_Brodek.odt",
                [
                    "Město Brodek, IČO " + ICO_MESTO_BRODEK,
                    "Žádáme o přístup k XML výstupu s výsledky voleb pro potřeby redakce "
                    "Brodeckého zpravodaje a městského webu.",
                    "Veřejná IP adresa serveru: 203.0.113.90 (jediná, bez testovacího prostředí).",
                    "Vyřizuje: Martina Šebestová, referentka vnějších vztahů, "
                    "martina.sebestova@brodek.example, tel. 582 377 120",
                    "Mgr. Jan Kratochvíl, starosta",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Město Brodek",
            ICO_MESTO_BRODEK,
            "b5tq8nd",
            ["203.0.113.90"],
            [],
            "Martina Šebestová",
            "martina.sebestova@brodek.example",
            "+420582377120",
        ),
    },
    {
        "id": "x036-freelancer-both-gmail",
        "description": "freelance journalist, one production and one test address in words",
        "style": Style.FREELANCE,
        "from": "Radim Kratochvíl <radim.kratochvil.novinar@posta.example>",
        "subject": "Žádost OSVČ – data + natáčení",
        "headers": [("X-Mailer", "Gmail")],
        "body": (
            "Dobrý den,\n\n"
            "jsem novinář na volné noze (IČO " + ICO_KRATOCHVIL + ") a ve volební noci budu\n"
            "dělat živý blog a krátká videa pro dva regionální weby.\n"
            "Prosím tedy o dvě věci: o přístup k XML a o povolení natáčet na sběrném místě\n"
            "v Pardubicích.\n\n"
            "Server mám jeden pro ostrý provoz, 192.0.2.33, a jeden testovací, 192.0.2.34.\n\n"
            "Díky moc!\n"
            "Radim Kratochvíl\n"
            "+420 603 552 817\n"
        ),
        "labels": L(
            BOTH,
            "Radim Kratochvíl",
            ICO_KRATOCHVIL,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Radim Kratochvíl",
            "radim.kratochvil.novinar@posta.example",
            "+420603552817",
        ),
    },
    {
        "id": "x037-german-agency-film-only",
        "description": "German news agency: filming only, feed declined (has a partner)",
        "style": Style.FOREIGN,
        "from": "Redaktion Mitteleuropa <mitteleuropa@dnd-agentur.example>",
        "subject": "Drehgenehmigung Wahlnacht Prag",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "der Deutsche Nachrichtendienst Mitte GmbH bittet um eine Drehgenehmigung für\n"
            "zwei Kameraleute in Ihrer Sammelstelle Prag am Wahlabend.\n\n"
            "Einen Zugang zum XML-Datenfeed benötigen wir nicht, die Ergebnisse erhalten wir\n"
            "über unsere tschechische Partneragentur.\n\n"
            "Ansprechpartnerin ist Frau Johanna Seidel, Tel. +49 30 2088 1174,\n"
            "j.seidel@dnd-agentur.example.\n\n"
            "Mit freundlichen Grüßen\ni. A. Johanna Seidel\n"
        ),
        "labels": L(
            FILM,
            "Deutsche Nachrichtendienst Mitte GmbH",
            None,
            None,
            [],
            [],
            "Johanna Seidel",
            "j.seidel@dnd-agentur.example",
            "+493020881174",
        ),
    },
    {
        "id": "x038-forward-editor-request",
        "description": "secretary forwards the editor-in-chief's request as an attached e-mail",
        "style": Style.FORWARD,
        "from": "Sekretariát Horácko <sekretariat@vydhoracko.example>",
        "subject": "FW: žádost o přístup k výsledkům voleb",
        "body": (
            "Dobrý den,\n\n"
            "na pokyn pana šéfredaktora přeposílám jeho žádost (v příloze).\n\n"
            "Alena Pešková\nsekretariát\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_sefredaktor.eml",
                {
                    "id": "x038-inner",
                    "from": "Vojtěch Zeman <zeman@vydhoracko.example>",
                    "subject": "žádost o přístup k výsledkům voleb",
                    "body": (
                        "Dobrý den,\n\n"
                        "Vydavatelství Horácko, spol. s r.o., IČO " + ICO_HORACKO + ", žádá\n"
                        "o přístup k XML výstupu výsledků voleb.\n\n"
                        "Adresy pro ostrý provoz: 198.51.100.240, 198.51.100.241,\n"
                        "198.51.100.242\n"
                        "Testovací: 198.51.100.250\n\n"
                        "Kontaktní osobou jsem já, tel. 602 770 145.\n\n"
                        "Vojtěch Zeman\nšéfredaktor\n"
                    ),
                },
            )
        ],
        "labels": L(
            FEED,
            "Vydavatelství Horácko, spol. s r.o.",
            ICO_HORACKO,
            None,
            ["198.51.100.240", "198.51.100.241", "198.51.100.242"],
            ["198.51.100.250"],
            "Vojtěch Zeman",
            "zeman@vydhoracko.example",
            "+420602770145",
        ),
    },
    {
        "id": "x039-polish-foundation-ipv6-range",
        "description": "Polish foundation's election institute; an IPv6 range of three",
        "style": Style.UNIVERSITY,
        "from": "Tomasz Lewandowski <t.lewandowski@nowylad-fundacja.example>",
        "subject": "Request for the results feed – research use",
        "body": (
            "Dear Sir or Madam,\n\n"
            "the Election Research Institute of Fundacja Nowy Ład (Kraków) would like to use\n"
            "your XML results feed for an academic comparison of vote counting speed.\n\n"
            "Please allow 2001:db8:c0de::10 – 2001:db8:c0de::12 (three collectors, production).\n"
            "We have no test systems.\n\n"
            "Contact: Tomasz Lewandowski, +48 12 663 20 41\n\n"
            "Yours sincerely,\nTomasz Lewandowski\n"
        ),
        "labels": L(
            FEED,
            "Fundacja Nowy Ład",
            None,
            None,
            ["2001:db8:c0de::10", "2001:db8:c0de::11", "2001:db8:c0de::12"],
            [],
            "Tomasz Lewandowski",
            "t.lewandowski@nowylad-fundacja.example",
            "+48126632041",
        ),
    },
    {
        "id": "x040-swedish-feed-withdrawn",
        "description": "Swedish radio asks for both, then withdraws the feed part",
        "style": Style.CORRECTION,
        "from": "Erik Lindqvist <erik.lindqvist@radionorrland.example>",
        "subject": "Filming permit (and feed) – Radio Norrland AB",
        "body": (
            "Hello,\n\n"
            "Radio Norrland AB asks for permission for our reporter to record sound and a short\n"
            "video at your collection point in Prague during the count, and for access to the\n"
            "XML feed from 192.0.2.99.\n\n"
            "UPDATE before sending: our parent company already receives your feed, so we\n"
            "withdraw the feed request – only the recording permit, please.\n\n"
            "Erik Lindqvist\nnews producer\n+46 90 15 33 72\n"
        ),
        "labels": L(
            FILM,
            "Radio Norrland AB",
            None,
            None,
            [],
            [],
            "Erik Lindqvist",
            "erik.lindqvist@radionorrland.example",
            "+4690153372",
        ),
    },
    {
        "id": "x041-cable-tv-xlsx-five-five",
        "description": "terse cable TV mail, XLSX with five production and a range of five tests",
        "style": Style.TERSE,
        "from": "Kabelová televize Podlesí <technik@ktvpodlesi.example>",
        "subject": "IP adresy - xml volby",
        "body": (
            "Dobry den, posilame adresy v priloze. Zadame o pristup k XML.\n"
            "Kabelová televize Podlesí, s.r.o., IČO " + ICO_KTV + "\n"
            "Milan Dvořák, 608 333 172\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_ktv.xlsx",
                [
                    {
                        "title": "produkce",
                        "rows": [
                            ["IP"],
                            ["203.0.113.2"],
                            ["203.0.113.3"],
                            ["203.0.113.4"],
                            ["198.51.100.9"],
                            ["198.51.100.10"],
                        ],
                    },
                    {
                        "title": "test",
                        "rows": [["rozsah"], ["192.0.2.240 - 192.0.2.244"]],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Kabelová televize Podlesí, s.r.o.",
            ICO_KTV,
            None,
            ["203.0.113.2", "203.0.113.3", "203.0.113.4", "198.51.100.9", "198.51.100.10"],
            ["192.0.2.240", "192.0.2.241", "192.0.2.242", "192.0.2.243", "192.0.2.244"],
            "Milan Dvořák",
            "technik@ktvpodlesi.example",
            "+420608333172",
        ),
    },
    {
        "id": "x042-reply-trimmed-to-five",
        "description": "reply trimming six quoted addresses to a range of five",
        "style": Style.REPLY,
        "from": "Blanka Urbanová <urbanova@rozhlashana.example>",
        "subject": "Re: Vaše žádost – nejvýše 5 adres",
        "body": (
            "Dobrý den,\n\n"
            "děkuji za upozornění. Šestou adresu 198.18.50.6 tedy vypouštíme; povolte prosím\n"
            "pro ostrý provoz jen rozsah 198.18.50.1–198.18.50.5. Testovací adresy nemáme.\n\n"
            "Blanka Urbanová\n"
            "Regionální rozhlas Haná, z. s., IČO " + ICO_HANA + "\n"
            "tel. +420 585 224 916\n\n"
            "-----Původní zpráva-----\n"
            "Od: podatelna\n"
            "Předmět: Vaše žádost – nejvýše 5 adres\n\n"
            "Dobrý den, do feedu lze povolit nejvýše pět adres pro ostrý provoz. Uvedli jste\n"
            "198.18.50.1 až 198.18.50.6, prosíme o úpravu.\n"
        ),
        "labels": L(
            FEED,
            "Regionální rozhlas Haná, z. s.",
            ICO_HANA,
            None,
            ["198.18.50.1", "198.18.50.2", "198.18.50.3", "198.18.50.4", "198.18.50.5"],
            [],
            "Blanka Urbanová",
            "urbanova@rozhlashana.example",
            "+420585224916",
        ),
    },
]
