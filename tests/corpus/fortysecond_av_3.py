"""Forty-second held-out part ``av``, cases av029–av042: a /30 block with an IPv6 test address,
a forwarded .eml, an Italian sender, dates and an OID that look like addresses, a person's data
box without an IČO, a reply that fills in what the office asked for, a data-box ID in a
signature, Czech 'v tomto pořadí', an RTF attachment, delsp flowed text, backup servers, a
corrected phone, a spanning table cell and a withdrawn request. Written by hand apart from the
extraction rules (see make_fortysecond_av); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysecond_av_common import (
    EVOLUTION,
    FEED,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I32, I34 = ico("2690451"), ico("0715382"), ico("2814096"), ico("4539127")
I35, I36, I37, I38 = ico("0652813"), ico("2478360"), ico("6021458"), ico("2906713")
I39, I40, I41, I42 = ico("0437291"), ico("2771608"), ico("4185032"), ico("0259174")

CASES: list[dict[str, Any]] = [
    {
        "id": "av029-cidr-and-ipv6-test",
        "description": "production as a /30 block and an IPv6 address, test as an "
        "uncompressed-looking IPv6 address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Data Žurnál s.r.o.",
            I29,
            None,
            [
                "198.51.100.236",
                "198.51.100.237",
                "198.51.100.238",
                "198.51.100.239",
                "2001:db8:15::100",
            ],
            ["2001:db8:15::5"],
            "Martina Kolářová",
            "kolarova@datazurnal.example",
            "+420720640318",
        ),
        "from": "Martina Kolářová <kolarova@datazurnal.example>",
        "subject": "XML feed – Data Žurnál",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"Data Žurnál s.r.o. (IČO {I29}) by rád odebíral výsledky voleb v XML. Naše "
            "produkční servery jsou v rozsahu 198.51.100.236/30 a 2001:db8:15::100, testovací "
            "prostředí jede "
            "jen přes IPv6 na 2001:db8:15:0:0:0:0:5.\n\n"
            "Martina Kolářová, datová redaktorka, 720 640 318\n"
        ),
    },
    {
        "id": "av030-forward-as-eml",
        "description": "a secretary forwards the editor's application as an attached .eml; "
        "all values are in the attached message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Hradecký expres, a.s.",
            I30,
            None,
            ["192.0.2.30"],
            ["192.0.2.31"],
            "Roman Šťastný",
            "stastny@hkexpres.example",
            "+420495700814",
        ),
        "from": "Sekretariát Hradecký expres <sekretariat@hkexpres.example>",
        "subject": "Fw: Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\npřeposíláme v příloze žádost našeho šéfredaktora, který je tento "
            "týden na cestách.\n\nSekretariát Hradeckého expresu\n"
        ),
        "attachments": [
            (
                "eml",
                "Žádost o přístup k výsledkům voleb.eml",
                {
                    "id": "av030-inner",
                    "from": "Roman Šťastný <stastny@hkexpres.example>",
                    "to": "sekretariat@hkexpres.example",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": (
                        "Pošlete to prosím na ČSÚ:\n\n"
                        f"Hradecký expres, a.s., IČO {I30}, žádá o přístup k XML výsledkům.\n"
                        "Produkční IP: 192.0.2.30\nTestovací IP: 192.0.2.31\n"
                        "Kontakt: Roman Šťastný, 495 700 814, stastny@hkexpres.example\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "av031-italian-english",
        "description": "Italian correspondent's agency writing English, with an Italian landline "
        "and the prod/test roles as 'main' and 'staging'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agenzia Mitteleuropa S.r.l.",
            None,
            None,
            ["203.0.113.80"],
            ["203.0.113.81"],
            "Giulia Ferraresi",
            "g.ferraresi@mitteleuropa.example",
            "+390642815530",
        ),
        "from": "Giulia Ferraresi <g.ferraresi@mitteleuropa.example>",
        "subject": "Czech elections - XML results access",
        "headers": GMAIL,
        "body": (
            "Good morning,\n\n"
            "I write for Agenzia Mitteleuropa S.r.l., Rome. We would like the XML results "
            "for the Czech elections. Our main server is 203.0.113.80, our staging (test) "
            "server is 203.0.113.81.\n\n"
            "Please contact me, Giulia Ferraresi, at +39 06 4281 5530.\n\n"
            "Many thanks and best regards,\nGiulia\n"
        ),
    },
    {
        "id": "av032-dates-and-oid",
        "description": "dates written with dots, a certificate OID and a ticket number near the "
        "addresses; one production address",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Plzeňský obzor s.r.o.",
            I32,
            None,
            ["192.0.2.104"],
            ["192.0.2.105"],
            "David Jelínek",
            "jelinek@plzenskyobzor.example",
            "+420377990215",
        ),
        "from": "David Jelínek <jelinek@plzenskyobzor.example>",
        "subject": "Volby 3.10.2025 - žádost o XML",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "pro volby 3.10.–4.10.2025 žádáme o přístup k XML. Produkční server: 192.0.2.104, "
            "testovací: 192.0.2.105. Náš klientský certifikát má policy OID 1.3.6.1.4.1.5734, "
            "interní požadavek č. 2025.09.118.\n\n"
            f"Plzeňský obzor s.r.o., IČO {I32}\n\n"
            "David Jelínek, vedoucí online, 377 990 215\n"
            "Iva Šimková, sekretariát, 377 990 200\n"
        ),
    },
    {
        "id": "av033-databox-person-txt",
        "description": "data message from a freelancer's personal box (no IČO); a TXT file with "
        "the application",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Štěpán Lorenc",
            None,
            "u2fk9bh",
            ["198.51.100.77"],
            [],
            "Štěpán Lorenc",
            "stepan@lorenc.example",
            "+420739224106",
        ),
        "subject": "Žádost o XML výsledky voleb",
        "databox": {
            "box": "u2fk9bh",
            "sender": "Štěpán Lorenc",
            "address": "Na Výsluní 14, 252 29 Dobřichovice",
            "type": 40,
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Dobrý den,\n\njsem nezávislý novinář (bez IČO), píšu blog volebni-mapa.example "
                "a žádám o přístup k XML s výsledky voleb z adresy 198.51.100.77. Test "
                "udělám ze stejného stroje.\n\nŠtěpán Lorenc\nstepan@lorenc.example\n"
                "739 224 106\n",
            )
        ],
    },
    {
        "id": "av034-reply-fills-office-question",
        "description": "reply to the office's request for the missing test address; production "
        "only in the applicant's quoted original, the office's signature quoted too",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Liberecký puls s.r.o.",
            I34,
            None,
            ["203.0.113.171"],
            ["203.0.113.172"],
            "Barbora Holá",
            "hola@libereckypuls.example",
            "+420605144872",
        ),
        "from": "Barbora Holá <hola@libereckypuls.example>",
        "subject": "Re: Re: Žádost o přístup – chybí testovací adresa",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\ntestovací adresa bude 203.0.113.172, produkční zůstává, jak jsem "
            "psala původně.\n\nBarbora Holá\n\n"
            "Dne 18. 9. 2025 v 13:20 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den, ve Vaší žádosti chybí testovací adresa. Doplňte ji prosím.\n"
            "> S pozdravem, Oddělení volebních výsledků ČSÚ, tel. 274 052 733,\n"
            "> ID DS 2gfaasy\n>\n"
            ">> Dobrý den,\n"
            f">> Liberecký puls s.r.o., IČO {I34}, žádá o přístup k XML výsledkům.\n"
            ">> Produkce: 203.0.113.171\n"
            ">> Kontakt: Barbora Holá, 605 144 872\n"
        ),
    },
    {
        "id": "av035-mac-outlook-box-in-signature",
        "description": "HTML Mac Outlook mail; the applicant's data-box ID only in its "
        "signature, which lists two people",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Mladoboleslavský rozhled, s. r. o.",
            I35,
            "w6hb2ne",
            ["192.0.2.55", "192.0.2.56"],
            ["192.0.2.57"],
            "Nikola Bartošová",
            "bartosova@mbrozhled.example",
            "+420326701559",
        ),
        "from": "Nikola Bartošová <bartosova@mbrozhled.example>",
        "subject": "Přístup XML – Mladoboleslavský rozhled",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\nprosíme o přístup k výsledkům voleb ve formátu XML.\n"
            "Produkční: 192.0.2.55, 192.0.2.56\nTestovací: 192.0.2.57\n"
            "Kontaktní osoba: já (Nikola Bartošová).\n\nDěkuji\n\n"
            "Nikola Bartošová | redaktorka | +420 326 701 559\n"
            "Lubomír Kadlec | jednatel | +420 326 701 500\n"
            f"Mladoboleslavský rozhled, s. r. o. | IČO {I35} | ID DS w6hb2ne\n"
        ),
        "html": (
            "<div>Dobrý den,</div><div><br></div><div>prosíme o přístup k výsledkům voleb ve "
            "formátu XML.</div><div>Produkční: 192.0.2.55, 192.0.2.56</div>"
            "<div>Testovací: 192.0.2.57</div>"
            "<div>Kontaktní osoba: já (Nikola Bartošová).</div><div><br></div>"
            "<div>Děkuji</div><div><br></div>"
            '<div style="font-size:9pt;color:#555">Nikola Bartošová | redaktorka | '
            "+420 326 701 559<br>Lubomír Kadlec | jednatel | +420 326 701 500<br>"
            f"Mladoboleslavský rozhled, s. r. o. | IČO {I35} | ID DS w6hb2ne</div>"
        ),
    },
    {
        "id": "av036-czech-v-tomto-poradi",
        "description": "roles only by order: 'produkční a testovací … (v tomto pořadí)'",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Opavský Deník Plus s.r.o.",
            I36,
            None,
            ["198.51.100.160"],
            ["198.51.100.166"],
            "Hynek Sobota",
            "sobota@opavskydenik.example",
            "+420553610772",
        ),
        "from": "Hynek Sobota <sobota@opavskydenik.example>",
        "subject": "Žádost o XML",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            f"za Opavský Deník Plus s.r.o. (IČO {I36}) žádám o přístup k XML s výsledky. "
            "Produkční a testovací adresa jsou 198.51.100.160 a 198.51.100.166 (v tomto "
            "pořadí).\n\nHynek Sobota, tel.: 553-610-772\n"
        ),
    },
    {
        "id": "av037-rtf-attachment",
        "description": "mail with an RTF letter holding a table; the mail names a different "
        "sender than the contact in the letter",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Znojemský týden, spol. s r. o.",
            I37,
            None,
            ["203.0.113.92"],
            ["203.0.113.93"],
            "Alena Procházková",
            "prochazkova@znojemskytyden.example",
            "+420515227684",
        ),
        "from": "Účtárna Znojemský týden <uctarna@znojemskytyden.example>",
        "subject": "Žádost o přístup – příloha",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\nv příloze posíláme žádost, děkujeme.\nÚčtárna\n",
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    f"Znojemský týden, spol. s r. o., IČO {I37}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [["Role", "IP adresa"], ["produkce", "203.0.113.92"], ["test", "203.0.113.93"]],
                    "Kontaktní osoba: Alena Procházková, "
                    "prochazkova@znojemskytyden.example, 00420 515 227 684",
                ],
            )
        ],
    },
    {
        "id": "av038-flowed-delsp-wrap",
        "description": "format=flowed with delsp; the roles sentence breaks across soft line "
        "breaks in the middle of an address list",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Český ráj dnes, z.ú.",
            I38,
            None,
            ["192.0.2.121", "192.0.2.122"],
            ["192.0.2.123"],
            "Lucie Kopecká",
            "kopecka@ceskyrajdnes.example",
            "+420731050286",
        ),
        "from": "Lucie Kopecká <kopecka@ceskyrajdnes.example>",
        "subject": "XML volby",
        "headers": IPHONE,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den, za Český ráj dnes, z.ú. (IČO "
            f"{I38}) prosím o přístup k XML. Produkční adresy 192.0.2.121 a  \n"
            "192.0.2.122, testovací 192.0.2.123.\n"
            "Lucie Kopecká 731 050 286\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "av039-backup-server-is-production",
        "description": "main and backup ('záložní') servers, both production, plus a test box",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Karlovarské noviny a.s.",
            I39,
            None,
            ["198.51.100.180", "198.51.100.190"],
            ["198.51.100.185"],
            "Jiří Hora",
            "hora@kvnoviny.example",
            "+420353889014",
        ),
        "from": "Jiří Hora <hora@kvnoviny.example>",
        "subject": "Žádost – přístup k výsledkům voleb 2025",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"Karlovarské noviny a.s. (IČO {I39}) žádají o přístup k XML.\n"
            "hlavní server: 198.51.100.180\n"
            "záložní server (jiné datacentrum): 198.51.100.190\n"
            "testovací: 198.51.100.185\n\n"
            "S pozdravem\nJiří Hora, IT, +420 353 889 014\n"
            "Petra Hajná, šéfredaktorka, +420 353 889 010\n"
        ),
    },
    {
        "id": "av040-mobile-phone-corrected",
        "description": "phone-typed note correcting the phone number in a second line",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Echo Rokycan s.r.o.",
            I40,
            None,
            ["203.0.113.7"],
            ["203.0.113.8"],
            "Jan Kočí",
            "koci@echorokycan.example",
            "+420602418835",
        ),
        "from": "Jan Kočí <koci@echorokycan.example>",
        "subject": "xml",
        "headers": K9,
        "cte": "8bit",
        "body": (
            f"dobry den, Echo Rokycan s.r.o. ico {I40}, chceme xml vysledky. "
            "produkce 203.0.113.7, test 203.0.113.8. Jan Koci, tel 602 418 853\n"
            "pardon, tel je 602 418 835, ne 853\n"
        ),
    },
    {
        "id": "av041-outlook-rowspan",
        "description": "HTML-only Outlook table where a role cell spans two address rows",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Pražský kurýr, a.s.",
            I41,
            None,
            ["192.0.2.161", "192.0.2.162"],
            ["192.0.2.170"],
            "Kristýna Růžičková",
            "ruzickova@prazskykuryr.example",
            "+420222516603",
        ),
        "from": "Růžičková Kristýna <ruzickova@prazskykuryr.example>",
        "subject": "XML přístup – Pražský kurýr",
        "headers": OUTLOOK,
        "html": (
            '<html><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Pražský kurýr, a.s., IČO '
            f"{I41}, žádá o přístup k XML výsledkům voleb:</p>"
            '<table class="MsoTableGrid" border="1">'
            "<tr><td><b>Prostředí</b></td><td><b>IP</b></td></tr>"
            '<tr><td rowspan="2">Produkční</td><td>192.0.2.161</td></tr>'
            "<tr><td>192.0.2.162</td></tr>"
            "<tr><td>Testovací</td><td>192.0.2.170</td></tr>"
            "</table>"
            '<p class="MsoNormal">Kontakt: Kristýna Růžičková, +420 222 516 603</p>'
            '<p class="MsoNormal">S pozdravem<br>Kristýna Růžičková<br>Pražský kurýr</p>'
            "</div></body></html>"
        ),
    },
    {
        "id": "av042-databox-pdf-film-withdrawn",
        "description": "data message with a PDF asking for both, then a note in the annotation "
        "withdrawing the filming request",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Valašský obzor s.r.o.",
            I42,
            "h7zt4mc",
            ["198.51.100.250"],
            ["198.51.100.251"],
            "Libor Surovec",
            "surovec@valasskyobzor.example",
            "+420571445208",
        ),
        "subject": "Žádost volby XML a natáčení – natáčení ruším, platí jen přístup k XML",
        "databox": {
            "box": "h7zt4mc",
            "sender": "Valašský obzor s.r.o.",
            "address": "Palackého 8, 757 01 Valašské Meziříčí",
        },
        "attachments": [
            (
                "pdf",
                "zadost_volby.pdf",
                [
                    f"Valašský obzor s.r.o., IČ {I42[:3]} {I42[3:]}",
                    "Žádáme o: 1) přístup k výsledkům voleb ve formátu XML, 2) povolení "
                    "k natáčení na sběrném místě ve Vsetíně.",
                    "Produkční IP: 198.51.100.250\nTestovací IP: 198.51.100.251",
                    "Kontakt: Libor Surovec, surovec@valasskyobzor.example, 571 445 208",
                ],
            )
        ],
    },
]
