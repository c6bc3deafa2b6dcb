"""Twentyfourth held-out part ``ra``, cases ra029–ra042: an RTF data message from a town, a
British outlet with a CIDR block, a reply withdrawing the filming request, a chatty Slovak
publisher, a box ID in a mail signature, an iPhone mail with a PDF form, a written address range
next to an OID, a forward of a forward, a contractor's PRD/TST note, a freelance videographer's
data message with a text file, an OWA table with ANO/NE cells, an Austrian freelancer mixing
languages, a resent mail correcting its own quoted original and a list of main, backup and test
servers with a film crew's phones. Written by hand apart from the extraction rules (see
make_twentyfourth_ra); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfourth_ra_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I31, I32, I33 = ico("0268415"), ico("2659130"), ico("4720196"), ico("2871543")
I34, I35, I36, I37 = ico("0714682"), ico("6480213"), ico("2590374"), ico("0382641")
I38, I39, I41, I42 = ico("7641029"), ico("2819536"), ico("0675148"), ico("4973206")
I37_CONTRACTOR = ico("2946021")

CASES: list[dict[str, Any]] = [
    {
        "id": "ra029-databox-rtf-town-both",
        "description": "data message from a town, annotation 'viz příloha'; the RTF letter asks "
        "for the feed and for filming by the town TV, one address, no test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Lipnice nad Svitavou",
            I29,
            "m2fz7ka",
            ["203.0.113.77"],
            [],
            "Renata Pokorná",
            "pokorna@lipnicensv.example",
            "+420461552107",
        ),
        "subject": "Žádost – viz příloha",
        "databox": {
            "box": "m2fz7ka",
            "sender": "Město Lipnice nad Svitavou",
            "address": "Náměstí 1, 569 43 Lipnice nad Svitavou",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "MĚSTO LIPNICE NAD SVITAVOU\nNáměstí 1, 569 43 Lipnice nad Svitavou\n"
                    f"IČO: {I29}",
                    "Č. j.: MLS-2291/2025-Po",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení k natáčení",
                    "Město Lipnice nad Svitavou vydává zpravodaj a provozuje kabelovou "
                    "televizi TV Lipnice. Žádáme:",
                    "1. o přístup k výsledkům voleb ve formátu XML z IP adresy "
                    "203.0.113.77 (testovací adresu nepožadujeme),",
                    "2. o povolení pro štáb TV Lipnice natáčet na sběrném místě ve Svitavách.",
                    "Kontaktní osoba: Renata Pokorná, referentka, tel. 461 552 107, "
                    "pokorna@lipnicensv.example",
                    "Ing. Karel Sedláček\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "ra030-british-outlet-cidr-no-test",
        "description": "British news site writes English; production given as a /30 block "
        "(four addresses), no test; no IČO, a UK phone and a company number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Central Europe Desk Ltd",
            None,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            [],
            "Oliver Hastings",
            "oliver.hastings@cedesk.example",
            "+447700918342",
        ),
        "from": "Oliver Hastings <oliver.hastings@cedesk.example>",
        "subject": "Election results feed - Central Europe Desk",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\n"
            "Central Europe Desk Ltd (registered in England and Wales, company no. "
            "11482093) runs an English-language news site covering the region. We'd "
            "like access to the XML results feed for the upcoming election.\n\n"
            "Our egress range is 198.51.100.128/30 – all four addresses may fetch. We "
            "won't need separate test access.\n\n"
            "Contact: Oliver Hastings, +44 7700 918342\n\n"
            "Many thanks,\nOliver\n\n"
            "Oliver Hastings | Editor\nCentral Europe Desk Ltd | 14 Bream's Buildings, "
            "London EC4A 1HP\n"
        ),
    },
    {
        "id": "ra031-reply-withdraws-filming",
        "description": "reply to the office's question: the applicant withdraws filming and "
        "keeps the feed; addresses and contact in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Deník Podbrdsko s.r.o.",
            I31,
            None,
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Hynek Pešek",
            "pesek@podbrdsko.example",
            "+420734620118",
        ),
        "from": "Hynek Pešek <pesek@podbrdsko.example>",
        "subject": "RE: Dotaz k žádosti - natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "ano, potvrzuji – natáčení nakonec nepotřebujeme, štáb nemáme. Žádost tedy "
            "platí jen pro přístup k XML, údaje viz moje původní zpráva níže.\n\n"
            "Hynek Pešek\n\n"
            "-----Original Message-----\n"
            "From: podatelna@czso.cz <podatelna@czso.cz>\n"
            "Sent: Tuesday, September 16, 2025 9:18 AM\n"
            "To: Hynek Pešek <pesek@podbrdsko.example>\n"
            "Subject: Dotaz k žádosti - natáčení\n\n"
            "Dobrý den, k povolení natáčení prosíme o uvedení sběrného místa a jmen "
            "členů štábu. ČSÚ, oddělení komunikace, tel. 274 052 733\n\n"
            "-----Original Message-----\n"
            "From: Hynek Pešek <pesek@podbrdsko.example>\n"
            "Sent: Monday, September 15, 2025 3:51 PM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost volby\n\n"
            f"Deník Podbrdsko s.r.o., IČO {I31}, žádá o přístup k XML výsledkům a o "
            "povolení natáčet ve volební noci.\n"
            "Produkční IP: 192.0.2.44\nTestovací IP: 192.0.2.45\n"
            "Kontakt: Hynek Pešek, 734 620 118\n"
        ),
    },
    {
        "id": "ra032-slovak-chatty-both",
        "description": "chatty Slovak mail from a Samsung phone: a Slovak publisher asks for "
        "both, 'testovacia' address, phone as 00421 and a Slovak IČO with spaces",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Záhorské noviny, s. r. o.",
            I32,
            None,
            ["203.0.113.200"],
            ["203.0.113.201"],
            "Zuzana Krajčovičová",
            "krajcovicova@zahorskenoviny.example",
            "+421944207318",
        ),
        "from": "Zuzana Krajčovičová <krajcovicova@zahorskenoviny.example>",
        "subject": "Žiadosť – voľby v ČR, XML a natáčanie",
        "headers": SAMSUNG,
        "body": (
            "Dobrý deň,\n\n"
            "píšem zo Senice, sme regionálne noviny hneď pri hraniciach a veľa našich "
            "čitateľov pracuje na Morave, tak chceme tento rok robiť aj české voľby :)\n\n"
            "Chceli by sme poprosiť o prístup k výsledkom v XML – produkčný server "
            "203.0.113.200, testovacia adresa 203.0.113.201 – a zároveň o povolenie "
            "natáčať na zbernom mieste v Hodoníne, prídeme dvaja.\n\n"
            f"Sme Záhorské noviny, s. r. o., IČO {I32[:2]} {I32[2:5]} {I32[5:]}.\n"
            "Kontakt: Zuzana Krajčovičová, 00421 944 207 318\n\n"
            "Ďakujem pekne!\nZuzana\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "ra033-apple-signature-box-id",
        "description": "Apple Mail; the signature block names two people and the data-box ID; "
        "the text makes the second (technical) person the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Jizerská média, s.r.o.",
            I33,
            "q7dm3xr",
            ["198.51.100.55", "198.51.100.56"],
            ["198.51.100.57"],
            "Daniel Vacek",
            "vacek@jizerskamedia.example",
            "+420606318224",
        ),
        "from": "Klára Pilná <pilna@jizerskamedia.example>",
        "subject": "Přístup k výsledkům voleb (XML) – Jizerská média",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "rádi bychom požádali o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkční adresy: 198.51.100.55, 198.51.100.56\n"
            "Testovací adresa: 198.51.100.57\n\n"
            "Technickou kontaktní osobou je kolega Daniel Vacek (podpis níže), na něj se "
            "prosím obracejte.\n\n"
            "Děkuji\n\n"
            "Klára Pilná\nvydavatelka\n+420 485 107 300\n\n"
            "Daniel Vacek\ntechnický ředitel\n+420 606 318 224\n"
            "vacek@jizerskamedia.example\n\n"
            "Jizerská média, s.r.o.\nPražská 22, 466 01 Jablonec nad Nisou\n"
            f"IČO {I33} · ID datové schránky: q7dm3xr\n"
        ),
    },
    {
        "id": "ra034-iphone-pdf-form-both-ticked",
        "description": "one line from an iPhone, the application in a PDF form: both boxes "
        "ticked, narrow table cells wrap the addresses and the contact",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED, FILM],
            "Znojemský týdeník s.r.o.",
            I34,
            None,
            ["192.0.2.100", "192.0.2.101"],
            ["192.0.2.109"],
            "Tereza Bártová",
            "bartova@znojemskytydenik.example",
            "+420736218904",
        ),
        "from": "Tereza Bártová <bartova@znojemskytydenik.example>",
        "subject": "zadost volby",
        "headers": IPHONE,
        "body": "Dobrý den, v příloze žádost. Bártová\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "pdf",
                "formular_zadost.pdf",
                [
                    "Žádost o přístup k výsledkům voleb a povolení k natáčení",
                    "☒ přístup k XML výsledkům      ☒ povolení k natáčení na sběrném místě",
                    {
                        "rows": [
                            ["Název žadatele", "Znojemský týdeník s.r.o."],
                            ["IČO", I34],
                            ["Produkční IP adresy", "192.0.2.100, 192.0.2.101"],
                            ["Testovací IP adresy", "192.0.2.109"],
                            [
                                "Kontaktní osoba (jméno, telefon, e-mail)",
                                "Tereza Bártová, 736 218 904, bartova@znojemskytydenik.example",
                            ],
                        ],
                        "widths": [95, 110],
                    },
                    "Natáčet bude redaktorka T. Bártová s kameramanem Lubošem Kopeckým.",
                ],
            )
        ],
    },
    {
        "id": "ra035-outlook-range-and-oid",
        "description": "Outlook mail in windows-1250 with a written production range of four "
        "addresses and a certificate OID in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "ČR Info Media a.s.",
            I35,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.20"],
            "Martina Holečková",
            "holeckova@crinfomedia.example",
            "+420225330671",
        ),
        "from": "Holečková Martina <holeckova@crinfomedia.example>",
        "subject": "Žádost o přístup – ČR Info Media",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"ČR Info Media a.s. (IČO: {I35}) žádá o přístup k výsledkům voleb v XML.\n\n"
            "Produkční rozsah: 203.0.113.8 – 203.0.113.11\n"
            "Testovací: 203.0.113.20\n\n"
            "Kontakt: Martina Holečková, přímá linka 225 330 671\n\n"
            "S pozdravem\n"
            "Martina Holečková\nprovoz datových služeb\n"
            "ČR Info Media a.s. | Vinohradská 1511/230, 100 00 Praha 10\n"
            "ústředna 225 330 600\n\n"
            "Tato zpráva je elektronicky podepsána certifikátem dle politiky "
            "OID 1.3.6.1.4.1.11801.1.2.4.\n"
        ),
    },
    {
        "id": "ra036-gmail-forward-of-forward",
        "description": "Gmail forward of a forward: an assistant passes on the director's "
        "request for both types; the contact is named in the innermost message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Rádio Vltava Jih s.r.o.",
            I36,
            None,
            ["192.0.2.190"],
            ["192.0.2.191"],
            "Stanislav Bureš",
            "bures@vltavajih.example",
            "+420608410226",
        ),
        "from": "Asistentka RVJ <asistentka@vltavajih.example>",
        "subject": "Fwd: Fwd: žádost ČSÚ volby",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "z pověření pana ředitele přeposílám žádost níže.\n\n"
            "S pozdravem\nEva Tichá, asistentka\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Jiří Hanzal <hanzal@vltavajih.example>\n"
            "Date: st 10. 9. 2025 v 18:22\n"
            "Subject: Fwd: žádost ČSÚ volby\n"
            "To: Asistentka RVJ <asistentka@vltavajih.example>\n\n"
            "Evi, pošli to prosím na ČSÚ za nás. JH\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Stanislav Bureš <bures@vltavajih.example>\n"
            "Date: st 10. 9. 2025 v 14:05\n"
            "Subject: žádost ČSÚ volby\n"
            "To: Jiří Hanzal <hanzal@vltavajih.example>\n\n"
            "Jirko, podklady pro žádost:\n"
            f"Rádio Vltava Jih s.r.o., IČO {I36}\n"
            "chceme XML i natáčení na sběrném místě v Českých Budějovicích\n"
            "produkční IP 192.0.2.190, testovací 192.0.2.191\n"
            "kontakt já – Stanislav Bureš, 608 410 226\n"
        ),
    },
    {
        "id": "ra037-contractor-prd-tst",
        "description": "an IT contractor's terse note with PRD/TST abbreviations on behalf of "
        "a weekly; the contractor's own IČO is also given",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Týdeník Haná, s.r.o.",
            I37,
            None,
            ["198.51.100.161", "198.51.100.162"],
            ["198.51.100.170", "198.51.100.171"],
            "Lubomír Sedlář",
            "sedlar@hanait.example",
            "+420739440115",
        ),
        "from": "Lubomír Sedlář <sedlar@hanait.example>",
        "subject": "XML feed - Týdeník Haná",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            f"za klienta Týdeník Haná, s.r.o. (IČO {I37}) žádám o přístup k XML "
            "výsledkům voleb. My (Haná IT s.r.o., IČO "
            f"{I37_CONTRACTOR}) spravujeme jejich infrastrukturu.\n\n"
            "PRD: 198.51.100.161, 198.51.100.162\n"
            "TST: 198.51.100.170, 198.51.100.171\n\n"
            "Kontakt za žádost: Lubomír Sedlář, 739 440 115, sedlar@hanait.example\n\n"
            "LS\n-- \nHaná IT s.r.o. | Olomouc | servis 585 000 112\n"
        ),
    },
    {
        "id": "ra038-databox-txt-videographer",
        "description": "data message from a self-employed videographer's box; annotation is a "
        "title, the text file asks only to film and declines the feed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Martin Zelenka – ZelenkaVideo",
            I38,
            "v9kt2wd",
            [],
            [],
            "Martin Zelenka",
            "martin@zelenkavideo.example",
            "+420775209331",
        ),
        "subject": "Povolení k natáčení – volby",
        "databox": {
            "box": "v9kt2wd",
            "sender": "Martin Zelenka",
            "address": "Lidická 88, 602 00 Brno",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "zadost_natáčení.txt",
                "Věc: Žádost o povolení k natáčení\n\n"
                "Dobrý den,\n\n"
                "jsem videograf (OSVČ, Martin Zelenka – ZelenkaVideo, IČO "
                f"{I38}) a pro zpravodajský web natáčím reportáž o volbách. Žádám o "
                "povolení natáčet na sběrném místě v Brně dne 4. 10. 2025 mezi "
                "14:00 a 20:00.\n\n"
                "O přístup k XML výsledkům nežádám.\n\n"
                "Kontakt: Martin Zelenka, 775 209 331, martin@zelenkavideo.example\n\n"
                "Martin Zelenka\n",
            )
        ],
    },
    {
        "id": "ra039-owa-html-ano-ne-table",
        "description": "HTML-only Outlook on the web mail: request types in a table with ANO/NE "
        "(filming NE), then addresses in labelled cells",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Sdružení obcí Podřipsko",
            I39,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Ivana Kroupová",
            "kroupova@podripsko.example",
            "+420416550987",
        ),
        "from": "Kroupová Ivana <kroupova@podripsko.example>",
        "subject": "Žádost – volby 2025 – Sdružení obcí Podřipsko",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css">table td {padding:2px 6px}</style></head><body>'
            '<div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">'
            "<div>Dobrý den,</div><div>posíláme žádost našeho sdružení, které provozuje "
            "regionální zpravodajský web.</div><br>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><td><b>Žádáme o</b></td><td><b>ANO / NE</b></td></tr>"
            "<tr><td>přístup k výsledkům voleb ve formátu XML</td><td>ANO</td></tr>"
            "<tr><td>povolení k natáčení na sběrném místě</td><td>NE</td></tr>"
            "<tr><td>Žadatel</td><td>Sdružení obcí Podřipsko</td></tr>"
            f"<tr><td>IČO</td><td>{I39}</td></tr>"
            "<tr><td>Produkční IP</td><td>203.0.113.240</td></tr>"
            "<tr><td>Testovací IP</td><td>203.0.113.241</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Ivana Kroupová, 416 550 987</td></tr>"
            "</table><br>"
            "<div>S pozdravem</div><div>Ivana Kroupová<br>tajemnice sdružení<br>"
            "Náměstí 5, 413 01 Roudnice nad Labem</div></div></body></html>"
        ),
    },
    {
        "id": "ra040-austrian-freelancer-mixed-languages",
        "description": "Austrian freelance journalist mixes German, English and broken Czech; "
        "filming only, no IČO, explicitly no XML, an Austrian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Florian Gruber",
            None,
            None,
            [],
            [],
            "Florian Gruber",
            "florian.gruber@gruber-reportagen.example",
            "+436645127093",
        ),
        "from": "Florian Gruber <florian.gruber@gruber-reportagen.example>",
        "subject": "Drehgenehmigung / filming permission / povolení natáčení",
        "headers": TBIRD,
        "body": (
            "Dobrý den! (sorry, my Czech ends here)\n\n"
            "Sehr geehrte Damen und Herren, I am a freelance journalist from Linz and "
            "I prepare a radio and video feature for Austrian public radio about the "
            "elections in South Bohemia. I would like to ask for permission to film and "
            "record sound at your collection point in České Budějovice on election night.\n\n"
            "I do not need the XML data feed – nur die Drehgenehmigung, bitte.\n\n"
            "I work as a freelancer (no company, no Czech IČO). My number: "
            "+43 664 5127093.\n\n"
            "Děkuji / Vielen Dank,\nFlorian Gruber\nGruber Reportagen, Linz\n"
        ),
    },
    {
        "id": "ra041-resend-corrects-own-quoted-original",
        "description": "iPhone resend titled OPRAVA: the new text corrects the test address "
        "in the writer's own quoted mail and says the rest still holds",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Chebský expres s.r.o.",
            I41,
            None,
            ["192.0.2.220", "192.0.2.221"],
            ["192.0.2.229"],
            "Pavlína Rösslerová",
            "rosslerova@chebexpres.example",
            "+420603950442",
        ),
        "from": "Pavlína Rösslerová <rosslerova@chebexpres.example>",
        "subject": "OPRAVA: Re: žádost o XML přístup - Chebský expres",
        "headers": IPHONE,
        "body": (
            "Dobrý den, v mailu níže jsem uvedla špatnou testovací adresu – správně je "
            "192.0.2.229 (ne 192.0.2.228). Zbytek platí.\n"
            "Omlouvám se, P. Rösslerová\n\n"
            "Odesláno z iPhonu\n\n"
            "> 17. 9. 2025 v 8:12, Pavlína Rösslerová <rosslerova@chebexpres.example>:\n"
            ">\n"
            "> Dobrý den,\n"
            f"> Chebský expres s.r.o. (IČO {I41}) žádá o přístup k XML výsledkům voleb.\n"
            "> Produkční IP: 192.0.2.220, 192.0.2.221\n"
            "> Testovací IP: 192.0.2.228\n"
            "> Kontakt: Pavlína Rösslerová, 603 950 442\n"
            "> Děkuji, Rösslerová\n"
        ),
    },
    {
        "id": "ra042-gmail-list-crew-phones",
        "description": "Evolution plain+HTML list of main, backup and test servers for both; "
        "the film crew's phones are listed but the contact is the sender",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Karlovarská televize s.r.o.",
            I42,
            None,
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.229"],
            "Richard Vaněk",
            "vanek@kvtelevize.example",
            "+420777390162",
        ),
        "from": "Richard Vaněk <vanek@kvtelevize.example>",
        "subject": "Volby – XML + natáčení – Karlovarská televize",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"Karlovarská televize s.r.o. (IČO {I42}) žádá o:\n"
            "- přístup k výsledkům voleb ve formátu XML:\n"
            "  * hlavní server 198.51.100.220\n"
            "  * záložní server 198.51.100.221\n"
            "  * testovací server 198.51.100.229\n"
            "- povolení natáčet na sběrném místě v Karlových Varech.\n\n"
            "Štáb: Ondřej Lukeš (kamera, 731 220 416), Denisa Pánková (redaktorka, "
            "604 118 937).\n\n"
            "Kontaktní osobou pro žádost jsem já – Richard Vaněk, 777 390 162.\n\n"
            "Díky a hezký den\nRichard Vaněk\nvedoucí vysílání\n"
        ),
        "html": (
            "<p>Dobrý den,</p>"
            f"<p>Karlovarská televize s.r.o. (IČO {I42}) žádá o:</p>"
            "<ul><li>přístup k výsledkům voleb ve formátu XML:<ul>"
            "<li>hlavní server 198.51.100.220</li>"
            "<li>záložní server 198.51.100.221</li>"
            "<li>testovací server 198.51.100.229</li></ul></li>"
            "<li>povolení natáčet na sběrném místě v Karlových Varech.</li></ul>"
            "<p>Štáb: Ondřej Lukeš (kamera, 731 220 416), Denisa Pánková (redaktorka, "
            "604 118 937).</p>"
            "<p>Kontaktní osobou pro žádost jsem já – Richard Vaněk, 777 390 162.</p>"
            "<p>Díky a hezký den<br>Richard Vaněk<br>vedoucí vysílání</p>"
        ),
    },
]
