"""Twentyfirst held-out part ``oc``, cases oc015–oc028: a Spanish agency in HTML, a Norwegian
publisher with a range written 'til', a data message with the application only in its
annotation, an English-writing IT contractor with an IPv6 /127, a reply that withdraws filming
and points to the quoted original, a municipal organisation's XLSX with yes/no columns, a
freelancer in windows-1250, a forwarded IT mail with a /31, a version number that looks like an
address, an institute giving roles by order, an Austrian crew filming only, an agency's data
message with a crossed-out row in a PDF, a long RTF letter replacing the contact and a form
with an unticked box. Written by hand apart from the extraction rules (see
make_twentyfirst_oc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfirst_oc_common import (
    APPLE,
    EMCLIENT,
    FEED,
    FILM,
    K9,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I18, I19, I20, I21, I22 = (
    ico("2849017"),
    ico("6720145"),
    ico("7102364"),
    ico("7415028"),
    ico("0583612"),
)
I17 = ico("2866713")
I23, I24, I26, I27, I28 = (
    ico("2918450"),
    ico("0451234"),
    ico("2650913"),
    ico("0746281"),
    ico("2489305"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "oc015-spanish-agency-html",
        "description": "Spanish news agency writing Spanish in an HTML-only web mail: roles "
        "'producción' and 'pruebas' in a table, recording explicitly not requested",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias, S.A.",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.202"],
            "Javier Morales Ruiz",
            "jmorales@agenciaiberica.example",
            "+34915550142",
        ),
        "from": "Javier Morales Ruiz <jmorales@agenciaiberica.example>",
        "subject": "Solicitud de acceso a resultados electorales (XML)",
        "headers": OWA,
        "html": (
            '<html><body style="font-family:Aptos,sans-serif">'
            "<p>Estimados señores:</p>"
            "<p>La <b>Agencia Ibérica de Noticias, S.A.</b> (CIF A-28411937) solicita acceso "
            "al servidor de resultados en formato XML de las elecciones a la Cámara de "
            "Diputados checa.</p>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Uso</th><th>Dirección IP</th></tr>"
            "<tr><td>Producción</td><td>203.0.113.200<br>203.0.113.201</td></tr>"
            "<tr><td>Pruebas</td><td>203.0.113.202</td></tr></table>"
            "<p>No solicitamos permiso de grabación ni de filmación.</p>"
            "<p>Persona de contacto: Javier Morales Ruiz, jefe de la sección de datos, "
            "tel. +34 91 555 01 42.</p>"
            "<p>Atentamente,<br>Javier Morales Ruiz<br>Agencia Ibérica de Noticias<br>"
            "Calle de Alcalá 211, 28028 Madrid</p>"
            '<p style="font-size:8pt;color:#888">Este mensaje es confidencial. Si lo ha '
            "recibido por error, notifíquelo al remitente.</p></body></html>"
        ),
    },
    {
        "id": "oc016-norwegian-range-til",
        "description": "Norwegian publisher writing Norwegian, format=flowed: production as "
        "'198.51.100.8 til 198.51.100.11' (four), no test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordlys Media AS",
            None,
            None,
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            [],
            "Ingrid Solberg",
            "ingrid.solberg@nordlysmedia.example",
            "+4791345672",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@nordlysmedia.example>",
        "subject": "Søknad om tilgang til valgresultater i XML",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Hei,\n\n"
            "Nordlys Media AS (org.nr. 918 442 105) ønsker tilgang til XML-serveren med "
            "valgresultatene fra det tsjekkiske parlamentsvalget. Vi skal vise resultatene "
            "direkte på nettsidene våre.\n\n"
            "Produksjon: 198.51.100.8 til 198.51.100.11 (hele blokken)\n"
            "Test: ingen, vi tester mot produksjon.\n\n"
            "Kontaktperson er undertegnede, mobil +47 913 45 672.\n\n"
            "Med vennlig hilsen\n"
            "Ingrid Solberg\n"
            "utviklingsredaktør, Nordlys Media AS, Tromsø\n"
        ),
    },
    {
        "id": "oc017-databox-annotation-only",
        "description": "data message whose application is only its annotation (abbreviated "
        "roles, contact, phone); the IČO only in an attached register extract",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediaservis Zlín s.r.o.",
            I17,
            "q8n2vxa",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Radek Nosek",
            None,
            "+420604118372",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb – prod. 192.0.2.140, test. 192.0.2.141, "
            "kontakt Radek Nosek, tel. 604 118 372"
        ),
        "databox": {
            "box": "q8n2vxa",
            "sender": "Mediaservis Zlín s.r.o.",
            "address": "Bartošova 40, 760 01 Zlín",
        },
        "attachments": [
            (
                "txt",
                "vypis_OR_Mediaservis.txt",
                "VÝPIS Z OBCHODNÍHO REJSTŘÍKU\n"
                "vedeného Krajským soudem v Brně, oddíl C, vložka 44120\n\n"
                "Obchodní firma: Mediaservis Zlín s.r.o.\n"
                "Sídlo: Bartošova 40, 760 01 Zlín\n"
                "Identifikační číslo: " + I17 + "\n"
                "Právní forma: Společnost s ručením omezeným\n"
                "Předmět podnikání: vydavatelské činnosti, polygrafická výroba\n"
                "Jednatel: Ing. Radek Nosek, dat. nar. 14. března 1979\n"
                "Základní kapitál: 200 000,- Kč\n",
            )
        ],
    },
    {
        "id": "oc018-contractor-english-ipv6-127",
        "description": "IT contractor writing English for a Czech news site: production as an "
        "IPv6 /127 (two addresses), asks to be the contact himself",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Zprávy z Pobeskydí a.s.",
            I18,
            None,
            ["2001:db8:77::a", "2001:db8:77::b"],
            ["203.0.113.77"],
            "Oleksandr Kovalenko",
            "o.kovalenko@cloudforge.example",
            "+420773918204",
        ),
        "from": "Oleksandr Kovalenko <o.kovalenko@cloudforge.example>",
        "subject": "XML election feed – access for Zprávy z Pobeskydí",
        "headers": EMCLIENT,
        "body": (
            "Good morning,\n\n"
            "we run the hosting for our client Zprávy z Pobeskydí a.s. (company ID "
            + I18
            + "), the publisher of pobeskydi.example, and on their behalf we ask for access to "
            "the election results XML.\n\n"
            "Production: 2001:db8:77::a/127 (both addresses of the pair, active/active)\n"
            "Test: 203.0.113.77\n\n"
            "The editor-in-chief Mrs. Kubíčková agreed that I should be the contact person for "
            "this request, as the feed is handled entirely by us: Oleksandr Kovalenko, "
            "+420 773 918 204.\n\n"
            "Best regards / S pozdravem\n"
            "Oleksandr Kovalenko\n"
            "DevOps, CloudForge s.r.o.\n"
            "on behalf of Zprávy z Pobeskydí a.s.\n"
        ),
    },
    {
        "id": "oc019-reply-withdraws-film-quoted-original",
        "description": "reply that withdraws filming and refers to the applicant's quoted "
        "original for the feed; the office's quoted reply has its own contacts",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Plzeňský obzor s.r.o.",
            I19,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Barbora Šimková",
            "simkova@plzenskyobzor.example",
            "+420731402966",
        ),
        "from": "Barbora Šimková <simkova@plzenskyobzor.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům a natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "děkuji za rychlou odpověď. Žádost o natáčení stahujeme – náš štáb bude ve "
            "volební noc v Praze, na sběrné místo do Plzně se nedostane. Přístup k XML prosím "
            "vyřiďte podle mé původní žádosti níže, adresy i kontakt platí.\n\n"
            "Barbora Šimková\n\n"
            "-----Original Message-----\n"
            "From: podatelna@czso.cz\n"
            "Sent: Tuesday, September 9, 2025 2:12 PM\n"
            "Subject: RE: Žádost o přístup k výsledkům a natáčení\n\n"
            "> Dobrý den,\n"
            "> potvrzujeme přijetí Vaší žádosti, evidujeme ji pod č. j. CSU-041277/2025.\n"
            "> K natáčení Vás bude kontaktovat tiskové oddělení (tel. 274 052 733).\n"
            "> Podatelna ČSÚ, IČO 00025593, ID DS 2gfaasy\n"
            ">\n"
            ">> Dobrý den,\n"
            ">> Plzeňský obzor s.r.o., IČO " + I19 + ", žádá o přístup k XML s výsledky\n"
            ">> voleb a o povolení natáčet na sběrném místě v Plzni.\n"
            ">> Produkční IP: 203.0.113.180, 203.0.113.181\n"
            ">> Testovací IP: 203.0.113.189\n"
            ">> Kontakt: Barbora Šimková, 731 402 966, simkova@plzenskyobzor.example\n"
        ),
    },
    {
        "id": "oc020-municipal-org-xlsx-ano-ne",
        "description": "municipal contributory organisation sends an XLSX form: request types "
        "in an ano/ne column (filming 'ne'), data-box ID in the mail signature",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED],
            "Kulturní a informační centrum Brodek, příspěvková organizace",
            I20,
            "7hb4kqe",
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Dagmar Kolářová",
            "kolarova@kicbrodek.example",
            "+420585330412",
        ),
        "from": "Dagmar Kolářová <kolarova@kicbrodek.example>",
        "subject": "Přihláška – výsledky voleb pro Brodecký zpravodaj",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněnou tabulku s žádostí. Kontaktní osobou "
            "jsem já.\n\n"
            "S pozdravem\n"
            "Dagmar Kolářová\n"
            "redakce Brodeckého zpravodaje\n"
            "Kulturní a informační centrum Brodek, příspěvková organizace\n"
            "Náměstí Svobody 2, 783 46 Brodek\n"
            "tel.: 585 330 412 | ID datové schránky: 7hb4kqe\n"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_KIC_Brodek.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            [
                                "Žadatel",
                                "Kulturní a informační centrum Brodek, příspěvková organizace",
                            ],
                            ["IČO", I20],
                            ["Zřizovatel", "Město Brodek"],
                            [None, None],
                            ["Požadavek", "ano / ne"],
                            ["Přístup k výsledkům voleb (XML)", "ano"],
                            ["Povolení k natáčení na sběrném místě", "ne"],
                            [None, None],
                            ["Typ", "IP adresa"],
                            ["produkční", "203.0.113.30"],
                            ["testovací", "203.0.113.31"],
                            [None, None],
                            ["Kontakt", "Dagmar Kolářová, 585 330 412"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "oc021-freelancer-windows-1250",
        "description": "freelance blogger with a trade licence (IČO with spaces) from Seznam in "
        "windows-1250, one production address, declines a test one",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Tomáš Krejza",
            I21,
            None,
            ["198.51.100.180"],
            [],
            "Tomáš Krejza",
            "tomas.krejza@seznam.example",
            "+420608552190",
        ),
        "from": "Tomáš Krejza <tomas.krejza@seznam.example>",
        "subject": "Žádost – XML výsledky voleb pro blog Krejza píše",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "qp",
        "body": (
            "Dobrý den,\n\n"
            "provozuji politický blog Krejza píše (krejzapise.example), který má ve volební "
            "noc kolem 30 tisíc čtenářů. Jsem OSVČ, Tomáš Krejza, IČO "
            f"{I21[:2]} {I21[2:5]} {I21[5:]}.\n\n"
            "Prosím o přístup k XML z adresy 198.51.100.180 (VPS). Testovací adresu "
            "nepotřebuji.\n\n"
            "Telefon 608 552 190.\n\n"
            "Děkuji,\nTomáš Krejza\n"
        ),
    },
    {
        "id": "oc022-forward-it-mail-slash31",
        "description": "editor forwards the IT department's mail as an attached message; the "
        "production pair is a /31, the editor names herself as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Brodsko s.r.o.",
            I22,
            None,
            ["203.0.113.32", "203.0.113.33"],
            ["203.0.113.40"],
            "Markéta Lustigová",
            "lustigova@brodsko.example",
            "+420569113800",
        ),
        "from": "Markéta Lustigová <lustigova@brodsko.example>",
        "subject": "Fwd: IP adresy pro volby",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "za Týdeník Brodsko s.r.o. (IČO " + I22 + ") žádáme o přístup k výsledkům voleb "
            "v XML. Adresy posílá naše IT v přeposlané zprávě. Kontaktní osobou budu já, "
            "tel. 569 113 800.\n\n"
            "Markéta Lustigová\nšéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro volby.eml",
                {
                    "id": "oc022-inner",
                    "from": "Pavel Jireš <it@brodsko.example>",
                    "to": "lustigova@brodsko.example",
                    "subject": "IP adresy pro volby",
                    "body": (
                        "Markéto,\n\n"
                        "pro ČSÚ: produkce je náš nový blok 203.0.113.32/31 (oba stroje), "
                        "test 203.0.113.40. Router má 203.0.113.1, ten tam nepiš.\n\n"
                        "Pavel\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "oc023-version-number-lookalike",
        "description": "the fetcher's dotted version 2.4.1.7 and a port look like an address; "
        "the production address is written as a /32",
        "style": Style.ADDRESSES,
        "labels": L(
            [FEED],
            "Valašský rozhled s.r.o.",
            I23,
            None,
            ["198.18.4.10"],
            ["198.18.4.11"],
            "Aleš Juřica",
            "jurica@valasskyrozhled.example",
            "+420571660218",
        ),
        "from": "Aleš Juřica <jurica@valasskyrozhled.example>",
        "subject": "Přístup k XML – Valašský rozhled",
        "headers": K9,
        "body": (
            "Dobrý den,\n"
            "výsledky budeme stahovat naším klientem ElectFetch 2.4.1.7 (HTTPS, port 8443 "
            "u nás na proxy).\n"
            "Produkční adresa: 198.18.4.10/32\n"
            "Testovací: 198.18.4.11\n"
            "Žadatel: Valašský rozhled s.r.o., IČO " + I23 + "\n"
            "Kontakt: Aleš Juřica, 571 660 218\n\n"
            "Juřica\n"
        ),
    },
    {
        "id": "oc024-institute-roles-by-order",
        "description": "research institute gives two addresses and their roles only by "
        "order ('první … druhá'); IČO spaced, a DIČ nearby",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED],
            "Institut pro výzkum veřejného mínění, z. ú.",
            I24,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Kamila Burešová",
            "buresova@ivvm.example",
            "+420224918337",
        ),
        "from": '"Burešová, Kamila" <buresova@ivvm.example>',
        "subject": "Žádost o přístup k průběžným výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            "Institut pro výzkum veřejného mínění, z. ú., IČ: "
            f"{I24[:3]} {I24[3:5]} {I24[5:]}, DIČ: CZ{I24}, zpracovává ve volební noc "
            "analýzy pro tři celostátní média a žádá proto o přístup k XML s výsledky.\n\n"
            "Uvádíme dvě adresy, 192.0.2.220 a 192.0.2.221; první bude sloužit pro ostrý "
            "provoz, druhá pouze pro testování před volbami.\n\n"
            "Kontaktní osoba: Mgr. Kamila Burešová, Ph.D., tel. 224 918 337.\n\n"
            "S pozdravem\n"
            "Kamila Burešová\n"
            "vedoucí datového oddělení\n"
            "IVVM, Jilská 14, 110 00 Praha 1\n"
        ),
    },
    {
        "id": "oc025-austrian-crew-film-only",
        "description": "Austrian broadcaster writing German asks only for a filming permit and "
        "says it does not need XML access",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Alpenland Rundfunk GmbH",
            None,
            None,
            [],
            [],
            "Markus Huber",
            "markus.huber@alpenland-rundfunk.example",
            "+4315321088",
        ),
        "from": "Markus Huber <markus.huber@alpenland-rundfunk.example>",
        "subject": "Drehgenehmigung Wahlabend Prag",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            'für unser Magazin "Nachbarn" möchten wir am Wahlabend (4. Oktober) im '
            "Datenerfassungszentrum des ČSÚ in Prag drehen – ein Redakteur, ein Kameramann, "
            "ca. 30 Minuten Drehzeit. Wir bitten um eine Drehgenehmigung.\n\n"
            "Den XML-Zugang zu den Ergebnissen benötigen wir nicht.\n\n"
            "Ansprechpartner: Markus Huber, +43 1 532 10 88\n\n"
            "Freundliche Grüße aus Wien\n"
            "Markus Huber\n"
            "Chef vom Dienst, Alpenland Rundfunk GmbH\n"
            "FN 201733 k\n"
        ),
    },
    {
        "id": "oc026-agency-databox-pdf-crossed-row",
        "description": "agency's data message: the application only in a PDF whose table has a "
        "row marked cancelled; box from the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální zpravodajská agentura RZA, s.r.o.",
            I26,
            "w5td3mk",
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.25"],
            "Jan Tichánek",
            "tichanek@rza.example",
            "+420736118450",
        ),
        "subject": "Žádost – viz příloha",
        "databox": {
            "box": "w5td3mk",
            "sender": "Regionální zpravodajská agentura RZA, s.r.o.",
            "address": "Kobližná 19, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "RZA_zadost_volby.pdf",
                [
                    "Regionální zpravodajská agentura RZA, s.r.o., Kobližná 19, 602 00 Brno, "
                    "IČO " + I26,
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Agentura dodává výsledky 14 regionálním redakcím. Žádáme o přístup "
                    "z těchto adres:",
                    {
                        "rows": [
                            ["Adresa", "Role", "Stav"],
                            ["198.51.100.20", "produkce", "aktivní"],
                            ["198.51.100.21", "produkce (záloha)", "aktivní"],
                            ["198.51.100.22", "produkce", "ZRUŠENO – nepoužívat"],
                            ["198.51.100.25", "test", "aktivní"],
                        ],
                        "widths": [120, 120, 140],
                    },
                    "Kontaktní osoba: Jan Tichánek, vedoucí IT, mobil 736 118 450, "
                    "tichanek@rza.example",
                    "O povolení k natáčení nežádáme.",
                    "V Brně 3. 9. 2025, Ing. Eva Matoušková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "oc027-long-rtf-letter-contact-replaced",
        "description": "long RTF letter: production as a written range 'až' (four), and the "
        "contact from earlier correspondence replaced by a new one",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Krkonoše Dnes s.r.o.",
            I27,
            None,
            ["192.0.2.200", "192.0.2.201", "192.0.2.202", "192.0.2.203"],
            ["192.0.2.210"],
            "Jana Horká",
            "horka@krkonosednes.example",
            "+420499620147",
        ),
        "from": "Redakce Krkonoše Dnes <redakce@krkonosednes.example>",
        "subject": "Žádost o přístup k XML – Krkonoše Dnes",
        "headers": TBIRD,
        "body": "Dobrý den,\nžádost přikládáme v RTF.\nRedakce Krkonoše Dnes\n",
        "attachments": [
            (
                "rtf",
                "zadost_krkonose_dnes.rtf",
                [
                    "Krkonoše Dnes s.r.o.\nHorská 212, 543 01 Vrchlabí\nIČO: " + I27,
                    "Český statistický úřad\nodbor informatiky",
                    "Ve Vrchlabí dne 1. září 2025",
                    "Věc: Žádost o přístup k průběžným výsledkům voleb do Poslanecké sněmovny",
                    "Vážení,",
                    "jako každý rok se na Vás obracíme se žádostí o přístup k serveru "
                    "s výsledky voleb. Náš zpravodajský web krkonosednes.example zobrazuje "
                    "výsledky ve všech obcích Krkonoš a Podkrkonoší a ve volební noc jej "
                    "navštíví desítky tisíc čtenářů, kteří chtějí vědět, jak volili jejich "
                    "sousedé. Letos jsme přešli k novému poskytovateli připojení a změnily "
                    "se proto všechny naše adresy.",
                    "Produkční servery: 192.0.2.200 až 192.0.2.203 (čtyři uzly clusteru).",
                    "Testovací server: 192.0.2.210.",
                    "V dřívější korespondenci jsme jako kontaktní osobu uváděli pana Petra "
                    "Veselého, který od září v redakci nepracuje. Kontaktní osobou je nyní "
                    "Jana Horká, zástupkyně šéfredaktora, tel. 499 620 147, "
                    "horka@krkonosednes.example.",
                    "O natáčení na sběrných místech letos nežádáme.",
                    "Děkujeme a jsme s pozdravem",
                    "Mgr. Vlastimil Rudolf\nšéfredaktor a jednatel",
                ],
            )
        ],
    },
    {
        "id": "oc028-form-unticked-feed-box",
        "description": "documentary company fills a text form: the XML box unticked, the "
        "filming box ticked; the IP field left empty",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Ateliér Kameny, s.r.o.",
            I28,
            None,
            [],
            [],
            "Vojtěch Mareš",
            "mares@atelierkameny.example",
            "+420604772031",
        ),
        "from": "Vojtěch Mareš <mares@atelierkameny.example>",
        "subject": "Formulář – žádost médií (volby 2025)",
        "headers": APPLE,
        "body": (
            "Dobrý den, posílám vyplněný formulář z Vašeho webu.\n\n"
            "ŽÁDOST MÉDIA – VOLBY DO PS 2025\n"
            "--------------------------------\n"
            "Žadatel (název, právní forma): Ateliér Kameny, s.r.o.\n"
            "IČO: " + I28 + "\n"
            "Žádám o:\n"
            "  [ ] přístup k výsledkům ve formátu XML\n"
            "  [x] povolení k natáčení / pořizování záznamu na sběrném místě\n"
            "Produkční IP adresy: \n"
            "Testovací IP adresy: \n"
            "Kontaktní osoba: Vojtěch Mareš (produkce)\n"
            "E-mail: mares@atelierkameny.example\n"
            "Telefon: +420 604 772 031\n"
            "Místo natáčení: sběrné místo Praha 10, 4. 10. 2025 19:00–21:00\n"
            "--------------------------------\n\n"
            "Vojtěch Mareš\nAteliér Kameny – dokumentární film\n"
        ),
    },
]
