"""Third-round held-out cases e029–e042 (hand "e"): foreign newsrooms, replies and
corrections, IPv6 written out in full, look-alike numbers, public bodies by data box. Written
apart from the extraction rules; labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fresh_e_common import (
    OUTLOOK,
    ROUNDCUBE,
    THUNDERBIRD,
    flowed,
    gmail_html,
    outlook_html,
)

E029: dict[str, Any] = {
    "id": "e029-dresden-paper-filming-no-feed",
    "description": "German regional paper in English asks only to film, says it does not "
    "need the XML feed; publisher GmbH & Co. KG named apart from the title; German mobile "
    "after a switchboard with (0)",
    "style": "webmail",
    "from": "Katrin Vogel <k.vogel@grenzland-zeitung.example>",
    "subject": "Filming permission at collection point Ústí nad Labem – Grenzland Zeitung",
    "headers": [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev38")],
    "body": """\
Dear Sir or Madam,

the Sächsische Grenzland Zeitung is planning a multimedia report about the election night in \
our Czech neighbour region. Our video reporter would like to film at your collection point \
(přebírací místo) in Ústí nad Labem for approx. 45 minutes, starting when the first results \
come in.

Person who will film: Felix Brandt, video reporter
Applicant: Grenzland Verlag GmbH & Co. KG, Ostra-Allee 11, 01067 Dresden, Germany \
(HRA 8874, Amtsgericht Dresden), publisher of the Sächsische Grenzland Zeitung
Newsroom: Redaktion Sächsische Grenzland Zeitung, same address

We do not need the XML data feed, our data desk works with the public volby.cz pages.

Contact for this request: Katrin Vogel (me), desk editor
Mobile: +49 171 5523 018
Newsroom switchboard: +49 (0)351 4864-0
E-mail: k.vogel@grenzland-zeitung.example

Felix can be reached at +49 160 9911 2374 or f.brandt@grenzland-zeitung.example.

Thank you and kind regards
Katrin Vogel
""",
    "labels": {
        "request_types": ["recording_permit"],
        "organization": {
            "name": "Grenzland Verlag GmbH & Co. KG",
            "ico": None,
            "databox_id": None,
        },
        "production_ips": [],
        "test_ips": [],
        "contact": {
            "person": "Katrin Vogel",
            "email": "k.vogel@grenzland-zeitung.example",
            "phone": "+491715523018",
        },
    },
}

E030: dict[str, Any] = {
    "id": "e030-terse-reply-to-press-release",
    "description": "four-line answer on top of the office's quoted press release, which "
    "carries the office's own IČO, data box, e-mail and phone",
    "style": "reply",
    "from": "Adam Krejčí <krejci@kladenske-listy.example>",
    "subject": "RE: ČSÚ nabízí během voleb vyhrazené připojení pro média",
    "headers": OUTLOOK,
    "body": """\
Dobrý den,
chceme se přihlásit. Kladenské listy s.r.o., IČ 25712071.
IP ostré: 192.0.2.111
IP test: 192.0.2.112, 192.0.2.113
Kontakt: Adam Krejčí, 606 711 905
Díky, A. K.

-----Původní zpráva-----
Od: Informační služby ČSÚ <infoservis@czso.cz>
Odesláno: pondělí 3. dubna 2023 10:15
Předmět: ČSÚ nabízí během voleb vyhrazené připojení pro média

Český statistický úřad (IČO 00025593) nabízí sdělovacím prostředkům i pro nadcházející \
volby vyhrazené připojení k serveru s průběžnými výsledky ve formátu XML. Server bude \
dostupný pouze z registrovaných IP adres. Žádost musí obsahovat seznam nejvýše 5 IP adres \
pro ostrý provoz a nejvýše 5 testovacích IP adres, které budou při reálném zpracování \
odpojeny, a dále kontaktní e-mail a telefon.

