"""Forty-eighth held-out part ``bt``, cases bt015–bt028: a Swedish freelance photographer, a
long formal DOCX letter with a /31 netmask, a reply that replaces an address, internal hosts
behind NAT (base64), a conditional filming request, a region's data message asking only to
film, an HTML table with the test column first, a town TV's "až" range in windows-1250, a PDF
form with a trial run, an Austrian TV with a /31 and a domestic mobile, IPv6 written in full, a
freelancer's trade name, a natural person's data message with a workbook and a Hungarian
institute's "to" range. Written by hand apart from the extraction rules (see
make_fortyeighth_bt); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyeighth_bt_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I16, I17, I18, I19 = ico("2706149"), ico("4185330"), ico("5529804"), ico("0367251")
I20, I21, I22, I23 = ico("2840693"), ico("4903517"), ico("1574268"), ico("3062941")
I25, I26, I27 = ico("0728453"), ico("1948260"), ico("3815074")

CASES: list[dict[str, Any]] = [
    {
        "id": "bt015-sv-photographer-filming-only",
        "description": "Swedish freelance photographer, three Swedish lines from a phone: only "
        "to photograph at the count, says no to the data; a natural person, no IČO, no "
        "addresses, Swedish mobile with +46",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Elin Bergqvist",
            None,
            None,
            [],
            [],
            "Elin Bergqvist",
            "elin@bergqvistfoto.example",
            "+46703182245",
        ),
        "from": "Elin Bergqvist <elin@bergqvistfoto.example>",
        "subject": "Fotografering valnatten / fotografování",
        "headers": IPHONE,
        "body": "Hej! Dobrý den!\n\n"
        "Jag är frilansfotograf och vill gärna fotografera i er lokal under rösträkningen "
        "(fotografování, ne video). Resultatfilerna behöver jag inte.\n\n"
        "Elin Bergqvist\n"
        "+46 70 318 22 45\n\n"
        "Skickat från min iPhone\n",
    },
    {
        "id": "bt016-long-formal-docx-netmask-31",
        "description": "two-line cover, a long formal DOCX letter with page header and footer: "
        "production as an address with netmask 255.255.255.254 (two), both requests, the "
        "contact designated in the text is not the signing chairman",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Moravské listy, a.s.",
            I16,
            None,
            ["203.0.113.54", "203.0.113.55"],
            ["203.0.113.60"],
            "Daniela Kopecká",
            "kopecka@moravskelisty.example",
            "+420739655102",
        ),
        "from": "Asistentka představenstva <asistentka@moravskelisty.example>",
        "subject": "Žádost - volby (dopis předsedy představenstva)",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\nv příloze zasíláme žádost podepsanou předsedou představenstva.\n"
        "S pozdravem\nasistentka představenstva\n",
        "attachments": [
            (
                "docx",
                "Zadost_CSU_volby_MLAS.docx",
                {
                    "header": "VYDAVATELSTVÍ MORAVSKÉ LISTY, a.s.",
                    "footer": f"Kobližná 47, 602 00 Brno | IČO {I16} | zapsáno u KS v Brně, "
                    "oddíl B, vložka 8812",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Brně dne 2. září 2025",
                        "Věc: Žádost o zpřístupnění průběžných výsledků voleb a o povolení "
                        "pořizovat obrazové a zvukové záznamy",
                        "Vážené dámy, vážení pánové,",
                        "Vydavatelství Moravské listy, a.s., vydavatel deníku Moravské listy a "
                        "provozovatel zpravodajského portálu moravskelisty.example, se tímto "
                        "obrací na Český statistický úřad s žádostí o zpřístupnění průběžných "
                        "výsledků voleb prostřednictvím dedikovaného serveru ve formátu XML. "
                        "Výsledky budeme zpracovávat automaticky a publikovat v reálném čase "
                        "na našem portálu i v tištěném vydání následujícího dne.",
                        "Zároveň žádáme o povolení pořizovat fotografie a krátké videozáznamy "
                        "na pracovišti Krajské správy ČSÚ v Brně, a to v rozsahu dvou "
                        "fotoreportérů, kteří se prokáží novinářským průkazem.",
                        "Z technického hlediska budeme data přijímat ze serverů v síti "
                        "203.0.113.54/255.255.255.254; pro testování před volbami použijeme "
                        "adresu 203.0.113.60.",
                        "Kontaktní osobou pro tuto žádost pověřujeme Ing. Danielu Kopeckou, "
                        "vedoucí vývoje digitálních produktů (kopecka@moravskelisty.example, "
                        "tel. 739 655 102), která je oprávněna jednat ve všech technických "
                        "a organizačních otázkách.",
                        "Děkujeme za vstřícnost a těšíme se na spolupráci.",
                        "S úctou\n\nJUDr. Miroslav Havránek\npředseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "bt017-reply-replaced-address",
        "description": "reply to the office's confirmation: the quoted application lists "
        "198.51.100.33, the reply says it was replaced by 198.51.100.36 and restates the "
        "valid list; the office's signature with its phone is quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zpravodaj Posázaví s.r.o.",
            I17,
            None,
            ["198.51.100.34", "198.51.100.36"],
            ["198.51.100.35"],
            "Roman Bartoš",
            "bartos@zpravodajposazavi.example",
            "+420602713480",
        ),
        "from": "Roman Bartoš <bartos@zpravodajposazavi.example>",
        "subject": "RE: Potvrzení přijetí žádosti - volby",
        "headers": OWA,
        "body": "Dobrý den,\n\n"
        "děkuji za potvrzení. Jedna změna: server 198.51.100.33 jsme minulý týden zrušili, "
        "nahradil ho nový stroj s adresou 198.51.100.36. Platí tedy: produkce 198.51.100.34 "
        "a 198.51.100.36, test beze změny 198.51.100.35.\n\n"
        "Roman Bartoš\n\n"
        "-----Original Message-----\n"
        "From: Volby - media <volby@czso.cz>\n"
        "Sent: Monday, September 8, 2025 10:12 AM\n"
        "Subject: Potvrzení přijetí žádosti - volby\n\n"
        "Dobrý den, potvrzujeme přijetí Vaší žádosti. O zřízení přístupu Vás budeme "
        "informovat.\n"
        "Oddělení volebních výsledků\n"
        "Český statistický úřad, tel. +420 274 052 733\n\n"
        "> Dobrý den,\n"
        "> Zpravodaj Posázaví s.r.o., IČO " + I17 + ", žádá o přístup k XML výsledkům.\n"
        "> Produkce: 198.51.100.33, 198.51.100.34\n"
        "> Test: 198.51.100.35\n"
        "> Kontakt: Roman Bartoš, 602 713 480, bartos@zpravodajposazavi.example\n",
    },
    {
        "id": "bt018-internal-hosts-behind-nat-base64",
        "description": "a radio's admin (base64 body) lists internal 10.x hosts and says they go "
        "out through NAT addresses, one for production and one for testing; only the public "
        "addresses count",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rádio Vltavan s.r.o.",
            I18,
            None,
            ["198.18.90.1"],
            ["198.18.90.2"],
            "Michal Vojtíšek",
            "vojtisek@radiovltavan.example",
            "+420721336018",
        ),
        "from": "Michal Vojtíšek <vojtisek@radiovltavan.example>",
        "subject": "Přístup k výsledkům voleb - Rádio Vltavan",
        "headers": EVOLUTION,
        "cte": "base64",
        "body": "Dobrý den,\n\n"
        f"za Rádio Vltavan s.r.o. (IČO {I18}) žádám o přístup k XML výsledkům voleb.\n\n"
        "Technicky: data bude stahovat interní stroj 10.20.0.11 (produkce) a 10.20.0.12 "
        "(test), oba ven chodí přes NAT. Na vašem firewallu tedy povolte veřejné adresy:\n"
        "  produkce  198.18.90.1\n"
        "  test      198.18.90.2\n\n"
        "Michal Vojtíšek, správce sítě\n"
        "721 336 018\n",
    },
    {
        "id": "bt019-conditional-filming-both",
        "description": "a TV asks for the feed and, 'if you allow it', for a two-person crew to "
        "film; the condition is the office's approval, so both count; addresses in a sentence "
        "with 'a dále'",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Jihočeská televizní společnost, spol. s r.o.",
            I19,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.155"],
            "Věra Nedbalová",
            "nedbalova@jctv.example",
            "+420607229184",
        ),
        "from": "Věra Nedbalová <nedbalova@jctv.example>",
        "subject": "Volby - žádost o data a případně natáčení",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "Jihočeská televizní společnost, spol. s r.o., IČO "
        f"{I19}, žádá o zpřístupnění výsledků voleb ve formátu XML. Pokud to umožníte, rádi "
        "bychom také natáčeli na krajském pracovišti v Českých Budějovicích (kameraman a "
        "redaktorka, cca 1 hodina po uzavření místností).\n\n"
        "Data budeme brát ze serverů 203.0.113.150 a 203.0.113.151, a dále z testovacího "
        "203.0.113.155.\n\n"
        "Kontakt: Věra Nedbalová, dramaturgie zpravodajství, 607 229 184\n\n"
        "Děkuji\nVěra Nedbalová\n",
    },
    {
        "id": "bt020-databox-region-filming-only",
        "description": "data message from a region's office (public authority box): its press "
        "department only wants to film for the region's own programme; the DOCX says the data "
        "are not needed; no addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Podhorský kraj",
            I20,
            "pk8kraj",
            [],
            [],
            "Hynek Staněk",
            "hynek.stanek@podhorskykraj.example",
            "+420487613205",
        ),
        "databox": box("pk8kraj", "Podhorský kraj", "Krajská 1, 470 01 Česká Lípa", 10),
        "subject": "Žádost o povolení natáčení - volby",
        "attachments": [
            (
                "docx",
                "Kraj_natáčení_volby.docx",
                {
                    "header": "PODHORSKÝ KRAJ | Krajský úřad | oddělení komunikace",
                    "footer": f"IČO {I20} | ID DS pk8kraj",
                    "blocks": [
                        "Věc: žádost o povolení pořizovat záznam",
                        "Podhorský kraj připravuje pro svůj pořad Kraj v týdnu reportáž o "
                        "průběhu zpracování výsledků voleb. Žádáme o povolení natáčet na "
                        "pracovišti krajské správy ČSÚ v Liberci ve volební noci.",
                        "Přístup k datovému výstupu (XML) nepotřebujeme, výsledky převezmeme "
                        "z veřejného webu.",
                        "Kontaktní osoba: Mgr. Hynek Staněk, vedoucí oddělení komunikace, "
                        "hynek.stanek@podhorskykraj.example, tel. 487 613 205",
                    ],
                },
            )
        ],
    },
    {
        "id": "bt021-html-table-test-column-first",
        "description": "HTML-only mail whose table puts the test column before the production "
        "one, with IPv6 and IPv4 in both; the signature gives a company name and IČO",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Datalab Zprávy s.r.o.",
            I21,
            None,
            ["198.51.100.80", "2001:db8:d1::80"],
            ["198.51.100.81", "2001:db8:d1::81"],
            "Petr Holub",
            "holub@datalabzpravy.example",
            "+420776540213",
        ),
        "from": "Petr Holub <holub@datalabzpravy.example>",
        "subject": "Zadost o XML vysledky",
        "headers": GMAIL,
        "html": '<div dir="ltr"><p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb '
        "(XML). Adresy:</p>"
        '<table border="1"><tr><th></th><th>TEST</th><th>PRODUKCE</th></tr>'
        "<tr><td>IPv4</td><td>198.51.100.81</td><td>198.51.100.80</td></tr>"
        "<tr><td>IPv6</td><td>2001:db8:d1::81</td><td>2001:db8:d1::80</td></tr></table>"
        "<p>Natáčení nepotřebujeme.</p>"
        "<p>-- <br>Petr Holub, CTO<br>Datalab Zprávy s.r.o., IČO " + I21 + "<br>"
        "+420 776 540 213</p></div>",
    },
    {
        "id": "bt022-town-tv-range-az-cp1250",
        "description": "a town's contributory organisation running municipal TV (windows-1250, "
        "8bit): production '198.51.100.90 až 198.51.100.93' (four), both requests, the "
        "organisation's box ID in the signature",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED, FILM],
            "Kulturní a informační centrum Rovensko, příspěvková organizace",
            I22,
            "kic7rov",
            ["198.51.100.90", "198.51.100.91", "198.51.100.92", "198.51.100.93"],
            ["198.51.100.95"],
            "Zdeněk Pavlů",
            "pavlu@kicrovensko.example",
            "+420481552907",
        ),
        "from": "Zdeněk Pavlů <pavlu@kicrovensko.example>",
        "subject": "Žádost – TV Rovensko – volby",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "Kulturní a informační centrum Rovensko, příspěvková organizace města, provozuje "
        "Televizi Rovensko. Žádáme o:\n"
        "• přístup k výsledkům voleb přes Váš server (XML),\n"
        "• povolení natáčet na pracovišti ČSÚ v Liberci.\n\n"
        "Produkční adresy: 198.51.100.90 až 198.51.100.93\n"
        "Testovací: 198.51.100.95\n\n"
        "S pozdravem\n"
        "Zdeněk Pavlů\n"
        "vedoucí TV Rovensko\n"
        "tel. 481 552 907\n"
        "Kulturní a informační centrum Rovensko, příspěvková organizace\n"
        f"IČO: {I22} | datová schránka: kic7rov\n",
    },
    {
        "id": "bt023-pdf-form-trial-run",
        "description": "one-line cover; a PDF form whose test row is labelled as the trial run "
        "(generální zkouška) beside the election's production row; narrow cells wrap",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Brněnský deník Online s.r.o.",
            I23,
            None,
            ["198.18.60.14", "198.18.60.15"],
            ["198.18.61.14"],
            "Karolína Říhová",
            "rihova@bdonline.example",
            "+420734028816",
        ),
        "from": "Karolína Říhová <rihova@bdonline.example>",
        "subject": "žádost - formulář",
        "headers": APPLE,
        "body": "Dobrý den, posílám vyplněný formulář. K. Říhová\n",
        "attachments": [
            (
                "pdf",
                "formular_BDO.pdf",
                [
                    "Žádost o přístup k průběžným výsledkům voleb",
                    {
                        "rows": [
                            ["Žadatel", f"Brněnský deník Online s.r.o., IČO {I23}"],
                            ["Volby (ostrý provoz) – IP adresy", "198.18.60.14, 198.18.60.15"],
                            ["Zkušební provoz / generální zkouška – IP", "198.18.61.14"],
                            ["Povolení k natáčení", "nežádáme"],
                            [
                                "Kontaktní osoba",
                                "Karolína Říhová, rihova@bdonline.example, +420 734 028 816",
                            ],
                        ],
                        "widths": [110, 150],
                    },
                ],
            )
        ],
    },
    {
        "id": "bt024-at-tv-slash31-domestic-mobile",
        "description": "Austrian regional TV in German with Czech courtesy words; production a "
        "/31 (two), both requests, the contact's mobile written the Austrian domestic way "
        "under a Salzburg address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Salzachtal Fernsehen GmbH",
            None,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.142"],
            "Florian Brandstätter",
            "f.brandstaetter@salzachtal-tv.example",
            "+436641385207",
        ),
        "from": "Florian Brandstätter <f.brandstaetter@salzachtal-tv.example>",
        "subject": "Ansuchen Wahlergebnisse + Drehgenehmigung",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\n"
        "wir, die Salzachtal Fernsehen GmbH, berichten am Wahlabend live aus Prag und "
        "ersuchen um\n"
        "  1. Zugang zum XML-Ergebnisdienst und\n"
        "  2. eine Drehgenehmigung im Statistikamt.\n\n"
        "Produktivsystem: 203.0.113.140/31\n"
        "Testsystem: 203.0.113.142\n\n"
        "Ansprechpartner: Florian Brandstätter, Mobil 0664 138 52 07\n\n"
        "Děkujeme! Mit freundlichen Grüßen\n"
        "Florian Brandstätter\n"
        "Salzachtal Fernsehen GmbH · Alpenstraße 56 · A-5020 Salzburg · FN 402118k\n",
    },
    {
        "id": "bt025-ipv6-full-form-uppercase",
        "description": "IPv6 written in full with leading zeros and in capitals (to be "
        "compressed), next to an IPv4 production address; the test address is IPv6",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Severočeské zpravodajství, z.ú.",
            I25,
            None,
            ["2001:db8::a1", "203.0.113.161"],
            ["2001:db8::a2"],
            "Ivana Šustrová",
            "sustrova@sczpravy.example",
            "+420603917254",
        ),
        "from": "Ivana Šustrová <sustrova@sczpravy.example>",
        "subject": "zadost o pristup k XML (volby)",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        f"Severočeské zpravodajství, z.ú., IČO {I25}, žádá o přístup k výsledkům voleb.\n\n"
        "PRODUKCE\n"
        "  2001:0DB8:0000:0000:0000:0000:0000:00A1\n"
        "  203.0.113.161\n"
        "TEST\n"
        "  2001:DB8::A2\n\n"
        "Kontakt: Ivana Šustrová, 603 917 254\n",
    },
    {
        "id": "bt026-freelancer-trade-name-filming",
        "description": "a videographer names himself with his trade name after a dash and his "
        "IČO; filming only, 'data nepotřebuji'; no addresses",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Vojtěch Pešek – PEŠEK VIDEO",
            I26,
            None,
            [],
            [],
            "Vojtěch Pešek",
            "pesek.video@seznam.example",
            "+420724601539",
        ),
        "from": "Vojtěch Pešek <pesek.video@seznam.example>",
        "subject": "natáčení ve volební noc",
        "headers": SEZNAM,
        "body": "Dobrý den,\n"
        f"jsem kameraman na volné noze (Vojtěch Pešek – PEŠEK VIDEO, IČO {I26}) a točím "
        "pro regionální televize. Chtěl bych požádat o povolení natáčet ve vašich prostorách "
        "při zpracování výsledků. Data nepotřebuji.\n"
        "Tel. 724 601 539\n"
        "Díky, V. Pešek\n",
    },
    {
        "id": "bt027-databox-natural-person-xlsx",
        "description": "data message from a natural person in business (box type 40) with an "
        "empty-ish annotation; the two-sheet workbook gives IČO, an IPv6 and an IPv4 production "
        "address and says there is no test server",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kristýna Vrbová",
            I27,
            "fr3ld9x",
            ["2001:db8:5e::10", "198.18.100.44"],
            [],
            "Kristýna Vrbová",
            "vrbova@datovezpravy.example",
            "+420731662408",
        ),
        "databox": box("fr3ld9x", "Kristýna Vrbová", "Lidická 18, 301 00 Plzeň", 40),
        "subject": "Volby - žádost",
        "attachments": [
            (
                "xlsx",
                "zadost_Vrbova.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Jméno", "Kristýna Vrbová (datová novinářka, OSVČ)"],
                            ["IČO", I27],
                            ["Požaduji", "přístup k XML výsledkům; natáčení ne"],
                            ["E-mail", "vrbova@datovezpravy.example"],
                            ["Telefon", "731 662 408"],
                        ],
                    },
                    {
                        "title": "Server",
                        "rows": [
                            ["Role", "Adresa"],
                            ["produkce", "2001:db8:5e::10"],
                            ["produkce", "198.18.100.44"],
                            ["test", "nemám, testuji na produkci"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bt028-hu-institute-to-range",
        "description": "Hungarian research institute writing Hungarian and English; production "
        "'198.18.120.10 to 198.18.120.12', the contact written in capitals surname first, a "
        "Budapest landline; no IČO",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Közép-európai Választáskutató Intézet Nonprofit Kft.",
            None,
            None,
            ["198.18.120.10", "198.18.120.11", "198.18.120.12"],
            ["198.18.120.30"],
            "Nagy Orsolya",
            "nagy.orsolya@kevi.example",
            "+3614871925",
        ),
        "from": "Nagy Orsolya <nagy.orsolya@kevi.example>",
        "subject": "Kérelem / Request: XML election results",
        "headers": TBIRD,
        "body": "Tisztelt Hölgyem / Uram, Dear Sir or Madam,\n\n"
        "a Közép-európai Választáskutató Intézet Nonprofit Kft. (Budapest) hozzáférést kér "
        "a választási eredmények XML szolgáltatásához.\n"
        "Our institute requests access to the XML results service for comparative research.\n\n"
        "Production servers: 198.18.120.10 to 198.18.120.12\n"
        "Test server: 198.18.120.30\n"
        "Filming: not requested / nem kérünk forgatási engedélyt.\n\n"
        "Kapcsolattartó / contact person: NAGY Orsolya, +36 1 487 1925\n\n"
        "Üdvözlettel,\n"
        "dr. Nagy Orsolya\n"
        "kutatási igazgató\n",
    },
]
