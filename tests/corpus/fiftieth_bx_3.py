"""Fiftieth held-out part ``bx``, cases bx029–bx042: an HTML-only point-by-point answer to the
office's defect notice that withdraws the filming request, Apple Mail format=flowed with
delsp inside the role sentence, a data message whose annotation corrects its workbook, an
inline Outlook forward from the editor-in-chief, a student television's chatty filming
request, a Slovenian cover for an RTF, a reply withdrawing filming, a PDF behind a signature
of three people, English from an iPhone under a Czech signature with a box ID, a colleague
narrowing a CIDR block in the thread, a data message answering the defect notice in a DOCX,
an HTML-only list with a switchboard extension, a British freelancer and a Gmail-for-Android
HTML mail adding the test address forgotten in the quoted one. Written by hand apart from the
extraction rules (see make_fiftieth_bx); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftieth_bx_common import (
    ANDROID_GMAIL,
    APPLE,
    CSU_BOX,
    CSU_ICO,
    CSU_PHONE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2745019"),
    ico("0613482"),
    ico("2894371"),
    ico("0572613"),
    ico("2268459"),
)
I35, I36, I37, I38, I39 = (
    ico("0481726"),
    ico("2819043"),
    ico("0947315"),
    ico("2736208"),
    ico("0625947"),
)
I40, I42 = ico("2584163"), ico("0716294")

CASES: list[dict[str, Any]] = [
    {
        "id": "bx029-html-only-defect-notice-answer-table",
        "description": "HTML-only answer to the office's defect notice as a table 'bod výzvy / "
        "doplnění': addresses added, the filming request withdrawn, testing from production; "
        "the notice with the office's IČO and box quoted in a blockquote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Hanácký hlas s.r.o.",
            I29,
            None,
            ["203.0.113.200", "203.0.113.201"],
            [],
            "Alena Šimková",
            "simkova@hanackyhlas.example",
            "+420731560284",
        ),
        "from": "Alena Šimková <simkova@hanackyhlas.example>",
        "subject": "RE: Výzva k odstranění vad – CSU-004877/2025-62",
        "headers": ZIMBRA,
        "html": '<html><body><div style="font-family: arial, helvetica, sans-serif">'
        "<p>Dobrý den,</p><p>k jednotlivým bodům výzvy:</p>"
        '<table border="1" cellspacing="0"><tr><th>Bod výzvy</th><th>Doplnění</th></tr>'
        "<tr><td>1. chybí produkční IP adresy</td><td>203.0.113.200, 203.0.113.201</td></tr>"
        "<tr><td>2. testovací IP adresa</td><td>samostatnou nemáme, testovat budeme z "
        "produkčních adres</td></tr>"
        "<tr><td>3. natáčení – upřesněte pracoviště</td><td>žádost o natáčení stahujeme, "
        "stačí nám data</td></tr>"
        "<tr><td>4. telefon kontaktní osoby</td><td>731 560 284 (Alena Šimková)</td></tr>"
        "</table><p>S pozdravem<br>Alena Šimková<br>Hanácký hlas s.r.o.</p>"
        '<hr><blockquote style="border-left:2px solid #1010FF;margin-left:5px;'
        'padding-left:5px"><b>Od: </b>podatelna@czso.cz<br><b>Předmět: </b>Výzva k '
        "odstranění vad – CSU-004877/2025-62<br><br>Český statistický úřad, IČO "
        f"{CSU_ICO}, datová schránka {CSU_BOX}<br>Vaše podání ze dne 3. 9. 2025 (žadatel "
        f"Hanácký hlas s.r.o., IČO {I29}) trpí těmito vadami: 1. chybí produkční IP adresy; "
        "2. není uvedena testovací IP adresa; 3. u žádosti o natáčení chybí pracoviště; "
        "4. chybí telefon kontaktní osoby.<br>Ing. Ivana Zelenková, tel. "
        f"{CSU_PHONE}</blockquote></div></body></html>",
    },
    {
        "id": "bx030-apple-flowed-delsp-role-wrapped",
        "description": "Apple Mail format=flowed with delsp=yes: soft breaks after 'adresu' "
        "and inside 'pro test', so each address is split from its role across lines",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Televize Horní Pootaví s.r.o.",
            I30,
            None,
            ["192.0.2.20"],
            ["192.0.2.21"],
            "Kamil Strnad",
            "strnad@tvpootavi.example",
            "+420602914377",
        ),
        "from": "Kamil Strnad <strnad@tvpootavi.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": APPLE,
        "flowed": True,
        "delsp": True,
        "body": "Dobrý den,\n\nTelevize Horní Pootaví s.r.o. (IČO "
        f"{I30}) žádá o přístup k průběžným  \nvýsledkům voleb. Pro produkci máme vyhrazenu "
        "adresu  \n192.0.2.20, pro  \ntest adresu 192.0.2.21.\n\nKamil Strnad\ntechnik "
        "vysílání\nstrnad@tvpootavi.example | 602 914 377\n",
    },
    {
        "id": "bx031-databox-annotation-corrects-workbook",
        "description": "data message: the annotation says the test address in the attached "
        "workbook is replaced by a new one; the workbook has a header row and role column",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeská rozhlasová, s.r.o.",
            I31,
            "m5zr8cb",
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.233"],
            "Pavel Koubek",
            "koubek@jcrozhlas.example",
            "+420723418560",
        ),
        "databox": box("m5zr8cb", "Jihočeská rozhlasová, s.r.o.", "Husova 12, 397 01 Písek"),
        "subject": "Žádost o přístup k výsledkům voleb. Oprava k příloze: testovací adresa "
        "192.0.2.233 nahrazuje 192.0.2.232 uvedenou v tabulce.",
        "attachments": [
            (
                "xlsx",
                "JCR_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Jihočeská rozhlasová, s.r.o.", ""],
                            ["IČO", I31, ""],
                            ["", "", ""],
                            ["Role", "IP adresa", "Pozn."],
                            ["produkce", "192.0.2.230", "vysílací server"],
                            ["produkce", "192.0.2.231", "web"],
                            ["test", "192.0.2.232", ""],
                            ["", "", ""],
                            ["Kontakt", "Pavel Koubek", "koubek@jcrozhlas.example"],
                            ["Telefon", "+420 723 418 560", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bx032-outlook-inline-forward-from-boss",
        "description": "the editor-in-chief forwards his IT head's internal mail inline "
        "('-----Original Message-----') with both requests; the IT head, quoted, is named as "
        "the contact; the second address written as '.241'",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Plzeňský večerník a.s.",
            I32,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Vladimír Bednář",
            "bednar@plzenskyvecernik.example",
            "+420602447915",
        ),
        "from": "Josef Brabec <brabec@plzenskyvecernik.example>",
        "subject": "FW: IP adresy pro volby",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\npřeposílám podklady od našeho IT. Žádáme o přístup k datům "
        "voleb a zároveň o povolení natáčet ve volební noc na vašem pracovišti v Plzni. "
        "Technicky i jako kontakt prosím p. Bednář (níže).\n\nJosef Brabec\nšéfredaktor\n"
        f"Plzeňský večerník a.s., IČO {I32}\n\n-----Original Message-----\nFrom: Vladimír "
        "Bednář <bednar@plzenskyvecernik.example>\nSent: Monday, September 8, 2025 4:51 PM\n"
        "To: Josef Brabec <brabec@plzenskyvecernik.example>\nSubject: IP adresy pro volby\n\n"
        "Pepo,\n\nIP produkce: 198.51.100.240 a .241\ntest: 198.51.100.250\n\nkdyby se "
        "ozvali, jsem na 602 447 915.\n\nVláďa\n",
    },
    {
        "id": "bx033-seznam-student-tv-filming-only",
        "description": "chatty note from a student television: filming only, the XML "
        "dismissed in passing ('asi nepotřebujeme'); a second student named as the cameraman",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Studentská televize Campus Brno, z. s.",
            I33,
            None,
            [],
            [],
            "Kristýna Pavlíková",
            "pavlikova.kristyna@seznam.example",
            "+420739206145",
        ),
        "from": "Kristýna Pavlíková <pavlikova.kristyna@seznam.example>",
        "subject": "natáčení volby - studentská TV",
        "headers": SEZNAM,
        "body": "Dobrý den!\n\njsme studentská televize a chtěli bychom natočit reportáž z "
        "volební noci přímo u vás na krajské správě v Brně (ideálně od 18 do 22 h). Točit by "
        "byl Matěj Hladík, já dělám redaktorku. XML výsledky asi nepotřebujeme, stačí nám "
        "web.\n\nStudentská televize Campus Brno, z. s., IČO "
        f"{I33}\nKristýna Pavlíková, 739 206 145\n\nmoc děkujeme :)\n",
    },
    {
        "id": "bx034-slovenian-english-cover-rtf",
        "description": "a Slovenian publisher writes a short English cover; the RTF form "
        "carries the addresses and the contact; Slovenian mobile, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Medijska hiša Savinja d.o.o.",
            None,
            None,
            ["203.0.113.210"],
            ["203.0.113.211"],
            "Matej Kranjc",
            "matej.kranjc@savinja-media.example",
            "+38641552908",
        ),
        "from": "Matej Kranjc <matej.kranjc@savinja-media.example>",
        "subject": "Application - Czech election data",
        "headers": TBIRD,
        "body": "Dear Sirs,\n\nplease find attached our application for the election results "
        "XML feed. Looking forward to your reply.\n\nBest,\nMatej\n",
        "attachments": [
            (
                "rtf",
                "application_savinja.rtf",
                [
                    "APPLICATION FOR ACCESS TO ELECTION RESULTS (XML)",
                    [
                        ["Applicant", "Medijska hiša Savinja d.o.o., Celje, Slovenia"],
                        ["Production IP", "203.0.113.210"],
                        ["Test IP", "203.0.113.211"],
                        ["Contact person", "Matej Kranjc"],
                        ["E-mail", "matej.kranjc@savinja-media.example"],
                        ["Phone", "+386 41 552 908"],
                    ],
                    "Celje, 9 September 2025",
                ],
            )
        ],
    },
    {
        "id": "bx035-reply-withdraws-filming-quoted-both",
        "description": "a reply to the sender's own earlier mail (quoted, asking for both): "
        "filming is called off, the addresses stay; only the feed counts",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rakovnický týdeník, s.r.o.",
            I35,
            None,
            ["198.18.100.5", "198.18.100.6"],
            ["198.18.100.9"],
            "Jaroslav Hejda",
            "hejda@rakovnickytydenik.example",
            "+420608930271",
        ),
        "from": "Jaroslav Hejda <hejda@rakovnickytydenik.example>",
        "subject": "Re: Žádost o výsledky voleb a natáčení",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nještě upřesnění k naší žádosti níže: natáčení nakonec nebude "
        "(kameraman je na neschopence), takže žádáme jen o XML. Adresy beze změny.\n\n"
        "J. Hejda\n\nst 10. 9. 2025 v 15:12 odesílatel Jaroslav Hejda <"
        "hejda@rakovnickytydenik.example> napsal:\n> Dobrý den,\n> Rakovnický týdeník, s.r.o. "
        f"(IČO {I35}) žádá o přístup k XML výsledkům voleb\n> a o povolení natáčet ve "
        "volební noc v Praze.\n> Produkce: 198.18.100.5, 198.18.100.6\n> Test: 198.18.100.9\n"
        "> Kontakt: Jaroslav Hejda, 608 930 271\n",
    },
    {
        "id": "bx036-pdf-behind-signature-of-three",
        "description": "the mail is signed by three people with their phones; the PDF names a "
        "fourth person as the contact; a netmask pair for production",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Ústecký online, s.r.o.",
            I36,
            None,
            ["198.51.100.112", "198.51.100.113"],
            ["198.51.100.120"],
            "Simona Kroupová",
            "kroupova@usteckyonline.example",
            "+420774092316",
        ),
        "from": "Ústecký online <redakce@usteckyonline.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv příloze posíláme podepsanou žádost.\n\nZa redakci\n"
        "Mgr. Pavel Jelínek, jednatel, 602 118 930\nTomáš Vlk, šéfredaktor, 731 004 552\n"
        "Jiří Paur, IT, 725 309 668\n",
        "html": "<html><body><p>Dobrý den,</p><p>v příloze posíláme podepsanou žádost.</p>"
        "<p>Za redakci<br>Mgr. Pavel Jelínek, jednatel, 602 118 930<br>Tomáš Vlk, "
        "šéfredaktor, 731 004 552<br>Jiří Paur, IT, 725 309 668</p></body></html>",
        "attachments": [
            (
                "pdf",
                "zadost_usteckyonline.pdf",
                [
                    f"Ústecký online, s.r.o. | Mírové nám. 2, Ústí nad Labem | IČO {I36}",
                    "Žádost o zpřístupnění výsledků voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční síť", "198.51.100.112 / 255.255.255.254"],
                            ["Testovací adresa", "198.51.100.120"],
                            [
                                "Kontaktní osoba",
                                "Bc. Simona Kroupová, kroupova@usteckyonline.example, 774 092 316",
                            ],
                        ],
                        "widths": [140, 300],
                    },
                    "Mgr. Pavel Jelínek, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bx037-iphone-english-czech-signature-box-id",
        "description": "English typed on an iPhone with IPv6 addresses for both roles; the "
        "organisation, IČO, data-box ID and phone only in the Czech signature block",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Datalab Média s.r.o.",
            I37,
            "k4tp9wz",
            ["2001:db8:c0:1::80"],
            ["2001:db8:c0:1::81"],
            "Jakub Šindelář",
            "sindelar@datalabmedia.example",
            "+420777891204",
        ),
        "from": "Jakub Šindelář <sindelar@datalabmedia.example>",
        "subject": "Election XML access",
        "headers": IPHONE,
        "body": "Hello,\n\nplease add us to the election results feed. Prod: "
        "2001:db8:c0:1::80, test: 2001:db8:c0:1::81. I'm the contact for this.\n\nThx\n"
        "Jakub\n\nSent from my iPhone\n\nS pozdravem / Best regards\nJakub Šindelář\nCTO | "
        f"Datalab Média s.r.o.\nIČO: {I37} | DS: k4tp9wz\ntel.: +420 777 891 204\n",
    },
    {
        "id": "bx038-gmail-thread-colleague-narrows-cidr",
        "description": "thread: the first colleague wrote a /29, the second replies that only "
        "a /30 is theirs and spells out the four addresses; the contact named in the first",
        "style": Style.THREAD,
        "labels": L(
            [FEED],
            "Karlovarské listy s.r.o.",
            I38,
            None,
            ["192.0.2.40", "192.0.2.41", "192.0.2.42", "192.0.2.43"],
            ["192.0.2.50"],
            "Lukáš Brož",
            "broz@karlovarskelisty.example",
            "+420720556183",
        ),
        "from": "Martina Cibulková <cibulkova@karlovarskelisty.example>",
        "cc": "Lukáš Brož <broz@karlovarskelisty.example>",
        "subject": "Re: Žádost o přístup – Karlovarské listy",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nmalá oprava ke zprávě kolegy: náš rozsah není /29, ale jen "
        "/30, tedy 192.0.2.40 až 192.0.2.43. Ostatní platí.\n\nMartina Cibulková\nsíťová "
        "správa\n\npo 8. 9. 2025 v 10:44 odesílatel Lukáš Brož "
        "<broz@karlovarskelisty.example> napsal:\n> Dobrý den,\n> žádáme o přístup k XML "
        f"výsledkům. Karlovarské listy s.r.o., IČO {I38}.\n> Produkce: 192.0.2.40/29\n> "
        "Test: 192.0.2.50\n> Kontakt: Lukáš Brož, 720 556 183\n",
    },
    {
        "id": "bx039-databox-docx-answers-defect-notice",
        "description": "data message answering the office's defect notice; the DOCX goes "
        "'K bodu 1 … K bodu 3', the annotation cites the office's reference; the contact "
        "given in point 2, not the signer",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Vysočina Jih, s.r.o.",
            I39,
            "p9cw4ry",
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.79"],
            "Irena Kolářová",
            "kolarova@radiovysocinajih.example",
            "+420731847205",
        ),
        "databox": box("p9cw4ry", "Rádio Vysočina Jih, s.r.o.", "Masarykovo nám. 7, 675 71 Náměšť"),
        "subject": "Odstranění vad podání – č.j. CSU-005138/2025-62",
        "attachments": [
            (
                "docx",
                "odstraneni_vad.docx",
                {
                    "header": f"Rádio Vysočina Jih, s.r.o. | IČO {I39}",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                        "Věc: Odstranění vad podání – č.j. CSU-005138/2025-62",
                        "Na základě výzvy doplňujeme naši žádost o přístup k výsledkům "
                        "voleb ve formátu XML:",
                        "K bodu 1: produkční IP adresy 203.0.113.70 a 203.0.113.71, "
                        "testovací IP adresa 203.0.113.79.",
                        "K bodu 2: kontaktní osobou je Irena Kolářová, "
                        "kolarova@radiovysocinajih.example, tel. 731 847 205.",
                        "K bodu 3: o natáčení nežádáme.",
                        "Ing. Bohumil Pešek\njednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "bx040-owa-html-only-list-switchboard",
        "description": "HTML-only Outlook Web mail: addresses in a bulleted list with roles in "
        "brackets, a switchboard with an extension before the contact's mobile",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Pražský kurýr, a.s.",
            I40,
            None,
            ["198.18.110.1", "198.18.110.2", "198.18.110.3"],
            ["198.18.111.1"],
            "Barbora Svobodová",
            "svobodova@prazskykuryr.example",
            "+420605238417",
        ),
        "from": "Barbora Svobodová <svobodova@prazskykuryr.example>",
        "subject": "Žádost o data a natáčení – Pražský kurýr",
        "headers": OWA,
        "html": "<html><body><div>Dobrý den,</div><div>žádáme o přístup k výsledkům voleb "
        "v XML a o povolení natáčet v sídle ČSÚ ve volební noc. Adresy:</div><ul>"
        "<li>198.18.110.1 (produkce)</li><li>198.18.110.2 (produkce)</li>"
        "<li>198.18.110.3 (produkce, záloha)</li><li>198.18.111.1 (test)</li></ul>"
        "<div>Kontaktní osoba: Barbora Svobodová</div><div><br></div><div>S pozdravem</div>"
        "<div>Barbora Svobodová | produkce</div><div>Pražský kurýr, a.s. | IČO "
        f"{I40}</div><div>tel.: +420 222 310 400, linka 215 | mob.: +420 605 238 417</div>"
        "</body></html>",
    },
    {
        "id": "bx041-british-freelancer-ipv6-only",
        "description": "a British freelance data journalist without a company asks in English; "
        "one IPv6 production address, no test; UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oliver Pratt",
            None,
            None,
            ["2001:db8:1e::2"],
            [],
            "Oliver Pratt",
            "oliver@prattdata.example",
            "+447700900418",
        ),
        "from": "Oliver Pratt <oliver@prattdata.example>",
        "subject": "Freelance journalist - results feed access",
        "headers": K9,
        "body": "Hi there,\n\nI'm a freelance data journalist (no company, I work for myself) "
        "covering the Czech elections for a couple of UK outlets. Could I get access to the "
        "live results XML? My server's address is 2001:db8:1e::2 - it's IPv6 only, and I'll "
        "test from the same box.\n\nCheers,\nOliver Pratt\n+44 7700 900418\n",
    },
    {
        "id": "bx042-android-html-adds-forgotten-test-ip",
        "description": "HTML-only Gmail for Android mail typed without diacritics: adds the test "
        "address forgotten in the sender's own application, quoted in a gmail_quote",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Orlické noviny s.r.o.",
            I42,
            None,
            ["192.0.2.120"],
            ["192.0.2.125"],
            "Petr Hanuš",
            "hanus@orlickenoviny.example",
            "+420737604219",
        ),
        "from": "Petr Hanuš <hanus@orlickenoviny.example>",
        "subject": "Re: zadost o pristup k vysledkum",
        "headers": ANDROID_GMAIL,
        "html": '<div dir="auto">dobry den, zapomnel jsem na testovaci ip, je to '
        '192.0.2.125. jinak vse plati<div dir="auto">Hanus</div></div><br>'
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">út 9. 9. 2025 v '
        "7:58 odesílatel Petr Hanuš &lt;hanus@orlickenoviny.example&gt; napsal:<br></div>"
        '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc '
        'solid;padding-left:1ex"><div dir="ltr">Dobrý den,<br>Orlické noviny s.r.o., IČO '
        f"{I42}, žádají o přístup k výsledkům voleb v XML.<br>Produkční IP: 192.0.2.120<br>"
        "Kontakt: Petr Hanuš, 737 604 219<br><br>Petr Hanuš<br>Orlické noviny</div>"
        "</blockquote></div>",
    },
]