Žádosti zasílejte na adresu podatelna@czso.cz nebo do datové schránky 2gfaasy. Pozdější \
žádosti nebudou přijaty. Úřad si vyhrazuje právo žádost bez udání důvodu odmítnout.

Kontakt pro média: tel. 274 052 733, infoservis@czso.cz
""",
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Kladenské listy s.r.o.", "ico": "25712071", "databox_id": None},
        "production_ips": ["192.0.2.111"],
        "test_ips": ["192.0.2.112", "192.0.2.113"],
        "contact": {
            "person": "Adam Krejčí",
            "email": "krejci@kladenske-listy.example",
            "phone": "+420606711905",
        },
    },
}

E031: dict[str, Any] = {
    "id": "e031-ipv6-written-out-and-127",
    "description": "online daily on IPv6: production IPv6 written out in full with leading "
    "zeros, one IPv4, and a test /127 (two addresses)",
    "style": "thunderbird",
    "from": "Vít Pešek <vit.pesek@datarun.example>",
    "subject": "Žádost o přístup k XML (IPv4 + IPv6) – Datarun",
    "headers": THUNDERBIRD,
    "flowed": True,
    "cte": "8bit",
    "body": flowed("""\
Dobrý den,

online deník Datarun (provozovatel DATARUN media s.r.o., IČO 08652074) žádá o přístup \
k vyhrazenému serveru s výsledky voleb. Naše infrastruktura běží primárně na IPv6, proto \
uvádím obě rodiny adres:

Produkce:
   2001:0db8:0a11:0000:0000:0000:0000:0010
   2001:0db8:0a11:0000:0000:0000:0000:0011
   192.0.2.230
Test:
   2001:db8:a11:7::/127 (obě adresy)

Kontakt: Vít Pešek, CTO, vit.pesek@datarun.example, +420 720 918 366

Díky,
Vít
"""),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "DATARUN media s.r.o.", "ico": "08652074", "databox_id": None},
        "production_ips": ["2001:db8:a11::10", "2001:db8:a11::11", "192.0.2.230"],
        "test_ips": ["2001:db8:a11:7::", "2001:db8:a11:7::1"],
        "contact": {
            "person": "Vít Pešek",
            "email": "vit.pesek@datarun.example",
            "phone": "+420720918366",
        },
    },
}

E032: dict[str, Any] = {
    "id": "e032-vietnamese-community-weekly",
    "description": "Vietnamese-language community weekly in non-native Czech without "
    "diacritics, IČO written with spaces, main and backup server both production, phone "
    "with hyphens",
    "style": "webmail",
    "from": "Nguyen Van Minh <minh.nguyen@cau-noi.example>",
    "subject": "Zadost pristup vysledky voleb XML - noviny Cau Noi",
    "headers": ROUNDCUBE,
    "body": """\
Dobry den,

jmenuji se Nguyen Van Minh, jsem redaktor tydeniku Cau Noi, ktery vychazi ve vietnamstine \
pro vietnamskou komunitu v Cesku. Vydavatel je firma CAU NOI MEDIA s.r.o., ICO: 038 41 278, \
Sapa, Libusska 319, Praha 4. Chteli bysme ve volebni noc davat vysledky na nas web \
a Facebook ve vietnamstine, protoze hodne nasich ctenaru ma uz ceske obcanstvi a voli.

Prosime o pristup k XML serveru. Nase IP adresy:
- hlavni server: 192.0.2.120
- druhy server (zaloha): 192.0.2.121
Testovaci adresu nemame.

Kontakt: Nguyen Van Minh, tel: 777-888-314, email minh.nguyen@cau-noi.example
Kdyby byl problem s cestinou, muzete psat i anglicky.

