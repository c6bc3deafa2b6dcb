"""Forty-third held-out part ``bd``, cases bd015–bd028: an Austrian firm's German-English DOCX
table, a Polish TV's conditional filming in a PDF letter, a Hungarian TV's RTF letter with a
range shorthand, a Belgian reply that replaces an address, a town's TV in a data message with
a sheet, a Spanish agency's netmask, an Italian freelancer in English, a regional TV's table
with uncompressed IPv6, a Swiss form declining filming, a terse "respectively", a research
institute's long ODT letter with an internal host, a Slovak freelance photographer, a daily's
data message with a temporary address and a withdrawn request, and an IT contractor's signed
mail for a radio. Written by hand apart from the extraction rules (see make_fortythird_bd);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortythird_bd_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
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

I19, I22, I25, I26, I27 = (
    ico("0028514"),
    ico("2917406"),
    ico("0710238"),
    ico("5130427"),
    ico("2604519"),
)
I28, I28X = ico("2483610"), ico("0572193")

CASES: list[dict[str, Any]] = [
    {
        "id": "bd015-austrian-docx-table-mixed",
        "description": "Austrian company mixes German and English; DOCX table with a 'Zweck' "
        "role column, a Firmenbuch number that is no IČO, the contact's Mag. title",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Salzkammer Medien GmbH",
            None,
            None,
            ["192.0.2.12", "192.0.2.13"],
            ["192.0.2.19"],
            "Florian Reindl-Hofer",
            "reindl-hofer@salzkammer.example",
            "+43662873410",
        ),
        "from": "Mag. Florian Reindl-Hofer <reindl-hofer@salzkammer.example>",
        "subject": "XML access request / Antrag XML-Zugang – Salzkammer Medien",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam, sehr geehrte Damen und Herren,\n\n"
            "attached you find our request for access to the election results in XML. "
            "Die technischen Daten stehen in der Tabelle im Anhang.\n\n"
            "Best regards / Beste Grüße\nFlorian Reindl-Hofer\n"
        ),
        "attachments": [
            (
                "docx",
                "Salzkammer_Antrag_CZ_Wahl.docx",
                {
                    "header": "Salzkammer Medien GmbH · Rainerstraße 9 · 5020 Salzburg · "
                    "FN 412233 k · Landesgericht Salzburg",
                    "blocks": [
                        "Antrag auf Zugang zu den Wahlergebnissen (XML) / Request for access",
                        "Salzkammer Medien GmbH betreibt das Regionalportal salzkammer.example "
                        "und berichtet für Leser in Oberösterreich und Salzburg über die "
                        "Wahl in Tschechien. We do not need a filming permit.",
                        {
                            "rows": [
                                ["IP-Adresse", "Zweck / purpose", "Standort"],
                                ["192.0.2.12", "Produktion", "RZ Salzburg"],
                                ["192.0.2.13", "Produktion", "RZ Linz"],
                                ["192.0.2.19", "Test", "Büro"],
                            ]
                        },
                        "Ansprechpartner / contact: Mag. Florian Reindl-Hofer, "
                        "Tel. +43 662 873 410, reindl-hofer@salzkammer.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "bd016-polish-tv-pdf-conditional-filming",
        "description": "Polish regional TV's formal PDF letter asks for the feed and, 'o ile "
        "będzie to możliwe', for filming: a conditional request still counts",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Telewizja Śląsk Cieszyński sp. z o.o.",
            None,
            None,
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.7"],
            "Agnieszka Wróblewska",
            "a.wroblewska@tvsc.example",
            "+48328524107",
        ),
        "from": "Agnieszka Wróblewska <a.wroblewska@tvsc.example>",
        "subject": "Wniosek TVŚC – wybory do Izby Poselskiej RC",
        "headers": OUTLOOK,
        "body": (
            "Szanowni Państwo,\n\nw załączeniu przesyłam wniosek naszej telewizji. "
            "Dobrý den, v příloze je naše žádost.\n\nAgnieszka Wróblewska\n"
        ),
        "attachments": [
            (
                "pdf",
                "TVSC_wniosek_CSU.pdf",
                [
                    "TELEWIZJA ŚLĄSK CIESZYŃSKI sp. z o.o.\nul. Głęboka 15, 43-400 Cieszyn\n"
                    "KRS 0000412870 · NIP 5482260114",
                    "Cieszyn, 16 września 2025 r.",
                    "Czeski Urząd Statystyczny\nNa padesátém 81\n100 82 Praga 10",
                    "WNIOSEK",
                    "Szanowni Państwo, Telewizja Śląsk Cieszyński sp. z o.o. nadaje program "
                    "regionalny po obu stronach granicy i w noc wyborczą planuje specjalne "
                    "wydanie wiadomości. Zwracamy się z uprzejmą prośbą o udostępnienie "
                    "wyników wyborów w formacie XML.",
                    "Prosimy także o zgodę na filmowanie w punkcie zbierania danych w "
                    "Ostrawie, o ile będzie to możliwe ze względów organizacyjnych.",
                    {
                        "rows": [
                            ["Adresy IP produkcyjne", "203.0.113.5, 203.0.113.6"],
                            ["Adres IP testowy", "203.0.113.7"],
                            ["Osoba kontaktowa", "Agnieszka Wróblewska, kierownik działu IT"],
                            ["Telefon", "+48 32 852 41 07"],
                            ["E-mail", "a.wroblewska@tvsc.example"],
                        ],
                        "widths": [140, 280],
                    },
                    "Z poważaniem\n\nTomasz Kubiczek\nPrezes Zarządu",
                ],
            )
        ],
    },
    {
        "id": "bd017-hungarian-tv-rtf-range-shorthand",
        "description": "Czech cover by the Prague correspondent, the Hungarian letter in RTF: "
        "range written 192.0.2.130-133, tests from the live addresses, contact in capitals",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alföldi Televízió Zrt.",
            None,
            None,
            ["192.0.2.130", "192.0.2.131", "192.0.2.132", "192.0.2.133"],
            [],
            "Kovács Eszter",
            "kovacs.eszter@alfolditv.example",
            "+3614552817",
        ),
        "from": "Gábor Lakatos <lakatos.praha@alfolditv.example>",
        "subject": "Žádost maďarské televize Alföldi TV",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den,\n\njsem pražský zpravodaj Alföldi Televízió. Posílám žádost naší "
            "televize (maďarsky, technické údaje jsou v tabulce). Kontakt je kolegyně "
            "v Budapešti, já budu na místě s kamerou.\n\nGábor Lakatos\n"
        ),
        "attachments": [
            (
                "rtf",
                "AlfoldiTV_kerelem.rtf",
                [
                    "ALFÖLDI TELEVÍZIÓ Zrt.\n1117 Budapest, Október huszonharmadika utca 8.",
                    "Tárgy: kérelem – választási eredmények XML és forgatási engedély",
                    "Tisztelt Cseh Statisztikai Hivatal!",
                    "Az Alföldi Televízió Zrt. kéri a hozzáférést a választási eredmények XML "
                    "szerveréhez, valamint engedélyt a prágai központban történő forgatásra "
                    "a választás éjszakáján (tudósító: Lakatos Gábor, operatőr: Szűcs Ádám).",
                    [
                        ["Éles IP-címek", "192.0.2.130-133"],
                        ["Teszt", "a tesztelés az éles címekről történik"],
                        ["Kapcsolattartó", "KOVÁCS Eszter, informatikai vezető"],
                        ["Telefon", "+36 1 455 2817"],
                        ["E-mail", "kovacs.eszter@alfolditv.example"],
                    ],
                    "Budapest, 2025. szeptember 17.",
                    "Tisztelettel:\nDr. Fehér Miklós vezérigazgató",
                ],
            )
        ],
    },
    {
        "id": "bd018-belgian-reply-replaced-address",
        "description": "Belgian publisher answers the office's query above the quoted thread: "
        "the earlier production address is replaced, a test address added; the office's "
        "signature is quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Éditions Meuse-Sambre SRL",
            None,
            None,
            ["198.51.100.95"],
            ["198.51.100.91"],
            "Lucie Dethier",
            "l.dethier@meusesambre.example",
            "+3281224519",
        ),
        "from": "Lucie Dethier <l.dethier@meusesambre.example>",
        "subject": "Re: Demande d'accès XML – Éditions Meuse-Sambre",
        "headers": TBIRD,
        "body": (
            "Bonjour Madame Horáková,\n\n"
            "merci pour votre message. Voici les compléments :\n"
            "- l'adresse 198.51.100.90 de ma première demande est remplacée par "
            "198.51.100.95 (nouveau serveur) ;\n"
            "- adresse de test : 198.51.100.91 ;\n"
            "- mon numéro direct est le +32 81 22 45 19 (pas le standard).\n\n"
            "Cordialement,\nLucie Dethier\n\n"
            "Le 19/09/2025 à 10:12, Horáková Jana a écrit :\n"
            "> Dobrý den, vážená paní Dethier,\n"
            "> děkujeme za žádost. Prosíme o doplnění testovací IP adresy a přímého\n"
            "> telefonního čísla.\n"
            "> S pozdravem\n"
            "> Jana Horáková\n"
            "> Český statistický úřad, Na padesátém 81, Praha 10\n"
            "> tel. +420 274 052 733, www.czso.cz\n"
            ">\n"
            "> Le 18/09/2025 à 16:40, Lucie Dethier a écrit :\n"
            ">> Bonjour,\n"
            ">> les Éditions Meuse-Sambre SRL (BE 0712.448.390, Namur) demandent l'accès\n"
            ">> aux résultats des élections au format XML. Adresse de production :\n"
            ">> 198.51.100.90.\n"
            ">> Contact : Lucie Dethier, +32 81 22 40 00 (standard)\n"
            ">> Lucie Dethier, responsable numérique\n"
        ),
    },
    {
        "id": "bd019-town-tv-databox-xlsx",
        "description": "data message from a town (box type 10) for its local TV; the sheet has "
        "a role column and the contact surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Hořejší Kunčice",
            I19,
            "hk7c2mn",
            ["198.18.44.10", "198.18.44.11"],
            ["198.18.44.20"],
            "Šimon Dvořáček",
            "dvoracek@horejsikuncice.example",
            "+420556712430",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) – TV Kunčice",
        "databox": box(
            "hk7c2mn",
            "Město Hořejší Kunčice",
            "Náměstí 1, 742 35 Hořejší Kunčice",
            kind=10,
        ),
        "attachments": [
            (
                "xlsx",
                "TV_Kuncice_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Město Hořejší Kunčice"],
                            ["IČO", I19],
                            ["Provozovna", "TV Kunčice (městská televize)"],
                            ["Požadujeme", "přístup k XML výsledkům voleb"],
                            [],
                            ["IP adresa", "Účel"],
                            ["198.18.44.10", "produkce"],
                            ["198.18.44.11", "produkce"],
                            ["198.18.44.20", "test"],
                            [],
                            ["Kontakt", "Dvořáček Šimon, referent IT"],
                            ["Telefon", "556 712 430"],
                            ["E-mail", "dvoracek@horejsikuncice.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bd020-spanish-agency-netmask",
        "description": "Spanish agency writes a network with 'máscara 255.255.255.252' (four "
        "production addresses) and a separate test IP; two surnames",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencia Levante Noticias S.A.",
            None,
            None,
            ["203.0.113.32", "203.0.113.33", "203.0.113.34", "203.0.113.35"],
            ["198.51.100.7"],
            "Jordi Puig Serrat",
            "jpuig@levantenoticias.example",
            "+34963815220",
        ),
        "from": "Jordi Puig Serrat <jpuig@levantenoticias.example>",
        "subject": "Solicitud de acceso a resultados electorales XML",
        "headers": ROUNDCUBE,
        "body": (
            "Buenos días:\n\n"
            "Agencia Levante Noticias S.A. (CIF A46218830, Valencia) solicita acceso al "
            "servidor de resultados electorales en formato XML.\n\n"
            "Producción: red 203.0.113.32 con máscara 255.255.255.252\n"
            "Pruebas: 198.51.100.7\n\n"
            "No necesitamos permiso de grabación.\n\n"
            "Persona de contacto: Jordi Puig Serrat, jefe de sistemas, tel. +34 963 815 220\n\n"
            "Atentamente,\nJordi Puig Serrat\n"
        ),
    },
    {
        "id": "bd021-italian-freelancer-english-flowed",
        "description": "Italian freelance journalist writes in English with Italian asides, "
        "home static IP, tests from the same address, both requests; format=flowed",
        "style": Style.MIXED,
        "labels": L(
            [FEED, FILM],
            "Marco Lo Cascio",
            None,
            None,
            ["192.0.2.77"],
            [],
            "Marco Lo Cascio",
            "marco.locascio@freelance-mlc.example",
            "+393475512083",
        ),
        "from": "Marco Lo Cascio <marco.locascio@freelance-mlc.example>",
        "subject": "freelance journalist - XML results + filming in Brno",
        "headers": K9,
        "flowed": True,
        "body": (
            "Buongiorno,\n\n"
            "I am an Italian freelance journalist (no company, I work for myself) covering "
            "the Czech election for two Italian outlets and my own blog. I would like to "
            "ask for:\n"
            "1) access to the XML results, from my static IP 192.0.2.77 (I will test from "
            "the same one, no separate test IP)\n"
            "2) permission to film short clips at the regional office in Brno on election "
            "night.\n\n"
            "Grazie mille,\nMarco Lo Cascio\n+39 347 551 2083\n"
        ),
    },
    {
        "id": "bd022-regional-tv-table-uncompressed-ipv6",
        "description": "pipe table in the body with IPv4 and uncompressed IPv6 production, an "
        "IPv6 test address; 8bit",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "TV Jizerka s.r.o.",
            I22,
            None,
            ["198.51.100.120", "2001:db8:1200::20"],
            ["2001:db8:1200::2f"],
            "Hana Škopková",
            "skopkova@tvjizerka.example",
            "+420481552907",
        ),
        "from": "Hana Škopková <skopkova@tvjizerka.example>",
        "subject": "TV Jizerka - žádost XML + natáčení",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"TV Jizerka s.r.o. (IČO {I22}) žádá o přístup k výsledkům voleb v XML a o "
            "povolení natáčet na krajském pracovišti v Liberci.\n\n"
            "| role     | adresa                                  |\n"
            "|----------|-----------------------------------------|\n"
            "| produkce | 198.51.100.120                          |\n"
            "| produkce | 2001:0db8:1200:0000:0000:0000:0000:0020 |\n"
            "| test     | 2001:0db8:1200:0000:0000:0000:0000:002f |\n\n"
            "Kontakt: Hana Škopková, 481 552 907\n\n"
            "Hana Škopková\nTV Jizerka\n"
        ),
    },
    {
        "id": "bd023-swiss-xlsx-form-declines-filming",
        "description": "Swiss paper's XLSX form answers 'Drehgenehmigung: nein'; a reserve "
        "server ('bzw. als Reserve') is production; a Swiss UID that is no IČO",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Neue Alpenpost AG",
            None,
            None,
            ["203.0.113.150", "203.0.113.151", "203.0.113.152"],
            ["203.0.113.160"],
            "Reto Bachmann-Gisler",
            "reto.bachmann@alpenpost.example",
            "+41445123870",
        ),
        "from": "Reto Bachmann-Gisler <reto.bachmann@alpenpost.example>",
        "subject": "Antrag Neue Alpenpost AG",
        "headers": ZIMBRA,
        "body": "Grüezi\n\nAnbei unser ausgefülltes Formular.\n\nFreundliche Grüsse\nReto "
        "Bachmann-Gisler\n",
        "attachments": [
            (
                "xlsx",
                "Formular_NeueAlpenpost.xlsx",
                [
                    {
                        "title": "Antrag",
                        "rows": [
                            ["Antragsteller", "Neue Alpenpost AG"],
                            ["UID", "CHE-114.582.907"],
                            ["Adresse", "Bahnhofstrasse 61, 8001 Zürich"],
                            ["Zugang XML-Ergebnisse", "ja"],
                            ["Drehgenehmigung", "nein"],
                            [
                                "IP Produktion",
                                "203.0.113.150, 203.0.113.151 bzw. 203.0.113.152 als Reserve",
                            ],
                            ["IP Test", "203.0.113.160"],
                            ["Ansprechperson", "Reto Bachmann-Gisler"],
                            ["Telefon", "+41 44 512 38 70"],
                            ["E-Mail", "reto.bachmann@alpenpost.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bd024-flemish-terse-respectively",
        "description": "two-line English note from a Flemish publisher: two addresses 'for "
        "production and testing respectively'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Uitgeverij Scheldeland NV",
            None,
            None,
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Pieter Van Acker",
            "pieter.vanacker@scheldeland.example",
            "+3232241890",
        ),
        "from": "Pieter Van Acker <pieter.vanacker@scheldeland.example>",
        "subject": "XML feed access",
        "headers": IPHONE,
        "body": (
            "Hi, Uitgeverij Scheldeland NV would like XML feed access for the elections. "
            "IPs 198.51.100.201 and 198.51.100.202 for production and testing respectively.\n"
            "Pieter Van Acker, +32 3 224 18 90\n\nVerstuurd vanaf mijn iPhone\n"
        ),
    },
    {
        "id": "bd025-institute-long-odt-internal-host",
        "description": "research institute (zapsaný ústav) in a long ODT letter; a written "
        "range of three, an internal host that needs no access, the contact's degrees",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Institut pro analýzu veřejných politik, z. ú.",
            I25,
            None,
            ["198.18.3.10", "198.18.3.11", "198.18.3.12"],
            ["198.18.3.20"],
            "Ondřej Lhoták",
            "lhotak@ipavp.example",
            "+420222918473",
        ),
        "from": "Ondřej Lhoták <lhotak@ipavp.example>",
        "subject": "Žádost IAVP o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den, zasílám žádost našeho institutu v příloze.\n\nOndřej Lhoták\n",
        "attachments": [
            (
                "odt",
                "IAVP_zadost_volby2025.odt",
                [
                    "Institut pro analýzu veřejných politik, z. ú.",
                    f"Vinohradská 1899/118, 130 00 Praha 3, IČO {I25}, zapsaný v rejstříku "
                    "ústavů u Městského soudu v Praze, oddíl U, vložka 812",
                    "Český statistický úřad",
                    "V Praze dne 12. září 2025",
                    "Věc: Žádost o zpřístupnění průběžných výsledků voleb ve formátu XML",
                    "Vážené dámy, vážení pánové,",
                    "Institut pro analýzu veřejných politik je nezávislé výzkumné pracoviště, "
                    "které se od roku 2014 věnuje volebnímu chování a kvalitě veřejné správy. "
                    "Ve volební noc do Poslanecké sněmovny budeme ve spolupráci s několika "
                    "regionálními redakcemi publikovat průběžné odhady výsledků a analýzy "
                    "přesunů voličů mezi stranami. K tomu potřebujeme strojově čitelná data "
                    "v co nejkratším intervalu.",
                    "Žádáme proto o přístup k serveru, na kterém Český statistický úřad "
                    "zveřejňuje výsledky ve formátu XML. Pořizovat zvukové nebo obrazové "
                    "záznamy na pracovištích úřadu neplánujeme.",
                    "Technické údaje:",
                    [
                        ["Účel", "IP adresy"],
                        ["produkční servery", "198.18.3.10 – 198.18.3.12"],
                        ["testovací prostředí", "198.18.3.20"],
                    ],
                    "Databázový server db-int (10.20.0.4) je pouze v interní síti a přístup "
                    "nepotřebuje; data z produkčních serverů přebírá sám.",
                    "Kontaktní osobou pro tuto žádost je Mgr. Ondřej Lhoták, Ph.D., vedoucí "
                    "datového týmu, tel. 222 918 473, e-mail lhotak@ipavp.example.",
                    "Děkujeme za vyřízení žádosti.",
                    "S úctou\n\nPhDr. Kristýna Vacková\nředitelka ústavu",
                ],
            )
        ],
    },
    {
        "id": "bd026-slovak-freelance-photographer-trade-name",
        "description": "Slovak freelance photographer names himself with a dash and a trade "
        "name (kept whole), asks only to photograph; says XML is not needed",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Peter Kollár – KOLLÁR PHOTO",
            I26,
            None,
            [],
            [],
            "Peter Kollár",
            "peter@kollarphoto.example",
            "+421918447120",
        ),
        "from": "Peter Kollár <peter@kollarphoto.example>",
        "subject": "Fotografovanie vo volebnú noc",
        "headers": SAMSUNG,
        "body": (
            "Dobrý deň,\n"
            f"som živnostník (Peter Kollár – KOLLÁR PHOTO, IČO {I26}) a fotím pre "
            "slovenské denníky. Chcel by som požiadať o povolenie fotografovať v centrále "
            "ČSÚ v Prahe počas sčítania hlasov. Prístup k XML nepotrebujem.\n"
            "Ďakujem, Peter Kollár, +421 918 447 120\n"
        ),
    },
    {
        "id": "bd027-daily-databox-docx-temporary-address-withdrawn",
        "description": "data message whose annotation withdraws the filming the DOCX asks for "
        "and says the temporary address is dropped before the election",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Deník Pootaví a.s.",
            I27,
            "pt9d4ks",
            ["192.0.2.151"],
            ["192.0.2.158"],
            "Libor Šebesta",
            "sebesta@denikpootavi.example",
            "+420383119024",
        ),
        "subject": (
            "Žádost o přístup k XML a natáčení. Oprava k příloze: o natáčení již nežádáme, "
            "jen XML. Adresa 192.0.2.150 je dočasná a do voleb ji rušíme, nastavte prosím jen "
            "192.0.2.151."
        ),
        "databox": box("pt9d4ks", "Deník Pootaví a.s.", "Nábřeží 1. máje 1010, 386 01 Strakonice"),
        "attachments": [
            (
                "docx",
                "zadost_DP_volby.docx",
                {
                    "header": f"Deník Pootaví a.s. · IČO {I27} · ID DS pt9d4ks",
                    "blocks": [
                        "Český statistický úřad – žádost",
                        "Deník Pootaví a.s. žádá o přístup k výsledkům voleb ve formátu XML a o "
                        "povolení natáčet na pracovišti ČSÚ v Českých Budějovicích.",
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.150 (dočasně), 192.0.2.151"],
                                ["Testovací IP", "192.0.2.158"],
                                ["Kontakt", "Libor Šebesta, IT"],
                                ["Telefon", "383 119 024"],
                                ["E-mail", "sebesta@denikpootavi.example"],
                            ]
                        },
                        "Strakonice 10. 9. 2025, Mgr. Dana Vlková, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "bd028-it-contractor-smime-for-radio",
        "description": "S/MIME-signed mail from an IT contractor for its client radio; the "
        "contractor signs but names the radio's editor as the contact; two IČOs",
        "style": Style.BEHALF,
        "labels": L(
            [FEED, FILM],
            "Rádio Vltavín s.r.o.",
            I28,
            None,
            ["203.0.113.241", "203.0.113.242"],
            ["203.0.113.245"],
            "Ilona Kadlecová",
            "kadlecova@radiovltavin.example",
            "+420737410882",
        ),
        "from": "Tomáš Bureš <bures@datapristav.example>",
        "subject": "Žádost za Rádio Vltavín s.r.o. – XML výsledky a natáčení",
        "headers": GMAIL,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "zastupujeme v technických věcech společnost Rádio Vltavín s.r.o., IČO "
            f"{I28}, a jejím jménem podáváme žádost o:\n"
            "- přístup k výsledkům voleb ve formátu XML (servery spravujeme my),\n"
            "- povolení pro redaktory rádia natáčet na krajském pracovišti v Českých "
            "Budějovicích.\n\n"
            "Produkční IP: 203.0.113.241 a 203.0.113.242\n"
            "Testovací IP: 203.0.113.245\n\n"
            "Kontaktní osobou pro tuto žádost je šéfredaktorka rádia Ilona Kadlecová, "
            "tel. 737 410 882, kadlecova@radiovltavin.example.\n\n"
            "S pozdravem\nTomáš Bureš\nDataPřístav s.r.o., IČO "
            f"{I28X}\nservis a správa sítí\n"
        ),
    },
]
