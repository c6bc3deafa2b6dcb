"""Twentyfourth held-out part ``rb``, cases rb015–rb028: PDF tables whose cells wrap, a DOCX
with identifiers only in its footer, an English PDF giving roles by "respectively", a netmask
in an RTF, a forwarded own .eml whose contact the cover mail replaces, an XLSX with an old
sheet, bracket and checkbox forms, an empty iPhone body, and data messages with files of
several kinds. Written by hand apart from the extraction rules (see make_twentyfourth_rb);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfourth_rb_common import (
    APPLE,
    EMPTY,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    TICK,
    L,
    Style,
    ico,
)

I15, I16, I17, I19 = ico("2730584"), ico("0194863"), ico("2568347"), ico("0820135")
I20, I21, I22, I23 = ico("3149072"), ico("2675831"), ico("0948216"), ico("2832057")
I24, I25, I26, I27 = ico("0513792"), ico("0021622"), ico("2417960"), ico("6302581")

CASES: list[dict[str, Any]] = [
    {
        "id": "rb015-apple-pdf-wrapped-address-cells",
        "description": "Apple Mail cover; PDF table with narrow cells, so the list of three "
        "production addresses wraps over several lines",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Vltavan Media s.r.o.",
            I15,
            None,
            ["203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["203.0.113.70"],
            "Daniel Krejčí",
            "krejci@vltavan.example",
            "+420604390552",
        ),
        "from": "Daniel Krejčí <krejci@vltavan.example>",
        "subject": "Vltavan – žádost o XML",
        "headers": APPLE,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nžádost je v příloze (PDF). Kdyby něco chybělo, ozvěte se mi.\n\n"
            "Daniel Krejčí\nVltavan Media\nmob. 604 390 552\n\nOdesláno z Macu\n"
        ),
        "attachments": [
            (
                "pdf",
                "Vltavan_zadost.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB VE FORMÁTU XML",
                    {
                        "rows": [
                            ["Žadatel", "IČO", "Produkční adresy", "Testovací adresy", "Kontakt"],
                            [
                                "Vltavan Media s.r.o.",
                                I15,
                                "203.0.113.21, 203.0.113.22, 203.0.113.23",
                                "203.0.113.70",
                                "Daniel Krejčí, krejci@vltavan.example, +420 604 390 552",
                            ],
                        ],
                        "widths": [80, 60, 80, 80, 120],
                    },
                    "České Budějovice, 11. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "rb016-databox-annotation-declines-film-txt",
        "description": "data message: the annotation asks for the feed and says filming is not "
        "wanted; the attached TXT gives the addresses and contact",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Hlasatel Podřipska, s.r.o.",
            I16,
            "h5wd7pq",
            ["198.51.100.141"],
            ["198.51.100.142"],
            "Alena Kopecká",
            "kopecka@podripsko.example",
            "+420416533908",
        ),
        "subject": "Žádost o přístup k XML s výsledky voleb (natáčení nepožadujeme) – údaje "
        "v příloze",
        "databox": {
            "box": "h5wd7pq",
            "sender": "Hlasatel Podřipska, s.r.o.",
            "address": "Komenského 9, 413 01 Roudnice nad Labem",
            "type": 20,
        },
        "attachments": [
            (
                "txt",
                "udaje.txt",
                "Hlasatel Podřipska, s.r.o.\n"
                f"IČ: {I16}\n"
                "IP adresa pro provoz: 198.51.100.141\n"
                "IP adresa pro test:   198.51.100.142\n"
                "Kontakt: Alena Kopecká, 416 533 908, kopecka@podripsko.example\n",
            )
        ],
    },
    {
        "id": "rb017-win1250-docx-identifiers-in-footer",
        "description": "windows-1250 cover mail; DOCX letter whose IČO and data-box ID are only "
        "in the page footer; roles given in one sentence",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Týdeník Pootaví a.s.",
            I17,
            "p7ku2rm",
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.180"],
            "Zdeněk Holub",
            "holub@pootavi.example",
            "+420376508241",
        ),
        "from": "Zdeněk Holub <holub@pootavi.example>",
        "subject": "Žádost o přístup – Týdeník Pootaví",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze naleznete žádost o přístup k výsledkům voleb.\n\n"
            "S pozdravem\nZdeněk Holub\nvedoucí vydání\n"
        ),
        "attachments": [
            (
                "docx",
                "Žádost ČSÚ Pootaví.docx",
                {
                    "header": "TÝDENÍK POOTAVÍ",
                    "footer": f"Týdeník Pootaví a.s. | Nábřeží 14, 342 01 Sušice | IČO: {I17} | "
                    "ID DS: p7ku2rm | bankovní spojení 2401187332/2010",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                        "Vážení, žádáme o zřízení přístupu k výsledkům voleb do Poslanecké "
                        "sněmovny. Pro ostrý provoz budeme data stahovat z adres 192.0.2.170 a "
                        "192.0.2.171, pro testování z adresy 192.0.2.180.",
                        "Kontaktní osobou je Zdeněk Holub, tel. 376 508 241, "
                        "holub@pootavi.example.",
                        "S pozdravem\nZdeněk Holub",
                    ],
                },
            )
        ],
    },
    {
        "id": "rb018-austrian-pdf-respectively",
        "description": "Austrian broadcaster without an IČO; English PDF giving roles only by "
        "'respectively'; Austrian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Lukas Pichler",
            "l.pichler@donauwelle.example",
            "+436643815527",
        ),
        "from": "Lukas Pichler <l.pichler@donauwelle.example>",
        "subject": "Request for access to election results (XML) – Donauwelle",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our request for access to the "
            "election results data.\n\nBest regards\nLukas Pichler\n"
        ),
        "attachments": [
            (
                "pdf",
                "Donauwelle_request_CZSO.pdf",
                [
                    "Donauwelle Rundfunk GmbH · Landstraße 212 · 4020 Linz · Austria\n"
                    "FN 418273 t · UID ATU68213347",
                    "Linz, 17 September 2025",
                    "Request for access to the XML election results",
                    "Donauwelle Rundfunk GmbH reports on the Czech parliamentary election for "
                    "our listeners in Upper Austria and South Bohemia. We kindly request "
                    "access to your results server. Our production and test servers are "
                    "198.51.100.201 and 198.51.100.202 respectively.",
                    "Contact person: Lukas Pichler, head of online, phone +43 664 3815527, "
                    "e-mail l.pichler@donauwelle.example.",
                    "Yours faithfully,\nMag. Lukas Pichler",
                ],
            )
        ],
    },
    {
        "id": "rb019-databox-rtf-netmask-and-version",
        "description": "data message with an RTF letter: a production address with a netmask "
        "(a block of four), a software version that looks like an address",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Zlínský zpravodaj s.r.o.",
            I19,
            "z3ex8nb",
            ["192.0.2.128", "192.0.2.129", "192.0.2.130", "192.0.2.131"],
            ["192.0.2.150"],
            "Igor Machala",
            "machala@zlinskyzpravodaj.example",
            "+420577630194",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "z3ex8nb",
            "sender": "Zlínský zpravodaj s.r.o.",
            "address": "třída Tomáše Bati 199, 760 01 Zlín",
            "type": 20,
        },
        "attachments": [
            (
                "rtf",
                "zadost_ZZ.rtf",
                [
                    f"Zlínský zpravodaj s.r.o., IČO {I19}",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    "Pro produkční provoz žádáme o povolení rozsahu 192.0.2.128 s maskou "
                    "255.255.255.252 (čtyři adresy našeho clusteru). Testovací server má "
                    "adresu 192.0.2.150. Stahovat budeme naším klientem volby-sync verze "
                    "2.10.4.1.",
                    [
                        ["Kontaktní osoba", "Igor Machala"],
                        ["Telefon", "577 630 194"],
                        ["E-mail", "machala@zlinskyzpravodaj.example"],
                    ],
                    "Ve Zlíně 18. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "rb020-forwarded-own-eml-contact-replaced",
        "description": "the applicant re-sends its own earlier mail as an .eml; the new cover "
        "mail replaces the contact person named there",
        "style": Style.FORWARDED_EML,
        "labels": L(
            [FEED],
            "Deník Střední Čechy s.r.o.",
            I20,
            None,
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Iveta Marková",
            "markova@dsc.example",
            "+420605227841",
        ),
        "from": "Iveta Marková <markova@dsc.example>",
        "subject": "Fw: Žádost o přístup k XML – změna kontaktu",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze znovu posílám naši žádost ze 2. září. Jediná změna: kolega Kamil Beneš "
            "u nás končí, kontaktní osobou místo něj budu já – Iveta Marková, "
            "tel. 605 227 841, markova@dsc.example. Adresy zůstávají, jak jsou uvedeny.\n\n"
            "Děkuji\nIveta Marková\n"
        ),
        "attachments": [
            (
                "eml",
                "Žádost o přístup k XML.eml",
                {
                    "id": "rb020-inner",
                    "from": "Kamil Beneš <benes@dsc.example>",
                    "subject": "Žádost o přístup k XML",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den,\n\n"
                        f"Deník Střední Čechy s.r.o. (IČO {I20}) žádá o přístup k volebním "
                        "výsledkům v XML.\n\nProdukce: 203.0.113.101\nTest: 203.0.113.102\n\n"
                        "Kontakt: Kamil Beneš, 731 880 412, benes@dsc.example\n\n"
                        "Kamil Beneš\nIT, Deník Střední Čechy\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "rb021-xlsx-old-sheet-and-current-sheet",
        "description": "XLSX with last election's sheet (addresses no longer used) and the "
        "current one; the cover says only the 2025 sheet applies",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Regionální televize Beskydy, s.r.o.",
            I21,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.165"],
            "Vojtěch Kantor",
            "kantor@rtbeskydy.example",
            "+420558712604",
        ),
        "from": "Vojtěch Kantor <kantor@rtbeskydy.example>",
        "subject": "RT Beskydy – přístup k výsledkům 2025",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "přikládám tabulku. Je v ní i list z minulých voleb (2021) – ty adresy už "
            "nepoužíváme, platí jen list „2025“.\n\n"
            "Vojtěch Kantor\nRT Beskydy\n558 712 604\n"
        ),
        "attachments": [
            (
                "xlsx",
                "RTB_IP_volby.xlsx",
                [
                    {
                        "title": "2025",
                        "rows": [
                            ["Regionální televize Beskydy, s.r.o.", None],
                            ["IČO", I21],
                            ["Účel", "IP adresa"],
                            ["produkce", "198.51.100.160"],
                            ["produkce", "198.51.100.161"],
                            ["test", "198.51.100.165"],
                            ["kontakt", "Vojtěch Kantor, kantor@rtbeskydy.example"],
                        ],
                    },
                    {
                        "title": "2021 (neplatí)",
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkce", "198.51.100.40"],
                            ["test", "198.51.100.41"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "rb022-databox-freelance-photographer-film",
        "description": "data message from a self-employed photographer's box (type PFO); PDF "
        "asking only to photograph at a collection point",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Lukáš Brabec",
            I22,
            "b8ry4cw",
            [],
            [],
            "Lukáš Brabec",
            "foto@brabec.example",
            "+420721340668",
        ),
        "subject": "Povolení fotografovat – volby 2025",
        "databox": {
            "box": "b8ry4cw",
            "sender": "Lukáš Brabec",
            "address": "U Potoka 31, 664 34 Kuřim",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "brabec_povoleni.pdf",
                [
                    f"Lukáš Brabec, fotograf · IČO {I22} · U Potoka 31, 664 34 Kuřim",
                    "Žádost o povolení pořizovat fotografie na sběrném místě",
                    "Jako fotoreportér na volné noze pro několik deníků žádám o povolení "
                    "fotografovat na sběrném místě ČSÚ v Brně ve volební noc. O přístup "
                    "k datům ve formátu XML nežádám.",
                    "Kontakt: 721 340 668, foto@brabec.example",
                    "Lukáš Brabec",
                ],
            )
        ],
    },
    {
        "id": "rb023-roundcube-bracket-form-in-body",
        "description": "plain-text form pasted into the body with [x]/[ ] boxes; the contact "
        "is a named colleague, a form version number in the text",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kladenské listy s.r.o.",
            I23,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.39"],
            "Michaela Šindelářová",
            "sindelarova@kladenskelisty.example",
            "+420312245870",
        ),
        "from": "Petr Pokorný <pokorny@kladenskelisty.example>",
        "subject": "Žádost dle formuláře",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nvyplnil jsem formulář z vašeho webu (verze 2.1) a vkládám ho sem:\n\n"
            "[x] Žádám o přístup k výsledkům voleb ve formátu XML\n"
            "[ ] Žádám o povolení pořizovat záznam na sběrném místě\n\n"
            "Žadatel ............ Kladenské listy s.r.o.\n"
            f"IČO ................ {I23}\n"
            "Produkční IP ....... 192.0.2.30, 192.0.2.31\n"
            "Testovací IP ....... 192.0.2.39\n"
            "Kontaktní osoba .... Michaela Šindelářová (redakce online)\n"
            "E-mail .............. sindelarova@kladenskelisty.example\n"
            "Telefon ............. 312 245 870\n\n"
            "S pozdravem\nPetr Pokorný\nIT správa, Kladenské listy\ntel. 312 245 801\n"
        ),
    },
    {
        "id": "rb024-iphone-empty-body-pdf-both",
        "description": "iPhone mail with nothing but the signature; the PDF letter asks for "
        "both and names a contact with a foreign-style 00420 phone",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED, FILM],
            "Hradecký kurýr, a. s.",
            I24,
            None,
            ["203.0.113.140"],
            [],
            "Renata Fialová",
            "fialova@hkkuryr.example",
            "+420606771509",
        ),
        "from": "Renata Fialová <fialova@hkkuryr.example>",
        "subject": "Žádost.pdf",
        "headers": IPHONE,
        "body": "\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "pdf",
                "Žádost.pdf",
                [
                    f"Hradecký kurýr, a. s.\nGočárova třída 88, 500 02 Hradec Králové\nIČO: {I24}",
                    "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "1. Žádáme o přístup k serveru s výsledky ve formátu XML z IP adresy "
                    "203.0.113.140. Testovací adresu nepotřebujeme.",
                    "2. Žádáme o povolení natáčet na sběrném místě v Hradci Králové "
                    "(redaktorka a kameraman).",
                    "Kontaktní osoba: Renata Fialová, tel. 00420 606 771 509, "
                    "fialova@hkkuryr.example",
                    "Hradec Králové 19. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "rb025-databox-odt-university-roles",
        "description": "data message from a university with an ODT table whose role column "
        "reads primární / sekundární / testovací",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Univerzita Horního Pomoraví",
            I25,
            "u4jm9tc",
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Filip Zedník",
            "filip.zednik@uhp.example",
            "+420585634177",
        ),
        "subject": "Studentská televize UHP TV – žádost o přístup k datům voleb",
        "databox": {
            "box": "u4jm9tc",
            "sender": "Univerzita Horního Pomoraví",
            "address": "Kolejní 2, 787 01 Šumperk",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "UHP_TV_volby.odt",
                [
                    f"Univerzita Horního Pomoraví, IČO {I25}",
                    "Katedra žurnalistiky – studentská televize UHP TV",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML pro živé vysílání "
                    "studentské televize.",
                    [
                        ["Server", "Adresa", "Role"],
                        ["uhptv-a", "198.51.100.90", "primární"],
                        ["uhptv-b", "198.51.100.91", "sekundární"],
                        ["uhptv-dev", "198.51.100.99", "testovací"],
                    ],
                    "Kontaktní osoba: Mgr. Filip Zedník, Ph.D., tel. 585 634 177, "
                    "filip.zednik@uhp.example",
                    "doc. PhDr. Hana Vlková, vedoucí katedry",
                ],
            )
        ],
    },
    {
        "id": "rb026-gmail-alternative-row-headers-ipv6",
        "description": "Gmail text+HTML mail with a row-header table: an IPv6 and an IPv4 "
        "production address and one test address",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Datažurnál s.r.o.",
            I26,
            None,
            ["2001:db8:77::5", "203.0.113.5"],
            ["203.0.113.6"],
            "Barbora Šimková",
            "barbora@datazurnal.example",
            "+420775003146",
        ),
        "from": "Barbora Šimková <barbora@datazurnal.example>",
        "subject": "Datažurnál – žádost o přístup k XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nDatažurnál s.r.o. (IČO "
            f"{I26}) žádá o přístup k výsledkům voleb v XML.\n\n"
            "Produkční: 2001:db8:77::5, 203.0.113.5\nTestovací: 203.0.113.6\n\n"
            "Kontakt: Barbora Šimková, 775 003 146\n\nDíky!\nBára\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>Datažurnál s.r.o. '
            f"(IČO {I26}) žádá o přístup k výsledkům voleb v XML.</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1">'
            "<tr><th>Produkční</th><td>2001:db8:77::5<br>203.0.113.5</td></tr>"
            "<tr><th>Testovací</th><td>203.0.113.6</td></tr></table><div><br></div>"
            "<div>Kontakt: Barbora Šimková, 775 003 146</div><div><br></div>"
            "<div>Díky!</div><div>Bára</div></div>"
        ),
    },
    {
        "id": "rb027-databox-annotation-pointer-docx-both",
        "description": "data message whose annotation only says 'see attachment'; the DOCX "
        "asks for both and names a contact other than the signer",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Rádio Krušnohoří s.r.o.",
            I27,
            "r2gy6xd",
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Stanislav Doležal",
            "dolezal@radiokrusnohori.example",
            "+420736915028",
        ),
        "subject": "viz příloha",
        "databox": {
            "box": "r2gy6xd",
            "sender": "Rádio Krušnohoří s.r.o.",
            "address": "Mírové nám. 5, 430 01 Chomutov",
            "type": 20,
        },
        "attachments": [
            (
                "docx",
                "zadost-RK.docx",
                {
                    "blocks": [
                        f"Rádio Krušnohoří s.r.o., IČO {I27}, ID DS r2gy6xd",
                        "Věc: Žádost o přístup k výsledkům voleb a povolení nahrávání",
                        "Žádáme o zřízení přístupu k datům voleb ve formátu XML a zároveň "
                        "o povolení pořizovat zvukový záznam na sběrném místě v Chomutově.",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["Produkce", "192.0.2.220"],
                                ["Test", "192.0.2.221"],
                            ]
                        },
                        "Kontaktní osobou pro vyřízení je Stanislav Doležal, technik, "
                        "736 915 028, dolezal@radiokrusnohori.example.",
                        "Ing. Blanka Machová\njednatelka\ntel. 474 100 200",
                    ]
                },
            )
        ],
    },
    {
        "id": "rb028-polish-portal-english-pdf-both",
        "description": "Polish news portal without an IČO; Polish-English cover, English PDF "
        "form with ticked boxes for both requests; Polish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Portal Śląski sp. z o.o.",
            None,
            None,
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Katarzyna Wójcik",
            "k.wojcik@portalslaski.example",
            "+48601447392",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@portalslaski.example>",
        "subject": "Wniosek / Application – election results access",
        "headers": TBIRD,
        "body": (
            "Dzień dobry / Good morning,\n\n"
            "w załączniku przesyłam wniosek. / Please find our application attached.\n\n"
            "Pozdrawiam / Regards\nKatarzyna Wójcik\nPortal Śląski\n"
        ),
        "attachments": [
            (
                "pdf",
                "application_CZSO.pdf",
                [
                    "Portal Śląski sp. z o.o., ul. Wolności 17, 41-500 Chorzów, Poland\n"
                    "NIP 6272849031 · KRS 0000712466",
                    "APPLICATION FORM",
                    f"{TICK} Access to the election results server (XML)\n"
                    f"{TICK} Permission to film at a collection point (Ostrava)\n"
                    f"{EMPTY} Other",
                    {
                        "rows": [
                            ["Production IP", "198.51.100.230"],
                            ["Test IP", "198.51.100.231"],
                            ["Contact", "Katarzyna Wójcik, +48 601 447 392"],
                            ["E-mail", "k.wojcik@portalslaski.example"],
                        ],
                        "widths": [120, 260],
                    },
                ],
            )
        ],
    },
]
