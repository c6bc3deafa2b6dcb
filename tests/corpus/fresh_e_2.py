"""Third-round held-out cases e015–e028 (hand "e"): foreign branches, forms, tables, a data-box
annotation, several people named. Written apart from the extraction rules; labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fresh_e_common import (
    OUTLOOK,
    THUNDERBIRD,
    flowed,
    gmail_html,
    outlook_html,
)

_E015_TEXT = """\
Vážení,

regionálna televízia TV Považie pripravuje reportáž o tom, ako prebieha spracovanie výsledkov \
volieb u našich susedov. Radi by sme preto požiadali o povolenie nakrúcať na preberacom mieste \
Českého štatistického úradu v Zlíne (prípadne v Uherskom Hradišti, ak by to bolo pre Vás \
jednoduchšie).

Štáb: redaktorka Zuzana Hrnčiarová, kameraman Peter Ďurica
Rozsah: približne 30 minút záberov z preberania výsledkov, ak to bude možné, aj krátky \
rozhovor s pracovníkom úradu

Prístup k XML dátam nepotrebujeme, výsledky budeme preberať z verejného webu.

Kontakt: Zuzana Hrnčiarová, tel. +421 908 512 377, e-mail hrnciarova@tvpovazie.example

Žiadateľ:
TV Považie, s.r.o.
Štúrova 1434/22, 018 41 Dubnica nad Váhom
IČO: 47 115 530

