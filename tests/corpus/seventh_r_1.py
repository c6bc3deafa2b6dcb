"""Seventh held-out set, part ``r``, cases r001–r014: data messages and formal letters
(publishers, municipalities, universities, broadcasters, natural persons), written by hand
apart from the extraction rules. Score only at the very end; never tune against them."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_1 = ico("2740318")
ICO_2 = ico("0028461")
ICO_3 = ico("6138207")
ICO_4 = ico("0021663")
ICO_5 = ico("4710392")
ICO_5P = ico("4710555")
ICO_7 = ico("0534120")
ICO_9 = ico("2951847")
ICO_11 = ico("0747903")
ICO_13 = ico("1786032")

CASES: list[dict[str, Any]] = [
    {
        "id": "r001-databox-publisher-pdf-letter",
        "description": "publisher's data message, the application in a PDF letter with č. j., "
        "the office's box and IČO printed in the address block",
        "style": "databox-message",
        "databox": {
            "box": "k7wm3qa",
            "sender": "Jihočeské listy a.s.",
            "address": "Lannova 1184/16, 370 01 České Budějovice",
            "type": 20,
        },
        "subject": "Žádost o přístup k datům voleb – JL/0412/2026",
        "attachments": [
            (
                "pdf",
                "zadost_JL-0412-2026.pdf",
                [
                    "Jihočeské listy a.s., Lannova 1184/16, 370 01 České Budějovice, "
                    f"IČO {ICO_1}, ID DS k7wm3qa",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10, "
                    "IČO 00025593, ID datové schránky 2gfaasy",
                    "Naše č. j.: JL/0412/2026    Vyřizuje: Ing. Radka Pešková    "
                    "V Českých Budějovicích dne 12. 3. 2026",
                    "Věc: Žádost o zpřístupnění výsledků voleb v XML",
                    "Vážení, žádáme o zařazení naší redakce mezi příjemce výsledků voleb "
                    "prostřednictvím vyhrazeného serveru. Data budeme stahovat z těchto "
                    "adres:",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkce", "198.51.100.41"],
                            ["produkce – záloha", "198.51.100.42"],
                            ["test", "203.0.113.140"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osobou pro technické záležitosti je Ing. Radka Pešková, "
                    "tel. ústředna 387 411 900, mobil 731 220 418, e-mail peskova@jihoceskelisty.example.",
                    "S pozdravem",
                    "Mgr. Tomáš Kubíček, předseda představenstva",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Jihočeské listy a.s.",
            ICO_1,
            "k7wm3qa",
            ["198.51.100.41", "198.51.100.42"],
            ["203.0.113.140"],
            "Radka Pešková",
            "peskova@jihoceskelisty.example",
            "+420731220418",
        ),
    },
    {
        "id": "r002-databox-municipal-newsroom-annotation",
        "description": "municipality's data message, the whole application in the annotation "
        "and a short txt without diacritics; no test address",
        "style": "databox-message",
        "databox": {
            "box": "v3nbq8e",
            "sender": "Město Litovel",
            "address": "nám. Přemysla Otakara 778/778, 784 01 Litovel",
            "type": 10,
        },
        "subject": "Litovelský zpravodaj - pristup k XML vysledkum voleb, 1 IP",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Mesto Litovel, vydavatel Litovelskeho zpravodaje, ICO "
                f"{ICO_2}, zada o pristup k vysledkum voleb ve formatu XML.\n\n"
                "Verejna IP adresa serveru mesta: 192.0.2.77\n"
                "Testovaci adresu nemame.\n\n"
                "Kontakt: Bc. Marek Zbořil, odbor vnitrnich veci, zboril@litovel-mesto.example, "
                "tel. 585 153 270\n",
            )
        ],
        "labels": L(
            FEED,
            "Město Litovel",
            ICO_2,
            "v3nbq8e",
            ["192.0.2.77"],
            [],
            "Marek Zbořil",
            "zboril@litovel-mesto.example",
            "+420585153270",
        ),
    },
    {
        "id": "r003-databox-university-docx-table-cidr",
        "description": "university faculty, DOCX with a table, a /30 production block and a "
        "single test address; paragraph numbers and a Sp. zn. look like numbers",
        "style": "attachment",
        "databox": {
            "box": "hq2x9pd",
            "sender": "Masarykova univerzita",
            "address": "Žerotínovo nám. 617/9, 601 77 Brno",
            "type": 10,
        },
        "subject": "Sp. zn. MU-FSS/22/2026 – žádost o datový přístup",
        "attachments": [
            (
                "docx",
                "MU-FSS-22-2026.docx",
                {
                    "header": "Masarykova univerzita, Fakulta sociálních studií",
                    "blocks": [
                        "Sp. zn.: MU-FSS/22/2026",
                        "Věc: žádost o přístup k výsledkům voleb (XML) pro výzkumný projekt "
                        "Volební mapa 2026",
                        "1. Masarykova univerzita, IČO " + ICO_3 + ", se sídlem Žerotínovo "
                        "nám. 617/9, Brno, žádá o přístup k vyhrazenému serveru.",
                        "2. Výsledky budou zpracovávány na serverech fakulty podle čl. 4.2 "
                        "směrnice děkana č. 3/2025.",
                        {
                            "rows": [
                                ["Prostředí", "Adresy"],
                                ["ostrý provoz", "198.18.44.8/30"],
                                ["testovací", "198.18.44.20"],
                            ]
                        },
                        "3. Kontaktní osoba: doc. PhDr. Jana Holubová, Ph.D., "
                        "holubova@fss-mu.example, +420 549 497 311.",
                    ],
                    "footer": "Strana 1 z 1",
                },
            )
        ],
        "labels": L(
            FEED,
            "Masarykova univerzita",
            ICO_3,
            "hq2x9pd",
            ["198.18.44.8", "198.18.44.9", "198.18.44.10", "198.18.44.11"],
            ["198.18.44.20"],
            "Jana Holubová",
            "holubova@fss-mu.example",
            "+420549497311",
        ),
    },
    {
        "id": "r004-databox-broadcaster-filming-only",
        "description": "public broadcaster's data message asking only to film at collection "
        "points; the letter says it already has feed access, no addresses asked for",
        "style": "recording-permit",
        "databox": {
            "box": "p8dn4ty",
            "sender": "Český rozhlas",
            "address": "Vinohradská 1409/12, 120 00 Praha 2",
            "type": 10,
        },
        "subject": "Natáčení na přebíracích místech – volby 2026",
        "attachments": [
            (
                "pdf",
                "CRo_natáčení.pdf",
                [
                    "Český rozhlas, Vinohradská 1409/12, 120 00 Praha 2, IČO " + ICO_4,
                    "Č. j.: CRo-ZP-1187/2026",
                    "Věc: žádost o povolení pořizovat zvukové a obrazové záznamy",
                    "Český rozhlas žádá o povolení pořizovat záznamy na přebíracích "
                    "místech v Praze, Ostravě a Hradci Králové v noci po uzavření "
                    "volebních místností. Přístup k XML výsledkům máme od minulých "
                    "voleb a o něj nyní nežádáme; adresy zůstávají beze změny.",
                    "Štáb: Petr Vondráček (redaktor), Lucie Šimková (zvuk).",
                    "Kontakt pro tuto žádost: Alena Kořínková, produkce zpravodajství, "
                    "alena.korinkova@rozhlas-cr.example, 604 118 352.",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Český rozhlas",
            ICO_4,
            "p8dn4ty",
            [],
            [],
            "Alena Kořínková",
            "alena.korinkova@rozhlas-cr.example",
            "+420604118352",
        ),
    },
    {
        "id": "r005-letter-parent-company-ico",
        "description": "e-mailed formal letter: a parent company's IČO beside the applicant's, "
        "the applicant is the subsidiary publisher",
        "style": "look-alikes",
        "from": "Hana Vlčková <vlckova@severnimedia.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Severní média s.r.o.",
        "body": "Dobrý den,\n\n"
        "v příloze posílám podepsanou žádost, pro jistotu ji opisuji i sem.\n\n"
        "Žadatel: Severní média s.r.o., IČO " + ICO_5 + ", Masarykova 3123/5, "
        "400 01 Ústí nad Labem\n"
        "(dceřiná společnost skupiny Regio Holding a.s., IČO " + ICO_5P + ")\n\n"
        "Požadujeme přístup k XML výstupu výsledků voleb pro portál severniden.example.\n"
        "Produkční servery: 203.0.113.60, 203.0.113.61, 203.0.113.62\n"
        "Testovací: 203.0.113.200\n\n"
        "Kontaktní osoba: Hana Vlčková, tel. +420 777 031 904\n\n"
        "S pozdravem\nHana Vlčková\nvedoucí IT, Severní média s.r.o.\n",
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    "Severní média s.r.o., IČO " + ICO_5,
                    "Žádáme o přístup k XML výstupu výsledků voleb.",
                    "Produkce: 203.0.113.60, 203.0.113.61, 203.0.113.62; test: 203.0.113.200",
                    "Hana Vlčková, vedoucí IT",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Severní média s.r.o.",
            ICO_5,
            None,
            ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
            ["203.0.113.200"],
            "Hana Vlčková",
            "vlckova@severnimedia.example",
            "+420777031904",
        ),
    },
    {
        "id": "r006-databox-natural-person-freelancer",
        "description": "a natural person's data box (type 40), a freelance photographer asking "
        "to photograph at a collection point; no IČO, phone in the annotation",
        "style": "databox-message",
        "databox": {
            "box": "f2ke7mu",
            "sender": "Ondřej Hlaváček",
            "address": "Slezská 2040/88, 130 00 Praha 3",
            "type": 40,
        },
        "subject": "Prosba o povolení fotit na přebíracím místě Praha 3 – O. Hlaváček, "
        "tel. 608 552 197",
        "attachments": [
            (
                "odt",
                "zadost_foto.odt",
                [
                    "Dobrý den,",
                    "jsem fotograf na volné noze (spolupracuji s několika zpravodajskými "
                    "weby) a rád bych požádal o povolení fotografovat na přebíracím místě "
                    "v Praze 3 ve volební noci.",
                    "Přístup k datům nepotřebuji.",
                    "E-mail: ondrej.hlavacek@fotoprace.example",
                    "Ondřej Hlaváček",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Ondřej Hlaváček",
            None,
            "f2ke7mu",
            [],
            [],
            "Ondřej Hlaváček",
            "ondrej.hlavacek@fotoprace.example",
            "+420608552197",
        ),
    },
    {
        "id": "r007-databox-correction-second-message",
        "description": "second data message correcting the first: the first message is quoted in "
        "the attached letter and the corrected test address replaces the old one",
        "style": "correction",
        "databox": {
            "box": "b9rt2cw",
            "sender": "Vysočina Press, s.r.o.",
            "address": "Havlíčkovo nám. 44, 580 01 Havlíčkův Brod",
            "type": 20,
            "ref": "VP-17/2026",
        },
        "subject": "OPRAVA k žádosti VP-17/2026 (přístup k XML výsledkům)",
        "attachments": [
            (
                "docx",
                "oprava_VP-17.docx",
                {
                    "blocks": [
                        "Vysočina Press, s.r.o., IČO " + ICO_7,
                        "Naše zn.: VP-17/2026",
                        "Věc: oprava žádosti zaslané datovou zprávou dne 2. 3. 2026",
                        "V naší žádosti jsme uvedli chybnou testovací adresu. Správná "
                        "testovací adresa je 192.0.2.131 (nikoli 192.0.2.113). Ostatní "
                        "údaje zůstávají beze změny.",
                        "— Původní text žádosti —",
                        "Žádáme o přístup k výsledkům voleb ve formátu XML. Produkční "
                        "adresy: 192.0.2.10 a 192.0.2.11. Testovací adresa: 192.0.2.113. "
                        "Kontakt: Jiří Navrátil, navratil@vysocinapress.example, "
                        "tel. 569 430 118.",
                        "S pozdravem Jiří Navrátil, jednatel",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Vysočina Press, s.r.o.",
            ICO_7,
            "b9rt2cw",
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.131"],
            "Jiří Navrátil",
            "navratil@vysocinapress.example",
            "+420569430118",
        ),
    },
    {
        "id": "r008-english-foreign-agency-no-ico",
        "description": "foreign news agency in English, no IČO, IPv6 production and an IPv4 "
        "test address, phone in +49 format",
        "style": "english",
        "from": "Katrin Vogel <k.vogel@nordpresse-agentur.example>",
        "subject": "Election results XML feed - access request (Nordpresse Agentur GmbH)",
        "body": "Dear Sir or Madam,\n\n"
        "Nordpresse Agentur GmbH (Hamburg) covers the Czech elections for our German-language "
        "subscribers and would like to receive the results via your XML service.\n\n"
        "Our production ingest servers:\n"
        "  2001:db8:4f2::10\n"
        "  2001:db8:4f2::11\n"
        "For testing please whitelist 198.51.100.230.\n\n"
        "We are registered in Germany (HRB 118 402), so we have no Czech company ID.\n\n"
        "Please direct any questions to me.\n\n"
        "Best regards,\nKatrin Vogel\nHead of Data Desk\n+49 40 3344 1190\n",
        "labels": L(
            FEED,
            "Nordpresse Agentur GmbH",
            None,
            None,
            ["2001:db8:4f2::10", "2001:db8:4f2::11"],
            ["198.51.100.230"],
            "Katrin Vogel",
            "k.vogel@nordpresse-agentur.example",
            "+494033441190",
        ),
    },
    {
        "id": "r009-databox-split-annotation-xlsx",
        "description": "split application: organisation and contact in the annotation-like "
        "cover txt, addresses only in an XLSX sheet with a retired row",
        "style": "databox-message",
        "databox": {
            "box": "m4cs8hn",
            "sender": "RTV Morava a.s.",
            "address": "Jeremenkova 1211/40b, 779 00 Olomouc",
            "type": 20,
        },
        "subject": "RTV Morava – přístup k výsledkům voleb, adresy v tabulce",
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "RTV Morava a.s. (IČO " + ICO_9 + ") žádá o přístup k XML výsledkům "
                "voleb a zároveň o povolení natáčet na přebíracím místě v Olomouci.\n"
                "IP adresy jsou v přiložené tabulce.\n"
                "Kontakt: Pavel Sedláček, pavel.sedlacek@rtvmorava.example, 725 604 033\n",
            ),
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP adresa", "Typ", "Poznámka"],
                            ["198.51.100.90", "produkční", ""],
                            ["198.51.100.91", "produkční", ""],
                            ["198.51.100.85", "produkční", "zrušeno, již nepoužíváme"],
                            ["198.51.100.99", "testovací", ""],
                        ],
                    }
                ],
            ),
        ],
        "labels": L(
            BOTH,
            "RTV Morava a.s.",
            ICO_9,
            "m4cs8hn",
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Pavel Sedláček",
            "pavel.sedlacek@rtvmorava.example",
            "+420725604033",
        ),
    },
    {
        "id": "r010-slovak-letter-rtf-netmask",
        "description": "Slovak publisher, RTF letter with a netmask block (four addresses) and "
        "a Slovak phone; the e-mail body is only a cover note",
        "style": "slovak",
        "from": "Miroslava Ďuricová <duricova@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "body": "Dobrý deň,\n\nv prílohe Vám posielam žiadosť nášho vydavateľstva.\n\n"
        "S pozdravom\nMiroslava Ďuricová\n",
        "attachments": [
            (
                "rtf",
                "ziadost.rtf",
                [
                    "Záhorské noviny, s. r. o., Námestie slobody 9, 901 01 Malacky, "
                    "Slovenská republika",
                    "Vec: Žiadosť o prístup k XML výsledkom volieb do Poslaneckej snemovne",
                    "Žiadame o sprístupnenie výsledkov volieb pre naše spravodajstvo. "
                    "Produkčná sieť: 203.0.113.16 s maskou 255.255.255.252. "
                    "Testovacie prostredie nemáme.",
                    "Kontaktná osoba: Miroslava Ďuricová, tel. +421 905 318 447, "
                    "duricova@zahorskenoviny.example",
                    "Ing. Miroslava Ďuricová, konateľka",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Záhorské noviny, s. r. o.",
            None,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            [],
            "Miroslava Ďuricová",
            "duricova@zahorskenoviny.example",
            "+421905318447",
        ),
    },
    {
        "id": "r011-outlook-formal-paragraphs",
        "description": "formal secretary's letter in the body citing § 25 odst. 3 and a date "
        "with dots; a range written with a dash",
        "style": "signature-block",
        "from": "Sekretariát ředitele <sekretariat@tydenikbrana.example>",
        "subject": "Žádost - přístup k výsledkům voleb (Týdeník Brána, spol. s r.o.)",
        "body": "Vážená paní, vážený pane,\n\n"
        "na základě pokynu ředitele společnosti Týdeník Brána, spol. s r.o., IČO "
        + ICO_11
        + ", si Vám dovolujeme zaslat žádost o přístup k výsledkům voleb ve formátu XML "
        "podle podmínek zveřejněných dne 15.1.2026 (bod 2.3 pravidel, § 25 odst. 3 "
        "zákona č. 247/1995 Sb.).\n\n"
        "Adresy pro ostrý provoz: 192.0.2.201–192.0.2.203\n"
        "Adresa pro testování: 192.0.2.210\n\n"
        "Kontaktní osobou je pan Lubomír Hájek, správce sítě, "
        "lubomir.hajek@tydenikbrana.example, tel. 602 915 064.\n\n"
        "S úctou\n\n"
        "Věra Machalová\nasistentka ředitele\nTýdeník Brána, spol. s r.o.\n"
        "Palackého 12, 586 01 Jihlava\ntel. ústředna 567 300 100\n",
        "labels": L(
            FEED,
            "Týdeník Brána, spol. s r.o.",
            ICO_11,
            None,
            ["192.0.2.201", "192.0.2.202", "192.0.2.203"],
            ["192.0.2.210"],
            "Lubomír Hájek",
            "lubomir.hajek@tydenikbrana.example",
            "+420602915064",
        ),
    },
    {
        "id": "r012-databox-withdrawal-filming",
        "description": "data message asking for feed access and filming, then withdrawing the "
        "filming request in the last paragraph",
        "style": "databox-message",
        "databox": {
            "box": "s5yu3ga",
            "sender": "Rádio Dyje s.r.o.",
            "address": "Pražská 1402/31, 669 02 Znojmo",
            "type": 20,
        },
        "subject": "Žádost o přístup k volebním výsledkům",
        "attachments": [
            (
                "pdf",
                "zadost_radio_dyje.pdf",
                [
                    "Rádio Dyje s.r.o., IČO " + ico("2660047") + ", ID DS s5yu3ga",
                    "Žádáme o:",
                    "a) přístup k výsledkům voleb ve formátu XML, adresa serveru "
                    "198.18.7.3 (produkce), test 198.18.7.4;",
                    "b) povolení nahrávat rozhovory na přebíracím místě ve Znojmě.",
                    "Dodatek: žádost pod bodem b) bereme zpět, reportéra na přebírací "
                    "místo nakonec nevyšleme.",
                    "Kontakt: Kamil Doležal, kamil@radiodyje.example, +420 739 008 512",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Rádio Dyje s.r.o.",
            ico("2660047"),
            "s5yu3ga",
            ["198.18.7.3"],
            ["198.18.7.4"],
            "Kamil Doležal",
            "kamil@radiodyje.example",
            "+420739008512",
        ),
    },
    {
        "id": "r013-thunderbird-no-diacritics-terse",
        "description": "terse technician without diacritics; phone with country code in "
        "00420 form, CIDR /31 for production",
        "style": "thunderbird-flowed",
        "flowed": True,
        "from": "Vojtech Stastny <stastny@infoportal-plzen.example>",
        "subject": "pristup k XML - Infoportal Plzen s.r.o.",
        "body": "Dobry den,\n\nzadame o pristup k vysledkum voleb (XML). Firma Infoportal "
        "Plzen s.r.o., ICO " + ICO_13 + ".\n\n"
        "prod: 198.51.100.144/31\ntest: zadny\n\n"
        "kontakt ja, 00420 776 450 913\n\n"
        "Vojtech Stastny\n",
        "labels": L(
            FEED,
            "Infoportal Plzen s.r.o.",
            ICO_13,
            None,
            ["198.51.100.144", "198.51.100.145"],
            [],
            "Vojtech Stastny",
            "stastny@infoportal-plzen.example",
            "+420776450913",
        ),
    },
    {
        "id": "r014-databox-declined-feed-form",
        "description": "data message with an XLSX form: feed access ticked NE, filming ANO",
        "style": "form-checkboxes",
        "databox": {
            "box": "g6pa2zr",
            "sender": "Obec Dolní Bojanovice",
            "address": "Dolní Bojanovice 450, 696 17",
            "type": 10,
        },
        "subject": "Formulář – přítomnost médií na přebíracím místě",
        "attachments": [
            (
                "xlsx",
                "formular.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Obec Dolní Bojanovice (Bojanovický občasník)"],
                            ["IČO", ico("0028342")],
                            ["Přístup k XML výsledkům", "NE"],
                            ["Natáčení na přebíracím místě", "ANO"],
                            ["IP adresy", ""],
                            ["Kontaktní osoba", "Blanka Krejčiříková"],
                            ["E-mail", "krejcirikova@dolnibojanovice.example"],
                            ["Telefon", "+420 518 372 114"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FILM,
            "Obec Dolní Bojanovice",
            ico("0028342"),
            "g6pa2zr",
            [],
            [],
            "Blanka Krejčiříková",
            "krejcirikova@dolnibojanovice.example",
            "+420518372114",
        ),
    },
]
