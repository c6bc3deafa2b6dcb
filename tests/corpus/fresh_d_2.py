"""Third-round held-out cases d015–d028: more attached letters and forms, struck-out and
ticked options, yes/no columns, a withdrawal, filming requests and data-box messages.
Labelled by hand from the text (tests/corpus/LABELS.md)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fresh_d_common import FEED, REC, Style
from tests.corpus.label_rules import label as labels

D015: dict[str, Any] = {
    "id": "d015-databox-slovak-rtf",
    "description": "data message from a Prague company writing in Slovak, the application in "
    "an RTF table ('ostrá prevádzka' rows, 'testovanie: nežiadame'); an external "
    "administrator is named as the contact, the editor signs",
    "style": Style.SLOVAK,
    "databox": {
        "box": "bq4tn7s",
        "sender": "Týždeník Most s.r.o.",
        "address": "Vinohradská 1511/230, 100 00 Praha 10",
    },
    "subject": "Žiadosť o prístup k XML serveru – Týždeník Most",
    "attachments": [
        (
            "rtf",
            "ziadost.rtf",
            [
                "Týždeník Most s.r.o.\nVinohradská 1511/230, 100 00 Praha 10\nIČO: 05938121",
                "Vec: Žiadosť o pridelenie prístupu k XML serveru ČSÚ",
                "Dobrý deň,\nsme slovensko-český týždenník so sídlom v Prahe. Na náš web chceme "
                "počas volieb preberať priebežné výsledky. Žiadame o povolenie prístupu z "
                "týchto IP adries:",
                [
                    ["ostrá prevádzka", "198.51.100.222"],
                    ["ostrá prevádzka", "198.51.100.223"],
                    ["testovanie", "nežiadame"],
                ],
                "Technické otázky rieši náš externý správca Marek Baláž, ktorého prosíme "
                "kontaktovať: marek.balaz@tyzdenikmost.example, mobil +421 905 618 077.",
                "S pozdravom\nMgr. Veronika Kováčová\nšéfredaktorka",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Týždeník Most s.r.o.", "05938121", "bq4tn7s"),
        ["198.51.100.222", "198.51.100.223"],
        [],
        ("Marek Baláž", "marek.balaz@tyzdenikmost.example", "+421905618077"),
    ),
}

D016: dict[str, Any] = {
    "id": "d016-plain-form-no-diacritics",
    "description": "a form retyped into a plain ASCII mail without diacritics: (X) and ( ) "
    "before the request types, numbered address lists, phone with 00420",
    "style": Style.NO_DIACRITICS,
    "from": "Filip Urban <filip.urban@zlinskenoviny.example>",
    "subject": "ZADOST - volby - pristup k datum",
    "charset": "us-ascii",
    "cte": "7bit",
    "body": """Dobry den,

vyplneny formular posilam primo do mailu, Word mi nejde otevrit.

--- ZADOST ---
Zadatel: Zlinske noviny, spol. s r.o.
ICO: 28115741
Sidlo: trida Tomase Bati 1275, 760 01 Zlin

Predmet zadosti:
(X) pristup k vyhrazenemu serveru s vysledky (XML)
( ) povoleni porizovat zaznam na prebiracim miste

IP adresy - ostry provoz:
 1. 192.0.2.17
 2. 192.0.2.18
 3. 192.0.2.19
IP adresy - test:
 1. 192.0.2.240

Kontakt: Filip Urban, tel. 00420 777 215 904, filip.urban@zlinskenoviny.example
--- KONEC ---

Filip Urban
""",
    "labels": labels(
        [FEED],
        ("Zlinske noviny, spol. s r.o.", "28115741", None),
        ["192.0.2.17", "192.0.2.18", "192.0.2.19"],
        ["192.0.2.240"],
        ("Filip Urban", "filip.urban@zlinskenoviny.example", "+420777215904"),
    ),
}

D017: dict[str, Any] = {
    "id": "d017-html-struck-option-abbrev",
    "description": "HTML-only mail: the recording option struck through with <del>, an "
    "address table with PROD/TEST and 'DR (záložní lokalita)', which is production",
    "style": Style.STRUCK,
    "from": "Šárka Vlčková <vlckova@metropolbrno.example>",
    "subject": "Vyhrazené připojení – Metropol Brno",
    "html": """<div dir="ltr"><div>Dobrý den,</div>