S pozdravom
Mgr. Zuzana Hrnčiarová
redaktorka
"""

E015: dict[str, Any] = {
    "id": "e015-slovak-tv-filming-only",
    "description": "Slovak regional TV in Slovak asks only to film at a collection point and "
    "says it does not need the XML data; the reporter is also the contact",
    "style": "outlook",
    "from": "Zuzana Hrnčiarová <hrnciarova@tvpovazie.example>",
    "subject": "Žiadosť o povolenie nakrúcania na preberacom mieste ČSÚ",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "sk")],
    "body": _E015_TEXT,
    "html": outlook_html(_E015_TEXT),
    "labels": {
        "request_types": ["recording_permit"],
        "organization": {"name": "TV Považie, s.r.o.", "ico": "47115530", "databox_id": None},
        "production_ips": [],
        "test_ips": [],
        "contact": {
            "person": "Zuzana Hrnčiarová",
            "email": "hrnciarova@tvpovazie.example",
            "phone": "+421908512377",
        },
    },
}

E016: dict[str, Any] = {
    "id": "e016-regional-tv-pdf-form-databox",
    "description": "regional TV company's data message with a filled PDF form (two-column, "
    "wrapping cells) asking for both feed and filming; crew named apart from the contact",
    "style": "databox",
    "databox": {
        "box": "q8rm2vk",
        "sender": "Jihomoravská regionální televize a.s.",
        "address": "Cejl 62, 602 00 Brno",
        "type": 20,
    },
    "subject": "Žádost – XML výsledky + povolení k natáčení (JMRT)",
    "attachments": [
        (
            "pdf",
            "JMRT_zadost_volby.pdf",
            [
                "<b>ŽÁDOST O PŘÍSTUP K VYHRAZENÉMU SERVERU S VÝSLEDKY VOLEB A O POVOLENÍ "
                "PŘÍTOMNOSTI NA PŘEBÍRACÍM MÍSTĚ</b>",
                {
                    "rows": [
                        ["Žadatel (název, právní forma)", "Jihomoravská regionální televize a.s."],
                        ["IČO", "61385531"],
                        ["ID datové schránky", "q8rm2vk"],
                        ["Sídlo", "Cejl 62, 602 00 Brno"],
                        ["Produkční IP adresy", "198.18.64.1, 198.18.64.2, 198.18.64.3"],
                        ["Testovací IP adresy", "198.18.65.1"],
                        [
                            "Osoby, které budou natáčet",
                            "Radim Kovář (kameraman), Tereza Lysá (redaktorka)",
                        ],
                        ["Přebírací místo", "Brno – Krajská správa ČSÚ pro Jihomoravský kraj"],
                        [
                            "Rozsah záznamu",
                            "průběh přebírání výsledků, 2–3 minuty do hlavní zpravodajské relace",
                        ],
                        ["Kontaktní osoba", "Tereza Lysá"],
                        ["Telefon", "+420 724 90 11 36"],
                        ["E-mail", "lysa@jmrt.example"],
                    ],
                    "widths": [150, 150],
                },
                "V Brně dne 7. 4. 2023",
                "Mgr. Daniel Hora, ředitel zpravodajství",
            ],
        )
    ],
    "labels": {
        "request_types": ["feed_access", "recording_permit"],
        "organization": {
            "name": "Jihomoravská regionální televize a.s.",
            "ico": "61385531",
            "databox_id": "q8rm2vk",
        },
        "production_ips": ["198.18.64.1", "198.18.64.2", "198.18.64.3"],
        "test_ips": ["198.18.65.1"],
        "contact": {
            "person": "Tereza Lysá",
            "email": "lysa@jmrt.example",
            "phone": "+420724901136",
        },
    },
}

E017: dict[str, Any] = {
    "id": "e017-university-databox-ipv6-table",
    "description": "a university's journalism department by data box: DOCX table whose "
    "role cells are merged down two rows, IPv6 production, mixed IPv6/IPv4 test, IČO only in "
    "the page footer",
    "style": "databox",
    "databox": {
        "box": "u5x3pna",
        "sender": "Západomoravská univerzita v Třebíči",
        "address": "Komenského 1020, 674 01 Třebíč",
        "type": 20,
        "ref": "ZMU/FSS/412/2023",
    },
    "subject": "Katedra žurnalistiky – žádost o přístup k XML serveru ČSÚ (studentský "
    "volební speciál)",
    "attachments": [
        (
            "docx",
            "KZ_zadost_pristup_XML.docx",
            {
                "header": "Západomoravská univerzita v Třebíči | Fakulta sociálních studií | "
                "Katedra žurnalistiky",
                "footer": "IČ: 01938533 • DIČ: CZ01938533 • ID DS: u5x3pna",
                "blocks": [
                    "Věc: Žádost o přístup k vyhrazenému serveru s výsledky voleb",
                    "Vážení,",
                    "studenti oboru Žurnalistika budou ve volební noci v rámci výuky "
                    "provozovat zpravodajský web Volby naživo. Žádáme o přístup k vyhrazenému "
                    "serveru s výsledky ve formátu XML z univerzitní sítě:",
                    {
                        "rows": [
                            ["Prostředí", "IP adresa", "Poznámka"],
                            ["Produkční", "2001:db8:ac10::80", "webový server redakce"],
                            ["", "2001:db8:ac10::81", "záložní server"],
                            ["Testovací", "2001:db8:ac10:ff::10", "vývojový stroj studentů"],
                            ["", "198.51.100.99", "tentýž stroj, IPv4"],
                        ],
                        "merge": [(1, 0, 2, 0), (3, 0, 4, 0)],
                    },
                    "Kontaktní osobou je vedoucí katedry doc. PhDr. Martina Křížová, Ph.D., "
                    "martina.krizova@zmu.example, tel. 568 111 402.",
                    "S pozdravem",
                    "prof. Ing. Karel Straka, CSc.\nděkan Fakulty sociálních studií",
                ],
            },
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Západomoravská univerzita v Třebíči",
            "ico": "01938533",
            "databox_id": "u5x3pna",
        },
        "production_ips": ["2001:db8:ac10::80", "2001:db8:ac10::81"],
        "test_ips": ["2001:db8:ac10:ff::10", "198.51.100.99"],
        "contact": {
            "person": "Martina Křížová",
            "email": "martina.krizova@zmu.example",
            "phone": "+420568111402",
        },
    },
}

_E018_TEXT = """\
Dobrý den,

jsem produkční pražského studia německé zpravodajské stanice MDN. Pro volební vysílání \
bychom potřebovali dvě věci:

a) přístup k XML serveru s výsledky – IP adresy pro ostrý provoz 198.51.100.180 \
a 198.51.100.181 (obě v našem pražském studiu), testovací adresy nemáme;
b) povolení natáčet na přebíracím místě v Ústí nad Labem – natáčet bude kameraman Tomáš \
Bouška, reportérem je vedoucí našeho studia Jörg Albrecht (v kopii).

Žadatelem je organizační složka: Mitteldeutsche Nachrichten GmbH, organizační složka, \
Vodičkova 704/36, 110 00 Praha 1, IČO 07044534.

Kontaktní osobou pro obě žádosti jsem já: Kateřina Novotná, +420 731 05 44 82, \
katerina.novotna@mdn-prag.example.

