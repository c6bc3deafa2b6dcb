"""Fifteenth held-out part ``ic``, cases ic015–ic028: French and Nordic media, a Slovak daily,
institutes, a town TV, contractors with attachments, roles by order, a reply and a data box."""

from __future__ import annotations

from typing import Any

from tests.corpus.fifteenth_ic_common import BOTH, FEED, FILM, L, Style, ico

ICO_FOTO = ico("8812460")
ICO_INST = ico("7069415")
ICO_TVO = ico("0048812")
ICO_ZVUK = ico("2411387")
ICO_PRAGUE = ico("0502237")
ICO_DATA = ico("2869015")
ICO_VSB = ico("6133023")
ICO_SK = ico("3581190")
ICO_STU = ico("6198811")

CASES: list[dict[str, Any]] = [
    {
        "id": "ic015-french-agency-ipv6",
        "description": "French agency writing in French; one IPv4 and one IPv6 production address",
        "style": Style.FOREIGN,
        "labels": L(FEED, "Agence Europe Centrale SA", None, None,
                    ["192.0.2.33", "2001:db8:c0de::33"], [],
                    "Claire Dubois-Lefèvre", "c.duboislefevre@aec-presse.example",
                    "+33153448120"),
        "from": "Claire Dubois-Lefèvre <c.duboislefevre@aec-presse.example>",
        "subject": "Demande d'accès au flux XML des résultats électoraux",
        "body": (
            "Madame, Monsieur,\n\n"
            "l'Agence Europe Centrale SA (Paris) souhaite accéder à votre flux XML des "
            "résultats électoraux afin d'alimenter ses dépêches la nuit du scrutin.\n\n"
            "Notre serveur de production est joignable en IPv4 (192.0.2.33) et en IPv6 "
            "(2001:db8:c0de:0:0:0:0:33) ; merci d'autoriser les deux. Nous n'avons pas de "
            "serveur de test.\n\n"
            "Contact : Claire Dubois-Lefèvre, +33 1 53 44 81 20\n\n"
            "Veuillez agréer mes salutations distinguées.\n"
            "Claire Dubois-Lefèvre\nresponsable technique\n"
        ),
    },
    {
        "id": "ic016-swedish-radio-roles-by-order",
        "description": "Swedish radio in English; five addresses, roles given by their order",
        "style": Style.FOREIGN,
        "labels": L(FEED, "Nordisk Nyhetsradio AB", None, None,
                    ["203.0.113.81", "203.0.113.82", "203.0.113.83"],
                    ["203.0.113.91", "203.0.113.92"],
                    "Lars Enqvist", "lars.enqvist@nnradio.example", "+46812345670"),
        "from": "Lars Enqvist <lars.enqvist@nnradio.example>",
        "subject": "XML results feed - Nordisk Nyhetsradio",
        "body": (
            "Hi,\n\n"
            "We are Nordisk Nyhetsradio AB, Stockholm, and our Central Europe correspondent "
            "will cover the Czech election. Please whitelist these five addresses: "
            "203.0.113.81, 203.0.113.82, 203.0.113.83, 203.0.113.91, 203.0.113.92. "
            "The first three are production, the last two our staging systems.\n\n"
            "Thanks!\nLars Enqvist\nBroadcast IT\n+46 8 123 456 70\n"
        ),
    },
    {
        "id": "ic017-slovak-daily",
        "description": "Slovak daily writing in Slovak; IČO and phone in Slovak formats",
        "style": Style.SLOVAK,
        "labels": L(FEED, "Východoslovenské noviny, a.s.", ICO_SK, None,
                    ["198.51.100.150", "198.51.100.151"], ["198.51.100.155"],
                    "Miroslava Hudáková", "hudakova@vsnoviny.example", "+421905443218"),
        "from": "Miroslava Hudáková <hudakova@vsnoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb v XML",
        "body": (
            "Dobrý deň,\n\n"
            "spoločnosť Východoslovenské noviny, a.s., IČO " + ICO_SK[:2] + " " + ICO_SK[2:5]
            + " " + ICO_SK[5:] + ", so sídlom v Košiciach žiada o prístup k výsledkom "
            "českých volieb vo formáte XML.\n\n"
            "Produkčné servery: 198.51.100.150, 198.51.100.151\n"
            "Testovací server: 198.51.100.155\n\n"
            "Kontakt: Miroslava Hudáková, 0905 443 218\n\n"
            "S pozdravom\nMiroslava Hudáková\nvedúca online redakcie\n"
        ),
    },
    {
        "id": "ic018-photographer-filming",
        "description": "Freelance photographer/videographer asks only to record at a collection point",
        "style": Style.FILMING,
        "labels": L(FILM, "Štěpán Lorenc", ICO_FOTO, None, [], [],
                    "Štěpán Lorenc", "lorenc.foto@posta.example", "+420739002615"),
        "from": "Štěpán Lorenc <lorenc.foto@posta.example>",
        "subject": "Povolení k natáčení – přebírací místo Olomouc",
        "body": (
            "Dobrý den,\n\n"
            "jsem fotograf a kameraman na volné noze, podnikám pod svým jménem (IČO "
            + ICO_FOTO + "), tentokrát točím reportáž pro jednu regionální televizi. Chtěl bych vás "
            "požádat o povolení natáčet na přebíracím místě v Olomouci během předávání "
            "výsledků. Jsem sám, bez asistenta, se stativem a jednou kamerou.\n\n"
            "Přístup k datům nepotřebuji.\n\n"
            "Děkuji, Štěpán Lorenc\n739 002 615\n"
        ),
    },
    {
        "id": "ic019-institute-count-and-order",
        "description": "Research institute; two addresses, first production, second test",
        "style": Style.UNIVERSITY,
        "labels": L(FEED, "Institut pro výzkum veřejného mínění, z. ú.", ICO_INST, None,
                    ["198.51.100.20"], ["198.51.100.21"],
                    "Vojtěch Kalina", "kalina@ivvm.example", "+420221900437"),
        "from": "Vojtěch Kalina <kalina@ivvm.example>",
        "subject": "Žádost o zpřístupnění XML výsledků pro výzkumné účely",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "Institut pro výzkum veřejného mínění, z. ú. (IČO " + ICO_INST + ") porovnává "
            "během volební noci své modely s průběžnými výsledky. Žádáme o přístup "
            "k XML datům pro dvě adresy – 198.51.100.20 a 198.51.100.21; první je naše "
            "produkční prostředí, druhá testovací.\n\n"
            "Kontaktní osoba: RNDr. Vojtěch Kalina, Ph.D., tel. +420 221 900 437\n\n"
            "S úctou\nVojtěch Kalina\nvedoucí datového oddělení\n"
        ),
    },
    {
        "id": "ic020-town-tv-both",
        "description": "Town TV run as a municipal contributory organisation; feed and filming",
        "style": Style.MUNICIPAL,
        "labels": L(BOTH, "Televize Otrokovice, příspěvková organizace", ICO_TVO, None,
                    ["192.0.2.220"], [],
                    "Hana Koutná", "koutna@tv-otrokovice.example", "+420577665108"),
        "from": "Hana Koutná <koutna@tv-otrokovice.example>",
        "subject": "TVO – volby: data i natáčení",
        "body": (
            "Dobrý den,\n\n"
            "Televize Otrokovice, příspěvková organizace (zřizovatel Město Otrokovice), "
            "IČO " + ICO_TVO + ", žádá:\n"
            "- o přístup k XML výsledkům voleb pro server 192.0.2.220,\n"
            "- o povolení natáčet na přebíracím místě ve Zlíně.\n\n"
            "Za TVO jednám já, Hana Koutná, ředitelka; telefon 577 665 108.\n\n"
            "Hezký den\nHana Koutná\n"
        ),
    },
    {
        "id": "ic021-contractor-docx-table",
        "description": "IT contractor sends the radio's request as a DOCX with an address table",
        "style": Style.ATTACHMENT,
        "labels": L(FEED, "Zvukové studio Morava s.r.o.", ICO_ZVUK, None,
                    ["203.0.113.121", "203.0.113.122"], ["203.0.113.130"],
                    "Aleš Pokorný", "ales.pokorny@zsmorava.example", "+420605900314"),
        "from": "Martin Uher <uher@serverpark.example>",
        "subject": "Žádost Rádia Morava o XML – příloha",
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost našeho zákazníka (Rádio Morava). "
            "Kontaktní osobou je u nich pan Pokorný, údaje jsou v dokumentu.\n\n"
            "Martin Uher\nServerPark, technická podpora\n"
        ),
        "attachments": [("docx", "zadost_radio_morava.docx", {"blocks": [
            "Žádost o přístup k výsledkům voleb (XML)",
            {"rows": [
                ["Žadatel", "Zvukové studio Morava s.r.o. (provozovatel Rádia Morava)"],
                ["IČO", ICO_ZVUK],
                ["Kontaktní osoba", "Aleš Pokorný"],
                ["E-mail", "ales.pokorny@zsmorava.example"],
                ["Telefon", "605 900 314"],
            ]},
            {"rows": [
                ["IP adresa", "Prostředí"],
                ["203.0.113.121", "produkce"],
                ["203.0.113.122", "produkce"],
                ["203.0.113.130", "test"],
            ]},
        ]})],
    },
    {
        "id": "ic022-austrian-german-no-filming",
        "description": "Austrian daily in German declines filming explicitly; feed only",
        "style": Style.DECLINED,
        "labels": L(FEED, "Waldviertler Rundschau Verlags-GmbH", None, None,
                    ["198.51.100.60", "198.51.100.61", "198.51.100.62"], [],
                    "Stefan Pichlmayr", "pichlmayr@wv-rundschau.example", "+4328226155"),
        "from": "Stefan Pichlmayr <pichlmayr@wv-rundschau.example>",
        "subject": "Wahlergebnisse XML",
        "body": (
            "Grüß Gott,\n\n"
            "wir, die Waldviertler Rundschau Verlags-GmbH aus Zwettl, möchten die "
            "tschechischen Wahlergebnisse im XML-Format beziehen. Eine Drehgenehmigung "
            "brauchen wir nicht, wir schicken kein Kamerateam.\n\n"
            "IP-Adressen (alle Produktion): 198.51.100.60-62\n\n"
            "Rückfragen: Stefan Pichlmayr, Tel. 0043 2822 6155\n\n"
            "Freundliche Grüße\nStefan Pichlmayr\n"
        ),
    },
    {
        "id": "ic023-old-server-left-out",
        "description": "Lists the old server explicitly as decommissioned next to the new ones",
        "style": Style.CORRECTION,
        "labels": L(FEED, "Pražský expres s.r.o.", ICO_PRAGUE, None,
                    ["192.0.2.101", "192.0.2.102"], ["192.0.2.110"],
                    "Barbora Vítková", "vitkova@prazskyexpres.example", "+420604771236"),
        "from": "Barbora Vítková <vitkova@prazskyexpres.example>",
        "subject": "XML výsledky – aktualizace adres oproti minulým volbám",
        "body": (
            "Dobrý den,\n\n"
            "Pražský expres s.r.o. (IČO " + ICO_PRAGUE + ") odebíral XML výsledky už při "
            "minulých volbách. Od té doby jsme se přestěhovali do nového datacentra, server "
            "192.0.2.12 už nepoužíváme, prosím vyřaďte ho.\n\n"
            "Nově:\n  ostrý provoz – 192.0.2.101, 192.0.2.102\n  test – 192.0.2.110\n\n"
            "Barbora Vítková\nvedoucí vývoje\nmob. 604 771 236\n"
        ),
    },
    {
        "id": "ic024-hungarian-in-hungarian-range",
        "description": "Hungarian portal writing in Hungarian; a dashed range of three addresses",
        "style": Style.FOREIGN,
        "labels": L(FEED, "Hírfolyam Média Kft.", None, None,
                    ["203.0.113.50", "203.0.113.51", "203.0.113.52"], ["203.0.113.58"],
                    "Tóth Balázs", "toth.balazs@hirfolyam.example", "+36205551234"),
        "from": "Tóth Balázs <toth.balazs@hirfolyam.example>",
        "subject": "Hozzáférés kérése a választási eredmények XML-szolgáltatásához",
        "body": (
            "Tisztelt Hölgyeim és Uraim!\n\n"
            "A Hírfolyam Média Kft. (Budapest) hozzáférést kér a választási eredmények "
            "XML-szolgáltatásához.\n\n"
            "Éles szerverek: 203.0.113.50-203.0.113.52\n"
            "Teszt szerver: 203.0.113.58\n\n"
            "Kapcsolattartó: Tóth Balázs, +36 20 555 1234\n\n"
            "Üdvözlettel:\nTóth Balázs\nfejlesztési vezető\n"
        ),
    },
    {
        "id": "ic025-expat-pdf",
        "description": "English-language Prague outlet sends a signed PDF letter, short cover note",
        "style": Style.ATTACHMENT,
        "labels": L(FEED, "Prague Data Post s.r.o.", ICO_DATA, None,
                    ["198.51.100.240"], ["198.51.100.241"],
                    "Daniel O'Connor", "daniel@praguedatapost.example", "+420776213409"),
        "from": "Daniel O'Connor <daniel@praguedatapost.example>",
        "subject": "Application - XML election results",
        "body": "Hello, please find our application attached. Best, Daniel\n",
        "attachments": [("pdf", "PDP_application.pdf", [
            "Czech Statistical Office - application for access to the XML election results",
            "Applicant: Prague Data Post s.r.o., Company ID (IČO): " + ICO_DATA,
            {"rows": [["Environment", "IP address"],
                      ["production", "198.51.100.240"],
                      ["test", "198.51.100.241"]],
             "widths": [120, 160]},
            "Contact: Daniel O'Connor, editor-in-chief, daniel@praguedatapost.example, "
            "+420 776 213 409",
            "Prague, signed Daniel O'Connor",
        ])],
    },
    {
        "id": "ic026-xlsx-cancelled-row",
        "description": "Agency spreadsheet; one row is marked cancelled, test column separate",
        "style": Style.AGENCY,
        "labels": L(FEED, "VŠB Média a.s.", ICO_VSB, None,
                    ["192.0.2.201", "192.0.2.203"], ["192.0.2.209"],
                    "Lucie Nováčková", "novackova@vsbmedia.example", "+420596118245"),
        "from": "Lucie Nováčková <novackova@vsbmedia.example>",
        "subject": "IP adresy pro XML – tabulka",
        "body": (
            "Dobrý den,\n\nza mediální agenturu VŠB Média a.s. (IČO " + ICO_VSB + ") žádáme "
            "o přístup k XML výsledkům voleb. Adresy posílám v tabulce, prosím nepřehlédněte, "
            "že jeden server je zrušený.\n\nLucie Nováčková\n596 118 245\n"
        ),
        "attachments": [("xlsx", "adresy.xlsx", [{"title": "IP", "rows": [
            ["IP adresa", "Prostředí", "Poznámka"],
            ["192.0.2.201", "produkce", ""],
            ["192.0.2.202", "produkce", "ZRUŠENO – nepovolovat"],
            ["192.0.2.203", "produkce", ""],
            ["192.0.2.209", "test", ""],
        ]}])],
    },
    {
        "id": "ic027-reply-quoting-office",
        "description": "Reply under the office's quoted answer; applicant data only above the quote",
        "style": Style.REPLY,
        "labels": L(FEED, "Brněnský rozhlas, s.r.o.", ico("2670021"), None,
                    ["203.0.113.145"], ["203.0.113.146"],
                    "Filip Sedláček", "sedlacek@brnenskyrozhlas.example", "+420608300117"),
        "from": "Filip Sedláček <sedlacek@brnenskyrozhlas.example>",
        "subject": "Re: Vaše žádost o XML – doplnění údajů",
        "body": (
            "Dobrý den,\n\n"
            "doplňuji, co jste chtěli: Brněnský rozhlas, s.r.o., IČO " + ico("2670021") + ", "
            "produkční adresa 203.0.113.145, testovací 203.0.113.146. "
            "Kontakt jsem já, 608 300 117.\n\n"
            "Filip Sedláček\n\n"
            "> Dobrý den,\n> k vyřízení žádosti potřebujeme IČO a IP adresy pro ostrý provoz.\n"
            "> S pozdravem\n> Mgr. Kateřina Dvořáčková\n> Český statistický úřad\n"
            "> tel. +420 274 052 733, podatelna@czso.cz\n"
        ),
    },
    {
        "id": "ic028-databox-university-odt",
        "description": "University sends via its data box; request in an ODT, contact by the signatory",
        "style": Style.DATABOX,
        "labels": L(BOTH, "Slezská technická univerzita v Opavě", ICO_STU,
                    "x4bnq9e", ["192.0.2.30"], [],
                    "Iveta Palková", "palkova@stu-opava.example", "+420553684120"),
        "subject": "Žádost – přístup k výsledkům voleb a natáčení (studentská TV)",
        "databox": {"box": "x4bnq9e", "sender": "Slezská technická univerzita v Opavě",
                    "address": "Opava", "type": 10},
        "attachments": [("odt", "zadost_stu.odt", [
            "Slezská technická univerzita v Opavě, IČO " + ICO_STU,
            "Věc: žádost o přístup k XML výsledkům voleb a o povolení natáčení",
            "Naše studentská televize STU TV žádá o přístup k XML výsledkům pro server "
            "192.0.2.30 (ostrý provoz; test nemáme) a zároveň o povolení natáčet "
            "na přebíracím místě v Opavě.",
            "Kontakt: Ing. Iveta Palková, palkova@stu-opava.example, tel. 553 684 120",
        ])],
    },
]