<div>ve formuláři z vašeho webu jsme nehodící se škrtli:</div>
<div><br></div>
<div>Žádáme o: <del>povolení k natáčení na přebíracím místě</del> / vyhrazené připojení
k XML serveru</div>
<div><br></div>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tbody>
<tr><th>Typ</th><th>Adresa</th></tr>
<tr><td>PROD</td><td>203.0.113.60</td></tr>
<tr><td>PROD</td><td>203.0.113.61</td></tr>
<tr><td>DR (záložní lokalita)</td><td>198.51.100.160</td></tr>
<tr><td>TEST</td><td>203.0.113.99</td></tr>
</tbody></table>
<div><br></div>
<div>Žadatel: Metropol Brno s.r.o., IČO 06842135, Kobližná 19, 602 00 Brno<br>
Kontakt: Šárka Vlčková, produkce online, +420 542 213 908, vlckova@metropolbrno.example</div>
<div><br></div>
<div>Děkuji,<br>Šárka Vlčková</div></div>
""",
    "labels": labels(
        [FEED],
        ("Metropol Brno s.r.o.", "06842135", None),
        ["203.0.113.60", "203.0.113.61", "198.51.100.160"],
        ["203.0.113.99"],
        ("Šárka Vlčková", "vlckova@metropolbrno.example", "+420542213908"),
    ),
}

D018: dict[str, Any] = {
    "id": "d018-docx-nested-footer-box",
    "description": "DOCX: the technical data as a table nested in the outer form's cell, the "
    "company's IČO and data-box ID only in the page footer",
    "style": Style.DOCX,
    "from": "Radka Vojtíšková <vojtiskova@ceskolipsky.example>",
    "subject": "Žádost o registraci – XML",
    "body": "Dobrý den,\nv příloze žádost.\nRadka Vojtíšková\n",
    "attachments": [
        (
            "docx",
            "registrace_XML_CLP.docx",
            {
                "footer": "Českolipský Press, s.r.o. · Hrnčířská 2911, 470 01 Česká Lípa · "
                "IČO 27359069 · ID datové schránky: x3wd5ke",
                "blocks": [
                    "Žádost o registraci k vyhrazenému připojení (XML)",
                    {
                        "rows": [
                            ["Oddíl", "Údaje"],
                            ["1. Žadatel", "Českolipský Press, s.r.o."],
                            ["2. Technické údaje", ""],
                            [
                                "3. Kontaktní osoba",
                                "Radka Vojtíšková, webmaster\n+420 487 521 003\n"
                                "vojtiskova@ceskolipsky.example",
                            ],
                        ],
                        "nested": {
                            (2, 1): {
                                "rows": [
                                    ["Prostředí", "IP adresa", "Poznámka"],
                                    ["produkční", "198.18.77.30", ""],
                                    ["produkční", "198.18.77.31", ""],
                                    ["testovací", "198.18.77.130", "jen do 12. 1. 2023"],
                                ]
                            }
                        },
                    },
                    "Česká Lípa 9. 12. 2022\nRadka Vojtíšková, z pověření jednatele",
                ],
            },
        )
    ],
    "labels": labels(
        [FEED],
        ("Českolipský Press, s.r.o.", "27359069", "x3wd5ke"),
        ["198.18.77.30", "198.18.77.31"],
        ["198.18.77.130"],
        ("Radka Vojtíšková", "vojtiskova@ceskolipsky.example", "+420487521003"),
    ),
}

D019: dict[str, Any] = {
    "id": "d019-english-pdf-university-cidr",
    "description": "English PDF letter of a private university: a /30 production block in a "
    "wrapped table cell, two IPv6 test addresses, the rector signs, a lecturer is the contact",
    "style": Style.ENGLISH,
    "from": "Dr. Anna Kowalska <kowalska@vsms.example>",
    "subject": "Request for access to the XML results server (student newsroom)",
    "body": "Dear colleagues,\n\nattached is our formal request. Our student newsroom would "
    "like to process the results in real time on election night.\n\nBest regards,\n"
    "Anna Kowalska\n",
    "attachments": [
        (
            "pdf",
            "VSMS_request_CZSO.pdf",
            [
                "Vysoká škola mediálních studií, o.p.s.\nDepartment of Data Journalism\n"
                "Sokolovská 73, 186 00 Praha 8\nCompany ID (IČO): 25608410",
                "Prague, 1 December 2022",
                "<b>Re: Request for access to the dedicated election results server</b>",
                "Dear Sir or Madam,\nour school runs a student newsroom that covers the "
                "election night live. We kindly ask for access to the dedicated server with "
                "provisional results in XML. The data will be used for live coverage on our "
                "student portal and, afterwards, for teaching.",
                {
                    "rows": [
                        ["Environment", "Addresses", "Notes"],
                        [
                            "Production",
                            "192.0.2.96/30",
                            "school data centre, the NAT pool of our ingest servers",
                        ],
                        [
                            "Test",
                            "2001:db8:c3::10<br/>2001:db8:c3::11",
                            "lab network, used before election day only",
                        ],
                    ],
                    "widths": [90, 110, 130],
                },
                "Contact person: Dr. Anna Kowalska, phone +420 234 091 577, e-mail "
                "kowalska@vsms.example. She is authorised to act on behalf of the school in "
                "this matter.",
                "Sincerely,\nprof. PhDr. Jan Šebesta, CSc.\nRector",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Vysoká škola mediálních studií, o.p.s.", "25608410", None),
        ["192.0.2.96", "192.0.2.97", "192.0.2.98", "192.0.2.99"],
        ["2001:db8:c3::10", "2001:db8:c3::11"],
        ("Anna Kowalska", "kowalska@vsms.example", "+420234091577"),
    ),
}

D020: dict[str, Any] = {
    "id": "d020-databox-annotation-filming",
    "description": "data message asking only to film, the request and contact in the "
    "annotation, the attachment an authorisation of the cameraman with the IČO; no e-mail",
    "style": Style.DATABOX_ANNOTATION,
    "databox": {
        "box": "m6ctg9r",
        "sender": "Západočeská televize s.r.o.",
        "address": "Klatovská třída 1580/50, 301 00 Plzeň",
    },
    "subject": "Žádost o povolení natáčet na přebíracím místě Plzeň-město dne 14.1.2023, "
    "kameraman Vít Král; kontakt Eva Malá, tel. 602 557 310",
    "attachments": [
        (
            "pdf",
            "povereni.pdf",
            [
                "<b>POVĚŘENÍ</b>",
                "Západočeská televize s.r.o., IČO 45197261, se sídlem Klatovská třída 1580/50, "
                "301 00 Plzeň, pověřuje pana Víta Krále, kameramana, pořízením obrazového "
                "záznamu na přebíracím místě Českého statistického úřadu v Plzni v rámci volby "
                "prezidenta republiky.",
                "V Plzni dne 10. 12. 2022",
                "Eva Malá\nvedoucí zpravodajství",
            ],
        )
    ],
    "labels": labels(
        [REC],
        ("Západočeská televize s.r.o.", "45197261", "m6ctg9r"),
        [],
        [],
        ("Eva Malá", None, "+420602557310"),
    ),
}

D021: dict[str, Any] = {
    "id": "d021-xlsx-ano-ne-row-headers",
    "description": "XLSX form: request types as rows with an x under ANO or NE, the addresses "
    "in rows headed Produkční/Testovací spread over five columns; ISO-8859-2 covering note",
    "style": Style.YES_NO,
    "from": "Lukáš Pešek <pesek@denikvychod.example>",
    "subject": "Formulář – vyhrazené připojení",
    "charset": "iso-8859-2",
    "body": "Dobrý den, vyplněný formulář v excelu v příloze.\nPešek\n",
    "attachments": [
        (
            "xlsx",
            "formular_CSU_DV.xlsx",
            [
                {
                    "title": "Žádost",
                    "rows": [
                        ["Žadatel", "Deník Východ, a.s."],
                        ["IČO", "26945304"],
                        ["Sídlo", "Sokolská 71, 562 01 Ústí nad Orlicí"],
                        [None, None, None],
                        ["Požadavek", "ANO", "NE"],
                        ["Připojení k vyhrazenému XML serveru", "x", None],
                        ["Natáčení na přebíracím místě", None, "x"],
                    ],
                },
                {
                    "title": "IP",
                    "rows": [
                        ["Role", "Adresa 1", "Adresa 2", "Adresa 3", "Adresa 4", "Adresa 5"],
                        [
                            "Produkční",
                            "198.51.100.71",
                            "198.51.100.72",
                            "198.51.100.73",
                            "198.51.100.74",
                            "198.51.100.75",
                        ],
                        ["Testovací", "198.51.100.79", None, None, None, None],
                    ],
                },
                {
                    "title": "Kontakt",
                    "rows": [
                        ["Jméno", "Telefon", "E-mail"],
                        ["Lukáš Pešek", "465 520 117", "pesek@denikvychod.example"],
                    ],
                },
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Deník Východ, a.s.", "26945304", None),
        ["198.51.100.71", "198.51.100.72", "198.51.100.73", "198.51.100.74", "198.51.100.75"],
        ["198.51.100.79"],
        ("Lukáš Pešek", "pesek@denikvychod.example", "+420465520117"),
    ),
}

D022: dict[str, Any] = {
    "id": "d022-odt-form-filming-withdrawn",
    "description": "ODT form with both boxes ticked, but the covering mail withdraws the "
    "recording request; a cameraman's phone next to the contact's",
    "style": Style.WITHDRAWAL,
    "from": "Barbora Šťastná <stastna@kromerizsky.example>",
    "subject": "Žádost – XML a natáčení (upřesnění)",
    "body": "Dobrý den,\n\nv příloze posílám formulář, který jsme vyplnili minulý týden. Mezitím "
    "se ale změnily plány redakce: na přebírací místo nakonec nikoho neposíláme, takže "
    "žádost o povolení k natáčení tímto stahujeme. Platí jen připojení k XML serveru podle "
    "formuláře.\n\nDěkuji\nBarbora Šťastná\nKroměřížský večerník\n",
    "attachments": [
        (
            "odt",
            "formular_media_KV.odt",
            [
                "Kroměřížský večerník, v.o.s. | Velké náměstí 36, 767 01 Kroměříž | IČO 24728152",
                "Žádost o služby pro média",
                "☒ vyhrazené připojení k serveru s výsledky ve formátu XML",
                "☒ povolení k pořizování záznamu na přebíracím místě (Zlínský kraj)",
                [
                    ["IP adresa", "Účel"],
                    ["203.0.113.150", "produkce"],
                    ["203.0.113.151", "produkce"],
                    ["203.0.113.155", "test"],
                ],
                "Kameraman: Josef Adámek, tel. 731 662 480",
                "Kontaktní osoba: Barbora Šťastná, tel. 573 339 021, stastna@kromerizsky.example",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Kroměřížský večerník, v.o.s.", "24728152", None),
        ["203.0.113.150", "203.0.113.151"],
        ["203.0.113.155"],
        ("Barbora Šťastná", "stastna@kromerizsky.example", "+420573339021"),
    ),
}

D023: dict[str, Any] = {
    "id": "d023-rtf-freelancer-both",
    "description": "RTF from a freelance journalist (a natural person with an IČO): a numbered "
    "list asking for both, one production server and no test address, 00420 phone",
    "style": Style.RTF,
    "from": "Tomáš Brabec <tomas@brabec-foto.example>",
    "subject": "žádost - fotograf/kameraman na voleb. noc + XML",
    "body": "Dobrý den,\npřikládám žádost v RTF (píšu ve WordPadu). Jsem nezávislý novinář na "
    "volné noze a dodávám zpravodajství několika regionálním webům.\nTomáš Brabec\n",
    "attachments": [
        (
            "rtf",
            "zadost_Brabec.rtf",
            [
                "Tomáš Brabec – novinář, fotograf\nU Stadionu 412, 533 41 Lázně Bohdaneč\n"
                "IČO: 88092143 (OSVČ)",
                "Žádám o dvě věci:",
                "1) přístup k vyhrazenému serveru s výsledky voleb ve formátu XML – z adresy "
                "mého serveru 198.18.120.7 (ostrý provoz); testovací adresu nepotřebuji,",
                "2) povolení fotografovat a natáčet na přebíracím místě v Pardubicích během "
                "prvního kola volby prezidenta.",
                "Na přebírací místo přijdu sám, bez štábu.",
                "Telefon: 00420 775 918 244\nE-mail: tomas@brabec-foto.example",
                "Tomáš Brabec",
            ],
        )
    ],
    "labels": labels(
        [FEED, REC],
        ("Tomáš Brabec", "88092143", None),
        ["198.18.120.7"],
        [],
        ("Tomáš Brabec", "tomas@brabec-foto.example", "+420775918244"),
    ),
}

D024: dict[str, Any] = {
    "id": "d024-databox-odt-both-box-ids",
    "description": "data message, the letter in an ODT prints the applicant's and the office's "
    "data-box IDs; a /30 production block; generic annotation without diacritics",
    "style": Style.DATABOX_DOCUMENT,
    "databox": {
        "box": "u2hyf8n",
        "sender": "Jihočeská mediální, a.s.",
        "address": "Lannova tř. 63/41, 370 01 České Budějovice",
    },
    "subject": "Zadost - pristup k vysledkum (XML)",
    "attachments": [
        (
            "odt",
            "zadost_JCM.odt",
            [
                "Jihočeská mediální, a.s., Lannova tř. 63/41, 370 01 České Budějovice",
                "IČO 28793641, ID datové schránky u2hyf8n",
                "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10, ID DS 2gfaasy",
                "Věc: Žádost o registraci k vyhrazenému připojení – průběžné výsledky XML",
                "Žádáme o zřízení přístupu k XML serveru pro tyto adresy:",
                "produkční (blok /30): 192.0.2.32/30",
                "testovací: 192.0.2.37",
                "Kontakt: Ing. Pavel Kadlec, IT, tel. 380 411 290, e-mail kadlec@jcmedia.example",
                "Za společnost: Ing. Marie Pokorná, předsedkyně představenstva",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Jihočeská mediální, a.s.", "28793641", "u2hyf8n"),
        ["192.0.2.32", "192.0.2.33", "192.0.2.34", "192.0.2.35"],
        ["192.0.2.37"],
        ("Pavel Kadlec", "kadlec@jcmedia.example", "+420380411290"),
    ),
}

D025: dict[str, Any] = {
    "id": "d025-pdf-tick-cross-legend",
    "description": "PDF application form with a legend (✓ = požadujeme, ✗ = nepožadujeme): "
    "XML ticked, recording crossed; the data in a two-column table",
    "style": Style.FORM_CHECKBOX,
    "from": "Michaela Horáková <horakova@radiomorava.example>",
    "subject": "Přihláška – výsledky voleb XML",
    "body": "Dobrý den,\n\nposílám podepsanou přihlášku (PDF).\n\nMichaela Horáková\n"
    "Rádio Morava Střed\n",
    "attachments": [
        (
            "pdf",
            "prihlaska_media.pdf",
            [
                "<b>PŘIHLÁŠKA MÉDIA – VOLBY</b>",
                "Legenda: ✓ = požadujeme, ✗ = nepožadujeme",
                {
                    "rows": [
                        ["Služba", "Volba"],
                        ["vyhrazené připojení k serveru s výsledky (XML)", "✓"],
                        ["přítomnost na přebíracím místě (pořízení záznamu)", "✗"],
                    ],
                    "widths": [300, 60],
                },
                {
                    "rows": [
                        ["Žadatel", "Rádio Morava Střed, s.r.o."],
                        ["IČO", "02756129"],
                        ["Adresa", "Horní náměstí 367/5, 779 00 Olomouc"],
                        ["IP – ostrý provoz", "203.0.113.171, 203.0.113.172"],
                        ["IP – testovací", "203.0.113.179"],
                        ["Kontaktní osoba", "Michaela Horáková"],
                        ["Telefon", "+420 585 204 733"],
                        ["E-mail", "horakova@radiomorava.example"],
                    ],
                    "widths": [120, 240],
                },
                "Olomouc 2. 12. 2022\nMichaela Horáková, jednatelka",
            ],
        )
    ],
    "labels": labels(
        [FEED],
        ("Rádio Morava Střed, s.r.o.", "02756129", None),
        ["203.0.113.171", "203.0.113.172"],
        ["203.0.113.179"],
        ("Michaela Horáková", "horakova@radiomorava.example", "+420585204733"),
    ),
}

D026: dict[str, Any] = {
    "id": "d026-english-docx-merged-foreign",
    "description": "English DOCX from a British agency (a UK company number in the header, no "
    "IČO): the production label in a vertically merged cell; the Prague correspondent's "
    "mobile before the London desk",
    "style": Style.ENGLISH,
    "from": "Oliver Grant <ogrant@cenewswire.example>",
    "subject": "CEN application - results feed",
    "body": "Hello,\n\nour application is attached. Thanks!\n\nOliver\n",
    "attachments": [
        (
            "docx",
            "CEN_application_CZSO.docx",
            {
                "header": "Central European Newswire Ltd · 41 Farringdon Road, London EC1M 3JB"
                " · Company No. 08123456",
                "blocks": [
                    "Czech Statistical Office\nMedia relations",
                    "Application for access to the dedicated election results server",
                    "Central European Newswire Ltd, a news agency supplying election coverage "
                    "to broadcasters in the UK and Ireland, applies for access to the XML feed "
                    "with provisional results. We do not request a filming permission.",
                    {
                        "rows": [
                            ["Environment", "IP address"],
                            ["Production", "198.51.100.90"],
                            ["", "198.51.100.91"],
                            ["Test", "198.51.100.95"],
                        ],
                        "merge": [(1, 0, 2, 0)],
                    },
                    "Contact for this application: Oliver Grant, Prague correspondent – mobile "
                    "+420 721 880 316, ogrant@cenewswire.example. Our London desk "
                    "(+44 20 7946 0318) is staffed around the clock on election night.",
                    "Yours faithfully,\nHelen Marsh\nManaging Editor",
                ],
            },
        )
    ],
    "labels": labels(
        [FEED],
        ("Central European Newswire Ltd", None, None),
        ["198.51.100.90", "198.51.100.91"],
        ["198.51.100.95"],
        ("Oliver Grant", "ogrant@cenewswire.example", "+420721880316"),
    ),
}

D027: dict[str, Any] = {
    "id": "d027-html-webmail-br-cells",
    "description": "HTML-only webmail from a city's press office: row headers in bold, several "
    "addresses in one cell separated by <br>, the IČO written in groups of digits",
    "style": Style.HTML_TABLE,
    "from": "Petr Zeman <zeman@mb-radnice.example>",
    "subject": "XML pristup - Radnicni listy",
    "cte": "base64",
    "html": """<div>Dobrý den,</div><div><br></div>
