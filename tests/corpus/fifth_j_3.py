"""Fifth-round held-out cases j029–j042: column layouts, covers that overrule a detail of the
attachment, Slovak and English documents, letters that print a group's identifiers, forms
with only filming ticked, CIDR blocks in spreadsheets, IPv6, plain-text files in data
messages and a correction inside the document itself. Written by hand apart from the
extraction rules; labelled by tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_VYSOCINA = ico("2622019")
ICO_JIZERA = ico("0736584")
ICO_ZAHORIE = ico("4639107")
ICO_KAMPUS = ico("6045228")
ICO_HANA_TV = ico("2871345")
ICO_HANA_GROUP = ico("2603811")
ICO_ADSPOT = ico("0911472")
ICO_NETINFO = ico("2716653")
ICO_PORTAL = ico("0398271")
ICO_LIPNO = ico("2837704")
ICO_POOHRI = ico("4588140")
ICO_KVETEN = ico("0628593")
ICO_NOVY_DEN = ico("2570016")
ICO_KRKONOSE = ico("2749330")

J029: dict[str, Any] = {
    "id": "j029-apple-mail-pdf-columns-both",
    "description": "Apple Mail cover; PDF laid out as a two-column table (left: labels, right: "
    "values with wrapped address lists); both request types",
    "style": "apple-mail",
    "from": "Šárka Benešová <benesova@tvvysocina.example>",
    "subject": "Žádost TV Vysočina – volby",
    "headers": [("X-Mailer", "Apple Mail (2.3731.600.7)")],
    "body": (
        "Dobrý den,\n\nv příloze naše žádost. Natáčet bychom chtěli v Jihlavě, podrobnosti "
        "jsou v PDF.\n\nŠárka Benešová\nprodukce zpravodajství\n\nOdesláno z iPhonu\n"
    ),
    "attachments": [
        (
            "pdf",
            "TV_Vysocina_zadost.pdf",
            [
                "TV Vysočina a.s. | Havlíčkova 2, 586 01 Jihlava",
                {
                    "rows": [
                        ["Žadatel", f"TV Vysočina a.s., IČO {ICO_VYSOCINA}"],
                        [
                            "Předmět",
                            "přístup k XML výsledkům voleb a povolení natáčet na přebíracím "
                            "místě Jihlava",
                        ],
                        [
                            "Produkční adresy serverů",
                            "203.0.113.131, 203.0.113.132, 203.0.113.133",
                        ],
                        ["Testovací adresa", "203.0.113.139"],
                        [
                            "Kontaktní osoba",
                            "Šárka Benešová, benesova@tvvysocina.example, +420 567 111 840",
                        ],
                    ],
                    "widths": [110, 140],
                },
            ],
        )
    ],
    "labels": L(
        BOTH,
        "TV Vysočina a.s.",
        ICO_VYSOCINA,
        None,
        ["203.0.113.131", "203.0.113.132", "203.0.113.133"],
        ["203.0.113.139"],
        "Šárka Benešová",
        "benesova@tvvysocina.example",
        "+420567111840",
    ),
}

J030: dict[str, Any] = {
    "id": "j030-flowed-cover-drops-test-address",
    "description": "format=flowed cover says the test address in the attached ODT form is not "
    "to be used (no test system this year); production from the form",
    "style": "thunderbird-flowed",
    "flowed": True,
    "from": "Marek Jizerský <jizersky@pojizeri.example>",
    "subject": "Pojizerský zpravodaj - formulář",
    "headers": [("User-Agent", "Mozilla Thunderbird 115.4.1")],
    "body": (
        "Dobrý den,\n\nposílám formulář, který jsme vyplnili ještě v létě. Testovací \n"
        "adresu, která je v něm uvedená, prosím nepovolujte – testovací server \n"
        "jsme mezitím zrušili a letos testovat nebudeme. Produkční adresa platí.\n\n"
        "Díky,\nMarek Jizerský\nPojizerský zpravodaj, o.p.s.\n"
    ),
    "attachments": [
        (
            "odt",
            "formular_leto.odt",
            [
                "Formulář žádosti – přístup k výsledkům voleb",
                [
                    ["Žadatel", "Pojizerský zpravodaj, o.p.s."],
                    ["IČO", ICO_JIZERA],
                    ["Produkční IP", "198.51.100.150"],
                    ["Testovací IP", "198.51.100.151"],
                    ["Kontakt", "Marek Jizerský"],
                    ["Tel.", "+420 481 624 007"],
                    ["E-mail", "jizersky@pojizeri.example"],
                ],
            ],
        )
    ],
    "labels": L(
        FEED,
        "Pojizerský zpravodaj, o.p.s.",
        ICO_JIZERA,
        None,
        ["198.51.100.150"],
        [],
        "Marek Jizerský",
        "jizersky@pojizeri.example",
        "+420481624007",
    ),
}

J031: dict[str, Any] = {
    "id": "j031-slovak-xlsx-ipv6-and-cidr",
    "description": "Slovak portal; XLSX with 'ostrá prevádzka' and 'testovanie' columns, an IPv6 "
    "production address and a /31 test block",
    "style": "slovak",
    "from": "Ján Kováčik <kovacik@zahorieportal.example>",
    "subject": "Ziadost o pristup - Zahorie portal",
    "body": (
        "Dobry den,\n\nposielame ziadost o pristup k XML vysledkom volieb pre portal Zahorie. "
        "Adresy su v tabulke v prilohe.\nZahorie Media, s.r.o., ICO "
        f"{ICO_ZAHORIE}\n\nJán Kováčik\nsprávca siete\n0905 412 338\n"
    ),
    "attachments": [
        (
            "xlsx",
            "adresy_zahorie.xlsx",
            [
                {
                    "title": "Hárok1",
                    "rows": [
                        ["ostrá prevádzka", "testovanie"],
                        ["2001:db8:51::10", "192.0.2.50/31"],
                        ["192.0.2.40", None],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        FEED,
        "Zahorie Media, s.r.o.",
        ICO_ZAHORIE,
        None,
        ["2001:db8:51::10", "192.0.2.40"],
        ["192.0.2.50", "192.0.2.51"],
        "Ján Kováčik",
        "kovacik@zahorieportal.example",
        "+421905412338",
    ),
}

J032: dict[str, Any] = {
    "id": "j032-english-student-tv-docx",
    "description": "student TV of a Czech university writes in English; DOCX letter where the "
    "university is the legal entity with the IČO",
    "style": "english",
    "from": "Campus TV <newsroom@kampustv.example>",
    "subject": "Results feed – Campus TV (university student television)",
    "body": (
        "Hi,\n\nwe are the English-language student TV at our university. Our application is "
        "in the Word document.\n\nThanks!\nCampus TV newsroom\n"
    ),
    "attachments": [
        (
            "docx",
            "CampusTV_application.docx",
            {
                "header": "Moravská univerzita Brno · Faculty of Social Studies · Campus TV",
                "blocks": [
                    "Application for access to the election results XML service",
                    "Applicant: Moravská univerzita Brno, public university, Company ID (IČO) "
                    f"{ICO_KAMPUS}, on behalf of its student television Campus TV.",
                    "We would like to show live results on our stream. Production server: "
                    "198.18.90.12. Test server: 198.18.90.13.",
                    "We are not asking for permission to film at collection points.",
                    "Contact person: Lucie Havelková (student editor-in-chief), "
                    "havelkova@kampustv.example, +420 739 660 512.",
                    "doc. PhDr. Martin Sova, faculty supervisor",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Moravská univerzita Brno",
        ICO_KAMPUS,
        None,
        ["198.18.90.12"],
        ["198.18.90.13"],
        "Lucie Havelková",
        "havelkova@kampustv.example",
        "+420739660512",
    ),
}

J033: dict[str, Any] = {
    "id": "j033-databox-letter-prints-group-ico",
    "description": "data message with a PDF letter that also prints the IČO of the media group "
    "the applicant belongs to and of its ad agency; the applicant is the sender",
    "style": "databox-message",
    "databox": {
        "box": "r2fd7ku",
        "sender": "Hanácká televize s.r.o.",
        "address": "Horní náměstí 5, 779 00 Olomouc",
    },
    "subject": "Žádost o přístup k volebním datům",
    "attachments": [
        (
            "pdf",
            "HTV_zadost_volby.pdf",
            [
                f"Hanácká televize s.r.o., IČO {ICO_HANA_TV}, Horní náměstí 5, Olomouc<br/>"
                f"člen skupiny Mediální holding Morava a.s. (IČO {ICO_HANA_GROUP})",
                "Věc: žádost o přístup k XML s výsledky voleb",
                "Hanácká televize žádá o přidělení přístupu. Vysílací pracoviště se připojí z "
                "adres 192.0.2.170 a 192.0.2.171; testovací připojení z 192.0.2.175.",
                "Reklamu v našem vysílání zajišťuje agentura Adspot s.r.o., IČO "
                f"{ICO_ADSPOT}; s touto žádostí nesouvisí.",
                "Kontakt: Radim Kovář, vedoucí vysílání, kovar@hanackatv.example, +420 585 228 641",
                "Mgr. Alena Tichá, jednatelka",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Hanácká televize s.r.o.",
        ICO_HANA_TV,
        "r2fd7ku",
        ["192.0.2.170", "192.0.2.171"],
        ["192.0.2.175"],
        "Radim Kovář",
        "kovar@hanackatv.example",
        "+420585228641",
    ),
}

J034: dict[str, Any] = {
    "id": "j034-rtf-form-only-filming-ticked",
    "description": "RTF form with (x)/( ) options: data access left unticked and its address "
    "fields empty, filming ticked",
    "style": "form-checkboxes",
    "from": "NetInfo Brno <produkce@netinfobrno.example>",
    "subject": "formulář – natáčení",
    "body": "Dobrý den,\nformulář v příloze.\nKristýna Vaňková, produkce\n",
    "attachments": [
        (
            "rtf",
            "formular_netinfo.rtf",
            [
                "FORMULÁŘ ŽÁDOSTI",
                [
                    ["Žadatel", "NetInfo Brno s.r.o."],
                    ["IČO", ICO_NETINFO],
                    ["( ) přístup k XML výsledkům", "produkční IP: ____  testovací IP: ____"],
                    ["(x) natáčení na přebíracím místě", "místo: Brno-město"],
                    ["Kontaktní osoba", "Kristýna Vaňková"],
                    ["Telefon / e-mail", "776 309 184 / produkce@netinfobrno.example"],
                ],
            ],
        )
    ],
    "labels": L(
        FILM,
        "NetInfo Brno s.r.o.",
        ICO_NETINFO,
        None,
        [],
        [],
        "Kristýna Vaňková",
        "produkce@netinfobrno.example",
        "+420776309184",
    ),
}

J035: dict[str, Any] = {
    "id": "j035-xlsx-cidr-production-block",
    "description": "XLSX with a /30 production block and a single test address; the cover only "
    "names the portal and its contact",
    "style": "attachment",
    "from": "Portál Regiony <admin@portalregiony.example>",
    "subject": "Adresy pro volební data",
    "body": (
        "Dobrý den,\n\nPortál Regiony a.s. žádá o přístup k XML výsledkům voleb, adresy viz "
        "příloha. Kontaktní osoba: Hynek Skála, admin@portalregiony.example, "
        "+420 722 500 871.\n\nHynek Skála\n"
    ),
    "attachments": [
        (
            "xlsx",
            "regiony_ip.xlsx",
            [
                {
                    "title": "Adresy",
                    "rows": [
                        ["Typ", "Rozsah / adresa"],
                        ["Produkční", "192.0.2.96/30"],
                        ["Testovací", "192.0.2.110"],
                    ],
                },
                {
                    "title": "Žadatel",
                    "rows": [["Portál Regiony a.s."], [f"IČO {ICO_PORTAL}"]],
                },
            ],
        )
    ],
    "labels": L(
        FEED,
        "Portál Regiony a.s.",
        ICO_PORTAL,
        None,
        ["192.0.2.96", "192.0.2.97", "192.0.2.98", "192.0.2.99"],
        ["192.0.2.110"],
        "Hynek Skála",
        "admin@portalregiony.example",
        "+420722500871",
    ),
}

J036: dict[str, Any] = {
    "id": "j036-pdf-ipv6-both-roles",
    "description": "PDF table with IPv6 production and test addresses written in full form and "
    "wrapped in narrow cells",
    "style": "attachment",
    "from": "Lipno Online <technika@lipnoonline.example>",
    "subject": "Žádost – Lipno Online",
    "body": "Dobrý den, žádost zasíláme v PDF.\nTechnické oddělení Lipno Online\n",
    "attachments": [
        (
            "pdf",
            "Lipno_Online_zadost.pdf",
            [
                f"Lipno Online s.r.o., IČO {ICO_LIPNO}",
                "Žádáme o přístup k XML výsledkům voleb.",
                {
                    "rows": [
                        ["Produkční IPv6", "2001:0db8:0077:0000:0000:0000:0000:0001"],
                        ["Testovací IPv6", "2001:0db8:0077:0000:0000:0000:0000:00f0"],
                    ],
                    "widths": [100, 120],
                },
                "Kontakt: Libor Řezníček, technika@lipnoonline.example, tel. 380 745 102",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Lipno Online s.r.o.",
        ICO_LIPNO,
        None,
        ["2001:db8:77::1"],
        ["2001:db8:77::f0"],
        "Libor Řezníček",
        "technika@lipnoonline.example",
        "+420380745102",
    ),
}

J037: dict[str, Any] = {
    "id": "j037-two-line-cover-rtf-letter",
    "description": "two-line cover; RTF letter with roles given by the order of one sentence "
    "('v uvedeném pořadí')",
    "style": "roles-by-order",
    "from": "Vladimír Pokorný <pokorny@poohri.example>",
    "subject": "volby - žádost",
    "body": "Žádost v příloze.\nPokorný\n",
    "attachments": [
        (
            "rtf",
            "zadost_poohri.rtf",
            [
                f"Poohří dnes, s.r.o., IČO {ICO_POOHRI}, Žatec",
                "Žádáme o přístup k XML datům výsledků voleb. Produkční a testovací server "
                "mají adresy 203.0.113.222 a 203.0.113.223, v uvedeném pořadí.",
                "Kontaktní osoba: Vladimír Pokorný, pokorny@poohri.example, tel. +420 415 700 236",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Poohří dnes, s.r.o.",
        ICO_POOHRI,
        None,
        ["203.0.113.222"],
        ["203.0.113.223"],
        "Vladimír Pokorný",
        "pokorny@poohri.example",
        "+420415700236",
    ),
}

J038: dict[str, Any] = {
    "id": "j038-webmail-html-only-odt",
    "description": "HTML-only base64 webmail cover with the contact; the ODT names the applicant "
    "and its addresses",
    "style": "webmail-html-only",
    "cte": "base64",
    "from": "Hedvika Málková <hedvika.malkova@seznam.example>",
    "subject": "Kvetenove listy - zadost",
    "html": (
        "<div>Dobrý den,</div><div><br></div><div>posílám žádost našeho občasníku "
        "(příloha ODT). Kontaktovat mě můžete na tomto e-mailu nebo na čísle "
        "+420&nbsp;608&nbsp;492&nbsp;017.</div><div><br></div><div>Hedvika Málková, "
        "redaktorka</div>"
    ),
    "attachments": [
        (
            "odt",
            "zadost_kveten.odt",
            [
                f"Květnové listy, z.s., IČO {ICO_KVETEN}",
                "Žádost o přístup k výsledkům voleb ve formátu XML",
                "Produkční IP: 198.51.100.14",
                "Testovací IP: 198.51.100.15",
                "Kontaktní osoba: Hedvika Málková",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Květnové listy, z.s.",
        ICO_KVETEN,
        None,
        ["198.51.100.14"],
        ["198.51.100.15"],
        "Hedvika Málková",
        "hedvika.malkova@seznam.example",
        "+420608492017",
    ),
}

J039: dict[str, Any] = {
    "id": "j039-databox-plain-text-file",
    "description": "data message whose annotation is a generic subject; the application is a "
    "plain text file with labelled lines, including two old addresses no longer used",
    "style": "databox-message",
    "databox": {
        "box": "w5cz8pa",
        "sender": "Agentura Nový den, a.s.",
        "address": "Sokolovská 100, 186 00 Praha 8",
    },
    "subject": "Podání",
    "attachments": [
        (
            "txt",
            "zadost_ND.txt",
            "Agentura Nový den, a.s.\n"
            f"IČO: {ICO_NOVY_DEN}\n\n"
            "Žádost o přístup k XML výsledkům voleb\n\n"
            "Produkční IP: 198.18.3.30, 198.18.3.31\n"
            "Testovací IP: 198.18.3.40\n"
            "Adresy 198.18.2.30 a 198.18.2.31 z minulých voleb už nepoužíváme, prosíme je "
            "vyřadit.\n\n"
            "Kontakt: Zdeněk Holub, holub@agenturanovyden.example, 602 304 118\n",
        )
    ],
    "labels": L(
        FEED,
        "Agentura Nový den, a.s.",
        ICO_NOVY_DEN,
        "w5cz8pa",
        ["198.18.3.30", "198.18.3.31"],
        ["198.18.3.40"],
        "Zdeněk Holub",
        "holub@agenturanovyden.example",
        "+420602304118",
    ),
}

J040: dict[str, Any] = {
    "id": "j040-english-austrian-tv-respectively",
    "description": "Austrian broadcaster without IČO in English; PDF gives the addresses as "
    "'production and test … respectively' and asks to film as well",
    "style": "english",
    "from": "Thomas Gruber <thomas.gruber@alpen-rundfunk.example>",
    "subject": "Request: results feed + filming permission",
    "body": (
        "Good morning,\n\nplease see the attached letter. A camera team of ours will be in "
        "Prague on election night.\n\nRegards,\nThomas Gruber\n"
    ),
    "attachments": [
        (
            "pdf",
            "ALR_request.pdf",
            [
                "Alpenländischer Rundfunk GmbH, Argentinierstraße 30, 1040 Wien, FN 412883 t",
                "We kindly request (1) access to the XML results service and (2) permission for "
                "a two-person crew to record at the Prague collection point.",
                "Our production and test systems will connect from 203.0.113.150 and "
                "203.0.113.151 respectively.",
                "Contact: Thomas Gruber, foreign news, thomas.gruber@alpen-rundfunk.example, "
                "+43 1 501 70 2245",
            ],
        )
    ],
    "labels": L(
        BOTH,
        "Alpenländischer Rundfunk GmbH",
        None,
        None,
        ["203.0.113.150"],
        ["203.0.113.151"],
        "Thomas Gruber",
        "thomas.gruber@alpen-rundfunk.example",
        "+431501702245",
    ),
}

J041: dict[str, Any] = {
    "id": "j041-databox-docx-filming-form",
    "description": "data message with a DOCX form where only filming is ticked (☑) and data "
    "access is ☐; the agency's data-box ID also in its signature",
    "style": "recording-permit",
    "databox": {
        "box": "m9ek4tb",
        "sender": "Obraz a zvuk, družstvo",
        "address": "Kounicova 22, 602 00 Brno",
    },
    "subject": "Žádost o povolení natáčení",
    "attachments": [
        (
            "docx",
            "OaZ_formular.docx",
            {
                "blocks": [
                    "Žádost sdělovacího prostředku",
                    "☐ přístup k XML datům výsledků",
                    "☑ povolení pořizovat záznam na přebíracím místě: Brno",
                    "Štáb: Roman Kadlec (kamera), Iveta Šťastná (redaktorka)",
                    "Kontaktní osoba: Iveta Šťastná, stastna@obrazazvuk.example, +420 731 118 502",
                    "Obraz a zvuk, družstvo · Kounicova 22, Brno · ID DS: m9ek4tb",
                ]
            },
        )
    ],
    "labels": L(
        FILM,
        "Obraz a zvuk, družstvo",
        None,
        "m9ek4tb",
        [],
        [],
        "Iveta Šťastná",
        "stastna@obrazazvuk.example",
        "+420731118502",
    ),
}

J042: dict[str, Any] = {
    "id": "j042-docx-correction-inside-document",
    "description": "DOCX letter that replaces its production address within the document "
    "itself (the old one is no longer valid)",
    "style": "correction",
    "from": "Květa Dvořáková <dvorakova@krkonosskydenik.example>",
    "subject": "Krkonošský deník – žádost (aktualizovaná)",
    "body": "Dobrý den,\nposílám aktualizovanou žádost.\nKvěta Dvořáková\n",
    "attachments": [
        (
            "docx",
            "KD_zadost_v2.docx",
            {
                "blocks": [
                    f"Krkonošský deník, a.s., IČO {ICO_KRKONOSE}",
                    "Žádáme o přístup k XML výsledkům voleb.",
                    "Produkční adresa: 198.51.100.9. Test: 198.51.100.11.",
                    "Aktualizace: adresa 198.51.100.9 již neplatí, server byl přesunut – "
                    "místo ní prosíme povolit 198.51.100.19.",
                    "Kontakt: Květa Dvořáková, dvorakova@krkonosskydenik.example, 499 871 320",
                ]
            },
        )
    ],
    "labels": L(
        FEED,
        "Krkonošský deník, a.s.",
        ICO_KRKONOSE,
        None,
        ["198.51.100.19"],
        ["198.51.100.11"],
        "Květa Dvořáková",
        "dvorakova@krkonosskydenik.example",
        "+420499871320",
    ),
}

CASES = [J029, J030, J031, J032, J033, J034, J035, J036, J037, J038, J039, J040, J041, J042]