Děkuji a zdravím

Kateřina Novotná
Produktion / produkce
MDN Studio Prag
"""

E018: dict[str, Any] = {
    "id": "e018-german-broadcaster-prague-branch",
    "description": "Prague branch (organizační složka) of a German broadcaster, Czech text by "
    "a Czech producer with the German head of studio in copy; feed and filming",
    "style": "outlook",
    "from": "Kateřina Novotná <katerina.novotna@mdn-prag.example>",
    "cc": "Jörg Albrecht <joerg.albrecht@mdn.example>",
    "subject": "MDN Prag – žádost o XML přístup a natáčení na přebíracím místě",
    "headers": OUTLOOK,
    "body": _E018_TEXT,
    "html": outlook_html(_E018_TEXT),
    "labels": {
        "request_types": ["feed_access", "recording_permit"],
        "organization": {
            "name": "Mitteldeutsche Nachrichten GmbH, organizační složka",
            "ico": "07044534",
            "databox_id": None,
        },
        "production_ips": ["198.51.100.180", "198.51.100.181"],
        "test_ips": [],
        "contact": {
            "person": "Kateřina Novotná",
            "email": "katerina.novotna@mdn-prag.example",
            "phone": "+420731054482",
        },
    },
}

_E019_TEXT = """\
Dobrý den,

v příloze posílám vyplněný formulář k registraci.

Hezký den
Šárka Veselá
Posázavský deník
"""

E019: dict[str, Any] = {
    "id": "e019-docx-form-checkboxes",
    "description": "DOCX form with box characters: feed ticked, filming left unticked; "
    "test addresses a dash; only a switchboard with an extension for the contact",
    "style": "form",
    "from": "Redakce Posázavský deník <redakce@posazavsky-denik.example>",
    "subject": "Vyplněný formulář – registrace XML",
    "body": _E019_TEXT,
    "html": gmail_html(_E019_TEXT),
    "attachments": [
        (
            "docx",
            "formular_registrace.docx",
            {
                "header": "Posázavský deník s.r.o.",
                "blocks": [
                    "Registrace médií – volby",
                    {
                        "rows": [
                            ["Žadatel", "Posázavský deník s.r.o."],
                            ["IČ", "08652538"],
                            ["Sídlo", "Husova 31, 256 01 Benešov"],
                            [
                                "Požaduji",
                                "☒ přístup k vyhrazenému serveru s výsledky (XML)\n"
                                "☐ povolení k natáčení na přebíracím místě",
                            ],
                            ["IP adresy – ostrý provoz", "192.0.2.33\n192.0.2.34"],
                            ["IP adresy – testovací", "—"],
                            ["Kontaktní osoba", "Šárka Veselá"],
                            ["Telefon", "+420 317 72 11 90, linka 24"],
                            ["E-mail", "vesela@posazavsky-denik.example"],
                        ]
                    },
                ],
            },
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Posázavský deník s.r.o.",
            "ico": "08652538",
            "databox_id": None,
        },
        "production_ips": ["192.0.2.33", "192.0.2.34"],
        "test_ips": [],
        "contact": {
            "person": "Šárka Veselá",
            "email": "vesela@posazavsky-denik.example",
            "phone": "+420317721190",
        },
    },
}

_E020_TEXT = """\
Dobrý den,

posílám žádost o přístup k vyhrazenému XML serveru pro naše zpravodajství. Seznam adres \
i kontakty jsou v přiložené tabulce (list „IP“ a list „Kontakt“).

Žadatel: Zprávy Vysočina, s.r.o., Ič. 06738290, Masarykovo nám. 5, 586 01 Jihlava

