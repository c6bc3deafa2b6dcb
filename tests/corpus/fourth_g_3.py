"""Fourth-round held-out cases g029–g042: replies and corrections around attached documents,
a signed mail with the data-box ID in its signature, Slovak and English forms, yes/no
columns, withdrawn requests, data-box messages with ODT and RTF.

Written by hand apart from the extraction rules (issue 18); labels follow LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind_a_common import BOTH, FEED, REC, L, Style

G029: dict[str, Any] = {
    "id": "g029-gmail-odpoved-na-urad",
    "description": "Gmail reply to the office's request for missing data: phone and test "
    "address in the new text, organisation and production address only in the quoted "
    "original; the office's signature is quoted too",
    "style": Style.REPLY_OFFICE,
    "from": "Jiří Pavlas <pavlas@kvtydenik.example>",
    "subject": "Re: Žádost o přístup k XML – Karlovarský týdeník",
    "body": "Dobrý den,\n\ndoplňuji: telefon na mě je 353 440 218, testovací adresa bude "
    "192.0.2.101.\n\nDěkuji, Jiří Pavlas\n\n"
    "út 27. 9. 2022 v 10:14 odesílatel Volby ČSÚ <volby@czso.cz> napsal:\n"
    "> Dobrý den,\n> k vyřízení žádosti prosím doplňte kontaktní telefon a případnou\n"
    "> testovací adresu.\n>\n> Mgr. Lucie Benešová\n> Český statistický úřad, "
    "Na padesátém 81, 100 82 Praha 10\n> IČO 00025593, ID datové schránky 2gfaasy\n"
    "> tel. +420 274 052 733\n>\n"
    "> po 26. 9. 2022 v 16:02 Jiří Pavlas <pavlas@kvtydenik.example> napsal:\n"
    ">> Dobrý den,\n>> Karlovarský týdeník, s.r.o. (IČO 29987318) žádá o přístup k XML\n"
    ">> výsledkům voleb z produkční adresy 192.0.2.100.\n>> Jiří Pavlas, redaktor\n",
    "html": '<div dir="ltr">Dobrý den,<div><br></div><div>doplňuji: telefon na mě je 353 440 '
    "218, testovací adresa bude 192.0.2.101.</div><div><br></div><div>Děkuji, Jiří Pavlas"
    '</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">út 27. 9. '
    "2022 v 10:14 odesílatel Volby ČSÚ &lt;volby@czso.cz&gt; napsal:<br></div>"
    '<blockquote class="gmail_quote">Dobrý den,<br>k vyřízení žádosti prosím doplňte '
    "kontaktní telefon a případnou testovací adresu.<br><br>Mgr. Lucie Benešová<br>Český "
    "statistický úřad, Na padesátém 81, 100 82 Praha 10<br>IČO 00025593, ID datové schránky "
    "2gfaasy<br>tel. +420 274 052 733<br><br>po 26. 9. 2022 v 16:02 Jiří Pavlas "
    '&lt;pavlas@kvtydenik.example&gt; napsal:<blockquote class="gmail_quote">Dobrý den,<br>'
    "Karlovarský týdeník, s.r.o. (IČO 29987318) žádá o přístup k XML výsledkům voleb z "
    "produkční adresy 192.0.2.100.<br>Jiří Pavlas, redaktor</blockquote></blockquote></div>",
    "labels": L(
        FEED,
        "Karlovarský týdeník, s.r.o.",
        "29987318",
        None,
        ["192.0.2.100"],
        ["192.0.2.101"],
        "Jiří Pavlas",
        "pavlas@kvtydenik.example",
        "+420353440218",
    ),
}

G030: dict[str, Any] = {
    "id": "g030-smime-podpis-schranka",
    "description": "S/MIME-signed mail with a PDF letter; spaced 'IČ', data-box ID and a "
    "hyphenated phone in the e-mail signature; filming answered 'ne'",
    "style": Style.SIGNATURE,
    "smime": True,
    "from": "Alžběta Rašková <raskova@beskydy-vydavatelstvi.example>",
    "subject": "Žádost o přístup k XML výsledkům – Vydavatelství Beskydy",
    "body": "Dobrý den,\n\nzasíláme elektronicky podepsanou žádost (PDF v příloze).\n\n"
    "S pozdravem\n\nAlžběta Rašková\nprovozní ředitelka\nVydavatelství Beskydy, spol. s r.o.\n"
    "IČ: 472 06 390 | ID DS: b7kq4rn\ntel. +420-558-330-771\n",
    "attachments": [
        (
            "pdf",
            "zadost_beskydy_podepsano.pdf",
            [
                "Vydavatelství Beskydy, spol. s r.o., Horní 1120, 738 01 Frýdek-Místek",
                "Věc: žádost o přístup k XML výstupu výsledků voleb",
                {
                    "rows": [
                        ["Přístup k XML výstupu", "ano"],
                        ["Natáčení na přebíracím místě", "ne"],
                        ["Produkční servery", "203.0.113.221\n203.0.113.222"],
                        ["Testovací server", "203.0.113.229"],
                    ],
                    "widths": [180, 160],
                },
                "Vyřizuje: Alžběta Rašková, raskova@beskydy-vydavatelstvi.example",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Vydavatelství Beskydy, spol. s r.o.",
        "47206390",
        "b7kq4rn",
        ["203.0.113.221", "203.0.113.222"],
        ["203.0.113.229"],
        "Alžběta Rašková",
        "raskova@beskydy-vydavatelstvi.example",
        "+420558330771",
    ),
}

G031: dict[str, Any] = {
    "id": "g031-docx-oba-zaskrtnuto-nataceni-zruseno",
    "description": "DOCX form ticks both requests (☑), the cover mail withdraws the filming part",
    "style": Style.CORRECTION,
    "from": "Televize Polabí <redakce@tvpolabi.example>",
    "subject": "Žádost o přístup a natáčení – Televize Polabí",
    "body": "Dobrý den,\n\nposíláme vyplněný formulář. Jen upozorňuji, že natáčení na "
    "přebíracím místě nakonec nebude – kameraman ten den není k dispozici –, takže tuto "
    "část žádosti prosím neberte v úvahu. Přístup k datům platí.\n\nS pozdravem\n"
    "Veronika Tichá\n",
    "attachments": [
        (
            "docx",
            "TVP_formular.docx",
            {
                "header": "Televize Polabí, s.r.o. – formulář žádosti",
                "blocks": [
                    {
                        "rows": [
                            ["Žadatel", "Televize Polabí, s.r.o."],
                            ["IČO", "61834203"],
                            [
                                "Žádáme o",
                                "☑ přístup k XML výstupu\n☑ povolení k natáčení na přebíracím "
                                "místě",
                            ],
                            ["Produkční IP", "198.51.100.20"],
                            ["Testovací IP", "198.51.100.21"],
                            ["Kontaktní osoba", "Veronika Tichá"],
                            ["Telefon", "+420 725 330 018"],
                        ],
                    }
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Televize Polabí, s.r.o.",
        "61834203",
        None,
        ["198.51.100.20"],
        ["198.51.100.21"],
        "Veronika Tichá",
        "redakce@tvpolabi.example",
        "+420725330018",
    ),
}

G032: dict[str, Any] = {
    "id": "g032-xlsx-ano-ne-verze-formulare",
    "description": "XLSX form with an ano/ne column for the requests, a role column 'ostrá'/"
    "'testovací' and a dotted form version that is not an address",
    "style": Style.FORM,
    "from": "Hynek Vacek <vacek@zapadoceskydenik.example>",
    "subject": "Formulář - přístup k výsledkům",
    "body": "Dobrý den, v příloze vyplněný formulář (verze 2.1.4, kterou máte na webu).\n"
    "H. Vacek\n",
    "attachments": [
        (
            "xlsx",
            "formular_v2.1.4.xlsx",
            [
                {
                    "title": "Formulář",
                    "rows": [
                        ["Formulář žádosti média, verze 2.1.4"],
                        ["Žadatel", "Západočeský deník, a.s."],
                        ["IČO", "71240055"],
                        [],
                        ["Požadavek", "ano/ne"],
                        ["Přístup k XML výstupu", "ano"],
                        ["Natáčení na přebíracím místě", "ne"],
                        [],
                        ["IP adresa", "role"],
                        ["198.18.7.7", "ostrá"],
                        ["198.18.7.8", "ostrá"],
                        ["198.18.7.9", "testovací"],
                        [],
                        ["Kontakt", "Hynek Vacek"],
                        ["Telefon", "+420 377 120 455"],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        FEED,
        "Západočeský deník, a.s.",
        "71240055",
        None,
        ["198.18.7.7", "198.18.7.8"],
        ["198.18.7.9"],
        "Hynek Vacek",
        "vacek@zapadoceskydenik.example",
        "+420377120455",
    ),
}

G033: dict[str, Any] = {
    "id": "g033-apple-mail-polska-fotografka",
    "description": "Apple Mail in English from a Polish freelance photographer filming for a "
    "newspaper (no IČO); the attached PDF is the editor's assignment letter",
    "style": Style.APPLE_MAIL,
    "from": "Katarzyna Nowak <k.nowak@gazetaslaska.example>",
    "subject": "Permission to take photos and video at counting point",
    "headers": [("X-Mailer", "Apple Mail (2.3696.120.41.1.1)")],
    "body": "Hello,\n\nI am a photojournalist working for Gazeta Śląska Sp. z o.o. (Katowice). "
    "I would like to ask for permission to take photos and short video at your collection "
    "point in Ostrava on election night. We do not need any data access.\n\nThe letter from "
    "my editor is attached.\n\nYou can reach me at +48 601 234 567 or by this email.\n\n"
    "Thank you!\nKasia Nowak\n\nSent from my iPhone",
    "html": '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
    '</head><body dir="auto"><div dir="ltr">Hello,</div><div dir="ltr"><br></div>'
    '<div dir="ltr">I am a photojournalist working for Gazeta Śląska Sp. z o.o. (Katowice). '
    "I would like to ask for permission to take photos and short video at your collection "
    "point in Ostrava on election night. We do not need any data access.</div>"
    '<div dir="ltr"><br></div><div dir="ltr">The letter from my editor is attached.</div>'
    '<div dir="ltr"><br></div><div dir="ltr">You can reach me at +48 601 234 567 or by this '
    'email.</div><div dir="ltr"><br></div><div dir="ltr">Thank you!</div><div dir="ltr">'
    'Kasia Nowak</div><div dir="ltr"><br>Sent from my iPhone</div></body></html>',
    "attachments": [
        (
            "pdf",
            "assignment_Nowak.pdf",
            [
                "Gazeta Śląska Sp. z o.o., ul. Mickiewicza 12, 40-092 Katowice, Poland",
                "To whom it may concern,",
                "This is to confirm that Ms Katarzyna Nowak is covering the Czech municipal "
                "elections for our newspaper as a photographer and video reporter.",
                "Andrzej Wiśniewski\nEditor-in-Chief",
            ],
        )
    ],
    "labels": L(
        REC,
        "Gazeta Śląska Sp. z o.o.",
        None,
        None,
        [],
        [],
        "Katarzyna Nowak",
        "k.nowak@gazetaslaska.example",
        "+48601234567",
    ),
}

G034: dict[str, Any] = {
    "id": "g034-slovensky-docx-ano-nie",
    "description": "Slovak DOCX form with '☒ áno ☐ nie' per request (both yes), a Slovak IČO "
    "that passes the checksum, a /31 production block",
    "style": Style.SLOVAK,
    "from": "Martin Hudák <hudak@vsmedia.example>",
    "subject": "Žiadosť o prístup k XML a o povolenie natáčania",
    "body": "Dobrý deň,\n\nposielame vyplnený formulár. Ďakujeme za vybavenie.\n\n"
    "Martin Hudák\nVýchodoslovenské médiá, s. r. o.\n",
    "attachments": [
        (
            "docx",
            "formular_VSM.docx",
            {
                "footer": "Východoslovenské médiá, s. r. o. | Hlavná 58, 040 01 Košice",
                "blocks": [
                    "ŽIADOSŤ MÉDIA – VOĽBY V ČESKEJ REPUBLIKE 2022",
                    {
                        "rows": [
                            ["Žiadateľ", "Východoslovenské médiá, s. r. o."],
                            ["IČO", "36 578 541"],
                            ["Prístup k XML výsledkom", "☒ áno   ☐ nie"],
                            ["Natáčanie na preberacom mieste", "☒ áno   ☐ nie"],
                            ["Produkčné adresy", "192.0.2.124/31"],
                            ["Testovacie adresy", "–"],
                            ["Kontaktná osoba", "Ing. Martin Hudák"],
                            ["Telefón", "+421 55 622 4810"],
                        ]
                    },
                ],
            },
        )
    ],
    "labels": L(
        BOTH,
        "Východoslovenské médiá, s. r. o.",
        "36578541",
        None,
        ["192.0.2.124", "192.0.2.125"],
        [],
        "Martin Hudák",
        "hudak@vsmedia.example",
        "+421556224810",
    ),
}

G035: dict[str, Any] = {
    "id": "g035-pdf-resp-sekretarka",
    "description": "a secretary sends a PDF letter whose roles are given by order "
    "('produkční, resp. testovací'); the editor-in-chief is the named contact",
    "style": Style.ROLE_ORDER,
    "from": "Sekretariát Nakladatelství Ještěd <sekretariat@nakl-jested.example>",
    "subject": "Žádost – přístup k volebním výsledkům",
    "body": "Dobrý den,\n\nv zastoupení pana šéfredaktora zasílám žádost.\n\nS pozdravem\n"
    "Dagmar Hronková, sekretariát\n",
    "attachments": [
        (
            "pdf",
            "zadost_Jested.pdf",
            [
                "Nakladatelství Ještěd s.r.o.\nSokolovská 24, 460 01 Liberec\nIČO 04719255",
                "Věc: Žádost o přístup k serveru s výsledky voleb",
                "Žádáme o přístup k XML výstupu výsledků voleb. Naše servery mají adresy "
                "192.0.2.160 a 192.0.2.170 (produkční, resp. testovací).",
                "Kontaktní osobou je šéfredaktor Karel Vojta, vojta@nakl-jested.example, "
                "tel. +420 485 100 212.",
                "Karel Vojta\nšéfredaktor",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Nakladatelství Ještěd s.r.o.",
        "04719255",
        None,
        ["192.0.2.160"],
        ["192.0.2.170"],
        "Karel Vojta",
        "vojta@nakl-jested.example",
        "+420485100212",
    ),
}

G036: dict[str, Any] = {
    "id": "g036-ds-odt-skola-radky-zaloha",
    "description": "data message from a school with an ODT table whose row headers give the "
    "roles, one row a backup ('záloha', production)",
    "style": Style.DATABOX,
    "databox": {
        "box": "u3fpe6n",
        "sender": "Slezská vysoká škola veřejné správy",
        "address": "Opava",
    },
    "subject": "Žádost o přístup k výsledkům voleb – studentský web",
    "attachments": [
        (
            "odt",
            "zadost_SVSVS.odt",
            [
                "Slezská vysoká škola veřejné správy, IČO 00273015",
                "Žádáme o přístup k XML výstupu výsledků voleb pro studentský zpravodajský "
                "web katedry mediálních studií.",
                [
                    ["", "IPv4"],
                    ["produkce", "203.0.113.240"],
                    ["záloha", "203.0.113.241"],
                    ["test", "203.0.113.250"],
                ],
                "Kontakt: Mgr. Ondřej Šimek, simek@ssvs.example, tel. 553 684 120",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Slezská vysoká škola veřejné správy",
        "00273015",
        "u3fpe6n",
        ["203.0.113.240", "203.0.113.241"],
        ["203.0.113.250"],
        "Ondřej Šimek",
        "simek@ssvs.example",
        "+420553684120",
    ),
}

G037: dict[str, Any] = {
    "id": "g037-gmail-fajfka-krizek",
    "description": "Gmail text copied from a form: '[✓]' data access, '[✗]' filming; a "
    "student radio with a spolek legal form",
    "style": Style.GMAIL,
    "from": "Studentské rádio Kampus <radio.kampus@gmail.example>",
    "subject": "přihláška – XML výsledky",
    "body": "Dobrý den,\n\nposílám údaje podle formuláře z vašeho webu:\n\n"
    "Žadatel: Studentské rádio Kampus, z. s.\nIČO: 26593106\n"
    "[✓] přístup k datům s výsledky (XML)\n[✗] natáčení na přebíracím místě\n"
    "IP produkce: 198.51.100.80\nIP test: 198.51.100.81, 198.51.100.82\n"
    "Kontakt: Adéla Marešová, 00420 770 612 389\n\nDíky moc!\nAdéla\n",
    "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>posílám údaje podle '
    "formuláře z vašeho webu:</div><div><br></div><div>Žadatel: Studentské rádio Kampus, "
    "z. s.</div><div>IČO: 26593106</div><div>[✓] přístup k datům s výsledky (XML)</div>"
    "<div>[✗] natáčení na přebíracím místě</div><div>IP produkce: 198.51.100.80</div>"
    "<div>IP test: 198.51.100.81, 198.51.100.82</div><div>Kontakt: Adéla Marešová, 00420 770 "
    "612 389</div><div><br></div><div>Díky moc!</div><div>Adéla</div></div>",
    "labels": L(
        FEED,
        "Studentské rádio Kampus, z. s.",
        "26593106",
        None,
        ["198.51.100.80"],
        ["198.51.100.81", "198.51.100.82"],
        "Adéla Marešová",
        "radio.kampus@gmail.example",
        "+420770612389",
    ),
}

G038: dict[str, Any] = {
    "id": "g038-gmail-html-tabulky-ano-ne",
    "description": "Gmail HTML with two tables: Ano/Ne columns marked X for the requests, and "
    "side-by-side production/test columns with an empty test cell",
    "style": Style.HTML_TABLE,
    "from": "Stanislav Rybář <rybar@thp-tydenik.example>",
    "subject": "Žádost o přístup k XML (Týdeník Horní Pomoraví)",
    "body": "Dobrý den,\n\nžádost za Týdeník Horní Pomoraví, s.r.o., IČO 08640211:\n\n"
    "Žádost | Ano | Ne\nXML výstup | X |\nNatáčení | | X\n\n"
    "IP (ostrý provoz) | IP (test)\n192.0.2.201 | 192.0.2.209\n192.0.2.202 |\n\n"
    "Stanislav Rybář\npřímá linka 583 212 700\n",
    "html": '<div dir="ltr"><p>Dobrý den,</p><p>žádost za Týdeník Horní Pomoraví, s.r.o., '
    'IČO 08640211:</p><table border="1" cellspacing="0"><tr><th>Žádost</th><th>Ano</th>'
    "<th>Ne</th></tr><tr><td>XML výstup</td><td>X</td><td></td></tr><tr><td>Natáčení</td>"
    '<td></td><td>X</td></tr></table><br><table border="1" cellspacing="0"><tr>'
    "<th>IP (ostrý provoz)</th><th>IP (test)</th></tr><tr><td>192.0.2.201</td>"
    "<td>192.0.2.209</td></tr><tr><td>192.0.2.202</td><td></td></tr></table>"
    "<p>Stanislav Rybář<br>přímá linka 583 212 700</p></div>",
    "labels": L(
        FEED,
        "Týdeník Horní Pomoraví, s.r.o.",
        "08640211",
        None,
        ["192.0.2.201", "192.0.2.202"],
        ["192.0.2.209"],
        "Stanislav Rybář",
        "rybar@thp-tydenik.example",
        "+420583212700",
    ),
}

G039: dict[str, Any] = {
    "id": "g039-docx-oprava-telefonu",
    "description": "cover mail corrects a mistyped phone in the attached DOCX letter; IPv6 "
    "production, IPv4 test",
    "style": Style.CORRECTION,
    "from": "Michal Straka <straka@prazskyvecernik.example>",
    "subject": "Pražský večerník – žádost o XML data",
    "body": "Dobrý den,\n\nv příloze naše žádost. Pozor, v dopise je překlep v mém telefonu – "
    "správně je 720 118 346 (ne …364).\n\nDíky\nMichal Straka\n",
    "attachments": [
        (
            "docx",
            "PV_zadost_XML.docx",
            {
                "header": "Pražský večerník, a.s.",
                "footer": "Pražský večerník, a.s., Vinohradská 88, 120 00 Praha 2, IČO 27491731",
                "blocks": [
                    "Věc: Žádost o zpřístupnění XML výsledků voleb",
                    "Pražský večerník, a.s. žádá o přístup k serveru s výsledky voleb. Naše "
                    "produkční servery: 2001:db8:1200::80 a 2001:db8:1200::81. Testovací "
                    "server: 198.51.100.44.",
                    "Kontakt: Michal Straka, straka@prazskyvecernik.example, tel. 720 118 364",
                    "Michal Straka\nvedoucí vývoje",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "Pražský večerník, a.s.",
        "27491731",
        None,
        ["2001:db8:1200::80", "2001:db8:1200::81"],
        ["198.51.100.44"],
        "Michal Straka",
        "straka@prazskyvecernik.example",
        "+420720118346",
    ),
}

G040: dict[str, Any] = {
    "id": "g040-ds-rtf-maska",
    "description": "data message with an RTF table (Produkční/Testovací header row); the "
    "production address written with a netmask",
    "style": Style.DATABOX,
    "databox": {"box": "e8hs5mt", "sender": "Rádio Ostrava Jih, s.r.o.", "address": "Ostrava"},
    "subject": "Žádost o přístup k XML výstupu – Rádio Ostrava Jih",
    "attachments": [
        (
            "rtf",
            "zadost_ROJ.rtf",
            [
                "Rádio Ostrava Jih, s.r.o., Horní 55, 700 30 Ostrava, IČO 06172881",
                "Žádáme o přístup k XML výstupu výsledků voleb z těchto adres:",
                [
                    ["Produkční", "Testovací"],
                    ["198.51.100.64 maska 255.255.255.254", "198.51.100.70"],
                ],
                "Kontaktní osoba: Pavla Zemanová, zemanova@radioostravajih.example, "
                "tel.: 597 488 120",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Rádio Ostrava Jih, s.r.o.",
        "06172881",
        "e8hs5mt",
        ["198.51.100.64", "198.51.100.65"],
        ["198.51.100.70"],
        "Pavla Zemanová",
        "zemanova@radioostravajih.example",
        "+420597488120",
    ),
}

G041: dict[str, Any] = {
    "id": "g041-odt-ano-ne-zaskrtavatka",
    "description": "ODT form with ANO/NE columns of ☑/☐ (feed yes, filming no); a backup "
    "address marked in brackets",
    "style": Style.FORM,
    "from": "Božena Šrámková <sramkova@nnk.example>",
    "subject": "Žádost o přístup k výsledkům voleb",
    "body": "Dobrý den,\n\nzasílám formulář ve formátu ODT (LibreOffice).\n\nBožena Šrámková\n"
    "Nezávislé noviny Kutnohorska\n",
    "attachments": [
        (
            "odt",
            "formular_NNK.odt",
            [
                "Nezávislé noviny Kutnohorska, z. ú.   IČO 28326954",
                [
                    ["Požadavek", "ANO", "NE"],
                    ["Přístup k XML výstupu výsledků", "☑", "☐"],
                    ["Natáčení na přebíracím místě", "☐", "☑"],
                ],
                "Produkční adresy: 203.0.113.5, 203.0.113.6 (záložní)",
                "Testovací adresa: 203.0.113.9",
                "Kontaktní osoba: Božena Šrámková, tel. +420 327 512 006",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Nezávislé noviny Kutnohorska, z. ú.",
        "28326954",
        None,
        ["203.0.113.5", "203.0.113.6"],
        ["203.0.113.9"],
        "Božena Šrámková",
        "sramkova@nnk.example",
        "+420327512006",
    ),
}

G042: dict[str, Any] = {
    "id": "g042-odpoved-sobe-oprava-adresy",
    "description": "reply to the applicant's own earlier mail correcting one production "
    "address; everything else only in the quoted original",
    "style": Style.FORWARD_OWN,
    "from": "Tomáš Pešek <pesek@denikhoracko.example>",
    "subject": "Re: Žádost o přístup k XML výsledkům – Deník Horácko",
    "body": "Dobrý den,\n\noprava k mé včerejší žádosti níže: místo 192.0.2.11 prosím povolte "
    "192.0.2.12, ta jedenáctka byl překlep. Zbytek platí.\n\nT. Pešek\n\n"
    "Dne 28. 9. 2022 v 9:41 Tomáš Pešek napsal(a):\n"
    "> Dobrý den,\n>\n> Deník Horácko, s.r.o., IČO 46237101, žádá o přístup k XML výstupu\n"
    "> výsledků voleb.\n>\n> produkční: 192.0.2.10, 192.0.2.11\n> testovací: 192.0.2.20\n>\n"
    "> Kontakt: Tomáš Pešek, tel. 566 620 301\n>\n> S pozdravem\n> Tomáš Pešek\n",
    "labels": L(
        FEED,
        "Deník Horácko, s.r.o.",
        "46237101",
        None,
        ["192.0.2.10", "192.0.2.12"],
        ["192.0.2.20"],
        "Tomáš Pešek",
        "pesek@denikhoracko.example",
        "+420566620301",
    ),
}

CASES: list[dict[str, Any]] = [
    G029,
    G030,
    G031,
    G032,
    G033,
    G034,
    G035,
    G036,
    G037,
    G038,
    G039,
    G040,
    G041,
    G042,
]
