"""Fourth-round held-out cases g001–g014: letters and forms as PDF, DOCX, XLSX, ODT and RTF
attachments, data-box messages, a cover e-mail that corrects its attachment and a forward.

Written by hand apart from the extraction rules (issue 18); labels follow LABELS.md."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.corpus.blind_a_common import BOTH, FEED, REC, L, Style

G001: dict[str, Any] = {
    "id": "g001-pdf-dopis-tabulka-uceli",
    "description": "two-line cover mail, the application is a PDF letter with a purpose/address "
    "table; direct line before the switchboard in the footer",
    "style": Style.ATTACHMENT,
    "from": "Marta Kroupová <kroupova@vysocinapress.example>",
    "subject": "Žádost o přístup k volebnímu serveru",
    "body": "Dobrý den,\n\nv příloze zasíláme žádost naší redakce.\n\nS pozdravem\n"
    "Marta Kroupová\n",
    "attachments": [
        (
            "pdf",
            "zadost_volby_VP.pdf",
            [
                "<b>Vysočina Press, s.r.o.</b> – vydavatel deníku Jihlavské listy\n"
                "Masarykovo náměstí 41, 586 01 Jihlava, IČO: 27418537",
                "Český statistický úřad\nodbor informatiky\nNa padesátém 81, Praha 10",
                "V Jihlavě dne 19. září 2022",
                "<b>Věc: žádost o zpřístupnění XML výstupů výsledků voleb</b>",
                "Vážení, pro zpravodajství z komunálních voleb a prvního kola senátních voleb "
                "bychom rádi odebírali průběžné výsledky ze serveru určeného pro sdělovací "
                "prostředky. Naše servery budou k výsledkům přistupovat z těchto adres:",
                {
                    "rows": [
                        ["Účel", "IP adresa"],
                        ["produkční server (primární)", "198.51.100.34"],
                        ["produkční server (záložní)", "198.51.100.35"],
                        ["testovací prostředí", "203.0.113.90"],
                    ],
                    "widths": [220, 160],
                },
                "Kontaktní osobou pro technické záležitosti je Ing. Marta Kroupová, "
                "vedoucí IT, e-mail kroupova@vysocinapress.example, přímá linka 567 210 415.",
                "S pozdravem\n\nMgr. Aleš Novotný\njednatel",
                "Vysočina Press, s.r.o. | ústředna 567 210 400 | www.vysocinapress.example",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Vysočina Press, s.r.o.",
        "27418537",
        None,
        ["198.51.100.34", "198.51.100.35"],
        ["203.0.113.90"],
        "Marta Kroupová",
        "kroupova@vysocinapress.example",
        "+420567210415",
    ),
}

G002: dict[str, Any] = {
    "id": "g002-docx-formular-zaskrtavatka",
    "description": "DOCX form: ☒ feed / ☐ filming, spaced IČO, IPs in a table with role columns, "
    "form e-mail differs from the private sender address",
    "style": Style.FORM,
    "from": "Ondřej Vaníček <ondra.vanicek@gmail.example>",
    "subject": "registrace - Rádio Podlipí",
    "body": "Dobrý den,\nposílám vyplněný formulář za naše rádio. Píšu z osobní adresy, "
    "pracovní mi zrovna zlobí, odpovídejte prosím na tu ve formuláři.\n\nOndřej Vaníček\n",
    "html": '<div dir="ltr">Dobrý den,<br>posílám vyplněný formulář za naše rádio. Píšu z '
    "osobní adresy, pracovní mi zrovna zlobí, odpovídejte prosím na tu ve formuláři.<br><br>"
    "Ondřej Vaníček</div>",
    "attachments": [
        (
            "docx",
            "Formular_registrace_media.docx",
            {
                "header": "Rádio Podlipí – technické oddělení",
                "footer": "Formulář RP-07/2022, strana 1/1",
                "blocks": [
                    "ŽÁDOST O REGISTRACI SDĚLOVACÍHO PROSTŘEDKU – VOLBY 2022",
                    {
                        "rows": [
                            ["Žadatel (název, právní forma)", "Rádio Podlipí, spol. s r.o."],
                            ["IČO", "047 81 121"],
                            [
                                "Předmět žádosti",
                                "☒ přístup k XML výstupu výsledků voleb\n"
                                "☐ povolení pořizovat záznam na přebíracím místě",
                            ],
                        ]
                    },
                    "IP adresy serverů, ze kterých budete přistupovat:",
                    {
                        "rows": [
                            ["", "Ostrý provoz", "Test"],
                            ["1.", "192.0.2.18", "192.0.2.200"],
                            ["2.", "192.0.2.19", ""],
                            ["3.", "", ""],
                        ]
                    },
                    {
                        "rows": [
                            ["Kontaktní osoba", "Bc. Ondřej Vaníček"],
                            ["E-mail", "vanicek@radiopodlipi.example"],
                            ["Telefon", "+420 608 551 930"],
                        ]
                    },
                    "Datum: 21. 9. 2022",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Rádio Podlipí, spol. s r.o.",
        "04781121",
        None,
        ["192.0.2.18", "192.0.2.19"],
        ["192.0.2.200"],
        "Ondřej Vaníček",
        "vanicek@radiopodlipi.example",
        "+420608551930",
    ),
}

G003: dict[str, Any] = {
    "id": "g003-ds-anotace-zadost",
    "description": "data message: the whole request in the annotation, the attached note only "
    "adds IČO and e-mail",
    "style": Style.DATABOX,
    "databox": {"box": "k7mfa2x", "sender": "NOVÝ HLAS Kroměříž s.r.o.", "address": "Kroměříž"},
    "subject": "Žádost o přístup k XML výsledků voleb – IP 203.0.113.145 (ostrý), "
    "test 203.0.113.146, kontakt P. Šebela 604 332 118",
    "attachments": [
        (
            "txt",
            "pruvodni_text.txt",
            "Dobrý den,\n\nžádost je uvedena v anotaci této zprávy. Doplňuji údaje:\n"
            "NOVÝ HLAS Kroměříž s.r.o., IČO 26193744\n"
            "e-mail pro komunikaci: sebela@novyhlas.example\n\n"
            "Petr Šebela\nšéfredaktor\n",
        )
    ],
    "labels": L(
        FEED,
        "NOVÝ HLAS Kroměříž s.r.o.",
        "26193744",
        "k7mfa2x",
        ["203.0.113.145"],
        ["203.0.113.146"],
        "Petr Šebela",
        "sebela@novyhlas.example",
        "+420604332118",
    ),
}

G004: dict[str, Any] = {
    "id": "g004-xlsx-dva-listy-sloucena-bunka",
    "description": "XLSX with two sheets: applicant details on one, addresses on the other with "
    "a merged 'Produkce' cell spanning two rows",
    "style": Style.ATTACHMENT,
    "from": "Bouška Radek <bouska@tvkrkonose.example>",
    "subject": "TV Krkonoše - žádost o přístup k datům ČSÚ (volby)",
    "body": "Dobrý den,\r\n\r\nv příloze posílám vyplněnou tabulku pro přístup k výsledkovému "
    "serveru. Na druhém listu jsou IP adresy.\r\n\r\nDěkuji\r\nRadek Bouška\r\nTV Krkonoše\r\n",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "charset": "windows-1250",
    "attachments": [
        (
            "xlsx",
            "TVK_volby2022.xlsx",
            [
                {
                    "title": "Žádost",
                    "rows": [
                        ["Žádost o připojení k výsledkovému serveru ČSÚ"],
                        ["Organizace", "TV Krkonoše s.r.o."],
                        ["IČO", "45270881"],
                        ["Sídlo", "Horská 188, 543 01 Vrchlabí"],
                        ["Kontaktní osoba", "Radek Bouška"],
                        ["e-mail", "bouska@tvkrkonose.example"],
                        ["tel.", "499 871 302"],
                    ],
                },
                {
                    "title": "IP adresy",
                    "rows": [
                        ["Prostředí", "Adresa", "Poznámka"],
                        ["Produkce", "198.18.4.10", "hlavní encoder"],
                        ["", "198.18.4.11", "záloha"],
                        ["Test", "198.18.5.1", "jen do 30. 9."],
                    ],
                    "merge": ["A2:A3"],
                },
            ],
        )
    ],
    "labels": L(
        FEED,
        "TV Krkonoše s.r.o.",
        "45270881",
        None,
        ["198.18.4.10", "198.18.4.11"],
        ["198.18.5.1"],
        "Radek Bouška",
        "bouska@tvkrkonose.example",
        "+420499871302",
    ),
}

G005: dict[str, Any] = {
    "id": "g005-odt-slovensky-rozsah",
    "description": "Slovak ODT letter from a Bratislava radio without IČO: feed access for a "
    "written address range plus filming at a collection point",
    "style": Style.SLOVAK,
    "from": "Zuzana Hrušovská <hrusovska@radiotatry.example>",
    "subject": "Žiadosť – prístup k výsledkom volieb a natáčanie",
    "body": "Dobrý deň,\n\nv prílohe posielam našu žiadosť vo formáte ODT.\n\nĎakujem a "
    "pozdravujem\nZuzana Hrušovská\n",
    "attachments": [
        (
            "odt",
            "ziadost_RadioTatry.odt",
            [
                "Rádio Tatry Media, s. r. o.",
                "Mlynské nivy 7, 821 09 Bratislava, Slovenská republika",
                "Vec: Žiadosť o prístup k XML výsledkom volieb a o povolenie natáčania",
                "Vážené dámy, vážení páni,",
                "naša spravodajská redakcia bude vysielať špeciálne spravodajstvo o voľbách v "
                "Českej republike. Žiadame preto o pridelenie prístupu k serveru s výsledkami "
                "vo formáte XML. Prístup bude z produkčných adries 203.0.113.200 – 203.0.113.202; "
                "testovacie prostredie nemáme.",
                "Zároveň by sme radi natočili krátku reportáž na preberacom mieste vo Zlíne "
                "počas spracovania výsledkov, ak to bude možné.",
                "Kontaktná osoba: Mgr. Zuzana Hrušovská, vedúca spravodajstva",
                "tel.: (+421) 905 318 227, e-mail: hrusovska@radiotatry.example",
                "S pozdravom\nZuzana Hrušovská",
            ],
        )
    ],
    "labels": L(
        BOTH,
        "Rádio Tatry Media, s. r. o.",
        None,
        None,
        ["203.0.113.200", "203.0.113.201", "203.0.113.202"],
        [],
        "Zuzana Hrušovská",
        "hrusovska@radiotatry.example",
        "+421905318227",
    ),
}

G006: dict[str, Any] = {
    "id": "g006-rtf-bez-diakritiky-nataceni",
    "description": "RTF letter without diacritics asking only to film; the cameraman is named "
    "but is not the contact",
    "style": Style.RECORDING,
    "from": "Jan Kolarik <j.kolarik@becva-zpravodaj.example>",
    "subject": "zadost o povoleni natacet - Prerov",
    "body": "Dobry den, posilam zadost v priloze (RTF). Dekuji, Jan Kolarik\n",
    "charset": "us-ascii",
    "cte": "7bit",
    "attachments": [
        (
            "rtf",
            "zadost_natacni.rtf",
            [
                "Zpravodaj Becva s.r.o., Komenskeho 25, 750 02 Prerov, IC 24538671",
                "Cesky statisticky urad - krajska sprava Olomouc",
                "Vec: Zadost o povoleni porizovat videozaznam na prebiracim miste",
                "Zadame o povoleni natacet na prebiracim miste v Prerove behem scitani hlasu "
                "(pocitame s 1 az 2 hodinami v patek vecer). Natacet bude nas kameraman Tomas "
                "Reznicek, reportaz pripravuje redaktorka Eva Sirova.",
                "O pristup k XML vysledkum nezadame.",
                [
                    ["Kontakt", "Jan Kolarik, vedouci redakce"],
                    ["E-mail", "j.kolarik@becva-zpravodaj.example"],
                    ["Telefon", "00420 581 200 417"],
                ],
                "V Prerove 26. 9. 2022\nJan Kolarik",
            ],
        )
    ],
    "labels": L(
        REC,
        "Zpravodaj Becva s.r.o.",
        "24538671",
        None,
        [],
        [],
        "Jan Kolarik",
        "j.kolarik@becva-zpravodaj.example",
        "+420581200417",
    ),
}

G007: dict[str, Any] = {
    "id": "g007-pruvodni-mail-meni-test",
    "description": "Outlook cover mail replaces the test address given in the attached signed "
    "PDF; the contact is in the PDF, the director signs",
    "style": Style.CORRECTION,
    "from": "Lenka Marková <markova@obzorplzen.example>",
    "subject": "Obzor Plzeň – žádost o přístup (XML volby) + oprava",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "high")],
    "body": "Dobrý den,\r\n\r\nv příloze je naše žádost podepsaná panem ředitelem. Oproti "
    "textu žádosti prosím o jednu změnu: testovací adresa 192.0.2.77 už neplatí (server jsme "
    "mezitím přestěhovali), místo ní prosím povolte 192.0.2.78. Produkční adresy zůstávají, "
    "jak jsou v žádosti.\r\n\r\nDěkuji\r\nLenka Marková\r\nObzor Plzeň\r\n",
    "html": '<div class="WordSection1"><p class="MsoNormal">Dobrý den,</p>'
    '<p class="MsoNormal">v příloze je naše žádost podepsaná panem ředitelem. Oproti textu '
    "žádosti prosím o jednu změnu: testovací adresa 192.0.2.77 už neplatí (server jsme "
    "mezitím přestěhovali), místo ní prosím povolte <b>192.0.2.78</b>. Produkční adresy "
    'zůstávají, jak jsou v žádosti.</p><p class="MsoNormal">Děkuji<br>Lenka Marková<br>'
    "Obzor Plzeň</p></div>",
    "attachments": [
        (
            "pdf",
            "Zadost_CSU_podepsana.pdf",
            [
                "Obzor Plzeň, z. ú.\nKopeckého sady 9, 301 00 Plzeň\nIČO 08192545",
                "Věc: Žádost o přidělení přístupu k XML datům s výsledky voleb",
                "Žádáme o přístup k serveru s průběžnými výsledky voleb pro náš zpravodajský "
                "portál. Adresy:",
                {
                    "rows": [
                        ["produkční", "192.0.2.70, 192.0.2.71"],
                        ["testovací", "192.0.2.77"],
                    ],
                    "widths": [120, 200],
                },
                "Kontaktní osoba: Lenka Marková, markova@obzorplzen.example, 733 901 225",
                "V Plzni 20. 9. 2022\n\nPavel Vrba, ředitel",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Obzor Plzeň, z. ú.",
        "08192545",
        None,
        ["192.0.2.70", "192.0.2.71"],
        ["192.0.2.78"],
        "Lenka Marková",
        "markova@obzorplzen.example",
        "+420733901225",
    ),
}

G008: dict[str, Any] = {
    "id": "g008-ds-docx-zahlavi-schranky",
    "description": "data message with a DOCX letter: the applicant's data-box ID in the footer, "
    "the office's in the address block; a /30 production block",
    "style": Style.DATABOX,
    "databox": {
        "box": "p3xv8wk",
        "sender": "Regionální televize Haná a.s.",
        "address": "Palackého 12, 779 00 Olomouc",
        "ref": "RTH/114/2022",
    },
    "subject": "Žádost – přístup k XML výsledkům voleb",
    "attachments": [
        (
            "docx",
            "RTH_zadost_CSU.docx",
            {
                "header": "REGIONÁLNÍ TELEVIZE HANÁ a.s. | Palackého 12, 779 00 Olomouc",
                "footer": "IČO 29355109 | ID datové schránky: p3xv8wk | www.rtvhana.example",
                "blocks": [
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\nID DS: 2gfaasy",
                    "Naše značka: RTH/114/2022",
                    "Věc: žádost o přístup k serveru s výsledky voleb ve formátu XML",
                    "Regionální televize Haná a.s. žádá o zřízení přístupu k XML výstupům "
                    "výsledků voleb do zastupitelstev obcí a do Senátu. Pro ostrý provoz "
                    "používáme blok 198.51.100.160/30, pro testování jedinou adresu "
                    "198.51.100.170.",
                    "Věc vyřizuje: Tereza Kubínová, tel. 585 204 311, kubinova@rtvhana.example",
                    "S pozdravem\nIng. Roman Bednář\npředseda představenstva",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Regionální televize Haná a.s.",
        "29355109",
        "p3xv8wk",
        ["198.51.100.160", "198.51.100.161", "198.51.100.162", "198.51.100.163"],
        ["198.51.100.170"],
        "Tereza Kubínová",
        "kubinova@rtvhana.example",
        "+420585204311",
    ),
}

G009: dict[str, Any] = {
    "id": "g009-english-pdf-yes-no-form",
    "description": "English PDF form from a German broadcaster without IČO: Yes/No columns "
    "(feed yes, filming no), IPv6 and IPv4 by role rows",
    "style": Style.ENGLISH,
    "from": "Jana Petersen <j.petersen@nordlicht.example>",
    "subject": "Application - election results feed (Nordlicht Rundfunk)",
    "body": "Dear Sir or Madam,\n\nplease find attached our completed application form for "
    "the election results feed. Do not hesitate to contact me with any questions.\n\n"
    "Kind regards,\nJana Petersen\nNordlicht Rundfunk GmbH, Hamburg\n",
    "attachments": [
        (
            "pdf",
            "Nordlicht_application_CZSO.pdf",
            [
                "<b>APPLICATION FOR MEDIA ACCESS – ELECTIONS 2022</b>",
                "Applicant: Nordlicht Rundfunk GmbH, Rothenbaumchaussee 30, 20148 Hamburg, "
                "Germany (no Czech company ID)",
                {
                    "rows": [
                        ["Request", "Yes", "No"],
                        ["Access to the XML results feed", "X", ""],
                        ["Permission to film at collection points", "", "X"],
                    ],
                    "widths": [260, 50, 50],
                },
                {
                    "rows": [
                        ["Role", "IPv4 / IPv6 address"],
                        ["Production", "2001:db8:4a1::10"],
                        ["Production (backup)", "203.0.113.58"],
                        ["Test", "2001:db8:4a1::20"],
                    ],
                    "widths": [150, 210],
                },
                "Contact person: Ms Jana Petersen, Head of Data Desk\n"
                "E-mail: j.petersen@nordlicht.example\nPhone: +49 40 555 0193",
                "Hamburg, 22 September 2022",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Nordlicht Rundfunk GmbH",
        None,
        None,
        ["2001:db8:4a1::10", "203.0.113.58"],
        ["2001:db8:4a1::20"],
        "Jana Petersen",
        "j.petersen@nordlicht.example",
        "+49405550193",
    ),
}

G010: dict[str, Any] = {
    "id": "g010-xlsx-masky-technik",
    "description": "terse technician: XLSX with address + netmask + purpose columns (a /30 as "
    "netmask for production, a host mask for test)",
    "style": Style.ATTACHMENT,
    "from": "Miroslav Pospíšil <pospisil@mta-agentura.example>",
    "subject": "pristup xml volby - MTA",
    "body": "zadost v xlsx. diky.\n\n-- \nMiroslav Pospíšil, IT\nMoravská tisková agentura, "
    "a.s.\n+420 777 410 962\n",
    "cte": "8bit",
    "attachments": [
        (
            "xlsx",
            "mta_ip.xlsx",
            [
                {
                    "title": "List1",
                    "rows": [
                        ["žadatel", "Moravská tisková agentura, a.s.", "IČ 66081271"],
                        ["", "", ""],
                        ["síť", "maska", "účel"],
                        ["198.51.100.96", "255.255.255.252", "PROD"],
                        ["198.51.100.100", "255.255.255.255", "TEST"],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        FEED,
        "Moravská tisková agentura, a.s.",
        "66081271",
        None,
        ["198.51.100.96", "198.51.100.97", "198.51.100.98", "198.51.100.99"],
        ["198.51.100.100"],
        "Miroslav Pospíšil",
        "pospisil@mta-agentura.example",
        "+420777410962",
    ),
}

G011: dict[str, Any] = {
    "id": "g011-ds-mesto-nataceni",
    "description": "data message from a city (OVM box) for its municipal newspaper: filming only, "
    "the XML feed explicitly not wanted",
    "style": Style.DATABOX,
    "databox": {
        "box": "qn5tb2d",
        "sender": "Statutární město Kladno",
        "address": "náměstí Starosty Pavla 44, 272 01 Kladno",
        "type": 10,
    },
    "subject": "Žádost o povolení pořízení videozáznamu na přebíracím místě – Kladenský zpravodaj",
    "attachments": [
        (
            "pdf",
            "zadost_natacení_Kladno.pdf",
            [
                "Statutární město Kladno\nodbor kancelář primátora – redakce Kladenského "
                "zpravodaje\nIČO: 00158674",
                "Věc: Žádost o povolení natáčení",
                "Redakce Kladenského zpravodaje, jehož vydavatelem je statutární město Kladno, "
                "žádá o povolení pořídit videozáznam a fotografie na přebíracím místě v Kladně "
                "v den sčítání hlasů. O přístup k XML datům nežádáme, výsledky přebíráme "
                "z webu volby.cz.",
                "Kontaktní osoba: Michaela Dušková, redaktorka, tel. 312 604 155, "
                "duskova@kladno-zpravodaj.example",
                "Mgr. Jiří Procházka\nvedoucí odboru",
            ],
        )
    ],
    "labels": L(
        REC,
        "Statutární město Kladno",
        "00158674",
        "qn5tb2d",
        [],
        [],
        "Michaela Dušková",
        "duskova@kladno-zpravodaj.example",
        "+420312604155",
    ),
}

G012: dict[str, Any] = {
    "id": "g012-docx-ano-ne-sloupce",
    "description": "DOCX with ANO/NE columns ticked by ✔ (feed yes, filming no); a secretary "
    "sends it, the contact is named in the document",
    "style": Style.FORM,
    "from": "Hana Králová <kralova@jcmedialni.example>",
    "subject": "Žádost - JIHOČESKÁ MEDIÁLNÍ",
    "body": "Dobrý den,\n\nna pokyn pana ředitele přeposílám vyplněnou žádost. Veškeré "
    "technické dotazy prosím směřujte na paní Voborníkovou.\n\nHana Králová\nasistentka "
    "ředitele\n",
    "html": '<div dir="ltr"><p>Dobrý den,</p><p>na pokyn pana ředitele přeposílám vyplněnou '
    "žádost. Veškeré technické dotazy prosím směřujte na paní Voborníkovou.</p><p>Hana "
    "Králová<br>asistentka ředitele</p></div>",
    "attachments": [
        (
            "docx",
            "zadost_JCM.docx",
            {
                "footer": "JIHOČESKÁ MEDIÁLNÍ, s.r.o. • Lannova 16, České Budějovice",
                "blocks": [
                    "Žadatel: JIHOČESKÁ MEDIÁLNÍ, s.r.o., IČO 28120736",
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup na XML server s výsledky voleb", "✔", ""],
                            ["Natáčení na přebíracím místě", "", "✔"],
                        ]
                    },
                    "Produkční IP: 203.0.113.12, 203.0.113.13, 203.0.113.14",
                    "Testovací IP: —",
                    "Kontakt: Šárka Voborníková | +420 602 447 813 | "
                    "sarka.vobornikova@jcmedialni.example",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "JIHOČESKÁ MEDIÁLNÍ, s.r.o.",
        "28120736",
        None,
        ["203.0.113.12", "203.0.113.13", "203.0.113.14"],
        [],
        "Šárka Voborníková",
        "sarka.vobornikova@jcmedialni.example",
        "+420602447813",
    ),
}

G013: dict[str, Any] = {
    "id": "g013-pdf-uzke-bunky-ipv6",
    "description": "university PDF with narrow wrapping cells: host name, role and IPv6/IPv4 "
    "columns; degrees around the contact's name",
    "style": Style.ATTACHMENT,
    "from": "Alena Suchánková <suchankova@vszm.example>",
    "subject": "Žádost VŠŽM o přístup k volebním datům – studentská redakce",
    "body": "Vážení,\n\nv příloze zasílám žádost naší školy. Studentská redakce bude v "
    "noci sčítání hlasů vysílat živě.\n\ns pozdravem\ndoc. PhDr. Alena Suchánková, Ph.D.\n"
    "proděkanka pro praxi\n",
    "flowed": True,
    "attachments": [
        (
            "pdf",
            "VSZM_zadost.pdf",
            [
                "Vysoká škola žurnalistiky a médií, o.p.s.\nCejl 62, 602 00 Brno\nIČO: 28901461",
                "Žádost o přístup k XML výstupům výsledků voleb",
                {
                    "rows": [
                        ["Název serveru", "Role", "Adresa IPv4 / IPv6"],
                        [
                            "volby-prod-01.vszm.example",
                            "produkční (ostrý provoz)",
                            "2001:db8:5c0:1::15",
                        ],
                        ["volby-prod-02.vszm.example", "produkční – záloha", "2001:db8:5c0:2::15"],
                        ["volby-test.vszm.example", "testovací", "198.51.100.241"],
                    ],
                    "widths": [110, 80, 95],
                },
                "Kontaktní osoba: doc. PhDr. Alena Suchánková, Ph.D., suchankova@vszm.example, "
                "tel. 541 321 908",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Vysoká škola žurnalistiky a médií, o.p.s.",
        "28901461",
        None,
        ["2001:db8:5c0:1::15", "2001:db8:5c0:2::15"],
        ["198.51.100.241"],
        "Alena Suchánková",
        "suchankova@vszm.example",
        "+420541321908",
    ),
}

_G014_INNER: dict[str, Any] = {
    "id": "g014-inner",
    "from": "Vojtěch Hájek <hajek@zpravy-liberec.example>",
    "to": "info@czso.cz",
    "subject": "Žádost o přístup k XML – Liberecké zprávy",
    "date": datetime(2022, 9, 15, 10, 12, 40, tzinfo=UTC),
    "body": "Dobrý den,\n\nLiberecké zprávy s.r.o. (IČO 25604856) žádají o přístup k serveru "
    "s výsledky voleb ve formátu XML. Náš produkční server má adresu 192.0.2.230.\n\n"
    "Kontakt: Vojtěch Hájek, tel. 482 711 093\n\nDěkuji\nVojtěch Hájek\n",
}

G014: dict[str, Any] = {
    "id": "g014-preposlana-vlastni-plus-test",
    "description": "forward of the applicant's own earlier mail (attached as message/rfc822, sent "
    "to a wrong address) adding a test address",
    "style": Style.FORWARD_OWN,
    "from": "Vojtěch Hájek <hajek@zpravy-liberec.example>",
    "subject": "Fwd: Žádost o přístup k XML – Liberecké zprávy",
    "body": "Dobrý den,\n\npřeposílám naši žádost z minulého týdne, kterou jsme omylem poslali "
    "na info@. Platí beze změny, jen k ní doplňuji testovací adresu 192.0.2.231.\n\n"
    "Vojtěch Hájek\n",
    "attachments": [("eml", "zadost.eml", _G014_INNER)],
    "labels": L(
        FEED,
        "Liberecké zprávy s.r.o.",
        "25604856",
        None,
        ["192.0.2.230"],
        ["192.0.2.231"],
        "Vojtěch Hájek",
        "hajek@zpravy-liberec.example",
        "+420482711093",
    ),
}

CASES: list[dict[str, Any]] = [
    G001,
    G002,
    G003,
    G004,
    G005,
    G006,
    G007,
    G008,
    G009,
    G010,
    G011,
    G012,
    G013,
    G014,
]