<div>za Statutární město Mladá Boleslav (vydavatele Radničních listů, IČ 003 02 082) posílám
údaje pro připojení k serveru s výsledky:</div><div><br></div>
<table style="border:1px solid #999"><tr><td><b>ostré</b></td>
<td>192.0.2.201<br>192.0.2.202</td></tr>
<tr><td><b>testovací</b></td><td>192.0.2.210<br>192.0.2.211<br>192.0.2.212</td></tr></table>
<div><br></div><div>Kontakt: Petr Zeman, tel. 326 716 150, zeman@mb-radnice.example</div>
<div><br></div><div>Petr Zeman<br>tiskové oddělení Magistrátu města Mladá Boleslav</div>
""",
    "labels": labels(
        [FEED],
        ("Statutární město Mladá Boleslav", "00302082", None),
        ["192.0.2.201", "192.0.2.202"],
        ["192.0.2.210", "192.0.2.211", "192.0.2.212"],
        ("Petr Zeman", "zeman@mb-radnice.example", "+420326716150"),
    ),
}

D028: dict[str, Any] = {
    "id": "d028-databox-pdf-both-sections",
    "description": "data message, a PDF with two numbered sections (XML access, recording "
    "at a collection point); the reporter who records has his own phone and e-mail, the "
    "applicant's contact is the director",
    "style": Style.DATABOX_DOCUMENT,
    "databox": {
        "box": "r5skd3w",
        "sender": "Rádio Karlovarsko, spol. s r.o.",
        "address": "Sokolovská 1015/44, 360 05 Karlovy Vary",
    },
    "subject": "Žádost – XML server a přebírací místo Karlovy Vary",
    "attachments": [
        (
            "pdf",
            "zadost_RK_2022.pdf",
            [
                "Rádio Karlovarsko, spol. s r.o.\nSokolovská 1015/44, 360 05 Karlovy Vary\n"
                "IČO 26140071",
                "<b>Věc: Žádost o vyhrazené připojení a o povolení k pořizování záznamu</b>",
                "<b>1. Vyhrazené připojení k XML serveru</b>\nProdukční IP adresy: "
                "198.51.100.101, 198.51.100.102\nTestovací IP adresa: 198.51.100.109",
                "<b>2. Povolení k přítomnosti na přebíracím místě</b>\nOsoba, která bude "
                "nahrávat: Daniel Fiala, redaktor, tel. 731 400 288, "
                "fiala@radiokarlovarsko.example\nRozsah: zvukový záznam a krátké rozhovory pro "
                "zpravodajství, sobota odpoledne\nPřebírací místo: Karlovy Vary (Karlovarský "
                "kraj)",
                "Kontaktní osoba žadatele: Ing. Simona Benešová, ředitelka, tel. 353 222 410, "
                "benesova@radiokarlovarsko.example",
            ],
        )
    ],
    "labels": labels(
        [FEED, REC],
        ("Rádio Karlovarsko, spol. s r.o.", "26140071", "r5skd3w"),
        ["198.51.100.101", "198.51.100.102"],
        ["198.51.100.109"],
        ("Simona Benešová", "benesova@radiokarlovarsko.example", "+420353222410"),
    ),
}

CASES: list[dict[str, Any]] = [
    D015,
    D016,
    D017,
    D018,
    D019,
    D020,
    D021,
    D022,
    D023,
    D024,
    D025,
    D026,
    D027,
    D028,
]
