"""Forty-sixth held-out part ``bn``, cases bn029–bn042: a town's data message that leaves
filming for next year's municipal election, an English wire service with /30 and /32 blocks
(base64), an IT administrator's Czech-English jargon with an IPv6 /126, a Belgian application
forwarded inline ('respectivement'), a reply declining filming with a netmask, a DOCX ANO/NE
form with a Slovak contact surname first, a Catalan TV asking only to film (HTML only), a
German daily replacing its test address, an association's workbook with merged cells, a terse
Slovak note, a university's long PDF letter, an agency forwarding an Austrian radio's .eml with a
conditional filming request, a correction dropping a test address and a Swedish university
department writing English. Written by hand apart from the extraction rules (see
make_fortysixth_bn); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysixth_bn_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I31, I33, I34 = ico("0027784"), ico("2815364"), ico("2690417"), ico("2457310")
I34A, I37, I39, I40A = ico("2731406"), ico("2261497"), ico("6140352"), ico("2850193")
I41 = ico("2608714")

CASES: list[dict[str, Any]] = [
    {
        "id": "bn029-databox-town-filming-next-election",
        "description": "a town's data message (public authority box): PDF asks for the feed for "
        "the town website, one production address, testing from it; filming only announced "
        "for next year's municipal election",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Bystřec nad Orlicí",
            I29,
            "bo2x9mk",
            ["192.0.2.222"],
            [],
            "Michal Doležal",
            "dolezal@bystrec.example",
            "+420465327118",
        ),
        "databox": box(
            "bo2x9mk", "Město Bystřec nad Orlicí", "Masarykovo nám. 1, 561 54 Bystřec", kind=10
        ),
        "subject": "Žádost o přístup k průběžným výsledkům voleb",
        "attachments": [
            (
                "pdf",
                "zadost_mesto_Bystrec.pdf",
                [
                    "Město Bystřec nad Orlicí\nMasarykovo nám. 1, 561 54 Bystřec\nIČO " + I29,
                    "Věc: žádost o zpřístupnění výsledků voleb",
                    "Město chce na svém webu zobrazovat průběžné výsledky voleb za obec a okres. "
                    "Žádáme o přístup k dedikovanému serveru z adresy 192.0.2.222; testovat "
                    "budeme z téže adresy.",
                    "O povolení natáčení požádáme samostatně až před komunálními volbami v "
                    "příštím roce.",
                    "Kontakt: Michal Doležal, správce webu, dolezal@bystrec.example, "
                    "tel. 465 327 118",
                    "Mgr. Hana Bartošová\nstarostka",
                ],
            )
        ],
    },
    {
        "id": "bn030-english-wire-cidr-base64",
        "description": "an English wire service in a base64 body: production as a /30 (four "
        "addresses), test as a /32 (one), a camera crew at the headquarters asked; UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Central European Wire Ltd",
            None,
            None,
            ["198.51.100.176", "198.51.100.177", "198.51.100.178", "198.51.100.179"],
            ["198.51.100.184"],
            "Hannah Okafor",
            "h.okafor@cewire.example",
            "+447700900123",
        ),
        "from": "Hannah Okafor <h.okafor@cewire.example>",
        "subject": "Application: election results feed and filming permit",
        "headers": GMAIL,
        "cte": "base64",
        "body": "Dear Sir or Madam,\n\n"
        "Central European Wire Ltd, a London-based news agency covering the region, would "
        "like to apply for access to the live election results feed.\n\n"
        "Production: 198.51.100.176/30\nTest: 198.51.100.184/32\n\n"
        "We would also like permission for a two-person camera crew to film at your "
        "headquarters in Prague on election night.\n\n"
        "Contact: Hannah Okafor, Regional Editor, +44 7700 900123\n\n"
        "Kind regards,\nHannah Okafor\n",
    },
    {
        "id": "bn031-admin-jargon-ipv6-126",
        "description": "a regional TV's IT administrator writes Czech-English jargon: an IPv6 "
        "/126 as four production addresses (the first one the network address) and a "
        "staging box as the test address",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Regionální televize Krkonoše s.r.o.",
            I31,
            None,
            ["2001:db8:a0::", "2001:db8:a0::1", "2001:db8:a0::2", "2001:db8:a0::3"],
            ["192.0.2.99"],
            "Ondřej Pácalt",
            "pacalt@rtkrkonose.example",
            "+420604771352",
        ),
        "from": "Ondřej Pácalt <pacalt@rtkrkonose.example>",
        "subject": "whitelist pro XML feed - RT Krkonoše",
        "headers": TBIRD,
        "body": "Ahoj / dobrý den,\n\n"
        "potřebujeme whitelist na váš volební XML endpoint pro Regionální televize Krkonoše "
        "s.r.o. (IČO " + I31 + ").\n\n"
        "prod: 2001:db8:a0::/126 (celý prefix, load balancer)\n"
        "staging (test): 192.0.2.99\n\n"
        "Natáčení neřešíme, jde jen o data pro grafiku.\n\n"
        "Ondřej Pácalt, IT, 604 771 352\n",
    },
    {
        "id": "bn032-belgian-forwarded-inline-respectivement",
        "description": "a Czech fixer forwards a Belgian outlet's French application inline: the "
        "outlet applies (no IČO), 'respectivement' pairs production and test, filming too; "
        "the forwarder is not the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Gazette Mosane SRL",
            None,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Julien Lambert",
            "j.lambert@gazettemosane.example",
            "+32470129846",
        ),
        "from": "Tereza Hájková <hajkova.fixer@seznam.example>",
        "subject": "Fwd: Demande d'accès aux résultats – Gazette Mosane",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost belgického média, pro které v Praze zajišťuji logistiku. Dál prosím "
        "komunikujte přímo s panem Lambertem.\n\nTereza Hájková\n\n"
        "---------- Přeposlaná zpráva ----------\n"
        "Od: Julien Lambert <j.lambert@gazettemosane.example>\n"
        "Komu: Tereza Hájková <hajkova.fixer@seznam.example>\n"
        "Předmět: Demande d'accès aux résultats\n\n"
        "Bonjour,\n\n"
        "la Gazette Mosane SRL (Namur) demande l'accès au flux XML des résultats ainsi que "
        "l'autorisation de filmer au siège de l'office le soir des élections.\n\n"
        "Nos serveurs de production et de test sont 203.0.113.240 et 203.0.113.241 "
        "respectivement.\n\n"
        "Contact : Julien Lambert, +32 470 12 98 46\n\n"
        "Cordialement,\nJulien Lambert\n",
    },
    {
        "id": "bn033-reply-declines-filming-netmask",
        "description": "a reply to the office's question with quoted history: filming declined "
        "('Ne, natáčení nepotřebujeme'), production as an address with a /30 netmask (four), "
        "no test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Litoměřicko s.r.o.",
            I33,
            None,
            ["192.0.2.180", "192.0.2.181", "192.0.2.182", "192.0.2.183"],
            [],
            "Šárka Dušková",
            "duskova@radiolitomericko.example",
            "+420416503821",
        ),
        "from": "Šárka Dušková <duskova@radiolitomericko.example>",
        "subject": "Re: Doplnění žádosti – Rádio Litoměřicko",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "ne, natáčení nepotřebujeme. Adresy: 192.0.2.180 s maskou 255.255.255.252, "
        "samostatný test nemáme.\n\n"
        "Šárka Dušková\nRádio Litoměřicko s.r.o., IČO " + I33 + "\ntel. 416 503 821\n\n"
        "----- Původní zpráva -----\n"
        "Od: podatelna@czso.cz\n"
        "Předmět: Doplnění žádosti – Rádio Litoměřicko\n\n"
        "> Dobrý den, prosíme o doplnění IP adres a upřesnění, zda chcete také natáčet.\n"
        "> S pozdravem, Český statistický úřad\n",
    },
    {
        "id": "bn034-docx-ano-ne-slovak-contact",
        "description": "empty-ish cover, DOCX form with ANO/NE column (feed ANO, filming NE), "
        "a dash range of three production addresses, a Slovak contact written surname "
        "first in the form",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Mladoboleslavský týdeník s.r.o.",
            I34,
            None,
            ["198.18.110.1", "198.18.110.2", "198.18.110.3"],
            ["198.18.110.4"],
            "Marek Hudák",
            "hudak@mbtydenik.example",
            "+420739284016",
        ),
        "from": "Marek Hudák <hudak@mbtydenik.example>",
        "subject": "formulář",
        "headers": EVOLUTION,
        "body": "V příloze.\n",
        "attachments": [
            (
                "docx",
                "formular_MBT.docx",
                {
                    "header": "Mladoboleslavský týdeník s.r.o., IČO " + I34,
                    "footer": "Formulář žádosti médií",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI",
                        {
                            "rows": [
                                ["Požadavek", "ANO/NE"],
                                ["Přístup k XML výsledkům", "ANO"],
                                ["Povolení natáčení", "NE"],
                            ]
                        },
                        {
                            "rows": [
                                ["Produkční IP", "198.18.110.1–198.18.110.3"],
                                ["Testovací IP", "198.18.110.4"],
                                ["Kontakt (příjmení, jméno)", "Hudák, Marek"],
                                ["Telefon", "739 284 016"],
                            ]
                        },
                        "Vyplnil: Marek Hudák",
                    ],
                },
            )
        ],
    },
    {
        "id": "bn035-catalan-tv-html-only-filming",
        "description": "a Catalan local TV writes Spanish in an HTML-only mail: only a recording "
        "permit, the XML explicitly not needed; compound Catalan surname; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Televisió Comarcal del Vallès S.L.",
            None,
            None,
            [],
            [],
            "Jordi Puig i Soler",
            "jpuig@tvvalles.example",
            "+34931847520",
        ),
        "from": "Jordi Puig i Soler <jpuig@tvvalles.example>",
        "subject": "Permiso de grabación – noche electoral",
        "headers": OUTLOOK,
        "html": "<html><body><p>Buenos días:</p>"
        "<p>Televisió Comarcal del Vallès S.L. prepara un reportaje sobre las elecciones "
        "checas. Solicitamos <b>permiso para grabar</b> en su sede de Praga la noche "
        "electoral.</p><p>No necesitamos acceso al servidor XML de resultados.</p>"
        "<p>Contacto: Jordi Puig i Soler, +34 931 84 75 20</p>"
        "<p>Atentamente,<br>Jordi Puig i Soler<br>Televisió Comarcal del Vallès S.L.</p>"
        "</body></html>",
    },
    {
        "id": "bn036-german-daily-netmask-replaced-test",
        "description": "a German daily (windows-1250 base64): production with a /31 netmask "
        "(two), the old test address dropped ('entfällt') and the new one given; filming "
        "not needed",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Oberlausitzer Tageblatt GmbH",
            None,
            None,
            ["198.51.100.100", "198.51.100.101"],
            ["198.51.100.111"],
            "Katrin Schäfer",
            "k.schaefer@ol-tageblatt.example",
            "+493581462730",
        ),
        "from": "Dr. Katrin Schäfer <k.schaefer@ol-tageblatt.example>",
        "subject": "Zugang XML-Wahlergebnisse – geänderte Test-IP",
        "headers": CENTRUM,
        "charset": "windows-1250",
        "cte": "base64",
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "die Oberlausitzer Tageblatt GmbH (Görlitz) beantragt wie bei den letzten Wahlen den "
        "Zugang zu Ihrem XML-Ergebnisserver.\n\n"
        "Produktion: 198.51.100.100, Netzmaske 255.255.255.254\n"
        "Test: die alte Test-IP 198.51.100.110 entfällt, neu ist 198.51.100.111\n\n"
        "Eine Drehgenehmigung benötigen wir nicht.\n\n"
        "Ansprechpartnerin: Dr. Katrin Schäfer, Tel. +49 3581 462730\n\n"
        "Mit freundlichen Grüßen\nKatrin Schäfer\n",
    },
    {
        "id": "bn037-association-workbook-merged-ipv6",
        "description": "an association of freelance journalists: a workbook with a merged "
        "title and role column, IPv6 and IPv4 production, a test address, both requests "
        "ANO",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Spolek nezávislých novinářů Hranicka, z. s.",
            I37,
            None,
            ["2001:db8:5e::1", "203.0.113.5"],
            ["203.0.113.6"],
            "Veronika Šmídová",
            "smidova@snnh.example",
            "+420776340185",
        ),
        "from": "Veronika Šmídová <smidova@snnh.example>",
        "subject": "Žádost spolku – volby",
        "headers": K9,
        "body": "Dobrý den, posílám vyplněnou tabulku. Šmídová\n",
        "attachments": [
            (
                "xlsx",
                "spolek_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Spolek nezávislých novinářů Hranicka, z. s.", None, None],
                            ["IČO", I37, None],
                            ["Role", "IP", "Poznámka"],
                            ["PROD", "2001:db8:5e::1", "hlavní"],
                            ["PROD", "203.0.113.5", "IPv4 fallback"],
                            ["TEST", "203.0.113.6", None],
                            ["XML výsledky", "ANO", None],
                            ["Natáčení KS Olomouc", "ANO", "2 osoby"],
                            ["Kontakt", "Veronika Šmídová", "776 340 185"],
                        ],
                        "merge": ["A1:C1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bn038-terse-slovak-radio-no-ico",
        "description": "terse Slovak note: one production and one test address, filming "
        "declined, no IČO, Slovak mobile in national format",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rádio Orava Plus, s.r.o.",
            None,
            None,
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Ján Baláž",
            "balaz@radiooravaplus.example",
            "+421905318642",
        ),
        "from": "Ján Baláž <balaz@radiooravaplus.example>",
        "subject": "prístup k výsledkom",
        "headers": SAMSUNG,
        "body": "Dobrý deň, žiadam o prístup k výsledkom pre Rádio Orava Plus, s.r.o.\n"
        "IP 192.0.2.44, test 192.0.2.45. Natáčať nebudeme.\n"
        "Ján Baláž, 0905 318 642\n",
    },
    {
        "id": "bn039-university-long-pdf-letter-cidr",
        "description": "a university's press office sends a long PDF letter: the public "
        "university's name with its legal form, production as a /30, a test address, "
        "filming by student TV; the rector signs, the press officer is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Univerzita Podkrkonoší, veřejná vysoká škola",
            I39,
            None,
            ["198.18.130.16", "198.18.130.17", "198.18.130.18", "198.18.130.19"],
            ["198.18.130.24"],
            "Tereza Nováčková",
            "novackova@upk.example",
            "+420491573208",
        ),
        "from": "Tereza Nováčková <novackova@upk.example>",
        "subject": "Žádost Univerzity Podkrkonoší – výsledky voleb, natáčení",
        "headers": OWA,
        "body": "Dobrý den,\n\nzasílám žádost univerzity podepsanou panem rektorem.\n\n"
        "Tereza Nováčková\ntisková mluvčí\n",
        "attachments": [
            (
                "pdf",
                "UPK_zadost_volby.pdf",
                [
                    "Univerzita Podkrkonoší, veřejná vysoká škola\nRektorát\n"
                    "Komenského 5, 541 01 Trutnov\nIČO " + I39,
                    "Věc: Žádost o zpřístupnění průběžných výsledků voleb a o povolení natáčení",
                    "Vážení,",
                    "Univerzita Podkrkonoší provozuje studentskou televizi UPK TV a "
                    "datovou laboratoř katedry informatiky, v níž studenti během volebního "
                    "večera připravují vlastní analýzy a vizualizace. Proto žádáme o "
                    "zpřístupnění průběžných výsledků voleb ve formátu XML pro síť "
                    "198.18.130.16/30; testovat budeme z adresy 198.18.130.24.",
                    "Současně prosíme o povolení, aby štáb UPK TV (tři studenti a "
                    "pedagogický dozor) natáčel na pracovišti krajské správy v Hradci "
                    "Králové.",
                    "Kontaktní osobou je tisková mluvčí Mgr. Tereza Nováčková, "
                    "novackova@upk.example, tel. 491 573 208.",
                    "prof. Ing. Luboš Řezníček, CSc.\nrektor",
                ],
            )
        ],
    },
    {
        "id": "bn040-agency-forwards-austrian-radio-eml",
        "description": "a Czech media agency forwards an Austrian radio's German application as "
        "an attached .eml: the radio applies (no IČO, the agency's IČO in the cover), "
        "filming asked 'falls möglich'; the radio's editor is the contact",
        "style": Style.INTERMEDIARY,
        "labels": L(
            [FEED, FILM],
            "Radio Weinviertel GmbH",
            None,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Johanna Gruber",
            "j.gruber@radioweinviertel.example",
            "+4325724518",
        ),
        "from": "Regiomedia Agentura <info@regiomedia.example>",
        "subject": "FW: Antrag Radio Weinviertel – Wahlergebnisse",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "jako česká agentura rakouského Radia Weinviertel vám v příloze posíláme jeho žádost "
        "(německy). Kontaktní osobou je paní Gruber uvedená v žádosti.\n\n"
        "Regiomedia Agentura s.r.o., IČO " + I40A + "\n",
        "attachments": [
            (
                "eml",
                "Antrag_Radio_Weinviertel.eml",
                {
                    "id": "bn040-inner",
                    "from": "Johanna Gruber <j.gruber@radioweinviertel.example>",
                    "to": "info@regiomedia.example",
                    "subject": "Antrag Wahlergebnisse",
                    "body": "Sehr geehrte Damen und Herren,\n\n"
                    "die Radio Weinviertel GmbH (Mistelbach) bittet um Zugang zum XML-Feed mit "
                    "den Wahlergebnissen.\n"
                    "Produktion: 192.0.2.120\nTest: 192.0.2.121\n\n"
                    "Falls möglich, bitten wir auch um eine Aufnahmegenehmigung in Ihrer "
                    "Zentrale in Prag (Radioreportage, Tonaufnahme).\n\n"
                    "Kontakt: Johanna Gruber, Redaktion, +43 2572 4518\n\n"
                    "Mit freundlichen Grüßen\nJohanna Gruber\n",
                },
            )
        ],
    },
    {
        "id": "bn041-correction-drops-ipv6-test",
        "description": "a correction quoting the first mail: the IPv6 test address is dropped "
        "(testing from production), production is restated as one IPv6 and one IPv4 address, "
        "the filming request stands",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Hlas Valašska s.r.o.",
            I41,
            None,
            ["2001:db8:9::1", "198.51.100.9"],
            [],
            "Libor Zbranek",
            "zbranek@hlasvalasska.example",
            "+420571604283",
        ),
        "from": "Libor Zbranek <zbranek@hlasvalasska.example>",
        "subject": "OPRAVA: žádost Hlas Valašska – výsledky voleb",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\n"
        "oprava mého dopoledního e-mailu: testovací adresu 2001:db8:9::2 ruším, testovat "
        "budeme z produkce. Produkční adresy jsou tedy 2001:db8:9::1 a 198.51.100.9. O "
        "natáčení na KS Zlín žádáme nadále.\n\n"
        "Libor Zbranek\n\n"
        "Od: Libor Zbranek <zbranek@hlasvalasska.example>\n"
        "Odesláno: úterý 9. září 2025 9:12\n"
        "Komu: podatelna@czso.cz\n"
        "Předmět: žádost Hlas Valašska – výsledky voleb\n\n"
        "Dobrý den,\n"
        "Hlas Valašska s.r.o., IČO " + I41 + ", žádá o přístup k XML s výsledky voleb a o "
        "povolení natáčet na krajské správě ve Zlíně.\n"
        "Produkce: 2001:db8:9::1, 198.51.100.9\n"
        "Test: 2001:db8:9::2\n"
        "Kontakt: Libor Zbranek, 571 604 283\n",
    },
    {
        "id": "bn042-swedish-department-english-range",
        "description": "a Swedish university department writes English with Swedish phrases: "
        "the university applies, production as a written range of three, no test machine, "
        "filming not asked; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Lundby universitet",
            None,
            None,
            ["198.51.100.250", "198.51.100.251", "198.51.100.252"],
            [],
            "Karin Åberg",
            "karin.aberg@statsvet.lundby.example",
            "+46184713620",
        ),
        "from": "Karin Åberg <karin.aberg@statsvet.lundby.example>",
        "subject": "Access to election results – Lundby universitet",
        "headers": GMAIL,
        "body": "Dear colleagues / Hej,\n\n"
        "I am writing from the Department of Government (Statsvetenskapliga institutionen) on "
        "behalf of Lundby universitet. For a comparative study of election-night reporting we "
        "would like access to your XML results feed.\n\n"
        "Our servers: 198.51.100.250 – 198.51.100.252 (production). We will not use a "
        "separate test machine.\n\n"
        "We do not need a filming permit.\n\n"
        "Contact: Karin Åberg, +46 18 471 36 20\n\n"
        "Med vänliga hälsningar / Best regards,\nKarin Åberg\nLundby universitet\n",
    },
]