S pozdravem
Roman Štěpánek
IT
"""

E020: dict[str, Any] = {
    "id": "e020-xlsx-two-sheets",
    "description": "addresses on one XLSX sheet with PROD/záloha/TEST in a column, contacts "
    "on a second sheet with the editor-in-chief for information only; 'Ič.' in the body",
    "style": "spreadsheet",
    "from": "Ing. Roman Štěpánek <stepanek@zpravy-vysocina.example>",
    "subject": "IP adresy pro XML server – Zprávy Vysočina",
    "headers": OUTLOOK,
    "body": _E020_TEXT,
    "html": outlook_html(_E020_TEXT),
    "attachments": [
        (
            "xlsx",
            "ip_adresy_volby.xlsx",
            [
                {
                    "title": "IP",
                    "rows": [
                        ["Server", "Adresa", "Prostředí"],
                        ["web-01", "198.18.200.11", "PROD"],
                        ["web-02", "198.18.200.12", "PROD"],
                        ["backup", "198.18.200.13", "záloha"],
                        ["dev", "198.18.201.7", "TEST"],
                        ["dev-2", "198.18.201.8", "TEST"],
                    ],
                },
                {
                    "title": "Kontakt",
                    "rows": [
                        ["Role", "Jméno", "E-mail", "Telefon"],
                        [
                            "kontaktní osoba pro žádost",
                            "Roman Štěpánek",
                            "stepanek@zpravy-vysocina.example",
                            "+420 567 300 418",
                        ],
                        [
                            "šéfredaktorka (na vědomí)",
                            "Hana Lišková",
                            "liskova@zpravy-vysocina.example",
                            "+420 567 300 401",
                        ],
                    ],
                },
            ],
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Zprávy Vysočina, s.r.o.",
            "ico": "06738290",
            "databox_id": None,
        },
        "production_ips": ["198.18.200.11", "198.18.200.12", "198.18.200.13"],
        "test_ips": ["198.18.201.7", "198.18.201.8"],
        "contact": {
            "person": "Roman Štěpánek",
            "email": "stepanek@zpravy-vysocina.example",
            "phone": "+420567300418",
        },
    },
}

E021: dict[str, Any] = {
    "id": "e021-html-only-webmail-00420",
    "description": "HTML-only webmail from a managing director of a small online outlet, "
    "underlined labels, phone written with 00420",
    "style": "html_only",
    "from": "Josef Kadlec <kadlec.josef@email.example>",
    "subject": "Žádost o připojení na výsledky voleb - Zpravodaj Valašsko",
    "headers": [("X-Mailer", "Email.cz")],
    "html": (
        "<div>Dobrý den,</div><div><br></div>"
        "<div>jsem jednatel malé mediální firmy <b>Valašská média s.r.o.</b> (IČO 05813794), "
        "vydáváme online Zpravodaj Valašsko. Žádám o připojení k vašemu serveru s XML "
        "výsledky voleb, ve volební noci bychom je rádi ukazovali čtenářům po obcích.</div>"
        "<div><br></div>"
        "<div><u>Ostré adresy:</u> 198.51.100.61, 198.51.100.62</div>"
        "<div><u>Test:</u> 198.51.100.63</div><div><br></div>"
        "<div>Kontaktovat mě můžete na 00420 605 118 392 nebo na tento e-mail.</div>"
        "<div><br></div><div>Díky, Josef Kadlec</div>"
        "<div>Valašská média s.r.o.<br>Horní náměstí 22, 755 01 Vsetín</div>\n"
    ),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Valašská média s.r.o.", "ico": "05813794", "databox_id": None},
        "production_ips": ["198.51.100.61", "198.51.100.62"],
        "test_ips": ["198.51.100.63"],
        "contact": {
            "person": "Josef Kadlec",
            "email": "kadlec.josef@email.example",
            "phone": "+420605118392",
        },
    },
}

_E022_TEXT = """\
Vážení,

vydavatelství ČESKÝ SEVER, a.s. (IČO: 49533533) se i letos chce připojit k vyhrazenému \
serveru s výsledky. Jako v minulých letech budeme data zobrazovat na webu a v mobilní \
aplikaci.

Produkční adresy
1. 203.0.113.90
2. 203.0.113.91
3. 203.0.113.92
Testovací
1. 203.0.113.95

Kontaktní osobou bude náš technik pan Martin Bláha (v kopii), mobil 737 441 206, \
e-mail blaha@cesky-sever.example. Paní Richterová, rovněž v kopii, připravuje volební \
speciál po obsahové stránce; technické věci s ní prosím neřešte.

S pozdravem

