"""Sixtieth held-out part ``dj``, cases dj015–dj028: a Bulgarian site in Cyrillic
(windows-1251), an IT contractor's data message for its client, a terse photographer, a reply
with the office's identifiers quoted, a Turkish agency, a town-owned TV's workbook by data box,
Serbian with filming declined, a Catalan shorthand range, an institute applying for a later
election, a terse IPv6 /126, a French TV forwarded by its fixer with a corrected test address,
a Czech form with 'resp.', an Italian university and a correction that drops filming. Written
by hand apart from the extraction rules."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtieth_dj_common import (
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    HORDE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    SPARK,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I16, I16N, I17, I18, I20, I23, I24, I26, I28 = (
    ico("2870152"),
    ico("2495318"),
    ico("7615204"),
    ico("2574619"),
    ico("2806437"),
    ico("6808126"),
    ico("2941573"),
    ico("2566082"),
    ico("2637914"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dj015-bg-cyrillic-backup-windows1251",
        "description": "Bulgarian news site's publisher writes Bulgarian in Cyrillic "
        "(windows-1251, 8bit); main and backup servers are production, a test server; "
        "photographs not wanted; the name in Cyrillic as written",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Родопа Медия ЕООД",
            None,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.69"],
            "Стефан Георгиев",
            "s.georgiev@rodopa-media.example",
            "+359888417263",
        ),
        "from": "Стефан Георгиев <s.georgiev@rodopa-media.example>",
        "subject": "Заявление за достъп до резултатите от изборите (XML)",
        "headers": OUTLOOK,
        "charset": "windows-1251",
        "cte": "8bit",
        "body": "Уважаеми дами и господа,\n\n"
        "Родопа Медия ЕООД, издател на новинарския сайт „Родопски вести“ (Смолян), моли за "
        "достъп до XML сървъра с резултатите от изборите в Чешката република.\n\n"
        "Основен сървър: 192.0.2.61\n"
        "Резервен сървър: 192.0.2.62\n"
        "Тестов сървър: 192.0.2.69\n\n"
        "Разрешение за снимане не искаме.\n\n"
        "Лице за контакт: Стефан Георгиев, ИТ отдел, тел. +359 888 417 263\n\n"
        "С уважение,\nСтефан Георгиев\nРодопа Медия ЕООД\n",
    },
    {
        "id": "dj016-cz-it-contractor-databox-for-client",
        "description": "an IT contractor sends from its own box for its client; the PDF names "
        "the client as applicant (its IČO, not the contractor's); the contractor's box is "
        "not the applicant's, so no box; the client's editor is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Kutná s.r.o.",
            I16,
            None,
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.109"],
            "Barbora Říhová",
            "rihova@kutnohorsky-denik.example",
            "+420603882417",
        ),
        "databox": box("np6tz4q", "Netprovoz s.r.o.", "Palackého 4, 284 01 Kutná Hora"),
        "subject": "Žádost o přístup k XML s výsledky voleb – za klienta Vydavatelství Kutná",
        "attachments": [
            (
                "pdf",
                "zadost_za_klienta.pdf",
                [
                    "Netprovoz s.r.o., správa serverů a sítí\n"
                    "Palackého 4, 284 01 Kutná Hora, IČO " + I16N,
                    "Věc: Žádost o přístup k serveru s výsledky voleb (XML)",
                    "Jménem našeho klienta, společnosti Vydavatelství Kutná s.r.o., IČO "
                    + I16
                    + ", vydavatele Kutnohorského deníku, žádáme o přístup k serveru s "
                    "průběžnými výsledky voleb. Klient nás k podání žádosti zmocnil; "
                    "žadatelem je on, my jeho servery spravujeme.",
                    {
                        "rows": [
                            ["Role", "IP adresa"],
                            ["produkční", "198.51.100.101"],
                            ["produkční", "198.51.100.102"],
                            ["testovací", "198.51.100.109"],
                        ]
                    },
                    "Kontaktní osoba za klienta: Barbora Říhová, vedoucí online redakce "
                    "Kutnohorského deníku, rihova@kutnohorsky-denik.example, tel. 603 882 417",
                    "Technické dotazy: Ing. Aleš Pech, jednatel Netprovoz s.r.o., 327 512 990",
                ],
            )
        ],
    },
    {
        "id": "dj017-cz-terse-photographer-filming-only",
        "description": "terse note by a freelance photographer with an IČO: photographing only, "
        "the XML explicitly not needed; lowercase greeting, no signature block",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Filip Vondra",
            I17,
            None,
            [],
            [],
            "Filip Vondra",
            "filip.vondra@fotovondra.example",
            "+420604771239",
        ),
        "from": "Filip Vondra <filip.vondra@fotovondra.example>",
        "subject": "foceni volby Plzen",
        "headers": SEZNAM,
        "body": "dobrý den,\njako fotograf na volné noze (IČO " + I17 + ") bych rád fotil ve "
        "volební noc na vašem pracovišti v Plzni pro dvě regionální redakce, jen foto, bez "
        "videa. XML nepotřebuju.\nFilip Vondra, 604 771 239\n",
    },
    {
        "id": "dj018-cz-reply-office-ids-new-contact",
        "description": "reply to the office's request for missing data: the test address is "
        "added and a colleague named as the contact instead of the sender; the quote holds "
        "the office's IČO, box and phone and the original application",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Boleslavské noviny, s.r.o.",
            I18,
            None,
            ["203.0.113.18"],
            ["203.0.113.19"],
            "Jakub Novotný",
            "novotny@boleslavske-noviny.example",
            "+420739612085",
        ),
        "from": "Eva Šírová <sirova@boleslavske-noviny.example>",
        "subject": "Re: Vaše žádost o přístup k XML – doplnění",
        "headers": TBIRD,
        "body": "Dobrý den, paní Kubátová,\n\n"
        "doplňuji, co chybělo: testovací adresa je 203.0.113.19. Kontaktní osobou pro přístup "
        "nakonec nebudu já, ale náš správce Jakub Novotný, novotny@boleslavske-noviny.example, "
        "tel. 739 612 085.\n\n"
        "Děkuji\nEva Šírová\nBoleslavské noviny, s.r.o.\n\n"
        "Dne 12. 6. 2025 v 9:14 podatelna@czso.cz napsal(a):\n"
        "> Dobrý den,\n"
        "> k Vaší žádosti o přístup k XML (produkční adresa 203.0.113.18) prosíme o "
        "doplnění\n> testovací adresy a kontaktní osoby.\n"
        "> S pozdravem\n> Marie Kubátová\n"
        "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
        "> IČO 00025593 | ID DS 2gfaasy | tel. 274 052 733\n"
        ">\n"
        ">> Boleslavské noviny, s.r.o., IČO " + I18 + ", žádají o přístup k XML s výsledky "
        "voleb\n>> z adresy 203.0.113.18.\n>> Eva Šírová, redakce\n",
    },
    {
        "id": "dj019-tr-agency-olarak",
        "description": "Turkish news agency in Turkish: the name is followed by 'olarak' in the "
        "sentence; two production and one test server; filming not asked",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Boğaziçi Haber Ajansı A.Ş.",
            None,
            None,
            ["198.51.100.221", "198.51.100.222"],
            ["198.51.100.229"],
            "Elif Yıldız",
            "elif.yildiz@bogazici-haber.example",
            "+905324187609",
        ),
        "from": "Elif Yıldız <elif.yildiz@bogazici-haber.example>",
        "subject": "Seçim sonuçları XML erişim başvurusu",
        "headers": OUTLOOK,
        "body": "Sayın Yetkili,\n\n"
        "Boğaziçi Haber Ajansı A.Ş. olarak Çek Cumhuriyeti seçim sonuçlarının yayınlandığı "
        "XML sunucusuna erişim talep ediyoruz.\n\n"
        "Üretim sunucuları: 198.51.100.221 ve 198.51.100.222\n"
        "Test sunucusu: 198.51.100.229\n\n"
        "Çekim izni talep etmiyoruz.\n\n"
        "İletişim: Elif Yıldız, teknik koordinatör, +90 532 418 76 09\n\n"
        "Saygılarımızla,\nElif Yıldız\n",
    },
    {
        "id": "dj020-cz-town-tv-databox-xlsx-replaced",
        "description": "a town-owned TV's data message with a workbook: ANO/ANO for both "
        "requests, the original production address marked as replaced (left out), the town "
        "named as owner",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Podřipsko s.r.o.",
            I20,
            "tp4rd8w",
            ["203.0.113.131"],
            ["203.0.113.139"],
            "Šimon Kratochvíl",
            "kratochvil@tvpodripsko.example",
            "+420731504926",
        ),
        "databox": box(
            "tp4rd8w", "Televize Podřipsko s.r.o.", "Palackého 210, 413 01 Roudnice nad Labem"
        ),
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení",
        "attachments": [
            (
                "xlsx",
                "zadost_TVP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Televize Podřipsko s.r.o."],
                            ["IČO", I20],
                            ["Vlastník", "Město Roudnice nad Labem (100 %)"],
                            ["Přístup k XML", "ANO"],
                            ["Natáčení na pracovišti ČSÚ v Ústí nad Labem", "ANO"],
                            ["IP produkce", "203.0.113.131"],
                            ["IP produkce – původní", "203.0.113.130 (nahrazena, nepoužívat)"],
                            ["IP test", "203.0.113.139"],
                            ["Kontaktní osoba", "Šimon Kratochvíl, technik"],
                            ["Telefon", "731 504 926"],
                            ["E-mail", "kratochvil@tvpodripsko.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "dj021-sr-serbian-latin-filming-declined",
        "description": "Serbian portal in Serbian Latin script (iso-8859-2, đ): feed asked, "
        "filming declined in its own sentence",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Vojvođanski portal d.o.o.",
            None,
            None,
            ["192.0.2.15", "192.0.2.16"],
            ["192.0.2.17"],
            "Dragana Petrović",
            "dragana.petrovic@vojvodjanski-portal.example",
            "+381634182075",
        ),
        "from": "Dragana Petrović <dragana.petrovic@vojvodjanski-portal.example>",
        "subject": "Zahtev za pristup XML rezultatima izbora",
        "headers": HORDE,
        "charset": "iso-8859-2",
        "body": "Poštovani,\n\n"
        "Vojvođanski portal d.o.o. iz Novog Sada podnosi zahtev za pristup XML serveru sa "
        "rezultatima izbora u Češkoj.\n"
        "Adrese: produkcija 192.0.2.15, 192.0.2.16; test 192.0.2.17.\n"
        "Dozvolu za snimanje ne tražimo.\n\n"
        "Kontakt osoba: Dragana Petrović, +381 63 418 2075\n\n"
        "Srdačan pozdrav,\nDragana Petrović\n",
    },
    {
        "id": "dj022-ca-catalan-last-octet-range",
        "description": "Catalan radio's site in Catalan: production as a last-octet range "
        "'198.51.100.71–73' with an en dash (three addresses), one test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ràdio Empordà Digital, SL",
            None,
            None,
            ["198.51.100.71", "198.51.100.72", "198.51.100.73"],
            ["198.51.100.79"],
            "Marta Vilaró",
            "marta.vilaro@radioemporda.example",
            "+34972503186",
        ),
        "from": "Marta Vilaró <marta.vilaro@radioemporda.example>",
        "subject": "Sol·licitud d'accés als resultats electorals (XML)",
        "headers": ZIMBRA,
        "body": "Bon dia,\n\n"
        "Ràdio Empordà Digital, SL sol·licita accés al servidor XML amb els resultats de les "
        "eleccions txeques.\n\n"
        "Servidors de producció: 198.51.100.71–73\n"
        "Servidor de proves: 198.51.100.79\n\n"
        "Contacte: Marta Vilaró, cap de continguts digitals, tel. +34 972 50 31 86\n\n"
        "Salutacions cordials,\nMarta Vilaró\nRàdio Empordà Digital, SL – Figueres\n",
    },
    {
        "id": "dj023-cz-institute-databox-later-election",
        "description": "a research institute's data message with a DOCX applying as a whole for "
        "the coming regional elections (counts); the recipient block holds the office's box; "
        "a backup server is production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ústav regionální politologie, v. v. i.",
            I23,
            "ur9p2vx",
            ["198.18.90.21", "198.18.90.22"],
            ["198.18.90.29"],
            "Zdeňka Havlíková",
            "havlikova@urp.example",
            "+420541226718",
        ),
        "databox": box("ur9p2vx", "Ústav regionální politologie, v. v. i.", "Veveří 97, Brno"),
        "subject": "Žádost o přístup k výsledkům krajských voleb (XML)",
        "attachments": [
            (
                "docx",
                "zadost_URP_krajske_volby.docx",
                {
                    "header": "Ústav regionální politologie, v. v. i. | Veveří 97, 602 00 Brno",
                    "footer": "IČO " + I23 + " | ID DS ur9p2vx",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nID DS 2gfaasy",
                        "Věc: Žádost o přístup k výsledkům voleb do zastupitelstev krajů",
                        "Ústav regionální politologie, v. v. i., žádá o přístup k dedikovanému "
                        "serveru s výsledky ve formátu XML pro nadcházející volby do "
                        "zastupitelstev krajů. Letošních voleb do Poslanecké sněmovny se "
                        "žádost netýká, pro ně data nepotřebujeme.",
                        {
                            "rows": [
                                ["Server", "IP adresa", "Role"],
                                ["analytický server", "198.18.90.21", "produkce"],
                                ["záložní server", "198.18.90.22", "produkce (záloha)"],
                                ["vývojový server", "198.18.90.29", "test"],
                            ]
                        },
                        "Kontaktní osoba: Mgr. Zdeňka Havlíková, Ph.D., vědecká pracovnice, "
                        "havlikova@urp.example, tel. 541 226 718",
                        "prof. PhDr. Miroslav Jireček, CSc.\nředitel",
                    ],
                },
            )
        ],
    },
    {
        "id": "dj024-cz-terse-ipv6-slash126",
        "description": "terse note without diacritics: production as an IPv6 /126 (four "
        "addresses, the first written '2001:db8:77::'), testing from production; signed by "
        "surname only, the From header gives the full name",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Jihlava Online s.r.o.",
            I24,
            None,
            ["2001:db8:77::", "2001:db8:77::1", "2001:db8:77::2", "2001:db8:77::3"],
            [],
            "Petr Hruška",
            "hruska@jihlava-online.example",
            "+420777318246",
        ),
        "from": "Petr Hruška <hruska@jihlava-online.example>",
        "subject": "xml",
        "headers": K9,
        "body": "dobry den, zadam o pristup k xml pro Jihlava Online s.r.o., ico " + I24 + ".\n"
        "prod: 2001:db8:77::/126 (ctyri adresy)\n"
        "test zadny, testujem z produkce\n"
        "Hruska 777 318 246\n",
    },
    {
        "id": "dj025-fr-tv-fixer-inline-forward-corrected-test",
        "description": "a Prague fixer forwards a French TV's request inline and corrects its "
        "test address in her own lines; both requests; the French editor is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Alpes Trois Télévision SAS",
            None,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.119"],
            "Claire Rousset",
            "c.rousset@alpes3tv.example",
            "+33476215803",
        ),
        "from": "Tereza Řezníčková <reznickova@fixer-cz.example>",
        "subject": "Fwd: Demande XML + tournage",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost francouzské regionální televize, pro kterou zajišťuji natáčení v "
        "Praze. Jedna změna: testovací adresu jim IT mezitím změnilo, místo 198.51.100.118 "
        "platí 198.51.100.119. Jinak vše platí, kontaktujte prosím přímo paní Rousset.\n\n"
        "Tereza Řezníčková\n\n"
        "---------- Forwarded message ---------\n"
        "De : Claire Rousset <c.rousset@alpes3tv.example>\n"
        "Date: lun. 9 juin 2025 à 10:42\n"
        "Subject: Demande XML + tournage\n"
        "To: <reznickova@fixer-cz.example>\n\n"
        "Bonjour Tereza,\n\npeux-tu transmettre notre demande à l'office statistique ?\n\n"
        "Alpes Trois Télévision SAS demande l'accès au flux XML des résultats ainsi que "
        "l'autorisation de filmer au centre de collecte de Prague le soir de l'élection.\n"
        "Production : 198.51.100.110, 198.51.100.111\n"
        "Test : 198.51.100.118\n\n"
        "Contact : Claire Rousset, rédactrice en chef adjointe, +33 4 76 21 58 03\n\n"
        "Merci !\nClaire\n",
    },
    {
        "id": "dj026-cz-docx-form-checkboxes-resp",
        "description": "a weekly's DOCX form: ☒ feed, ☐ filming; production and test in one cell "
        "with 'resp.'; the contact written surname first",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Týdeník Pojizeří, s.r.o.",
            I26,
            None,
            ["192.0.2.50"],
            ["192.0.2.59"],
            "Lenka Doubravová",
            "doubravova@tydenikpojizeri.example",
            "+420481623507",
        ),
        "from": "Lenka Doubravová <doubravova@tydenikpojizeri.example>",
        "subject": "Vyplněný formulář – žádost o XML",
        "headers": CENTRUM,
        "body": "Dobrý den,\nposílám vyplněný formulář.\nDoubravová\n",
        "attachments": [
            (
                "docx",
                "formular_zadost.docx",
                {
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / O POVOLENÍ NATÁČENÍ",
                        {
                            "rows": [
                                ["Žadatel (název, právní forma)", "Týdeník Pojizeří, s.r.o."],
                                ["IČO", I26],
                                [
                                    "Žádáme o",
                                    "☒ přístup k XML s výsledky\n☐ povolení natáčení",
                                ],
                                [
                                    "IP adresy",
                                    "produkční, resp. testovací adresa je 192.0.2.50, "
                                    "resp. 192.0.2.59",
                                ],
                                ["Kontaktní osoba", "Doubravová Lenka"],
                                [
                                    "Telefon / e-mail",
                                    "481 623 507 / doubravova@tydenikpojizeri.example",
                                ],
                            ]
                        },
                        "V Turnově dne 3. 6. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "dj027-it-university-lab-two-phones",
        "description": "an Italian university's journalism lab (of a department, no legal "
        "entity) applies for the university; filming not asked; the professor's office line "
        "and mobile side by side (the first given)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Università degli Studi del Valdarno",
            None,
            None,
            ["198.51.100.171"],
            ["198.51.100.172"],
            "Marco Bellandi",
            "marco.bellandi@univaldarno.example",
            "+390559174420",
        ),
        "from": "Prof. Marco Bellandi <marco.bellandi@univaldarno.example>",
        "subject": "Richiesta di accesso ai dati elettorali XML - Laboratorio di giornalismo",
        "headers": SPARK,
        "body": "Gentili Signore e Signori,\n\n"
        "il Laboratorio di giornalismo dei dati del Dipartimento di Scienze Politiche e "
        "Sociali dell'Università degli Studi del Valdarno chiede, per conto dell'Ateneo, "
        "l'accesso al server XML con i risultati delle elezioni ceche, per un'esercitazione "
        "in diretta con gli studenti.\n\n"
        "Indirizzo di produzione: 198.51.100.171\n"
        "Indirizzo di test: 198.51.100.172\n\n"
        "Non chiediamo il permesso di effettuare riprese.\n\n"
        "Referente: prof. Marco Bellandi, tel. +39 055 917 4420, cell. +39 338 602 1945\n\n"
        "Cordiali saluti\nMarco Bellandi\nUniversità degli Studi del Valdarno\n",
    },
    {
        "id": "dj028-cz-correction-filming-dropped-prod-replaced",
        "description": "the sender corrects his quoted application: filming cancelled, the "
        "production server replaced (the old one left out), test unchanged",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Krumlov s.r.o.",
            I28,
            None,
            ["198.18.7.21"],
            ["198.18.7.29"],
            "Ondřej Kroupa",
            "kroupa@radiokrumlov.example",
            "+420380712466",
        ),
        "from": "Ondřej Kroupa <kroupa@radiokrumlov.example>",
        "subject": "Re: Žádost Rádio Krumlov – oprava",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "opravuji naši žádost z pondělí (níže): natáčení ve volební noc rušíme, redaktorka "
        "bude v Krumlově. U XML měníme produkční server – místo 198.18.7.20 platí nově "
        "198.18.7.21, test zůstává 198.18.7.29.\n\n"
        "Ondřej Kroupa\nRádio Krumlov s.r.o.\n\n"
        "> Rádio Krumlov s.r.o., IČO " + I28 + ", žádá o přístup k XML (produkce "
        "198.18.7.20,\n> test 198.18.7.29) a o povolení natáčet na pracovišti v Českých "
        "Budějovicích.\n> Kontakt: Ondřej Kroupa, 380 712 466\n",
    },
]
