"""Twentyseventh held-out part ``uc``, cases uc029–uc042: a dash range, an Italian radio
writing Italian and English, an S/MIME-signed agency mail, IPv6 in a terse note, an address
with a netmask, data messages from a university, an agency and a freelancer, a contact
replaced within the mail, a temporary test host beside version numbers, an English filming
request that declines the feed, a Slovak HTML table, a Finnish agency and a town magazine
whose roles come from order words. Written by hand apart from the extraction rules (see
make_twentyseventh_uc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyseventh_uc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I31, I33, I34 = ico("2766091"), ico("4530128"), ico("2874410"), ico("0021617")
I35, I36, I37, I39 = ico("2607253"), ico("0583926"), ico("2691208"), ico("3692041")
I41, I42 = ico("0023841"), ico("7310644")

CASES: list[dict[str, Any]] = [
    {
        "id": "uc029-dash-range-roundcube",
        "description": "production written as a dash range of the last octet (four "
        "addresses), test single; IČO with 'IČ:' and a space",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Pražský kurýr, z.ú.",
            I29,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210"],
            "Filip Novotný",
            "novotny@prazskykuryr.example",
            "+420720415936",
        ),
        "from": "Filip Novotný <novotny@prazskykuryr.example>",
        "subject": "XML volby – Pražský kurýr",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n"
            "Pražský kurýr, z.ú., IČ: "
            f"{I29}, žádá o přístup k XML.\n"
            "Produkce: 198.51.100.200-203\n"
            "Test: 198.51.100.210\n"
            "Filip Novotný, 720 415 936\n"
        ),
    },
    {
        "id": "uc030-italian-radio-mixed",
        "description": "Italian radio writing Italian with English technical words, Italian "
        "phone, IČO absent, the sender's colleague is the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Mitteleuropa S.r.l.",
            None,
            None,
            ["203.0.113.210"],
            ["203.0.113.211"],
            "Giulia Ferraresi",
            "g.ferraresi@radiomitteleuropa.example",
            "+390405551872",
        ),
        "from": "Marco Bellini <m.bellini@radiomitteleuropa.example>",
        "subject": "Richiesta accesso feed XML risultati elettorali",
        "headers": GMAIL,
        "body": (
            "Buongiorno,\n\n"
            "Radio Mitteleuropa S.r.l. (Trieste) chiede l'accesso al feed XML dei risultati\n"
            "elettorali.\n\n"
            "IP di produzione: 203.0.113.210\n"
            "IP di test (staging): 203.0.113.211\n\n"
            "Il referente tecnico è la collega Giulia Ferraresi\n"
            "(g.ferraresi@radiomitteleuropa.example, +39 040 555 1872).\n\n"
            "Cordiali saluti,\nMarco Bellini\ncaporedattore\n"
        ),
    },
    {
        "id": "uc031-smime-agency-both",
        "description": "S/MIME-signed mail from a news agency: feed and filming, the test "
        "row says 'none' and a /32 written after the production address",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Středoevropská zpravodajská agentura, a.s.",
            I31,
            None,
            ["192.0.2.15"],
            [],
            "Jaroslav Beneš",
            "benes@sza.example",
            "+420296331540",
        ),
        "from": "Jaroslav Beneš <benes@sza.example>",
        "subject": "Žádost SZA – přístup k XML a natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "Středoevropská zpravodajská agentura, a.s., IČO "
            f"{I31}, žádá\n"
            "  a) o zřízení přístupu k výsledkům voleb ve formátu XML z adresy 192.0.2.15/32,\n"
            "  b) o povolení natáčení na sběrném místě v Praze 10.\n"
            "Testovací adresy: žádné.\n\n"
            "Kontakt: Jaroslav Beneš, tel. 296 331 540, benes@sza.example\n\n"
            "Zpráva je elektronicky podepsána.\n"
            "Jaroslav Beneš\nSZA, a.s.\n"
        ),
    },
    {
        "id": "uc032-terse-ipv6-apple",
        "description": "terse mail: two IPv6 production addresses (one not compressed) and "
        "an IPv4 test, signature with two people",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Ekonomický týden s.r.o.",
            None,
            None,
            ["2001:db8:c0::1", "2001:db8:c0::2"],
            ["203.0.113.5"],
            "Hana Urbanová",
            "urbanova@ektyden.example",
            "+420731009452",
        ),
        "from": "Hana Urbanová <urbanova@ektyden.example>",
        "subject": "pristup XML",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n"
            "za Ekonomický týden s.r.o. prosím o přístup.\n"
            "prod: 2001:db8:c0::1, 2001:0db8:00c0:0000:0000:0000:0000:0002\n"
            "test: 203.0.113.5\n"
            "Díky\n\n"
            "Hana Urbanová | 731 009 452\n"
            "Ekonomický týden | šéfred. Pavel Rejzek 731 009 400\n"
        ),
    },
    {
        "id": "uc033-netmask-two-addresses",
        "description": "production address followed by a netmask 255.255.255.254 (two "
        "addresses), test address with an OID-like number nearby",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Kabelová televize Valašsko a.s.",
            I33,
            None,
            ["192.0.2.128", "192.0.2.129"],
            ["192.0.2.140"],
            "Stanislav Machala",
            "machala@ktvvalassko.example",
            "+420571440918",
        ),
        "from": "Stanislav Machala <machala@ktvvalassko.example>",
        "subject": "Žádost o přístup – KTV Valašsko",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            f"Kabelová televize Valašsko a.s. (IČO {I33}) žádá o přístup k XML výsledkům.\n\n"
            "Produkční síť: 192.0.2.128 maska 255.255.255.254\n"
            "Testovací stroj: 192.0.2.140\n\n"
            "Pro úplnost: klientský certifikát máme s OID politiky 1.3.6.1.4.1.51234.1.2.\n\n"
            "Kontakt: Stanislav Machala, 571 440 918\n"
        ),
    },
    {
        "id": "uc034-university-databox-annotation",
        "description": "university's data message with the application in the annotation "
        "and an extract (not the application) as the file",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Slezská univerzita v Opavici",
            I34,
            "u9fk3cz",
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Petra Kubíčková",
            None,
            "+420553684120",
        ),
        "subject": (
            "Žádost SU v Opavici o přístup k XML výsledků voleb: produkční 203.0.113.240, "
            "testovací 203.0.113.241. Kontakt Petra Kubíčková, 553 684 120."
        ),
        "databox": {
            "box": "u9fk3cz",
            "sender": "Slezská univerzita v Opavici",
            "address": "Na Rybníčku 1, 746 01 Opavice",
        },
        "attachments": [
            (
                "pdf",
                "vypis_rejstrik_VS.pdf",
                [
                    "Výpis z registru veřejných vysokých škol",
                    "Název: Slezská univerzita v Opavici",
                    f"IČO: {I34}",
                    "Sídlo: Na Rybníčku 1, 746 01 Opavice",
                    "Statutární orgán: rektor prof. RNDr. Josef Hradil, CSc.",
                ],
            )
        ],
    },
    {
        "id": "uc035-agency-databox-xlsx-order",
        "description": "agency's data message with an XLSX: addresses in one cell with roles "
        "by order words (první … druhá … třetí)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Agentura Datanews s.r.o.",
            I35,
            "d2kw9pe",
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.82"],
            "Ivana Šťastná",
            "stastna@datanews.example",
            "+420605223318",
        ),
        "subject": "Volby – žádost o XML",
        "databox": {
            "box": "d2kw9pe",
            "sender": "Agentura Datanews s.r.o.",
            "address": "Jankovcova 23, 170 00 Praha 7",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_datanews.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Agentura Datanews s.r.o."],
                            ["IČO", I35],
                            [
                                "IP adresy",
                                "198.51.100.80, 198.51.100.81, 198.51.100.82 – první dvě "
                                "jsou produkční, třetí testovací",
                            ],
                            ["Kontakt", "Ivana Šťastná"],
                            ["E-mail", "stastna@datanews.example"],
                            ["Tel.", "605 223 318"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "uc036-contact-replaced",
        "description": "the contact named first is replaced later in the mail by a colleague "
        "(parental leave), with her own mobile",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj, s. r. o.",
            I36,
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Eva Šírová",
            "sirova@lbzpravodaj.example",
            "+420776302194",
        ),
        "from": "Petr Lukeš <lukes@lbzpravodaj.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            f"Liberecký zpravodaj, s. r. o., IČO {I36}, žádá o přístup k výsledkům voleb\n"
            "ve formátu XML. Produkční IP 192.0.2.240, testovací IP 192.0.2.241.\n"
            "Kontaktní osoba: Petr Lukeš, 482 310 774.\n\n"
            "Oprava: od 1. 10. nastupuji na rodičovskou dovolenou, kontaktní osobou proto\n"
            "bude kolegyně Eva Šírová, sirova@lbzpravodaj.example, mobil 776 302 194.\n\n"
            "S pozdravem\nPetr Lukeš\n"
        ),
    },
    {
        "id": "uc037-weekly-versions-temporary",
        "description": "weekly's letter: nginx and TLS version numbers, a temporary test "
        "host, and an old address from the last election no longer used",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Týdeník Horácko, spol. s r. o.",
            I37,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Miroslav Dvořák",
            "dvorak@horacko.example",
            "+420568840221",
        ),
        "from": "Miroslav Dvořák <dvorak@horacko.example>",
        "subject": "Žádost o přístup k XML",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            f"Týdeník Horácko, spol. s r. o., IČO {I37}, žádá o přístup k \n"
            "výsledkům voleb. Při minulých volbách jsme stahovali z adresy \n"
            "203.0.113.99, ta už se nepoužívá. Nově stahujeme z produkčního \n"
            "serveru 203.0.113.150 (nginx 1.24.0, TLS 1.3); pro testy nám \n"
            "hosting dočasně, do konce září, půjčil stroj 203.0.113.151.\n\n"
            "Kontakt: Miroslav Dvořák, 568 840 221\n\n"
            "S pozdravem\nMiroslav Dvořák\n"
        ),
    },
    {
        "id": "uc038-belgian-english-declines-feed",
        "description": "Belgian broadcaster writes English, declines the feed ('no need for "
        "the XML'), films only; Belgian phone, Dutch signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Vlaamse Regionale Omroep vzw",
            None,
            None,
            [],
            [],
            "Pieter Janssens",
            "pieter.janssens@vro.example",
            "+32475551906",
        ),
        "from": "Pieter Janssens <pieter.janssens@vro.example>",
        "subject": "Request: filming at a collection point",
        "headers": IPHONE,
        "body": (
            "Dear colleagues,\n\n"
            "Vlaamse Regionale Omroep vzw would like permission to film at a collection point\n"
            "on election night. We have no need for the XML results service.\n\n"
            "Contact: Pieter Janssens, +32 475 55 19 06\n\n"
            "Met vriendelijke groeten,\nPieter Janssens\nredacteur buitenland\n"
        ),
    },
    {
        "id": "uc039-slovak-gmail-html-rows",
        "description": "Slovak news site's Gmail HTML table with row headers Produkcia / "
        "Záloha / Test and a Slovak phone",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Noviny Považie, a. s.",
            I39,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.72"],
            "Martina Oravcová",
            "oravcova@novinypovazie.example",
            "+421915227406",
        ),
        "from": "Martina Oravcová <oravcova@novinypovazie.example>",
        "subject": "Žiadosť o prístup k XML výsledkom",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\nNoviny Považie, a. s., IČO "
            f"{I39}, žiada o prístup.\n\nProdukcia 192.0.2.70\nZáloha 192.0.2.71\n"
            "Test 192.0.2.72\n\nMartina Oravcová, +421 915 227 406\n"
        ),
        "html": (
            '<div dir="ltr">Dobrý deň,<br><br>Noviny Považie, a. s., IČO '
            f"{I39}, žiada o prístup k výsledkom volieb vo formáte XML.<br><br>"
            '<table style="border-collapse:collapse" border="1">'
            "<tr><td><b>Produkcia</b></td><td>192.0.2.70</td></tr>"
            "<tr><td><b>Záloha</b></td><td>192.0.2.71</td></tr>"
            "<tr><td><b>Test</b></td><td>192.0.2.72</td></tr></table><br>"
            "Martina Oravcová<br>vedúca online vydania<br>+421 915 227 406</div>"
        ),
    },
    {
        "id": "uc040-finnish-agency",
        "description": "Finnish news agency writing Finnish (tuotanto/testi) with an English "
        "line, Finnish phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Uutistoimisto Pohjola Oy",
            None,
            None,
            ["198.51.100.50"],
            ["198.51.100.51"],
            "Aino Virtanen",
            "aino.virtanen@pohjola-uutiset.example",
            "+358405551234",
        ),
        "from": "Aino Virtanen <aino.virtanen@pohjola-uutiset.example>",
        "subject": "Hakemus: vaalitulokset XML / election results XML",
        "headers": TBIRD,
        "body": (
            "Hyvä vastaanottaja,\n\n"
            "Uutistoimisto Pohjola Oy hakee pääsyä vaalitulosten XML-palveluun.\n\n"
            "Tuotanto: 198.51.100.50\n"
            "Testi: 198.51.100.51\n\n"
            "(In short: production .50, test .51 – we can switch to English any time.)\n\n"
            "Yhteyshenkilö: Aino Virtanen, +358 40 555 1234\n\n"
            "Ystävällisin terveisin\nAino Virtanen\n"
        ),
    },
    {
        "id": "uc041-town-magazine-order",
        "description": "town's magazine: roles only from order words ('první … druhá') and "
        "filming too; IČ written with dots",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED, FILM],
            "Město Bystřice nad Olší",
            I41,
            None,
            ["203.0.113.20"],
            ["203.0.113.21"],
            "Lenka Pávková",
            "pavkova@bystricenadolsi.example",
            "+420558340127",
        ),
        "from": "Lenka Pávková <pavkova@bystricenadolsi.example>",
        "subject": "Bystřické listy – výsledky voleb a natáčení",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "Město Bystřice nad Olší (IČ "
            f"{I41[:3]}.{I41[3:5]}.{I41[5:]}) vydává Bystřické listy a provozuje\n"
            "městský web. Žádáme o přístup k výsledkům voleb ve formátu XML ze dvou adres,\n"
            "203.0.113.20 a 203.0.113.21 – první je produkční, druhá testovací. Rádi bychom\n"
            "také natáčeli na sběrném místě v Třinci.\n\n"
            "Lenka Pávková\nredakce Bystřických listů\ntel. 558 340 127\n"
        ),
    },
    {
        "id": "uc042-freelancer-databox-txt",
        "description": "freelance documentary maker's data message (natural-person box): "
        "filming only, the request in a TXT file",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Adam Kořínek",
            I42,
            "f7mz4qa",
            [],
            [],
            "Adam Kořínek",
            "adam@korinekfilm.example",
            "+420603945172",
        ),
        "subject": "Žádost o povolení natáčení",
        "databox": {
            "box": "f7mz4qa",
            "sender": "Adam Kořínek",
            "address": "Husova 41, 541 01 Trutnov",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "zadost_nataceni.txt",
                "Adam Kořínek, IČO "
                f"{I42}, Husova 41, 541 01 Trutnov\n\n"
                "Věc: žádost o povolení natáčení\n\n"
                "Jsem dokumentarista na volné noze a natáčím film o volební noci. Žádám o\n"
                "povolení natáčet na sběrném místě v Trutnově. Přístup k XML nepotřebuji.\n\n"
                "Kontakt: adam@korinekfilm.example, 603 945 172\n\nAdam Kořínek\n",
            )
        ],
    },
]
