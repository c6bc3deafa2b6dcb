"""Sixty-second held-out part ``do``, cases do029–do042: a data message filming now and
deferring the feed, a data message with an RTF table of IPv6 addresses, a DOCX with an ANO/NE
column, a data message whose XLSX gives a /30 block, a PDF letter whose signatory is not the
contact, a text file and a PDF that disagree (the cover names the valid one), a subsidiary's
application sent from its parent's box, an ODT with [x] at both requests, an English reply
quoting the office, a data message withdrawing a whole application, a short phone note with an
ODT, a data message with a content-control DOCX asking for both, a forwarded .eml carrying a
CSV and a data message carrying a saved .html form. Written by hand apart from the extraction
rules (see make_sixtysecond_do); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtysecond_do_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    c,
    ico,
)

C1, C2, C3, C5 = ico("2687341"), ico("0412598"), ico("2938167"), ico("2749318")
C6, C7, C8, C9, C10 = ico("0637481"), ico("2880934"), ico("2557106"), ico("2694852"), ico("2719563")
C11, C12, C13 = ico("0528714"), ico("2836092"), ico("2681245")

CASES: list[dict[str, Any]] = [
    c(
        "do029-databox-filming-now-feed-deferred",
        "data message with a PDF letter: filming at the collection point now; the XML feed "
        "they will ask for only before the 2026 municipal elections (deferred, not counted)",
        Style.DATABOX,
        L(
            [FILM],
            "Jesenický týdeník s.r.o.",
            C1,
            "jt3vn8a",
            [],
            [],
            "Libor Kratochvíl",
            "kratochvil@jesenickytydenik.example",
            "+420584412903",
        ),
        databox=box("jt3vn8a", "Jesenický týdeník s.r.o.", "Masarykovo nám. 2, 790 01 Jeseník"),
        subject="Žádost o povolení natáčení na sběrném místě",
        attachments=[
            (
                "di-pdf",
                "JT_natáčení.pdf",
                {
                    "header": "Jesenický týdeník s.r.o.\nMasarykovo nám. 2, 790 01 Jeseník · "
                    "IČO " + C1,
                    "blocks": [
                        "Věc: žádost o povolení natáčení",
                        "Žádáme o povolení natáčet práci sběrného místa v Jeseníku v noci po "
                        "uzavření volebních místností. O přístup k XML výsledkům požádáme až "
                        "před komunálními volbami 2026, letos jej nepotřebujeme.",
                        "Kontakt: Libor Kratochvíl, kratochvil@jesenickytydenik.example, "
                        "tel. 584 412 903",
                        "V Jeseníku 15. 9. 2025\nLibor Kratochvíl, vydavatel",
                    ],
                },
            )
        ],
    ),
    c(
        "do030-databox-rtf-ipv6-table",
        "data message with an RTF whose table has a header row (Adresa | Účel) and IPv6 "
        "addresses, one written uncompressed; the annotation is the subject line",
        Style.DATABOX,
        L(
            [FEED],
            "Datová žurnalistika Praha, o.p.s.",
            C2,
            "dz9pk4r",
            ["2001:db8:77::10", "2001:db8:77::11"],
            ["2001:db8:77::99"],
            "Barbora Hendrychová",
            "hendrychova@dzpraha.example",
            "+420721640337",
        ),
        databox=box(
            "dz9pk4r", "Datová žurnalistika Praha, o.p.s.", "Opletalova 22, 110 00 Praha 1"
        ),
        subject="Žádost o přístup k výsledkům voleb ve formátu XML (IPv6)",
        attachments=[
            (
                "rtf",
                "zadost_DZP.rtf",
                [
                    "Datová žurnalistika Praha, o.p.s., IČO " + C2,
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML. Naše "
                    "servery mají pouze IPv6 adresy:",
                    [
                        ["Adresa", "Účel"],
                        ["2001:db8:77::10", "produkce"],
                        ["2001:0db8:0077:0000:0000:0000:0000:0011", "produkce"],
                        ["2001:db8:77::99", "test"],
                    ],
                    "Kontakt: Barbora Hendrychová, hendrychova@dzpraha.example, 721 640 337",
                ],
            )
        ],
    ),
    c(
        "do031-docx-ano-ne-columns",
        "DOCX form with separate ANO and NE columns marked with X: XML yes, filming no; "
        "contact phone given as direct line then switchboard",
        Style.FORM,
        L(
            [FEED],
            "Vyškovský kurýr s.r.o.",
            C3,
            None,
            ["203.0.113.91", "203.0.113.92"],
            ["203.0.113.99"],
            "Stanislav Vrba",
            "vrba@vyskovskykuryr.example",
            "+420517302418",
        ),
        sender="Stanislav Vrba <vrba@vyskovskykuryr.example>",
        subject="Žádost o XML výsledky voleb",
        headers=GMAIL,
        body="Dobrý den, v příloze zasílám formulář. S pozdravem S. Vrba\n",
        html="<div>Dobrý den, v příloze zasílám formulář. S pozdravem S. Vrba</div>",
        attachments=[
            (
                "docx",
                "formular_VK.docx",
                {
                    "header": "Vyškovský kurýr s.r.o. · Masarykovo nám. 9, 682 01 Vyškov · IČO "
                    + C3,
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb",
                        {
                            "rows": [
                                ["Požadavek", "ANO", "NE"],
                                ["Přístup k výsledkům v XML", "X", ""],
                                ["Natáčení na sběrném místě", "", "X"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.91, 203.0.113.92"],
                                ["Testovací IP", "203.0.113.99"],
                                ["Kontaktní osoba", "Stanislav Vrba"],
                                ["E-mail", "vrba@vyskovskykuryr.example"],
                                ["Telefon", "517 302 418 (přímá linka), 517 302 400 (ústředna)"],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
    c(
        "do032-databox-xlsx-cidr-block",
        "data message; XLSX gives production as a /30 block (four addresses) and one test "
        "address; the sheet has a column header row; no IČO is stated",
        Style.DATABOX,
        L(
            [FEED],
            "Ostravská data a.s.",
            None,  # the message states no IČO (LABELS.md)
            "od5wq2m",
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.80"],
            "Tereza Nováková",
            "novakova@ostravskadata.example",
            "+420776301522",
        ),
        databox=box("od5wq2m", "Ostravská data a.s.", "Českobratrská 17, 702 00 Ostrava"),
        subject="Žádost o přístup k XML výsledkům voleb do PS 2025",
        attachments=[
            (
                "xlsx",
                "OD_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Účel", "Adresa / rozsah", "Poznámka"],
                            ["produkce", "198.51.100.64/30", "cluster"],
                            ["test", "198.51.100.80", ""],
                            [],
                            ["Kontaktní osoba", "Tereza Nováková", ""],
                            ["E-mail", "novakova@ostravskadata.example", ""],
                            ["Telefon", "776 301 522", ""],
                        ],
                    }
                ],
            )
        ],
    ),
    c(
        "do033-pdf-letter-signatory-not-contact",
        "PDF letter on letterhead signed by the managing director; the contact named in the "
        "text is the IT head with his own e-mail and phone; the footer has IČO and box ID",
        Style.LETTER,
        L(
            [FEED],
            "Královéhradecký report s.r.o.",
            C5,
            "kr7mh5b",
            ["192.0.2.151", "192.0.2.152"],
            ["192.0.2.158"],
            "Aleš Dušek",
            "dusek@hkreport.example",
            "+420495117226",
        ),
        sender="Ivana Malá <mala@hkreport.example>",
        subject="Žádost o přístup k výsledkům voleb – Královéhradecký report",
        headers=OUTLOOK,
        body="Dobrý den,\n\nv příloze zasíláme žádost podepsanou jednatelkou.\n\nIvana Malá\n"
        "asistentka vedení\n",
        attachments=[
            (
                "di-pdf",
                "KHR_zadost.pdf",
                {
                    "header": "Královéhradecký report s.r.o.\nGočárova třída 44, 500 02 Hradec "
                    "Králové",
                    "footer": "IČO " + C5 + " · DIČ CZ" + C5 + " · ID datové schránky kr7mh5b",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                        "Věc: žádost o přístup k průběžným výsledkům voleb",
                        "Žádáme o přístup k výsledkům ve formátu XML pro náš zpravodajský web. "
                        "Produkční servery 192.0.2.151 a 192.0.2.152, testovací server "
                        "192.0.2.158.",
                        "Technickým kontaktem je vedoucí IT Aleš Dušek (dusek@hkreport.example, "
                        "tel. 495 117 226).",
                        "S pozdravem\n\nMgr. Jana Šolcová\njednatelka",
                    ],
                },
            )
        ],
    ),
    c(
        "do034-txt-and-pdf-disagree-cover-resolves",
        "two files with different addresses: an older text note and the PDF application; the "
        "cover mail says the text file is the older draft and the PDF is valid",
        Style.CORRECTION,
        L(
            [FEED],
            "Plzeňský obzor s.r.o.",
            C6,
            None,
            ["203.0.113.141", "203.0.113.142"],
            ["203.0.113.149"],
            "Renata Sedláčková",
            "sedlackova@plzenskyobzor.example",
            "+420373190842",
        ),
        sender="Renata Sedláčková <sedlackova@plzenskyobzor.example>",
        subject="Žádost o XML výsledky – Plzeňský obzor",
        headers=TBIRD,
        body="Dobrý den,\n\nomylem jsem přiložila i starší poznámku (poznamka.txt), ta už "
        "neplatí. Platná je žádost v PDF.\n\nRenata Sedláčková\n",
        attachments=[
            (
                "txt",
                "poznamka.txt",
                "CSU volby - adresy (navrh)\nprod 203.0.113.130\ntest 203.0.113.139\n"
                "kontakt Renata, 373 190 800\n",
            ),
            (
                "pdf",
                "PO_zadost.pdf",
                [
                    "Plzeňský obzor s.r.o., Solní 6, 301 00 Plzeň, IČO " + C6,
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.141, 203.0.113.142"],
                            ["Testovací IP", "203.0.113.149"],
                            ["Kontaktní osoba", "Renata Sedláčková"],
                            ["E-mail", "sedlackova@plzenskyobzor.example"],
                            ["Telefon", "373 190 842"],
                        ],
                        "widths": [120, 330],
                    },
                ],
            ),
        ],
    ),
    c(
        "do035-databox-parent-box-subsidiary-footer",
        "data message sent from the parent company's box for its subsidiary; the DOCX footer "
        "gives the subsidiary's own IČO and box ID, which are labelled",
        Style.DATABOX,
        L(
            [FEED],
            "Region Média Vysočina s.r.o.",
            C7,
            "rv2kd6s",
            ["198.18.60.21", "198.18.60.22"],
            ["198.18.60.29"],
            "Kamil Bureš",
            "bures@rmvysocina.example",
            "+420567114390",
        ),
        databox=box("gm8xt3w", "Gemini Media Holding a.s.", "Vinohradská 190, 130 00 Praha 3"),
        subject="Žádost dceřiné společnosti Region Média Vysočina s.r.o. o přístup k XML",
        attachments=[
            (
                "docx",
                "RMV_zadost.docx",
                {
                    "footer": "Region Média Vysočina s.r.o. · IČO " + C7 + " · ID DS rv2kd6s "
                    "· člen skupiny Gemini Media Holding",
                    "blocks": [
                        "Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                        "Žadatel: Region Média Vysočina s.r.o., Karlovo nám. 30, Jihlava",
                        {
                            "rows": [
                                ["", "Produkce", "Test"],
                                ["IPv4", "198.18.60.21\n198.18.60.22", "198.18.60.29"],
                            ]
                        },
                        "Kontaktní osoba: Kamil Bureš, bures@rmvysocina.example, 567 114 390",
                        "Žádost odesílá mateřská společnost z vlastní datové schránky.",
                    ],
                },
            )
        ],
    ),
    c(
        "do036-odt-form-brackets-both",
        "ODT form with [x] at both requests; addresses in a table with column headers; the "
        "filming part names a crew member who is not the contact",
        Style.FORM,
        L(
            [FEED, FILM],
            "Pardubický expres s.r.o.",
            C8,
            None,
            ["192.0.2.21", "192.0.2.22"],
            ["192.0.2.29"],
            "Lucie Horká",
            "horka@pardubickyexpres.example",
            "+420466205713",
        ),
        sender="Lucie Horká <horka@pardubickyexpres.example>",
        subject="Žádost – XML a natáčení",
        headers=SEZNAM,
        cte="base64",
        body="Dobrý den,\n\nzasílám formulář, žádáme o obojí.\n\nLucie Horká\n",
        attachments=[
            (
                "odt",
                "formular_PE.odt",
                [
                    "Pardubický expres s.r.o., třída Míru 60, 530 02 Pardubice, IČO " + C8,
                    "[x] přístup k průběžným výsledkům (XML)",
                    "[x] natáčení na sběrném místě Pardubice (kameraman Vít Šafránek)",
                    [
                        ["Adresa", "Produkce / test"],
                        ["192.0.2.21", "produkce"],
                        ["192.0.2.22", "produkce"],
                        ["192.0.2.29", "test"],
                    ],
                    "Kontaktní osoba: Lucie Horká, horka@pardubickyexpres.example, 466 205 713",
                ],
            )
        ],
    ),
    c(
        "do037-english-reply-quoting-office-pdf",
        "English reply to the office's question; the office's letter quoted (its IČO and "
        "phone); the corrected PDF form attached replaces an address; Austrian phone",
        Style.REPLY,
        L(
            [FEED],
            "Alpenblick Media GmbH",
            None,
            None,
            ["203.0.113.55", "203.0.113.56"],
            ["203.0.113.58"],
            "Lukas Berger",
            "berger@alpenblick-media.example",
            "+4315120447",
        ),
        sender="Lukas Berger <berger@alpenblick-media.example>",
        subject="Re: Your application for XML access",
        headers=APPLE,
        body="Hello,\n\nthank you. Attached is the corrected form: 203.0.113.57 was a mistake, "
        "the second production server is 203.0.113.56.\n\nBest regards\nLukas Berger\n"
        "Alpenblick Media GmbH, Vienna\n+43 1 5120447\n\n"
        "On 12 Sep 2025, at 10:04, podatelna@czso.cz wrote:\n\n"
        "> Dear Sir,\n> the address 203.0.113.57 in your form is not reachable. Please check.\n"
        "> Czech Statistical Office, IČO 00025593, tel. +420 274 052 733\n",
        attachments=[
            (
                "pdf",
                "application_corrected.pdf",
                [
                    "Alpenblick Media GmbH - application for access to election results (XML)",
                    {
                        "rows": [
                            ["Production", "203.0.113.55<br/>203.0.113.56"],
                            ["Test", "203.0.113.58"],
                            ["Contact", "Lukas Berger, berger@alpenblick-media.example"],
                            ["Phone", "+43 1 5120447"],
                        ],
                        "widths": [120, 330],
                    },
                ],
            )
        ],
    ),
    c(
        "do038-databox-withdrawal-of-application",
        "data message withdrawing the whole application sent a week earlier (PDF letter repeats "
        "the old addresses): no request, no addresses; organisation and signer still labelled",
        Style.DATABOX,
        L(
            [],
            "Kroměřížské listy s.r.o.",
            C9,
            "kl4ph9t",
            [],
            [],
            "Dagmar Vašíčková",
            "vasickova@kromerizskelisty.example",
            "+420573331870",
        ),
        databox=box("kl4ph9t", "Kroměřížské listy s.r.o.", "Velké náměstí 8, 767 01 Kroměříž"),
        subject="Zpětvzetí žádosti o přístup k XML výsledkům voleb",
        attachments=[
            (
                "di-pdf",
                "zpetvzeti.pdf",
                {
                    "header": "Kroměřížské listy s.r.o.\nVelké náměstí 8, 767 01 Kroměříž · IČO "
                    + C9,
                    "blocks": [
                        "Věc: zpětvzetí žádosti",
                        "Bereme zpět naši žádost o přístup k XML výsledkům voleb ze dne "
                        "5. 9. 2025 (adresy 192.0.2.241 a 192.0.2.242). Výsledky budeme "
                        "přebírat od vydavatelské skupiny, přístup nepotřebujeme.",
                        "Dagmar Vašíčková, jednatelka\nvasickova@kromerizskelisty.example, "
                        "tel. 573 331 870",
                    ],
                },
            )
        ],
    ),
    c(
        "do039-phone-note-odt-application",
        "two-line note typed on a phone (K-9, 8bit); the whole application is an ODT letter "
        "with a table whose first column holds row headers",
        Style.COVER,
        L(
            [FEED],
            "Českolipský deník s.r.o.",
            C10,
            None,
            ["198.51.100.111"],
            ["198.51.100.119"],
            "Zdeněk Pavlíček",
            "pavlicek@ceskolipskydenik.example",
            "+420603955184",
        ),
        sender="Zdeněk Pavlíček <pavlicek@ceskolipskydenik.example>",
        subject="zadost xml",
        headers=K9,
        cte="8bit",
        body="Dobrý den, žádost v příloze.\nZ. Pavlíček\n",
        attachments=[
            (
                "odt",
                "zadost_CLD.odt",
                [
                    "Českolipský deník s.r.o., Škroupovo nám. 1, 470 01 Česká Lípa",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["IČO", C10],
                        ["Produkční adresa", "198.51.100.111"],
                        ["Testovací adresa", "198.51.100.119"],
                        ["Kontaktní osoba", "Zdeněk Pavlíček"],
                        ["E-mail", "pavlicek@ceskolipskydenik.example"],
                        ["Mobil", "603 955 184"],
                    ],
                ],
            )
        ],
    ),
    c(
        "do040-databox-content-controls-both-checked",
        "data message with a Word form: both request boxes are check-box content controls, "
        "both checked; values in plain-text controls; a footnote says the test address is "
        "temporary (still a test address)",
        Style.DATABOX,
        L(
            [FEED, FILM],
            "Teplický zpravodaj s.r.o.",
            C11,
            "tz6cm1f",
            ["203.0.113.11", "203.0.113.12"],
            ["203.0.113.19"],
            "Hynek Matoušek",
            "matousek@teplickyzpravodaj.example",
            "+420417530662",
        ),
        databox=box("tz6cm1f", "Teplický zpravodaj s.r.o.", "Náměstí Svobody 3, 415 01 Teplice"),
        subject="Žádost o přístup k výsledkům a povolení natáčení",
        attachments=[
            (
                "do-docx",
                "TZ_formular.docx",
                {
                    "author": "Hynek Matoušek",
                    "blocks": [
                        "Formulář žádosti – volby do Poslanecké sněmovny 2025",
                        {"runs": [("box", "XML", True), " přístup k výsledkům ve formátu XML"]},
                        {"runs": [("box", "Film", True), " natáčení na sběrném místě Teplice"]},
                        {
                            "rows": [
                                ["Žadatel", [("text", "Žadatel", "Teplický zpravodaj s.r.o.")]],
                                ["IČO", [("text", "IČO", C11)]],
                                [
                                    "Produkční IP",
                                    [("text", "Produkce", "203.0.113.11; 203.0.113.12")],
                                ],
                                [
                                    "Testovací IP",
                                    [("text", "Test", "203.0.113.19"), ("fn", "dočasný stroj")],
                                ],
                                ["Kontaktní osoba", [("text", "Osoba", "Hynek Matoušek")]],
                                [
                                    "E-mail",
                                    [("text", "Mail", "matousek@teplickyzpravodaj.example")],
                                ],
                                ["Telefon", [("text", "Tel", "417 530 662")]],
                            ]
                        },
                    ],
                },
            )
        ],
    ),
    c(
        "do041-forward-eml-with-csv",
        "forward of the agency's IT mail as an attached .eml, which carries a CSV (windows-1250) "
        "with a role column; the forwarder signs as the contact with her own phone",
        Style.FORWARD,
        L(
            [FEED],
            "Agentura Vltava Press s.r.o.",
            C12,
            None,
            ["192.0.2.121", "192.0.2.122", "2001:db8:d1::5"],
            ["192.0.2.129"],
            "Monika Chalupová",
            "chalupova@vltavapress.example",
            "+420602174983",
        ),
        sender="Monika Chalupová <chalupova@vltavapress.example>",
        subject="Fwd: adresy pro ČSÚ",
        headers=GMAIL,
        body="Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb. Adresy serverů posílám "
        "v přeposlané zprávě od našeho správce. Kontaktní osobou jsem já.\n\n"
        "Monika Chalupová\nAgentura Vltava Press s.r.o., IČO " + C12 + "\n+420 602 174 983\n",
        attachments=[
            (
                "eml",
                "adresy pro ČSÚ.eml",
                {
                    "id": "do041-inner",
                    "from": "Správa sítě <sit@vltavapress.example>",
                    "to": "chalupova@vltavapress.example",
                    "subject": "adresy pro ČSÚ",
                    "body": "Dobrý den, seznam adres v příloze. Správa sítě\n",
                    "attachments": [
                        (
                            "dl-csv",
                            "adresy.csv",
                            [
                                ["IP", "Role", "Server"],
                                ["192.0.2.121", "produkční", "web1"],
                                ["192.0.2.122", "produkční", "web2"],
                                ["2001:db8:d1::5", "produkční", "web-v6"],
                                ["192.0.2.129", "testovací", "stage"],
                            ],
                        )
                    ],
                },
            )
        ],
    ),
    c(
        "do042-databox-saved-html-form",
        "data message carrying a web form saved as .html (inputs with values, the XML box "
        "checked, filming not) from the firm's intranet; the form repeats the office's "
        "identifiers as the addressee",
        Style.DATABOX,
        L(
            [FEED],
            "Rokycanský hlasatel s.r.o.",
            C13,
            "rh1zy8e",
            ["198.18.91.40", "198.18.91.41"],
            ["198.18.91.49"],
            "Vladimír Kubík",
            "kubik@rokycanskyhlasatel.example",
            "+420371724063",
        ),
        databox=box("rh1zy8e", "Rokycanský hlasatel s.r.o.", "Masarykovo nám. 1, 337 01 Rokycany"),
        subject="Žádost o přístup k XML výsledkům (formulář v příloze)",
        attachments=[
            (
                "dl-html",
                "zadost_formular.html",
                '<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8">'
                "<title>Žádost ČSÚ</title></head><body><form>"
                "<p>Adresát: Český statistický úřad, IČO 00025593, datová schránka 2gfaasy</p>"
                '<p><input type="checkbox" name="xml" checked> přístup k výsledkům (XML)</p>'
                '<p><input type="checkbox" name="film"> natáčení na sběrném místě</p>'
                '<p>Žadatel: <input name="org" value="Rokycanský hlasatel s.r.o."></p>'
                '<p>IČO: <input name="ico" value="' + C13 + '"></p>'
                '<p>Produkční IP: <input name="prod" value="198.18.91.40, 198.18.91.41"></p>'
                '<p>Testovací IP: <input name="test" value="198.18.91.49"></p>'
                '<p>Kontaktní osoba: <input name="osoba" value="Vladimír Kubík"></p>'
                '<p>E-mail: <input name="mail" value="kubik@rokycanskyhlasatel.example"></p>'
                '<p>Telefon: <input name="tel" value="371 724 063"></p>'
                "</form></body></html>",
            )
        ],
    ),
]
