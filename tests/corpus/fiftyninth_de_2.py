"""Fifty-ninth held-out part ``de``, cases de015–de028: an iso-8859-2 Evolution mail, a signed
Outlook letter with a DOCX, a forward as attached .eml, an HTML-only Gmail table with IPv6, a
Polish sender in English, a natural person's data message with a workbook, a base64 Seznam
note, a reply to the office's question, a Hungarian sender in multipart/alternative, an ODT
behind a cover that corrects the phone, an 8bit iPhone cover with an RTF, a German sender with
IPv6 only, a university faculty and a withdrawn filming request. Written by hand apart from the
extraction rules (see make_fiftyninth_de); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyninth_de_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18 = ico("2604719"), ico("0357182"), ico("2918436"), ico("0462853")
I20, I22, I24, I25 = ico("7310548"), ico("2786135"), ico("0639271"), ico("2547809")
I27, I28 = ico("0021697"), ico("2893064")

CASES: list[dict[str, Any]] = [
    {
        "id": "de015-evolution-iso88592-several-people",
        "description": "iso-8859-2 Evolution mail signed by the editor-in-chief, naming an IT "
        "colleague as the contact and a photographer for the filming",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Orlický deník s.r.o.",
            I15,
            None,
            ["198.18.60.10", "198.18.60.11"],
            ["198.18.60.20"],
            "Michal Šťastný",
            "stastny@orlickydenik.example",
            "+420734602118",
        ),
        "from": "Hana Pešková <peskova@orlickydenik.example>",
        "subject": "Žádost o výsledky voleb a natáčení",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nOrlický deník s.r.o. (IČO " + I15 + ") žádá o přístup "
        "k výsledkům voleb (produkce 198.18.60.10 a 198.18.60.11, test 198.18.60.20) a o "
        "povolení natáčet na pracovišti v Hradci Králové - natáčet bude náš fotograf "
        "Lukáš Dostál.\n\nTechnickou stránku a kontakt za žádost má na starosti Michal "
        "Šťastný, stastny@orlickydenik.example, 734 602 118.\n\nHana Pešková\n"
        "šéfredaktorka\n",
    },
    {
        "id": "de016-smime-outlook-docx",
        "description": "S/MIME signed Outlook cover; the DOCX letter has a header with the "
        "IČO and a table with roles in the first column",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Pražský kurýr a.s.",
            I16,
            None,
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["192.0.2.20"],
            "David Beneš",
            "benes@prazskykuryr.example",
            "+420222519870",
        ),
        "from": "Beneš David <benes@prazskykuryr.example>",
        "subject": "Žádost o přístup – Pražský kurýr",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Dobrý den,\nv příloze zasílám podepsanou žádost.\nS pozdravem\nDavid Beneš\n",
        "attachments": [
            (
                "docx",
                "zadost_PK.docx",
                {
                    "header": "Pražský kurýr a.s. | Vinohradská 12, 120 00 Praha 2 | IČO " + I16,
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb na dedikovaném serveru",
                        {
                            "rows": [
                                ["produkční", "192.0.2.10, 192.0.2.11, 192.0.2.12"],
                                ["testovací", "192.0.2.20"],
                                [
                                    "kontakt",
                                    "David Beneš, benes@prazskykuryr.example, tel. 222 519 870",
                                ],
                            ]
                        },
                        "Ing. Tereza Malá, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "de017-forward-as-attached-eml",
        "description": "the assistant forwards the editor's application as an attached .eml "
        "with a one-line note; everything is in the inner message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Ostravský magazín s.r.o.",
            I17,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Roman Kučera",
            "kucera@ostravskymagazin.example",
            "+420597311845",
        ),
        "from": "Asistentka redakce <asistentka@ostravskymagazin.example>",
        "subject": "Fw: žádost o přístup k výsledkům",
        "headers": TBIRD,
        "body": "Dobrý den, přeposílám žádost pana Kučery, omlouváme se za zpoždění.\n",
        "attachments": [
            (
                "eml",
                "zadost_kucera.eml",
                {
                    "id": "de017-inner",
                    "from": "Roman Kučera <kucera@ostravskymagazin.example>",
                    "subject": "žádost o přístup k výsledkům",
                    "body": "Dobrý den,\nOstravský magazín s.r.o., IČO " + I17 + ", žádá o "
                    "přístup k XML výsledkům voleb.\nProdukce: 203.0.113.33\nTest: "
                    "203.0.113.34\nKontakt: Roman Kučera, 597 311 845\n",
                },
            )
        ],
    },
    {
        "id": "de018-gmail-html-only-ipv6-test",
        "description": "HTML-only Gmail mail: a table with an IPv4 production and an IPv6 test "
        "address, the contact in a div after it",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kladenský net, s.r.o.",
            I18,
            None,
            ["198.51.100.5"],
            ["2001:db8:77::5"],
            "Adam Novotný",
            "novotny@kladenskynet.example",
            "+420721006384",
        ),
        "from": "Adam Novotný <novotny@kladenskynet.example>",
        "subject": "XML výsledky",
        "headers": GMAIL,
        "html": '<div dir="ltr">Dobrý den,<br>prosím o přístup k výsledkům voleb.<br><br>'
        '<table border="1"><tr><td>Kladenský net, s.r.o.</td><td>IČO ' + I18 + "</td></tr>"
        "<tr><td>produkční</td><td>198.51.100.5</td></tr><tr><td>testovací (IPv6)</td>"
        "<td>2001:db8:77:0:0:0:0:5</td></tr></table><br>Adam Novotný<br>721 006 384</div>",
    },
    {
        "id": "de019-polish-english-both",
        "description": "a Polish correspondent writes English from Thunderbird: feed and "
        "filming, production and test addresses in one sentence, Polish mobile, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Gazeta Śląska Sp. z o.o.",
            None,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Agnieszka Nowicka",
            "a.nowicka@gazetaslaska.example",
            "+48601772340",
        ),
        "from": "Agnieszka Nowicka <a.nowicka@gazetaslaska.example>",
        "subject": "Request: election results access and filming permission",
        "headers": TBIRD,
        "body": "Hello,\n\nI am writing on behalf of Gazeta Śląska Sp. z o.o. (Katowice). We "
        "would like to receive access to the XML results server - our production server is "
        "203.0.113.120 and the test one 203.0.113.121 - and we also ask for permission to "
        "film at the collection point in Ostrava on election night.\n\nKind regards,\n"
        "Agnieszka Nowicka\ntel. +48 601 772 340\n",
    },
    {
        "id": "de020-databox-person-xlsx",
        "description": "data message from a natural person in business; the workbook has the "
        "addresses with a role column, the annotation only the subject",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Tomáš Vlček – VlčekData",
            I20,
            "v3mx8tp",
            ["198.18.90.2", "198.18.90.3"],
            ["198.18.90.30"],
            "Tomáš Vlček",
            "tomas@vlcekdata.example",
            "+420603184257",
        ),
        "databox": box("v3mx8tp", "Tomáš Vlček", "Polní 7, 664 34 Kuřim", kind=40),
        "subject": "Žádost o XML výsledky voleb",
        "attachments": [
            (
                "xlsx",
                "zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Tomáš Vlček – VlčekData"],
                            ["IČO", I20],
                            ["Kontakt", "Tomáš Vlček, tomas@vlcekdata.example, 603 184 257"],
                            [],
                            ["Role", "IP adresa"],
                            ["produkční", "198.18.90.2"],
                            ["produkční", "198.18.90.3"],
                            ["testovací", "198.18.90.30"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "de021-seznam-base64-filming-only",
        "description": "base64 Seznam note without diacritics asking only to film; the XML "
        "feed explicitly not wanted",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "TV Beskydy s.r.o.",
            I22,
            None,
            [],
            [],
            "Jiri Pavlik",
            "pavlik@tvbeskydy.example",
            "+420558210937",
        ),
        "from": "Jiri Pavlik <pavlik@tvbeskydy.example>",
        "subject": "nataceni volby",
        "headers": SEZNAM,
        "cte": "base64",
        "body": "dobry den, chteli bychom natacet na vasem pracovisti ve Frydku-Mistku "
        "ve volebni noci (kamera + redaktor). xml nepotrebujem, vysledky bereme z webu.\n"
        "TV Beskydy s.r.o., ICO " + I22 + "\nJiri Pavlik, 558 210 937\n",
    },
    {
        "id": "de022-reply-to-office-question",
        "description": "a reply to the officer's question which address is which; the answer "
        "swaps the roles of the original message, the officer's signature with the office "
        "phone quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Dyje s.r.o.",
            None,
            None,
            ["192.0.2.88"],
            ["192.0.2.87"],
            "Pavla Horáková",
            "horakova@radiodyje.example",
            "+420515224670",
        ),
        "from": "Pavla Horáková <horakova@radiodyje.example>",
        "subject": "Re: dotaz k žádosti",
        "headers": APPLE,
        "body": "Dobrý den,\nomlouvám se, v původní zprávě jsem to prohodila: produkční je "
        ".88, testovací .87.\nP. Horáková, 515 224 670\n\n> Dne 11. 9. 2025 v 9:40 "
        "napsal(a) Jan Mráz <mraz@czso.cz>:\n>\n> Dobrý den, upřesněte prosím, která adresa "
        "je produkční.\n> Jan Mráz, ČSÚ, tel. +420 274 052 733\n>\n>> Dne 10. 9. 2025 "
        "napsala Pavla Horáková:\n>> Rádio Dyje s.r.o. žádá o přístup k XML. Produkční "
        "192.0.2.87, testovací 192.0.2.88.\n",
    },
    {
        "id": "de023-hungarian-alternative",
        "description": "a Hungarian editor writes English in multipart/alternative (text and "
        "HTML); surname first in the signature as Hungarian does; Hungarian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunai Hírek Kft.",
            None,
            None,
            ["198.51.100.160", "198.51.100.161"],
            [],
            "Szabó Eszter",
            "szabo.eszter@dunaihirek.example",
            "+36301184527",
        ),
        "from": "Szabó Eszter <szabo.eszter@dunaihirek.example>",
        "subject": "Access to election results feed",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\nDunai Hírek Kft. (Győr) kindly asks for access to the "
        "election XML feed from our production servers 198.51.100.160 and 198.51.100.161. "
        "We have no separate test server.\n\nBest regards,\nSzabó Eszter\n+36 30 118 4527\n",
        "html": "<p>Dear Sir or Madam,</p><p>Dunai Hírek Kft. (Győr) kindly asks for access "
        "to the election XML feed from our production servers 198.51.100.160 and "
        "198.51.100.161. We have no separate test server.</p><p>Best regards,<br>Szabó "
        "Eszter<br>+36 30 118 4527</p>",
    },
    {
        "id": "de024-odt-cover-corrects-phone",
        "description": "the ODT form gives one phone; the cover mail says it changed and gives "
        "the new mobile",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Plzeňský obzor s.r.o.",
            I24,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Eva Šindelářová",
            "sindelarova@plzenskyobzor.example",
            "+420728663105",
        ),
        "from": "Eva Šindelářová <sindelarova@plzenskyobzor.example>",
        "subject": "žádost volby - Plzeňský obzor",
        "headers": OWA,
        "body": "Dobrý den,\nžádost je v příloze. Jen pozor, telefon ve formuláři už "
        "neplatí, nový mobil je 728 663 105.\nDěkuji, E. Šindelářová\n",
        "attachments": [
            (
                "odt",
                "zadost_PO.odt",
                [
                    "Plzeňský obzor s.r.o., IČO " + I24,
                    "Žádáme o přístup k výsledkům voleb (XML) a o povolení natáčet.",
                    "Produkční IP: 203.0.113.240; testovací IP: 203.0.113.241",
                    "Kontakt: Eva Šindelářová, sindelarova@plzenskyobzor.example, tel. 377 812 450",
                ],
            )
        ],
    },
    {
        "id": "de025-iphone-8bit-rtf",
        "description": "8bit iPhone mail 'viz příloha'; the RTF holds the application with "
        "the addresses in a two-column table",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Východočeský expres s.r.o.",
            I25,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.39"],
            "Karel Mikeš",
            "mikes@vcexpres.example",
            "+420608735201",
        ),
        "from": "Karel Mikeš <mikes@vcexpres.example>",
        "subject": "Žádost",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "Viz příloha.\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Východočeský expres s.r.o., IČO " + I25,
                    "Žádost o přístup k dedikovanému serveru s výsledky voleb",
                    {"rows": [["produkční", "192.0.2.30, 192.0.2.31"], ["test", "192.0.2.39"]]},
                    "Kontakt: Karel Mikeš, mikes@vcexpres.example, 608 735 201",
                ],
            )
        ],
    },
    {
        "id": "de026-german-english-ipv6-prod",
        "description": "a German sender writes English from a Samsung phone: two IPv6 "
        "production addresses, one written uncompressed, no test; German mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Sächsische Zeitungsgruppe GmbH",
            None,
            None,
            ["2001:db8:1200::20", "2001:db8:1200::21"],
            [],
            "Jonas Richter",
            "richter@szgruppe.example",
            "+4915112345678",
        ),
        "from": "Jonas Richter <richter@szgruppe.example>",
        "subject": "election feed",
        "headers": SAMSUNG,
        "body": "Hi,\nwe (Sächsische Zeitungsgruppe GmbH, Dresden) would like access to the "
        "election results XML. Our servers are IPv6 only: 2001:db8:1200::20 and "
        "2001:0db8:1200:0000:0000:0000:0000:0021, both production, no test env.\n"
        "Jonas Richter, +49 151 12345678\n\nSent from my Galaxy\n",
    },
    {
        "id": "de027-zimbra-university-faculty",
        "description": "a faculty's media lab writes from Zimbra; the applicant is the "
        "university as written, feed and filming",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Univerzita Jana Ámose v Kroměříži",
            I27,
            None,
            ["198.18.100.50"],
            ["198.18.100.51"],
            "Lucie Hájková",
            "hajkova@ujak.example",
            "+420573501224",
        ),
        "from": "Lucie Hájková <hajkova@ujak.example>",
        "subject": "Studentská volební noc – žádost",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nmediální laboratoř Fakulty humanitních studií pořádá "
        "studentské vysílání volební noci. Za Univerzitu Jana Ámose v Kroměříži (IČO "
        + I27
        + ") žádám o přístup k XML výsledkům (produkční 198.18.100.50, testovací "
        "198.18.100.51) a o povolení natáčet na pracovišti ve Zlíně.\n\nMgr. Lucie "
        "Hájková, Ph.D.\nvedoucí mediální laboratoře\ntel. 573 501 224\n",
    },
    {
        "id": "de028-owa-filming-withdrawn",
        "description": "asks for the feed and filming, then in a P.S. withdraws the filming "
        "(the crew is elsewhere); feed only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kroměřížský Region s.r.o.",
            I28,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Jana Šebková",
            "sebkova@kmregion.example",
            "+420606113742",
        ),
        "from": "Šebková Jana <sebkova@kmregion.example>",
        "subject": "žádost o přístup a natáčení",
        "headers": OWA,
        "body": "Dobrý den,\nKroměřížský Region s.r.o. (IČO " + I28 + ") žádá o přístup "
        "k výsledkům voleb – produkce 203.0.113.5, test 203.0.113.6 – a o povolení "
        "natáčet.\nJana Šebková, 606 113 742\n\nP.S. Natáčení prosím škrtněte, štáb bude "
        "ten večer jinde. Přístup k XML platí.\n",
    },
]
