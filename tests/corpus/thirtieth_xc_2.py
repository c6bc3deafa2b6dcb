"""Thirtieth held-out part ``xc``, cases xc015–xc028: Austrian radio with a temporary server,
a Slovak agency's RTF form, student TV's XLSX with a /31, a town that only films, a Norwegian
reply completing its own original, a terse note with a range, an agency's data message with
yes/no columns, a Danish freelancer whose CVR is no IČO, a contractor picking two addresses out
of a /29, a Belgian letter in PDF, a Polish portal with version numbers, a district's ODT, a
Hungarian freelancer withdrawing filming and a signed institute mail with IPv6. Written by hand
apart from the extraction rules (see make_thirtieth_xc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtieth_xc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I16, I17, I18, I20 = ico("3641872"), ico("6110294"), ico("0863745"), ico("2447618")
I21, I23, I26, I28 = ico("2381059"), ico("0092837"), ico("0029834"), ico("6821044")

CASES: list[dict[str, Any]] = [
    {
        "id": "xc015-austrian-radio-temporary-server",
        "description": "Austrian radio writes German; a permanent and a temporary "
        "production server (both production), one test server, Austrian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Donauwelle GmbH",
            None,
            None,
            ["203.0.113.70", "203.0.113.77"],
            ["203.0.113.71"],
            "Sabine Moser",
            "moser@donauwelle.example",
            "+4315551240",
        ),
        "from": "Moser Sabine <moser@donauwelle.example>",
        "subject": "Zugang XML-Ergebnisse Parlamentswahl – Radio Donauwelle",
        "headers": ZIMBRA,
        "body": (
            "Grüß Gott,\n\n"
            "Radio Donauwelle GmbH (Wien, FN 318842 s) ersucht um Zugang zu den "
            "XML-Wahlergebnissen.\n\n"
            "Produktion: 203.0.113.70 (fix) sowie 203.0.113.77 – das ist ein temporärer "
            "Server, den wir nur für das Wahlwochenende (3.–5. Oktober) hochfahren, er soll "
            "aber genauso die Live-Daten abrufen.\n"
            "Test: 203.0.113.71\n\n"
            "Ansprechperson: Sabine Moser, Datenredaktion, +43 1 555 12 40\n\n"
            "Liebe Grüße aus Wien\nSabine Moser\n"
        ),
    },
    {
        "id": "xc016-slovak-agency-rtf-form",
        "description": "Slovak news agency mail in Slovak; RTF form with ticked and "
        "unticked boxes and a role column with abbreviations",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Stredoeurópska tlačová agentúra, a.s.",
            I16,
            None,
            ["192.0.2.51", "192.0.2.52", "192.0.2.53"],
            ["192.0.2.59"],
            "Zuzana Krajčíková",
            "krajcikova@seta.example",
            "+421257204418",
        ),
        "from": "Zuzana Krajčíková <krajcikova@seta.example>",
        "subject": "Žiadosť o prístup – voľby ČR (formulár v prílohe)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam vyplnený formulár žiadosti našej agentúry. "
            "V prípade otázok ma neváhajte kontaktovať.\n\n"
            "S pozdravom\nZuzana Krajčíková\nSETA – Stredoeurópska tlačová agentúra\n"
        ),
        "attachments": [
            (
                "rtf",
                "ziadost_formular.rtf",
                [
                    "ŽIADOSŤ O PRÍSTUP / POVOLENIE",
                    f"Žiadateľ: Stredoeurópska tlačová agentúra, a.s., IČO {I16}, "
                    "Mlynské nivy 5, 821 09 Bratislava",
                    "Predmet žiadosti:",
                    "[x] prístup k výsledkom volieb vo formáte XML",
                    "[ ] povolenie na natáčanie na zbernom mieste",
                    [
                        ["Typ", "IP adresa"],
                        ["prod.", "192.0.2.51"],
                        ["prod.", "192.0.2.52"],
                        ["prod. (zál.)", "192.0.2.53"],
                        ["test.", "192.0.2.59"],
                    ],
                    "Kontaktná osoba: Mgr. Zuzana Krajčíková, tel. +421 2 5720 4418, "
                    "krajcikova@seta.example",
                ],
            )
        ],
    },
    {
        "id": "xc017-student-tv-xlsx-slash31",
        "description": "university student TV; XLSX with a /31 in a cell, a note row, and "
        "a student named as contact by the PR office",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Vysoká škola polytechnická Kladno",
            I17,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160"],
            "Adam Beneš",
            "adam.benes@stud.vspk.example",
            "+420731884205",
        ),
        "from": "Oddělení komunikace VŠPK <pr@vspk.example>",
        "subject": "Studentská televize VŠPK – žádost o XML výsledky voleb",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasíláme za Vysokou školu polytechnickou Kladno (IČO "
            f"{I17}) žádost o přístup k výsledkům voleb pro naši studentskou televizi "
            "VŠPK TV. Technické údaje jsou v tabulce.\n\n"
            "Kontaktní osobou je student Adam Beneš (adam.benes@stud.vspk.example, "
            "731 884 205), který vysílání koordinuje.\n\n"
            "S pozdravem\nOddělení komunikace a marketingu VŠPK\ntel. 312 600 100\n"
        ),
        "attachments": [
            (
                "xlsx",
                "VSPK_TV_IP.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "IP / blok", "Poznámka"],
                            ["produkce", "198.51.100.150/31", "dva stroje v HA"],
                            ["test", "198.51.100.160", "školní laboratoř"],
                            ["", "", "verze klienta 2.0.1.4"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "xc018-town-tv-film-only-html",
        "description": "HTML-only Outlook-on-the-web mail from a town running local TV; "
        "filming only, the XML feed explicitly not needed",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FILM],
            "Město Horní Kamenice",
            I18,
            None,
            [],
            [],
            "Iveta Pokorná",
            "pokorna@hornikamenice.example",
            "+420412338071",
        ),
        "from": "Pokorná Iveta <pokorna@hornikamenice.example>",
        "subject": "Natáčení ve volební noc – Městská televize Horní Kamenice",
        "headers": OWA,
        "html": (
            "<html><body><div style='font-family:Calibri,sans-serif;font-size:11pt'>"
            "<p>Dobrý den,</p>"
            "<p>Město Horní Kamenice, které provozuje Městskou televizi Horní Kamenice, "
            "žádá o povolení natáčet na sběrném místě v Děčíně v průběhu sčítání "
            f"hlasů. IČO města: {I18}.</p>"
            "<p>Přístup k výsledkům v XML <b>nepotřebujeme</b>, výsledky přebíráme od "
            "tiskové agentury.</p>"
            "<p>Štáb: Iveta Pokorná (redaktorka, kontaktní osoba, 412 338 071) a kameraman "
            "Luboš Řezníček (604 118 330).</p>"
            "<p>S pozdravem<br>Iveta Pokorná<br>Městská televize Horní Kamenice<br>"
            "Městský úřad Horní Kamenice, Masarykova 1, 407 01</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "xc019-norwegian-reply-completes-original",
        "description": "Norwegian broadcaster replies with the missing test address; the "
        "production address and contact are in its own quoted original, the office's "
        "quoted question carries the office's phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Vestlandsk Kringkasting AS",
            None,
            None,
            ["192.0.2.140"],
            ["2001:db8:77::5"],
            "Ingrid Haugland",
            "ingrid.haugland@vestkring.example",
            "+4722553810",
        ),
        "from": "Ingrid Haugland <ingrid.haugland@vestkring.example>",
        "subject": "Re: Váš požadavek / your request – XML election results",
        "headers": APPLE,
        "body": (
            "Hei, dear colleagues,\n\n"
            "sorry for the missing piece. Our test server is 2001:db8:77::5 (IPv6 only). "
            "Everything else stays as in my first mail below.\n\n"
            "Med vennlig hilsen / Best regards\nIngrid\n\n"
            "> On 16 Sep 2025, at 09:12, podatelna@czso.cz wrote:\n"
            ">\n"
            "> Dobrý den, děkujeme za žádost. Prosíme o doplnění testovací IP adresy,\n"
            "> případně sdělte, že ji nepoužijete. Dotazy: 274 052 733.\n"
            "> Podatelna ČSÚ\n"
            ">\n"
            ">> On 15 Sep 2025, at 14:40, Ingrid Haugland wrote:\n"
            ">>\n"
            ">> Hello,\n"
            ">> Vestlandsk Kringkasting AS (Bergen, org.nr. 984 221 607) applies for\n"
            ">> access to the XML results. Production server: 192.0.2.140.\n"
            ">> Contact: Ingrid Haugland, +47 22 55 38 10,\n"
            ">> ingrid.haugland@vestkring.example\n"
            ">> Ingrid Haugland, data desk\n"
        ),
    },
    {
        "id": "xc020-seznam-terse-range-no-diacritics",
        "description": "terse Seznam note without diacritics; production as a dashed "
        "range, abbreviations, IČO with spaces, phone with 00420 and dashes",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rakovnicke noviny s.r.o.",
            I20,
            None,
            ["198.51.100.50", "198.51.100.51", "198.51.100.52", "198.51.100.53"],
            ["198.51.100.60"],
            "Ales Hruby",
            "hruby@rakovnickenoviny.example",
            "+420602118447",
        ),
        "from": "Ales Hruby <hruby@rakovnickenoviny.example>",
        "subject": "zadost xml",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "dobry den,\nzadame o pristup k xml vysledkum voleb.\n"
            "prod 198.51.100.50-53\ntest 198.51.100.60\n"
            f"Rakovnicke noviny s.r.o., ICO {I20[:3]} {I20[3:6]} {I20[6:]}\n"
            "Ales Hruby, 00420 602-118-447\n"
        ),
    },
    {
        "id": "xc021-databox-xlsx-agency-yes-no",
        "description": "data message from a Czech photo agency; XLSX with ano/ne request "
        "columns on one sheet and addresses with 'záloha' on another",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "FOTOPRESS CZ a.s.",
            I21,
            "f6wzr4e",
            [],
            [],
            "Daniel Krejčí",
            "krejci@fotopress.example",
            "+420725403318",
        ),
        "subject": "Žádost – volby 2025 (viz příloha)",
        "databox": {
            "box": "f6wzr4e",
            "sender": "FOTOPRESS CZ a.s.",
            "address": "Karlínské náměstí 7, 186 00 Praha 8",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_volby_fotopress.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "FOTOPRESS CZ a.s."],
                            ["IČO", I21],
                            ["Přístup k výsledkům XML", "ne"],
                            ["Povolení fotografovat/natáčet", "ano"],
                            ["Sběrná místa", "Praha, Brno"],
                            ["Kontaktní osoba", "Daniel Krejčí"],
                            ["Telefon", "+420 725 403 318"],
                            ["E-mail", "krejci@fotopress.example"],
                        ],
                    },
                    {
                        "title": "IP (jen pro XML)",
                        "rows": [
                            ["Role", "IP"],
                            ["", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "xc022-danish-freelancer-cvr",
        "description": "Danish freelancer writes Danish with an English line; his 8-digit "
        "CVR number is not a Czech IČO, one production address, no test",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Mads Kjærgaard",
            None,
            None,
            ["203.0.113.201"],
            [],
            "Mads Kjærgaard",
            "mads@kjaergaard-data.example",
            "+4521556789",
        ),
        "from": "Mads Kjærgaard <mads@kjaergaard-data.example>",
        "subject": "Ansøgning om adgang til XML-valgresultater",
        "headers": APPLE,
        "body": (
            "Kære ČSÚ,\n\n"
            "jeg er freelancejournalist og laver valgdækning for flere danske medier. Jeg "
            "vil gerne søge om adgang til jeres XML-resultater fra min server "
            "203.0.113.201. Jeg har ikke en separat testserver.\n"
            "(In short: XML feed access from 203.0.113.201, no test server.)\n\n"
            "Venlig hilsen\nMads Kjærgaard\nFreelance, CVR 31842769\n"
            "+45 21 55 67 89\n"
        ),
    },
    {
        "id": "xc023-contractor-subset-of-slash29",
        "description": "contractor for a radio names its /29 but asks only for two "
        "addresses from it (main and backup) plus a test one; iso-8859-2",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "RADIO ZLÍN PLUS s.r.o.",
            I23,
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.38"],
            "Tomáš Ryšavý",
            "rysavy@netsprava.example",
            "+420577011264",
        ),
        "from": "Tomáš Ryšavý <rysavy@netsprava.example>",
        "subject": "RADIO ZLÍN PLUS – přístup k XML výsledkům",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "jako externí správce sítě pro RADIO ZLÍN PLUS s.r.o. (IČO "
            f"{I23}) žádám jejich jménem o přístup k výsledkům voleb v XML.\n\n"
            "Rádio má přidělený rozsah 192.0.2.32/29, povolit ale stačí jen dvě adresy: "
            "192.0.2.33 (hlavní stahování) a 192.0.2.34 (záloha). Testovací prostředí je "
            "na 192.0.2.38.\n\n"
            "Kontakt pro technické věci i pro tuto žádost: Tomáš Ryšavý, 577 011 264.\n\n"
            "S pozdravem\nTomáš Ryšavý\nNetSpráva Zlín\n"
        ),
    },
    {
        "id": "xc024-belgian-letter-pdf-both",
        "description": "Belgian daily; short English mail, French letter in a PDF asks for "
        "the feed and a filming permit, roles labelled in French",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Éditions du Sillon Wallon SA",
            None,
            None,
            ["198.51.100.222"],
            ["198.51.100.223"],
            "Thomas Delvaux",
            "t.delvaux@sillonwallon.example",
            "+3225554120",
        ),
        "from": "Thomas Delvaux <t.delvaux@sillonwallon.example>",
        "subject": "Application – XML results and filming (Le Sillon Wallon)",
        "headers": GMAIL,
        "body": (
            "Dear Sir or Madam,\n\nplease find our formal application attached (in French).\n\n"
            "Kind regards,\nThomas Delvaux\n"
        ),
        "attachments": [
            (
                "pdf",
                "demande_CSU.pdf",
                [
                    "Éditions du Sillon Wallon SA\nRue de Fer 22, 5000 Namur, Belgique\n"
                    "N° d'entreprise BE 0441.226.915",
                    "Objet : demande d'accès aux résultats XML et d'autorisation de tournage",
                    "Madame, Monsieur, notre quotidien Le Sillon Wallon couvrira les élections "
                    "tchèques. Nous sollicitons (1) l'accès au serveur de résultats au format "
                    "XML et (2) l'autorisation de filmer au point de collecte de Prague.",
                    {
                        "rows": [
                            ["Serveur", "Adresse IP"],
                            ["production", "198.51.100.222"],
                            ["test", "198.51.100.223"],
                        ],
                        "widths": [120, 160],
                    },
                    "Personne de contact : Thomas Delvaux, +32 2 555 41 20, "
                    "t.delvaux@sillonwallon.example",
                    "Namur, le 12 septembre 2025 – Thomas Delvaux, rédacteur en chef adjoint",
                ],
            )
        ],
    },
    {
        "id": "xc025-polish-portal-versions",
        "description": "Polish news portal writes Polish from a Samsung phone; production, "
        "backup and test labelled in Polish, a four-part version number nearby",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Portal Zaolzie.info sp. z o.o.",
            None,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.152"],
            "Piotr Sikora",
            "p.sikora@zaolzie-info.example",
            "+48512770341",
        ),
        "from": "Piotr Sikora <p.sikora@zaolzie-info.example>",
        "subject": "Wniosek o dostęp do wyników XML",
        "headers": SAMSUNG,
        "body": (
            "Dzień dobry,\n\n"
            "Portal Zaolzie.info sp. z o.o. (Cieszyn, NIP 548-277-31-06) prosi o dostęp "
            "do wyników wyborów w formacie XML.\n\n"
            "Serwer produkcyjny: 203.0.113.150\nSerwer zapasowy: 203.0.113.151\n"
            "Serwer testowy: 203.0.113.152\n\n"
            "Nasz importer (wersja 3.2.0.1) pobiera dane co 60 s.\n\n"
            "Kontakt: Piotr Sikora, +48 512 770 341\n\n"
            "Pozdrawiam\nPiotr Sikora\n\nWysłane z mojego Galaxy\n"
        ),
    },
    {
        "id": "xc026-district-odt-internal-hostnames",
        "description": "a city district applies for its newsletter web; ODT letter with a "
        "table naming internal hostnames next to public addresses",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Městská část Praha-Lipence",
            I26,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Ondřej Vacek",
            "vacek@praha-lipence.example",
            "+420257921433",
        ),
        "from": "Ondřej Vacek <vacek@praha-lipence.example>",
        "subject": "Žádost MČ Praha-Lipence o přístup k volebním výsledkům",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost naší městské části. "
            "Děkuji za vyřízení.\n\nOndřej Vacek\noddělení informatiky ÚMČ Praha-Lipence\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_MC_Lipence.odt",
                [
                    "Městská část Praha-Lipence",
                    f"Úřad městské části, K Obecníku 1, 155 31 Praha 5, IČO {I26}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Městská část vydává Lipenecký zpravodaj a na jeho webu chce ve volební "
                    "noc zobrazovat průběžné výsledky.",
                    [
                        ["Účel", "Server (interní název)", "Veřejná IP"],
                        ["produkční", "web01.lipence.local", "192.0.2.90"],
                        ["testovací", "web-test.lipence.local", "192.0.2.91"],
                    ],
                    "Kontaktní osoba: Ondřej Vacek, tel. 257 921 433, vacek@praha-lipence.example",
                    "Mgr. Hana Zemanová, starostka",
                ],
            )
        ],
    },
    {
        "id": "xc027-hungarian-freelancer-withdraws-filming",
        "description": "Hungarian freelance data journalist writes English; an earlier "
        "filming request is withdrawn in this mail, only the feed remains",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Réka Szalai",
            None,
            None,
            ["198.51.100.9"],
            [],
            "Réka Szalai",
            "reka@szalai-adat.example",
            "+36705553920",
        ),
        "from": "Szalai Réka <reka@szalai-adat.example>",
        "subject": "Updated application – XML feed only",
        "headers": GMAIL,
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am a freelance data journalist from Budapest (no company). Last week I also "
            "asked by phone about permission to film at a collection point – please "
            "disregard that, our crew won't travel after all.\n\n"
            "What I do need is access to the XML results feed from my server 198.51.100.9. "
            "I'll test from the same server.\n\n"
            "Phone: +36 70 555 3920\n\n"
            "Köszönöm / thank you,\nRéka Szalai\n"
        ),
    },
    {
        "id": "xc028-signed-institute-ipv6-both",
        "description": "S/MIME-signed mail from an economics institute (a public "
        "research institution); two IPv6 production addresses, filming requested too",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Institut ekonomických analýz, v.v.i.",
            I28,
            None,
            ["2001:db8:ce::1", "2001:db8:ce::2"],
            [],
            "Kristina Jelínková",
            "jelinkova@iea.example",
            "+420234006512",
        ),
        "from": "Kristina Jelínková <jelinkova@iea.example>",
        "subject": "Žádost IEA o přístup k XML a o povolení natáčení",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            f"Institut ekonomických analýz, v.v.i., IČO {I28}, žádá o:\n"
            "a) přístup k výsledkům voleb ve formátu XML – stahovat budeme pouze po IPv6 "
            "z adres 2001:db8:ce::1 a 2001:db8:ce::2 (oba produkční, testovací adresu "
            "nezřizujeme);\n"
            "b) povolení natáčet na sběrném místě v Praze pro náš popularizační pořad.\n\n"
            "Kontaktní osoba: Ing. Kristina Jelínková, Ph.D., tel. 234 006 512.\n\n"
            "S úctou\nKristina Jelínková\nvedoucí oddělení komunikace IEA\n"
        ),
    },
]
