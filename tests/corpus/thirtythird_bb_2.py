"""Thirty-third held-out part ``bb``, cases bb015–bb028: an Austrian broadcaster's PDF form with
Yes/No columns, data messages with a recording request only in the annotation, a TXT form with
a /30 block, an RTF letter plus an annotation, a PDF form with an unticked box and a natural
person's TXT, a cover note that replaces the form's contact, an XLSX ANO/NE form, a reply with
the office's quoted request and a filled PDF, a faculty's forwarded .eml, a German DOCX, a PDF
letter whose signature block carries the data-box ID, an empty mail with an application and a
register extract, and a Polish XLSX. Written by hand apart from the extraction rules (see
make_thirtythird_bb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtythird_bb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I16, I17, I18, I19 = ico("2903175"), ico("6401287"), ico("2581904"), ico("0125938")
I20, I21, I22, I24 = ico("2719460"), ico("0021621"), ico("4503316"), ico("2836057")
I26 = ico("0947382")

CASES: list[dict[str, Any]] = [
    {
        "id": "bb015-austrian-pdf-yes-no",
        "description": "English cover from Vienna; PDF form with Yes/No columns (feed yes, "
        "filming no), Austrian phone, no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Medien GmbH",
            None,
            None,
            ["198.51.100.230", "198.51.100.231"],
            ["198.51.100.239"],
            "Stefan Grubmüller",
            "s.grubmueller@donauwelle.example",
            "+4315321840",
        ),
        "from": "Stefan Grubmüller <s.grubmueller@donauwelle.example>",
        "subject": "Application - access to Czech election results (XML)",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our completed application form for access to the election "
            "results feed. We are an Austrian broadcaster without a Czech company ID; our "
            "Austrian company register number is FN 418822 k.\n\n"
            "Kind regards\nStefan Grubmüller\nHead of Data Desk\nDonauwelle Medien GmbH\n"
            "Tel. +43 1 5321840 | Mobile +43 664 2210 077\n"
        ),
        "attachments": [
            (
                "pdf",
                "Donauwelle_application_CZSO.pdf",
                [
                    "APPLICATION FORM – ELECTIONS 2025",
                    "Applicant: Donauwelle Medien GmbH, Praterstraße 31, 1020 Wien, Austria",
                    {
                        "rows": [
                            ["Service", "Yes", "No"],
                            ["Access to the results in XML", "✔", ""],
                            ["Filming at a collection point", "", "✔"],
                        ],
                        "widths": [220, 50, 50],
                    },
                    {
                        "rows": [
                            ["Production IP addresses", "198.51.100.230, 198.51.100.231"],
                            ["Test IP address", "198.51.100.239"],
                            ["Contact person", "Stefan Grubmüller"],
                            ["E-mail", "s.grubmueller@donauwelle.example"],
                            ["Phone", "+43 1 5321840"],
                        ],
                        "widths": [160, 220],
                    },
                    "Vienna, 10 September 2025",
                ],
            )
        ],
    },
    {
        "id": "bb016-databox-annotation-film-power-of-attorney",
        "description": "data message: the recording request only in the annotation, the file "
        "is a power of attorney naming the crew leader",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Polar Studio Ostrava s.r.o.",
            I16,
            "e7xk3mb",
            [],
            [],
            "Daniel Hrubý",
            None,
            "+420731882045",
        ),
        "subject": (
            "Žádáme o povolení natáčet na sběrném místě Ostrava ve volební noc. Kontaktní "
            "osoba a vedoucí štábu Daniel Hrubý, tel. 731 882 045 (plná moc v příloze). XML "
            "data nepotřebujeme."
        ),
        "databox": {
            "box": "e7xk3mb",
            "sender": "Polar Studio Ostrava s.r.o.",
            "address": "Sokolská třída 1263/24, 702 00 Ostrava",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Hruby.pdf",
                [
                    "PLNÁ MOC",
                    f"Společnost Polar Studio Ostrava s.r.o., IČO {I16}, se sídlem Sokolská "
                    "třída 1263/24, 702 00 Ostrava, zastoupená jednatelem Mgr. Karlem Wojnarem,",
                    "zmocňuje",
                    "pana Daniela Hrubého, nar. 14. 3. 1988, bytem Ostrava-Poruba,",
                    "k jednání s Českým statistickým úřadem ve věci natáčení na sběrném místě "
                    "v Ostravě ve dnech 3. a 4. 10. 2025.",
                    "V Ostravě dne 16. 9. 2025\n\nMgr. Karel Wojnar, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bb017-cover-replaces-form-contact",
        "description": "the DOCX form names a contact who is on leave; the cover mail names "
        "her replacement with his own mobile and e-mail",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Deník Střední Morava, a.s.",
            I17,
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Jakub Otáhal",
            "otahal@dsmorava.example",
            "+420734116502",
        ),
        "from": "Jana Žáčková <zackova@dsmorava.example>",
        "subject": "Žádost o přístup k XML – Deník Střední Morava",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nv příloze je náš formulář. Upozorňuji, že kontaktní osobou je ve "
            "formuláři uvedena kolegyně Blanka Machalová, která bude od 20. září do konce října "
            "na dovolené – kontaktní osobou pro tuto žádost bude místo ní Jakub Otáhal, "
            "otahal@dsmorava.example, mobil 734 116 502.\n\n"
            "S pozdravem\nJana Žáčková\nasistentka šéfredaktora\nDeník Střední Morava, a.s.\n"
            "tel. 585 200 114\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_DSM.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["Žadatel", "Deník Střední Morava, a.s."],
                                ["IČO", I17],
                                ["Produkční IP adresa", "192.0.2.240"],
                                ["Testovací IP adresa", "192.0.2.241"],
                                ["Kontaktní osoba", "Blanka Machalová"],
                                ["E-mail", "machalova@dsmorava.example"],
                                ["Telefon", "606 337 901"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "bb018-xlsx-ano-ne-both",
        "description": "XLSX form with ANO/NE columns marked 'x' for both requests; IP addresses "
        "listed in a column with a combined 'produkce/záloha' label",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Rádio Beskydy s.r.o.",
            I18,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.158"],
            "Kamila Juřicová",
            "juricova@radiobeskydy.example",
            "+420556781203",
        ),
        "from": '"Juřicová Kamila" <juricova@radiobeskydy.example>',
        "subject": "Formulář - volby 2025",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\nzasílám formulář v Excelu, jak bylo na webu.\n\n"
            "Kamila Juřicová\nRádio Beskydy\nPalackého 133, 741 01 Nový Jičín\n"
        ),
        "attachments": [
            (
                "xlsx",
                "formular_volby_RB.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žadatel", "Rádio Beskydy s.r.o.", None],
                            ["IČO", I18, None],
                            [None, None, None],
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k XML výsledkům", "x", None],
                            ["Natáčení na sběrném místě", "x", None],
                            [None, None, None],
                            ["Účel", "IP adresa", None],
                            ["produkce/záloha", "203.0.113.150", None],
                            ["produkce/záloha", "203.0.113.151", None],
                            ["test", "203.0.113.158", None],
                            [None, None, None],
                            ["Kontakt", "Kamila Juřicová", None],
                            ["Telefon", "556 781 203", None],
                            ["E-mail", "juricova@radiobeskydy.example", None],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bb019-databox-txt-cidr-block",
        "description": "data message, annotation 'viz příloha'; the TXT gives production as a "
        "/30 block and the test address, with a netmask-like port line nearby",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Nakladatelství Orlice, s.r.o.",
            I19,
            "h2k9wfs",
            ["192.0.2.16", "192.0.2.17", "192.0.2.18", "192.0.2.19"],
            ["192.0.2.30"],
            "Zdeněk Rybář",
            "rybar@orlice.example",
            "+420494321177",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – viz příloha",
        "databox": {
            "box": "h2k9wfs",
            "sender": "Nakladatelství Orlice, s.r.o.",
            "address": "Komenského 301, 516 01 Rychnov nad Kněžnou",
        },
        "attachments": [
            (
                "txt",
                "zadost_Orlice.txt",
                "Nakladatelství Orlice, s.r.o.\n"
                f"IČO {I19}\n\n"
                "Žádáme o přístup k výsledkům voleb ve formátu XML.\n\n"
                "Produkční rozsah: 192.0.2.16/30 (všechny čtyři adresy)\n"
                "Testovací adresa: 192.0.2.30\n"
                "Odchozí provoz přes NAT, port 443/tcp.\n\n"
                "Kontakt: Zdeněk Rybář, rybar@orlice.example, tel. 494 321 177\n",
            )
        ],
    },
    {
        "id": "bb020-reply-office-request-filled-pdf",
        "description": "reply to the office's request to use the form; the quoted office text "
        "carries its IČO, data box and phone; the filled PDF form is attached",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj s.r.o.",
            I20,
            None,
            ["198.51.100.75"],
            ["198.51.100.76"],
            "Pavel Šindelář",
            "sindelar@lbzpravodaj.example",
            "+420485104662",
        ),
        "from": "Pavel Šindelář <sindelar@lbzpravodaj.example>",
        "subject": "Re: Vaše žádost – doplnění formuláře",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněný formulář, jak jste žádali.\n\n"
            "Pavel Šindelář\n\n"
            "Dne 12. 9. 2025 v 9:41 podatelna ČSÚ napsal(a):\n"
            "> Dobrý den,\n"
            "> děkujeme za Váš e-mail. Žádost prosím podejte na formuláři, který najdete\n"
            "> na našem webu, a zašlete jej na podatelna@czso.cz nebo do datové schránky\n"
            "> 2gfaasy (Český statistický úřad, IČO 00025593).\n"
            "> S dotazy volejte 274 052 733.\n"
            "> S pozdravem podatelna ČSÚ\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_vyplneny.pdf",
                [
                    "Žádost o přístup k výsledkům voleb – formulář",
                    {
                        "rows": [
                            ["Název žadatele", "Liberecký zpravodaj s.r.o."],
                            ["IČO", I20],
                            ["Produkční IP", "198.51.100.75"],
                            ["Testovací IP", "198.51.100.76"],
                            ["Kontaktní osoba", "Pavel Šindelář"],
                            ["E-mail", "sindelar@lbzpravodaj.example"],
                            ["Telefon", "+420 485 104 662"],
                        ],
                        "widths": [150, 230],
                    },
                    "☑ Žádám o přístup k XML    ☐ Žádám o povolení natáčení",
                ],
            )
        ],
    },
    {
        "id": "bb021-faculty-forward-eml",
        "description": "a department forwards a colleague's application as an attached .eml; "
        "the faculty applies as its university; contact is the colleague inside",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Masarykova univerzita",
            I21,
            None,
            ["2001:db8:1f0::25"],
            ["2001:db8:1f0::26"],
            "Martina Sedláčková",
            "sedlackova@fss.muni.example",
            "+420549496330",
        ),
        "from": "Sekretariát katedry mediálních studií <kms@fss.muni.example>",
        "subject": "Fw: žádost o XML data – studentská redakce",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nna žádost dr. Sedláčkové přeposíláme její žádost (v příloze), "
            "původně omylem odeslanou jen na interní adresu.\n\n"
            "sekretariát KMS FSS MU\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_XML_studentska_redakce.eml",
                {
                    "id": "bb021-inner",
                    "from": '"Mgr. Martina Sedláčková Ph.D." <sedlackova@fss.muni.example>',
                    "to": "kms@fss.muni.example",
                    "subject": "žádost o XML data – studentská redakce",
                    "headers": APPLE,
                    "body": (
                        "Dobrý den,\n\n"
                        "Masarykova univerzita (IČO "
                        f"{I21}), Fakulta sociálních studií, katedra mediálních studií, žádá o "
                        "přístup k výsledkům voleb ve formátu XML pro studentskou redakci, "
                        "která povede volební vysílání.\n\n"
                        "IPv6 produkční: 2001:db8:1f0::25\n"
                        "IPv6 testovací: 2001:db8:1f0::26\n\n"
                        "Kontaktní osoba: Martina Sedláčková, tel. 549 496 330\n\n"
                        "Martina Sedláčková\nKMS FSS MU, Joštova 10, 602 00 Brno\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "bb022-databox-rtf-annotation-both",
        "description": "data message: the annotation gives the production address, the RTF "
        "letter repeats it and adds the test address and contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Pošumavský týdeník, spol. s r. o.",
            I22,
            "s4dv8ne",
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Věra Koubová",
            "koubova@posumavsky.example",
            "+420376512093",
        ),
        "subject": "Žádost o XML výsledky voleb, produkční IP 203.0.113.88, ostatní v příloze",
        "databox": {
            "box": "s4dv8ne",
            "sender": "Pošumavský týdeník, spol. s r. o.",
            "address": "Plánická 174, 339 01 Klatovy",
        },
        "attachments": [
            (
                "rtf",
                "zadost_PT.rtf",
                [
                    f"Pošumavský týdeník, spol. s r. o., IČO {I22}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["produkční IP", "203.0.113.88"],
                        ["testovací IP", "203.0.113.89"],
                        ["kontakt", "Věra Koubová, koubova@posumavsky.example, 376 512 093"],
                    ],
                    "V Klatovech 17. 9. 2025\nVěra Koubová, vydavatelka",
                ],
            )
        ],
    },
    {
        "id": "bb023-german-docx-produktiv-test",
        "description": "short English cover from a German paper; the DOCX table is in German "
        "(Produktivsystem / Testsystem), German mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Rundschau Verlag GmbH & Co. KG",
            None,
            None,
            ["192.0.2.181", "192.0.2.182"],
            ["192.0.2.190"],
            "Thomas Brandl",
            "brandl@oberpfalz-rundschau.example",
            "+4917621449083",
        ),
        "from": "Thomas Brandl <brandl@oberpfalz-rundschau.example>",
        "subject": "Antrag / application: XML election results",
        "headers": TBIRD,
        "body": (
            "Hello,\n\nattached is our application (in German, I hope that is fine).\n\n"
            "Best,\nThomas Brandl\n"
        ),
        "attachments": [
            (
                "docx",
                "Antrag_CZSO_Wahlen.docx",
                {
                    "header": "Oberpfälzer Rundschau Verlag GmbH & Co. KG · Weiden i.d.OPf.",
                    "blocks": [
                        "Antrag auf Zugang zu den Wahlergebnissen im XML-Format",
                        "Wir beantragen den Zugang zum Ergebnisserver für die Wahl 2025. "
                        "Dreharbeiten in den Sammelstellen sind nicht geplant.",
                        {
                            "rows": [
                                ["System", "IP-Adresse"],
                                ["Produktivsystem 1", "192.0.2.181"],
                                ["Produktivsystem 2", "192.0.2.182"],
                                ["Testsystem", "192.0.2.190"],
                            ]
                        },
                        "Ansprechpartner: Thomas Brandl, Datenredaktion, "
                        "brandl@oberpfalz-rundschau.example, Mobil +49 176 21449083",
                    ],
                },
            )
        ],
    },
    {
        "id": "bb024-windows1250-pdf-signature-databox",
        "description": "windows-1250 Outlook cover; the PDF letter's signature block gives IČO "
        "and the applicant's data-box ID; the phone has a switchboard and a direct line",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Karlovarské listy a.s.",
            I24,
            "b9q5tmy",
            ["198.51.100.160"],
            [],
            "Roman Kadlec",
            "kadlec@kvlisty.example",
            "+420353401226",
        ),
        "from": "Roman Kadlec <kadlec@kvlisty.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nžádost v příloze.\n\nS pozdravem\nRoman Kadlec\n",
        "attachments": [
            (
                "pdf",
                "KL_zadost_XML.pdf",
                [
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Společnost Karlovarské listy a.s. žádá o přístup k serveru s výsledky "
                    "voleb. Výsledky budeme stahovat výhradně ze serveru 198.51.100.160; "
                    "testování proběhne ze stejného stroje, samostatnou testovací adresu "
                    "nepotřebujeme.",
                    "Kontaktní osobou je Roman Kadlec.",
                    "S pozdravem\n\nRoman Kadlec\nvedoucí online vydání\nKarlovarské listy a.s.\n"
                    "Zeyerova 900/5, 360 01 Karlovy Vary\n"
                    f"IČO: {I24} | ID datové schránky: b9q5tmy\n"
                    "ústředna: 353 400 100, přímá linka: 353 401 226\n"
                    "kadlec@kvlisty.example",
                ],
            )
        ],
    },
    {
        "id": "bb025-databox-pdf-unticked-film",
        "description": "data message; the PDF form has ☑ feed and ☐ recording, a crew section "
        "left empty; the annotation names only the form",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Dolní Bečva",
            ico("0297518"),
            "n6c2yap",
            ["192.0.2.222"],
            [],
            "Alois Mikulenka",
            "mikulenka@dolnibecva.example",
            "+420571645020",
        ),
        "subject": "Formulář žádosti - volby 2025",
        "databox": {
            "box": "n6c2yap",
            "sender": "Obec Dolní Bečva",
            "address": "Dolní Bečva 340, 756 55 Dolní Bečva",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "formular_Dolni_Becva.pdf",
                [
                    "Obec Dolní Bečva – obecní zpravodaj a web",
                    "Žádáme o:",
                    "☑ přístup k výsledkům voleb ve formátu XML",
                    "☐ povolení k natáčení na sběrném místě",
                    {
                        "rows": [
                            ["Žadatel", "Obec Dolní Bečva"],
                            ["IČO", ico("0297518")],
                            ["IP (produkce)", "192.0.2.222"],
                            ["IP (test)", ""],
                            ["Natáčecí štáb (jen při natáčení)", ""],
                            ["Kontaktní osoba", "Alois Mikulenka, správce webu"],
                            ["Telefon", "571 645 020"],
                            ["E-mail", "mikulenka@dolnibecva.example"],
                        ],
                        "widths": [170, 220],
                    },
                ],
            )
        ],
    },
    {
        "id": "bb026-empty-body-docx-and-register-extract",
        "description": "empty mail body with two files: the DOCX application and a PDF register "
        "extract naming the board members (not the contact)",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED, FILM],
            "MEDIA VYSOČINA a.s.",
            I26,
            None,
            ["203.0.113.50"],
            ["203.0.113.51"],
            "Jitka Bártů",
            "bartu@mediavysocina.example",
            "+420567117840",
        ),
        "from": "Jitka Bártů <bartu@mediavysocina.example>",
        "subject": "Zadost volby 2025 MEDIA VYSOCINA",
        "headers": SEZNAM,
        "body": "",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        f"MEDIA VYSOČINA a.s., Masarykovo náměstí 48, 586 01 Jihlava, IČO {I26}",
                        "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení natáčení "
                        "na sběrném místě v Jihlavě.",
                        {
                            "rows": [
                                ["produkční IP", "testovací IP"],
                                ["203.0.113.50", "203.0.113.51"],
                            ]
                        },
                        "Kontakt: Jitka Bártů, 567 117 840, bartu@mediavysocina.example",
                    ]
                },
            ),
            (
                "pdf",
                "vypis_OR_MV.pdf",
                [
                    "Výpis z obchodního rejstříku, oddíl B, vložka 1702, Krajský soud v Brně",
                    "Obchodní firma: MEDIA VYSOČINA a.s.",
                    f"Identifikační číslo: {I26}",
                    "Představenstvo: Ing. Oldřich Zeman (předseda), Mgr. Lucie Novotná",
                    "Akcie: 100 ks kmenových akcií na jméno ve jmenovité hodnotě 20 000 Kč",
                ],
            ),
        ],
    },
    {
        "id": "bb027-polish-xlsx-type-column",
        "description": "Polish broadcaster writes English; XLSX with a 'Type' column "
        "(PROD/TST), Polish mobile, no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Śląsk Południe sp. z o.o.",
            None,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Agnieszka Wróbel",
            "a.wrobel@radioslask.example",
            "+48601223904",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@radioslask.example>",
        "subject": "Election results XML - access request (Radio Śląsk Południe)",
        "headers": GMAIL,
        "body": (
            "Good morning,\n\nwe would like to request access to the XML results for the "
            "Czech elections. Our IP addresses are in the attached sheet. Contact person is "
            "me, Agnieszka Wróbel, +48 601 223 904.\n\n"
            "Pozdrawiam / Best regards\nAgnieszka Wróbel\nRadio Śląsk Południe sp. z o.o.\n"
            "NIP 6312598810\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_list.xlsx",
                [
                    {
                        "title": "Sheet1",
                        "rows": [
                            ["Type", "IP", "Comment"],
                            ["PROD", "203.0.113.240", "Katowice"],
                            ["PROD", "203.0.113.241", "Cieszyn"],
                            ["TST", "203.0.113.250", "staging"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bb028-databox-natural-person-txt",
        "description": "data message from a natural person's box (no IČO); the TXT asks only "
        "to film and gives the phone with 00420",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Barbora Lišková",
            None,
            "t8vm4rc",
            [],
            [],
            "Barbora Lišková",
            None,
            "+420603917224",
        ),
        "subject": "Žádost o povolení natáčení ve volební noc",
        "databox": {
            "box": "t8vm4rc",
            "sender": "Barbora Lišková",
            "address": "Lidická 48, 370 01 České Budějovice",
            "type": 40,
        },
        "attachments": [
            (
                "txt",
                "zadost_natáčení.txt",
                "Dobrý den,\n\n"
                "jsem studentka dokumentárního filmu (JAMU) a pro svůj absolventský film "
                "bych ráda natáčela na sběrném místě v Českých Budějovicích ve volební noc, "
                "sama s jednou kamerou, bez světel.\n"
                "Přístup k XML výsledkům nepotřebuji.\n\n"
                "Telefon: 00420 603 917 224\n\n"
                "Barbora Lišková\n",
            )
        ],
    },
]
