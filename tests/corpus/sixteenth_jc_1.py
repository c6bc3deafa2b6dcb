"""Sixteenth held-out part ``jc``, cases jc001–jc014: foreign media, a freelancer, a
university, a town, contractors, corrected and NAT-ed addresses, a data message."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.sixteenth_jc_common import FEED, FILM, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "jc001-leipzig-tv-german",
        "description": "German regional TV writes entirely in German; test server named 'Testsystem'",
        "style": Style.FOREIGN,
        "from": "Dr. Katrin Weißenfels <k.weissenfels@mdfv.example>",
        "subject": "Antrag auf Zugang zum XML-Datendienst der Wahlergebnisse",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Mitteldeutscher Fernsehverbund GmbH mit Sitz in Leipzig berichtet auch über die\n"
            "Wahlen in der Tschechischen Republik. Für unsere Live-Grafik beantragen wir hiermit\n"
            "den Zugang zum XML-Datendienst mit den Wahlergebnissen.\n\n"
            "Unsere Produktionsserver greifen von folgenden Adressen zu:\n"
            "  - 203.0.113.145\n"
            "  - 203.0.113.146\n"
            "Das Testsystem hat die Adresse 203.0.113.150.\n\n"
            "Für Rückfragen stehe ich Ihnen gern zur Verfügung (Durchwahl +49 341 5550 1234).\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Dr. Katrin Weißenfels\n"
            "Leiterin Datenredaktion\n"
            "Mitteldeutscher Fernsehverbund GmbH\n"
            "Augustusplatz 9, 04109 Leipzig\n"
        ),
        "labels": L(
            [FEED],
            "Mitteldeutscher Fernsehverbund GmbH",
            None,
            None,
            ["203.0.113.145", "203.0.113.146"],
            ["203.0.113.150"],
            "Katrin Weißenfels",
            "k.weissenfels@mdfv.example",
            "+4934155501234",
        ),
    },
    {
        "id": "jc002-krakow-radio-polish-cidr",
        "description": "Polish radio, Polish with English technical lines; production given as a /30",
        "style": Style.FOREIGN,
        "from": "Agnieszka Wróbel <a.wrobel@radiokw.example>",
        "subject": "Wniosek / request: election results XML feed",
        "body": (
            "Dzień dobry,\n\n"
            "nazywam się Agnieszka Wróbel i jestem kierowniczką działu technicznego w Radio\n"
            "Kraków Wschód sp. z o.o. Chcielibyśmy uzyskać dostęp do serwera z wynikami wyborów\n"
            "w formacie XML (election results feed).\n\n"
            "Technical details (in English for your IT colleagues):\n"
            "Production network: 203.0.113.16/30 (all four hosts may connect)\n"
            "No separate test environment.\n\n"
            "Kontakt: ja, tel. +48 12 555 01 77, e-mail jak wyżej.\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróbel\n"
            "Radio Kraków Wschód sp. z o.o.\n"
        ),
        "labels": L(
            [FEED],
            "Radio Kraków Wschód sp. z o.o.",
            None,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@radiokw.example",
            "+48125550177",
        ),
    },
    {
        "id": "jc003-photographer-no-diacritics",
        "description": "freelance photographer without diacritics asks only to film; no feed",
        "style": Style.FREELANCER,
        "from": "Tomas Kratochvil <tomas.kratochvil@fotomail.example>",
        "subject": "povoleni fotit a natacet ve volebnich mistnostech",
        "flowed": True,
        "body": (
            "Dobry den,\n\n"
            "jsem nezavisly fotograf (OSVC, ICO 27418839) a pro agenturni servis bych rad\n"
            "nafotil a natocil kratke video na nekolika sbernych mistech CSU behem scitani\n"
            "hlasu. O pristup k datovemu feedu nezadam, jde mi jen o povoleni k nataceni.\n\n"
            "Dosazitelny jsem na 777 123 456.\n\n"
            "Diky a zdravim\n"
            "Tomas Kratochvil\n"
        ),
        "labels": L(
            [FILM],
            "Tomas Kratochvil",
            "27418839",
            None,
            [],
            [],
            "Tomas Kratochvil",
            "tomas.kratochvil@fotomail.example",
            "+420777123456",
        ),
    },
    {
        "id": "jc004-university-range-pdf",
        "description": "university institute, letter as PDF; production as a dash range, degrees",
        "style": Style.UNIVERSITY,
        "from": "Petra Holubova <holubova@ff.stredoceska-univerzita.example>",
        "subject": "Žádost Ústavu politologie o přístup k výsledkům voleb",
        "body": (
            "Dobrý den,\n\nv příloze zasílám podepsanou žádost našeho ústavu. "
            "Děkuji za vyřízení.\n\nP. Holubová\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_UPOL_volby.pdf",
                [
                    "Středočeská univerzita v Kladně\nFilozofická fakulta – Ústav politologie\n"
                    "nám. Starosty Pavla 4, 272 01 Kladno\nIČO: 00299791",
                    "Věc: Žádost o zpřístupnění XML výstupu s výsledky voleb",
                    "Ústav politologie pořádá v noci po volbách veřejný výzkumný seminář, na kterém "
                    "budeme výsledky průběžně analyzovat. Žádáme proto o přístup k datovému výstupu "
                    "s výsledky voleb pro náš výpočetní server.",
                    {
                        "rows": [
                            ["Účel", "IP adresy"],
                            ["produkční", "198.51.100.40 – 198.51.100.43"],
                            ["testovací", "198.51.100.50"],
                        ],
                        "widths": [120, 260],
                    },
                    "Kontaktní osoba: doc. Ing. Petra Holubová, Ph.D., tel. 312 555 480, "
                    "holubova@ff.stredoceska-univerzita.example",
                    "prof. PhDr. Vladimír Kouba, CSc.\nvedoucí ústavu",
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Středočeská univerzita v Kladně",
            "00299791",
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["198.51.100.50"],
            "Petra Holubová",
            "holubova@ff.stredoceska-univerzita.example",
            "+420312555480",
        ),
    },
    {
        "id": "jc005-town-tv-press-officer",
        "description": "a town runs its own TV; the mayor signs, the press officer is the contact",
        "style": Style.MUNICIPAL,
        "from": "Podatelna MěÚ Kostelec <podatelna@kostelec-ul.example>",
        "subject": "Město Kostelec u Lipové – žádost o přístup k volebním datům",
        "body": (
            "Vážení,\n\n"
            "Město Kostelec u Lipové, IČO 45312770, provozuje místní kabelovou Kosteleckou\n"
            "televizi, která ve volební noci vysílá speciál s výsledky z regionu. Žádáme o\n"
            "zřízení přístupu k XML službě s výsledky voleb pro adresy 192.0.2.77 a 192.0.2.78\n"
            "(obě produkční, testovací prostředí nemáme).\n\n"
            "Kontaktní osobou je tisková mluvčí města Mgr. Jana Dvořáková,\n"
            "jana.dvorakova@kostelec-ul.example, tel. +420 566 123 401 (přímá linka).\n\n"
            "S pozdravem\n\n"
            "Ing. Miroslav Beneš\n"
            "starosta\n"
            "tel. ústředna 566 123 400\n"
        ),
        "labels": L(
            [FEED],
            "Město Kostelec u Lipové",
            "45312770",
            None,
            ["192.0.2.77", "192.0.2.78"],
            [],
            "Jana Dvořáková",
            "jana.dvorakova@kostelec-ul.example",
            "+420566123401",
        ),
    },
    {
        "id": "jc006-contractor-netmask",
        "description": "an IT contractor applies for a publisher; production as address + netmask",
        "style": Style.CONTRACTOR,
        "from": "Ondřej Paleček <palecek@dataweave.example>",
        "subject": "Přístup k XML výsledkům – Vydavatelství Horizont a.s.",
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel IT služeb pro Vydavatelství Horizont a.s. (IČO 07126450) a na základě\n"
            "jejich pověření (plnou moc doložíme na vyžádání) podáváme za vydavatelství žádost o\n"
            "přístup k volebnímu XML feedu pro jejich zpravodajský web.\n\n"
            "Produkce: síť 203.0.113.64, maska 255.255.255.252\n"
            "Test: 203.0.113.70\n\n"
            "Kontaktní osobou pro tuto žádost jsem já: Ondřej Paleček, DataWeave Solutions s.r.o.,\n"
            "mobil 604 987 321.\n\n"
            "Děkuji,\nOndřej Paleček\n"
        ),
        "labels": L(
            [FEED],
            "Vydavatelství Horizont a.s.",
            "07126450",
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.70"],
            "Ondřej Paleček",
            "palecek@dataweave.example",
            "+420604987321",
        ),
    },
    {
        "id": "jc007-hungarian-portal-ipv6",
        "description": "Hungarian news portal in English; IPv6 and IPv4 production, IPv6 test",
        "style": Style.FOREIGN,
        "from": "Szabó Bence <bence.szabo@hirpont.example>",
        "subject": "Access request - Czech election results feed",
        "html": (
            "<html><body><p>Dear Sir or Madam,</p>"
            "<p>Hírpont Media Kft. (Budapest) would like to display live Czech election results "
            "and kindly requests access to your XML results feed.</p>"
            "<p><b>Production:</b><br>2001:db8:4a1::10<br>2001:db8:4a1::11<br>198.51.100.201</p>"
            "<p><b>Testing:</b> 2001:db8:4a1::200</p>"
            "<p>I am the contact person for this request: Bence Szabó, "
            "phone +36 1 555 0192.</p>"
            "<p>Best regards,<br>Bence Szabó<br>Head of Development, Hírpont Media Kft.</p>"
            "</body></html>"
        ),
        "labels": L(
            [FEED],
            "Hírpont Media Kft.",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11", "198.51.100.201"],
            ["2001:db8:4a1::200"],
            "Bence Szabó",
            "bence.szabo@hirpont.example",
            "+3615550192",
        ),
    },
    {
        "id": "jc008-slovak-agency-both",
        "description": "Slovak press agency asks for both; production as 'až' range, no test",
        "style": Style.AGENCY,
        "from": "Ľubica Hrušovská <hrusovska@tasstred.example>",
        "subject": "Žiadosť o prístup k dátam a povolenie na nakrúcanie",
        "body": (
            "Dobrý deň,\n\n"
            "Tlačová agentúra Stred, a.s., IČO: 26034191, si dovoľuje požiadať o:\n"
            "1) prístup k XML výstupu s výsledkami volieb – servery 192.0.2.10 až 192.0.2.12,\n"
            "   testovacie prostredie nepoužívame;\n"
            "2) povolenie nakrúcať v priestoroch zberného miesta ČSÚ v Brne počas spracovania.\n\n"
            "Kontaktná osoba: Ľubica Hrušovská, tel. +421 905 123 456\n\n"
            "S pozdravom\nĽubica Hrušovská\nvedúca spravodajstva\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Tlačová agentúra Stred, a.s.",
            "26034191",
            None,
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            [],
            "Ľubica Hrušovská",
            "hrusovska@tasstred.example",
            "+421905123456",
        ),
    },
    {
        "id": "jc009-italian-filming-dropped",
        "description": "Italian daily, Italian and English; filming mentioned then explicitly not needed",
        "style": Style.FOREIGN,
        "from": "Marco Bellandi <m.bellandi@gazzettinoalpino.example>",
        "subject": "Richiesta accesso dati elettorali / results feed",
        "body": (
            "Buongiorno,\n\n"
            "scrivo per conto de Il Gazzettino Alpino S.r.l. (Trento). In un primo momento\n"
            "pensavamo di chiedere anche il permesso di girare nei centri di raccolta, ma non\n"
            "sarà necessario: chiediamo soltanto l'accesso al feed XML dei risultati.\n\n"
            "In English: production server 198.51.100.61, test server 198.51.100.62.\n\n"
            "Referente: Marco Bellandi, tel. +39 0461 555 812\n\n"
            "Cordiali saluti,\nMarco Bellandi\n"
        ),
        "labels": L(
            [FEED],
            "Il Gazzettino Alpino S.r.l.",
            None,
            None,
            ["198.51.100.61"],
            ["198.51.100.62"],
            "Marco Bellandi",
            "m.bellandi@gazzettinoalpino.example",
            "+390461555812",
        ),
    },
    {
        "id": "jc010-regional-daily-corrected-ip",
        "description": "a follow-up corrects a mistyped production address from the first mail",
        "style": Style.CORRECTION,
        "from": "Pavel Souček <soucek@jihlavskelisty.example>",
        "subject": "Re: Žádost o přístup k XML s výsledky voleb – OPRAVA adresy",
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, v žádosti níže jsem se přepsal. Místo 198.51.100.19 má být správně\n"
            "198.51.100.91. Ostatní údaje platí.\n\n"
            "Pavel Souček\n\n"
            "-----Původní zpráva-----\n"
            "Od: Pavel Souček\n"
            "Předmět: Žádost o přístup k XML s výsledky voleb\n\n"
            "Dobrý den,\n"
            "za společnost Jihlavské listy s.r.o., IČO 61908240, žádám o přístup k XML službě.\n"
            "Produkční adresy: 198.51.100.19, 198.51.100.92\n"
            "Testovací adresa: 198.51.100.99\n"
            "Kontakt: Pavel Souček, tel. 603 555 210\n"
        ),
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            "61908240",
            None,
            ["198.51.100.91", "198.51.100.92"],
            ["198.51.100.99"],
            "Pavel Souček",
            "soucek@jihlavskelisty.example",
            "+420603555210",
        ),
    },
    {
        "id": "jc011-radio-nat-internal-hosts",
        "description": "terse technician lists internal NAT hosts and the public addresses they leave by",
        "style": Style.TERSE,
        "from": "Jiří Hanák <hanak@radiopodhuri.example>",
        "subject": "xml feed volby - Rádio Podhůří",
        "body": (
            "Dobrý den,\n\n"
            "žádáme o přístup k XML feedu s výsledky. Rádio Podhůří, spol. s r.o., IČO 05037514.\n\n"
            "Naše stroje jsou za NATem (interně 10.0.5.11 a 10.0.5.12), ven jdou přes veřejnou\n"
            "adresu 192.0.2.200 - tu prosím povolte pro ostrý provoz. Testovací stroj chodí ven\n"
            "přes 192.0.2.201.\n\n"
            "Jiří Hanák, technik\nmob. 739 111 222\n"
        ),
        "labels": L(
            [FEED],
            "Rádio Podhůří, spol. s r.o.",
            "05037514",
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Jiří Hanák",
            "hanak@radiopodhuri.example",
            "+420739111222",
        ),
    },
    {
        "id": "jc012-french-agency-filming",
        "description": "French agency writes in French; only a filming permit (tournage)",
        "style": Style.FOREIGN,
        "from": "Claire Fontanel <c.fontanel@apre-lyon.example>",
        "subject": "Demande d'autorisation de tournage - élections tchèques",
        "body": (
            "Madame, Monsieur,\n\n"
            "L'Agence Presse Rhône-Europe SA souhaite réaliser un reportage sur le dépouillement\n"
            "des élections en République tchèque. Nous sollicitons l'autorisation de filmer dans\n"
            "l'un de vos centres de collecte des résultats à Prague, le soir du scrutin.\n"
            "Nous n'avons pas besoin d'accès aux données.\n\n"
            "Notre équipe comptera deux personnes (journaliste et caméraman).\n"
            "Contact : Claire Fontanel, +33 4 72 55 01 33\n\n"
            "Veuillez agréer mes salutations distinguées.\n\nClaire Fontanel\n"
        ),
        "labels": L(
            [FILM],
            "Agence Presse Rhône-Europe SA",
            None,
            None,
            [],
            [],
            "Claire Fontanel",
            "c.fontanel@apre-lyon.example",
            "+33472550133",
        ),
    },
    {
        "id": "jc013-swedish-cidr-test",
        "description": "Swedish outlet in English with Swedish sign-off; /30 production, one test host",
        "style": Style.FOREIGN,
        "from": '"Ekström, Lars" <lars.ekstrom@valbevakning.example>',
        "subject": "Request for access: election results XML (Nordisk Valbevakning AB)",
        "body": (
            "Hej,\n\n"
            "Nordisk Valbevakning AB covers European elections for Nordic newsrooms. We would\n"
            "like to request access to your XML results service.\n\n"
            "Prod: 198.18.4.8/30\n"
            "Test: 198.18.4.20\n\n"
            "Contact: Lars Ekström, +46 8 555 123 40\n\n"
            "Med vänliga hälsningar / Kind regards\nLars Ekström\n"
        ),
        "labels": L(
            [FEED],
            "Nordisk Valbevakning AB",
            None,
            None,
            ["198.18.4.8", "198.18.4.9", "198.18.4.10", "198.18.4.11"],
            ["198.18.4.20"],
            "Lars Ekström",
            "lars.ekstrom@valbevakning.example",
            "+46855512340",
        ),
    },
    {
        "id": "jc014-institute-databox-txt",
        "description": "research institute sends a data message with a TXT application",
        "style": Style.DATABOX,
        "databox": {
            "box": "k7m2qpa",
            "sender": "Výzkumný ústav regionální žurnalistiky, v. v. i.",
            "address": "Údolní 12, 602 00 Brno",
        },
        "subject": "Žádost o přístup k výsledkům voleb (XML)",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Výzkumný ústav regionální žurnalistiky, v. v. i.\n"
                "IČO 28553128, datová schránka k7m2qpa\n\n"
                "Žádáme o přístup k XML výstupu výsledků voleb pro projekt sledování\n"
                "regionálního zpravodajství.\n\n"
                "Adresy pro ostrý provoz: 203.0.113.201, 203.0.113.202\n"
                "Testovací adresy: 203.0.113.210, 203.0.113.211\n\n"
                "Kontaktní osoba: Ing. Radek Musil, tel. +420 541 555 300\n"
                "e-mail: musil@vurz.example\n",
            ),
        ],
        "labels": L(
            [FEED],
            "Výzkumný ústav regionální žurnalistiky, v. v. i.",
            "28553128",
            "k7m2qpa",
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.210", "203.0.113.211"],
            "Radek Musil",
            "musil@vurz.example",
            "+420541555300",
        ),
    },
]
