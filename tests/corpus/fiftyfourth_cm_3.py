"""Fifty-fourth held-out part ``cm``, cases cm029–cm042: a data message with the addresses in
the annotation and the contact in an RTF, a DOCX behind a cover that corrects the phone, an
Austrian sender writing English with IPv6, a chatty windows-1250 note, an Apple Mail reply that
replaces the addresses of the quoted thread, an HTML-only Zimbra table with a retired address,
a French sender writing English, a data message with a DOCX letter, a signature naming four
people, a filming-only Outlook mail with a camera crew, a university faculty in iso-8859-2, a
forwarded .eml whose cover changes a test address, a K-9 note with a written range and a Dutch
freelancer. Written by hand apart from the extraction rules (see make_fiftyfourth_cm); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfourth_cm_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I32, I33 = ico("2795031"), ico("0458216"), ico("2641379"), ico("0612847")
I34, I36, I37, I38 = ico("2903516"), ico("0574293"), ico("2718640"), ico("0385927")
I39, I40, I41 = ico("0062135"), ico("2857413"), ico("0691538")

CASES: list[dict[str, Any]] = [
    {
        "id": "cm029-databox-annotation-ips-rtf-contact",
        "description": "data message: the annotation carries the request and the addresses, "
        "the RTF only the covering letter with the contact and her mobile",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Jizera Plus s.r.o.",
            I29,
            "jz9pl3r",
            ["192.0.2.20", "192.0.2.21"],
            ["192.0.2.29"],
            "Lenka Šustrová",
            "sustrova@radiojizera.example",
            "+420604771382",
        ),
        "databox": box(
            "jz9pl3r", "Rádio Jizera Plus s.r.o.", "Jičínská 1200, 293 01 Mladá Boleslav"
        ),
        "subject": "Žádost o XML s výsledky voleb; produkční IP 192.0.2.20 a 192.0.2.21, "
        "testovací IP 192.0.2.29",
        "attachments": [
            (
                "rtf",
                "pruvodni_dopis.rtf",
                [
                    "Rádio Jizera Plus s.r.o., IČO " + I29,
                    "Vážení, k žádosti uvedené v anotaci datové zprávy doplňujeme kontaktní "
                    "osobu: Lenka Šustrová, sustrova@radiojizera.example, mobil 604 771 382.",
                    "S pozdravem\nPetr Brož, jednatel",
                ],
            )
        ],
    },
    {
        "id": "cm030-docx-cover-corrects-phone",
        "description": "a Mac Outlook cover mail says the phone in the attached DOCX is wrong and "
        "gives the right one; the DOCX has a letterhead and a request table",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Opavský magazín s.r.o.",
            I30,
            None,
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.109"],
            "Stanislav Ryšavý",
            "rysavy@opavskymagazin.example",
            "+420736415920",
        ),
        "from": "Stanislav Ryšavý <rysavy@opavskymagazin.example>",
        "subject": "Žádost – výsledky voleb a natáčení (Opavský magazín)",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nv příloze posílám naši žádost. V dokumentu je u mě chybně telefon "
        "736 415 290, správně je 736 415 920.\n\nDěkuji\nStanislav Ryšavý\n",
        "attachments": [
            (
                "docx",
                "OM_zadost_volby.docx",
                {
                    "header": "Opavský magazín s.r.o. | Ostrožná 19, 746 01 Opava | IČO " + I30,
                    "footer": "www.opavskymagazin.example",
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        {
                            "rows": [
                                ["Přístup k XML", "ano"],
                                ["Natáčení (pracoviště Ostrava)", "ano"],
                                ["Produkční IP", "198.51.100.101, 198.51.100.102"],
                                ["Testovací IP", "198.51.100.109"],
                                [
                                    "Kontakt",
                                    "Stanislav Ryšavý, rysavy@opavskymagazin.example, 736 415 290",
                                ],
                            ]
                        },
                        "Mgr. Dana Holubová, jednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "cm031-austrian-sender-english-ipv6-production",
        "description": "an Austrian broadcaster writes English; two IPv6 production addresses, "
        "an IPv4 test address; Vienna landline with (0)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["2001:db8:c0a::20", "2001:db8:c0a::21"],
            ["198.18.90.14"],
            "Katharina Pichler",
            "k.pichler@donauwelle.example",
            "+4315128833",
        ),
        "from": "Katharina Pichler <k.pichler@donauwelle.example>",
        "subject": "Application: access to the Czech election results feed",
        "headers": OUTLOOK,
        "body": "Good morning,\n\n"
        "Donauwelle Rundfunk GmbH (Vienna) kindly asks for access to the XML results feed.\n\n"
        "Production (IPv6): 2001:db8:c0a::20 and 2001:db8:c0a::21\n"
        "Test: 198.18.90.14\n\n"
        "Contact: Katharina Pichler, k.pichler@donauwelle.example, +43 (0)1 512 88 33\n\n"
        "Many thanks,\nKatharina Pichler\nBroadcast IT\n",
    },
    {
        "id": "cm032-seznam-windows1250-chatty",
        "description": "a chatty windows-1250 note from Seznam to an officer the sender knows, the "
        "details scattered through the small talk",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            I32,
            None,
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Roman Tichý",
            "roman.tichy@seznam.example",
            "+420739880152",
        ),
        "from": "Roman Tichý <roman.tichy@seznam.example>",
        "subject": "zase my – Jihlavské listy",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": "Dobrý den paní Malá,\n\n"
        "doufám, že jste si užila léto! Jako vždycky se hlásíme o data, za Jihlavské listy "
        "s.r.o. (IČO " + I32 + "). Letos jsme konečně přestěhovali server, takže nová adresa "
        "je 203.0.113.101 a na testy 203.0.113.102. Kdyby cokoli, jsem na 739 880 152, ale "
        "spíš odpoledne.\n\nMějte se hezky\nRoman Tichý\n",
    },
    {
        "id": "cm033-apple-reply-replaces-thread-addresses",
        "description": "Apple Mail reply in format=flowed: the quoted thread holds last week's "
        "addresses, the new text says they are replaced by two new ones",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Plzeňský týden a.s.",
            I33,
            None,
            ["198.18.60.32", "198.18.60.33"],
            ["198.18.60.40"],
            "Hynek Malina",
            "malina@plzenskytyden.example",
            "+420777615029",
        ),
        "from": "Hynek Malina <malina@plzenskytyden.example>",
        "subject": "Re: Přístup k výsledkům – Plzeňský týden",
        "headers": APPLE,
        "flowed": True,
        "body": "Dobrý den,\n\n"
        "omlouvám se za zmatek, adresy 198.18.60.12 a 198.18.60.13 z mého minulého \n"
        "mailu už neplatí, hosting nám je přidělil znovu. Nové produkční jsou \n"
        "198.18.60.32 a 198.18.60.33, testovací zůstává 198.18.60.40.\n\n"
        "H. Malina\n\n"
        "> On 2. 9. 2025, at 11:05, Hynek Malina <malina@plzenskytyden.example> wrote:\n"
        ">\n"
        "> Dobrý den,\n"
        "> Plzeňský týden a.s., IČO " + I33 + ", žádá o přístup k XML.\n"
        "> Produkce: 198.18.60.12, 198.18.60.13\n"
        "> Test: 198.18.60.40\n"
        "> Kontakt: Hynek Malina, 777 615 029\n",
    },
    {
        "id": "cm034-zimbra-html-only-retired-row",
        "description": "HTML-only Zimbra table of addresses where one production row is marked "
        "as no longer used; the contact in the signature with a direct line",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Českolipský deník, s.r.o.",
            I34,
            None,
            ["192.0.2.51", "192.0.2.53"],
            ["192.0.2.60"],
            "Eva Doležalová",
            "dolezalova@cldenik.example",
            "+420487334120",
        ),
        "from": "Eva Doležalová <dolezalova@cldenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "html": "<html><body><div>Dobrý den,<br>Českolipský deník, s.r.o. (IČO " + I34 + ") "
        "žádá o přístup k průběžným výsledkům. Naše adresy:</div>"
        '<table border="1"><tr><th>IP</th><th>použití</th></tr>'
        "<tr><td>192.0.2.51</td><td>produkce</td></tr>"
        "<tr><td>192.0.2.52</td><td>produkce – již nepoužíváme, prosím nezadávat</td></tr>"
        "<tr><td>192.0.2.53</td><td>produkce</td></tr>"
        "<tr><td>192.0.2.60</td><td>test</td></tr></table>"
        "<div><br>Eva Doležalová<br>technická podpora redakce<br>"
        "tel. 487 334 120 | dolezalova@cldenik.example</div></body></html>",
    },
    {
        "id": "cm035-french-sender-english-both-requests",
        "description": "a French news site writes English, asks for the feed and for filming; no "
        "IČO; French mobile written with a 0 after the country code",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Regards d'Europe SAS",
            None,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Camille Lefèvre",
            "c.lefevre@regardsdeurope.example",
            "+33612487309",
        ),
        "from": "Camille Lefèvre <c.lefevre@regardsdeurope.example>",
        "subject": "Czech elections: results feed and filming permission",
        "headers": GMAIL,
        "body": "Hello,\n\n"
        "I am writing for Regards d'Europe SAS (Lyon). We would like (1) access to the live "
        "results XML, from 203.0.113.240, with 203.0.113.241 for testing, and (2) permission "
        "for our video journalist to film at the Prague collection point on election night.\n\n"
        "You can reach me at +33 (0)6 12 48 73 09.\n\n"
        "Best,\nCamille Lefèvre\nProduction coordinator\n",
    },
    {
        "id": "cm036-databox-docx-letter-header-footer",
        "description": "data message with a formal DOCX letter (header with IČO and data-box ID, "
        "footer), the contact named in a table row with a mobile",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysočina TV, a.s.",
            I36,
            "vt2x8rn",
            ["198.51.100.120", "198.51.100.121", "198.51.100.122"],
            ["198.51.100.125"],
            "Aleš Kopecký",
            "kopecky@vysocinatv.example",
            "+420731904276",
        ),
        "databox": box("vt2x8rn", "Vysočina TV, a.s.", "Masarykovo nám. 40, 586 01 Jihlava"),
        "subject": "Vysočina TV – žádost",
        "attachments": [
            (
                "docx",
                "VTV_zadost.docx",
                {
                    "header": "Vysočina TV, a.s. | IČO " + I36 + " | ID DS vt2x8rn",
                    "footer": "Masarykovo nám. 40, 586 01 Jihlava",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                        "Žádost o zpřístupnění průběžných výsledků voleb",
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.120\n198.51.100.121\n198.51.100.122"],
                                ["Testovací IP", "198.51.100.125"],
                                ["Kontaktní osoba", "Aleš Kopecký, vedoucí techniky"],
                                ["E-mail / mobil", "kopecky@vysocinatv.example / 731 904 276"],
                            ]
                        },
                        "Bc. Tomáš Vondra, předseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "cm037-signature-four-people-contact-by-surname",
        "description": "the body names the contact only as 'paní Horská'; the four-person "
        "signature gives her first name, e-mail and phone",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Náchodský posel, z.ú.",
            I37,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Lenka Horská",
            "horska@nachodskyposel.example",
            "+420491118302",
        ),
        "from": "Náchodský posel <info@nachodskyposel.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "Náchodský posel, z.ú., IČO " + I37 + ", žádá o přístup k výsledkům voleb "
        "(produkce 192.0.2.180, test 192.0.2.181). Technické věci vyřizuje paní Horská.\n\n"
        "Redakce Náchodský posel\n"
        "Jakub Sedlák – ředitel – sedlak@nachodskyposel.example\n"
        "Bc. Lenka Horská – správa webu – horska@nachodskyposel.example, 491 118 302\n"
        "Ivan Pátek – redaktor – patek@nachodskyposel.example\n"
        "Olga Šimková – inzerce – simkova@nachodskyposel.example, 491 118 300\n",
    },
    {
        "id": "cm038-outlook-alternative-filming-only-crew",
        "description": "filming only in a multipart/alternative Outlook mail; three crew members "
        "listed with phones, the producer who writes is the contact",
        "style": Style.ALTERNATIVE,
        "labels": L(
            [FILM],
            "Filmové studio Brázda s.r.o.",
            I38,
            None,
            [],
            [],
            "Barbora Kalinová",
            "kalinova@studiobrazda.example",
            "+420723508114",
        ),
        "from": "Barbora Kalinová <kalinova@studiobrazda.example>",
        "subject": "Žádost o povolení natáčení – volební noc",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "Filmové studio Brázda s.r.o. (IČO " + I38 + ") žádá o povolení natáčet ve volební "
        "noc na ústředí ČSÚ pro dokument o volbách. Data z XML nepotřebujeme.\n\n"
        "Štáb: Jan Hrubý (kamera, 604 220 117), Petr Mach (zvuk, 608 331 902), "
        "Nikola Brázdová (režie).\n\n"
        "Kontakt: Barbora Kalinová, produkce, 723 508 114\n\nS pozdravem\nBarbora Kalinová\n",
        "html": "<html><body><p>Dobrý den,</p><p>Filmové studio Brázda s.r.o. (IČO "
        + I38
        + ") žádá o povolení natáčet ve volební noc na ústředí ČSÚ pro dokument o volbách. "
        "Data z XML nepotřebujeme.</p><p>Štáb: Jan Hrubý (kamera, 604 220 117), Petr Mach "
        "(zvuk, 608 331 902), Nikola Brázdová (režie).</p><p>Kontakt: Barbora Kalinová, "
        "produkce, 723 508 114</p><p>S pozdravem<br>Barbora Kalinová</p></body></html>",
    },
    {
        "id": "cm039-faculty-applies-as-university-iso88592",
        "description": "a faculty's student TV writes in iso-8859-2; the applicant is the "
        "university (with ', veřejná vysoká škola'), not the faculty; feed and filming",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Univerzita Horního Pomoraví, veřejná vysoká škola",
            I39,
            None,
            ["198.18.100.10", "198.18.100.11"],
            ["198.18.100.20"],
            "Kryštof Bednář",
            "krystof.bednar@uhp.example",
            "+420585631704",
        ),
        "from": "Kryštof Bednář <krystof.bednar@uhp.example>",
        "subject": "Žádost studentské televize o přístup k výsledkům a natáčení",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\n"
        "studentská televize Filozofické fakulty žádá jménem Univerzity Horního Pomoraví, "
        "veřejné vysoké školy, o přístup k XML s výsledky voleb a o povolení natáčet na "
        "krajském pracovišti v Olomouci.\n\n"
        "Produkční IP: 198.18.100.10, 198.18.100.11\nTestovací IP: 198.18.100.20\n\n"
        "Kontakt: Kryštof Bednář, tel. 585 631 704\n\n"
        "Kryštof Bednář\nvedoucí studentské televize\n"
        "Filozofická fakulta, Univerzita Horního Pomoraví, veřejná vysoká škola, IČO " + I39 + "\n",
    },
    {
        "id": "cm040-eml-forward-cover-changes-test",
        "description": "a forwarded .eml holds the application; the cover mail above it changes "
        "one of the two test addresses",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Teplický zpravodaj s.r.o.",
            I40,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.190", "203.0.113.192"],
            "Hana Zelená",
            "zelena@teplickyzpravodaj.example",
            "+420602774158",
        ),
        "from": "Hana Zelená <zelena@teplickyzpravodaj.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": IPHONE,
        "body": "Dobrý den, posílám znovu naši žádost z minulého týdne, jedna změna: "
        "testovací 203.0.113.191 nahraďte prosím 203.0.113.192. Ostatní beze změny.\n"
        "H. Zelená\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "cm040-inner",
                    "from": "Hana Zelená <zelena@teplickyzpravodaj.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "headers": OUTLOOK,
                    "body": "Dobrý den,\n\nTeplický zpravodaj s.r.o., IČO " + I40 + ", žádá "
                    "o přístup k výsledkům voleb.\n"
                    "Produkční: 203.0.113.180, 203.0.113.181\n"
                    "Testovací: 203.0.113.190, 203.0.113.191\n"
                    "Kontakt: Hana Zelená, 602 774 158\n\nHana Zelená\n",
                },
            )
        ],
    },
    {
        "id": "cm041-k9-sloppy-written-range",
        "description": "K-9 Mail note without diacritics, production as a short range '.5-8' "
        "(four addresses), test one address, phone with +420 glued on",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Orlický portál s.r.o.",
            I41,
            None,
            ["203.0.113.5", "203.0.113.6", "203.0.113.7", "203.0.113.8"],
            ["203.0.113.12"],
            "Vít Hanzl",
            "hanzl@orlickyportal.example",
            "+420604381227",
        ),
        "from": "Vit Hanzl <hanzl@orlickyportal.example>",
        "subject": "xml volby – Orlický portál",
        "headers": K9,
        "body": "dobry den,\nOrlicky portal s.r.o. ico " + I41 + " zada o pristup k xml "
        "vysledkum.\nprod 203.0.113.5-8 (ctyri stroje)\ntest 203.0.113.12\n"
        "kontakt Vít Hanzl +420604381227\n--\nposlano z K-9 Mail\n",
    },
    {
        "id": "cm042-dutch-freelancer-english-filming",
        "description": "a Dutch freelance video journalist writes English from a personal "
        "address, filming only, no company and no IČO; Dutch mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Sanne de Vries",
            None,
            None,
            [],
            [],
            "Sanne de Vries",
            "sannedevries.video@mail.example",
            "+31612734580",
        ),
        "from": "Sanne de Vries <sannedevries.video@mail.example>",
        "subject": "Filming permission on election night",
        "headers": IPHONE,
        "body": "Hi,\n\nI'm a freelance video journalist from Utrecht working on a short piece "
        "about European election nights. Could I film at your Prague office when the results "
        "come in? I don't need the data feed, just the permission. My number is "
        "+31 6 12734580.\n\nThanks a lot!\nSanne de Vries\n\nSent from my iPhone\n",
    },
]
