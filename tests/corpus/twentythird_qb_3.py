"""Twentythird held-out part ``qb``, cases qb029–qb042: an ISO-8859-2 cover with an RTF form
answering ANO/NE, a windows-1250 cover with roles as XLSX row headers, data messages (IPv6
addresses only in the annotation, an annotation that corrects the form's test address, a
bracket-box form, a Slovak annotation with a power of attorney, a crew table with a role
column), an IT contractor's mail forwarded as .eml, an empty body with a PDF letter naming a
printer's IČO, a flowed cover with a TXT address list, an English DOCX, an XLSX ano/ne
column, last year's application forwarded with one changed address and a DOCX with nested
tables. Written by hand apart from the extraction rules (see make_twentythird_qb); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentythird_qb_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OFFICE_ADDRESSEE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2916405"), ico("2547710"), ico("0492318"), ico("2783514")
I32B, I33, I34, I34B = ico("2618893"), ico("2738260"), ico("2469051"), ico("4513378")
I35, I36, I37, I38 = ico("0620481"), ico("2849062"), ico("0651394"), ico("0567218")
I39, I40, I41, I42 = ico("2205648"), ico("2630147"), ico("2794082"), ico("2611730")

CASES: list[dict[str, Any]] = [
    {
        "id": "qb029-iso-8859-2-rtf-ano-ne",
        "description": "ISO-8859-2 cover and an RTF form answering each request with ANO or "
        "NE in text (recording NE)",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Liberecký magazín s.r.o.",
            I29,
            None,
            ["192.0.2.130"],
            ["192.0.2.135"],
            "Pavlína Řeháková",
            "rehakova@libereckymagazin.example",
            "+420485112739",
        ),
        "from": "Pavlína Řeháková <rehakova@libereckymagazin.example>",
        "subject": "Žádost o přístup k výsledkům - Liberecký magazín",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám vyplněný formulář žádosti (RTF, z našeho redakčního systému "
            "jiný formát neumím).\n\n"
            "Se srdečným pozdravem\n"
            "Pavlína Řeháková\n"
            "Liberecký magazín s.r.o.\n"
            "tel. 485 112 739\n"
        ),
        "attachments": [
            (
                "rtf",
                "formular_LM.rtf",
                [
                    "FORMULÁŘ ŽÁDOSTI – MÉDIA",
                    [
                        ["Žadatel", "Liberecký magazín s.r.o."],
                        ["IČO", I29],
                        ["Přístup k výsledkům ve formátu XML", "ANO"],
                        ["Povolení k pořizování záznamu", "NE"],
                        ["Produkční IP adresa", "192.0.2.130"],
                        ["Testovací IP adresa", "192.0.2.135"],
                        ["Kontaktní osoba", "Pavlína Řeháková"],
                        ["Telefon", "485 112 739"],
                        ["E-mail", "rehakova@libereckymagazin.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "qb030-windows-1250-xlsx-row-roles",
        "description": "windows-1250 Outlook cover, XLSX with the role as row header and the "
        "addresses across the columns",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Zlínský expres a.s.",
            I30,
            None,
            ["198.51.100.5", "198.51.100.6", "198.51.100.7"],
            ["198.51.100.17", "198.51.100.18"],
            "Vladimír Kopeček",
            "kopecek@zlinskyexpres.example",
            "+420577430216",
        ),
        "from": "Kopeček Vladimír <kopecek@zlinskyexpres.example>",
        "subject": "Žádost o přístup k XML – Zlínský expres",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"Zlínský expres a.s., IČ {I30}, žádá o přístup k průběžným výsledkům voleb ve "
            "formátu XML. Adresy jsou v přiložené tabulce – řádek „Produkce“ a řádek "
            "„Test“.\n\n"
            "Kontaktní osoba: Vladimír Kopeček, tel. 577 430 216.\n\n"
            "S pozdravem\n"
            "Vladimír Kopeček\n"
            "vedoucí technického oddělení\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_ZE.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Role", "IP 1", "IP 2", "IP 3"],
                            ["Produkce", "198.51.100.5", "198.51.100.6", "198.51.100.7"],
                            ["Test", "198.51.100.17", "198.51.100.18", None],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "qb031-databox-annotation-ipv6",
        "description": "data message with the application and IPv6 addresses in the "
        "annotation; the PDF letter only says the data are in the annotation",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Portál Haná s.r.o.",
            I31,
            "k2pw6zd",
            ["2001:db8:c0::5", "2001:db8:c0::6"],
            ["2001:db8:c0::50"],
            "Aleš Navrátil",
            "navratil@portalhana.example",
            "+420739812446",
        ),
        "subject": "Žádáme o přístup k XML výsledkům. Prod: 2001:db8:c0::5, 2001:db8:c0::6; "
        "test: 2001:db8:c0::50. Kontakt: Aleš Navrátil, +420 739 812 446, "
        "navratil@portalhana.example",
        "databox": {
            "box": "k2pw6zd",
            "sender": "Portál Haná s.r.o.",
            "address": "Horní náměstí 6, 779 00 Olomouc",
        },
        "attachments": [
            (
                "pdf",
                "dopis_PH.pdf",
                [
                    f"Portál Haná s.r.o. · Horní náměstí 6, 779 00 Olomouc · IČO {I31}",
                    OFFICE_ADDRESSEE,
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Vážení, žádáme o zřízení přístupu k výsledkům voleb. Adresy a kontakt "
                    "uvádíme v poznámce (anotaci) této datové zprávy.",
                    "Mgr. Hana Černochová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "qb032-forwarded-it-contractor-contact",
        "description": "the editor applies in a flowed mail and forwards the IT contractor's "
        "message as .eml; the contractor is the contact, the newspaper the applicant",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Posázavské noviny s.r.o.",
            I32,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Daniel Šustr",
            "sustr@netsluzby.example",
            "+420606201488",
        ),
        "from": "Gabriela Novotná <novotna@posazavskenoviny.example>",
        "subject": "Žádost o přístup k XML – Posázavské noviny",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "Posázavské noviny s.r.o. žádají o přístup k výsledkům voleb ve formátu XML. "
            "Technické údaje od našeho IT dodavatele přeposílám v příloze; kontaktní "
            "osobou pro přístup bude pan Šustr z IT (kontakt je v přeposlané zprávě).\n\n"
            "S pozdravem\n"
            "Gabriela Novotná\n"
            "šéfredaktorka\n"
            f"Posázavské noviny s.r.o., Tyršova 15, 256 01 Benešov, IČO {I32}\n"
        ),
        "attachments": [
            (
                "eml",
                "adresy pro CSU.eml",
                {
                    "id": "qb032-inner",
                    "from": "Daniel Šustr <sustr@netsluzby.example>",
                    "to": "novotna@posazavskenoviny.example",
                    "subject": "adresy pro CSU",
                    "headers": K9,
                    "body": (
                        "Ahoj Gabčo,\n\n"
                        "tady adresy pro ten přístup k výsledkům: prod 198.51.100.170 + .171 "
                        "(záloha), test 198.51.100.175. Kdyby ČSÚ něco potřeboval, ať "
                        "volají rovnou mně, 606 201 488.\n\n"
                        "Daniel Šustr\n"
                        f"NetSlužby Benešov s.r.o., IČO {I32B}\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "qb033-databox-annotation-corrects-test",
        "description": "data message: the annotation says the form's test address no longer "
        "holds and gives a new one; DOCX form with (X) boxes for both requests",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Pojizerský deník s.r.o.",
            I33,
            "h4ry8tb",
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.222"],
            "Miroslav Bednář",
            "bednar@pojizersky.example",
            "+420481550732",
        ),
        "subject": "Žádost o přístup k XML a o povolení natáčení – formulář v příloze. "
        "Testovací IP z formuláře již neplatí, nově 198.51.100.222.",
        "databox": {
            "box": "h4ry8tb",
            "sender": "Pojizerský deník s.r.o.",
            "address": "Komenského 44, 511 01 Turnov",
        },
        "attachments": [
            (
                "docx",
                "formular_PD.docx",
                {
                    "blocks": [
                        "ŽÁDOST MÉDIA – VOLBY 2025",
                        "(X) přístup k výsledkům ve formátu XML",
                        "(X) povolení k natáčení na sběrném místě (Liberec, 2 osoby)",
                        {
                            "rows": [
                                ["Žadatel", "Pojizerský deník s.r.o."],
                                ["IČO", I33],
                                ["Produkční IP", "198.51.100.210, 198.51.100.211"],
                                ["Testovací IP", "198.51.100.220"],
                                ["Kontaktní osoba", "Miroslav Bednář"],
                                ["Telefon", "481 550 732"],
                                ["E-mail", "bednar@pojizersky.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "qb034-empty-body-pdf-letter-printer-ico",
        "description": "empty body, a formal PDF letter declining recording; the printer's "
        "IČO appears next to the publisher's",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Kladenský týden, s. r. o.",
            I34,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Stanislav Holub",
            "holub@kladenskytyden.example",
            "+420312247905",
        ),
        "from": "Stanislav Holub <holub@kladenskytyden.example>",
        "subject": "Žádost – Kladenský týden",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "pdf",
                "KT_zadost_CSU.pdf",
                [
                    "KLADENSKÝ TÝDEN\nregionální týdeník · www.kladenskytyden.example",
                    OFFICE_ADDRESSEE,
                    "V Kladně dne 10. 9. 2025",
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Vážení,",
                    f"vydavatel týdeníku, společnost Kladenský týden, s. r. o., IČO {I34}, "
                    "žádá o zřízení přístupu k výsledkům voleb ve formátu XML pro produkční "
                    "server 203.0.113.180 a testovací server 203.0.113.181. O povolení "
                    "k pořizování záznamu na sběrných místech nežádáme.",
                    f"Pro úplnost: týdeník tiskne Tiskárna Slaný a.s., IČO {I34B}, která "
                    "s výsledky voleb nepracuje.",
                    "Kontaktní osobou je podepsaný, tel. 312 247 905, "
                    "holub@kladenskytyden.example.",
                    "S úctou\nStanislav Holub\nředitel a jednatel",
                ],
            )
        ],
    },
    {
        "id": "qb035-flowed-cover-txt-address-list",
        "description": "flowed phone mail with the applicant and contact, a TXT list of "
        "prod/test lines with a gateway and netmask given only for information",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Rakovnický posel s.r.o.",
            I35,
            None,
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.63"],
            "Eva Marešová",
            "maresova@rakovnickyposel.example",
            "+420724661093",
        ),
        "from": "Eva Marešová <maresova@rakovnickyposel.example>",
        "subject": "pristup XML - Rakovnicky posel",
        "headers": K9,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            f"prosím o přístup k výsledkům voleb v XML pro Rakovnický posel s.r.o. (IČO {I35}). "
            "Adresy posílám v příloze, jak mi je poslal náš správce.\n\n"
            "Kontakt: Eva Marešová, 724 661 093\n\n"
            "Děkuji\nEva Marešová\n"
        ),
        "attachments": [
            (
                "txt",
                "ip.txt",
                "prod 203.0.113.61\n"
                "prod 203.0.113.62\n"
                "test 203.0.113.63\n"
                "\n"
                "# jen pro info: maska 255.255.255.0, brana 203.0.113.1 - pristup prosim jen\n"
                "# pro adresy vyse\n",
            )
        ],
    },
    {
        "id": "qb036-databox-file-docx-paren-boxes",
        "description": "data message with the application only in a DOCX form: (X) recording, "
        "( ) feed; IP rows left blank; contact in the form",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Rádio Horácko s.r.o.",
            I36,
            "p7ce3km",
            [],
            [],
            "Tereza Zemanová",
            "zemanova@radiohoracko.example",
            "+420568411927",
        ),
        "subject": "Formulář žádosti – média",
        "databox": {
            "box": "p7ce3km",
            "sender": "Rádio Horácko s.r.o.",
            "address": "Karlovo nám. 22, 674 01 Třebíč",
        },
        "attachments": [
            (
                "docx",
                "formular_RH.docx",
                {
                    "header": f"Rádio Horácko s.r.o. | IČO {I36}",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI – MÉDIA",
                        "( ) přístup k výsledkům ve formátu XML",
                        "(X) povolení pořizovat zvukový záznam na sběrném místě ČSÚ (Jihlava)",
                        {
                            "rows": [
                                ["Produkční IP", ""],
                                ["Testovací IP", ""],
                                ["Kontaktní osoba", "Tereza Zemanová, redaktorka"],
                                ["Telefon", "568 411 927"],
                                ["E-mail", "zemanova@radiohoracko.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "qb037-english-docx-college",
        "description": "English cover and DOCX from a Czech college: Live/Test columns, "
        "'Company ID (IČO)' with spaces, a filming permit for two students",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Vysoká škola mezinárodních médií, o. p. s.",
            I37,
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            "Daniel Whitaker",
            "whitaker@vsmm.example",
            "+420222317590",
        ),
        "from": "Daniel Whitaker <whitaker@vsmm.example>",
        "subject": "Application: election results XML + filming (student newsroom)",
        "headers": IPHONE,
        "body": (
            "Hello,\n\n"
            "attached is our application for the student newsroom of the International Media "
            "College. Sorry it's in English – our students run the newsroom in English.\n\n"
            "Best,\nDaniel\n\n"
            "Sent from my iPhone\n"
        ),
        "attachments": [
            (
                "docx",
                "IMC_application.docx",
                {
                    "header": "Vysoká škola mezinárodních médií, o. p. s. (International Media "
                    "College) · Vinohradská 48, 120 00 Praha 2",
                    "blocks": [
                        "Application – access to election results (XML) and filming permit",
                        "Applicant: Vysoká škola mezinárodních médií, o. p. s. "
                        f"Company ID (IČO): {I37[:3]} {I37[3:5]} {I37[5:]}",
                        "1. We request access to the results server from these addresses:",
                        {
                            "rows": [
                                ["", "Live", "Test"],
                                ["Server A", "192.0.2.240", "192.0.2.250"],
                                ["Server B", "192.0.2.241", ""],
                            ]
                        },
                        "2. We also request a filming permit for two student reporters at the "
                        "Prague collection point on election night.",
                        "Contact: Daniel Whitaker, newsroom supervisor, +420 222 317 590, "
                        "whitaker@vsmm.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "qb038-databox-annotation-slovak-power-of-attorney",
        "description": "Slovak annotation with the application; the PDF is a power of "
        "attorney naming the branch, its IČO and the authorised person",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Novinové vydavateľstvo Dunaj, organizačná zložka",
            I38,
            "s6jx9qa",
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Peter Hudák",
            None,
            "+421903441208",
        ),
        "subject": "Žiadosť o prístup k XML výsledkom volieb – produkčná IP 192.0.2.150, "
        "testovacia 192.0.2.151; kontakt Peter Hudák, +421 903 441 208",
        "databox": {
            "box": "s6jx9qa",
            "sender": "Novinové vydavateľstvo Dunaj, organizačná zložka",
            "address": "Vodičkova 30, 110 00 Praha 1",
        },
        "attachments": [
            (
                "pdf",
                "splnomocnenie.pdf",
                [
                    "PLNÁ MOC",
                    "Novinové vydavateľstvo Dunaj, organizačná zložka, Vodičkova 30, "
                    f"110 00 Praha 1, IČO {I38}, zastoupená vedoucím organizační složky "
                    "Ing. Martinem Kollárem,",
                    "zmocňuje pana Petra Hudáka, nar. 14. 3. 1986, k jednání s Českým "
                    "statistickým úřadem ve věci přístupu k výsledkům voleb 2025.",
                    "V Praze dne 12. 9. 2025",
                    "Ing. Martin Kollár                    Peter Hudák (zmocnění přijímám)",
                ],
            )
        ],
    },
    {
        "id": "qb039-html-cover-xlsx-ano-ne-column",
        "description": "HTML+text cover, XLSX with a 'Požadujeme (ano/ne)' column (recording "
        "ne) and an address sheet with a záloha row",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Broumovské listy, z. s.",
            I39,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Martin Kalousek",
            "kalousek@broumovskelisty.example",
            "+420737216048",
        ),
        "from": "Martin Kalousek <kalousek@broumovskelisty.example>",
        "subject": "Žádost o přístup k výsledkům – Broumovské listy",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posíláme vyplněnou tabulku se žádostí. Kontaktní osobou jsem já "
            "(737 216 048).\n\n"
            "Martin Kalousek\nBroumovské listy, z. s.\n"
        ),
        "html": (
            '<div dir="ltr">Dobrý den,<br><br>posíláme vyplněnou tabulku se žádostí. '
            "Kontaktní osobou jsem já (737 216 048).<br><br>Martin Kalousek<br>"
            "Broumovské listy, z. s.</div>"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_BL.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Broumovské listy, z. s.", None],
                            ["IČO", I39, None],
                            [None, None, None],
                            ["Požadavek", "Požadujeme (ano/ne)", "Poznámka"],
                            ["Přístup k výsledkům ve formátu XML", "ano", None],
                            ["Natáčení / fotografování na sběrném místě", "ne", "letos ne"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Účel", "IP"],
                            ["produkce", "198.51.100.90"],
                            ["záloha", "198.51.100.91"],
                            ["test", "198.51.100.99"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "qb040-forwarded-last-year-one-change",
        "description": "last year's application forwarded as .eml: this year the production "
        "address is replaced, the test address stays, the contact is the new sender",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Chrudimský deník s.r.o.",
            I40,
            None,
            ["192.0.2.24"],
            ["192.0.2.29"],
            "Kristina Vašáková",
            "vasakova@chrudimskydenik.example",
            "+420469301875",
        ),
        "from": "Kristina Vašáková <vasakova@chrudimskydenik.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb 2024",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám naši loňskou žádost (v příloze). Letos platí stejné údaje, jen "
            "produkční adresu 192.0.2.20 nahrazujeme adresou 192.0.2.24; testovací zůstává. "
            "Kolega Urban už u nás nepracuje, kontaktní osobou jsem letos já, "
            "tel. 469 301 875.\n\n"
            "Děkuji\nKristina Vašáková\nChrudimský deník s.r.o.\n"
        ),
        "attachments": [
            (
                "eml",
                "Žádost o přístup k výsledkům voleb 2024.eml",
                {
                    "id": "qb040-inner",
                    "from": "Petr Urban <urban@chrudimskydenik.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o přístup k výsledkům voleb 2024",
                    "headers": ZIMBRA,
                    "body": (
                        "Dobrý den,\n\n"
                        f"Chrudimský deník s.r.o., IČO {I40}, žádá o přístup k výsledkům "
                        "voleb do krajských zastupitelstev.\n"
                        "Produkční IP: 192.0.2.20\n"
                        "Testovací IP: 192.0.2.29\n"
                        "Kontakt: Petr Urban, 603 118 294, urban@chrudimskydenik.example\n\n"
                        "Petr Urban\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "qb041-databox-both-crew-role-column",
        "description": "data message asking to record in the annotation; the PDF crew table "
        "marks the contact in its role column among three people",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Obrazová agentura Morava a.s.",
            I41,
            "n3ud5wx",
            [],
            [],
            "Monika Tichá",
            "ticha@oamorava.example",
            "+420732084561",
        ),
        "subject": "Žádost o povolení pořizování obrazového a zvukového záznamu – volby 2025, "
        "sběrné místo Brno",
        "databox": {
            "box": "n3ud5wx",
            "sender": "Obrazová agentura Morava a.s.",
            "address": "Cejl 62, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "OAM_stab.pdf",
                [
                    f"Obrazová agentura Morava a.s., Cejl 62, 602 00 Brno, IČO {I41}",
                    "Žádáme o povolení pořizovat fotografie a videozáznam na sběrném místě "
                    "ČSÚ v Brně ve volební noc. Členové týmu:",
                    {
                        "rows": [
                            ["Role", "Jméno", "Telefon", "E-mail"],
                            [
                                "fotograf",
                                "Jan Doležal",
                                "+420 604 330 217",
                                "dolezal@oamorava.example",
                            ],
                            [
                                "kameramanka",
                                "Petra Syslová",
                                "+420 775 902 144",
                                "syslova@oamorava.example",
                            ],
                            [
                                "produkce, kontaktní osoba",
                                "Monika Tichá",
                                "+420 732 084 561",
                                "ticha@oamorava.example",
                            ],
                        ],
                        "widths": [100, 90, 90, 130],
                    },
                ],
            )
        ],
    },
    {
        "id": "qb042-docx-nested-tables",
        "description": "DOCX whose outer table nests an address table and a contact table; "
        "the cover is signed by two people with their own numbers",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Rádio Šumava Jih s.r.o.",
            I42,
            None,
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.88"],
            "Zdeněk Marek",
            "marek@sumavajih.example",
            "+420737118402",
        ),
        "from": "Ilona Pešková <peskova@sumavajih.example>",
        "subject": "Žádost o přístup k výsledkům voleb a o natáčení",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posíláme žádost o přístup k výsledkům a o povolení natáčení na "
            "sběrném místě v Českých Budějovicích.\n\n"
            "S pozdravem\n"
            "Ilona Pešková, ředitelka, 602 551 370\n"
            "Zdeněk Marek, technik, 00420 737 118 402\n"
            "Rádio Šumava Jih s.r.o.\n"
        ),
        "attachments": [
            (
                "docx",
                "RSJ_zadost.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení",
                        f"Žadatel: Rádio Šumava Jih s.r.o., IČO {I42}",
                        {
                            "rows": [
                                ["Oblast", "Údaje"],
                                ["Adresy", ""],
                                ["Kontakt", ""],
                                ["Natáčení", "ano – 2 osoby, volební noc"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.80"],
                                        ["produkční", "198.51.100.81"],
                                        ["testovací", "198.51.100.88"],
                                    ]
                                },
                                (2, 1): {
                                    "rows": [
                                        ["jméno", "Zdeněk Marek"],
                                        ["telefon", "00420 737 118 402"],
                                        ["e-mail", "marek@sumavajih.example"],
                                    ]
                                },
                            },
                        },
                    ]
                },
            )
        ],
    },
]
