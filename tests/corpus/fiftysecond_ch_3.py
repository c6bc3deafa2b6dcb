"""Fifty-second held-out part ``ch``, cases ch029–ch042: a data message with one application as
PDF and DOCX, a cover note that withdraws the filming the DOCX ticks, a workbook whose
"poznámka" withdraws a test row, an ODT letter behind a flowed cover whose footer and body name
different people, a data message whose annotation corrects its PDF, a university faculty, an
empty mail with a [x]/[ ] PDF and a written range, a forwarded .eml carrying the PDF, a data
message with an ODT letter, a scanned form with ✓ and ☒ marks, a two-page PDF whose IPv6 table
continues without its header, a Polish workbook, a reply with IČO and box ID in the signature
and an HTML mail with the application as PDF and DOCX. Written by hand apart from the
extraction rules (see make_fiftysecond_ch); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysecond_ch_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2817064"),
    ico("0639521"),
    ico("2754318"),
    ico("0298476"),
    ico("2681953"),
)
I34, I35, I36, I37, I38 = (
    ico("6139872"),
    ico("2492705"),
    ico("0836214"),
    ico("2347169"),
    ico("0715843"),
)
I39, I41, I42 = ico("2926471"), ico("0468392"), ico("2571036")


def _app29() -> list[Any]:
    return [
        "Hradecká mediální agentura, s.r.o. | Gočárova 504, 500 02 Hradec Králové | IČO " + I29,
        "Žádost o zpřístupnění výsledků voleb na dedikovaném serveru",
        "Produkční adresy: 203.0.113.230, 203.0.113.231",
        "Testovací adresa: 203.0.113.238",
        "Kontaktní osoba: Vratislav Mládek, +420 495 221 806, mladek@hkmedia.example",
        "Mgr. Irena Bělohlávková, jednatelka",
    ]


def _app42() -> list[Any]:
    return [
        "Opavský týdeník s.r.o., Ostrožná 19, 746 01 Opava, IČO " + I42,
        "Žádáme o povolení natáčet a fotografovat na pracovišti ČSÚ v Opavě během sčítání "
        "hlasů a o přístup k výsledkům voleb (XML).",
        "Produkce: 198.18.77.120\nProdukce (záloha): 198.18.77.121\nTest: 198.18.77.130",
        "Kontakt: Norbert Gold, 553 614 279, gold@opavskytydenik.example",
    ]


LONG_INTRO = [
    "Vážení,",
    "obracíme se na Vás s žádostí o zřízení přístupu k dedikovanému serveru s výsledky voleb. "
    "Naše společnost provozuje zpravodajský web a mobilní aplikaci, které ve volební noc "
    "zobrazují průběžné výsledky po obcích a okrscích; data zpracováváme automaticky a "
    "publikujeme je s odstupem nejvýše několika minut.",
    "Infrastrukturu jsme letos přestavěli: veškerý provoz běží na IPv6 ve dvou datových "
    "centrech, zpracování výsledků obstarávají samostatné servery s pevnými adresami. "
    "Starší adresy IPv4, které jste od nás dostali v minulých letech, proto již neplatí a "
    "prosíme je z evidence vyřadit.",
    "Bereme na vědomí podmínky užívání dat zveřejněné na Vašich stránkách, zejména zákaz "
    "dalšího prodeje dat a povinnost nahlásit změnu adres s dostatečným předstihem. Za "
    "dodržení podmínek odpovídá vedoucí vývoje uvedená níže jako kontaktní osoba.",
    "Testovací provoz bychom rádi spustili v termínu, který stanovíte; pro testy použijeme "
    "samostatný stroj mimo produkční cluster, aby se testovací dotazy nemíchaly s ostrým "
    "provozem. Jeho adresa je uvedena v tabulce spolu s ostatními.",
    "Současně si dovolujeme požádat, aby nám případné technické změny formátu XML byly "
    "oznámeny na adresu kontaktní osoby, protože náš parser je na struktuře souboru závislý "
    "a jeho úprava vyžaduje několik dní práce a testování.",
    "Pro úplnost uvádíme, že o povolení natáčet na pracovištích úřadu letos nežádáme; "
    "zpravodajství z volební noci zajišťujeme ze studia.",
    "Přehled adres, ze kterých budeme k serveru přistupovat, uvádíme v následující tabulce. "
    "Všechny adresy jsou pevně přidělené a nebudou se do voleb měnit.",
    "Děkujeme za vyřízení žádosti a jsme připraveni doplnit jakékoli další údaje, které "
    "budete k jejímu posouzení potřebovat. Níže je také uvedeno, na koho se obracet.",
    "Máme zkušenost z minulých voleb, kdy se přístup zřizoval na poslední chvíli a testy "
    "proběhly jen částečně; proto žádost posíláme s předstihem a prosíme o potvrzení "
    "přijetí na adresu kontaktní osoby.",
    "Zároveň děkujeme za loňskou spolupráci s technickou podporou úřadu, která byla ve "
    "volební noc velmi rychlá a vstřícná.",
    "Naše redakce bude ve volební noc pracovat v rozšířeném složení a výsledky budeme "
    "kromě webu a aplikace poskytovat také partnerským regionálním rádiím, která je "
    "odvysílají ve zpravodajských relacích; data samotná jim však předávat nebudeme.",
    "Pokud by bylo nutné žádost doplnit o podpis statutárního orgánu v jiné formě, "
    "prosíme o sdělení, rádi ji zašleme také datovou schránkou.",
    "Technickou dokumentaci k formátu XML jsme si stáhli z Vašich stránek a s naším "
    "parserem jsme ji již porovnali.",
]

CASES: list[dict[str, Any]] = [
    {
        "id": "ch029-databox-pdf-and-docx-twice",
        "description": "data message with a bare annotation and the same application twice, "
        "as PDF and DOCX (they agree); box ID from the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hradecká mediální agentura, s.r.o.",
            I29,
            "k8hm3ua",
            ["203.0.113.230", "203.0.113.231"],
            ["203.0.113.238"],
            "Vratislav Mládek",
            "mladek@hkmedia.example",
            "+420495221806",
        ),
        "databox": box(
            "k8hm3ua",
            "Hradecká mediální agentura, s.r.o.",
            "Gočárova 504, 500 02 Hradec Králové",
        ),
        "subject": "Žádost – volby 2025",
        "attachments": [
            ("pdf", "zadost_HMA.pdf", _app29()),
            ("docx", "zadost_HMA.docx", {"blocks": _app29()}),
        ],
    },
    {
        "id": "ch030-cover-withdraws-ticked-filming",
        "description": "the DOCX form ticks both requests with ☒, but the cover says the "
        "filming is off this year (the crew is elsewhere); only the feed is asked for",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník s.r.o.",
            I30,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.129"],
            "Petra Lukešová",
            "lukesova@mbdenik.example",
            "+420326740517",
        ),
        "from": "Petra Lukešová <lukesova@mbdenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nv příloze je naše žádost. Formulář jsem vyplňovala ještě v "
        "srpnu, mezitím se ukázalo, že štáb bude ve volební noc v Praze, takže o povolení "
        "natáčet na vašem pracovišti nežádáme – to zaškrtnutí prosím nebrat v úvahu. "
        "Přístup k datům platí.\n\nPetra Lukešová\nMladoboleslavský deník\n",
        "attachments": [
            (
                "docx",
                "MBD_formular.docx",
                {
                    "header": "Mladoboleslavský deník s.r.o. | IČO " + I30,
                    "blocks": [
                        "Žádost média – volby 2025",
                        "☒ přístup k výsledkům voleb (XML, dedikovaný server)",
                        "☒ povolení natáčet na pracovišti ČSÚ Mladá Boleslav",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.120, 192.0.2.121"],
                                ["Testovací IP", "192.0.2.129"],
                                [
                                    "Kontakt",
                                    "Petra Lukešová, 326 740 517, lukesova@mbdenik.example",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "ch031-xlsx-poznamka-withdraws-test-row",
        "description": "a workbook whose 'poznámka' column withdraws one of two test rows "
        "('stornováno') and marks a backup server, which is production",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Rádio Šumava, spol. s r.o.",
            I31,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.151"],
            "Bohumil Šafránek",
            "safranek@radiosumava.example",
            "+420376511284",
        ),
        "from": "Bohumil Šafránek <safranek@radiosumava.example>",
        "subject": "Rádio Šumava – adresy pro volby",
        "headers": TBIRD,
        "body": "Dobrý den, přikládám tabulku pro přístup k výsledkům voleb.\nŠafránek, technik\n",
        "attachments": [
            (
                "xlsx",
                "RS_volby.xlsx",
                [
                    {
                        "title": "Přístup",
                        "rows": [
                            ["Rádio Šumava, spol. s r.o., IČO " + I31, None, None],
                            ["IP", "účel", "poznámka"],
                            ["198.51.100.140", "produkce", ""],
                            ["198.51.100.141", "", "záložní server"],
                            ["198.51.100.150", "test", "stornováno, nepoužívat"],
                            ["198.51.100.151", "test", ""],
                            [None, None, None],
                            ["kontakt", "Šafránek Bohumil", "376 511 284"],
                            ["", "safranek@radiosumava.example", ""],
                        ],
                        "merge": ["A1:C1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "ch032-flowed-odt-footer-other-contact",
        "description": "format=flowed cover; the ODT letter's footer names the office manager "
        "with her line, the body names the web editor as the contact; feed and filming",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Prostějovský večerník s.r.o.",
            I32,
            None,
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.88"],
            "Matěj Hanák",
            "hanak@pvvecernik.example",
            "+420608441927",
        ),
        "from": "Matej Hanak <hanak@pvvecernik.example>",
        "subject": "Žádost PV večerník",
        "headers": EVOLUTION,
        "flowed": True,
        "body": "Dobrý den, v příloze posílám dopis s žádostí o přístup k datům z voleb a o "
        "povolení natáčet na pracovišti v Prostějově. Kdyby něco, ozvěte se mi.\n\n"
        "Matěj Hanák\n",
        "attachments": [
            (
                "odt",
                "dopis_CSU.odt",
                [
                    "Prostějovský večerník s.r.o.\nNáměstí T. G. Masaryka 12, 796 01 Prostějov"
                    "\nIČO " + I32,
                    "Věc: žádost o přístup k výsledkům voleb a povolení natáčení",
                    "Žádáme o přístup k výsledkům voleb z adres 203.0.113.80 a 203.0.113.81 "
                    "(produkce); testovat budeme z adresy 203.0.113.88. Dále žádáme o povolení "
                    "natáčet na pracovišti ČSÚ v Prostějově ve volební noc.",
                    "Kontaktní osoba ve věci této žádosti: Matěj Hanák, editor webu, "
                    "hanak@pvvecernik.example, tel. 608 441 927.",
                    "S pozdravem\nIng. Karel Dokoupil, jednatel",
                    "______________________________",
                    "Sekretariát: Jarmila Zbořilová, tel. 582 330 100, "
                    "sekretariat@pvvecernik.example",
                ],
            )
        ],
    },
    {
        "id": "ch033-databox-annotation-corrects-pdf",
        "description": "data message whose annotation corrects the PDF's second production "
        "address (a typo) and says the test server is dropped; the PDF still lists the old "
        "values",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vyškovské listy, z.ú.",
            I33,
            "v5yl7mc",
            ["198.18.62.14", "198.18.62.15"],
            [],
            "Hedvika Rybníčková",
            "rybnickova@vyskovskelisty.example",
            "+420517302649",
        ),
        "databox": box("v5yl7mc", "Vyškovské listy, z.ú.", "Masarykovo nám. 3, 682 01 Vyškov"),
        "subject": "Žádost o přístup k výsledkům voleb. OPRAVA k příloze: druhá produkční "
        "adresa je 198.18.62.15 (ne .51), testovací server rušíme, testovat budeme z produkce.",
        "attachments": [
            (
                "pdf",
                "VL_zadost.pdf",
                [
                    "Vyškovské listy, z.ú., IČO " + I33,
                    "Žádost o přístup k výsledkům voleb",
                    "Produkční IP: 198.18.62.14, 198.18.62.51",
                    "Testovací IP: 198.18.62.20",
                    "Kontakt: Hedvika Rybníčková, 517 302 649, rybnickova@vyskovskelisty.example",
                ],
            )
        ],
    },
    {
        "id": "ch034-faculty-applies-as-university",
        "description": "a faculty's lab applies on the faculty's letterhead (DOCX header); the "
        "applicant is the university with its legal form, whose IČO is in the footer",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Slezská polytechnická univerzita, veřejná vysoká škola",
            I34,
            None,
            ["2001:db8:a11::7", "192.0.2.77"],
            ["192.0.2.78"],
            "Šimon Vacula",
            "vacula@fss.spu.example",
            "+420553461902",
        ),
        "from": "Šimon Vacula <vacula@fss.spu.example>",
        "subject": "Žádost o přístup k výsledkům voleb – výzkumný projekt",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nv příloze žádost naší fakulty o přístup k výsledkům voleb pro "
        "výzkumný projekt. Podepsal ji děkan.\n\nŠimon Vacula\nLaboratoř volebních dat FSS\n",
        "attachments": [
            (
                "docx",
                "FSS_SPU_zadost.docx",
                {
                    "header": "Slezská polytechnická univerzita – Fakulta sociálních studií",
                    "footer": "Slezská polytechnická univerzita, veřejná vysoká škola · "
                    "Univerzitní 2, 746 01 Opava · IČO " + I34,
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb",
                        "Fakulta sociálních studií žádá o přístup k výsledkům voleb pro "
                        "výzkumný projekt Laboratoře volebních dat.",
                        {
                            "rows": [
                                ["Server", "Adresa", "Účel"],
                                ["sběr-1", "2001:db8:a11::7", "produkční"],
                                ["sběr-2", "192.0.2.77", "produkční"],
                                ["dev", "192.0.2.78", "testovací"],
                            ]
                        },
                        "Kontaktní osoba: Ing. Šimon Vacula, Ph.D., vacula@fss.spu.example, "
                        "553 461 902",
                        "prof. PhDr. Alois Kraus, CSc., děkan",
                    ],
                },
            )
        ],
    },
    {
        "id": "ch035-empty-pdf-brackets-written-range",
        "description": "no text at all; the PDF form has [x]/[ ] boxes (filming [ ]), a "
        "production range written '203.0.113.10–13' and a test address",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Kutnohorský zpravodaj s.r.o.",
            I35,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12", "203.0.113.13"],
            ["203.0.113.20"],
            "Alžběta Kroupová",
            "kroupova@khzpravodaj.example",
            "+420327519406",
        ),
        "from": '"Kroupová, Alžběta" <kroupova@khzpravodaj.example>',
        "subject": "žádost",
        "headers": OWA,
        "body": "",
        "attachments": [
            (
                "pdf",
                "formular_KHZ.pdf",
                [
                    "FORMULÁŘ ŽÁDOSTI – VOLBY",
                    "Žadatel: Kutnohorský zpravodaj s.r.o., Palackého nám. 9, Kutná Hora",
                    "IČO: " + I35,
                    "[x] přístup k výsledkům voleb (XML)\n[ ] povolení natáčení",
                    {
                        "rows": [
                            ["produkční adresy", "203.0.113.10–13"],
                            ["testovací adresa", "203.0.113.20"],
                            ["kontakt", "Alžběta Kroupová"],
                            ["telefon", "327 519 406"],
                            ["e-mail", "kroupova@khzpravodaj.example"],
                        ],
                        "widths": [130, 220],
                    },
                ],
            )
        ],
    },
    {
        "id": "ch036-forwarded-eml-carrying-pdf",
        "description": "the assistant forwards the director's mail as an attached .eml which "
        "itself carries the PDF application; her cover only asks for confirmation",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Rádio Beskydy a.s.",
            I36,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Lubomír Kotas",
            "kotas@radiobeskydy.example",
            "+420556712380",
        ),
        "from": "Sekretariát Rádio Beskydy <sekretariat@radiobeskydy.example>",
        "subject": "FW: Žádost ČSÚ",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\npřeposílám žádost pana ředitele, prosím o potvrzení přijetí.\n\n"
        "Sekretariát\n",
        "attachments": [
            (
                "eml",
                "Zadost CSU.eml",
                {
                    "id": "ch036-inner",
                    "from": "Lubomír Kotas <kotas@radiobeskydy.example>",
                    "to": "sekretariat@radiobeskydy.example",
                    "subject": "Žádost ČSÚ",
                    "body": "Prosím odeslat na podatelnu ČSÚ. LK\n",
                    "attachments": [
                        (
                            "pdf",
                            "RB_zadost.pdf",
                            [
                                "Rádio Beskydy a.s., Horní 15, 738 01 Frýdek-Místek, IČO " + I36,
                                "Žádáme o přístup k výsledkům voleb a o povolení "
                                "natáčet na pracovišti ve Frýdku-Místku.",
                                {
                                    "rows": [
                                        ["produkce", "192.0.2.160, 192.0.2.161"],
                                        ["test", "192.0.2.170"],
                                    ],
                                    "widths": [100, 220],
                                },
                                "Kontakt: Lubomír Kotas, ředitel, 556 712 380, "
                                "kotas@radiobeskydy.example",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "ch037-databox-odt-letter-footer",
        "description": "data message with a bare annotation and an ODT letter whose footer "
        "carries the IČO, the box ID and the switchboard, while the contact with her mobile "
        "is in the body",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Táborský hlas s.r.o.",
            I37,
            "z3th5kp",
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Lucie Charvátová",
            "charvatova@taborskyhlas.example",
            "+420739215086",
        ),
        "databox": box("z3th5kp", "Táborský hlas s.r.o.", "Žižkovo nám. 4, 390 01 Tábor"),
        "subject": "Volby – žádost",
        "attachments": [
            (
                "odt",
                "zadost_TH.odt",
                [
                    "Táborský hlas s.r.o.",
                    "Žádost o přístup k výsledkům voleb",
                    "Produkční server 198.51.100.230, testovací 198.51.100.231.",
                    "Vyřizuje: Lucie Charvátová, mobil 739 215 086, "
                    "charvatova@taborskyhlas.example",
                    "----",
                    "Táborský hlas s.r.o. · IČO " + I37 + " · DS z3th5kp · ústředna 381 250 000 "
                    "· info@taborskyhlas.example",
                ],
            )
        ],
    },
    {
        "id": "ch038-scan-tick-and-ballot-marks",
        "description": "scanned hand-filled form as OCR text: the feed ticked ✓, filming ☒, an "
        "unused line ☐; the IPs written with spaces around the dots and a comma-separated "
        "test pair",
        "style": Style.SCAN,
        "labels": L(
            [FEED, FILM],
            "Havlíčkobrodské noviny s.r.o.",
            I38,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.60", "192.0.2.61"],
            "Antonín Vrba",
            "vrba@hbnoviny.example",
            "+420569418203",
        ),
        "from": "Antonin Vrba <vrba@hbnoviny.example>",
        "subject": "RE: formulář",
        "headers": CENTRUM,
        "body": "Dobrý den, posílám vyplněný formulář (převedený ze skeneru).\nA. Vrba\n",
        "attachments": [
            (
                "txt",
                "formular_sken.txt",
                "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY\n\n"
                "Žadatel ........ Havlíčkobrodské noviny s.r.o.\n"
                "IČO ............ " + I38 + "\n\n"
                "✓  přístup k výsledkům voleb (XML)\n"
                "☒  natáčení/fotografování na pracovišti ČSÚ\n"
                "☐  jiné ....................\n\n"
                "produkční IP ... 192 . 0 . 2 . 50 ,  192 . 0 . 2 . 51\n"
                "testovací IP ... 192.0.2.60, 192.0.2.61\n\n"
                "kontakt ........ VRBA Antonín, tel 569 418 203\n"
                "e-mail ......... vrba@hbnoviny.example\n",
            )
        ],
    },
    {
        "id": "ch039-two-page-pdf-ipv6-table-continues",
        "description": "a long letter pushes its address table onto the end of page one; the "
        "rows after the break continue on page two without the header; five IPv6 production "
        "addresses and one test address, old IPv4 addresses said to be void",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Digitální zprávy Morava a.s.",
            I39,
            None,
            [
                "2001:db8:77::101",
                "2001:db8:77::102",
                "2001:db8:77::103",
                "2001:db8:78::101",
                "2001:db8:78::102",
            ],
            ["2001:db8:79::9"],
            "Gabriela Pospíšilová",
            "pospisilova@dzmorava.example",
            "+420544216738",
        ),
        "from": "Gabriela Pospíšilová <pospisilova@dzmorava.example>",
        "subject": "Žádost o přístup k výsledkům voleb – DZM",
        "headers": APPLE,
        "body": "Dobrý den,\n\nposílám žádost o přístup k výsledkům voleb, adresy jsou v "
        "tabulce na konci dopisu.\n\nGabriela Pospíšilová\nvedoucí vývoje\n",
        "attachments": [
            (
                "pdf",
                "DZM_zadost_2025.pdf",
                [
                    "<b>Digitální zprávy Morava a.s.</b> · Veveří 95, 602 00 Brno · IČO " + I39,
                    *LONG_INTRO,
                    {
                        "rows": [
                            ["Server", "IPv6 adresa", "Role"],
                            ["dc1-app1", "2001:db8:77::101", "produkce"],
                            ["dc1-app2", "2001:db8:77::102", "produkce"],
                            ["dc1-app3", "2001:db8:77::103", "produkce"],
                            ["dc2-app1", "2001:db8:78::101", "produkce"],
                            ["dc2-app2", "2001:db8:78::102", "produkce"],
                            ["lab", "2001:db8:79::9", "test"],
                        ],
                        "widths": [80, 180, 90],
                    },
                    "Kontaktní osoba: Gabriela Pospíšilová, vedoucí vývoje, "
                    "pospisilova@dzmorava.example, tel. 544 216 738",
                    "Ing. Tomáš Jelínek, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "ch040-polish-portal-english-cover-xlsx",
        "description": "a Polish portal writes in English; the workbook's first sheet is the "
        "applicant (no Czech IČO, a Polish NIP), the second the addresses with a /30 production "
        "block and no test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Portal Śląsk Cieszyński sp. z o.o.",
            None,
            None,
            ["198.18.200.4", "198.18.200.5", "198.18.200.6", "198.18.200.7"],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@portalcieszyn.example",
            "+48338521647",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@portalcieszyn.example>",
        "subject": "Application for access to election results (XML)",
        "headers": IPHONE,
        "body": "Dear Sir or Madam,\n\nplease find attached our application for access to the "
        "election results server. We have no test environment; we will test from the "
        "production block.\n\nKind regards\nAgnieszka Wróbel\n"
        "Portal Śląsk Cieszyński sp. z o.o.\n+48 33 852 16 47\n",
        "attachments": [
            (
                "xlsx",
                "application_PSC.xlsx",
                [
                    {
                        "title": "Applicant",
                        "rows": [
                            ["Company", "Portal Śląsk Cieszyński sp. z o.o."],
                            ["NIP (PL)", "548-261-37-09"],
                            ["Address", "ul. Głęboka 21, 43-400 Cieszyn"],
                            ["Contact", "Agnieszka Wróbel"],
                            ["E-mail", "a.wrobel@portalcieszyn.example"],
                            ["Phone", "+48 33 852 16 47"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "Address"],
                            ["production", "198.18.200.4/30"],
                            ["test", "none"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ch041-reply-signature-ico-box-rtf",
        "description": "a reply to the office's acknowledgement adds the test address; the RTF "
        "carries the application, the signature block the IČO and the data-box ID",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Náchodský press, s.r.o.",
            I41,
            "n7pr4sw",
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.59"],
            "Dušan Beran",
            "beran@nachodskypress.example",
            "+420491420637",
        ),
        "from": "Dusan Beran <beran@nachodskypress.example>",
        "subject": "Re: Potvrzení přijetí žádosti",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\nděkuji za potvrzení. Doplňuji testovací adresu, která v žádosti "
        "chyběla: 203.0.113.59. Žádost přikládám znovu.\n\n"
        "Dušan Beran\nNáchodský press, s.r.o.\nIČO: " + I41 + ", datová schránka: n7pr4sw\n"
        "tel.: 491 420 637\n\n"
        "Dne 2. 9. 2025 v 11:02 podatelna@czso.cz napsal(a):\n"
        "> Dobrý den, potvrzujeme přijetí Vaší žádosti. Podatelna ČSÚ, tel. 274 052 733\n",
        "attachments": [
            (
                "rtf",
                "NP_zadost.rtf",
                [
                    "Náchodský press, s.r.o., Kamenice 120, 547 01 Náchod",
                    "Žádost o přístup k výsledkům voleb",
                    [
                        ["Produkční IP", "203.0.113.50"],
                        ["", "203.0.113.51"],
                        ["Testovací IP", "(doplníme)"],
                    ],
                    "Kontakt: Dušan Beran, beran@nachodskypress.example",
                ],
            )
        ],
    },
    {
        "id": "ch042-html-alternative-pdf-and-docx-agree",
        "description": "multipart/alternative cover; the application is attached twice, as PDF "
        "and DOCX that agree, asking for filming first and the feed second; a backup server "
        "counts as production",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Opavský týdeník s.r.o.",
            I42,
            None,
            ["198.18.77.120", "198.18.77.121"],
            ["198.18.77.130"],
            "Norbert Gold",
            "gold@opavskytydenik.example",
            "+420553614279",
        ),
        "from": "Norbert Gold <gold@opavskytydenik.example>",
        "subject": "Opavský týdeník – žádost (PDF + DOCX)",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nžádost přikládám jako PDF a pro snazší zpracování i jako DOCX, "
        "obsah je stejný.\n\nNorbert Gold\n",
        "html": "<div dir='ltr'>Dobrý den,<br><br>žádost přikládám jako PDF a pro snazší "
        "zpracování i jako DOCX, obsah je stejný.<br><br>Norbert Gold</div>",
        "attachments": [
            ("pdf", "OT_zadost.pdf", _app42()),
            ("docx", "OT_zadost.docx", {"header": "Opavský týdeník", "blocks": _app42()}),
        ],
    },
]
