"""Tenth held-out part ``y``, cases y001–y014: attachments, forms and data boxes, written by
hand apart from the extraction rules (LABELS.md gives the labelling rules)."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind_a_common import Style as S
from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

VLTAVSKE = ico("4417302")
PODBRDSKO = ico("2905516")
KRUSNOHOR = ico("0638271")
ZPRAVY_OKO = ico("1784620")
VSMS = ico("2260913")
OPAVA = ico("0030071")
NOVINY_DOMA = ico("4870152")
VYCHOD = ico("5061874")
REPORTA = ico("2793345")
DATALAB = ico("0917264")
LETNA_TV = ico("4123058")
STREDOCESKY = ico("6283419")
MEDIAHOUSE = ico("2517786")

CASES: list[dict[str, Any]] = [
    {
        "id": "y001-vltavske-listy-docx-form",
        "description": "completed DOCX form with tick boxes in a table; the cover note only says "
        "'v příloze'; the filming box is left empty",
        "style": S.FORM,
        "labels": L(
            FEED, "Vltavské listy, a.s.", VLTAVSKE, None,
            ["198.51.100.23", "198.51.100.24"], ["198.51.100.90", "198.51.100.91"],
            "Radek Šindelář", "sindelar@vltavskelisty.example", "+420603218447",
        ),
        "from": "Sekretariát redakce <sekretariat@vltavskelisty.example>",
        "subject": "Zadost - volby 2023",
        "body": "Dobrý den,\nv příloze posíláme vyplněný formulář.\n\nSekretariát\n",
        "attachments": [
            ("docx", "formular_VL.docx", {
                "header": "Vltavské listy, a.s. | Lannova 12, 370 01 České Budějovice",
                "blocks": [
                    "ŽÁDOST MÉDIA – VOLBA PREZIDENTA REPUBLIKY 2023",
                    {"rows": [
                        ["Žadatel (název, právní forma)", "Vltavské listy, a.s."],
                        ["IČO", VLTAVSKE],
                        ["Požaduji", "☒ přístup k XML výstupům\n☐ povolení pořizovat záznam "
                         "na přebíracím místě"],
                        ["IP adresy – ostrý provoz", "198.51.100.23\n198.51.100.24"],
                        ["IP adresy – test", "198.51.100.90, 198.51.100.91"],
                        ["Kontaktní osoba", "Ing. Radek Šindelář, vedoucí IT"],
                        ["E-mail", "sindelar@vltavskelisty.example"],
                        ["Telefon", "603 218 447"],
                    ]},
                    "V Českých Budějovicích 9. 12. 2022",
                ],
            }),
        ],
    },
    {
        "id": "y002-podbrdsko-pdf-letterhead",
        "description": "PDF letter on a letterhead with IČO, DIČ and account; the director "
        "signs, the named technician is the contact; a written range of three addresses",
        "style": S.ATTACHMENT,
        "labels": L(
            FEED, "Rádio Podbrdsko s.r.o.", PODBRDSKO, None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42"], [],
            "Ondřej Kubíček", "kubicek@radiopodbrdsko.example", "+420731550218",
        ),
        "from": "Jitka Malá <mala@radiopodbrdsko.example>",
        "subject": "Žádost o připojení k volebnímu serveru ČSÚ",
        "body": "Dobrý den,\n\nza jednatele posílám podepsanou žádost (PDF).\n\n"
        "S pozdravem\nJitka Malá\nasistentka vedení\n",
        "attachments": [
            ("pdf", "zadost_podbrdsko.pdf", [
                "<b>Rádio Podbrdsko s.r.o.</b><br/>Pražská 318, 261 01 Příbram<br/>"
                f"IČO: {PODBRDSKO} | DIČ: CZ{PODBRDSKO} | č. ú. 2400117733/2010<br/>"
                "tel. ústředna +420 318 600 100",
                "Český statistický úřad<br/>Na padesátém 81<br/>100 82 Praha 10",
                "Věc: žádost o přidělení přístupu k výsledkům voleb ve formátu XML",
                "Vážení, naše stanice bude o volbě prezidenta vysílat zvláštní zpravodajské "
                "bloky a výsledky chceme přebírat přímo z vašeho serveru. Naše vysílací "
                "pracoviště bude přistupovat z adres 198.51.100.40 až 198.51.100.42. "
                "Testovací přístup nepožadujeme.",
                "Kontaktní osobou pro tuto žádost je náš technik Ondřej Kubíček, "
                "kubicek@radiopodbrdsko.example, mobil 731 550 218.",
                "Mgr. Pavel Hrubý<br/>jednatel",
            ]),
        ],
    },
    {
        "id": "y003-krusnohor-xlsx-hosts",
        "description": "XLSX host list with a decommissioned row and a second sheet with contacts; "
        "cover mail from an engineer with the IČO in the signature",
        "style": S.ATTACHMENT,
        "labels": L(
            FEED, "TV Krušnohor s.r.o.", KRUSNOHOR, None,
            ["203.0.113.130", "203.0.113.131"], ["203.0.113.140"],
            "Marek Vondráček", "vondracek@tvkrusnohor.example", "+420777301958",
        ),
        "from": "Marek Vondracek <vondracek@tvkrusnohor.example>",
        "subject": "XML vysledky - seznam serveru",
        "body": "Zdravim,\n\nposilam tabulku nasich stroju, ze kterych budeme stahovat "
        "vysledky. Radek se stavem 'vyrazen' tam je jen pro poradek, ten uz nepouzivame.\n\n"
        "Marek Vondráček\nTV Krušnohor s.r.o., IČO " + KRUSNOHOR + "\n+420 777 301 958\n",
        "attachments": [
            ("xlsx", "servery_volby.xlsx", [
                {"title": "Servery", "rows": [
                    ["Hostname", "IP", "Účel", "Stav"],
                    ["xml-a.tvk", "203.0.113.130", "produkce", "aktivní"],
                    ["xml-b.tvk", "203.0.113.131", "produkce", "aktivní"],
                    ["xml-old", "203.0.113.12", "produkce", "vyřazen"],
                    ["xml-dev", "203.0.113.140", "test", "aktivní"],
                ]},
                {"title": "Kontakty", "rows": [
                    ["Role", "Jméno", "E-mail", "Telefon"],
                    ["technik", "Marek Vondráček", "vondracek@tvkrusnohor.example",
                     "777 301 958"],
                ]},
            ]),
        ],
    },
    {
        "id": "y004-zpravy-oko-databox-annotation",
        "description": "data message whose only content is the annotation and a short TXT; "
        "the sender box is the applicant's",
        "style": S.DATABOX,
        "labels": L(
            FEED, "Zprávy Oko s.r.o.", ZPRAVY_OKO, "k4wq9tz",
            ["192.0.2.77"], [],
            "Lucie Brabcová", "brabcova@zpravyoko.example", "+420602447130",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "databox": {"box": "k4wq9tz", "sender": "Zprávy Oko s.r.o.",
                    "address": "Palackého 14, 779 00 Olomouc"},
        "attachments": [
            ("txt", "zadost.txt",
             "Zprávy Oko s.r.o., IČO " + ZPRAVY_OKO + "\n"
             "žádáme o přístup k XML výsledkům voleb prezidenta.\n"
             "IP: 192.0.2.77\n"
             "kontakt: Lucie Brabcová, brabcova@zpravyoko.example, 602 447 130\n"),
        ],
    },
    {
        "id": "y005-vsms-odt-filming",
        "description": "ODT request of a private college for students to film at a collection "
        "point; no feed access, no addresses",
        "style": S.RECORDING,
        "labels": L(
            FILM, "Vysoká škola mediálních studií Brno, o.p.s.", VSMS, None,
            [], [],
            "Veronika Pešková", "peskova@vsms-brno.example", "+420541220987",
        ),
        "from": "\"Pešková, Veronika\" <peskova@vsms-brno.example>",
        "subject": "Natáčení studentů – přebírací místo Brno",
        "body": "Dobrý den, posílám žádost našich studentů žurnalistiky v příloze. "
        "Děkuji, V. Pešková\n",
        "attachments": [
            ("odt", "zadost_nataceni.odt", [
                "Vysoká škola mediálních studií Brno, o.p.s.",
                f"Údolní 53, 602 00 Brno, IČO {VSMS}",
                "Žádost o povolení pořizovat obrazový a zvukový záznam",
                "Studenti druhého ročníku připravují v rámci ateliéru televizní reportáž "
                "o zpracování výsledků voleb. Prosíme o povolení natáčet na přebíracím "
                "místě v Brně v sobotu odpoledne, štáb budou tvořit tři osoby.",
                [["Štáb", "Funkce"], ["Adam Kříž", "kamera"], ["Tereza Holá", "zvuk"],
                 ["Jonáš Beneš", "redaktor"]],
                "Kontaktní osoba za školu: Mgr. Veronika Pešková, tel. 541 220 987, "
                "peskova@vsms-brno.example",
            ]),
        ],
    },
    {
        "id": "y006-opava-rtf-netmask",
        "description": "RTF from a town's newsroom; the production address is given with a "
        "netmask (four addresses), one test address",
        "style": S.ATTACHMENT,
        "labels": L(
            FEED, "Statutární město Opava", OPAVA, None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.30"],
            "Petr Sýkora", "petr.sykora@opava-mesto.example", "+420553756210",
        ),
        "from": "Petr Sykora <petr.sykora@opava-mesto.example>",
        "subject": "Opavský zpravodaj - přístup k výsledkům",
        "body": "Dobrý den, žádost je v příloze ve formátu RTF. Petr Sýkora, odbor "
        "informatiky\n",
        "attachments": [
            ("rtf", "zadost_opava.rtf", [
                "Statutární město Opava\nHorní náměstí 69, 746 01 Opava\nIČO " + OPAVA,
                "Redakce Opavského zpravodaje žádá o zřízení přístupu k serveru "
                "s výsledky voleb ve formátu XML.",
                [["Prostředí", "Adresa", "Maska"],
                 ["ostrý provoz", "203.0.113.16", "255.255.255.252"],
                 ["test", "203.0.113.30", "255.255.255.255"]],
                "Kontakt: Petr Sýkora, odbor informatiky, tel. 553 756 210, "
                "petr.sykora@opava-mesto.example",
            ]),
        ],
    },
    {
        "id": "y007-wisniewski-txt-english",
        "description": "foreign freelancer without IČO, English TXT attachment, an IPv6 and an "
        "IPv4 production address",
        "style": S.ENGLISH,
        "labels": L(
            FEED, "Tomasz Wiśniewski", None, None,
            ["2001:db8:4a::15", "198.51.100.201"], [],
            "Tomasz Wiśniewski", "tomasz.w@freelance-press.example", "+48601772315",
        ),
        "from": "Tomasz Wisniewski <tomasz.w@freelance-press.example>",
        "subject": "Request - election results feed",
        "body": "Hello,\nplease find my application attached (plain text).\nRegards, Tomasz\n",
        "attachments": [
            ("txt", "application.txt",
             "APPLICATION FOR ACCESS TO THE ELECTION RESULTS XML FEED\n\n"
             "Applicant: Tomasz Wiśniewski, freelance journalist (Warsaw, Poland)\n"
             "I write for several Polish regional dailies and would like to pull the "
             "results directly during the presidential election count.\n\n"
             "Production hosts:\n  2001:db8:4a::15\n  198.51.100.201\n"
             "Test hosts: none needed\n\n"
             "Contact: tomasz.w@freelance-press.example, +48 601 772 315\n"),
        ],
    },
    {
        "id": "y008-noviny-doma-correction",
        "description": "DOCX lists a test address; the cover note corrects it",
        "style": S.CORRECTION,
        "labels": L(
            FEED, "Noviny Doma s.r.o.", NOVINY_DOMA, None,
            ["192.0.2.44"], ["192.0.2.58"],
            "Hana Pospíšilová", "pospisilova@novinydoma.example", "+420724019335",
        ),
        "from": "Hana Pospíšilová <pospisilova@novinydoma.example>",
        "subject": "žádost XML + oprava",
        "body": "Dobrý den,\n\nv přiložené žádosti je překlep – testovací adresa není "
        "192.0.2.50, správně má být 192.0.2.58. Ostatní údaje platí.\n\n"
        "Hana Pospíšilová\n",
        "attachments": [
            ("docx", "zadost.docx", {"blocks": [
                "Noviny Doma s.r.o., IČO " + NOVINY_DOMA,
                "Žádáme o přístup k XML výsledkům voleb.",
                "Produkční IP: 192.0.2.44",
                "Testovací IP: 192.0.2.50",
                "Kontakt: Hana Pospíšilová, pospisilova@novinydoma.example, +420 724 019 335",
            ]}),
        ],
    },
    {
        "id": "y009-dennik-vychod-pdf-columns",
        "description": "Slovak applicant; PDF with two columns (production | test) whose cells "
        "wrap",
        "style": S.SLOVAK,
        "labels": L(
            FEED, "Denník Východ, s. r. o.", VYCHOD, None,
            ["198.18.4.10", "198.18.4.11"], ["198.18.5.10"],
            "Ján Hudák", "hudak@dennikvychod.example", "+421905113482",
        ),
        "from": "Jan Hudak <hudak@dennikvychod.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "body": "Dobrý deň,\nv prílohe zasielam žiadosť nášho vydavateľstva.\n"
        "S pozdravom\nJán Hudák\n",
        "attachments": [
            ("pdf", "ziadost_vychod.pdf", [
                "<b>Denník Východ, s. r. o.</b>, Hlavná 88, 040 01 Košice, IČO: " + VYCHOD,
                "Žiadame o pridelenie prístupu k XML výstupom výsledkov voľby prezidenta "
                "Českej republiky pre našu online redakciu.",
                {"rows": [
                    ["Produkčné prostredie", "Testovacie prostredie"],
                    ["198.18.4.10 (hlavný server) 198.18.4.11 (záložný server)",
                     "198.18.5.10 (vývojový server redakcie)"],
                ], "widths": [110, 110]},
                "Kontaktná osoba: Ján Hudák, hudak@dennikvychod.example, +421 905 113 482",
            ]),
        ],
    },
    {
        "id": "y010-reporta-databox-docx-both",
        "description": "data message with a DOCX form asking for both the feed and filming; the "
        "sender box is the applicant's",
        "style": S.DATABOX,
        "labels": L(
            BOTH, "REPORTA media a.s.", REPORTA, "p7mn2rx",
            ["203.0.113.61", "203.0.113.62"], ["203.0.113.69"],
            "Filip Zedník", "zednik@reporta.example", "+420608114255",
        ),
        "subject": "Žádost – XML výsledky a natáčení",
        "databox": {"box": "p7mn2rx", "sender": "REPORTA media a.s.",
                    "address": "Na Florenci 2116/15, 110 00 Praha 1"},
        "attachments": [
            ("docx", "REPORTA_zadost.docx", {"blocks": [
                "REPORTA media a.s.",
                {"rows": [
                    ["IČO", REPORTA],
                    ["Žádáme o", "[x] přístup k XML   [x] natáčení na přebíracím místě"],
                    ["Produkční adresy", "203.0.113.61, 203.0.113.62"],
                    ["Testovací adresa", "203.0.113.69"],
                    ["Kontakt", "Filip Zedník, zednik@reporta.example, 608 114 255"],
                ]},
                "Štáb pro natáčení: kameraman Luboš Vrba, redaktorka Eva Pekárková.",
            ]}),
        ],
    },
    {
        "id": "y011-datalab-xlsx-cidr",
        "description": "XLSX with a /30 production block and a written two-address test range; "
        "Gmail-style short note",
        "style": S.GMAIL,
        "labels": L(
            FEED, "DataLab News s.r.o.", DATALAB, None,
            ["198.18.7.0", "198.18.7.1", "198.18.7.2", "198.18.7.3"],
            ["198.18.7.8", "198.18.7.9"],
            "Kristýna Vlčková", "vlckova@datalab.example", "+420739221604",
        ),
        "from": "Kristýna Vlčková <vlckova@datalab.example>",
        "subject": "adresy pro XML",
        "body": "Dobrý den,\nposílám za DataLab News s.r.o. (IČO " + DATALAB + ") adresy "
        "v tabulce. Kontakt jsem já, tel. 739 221 604.\nKristýna Vlčková\n",
        "html": "<div dir=\"ltr\">Dobrý den,<br>posílám za DataLab News s.r.o. (IČO "
        + DATALAB + ") adresy v tabulce. Kontakt jsem já, tel. 739&nbsp;221&nbsp;604.<br>"
        "Kristýna Vlčková</div>\n",
        "attachments": [
            ("xlsx", "adresy.xlsx", [
                {"title": "List1", "rows": [
                    ["prostředí", "rozsah"],
                    ["ostrý provoz", "198.18.7.0/30"],
                    ["testování", "198.18.7.8 - 198.18.7.9"],
                ]},
            ]),
        ],
    },
    {
        "id": "y012-letna-tv-pdf-form-ne",
        "description": "PDF form: feed ANO, filming NE; addresses in a table",
        "style": S.FORM,
        "labels": L(
            FEED, "Letná TV, z.s.", LETNA_TV, None,
            ["192.0.2.120"], ["192.0.2.121"],
            "Vojtěch Charvát", "charvat@letnatv.example", "+420776908112",
        ),
        "from": "Letna TV <info@letnatv.example>",
        "subject": "formular",
        "body": "Vyplněný formulář v příloze.\n",
        "attachments": [
            ("pdf", "formular.pdf", [
                "FORMULÁŘ ŽÁDOSTI – MÉDIA",
                {"rows": [
                    ["Název žadatele", "Letná TV, z.s."],
                    ["IČO", LETNA_TV],
                    ["Přístup k XML výsledkům", "ANO"],
                    ["Pořizování záznamu na přebíracím místě", "NE"],
                    ["IP ostrý provoz", "192.0.2.120"],
                    ["IP test", "192.0.2.121"],
                    ["Kontaktní osoba / e-mail / telefon",
                     "Vojtěch Charvát / charvat@letnatv.example / 776 908 112"],
                ], "widths": [200, 230]},
            ]),
        ],
    },
    {
        "id": "y013-stredocesky-odt-withdrawn-filming",
        "description": "ODT asks for feed and filming; the cover note withdraws the filming",
        "style": S.CORRECTION,
        "labels": L(
            FEED, "Středočeský týdeník, spol. s r.o.", STREDOCESKY, None,
            ["203.0.113.201"], [],
            "Jaroslav Mikeš", "mikes@stredoceskytydenik.example", "+420605381720",
        ),
        "from": "Jaroslav Mikeš <mikes@stredoceskytydenik.example>",
        "subject": "Re: žádost – volby",
        "body": "Dobrý den,\n\nposílám žádost, jen jedna změna proti příloze: natáčet "
        "na přebíracím místě nakonec nebudeme, kolega onemocněl, takže tu část "
        "prosím neberte v úvahu. Přístup k XML potřebujeme.\n\nJ. Mikeš\n",
        "attachments": [
            ("odt", "zadost_ST.odt", [
                "Středočeský týdeník, spol. s r.o., IČO " + STREDOCESKY,
                "Žádáme o: 1) přístup k výsledkům ve formátu XML, 2) povolení natáčet "
                "na přebíracím místě v Kladně.",
                "IP adresa (ostrý provoz): 203.0.113.201",
                "Kontakt: Jaroslav Mikeš, mikes@stredoceskytydenik.example, 605 381 720",
            ]),
        ],
    },
    {
        "id": "y014-mediahouse-docx-letterhead",
        "description": "DOCX letter: header with the publisher's IČO, footer with register "
        "data; the publication and publisher are both named; the chief editor signs, the "
        "IT manager is the contact with a direct line before the switchboard",
        "style": S.SIGNATURE,
        "labels": L(
            FEED, "Mediahouse Morava a.s.", MEDIAHOUSE, None,
            ["198.51.100.150", "198.51.100.151", "2001:db8:77::10"], ["198.51.100.160"],
            "Zdeněk Polášek", "polasek@mediahouse-morava.example", "+420585111240",
        ),
        "from": "Redakce Hanácký večerník <redakce@hanackyvecernik.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Hanácký večerník",
        "body": "Dobrý den, v příloze zasíláme žádost. S pozdravem redakce\n",
        "attachments": [
            ("docx", "zadost_HV.docx", {
                "header": f"Mediahouse Morava a.s. | IČO {MEDIAHOUSE} | Riegrova 20, Olomouc",
                "footer": "Zapsáno v obchodním rejstříku vedeném KS v Ostravě, oddíl B, "
                "vložka 4471 | ústředna +420 585 111 000",
                "blocks": [
                    "Věc: žádost o přístup k XML výsledkům voleb",
                    "Společnost Mediahouse Morava a.s., vydavatel deníku Hanácký večerník, "
                    "žádá o přístup k serveru s výsledky volby prezidenta.",
                    "Ostrý provoz: 198.51.100.150, 198.51.100.151, 2001:db8:77::10",
                    "Testovací prostředí: 198.51.100.160",
                    "Kontaktní osobou pro tuto žádost je vedoucí IT Zdeněk "
                    "Polášek, polasek@mediahouse-morava.example, přímá linka "
                    "+420 585 111 240.",
                    "S pozdravem",
                    "Mgr. Alena Čermáková, šéfredaktorka",
                ],
            }),
        ],
    },
]
