"""Fiftieth held-out part ``bz``, cases bz029–bz042: a civic outlet's data message with an
IPv6 /127 in a PDF, a long Italian letter with a backup server, a terse note deferring the
filming to a later election, a Swiss paper's hostnames with IPv6 in square brackets, a cover
mail and a DOCX giving the contact twice (switchboard, then mobile), a municipal TV's ANO/NE
ODT form, a Swedish freelance photographer's English note, an institute's signed letter with
/30 and /32 blocks, a reply quoting the office's signature, Dutch 'respectievelijk' with a
backup server, a freelancer's trade name after a dash, a German law firm with a power of
attorney in RTF, a media group's two-sheet workbook with a replaced address and a Slovak
university's filming-only letter.
Written by hand apart from the extraction rules (see make_fiftieth_bz); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftieth_bz_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I30X, I31, I33, I34 = (
    ico("2269415"),
    ico("0912047"),
    ico("2718306"),
    ico("2540871"),
    ico("7142093"),
)
I36, I37, I39, I41, I42 = (
    ico("6831504"),
    ico("2634782"),
    ico("7403165"),
    ico("2881547"),
    ico("3109268"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "bz029-databox-spolek-ipv6-127-pdf",
        "description": "data message with a short annotation; the PDF gives production as an "
        "IPv6 /127 (two addresses) and an IPv4 test; the chairman signs, a volunteer is the "
        "contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Podještědský zpravodaj, z.s.",
            I29,
            "pz3jz9w",
            ["2001:db8:ab::10", "2001:db8:ab::11"],
            ["198.51.100.99"],
            "Adam Kučera",
            "kucera@podjestedsky.example",
            "+420608173492",
        ),
        "databox": box("pz3jz9w", "Podještědský zpravodaj, z.s.", "Husova 14, 463 43 Český Dub"),
        "subject": "Žádost - XML",
        "attachments": [
            (
                "pdf",
                "zadost_PZ.pdf",
                [
                    "Podještědský zpravodaj, z.s. | Husova 14, 463 43 Český Dub | IČO " + I29,
                    "Žádáme o přístup k průběžným výsledkům voleb (XML) pro náš web.",
                    {
                        "rows": [
                            ["produkce", "2001:db8:ab::10/127"],
                            ["test", "198.51.100.99"],
                            [
                                "kontakt",
                                "Adam Kučera (dobrovolník, správce webu), "
                                "kucera@podjestedsky.example, 608 173 492",
                            ],
                        ],
                        "widths": [90, 330],
                    },
                    "Mgr. Bohumil Šrámek, předseda spolku",
                ],
            )
        ],
    },
    {
        "id": "bz030-it-lettera-formale-riserva",
        "description": "long formal Italian letter in a DOCX behind an Italian cover; the "
        "publisher's name with its article 'Il' in the letterhead too; a backup server counts "
        "as production; the contact's mobile after the switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Il Gazzettino Alpino S.p.A.",
            None,
            None,
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.110"],
            "Francesca Bellini",
            "f.bellini@gazzettinoalpino.example",
            "+393472219054",
        ),
        "from": "Francesca Bellini <f.bellini@gazzettinoalpino.example>",
        "subject": "Domanda di accesso ai risultati elettorali e permesso di riprese",
        "headers": OUTLOOK,
        "body": "Buongiorno,\n\nin allegato la nostra domanda formale. Resto a disposizione.\n\n"
        "Francesca Bellini\n",
        "attachments": [
            (
                "docx",
                "Domanda_CSU_Gazzettino_Alpino.docx",
                {
                    "header": "IL GAZZETTINO ALPINO S.p.A. – Via Roma 40, 23100 Sondrio",
                    "footer": "Capitale sociale € 1.200.000 i.v. – Registro Imprese di Sondrio",
                    "blocks": [
                        "Spett.le Ufficio Statistico Ceco\nPraga",
                        "Oggetto: Domanda di accesso ai risultati elettorali provvisori in "
                        "formato XML e permesso di effettuare riprese",
                        "Egregi Signori,",
                        "con la presente Il Gazzettino Alpino S.p.A., editore del quotidiano "
                        "omonimo e del portale gazzettinoalpino.example, chiede "
                        "cortesemente di poter accedere al servizio XML dei risultati "
                        "provvisori delle prossime elezioni ceche, che seguiamo con "
                        "particolare attenzione per la numerosa comunità ceca in Valtellina.",
                        "Chiediamo inoltre il permesso di effettuare riprese presso il centro "
                        "di raccolta di Praga la sera dello spoglio.",
                        "I nostri indirizzi: server principale 203.0.113.100, server di "
                        "riserva 203.0.113.101; ambiente di prova 203.0.113.110.",
                        "Referente: dott.ssa Francesca Bellini, responsabile sistemi "
                        "editoriali – centralino +39 0342 874 500, cellulare +39 347 221 9054, "
                        "f.bellini@gazzettinoalpino.example.",
                        "Ringraziando per l'attenzione, porgiamo distinti saluti.",
                        "Il Direttore Generale\nAvv. Stefano Moretti",
                    ],
                },
            )
        ],
    },
    {
        "id": "bz031-terse-foceni-az-2028",
        "description": "terse note: XML now, filming deferred to the 2028 elections (does not "
        "count); one production address, no test; IČO in the signature",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Bruntálský týdeník s.r.o.",
            I31,
            None,
            ["198.51.100.240"],
            [],
            "Marcela Hrubá",
            "hruba@bruntalskytydenik.example",
            "+420606730218",
        ),
        "from": "Marcela Hrubá <hruba@bruntalskytydenik.example>",
        "subject": "XML",
        "headers": K9,
        "body": "Dobrý den, letos jen XML, IP 198.51.100.240 (testovat budu na tom samém). "
        "Fotit bychom chtěli až na krajské 2028, o to požádáme zvlášť.\n"
        "M. Hrubá, Bruntálský týdeník s.r.o., IČO " + I31 + ", 606 730 218\n",
    },
    {
        "id": "bz032-ch-de-en-hostnames-ipv6-brackets",
        "description": "Swiss paper, German mixed with English: hostnames with IPv6 addresses "
        "in square brackets and an IPv4 in round ones; a staging host as test",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Bodensee Nachrichten AG",
            None,
            None,
            ["2001:db8:c4::a1", "198.18.120.5"],
            ["2001:db8:c4::b1"],
            "Lukas Brunner",
            "lukas.brunner@bodensee-nachrichten.example",
            "+41712264890",
        ),
        "from": "Lukas Brunner <lukas.brunner@bodensee-nachrichten.example>",
        "subject": "Request for XML election feed / Antrag Wahlresultate",
        "headers": TBIRD,
        "body": "Grüezi,\n\n"
        "die Bodensee Nachrichten AG (St. Gallen) möchte den XML feed mit den "
        "Wahlresultaten beziehen. Our systems team sent me the following:\n\n"
        "  prod:    feed-a.bodensee-nachrichten.example [2001:db8:c4::a1]\n"
        "           feed-b.bodensee-nachrichten.example (198.18.120.5)\n"
        "  staging: stage.bodensee-nachrichten.example [2001:db8:c4::b1]\n\n"
        "Filmaufnahmen brauchen wir nicht.\n\n"
        "Best regards / Freundliche Grüsse\n"
        "Lukas Brunner\nHead of Digital\n+41 71 226 48 90\n",
    },
    {
        "id": "bz033-cover-and-docx-contact-twice",
        "description": "the cover mail and the DOCX give the same data twice with one "
        "difference: the mail has only the switchboard, the DOCX the contact's mobile and the "
        "switchboard; the mobile is labelled",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            I33,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.160"],
            "Jana Malá",
            "mala@jihlavskelisty.example",
            "+420721448390",
        ),
        "from": "Jana Malá <mala@jihlavskelisty.example>",
        "subject": "Jihlavské listy - žádost o XML",
        "headers": APPLE,
        "body": "Dobrý den,\n\nžádáme o XML s výsledky voleb. Produkce 192.0.2.150 a "
        "192.0.2.151, test 192.0.2.160. Kontakt Jana Malá, tel. 567 210 300.\n"
        "Totéž je v příloze.\n\nJana Malá\nJihlavské listy s.r.o.\n",
        "attachments": [
            (
                "docx",
                "zadost_JL.docx",
                {
                    "blocks": [
                        "Jihlavské listy s.r.o., Masarykovo nám. 7, 586 01 Jihlava, IČO " + I33,
                        "Žádost o zpřístupnění průběžných výsledků voleb",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.150, 192.0.2.151"],
                                ["Testovací IP", "192.0.2.160"],
                                [
                                    "Kontaktní osoba",
                                    "Jana Malá, mobil 721 448 390, tel. 567 210 300 "
                                    "(ústředna), mala@jihlavskelisty.example",
                                ],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "bz034-mestska-tv-odt-ano-ne",
        "description": "a town's allowance organisation running the local TV fills an ODT "
        "form: XML ANO, natáčení NE; the contact written surname first",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Televize Frenštát, příspěvková organizace",
            I34,
            None,
            ["198.18.90.4", "198.18.90.5"],
            ["198.18.90.6"],
            "Roman Kratochvíl",
            "kratochvil@tvfrenstat.example",
            "+420556837120",
        ),
        "from": "Televize Frenštát <redakce@tvfrenstat.example>",
        "subject": "formulář žádosti",
        "headers": SEZNAM,
        "body": "Dobrý den, posíláme vyplněný formulář. Redakce TV Frenštát\n",
        "attachments": [
            (
                "odt",
                "formular_TVF.odt",
                [
                    "ŽÁDOST MÉDIA",
                    [
                        ["Žadatel", "Televize Frenštát, příspěvková organizace"],
                        ["IČO", I34],
                        ["Zřizovatel", "Město Frenštát pod Radhoštěm"],
                        ["Přístup k XML", "ANO"],
                        ["Povolení natáčet", "NE"],
                        ["IP produkční", "198.18.90.4 a 198.18.90.5"],
                        ["IP testovací", "198.18.90.6"],
                        ["Kontaktní osoba (příjmení, jméno)", "Kratochvíl Roman"],
                        ["Telefon", "556 837 120"],
                        ["E-mail", "kratochvil@tvfrenstat.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bz035-sv-en-fotograf-film-only",
        "description": "Swedish freelance photographer writing English with Swedish bits: "
        "photographing only, 'no XML needed'; no company, no IČO; multipart/alternative",
        "style": Style.MIXED,
        "labels": L(
            [FILM],
            "Anna Sjöberg",
            None,
            None,
            [],
            [],
            "Anna Sjöberg",
            "anna@sjobergfoto.example",
            "+46735521804",
        ),
        "from": "Anna Sjöberg <anna@sjobergfoto.example>",
        "subject": "Photo permit at collection point (Prague)",
        "headers": GMAIL,
        "body": "Hej / Hello,\n\n"
        "I'm a Swedish freelance photographer (frilansfotograf) covering the Czech "
        "elections for Nordic magazines. I'd like to ask for permission to photograph at "
        "your Prague collection point on election night. No XML needed, tack.\n\n"
        "Anna Sjöberg\n+46 73 552 18 04\n",
        "html": "<div>Hej / Hello,</div><div><br></div><div>I'm a Swedish freelance "
        "photographer (<i>frilansfotograf</i>) covering the Czech elections for Nordic "
        "magazines. I'd like to ask for permission to photograph at your Prague collection "
        "point on election night. No XML needed, tack.</div><div><br></div>"
        "<div>Anna Sjöberg<br>+46 73 552 18 04</div>",
    },
    {
        "id": "bz036-ustav-vvi-smime-cidr-30-32",
        "description": "an institute (v. v. i.) in a signed mail: production a /30, test a "
        "/32 (one address); the director signs, the analyst is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění Brno, v. v. i.",
            I36,
            None,
            ["203.0.113.216", "203.0.113.217", "203.0.113.218", "203.0.113.219"],
            ["203.0.113.220"],
            "Filip Sedláček",
            "sedlacek@uvvm.example",
            "+420541226318",
        ),
        "from": "Ing. Filip Sedláček <sedlacek@uvvm.example>",
        "subject": "Žádost ÚVVM o přístup k průběžným výsledkům voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážení,\n\n"
        "Ústav pro výzkum veřejného mínění Brno, v. v. i., IČO " + I36 + ", žádá o "
        "zpřístupnění průběžných výsledků voleb ve formátu XML pro účely výzkumu volebního "
        "chování.\n\n"
        "Produkční síť: 203.0.113.216/30\n"
        "Testovací adresa: 203.0.113.220/32\n\n"
        "Kontaktní osoba: Ing. Filip Sedláček, analytik, tel. 541 226 318, "
        "sedlacek@uvvm.example\n\n"
        "S pozdravem\n\n"
        "za ústav\n"
        "prof. RNDr. Eva Hanáková, CSc., ředitelka\n"
        "(odesláno a podepsáno elektronicky Ing. F. Sedláčkem)\n",
    },
    {
        "id": "bz037-reply-quoted-office-signature",
        "description": "a reply adding the test address; the production address is in the "
        "quoted first mail; the quoted office reply carries ČSÚ's IČO, box and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Dyje s.r.o.",
            I37,
            None,
            ["198.51.100.249"],
            ["198.51.100.250"],
            "Štěpán Kolář",
            "kolar@radiodyje.example",
            "+420733018452",
        ),
        "from": "Štěpán Kolář <kolar@radiodyje.example>",
        "subject": "RE: Žádost Rádio Dyje - doplnění",
        "headers": OWA,
        "body": "Dobrý den,\n\ndoplňuji: testovací adresa bude 198.51.100.250.\n\n"
        "Štěpán Kolář\nRádio Dyje s.r.o.\n\n"
        "-----Original Message-----\n"
        "From: podatelna@czso.cz\n"
        "Sent: Tuesday, September 2, 2025 1:31 PM\n"
        "Subject: RE: Žádost Rádio Dyje\n\n"
        "Dobrý den, prosíme o doplnění testovací IP adresy, případně sdělení, že ji "
        "nemáte.\n"
        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
        "IČO 00025593 | ID DS 2gfaasy | tel. +420 274 052 733 | www.czso.cz\n\n"
        "-----Original Message-----\n"
        "From: kolar@radiodyje.example\n"
        "Subject: Žádost Rádio Dyje\n\n"
        "Rádio Dyje s.r.o., IČO " + I37 + ", žádá o přístup k XML. Produkční IP "
        "198.51.100.249. Kontakt Štěpán Kolář, 733 018 452.\n",
    },
    {
        "id": "bz038-nl-be-respectievelijk-backup",
        "description": "Flemish broadcaster in Dutch: 'productie- en testadres zijn "
        "respectievelijk A en B', plus a back-up server (production); both requests",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "RTV Kempenland vzw",
            None,
            None,
            ["192.0.2.180", "192.0.2.182"],
            ["192.0.2.181"],
            "Sofie Peeters",
            "sofie.peeters@rtvkempenland.example",
            "+3214582219",
        ),
        "from": "Sofie Peeters <sofie.peeters@rtvkempenland.example>",
        "subject": "Aanvraag toegang verkiezingsresultaten + filmtoelating",
        "headers": MAC_OUTLOOK,
        "body": "Geachte,\n\n"
        "RTV Kempenland vzw vraagt toegang tot de XML-feed met de voorlopige "
        "verkiezingsresultaten en toelating om te filmen in uw verzamelcentrum in Praag.\n\n"
        "Ons productie- en testadres zijn respectievelijk 192.0.2.180 en 192.0.2.181. "
        "Daarnaast is er een back-upserver op 192.0.2.182.\n\n"
        "Contactpersoon: Sofie Peeters, +32 14 58 22 19\n\n"
        "Met vriendelijke groeten\nSofie Peeters\nnieuwsdienst RTV Kempenland\n",
    },
    {
        "id": "bz039-osvc-jmeno-pomlcka-obchodni-firma",
        "description": "a one-person outlet names itself 'Tomáš Bureš – BUREŠ FOTO' (a trade "
        "name after the dash, kept whole); testing from production; both requests",
        "style": Style.TERSE,
        "labels": L(
            [FEED, FILM],
            "Tomáš Bureš – BUREŠ FOTO",
            I39,
            None,
            ["198.51.100.33"],
            [],
            "Tomáš Bureš",
            "tomas@buresfoto.example",
            "+420775318026",
        ),
        "from": "Tomáš Bureš <tomas@buresfoto.example>",
        "subject": "volby - XML a foto",
        "headers": ROUNDCUBE,
        "charset": "windows-1250",
        "cte": "8bit",
        "flowed": True,
        "body": "Dobrý den,\n\njsem OSVČ (Tomáš Bureš – BUREŠ FOTO, IČO " + I39 + ") a "
        "provozuji zpravodajský web o Českém ráji. Prosím o přístup k XML z IP "
        "198.51.100.33 (testovat budu na tom samém) a o povolení fotografovat na "
        "pracovišti v Liberci.\n\nTomáš Bureš, 775 318 026\n",
    },
    {
        "id": "bz040-de-kanzlei-vollmacht-rtf",
        "description": "a German law firm applies 'im Namen und mit Vollmacht' of a publisher "
        "(RTF power of attorney); the publisher is the applicant, its IT head the contact",
        "style": Style.PROXY,
        "labels": L(
            [FEED],
            "Erzgebirgs-Echo Verlag GmbH",
            None,
            None,
            ["198.19.200.1", "198.19.200.2"],
            ["198.19.200.9"],
            "Jens Ulbricht",
            "ulbricht@erzgebirgs-echo.example",
            "+493733145208",
        ),
        "from": '"Brandt & Seidel Rechtsanwälte" <kanzlei@brandt-seidel.example>',
        "subject": "Antrag auf Zugang zu den Wahlergebnissen - Erzgebirgs-Echo Verlag GmbH",
        "headers": CENTRUM,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "wir zeigen an, dass wir die Erzgebirgs-Echo Verlag GmbH, Annaberg-Buchholz, "
        "vertreten; eine Vollmacht liegt bei. Im Namen und mit Vollmacht unserer Mandantin "
        "beantragen wir den Zugang zu den laufenden Wahlergebnissen im XML-Format.\n\n"
        "Produktivsysteme der Mandantin: 198.19.200.1 und 198.19.200.2\n"
        "Testsystem: 198.19.200.9\n\n"
        "Für die technische Umsetzung wenden Sie sich bitte direkt an Herrn Jens Ulbricht, "
        "IT-Leiter der Mandantin, ulbricht@erzgebirgs-echo.example, Tel. +49 3733 145208.\n\n"
        "Mit freundlichen Grüßen\n"
        "Dr. Konstanze Seidel\nRechtsanwältin\n"
        "Brandt & Seidel Rechtsanwälte PartG mbB, Chemnitz\n",
        "attachments": [
            (
                "rtf",
                "Vollmacht_Erzgebirgs-Echo.rtf",
                [
                    "VOLLMACHT",
                    "Hiermit bevollmächtigt die Erzgebirgs-Echo Verlag GmbH, Buchholzer "
                    "Straße 3, 09456 Annaberg-Buchholz, die Rechtsanwälte Brandt & Seidel "
                    "PartG mbB, Chemnitz, sie gegenüber dem Tschechischen Statistikamt in "
                    "allen Angelegenheiten des Zugangs zu Wahlergebnissen zu vertreten.",
                    "Annaberg-Buchholz, 29.08.2025\ngez. Frank Lindner, Geschäftsführer",
                ],
            )
        ],
    },
    {
        "id": "bz041-xlsx-mediagroup-replaced-two-sheets",
        "description": "a media group's two-sheet workbook: titles on one sheet (one company "
        "applies), addresses on the other with a replaced address struck through in words; "
        "both requests; empty-ish cover",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Severočeská mediální, a.s.",
            I41,
            None,
            ["198.51.100.145", "198.51.100.146"],
            ["198.51.100.150"],
            "Ilona Šimková",
            "simkova@scmedia.example",
            "+420603881274",
        ),
        "from": "Ilona Šimková <simkova@scmedia.example>",
        "subject": "SČM - volby",
        "headers": IPHONE,
        "body": "viz příloha\n",
        "attachments": [
            (
                "xlsx",
                "SCM_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žadatel (jediný)", "Severočeská mediální, a.s."],
                            ["IČO", I41],
                            ["Tituly", "Liberecký expres"],
                            [None, "Jablonecký týden"],
                            [None, "SeverTV (natáčení na pracovišti Liberec)"],
                            ["Žádáme o", "přístup k XML + povolení natáčet"],
                            ["Kontakt", "Ilona Šimková, simkova@scmedia.example, 603 881 274"],
                        ],
                        "merge": ["A3:A5"],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP", "Účel", "Stav"],
                            ["198.51.100.140", "produkce", "NAHRAZENO adresou .145"],
                            ["198.51.100.145", "produkce", "platí"],
                            ["198.51.100.146", "produkce", "platí"],
                            ["198.51.100.150", "test", "platí"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bz042-sk-univerzita-natacanie-pdf",
        "description": "Slovak university's faculty asks only to film with students (applies "
        "as its university); 'XML nepotrebujeme'; PDF letter, the contact a lecturer",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Univerzita Podunajská v Komárne",
            I42,
            None,
            [],
            [],
            "Peter Baláž",
            "peter.balaz@upk-komarno.example",
            "+421907442631",
        ),
        "from": "Peter Baláž <peter.balaz@upk-komarno.example>",
        "subject": "Žiadosť o povolenie natáčania - Katedra žurnalistiky",
        "headers": GMAIL,
        "body": "Dobrý deň,\n\nv prílohe posielam žiadosť našej katedry. Ďakujem za "
        "posúdenie.\n\nPeter Baláž\n",
        "attachments": [
            (
                "pdf",
                "ziadost_natacanie_UPK.pdf",
                [
                    "Univerzita Podunajská v Komárne, Filozofická fakulta, Katedra "
                    "žurnalistiky, Hradná 5, 945 01 Komárno, IČO " + I42,
                    "Vec: Žiadosť o povolenie natáčania",
                    "Katedra žurnalistiky žiada o povolenie, aby traja študenti pod vedením "
                    "pedagóga natáčali na pracovisku ČSÚ v Prahe v noci sčítania hlasov "
                    "(študentský dokument). Prístup k XML nepotrebujeme.",
                    "Kontaktná osoba: Mgr. Peter Baláž, PhD., odborný asistent, "
                    "+421 907 442 631, peter.balaz@upk-komarno.example",
                    "doc. PhDr. Alžbeta Némethová, PhD.\nvedúca katedry",
                ],
            )
        ],
    },
]
