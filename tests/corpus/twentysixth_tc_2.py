"""Twentysixth held-out part ``tc``, cases tc015–tc028: Swedish radio, an English-language
Prague site with Czech abbreviations, an agency's ODT form with ANO/NE rows, a terse reply to
the office that completes the quoted original, Danish TV that only films, a Finnish freelancer
with IPv6 only, a town's long letter with a merged DOCX cell, a Swiss paper with a /31 and a
conditional filming request, an agency's HTML table by columns, a sole trader's data message
with the application only in the annotation, a forward from a small association's web
administrator, a Slovak university with "v uvedenom poradí", a TV's XLSX with netmasks and a
retired host, and a Polish TV correcting its test address. Written by hand apart from the
extraction rules (see make_twentysixth_tc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysixth_tc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I16, I17, I18, I21 = ico("4712906"), ico("0529613"), ico("0231751"), ico("0030278")
I23, I24, I25, I27 = ico("2744165"), ico("1873452"), ico("0302856"), ico("2553140")

_OFFICE_SIG = (
    "> Oddělení volebních informací\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
    "> IČO 00025593 | ID DS 2gfaasy | tel. 274 052 304 | podatelna@czso.cz\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "tc015-swedish-radio",
        "description": "Swedish radio writing Swedish: 'Produktionsserver'/'Testserver', a "
        "temporary test host, a Swedish organisation number, filming not needed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordisk Radiotjänst AB",
            None,
            None,
            ["198.51.100.220"],
            ["198.51.100.221"],
            "Anders Lindqvist",
            "anders.lindqvist@nordiskradio.example",
            "+4687841256",
        ),
        "from": "Anders Lindqvist <anders.lindqvist@nordiskradio.example>",
        "subject": "Ansökan om åtkomst till XML-valresultat / Application for XML access",
        "headers": OUTLOOK,
        "body": (
            "Hej,\n\n"
            "Jag skriver från Nordisk Radiotjänst AB:s Centraleuropa-redaktion. Vi vill gärna\n"
            "ansöka om åtkomst till er XML-server med valresultat inför valet till\n"
            "deputeradekammaren.\n\n"
            "Produktionsserver: 198.51.100.220\n"
            "Testserver: 198.51.100.221 (tillfällig, tas bort efter valet)\n\n"
            "Vi behöver inget filmtillstånd den här gången.\n\n"
            "Kontaktperson: Anders Lindqvist, +46 8 784 12 56,\n"
            "anders.lindqvist@nordiskradio.example\n\n"
            "Med vänliga hälsningar / Best regards\n"
            "Anders Lindqvist\n"
            "Producent, Nordisk Radiotjänst AB\n"
            "Org.nr 556123-4567 | Oxenstiernsgatan 20, 115 27 Stockholm\n"
        ),
    },
    {
        "id": "tc016-english-site-czech-abbrev",
        "description": "an expat editor writes English with Czech shorthand ('prod.', "
        "'záloha', 'TST'); the publisher's IČO next to its VAT number; a named developer as "
        "contact, the editor's UK mobile in the signature",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Vltava Media House s.r.o.",
            I16,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Tomáš Dvořák",
            "tomas.dvorak@pragueledger.example",
            "+420774219088",
        ),
        "from": "Hannah Whitfield <hannah@pragueledger.example>",
        "subject": "Election results XML – The Prague Ledger",
        "headers": APPLE,
        "body": (
            "Hi there,\n\n"
            "We're The Prague Ledger (published by Vltava Media House s.r.o.) and we'd love\n"
            "access to the election results XML for our live blog on the night.\n\n"
            "prod. 203.0.113.180 + 203.0.113.181 (záloha)\n"
            "TST 203.0.113.189\n\n"
            "No filming needed, thanks – we'll be stuck in the newsroom anyway.\n\n"
            "Contact for this one is our dev lead Tomáš Dvořák,\n"
            "tomas.dvorak@pragueledger.example, +420 774 219 088 – he set the servers up.\n\n"
            "Cheers,\n"
            "Hannah Whitfield\n"
            "Managing Editor, The Prague Ledger\n"
            f"Vltava Media House s.r.o. | Company ID (IČO) {I16} | VAT CZ{I16}\n"
            "+44 7700 900412 (UK mobile)\n"
        ),
    },
    {
        "id": "tc017-agency-odt-form-ano-ne",
        "description": "an agency's filled ODT form: request types as ANO/NE rows (filming "
        "NE), addresses and contact in labelled rows; the mail itself says almost nothing",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Tisková agentura Morava, a.s.",
            I17,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.38"],
            "Tereza Pospíšilová",
            "pospisilova@tamorava.example",
            "+420548217903",
        ),
        "from": "Tereza Pospíšilová <pospisilova@tamorava.example>",
        "subject": "Formulář – média, volby 2025",
        "headers": TBIRD,
        "body": ("Dobrý den,\n\nv příloze vyplněný formulář.\n\nPospíšilová\nTAM, Brno\n"),
        "attachments": [
            (
                "odt",
                "formular_media_TAM.odt",
                [
                    "FORMULÁŘ ŽÁDOSTI – SDĚLOVACÍ PROSTŘEDKY",
                    "Volby do Poslanecké sněmovny Parlamentu ČR 2025",
                    [
                        ["Položka", "Údaj"],
                        ["Žadatel (název, právní forma)", "Tisková agentura Morava, a.s."],
                        ["IČO", I17],
                        ["Přístup k serveru s výsledky (XML)", "ANO"],
                        ["Povolení natáčení ve sběrném místě", "NE"],
                        ["Produkční IP adresy (max. 5)", "192.0.2.30, 192.0.2.31"],
                        ["Testovací IP adresy (max. 5)", "192.0.2.38"],
                        ["Kontaktní osoba", "Tereza Pospíšilová"],
                        ["E-mail", "pospisilova@tamorava.example"],
                        ["Telefon", "+420 548 217 903"],
                    ],
                    "Datum: 9. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "tc018-terse-reply-completes-original",
        "description": "a one-line reply giving the missing test address; the office's quoted "
        "request carries its own IČO, box and phone; the applicant's quoted original gives "
        "the rest",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I18,
            None,
            ["198.51.100.76"],
            ["198.51.100.77"],
            "Simona Hrubá",
            "hruba@radiobeskydy.example",
            "+420731508224",
        ),
        "from": "Simona Hrubá <hruba@radiobeskydy.example>",
        "subject": "Re: Doplnění žádosti – Rádio Beskydy",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n"
            "testovací adresa je 198.51.100.77. Ostatní údaje platí podle původní žádosti níže.\n"
            "Díky, Hrubá\n\n"
            "> Dne 12. 9. 2025 v 9:14 Český statistický úřad <podatelna@czso.cz> napsal(a):\n"
            "> Dobrý den,\n"
            "> k Vaší žádosti chybí testovací IP adresa. Doplňte ji prosím odpovědí na tento\n"
            "> e-mail, jinak přístup zřídíme jen pro produkční adresu.\n"
            "> S pozdravem\n"
            f"{_OFFICE_SIG}"
            ">\n"
            ">> Dne 11. 9. 2025 Simona Hrubá <hruba@radiobeskydy.example> napsala:\n"
            ">> Dobrý den,\n"
            f">> Rádio Beskydy s.r.o., IČO {I18}, žádá o přístup k XML výsledkům voleb.\n"
            ">> Produkční server: 198.51.100.76\n"
            ">> Kontakt: Simona Hrubá, 731 508 224\n"
            ">> S pozdravem Simona Hrubá, vedoucí online\n"
        ),
    },
    {
        "id": "tc019-danish-tv-film-only",
        "description": "Danish TV writing Danish: filming only, the XML data explicitly not "
        "needed, a CVR number of eight digits that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Kanal Øresund A/S",
            None,
            None,
            [],
            [],
            "Mette Kjærgaard",
            "mk@kanaloresund.example",
            "+4528146390",
        ),
        "from": "Mette Kjærgaard <mk@kanaloresund.example>",
        "subject": "Ansøgning om filmtilladelse – valget i Tjekkiet",
        "headers": IPHONE,
        "body": (
            "Kære Tjekkiets Statistiske Kontor\n\n"
            "Vi er et dansk tv-hold fra Kanal Øresund A/S, som dækker parlamentsvalget i\n"
            "Tjekkiet. Vi vil gerne søge om tilladelse til at filme ved jeres indsamlingssted i\n"
            "Prag på valgaftenen (to personer: fotograf og journalist).\n\n"
            "Vi har ikke brug for adgang til XML-dataene – vi bruger de offentlige resultater\n"
            "på volby.cz.\n\n"
            "Kontakt: Mette Kjærgaard, +45 28 14 63 90, mk@kanaloresund.example\n\n"
            "Venlig hilsen\n"
            "Mette Kjærgaard, journalist\n"
            "Kanal Øresund A/S · CVR 31245678\n\n"
            "Sendt fra min iPhone\n"
        ),
    },
    {
        "id": "tc020-finnish-freelancer-ipv6-only",
        "description": "a Finnish freelance data journalist writes English: a natural person "
        "applying for himself, IPv6 only, the test address written in full (uncompressed)",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Ville Hakala",
            None,
            None,
            ["2001:db8:abcd:12::5"],
            ["2001:db8:abcd:12::6"],
            "Ville Hakala",
            "ville@hakaladata.example",
            "+358407182264",
        ),
        "from": "Ville Hakala <ville@hakaladata.example>",
        "subject": "Request: access to XML election results feed",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "I'm a freelance data journalist from Helsinki (no company – I work as a sole\n"
            "trader, Y-tunnus 2912345-6) and I'm building live results graphics for several\n"
            "Finnish outlets during your parliamentary election. I'd like to request access\n"
            "to the XML results feed.\n\n"
            "My servers are IPv6-only:\n"
            "  production  2001:db8:abcd:12::5\n"
            "  test        2001:0db8:abcd:0012:0000:0000:0000:0006\n\n"
            "I don't need to film anywhere.\n\n"
            "Best regards / Ystävällisin terveisin,\n"
            "Ville Hakala\n"
            "+358 40 718 2264\n"
            "ville@hakaladata.example\n"
        ),
    },
    {
        "id": "tc021-town-letter-docx-merged",
        "description": "a town's long letter in a DOCX sent by its spokesperson: feed for the "
        "town's website and filming by town TV, 'Produkční' as a merged cell over two rows, "
        "the box ID in the letter's footer, the mayor signs, the spokesperson is the contact",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED, FILM],
            "Město Dolní Brod",
            I21,
            "d4bp9rw",
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Pavel Hruška",
            "hruska@dolnibrod.example",
            "+420721640339",
        ),
        "from": "Pavel Hruška <hruska@dolnibrod.example>",
        "subject": "Žádost města Dolní Brod – výsledky voleb a natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám žádost města podepsanou panem starostou. Budu rád za potvrzení\n"
            "přijetí.\n\n"
            "Mgr. Pavel Hruška\n"
            "tiskový mluvčí\n"
            "Město Dolní Brod\n"
            "mob. 721 640 339\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_mesto_Dolni_Brod_volby.docx",
                {
                    "header": "MĚSTO DOLNÍ BROD – Městský úřad, nám. Republiky 1, 517 41 Dolní "
                    "Brod",
                    "footer": f"IČO: {I21} | ID DS: d4bp9rw | www.dolnibrod.example | "
                    "č. ú. 19-2241530207/0100",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Č. j.: MUDB/8812/2025\nDolní Brod, 4. září 2025",
                        "Věc: Žádost o zpřístupnění výsledků voleb a o povolení natáčení",
                        "Vážení,",
                        "město Dolní Brod již od roku 2017 zveřejňuje na svém webu v den voleb "
                        "průběžné výsledky za obec i celý okres, a to ve spolupráci s místními "
                        "spolky a školami, které výsledky komentují v přímém přenosu. Obyvatelé "
                        "tuto službu hojně využívají; v posledních sněmovních volbách stránku "
                        "navštívilo přes 14 000 lidí. Proto žádáme o přístup k serveru s "
                        "výsledky voleb ve formátu XML pro tyto adresy:",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa", "Správce"],
                                ["Produkční", "198.51.100.90", "Městská informatika"],
                                ["", "198.51.100.91", "Městská informatika"],
                                ["Testovací", "198.51.100.95", "dodavatel webu"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Zároveň žádáme o povolení natáčení ve sběrném místě ČSÚ v Hradci "
                        "Králové pro Televizi Dolní Brod (městská kabelová televize; štáb dvě "
                        "osoby).",
                        "Kontaktní osobou pro tuto žádost je tiskový mluvčí Mgr. Pavel Hruška, "
                        "mobil 721 640 339, hruska@dolnibrod.example.",
                        "S úctou",
                        "Ing. Jaroslav Mrkvička\nstarosta města",
                    ],
                },
            )
        ],
    },
    {
        "id": "tc022-swiss-slash31-conditional-film",
        "description": "a Swiss paper writing German: production as a /31 (two addresses), "
        "the test address promised later, filming asked for 'if organisationally possible', "
        "a Swiss UID with dots",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Neue Ostschweizer Zeitung AG",
            None,
            None,
            ["203.0.113.30", "203.0.113.31"],
            [],
            "Beat Zürcher",
            "beat.zuercher@noz.example",
            "+41712276418",
        ),
        "from": "Beat Zürcher <beat.zuercher@noz.example>",
        "subject": "Gesuch XML-Zugang und Drehgenehmigung",
        "headers": TBIRD,
        "charset": "iso-8859-1",
        "body": (
            "Grüezi\n\n"
            "Die Neue Ostschweizer Zeitung AG berichtet über die Wahlen zum tschechischen\n"
            "Abgeordnetenhaus. Für die automatische Ergebnisübernahme bitten wir um Zugang zum\n"
            "XML-Server. Produktiv greifen wir aus dem Netz 203.0.113.30/31 zu. Eine Test-IP\n"
            "reichen wir nach, sobald unser Dienstleister die Umgebung aufgesetzt hat.\n\n"
            "Sollte es organisatorisch möglich sein, möchten wir am Wahlabend ausserdem in\n"
            "Ihrer Sammelstelle in Prag filmen; wir ersuchen hiermit auch um diese\n"
            "Genehmigung.\n\n"
            "Freundliche Grüsse\n\n"
            "Beat Zürcher\n"
            "Ressort Ausland / Data Desk\n"
            "Neue Ostschweizer Zeitung AG, Fürstenlandstrasse 122, 9001 St. Gallen\n"
            "Tel. +41 71 227 64 18\n"
            "UID CHE-112.345.678\n"
        ),
    },
    {
        "id": "tc023-agency-html-columns",
        "description": "HTML-only webmail: roles as column headers (Produkce | Test) with an "
        "empty cell, filming not needed, a phone with dashes, a contract number",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Regionální zpravodajská agentura RZA, s.r.o.",
            I23,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.118"],
            "Ondřej Kaplan",
            "kaplan@rza.example",
            "+420606481227",
        ),
        "from": "Ondřej Kaplan <kaplan@rza.example>",
        "subject": "RZA – přístup k XML výsledkům",
        "headers": ROUNDCUBE,
        "html": (
            '<html><head><meta charset="utf-8"></head><body style="font-family:Arial">'
            "<p>Dobrý den,</p>"
            "<p>Regionální zpravodajská agentura RZA, s.r.o. (IČO "
            f"{I23}) žádá o přístup k serveru s výsledky voleb ve formátu XML. Výsledky "
            "dál distribuujeme 23 regionálním redakcím podle smlouvy č. 2025/114.</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Produkce</th><th>Test</th></tr>"
            "<tr><td>198.51.100.110</td><td>198.51.100.118</td></tr>"
            "<tr><td>198.51.100.111</td><td>&nbsp;</td></tr>"
            "</table>"
            "<p>Natáčení nepotřebujeme.</p>"
            "<p>Díky,<br><b>Ondřej Kaplan</b><br>technický ředitel RZA<br>"
            "tel. +420 606-481-227</p>"
            '<div style="color:#888;font-size:9px">RZA, s.r.o., Palackého 5, 779 00 Olomouc'
            "</div></body></html>"
        ),
    },
    {
        "id": "tc024-sole-trader-databox-annotation",
        "description": "a sole trader's data message: the whole application in the annotation "
        "with 'prod.'/'test.', the attached file only an extract from the trade register "
        "(where the IČO is)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Marcel Doležal",
            I24,
            "f2wq7hn",
            ["192.0.2.45"],
            ["192.0.2.46"],
            "Marcel Doležal",
            "dolezal@volebnimapa.example",
            "+420731220918",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: prod. 192.0.2.45, test. 192.0.2.46. "
        "Kontakt Marcel Doležal, 731 220 918, dolezal@volebnimapa.example. Natáčení nežádám.",
        "databox": {
            "box": "f2wq7hn",
            "sender": "Marcel Doležal",
            "address": "Lesní 311, 664 34 Kuřim",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "vypis_ZR_Dolezal.pdf",
                [
                    "Výpis z živnostenského rejstříku",
                    "Podnikatel: Marcel Doležal\nIdentifikační číslo osoby: "
                    f"{I24}\nMísto podnikání: Lesní 311, 664 34 Kuřim",
                    "Předmět podnikání: Výroba, obchod a služby neuvedené v přílohách 1 až 3 "
                    "živnostenského zákona; obor činnosti: Poskytování software, poradenství "
                    "v oblasti informačních technologií, zpracování dat",
                    "Vznik oprávnění: 14. 3. 2019; doba platnosti: na dobu neurčitou",
                    "Výpis vydal: Městský úřad Kuřim, obecní živnostenský úřad, dne 1. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "tc025-association-forward-eml",
        "description": "a small association's chair forwards its web admin's mail as an "
        "attached .eml and names him as contact; addresses and his phone only in the inner mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Spolek Občasník Podlesí, z. s.",
            I25,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Hynek Hrubý",
            "hynek.hruby@podlesi.example",
            "+420739115860",
        ),
        "from": "Jitka Malá <mala@podlesi.example>",
        "subject": "Fwd: údaje pro ČSÚ",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám údaje od našeho správce webu – žádáme o přístup k XML s výsledky\n"
            "voleb pro web obcasnik.podlesi.example. Kontaktní osobou je on (Hynek Hrubý,\n"
            "viz přiložený e-mail), já technice nerozumím.\n\n"
            "Za spolek\n"
            "Jitka Malá, předsedkyně\n"
            f"Spolek Občasník Podlesí, z. s., IČ {I25}\n"
        ),
        "attachments": [
            (
                "eml",
                "udaje_pro_CSU.eml",
                {
                    "id": "tc025-inner",
                    "from": "Hynek Hrubý <hynek.hruby@podlesi.example>",
                    "to": "mala@podlesi.example",
                    "subject": "údaje pro ČSÚ",
                    "body": (
                        "Ahoj Jitko,\n\n"
                        "tady jsou údaje pro ČSÚ:\n"
                        "produkční server 203.0.113.240\n"
                        "testovací 203.0.113.241\n"
                        "kdyby něco, ať mi volají na 739 115 860.\n\n"
                        "H.\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "tc026-slovak-university-poradi",
        "description": "a Slovak faculty writes Slovak: roles only by 'v uvedenom poradí', the "
        "university applies for its student newsroom, no IČO given",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED],
            "Univerzita Dolného Považia v Trenčíne",
            None,
            None,
            ["198.51.100.250"],
            ["198.51.100.251"],
            "Peter Baláž",
            "peter.balaz@udp.example",
            "+421327415520",
        ),
        "from": '"doc. Mgr. Peter Baláž, PhD." <peter.balaz@udp.example>',
        "subject": "Žiadosť o prístup k výsledkom volieb – študentská redakcia",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "body": (
            "Vážení,\n\n"
            "Fakulta masmédií Univerzity Dolného Považia v Trenčíne prevádzkuje študentskú\n"
            "redakciu, ktorá bude vo volebnú noc spracovávať aj výsledky českých volieb do\n"
            "Poslaneckej snemovne. Týmto Vás v mene univerzity žiadame o prístup k XML\n"
            "výstupom. Ostrý a testovací server majú v uvedenom poradí adresy 198.51.100.250\n"
            "a 198.51.100.251.\n\n"
            "O povolenie nakrúcať nežiadame.\n\n"
            "S pozdravom\n"
            "doc. Mgr. Peter Baláž, PhD.\n"
            "vedúci Katedry digitálnych médií\n"
            "Univerzita Dolného Považia v Trenčíne, Fakulta masmédií\n"
            "tel.: +421 32 741 5520\n"
        ),
    },
    {
        "id": "tc027-tv-xlsx-netmask-retired",
        "description": "a TV's XLSX: an address with a /31 netmask column, a test with a /32 "
        "mask, a retired production host marked 'nepoužíváme', the contact on a second sheet",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Haná a.s.",
            I27,
            None,
            ["203.0.113.16", "203.0.113.17"],
            ["203.0.113.20"],
            "Michal Vrba",
            "vrba@tvhana.example",
            "+420585204731",
        ),
        "from": "Dana Kubíčková <kubickova@tvhana.example>",
        "subject": "TV Haná – žádost o přístup k výsledkům a natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Regionální televize Haná a.s. (IČO {I27}) žádá o přístup k XML s výsledky voleb;\n"
            "adresy a kontakt na technika jsou v přiložené tabulce. Zároveň bychom rádi\n"
            "natáčeli ve sběrném místě v Olomouci – prosíme i o toto povolení.\n\n"
            "S pozdravem\n"
            "Dana Kubíčková\n"
            "asistentka ředitele\n"
        ),
        "attachments": [
            (
                "xlsx",
                "TV_Hana_IP_volby.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "IP adresa", "Maska", "Poznámka"],
                            ["produkce", "203.0.113.16", "255.255.255.254", "2 kodéry grafiky"],
                            ["test", "203.0.113.20", "255.255.255.255", ""],
                            [
                                "produkce (stará)",
                                "203.0.113.3",
                                "255.255.255.255",
                                "od 1. 9. nepoužíváme – zrušit",
                            ],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Telefon", "E-mail"],
                            ["Michal Vrba", "+420 585 204 731", "vrba@tvhana.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "tc028-polish-tv-corrects-test",
        "description": "Polish TV mixing Polish and English: feed and filming, the test "
        "address corrected a few lines later ('.58, nie .57')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Telewizja Wisła S.A.",
            None,
            None,
            ["203.0.113.55", "203.0.113.56"],
            ["203.0.113.58"],
            "Piotr Zieliński",
            "p.zielinski@tvwisla.example",
            "+48226183490",
        ),
        "from": "Piotr Zieliński <p.zielinski@tvwisla.example>",
        "subject": "Wniosek / Request – XML feed + filming, Czech elections",
        "headers": GMAIL,
        "body": (
            "Dzień dobry / Good morning,\n\n"
            "Telewizja Wisła S.A. would like to request access to the XML results feed and\n"
            "permission to film at the data collection point in Prague (ekipa: 3 osoby).\n\n"
            "Production: 203.0.113.55, 203.0.113.56\n"
            "Test: 203.0.113.57\n\n"
            "Kontakt: Piotr Zieliński, +48 22 618 34 90\n\n"
            "Korekta / correction: adres testowy to 203.0.113.58, nie .57 – pomyłka przy\n"
            "przepisywaniu, sorry.\n\n"
            "Pozdrawiam / Best regards\n"
            "Piotr Zieliński\n"
            "Dział Techniczny, Telewizja Wisła S.A.\n"
            "ul. Woronicza 31, 00-999 Warszawa\n"
        ),
    },
]