Dekuji moc
Nguyen Van Minh
""",
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "CAU NOI MEDIA s.r.o.", "ico": "03841278", "databox_id": None},
        "production_ips": ["192.0.2.120", "192.0.2.121"],
        "test_ips": [],
        "contact": {
            "person": "Nguyen Van Minh",
            "email": "minh.nguyen@cau-noi.example",
            "phone": "+420777888314",
        },
    },
}

E033: dict[str, Any] = {
    "id": "e033-admin-note-version-numbers",
    "description": "admin's note without diacritics from a bare address: a dotted client "
    "version, an OS version and a date next to the addresses",
    "style": "note",
    "from": "admin@zlinskyexpres.example",
    "subject": "pristup XML server - Zlinsky expres",
    "body": """\
Zdravim,

posilam IP pro pristup na XML server vysledku voleb:

ostra: 198.18.150.21, 198.18.150.22
testovaci: 198.18.150.30

Stahovat budeme nasim klientem volby-fetch 2.4.1.7 (bezi na Debianu 11.6), interval 30 s. \
Posledni zkouska probehla 14.4.2023 z testovaci adresy.

Zadatel: Zlinsky expres, s.r.o., IC 24093131
Kontakt: Radim Kolarik, tel. 604 515 227

Radim Kolarik
spravce IT
""",
    "cte": "7bit",
    "charset": "us-ascii",
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Zlinsky expres, s.r.o.", "ico": "24093131", "databox_id": None},
        "production_ips": ["198.18.150.21", "198.18.150.22"],
        "test_ips": ["198.18.150.30"],
        "contact": {
            "person": "Radim Kolarik",
            "email": "admin@zlinskyexpres.example",
            "phone": "+420604515227",
        },
    },
}

_E034_TEXT = """\
Dobrý den,

žádáme o přístup k vyhrazenému XML serveru i pro letošní volby. Od minulých voleb jsme \
přestěhovali servery k jinému poskytovateli, takže staré adresy 192.0.2.14 a 192.0.2.15 už \
nepoužíváme – prosím, nepovolujte je.

Nové adresy pro ostrý provoz: 198.51.100.114, 198.51.100.115
Nová testovací adresa: 198.51.100.119

Kontaktní osoba zůstává stejná: Ivana Kopecká, 728 661 340.

S pozdravem
Ivana Kopecká
programová ředitelka
Rádio Podlesí s.r.o., IČO 67778054
Palackého 117, 783 91 Uničov
"""

E034: dict[str, Any] = {
    "id": "e034-radio-old-addresses-dropped",
    "description": "last election's addresses named as no longer used before the new ones; "
    "IČO only in the signature",
    "style": "outlook",
    "from": "Ivana Kopecká <kopecka@radio-podlesi.example>",
    "subject": "Aktualizované IP adresy – žádost o XML přístup, Rádio Podlesí",
    "headers": OUTLOOK,
    "body": _E034_TEXT,
    "html": outlook_html(_E034_TEXT),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Rádio Podlesí s.r.o.", "ico": "67778054", "databox_id": None},
        "production_ips": ["198.51.100.114", "198.51.100.115"],
        "test_ips": ["198.51.100.119"],
        "contact": {
            "person": "Ivana Kopecká",
            "email": "kopecka@radio-podlesi.example",
            "phone": "+420728661340",
        },
    },
}

E035: dict[str, Any] = {
    "id": "e035-slovak-publisher-branch-databox",
    "description": "Czech branch of a Slovak publisher by data box, ODT application in "
    "Slovak, test addresses as a /30 (four)",
    "style": "databox",
    "databox": {
        "box": "m2dz8kr",
        "sender": "NOVINY SLOVENSKO s. r. o., organizační složka",
        "address": "Pobřežní 3, 186 00 Praha 8",
        "type": 20,
    },
    "subject": "Žiadosť o prístup k XML serveru s výsledkami volieb",
    "attachments": [
        (
            "odt",
            "ziadost_XML.odt",
            [
                "NOVINY SLOVENSKO s. r. o., organizační složka",
                "Pobřežní 3, 186 00 Praha 8, IČO: 05102448",
                "Vec: Žiadosť o pridelenie prístupu k vyhradenému serveru",
                "Naša pražská redakcia pripravuje pre slovenské vydanie spravodajstvo "
                "z českých volieb. Žiadame o prístup k serveru s priebežnými výsledkami vo "
                "formáte XML z nasledujúcich adries:",
                "Produkčné: 203.0.113.70, 203.0.113.71",
                "Testovacie: 198.18.30.8/30",
                "Kontaktná osoba: Róbert Vanko, vedúci pražskej redakcie, "
                "robert.vanko@noviny-sk.example, +420 604 880 217",
                "S pozdravom",
                "Mgr. Róbert Vanko",
            ],
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "NOVINY SLOVENSKO s. r. o., organizační složka",
            "ico": "05102448",
            "databox_id": "m2dz8kr",
        },
        "production_ips": ["203.0.113.70", "203.0.113.71"],
        "test_ips": ["198.18.30.8", "198.18.30.9", "198.18.30.10", "198.18.30.11"],
        "contact": {
            "person": "Róbert Vanko",
            "email": "robert.vanko@noviny-sk.example",
            "phone": "+420604880217",
        },
    },
}

_E036_TEXT = """\
Good afternoon,

