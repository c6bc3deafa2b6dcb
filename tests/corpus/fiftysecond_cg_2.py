"""Fifty-second held-out part ``cg``, cases cg015–cg028: a data message with a two-sheet
workbook, a Slovak sender testing from production, a Polish agency asking in English to
photograph only, an iso-8859-2 range from Evolution, a Gmail HTML-only table, an Outlook reply
adding the IČO and a new contact above the office's quoted signature, an iPhone note that
corrects itself, a forward with the application as an attached .eml, an S/MIME-signed
university mail, a Hungarian publisher writing English, a data message from a natural person
with an ODT, addresses typed with spaces, a chatty Outlook mail in base64 with old addresses
and a German HTML-only table without test addresses. Written by hand apart from the extraction
rules (see make_fiftysecond_cg); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysecond_cg_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    GMAIL_ANDROID,
    IPHONE,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I18, I19, I20, I21 = (
    ico("2649183"),
    ico("4721096"),
    ico("2936051"),
    ico("4518273"),
    ico("2870364"),
)
I22, I23, I25, I26, I27 = (
    ico("2681937"),
    ico("0071924"),
    ico("7402618"),
    ico("2598413"),
    ico("2743160"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "cg015-databox-xlsx-two-sheets",
        "description": "data message whose annotation only names the request; the workbook has "
        "an ANO/ANO request sheet with the addresses and a crew sheet naming other people",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Pálava s.r.o.",
            I15,
            "w3nh8te",
            ["198.18.20.11", "198.18.20.12"],
            ["198.18.21.5"],
            "Šimon Kadlec",
            "kadlec@tvpalava.example",
            "+420519330218",
        ),
        "databox": box("w3nh8te", "Televize Pálava s.r.o.", "Náměstí 12, 692 01 Mikulov"),
        "subject": "Žádost – volby 2025, přístup k výsledkům + natáčení",
        "attachments": [
            (
                "xlsx",
                "zadost_TVP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Televize Pálava s.r.o."],
                            ["IČO", I15],
                            ["Přístup k XML výsledkům", "ANO"],
                            ["Povolení natáčet", "ANO"],
                            ["Produkční IP 1", "198.18.20.11"],
                            ["Produkční IP 2", "198.18.20.12"],
                            ["Testovací IP", "198.18.21.5"],
                            ["Kontaktní osoba", "Šimon Kadlec"],
                            ["E-mail", "kadlec@tvpalava.example"],
                            ["Telefon", "+420 519 330 218"],
                        ],
                    },
                    {
                        "title": "Štáb",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon"],
                            ["Roman Pech", "kameraman", "+420 604 771 902"],
                            ["Denisa Marková", "redaktorka", "+420 739 118 625"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cg016-slovak-tests-from-production",
        "description": "Slovak publisher writing Slovak: two production addresses, testing "
        "from production (no test address), +421 mobile, no IČO given",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            [],
            "Martin Baláž",
            "balaz@zahorskenoviny.example",
            "+421905318224",
        ),
        "from": "Martin Baláž <balaz@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": GMAIL_ANDROID,
        "body": "Dobrý deň,\n\n"
        "v mene spoločnosti Záhorské noviny, s. r. o. (Senica) žiadame o prístup k XML "
        "výsledkom volieb do Poslaneckej snemovne.\n\n"
        "Produkčné IP: 203.0.113.200, 203.0.113.201\n"
        "Testovať budeme z produkčných adries, samostatnú testovaciu nemáme.\n\n"
        "Kontakt: Martin Baláž, +421 905 318 224, balaz@zahorskenoviny.example\n\n"
        "S pozdravom\nMartin Baláž\n\nOdoslané z Gmailu pre Android\n",
    },
    {
        "id": "cg017-polish-english-photos-only",
        "description": "Polish photo agency writing English from OWA: photographing only, the "
        "feed expressly not needed, two photographers named besides the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Agencja Fotograficzna Wisłok sp. z o.o.",
            None,
            None,
            [],
            [],
            "Katarzyna Zielińska",
            "zielinska@afwislok.example",
            "+48601224718",
        ),
        "from": "Katarzyna Zielińska <zielinska@afwislok.example>",
        "subject": "Photo permit - election night",
        "headers": OWA,
        "body": "Hello,\n\n"
        "I am writing on behalf of Agencja Fotograficzna Wisłok sp. z o.o. (Rzeszów). We would "
        "like to photograph at the CZSO results centre in Prague on election night; our "
        "photographers would be Paweł Mazur and Tomasz Wróbel. We do not need the XML data "
        "feed this time.\n\n"
        "Please send the permit to me: Katarzyna Zielińska, picture desk, "
        "zielinska@afwislok.example, +48 601 224 718.\n\n"
        "Best regards,\nKatarzyna Zielińska\n",
    },
    {
        "id": "cg018-evolution-iso88592-range",
        "description": "Evolution mail in iso-8859-2: a production range written 'od … až po' "
        "expands to four addresses; the signature gives the phone after the function",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rádio Bečva, spol. s r.o.",
            I18,
            None,
            ["198.51.100.50", "198.51.100.51", "198.51.100.52", "198.51.100.53"],
            ["198.51.100.60"],
            "Aleš Hrdlička",
            "hrdlicka@radiobecva.example",
            "+420581200314",
        ),
        "from": "Aleš Hrdlička <hrdlicka@radiobecva.example>",
        "subject": "XML vysledky - Radio Becva",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "jako každé volby bychom rádi brali výsledky z Vašeho serveru. Letos máme nový "
        "cluster, takže produkční adresy jsou od 198.51.100.50 až po 198.51.100.53 (čtyři "
        "stroje), testovací zůstává 198.51.100.60.\n\n"
        "Žadatel: Rádio Bečva, spol. s r.o., IČO " + I18 + "\n\n"
        "Díky moc a ať se volby vydaří.\n\n"
        "-- \nAleš Hrdlička\ntechnik vysílání, tel. 581 200 314\nRádio Bečva, spol. s r.o., "
        "Přerov\n",
    },
    {
        "id": "cg019-gmail-html-only-table",
        "description": "Gmail HTML-only mail: server names, addresses and a 'Použití' column in "
        "a table, the filming request in a sentence after it",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Zlínské listy s.r.o.",
            I19,
            None,
            ["203.0.113.21", "203.0.113.22"],
            ["203.0.113.29"],
            "Eva Machalová",
            "machalova@zlinskelisty.example",
            "+420605338190",
        ),
        "from": "Eva Machalová <machalova@zlinskelisty.example>",
        "subject": "Žádost – výsledky voleb a natáčení",
        "headers": GMAIL,
        "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
        "<div>za Zlínské listy s.r.o. (IČO " + I19 + ") žádáme o přístup k výsledkům voleb "
        "na dedikovaném serveru. Naše servery:</div><div><br></div>"
        '<table border="1" cellpadding="4" style="border-collapse:collapse">'
        "<tr><th>Server</th><th>IP</th><th>Použití</th></tr>"
        "<tr><td>web-1</td><td>203.0.113.21</td><td>produkce</td></tr>"
        "<tr><td>web-2</td><td>203.0.113.22</td><td>produkce</td></tr>"
        "<tr><td>stage</td><td>203.0.113.29</td><td>test</td></tr></table>"
        "<div><br></div><div>Dále žádáme o povolení natáčet na krajském pracovišti ve Zlíně "
        "(redaktorka + kameraman).</div><div><br></div>"
        "<div>Kontakt: Eva Machalová, 605 338 190</div><div><br></div>"
        '<div>S pozdravem</div><div>Eva Machalová</div><div><span style="color:#888">'
        "zástupkyně šéfredaktora | Zlínské listy</span></div></div>\n",
    },
    {
        "id": "cg020-outlook-reply-adds-ico-contact",
        "description": "Outlook top-post answering the office: adds the IČO and names a colleague "
        "as the contact; below it the office's request with its IČO, box ID and phone, and "
        "the original application with the addresses",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Ostravský večerník a.s.",
            I20,
            None,
            ["198.18.40.1", "198.18.40.2"],
            ["198.18.40.9"],
            "Jakub Šťastný",
            "stastny@ostravskyvecernik.example",
            "+420736218404",
        ),
        "from": "Pilařová Renata <pilarova@ostravskyvecernik.example>",
        "subject": "RE: Žádost o přístup k XML - doplnění",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": "Dobrý den,\n\n"
        "IČO naší společnosti je " + I20 + ", kontaktní osobou bude kolega Jakub Šťastný "
        "(stastny@ostravskyvecernik.example, 736 218 404). Ostatní údaje platí.\n\n"
        "S pozdravem\nRenata Pilařová\nOstravský večerník a.s.\n\n"
        "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
        "Sent: Wednesday, September 10, 2025 8:41 AM\n"
        "To: Pilařová Renata <pilarova@ostravskyvecernik.example>\n"
        "Subject: RE: Žádost o přístup k XML\n\n"
        "Dobrý den,\n"
        "k Vaší žádosti prosíme doplnit IČO žadatele a kontaktní osobu (jméno, e-mail, "
        "telefon).\n\n"
        "S pozdravem\nPodatelna\nČeský statistický úřad, IČO 00025593, datová schránka "
        "2gfaasy\ntel. +420 274 052 733\n\n"
        "From: Pilařová Renata\n"
        "Sent: Tuesday, September 9, 2025 3:05 PM\n"
        "To: podatelna@czso.cz\n"
        "Subject: Žádost o přístup k XML\n\n"
        "Dobrý den,\nžádáme o přístup k XML výsledkům pro Ostravský večerník a.s.\n"
        "produkce 198.18.40.1, 198.18.40.2\ntest 198.18.40.9\n\nRenata Pilařová\n",
    },
    {
        "id": "cg021-iphone-self-correction",
        "description": "phone note without diacritics that corrects its second production "
        "address two lines later ('neni 8 ale …9')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brnensky Metropolitan s.r.o.",
            I21,
            None,
            ["203.0.113.7", "203.0.113.9"],
            ["203.0.113.15"],
            "Filip Urban",
            "urban@brnenskymetropolitan.example",
            "+420777605312",
        ),
        "from": "Filip Urban <urban@brnenskymetropolitan.example>",
        "subject": "zadost xml",
        "headers": IPHONE,
        "body": "Dobry den,\n"
        "za Brnensky Metropolitan s.r.o. zadam o xml vysledky. ICO " + I21 + "\n"
        "prod: 203.0.113.7, 203.0.113.8\n"
        "test 203.0.113.15\n\n"
        "jejda, ta druha produkcni neni 8 ale 203.0.113.9, sorry\n\n"
        "kontakt Filip Urban 777 605 312\n\n"
        "Odeslano z iPhonu\n",
    },
    {
        "id": "cg022-forward-eml-new-contact",
        "description": "the editor forwards her IT colleague's application as an attached .eml "
        "and names herself as the contact instead of him",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Prácheňské zprávy s.r.o.",
            I22,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Alžběta Krejčí",
            "krejci@prachenskezpravy.example",
            "+420606417220",
        ),
        "from": "Alžběta Krejčí <krejci@prachenskezpravy.example>",
        "subject": "Fwd: text pro ČSÚ",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost, kterou připravil náš IT kolega Ondra Beran (viz příloha). "
        "Kontaktní osobou ale budu já – Alžběta Krejčí, krejci@prachenskezpravy.example, "
        "606 417 220 – Ondra bude od října na rodičovské.\n\n"
        "S pozdravem\nAlžběta Krejčí\nšéfredaktorka\n",
        "attachments": [
            (
                "eml",
                "text pro CSU.eml",
                {
                    "id": "cg022-inner",
                    "from": "Ondřej Beran <beran@prachenskezpravy.example>",
                    "to": "krejci@prachenskezpravy.example",
                    "subject": "text pro ČSÚ",
                    "headers": TBIRD,
                    "body": "Alžběto, tady je text pro ČSÚ, stačí přeposlat:\n\n"
                    "Prácheňské zprávy s.r.o., IČO " + I22 + ", žádají o přístup k XML "
                    "výsledkům voleb. Produkční IP 198.51.100.120 a 198.51.100.121, testovací "
                    "198.51.100.125. Kontakt Ondřej Beran, 731 008 925.\n\nO.\n",
                },
            )
        ],
    },
    {
        "id": "cg023-smime-university-faculty",
        "description": "S/MIME-signed Outlook mail from a faculty's student TV: the university "
        "(with ', veřejná vysoká škola') applies; the signature names the dean and the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Polabská univerzita v Nymburce, veřejná vysoká škola",
            I23,
            None,
            ["198.51.100.230", "198.51.100.231"],
            ["2001:db8:ff0::30"],
            "Lukáš Vaněk",
            "lukas.vanek@polabskauni.example",
            "+420325601884",
        ),
        "from": "Vaněk Lukáš <lukas.vanek@polabskauni.example>",
        "subject": "Žádost FMS – studentská televize UniTV – volby",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Dobrý den,\n\n"
        "Fakulta mediálních studií naší univerzity provozuje studentskou televizi UniTV, "
        "která bude volby zpracovávat živě. Žádáme proto o přístup k výsledkům na "
        "dedikovaném serveru (produkční IP 198.51.100.230 a 198.51.100.231, testovací "
        "2001:db8:ff0::30) a o povolení natáčet na pracovišti ČSÚ v Praze.\n\n"
        "Kontaktní osobou je níže podepsaný, žádost schválila paní děkanka.\n\n"
        "S pozdravem\n\n"
        "PhDr. Lukáš Vaněk, Ph.D.\nvedoucí UniTV | tel. 325 601 884\n"
        "doc. Mgr. Irena Soukupová, Ph.D., děkanka FMS\n\n"
        "Polabská univerzita v Nymburce, veřejná vysoká škola\n"
        "Fakulta mediálních studií | Palackého 8, 288 02 Nymburk | IČO " + I23 + "\n",
    },
    {
        "id": "cg024-hungarian-english-ipv6",
        "description": "Hungarian publisher writing English: the portal and its publisher both "
        "named, two IPv6 production addresses, the contact written surname first (+36)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunaparti Média Kft.",
            None,
            None,
            ["2001:db8:36::1", "2001:db8:36::2"],
            ["203.0.113.180"],
            "Szabó Levente",
            "szabo.levente@dunapartimedia.example",
            "+36304127785",
        ),
        "from": "Szabó Levente <szabo.levente@dunapartimedia.example>",
        "subject": "Access to election results XML - Dunaparti Hírek",
        "headers": TBIRD,
        "body": "Dear Colleagues,\n\n"
        "our news portal Dunaparti Hírek (publisher: Dunaparti Média Kft., Győr) would like "
        "to receive the live results of the Czech parliamentary election from your XML "
        "server.\n\n"
        "Production: 2001:db8:36::1 and 2001:db8:36::2\n"
        "Test: 203.0.113.180\n\n"
        "Contact person: Szabó Levente (data editor), szabo.levente@dunapartimedia.example, "
        "+36 30 412 7785\n\n"
        "Best regards,\nSzabó Levente\n",
    },
    {
        "id": "cg025-databox-natural-person-odt",
        "description": "data message from a natural person in business (box type 40) whose ODT "
        "names him joined by a dash to his trade name; filming only, the feed declined",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Jan Beneš – Svitavský videožurnál",
            I25,
            "v9ksq2a",
            [],
            [],
            "Jan Beneš",
            "benes@svitavskyvideo.example",
            "+420732115906",
        ),
        "databox": box("v9ksq2a", "Jan Beneš", "Palackého 14, 568 02 Svitavy", 40),
        "subject": "povolení natáčení",
        "attachments": [
            (
                "odt",
                "zadost_nataceni.odt",
                [
                    "Jan Beneš – Svitavský videožurnál, IČO " + I25 + ", Palackého 14, Svitavy",
                    "Žádám o povolení natáčet na pracovišti ČSÚ v Pardubicích v den voleb "
                    "(jeden kameraman, bez světel).",
                    "O přístup k XML výsledkům nežádám.",
                    [
                        ["Kontakt", "Jan Beneš"],
                        ["E-mail", "benes@svitavskyvideo.example"],
                        ["Mobil", "732 115 906"],
                    ],
                    "Ve Svitavách 5. 9. 2025, Jan Beneš",
                ],
            )
        ],
    },
    {
        "id": "cg026-samsung-spaces-for-dots",
        "description": "the phone keyboard left spaces instead of dots in the addresses "
        "('198 51 100 33'); no diacritics, the IČO added as an afterthought",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Kutnohorsky denik s.r.o.",
            I26,
            None,
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.38"],
            "Vera Stankova",
            "stankova@kutnohorskydenik.example",
            "+420603445127",
        ),
        "from": "Vera Stankova <stankova@kutnohorskydenik.example>",
        "subject": "ip pro xml",
        "headers": SAMSUNG,
        "body": "dobry den, za Kutnohorsky denik s.r.o. posilam ip pro xml vysledky: "
        "produkce 198 51 100 33 a 198 51 100 34, test 198 51 100 38 (tecky mi telefon "
        "nejak nebere). kontakt Vera Stankova 603 445 127, stankova@kutnohorskydenik.example\n"
        "jo a ICO " + I26 + "\n\n"
        "Odesláno z mého Galaxy\n",
    },
    {
        "id": "cg027-outlook-chatty-old-addresses",
        "description": "chatty Outlook mail (text and HTML, base64): last year's addresses said "
        "to be no longer valid, filming declined in a joke, the contact signs with a nickname",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Nymburský kurýr, s.r.o.",
            I27,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Jan Štěpánek",
            "stepanek@nymburskykuryr.example",
            "+420775204911",
        ),
        "from": "Jan Štěpánek <stepanek@nymburskykuryr.example>",
        "subject": "zase volby :)",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": "Dobrý den,\n\n"
        "tak zase po roce :-) Minule to fungovalo skvěle, díky moc! Letos bychom chtěli "
        "totéž, jen jsme mezitím změnili hosting, takže staré adresy (198.51.100.14 a .15) "
        "už neplatí. Nové: 203.0.113.120 a 203.0.113.121 produkce, testovací 203.0.113.125.\n"
        "Natáčet letos nebudeme, kolegové od videa mají jiné starosti :)\n"
        "Kontakt zůstává stejný – já, tel. 775 204 911.\n\n"
        "Mějte se,\nHonza\n\n"
        "Jan Štěpánek | vedoucí digitálu | Nymburský kurýr, s.r.o. | IČO " + I27 + "\n",
        "html": "<html><body><p>Dobrý den,</p><p>tak zase po roce :-) Minule to fungovalo "
        "skvěle, díky moc! Letos bychom chtěli totéž, jen jsme mezitím změnili hosting, takže "
        "staré adresy (198.51.100.14 a .15) už neplatí. Nové: 203.0.113.120 a 203.0.113.121 "
        "produkce, testovací 203.0.113.125.<br>Natáčet letos nebudeme, kolegové od videa "
        "mají jiné starosti :)<br>Kontakt zůstává stejný – já, tel. 775 204 911.</p>"
        '<p>Mějte se,<br>Honza</p><p style="color:#1F3864"><b>Jan Štěpánek</b> | vedoucí '
        "digitálu | Nymburský kurýr, s.r.o. | IČO " + I27 + "</p></body></html>",
    },
    {
        "id": "cg028-german-english-html-no-test",
        "description": "German publisher writing English in an HTML-only table: three "
        "production addresses, no test environment, a +49 office line",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rheinblick Digital GmbH",
            None,
            None,
            ["198.18.100.1", "198.18.100.2", "198.18.100.3"],
            [],
            "Julia Hoffmann",
            "j.hoffmann@rheinblick.example",
            "+492219937415",
        ),
        "from": "Julia Hoffmann <j.hoffmann@rheinblick.example>",
        "subject": "Request for access to the election results server",
        "headers": OUTLOOK,
        "html": '<html><head><meta charset="utf-8"></head><body style="font-family:Arial">'
        "<p>Dear Sir or Madam,</p><p>Rheinblick Digital GmbH (Cologne) requests access to the "
        "XML results feed for the Czech parliamentary election. We do not operate a separate "
        "test environment.</p>"
        '<table border="1" cellspacing="0" cellpadding="3">'
        "<tr><td><b>Applicant</b></td><td>Rheinblick Digital GmbH</td></tr>"
        "<tr><td><b>Production IPs</b></td><td>198.18.100.1<br>198.18.100.2<br>198.18.100.3"
        "</td></tr>"
        "<tr><td><b>Contact</b></td><td>Julia Hoffmann, Head of Data Journalism</td></tr>"
        "<tr><td><b>E-mail</b></td><td>j.hoffmann@rheinblick.example</td></tr>"
        "<tr><td><b>Phone</b></td><td>+49 221 9937 415</td></tr></table>"
        "<p>Thank you in advance.</p><p>Best regards<br>Julia Hoffmann</p></body></html>",
    },
]
