"""Fourteenth held-out part ``hc``, cases hc015–hc028 (see fourteenth_hc_common)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourteenth_hc_common import BOTH, FEED, FILM, L, Style, ico

ICO_POSUMAVI = ico("2846175")
ICO_MEDIALINK = ico("0416283")
ICO_UVVM = ico("6138425")
ICO_KRKONOSE = ico("4519072")
ICO_OSTMEDIEN = ico("0975314")
ICO_SRJ = ico("2265048")
ICO_HLAS = ico("2734619")
ICO_TYDENIK = ico("0628174")
ICO_BENES = ico("8812043")
ICO_DVORCE = ico("0029317")

CASES: list[dict[str, Any]] = [
    {
        "id": "hc015-norwegian-in-norwegian",
        "description": "Norwegian regional paper writes entirely in Norwegian with its own "
        "words for production and test",
        "style": Style.FOREIGN,
        "from": "Ingrid Haugen <ingrid.haugen@vestlandsposten.example>",
        "subject": "Søknad om tilgang til valgresultater (XML)",
        "body": (
            "Hei,\n\n"
            "Vestlandsposten AS i Bergen dekker valget i Tsjekkia og ønsker tilgang til "
            "XML-strømmen med valgresultater.\n\n"
            "Produksjon: 203.0.113.7, 203.0.113.8\n"
            "Test: 203.0.113.9\n\n"
            "Kontaktperson er undertegnede, telefon +47 55 55 01 23.\n\n"
            "Med vennlig hilsen\n"
            "Ingrid Haugen\n"
            "Utviklingsredaktør, Vestlandsposten AS\n"
        ),
        "labels": L(
            FEED,
            "Vestlandsposten AS",
            None,
            None,
            ["203.0.113.7", "203.0.113.8"],
            ["203.0.113.9"],
            "Ingrid Haugen",
            "ingrid.haugen@vestlandsposten.example",
            "+4755550123",
        ),
    },
    {
        "id": "hc016-no-diacritics-old-address",
        "description": "Czech without diacritics; an old production address is mentioned as "
        "no longer used and replaced",
        "style": Style.TERSE,
        "from": "Pavel Cerny <cerny@hlasatel-posumavi.example>",
        "subject": "zadost o pristup k XML - Hlasatel Posumavi",
        "body": (
            "Dobry den,\n\n"
            "posilame zadost o pristup k volebnim vysledkum pro Hlasatel Posumavi s.r.o., "
            f"ICO {ICO_POSUMAVI}.\n\n"
            "Minule volby jsme jezdili z adresy 198.51.100.14, ta uz se nepouziva, server "
            "jsme presunuli. Nova ostra adresa je 198.51.100.15, testovaci 198.51.100.16.\n\n"
            "Kontakt Pavel Cerny, tel. 00420 777 312 908\n\n"
            "Diky, Cerny\n"
        ),
        "labels": L(
            FEED,
            "Hlasatel Posumavi s.r.o.",
            ICO_POSUMAVI,
            None,
            ["198.51.100.15"],
            ["198.51.100.16"],
            "Pavel Cerny",
            "cerny@hlasatel-posumavi.example",
            "+420777312908",
        ),
    },
    {
        "id": "hc017-agency-xlsx-ipv6-test",
        "description": "Data agency attaches an XLSX with a role column; the test address is IPv6",
        "style": Style.AGENCY,
        "from": "Eva Horáková <horakova@medialink.example>",
        "subject": "MediaLink Data – volby, přístup k XML",
        "body": (
            "Dobrý den,\n\nv příloze je tabulka s adresami našich serverů. Žadatelem je "
            f"MediaLink Data s.r.o., IČO {ICO_MEDIALINK}. Pro dotazy jsem k dispozici na čísle "
            "+420 224 918 330.\n\nEva Horáková\nvedoucí provozu\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_servery.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Server", "Účel", "IP adresa"],
                            ["ml-feed-1", "produkce", "198.18.0.10"],
                            ["ml-feed-2", "produkce", "198.18.0.11"],
                            ["ml-stage", "test", "2001:db8:100::5"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "MediaLink Data s.r.o.",
            ICO_MEDIALINK,
            None,
            ["198.18.0.10", "198.18.0.11"],
            ["2001:db8:100::5"],
            "Eva Horáková",
            "horakova@medialink.example",
            "+420224918330",
        ),
    },
    {
        "id": "hc018-slovak-freelancer-filming",
        "description": "Slovak freelance videographer asks only to film at a Prague polling "
        "station, writes in Slovak, no IČO",
        "style": Style.FREELANCER,
        "from": "Peter Baláž <peter.balaz.video@posta.example>",
        "subject": "povolenie na natáčanie vo volebnej miestnosti",
        "body": (
            "Dobrý deň,\n\n"
            "som nezávislý kameraman zo Žiliny a pripravujem krátky dokument o voľbách "
            "v Česku. Chcel by som požiadať o povolenie natáčať v jednej volebnej miestnosti "
            "v Prahe počas sčítania hlasov. Natáčal by som sám, bez svetiel.\n\n"
            "Dáta z XML nepotrebujem.\n\n"
            "Ďakujem,\n"
            "Peter Baláž\n"
            "+421 948 555 210\n"
        ),
        "labels": L(
            FILM,
            "Peter Baláž",
            None,
            None,
            [],
            [],
            "Peter Baláž",
            "peter.balaz.video@posta.example",
            "+421948555210",
        ),
    },
    {
        "id": "hc019-research-institute-pdf-range",
        "description": "Public research institute sends a PDF letter; production as a range "
        "written with 'až', no test addresses",
        "style": Style.UNIVERSITY,
        "from": "Ondřej Malý <maly@uvvm.example>",
        "subject": "Žádost ÚVVM o přístup k datům",
        "body": "Dobrý den,\nzasílám žádost našeho ústavu v PDF.\nS pozdravem\nOndřej Malý\n",
        "attachments": [
            (
                "pdf",
                "zadost_UVVM.pdf",
                [
                    f"Ústav pro výzkum veřejného mínění, v. v. i.<br/>IČO: {ICO_UVVM}",
                    "Věc: přístup k průběžným výsledkům voleb ve formátu XML",
                    "Pro účely volebního modelu a jeho zveřejnění v médiích žádáme "
                    "o přístup k XML rozhraní. Provozovat jej budeme na adresách "
                    "198.51.100.40 až 198.51.100.44 (ostrý provoz). Testovací prostředí "
                    "nepoužíváme.",
                    "Kontaktní osoba: Mgr. Ondřej Malý, tel. 266 053 417, maly@uvvm.example",
                    "prof. PhDr. Alena Vránová, CSc., ředitelka",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            ICO_UVVM,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43", "198.51.100.44"],
            [],
            "Ondřej Malý",
            "maly@uvvm.example",
            "+420266053417",
        ),
    },
    {
        "id": "hc020-conditional-filming-request",
        "description": "Daily asks for the feed and also, if the rules allow it, to film; a "
        "conditional request is still a request",
        "style": Style.OUTLOOK,
        "from": "Lucie Vlčková <vlckova@denik-krkonose.example>",
        "subject": "Volby – XML a natáčení",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\n"
            f"Deník Krkonoše a.s. (IČO {ICO_KRKONOSE}) žádá o přístup k XML s výsledky voleb. "
            "Produkční server má adresu 192.0.2.220, záložní 192.0.2.221, testovací "
            "192.0.2.230.\n\n"
            "Pokud to vaše pravidla dovolí, rádi bychom také natáčeli při sčítání hlasů "
            "v některé volební místnosti v Trutnově – prosíme i o toto povolení.\n\n"
            "Kontakt: Lucie Vlčková, 605 221 904\n\n"
            "Lucie Vlčková\nzástupkyně šéfredaktora\n"
        ),
        "labels": L(
            BOTH,
            "Deník Krkonoše a.s.",
            ICO_KRKONOSE,
            None,
            ["192.0.2.220", "192.0.2.221"],
            ["192.0.2.230"],
            "Lucie Vlčková",
            "vlckova@denik-krkonose.example",
            "+420605221904",
        ),
    },
    {
        "id": "hc021-databox-german-branch-odt",
        "description": "Data message from the Czech branch of a German publisher; the "
        "application is an attached ODT in Czech with a German sentence",
        "style": Style.DATABOX,
        "databox": {
            "box": "q3vn8wd",
            "sender": "Ostmedien Verlag GmbH, odštěpný závod",
            "address": "Na Poříčí 1041/12, 110 00 Praha 1",
        },
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "attachments": [
            (
                "odt",
                "Antrag_Zadost.odt",
                [
                    f"Ostmedien Verlag GmbH, odštěpný závod, IČO {ICO_OSTMEDIEN}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML pro naše "
                    "německojazyčné zpravodajství (Prager Rundschau online).",
                    [
                        ["Druh", "Adresa"],
                        ["ostrý provoz", "203.0.113.90"],
                        ["test", "203.0.113.91"],
                    ],
                    "Kontaktní osoba / Ansprechpartner: Jörg Baumann, +420 721 330 118, "
                    "baumann@ostmedien.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Ostmedien Verlag GmbH, odštěpný závod",
            ICO_OSTMEDIEN,
            "q3vn8wd",
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Jörg Baumann",
            "baumann@ostmedien.example",
            "+420721330118",
        ),
    },
    {
        "id": "hc022-student-radio-html-ipv6-cidr",
        "description": "Student radio (a registered association) in an HTML table: production "
        "as an IPv6 /126 block, test an IPv4 address",
        "style": Style.HTML,
        "from": "Adam Procházka <adam@radio-kampus.example>",
        "subject": "Rádio Kampus – žádost o XML",
        "html": (
            "<html><body><p>Dobrý den,</p>"
            f"<p>studentské Rádio Kampus, z. s., IČO {ICO_SRJ}, by rádo během volební noci "
            "vysílalo výsledky přímo z vašich dat.</p>"
            "<table border=1><tr><th>Role</th><th>Adresa</th></tr>"
            "<tr><td>produkční</td><td>2001:db8:a0::/126</td></tr>"
            "<tr><td>testovací</td><td>192.0.2.200</td></tr></table>"
            "<p>Kontakt: Adam Procházka, +420 608 772 015</p>"
            "<p>Adam Procházka<br>technik, Rádio Kampus</p></body></html>"
        ),
        "labels": L(
            FEED,
            "Rádio Kampus, z. s.",
            ICO_SRJ,
            None,
            ["2001:db8:a0::", "2001:db8:a0::1", "2001:db8:a0::2", "2001:db8:a0::3"],
            ["192.0.2.200"],
            "Adam Procházka",
            "adam@radio-kampus.example",
            "+420608772015",
        ),
    },
    {
        "id": "hc023-forward-from-it-department",
        "description": "Editor forwards her IT department's note with the addresses and adds "
        "herself as the contact",
        "style": Style.FORWARD,
        "from": "Hana Šťastná <stastna@hlas-regionu.example>",
        "subject": "Fwd: adresy pro volební XML",
        "body": (
            "Dobrý den,\n\n"
            "přeposílám adresy od našeho IT. Žádáme o přístup k XML s výsledky voleb pro "
            f"Hlas regionu, a.s., IČO {ICO_HLAS}. Kontaktní osobou jsem já, Hana Šťastná, "
            "tel. 777 908 561.\n\n"
            "Hana Šťastná\n\n"
            "---------- Přeposlaná zpráva ----------\n"
            "Od: Roman Bartoš <bartos@hlas-regionu.example>\n"
            "Předmět: adresy pro volební XML\n\n"
            "Hani, na volby budou jet dva stroje: ostrý 198.18.31.2 a testovací "
            "198.18.31.3. Nic jiného tam nepiš.\n"
            "Roman\n"
        ),
        "labels": L(
            FEED,
            "Hlas regionu, a.s.",
            ICO_HLAS,
            None,
            ["198.18.31.2"],
            ["198.18.31.3"],
            "Hana Šťastná",
            "stastna@hlas-regionu.example",
            "+420777908561",
        ),
    },
    {
        "id": "hc024-reply-supplies-test-address",
        "description": "Reply to the office's question below the office's own signature and "
        "phone; the applicant adds the test address and keeps its production address",
        "style": Style.REPLY,
        "from": "Vojtěch Král <kral@tydenik-podbrdsko.example>",
        "subject": "Re: Doplnění žádosti o přístup k XML",
        "body": (
            "Dobrý den,\n\n"
            "testovací adresa je 203.0.113.222. Produkční zůstává, jak jsem psal, "
            "203.0.113.221.\n\n"
            "Vojtěch Král\n"
            f"Týdeník Podbrdsko s.r.o., IČO {ICO_TYDENIK}\n"
            "tel. +420 318 625 447\n\n"
            "Dne 30. 9. napsal(a) podatelna@czso.cz:\n"
            "> Dobrý den, ve Vaší žádosti o přístup k XML z adresy 203.0.113.221 chybí\n"
            "> testovací adresa. Prosíme o doplnění.\n"
            "> Český statistický úřad, IČO 00025593, tel. +420 274 052 733\n"
            ">\n"
            "> Dne 29. 9. Vojtěch Král napsal(a):\n"
            ">> Žádáme o přístup k XML s výsledky voleb, produkční server 203.0.113.221.\n"
            ">> Vojtěch Král, Týdeník Podbrdsko\n"
        ),
        "labels": L(
            FEED,
            "Týdeník Podbrdsko s.r.o.",
            ICO_TYDENIK,
            None,
            ["203.0.113.221"],
            ["203.0.113.222"],
            "Vojtěch Král",
            "kral@tydenik-podbrdsko.example",
            "+420318625447",
        ),
    },
    {
        "id": "hc025-polish-in-polish-netmask",
        "description": "Polish weekly writes in Polish; production address with a /31 netmask "
        "written after it, test address separate",
        "style": Style.FOREIGN,
        "from": "Agnieszka Nowak <a.nowak@tygodnik-beskidzki.example>",
        "subject": "Wniosek o dostęp do wyników wyborów (XML)",
        "body": (
            "Szanowni Państwo,\n\n"
            "Tygodnik Beskidzki sp. z o.o. z Cieszyna prosi o dostęp do danych XML "
            "z wynikami wyborów w Czechach.\n\n"
            "Adres produkcyjny: 192.0.2.96 maska 255.255.255.254\n"
            "Adres testowy: 192.0.2.98\n\n"
            "Osoba kontaktowa: Agnieszka Nowak, tel. +48 33 555 07 19\n\n"
            "Z wyrazami szacunku\n"
            "Agnieszka Nowak\n"
        ),
        "labels": L(
            FEED,
            "Tygodnik Beskidzki sp. z o.o.",
            None,
            None,
            ["192.0.2.96", "192.0.2.97"],
            ["192.0.2.98"],
            "Agnieszka Nowak",
            "a.nowak@tygodnik-beskidzki.example",
            "+48335550719",
        ),
    },
    {
        "id": "hc026-hungarian-tv-withdraws-feed",
        "description": "Hungarian TV asks for feed and filming, then withdraws the feed "
        "request; only filming remains and its addresses do not count",
        "style": Style.FOREIGN,
        "from": "Bence Szabó <bence.szabo@tisza-tv.example>",
        "subject": "Filming permission and data access - Tisza TV",
        "body": (
            "Dear Sir or Madam,\n\n"
            "Tisza TV Zrt. would like to film the vote counting in a polling station in "
            "Ostrava on election night, and we would also like access to your XML feed from "
            "203.0.113.15.\n\n"
            "Update (Friday): our partner agency will deliver the results to us, so please "
            "disregard the feed part - we withdraw the data access request. The filming "
            "request stays.\n\n"
            "Contact: Bence Szabó, +36 30 555 4821\n\n"
            "Regards,\nBence Szabó\nproducer\n"
        ),
        "labels": L(
            FILM,
            "Tisza TV Zrt.",
            None,
            None,
            [],
            [],
            "Bence Szabó",
            "bence.szabo@tisza-tv.example",
            "+36305554821",
        ),
    },
    {
        "id": "hc027-terse-range-shorthand",
        "description": "Two-line note of a freelancer: production range in shorthand "
        "'.33-35', test explicitly none",
        "style": Style.TERSE,
        "from": "Jiří Beneš <jiri@benes-volby.example>",
        "subject": "XML volby",
        "headers": [("X-Mailer", "iPhone Mail (21G93)")],
        "body": (
            f"prod: 203.0.113.33-35, test: žádný. Jiří Beneš, IČO {ICO_BENES}, 721 404 988\n"
            "Odesláno z iPhonu\n"
        ),
        "labels": L(
            FEED,
            "Jiří Beneš",
            ICO_BENES,
            None,
            ["203.0.113.33", "203.0.113.34", "203.0.113.35"],
            [],
            "Jiří Beneš",
            "jiri@benes-volby.example",
            "+420721404988",
        ),
    },
    {
        "id": "hc028-market-town-rtf-both",
        "description": "Market town newsroom sends an RTF letter asking for feed and filming "
        "at the local polling station; the mayor signs, a clerk is the contact",
        "style": Style.MUNICIPAL,
        "from": "Městys Velké Dvorce <podatelna@velkedvorce.example>",
        "subject": "Žádost městyse Velké Dvorce",
        "body": "Dobrý den, zasíláme žádost v příloze.\nMěstský úřad Velké Dvorce\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    f"Městys Velké Dvorce, náměstí Míru 1, IČO {ICO_DVORCE}",
                    "Věc: Žádost o přístup k XML s výsledky voleb a o povolení natáčení",
                    "Městys provozuje místní kabelovou televizi a zpravodajský web. Žádáme "
                    "o přístup k výsledkům voleb z adres 198.51.100.61 (ostrá) a "
                    "198.51.100.62 (testovací) a dále o povolení natáčet průběh sčítání "
                    "v okrskové volební komisi č. 1.",
                    "Vyřizuje: Blanka Šebestová, tel. 567 210 334, sebestova@velkedvorce.example",
                    "Ing. Josef Hrubý, starosta",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Městys Velké Dvorce",
            ICO_DVORCE,
            None,
            ["198.51.100.61"],
            ["198.51.100.62"],
            "Blanka Šebestová",
            "sebestova@velkedvorce.example",
            "+420567210334",
        ),
    },
]