Westlight Radio (Westlight Broadcasting Ltd, Galway) would like to register for the \
dedicated results feed. We saw in your notice that you can also grant filming permission at \
the collection points - thank you, but we won't be sending anyone, so please only set us up \
for the data.

Production addresses: 198.51.100.71 and 198.51.100.72
Test: 198.51.100.78

I'm the contact for this: Niamh Gallagher, +353 91 555 0183.

Many thanks,
Niamh

--
Niamh Gallagher
Digital Producer, Westlight Radio
Westlight Broadcasting Ltd · Registered in Ireland no. 612784
"""

E036: dict[str, Any] = {
    "id": "e036-irish-radio-declines-filming",
    "description": "Irish radio in English registers for the feed and politely declines the "
    "filming permission it mentions",
    "style": "gmail",
    "from": "Niamh Gallagher <niamh.gallagher@westlight.example>",
    "subject": "Results feed registration — Westlight Radio",
    "body": _E036_TEXT,
    "html": gmail_html(_E036_TEXT),
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "Westlight Broadcasting Ltd",
            "ico": None,
            "databox_id": None,
        },
        "production_ips": ["198.51.100.71", "198.51.100.72"],
        "test_ips": ["198.51.100.78"],
        "contact": {
            "person": "Niamh Gallagher",
            "email": "niamh.gallagher@westlight.example",
            "phone": "+353915550183",
        },
    },
}

E037: dict[str, Any] = {
    "id": "e037-city-district-photos-databox",
    "description": "city district (public body) by data box asks only for presence at a "
    "collection point for its newsletter's photographer; the photographer's details come "
    "before the contact person's; explicitly no XML",
    "style": "databox",
    "databox": {
        "box": "zt4w9ha",
        "sender": "Městská část Praha 23",
        "address": "Náměstí Osvobození 1, 155 00 Praha 23",
        "type": 10,
        "ref": "P23/OK/0392/2023",
    },
    "subject": "Žádost o vydání povolení k přítomnosti na přebíracím místě – redakce "
    "Zpravodaje MČ Praha 23",
    "attachments": [
        (
            "pdf",
            "zadost_prebiraci_misto.pdf",
            [
                "<b>Městská část Praha 23</b>\nÚřad městské části, oddělení komunikace\n"
                "Náměstí Osvobození 1, 155 00 Praha 23\nIČO: 00245071",
                "Naše značka: P23/OK/0392/2023",
                "<b>Věc: Žádost o vydání povolení k přítomnosti na přebíracím místě ČSÚ</b>",
                "Redakce Zpravodaje MČ Praha 23 by ráda pořídila fotografie a krátké video "
                "z průběhu přebírání výsledků voleb na přebíracím místě v Praze. Záznam "
                "použijeme v tištěném zpravodaji a na webu městské části.",
                {
                    "rows": [
                        [
                            "Osoba, která bude záznam pořizovat",
                            "Ondřej Vlček, fotograf redakce, tel. 702 114 590, "
                            "vlcek@praha23.example",
                        ],
                        ["Žadatel", "Městská část Praha 23"],
                        [
                            "Redakce",
                            "Zpravodaj MČ Praha 23, Náměstí Osvobození 1, 155 00 Praha 23",
                        ],
                        [
                            "Kontaktní osoba žadatele",
                            "Mgr. Alena Fričová, vedoucí oddělení komunikace, tel. 257 000 318, "
                            "fricova@praha23.example",
                        ],
                        ["Přebírací místo", "hl. m. Praha"],
                    ],
                    "widths": [160, 280],
                },
                "O přístup k serveru s výsledky ve formátu XML nežádáme.",
                "Mgr. Alena Fričová\nvedoucí oddělení komunikace",
            ],
        )
    ],
    "labels": {
        "request_types": ["recording_permit"],
        "organization": {
            "name": "Městská část Praha 23",
            "ico": "00245071",
            "databox_id": "zt4w9ha",
        },
        "production_ips": [],
        "test_ips": [],
        "contact": {
            "person": "Alena Fričová",
            "email": "fricova@praha23.example",
            "phone": "+420257000318",
        },
    },
}

E038: dict[str, Any] = {
    "id": "e038-publisher-range-with-az",
    "description": "publisher of two regional titles gives production as a range written "
    "with 'až' (four addresses behind a load balancer); the contact's direct line in 3-2-2-2 "
    "grouping",
    "style": "webmail",
    "from": "Ing. Filip Dvořák <dvorak@mediaprint-sumava.example>",
    "subject": "přístup k volebnímu XML serveru – Šumavské noviny",
    "headers": ROUNDCUBE,
    "body": """\
