"""Sixth held-out set, prefix ``m``, cases m001–m014: the office's form retyped, as an HTML
table, as DOCX/PDF forms with boxes, amended and partial; a data message with only its
annotation; a municipality, a university, a regional studio, an association, a photographer.

Written by hand apart from the extraction rules (issue 18); labels follow LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixth_m_common import BOTH, FEED, REC, L, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "m001-form-retyped-lines",
        "description": "the office's form retyped as 'Pole: hodnota' lines because the attachment would not open; filming answered 'ne'",
        "style": Style.FORM_LINES,
        "from": "Tomáš Vrba <vrba@jihlavske-listy.example>",
        "subject": "Vyplněný formulář – přístup k výsledkům",
        "body": (
            "Dobrý den,\n\n"
            "posílám údaje z Vašeho formuláře, přílohu ve Wordu se mi nepodařilo otevřít,\n"
            "tak je píšu rovnou sem.\n\n"
            "Název žadatele: Jihlavské listy s.r.o.\n"
            "IČO: 27156346\n"
            "Sídlo: Masarykovo nám. 12, 586 01 Jihlava\n"
            "Kontaktní osoba: Tomáš Vrba\n"
            "E-mail: vrba@jihlavske-listy.example\n"
            "Telefon: 605 318 442\n"
            "IP adresy pro ostrý provoz: 198.51.100.14, 198.51.100.15\n"
            "Testovací IP adresy: 198.51.100.90\n"
            "Přístup k výsledkům ve formátu XML: ano\n"
            "Pořizování záznamu na přebíracím místě: ne\n\n"
            "Děkuji a zdravím\n"
            "T. Vrba\n"
        ),
        "labels": L(
            FEED,
            "Jihlavské listy s.r.o.",
            "27156346",
            None,
            ["198.51.100.14", "198.51.100.15"],
            ["198.51.100.90"],
            "Tomáš Vrba",
            "vrba@jihlavske-listy.example",
            "+420605318442",
        ),
    },
    {
        "id": "m002-outlook-form-table-secretary",
        "description": "Outlook HTML table of the form sent by a secretary for a named colleague; IČO written with spaces; test row a dash",
        "style": Style.FORM_HTML_TABLE,
        "from": "Jana Hořejší <sekretariat@radio-podjestedi.example>",
        "subject": "Žádost o připojení k volebnímu serveru – Rádio Podještědí",
        "charset": "windows-1250",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n"
            "v zastoupení paní ředitelky zasílám vyplněné údaje k žádosti.\n\n"
            "Žadatel: Rádio Podještědí, spol. s r.o.\n"
            "IČO: 044 02 138\n"
            "Kontaktní osoba: Ing. Lenka Šafránková\n"
            "E-mail: safrankova@radio-podjestedi.example\n"
            "Telefon: +420 482 310 915\n"
            "Adresy pro ostrý provoz: 203.0.113.40, 203.0.113.41, 203.0.113.42\n"
            "Testovací adresy: –\n"
            "Požadujeme: přístup k XML serveru s výsledky\n\n"
            "S pozdravem\nJana Hořejší, sekretariát\n"
        ),
        "html": (
            '<html><body><p class="MsoNormal">Dobrý den,<br>v zastoupení paní ředitelky zasílám '
            "vyplněné údaje k žádosti.</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">'
            "<tr><td><b>Žadatel</b></td><td>Rádio Podještědí, spol. s r.o.</td></tr>"
            "<tr><td><b>IČO</b></td><td>044 02 138</td></tr>"
            "<tr><td><b>Kontaktní osoba</b></td><td>Ing. Lenka Šafránková</td></tr>"
            "<tr><td><b>E-mail</b></td><td>safrankova@radio-podjestedi.example</td></tr>"
            "<tr><td><b>Telefon</b></td><td>+420 482 310 915</td></tr>"
            "<tr><td><b>Adresy pro ostrý provoz</b></td><td>203.0.113.40<br>203.0.113.41<br>"
            "203.0.113.42</td></tr>"
            "<tr><td><b>Testovací adresy</b></td><td>–</td></tr>"
            "<tr><td><b>Požadujeme</b></td><td>přístup k XML serveru s výsledky</td></tr>"
            "</table>"
            '<p class="MsoNormal">S pozdravem<br>Jana Hořejší, sekretariát</p></body></html>'
        ),
        "labels": L(
            FEED,
            "Rádio Podještědí, spol. s r.o.",
            "04402138",
            None,
            ["203.0.113.40", "203.0.113.41", "203.0.113.42"],
            [],
            "Lenka Šafránková",
            "safrankova@radio-podjestedi.example",
            "+420482310915",
        ),
    },
    {
        "id": "m003-docx-form-checkboxes-backup",
        "description": "DOCX form with box characters (XML ticked, filming not); address table with a backup row that counts as production",
        "style": Style.FORM_DOCX,
        "from": "Radek Hloušek <hlousek@moravsky-expres.example>",
        "subject": "zadost - Moravsky expres",
        "body": "V příloze vyplněná žádost.\n\nHloušek\nIT, Moravský expres\n",
        "attachments": [
            (
                "docx",
                "zadost_CSU_vyplneno.docx",
                {
                    "header": "Žádost o zpřístupnění výsledků voleb – formulář pro média",
                    "blocks": [
                        {
                            "rows": [
                                ["Název organizace", "Moravský expres a.s."],
                                ["IČO", "28600185"],
                                ["Datová schránka", "x7kq2mb"],
                                ["Kontaktní osoba", "Bc. Radek Hloušek"],
                                ["E-mail", "hlousek@moravsky-expres.example"],
                                ["Telefon (mobil)", "731 204 667"],
                            ]
                        },
                        "Předmět žádosti (zaškrtněte):",
                        "☒ přístup k průběžným výsledkům ve formátu XML",
                        "☐ povolení pořizovat zvukový či obrazový záznam na přebíracím místě",
                        {
                            "rows": [
                                ["Účel", "IP adresa"],
                                ["ostrý provoz", "192.0.2.60"],
                                ["ostrý provoz", "192.0.2.61"],
                                ["záložní server", "192.0.2.62"],
                                ["test", "192.0.2.200"],
                                ["test", "192.0.2.201"],
                            ]
                        },
                        "V Olomouci dne 14. 11.",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Moravský expres a.s.",
            "28600185",
            "x7kq2mb",
            ["192.0.2.60", "192.0.2.61", "192.0.2.62"],
            ["192.0.2.200", "192.0.2.201"],
            "Radek Hloušek",
            "hlousek@moravsky-expres.example",
            "+420731204667",
        ),
    },
    {
        "id": "m004-databox-annotation-only",
        "description": "data message whose application is squeezed into the annotation; the only file is a registry extract giving the IČO; no e-mail given",
        "style": Style.DATABOX_ANNOTATION,
        "subject": (
            "Žádost o přístup k XML výsledkům voleb – ostrý 198.18.4.10, 198.18.4.11; "
            "test 198.18.4.99; kontakt Petr Stejskal 777 402 118"
        ),
        "databox": {
            "box": "p4n8w2c",
            "sender": "Regionální televize Vysočina s.r.o.",
            "address": "Havlíčkova 40, 586 01 Jihlava",
            "type": 20,
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "<b>Výpis z obchodního rejstříku</b>",
                    "vedeného Krajským soudem v Brně, oddíl C, vložka 71402",
                    {
                        "rows": [
                            ["Obchodní firma:", "Regionální televize Vysočina s.r.o."],
                            ["Sídlo:", "Havlíčkova 40, 586 01 Jihlava"],
                            ["Identifikační číslo:", "047 01 224"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Jednatel:", "Petr Stejskal"],
                        ],
                        "widths": [140, 300],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "Regionální televize Vysočina s.r.o.",
            "04701224",
            "p4n8w2c",
            ["198.18.4.10", "198.18.4.11"],
            ["198.18.4.99"],
            "Petr Stejskal",
            None,
            "+420777402118",
        ),
    },
    {
        "id": "m005-municipality-letter-office-header",
        "description": "town hall letter for its newsletter; the addressee block quotes the office's IČO and data box; the mayor signs but names the editor as contact",
        "style": Style.MUNICIPALITY,
        "from": "Podatelna MěÚ Bystřice n. Úhl. <podatelna@bystrice-uhlavou.example>",
        "subject": "Žádost města Bystřice nad Úhlavou – připojení k výsledkům voleb",
        "body": (
            "MĚSTO BYSTŘICE NAD ÚHLAVOU\n"
            "Městský úřad, náměstí Míru 1, 340 22 Bystřice nad Úhlavou\n"
            "IČO: 00299791, ID datové schránky: ub3ka9p\n\n"
            "Adresát:\n"
            "Český statistický úřad\n"
            "Na padesátém 81, 100 82 Praha 10\n"
            "IČO 00025593, DS 2gfaasy\n\n"
            "Naše č. j.: MěÚBU/4411/2023\n\n"
            "Věc: Žádost o zpřístupnění průběžných výsledků voleb\n\n"
            "Město Bystřice nad Úhlavou vydává měsíčník Bystřický zpravodaj a provozuje\n"
            "zpravodajský web města. Během volebního večera bychom rádi průběžně zveřejňovali\n"
            "výsledky za naše město i okres, a proto žádáme o zpřístupnění výsledků ve\n"
            "formátu XML z vyhrazeného serveru.\n\n"
            "Náš webový server má jedinou veřejnou adresu 203.0.113.150, testovací připojení\n"
            "nepotřebujeme.\n\n"
            "Kontaktní osobou ve věci je redaktorka zpravodaje Mgr. Hana Kubištová,\n"
            "kubistova@bystrice-uhlavou.example, tel. 376 512 204.\n\n"
            "Ing. Josef Mráz\n"
            "starosta\n"
        ),
        "labels": L(
            FEED,
            "Město Bystřice nad Úhlavou",
            "00299791",
            "ub3ka9p",
            ["203.0.113.150"],
            [],
            "Hana Kubištová",
            "kubistova@bystrice-uhlavou.example",
            "+420376512204",
        ),
    },
    {
        "id": "m006-university-student-crew-filming",
        "description": "faculty's student TV asks only to film at a collection point and says it does not want the data server; crew listed, leader is the contact",
        "style": Style.UNIVERSITY,
        "from": "Alena Pospíšilová <alena.pospisilova@jmu.example>",
        "subject": "Kampus TV – žádost o povolení natáčení na přebíracím místě",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "Fakulta žurnalistiky Jihomoravské univerzity (veřejná vysoká škola, IČO 61268810)\n"
            "připravuje se studenty předmětu Televizní reportáž krátký dokument o tom, jak\n"
            "se v noci po uzavření volebních místností sčítají hlasy. Rádi bychom proto\n"
            "požádali o povolení pořídit obrazový a zvukový záznam na přebíracím místě\n"
            "v Brně (Krajská správa ČSÚ, Jezuitská).\n\n"
            "O přístup k serveru s daty ve formátu XML nežádáme – výsledky budeme\n"
            "sledovat na volby.cz jako ostatní.\n\n"
            "Štáb: Jakub Dvořák (kamera), Eliška Nováková (zvuk), Filip Rybář (redaktor).\n"
            "Za projekt odpovídám já a jsem i kontaktní osobou:\n\n"
            "doc. Mgr. Alena Pospíšilová, Ph.D.\n"
            "Katedra audiovizuální tvorby\n"
            "Jihomoravská univerzita, Fakulta žurnalistiky\n"
            "tel. +420 549 49 7731\n"
            "alena.pospisilova@jmu.example\n"
        ),
        "labels": L(
            REC,
            "Jihomoravská univerzita",
            "61268810",
            None,
            [],
            [],
            "Alena Pospíšilová",
            "alena.pospisilova@jmu.example",
            "+420549497731",
        ),
    },
    {
        "id": "m007-regional-studio-both-cidr",
        "description": "regional studio of the public radio asks for both; production given as a /30 block; mobile given beside the switchboard",
        "style": Style.REGIONAL_STUDIO,
        "from": "Martin Zelenka <martin.zelenka@rozhlas-hk.example>",
        "subject": "ČRo Hradec Králové – volby: XML + natáčení",
        "body": (
            "Dobrý den,\n\n"
            "žadatel: Český rozhlas, IČO 45245053, za své regionální studio Hradec Králové.\n"
            "Žádáme:\n\n"
            "1) o přístup k průběžným výsledkům ve formátu XML. Naše vysílací pracoviště\n"
            "   bude stahovat data ze síťového bloku 198.51.100.32/30, testovat budeme\n"
            "   z jediné stanice 198.51.100.40;\n"
            "2) o povolení, aby náš reportér s technikem mohli natočit reportáž na\n"
            "   přebíracím místě v Hradci Králové.\n\n"
            "Kontaktní osobou pro tuto žádost jsem já.\n\n"
            "Martin Zelenka\n"
            "vedoucí techniky, Český rozhlas Hradec Králové\n"
            "ústředna 495 000 111, mobil 603 912 447\n"
            "martin.zelenka@rozhlas-hk.example\n"
        ),
        "labels": L(
            BOTH,
            "Český rozhlas",
            "45245053",
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Martin Zelenka",
            "martin.zelenka@rozhlas-hk.example",
            "+420603912447",
        ),
    },
    {
        "id": "m008-association-ipv6-no-test",
        "description": "a registered association's board chairman writes a formal letter; one IPv4 and one IPv6 production address, no test",
        "style": Style.ASSOCIATION,
        "from": "Vít Holeček <holecek@snk-kv.example>",
        "subject": "Spolek nezávislých novinářů Karlovarska – žádost",
        "body": (
            "Spolek nezávislých novinářů Karlovarska, z. s.\n"
            "se sídlem Zahradní 9, 360 01 Karlovy Vary, IČO 05117046\n"
            "zapsaný ve spolkovém rejstříku u Krajského soudu v Plzni, oddíl L\n\n"
            "Vážení,\n\n"
            "náš spolek vydává nekomerční zpravodajský portál o dění v kraji. Pro volební\n"
            "noc bychom rádi využili vyhrazený přístup k výsledkům ve formátu XML.\n\n"
            "Servery, ze kterých budeme data stahovat (ostrý provoz):\n"
            "  192.0.2.77\n"
            "  2001:db8:4a::10\n\n"
            "Testovací adresy nemáme, testovat budeme přímo z těchto strojů.\n\n"
            "Za spolek a zároveň jako kontaktní osoba\n"
            "Vít Holeček, předseda\n"
            "holecek@snk-kv.example | +420 606 55 44 12\n"
        ),
        "labels": L(
            FEED,
            "Spolek nezávislých novinářů Karlovarska, z. s.",
            "05117046",
            None,
            ["192.0.2.77", "2001:db8:4a::10"],
            [],
            "Vít Holeček",
            "holecek@snk-kv.example",
            "+420606554412",
        ),
    },
    {
        "id": "m009-photographer-filming-only",
        "description": "a freelance photographer with a trade licence wants to photograph at a collection point; explicitly does not need the XML data",
        "style": Style.FILMING_ONLY,
        "from": "Ondřej Macháček <o.machacek@fotomachacek.example>",
        "subject": "Fotografování na přebíracím místě Pardubice",
        "body": (
            "Dobrý den,\n\n"
            "jsem fotograf na volné noze a chystám fotoesej o volební noci mimo Prahu.\n"
            "Prosím o povolení fotografovat na přebíracím místě v Pardubicích po uzavření\n"
            "volebních místností. Budu sám, bez blesku, s jedním fotoaparátem.\n"
            "Data ve formátu XML nepotřebuji.\n\n"
            "Ondřej Macháček\n"
            "fotograf, IČ: 07441967\n"
            "tel.: 00420 724 118 390\n"
        ),
        "labels": L(
            REC,
            "Ondřej Macháček",
            "07441967",
            None,
            [],
            [],
            "Ondřej Macháček",
            "o.machacek@fotomachacek.example",
            "+420724118390",
        ),
    },
    {
        "id": "m010-slovak-form-lines-range",
        "description": "Slovak agency retypes the form in Slovak; production as a dash range of three; filming answered 'nie'",
        "style": Style.SLOVAK,
        "from": "Zuzana Kováčová <kovacova@tap-podunajsko.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
        "body": (
            "Dobrý deň,\n\n"
            "v mene našej agentúry posielam vyplnené údaje podľa Vášho formulára:\n\n"
            "Názov organizácie: Tlačová agentúra Podunajsko, a. s.\n"
            "IČO: 36 118 524\n"
            "Sídlo: Štúrova 15, 945 01 Komárno, Slovenská republika\n"
            "Kontaktná osoba: Mgr. Zuzana Kováčová\n"
            "E-mail: kovacova@tap-podunajsko.example\n"
            "Telefón: +421 905 123 456\n"
            "IP adresy pre ostrú prevádzku: 203.0.113.60 – 203.0.113.62\n"
            "Testovacie IP adresy: 203.0.113.70\n"
            "Prístup k výsledkom vo formáte XML: áno\n"
            "Povolenie na záznam na preberacom mieste: nie\n\n"
            "Ďakujem a prajem pekný deň,\n"
            "Zuzana Kováčová\n"
        ),
        "labels": L(
            FEED,
            "Tlačová agentúra Podunajsko, a. s.",
            "36118524",
            None,
            ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
            ["203.0.113.70"],
            "Zuzana Kováčová",
            "kovacova@tap-podunajsko.example",
            "+421905123456",
        ),
    },
    {
        "id": "m011-english-foreign-ipv6",
        "description": "Norwegian broadcaster without an IČO fills the form fields in English; IPv6 and IPv4 production, IPv6 test",
        "style": Style.ENGLISH,
        "from": "Ingrid Solberg <ingrid.solberg@nordlys.example>",
        "subject": "Application - election results XML feed (Nordlys Media)",
        "body": (
            "Hello,\n\n"
            "We are covering the Czech elections from Oslo and would like access to the\n"
            "XML results server. I have copied the fields of your form below; we are a\n"
            "Norwegian company, so there is no Czech company number.\n\n"
            "Applicant: Nordlys Media AS\n"
            "Registered office: Akersgata 21, 0158 Oslo, Norway\n"
            "Contact person: Ingrid Solberg\n"
            "E-mail: ingrid.solberg@nordlys.example\n"
            "Phone: +47 912 34 567\n"
            "Production IP addresses: 2001:db8:77::20, 2001:db8:77::21, 198.51.100.200\n"
            "Test IP addresses: 2001:db8:77::ff\n"
            "Filming at a collection point: not requested\n\n"
            "Kind regards,\n"
            "Ingrid Solberg\n"
            "Foreign desk, Nordlys Media\n"
        ),
        "labels": L(
            FEED,
            "Nordlys Media AS",
            None,
            None,
            ["2001:db8:77::20", "2001:db8:77::21", "198.51.100.200"],
            ["2001:db8:77::ff"],
            "Ingrid Solberg",
            "ingrid.solberg@nordlys.example",
            "+4791234567",
        ),
    },
    {
        "id": "m012-no-diacritics-range-and-slash31",
        "description": "form lines typed without diacritics; production a short dash range, test a /31",
        "style": Style.NO_DIACRITICS,
        "from": "Jiri Hruska <hruska@pisecky-obcasnik.example>",
        "subject": "formular CSU - Pisecky obcasnik",
        "charset": "us-ascii",
        "cte": "7bit",
        "body": (
            "Dobry den,\n"
            "posilam vyplneny formular, omlouvam se za chybejici hacky, pisu z terminalu.\n\n"
            "Nazev: Pisecky obcasnik s.r.o.\n"
            "IC: 25567811\n"
            "Kontakt: Jiri Hruska\n"
            "Email: hruska@pisecky-obcasnik.example\n"
            "Tel: 382215900\n"
            "IP ostry provoz: 203.0.113.20-22\n"
            "IP testovaci: 203.0.113.30/31\n"
            "Zadame o: pristup k vysledkum v XML\n\n"
            "Hruska\n"
        ),
        "labels": L(
            FEED,
            "Pisecky obcasnik s.r.o.",
            "25567811",
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            ["203.0.113.30", "203.0.113.31"],
            "Jiri Hruska",
            "hruska@pisecky-obcasnik.example",
            "+420382215900",
        ),
    },
    {
        "id": "m013-docx-form-amended-in-mail",
        "description": "DOCX form lists two production addresses; the cover mail corrects the second one and keeps the test address",
        "style": Style.FORM_AMENDED,
        "from": "Klára Benešová <benesova@tvpolabi.example>",
        "subject": "RE: žádost TV Polabí – oprava adresy",
        "body": (
            "Dobrý den,\n\n"
            "v přiloženém formuláři jsem udělala chybu: druhá adresa pro ostrý provoz\n"
            "není 192.0.2.121, správně má být 192.0.2.124. První adresa i testovací\n"
            "adresa platí tak, jak jsou ve formuláři.\n\n"
            "Děkuji za pochopení,\n"
            "Klára Benešová\n"
            "TV Polabí\n"
        ),
        "attachments": [
            (
                "docx",
                "TV_Polabi_zadost.docx",
                {
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB VE FORMÁTU XML",
                        {
                            "rows": [
                                ["Žadatel", "TV Polabí s.r.o."],
                                ["IČO", "26485206"],
                                ["Kontaktní osoba", "Klára Benešová"],
                                ["E-mail", "benesova@tvpolabi.example"],
                                ["Telefon", "608 123 950"],
                                ["IP adresy – ostrý provoz", "192.0.2.120\n192.0.2.121"],
                                ["IP adresy – test", "192.0.2.130"],
                            ]
                        },
                        "Nymburk, 13. 11.          Klára Benešová",
                    ],
                    "footer": "TV Polabí s.r.o., Palackého 3, 288 02 Nymburk",
                },
            )
        ],
        "labels": L(
            FEED,
            "TV Polabí s.r.o.",
            "26485206",
            None,
            ["192.0.2.120", "192.0.2.124"],
            ["192.0.2.130"],
            "Klára Benešová",
            "benesova@tvpolabi.example",
            "+420608123950",
        ),
    },
    {
        "id": "m014-pdf-form-partial",
        "description": "PDF form with the test addresses, data box and phone boxes left empty; filming box unticked",
        "style": Style.FORM_PARTIAL,
        "from": "Libor Kratochvíl <kratochvil@regiony-press.example>",
        "subject": "Žádost – Agentura Regiony Press",
        "body": "Dobrý den, zasílám žádost v PDF. Libor Kratochvíl\n",
        "attachments": [
            (
                "pdf",
                "zadost_regiony_press.pdf",
                [
                    "<b>Žádost médií o zpřístupnění výsledků voleb</b>",
                    {
                        "rows": [
                            ["Název žadatele", "Agentura Regiony Press, s.r.o."],
                            ["IČO", "08683905"],
                            ["ID datové schránky", ""],
                            ["Kontaktní osoba", "Libor Kratochvíl"],
                            ["E-mail", "kratochvil@regiony-press.example"],
                            ["Telefon", ""],
                            ["IP adresy pro ostrý provoz (max. 5)", "198.18.20.5"],
                            ["Testovací IP adresy (max. 5)", ""],
                        ],
                        "widths": [180, 260],
                    },
                    "[X] přístup k výsledkům ve formátu XML",
                    "[ ] povolení pořizovat záznam na přebíracím místě",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Agentura Regiony Press, s.r.o.",
            "08683905",
            None,
            ["198.18.20.5"],
            [],
            "Libor Kratochvíl",
            "kratochvil@regiony-press.example",
            None,
        ),
    },
]
