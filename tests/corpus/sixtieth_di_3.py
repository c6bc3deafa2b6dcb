"""Sixtieth held-out part ``di``, cases di029–di042: a data message with an ODT pointing to an
XLSX, a cover turning the form's test address into a backup production one, a freelancer's box
with no e-mail, a base64 windows-1250 cover with an RTF column table, a box declining the feed,
a multipart/alternative cover with a letterhead PDF, a workbook ANO/NE form with a merged
contact cell, a PR agency forwarding its client's .eml with a workbook, a flowed cover adding an
address, a PDF with a spanned role cell over IPv4/IPv6, a Polish sender's bilingual content-
control form, a [x]/[ ] PDF, a box whose note withdraws the ticked feed, a cover with the
office's old reply attached as .eml beside the new form.
Written by hand apart from the extraction rules (see make_sixtieth_di); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtieth_di_common import (
    FEED,
    FILM,
    GMAIL,
    K9,
    MAILSPRING,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    box,
    c,
    ico,
)

F29, F30, F31, F32 = ico("2880241"), ico("2663598"), ico("0598132"), ico("2752906")
F33, F34, F35, F36 = ico("2836417"), ico("0627591"), ico("2914068"), ico("2690735")
F37, F38, F40, F41, F42 = (
    ico("0561824"),
    ico("2807359"),
    ico("2743016"),
    ico("0715483"),
    ico("2921607"),
)

CASES: list[dict[str, Any]] = [
    c(
        "di029-databox-odt-points-to-xlsx",
        "data message with two files: the ODT application names the applicant and contact "
        "and points to the workbook, whose rows give address then role",
        Style.DATABOX,
        L(
            [FEED],
            "Českolipský týden s.r.o.",
            F29,
            "ct3yp7u",
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.88"],
            "Hynek Drábek",
            "drabek@ceskolipskytyden.example",
            "+420487523901",
        ),
        databox=box("ct3yp7u", "Českolipský týden s.r.o.", "Hrnčířská 12, 470 01 Česká Lípa"),
        subject="Žádost o přístup k výsledkům voleb",
        attachments=[
            (
                "odt",
                "zadost.odt",
                [
                    "Českolipský týden s.r.o., IČO " + F29,
                    "Žádáme o přístup k průběžným výsledkům voleb do Poslanecké sněmovny. "
                    "Adresy serverů jsou v přiložené tabulce adresy.xlsx.",
                    "Kontaktní osoba: Hynek Drábek, drabek@ceskolipskytyden.example, "
                    "tel. 487 523 901",
                    "Hynek Drábek, vedoucí vydání",
                ],
            ),
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["IP adresa", "typ"],
                            ["203.0.113.81", "produkční"],
                            ["203.0.113.82", "produkční"],
                            ["203.0.113.88", "testovací"],
                        ],
                    }
                ],
            ),
        ],
    ),
    c(
        "di030-cover-test-is-backup-docx",
        "the DOCX lists a 'testovací' address; the cover says it is really the backup "
        "production server and testing runs from production",
        Style.CORRECTION,
        L(
            [FEED],
            "Vsetínský obzor s.r.o.",
            F30,
            None,
            ["203.0.113.90", "203.0.113.99"],
            [],
            "Radim Kovář",
            "kovar@vsetinskyobzor.example",
            "+420571418223",
        ),
        sender="Radim Kovář <kovar@vsetinskyobzor.example>",
        subject="Žádost XML – upřesnění",
        headers=OUTLOOK,
        body="Dobrý den,\n\nk přiložené žádosti jedno upřesnění: adresa 203.0.113.99, kterou "
        "formulář uvádí jako testovací, je ve skutečnosti náš záložní produkční server. "
        "Testovací prostředí nemáme, testovat budeme z produkce.\n\nDěkuji\nRadim Kovář\n"
        "Vsetínský obzor s.r.o.\ntel. 571 418 223\n",
        attachments=[
            (
                "docx",
                "zadost_VO.docx",
                {
                    "header": "Vsetínský obzor s.r.o. · Smetanova 1390, 755 01 Vsetín · IČO " + F30,
                    "footer": "strana 1 z 1",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Typ", "IP adresa"],
                                ["produkční", "203.0.113.90"],
                                ["testovací", "203.0.113.99"],
                            ]
                        },
                        "Kontaktní osoba: Radim Kovář, kovar@vsetinskyobzor.example, 571 418 223",
                    ],
                },
            )
        ],
    ),
    c(
        "di031-databox-person-feed-no-email",
        "a freelance data journalist's own box (natural person in business); the PDF gives "
        "one production address, testing from it, and only a phone — no e-mail anywhere",
        Style.DATABOX,
        L(
            [FEED],
            "Marek Hruboš",
            F31,
            "mh2tr9e",
            ["198.51.100.66"],
            [],
            "Marek Hruboš",
            None,
            "+420605733180",
        ),
        databox=box("mh2tr9e", "Marek Hruboš", "Nerudova 8, 602 00 Brno", kind=40),
        subject="Žádost o přístup k XML výsledkům voleb – datová žurnalistika",
        attachments=[
            (
                "pdf",
                "zadost_Hrubos.pdf",
                [
                    "Marek Hruboš, IČO " + F31 + "\nNerudova 8, 602 00 Brno",
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Jako datový novinář na volné noze připravuji pro několik redakcí průběžné "
                    "vizualizace výsledků. Žádám proto o přístup k XML výsledkům z adresy "
                    "198.51.100.66 (VPS, produkce). Testovací adresu nemám, testovat budu "
                    "z téže adresy.",
                    "Kontakt: tel. 605 733 180, případně přes datovou schránku.",
                    "Marek Hruboš",
                ],
            )
        ],
    ),
    c(
        "di032-rtf-columns-base64-win1250",
        "base64 windows-1250 cover; the RTF table has column headers 'Produkční'/'Testovací' "
        "and row headers IPv4/IPv6, a dash for the missing IPv6 test; the letterhead in capitals",
        Style.TABLE,
        L(
            [FEED],
            "Teplický deník plus s.r.o.",
            F32,
            None,
            ["192.0.2.161", "2001:db8:7e::161"],
            ["192.0.2.169"],
            "Blanka Fialová",
            "fialova@teplickydenik.example",
            "+420417530904",
        ),
        sender="Blanka Fialová <fialova@teplickydenik.example>",
        subject="Žádost o přístup k výsledkům voleb",
        headers=OUTLOOK,
        charset="windows-1250",
        cte="base64",
        body="Dobrý den,\nzasíláme žádost o přístup k výsledkům voleb v příloze (RTF).\n"
        "S pozdravem\nBlanka Fialová\nTeplický deník plus s.r.o.\n",
        attachments=[
            (
                "rtf",
                "zadost_TDP.rtf",
                [
                    "TEPLICKÝ DENÍK PLUS s.r.o.\nU Nádraží 1180/6, 415 01 Teplice\nIČO " + F32,
                    "Žádost o přístup k průběžným výsledkům voleb",
                    [
                        ["", "Produkční", "Testovací"],
                        ["IPv4", "192.0.2.161", "192.0.2.169"],
                        ["IPv6", "2001:db8:7e::161", "—"],
                    ],
                    [
                        ["Kontaktní osoba", "Blanka Fialová"],
                        ["Telefon", "417 530 904"],
                        ["E-mail", "fialova@teplickydenik.example"],
                    ],
                    "V Teplicích 5. 9. 2025",
                ],
            )
        ],
    ),
    c(
        "di033-databox-feed-declined-odt-filming",
        "data message asking to film; the ODT says in a sentence that they do not ask for the "
        "XML feed this year; a crew of two, the reporter is the contact",
        Style.DATABOX,
        L(
            [FILM],
            "Televize Brdy s.r.o.",
            F33,
            "tb6wq3h",
            [],
            [],
            "Matěj Pospíšil",
            "pospisil@tvbrdy.example",
            "+420731508264",
        ),
        databox=box("tb6wq3h", "Televize Brdy s.r.o.", "Palackého 144, 268 01 Hořovice"),
        subject="Žádost o povolení natáčení ve volební noci",
        attachments=[
            (
                "odt",
                "zadost_TVB.odt",
                [
                    "Televize Brdy s.r.o., Palackého 144, 268 01 Hořovice, IČO " + F33,
                    "Žádáme o povolení natáčet ve volební noci na pracovišti ČSÚ v Berouně "
                    "(štáb: redaktor Matěj Pospíšil, kameraman Ivo Kubát).",
                    "O přístup k XML výsledkům letos nežádáme – výsledky přebíráme z veřejného "
                    "webu volby.cz.",
                    "Kontaktní osoba: Matěj Pospíšil, pospisil@tvbrdy.example, tel. 731 508 264",
                ],
            )
        ],
    ),
    c(
        "di034-alternative-pdf-letterhead-technical-contact",
        "multipart/alternative cover; the PDF letter with letterhead and an identifier footer "
        "(IČO, DIČ, box ID) is signed by the managing director but names the network admin "
        "as the technical contact with line and mobile",
        Style.LETTER,
        L(
            [FEED, FILM],
            "Kolínský deník s.r.o.",
            F34,
            "kd5um8r",
            ["198.18.12.7"],
            ["198.18.12.8"],
            "Vojtěch Richter",
            "richter@kolinskydenik.example",
            "+420321744560",
        ),
        sender="Helena Zemanová <zemanova@kolinskydenik.example>",
        subject="Žádost – výsledky voleb a natáčení",
        headers=OWA,
        body="Dobrý den,\nv příloze zasíláme žádost o přístup k výsledkům voleb a o povolení "
        "natáčení. Dopis podepsal jednatel, technické věci bude řešit náš správce sítě.\n"
        "S pozdravem\nHelena Zemanová\nKolínský deník s.r.o.\n",
        html="<p>Dobrý den,<br>v příloze zasíláme žádost o přístup k výsledkům voleb a o povolení "
        "natáčení. Dopis podepsal jednatel, technické věci bude řešit náš správce sítě.</p>"
        "<p>S pozdravem<br>Helena Zemanová<br><i>Kolínský deník s.r.o.</i></p>",
        attachments=[
            (
                "di-pdf",
                "zadost_KD.pdf",
                {
                    "header": "Kolínský deník s.r.o.\nKarlovo nám. 45, 280 02 Kolín",
                    "footer": "IČO " + F34 + " · DIČ CZ" + F34 + " · ID DS kd5um8r · "
                    "www.kolinskydenik.example",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Vážení,\nKolínský deník s.r.o. žádá o přístup k průběžným výsledkům voleb "
                        "do Poslanecké sněmovny ve formátu XML a o povolení natáčet na pracovišti "
                        "ČSÚ v Kolíně ve volební noci.",
                        "Produkční server: 198.18.12.7\nTestovací server: 198.18.12.8",
                        "Kontaktní osoba pro technické záležitosti: Vojtěch Richter, správce "
                        "sítě, richter@kolinskydenik.example, tel. 321 744 560, mobil 604 218 337.",
                        "Bc. Pavel Hájek\njednatel",
                    ],
                },
            )
        ],
    ),
    c(
        "di035-databox-xlsx-ano-ne-merged-contact",
        "data message with a workbook form: ANO/NE in a column, two rows both headed "
        "'Produkční IP', the 'Kontakt' cell merged over three rows with the name written "
        "surname first",
        Style.FORM,
        L(
            [FEED],
            "Rádio Krušnohoří s.r.o.",
            F35,
            "rk9ja4s",
            ["198.51.100.141", "198.51.100.142"],
            ["198.51.100.149"],
            "Tomáš Hudec",
            "hudec@radiokrusnohori.example",
            "+420476106337",
        ),
        databox=box("rk9ja4s", "Rádio Krušnohoří s.r.o.", "tř. Budovatelů 2957, 434 01 Most"),
        subject="Formulář – přístup k XML",
        attachments=[
            (
                "xlsx",
                "formular_RK.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Požadavek", "ANO/NE"],
                            ["Přístup k XML výsledkům", "ANO"],
                            ["Natáčení na pracovišti ČSÚ", "NE"],
                            [None, None],
                            ["Žadatel", "Rádio Krušnohoří s.r.o."],
                            ["IČO", F35],
                            ["Produkční IP", "198.51.100.141"],
                            ["Produkční IP", "198.51.100.142"],
                            ["Testovací IP", "198.51.100.149"],
                            ["Kontakt", "Hudec Tomáš"],
                            [None, "476 106 337"],
                            [None, "hudec@radiokrusnohori.example"],
                        ],
                        "merge": ["A10:A12"],
                    }
                ],
            )
        ],
    ),
    c(
        "di036-agency-forwards-client-eml-xlsx",
        "a PR agency forwards its client's mail as an attached .eml carrying the workbook "
        "(columns 'Produkce' and 'Test'); the client's editor names himself as contact",
        Style.FORWARD,
        L(
            [FEED],
            "Mělnický deník s.r.o.",
            F36,
            None,
            ["192.0.2.31", "192.0.2.32"],
            ["192.0.2.39"],
            "Oldřich Klíma",
            "klima@melnickydenik.example",
            "+420315620119",
        ),
        sender="Klára Benešová <benesova@prmost.example>",
        subject="Fwd: žádost o přístup k výsledkům voleb – Mělnický deník",
        headers=MAILSPRING,
        body="Dobrý den,\nza našeho klienta přeposílám jeho žádost (původní e-mail v příloze), "
        "prosím o vyřízení. Dotazy k technice směřujte přímo na pana Klímu.\nKlára Benešová\n"
        "PR Most s.r.o.\n",
        attachments=[
            (
                "eml",
                "zadost_Melnicky_denik.eml",
                {
                    "id": "di036-inner",
                    "from": "Oldřich Klíma <klima@melnickydenik.example>",
                    "to": "benesova@prmost.example",
                    "subject": "žádost o přístup k výsledkům voleb",
                    "body": "Dobrý den, paní Benešová,\nposílám podklady pro ČSÚ – žádáme "
                    "o přístup k XML výsledkům. Mělnický deník s.r.o., IČO " + F36 + ". Adresy "
                    "jsou v tabulce, kontakt jsem já: Oldřich Klíma, 315 620 119.\n"
                    "Díky, O. Klíma\n",
                    "attachments": [
                        (
                            "xlsx",
                            "ip_MD.xlsx",
                            [
                                {
                                    "title": "IP",
                                    "rows": [
                                        ["Produkce", "Test"],
                                        ["192.0.2.31", "192.0.2.39"],
                                        ["192.0.2.32", None],
                                    ],
                                }
                            ],
                        )
                    ],
                },
            )
        ],
    ),
    c(
        "di037-flowed-cover-adds-production-docx",
        "8bit format=flowed cover asks to add a third production address to the two in the "
        "DOCX (one cell, two lines); the footer carries IČO and box ID",
        Style.CORRECTION,
        L(
            [FEED],
            "Znojemský regionál s.r.o.",
            F37,
            "zr4pb8n",
            ["198.18.20.4", "198.18.20.5", "198.18.20.6"],
            ["198.18.21.4"],
            "Karel Šebesta",
            "sebesta@znojemskyregional.example",
            "+420515226790",
        ),
        sender="Karel Šebesta <sebesta@znojemskyregional.example>",
        subject="Žádost o přístup k výsledkům voleb",
        headers=TBIRD,
        flowed=True,
        cte="8bit",
        body="Dobrý den,\n\nv příloze žádost o přístup k výsledkům voleb. Od jejího podpisu jsme "
        "spustili ještě jeden produkční server, přidejte prosím k produkčním adresám také "
        "198.18.20.6.\n\nDěkuji\nKarel Šebesta\n",
        attachments=[
            (
                "docx",
                "zadost_ZR.docx",
                {
                    "header": "Znojemský regionál s.r.o. | Obroková 11, 669 02 Znojmo",
                    "footer": "IČO " + F37 + " | ID DS zr4pb8n",
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb",
                        {
                            "rows": [
                                ["Produkční IP adresy", "198.18.20.4\n198.18.20.5"],
                                ["Testovací IP adresa", "198.18.21.4"],
                                ["Kontaktní osoba", "Karel Šebesta"],
                                ["E-mail", "sebesta@znojemskyregional.example"],
                                ["Telefon", "515 226 790"],
                            ]
                        },
                        "Ve Znojmě 10. 9. 2025\nMgr. Irena Kostková, jednatelka",
                    ],
                },
            )
        ],
    ),
    c(
        "di038-databox-pdf-span-ipv4-ipv6",
        "data message; the PDF table's 'Produkce' cell spans an IPv4 and an IPv6 row, the "
        "test address is IPv6, a protocol column between role and address",
        Style.DATABOX,
        L(
            [FEED],
            "Chebský kurýr s.r.o.",
            F38,
            "ck2xn5v",
            ["203.0.113.230", "2001:db8:cb::230"],
            ["2001:db8:cb::239"],
            "Jaroslava Pešková",
            "peskova@chebskykuryr.example",
            "+420354430216",
        ),
        databox=box(
            "ck2xn5v", "Chebský kurýr s.r.o.", "nám. Krále Jiřího z Poděbrad 3, 350 02 Cheb"
        ),
        subject="Žádost o přístup k výsledkům voleb",
        attachments=[
            (
                "di-pdf",
                "zadost_CK.pdf",
                {
                    "header": "Chebský kurýr s.r.o.\nnám. Krále Jiřího z Poděbrad 3, 350 02 Cheb · "
                    "IČO " + F38,
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Prostředí", "Protokol", "Adresa"],
                                ["Produkce", "IPv4", "203.0.113.230"],
                                [None, "IPv6", "2001:db8:cb::230"],
                                ["Test", "IPv6", "2001:db8:cb::239"],
                            ],
                            "span": [((0, 1), (0, 2))],
                            "head": True,
                            "widths": [90, 70, 170],
                        },
                        "Kontaktní osoba: Jaroslava Pešková, peskova@chebskykuryr.example, "
                        "tel. 354 430 216",
                        "Jaroslava Pešková, vedoucí redakce",
                    ],
                },
            )
        ],
    ),
    c(
        "di039-polish-english-bilingual-sdt-form",
        "a Polish publisher writes English and fills the bilingual DOCX form in content "
        "controls, both checkbox controls ☒; the 'IČO' control holds a Polish NIP (no IČO)",
        Style.FORM,
        L(
            [FEED, FILM],
            "Gazeta Śląsk Media sp. z o.o.",
            None,
            None,
            ["198.51.100.225"],
            ["198.51.100.226"],
            "Katarzyna Nowicka",
            "k.nowicka@gazetaslask.example",
            "+48322537140",
        ),
        sender="Katarzyna Nowicka <k.nowicka@gazetaslask.example>",
        subject="Application form – election results and filming",
        headers=GMAIL,
        body="Hello,\n\nattached is the filled-in form for access to the results feed and for "
        "filming in Ostrava on election night. Sorry for the English, our Czech is not good "
        "enough for the official form.\n\nBest regards\nKatarzyna Nowicka\nGazeta Śląsk Media sp. "
        "z o.o.\nul. Mickiewicza 29, 40-092 Katowice\n",
        attachments=[
            (
                "di-docx",
                "formular_GSM.docx",
                {
                    "author": "Katarzyna Nowicka",
                    "blocks": [
                        "ŽÁDOST / APPLICATION",
                        {
                            "runs": [
                                ("box", "XML", True),
                                " přístup k XML výsledkům / access to XML results",
                            ]
                        },
                        {
                            "runs": [
                                ("box", "Filming", True),
                                " povolení k natáčení / filming permit",
                            ]
                        },
                        {
                            "rows": [
                                [
                                    "Žadatel / Applicant",
                                    [("sdt", "Applicant", "Gazeta Śląsk Media sp. z o.o.")],
                                ],
                                ["IČO / Company ID", [("sdt", "Company ID", "NIP 6342819377")]],
                                [
                                    "Produkční IP / Production IP",
                                    [("sdt", "Production IP", "198.51.100.225")],
                                ],
                                ["Testovací IP / Test IP", [("sdt", "Test IP", "198.51.100.226")]],
                                [
                                    "Kontaktní osoba / Contact",
                                    [("sdt", "Contact", "Katarzyna Nowicka")],
                                ],
                                ["E-mail", [("sdt", "E-mail", "k.nowicka@gazetaslask.example")]],
                                ["Telefon / Phone", [("sdt", "Phone", "+48 32 253 71 40")]],
                                [
                                    "Natáčení – místo / Filming place",
                                    [("sdt", "Filming place", "ČSÚ Ostrava, Repinova 17")],
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
    c(
        "di040-short-k9-pdf-x-form-test-from-prod",
        "a two-line phone note without diacritics; the PDF has '[x]' feed, '[ ]' filming and "
        "a test line saying they test from the production address",
        Style.FORM,
        L(
            [FEED],
            "Opavský týdeník s.r.o.",
            F40,
            None,
            ["192.0.2.88"],
            [],
            "Kamil Lasák",
            "lasak@opavskytydenik.example",
            "+420553611402",
        ),
        sender="Kamil Lasák <lasak@opavskytydenik.example>",
        subject="zadost volby",
        headers=K9,
        body="posilam zadost v priloze\nK. Lasak\n",
        attachments=[
            (
                "pdf",
                "zadost_OT.pdf",
                [
                    "Opavský týdeník s.r.o. | Horní nám. 40, 746 01 Opava | IČO " + F40,
                    "Žádost o přístup k výsledkům voleb",
                    "[x] přístup k XML výsledkům (dedikovaný server)\n[ ] povolení k natáčení",
                    "Produkční IP adresa: 192.0.2.88\n"
                    "Testovací IP adresa: testovat budeme z produkční adresy",
                    "Kontaktní osoba: Kamil Lasák, tel. 553 611 402, lasak@opavskytydenik.example",
                ],
            )
        ],
    ),
    c(
        "di041-databox-form-and-note-withdraws-feed",
        "data message with a DOCX form ticking ☒ both requests with addresses, and a TXT note "
        "withdrawing the ticked feed (results from a news agency); only filming remains, its "
        "addresses go with the feed",
        Style.DATABOX,
        L(
            [FILM],
            "Děčínské echo s.r.o.",
            F41,
            "de8ck2m",
            [],
            [],
            "Ludmila Vaňková",
            "vankova@decinskeecho.example",
            "+420412519077",
        ),
        databox=box("de8ck2m", "Děčínské echo s.r.o.", "Masarykovo nám. 3, 405 02 Děčín"),
        subject="Žádost – natáčení (viz poznámka)",
        attachments=[
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        "Děčínské echo s.r.o., IČO " + F41,
                        "☒ přístup k výsledkům voleb (XML)",
                        "☒ povolení k natáčení na pracovišti ČSÚ v Ústí nad Labem",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.250"],
                                ["Testovací IP", "203.0.113.251"],
                                [
                                    "Kontakt",
                                    "Ludmila Vaňková, 412 519 077, vankova@decinskeecho.example",
                                ],
                            ]
                        },
                    ]
                },
            ),
            (
                "txt",
                "poznamka.txt",
                "Poznámka k formuláři: přístup k XML, který je ve formuláři zaškrtnutý, rušíme "
                "– výsledky budeme brát od ČTK. Žádáme jen o povolení natáčet.\nL. Vaňková\n",
            ),
        ],
    ),
    c(
        "di042-cover-office-reply-eml-and-new-docx",
        "the cover attaches the office's reply from 2021 as .eml (old addresses, the office's "
        "IČO, box and phone) beside the new DOCX form, which holds this year's addresses",
        Style.COVER,
        L(
            [FEED],
            "Litoměřický zpravodaj s.r.o.",
            F42,
            None,
            ["192.0.2.143"],
            ["192.0.2.147"],
            "Alena Horáková",
            "horakova@litomericky.example",
            "+420416735208",
        ),
        sender="Alena Horáková <horakova@litomericky.example>",
        subject="Žádost o přístup k výsledkům voleb 2025",
        headers=ROUNDCUBE,
        body="Dobrý den,\n\nstejně jako v roce 2021 žádáme o přístup k výsledkům voleb. Pro "
        "orientaci přikládám Vaši tehdejší odpověď (e-mail v příloze); adresy se ale změnily, "
        "platí ty v přiloženém formuláři.\n\nS pozdravem\nAlena Horáková\n"
        "Litoměřický zpravodaj s.r.o.\n",
        attachments=[
            (
                "eml",
                "odpoved_CSU_2021.eml",
                {
                    "id": "di042-inner",
                    "from": "ČSÚ – volby <volby@czso.example>",
                    "to": "horakova@litomericky.example",
                    "subject": "Re: Žádost o přístup k výsledkům voleb",
                    "body": "Vážená paní Horáková,\n\npřístup k výsledkům voleb do Poslanecké "
                    "sněmovny 2021 z adres 192.0.2.140 (produkce) a 192.0.2.149 (test) byl pro "
                    "Litoměřický zpravodaj s.r.o. povolen. Přihlašovací údaje obdržíte "
                    "samostatně.\n\nS pozdravem\nIng. Pavel Novák\nČeský statistický úřad\n"
                    "IČO 00025593, ID DS 2gfaasy\ntel. +420 274 052 733\n",
                },
            ),
            (
                "docx",
                "formular_2025.docx",
                {
                    "blocks": [
                        "Litoměřický zpravodaj s.r.o., Mírové nám. 15, 412 01 Litoměřice, "
                        "IČO " + F42,
                        "☑ přístup k XML výsledkům     ☐ natáčení",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["produkční", "192.0.2.143"],
                                ["testovací", "192.0.2.147"],
                            ]
                        },
                        "Kontaktní osoba: Alena Horáková, horakova@litomericky.example, "
                        "tel. 416 735 208",
                    ]
                },
            ),
        ],
    ),
]