Dobrý den,

vydavatelství MEDIAPRINT ŠUMAVA s.r.o. (IČ 65704665), které vydává Šumavské noviny \
a Klatovský týdeník, žádá o přístup k vyhrazenému serveru s výsledky voleb.

Pro ostrý provoz používáme souvislý rozsah 198.51.100.200 až 198.51.100.203 (čtyři servery \
za load balancerem), pro testování jedinou adresu 198.51.100.220.

Kontaktní osoba: Ing. Filip Dvořák, tel. +420 376 31 22 40 (přímá linka), \
dvorak@mediaprint-sumava.example

S pozdravem
Filip Dvořák
IT oddělení
""",
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "MEDIAPRINT ŠUMAVA s.r.o.",
            "ico": "65704665",
            "databox_id": None,
        },
        "production_ips": [
            "198.51.100.200",
            "198.51.100.201",
            "198.51.100.202",
            "198.51.100.203",
        ],
        "test_ips": ["198.51.100.220"],
        "contact": {
            "person": "Filip Dvořák",
            "email": "dvorak@mediaprint-sumava.example",
            "phone": "+420376312240",
        },
    },
}

_E039_TEXT = """\
Dobrý den,

žádáme o zřízení přístupu k XML serveru s výsledky voleb. IP adresy najdete v příloze \
(sloupce podle prostředí). Kontaktní osobou pro žádost je náš technik, jeho údaje jsou na \
druhém listu téže tabulky.

Žadatel: TV Morava-sever, spol. s r.o., IČO 58834010

