"""Twelfth held-out part ``fc``, cases fc001–fc014: foreign media, freelancers, institutes,
municipalities and contractors; ranges, CIDR, netmasks, NAT and replaced addresses. Written by
hand apart from the extraction rules (LABELS.md)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.twelfth_fc_common import (
    ICO_CT_REGION,
    ICO_DATALOOM,
    ICO_DEN_POLABI,
    ICO_FREELANCE_KRAL,
    ICO_MESTO_LHOTA,
    ICO_RADIO_TATRY,
    ICO_USTAV_VEREJNE,
    Style,
)

FEED = "feed_access"
FILM = "recording_permit"

CASES: list[dict[str, Any]] = [
    {
        "id": "fc001-rheinland-rundfunk-german-english",
        "description": "German broadcaster writing German with English technical part; no IČO",
        "style": Style.FOREIGN_LANGUAGE,
        "labels": L(
            [FEED],
            "Rheinland Rundfunk GmbH",
            None,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.90"],
            "Katharina Vogt",
            "k.vogt@rheinland-rundfunk.example",
            "+4922155501234",
        ),
        "from": '"Vogt, Katharina" <k.vogt@rheinland-rundfunk.example>',
        "subject": "Antrag / Request: Zugang XML-Wahlergebnisse Tschechien",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "für unsere Berichterstattung zu den Wahlen in Tschechien möchten wir den Zugang zum\n"
            "XML-Datendienst mit den Ergebnissen beantragen. Since our IT colleagues do not speak\n"
            "German in Prague-related matters, the technical part follows in English:\n\n"
            "- production servers (live ingest): 198.51.100.61 and 198.51.100.62\n"
            "- staging / test: 198.51.100.90\n\n"
            "Ansprechpartnerin für alle Rückfragen bin ich selbst.\n\n"
            "Mit freundlichen Grüßen\n"
            "Katharina Vogt\n"
            "Redaktion Ausland / Datenjournalismus\n"
            "Rheinland Rundfunk GmbH\n"
            "Tel. +49 221 555 01234\n"
            "k.vogt@rheinland-rundfunk.example\n"
        ),
    },
    {
        "id": "fc002-alpenland-presse-range",
        "description": "Austrian agency gives its production addresses as a dash range",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenländische Presseagentur GmbH",
            None,
            None,
            ["203.0.113.40", "203.0.113.41", "203.0.113.42"],
            [],
            "Florian Hafner",
            "hafner@apa-alpen.example",
            "+436645550172",
        ),
        "from": "Florian Hafner <hafner@apa-alpen.example>",
        "subject": "Election results feed - access for Alpenländische Presseagentur",
        "body": (
            "Dear colleagues,\n\n"
            "Alpenländische Presseagentur GmbH (Vienna) would like to receive the Czech election\n"
            "results through your XML service, as we distribute them to our Austrian subscribers.\n\n"
            "Our outgoing traffic uses the block 203.0.113.40 - 203.0.113.42 (three hosts,\n"
            "all production). We do not run a separate test system.\n\n"
            "Kind regards / Grüß Gott,\n"
            "Florian Hafner\n"
            "Head of Data Desk\n"
            "mobile: 0043 664 555 0172\n"
        ),
    },
    {
        "id": "fc003-gazeta-slaska-polish-cidr",
        "description": "Polish daily writing Polish; production as a /30, one test address",
        "style": Style.FOREIGN_LANGUAGE,
        "labels": L(
            [FEED],
            "Gazeta Śląska sp. z o.o.",
            None,
            None,
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            ["198.51.100.24"],
            "Tomasz Wieczorek",
            "t.wieczorek@gazetaslaska.example",
            "+48225550123",
        ),
        "from": "Tomasz Wieczorek <t.wieczorek@gazetaslaska.example>",
        "subject": "Wniosek o dostęp do danych wyborczych (XML)",
        "body": (
            "Szanowni Państwo,\n\n"
            "w imieniu wydawnictwa Gazeta Śląska sp. z o.o. (Katowice) zwracam się z prośbą\n"
            "o dostęp do serwera z wynikami wyborów w formacie XML.\n\n"
            "Adresy produkcyjne: 198.51.100.16/30\n"
            "Adres testowy: 198.51.100.24\n\n"
            "Osoba kontaktowa: Tomasz Wieczorek, tel. +48 22 555 01 23,\n"
            "t.wieczorek@gazetaslaska.example\n\n"
            "Z poważaniem\n"
            "Tomasz Wieczorek\n"
            "kierownik działu IT\n"
        ),
    },
    {
        "id": "fc004-hirportal-netmask",
        "description": "Hungarian portal: address with a netmask of two hosts, English",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Hírportál Média Kft.",
            None,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.140"],
            "Kertész Zsófia",
            "kertesz.zsofia@hirportal.example",
            "+36205550914",
        ),
        "from": "=?utf-8?q?Kert=C3=A9sz_Zs=C3=B3fia?= <kertesz.zsofia@hirportal.example>",
        "subject": "XML feed registration - Hirportal (Budapest)",
        "body": (
            "Hello,\n\n"
            "we are Hírportál Média Kft., an online news site from Budapest, and we want to\n"
            "show live Czech results on election night.\n\n"
            "Production network: 192.0.2.130 netmask 255.255.255.254\n"
            "Test machine: 192.0.2.140\n\n"
            "If you need anything else, please call me: +36 20 555 0914.\n\n"
            "Üdvözlettel / best regards\n"
            "Kertész Zsófia\n"
            "product owner\n"
        ),
    },
    {
        "id": "fc005-telegiornale-filming-only",
        "description": "Italian TV: filming only, feed declined in words and with bracket boxes",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telegiornale Europa S.r.l.",
            None,
            None,
            [],
            [],
            "Giulia Ferraro",
            "g.ferraro@tgeuropa.example",
            "+393475550288",
        ),
        "from": "Giulia Ferraro <g.ferraro@tgeuropa.example>",
        "subject": "Richiesta riprese / filming request - Czech elections",
        "body": (
            "Buongiorno,\n\n"
            "I am a producer at Telegiornale Europa S.r.l. (Milano). We are preparing a report\n"
            "about the Czech elections and we would like permission to film at one of your\n"
            "collection points in Prague on the night of the count (camera + one reporter).\n"
            "The results data we take from our news agency, so we do not need the XML access.\n\n"
            "  [ ] accesso ai dati XML / XML access\n"
            "  [X] permesso per riprese / filming permission\n\n"
            "Grazie mille,\n"
            "Giulia Ferraro\n"
            "cell. +39 347 555 0288\n"
        ),
    },
    {
        "id": "fc006-radio-lyon-french-both",
        "description": "French regional radio writes French, asks for feed and filming",
        "style": Style.FOREIGN_LANGUAGE,
        "labels": L(
            [FEED, FILM],
            "Radio Rhône-Alpes SAS",
            None,
            None,
            ["203.0.113.77"],
            [],
            "Étienne Marchand",
            "etienne.marchand@radio-rhone.example",
            "+33478555012",
        ),
        "from": "=?utf-8?q?=C3=89tienne_Marchand?= <etienne.marchand@radio-rhone.example>",
        "subject": "Demande d'accès aux résultats + autorisation de tournage",
        "body": (
            "Madame, Monsieur,\n\n"
            "Radio Rhône-Alpes SAS souhaite obtenir l'accès au flux XML des résultats des\n"
            "élections tchèques. Notre serveur de diffusion a l'adresse 203.0.113.77.\n\n"
            "Par ailleurs, notre correspondant à Prague aimerait enregistrer un reportage\n"
            "sonore et quelques images dans un de vos points de collecte ; nous vous\n"
            "demandons donc aussi l'autorisation de tournage.\n\n"
            "Contact : Étienne Marchand, +33 4 78 55 50 12\n\n"
            "Cordialement,\n"
            "Étienne Marchand\n"
            "rédacteur en chef adjoint\n"
        ),
    },
    {
        "id": "fc007-nordisk-valg-ipv6",
        "description": "Swedish outlet gives IPv6 production addresses, IPv4 test",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordisk Valbevakning AB",
            None,
            None,
            ["2001:db8:4a::10", "2001:db8:4a::11"],
            ["198.18.3.5"],
            "Lars Ekström",
            "lars.ekstrom@valbevakning.example",
            "+46705550331",
        ),
        "from": "=?utf-8?q?Lars_Ekstr=C3=B6m?= <lars.ekstrom@valbevakning.example>",
        "subject": "Access request, election XML",
        "body": (
            "Hej!\n\n"
            "Nordisk Valbevakning AB covers elections across Europe for Nordic newsrooms. We\n"
            "kindly ask for access to the Czech results XML.\n\n"
            "Our ingest servers are IPv6 only:\n"
            "  2001:0db8:004a:0000:0000:0000:0000:0010\n"
            "  2001:0db8:004a:0000:0000:0000:0000:0011\n"
            "For testing we would connect from an IPv4 host, 198.18.3.5.\n\n"
            "Contact: Lars Ekström, +46 70 555 03 31\n\n"
            "Med vänliga hälsningar\n"
            "Lars\n"
        ),
    },
    {
        "id": "fc008-freelancer-kral-ico",
        "description": "Czech freelance data journalist with a trade licence IČO, informal",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Ondřej Král",
            ICO_FREELANCE_KRAL,
            None,
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Ondřej Král",
            "ondra@kral-data.example",
            "+420604555118",
        ),
        "from": "=?utf-8?q?Ond=C5=99ej_Kr=C3=A1l?= <ondra@kral-data.example>",
        "subject": "žádost o přístup k volebním datům – nezávislý novinář",
        "body": (
            "Dobrý den,\n\n"
            f"jsem nezávislý datový novinář (OSVČ, IČO {ICO_FREELANCE_KRAL}) a na volební noc připravuji\n"
            "živé grafiky pro několik regionálních webů. Prosím o zřízení přístupu k XML\n"
            "s výsledky.\n\n"
            "Server, ze kterého budu stahovat: 192.0.2.201\n"
            "Testovací VPS: 192.0.2.202\n\n"
            "Kdyby cokoli, volejte na 604 555 118.\n\n"
            "Díky a hezký den\n"
            "Ondřej Král\n"
        ),
    },
    {
        "id": "fc009-ustav-verejne-mineni-words-range",
        "description": "Research institute writes its range in words ('až'), test range too",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            ICO_USTAV_VEREJNE,
            None,
            ["192.0.2.50", "192.0.2.51", "192.0.2.52"],
            ["192.0.2.60", "192.0.2.61"],
            "Veronika Dušková",
            "duskova@uvvm.example",
            "+420221555340",
        ),
        "from": "=?utf-8?q?Veronika_Du=C5=A1kov=C3=A1?= <duskova@uvvm.example>",
        "subject": "Žádost o přístup k datům z voleb pro výzkumné účely",
        "body": (
            "Vážení,\n\n"
            f"Ústav pro výzkum veřejného mínění, v. v. i. (IČO {ICO_USTAV_VEREJNE}) žádá o přístup\n"
            "k výsledkům voleb ve formátu XML. Data využijeme pro výzkumný projekt srovnávající\n"
            "předvolební průzkumy se skutečnými výsledky; výstupy zveřejňujeme v médiích.\n\n"
            "Naše produkční servery mají adresy 192.0.2.50 až 192.0.2.52 včetně, testovací\n"
            "prostředí běží na adresách 192.0.2.60 a 192.0.2.61.\n\n"
            "Kontaktní osobou je Mgr. Veronika Dušková, Ph.D., tel. 221 555 340,\n"
            "duskova@uvvm.example.\n\n"
            "S pozdravem\n"
            "prof. PhDr. Jiří Holeček, CSc.\n"
            "ředitel\n"
        ),
    },
    {
        "id": "fc010-mesto-lhota-databox",
        "description": "Town sends its newsletter's application from its data box, TXT attached",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Dolní Lhota",
            ICO_MESTO_LHOTA,
            "k7m2qpa",
            ["203.0.113.150"],
            [],
            "Hana Pospíšilová",
            "pospisilova@dolnilhota.example",
            "+420569555021",
        ),
        "subject": "Žádost - přístup k XML výsledkům voleb (Lhotecký zpravodaj)",
        "databox": {
            "box": "k7m2qpa",
            "sender": "Město Dolní Lhota",
            "address": "Náměstí 1, 582 91 Dolní Lhota",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Věc: žádost o přístup k výsledkům voleb ve formátu XML\n\n"
                f"Město Dolní Lhota, IČO {ICO_MESTO_LHOTA}, vydává Lhotecký zpravodaj a provozuje\n"
                "městský web, kde chceme o volební noci průběžně zveřejňovat výsledky.\n"
                "Žádáme proto o přístup k XML službě z adresy 203.0.113.150\n"
                "(webový server města). Testovací adresu nemáme.\n\n"
                "Kontakt: Hana Pospíšilová, odbor vnitřních věcí,\n"
                "tel. 569 555 021, pospisilova@dolnilhota.example\n\n"
                "Ing. Petr Dvořáček, starosta\n",
            )
        ],
    },
    {
        "id": "fc011-dataloom-for-polabi",
        "description": "IT contractor applies on behalf of a publisher; publisher is applicant",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Polabská média a.s.",
            ICO_DEN_POLABI,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Radek Šimůnek",
            "simunek@dataloom.example",
            "+420731555904",
        ),
        "from": "=?utf-8?q?Radek_=C5=A0im=C5=AFnek?= <simunek@dataloom.example>",
        "subject": "Přístup k XML volby - za klienta Polabská média a.s.",
        "body": (
            "Dobrý den,\n\n"
            f"naše firma DataLoom s.r.o. (IČO {ICO_DATALOOM}) spravuje web Deníku Polabí. Jménem\n"
            f"našeho klienta, vydavatelství Polabská média a.s., IČO {ICO_DEN_POLABI}, žádáme\n"
            "o přístup k volebnímu XML. Žadatelem je vydavatelství, plná moc je u nás\n"
            "k dispozici.\n\n"
            "Produkce: 198.51.100.170, 198.51.100.171\n"
            "Test: 198.51.100.175\n\n"
            "Technickou kontaktní osobou jsem já – Radek Šimůnek, mobil 731 555 904.\n\n"
            "S pozdravem\n"
            "Radek Šimůnek\n"
            "DataLoom s.r.o.\n"
        ),
    },
    {
        "id": "fc012-radio-tatry-replaced-address",
        "description": "Slovak radio: old address replaced by a new one in the same message",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Tatry, s. r. o.",
            ICO_RADIO_TATRY,
            None,
            ["198.51.100.78", "198.51.100.80"],
            [],
            "Miroslav Hudák",
            "hudak@radiotatry.example",
            "+421905555612",
        ),
        "from": "=?utf-8?q?Miroslav_Hud=C3=A1k?= <hudak@radiotatry.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "body": (
            "Dobrý deň,\n\n"
            f"Rádio Tatry, s. r. o., IČO {ICO_RADIO_TATRY}, má záujem o prístup k XML s výsledkami\n"
            "volieb do Poslaneckej snemovne, aby sme ich mohli vysielať aj pre krajanov.\n\n"
            "Pri minulých voľbách sme mali povolenú adresu 198.51.100.77 – tú už\n"
            "nepoužívame, nahradila ju 198.51.100.78. Druhý produkčný server: 198.51.100.80.\n\n"
            "S pozdravom\n"
            "Miroslav Hudák\n"
            "technický riaditeľ\n"
            "+421 905 555 612\n"
        ),
    },
    {
        "id": "fc013-nat-internal-hosts",
        "description": "Internal hosts behind NAT and a firmware version; only public addresses count",
        "style": Style.TECHNICIAN,
        "labels": L(
            [FEED],
            "Jizni listy s.r.o.",  # as the text writes it (no diacritics there)
            "28730143",
            None,
            ["203.0.113.9"],
            ["203.0.113.10"],
            "Pavel Beneš",
            "benes@jiznilisty.example",
            "+420387555230",
        ),
        "from": "=?utf-8?q?Pavel_Bene=C5=A1?= <benes@jiznilisty.example>",
        "subject": "volby XML - povoleni IP",
        "body": (
            "Dobry den,\n\n"
            "za Jizni listy s.r.o. (ICO 28730143) zadame o pristup k XML vysledkum.\n\n"
            "Interne nam stahovani pobezi na strojich 10.20.0.5 a 10.20.0.6 (router\n"
            "s firmwarem 7.1.2.15), ven ale\n"
            "vsechno jde pres NAT, takze povolte prosim jen verejne adresy:\n"
            "  ostry provoz ... 203.0.113.9\n"
            "  test .......... 203.0.113.10\n"
            "(interni 192.168.x.x rozsahy neresite, ty na vas nikdy nepristoupi)\n\n"
            "Pavel Benes, IT\n"
            "387 555 230\n"
        ),
    },
    {
        "id": "fc014-ct-region-filming-withdrawn",
        "description": "Regional TV asks for both, withdraws filming in a postscript",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Televize Jižní Morava, a.s.",
            ICO_CT_REGION,
            None,
            ["192.0.2.90", "192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Lucie Marková",
            "markova@tvjm.example",
            "+420543555777",
        ),
        "from": "=?utf-8?q?Lucie_Markov=C3=A1?= <markova@tvjm.example>",
        "subject": "Žádost o přístup k datům a o povolení natáčení",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            f"Televize Jižní Morava, a.s., IČO {ICO_CT_REGION}, se sídlem Kounicova 12, Brno,\n"
            "tímto žádá:\n"
            "1) o přístup k výsledkům voleb ve formátu XML – produkční adresy 192.0.2.90,\n"
            "   192.0.2.91 a 192.0.2.92, testovací adresa 192.0.2.99;\n"
            "2) o povolení natáčet na přebíracím místě v Brně.\n\n"
            "Kontaktní osoba: Lucie Marková, vedoucí zpravodajství, tel. 543 555 777.\n\n"
            "S úctou\n"
            "Lucie Marková\n\n"
            "P.S. Právě mi kolegové potvrdili, že štáb bude ten večer ve studiu, takže bod 2)\n"
            "prosím berte jako bezpředmětný – o natáčení nakonec nežádáme.\n"
        ),
    },
]
