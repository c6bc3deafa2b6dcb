"""Fifteenth held-out set, prefix ``ia``, cases ia001-ia014: e-mail as people send it (phone
two-liners, chatty mails, mail clients, HTML-only tables). Written by hand; never tune on it."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L

F = "feed_access"
R = "recording_permit"

CASES: list[dict[str, Any]] = [
    {
        "id": "ia001-iphone-two-liner",
        "description": "two lines typed on a phone, no diacritics, one address, signature from iOS",
        "style": "mobile",
        "from": "Ondrej Pesek <opesek@zpravy-vysocina.example>",
        "subject": "xml feed volby",
        "headers": [("X-Mailer", "iPhone Mail (20H115)")],
        "body": (
            "dobry den, za Zpravy Vysocina s.r.o. (ICO 27419533) prosim o pristup k xml feedu,"
            " nase IP 203.0.113.44. Volat 724 318 905\n"
            "Ondrej Pesek\n\nOdesláno z iPhonu\n"
        ),
        "labels": L(
            [F],
            "Zpravy Vysocina s.r.o.",
            "27419533",
            None,
            ["203.0.113.44"],
            [],
            "Ondrej Pesek",
            "opesek@zpravy-vysocina.example",
            "+420724318905",
        ),
    },
    {
        "id": "ia002-chatty-radio-editor",
        "description": "long chatty mail, addresses scattered in prose, test range written with dash",
        "style": "chatty",
        "from": "Bára Kohoutová <barbora.kohoutova@radiodelta.example>",
        "subject": "Re: ty volby a data",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Ahoj / dobrý den,\n\n"
            "ani nevím, jestli píšu správně, kolega Tonda mi říkal, ať to pošlu sem na podatelnu."
            " Jsme malé regionální rádio (Rádio Delta Morava, s.r.o., IČO 06518249) a letos"
            " poprvé chceme dělat průběžné výsledky přímo z vašeho XML, ne přepisovat z webu"
            " jako minule :)\n\n"
            "Technik říká, že ostrý server bude mít 198.51.100.71 a záložní 198.51.100.72."
            " Na zkoušení před volbami by chtěl rozsah 192.0.2.16-192.0.2.18.\n\n"
            "Kdyby něco, jsem na mobilu 605 112 984, klidně i večer.\n\n"
            "Díky moc a hezký den,\nBarbora Kohoutová\nvedoucí zpravodajství\n"
        ),
        "labels": L(
            [F],
            "Rádio Delta Morava, s.r.o.",
            "06518249",
            None,
            ["198.51.100.71", "198.51.100.72"],
            ["192.0.2.16", "192.0.2.17", "192.0.2.18"],
            "Barbora Kohoutová",
            "barbora.kohoutova@radiodelta.example",
            "+420605112984",
        ),
    },
    {
        "id": "ia003-html-only-table",
        "description": "HTML-only mail whose addresses and contact sit in a table",
        "style": "html",
        "from": "Redakce Nový Horizont <redakce@novyhorizont.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "headers": [("X-Mailer", "Zimbra 9.0.0_GA")],
        "html": (
            "<html><body><p>Vážení,</p><p>společnost <b>Nový Horizont media a.s.</b>"
            " žádá o přístup k XML službě s výsledky voleb.</p>"
            "<table border='1'><tr><th>Údaj</th><th>Hodnota</th></tr>"
            "<tr><td>IČO</td><td>46291300</td></tr>"
            "<tr><td>Produkční IP</td><td>203.0.113.130<br>203.0.113.131</td></tr>"
            "<tr><td>Testovací IP</td><td>203.0.113.140</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Mgr. Lukáš Vaněček</td></tr>"
            "<tr><td>E-mail</td><td>vanecek@novyhorizont.example</td></tr>"
            "<tr><td>Telefon</td><td>+420 777 040 215</td></tr></table>"
            "<p>S pozdravem<br>sekretariát redakce</p></body></html>"
        ),
        "labels": L(
            [F],
            "Nový Horizont media a.s.",
            "46291300",
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Lukáš Vaněček",
            "vanecek@novyhorizont.example",
            "+420777040215",
        ),
    },
    {
        "id": "ia004-slovak-android-filming",
        "description": "Slovak, sent from Android Gmail, only filming at a polling station",
        "style": "mobile",
        "from": "Marek Hudec <marek.hudec@tvsever.example>",
        "subject": "natáčanie vo volebnej miestnosti",
        "headers": [("X-Mailer", "Gmail for Android")],
        "body": (
            "Dobrý deň,\nsme TV Sever, s. r. o. (IČO 28173643) a chceli by sme v sobotu natáčať"
            " krátku reportáž na vašich zberných miestach v Brne. Feed nepotrebujeme.\n"
            "Kontakt: ja, +421 905 441 276\n\nMarek Hudec, kameraman a produkcia\n"
        ),
        "labels": L(
            [R],
            "TV Sever, s. r. o.",
            "28173643",
            None,
            [],
            [],
            "Marek Hudec",
            "marek.hudec@tvsever.example",
            "+421905441276",
        ),
    },
    {
        "id": "ia005-english-agency-cidr",
        "description": "English news agency, /30 production block, IPv6 test, no IČO",
        "style": "outlook",
        "from": '"Whitfield, Grace" <g.whitfield@northwire.example>',
        "subject": "Access request - election results XML",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Hello,\n\nNorthwire News Ltd (London) would like to request access to the CZSO"
            " election results XML feed for the upcoming elections.\n\n"
            "Production: 198.18.4.8/30\nTest: 2001:db8:4a::10\n\n"
            "Technical and editorial contact is myself, Grace Whitfield,"
            " +44 20 7946 0381.\n\nKind regards,\nGrace\n"
        ),
        "labels": L(
            [F],
            "Northwire News Ltd",
            None,
            None,
            ["198.18.4.8", "198.18.4.9", "198.18.4.10", "198.18.4.11"],
            ["2001:db8:4a::10"],
            "Grace Whitfield",
            "g.whitfield@northwire.example",
            "+442079460381",
        ),
    },
    {
        "id": "ia006-sloppy-no-diacritics-both",
        "description": "sloppy lowercase mail without diacritics asking for both feed and filming",
        "style": "chatty",
        "from": "pepa <josef.mracek@seznam-like.example>",
        "subject": "volby",
        "body": (
            "zdravim,\npisu za nasi firmu ObzorTV s.r.o. ico 07339151.\n"
            "chceme data z xml na ip 192.0.2.90 a jeste bysme chteli natacet u vas pri"
            " scitani (na tom vasem stredisku) aby byla reportaz\n"
            "tel 603-228-117\ndiky Josef Mracek\n"
        ),
        "labels": L(
            [F, R],
            "ObzorTV s.r.o.",
            "07339151",
            None,
            ["192.0.2.90"],
            [],
            "Josef Mracek",
            "josef.mracek@seznam-like.example",
            "+420603228117",
        ),
    },
    {
        "id": "ia007-thunderbird-netmask",
        "description": "terse technician, Thunderbird, production with netmask 255.255.255.252",
        "style": "thunderbird",
        "from": "Radim Kolář <kolar@it.jihlavskelisty.example>",
        "subject": "feed - IP adresy",
        "headers": [("User-Agent", "Mozilla/5.0 Thunderbird/115.6.0")],
        "body": (
            "Dobrý den,\n\nžádáme o přístup k XML výsledkům.\n"
            "Žadatel: Jihlavské listy, spol. s r.o., IČO 61504289\n"
            "Ostrý provoz: 203.0.113.200 maska 255.255.255.252\n"
            "Test: nepotřebujeme\n\n-- \nRadim Kolář | IT\nústředna +420 567 310 400\n"
            "mob. 736 902 118\n"
        ),
        "labels": L(
            [F],
            "Jihlavské listy, spol. s r.o.",
            "61504289",
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            [],
            "Radim Kolář",
            "kolar@it.jihlavskelisty.example",
            "+420736902118",
        ),
    },
    {
        "id": "ia008-secretary-contact-is-other",
        "description": "secretary sends, names the chief editor as the contact with his own mail and phone",
        "style": "formal",
        "from": "Sekretariát Týdeník Pravda Kraje <sekretariat@pravdakraje.example>",
        "subject": "Žádost o přístup k datům voleb",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "dovolujeme si jménem vydavatele Pravda kraje a.s., IČO 24958174, požádat"
            " o zřízení přístupu k výsledkům voleb ve formátu XML.\n\n"
            "IP adresy pro ostrý provoz: 198.51.100.5, 198.51.100.6, 198.51.100.7\n"
            "Testovací adresa: 198.51.100.9\n\n"
            "Kontaktní osobou ve věci je šéfredaktor Ing. Vratislav Šindelář,"
            " vratislav.sindelar@pravdakraje.example, tel. 731 554 090.\n\n"
            "S úctou\nMarcela Dvořáková\nasistentka vedení\ntel. 466 310 200\n"
        ),
        "labels": L(
            [F],
            "Pravda kraje a.s.",
            "24958174",
            None,
            ["198.51.100.5", "198.51.100.6", "198.51.100.7"],
            ["198.51.100.9"],
            "Vratislav Šindelář",
            "vratislav.sindelar@pravdakraje.example",
            "+420731554090",
        ),
    },
    {
        "id": "ia009-german-broadcaster",
        "description": "German public broadcaster asks in German for filming and feed, no IČO",
        "style": "foreign",
        "from": "Katrin Vogelsang <k.vogelsang@ostfunk.example>",
        "subject": "Anfrage: Wahlergebnisse XML und Dreherlaubnis",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "Die Ostfunk Medien GmbH (Leipzig) berichtet über die Wahlen in Tschechien. Wir bitten um"
            " Zugang zum XML-Datenfeed (Produktivserver 203.0.113.77, Testserver 203.0.113.78)"
            " sowie um eine Drehgenehmigung in einem Ihrer Auszählungszentren am Wahlabend.\n\n"
            "Ansprechpartnerin: Katrin Vogelsang, Mobil +49 171 3345290\n\n"
            "Mit freundlichen Grüßen\nKatrin Vogelsang\nPlanungsredaktion\n"
        ),
        "labels": L(
            [F, R],
            "Ostfunk Medien GmbH",
            None,
            None,
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Katrin Vogelsang",
            "k.vogelsang@ostfunk.example",
            "+491713345290",
        ),
    },
    {
        "id": "ia010-freelancer-nickname",
        "description": "freelancer signs with nickname, full name in signature, natural person",
        "style": "gmail",
        "from": "Kuba <jakub.sedlacek.foto@gmail-like.example>",
        "subject": "natáčení - volby",
        "body": (
            "Dobrý den,\n\njsem nezávislý dokumentarista a rád bych natáčel průběh zpracování"
            " výsledků na krajském pracovišti v Olomouci. Feed ani data nechci, jde jen o obraz.\n\n"
            "Díky,\nKuba\n\n--\nJakub Sedláček, IČO 08172633\nvolný novinář a kameraman\n"
            "+420 702 654 331\n"
        ),
        "labels": L(
            [R],
            "Jakub Sedláček",
            "08172633",
            None,
            [],
            [],
            "Jakub Sedláček",
            "jakub.sedlacek.foto@gmail-like.example",
            "+420702654331",
        ),
    },
    {
        "id": "ia011-apple-mail-ipv6-prod",
        "description": "Apple Mail, IPv4 and IPv6 production, two test addresses, phone with 00420",
        "style": "apple-mail",
        "from": "Tereza Holubová <holubova@datalab.example>",
        "subject": "Přístup k XML – Datalab",
        "headers": [("X-Mailer", "Apple Mail (2.3774.300.61)")],
        "body": (
            "Dobrý den,\n\nza Datalab Žurnál z. ú., IČO 43809154, prosíme o přístup"
            " k výsledkovému XML.\n\n"
            "produkce:\n  203.0.113.15\n  2001:db8:c0::15\n"
            "test:\n  203.0.113.25\n  203.0.113.26\n\n"
            "Kontakt: Tereza Holubová, 00420 608 771 302\n\nDěkuji\nT. Holubová\n"
        ),
        "labels": L(
            [F],
            "Datalab Žurnál z. ú.",
            "43809154",
            None,
            ["203.0.113.15", "2001:db8:c0::15"],
            ["203.0.113.25", "203.0.113.26"],
            "Tereza Holubová",
            "holubova@datalab.example",
            "+420608771302",
        ),
    },
    {
        "id": "ia012-polish-portal",
        "description": "Polish portal in Polish, production only, Polish mobile",
        "style": "foreign",
        "from": "Piotr Zieliński <p.zielinski@wiadomosci-slask.example>",
        "subject": "Prośba o dostęp do danych wyborczych (XML)",
        "body": (
            "Szanowni Państwo,\n\nportal Wiadomości Śląsk sp. z o.o. zwraca się z prośbą o dostęp"
            " do kanału XML z wynikami wyborów. Adresy IP serwerów produkcyjnych:"
            " 198.18.22.1 oraz 198.18.22.2. Adresów testowych nie mamy.\n\n"
            "Osoba kontaktowa: Piotr Zieliński, tel. +48 601 224 873\n\nZ poważaniem\n"
            "Piotr Zieliński\n"
        ),
        "labels": L(
            [F],
            "Wiadomości Śląsk sp. z o.o.",
            None,
            None,
            ["198.18.22.1", "198.18.22.2"],
            [],
            "Piotr Zieliński",
            "p.zielinski@wiadomosci-slask.example",
            "+48601224873",
        ),
    },
    {
        "id": "ia013-html-signature-two-phones",
        "description": "HTML and text alternative, signature lists office and mobile; mobile is the direct one",
        "style": "outlook",
        "from": "Vojtěch Málek <malek@rozhledy.example>",
        "subject": "XML výsledky voleb – Rozhledy",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\nvydavatelství Rozhledy, a.s. (IČO 25730487) žádá o přístup"
            " k XML s výsledky. Server: 192.0.2.210. Testovací server: 192.0.2.211.\n\n"
            "Vojtěch Málek\nredaktor datového týmu\nústředna: +420 222 190 100\n"
            "mobil: +420 739 004 562\n"
        ),
        "html": (
            "<p>Dobrý den,</p><p>vydavatelství <b>Rozhledy, a.s.</b> (IČO 25730487) žádá o"
            " přístup k XML s výsledky. Server: 192.0.2.210. Testovací server: 192.0.2.211.</p>"
            "<p style='color:#555'>Vojtěch Málek<br>redaktor datového týmu<br>"
            "ústředna: +420 222 190 100<br>mobil: +420 739 004 562</p>"
        ),
        "labels": L(
            [F],
            "Rozhledy, a.s.",
            "25730487",
            None,
            ["192.0.2.210"],
            ["192.0.2.211"],
            "Vojtěch Málek",
            "malek@rozhledy.example",
            "+420739004562",
        ),
    },
    {
        "id": "ia014-university-two-people",
        "description": "university project, two people greeted; the one named contact differs from the sender",
        "style": "gmail",
        "from": "Adéla Ryšavá <adela.rysava@fsv.univerzita.example>",
        "subject": "Studentská volební noc – žádost o XML",
        "body": (
            "Dobrý den,\n\nve spolupráci s kolegou Filipem Šťastným připravujeme studentské"
            " volební vysílání. Žadatelem je Univerzita Střední Čechy, IČO 04693817"
            " (Fakulta sociálních věd).\n\nIP adresy pro ostrý provoz: 203.0.113.60"
            " a 203.0.113.61; pro testování 203.0.113.62.\n\n"
            "Technicky to celé má na starosti Filip, prosím kontaktujte jeho:"
            " filip.stastny@fsv.univerzita.example, 775 300 812.\n\n"
            "Díky!\nAdéla Ryšavá, Filip Šťastný\n"
        ),
        "labels": L(
            [F],
            "Univerzita Střední Čechy",
            "04693817",
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Filip Šťastný",
            "filip.stastny@fsv.univerzita.example",
            "+420775300812",
        ),
    },
]
