"""Tenth held-out part ``y``, cases y029–y042: attachments, forms and data boxes, written by
hand apart from the extraction rules (LABELS.md gives the labelling rules)."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind_a_common import Style as S
from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

HORACKO = ico("2863901")
KURYR = ico("2264387")
ZAHORIE = ico("5203146")
STRNAD = ico("7390258")
KLIKNI = ico("0483271")
STA = ico("4610593")
JIHOZAPAD = ico("2708846")
RADIO_KOPEC = ico("2214935")
PODHORI = ico("0716640")
VALASSKO = ico("2838105")
NOVY_PORTAL = ico("0966127")
TV_LABE = ico("2599170")
POLABSKE = ico("4936018")
SUMAVSKE = ico("2511930")

OFFICE_QUOTE = """> Vážení,
> Český statistický úřad (IČO 00025593) zřizuje pro média přístup k serveru
> s výsledky voleb ve formátu XML. V žádosti uveďte nejvýše pět adres pro
> ostrý provoz a nejvýše pět testovacích adres, např. 192.0.2.1 (ostrý provoz)
> a 192.0.2.2 (test), dále kontaktní osobu, e-mail a telefon.
> Žádosti přijímáme na podatelna@czso.cz nebo do datové schránky 2gfaasy.
> Oddělení volebních výsledků ČSÚ, tel. +420 274 052 733
"""

CASES: list[dict[str, Any]] = [
    {
        "id": "y029-horacko-databox-odt-resp",
        "description": "data message with an ODT; production and test addresses given by "
        "order ('resp.')",
        "style": S.ROLE_ORDER,
        "labels": L(
            FEED, "Horácko dnes, s.r.o.", HORACKO, "z5hr2pk",
            ["203.0.113.140"], ["203.0.113.141"],
            "Blanka Křížová", "krizova@horackodnes.example", "+420566620311",
        ),
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "databox": {"box": "z5hr2pk", "sender": "Horácko dnes, s.r.o.",
                    "address": "Náměstí Republiky 12, 591 01 Žďár nad Sázavou"},
        "attachments": [
            ("odt", "zadost_horacko.odt", [
                "Horácko dnes, s.r.o., IČO " + HORACKO,
                "Žádáme o zpřístupnění výsledků voleb ve formátu XML. Připojovat se "
                "budeme z adres 203.0.113.140 a 203.0.113.141, tj. pro ostrý provoz, "
                "resp. pro test.",
                "Vyřizuje: Blanka Křížová, tel. 566 620 311, krizova@horackodnes.example",
            ]),
        ],
    },
    {
        "id": "y030-kuryr-docx-filming-only",
        "description": "DOCX form: filming ticked, XML access unticked and its address rows "
        "left empty",
        "style": S.FORM,
        "labels": L(
            FILM, "Rokycanský Kurýr, z. s.", KURYR, None,
            [], [],
            "Josef Holeček", "holecek@rokycanskykuryr.example", "+420737400652",
        ),
        "from": "Josef Holeček <holecek@rokycanskykuryr.example>",
        "subject": "žádost o natáčení",
        "body": "Dobrý den, posílám vyplněný formulář, XML nepotřebujeme. Holeček\n",
        "attachments": [
            ("docx", "formular_kuryr.docx", {"blocks": [
                "Formulář – žádost média",
                {"rows": [
                    ["Název", "Rokycanský Kurýr, z. s."],
                    ["IČO", KURYR],
                    ["☐", "přístup k výsledkům ve formátu XML"],
                    ["☒", "pořizování záznamu na přebíracím místě"],
                    ["IP ostrý provoz", ""],
                    ["IP test", ""],
                    ["Kontakt", "Josef Holeček, holecek@rokycanskykuryr.example, "
                     "+420 737 400 652"],
                ]},
            ]}),
        ],
    },
    {
        "id": "y031-zahorie-xlsx-flowed-slovak",
        "description": "Slovak cover without diacritics in format=flowed; XLSX with one sheet "
        "per environment",
        "style": S.THUNDERBIRD_FLOWED,
        "labels": L(
            FEED, "Zahorie Media, a. s.", ZAHORIE, None,
            ["198.18.61.1", "198.18.61.2"], ["198.18.62.1"],
            "Peter Bartoš", "bartos@zahoriemedia.example", "+421918440273",
        ),
        "from": "Peter Bartos <bartos@zahoriemedia.example>",
        "subject": "ziadost o pristup k XML vysledkom",
        "flowed": True,
        "body": "Dobry den,\n\nv mene spolocnosti Zahorie Media, a. s. (ICO " + ZAHORIE + ") \n"
        "ziadam o pristup k XML vysledkom volby prezidenta. Adresy su v tabulke, \n"
        "kazde prostredie na svojom harku.\n\n"
        "Kontakt: Peter Bartoš, bartos@zahoriemedia.example, +421 918 440 273\n\n"
        "Peter\n",
        "attachments": [
            ("xlsx", "adresy_zahorie.xlsx", [
                {"title": "Produkcia", "rows": [["IP"], ["198.18.61.1"], ["198.18.61.2"]]},
                {"title": "Test", "rows": [["IP"], ["198.18.62.1"]]},
            ]),
        ],
    },
    {
        "id": "y032-strnad-apple-pdf-photographer",
        "description": "sole-trader photographer's PDF letter asking to take pictures and video "
        "at a collection point; Apple Mail cover",
        "style": S.APPLE_MAIL,
        "labels": L(
            FILM, "Vítězslav Strnad", STRNAD, None,
            [], [],
            "Vítězslav Strnad", "foto@strnad-foto.example", "+420775118204",
        ),
        "from": "Vítězslav Strnad <foto@strnad-foto.example>",
        "subject": "Povolení pořizovat záznam",
        "headers": [("X-Mailer", "Apple Mail (2.3731.300.101.1.3)")],
        "body": "Dobrý den,\n\nv příloze posílám žádost.\n\nVítězslav Strnad\n\n"
        "Odesláno z iPhonu\n",
        "attachments": [
            ("pdf", "zadost_Strnad.pdf", [
                "Vítězslav Strnad, fotograf, IČO " + STRNAD + ", Husova 8, 301 00 Plzeň",
                "Pracuji jako fotoreportér pro několik regionálních redakcí a rád bych "
                "v den voleb pořídil fotografie a krátké video na přebíracím místě v Plzni. "
                "Přístup k XML datům nepotřebuji.",
                "Tel.: +420 775 118 204, e-mail foto@strnad-foto.example",
            ]),
        ],
    },
    {
        "id": "y033-klikni-webmail-txt-csv",
        "description": "HTML-only webmail cover; semicolon-separated TXT host list with a "
        "retired host",
        "style": S.WEBMAIL_HTML,
        "labels": L(
            FEED, "Klikni.info s.r.o.", KLIKNI, None,
            ["192.0.2.161", "192.0.2.162", "192.0.2.163"], ["192.0.2.170", "192.0.2.171"],
            "Pavla Dušková", "duskova@klikni.example", "+420721905446",
        ),
        "from": "Pavla Duskova <duskova@klikni.example>",
        "subject": "Zadost o XML - Klikni.info",
        "cte": "base64",
        "html": "<div>Dobrý den,</div><div>za Klikni.info s.r.o., IČO " + KLIKNI + ", "
        "žádám o přístup k XML výsledkům. Seznam strojů je v příloze (CSV jako text).</div>"
        "<div><br></div><div>Pavla Dušková<br>provoz webu<br>tel. 721 905 446</div>\n",
        "attachments": [
            ("txt", "hosts.txt",
             "ip;prostredi;poznamka\n"
             "192.0.2.161;produkce;web1\n"
             "192.0.2.162;produkce;web2\n"
             "192.0.2.163;produkce;cache\n"
             "192.0.2.150;produkce;zruseno - nepouzivat\n"
             "192.0.2.170;test;\n"
             "192.0.2.171;test;\n"),
        ],
    },
    {
        "id": "y034-sta-databox-rtf-both",
        "description": "news agency's data message with an RTF letter: feed and filming, "
        "phone written with the country code in brackets",
        "style": S.DATABOX,
        "labels": L(
            BOTH, "Středoevropská tisková agentura, a.s.", STA, "h8nv3ja",
            ["198.51.100.101", "198.51.100.102"], ["198.51.100.103"],
            "Martin Urban", "urban@sta-agentura.example", "+420222310587",
        ),
        "subject": "STA – žádost o XML a natáčení",
        "databox": {"box": "h8nv3ja", "sender": "Středoevropská tisková agentura, a.s.",
                    "address": "Opletalova 5, 110 00 Praha 1"},
        "attachments": [
            ("rtf", "STA_zadost.rtf", [
                "Středoevropská tisková agentura, a.s.\nIČO " + STA,
                "Žádáme o:\n– přístup k výsledkům ve formátu XML,\n– povolení natáčet na "
                "přebíracím místě v Praze.",
                [["Ostrý provoz", "198.51.100.101, 198.51.100.102"],
                 ["Test", "198.51.100.103"]],
                "Kontaktní osoba: Martin Urban, urban@sta-agentura.example, "
                "(+420) 222 310 587",
            ]),
        ],
    },
    {
        "id": "y035-jihozapad-swapped-roles",
        "description": "PDF table of addresses; the cover note says the production and test "
        "columns were swapped in the PDF",
        "style": S.CORRECTION,
        "labels": L(
            FEED, "Jihozápad Online s.r.o.", JIHOZAPAD, None,
            ["203.0.113.220", "203.0.113.221"], ["203.0.113.230"],
            "Radim Beneš", "benes@jihozapad.example", "+420607219833",
        ),
        "from": "Radim Beneš <benes@jihozapad.example>",
        "subject": "Žádost + oprava tabulky",
        "body": "Dobrý den,\n\nomlouvám se, v přiloženém PDF jsme prohodili nadpisy sloupců: "
        "adresy uvedené jako testovací (203.0.113.220 a 203.0.113.221) jsou ve "
        "skutečnosti produkční a adresa 203.0.113.230 je testovací.\n\nRadim Beneš\n",
        "attachments": [
            ("pdf", "zadost_jihozapad.pdf", [
                "Jihozápad Online s.r.o., IČO " + JIHOZAPAD,
                "Žádost o přístup k výsledkům voleb ve formátu XML",
                {"rows": [["Ostrý provoz", "Test"],
                          ["203.0.113.230", "203.0.113.220<br/>203.0.113.221"]],
                 "widths": [150, 150]},
                "Kontakt: Radim Beneš, benes@jihozapad.example, 607 219 833",
            ]),
        ],
    },
    {
        "id": "y036-radio-kopec-docx-lookalikes",
        "description": "DOCX letter whose addressee block holds the office's IČO and data box "
        "and which cites the office's server address and a reference number",
        "style": S.LOOKALIKES,
        "labels": L(
            FEED, "Rádio Kopec, z. s.", RADIO_KOPEC, None,
            ["198.51.100.212"], [],
            "Vilém Doležal", "dolezal@radiokopec.example", "+420603770415",
        ),
        "from": "Vilém Doležal <dolezal@radiokopec.example>",
        "subject": "Žádost k č. j. CSU-014562/2022",
        "body": "Dobrý den, dopis v příloze. Vilém Doležal\n",
        "attachments": [
            ("docx", "dopis_CSU.docx", {
                "header": "Rádio Kopec, z. s. | Vrchlického 40, 586 01 Jihlava | IČO "
                + RADIO_KOPEC,
                "blocks": [
                    "Český statistický úřad, IČO 00025593, ID datové schránky 2gfaasy, "
                    "Na padesátém 81, 100 82 Praha 10",
                    "Věc: žádost o přístup k XML výsledkům (vaše č. j. CSU-014562/2022)",
                    "Podle vaší výzvy ze dne 30. 11. 2022 žádáme o přístup k serveru "
                    "s výsledky; z vašeho testovacího serveru 192.0.2.250 jsme si již "
                    "stáhli vzorová data. Naše jediná adresa pro ostrý provoz je "
                    "198.51.100.212, testovací přístup nežádáme.",
                    "Kontakt: Vilém Doležal, předseda spolku, dolezal@radiokopec.example, "
                    "603 770 415",
                ],
            }),
        ],
    },
    {
        "id": "y037-podhori-chatty-withdraws-feed",
        "description": "chatty cover to an ODT asking for both; a P.S. withdraws the XML "
        "access, only the filming stays",
        "style": S.CHATTY,
        "labels": L(
            FILM, "Podhoří TV s.r.o.", PODHORI, None,
            [], [],
            "Šárka Lhotská", "lhotska@podhoritv.example", "+420731602290",
        ),
        "from": "Šárka Lhotská <lhotska@podhoritv.example>",
        "subject": "Volby – žádost Podhoří TV",
        "body": "Dobrý den,\n\nnaše malá regionální televize letos poprvé chystá volební "
        "večer, takže se omlouvám, jestli něco píšu špatně. Žádost jsme sepsali podle "
        "loňského vzoru od kolegů z Trutnova a je v příloze. Natáčet bychom chtěli na "
        "přebíracím místě v Hradci Králové, nejlépe kolem šesté večer, kdy se vozí "
        "první protokoly.\n\nDíky moc a hezký den!\nŠárka Lhotská\nPodhoří TV\n\n"
        "P.S. Ještě jsem to probrala s technikem: přístup k XML výsledkům nakonec "
        "nepotřebujeme, výsledky budeme brát z volby.cz. Tuhle část žádosti prosím "
        "berte jako bezpředmětnou.\n",
        "attachments": [
            ("odt", "zadost_podhori.odt", [
                "Podhoří TV s.r.o., Horská 210, 541 01 Trutnov, IČO " + PODHORI,
                "Žádáme o přístup k výsledkům voleb ve formátu XML (IP 192.0.2.91) "
                "a o povolení natáčet na přebíracím místě v Hradci Králové.",
                "Kontakt: Šárka Lhotská, lhotska@podhoritv.example, 731 602 290",
            ]),
        ],
    },
    {
        "id": "y038-valassko-pdf-columns",
        "description": "PDF in two columns: applicant data on the left, technical data on the "
        "right, cells wrapping; an IPv6 production address",
        "style": S.ATTACHMENT,
        "labels": L(
            FEED, "Valašsko Press s.r.o.", VALASSKO, None,
            ["2001:db8:5a1::1", "203.0.113.241"], ["203.0.113.249"],
            "Kamil Zbranek", "zbranek@valasskopress.example", "+420571115602",
        ),
        "from": "Kamil Zbranek <zbranek@valasskopress.example>",
        "subject": "Žádost o XML",
        "body": "Dobrý den,\nžádost v PDF přikládám.\nK. Zbranek\n",
        "attachments": [
            ("pdf", "zadost_valassko.pdf", [
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)",
                {"rows": [
                    ["Žadatel: Valašsko Press s.r.o., Palackého 100, 757 01 Valašské "
                     "Meziříčí, IČO " + VALASSKO,
                     "Ostrý provoz: 2001:db8:5a1::1 a 203.0.113.241 Test: 203.0.113.249"],
                    ["Kontaktní osoba: Kamil Zbranek, zbranek@valasskopress.example, "
                     "tel. 571 115 602",
                     "Připojení: pevná linka redakce, záloha přes LTE není"],
                ], "widths": [210, 210]},
            ]),
        ],
    },
    {
        "id": "y039-novy-portal-html-table-odt-range",
        "description": "HTML cover with a table of contact data; the ODT gives a written range "
        "('až') for production and an IPv6 test address",
        "style": S.HTML_TABLE,
        "labels": L(
            FEED, "Nový portál, s.r.o.", NOVY_PORTAL, None,
            ["198.18.20.5", "198.18.20.6", "198.18.20.7"], ["2001:db8:20::7"],
            "Ludmila Kratochvílová", "kratochvilova@novyportal.example", "+420604887129",
        ),
        "from": "Ludmila Kratochvílová <kratochvilova@novyportal.example>",
        "subject": "Žádost o přístup – Nový portál",
        "body": "Dobrý den,\nžadatel: Nový portál, s.r.o.\nIČO: " + NOVY_PORTAL + "\n"
        "kontakt: Ludmila Kratochvílová\ne-mail: kratochvilova@novyportal.example\n"
        "telefon: 604 887 129\nAdresy jsou v příloze.\n",
        "html": "<p>Dobrý den,</p><table border=1><tr><td>žadatel</td><td>Nový portál, "
        "s.r.o.</td></tr><tr><td>IČO</td><td>" + NOVY_PORTAL + "</td></tr><tr><td>kontakt"
        "</td><td>Ludmila Kratochvílová</td></tr><tr><td>e-mail</td><td>"
        "kratochvilova@novyportal.example</td></tr><tr><td>telefon</td><td>604 887 129</td>"
        "</tr></table><p>Adresy jsou v příloze.</p>\n",
        "attachments": [
            ("odt", "adresy.odt", [
                "Přístup k XML výsledkům – adresy",
                "Ostrý provoz: 198.18.20.5 až 198.18.20.7",
                "Testovací prostředí: 2001:db8:20::7",
            ]),
        ],
    },
    {
        "id": "y040-tv-labe-databox-docx-txt",
        "description": "data message with a DOCX form and a TXT cover letter; the form's "
        "contact is the technician, the cover letter is signed by the director",
        "style": S.DATABOX,
        "labels": L(
            FEED, "TV Labe a.s.", TV_LABE, "r6tk9mw",
            ["192.0.2.181", "192.0.2.182"], ["192.0.2.189"],
            "Aleš Novotný", "novotny@tvlabe.example", "+420605123456",
        ),
        "subject": "Žádost – XML výsledky voleb – TV Labe",
        "databox": {"box": "r6tk9mw", "sender": "TV Labe a.s.",
                    "address": "Pražská 22, 400 01 Ústí nad Labem"},
        "attachments": [
            ("txt", "pruvodni_dopis.txt",
             "Vážení,\nv příloze zasíláme žádost o přístup k XML výsledkům.\n"
             "Ing. Hana Wagnerová, ředitelka TV Labe a.s.\n"),
            ("docx", "formular_TVLabe.docx", {"blocks": [
                {"rows": [
                    ["Žadatel", "TV Labe a.s."],
                    ["IČO", TV_LABE],
                    ["Adresy – ostrý provoz", "192.0.2.181; 192.0.2.182"],
                    ["Adresy – test", "192.0.2.189"],
                    ["Kontaktní osoba", "Aleš Novotný (technik)"],
                    ["E-mail / telefon", "novotny@tvlabe.example / 605-123-456"],
                ]},
            ]}),
        ],
    },
    {
        "id": "y041-polabske-outlook-xlsx-merged",
        "description": "Outlook cover; XLSX with a merged heading and the contact's phone in "
        "00420 form",
        "style": S.OUTLOOK,
        "labels": L(
            FEED, "Polabské listy, s.r.o.", POLABSKE, None,
            ["203.0.113.71", "203.0.113.72", "203.0.113.73"], [],
            "Stanislav Horák", "horak@polabskelisty.example", "+420739880514",
        ),
        "from": "Horák Stanislav <horak@polabskelisty.example>",
        "subject": "Polabské listy - žádost o výsledky XML",
        "body": "Dobrý den,\n\nzasílám tabulku s údaji k žádosti o přístup k výsledkům.\n\n"
        "Stanislav Horák\n",
        "html": "<html><body><p class=MsoNormal>Dobrý den,<o:p></o:p></p><p class=MsoNormal>"
        "zasílám tabulku s údaji k žádosti o přístup k výsledkům.<o:p></o:p></p>"
        "<p class=MsoNormal>Stanislav Horák<o:p></o:p></p></body></html>\n",
        "attachments": [
            ("xlsx", "polabske_listy.xlsx", [
                {"title": "Žádost", "rows": [
                    ["Žádost o přístup k XML výsledkům voleb", "", ""],
                    ["Žadatel", "Polabské listy, s.r.o.", "IČO " + POLABSKE],
                    ["Ostrý provoz", "203.0.113.71", ""],
                    ["Ostrý provoz", "203.0.113.72", ""],
                    ["Ostrý provoz (záložní)", "203.0.113.73", ""],
                    ["Test", "nepožadujeme", ""],
                    ["Kontakt", "Stanislav Horák, horak@polabskelisty.example",
                     "00420 739 880 514"],
                ], "merge": ["A1:C1"]},
            ]),
        ],
    },
    {
        "id": "y042-sumavske-reply-quoting-office",
        "description": "reply quoting the office's call (its IČO, data box, phone and example "
        "addresses); the applicant's data are in an RTF letter with a switchboard and a "
        "mobile",
        "style": S.REPLY_OFFICE,
        "labels": L(
            FEED, "Šumavské noviny s.r.o.", SUMAVSKE, None,
            ["198.51.100.171"], ["198.51.100.172"],
            "Jindřich Pokorný", "pokorny@sumavskenoviny.example", "+420723441806",
        ),
        "from": "Jindřich Pokorný <pokorny@sumavskenoviny.example>",
        "subject": "Re: Přístup médií k výsledkům voleb",
        "body": "Dobrý den,\n\nposíláme žádost v příloze.\n\nJ. Pokorný\n\n"
        "Dne 30. 11. 2022 v 9:12 napsal volby@czso.cz:\n" + OFFICE_QUOTE,
        "attachments": [
            ("rtf", "zadost_sumavske.rtf", [
                "Šumavské noviny s.r.o.\nNádražní 3, 385 01 Vimperk\nIČO " + SUMAVSKE,
                "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                [["ostrý provoz", "198.51.100.171"], ["test", "198.51.100.172"]],
                "Kontaktní osoba: Jindřich Pokorný, pokorny@sumavskenoviny.example, "
                "mobil 723 441 806 (ústředna redakce 388 402 100)",
            ]),
        ],
    },
]
