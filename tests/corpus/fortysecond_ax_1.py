"""Forty-second held-out part ``ax``, cases ax001–ax014: foreign media writing German, Polish,
Slovak, Hungarian, French, Spanish and Swedish-English, a freelancer's terse note, a university
faculty's DOCX letter, a municipality's data message, an agency's HTML table with IPv6, an IT
contractor writing a netmask, a withdrawn filming request, an application for a later election and
an XLSX sheet in a data message. Written by hand apart from the extraction rules (see
make_fortysecond_ax); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysecond_ax_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I2, I3, I5, I6 = ico("5310247"), ico("4781203"), ico("7402915"), ico("0021660")
I7, I8, I9 = ico("0027518"), ico("2793046"), ico("0613582")
I12, I13, I14 = ico("5662091"), ico("2289107"), ico("2816354")
CONTRACTOR_ICO = ico("0718254")

CASES: list[dict[str, Any]] = [
    {
        "id": "ax001-german-regional-paper",
        "description": "German regional newspaper writes German, Produktiv/Test labels, declines "
        "filming, no IČO, German phone with a slash",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Grenzland Verlag GmbH",
            None,
            None,
            ["192.0.2.10"],
            ["192.0.2.11"],
            "Matthias Reindl",
            "m.reindl@grenzland-verlag.example",
            "+499612047719",
        ),
        "from": "Matthias Reindl <m.reindl@grenzland-verlag.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) / žádost",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Oberpfälzer Grenzland Verlag GmbH (Weiden i.d.OPf., HRB 3318) berichtet "
            "regelmäßig über die Wahlen in der Tschechischen Republik und möchte die vorläufigen "
            "Ergebnisse im XML-Format automatisch übernehmen.\n\n"
            "Wir beantragen daher den Zugang zum Ergebnisserver für folgende IP-Adressen:\n"
            "  Produktivsystem: 192.0.2.10\n"
            "  Testsystem:      192.0.2.11\n\n"
            "Eine Drehgenehmigung an den Sammelstellen benötigen wir nicht, wir sind eine "
            "reine Online-/Printredaktion.\n\n"
            "Ansprechpartner ist der Unterzeichnende. Eine tschechische IČO haben wir nicht; "
            "unsere USt-IdNr. lautet DE 281 447 903.\n\n"
            "Mit freundlichen Grüßen / S pozdravem\n\n"
            "Matthias Reindl\nLeiter Digitales\n"
            "Oberpfälzer Grenzland Verlag GmbH\nSchlörplatz 4, 92637 Weiden\n"
            "Tel. +49 (0)961 / 2047-719\nZentrale +49 961 2047-0\n"
        ),
    },
    {
        "id": "ax002-polish-radio-film-only",
        "description": "Polish radio asks only to record at a collection point and says it "
        "does not need the XML feed; Polish phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Radio Beskidy Sp. z o.o.",
            None,
            None,
            [],
            [],
            "Agnieszka Wróblewska",
            "a.wroblewska@radiobeskidy.example",
            "+48338127440",
        ),
        "from": "Agnieszka Wróblewska <a.wroblewska@radiobeskidy.example>",
        "subject": "Prośba o zgodę na nagranie – wybory / natáčení",
        "headers": TBIRD,
        "cte": "8bit",
        "body": (
            "Szanowni Państwo,\n\n"
            "nazywam się Agnieszka Wróblewska i jestem reporterką Radia Beskidy "
            "(Radio Beskidy Sp. z o.o., Bielsko-Biała, KRS 0000187340). Przygotowujemy "
            "reportaż o wyborach u naszych sąsiadów i chcielibyśmy nagrać dźwięk (bez obrazu) "
            "w punkcie zbierania wyników w Ostrawie w nocy z 3 na 4 października.\n\n"
            "Dostępu do serwera z wynikami w formacie XML nie potrzebujemy – wyniki "
            "weźmiemy z oficjalnej strony.\n\n"
            "Będziemy we dwoje: ja i realizator Paweł Ociepka.\n"
            "Kontakt do mnie: +48 33 812 74 40, a.wroblewska@radiobeskidy.example\n\n"
            "Z poważaniem / S úctou\nAgnieszka Wróblewska\nRadio Beskidy\n"
        ),
    },
    {
        "id": "ax003-slovak-cidr-block",
        "description": "Slovak publisher in iso-8859-2, production as a /30 block, test single, "
        "IČO after the name with 'IČO:'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mediálny dom Tatry, s. r. o.",
            I3,
            None,
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            ["198.51.100.40"],
            "Ľubomír Šimko",
            "simko@mdtatry.example",
            "+421905318226",
        ),
        "from": "Ľubomír Šimko <simko@mdtatry.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
        "headers": GMAIL,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\n"
            f"spoločnosť Mediálny dom Tatry, s. r. o., IČO: {I3}, so sídlom v Poprade, "
            "žiada o prístup k priebežným výsledkom volieb v ČR vo formáte XML pre náš "
            "spravodajský portál.\n\n"
            "Produkčné adresy: 198.51.100.16/30 (celý blok, štyri servery za load "
            "balancerom)\n"
            "Testovacia adresa: 198.51.100.40\n\n"
            "Kontaktná osoba: Ľubomír Šimko, vedúci IT, tel. +421 905 318 226\n\n"
            "S pozdravom\nĽubomír Šimko\nMediálny dom Tatry, s. r. o.\n"
            "Štefánikova 19, 058 01 Poprad\n"
        ),
    },
    {
        "id": "ax004-hungarian-english-mix",
        "description": "Hungarian news site mixes Hungarian and English; test address is IPv6, "
        "contact written surname first in Hungarian order",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["2001:db8:70::5"],
            "Szűcs Gergely",
            "szucs.gergely@dunamentihirek.example",
            "+36301184522",
        ),
        "from": "Szűcs Gergely <szucs.gergely@dunamentihirek.example>",
        "subject": "XML election results access - Dunamenti Hírek",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Tisztelt Hölgyem/Uram, dear Sir or Madam,\n\n"
            "sorry, my Czech is not good enough, so in English: Dunamenti Hírek Kft. "
            "(Komárom, cégjegyzékszám 11-09-027415) would like to receive access to the XML "
            "results of the Czech election for our live blog.\n\n"
            "Production servers: 203.0.113.70 and 203.0.113.71\n"
            "Test (staging): 2001:db8:70::5 - only IPv6 there, sorry\n\n"
            "Kapcsolattartó / contact: Szűcs Gergely, +36 30 118 4522\n\n"
            "Köszönöm szépen / thank you,\nSzűcs Gergely\nfőszerkesztő-helyettes\n"
        ),
    },
    {
        "id": "ax005-freelancer-terse-iphone",
        "description": "photographer freelancer's three-line iPhone note, filming only, IČO "
        "typed after 'ic', no diacritics",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Tomáš Brabec",
            I5,
            None,
            [],
            [],
            "Tomáš Brabec",
            "brabec.foto@postak.example",
            "+420733502187",
        ),
        "from": "Tomáš Brabec <brabec.foto@postak.example>",
        "subject": "foceni sberne misto Jihlava",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, jsem fotograf na volne noze (ic "
            f"{I5}), chtel bych fotit a natocit par zaberu na sbernem miste v Jihlave "
            "v sobotu vecer pro CTK a regionalni weby. xml nepotrebuju.\n"
            "Tomas Brabec 733 502 187\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ax006-university-faculty-docx",
        "description": "a faculty's department applies through its university; written range "
        "'192.0.2.130 – 192.0.2.132' in a DOCX table, testing from production",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Univerzita Jana Amose Komenského v Kolíně",
            I6,
            None,
            ["192.0.2.130", "192.0.2.131", "192.0.2.132"],
            [],
            "Petra Zahrádková",
            "zahradkova@fss.ujak-kolin.example",
            "+420321774150",
        ),
        "from": '"doc. PhDr. Petra Zahrádková, Ph.D." <zahradkova@fss.ujak-kolin.example>',
        "subject": "Žádost katedry mediálních studií o XML výsledky voleb",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            "v příloze zasílám žádost naší katedry o přístup k výsledkům voleb ve formátu "
            "XML. Studenti budou ve volební noci provozovat zpravodajský web jako součást "
            "praktické výuky.\n\n"
            "S pozdravem\nPetra Zahrádková\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_CSU_KMS.docx",
                {
                    "header": "Univerzita Jana Amose Komenského v Kolíně | Fakulta sociálních "
                    "studií | Katedra mediálních studií",
                    "footer": f"Kutnohorská 41, 280 02 Kolín | IČO {I6} | www.ujak-kolin.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Kolíně dne 10. září 2025, č. j. UJAK/FSS/2025/0417",
                        "Věc: žádost o přístup k průběžným výsledkům voleb (XML)",
                        "Univerzita Jana Amose Komenského v Kolíně, Fakulta sociálních studií, "
                        "katedra mediálních studií, žádá o přístup k průběžným výsledkům voleb "
                        "ve formátu XML. Fakulta není samostatnou právnickou osobou; žadatelem "
                        "je univerzita.",
                        {
                            "rows": [
                                ["Položka", "Údaj"],
                                ["Produkční adresy", "192.0.2.130 – 192.0.2.132"],
                                [
                                    "Testovací adresa",
                                    "netestujeme zvlášť, testovat budeme z produkčních adres",
                                ],
                                ["Kontaktní osoba", "doc. PhDr. Petra Zahrádková, Ph.D."],
                                ["Telefon", "+420 321 774 150"],
                                ["E-mail", "zahradkova@fss.ujak-kolin.example"],
                            ]
                        },
                        "Laboratoř běží na serverech s Ubuntu 24.04.1 a nginx 1.26.2.",
                        "doc. PhDr. Petra Zahrádková, Ph.D.\nvedoucí katedry",
                    ],
                },
            )
        ],
    },
    {
        "id": "ax007-municipality-databox-annotation",
        "description": "a small town's data message: the whole application is the annotation, "
        "the file is only the mayor's appointment extract",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED],
            "Městys Dolní Březinka",
            I7,
            "r5kmb2v",
            ["203.0.113.90"],
            [],
            "Václav Mrkvička",
            None,
            "+420569441208",
        ),
        "from": "Městys Dolní Březinka <podatelna@dolnibrezinka.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb pro infokanál městyse, IP "
        "203.0.113.90 (jen produkce), kontakt starosta Václav Mrkvička 569 441 208",
        "databox": {
            "box": "r5kmb2v",
            "sender": "Městys Dolní Březinka",
            "address": "Náměstí 1, 582 63 Dolní Březinka",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "usneseni_ZM_2022_01.pdf",
                [
                    "Městys Dolní Březinka, IČO " + I7,
                    "Výpis z usnesení zastupitelstva městyse č. 1/2022 ze dne 19. 10. 2022",
                    "Zastupitelstvo volí starostou městyse pana Václava Mrkvičku.",
                    "Hlasování: pro 9, proti 0, zdrželi se 2.",
                ],
            )
        ],
    },
    {
        "id": "ax008-agency-owa-html-ipv6-column",
        "description": "HTML-only OWA mail from a news agency: IPv4 and IPv6 columns per role, "
        "acronym before the name, photographer request too",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Středomoravská zpravodajská agentura, a.s.",
            I8,
            None,
            ["198.51.100.5", "2001:db8:a::10"],
            ["198.51.100.6", "2001:db8:a::11"],
            "Radek Šustr",
            "sustr@smza.example",
            "+420585201364",
        ),
        "from": "Šustr Radek <sustr@smza.example>",
        "subject": "SMZA - přístup k XML + fotograf na sběrném místě",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Segoe UI,sans-serif;font-size:11pt">'
            "<p>Dobrý den,</p>"
            "<p>SMZA – Středomoravská zpravodajská agentura, a.s. (IČO "
            f"{I8}) žádá o přístup k výsledkům voleb ve formátu XML a zároveň o povolení "
            "pro našeho fotoreportéra na sběrném místě v Olomouci.</p>"
            '<table border="1" style="border-collapse:collapse">'
            "<thead><tr><th>Prostředí</th><th>IPv4</th><th>IPv6</th></tr></thead>"
            "<tbody><tr><td>produkce</td><td>198.51.100.5</td><td>2001:db8:a::10</td></tr>"
            "<tr><td>test</td><td>198.51.100.6</td><td>2001:db8:a::11</td></tr></tbody>"
            "</table>"
            "<p>Fotoreportér: Ondřej Kalus, tel. 604 118 230.</p>"
            "<p>Kontaktní osoba pro žádost: Radek Šustr, vedoucí provozu, "
            "tel. 585 201 364.</p>"
            "<p>S pozdravem<br>Radek Šustr<br>SMZA<br>Horní náměstí 8, 779 00 Olomouc</p>"
            '<p style="color:#888;font-size:8pt">Tato zpráva může obsahovat důvěrné '
            "informace.</p></div></body></html>"
        ),
    },
    {
        "id": "ax009-it-contractor-netmask",
        "description": "an IT contractor writes for a weekly: production as address plus "
        "netmask, version numbers around, the contractor is named the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I9,
            None,
            ["203.0.113.32", "203.0.113.33", "203.0.113.34", "203.0.113.35"],
            ["203.0.113.50"],
            "Jaroslav Kovář",
            "kovar@netservis-kovar.example",
            "+420777650093",
        ),
        "from": "Jaroslav Kovář <kovar@netservis-kovar.example>",
        "subject": "Podbrdsko - XML volby - IP adresy",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "spravuji servery pro Týdeník Podbrdsko s.r.o. (IČO "
            f"{I9}) a jejich jménem žádám o přístup k XML s výsledky voleb. Plnou moc "
            "od jednatele mohu doložit.\n\n"
            "Produkce: 203.0.113.32, maska 255.255.255.252 (čtyři uzly v clusteru)\n"
            "Test: 203.0.113.50\n\n"
            "Stahovat budeme skriptem (Python 3.12.6, requests 2.32.3) přes TLS 1.3.\n\n"
            "Technickým kontaktem jsem já, v redakci se můžete obrátit na šéfredaktorku "
            "paní Holou (318 622 410).\n\n"
            "S pozdravem\nJaroslav Kovář\nNetServis Kovář s.r.o., IČO "
            f"{CONTRACTOR_ICO}\nmobil 777 650 093\n"
        ),
    },
    {
        "id": "ax010-french-tv-conditional-filming",
        "description": "French regional TV asks to film, conditional on its crew's trip being "
        "confirmed; does not need the feed; French phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Télé Alsace Nord SAS",
            None,
            None,
            [],
            [],
            "Camille Fournier",
            "c.fournier@tele-alsace-nord.example",
            "+33388271645",
        ),
        "from": "Camille Fournier <c.fournier@tele-alsace-nord.example>",
        "subject": "Demande d'autorisation de tournage - élections",
        "headers": APPLE,
        "body": (
            "Madame, Monsieur,\n\n"
            "je suis journaliste à Télé Alsace Nord SAS (Strasbourg). Nous préparons un "
            "sujet de 4 minutes sur la soirée électorale en Tchéquie.\n\n"
            "Sous réserve de la confirmation de notre déplacement (prévue pour le 25 "
            "septembre), nous souhaiterions filmer dans un de vos centres de collecte des "
            "résultats à Prague, le 4 octobre entre 18 h et 22 h. Équipe de trois personnes, "
            "une caméra.\n\n"
            "L'accès au flux XML ne nous est pas nécessaire.\n\n"
            "Contact : Camille Fournier, +33 3 88 27 16 45\n\n"
            "Cordialement,\nCamille Fournier\nTélé Alsace Nord\n"
        ),
    },
    {
        "id": "ax011-spanish-freelance-ipv6-only",
        "description": "Spanish freelance data journalist, one IPv6 production address, no test "
        "address and no company",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Lucía Ortega Ramírez",
            None,
            None,
            ["2001:db8:4f2::1"],
            [],
            "Lucía Ortega Ramírez",
            "lucia.ortega@periodista.example",
            "+34612408337",
        ),
        "from": "Lucía Ortega Ramírez <lucia.ortega@periodista.example>",
        "subject": "Solicitud acceso XML resultados electorales",
        "headers": GMAIL,
        "body": (
            "Buenos días:\n\n"
            "Soy periodista de datos independiente (autónoma, sin empresa) y colaboro con "
            "varios medios españoles. Me gustaría solicitar acceso a los resultados "
            "electorales en formato XML.\n\n"
            "Mi servidor solo tiene IPv6: 2001:db8:4f2::1\n"
            "No tengo IP de pruebas; haré las pruebas desde el mismo servidor.\n\n"
            "Teléfono: +34 612 40 83 37\n\n"
            "Muchas gracias y un saludo,\nLucía Ortega Ramírez\n"
        ),
    },
    {
        "id": "ax012-swedish-english-withdrawn-filming",
        "description": "Swedish radio in English asks for both, then a P.S. cancels the "
        "filming part; a Swedish mobile",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Nordvik Radio AB",
            None,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.210"],
            "Elin Lindqvist",
            "elin.lindqvist@nordvikradio.example",
            "+46707413385",
        ),
        "from": "Elin Lindqvist <elin.lindqvist@nordvikradio.example>",
        "subject": "Election night: XML access and filming permission",
        "headers": OUTLOOK,
        "body": (
            "Hej / Dobrý den,\n\n"
            "Nordvik Radio AB (org.nr 556712-4408) would like to apply for:\n"
            "1) access to the XML results server\n"
            "2) permission to film at a collection point in Prague\n\n"
            "Our servers: 198.51.100.200 and 198.51.100.201 (production), "
            "198.51.100.210 (test).\n\n"
            "Contact: Elin Lindqvist, +46 70 741 33 85\n\n"
            "Med vänliga hälsningar,\nElin Lindqvist\nNordvik Radio, Luleå\n\n"
            "P.S. I just heard from our producer - the crew will not travel after all, "
            "so please disregard point 2, we cancel the filming request. Only the XML "
            "access is needed.\n"
        ),
    },
    {
        "id": "ax013-later-election-old-address",
        "description": "an association applies already for a later regional election; last "
        "year's address no longer used; windows-1250 Seznam mail",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Zpravodaj Pošumaví, z.s.",
            I12,
            None,
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Marie Kadlecová",
            "kadlecova@zpravodajposumavi.example",
            "+420602331478",
        ),
        "from": "Marie Kadlecová <kadlecova@zpravodajposumavi.example>",
        "subject": "přístup k výsledkům - krajské volby 2028",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "vím, že je to s velkým předstihem, ale raději to posílám hned: spolek "
            f"Zpravodaj Pošumaví, z.s., IČ {I12}, žádá o přístup k XML výsledkům pro "
            "volby do zastupitelstev krajů v roce 2028 (letos jsme to nestihli).\n\n"
            "Loni jsme měli server na 192.0.2.45, ten už ale nepoužíváme a zrušili jsme ho. "
            "Nově:\n"
            "produkční 192.0.2.60\n"
            "testovací 192.0.2.61\n\n"
            "Kontakt: Marie Kadlecová, 602 331 478\n\n"
            "Děkuji\nMarie Kadlecová\npředsedkyně spolku\nVimperk 385 01\n"
        ),
    },
    {
        "id": "ax014-databox-xlsx-ranges",
        "description": "data message from an agency: annotation only names the matter, the "
        "XLSX sheet gives a PROD range and a TST address, contact on a second sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Morava, s.r.o.",
            I14,
            "t8rwq2x",
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.20"],
            "Lenka Horáková",
            "horakova@zam.example",
            "+420548219006",
        ),
        "from": "Zpravodajská agentura Morava <datovka@zam.example>",
        "subject": "Volby 2025 - žádost o přístup (IP adresy v příloze)",
        "databox": {
            "box": "t8rwq2x",
            "sender": "Zpravodajská agentura Morava, s.r.o.",
            "address": "Cejl 62, 602 00 Brno",
        },
        "attachments": [
            (
                "xlsx",
                "ZAM_volby_IP.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Žadatel", f"Zpravodajská agentura Morava, s.r.o., IČO {I14}"],
                            [],
                            ["Typ", "Adresa", "Poznámka"],
                            ["PROD", "203.0.113.10-12", "tři frontendy"],
                            ["TST", "203.0.113.20", "staging"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Telefon", "E-mail"],
                            ["Horáková Lenka", "548 219 006", "horakova@zam.example"],
                        ],
                    },
                ],
            )
        ],
    },
]
