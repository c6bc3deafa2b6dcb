"""Fiftieth held-out part ``bz``, cases bz015–bz028: a regional TV that needs no XML if its
filming is approved, an Austrian publisher's mail forwarded as .eml by its Prague stringer, a
documentary maker's data message for a later election, a long formal HTML letter of a media
holding naming its titles, a mail with the application pasted twice (the second time with one
address changed), a Belgian publisher with IPv6 written in full, a Slovak ÁNO/NIE form, a table
with temporary and internal hosts, a Polish reply withdrawing the filming, a Hungarian
institute with an IPv6 /126, a regional TV's data message with 'resp.', a terse contractor
note for a civic outlet, a Spanish agency's English/Spanish mix and a municipal TV forwarded
inline by the town hall.
Written by hand apart from the extraction rules (see make_fiftieth_bz); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftieth_bz_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16X, I18, I19, I21 = (
    ico("2491637"),
    ico("0715822"),
    ico("2604918"),
    ico("0386251"),
    ico("5078213"),
)
I22, I25, I26, I28 = ico("2837460"), ico("2710594"), ico("2258037"), ico("0027159")

_PASTE = (
    "Žádost o přístup k průběžným výsledkům voleb (XML)\n"
    "Žadatel: Vysočina Online s.r.o., IČO {ico}\n"
    "Produkční IP: 198.51.100.77, 198.51.100.78\n"
    "Testovací IP: {test}\n"
    "Kontakt: Radka Benešová, benesova@vysocinaonline.example, 737 204 516\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "bz015-reply-pokud-schvalite-natoceni-xml-ne",
        "description": "a reply with quoted history: 'pokud nám schválíte natáčení, XML "
        "nepotřebujeme' (the XML is only a fallback, no addresses given): filming only",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "TV Polabí s.r.o.",
            I15,
            None,
            [],
            [],
            "Michal Brož",
            "broz@tvpolabi.example",
            "+420724118309",
        ),
        "from": "Michal Brož <broz@tvpolabi.example>",
        "subject": "Re: Dotaz k žádosti TV Polabí",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "děkuji za rychlou odpověď. Upřesňuji: žádáme o povolení natáčet na vašem "
        "pracovišti v Kolíně večer po uzavření místností (kameraman + já). Pokud nám "
        "schválíte natáčení, XML nepotřebujeme, výsledky pak odvysíláme ze záznamu a "
        "z webu volby.cz. Kdyby natáčení nešlo, ozvu se znovu a adresy pošlu.\n\n"
        "Michal Brož\nredaktor, TV Polabí s.r.o., IČO " + I15 + "\nmobil 724 118 309\n\n"
        "> Dne 3. 9. 2025 v 10:12 napsal(a) podatelna@czso.cz:\n"
        "> Dobrý den, pane Broži,\n"
        "> z Vaší zprávy není zřejmé, zda žádáte o přístup k XML, o povolení natáčení,\n"
        "> nebo o obojí. U XML prosíme o uvedení IP adres.\n"
        "> S pozdravem\n"
        "> podatelna ČSÚ\n"
        ">\n"
        ">> Dobrý den, TV Polabí by se ráda zapojila do volebního zpravodajství, jak\n"
        ">> minule. Prosím o info, co potřebujete. Brož\n",
    },
    {
        "id": "bz016-at-verlag-forward-eml-korrespondent",
        "description": "a Prague stringer forwards the Austrian publisher's German mail as an "
        ".eml; the publisher applies, the stringer is named its contact inside the "
        "forwarded mail; production only",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Kärntner Rundschau Verlags GmbH",
            None,
            None,
            ["203.0.113.30", "203.0.113.31"],
            [],
            "Filip Navrátil",
            "navratil.praha@kaernten-rundschau.example",
            "+420777402913",
        ),
        "from": "Filip Navrátil <navratil.praha@kaernten-rundschau.example>",
        "subject": "Fwd: Zugang Wahlergebnisse - Kärntner Rundschau",
        "headers": IPHONE,
        "body": "Dobrý den, přeposílám žádost vydavatele, pro který píšu z Prahy. Kdyby "
        "bylo potřeba něco doplnit, jsem k dispozici. F. Navrátil\n",
        "attachments": [
            (
                "eml",
                "Zugang Wahlergebnisse.eml",
                {
                    "id": "bz016-inner",
                    "from": "Mag. Werner Pichler <pichler@kaernten-rundschau.example>",
                    "to": "navratil.praha@kaernten-rundschau.example",
                    "subject": "Zugang Wahlergebnisse",
                    "body": "Lieber Filip,\n\n"
                    "bitte leite das an das tschechische Statistikamt weiter:\n\n"
                    "Die Kärntner Rundschau Verlags GmbH (Klagenfurt) beantragt den Zugang "
                    "zum XML-Dienst mit den laufenden Wahlergebnissen. Abrufen werden wir von "
                    "203.0.113.30 und 203.0.113.31 (beide Produktion, eine Testumgebung "
                    "haben wir nicht). Drehen wollen wir nicht.\n\n"
                    "Ansprechpartner vor Ort ist unser Prager Korrespondent Filip Navrátil, "
                    "navratil.praha@kaernten-rundschau.example, +420 777 402 913.\n\n"
                    "Danke und Grüße\nWerner Pichler\nGeschäftsführer\n",
                },
            )
        ],
    },
    {
        "id": "bz017-databox-osvc-dokumentaristka-2028-odt",
        "description": "data message from a natural person in business ('Jitka Šťastná – "
        "dokumentaristka': a description, not a trade name); filming only, applied as a "
        "whole for the 2028 regional elections (counts); ODT with her IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Jitka Šťastná",
            I16X,
            "js8dk4m",
            [],
            [],
            "Jitka Šťastná",
            "jitka@stastnafilm.example",
            "+420606551280",
        ),
        "databox": box("js8dk4m", "Jitka Šťastná", "Palackého 22, 779 00 Olomouc", 40),
        "subject": "Žádost o povolení natáčení - krajské volby 2028",
        "attachments": [
            (
                "odt",
                "zadost_natoceni_Stastna.odt",
                [
                    "Jitka Šťastná – dokumentaristka",
                    "IČO " + I16X + ", Palackého 22, 779 00 Olomouc",
                    "Věc: Žádost o povolení natáčet na pracovišti ČSÚ",
                    "Připravuji celovečerní dokument o sčítání hlasů. Žádám o povolení "
                    "natáčet na krajském pracovišti v Olomouci při volbách do zastupitelstev "
                    "krajů v roce 2028 (letos jen obhlídka bez kamery). Přístup k XML "
                    "nepotřebuji.",
                    [
                        ["Štáb", "2 osoby (kamera, zvuk)"],
                        ["Kontakt", "Jitka Šťastná, jitka@stastnafilm.example, 606 551 280"],
                    ],
                    "Jitka Šťastná",
                ],
            )
        ],
    },
    {
        "id": "bz018-holding-long-letter-html-titles",
        "description": "long formal HTML-only letter in windows-1250 of a holding naming three "
        "titles (one applicant); four production servers as hostnames with addresses in "
        "brackets, one test; both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Moravia Press Holding a.s.",
            I18,
            None,
            ["192.0.2.41", "192.0.2.42", "192.0.2.43", "192.0.2.44"],
            ["192.0.2.49"],
            "Radim Kopeček",
            "kopecek@moraviapress.example",
            "+420739605117",
        ),
        "from": "Moravia Press Holding <sekretariat@moraviapress.example>",
        "subject": "Žádost Moravia Press Holding a.s. - volby do Poslanecké sněmovny",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "qp",
        "html": "<html><body>"
        "<p align=right>V Olomouci dne 4. září 2025<br>Naše zn.: MPH/ŘTI/2025/118</p>"
        "<p>Český statistický úřad<br>odbor volebních informací</p>"
        "<p><b>Věc: Žádost o zpřístupnění průběžných výsledků voleb a o povolení "
        "pořizovat záznam</b></p>"
        "<p>Vážené dámy, vážení pánové,</p>"
        "<p>společnost Moravia Press Holding a.s., IČO " + I18 + ", se sídlem Litovelská "
        "9, 779 00 Olomouc, je vydavatelem deníku Hanácký večerník, týdeníku Zlínský "
        "expres a zpravodajského serveru Valašsko24. Tyto tituly nemají vlastní právní "
        "subjektivitu; žádost proto podáváme souhrnně za všechny jako jediný žadatel.</p>"
        "<p>Jako v minulých letech bychom rádi přebírali průběžné výsledky ve formátu XML. "
        "Po loňské modernizaci provozujeme čtyři produkční uzly za vyrovnávačem zátěže "
        "a jeden testovací:</p>"
        "<ul><li>xml-a.moraviapress.example (192.0.2.41)</li>"
        "<li>xml-b.moraviapress.example (192.0.2.42)</li>"
        "<li>xml-c.moraviapress.example (192.0.2.43)</li>"
        "<li>xml-d.moraviapress.example (192.0.2.44)</li>"
        "<li>test: qa.moraviapress.example (192.0.2.49)</li></ul>"
        "<p>Zároveň žádáme o povolení pro dvoučlenný štáb Hanáckého večerníku pořídit "
        "obrazový záznam na krajském pracovišti v Olomouci ve volební noci.</p>"
        "<p>Kontaktní osobou pro technickou i organizační stránku žádosti je pan Radim "
        "Kopeček, ředitel technologií (kopecek@moraviapress.example, +420 739 605 117). "
        "Sekretariát představenstva je k dispozici na čísle 585 224 100.</p>"
        "<p>Děkujeme za vyřízení a jsme s pozdravem</p>"
        "<p>Ing. Hedvika Zapletalová<br>předsedkyně představenstva<br>Moravia Press "
        "Holding a.s.</p></body></html>",
    },
    {
        "id": "bz019-pasted-twice-test-ip-differs",
        "description": "the application is pasted twice in a base64 body, the second copy "
        "marked 'opravená verze' with a different test address: the corrected one counts",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vysočina Online s.r.o.",
            I19,
            None,
            ["198.51.100.77", "198.51.100.78"],
            ["198.51.100.86"],
            "Radka Benešová",
            "benesova@vysocinaonline.example",
            "+420737204516",
        ),
        "from": "Radka Benešová <benesova@vysocinaonline.example>",
        "subject": "zadost XML volby - Vysocina Online",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "body": "Dobrý den,\n\nposílám žádost:\n\n"
        + _PASTE.format(ico=I19, test="198.51.100.85")
        + "\n--- opravená verze (kolega mezitím přečísloval testovací stroj) ---\n\n"
        + _PASTE.format(ico=I19, test="198.51.100.86")
        + "\nOmlouvám se za zmatek, platí ta druhá.\nR. Benešová\n",
    },
    {
        "id": "bz020-fr-be-editions-ipv6-full",
        "description": "French Belgian publisher: the sentence opens with the article 'Les "
        "Éditions … souhaitent', the signature writes the name without it; IPv6 written in "
        "full with leading zeros; text + HTML alternative",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Éditions du Sillon SA",
            None,
            None,
            ["2001:db8:c10::101", "2001:db8:c10::102"],
            ["2001:db8:c10::1ff"],
            "Mathilde Renard",
            "m.renard@editionsdusillon.example",
            "+3281224719",
        ),
        "from": "Mathilde Renard <m.renard@editionsdusillon.example>",
        "subject": "Demande d'accès aux résultats électoraux et autorisation de tournage",
        "headers": EVOLUTION,
        "body": "Madame, Monsieur,\n\n"
        "Les Éditions du Sillon SA souhaitent obtenir l'accès au flux XML des résultats "
        "provisoires ainsi que l'autorisation de filmer dans votre centre de Prague le soir "
        "du scrutin.\n\n"
        "Serveurs de production :\n"
        "  2001:0db8:0c10:0000:0000:0000:0000:0101\n"
        "  2001:0db8:0c10:0000:0000:0000:0000:0102\n"
        "Serveur de test :\n"
        "  2001:0db8:0c10:0000:0000:0000:0000:01ff\n\n"
        "Personne de contact : Mathilde Renard, +32 81 22 47 19\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
        "Mathilde Renard\nresponsable numérique\n"
        "Éditions du Sillon SA, rue de Fer 18, 5000 Namur\n",
        "html": "<p>Madame, Monsieur,</p><p>Les Éditions du Sillon SA souhaitent obtenir "
        "l'accès au flux XML des résultats provisoires ainsi que l'autorisation de filmer "
        "dans votre centre de Prague le soir du scrutin.</p>"
        "<p>Serveurs de production :<br>2001:0db8:0c10:0000:0000:0000:0000:0101<br>"
        "2001:0db8:0c10:0000:0000:0000:0000:0102<br>Serveur de test :<br>"
        "2001:0db8:0c10:0000:0000:0000:0000:01ff</p>"
        "<p>Personne de contact : Mathilde Renard, +32 81 22 47 19</p>"
        "<p>Veuillez agréer, Madame, Monsieur, nos salutations distinguées.</p>"
        "<p>Mathilde Renard<br>responsable numérique<br>Éditions du Sillon SA, rue de Fer "
        "18, 5000 Namur</p>",
    },
    {
        "id": "bz021-sk-formular-ano-nie-pdf",
        "description": "Slovak flowed cover, the PDF form answers ÁNO for the XML and NIE for "
        "filming; the contact written surname first in capitals",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Záhorák média, s. r. o.",
            I21,
            None,
            ["198.19.3.10", "198.19.3.11"],
            ["198.19.3.20"],
            "Zuzana Kováčová",
            "kovacova@zahorak.example",
            "+421915227063",
        ),
        "from": "Zuzana Kováčová <kovacova@zahorak.example>",
        "subject": "Žiadosť - formulár v prílohe",
        "headers": GMAIL,
        "flowed": True,
        "body": "Dobrý deň,\n\nv prílohe posielam vyplnený formulár našej spoločnosti. "
        "Ďakujem.\n\nZuzana Kováčová\n",
        "attachments": [
            (
                "pdf",
                "formular_Zahorak.pdf",
                [
                    "ŽIADOSŤ MÉDIA – voľby do Poslaneckej snemovne PČR",
                    {
                        "rows": [
                            ["Žiadateľ", "Záhorák média, s. r. o."],
                            ["IČO", I21],
                            ["Prístup k XML výsledkom", "ÁNO"],
                            ["Povolenie natáčať / fotografovať", "NIE"],
                            ["Produkčné IP", "198.19.3.10; 198.19.3.11"],
                            ["Testovacia IP", "198.19.3.20"],
                            ["Kontaktná osoba", "KOVÁČOVÁ Zuzana"],
                            ["Telefón / e-mail", "+421 915 227 063 / kovacova@zahorak.example"],
                        ],
                        "widths": [170, 280],
                    },
                    "Senica, 1. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "bz022-xlsx-docasny-interni-host",
        "description": "XLSX with a role/note column: a temporary production machine for the "
        "election weekend counts, an internal 10.x host and a decommissioned one do not",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Krkonoše Online s.r.o.",
            I22,
            None,
            ["203.0.113.50", "203.0.113.55"],
            ["203.0.113.59"],
            "Vojtěch Hanuš",
            "hanus@krkonoseonline.example",
            "+420731660245",
        ),
        "from": "Vojtěch Hanuš <hanus@krkonoseonline.example>",
        "subject": "Krkonoše Online - XML výsledky, adresy v tabulce",
        "headers": SAMSUNG,
        "body": "Dobrý den, žádáme o přístup k XML s výsledky voleb. Adresy a role jsou "
        "v tabulce. Vojtěch Hanuš, Krkonoše Online s.r.o., IČO " + I22 + ", tel. 731 660 245\n",
        "attachments": [
            (
                "xlsx",
                "adresy_KO.xlsx",
                [
                    {
                        "title": "servery",
                        "rows": [
                            ["Adresa", "Role", "Poznámka"],
                            ["203.0.113.50", "produkce", "hlavní server"],
                            ["203.0.113.55", "produkce", "dočasně jen na volební víkend"],
                            ["10.12.0.7", "interní", "za NATem, nepovolovat"],
                            ["203.0.113.48", "—", "starý stroj, zrušen v červnu"],
                            ["203.0.113.59", "test", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bz023-pl-reply-rezygnujemy-z-filmowania",
        "description": "Polish reply: the quoted first mail asked for feed and filming, the "
        "answer on top withdraws the filming and adds the test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Telewizja Beskidy Sp. z o.o.",
            None,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Tomasz Kubiak",
            "t.kubiak@tvbeskidy.example",
            "+48601224871",
        ),
        "from": "Tomasz Kubiak <t.kubiak@tvbeskidy.example>",
        "subject": "Odp: Wniosek TV Beskidy - wyniki wyborów i filmowanie",
        "headers": TBIRD,
        "body": "Dzień dobry,\n\n"
        "po naradzie w redakcji rezygnujemy z filmowania, ekipa będzie w tym czasie w "
        "Bielsku. Wniosek o XML podtrzymujemy. Adres testowy, o który Państwo prosili: "
        "198.51.100.181.\n\n"
        "Pozdrawiam\nTomasz Kubiak\n\n"
        "W dniu 2.09.2025 o 14:05, Tomasz Kubiak pisze:\n"
        "> Szanowni Państwo,\n"
        "> Telewizja Beskidy Sp. z o.o. prosi o dostęp do wyników w XML (serwer\n"
        "> produkcyjny 198.51.100.180) oraz o zgodę na filmowanie w Państwa\n"
        "> punkcie w Ostrawie.\n"
        "> Kontakt: Tomasz Kubiak, +48 601 224 871\n",
    },
    {
        "id": "bz024-hu-intezet-ipv6-126",
        "description": "Hungarian research institute (no IČO) gives an IPv6 /126 block as "
        "production (four addresses, one ending in '::'); no test; Hungarian name order with "
        "a title",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Közép-európai Választáskutató Intézet",
            None,
            None,
            ["2001:db8:60::", "2001:db8:60::1", "2001:db8:60::2", "2001:db8:60::3"],
            [],
            "Halmi Orsolya",
            "halmi.orsolya@kevi.example",
            "+3613428870",
        ),
        "from": "Halmi Orsolya <halmi.orsolya@kevi.example>",
        "subject": "Adathozzáférés kérése - választási eredmények",
        "headers": OUTLOOK,
        "cte": "8bit",
        "body": "Tisztelt Cseh Statisztikai Hivatal!\n\n"
        "A Közép-európai Választáskutató Intézet kutatási célból kéri a választási "
        "részeredmények XML-formátumú elérését.\n\n"
        "Éles hálózatunk: 2001:db8:60::/126\n"
        "Külön teszt címünk nincs.\n\n"
        "Kapcsolattartó: dr. Halmi Orsolya, tudományos főmunkatárs, +36 1 342 8870\n\n"
        "Tisztelettel:\ndr. Halmi Orsolya\nBudapest\n",
    },
    {
        "id": "bz025-databox-regionalni-tv-resp-rtf",
        "description": "regional TV's data message with an RTF: 'produkční a testovací IP jsou "
        "192.0.2.140, resp. 192.0.2.141' (order word), both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Jižní Morava, s.r.o.",
            I25,
            "rt5jm8x",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Šárka Vlčková",
            "vlckova@rtjm.example",
            "+420702318664",
        ),
        "databox": box(
            "rt5jm8x", "Regionální televize Jižní Morava, s.r.o.", "Veveří 58, 602 00 Brno"
        ),
        "subject": "RTJM - žádost XML + natáčení",
        "attachments": [
            (
                "rtf",
                "RTJM_zadost.rtf",
                [
                    "Regionální televize Jižní Morava, s.r.o., IČO " + I25,
                    "Žádáme o přístup k průběžným výsledkům voleb v XML a o povolení natáčet "
                    "na brněnském pracovišti ČSÚ.",
                    "Produkční a testovací IP jsou 192.0.2.140, resp. 192.0.2.141.",
                    [
                        ["Kontakt", "Šárka Vlčková"],
                        ["Tel.", "702 318 664"],
                        ["E-mail", "vlckova@rtjm.example"],
                    ],
                    "Ing. Pavel Doležal, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bz026-terse-dodavatel-za-spolek",
        "description": "terse note of an IT contractor for a civic outlet (a z. s.); roles "
        "in brackets after each address; the contact at the client is named with e-mail",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Zprávy Podluží, z. s.",
            I26,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Iveta Růžičková",
            "ruzickova@zpravypodluzi.example",
            "+420739402118",
        ),
        "from": "admin@hostuj-levne.example",
        "subject": "XML volby za klienta",
        "headers": CENTRUM,
        "body": "Zdravím,\nza klienta Zprávy Podluží, z. s. (IČ " + I26 + ") posílám IP pro "
        "XML: 203.0.113.201 (prod), 203.0.113.202 (test). Kontakt u klienta: Iveta "
        "Růžičková, ruzickova@zpravypodluzi.example, 739 402 118.\nDík, T. Krejčí, "
        "hostuj-levne\n",
    },
    {
        "id": "bz027-es-en-agencia-rango",
        "description": "Spanish agency's Prague office mixing English and Spanish; production "
        "as a range '192.0.2.90 – 192.0.2.92' (three), a test; Prague phone of the bureau "
        "chief after the Madrid switchboard",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias S.A.",
            None,
            None,
            ["192.0.2.90", "192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Javier Ortega Ruiz",
            "jortega@agenciaiberica.example",
            "+420722513806",
        ),
        "from": "Javier Ortega Ruiz <jortega@agenciaiberica.example>",
        "subject": "XML feed request / solicitud acceso resultados",
        "headers": IPHONE,
        "body": "Hello,\n\n"
        "on behalf of Agencia Ibérica de Noticias S.A. (Prague bureau) I'd like to request "
        "access to the XML results feed for the upcoming elections. Nuestros servidores de "
        "producción: 192.0.2.90 – 192.0.2.92. Test: 192.0.2.99.\n\n"
        "No filming, gracias.\n\n"
        "Javier Ortega Ruiz\nJefe de la delegación en Praga\n"
        "Centralita Madrid +34 91 555 0100 | Praha mobil +420 722 513 806\n\n"
        "Enviado desde mi iPhone\n",
    },
    {
        "id": "bz028-mesto-tv-forward-inline",
        "description": "town hall forwards inline the head of the municipal TV (not a legal "
        "entity): the town applies with its IČO; the contact is the TV head, not the "
        "forwarding secretary; production only",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Město Hořice",
            I28,
            None,
            ["198.51.100.230", "198.51.100.231"],
            [],
            "Pavel Hejduk",
            "hejduk@horice-tv.example",
            "+420734502661",
        ),
        "from": "Podatelna MěÚ Hořice <podatelna@muhorice.example>",
        "subject": "FW: Hořická televize - volby",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\npřeposíláme žádost Hořické televize, kterou provozuje město "
        "Hořice (IČO " + I28 + ").\n\nS pozdravem\nDana Pilařová\npodatelna MěÚ Hořice\n\n"
        "From: Pavel Hejduk <hejduk@horice-tv.example>\n"
        "Sent: Monday, September 1, 2025 9:47 AM\n"
        "To: podatelna@muhorice.example\n"
        "Subject: Hořická televize - volby\n\n"
        "Prosím o přeposlání na ČSÚ za město:\n"
        "Město Hořice (Hořická televize) žádá o XML výsledky a o povolení natáčet na "
        "pracovišti v Hradci Králové.\n"
        "IP: 198.51.100.230 a 198.51.100.231, obě ostrý provoz, test nemáme.\n"
        "Kontakt: Bc. Pavel Hejduk, vedoucí Hořické televize, 734 502 661\n",
    },
]
