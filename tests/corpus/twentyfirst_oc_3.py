"""Twentyfirst held-out part ``oc``, cases oc029–oc042: a Ukrainian outlet's terse English on
IPv6, a Danish daily, a phone note that leaves filming for a later election, a freelancer's data
message from her own box with a text file, an HTML table with ano/ne and PROD/TST, a correction
of one address, an agency giving roles with 'resp.', a temporary test machine and an internal
host, a Slovak television writing Slovak, a student association abbreviating last octets, a
municipality's data message with a DOCX asking only to film, a Finnish paper with a test /30, a
British outlet declining recording, and a mail that withdraws the feed altogether. Written by
hand apart from the extraction rules (see make_twentyfirst_oc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfirst_oc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I31, I33, I34, I35, I36 = (
    ico("0614382"),
    ico("2773150"),
    ico("4390217"),
    ico("0862941"),
    ico("2547096"),
)
I38, I39, I42 = ico("2290716"), ico("0029831"), ico("0579360")
I37 = ico("3652108")

CASES: list[dict[str, Any]] = [
    {
        "id": "oc029-ukrainian-outlet-terse-ipv6",
        "description": "Ukrainian outlet's terse English note: one IPv6 production address, "
        "no test, Ukrainian phone",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Dnipro Daily LLC",
            None,
            None,
            ["2001:db8:c0de::25"],
            [],
            "Iryna Tkachenko",
            "i.tkachenko@dniprodaily.example",
            "+380673420915",
        ),
        "from": "Iryna Tkachenko <i.tkachenko@dniprodaily.example>",
        "subject": "xml feed request",
        "headers": GMAIL,
        "body": (
            "Hi, Dnipro Daily LLC (Kyiv) asks for access to election XML.\n"
            "prod: 2001:db8:c0de::25 (v6 only). no test.\n"
            "Iryna Tkachenko, +380 67 342 0915\n"
        ),
    },
    {
        "id": "oc030-danish-daily",
        "description": "Danish daily writing Danish: 'produktion' two addresses joined by 'og', "
        "'test' one; recording 'ikke nødvendig'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Fynske Nyheder A/S",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.129"],
            "Mette Kjærgaard",
            "mk@fynskenyheder.example",
            "+4566134220",
        ),
        "from": "Mette Kjærgaard <mk@fynskenyheder.example>",
        "subject": "Anmodning om adgang til valgresultater (XML)",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Kære ČSÚ,\n\n"
            "Fynske Nyheder A/S (CVR 27 41 53 80) anmoder om adgang til jeres XML-server med "
            "valgresultater til det tjekkiske parlamentsvalg.\n\n"
            "Produktion: 203.0.113.120 og 203.0.113.121\n"
            "Test: 203.0.113.129\n"
            "Optagelse/filmtilladelse: ikke nødvendig.\n\n"
            "Kontaktperson: Mette Kjærgaard, tlf. +45 66 13 42 20\n\n"
            "Med venlig hilsen\n"
            "Mette Kjærgaard\n"
            "Datajournalist, Fynske Nyheder A/S, Odense\n"
        ),
    },
    {
        "id": "oc031-phone-note-film-next-election",
        "description": "two lines from a phone without diacritics: feed now, filming only at "
        "the presidential election in January, so not requested",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Zurnal Hana s.r.o.",
            I31,
            None,
            ["198.51.100.90"],
            [],
            "Pavel Tuma",
            "tuma@zurnalhana.example",
            "+420739551082",
        ),
        "from": "Pavel Tuma <tuma@zurnalhana.example>",
        "subject": "pristup xml",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "dobry den, zadam o xml pro Zurnal Hana s.r.o. ic " + I31 + ", ip 198.51.100.90. "
            "natacet budeme chtit az na prezidentske volby v lednu, ted jen xml.\n"
            "Tuma 739551082\n"
        ),
    },
    {
        "id": "oc032-freelancer-databox-txt",
        "description": "freelance photographer's data message from her personal box: a text "
        "file asks only to take photos and record at a collection point",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Lenka Staňková",
            None,
            "f9pz2ke",
            [],
            [],
            "Lenka Staňková",
            "lenka@stankova-foto.example",
            "+420702315846",
        ),
        "subject": "Žádost o povolení pořizovat záznam – volby do PS",
        "databox": {
            "box": "f9pz2ke",
            "sender": "Lenka Staňková",
            "address": "Úvoz 9, 602 00 Brno",
            "type": 40,
        },
        "attachments": [
            (
                "txt",
                "zadost_natáčení.txt",
                "Český statistický úřad\n\n"
                "Jsem fotografka a kameramanka na volné noze (spolupracuji s několika "
                "regionálními weby, žádný z nich mě ale nezastupuje). Žádám o povolení "
                "fotografovat a pořizovat videozáznam na sběrném místě ČSÚ v Brně "
                "v sobotu 4. 10. 2025 od 14 do 17 hodin.\n\n"
                "Přístup k datům ve formátu XML nepotřebuji.\n\n"
                "Spojení: 702 315 846, lenka@stankova-foto.example\n\n"
                "Lenka Staňková\n",
            )
        ],
    },
    {
        "id": "oc033-html-table-ano-ne-prod-tst",
        "description": "HTML-only Outlook mail mixing Czech and English: request types with "
        "ano/ne, address roles abbreviated PROD/TST in a column",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Metro Media Group a.s.",
            I33,
            None,
            ["192.0.2.61", "192.0.2.62", "192.0.2.63"],
            ["192.0.2.70"],
            "Robert Kadlec",
            "robert.kadlec@metromg.example",
            "+420222741665",
        ),
        "from": "Robert Kadlec <robert.kadlec@metromg.example>",
        "subject": "Election XML access / přístup k XML",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Dobrý den / Hello,</p>"
            "<p>please find our request below / posíláme žádost:</p>"
            '<table border="1" cellpadding="3">'
            "<tr><td><b>Applicant / Žadatel</b></td><td>Metro Media Group a.s.</td></tr>"
            "<tr><td><b>IČO</b></td><td>" + I33 + "</td></tr>"
            "<tr><td>XML feed access</td><td>ANO</td></tr>"
            "<tr><td>Recording permit / natáčení</td><td>NE</td></tr></table><br>"
            '<table border="1" cellpadding="3">'
            "<tr><th>Host</th><th>IP</th><th>Role</th></tr>"
            "<tr><td>ingest-a</td><td>192.0.2.61</td><td>PROD</td></tr>"
            "<tr><td>ingest-b</td><td>192.0.2.62</td><td>PROD</td></tr>"
            "<tr><td>ingest-c</td><td>192.0.2.63</td><td>PROD</td></tr>"
            "<tr><td>stage-1</td><td>192.0.2.70</td><td>TST</td></tr></table>"
            "<p>Contact: Robert Kadlec, Head of Platform, +420 222 741 665</p>"
            "<p>Thanks,<br>Robert</p></body></html>"
        ),
    },
    {
        "id": "oc034-correction-one-address",
        "description": "the writer corrects a mistyped production address further down in the "
        "same mail; only the corrected value counts",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Ostravské listy s.r.o.",
            I34,
            None,
            ["203.0.113.66", "203.0.113.62"],
            ["203.0.113.70"],
            "Lukáš Hrabal",
            "hrabal@ostravskelisty.example",
            "+420596412008",
        ),
        "from": "Lukáš Hrabal <hrabal@ostravskelisty.example>",
        "subject": "Žádost o přístup k XML (Ostravské listy)",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "Ostravské listy s.r.o., IČO " + I34 + ", žádají o přístup k XML s výsledky "
            "voleb.\n\n"
            "Produkční: 203.0.113.61, 203.0.113.62\n"
            "Testovací: 203.0.113.70\n\n"
            "Kontakt: Lukáš Hrabal, 596 412 008\n\n"
            "Oprava: první produkční adresa je špatně, místo 203.0.113.61 má být "
            "203.0.113.66. Omlouvám se.\n\n"
            "Lukáš Hrabal\nOstravské listy\n"
        ),
    },
    {
        "id": "oc035-agency-respectively-signature",
        "description": "press agency gives roles with 'resp.'; the signature block lists three "
        "people with numbers, the contact is named in the text",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Tisková agentura Morava, s.r.o.",
            I35,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Hedvika Zelená",
            "zelena@tamorava.example",
            "+420603448190",
        ),
        "from": "Hedvika Zelená <zelena@tamorava.example>",
        "subject": "TAM – žádost o přístup k výsledkům voleb",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "Tisková agentura Morava, s.r.o. (IČO " + I35 + ") žádá o přístup k XML "
            "s výsledky. Adresy 192.0.2.33 a 192.0.2.34 budou sloužit pro produkci, resp. "
            "pro test. Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n\n"
            "Hedvika Zelená | vedoucí zpravodajství | mobil 603 448 190\n"
            "Petr Šindelář | IT | mobil 604 112 937\n"
            "Recepce | +420 585 220 100\n"
            "Tisková agentura Morava, s.r.o., Horní nám. 5, 779 00 Olomouc\n"
        ),
    },
    {
        "id": "oc036-temporary-test-internal-host",
        "description": "a temporary test machine (only until a date) is still a test address; "
        "an internal 172.16 address and hostname are not given for access",
        "style": Style.ADDRESSES,
        "labels": L(
            [FEED],
            "Hradecký kurýr a.s.",
            I36,
            None,
            ["198.51.100.220"],
            ["198.51.100.222"],
            "Štěpán Malý",
            "maly@hradeckykuryr.example",
            "+420495117309",
        ),
        "from": "Štěpán Malý <maly@hradeckykuryr.example>",
        "subject": "IP adresy pro XML výsledky – Hradecký kurýr",
        "headers": ROUNDCUBE,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            "za Hradecký kurýr a.s. (IČO " + I36 + ") žádám o přístup k výsledkům voleb "
            "v XML.\n\n"
            "Produkce: 198.51.100.220\n"
            "Test: 198.51.100.222 – jde o dočasný stroj, který zrušíme 30. 9., po tomto datu "
            "už testovat nebudeme.\n\n"
            "Interně data dál rozesílá server feed-int.hk.local (172.16.4.20), ten ale "
            "k Vám přímo nepřistupuje.\n\n"
            "Štěpán Malý\n"
            "vedoucí IT, Hradecký kurýr a.s.\n"
            "+420 495 117 309\n"
        ),
    },
    {
        "id": "oc037-slovak-tv-both-types",
        "description": "Slovak regional TV writing Slovak: 'ostrá prevádzka' and 'testovacie "
        "prostredie', also asks to film; Slovak IČO and phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Považie, s.r.o.",
            I37,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.155"],
            "Michal Kováčik",
            "kovacik@tvpovazie.example",
            "+421424330817",
        ),
        "from": "Michal Kováčik <kovacik@tvpovazie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o nakrúcanie",
        "headers": TBIRD,
        "body": (
            "Dobrý deň,\n\n"
            "spoločnosť TV Považie, s.r.o., IČO " + I37 + ", so sídlom v Považskej Bystrici, "
            "žiada o prístup k výsledkom volieb vo formáte XML a zároveň o povolenie "
            "nakrúcať na zbernom mieste v Ostrave (redaktor a kameraman).\n\n"
            "Ostrá prevádzka: 203.0.113.150, 203.0.113.151\n"
            "Testovacie prostredie: 203.0.113.155\n\n"
            "Kontaktná osoba: Michal Kováčik, +421 42 433 0817\n\n"
            "S pozdravom\n"
            "Michal Kováčik\n"
            "šéfredaktor spravodajstva\n"
        ),
    },
    {
        "id": "oc038-student-association-last-octets",
        "description": "student association writes three addresses with abbreviated last "
        "octets ('192.0.2.90, .91 a .92'); IČO as 'IČ:'",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED],
            "Studentský spolek Kampus, z. s.",
            I38,
            None,
            ["192.0.2.90", "192.0.2.91", "192.0.2.92"],
            [],
            "Adéla Konečná",
            "adela.konecna@kampus-zs.example",
            "+420720551346",
        ),
        "from": "Adéla Konečná <adela.konecna@kampus-zs.example>",
        "subject": "Studentská televize Kampus – přístup k XML výsledkům",
        "headers": IPHONE,
        "body": (
            "Dobrý den,\n\n"
            "jsme studentský spolek, který provozuje univerzitní televizi a web Kampus. Ve "
            "volební noc vysíláme živě z fakulty a rádi bychom zobrazovali oficiální "
            "výsledky.\n\n"
            "Žadatel: Studentský spolek Kampus, z. s., IČ: " + I38 + "\n"
            "Naše servery (všechny produkční, na fakultní síti): 192.0.2.90, .91 a .92\n"
            "Testovací adresu nemáme.\n\n"
            "Kontakt: Adéla Konečná (předsedkyně spolku), 720 551 346\n\n"
            "Díky moc!\nAdéla\n"
        ),
    },
    {
        "id": "oc039-municipality-databox-docx-film",
        "description": "municipality's data message with a DOCX asking only to film; the letter "
        "has the office's box as addressee and the town's box in the footer",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FILM],
            "Obec Nová Ves u Bečvy",
            I39,
            "n4wd7rb",
            [],
            [],
            "Radka Vaňková",
            "vankova@novavesubecvy.example",
            "+420581699214",
        ),
        "subject": "Žádost o povolení natáčení – Obecní zpravodaj",
        "databox": {
            "box": "n4wd7rb",
            "sender": "Obec Nová Ves u Bečvy",
            "address": "Nová Ves u Bečvy 38, 753 01",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_natáčení_ObecNV.docx",
                {
                    "header": "Obec Nová Ves u Bečvy, IČO " + I39,
                    "footer": "ID datové schránky obce: n4wd7rb | tel. 581 699 200",
                    "blocks": [
                        "Adresát: Český statistický úřad, datová schránka 2gfaasy",
                        "Věc: žádost o povolení natáčení",
                        "Obec Nová Ves u Bečvy vydává Obecní zpravodaj a chce do něj "
                        "připravit krátkou videoreportáž o tom, jak se výsledky voleb "
                        "zpracovávají. Žádáme o povolení natáčet na sběrném místě ČSÚ "
                        "v Přerově večer 4. 10. 2025.",
                        "Přístup k XML s výsledky nepožadujeme.",
                        "Kontaktní osoba: Radka Vaňková, referentka, tel. 581 699 214, "
                        "vankova@novavesubecvy.example",
                        "Jiří Bartoš, starosta obce",
                    ],
                },
            )
        ],
    },
    {
        "id": "oc040-finnish-paper-test-block",
        "description": "Finnish paper writing English with Finnish role words: a /30 test "
        "block (four addresses) and one production address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Itä-Suomen Sanomat Oy",
            None,
            None,
            ["198.51.100.240"],
            ["198.51.100.244", "198.51.100.245", "198.51.100.246", "198.51.100.247"],
            "Antti Räsänen",
            "antti.rasanen@itasuomensanomat.example",
            "+358405128813",
        ),
        "from": "Antti Räsänen <antti.rasanen@itasuomensanomat.example>",
        "subject": "Access to Czech election results XML",
        "headers": SAMSUNG,
        "body": (
            "Hello,\n\n"
            "Itä-Suomen Sanomat Oy (Y-tunnus 0188214-3) would like access to the election "
            "results XML.\n\n"
            "tuotanto / production: 198.51.100.240\n"
            "testi / test: 198.51.100.244/30\n\n"
            "Contact: Antti Räsänen, +358 40 512 8813\n\n"
            "Kiitos,\nAntti Räsänen\nItä-Suomen Sanomat, Kuopio\n"
        ),
    },
    {
        "id": "oc041-british-outlet-declines-recording",
        "description": "British online outlet, long English letter: IPv6 and IPv4 production, "
        "no test, recording 'not needed this time (perhaps for the 2026 local elections)'",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Central Europe Monitor Ltd",
            None,
            None,
            ["2001:db8:5e::80", "203.0.113.80"],
            [],
            "Oliver Bennett",
            "oliver.bennett@cemonitor.example",
            "+442079460318",
        ),
        "from": "Oliver Bennett <oliver.bennett@cemonitor.example>",
        "subject": "Request for access to the election results feed",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Central Europe Monitor Ltd is a London-based online publication covering "
            "politics and economics in the Visegrád countries. For the forthcoming election "
            "to the Chamber of Deputies we intend to run a live results page, updated "
            "every minute, with constituency-level maps and a projection model maintained "
            "by our data team.\n\n"
            "We would therefore be grateful for access to your XML results service from "
            "the following production addresses:\n\n"
            "    2001:db8:5e::80\n"
            "    203.0.113.80\n\n"
            "We do not operate a separate test environment and will not need test "
            "access.\n\n"
            "A recording permit is not needed this time (perhaps for the 2026 local "
            "elections, in which case we will write again).\n\n"
            "Our company number is 09318844 (Companies House, England and Wales); we "
            "have no Czech registration.\n\n"
            "Please direct any questions to me: Oliver Bennett, Managing Editor, "
            "+44 20 7946 0318, oliver.bennett@cemonitor.example.\n\n"
            "Yours faithfully,\n\n"
            "Oliver Bennett\n"
            "Central Europe Monitor Ltd\n"
            "71 Great Eastern Street, London EC2A 3HU\n"
        ),
    },
    {
        "id": "oc042-withdraws-feed-keeps-film",
        "description": "HTML mail first asks for the feed with addresses, then a later "
        "paragraph withdraws the feed after talking to IT; only filming remains",
        "style": Style.DECLINED,
        "labels": L(
            [FILM],
            "Rádio Podbrdsko s.r.o.",
            I42,
            None,
            [],
            [],
            "Ivana Černá",
            "cerna@podbrdsko.example",
            "+420318620441",
        ),
        "from": "Ivana Černá <cerna@podbrdsko.example>",
        "subject": "Žádost – volby 2025",
        "headers": ZIMBRA,
        "html": (
            '<html><body><div style="font-family: arial">'
            "<p>Dobrý den,</p>"
            "<p>Rádio Podbrdsko s.r.o. (IČO " + I42 + ") žádá o přístup k XML s výsledky "
            "voleb z adresy 192.0.2.240 (test 192.0.2.241) a o povolení nahrávat reportáž na "
            "sběrném místě v Příbrami.</p>"
            "<p><b>Doplnění po poradě s IT:</b> přístup k XML nakonec nepotřebujeme, "
            "výsledky převezmeme od zpravodajské agentury. Žádost o XML tedy ruším, "
            "platí jen nahrávání na sběrném místě.</p>"
            "<p>Kontakt: Ivana Černá, 318 620 441</p>"
            "<p>S pozdravem<br>Ivana Černá<br>redaktorka, Rádio Podbrdsko</p>"
            "</div></body></html>"
        ),
    },
]