Děkuji
Barbora Knotková
asistentka ředitele
"""

E039: dict[str, Any] = {
    "id": "e039-xlsx-roles-as-columns",
    "description": "XLSX with one column per role (Prod, Záloha, Test) of unequal length; "
    "the assistant who sends it points to the technician on the second sheet as the contact",
    "style": "spreadsheet",
    "from": "Barbora Knotková <knotkova@tvmorava-sever.example>",
    "subject": "TV Morava-sever: IP pro XML",
    "body": _E039_TEXT,
    "html": gmail_html(_E039_TEXT),
    "attachments": [
        (
            "xlsx",
            "TVMS_IP_volby.xlsx",
            [
                {
                    "title": "Adresy",
                    "rows": [
                        ["Prod", "Záloha", "Test"],
                        ["203.0.113.150", "203.0.113.151", "203.0.113.160"],
                        [None, None, "203.0.113.161"],
                    ],
                },
                {
                    "title": "Kontakt",
                    "rows": [
                        ["Technický kontakt", "Lubomír Hanák"],
                        ["E-mail", "hanak@tvmorava-sever.example"],
                        ["Mobil", "731 224 908"],
                    ],
                },
            ],
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {
            "name": "TV Morava-sever, spol. s r.o.",
            "ico": "58834010",
            "databox_id": None,
        },
        "production_ips": ["203.0.113.150", "203.0.113.151"],
        "test_ips": ["203.0.113.160", "203.0.113.161"],
        "contact": {
            "person": "Lubomír Hanák",
            "email": "hanak@tvmorava-sever.example",
            "phone": "+420731224908",
        },
    },
}

E040: dict[str, Any] = {
    "id": "e040-reply-corrects-own-phone",
    "description": "short reply correcting the contact's phone (two digits swapped) above "
    "the quoted original that holds everything else; the original states no test addresses",
    "style": "correction",
    "from": "Richard Polák <polak@hradeckyinfo.example>",
    "subject": "RE: Žádost o přístup k XML – Hradecký info",
    "headers": [
        *OUTLOOK,
        ("In-Reply-To", "<AM6PR0402MB3911A2@hradeckyinfo.example>"),
    ],
    "body": """\
Omlouvám se, v původním e-mailu jsem uvedl špatné číslo na sebe. Správně je 739 114 260. \
Zbytek žádosti platí.

R. Polák

-----Původní zpráva-----
Od: Richard Polák <polak@hradeckyinfo.example>
Odesláno: středa 12. dubna 2023 14:31
Komu: podatelna@czso.cz
Předmět: Žádost o přístup k XML – Hradecký info

Dobrý den,

Hradecký info, z. ú. (IČO 02346681), provozovatel zpravodajského portálu Hradecký info, \
žádá o přístup k vyhrazenému serveru s výsledky voleb.

Produkční IP: 192.0.2.55
Testovací IP: žádné

Kontaktní osoba: Richard Polák, tel. 739 141 260, polak@hradeckyinfo.example

