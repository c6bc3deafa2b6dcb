"""Thirteenth held-out part ``gb``, cases gb015–gb028: mixed attachments and data boxes."""

from __future__ import annotations

from tests.corpus.label_rules import L, ico
from tests.corpus.thirteenth_gb_common import Case, Style, box, mail

F = "feed_access"
R = "recording_permit"

FOTO = ico("7410238")
KRAJ_TV = ico("2811907")
AGENTURA = ico("4517620")
RADIO_BLANIK = ico("2566302")
NET_INFO = ico("2690144")
MUNI = ico("0021622")
BRNO_DENIK = ico("0562874")
LISTY = ico("2714039")
TV_SK = ico("3582217")
FREELANCE = ico("8812470")
OBZOR = ico("2630117")
CR_REGION = ico("4790351")

CASES: list[Case] = [
    mail(
        "gb015-txt-photographer-filming",
        "freelance photographer (natural person with IČO) asks only to film; TXT attachment",
        Style.PLAIN_TEXT,
        L(
            [R],
            "Vojtěch Malý",
            FOTO,
            None,
            [],
            [],
            "Vojtěch Malý",
            "vojta.maly@fotomaly.example",
            "+420721884096",
        ),
        "Vojtěch Malý <vojta.maly@fotomaly.example>",
        "natáčení / focení ve sběrném místě",
        "Zdravím, žádost posílám jako textový soubor, nic jiného po ruce nemám.\nV. Malý\n",
        [
            (
                "txt",
                "zadost.txt",
                "Vojtěch Malý, fotograf a kameraman na volné noze, IČO " + FOTO + "\n"
                "Žádám o povolení pořizovat video a fotografie ve sběrném místě v noci po uzavření "
                "volebních místností. Přístup k datům nepotřebuji.\n"
                "Tel. 721 884 096, vojta.maly@fotomaly.example\n",
            )
        ],
    ),
    mail(
        "gb016-xlsx-form-ano-ne",
        "spreadsheet made as a form: ANO/NE cells for both requests, addresses below",
        Style.SPREADSHEET,
        L(
            [F, R],
            "Krajská televize Vysočina s.r.o.",
            KRAJ_TV,
            None,
            ["198.51.100.190"],
            ["198.51.100.191", "198.51.100.192"],
            "Eva Horáková",
            "horakova@tvvysocina.example",
            "+420567301442",
        ),
        "Eva Horáková <horakova@tvvysocina.example>",
        "Formulář žádosti",
        "Dobrý den,\nformulář vyplněn v Excelu, snad to nevadí.\nEva Horáková\n",
        [
            (
                "xlsx",
                "formular.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Krajská televize Vysočina s.r.o."],
                            ["IČO", KRAJ_TV],
                            ["Přístup k XML", "ANO"],
                            ["Natáčení ve sběrném místě", "ANO"],
                            ["Produkční IP", "198.51.100.190"],
                            ["Testovací IP", "198.51.100.191"],
                            ["Testovací IP", "198.51.100.192"],
                            ["Kontakt", "Eva Horáková"],
                            ["Telefon", "+420 567 301 442"],
                            ["E-mail", "horakova@tvvysocina.example"],
                        ],
                    }
                ],
            )
        ],
    ),
    box(
        "gb017-databox-agency-docx",
        "news agency's data message with a DOCX letter; a technician is the named contact",
        L(
            [F],
            "Agentura Zprávy Dnes, a.s.",
            AGENTURA,
            "az7dn2w",
            ["203.0.113.30", "203.0.113.31", "203.0.113.32"],
            ["203.0.113.40"],
            "Filip Moravec",
            "moravec@zpravydnes.example",
            "+420725600381",
        ),
        {
            "box": "az7dn2w",
            "sender": "Agentura Zprávy Dnes, a.s.",
            "address": "Vinohradská 48, Praha 2",
            "ref": "ZD/2022/118",
        },
        "Žádost o přístup k XML – Agentura Zprávy Dnes",
        [
            (
                "docx",
                "zadost_ZD.docx",
                {
                    "header": "AGENTURA ZPRÁVY DNES, a.s. – IČO " + AGENTURA,
                    "blocks": [
                        "Vážená paní, vážený pane,",
                        "žádáme o zpřístupnění volebních výsledků v XML. Stahovat budeme ze tří "
                        "produkčních serverů 203.0.113.30, 203.0.113.31 a 203.0.113.32, testovat "
                        "z 203.0.113.40.",
                        "Technické dotazy prosím směřujte na Filipa Moravce (moravec@zpravydnes.example, "
                        "725 600 381).",
                        "S úctou\nJUDr. Alena Vránová, předsedkyně představenstva",
                    ],
                },
            )
        ],
    ),
    mail(
        "gb018-cover-replaces-test-address",
        "cover e-mail replaces the test address written in the PDF",
        Style.AMENDMENT,
        L(
            [F],
            "Rádio Blaník Jih s.r.o.",
            RADIO_BLANIK,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["192.0.2.19"],
            "Stanislav Kubát",
            "kubat@blanikjih.example",
            "+420602940117",
        ),
        "Stanislav Kubát <kubat@blanikjih.example>",
        "Žádost o přístup – Rádio Blaník Jih",
        "Dobrý den,\nposílám žádost. Mezitím se nám změnil testovací stroj: místo 192.0.2.9 "
        "uvedeného v PDF prosím nastavte 192.0.2.19, ten starý už neexistuje.\n"
        "Stanislav Kubát, technik\n",
        [
            (
                "pdf",
                "zadost_blanik.pdf",
                [
                    "Rádio Blaník Jih s.r.o., IČO " + RADIO_BLANIK,
                    "Žádost o přístup k XML výsledkům voleb.",
                    {
                        "rows": [
                            ["produkce", "198.51.100.60"],
                            ["produkce", "198.51.100.61"],
                            ["test", "192.0.2.9"],
                        ],
                        "widths": [120, 200],
                    },
                    "Kontakt: Stanislav Kubát, 602 940 117, kubat@blanikjih.example",
                ],
            )
        ],
    ),
    mail(
        "gb019-rtf-german-ipv6",
        "German broadcaster without IČO; RTF letter in English with IPv6 production and test",
        Style.FOREIGN,
        L(
            [F],
            "Mitteldeutsche Rundfunkdienste GmbH",
            None,
            None,
            ["2001:db8:d0::5", "198.18.40.5"],
            ["2001:db8:d0::f"],
            "Jana Becker",
            "j.becker@mdrd.example",
            "+4934155501220",
        ),
        '"Becker, Jana" <j.becker@mdrd.example>',
        "Request: access to election XML",
        "Dear Sir or Madam,\nplease find our request attached as RTF.\nKind regards\nJana Becker\n",
        [
            (
                "rtf",
                "request_mdrd.rtf",
                [
                    "Mitteldeutsche Rundfunkdienste GmbH, Leipzig (HRB 4471)",
                    "We kindly request access to the XML results feed for the Czech elections.",
                    [
                        ["Role", "Address"],
                        ["production", "2001:db8:d0::5"],
                        ["production", "198.18.40.5"],
                        ["test", "2001:db8:d0::f"],
                    ],
                    "Contact: Jana Becker, j.becker@mdrd.example, +49 341 555 012 20",
                ],
            )
        ],
    ),
    mail(
        "gb020-odt-cidr-plus-one",
        "ODT without diacritics: a /30 plus one more address make five production addresses",
        Style.FORM,
        L(
            [F],
            "NET-INFO s.r.o.",
            NET_INFO,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102", "203.0.113.103", "203.0.113.110"],
            [],
            "Roman Cerny",
            "cerny@netinfo.example",
            "+420776215009",
        ),
        "Roman Cerny <cerny@netinfo.example>",
        "zadost xml",
        "Dobry den, formular v priloze. R. Cerny\n",
        [
            (
                "odt",
                "formular_netinfo.odt",
                [
                    "ZADOST O PRISTUP K XML VYSLEDKUM VOLEB",
                    [
                        ["Zadatel", "NET-INFO s.r.o."],
                        ["ICO", NET_INFO],
                        ["Produkcni adresy", "203.0.113.100/30 a 203.0.113.110"],
                        ["Testovaci adresy", "-"],
                        ["Kontakt", "Roman Cerny, 776 215 009, cerny@netinfo.example"],
                    ],
                ],
            )
        ],
    ),
    mail(
        "gb021-pdf-faculty-both-ticked",
        "university PDF with both boxes ticked; the secretary sends, the named contact differs",
        Style.FORM,
        L(
            [F, R],
            "Masarykova univerzita",
            MUNI,
            None,
            ["198.51.100.12"],
            [],
            "Michal Procházka",
            "prochazka@fss-muni.example",
            "+420549497311",
        ),
        "Sekretariát katedry <sekretariat@fss-muni.example>",
        "Žádost – katedra mediálních studií",
        "Dobrý den,\nna pokyn vedoucího katedry zasílám žádost.\nS pozdravem\nJitka Kolářová\n",
        [
            (
                "pdf",
                "zadost_MU.pdf",
                [
                    "Masarykova univerzita, Fakulta sociálních studií, katedra mediálních studií",
                    "IČO: " + MUNI,
                    "[X] přístup k XML výsledkům pro studentský zpravodajský web\n"
                    "[X] povolení natáčet ve sběrném místě (studentský štáb, 3 osoby)",
                    "Server: 198.51.100.12",
                    "Kontaktní osoba: doc. Michal Procházka, prochazka@fss-muni.example, "
                    "+420 549 497 311",
                ],
            )
        ],
    ),
    box(
        "gb022-databox-old-address-left-out",
        "data message DOCX: the address used at the last elections is explicitly no longer used",
        L(
            [F],
            "Brněnský deník a.s.",
            BRNO_DENIK,
            "bd4nk6e",
            ["198.51.100.88"],
            ["198.51.100.89"],
            "Ivana Pokorná",
            "pokorna@brnenskydenik.example",
            "+420541226700",
        ),
        {"box": "bd4nk6e", "sender": "Brněnský deník a.s.", "address": "Kounicova 3, Brno"},
        "Žádost o přístup k výsledkům voleb",
        [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Brněnský deník a.s., IČO " + BRNO_DENIK,
                        "Při minulých volbách jsme stahovali z adresy 203.0.113.90; tu už nepoužíváme.",
                        "Nově žádáme o přístup z produkční adresy 198.51.100.88, testovací 198.51.100.89.",
                        "Vyřizuje Ivana Pokorná, tel. 541 226 700, pokorna@brnenskydenik.example",
                    ]
                },
            )
        ],
    ),
    mail(
        "gb023-docx-form-plus-xlsx",
        "two attachments: DOCX form with identity, XLSX with the addresses",
        Style.FORM,
        L(
            [F],
            "Lidové listy Plzeň, s.r.o.",
            LISTY,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.70"],
            "Zdeněk Říha",
            "riha@listyplzen.example",
            "+420377441890",
        ),
        "Zdeněk Říha <riha@listyplzen.example>",
        "Žádost + adresy",
        "Dobrý den, formulář a tabulka adres v příloze.\nZdeněk Říha\n",
        [
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel", "Lidové listy Plzeň, s.r.o."],
                                ["IČO", LISTY],
                                ["Žádám o", "☒ XML výsledky   ☐ natáčení"],
                                ["Kontakt", "Zdeněk Říha, 377 441 890, riha@listyplzen.example"],
                                ["IP adresy", "viz příloha adresy.xlsx"],
                            ]
                        },
                    ]
                },
            ),
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP", "typ"],
                            ["192.0.2.60", "produkce"],
                            ["192.0.2.61", "produkce"],
                            ["192.0.2.70", "test"],
                        ],
                    }
                ],
            ),
        ],
    ),
    mail(
        "gb024-slovak-pdf-tv",
        "Slovak TV, PDF letter, production only",
        Style.SLOVAK,
        L(
            [F],
            "TV Západ, a. s.",
            TV_SK,
            None,
            ["203.0.113.220", "203.0.113.221"],
            [],
            "Juraj Lukáč",
            "lukac@tvzapad.example",
            "+421917220584",
        ),
        "Juraj Lukáč <lukac@tvzapad.example>",
        "Žiadosť o prístup k XML výsledkom",
        "Dobrý deň, v prílohe žiadosť. S pozdravom, Juraj Lukáč\n",
        [
            (
                "pdf",
                "ziadost_tvzapad.pdf",
                [
                    "TV Západ, a. s., Trnava, IČO: " + TV_SK,
                    "Žiadame o prístup k výsledkom volieb vo formáte XML z adries 203.0.113.220 "
                    "a 203.0.113.221 (produkcia). Testovacie prostredie nepotrebujeme.",
                    "Kontaktná osoba: Juraj Lukáč, tel. +421 917 220 584, lukac@tvzapad.example",
                ],
            )
        ],
    ),
    mail(
        "gb025-txt-terse-ipv6-block",
        "terse technician, TXT with an IPv6 /126 block (four addresses)",
        Style.PLAIN_TEXT,
        L(
            [F],
            "Obzor Digital s.r.o.",
            OBZOR,
            None,
            ["2001:db8:77::", "2001:db8:77::1", "2001:db8:77::2", "2001:db8:77::3"],
            [],
            "Aleš Vondra",
            "vondra@obzordigital.example",
            "+420720115438",
        ),
        "Aleš Vondra <vondra@obzordigital.example>",
        "xml pristup",
        "viz priloha\n",
        [
            (
                "txt",
                "pristup.txt",
                "firma: Obzor Digital s.r.o.\nico: " + OBZOR + "\n"
                "pozadujeme: pristup k XML vysledkum\n"
                "prod: 2001:db8:77::/126\ntest: zadny\n"
                "kontakt: Aleš Vondra, +420 720 115 438, vondra@obzordigital.example\n",
            )
        ],
    ),
    mail(
        "gb026-rtf-filming-crossed-out",
        "RTF form where filming is answered 'ne' after 'ano' was struck; feed only",
        Style.FORM,
        L(
            [F],
            "Český rozhlas Region s.r.o.",
            CR_REGION,
            None,
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Blanka Urbanová",
            "urbanova@crregion.example",
            "+420606338271",
        ),
        "Blanka Urbanová <urbanova@crregion.example>",
        "Žádost o přístup k datům",
        "Dobrý den, posílám formulář. U natáčení jsem původně zaškrtla ano, ale pak jsme "
        "to v redakci probrali a nepojedeme, proto je tam opraveno na ne.\nB. Urbanová\n",
        [
            (
                "rtf",
                "formular.rtf",
                [
                    "Žadatel: Český rozhlas Region s.r.o., IČO " + CR_REGION,
                    [
                        ["Přístup k XML", "ano"],
                        ["Natáčení ve sběrném místě", "ano (škrtnuto) – NE"],
                        ["Produkce", "198.51.100.240"],
                        ["Test", "198.51.100.241"],
                    ],
                    "Kontakt: Blanka Urbanová, 606 338 271, urbanova@crregion.example",
                ],
            )
        ],
    ),
    box(
        "gb027-databox-freelancer-pdf-txt",
        "a self-employed journalist's data box (natural person with IČO); TXT note and PDF",
        L(
            [F],
            "Karolína Bartošová",
            FREELANCE,
            "kb9fr3x",
            ["198.18.77.14"],
            ["198.18.77.15"],
            "Karolína Bartošová",
            "bartosova@datajournal.example",
            "+420731402285",
        ),
        {"box": "kb9fr3x", "sender": "Ing. Karolína Bartošová", "address": "Olomouc", "type": 30},
        "Žádost o XML výsledky",
        [
            ("txt", "poznamka.txt", "Žádost v PDF. Bartošová\n"),
            (
                "pdf",
                "zadost_bartosova.pdf",
                [
                    "Ing. Karolína Bartošová, datová novinářka, IČO " + FREELANCE,
                    "Žádám o přístup k XML výsledkům voleb pro svůj datový blog.",
                    "Produkční adresa 198.18.77.14, testovací 198.18.77.15.",
                    "Kontakt: bartosova@datajournal.example, 731 402 285",
                ],
            ),
        ],
    ),
    mail(
        "gb028-cover-says-nothing-letterhead",
        "assistant's empty cover note; DOCX letterhead with IČO in the footer and the contact "
        "in the body",
        Style.COVER_NOTE,
        L(
            [F],
            "Pražský kurýr, s.r.o.",
            ico("2785513"),
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.180"],
            "Robert Fiala",
            "fiala@prazskykuryr.example",
            "+420724811306",
        ),
        "asistentka <asistentka@prazskykuryr.example>",
        "FW: dokument",
        "Posílám.\n",
        [
            (
                "docx",
                "dopis.docx",
                {
                    "header": "PRAŽSKÝ KURÝR",
                    "footer": "Pražský kurýr, s.r.o. · Karlínské nám. 6, Praha 8 · IČO "
                    + ico("2785513"),
                    "blocks": [
                        "Věc: žádost o přístup k volebním výsledkům v XML",
                        "Dobrý den, žádáme o přístup pro naše servery 203.0.113.170 a 203.0.113.171 "
                        "(ostrý provoz) a 203.0.113.180 (test).",
                        "Kontaktní osoba: Robert Fiala, vedoucí vývoje, 724 811 306, "
                        "fiala@prazskykuryr.example",
                        "Mgr. Petra Holá, jednatelka",
                    ],
                },
            )
        ],
    ),
]
