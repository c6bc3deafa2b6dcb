"""Eleventh held-out part ``eb``, cases eb029–eb042: data messages with several documents and
corrections, netmasks and version numbers in attachments, signature blocks and forwarded
originals (written by hand, issue 18)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.corpus.eleventh_eb_common import BOTH, FEED, L, Style, ico

ICO_BESKYDY = ico("2804519")
ICO_MONITOR = ico("0679342")
ICO_PRAHA7 = ico("0006385")
ICO_KURYR = ico("2591276")
ICO_BLANICE = ico("4537120")
ICO_SLOVACKO = ico("2665940")
ICO_AGRAR = ico("0893415")
ICO_INFORADIO = ico("2876051")
ICO_PODLUZI = ico("0718829")
ICO_PREROV = ico("2614507")
ICO_VRBA = ico("0799463")
ICO_OTEVRENA = ico("2290538")
ICO_OHRE = ico("4981602")

EB029: dict[str, Any] = {
    "id": "eb029-databox-docx-letter-and-xlsx-addresses",
    "description": "a data message with two documents: the DOCX letter names the contact, the "
    "XLSX holds the addresses (IPv4 and IPv6 production, a /30 for test)",
    "style": Style.DATABOX,
    "databox": {
        "box": "tb6r9mx",
        "sender": "Televize Beskydy s.r.o.",
        "address": "Nádražní 15, 738 01 Frýdek-Místek",
    },
    "subject": "Žádost o přístup k výsledkům voleb",
    "attachments": [
        (
            "docx",
            "průvodní dopis.docx",
            {
                "blocks": [
                    f"Televize Beskydy s.r.o., IČO {ICO_BESKYDY}",
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Žádáme o zřízení přístupu k datům o výsledcích. Seznam adres našich "
                    "serverů je v samostatné příloze (tabulka XLSX).",
                    "Kontaktní osoba: Ing. Michaela Krejčí, krejci@tvbeskydy.example, "
                    "tel. 556 710 238",
                    "Ing. Michaela Krejčí, vedoucí vysílací techniky",
                ]
            },
        ),
        (
            "xlsx",
            "adresy.xlsx",
            [
                {
                    "title": "List1",
                    "rows": [
                        ["IP", "použití"],
                        ["198.18.60.1", "prod"],
                        ["198.18.60.2", "prod"],
                        ["2001:db8:60::1", "prod"],
                        ["198.18.61.0/30", "test"],
                    ],
                }
            ],
        ),
    ],
    "labels": L(
        FEED,
        "Televize Beskydy s.r.o.",
        ICO_BESKYDY,
        "tb6r9mx",
        ["198.18.60.1", "198.18.60.2", "2001:db8:60::1"],
        ["198.18.61.0", "198.18.61.1", "198.18.61.2", "198.18.61.3"],
        "Michaela Krejčí",
        "krejci@tvbeskydy.example",
        "+420556710238",
    ),
}

EB030: dict[str, Any] = {
    "id": "eb030-english-txt-netmask-block-no-test",
    "description": "an English-language Prague outlet sends a text file with a production "
    "block as address plus netmask and explicitly no test host",
    "style": Style.ENGLISH,
    "from": "Jake Morrison <jake@praguemonitor.example>",
    "subject": "results feed access",
    "body": "Hi, request attached as a text file. Cheers, Jake\n",
    "attachments": [
        (
            "txt",
            "request.txt",
            "Applicant: Prague Monitor s.r.o.\n"
            f"Company ID: {ICO_MONITOR}\n"
            "Request: access to the XML election results feed\n\n"
            "Production: 198.18.4.0 netmask 255.255.255.252\n"
            "Test: none - we will test against production\n\n"
            "Contact: Jake Morrison, jake@praguemonitor.example, +420 775 019 336\n",
        )
    ],
    "labels": L(
        FEED,
        "Prague Monitor s.r.o.",
        ICO_MONITOR,
        None,
        ["198.18.4.0", "198.18.4.1", "198.18.4.2", "198.18.4.3"],
        [],
        "Jake Morrison",
        "jake@praguemonitor.example",
        "+420775019336",
    ),
}

EB031: dict[str, Any] = {
    "id": "eb031-databox-odt-municipality-both-boxes-in-letter",
    "description": "a city district's data message: the ODT prints the office's box as the "
    "addressee and its own box in the signature block; one production address",
    "style": Style.DATABOX,
    "databox": {
        "box": "p7mc4zq",
        "sender": "Městská část Praha 7",
        "address": "U Průhonu 1338/38, 170 00 Praha 7",
        "type": 10,
    },
    "subject": "Žádost MČ Praha 7 – přístup k výsledkům voleb",
    "attachments": [
        (
            "odt",
            "zadost_MC_P7.odt",
            [
                "Český statistický úřad, datová schránka 2gfaasy",
                "Věc: žádost o přístup k průběžným výsledkům voleb",
                "Redakce radničního časopisu a webu městské části by ráda zveřejňovala "
                "výsledky za městskou část průběžně během sčítání. Žádáme proto o přístup "
                "k datům ve formátu XML z adresy 192.0.2.7 (jediný produkční server, "
                "testovací nemáme).",
                "Kontakt: Barbora Nováčková, tisková mluvčí, novackova@praha7.example, "
                "+420 220 144 051",
                "Městská část Praha 7",
                f"IČO: {ICO_PRAHA7}",
                "ID DS: p7mc4zq",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Městská část Praha 7",
        ICO_PRAHA7,
        "p7mc4zq",
        ["192.0.2.7"],
        [],
        "Barbora Nováčková",
        "novackova@praha7.example",
        "+420220144051",
    ),
}

EB032: dict[str, Any] = {
    "id": "eb032-rtf-form-ano-ne-columns",
    "description": "an RTF form with ANO/NE columns: feed ANO, filming NE; addresses and the "
    "contact in table rows",
    "style": Style.FORM,
    "from": "Kurýr Jeseník <redakce@kuryrjesenik.example>",
    "subject": "Vyplněný formulář – Kurýr Jeseník",
    "body": "Dobrý den,\n\nformulář posílám v příloze (RTF).\n\nS pozdravem\nKurýr Jeseník\n",
    "attachments": [
        (
            "rtf",
            "formular.rtf",
            [
                "ŽÁDOST MÉDIA",
                [
                    ["Název žadatele", "Kurýr Jeseník, s.r.o."],
                    ["IČO", ICO_KURYR],
                ],
                [
                    ["Žádáme o", "ANO", "NE"],
                    ["přístup k výsledkům (XML)", "X", ""],
                    ["povolení k natáčení", "", "X"],
                ],
                [
                    ["IP – ostrý provoz", "203.0.113.180, 203.0.113.181"],
                    ["IP – testovací", "203.0.113.190"],
                    ["Kontaktní osoba", "Šárka Doležalová"],
                    ["Telefon", "+420 584 411 207"],
                    ["E-mail", "dolezalova@kuryrjesenik.example"],
                ],
            ],
        )
    ],
    "labels": L(
        FEED,
        "Kurýr Jeseník, s.r.o.",
        ICO_KURYR,
        None,
        ["203.0.113.180", "203.0.113.181"],
        ["203.0.113.190"],
        "Šárka Doležalová",
        "dolezalova@kuryrjesenik.example",
        "+420584411207",
    ),
}

EB033: dict[str, Any] = {
    "id": "eb033-flowed-cover-pdf-primary-backup-test",
    "description": "a format=flowed cover note with the contact; the PDF table lists primary, "
    "backup (production) and test servers",
    "style": Style.THUNDERBIRD_FLOWED,
    "flowed": True,
    "headers": [("User-Agent", "Mozilla Thunderbird 115.6.0")],
    "from": "Lubomír Hrdina <hrdina@radioblanice.example>",
    "subject": "Rádio Blanice - žádost o XML výsledky",
    "body": (
        "Dobrý den, \nv příloze posílám žádost Rádia Blanice o přístup k \n"
        "výsledkům voleb. Kontaktní osobou jsem já, nejlépe na mobilu \n"
        "724 118 630.\n\nLubomír Hrdina\ntechnik vysílání\n"
    ),
    "attachments": [
        (
            "pdf",
            "Blanice_zadost.pdf",
            [
                f"Rádio Blanice s.r.o., Komenského 44, 385 01 Vimperk, IČO: {ICO_BLANICE}",
                "Žádost o přístup k volebním výsledkům ve formátu XML",
                {
                    "rows": [
                        ["Server", "IP adresa"],
                        ["primární", "198.51.100.5"],
                        ["záložní", "198.51.100.6"],
                        ["testovací", "198.51.100.7"],
                    ],
                    "widths": [120, 140],
                },
                "Lubomír Hrdina, hrdina@radioblanice.example",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Rádio Blanice s.r.o.",
        ICO_BLANICE,
        None,
        ["198.51.100.5", "198.51.100.6"],
        ["198.51.100.7"],
        "Lubomír Hrdina",
        "hrdina@radioblanice.example",
        "+420724118630",
    ),
}

EB034: dict[str, Any] = {
    "id": "eb034-databox-pdf-plus-correction-txt",
    "description": "a data message with the PDF application and a second text document that "
    "replaces one production address",
    "style": Style.CORRECTION,
    "databox": {
        "box": "ds4k8pn",
        "sender": "Deník Slovácko, a.s.",
        "address": "Masarykovo nám. 21, 686 01 Uherské Hradiště",
    },
    "subject": "Žádost o přístup k výsledkům + oprava IP",
    "attachments": [
        (
            "pdf",
            "zadost.pdf",
            [
                f"Deník Slovácko, a.s., IČO {ICO_SLOVACKO}",
                "Žádost o přístup k výsledkům voleb",
                "Adresy pro ostrý provoz: 192.0.2.160, 192.0.2.161<br/>"
                "Testovací adresa: 192.0.2.170",
                "Kontakt: Radim Kolařík, kolarik@denikslovacko.example, 572 501 886",
            ],
        ),
        (
            "txt",
            "oprava.txt",
            "Oprava k přiložené žádosti: adresa 192.0.2.161 je uvedena chybně, nahraďte ji "
            "prosím adresou 192.0.2.165. Ostatní údaje platí.\nRadim Kolařík\n",
        ),
    ],
    "labels": L(
        FEED,
        "Deník Slovácko, a.s.",
        ICO_SLOVACKO,
        "ds4k8pn",
        ["192.0.2.160", "192.0.2.165"],
        ["192.0.2.170"],
        "Radim Kolařík",
        "kolarik@denikslovacko.example",
        "+420572501886",
    ),
}

EB035: dict[str, Any] = {
    "id": "eb035-signature-block-identifiers-pdf-addresses",
    "description": "the mail says little; IČO, data box, switchboard and mobile are in the "
    "signature; the PDF gives only the addresses",
    "style": Style.SIGNATURE,
    "from": "Pavla Richterová <richterova@agrarninoviny.example>",
    "subject": "přístup k výsledkům",
    "body": (
        "Dobrý den,\nžádáme o přístup k výsledkům, adresy v PDF.\n\n"
        "Bc. Pavla Richterová | online editorka\nAgrární noviny s.r.o. | Těšnov 17, Praha 1\n"
        f"IČO {ICO_AGRAR} | DS an3h5wy\nústředna +420 224 300 100 | mobil +420 736 021 984\n"
    ),
    "attachments": [
        (
            "pdf",
            "IP_adresy.pdf",
            ["IP pro ostrý provoz: 198.18.33.3<br/>IP pro test: 198.18.33.4"],
        )
    ],
    "labels": L(
        FEED,
        "Agrární noviny s.r.o.",
        ICO_AGRAR,
        "an3h5wy",
        ["198.18.33.3"],
        ["198.18.33.4"],
        "Pavla Richterová",
        "richterova@agrarninoviny.example",
        "+420736021984",
    ),
}

EB036: dict[str, Any] = {
    "id": "eb036-xlsx-version-date-oid-lookalikes",
    "description": "a spreadsheet whose rows carry a client version, a date and an SNMP OID "
    "next to the real addresses",
    "style": Style.LOOKALIKES,
    "from": "Inforadio Východ <technika@inforadiovychod.example>",
    "subject": "Inforadio Východ – servery pro XML",
    "body": (
        "Dobrý den,\n\nv příloze je přehled strojů, které budou data stahovat. Žadatelem je "
        f"Inforadio Východ s.r.o., IČO {ICO_INFORADIO}. Kontakt: Michal Sedláček, "
        "+420 495 117 302.\n\nTechnika Inforadio\n"
    ),
    "attachments": [
        (
            "xlsx",
            "servery.xlsx",
            [
                {
                    "title": "Servery",
                    "rows": [
                        ["Stroj", "IP", "Účel", "Klient", "Nasazeno", "Monitoring OID"],
                        [
                            "ivx-feed1",
                            "203.0.113.240",
                            "produkce",
                            "2.4.10.1",
                            "12.01.2025",
                            "1.3.6.1.4.1.2021.10",
                        ],
                        [
                            "ivx-lab",
                            "203.0.113.241",
                            "testování",
                            "2.5.0.3",
                            "08.01.2025",
                            "1.3.6.1.4.1.2021.11",
                        ],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        FEED,
        "Inforadio Východ s.r.o.",
        ICO_INFORADIO,
        None,
        ["203.0.113.240"],
        ["203.0.113.241"],
        "Michal Sedláček",
        "technika@inforadiovychod.example",
        "+420495117302",
    ),
}

EB037: dict[str, Any] = {
    "id": "eb037-english-docx-uk-agency-both-ipv6",
    "description": "a UK agency (company number, no IČO) asks in an English DOCX for the feed "
    "and filming; IPv6 production, IPv4 test, a London landline",
    "style": Style.ENGLISH,
    "from": "Meridian Press Agency <newsdesk@meridianpress.example>",
    "subject": "Czech elections - data access and filming",
    "body": "Dear Sir or Madam,\n\nplease see the attached letter.\n\nMeridian Newsdesk\n",
    "attachments": [
        (
            "docx",
            "Meridian_CZSO_letter.docx",
            {
                "header": "Meridian Press Agency Ltd · 40 Fleet Street, London · "
                "Company No. 08412276",
                "blocks": [
                    "Dear colleagues,",
                    "Meridian Press Agency Ltd would like to request (1) access to the XML "
                    "election results service and (2) permission for our two-person crew to "
                    "film at the Prague collection point on election night.",
                    {
                        "rows": [
                            ["Production", "2001:db8:a11::20"],
                            ["Production", "2001:db8:a11::21"],
                            ["Test", "198.51.100.99"],
                        ]
                    },
                    "Please direct any questions to our data editor, Sarah O'Neill, "
                    "s.oneill@meridianpress.example, +44 20 7946 0321.",
                    "Yours faithfully,",
                    "Richard Hale, Managing Editor",
                ],
            },
        )
    ],
    "labels": L(
        BOTH,
        "Meridian Press Agency Ltd",
        None,
        None,
        ["2001:db8:a11::20", "2001:db8:a11::21"],
        ["198.51.100.99"],
        "Sarah O'Neill",
        "s.oneill@meridianpress.example",
        "+442079460321",
    ),
}

EB038: dict[str, Any] = {
    "id": "eb038-gmail-odt-without-diacritics-filming-ruled-out",
    "description": "a Gmail note and an ODT letter both without diacritics; the letter rules "
    "out filming and says there is no test address",
    "style": Style.GMAIL,
    "from": "Stepan Hruby <hruby.podluzi@gmail.example>",
    "subject": "Zadost o pristup - Podluzi Media",
    "body": "Dobry den,\nzadost posilam v priloze.\nS pozdravem Stepan Hruby\n",
    "html": (
        '<div dir="ltr">Dobry den,<div>zadost posilam v priloze.</div><div>S pozdravem '
        "Stepan Hruby</div></div>"
    ),
    "attachments": [
        (
            "odt",
            "zadost.odt",
            [
                f"Podluzi Media s.r.o., Hlavni 8, 691 45 Podivin, ICO {ICO_PODLUZI}",
                "Vec: zadost o pristup k vysledkum voleb",
                "Zadame o pristup k vysledkum ve formatu XML z adres 198.51.100.150 a "
                "198.51.100.151. Testovaci adresu nemame. O nataceni ve sbernych mistech "
                "tentokrat nezadame.",
                "Kontakt: Stepan Hruby, hruby.podluzi@gmail.example, 608 771 254",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Podluzi Media s.r.o.",
        ICO_PODLUZI,
        None,
        ["198.51.100.150", "198.51.100.151"],
        [],
        "Stepan Hruby",
        "hruby.podluzi@gmail.example",
        "+420608771254",
    ),
}

_EB039_INNER: dict[str, Any] = {
    "id": "eb039-original",
    "date": datetime(2025, 1, 20, 9, 41, 0, tzinfo=UTC),
    "from": "Alois Veselý <vesely@prerovskelisty.example>",
    "subject": "Žádost o přístup k výsledkům",
    "body": "Dobrý den,\nposílám žádost v příloze.\nAlois Veselý\n",
    "attachments": [
        (
            "rtf",
            "zadost_PL.rtf",
            [
                f"Přerovské listy, s.r.o.\nKratochvílova 3, 750 02 Přerov\nIČO {ICO_PREROV}",
                "Žádost o přístup k výsledkům voleb (XML)",
                [["ostrý provoz", "192.0.2.66"], ["testování", "192.0.2.67"]],
                "Kontakt: Alois Veselý, vesely@prerovskelisty.example, tel. 581 220 334",
            ],
        )
    ],
}

EB039: dict[str, Any] = {
    "id": "eb039-forward-own-rtf-new-phone",
    "description": "the applicant forwards his own earlier mail with an RTF application and "
    "gives a new phone number for the contact in the new text",
    "style": Style.FORWARD_OWN,
    "from": "Alois Veselý <vesely@prerovskelisty.example>",
    "subject": "Fwd: Žádost o přístup k výsledkům",
    "body": (
        "Dobrý den,\n\nještě jednou posílám naši žádost (přeposlaná zpráva níže). Jedna změna: "
        "pevnou linku 581 220 334 už nemáme, volejte mi prosím na mobil 737 654 210.\n\n"
        "Alois Veselý\n"
    ),
    "attachments": [("eml", "Zadost o pristup k vysledkum.eml", _EB039_INNER)],
    "labels": L(
        FEED,
        "Přerovské listy, s.r.o.",
        ICO_PREROV,
        None,
        ["192.0.2.66"],
        ["192.0.2.67"],
        "Alois Veselý",
        "vesely@prerovskelisty.example",
        "+420737654210",
    ),
}

EB040: dict[str, Any] = {
    "id": "eb040-databox-freelancer-blog-both-txt",
    "description": "a data-journalism blogger's own box (natural person in business): feed "
    "and filming, IPv4 and IPv6 production, no test",
    "style": Style.DATABOX,
    "databox": {
        "box": "lv8p3dq",
        "sender": "Lukáš Vrba",
        "address": "Sokolovská 90, 186 00 Praha 8",
        "type": 30,
    },
    "subject": "žádost – přístup k XML a natáčení (Volební mapa)",
    "attachments": [
        (
            "txt",
            "zadost.txt",
            "Dobrý den,\n\nprovozuji web Volební mapa a žádám o přístup k průběžným výsledkům "
            "voleb. Data bude stahovat server 198.18.200.10, případně přes IPv6 "
            "2001:db8:c0de::10. Testovací adresu nepotřebuji.\n\nZároveň prosím o povolení "
            "natočit krátké video ve sběrném místě Praha 8.\n\n"
            f"Lukáš Vrba, IČO {ICO_VRBA}\nlukas@volebnimapa.example\n+420 604 909 212\n",
        )
    ],
    "labels": L(
        BOTH,
        "Lukáš Vrba",
        ICO_VRBA,
        "lv8p3dq",
        ["198.18.200.10", "2001:db8:c0de::10"],
        [],
        "Lukáš Vrba",
        "lukas@volebnimapa.example",
        "+420604909212",
    ),
}

EB041: dict[str, Any] = {
    "id": "eb041-pdf-ngo-written-range",
    "description": "an association's PDF letter gives production as a written range (až) and "
    "one test address; the mail comes from a shared mailbox",
    "style": Style.ATTACHMENT,
    "from": "Otevřená data pro veřejnost <info@otevrenadata.example>",
    "subject": "Žádost spolku o přístup k volebním datům",
    "body": (
        "Dobrý den,\n\nposíláme žádost našeho spolku. Na případné dotazy odpoví Tomáš Bartoš, "
        "kontakt je v dopise.\n\nTým Otevřená data\n"
    ),
    "attachments": [
        (
            "pdf",
            "zadost_spolek.pdf",
            [
                f"Otevřená data pro veřejnost, z. s., Lidická 6, 602 00 Brno, IČO {ICO_OTEVRENA}",
                "Věc: žádost o přístup k průběžným výsledkům voleb",
                "Náš spolek připravuje veřejně dostupnou vizualizaci výsledků. Pro ostrý "
                "provoz žádáme o povolení adres 203.0.113.10 až 203.0.113.12, pro testování "
                "adresy 203.0.113.20.",
                "Kontaktní osoba: Tomáš Bartoš, bartos@otevrenadata.example, +420 720 556 043",
                "Mgr. Hedvika Pokorná, předsedkyně spolku",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Otevřená data pro veřejnost, z. s.",
        ICO_OTEVRENA,
        None,
        ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
        ["203.0.113.20"],
        "Tomáš Bartoš",
        "bartos@otevrenadata.example",
        "+420720556043",
    ),
}

EB042: dict[str, Any] = {
    "id": "eb042-two-line-1250-xlsx-radio",
    "description": "a two-line windows-1250 note; the spreadsheet has the applicant, three "
    "production addresses, an empty test row and the contact",
    "style": Style.TWO_LINE,
    "charset": "windows-1250",
    "from": "Radek Šimůnek <simunek@radiohre.example>",
    "subject": "IP pro volby",
    "body": "Zdravím, tabulka s IP v příloze.\nRŠ\n",
    "attachments": [
        (
            "xlsx",
            "radio_ohre_IP.xlsx",
            [
                {
                    "title": "Žádost",
                    "rows": [
                        ["Žadatel", "Rádio Ohře s.r.o."],
                        ["IČO", ICO_OHRE],
                        ["Ostrá IP 1", "198.51.100.240"],
                        ["Ostrá IP 2", "198.51.100.241"],
                        ["Ostrá IP 3", "198.51.100.242"],
                        ["Testovací IP", ""],
                        ["Kontakt", "Radek Šimůnek, 602 441 903, simunek@radiohre.example"],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        FEED,
        "Rádio Ohře s.r.o.",
        ICO_OHRE,
        None,
        ["198.51.100.240", "198.51.100.241", "198.51.100.242"],
        [],
        "Radek Šimůnek",
        "simunek@radiohre.example",
        "+420602441903",
    ),
}

CASES = [
    EB029,
    EB030,
    EB031,
    EB032,
    EB033,
    EB034,
    EB035,
    EB036,
    EB037,
    EB038,
    EB039,
    EB040,
    EB041,
    EB042,
]
