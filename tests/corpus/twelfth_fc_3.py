"""Twelfth held-out part ``fc``, cases fc029–fc042: Nordic, French and Italian media, a
municipal TV by data box, terse technicians, ODT/RTF documents, withdrawn and declined parts,
short ranges, backup servers behind NAT. Written by hand apart from the extraction rules
(LABELS.md)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.twelfth_fc_common import (
    ICO_INSTITUT_DAT,
    ICO_MESTO_KRUPA,
    ICO_MESTSKA_TV,
    ICO_RADIO_BESKYD,
    Style,
)

FEED = "feed_access"
FILM = "recording_permit"

CASES: list[dict[str, Any]] = [
    {
        "id": "fc029-norwegian-own-language",
        "description": "Norwegian newsroom writes Norwegian; addresses and contact in a list",
        "style": Style.FOREIGN_LANGUAGE,
        "labels": L(
            [FEED],
            "Vestlandsposten AS",
            None,
            None,
            ["203.0.113.31", "203.0.113.32"],
            ["203.0.113.35"],
            "Ingrid Solberg",
            "ingrid.solberg@vestlandsposten.example",
            "+4791555027",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@vestlandsposten.example>",
        "subject": "Søknad om tilgang til valgresultater (XML)",
        "body": (
            "Hei,\n\n"
            "Vestlandsposten AS i Bergen ønsker tilgang til XML-tjenesten med de tsjekkiske\n"
            "valgresultatene. Vi dekker valget med en egen korrespondent.\n\n"
            "Produksjon: 203.0.113.31, 203.0.113.32\n"
            "Test: 203.0.113.35\n"
            "Kontaktperson: Ingrid Solberg, mobil +47 915 55 027\n\n"
            "(In English, in case: production .31 and .32, test .35.)\n\n"
            "Vennlig hilsen\n"
            "Ingrid Solberg\n"
            "utviklingsredaktør\n"
        ),
    },
    {
        "id": "fc030-finnish-university-test-range",
        "description": "Finnish university; roles by 'respectively', test addresses as a short range",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED],
            "University of Eastern Lakeland",
            None,
            None,
            ["198.51.100.5"],
            ["198.51.100.6", "198.51.100.7", "198.51.100.8"],
            "Aino Mäkinen",
            "aino.makinen@uel.example",
            "+358405550716",
        ),
        "from": "=?utf-8?q?Aino_M=C3=A4kinen?= <aino.makinen@uel.example>",
        "subject": "Research access to Czech election results XML",
        "body": (
            "Dear Czech Statistical Office,\n\n"
            "our research group at the University of Eastern Lakeland (Joensuu, Finland)\n"
            "studies the speed of election result publication in the EU, and we publish\n"
            "live dashboards for Finnish media. We would like access to your XML service.\n\n"
            "Our production and test collectors are 198.51.100.5 and 198.51.100.6-8\n"
            "respectively.\n\n"
            "Best regards,\n"
            "Dr. Aino Mäkinen\n"
            "Senior Researcher\n"
            "+358 40 555 0716\n"
        ),
    },
    {
        "id": "fc031-agence-europeenne-both-french",
        "description": "French agency in French, both requests, a corrected test address",
        "style": Style.FOREIGN_LANGUAGE,
        "labels": L(
            [FEED, FILM],
            "Agence Européenne de Presse SA",
            None,
            None,
            ["192.0.2.11", "192.0.2.12", "192.0.2.13"],
            ["192.0.2.19"],
            "Claire Dubois",
            "c.dubois@aep-presse.example",
            "+33155550819",
        ),
        "from": "Claire Dubois <c.dubois@aep-presse.example>",
        "subject": "AEP - accès XML et tournage, élections tchèques",
        "body": (
            "Bonjour,\n\n"
            "L'Agence Européenne de Presse SA (Paris) sollicite :\n"
            "- l'accès au service XML des résultats, depuis nos serveurs de production\n"
            "  192.0.2.11, 192.0.2.12 et 192.0.2.13 ;\n"
            "- l'autorisation de filmer dans un point de collecte à Prague.\n\n"
            "Serveur de test : 192.0.2.18 — pardon, erreur de frappe : c'est 192.0.2.19.\n\n"
            "Personne à contacter : Claire Dubois, tél. 01 55 55 08 19 (depuis l'étranger\n"
            "+33 1 55 55 08 19).\n\n"
            "Bien à vous,\n"
            "Claire Dubois\n"
            "Service technique, AEP\n"
        ),
    },
    {
        "id": "fc032-italian-freelance-video",
        "description": "Italian freelance video journalist, mixed Italian/English, filming only",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Matteo Rinaldi",
            None,
            None,
            [],
            [],
            "Matteo Rinaldi",
            "matteo.rinaldi@posta.example",
            "+393395550471",
        ),
        "from": "Matteo Rinaldi <matteo.rinaldi@posta.example>",
        "subject": "permesso riprese / permission to shoot video",
        "body": (
            "Salve,\n\n"
            "sono un videogiornalista freelance (collaboro con diverse testate italiane).\n"
            "I would like to ask permission to shoot some video at a collection point in\n"
            "Prague while the results arrive. Nessun accesso ai dati XML necessario.\n\n"
            "Grazie,\n"
            "Matteo Rinaldi\n"
            "+39 339 555 0471\n"
        ),
    },
    {
        "id": "fc033-mestska-tv-databox-docx",
        "description": "Municipal TV (příspěvková organizace) by data box with a DOCX letter",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Městská televize Krupá, příspěvková organizace",
            ICO_MESTSKA_TV,
            "p4hw9ce",
            ["198.18.200.14"],
            ["198.18.200.15"],
            "Roman Kučera",
            "kucera@tvkrupa.example",
            "+420417555308",
        ),
        "subject": "Žádost MTV Krupá – XML výsledky a natáčení",
        "databox": {
            "box": "p4hw9ce",
            "sender": "Městská televize Krupá, příspěvková organizace",
            "address": "Mírové náměstí 5, 417 42 Krupá",
        },
        "attachments": [
            (
                "docx",
                "zadost_MTV.docx",
                {
                    "header": "Městská televize Krupá, příspěvková organizace "
                    f"města Krupá (IČO města {ICO_MESTO_KRUPA})",
                    "footer": f"IČO organizace: {ICO_MESTSKA_TV} | ID DS: p4hw9ce",
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Městská televize Krupá, příspěvková organizace, žádá o přístup "
                        "k výsledkům voleb ve formátu XML a o povolení natáčet na přebíracím "
                        "místě v Teplicích.",
                        {
                            "rows": [
                                ["provozní (ostrá) adresa", "198.18.200.14"],
                                ["testovací adresa", "198.18.200.15"],
                            ]
                        },
                        "Kontaktní osoba: Roman Kučera, vedoucí vysílání, tel. 417 555 308, "
                        "kucera@tvkrupa.example",
                        "Mgr. Eva Hrubá, ředitelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "fc034-terse-technician-no-diacritics",
        "description": "Two-line message without greeting or diacritics",
        "style": Style.TECHNICIAN,
        "labels": L(
            [FEED],
            "Radio Beskydy s.r.o.",
            ICO_RADIO_BESKYD,
            None,
            ["203.0.113.241", "203.0.113.242"],
            ["203.0.113.250"],
            "Lukas Motyka",
            "motyka@radiobeskydy.example",
            "+420558555904",
        ),
        "from": "Lukas Motyka <motyka@radiobeskydy.example>",
        "subject": "xml pristup",
        "body": (
            f"Radio Beskydy s.r.o., ICO {ICO_RADIO_BESKYD}. prod 203.0.113.241 + .242, test 203.0.113.250.\n"
            "L. Motyka 558555904\n"
        ),
    },
    {
        "id": "fc035-odt-form-feed-ne",
        "description": "ODT form: feed ticked NE, filming ANO; no addresses entered",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Institut datové žurnalistiky, z. s.",
            ICO_INSTITUT_DAT,
            None,
            [],
            [],
            "Barbora Vacková",
            "vackova@idz.example",
            "+420720555613",
        ),
        "from": "=?utf-8?q?Barbora_Vackov=C3=A1?= <vackova@idz.example>",
        "subject": "formulář – natáčení",
        "body": "Dobrý den, zasílám formulář. Děkuji, B. Vacková\n",
        "attachments": [
            (
                "odt",
                "formular.odt",
                [
                    "ŽÁDOST MÉDIÍ",
                    [
                        ["Název žadatele", "Institut datové žurnalistiky, z. s."],
                        ["IČO", ICO_INSTITUT_DAT],
                        ["Přístup k XML výsledkům", "NE"],
                        ["Natáčení na přebíracím místě", "ANO – Praha 4"],
                        ["IP adresy", "—"],
                        ["Kontaktní osoba", "Barbora Vacková"],
                        ["Telefon", "+420 720 555 613"],
                        ["E-mail", "vackova@idz.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "fc036-both-then-feed-withdrawn",
        "description": "Asks for both with addresses, then withdraws the feed: filming only",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Hamburger Morgenblatt GmbH",
            None,
            None,
            [],
            [],
            "Sven Albers",
            "albers@morgenblatt-hh.example",
            "+494055501998",
        ),
        "from": "Sven Albers <albers@morgenblatt-hh.example>",
        "subject": "Request: XML + filming (Hamburger Morgenblatt)",
        "body": (
            "Dear all,\n\n"
            "Hamburger Morgenblatt GmbH would like (a) XML access from 198.51.100.222 and\n"
            "(b) permission for our reporter to film at a collection point in Prague.\n\n"
            "Update before sending: our editor just told me the results will come through\n"
            "our agency contract, so please forget (a) - we withdraw the XML request. Only\n"
            "the filming permission is needed.\n\n"
            "Regards,\n"
            "Sven Albers\n"
            "Tel. +49 40 555 01998\n"
        ),
    },
    {
        "id": "fc037-short-range-hyphen",
        "description": "Production as '203.0.113.20-23' (four hosts), Czech with diacritics",
        "style": Style.TECHNICIAN,
        "labels": L(
            [FEED],
            "Krajské listy Vysočiny, a.s.",
            "27654010",
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22", "203.0.113.23"],
            [],
            "Martin Zedník",
            "zednik@kl-vysocina.example",
            "+420603555412",
        ),
        "from": "=?utf-8?q?Martin_Zedn=C3=ADk?= <zednik@kl-vysocina.example>",
        "subject": "XML výsledky – povolení adres",
        "body": (
            "Dobrý den,\n\n"
            "Krajské listy Vysočiny, a.s. (IČO 27654010) žádají o přístup k volebnímu XML.\n"
            "Adresy pro ostrý provoz: 203.0.113.20-23. Test nemáme.\n\n"
            "Zdraví\n"
            "Martin Zedník, správa serverů, 603 555 412\n"
        ),
    },
    {
        "id": "fc038-polish-radio-netmask",
        "description": "Polish radio in Polish; production with netmask .252, test IPv6",
        "style": Style.FOREIGN_LANGUAGE,
        "labels": L(
            [FEED],
            "Radio Karpaty sp. z o.o.",
            None,
            None,
            ["198.18.9.8", "198.18.9.9", "198.18.9.10", "198.18.9.11"],
            ["2001:db8:9::1"],
            "Agnieszka Nowicka",
            "a.nowicka@radiokarpaty.example",
            "+48135550642",
        ),
        "from": "Agnieszka Nowicka <a.nowicka@radiokarpaty.example>",
        "subject": "Dostęp do wyników wyborów – Radio Karpaty",
        "body": (
            "Dzień dobry,\n\n"
            "Radio Karpaty sp. z o.o. (Krosno) prosi o udostępnienie wyników wyborów\n"
            "w formacie XML.\n\n"
            "Sieć produkcyjna: 198.18.9.8, maska 255.255.255.252\n"
            "Serwer testowy (IPv6): 2001:db8:9:0::1\n\n"
            "Kontakt: Agnieszka Nowicka, tel. (13) 555 06 42, z zagranicy +48 13 555 06 42\n\n"
            "Pozdrawiam serdecznie\n"
            "Agnieszka Nowicka\n"
        ),
    },
    {
        "id": "fc039-municipal-newsroom-reply",
        "description": "Town replies to the office's quoted query (office identifiers); odd phone format",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Město Krupá",
            ICO_MESTO_KRUPA,
            None,
            ["192.0.2.77"],
            ["192.0.2.78"],
            "Šárka Holubová",
            "holubova@mestokrupa.example",
            "+420777123456",
        ),
        "from": "=?utf-8?q?=C5=A0=C3=A1rka_Holubov=C3=A1?= <holubova@mestokrupa.example>",
        "subject": "Re: doplnění žádosti – Krupský zpravodaj",
        "body": (
            "Dobrý den,\n\n"
            "k Vašemu dotazu k naší žádosti o přístup k XML s výsledky voleb:\n"
            f"žadatelem je Město Krupá, IČO {ICO_MESTO_KRUPA} (zpravodaj nemá vlastní\n"
            "právní subjektivitu). Testovací adresa je 192.0.2.78, produkční zůstává\n"
            "192.0.2.77. Kontakt jsem já, mobil (+420) 777-123-456.\n\n"
            "Šárka Holubová\n"
            "redakce Krupského zpravodaje\n\n"
            "> Dobrý den, prosíme o doplnění IČO žadatele a testovací adresy.\n"
            "> S pozdravem, podatelna\n"
            "> Český statistický úřad, Na padesátém 81, Praha 10\n"
            "> tel. 274 052 733, podatelna@czso.cz\n"
        ),
    },
    {
        "id": "fc040-institut-rtf-letter",
        "description": "Institute sends an RTF letter; addresses as 'and the two following'",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Institut datové žurnalistiky, z. s.",
            ICO_INSTITUT_DAT,
            None,
            ["198.51.100.101", "198.51.100.102", "198.51.100.103"],
            [],
            "Filip Mareš",
            "mares@idz.example",
            "+420720555640",
        ),
        "from": "=?utf-8?q?Filip_Mare=C5=A1?= <mares@idz.example>",
        "subject": "žádost IDŽ o přístup k XML",
        "body": "Dobrý den,\nv příloze je naše žádost.\nFilip Mareš\n",
        "attachments": [
            (
                "rtf",
                "zadost_IDZ.rtf",
                [
                    "Institut datové žurnalistiky, z. s., IČO " + ICO_INSTITUT_DAT,
                    "Žádáme o přístup k výsledkům voleb ve formátu XML pro naši volební "
                    "aplikaci, kterou přebírají partnerská média. Provoz poběží na adrese "
                    "198.51.100.101 a na dvou následujících (198.51.100.102 a "
                    "198.51.100.103). Testovací prostředí nepoužíváme.",
                    "Kontaktní osoba: Filip Mareš, tel. 720 555 640, mares@idz.example",
                ],
            )
        ],
    },
    {
        "id": "fc041-backup-server-behind-nat",
        "description": "Main and backup (záložní) servers via NAT, internal hosts listed too",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED],
            "Severočeský rozhlas Ústí, s.r.o.",
            "25384678",
            None,
            ["198.18.77.10", "198.18.77.11"],
            ["198.18.77.20"],
            "Jana Procházková",
            "prochazkova@serozhlas.example",
            "+420475555190",
        ),
        "from": '"Procházková, Jana" <prochazkova@serozhlas.example>',
        "subject": "Žádost o přístup k XML – Severočeský rozhlas",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\n"
            "Severočeský rozhlas Ústí, s.r.o., IČO 25384678, žádá o přístup k výsledkům\n"
            "voleb ve formátu XML. Zařízení zajišťuje náš dodavatel, interní adresy\n"
            "(172.16.4.10, 172.16.4.11) jsou za NATem, z internetu uvidíte:\n"
            "- hlavní server 198.18.77.10\n"
            "- záložní server 198.18.77.11\n"
            "- testovací server 198.18.77.20\n\n"
            "Kontaktní osoba: Jana Procházková, tel. 475 555 190.\n\n"
            "S pozdravem\n"
            "Jana Procházková\n"
            "ředitelka\n"
        ),
    },
    {
        "id": "fc042-danish-ipv6-test-range",
        "description": "Danish outlet: IPv4 production, IPv6 test written as a /126",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dagbladet Øresund A/S",
            None,
            None,
            ["192.0.2.44"],
            ["2001:db8:d4::", "2001:db8:d4::1", "2001:db8:d4::2", "2001:db8:d4::3"],
            "Mette Kjær",
            "mette.kjaer@dagbladet-oresund.example",
            "+4520555184",
        ),
        "from": "=?utf-8?q?Mette_Kj=C3=A6r?= <mette.kjaer@dagbladet-oresund.example>",
        "subject": "Dagbladet Øresund – access to election XML",
        "body": (
            "Goddag,\n\n"
            "Dagbladet Øresund A/S (Copenhagen) would like access to the XML with the Czech\n"
            "election results. Our live system has the address 192.0.2.44. For tests we\n"
            "use a small IPv6 block, 2001:db8:d4::/126.\n\n"
            "Please contact me with any questions: Mette Kjær, +45 20 55 51 84.\n\n"
            "Venlig hilsen\n"
            "Mette Kjær\n"
            "Digital editor\n"
        ),
    },
]
