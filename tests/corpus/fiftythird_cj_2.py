"""Fifty-third held-out part ``cj``, cases cj015–cj028: a forward as an attached .eml, an
HTML-only Gmail table with a merged role cell from a Polish sender, a data message with a DOCX,
a mail quoting the office's own press release and press contacts, a Hungarian sender with IPv6
addresses, a windows-1250 quoted-printable cover with an RTF letter, an S/MIME-signed faculty
application, a data message from a one-person business with a workbook, a sloppy Seznam note,
an iso-8859-2 TV request with two phones, a base64 multipart/alternative Austrian request, an
answer to the office's question quoting its signature, an HTML-only list from Slovenia and a
phone-typed filming request from Android Gmail. Written by hand apart from the extraction rules
(see make_fiftythird_cj); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftythird_cj_common import (
    ANDROID_GMAIL,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I15, I17, I18, I20 = ico("2794306"), ico("0456182"), ico("2638527"), ico("2519740")
I21, I22, I23, I24 = ico("0061735"), ico("7403182"), ico("2887461"), ico("0581629")
I26, I28 = ico("2713958"), ico("2946507")

CASES: list[dict[str, Any]] = [
    {
        "id": "cj015-forward-as-attached-eml",
        "description": "Evolution forwards a colleague's application as an attached .eml with "
        "a one-line cover; the applicant, addresses and contact are only in the inner message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Liberecký posel s.r.o.",
            I15,
            None,
            ["198.51.100.88"],
            ["198.51.100.89"],
            "Dana Křelinová",
            "krelinova@liberecky-posel.example",
            "+420725318604",
        ),
        "from": "Marek Svoboda <svoboda@liberecky-posel.example>",
        "subject": "Fwd: Přístup k XML výsledkům voleb",
        "headers": EVOLUTION,
        "body": "Dobrý den, přeposílám žádost kolegyně Dany, kontaktní osoba je ona.\nM. Svoboda\n",
        "attachments": [
            (
                "eml",
                "Přístup k XML výsledkům voleb.eml",
                {
                    "id": "cj015-inner",
                    "from": "Dana Křelinová <krelinova@liberecky-posel.example>",
                    "to": "svoboda@liberecky-posel.example",
                    "subject": "Přístup k XML výsledkům voleb",
                    "headers": EVOLUTION,
                    "body": "Marku,\n\n"
                    "prosím pošli za nás na podatelnu ČSÚ:\n\n"
                    "Liberecký posel s.r.o., IČO " + I15 + ", žádá o zpřístupnění výsledků "
                    "voleb na dedikovaném serveru.\n"
                    "- produkční server: 198.51.100.88\n"
                    "- testovací server: 198.51.100.89\n"
                    "- kontakt: Dana Křelinová, krelinova@liberecky-posel.example, "
                    "tel. 725 318 604\n\n"
                    "Dík, Dana\n",
                },
            )
        ],
    },
    {
        "id": "cj016-html-only-polish-merged-role-cell",
        "description": "HTML-only Gmail from a Polish agency writing English: a table whose "
        "'IP addresses' cell spans the production and test rows; both requests; no IČO",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Agencja Informacyjna Wisła sp. z o.o.",
            None,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.209"],
            "Tomasz Wróblewski",
            "t.wroblewski@aiwisla.example",
            "+48601884237",
        ),
        "from": "Tomasz Wróblewski <t.wroblewski@aiwisla.example>",
        "subject": "Election night - data access and filming request",
        "headers": GMAIL,
        "html": '<div dir="ltr"><div>Good morning,</div><div><br></div>'
        "<div>on behalf of Agencja Informacyjna Wisła sp. z o.o. (Warsaw) I would like to ask "
        "for access to the XML election results and for a permit for our camera team to "
        "film at the Czech Statistical Office on election night.</div><div><br></div>"
        '<table border="1" style="border-collapse:collapse">'
        '<tr><td rowspan="2"><b>IP addresses</b></td><td>production</td>'
        "<td>192.0.2.201, 192.0.2.202</td></tr>"
        "<tr><td>test</td><td>192.0.2.209</td></tr>"
        '<tr><td colspan="2"><b>Contact</b></td><td>Tomasz Wróblewski, '
        "t.wroblewski@aiwisla.example, +48 601 884 237</td></tr>"
        '<tr><td colspan="2"><b>Film crew</b></td><td>Piotr Zając (camera), '
        "Anna Kowal (reporter)</td></tr></table>"
        "<div><br></div><div>Best regards,</div><div>Tomasz Wróblewski<br>"
        "Agencja Informacyjna Wisła</div></div>",
    },
    {
        "id": "cj017-databox-docx-both-requests",
        "description": "data message with a bare annotation; the DOCX letter asks for both, "
        "lists addresses in a role table and names a contact other than the signer",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Orlice, spol. s r.o.",
            I17,
            "r2ol9mq",
            ["198.51.100.151", "198.51.100.152"],
            ["198.51.100.159"],
            "Kamila Bártová",
            "bartova@radioorlice.example",
            "+420604227913",
        ),
        "databox": box(
            "r2ol9mq", "Rádio Orlice, spol. s r.o.", "Husova 51, 516 01 Rychnov nad Kněžnou"
        ),
        "subject": "Žádost ČSÚ volby",
        "attachments": [
            (
                "docx",
                "zadost_csu.docx",
                {
                    "header": "Rádio Orlice, spol. s r.o. | IČO " + I17,
                    "blocks": [
                        "Český statistický úřad\nodbor volebních informací",
                        "Žádáme o zpřístupnění výsledků voleb na dedikovaném serveru a o "
                        "povolení pořizovat zvukový a obrazový záznam na krajském pracovišti "
                        "v Hradci Králové.",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["produkce", "198.51.100.151"],
                                ["produkce", "198.51.100.152"],
                                ["test", "198.51.100.159"],
                            ]
                        },
                        "Kontaktní osoba: Kamila Bártová, bartova@radioorlice.example, 604 227 913",
                        "Ing. Vladimír Černohorský\njednatel, tel. 494 530 300",
                    ],
                },
            )
        ],
    },
    {
        "id": "cj018-quotes-office-press-release",
        "description": "the applicant pastes the office's press release with its press "
        "contacts, phone and web below its request; a /30 production block, no test",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zlínský večerník s.r.o.",
            I18,
            None,
            ["203.0.113.24", "203.0.113.25", "203.0.113.26", "203.0.113.27"],
            [],
            "Ondřej Vybíral",
            "vybiral@zlinskyvecernik.example",
            "+420728904316",
        ),
        "from": "Ondřej Vybíral <vybiral@zlinskyvecernik.example>",
        "subject": "Re: Informace pro média – výsledky voleb 2025",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\n"
        "na základě Vaší tiskové zprávy níže žádáme o přístup k výsledkům voleb ve formátu "
        "XML. Žadatel: Zlínský večerník s.r.o., IČO " + I18 + ".\n"
        "Stahovat budeme z rozsahu 203.0.113.24/30, samostatný test nemáme.\n"
        "Kontakt: Ondřej Vybíral, 728 904 316.\n\n"
        "S pozdravem\nOndřej Vybíral\n\n"
        "Od: Český statistický úřad <info@czso.cz>\n"
        "Datum: pondělí 1. září 2025 9:00\n"
        "Předmět: Informace pro média – výsledky voleb 2025\n\n"
        "Český statistický úřad zpřístupní průběžné výsledky voleb do Poslanecké sněmovny "
        "médiím na dedikovaném serveru ve formátu XML. Žádosti s IP adresami zasílejte do "
        "22. září na podatelna@czso.cz nebo do datové schránky 2gfaasy.\n"
        "Kontakty pro média: tiskové oddělení ČSÚ, tel. +420 274 052 733, "
        "e-mail media@czso.cz, www.czso.cz\n"
        "Český statistický úřad, IČO 00025593\n",
    },
    {
        "id": "cj019-hungarian-english-ipv6",
        "description": "a Hungarian data firm writes English; IPv6 production and test "
        "addresses, one written with a leading-zero group; a Hungarian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Duna Adat Kft.",
            None,
            None,
            ["2001:db8:36::10", "2001:db8:36::11"],
            ["2001:db8:36::20"],
            "Dóra Szabó",
            "szabo.dora@dunaadat.example",
            "+36304127785",
        ),
        "from": "Dóra Szabó <szabo.dora@dunaadat.example>",
        "subject": "XML feed access request - Duna Adat Kft.",
        "headers": OWA,
        "body": "Hello,\n\n"
        "we are Duna Adat Kft., a small data visualisation company in Budapest, and we would "
        "like to use your XML feed for our Central European election dashboard.\n\n"
        "Our servers are IPv6 only:\n"
        "production 2001:db8:36::10 and 2001:0db8:0036::0011\n"
        "test 2001:db8:36::20\n\n"
        "Contact: Dóra Szabó, +36 30 412 7785\n\n"
        "Thank you,\nDóra Szabó\nDuna Adat Kft. | Budapest\n",
    },
    {
        "id": "cj020-windows1250-qp-cover-rtf-letter",
        "description": "Outlook quoted-printable windows-1250 cover with the letter as RTF: a "
        "/30 block and a /32, the contact's line and mobile side by side",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I20,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210"],
            "Šárka Lehnertová",
            "lehnertova@radiobeskydy.example",
            "+420556718240",
        ),
        "from": "Lehnertová Šárka <lehnertova@radiobeskydy.example>",
        "subject": "Žádost o přístup – volby",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "qp",
        "body": "Dobrý den,\n\nv příloze zasílám žádost naší společnosti.\n\n"
        "S pozdravem\nŠárka Lehnertová\nRádio Beskydy s.r.o.\n",
        "attachments": [
            (
                "rtf",
                "Zadost_RadioBeskydy.rtf",
                [
                    "Rádio Beskydy s.r.o., Zahradní 7, 738 01 Frýdek-Místek, IČO " + I20,
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Žádáme o zpřístupnění výsledků na dedikovaném serveru ČSÚ.",
                    [
                        ["Produkční síť", "198.51.100.200/30"],
                        ["Testovací adresa", "198.51.100.210/32"],
                        [
                            "Kontaktní osoba",
                            "Šárka Lehnertová, tel. 556 718 240, mobil 731 660 258",
                        ],
                    ],
                    "Šárka Lehnertová, vedoucí vysílání",
                ],
            )
        ],
    },
    {
        "id": "cj021-smime-faculty-applies-as-university",
        "description": "S/MIME-signed mail from a faculty, which applies as its university; "
        "both requests, the signature also names the dean's office and its phone",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Polytechnika Vltavská, veřejná vysoká škola",
            I21,
            None,
            ["198.18.64.10"],
            ["198.18.64.11"],
            "Pavla Říhová",
            "rihova@fzk.polytechnika-vltavska.example",
            "+420387771452",
        ),
        "from": "Pavla Říhová <rihova@fzk.polytechnika-vltavska.example>",
        "subject": "Žádost – výsledky voleb a natáčení studentské televize",
        "headers": TBIRD,
        "smime": True,
        "body": "Dobrý den,\n\n"
        "Fakulta žurnalistiky a komunikace Polytechniky Vltavské, veřejné vysoké školy "
        "(IČO " + I21 + "), žádá o přístup k výsledkům voleb v XML pro projekt studentské "
        "volební studio a o povolení natáčet na pracovišti ČSÚ v Českých Budějovicích.\n\n"
        "Server studia: 198.18.64.10, testovací stroj 198.18.64.11.\n\n"
        "Kontaktní osoba: Ing. Pavla Říhová, Ph.D., tel. 387 771 452.\n\n"
        "S pozdravem\n\n"
        "Ing. Pavla Říhová, Ph.D.\n"
        "Katedra mediálních studií\n"
        "Polytechnika Vltavská, veřejná vysoká škola\n"
        "děkanát FŽK: prof. Mgr. Aleš Štícha, CSc., děkan, tel. 387 771 400\n",
    },
    {
        "id": "cj022-databox-osvc-workbook",
        "description": "data message from a one-person business's box (type 40): the workbook "
        "names the applicant as 'person – trade name' and lists three production addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Filip Navrátil – Datová dílna",
            I22,
            "f3nv8ak",
            ["192.0.2.31", "192.0.2.32", "192.0.2.33"],
            ["192.0.2.39"],
            "Filip Navrátil",
            "filip@datovadilna.example",
            "+420720416938",
        ),
        "databox": box("f3nv8ak", "Filip Navrátil", "Kpt. Jaroše 14, 602 00 Brno", kind=40),
        "subject": "Volby 2025 - XML",
        "attachments": [
            (
                "xlsx",
                "zadost_navratil.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Filip Navrátil – Datová dílna"],
                            ["IČO", I22],
                            ["Požaduji", "přístup k XML výsledkům"],
                            ["Kontakt", "filip@datovadilna.example, 720 416 938"],
                            [],
                            ["Adresa", "Použití"],
                            ["192.0.2.31", "produkce"],
                            ["192.0.2.32", "produkce"],
                            ["192.0.2.33", "produkce (záložní)"],
                            ["192.0.2.39", "test"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cj023-sloppy-seznam-shorthand",
        "description": "sloppy Seznam mail: the second address written as a bare last octet "
        "('198.51.100.101 a 102'), testing from production, the phone with a typo'd spacing",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Hostivařské noviny s.r.o.",
            I23,
            None,
            ["198.51.100.101", "198.51.100.102"],
            [],
            "Stanislav Vojtek",
            "vojtek.st@seznam.example",
            "+420602913584",
        ),
        "from": "Stanislav Vojtek <vojtek.st@seznam.example>",
        "subject": "pristup xml",
        "headers": SEZNAM,
        "body": "dobry den\n\n"
        "za Hostivařské noviny s.r.o., ičo " + I23 + ", bysme chtěli zase ty výsledky v xml "
        "jako minule. stahovat budem z 198.51.100.101 a 102, testovat budem "
        "rovnou na tom samým, jinej stroj nemáme.\n"
        "kdyby něco volejte 602 91 35 84, Standa Vojtek\n\n"
        "s pozdravem Vojtek\n",
    },
    {
        "id": "cj024-iso88592-tv-two-phones",
        "description": "iso-8859-2 Centrum mail from a TV: both requests, the contact's desk "
        "line and mobile side by side after the switchboard",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "TV Pardubice Region a.s.",
            I24,
            None,
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Eva Machatá",
            "machata@tvpr.example",
            "+420466520331",
        ),
        "from": "Eva Machatá <machata@tvpr.example>",
        "subject": "Zadost o pristup k vysledkum a o natáčení",
        "headers": CENTRUM,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "TV Pardubice Region a.s. (IČO " + I24 + ") žádá o přístup k XML výsledkům voleb "
        "a o povolení natáčet na krajském pracovišti ČSÚ v Pardubicích.\n\n"
        "Produkční IP: 203.0.113.101\nTestovací IP: 203.0.113.102\n\n"
        "Kontakt: Eva Machatá, produkce\n"
        "ústředna 466 520 300, linka 466 520 331, mobil 605 887 410\n\n"
        "Štáb: Karel Pitra (kamera), Lenka Hošková (redaktorka)\n\n"
        "Eva Machatá\n",
    },
    {
        "id": "cj025-austrian-alternative-base64",
        "description": "Zimbra multipart/alternative in base64 from an Austrian broadcaster "
        "writing English; both requests; the Vienna phone with its area code",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alpenfunk Medien GmbH",
            None,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Lukas Brandstätter",
            "l.brandstaetter@alpenfunk.example",
            "+4315874312",
        ),
        "from": "Lukas Brandstätter <l.brandstaetter@alpenfunk.example>",
        "subject": "Czech elections: XML access + filming permit",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": "Dear colleagues,\n\n"
        "Alpenfunk Medien GmbH (Vienna) kindly asks for\n"
        "1) access to the XML results server and\n"
        "2) a permit to film at your Prague office on election night.\n\n"
        "Production IPs: 192.0.2.60, 192.0.2.61\nTest IP: 192.0.2.62\n\n"
        "Contact: Lukas Brandstätter, +43 1 5874 312\n\n"
        "Best regards\nLukas Brandstätter\n",
        "html": "<html><body><p>Dear colleagues,</p>"
        "<p>Alpenfunk Medien GmbH (Vienna) kindly asks for</p><ol>"
        "<li>access to the XML results server and</li>"
        "<li>a permit to film at your Prague office on election night.</li></ol>"
        "<p><b>Production IPs:</b> 192.0.2.60, 192.0.2.61<br><b>Test IP:</b> 192.0.2.62</p>"
        "<p>Contact: Lukas Brandstätter, +43 1 5874 312</p>"
        "<p>Best regards<br>Lukas Brandstätter</p></body></html>",
    },
    {
        "id": "cj026-answer-to-office-question",
        "description": "an answer to the office's question which address is the test one; the "
        "quoted office mail carries its IČO, box ID and phone, the applicant's own original "
        "below it lists three addresses without roles",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Sokolovský týden s.r.o.",
            I26,
            None,
            ["203.0.113.44", "203.0.113.46"],
            ["203.0.113.45"],
            "Hynek Bouška",
            "bouska@sokolovskytyden.example",
            "+420732158046",
        ),
        "from": "Hynek Bouška <bouska@sokolovskytyden.example>",
        "subject": "RE: Dotaz k žádosti – Sokolovský týden",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "testovací je ta prostřední, 203.0.113.45. Zbylé dvě (.44 a .46) jsou produkční.\n\n"
        "H. Bouška\n\n"
        "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
        "Sent: Thursday, September 11, 2025 1:22 PM\n"
        "To: Hynek Bouška <bouska@sokolovskytyden.example>\n"
        "Subject: Dotaz k žádosti – Sokolovský týden\n\n"
        "Dobrý den,\n"
        "ve Vaší žádosti jsou tři adresy bez určení. Která z nich je testovací?\n\n"
        "Podatelna\n"
        "Český statistický úřad | IČO 00025593 | ID DS 2gfaasy | tel. +420 274 052 733\n\n"
        "From: Hynek Bouška <bouska@sokolovskytyden.example>\n"
        "Sent: Wednesday, September 10, 2025 8:05 AM\n"
        "To: podatelna@czso.cz\n"
        "Subject: Žádost o výsledky voleb\n\n"
        "Dobrý den,\n"
        "Sokolovský týden s.r.o., IČO " + I26 + ", žádá o přístup k XML výsledkům.\n"
        "IP: 203.0.113.44, 203.0.113.45, 203.0.113.46\n"
        "Kontakt: Hynek Bouška, 732 158 046\n",
    },
    {
        "id": "cj027-html-only-slovene-list",
        "description": "HTML-only Thunderbird mail in 8bit from a Slovene outlet writing "
        "English: roles in a bulleted list, IPv6 production next to IPv4, a Slovene mobile",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Medijska hiša Sotla d.o.o.",
            None,
            None,
            ["2001:db8:386::5", "198.18.86.5"],
            ["2001:db8:386::6"],
            "Nina Kovačič",
            "nina.kovacic@sotla.example",
            "+38641235067",
        ),
        "from": "Nina Kovačič <nina.kovacic@sotla.example>",
        "subject": "Access to election results XML",
        "headers": TBIRD,
        "cte": "8bit",
        "html": '<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body>'
        "<p>Dear Sir/Madam,</p>"
        "<p>Medijska hiša Sotla d.o.o. from Celje, Slovenia, applies for access to the XML "
        "feed with Czech election results. Our addresses:</p><ul>"
        "<li>production: 2001:db8:386::5</li>"
        "<li>production (IPv4 fallback): 198.18.86.5</li>"
        "<li>test: 2001:db8:386::6</li></ul>"
        "<p>Contact person: Nina Kovačič, +386 41 235 067</p>"
        "<p>Kind regards,<br>Nina Kovačič<br>data desk, Sotla</p></body></html>",
    },
    {
        "id": "cj028-android-gmail-filming-no-diacritics",
        "description": "phone-typed Gmail from Android without diacritics: a TV crew asks "
        "only to film, the named contact is a producer in Cc (her diacritics only there), not the sender",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "TV Morava Sever s.r.o.",
            I28,
            None,
            [],
            [],
            "Pavla Richterová",
            "richterova@tvmoravasever.example",
            "+420739402716",
        ),
        "from": "Pavel Novák <novak@tvmoravasever.example>",
        "cc": "Pavla Richterová <richterova@tvmoravasever.example>",
        "subject": "nataceni volby",
        "headers": ANDROID_GMAIL,
        "body": "Dobry den,\n"
        "TV Morava Sever s.r.o. (ico " + I28 + ") by chtela natacet o volebni noci na "
        "vasem pracovisti v Olomouci. Prijedu ja s kameramanem.\n"
        "Vse zarizuje produkcni Pavla Richterova, richterova@tvmoravasever.example, "
        "739 402 716, pls piste ji.\n"
        "Diky Novak\n\n"
        "Odesláno z Gmailu pro Android\n",
    },
]
