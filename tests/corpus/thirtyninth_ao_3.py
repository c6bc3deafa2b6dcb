"""Thirty-ninth held-out part ``ao``, cases ao029–ao042: a Slovak sole trader with a /30 test
block, a British university centre's long English letter with IPv6 production addresses, a
Danish daily, an IT contractor's mail full of version numbers and ports, a small town's data
message with a written range, a correction of a test address, a photo agency with two people
signing, a Norwegian crew that only films, a Gmail table of IPv4 and IPv6 by role, a one-line
note after a phone call, a feed request withdrawn in favour of filming, a data message with the
application in its annotation, a German studio's netmask and a contractor's XLSX with a replaced
address. Written by hand apart from the extraction rules (see make_thirtyninth_ao); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyninth_ao_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I32, I32C, I33 = ico("5104873"), ico("2817364"), ico("0612849"), ico("0028371")
I34, I35, I37, I38 = ico("2641058"), ico("2719064"), ico("0475932"), ico("2280517")
I39, I40, I42, I42C = ico("2903148"), ico("2487105"), ico("2630917"), ico("0847261")

CASES: list[dict[str, Any]] = [
    {
        "id": "ao029-slovak-sole-trader-test-block",
        "description": "Slovak sole trader writing Slovak: name and trade name joined by a "
        "dash; production single, test as a /30 block; both types",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED, FILM],
            "Peter Hrnčiar – PH Video",
            I29,
            None,
            ["192.0.2.100"],
            ["192.0.2.104", "192.0.2.105", "192.0.2.106", "192.0.2.107"],
            "Peter Hrnčiar",
            "peter@phvideo.example",
            "+421948277015",
        ),
        "from": "Peter Hrnčiar <peter@phvideo.example>",
        "subject": "žiadosť – XML výsledky + natáčanie",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            f"som živnostník (Peter Hrnčiar – PH Video, IČO {I29}) a pre slovenský "
            "spravodajský web robím živé spracovanie českých volieb. Chcel by som požiadať "
            "o prístup k výsledkom vo formáte XML a zároveň o povolenie natáčať na zbernom "
            "mieste ČSÚ v Brne.\n\n"
            "produkčná IP: 192.0.2.100\n"
            "testovacie: 192.0.2.104/30 (virtuálky v cloude)\n\n"
            "Kontakt: Peter Hrnčiar, +421 948 277 015\n\n"
            "Ďakujem pekne\nPeter\n"
        ),
    },
    {
        "id": "ao030-uk-university-centre-long-letter",
        "description": "long English letter from a university research centre (the university "
        "applies), IPv6 production addresses, testing from production, a grant number",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "University of East Wessex",
            None,
            None,
            ["2001:db8:77::10", "2001:db8:77::11"],
            [],
            "Aisling Murphy",
            "a.murphy@eastwessex.example",
            "+447700900412",
        ),
        "from": "Dr Aisling Murphy <a.murphy@eastwessex.example>",
        "subject": "Request for access to live election results (research, University of "
        "East Wessex)",
        "headers": OWA,
        "body": (
            "Dear colleagues at the Czech Statistical Office,\n\n"
            "I am writing on behalf of the Centre for Comparative Electoral Studies at the "
            "University of East Wessex. For the past four years our centre has been running "
            "a research project (grant ES/V014288/1) on how results are reported on election "
            "night across Central Europe, and this autumn we would like to include the Czech "
            "elections in our live data collection.\n\n"
            "We therefore respectfully request access to the XML results server on behalf of "
            "the University of East Wessex. Our collector runs on two hosts, reachable only "
            "via IPv6: 2001:db8:77::10 and 2001:db8:77::11. We do not operate a separate test "
            "environment and would test from these same hosts.\n\n"
            "We do not require permission to film or record at your collection points; our "
            "interest is purely in the data.\n\n"
            "The contact person for this request is myself. I can be reached at "
            "a.murphy@eastwessex.example or on my mobile, +44 7700 900412; the Centre's "
            "office (+44 1632 960 118) can also pass on messages.\n\n"
            "Thank you very much for considering our request. We would of course be happy to "
            "share our findings with the Office once the project is complete.\n\n"
            "Yours faithfully,\n\nDr Aisling Murphy\nSenior Research Fellow\n"
            "Centre for Comparative Electoral Studies\nUniversity of East Wessex\n"
        ),
    },
    {
        "id": "ao031-danish-daily-backup-film",
        "description": "Danish daily in Danish: production, backup (production) and test "
        "servers, and a filming request",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Vestjysk Dagblad A/S",
            None,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.169"],
            "Mette Kjærgaard",
            "mk@vestjyskdagblad.example",
            "+4520148837",
        ),
        "from": "Mette Kjærgaard <mk@vestjyskdagblad.example>",
        "subject": "Ansøgning om adgang til valgresultater (XML) og filmtilladelse",
        "headers": APPLE,
        "body": (
            "Kære ČSÚ,\n\n"
            "Vestjysk Dagblad A/S (CVR 31 84 72 10) dækker valget i Tjekkiet og ansøger om "
            "adgang til valgresultaterne i XML-format.\n\n"
            "Produktionsserver: 203.0.113.160\n"
            "Backupserver: 203.0.113.161\n"
            "Testserver: 203.0.113.169\n\n"
            "Vi vil også gerne have tilladelse til at filme på jeres indsamlingssted i Prag "
            "på valgnatten (en journalist og en fotograf).\n\n"
            "Kontaktperson: Mette Kjærgaard, tlf. +45 20 14 88 37\n\n"
            "Venlig hilsen\nMette Kjærgaard\nudlandsredaktør\n"
        ),
    },
    {
        "id": "ao032-contractor-versions-ports",
        "description": "an IT contractor writes for a daily; version numbers, a port, TLS and "
        "a date near the addresses; the daily's named person is the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Deník Podluží s.r.o.",
            I32,
            None,
            ["198.51.100.50", "198.51.100.51"],
            ["198.51.100.59"],
            "Jiří Straka",
            "straka@denikpodluzi.example",
            "+420606512377",
        ),
        "from": "Martin Ryšánek <rysanek@netcare.example>",
        "subject": "Deník Podluží – žádost o přístup k XML (technické údaje)",
        "headers": TBIRD,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "jako správce IT pro Deník Podluží s.r.o. (IČO "
            f"{I32}) posílám jejich žádost o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Technické údaje:\n"
            "- stahovač: naše aplikace VolbyFetch verze 2.4.1.7 (Python 3.12.4), HTTPS na "
            "port 8443, TLS 1.3\n"
            "- produkční servery: 198.51.100.50, 198.51.100.51\n"
            "- testovací server: 198.51.100.59 (k dispozici od 15.9.2026)\n\n"
            "Kontaktní osobou za redakci je pan Jiří Straka, straka@denikpodluzi.example, "
            "606 512 377. Technické dotazy klidně na mě.\n\n"
            "S pozdravem\nMartin Ryšánek\nNetCare s.r.o., IČO "
            f"{I32C}\nBřeclav, tel. 519 322 640\n"
        ),
    },
    {
        "id": "ao033-databox-small-town-pdf-range",
        "description": "a small town's data message: the annotation names the matter, the PDF "
        "letter gives a written range, the contact and the office's own IDs in the address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Městys Kunštát nad Svitavou",
            I33,
            "mk3ns9p",
            ["203.0.113.130", "203.0.113.131", "203.0.113.132"],
            [],
            "Hana Kalábová",
            "kalabova@kunstatns.example",
            "+420516470288",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – Městys Kunštát nad Svitavou",
        "databox": {
            "box": "mk3ns9p",
            "sender": "Městys Kunštát nad Svitavou",
            "address": "Náměstí 1, 679 72 Kunštát nad Svitavou",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_volby_mestys.pdf",
                [
                    "Městys Kunštát nad Svitavou, Náměstí 1, 679 72 Kunštát nad Svitavou",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
                    "IČO 00025593, datová schránka 2gfaasy",
                    "Č. j.: MKS/412/2026",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    f"Městys Kunštát nad Svitavou (IČO {I33}) vydává elektronický zpravodaj a "
                    "žádá o zřízení přístupu k výsledkům voleb ve formátu XML z adres "
                    "203.0.113.130 až 203.0.113.132. Testovací adresu nemáme. Natáčení "
                    "nepožadujeme.",
                    "Kontaktní osoba: Hana Kalábová, matrika a správa webu, tel. 516 470 288, "
                    "kalabova@kunstatns.example",
                    "Ing. Jan Doležel, starosta",
                ],
            )
        ],
    },
    {
        "id": "ao034-correction-test-typo",
        "description": "a test address with a typo corrected further down the same mail "
        "(iso-8859-2)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Ještěd s.r.o.",
            I34,
            None,
            ["198.51.100.70"],
            ["198.51.100.78"],
            "Daniel Kubíček",
            "kubicek@radiojested.example",
            "+420485100377",
        ),
        "from": "Daniel Kubíček <kubicek@radiojested.example>",
        "subject": "Žádost o přístup k XML – Rádio Ještěd",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Ještěd s.r.o., IČO {I34}, žádá o přístup k výsledkům voleb ve "
            "formátu XML.\n\n"
            "produkční: 198.51.100.70\n"
            "testovací: 198.51.100.77\n\n"
            "Kontakt: Daniel Kubíček, 485 100 377\n\n"
            "Oprava - testovací adresa není 198.51.100.77, ale 198.51.100.78, omlouvám se "
            "za překlep.\n\n"
            "Daniel Kubíček\n"
        ),
    },
    {
        "id": "ao035-photo-agency-two-signers",
        "description": "a photo agency's mail signed by two people; the text names the second "
        "as the contact; feed and filming, no test address",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Obrazová agentura Fotopress s.r.o.",
            I35,
            None,
            ["192.0.2.50", "192.0.2.51"],
            [],
            "Jakub Vrána",
            "vrana@fotopress.example",
            "+420731209845",
        ),
        "from": "Eva Kosová <kosova@fotopress.example>",
        "subject": "Fotopress – žádost o přístup k výsledkům a o povolení fotografovat",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            f"Obrazová agentura Fotopress s.r.o. (IČO {I35}) žádá o:\n"
            "a) přístup k výsledkům voleb ve formátu XML pro náš popiskový systém – adresy "
            "192.0.2.50 a 192.0.2.51 (obě produkční, test nepotřebujeme),\n"
            "b) povolení fotografovat a natáčet na sběrném místě v Praze.\n\n"
            "Kontaktní osobou bude kolega Jakub Vrána (podpis níže).\n\n"
            "S pozdravem\n\n"
            "Eva Kosová, ředitelka | +420 224 810 600 | kosova@fotopress.example\n"
            "Jakub Vrána, vedoucí produkce | +420 731 209 845 | vrana@fotopress.example\n"
        ),
    },
    {
        "id": "ao036-norwegian-film-only",
        "description": "Norwegian broadcaster in Norwegian: filming only, XML access "
        "explicitly not needed",
        "style": Style.DECLINED,
        "labels": L(
            [FILM],
            "Fjordkanalen AS",
            None,
            None,
            [],
            [],
            "Ingrid Solberg",
            "ingrid.solberg@fjordkanalen.example",
            "+4791234567",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@fjordkanalen.example>",
        "subject": "Søknad om filmtillatelse – valgnatten i Praha",
        "headers": IPHONE,
        "cte": "base64",
        "body": (
            "Hei,\n\n"
            "Fjordkanalen AS (org.nr. 918 442 107) lager en reportasje om valget i Tsjekkia. "
            "Vi ønsker kun å filme på innsamlingsstedet deres i Praha på valgnatten; vi "
            "trenger ikke tilgang til XML-dataene.\n\n"
            "Kontaktperson: Ingrid Solberg, +47 912 34 567\n\n"
            "Vennlig hilsen\nIngrid Solberg\nprodusent\n\nSendt fra min iPhone\n"
        ),
    },
    {
        "id": "ao037-gmail-table-ipv4-ipv6-by-role",
        "description": "HTML-only Gmail table: roles as columns, IPv4 and IPv6 as rows",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Ostravské listy s.r.o.",
            I37,
            None,
            ["203.0.113.200", "2001:db8:5::200"],
            ["203.0.113.201", "2001:db8:5::201"],
            "Radka Onderková",
            "onderkova@ostravskelisty.example",
            "+420597014662",
        ),
        "from": "Radka Onderková <onderkova@ostravskelisty.example>",
        "subject": "Ostravské listy – žádost o XML s výsledky voleb",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            f"<div>Ostravské listy s.r.o., IČO {I37}, žádají o přístup k výsledkům voleb "
            "ve formátu XML. Adresy:</div><div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tbody><tr><th></th><th>Produkce</th><th>Test</th></tr>"
            "<tr><td>IPv4</td><td>203.0.113.200</td><td>203.0.113.201</td></tr>"
            "<tr><td>IPv6</td><td>2001:db8:5::200</td><td>2001:db8:5::201</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Kontakt: Radka Onderková, 597 014 662</div><div><br></div>"
            '<div>Děkuji</div><div>--</div><div dir="ltr">Radka Onderková<br>'
            "datová redakce, Ostravské listy</div></div>"
        ),
    },
    {
        "id": "ao038-one-line-after-phone-call",
        "description": "a one-line note after a phone call: '(prod)', 'test žádný'; "
        "publisher an association, title named too",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Šumavský Hlasatel z.s.",
            I38,
            None,
            ["203.0.113.199"],
            [],
            "Josef Hrubý",
            "hruby@hlasatelsumavy.example",
            "+420731660215",
        ),
        "from": "Josef Hrubý <hruby@hlasatelsumavy.example>",
        "subject": "dle tel. hovoru",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Jak jsme se dnes domluvili po telefonu: 203.0.113.199 (prod), test žádný. "
            f"Hlasatel Šumavy, vydává Šumavský Hlasatel z.s., IČO {I38}. Josef Hrubý, "
            "731 660 215\n"
        ),
    },
    {
        "id": "ao039-feed-withdrawn-film-stays",
        "description": "the feed asked for earlier is withdrawn; only filming remains; the "
        "earlier addresses are to be ignored",
        "style": Style.WITHDRAWN,
        "labels": L(
            [FILM],
            "Studio Polabí s.r.o.",
            I39,
            None,
            [],
            [],
            "Tereza Vondrová",
            "vondrova@studiopolabi.example",
            "+420725118064",
        ),
        "from": "Tereza Vondrová <vondrova@studiopolabi.example>",
        "subject": "Studio Polabí – změna žádosti",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"za Studio Polabí s.r.o. (IČO {I39}) upravuji naši žádost z minulého týdne. "
            "Původně jsme chtěli i přístup k XML, ale to už nepotřebujeme – výsledky nám "
            "dodá agentura. Adresy 198.51.100.140 a 198.51.100.141, které jsem posílala, tedy "
            "prosím neřešte.\n\n"
            "Žádáme tedy jen o povolení natáčet na sběrném místě v Kolíně ve volební noc "
            "(redaktorka a kameraman).\n\n"
            "Kontakt zůstává: Tereza Vondrová, 725 118 064\n\n"
            "Děkuji a omlouvám se za zmatek\nTereza Vondrová\nprodukce\n"
        ),
    },
    {
        "id": "ao040-databox-annotation-range-extract",
        "description": "data message: the whole application in the annotation with a short "
        "range, the attached file an extract from the commercial register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jesenický týden s.r.o.",
            I40,
            "jt6bx4e",
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.32"],
            "Ivo Bárta",
            "barta@jesenickytyden.example",
            "+420736118420",
        ),
        "subject": (
            f"Jesenický týden s.r.o., IČO {I40}: žádost o XML výsledky voleb. Prod. "
            "192.0.2.30-31, test 192.0.2.32. Kontakt Ivo Bárta, 736 118 420, "
            "barta@jesenickytyden.example"
        ),
        "databox": {
            "box": "jt6bx4e",
            "sender": "Jesenický týden s.r.o.",
            "address": "Lipovská 20, 790 01 Jeseník",
        },
        "attachments": [
            (
                "txt",
                "vypis_OR.txt",
                "Výpis z obchodního rejstříku\n"
                "Spisová značka: C 61204 vedená u Krajského soudu v Ostravě\n"
                "Obchodní firma: Jesenický týden s.r.o.\n"
                "Sídlo: Lipovská 20, 790 01 Jeseník\n"
                f"Identifikační číslo: {I40[:3]} {I40[3:6]} {I40[6:]}\n"
                "Předmět podnikání: vydavatelské činnosti\n"
                "Jednatel: Ivo Bárta\n",
            )
        ],
    },
    {
        "id": "ao041-german-studio-netmask",
        "description": "a German TV studio in Prague writes German with a Czech phone: "
        "address with a netmask (a /30 block), no test system, filming too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Rhein-Main Fernsehen GmbH",
            None,
            None,
            ["198.51.100.160", "198.51.100.161", "198.51.100.162", "198.51.100.163"],
            [],
            "Sabine Kühn",
            "s.kuehn@rmf-tv.example",
            "+420603118552",
        ),
        "from": "Sabine Kühn <s.kuehn@rmf-tv.example>",
        "subject": "Studio Prag: Zugang zu Wahlergebnissen und Drehgenehmigung",
        "headers": ROUNDCUBE,
        "body": (
            "Guten Tag,\n\n"
            "das Studio Prag der Rhein-Main Fernsehen GmbH beantragt für die Wahlnacht:\n"
            "1. den Zugang zu den Wahlergebnissen im XML-Format aus dem Netz "
            "198.51.100.160 Netzmaske 255.255.255.252 (unsere Übertragungswagen),\n"
            "2. eine Drehgenehmigung für die Sammelstelle des ČSÚ in Prag.\n\n"
            "Ein separates Testsystem haben wir nicht.\n\n"
            "Ansprechpartnerin vor Ort: Sabine Kühn, +420 603 118 552\n\n"
            "Viele Grüße\nSabine Kühn\nStudioleiterin Prag\nRhein-Main Fernsehen GmbH\n"
            "Tel. Zentrale Mainz +49 6131 580 0\n"
        ),
    },
    {
        "id": "ao042-contractor-xlsx-replaced-address",
        "description": "a contractor's XLSX with a status column: one production address "
        "'zrušeno – nahrazeno', the colleague named in the mail is the contact",
        "style": Style.REPLACED,
        "labels": L(
            [FEED],
            "Krušnohorský deník s.r.o.",
            I42,
            None,
            ["203.0.113.15", "203.0.113.16"],
            ["203.0.113.25"],
            "Tereza Holá",
            "hola@datahrad.example",
            "+420734520917",
        ),
        "from": "Michal Kazda <kazda@datahrad.example>",
        "subject": "Krušnohorský deník – adresy pro XML výsledky voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "za našeho klienta Krušnohorský deník s.r.o. (IČO "
            f"{I42}) žádáme o přístup k výsledkům voleb ve formátu XML. Adresy jsou v "
            "přiložené tabulce, platí jen řádky se stavem „aktivní“.\n\n"
            "Kontaktní osobou bude kolegyně Tereza Holá (hola@datahrad.example, "
            "734 520 917), která má volby na starosti.\n\n"
            "S pozdravem\nMichal Kazda\nDataHrad s.r.o., IČO "
            f"{I42C}, Chomutov\ntel. 474 650 118\n"
        ),
        "attachments": [
            (
                "xlsx",
                "KD_adresy_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP adresa", "Stav", "Poznámka"],
                            ["produkce", "203.0.113.5", "zrušeno – nahrazeno", "starý server"],
                            ["produkce", "203.0.113.15", "aktivní", "nový server"],
                            ["produkce", "203.0.113.16", "aktivní", "záloha"],
                            ["test", "203.0.113.25", "aktivní", ""],
                        ],
                    }
                ],
            )
        ],
    },
]
