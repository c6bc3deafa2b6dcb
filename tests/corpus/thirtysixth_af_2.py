"""Thirty-sixth held-out part ``af``, cases af015–af028: a village's data message with the
application only in an ODT, an HTML form with ano/ne, a text form with unticked boxes, an
Austrian two-liner, a daily that replaced its server, a freelancer's temporary test laptop, a
reply under the office's answer with a conditional filming wish, a Polish university's XLSX, a
Hungarian daily's PDF letter, a photo agency's data message with a nested DOCX table, a signed
mail from a city with an IPv6 /127, a terse note asking for both, a Belgian TV that only films
now and a Danish paper with a /31. Written by hand apart from the extraction rules (see
make_thirtysixth_af); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysixth_af_common import (
    EVOLUTION,
    FEED,
    FILM,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    YAHOO,
    L,
    Style,
    ico,
)

I15, I16, I17, I19 = ico("4610382"), ico("2439185"), ico("2911847"), ico("4287061")
I20, I21, I24, I25 = ico("0830164"), ico("3570268"), ico("2790614"), ico("0027388")
I26 = ico("6381052")

OFFICE_REPLY = (
    "> Dobrý den,\n"
    ">\n"
    "> děkujeme za Vaši žádost. Pro zřízení přístupu nám prosím doplňte testovací IP\n"
    "> adresu, případně sdělte, že ji nepožadujete.\n"
    ">\n"
    "> S pozdravem\n"
    "> Oddělení volebních informací\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
    "> IČO 00025593 | ID datové schránky 2gfaasy | tel. 274 052 733\n"
    "> podatelna@czso.cz\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "af015-databox-village-odt-range",
        "description": "village's data message, annotation only 'viz příloha'; the ODT gives "
        "production as a range 'až' of three addresses and no test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Horní Věžnice",
            I15,
            "h2vz7ka",
            ["198.51.100.90", "198.51.100.91", "198.51.100.92"],
            [],
            "Zdeněk Kalina",
            "kalina@hornivieznice.example",
            "+420567302119",
        ),
        "subject": "Žádost o zřízení přístupu k výsledkům voleb – viz příloha",
        "databox": {
            "box": "h2vz7ka",
            "sender": "Obec Horní Věžnice",
            "address": "Horní Věžnice 42, 588 27 Horní Věžnice",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    f"Obec Horní Věžnice, Horní Věžnice 42, 588 27, IČO {I15}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Obec vydává elektronický zpravodaj a na obecní vývěsce a webu "
                    "zveřejňuje průběžné výsledky voleb. Žádáme o zřízení přístupu k XML "
                    "výstupům z těchto adres (obecní server a jeho dvě repliky):",
                    [
                        ["Účel", "Adresy"],
                        ["ostrý provoz", "198.51.100.90 až 198.51.100.92"],
                        ["testování", "nebude"],
                    ],
                    "Technické záležitosti za obec vyřizuje místostarosta Zdeněk Kalina, "
                    "tel. 567 302 119, e-mail kalina@hornivieznice.example.",
                    "V Horní Věžnici 2. 9. 2025",
                    "Marie Hrubá, starostka obce",
                ],
            )
        ],
    },
    {
        "id": "af016-html-form-ano-ne",
        "description": "HTML-only web-mail form: a yes/no column with filming 'ne', an address "
        "table with a role column and a hyphenated IČO",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Jihočeské listy, z. s.",
            I16,
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.35"],
            "Vojtěch Bartoš",
            "bartos@jihoceskelisty.example",
            "+420387112640",
        ),
        "from": "Redakce Jihočeské listy <redakce@jihoceskelisty.example>",
        "subject": "Formulář – žádost médií (volby 2025)",
        "headers": OWA,
        "html": (
            "<html><body style='font-family:Segoe UI'>"
            "<p>Dobrý den, posíláme vyplněný formulář žádosti.</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Žadatel</th><td>Jihočeské listy, z. s.</td></tr>"
            f"<tr><th>IČO</th><td>{I16[:4]}-{I16[4:]}</td></tr>"
            "<tr><th>Sídlo</th><td>Lannova tř. 12, 370 01 České Budějovice</td></tr>"
            "</table><br>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Požadavek</th><th>ano / ne</th></tr>"
            "<tr><td>Přístup k výsledkům ve formátu XML</td><td>ano</td></tr>"
            "<tr><td>Povolení k natáčení / pořizování záznamu</td><td>ne</td></tr>"
            "</table><br>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Role</th><th>IP adresa</th></tr>"
            "<tr><td>produkce</td><td>192.0.2.33</td></tr>"
            "<tr><td>produkce (záloha)</td><td>192.0.2.34</td></tr>"
            "<tr><td>test</td><td>192.0.2.35</td></tr>"
            "</table>"
            "<p>Kontaktní osoba: Vojtěch Bartoš, tel. 387 112 640, "
            "bartos@jihoceskelisty.example</p>"
            "<p>Za redakci<br>Vojtěch Bartoš</p></body></html>"
        ),
    },
    {
        "id": "af017-txt-form-unticked-film",
        "description": "windows-1250 mail with a text form attached: the filming box left "
        "unticked, the XML box ticked, addresses on labelled lines",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Podřipský deník s.r.o.",
            I17,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.132"],
            "Hana Vacková",
            "vackova@podripskydenik.example",
            "+420416521873",
        ),
        "from": "Hana Vacková <vackova@podripskydenik.example>",
        "subject": "Žádost o přístup – formulář v příloze",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněný formulář.\n\n"
            "S pozdravem\nHana Vacková\nPodřipský deník\n"
        ),
        "attachments": [
            (
                "txt",
                "formular_zadost.txt",
                "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY 2025\n"
                "================================================\n\n"
                "Žadatel (název, právní forma): Podřipský deník s.r.o.\n"
                f"IČO: {I17}\n"
                "Datová schránka: —\n\n"
                "Žádám o:\n"
                "  [x] přístup k výsledkům voleb ve formátu XML\n"
                "  [ ] povolení k natáčení na sběrném místě\n\n"
                "Produkční IP (max. 5): 203.0.113.130, 203.0.113.131\n"
                "Testovací IP (max. 5): 203.0.113.132\n\n"
                "Kontaktní osoba: Hana Vacková\n"
                "Telefon: 416 521 873\n"
                "E-mail: vackova@podripskydenik.example\n\n"
                "Datum: 10. 9. 2025\n",
            )
        ],
    },
    {
        "id": "af018-at-terse-german",
        "description": "Austrian two-liner in German, Prod/Test abbreviations, "
        "'Drehgenehmigung: nein', Austrian mobile",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Waldviertler Rundschau GmbH",
            None,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Florian Gruber",
            "gruber@wv-rundschau.example",
            "+436641823307",
        ),
        "from": "Florian Gruber <gruber@wv-rundschau.example>",
        "subject": "XML-Zugang Wahl CZ",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Grüß Gott, ersuche um XML-Zugang für die Waldviertler Rundschau GmbH. "
            "Prod: 203.0.113.5, Test: 203.0.113.6. Drehgenehmigung: nein.\n"
            "Gruber, +43 664 182 33 07\n"
        ),
    },
    {
        "id": "af019-replaced-server-old-address",
        "description": "daily moved hosting: the old address no longer used, a new production "
        "and a backup, the test address unchanged; base64 Outlook",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vydavatelství Krkonošský posel, a.s.",
            I19,
            None,
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.215"],
            "Pavel Jireš",
            "jires@krkonosskyposel.example",
            "+420499871204",
        ),
        "from": "Pavel Jireš <jires@krkonosskyposel.example>",
        "subject": "Přístup k XML výsledkům – nové adresy",
        "headers": MAC_OUTLOOK,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "Vydavatelství Krkonošský posel, a.s. (IČO "
            f"{I19}) žádá jako při minulých volbách o přístup k výsledkům ve formátu XML. "
            "Během léta jsme ale přestěhovali web k jinému poskytovateli, takže adresy se "
            "změnily:\n\n"
            "- dřívější server 198.51.100.200 už nepoužíváme, prosím nepovolujte ho\n"
            "- nově produkce 198.51.100.210, záložní server 198.51.100.211\n"
            "- testovací adresa zůstává beze změny: 198.51.100.215\n\n"
            "Kontaktní osoba je stejná jako minule, tedy já.\n\n"
            "S pozdravem\n\nPavel Jireš\nvedoucí online vydání\n"
            "Krkonošský posel | Horská 14, 543 01 Vrchlabí | tel. 499 871 204\n"
        ),
    },
    {
        "id": "af020-freelancer-temporary-laptop-version",
        "description": "one-person news site (name – trade name), testing from a temporary "
        "office address, a dotted client version that is no address",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Ondřej Malina – Malina Media",
            I20,
            None,
            ["192.0.2.98"],
            ["192.0.2.99"],
            "Ondřej Malina",
            "ondrej@malinamedia.example",
            "+420720664381",
        ),
        "from": "Ondřej Malina <ondrej@malinamedia.example>",
        "subject": "žádost – XML výsledky pro volebnimapa.example",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "provozuji sám zpravodajský web volebnimapa.example (OSVČ, Ondřej Malina – "
            f"Malina Media, IČO {I20}) a prosím o přístup k XML s výsledky.\n\n"
            "Produkčně poběží stahování na VPS 192.0.2.98 (klient volby-sync verze 2.4.1.7). "
            "Testovat budu dočasně z kanceláře v coworkingu, adresa 192.0.2.99 – platí do "
            "konce září, víc ji potřebovat nebudu.\n\n"
            "Natáčet nic nebudu.\n\n"
            "Díky,\nOndřej Malina\n720 664 381\n"
        ),
    },
    {
        "id": "af021-reply-office-quote-conditional-film",
        "description": "reply under the office's request for a test address (office IČO, box "
        "and phone quoted); the applicant's quoted original gives production and contact; a "
        "conditional filming wish is a request",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Rádio Blaník Vysočina, spol. s r.o.",
            I21,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Michaela Fialová",
            "fialova@blanikvysocina.example",
            "+420731402688",
        ),
        "from": "Michaela Fialová <fialova@blanikvysocina.example>",
        "subject": "Re: Re: Žádost o přístup k výsledkům voleb – doplnění",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji: testovací adresa je 203.0.113.121. Ostatní údaje platí podle mé "
            "původní zprávy níže.\n\n"
            "A ještě jedna věc – pokud by to bylo možné, rádi bychom ve volební noci také "
            "natáčeli na sběrném místě v Jihlavě (redaktor a kameraman).\n\n"
            "Děkuji\nMichaela Fialová\n\n"
            "Dne 12. 9. 2025 v 10:14 Oddělení volebních informací napsal(a):\n"
            + OFFICE_REPLY
            + ">\n"
            "> Dne 11. 9. 2025 v 16:02 Michaela Fialová napsal(a):\n"
            ">> Dobrý den,\n"
            ">> Rádio Blaník Vysočina, spol. s r.o., IČO "
            f"{I21}, žádá o přístup k XML\n"
            ">> s výsledky voleb. Produkční IP: 203.0.113.120.\n"
            ">> Kontaktní osoba: Michaela Fialová, mobil 731 402 688.\n"
            ">> Michaela Fialová, Rádio Blaník Vysočina\n"
        ),
    },
    {
        "id": "af022-pl-university-xlsx",
        "description": "Polish university research group writing English with a Polish XLSX "
        "(Typ/Adres IP, 'produkcja'/'test'); no IČO",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Uniwersytet Nadodrzański w Opolu",
            None,
            None,
            ["198.51.100.161", "198.51.100.162"],
            ["198.51.100.170"],
            "Piotr Zieliński",
            "p.zielinski@uno.example",
            "+48774412560",
        ),
        "from": '"dr Piotr Zieliński" <p.zielinski@uno.example>',
        "subject": "Access to Czech election results (XML) – research request",
        "headers": YAHOO,
        "body": (
            "Dear Sir or Madam,\n\n"
            "our Comparative Elections Lab at the Institute of Political Science, Uniwersytet "
            "Nadodrzański w Opolu, would like to request access to the XML results server "
            "for the Czech parliamentary elections. The addresses are listed in the attached "
            "spreadsheet (column 'Typ': produkcja = production, test = test).\n\n"
            "I am the contact person for this request: Piotr Zieliński, "
            "+48 77 441 25 60.\n\n"
            "Kind regards,\ndr Piotr Zieliński\nInstytut Nauk Politycznych\n"
            "Uniwersytet Nadodrzański w Opolu\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_IP_CEL.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Typ", "Adres IP", "Uwagi"],
                            ["produkcja", "198.51.100.161", "serwer główny"],
                            ["produkcja", "198.51.100.162", "serwer zapasowy"],
                            ["test", "198.51.100.170", "środowisko testowe"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Imię i nazwisko", "Piotr Zieliński"],
                            ["Telefon", "+48 77 441 25 60"],
                            ["E-mail", "p.zielinski@uno.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "af023-hu-daily-pdf-letter",
        "description": "Hungarian daily: short English mail, a Hungarian PDF letter with an "
        "'éles / teszt' table whose cells wrap, filming declined in Hungarian",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunántúli Hírlap Zrt.",
            None,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.112"],
            "Nagy Gergely",
            "nagy.gergely@dunantulihirlap.example",
            "+3672555384",
        ),
        "from": "Nagy Gergely <nagy.gergely@dunantulihirlap.example>",
        "subject": "Application for XML access – Dunántúli Hírlap",
        "headers": OUTLOOK,
        "body": (
            "Dear Madam or Sir,\n\nplease find attached our application (in Hungarian, I hope "
            "that is acceptable). Thank you.\n\nBest regards,\nGergely Nagy\n"
        ),
        "attachments": [
            (
                "pdf",
                "kerelem_CSU.pdf",
                [
                    "Dunántúli Hírlap Zrt., 7621 Pécs, Rákóczi út 22.",
                    "Tárgy: Hozzáférés kérése a választási eredményekhez (XML)",
                    "Tisztelt Cseh Statisztikai Hivatal!",
                    "A Dunántúli Hírlap Zrt. hozzáférést kér a választási eredményeket XML "
                    "formátumban közlő szerverhez az alábbi IP-címekről:",
                    {
                        "rows": [
                            ["Szerver", "IP-cím", "Megjegyzés"],
                            ["éles (production)", "192.0.2.110, 192.0.2.111", "fő és tartalék"],
                            ["teszt", "192.0.2.112", "csak a választás előtti napokban"],
                        ],
                        "widths": [90, 110, 120],
                    },
                    "Forgatási engedélyt nem kérünk.",
                    "Kapcsolattartó: Nagy Gergely, online főszerkesztő-helyettes, "
                    "tel.: +36 72 555 384, e-mail: nagy.gergely@dunantulihirlap.example",
                    "Pécs, 2025. szeptember 9.",
                    "Nagy Gergely",
                ],
            )
        ],
    },
    {
        "id": "af024-databox-photo-agency-nested-docx",
        "description": "photo agency's data message, DOCX with a nested address table and "
        "its box ID in the footer; both request types",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "FotoPress Morava, s.r.o.",
            I24,
            "f8rk2ps",
            ["198.51.100.50"],
            ["198.51.100.51"],
            "Jakub Sedláček",
            "sedlacek@fotopressmorava.example",
            "+420605771392",
        ),
        "subject": "Žádost o přístup k datům a o povolení fotografovat a natáčet – volby 2025",
        "databox": {
            "box": "f8rk2ps",
            "sender": "FotoPress Morava, s.r.o.",
            "address": "Kounicova 48, 602 00 Brno",
        },
        "attachments": [
            (
                "docx",
                "zadost_FotoPress.docx",
                {
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML a o povolení "
                        "k pořizování obrazových záznamů",
                        "FotoPress Morava, s.r.o. žádá o přístup k výsledkům a o povolení "
                        "pro dva fotografy a jednoho kameramana na sběrném místě v Brně.",
                        {
                            "rows": [
                                ["Žadatel", "FotoPress Morava, s.r.o."],
                                ["IČO", I24],
                                ["IP adresy", ""],
                                [
                                    "Kontakt",
                                    "Jakub Sedláček, 605 771 392, sedlacek@fotopressmorava.example",
                                ],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.50"],
                                        ["testovací", "198.51.100.51"],
                                    ]
                                }
                            },
                        },
                        "V Brně dne 15. 9. 2025\nJakub Sedláček, jednatel",
                    ],
                    "footer": f"FotoPress Morava, s.r.o. · IČO {I24} · ID DS f8rk2ps",
                },
            )
        ],
    },
    {
        "id": "af025-smime-city-ipv6-127",
        "description": "signed mail from a city's IT department, production an IPv6 /127 "
        "(two addresses) written uncompressed, an IPv4 test address",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Statutární město Přerovec",
            I25,
            None,
            ["2001:db8:4400::", "2001:db8:4400::1"],
            ["192.0.2.250"],
            "Roman Kučera",
            "roman.kucera@prerovec.example",
            "+420581268410",
        ),
        "from": "Roman Kučera <roman.kucera@prerovec.example>",
        "subject": "Žádost o přístup k volebním výsledkům (XML) – Statutární město Přerovec",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "Statutární město Přerovec, IČO "
            f"{I25}, provozuje zpravodajský portál prerovec.example a ve volební noci na něm "
            "chce zobrazovat průběžné výsledky. Žádáme o přístup k XML.\n\n"
            "Produkce: 2001:0db8:4400:0000:0000:0000:0000:0000/127 (dvojice serverů)\n"
            "Test: 192.0.2.250\n\n"
            "Kontaktní osoba: Ing. Roman Kučera, odbor informatiky, tel. 581 268 410\n\n"
            "S pozdravem\nIng. Roman Kučera\nvedoucí oddělení infrastruktury\n"
            "Magistrát města Přerovce, Bratrská 34\n"
            "Tento e-mail je podepsán kvalifikovaným certifikátem.\n"
        ),
    },
    {
        "id": "af026-terse-both-abbrev",
        "description": "phone-typed one-paragraph request for both types, 'prod'/'test', IČO "
        "as 'ič', no diacritics",
        "style": Style.TERSE,
        "labels": L(
            [FEED, FILM],
            "Denik Brodsko s.r.o.",
            I26,
            None,
            ["198.51.100.3"],
            ["198.51.100.4"],
            "Milan Zeman",
            "zeman@denikbrodsko.example",
            "+420777901245",
        ),
        "from": "Milan Zeman <zeman@denikbrodsko.example>",
        "subject": "volby xml + nataceni",
        "headers": SAMSUNG,
        "cte": "7bit",
        "charset": "us-ascii",
        "body": (
            "Zadam o xml pristup + povoleni natacet na sbernem miste v Havl. Brode. "
            f"prod 198.51.100.3, test 198.51.100.4. Denik Brodsko s.r.o., ic {I26}. "
            "Zeman 777 901 245\n"
        ),
    },
    {
        "id": "af027-be-tv-film-now-feed-later",
        "description": "Belgian TV writing French asks only to film now; XML access for the "
        "European elections will be requested later; an address mentioned for later only",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Télé Meuse-Ardenne SA",
            None,
            None,
            [],
            [],
            "Julien Lambert",
            "j.lambert@telemeuse.example",
            "+32478551203",
        ),
        "from": "Julien Lambert <j.lambert@telemeuse.example>",
        "subject": "Autorisation de tournage – élections législatives tchèques",
        "headers": IPHONE,
        "body": (
            "Bonjour,\n\n"
            "Télé Meuse-Ardenne SA (Namur) prépare un reportage sur les élections "
            "législatives tchèques. Nous sollicitons l'autorisation de filmer au centre de "
            "collecte des résultats à Prague le 4 octobre (deux personnes : moi-même et "
            "une cadreuse).\n\n"
            "Pour l'accès au flux XML, nous vous recontacterons avant les élections "
            "européennes ; notre serveur 203.0.113.140 n'est pas encore prêt, ne l'ajoutez "
            "pas pour l'instant.\n\n"
            "Contact : Julien Lambert, +32 478 55 12 03\n\n"
            "Cordialement,\nJulien Lambert\nTélé Meuse-Ardenne\n\nEnvoyé de mon iPhone\n"
        ),
    },
    {
        "id": "af028-dk-paper-cidr31-mixed",
        "description": "Danish paper writing Danish with English, production a /31 (two "
        "addresses), one test address, Danish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Fynske Nyheder A/S",
            None,
            None,
            ["203.0.113.44", "203.0.113.45"],
            ["203.0.113.46"],
            "Mette Kjærgaard",
            "mkj@fynskenyheder.example",
            "+4566145820",
        ),
        "from": "Mette Kjærgaard <mkj@fynskenyheder.example>",
        "subject": "Adgang til valgresultater (XML) / access request",
        "headers": MAC_OUTLOOK,
        "body": (
            "Kære ČSÚ,\n\n"
            "Fynske Nyheder A/S (Odense) vil gerne have adgang til jeres XML-server med "
            "valgresultaterne – we cover the Czech election live on fynskenyheder.example.\n\n"
            "Produktion / production: 203.0.113.44/31\n"
            "Test: 203.0.113.46\n\n"
            "Vi har ikke brug for filmtilladelse.\n\n"
            "Kontaktperson: Mette Kjærgaard, tlf. +45 66 14 58 20\n\n"
            "Venlig hilsen / best regards\nMette Kjærgaard\nDigital redaktion, Fynske Nyheder\n"
        ),
    },
]
