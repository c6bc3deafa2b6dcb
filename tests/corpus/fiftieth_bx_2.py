"""Fiftieth held-out part ``bx``, cases bx015–bx028: an HTML-only Gmail table with a range,
a Samsung note without diacritics whose signature spells the firm properly, a data message
with a DOCX signed by two people, a reply naming a new contact under the office's quoted
question, a forward as an attached .eml, a Polish agency writing English, a P.S. correcting
the test address and the contact, an Outlook Web mail with an icon signature table, an
iPhone cover for a workbook, a vCard pasted into the text, a Hungarian writing English, a
natural person's data message with an ODT, a colleague correcting a phone in the thread and
an Austrian writing English in base64. Written by hand apart from the extraction rules (see
make_fiftieth_bx); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftieth_bx_common import (
    ANDROID_GMAIL,
    APPLE,
    CSU_PHONE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2908136"),
    ico("0734561"),
    ico("2653948"),
    ico("0845217"),
    ico("2417360"),
)
I21, I22, I23, I24 = ico("2630581"), ico("0529764"), ico("2872405"), ico("0398152")
I26, I27 = ico("7421093"), ico("2507834")

CASES: list[dict[str, Any]] = [
    {
        "id": "bx015-html-only-gmail-range-icon-signature",
        "description": "HTML-only Gmail mail: the production addresses as a written range in "
        "a table cell, the phone only in a signature whose icons carry alt texts",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Slezská datová redakce s.r.o.",
            I15,
            None,
            ["198.51.100.160", "198.51.100.161", "198.51.100.162", "198.51.100.163"],
            ["198.51.100.170"],
            "Daniel Polák",
            "polak@slezskadata.example",
            "+420732118406",
        ),
        "from": "Daniel Polák <polak@slezskadata.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "headers": GMAIL,
        "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>prosíme o přístup '
        "k výsledkům voleb v XML pro naši redakci:</div><div><br></div>"
        '<table style="border:1px solid #ccc"><tbody>'
        "<tr><td>Organizace</td><td>Slezská datová redakce s.r.o.</td></tr>"
        f"<tr><td>IČO</td><td>{I15}</td></tr>"
        "<tr><td>IP produkce</td><td>198.51.100.160 – 198.51.100.163</td></tr>"
        "<tr><td>IP test</td><td>198.51.100.170</td></tr>"
        "</tbody></table><div><br></div><div>Díky!</div><div><br></div>"
        '<div class="gmail_signature"><table><tbody>'
        '<tr><td rowspan="3"><img src="https://slezskadata.example/logo.png" '
        'alt="SDR" width="48"></td><td><b>Daniel Polák</b> | datový novinář</td></tr>'
        '<tr><td><img src="https://slezskadata.example/i/phone.png" alt="tel"> '
        "+420 732 118 406</td></tr>"
        '<tr><td><img src="https://slezskadata.example/i/mail.png" alt="mail"> '
        '<a href="mailto:polak@slezskadata.example">polak@slezskadata.example</a></td></tr>'
        "</tbody></table></div></div>",
    },
    {
        "id": "bx016-samsung-no-diacritics-cidr-signature-spelled",
        "description": "phone-typed without diacritics, a /30 block as the public address and "
        "no test environment; the firm's name with diacritics only in the stored signature",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Zlínský zpravodaj s.r.o.",
            I16,
            None,
            ["192.0.2.96", "192.0.2.97", "192.0.2.98", "192.0.2.99"],
            [],
            "Radek Machala",
            "machala@zlinskyzpravodaj.example",
            "+420777302118",
        ),
        "from": "Radek Machala <machala@zlinskyzpravodaj.example>",
        "subject": "zadost vysledky voleb",
        "headers": SAMSUNG,
        "body": "zdravim, posilam zadost o pristup na vysledky voleb (xml) za zlinsky "
        "zpravodaj. nase verejna adresa je blok 192.0.2.96/30, testovaci prostredi nemame. "
        f"ico {I16}. kdyztak me cislo 777 302 118\nRadek Machala\n\n--\nRadek Machala\n"
        "Zlínský zpravodaj s.r.o.\nmachala@zlinskyzpravodaj.example\n\n\nOdesláno z mého "
        "Galaxy\n",
    },
    {
        "id": "bx017-databox-docx-signed-by-two",
        "description": "data message; the DOCX letter ends with a signature table of two people, "
        "the second marked as the contact; three production addresses in one cell",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Mediální dům Vltava a.s.",
            I17,
            "h3kv8wd",
            ["203.0.113.140", "203.0.113.141", "203.0.113.142"],
            ["203.0.113.150"],
            "Eliška Vaňková",
            "vankova@mdvltava.example",
            "+420725660318",
        ),
        "databox": box(
            "h3kv8wd", "Mediální dům Vltava a.s.", "Lannova 20, 370 01 České Budějovice"
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb a povolení natáčení",
        "attachments": [
            (
                "docx",
                "MDV_zadost_volby_2025.docx",
                {
                    "header": f"Mediální dům Vltava a.s. | IČO {I17} | ID DS h3kv8wd",
                    "blocks": [
                        "Vážení,",
                        "žádáme o zpřístupnění průběžných výsledků voleb ve formátu XML a "
                        "o povolení natáčet ve volební noc na krajském pracovišti ČSÚ v "
                        "Českých Budějovicích.",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.140; 203.0.113.141; 203.0.113.142"],
                                ["Testovací IP", "203.0.113.150"],
                            ]
                        },
                        {
                            "rows": [
                                ["Ing. Hynek Procházka", "Mgr. Eliška Vaňková"],
                                ["předseda představenstva", "vedoucí zpravodajství"],
                                ["", "kontaktní osoba pro tuto žádost"],
                                ["", "vankova@mdvltava.example | +420 725 660 318"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bx018-reply-new-contact-under-office-question",
        "description": "the sender answers the office's question who the contact is: a "
        "colleague with her own address and mobile; the office officer's signature with the "
        "office's phone and the original application are quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Valašsko24 s.r.o.",
            I18,
            None,
            ["198.18.60.10"],
            ["198.18.60.20"],
            "Šárka Malá",
            "mala@valassko24.example",
            "+420736221904",
        ),
        "from": "Vojtěch Surý <sury@valassko24.example>",
        "subject": "Re: Dotaz k žádosti o přístup k výsledkům voleb",
        "headers": K9,
        "body": "Dobrý den,\n\nkontaktní osobou bude kolegyně Šárka Malá, "
        "mala@valassko24.example, mobil 736 221 904. Já jsem žádost jen odesílal.\n\nS "
        "pozdravem\nVojtěch Surý\n\n12. září 2025 13:05:22 SELČ, Podatelna ČSÚ "
        "<podatelna@czso.cz> napsal:\n>Dobrý den,\n>\n>ve Vaší žádosti není uvedena "
        "kontaktní osoba. Sdělte nám prosím její jméno, e-mail a telefon.\n>\n>Ing. Ivana "
        f"Zelenková\n>Český statistický úřad\n>tel.: {CSU_PHONE}\n>\n>-----Původní zpráva"
        "-----\n>Od: Vojtěch Surý <sury@valassko24.example>\n>Předmět: Žádost o přístup k "
        "výsledkům voleb\n>\n>Žádáme o přístup k výsledkům voleb ve formátu XML.\n>Žadatel: "
        f"Valašsko24 s.r.o., IČO {I18}\n>Produkční IP: 198.18.60.10\n>Testovací IP: "
        "198.18.60.20\n",
    },
    {
        "id": "bx019-forward-attached-eml-evolution",
        "description": "a colleague forwards the application as an attached .eml: the "
        "application and its contact are in the nested message, the forwarder is no contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Kladenské listy, s.r.o.",
            I19,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Jakub Dostál",
            "dostal@kladenskelisty.example",
            "+420728404517",
        ),
        "from": "Zdeňka Musilová <musilova@kladenskelisty.example>",
        "subject": "Fwd: Žádost o výsledky voleb",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\npřeposílám žádost kolegy Jakuba Dostála, omylem ji poslal jen "
        "mně. Odpovídejte prosím přímo jemu.\n\nZdeňka Musilová\nsekretariát\n",
        "attachments": [
            (
                "eml",
                "Zadost o vysledky voleb.eml",
                {
                    "id": "bx019-inner",
                    "from": "Jakub Dostál <dostal@kladenskelisty.example>",
                    "to": "Zdeňka Musilová <musilova@kladenskelisty.example>",
                    "subject": "Žádost o výsledky voleb",
                    "headers": EVOLUTION,
                    "body": "Dobrý den,\n\nKladenské listy, s.r.o. (IČO "
                    f"{I19}) žádají o přístup k průběžným výsledkům voleb v XML.\n"
                    "produkce: 192.0.2.180\ntest: 192.0.2.181\n\nKontakt: Jakub Dostál, "
                    "728 404 517, dostal@kladenskelisty.example\n\nDěkuji\nJakub Dostál\n",
                },
            )
        ],
    },
    {
        "id": "bx020-polish-agency-writing-english",
        "description": "a Polish agency writing English asks for both; a Polish tax number "
        "(NIP) that is no IČO; a Polish mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agencja Foto-Wideo Kadr sp. z o.o.",
            None,
            None,
            ["203.0.113.160"],
            ["203.0.113.161"],
            "Katarzyna Wójcik",
            "k.wojcik@kadr-agencja.example",
            "+48601224893",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@kadr-agencja.example>",
        "subject": "Request: election results feed + filming permission",
        "headers": TBIRD,
        "body": "Good morning,\n\nI am writing on behalf of Agencja Foto-Wideo Kadr sp. z "
        "o.o. (Kraków, NIP 6762468313). We would like to ask for two things:\n\n1. access to "
        "the XML feed with live election results - our production IP is 203.0.113.160 and "
        "for tests we will use 203.0.113.161;\n2. permission for our two-person crew to film "
        "at your collection point in Ostrava on election night.\n\nPlease contact me with "
        "any questions: Katarzyna Wójcik, +48 601 224 893.\n\nBest regards,\nKatarzyna "
        "Wójcik\nProduction Manager\n",
    },
    {
        "id": "bx021-ps-corrects-test-and-contact",
        "description": "the P.S. corrects the test address (the first one is a printer) and "
        "hands the contact to a colleague with his own e-mail and phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Podbrdský občasník, z.s.",
            I21,
            None,
            ["198.51.100.210"],
            ["198.51.100.212"],
            "Richard Kučera",
            "kucera@podbrdskyobcasnik.example",
            "+420604771352",
        ),
        "from": "Lucie Zemanová <zemanova@podbrdskyobcasnik.example>",
        "subject": "žádost o přístup k výsledkům",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nza Podbrdský občasník, z.s., IČO "
        f"{I21}, žádám o přístup k výsledkům voleb ve formátu XML.\nProdukční adresa: "
        "198.51.100.210\nTestovací adresa: 198.51.100.211\nKontakt: já, 603 250 889\n\n"
        "Lucie Zemanová\n\nP.S. Pardon, testovací je 198.51.100.212, ta .211 je tiskárna. A "
        "kontaktní osobou bude nakonec kolega Richard Kučera "
        "(kucera@podbrdskyobcasnik.example, 604 771 352) – já od října odcházím na mateřskou.\n",
    },
    {
        "id": "bx022-owa-alternative-signature-table-icons",
        "description": "Outlook Web mail with text and HTML parts: both requests, testing from "
        "production, the phones in a signature table with 'tel' (newsroom) and 'mob' icons",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Chebský kurýr, s.r.o.",
            I22,
            None,
            ["198.18.70.1"],
            [],
            "Hana Wolfová",
            "wolfova@chebskykuryr.example",
            "+420354422100",
        ),
        "from": "Hana Wolfová <wolfova@chebskykuryr.example>",
        "subject": "Žádost – výsledky voleb a natáčení",
        "headers": OWA,
        "body": "Dobrý den,\n\nChebský kurýr, s.r.o. žádá o přístup k výsledkům voleb (XML) "
        "z adresy 198.18.70.1 – testovat budeme přímo z produkčního serveru – a o povolení "
        "natáčet na pracovišti ČSÚ v Karlových Varech.\n\nHana Wolfová\nvedoucí redakce\n"
        "tel +420 354 422 100\nmob +420 721 905 336\nmail wolfova@chebskykuryr.example\n"
        f"Chebský kurýr, s.r.o. | IČO {I22}\n",
        "html": '<html><body><div style="font-family:Segoe UI"><p>Dobrý den,</p><p>Chebský '
        "kurýr, s.r.o. žádá o přístup k výsledkům voleb (XML) z adresy 198.18.70.1 – "
        "testovat budeme přímo z produkčního serveru – a o povolení natáčet na pracovišti "
        "ČSÚ v Karlových Varech.</p>"
        '<table style="font-size:9pt"><tr><td colspan="2"><b>Hana Wolfová</b><br>vedoucí '
        "redakce</td></tr>"
        '<tr><td><img alt="tel" src="cid:tel.png"></td><td>+420 354 422 100</td></tr>'
        '<tr><td><img alt="mob" src="cid:mob.png"></td><td>+420 721 905 336</td></tr>'
        '<tr><td><img alt="mail" src="cid:mail.png"></td><td>'
        "wolfova@chebskykuryr.example</td></tr>"
        f'<tr><td colspan="2">Chebský kurýr, s.r.o. | IČO {I22}</td></tr>'
        "</table></div></body></html>",
    },
    {
        "id": "bx023-iphone-cover-workbook-surname-first",
        "description": "'Posilam zadost' from an iPhone; the workbook carries everything: "
        "the applicant's box ID, two production rows, the contact surname first",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Podještědský deník s.r.o.",
            I23,
            "x8pq2nd",
            ["198.51.100.230", "198.51.100.231"],
            ["198.51.100.239"],
            "Ondřej Navrátil",
            "navratil@podjestedsky.example",
            "+420739145820",
        ),
        "from": "Ondřej Navrátil <navratil@podjestedsky.example>",
        "subject": "Zadost CSU",
        "headers": IPHONE,
        "body": "Posilam zadost\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "xlsx",
                "zadost_volby.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb (XML)", ""],
                            ["Žadatel", "Podještědský deník s.r.o."],
                            ["IČO", I23],
                            ["Datová schránka", "x8pq2nd"],
                            ["Produkční IP 1", "198.51.100.230"],
                            ["Produkční IP 2", "198.51.100.231"],
                            ["Testovací IP", "198.51.100.239"],
                            ["Kontaktní osoba", "Navrátil Ondřej"],
                            ["E-mail", "navratil@podjestedsky.example"],
                            ["Telefon", "739145820"],
                        ],
                        "merge": ["A1:B1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bx024-vcard-pasted-into-text",
        "description": "an assistant sends the application and pastes the contact's vCard into "
        "the text (N field surname first, a degree in it); IPv6 addresses for both roles",
        "style": Style.VCARD,
        "labels": L(
            [FEED],
            "Pražský podcast s.r.o.",
            I24,
            None,
            ["2001:db8:77::20"],
            ["2001:db8:77::21"],
            "Filip Dvořák",
            "dvorak@prazskypodcast.example",
            "+420608117302",
        ),
        "from": "Markéta Nová <nova@prazskypodcast.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nza Pražský podcast s.r.o. (IČO "
        f"{I24}) žádám o přístup k výsledkům voleb v XML.\nProdukce: 2001:db8:77::20\n"
        "Test: 2001:db8:77::21\n\nKontaktní osobou je náš technický ředitel, vizitku "
        "vkládám níže:\n\nBEGIN:VCARD\nVERSION:4.0\nN:Dvořák;Filip;;Ing.;\nFN:Ing. Filip "
        "Dvořák\nORG:Pražský podcast s.r.o.\nTITLE:technický ředitel\n"
        "TEL;TYPE=cell:+420608117302\nEMAIL:dvorak@prazskypodcast.example\nEND:VCARD\n\n"
        "S pozdravem\nMarkéta Nová\nasistentka vedení\n",
    },
    {
        "id": "bx025-hungarian-writing-english",
        "description": "a Hungarian writes English and gives her name surname first; an IPv6 "
        "and an IPv4 production address, no test machine; Hungarian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alföldi Hírek Kft.",
            None,
            None,
            ["2001:db8:36::100", "203.0.113.180"],
            [],
            "Szabó Tímea",
            "szabo.timea@alfoldihirek.example",
            "+36304182271",
        ),
        "from": "Szabó Tímea <szabo.timea@alfoldihirek.example>",
        "subject": "Czech election results - data access",
        "headers": ANDROID_GMAIL,
        "body": "Dear Colleagues,\n\nmy name is Szabó Tímea, I am the technical editor of "
        "Alföldi Hírek Kft. (Szeged). We would like to show the Czech election results live "
        "and ask for access to your XML service. Our production servers: 2001:db8:36::100 and "
        "203.0.113.180 (fallback over IPv4). We do not have a separate test machine.\n\n"
        "Thank you,\nSzabó Tímea\nAlföldi Hírek Kft.\n+36 30 418 2271\n",
    },
    {
        "id": "bx026-databox-natural-person-odt-filming",
        "description": "data message from a natural person in business: filming only, the "
        "data explicitly not wanted; the ODT carries the request and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Jan Vrba",
            I26,
            "v2nw7ke",
            [],
            [],
            "Jan Vrba",
            "vrba@vrbavideo.example",
            "+420604338172",
        ),
        "databox": box("v2nw7ke", "Jan Vrba", "Komenského 18, 568 02 Svitavy", 40),
        "subject": "Žádost o povolení natáčení",
        "attachments": [
            (
                "odt",
                "zadost_natáčení.odt",
                [
                    f"Jan Vrba, IČO {I26}, Komenského 18, Svitavy",
                    "Žádám o povolení natáčet ve volební noc na pracovišti ČSÚ v "
                    "Pardubicích (reportáž pro regionální televizi). Přístup k datům "
                    "nežádám.",
                    [
                        ["Kontakt", "Jan Vrba"],
                        ["E-mail", "vrba@vrbavideo.example"],
                        ["Mobil", "604 338 172"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bx027-thread-colleague-corrects-phone",
        "description": "thread: one colleague gave the contact's phone to the office, a second "
        "colleague replies on top that two digits were swapped; the application quoted below",
        "style": Style.THREAD,
        "labels": L(
            [FEED],
            "Liberecký magazín s.r.o.",
            I27,
            None,
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Tomáš Janda",
            "janda@libereckymagazin.example",
            "+420605117236",
        ),
        "from": "Ivan Kopecký <kopecky@libereckymagazin.example>",
        "cc": "Radka Horová <horova@libereckymagazin.example>",
        "subject": "Re: Dotaz – telefon kontaktní osoby",
        "headers": APPLE,
        "body": "Dobrý den,\n\noprava k e-mailu kolegyně níže: Tomášovo číslo je 605 117 236, "
        "Radka přehodila poslední dvě číslice.\n\nIvan Kopecký\nLiberecký magazín\n\n> "
        "On 15. 9. 2025, at 11:20, Radka Horová <horova@libereckymagazin.example> "
        "wrote:\n>\n> Dobrý den, telefon na Tomáše Jandu: 605 117 263.\n> Radka Horová\n>\n"
        ">> On 15. 9. 2025, at 9:02, Podatelna ČSÚ <podatelna@czso.cz> wrote:\n>>\n>> "
        "Prosíme o doplnění telefonu kontaktní osoby.\n>>\n>>> Liberecký magazín s.r.o., "
        f"IČO {I27}, žádá o přístup k výsledkům voleb (XML).\n>>> Produkční IP "
        "192.0.2.60, testovací 192.0.2.61.\n>>> Kontakt: Tomáš Janda, "
        "janda@libereckymagazin.example\n",
    },
    {
        "id": "bx028-austrian-writing-english-base64",
        "description": "base64 body; an Austrian publisher writing English asks for both; "
        "production as a short range '.10-12'; no IČO; Austrian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Waldviertel Rundschau GmbH",
            None,
            None,
            ["198.18.90.10", "198.18.90.11", "198.18.90.12"],
            ["198.18.90.20"],
            "Stefan Hofbauer",
            "hofbauer@wv-rundschau.example",
            "+436642185530",
        ),
        "from": "Stefan Hofbauer <hofbauer@wv-rundschau.example>",
        "subject": "Election night: data feed and filming in České Budějovice",
        "headers": GMAIL,
        "cte": "base64",
        "body": "Hello,\n\nWaldviertel Rundschau GmbH (Zwettl, Austria) would like to apply "
        "for access to the election results XML and for a permit to film at your regional "
        "office in České Budějovice on election night.\n\nProduction IPs: 198.18.90.10-12\n"
        "Test IP: 198.18.90.20\n\nContact: Stefan Hofbauer, +43 664 218 5530\n\nBest "
        "regards\nStefan Hofbauer\nWaldviertel Rundschau GmbH\n",
    },
]
