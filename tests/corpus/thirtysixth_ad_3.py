"""Thirty-sixth held-out part ``ad``, cases ad029–ad042: a British outlet with a crew list in a
PDF, an IT contractor writing for a publisher, a contact replaced later in the mail, a data
message whose letter prints the office's own identifiers, a dictated iPhone note, an English
'respectively', an HTML table with a spanning role cell, a reply to the office's query whose
quoted instructions hold an example address, a Slovak TXT form, an ODT data message, a French
radio with a backup server, a mayor's phone note, a surname-only contact with a box ID in the
signature and a forward of the applicant's own application correcting it under the office's
quoted auto-reply. Written by hand apart from the extraction rules (see make_thirtysixth_ad);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysixth_ad_common import (
    APPLE,
    BOTH,
    CLAWS,
    FEED,
    GMAIL,
    IPHONE,
    OE,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    YAHOO,
    L,
    Style,
    ico,
)

I30, I30X, I31, I32 = ico("2819407"), ico("0732915"), ico("4618250"), ico("2495316")
I33, I34, I35, I36 = ico("0367148"), ico("0854271"), ico("2706593"), ico("0542687")
I37, I38, I40, I41 = ico("3615094"), ico("2926731"), ico("0028895"), ico("2481065")
I42 = ico("6097132")

CASES: list[dict[str, Any]] = [
    {
        "id": "ad029-yahoo-british-crew-pdf",
        "description": "British outlet via Yahoo Mail asks for both; the attached PDF is only "
        "the crew list with passport numbers; no IČO, a UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            BOTH,
            "Northgate Wire Ltd",
            None,
            None,
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Oliver Pratt",
            "oliver.pratt@northgatewire.example",
            "+447700900412",
        ),
        "from": "Oliver Pratt <oliver.pratt@northgatewire.example>",
        "subject": "Press accreditation + results feed, Czech general election",
        "headers": YAHOO,
        "body": (
            "Hi there,\n\n"
            "Northgate Wire Ltd (a small London news wire, company no. 09182736) would like "
            "to (a) pull the live results XML and (b) bring a two-person crew to film at "
            "one of your collection points in Prague on the night. Crew details attached.\n\n"
            "For the feed: live box 203.0.113.88, test box 203.0.113.89.\n\n"
            "Point of contact for both: me, Oliver Pratt, +44 7700 900412.\n\n"
            "Cheers,\nOllie\n\nSent from Yahoo Mail for iPhone\n"
        ),
        "attachments": [
            (
                "pdf",
                "crew_list.pdf",
                [
                    "Northgate Wire Ltd – crew list, Czech general election 2025",
                    {
                        "rows": [
                            ["Name", "Role", "Passport"],
                            ["Oliver Pratt", "producer / reporter", "533901274"],
                            ["Sam Achebe", "camera", "548120977"],
                        ],
                        "widths": [140, 140, 120],
                    },
                ],
            )
        ],
    },
    {
        "id": "ad030-claws-contractor-ipv6",
        "description": "an IT contractor writes for the publisher (both IČOs given, the "
        "publisher applies); IPv6 and IPv4 production, an IPv6 test address",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Jihočeská obrazovka s.r.o.",
            I30,
            None,
            ["2001:db8:c0e::10", "192.0.2.160"],
            ["2001:db8:c0e::99"],
            "Štěpán Rys",
            "rys@bitwiselabs.example",
            "+420734601872",
        ),
        "from": "Stepan Rys <rys@bitwiselabs.example>",
        "subject": "Pristup k XML vysledkum pro Jihoceskou obrazovku",
        "headers": CLAWS,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "píšu jménem vydavatelství Jihočeská obrazovka s.r.o. (IČO "
            f"{I30}), pro které jako externí dodavatel (Bitwise Labs s.r.o., IČO {I30X}) "
            "provozujeme web a volební aplikaci. Žadatelem je vydavatelství, plná moc "
            "jednatele je k dispozici na vyžádání.\n\n"
            "prod:\n"
            "  2001:db8:c0e::10\n"
            "  192.0.2.160\n"
            "test:\n"
            "  2001:db8:c0e::99\n\n"
            "Technickou kontaktní osobou jsem já.\n\n"
            "--\n"
            "Štěpán Rys\n"
            "Bitwise Labs s.r.o. | +420 734 601 872 | rys@bitwiselabs.example\n"
        ),
    },
    {
        "id": "ad031-oe-cp1250-contact-replaced",
        "description": "Outlook Express in windows-1250; the contact named first is replaced "
        "later in the mail by a colleague with her own phone and e-mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Slovácké noviny, spol. s r. o.",
            I31,
            None,
            ["198.51.100.72"],
            ["198.51.100.73"],
            "Eva Pešková",
            "peskova@slovackenoviny.example",
            "+420572633019",
        ),
        "from": "Jan Hrabal <hrabal@slovackenoviny.example>",
        "subject": "zadost o pristup k vysledkum voleb",
        "headers": OE,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "Slovácké noviny, spol. s r. o., IČ "
            f"{I31}, žádají o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkční IP: 198.51.100.72\n"
            "Testovací IP: 198.51.100.73\n"
            "Kontaktní osoba: Jan Hrabal, 572 633 010, hrabal@slovackenoviny.example\n\n"
            "Ještě oprava ke kontaktu: od října jsem na dlouhodobé dovolené, kontaktní "
            "osobou proto bude kolegyně Eva Pešková, tel. 572 633 019, "
            "peskova@slovackenoviny.example. Na mě se prosím už neobracejte.\n\n"
            "Jan Hrabal\n"
        ),
    },
    {
        "id": "ad032-databox-docx-office-ids-both",
        "description": "data message with a DOCX letter whose address block carries the "
        "office's IČO and box; the applicant asks for feed and filming",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Plzeňský rozhlas a televize, a.s.",
            I32,
            "w9hm3ra",
            ["203.0.113.110"],
            ["203.0.113.118"],
            "Lucie Benešová",
            "benesova@prtv.example",
            "+420377450982",
        ),
        "subject": "Žádost – XML výsledky a natáčení",
        "databox": {
            "box": "w9hm3ra",
            "sender": "Plzeňský rozhlas a televize, a.s.",
            "address": "Americká 44, 301 00 Plzeň",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "header": "Plzeňský rozhlas a televize, a.s., Americká 44, 301 00 Plzeň",
                    "blocks": [
                        "Adresát: Český statistický úřad, IČO 00025593, ID datové schránky 2gfaasy",
                        "V Plzni dne 11. 9. 2025",
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        f"Plzeňský rozhlas a televize, a.s., IČO {I32}, ID DS w9hm3ra, žádá o:",
                        "1. přístup k serveru s výsledky ve formátu XML z produkční adresy "
                        "203.0.113.110 a testovací adresy 203.0.113.118;",
                        "2. povolení natáčet na sběrném místě v Plzni ve volební noci.",
                        "Kontaktní osoba: Lucie Benešová, benesova@prtv.example, tel. 377 450 982.",
                        "Mgr. Tomáš Vrba, člen představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "ad033-iphone-dictated-run-on",
        "description": "an iPhone note dictated by voice: one run-on sentence without commas, "
        "numbers as digits, IČO after 'ičo je'",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Kladenský expres s.r.o.",
            I33,
            None,
            ["192.0.2.99"],
            ["192.0.2.98"],
            "Martin Vojáček",
            "vojacek@kladenskyexpres.example",
            "+420722015893",
        ),
        "from": "Martin Vojáček <vojacek@kladenskyexpres.example>",
        "subject": "Žádost o XML",
        "headers": IPHONE,
        "body": (
            "Dobrý den prosím o přístup k výsledkům voleb v XML pro Kladenský expres s.r.o. "
            f"ičo je {I33} produkční server má adresu 192.0.2.99 a testovací 192.0.2.98 "
            "kontakt jsem já Martin Vojáček telefon 722 015 893 děkuji\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ad034-english-respectively-slash",
        "description": "a foreign developer of a Czech start-up writes English; roles given as "
        "'prod / test respectively' over a slash-separated pair",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mapiq s.r.o.",
            I34,
            None,
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Arjun Mehta",
            "arjun@mapiq.example",
            "+420603772418",
        ),
        "from": "Arjun Mehta <arjun@mapiq.example>",
        "subject": "XML results access - Mapiq",
        "headers": ROUNDCUBE,
        "body": (
            "Hello,\n\n"
            "I'm the backend developer at Mapiq s.r.o. (Czech company, IČO "
            f"{I34}), we build the interactive election map for several regional sites.\n\n"
            "IPs (prod / test respectively): 198.51.100.120 / 198.51.100.121\n\n"
            "Contact: Arjun Mehta, +420 603 772 418 (I speak English only, my colleague "
            "Lenka can help in Czech if needed).\n\n"
            "Thanks a lot!\nArjun\n"
        ),
    },
    {
        "id": "ad035-roundcube-html-rowspan",
        "description": "HTML-only webmail table where one 'Produkce' cell spans two address rows "
        "and a 'Test' row follows",
        "style": Style.HTML_ONLY,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj, z. ú.",
            I35,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Petra Nosková",
            "noskova@libzpravodaj.example",
            "+420485109337",
        ),
        "from": "Petra Nosková <noskova@libzpravodaj.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "headers": ROUNDCUBE,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=UTF-8"></head><body style="font-size:10pt;font-family:Verdana">'
            "<p>Dobrý den,</p><p>Liberecký zpravodaj, z. ú., IČO "
            f"{I35}, žádá o přístup k výsledkům voleb ve formátu XML.</p>"
            '<table border="1" cellpadding="3">'
            '<tr><td rowspan="2"><b>Produkce</b></td><td>203.0.113.150</td></tr>'
            "<tr><td>203.0.113.151</td></tr>"
            "<tr><td><b>Test</b></td><td>203.0.113.160</td></tr></table>"
            "<p>Kontaktní osoba: Petra Nosková, 485&nbsp;109&nbsp;337</p>"
            '<div id="signature">-- <br>Petra Nosková<br>Liberecký zpravodaj, z. ú.<br>'
            "Sokolská 12, 460 01 Liberec</div></body></html>"
        ),
    },
    {
        "id": "ad036-reply-office-example-address",
        "description": "reply adding a test address to the office's query; the office's quoted "
        "instructions hold an example address and its phone; production from the "
        "applicant's own quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Pražský kurýr, z. ú.",
            I36,
            None,
            ["203.0.113.96"],
            ["203.0.113.97"],
            "Jindřich Kalina",
            "kalina@prazskykuryr.example",
            "+420605330174",
        ),
        "from": "Jindřich Kalina <kalina@prazskykuryr.example>",
        "subject": "Re: Doplnění žádosti – testovací adresa",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "testovací adresa bude 203.0.113.97. Produkční zůstává, jak jsem psal "
            "původně (viz níže).\n\n"
            "Díky\nJindřich Kalina\n\n"
            "po 15. 9. 2025 v 11:02 odesílatel <podatelna@czso.cz> napsal:\n"
            "> Dobrý den,\n"
            "> uveďte prosím, zda budete používat i testovací adresu (ve tvaru např.\n"
            "> 192.0.2.1). Pokud ne, napište to výslovně.\n"
            "> Podatelna ČSÚ, tel. 274 052 733\n"
            ">\n"
            "> > Dobrý den,\n"
            f"> > Pražský kurýr, z. ú., IČO {I36}, žádá o přístup k XML výsledkům.\n"
            "> > Produkční IP: 203.0.113.96\n"
            "> > Kontakt: Jindřich Kalina, 605 330 174\n"
        ),
    },
    {
        "id": "ad037-slovak-txt-form-ano-nie",
        "description": "Slovak TV sends a plain-text form as a TXT attachment: 'áno' for the "
        "feed, 'nie' for filming; the mail body only introduces it",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "TV Považie, s.r.o.",
            I37,
            None,
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.235"],
            "Zuzana Kováčiková",
            "kovacikova@tvpovazie.example",
            "+421424400718",
        ),
        "from": "Zuzana Kováčiková <kovacikova@tvpovazie.example>",
        "subject": "ziadost - vysledky volieb CR",
        "headers": TBIRD,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam vyplnenú žiadosť.\n\n"
            "S pozdravom\nZuzana Kováčiková\nTV Považie\n"
        ),
        "attachments": [
            (
                "txt",
                "ziadost_volby.txt",
                "ŽIADOSŤ – VOĽBY DO POSLANECKEJ SNEMOVNE ČR\n"
                "==========================================\n"
                "Žiadateľ:              TV Považie, s.r.o.\n"
                f"IČO:                   {I37}\n"
                "Prístup k XML:         áno\n"
                "Povolenie na nakrúcanie: nie\n"
                "Produkčné IP:          192.0.2.230, 192.0.2.231\n"
                "Testovacie IP:         192.0.2.235\n"
                "Kontaktná osoba:       Zuzana Kováčiková\n"
                "Telefón:               +421 42 440 0718\n"
                "E-mail:                kovacikova@tvpovazie.example\n",
            )
        ],
    },
    {
        "id": "ad038-databox-odt-both-annotation-types",
        "description": "data message: the annotation names both requests, the ODT gives the "
        "addresses in a role table and the contact",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Orlický týdeník s.r.o.",
            I38,
            "h5rx7qm",
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.189"],
            "Igor Matějka",
            "matejka@orlickytydenik.example",
            "+420494320661",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb a o povolení natáčení",
        "databox": {
            "box": "h5rx7qm",
            "sender": "Orlický týdeník s.r.o.",
            "address": "Komenského 80, 516 01 Rychnov nad Kněžnou",
        },
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    f"Orlický týdeník s.r.o., IČO {I38}",
                    "Žádáme o přístup k výsledkům voleb (XML) a o povolení natáčet na "
                    "sběrném místě v Rychnově nad Kněžnou.",
                    [
                        ["Role", "IP adresa"],
                        ["hlavní (produkce)", "198.51.100.180"],
                        ["záložní", "198.51.100.181"],
                        ["testovací", "198.51.100.189"],
                    ],
                    "Kontakt: Igor Matějka, matejka@orlickytydenik.example, 494 320 661",
                ],
            )
        ],
    },
    {
        "id": "ad039-french-radio-backup",
        "description": "French radio writing English; primary and backup servers (both "
        "production), no test system, filming declined; a French number, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Lumière Europe SAS",
            None,
            None,
            ["192.0.2.241", "192.0.2.242"],
            [],
            "Julien Marchand",
            "j.marchand@radiolumiere.example",
            "+33142687315",
        ),
        "from": "Julien Marchand <j.marchand@radiolumiere.example>",
        "subject": "Demande / request - election results XML",
        "headers": APPLE,
        "body": (
            "Bonjour, hello,\n\n"
            "Radio Lumière Europe SAS (Paris) would like access to the XML feed of the "
            "Czech election results.\n\n"
            "Primary server: 192.0.2.241\n"
            "Backup server: 192.0.2.242\n"
            "We do not have a test system.\n\n"
            "We will not film at your collection points, our correspondent works from "
            "the studio, so no filming permission is needed.\n\n"
            "Contact: Julien Marchand, +33 1 42 68 73 15\n\n"
            "Merci beaucoup / many thanks,\nJulien Marchand\nRadio Lumière Europe\n"
        ),
    },
    {
        "id": "ad040-seznam-mayor-phone-note",
        "description": "a mayor's two-line note from the Seznam app: only a production address, "
        "IČO written 'IČ', phone with +420 and no spaces",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Obec Kněžice",
            I40,
            None,
            ["198.51.100.5"],
            [],
            "Josef Hladík",
            "starosta@obecknezice.example",
            "+420724109388",
        ),
        "from": "Josef Hladík <starosta@obecknezice.example>",
        "subject": "volby",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobry den, obec Kněžice (IČ "
            f"{I40}) by chtela vysledky do XML na obecni web, adresa serveru "
            "198.51.100.5. Josef Hladík starosta +420724109388\n\n"
            "Odesláno z aplikace Seznam Email\n"
        ),
    },
    {
        "id": "ad041-apple-html-surname-contact-box",
        "description": "Apple Mail text and HTML; the contact named only by surname ('paní "
        "Šimková'), the publisher's data-box ID in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Krušnohorské noviny a.s.",
            I41,
            "5tnwy3r",
            ["203.0.113.230"],
            ["203.0.113.231"],
            "Šimková",
            "simkova@krusnohorske.example",
            "+420474118265",
        ),
        "from": "Vladimír Řezníček <reznicek@krusnohorske.example>",
        "subject": "Přístup k XML – Krušnohorské noviny",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "rádi bychom požádali o přístup k XML s výsledky voleb. Produkční IP "
            "203.0.113.230, testovací 203.0.113.231.\n\n"
            "Technické věci za nás řeší paní Šimková z IT, simkova@krusnohorske.example, "
            "474 118 265 – prosím obracejte se na ni.\n\n"
            "S pozdravem\n"
            "Vladimír Řezníček\nšéfredaktor\n"
            "Krušnohorské noviny a.s. | Chomutov\n"
            f"IČO {I41} | ID datové schránky: 5tnwy3r\n"
        ),
        "html": (
            '<html><body style="word-wrap: break-word;"><div>Dobrý den,</div><br>'
            "<div>rádi bychom požádali o přístup k XML s výsledky voleb. Produkční IP "
            "203.0.113.230, testovací 203.0.113.231.</div><br>"
            "<div>Technické věci za nás řeší paní Šimková z IT, "
            '<a href="mailto:simkova@krusnohorske.example">simkova@krusnohorske.example</a>, '
            "474 118 265 – prosím obracejte se na ni.</div><br>"
            "<div>S pozdravem</div><div><b>Vladimír Řezníček</b><br>šéfredaktor<br>"
            "Krušnohorské noviny a.s. | Chomutov<br>"
            f"IČO {I41} | ID datové schránky: 5tnwy3r</div></body></html>"
        ),
    },
    {
        "id": "ad042-forward-own-with-autoreply-correction",
        "description": "the applicant forwards its own application with the office's quoted "
        "auto-reply (reference number, IČO, box) and corrects the test address above it",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Středočeský hlasatel s.r.o.",
            I42,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.156"],
            "Renata Bartošová",
            "bartosova@schlasatel.example",
            "+420721338407",
        ),
        "from": "Renata Bartošová <bartosova@schlasatel.example>",
        "subject": "Fwd: Automatická odpověď: Žádost o přístup k XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám naši včerejší žádost s jednou opravou: testovací adresa už "
            "nebude 192.0.2.155, ale 192.0.2.156 (stroj jsme mezitím vyměnili). Ostatní "
            "platí beze změny.\n\n"
            "Renata Bartošová\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: Automatická odpověď: Žádost o přístup k XML\n"
            "Datum: Tue, 16 Sep 2025 08:12:40 +0200\n"
            "Od: podatelna@czso.cz\n"
            "Komu: bartosova@schlasatel.example\n\n"
            "Vaše zpráva byla přijata elektronickou podatelnou Českého statistického "
            "úřadu (IČO 00025593, ID DS 2gfaasy) a zaevidována pod č. j. "
            "CSU-041877/2025-12.\n\n"
            "> Dobrý den,\n"
            f"> Středočeský hlasatel s.r.o. (IČO {I42}) žádá o přístup k XML výsledkům.\n"
            "> Produkce: 192.0.2.150, 192.0.2.151\n"
            "> Test: 192.0.2.155\n"
            "> Kontakt: Renata Bartošová, 721 338 407, bartosova@schlasatel.example\n"
        ),
    },
]
