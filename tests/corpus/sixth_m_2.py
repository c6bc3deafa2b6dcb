"""Sixth held-out set, prefix ``m``, cases m015–m028: data messages with a document, ODT, XLSX
and RTF forms, a form without a contact, a public broadcaster's studio asking only to film,
a foreign researcher and a foreign film crew, a form amended by a postscript, a Slovak
regional radio, a university lab with an IPv6 block, roles given by table columns, a request
withdrawn inside the letter, and a wire agency using every slot.

Written by hand apart from the extraction rules (issue 18); labels follow LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixth_m_common import BOTH, FEED, REC, L, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "m015-databox-docx-letter",
        "description": "data message carrying a DOCX letter whose addressee block names the office's data box; the sender's box is the applicant's",
        "style": Style.DATABOX_DOCUMENT,
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "k2m9xq4",
            "sender": "Vydavatelství Krkonoše s.r.o.",
            "address": "Horská 118, 543 01 Vrchlabí",
            "type": 20,
            "ref": "VK-38/2023",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "header": "Vydavatelství Krkonoše s.r.o. | Horská 118, Vrchlabí | IČO 07123451",
                    "blocks": [
                        "Český statistický úřad\nodbor informačních služeb\nDS: 2gfaasy",
                        "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                        "Vydáváme týdeník Krkonošské noviny a jejich webovou verzi. Žádáme "
                        "o připojení k serveru s průběžnými výsledky voleb. Stahovat budeme "
                        "ze dvou redakčních serverů 192.0.2.10 a 192.0.2.11, zkušební stahování "
                        "poběží z adresy 192.0.2.12.",
                        "Kontakt pro technické i organizační záležitosti: Marek Šťastný, "
                        "stastny@krkonose-noviny.example, tel. 499 733 018.",
                        "Ve Vrchlabí dne 9. listopadu\n\nMarek Šťastný\njednatel",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Vydavatelství Krkonoše s.r.o.",
            "07123451",
            "k2m9xq4",
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.12"],
            "Marek Šťastný",
            "stastny@krkonose-noviny.example",
            "+420499733018",
        ),
    },
    {
        "id": "m016-odt-form-netmask",
        "description": "LibreOffice ODT form; production given as an address with a dotted netmask (a block of four), test a single address",
        "style": Style.FORM_ODT,
        "from": "Ivana Pelikánová <pelikanova@tydenik-horacko.example>",
        "subject": "Formulář – Týdeník Horácko",
        "body": (
            "Dobrý den,\n"
            "formulář jsme vyplnili v LibreOffice, snad to nevadí. Kdyby něco chybělo,\n"
            "ozvěte se mi.\n\n"
            "Ivana Pelikánová\n"
        ),
        "attachments": [
            (
                "odt",
                "formular_horacko.odt",
                [
                    "Žádost o zpřístupnění průběžných výsledků voleb (XML)",
                    [
                        ["Položka", "Vyplní žadatel"],
                        ["Obchodní firma", "Týdeník Horácko, s.r.o."],
                        ["IČO", "29341205"],
                        ["Kontaktní osoba", "Ivana Pelikánová"],
                        ["Kontaktní e-mail", "pelikanova@tydenik-horacko.example"],
                        ["Kontaktní telefon", "+420 566 62 11 05"],
                        ["IP – ostrý provoz", "203.0.113.96 maska 255.255.255.252"],
                        ["IP – testovací", "203.0.113.110"],
                    ],
                    "Žádám též o povolení pořízení záznamu na přebíracím místě: NE",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Týdeník Horácko, s.r.o.",
            "29341205",
            None,
            ["203.0.113.96", "203.0.113.97", "203.0.113.98", "203.0.113.99"],
            ["203.0.113.110"],
            "Ivana Pelikánová",
            "pelikanova@tydenik-horacko.example",
            "+420566621105",
        ),
    },
    {
        "id": "m017-xlsx-form-two-sheets",
        "description": "XLSX with the form on one sheet and the addresses on another, role in a type column",
        "style": Style.FORM_XLSX,
        "from": "Pavel Jireš <jires@mediadata.example>",
        "subject": "MediaData - přihláška k XML výsledkům",
        "body": ("Zdravím,\n\nposílám přihlášku v Excelu (list Formulář + list IP).\n\nPJ\n"),
        "attachments": [
            (
                "xlsx",
                "MediaData_prihlaska.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Pole", "Hodnota"],
                            ["Žadatel", "MediaData CZ a.s."],
                            ["IČO", "06456782"],
                            ["Kontaktní osoba", "Pavel Jireš"],
                            ["E-mail", "jires@mediadata.example"],
                            ["Telefon", "+420 777 980 221"],
                            ["Přístup k XML", "ano"],
                            ["Natáčení na přebíracím místě", "ne"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresa", "Typ"],
                            ["198.51.100.150", "produkce"],
                            ["198.51.100.151", "produkce"],
                            ["198.51.100.160", "test"],
                            ["198.51.100.161", "test"],
                            ["198.51.100.162", "test"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            FEED,
            "MediaData CZ a.s.",
            "06456782",
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160", "198.51.100.161", "198.51.100.162"],
            "Pavel Jireš",
            "jires@mediadata.example",
            "+420777980221",
        ),
    },
    {
        "id": "m018-form-lines-contact-left-empty",
        "description": "retyped form with the contact-person line and the test line left as dots; the editor-in-chief who signs is the contact",
        "style": Style.FORM_PARTIAL,
        "from": "Petra Vaňková <vankova@sumavske-noviny.example>",
        "subject": "Šumavské noviny – žádost o XML",
        "body": (
            "Dobrý den,\n\n"
            "Název organizace: Šumavské noviny, s.r.o.\n"
            "IČO: 17952107\n"
            "Kontaktní osoba: ..................\n"
            "IP adresy (ostrý provoz): 198.18.7.33\n"
            "IP adresy (test): ..................\n"
            "Žádáme o: zpřístupnění výsledků ve formátu XML\n\n"
            "S pozdravem\n\n"
            "Mgr. Petra Vaňková\n"
            "šéfredaktorka\n"
            "Šumavské noviny | Klatovy\n"
            "+420 376 310 442\n"
        ),
        "labels": L(
            FEED,
            "Šumavské noviny, s.r.o.",
            "17952107",
            None,
            ["198.18.7.33"],
            [],
            "Petra Vaňková",
            "vankova@sumavske-noviny.example",
            "+420376310442",
        ),
    },
    {
        "id": "m019-databox-public-tv-studio-filming",
        "description": "public TV regional studio asks by data message (PDF letter) only to film; says the XML access is handled by headquarters separately and is not asked for here",
        "style": Style.DATABOX_DOCUMENT,
        "subject": "Žádost o povolení natáčení – přebírací místo Ostrava",
        "databox": {
            "box": "hq4ve2t",
            "sender": "Česká televize",
            "address": "Kavčí hory, 140 70 Praha 4",
            "type": 20,
        },
        "attachments": [
            (
                "pdf",
                "CT_Ostrava_natáčení.pdf",
                [
                    "<b>Česká televize, Televizní studio Ostrava</b><br/>Dvořákova 18, 728 20 Ostrava",
                    "Věc: Žádost o povolení natáčení na přebíracím místě ČSÚ v Ostravě",
                    "Česká televize (IČO 00027383) prostřednictvím svého ostravského studia žádá "
                    "o povolení natáčení na přebíracím místě v Ostravě během noci, kdy se sčítají "
                    "hlasy. Natáčet bude tříčlenný štáb (redaktor, kameraman, zvukař).",
                    "Přístup k datovému serveru s výsledky ve formátu XML vyřizuje centrála "
                    "v Praze samostatnou žádostí; v této žádosti o něj nežádáme.",
                    "Kontaktní osoba: Simona Karasová, produkční<br/>"
                    "e-mail: karasova@ct-ostrava.example<br/>"
                    "mobil: 736 510 088 (ústředna studia 596 201 111)",
                ],
            )
        ],
        "labels": L(
            REC,
            "Česká televize",
            "00027383",
            "hq4ve2t",
            [],
            [],
            "Simona Karasová",
            "karasova@ct-ostrava.example",
            "+420736510088",
        ),
    },
    {
        "id": "m020-english-researcher-no-test",
        "description": "a Polish research institute without an IČO writes in English; one production address, says there will be no test machine",
        "style": Style.ENGLISH,
        "from": "Tomasz Wójcik <t.wojcik@vips.example>",
        "subject": "Request for access to the XML results server",
        "body": (
            "Dear Sir or Madam,\n\n"
            "The Vistula Institute of Political Studies in Warsaw is running a live\n"
            "comparison of Central European election results for our readers and\n"
            "students. We would be grateful for access to your XML results feed.\n\n"
            "Our server's public address is 203.0.113.201. We will not use a separate\n"
            "test machine.\n\n"
            "As a foreign institute we have no Czech identification number; our Polish\n"
            "registry entry can be supplied on request.\n\n"
            "Please direct any questions to me.\n\n"
            "Dr Tomasz Wójcik\n"
            "Head of Data Unit\n"
            "Vistula Institute of Political Studies\n"
            "+48 22 555 01 87\n"
        ),
        "labels": L(
            FEED,
            "Vistula Institute of Political Studies",
            None,
            None,
            ["203.0.113.201"],
            [],
            "Tomasz Wójcik",
            "t.wojcik@vips.example",
            "+48225550187",
        ),
    },
    {
        "id": "m021-municipality-rtf-range",
        "description": "statutory city's department sends an RTF letter with a table; production as a word range 'až', one test address",
        "style": Style.MUNICIPALITY,
        "from": "Radka Vlčková <vlckova@hornibrod.example>",
        "subject": "Statutární město Horní Brod – žádost o připojení",
        "body": "Dobrý den, v příloze posíláme žádost města. S pozdravem R. Vlčková\n",
        "attachments": [
            (
                "rtf",
                "zadost_mesto_Horni_Brod.rtf",
                [
                    "Statutární město Horní Brod\nMagistrát města, odbor vnějších vztahů\n"
                    "Radniční 1, 739 01 Horní Brod",
                    "Věc: Žádost o zpřístupnění průběžných výsledků voleb",
                    "Redakce Hornobrodských listů, kterou vydává statutární město, by ráda "
                    "na webu města zobrazovala průběžné výsledky. Žádáme proto o přístup "
                    "k výsledkům ve formátu XML.",
                    [
                        ["Údaj", "Hodnota"],
                        ["Žadatel", "Statutární město Horní Brod"],
                        ["IČO", "00274691"],
                        ["Ostrý provoz", "198.18.40.1 až 198.18.40.3"],
                        ["Testovací adresa", "198.18.40.9"],
                        ["Kontakt", "Ing. Radka Vlčková, vedoucí odboru"],
                        ["E-mail", "vlckova@hornibrod.example"],
                        ["Telefon", "558 609 321"],
                    ],
                    "Ing. Radka Vlčková\nvedoucí odboru vnějších vztahů",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Statutární město Horní Brod",
            "00274691",
            None,
            ["198.18.40.1", "198.18.40.2", "198.18.40.3"],
            ["198.18.40.9"],
            "Radka Vlčková",
            "vlckova@hornibrod.example",
            "+420558609321",
        ),
    },
    {
        "id": "m022-foreign-film-crew-english",
        "description": "German documentary company without an IČO asks in English only to film at a collection point; no data wanted",
        "style": Style.FILMING_ONLY,
        "from": "Lena Hartmann <hartmann@zeitbild-film.example>",
        "subject": "Filming permission - election night documentary",
        "body": (
            "Good afternoon,\n\n"
            "Zeitbild Film GmbH (Berlin) is producing a documentary for a German public\n"
            "broadcaster about how election nights work in neighbouring countries. We\n"
            "would like to ask for permission to film at one of your collection points,\n"
            "ideally the one in Plzeň, for about two hours after the polls close.\n"
            "We do not need access to the results data server.\n\n"
            "Crew: Lena Hartmann (producer, contact), Jonas Weber (camera),\n"
            "Petr Novotný (local fixer and interpreter).\n\n"
            "Best regards,\n"
            "Lena Hartmann\n"
            "Zeitbild Film GmbH\n"
            "Tel. +49 30 5550 1234\n"
        ),
        "labels": L(
            REC,
            "Zeitbild Film GmbH",
            None,
            None,
            [],
            [],
            "Lena Hartmann",
            "hartmann@zeitbild-film.example",
            "+493055501234",
        ),
    },
    {
        "id": "m023-html-form-test-struck-in-ps",
        "description": "HTML table form with one test address; a postscript in the same mail strikes the test address out",
        "style": Style.FORM_AMENDED,
        "from": "Roman Šimek <simek@zlinsky-online.example>",
        "subject": "Žádost – Zlínský deník online",
        "html": (
            "<html><body><div>Dobrý den, posílám vyplněné údaje:</div>"
            '<table border="1"><tr><th>Položka</th><th>Údaj</th></tr>'
            "<tr><td>Žadatel</td><td>Zlínský deník online s.r.o.</td></tr>"
            "<tr><td>IČO</td><td>27039161</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Roman Šimek</td></tr>"
            "<tr><td>Telefon</td><td>+420 604 771 203</td></tr>"
            "<tr><td>IP pro ostrý provoz</td><td>198.51.100.70, 198.51.100.71</td></tr>"
            "<tr><td>Testovací IP</td><td>198.51.100.77</td></tr>"
            "</table>"
            "<div><br>Roman Šimek</div>"
            "<div><br>PS: Testovací adresu 198.51.100.77 prosím škrtněte, test nakonec "
            "dělat nebudeme a ten stroj se ruší.</div></body></html>"
        ),
        "cte": "base64",
        "labels": L(
            FEED,
            "Zlínský deník online s.r.o.",
            "27039161",
            None,
            ["198.51.100.70", "198.51.100.71"],
            [],
            "Roman Šimek",
            "simek@zlinsky-online.example",
            "+420604771203",
        ),
    },
    {
        "id": "m024-slovak-radio-both-backup",
        "description": "Slovak regional radio asks for both in Slovak; a 'záložný' server counts as production; landline contact",
        "style": Style.SLOVAK,
        "from": "Marián Oravec <oravec@radio-zahorie.example>",
        "subject": "Žiadosť – Rádio Záhorie (XML výsledky a nakrúcanie)",
        "body": (
            "Vážení,\n\n"
            "Rádio Záhorie, s. r. o., IČO 49 322 010, vysiela aj pre pohraničie na\n"
            "Hodonínsku, a preto by sme radi priniesli výsledky českých volieb naživo.\n"
            "Žiadame o:\n"
            "- prístup k priebežným výsledkom vo formáte XML,\n"
            "- povolenie nakrúcať na preberacom mieste v Hodoníne.\n\n"
            "Hlavný server: 192.0.2.140\n"
            "Záložný server: 192.0.2.141\n"
            "Testovacie stroje: 192.0.2.150, 192.0.2.151\n\n"
            "Kontaktná osoba: Ing. Marián Oravec, technický riaditeľ\n"
            "tel.: +421 34 655 1200\n"
            "e-mail: oravec@radio-zahorie.example\n\n"
            "S pozdravom\n"
            "Marián Oravec\n"
        ),
        "labels": L(
            BOTH,
            "Rádio Záhorie, s. r. o.",
            "49322010",
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150", "192.0.2.151"],
            "Marián Oravec",
            "oravec@radio-zahorie.example",
            "+421346551200",
        ),
    },
    {
        "id": "m025-university-lab-ipv6-block",
        "description": "university research lab asks for the feed for an election model; production an IPv6 /126 block, test one IPv4",
        "style": Style.UNIVERSITY,
        "from": "Karel Beneš <benes@polabska-univerzita.example>",
        "subject": "Přístup k XML výsledkům – Laboratoř volebních analýz",
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "Laboratoř volebních analýz Polabské univerzity (IČO 00188433) bude během \n"
            "volebního večera počítat průběžný odhad výsledku pro spolupracující média. \n"
            "Žádáme proto o přístup k výsledkům ve formátu XML.\n\n"
            "Výpočetní uzly laboratoře mají pro ostrý provoz rozsah 2001:db8:c0:1::/126, \n"
            "testovat budeme z pracovní stanice 198.51.100.222.\n\n"
            "Kontaktní osoba: RNDr. Karel Beneš, Ph.D., benes@polabska-univerzita.example, \n"
            "tel. 466 036 172\n\n"
            "Děkuji,\nKarel Beneš\nPolabská univerzita, Fakulta ekonomicko-správní\n"
        ),
        "labels": L(
            FEED,
            "Polabská univerzita",
            "00188433",
            None,
            ["2001:db8:c0:1::", "2001:db8:c0:1::1", "2001:db8:c0:1::2", "2001:db8:c0:1::3"],
            ["198.51.100.222"],
            "Karel Beneš",
            "benes@polabska-univerzita.example",
            "+420466036172",
        ),
    },
    {
        "id": "m026-regional-tv-table-columns",
        "description": "regional TV studio's Outlook table with one column of production and one of test addresses",
        "style": Style.REGIONAL_STUDIO,
        "from": "Jan Kadlec <kadlec@jihoceska-tv.example>",
        "subject": "Jihočeská televize – adresy pro volby",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "html": (
            '<html><body><p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Jihočeská televize, a.s. (IČO 26104849), studio Tábor, '
            "žádá o přístup k serveru s výsledky voleb ve formátu XML. Adresy:</p>"
            '<table class="MsoTableGrid" border="1">'
            "<tr><td><b>Produkční IP</b></td><td><b>Testovací IP</b></td></tr>"
            "<tr><td>203.0.113.5</td><td>203.0.113.55</td></tr>"
            "<tr><td>203.0.113.6</td><td>203.0.113.56</td></tr>"
            "<tr><td>203.0.113.7</td><td></td></tr>"
            "</table>"
            '<p class="MsoNormal">Kontakt: Jan Kadlec, vedoucí vysílací techniky, '
            "tel. 381 250 614, kadlec@jihoceska-tv.example</p>"
            '<p class="MsoNormal">S pozdravem<br>Jan Kadlec</p></body></html>'
        ),
        "charset": "windows-1250",
        "labels": L(
            FEED,
            "Jihočeská televize, a.s.",
            "26104849",
            None,
            ["203.0.113.5", "203.0.113.6", "203.0.113.7"],
            ["203.0.113.55", "203.0.113.56"],
            "Jan Kadlec",
            "kadlec@jihoceska-tv.example",
            "+420381250614",
        ),
    },
    {
        "id": "m027-databox-feed-withdrawn-in-letter",
        "description": "data message whose annotation names both requests, but the attached letter withdraws the XML part; only filming remains",
        "style": Style.DATABOX_DOCUMENT,
        "subject": "Žádost o přístup k XML a o povolení natáčení",
        "databox": {
            "box": "w8d3rnf",
            "sender": "Krajské listy Plzeňska s.r.o.",
            "address": "Americká 52, 301 00 Plzeň",
            "type": 20,
        },
        "attachments": [
            (
                "docx",
                "zadost_KLP.docx",
                {
                    "blocks": [
                        "Krajské listy Plzeňska s.r.o., IČO 28963148",
                        "Věc: žádost – volby",
                        "Původně jsme chtěli požádat o přístup k průběžným výsledkům ve formátu "
                        "XML i o povolení natáčení. Data nám však nakonec zajistí naše "
                        "tisková agentura, a od žádosti o přístup k XML proto upouštíme.",
                        "Žádáme tedy pouze o povolení pořídit videozáznam na přebíracím místě "
                        "v Plzni pro náš web.",
                        "Kontaktní osoba: Bc. Lucie Hrubá, hruba@klp.example, 725 330 181",
                        "V Plzni 10. 11.\nLucie Hrubá, vedoucí online redakce",
                    ],
                },
            )
        ],
        "labels": L(
            REC,
            "Krajské listy Plzeňska s.r.o.",
            "28963148",
            "w8d3rnf",
            [],
            [],
            "Lucie Hrubá",
            "hruba@klp.example",
            "+420725330181",
        ),
    },
    {
        "id": "m028-wire-agency-every-slot",
        "description": "wire agency fills every slot of the form: five production addresses singly, five test addresses as a /30 and one more; both requests",
        "style": Style.FORM_LINES,
        "from": "Helena Zíková <zikova@cewire.example>",
        "subject": "CEW – žádost o přístup k výsledkům + natáčení",
        "body": (
            "Dobrý den,\n\n"
            "níže údaje do formuláře:\n\n"
            "Žadatel .................. Central European Wire s.r.o.\n"
            "IČO ...................... 24173908\n"
            "Kontaktní osoba .......... Helena Zíková (editor-in-chief, Prague bureau)\n"
            "E-mail ................... zikova@cewire.example\n"
            "Telefon .................. +420 222 561 930 (přímá linka)\n"
            "Ostrý provoz ............. 192.0.2.21, 192.0.2.22, 192.0.2.23, 192.0.2.24,\n"
            "                           192.0.2.25\n"
            "Test ..................... 192.0.2.228/30, 192.0.2.240\n"
            "Přístup k XML ............ ANO\n"
            "Natáčení na PM ........... ANO (Praha, 2 osoby)\n\n"
            "Díky,\n"
            "Helena Zíková\n"
        ),
        "labels": L(
            BOTH,
            "Central European Wire s.r.o.",
            "24173908",
            None,
            ["192.0.2.21", "192.0.2.22", "192.0.2.23", "192.0.2.24", "192.0.2.25"],
            ["192.0.2.228", "192.0.2.229", "192.0.2.230", "192.0.2.231", "192.0.2.240"],
            "Helena Zíková",
            "zikova@cewire.example",
            "+420222561930",
        ),
    },
]
