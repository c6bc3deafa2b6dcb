"""Thirty-sixth held-out part ``ad``, cases ad015–ad028: an old address replaced, a reply to the
office's query that points back to the applicant's own quoted original, a Gmail HTML list, a
TV asking only to film with a DIČ next to its IČO, a university faculty's data message with a
wrapping PDF table, an Italian agency with an IPv6 test address, an ODT checkbox form in
ISO-8859-2, a DOCX with its IČO in the page header, a withdrawn filming request, a forwarded
.eml, an S/MIME-signed formal letter with a block, a Vietnamese-Czech publisher, a freelancer's
data message and an OWA mail with an old and a new table. Written by hand apart from the
extraction rules (see make_thirtysixth_ad); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysixth_ad_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2836410"), ico("4702195"), ico("0517863"), ico("2604738")
I19, I21, I22, I23 = ico("0021653"), ico("2267490"), ico("0918532"), ico("2945061")
I24, I25, I26, I27 = ico("4691027"), ico("4527813"), ico("0653194"), ico("7310825")
I28 = ico("2581946")

CASES: list[dict[str, Any]] = [
    {
        "id": "ad015-evolution-old-address-dropped",
        "description": "last year's address named as no longer used, new production and test "
        "addresses in brackets after each",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Týdeník Hranicko, spol. s r.o.",
            I15,
            None,
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Richard Skácel",
            "skacel@hranicko.example",
            "+420581602233",
        ),
        "from": "Richard Skácel <skacel@hranicko.example>",
        "subject": "Přístup k výsledkům – Týdeník Hranicko",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "stejně jako při krajských volbách bychom rádi odebírali výsledky v XML. Jen "
            "pozor, loni jsme se připojovali z 203.0.113.5 – ten server jsme v létě "
            "zrušili a už ho nepoužíváme, prosím ho z povolených adres vyškrtněte.\n\n"
            "Nově: 203.0.113.55 (produkce) a 203.0.113.56 (test).\n\n"
            "Týdeník Hranicko, spol. s r.o.\n"
            f"IČO {I15}\n"
            "Richard Skácel, vedoucí vydání\n"
            "581 602 233 | skacel@hranicko.example\n"
        ),
    },
    {
        "id": "ad016-reply-to-office-query-own-original",
        "description": "reply to the office's query about a missing contact; the officer's name "
        "and the office's phone quoted; the addresses only in the applicant's own quoted "
        "original, which the new text refers to",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Brněnský večerník a.s.",
            I16,
            None,
            ["198.51.100.44", "198.51.100.45"],
            ["198.51.100.49"],
            "Lenka Dvořáková",
            "dvorakova@brnenskyvecernik.example",
            "+420604902177",
        ),
        "from": "Aleš Krejčí <krejci@brnenskyvecernik.example>",
        "subject": "Re: Vaše žádost o přístup k XML – doplnění",
        "headers": TBIRD,
        "body": (
            "Dobrý den, paní Bílková,\n\n"
            "omlouvám se, kontakt jsem zapomněl. Kontaktní osobou bude naše "
            "vývojářka Lenka Dvořáková, tel. 604 902 177, "
            "dvorakova@brnenskyvecernik.example. IP adresy platí tak, jak jsem je "
            "uvedl v původní žádosti níže.\n\n"
            "Aleš Krejčí\nBrněnský večerník a.s.\n\n"
            "Dne 10.09.2025 v 9:31 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            "> ve Vaší žádosti chybí kontaktní osoba pro technickou komunikaci.\n"
            "> Prosíme o doplnění odpovědí na tento e-mail.\n"
            ">\n"
            "> Ing. Marta Bílková\n"
            "> Český statistický úřad, tel. 274 052 733, IČO 00025593\n"
            ">\n"
            "> Dne 9.09.2025 v 15:12 Aleš Krejčí napsal(a):\n"
            ">> Dobrý den,\n"
            ">> žádáme o přístup k XML s výsledky voleb pro Brněnský večerník a.s.\n"
            f">> (IČO {I16}).\n"
            ">> Produkční adresy: 198.51.100.44, 198.51.100.45\n"
            ">> Testovací adresa: 198.51.100.49\n"
            ">> Aleš Krejčí, šéfredaktor\n"
        ),
    },
    {
        "id": "ad017-gmail-html-bullets",
        "description": "Gmail multipart/alternative with bullets in HTML; labels 'ostrá' and "
        "'zkušební', an English-styled Czech company name",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "NewsHub CZ s.r.o.",
            I17,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.190"],
            "Barbora Šindelářová",
            "bara@newshub.example",
            "+420777420953",
        ),
        "from": "Bára Šindelářová <bara@newshub.example>",
        "subject": "Volební XML pro NewsHub",
        "headers": GMAIL,
        "body": (
            "Ahoj / dobrý den,\n\n"
            "prosíme o přístup k XML s výsledky pro NewsHub CZ s.r.o. "
            f"(IČO {I17}):\n\n"
            "  * ostrá: 192.0.2.180, 192.0.2.181\n"
            "  * zkušební: 192.0.2.190\n\n"
            "Kontakt jsem já – Barbora Šindelářová, 777 420 953.\n\n"
            "Díky!\nBára\n"
        ),
        "html": (
            '<div dir="ltr"><div>Ahoj / dobrý den,</div><div><br></div>'
            "<div>prosíme o přístup k XML s výsledky pro NewsHub CZ s.r.o. "
            f"(IČO {I17}):</div><ul>"
            "<li>ostrá: 192.0.2.180, 192.0.2.181</li>"
            "<li>zkušební: 192.0.2.190</li></ul>"
            "<div>Kontakt jsem já – Barbora Šindelářová, 777&nbsp;420&nbsp;953.</div>"
            "<div><br></div><div>Díky!</div><div>Bára</div></div>"
        ),
    },
    {
        "id": "ad018-mac-outlook-filming-only-dic",
        "description": "regional TV asks only to film; DIČ with CZ prefix next to the IČO, a "
        "signature of several people, the contact a named reporter",
        "style": Style.SIGNATURE,
        "labels": L(
            [FILM],
            "Regionální televize Horácko s.r.o.",
            I18,
            None,
            [],
            [],
            "Jakub Trnka",
            "trnka@rtvhoracko.example",
            "+420732550814",
        ),
        "from": "Redakce RTV Horácko <redakce@rtvhoracko.example>",
        "subject": "Žádost o povolení natáčení – sběrné místo Jihlava",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Regionální televize Horácko s.r.o. žádá o povolení natáčet na sběrném místě "
            "ČSÚ v Jihlavě v průběhu sčítání hlasů (sobota od 14:00). Přístup k datům "
            "nepotřebujeme, výsledky přebíráme od agentury.\n\n"
            "Na místě bude redaktor Jakub Trnka s kameramanem. Kontaktní osoba: Jakub "
            "Trnka, mobil 732 550 814, trnka@rtvhoracko.example.\n\n"
            "S pozdravem\n\n"
            "Mgr. Hana Kolářová, šéfredaktorka, 567 310 400\n"
            "Jakub Trnka, redaktor, 732 550 814\n"
            "Pavel Lorenc, kameraman, 731 006 227\n"
            "--\n"
            "Regionální televize Horácko s.r.o., Masarykovo nám. 7, 586 01 Jihlava\n"
            f"IČ: {I18}, DIČ: CZ{I18}\n"
        ),
    },
    {
        "id": "ad019-databox-university-pdf-wrapped",
        "description": "data message from a university; a faculty's letter as a PDF with a "
        "narrow table whose cells wrap; the applicant is the university",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Pomoraví",
            I19,
            "u6pd4rw",
            ["203.0.113.24", "203.0.113.25"],
            ["203.0.113.30"],
            "Martina Hrušková",
            "hruskova@fss.upomoravi.example",
            "+420549871302",
        ),
        "subject": "Žádost FSS UP o přístup k výsledkům voleb (XML)",
        "databox": {
            "box": "u6pd4rw",
            "sender": "Univerzita Pomoraví",
            "address": "Zámecká 5, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "FSS_zadost_volby.pdf",
                [
                    "Univerzita Pomoraví, Fakulta sociálních studií<br/>"
                    f"Zámecká 5, 602 00 Brno, IČO: {I19}",
                    "Věc: Žádost o přístup k serveru s výsledky voleb",
                    "Katedra politologie pořádá ve volební noci studentské studio a "
                    "žádá o přístup k průběžným výsledkům ve formátu XML.",
                    {
                        "rows": [
                            ["Účel adresy", "IP adresa", "Poznámka"],
                            [
                                "produkční server studia (hlavní)",
                                "203.0.113.24",
                                "v serverovně fakulty",
                            ],
                            ["produkční server studia (záložní)", "203.0.113.25", ""],
                            ["testovací notebook", "203.0.113.30", "jen do pátku"],
                        ],
                        "widths": [90, 95, 90],
                    },
                    "Kontaktní osoba: Mgr. Martina Hrušková, Ph.D., "
                    "hruskova@fss.upomoravi.example, tel. 549 871 302",
                    "prof. PhDr. Jan Sedlák, CSc., děkan",
                ],
            )
        ],
    },
    {
        "id": "ad020-italian-english-ipv6-test",
        "description": "Italian agency writing English; IPv4 production, IPv6 test address, "
        "an Italian landline and a VAT number that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agenzia Notizie Adriatiche S.r.l.",
            None,
            None,
            ["198.51.100.230"],
            ["2001:db8:77::15"],
            "Giulia Ferraro",
            "g.ferraro@ana-news.example",
            "+390712284519",
        ),
        "from": "Giulia Ferraro <g.ferraro@ana-news.example>",
        "subject": "Czech elections - XML results access for ANA",
        "headers": APPLE,
        "body": (
            "Good morning,\n\n"
            "my name is Giulia Ferraro, I am responsible of the data desk at Agenzia "
            "Notizie Adriatiche S.r.l. (Ancona, Italy, P.IVA IT02847130425). We would "
            "kindly ask the access to the XML server with the results.\n\n"
            "Production: 198.51.100.230\n"
            "Test: 2001:db8:77::15 (our test environment has only IPv6)\n\n"
            "You can reach me at +39 071 228 4519 or by this e-mail.\n\n"
            "Many thanks and kind regards,\nGiulia Ferraro\n"
        ),
    },
    {
        "id": "ad021-iso88592-odt-checkboxes",
        "description": "short ISO-8859-2 mail with an ODT form: ticked [x] feed access, unticked "
        "[ ] filming; the form gives the contact",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Spolek Hlas Podbrdska, z. s.",
            I21,
            None,
            ["192.0.2.214"],
            [],
            "Miroslav Sýkora",
            "sykora@hlaspodbrdska.example",
            "+420737612048",
        ),
        "from": "Miroslav Sýkora <sykora@hlaspodbrdska.example>",
        "subject": "formular - volby",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dobrý den, v příloze posílám vyplněný formulář.\nSýkora\n",
        "attachments": [
            (
                "odt",
                "formular_volby.odt",
                [
                    "Žádost médií – volby 2025",
                    [
                        ["Žadatel", "Spolek Hlas Podbrdska, z. s."],
                        ["IČO", I21],
                        ["Požadavek", "[x] přístup k výsledkům XML   [ ] natáčení"],
                        ["Produkční IP", "192.0.2.214"],
                        ["Testovací IP", "—"],
                        ["Kontaktní osoba", "Miroslav Sýkora"],
                        ["E-mail", "sykora@hlaspodbrdska.example"],
                        ["Telefon", "737 612 048"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ad022-docx-header-nested-table",
        "description": "Outlook mail with a DOCX letter: the IČO only in the page header, the "
        "addresses in a table nested inside a cell",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Vydavatelství Labe Press a.s.",
            I22,
            None,
            ["198.51.100.101", "198.51.100.102", "198.51.100.103"],
            ["198.51.100.110"],
            "Simona Krátká",
            "kratka@labepress.example",
            "+420466051288",
        ),
        "from": "Simona Krátká <kratka@labepress.example>",
        "subject": "Žádost o přístup k XML – Labe Press",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost o přístup k výsledkům voleb.\n\n"
            "S pozdravem\nSimona Krátká\nIT oddělení, Vydavatelství Labe Press a.s.\n"
            "tel.: 466 051 288\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_XML_LabePress.docx",
                {
                    "header": f"Vydavatelství Labe Press a.s. | IČO {I22} | Pardubice",
                    "footer": "Strana 1 z 1 | č. j. LP-2025/114",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Položka", "Údaj"],
                                ["IP adresy", ""],
                                ["Kontaktní osoba", "Simona Krátká"],
                                ["E-mail / telefon", "kratka@labepress.example / 466 051 288"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.101"],
                                        ["produkční", "198.51.100.102"],
                                        ["produkční", "198.51.100.103"],
                                        ["testovací", "198.51.100.110"],
                                    ]
                                }
                            },
                        },
                        "Za Vydavatelství Labe Press a.s.: Ing. Petr Vondra, ředitel",
                    ],
                },
            )
        ],
    },
    {
        "id": "ad023-chatty-filming-withdrawn",
        "description": "a chatty mail first mentions filming, then withdraws it later in the "
        "same message; only the feed remains",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Hanácký rytmus s.r.o.",
            I23,
            None,
            ["203.0.113.81"],
            ["203.0.113.82"],
            "Daniel Pospíšil",
            "pospisil@hanackyrytmus.example",
            "+420608114562",
        ),
        "from": "Daniel Pospíšil <pospisil@hanackyrytmus.example>",
        "subject": "volby – XML (a možná natáčení)",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den,\n\n"
            "píšu za Rádio Hanácký rytmus s.r.o. (IČO "
            f"{I23}). Chtěli bychom přístup k XML výsledkům a asi i povolení natáčet na "
            "sběrném místě v Přerově, kolega by tam udělal reportáž.\n\n"
            "Adresy: produkční 203.0.113.81, testovací 203.0.113.82.\n\n"
            "Tak jsem se teď ptal kolegy a ten v sobotu nemůže, takže natáčení "
            "škrtněte, nechceme ho. Jen to XML.\n\n"
            "Kontakt já, Daniel Pospíšil, 608 114 562.\n\n"
            "Díky, D. P.\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "ad024-zimbra-forwarded-eml",
        "description": "a secretary forwards the editor's application as an attached .eml; the "
        "outer text names only the secretary, the inner message has everything",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jihlavské listy, a.s.",
            I24,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.58"],
            "Viktor Horák",
            "horak@jihlavskelisty.example",
            "+420567204311",
        ),
        "from": "Sekretariát Jihlavské listy <sekretariat@jihlavskelisty.example>",
        "subject": "Fw: Žádost o přístup k volebním výsledkům",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposíláme žádost našeho šéfredaktora, která omylem odešla "
            "jen na sekretariát. Prosíme o vyřízení.\n\n"
            "S pozdravem\nJana Malá, sekretariát\ntel. 567 204 300\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_o_pristup.eml",
                {
                    "id": "ad024-inner",
                    "from": "Viktor Horák <horak@jihlavskelisty.example>",
                    "to": "sekretariat@jihlavskelisty.example",
                    "subject": "Žádost o přístup k volebním výsledkům",
                    "headers": ZIMBRA,
                    "body": (
                        "Dobrý den,\n\n"
                        f"Jihlavské listy, a.s., IČO {I24}, žádají o přístup k XML.\n"
                        "Produkce: 192.0.2.50, 192.0.2.51\n"
                        "Test: 192.0.2.58\n"
                        "Kontakt: Viktor Horák, šéfredaktor, 567 204 311\n\n"
                        "V. Horák\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ad025-smime-formal-block-bank-account",
        "description": "S/MIME-signed formal letter; a /30 production block, IČO written with "
        "spaces, a bank account, a case number and postal codes as noise",
        "style": Style.FORMAL,
        "labels": L(
            [FEED],
            "MEDIA HOUSE MORAVIA a.s.",
            I25,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.70"],
            "Roman Kučera",
            "kucera@mhmoravia.example",
            "+420542210667",
        ),
        "from": '"Ing. Roman Kučera" <kucera@mhmoravia.example>',
        "subject": "Žádost o zřízení přístupu k výsledkům voleb, č. j. MHM/2025/0418",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "společnost MEDIA HOUSE MORAVIA a.s., se sídlem Heršpická 800/6, 639 00 Brno, "
            f"IČO {I25[:2]} {I25[2:5]} {I25[5:]}, zapsaná v obchodním rejstříku vedeném "
            "Krajským soudem v Brně, oddíl B, vložka 4172, tímto žádá o zřízení přístupu "
            "k serveru s průběžnými výsledky voleb ve formátu XML.\n\n"
            "Produkční přístup: blok 192.0.2.64/30\n"
            "Testovací přístup: 192.0.2.70\n\n"
            "Kontaktní osobou je Ing. Roman Kučera, MBA, ředitel IT, tel. +420 542 210 667, "
            "e-mail kucera@mhmoravia.example.\n\n"
            "Bankovní spojení: 2700481952/2010\n\n"
            "S úctou\n\nIng. Roman Kučera, MBA\nředitel IT\nMEDIA HOUSE MORAVIA a.s.\n"
        ),
    },
    {
        "id": "ad026-vietnamese-czech-samsung",
        "description": "a Vietnamese-Czech weekly's owner writes simple Czech without most "
        "diacritics; 'chinh' and 'thu' explained in Czech, the wife as contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tuần báo Séc Việt s.r.o.",
            I26,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Nguyen Thi Lan",
            "lan@secviet.example",
            "+420775318046",
        ),
        "from": "Van Hung Nguyen <hung@secviet.example>",
        "subject": "Zadost XML volby - Sec Viet",
        "headers": SAMSUNG,
        "cte": "base64",
        "body": (
            "Dobry den,\n\n"
            "my jsme firma Tuần báo Séc Việt s.r.o., ICO "
            f"{I26}, delame tydenik pro vietnamskou komunitu v CR. Chceme dat vysledky "
            "voleb na nas web ve vietnamstine.\n\n"
            "Server hlavni (chinh): 203.0.113.201\n"
            "Server na test (thu): 203.0.113.202\n\n"
            "Kontakt je moje manzelka Nguyen Thi Lan, ona dela web, tel 775 318 046, "
            "lan@secviet.example\n\n"
            "Dekuji moc\nNguyen Van Hung, jednatel\n"
        ),
    },
    {
        "id": "ad027-databox-freelancer-txt-filming",
        "description": "data message from a self-employed cameraman's box (type 30): the "
        "annotation asks to film, the TXT adds place and contact; no feed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Ondřej Málek – Foto Málek",
            I27,
            "f2kt9wx",
            [],
            [],
            "Ondřej Málek",
            "ondrej@fotomalek.example",
            "+420721904455",
        ),
        "subject": "Žádost o povolení natáčení na sběrném místě ČSÚ – Hradec Králové",
        "databox": {
            "box": "f2kt9wx",
            "sender": "Ondřej Málek",
            "address": "Pražská 31, 500 04 Hradec Králové",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "zadost_nataceni.txt",
                "Dobrý den,\n\n"
                "jsem OSVČ (Ondřej Málek – Foto Málek, IČO "
                f"{I27}) a pro Českou televizi natáčím jako externista. Žádám o povolení "
                "natáčet na sběrném místě v Hradci Králové od 14:00 do uzavření.\n"
                "Přístup k XML nepotřebuji.\n\n"
                "Kontakt: ondrej@fotomalek.example, 721 904 455\n\n"
                "Ondřej Málek\n",
            )
        ],
    },
    {
        "id": "ad028-owa-html-old-and-new-table",
        "description": "HTML-only Outlook on the web mail with two tables: last election's "
        "addresses marked as no longer valid, then the new ones",
        "style": Style.HTML_ONLY,
        "labels": L(
            [FEED],
            "Moravskoslezský deník online s.r.o.",
            I28,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.148"],
            "Tereza Kubíčková",
            "kubickova@msdonline.example",
            "+420596801224",
        ),
        "from": "Kubíčková Tereza <kubickova@msdonline.example>",
        "subject": "Aktualizace IP adres pro volby",
        "headers": OWA,
        "html": (
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">'
            "<p>Dobrý den,</p>"
            "<p>žádáme o přístup k výsledkům voleb v XML pro Moravskoslezský deník online "
            f"s.r.o. (IČO {I28}). Oproti minulým volbám se nám změnily adresy.</p>"
            "<p><b>Adresy z roku 2024 – již neplatné, prosím zrušit:</b></p>"
            '<table border="1"><tr><th>produkce</th><th>test</th></tr>'
            "<tr><td>198.51.100.20</td><td>198.51.100.28</td></tr></table>"
            "<p><b>Nové adresy:</b></p>"
            '<table border="1"><tr><th>produkce</th><th>test</th></tr>'
            "<tr><td>198.51.100.140</td><td>198.51.100.148</td></tr>"
            "<tr><td>198.51.100.141</td><td></td></tr></table>"
            "<p>Kontakt: Tereza Kubíčková, 596 801 224</p>"
            "<p>S pozdravem<br>Tereza Kubíčková<br>vedoucí online vydání</p></div>"
        ),
    },
]
