"""Fifty-fifth held-out part ``cp``, cases cp015–cp028: a data message with a DOCX, a sloppy
Samsung note with a written range and a Slovak mobile, a Gmail mail whose signature names two
people, an Outlook reply quoting the office's signature, an Austrian and a Hungarian sender
writing English, a data message with a workbook, an HTML-only filming request, a forwarded .eml,
a chatty IPv6 mail, an iPhone phone correction with quoted history, a windows-1250 range, a
British freelancer and a data message from a natural person in business with an ODT.
Written by hand apart from the extraction rules (see make_fiftyfifth_cp); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfifth_cp_common import (
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
    SAMSUNG,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18 = ico("2687140"), ico("0529873"), ico("2951346"), ico("0684219")
I21, I22, I23, I24 = ico("2713905"), ico("0476352"), ico("2839617"), ico("0615748")
I25, I26, I28 = ico("2592083"), ico("0437961"), ico("7304128")

CASES: list[dict[str, Any]] = [
    {
        "id": "cp015-databox-docx-application",
        "description": "data message whose annotation only says 'see attachment'; the DOCX "
        "has the publisher in its header, a role table and a contact different from the "
        "signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Severočeský zpravodaj, a.s.",
            I15,
            "s3vz8pd",
            ["198.18.60.21", "198.18.60.22"],
            ["198.18.60.30"],
            "Lukáš Hrubý",
            "hruby@sczpravodaj.example",
            "+420775316204",
        ),
        "databox": box(
            "s3vz8pd", "Severočeský zpravodaj, a.s.", "Mírové náměstí 7, 400 01 Ústí nad Labem"
        ),
        "subject": "Žádost viz příloha",
        "attachments": [
            (
                "docx",
                "zadost_CSU_2025.docx",
                {
                    "header": "Severočeský zpravodaj, a.s. | IČO " + I15 + " | ID DS s3vz8pd",
                    "footer": "Mírové náměstí 7, 400 01 Ústí nad Labem",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Žádost o přístup k výsledkům voleb a o povolení pořizovat záznam",
                        "Žádáme o zpřístupnění průběžných výsledků voleb ve formátu XML a "
                        "o povolení natáčet na pracovišti krajské správy ČSÚ v Ústí nad Labem.",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["produkční", "198.18.60.21"],
                                ["produkční", "198.18.60.22"],
                                ["testovací", "198.18.60.30"],
                            ]
                        },
                        "Kontaktní osoba: Lukáš Hrubý, správce webu, hruby@sczpravodaj.example, "
                        "+420 775 316 204",
                        "V Ústí nad Labem dne 9. 9. 2025\nMgr. Hana Lišková, předsedkyně "
                        "představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "cp016-samsung-sloppy-range-slovak-mobile",
        "description": "a sloppy phone note without diacritics (the firm's name too, labelled as "
        "typed): production as a range '203.0.113.90-92', the contact a Slovak editor with a "
        "+421 mobile",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Moravskoslezsky online s.r.o.",
            I16,
            None,
            ["203.0.113.90", "203.0.113.91", "203.0.113.92"],
            ["203.0.113.99"],
            "Peter Hudec",
            "hudec@msonline.example",
            "+421905318442",
        ),
        "from": "Peter Hudec <hudec@msonline.example>",
        "subject": "pristup xml",
        "headers": SAMSUNG,
        "body": "dobry den\nchteli bysme pristup na xml s vysledkama voleb, firma "
        "Moravskoslezsky online s.r.o. ico " + I16 + "\n"
        "ip produkce 203.0.113.90-92\ntest 203.0.113.99\n"
        "kontakt Peter Hudec +421 905 318 442 (jsem slovak, cesky telefon nemam :) )\n"
        "dekuji\n\n\nOdesláno z mého Galaxy\n",
    },
    {
        "id": "cp017-gmail-two-people-signed-contact-in-text",
        "description": "Gmail mail (text and HTML) signed by two editors; the body names the IT "
        "man as the contact with his own e-mail and phone",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Domažlický hlasatel, z.ú.",
            I17,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Ondřej Malina",
            "malina@domazlickyhlasatel.example",
            "+420739251806",
        ),
        "from": "Kateřina Dvořáková <dvorakova@domazlickyhlasatel.example>",
        "subject": "žádost o XML výsledky",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nDomažlický hlasatel, z.ú., IČO " + I17 + ", žádá o přístup "
        "k výsledkům voleb z vašeho serveru.\n\n"
        "produkce: 192.0.2.60, 192.0.2.61\ntest: 192.0.2.62\n\n"
        "Kontakt pro technické věci: Ondřej Malina (IT), malina@domazlickyhlasatel.example, "
        "739 251 806.\n\n"
        "Za redakci\nKateřina Dvořáková, tel. 724 880 153\nJan Šlechta, tel. 721 309 446\n",
        "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
        "<div>Domažlický hlasatel, z.ú., IČO " + I17 + ", žádá o přístup k výsledkům voleb "
        "z vašeho serveru.</div><div><br></div>"
        "<div>produkce: 192.0.2.60, 192.0.2.61</div><div>test: 192.0.2.62</div>"
        "<div><br></div><div>Kontakt pro technické věci: Ondřej Malina (IT), "
        '<a href="mailto:malina@domazlickyhlasatel.example">'
        "malina@domazlickyhlasatel.example</a>, 739 251 806.</div><div><br></div>"
        "<div>Za redakci</div><div>Kateřina Dvořáková, tel. 724 880 153</div>"
        "<div>Jan Šlechta, tel. 721 309 446</div></div>",
    },
    {
        "id": "cp018-outlook-reply-quoting-office-signature",
        "description": "reply to the office's answer, whose quoted signature carries ČSÚ's IČO, "
        "box and phone; the application with a /30 block is in the new text",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Plzeňský rozhled s.r.o.",
            I18,
            None,
            ["198.51.100.84", "198.51.100.85", "198.51.100.86", "198.51.100.87"],
            ["198.51.100.90"],
            "Zuzana Koutná",
            "koutna@plzenskyrozhled.example",
            "+420377104852",
        ),
        "from": "Zuzana Koutná <koutna@plzenskyrozhled.example>",
        "subject": "RE: Dotaz na přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nděkuji za informaci. Posílám tedy žádost:\n\n"
        "Žadatel: Plzeňský rozhled s.r.o., IČO " + I18 + "\n"
        "Produkční síť: 198.51.100.84/30\n"
        "Testovací IP: 198.51.100.90\n"
        "Kontaktní osoba: Zuzana Koutná, koutna@plzenskyrozhled.example, tel. 377 104 852\n\n"
        "S pozdravem\nZuzana Koutná\nvedoucí online vydání\n\n"
        "-----Original Message-----\n"
        "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
        "Sent: Thursday, September 11, 2025 1:05 PM\n"
        "To: Zuzana Koutná <koutna@plzenskyrozhled.example>\n"
        "Subject: RE: Dotaz na přístup k výsledkům voleb\n\n"
        "Dobrý den,\n\nžádost o přístup k výsledkům zašlete e-mailem na tuto adresu. Uveďte "
        "název a IČO žadatele, nejvýše pět produkčních a pět testovacích IP adres a kontaktní "
        "osobu s telefonem.\n\n"
        "S pozdravem\nČeský statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
        "IČO: 00025593, ID DS: 2gfaasy\nTel.: +420 274 052 733, e-mail: podatelna@czso.cz\n",
    },
    {
        "id": "cp019-austrian-english-cidr-31",
        "description": "an Austrian regional paper writes English; production as a /31 block, "
        "a Vienna mobile with the trunk zero in brackets, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donautal Verlags GmbH",
            None,
            None,
            ["192.0.2.226", "192.0.2.227"],
            ["192.0.2.230"],
            "Magdalena Huber",
            "m.huber@donautal-verlag.example",
            "+436648120375",
        ),
        "from": "Magdalena Huber <m.huber@donautal-verlag.example>",
        "subject": "Czech elections - results data access",
        "headers": APPLE,
        "body": "Dear colleagues,\n\nwe are Donautal Verlags GmbH, publisher of a regional daily "
        "in Lower Austria, and we cover the Czech elections for our readers near the border. "
        "We would like to access the results feed.\n\n"
        "Production: 192.0.2.226/31\nTest: 192.0.2.230\n\n"
        "Contact: Magdalena Huber, m.huber@donautal-verlag.example, mobile +43 (0)664 812 0375\n\n"
        "Thank you and best regards from Krems,\nMagdalena Huber\n",
    },
    {
        "id": "cp020-hungarian-english-base64-both",
        "description": "a Hungarian portal writes English (base64): the contact's name in "
        "Western order, a +36 mobile, feed and filming, the camera crew named separately",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["203.0.113.160"],
            ["203.0.113.161"],
            "Márton Szabó",
            "szabo.marton@dunamentihirek.example",
            "+36305127481",
        ),
        "from": "Márton Szabó <szabo.marton@dunamentihirek.example>",
        "subject": "Election night in Prague - data feed and filming",
        "headers": OWA,
        "cte": "base64",
        "body": "Dear Sir/Madam,\n\nDunamenti Hírek Kft. (Budapest) kindly asks for:\n"
        "1) access to the XML results server - production IP 203.0.113.160, test IP "
        "203.0.113.161\n"
        "2) permission for our crew (Gergely Tóth, camera) to film at your Prague "
        "counting centre on election night.\n\n"
        "Contact person: Márton Szabó, szabo.marton@dunamentihirek.example, "
        "+36 30 512 7481\n\n"
        "Kind regards,\nMárton Szabó\neditor\n",
    },
    {
        "id": "cp021-databox-xlsx-workbook",
        "description": "data message with a one-line annotation; the workbook lists the "
        "addresses with a role column (one marked old) and the contact surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Vltava Sever s.r.o.",
            I21,
            "v8r2nxa",
            ["198.18.70.3", "198.18.70.4"],
            ["198.18.71.3"],
            "Eliška Marková",
            "markova@radiovs.example",
            "+420608431926",
        ),
        "databox": box("v8r2nxa", "Rádio Vltava Sever s.r.o.", "Husova 210, 276 01 Mělník"),
        "subject": "Žádost o přístup k výsledkům voleb (XML)",
        "attachments": [
            (
                "xlsx",
                "RVS_IP_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Rádio Vltava Sever s.r.o."],
                            ["IČO", I21],
                            ["Požadujeme", "přístup k XML s výsledky voleb"],
                            [],
                            ["IP adresa", "Účel", "Poznámka"],
                            ["198.18.70.3", "produkce", ""],
                            ["198.18.70.4", "produkce", ""],
                            ["198.18.70.1", "produkce", "stará, již nepoužíváme"],
                            ["198.18.71.3", "test", ""],
                            [],
                            ["Kontakt", "Marková Eliška"],
                            ["E-mail", "markova@radiovs.example"],
                            ["Telefon", "608 431 926"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cp022-mac-outlook-html-only-filming",
        "description": "HTML-only filming request from Mac Outlook with a contact table; a "
        "sentence says XML is not wanted, so no addresses",
        "style": Style.HTML,
        "labels": L(
            [FILM],
            "Studio Kolowrat s.r.o.",
            I22,
            None,
            [],
            [],
            "Veronika Strnadová",
            "strnadova@studiokolowrat.example",
            "+420720548193",
        ),
        "from": "Veronika Strnadová <strnadova@studiokolowrat.example>",
        "subject": "Povolení natáčení – volební noc",
        "headers": MAC_OUTLOOK,
        "html": '<html><body style="font-family:Aptos,Helvetica">'
        "<div>Dobrý den,</div><div><br></div>"
        "<div>produkční společnost Studio Kolowrat s.r.o. připravuje dokument o volební noci "
        "a ráda by natáčela ve vašem volebním centru v Praze. XML data nepotřebujeme.</div>"
        "<div><br></div>"
        '<table style="border-collapse:collapse">'
        '<tr><td style="font-weight:bold">Společnost</td><td>Studio Kolowrat s.r.o.</td></tr>'
        '<tr><td style="font-weight:bold">IČO</td><td>' + I22 + "</td></tr>"
        '<tr><td style="font-weight:bold">Kontakt</td><td>Veronika Strnadová, produkční</td>'
        '</tr><tr><td style="font-weight:bold">Telefon</td><td>720 548 193</td></tr>'
        '<tr><td style="font-weight:bold">Štáb</td><td>režisér Adam Kolman, kameraman '
        "Vojtěch Rys</td></tr></table>"
        "<div><br></div><div>Děkuji a zdravím,<br>Veronika Strnadová</div>"
        "</body></html>",
    },
    {
        "id": "cp023-forward-eml-attached-wrong-address",
        "description": "a colleague forwards the editor's application as an attached .eml "
        "(it went to a wrong address); the application and contact are in the inner mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Liberecký kurýr s.r.o.",
            I23,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.175"],
            "Adéla Horáková",
            "horakova@libereckykuryr.example",
            "+420728390517",
        ),
        "from": "Daniel Pech <pech@libereckykuryr.example>",
        "subject": "Fw: Žádost o přístup k XML",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nkolegyně poslala žádost omylem na starou adresu, přeposílám ji "
        "v příloze.\n\nDaniel Pech\nasistent redakce\n",
        "attachments": [
            (
                "eml",
                "Zadost o pristup k XML.eml",
                {
                    "id": "cp023-inner",
                    "from": "Adéla Horáková <horakova@libereckykuryr.example>",
                    "to": "volby@czso.cz",
                    "subject": "Žádost o přístup k XML",
                    "headers": OUTLOOK,
                    "body": "Dobrý den,\n\nLiberecký kurýr s.r.o., IČO " + I23 + ", žádá "
                    "o přístup k průběžným výsledkům voleb.\n\n"
                    "Produkční IP: 192.0.2.170, 192.0.2.171\nTestovací IP: 192.0.2.175\n\n"
                    "Kontaktní osoba: Adéla Horáková, horakova@libereckykuryr.example, "
                    "728 390 517\n\nS pozdravem\nAdéla Horáková\nšéfredaktorka\n",
                },
            )
        ],
    },
    {
        "id": "cp024-chatty-evolution-ipv6-production",
        "description": "a chatty admin's mail from Evolution: IPv6 production addresses in "
        "prose, an IPv4 test box, an aside about an old server that is no longer used",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Spolek Svobodný Jeseník, z.s.",
            I24,
            None,
            ["2001:db8:aa10::5", "2001:db8:aa10::6"],
            ["198.51.100.33"],
            "Robert Sedlák",
            "sedlak@svobodnyjesenik.example",
            "+420584112937",
        ),
        "from": "Robert Sedlák <sedlak@svobodnyjesenik.example>",
        "subject": "prosba o pristup k volebnim datum",
        "headers": EVOLUTION,
        "body": "Zdravím,\n\npíšu za Spolek Svobodný Jeseník, z.s. (IČO " + I24 + "), "
        "děláme malý místní web a letos bychom konečně chtěli výsledky tahat rovnou z vašeho "
        "XML místo ručního přepisování :)\n\n"
        "Máme dva stroje, oba jedou přes IPv6: 2001:db8:aa10::5 a 2001:db8:aa10::6. Ten "
        "starý virtuál 198.51.100.30, přes který jsme to kdysi zkoušeli, už neběží, takže "
        "ten prosím ignorujte. Testovat budu z domácí linky, 198.51.100.33.\n\n"
        "Kdyby něco, jsem Robert Sedlák, 584 112 937, nebo sem na mail.\n\n"
        "Díky, R.\n",
    },
    {
        "id": "cp025-iphone-phone-correction-quoted",
        "description": "a short iPhone follow-up corrects the phone from the sender's own "
        "quoted application below; the rest comes from the quoted mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kladenský obzor s.r.o.",
            I25,
            None,
            ["203.0.113.50"],
            ["203.0.113.51"],
            "Martin Benda",
            "benda@kladenskyobzor.example",
            "+420731468205",
        ),
        "from": "Martin Benda <benda@kladenskyobzor.example>",
        "subject": "Re: Zadost o pristup k vysledkum voleb",
        "headers": IPHONE,
        "body": "Oprava - telefon jsem napsal spatne, spravne je 731 468 205. Jinak vse plati.\n"
        "MB\n\nOdesláno z iPhonu\n\n"
        "> 12. 9. 2025 v 8:31, Martin Benda <benda@kladenskyobzor.example>:\n>\n"
        "> Dobrý den,\n> žádáme o přístup k výsledkům voleb pro Kladenský obzor s.r.o.,\n"
        "> IČO " + I25 + ".\n> produkce 203.0.113.50, test 203.0.113.51\n"
        "> kontakt Martin Benda, tel. 731 486 205\n> Děkuji\n",
    },
    {
        "id": "cp026-roundcube-windows1250-short-range",
        "description": "windows-1250 quoted-printable mail: production written '198.18.30.1 až "
        ".4', a fax and switchboard next to the contact's direct line",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Táborský týdeník, s.r.o.",
            I26,
            None,
            ["198.18.30.1", "198.18.30.2", "198.18.30.3", "198.18.30.4"],
            ["198.18.31.1"],
            "Hana Zelenková",
            "zelenkova@taborskytydenik.example",
            "+420381203417",
        ),
        "from": "Hana Zelenková <zelenkova@taborskytydenik.example>",
        "subject": "Žádost o přístup – Táborský týdeník",
        "headers": ROUNDCUBE,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nTáborský týdeník, s.r.o., IČO " + I26 + ", žádá o přístup "
        "k výsledkům voleb ve formátu XML.\n\n"
        "Produkční servery: 198.18.30.1 až .4\nTestovací server: 198.18.31.1\n\n"
        "Kontaktní osoba: Hana Zelenková\n"
        "přímá linka 381 203 417, ústředna 381 203 400, fax 381 203 499\n"
        "zelenkova@taborskytydenik.example\n\n"
        "S pozdravem\nHana Zelenková\n",
    },
    {
        "id": "cp027-british-freelancer-filming-only",
        "description": "a British freelance photographer (a natural person, no IČO) asks in "
        "English only to photograph; a UK mobile; she mentions the feed only to decline it",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Harriet Ashdown",
            None,
            None,
            [],
            [],
            "Harriet Ashdown",
            "harriet@ashdownphoto.example",
            "+447700918342",
        ),
        "from": "Harriet Ashdown <harriet@ashdownphoto.example>",
        "subject": "Photography permit - election counting, Prague",
        "headers": GMAIL,
        "body": "Hello,\n\nI'm a freelance photographer based in Prague, working for several UK "
        "titles. I'd like to ask for permission to take photographs at your central "
        "counting office on the night of the election. I don't need the data feed - just "
        "the access for pictures.\n\n"
        "You can reach me on +44 7700 918342 or here by email.\n\n"
        "Many thanks,\nHarriet Ashdown\nashdownphoto.example\n",
    },
    {
        "id": "cp028-databox-natural-person-odt",
        "description": "data message from a natural person in business (box type 40); the ODT "
        "asks for the feed and filming, a description of her work follows her name after a "
        "dash, testing from production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vendula Pešková",
            I28,
            "p5vk9te",
            ["192.0.2.80"],
            [],
            "Vendula Pešková",
            "vendula@peskova-video.example",
            "+420603725148",
        ),
        "databox": box("p5vk9te", "Vendula Pešková", "Lipová 44, 370 01 České Budějovice", 40),
        "subject": "Žádost OSVČ – výsledky voleb a natáčení",
        "attachments": [
            (
                "odt",
                "zadost_peskova.odt",
                [
                    "Vendula Pešková – videožurnalistika, IČO " + I28 + ", Lipová 44, České "
                    "Budějovice",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčet",
                    "Jako nezávislá videožurnalistka (natáčím reportáže pro regionální "
                    "weby) žádám o přístup k XML s výsledky a o povolení natáčet na "
                    "pracovišti ČSÚ v Českých Budějovicích.",
                    [
                        ["produkční IP", "192.0.2.80"],
                        ["testovací IP", "budu testovat z produkční"],
                        ["e-mail", "vendula@peskova-video.example"],
                        ["telefon", "603 725 148"],
                    ],
                    "Vendula Pešková",
                ],
            )
        ],
    },
]
