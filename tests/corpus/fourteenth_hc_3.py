"""Fourteenth held-out part ``hc``, cases hc029–hc042 (see fourteenth_hc_common)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourteenth_hc_common import BOTH, FEED, L, Style, ico

ICO_HANA = ico("2631874")
ICO_SVOBODA = ico("7605212")
ICO_KURYR = ico("4902736")
ICO_BESKYDY = ico("2517739")
ICO_DAM = ico("0863541")
ICO_ZDO = ico("0371958")
ICO_KLZ = ico("2754109")
ICO_USTECKO = ico("2569017")
ICO_KLZ_SPACED = f"{ICO_KLZ[:3]} {ICO_KLZ[3:5]} {ICO_KLZ[5:]}"

CASES: list[dict[str, Any]] = [
    {
        "id": "hc029-austrian-institute-dual-stack",
        "description": "Austrian election research institute in English; production is one "
        "IPv4 and one IPv6 address, test only IPv6",
        "style": Style.UNIVERSITY,
        "from": "Stefan Leitner <s.leitner@donau-institut.example>",
        "subject": "Request: access to the Czech election results XML for research",
        "body": (
            "Dear Madam or Sir,\n\n"
            "the Donau-Institut für Wahlforschung GmbH in Vienna studies election-night "
            "forecasting in Central Europe. For our live model we kindly ask for access to "
            "your XML results service.\n\n"
            "Our collector runs dual-stack:\n"
            "  production  IPv4 198.18.77.1\n"
            "  production  IPv6 2001:db8:77::1\n"
            "  test        IPv6 2001:db8:77::100\n\n"
            "Please direct any questions to me (+43 1 555 22 90).\n\n"
            "Yours sincerely,\n"
            "Dr. Stefan Leitner\n"
            "Senior Researcher\n"
        ),
        "labels": L(
            FEED,
            "Donau-Institut für Wahlforschung GmbH",
            None,
            None,
            ["198.18.77.1", "2001:db8:77::1"],
            ["2001:db8:77::100"],
            "Stefan Leitner",
            "s.leitner@donau-institut.example",
            "+4315552290",
        ),
    },
    {
        "id": "hc030-finnish-mixed-labels",
        "description": "Finnish daily mixes Finnish and English labels (tuotanto/testi); two "
        "test addresses",
        "style": Style.FOREIGN,
        "from": "Mikko Virtanen <mikko.virtanen@pohjolansanomat.example>",
        "subject": "Czech elections - XML access for Pohjolan Sanomat",
        "body": (
            "Hi,\n\n"
            "we are Pohjolan Sanomat Oy, a Finnish daily with a foreign desk covering the Czech "
            "elections. Could we get access to the results XML?\n\n"
            "tuotanto (production): 192.0.2.11\n"
            "testi (test): 192.0.2.12, 192.0.2.13\n\n"
            "Ystävällisin terveisin / kind regards\n"
            "Mikko Virtanen, data journalist\n"
            "+358 40 555 1234\n"
        ),
        "labels": L(
            FEED,
            "Pohjolan Sanomat Oy",
            None,
            None,
            ["192.0.2.11"],
            ["192.0.2.12", "192.0.2.13"],
            "Mikko Virtanen",
            "mikko.virtanen@pohjolansanomat.example",
            "+358405551234",
        ),
    },
    {
        "id": "hc031-signed-regional-tv-both",
        "description": "S/MIME-signed message from a regional TV asking for the feed and for "
        "filming, with a backup server named alongside production",
        "style": Style.SIGNED,
        "smime": True,
        "from": "Kristýna Zemanová <zemanova@tv-hana.example>",
        "subject": "Televize Haná – přístup k výsledkům a natáčení",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Vážení,\n\n"
            f"Televize Haná, s.r.o., IČO {ICO_HANA}, žádá\n"
            "a) o přístup k XML s výsledky voleb – hlavní server 203.0.113.120, záložní "
            "server 203.0.113.121, testovací 203.0.113.125;\n"
            "b) o povolení natáčet sčítání hlasů ve volební místnosti v Olomouci.\n\n"
            "Kontaktní osoba: Kristýna Zemanová, produkce, tel. 585 204 117\n\n"
            "Děkujeme.\n"
            "Kristýna Zemanová\n"
        ),
        "labels": L(
            BOTH,
            "Televize Haná, s.r.o.",
            ICO_HANA,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Kristýna Zemanová",
            "zemanova@tv-hana.example",
            "+420585204117",
        ),
    },
    {
        "id": "hc032-flowed-freelancer-blog",
        "description": "Freelance blogger (OSVČ) in a format=flowed mail whose roles sentence "
        "is soft-wrapped; phone with hyphens",
        "style": Style.GMAIL,
        "flowed": True,
        "from": "Jakub Svoboda <jakub.svoboda.volby@gmail.example>",
        "subject": "Prosba o přístup k XML s výsledky",
        "headers": [("X-Gm-Message-State", "AOJu0YwHcTq2nR8fQ")],
        "body": (
            "Dobrý den,\n\n"
            "provozuji jako OSVČ nekomerční web s volebními mapami (Jakub Svoboda, \n"
            f"IČO {ICO_SVOBODA}) a chtěl bych letos brát výsledky přímo od vás. Můj \n"
            "server 198.51.100.180 by stahoval data v ostrém provozu a na \n"
            "198.51.100.181 mám testovací kopii.\n\n"
            "Díky moc,\n"
            "Jakub Svoboda\n"
            "736-118-250\n"
        ),
        "labels": L(
            FEED,
            "Jakub Svoboda",
            ICO_SVOBODA,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Jakub Svoboda",
            "jakub.svoboda.volby@gmail.example",
            "+420736118250",
        ),
    },
    {
        "id": "hc033-count-and-order",
        "description": "Roles given by count and order: four addresses, the first three "
        "production, the last one test",
        "style": Style.LETTER,
        "from": "Redakce Pražský kurýr <redakce@prazsky-kuryr.example>",
        "subject": "Žádost o přístup k volebnímu XML – Pražský kurýr",
        "body": (
            "Dobrý den,\n\n"
            f"společnost Pražský kurýr, spol. s r.o., IČO {ICO_KURYR}, žádá o přístup "
            "k výsledkům voleb ve formátu XML. Posíláme čtyři adresy; první tři jsou "
            "produkční, poslední je testovací:\n"
            "198.51.100.91, 198.51.100.92, 198.51.100.93, 198.51.100.94\n\n"
            "Kontaktní osoba: Filip Marek, filip.marek@prazsky-kuryr.example, "
            "+420 222 515 740\n\n"
            "S pozdravem\n"
            "redakce Pražského kurýra\n"
        ),
        "labels": L(
            FEED,
            "Pražský kurýr, spol. s r.o.",
            ICO_KURYR,
            None,
            ["198.51.100.91", "198.51.100.92", "198.51.100.93"],
            ["198.51.100.94"],
            "Filip Marek",
            "filip.marek@prazsky-kuryr.example",
            "+420222515740",
        ),
    },
    {
        "id": "hc034-danish-form-checkboxes",
        "description": "Danish media house fills a plain-text form with box characters: feed "
        "ticked, filming unticked",
        "style": Style.FORM,
        "from": "Mette Kjær Jensen <mkj@nordlysmedier.example>",
        "subject": "Application form - election data",
        "body": (
            "APPLICATION\n"
            "Applicant: Nordlys Medier ApS, Aarhus, Denmark\n"
            "Company ID (Czech IČO): n/a\n\n"
            "Requested:\n"
            "  ☒ access to the XML results feed\n"
            "  ☐ permission to film at a polling station\n\n"
            "Production IP address(es): 203.0.113.240\n"
            "Test IP address(es): -\n\n"
            "Contact person: Mette Kjær Jensen\n"
            "E-mail: mkj@nordlysmedier.example\n"
            "Phone: +45 33 55 50 12\n"
        ),
        "labels": L(
            FEED,
            "Nordlys Medier ApS",
            None,
            None,
            ["203.0.113.240"],
            [],
            "Mette Kjær Jensen",
            "mkj@nordlysmedier.example",
            "+4533555012",
        ),
    },
    {
        "id": "hc035-windows-1250-radio-backup",
        "description": "Radio writes in windows-1250; a backup server counts as production",
        "style": Style.OUTLOOK,
        "charset": "windows-1250",
        "headers": [("X-Mailer", "Microsoft Outlook 15.0")],
        "from": "Libor Kubíček <kubicek@radio-beskydy.example>",
        "subject": "Rádio Beskydy - XML výsledky voleb",
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Beskydy, spol. s r.o. (IČO {ICO_BESKYDY}) žádá o přístup k XML "
            "s výsledky voleb.\n\n"
            "Primární server: 192.0.2.40\n"
            "Záložní server: 192.0.2.41\n"
            "Testovací server: 192.0.2.45\n\n"
            "Za technickou stranu ručím já, Libor Kubíček, tel. 558 640 213.\n\n"
            "Libor Kubíček\n"
            "technik vysílání\n"
        ),
        "labels": L(
            FEED,
            "Rádio Beskydy, spol. s r.o.",
            ICO_BESKYDY,
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.45"],
            "Libor Kubíček",
            "kubicek@radio-beskydy.example",
            "+420558640213",
        ),
    },
    {
        "id": "hc036-databox-agency-docx-both",
        "description": "Data message from a news agency with a DOCX whose table has the "
        "roles as column headers; asks for feed and filming",
        "style": Style.DATABOX,
        "databox": {
            "box": "x8t4pz2",
            "sender": "Datová agentura Morava s.r.o.",
            "address": "Masarykova 427/31, 602 00 Brno",
        },
        "subject": "Žádost o přístup k XML a o povolení natáčení",
        "attachments": [
            (
                "docx",
                "zadost_DAM.docx",
                {
                    "blocks": [
                        f"Datová agentura Morava s.r.o., IČO {ICO_DAM}, ID DS x8t4pz2",
                        "Žádáme o zpřístupnění výsledků voleb ve formátu XML a o povolení "
                        "pořizovat videozáznam v jedné brněnské volební místnosti.",
                        {
                            "rows": [
                                ["Produkční IP", "Testovací IP"],
                                ["198.18.50.10", "198.18.50.20"],
                                ["198.18.50.11", ""],
                            ]
                        },
                        "Kontakt: Šárka Pešková, +420 549 123 870, peskova@dam.example",
                    ]
                },
            )
        ],
        "labels": L(
            BOTH,
            "Datová agentura Morava s.r.o.",
            ICO_DAM,
            "x8t4pz2",
            ["198.18.50.10", "198.18.50.11"],
            ["198.18.50.20"],
            "Šárka Pešková",
            "peskova@dam.example",
            "+420549123870",
        ),
    },
    {
        "id": "hc037-irish-contractor-for-czech-portal",
        "description": "Irish IT contractor writes in English for a Czech news portal; the "
        "applicant is the portal's company and its editor-in-chief is the named contact",
        "style": Style.AGENCY,
        "from": "Ciarán O'Brien <ciaran@liffeysystems.example>",
        "subject": "Zprávy Dnes Online - election XML access",
        "body": (
            "Hello,\n\n"
            "Liffey Systems Ltd hosts the election microsite of our client Zprávy Dnes "
            f"Online s.r.o. (IČO {ICO_ZDO}), who is applying for access to your XML results "
            "feed. I am only the hosting provider.\n\n"
            "Production block: 198.51.100.240/30\n"
            "Test: 198.51.100.250\n\n"
            "The contact for this application is the client's editor-in-chief, Mgr. Klára "
            "Šindelářová, klara.sindelarova@zpravydnes.example, +420 603 555 781.\n\n"
            "Regards,\n"
            "Ciarán O'Brien\n"
            "Liffey Systems Ltd, Dublin\n"
        ),
        "labels": L(
            FEED,
            "Zprávy Dnes Online s.r.o.",
            ICO_ZDO,
            None,
            ["198.51.100.240", "198.51.100.241", "198.51.100.242", "198.51.100.243"],
            ["198.51.100.250"],
            "Klára Šindelářová",
            "klara.sindelarova@zpravydnes.example",
            "+420603555781",
        ),
    },
    {
        "id": "hc038-italian-range-in-words",
        "description": "Italian broadcaster writes in Italian with the production range in "
        "words ('dall'indirizzo … all'indirizzo …'), no test environment",
        "style": Style.FOREIGN,
        "from": "Marco Bianchi <marco.bianchi@tgadriatico.example>",
        "subject": "Richiesta di accesso al feed XML dei risultati elettorali",
        "body": (
            "Gentili signori,\n\n"
            "Telegiornale Adriatico S.p.A. chiede l'accesso al feed XML con i risultati delle "
            "elezioni nella Repubblica Ceca.\n\n"
            "I nostri server di produzione vanno dall'indirizzo 203.0.113.100 "
            "all'indirizzo 203.0.113.103 compreso. Non abbiamo un ambiente di test.\n\n"
            "Per informazioni: Marco Bianchi, tel. +39 06 555 0178\n\n"
            "Distinti saluti,\n"
            "Marco Bianchi\n"
            "Responsabile sistemi\n"
        ),
        "labels": L(
            FEED,
            "Telegiornale Adriatico S.p.A.",
            None,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102", "203.0.113.103"],
            [],
            "Marco Bianchi",
            "marco.bianchi@tgadriatico.example",
            "+39065550178",
        ),
    },
    {
        "id": "hc039-internal-hosts-spaced-ico",
        "description": "Regional paper's technician names internal private hosts besides the "
        "public ones; the IČO is written with spaces",
        "style": Style.TERSE,
        "from": "Karel Vávra <vavra@krajskelisty.example>",
        "subject": "XML volby - Krajské listy Zlín",
        "body": (
            "Dobrý den,\n\n"
            f"Krajské listy Zlín s.r.o., IČO: {ICO_KLZ_SPACED}\n\n"
            "Stahovat budou interní stroje 192.168.10.5 a 172.16.0.8, ven ale jdou přes "
            "veřejné adresy: 198.18.90.1 (produkce) a 198.18.90.2 (test). Povolit prosím "
            "jen ty veřejné.\n\n"
            "Karel Vávra, správce sítě, 577 430 612\n"
        ),
        "labels": L(
            FEED,
            "Krajské listy Zlín s.r.o.",
            ICO_KLZ,
            None,
            ["198.18.90.1"],
            ["198.18.90.2"],
            "Karel Vávra",
            "vavra@krajskelisty.example",
            "+420577430612",
        ),
    },
    {
        "id": "hc040-slovak-town-tv-correction",
        "description": "Slovak town television in Slovak corrects a mistyped production "
        "address from its previous paragraph",
        "style": Style.MUNICIPAL,
        "from": "Mária Horváthová <horvathova@tvskalica.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb – Mestská televízia Skalica",
        "body": (
            "Dobrý deň,\n\n"
            "Mestská televízia Skalica, s.r.o., spoločnosť mesta Skalica, by chcela počas "
            "volebnej noci vysielať aj výsledky z Česka. Žiadame o prístup k XML z adries "
            "198.51.100.33 a 198.51.100.32 (produkcia).\n\n"
            "Oprava: druhá adresa nie je 198.51.100.32, správne je 198.51.100.34. "
            "Testovací server nemáme.\n\n"
            "Kontakt: Mária Horváthová, +421 34 555 12 78\n\n"
            "S pozdravom\n"
            "Mária Horváthová\n"
        ),
        "labels": L(
            FEED,
            "Mestská televízia Skalica, s.r.o.",
            None,
            None,
            ["198.51.100.33", "198.51.100.34"],
            [],
            "Mária Horváthová",
            "horvathova@tvskalica.example",
            "+421345551278",
        ),
    },
    {
        "id": "hc041-secretary-forwards-attached-mail",
        "description": "Secretary forwards the editor-in-chief's application as an attached "
        "message and asks the office to deal with him directly",
        "style": Style.FORWARD,
        "from": "Věra Pospíšilová <sekretariat@tydenik-ustecko.example>",
        "subject": "FW: žádost o přístup k výsledkům voleb",
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposílám žádost pana šéfredaktora, která k vám podle všeho "
            "nedorazila. Kontaktujte prosím přímo jeho.\n\n"
            "Věra Pospíšilová\n"
            "sekretariát, Týdeník Ústecko a.s.\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost.eml",
                {
                    "id": "hc041-inner",
                    "from": "Michal Doležal <dolezal@tydenik-ustecko.example>",
                    "subject": "žádost o přístup k výsledkům voleb",
                    "body": (
                        "Dobrý den,\n\n"
                        f"Týdeník Ústecko a.s., IČO {ICO_USTECKO}, žádá o přístup k XML "
                        "s výsledky voleb. Ostrá adresa 192.0.2.77, testovací 192.0.2.78.\n\n"
                        "Kontakt: Ing. Michal Doležal, šéfredaktor, mobil 724 660 193\n"
                    ),
                },
            )
        ],
        "labels": L(
            FEED,
            "Týdeník Ústecko a.s.",
            ICO_USTECKO,
            None,
            ["192.0.2.77"],
            ["192.0.2.78"],
            "Michal Doležal",
            "dolezal@tydenik-ustecko.example",
            "+420724660193",
        ),
    },
    {
        "id": "hc042-swiss-radio-both-ipv6-test",
        "description": "Swiss radio writes in German, wants the feed and to record audio at "
        "a polling station; its two test addresses are IPv6",
        "style": Style.FOREIGN,
        "from": "Reto Meier <reto.meier@radiolimmat.example>",
        "subject": "Gesuch: Datenzugang und Tonaufnahmen Wahlen CZ",
        "body": (
            "Guten Tag\n\n"
            "Radio Limmat AG (Zürich) berichtet über die Wahlen in Tschechien und ersucht "
            "Sie um:\n"
            "- Zugang zum XML-Feed der Wahlresultate, Produktivserver 192.0.2.180, "
            "Testserver 2001:db8:ff::1 und 2001:db8:ff::2;\n"
            "- die Bewilligung, in einem Prager Wahllokal bei der Auszählung Ton- und "
            "Bildaufnahmen zu machen.\n\n"
            "Kontakt: Reto Meier, +41 44 555 12 34\n\n"
            "Freundliche Grüsse\n"
            "Reto Meier\n"
            "Redaktionsleiter Ausland\n"
        ),
        "labels": L(
            BOTH,
            "Radio Limmat AG",
            None,
            None,
            ["192.0.2.180"],
            ["2001:db8:ff::1", "2001:db8:ff::2"],
            "Reto Meier",
            "reto.meier@radiolimmat.example",
            "+41445551234",
        ),
    },
]
