"""Eighteenth held-out part ``la``, cases la015–la028: Outlook replies with the office's query
quoted, format=flowed English with "respectively", attachments (RTF, XLSX, PDF, a forwarded
.eml), corrections against a quoted original, withdrawn filming, old addresses and a data
message with the addresses only in its annotation. Written by hand apart from the extraction
rules (see make_eighteenth_la); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighteenth_la_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    ico,
)

J15, J17, J18, J19 = ico("2874105"), ico("2519682"), ico("0694837"), ico("2789350")
J20, J21, J23, J24 = ico("2268154"), ico("4602719"), ico("2636508"), ico("0517936")
J25, J26, J27, J28 = ico("4027183"), ico("2913046"), ico("2569471"), ico("2847613")

CASES: list[dict[str, Any]] = [
    {
        "id": "la015-outlook-reply-adds-phone",
        "description": "Outlook reply gives only the contact's phone the office asked for; "
        "the rest is in the applicant's quoted original under the office's quoted query",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kladenské listy s.r.o.",
            J15,
            None,
            ["192.0.2.88", "192.0.2.89"],
            ["192.0.2.90"],
            "Michal Zeman",
            "zeman@kladenskelisty.example",
            "+420606330174",
        ),
        "from": "Alena Pokorná <pokorna@kladenskelisty.example>",
        "subject": "RE: Žádost o přístup k XML – doplnění",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, telefon na pana Zemana je 606 330 174.\n\n"
            "S pozdravem\nAlena Pokorná\n\n"
            "Od: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Odesláno: středa 10. září 2025 9:12\n"
            "Komu: Alena Pokorná <pokorna@kladenskelisty.example>\n"
            "Předmět: RE: Žádost o přístup k XML\n\n"
            "Dobrý den,\n"
            "k vyřízení žádosti prosíme o doplnění telefonního čísla kontaktní osoby.\n"
            "S pozdravem\n"
            "podatelna\nČeský statistický úřad\ntel.: +420 274 052 733\n\n"
            "Od: Alena Pokorná <pokorna@kladenskelisty.example>\n"
            "Odesláno: úterý 9. září 2025 15:40\n"
            "Komu: podatelna@czso.cz\n"
            "Předmět: Žádost o přístup k XML\n\n"
            "Dobrý den,\n"
            f"jménem společnosti Kladenské listy s.r.o. (IČO {J15}) žádáme o přístup "
            "k výsledkům voleb ve formátu XML.\n"
            "Produkční IP: 192.0.2.88, 192.0.2.89\n"
            "Testovací IP: 192.0.2.90\n"
            "Kontaktní osobou je náš redaktor Michal Zeman, zeman@kladenskelisty.example.\n"
            "S pozdravem\nAlena Pokorná\nsekretariát\n"
        ),
    },
    {
        "id": "la016-polish-agency-flowed-respectively",
        "description": "Polish agency in English, format=flowed soft break inside the "
        "'respectively' sentence, filming declined, Polish NIP, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Prasowa Nadwiślańska sp. z o.o.",
            None,
            None,
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Marek Zieliński",
            "m.zielinski@apn.example",
            "+48125554017",
        ),
        "from": "Marek Zieliński <m.zielinski@apn.example>",
        "subject": "Access to election results XML - Agencja Prasowa Nadwiślańska",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Hello,\n\n"
            "I am writing on behalf of Agencja Prasowa Nadwiślańska sp. z o.o., a news \n"
            "agency based in Kraków (NIP 6762458193). We would like to receive access to \n"
            "the XML with election results. Our production and test servers are \n"
            "198.51.100.201 and 198.51.100.202 respectively.\n\n"
            "We do not need any permission for filming, our correspondent will only \n"
            "write.\n\n"
            "Contact: Marek Zieliński, phone +48 12 555 40 17\n\n"
            "Best regards,\nMarek Zieliński\nIT department\n"
        ),
    },
    {
        "id": "la017-outlook-cp1250-rtf-form",
        "description": "Outlook mail in windows-1250 says only 'see the attachment'; an RTF "
        "table names a technician as contact",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Televize Jeseník s.r.o.",
            J17,
            None,
            ["192.0.2.111", "192.0.2.112"],
            ["192.0.2.113"],
            "Dušan Kříž",
            "kriz@tvjesenik.example",
            "+420584402610",
        ),
        "from": "Ivana Horáková <horakova@tvjesenik.example>",
        "subject": "Žádost o přístup k XML datům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasíláme žádost o přístup k XML datům voleb.\n\n"
            "S pozdravem\n\nIvana Horáková\nasistentka vedení\nTelevize Jeseník s.r.o.\n"
            "tel. 584 402 600\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_xml.rtf",
                [
                    "Žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["Žadatel", "Televize Jeseník s.r.o."],
                        ["IČO", J17],
                        ["Produkční IP", "192.0.2.111; 192.0.2.112"],
                        ["Testovací IP", "192.0.2.113"],
                        ["Kontaktní osoba", "Dušan Kříž, technik"],
                        ["Telefon", "+420 584 402 610"],
                        ["E-mail", "kriz@tvjesenik.example"],
                    ],
                    "V Jeseníku dne 11. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "la018-correction-against-quoted-original",
        "description": "a follow-up corrects the test address of yesterday's quoted mail; "
        "production and phone come only from the quoted original",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Deník Krkonoše s.r.o.",
            J18,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.85"],
            "Ondřej Machala",
            "machala@denikkrkonose.example",
            "+420739205661",
        ),
        "from": "Ondřej Machala <machala@denikkrkonose.example>",
        "subject": "Re: Žádost o přístup k XML – Deník Krkonoše",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "ve včerejší žádosti (níže) jsem omylem uvedl testovací adresu 203.0.113.58, "
            "správná je 203.0.113.85. Všechno ostatní platí.\n\n"
            "Díky, Ondřej Machala\n\n"
            "po 15. 9. 2025 v 16:02 odesílatel Ondřej Machala "
            "<machala@denikkrkonose.example> napsal:\n"
            "> Dobrý den,\n"
            ">\n"
            f"> za Deník Krkonoše s.r.o., IČO {J18}, žádám o přístup k XML s výsledky\n"
            "> voleb.\n"
            "> Produkce: 203.0.113.50, 203.0.113.51\n"
            "> Test: 203.0.113.58\n"
            ">\n"
            "> Ondřej Machala, online editor\n"
            "> tel. 739 205 661\n"
        ),
    },
    {
        "id": "la019-iphone-filming-withdrawn",
        "description": "phone mail asks for both, then a P.S. withdraws the filming",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Moravskoslezský týdeník s.r.o.",
            J19,
            None,
            ["203.0.113.130"],
            [],
            "Adam Štěrba",
            "sterba@mstydenik.example",
            "+420775448013",
        ),
        "from": "Adam Štěrba <sterba@mstydenik.example>",
        "subject": "volby",
        "headers": IPHONE,
        "body": (
            "Dobrý den, chtěli bychom 1) přístup k xml s výsledky a 2) povolení natáčet ve "
            "volební noci na vašem pracovišti v Ostravě.\n"
            "IP 203.0.113.130 (produkce), test nepotřebujeme.\n"
            f"Moravskoslezský týdeník s.r.o., ič.: {J19}\n"
            "Adam Štěrba 775 448 013\n\n"
            "PS: natáčení prosím škrtněte, kolega mi teď psal, že kameramana ten den nemáme. "
            "Takže jen to XML.\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "la020-roundcube-html-ipv6-base64",
        "description": "HTML-only Roundcube mail in base64, IPv6 production with backup in a "
        "list, IPv4 test",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Budějovický týdeník, z. s.",
            J20,
            None,
            ["2001:db8:c0de::5", "2001:db8:c0de::6"],
            ["198.51.100.99"],
            "Zdeňka Pánková",
            "pankova@budtydenik.example",
            "+420721004558",
        ),
        "from": "Zdeňka Pánková <pankova@budtydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=UTF-8"></head><body style="font-size: 10pt; font-family: Verdana">'
            "<p>Dobrý den,</p>"
            f"<p>spolek Budějovický týdeník, z. s. (IČO&nbsp;{J20}) žádá o přístup k XML "
            "s výsledky voleb. Adresy:</p>"
            "<ul><li>produkční: 2001:db8:c0de::5</li>"
            "<li>produkční – záloha: 2001:db8:c0de::6</li>"
            "<li>testovací: 198.51.100.99</li></ul>"
            "<p>Kontakt: Zdeňka Pánková, +420&nbsp;721&nbsp;004&nbsp;558</p>"
            "<p>Děkuji,<br>Zdeňka Pánková<br>předsedkyně spolku</p>"
            '<div id="signature">-- <br>Budějovický týdeník, z. s.<br>'
            "www.budtydenik.example</div></body></html>"
        ),
    },
    {
        "id": "la021-forward-as-attachment",
        "description": "the editorial office forwards a colleague's application as an attached "
        ".eml; the contact and all values are in the inner message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Žďárský obzor s.r.o.",
            J21,
            None,
            ["192.0.2.170"],
            ["192.0.2.171"],
            "Luboš Hanák",
            "hanak@zdarskyobzor.example",
            "+420566620310",
        ),
        "from": "Redakce Žďárský obzor <redakce@zdarskyobzor.example>",
        "subject": "Fwd: Žádost o přístup k datům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposíláme žádost našeho kolegy, který ji omylem odeslal jen na "
            "redakční adresu. Kontaktní údaje jsou uvedeny v ní.\n\n"
            "Redakce Žďárský obzor\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k datum voleb.eml",
                {
                    "id": "la021-inner",
                    "from": "Luboš Hanák <hanak@zdarskyobzor.example>",
                    "to": "redakce@zdarskyobzor.example",
                    "subject": "Žádost o přístup k datům voleb",
                    "body": (
                        "Dobrý den,\n\n"
                        f"Žďárský obzor s.r.o., IČO {J21}, žádá o přístup k výsledkům voleb "
                        "ve formátu XML.\n"
                        "ostrý server: 192.0.2.170\n"
                        "testovací server: 192.0.2.171\n"
                        "Kontakt: Luboš Hanák, 566 620 310, hanak@zdarskyobzor.example\n\n"
                        "Luboš Hanák\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "la022-scottish-freelancer-film-only",
        "description": "chatty English freelancer asks only to film, declines the data feed, "
        "UK mobile, hotel room number and dates as noise",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Fiona MacLeod",
            None,
            None,
            [],
            [],
            "Fiona MacLeod",
            "fiona@fionamacleod.example",
            "+447700900418",
        ),
        "from": "Fiona MacLeod <fiona@fionamacleod.example>",
        "subject": "Filming at the counting centre - freelance request",
        "headers": GMAIL,
        "body": (
            "Hi there,\n\n"
            "I'm a freelance video journalist from Glasgow, filing for a couple of UK "
            "outlets (no staff contract, I work under my own name). I'll be in Prague from "
            "2 to 5 October, staying at Hotel Vltava, room 203.\n\n"
            "Could I please have permission to film at your results collection point on "
            "election night? It would be just me with a small handheld camera - no lights, "
            "no tripod, happy to follow any rules you have.\n\n"
            "I don't need the XML data feed, I'll follow the results on the public website "
            "like everybody else :)\n\n"
            "Best way to reach me is my mobile: +44 7700 900 418 (WhatsApp too).\n\n"
            "Many thanks,\nFiona\n\n"
            "Fiona MacLeod\nFreelance video journalist\n"
        ),
    },
    {
        "id": "la023-databox-annotation-addresses",
        "description": "data message: the addresses only in the annotation with abbreviations "
        "prod./test., the ODT cover letter names applicant and contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Valašské rádio s.r.o.",
            J23,
            "r8tw3kc",
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Zbyněk Janků",
            "janku@valasskeradio.example",
            "+420571611320",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb – prod. 198.51.100.170, "
        "test. 198.51.100.171",
        "databox": {
            "box": "r8tw3kc",
            "sender": "Valašské rádio s.r.o.",
            "address": "Palackého 5, 757 01 Valašské Meziříčí",
        },
        "attachments": [
            (
                "odt",
                "pruvodni_dopis.odt",
                [
                    "Valašské rádio s.r.o., Palackého 5, 757 01 Valašské Meziříčí",
                    f"IČO: {J23}",
                    "Věc: přístup k výsledkům voleb do Poslanecké sněmovny 2025",
                    "Dobrý den, žádáme o zřízení přístupu k výsledkům voleb ve formátu XML. "
                    "Technické údaje (IP adresy) uvádíme v poznámce datové zprávy.",
                    "Kontaktní osoba: Zbyněk Janků, tel. 571 611 320, janku@valasskeradio.example",
                    "Mgr. Renata Pavlíková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "la024-gmail-xlsx-inactive-row",
        "description": "XLSX sheet with a role column and a 'používat' ano/ne column; one "
        "old address marked ne",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Hradecké noviny online s.r.o.",
            J24,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.142"],
            "Simona Bartošová",
            "bartosova@hkonline.example",
            "+420702318559",
        ),
        "from": "Simona Bartošová <bartosova@hkonline.example>",
        "subject": "Žádost o XML – Hradecké noviny online",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Hradecké noviny online s.r.o., IČO {J24}, žádají o přístup k výsledkům voleb "
            "v XML. Adresy posílám v tabulce v příloze (platí jen řádky s 'ano').\n\n"
            "Kontakt: Simona Bartošová, 702 318 559\n\nDěkuji\nSimona Bartošová\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "IP adresa", "Používat", "Poznámka"],
                            ["produkční", "198.51.100.140", "ano", ""],
                            ["produkční", "198.51.100.141", "ano", "záloha"],
                            ["produkční", "198.51.100.133", "ne", "starý server, zrušen 2024"],
                            ["testovací", "198.51.100.142", "ano", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "la025-old-address-no-longer-valid",
        "description": "last year's address is said to be gone; new production and test, "
        "phone with dashes and +420; windows-1250",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Liberecký večerník, spol. s r. o.",
            J25,
            None,
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.32"],
            "Pavel Jireš",
            "jires@lbvecernik.example",
            "+420485110237",
        ),
        "from": "Pavel Jireš <jires@lbvecernik.example>",
        "subject": "Volby 2025 – přístup k XML (změna adres)",
        "headers": TBIRD,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "jako každý rok bychom rádi odebírali výsledky z Vašeho XML. Loni jsme měli "
            "povolenou adresu 203.0.113.12 – ta už neplatí, server jsme na jaře zrušili, "
            "takže ji prosím vyřaďte.\n\n"
            "Letos prosíme o povolení těchto adres pro ostrý provoz: 203.0.113.30 a "
            "203.0.113.31. Test poběží z 203.0.113.32.\n\n"
            f"Liberecký večerník, spol. s r. o., IČO {J25}\n"
            "Pavel Jireš, technik, tel. +420-485-110-237\n\n"
            "Díky a zdravím do Prahy\nPavel Jireš\n"
        ),
    },
    {
        "id": "la026-apple-signature-databox-dic",
        "description": "the applicant's data-box ID and DIČ only in the signature block, phone "
        "with 00420",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Opavský týden s.r.o.",
            J26,
            "9fk3xbe",
            ["192.0.2.240", "192.0.2.241"],
            [],
            "Martina Krejčí",
            "krejci@opavskytyden.example",
            "+420604990127",
        ),
        "from": "Martina Krejčí <krejci@opavskytyden.example>",
        "subject": "Přístup k výsledkům voleb (XML)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "prosím o zřízení přístupu k XML s výsledky voleb pro naši redakci.\n"
            "IP adresy: 192.0.2.240 a 192.0.2.241 (obě produkční, druhá je záloha).\n"
            "Testovací adresu nepotřebujeme.\n\n"
            "Jsem kontaktní osobou, mob.: 00420 604 990 127.\n\n"
            "Děkuji\nMartina Krejčí\n\n"
            "Martina Krejčí\nvedoucí vydání\n"
            "Opavský týden s.r.o. | Ostrožná 14, 746 01 Opava\n"
            f"IČ: {J26} | DIČ: CZ{J26} | ID DS: 9fk3xbe\n"
        ),
    },
    {
        "id": "la027-pdf-wrapped-table-university",
        "description": "a school's PDF with narrow table cells so the addresses wrap; one row "
        "combines primary and backup production",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Vysoká škola žurnalistiky Olomouc, o. p. s.",
            J27,
            None,
            ["203.0.113.240", "203.0.113.241", "203.0.113.242"],
            ["203.0.113.250"],
            "Hana Vránová",
            "vranova@vszo.example",
            "+420585300117",
        ),
        "from": "Hana Vránová <vranova@vszo.example>",
        "subject": "Žádost o přístup k výsledkům voleb – studentský portál",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám podepsanou žádost naší školy o přístup k výsledkům voleb "
            "pro studentský zpravodajský portál.\n\n"
            "S pozdravem\ndoc. Mgr. Hana Vránová, Ph.D.\nkatedra žurnalistiky\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_VSZO.pdf",
                [
                    "Vysoká škola žurnalistiky Olomouc, o. p. s.\nTř. Svobody 20, 779 00 "
                    f"Olomouc\nIČO {J27}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Typ adresy", "IP adresy", "Poznámka"],
                            [
                                "Produkční (primární i záložní)",
                                "203.0.113.240, 203.0.113.241, 203.0.113.242",
                                "servery studentského zpravodajského portálu",
                            ],
                            ["Testovací", "203.0.113.250", "vývojové prostředí"],
                        ],
                        "widths": [90, 95, 120],
                    },
                    "Kontaktní osoba: doc. Mgr. Hana Vránová, Ph.D., tel. 585 300 117, "
                    "vranova@vszo.example",
                    "V Olomouci dne 16. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "la028-samsung-phone-typo-corrected",
        "description": "phone-typed mail without diacritics corrects its own phone number on "
        "the next line",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Radio Beskydy Plus s.r.o.",
            J28,
            None,
            ["198.51.100.77", "198.51.100.78"],
            ["198.51.100.79"],
            "Radim Kubala",
            "kubala@radiobeskydy.example",
            "+420731402556",
        ),
        "from": "Radim Kubala <kubala@radiobeskydy.example>",
        "subject": "zadost xml",
        "headers": SAMSUNG,
        "body": (
            "Dobry den posilam zadost o pristup k vysledkum voleb v xml.\n"
            f"Jsme Radio Beskydy Plus s.r.o. ico {J28}\n"
            "IP produkcni 198.51.100.77 a 198.51.100.78, testovaci 198.51.100.79\n"
            "Kontakt Radim Kubala tel 713 402 556\n"
            "oprava tel je 731 402 556 sorry preklep\n"
            "Radim\n\n"
            "Odesláno z mobilního telefonu Samsung Galaxy.\n"
        ),
    },
]
