"""Thirty-second held-out part ``zc``, cases zc015–zc028: a two-line note with a shortened test
address, a long letter full of other numbers, an institute's XLSX range sheet, a Danish
broadcaster in Danish with IPv6, a forwarded editor's mail, an HTML table with order words, a
Belgian RTF form in French, a photographer who only films, a city's ODT letter in a data box, a
Slovak site with IPv6 only, an English wire service with 'through', a signed municipal mail, an
old address left behind and a radio's yes/no XLSX form in a data box. Written by hand apart from
the extraction rules (see make_thirtysecond_zc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysecond_zc_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

J15, J16, J17, J19, J20 = (
    ico("2755310"),
    ico("2290614"),
    ico("6808133"),
    ico("0477502"),
    ico("2599187"),
)
J22, J23, J24, J26, J27, J28 = (
    ico("7401528"),
    ico("0026141"),
    ico("5102274"),
    ico("0029973"),
    ico("2841066"),
    ico("2610349"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "zc015-two-line-note-short-octet",
        "description": "two-line phone note, the test address written as its last octet only "
        "('.51'), IČ glued to the name, signature with the company",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Echo Příbram s.r.o.",
            J15,
            None,
            ["192.0.2.50"],
            ["192.0.2.51"],
            "Jan Dvořák",
            "dvorak@echopribram.example",
            "+420602114937",
        ),
        "from": "Jan Dvořák <dvorak@echopribram.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobrý den, prosím o přístup k XML výsledkům: 192.0.2.50 ostrý, .51 test.\n"
            f"Echo Příbram s.r.o./IČ{J15}, volejte 602 114 937. Díky JD\n\n"
            "Jan Dvořák\nEcho Příbram s.r.o.\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "zc016-long-letter-noise",
        "description": "long letter from an association publishing a weekly, full of other "
        "numbers (TLS version, port, bank account, case number, ZIP), a backup server that is "
        "production",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vltavský kurýr, z. s.",
            J16,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.142"],
            "Dagmar Jelínková",
            "jelinkova@vltavskykuryr.example",
            "+420731450682",
        ),
        "from": "Dagmar Jelínková <jelinkova@vltavskykuryr.example>",
        "subject": "Žádost spolku Vltavský kurýr o přístup k výsledkům voleb (naše zn. VK-2025/117)",
        "headers": TBIRD,
        "body": (
            "Vážené dámy, vážení pánové,\n\n"
            "dovolte, abych se na Vás obrátila jménem spolku Vltavský kurýr, z. s., který od "
            "roku 1998 vydává stejnojmenný regionální týdeník pro Českokrumlovsko a "
            "Prachaticko (náklad cca 6 400 výtisků, evidenční číslo periodického tisku "
            "MK ČR E 11873). Při minulých volbách do zastupitelstev krajů jsme výsledky "
            "přebírali ručně z webu volby.cz, což se ve volební noci ukázalo jako velmi "
            "pracné, a proto bychom letos rádi využili Vaši nabídku strojově čitelných "
            "výsledků.\n\n"
            "Žádáme tedy o zřízení přístupu k serveru s výsledky voleb do Poslanecké sněmovny "
            "ve formátu XML. Náš dodavatel webu nám sdělil, že stahování poběží přes HTTPS "
            "(TLS 1.3, port 443) s intervalem 60 s a že budeme potřebovat povolit tyto "
            "adresy:\n\n"
            "- hlavní server redakčního systému: 198.51.100.140\n"
            "- záložní server (pro případ výpadku): 198.51.100.141\n"
            "- testovací prostředí (verze CMS 4.2.11): 198.51.100.142\n\n"
            "Identifikační údaje spolku: Vltavský kurýr, z. s., Latrán 37, 381 01 Český "
            f"Krumlov, IČO {J16}, zapsaný ve spolkovém rejstříku u Krajského soudu v Českých "
            "Budějovicích, oddíl L, vložka 4127. Bankovní spojení 2801467319/2010.\n\n"
            "Kontaktní osobou pro tuto žádost budu já, Dagmar Jelínková, mobil "
            "+420 731 450 682, e-mail jelinkova@vltavskykuryr.example. Technické dotazy může "
            "zodpovědět také náš dodavatel, pan Lubomír Chalupa (lubos@chalupaweb.example, "
            "608 221 904), ten však žádost nepodává.\n\n"
            "O povolení k natáčení nežádáme, náš týdeník video nevytváří.\n\n"
            "Děkujeme za vstřícnost a za službu, kterou médiím poskytujete.\n\n"
            "S úctou\n\n"
            "Dagmar Jelínková\n"
            "předsedkyně spolku a šéfredaktorka\n"
            "Vltavský kurýr, z. s.\n"
        ),
    },
    {
        "id": "zc017-institute-xlsx-range-columns",
        "description": "research institute sends an XLSX with 'od'/'do' range columns for "
        "production and one test row; its own IČO and a v. v. i. legal form",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění Brno, v. v. i.",
            J17,
            None,
            ["203.0.113.180", "203.0.113.181", "203.0.113.182", "203.0.113.183"],
            ["203.0.113.190"],
            "Tomáš Janků",
            "janku@uvvm.example",
            "+420549113702",
        ),
        "from": "Tomáš Janků <janku@uvvm.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb – ÚVVM Brno",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "náš ústav zpracovává ve volební noci analýzy pro Český rozhlas Brno a pro vlastní "
            "web. Žádáme proto o přístup k výsledkům ve formátu XML. Adresy jsou v přiložené "
            "tabulce (list Adresy), identifikační údaje na listu Žadatel.\n\n"
            "Za ústav a jako kontaktní osoba\n"
            "Mgr. Tomáš Janků\n"
            "oddělení datové analýzy, tel. 549 113 702\n"
        ),
        "attachments": [
            (
                "xlsx",
                "UVVM_adresy_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Ústav pro výzkum veřejného mínění Brno, v. v. i."],
                            ["IČO", J17],
                            ["Sídlo", "Veveří 95, 602 00 Brno"],
                            ["Kontaktní osoba", "Mgr. Tomáš Janků"],
                            ["E-mail", "janku@uvvm.example"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Prostředí", "IP od", "IP do", "Pozn."],
                            ["produkce", "203.0.113.180", "203.0.113.183", "cluster 4 uzly"],
                            ["test", "203.0.113.190", "203.0.113.190", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "zc018-danish-broadcaster-ipv6",
        "description": "Danish broadcaster writes Danish, two production addresses (IPv6 and "
        "IPv4) joined by 'og', no test server, asks also to film",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Kanal Øresund A/S",
            None,
            None,
            ["2001:db8:d4::5", "203.0.113.45"],
            [],
            "Mette Kristensen",
            "mk@kanaloresund.example",
            "+4520123456",
        ),
        "from": "Mette Kristensen <mk@kanaloresund.example>",
        "subject": "Ansøgning: adgang til valgresultater (XML) og filmtilladelse",
        "headers": SAMSUNG,
        "body": (
            "Kære Statistikkontor,\n\n"
            "Kanal Øresund A/S vil gerne ansøge om adgang til jeres XML-server med "
            "valgresultater til parlamentsvalget. Vores produktionsservere er "
            "2001:db8:d4::5 og 203.0.113.45. Vi har ingen testserver.\n\n"
            "Vi vil også gerne have tilladelse til at filme på indsamlingsstedet i Prag "
            "valgnatten (fotograf Jonas Holm og jeg).\n\n"
            "Kontakt: Mette Kristensen, +45 20 12 34 56, mk@kanaloresund.example\n\n"
            "Med venlig hilsen\nMette Kristensen\nRedaktør, Kanal Øresund A/S (CVR 31 84 22 57)\n"
        ),
    },
    {
        "id": "zc019-forward-editor-eml",
        "description": "IT admin forwards the editor-in-chief's original as an attached .eml; "
        "the contact stays the editor as the outer note says",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Hranické listy s.r.o.",
            J19,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.152"],
            "Irena Kopecká",
            "kopecka@hranickelisty.example",
            "+420739215806",
        ),
        "from": "Ondra Bartoš <it@hranickelisty.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            "posílám v příloze žádost naší šéfredaktorky, která ji omylem poslala jen mně. "
            "Kontaktní osobou zůstává ona, já jen nastavuji server.\n\n"
            "Ondra Bartoš, IT\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_volby_Kopecka.eml",
                {
                    "id": "zc019-inner",
                    "from": "Irena Kopecká <kopecka@hranickelisty.example>",
                    "to": "it@hranickelisty.example",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": (
                        "Dobrý den,\n\n"
                        f"Hranické listy s.r.o., IČO {J19}, žádají o přístup k výsledkům "
                        "voleb ve formátu XML.\n"
                        "Produkční: 192.0.2.150, 192.0.2.151\n"
                        "Testovací: 192.0.2.152\n\n"
                        "Irena Kopecká, šéfredaktorka, 739 215 806\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "zc020-owa-html-order-words",
        "description": "HTML-only webmail table with primární/sekundární/vývojový rows (dev is "
        "test), IČO with a 'CZ' VAT prefix as well",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Brněnský večerník, a.s.",
            J20,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.115"],
            "Aleš Kučera",
            "kucera@vecernik-brno.example",
            "+420541222871",
        ),
        "from": "Kučera Aleš <kucera@vecernik-brno.example>",
        "subject": "Přístup k volebním datům – Brněnský večerník",
        "headers": OWA,
        "html": (
            '<html><body><div style="font-family:Segoe UI;font-size:10pt">'
            "<p>Dobrý den,</p><p>za Brněnský večerník, a.s. (IČO "
            f"{J20}, DIČ CZ{J20}) žádám o přístup k výsledkům voleb ve formátu XML.</p>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Server</th><th>Adresa</th></tr>"
            "<tr><td>primární</td><td>198.51.100.110</td></tr>"
            "<tr><td>sekundární</td><td>198.51.100.111</td></tr>"
            "<tr><td>vývojový (dev, jen testy)</td><td>198.51.100.115</td></tr>"
            "</table><p>Natáčet nebudeme.</p>"
            "<p>S pozdravem<br>Aleš Kučera<br>IT Brněnský večerník<br>"
            "tel. 541 222 871 | mob. 777 001 456 (jen o víkendu)</p></div></body></html>"
        ),
    },
    {
        "id": "zc021-belgian-rtf-french",
        "description": "Belgian association radio sends a French RTF form with a role column "
        "and a declined filming box",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Meuse Info ASBL",
            None,
            None,
            ["198.51.100.75"],
            ["198.51.100.76"],
            "Julien Dumont",
            "j.dumont@radiomeuse.example",
            "+3281551234",
        ),
        "from": "Julien Dumont <j.dumont@radiomeuse.example>",
        "subject": "Demande d'accès XML élections – Radio Meuse Info",
        "headers": OUTLOOK,
        "body": (
            "Bonjour,\n\nVeuillez trouver ci-joint notre formulaire de demande d'accès aux "
            "résultats au format XML.\n\nCordialement,\nJulien Dumont\nRadio Meuse Info ASBL, "
            "Namur\n"
        ),
        "attachments": [
            (
                "rtf",
                "demande_acces.rtf",
                [
                    "Formulaire de demande – résultats électoraux (XML)",
                    [
                        ["Demandeur", "Radio Meuse Info ASBL (BCE 0452.118.907)"],
                        ["Serveur de production", "198.51.100.75"],
                        ["Serveur de test", "198.51.100.76"],
                        ["Autorisation de tournage", "[ ] oui   [X] non"],
                        ["Personne de contact", "Julien Dumont"],
                        ["Téléphone", "+32 81 55 12 34"],
                        ["Courriel", "j.dumont@radiomeuse.example"],
                    ],
                    "Namur, le 12 septembre 2025",
                ],
            )
        ],
    },
    {
        "id": "zc022-photographer-film-only",
        "description": "freelance photographer with an IČO declines the XML, asks only to film "
        "and photograph; names himself with a dash and a trade name",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Ondřej Kalina – Kalina Foto",
            J22,
            None,
            [],
            [],
            "Ondřej Kalina",
            "ondrej@kalinafoto.example",
            "+420608337120",
        ),
        "from": "Ondřej Kalina <ondrej@kalinafoto.example>",
        "subject": "Povolení fotografovat a natáčet – volební noc",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "jsem fotograf a kameraman na volné noze (Ondřej Kalina – Kalina Foto, IČO "
            f"{J22}) a pro několik regionálních webů bych rád fotografoval a natáčel na "
            "sběrném místě v Hradci Králové.\n"
            "Přístup k XML datům nepotřebuji, jde mi jen o obraz.\n\n"
            "Tel. 608 337 120\n\nDěkuji, Ondřej Kalina\n"
        ),
    },
    {
        "id": "zc023-city-databox-odt",
        "description": "statutory city's data message with a bare annotation, the application "
        "only in an ODT letter that prints the office's box ID; both request types",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED, FILM],
            "Statutární město Horní Brod",
            J23,
            "b5tn9xr",
            ["192.0.2.80"],
            ["192.0.2.88"],
            "Markéta Vondrová",
            "vondrova@hornibrod.example",
            "+420417553210",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "b5tn9xr",
            "sender": "Statutární město Horní Brod",
            "address": "Masarykovo nám. 1, 415 01 Horní Brod",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_CSU_HB.odt",
                [
                    "Statutární město Horní Brod, Magistrát, odbor kancelář primátora",
                    "Adresát: Český statistický úřad, IČO 00025593, DS 2gfaasy",
                    "Č. j.: MHB/44711/2025",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Statutární město Horní Brod, IČO " + J23 + ", vydává městský zpravodaj "
                    "a provozuje Televizi Horní Brod. Žádáme o přístup k výsledkům ve formátu "
                    "XML a o povolení natáčet na sběrném místě.",
                    [
                        ["adresa", "účel"],
                        ["192.0.2.80", "produkční (web zpravodaje)"],
                        ["192.0.2.88", "testovací"],
                    ],
                    "Kontaktní osoba: Markéta Vondrová, tisková mluvčí, tel. 417 553 210, "
                    "vondrova@hornibrod.example",
                    "Mgr. Jiří Sedlák, primátor",
                ],
            )
        ],
    },
    {
        "id": "zc024-slovak-site-ipv6",
        "description": "Slovak news site, English/Slovak mix, production in IPv6 and IPv4, test "
        "in IPv6 with zeros to compress",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Noviny Hron, a.s.",
            J24,
            None,
            ["2001:db8:0:12::1", "203.0.113.212"],
            ["2001:db8:0:12::2"],
            "Peter Baláž",
            "balaz@novinyhron.example",
            "+421948227016",
        ),
        "from": "Peter Baláž <balaz@novinyhron.example>",
        "subject": "XML access request / žiadosť – Noviny Hron",
        "headers": EVOLUTION,
        "body": (
            "Dobrý deň / Hello,\n\n"
            f"Noviny Hron, a.s. (IČO {J24}), Banská Bystrica, request access to the XML "
            "election results.\n\n"
            "production (produkcia): 2001:0db8:0000:0012:0000:0000:0000:0001, 203.0.113.212\n"
            "test: 2001:db8:0:12:0:0:0:2\n\n"
            "contact / kontakt: Peter Baláž, +421 948 227 016\n\n"
            "Vďaka, thanks\nPeter\n"
        ),
    },
    {
        "id": "zc025-english-wire-through",
        "description": "English wire service, production as 'through' range of four, a test "
        "address, filming declined, London phone and a UK company number",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Central Europe Wire Ltd",
            None,
            None,
            ["203.0.113.5", "203.0.113.6", "203.0.113.7", "203.0.113.8"],
            ["203.0.113.9"],
            "Oliver Grant",
            "ogrant@cewire.example",
            "+442079460321",
        ),
        "from": "Oliver Grant <ogrant@cewire.example>",
        "subject": "Request: access to Czech election results XML feed",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Central Europe Wire Ltd (registered in England and Wales, no. 08815427) would "
            "like to request access to your XML results feed for the Chamber of Deputies "
            "election.\n\n"
            "Production: 203.0.113.5 through 203.0.113.8\n"
            "Test: 203.0.113.9\n\n"
            "We do not need a filming permit.\n\n"
            "Point of contact: Oliver Grant, Head of Data, +44 20 7946 0321, "
            "ogrant@cewire.example\n\n"
            "Kind regards,\nOliver Grant\nCentral Europe Wire | 1 Fleet Place, London EC4M 7RA\n"
            "This email and any attachments are confidential.\n"
        ),
    },
    {
        "id": "zc026-signed-town-both",
        "description": "S/MIME-signed mail from a town running a local TV, both request types, "
        "the town's data-box ID in the signature, contact a named officer",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED, FILM],
            "Město Nový Brod nad Sázavou",
            J26,
            "n2kd7vp",
            ["198.51.100.160"],
            ["198.51.100.161"],
            "Pavel Horák",
            "horak@novybrod.example",
            "+420569110245",
        ),
        "from": "Pavel Horák <horak@novybrod.example>",
        "subject": "Žádost města o přístup k výsledkům voleb a o natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "Město Nový Brod nad Sázavou provozuje kabelovou televizi TV Brod a žádá:\n"
            "- o přístup k výsledkům voleb ve formátu XML (produkční IP 198.51.100.160, "
            "testovací IP 198.51.100.161),\n"
            "- o povolení natáčet na sběrném místě ve Žďáru n. S.\n\n"
            "Kontaktní osobou je Pavel Horák, odbor informatiky, tel. 569 110 245.\n\n"
            "S pozdravem\n"
            "Pavel Horák\n"
            "Město Nový Brod nad Sázavou\n"
            f"IČO: {J26} | ID DS: n2kd7vp\n"
            "Nám. Republiky 1, 582 22 Nový Brod nad Sázavou\n"
        ),
    },
    {
        "id": "zc027-old-address-no-longer",
        "description": "last year's address stated as no longer valid, this year's pair with "
        "roles; a version number of the harvester as noise",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Pálava s.r.o.",
            J27,
            None,
            ["192.0.2.112"],
            ["192.0.2.113"],
            "Libor Šimek",
            "simek@radiopalava.example",
            "+420774218650",
        ),
        "from": "Libor Šimek <simek@radiopalava.example>",
        "subject": "Volby – přístup k XML (Rádio Pálava)",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Pálava s.r.o., IČO {J27}, žádá opět o přístup k XML výsledkům.\n"
            "Loni jsme měli povolenou 192.0.2.12 – ta už neplatí, server jsme zrušili.\n"
            "Letos: produkce 192.0.2.112, test 192.0.2.113 (stahovač verze 3.1.4).\n\n"
            "Kontakt Libor Šimek, 774 218 650.\n\nLibor Šimek\nRádio Pálava, Mikulov\n"
        ),
    },
    {
        "id": "zc028-databox-xlsx-yes-no",
        "description": "radio's data message with an XLSX form: a yes/no column for each "
        "request (filming 'ne'), addresses on a second sheet, annotation only a title",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Haná plus s.r.o.",
            J28,
            "x8pr4mu",
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.39"],
            "Zdeněk Pokorný",
            "pokorny@hanaplus.example",
            "+420585412690",
        ),
        "subject": "Formulář – volby 2025",
        "databox": {
            "box": "x8pr4mu",
            "sender": "Rádio Haná plus s.r.o.",
            "address": "Horní nám. 5, 779 00 Olomouc",
        },
        "attachments": [
            (
                "xlsx",
                "formular_volby_hanaplus.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Rádio Haná plus s.r.o."],
                            ["IČO", J28],
                            ["Požadavek", "ano/ne"],
                            ["Přístup k výsledkům ve formátu XML", "ano"],
                            ["Povolení natáčení na sběrném místě", "ne"],
                            ["Kontaktní osoba", "Zdeněk Pokorný"],
                            ["Telefon", "585 412 690"],
                            ["E-mail", "pokorny@hanaplus.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Typ", "IP adresa"],
                            ["Produkční", "203.0.113.30"],
                            ["Produkční", "203.0.113.31"],
                            ["Testovací", "203.0.113.39"],
                        ],
                    },
                ],
            )
        ],
    },
]
