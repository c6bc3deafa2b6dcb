"""Thirty-third held-out part ``bc``, cases bc029–bc042: a Norwegian note, a Finnish RTF, a
market town's ODT form with bracket boxes, a university institute writing English with an IPv6
range, a phone-typed correction, an English reply declining filming, internal hosts in an HTML
table, a long letter with a box ID in its signature, a filming-only data message, a Belgian
publisher, an Italian agency with a temporary test machine, a university's data message with an
XLSX, a replaced host in a terse note and a Swiss DOCX letter. Written by hand apart from the
extraction rules (see make_thirtythird_bc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtythird_bc_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZOHO,
    L,
    Style,
    ico,
)

I31, I32, I33, I35 = ico("0284730"), ico("4761129"), ico("0732648"), ico("2913457")
I36, I37, I40, I41 = ico("4408516"), ico("2570221"), ico("6108354"), ico("2839016")

CASES: list[dict[str, Any]] = [
    {
        "id": "bc029-norwegian-terse-note",
        "description": "a three-line Norwegian note with prod/test abbreviations and a "
        "nine-digit Norwegian organisation number",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Vestlandsnytt AS",
            None,
            None,
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Ola Haugen",
            "ola@vestlandsnytt.example",
            "+4755301234",
        ),
        "from": "Ola Haugen <ola@vestlandsnytt.example>",
        "subject": "XML-tilgang valg",
        "headers": IPHONE,
        "charset": "iso-8859-1",
        "body": (
            "Hei, vi trenger tilgang til XML-feeden med valgresultatene. "
            "Prod: 203.0.113.101, test: 203.0.113.102.\n"
            "Mvh Ola Haugen, Vestlandsnytt AS, org.nr. 912 345 678, tlf +47 55 30 12 34\n\n"
            "Sendt fra min iPhone\n"
        ),
    },
    {
        "id": "bc030-finnish-english-rtf-no-test",
        "description": "English mail from a Finnish broadcaster with an RTF table: production "
        "and backup, no test machine, a Finnish business ID with a dash",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Itämeren Uutiset Oy",
            None,
            None,
            ["198.51.100.160", "198.51.100.161"],
            [],
            "Aino Virtanen",
            "aino.virtanen@itameren.example",
            "+358401234567",
        ),
        "from": "Aino Virtanen <aino.virtanen@itameren.example>",
        "subject": "Application for XML results access (Itämeren Uutiset)",
        "headers": OUTLOOK,
        "charset": "iso-8859-1",
        "body": (
            "Dear colleagues,\n\n"
            "please find attached our application for access to the election results feed. "
            "We have no separate test machine.\n\n"
            "Ystävällisin terveisin / Best regards,\nAino Virtanen\n"
        ),
        "attachments": [
            (
                "rtf",
                "application_CZSO.rtf",
                [
                    "Itämeren Uutiset Oy, Y-tunnus 2345678-0, Helsinki",
                    "Application for access to the XML election results",
                    [
                        ["Item", "Value"],
                        ["Production server", "198.51.100.160"],
                        ["Backup server", "198.51.100.161"],
                        ["Test server", "none"],
                        ["Contact", "Aino Virtanen, +358 40 123 4567"],
                        ["E-mail", "aino.virtanen@itameren.example"],
                    ],
                    "Helsinki, 4 September 2025",
                ],
            )
        ],
    },
    {
        "id": "bc031-market-town-odt-bracket-form",
        "description": "a market town's ODT form with bracket boxes ([x] feed, [ ] filming); "
        "the contact the town's IT officer; mail body only a cover note",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Městys Stará Ves pod Hradem",
            I31,
            None,
            ["192.0.2.55"],
            ["192.0.2.56"],
            "Roman Kratochvíl",
            "it@staraves-ph.example",
            "+420317722115",
        ),
        "from": "Podatelna Městys Stará Ves <podatelna@staraves-ph.example>",
        "subject": "Žádost – výsledky voleb",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nv příloze zasíláme vyplněný formulář žádosti.\n\n"
            "Podatelna Městyse Stará Ves pod Hradem\n"
        ),
        "attachments": [
            (
                "odt",
                "formular_zadost.odt",
                [
                    "FORMULÁŘ – žádost o údaje k volbám",
                    f"Žadatel: Městys Stará Ves pod Hradem, IČO: {I31}",
                    "Požaduji:",
                    "[x] přístup k výsledkům voleb ve formátu XML",
                    "[ ] povolení k natáčení ve sběrném místě",
                    [
                        ["IP adresa produkční", "192.0.2.55"],
                        ["IP adresa testovací", "192.0.2.56"],
                    ],
                    "Kontaktní osoba: Roman Kratochvíl (správa IT)",
                    "Tel.: 317 722 115   E-mail: it@staraves-ph.example",
                    "Razítko a podpis: Josef Adámek, starosta",
                ],
            )
        ],
    },
    {
        "id": "bc032-university-institute-english-ipv6-range",
        "description": "a foreign researcher of a Czech university institute writes English: "
        "production an IPv6 range 'through', an IPv4 test, an Italian mobile",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Univerzita Středních Čech",
            I32,
            None,
            ["2001:db8:77::10", "2001:db8:77::11", "2001:db8:77::12"],
            ["192.0.2.240"],
            "Luca Bianchi",
            "luca.bianchi@usc.example",
            "+393471185520",
        ),
        "from": "Luca Bianchi <luca.bianchi@usc.example>",
        "subject": "Access to election results XML – Institute of Electoral Studies",
        "headers": TBIRD,
        "body": (
            "Dear Sir or Madam,\n\n"
            "the Institute of Electoral Studies of Univerzita Středních Čech is building a "
            "live turnout model for the parliamentary election and would like to apply for "
            "access to your XML results server.\n\n"
            "Production: 2001:db8:77::10 through 2001:db8:77::12\n"
            "Test: 192.0.2.240\n\n"
            "I am the contact person for this request. I am mostly reachable on my Italian "
            "mobile, +39 347 118 5520.\n\n"
            "Best regards,\nDr. Luca Bianchi\nInstitute of Electoral Studies\n"
            f"Univerzita Středních Čech, IČO {I32}\n"
        ),
    },
    {
        "id": "bc033-phone-note-corrections-no-diacritics",
        "description": "a phone-typed note without diacritics corrects both the test address "
        "and the phone number later in the same message",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zlinsky zpravodaj s.r.o.",
            I33,
            None,
            ["198.51.100.44"],
            ["198.51.100.46"],
            "Adam Vavrecka",
            "vavrecka@zlinzpravodaj.example",
            "+420737450218",
        ),
        "from": "Adam Vavrecka <vavrecka@zlinzpravodaj.example>",
        "subject": "pristup xml",
        "headers": SEZNAM,
        "cte": "7bit",
        "body": (
            "dobry den, za Zlinsky zpravodaj s.r.o. "
            f"(ic {I33}) prosim o pristup k xml vysledkum. prod ip 198.51.100.44, "
            "test ip 198.51.100.45. kontakt ja, tel 737 540 218\n\n"
            "pardon, preklep: test je 198.51.100.46 a telefon 737 450 218, ne 540.\n"
            "Vavrecka\n"
        ),
    },
    {
        "id": "bc034-english-reply-declining-filming",
        "description": "English reply to the office's question whether filming is wanted: "
        "'no, feed only'; the addresses and contact are in the applicant's quoted original, "
        "the office's quoted text has its own phone and box",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Baltic Wire Agency SIA",
            None,
            None,
            ["203.0.113.170"],
            ["203.0.113.171"],
            "Ilze Bērziņa",
            "ilze.berzina@balticwire.example",
            "+37167281144",
        ),
        "from": "Ilze Bērziņa <ilze.berzina@balticwire.example>",
        "subject": "RE: Your application – filming at collection points?",
        "headers": OWA,
        "body": (
            "Hello,\n\n"
            "no, we do not need the recording permit – feed access only, as in my original "
            "message below.\n\n"
            "Best,\nIlze\n\n"
            "From: podatelna@czso.cz\n"
            "Sent: Thursday, 11 September 2025 09:20\n"
            "Subject: Your application – filming at collection points?\n\n"
            "Dear Ms Bērziņa, your message mentions a camera crew. Do you also request a "
            "permit to film at our collection points? Czech Statistical Office, data box "
            "2gfaasy, phone +420 274 051 111.\n\n"
            "From: Ilze Bērziņa\n"
            "Sent: Wednesday, 10 September 2025 17:02\n"
            "Subject: XML feed application – Baltic Wire Agency\n\n"
            "Dear Sir or Madam,\n"
            "Baltic Wire Agency SIA (Riga, reg. no. 40103120455) applies for access to the "
            "XML results feed. Our camera crew will be in Prague anyway, but they cover the "
            "party headquarters.\n"
            "Production: 203.0.113.170\nTest: 203.0.113.171\n"
            "Contact: Ilze Bērziņa, +371 6728 1144, ilze.berzina@balticwire.example\n"
        ),
    },
    {
        "id": "bc035-html-internal-hosts-nat",
        "description": "HTML table lists internal 10.x hosts beside the public NAT addresses; "
        "the text says only the public ones are to be allowed",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Berounka s.r.o.",
            I35,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Jitka Nováčková",
            "novackova@radioberounka.example",
            "+420311624077",
        ),
        "from": "Jitka Nováčková <novackova@radioberounka.example>",
        "subject": "Rádio Berounka – přístup k XML výsledkům",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            "<html><body><p>Dobrý den,</p>"
            f"<p>Rádio Berounka s.r.o., IČO {I35}, žádá o přístup k výsledkům voleb v XML. "
            "Povolte prosím jen veřejné adresy, interní uvádíme pro úplnost, aby se "
            "technici neptali.</p>"
            "<table border='1' cellspacing='0' cellpadding='3'>"
            "<tr><th>Stroj</th><th>Interní adresa</th><th>Veřejná adresa (NAT)</th></tr>"
            "<tr><td>produkce</td><td>10.12.0.21</td><td>203.0.113.90</td></tr>"
            "<tr><td>test</td><td>10.12.0.35</td><td>203.0.113.91</td></tr>"
            "</table>"
            "<p>Kontakt: Jitka Nováčková, 311 624 077</p>"
            "<p>Děkuji<br>Jitka Nováčková<br>technická ředitelka</p></body></html>"
        ),
    },
    {
        "id": "bc036-long-letter-signatories-box-range",
        "description": "long formal letter with a range 'až' of four production addresses, a "
        "signature block of three people and the publisher's data-box ID",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vydavatelství Pálava, spol. s r.o.",
            I36,
            "q7xw2mf",
            ["203.0.113.30", "203.0.113.31", "203.0.113.32", "203.0.113.33"],
            ["203.0.113.40"],
            "Božena Charvátová",
            "charvatova@palava-media.example",
            "+420519442301",
        ),
        "from": "Sekretariát Pálava <sekretariat@palava-media.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb – Vydavatelství Pálava",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Vážený pane předsedo,\nvážené dámy a pánové,\n\n"
            "dovolujeme si Vás jménem Vydavatelství Pálava, spol. s r.o., vydavatele "
            "regionálního týdeníku Pálavské listy a zpravodajského portálu palavske-listy."
            "example, požádat o zpřístupnění průběžných výsledků voleb do Poslanecké "
            "sněmovny Parlamentu České republiky, konaných ve dnech 3. a 4. října 2025, ve "
            "formátu XML.\n\n"
            "Naše redakce zpracovává výsledky již od roku 2006. Letos jsme posílili "
            "serverovou infrastrukturu a výsledky budeme stahovat z adres 203.0.113.30 až "
            "203.0.113.33 (produkční cluster). Pro testovací stahování v týdnech před volbami "
            "použijeme adresu 203.0.113.40.\n\n"
            "Kontaktní osobou pro tuto žádost je šéfredaktorka Pálavských listů paní Božena "
            "Charvátová (tel. 519 442 301, charvatova@palava-media.example), která zajistí i "
            "komunikaci s naším technickým oddělením.\n\n"
            "Děkujeme za vstřícnost a těšíme se na spolupráci.\n\n"
            "S úctou\n\n"
            "Mgr. Aleš Procházka, jednatel\n"
            "Božena Charvátová, šéfredaktorka\n"
            "Ing. Petr Dvořák, vedoucí IT (tel. 519 442 330)\n\n"
            "Vydavatelství Pálava, spol. s r.o.\nNáměstí 4, 692 01 Mikulov\n"
            f"IČO: {I36}, DIČ: CZ{I36}\nDatová schránka: q7xw2mf\n"
            "Bankovní spojení: 2701448215/2010\n"
        ),
    },
    {
        "id": "bc037-databox-filming-only-power-of-attorney",
        "description": "data message asking only to film, entirely in the annotation; the "
        "attached PDF is a power of attorney that carries the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Ostravská televize s.r.o.",
            I37,
            "ot5tv8k",
            [],
            [],
            "Petr Zedník",
            None,
            "+420596112480",
        ),
        "subject": "Žádost o povolení natáčení ve sběrném místě ČSÚ Ostrava 4. 10. 2025 – "
        "kameraman + redaktor, XML nepotřebujeme. Kontakt: Petr Zedník, 596 112 480",
        "databox": {
            "box": "ot5tv8k",
            "sender": "Ostravská televize s.r.o.",
            "address": "Nádražní 112, 702 00 Ostrava",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Zednik.pdf",
                [
                    "PLNÁ MOC",
                    f"Ostravská televize s.r.o., IČO {I37}, se sídlem Nádražní 112, 702 00 "
                    "Ostrava, zastoupená jednatelem Ing. Karlem Wolfem,",
                    "zmocňuje pana Petra Zedníka, nar. 14. 3. 1981, k jednání s Českým "
                    "statistickým úřadem ve věci povolení natáčení při volbách do Poslanecké "
                    "sněmovny 2025.",
                    "V Ostravě dne 1. 9. 2025",
                    "Ing. Karel Wolf, jednatel          Petr Zedník, zmocněnec",
                ],
            )
        ],
    },
    {
        "id": "bc038-belgian-french-slash31-filming",
        "description": "Belgian French mail: production as a /31, both feed and filming "
        "asked, a Belgian enterprise number with dots, switchboard after mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Les Éditions du Sillon SRL",
            None,
            None,
            ["192.0.2.120", "192.0.2.121"],
            [],
            "Margaux Declercq",
            "m.declercq@sillon.example",
            "+32475608214",
        ),
        "from": "Margaux Declercq <m.declercq@sillon.example>",
        "subject": "Élections tchèques – accès XML et autorisation de tournage",
        "headers": GMAIL,
        "charset": "utf-8",
        "cte": "base64",
        "body": (
            "Bonjour,\n\n"
            "Les Éditions du Sillon SRL (Namur, n° d'entreprise BE 0712.345.681) "
            "souhaitent :\n"
            "- accéder à vos résultats électoraux au format XML, depuis le réseau "
            "192.0.2.120/31 (production, pas de serveur de test) ;\n"
            "- filmer la soirée électorale dans votre centre de collecte de Prague.\n\n"
            "Contact : Margaux Declercq, GSM +32 475 60 82 14 (rédaction : +32 81 22 40 00).\n\n"
            "Cordialement,\nMargaux Declercq\nJournaliste – Le Sillon\n"
        ),
    },
    {
        "id": "bc039-italian-agency-temporary-test-machine",
        "description": "Italian mail: two production addresses, a temporary test machine to "
        "be switched off after the election (still the test address), a P.IVA",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Agenzia Stampa Adriatica S.r.l.",
            None,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.190"],
            "Giulia Romano",
            "g.romano@asadriatica.example",
            "+390712208841",
        ),
        "from": "Giulia Romano <g.romano@asadriatica.example>",
        "subject": "Richiesta accesso risultati elettorali XML",
        "headers": ZOHO,
        "charset": "iso-8859-1",
        "body": (
            "Gentili signori,\n\n"
            "l'Agenzia Stampa Adriatica S.r.l. (Ancona, P.IVA 02671840429) chiede l'accesso "
            "al server dei risultati elettorali in formato XML.\n\n"
            "Indirizzi di produzione: 203.0.113.180 e 203.0.113.181\n"
            "Indirizzo di test: 203.0.113.190 (macchina temporanea, sarà spenta dopo le "
            "elezioni)\n\n"
            "Referente: Giulia Romano, tel. +39 071 220 8841\n\n"
            "Cordiali saluti\nGiulia Romano\nCaporedattrice esteri\n"
        ),
    },
    {
        "id": "bc040-databox-university-xlsx-ano-ne",
        "description": "a university's data message: the annotation names the matter, an XLSX "
        "sheet with an ano/ne column (filming 'ne') and role rows",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysoká škola žurnalistiky v Jihlavě",
            I40,
            "vj3zk7a",
            ["198.51.100.101"],
            ["198.51.100.102"],
            "Alžběta Horká",
            "horka@vszj.example",
            "+420567141209",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) – studentské médium VŠŽ",
        "databox": {
            "box": "vj3zk7a",
            "sender": "Vysoká škola žurnalistiky v Jihlavě",
            "address": "Tolstého 16, 586 01 Jihlava",
            "type": 10,
        },
        "attachments": [
            (
                "xlsx",
                "zadost_VSZ.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Vysoká škola žurnalistiky v Jihlavě"],
                            ["IČO", I40],
                            [None, None],
                            ["Požadavek", "ano/ne"],
                            ["Přístup k XML výsledkům", "ano"],
                            ["Natáčení ve sběrném místě", "ne"],
                            [None, None],
                            ["Produkční IP", "198.51.100.101"],
                            ["Testovací IP", "198.51.100.102"],
                            ["Kontaktní osoba", "Mgr. Alžběta Horká"],
                            ["Telefon", "567 141 209"],
                            ["E-mail", "horka@vszj.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bc041-terse-replaced-host",
        "description": "a terse note: a new server replaces last election's (the old one "
        "named and left out), the test host unchanged, abbreviated by its last octet",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Hlas Pojizeří s.r.o.",
            I41,
            None,
            ["198.51.100.12"],
            ["198.51.100.19"],
            "Marie Šindelářová",
            "sindelarova@hlaspojizeri.example",
            "+420481557026",
        ),
        "from": "Marie Šindelářová <sindelarova@hlaspojizeri.example>",
        "subject": "xml přístup – změna serveru",
        "headers": IPHONE,
        "charset": "utf-8",
        "cte": "8bit",
        "body": (
            "Dobrý den, prosíme znovu o přístup k XML. Oproti minulým volbám nový server "
            "198.51.100.12 (starý .11 už nepoužíváme), test zůstává .19.\n\n"
            "M. Šindelářová\nHlas Pojizeří s.r.o., IČO "
            f"{I41}\n481 557 026\n"
        ),
    },
    {
        "id": "bc042-swiss-docx-letter-range-ipv6-test",
        "description": "Swiss German DOCX letter: production range 'bis' of three, an IPv6 "
        "test environment, a filming request, a direct line besides the switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Ostschweizer Medien AG",
            None,
            None,
            ["198.51.100.70", "198.51.100.71", "198.51.100.72"],
            ["2001:db8:c4::7"],
            "Reto Baumann",
            "reto.baumann@ostschweizer-medien.example",
            "+41712274518",
        ),
        "from": "Reto Baumann <reto.baumann@ostschweizer-medien.example>",
        "subject": "Gesuch um Zugang zu den Wahlresultaten und Drehbewilligung",
        "headers": OUTLOOK,
        "charset": "iso-8859-1",
        "body": (
            "Grüezi\n\nIm Anhang finden Sie unser Gesuch. Für Rückfragen stehe ich gerne "
            "zur Verfügung.\n\nFreundliche Grüsse\nReto Baumann\n"
        ),
        "attachments": [
            (
                "docx",
                "Gesuch_CSU_2025.docx",
                {
                    "header": "Ostschweizer Medien AG · Bahnhofstrasse 8 · 9000 St. Gallen",
                    "footer": "Zentrale +41 71 227 44 00 · UID CHE-193.457.206 · "
                    "www.ostschweizer-medien.example",
                    "blocks": [
                        "Tschechisches Statistikamt (ČSÚ)\nNa padesátém 81\n100 82 Prag 10",
                        "St. Gallen, 2. September 2025",
                        "Gesuch um Zugang zu den XML-Wahlresultaten",
                        "Sehr geehrte Damen und Herren",
                        "Die Ostschweizer Medien AG berichtet über die Wahlen in Tschechien und "
                        "ersucht um Zugang zu den vorläufigen Resultaten im XML-Format. Die "
                        "Resultate werden von den Adressen 198.51.100.70 bis 198.51.100.72 "
                        "abgerufen; unsere Testumgebung erreicht Sie über 2001:db8:c4::7.",
                        "Zusätzlich bitten wir um eine Drehbewilligung für die Wahlnacht in "
                        "Ihrer Sammelstelle in Prag (ein Kamerateam, zwei Personen).",
                        "Ansprechperson: Reto Baumann, Leiter Newsdesk, Direktwahl "
                        "+41 71 227 45 18, reto.baumann@ostschweizer-medien.example",
                        "Freundliche Grüsse",
                        "Reto Baumann",
                    ],
                },
            )
        ],
    },
]
