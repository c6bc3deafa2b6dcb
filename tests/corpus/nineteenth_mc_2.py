"""Nineteenth held-out part ``mc``, cases mc015–mc028: an agency's data message with a DOCX
ano/ne table, a Slovak blogger without a company, a Danish bureau with a CVR number, a reply that
gives the roles of IPv6 addresses by order, a Norwegian TV with "henholdsvis", an institute's
XLSX with from/to columns, a Polish correspondent forwarding IT's mail as an attachment, a
town's RTF letter asking only to film, a terse English note from a contractor, a typo corrected
in the same mail, a data message whose PDF form has ticked and unticked boxes, a Belgian TV with
"respectivement", a conditional filming question from an iPhone and an Austrian HTML table.
Written by hand apart from the extraction rules (see make_nineteenth_mc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.nineteenth_mc_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

J15, J18, J20, J22 = ico("2619384"), ico("2684027"), ico("6837214"), ico("0026771")
J23, J24, J25 = ico("0741936"), ico("2540718"), ico("4513690")

CASES: list[dict[str, Any]] = [
    {
        "id": "mc015-databox-docx-agency-ano-ne",
        "description": "agency's data message, the application only in a DOCX: ANO/NE table of "
        "requests, a written range of production addresses, the office's IČO and box in the "
        "letter's address block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální zpravodajská agentura, a.s.",
            J15,
            "r2nq7vd",
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.110"],
            "Hynek Pospíšil",
            "pospisil@rza.example",
            "+420608330915",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "r2nq7vd",
            "sender": "Regionální zpravodajská agentura, a.s.",
            "address": "Masarykova 118, 602 00 Brno",
            "type": 20,
        },
        "attachments": [
            (
                "docx",
                "RZA_zadost_volby.docx",
                {
                    "header": "Regionální zpravodajská agentura, a.s. · Masarykova 118, "
                    f"602 00 Brno · IČO {J15} · ID DS r2nq7vd",
                    "footer": "Společnost je zapsána v obchodním rejstříku vedeném Krajským "
                    "soudem v Brně, oddíl B, vložka 6612.",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                        "IČO 00025593, datová schránka 2gfaasy",
                        "V Brně dne 15. 9. 2025, č. j. RZA-226/2025",
                        "Věc: Žádost o přístup k výsledkům voleb do Poslanecké sněmovny",
                        "Vážení, agentura distribuuje zpravodajství pro 38 regionálních "
                        "titulů a ve volební noc bude průběžně rozesílat výsledky. Žádáme:",
                        {
                            "rows": [
                                ["Požadavek", "ANO / NE"],
                                ["Přístup k výsledkům voleb ve formátu XML", "ANO"],
                                ["Povolení k pořizování záznamu na sběrném místě", "NE"],
                            ]
                        },
                        "IP adresy:",
                        {
                            "rows": [
                                ["Prostředí", "Adresy"],
                                ["Produkce", "203.0.113.100 – 203.0.113.102"],
                                ["Test", "203.0.113.110"],
                            ]
                        },
                        "Kontaktní osoba: Bc. Hynek Pospíšil, vedoucí dispečinku, "
                        "mobil +420 608 330 915, pospisil@rza.example",
                        "Mgr. Dana Kroupová\npředsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "mc016-slovak-blogger-no-company",
        "description": "Slovak blogger without a company or IČO, one production address, no "
        "test server, a Slovak mobile written without the country code",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Peter Baláž",
            None,
            None,
            ["192.0.2.33"],
            [],
            "Peter Baláž",
            "peter.balaz@politikabezfiltra.example",
            "+421948221370",
        ),
        "from": "Peter Baláž <peter.balaz@politikabezfiltra.example>",
        "subject": "prístup k XML výsledkom volieb – súkromná osoba",
        "headers": K9,
        "body": (
            "Dobrý deň,\n\n"
            "píšem blog Politika bez filtra (politikabezfiltra.example), ktorý sleduje aj "
            "české voľby. Nie som firma ani živnostník, blog robím vo voľnom čase ako "
            "súkromná osoba.\n\n"
            "Chcel by som poprosiť o prístup k výsledkom volieb vo formáte XML. Dáta by "
            "sťahoval môj server na adrese 192.0.2.33. Testovaciu adresu nemám.\n\n"
            "V prípade otázok: tel. 0948 221 370 (slovenské číslo).\n\n"
            "S pozdravom\nPeter Baláž\nBratislava\n"
        ),
    },
    {
        "id": "mc017-danish-bureau-cvr-english",
        "description": "Danish news bureau writes English with Danish bits: production as a "
        "/30, a CVR number of eight digits that is no IČO",
        "style": Style.MIXED_ENGLISH,
        "labels": L(
            [FEED],
            "Nordjysk Nyhedsbureau ApS",
            None,
            None,
            ["198.51.100.52", "198.51.100.53", "198.51.100.54", "198.51.100.55"],
            ["198.51.100.60"],
            "Mette Sørensen",
            "ms@nordjysk-nyhed.example",
            "+4598123456",
        ),
        "from": "Mette Sørensen <ms@nordjysk-nyhed.example>",
        "subject": "Request: access to election results XML",
        "headers": OWA,
        "body": (
            "Dear colleagues at ČSÚ,\n\n"
            "Nordjysk Nyhedsbureau ApS supplies Central European news to several Danish "
            "regional papers, and we would like to request access to the XML feed with the "
            "Czech election results.\n\n"
            "Production: 198.51.100.52/30\n"
            "Test: 198.51.100.60\n\n"
            "Contact person is me – Mette Sørensen, tlf. +45 98 12 34 56.\n\n"
            "Med venlig hilsen / kind regards\n"
            "Mette Sørensen\n"
            "Redaktør, Nordjysk Nyhedsbureau ApS\n"
            "Boulevarden 19, 9000 Aalborg, Danmark\n"
            "CVR-nr. 38 41 72 65\n"
        ),
    },
    {
        "id": "mc018-reply-roles-by-order-ipv6",
        "description": "reply to the office's question: the new text gives the roles of the "
        "two IPv6 addresses in the applicant's quoted original by order; the office's quote "
        "carries its own contacts",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Vysočina Plus, s.r.o.",
            J18,
            None,
            ["2001:db8:c0::1"],
            ["2001:db8:c0::2"],
            "Radek Pelikán",
            "pelikan@radiovysocinaplus.example",
            "+420566620118",
        ),
        "from": "Radek Pelikán <pelikan@radiovysocinaplus.example>",
        "subject": "Re: Re: Žádost o XML – doplnění",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se za nejasnost – první adresa (končí ::1) je produkční, druhá "
            "(::2) testovací.\n\n"
            "R. Pelikán\n\n"
            "Dne 16. 9. 2025 v 9:02 ČSÚ – podatelna napsal(a):\n"
            "> Dobrý den,\n"
            "> děkujeme za žádost. Upřesněte prosím, která z uvedených adres je produkční\n"
            "> a která testovací.\n"
            "> S pozdravem\n"
            "> Oddělení pro styk s médii, Český statistický úřad\n"
            "> podatelna@czso.cz, tel. 274 052 733, IDDS 2gfaasy\n"
            ">\n"
            "> Dne 15. 9. 2025 v 16:40 Radek Pelikán napsal(a):\n"
            ">> Dobrý den,\n"
            ">> Rádio Vysočina Plus, s.r.o. (IČO "
            f"{J18}) žádá o přístup k výsledkům voleb\n"
            ">> ve formátu XML pro adresy 2001:db8:c0::1 a 2001:db8:c0::2.\n"
            ">> Kontakt: Radek Pelikán, +420 566 620 118\n"
            ">> Děkuji, Radek Pelikán\n"
        ),
    },
    {
        "id": "mc019-norwegian-tv-henholdsvis-both",
        "description": "Norwegian TV in Norwegian asks for the feed and to film; roles by "
        "'henholdsvis', a nine-digit org.nr.",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Vestlandet AS",
            None,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Ingrid Haugland",
            "ingrid.haugland@tvvestlandet.example",
            "+4741255890",
        ),
        "from": "Ingrid Haugland <ingrid.haugland@tvvestlandet.example>",
        "subject": "Søknad om tilgang til valgresultater og filmtillatelse",
        "headers": GMAIL,
        "body": (
            "Hei,\n\n"
            "TV Vestlandet AS lager en reportasje om valget i Tsjekkia og søker om to "
            "ting:\n\n"
            "Tilgang til valgresultatene i XML-format. IP-adressene 203.0.113.120 og "
            "203.0.113.121 er henholdsvis produksjon og test.\n\n"
            "Tillatelse til å filme ved innsamlingsstedet i Praha på valgnatten (fotograf "
            "Sindre Nygård og jeg).\n\n"
            "Kontaktperson: Ingrid Haugland, mobil +47 412 55 890\n\n"
            "Med vennlig hilsen\n"
            "Ingrid Haugland\n"
            "Journalist, TV Vestlandet AS\n"
            "Org.nr. 987 654 321 · Strandkaien 2, 5013 Bergen\n"
        ),
    },
    {
        "id": "mc020-institute-xlsx-from-to-columns",
        "description": "research institute's XLSX gives address ranges in 'od'/'do' columns "
        "(three production, one test); IČO written in pairs",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            J20,
            None,
            ["192.0.2.90", "192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Petra Hlaváčková",
            "hlavackova@uvvm.example",
            "+420221983417",
        ),
        "from": "Petra Hlaváčková <hlavackova@uvvm.example>",
        "subject": "Žádost ÚVVM o přístup k výsledkům voleb (XML)",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "Ústav pro výzkum veřejného mínění, v. v. i. (IČO: "
            f"{J20[:2]} {J20[2:4]} {J20[4:6]} {J20[6:]}) žádá o přístup k průběžným "
            "výsledkům voleb ve formátu XML pro náš volební model a komentovaný přenos na "
            "webu ústavu.\n\n"
            "IP adresy jsou v přiložené tabulce. Kontaktní osobou jsem já, "
            "tel. 221 983 417.\n\n"
            "S pozdravem\n"
            "RNDr. Petra Hlaváčková, Ph.D.\n"
            "oddělení datové analýzy\n"
            "Ústav pro výzkum veřejného mínění, v. v. i.\n"
            "Jilská 1, 110 00 Praha 1\n"
        ),
        "attachments": [
            (
                "xlsx",
                "UVVM_IP_volby2025.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Prostředí", "IP od", "IP do", "Počet", "Poznámka"],
                            ["Produkce", "192.0.2.90", "192.0.2.92", 3, "cluster modelu"],
                            ["Test", "192.0.2.99", "192.0.2.99", 1, "vývojový stroj"],
                        ],
                    },
                    {
                        "title": "Verze",
                        "rows": [
                            ["Dokument", "Verze", "Datum"],
                            ["Seznam adres", "1.3.2", "12. 9. 2025"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "mc021-forward-eml-polish-tv-both",
        "description": "Polish TV's Prague correspondent attaches IT's mail as a message "
        "(English, prod/staging) and adds a filming request; she is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Telewizja Podhale S.A.",
            None,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.190"],
            "Marta Zielińska",
            "m.zielinska@tvpodhale.example",
            "+420739118402",
        ),
        "from": "Marta Zielińska <m.zielinska@tvpodhale.example>",
        "subject": "Fwd: XML access request – Telewizja Podhale",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den / Good afternoon,\n\n"
            "I am the Prague correspondent of Telewizja Podhale S.A. Attached is the "
            "request for the XML feed from our IT department in Nowy Targ.\n\n"
            "In addition, we kindly ask for permission to film at the results collection "
            "point in Prague on election night (me and one camera operator).\n\n"
            "Contact during the election: me, Marta Zielińska, +420 739 118 402.\n\n"
            "Děkuji / thank you,\nMarta Zielińska\n"
        ),
        "attachments": [
            (
                "eml",
                "XML access request.eml",
                {
                    "id": "mc021-inner",
                    "from": "Paweł Kaczmarek <it@tvpodhale.example>",
                    "to": "m.zielinska@tvpodhale.example",
                    "subject": "XML access request",
                    "body": (
                        "Hi Marta,\n\n"
                        "here is what the Czech statistical office needs from us. Please "
                        "send it on:\n\n"
                        "Applicant: Telewizja Podhale S.A., ul. Krakowska 40, 34-400 "
                        "Nowy Targ (KRS 0000287734)\n"
                        "prod: 192.0.2.180, 192.0.2.181\n"
                        "staging: 192.0.2.190\n"
                        "Fetching over HTTPS, every 60 s.\n\n"
                        "Paweł\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "mc022-town-rtf-letter-film-only",
        "description": "town's press officer sends an RTF letter asking only to film for the "
        "town TV and saying it does not ask for the XML; mobile before the switchboard",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FILM],
            "Město Horní Slavkovice",
            J22,
            None,
            [],
            [],
            "Radka Musilová",
            "musilova@hornislavkovice.example",
            "+420736512404",
        ),
        "from": "Musilová Radka <musilova@hornislavkovice.example>",
        "subject": "Žádost o povolení natáčení – Městská televize Horní Slavkovice",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám žádost města o povolení natáčení na sběrném místě.\n\n"
            "S pozdravem\nBc. Radka Musilová\ntisková mluvčí\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_nataceni_CSU.rtf",
                [
                    "Město Horní Slavkovice\nMěstský úřad, Masarykovo nám. 1, "
                    f"592 31 Horní Slavkovice\nIČO: {J22}",
                    "Český statistický úřad, Krajská správa Kraje Vysočina",
                    "Č. j.: MHS/4471/2025/TIS          Vyřizuje: Bc. Musilová",
                    "Věc: Žádost o povolení k pořizování obrazového záznamu",
                    "Město Horní Slavkovice provozuje Městskou televizi HS, která bude ve "
                    "volební noc vysílat zvláštní zpravodajství. Žádáme o povolení "
                    "natáčet na sběrném místě ve Žďáru nad Sázavou dne 4. 10. 2025 "
                    "mezi 20:00 a 23:00 (redaktorka a kameraman).",
                    "O přístup k výsledkům ve formátu XML nežádáme, výsledky převezmeme "
                    "z veřejného webu.",
                    [
                        ["Kontaktní osoba", "Bc. Radka Musilová, tisková mluvčí"],
                        ["Telefon", "ústředna 569 400 111, mobil 736 512 404"],
                        ["E-mail", "musilova@hornislavkovice.example"],
                    ],
                    "Ing. Vladimír Kos\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "mc023-terse-english-contractor",
        "description": "terse English note from an IT contractor for a media group: 'test: "
        "n/a', the contractor himself named as the technical contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Metropol Media Group s.r.o.",
            J23,
            None,
            ["198.51.100.222", "198.51.100.223"],
            [],
            "Daniel Kratochvíl",
            "daniel@netwise.example",
            "+420702118554",
        ),
        "from": "Daniel Kratochvíl <daniel@netwise.example>",
        "subject": "whitelisting req - election XML",
        "headers": GMAIL,
        "body": (
            "Hi,\n\n"
            "whitelisting request for the election XML on behalf of our client Metropol "
            f"Media Group s.r.o. (reg. no. {J23}).\n\n"
            "prod: 198.51.100.222, 198.51.100.223\n"
            "test: n/a\n"
            "contact for this: me, +420 702 118 554\n\n"
            "thx\n"
            "Daniel\n"
            "--\n"
            "Netwise | managed hosting\n"
        ),
    },
    {
        "id": "mc024-typo-corrected-and-build-number",
        "description": "second production address typed as an impossible '198.51.100.310' and "
        "corrected below; a dotted four-part build number",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Ohře, s.r.o.",
            J24,
            None,
            ["198.51.100.30", "198.51.100.31"],
            ["198.51.100.35"],
            "Eva Kadlecová",
            "kadlecova@radiohre.example",
            "+420353404226",
        ),
        "from": "Eva Kadlecová <kadlecova@radiohre.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Rádio Ohře",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Ohře, s.r.o., IČO {J24}, žádá o zpřístupnění výsledků voleb ve "
            "formátu XML.\n\n"
            "produkční adresy: 198.51.100.30, 198.51.100.310\n"
            "testovací adresa: 198.51.100.35\n\n"
            "Stahovat bude náš playout systém (build 2.14.0.7), který výsledky načítá do "
            "vysílání.\n\n"
            "Oprava: druhá produkční adresa má být 198.51.100.31, omlouvám se za překlep.\n\n"
            "Kontakt: Eva Kadlecová, 353 404 226\n\n"
            "S pozdravem\nEva Kadlecová\nprogramová ředitelka\n"
        ),
    },
    {
        "id": "mc025-databox-pdf-checkboxes",
        "description": "data message with a one-word annotation; the PDF form has the feed "
        "box ticked and the filming box unticked, addresses wrap in narrow cells",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Polabské listy a.s.",
            J25,
            "p7fe2mu",
            ["198.51.100.70", "198.51.100.71", "198.51.100.72"],
            ["198.51.100.79"],
            "Richard Trnka",
            "trnka@polabskelisty.example",
            "+420325611208",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "p7fe2mu",
            "sender": "Polabské listy a.s.",
            "address": "Palackého 30, 290 01 Poděbrady",
            "type": 20,
        },
        "attachments": [
            (
                "pdf",
                "formular_volby.pdf",
                [
                    "FORMULÁŘ – žádost médií (volby do Poslanecké sněmovny 2025)",
                    f"Žadatel: Polabské listy a.s.\nIČO: {J25}\nSídlo: Palackého 30, "
                    "290 01 Poděbrady",
                    "Žádám o:\n☒ přístup k výsledkům voleb ve formátu XML\n"
                    "☐ povolení k pořizování obrazového a zvukového záznamu",
                    {
                        "rows": [
                            ["Produkční IP adresy", "198.51.100.70, 198.51.100.71, 198.51.100.72"],
                            ["Testovací IP adresy", "198.51.100.79"],
                            ["Kontaktní osoba", "Richard Trnka"],
                            ["Telefon / e-mail", "+420 325 611 208 / trnka@polabskelisty.example"],
                        ],
                        "widths": [90, 95],
                    },
                    "Datum: 17. 9. 2025          Podpis: Ing. Marie Kořínková, předsedkyně "
                    "představenstva",
                ],
            )
        ],
    },
    {
        "id": "mc026-belgian-tv-respectivement",
        "description": "Belgian TV in French: roles by 'respectivement', an ASBL, a company "
        "number with dots that is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Télé Sambre ASBL",
            None,
            None,
            ["192.0.2.130"],
            ["192.0.2.131"],
            "Julien Dumont",
            "j.dumont@telesambre.example",
            "+3271234567",
        ),
        "from": "Julien Dumont <j.dumont@telesambre.example>",
        "subject": "Accès aux résultats électoraux au format XML",
        "headers": EVOLUTION,
        "body": (
            "Bonjour,\n\n"
            "Télé Sambre ASBL, télévision locale de la région de Charleroi, souhaite "
            "obtenir l'accès aux résultats des élections tchèques au format XML pour une "
            "émission spéciale consacrée à la communauté tchèque de Belgique.\n\n"
            "Les adresses 192.0.2.130 et 192.0.2.131 serviront respectivement à la "
            "production et aux tests.\n\n"
            "Personne de contact : Julien Dumont, responsable technique, "
            "tél. +32 71 23 45 67.\n\n"
            "Bien cordialement,\n"
            "Julien Dumont\n"
            "Télé Sambre ASBL – Quai de Brabant 12, 6000 Charleroi\n"
            "Numéro d'entreprise : BE 0456.789.123\n"
        ),
    },
    {
        "id": "mc027-iphone-conditional-filming",
        "description": "two-line iPhone question whether the crew may film, 'if not, never "
        "mind'; publisher named without an IČO",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Kolínský týdeník s.r.o.",
            None,
            None,
            [],
            [],
            "Petr Vondráček",
            "vondracek@kolinskytydenik.example",
            "+420606118327",
        ),
        "from": "Petr Vondráček <vondracek@kolinskytydenik.example>",
        "subject": "natáčení Kolín",
        "headers": IPHONE,
        "body": (
            "Dobrý den, šlo by v sobotu večer natočit pár záběrů na vašem sběrném místě "
            "v Kolíně? Pokud ano, přijedeme dva (já + kameraman). Kdyby to nešlo, nevadí.\n\n"
            "Petr Vondráček\nredaktor, Kolínský týdeník s.r.o.\n606 118 327\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "mc028-austrian-html-german-table",
        "description": "HTML-only German mail with a table: 'Produktion (primär)', "
        "'Produktion (Backup)', 'Test / Staging'; Firmenbuch number and extension phone",
        "style": Style.HTML_TABLE,
        "labels": L(
            [FEED],
            "Mühlviertler Nachrichten GmbH & Co KG",
            None,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.135"],
            "Katharina Pichler",
            "k.pichler@muehlviertler.example",
            "+4379427233118",
        ),
        "from": "Katharina Pichler <k.pichler@muehlviertler.example>",
        "subject": "Antrag: Zugang zu den XML-Wahlergebnissen",
        "headers": OWA,
        "cte": "base64",
        "html": (
            '<html><body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">'
            "<div>Sehr geehrte Damen und Herren,</div><div><br></div>"
            "<div>die Mühlviertler Nachrichten berichten für die Grenzregion zu Südböhmen "
            "und möchten am Wahlabend die tschechischen Ergebnisse live zeigen. Wir "
            "beantragen daher den Zugang zu Ihren XML-Ergebnissen für folgende "
            "Adressen:</div><div><br></div>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Verwendung</th><th>IP-Adresse</th></tr>"
            "<tr><td>Produktion (primär)</td><td>203.0.113.130</td></tr>"
            "<tr><td>Produktion (Backup)</td><td>203.0.113.131</td></tr>"
            "<tr><td>Test / Staging</td><td>203.0.113.135</td></tr>"
            "</table><div><br></div>"
            "<div>Ansprechpartnerin: Katharina Pichler, Tel. +43 7942 72331-18</div>"
            "<div><br></div><div>Mit freundlichen Grüßen<br>Katharina Pichler<br>"
            "Digitalredaktion</div>"
            '<div style="color:#666;font-size:8pt">Mühlviertler Nachrichten GmbH &amp; Co KG'
            " · Stadtplatz 11, 4240 Freistadt · FN 123456a, LG Linz · "
            "Tel. +43 7942 72331-0</div>"
            "</body></html>"
        ),
    },
]
