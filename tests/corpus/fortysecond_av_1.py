"""Forty-second held-out part ``av``, cases av001–av014: phone-typed notes, an HTML-only mail
with roles as column headers, a reply to the office's press release, corrections, a freelancer
without an IČO, foreign senders, forwards and data messages. Written by hand apart from the
extraction rules (see make_fortysecond_av); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysecond_av_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2851607"), ico("0612398"), ico("4417025"), ico("2739184")
I6, I8, I9, I10 = ico("0963472"), ico("2588310"), ico("6270154"), ico("0194836")
I11, I12, I14 = ico("2403917"), ico("4780263"), ico("0530841")

CASES: list[dict[str, Any]] = [
    {
        "id": "av001-iphone-two-lines",
        "description": "iPhone note without diacritics, roles as 'hlavni' and 'na zkousku', "
        "IČO after 'ico:' with a dot group",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zpravy Polabi s.r.o.",
            I1,
            None,
            ["198.51.100.23"],
            ["198.51.100.24"],
            "Tomas Rericha",
            "rericha@zpravypolabi.example",
            "+420731406228",
        ),
        "from": "Tomas Rericha <rericha@zpravypolabi.example>",
        "subject": "pristup na xml vysledky",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, chteli bychom zase pristup na volebni xml jako minule. hlavni stroj "
            "198.51.100.23 a na zkousku 198.51.100.24\n"
            f"Zpravy Polabi s.r.o., ico: {I1[:4]}.{I1[4:]}\n"
            "Rericha, tel 731 406 228\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "av002-owa-html-columns",
        "description": "HTML-only Outlook on the web mail; roles are the column headers of a "
        "table, two production addresses in one column",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Moravské listy, a.s.",
            I2,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.90"],
            "Eliška Dvořáková",
            "dvorakova.e@moravskelisty.example",
            "+420545112980",
        ),
        "from": "Dvořáková Eliška <dvorakova.e@moravskelisty.example>",
        "subject": "Moravské listy – XML výsledky voleb do PS 2025",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>jménem vydavatele Moravské listy, a.s. (IČO "
            f"{I2}) žádám o zpřístupnění výsledků voleb v XML. Adresy, ze kterých se budeme "
            "připojovat, posílám v tabulce:</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1">'
            "<tr><th>Produkce</th><th>Testovací prostředí</th></tr>"
            "<tr><td>203.0.113.70</td><td>203.0.113.90</td></tr>"
            "<tr><td>203.0.113.71</td><td>&nbsp;</td></tr>"
            "</table><div><br></div>"
            "<div>Kdyby něco, volejte mi na přímou linku 545 112 980.</div>"
            "<div><br></div><div>Díky a hezký den</div>"
            "<div>Eliška Dvořáková<br>produkce webu | Moravské listy<br>"
            "Kounicova 7, 602 00 Brno</div></div></body></html>"
        ),
    },
    {
        "id": "av003-reply-quotes-office-release",
        "description": "reply above the office's quoted press release (office IČO, data box, "
        "press phone and a port); the applicant's values only in the new text",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Vltavan media s.r.o.",
            I3,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Lukáš Pekárek",
            "pekarek@vltavan.example",
            "+420608551317",
        ),
        "from": "Lukáš Pekárek <pekarek@vltavan.example>",
        "subject": "Re: Informace pro média – přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "reagujeme na informaci níže. Prosíme o přístup pro:\n"
            f"Vltavan media s.r.o., IČO {I3}\n"
            "IP produkce: 192.0.2.140\n"
            "IP test: 192.0.2.141\n"
            "Kontaktní osoba: Lukáš Pekárek, +420 608 551 317\n\n"
            "Díky,\nL. Pekárek\n\n"
            "Dne 2. 9. 2025 v 10:15 podatelna@czso.cz napsal(a):\n"
            "> Český statistický úřad (IČO 00025593) zpřístupní médiím výsledky voleb\n"
            "> ve formátu XML. Žádosti zasílejte na podatelna@czso.cz nebo do datové\n"
            "> schránky 2gfaasy; uveďte nejvýše 5 produkčních a 5 testovacích adres.\n"
            "> Server bude dostupný na portu 443 od 1. 10. 2025.\n"
            "> Tiskové oddělení ČSÚ, tel. 274 052 733\n"
        ),
    },
    {
        "id": "av004-correction-test-digit",
        "description": "Seznam mail that corrects its own test address two lines later",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Obec Horní Bradlo",
            I4,
            None,
            ["198.51.100.115"],
            ["198.51.100.151"],
            "Věra Kubíčková",
            "obec@hornibradlo.example",
            "+420469321047",
        ),
        "from": "Obec Horní Bradlo <obec@hornibradlo.example>",
        "subject": "žádost volby XML",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n"
            "obec Horní Bradlo by ráda na svém webu zobrazovala výsledky voleb z vašeho XML.\n"
            "Veřejná adresa serveru obce: 198.51.100.115\n"
            "Testovací: 198.51.100.115\n"
            "Oprava – testovací je 198.51.100.151, spletla jsem se, omlouvám se.\n\n"
            f"Obec Horní Bradlo, IČ {I4}\n"
            "vyřizuje Věra Kubíčková, účetní, tel. 469 321 047\n"
        ),
    },
    {
        "id": "av005-gmail-freelancer-filming",
        "description": "chatty freelancer without an IČO who wants only to film; says outright "
        "she needs no XML",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Klára Hronková",
            None,
            None,
            [],
            [],
            "Klára Hronková",
            "klara.hronkova@mail.example",
            "+420776204319",
        ),
        "from": "Klára Hronková <klara.hronkova@mail.example>",
        "subject": "natáčení u sčítání hlasů?",
        "headers": GMAIL,
        "body": (
            "Ahoj / dobrý den :)\n\n"
            "jsem nezávislá dokumentaristka, točím krátký film o tom, jak funguje volební noc "
            "(pro festival, ne pro televizi). Mohla bych si přijít natočit pár záběrů na vaše "
            "sběrné místo v Pardubicích? Stačí mi tak hodinka, kamera + jeden mikrofon, žádné "
            "světla.\n\n"
            "XML data ani přístup na server nepotřebuju, jen to natáčení.\n\n"
            "Firmu nemám, jsem na volné noze, tak píšu za sebe. Číslo 776 204 319.\n\n"
            "Moc díky!\nKlára Hronková\nhttps://hronkova-film.example\n"
        ),
    },
    {
        "id": "av006-german-respectively",
        "description": "German regional news service writing English; roles only by 'respectively'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mitteldeutscher Nachrichtendienst GmbH",
            None,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Jörg Baumann",
            "j.baumann@mdnd.example",
            "+493419562240",
        ),
        "from": "Jörg Baumann <j.baumann@mdnd.example>",
        "subject": "Access to election results XML (Mitteldeutscher Nachrichtendienst)",
        "headers": ZIMBRA,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Mitteldeutscher Nachrichtendienst GmbH (Leipzig) covers the Czech parliamentary "
            "election for our regional audience and would like to use your XML results feed.\n"
            "Our production and test systems are at 203.0.113.150 and 203.0.113.151, "
            "respectively.\n\n"
            "We do not have a Czech company ID; our German register entry is HRB 40512 "
            "(Amtsgericht Leipzig), VAT DE 284 117 509.\n\n"
            "Contact: Jörg Baumann, phone +49 341 956 2240.\n\n"
            "Kind regards\nJörg Baumann\nTechnik / Datenredaktion\n"
        ),
    },
    {
        "id": "av007-databox-annotation-only",
        "description": "data message with the whole application in the annotation; the file is "
        "only a power of attorney",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální vysílání Morava s.r.o.",
            I6,
            "e8v4kzr",
            ["192.0.2.61"],
            ["192.0.2.62"],
            "Pavel Hudec",
            None,
            "+420724118605",
        ),
        "subject": "Žádost o přístup XML volby: prod. 192.0.2.61, test. 192.0.2.62, "
        "kontakt Pavel Hudec 724 118 605",
        "databox": {
            "box": "e8v4kzr",
            "sender": "Regionální vysílání Morava s.r.o.",
            "address": "Masarykova 402, 686 01 Uherské Hradiště",
        },
        "attachments": [
            (
                "txt",
                "plna_moc.txt",
                "PLNÁ MOC\n\nRegionální vysílání Morava s.r.o., IČO "
                f"{I6}, zastoupená jednatelem Ing. Romanem Šimkem, zmocňuje pana Pavla "
                "Hudce, nar. 3. 4. 1988, k jednání s Českým statistickým úřadem ve věci "
                "přístupu k výsledkům voleb.\n\nV Uherském Hradišti dne 15. 9. 2025\n"
                "Ing. Roman Šimek, jednatel\n",
            )
        ],
    },
    {
        "id": "av008-forward-from-it",
        "description": "editor forwards the IT admin's note; the contact is the IT admin the "
        "editor names, the editor's own phone in her signature",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Podbrdsko, s.r.o.",
            I8,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Radim Beneš",
            "benes@podbrdsko.example",
            "+420602713840",
        ),
        "from": "Simona Jarošová <jarosova@podbrdsko.example>",
        "subject": "Fwd: IP pro volby",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"posílám žádost Deníku Podbrdsko, s.r.o. (IČO {I8}) o přístup k XML s výsledky "
            "voleb. Adresy jsou v přeposlaném mailu od našeho správce, kontaktní osobou pro "
            "technické věci bude on (Radim Beneš).\n\n"
            "Simona Jarošová\nšéfredaktorka, tel. 605 330 912\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Radim Beneš <benes@podbrdsko.example>\n"
            "Date: po 15. 9. 2025 v 9:02\n"
            "Subject: IP pro volby\n"
            "To: Simona Jarošová <jarosova@podbrdsko.example>\n\n"
            "Simčo, tady to je:\n"
            "produkce 198.51.100.201 a 198.51.100.202 (dva nody za balancerem)\n"
            "test 198.51.100.210\n"
            "kdyby volali z ČSÚ, jsem na 602 713 840.\n"
            "R.\n"
        ),
    },
    {
        "id": "av009-signature-three-people",
        "description": "plain mail whose signature names three people with phones; the contact "
        "is named in the text as the second of them",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Krkonošský týdeník s.r.o.",
            I9,
            None,
            ["203.0.113.33"],
            [],
            "Michaela Tůmová",
            "tumova@krtydenik.example",
            "+420739801522",
        ),
        "from": "Redakce Krkonošský týdeník <redakce@krtydenik.example>",
        "subject": "Volby 2025 - XML + natáčení",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "Krkonošský týdeník s.r.o. žádá:\n"
            "1) o přístup k XML výsledkům z adresy 203.0.113.33 (test nepotřebujeme, "
            "ověříme to na té samé),\n"
            "2) o povolení natáčet na sběrném místě v Trutnově během volební noci.\n\n"
            "Kontaktní osobou je paní Tůmová (viz níže).\n\n"
            f"IČO: {I9}\n\n"
            "S pozdravem\n"
            "Redakce Krkonošského týdeníku\n"
            "Jan Řezníček, šéfredaktor, 603 114 270, reznicek@krtydenik.example\n"
            "Michaela Tůmová, online, 739 801 522, tumova@krtydenik.example\n"
            "Oldřich Fiala, kamera, 721 660 045\n"
        ),
    },
    {
        "id": "av010-slovak-both-types",
        "description": "Slovak newsroom asking for feed and filming; Slovak role words and a "
        "+421 mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Záhorské noviny, s. r. o.",
            None,
            None,
            ["198.51.100.88", "198.51.100.89"],
            ["198.51.100.99"],
            "Marek Ondrejka",
            "ondrejka@zahorskenoviny.example",
            "+421905331742",
        ),
        "from": "Marek Ondrejka <ondrejka@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o nakrúcanie",
        "headers": K9,
        "body": (
            "Dobrý deň,\n\n"
            "naše vydavateľstvo Záhorské noviny, s. r. o. (Skalica, SK) by chcelo sledovať "
            "české voľby a preto žiadame:\n"
            "- prístup k XML výsledkom – produkčné IP 198.51.100.88, 198.51.100.89; "
            "testovacia IP 198.51.100.99\n"
            "- povolenie nakrúcať na zbernom mieste v Hodoníne (2 ľudia, 1 kamera)\n\n"
            "Kontakt: Marek Ondrejka, +421 905 331 742\n\n"
            "Ďakujem pekne\nMarek Ondrejka\n"
        ),
    },
    {
        "id": "av011-version-and-netmask",
        "description": "Gmail HTML+text; a dotted client version and a production address with "
        "a netmask meaning a block of four",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Info Vysočina z.s.",
            I10,
            None,
            ["192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11"],
            ["192.0.2.40"],
            "Ondřej Sýkora",
            "sykora@infovysocina.example",
            "+420777452016",
        ),
        "from": "Ondřej Sýkora <sykora@infovysocina.example>",
        "subject": "přístup k XML – Info Vysočina",
        "headers": GMAIL,
        "body": (
            "Zdravím,\n\n"
            "jsme malý spolek, který provozuje zpravodajský web infovysocina.example, "
            f"Info Vysočina z.s., IČO {I10}. Rádi bychom letos poprvé tahali výsledky z vašeho "
            "XML (stahovač máme napsaný, verze 2.4.1.7, běží na Debianu 12.7).\n\n"
            "Produkce: 192.0.2.8 maska 255.255.255.252 (máme celý ten malý rozsah)\n"
            "Testovací stroj: 192.0.2.40\n\n"
            "Ozvěte se mi klidně na 777 452 016.\n\nOndřej Sýkora\n"
        ),
        "html": (
            "<div>Zdravím,</div><div><br></div><div>jsme malý spolek, který provozuje "
            "zpravodajský web infovysocina.example, Info Vysočina z.s., IČO "
            f"{I10}. Rádi bychom letos poprvé tahali výsledky z vašeho XML (stahovač máme "
            "napsaný, verze 2.4.1.7, běží na Debianu 12.7).</div><div><br></div>"
            "<div>Produkce: 192.0.2.8 maska 255.255.255.252 (máme celý ten malý rozsah)</div>"
            "<div>Testovací stroj: 192.0.2.40</div><div><br></div>"
            "<div>Ozvěte se mi klidně na 777 452 016.</div><div><br></div>"
            '<div dir="ltr" class="gmail_signature">Ondřej Sýkora</div>'
        ),
    },
    {
        "id": "av012-flowed-declines-filming",
        "description": "format=flowed mail whose roles sentence is soft-wrapped; filming "
        "explicitly declined",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rádio Beskyd spol. s r.o.",
            I11,
            None,
            ["203.0.113.18"],
            ["203.0.113.19"],
            "Filip Kaňok",
            "kanok@radiobeskyd.example",
            "+420558207113",
        ),
        "from": "Filip Kaňok <kanok@radiobeskyd.example>",
        "subject": "Volby – XML pro Rádio Beskyd",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "Rádio Beskyd spol. s r.o., IČO "
            f"{I11}, žádá o přístup k výsledkům voleb ve \n"
            "formátu XML. Produkční server bude mít adresu 203.0.113.18, testovací \n"
            "poběží na 203.0.113.19.\n\n"
            "O povolení k natáčení na sběrných místech nežádáme, letos to pokryje \n"
            "jen zvuk ze studia.\n\n"
            "Filip Kaňok\ntechnik, Rádio Beskyd\n+420 558 207 113\n"
        ),
    },
    {
        "id": "av013-polish-portal-english",
        "description": "Polish news portal writing English, no Czech IČO, Polish mobile and a "
        "NIP that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Gazeta Śląska Cieszyn Sp. z o.o.",
            None,
            None,
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Agnieszka Wróbel",
            "a.wrobel@gazetaslaska.example",
            "+48601447915",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@gazetaslaska.example>",
        "subject": "XML election results - request from Cieszyn",
        "headers": OWA,
        "body": (
            "Hello,\n\n"
            "I am writing from Gazeta Śląska Cieszyn Sp. z o.o. We have many readers on the "
            "Czech side of the river and we want to show Czech election results live.\n\n"
            "Server (production): 198.51.100.170\n"
            "Server for tests: 198.51.100.171\n\n"
            "Our NIP is 548-270-19-36, I hope that is OK, we have no Czech number.\n"
            "You can call me +48 601 447 915.\n\n"
            "Best regards,\nAgnieszka Wróbel\neditor, online desk\n"
        ),
    },
    {
        "id": "av014-databox-xlsx-only",
        "description": "data message whose annotation only points to an XLSX; roles in a row "
        "header column, one row marked as no longer used",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Dolní Pomoraví a.s.",
            I14,
            "q3tn7wa",
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.245"],
            "Iveta Mrázková",
            "mrazkova@tvdp.example",
            "+420518330271",
        ),
        "subject": "Žádost – volby 2025, viz příloha",
        "databox": {
            "box": "q3tn7wa",
            "sender": "TV Dolní Pomoraví a.s.",
            "address": "Národní třída 15, 695 01 Hodonín",
        },
        "attachments": [
            (
                "xlsx",
                "volby_xml_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "TV Dolní Pomoraví a.s."],
                            ["IČO", I14],
                            ["Požadujeme", "přístup k XML výsledkům voleb"],
                            [None],
                            ["Role", "IP adresa", "Poznámka"],
                            ["produkční", "203.0.113.240", ""],
                            ["produkční", "203.0.113.241", ""],
                            ["produkční", "203.0.113.236", "už nepoužíváme, zrušeno"],
                            ["testovací", "203.0.113.245", ""],
                            [None],
                            ["Kontaktní osoba", "Iveta Mrázková"],
                            ["E-mail", "mrazkova@tvdp.example"],
                            ["Telefon", "+420 518 330 271"],
                        ],
                    }
                ],
            )
        ],
    },
]
