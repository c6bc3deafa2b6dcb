"""Forty-first held-out part ``as``, cases as015–as028: a contact replaced later in the mail, a
forwarded .eml, an S/MIME letter with a data-box ID in the signature, an XLSX sheet with a
merged role cell, an ODT letter in iso-8859-2 giving roles by order, a data message with an ODT
letter, a reply to the office's question, a Hungarian crew, version numbers and a netmask, a
Seznam HTML table of abbreviations, an Italian freelancer, a PDF letter quoting the office's
identifiers, a declined filming request and an IČO only in the footer. Written by hand apart
from the extraction rules (see make_fortyfirst_as); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfirst_as_common import (
    BOTH,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OFFICE_BOX,
    OFFICE_ICO,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

J15, J16, J17, J18 = ico("2748105"), ico("0264891"), ico("2590736"), ico("0815342")
J19, J20, J21, J23 = ico("2623748"), ico("0572619"), ico("2697431"), ico("2481570")
J24, J26, J27, J28 = ico("0391862"), ico("2736914"), ico("4508127"), ico("2817653")

CASES: list[dict[str, Any]] = [
    {
        "id": "as015-outlook-contact-replaced",
        "description": "the mail names one contact and then hands over to a colleague who "
        "takes over from October, with her own phone and e-mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Jizera Nova, spol. s r.o.",
            J15,
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Lenka Dvořáková",
            "dvorakova@jizeranova.example",
            "+420603482917",
        ),
        "from": "Karel Beneš <benes@jizeranova.example>",
        "subject": "Přístup k XML – Rádio Jizera Nova",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Jizera Nova, spol. s r.o., IČO {J15}, žádá o přístup k serveru "
            "s výsledky voleb.\n\n"
            "Produkční server: 192.0.2.160\nTestovací server: 192.0.2.161\n\n"
            "Kontaktní osobou jsem já, Karel Beneš, 603 482 900.\n\n"
            "Ještě doplnění: od 1. října u nás končím, takže kontaktní osobou pro volby "
            "bude místo mě kolegyně Lenka Dvořáková, tel. 603 482 917, "
            "dvorakova@jizeranova.example. Prosím komunikujte už s ní.\n\n"
            "Děkuji\nKarel Beneš\nRádio Jizera Nova\n"
        ),
    },
    {
        "id": "as016-forward-attached-eml",
        "description": "a short note forwarding the reporter's original mail as an attached "
        ".eml; everything is in the attached message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Večerník Haná s.r.o.",
            J16,
            None,
            ["203.0.113.171"],
            ["203.0.113.172"],
            "Šárka Vojtíšková",
            "vojtiskova@vecernikhana.example",
            "+420608227310",
        ),
        "from": "Sekretariát Večerník Haná <sekretariat@vecernikhana.example>",
        "subject": "Fwd: žádost o přístup – volby",
        "headers": K9,
        "body": (
            "Dobrý den,\n\nkolegyně poslala žádost omylem k nám na sekretariát, přeposíláme "
            "ji v příloze.\n\nSekretariát redakce\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost-volby.eml",
                {
                    "id": "as016-inner",
                    "from": "Šárka Vojtíšková <vojtiskova@vecernikhana.example>",
                    "to": "sekretariat@vecernikhana.example",
                    "subject": "žádost o přístup – volby",
                    "body": (
                        "Dobrý den,\n\n"
                        f"za Večerník Haná s.r.o. (IČO {J16}) žádám o přístup k XML "
                        "s výsledky voleb.\nProdukce: 203.0.113.171\nTest: 203.0.113.172\n"
                        "Kontakt: Šárka Vojtíšková, 608 227 310\n\n"
                        "Šárka Vojtíšková, editorka webu\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "as017-smime-letter-box-in-signature",
        "description": "S/MIME-signed formal mail asking for both; IČO written 'IČ:' with "
        "spaces and the applicant's data-box ID in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            BOTH,
            "Regionální televize Vysočina a.s.",
            J17,
            "r7vq2mx",
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Pavel Doležal",
            "dolezal@rtvysocina.example",
            "+420561034877",
        ),
        "from": '"Ing. Pavel Doležal" <dolezal@rtvysocina.example>',
        "subject": "Žádost o přístup k výsledkům a o povolení natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "Regionální televize Vysočina a.s. žádá\n"
            "a) o přístup k výsledkům voleb ve formátu XML z produkčních adres 198.51.100.90 "
            "a 198.51.100.91, testovat budeme z adresy 198.51.100.99;\n"
            "b) o povolení natáčet na sběrném místě v Jihlavě v noci z 3. na 4. 10. 2025 "
            "(štáb 3 osoby).\n\n"
            "Kontaktní osobou pro obě žádosti jsem já.\n\n"
            "S úctou\n\nIng. Pavel Doležal\ntechnický ředitel\n"
            "Regionální televize Vysočina a.s.\nHavlíčkova 81, 586 01 Jihlava\n"
            f"IČ: {J17[:3]} {J17[3:5]} {J17[5:]} | ID DS: r7vq2mx\n"
            "tel.: +420 561 034 877 | ústředna +420 561 034 800\n"
        ),
    },
    {
        "id": "as018-xlsx-merged-role",
        "description": "Gmail with an XLSX: the role 'Produkce' is a merged cell over two "
        "rows, test on its own row, the contact on a second sheet",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Plzeňský kurýr s.r.o.",
            J18,
            None,
            ["203.0.113.21", "203.0.113.22"],
            ["203.0.113.29"],
            "Jakub Šindelář",
            "sindelar@plzenskykuryr.example",
            "+420377448102",
        ),
        "from": "Jakub Šindelář <sindelar@plzenskykuryr.example>",
        "subject": "Žádost o přístup – Plzeňský kurýr",
        "headers": GMAIL,
        "body": (
            f"Dobrý den,\n\nPlzeňský kurýr s.r.o., IČO {J18}, žádá o přístup k volebním "
            "výsledkům v XML, adresy a kontakt jsou v tabulce v příloze.\n\n"
            "Díky, Jakub Šindelář\n"
        ),
        "attachments": [
            (
                "xlsx",
                "volby_IP_kuryr.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["Produkce", "203.0.113.21", "primární"],
                            [None, "203.0.113.22", "sekundární (Praha)"],
                            ["Test", "203.0.113.29", "jen na testovací den"],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Telefon", "E-mail"],
                            ["Jakub Šindelář", "377 448 102", "sindelar@plzenskykuryr.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "as019-odt-iso88592-order",
        "description": "a short iso-8859-2 mail with an ODT letter giving the roles only by "
        "order ('první … druhá')",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Náš Domov, o.p.s.",
            J19,
            None,
            ["192.0.2.30"],
            ["192.0.2.31"],
            "Renata Machová",
            "machova@nasdomov.example",
            "+420494321567",
        ),
        "from": "Renata Machová <machova@nasdomov.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nv příloze zasíláme žádost.\n\nRenata Machová\n",
        "attachments": [
            (
                "odt",
                "zadost_CSU.odt",
                [
                    "Náš Domov, o.p.s.",
                    f"IČO: {J19}, Komenského 220, 517 41 Kostelec nad Orlicí",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Pro náš regionální zpravodajský portál žádáme o přístup k výsledkům. "
                    "Uvádíme dvě adresy, 192.0.2.30 a 192.0.2.31; první z nich je produkční, "
                    "druhá slouží k testování.",
                    "Kontaktní osoba: Renata Machová, tel. 494 321 567, machova@nasdomov.example",
                    "V Kostelci nad Orlicí 15. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "as020-databox-odt-both",
        "description": "data message whose annotation only points to the file; an ODT letter "
        "asks for both, production and backup servers, no test address",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Český rozhlas Region, z. ú.",
            J20,
            "crz5w9a",
            ["198.51.100.180", "198.51.100.181"],
            [],
            "Michal Toman",
            "michal.toman@crregion.example",
            "+420221553018",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení – viz příloha",
        "databox": {
            "box": "crz5w9a",
            "sender": "Český rozhlas Region, z. ú.",
            "address": "Vinohradská 1201/13, 120 00 Praha 2",
        },
        "attachments": [
            (
                "odt",
                "CRR_zadost_volby2025.odt",
                [
                    "Český rozhlas Region, z. ú.",
                    f"IČO {J20}",
                    "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML a zároveň "
                    "o povolení pořizovat zvukové záznamy na sběrném místě v Praze.",
                    [
                        ["Server", "IP adresa"],
                        ["hlavní", "198.51.100.180"],
                        ["záložní", "198.51.100.181"],
                    ],
                    "Testovací adresu neuvádíme, testovat budeme z hlavního serveru.",
                    "Kontaktní osoba: Michal Toman, 221 553 018, michal.toman@crregion.example",
                ],
            )
        ],
    },
    {
        "id": "as021-reply-to-office-question",
        "description": "the applicant replies to the office's request for a test address; the "
        "quoted original gives the rest, the office's signature is quoted in between",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Valašský zpravodaj s.r.o.",
            J21,
            None,
            ["203.0.113.44"],
            ["203.0.113.99"],
            "Roman Fojtů",
            "fojtu@valasskyzpravodaj.example",
            "+420571884302",
        ),
        "from": "Roman Fojtů <fojtu@valasskyzpravodaj.example>",
        "subject": "Re: Re: Žádost o přístup k XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\ntestovací adresa bude 203.0.113.99, jinak vše platí podle mé "
            "původní žádosti níže.\n\nRoman Fojtů\n\n"
            "Dne 16.09.2025 09:14, podatelna@czso.cz napsal:\n"
            "> Dobrý den,\n"
            "> prosíme o doplnění testovací IP adresy.\n"
            "> S pozdravem\n"
            "> Ing. Petra Langová\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            f"> IČO {OFFICE_ICO}, ID DS {OFFICE_BOX}, tel. 274 052 318\n"
            ">\n"
            "> Dne 15.09.2025 17:40, Roman Fojtů napsal:\n"
            ">> Dobrý den,\n"
            f">> Valašský zpravodaj s.r.o. (IČO {J21}) žádá o přístup k výsledkům voleb.\n"
            ">> Produkční IP: 203.0.113.44\n"
            ">> Kontakt: Roman Fojtů, 571 884 302, fojtu@valasskyzpravodaj.example\n"
        ),
    },
    {
        "id": "as022-hungarian-crew-film",
        "description": "a Hungarian TV crew in English asks only to film; the producer signs "
        "surname first in capitals; a Hungarian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Duna Régió Média Kft.",
            None,
            None,
            [],
            [],
            "Kovács Eszter",
            "kovacs.eszter@dunaregio.example",
            "+36301184275",
        ),
        "from": "KOVÁCS Eszter <kovacs.eszter@dunaregio.example>",
        "subject": "Filming permission – election night in Brno",
        "headers": MAC_OUTLOOK,
        "body": (
            "Hello,\n\n"
            "we are a Hungarian regional broadcaster (Duna Régió Média Kft.) preparing a "
            "report on the Czech elections. We would like to ask for permission to film at "
            "your collection point in Brno on 3 October from about 20:00. We do not need the "
            "XML data feed.\n\n"
            "The crew: KOVÁCS Eszter (producer, contact), SZABÓ Bence (camera).\n\n"
            "Thank you in advance,\n"
            "KOVÁCS Eszter\nproducer\nDuna Régió Média Kft.\nmobile: +36 30 118 4275\n"
        ),
    },
    {
        "id": "as023-contractor-versions-netmask",
        "description": "an IT contractor writing for a medium: client version numbers, TLS "
        "version and an address with a netmask (a block of four)",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Slezský list a.s.",
            J23,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["198.51.100.200"],
            "Vojtěch Mikula",
            "mikula@bitforge.example",
            "+420739552804",
        ),
        "from": "Vojtěch Mikula <mikula@bitforge.example>",
        "subject": "Slezský list – přístup k volebnímu XML",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            f"jako dodavatel IT pro Slezský list a.s. (IČO {J23}) posílám jejich žádost "
            "o přístup k XML s výsledky voleb. Plná moc od jednatele je u nás k dispozici.\n\n"
            "Produkční síť: 198.51.100.128 255.255.255.252\n"
            "Testovací stroj: 198.51.100.200\n\n"
            "Stahovat bude náš klient ver. 2.4.1.7 (TLS 1.2+), interval 20 s.\n"
            "Kontaktní osoba: Vojtěch Mikula (BitForge s.r.o.), 739 552 804.\n\n"
            "S pozdravem\nVojtěch Mikula\nBitForge s.r.o.\n"
        ),
    },
    {
        "id": "as024-seznam-html-abbreviations",
        "description": "HTML-only Seznam webmail with a table of abbreviations: PROD, záloha, "
        "TST; the backup is production",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Horácké noviny spol. s r.o.",
            J24,
            None,
            ["192.0.2.121", "192.0.2.122"],
            ["192.0.2.129"],
            "Marie Kolářová",
            "kolarova@horackenoviny.example",
            "+420776510338",
        ),
        "from": "Marie Kolářová <kolarova@horackenoviny.example>",
        "subject": "volby - IP adresy",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den,</div><div>posílám za Horácké noviny spol. s r.o. (IČO "
            f"{J24}) žádost o přístup k výsledkům voleb v XML:</div><br>"
            '<table style="border:1px solid #999"><tbody>'
            "<tr><td>PROD</td><td>192.0.2.121</td></tr>"
            "<tr><td>záloha</td><td>192.0.2.122</td></tr>"
            "<tr><td>TST</td><td>192.0.2.129</td></tr>"
            "</tbody></table><br><div>Kontakt Marie Kolářová, 776 510 338</div>"
            "<div>Děkuji, M. Kolářová</div>"
            '<div style="color:#888">--<br>Odesláno z Email.cz</div>'
        ),
    },
    {
        "id": "as025-italian-freelancer-iphone",
        "description": "an Italian freelance photographer from an iPhone asks only to "
        "photograph at a collection point; applies for himself, +39 mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Lorenzo Bianchi",
            None,
            None,
            [],
            [],
            "Lorenzo Bianchi",
            "lorenzo.bianchi@fotobianchi.example",
            "+393471182650",
        ),
        "from": "Lorenzo Bianchi <lorenzo.bianchi@fotobianchi.example>",
        "subject": "Photo permission election night",
        "headers": IPHONE,
        "body": (
            "Good morning,\n"
            "I am a freelance photographer from Milano, I work for several Italian "
            "magazines. I would like to take photos at a collection point in Prague during "
            "the counting on 3/10, if possible. No need for data access.\n"
            "My number +39 347 118 2650\n"
            "Grazie mille!\nLorenzo Bianchi\n\nInviato da iPhone\n"
        ),
    },
    {
        "id": "as026-databox-pdf-office-ids",
        "description": "data message with a PDF letter addressed to the office with its IČO and "
        "box ID printed; the applicant's box only on the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kladenský expres s.r.o.",
            J26,
            "ke3p8vd",
            ["203.0.113.230"],
            ["203.0.113.231"],
            "Tereza Vlasáková",
            "vlasakova@kladenskyexpres.example",
            "+420312660174",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "databox": {
            "box": "ke3p8vd",
            "sender": "Kladenský expres s.r.o.",
            "address": "Náměstí Starosty Pavla 4, 272 01 Kladno",
        },
        "attachments": [
            (
                "pdf",
                "zadost_CSU_KE.pdf",
                [
                    f"Kladenský expres s.r.o.\nNáměstí Starosty Pavla 4, 272 01 Kladno\nIČO {J26}",
                    f"Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nIČO {OFFICE_ICO}"
                    f"\nID datové schránky: {OFFICE_BOX}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP adresa", "203.0.113.230"],
                            ["Testovací IP adresa", "203.0.113.231"],
                            ["Kontaktní osoba", "Tereza Vlasáková"],
                            ["Telefon", "+420 312 660 174"],
                            ["E-mail", "vlasakova@kladenskyexpres.example"],
                        ],
                        "widths": [150, 250],
                    },
                    "V Kladně dne 17. 9. 2025\nBc. Tomáš Jirsa, jednatel",
                ],
            )
        ],
    },
    {
        "id": "as027-chatty-declined-filming",
        "description": "a chatty mail that explicitly says filming is not needed; phone with 00420",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Beskydský magazín s.r.o.",
            J27,
            None,
            ["192.0.2.242"],
            ["192.0.2.243"],
            "David Kořínek",
            "korinek@beskydskymagazin.example",
            "+420604900731",
        ),
        "from": "David Kořínek <korinek@beskydskymagazin.example>",
        "subject": "Volby – jen XML, natáčet nebudeme",
        "headers": TBIRD,
        "body": (
            "Ahoj/dobrý den,\n\n"
            "loni jsme u vás žádali i o natáčení, letos to ale nepotřebujeme – natáčet "
            "na sběrném místě nebudeme, stačí nám jen přístup k XML.\n\n"
            f"Beskydský magazín s.r.o., IČO {J27}\n"
            "server pro volby: 192.0.2.242, na test 192.0.2.243\n"
            "kontakt: David Kořínek, 00420 604 900 731\n\n"
            "Díky a ať to v noci šlape!\nDavid\n"
        ),
    },
    {
        "id": "as028-outlook-base64-footer-ico",
        "description": "base64 Outlook mail whose IČO is only in the company footer next to "
        "the DIČ, registry file number and bank account",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Nakladatelství Podještědí, a. s.",
            J28,
            None,
            ["198.51.100.11"],
            ["198.51.100.12"],
            "Blanka Urbanová",
            "urbanova@podjestedi.example",
            "+420485107263",
        ),
        "from": "Urbanová Blanka <urbanova@podjestedi.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "žádáme o přístup k výsledkům voleb ve formátu XML pro náš portál "
            "podjestedi.example.\n"
            "Produkční IP: 198.51.100.11\nTestovací IP: 198.51.100.12\n"
            "Kontaktní osoba: Blanka Urbanová, tel. 485 107 263\n\n"
            "S pozdravem\n\nBlanka Urbanová\nvedoucí digitálních projektů\n\n"
            "Nakladatelství Podještědí, a. s. | Jablonecká 41, 460 01 Liberec\n"
            f"IČ {J28} | DIČ CZ{J28} | zapsaná u KS v Ústí n. L., oddíl B, vložka 1893\n"
            "Bankovní spojení: 107-2294510237/0100\n"
        ),
    },
]
