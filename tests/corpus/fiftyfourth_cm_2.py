"""Fifty-fourth held-out part ``cm``, cases cm015–cm028: an HTML-only Roundcube mail with only a
DIČ, a note above the office's own quoted press release, a data message with a workbook, a
Polish sender writing English with a /30, a chatty note that corrects its phone, a Slovak
newsroom from Apple Mail, an HTML-only Outlook-on-the-web table with a written range, a reply
quoting the office's signature, a data message from a natural person with an ODT, an S/MIME
letter, an inline forward chain, a Hungarian sender writing English, an HTML-only Thunderbird
table and a phone note that drops its filming request. Written by hand apart from the
extraction rules (see make_fiftyfourth_cm); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfourth_cm_common import (
    ANDROID_GMAIL,
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I19 = ico("2674038"), ico("0519273"), ico("2830946"), ico("0627415")
I21, I22, I23, I24 = ico("2748190"), ico("0403862"), ico("8815273"), ico("2916504")
I25, I27, I28 = ico("0590731"), ico("2682457"), ico("0734128")

CASES: list[dict[str, Any]] = [
    {
        "id": "cm015-roundcube-html-only-dic-only",
        "description": "HTML-only Roundcube mail in iso-8859-2 whose table gives only the DIČ "
        "(CZ + the IČO); both requests ticked in the table as 'ano'",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Litomyšlská média s.r.o.",
            I15,
            None,
            ["198.51.100.177"],
            ["198.51.100.178"],
            "Alena Vávrová",
            "vavrova@litomyslskamedia.example",
            "+420461614028",
        ),
        "from": "Alena Vávrová <vavrova@litomyslskamedia.example>",
        "subject": "Žádost - výsledky voleb a natáčení",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "html": "<html><body><p>Dobrý den,</p><p>posíláme žádost, údaje v tabulce:</p>"
        '<table border="1">'
        "<tr><th>Žadatel</th><td>Litomyšlská média s.r.o.</td></tr>"
        "<tr><th>DIČ</th><td>CZ" + I15 + "</td></tr>"
        "<tr><th>Přístup k XML</th><td>ano</td></tr>"
        "<tr><th>Natáčení na pracovišti ČSÚ</th><td>ano (Pardubice)</td></tr>"
        "<tr><th>IP produkce</th><td>198.51.100.177</td></tr>"
        "<tr><th>IP test</th><td>198.51.100.178</td></tr>"
        "<tr><th>Kontakt</th><td>Alena Vávrová<br>vavrova@litomyslskamedia.example<br>"
        "461 614 028</td></tr></table>"
        "<p>Děkujeme<br>A. Vávrová</p></body></html>",
    },
    {
        "id": "cm016-note-above-office-press-release",
        "description": "a short application written above the office's own press release, quoted "
        "whole with the office's IČO, data box, phone and web; none of those is the applicant's",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Táborský zpravodaj, s.r.o.",
            I16,
            None,
            ["203.0.113.54"],
            ["203.0.113.55"],
            "Věra Kučerová",
            "kucerova@taborskyzpravodaj.example",
            "+420381752906",
        ),
        "from": "Věra Kučerová <kucerova@taborskyzpravodaj.example>",
        "subject": "FW: Tisková zpráva – akreditace médií a přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "na základě níže uvedené tiskové zprávy žádáme o přístup k výsledkům: produkční IP "
        "203.0.113.54, testovací 203.0.113.55. Táborský zpravodaj, s.r.o., IČO " + I16 + ". "
        "Kontakt: Věra Kučerová, 381 752 906.\n\n"
        "S pozdravem\nVěra Kučerová\n\n"
        "-----Original Message-----\n"
        "From: Tiskové oddělení ČSÚ\n"
        "Sent: Monday, August 25, 2025 2:03 PM\n"
        "Subject: Tisková zpráva – akreditace médií a přístup k výsledkům voleb\n\n"
        "Český statistický úřad (IČO 00025593) zpřístupní média průběžné výsledky voleb na "
        "dedikovaném serveru. Žádosti zasílejte e-mailem na podatelna@czso.cz nebo datovou "
        "schránkou (ID 2gfaasy) a uveďte nejvýše 5 produkčních a 5 testovacích IP adres a "
        "kontaktní osobu. Dotazy: tel. +420 274 052 733, www.czso.cz.\n",
    },
    {
        "id": "cm017-databox-bare-annotation-xlsx",
        "description": "data message whose annotation says only 'volby'; the workbook has the "
        "applicant on one sheet and the addresses with roles and the contact on another",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediální dům Vltava a.s.",
            I17,
            "mv5dh8x",
            ["198.18.30.1", "198.18.30.2", "198.18.30.3"],
            ["198.18.31.1", "198.18.31.2"],
            "Daniel Kořínek",
            "korinek@mdvltava.example",
            "+420602488130",
        ),
        "databox": box(
            "mv5dh8x", "Mediální dům Vltava a.s.", "Lannova 31, 370 01 České Budějovice"
        ),
        "subject": "volby",
        "attachments": [
            (
                "xlsx",
                "MDV_volby_pristup.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Mediální dům Vltava a.s."],
                            ["IČO", I17],
                            ["Žádost", "přístup k XML s výsledky voleb"],
                        ],
                    },
                    {
                        "title": "Technika",
                        "rows": [
                            ["Role", "IP"],
                            ["produkční", "198.18.30.1"],
                            ["produkční", "198.18.30.2"],
                            ["produkční (záloha)", "198.18.30.3"],
                            ["testovací", "198.18.31.1"],
                            ["testovací", "198.18.31.2"],
                            [],
                            ["Kontakt", "Daniel Kořínek"],
                            ["E-mail", "korinek@mdvltava.example"],
                            ["Mobil", "+420 602 488 130"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cm018-polish-sender-english-cidr",
        "description": "a Polish portal writes English, production as a /30 block (four "
        "addresses), one test address; Polish mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Portal Śląsk Media sp. z o.o.",
            None,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210"],
            "Agnieszka Wróbel",
            "a.wrobel@slaskmedia.example",
            "+48601238457",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@slaskmedia.example>",
        "subject": "Request: access to election results (XML) - Portal Śląsk Media",
        "headers": MAC_OUTLOOK,
        "body": "Hello,\n\n"
        "we are Portal Śląsk Media sp. z o.o. from Katowice and we cover also the Czech "
        "elections for our readers in Cieszyn region. Please give us access to the XML feed.\n\n"
        "Production: 198.51.100.200/30\nTest: 198.51.100.210\n\n"
        "Contact person is me, Agnieszka Wróbel, mobile +48 601 238 457.\n\n"
        "Thank you and kind regards,\nAgnieszka Wróbel\nIT manager\n",
    },
    {
        "id": "cm019-chatty-phone-corrected",
        "description": "chatty Evolution mail that first gives an old mobile, then corrects it; "
        "the contact's new mobile is labelled",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rakovnický press s.r.o.",
            I19,
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.49"],
            "Jiří Kadlec",
            "kadlec@rakovnickypress.example",
            "+420608914223",
        ),
        "from": "Jiří Kadlec <kadlec@rakovnickypress.example>",
        "subject": "jsme tu zas :) XML volby",
        "headers": EVOLUTION,
        "cte": "8bit",
        "body": "Ahoj, teda dobrý den,\n\n"
        "zase se hlásíme o ta data na volby, Rakovnický press s.r.o., IČO " + I19 + ". Servery "
        "máme 192.0.2.40 a 192.0.2.41, testovat chceme z 192.0.2.49.\n"
        "Volejte mi na 603 552 871 – ne počkat, to je služební, co jsem vrátil, nové "
        "číslo je 608 914 223.\n\n"
        "Jirka Kadlec\n",
    },
    {
        "id": "cm020-slovak-newsroom-apple-mail-base64",
        "description": "a Slovak newsroom writes Slovak from Apple Mail (base64 body); feed and "
        "filming, a Slovak mobile and diacritics, no IČO given",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Záhorské noviny, s. r. o.",
            None,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.158"],
            "Ľubomír Čajka",
            "cajka@zahorskenoviny.example",
            "+421905328114",
        ),
        "from": "Ľubomír Čajka <cajka@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o natáčanie",
        "headers": APPLE,
        "cte": "base64",
        "body": "Dobrý deň,\n\n"
        "redakcia Záhorské noviny, s. r. o. (Senica, SR) žiada o prístup k priebežným "
        "výsledkom volieb vo formáte XML a o povolenie natáčať na krajskom pracovisku v Brne.\n\n"
        "Produkčné IP: 203.0.113.150, 203.0.113.151\n"
        "Testovacia IP: 203.0.113.158\n\n"
        "Kontakt: Ľubomír Čajka, +421 905 328 114\n\n"
        "Ďakujem\nĽubomír Čajka\nzástupca šéfredaktora\n",
    },
    {
        "id": "cm021-owa-html-only-written-range",
        "description": "HTML-only Outlook-on-the-web mail, a table with a merged title row and "
        "production written as a range of five addresses",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Zlínská informační agentura, a.s.",
            I21,
            None,
            ["203.0.113.120", "203.0.113.121", "203.0.113.122", "203.0.113.123", "203.0.113.124"],
            ["203.0.113.130"],
            "Richard Mikeska",
            "mikeska@zia.example",
            "+420577113402",
        ),
        "from": "Mikeska Richard <mikeska@zia.example>",
        "subject": "Žádost ZIA – výsledky voleb",
        "headers": OWA,
        "html": '<html><body><div style="font-family:Calibri">Dobrý den,<br><br>'
        "v tabulce zasílám údaje k naší žádosti o přístup k výsledkům voleb.<br><br>"
        '<table border="1" cellspacing="0">'
        '<tr><td colspan="2"><b>Zlínská informační agentura, a.s. – IČO ' + I21 + "</b></td></tr>"
        "<tr><td>produkční adresy</td><td>203.0.113.120 – 203.0.113.124</td></tr>"
        "<tr><td>testovací adresa</td><td>203.0.113.130</td></tr>"
        "<tr><td>kontakt</td><td>Mikeska Richard, mikeska@zia.example, tel. 577 113 402</td></tr>"
        "</table><br>S pozdravem<br>Richard Mikeska<br>vedoucí IT</div></body></html>",
    },
    {
        "id": "cm022-reply-adds-ico-office-signature-quoted",
        "description": "top-posted reply supplying the IČO the office asked for; the quote holds "
        "the office's signature (IČO 00025593, box 2gfaasy, its phone) and the original request",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Vyškovský deník s.r.o.",
            I22,
            None,
            ["198.51.100.12"],
            ["198.51.100.13"],
            "Simona Pešková",
            "peskova@vyskovskydenik.example",
            "+420517330864",
        ),
        "from": "Simona Pešková <peskova@vyskovskydenik.example>",
        "subject": "Re: Re: přístup k výsledkům",
        "headers": TBIRD,
        "body": "Dobrý den,\nomlouvám se, IČO je " + I22 + ". Jinak vše platí.\nS. Pešková\n\n"
        "Dne 9. 9. 2025 v 8:30 podatelna@czso.cz napsal(a):\n"
        "> Dobrý den,\n"
        "> v žádosti chybí IČO žadatele, prosíme o doplnění.\n"
        "> S pozdravem\n"
        "> Český statistický úřad, IČO 00025593, ID datové schránky 2gfaasy\n"
        "> tel. +420 274 052 733\n"
        ">\n"
        "> Dne 8. 9. 2025 v 15:02 Simona Pešková napsal(a):\n"
        ">> Dobrý den, Vyškovský deník s.r.o. žádá o přístup k XML s výsledky voleb.\n"
        ">> Produkce 198.51.100.12, test 198.51.100.13.\n"
        ">> Kontakt Simona Pešková, 517 330 864.\n",
    },
    {
        "id": "cm023-databox-natural-person-odt-filming",
        "description": "data message from a natural person in business (box type 40); the ODT "
        "asks only for filming and names a trade name after her own name with a dash",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Eliška Novotná – Studio Okamžik",
            I23,
            "e2nov4k",
            [],
            [],
            "Eliška Novotná",
            "eliska@studiookamzik.example",
            "+420720446159",
        ),
        "databox": box("e2nov4k", "Eliška Novotná", "Husova 6, 506 01 Jičín", kind=40),
        "subject": "Žádost o povolení fotografovat ve volební noc",
        "attachments": [
            (
                "odt",
                "zadost_foceni.odt",
                [
                    "Eliška Novotná – Studio Okamžik, IČO " + I23,
                    "Žádám o povolení fotografovat ve volební noc na pracovišti ČSÚ "
                    "v Hradci Králové (reportáž pro regionální weby). O přístup k datům "
                    "nežádám.",
                    [
                        ["Kontakt", "Eliška Novotná"],
                        ["E-mail", "eliska@studiookamzik.example"],
                        ["Telefon", "720 446 159"],
                    ],
                    "V Jičíně 2. září 2025",
                ],
            )
        ],
    },
    {
        "id": "cm024-smime-signed-letter",
        "description": "an S/MIME-signed Outlook letter; the director signs, the body names the "
        "head of IT as contact with a direct line and a mobile (the direct line first)",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Prostějovská mediální, a.s.",
            I24,
            None,
            ["192.0.2.88", "192.0.2.89"],
            ["192.0.2.95"],
            "Karel Zbořil",
            "zboril@pvmedia.example",
            "+420582330417",
        ),
        "from": "Ing. Vladimír Hruban <hruban@pvmedia.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážení,\n\n"
        "Prostějovská mediální, a.s., IČO " + I24 + ", tímto žádá o zpřístupnění průběžných "
        "výsledků voleb na dedikovaném serveru.\n\n"
        "Produkční IP adresy: 192.0.2.88, 192.0.2.89\nTestovací IP adresa: 192.0.2.95\n\n"
        "Kontaktní osobou je vedoucí IT Karel Zbořil, zboril@pvmedia.example, tel. 582 330 417, "
        "mobil 731 668 250.\n\n"
        "S úctou\nIng. Vladimír Hruban\ngenerální ředitel\nProstějovská mediální, a.s.\n"
        "ústředna 582 330 400\n",
    },
    {
        "id": "cm025-inline-forward-chain-gmail",
        "description": "Gmail inline forward of a reporter's request to the publisher's office, "
        "then on to the office; the forwarder adds the IČO and says the reporter is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Kladenský expres s.r.o.",
            I25,
            None,
            ["198.18.44.5"],
            ["198.18.44.6"],
            "Adam Vlček",
            "vlcek@kladenskyexpres.example",
            "+420732108564",
        ),
        "from": "Sekretariát Kladenský expres <sekretariat@kladenskyexpres.example>",
        "subject": "Fwd: volby – data a natáčení",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "přeposíláme žádost našeho redaktora. Žadatel je Kladenský expres s.r.o., IČO "
        + I25
        + ", kontaktní osobou je pan Vlček.\n\n"
        "Sekretariát\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Adam Vlček <vlcek@kladenskyexpres.example>\n"
        "Date: po 1. 9. 2025 v 16:20\n"
        "Subject: volby – data a natáčení\n"
        "To: <sekretariat@kladenskyexpres.example>\n\n"
        "Prosím pošlete ČSÚ: chceme XML s výsledky (server 198.18.44.5, test 198.18.44.6) a "
        "natáčet na pracovišti v Praze. Můj mobil 732 108 564.\nAdam\n",
    },
    {
        "id": "cm026-hungarian-sender-english-ipv6-test",
        "description": "a Hungarian newsroom writes English and gives its name in English order; "
        "IPv4 production and an IPv6 test address; Hungarian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunántúli Hírek Kft.",
            None,
            None,
            ["192.0.2.230"],
            ["2001:db8:9c::7"],
            "Dániel Szabó",
            "szabo.daniel@dunantulihirek.example",
            "+36309126745",
        ),
        "from": "Szabó Dániel <szabo.daniel@dunantulihirek.example>",
        "subject": "Election results XML access",
        "headers": TBIRD,
        "body": "Dear colleagues,\n\n"
        "Dunántúli Hírek Kft. (Győr) applies for access to the election results XML.\n"
        "Production server: 192.0.2.230\nTest server (IPv6 only): 2001:db8:9c::7\n\n"
        "Contact: Dániel Szabó, editor, +36 30 912 6745\n\n"
        "Kind regards,\nDániel Szabó\n",
    },
    {
        "id": "cm027-thunderbird-html-only-yes-no-table",
        "description": "HTML-only Thunderbird mail with an ANO/NE table (both requests ANO) and "
        "an address table with separate columns for production and test",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Chebské listy, s.r.o.",
            I27,
            None,
            ["203.0.113.66", "203.0.113.67"],
            ["203.0.113.76"],
            "Martina Kubištová",
            "kubistova@chebskelisty.example",
            "+420354421907",
        ),
        "from": "Martina Kubištová <kubistova@chebskelisty.example>",
        "subject": "žádost - volby 2025",
        "headers": TBIRD,
        "cte": "base64",
        "html": "<html><body><p>Dobrý den, za Chebské listy, s.r.o. (IČO " + I27 + ") "
        "posílám žádost:</p>"
        '<table border="1"><tr><td>přístup k XML výsledkům</td><td>ANO</td></tr>'
        "<tr><td>natáčení/focení na pracovišti ČSÚ (Karlovy Vary)</td><td>ANO</td></tr></table>"
        '<br><table border="1"><tr><th>produkce</th><th>test</th></tr>'
        "<tr><td>203.0.113.66</td><td>203.0.113.76</td></tr>"
        "<tr><td>203.0.113.67</td><td></td></tr></table>"
        "<p>Kontakt: Martina Kubištová, 354 421 907</p>"
        "<p>-- <br>Martina Kubištová<br>Chebské listy</p></body></html>",
    },
    {
        "id": "cm028-phone-note-drops-filming",
        "description": "Android Gmail note without diacritics that first asks for data and "
        "filming, then withdraws the filming; the firm's spelling only in the signature",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Mostecký kurýr s.r.o.",
            I28,
            None,
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Radka Veselá",
            "vesela@mosteckykuryr.example",
            "+420776204913",
        ),
        "from": "Radka Veselá <vesela@mosteckykuryr.example>",
        "subject": "volby data + nataceni",
        "headers": ANDROID_GMAIL,
        "body": "dobry den, za Mostecky kuryr s.r.o. ico " + I28 + " bychom chteli pristup k "
        "xml vysledkum (ip 198.51.100.230, test 198.51.100.231) a nataceni v usti.\n"
        "kontakt ja 776 204 913\n"
        "edit: nataceni nakonec ne, nemame kameramana, jen ta data\n"
        "Radka Vesela\n\n--\nRadka Veselá | Mostecký kurýr s.r.o. | online redakce\n",
    },
]
