"""Twenty-fifth held-out part ``sa``, cases sa029–sa042: an RTF letter with role rows, an
S/MIME-signed request for both types, an HTML table with P/T codes, an English freelancer who
only records, ports, versions and an OID around one address, a contact replaced by the sender,
a data message with an XLSX of ano/ne answers, a written range, an HTML-only reply quoting the
office's example address, a colleague as contact with 00420, a DOCX with a nested table and a
page header, an Austrian "live/staging", an English-language newsroom with a backup server and
a data message with a TXT file. Written by hand apart from the extraction rules (see
make_twentyfifth_sa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfifth_sa_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

K29, K30, K31, K33 = ico("2655190"), ico("4712308"), ico("2801477"), ico("2937015")
K34, K35, K36, K37 = ico("2568934"), ico("2840126"), ico("0619385"), ico("2733042")
K38, K39, K41, K42 = ico("2871630"), ico("0570129"), ico("0813547"), ico("2695481")

CASES: list[dict[str, Any]] = [
    {
        "id": "sa029-rtf-letter-role-rows",
        "description": "one-line mail with an RTF letter; a table of hlavní/záložní/testovací "
        "rows, the contact in the letter's closing",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Pražský obvodník, spol. s r. o.",
            K29,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Zuzana Pelikánová",
            "pelikanova@obvodnik.example",
            "+420222518904",
        ),
        "from": "Zuzana Pelikánová <pelikanova@obvodnik.example>",
        "subject": "Žádost - volby XML",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze zasílám žádost. S pozdravem Z. Pelikánová\n",
        "attachments": [
            (
                "rtf",
                "Zadost_CSU_2025.rtf",
                [
                    f"Pražský obvodník, spol. s r. o., Korunní 91, 120 00 Praha 2, IČO {K29}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zřízení přístupu z následujících adres:",
                    [
                        ["Server", "IP adresa"],
                        ["hlavní", "198.51.100.170"],
                        ["záložní", "198.51.100.171"],
                        ["testovací", "198.51.100.175"],
                    ],
                    "Kontaktní osoba: Zuzana Pelikánová, tel. 222 518 904, "
                    "pelikanova@obvodnik.example",
                    "V Praze dne 15. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "sa030-smime-both-types",
        "description": "S/MIME-signed formal Outlook mail asking for the feed and for filming; "
        "the contact is a named manager, the CEO signs, a box ID in the signature",
        "style": Style.LETTER,
        "smime": True,
        "labels": L(
            [FEED, FILM],
            "Nezávislé zpravodajství Morava, a.s.",
            K30,
            "m5k8rtz",
            ["203.0.113.210", "203.0.113.211", "203.0.113.212"],
            ["203.0.113.219"],
            "Stanislav Vrba",
            "vrba@nzmorava.example",
            "+420596118430",
        ),
        "from": '"Mgr. Libor Kučera, MBA" <kucera@nzmorava.example>',
        "subject": "Žádost o přístup k výsledkům voleb a o povolení pořizovat záznam",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            "Nezávislé zpravodajství Morava, a.s., tímto žádá\n"
            "a) o zřízení přístupu k výsledkům voleb ve formátu XML z produkčních adres "
            "203.0.113.210, 203.0.113.211 a 203.0.113.212 a z testovací adresy "
            "203.0.113.219;\n"
            "b) o povolení pořizovat obrazový a zvukový záznam v sídle ČSÚ v Praze v noci "
            "ze 4. na 5. 10. 2025.\n\n"
            "Kontaktní osobou pro obě žádosti je Ing. Stanislav Vrba, manažer provozu, "
            "tel. +420 596 118 430, vrba@nzmorava.example.\n\n"
            "S pozdravem\n\n"
            "Mgr. Libor Kučera, MBA\npředseda představenstva\n"
            "Nezávislé zpravodajství Morava, a.s.\n"
            f"Nádražní 44, 702 00 Ostrava | IČO {K30} | ID DS m5k8rtz\n"
        ),
    },
    {
        "id": "sa031-zimbra-html-p-t-codes",
        "description": "HTML-only Zimbra mail, base64; the role column holds codes P and T "
        "explained in its header",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Severní listy, s.r.o.",
            K31,
            None,
            ["192.0.2.20", "192.0.2.21"],
            ["192.0.2.29"],
            "Pavla Šindelářová",
            "sindelarova@severnilisty.example",
            "+420485112930",
        ),
        "from": "Pavla Šindelářová <sindelarova@severnilisty.example>",
        "subject": "Žádost o přístup – XML výsledky voleb",
        "headers": ZIMBRA,
        "cte": "base64",
        "html": (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; '
            'font-size: 12pt; color: #000000"><div>Dobrý den,</div><div><br></div>'
            f"<div>Severní listy, s.r.o. (IČO {K31}) žádají o přístup k výsledkům voleb "
            "ve formátu XML z těchto adres:</div><div><br></div>"
            '<table border="1" style="border-collapse: collapse; width: 60%;">'
            "<thead><tr><th>#</th><th>IP adresa</th>"
            "<th>Typ (P = produkce, T = test)</th></tr></thead>"
            "<tbody><tr><td>1</td><td>192.0.2.20</td><td>P</td></tr>"
            "<tr><td>2</td><td>192.0.2.21</td><td>P</td></tr>"
            "<tr><td>3</td><td>192.0.2.29</td><td>T</td></tr></tbody></table>"
            "<div><br></div><div>Kontakt: Pavla Šindelářová, 485 112 930</div>"
            "<div><br></div><div>S pozdravem</div><div>Pavla Šindelářová<br>"
            "Severní listy | Moskevská 28, 460 01 Liberec</div></div></body></html>"
        ),
    },
    {
        "id": "sa032-english-freelancer-recording-only",
        "description": "British freelancer, no company, asks only to record interviews and says "
        "the XML feed is not needed; UK mobile, flight and hotel details as noise",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Oliver Pemberton",
            None,
            None,
            [],
            [],
            "Oliver Pemberton",
            "oliver@pembertonreports.example",
            "+447700900418",
        ),
        "from": "Oliver Pemberton <oliver@pembertonreports.example>",
        "subject": "Recording at the counting centre on 4 Oct?",
        "headers": IPHONE,
        "body": (
            "Hi there,\n\n"
            "I'm a freelance radio journalist (no company, just me) filing for a couple of "
            "UK and Irish stations. Would it be possible to record a few short interviews "
            "with your staff at the counting centre in Prague on Saturday 4 October? Audio "
            "only, handheld recorder.\n\n"
            "I don't need access to the XML results feed, thanks - I'll follow the public "
            "website.\n\n"
            "I land on flight OK 631 at 10:40 and stay at the hotel on Vinohradská 120, so "
            "I'm flexible on time.\n\n"
            "Cheers,\nOliver Pemberton\n+44 7700 900418\n\nSent from my iPhone\n"
        ),
    },
    {
        "id": "sa033-ports-versions-oid",
        "description": "chatty tech note: one production address among a port, a TLS version, "
        "an nginx version and an SNMP OID; no test address wanted",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Západní expres s.r.o.",
            K33,
            None,
            ["203.0.113.200"],
            [],
            "Lukáš Fiala",
            "fiala@zapadniexpres.example",
            "+420720318455",
        ),
        "from": "Lukáš Fiala <fiala@zapadniexpres.example>",
        "subject": "XML volby – přístup pro Západní expres",
        "headers": EVOLUTION,
        "body": (
            "Zdravím,\n\n"
            "rádi bychom letos brali výsledky přímo od vás. Stahovat bude jeden stroj, "
            "203.0.113.200 (nginx 1.24.0, TLS 1.3, u nás poslouchá na 8443). Monitorujeme "
            "ho přes SNMP, OID 1.3.6.1.4.1.2021.10, takže kdybyste viděli něco divného, "
            "dejte vědět. Testovací adresu nepotřebujeme.\n\n"
            f"Západní expres s.r.o., IČO {K33}\n"
            "Lukáš Fiala, 720 318 455\n"
        ),
    },
    {
        "id": "sa034-sender-hands-over-contact",
        "description": "the sender says he is leaving and names his colleague as the contact "
        "with her own mail and mobile",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kroměřížské listy s.r.o.",
            K34,
            None,
            ["198.51.100.88"],
            ["198.51.100.89"],
            "Jana Pospíšilová",
            "pospisilova@kmlisty.example",
            "+420737651204",
        ),
        "from": "Petr Hruška <hruska@kmlisty.example>",
        "subject": "Přístup k XML – Kroměřížské listy",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            f"Kroměřížské listy s.r.o. (IČO {K34}) žádají jako každý rok o přístup k "
            "výsledkům voleb v XML. Produkční adresa 198.51.100.88, testovací 198.51.100.89.\n\n"
            "Kontaktní osobou jsem byl dosud já, ale od října v redakci končím, proto prosím "
            "jako kontakt uveďte kolegyni Janu Pospíšilovou, pospisilova@kmlisty.example, "
            "737 651 204.\n\n"
            "Děkuji a na shledanou\nPetr Hruška\n603 228 190\n"
        ),
    },
    {
        "id": "sa035-databox-xlsx-ano-ne",
        "description": "data message with an XLSX: ano/ne answers for both request types on "
        "one sheet, addresses by column on another",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Polabí s.r.o.",
            K35,
            "p2v7ncs",
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.248"],
            "Vendula Marešová",
            "maresova@tvpolabi.example",
            "+420325611872",
        ),
        "subject": "Žádost o přístup k XML výsledkům a o povolení natáčení – údaje v příloze",
        "databox": {
            "box": "p2v7ncs",
            "sender": "TV Polabí s.r.o.",
            "address": "Palackého 301, 290 01 Poděbrady",
        },
        "attachments": [
            (
                "xlsx",
                "TV_Polabi_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "TV Polabí s.r.o."],
                            ["IČO", K35],
                            ["Požadavek", "Ano/Ne"],
                            ["Přístup k výsledkům (XML)", "ano"],
                            ["Natáčení na pracovišti ČSÚ", "ano"],
                            ["Kontaktní osoba", "Vendula Marešová"],
                            ["Telefon", "325 611 872"],
                            ["E-mail", "maresova@tvpolabi.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Produkční", "Testovací"],
                            ["192.0.2.240", "192.0.2.248"],
                            ["192.0.2.241", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "sa036-evolution-written-range",
        "description": "production addresses as a written range with an en dash (three "
        "addresses), one test address, IČO with a space",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Slezská mediální agentura s.r.o.",
            K36,
            None,
            ["198.51.100.90", "198.51.100.91", "198.51.100.92"],
            ["198.51.100.95"],
            "Roman Kuchař",
            "kuchar@sma-opava.example",
            "+420553711460",
        ),
        "from": "Roman Kuchař <kuchar@sma-opava.example>",
        "subject": "žádost o přístup k výsledkům voleb",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "prosím o zřízení přístupu k XML s výsledky pro Slezskou mediální agenturu "
            f"s.r.o., IČO {K36[:4]} {K36[4:]}.\n\n"
            "produkce: rozsah 198.51.100.90–198.51.100.92\n"
            "test: 198.51.100.95\n\n"
            "Roman Kuchař, tel. 553 711 460\n"
        ),
    },
    {
        "id": "sa037-apple-html-reply-office-example",
        "description": "HTML-only Apple Mail reply; the quoted office mail gives an example "
        "address and its own phone, the answer gives an IPv6 test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kutnohorský měsíčník s.r.o.",
            K37,
            None,
            ["198.51.100.44"],
            ["2001:db8:77::44"],
            "Barbora Holubová",
            "holubova@khmesicnik.example",
            "+420327512648",
        ),
        "from": "Barbora Holubová <holubova@khmesicnik.example>",
        "subject": "Re: Vaše žádost – chybí rozlišení adres",
        "headers": APPLE,
        "html": (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>omlouvám se, tady je to rozlišené: produkční je 198.51.100.44, testovací "
            "2001:db8:77::44 (test jede jen přes IPv6).</div><div><br></div>"
            f"<div>Kutnohorský měsíčník s.r.o., IČO {K37}</div>"
            "<div>Barbora Holubová, 327 512 648</div><div><br></div>"
            '<div><blockquote type="cite"><div>17. 9. 2025 v 13:05, Podatelna ČSÚ '
            "&lt;podatelna@czso.cz&gt;:</div><br>"
            "<div>Dobrý den,<br>u obou adres ve Vaší žádosti chybí určení, která je "
            "produkční a která testovací. Uveďte je prosím ve tvaru „produkční: "
            "192.0.2.1, testovací: 192.0.2.2“.<br><br>Oddělení volebních informací ČSÚ, "
            "tel. 274 052 733</div></blockquote></div>"
            "</body></html>"
        ),
    },
    {
        "id": "sa038-k9-colleague-contact-00420",
        "description": "phone-typed mail sent for a colleague who is the contact; his phone "
        "written with 00420, the sender's own number in the signature",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zlínský večerník s.r.o.",
            K38,
            None,
            ["192.0.2.150"],
            [],
            "Lukáš Dostál",
            "dostal@zlinskyvecernik.example",
            "+420728310655",
        ),
        "from": "Irena Machálková <machalkova@zlinskyvecernik.example>",
        "subject": "Re: volby xml",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n"
            f"posilam za Zlínský večerník s.r.o. (ico {K38}) zadost o pristup k xml "
            "vysledkum. Adresa serveru 192.0.2.150, test nemame.\n"
            "Kontakt je kolega Lukáš Dostál, 00420 728 310 655, dostal@zlinskyvecernik.example\n"
            "Diky Machalkova\n"
            "tel 604 117 382\n"
        ),
    },
    {
        "id": "sa039-docx-nested-table-header",
        "description": "Gmail note with a DOCX: the page header carries name and IČO, the "
        "addresses in a table nested in the 'IP adresy' cell",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Královéhradecký rozhlas, spolek",
            K39,
            None,
            ["203.0.113.230", "203.0.113.231"],
            ["203.0.113.238"],
            "Tadeáš Musil",
            "musil@khrozhlas.example",
            "+420495177302",
        ),
        "from": "Tadeáš Musil <musil@khrozhlas.example>",
        "subject": "Žádost o přístup k výsledkům voleb (příloha)",
        "headers": GMAIL,
        "body": "Dobrý den,\nžádost je v příloze.\nDěkuji\nTadeáš Musil\n",
        "attachments": [
            (
                "docx",
                "zadost_KHR.docx",
                {
                    "header": f"Královéhradecký rozhlas, spolek · IČO {K39}",
                    "footer": "Ulrichovo náměstí 810, 500 02 Hradec Králové · khrozhlas.example",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Žadatel", "Královéhradecký rozhlas, spolek"],
                                ["IP adresy", ""],
                                [
                                    "Kontakt",
                                    "Tadeáš Musil, 495 177 302, musil@khrozhlas.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "testovací"],
                                        ["203.0.113.230", "203.0.113.238"],
                                        ["203.0.113.231", ""],
                                    ]
                                }
                            },
                        },
                        "V Hradci Králové 18. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "sa040-austrian-live-staging",
        "description": "Austrian publisher writing English: 'live' and 'staging' servers, an "
        "Austrian company register number, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donau Rundschau Medien GmbH",
            None,
            None,
            ["192.0.2.55"],
            ["192.0.2.56"],
            "Florian Gruber",
            "f.gruber@donaurundschau.example",
            "+436642187305",
        ),
        "from": "Florian Gruber <f.gruber@donaurundschau.example>",
        "subject": "XML feed election results - Donau Rundschau",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Hello,\n\n"
            "we are an Austrian regional news publisher and would like to show the Czech "
            "election results live on our site. Our live server is 192.0.2.55, the staging \n"
            "server is 192.0.2.56.\n\n"
            "Donau Rundschau Medien GmbH, FN 412873 k, Landesgericht Linz.\n"
            "Contact: Florian Gruber, +43 664 2187305.\n\n"
            "Best regards\nFlorian Gruber\n"
        ),
    },
    {
        "id": "sa041-english-newsroom-backup",
        "description": "Prague English-language newsroom: primary, backup (production) and test "
        "servers, 'Company ID (IČO)', a Czech mobile written with dashes",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Prague Ledger s.r.o.",
            K41,
            None,
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.105"],
            "Daniel O'Connor",
            "daniel.oconnor@pragueledger.example",
            "+420776204913",
        ),
        "from": "Daniel O'Connor <daniel.oconnor@pragueledger.example>",
        "subject": "Election results XML access - Prague Ledger",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Prague Ledger s.r.o. would like to request access to the election results in "
            "XML.\n\n"
            "Primary server: 203.0.113.100\nBackup server: 203.0.113.101\n"
            "Test server: 203.0.113.105\n\n"
            "Thank you,\n\n"
            "Daniel O'Connor\nData Editor\n"
            "776-204-913\n\n"
            "Prague Ledger s.r.o.\n"
            f"Company ID (IČO): {K41}\n"
            "Editor-in-chief: Kateřina Malá, +420 224 330 110\n"
            "Newsroom: news@pragueledger.example\n"
        ),
    },
    {
        "id": "sa042-databox-txt-file",
        "description": "data message whose annotation points to a plain-text file; the file "
        "lists addresses and a signature with two people, the first named the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Beskydy Jih, s.r.o.",
            K42,
            "t8m3hvq",
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.169"],
            "Ladislav Kubiczek",
            "kubiczek@radiobeskydy.example",
            "+420558640271",
        ),
        "subject": "Viz příloha – žádost o přístup k XML výsledkům voleb",
        "databox": {
            "box": "t8m3hvq",
            "sender": "Rádio Beskydy Jih, s.r.o.",
            "address": "Revoluční 17, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Žádost o přístup k výsledkům voleb ve formátu XML\n\n"
                f"Žadatel: Rádio Beskydy Jih, s.r.o., IČO {K42}\n"
                "Produkční IP: 192.0.2.160, 192.0.2.161\n"
                "Testovací IP: 192.0.2.169\n"
                "Kontaktní osoba: Ladislav Kubiczek\n\n"
                "Ladislav Kubiczek, technik, 558 640 271, kubiczek@radiobeskydy.example\n"
                "Monika Sikorová, jednatelka, 558 640 200\n",
            )
        ],
    },
]