S pozdravem
Richard Polák
ředitel ústavu
""",
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Hradecký info, z. ú.", "ico": "02346681", "databox_id": None},
        "production_ips": ["192.0.2.55"],
        "test_ips": [],
        "contact": {
            "person": "Richard Polák",
            "email": "polak@hradeckyinfo.example",
            "phone": "+420739114260",
        },
    },
}

E041: dict[str, Any] = {
    "id": "e041-freelance-photographer-databox",
    "description": "self-employed photographer and web publisher by her own data box "
    "(sender type PFO): DOCX asking for feed and presence at a collection point, phone with "
    "a slash",
    "style": "databox",
    "databox": {
        "box": "p6vn3fs",
        "sender": "Martina Zemanová",
        "address": "Na Výsluní 12, 370 06 České Budějovice",
        "type": 30,
    },
    "subject": "Žádost o přístup k výsledkům (XML) a o povolení fotografovat na přebíracím místě",
    "attachments": [
        (
            "docx",
            "Zemanova_zadost.docx",
            {
                "blocks": [
                    "Martina Zemanová – fotografka, vydavatelka webu Jihočeský obraz",
                    "IČO 20236824, ID datové schránky: p6vn3fs",
                    "Na Výsluní 12, 370 06 České Budějovice",
                    "Český statistický úřad – podatelna",
                    "Žádám o:",
                    "1) přístup k vyhrazenému serveru s průběžnými výsledky ve formátu XML "
                    "pro web Jihočeský obraz; ostrá IP adresa 192.0.2.18, testovací "
                    "192.0.2.19;",
                    "2) povolení k přítomnosti na přebíracím místě v Českých Budějovicích – "
                    "budu fotografovat průběh přebírání výsledků, fotografie zveřejním na "
                    "webu a nabídnu je regionálním médiím.",
                    "Osobou, která bude fotografovat, jsem já sama.",
                    "Telefon: 608 / 31 22 95, e-mail: zemanova@jihocesky-obraz.example",
                    "Martina Zemanová",
                ]
            },
        )
    ],
    "labels": {
        "request_types": ["feed_access", "recording_permit"],
        "organization": {
            "name": "Martina Zemanová",
            "ico": "20236824",
            "databox_id": "p6vn3fs",
        },
        "production_ips": ["192.0.2.18"],
        "test_ips": ["192.0.2.19"],
        "contact": {
            "person": "Martina Zemanová",
            "email": "zemanova@jihocesky-obraz.example",
            "phone": "+420608312295",
        },
    },
}

E042: dict[str, Any] = {
    "id": "e042-exile-newsroom-english-docx",
    "description": "Ukrainian-language newsroom registered in Prague as a z. s., formal "
    "English DOCX letter with 'ID No.', primary/secondary production, a Czech number "
    "preferred over a Ukrainian one",
    "style": "letter",
    "from": "Olena Kovalenko <o.kovalenko@skhid-media.example>",
    "subject": "Application for access to the election results XML server – Skhid Media",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")],
    "body": """\
Dear Sir or Madam,

please find attached our application for access to the dedicated XML results server. We \
apologise for writing in English; our Czech-speaking colleague is on leave this week.

Yours faithfully,
Olena Kovalenko
""",
    "attachments": [
        (
            "docx",
            "SkhidMedia_application_XML.docx",
            {
                "header": "SKHID MEDIA, z. s. — independent Ukrainian-language newsroom in Prague",
                "blocks": [
                    "Czech Statistical Office\nNa padesátém 81\n100 82 Prague 10",
                    "Prague, 13 April 2023",
                    "Re: Application for access to the dedicated server with election "
                    "results in XML",
                    "Skhid Media, z. s., ID No. 09127038, registered office Korunní 2569/108, "
                    "101 00 Prague 10, hereby applies for access to the dedicated server "
                    "with the running election results in XML format. We publish news for "
                    "the Ukrainian community living in Czechia and intend to present the "
                    "results in Ukrainian on the election night.",
                    {
                        "rows": [
                            ["Purpose", "IP address"],
                            ["Production (primary)", "198.18.5.20"],
                            ["Production (secondary)", "198.18.5.21"],
                            ["Testing", "198.18.5.30"],
                        ]
                    },
                    "Contact person: Dmytro Savchuk, technical editor, e-mail "
                    "d.savchuk@skhid-media.example, phone +420 773 402 519. Please use this "
                    "Czech number; his Ukrainian number +380 67 123 4567 will not be "
                    "reachable during the night.",
                    "Yours faithfully,",
                    "Olena Kovalenko\nChair of the Board, Skhid Media, z. s.",
                ],
            },
        )
    ],
    "labels": {
        "request_types": ["feed_access"],
        "organization": {"name": "Skhid Media, z. s.", "ico": "09127038", "databox_id": None},
        "production_ips": ["198.18.5.20", "198.18.5.21"],
        "test_ips": ["198.18.5.30"],
        "contact": {
            "person": "Dmytro Savchuk",
            "email": "d.savchuk@skhid-media.example",
            "phone": "+420773402519",
        },
    },
}

CASES: list[dict[str, Any]] = [
    E029,
    E030,
    E031,
    E032,
    E033,
    E034,
    E035,
    E036,
    E037,
    E038,
    E039,
    E040,
    E041,
    E042,
]
