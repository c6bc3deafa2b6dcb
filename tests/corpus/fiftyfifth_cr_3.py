"""Fifty-fifth held-out part ``cr``, cases cr029–cr042: a Polish university institute, a Swiss
paper with an IPv6 /127, a regional TV naming an internal host, a small municipality's filming
data message, a Norwegian/English mail with a shortened last octet, an Academy institute's ODT
range, a reply from a foreign wire's Prague bureau, an IT contractor's workbook, a regional TV's
data message correcting its RTF, a German freelancer, a Serbian station applying for a later
election, a long Czech letter with a netmask, a Finnish/English note and a trade name's data
message. Written by hand apart from the extraction rules (see make_fiftyfifth_cr); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfifth_cr_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I31, I32, I34, I36, I36C, I37, I40, I42 = (
    ico("2715094"),
    ico("0284617"),
    ico("6807213"),
    ico("2537481"),
    ico("0481296"),
    ico("2619374"),
    ico("4408127"),
    ico("7530942"),
)

_BUREAU_QUOTE = (
    "On Tue, 9 Sep 2025 at 10:12, Oddělení volebních aplikací ČSÚ wrote:\n"
    "> Dobrý den,\n"
    "> k vyřízení žádosti potřebujeme IP adresy serverů (produkční a testovací)\n"
    "> a kontaktní osobu. Pro natáčení prosíme o jména členů štábu.\n"
    "> Český statistický úřad, IČO 00025593, datová schránka 2gfaasy\n"
    ">\n"
    "> On 8 Sep 2025, Tomáš Kolář wrote:\n"
    ">> Hello, Danube Newswire would like election data and to film on the night.\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "cr029-polish-university-institute",
        "description": "Polish university institute writing in Polish (Thunderbird, qp): the "
        "institute is no legal entity, the university applies; 'i' joins two production "
        "addresses; a department phone and a mobile, the first given",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Uniwersytet Nadodrzański",
            None,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.95"],
            "Agnieszka Wróbel",
            "agnieszka.wrobel@un.example",
            "+48713204518",
        ),
        "from": "dr Agnieszka Wróbel <agnieszka.wrobel@un.example>",
        "subject": "Prośba o dostęp do danych wyborczych – Instytut Dziennikarstwa UN",
        "headers": TBIRD,
        "body": "Szanowni Państwo,\n\n"
        "Instytut Dziennikarstwa i Komunikacji Społecznej Uniwersytetu Nadodrzańskiego "
        "prowadzi projekt badawczy dotyczący relacjonowania wyborów w Europie Środkowej. "
        "W imieniu Uniwersytetu Nadodrzańskiego prosimy o dostęp do serwera z wynikami "
        "wyborów w formacie XML.\n\n"
        "Serwery produkcyjne: 192.0.2.90 i 192.0.2.91\n"
        "Serwer testowy: 192.0.2.95\n\n"
        "Osoba kontaktowa: dr Agnieszka Wróbel, tel. +48 71 320 45 18, kom. +48 692 118 307\n\n"
        "Z wyrazami szacunku\n"
        "dr Agnieszka Wróbel\n"
        "Instytut Dziennikarstwa i Komunikacji Społecznej\n"
        "Uniwersytet Nadodrzański, Wrocław\n",
    },
    {
        "id": "cr030-swiss-ipv6-127-test-ipv4",
        "description": "Swiss weekly in German: production an IPv6 /127 (two addresses), test "
        "an IPv4 address; 'Die … AG' opens the sentence while the signature writes it "
        "without the article; UID CHE number is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Limmattaler Wochenpost AG",
            None,
            None,
            ["2001:db8:c4::a", "2001:db8:c4::b"],
            ["198.51.100.44"],
            "Reto Brunner",
            "reto.brunner@wochenpost.example",
            "+41791847362",
        ),
        "from": "Reto Brunner <reto.brunner@wochenpost.example>",
        "subject": "Zugang Wahlresultate XML",
        "headers": APPLE,
        "body": "Grüezi\n\n"
        "Die Limmattaler Wochenpost AG möchte für die Berichterstattung über die Wahlen in "
        "Tschechien Zugang zu Ihrem XML-Server beantragen.\n\n"
        "Produktiv: 2001:db8:c4::a/127\n"
        "Test: 198.51.100.44\n\n"
        "Drehgenehmigung brauchen wir keine.\n\n"
        "Freundliche Grüsse\nReto Brunner, Online-Redaktion\n"
        "Limmattaler Wochenpost AG, Dietikon | CHE-274.918.305\n+41 79 184 73 62\n",
    },
    {
        "id": "cr031-regional-tv-internal-host-nat",
        "description": "Czech regional TV names its internal host behind NAT (not to be allowed, "
        "a private address) and the public production and test addresses",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "TV Beskydy Plus s.r.o.",
            I31,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Lukáš Bartošek",
            "bartosek@tvbeskydy.example",
            "+420731528604",
        ),
        "from": "Lukáš Bartošek <bartosek@tvbeskydy.example>",
        "subject": "TV Beskydy Plus - XML volby",
        "headers": K9,
        "body": "Dobrý den,\n\nza TV Beskydy Plus s.r.o., IČO " + I31 + ", žádám o přístup "
        "k XML. Grafika běží na interním stroji 10.20.0.15 (ten nepovolujte, je za NATem), "
        "ven chodí z 203.0.113.150. Test z 203.0.113.151.\n\n"
        "Lukáš Bartošek, technik\n731 528 604\n",
    },
    {
        "id": "cr032-databox-small-municipality-filming-docx",
        "description": "data message from a small municipality (authority box): it wants to film "
        "the count for its newsletter; the DOCX says XML is not needed; the mayor is the "
        "contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Městys Nové Sedlice",
            I32,
            "m2ns7va",
            [],
            [],
            "Hana Dobešová",
            "starostka@novesedlice.example",
            "+420602748153",
        ),
        "databox": box("m2ns7va", "Městys Nové Sedlice", "Náměstí 3, 394 61 Nové Sedlice", 10),
        "subject": "Žádost o povolení natáčení",
        "attachments": [
            (
                "docx",
                "zadost_natáčení.docx",
                {
                    "header": "Městys Nové Sedlice | IČO " + I32,
                    "footer": "Sedlický zpravodaj – měsíčník městyse",
                    "blocks": [
                        "Věc: žádost o povolení natáčení",
                        "Městys Nové Sedlice vydává měsíčník Sedlický zpravodaj a rád by "
                        "natočil krátkou reportáž o zpracování výsledků na pracovišti ČSÚ "
                        "v Pelhřimově. O přístup k datům (XML) nežádáme.",
                        "Kontakt: Hana Dobešová, starostka, starostka@novesedlice.example, "
                        "602 748 153",
                    ],
                },
            )
        ],
    },
    {
        "id": "cr033-norwegian-english-short-octet",
        "description": "Norwegian paper mixing Norwegian and English: the second production "
        "address is written as '.171' after the first; org.nr is no IČO",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Fjordposten AS",
            None,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.179"],
            "Ingrid Solberg",
            "ingrid.solberg@fjordposten.example",
            "+4791284375",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@fjordposten.example>",
        "subject": "Election data access / valgdata",
        "headers": GMAIL,
        "body": "Hei / hello,\n\n"
        "Fjordposten AS (org.nr 918 374 205) would like access to the XML results feed for "
        "the Czech election – vi lager en live-side.\n\n"
        "Produksjon: 203.0.113.170 and .171\nTest: 203.0.113.179\n\n"
        "No filming, takk.\n\nIngrid Solberg\nutvikler / developer\n+47 912 84 375\n",
    },
    {
        "id": "cr034-academy-institute-range-odt",
        "description": "public research institute's letter in an ODT: a written range of three "
        "production addresses and one test; the legal form 'v. v. i.' is part of the name",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Ústav regionálních dat AV ČR, v. v. i.",
            I34,
            None,
            ["198.18.20.1", "198.18.20.2", "198.18.20.3"],
            ["198.18.20.9"],
            "Martin Zedník",
            "zednik@urd.cas.example",
            "+420221403517",
        ),
        "from": "Martin Zedník <zednik@urd.cas.example>",
        "subject": "Žádost ÚRD AV ČR o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nv příloze posílám žádost našeho ústavu.\n\nMartin Zedník\n",
        "attachments": [
            (
                "odt",
                "URD_zadost_volby.odt",
                [
                    "Ústav regionálních dat AV ČR, v. v. i., Pod Vodárenskou věží 8, "
                    "182 00 Praha 8, IČO " + I34,
                    "Věc: Žádost o zpřístupnění výsledků voleb",
                    "Pro výzkumný projekt sledování průběhu sčítání žádáme o přístup k "
                    "výsledkům ve formátu XML z adres 198.18.20.1–198.18.20.3 (produkce); "
                    "testovací adresa 198.18.20.9.",
                    "Kontaktní osoba: RNDr. Martin Zedník, Ph.D., zednik@urd.cas.example, "
                    "tel. 221 403 517",
                    "prof. Ing. Věra Chalupová, DrSc., ředitelka",
                ],
            )
        ],
    },
    {
        "id": "cr035-reply-foreign-bureau-respectively",
        "description": "English reply from a foreign wire's Prague bureau above the office's "
        "Czech question (quoting the office's IČO and box): 'respectively' pairs production "
        "and test; a camera operator named for filming; UK Ltd without IČO",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Danube Newswire Ltd",
            None,
            None,
            ["198.51.100.244"],
            ["198.51.100.245"],
            "Tomáš Kolář",
            "t.kolar@danubewire.example",
            "+420725930418",
        ),
        "from": "Tomáš Kolář <t.kolar@danubewire.example>",
        "subject": "Re: Danube Newswire – žádost",
        "headers": GMAIL,
        "body": "Hello, thanks – sorry, I'll answer in English for my London colleagues in "
        "copy.\n\n"
        "Danube Newswire Ltd (Prague bureau) asks for both the XML feed and filming. The "
        "production and test servers are 198.51.100.244 and 198.51.100.245 respectively. "
        "Crew: Tomáš Kolář (correspondent) and Hannah Price (camera). I'm the contact: "
        "+420 725 930 418.\n\n"
        "Best,\nTomáš Kolář\nPrague correspondent, Danube Newswire Ltd\n\n" + _BUREAU_QUOTE,
        "cc": "desk@danubewire.example",
    },
    {
        "id": "cr036-it-contractor-xlsx-empty-ish",
        "description": "IT contractor's one-line note with a workbook for its client paper: the "
        "client (with IČO) applies, the contact is the editor named in the workbook, an IPv6 "
        "production address among two IPv4 ones; the contractor's IČO in the signature",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Krkonošský deník, s.r.o.",
            I36,
            None,
            ["192.0.2.120", "192.0.2.121", "2001:db8:ee::120"],
            ["192.0.2.129"],
            "Hana Bergerová",
            "bergerova@krkonosskydenik.example",
            "+420604917325",
        ),
        "from": "Bitwise Hosting <podpora@bitwisehosting.example>",
        "subject": "Krkonošský deník - volby",
        "headers": ROUNDCUBE,
        "body": "posíláme za klienta, viz xlsx.\n--\nBitwise Hosting s.r.o., IČO " + I36C + "\n",
        "attachments": [
            (
                "xlsx",
                "KD_volby_IP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Krkonošský deník, s.r.o."],
                            ["IČO", I36],
                            ["Požadavek", "přístup k XML s výsledky voleb"],
                            ["Natáčení", "ne"],
                            ["Produkční IP", "192.0.2.120"],
                            ["", "192.0.2.121"],
                            ["", "2001:db8:ee::120"],
                            ["Testovací IP", "192.0.2.129"],
                            ["Kontakt za redakci", "Hana Bergerová"],
                            ["E-mail", "bergerova@krkonosskydenik.example"],
                            ["Tel.", "604 917 325"],
                        ],
                        "merge": ["A5:A7"],
                    }
                ],
            )
        ],
    },
    {
        "id": "cr037-databox-regional-tv-rtf-corrected-test",
        "description": "data message from a regional TV: the RTF gives test 198.51.100.12, the "
        "annotation corrects it to 198.51.100.21; feed and filming",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Podještědí s.r.o.",
            I37,
            "t6rv3nd",
            ["198.51.100.10", "198.51.100.11"],
            ["198.51.100.21"],
            "Štěpán Malina",
            "malina@rtpodjestedi.example",
            "+420608152739",
        ),
        "databox": box(
            "t6rv3nd", "Regionální televize Podještědí s.r.o.", "Husova 27, 460 01 Liberec"
        ),
        "subject": "Žádost volby - OPRAVA: testovací IP v příloze je chybně 198.51.100.12, "
        "správně 198.51.100.21",
        "attachments": [
            (
                "rtf",
                "zadost_RTP.rtf",
                [
                    "Regionální televize Podještědí s.r.o., IČO " + I37,
                    "Žádáme o přístup k výsledkům voleb (XML) a o povolení natáčet na "
                    "pracovišti ČSÚ v Liberci.",
                    [
                        ["produkční", "198.51.100.10, 198.51.100.11"],
                        ["testovací", "198.51.100.12"],
                    ],
                    "Kontakt: Štěpán Malina, malina@rtpodjestedi.example, 608 152 739",
                ],
            )
        ],
    },
    {
        "id": "cr038-german-freelancer-ipv6-only",
        "description": "German freelance journalist, no company: the dash after his name "
        "describes his work, so his own name is the applicant; an IPv6 production address "
        "only, no test; feed and filming",
        "style": Style.TERSE,
        "labels": L(
            [FEED, FILM],
            "Jonas Weber",
            None,
            None,
            ["2001:db8:3b0::5"],
            [],
            "Jonas Weber",
            "jonas@weber-texte.example",
            "+4915112873940",
        ),
        "from": "Jonas Weber <jonas@weber-texte.example>",
        "subject": "Wahlen – Datenzugang + Drehgenehmigung",
        "headers": SAMSUNG,
        "body": "Hallo,\n\nich bräuchte Zugang zum XML-Feed (Server: 2001:db8:3b0::5, "
        "getestet wird auf demselben) und eine Drehgenehmigung für den Wahlabend.\n\n"
        "Jonas Weber – freier Journalist\n0151 12873940\n",
    },
    {
        "id": "cr039-serbian-later-election-range",
        "description": "Serbian radio in Latin script applies as a whole for the next "
        "parliamentary election; production as a written range, testing from the same "
        "addresses ('adresa za testiranje' is the same); PIB is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Banat Info d.o.o.",
            None,
            None,
            ["192.0.2.240", "192.0.2.241", "192.0.2.242"],
            [],
            "Milica Jovanović",
            "milica.jovanovic@banatinfo.example",
            "+381641283750",
        ),
        "from": "Milica Jovanović <milica.jovanovic@banatinfo.example>",
        "subject": "Zahtev za pristup rezultatima – sledeći parlamentarni izbori",
        "headers": ROUNDCUBE,
        "body": "Poštovani,\n\n"
        "Radio Banat Info d.o.o. (PIB 108472936), Zrenjanin, podnosi zahtev za pristup "
        "rezultatima u XML formatu za sledeće parlamentarne izbore u Češkoj.\n\n"
        "Produkcione adrese: 192.0.2.240 – 192.0.2.242\n"
        "Adresa za testiranje: ista kao produkciona, nemamo poseban server.\n\n"
        "Kontakt: Milica Jovanović, urednica, +381 64 128 3750\n\n"
        "Srdačan pozdrav,\nMilica Jovanović\n",
    },
    {
        "id": "cr040-czech-long-letter-pdf-netmask",
        "description": "long formal Czech letter in a PDF: production '198.18.100.8 s maskou "
        "255.255.255.252' (four addresses), a test address, feed and filming with a crew; "
        "publisher and its title both named",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Vltavské vydavatelství, a.s.",
            I40,
            None,
            ["198.18.100.8", "198.18.100.9", "198.18.100.10", "198.18.100.11"],
            ["198.18.100.20"],
            "Ivana Šimková",
            "simkova@vltavske.example",
            "+420602519837",
        ),
        "from": "Ivana Šimková <simkova@vltavske.example>",
        "subject": "Žádost Vltavského vydavatelství (Jihočeský večerník) – volby",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nzasílám žádost v PDF.\n\nS pozdravem\nIvana Šimková\n",
        "attachments": [
            (
                "pdf",
                "zadost_volby_VV.pdf",
                [
                    "Vltavské vydavatelství, a.s. | Lannova 21, 370 01 České Budějovice | "
                    "IČO " + I40,
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o zpřístupnění výsledků voleb a o povolení pořizovat "
                    "audiovizuální záznam",
                    "Vážené dámy, vážení pánové,",
                    "Vltavské vydavatelství, a.s., vydavatel deníku Jihočeský večerník a "
                    "jeho zpravodajského webu, se na Vás obrací se žádostí o zpřístupnění "
                    "průběžných výsledků voleb na dedikovaném serveru ve formátu XML. "
                    "Výsledky budeme zobrazovat v on-line přenosu a v mimořádném vydání.",
                    "Produkční prostředí: 198.18.100.8 s maskou 255.255.255.252. Testovací "
                    "prostředí: 198.18.100.20.",
                    "Dále žádáme o povolení natáčet a fotografovat na krajském pracovišti "
                    "ČSÚ v Českých Budějovicích; štáb: Petr Koubek (kamera), Eva Linhartová "
                    "(redaktorka).",
                    "Kontaktní osobou pro tuto žádost je Ing. Ivana Šimková, vedoucí "
                    "digitálního vývoje, simkova@vltavske.example, tel. 602 519 837.",
                    "S úctou\nMgr. Otakar Beneš\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "cr041-finnish-english-terse",
        "description": "terse Finnish/English note: production and test in one line with roles "
        "in Finnish; Y-tunnus is no IČO",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Lapin Sanomat Oy",
            None,
            None,
            ["203.0.113.230"],
            ["203.0.113.231"],
            "Mikko Heikkinen",
            "mikko.heikkinen@lapinsanomat.example",
            "+358401875263",
        ),
        "from": "Mikko Heikkinen <mikko.heikkinen@lapinsanomat.example>",
        "subject": "XML feed request",
        "headers": APPLE,
        "body": "Hei, Lapin Sanomat Oy (Y-tunnus 2847163-5) requests XML feed access. "
        "tuotanto 203.0.113.230, testi 203.0.113.231. No filming. – Mikko Heikkinen, "
        "+358 40 187 5263\n",
    },
    {
        "id": "cr042-databox-trade-name-osvc",
        "description": "data message from a natural person in business whose application "
        "names herself joined by a dash to her trade name (kept whole); IPv6 and IPv4 "
        "production, a test address in the annotation",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kateřina Malá – Datové studio Mala",
            I42,
            "q9dm4xs",
            ["2001:db8:61::4", "198.18.30.4"],
            ["198.18.30.5"],
            "Kateřina Malá",
            "katerina@datovestudiomala.example",
            "+420736482019",
        ),
        "databox": box("q9dm4xs", "Kateřina Malá", "Palackého 12, 779 00 Olomouc", 40),
        "subject": "Žádost o XML výsledky; testovací IP 198.18.30.5",
        "attachments": [
            (
                "pdf",
                "zadost_Mala.pdf",
                [
                    "Žadatel: OSVČ (Kateřina Malá – Datové studio Mala, IČO " + I42 + ")",
                    "Připravuji interaktivní volební mapy pro regionální weby a žádám o "
                    "přístup k výsledkům ve formátu XML.",
                    "Produkční server: 2001:db8:61::4 a 198.18.30.4 (dual stack).",
                    "Kontakt: katerina@datovestudiomala.example, 736 482 019",
                ],
            )
        ],
    },
]
