"""Thirteenth-round held-out cases gc029–gc042: Swedish, Slovak, German, Polish, Italian and
Finnish applicants, a form with checkboxes, a second data message, student radio behind NAT,
'respectively', a municipal HTML table with netmasks, a forward with an old address and an IPv6
/127. Written by hand apart from the extraction rules; labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L

FEED = "feed_access"
FILM = "recording_permit"

CASES: list[dict[str, Any]] = [
    {
        "id": "gc029-swedish-weekly-own-language",
        "description": "Swedish paper writes in Swedish with English technical words; "
        "production and test addresses labelled in Swedish",
        "style": "foreign",
        "labels": L(
            [FEED],
            "Tidningen Mälarbygd AB",
            None,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Johan Lindqvist",
            "johan.lindqvist@malarbygd.example",
            "+46855523017",
        ),
        "from": "Johan Lindqvist <johan.lindqvist@malarbygd.example>",
        "subject": "Ansökan om åtkomst till XML-flödet med valresultat",
        "body": (
            "Hej!\n\n"
            "Tidningen Mälarbygd AB (Västerås) ansöker om åtkomst till ert XML feed med "
            "resultaten från det tjeckiska valet.\n\n"
            "Produktionsservrar: 198.51.100.240, 198.51.100.241\n"
            "Testserver: 198.51.100.250\n\n"
            "Vi behöver inget filmtillstånd.\n\n"
            "Kontaktperson: Johan Lindqvist, webbchef, tel. +46 8 555 230 17\n\n"
            "Med vänliga hälsningar\nJohan Lindqvist\n"
        ),
    },
    {
        "id": "gc030-slovak-freelancer-filming",
        "description": "Slovak freelance journalist (natural person, no IČO) asks only to "
        "film; Slovak mobile written nationally",
        "style": "freelancer",
        "labels": L(
            [FILM],
            "Zuzana Kováčiková",
            None,
            None,
            [],
            [],
            "Zuzana Kováčiková",
            "zuzana.kovacikova@postbox-sk.example",
            "+421905555418",
        ),
        "from": "Zuzana Kovacikova <zuzana.kovacikova@postbox-sk.example>",
        "subject": "Žiadosť o povolenie natáčať",
        "body": (
            "Dobrý deň,\n\n"
            "volám sa Zuzana Kováčiková a som nezávislá novinárka z Bratislavy. Pripravujem "
            "reportáž o českých voľbách pre viacero slovenských médií a chcela by som "
            "natáčať pri odovzdávaní výsledkov na vašom krajskom pracovisku v Ostrave "
            "(jedna kamera, bez osvetlenia). Prístup k XML dátam nepotrebujem.\n\n"
            "Mobil: 0905 555 418\n\n"
            "S pozdravom\nMgr. Zuzana Kováčiková\n"
        ),
    },
    {
        "id": "gc031-regional-tv-checkbox-form",
        "description": "Regional TV fills in a plain-text form: the feed box ticked, the "
        "filming box left empty; a production range and one test address",
        "style": "form",
        "labels": L(
            [FEED],
            "Regionální televize Haná, a.s.",
            "29604419",
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.175"],
            "Lucie Navrátilová",
            "navratilova@rtv-hana.example",
            "+420587555640",
        ),
        "from": "Lucie Navrátilová <navratilova@rtv-hana.example>",
        "subject": "Formulář – žádost média",
        "body": (
            "ŽÁDOST MÉDIA\n"
            "=============\n"
            "Název žadatele: Regionální televize Haná, a.s.\n"
            "IČO: 29604419\n"
            "Předmět žádosti:\n"
            "  [x] přístup k XML výstupu výsledků voleb\n"
            "  [ ] povolení k pořizování záznamu na sběrném místě\n"
            "IP adresy – produkce: 192.0.2.170–192.0.2.171\n"
            "IP adresy – test: 192.0.2.175\n"
            "Kontaktní osoba: Lucie Navrátilová\n"
            "E-mail: navratilova@rtv-hana.example\n"
            "Telefon: +420 587 555 640\n"
        ),
    },
    {
        "id": "gc032-association-databox-annotation",
        "description": "News association sends a data message with the request in the "
        "annotation and a short TXT cover; one IPv6 and one IPv4 production address",
        "style": "databox",
        "labels": L(
            [FEED],
            "Novinky z Vysočiny, z.s.",
            "05142911",
            "r5tb2ke",
            ["2001:db8:77::5", "198.51.100.77"],
            [],
            "Jiří Brabec",
            "brabec@novinky-vysocina.example",
            "+420567555129",
        ),
        "databox": {
            "box": "r5tb2ke",
            "sender": "Novinky z Vysočiny, z.s.",
            "address": "Masarykovo nám. 7, 586 01 Jihlava",
        },
        "subject": "XML výsledky – produkce 2001:db8:77::5 a 198.51.100.77, test nemáme",
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "Novinky z Vysočiny, z.s., IČO 05142911\n\n"
                "Žádáme o přístup k XML výstupu výsledků voleb pro náš zpravodajský portál. "
                "Adresy jsou uvedeny v předmětu zprávy (obě produkční, testovací server "
                "nemáme).\n\n"
                "Kontakt: Jiří Brabec, brabec@novinky-vysocina.example, 567 555 129\n"
                "Jiří Brabec, předseda spolku\n",
            )
        ],
    },
    {
        "id": "gc033-german-association-words",
        "description": "German association writes in English and gives the production "
        "addresses as one address 'and the next two'",
        "style": "foreign",
        "labels": L(
            [FEED],
            "Nachrichtendienst Ostmitteleuropa e.V.",
            None,
            None,
            ["203.0.113.32", "203.0.113.33", "203.0.113.34"],
            ["203.0.113.38"],
            "Sabine Krüger",
            "krueger@ndome.example",
            "+493055506613",
        ),
        "from": "Sabine Krüger <krueger@ndome.example>",
        "subject": "Nachrichtendienst Ostmitteleuropa - feed access",
        "body": (
            "Dear Sir or Madam,\n\n"
            "Nachrichtendienst Ostmitteleuropa e.V. (Berlin) would like to apply for access "
            "to the XML election results feed.\n\n"
            "Our production servers are 203.0.113.32 and the next two addresses after it "
            "(.33 and .34). Testing happens on 203.0.113.38.\n\n"
            "Please contact me for anything: Sabine Krüger, +49 30 5550 6613.\n\n"
            "Kind regards\nSabine Krüger\nHead of IT\n"
        ),
    },
    {
        "id": "gc034-publisher-conditional-filming",
        "description": "Publisher asks for the feed and, 'if possible', also for filming; "
        "an affirmed request, so both count",
        "style": "letter",
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Jizera, s.r.o.",
            "08731560",
            None,
            ["198.18.50.10"],
            ["198.18.50.11"],
            "Eva Šťastná",
            "stastna@vyd-jizera.example",
            "+420481555027",
        ),
        "from": "Eva Šťastná <stastna@vyd-jizera.example>",
        "subject": "Žádost o přístup k výsledkům a o povolení natáčení",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "Vydavatelství Jizera, s.r.o., IČO 087 31 560, vydavatel Jizerského deníku, "
            "žádá o přístup k XML výstupu s výsledky voleb (adresa pro ostrý provoz "
            "198.18.50.10, testovací 198.18.50.11).\n\n"
            "Pokud to bude možné, prosíme zároveň o povolení natáčet na sběrném místě v "
            "Liberci – náš fotograf by pořídil i krátké video.\n\n"
            "Kontaktní osoba: Eva Šťastná, vedoucí online redakce, tel. 481 555 027\n\n"
            "S úctou\nEva Šťastná\n"
        ),
    },
    {
        "id": "gc035-student-radio-nat",
        "description": "Student radio names two internal addresses behind NAT and the one "
        "public address the feed will see",
        "style": "university",
        "labels": L(
            [FEED],
            "Studentské rádio Kampus, z. s.",
            "63891140",
            None,
            ["192.0.2.201"],
            [],
            "Kateřina Dušková",
            "duskova@radiokampus.example",
            "+420720555846",
        ),
        "from": "Kateřina Dušková <duskova@radiokampus.example>",
        "subject": "Studentské rádio Kampus – XML výstup",
        "flowed": True,
        "body": (
            "Ahoj / dobrý den,\n\n"
            "Studentské rádio Kampus, z. s. (IČO 63891140) by rádo během volební noci "
            "vysílalo průběžné výsledky. Žádáme o přístup k XML výstupu.\n\n"
            "Technická poznámka: naše dva stroje mají vnitřní adresy 172.16.4.2 a 172.16.4.3, "
            "ven se ale oba hlásí přes NAT jedinou veřejnou adresou 192.0.2.201 – povolit "
            "tedy stačí jen tu. Testovací prostředí nemáme.\n\n"
            "Kontakt: Kateřina Dušková, 720 555 846\n\n"
            "Díky!\nKateřina Dušková, technická vedoucí\n"
        ),
    },
    {
        "id": "gc036-polish-tv-own-language-both",
        "description": "Polish regional TV writes in Polish; three production addresses, one "
        "test, asks for filming as well",
        "style": "foreign",
        "labels": L(
            [FEED, FILM],
            "Telewizja Regionalna Śląsk Cieszyński sp. z o.o.",
            None,
            None,
            ["203.0.113.220", "203.0.113.221", "203.0.113.222"],
            ["203.0.113.230"],
            "Agnieszka Mazur",
            "a.mazur@trsc.example",
            "+48335557210",
        ),
        "from": "Agnieszka Mazur <a.mazur@trsc.example>",
        "subject": "Wniosek o dostęp do danych XML i zgodę na nagrywanie",
        "body": (
            "Szanowni Państwo,\n\n"
            "Telewizja Regionalna Śląsk Cieszyński sp. z o.o. z siedzibą w Cieszynie zwraca "
            "się z prośbą o:\n"
            "1. dostęp do danych XML z wynikami wyborów – adresy produkcyjne: "
            "203.0.113.220, 203.0.113.221, 203.0.113.222; adres testowy: 203.0.113.230;\n"
            "2. zgodę na nagrywanie w punkcie zbierania wyników w Ostrawie.\n\n"
            "Osoba do kontaktu: Agnieszka Mazur, tel. +48 33 555 72 10\n\n"
            "Z wyrazami szacunku\nAgnieszka Mazur\nkierownik produkcji\n"
        ),
    },
    {
        "id": "gc037-italian-daily-pdf-italian",
        "description": "Italian daily in Italian, request repeated in an attached PDF; main "
        "and backup (di riserva) are both production",
        "style": "attachment",
        "labels": L(
            [FEED],
            "Il Corriere Alpino S.r.l.",
            None,
            None,
            ["198.51.100.100", "198.51.100.101"],
            ["198.51.100.110"],
            "Marco Galli",
            "m.galli@corrierealpino.example",
            "+390471555832",
        ),
        "from": "Marco Galli <m.galli@corrierealpino.example>",
        "subject": "Richiesta di accesso al feed XML dei risultati elettorali",
        "body": (
            "Gentili signori,\n\n"
            "in allegato la richiesta de Il Corriere Alpino S.r.l. (Bolzano) per l'accesso "
            "al feed XML.\n\nCordiali saluti\nMarco Galli\n"
        ),
        "attachments": [
            (
                "pdf",
                "richiesta_feed_XML.pdf",
                [
                    "<b>Il Corriere Alpino S.r.l.</b> – Bolzano",
                    "Oggetto: richiesta di accesso al feed XML dei risultati elettorali",
                    "IP di produzione: 198.51.100.100 (principale), 198.51.100.101 (di "
                    "riserva)",
                    "IP di test: 198.51.100.110",
                    "Referente: Marco Galli, redazione web, tel. +39 0471 555 832, "
                    "m.galli@corrierealpino.example",
                ],
            )
        ],
    },
    {
        "id": "gc038-contractor-respectively",
        "description": "IT contractor writes in English for a Czech radio; roles only by "
        "'respectively', the contractor's engineer is the contact",
        "style": "contractor",
        "labels": L(
            [FEED],
            "Rádio Pulse Morava s.r.o.",
            "25570412",
            None,
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Daniel Novotný",
            "d.novotny@netops-bohemia.example",
            "+420733555482",
        ),
        "from": "Daniel Novotny <d.novotny@netops-bohemia.example>",
        "subject": "Feed access for Rádio Pulse Morava",
        "body": (
            "Hello,\n\n"
            "we operate the streaming and web infrastructure of Rádio Pulse Morava s.r.o. "
            "(company ID 25570412) and are applying on their behalf for access to the XML "
            "results feed.\n\n"
            "The production and test addresses are 192.0.2.230 and 192.0.2.231, "
            "respectively.\n\n"
            "I'm the contact person for this request: Daniel Novotný, NetOps Bohemia "
            "s.r.o., mobile +420 733 555 482.\n\n"
            "Regards,\nDaniel\n"
        ),
    },
    {
        "id": "gc039-finnish-tv-filming-only",
        "description": "Finnish TV in English asks only for filming and states it does not "
        "need the feed",
        "style": "foreign",
        "labels": L(
            [FILM],
            "Itämeri TV Oy",
            None,
            None,
            [],
            [],
            "Mikko Virtanen",
            "mikko.virtanen@itameritv.example",
            "+358405553380",
        ),
        "from": "Mikko Virtanen <mikko.virtanen@itameritv.example>",
        "subject": "Filming at collection point - Itämeri TV",
        "body": (
            "Good afternoon,\n\n"
            "Itämeri TV Oy from Turku is making a documentary about election nights in "
            "Central Europe. We kindly ask for permission to record video at your Prague "
            "collection point for about 30 minutes. The XML data feed we do not need.\n\n"
            "Crew: Mikko Virtanen (director, contact), Sanna Heikkinen (camera)\n"
            "Phone: +358 40 555 3380\n\n"
            "Ystävällisin terveisin,\nMikko Virtanen\n"
        ),
    },
    {
        "id": "gc040-municipal-html-netmask",
        "description": "Village newsroom, HTML table with address and netmask columns "
        "(a /30 block) and a single test address",
        "style": "html",
        "labels": L(
            [FEED],
            "Obec Vysoká Lhota",
            "00241130",
            None,
            ["198.18.7.4", "198.18.7.5", "198.18.7.6", "198.18.7.7"],
            ["198.18.7.12"],
            "Blanka Šimková",
            "simkova@vysokalhota.example",
            "+420569555401",
        ),
        "from": "Obec Vysoká Lhota <podatelna@vysokalhota.example>",
        "subject": "Žádost obce o přístup k XML výstupu",
        "body": (
            "Dobrý den, obec Vysoká Lhota (IČO 00241130) žádá o přístup k XML výstupu. "
            "Produkce 198.18.7.4 maska 255.255.255.252, test 198.18.7.12. Kontakt Blanka "
            "Šimková, simkova@vysokalhota.example, 569 555 401.\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p><p>obec Vysoká Lhota (IČO 00241130) žádá pro "
            "obecní zpravodaj o přístup k XML výstupu výsledků voleb.</p>"
            "<table border='1'><tr><th>Účel</th><th>Adresa</th><th>Maska</th></tr>"
            "<tr><td>produkce</td><td>198.18.7.4</td><td>255.255.255.252</td></tr>"
            "<tr><td>test</td><td>198.18.7.12</td><td>255.255.255.255</td></tr></table>"
            "<p>Kontakt: Blanka Šimková, referentka, simkova@vysokalhota.example, "
            "tel. 569 555 401</p><p>S pozdravem<br>Blanka Šimková<br>Obecní úřad Vysoká "
            "Lhota</p></body></html>"
        ),
    },
    {
        "id": "gc041-forward-from-it-old-address",
        "description": "Editor forwards the IT department's note; one address is no longer "
        "used, the new ones replace it",
        "style": "forward",
        "labels": L(
            [FEED],
            "Slovácký obzor, a.s.",
            "61738506",
            None,
            ["203.0.113.124", "203.0.113.125"],
            ["203.0.113.126"],
            "Iveta Machálková",
            "machalkova@slovackyobzor.example",
            "+420572555190",
        ),
        "from": "Iveta Machálková <machalkova@slovackyobzor.example>",
        "subject": "Fwd: IP adresy pro ČSÚ",
        "body": (
            "Dobrý den,\n\n"
            "za Slovácký obzor, a.s. (IČO 61738506) žádám o přístup k XML výstupu výsledků "
            "voleb. Adresy posílám níže od našeho IT. Kontaktní osobou jsem já, tel. 572 555 "
            "190.\n\n"
            "Iveta Machálková\nzástupkyně šéfredaktora\n\n"
            "---------- Přeposlaná zpráva ----------\n"
            "Od: Zbyněk Hájek <hajek@slovackyobzor.example>\n"
            "Předmět: IP adresy pro ČSÚ\n\n"
            "Iveto, do loňska jsme měli 203.0.113.120, ta už neplatí (server je pryč). "
            "Nové ostré: 203.0.113.124 a 203.0.113.125, test 203.0.113.126.\n"
            "Zbyněk\n"
        ),
    },
    {
        "id": "gc042-institute-ipv6-127-mixed",
        "description": "Think tank writes in mixed Czech and English; production as an IPv6 "
        "/127 (two addresses), phone with (0)",
        "style": "university",
        "labels": L(
            [FEED],
            "Institut pro analýzu voleb, z. ú.",
            "00279358",
            None,
            ["2001:db8:c0de::", "2001:db8:c0de::1"],
            ["2001:db8:c0de::10"],
            "Jakub Procházka",
            "prochazka@ipav.example",
            "+420224555719",
        ),
        "from": "Jakub Procházka <prochazka@ipav.example>",
        "subject": "IPAV – request for XML feed access / žádost o XML",
        "body": (
            "Dobrý den, hello,\n\n"
            "Institut pro analýzu voleb, z. ú., IČO 00279358, žádá o přístup k XML výstupu. "
            "Our team is partly international, so in both languages:\n"
            "- production / produkce: 2001:db8:c0de::/127\n"
            "- test: 2001:db8:c0de::10\n\n"
            "Contact / kontakt: Jakub Procházka, +420 (0) 224 555 719\n\n"
            "Díky / thanks,\nJakub Procházka\n"
        ),
    },
]
