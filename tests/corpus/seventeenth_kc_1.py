"""Seventeenth held-out part ``kc``, cases kc001–kc014: foreign media writing in German, Polish,
Hungarian, Italian, French, Nordic languages or mixed English, with addresses as ranges, CIDR,
netmasks, IPv6, order words and replaced addresses. Written by hand; labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.seventeenth_kc_common import FEED, FILM, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "kc001-koeln-tagespost-deutsch",
        "description": "German daily writing in German: Produktivsystem/Testsystem, no IČO",
        "style": Style.FOREIGN,
        "from": "Katharina Weiß <k.weiss@rheinische-tagespost.example>",
        "subject": "Antrag auf Zugang zum XML-Ergebnisdienst (Wahlen)",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rheinische Tagespost GmbH (Köln) berichtet auch in diesem Jahr über die Wahlen\n"
            "in Tschechien und möchte dafür den XML-Datendienst mit den Ergebnissen nutzen.\n\n"
            "Unser Produktivsystem greift von folgenden Adressen zu:\n"
            "  203.0.113.40\n  203.0.113.41\n"
            "Das Testsystem hat die Adresse 198.51.100.7.\n\n"
            "Ansprechpartnerin bin ich selbst, telefonisch unter +49 221 4471-230.\n\n"
            "Mit freundlichen Grüßen\n"
            "Katharina Weiß\nLeiterin Datenredaktion\nRheinische Tagespost GmbH\n"
        ),
        "labels": L(
            [FEED],
            "Rheinische Tagespost GmbH",
            None,
            None,
            ["203.0.113.40", "203.0.113.41"],
            ["198.51.100.7"],
            "Katharina Weiß",
            "k.weiss@rheinische-tagespost.example",
            "+492214471230",
        ),
    },
    {
        "id": "kc002-wien-radio-cidr-mixed",
        "description": "Austrian radio in mixed English/German, production block as a /30",
        "style": Style.FOREIGN,
        "from": "Florian Gruber <gruber@alpenwelle.example>",
        "subject": "election data feed - Alpenwelle Hörfunk",
        "body": (
            "Hello,\n\n"
            "we are Alpenwelle Hörfunk GmbH from Vienna, a regional radio station, and we would\n"
            "like to get access to your election results XML feed for our newsroom.\n\n"
            "Produktion: 198.51.100.64/30 (the whole block, four servers behind our firewall)\n"
            "We don't have a separate test server this time.\n\n"
            "Kontakt: Florian Gruber, IT, Tel. +43 1 588 12 40\n\n"
            "Danke & best regards,\nFlorian\n"
        ),
        "labels": L(
            [FEED],
            "Alpenwelle Hörfunk GmbH",
            None,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            [],
            "Florian Gruber",
            "gruber@alpenwelle.example",
            "+4315881240",
        ),
    },
    {
        "id": "kc003-agencja-wisla-polski",
        "description": "Polish agency in Polish; filming explicitly not planned",
        "style": Style.FOREIGN,
        "from": "Tomasz Zieliński <t.zielinski@aiwisla.example>",
        "subject": "Wniosek o dostęp do danych wyborczych (XML)",
        "body": (
            "Szanowni Państwo,\n\n"
            "Agencja Informacyjna Wisła sp. z o.o. z siedzibą w Krakowie zwraca się z prośbą o\n"
            "udostępnienie serwisu XML z wynikami wyborów.\n\n"
            "Adres produkcyjny: 192.0.2.15\n"
            "Adres testowy: 192.0.2.16\n\n"
            "Nagrywania w punktach zbiorczych nie planujemy.\n\n"
            "Osoba kontaktowa: Tomasz Zieliński, tel. +48 22 310 45 67\n\n"
            "Z poważaniem\nTomasz Zieliński\nkierownik działu IT\n"
        ),
        "labels": L(
            [FEED],
            "Agencja Informacyjna Wisła sp. z o.o.",
            None,
            None,
            ["192.0.2.15"],
            ["192.0.2.16"],
            "Tomasz Zieliński",
            "t.zielinski@aiwisla.example",
            "+48223104567",
        ),
    },
    {
        "id": "kc004-duna-hirek-filming-english",
        "description": "Hungarian TV in English asking only to film; no addresses at all",
        "style": Style.FOREIGN,
        "from": "Eszter Nagy <eszter.nagy@dunahirek.example>",
        "subject": "Filming request - election night in Prague",
        "body": (
            "Dear Sir or Madam,\n\n"
            "Duna Hírek Média Kft., a Budapest-based news channel, is sending a crew of three to\n"
            "Prague for the election. We kindly ask for permission to film at your collection\n"
            "points on the night of the count (short shots of the staff receiving results, no\n"
            "interviews unless somebody agrees).\n\n"
            "We do not need the data service; we will use the public website for figures.\n\n"
            "I am the producer and your contact: Eszter Nagy, mobile +36 30 555 0192.\n\n"
            "Kind regards,\nEszter Nagy\n"
        ),
        "labels": L(
            [FILM],
            "Duna Hírek Média Kft.",
            None,
            None,
            [],
            [],
            "Eszter Nagy",
            "eszter.nagy@dunahirek.example",
            "+36305550192",
        ),
    },
    {
        "id": "kc005-corriere-alpino-range-italiano",
        "description": "Italian daily, Italian with English, production as a range, both requests",
        "style": Style.FOREIGN,
        "from": "Giulia Ferraro <g.ferraro@corrierealpino.example>",
        "subject": "Richiesta accesso feed XML + riprese / request",
        "body": (
            "Buongiorno,\n\n"
            "scrivo per Il Corriere Alpino S.r.l. (Bolzano). Vorremmo:\n"
            "1) l'accesso al feed XML dei risultati elettorali;\n"
            "2) il permesso di fare riprese video presso i vostri punti di raccolta.\n\n"
            "IP di produzione: 203.0.113.10-203.0.113.12\n"
            "IP di test: 203.0.113.20\n\n"
            "(Sorry for the Italian - if easier, I can answer in English.)\n\n"
            "Referente: Giulia Ferraro, tel. +39 02 8721 4410\n\n"
            "Cordiali saluti,\nGiulia Ferraro\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Il Corriere Alpino S.r.l.",
            None,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.20"],
            "Giulia Ferraro",
            "g.ferraro@corrierealpino.example",
            "+390287214410",
        ),
    },
    {
        "id": "kc006-radio-lumiere-ipv6-francais",
        "description": "French radio writing French, IPv6 and IPv4 production, IPv6 test",
        "style": Style.FOREIGN,
        "from": "Céline Marchand <celine.marchand@radiolumiere.example>",
        "subject": "Demande d'accès au flux XML des résultats",
        "body": (
            "Madame, Monsieur,\n\n"
            "Radio Lumière Europe SAS souhaite recevoir le flux XML des résultats électoraux.\n\n"
            "Serveurs de production :\n"
            " - 2001:db8:40::10\n"
            " - 198.51.100.200\n"
            "Serveur de test : 2001:db8:40::20\n\n"
            "Contact technique et éditorial : Céline Marchand, +33 1 44 32 10 87.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "Céline Marchand\nRédactrice en chef adjointe\n"
        ),
        "labels": L(
            [FEED],
            "Radio Lumière Europe SAS",
            None,
            None,
            ["2001:db8:40::10", "198.51.100.200"],
            ["2001:db8:40::20"],
            "Céline Marchand",
            "celine.marchand@radiolumiere.example",
            "+33144321087",
        ),
    },
    {
        "id": "kc007-nordlys-old-address-replaced",
        "description": "Norwegian media in English; last year's address explicitly retired",
        "style": Style.FOREIGN,
        "from": "Ingrid Halvorsen <ingrid@nordlysmedia.example>",
        "subject": "Access to results XML - Nordlys Media AS",
        "body": (
            "Hi,\n\n"
            "Nordlys Media AS (Tromsø) had access two years ago from 192.0.2.200. That machine\n"
            "has been decommissioned, please do not whitelist it any more.\n\n"
            "New production server: 192.0.2.210\n"
            "New test server:       192.0.2.211\n\n"
            "Contact: Ingrid Halvorsen, +47 22 41 30 90\n\n"
            "Thanks!\nIngrid\n"
        ),
        "labels": L(
            [FEED],
            "Nordlys Media AS",
            None,
            None,
            ["192.0.2.210"],
            ["192.0.2.211"],
            "Ingrid Halvorsen",
            "ingrid@nordlysmedia.example",
            "+4722413090",
        ),
    },
    {
        "id": "kc008-dennik-vychod-netmask-slovak",
        "description": "Slovak daily in Slovak: an address with a netmask, an IČO with spaces",
        "style": Style.FOREIGN,
        "from": "Mária Kováčová <kovacova@dennikvychod.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "body": (
            "Dobrý deň,\n\n"
            "v mene spoločnosti Denník Východ, a.s., IČO 36 572 039, so sídlom v Košiciach\n"
            "žiadame o prístup k dátovému výstupu výsledkov volieb vo formáte XML.\n\n"
            "Produkčné servery: 203.0.113.128 s maskou 255.255.255.252\n"
            "Testovací server: 203.0.113.140\n\n"
            "Kontaktná osoba: Mária Kováčová, 0905 123 456 (zo zahraničia +421 905 123 456)\n\n"
            "S pozdravom\nMária Kováčová\nvedúca online redakcie\n"
        ),
        "labels": L(
            [FEED],
            "Denník Východ, a.s.",
            "36572039",
            None,
            ["203.0.113.128", "203.0.113.129", "203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Mária Kováčová",
            "kovacova@dennikvychod.example",
            "+421905123456",
        ),
    },
    {
        "id": "kc009-danish-freelancer-filming",
        "description": "Danish freelance photographer, filming only, no company",
        "style": Style.FREELANCER,
        "from": "Mads Kjeldsen <mads@kjeldsenfoto.example>",
        "subject": "Permission to film at collection points (freelance)",
        "body": (
            "Hello from Copenhagen,\n\n"
            "I'm a freelance photographer/videographer working for several Scandinavian papers\n"
            "(no company, I work on my own name). I'd like permission to film and photograph\n"
            "at one or two of your collection points in Prague during the count.\n\n"
            "Best reached on +45 20 34 56 78.\n\n"
            "Mads Kjeldsen\n"
        ),
        "labels": L(
            [FILM],
            "Mads Kjeldsen",
            None,
            None,
            [],
            [],
            "Mads Kjeldsen",
            "mads@kjeldsenfoto.example",
            "+4520345678",
        ),
    },
    {
        "id": "kc010-pohjola-order-words",
        "description": "Finnish media, roles only by order: 'the first … the second …'",
        "style": Style.FOREIGN,
        "from": "Juha Virtanen <juha.virtanen@pohjolauutiset.example>",
        "subject": "XML results service",
        "body": (
            "Good afternoon,\n\n"
            "Pohjola Uutiset Oy would like to subscribe to the election results XML service.\n"
            "We have two addresses, 198.51.100.90 and 198.51.100.91; the first one is our\n"
            "production server and the second one is only for testing.\n\n"
            "Juha Virtanen, systems editor\n+358 9 1480 2200\n"
        ),
        "labels": L(
            [FEED],
            "Pohjola Uutiset Oy",
            None,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Juha Virtanen",
            "juha.virtanen@pohjolauutiset.example",
            "+358914802200",
        ),
    },
    {
        "id": "kc011-basler-withdrawn-filming-html",
        "description": "Swiss daily in German, HTML only; filming withdrawn in the same message",
        "style": Style.HTML,
        "from": "Lukas Meier <lukas.meier@basler-abendblatt.example>",
        "subject": "Wahlresultate XML - Basler Abendblatt AG",
        "html": (
            "<html><body><p>Grüezi</p>"
            "<p>Die <b>Basler Abendblatt AG</b> beantragt den Zugang zum XML-Dienst mit den "
            "Wahlresultaten. Ursprünglich wollten wir auch in Ihren Sammelstellen filmen – "
            "das ziehen wir hiermit zurück, bitte nur den Datenzugang.</p>"
            "<table border='1'><tr><th>Zweck</th><th>IP</th></tr>"
            "<tr><td>Produktion</td><td>192.0.2.50<br>192.0.2.51</td></tr>"
            "<tr><td>Test</td><td>192.0.2.52</td></tr></table>"
            "<p>Freundliche Grüsse<br>Lukas Meier<br>Tel. +41 61 260 33 11</p>"
            "</body></html>"
        ),
        "labels": L(
            [FEED],
            "Basler Abendblatt AG",
            None,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.52"],
            "Lukas Meier",
            "lukas.meier@basler-abendblatt.example",
            "+41612603311",
        ),
    },
    {
        "id": "kc012-telewizja-slask-ipv6-127",
        "description": "Polish TV in English: IPv6 production as a /127, IPv4 test",
        "style": Style.FOREIGN,
        "from": "Agnieszka Wójcik <a.wojcik@tvslask.example>",
        "subject": "Request: XML election feed for Telewizja Śląsk",
        "body": (
            "Dear colleagues,\n\n"
            "on behalf of Telewizja Śląsk S.A. (Katowice) I request access to the XML results\n"
            "feed.\n\n"
            "Production: 2001:db8:ab::a/127 (two hosts)\n"
            "Test: 203.0.113.77\n\n"
            "Contact person: Agnieszka Wójcik, phone +48 32 200 11 45.\n\n"
            "Yours faithfully,\nAgnieszka Wójcik\n"
        ),
        "labels": L(
            [FEED],
            "Telewizja Śląsk S.A.",
            None,
            None,
            ["2001:db8:ab::a", "2001:db8:ab::b"],
            ["203.0.113.77"],
            "Agnieszka Wójcik",
            "a.wojcik@tvslask.example",
            "+48322001145",
        ),
    },
    {
        "id": "kc013-italian-freelancer-nat",
        "description": "Italian freelancer in Italian: public NAT address, internal host not listed",
        "style": Style.FREELANCER,
        "from": "Marco Bellini <marco.bellini@bellinireport.example>",
        "subject": "Accesso ai dati XML e permesso di riprese",
        "body": (
            "Salve,\n\n"
            "sono Marco Bellini, giornalista freelance (lavoro in proprio, senza società).\n"
            "Chiedo l'accesso al feed XML dei risultati e anche il permesso di girare qualche\n"
            "immagine in un punto di raccolta a Praga.\n\n"
            "Il mio server è a casa dietro NAT: l'indirizzo pubblico è 198.51.100.33 (quello\n"
            "interno 10.0.0.5 non vi serve). Non ho un server di test.\n\n"
            "Cellulare: +39 347 221 9087\n\nGrazie,\nMarco Bellini\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Marco Bellini",
            None,
            None,
            ["198.51.100.33"],
            [],
            "Marco Bellini",
            "marco.bellini@bellinireport.example",
            "+393472219087",
        ),
    },
    {
        "id": "kc014-echo-liege-checkbox-form",
        "description": "Belgian daily, English form with ticked and unticked boxes",
        "style": Style.FORM,
        "from": "Benoît Lefèvre <b.lefevre@echoliege.example>",
        "subject": "Application form - election results",
        "body": (
            "APPLICATION\n"
            "-----------\n"
            "Organisation:        L'Écho de Liège SRL\n"
            "Country:             Belgium\n"
            "Request:             [x] XML results feed   [ ] filming at collection points\n"
            "Production IPs:      203.0.113.5, 203.0.113.6\n"
            "Test IP:             203.0.113.9\n"
            "Contact:             Benoît Lefèvre\n"
            "E-mail:              b.lefevre@echoliege.example\n"
            "Phone:               +32 4 221 76 50\n"
        ),
        "labels": L(
            [FEED],
            "L'Écho de Liège SRL",
            None,
            None,
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.9"],
            "Benoît Lefèvre",
            "b.lefevre@echoliege.example",
            "+3242217650",
        ),
    },
]
