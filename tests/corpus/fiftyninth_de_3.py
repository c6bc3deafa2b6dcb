"""Fifty-ninth held-out part ``de``, cases de029–de042: a data message with a DOCX, a British
sender with a written range, an HTML-only Outlook table with a netmask, an Android note testing
from production, a data message with two files, a replaced address, a signature naming four
people, a Slovak filming request, an inline Gmail forward, a chatty HTML-only Roundcube mail, an
Outlook cover with a workbook, a filming-only data message, a changed contact in a Centrum mail
and an iPhone follow-up quoting the sender's own mail. Written by hand apart from the
extraction rules (see make_fiftyninth_de); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyninth_de_common import (
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I31, I32, I33 = ico("2659140"), ico("0812573"), ico("2706395"), ico("0574618")
I34, I35, I36, I37 = ico("2941827"), ico("0395264"), ico("3580127"), ico("2618430")
I38, I39, I40, I41, I42 = (
    ico("0730915"),
    ico("2885712"),
    ico("0466203"),
    ico("2590784"),
    ico("0628159"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "de029-databox-docx-both",
        "description": "data message whose DOCX asks for feed and filming; a two-row role table "
        "and the contact in the closing paragraph",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Vysočina a.s.",
            I29,
            "t8vys4c",
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Martin Doležal",
            "dolezal@tvvysocina.example",
            "+420567300418",
        ),
        "databox": box("t8vys4c", "Televize Vysočina a.s.", "Masarykovo nám. 3, 586 01 Jihlava"),
        "subject": "Žádost média - volby",
        "attachments": [
            (
                "docx",
                "zadost_TVV.docx",
                {
                    "header": "Televize Vysočina a.s. | IČO " + I29,
                    "footer": "www.tvvysocina.example",
                    "blocks": [
                        "Žádáme o zpřístupnění výsledků voleb v XML a o povolení natáčet "
                        "na pracovišti ČSÚ v Jihlavě.",
                        {
                            "rows": [
                                ["produkční IP", "198.51.100.180"],
                                ["testovací IP", "198.51.100.181"],
                            ]
                        },
                        "Kontaktní osoba: Martin Doležal, dolezal@tvvysocina.example, 567 300 418",
                    ],
                },
            )
        ],
    },
    {
        "id": "de030-british-english-range",
        "description": "a British agency writes English from Gmail: a range written "
        "'203.0.113.200 to .203', a UK landline, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge News Ltd",
            None,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Oliver Hughes",
            "o.hughes@northbridgenews.example",
            "+442079460321",
        ),
        "from": "Oliver Hughes <o.hughes@northbridgenews.example>",
        "subject": "Czech election results - feed access",
        "headers": GMAIL,
        "body": "Hello,\n\nNorthbridge News Ltd (London) would like to pull your live election "
        "results. Production will fetch from 203.0.113.200 to .203; testing from "
        "203.0.113.210.\n\nCheers,\nOliver Hughes\nData editor | +44 20 7946 0321\n",
    },
    {
        "id": "de031-outlook-html-only-netmask",
        "description": "HTML-only Outlook mail: the production addresses as an address with "
        "netmask 255.255.255.252 in a table cell, test in the next row",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Severočeská média s.r.o.",
            I31,
            None,
            ["192.0.2.100", "192.0.2.101", "192.0.2.102", "192.0.2.103"],
            ["192.0.2.110"],
            "Zdeněk Urban",
            "urban@scmedia.example",
            "+420475209318",
        ),
        "from": "Urban Zdeněk <urban@scmedia.example>",
        "subject": "Přístup k výsledkům voleb – Severočeská média",
        "headers": OUTLOOK,
        "html": "<html><body><p>Dobrý den,</p><p>prosíme o přístup k XML s výsledky.</p>"
        "<table border=1><tr><td>Společnost</td><td>Severočeská média s.r.o.</td></tr>"
        "<tr><td>IČO</td><td>" + I31 + "</td></tr><tr><td>Produkce</td><td>192.0.2.100 / "
        "255.255.255.252</td></tr><tr><td>Test</td><td>192.0.2.110</td></tr>"
        "<tr><td>Kontakt</td><td>Zdeněk Urban, 475 209 318</td></tr></table>"
        "<p>Zdeněk Urban<br>správa sítě</p></body></html>",
    },
    {
        "id": "de032-k9-test-from-production",
        "description": "Android note without diacritics: the test will run from the same "
        "address, so no test address",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Tydenik Polabi s.r.o.",
            I32,
            None,
            ["198.18.7.77"],
            [],
            "Lukas Cerny",
            "cerny@tydenikpolabi.example",
            "+420702448316",
        ),
        "from": "Lukas Cerny <cerny@tydenikpolabi.example>",
        "subject": "xml volby",
        "headers": K9,
        "body": "dobry den, posilam udaje: Tydenik Polabi s.r.o., ico " + I32 + ", ip "
        "198.18.7.77 (testovat budeme z te same), kontakt ja 702448316. diky Lukas Cerny\n",
    },
    {
        "id": "de033-databox-odt-and-rtf",
        "description": "data message with two files: an ODT application and an RTF list of "
        "addresses with roles; the annotation names neither",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Karlovarský deník, s.r.o.",
            I33,
            "k2dn9xa",
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.139"],
            "Barbora Jelínková",
            "jelinkova@kvdenik.example",
            "+420353108274",
        ),
        "databox": box("k2dn9xa", "Karlovarský deník, s.r.o.", "Zeyerova 5, 360 01 Karlovy Vary"),
        "subject": "Žádost o přístup",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Karlovarský deník, s.r.o., IČO " + I33,
                    "Žádáme o přístup k výsledkům voleb na dedikovaném serveru. IP adresy "
                    "jsou v příloze adresy.rtf.",
                    "Kontakt: Barbora Jelínková, jelinkova@kvdenik.example, 353 108 274",
                ],
            ),
            (
                "rtf",
                "adresy.rtf",
                [
                    {
                        "rows": [
                            ["role", "adresa"],
                            ["produkční", "203.0.113.130"],
                            ["produkční", "203.0.113.131"],
                            ["testovací", "203.0.113.139"],
                        ]
                    },
                ],
            ),
        ],
    },
    {
        "id": "de034-mac-outlook-replaced-address",
        "description": "Mac Outlook mail: last year's production address replaced by a new "
        "one, both written",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Moravskoslezský press a.s.",
            I34,
            None,
            ["198.51.100.95"],
            ["198.51.100.96"],
            "Irena Kopecká",
            "kopecka@mspress.example",
            "+420596610223",
        ),
        "from": "Irena Kopecká <kopecka@mspress.example>",
        "subject": "volby – přístup k XML",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nMoravskoslezský press a.s., IČO " + I34 + ", žádá opět "
        "o přístup. Místo loňské 198.51.100.90 (už nepoužíváme) nově produkční "
        "198.51.100.95, testovací 198.51.100.96.\n\nIrena Kopecká, 596 610 223\n",
    },
    {
        "id": "de035-roundcube-four-people-signature",
        "description": "a signature block lists four people with phones; the body names the "
        "second as the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Pardubický hlas s.r.o.",
            I35,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Vojtěch Kratochvíl",
            "kratochvil@pardubickyhlas.example",
            "+420466780512",
        ),
        "from": "Redakce <redakce@pardubickyhlas.example>",
        "subject": "žádost o XML",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nžádáme o přístup k výsledkům voleb. Produkční 192.0.2.160 "
        "a .161, testovací 192.0.2.170. Kontaktní osobou je náš technik (druhý níže).\n\n"
        "Pardubický hlas s.r.o., IČO " + I35 + "\nAnna Vítková, šéfredaktorka, 466 780 500\n"
        "Vojtěch Kratochvíl, technik, kratochvil@pardubickyhlas.example, 466 780 512\n"
        "Simona Krejčí, vydavatelka, 466 780 501\nPetr Sýkora, fotograf, 466 780 530\n",
    },
    {
        "id": "de036-slovak-filming-only",
        "description": "a Slovak television writes Slovak from Thunderbird asking only to film; "
        "the XML explicitly not needed; Slovak phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "TV Považie, s.r.o.",
            I36,
            None,
            [],
            [],
            "Zuzana Baláková",
            "balakova@tvpovazie.example",
            "+421908552147",
        ),
        "from": "Zuzana Baláková <balakova@tvpovazie.example>",
        "subject": "žiadosť o povolenie nakrúcania",
        "headers": TBIRD,
        "body": "Dobrý deň,\n\nTV Považie, s.r.o. (IČO " + I36 + ") žiada o povolenie "
        "nakrúcať na vašom pracovisku v Uherskom Hradišti počas volebnej noci. Prístup "
        "k XML nepotrebujeme.\n\nZuzana Baláková\n+421 908 552 147\n",
    },
    {
        "id": "de037-gmail-inline-forward",
        "description": "the editor-in-chief forwards inline his IT colleague's addresses, who "
        "is named contact; the forwarder signs",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Slovácký rozhled s.r.o.",
            I37,
            None,
            ["198.18.30.30", "198.18.30.31"],
            ["198.18.31.30"],
            "Patrik Vrba",
            "vrba@slovackyrozhled.example",
            "+420572118406",
        ),
        "from": "Josef Kalina <kalina@slovackyrozhled.example>",
        "subject": "Fwd: IP pro volby",
        "headers": GMAIL,
        "body": "Dobrý den, žádáme za Slovácký rozhled s.r.o. (IČO " + I37 + ") o přístup "
        "k výsledkům, adresy viz níže. Kontaktní osobou je Patrik Vrba.\nJosef Kalina, "
        "šéfredaktor\n\n---------- Forwarded message ---------\nFrom: Patrik Vrba "
        "<vrba@slovackyrozhled.example>\nSubject: IP pro volby\n\nPepo, produkce "
        "198.18.30.30 a 198.18.30.31, test 198.18.31.30. Kdyby volali, jsem na 572 118 406.\n"
        "Patrik\n",
    },
    {
        "id": "de038-roundcube-html-only-chatty",
        "description": "chatty HTML-only Roundcube mail with a small table; filming asked, then "
        "the feed too in the last line",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Chebský kurýr s.r.o.",
            I38,
            None,
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Michaela Procházková",
            "prochazkova@chebskykuryr.example",
            "+420354220719",
        ),
        "from": "Michaela Procházková <prochazkova@chebskykuryr.example>",
        "subject": "volební noc u vás",
        "headers": ROUNDCUBE,
        "html": "<p>Ahoj, teda dobrý den :)</p><p>chtěli bychom u vás ve volební noci "
        "natáčet – kameraman a já. A když už píšu, i ten přístup k XML:</p><table>"
        "<tr><td>ostrá</td><td>203.0.113.66</td></tr><tr><td>testovací</td>"
        "<td>203.0.113.67</td></tr></table><p>Chebský kurýr s.r.o., IČO " + I38 + "<br>"
        "Michaela Procházková, 354 220 719</p>",
    },
    {
        "id": "de039-outlook-cover-xlsx",
        "description": "Outlook cover naming the contact; the workbook lists the addresses "
        "with a merged title row and a role column",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Českobudějovický večer s.r.o.",
            I39,
            None,
            ["198.51.100.140", "198.51.100.141", "198.51.100.142"],
            ["198.51.100.150"],
            "Roman Fiala",
            "fiala@cbvecer.example",
            "+420389006121",
        ),
        "from": "Fiala Roman <fiala@cbvecer.example>",
        "subject": "Žádost o přístup – ČB večer",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nza Českobudějovický večer s.r.o. (IČO " + I39 + ") zasílám "
        "adresy v tabulce. Kontakt: Roman Fiala, tel. 389 006 121.\nS pozdravem R. Fiala\n",
        "attachments": [
            (
                "xlsx",
                "ip_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP adresy pro volby"],
                            ["produkční", "198.51.100.140"],
                            ["produkční", "198.51.100.141"],
                            ["produkční", "198.51.100.142"],
                            ["testovací", "198.51.100.150"],
                        ],
                        "merge": ["A1:B1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "de040-databox-filming-pdf",
        "description": "data message asking only to film; the PDF names the crew and the "
        "contact, no addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Studio Morava Film, s.r.o.",
            I40,
            "s5mfx2r",
            [],
            [],
            "Kamila Toušková",
            "touskova@studiomorava.example",
            "+420731225608",
        ),
        "databox": box("s5mfx2r", "Studio Morava Film, s.r.o.", "Kounicova 20, 602 00 Brno"),
        "subject": "Žádost o povolení natáčení",
        "attachments": [
            (
                "pdf",
                "zadost_nataceni.pdf",
                [
                    "Studio Morava Film, s.r.o., IČO " + I40,
                    "Žádáme o povolení natáčet dokument na pracovišti ČSÚ v Brně ve volební "
                    "noci. Štáb: Ondřej Bílek (kamera), Petra Malá (zvuk).",
                    "Kontaktní osoba: Kamila Toušková, produkce, "
                    "touskova@studiomorava.example, 731 225 608",
                ],
            )
        ],
    },
    {
        "id": "de041-centrum-contact-changed",
        "description": "the sender applies, then hands the contact to a colleague whose "
        "e-mail and phone follow",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Benešovský týdeník s.r.o.",
            I41,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Klára Nosková",
            "noskova@benesovskytydenik.example",
            "+420317720459",
        ),
        "from": "Miroslav Vaněk <vanek@benesovskytydenik.example>",
        "subject": "přístup k výsledkům",
        "headers": CENTRUM,
        "body": "Dobrý den,\nBenešovský týdeník s.r.o., IČO " + I41 + ", žádá o přístup "
        "k XML. Produkce 192.0.2.220, test 192.0.2.221. Kontakt já, 317 720 450.\n\n"
        "Ještě oprava: od příštího týdne jsem mimo, kontaktní osobou bude kolegyně Klára "
        "Nosková, noskova@benesovskytydenik.example, 317 720 459.\n\nM. Vaněk\n",
    },
    {
        "id": "de042-iphone-followup-quotes-own",
        "description": "a follow-up from an iPhone adding the test address above the sender's "
        "own quoted first mail",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rakovnický posel s.r.o.",
            I42,
            None,
            ["198.18.50.5"],
            ["198.18.50.6"],
            "Tereza Hronková",
            "hronkova@rakposel.example",
            "+420725301884",
        ),
        "from": "Tereza Hronková <hronkova@rakposel.example>",
        "subject": "Re: žádost o výsledky voleb",
        "headers": IPHONE,
        "body": "Ještě doplňuji testovací: 198.18.50.6\n\nOdesláno z iPhonu\n\n> 12. 9. "
        "2025 v 8:15, Tereza Hronková <hronkova@rakposel.example>:\n>\n> Dobrý den, "
        "Rakovnický posel s.r.o. (IČO " + I42 + ") žádá o přístup k XML, produkční IP "
        "198.18.50.5. Kontakt: Tereza Hronková, 725 301 884.\n",
    },
]
