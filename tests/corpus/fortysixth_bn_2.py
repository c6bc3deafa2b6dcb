"""Forty-sixth held-out part ``bn``, cases bn015–bn028: data messages from a regional TV (a
two-sheet workbook with a shortened range and a surname/given-name form), a freelancer asking
only to film (ODT), a town's cultural centre with a netmask and a conditional filming request
(RTF) and a weekly whose annotation drops the filming its DOCX asks for; a Prague agency
writing English for a German portal ('respectively'), a long formal letter with a backup
server, a research institute with an IPv6 range in windows-1250, a Swiss reply with quoted
history, a Polish TV with an IPv6 /127 in iso-8859-2, a terse iPhone filming request, a
freelancer signing with her initial, a temporary test host, a contact whose name reads both
ways and an Italian university department. Written by hand apart from the extraction rules (see
make_fortysixth_bn); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysixth_bn_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    HORDE,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18 = ico("2790431"), ico("7421863"), ico("7104528"), ico("2538716")
I20, I21, I25, I26 = ico("2467093"), ico("6813402"), ico("7356219"), ico("2672580")
I27 = ico("2904175")

CASES: list[dict[str, Any]] = [
    {
        "id": "bn015-databox-regional-tv-two-sheets",
        "description": "data message from a regional TV: a two-sheet workbook, production as "
        "'198.51.100.120 – .123' (four addresses), filming ANO, the contact in surname and "
        "given-name columns",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Vysočina Plus s.r.o.",
            I15,
            "tv5vys2",
            ["198.51.100.120", "198.51.100.121", "198.51.100.122", "198.51.100.123"],
            ["198.51.100.130"],
            "Matěj Vávra",
            "vavra@tvvysocinaplus.example",
            "+420608417253",
        ),
        "databox": box(
            "tv5vys2", "TV Vysočina Plus s.r.o.", "Havlíčkovo nábřeží 9, 586 01 Jihlava"
        ),
        "subject": "Žádost o XML výsledky a natáčení – viz příloha",
        "attachments": [
            (
                "xlsx",
                "TVVP_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žádost média – volby", None],
                            ["Žadatel", "TV Vysočina Plus s.r.o."],
                            ["IČO", I15],
                            ["Přístup k XML (ANO/NE)", "ANO"],
                            ["Natáčení na KS ČSÚ Jihlava (ANO/NE)", "ANO"],
                            ["Příjmení", "Vávra"],
                            ["Jméno", "Matěj"],
                            ["E-mail", "vavra@tvvysocinaplus.example"],
                            ["Mobil", "608 417 253"],
                        ],
                        "merge": ["A1:B1"],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "Adresa / rozsah"],
                            ["produkce", "198.51.100.120 – .123"],
                            ["test", "198.51.100.130"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bn016-databox-freelancer-filming-only-odt",
        "description": "data message from a natural person in business: the ODT asks only to "
        "film at a regional office and says server access is not needed; no addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Kristýna Horáková",
            I16,
            "kh3m8pq",
            [],
            [],
            "Kristýna Horáková",
            "kristyna@horakovafoto.example",
            "+420736205814",
        ),
        "databox": box("kh3m8pq", "Kristýna Horáková", "Brněnská 44, 586 01 Jihlava", kind=40),
        "subject": "Žádost o povolení natáčení",
        "attachments": [
            (
                "odt",
                "povoleni_nataceni.odt",
                [
                    "Kristýna Horáková, IČO " + I16,
                    "Brněnská 44, 586 01 Jihlava",
                    "Vážení,",
                    "jsem nezávislá dokumentaristka a připravuji krátký film o volebním večeru "
                    "v regionu. Prosím o povolení natáčet na pracovišti krajské správy v "
                    "Jihlavě od 14 do 17 hodin.",
                    "Přístup k serveru s výsledky nepotřebuji.",
                    [
                        ["Kontakt", "Kristýna Horáková"],
                        ["Telefon", "736 205 814"],
                        ["E-mail", "kristyna@horakovafoto.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bn017-databox-cultural-centre-netmask-conditional",
        "description": "data message from a town's cultural centre running local TV: RTF with an "
        "address and a /31 netmask (two addresses), a test address, filming asked 'if it is "
        "possible' (still a request)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Kulturní a informační centrum Dolní Brusnice, příspěvková organizace",
            I17,
            "kic9db2",
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Radka Pešková",
            "peskova@kicbrusnice.example",
            "+420737508146",
        ),
        "databox": box(
            "kic9db2",
            "Kulturní a informační centrum Dolní Brusnice, příspěvková organizace",
            "Náměstí 12, 507 32 Dolní Brusnice",
        ),
        "subject": "Volby – žádost KIC Dolní Brusnice",
        "attachments": [
            (
                "rtf",
                "zadost_KIC.rtf",
                [
                    "Kulturní a informační centrum Dolní Brusnice, příspěvková organizace\n"
                    "IČO " + I17,
                    "Žádost o přístup k výsledkům voleb",
                    "Naše centrum vysílá Brusnické televizní zprávy. Prosíme o přístup k "
                    "serveru s výsledky:",
                    [
                        ["produkční", "192.0.2.200 maska 255.255.255.254"],
                        ["testovací", "192.0.2.210"],
                    ],
                    "Pokud to bude možné, rádi bychom na krajské správě v Hradci Králové "
                    "natočili krátkou reportáž; prosíme tedy i o povolení natáčení.",
                    "Vyřizuje: Radka Pešková, peskova@kicbrusnice.example, 737 508 146",
                    "Mgr. Petr Holeček, ředitel",
                ],
            )
        ],
    },
    {
        "id": "bn018-databox-annotation-drops-filming-docx",
        "description": "data message whose annotation drops the filming the DOCX still asks "
        "for; the DOCX signs with an initial and names the contact in full in its table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeský zpravodaj a.s.",
            I18,
            "jz4t7ra",
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Jitka Kratochvílová",
            "kratochvilova@jihozpravodaj.example",
            "+420724613058",
        ),
        "databox": box(
            "jz4t7ra", "Jihočeský zpravodaj a.s.", "Lannova 31, 370 01 České Budějovice"
        ),
        "subject": "Žádost o přístup k XML s výsledky voleb; o natáčení již nežádáme, bod 2 "
        "přiložené žádosti prosím neberte v úvahu",
        "attachments": [
            (
                "docx",
                "zadost_JZ.docx",
                {
                    "header": "Jihočeský zpravodaj a.s. | Lannova 31 | České Budějovice | "
                    "IČO " + I18,
                    "footer": "strana 1/1",
                    "blocks": [
                        "Věc: žádost média",
                        "1. Žádáme o přístup k průběžným výsledkům voleb ve formátu XML.",
                        "2. Žádáme o povolení natáčet na krajské správě ČSÚ v Českých "
                        "Budějovicích.",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.60, 203.0.113.61"],
                                ["Testovací IP", "203.0.113.62"],
                                ["Kontaktní osoba", "Jitka Kratochvílová"],
                                ["E-mail", "kratochvilova@jihozpravodaj.example"],
                                ["Telefon", "+420 724 613 058"],
                            ]
                        },
                        "Za redakci J. Kratochvílová",
                    ],
                },
            )
        ],
    },
    {
        "id": "bn019-agency-english-for-german-portal",
        "description": "a Prague agency writes English (HTML only) for a German portal: the "
        "portal applies, no IČO; 'respectively' pairs production and test; the agency's "
        "account manager asks to be the contact",
        "style": Style.INTERMEDIARY,
        "labels": L(
            [FEED],
            "Nordlicht Media GmbH",
            None,
            None,
            ["198.18.60.10"],
            ["198.18.60.20"],
            "Barbora Stránská",
            "stranska@praguepress.example",
            "+420602719384",
        ),
        "from": "Barbora Stránská <stranska@praguepress.example>",
        "subject": "Results feed access for Nordlicht Media GmbH",
        "headers": OUTLOOK,
        "html": "<html><body><p>Dear colleagues,</p>"
        "<p>Prague Press Services s.r.o. represents <b>Nordlicht Media GmbH</b> (Hamburg), "
        "which runs the news portal nordlicht-news, in the Czech Republic. On their behalf we "
        "apply for access to the election results XML feed.</p>"
        "<p>Their production and test servers are 198.18.60.10 and 198.18.60.20 respectively."
        "</p><p>No filming is required.</p>"
        "<p>Please direct all correspondence about this application to me; I will pass it on "
        "to the editors in Hamburg (editor in charge: Jens Ohlsen).</p>"
        "<p>Best regards,<br>Barbora Stránská<br>Account Manager<br>Prague Press Services "
        "s.r.o.<br>+420 602 719 384</p></body></html>",
    },
    {
        "id": "bn020-long-formal-letter-backup-server",
        "description": "short cover mail, a long formal DOCX letter with letterhead (IČO and box "
        "ID), legal references, a backup server counted as production, filming asked; the "
        "board chairman signs, a named editor is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Krušnohorské listy, a.s.",
            I20,
            "kl6v2ns",
            ["198.51.100.140", "198.51.100.141", "198.51.100.142"],
            ["198.51.100.150"],
            "Radim Beneš",
            "benes@krusnohorskelisty.example",
            "+420475630912",
        ),
        "from": "Sekretariát KL <sekretariat@krusnohorskelisty.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb a povolení natáčení",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nv příloze zasíláme žádost podepsanou předsedou představenstva.\n\n"
        "Sekretariát\nVydavatelství Krušnohorské listy, a.s.\n",
        "attachments": [
            (
                "docx",
                "KL_zadost_CSU.docx",
                {
                    "header": "Vydavatelství Krušnohorské listy, a.s. | Revoluční 18, 400 01 "
                    "Ústí nad Labem | IČO " + I20 + " | ID DS kl6v2ns",
                    "footer": "Zapsáno v obchodním rejstříku vedeném Krajským soudem v Ústí "
                    "nad Labem, oddíl B",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Ústí nad Labem dne 2. září 2025",
                        "Věc: Žádost o zpřístupnění průběžných výsledků voleb na dedikovaném "
                        "serveru a o povolení pořizovat audiovizuální záznam",
                        "Vážené dámy, vážení pánové,",
                        "naše vydavatelství vydává od roku 1992 regionální deník Krušnohorské "
                        "listy a provozuje zpravodajský portál s průměrnou denní návštěvností "
                        "přes 60 tisíc čtenářů. V souladu s podmínkami, které Český "
                        "statistický úřad pro sdělovací prostředky zveřejňuje, si dovolujeme "
                        "požádat o zpřístupnění průběžných výsledků voleb ve formátu XML.",
                        "Výsledky budeme přebírat ze dvou produkčních serverů, 198.51.100.140 a "
                        "198.51.100.141; pro případ výpadku máme připraven záložní server "
                        "198.51.100.142. Testovací připojení před volbami proběhne z adresy "
                        "198.51.100.150.",
                        "Dále žádáme o povolení natáčení a fotografování na pracovišti krajské "
                        "správy ČSÚ v Ústí nad Labem během sčítání; štáb budou tvořit dva "
                        "redaktoři a kameraman, jejichž jména sdělíme nejpozději týden "
                        "předem.",
                        "Kontaktní osobou pro tuto žádost je vedoucí online redakce Ing. Radim "
                        "Beneš, e-mail benes@krusnohorskelisty.example, telefon 475 630 912.",
                        "Zpracování osobních údajů členů štábu proběhne v souladu s nařízením "
                        "(EU) 2016/679. Děkujeme za vyřízení žádosti.",
                        "S úctou",
                        "JUDr. Vladimír Koutný\npředseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "bn021-institute-ipv6-range-windows-1250",
        "description": "research institute (v. v. i.) in windows-1250 quoted-printable: an "
        "IPv6 range 'až' as three production addresses, an IPv4 test address, filming "
        "declined; the contact in capitals surname first",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Ústav regionálních studií AV, v. v. i.",
            I21,
            None,
            ["2001:db8:77::a", "2001:db8:77::b", "2001:db8:77::c"],
            ["198.18.77.5"],
            "Alena Křížová",
            "krizova@urs-av.example",
            "+420234612870",
        ),
        "from": "Alena Krizova <krizova@urs-av.example>",
        "subject": "Zadost ustavu o pristup k vysledkum voleb",
        "headers": CENTRUM,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\n"
        "Ústav regionálních studií AV, v. v. i., IČO " + I21 + ", žádá pro účely výzkumu "
        "o přístup k datům průběžných výsledků voleb.\n\n"
        "Žadatel ............ Ústav regionálních studií AV, v. v. i.\n"
        "Produkční IP ....... 2001:db8:77::a až 2001:db8:77::c\n"
        "Testovací IP ....... 198.18.77.5\n"
        "Natáčení ........... ne\n"
        "Kontakt ............ KŘÍŽOVÁ Alena, krizova@urs-av.example, 234 612 870\n\n"
        "Děkuji\nA. Křížová\n",
    },
    {
        "id": "bn022-swiss-german-reply-quoted",
        "description": "Swiss daily replies in German to the office's question with quoted "
        "history (the office's signature with its phone): adds the test address, production "
        "given as '.220 und .221'",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zürcher Landbote AG",
            None,
            None,
            ["203.0.113.220", "203.0.113.221"],
            ["203.0.113.222"],
            "Lukas Brunner",
            "lukas.brunner@landbote.example",
            "+41791846203",
        ),
        "from": "Lukas Brunner <lukas.brunner@landbote.example>",
        "subject": "AW: Ihre Anfrage – Zugang zu den Wahlergebnissen",
        "headers": APPLE,
        "body": "Grüezi Frau Marková,\n\n"
        "danke für die Rückfrage. Die Test-IP ist 203.0.113.222. Produktion bleibt wie "
        "gemeldet 203.0.113.220 und .221.\n\n"
        "Freundliche Grüsse\nLukas Brunner\nZürcher Landbote AG, Datenredaktion\n"
        "+41 79 184 62 03\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: podatelna@czso.cz\n"
        "Betreff: Ihre Anfrage – Zugang zu den Wahlergebnissen\n\n"
        "Sehr geehrter Herr Brunner,\n"
        "vielen Dank für Ihre Anfrage. Bitte teilen Sie uns noch eine Test-IP-Adresse mit.\n"
        "Mit freundlichen Grüßen\n"
        "Eva Marková\nČeský statistický úřad\n+420 274 052 733\n\n"
        "> Guten Tag, die Zürcher Landbote AG bittet um Zugang zum XML-Feed.\n"
        "> Produktion: 203.0.113.220 und .221. Kontakt: Lukas Brunner.\n",
    },
    {
        "id": "bn023-polish-tv-ipv6-127-iso-8859-2",
        "description": "Polish regional TV in iso-8859-2 8bit: production as an IPv6 /127 (two "
        "addresses), test as an address with a /32 netmask (one), filming asked too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telewizja Śląsk Cieszyński sp. z o.o.",
            None,
            None,
            ["2001:db8:3:1::", "2001:db8:3:1::1"],
            ["192.0.2.90"],
            "Agnieszka Wójcik",
            "a.wojcik@tvcieszyn.example",
            "+48338521470",
        ),
        "from": "Agnieszka Wójcik <a.wojcik@tvcieszyn.example>",
        "subject": "Wniosek o dostęp do wyników wyborów i zgodę na zdjęcia",
        "headers": HORDE,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Szanowni Państwo,\n\n"
        "Telewizja Śląsk Cieszyński sp. z o.o. prosi o dostęp do serwera z wynikami wyborów "
        "(XML) oraz o zgodę na nagrywanie w oddziale regionalnym w Ostrawie w wieczór "
        "wyborczy.\n\n"
        "Adresy produkcyjne: 2001:db8:3:1::/127\n"
        "Adres testowy: 192.0.2.90 maska 255.255.255.255\n\n"
        "Osoba kontaktowa: Agnieszka Wójcik, tel. +48 33 852 14 70\n\n"
        "Z poważaniem\nAgnieszka Wójcik\nkierownik działu informacji\n",
    },
    {
        "id": "bn024-terse-iphone-filming-tomorrow",
        "description": "three lines from a phone: a regional TV asks only to film tomorrow, no "
        "IČO, no addresses; the sender signs with name and mobile",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Televize Chodsko s.r.o.",
            None,
            None,
            [],
            [],
            "Vojtěch Král",
            "kral@tvchodsko.example",
            "+420602538417",
        ),
        "from": "Vojtěch Král <kral@tvchodsko.example>",
        "subject": "natáčení zítra KS Plzeň",
        "headers": IPHONE,
        "body": "Dobrý den, Televize Chodsko s.r.o. by zítra ráda natáčela na KS ČSÚ v Plzni "
        "(2 lidi, kamera). Data z XML nepotřebujeme.\n"
        "Vojtěch Král 602 538 417\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "bn025-freelancer-initial-and-full-name-html",
        "description": "freelance data journalist (multipart/alternative): signs 'M. Veselá', the "
        "contact line gives the full name; one production address, testing from it",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Marta Veselá",
            I25,
            None,
            ["198.51.100.33"],
            [],
            "Marta Veselá",
            "marta@datavesela.example",
            "+420739162504",
        ),
        "from": "M. Veselá <marta@datavesela.example>",
        "subject": "Přístup k výsledkům voleb – OSVČ",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "jsem OSVČ (Marta Veselá, IČO " + I25 + ") a dělám datové vizualizace pro několik "
        "regionálních webů. Prosím o přístup k XML s výsledky z adresy 198.51.100.33. "
        "Testovat budu na té samé.\n\n"
        "Kontakt: Ing. Marta Veselá, 739 162 504\n\n"
        "Díky,\nM. Veselá\n",
        "html": "<div>Dobrý den,</div><div><br></div>"
        "<div>jsem OSVČ (Marta Veselá, IČO " + I25 + ") a dělám datové vizualizace pro "
        "několik regionálních webů. Prosím o přístup k XML s výsledky z adresy "
        "<b>198.51.100.33</b>. Testovat budu na té samé.</div><div><br></div>"
        "<div>Kontakt: Ing. Marta Veselá, 739&nbsp;162&nbsp;504</div><div><br></div>"
        "<div>Díky,<br>M. Veselá</div>",
    },
    {
        "id": "bn026-temporary-test-host-flowed",
        "description": "format=flowed mail from a newspaper: two production addresses and a "
        "test host that is temporary (still the test address); filming not asked",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Deník Pootaví s.r.o.",
            I26,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.60"],
            "Jan Slavíček",
            "slavicek@denikpootavi.example",
            "+420721903648",
        ),
        "from": "Jan Slavíček <slavicek@denikpootavi.example>",
        "subject": "Deník Pootaví - žádost o XML",
        "headers": ROUNDCUBE,
        "flowed": True,
        "body": "Dobrý den,\n\n"
        "Deník Pootaví s.r.o., IČO " + I26 + ", žádá o přístup k průběžným výsledkům voleb "
        "na vašem serveru.\n\n"
        "produkce: 192.0.2.50, 192.0.2.51\n"
        "test: 192.0.2.60 (jde o dočasný virtuál, který po 30. 9. zrušíme a dál budeme "
        "testovat přímo z produkce)\n\n"
        "O natáčení nežádáme.\n\n"
        "Jan Slavíček, technik redakce, 721 903 648\n",
    },
    {
        "id": "bn027-name-reads-both-ways",
        "description": "regional radio: the contact's name could be given name or surname either "
        "way ('Pavel Matěj', labelled as written), a colleague with a similar name in copy; "
        "range with a short end, filming 'not this year'",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Beskydy Jih s.r.o.",
            I27,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.190"],
            "Pavel Matěj",
            "pavel.matej@radiobeskydy.example",
            "+420558412730",
        ),
        "from": "Pavel Matěj <pavel.matej@radiobeskydy.example>",
        "cc": "Martin Tomáš <martin.tomas@radiobeskydy.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OWA,
        "body": "Dobrý den,\n\nžádáme o přístup k výsledkům voleb na dedikovaném serveru.\n\n"
        "Žadatel: Rádio Beskydy Jih s.r.o., IČO " + I27 + "\n"
        "Produkční IP: 203.0.113.180-181\n"
        "Testovací IP: 203.0.113.190\n"
        "Natáčení: letos ne\n"
        "Jméno a příjmení kontaktní osoby: Pavel Matěj\n"
        "Telefon: 558 412 730\n\n"
        "V kopii kolega Martin Tomáš, který bude mít službu ve studiu.\n\n"
        "Pavel Matěj\n",
    },
    {
        "id": "bn028-italian-university-department-pdf",
        "description": "an Italian university department writes; the PDF names the university "
        "(which applies), feed for research, filming 'non richiesta'; no IČO, the professor "
        "is the contact",
        "style": Style.INTERMEDIARY,
        "labels": L(
            [FEED],
            "Università degli Studi di Valdarno",
            None,
            None,
            ["198.18.90.10", "198.18.90.11"],
            ["198.18.90.12"],
            "Alessandro Conti",
            "alessandro.conti@unival.example",
            "+390559184270",
        ),
        "from": "Alessandro Conti <alessandro.conti@unival.example>",
        "subject": "Richiesta accesso dati elettorali – Dipartimento di Scienze Politiche",
        "headers": MAC_OUTLOOK,
        "body": "Gentili signori,\n\nin allegato la richiesta del nostro dipartimento.\n\n"
        "Cordiali saluti\nprof. Alessandro Conti\n",
        "attachments": [
            (
                "pdf",
                "richiesta_UNIVAL.pdf",
                [
                    "Università degli Studi di Valdarno\nDipartimento di Scienze Politiche",
                    "Oggetto: richiesta di accesso al feed XML dei risultati elettorali",
                    "Il Dipartimento, per conto dell'Università degli Studi di Valdarno, "
                    "chiede l'accesso ai risultati in tempo reale per un progetto di ricerca "
                    "sul comportamento elettorale in Europa centrale.",
                    {
                        "rows": [
                            ["Server di produzione", "198.18.90.10<br/>198.18.90.11"],
                            ["Server di test", "198.18.90.12"],
                            ["Riprese / filming", "non richiesta"],
                            [
                                "Referente",
                                "prof. Alessandro Conti, alessandro.conti@unival.example, "
                                "+39 055 918 4270",
                            ],
                        ],
                        "widths": [140, 300],
                    },
                    "Firenze, 4 settembre 2025",
                ],
            )
        ],
    },
]
