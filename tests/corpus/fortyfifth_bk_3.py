"""Forty-fifth held-out part ``bk``, cases bk029–bk042: a regional TV's data message with an
RTF table and a replaced address, a long Swiss German letter with a slash netmask, a Polish
photographer's terse note, three servers with "v tomto pořadí", a Hungarian workbook with a
married name in capitals, an agency's data message leaving filming for a later election, an
English reply from a Slovak outlet, an internal host behind NAT, a Belgian French mail with an
"à" range, a Catalan freelancer filming only, a town's ODT letter with its box ID, a
university's long DOCX letter with an IPv6 /127, a sloppy mail correcting a typo and a
Slovenian–English request. Written by hand apart from the extraction rules (see
make_fortyfifth_bk); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfifth_bk_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I32, I34, I35, I36 = (
    ico("2790148"),
    ico("4702683"),
    ico("0612957"),
    ico("5083621"),
    ico("2917460"),
)
I39, I40, I41 = ico("0081392"), ico("6470915"), ico("2852307")

CASES: list[dict[str, Any]] = [
    {
        "id": "bk029-databox-tv-rtf-replaced",
        "description": "data message whose RTF table keeps last year's production address "
        "marked 'zrušeno, nahrazeno' next to the new one; both requests; box ID from the "
        "envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Litava s.r.o.",
            I29,
            "tvl5q8n",
            ["203.0.113.31", "203.0.113.32"],
            ["203.0.113.39"],
            "Roman Stejskal",
            "stejskal@tvlitava.example",
            "+420517330482",
        ),
        "databox": box("tvl5q8n", "TV Litava s.r.o.", "Palackého 14, 684 01 Slavkov u Brna"),
        "subject": "Volby - žádost TV Litava (data + natáčení)",
        "attachments": [
            (
                "rtf",
                "TV_Litava_zadost.rtf",
                [
                    "TV Litava s.r.o., IČO " + I29 + ", Palackého 14, Slavkov u Brna",
                    "Žádáme o přístup k XML výsledkům voleb a o povolení natáčet na "
                    "pracovišti ČSÚ v Brně.",
                    [
                        ["Adresa", "Role", "Stav"],
                        ["203.0.113.30", "produkce", "zrušeno, nahrazeno .31"],
                        ["203.0.113.31", "produkce", "nová"],
                        ["203.0.113.32", "produkce", "beze změny"],
                        ["203.0.113.39", "test", "beze změny"],
                    ],
                    "Kontakt: Roman Stejskal, 517 330 482, stejskal@tvlitava.example",
                ],
            )
        ],
    },
    {
        "id": "bk030-swiss-german-long-slash-netmask",
        "description": "long formal Swiss German letter (no ß, CHE number instead of IČO): "
        "production written as address/netmask with a slash (four addresses), a test "
        "address, the contact's direct number beside the switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Seeland Medien AG",
            None,
            None,
            ["198.18.60.0", "198.18.60.1", "198.18.60.2", "198.18.60.3"],
            ["198.18.60.8"],
            "Reto Aebischer",
            "reto.aebischer@seelandmedien.example",
            "+41325124077",
        ),
        "from": "Reto Aebischer <reto.aebischer@seelandmedien.example>",
        "subject": "Gesuch um Zugang zum Ergebnisserver, Parlamentswahlen CZ",
        "headers": EVOLUTION,
        "body": "Sehr geehrte Damen und Herren\n\n"
        "Die Seeland Medien AG (CHE-318.402.771, Biel/Bienne) gibt die Tageszeitung "
        "«Seeländer Bote» sowie das Onlineportal seeland-news heraus. Im Rahmen unserer "
        "Auslandberichterstattung möchten wir am Wahlabend die Resultate der Wahlen ins "
        "tschechische Abgeordnetenhaus laufend publizieren und ersuchen Sie deshalb höflich "
        "um Zugang zu Ihrem Ergebnisserver im XML-Format.\n\n"
        "Unsere Infrastruktur ist wie folgt aufgebaut: Die produktiven Abrufserver befinden "
        "sich im Netz 198.18.60.0/255.255.255.252. Für Tests verwenden wir den separaten "
        "Server 198.18.60.8. Dreharbeiten vor Ort sind nicht vorgesehen.\n\n"
        "Für Rückfragen steht Ihnen Herr Reto Aebischer, Leiter Digitalentwicklung, gerne "
        "zur Verfügung (direkt +41 32 512 40 77, Zentrale +41 32 512 40 00).\n\n"
        "Wir danken Ihnen für die Prüfung unseres Gesuchs.\n\n"
        "Freundliche Grüsse\n\nSeeland Medien AG\n\nReto Aebischer\n"
        "Leiter Digitalentwicklung\n",
    },
    {
        "id": "bk031-polish-photographer-terse",
        "description": "two lines in Polish from a freelance photographer without a company: "
        "photos only, his own name as the applicant",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Tomasz Zielonka",
            None,
            None,
            [],
            [],
            "Tomasz Zielonka",
            "t.zielonka@fotozielonka.example",
            "+48512330981",
        ),
        "from": "Tomasz Zielonka <t.zielonka@fotozielonka.example>",
        "subject": "zgoda na zdjęcia - wybory",
        "headers": SAMSUNG,
        "body": "Dzień dobry, jestem fotoreporterem (freelance) i proszę o zgodę na "
        "robienie zdjęć w punkcie w Ostrawie w noc wyborczą. Danych XML nie potrzebuję.\n"
        "Tomasz Zielonka, tel. 512 330 981\n\nWysłane z telefonu\n",
    },
    {
        "id": "bk032-three-servers-in-order",
        "description": "three host names followed by three addresses 'v tomto pořadí', two "
        "production and one test; a direct line and a switchboard",
        "style": Style.PLAIN,
        "labels": L(
            [FEED],
            "Rádio Horal s.r.o.",
            I32,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.159"],
            "Miroslava Pešková",
            "peskova@radiohoral.example",
            "+420556711208",
        ),
        "from": "Miroslava Pešková <peskova@radiohoral.example>",
        "subject": "Žádost o přístup – Rádio Horal",
        "headers": CENTRUM,
        "body": "Dobrý den,\n\n"
        "Rádio Horal s.r.o., IČO " + I32 + ", žádá o přístup k XML s výsledky voleb.\n\n"
        "Stahovat budou stroje volby1 (produkce), volby2 (produkce, záloha) a volby-test; "
        "jejich adresy jsou v tomto pořadí 198.51.100.150, 198.51.100.151 a "
        "198.51.100.159.\n\n"
        "Kontakt: Miroslava Pešková, přímá 556 711 208 (ústředna 556 711 200).\n\n"
        "S pozdravem M. Pešková\n",
    },
    {
        "id": "bk033-hungarian-workbook-married-name",
        "description": "Hungarian workbook: contact written in capitals as a married name "
        "('KOVÁCSNÉ TÓTH Ildikó'), IPv6 and IPv4 production, filming 'igen', the feed "
        "'igen'; an adószám that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alföldi Hírlap Kft.",
            None,
            None,
            ["2001:db8:1b::5", "192.0.2.180"],
            ["192.0.2.181"],
            "Kovácsné Tóth Ildikó",
            "kovacsne.toth@alfoldihirlap.example",
            "+36209183346",
        ),
        "from": "Kovácsné Tóth Ildikó <kovacsne.toth@alfoldihirlap.example>",
        "subject": "Kérelem - választási eredmények / application",
        "headers": APPLE,
        "body": "Tisztelt Címzett!\n\nMellékelten küldjük kérelmünket (táblázat).\n"
        "Please find our application in the attached spreadsheet.\n\n"
        "Üdvözlettel,\nKovácsné Tóth Ildikó\n",
        "attachments": [
            (
                "xlsx",
                "alfoldi_hirlap_kerelem.xlsx",
                [
                    {
                        "title": "Kérelem",
                        "rows": [
                            ["Szervezet / Organisation", "Alföldi Hírlap Kft."],
                            ["Adószám", "14820937-2-03"],
                            ["Székhely", "6000 Kecskemét, Rákóczi út 9."],
                            ["XML hozzáférés / feed", "igen"],
                            ["Forgatás / filming", "igen (Praha)"],
                            ["Kapcsolattartó", "KOVÁCSNÉ TÓTH Ildikó"],
                            ["Telefon", "+36 20 918 3346"],
                            ["E-mail", "kovacsne.toth@alfoldihirlap.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Éles / production", "2001:db8:1b::5"],
                            ["Éles / production", "192.0.2.180"],
                            ["Teszt / test", "192.0.2.181"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bk034-databox-agency-filming-later",
        "description": "an agency's data message: the feed now, filming only 'for the regional "
        "elections next year, we shall ask separately' (not requested); production written "
        "'198.51.100.220 až 223'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální zpravodajská agentura RZA s.r.o.",
            I34,
            "rza2k7w",
            ["198.51.100.220", "198.51.100.221", "198.51.100.222", "198.51.100.223"],
            ["198.51.100.230"],
            "Šárka Nedomová",
            "nedomova@rza.example",
            "+420734205118",
        ),
        "databox": box(
            "rza2k7w",
            "Regionální zpravodajská agentura RZA s.r.o.",
            "Tř. Kosmonautů 6, 779 00 Olomouc",
        ),
        "subject": "Žádost o zpřístupnění XML výsledků voleb",
        "attachments": [
            (
                "pdf",
                "RZA_zadost_volby.pdf",
                [
                    "Regionální zpravodajská agentura RZA s.r.o.\nTř. Kosmonautů 6, Olomouc"
                    "\nIČO " + I34,
                    "Žádáme o přístup k průběžným výsledkům voleb v XML pro naše odběratele "
                    "(regionální weby).",
                    "Produkční adresy: 198.51.100.220 až 223\nTestovací: 198.51.100.230",
                    "Natáčení na pracovištích bychom rádi využili až u krajských voleb "
                    "příští rok; o povolení požádáme samostatně.",
                    "Kontakt: Šárka Nedomová, 734 205 118, nedomova@rza.example",
                ],
            )
        ],
    },
    {
        "id": "bk035-english-reply-slovak-outlet",
        "description": "English reply from a Slovak English-language outlet adding the phone "
        "the office asked for; 'we will test from production' gives no test address; the "
        "application itself sits in the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Dunaj Daily s.r.o.",
            I35,
            None,
            ["203.0.113.100"],
            [],
            "Peter Kmeť",
            "peter.kmet@dunajdaily.example",
            "+421918227403",
        ),
        "from": "Peter Kmeť <peter.kmet@dunajdaily.example>",
        "subject": "Re: Your application - missing phone number",
        "headers": GMAIL,
        "flowed": True,
        "body": "Hello,\n\nsorry, my number is +421 918 227 403. As for a test address, we "
        "will simply test from the production server, so there is none.\n\nBest, Peter\n\n"
        "On Tue, 2 Sep 2025 at 09:30, Volební servis ČSÚ wrote:\n"
        "> Dear Mr Kmeť, please add a contact phone number to your application.\n"
        ">\n"
        "> On Mon, 1 Sep 2025 at 17:02, Peter Kmeť wrote:\n"
        ">> Dunaj Daily s.r.o. (IČO " + I35 + ", Bratislava) applies for access to the\n"
        ">> XML results feed. Production IP: 203.0.113.100. Contact: Peter Kmeť,\n"
        ">> peter.kmet@dunajdaily.example\n",
    },
    {
        "id": "bk036-internal-host-behind-nat",
        "description": "an IT contractor explains that the newspaper's internal parser sits "
        "behind NAT (named by host name only) and gives the public address; a separate "
        "public address for the test environment; the newspaper applies",
        "style": Style.PROXY,
        "labels": L(
            [FEED],
            "Pražský večerník Media a.s.",
            I36,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Vít Matoušek",
            "matousek@bitlab.example",
            "+420720318645",
        ),
        "from": "Vít Matoušek <matousek@bitlab.example>",
        "subject": "Pražský večerník – XML volby, technické údaje",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "za společnost Pražský večerník Media a.s. (IČO " + I36 + "), pro kterou "
        "spravujeme volební web, posílám technické údaje k jejich žádosti o přístup k XML.\n\n"
        "Interní parser (volby-parser.intra.vecernik) je za NATem a ven se dostane přes "
        "veřejnou adresu 192.0.2.200 – tu prosím povolte jako produkční. Testovací "
        "prostředí jde ven přes 192.0.2.201.\n\n"
        "Kontakt pro technické věci: Vít Matoušek, 720 318 645.\n\n"
        "Vít Matoušek\nBitLab s.r.o., správa systémů\n",
    },
    {
        "id": "bk037-belgian-french-a-range",
        "description": "Belgian French mail (multipart/alternative): production as "
        "'203.0.113.240 à 203.0.113.242', no test server, filming asked for one evening, a "
        "Belgian landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Éditions Sambre-Meuse SRL",
            None,
            None,
            ["203.0.113.240", "203.0.113.241", "203.0.113.242"],
            [],
            "Nathalie Dujardin",
            "n.dujardin@sambremeuse.example",
            "+3271304588",
        ),
        "from": "Nathalie Dujardin <n.dujardin@sambremeuse.example>",
        "subject": "Élections tchèques : accès aux données et tournage",
        "headers": OUTLOOK,
        "body": "Bonjour,\n\n"
        "Les Éditions Sambre-Meuse SRL (BCE 0742.318.906, Charleroi) souhaitent obtenir "
        "l'accès au flux XML des résultats ainsi que l'autorisation de filmer au centre de "
        "Prague le soir du scrutin.\n\n"
        "Nos serveurs : 203.0.113.240 à 203.0.113.242 (production). Pas de serveur de test.\n\n"
        "Contact : Nathalie Dujardin, 071 30 45 88\n\nBien à vous,\nNathalie Dujardin\n",
        "html": "<p>Bonjour,</p><p>Les <b>Éditions Sambre-Meuse SRL</b> (BCE 0742.318.906, "
        "Charleroi) souhaitent obtenir l'accès au flux XML des résultats ainsi que "
        "l'autorisation de filmer au centre de Prague le soir du scrutin.</p>"
        "<p>Nos serveurs : 203.0.113.240 à 203.0.113.242 (production). Pas de serveur de "
        "test.</p><p>Contact : Nathalie Dujardin, 071 30 45 88</p>"
        "<p>Bien à vous,<br>Nathalie Dujardin</p>",
    },
    {
        "id": "bk038-catalan-freelancer-filming",
        "description": "Spanish mail from a freelance videographer (autónomo, NIF only): "
        "filming only, conditional on the date of his flight, his own name as applicant",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Jordi Puigvert Casals",
            None,
            None,
            [],
            [],
            "Jordi Puigvert Casals",
            "jordi@puigvertvideo.example",
            "+34639114278",
        ),
        "from": "Jordi Puigvert Casals <jordi@puigvertvideo.example>",
        "subject": "Permiso de grabación - noche electoral",
        "headers": IPHONE,
        "body": "Hola,\n\n"
        "soy periodista audiovisual autónomo (NIF 47829163K, Girona) y trabajo para varias "
        "cadenas catalanas. Solicito permiso para grabar en el centro de recogida de "
        "resultados de Praga, siempre que mi vuelo del sábado se confirme; si no, os lo "
        "comunicaré. No necesito acceso a los datos XML.\n\n"
        "Móvil: +34 639 11 42 78\n\nGràcies / gracias,\nJordi Puigvert Casals\n",
    },
    {
        "id": "bk039-town-odt-letter-box-in-signature",
        "description": "a town's ODT letter behind an empty-ish cover: production as "
        "'198.18.70.1–4' (four addresses), no test, the town's data-box ID and IČO in the "
        "signature block, the IT officer as contact",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Město Nové Zálesí",
            I39,
            "nz3w8qd",
            ["198.18.70.1", "198.18.70.2", "198.18.70.3", "198.18.70.4"],
            [],
            "Stanislav Hrdlička",
            "hrdlicka@novezalesi.example",
            "+420385119307",
        ),
        "from": "Stanislav Hrdlička <hrdlicka@novezalesi.example>",
        "subject": "Žádost města Nové Zálesí",
        "headers": SEZNAM,
        "body": "viz příloha\n",
        "attachments": [
            (
                "odt",
                "zadost_mesto_NZ.odt",
                [
                    "MĚSTO NOVÉ ZÁLESÍ\nMěstský úřad, Zámecká 2, 384 11 Nové Zálesí",
                    "Věc: žádost o zpřístupnění výsledků voleb",
                    "Město Nové Zálesí zveřejňuje ve volební noci výsledky na úřední desce "
                    "a ve zpravodaji. Žádáme o přístup k XML datům z adres 198.18.70.1–4. "
                    "Testovací prostředí nemáme.",
                    "Kontaktní osoba: Stanislav Hrdlička, správce IT, tel. 385 119 307",
                    [
                        ["IČO", I39],
                        ["ID datové schránky", "nz3w8qd"],
                        ["Za město", "Mgr. Lenka Bohatá, starostka"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bk040-university-long-docx-ipv6-127",
        "description": "long formal DOCX letter of a faculty's student TV: the university "
        "applies; IPv6 /127 production (two addresses), an IPv4 test address; contact in a "
        "table written surname first in capitals; both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Krkonošská univerzita v Trutnově, veřejná vysoká škola",
            I40,
            None,
            ["2001:db8:c0a::", "2001:db8:c0a::1"],
            ["192.0.2.222"],
            "Bohdana Zemanová",
            "zemanova@kut.example",
            "+420499611830",
        ),
        "from": "Bohdana Zemanová <zemanova@kut.example>",
        "subject": "Žádost Fakulty mediálních studií – volby 2025",
        "headers": K9,
        "body": "Dobrý den, v příloze zasílám žádost. S pozdravem B. Zemanová\n",
        "attachments": [
            (
                "docx",
                "FMS_zadost_CSU.docx",
                {
                    "header": "Krkonošská univerzita v Trutnově | Fakulta mediálních studií",
                    "footer": "Krkonošská univerzita v Trutnově, veřejná vysoká škola, "
                    "Horská 40, 541 01 Trutnov, IČO " + I40,
                    "blocks": [
                        "Vážení,",
                        "Fakulta mediálních studií Krkonošské univerzity v Trutnově provozuje "
                        "studentskou televizi KUTV, jejíž redakce připravuje již potřetí "
                        "celonoční volební vysílání. Vysílání slouží výuce i veřejnosti "
                        "regionu a jeho součástí je i grafika s průběžnými výsledky "
                        "sčítání. Obracíme se proto na Vás se žádostí o přístup k datům ve "
                        "formátu XML a zároveň o povolení pořídit krátký videozáznam na "
                        "krajském pracovišti v Hradci Králové.",
                        {
                            "rows": [
                                ["Produkce (IPv6)", "2001:db8:c0a::/127"],
                                ["Test", "192.0.2.222"],
                                ["Kontaktní osoba", "ZEMANOVÁ Bohdana, Mgr."],
                                ["Telefon", "499 611 830"],
                                ["E-mail", "zemanova@kut.example"],
                            ]
                        },
                        "Děkujeme za vyřízení.",
                        "prof. Ing. Aleš Vodrážka, CSc.\nděkan",
                    ],
                },
            )
        ],
    },
    {
        "id": "bk041-sloppy-typo-corrected",
        "description": "sloppy mail with a letter O in an address, corrected two lines later; "
        "a second production address and a test given with 'a test' run together",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jihočeský obzor s.r.o.",
            I41,
            None,
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.29"],
            "Tomáš Brabec",
            "brabec@jcobzor.example",
            "+420607552931",
        ),
        "from": "Tomáš Brabec <brabec@jcobzor.example>",
        "subject": "pristup xml - Jihocesky obzor",
        "headers": ROUNDCUBE,
        "body": "Dobry den,\nzadame o pristup k vysledkum voleb (xml), Jihočeský obzor s.r.o., "
        "ICO " + I41 + ".\n"
        "produkce 198.51.100.2O a 198.51.100.21, test 198.51.100.29\n"
        "oprava - ta prvni adresa ma byt 198.51.100.20 (nula, ne O), preklep.\n"
        "Tomas Brabec, 607 552 931\n",
    },
    {
        "id": "bk042-slovenian-english-both",
        "description": "Slovenian greeting and sign-off around an English body: a two-address "
        "range written with an en dash plus one IPv6 production address, no test; a d.o.o. "
        "with a matična številka that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Primorski val d.o.o.",
            None,
            None,
            ["192.0.2.30", "192.0.2.31", "2001:db8:e5::30"],
            [],
            "Maja Kralj Ferfolja",
            "maja.kralj@primorskival.example",
            "+38641223908",
        ),
        "from": "Maja Kralj Ferfolja <maja.kralj@primorskival.example>",
        "subject": "Czech elections - data access and filming (Primorski val)",
        "headers": SEZNAM,
        "body": "Spoštovani,\n\n"
        "Primorski val d.o.o. (radio and news portal, Koper, matična številka 6428173000) "
        "would like to apply for access to your XML election results and for permission to "
        "film at the Prague collection point.\n\n"
        "Production: 192.0.2.30 – 192.0.2.31 and 2001:db8:e5::30. We have no separate test "
        "machine.\n\n"
        "Contact: Maja Kralj Ferfolja, +386 41 223 908\n\n"
        "Lep pozdrav,\nMaja Kralj Ferfolja\n",
    },
]