Mgr. Helena Dušková
ředitelka vydavatelství
ČESKÝ SEVER, a.s.
Mírové náměstí 9, 400 01 Ústí nad Labem
tel. 475 210 000
"""

E022: dict[str, Any] = {
    "id": "e022-director-signs-technician-contact",
    "description": "director signs, the technician in copy is named as the contact, a "
    "content editor also in copy; numbered lists restart under each heading",
    "style": "outlook",
    "from": "Mgr. Helena Dušková <duskova@cesky-sever.example>",
    "cc": "Martin Bláha <blaha@cesky-sever.example>, "
    "Pavla Richterová <richterova@cesky-sever.example>",
    "subject": "Český sever – registrace IP adres pro XML výsledky",
    "headers": OUTLOOK,
    "charset": "windows-1250",
    "body": _E022_TEXT,
    "html": outlook_html(_E022_TEXT),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "ČESKÝ SEVER, a.s.", "ico": "49533533", "databox_id": None},
        "production_ips": ["203.0.113.90", "203.0.113.91", "203.0.113.92"],
        "test_ips": ["203.0.113.95"],
        "contact": {
            "person": "Martin Bláha",
            "email": "blaha@cesky-sever.example",
            "phone": "+420737441206",
        },
    },
}

E023: dict[str, Any] = {
    "id": "e023-slovak-weekly-rtf-letter",
    "description": "Slovak border-region weekly: two-line e-mail, the application in an RTF "
    "letter in Slovak with a table; publisher differs from the title; Slovak mobile 09xx",
    "style": "letter",
    "from": "Redakcia Záhorák <redakcia@zahorak.example>",
    "subject": "Žiadosť - XML výsledky volieb (týždenník Záhorák)",
    "body": """\
Dobrý deň,
v prílohe zasielame žiadosť. Ďakujeme.
Redakcia Záhorák
""",
    "attachments": [
        (
            "rtf",
            "ziadost_CSU.rtf",
            [
                "Vydavateľstvo ZÁHORIE MEDIA s. r. o.\nNámestie slobody 4, 909 01 Skalica\n"
                "IČO: 50362534, tel. redakcie +421 34 664 21 05",
                "Český štatistický úrad\nNa padesátém 81\n100 82 Praha 10",
                "Vec: Žiadosť o prístup k vyhradenému pripojeniu – výsledky volieb vo formáte XML",
                "Náš týždenník Záhorák vychádza na slovensko-moravskom pomedzí a veľkú časť "
                "čitateľov má na Hodonínsku a Břeclavsku. Počas volebnej noci by sme preto "
                "radi zverejňovali aj priebežné výsledky z Českej republiky. Žiadame "
                "o prístup z týchto adries:",
                [
                    ["Typ", "IP adresa"],
                    ["produkčná", "192.0.2.170"],
                    ["produkčná", "192.0.2.171"],
                    ["testovacia", "192.0.2.180"],
                ],
                "Kontaktná osoba: Bc. Michal Ondrejka, technik, mobil: 0911 402 733, "
                "e-mail: ondrejka@zahorak.example",
                "V Skalici 12. 4. 2023",
                "Ing. Dušan Brezina\nkonateľ",
            ],
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "ZÁHORIE MEDIA s. r. o.",
            "ico": "50362534",
            "databox_id": None,
        },
        "production_ips": ["192.0.2.170", "192.0.2.171"],
        "test_ips": ["192.0.2.180"],
        "contact": {
            "person": "Michal Ondrejka",
            "email": "ondrejka@zahorak.example",
            "phone": "+421911402733",
        },
    },
}

E024: dict[str, Any] = {
    "id": "e024-one-person-podcast-odt",
    "description": "one-person outlet (a natural person with an IČO) sends an ODT "
    "application; mail body without diacritics, the test row says 'není'",
    "style": "letter",
    "from": "Tomas Benes <tomas@okresnikuryr.example>",
    "subject": "Zadost o pristup k XML vysledkum - Okresni kuryr (podcast)",
    "headers": THUNDERBIRD,
    "flowed": True,
    "cte": "8bit",
    "body": flowed("""\
Dobry den,

posilam v priloze zadost o pristup k vyhrazenemu serveru. Jsem jednoclenna redakce, takze \
vsechno resim ja - kdyby neco chybelo, staci napsat.

