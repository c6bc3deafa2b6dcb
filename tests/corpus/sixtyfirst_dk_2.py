"""Sixty-first held-out part ``dk``, cases dk015–dk028: a Gmail reply to the office's
confirmation changing the test address, a Horde mail correcting an address and the phone in a
postscript, a chatty format=flowed Apple Mail note testing from production, a data message with
a DOCX (dual-stack production, the mobile before the switchboard), a Slovak OWA mail, a Yahoo
phone note, an IT mail forwarded as an attached .eml, an HTML-only windows-1250 table with a
backup row, an S/MIME signed mail, a natural person's data message with a workbook, filming now
and the feed deferred, a formal letter with a written range, a SOGo reply saying both addresses
are production and an Austrian filming request from GroupWise. Written by hand apart from the
extraction rules (see make_sixtyfirst_dk); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtyfirst_dk_common import (
    APPLE,
    CLAWS,
    FEED,
    FILM,
    GMAIL,
    GROUPWISE,
    HORDE,
    OUTLOOK,
    OWA,
    SEZNAM,
    SOGO,
    TBIRD,
    YAHOO,
    L,
    Style,
    box,
    gmail_html,
    ico,
)

I15, I16, I17, I18, I20 = (
    ico("2793108"),
    ico("0526917"),
    ico("2851368"),
    ico("0749203"),
    ico("2607481"),
)
I21, I22, I23, I24, I25 = (
    ico("0385629"),
    ico("2924076"),
    ico("0817534"),
    ico("2668340"),
    ico("0475912"),
)
I26, I27 = ico("2739158"), ico("0593274")

_DK015 = (
    "Dobrý den,\n\nděkuji za potvrzení. Jen jedna změna: testovací adresa už nebude "
    "198.51.100.15, ale 198.51.100.17 (server jsme minulý týden přesunuli). Produkční "
    "zůstávají, jak je máte.\n\nDíky\nKristýna Pešková\n\n"
    "st 17. 9. 2025 v 9:14 odesílatel Podatelna ČSÚ <podatelna@czso.cz> napsal:\n"
    "> Dobrý den,\n>\n> potvrzujeme přijetí Vaší žádosti o přístup k průběžným výsledkům "
    "voleb,\n> zaevidované pod č. j. CSU-052214/2025. Zaevidovali jsme tyto údaje:\n>\n"
    "> žadatel: Mělnický expres s.r.o., IČO " + I15 + "\n> produkční IP: 198.51.100.12, "
    "198.51.100.13\n> testovací IP: 198.51.100.15\n> kontakt: Kristýna Pešková, 606 771 342\n"
    ">\n> Případné změny nám sdělte odpovědí na tento e-mail.\n>\n> Český statistický úřad\n"
    "> Na padesátém 81, 100 82 Praha 10\n> IČO 00025593 | ID DS 2gfaasy | tel. 274 052 733\n"
)

_DK017 = (
    "Dobrý den, paní Novotná,\n\nráda Vás zase slyším – tedy čtu :) Minule jste nám tak "
    "pomohla s tou \nakreditací, že jsem si Vaše jméno zapamatovala.\n\nLetos bychom to "
    "chtěli udělat zase podobně. Kluci z IT mi říkali, ať \nnapíšu, že stahovat budou z "
    "192.0.2.230 a že testovat budou taky z něj, \nnic dalšího nepotřebují. Jo a letos "
    "bychom k Vám do Hradce rádi poslali \ni kameramana – natáčet ve volební noc, jestli to "
    "půjde.\n\nJinak kdyby něco, žádáme jako Broumovský zpravodaj s.r.o., IČO " + I17 + ", "
    "\na kontaktní osoba jsem zase já, na mobilu 731 808 225.\n\nMějte se hezky a ať to "
    "sčítání letos jde rychle!\nZuzana Machová\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dk015-gmail-reply-to-confirmation-new-test",
        "description": "Gmail reply (text and HTML) to the office's confirmation, which lists "
        "the registered data above its IČO, box and phone; only the test address changes, "
        "the production ones stand only in the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Mělnický expres s.r.o.",
            I15,
            None,
            ["198.51.100.12", "198.51.100.13"],
            ["198.51.100.17"],
            "Kristýna Pešková",
            "peskova@melnickyexpres.example",
            "+420606771342",
        ),
        "from": "Kristýna Pešková <peskova@melnickyexpres.example>",
        "subject": "Re: Potvrzení přijetí žádosti – č. j. CSU-052214/2025",
        "headers": GMAIL,
        "body": _DK015,
        "html": gmail_html(_DK015),
    },
    {
        "id": "dk016-horde-correction-address-and-phone",
        "description": "a complete application followed by 'Oprava': the second production "
        "address was the printer's, and the phone had swapped digits; the corrected values",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kladenský magazín s.r.o.",
            I16,
            None,
            ["198.18.20.5", "198.18.20.7"],
            ["198.18.20.9"],
            "Libor Hájek",
            "hajek@kladenskymagazin.example",
            "+420312660481",
        ),
        "from": "Libor Hájek <hajek@kladenskymagazin.example>",
        "subject": "žádost o XML – volby",
        "headers": HORDE,
        "body": "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb pro Kladenský magazín "
        "s.r.o. (IČO " + I16 + ").\n\nProdukční IP: 198.18.20.5, 198.18.20.6\nTestovací IP: "
        "198.18.20.9\nKontakt: Libor Hájek, hajek@kladenskymagazin.example, tel. 312 660 418\n\n"
        "Oprava – teď jsem si všiml, že druhá produkční je 198.18.20.7, ne .6 (.6 je síťová "
        "tiskárna, omlouvám se). A telefon je přímá linka 312 660 481, v tom předchozím čísle "
        "jsem prohodil číslice.\n\nL. Hájek\n",
    },
    {
        "id": "dk017-apple-flowed-chatty-test-from-same",
        "description": "chatty format=flowed Apple Mail note to a known officer: one server "
        "'and testing from it too' in small talk, a cameraman for Hradec, company, IČO and "
        "mobile in the last paragraph",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Broumovský zpravodaj s.r.o.",
            I17,
            None,
            ["192.0.2.230"],
            [],
            "Zuzana Machová",
            "machova@broumovskyzpravodaj.example",
            "+420731808225",
        ),
        "from": "Zuzana Machová <machova@broumovskyzpravodaj.example>",
        "subject": "Zase volby :)",
        "headers": APPLE,
        "flowed": True,
        "body": _DK017,
    },
    {
        "id": "dk018-databox-docx-dual-stack-mobile-switchboard",
        "description": "data message with a DOCX letter: feed and filming, three production "
        "addresses (one IPv6) and a test one in a table, the technician's mobile before the "
        "switchboard",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Haná s.r.o.",
            I18,
            "t3nq8vb",
            ["203.0.113.180", "203.0.113.181", "2001:db8:77::5"],
            ["203.0.113.185"],
            "Roman Dostál",
            "dostal@rthana.example",
            "+420602775340",
        ),
        "databox": box(
            "t3nq8vb", "Regionální televize Haná s.r.o.", "Horní náměstí 8, 779 00 Olomouc"
        ),
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení",
        "attachments": [
            (
                "docx",
                "RTH_zadost_CSU.docx",
                {
                    "header": "Regionální televize Haná s.r.o. | Horní náměstí 8, Olomouc | "
                    "IČO " + I18,
                    "blocks": [
                        "Věc: Žádost o přístup k průběžným výsledkům voleb a o povolení natáčení",
                        "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML a o "
                        "povolení natáčet ve volební noc na krajském pracovišti ČSÚ v "
                        "Olomouci (štáb dvou osob).",
                        {
                            "rows": [
                                ["Účel", "Adresa"],
                                ["produkce", "203.0.113.180"],
                                ["produkce", "203.0.113.181"],
                                ["produkce (IPv6)", "2001:db8:77::5"],
                                ["test", "203.0.113.185"],
                            ]
                        },
                        "Kontaktní osoba: Roman Dostál, vedoucí techniky, "
                        "dostal@rthana.example, mobil 602 775 340 (ústředna 585 200 100)",
                        "Mgr. Alena Pospíšilová, ředitelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "dk019-owa-slovak-feed-and-filming",
        "description": "a Slovak weekly writes in Slovak from OWA: feed and filming in Brno, "
        "'produkčné' and 'testovací' lines, a Slovak mobile, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Záhorský týždenník, s.r.o.",
            None,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.168"],
            "Lucia Baranová",
            "baranova@zahorskytyzdennik.example",
            "+421905612384",
        ),
        "from": "Baranová Lucia <baranova@zahorskytyzdennik.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
        "headers": OWA,
        "body": "Dobrý deň,\n\nv mene spoločnosti Záhorský týždenník, s.r.o. (Skalica) si "
        "dovoľujem požiadať o prístup k priebežným výsledkom volieb do Poslaneckej snemovne vo "
        "formáte XML a zároveň o povolenie nakrúcať vo volebnú noc na vašom pracovisku v "
        "Brne – prídeme dvaja, redaktor a kameraman.\n\nProdukčné IP adresy: 198.51.100.160, "
        "198.51.100.161\nTestovacia IP adresa: 198.51.100.168\n\nKontaktnou osobou som ja.\n\n"
        "S pozdravom\n\nLucia Baranová\nzástupkyňa šéfredaktora\nZáhorský týždenník, s.r.o.\n"
        "mobil: +421 905 612 384\n",
    },
    {
        "id": "dk020-yahoo-android-note-no-diacritics",
        "description": "base64 Yahoo Mail for Android note without diacritics: production and "
        "test in one sentence, the IČO written with spaces, signed with a nickname above the "
        "full name",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Krkonossky dennik s.r.o.",
            I20,
            None,
            ["198.18.60.14"],
            ["198.18.60.15"],
            "Pavel Jires",
            "jires@krkonosskydennik.example",
            "+420604927316",
        ),
        "from": "Pavel Jires <jires@krkonosskydennik.example>",
        "subject": "pristup xml volby",
        "headers": YAHOO,
        "cte": "base64",
        "body": "Dobry vecer,\nprosim o pristup k xml vysledkum za Krkonossky dennik s.r.o., ico "
        + I20[:3]
        + " "
        + I20[3:5]
        + " "
        + I20[5:]
        + ". Stahovat budeme ze serveru 198.18.60.14, testovat z 198.18.60.15.\nKdyby neco, "
        "volejte 604 927 316.\nDik Pavel\n\nPavel Jires\n\nOdesláno z aplikace Yahoo Mail pro "
        "Android\n",
    },
    {
        "id": "dk021-outlook-forward-it-mail-as-attachment",
        "description": "the editor forwards her IT manager's mail as an attached .eml: the cover "
        "applies with the company and IČO and names the attachment's author the contact; "
        "the addresses and his mobile only inside, testing from production",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Kroměřížské listy, a.s.",
            I21,
            None,
            ["203.0.113.30", "203.0.113.31"],
            [],
            "Robert Klíma",
            "klima@kmlisty.example",
            "+420777402913",
        ),
        "from": "Irena Zemanová <zemanova@kmlisty.example>",
        "subject": "FW: IP pro ČSÚ",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nKroměřížské listy, a.s., IČO " + I21 + ", tímto žádají o přístup "
        "k průběžným výsledkům voleb ve formátu XML. Adresy našich serverů jsou v přiloženém "
        "e-mailu od našeho IT; kontaktní osobou je jeho autor, Ing. Robert Klíma.\n\n"
        "S pozdravem\nIrena Zemanová\nšéfredaktorka\n",
        "attachments": [
            (
                "eml",
                "IP pro ČSÚ.eml",
                {
                    "id": "dk021-inner",
                    "from": "Robert Klíma <klima@kmlisty.example>",
                    "to": "Irena Zemanová <zemanova@kmlisty.example>",
                    "subject": "IP pro ČSÚ",
                    "headers": TBIRD,
                    "body": "Ahoj Ireno,\n\nIP pro ČSÚ:\nprodukce 203.0.113.30 a 203.0.113.31\n"
                    "testovací nemáme, testovat budeme rovnou z produkce.\n\nKdyby volali, "
                    "jsem na mobilu 777 402 913.\n\nRobert\n\n-- \nIng. Robert Klíma\nvedoucí "
                    "IT, Kroměřížské listy, a.s.\n",
                },
            )
        ],
    },
    {
        "id": "dk022-outlook-html-1250-backup-row",
        "description": "HTML-only windows-1250 Outlook mail: a role table with a 'Záložní' row "
        "(production) between the production and test rows; the contact's direct line "
        "before her mobile",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Jablonecký týdeník s.r.o.",
            I22,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.169"],
            "Hana Křížová",
            "krizova@jabloneckytydenik.example",
            "+420483356120",
        ),
        "from": "Křížová Hana <krizova@jabloneckytydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Jablonecký týdeník",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=windows-1250"></head><body lang=CS><div class=WordSection1>'
        "<p class=MsoNormal>Dobrý den,<o:p></o:p></p><p class=MsoNormal>Jablonecký týdeník "
        "s.r.o., IČO " + I22 + ", žádá o přístup k průběžným výsledkům voleb ve formátu XML."
        "<o:p></o:p></p><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
        "<tr><td><p class=MsoNormal><b>Server</b></p></td><td><p class=MsoNormal><b>IP</b></p>"
        "</td></tr><tr><td><p class=MsoNormal>Produkční</p></td><td><p class=MsoNormal>"
        "192.0.2.160</p></td></tr><tr><td><p class=MsoNormal>Záložní</p></td><td><p "
        "class=MsoNormal>192.0.2.161</p></td></tr><tr><td><p class=MsoNormal>Testovací</p></td>"
        "<td><p class=MsoNormal>192.0.2.169</p></td></tr></table><p class=MsoNormal>"
        "<o:p>&nbsp;</o:p></p><p class=MsoNormal>S pozdravem<o:p></o:p></p><p class=MsoNormal>"
        "<b>Ing. Hana Křížová</b><br>produkce webu<br>Jablonecký týdeník s.r.o.<br>tel. 483 356 "
        '120 (přímá linka)<br>mobil 721 004 338<br><a href="mailto:krizova@jabloneckytydenik.'
        'example">krizova@jabloneckytydenik.example</a></p></div></body></html>',
    },
    {
        "id": "dk023-outlook-smime-it-contact-by-name",
        "description": "S/MIME signed Outlook mail signed by the chief editor: feed and filming, "
        "the contact named in the body as the IT man with his own e-mail and phone",
        "style": Style.SIGNED,
        "labels": L(
            [FEED, FILM],
            "Teplický deník Plus a.s.",
            I23,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.248"],
            "Vojtěch Sýkora",
            "sykora@teplickydenik.example",
            "+420417530266",
        ),
        "from": "Procházka Jan <prochazka@teplickydenik.example>",
        "subject": "Žádost – výsledky voleb v XML a natáčení v Ústí nad Labem",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážení,\n\nspolečnost Teplický deník Plus a.s., IČO " + I23 + ", žádá:\n\n"
        "- o přístup k průběžným výsledkům voleb ve formátu XML,\n- o povolení natáčet ve "
        "volební noc na Vašem pracovišti v Ústí nad Labem.\n\nProdukční adresy: "
        "198.51.100.240, 198.51.100.241\nTestovací adresa: 198.51.100.248\n\nKontaktní osobou "
        "je pan Vojtěch Sýkora z našeho IT (sykora@teplickydenik.example, tel. 417 530 266).\n\n"
        "S pozdravem\n\nMgr. Jan Procházka\nšéfredaktor\nTeplický deník Plus a.s.\n"
        "tel. 417 530 200\n",
    },
    {
        "id": "dk024-databox-freelancer-xlsx",
        "description": "data message from a natural person in business: the workbook's "
        "applicant row joins her name and a description of her work with a dash; an IPv6 "
        "production address, an IPv4 test one",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Tereza Hrubá",
            I24,
            "w8fz3kq",
            ["2001:db8:c0::7"],
            ["192.0.2.88"],
            "Tereza Hrubá",
            "hruba@datahruba.example",
            "+420775312640",
        ),
        "databox": box("w8fz3kq", "Tereza Hrubá", "Údolní 14, 602 00 Brno", 40),
        "subject": "Žádost o přístup k XML výsledkům voleb – údaje v tabulce",
        "attachments": [
            (
                "xlsx",
                "zadost_xml_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Tereza Hrubá – datová žurnalistika"],
                            ["IČO", I24],
                            ["Kontaktní osoba", "Tereza Hrubá"],
                            ["E-mail", "hruba@datahruba.example"],
                            ["Telefon", "775 312 640"],
                            [],
                            ["IP adresa", "Typ", "Poznámka"],
                            ["2001:db8:c0::7", "produkční", "VPS"],
                            ["192.0.2.88", "testovací", "notebook v kanceláři"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "dk025-seznam-filming-now-feed-deferred",
        "description": "a regional TV asks now only to film in Ústí; the XML it will ask for "
        "before the regional elections, a server address mentioned for then",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Televize Labe s.r.o.",
            I25,
            None,
            [],
            [],
            "Markéta Šindelářová",
            "sindelarova@televizelabe.example",
            "+420605338114",
        ),
        "from": "Markéta Šindelářová <sindelarova@televizelabe.example>",
        "subject": "Povolení natáčení – volební noc Ústí nad Labem",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\nTelevize Labe s.r.o., IČO " + I25 + ", žádá o povolení natáčet "
        "ve volební noc na krajském pracovišti ČSÚ v Ústí nad Labem. Přijde štáb dvou lidí "
        "(kameraman Jakub Horák a redaktorka Eva Tomanová), zhruba od 14 do 22 hodin.\n\n"
        "O přístup k XML s výsledky požádáme až před krajskými volbami – nový server "
        "(198.51.100.55) nám dodavatel předá až na jaře.\n\nKontaktní osoba: Markéta "
        "Šindelářová, produkce, tel. 605 338 114.\n\nS pozdravem\nMarkéta Šindelářová\n\n"
        "Odesláno z Email.cz\n",
    },
    {
        "id": "dk026-claws-formal-letter-written-range",
        "description": "a formal letter typed into Claws: four production addresses as a "
        "written range '198.51.100.120 až 198.51.100.123', one test address; the contact's "
        "direct line",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Nakladatelství Brdy s.r.o.",
            I26,
            None,
            ["198.51.100.120", "198.51.100.121", "198.51.100.122", "198.51.100.123"],
            ["198.51.100.130"],
            "Eliška Vondrová",
            "vondrova@nakladatelstvibrdy.example",
            "+420318627415",
        ),
        "from": "Eliška Vondrová <vondrova@nakladatelstvibrdy.example>",
        "subject": "Žádost o zpřístupnění průběžných výsledků voleb",
        "headers": CLAWS,
        "body": "Nakladatelství Brdy s.r.o.\nNáměstí T. G. Masaryka 142, 261 01 Příbram\n"
        "IČO: " + I26 + "\n\nČeský statistický úřad\nodbor informačních služeb\nNa padesátém "
        "81\n100 82 Praha 10\n\nV Příbrami dne 15. září 2025\n\nVěc: Žádost o zpřístupnění "
        "průběžných výsledků voleb ve formátu XML\n\nVážení,\n\nžádáme o zpřístupnění "
        "průběžných výsledků voleb do Poslanecké sněmovny Parlamentu ČR ve formátu XML pro "
        "zpravodajský portál Brdský deník. Data budeme stahovat z produkčních serverů s "
        "adresami 198.51.100.120 až 198.51.100.123, testovací přístup žádáme pro adresu "
        "198.51.100.130.\n\nKontaktní osobou ve věci žádosti je Mgr. Eliška Vondrová, "
        "vondrova@nakladatelstvibrdy.example, tel. 318 627 415.\n\nS úctou\n\nMgr. Eliška "
        "Vondrová\nvedoucí digitálních projektů\nNakladatelství Brdy s.r.o.\n",
    },
    {
        "id": "dk027-sogo-reply-both-production",
        "description": "SOGo reply to the officer's question which of two role-less addresses "
        "is the test one (quoted with the office's phone): both production, no test machine",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Litoměřický kurýr s.r.o.",
            I27,
            None,
            ["203.0.113.76", "203.0.113.77"],
            [],
            "Jakub Wagner",
            "wagner@ltmkuryr.example",
            "+420416733209",
        ),
        "from": "Jakub Wagner <wagner@ltmkuryr.example>",
        "subject": "Re: Dotaz k žádosti o přístup k výsledkům voleb",
        "headers": SOGO,
        "body": "Dobrý den,\n\nobě adresy jsou produkční (dva servery za sebou), testovací "
        'stroj nemáme.\n\nJ. Wagner\n\nOn středa, září 17, 2025 11:05 CEST, "Lenka Horová" '
        "<horova@czso.cz> wrote:\n\n> Dobrý den,\n> v žádosti uvádíte dvě adresy bez určení, "
        "zda jde o produkční, nebo testovací.\n> Upřesněte to prosím odpovědí.\n> Lenka "
        "Horová\n> ČSÚ, oddělení informačních služeb, tel. 274 052 733\n>\n> > Dobrý den,\n> > "
        "Litoměřický kurýr s.r.o., IČO " + I27 + ", žádá o přístup k volebnímu XML.\n> > IP: "
        "203.0.113.76, 203.0.113.77\n> > Kontakt: Jakub Wagner, 416 733 209\n",
    },
    {
        "id": "dk028-groupwise-austrian-filming-english",
        "description": "an Austrian regional broadcaster writes English from GroupWise asking "
        "only to film in České Budějovice with a named crew; the XML feed explicitly not "
        "needed; an Austrian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Mühlviertel Medien GmbH",
            None,
            None,
            [],
            [],
            "Stefan Gruber",
            "s.gruber@muehlviertel-medien.example",
            "+436641234567",
        ),
        "from": "Stefan Gruber <s.gruber@muehlviertel-medien.example>",
        "subject": "Filming permission - election night, Ceske Budejovice",
        "headers": GROUPWISE,
        "body": "Dear Sir or Madam,\n\nMühlviertel Medien GmbH (Freistadt, Upper Austria) "
        "would like to ask for permission to film at your regional office in České Budějovice "
        "on election night. Our crew would be reporter Anna Leitner and camera operator Markus "
        "Huber, arriving around 3 pm.\n\nWe do not need access to the XML data feed - we "
        "will use the public website for the figures.\n\nPlease contact me with any "
        "questions.\n\nBest regards\n\nStefan Gruber\nChief Editor\nMühlviertel Medien GmbH\n"
        "M +43 664 1234567\n",
    },
]
