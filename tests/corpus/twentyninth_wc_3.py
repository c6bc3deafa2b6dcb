"""Twentyninth held-out part ``wc``, cases wc029–wc042: a university's data message with the
application only in a DOCX with a merged role cell, a freelancer's RTF letter by data message, a
weekly's XLSX ano/ne form by data message, a Swiss paper with "bzw.", a Polish freelancer
writing English, a terse note with last-octet shorthand, a long letter in windows-1250 with a
netmask and a version number, a conditional filming request in HTML, a Slovak agency forwarding
the office's press release, a reply whose addresses stay in the quoted original while the
contact is replaced, a city's HTML mail with "až", a text form attached to a radio's mail, a
Finnish outlet with a business ID and an association's ODT by data message. Written by hand
apart from the extraction rules (see make_twentyninth_wc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyninth_wc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I31, I34, I35 = (
    ico("6201478"),
    ico("7340951"),
    ico("2618043"),
    ico("2844716"),
    ico("4523190"),
)
I36, I37, I38, I39, I40, I42 = (
    ico("2930857"),
    ico("3618240"),
    ico("2471059"),
    ico("0029876"),
    ico("2693104"),
    ico("2265481"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "wc029-university-databox-docx-merged",
        "description": "university's data message, the application only in a DOCX whose "
        "'Produkce' cell spans two rows; the office's box in the letter's address block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysoká škola mediálních studií Plzeň, o.p.s.",
            I29,
            "p9dx3ka",
            ["192.0.2.81", "192.0.2.82"],
            ["192.0.2.89"],
            "Karel Vybíral",
            "vybiral@vsms-plzen.example",
            "+420377205148",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – VŠMS Plzeň",
        "databox": {
            "box": "p9dx3ka",
            "sender": "Vysoká škola mediálních studií Plzeň, o.p.s.",
            "address": "Americká 52, 301 00 Plzeň",
        },
        "attachments": [
            (
                "docx",
                "VSMS_zadost_XML.docx",
                {
                    "header": "Vysoká škola mediálních studií Plzeň, o.p.s.",
                    "blocks": [
                        "Adresát: Český statistický úřad, ID datové schránky 2gfaasy",
                        "Věc: Žádost o zřízení přístupu k XML s výsledky voleb",
                        f"Žadatel: Vysoká škola mediálních studií Plzeň, o.p.s., IČO {I29}",
                        "Naše škola připravuje s posluchači oboru žurnalistika volební "
                        "zpravodajství na webu školy. Žádáme o přístup z těchto adres:",
                        {
                            "rows": [
                                ["Určení", "IP adresa"],
                                ["Produkce", "192.0.2.81"],
                                ["", "192.0.2.82"],
                                ["Test", "192.0.2.89"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "O povolení natáčet nežádáme.",
                        "Kontaktní osoba: Ing. Karel Vybíral, CIO, tel. 377 205 148, "
                        "vybiral@vsms-plzen.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "wc030-freelancer-databox-rtf-film",
        "description": "a freelance photographer's data message (natural-person box) with an "
        "RTF letter: filming only, the feed declined",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Jan Kolář – KolarFoto",
            I30,
            "f3nb8tw",
            [],
            [],
            "Jan Kolář",
            "jan@kolarfoto.example",
            "+420602117348",
        ),
        "subject": "Povolení fotografovat a natáčet – volby",
        "databox": {
            "box": "f3nb8tw",
            "sender": "Jan Kolář",
            "address": "Husova 8, 370 01 České Budějovice",
            "type": 30,
        },
        "attachments": [
            (
                "rtf",
                "zadost_natacení_Kolar.rtf",
                [
                    "Jan Kolář – KolarFoto, Husova 8, 370 01 České Budějovice",
                    f"IČO {I30}, fotograf a kameraman na volné noze",
                    "Věc: žádost o povolení pořizovat záznam na sběrném místě",
                    "Pro týdeník Budějovický kurýr připravuji fotoreportáž a krátké video "
                    "z volební noci. Žádám o povolení fotografovat a natáčet na sběrném "
                    "místě ČSÚ v Českých Budějovicích. Přístup k datům ve formátu XML "
                    "nepotřebuji.",
                    "Kontakt: 602 117 348, jan@kolarfoto.example",
                    "Jan Kolář",
                ],
            )
        ],
    },
    {
        "id": "wc031-weekly-databox-xlsx-yes-no",
        "description": "weekly's data message with an XLSX form: ano/ne column for the two "
        "requests, a second sheet with addresses, the annotation only says 'see file'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Týdeník Vysočina plus, s.r.o.",
            I31,
            "m6tq2hr",
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.38"],
            "Irena Pospíšilová",
            "pospisilova@vysocinaplus.example",
            "+420566781305",
        ),
        "subject": "Žádost viz příloha",
        "databox": {
            "box": "m6tq2hr",
            "sender": "Týdeník Vysočina plus, s.r.o.",
            "address": "Palackého 19, 591 01 Žďár nad Sázavou",
        },
        "attachments": [
            (
                "xlsx",
                "formular_volby_2025.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Týdeník Vysočina plus, s.r.o."],
                            ["IČO", I31],
                            ["Žádáme o", "ano/ne"],
                            ["Přístup k XML výsledkům", "ano"],
                            ["Povolení natáčet na sběrném místě", "ano"],
                            ["Kontaktní osoba", "Irena Pospíšilová"],
                            ["Telefon", "+420 566 781 305"],
                            ["E-mail", "pospisilova@vysocinaplus.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["IP adresa", "produkční", "testovací"],
                            ["203.0.113.30", "x", ""],
                            ["203.0.113.31", "x", ""],
                            ["203.0.113.38", "", "x"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "wc032-swiss-german-bzw",
        "description": "Swiss paper in German: roles by 'bzw.', a CHE UID number, a Swiss "
        "mobile; the filming is declined",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Neue Linthzeitung AG",
            None,
            None,
            ["198.51.100.110"],
            ["198.51.100.111"],
            "Reto Baumgartner",
            "reto.baumgartner@linthzeitung.example",
            "+41794418263",
        ),
        "from": "Reto Baumgartner <reto.baumgartner@linthzeitung.example>",
        "subject": "Gesuch: Zugang zu den Wahlresultaten im XML-Format",
        "headers": APPLE,
        "body": (
            "Grüezi\n\n"
            "Die Neue Linthzeitung AG (UID CHE-281.447.930) möchte für die Berichterstattung "
            "über die Wahlen in Tschechien Zugang zu Ihren XML-Daten beantragen.\n\n"
            "Produktion und Test laufen auf 198.51.100.110 bzw. 198.51.100.111.\n\n"
            "Eine Drehbewilligung benötigen wir nicht.\n\n"
            "Freundliche Grüsse\nReto Baumgartner\nLeiter Digital\nNeue Linthzeitung AG, "
            "8640 Rapperswil\nMobile +41 79 441 82 63\n"
        ),
    },
    {
        "id": "wc033-polish-freelancer-english",
        "description": "Polish freelance reporter writes English with Polish bits: filming only, "
        "explicitly no feed; Polish mobile",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Agnieszka Zawadzka",
            None,
            None,
            [],
            [],
            "Agnieszka Zawadzka",
            "a.zawadzka@freelance-pl.example",
            "+48601447285",
        ),
        "from": "Agnieszka Zawadzka <a.zawadzka@freelance-pl.example>",
        "subject": "Filming request – election night / prośba o zgodę",
        "headers": IPHONE,
        "body": (
            "Hello,\n\n"
            "I'm a freelance reporter from Katowice (no company, I work for several Polish "
            "outlets). Could I get permission to film at your results collection point in "
            "Ostrava on election night? Just me and a small camera.\n\n"
            "I don't need the XML data feed, thanks – only the filming.\n\n"
            "Dziękuję / thank you,\nAgnieszka Zawadzka\ntel. +48 601 447 285\n\n"
            "Sent from my iPhone\n"
        ),
    },
    {
        "id": "wc034-terse-last-octet",
        "description": "a two-line note without diacritics: later addresses given by their "
        "last octet only",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Zpravy Polabi s.r.o.",
            I34,
            None,
            ["192.0.2.7", "192.0.2.8"],
            ["192.0.2.9"],
            "Michal Stastny",
            "stastny@zpravypolabi.example",
            "+420736258140",
        ),
        "from": "Michal Stastny <stastny@zpravypolabi.example>",
        "subject": "zadost xml",
        "headers": IPHONE,
        "body": (
            "dobry den, zadame o pristup k xml vysledkum. prod 192.0.2.7 a .8, test .9\n"
            f"Zpravy Polabi s.r.o., ICO {I34}, Michal Stastny 736258140\n\n"
            "Odeslano z iPhonu\n"
        ),
    },
    {
        "id": "wc035-long-letter-netmask-version",
        "description": "long formal letter in windows-1250 base64: production as an address "
        "with a netmask, a parser version number, several signatories",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Pošumavský deník a.s.",
            I35,
            None,
            ["192.0.2.96", "192.0.2.97", "192.0.2.98", "192.0.2.99"],
            ["192.0.2.100"],
            "Vlastimil Hořejší",
            "horejsi@posumavskydenik.example",
            "+420376501922",
        ),
        "from": "Vlastimil Hořejší <horejsi@posumavskydenik.example>",
        "subject": "Žádost o zpřístupnění průběžných výsledků voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "base64",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "dovolte mi, abych se na Vás obrátil jménem vydavatelství Pošumavský deník "
            f"a.s., IČO {I35}, se sídlem Plánická 12, 339 01 Klatovy. Náš deník vychází "
            "již od roku 1991 a volby každoročně pokrýváme nejen v tištěném vydání, ale "
            "především na webu, kde jsme v minulých letech nabízeli čtenářům průběžné "
            "výsledky z okresů Klatovy, Domažlice a Prachatice.\n\n"
            "Letos jsme naši infrastrukturu přestavěli. Výsledky bude zpracovávat nový "
            "parser (verze 2.4.1.7), který poběží na čtyřech produkčních serverech v síti "
            "192.0.2.96 / 255.255.255.252. Před volbami bychom rádi vše vyzkoušeli na "
            "testovacím serveru 192.0.2.100.\n\n"
            "Tímto tedy žádáme o zřízení přístupu k serveru s výsledky voleb ve formátu "
            "XML. O natáčení na sběrných místech nežádáme.\n\n"
            "Kontaktní osobou pro technické otázky jsem já, Vlastimil Hořejší, "
            "tel. 376 501 922. Ve věcech redakčních se můžete obracet na šéfredaktorku "
            "Mgr. Hanu Lorencovou (tel. 376 501 900).\n\n"
            "Předem děkujeme za vyřízení a těšíme se na spolupráci.\n\n"
            "S úctou\n\n"
            "Vlastimil Hořejší                 Mgr. Hana Lorencová\n"
            "vedoucí IT                        šéfredaktorka\n"
            "Pošumavský deník a.s.\n"
        ),
    },
    {
        "id": "wc036-conditional-filming-html",
        "description": "HTML-only Zimbra mail: feed plus a politely conditional filming request "
        "('pokud by to bylo možné'), which an officer registers",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Hanácká televize s.r.o.",
            I36,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Stanislav Lepka",
            "lepka@hanackatv.example",
            "+420585306114",
        ),
        "from": "Stanislav Lepka <lepka@hanackatv.example>",
        "subject": "Hanácká televize – přístup k XML, případně natáčení",
        "headers": ZIMBRA,
        "html": (
            "<html><body><div style='font-family: arial, helvetica, sans-serif'>"
            "<p>Dobrý den,</p>"
            f"<p>Hanácká televize s.r.o., IČ: {I36[:3]} {I36[3:6]} {I36[6:]}, žádá o "
            "přístup k výsledkům voleb ve formátu XML z adresy <b>203.0.113.140</b> "
            "(produkce); pro testování použijeme <b>203.0.113.141</b>.</p>"
            "<p>Pokud by to bylo možné, rádi bychom také natáčeli na sběrném místě "
            "v Olomouci – žádáme tedy i o povolení k natáčení.</p>"
            "<p>Kontakt: Stanislav Lepka, 585 306 114</p>"
            "<p>Děkuji<br>S. Lepka<br>technický ředitel</p></div></body></html>"
        ),
    },
    {
        "id": "wc037-slovak-agency-forwards-release",
        "description": "Slovak agency forwards the office's press release with its own "
        "request on top; the release carries the office's identifiers and phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Slovenská regionálna tlačová agentúra, a. s.",
            I37,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Martin Hric",
            "hric@srta.example",
            "+421257103384",
        ),
        "from": "Martin Hric <hric@srta.example>",
        "subject": "Fwd: Tlačová správa – výsledky volieb vo formáte XML",
        "headers": TBIRD,
        "body": (
            "Dobrý deň,\n\n"
            "na základe Vašej tlačovej správy nižšie žiadame o prístup k výsledkom vo "
            "formáte XML a zároveň o povolenie nakrúcať na zbernom mieste v Brne.\n\n"
            f"Žiadateľ: Slovenská regionálna tlačová agentúra, a. s., IČO {I37}\n"
            "Produkčné IP: 198.51.100.90, 198.51.100.91\n"
            "Testovacia IP: 198.51.100.99\n"
            "Kontakt: Martin Hric, +421 2 5710 3384\n\n"
            "S pozdravom\nMartin Hric\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: Tisková zpráva – výsledky voleb ve formátu XML\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n\n"
            "Český statistický úřad (IČO 00025593) poskytne médiím výsledky voleb ve "
            "formátu XML z předem ohlášených adres (nejvýše 5 produkčních a 5 "
            "testovacích, např. 192.0.2.1). Žádosti do datové schránky 2gfaasy nebo na "
            "podatelna@czso.cz. Informace: tel. 274 052 733.\n"
        ),
    },
    {
        "id": "wc038-reply-quoted-addresses-new-contact",
        "description": "a reply that keeps the addresses of the quoted original and replaces "
        "the contact with a colleague",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Podještědský hlasatel s.r.o.",
            I38,
            None,
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Eva Horká",
            "horka@hlasatel-pj.example",
            "+420606518327",
        ),
        "from": "Tomáš Jelínek <jelinek@hlasatel-pj.example>",
        "subject": "Re: žádost o přístup k XML – Podještědský hlasatel",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "adresy zůstávají, jak jsem psal níže, mění se jen kontakt: od pondělí jsem "
            "na dovolené, kontaktní osobou bude kolegyně Eva Horká, "
            "horka@hlasatel-pj.example, 606 518 327.\n\n"
            "T. Jelínek\n\n"
            "Dne 10.09.2025 14:03, Tomáš Jelínek napsal:\n"
            f"> Podještědský hlasatel s.r.o., IČO {I38}, žádá o přístup k výsledkům voleb\n"
            "> ve formátu XML.\n"
            "> Produkce: 203.0.113.101\n"
            "> Test: 203.0.113.102\n"
            "> Kontakt: Tomáš Jelínek, 608 203 155\n"
        ),
    },
    {
        "id": "wc039-city-owa-range-az",
        "description": "statutory city, HTML-only OWA: production range with 'až' and a short "
        "end, filming for its city TV",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED, FILM],
            "Statutární město Vranov",
            I39,
            "b8kc4ns",
            ["192.0.2.210", "192.0.2.211", "192.0.2.212"],
            ["192.0.2.215"],
            "Petra Novotná",
            "novotna.petra@vranov-mesto.example",
            "+420515290431",
        ),
        "from": "Novotná Petra <novotna.petra@vranov-mesto.example>",
        "subject": "Žádost města Vranov – XML výsledky a natáčení TV Vranov",
        "headers": OWA,
        "html": (
            "<html><body>"
            "<p>Dobrý den,</p>"
            "<p>Statutární město Vranov žádá o přístup k výsledkům voleb ve formátu XML "
            "pro městský web a o povolení natáčet na sběrném místě pro městskou "
            "televizi TV Vranov.</p>"
            "<p>Produkční adresy: 192.0.2.210 až 212<br>Testovací adresa: 192.0.2.215</p>"
            "<p>Kontaktní osoba: Petra Novotná, odbor informatiky, tel. 515 290 431</p>"
            "<p>S pozdravem</p>"
            "<p>Petra Novotná<br>Statutární město Vranov<br>Masarykovo nám. 1, "
            f"669 02 Vranov<br>IČO: {I39} | ID DS: b8kc4ns</p>"
            "</body></html>"
        ),
    },
    {
        "id": "wc040-radio-txt-form-attached",
        "description": "a radio's mail with a filled-in text form attached: bracket boxes, "
        "an empty test line, the contact different from the sender",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Sázava FM s.r.o.",
            I40,
            None,
            ["198.51.100.230", "198.51.100.231"],
            [],
            "Lukáš Beneš",
            "benes@sazavafm.example",
            "+420317702845",
        ),
        "from": "Redakce Rádio Sázava <redakce@sazavafm.example>",
        "subject": "formulář – přístup k výsledkům voleb",
        "headers": GMAIL,
        "body": "Dobrý den, posíláme vyplněný formulář. Redakce Rádia Sázava\n",
        "attachments": [
            (
                "txt",
                "formular.txt",
                "FORMULÁŘ ŽÁDOSTI – MÉDIA\n"
                "========================\n"
                "Žadatel ............ Rádio Sázava FM s.r.o.\n"
                f"IČO ................ {I40}\n"
                "Požadavek:\n"
                "  [X] přístup k výsledkům ve formátu XML\n"
                "  [ ] natáčení / pořizování záznamu na sběrném místě\n"
                "Produkční IP ....... 198.51.100.230, 198.51.100.231\n"
                "Testovací IP ....... -\n"
                "Kontaktní osoba .... Lukáš Beneš\n"
                "E-mail ............. benes@sazavafm.example\n"
                "Telefon ............ +420 317 702 845\n",
            )
        ],
    },
    {
        "id": "wc041-finnish-business-id",
        "description": "Finnish outlet in Finnish: a Y-tunnus with a dash (7+1 digits), IPv6 "
        "production and an IPv4 test",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Pohjolan Uutistoimisto Oy",
            None,
            None,
            ["2001:db8:fa1::20", "198.51.100.240"],
            ["198.51.100.241"],
            "Antti Korhonen",
            "antti.korhonen@pohjolanuutiset.example",
            "+358401827364",
        ),
        "from": "Antti Korhonen <antti.korhonen@pohjolanuutiset.example>",
        "subject": "Hakemus: vaalitulokset XML-muodossa",
        "headers": ROUNDCUBE,
        "body": (
            "Hyvä vastaanottaja,\n\n"
            "Pohjolan Uutistoimisto Oy (Y-tunnus 2847163-5) hakee pääsyä "
            "vaalitulospalvelimelle (XML).\n\n"
            "Tuotanto: 2001:db8:fa1::20 ja 198.51.100.240\n"
            "Testi: 198.51.100.241\n\n"
            "Kuvauslupaa emme tarvitse.\n\n"
            "Ystävällisin terveisin\nAntti Korhonen\npuh. +358 40 182 7364\n"
        ),
    },
    {
        "id": "wc042-association-databox-odt",
        "description": "an association's data message with an ODT letter: a production /31 "
        "block, the test server replaced by a new one; a short annotation",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Podbrdský zpravodaj, z. s.",
            I42,
            "t5vy9je",
            ["203.0.113.44", "203.0.113.45"],
            ["203.0.113.47"],
            "Jiří Kratochvíl",
            "kratochvil@podbrdsky.example",
            "+420603882159",
        ),
        "subject": "Žádost o XML přístup – volby",
        "databox": {
            "box": "t5vy9je",
            "sender": "Podbrdský zpravodaj, z. s.",
            "address": "Pražská 5, 261 01 Příbram",
        },
        "attachments": [
            (
                "odt",
                "zadost_PZ.odt",
                [
                    f"Podbrdský zpravodaj, z. s., IČO {I42}, Pražská 5, 261 01 Příbram",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Spolek vydává měsíčník a web Podbrdský zpravodaj a žádá o přístup k XML "
                    "s výsledky voleb.",
                    [
                        ["Role", "Adresa"],
                        ["produkce", "203.0.113.44/31"],
                        ["test", "203.0.113.46 – nahrazen, nyní 203.0.113.47"],
                    ],
                    "Kontakt: Jiří Kratochvíl, předseda spolku, 603 882 159, "
                    "kratochvil@podbrdsky.example",
                ],
            )
        ],
    },
]