Diky, Tomas Benes
"""),
    "attachments": [
        (
            "odt",
            "zadost_okresni_kuryr.odt",
            [
                "Žadatel: Tomáš Beneš, IČO 07044071, provozovatel zpravodajského webu "
                "a podcastu Okresní kurýr",
                "Místo podnikání: Lipová 318, 285 06 Sázava",
                "Žádám o přístup k vyhrazenému serveru ČSÚ s výsledky voleb ve formátu XML. "
                "Výsledky budu ve volební noci průběžně komentovat v živém vysílání podcastu "
                "a zobrazovat v grafice na webu.",
                [["ostrý provoz", "203.0.113.222"], ["testovací provoz", "není"]],
                "Kontakt: tel. 774 903 155, e-mail tomas@okresnikuryr.example",
                "Tomáš Beneš",
            ],
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Tomáš Beneš", "ico": "07044071", "databox_id": None},
        "production_ips": ["203.0.113.222"],
        "test_ips": [],
        "contact": {
            "person": "Tomáš Beneš",
            "email": "tomas@okresnikuryr.example",
            "phone": "+420774903155",
        },
    },
}

E025: dict[str, Any] = {
    "id": "e025-editor-forwards-admin-note",
    "description": "online editor forwards the server admin's note inline and names him as "
    "the contact; addresses and his phone only in the forwarded part",
    "style": "forward",
    "from": "Petra Malá <petra.mala@brnenskyvecernik.example>",
    "subject": "Fwd: IP adresy na volby",
    "headers": THUNDERBIRD,
    "flowed": True,
    "cte": "8bit",
    "body": flowed("""\
Dobrý den,

přeposílám níže, co mi poslal náš správce serverů – berte to prosím jako naši žádost \
o přístup k vyhrazenému XML serveru. Žadatelem je Brněnský večerník, spol. s r.o., IČO \
60193531. Kontaktní osobou je autor zprávy níže, Vladimír Sýkora.

Petra Malá
vedoucí online vydání


-------- Přeposlaná zpráva --------
Předmět: IP adresy na volby
Datum: Tue, 11 Apr 2023 16:02:47 +0200
Od: Vladimír Sýkora <sykora@brnenskyvecernik.example>
Komu: Petra Malá <petra.mala@brnenskyvecernik.example>

Ahoj Petro,

pro ČSÚ:
ostrý: 198.18.90.14, 198.18.90.15
test: 198.18.91.14

kdyby něco, ať mi volají na 776 308 117.

V.
"""),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Brněnský večerník, spol. s r.o.",
            "ico": "60193531",
            "databox_id": None,
        },
        "production_ips": ["198.18.90.14", "198.18.90.15"],
        "test_ips": ["198.18.91.14"],
        "contact": {
            "person": "Vladimír Sýkora",
            "email": "sykora@brnenskyvecernik.example",
            "phone": "+420776308117",
        },
    },
}

_E026_TEXT = """\
Vážené dámy, vážení pánové,

společnost TV Polabí a.s., IČO 28847075, se sídlem Palackého 1250, 290 01 Poděbrady, \
ID datové schránky 7fkcw3d, tímto podává

1. žádost o přístup k vyhrazenému serveru s průběžnými výsledky voleb ve formátu XML a
2. žádost o vydání povolení k přítomnosti na přebíracím místě ČSÚ v Nymburce \
(Středočeský kraj).

IP adresy pro ostrý provoz: 192.0.2.90, 192.0.2.91, 192.0.2.92, 192.0.2.93
Testovací IP adresy: 198.51.100.240, 198.51.100.241

Osoba, která bude na přebíracím místě natáčet: Jakub Štěrba, kameraman, tel. 721 330 658, \
sterba@tv-polabi.example.
Rozsah záznamu: obrazový záznam průběhu přebírání výsledků pro hlavní zpravodajskou relaci, \
bez rozhovorů.

Kontaktní osoba za žadatele: Bc. Ondřej Fiala, vedoucí vysílací techniky, tel. 721 330 601, \
fiala@tv-polabi.example.

Žádost je podepsána uznávaným elektronickým podpisem.

S úctou

