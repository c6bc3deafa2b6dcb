"""Forty-fourth held-out part ``bg``, cases bg001–bg014: a DOCX with letterhead and checkboxes,
data messages with the application in the annotation, in an RTF or split, an empty mail with a
three-sheet workbook, a cover note that corrects the PDF, a forwarded .eml, an ODT ANO/NE form,
an HTML [x]/[ ] form, a signed university letter, a reply with an updated PDF, a windows-1250
cover with a role column, a letter with IČO and box ID in the signature and a German form.
Written by hand apart from the extraction rules (see make_fortyfourth_bg); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfourth_bg_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2817350"), ico("0649217"), ico("2731864"), ico("2590146"), ico("0418725")
I7, I9, I10, I11 = ico("2946031"), ico("0061473"), ico("2875019"), ico("0738264")
I12, I13 = ico("2603958"), ico("0592846")

CASES: list[dict[str, Any]] = [
    {
        "id": "bg001-docx-letterhead-checkboxes",
        "description": "two-word cover; the DOCX has the publisher in its page header, a ☒/☐ "
        "request list (filming unticked) and row headers for the addresses and contact",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Posázavský kurýr s.r.o.",
            I1,
            None,
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.29"],
            "Radek Vondrášek",
            "vondrasek@posazavskykuryr.example",
            "+420604318275",
        ),
        "from": "Radek Vondrášek <vondrasek@posazavskykuryr.example>",
        "subject": "volby - žádost",
        "headers": OUTLOOK,
        "body": "Žádost v příloze.\n\nR. Vondrášek\n",
        "attachments": [
            (
                "docx",
                "zadost_PK_volby.docx",
                {
                    "header": "Posázavský kurýr s.r.o. | Masarykova 88, 257 51 Bystřice | "
                    "IČO " + I1,
                    "footer": "Regionální zpravodajství od roku 1996 | www.posazavskykuryr.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Věc: Žádost média ke zpracování výsledků voleb",
                        "Žádáme o (zaškrtněte):",
                        "☒ zpřístupnění průběžných výsledků na dedikovaném serveru (XML)",
                        "☐ povolení natáčet či fotografovat na pracovištích ČSÚ",
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.20\n198.51.100.21"],
                                ["Testovací IP", "198.51.100.29"],
                                ["Kontaktní osoba", "Radek Vondrášek, vedoucí online"],
                                ["Telefon", "604 318 275"],
                                ["E-mail", "vondrasek@posazavskykuryr.example"],
                            ]
                        },
                        "V Bystřici dne 8. září 2025\nMgr. Karolína Šebestová, jednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "bg002-databox-annotation-ips-pdf-contact",
        "description": "data message: the annotation carries the request and both addresses, "
        "the PDF is only a signed cover letter naming the contact; box ID from the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Brdy, spol. s r.o.",
            I2,
            "r4dbq2m",
            ["203.0.113.44"],
            ["203.0.113.45"],
            "Jana Kloudová",
            "kloudova@radiobrdy.example",
            "+420721640583",
        ),
        "databox": box("r4dbq2m", "Rádio Brdy, spol. s r.o.", "Nádražní 412, 262 72 Březnice"),
        "subject": "Žádost o přístup k XML s výsledky voleb: produkční IP 203.0.113.44, "
        "testovací IP 203.0.113.45",
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    "Rádio Brdy, spol. s r.o. | Nádražní 412, 262 72 Březnice | IČO " + I2,
                    "Vážení,",
                    "jak uvádíme v anotaci této datové zprávy, chtěli bychom i letos odebírat "
                    "výsledky voleb z vašeho serveru pro naše zpravodajské relace. Technické "
                    "věci s vámi bude řešit paní Jana Kloudová (kloudova@radiobrdy.example, "
                    "mobil 721 640 583).",
                    "S pozdravem\nIng. Miloš Trnka\njednatel společnosti",
                ],
            )
        ],
    },
    {
        "id": "bg003-empty-mail-three-sheet-workbook",
        "description": "no text at all; a workbook with three sheets (applicant, addresses with "
        "a merged title and a /30 block, contact written surname first)",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Datová žurnalistika Morava, z.ú.",
            I3,
            None,
            ["198.18.4.8", "198.18.4.9", "198.18.4.10", "198.18.4.11"],
            ["198.18.5.1"],
            "Hana Pokorná",
            "pokorna@dzmorava.example",
            "+420733512049",
        ),
        "from": "Hana Pokorna <pokorna@dzmorava.example>",
        "subject": "CSU volby 2025",
        "headers": GMAIL,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "DZM_pristup_vysledky.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Organizace", "Datová žurnalistika Morava, z.ú."],
                            ["IČO", I3],
                            ["Sídlo", "Údolní 37, 602 00 Brno"],
                            ["Požadujeme", "přístup k výsledkům (XML feed)"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresy pro přístup", "", ""],
                            ["Účel", "Adresa / rozsah", "Poznámka"],
                            ["produkce", "198.18.4.8/30", "cluster, 4 uzly"],
                            ["test", "198.18.5.1", "vývojový stroj"],
                        ],
                        "merge": ["A1:C1"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Příjmení", "Jméno", "E-mail", "Telefon"],
                            ["Pokorná", "Hana", "pokorna@dzmorava.example", "733 512 049"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bg004-cover-corrects-test-ip-in-pdf",
        "description": "the cover mail says the test address in the attached PDF is mistyped "
        "and gives the right one; both requests ticked in the PDF",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Zpravodajství Hradecko a.s.",
            I4,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.78"],
            "Michaela Doubravová",
            "doubravova@zpravyhradecko.example",
            "+420602775130",
        ),
        "from": "Michaela Doubravová <doubravova@zpravyhradecko.example>",
        "subject": "Žádost o přístup a natáčení - Zpravodajství Hradecko",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nzasílám podepsanou žádost. Bohužel jsem si až po podpisu "
        "všimla, že testovací adresa v PDF je špatně (192.0.2.77 je tiskárna). Správně má "
        "být 192.0.2.78, produkční adresy sedí.\n\nDěkuji a omlouvám se,\nMichaela "
        "Doubravová\nZpravodajství Hradecko a.s.\n",
        "attachments": [
            (
                "pdf",
                "Zadost_ZH_podepsana.pdf",
                [
                    "ZPRAVODAJSTVÍ HRADECKO a.s., Gočárova 1610, 500 02 Hradec Králové",
                    "Žádost o spolupráci při zpracování výsledků voleb",
                    {
                        "rows": [
                            ["[x]", "přístup k XML výsledkům na dedikovaném serveru"],
                            ["[x]", "natáčení na krajském pracovišti ČSÚ v Hradci Králové"],
                        ],
                        "widths": [40, 380],
                    },
                    {
                        "rows": [
                            ["Žadatel", "Zpravodajství Hradecko a.s., IČO " + I4],
                            ["IP produkce", "192.0.2.70, 192.0.2.71"],
                            ["IP test", "192.0.2.77"],
                            [
                                "Kontaktní osoba",
                                "Michaela Doubravová, doubravova@zpravyhradecko.example, "
                                "+420 602 775 130",
                            ],
                        ],
                        "widths": [110, 310],
                    },
                ],
            )
        ],
    },
    {
        "id": "bg005-forwarded-eml-from-director",
        "description": "an assistant forwards the director's original mail as an attached .eml; "
        "the application and the named contact are only inside the forwarded message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Mediální dům Poodří s.r.o.",
            I5,
            None,
            ["203.0.113.150", "203.0.113.151", "203.0.113.152"],
            ["203.0.113.160"],
            "Petr Hanzelka",
            "hanzelka@mdpoodri.example",
            "+420597611804",
        ),
        "from": "Sekretariát MDP <sekretariat@mdpoodri.example>",
        "subject": "Fwd: přístup k výsledkům voleb",
        "headers": APPLE,
        "body": "Dobrý den,\n\npan ředitel mě požádal, abych Vám jeho žádost přeposlala, "
        "původně ji omylem odeslal na starou adresu. Je v příloze.\n\nS pozdravem\nIveta "
        "Kubíčková, asistentka\n",
        "attachments": [
            (
                "eml",
                "puvodni_zadost.eml",
                {
                    "id": "bg005-inner",
                    "from": "Ing. Zdeněk Malina <malina@mdpoodri.example>",
                    "to": "info@czso.example",
                    "subject": "přístup k výsledkům voleb",
                    "body": "Dobrý den,\n\nMediální dům Poodří s.r.o. (IČO " + I5 + ") "
                    "žádá o přístup k výsledkům voleb ve formátu XML.\n\nProdukční servery: "
                    "203.0.113.150, 203.0.113.151, 203.0.113.152\nTestovací server: "
                    "203.0.113.160\n\nKontaktní osobou pro technické záležitosti je náš "
                    "správce sítě Petr Hanzelka, hanzelka@mdpoodri.example, tel. "
                    "597 611 804.\n\nZdeněk Malina\nředitel\n",
                },
            )
        ],
    },
    {
        "id": "bg006-odt-ano-ne-filming-freelancer",
        "description": "a freelance photographer without an IČO; the ODT form has ANO/NE "
        "columns with feed NE and filming ANO, and an IP row left with dashes",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Tereza Bartáková",
            None,
            None,
            [],
            [],
            "Tereza Bartáková",
            "tereza.bartakova@fotomail.example",
            "+420776204913",
        ),
        "from": "Tereza Bartáková <tereza.bartakova@fotomail.example>",
        "subject": "Formulář - fotografování ve volební noc",
        "headers": K9,
        "body": "Dobrý den, posílám formulář, fotím pro několik regionálních webů jako "
        "nezávislá fotografka. Díky TB\n",
        "attachments": [
            (
                "odt",
                "formular_Bartakova.odt",
                [
                    "Formulář žádosti – média",
                    [
                        ["Žádám o", "ANO", "NE"],
                        ["přístup k výsledkům v XML", "", "X"],
                        ["pořizování fotografií / videa na pracovišti ČSÚ", "X", ""],
                    ],
                    [
                        ["Žadatel", "Tereza Bartáková (fyzická osoba, bez IČO)"],
                        ["IP adresy", "—"],
                        ["Kontakt", "tereza.bartakova@fotomail.example, 776 204 913"],
                    ],
                    "Místo: pracoviště ČSÚ v Ústí nad Labem, volební noc",
                ],
            )
        ],
    },
    {
        "id": "bg007-databox-short-annotation-rtf-ipv6",
        "description": "data message with a bare annotation; the RTF table has a role column "
        "with an IPv6 production address next to IPv4 ones and an IPv6 test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Týdeník Polabí s.r.o.",
            I7,
            "t7pl3ab",
            ["198.51.100.140", "198.51.100.141", "2001:db8:40::10"],
            ["2001:db8:40::20"],
            "Vojtěch Zelenka",
            "zelenka@tydenikpolabi.example",
            "+420725118604",
        ),
        "databox": box("t7pl3ab", "Týdeník Polabí s.r.o.", "Palackého 23, 290 01 Poděbrady"),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "rtf",
                "zadost_polabi.rtf",
                [
                    "Týdeník Polabí s.r.o., IČO " + I7,
                    "Žádáme o přístup k datové službě s výsledky voleb (XML).",
                    [
                        ["Adresa", "Role", "Server"],
                        ["198.51.100.140", "produkce", "web1"],
                        ["198.51.100.141", "produkce", "web2"],
                        ["2001:db8:40:0:0:0:0:10", "produkce", "web1 (IPv6)"],
                        ["2001:db8:40::20", "test", "stage"],
                    ],
                    "Kontakt: Vojtěch Zelenka, IT, zelenka@tydenikpolabi.example, +420 725 118 604",
                ],
            )
        ],
    },
    {
        "id": "bg008-html-form-brackets-range",
        "description": "an HTML-only mail: a [x]/[ ] form with both requests ticked, production "
        "written as a short range, no test address; the TXT export repeats it",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Zvon Media s.r.o.",
            ico("2468013"),
            None,
            ["198.51.100.60", "198.51.100.61", "198.51.100.62"],
            [],
            "Daniel Kořínek",
            "korinek@zvonmedia.example",
            "+420739025816",
        ),
        "from": "Daniel Kořínek <korinek@zvonmedia.example>",
        "subject": "Žádost o spolupráci - volby (Zvon Media)",
        "headers": ROUNDCUBE,
        "html": "<html><body><p>Dobrý den,</p><p>vyplněný formulář níže, pro jistotu i "
        "jako TXT.</p><table border='1'><tr><td>[x]</td><td>Přístup k XML výsledkům</td></tr>"
        "<tr><td>[x]</td><td>Natáčení na pracovišti ČSÚ (Zlín)</td></tr>"
        "<tr><td>[ ]</td><td>Jiné</td></tr></table>"
        "<p>Firma: Zvon Media s.r.o., IČO " + ico("2468013") + "<br>"
        "Produkční IP: 198.51.100.60 – 62<br>Testovací IP: žádné, testujeme z produkce<br>"
        "Kontakt: Daniel Kořínek, korinek@zvonmedia.example, 739 025 816</p>"
        "<p>Díky, D. Kořínek</p></body></html>",
        "attachments": [
            (
                "txt",
                "formular.txt",
                "[x] pristup XML\n[x] nataceni Zlin\n[ ] jine\nFirma: Zvon Media s.r.o.\n"
                "Prod: 198.51.100.60 - 198.51.100.62\nTest: -\nKontakt: Daniel Korinek\n",
            )
        ],
    },
    {
        "id": "bg009-signed-university-letter-docx",
        "description": "an S/MIME-signed mail from a faculty; the DOCX letter with header and "
        "footer applies as the university, IPv6 and IPv4 production, IPv6 test",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Polabská univerzita v Nymburce, veřejná vysoká škola",
            I9,
            None,
            ["2001:db8:7a::15", "198.51.100.250"],
            ["2001:db8:7a::16"],
            "Alena Fiedlerová",
            "alena.fiedlerova@pu-nymburk.example",
            "+420325611472",
        ),
        "from": "Alena Fiedlerová <alena.fiedlerova@pu-nymburk.example>",
        "subject": "Žádost katedry žurnalistiky o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "smime": True,
        "body": "Dobrý den,\n\nv příloze zasílám žádost naší katedry (studentský zpravodajský "
        "web). Mail je elektronicky podepsán.\n\nS pozdravem\nPhDr. Alena Fiedlerová, Ph.D.\n"
        "Katedra žurnalistiky, Fakulta humanitních studií\n",
        "attachments": [
            (
                "docx",
                "zadost_KZ_FHS.docx",
                {
                    "header": "POLABSKÁ UNIVERZITA V NYMBURCE | Fakulta humanitních studií | "
                    "Katedra žurnalistiky",
                    "footer": "Polabská univerzita v Nymburce, veřejná vysoká škola, "
                    "Komenského 5, 288 02 Nymburk, IČO " + I9,
                    "blocks": [
                        "Vážená paní, vážený pane,",
                        "studenti naší katedry připravují zpravodajský web s průběžnými "
                        "výsledky voleb. Žádáme proto o přístup k výsledkům ve formátu XML "
                        "z těchto adres:",
                        "produkční: 2001:db8:7a::15 a 198.51.100.250 (NAT fakulty)",
                        "testovací: 2001:db8:7a::16",
                        "Kontaktní osobou je PhDr. Alena Fiedlerová, Ph.D., "
                        "alena.fiedlerova@pu-nymburk.example, tel. 325 611 472.",
                        "doc. Mgr. Stanislav Pech, Ph.D.\nvedoucí katedry",
                    ],
                },
            )
        ],
    },
    {
        "id": "bg010-reply-updated-pdf-iso88592",
        "description": "a reply in iso-8859-2 to the office's request for a missing phone, with "
        "the office's signature quoted and a second PDF version that supersedes the first",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Chrudimské noviny s.r.o.",
            I10,
            None,
            ["203.0.113.12", "203.0.113.13"],
            ["203.0.113.14"],
            "Libor Šindler",
            "sindler@chrudimskenoviny.example",
            "+420469301287",
        ),
        "from": "Libor Šindler <sindler@chrudimskenoviny.example>",
        "subject": "RE: Vaše žádost o přístup k výsledkům - doplnění",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nomlouvám se, telefon jsem opravdu zapomněl. Posílám opravenou "
        "žádost (verze 2), kde už je doplněný, zbytek je stejný.\n\nLibor Šindler\n\n"
        "-----Původní zpráva-----\nOd: podatelna <podatelna@czso.cz>\nPředmět: Vaše žádost "
        "o přístup k výsledkům - doplnění\n\n> Dobrý den,\n> ve Vaší žádosti chybí telefon "
        "na kontaktní osobu. Prosíme o doplnění.\n> S pozdravem\n> oddělení komunikace\n"
        "> Český statistický úřad, tel. +420 274 052 733\n",
        "attachments": [
            (
                "pdf",
                "zadost_CHN_v2.pdf",
                [
                    "Chrudimské noviny s.r.o., Široká 71, 537 01 Chrudim, IČO " + I10,
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (verze 2)",
                    {
                        "rows": [
                            ["Produkční adresy", "203.0.113.12, 203.0.113.13"],
                            ["Testovací adresa", "203.0.113.14"],
                            ["Kontakt", "Libor Šindler, sindler@chrudimskenoviny.example"],
                            ["Telefon", "469 301 287"],
                        ],
                        "widths": [120, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "bg011-databox-osvc-filming-docx",
        "description": "data message from a natural person in business (box type 40) asking "
        "only to film; the DOCX names a camera assistant who is not the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Ondřej Machala",
            I11,
            "om5k8vz",
            [],
            [],
            "Ondřej Machala",
            "machala@machalafoto.example",
            "+420737480215",
        ),
        "databox": box("om5k8vz", "Ondřej Machala", "Husova 9, 568 02 Svitavy", kind=40),
        "subject": "Žádost o povolení natáčení na pracovišti ČSÚ Svitavy",
        "attachments": [
            (
                "docx",
                "povoleni_nataceni.docx",
                {
                    "blocks": [
                        "Ondřej Machala, IČO " + I11 + ", Husova 9, 568 02 Svitavy",
                        "Žádám o povolení pořídit videozáznam a fotografie na pracovišti ČSÚ "
                        "ve Svitavách během sčítání hlasů pro regionální televizní magazín. "
                        "O přístup k datům nežádám.",
                        {
                            "rows": [
                                ["Jméno", "Role", "Telefon"],
                                ["Ondřej Machala", "kamera, kontakt", "737 480 215"],
                                ["Šimon Brož", "asistent", "731 006 442"],
                            ]
                        },
                        "E-mail: machala@machalafoto.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "bg012-windows1250-xlsx-role-backup",
        "description": "a windows-1250 cover; the XLSX lists addresses with a role column where "
        "a backup server counts as production and one row is marked as the old server",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Krkonošský deník s.r.o.",
            I12,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.95"],
            "Jitka Řeháková",
            "rehakova@krkonosskydenik.example",
            "+420499715328",
        ),
        "from": "Jitka Řeháková <rehakova@krkonosskydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb - Krkonošský deník",
        "headers": MAC_OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nv příloze tabulka s našimi adresami a kontaktem. Žádáme o "
        "přístup k výsledkům ve formátu XML jako v minulých letech.\n\nJitka Řeháková\n"
        "Krkonošský deník s.r.o., IČO " + I12 + "\ntel. 499 715 328\n",
        "attachments": [
            (
                "xlsx",
                "adresy_KD.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP adresa", "Účel", "Poznámka"],
                            ["203.0.113.90", "produkce", "hlavní"],
                            ["203.0.113.91", "záloha", "záložní server"],
                            ["203.0.113.88", "—", "starý server, již nepoužíváme"],
                            ["203.0.113.95", "test", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bg013-empty-mail-pdf-letter-box-in-signature",
        "description": "no text at all; the PDF letter asks for both, names a contact other "
        "than the signing director and gives IČO and data-box ID in the signature block",
        "style": Style.EMPTY,
        "labels": L(
            [FEED, FILM],
            "TV Haná Střed s.r.o.",
            I13,
            "hs2tv9q",
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Lenka Šindelářová",
            "sindelarova@tvhanastred.example",
            "+420585223917",
        ),
        "from": "TV Hana Stred <redakce@tvhanastred.example>",
        "subject": "zadost CSU",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "pdf",
                "TVHS_zadost_volby.pdf",
                [
                    "TV HANÁ STŘED s.r.o.\nHorní náměstí 14, 779 00 Olomouc",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčet",
                    "Naše televize žádá o zpřístupnění výsledků voleb v XML z adresy "
                    "192.0.2.201 (testovací 192.0.2.202) a o povolení natáčet na krajském "
                    "pracovišti ČSÚ v Olomouci. Kontaktní osobou pro obě žádosti je paní "
                    "Lenka Šindelářová, vedoucí zpravodajství, sindelarova@tvhanastred.example, "
                    "585 223 917.",
                    "Bc. Aleš Přikryl\nředitel\nTV Haná Střed s.r.o.\nIČO: " + I13 + "\n"
                    "ID datové schránky: hs2tv9q",
                ],
            )
        ],
    },
    {
        "id": "bg014-german-docx-ja-nein",
        "description": "an Austrian broadcaster without an IČO writes in German; the DOCX form "
        "marks feed Ja and filming Nein, the phone is Austrian",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["198.18.20.5"],
            ["198.18.20.6"],
            "Florian Aigner",
            "f.aigner@donauwelle.example",
            "+436648237150",
        ),
        "from": "Florian Aigner <f.aigner@donauwelle.example>",
        "subject": "Antrag Zugang Wahlergebnisse / žádost",
        "headers": EVOLUTION,
        "body": "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag auf Zugang zu den "
        "Wahlergebnissen (XML). Vielen Dank!\n\nMit freundlichen Grüßen\nFlorian Aigner\n",
        "attachments": [
            (
                "docx",
                "Antrag_Donauwelle.docx",
                {
                    "header": "Donauwelle Rundfunk GmbH · Linzer Straße 40 · 4020 Linz",
                    "footer": "Firmenbuch FN 418274 x · UID ATU61828374",
                    "blocks": [
                        "Antrag – Medien / Wahlen",
                        {
                            "rows": [
                                ["Antrag", "Ja", "Nein"],
                                ["Zugang zu Ergebnissen im XML-Format", "X", ""],
                                ["Dreharbeiten an Arbeitsstellen des ČSÚ", "", "X"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produktiv-IP", "198.18.20.5"],
                                ["Test-IP", "198.18.20.6"],
                                ["Ansprechpartner", "Florian Aigner"],
                                ["Telefon", "+43 664 8237150"],
                                ["E-Mail", "f.aigner@donauwelle.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
]
