"""Thirty-fourth held-out part ``ca``, cases ca015–ca028: a forward with the original attached
as a message, an Italian agency and a Polish CTO writing English ("respectively"), the Czech
"první … druhá", a filming request withdrawn in a postscript, a Slovak yes/no form in Gmail HTML,
data messages with XLSX and PDF files, PDF, ODT and RTF attachments, an S/MIME-signed letter with
IPv6, an old address replaced and a flowed note with delsp. Written by hand apart from the
extraction rules (see make_thirtyfourth_ca); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfourth_ca_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I17, I18, I19 = ico("2836591"), ico("0749268"), ico("2973140"), ico("0861532")
I20, I21, I22, I23 = ico("2617489"), ico("4653207"), ico("0583716"), ico("2760948")
I24, I25, I26, I27, I28 = (
    ico("2598613"),
    ico("4531869"),
    ico("2707354"),
    ico("0814923"),
    ico("2685017"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ca015-forward-attached-eml",
        "description": "an editor forwards a reporter's application as an attached message "
        "(message/rfc822) and says the reporter is the contact; the data are only inside",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Východní kurýr a.s.",
            I15,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Eva Šustrová",
            "sustrova@vychodnikuryr.example",
            "+420734228610",
        ),
        "from": "Vojtěch Malina <malina@vychodnikuryr.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposílám žádost naší redaktorky Evy Šustrové, kterou omylem poslala "
            "jen mně místo vám. Kontaktní osobou je ona.\n\n"
            "Vojtěch Malina\nvedoucí vydání, Východní kurýr\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "ca015-inner",
                    "from": "Eva Šustrová <sustrova@vychodnikuryr.example>",
                    "to": "Vojtěch Malina <malina@vychodnikuryr.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "headers": APPLE,
                    "body": (
                        "Dobrý den,\n\n"
                        "za vydavatele deníku, společnost Východní kurýr a.s., IČ "
                        f"{I15}, žádám o přístup k výsledkům voleb ve formátu XML.\n\n"
                        "Produkční: 203.0.113.180\n"
                        "Test.: 203.0.113.181\n\n"
                        "Kontakt: Eva Šustrová, 734 228 610, sustrova@vychodnikuryr.example\n\n"
                        "Děkuji\nEva Šustrová\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ca016-italian-agency-english",
        "description": "Italian agency writing English without a Czech IČO: primary, secondary "
        "(failover, so production) and test environment; the sender names the IT coordinator "
        "with an Italian landline as the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agenzia Notizie Adriatiche S.r.l.",
            None,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.122"],
            "Marco Ferrante",
            "m.ferrante@ana-news.example",
            "+390648217734",
        ),
        "from": "Giulia Conti <g.conti@ana-news.example>",
        "subject": "Access to election results XML - Agenzia Notizie Adriatiche",
        "headers": ZIMBRA,
        "body": (
            "Good morning,\n\n"
            "I am the Prague correspondent of Agenzia Notizie Adriatiche S.r.l. (Rome). We "
            "would like to receive the election results of 3-4 October in XML format for our "
            "wire service. Our servers are:\n\n"
            "- primary: 198.51.100.120\n"
            "- secondary: 198.51.100.121 (same rack, for failover)\n"
            "- test environment: 198.51.100.122\n\n"
            "Please refer all technical questions to our IT coordinator, Dott. Marco Ferrante, "
            "m.ferrante@ana-news.example, tel. +39 06 4821 7734. I am only the correspondent "
            "and I will be travelling.\n\n"
            "Thank you very much and best regards,\n"
            "Giulia Conti\n"
            "ANA - Agenzia Notizie Adriatiche\n"
            "Via Nazionale 112, 00184 Roma\n"
            "P.IVA 09876543210\n"
        ),
    },
    {
        "id": "ca017-polish-cto-respectively",
        "description": "a Polish CTO of a Czech news site writes English; roles only by "
        "'respectively', a +48 mobile, IČO in the signature as 'Company ID'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Kurzor Média s.r.o.",
            I17,
            None,
            ["203.0.113.17"],
            ["203.0.113.18"],
            "Tomasz Wójcik",
            "wojcik@kurzor.example",
            "+48601234877",
        ),
        "from": "Tomasz Wójcik <wojcik@kurzor.example>",
        "subject": "XML feed for kurzor.example",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "sorry for writing in English, my Czech is not good enough for official letters.\n\n"
            "We run the news site kurzor.example and would like to get access to the election "
            "results in XML. Our production and test servers are 203.0.113.17 and "
            "203.0.113.18, respectively.\n\n"
            "If you need anything, I am the contact person, +48 601 234 877.\n\n"
            "Best,\n"
            "Tomasz Wójcik\n"
            "CTO\n"
            "Kurzor Média s.r.o.\n"
            f"Company ID (IČO): {I17}\n"
            "Vinohradská 93, 120 00 Praha 2\n"
        ),
    },
    {
        "id": "ca018-prvni-druha-iso88592",
        "description": "ISO-8859-2 Thunderbird mail: two addresses whose roles are given only by "
        "'první … druhá', a mobile only",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Vysílání Horácko s.r.o.",
            I18,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Miroslav Navrátil",
            "navratil@vysilanihoracko.example",
            "+420721330945",
        ),
        "from": "Miroslav Navrátil <navratil@vysilanihoracko.example>",
        "subject": "výsledky voleb – žádost",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "jako každé volby bychom i letos rádi dostávali výsledky přímo od Vás. Posíláme dvě "
            "adresy, první je ostrá, druhá pro testování: 192.0.2.33 a 192.0.2.34.\n\n"
            f"Žadatelem je Vysílání Horácko s.r.o., IČO {I18}, kontaktní osobou jsem já, "
            "mobil 721 330 945.\n\n"
            "Děkuji a zdravím z Horácka\n"
            "Miroslav Navrátil\n"
        ),
    },
    {
        "id": "ca019-owa-filming-withdrawn-ps",
        "description": "Outlook on the web: both requests listed, then the filming request "
        "withdrawn in a postscript; testing from production, so no test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Metropole Brno Média a.s.",
            I19,
            None,
            ["198.51.100.14", "198.51.100.15"],
            [],
            "Dagmar Štěrbová",
            "sterbova@metropolebrno.example",
            "+420541226078",
        ),
        "from": "Štěrbová Dagmar <sterbova@metropolebrno.example>",
        "subject": "Žádost – volby do PS 2025",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            f"společnost Metropole Brno Média a.s., IČO {I19}, žádá:\n"
            "1) o přístup k výsledkům voleb ve formátu XML – servery 198.51.100.14 a "
            "198.51.100.15, testovat budeme přímo z nich,\n"
            "2) o povolení natáčet na sběrném místě v Brně v sobotu 4. 10.\n\n"
            "Kontaktní osoba: Dagmar Štěrbová, tel. 541 226 078.\n\n"
            "S pozdravem\nDagmar Štěrbová\nprodukce zpravodajství\n\n"
            "PS: Bod 2 prosím škrtněte, štáb v sobotu nakonec nemáme, takže natáčení "
            "nepotřebujeme. Platí jen bod 1.\n"
        ),
    },
    {
        "id": "ca020-slovak-gmail-html-ano-nie",
        "description": "HTML-only Gmail mail from a Slovak radio: a yes/no table (áno for XML, "
        "nie for filming) and a second table with production and test rows",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Kysuce s.r.o.",
            I20,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Mária Šupolová",
            "supolova@radiokysuce.example",
            "+421415623318",
        ),
        "from": "Mária Šupolová <supolova@radiokysuce.example>",
        "subject": "Žiadosť – výsledky volieb ČR",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý deň,</div><div><br></div>'
            "<div>naše rádio vysiela aj pre českých poslucháčov na Kysuciach a pri Jablunkove, "
            "preto by sme radi mali priamy prístup k výsledkom volieb. Vypĺňam podľa vzoru:</div>"
            "<div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Požadujeme</th><th>áno / nie</th></tr>"
            "<tr><td>Prístup k XML výsledkom volieb</td><td>áno</td></tr>"
            "<tr><td>Povolenie na nakrúcanie na zbernom mieste</td><td>nie</td></tr>"
            "</table><div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><td>Produkčná IP adresa</td><td>203.0.113.201</td></tr>"
            "<tr><td>Testovacia IP adresa</td><td>203.0.113.202</td></tr>"
            f"<tr><td>Žiadateľ</td><td>Rádio Kysuce s.r.o., IČO {I20}</td></tr>"
            "<tr><td>Kontakt</td><td>Ing. Mária Šupolová, +421 41 562 3318</td></tr>"
            "</table><div><br></div>"
            "<div>Ďakujem pekne</div><div>Mária Šupolová</div>"
            '<div><font color="#888888">Rádio Kysuce | 90.4 FM | Čadca</font></div></div>'
        ),
    },
    {
        "id": "ca021-databox-university-xlsx",
        "description": "data message from a university for its faculty's student newsroom: an "
        "XLSX with an application sheet and an address sheet whose role cell spans two rows",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Jižní Moravy",
            I21,
            "u8kd3mf",
            ["198.51.100.40", "198.51.100.41"],
            ["198.51.100.45"],
            "Pavel Jurečka",
            "jurecka@fz.ujm.example",
            "+420549712284",
        ),
        "subject": "Fakulta žurnalistiky UJM – žádost o přístup k XML výsledkům voleb "
        "(studentská redakce), údaje v příloze",
        "databox": {
            "box": "u8kd3mf",
            "sender": "Univerzita Jižní Moravy",
            "address": "Údolní 17, 602 00 Brno",
            "type": 10,
        },
        "attachments": [
            (
                "xlsx",
                "zadost_volby_FZ_UJM.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Univerzita Jižní Moravy, Fakulta žurnalistiky"],
                            ["IČO", I21],
                            ["Účel", "studentský zpravodajský web Volby naživo"],
                            ["Kontaktní osoba", "doc. Mgr. Pavel Jurečka, Ph.D."],
                            ["E-mail", "jurecka@fz.ujm.example"],
                            ["Telefon", "+420 549 71 2284"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "Adresa", "Poznámka"],
                            ["Produkce", "198.51.100.40", "webový server"],
                            [None, "198.51.100.41", "replika"],
                            ["Test", "198.51.100.45", "notebook v učebně 2.14"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "ca022-outlook-pdf-wrapped-table",
        "description": "base64 Outlook mail from an office manager with a signed PDF whose "
        "narrow table wraps the role labels and the two production addresses",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Zlínské noviny Média, s.r.o.",
            I22,
            None,
            ["198.51.100.88", "198.51.100.89"],
            ["198.51.100.90"],
            "Jaroslav Kubíček",
            "kubicek@zlinskenoviny.example",
            "+420577018264",
        ),
        "from": "Iveta Krčmářová <krcmarova@zlinskenoviny.example>",
        "subject": "Žádost o přístup k XML – Zlínské noviny",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasíláme podepsanou žádost o přístup k výsledkům voleb. S technickými "
            "dotazy se prosím obracejte na pana Kubíčka (kontakt je v žádosti).\n\n"
            "S pozdravem\n"
            "Iveta Krčmářová\n"
            "office manager\n"
            "Zlínské noviny Média, s.r.o.\n"
            "tel. 577 018 200\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_CSU_ZN.pdf",
                [
                    "Zlínské noviny Média, s.r.o., třída Tomáše Bati 1520, 760 01 Zlín",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Údaj", "Hodnota"],
                            ["Žadatel", "Zlínské noviny Média, s.r.o."],
                            ["IČO", I22],
                            [
                                "IP adresy produkčních serverů (primární a záložní)",
                                "198.51.100.88, 198.51.100.89",
                            ],
                            ["IP adresa testovacího serveru", "198.51.100.90"],
                            ["Kontaktní osoba", "Jaroslav Kubíček, vedoucí IT"],
                            ["E-mail", "kubicek@zlinskenoviny.example"],
                            ["Telefon", "+420 577 018 264"],
                        ],
                        "widths": [95, 120],
                    },
                    "Ve Zlíně dne 22. 9. 2025",
                    "Ing. Radovan Šťastný, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ca023-thunderbird-odt-ostry-zkusebni",
        "description": "an ODT letter from a LibreOffice user: 'ostrý provoz' and 'zkušební "
        "provoz' rows, a certificate OID in the text",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Nezávislé Valašsko, z. s.",
            I23,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Pavlína Orságová",
            "orsagova@nezavislevalassko.example",
            "+420604117385",
        ),
        "from": "Pavlína Orságová <orsagova@nezavislevalassko.example>",
        "subject": "žádost o XML výsledky (příloha)",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám naši žádost ve formátu ODT (píšeme v LibreOffice, snad to "
            "půjde otevřít).\n\n"
            "Pavlína Orságová\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    "Nezávislé Valašsko, z. s.",
                    f"Horní náměstí 4, 757 01 Valašské Meziříčí, IČO {I23}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Provozujeme nezávislý zpravodajský web pro Valašsko a žádáme o přístup "
                    "k serveru s výsledky voleb. Použijeme tyto adresy:",
                    [
                        ["Prostředí", "IP adresa"],
                        ["ostrý provoz", "192.0.2.120"],
                        ["zkušební provoz", "192.0.2.121"],
                    ],
                    "Data budeme stahovat přes HTTPS; klientský certifikát (OID politiky "
                    "1.3.6.1.4.1.5923.1.1) máme připraven, kdyby byl potřeba.",
                    "Kontakt: Pavlína Orságová, 604 117 385, orsagova@nezavislevalassko.example",
                ],
            )
        ],
    },
    {
        "id": "ca024-cp1250-rtf-both-types",
        "description": "windows-1250 note with an RTF application asking for both the XML feed "
        "and filming; the test address is declined in the table",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED, FILM],
            "Týdeník Krkonoše, v.o.s.",
            I24,
            None,
            ["192.0.2.230"],
            [],
            "Bohumil Hořejší",
            "horejsi@tydenikkrkonose.example",
            "+420499812336",
        ),
        "from": "Bohumil Hořejší <horejsi@tydenikkrkonose.example>",
        "subject": "žádost volby 2025",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost v příloze (rtf, omlouvám se, v redakci máme ještě starý Word).\n\n"
            "Zdraví\nB. Hořejší\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_volby_2025.rtf",
                [
                    f"Týdeník Krkonoše, v.o.s., Horská 12, 541 01 Trutnov, IČO {I24}",
                    "Věc: žádost",
                    "Žádáme o a) přístup k výsledkům voleb ve formátu XML a b) povolení natáčet "
                    "na sběrném místě v Trutnově v sobotu 4. 10. 2025 (redaktor Bohumil "
                    "Hořejší, kamera Jiří Šrámek).",
                    [
                        ["Produkční IP", "192.0.2.230"],
                        ["Testovací IP", "nepožadujeme"],
                    ],
                    "Kontakt: Bohumil Hořejší, tel. 499 812 336, horejsi@tydenikkrkonose.example",
                ],
            )
        ],
    },
    {
        "id": "ca025-smime-letter-ipv6",
        "description": "S/MIME-signed formal letter from legal counsel naming a technical "
        "contact with a 00420 phone; IPv6 and IPv4 production, IPv6 test, DIČ next to the IČO",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Bohemia Vision a.s.",
            I25,
            None,
            ["2001:db8:4a::10", "203.0.113.10"],
            ["2001:db8:4a::20"],
            "Filip Dušek",
            "dusek@bohemiavision.example",
            "+420724551093",
        ),
        "from": '"Mgr. Kateřina Paulusová" <paulusova@bohemiavision.example>',
        "subject": "Žádost o zřízení přístupu k výsledkům voleb – Bohemia Vision a.s.",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            f"společnost Bohemia Vision a.s., se sídlem Kříženeckého nám. 5, 152 00 Praha 5, "
            f"IČO: {I25[:2]} {I25[2:5]} {I25[5:]}, DIČ: CZ{I25}, zapsaná v obchodním rejstříku "
            "vedeném Městským soudem v Praze, oddíl B, vložka 7731, tímto žádá o zřízení "
            "přístupu k serveru s výsledky voleb do Poslanecké sněmovny Parlamentu ČR ve "
            "formátu XML.\n\n"
            "Produkční adresy: 2001:db8:4a::10, 203.0.113.10\n"
            "Testovací adresa: 2001:db8:4a::20\n\n"
            "Kontaktní osobou pro technické záležitosti je Ing. Filip Dušek, "
            "dusek@bohemiavision.example, tel. 00420 724 551 093.\n\n"
            "S úctou\n\n"
            "Mgr. Kateřina Paulusová\n"
            "právní oddělení\n"
            "Bohemia Vision a.s.\n"
            "+420 257 100 300\n\n"
            "Tato zpráva je elektronicky podepsána.\n"
        ),
    },
    {
        "id": "ca026-gmail-old-address-replaced",
        "description": "chatty Gmail mail: last year's address is said to be gone and replaced, "
        "a new production and test address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Zprávy z Hané, s.r.o.",
            I26,
            None,
            ["198.51.100.55"],
            ["198.51.100.56"],
            "Radim Hrdlička",
            "hrdlicka@zpravyzhane.example",
            "+420776118503",
        ),
        "from": "Radim Hrdlička <hrdlicka@zpravyzhane.example>",
        "subject": "zase volby :)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "tak zase volby :) Loni jsme od Vás data brali na 198.51.100.5, jenže ten stroj "
            "už neexistuje (přešli jsme do cloudu). Letos prosím povolte 198.51.100.55 a jako "
            "testovací 198.51.100.56.\n\n"
            f"Firma je pořád stejná, Zprávy z Hané, s.r.o., IČO {I26}. Kontakt já, "
            "776 118 503.\n\n"
            "Díky a ať to v sobotu klape!\n"
            "Radim Hrdlička\n"
        ),
    },
    {
        "id": "ca027-databox-pdf-filming-only",
        "description": "data message whose application is only in a PDF letter: filming only, "
        "the XML feed explicitly not requested, a crew list, the office's IČO and box in the "
        "address block; the contact is the production manager",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Obzor Film s.r.o.",
            I27,
            "o2fm7vd",
            [],
            [],
            "Simona Bartáková",
            "bartakova@obzorfilm.example",
            "+420777884120",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "o2fm7vd",
            "sender": "Obzor Film s.r.o.",
            "address": "Jankovcova 23, 170 00 Praha 7",
        },
        "attachments": [
            (
                "pdf",
                "zadost_natáčení_Obzor.pdf",
                [
                    "Obzor Film s.r.o., Jankovcova 23, 170 00 Praha 7",
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                    "IČO: 00025593, ID DS: 2gfaasy",
                    "V Praze dne 23. 9. 2025",
                    "Věc: Žádost o povolení pořízení záznamu na sběrném místě",
                    f"Společnost Obzor Film s.r.o., IČO {I27}, připravuje dokumentární cyklus "
                    "o české demokracii. Žádáme o povolení k pořízení obrazového a zvukového "
                    "záznamu na sběrném místě ČSÚ v Hradci Králové dne 4. 10. 2025 mezi 16. a "
                    "20. hodinou.",
                    "Štáb: režisér Ondřej Vaněk, kameraman Lubomír Cibulka, zvukař Jakub Hron.",
                    "Přístup k výsledkům voleb ve formátu XML nepožadujeme.",
                    "Kontaktní osoba: produkční Simona Bartáková, tel. 777 884 120, "
                    "bartakova@obzorfilm.example",
                    "Mgr. Ondřej Vaněk, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ca028-apple-flowed-delsp-wrap",
        "description": "Apple Mail format=flowed with delsp: the test address is wrapped onto "
        "the next line in the middle of the sentence that gives the roles; publisher and title",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Jesenicko Media s.r.o.",
            I28,
            None,
            ["192.0.2.210"],
            ["192.0.2.211"],
            "Kamila Straková",
            "strakova@jesenickytydenik.example",
            "+420584411790",
        ),
        "from": "Kamila Straková <strakova@jesenickytydenik.example>",
        "subject": "Přístup k výsledkům voleb – Jesenický týdeník",
        "headers": APPLE,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            "za Jesenický týdeník (vydává ho Jesenicko Media s.r.o., IČO "
            f"{I28}) prosím o  \n"
            "přístup k výsledkům voleb v XML. Adresa pro ostrý provoz je 192.0.2.210 a pro "
            "testování  \n"
            "192.0.2.211, obojí za naším firewallem.\n\n"
            "Kontakt: Kamila Straková, 584 411 790.\n\n"
            "Děkuji\nKamila Straková\n"
        ),
    },
]