JUDr. Marie Holubová
členka představenstva
TV Polabí a.s.
"""

E026: dict[str, Any] = {
    "id": "e026-signed-formal-both-requests",
    "description": "S/MIME-signed formal application for feed and filming by a board member; "
    "the cameraman's contact details come before the applicant's contact person",
    "style": "signed",
    "from": "JUDr. Marie Holubová <holubova@tv-polabi.example>",
    "subject": "Žádost o přístup k XML serveru a o povolení přítomnosti na přebíracím místě "
    "– TV Polabí a.s.",
    "headers": OUTLOOK,
    "smime": True,
    "body": _E026_TEXT,
    "html": outlook_html(_E026_TEXT),
    "labels": {
        "request_types": ["feed_access", "recording_permit"],
        "organization": {"name": "TV Polabí a.s.", "ico": "28847075", "databox_id": "7fkcw3d"},
        "production_ips": ["192.0.2.90", "192.0.2.91", "192.0.2.92", "192.0.2.93"],
        "test_ips": ["198.51.100.240", "198.51.100.241"],
        "contact": {
            "person": "Ondřej Fiala",
            "email": "fiala@tv-polabi.example",
            "phone": "+420721330601",
        },
    },
}

E027: dict[str, Any] = {
    "id": "e027-municipal-union-annotation",
    "description": "association of municipalities by data box: addresses and contact only "
    "in the message annotation (contact's first name abbreviated), a PDF cover letter "
    "without them",
    "style": "databox",
    "databox": {
        "box": "ks7p4e2",
        "sender": "Svazek obcí mikroregionu Podblanicko",
        "address": "Komenského náměstí 1, 259 01 Votice",
        "type": 10,
    },
    "subject": "Žádost o přístup k XML výsledkům voleb pro portál Podblanicko.info: ostré IP "
    "198.51.100.150 a 198.51.100.151, testovací 198.51.100.159. Kontakt: Š. Pospíšilová, "
    "317 857 214, info@podblanicko.example",
    "attachments": [
        (
            "pdf",
            "pruvodni_dopis.pdf",
            [
                "<b>Svazek obcí mikroregionu Podblanicko</b>\nKomenského náměstí 1, "
                "259 01 Votice\nIČ: 70560242",
                "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                "<b>Věc: žádost o přístup k vyhrazenému serveru ČSÚ</b>",
                "Svazek obcí provozuje regionální zpravodajský portál Podblanicko.info. Ve "
                "volební noci na něm chceme zveřejňovat průběžné výsledky za obce "
                "mikroregionu. IP adresy a kontakt uvádíme v poznámce (anotaci) této datové "
                "zprávy.",
                "S pozdravem",
                "Šárka Pospíšilová\nmanažerka svazku",
            ],
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Svazek obcí mikroregionu Podblanicko",
            "ico": "70560242",
            "databox_id": "ks7p4e2",
        },
        "production_ips": ["198.51.100.150", "198.51.100.151"],
        "test_ips": ["198.51.100.159"],
        "contact": {
            "person": "Šárka Pospíšilová",
            "email": "info@podblanicko.example",
            "phone": "+420317857214",
        },
    },
}

_E028_TEXT = """\
Dear Czech Statistical Office,

My name is Gábor Szűcs, I am responsible for technical side at Hírpont, the Hungarian online \
news portal. We follow the Czech elections closely (many readers interested in V4 politics) \
and we want to make a live map with results. I understood that media can receive the results \
in XML from dedicated server after registration of IP adresses.

Please register for us:
production - 203.0.113.180 , 203.0.113.181 , 203.0.113.182
testing - 203.0.113.189

The contact person for this is me. Phone: +36 30 412 7788 , email szucs.gabor@hirpont.example

Company data: Hírpont Média Kft., 1075 Budapest, Károly krt. 9. , company reg. no. \
Cg. 01-09-324517 , tax no. 26510073-2-42

Thank you very much for your help and sorry for my english.
Best regards
Gábor Szűcs
"""

E028: dict[str, Any] = {
    "id": "e028-hungarian-portal-nonnative",
    "description": "Hungarian news portal in non-native English, spaces before commas, "
    "Hungarian company and tax numbers (the tax number's first eight digits pass the IČO "
    "checksum) and no IČO",
    "style": "gmail",
    "from": "Gábor Szűcs <szucs.gabor@hirpont.example>",
    "subject": "Request XML election results - Hírpont (Hungary)",
    "body": _E028_TEXT,
    "html": gmail_html(_E028_TEXT),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Hírpont Média Kft.", "ico": None, "databox_id": None},
        "production_ips": ["203.0.113.180", "203.0.113.181", "203.0.113.182"],
        "test_ips": ["203.0.113.189"],
        "contact": {
            "person": "Gábor Szűcs",
            "email": "szucs.gabor@hirpont.example",
            "phone": "+36304127788",
        },
    },
}

CASES: list[dict[str, Any]] = [
    E015,
    E016,
    E017,
    E018,
    E019,
    E020,
    E021,
    E022,
    E023,
    E024,
    E025,
    E026,
    E027,
    E028,
]
