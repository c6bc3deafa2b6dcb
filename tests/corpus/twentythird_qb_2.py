"""Twentythird held-out part ``qb``, cases qb015–qb028: data messages (a recording request only in
the annotation, an XLSX with an old address to drop, annotation and RTF together, a town's
DOCX letter, an ODT with the office's own identifiers), a cover note that adds a request the
DOCX form left unticked and one that withdraws a ticked one, a freelancer's ODT sent with an
empty body, a netmask and a version number in a PDF, the office's request for more details
forwarded as .eml, an HTML-only form, a DOCX with its identifiers in the footer, German, and
two versions of one application attached together. Written by hand apart from the extraction
rules (see make_twentythird_qb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentythird_qb_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    OFFICE_ADDRESSEE,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2591844"), ico("2817406"), ico("7302519"), ico("2605173")
I19, I20, I21, I22 = ico("2938471"), ico("0571936"), ico("2743108"), ico("2649215")
I23, I24, I25, I27 = ico("4527390"), ico("0028734"), ico("0701468"), ico("2580392")
I28 = ico("2265197")

CASES: list[dict[str, Any]] = [
    {
        "id": "qb015-databox-annotation-recording-only",
        "description": "data message: the recording request and its contact only in the "
        "annotation, which also declines the feed; the PDF is a crew list",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Televize Praděd s.r.o.",
            I15,
            "c6vd3hs",
            [],
            [],
            "Lenka Šťastná",
            None,
            "+420733602185",
        ),
        "subject": "Žádost o povolení natáčení ve volební noc na sběrném místě ČSÚ Olomouc "
        "(2 osoby, seznam v příloze). Kontakt: Lenka Šťastná, 733 602 185. Přístup k XML "
        "nepožadujeme.",
        "databox": {
            "box": "c6vd3hs",
            "sender": "Televize Praděd s.r.o.",
            "address": "Lipovská 1120, 790 01 Jeseník",
        },
        "attachments": [
            (
                "pdf",
                "seznam_stabu.pdf",
                [
                    f"Televize Praděd s.r.o., Lipovská 1120, 790 01 Jeseník, IČO {I15}",
                    "Seznam osob – natáčení volební noc 3./4. 10. 2025",
                    {
                        "rows": [
                            ["Jméno a příjmení", "Funkce", "Č. OP"],
                            ["Lenka Šťastná", "redaktorka", "204518337"],
                            ["Tomáš Gregor", "kameraman", "211904562"],
                        ],
                        "widths": [140, 100, 100],
                    },
                ],
            )
        ],
    },
    {
        "id": "qb016-cover-adds-unticked-recording",
        "description": "DOCX form with ☑ feed and ☐ recording; the cover mail says the box "
        "was left unticked by mistake and asks for recording too",
        "style": Style.AMENDING_COVER,
        "labels": L(
            [FEED, FILM],
            "Plzeňský kurýr s.r.o.",
            I16,
            None,
            ["192.0.2.170"],
            ["192.0.2.171"],
            "Marek Houdek",
            "houdek@plzenskykuryr.example",
            "+420777083914",
        ),
        "from": "Marek Houdek <houdek@plzenskykuryr.example>",
        "subject": "žádost + natáčení",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "posílám formulář. Zapomněl jsem v něm zaškrtnout natáčení – chceme i to, "
            "přijde redaktorka s kameramanem na sběrné místo v Plzni, jména doplním, "
            "pokud budete potřebovat.\n\n"
            "Díky, Marek Houdek\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_PK.docx",
                {
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI MÉDIA – VOLBY 2025",
                        "☑ Přístup k průběžným výsledkům ve formátu XML",
                        "☐ Povolení pořizovat záznam na sběrném místě",
                        {
                            "rows": [
                                ["Žadatel", "Plzeňský kurýr s.r.o."],
                                ["IČO", I16],
                                ["Produkční IP", "192.0.2.170"],
                                ["Testovací IP", "192.0.2.171"],
                                ["Kontaktní osoba", "Marek Houdek"],
                                ["Telefon", "777 083 914"],
                                ["E-mail", "houdek@plzenskykuryr.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "qb017-empty-body-odt-freelancer-ipv6",
        "description": "empty body from webmail, ODT letter of a freelancer with an IČO: one "
        "IPv6 production address written uncompressed, no test address",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Ondřej Ryba",
            I17,
            None,
            ["2001:db8:4a::10"],
            [],
            "Ondřej Ryba",
            "ondra.ryba@fotoryba.example",
            "+420608915327",
        ),
        "from": "Ondřej Ryba <ondra.ryba@fotoryba.example>",
        "subject": "zadost volby XML",
        "headers": SEZNAM,
        "body": "",
        "attachments": [
            (
                "odt",
                "zadost_Ryba.odt",
                [
                    "Ondřej Ryba",
                    f"Lidická 27, 602 00 Brno · IČO {I17} · tel. 608 915 327",
                    OFFICE_ADDRESSEE,
                    "V Brně 14. září 2025",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Dobrý den,",
                    "jsem fotograf a kameraman na volné noze a pro několik regionálních "
                    "webů zpracovávám volební zpravodajství. Žádám o přístup k serveru "
                    "s výsledky ve formátu XML z této adresy mého serveru:",
                    "2001:0db8:004a:0000:0000:0000:0000:0010",
                    "Testovací adresu nemám, budu testovat přímo z uvedeného serveru.",
                    "Kontakt: ondra.ryba@fotoryba.example, 608 915 327.",
                    "Děkuji, Ondřej Ryba",
                ],
            )
        ],
    },
    {
        "id": "qb018-databox-file-xlsx-old-address",
        "description": "data message 'žádost dle přílohy', XLSX with a role column and an old "
        "production address marked for removal, contact on a second sheet",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Vysočina Press a.s.",
            I18,
            "x9pm4ce",
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.149"],
            "Hynek Procházka",
            "prochazka@vysocinapress.example",
            "+420567118240",
        ),
        "subject": "Žádost dle přílohy",
        "databox": {
            "box": "x9pm4ce",
            "sender": "Vysočina Press a.s.",
            "address": "Masarykovo nám. 40, 586 01 Jihlava",
        },
        "attachments": [
            (
                "xlsx",
                "VP_IP_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Vysočina Press a.s.", None, f"IČO {I18}"],
                            ["Žádost o přístup k výsledkům voleb (XML)", None, None],
                            ["Typ", "IP adresa", "Poznámka"],
                            ["produkční", "192.0.2.140", ""],
                            ["produkční", "192.0.2.141", "nová, nahrazuje .131"],
                            ["produkční", "192.0.2.131", "STARÁ – již nepoužíváme, zrušit"],
                            ["testovací", "192.0.2.149", ""],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Kontaktní osoba", "Hynek Procházka"],
                            ["Funkce", "vedoucí IT"],
                            ["Telefon", "+420 567 118 240"],
                            ["E-mail", "prochazka@vysocinapress.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "qb019-pdf-netmask-and-version",
        "description": "base64 mail with a PDF: a production address with a netmask (four "
        "addresses), a dotted parser version, no test address",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Ostravský večerník s.r.o.",
            I19,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            [],
            "Kamil Štěrba",
            "sterba@ostravskyvecernik.example",
            "+420596780314",
        ),
        "from": "Kamil Štěrba <sterba@ostravskyvecernik.example>",
        "subject": "Přístup k XML – Ostravský večerník",
        "headers": EVOLUTION,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám technickou specifikaci k žádosti o přístup k výsledkům "
            "voleb. Kdyby něco chybělo, ozvěte se mi na 596 780 314.\n\n"
            "Kamil Štěrba\nOstravský večerník s.r.o.\n"
        ),
        "attachments": [
            (
                "pdf",
                "specifikace_pristup.pdf",
                [
                    f"Ostravský večerník s.r.o. · 28. října 150, 702 00 Ostrava · IČO {I19}",
                    "Žádost o přístup k průběžným výsledkům voleb – technická specifikace",
                    {
                        "rows": [
                            ["Položka", "Hodnota"],
                            [
                                "Produkční síť",
                                "198.51.100.64 s maskou 255.255.255.252 (celý blok, NAT "
                                "redakčního systému)",
                            ],
                            ["Testovací prostředí", "nemáme – test proběhne z produkce"],
                            ["Parser XML", "interní, verze 3.2.0.1"],
                            ["Kontaktní osoba", "Kamil Štěrba, technický redaktor"],
                            ["Telefon", "596 780 314"],
                        ],
                        "widths": [110, 200],
                    },
                ],
            )
        ],
    },
    {
        "id": "qb020-forwarded-office-request-for-details",
        "description": "the applicant forwards the office's request for more details as .eml "
        "(it quotes the original application) and adds a test address and a new contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Obzor Morava s.r.o.",
            I20,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.99"],
            "Adéla Vondrová",
            "vondrova@obzormorava.example",
            "+420736004812",
        ),
        "from": "Jana Pekárková <pekarkova@obzormorava.example>",
        "subject": "Fw: Výzva k doplnění žádosti – přístup k výsledkům voleb",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "k Vaší výzvě (přeposílám ji v příloze) doplňuji:\n"
            "- testovací IP: 203.0.113.99\n"
            "- kontaktní osobou bude kolegyně Adéla Vondrová, 736 004 812, "
            "vondrova@obzormorava.example\n\n"
            "Ostatní údaje platí podle naší původní žádosti, kterou máte citovanou ve své "
            "zprávě.\n\n"
            "S pozdravem\nJana Pekárková\nObzor Morava s.r.o.\n"
        ),
        "attachments": [
            (
                "eml",
                "Výzva k doplnění žádosti.eml",
                {
                    "id": "qb020-inner",
                    "from": "Český statistický úřad <podatelna@czso.cz>",
                    "to": "pekarkova@obzormorava.example",
                    "subject": "Výzva k doplnění žádosti – přístup k výsledkům voleb",
                    "headers": OWA,
                    "body": (
                        "Dobrý den,\n\n"
                        "ve Vaší žádosti ze dne 8. 9. 2025 chybí kontaktní osoba s telefonem. "
                        "Testovací adresu uveďte, pokud ji máte. Doplnění zašlete do "
                        "19. 9. 2025.\n\n"
                        "Český statistický úřad, podatelna\n"
                        "Na padesátém 81, 100 82 Praha 10, IČO 00025593, DS 2gfaasy\n"
                        "tel. 274 052 733\n\n"
                        "-----Původní zpráva-----\n"
                        "Od: Jana Pekárková <pekarkova@obzormorava.example>\n"
                        "Odesláno: pondělí 8. září 2025 9:12\n"
                        "Předmět: Žádost o přístup k výsledkům voleb\n\n"
                        f"Obzor Morava s.r.o., IČO {I20}, žádá o přístup k výsledkům voleb "
                        "ve formátu XML. Produkční IP: 203.0.113.90 a 203.0.113.91.\n"
                        "Jana Pekárková\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "qb021-databox-both-rtf-letter",
        "description": "data message with the addresses in the annotation and again in the "
        "RTF letter, which alone names the contact (a technician, not the signer)",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Rádio Labe Litoměřice s.r.o.",
            I21,
            "r8kq2ju",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Vojtěch Sýkora",
            "sykora@radiolabe.example",
            "+420416731552",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb – produkce 192.0.2.90, test "
        "192.0.2.91 (podrobnosti v příloze)",
        "databox": {
            "box": "r8kq2ju",
            "sender": "Rádio Labe Litoměřice s.r.o.",
            "address": "Mírové nám. 9, 412 01 Litoměřice",
        },
        "attachments": [
            (
                "rtf",
                "zadost_RadioLabe.rtf",
                [
                    f"Rádio Labe Litoměřice s.r.o.\nMírové nám. 9, 412 01 Litoměřice\nIČO {I21}",
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Žádáme o zřízení přístupu k serveru s průběžnými výsledky ve formátu XML:",
                    [
                        ["Produkční", "192.0.2.90"],
                        ["Testovací", "192.0.2.91"],
                    ],
                    "Technické záležitosti vyřizuje náš technik Vojtěch Sýkora, tel. "
                    "416 731 552, e-mail sykora@radiolabe.example, který je kontaktní osobou.",
                    "Ing. Pavla Trnková\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "qb022-cover-withdraws-ticked-recording",
        "description": "PDF form ticks both requests; the cover mail withdraws the recording "
        "(the cameraman is ill)",
        "style": Style.AMENDING_COVER,
        "labels": L(
            [FEED],
            "Mladoboleslavské listy s.r.o.",
            I22,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.159"],
            "Simona Kafková",
            "kafkova@mblisty.example",
            "+420602871446",
        ),
        "from": "Simona Kafková <kafkova@mblisty.example>",
        "subject": "Formulář volby – Mladoboleslavské listy",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den, posílám formulář. Jen aktualizace: natáčení, které je ve formuláři "
            "zaškrtnuté, prosím škrtněte – kameraman onemocněl a nikoho jiného nemáme. "
            "Zůstává jen přístup k datům.\n"
            "Děkuji, S. Kafková\n\n"
            "Odesláno z mého Galaxy\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_MBL.pdf",
                [
                    "FORMULÁŘ – ŽÁDOST MÉDIA",
                    "☒ přístup k výsledkům ve formátu XML\n"
                    "☒ povolení pořizovat záznam na sběrném místě",
                    {
                        "rows": [
                            ["Název žadatele", "Mladoboleslavské listy s.r.o."],
                            ["IČO", I22],
                            ["Produkční IP", "198.51.100.150, 198.51.100.151"],
                            ["Testovací IP", "198.51.100.159"],
                            ["Kontaktní osoba", "Simona Kafková"],
                            ["Telefon / e-mail", "602 871 446 / kafkova@mblisty.example"],
                        ],
                        "widths": [130, 230],
                    },
                    "Štáb pro natáčení: Lukáš Beneš (kamera), Simona Kafková (redakce)",
                ],
            )
        ],
    },
    {
        "id": "qb023-html-only-form-ano-ne",
        "description": "HTML-only mail: a form table with ✔ in Ano/Ne columns (both yes) and a "
        "second table with row headers hlavní/záložní/testovací",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Nakladatelství Krušnohor, spol. s r.o.",
            I23,
            None,
            ["203.0.113.230", "203.0.113.231"],
            ["203.0.113.235"],
            "Dagmar Horáková",
            "horakova@krusnohor.example",
            "+420474620193",
        ),
        "from": "Dagmar Horáková <horakova@krusnohor.example>",
        "subject": "Žádost – výsledky voleb a natáčení",
        "headers": OWA,
        "html": (
            '<html><body style="font-family:Segoe UI,sans-serif;font-size:10pt">'
            "<p>Dobrý den,</p><p>za Nakladatelství Krušnohor, spol. s r.o. (IČO "
            f"{I23[:4]} {I23[4:]}) podávám žádost:</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Služba</th><th>Ano</th><th>Ne</th></tr>"
            "<tr><td>Přístup k výsledkům voleb ve formátu XML</td><td>✔</td><td></td></tr>"
            "<tr><td>Natáčení na sběrném místě (Chomutov)</td><td>✔</td><td></td></tr>"
            "</table><p>IP adresy:</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            '<tr><th align="left">Hlavní server</th><td>203.0.113.230</td></tr>'
            '<tr><th align="left">Záložní server</th><td>203.0.113.231</td></tr>'
            '<tr><th align="left">Testovací server</th><td>203.0.113.235</td></tr>'
            "</table>"
            "<p>Kontaktní osoba jsem já.</p>"
            "<p>S pozdravem<br><b>Dagmar Horáková</b><br>vedoucí redakce Krušnohorského "
            "týdeníku<br>tel. 474 620 193<br>Nakladatelství Krušnohor, spol. s r.o., "
            "Husova 5, 430 01 Chomutov</p></body></html>"
        ),
    },
    {
        "id": "qb024-databox-both-town-docx",
        "description": "a market town's data message: both requests in the annotation, the "
        "DOCX letter addressed to the office with its IČO and box; no test address",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Městys Kraslovice",
            I24,
            "f3hw7ny",
            ["198.51.100.240"],
            [],
            "Josef Vacek",
            "vacek@kraslovice.example",
            "+420725318662",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení pro "
        "obecní televizi",
        "databox": {
            "box": "f3hw7ny",
            "sender": "Městys Kraslovice",
            "address": "Náměstí 1, 398 11 Kraslovice",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_mestys.docx",
                {
                    "header": "MĚSTYS KRASLOVICE · Náměstí 1 · 398 11 Kraslovice",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                        "IČO 00025593 · ID datové schránky 2gfaasy",
                        "Č. j.: KRA-0912/2025",
                        "Věc: žádost o přístup k výsledkům voleb a povolení natáčení",
                        "Městys provozuje obecní kabelovou televizi a web. Žádáme:",
                        "a) o přístup k výsledkům ve formátu XML – produkční IP adresa "
                        "198.51.100.240, testovací adresu nemáme;",
                        "b) o povolení natáčení na sběrném místě v Písku pro dva pracovníky "
                        "obecní televize.",
                        "Kontaktní osoba: Josef Vacek, správce webu, 725 318 662, "
                        "vacek@kraslovice.example",
                        f"Mgr. Libor Šafránek, starosta\nIČO {I24} · ID DS f3hw7ny",
                    ],
                },
            )
        ],
    },
    {
        "id": "qb025-docx-footer-ids-p-t-legend",
        "description": "the IČO and data box only in the DOCX footer; roles in a one-letter "
        "column with a legend (P = produkční, T = testovací)",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Severní Morava Online s.r.o.",
            I25,
            "v2jd8rb",
            ["192.0.2.21", "192.0.2.22", "192.0.2.23"],
            ["192.0.2.28"],
            "Richard Pospíšil",
            "pospisil@smonline.example",
            "+420603550871",
        ),
        "from": "Richard Pospíšil <pospisil@smonline.example>",
        "subject": "SMO – žádost o XML",
        "headers": TBIRD,
        "body": "Dobrý den,\nviz příloha.\nR. Pospíšil\n",
        "attachments": [
            (
                "docx",
                "SMO_zadost.docx",
                {
                    "footer": f"Severní Morava Online s.r.o. | IČO {I25} | DS v2jd8rb | "
                    "www.smonline.example",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o zřízení přístupu z následujících adres "
                        "(P = produkční, T = testovací):",
                        {
                            "rows": [
                                ["IP adresa", "P/T"],
                                ["192.0.2.21", "P"],
                                ["192.0.2.22", "P"],
                                ["192.0.2.23", "P"],
                                ["192.0.2.28", "T"],
                            ]
                        },
                        "Kontakt: Richard Pospíšil, +420 603 550 871, pospisil@smonline.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "qb026-german-pdf-recording-only",
        "description": "German cover and PDF: filming permit only, the XML feed declined; "
        "the letter names a production manager as the contact, not the sender",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Elbtal Bild & Ton GmbH",
            None,
            None,
            [],
            [],
            "Sabine Krauß",
            "krauss@elbtal-bildton.example",
            "+491725304418",
        ),
        "from": "Jörg Niedermeier <niedermeier@elbtal-bildton.example>",
        "subject": "Antrag auf Drehgenehmigung – Wahlnacht 2025",
        "headers": APPLE,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unseren Antrag auf eine Drehgenehmigung für die Wahlnacht. "
            "Für Rückfragen wenden Sie sich bitte an Frau Krauß (Kontaktdaten im Antrag).\n\n"
            "Mit freundlichen Grüßen\nJörg Niedermeier\nGeschäftsführer\n"
            "Elbtal Bild & Ton GmbH, Dresden\nTel. +49 351 4821 7730\n"
        ),
        "attachments": [
            (
                "pdf",
                "Antrag_Drehgenehmigung_CZSO.pdf",
                [
                    "Elbtal Bild & Ton GmbH · Königsbrücker Str. 96 · 01099 Dresden · "
                    "HRB 38811 · USt-IdNr. DE 298 441 725",
                    "Antrag auf Drehgenehmigung",
                    "Wir produzieren eine Reportage über die Parlamentswahl in Tschechien und "
                    "bitten um die Genehmigung, am 3. Oktober 2025 ab 21 Uhr an der "
                    "Sammelstelle des ČSÚ in Ústí nad Labem zu drehen (Team: 3 Personen).",
                    "Einen Zugang zu den XML-Daten benötigen wir nicht.",
                    "Ansprechpartnerin: Sabine Krauß, Produktionsleitung, "
                    "+49 172 530 4418, krauss@elbtal-bildton.example",
                ],
            )
        ],
    },
    {
        "id": "qb027-two-versions-second-valid",
        "description": "two versions attached: the cover says version 2 (PDF) holds and "
        "version 1 (DOCX) is only for comparison; addresses and contact changed",
        "style": Style.AMENDING_COVER,
        "labels": L(
            [FEED],
            "Slovácké noviny s.r.o.",
            I27,
            None,
            ["203.0.113.12", "203.0.113.13"],
            ["203.0.113.14"],
            "Lubomír Zapletal",
            "zapletal@slovackenoviny.example",
            "+420731442086",
        ),
        "from": "Redakce Slovácké noviny <redakce@slovackenoviny.example>",
        "subject": "Žádost o přístup – OPRAVA (verze 2)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, včera jsem Vám poslal starou verzi žádosti. Platí přiložená verze 2 "
            "(PDF). Pro jistotu přikládám i verzi 1 (DOCX), ať vidíte rozdíl – změnily se IP "
            "adresy i kontaktní osoba.\n\n"
            "S pozdravem\nredakce Slovácké noviny\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_v2.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB – verze 2",
                    f"Slovácké noviny s.r.o., Masarykovo nám. 3, 686 01 Uherské Hradiště, "
                    f"IČO {I27}",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.12\n203.0.113.13"],
                            ["Testovací IP", "203.0.113.14"],
                            ["Kontaktní osoba", "Lubomír Zapletal"],
                            ["Telefon", "731 442 086"],
                            ["E-mail", "zapletal@slovackenoviny.example"],
                        ],
                        "widths": [120, 200],
                    },
                ],
            ),
            (
                "docx",
                "zadost_v1.docx",
                {
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                        f"Slovácké noviny s.r.o., IČO {I27}",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.10"],
                                ["Testovací IP", "203.0.113.11"],
                                ["Kontaktní osoba", "Jiří Hanák"],
                                ["Telefon", "604 117 385"],
                                ["E-mail", "hanak@slovackenoviny.example"],
                            ]
                        },
                    ]
                },
            ),
        ],
    },
    {
        "id": "qb028-databox-file-odt-club",
        "description": "data message with a one-word annotation; the ODT letter carries the "
        "office's IČO and box in its heading, the applicant's in the signature; hlavní/"
        "zkušební",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Hlas Brd, z. s.",
            I28,
            "g5tn2wa",
            ["203.0.113.45"],
            ["203.0.113.46"],
            "Věra Kořínková",
            "korinkova@hlasbrd.example",
            "+420318624077",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "g5tn2wa",
            "sender": "Hlas Brd, z. s.",
            "address": "Pražská 212, 261 01 Příbram",
        },
        "attachments": [
            (
                "odt",
                "zadost_HlasBrd.odt",
                [
                    "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10, "
                    "IČO 00025593, ID datové schránky 2gfaasy",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení pořízení záznamu",
                    "Spolek Hlas Brd vydává regionální internetové noviny. Žádáme o přístup "
                    "k výsledkům voleb ve formátu XML a zároveň o povolení pořídit "
                    "fotografie a krátký videozáznam na sběrném místě v Příbrami.",
                    [
                        ["Server", "IP adresa"],
                        ["hlavní", "203.0.113.45"],
                        ["zkušební", "203.0.113.46"],
                    ],
                    "V Příbrami dne 17. 9. 2025",
                    "Věra Kořínková, předsedkyně spolku",
                    f"Hlas Brd, z. s., IČO {I28}, ID DS g5tn2wa",
                    "tel. 318 624 077, korinkova@hlasbrd.example",
                ],
            )
        ],
    },
]
