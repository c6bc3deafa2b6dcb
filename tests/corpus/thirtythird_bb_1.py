"""Thirty-third held-out part ``bb``, cases bb001–bb014: a PDF letter with an empty mail body, a
DOCX form with box characters, data messages with the application in the annotation, in a DOCX
ANO/NE form, in both, in an ODT letter and in an XLSX with a merged role cell, an XLSX with row
headers, a forwarded .eml whose cover changes the test address, an RTF letter from Slovakia, an
ODT form in bracket notation, a TXT form from a phone and a cover note that drops an address of
the PDF. Written by hand apart from the extraction rules (see make_thirtythird_bb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtythird_bb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2874031"), ico("0619442"), ico("2517806"), ico("4706193")
I5, I6, I7, I8 = ico("2630158"), ico("0793624"), ico("3591027"), ico("0018574")
I10, I11, I12, I13, I14 = (
    ico("2748835"),
    ico("7420196"),
    ico("2915370"),
    ico("0567281"),
    ico("2466913"),
)
OR_OTHER = ico("1947230")  # the printing house's IČO in bb013's footer, not the applicant

CASES: list[dict[str, Any]] = [
    {
        "id": "bb001-empty-body-pdf-role-column",
        "description": "mail with an empty body; the PDF letter has a table whose first column "
        "names the role (produkce/záloha/test), a ticket number and a port nearby",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Zpravodajství Haná, s.r.o.",
            I1,
            None,
            ["198.51.100.132", "198.51.100.133"],
            ["198.51.100.140"],
            "Radek Šimeček",
            "simecek@zpravyhana.example",
            "+420585311907",
        ),
        "from": "Radek Šimeček <simecek@zpravyhana.example>",
        "subject": "Žádost - XML výsledky voleb",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "pdf",
                "Zadost_CSU_XML_Hana.pdf",
                [
                    "Zpravodajství Haná, s.r.o.\nHorní náměstí 583/14, 779 00 Olomouc\n"
                    f"IČO: {I1}, DIČ: CZ{I1}",
                    "Český statistický úřad\nodbor zpracování výsledků voleb\nNa padesátém 81\n"
                    "100 82 Praha 10",
                    "V Olomouci dne 11. září 2025",
                    "<b>Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML</b>",
                    "Vážení, žádáme o zřízení přístupu k serveru, na kterém budou zveřejňovány "
                    "průběžné výsledky voleb do Poslanecké sněmovny. Data budeme stahovat na port "
                    "443 z těchto adres:",
                    {
                        "rows": [
                            ["Role", "IP adresa", "Umístění"],
                            ["produkce", "198.51.100.132", "serverovna Olomouc, rack 4"],
                            ["záloha", "198.51.100.133", "serverovna Olomouc, rack 7"],
                            ["test", "198.51.100.140", "vývojové prostředí"],
                        ],
                        "widths": [90, 120, 200],
                    },
                    "Kontaktní osoba: Radek Šimeček, vedoucí IT, tel. 585 311 907, "
                    "simecek@zpravyhana.example (naše interní číslo požadavku HD-2025-0917).",
                    "S pozdravem\n\nIng. Eva Tichá\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "bb002-docx-form-box-characters",
        "description": "DOCX form with ☒/☐ boxes: feed ticked, recording unticked; the contact "
        "in the form is not the sender who forwards it",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I2,
            None,
            ["203.0.113.17"],
            ["203.0.113.18"],
            "Petra Vondráčková",
            "vondrackova@podbrdsko.example",
            "+420731550284",
        ),
        "from": "Sekretariát Podbrdsko <sekretariat@podbrdsko.example>",
        "subject": "vyplněný formulář - přístup k výsledkům",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme vyplněný formulář. Kdyby něco chybělo, ozvěte se "
            "prosím paní Vondráčkové, která to má na starost.\n\nDěkujeme\n"
            "sekretariát redakce\nTýdeník Podbrdsko\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_pristup_volby.docx",
                {
                    "header": "Týdeník Podbrdsko s.r.o. • Pražská 1120, 261 01 Příbram",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI – VOLBY 2025",
                        "Žádáme o (zaškrtněte):",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☐ povolení k pořizování záznamu (natáčení) na sběrném místě",
                        {
                            "rows": [
                                ["Žadatel", "Týdeník Podbrdsko s.r.o."],
                                ["IČO", I2],
                                ["Produkční IP", "203.0.113.17"],
                                ["Testovací IP", "203.0.113.18"],
                                ["Kontaktní osoba", "Petra Vondráčková"],
                                ["E-mail", "vondrackova@podbrdsko.example"],
                                ["Telefon", "+420 731 550 284"],
                            ]
                        },
                        "Datum: 9. 9. 2025          Podpis: P. Vondráčková",
                    ],
                },
            )
        ],
    },
    {
        "id": "bb003-databox-annotation-only",
        "description": "data message with the whole application in the annotation; the file is "
        "only an extract from the commercial register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Východočeská média a.s.",
            I3,
            "w8f3kqa",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Tomáš Kubíček",
            "kubicek@vcmedia.example",
            "+420602447180",
        ),
        "subject": (
            f"Žádost o přístup k XML výsledkům voleb; IČO {I3}; produkce 192.0.2.90, test "
            "192.0.2.91; kontakt Tomáš Kubíček, kubicek@vcmedia.example, 602 447 180"
        ),
        "databox": {
            "box": "w8f3kqa",
            "sender": "Východočeská média a.s.",
            "address": "Pernštýnská 42, 530 02 Pardubice",
        },
        "attachments": [
            (
                "txt",
                "vypis_OR.txt",
                "Výpis z obchodního rejstříku\n"
                "vedeného Krajským soudem v Hradci Králové, oddíl B, vložka 3318\n\n"
                "Datum vzniku a zápisu: 4. dubna 2007\n"
                "Obchodní firma: Východočeská média a.s.\n"
                "Sídlo: Pernštýnská 42, 530 02 Pardubice\n"
                f"Identifikační číslo: {I3[:3]} {I3[3:5]} {I3[5:]}\n"
                "Právní forma: Akciová společnost\n"
                "Předmět podnikání: vydavatelské činnosti, polygrafická výroba\n"
                "Statutární orgán - představenstvo: Ing. Dušan Hronek, předseda\n"
                "Základní kapitál: 2 000 000 Kč\n",
            )
        ],
    },
    {
        "id": "bb004-xlsx-row-headers",
        "description": "two-line Gmail cover; the XLSX has the roles as row headers and the "
        "addresses across columns (IP 1, IP 2, IP 3), an empty cell in the test row",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Krkonošský kurýr, z.s.",
            I4,
            None,
            ["203.0.113.70", "203.0.113.71", "203.0.113.72"],
            ["203.0.113.99"],
            "Lenka Hurdálková",
            "lenka.hurdalkova@krkonosskykuryr.example",
            "+420608913442",
        ),
        "from": "Lenka Hurdálková <lenka.hurdalkova@krkonosskykuryr.example>",
        "subject": "IP adresy pro volby",
        "headers": GMAIL,
        "body": (
            "Dobrý den, posílám tabulku s adresami pro přístup k XML výsledkům, ostatní "
            "údaje jsou na druhém listu.\nLenka Hurdálková\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["", "IP 1", "IP 2", "IP 3"],
                            ["Produkce", "203.0.113.70", "203.0.113.71", "203.0.113.72"],
                            ["Test", "203.0.113.99", "", ""],
                        ],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Organizace", "Krkonošský kurýr, z.s."],
                            ["IČO", I4],
                            ["Kontakt", "Lenka Hurdálková"],
                            ["Mobil", "608 913 442"],
                            ["E-mail", "lenka.hurdalkova@krkonosskykuryr.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bb005-databox-docx-ano-ne",
        "description": "data message with a bare annotation; the DOCX form has ANO/NE columns "
        "(XML ANO, natáčení NE) and the office's box printed as the addressee",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "RADIO ZLÍN spol. s r.o.",
            I5,
            "c2nz7rp",
            ["198.51.100.201"],
            [],
            "Jaroslav Mikeska",
            "mikeska@radiozlin.example",
            "+420577019332",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "c2nz7rp",
            "sender": "RADIO ZLÍN spol. s r.o.",
            "address": "třída Tomáše Bati 5332, 760 01 Zlín",
        },
        "attachments": [
            (
                "docx",
                "zadost_volby_RZ.docx",
                {
                    "blocks": [
                        "Adresát: Český statistický úřad, datová schránka 2gfaasy",
                        "ŽÁDOST MÉDIA O SLUŽBY PŘI VOLBÁCH",
                        {
                            "rows": [
                                ["Požadovaná služba", "ANO", "NE"],
                                ["Přístup k výsledkům voleb (XML)", "X", ""],
                                ["Pořizování záznamu na sběrném místě", "", "X"],
                            ]
                        },
                        {
                            "rows": [
                                ["Název žadatele", "RADIO ZLÍN spol. s r.o."],
                                ["IČO", I5],
                                ["IP adresa produkční", "198.51.100.201"],
                                ["IP adresa testovací", "nepožadujeme"],
                                ["Kontaktní osoba", "Jaroslav Mikeska, technik"],
                                ["Telefon / e-mail", "577 019 332 / mikeska@radiozlin.example"],
                            ]
                        },
                        "Ve Zlíně 15. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "bb006-forward-eml-cover-changes-test",
        "description": "IT contractor forwards the editor's application as an attached .eml and "
        "says the test address in it has changed; contact stays the editor",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Slovácké noviny s.r.o.",
            I6,
            None,
            ["192.0.2.150"],
            ["192.0.2.166"],
            "Markéta Zapletalová",
            "zapletalova@slovackenoviny.example",
            "+420739204615",
        ),
        "from": "Ondřej Bábek <babek@netspravce.example>",
        "subject": "Fwd: Žádost o přístup k XML - Slovácké noviny",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "spravujeme servery pro Slovácké noviny a přeposílám jejich žádost z minulého "
            "týdne (v příloze). Jedna změna: testovací stroj 192.0.2.151 jsme mezitím zrušili, "
            "testovat se bude z 192.0.2.166. Produkční adresa platí, jak je v žádosti.\n\n"
            "Ondřej Bábek\nNetSprávce – správa sítí, Uherské Hradiště\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_Slovacke_noviny.eml",
                {
                    "id": "bb006-inner",
                    "from": "Markéta Zapletalová <zapletalova@slovackenoviny.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o přístup k XML - Slovácké noviny",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den,\n\nSlovácké noviny s.r.o. (IČO "
                        f"{I6}) žádají o přístup k výsledkům voleb ve formátu XML.\n\n"
                        "produkční IP: 192.0.2.150\ntestovací IP: 192.0.2.151\n\n"
                        "Kontakt: Markéta Zapletalová, šéfredaktorka, 739 204 615\n\n"
                        "S pozdravem\nMarkéta Zapletalová\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "bb007-slovak-rtf-letter-both",
        "description": "Slovak cover mail in iso-8859-2; the RTF letter asks for the feed and "
        "for filming, the IČO written as 'IČO: 36 ...' with spaces, a Slovak mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Záhorie, s. r. o.",
            I7,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Ľubomír Kráľ",
            "kral@tvzahorie.example",
            "+421905318662",
        ),
        "from": "Ľubomír Kráľ <kral@tvzahorie.example>",
        "subject": "Žiadosť - voľby v ČR, XML a nakrúcanie",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\nv prílohe posielam žiadosť našej televízie. Ďakujem za spracovanie.\n\n"
            "S pozdravom\nĽubomír Kráľ\n"
        ),
        "attachments": [
            (
                "rtf",
                "ziadost_CSU.rtf",
                [
                    "TV Záhorie, s. r. o., Námestie slobody 9, 901 01 Malacky, Slovenská republika",
                    f"IČO: {I7[:2]} {I7[2:5]} {I7[5:]}",
                    "Vec: Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
                    "Naša televízia pripravuje večerné spravodajstvo o voľbách v Českej republike. "
                    "Žiadame o prístup k výsledkom vo formáte XML a zároveň o povolenie nakrúcať "
                    "na zbernom mieste v Brne (štáb: 2 osoby, kamera).",
                    [
                        ["Typ", "IP adresa"],
                        ["produkčná", "203.0.113.120"],
                        ["testovacia", "203.0.113.121"],
                    ],
                    "Kontaktná osoba: Ľubomír Kráľ, +421 905 318 662, kral@tvzahorie.example",
                    "Mgr. Ľubomír Kráľ\nvedúci spravodajstva",
                ],
            )
        ],
    },
    {
        "id": "bb008-databox-annotation-and-pdf-both",
        "description": "data message: the annotation names both requests, the PDF gives the "
        "details; the letter prints the office's data box and IČO as addressee",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Jihomoravská televize a.s.",
            I8,
            "mq4t9xe",
            ["198.51.100.44", "198.51.100.45"],
            ["198.51.100.46"],
            "Simona Koudelková",
            "koudelkova@jmtv.example",
            "+420541220987",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb a o povolení natáčení na sběrném místě",
        "databox": {
            "box": "mq4t9xe",
            "sender": "Jihomoravská televize a.s.",
            "address": "Kounicova 688/26, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "JMTV_zadost_volby.pdf",
                [
                    "Jihomoravská televize a.s. | Kounicova 688/26, 602 00 Brno | "
                    f"IČO {I8} | ID DS mq4t9xe",
                    "Adresát: Český statistický úřad, IČO 00025593, ID DS 2gfaasy",
                    "Věc: Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení",
                    "1) Přístup k výsledkům ve formátu XML – IP adresy:",
                    {
                        "rows": [
                            ["produkční (primární)", "198.51.100.44"],
                            ["produkční (sekundární)", "198.51.100.45"],
                            ["testovací", "198.51.100.46"],
                        ],
                        "widths": [180, 160],
                    },
                    "2) Natáčení: štáb ve složení redaktor, kameraman a zvukař na sběrném místě "
                    "Brno-město ve volební noc.",
                    "Kontaktní osoba pro obě žádosti: Simona Koudelková, produkce zpravodajství, "
                    "tel. +420 541 220 987, koudelkova@jmtv.example",
                    "Mgr. Pavel Doležal\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "bb009-odt-brackets-film-only-freelancer",
        "description": "freelance photographer without an IČO; ODT form in bracket notation "
        "[x] recording, [ ] feed; IP fields left as dashes",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Vojtěch Charvát",
            None,
            None,
            [],
            [],
            "Vojtěch Charvát",
            "charvat.foto@posta.example",
            "+420776502318",
        ),
        "from": "Vojtěch Charvát <charvat.foto@posta.example>",
        "subject": "formular - foceni ve volebni noc",
        "headers": SEZNAM,
        "body": (
            "Dobry den,\nposilam vyplneny formular, jsem fotograf na volne noze, fotim pro "
            "nekolik regionalnich webu.\nDiky, Charvat\n"
        ),
        "attachments": [
            (
                "odt",
                "formular_Charvat.odt",
                [
                    "Žádost o služby ČSÚ při volbách",
                    "[ ] přístup k výsledkům voleb ve formátu XML",
                    "[x] povolení pořizovat záznam (foto/video) na sběrném místě",
                    [
                        ["Žadatel", "Vojtěch Charvát (fotograf, OSVČ bez IČO)"],
                        ["Produkční IP", "–"],
                        ["Testovací IP", "–"],
                        ["Kontakt", "Vojtěch Charvát, 776 502 318"],
                        ["E-mail", "charvat.foto@posta.example"],
                    ],
                    "Místo: sběrné místo Hradec Králové, volební noc od 21 h.",
                ],
            )
        ],
    },
    {
        "id": "bb010-iphone-txt-ipv6",
        "description": "one line from an iPhone; the TXT form gives an IPv6 production address, "
        "an IPv4 test address and a software version that looks like an address",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Datový deník s.r.o.",
            I10,
            None,
            ["2001:db8:4c::10"],
            ["192.0.2.37"],
            "Filip Řezníček",
            "reznicek@datovydenik.example",
            "+420720688143",
        ),
        "from": "Filip Řezníček <reznicek@datovydenik.example>",
        "subject": "Zadost XML",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "Dobrý den, žádost v příloze. Díky F.\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "ZADOST O PRISTUP K VYSLEDKUM VOLEB (XML)\n"
                "=========================================\n"
                "zadatel:        Datový deník s.r.o.\n"
                f"ico:            {I10}\n"
                "produkce:       2001:db8:4c:0:0:0:0:10\n"
                "test:           192.0.2.37\n"
                "klient:         parser vysledku v. 3.12.0.4 (interni)\n"
                "kontakt:        Filip Řezníček\n"
                "email:          reznicek@datovydenik.example\n"
                "tel:            720-688-143\n",
            )
        ],
    },
    {
        "id": "bb011-databox-pfo-odt-letter",
        "description": "data message from a self-employed person's box; the ODT letter gives "
        "'IČ: 123 45 678' in the letterhead and the trade name with the person's name",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ivana Mlynářová – Regionální zpravodaj Kroměřížsko",
            I11,
            "u5hb2mc",
            ["203.0.113.210"],
            [],
            "Ivana Mlynářová",
            "mlynarova@zpravodajkm.example",
            "+420604771295",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – viz příloha",
        "databox": {
            "box": "u5hb2mc",
            "sender": "Ivana Mlynářová",
            "address": "Velehradská 17, 767 01 Kroměříž",
            "type": 30,
        },
        "attachments": [
            (
                "odt",
                "zadost_Mlynarova.odt",
                [
                    "Ivana Mlynářová – Regionální zpravodaj Kroměřížsko",
                    f"Velehradská 17, 767 01 Kroměříž, IČ: {I11[:3]} {I11[3:5]} {I11[5:]}",
                    "Věc: žádost o přístup k volebním výsledkům ve formátu XML",
                    "Provozuji zpravodajský web o Kroměřížsku a ráda bych ve volební noc "
                    "zobrazovala výsledky přímo z vašeho XML. Web běží na serveru s adresou "
                    "203.0.113.210, odjinud stahovat nebudu a zvláštní testovací stroj nemám.",
                    "Kontakt: mlynarova@zpravodajkm.example, mobil 604 771 295",
                    "Ivana Mlynářová",
                ],
            )
        ],
    },
    {
        "id": "bb012-html-cover-drops-pdf-address",
        "description": "HTML cover says one production address in the PDF's wrapped table is "
        "no longer used; the PDF cells wrap onto several lines",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Pražský deník online a.s.",
            I12,
            None,
            ["198.51.100.12", "198.51.100.14"],
            ["198.51.100.20"],
            "Michal Dvořák",
            "dvorak@pdonline.example",
            "+420725016433",
        ),
        "from": "Michal Dvořák <dvorak@pdonline.example>",
        "subject": "Žádost o přístup – výsledky voleb XML",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Dobrý den,</p><p>posílám naši žádost v PDF. Formulář jsme "
            "připravili ještě v srpnu, od té doby jsme ale vypnuli server "
            "<b>198.51.100.13</b> – ten už prosím nezadávejte, zbylé adresy v tabulce "
            "platí.</p><p>Děkuji<br>Michal Dvořák<br>IT provoz, Pražský deník online<br>"
            "+420 725 016 433</p></body></html>"
        ),
        "attachments": [
            (
                "pdf",
                "PDO_zadost_srpen.pdf",
                [
                    f"Pražský deník online a.s., IČO {I12}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Účel adresy", "IP adresa", "Poznámka"],
                            [
                                "produkční server – hlavní redakční systém",
                                "198.51.100.12",
                                "stahuje každých 20 sekund",
                            ],
                            [
                                "produkční server – druhý uzel clusteru",
                                "198.51.100.13",
                                "stejná konfigurace jako hlavní",
                            ],
                            [
                                "produkční server – záložní lokalita",
                                "198.51.100.14",
                                "aktivní jen při výpadku",
                            ],
                            [
                                "testovací prostředí",
                                "198.51.100.20",
                                "pouze před volbami",
                            ],
                        ],
                        "widths": [110, 95, 95],
                    },
                    "Kontaktní osoba: Michal Dvořák, dvorak@pdonline.example, +420 725 016 433",
                ],
            )
        ],
    },
    {
        "id": "bb013-docx-header-ico-box-empty-body",
        "description": "Apple Mail with an empty body; the DOCX header carries IČO and data-box "
        "ID, the footer a bank account and the printer's IČO; nested table of addresses",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Vydavatelství Šumava spol. s r.o.",
            I13,
            "g6r4dwn",
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Hana Štěpánková",
            "stepankova@vsumava.example",
            "+420388442719",
        ),
        "from": "Hana Štěpánková <stepankova@vsumava.example>",
        "subject": "Žádost XML volby",
        "headers": APPLE,
        "body": "",
        "attachments": [
            (
                "docx",
                "Zadost_Sumava.docx",
                {
                    "header": f"Vydavatelství Šumava spol. s r.o. | IČO {I13} | "
                    "ID datové schránky: g6r4dwn",
                    "footer": "Bankovní spojení: 2400718332/2010 | tisk: Tiskárna Vimperk "
                    f"a.s., IČO {OR_OTHER}",
                    "blocks": [
                        "Český statistický úřad",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Titul", "Šumavské listy (týdeník) a sumavskelisty.example"],
                                ["IP adresy", ""],
                                ["Kontakt", "Hana Štěpánková, tel. 388 442 719"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "192.0.2.60"],
                                        ["produkční", "192.0.2.61"],
                                        ["testovací", "192.0.2.62"],
                                    ]
                                }
                            },
                        },
                        "E-mail kontaktní osoby: stepankova@vsumava.example",
                        "Ve Vimperku 12. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "bb014-databox-xlsx-merged-role",
        "description": "data message; XLSX whose merged cell 'Produkční' spans two address rows, "
        "a second sheet with the contact, annotation only a reference number",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Městská televize Vyškov, příspěvková organizace",
            I14,
            "z3pa8kv",
            ["203.0.113.33", "203.0.113.34"],
            ["203.0.113.35"],
            "Lukáš Pospíšil",
            "pospisil@mtvyskov.example",
            "+420517330864",
        ),
        "subject": "MTV/0412/2025 - přístup k volebním výsledkům",
        "databox": {
            "box": "z3pa8kv",
            "sender": "Městská televize Vyškov, příspěvková organizace",
            "address": "Masarykovo nám. 2, 682 01 Vyškov",
            "type": 10,
            "ref": "MTV/0412/2025",
        },
        "attachments": [
            (
                "xlsx",
                "MTV_volby_IP.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Typ", "IP adresa", "Poznámka"],
                            ["Produkční", "203.0.113.33", "vysílací pracoviště"],
                            [None, "203.0.113.34", "záložní linka"],
                            ["Testovací", "203.0.113.35", ""],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Městská televize Vyškov, příspěvková organizace"],
                            ["IČO", I14],
                            ["Kontaktní osoba", "Lukáš Pospíšil"],
                            ["Telefon", "517 330 864"],
                            ["E-mail", "pospisil@mtvyskov.example"],
                        ],
                    },
                ],
            )
        ],
    },
]
