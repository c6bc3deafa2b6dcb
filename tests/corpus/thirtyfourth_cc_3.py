"""Thirty-fourth held-out part ``cc``, cases cc029–cc042: a long letter from a regional TV, a
signed agency mail mixing IPv4 and IPv6, a feed made conditional on a budget (so not asked), a
Polish freelancer on IPv6 only, an Outlook table with a struck-out old address, a forwarded IT
contractor's /31, a Slovak municipal TV, a reply whose own quoted original carries the data, a
university's data message with a wrapped PDF range, a Belgian agency in French, a terse film-only
note, an agency's XLSX form as a data message, a German contractor's temporary test VM and an
address meant for a later election. Written by hand apart from the extraction rules (see
make_thirtyfourth_cc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfourth_cc_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I31, I33 = ico("2681459"), ico("4512093"), ico("0930718"), ico("2759341")
I34, I35, I36, I37 = ico("2890562"), ico("3641075"), ico("6042813"), ico("6199305")
I40, I41, I42 = ico("2573816"), ico("2804627"), ico("0519478")

CASES: list[dict[str, Any]] = [
    {
        "id": "cc029-long-letter-regional-tv",
        "description": "a long formal letter from a regional TV asking for both: main and "
        "backup studios, a test address, a switchboard before the contact's direct line",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Vysočina TV, a.s.",
            I29,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Hana Doležalová",
            "dolezalova@vysocinatv.example",
            "+420567309142",
        ),
        "from": "Hana Doležalová <dolezalova@vysocinatv.example>",
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení – Vysočina TV",
        "headers": OWA,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "dovolte mi, abych se na Vás obrátila jménem společnosti Vysočina TV, a.s., "
            f"IČO {I29}, se sídlem Masarykovo náměstí 40, 586 01 Jihlava. Naše stanice "
            "vysílá od roku 2004 a volební noc je pro nás každoročně nejsledovanějším "
            "večerem; letos chystáme šestihodinové živé vysílání se studiem v Jihlavě a "
            "vstupy z Třebíče, Pelhřimova a Havlíčkova Brodu.\n\n"
            "Rádi bychom Vás proto požádali o dvě věci.\n\n"
            "Zaprvé o zřízení přístupu k serveru s průběžnými výsledky ve formátu XML. "
            "Grafiku pro vysílání generuje hlavní vysílací pracoviště v Jihlavě s adresou "
            "198.51.100.170, záložní pracoviště v Třebíči má adresu 198.51.100.171. Pro "
            "testování před volbami (zkušební data, která zveřejňujete týden předem) "
            "použijeme adresu 198.51.100.175.\n\n"
            "Zadruhé o povolení natáčet na sběrném místě Českého statistického úřadu "
            "v Jihlavě. Štáb by tvořili redaktor Jakub Trnka a kameraman Luboš Hrdý; "
            "natáčeli bychom mezi 14:30 a 17:00 druhého volebního dne.\n\n"
            "Kontaktní osobou pro obě věci jsem já. Nejlépe mě zastihnete na přímé lince.\n\n"
            "Předem děkuji za vyřízení a jsem s pozdravem\n\n"
            "Mgr. Hana Doležalová\n"
            "vedoucí zpravodajství\n"
            "Vysočina TV, a.s.\n"
            "ústředna: +420 567 309 100\n"
            "přímá linka: +420 567 309 142\n"
            "dolezalova@vysocinatv.example\n\n"
            "Tento e-mail může obsahovat důvěrné informace. Není-li určen Vám, "
            "vymažte jej prosím.\n"
        ),
    },
    {
        "id": "cc030-smime-agency-ipv4-ipv6",
        "description": "an S/MIME signed agency mail: production on IPv4 and IPv6, the test "
        "address on IPv6, an OID-like policy number in the signature",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Tisková agentura Morava, a.s.",
            I30,
            None,
            ["203.0.113.240", "2001:db8:240::1"],
            ["2001:db8:240::2"],
            "Zdeněk Polák",
            "polak@tamorava.example",
            "+420541213887",
        ),
        "from": "Zdeněk Polák <polak@tamorava.example>",
        "subject": "Žádost o přístup – XML výsledky voleb (TA Morava)",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            f"Tisková agentura Morava, a.s. (IČO {I30}) žádá o přístup k výsledkům voleb "
            "ve formátu XML.\n\n"
            "Produkce: 203.0.113.240 a 2001:db8:240::1 (dual stack)\n"
            "Test: 2001:db8:240::2\n\n"
            "Kontaktní osoba: Zdeněk Polák, technický ředitel, tel. 541 213 887\n\n"
            "S pozdravem\n"
            "Zdeněk Polák\n"
            "Tisková agentura Morava, a.s., Kounicova 22, 602 00 Brno\n"
            "Zpráva je elektronicky podepsána (politika 1.3.6.1.4.1.23624.1.2.1).\n"
        ),
    },
    {
        "id": "cc031-feed-conditional-on-budget",
        "description": "an association asks to film now; the XML feed only if its board "
        "approves a server later, so it is not requested in this mail",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Datová žurnalistika, z. s.",
            I31,
            None,
            [],
            [],
            "Barbora Kolářová",
            "kolarova@datovazurnalistika.example",
            "+420732905116",
        ),
        "from": "Barbora Kolářová <kolarova@datovazurnalistika.example>",
        "subject": "natáčení ve volební noc + dotaz k XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"jsme spolek Datová žurnalistika, z. s. (IČO {I31}), který se studenty "
            "připravuje krátká videa o tom, jak vznikají volební výsledky.\n\n"
            "Prosíme o povolení natáčet na sběrném místě v Praze-Karlíně v sobotu "
            "odpoledne – dva lidi, jedna kamera.\n\n"
            "K XML datům: pokud nám výbor spolku schválí pronájem serveru, ozveme se "
            "znovu i s IP adresami. Teď tedy žádáme jen o to natáčení.\n\n"
            "Kontakt: Barbora Kolářová, 732 905 116\n\n"
            "Díky moc!\n"
            "Barbora Kolářová, předsedkyně spolku\n"
        ),
    },
    {
        "id": "cc032-polish-freelancer-ipv6-only",
        "description": "a Polish freelance data journalist in English: one IPv6 production "
        "address, no test, a Polish sole trader's name",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "MZ Data Marta Zielińska",
            None,
            None,
            ["2001:db8:f00d::25"],
            [],
            "Marta Zielińska",
            "marta@mzdata.example",
            "+48601234567",
        ),
        "from": "Marta Zielińska <marta@mzdata.example>",
        "subject": "XML feed access – freelance data journalist",
        "headers": ROUNDCUBE,
        "body": (
            "Good morning,\n\n"
            "I am a freelance data journalist from Kraków (my one-person business is "
            'registered as "MZ Data Marta Zielińska", NIP 6762345678). I build live '
            "election maps that several Polish outlets embed.\n\n"
            "May I ask for access to the XML results from 2001:db8:f00d::25? That is my "
            "only server - I will test from it as well, so no separate test address.\n\n"
            "Phone: +48 601 234 567\n\n"
            "Thank you and dziękuję,\n"
            "Marta Zielińska\n"
        ),
    },
    {
        "id": "cc033-outlook-table-struck-old-address",
        "description": "an HTML-only Outlook table where the old production address is struck "
        "through and the text says it no longer applies",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Vydavatelství Hranicko, s.r.o.",
            I33,
            None,
            ["192.0.2.125"],
            ["192.0.2.126"],
            "Romana Šťastná",
            "stastna@hranicko.example",
            "+420581602377",
        ),
        "from": "Šťastná Romana <stastna@hranicko.example>",
        "subject": "Aktualizace adres – přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body lang="CS">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">posíláme žádost o přístup k výsledkům voleb ve formátu '
            f"XML za Vydavatelství Hranicko, s.r.o., IČO {I33}. Oproti loňsku se změnila "
            "produkční adresa – přeškrtnutá už neplatí.</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="3">'
            "<tr><td><b>Server</b></td><td><b>IP</b></td></tr>"
            "<tr><td>produkční</td><td><s>192.0.2.120</s> 192.0.2.125</td></tr>"
            "<tr><td>testovací</td><td>192.0.2.126</td></tr></table>"
            '<p class="MsoNormal">Kontaktní osoba: Romana Šťastná, 581 602 377</p>'
            '<p class="MsoNormal">S pozdravem<br>Romana Šťastná<br>'
            "redakce Hranického týdeníku</p></body></html>"
        ),
    },
    {
        "id": "cc034-forward-it-contractor-slash31",
        "description": "an editor forwards his IT contractor's mail inline: a /31 production "
        "pair and a test address; the editor names the contractor as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Olomoucký týden s.r.o.",
            I34,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.210"],
            "Libor Hrubý",
            "hruby@serverovna-ol.example",
            "+420776218430",
        ),
        "from": "Martin Šafránek <safranek@olomouckytyden.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"Olomoucký týden s.r.o., IČO {I34}, žádá o přístup k výsledkům voleb ve "
            "formátu XML. Adresy posílá náš dodavatel, viz níže. Kontaktní osobou bude "
            "on, pan Hrubý – zná to lépe než já.\n\n"
            "Martin Šafránek\n"
            "šéfredaktor\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: adresy pro ČSÚ\n"
            "Datum: Mon, 8 Sep 2025 16:02:44 +0200\n"
            "Od: Libor Hrubý <hruby@serverovna-ol.example>\n"
            "Komu: Martin Šafránek <safranek@olomouckytyden.example>\n\n"
            "Ahoj Martine,\n\n"
            "pro ČSÚ: produkce 198.51.100.200/31 (tj. dvě adresy, .200 a .201), test "
            "198.51.100.210. Kdyby něco, volej 776 218 430.\n\n"
            "Libor\n"
            "--\n"
            "Libor Hrubý, Serverovna OL, hruby@serverovna-ol.example\n"
        ),
    },
    {
        "id": "cc035-slovak-municipal-tv-both",
        "description": "a Slovak municipal TV company asks for both in Slovak: main, backup "
        "and 'testovacia: žiadna', a landline with the area code",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED, FILM],
            "Mestská televízia Považie, s. r. o.",
            I35,
            None,
            ["203.0.113.90", "203.0.113.91"],
            [],
            "Zuzana Mináriková",
            "minarikova@tvpovazie.example",
            "+421426512211",
        ),
        "from": "Zuzana Mináriková <minarikova@tvpovazie.example>",
        "subject": "Žiadosť – XML výsledky a natáčanie",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý deň,\n\n"
            "Mestská televízia Považie, s. r. o. (spoločnosť mesta, IČO "
            f"{I35}) žiada:\n"
            "- o prístup k výsledkom volieb vo formáte XML,\n"
            "- o povolenie natáčať na zbernom mieste ČSÚ v Uherskom Hradišti (reportáž pre "
            "naše vysielanie o voľbách u susedov).\n\n"
            "produkčná IP: 203.0.113.90\n"
            "záložná IP: 203.0.113.91\n"
            "testovacia: žiadna\n\n"
            "Kontakt: Zuzana Mináriková, 042 651 2211\n\n"
            "S pozdravom\n"
            "Zuzana Mináriková, dramaturgia\n"
        ),
    },
    {
        "id": "cc036-reply-own-quoted-original",
        "description": "a reply adds the forgotten IČO and says the rest is below: the "
        "applicant's own quoted original holds the addresses and contact, and the office's "
        "quoted question its phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kutnohorský zpravodaj s.r.o.",
            I36,
            None,
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Daniel Krejčí",
            "krejci@kh-zpravodaj.example",
            "+420728330614",
        ),
        "from": "Daniel Krejčí <krejci@kh-zpravodaj.example>",
        "subject": "Re: Re: přístup k XML",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            f"omlouvám se, IČO jsem zapomněl: {I36}. Ostatní údaje platí, jak jsem psal "
            "níže.\n\n"
            "Krejčí\n\n"
            "Dne 9. 9. 2025 10:41 napsal(a) podatelna@czso.cz:\n"
            "> Dobrý den, v žádosti chybí IČO žadatele. Doplňte jej prosím.\n"
            "> Podatelna ČSÚ, tel. 274 052 733\n"
            ">\n"
            "> Dne 8. 9. 2025 19:02 Daniel Krejčí napsal(a):\n"
            ">> Dobrý den,\n"
            ">> žádáme o přístup k výsledkům voleb v XML pro Kutnohorský zpravodaj s.r.o.\n"
            ">> Produkce: 192.0.2.44\n"
            ">> Test: 192.0.2.45\n"
            ">> Kontakt: Daniel Krejčí, 728 330 614\n"
        ),
    },
    {
        "id": "cc037-databox-university-pdf-range",
        "description": "a university's data message: a PDF letter from its faculty with a "
        "production range wrapped in a narrow cell and one test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Horního Poodří",
            I37,
            "uh6pq2d",
            ["192.0.2.20", "192.0.2.21", "192.0.2.22", "192.0.2.23"],
            ["192.0.2.30"],
            "Veronika Šimková",
            "simkova@ff.uhp.example",
            "+420553461870",
        ),
        "subject": "FF UHP – žádost o přístup k výsledkům voleb (XML)",
        "databox": {
            "box": "uh6pq2d",
            "sender": "Univerzita Horního Poodří",
            "address": "Univerzitní 5, 746 01 Opava",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "FF_zadost_volby.pdf",
                [
                    "Univerzita Horního Poodří, Filozofická fakulta\nÚstav žurnalistiky\n"
                    "Univerzitní 5, 746 01 Opava",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Ústav žurnalistiky provozuje studentský zpravodajský web a ve volební "
                    f"noc vysílání. Žadatelem je Univerzita Horního Poodří, IČO {I37}.",
                    {
                        "rows": [
                            ["Účel", "IP adresy"],
                            ["produkční rozsah", "192.0.2.20 – 192.0.2.23 (studio a střižny)"],
                            ["testovací", "192.0.2.30"],
                        ],
                        "widths": [90, 80],
                    },
                    "Kontaktní osoba: Mgr. Veronika Šimková, Ph.D., tel. 553 461 870, "
                    "simkova@ff.uhp.example",
                    "prof. PhDr. Karel Žák, CSc., děkan",
                ],
            )
        ],
    },
    {
        "id": "cc038-belgian-agency-french-both",
        "description": "a Belgian agency in French asks for both; its addresses are listed "
        "out of numeric order (production .50 and .52, test .51)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agence Bruxelles-Europe Presse SRL",
            None,
            None,
            ["198.51.100.50", "198.51.100.52"],
            ["198.51.100.51"],
            "Claire Dubois",
            "c.dubois@bep-agence.example",
            "+3226401840",
        ),
        "from": "Claire Dubois <c.dubois@bep-agence.example>",
        "subject": "Demande d'accès XML et autorisation de tournage",
        "headers": ROUNDCUBE,
        "body": (
            "Madame, Monsieur,\n\n"
            "L'Agence Bruxelles-Europe Presse SRL (n° d'entreprise BE 0456.789.123) "
            "sollicite :\n"
            "  1. l'accès au flux XML des résultats électoraux ;\n"
            "  2. l'autorisation de filmer au point de collecte de Prague la nuit du "
            "scrutin (une équipe de deux personnes).\n\n"
            "Adresses IP – production : 198.51.100.50 et 198.51.100.52 ; test : "
            "198.51.100.51.\n\n"
            "Contact : Claire Dubois, rédactrice en chef adjointe, +32 2 640 18 40, "
            "c.dubois@bep-agence.example\n\n"
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n"
            "Claire Dubois\n"
        ),
    },
    {
        "id": "cc039-terse-film-only-no-diacritics",
        "description": "a two-line phone note without diacritics asks to film and says the "
        "'net' is not needed; the title without a legal form",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Jihlavske listy",
            None,
            None,
            [],
            [],
            "Tomas Reznik",
            "reznik@jihlavskelisty.example",
            "+420736502981",
        ),
        "from": "Tomas Reznik <reznik@jihlavskelisty.example>",
        "subject": "nataceni",
        "headers": SEZNAM,
        "cte": "7bit",
        "body": (
            "Dobry den, chceme v sobotu kolem 15h natacet na sberu v Jihlave, 2 lidi, "
            "kamera. XML net nepotrebujem.\n"
            "Tomas Reznik, Jihlavske listy, 736 502 981\n"
        ),
    },
    {
        "id": "cc040-databox-xlsx-agency-ano-ne",
        "description": "an agency's data message with an XLSX form: an ano/ne column (XML "
        "ano, natáčení ne) and a second sheet of addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Slezsko s.r.o.",
            I40,
            "zs3kt8m",
            ["203.0.113.50", "203.0.113.51", "203.0.113.52"],
            ["203.0.113.59"],
            "Lukáš Kubala",
            "kubala@zaslezsko.example",
            "+420596118204",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – formulář v příloze",
        "databox": {
            "box": "zs3kt8m",
            "sender": "Zpravodajská agentura Slezsko s.r.o.",
            "address": "Nádražní 118, 702 00 Ostrava",
        },
        "attachments": [
            (
                "xlsx",
                "formular_ZAS.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Zpravodajská agentura Slezsko s.r.o."],
                            ["IČO", I40],
                            ["Požadavek", "ano/ne"],
                            ["Přístup k XML výsledkům", "ano"],
                            ["Povolení k natáčení", "ne"],
                            ["Kontaktní osoba", "Lukáš Kubala"],
                            ["E-mail", "kubala@zaslezsko.example"],
                            ["Telefon", "+420 596 118 204"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Typ", "Adresa", "Poznámka"],
                            ["prod.", "203.0.113.50", "hlavní"],
                            ["prod.", "203.0.113.51", ""],
                            ["prod.", "203.0.113.52", "záloha"],
                            ["TST", "203.0.113.59", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cc041-german-contractor-english-temporary-test",
        "description": "a German IT contractor writes English for a Czech regional paper: a "
        "production range, a temporary test VM, and the paper's editor named as contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Krajské listy Liberec s.r.o.",
            I41,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.99"],
            "Petra Holá",
            "hola@krajskelisty.example",
            "+420485301227",
        ),
        "from": "Jonas Becker <j.becker@cloudwerk.example>",
        "cc": "Petra Holá <hola@krajskelisty.example>",
        "subject": "XML results access for Krajské listy Liberec",
        "headers": EVOLUTION,
        "body": (
            "Hello,\n\n"
            "we are the hosting provider of Krajské listy Liberec s.r.o. (IČO "
            f"{I41}) and send their application for access to the XML election results.\n\n"
            "Production: 192.0.2.90-192.0.2.91\n"
            "Test: 192.0.2.99 (a temporary VM, it will be used for testing until "
            "10 October)\n\n"
            "For technical questions you can reach me, but the formal contact person for "
            "the application is the editor-in-chief, Ms Petra Holá, hola@krajskelisty.example, "
            "+420 485 301 227 (she is in copy).\n\n"
            "Best regards\n"
            "Jonas Becker\n"
            "Cloudwerk GmbH, Dresden | +49 351 4188 720\n"
        ),
        "html": (
            "<html><body><p>Hello,</p><p>we are the hosting provider of Krajské listy "
            f"Liberec s.r.o. (IČO {I41}) and send their application for access to the XML "
            "election results.</p><p>Production: 192.0.2.90-192.0.2.91<br>Test: 192.0.2.99 "
            "(a temporary VM, it will be used for testing until 10 October)</p><p>For "
            "technical questions you can reach me, but the formal contact person for the "
            "application is the editor-in-chief, Ms Petra Holá, hola@krajskelisty.example, "
            "+420 485 301 227 (she is in copy).</p><p>Best regards<br>Jonas Becker<br>"
            "Cloudwerk GmbH, Dresden | +49 351 4188 720</p></body></html>"
        ),
    },
    {
        "id": "cc042-address-for-later-election",
        "description": "a news site applies for this election from one address and mentions "
        "a new server meant for next year's regional elections (not part of this request)",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Zprávy Plzeňska, s.r.o.",
            I42,
            None,
            ["203.0.113.33"],
            [],
            "Karel Mašek",
            "masek@zpravyplzenska.example",
            "+420377228519",
        ),
        "from": "Karel Mašek <masek@zpravyplzenska.example>",
        "subject": "Žádost o přístup k XML – sněmovní volby",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"Zprávy Plzeňska, s.r.o., IČO {I42}, žádají o přístup k výsledkům "
            "sněmovních voleb ve formátu XML z adresy 203.0.113.33. Testovat budeme z téže "
            "adresy.\n\n"
            "Pro krajské volby příští rok už budeme mít nový server (203.0.113.34); jeho "
            "adresu Vám pošleme v samostatné žádosti před těmi volbami, teď ji prosím "
            "nezadávejte.\n\n"
            "Kontaktní osoba: Karel Mašek, 377 228 519\n\n"
            "S pozdravem\n"
            "Karel Mašek\n"
            "Zprávy Plzeňska\n"
        ),
    },
]
