"""Tenth held-out part ``y``, cases y015–y028: attachments, forms and data boxes, written by
hand apart from the extraction rules (LABELS.md gives the labelling rules)."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind_a_common import Style as S
from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

PRAZNOVSKA = ico("7712094")
POHRANICI = ico("2638450")
SEVERKA = ico("0856137")
ZURNAL_MORAVA = ico("2441509")
VSZM = ico("0571836")
PRAGUE_INSIGHT = ico("0519723")
BITPRESS = ico("2790018")
RADIO_TATRY = ico("3612047")
SLUNO = ico("4508861")
TV_PODLESI = ico("2977610")
BOSKOVICE = ico("0027970")
KOPRIVA = ico("2181395")

CASES: list[dict[str, Any]] = [
    {
        "id": "y015-praznovska-databox-annotation-note",
        "description": "data message of a camera operator (a sole trader's box) with no "
        "document but a two-line note; the request itself is only the annotation",
        "style": S.DATABOX,
        "labels": L(
            FILM, "Kamila Pražnovská", None, "q2vd8hn",
            [], [],
            "Kamila Pražnovská", None, "+420777912406",
        ),
        "subject": "Žádost o povolení natáčet na přebíracím místě ČSÚ v Ústí nad Labem",
        "databox": {"box": "q2vd8hn", "sender": "Kamila Pražnovská",
                    "address": "Masarykova 41, 400 01 Ústí nad Labem", "type": 30},
        "attachments": [
            ("txt", "pruvodni_text.txt",
             "Dobrý den, žádost viz předmět zprávy. Natáčela bych v sobotu dopoledne "
             "sama, bez štábu. Kdyby bylo potřeba něco doplnit: 777 912 406.\n"
             "K. Pražnovská, kameramanka\n"),
        ],
    },
    {
        "id": "y016-nordic-press-xlsx-english",
        "description": "foreign agency without IČO; English XLSX form with X marks in cells; "
        "feed and filming; an IPv6 test address",
        "style": S.ENGLISH,
        "labels": L(
            BOTH, "Nordic Press Agency AB", None, None,
            ["203.0.113.88"], ["2001:db8:fe::2"],
            "Sofia Lindqvist", "sofia.lindqvist@nordicpress.example", "+46701234588",
        ),
        "from": "Sofia Lindqvist <sofia.lindqvist@nordicpress.example>",
        "subject": "Czech presidential election - our application",
        "body": "Dear Sir or Madam,\n\nattached is our completed application. We are a "
        "Swedish news agency and have no Czech company ID.\n\nKind regards\n"
        "Sofia Lindqvist\nNordic Press Agency AB, Stockholm\n",
        "attachments": [
            ("xlsx", "NPA_application.xlsx", [
                {"title": "Application", "rows": [
                    ["Applicant", "Nordic Press Agency AB"],
                    ["Country", "Sweden"],
                    ["Access to XML results", "X"],
                    ["Filming at a collection point", "X"],
                    ["Production IP", "203.0.113.88"],
                    ["Test IP", "2001:db8:fe::2"],
                    ["Contact person", "Sofia Lindqvist"],
                    ["E-mail", "sofia.lindqvist@nordicpress.example"],
                    ["Phone", "+46 70 123 45 88"],
                ]},
            ]),
        ],
    },
    {
        "id": "y017-pohranici-pdf-old-address",
        "description": "PDF without diacritics: a table of addresses where one row is marked as "
        "old and no longer used",
        "style": S.ATTACHMENT,
        "labels": L(
            FEED, "Pohranici media s.r.o.", POHRANICI, None,
            ["192.0.2.31", "192.0.2.32"], ["192.0.2.39"],
            "Miroslav Dvorak", "dvorak@pohranici.example", "+420606772014",
        ),
        "from": "Miroslav Dvorak <dvorak@pohranici.example>",
        "subject": "zadost volby XML",
        "body": "Dobry den, zadost je v priloze. Dvorak\n",
        "attachments": [
            ("pdf", "zadost.pdf", [
                "Pohranici media s.r.o., Nadrazni 7, 350 02 Cheb, ICO " + POHRANICI,
                "Zadame o pristup k vysledkum voleb ve formatu XML.",
                {"rows": [
                    ["IP adresa", "pouziti", "poznamka"],
                    ["192.0.2.31", "ostry provoz", ""],
                    ["192.0.2.32", "ostry provoz", "zalozni"],
                    ["192.0.2.5", "ostry provoz", "stara adresa z minulych voleb, uz "
                     "nepouzivame"],
                    ["192.0.2.39", "test", ""],
                ], "widths": [110, 110, 200]},
                "Kontakt: Miroslav Dvorak, dvorak@pohranici.example, tel. 606 772 014",
            ]),
        ],
    },
    {
        "id": "y018-severka-rtf-several-people",
        "description": "two-line cover; RTF letter naming the director, the chief editor and "
        "the contact; a short written range",
        "style": S.TWO_LINE,
        "labels": L(
            FEED, "Severka Press, a.s.", SEVERKA, None,
            ["192.0.2.200", "192.0.2.201", "192.0.2.202", "192.0.2.203"], [],
            "Bohumil Trnka", "trnka@severkapress.example", "+420481300416",
        ),
        "from": "b.trnka@severkapress.example",
        "subject": "XML",
        "body": "viz příloha, díky\nBT\n",
        "attachments": [
            ("rtf", "Severka_zadost.rtf", [
                "Severka Press, a.s.\nJablonecká 5, 460 01 Liberec\nIČO " + SEVERKA,
                "Věc: Přístup k výsledkům voleb – XML",
                "Generální ředitel Ing. Michal Souček a šéfredaktor Daniel Hrdlička "
                "tímto za společnost žádají o přístup k XML výsledkům volby prezidenta.",
                "Adresy pro ostrý provoz: 192.0.2.200–203. Test nepotřebujeme.",
                "Kontaktní osoba: Bohumil Trnka, správce sítě, trnka@severkapress.example, "
                "tel. 481 300 416",
            ]),
        ],
    },
    {
        "id": "y019-zurnal-morava-cover-adds-backup",
        "description": "DOCX gives two production addresses; the cover note adds a backup "
        "server as a third",
        "style": S.OUTLOOK,
        "labels": L(
            FEED, "Žurnál Morava s.r.o.", ZURNAL_MORAVA, None,
            ["203.0.113.101", "203.0.113.102", "198.51.100.77"], ["203.0.113.110"],
            "Irena Bartáková", "bartakova@zurnalmorava.example", "+420732645201",
        ),
        "from": "Bartáková Irena <bartakova@zurnalmorava.example>",
        "subject": "Žádost o přístup - Žurnál Morava",
        "body": "Dobrý den,\n\nv příloze je naše žádost. K adresám pro ostrý provoz prosím "
        "doplňte ještě náš záložní server 198.51.100.77, do formuláře se už nevešel.\n\n"
        "S pozdravem\nIrena Bartáková\nŽurnál Morava s.r.o.\n",
        "html": "<html><body><p class=MsoNormal>Dobrý den,</p><p class=MsoNormal>v příloze "
        "je naše žádost. K adresám pro ostrý provoz prosím doplňte ještě náš záložní server "
        "198.51.100.77, do formuláře se už nevešel.</p><p class=MsoNormal>S pozdravem<br>"
        "Irena Bartáková<br>Žurnál Morava s.r.o.</p></body></html>\n",
        "attachments": [
            ("docx", "zadost_ZM.docx", {"blocks": [
                "Žádost o přístup k výsledkům voleb (XML)",
                {"rows": [
                    ["Žadatel", "Žurnál Morava s.r.o., IČO " + ZURNAL_MORAVA],
                    ["Ostrý provoz", "203.0.113.101\n203.0.113.102"],
                    ["Test", "203.0.113.110"],
                    ["Kontakt", "Irena Bartáková\nbartakova@zurnalmorava.example\n"
                     "732 645 201"],
                ]},
            ]}),
        ],
    },
    {
        "id": "y020-vszm-databox-pdf-both",
        "description": "data message with a PDF letter of a college institute; the box ID is "
        "also in the signature block; feed and filming",
        "style": S.DATABOX,
        "labels": L(
            BOTH, "Vysoká škola žurnalistiky a médií Olomouc, z. ú.", VSZM, "m3bx7ce",
            ["198.18.30.2"], ["198.18.30.3"],
            "Lenka Řezníčková", "reznickova@vszm.example", "+420585207744",
        ),
        "subject": "Žádost – výsledky voleb XML a natáčení studentské televize",
        "databox": {"box": "m3bx7ce",
                    "sender": "Vysoká škola žurnalistiky a médií Olomouc, z. ú.",
                    "address": "Křížkovského 9, 779 00 Olomouc"},
        "attachments": [
            ("pdf", "zadost_VSZM.pdf", [
                "Vysoká škola žurnalistiky a médií Olomouc, z. ú.",
                "Naše studentská televize VSZM.tv bude vysílat volební speciál. Žádáme "
                "o přístup k XML výsledkům (produkční server 198.18.30.2, testovací "
                "198.18.30.3) a o povolení natáčet na přebíracím místě v Olomouci.",
                "Kontaktní osoba: Lenka Řezníčková, vedoucí studentské televize, "
                "reznickova@vszm.example, 585 207 744",
                "doc. PhDr. Karel Sládek, Ph.D., rektor<br/>"
                f"IČO {VSZM} | ID datové schránky m3bx7ce",
            ]),
        ],
    },
    {
        "id": "y021-prague-insight-docx-five-five",
        "description": "English DOCX with a nested table of five production and five test "
        "addresses",
        "style": S.ENGLISH,
        "labels": L(
            FEED, "Prague Insight s.r.o.", PRAGUE_INSIGHT, None,
            ["198.51.100.11", "198.51.100.12", "198.51.100.13", "198.51.100.14",
             "198.51.100.15"],
            ["198.51.100.31", "198.51.100.32", "198.51.100.33", "198.51.100.34",
             "198.51.100.35"],
            "Daniel Whitmore", "d.whitmore@pragueinsight.example", "+420775002619",
        ),
        "from": "Daniel Whitmore <d.whitmore@pragueinsight.example>",
        "subject": "XML results access - Prague Insight",
        "body": "Good afternoon,\n\nplease see our request in the attached Word document.\n\n"
        "Best,\nDaniel Whitmore\nCTO, Prague Insight s.r.o.\n",
        "attachments": [
            ("docx", "PragueInsight_request.docx", {"blocks": [
                "Prague Insight s.r.o. (Company ID " + PRAGUE_INSIGHT + ") requests access to "
                "the XML election results server for its English-language news site.",
                {"rows": [["Hosts", ""], ["", ""]],
                 "nested": {(1, 0): {"rows": [
                     ["Production"], ["198.51.100.11"], ["198.51.100.12"], ["198.51.100.13"],
                     ["198.51.100.14"], ["198.51.100.15"]]},
                            (1, 1): {"rows": [
                     ["Test"], ["198.51.100.31"], ["198.51.100.32"], ["198.51.100.33"],
                     ["198.51.100.34"], ["198.51.100.35"]]}}},
                "Contact: Daniel Whitmore, d.whitmore@pragueinsight.example, "
                "+420 775 002 619",
            ]}),
        ],
    },
    {
        "id": "y022-bitpress-txt-cidr-ipv6",
        "description": "terse key: value TXT from a technician: a /31 production block and an "
        "IPv6 /127 test block",
        "style": S.ATTACHMENT,
        "labels": L(
            FEED, "BitPress s.r.o.", BITPRESS, None,
            ["198.51.100.8", "198.51.100.9"], ["2001:db8:100::", "2001:db8:100::1"],
            "Igor Šťastný", "stastny@bitpress.example", "+420720118390",
        ),
        "from": "Igor Šťastný <stastny@bitpress.example>",
        "subject": "volby - pristup",
        "body": "data v txt\n",
        "attachments": [
            ("txt", "bitpress.txt",
             "firma: BitPress s.r.o.\n"
             "ico: " + BITPRESS + "\n"
             "sluzba: XML vysledky\n"
             "prod: 198.51.100.8/31\n"
             "test: 2001:db8:100::/127\n"
             "kontakt: Igor Šťastný <stastny@bitpress.example>, 720118390\n"),
        ],
    },
    {
        "id": "y023-radio-tatry-odt-slovak-form",
        "description": "Slovak ODT form with both boxes ticked; the contact's phone in "
        "00421 form",
        "style": S.SLOVAK,
        "labels": L(
            BOTH, "Rádio Tatry, s. r. o.", RADIO_TATRY, None,
            ["203.0.113.170"], ["203.0.113.171"],
            "Zuzana Kováčová", "kovacova@radiotatry.example", "+421903667120",
        ),
        "from": "Zuzana Kovacova <kovacova@radiotatry.example>",
        "subject": "Žiadosť - voľby prezidenta ČR",
        "body": "Dobrý deň, posielam vyplnený formulár. Ďakujem, Z. Kováčová\n",
        "attachments": [
            ("odt", "formular_RT.odt", [
                "ŽIADOSŤ MÉDIÁ",
                [["Žiadateľ", "Rádio Tatry, s. r. o."],
                 ["IČO", RADIO_TATRY],
                 ["Prístup k XML výsledkom", "☑ áno"],
                 ["Natáčanie na preberacom mieste", "☑ áno"],
                 ["IP produkcia", "203.0.113.170"],
                 ["IP test", "203.0.113.171"],
                 ["Kontaktná osoba", "Zuzana Kováčová"],
                 ["E-mail", "kovacova@radiotatry.example"],
                 ["Telefón", "00421 903 667 120"]],
            ]),
        ],
    },
    {
        "id": "y024-sluno-forward-own-request",
        "description": "the secretary forwards the editor's original request as an attached "
        "message; the editor is the contact",
        "style": S.FORWARD_OWN,
        "labels": L(
            FEED, "SLUNO vydavatelství s.r.o.", SLUNO, None,
            ["192.0.2.140"], ["192.0.2.141"],
            "Tomáš Rybář", "rybar@sluno.example", "+420608552703",
        ),
        "from": "Asistentka SLUNO <asistentka@sluno.example>",
        "subject": "Fwd: žádost o přístup k XML",
        "body": "Dobrý den,\npřeposílám žádost pana Rybáře, omylem ji poslal jen nám.\n"
        "Děkuji\nAsistentka redakce\n",
        "attachments": [
            ("eml", "zadost.eml", {
                "id": "y024-inner",
                "from": "Tomáš Rybář <rybar@sluno.example>",
                "to": "asistentka@sluno.example",
                "subject": "žádost o přístup k XML",
                "body": "Dobrý den,\n\nza SLUNO vydavatelství s.r.o. (IČO " + SLUNO + ") "
                "žádám o přístup k výsledkům voleb ve formátu XML. Ostrý provoz "
                "192.0.2.140, testovací adresa 192.0.2.141. Kontaktujte prosím přímo mě, "
                "rybar@sluno.example, mobil 608 552 703.\n\nTomáš Rybář\nzástupce "
                "šéfredaktora\n",
            }),
        ],
    },
    {
        "id": "y025-tv-podlesi-databox-xlsx",
        "description": "data message with an XLSX of addresses and contact; the annotation "
        "names only the subject",
        "style": S.DATABOX,
        "labels": L(
            FEED, "TV Podlesí s.r.o.", TV_PODLESI, "w9ct4ka",
            ["198.18.44.5", "198.18.44.6", "2001:db8:44::5"], [],
            "Roman Halík", "halik@tvpodlesi.example", "+420739504118",
        ),
        "subject": "Přístup k XML – volba prezidenta",
        "databox": {"box": "w9ct4ka", "sender": "TV Podlesí s.r.o.",
                    "address": "Náměstí 3, 588 13 Polná"},
        "attachments": [
            ("xlsx", "TVPodlesi.xlsx", [
                {"title": "Žádost", "rows": [
                    ["TV Podlesí s.r.o.", "IČO " + TV_PODLESI],
                    ["Požadujeme přístup k XML výsledkům", ""],
                    ["Adresa", "Role"],
                    ["198.18.44.5", "ostrý provoz"],
                    ["198.18.44.6", "ostrý provoz (záloha)"],
                    ["2001:db8:44::5", "ostrý provoz"],
                    ["Kontakt", "Roman Halík, halik@tvpodlesi.example, +420 739 504 118"],
                ], "merge": ["A2:B2"]},
            ]),
        ],
    },
    {
        "id": "y026-boskovice-rtf-filming-form",
        "description": "town newsroom RTF form: filming ticked, XML access not ticked",
        "style": S.FORM,
        "labels": L(
            FILM, "Město Boskovice", BOSKOVICE, None,
            [], [],
            "Eliška Nováčková", "novackova@boskovice-mesto.example", "+420516488215",
        ),
        "from": "Eliška Nováčková <novackova@boskovice-mesto.example>",
        "subject": "Boskovický zpravodaj – žádost",
        "body": "Dobrý den, zasílám formulář. Nováčková, tisková mluvčí\n",
        "attachments": [
            ("rtf", "formular_boskovice.rtf", [
                "Žadatel: Město Boskovice, Masarykovo nám. 4, 680 11 Boskovice, IČO "
                + BOSKOVICE,
                [["[ ] přístup k výsledkům ve formátu XML"],
                 ["[X] povolení pořizovat záznam na přebíracím místě (Blansko)"]],
                "Natáčet bude redakce Boskovického zpravodaje pro městskou televizi.",
                "Kontakt: Eliška Nováčková, novackova@boskovice-mesto.example, "
                "tel. 516 488 215",
            ]),
        ],
    },
    {
        "id": "y027-kopriva-cover-changes-contact",
        "description": "PDF letter names the editor as contact; the cover note hands the "
        "contact over to a colleague with her own e-mail and phone",
        "style": S.CORRECTION,
        "labels": L(
            FEED, "Kopřiva a syn, v.o.s.", KOPRIVA, None,
            ["203.0.113.55"], ["203.0.113.56"],
            "Simona Jelínková", "jelinkova@koprivaasyn.example", "+420604331870",
        ),
        "from": "Karel Kopřiva <karel@koprivaasyn.example>",
        "subject": "žádost o XML výsledky",
        "body": "Dobrý den,\n\nposílám žádost. Od příštího týdne jsem ale mimo redakci, takže "
        "kontaktní osobou místo mě bude kolegyně Simona Jelínková, "
        "jelinkova@koprivaasyn.example, 604 331 870.\n\nKarel Kopřiva\n",
        "attachments": [
            ("pdf", "zadost_kopriva.pdf", [
                "Kopřiva a syn, v.o.s., vydavatel Týdeníku Polabí, IČO " + KOPRIVA,
                "Žádáme o přístup k XML výsledkům voleb. IP adresa pro ostrý provoz: "
                "203.0.113.55, pro testování: 203.0.113.56.",
                "Kontaktní osoba: Karel Kopřiva, karel@koprivaasyn.example, 602 114 980",
            ]),
        ],
    },
    {
        "id": "y028-alpenfunk-pdf-english-both",
        "description": "Austrian broadcaster without IČO; English PDF letter; feed and "
        "filming; IPv6 production address",
        "style": S.ENGLISH,
        "labels": L(
            BOTH, "Alpenfunk Medien GmbH", None, None,
            ["2001:db8:a1::80", "198.18.90.80"], ["198.18.90.81"],
            "Lukas Gruber", "l.gruber@alpenfunk.example", "+436641234907",
        ),
        "from": "Alpenfunk Newsroom <newsroom@alpenfunk.example>",
        "subject": "Application: results feed and filming permission",
        "body": "Dear colleagues, our signed application is attached. Regards, Newsroom\n",
        "attachments": [
            ("pdf", "Alpenfunk_application.pdf", [
                "<b>Alpenfunk Medien GmbH</b>, Mariahilfer Straße 101, 1060 Wien, Austria "
                "(FN 412233x)",
                "We kindly apply for (1) access to the XML results server during the Czech "
                "presidential election and (2) permission for our crew to film at the "
                "collection point in České Budějovice.",
                {"rows": [["Role", "Address"],
                          ["production", "2001:db8:a1::80"],
                          ["production", "198.18.90.80"],
                          ["test", "198.18.90.81"]], "widths": [120, 200]},
                "Contact: Lukas Gruber, head of news technology, l.gruber@alpenfunk.example, "
                "+43 664 1234907",
                "Mag. Julia Steiner, managing director",
            ]),
        ],
    },
]
