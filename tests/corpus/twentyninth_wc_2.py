"""Twentyninth held-out part ``wc``, cases wc015–wc028: a Norwegian paper that replaced a
server, Danish mixed with English, an Austrian HTML mail with IPv6, a freelance blogger, a
Slovak ODT form with boxes, a university studio's XLSX, an institute with a gateway and a
netmask, an agency's data message with the application in the annotation, a reply with a
corrected address, a village that leaves the feed for a later election, a signed English mail
with "respectively", an Italian radio, a production company's temporary test host and an IT
contractor's HTML table with a cancelled host. Written by hand apart from the extraction rules
(see make_twentyninth_wc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyninth_wc_common import (
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I19, I20, I21, I22, I23 = (
    ico("3612047"),
    ico("6128305"),
    ico("0572194"),
    ico("2781430"),
    ico("2915608"),
)
I24, I27, I28, I28C = ico("0024517"), ico("2470381"), ico("0861729"), ico("2205936")

CASES: list[dict[str, Any]] = [
    {
        "id": "wc015-norwegian-replaced-server",
        "description": "Norwegian paper: the old production server is replaced by a new one "
        "in the same mail; organisation number of nine digits",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Vestlandsposten AS",
            None,
            None,
            ["192.0.2.35"],
            ["192.0.2.36"],
            "Håkon Vik",
            "hakon.vik@vestlandsposten.example",
            "+4791742285",
        ),
        "from": "Håkon Vik <hakon.vik@vestlandsposten.example>",
        "subject": "Søknad om tilgang til valgresultater (XML)",
        "headers": ZIMBRA,
        "body": (
            "Hei,\n\n"
            "Vestlandsposten AS (org.nr. 918 442 617) ønsker tilgang til serveren med "
            "valgresultater i XML-format. Vi skal dekke valget i Tsjekkia med en egen "
            "korrespondent.\n\n"
            "Produksjon: 192.0.2.33\n"
            "Test: 192.0.2.36\n\n"
            "Rettelse: vi bytter produksjonsserver denne uken. Den gamle 192.0.2.33 skal "
            "ikke brukes lenger, ny produksjonsadresse er 192.0.2.35.\n\n"
            "Kontakt: Håkon Vik, driftsansvarlig, mobil +47 917 42 285\n\n"
            "Med vennlig hilsen\nHåkon Vik\nVestlandsposten, Bergen\n"
        ),
    },
    {
        "id": "wc016-danish-english-mix",
        "description": "Danish agency writes half Danish, half English; both requests, "
        "an 8-digit CVR number that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Jysk Nyhedsbureau ApS",
            None,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Mette Kjærgaard",
            "mk@jysknyheder.example",
            "+4528417730",
        ),
        "from": "Mette Kjærgaard <mk@jysknyheder.example>",
        "subject": "Application: XML election results + filming / ansøgning",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dear Sir or Madam, kære ČSÚ,\n\n"
            "Jysk Nyhedsbureau ApS (CVR 39184527) would like to apply for two things:\n"
            "1) adgang til valgresultaterne i XML – our production servers are "
            "198.51.100.170 and 198.51.100.171, testserver 198.51.100.175;\n"
            "2) permission to film at your Prague results centre on election night "
            "(1 journalist, 1 photographer).\n\n"
            "Kontaktperson: Mette Kjærgaard, +45 28 41 77 30, mk@jysknyheder.example\n\n"
            "Med venlig hilsen / Best regards\nMette Kjærgaard\nJysk Nyhedsbureau, Aarhus\n"
        ),
    },
    {
        "id": "wc017-austrian-html-ipv6",
        "description": "Austrian daily, HTML-only OWA mail: IPv6 production, an IPv4 test, "
        "an ATU VAT number with 8 digits and a Firmenbuch number",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Waldviertler Tagblatt GmbH",
            None,
            None,
            ["2001:db8:a7::10", "2001:db8:a7::11"],
            ["203.0.113.170"],
            "Gerhard Pichler",
            "g.pichler@waldviertlertagblatt.example",
            "+436642817390",
        ),
        "from": "Pichler Gerhard <g.pichler@waldviertlertagblatt.example>",
        "subject": "Zugang XML-Wahlergebnisse",
        "headers": OWA,
        "html": (
            "<html><body><div>Grüß Gott,</div><div><br></div>"
            "<div>die Waldviertler Tagblatt GmbH (FN 214877 s, UID ATU41827365) beantragt "
            "den Zugang zu den Wahlergebnissen im XML-Format.</div><div><br></div>"
            "<ul><li>Produktion: 2001:db8:a7::10, 2001:db8:a7::11</li>"
            "<li>Test: 203.0.113.170</li></ul>"
            "<div>Drehgenehmigung brauchen wir keine.</div><div><br></div>"
            "<div>Mit besten Grüßen<br>Gerhard Pichler<br>IT-Leitung<br>"
            "Waldviertler Tagblatt GmbH, 3910 Zwettl<br>Mobil: +43 664 2817390</div>"
            "</body></html>"
        ),
    },
    {
        "id": "wc018-freelance-blogger-ipv6-only",
        "description": "a blogger without a company, one IPv6 production address, no test; "
        "a software version that looks like an address",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Matyáš Dvořáček",
            None,
            None,
            ["2001:db8:77::5"],
            [],
            "Matyáš Dvořáček",
            "matyas@volebnimapa.example",
            "+420608994120",
        ),
        "from": "Matyáš Dvořáček <matyas@volebnimapa.example>",
        "subject": "prosba o přístup k XML – volebnimapa.example",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "provozuji ve volném čase web volebnimapa.example (interaktivní mapa výsledků "
            "po obcích). Nejsem firma ani OSVČ, dělám to jako fyzická osoba. Chtěl bych "
            "poprosit o přístup k XML s výsledky voleb.\n\n"
            "Server má jen IPv6: 2001:db8:77::5. Testovací nemám. Stahovat bude skript "
            "(python 3.12.4, knihovna lxml 5.2.2.0) jednou za minutu.\n\n"
            "Natáčet nic nepotřebuji.\n\n"
            "Děkuji,\nMatyáš Dvořáček\n608 994 120\n"
        ),
    },
    {
        "id": "wc019-slovak-odt-form-boxes",
        "description": "Slovak weekly sends an ODT form: ticked and unticked boxes, "
        "produkčné/testovacie rows; the mail text repeats nothing",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Záhorský týždenník, s. r. o.",
            I19,
            None,
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.79"],
            "Peter Hudec",
            "hudec@zahorskytyzdennik.example",
            "+421346512207",
        ),
        "from": "Peter Hudec <hudec@zahorskytyzdennik.example>",
        "subject": "Žiadosť – voľby, formulár v prílohe",
        "headers": TBIRD,
        "body": "Dobrý deň,\n\nv prílohe posielam vyplnený formulár.\n\nS pozdravom\nP. Hudec\n",
        "attachments": [
            (
                "odt",
                "formular_ZT.odt",
                [
                    "ŽIADOSŤ MÉDIA – VOĽBY",
                    "Žiadateľ: Záhorský týždenník, s. r. o., Námestie slobody 4, 908 51 Holíč",
                    f"IČO: {I19}",
                    "Žiadame o (označte):",
                    "[x] prístup k výsledkom vo formáte XML",
                    "[ ] povolenie nakrúcať na zbernom mieste",
                    [
                        ["Typ", "IP adresa"],
                        ["produkčná 1", "198.51.100.70"],
                        ["produkčná 2", "198.51.100.71"],
                        ["testovacia", "198.51.100.79"],
                    ],
                    "Kontaktná osoba: Peter Hudec, tel. +421 34 651 2207, "
                    "hudec@zahorskytyzdennik.example",
                ],
            )
        ],
    },
    {
        "id": "wc020-university-studio-xlsx",
        "description": "university press office: the secretary sends, the studio head is the "
        "contact; XLSX with a merged role cell over two rows; feed and filming",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED, FILM],
            "Polabská univerzita v Nymburce",
            I20,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.180"],
            "Daniel Kostka",
            "kostka@polabska-univerzita.example",
            "+420325118604",
        ),
        "from": "Sekretariát tiskového centra <tisk@polabska-univerzita.example>",
        "subject": "Polabská univerzita – žádost o XML a natáčení (volební studio)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Polabská univerzita v Nymburce (veřejná vysoká škola, IČO "
            f"{I20}) žádá o přístup k výsledkům voleb ve formátu XML a zároveň o povolení "
            "natáčet na sběrném místě v Nymburce pro studentské volební studio. "
            "Technické údaje jsou v přiložené tabulce.\n\n"
            "Kontaktní osobou je vedoucí univerzitního studia Mgr. Daniel Kostka "
            "(kostka@polabska-univerzita.example, 325 118 604).\n\n"
            "S pozdravem\nJana Řeháková\nsekretariát tiskového centra\n"
            "tel. 325 118 600\n"
        ),
        "attachments": [
            (
                "xlsx",
                "volebni_studio_IP.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP", "Stroj"],
                            ["produkce", "192.0.2.170", "studio-a"],
                            [None, "192.0.2.171", "studio-b"],
                            ["test", "192.0.2.180", "lab-01"],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Natáčení",
                        "rows": [
                            ["Místo", "Čas", "Štáb"],
                            ["sběrné místo Nymburk", "22:00–01:00", "3 studenti + pedagog"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "wc021-institute-gateway-netmask",
        "description": "institute (zapsaný ústav): a written range for production, a gateway "
        "and netmask that are not addresses to register",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Institut regionálních studií, z. ú.",
            I21,
            None,
            ["203.0.113.17", "203.0.113.18", "203.0.113.19"],
            [],
            "Lenka Vášová",
            "vasova@irs-ustav.example",
            "+420739015862",
        ),
        "from": "Lenka Vášová <vasova@irs-ustav.example>",
        "subject": "Institut regionálních studií – přístup k výsledkům",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "Institut regionálních studií, z. ú. (IČO "
            f"{I21}) analyzuje výsledky voleb pro obce a kraje a rád by získal přístup k "
            "XML výstupům.\n\n"
            "Stahovat budeme z adres 203.0.113.17 až 203.0.113.19 (naše síť "
            "203.0.113.16, maska 255.255.255.248, brána 203.0.113.22 – tu prosím "
            "nepovolujte, jde jen o výchozí bránu). Testovací prostředí nemáme.\n\n"
            "Kontakt: Lenka Vášová, 739 015 862\n\n"
            "Mgr. Lenka Vášová\nanalytické oddělení\n"
        ),
    },
    {
        "id": "wc022-agency-databox-annotation",
        "description": "agency's data message, the application only in the annotation; "
        "the file is a power of attorney",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Moravská zpravodajská agentura s.r.o.",
            I22,
            "r2kd7xm",
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Pavel Šrámek",
            None,
            "+420581220473",
        ),
        "subject": "Žádost o XML výsledky voleb: prod 192.0.2.230, test 192.0.2.231, "
        "kontakt Pavel Šrámek 581 220 473",
        "databox": {
            "box": "r2kd7xm",
            "sender": "Moravská zpravodajská agentura s.r.o.",
            "address": "Komenského 41, 750 02 Přerov",
        },
        "attachments": [
            (
                "txt",
                "plna_moc.txt",
                "PLNÁ MOC\n\nMoravská zpravodajská agentura s.r.o., IČO "
                f"{I22}, se sídlem Komenského 41, 750 02 Přerov, zastoupená jednatelem "
                "Ing. Bohumilem Navrátilem, zmocňuje pana Pavla Šrámka, nar. 3. 4. 1981, "
                "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům "
                "voleb.\n\nV Přerově dne 9. 9. 2025\n\nIng. Bohumil Navrátil, jednatel\n",
            )
        ],
    },
    {
        "id": "wc023-reply-corrects-typo-cp1250",
        "description": "reply to the office's query in windows-1250: the applicant corrects "
        "a mistyped address from the quoted original; the office's text quoted below",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Krkonošský zpravodaj s.r.o.",
            I23,
            None,
            ["198.51.100.41", "198.51.100.42"],
            ["198.51.100.43"],
            "Milan Jireš",
            "jires@krkonossky-zpravodaj.example",
            "+420499402718",
        ),
        "from": "Milan Jireš <jires@krkonossky-zpravodaj.example>",
        "subject": "RE: Vaše žádost o přístup k XML – doplnění",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "máte pravdu, v první adrese jsem udělal překlep: místo 198.51.100.14 má být "
            "198.51.100.41. Ostatní údaje z mé původní žádosti platí.\n\n"
            "Milan Jireš\n\n"
            "-----Original Message-----\n"
            "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Sent: Monday, September 15, 2025 9:12 AM\n"
            "Subject: Vaše žádost o přístup k XML – doplnění\n\n"
            "Dobrý den, adresa 198.51.100.14 nepatří do rozsahu, který uvádíte u ostatních "
            "serverů. Prosíme o ověření. V případě dotazů volejte 274 052 733.\n"
            "Podatelna ČSÚ, datová schránka 2gfaasy\n\n"
            "-----Original Message-----\n"
            "From: Milan Jireš <jires@krkonossky-zpravodaj.example>\n"
            "Sent: Friday, September 12, 2025 2:40 PM\n\n"
            f"Krkonošský zpravodaj s.r.o., IČO {I23}, žádá o přístup k výsledkům voleb.\n"
            "Produkční: 198.51.100.14, 198.51.100.42\n"
            "Testovací: 198.51.100.43\n"
            "Kontakt: Milan Jireš, 499 402 718\n"
        ),
    },
    {
        "id": "wc024-village-film-now-feed-later",
        "description": "a village asks to film now and will ask for the feed only before the "
        "regional election; ISO-8859-2, 8bit, Seznam",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FILM],
            "Obec Lipová Stráň",
            I24,
            None,
            [],
            [],
            "Alois Kučera",
            "starosta@lipovastran.example",
            "+420731884206",
        ),
        "from": "Obec Lipová Stráň <starosta@lipovastran.example>",
        "subject": "Natáčení obecní televize",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"Obec Lipová Stráň, IČ {I24}, provozuje malou obecní televizi. Rádi bychom "
            "natočili krátkou reportáž na sběrném místě ve Zlíně v den voleb "
            "(cca 20 minut, 2 lidé).\n\n"
            "O přístup k XML datům požádáme až před krajskými volbami, teď ho "
            "nepotřebujeme.\n\n"
            "S pozdravem\nAlois Kučera, starosta\ntel. 731 884 206\n"
        ),
    },
    {
        "id": "wc025-english-signed-respectively",
        "description": "S/MIME-signed English mail: production, backup and test given by "
        "'respectively'; a UK company number of eight digits",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge Media Ltd",
            None,
            None,
            ["192.0.2.91", "192.0.2.92"],
            ["192.0.2.93"],
            "Oliver Hastings",
            "oliver.hastings@northbridgemedia.example",
            "+447700918234",
        ),
        "from": "Oliver Hastings <oliver.hastings@northbridgemedia.example>",
        "subject": "Access to election results feed – Northbridge Media",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Good morning,\n\n"
            "Northbridge Media Ltd (registered in England and Wales, company no. 08417263) "
            "would like to request access to the XML election results service.\n\n"
            "We will connect from 192.0.2.91, 192.0.2.92 and 192.0.2.93 for production, "
            "backup and testing respectively.\n\n"
            "We do not require filming permission.\n\n"
            "Kind regards,\nOliver Hastings\nHead of Data, Northbridge Media\n"
            "M: +44 7700 918234 | T: +44 20 7946 0301\n"
        ),
    },
    {
        "id": "wc026-italian-radio-both",
        "description": "Italian radio in base64: feed and filming, a partita IVA of eleven "
        "digits; the test address on a wrapped line",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Adriatica S.r.l.",
            None,
            None,
            ["203.0.113.210"],
            ["203.0.113.211"],
            "Giulia Ferraro",
            "g.ferraro@radioadriatica.example",
            "+393471820554",
        ),
        "from": "Giulia Ferraro <g.ferraro@radioadriatica.example>",
        "subject": "Richiesta accesso risultati elettorali XML e permesso riprese",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Gentili signori,\n\n"
            "Radio Adriatica S.r.l. (P. IVA 04718290652) chiede l'accesso al server con i "
            "risultati elettorali in formato XML e il permesso di effettuare riprese\n"
            "presso il vostro centro di raccolta a Praga la notte delle elezioni.\n\n"
            "Server di produzione: 203.0.113.210; server di\n"
            "test: 203.0.113.211.\n\n"
            "Referente: Giulia Ferraro, cell. +39 347 182 0554\n\n"
            "Cordiali saluti\nGiulia Ferraro\nRadio Adriatica, Pescara\n"
        ),
    },
    {
        "id": "wc027-production-house-temporary-test",
        "description": "TV production company, flowed: a temporary test host until the "
        "election, an internal staging host not to register, roles on a wrapped line",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Kinoklub Produkce s.r.o.",
            I27,
            None,
            ["198.51.100.181"],
            ["198.51.100.180"],
            "Šárka Holečková",
            "holeckova@kinoklubprodukce.example",
            "+420775302619",
        ),
        "from": "Šárka Holečková <holeckova@kinoklubprodukce.example>",
        "subject": "Žádost o přístup k XML výsledkům – Kinoklub Produkce",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            f"společnost Kinoklub Produkce s.r.o., IČO {I27}, vyrábí pro regionální "
            "stanice volební speciál a žádá proto o přístup k výsledkům voleb ve formátu "
            "XML.\n\n"
            "Do 30. 9. poběží dočasný testovací server na 198.51.100.180 (po volbách ho "
            "zrušíme), ostré vysílání půjde z 198.51.100.181. Náš interní stage server "
            "10.20.30.40 ven nevidí, ten prosím neřešte.\n\n"
            "Natáčet na sběrném místě nebudeme.\n\n"
            "Kontakt: Šárka Holečková, produkční, 775 302 619\n\n"
            "Děkuji a zdravím\nŠárka Holečková\n"
        ),
    },
    {
        "id": "wc028-contractor-html-cancelled-host",
        "description": "IT contractor for a radio, multipart/alternative with an HTML table; "
        "one host row marked cancelled; the radio applies, the contractor is the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rádio Beskydy, spol. s r.o.",
            I28,
            None,
            ["203.0.113.150", "203.0.113.152"],
            ["203.0.113.160"],
            "Roman Čermák",
            "cermak@netservis-fm.example",
            "+420558640277",
        ),
        "from": "Roman Čermák <cermak@netservis-fm.example>",
        "subject": "Rádio Beskydy – IP adresy pro XML výsledky voleb",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "za našeho zákazníka Rádio Beskydy, spol. s r.o. (IČO "
            f"{I28}) žádám o přístup k výsledkům voleb ve formátu XML.\n\n"
            "web1   203.0.113.150  produkce\n"
            "web2   203.0.113.151  produkce – ZRUŠENO, server vyřazen\n"
            "web3   203.0.113.152  produkce\n"
            "dev    203.0.113.160  test\n\n"
            "Kontakt pro tuto žádost: Roman Čermák, NetServis FM s.r.o. (IČO "
            f"{I28C}), 558 640 277\n"
        ),
        "html": (
            "<div>Dobrý den,</div><div><br></div>"
            "<div>za našeho zákazníka Rádio Beskydy, spol. s r.o. (IČO "
            f"{I28}) žádám o přístup k výsledkům voleb ve formátu XML.</div>"
            '<table border="1"><tr><th>stroj</th><th>IP</th><th>role</th></tr>'
            "<tr><td>web1</td><td>203.0.113.150</td><td>produkce</td></tr>"
            "<tr><td><s>web2</s></td><td><s>203.0.113.151</s></td>"
            "<td>produkce – ZRUŠENO, server vyřazen</td></tr>"
            "<tr><td>web3</td><td>203.0.113.152</td><td>produkce</td></tr>"
            "<tr><td>dev</td><td>203.0.113.160</td><td>test</td></tr></table>"
            "<div>Kontakt pro tuto žádost: Roman Čermák, NetServis FM s.r.o. (IČO "
            f"{I28C}), 558 640 277</div>"
        ),
    },
]
