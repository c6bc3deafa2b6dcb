"""Twentysecond held-out part ``pc``, cases pc029–pc042: a publisher's DOCX with a merged role
cell in a data message, a freelancer's data message with the request in its annotation, an
HTML table of IPv6 production addresses, a PR agency forwarding its client's mail as .eml, a
follow-up withdrawing filming, a temporary test notebook, a Danish daily with a CVR number, a
long format=flowed letter, an IT contractor naming another client's server, a Norwegian XLSX,
a city's press office with its box ID in the signature, a production company's PDF with
wrapped cells, an English one-liner for filming only and a signed agency mail with an IPv6
range. Written by hand apart from the extraction rules (see make_twentysecond_pc); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysecond_pc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2716094"), ico("7511836"), ico("2280731"), ico("0817493")
I32A, I33, I34, I36 = ico("2604185"), ico("4537012"), ico("2519673"), ico("0427185")
I37, I37C, I39, I40 = ico("2276518"), ico("0734926"), ico("0028591"), ico("2864027")
I42 = ico("2613458")

CASES: list[dict[str, Any]] = [
    {
        "id": "pc029-databox-docx-merged-role-cell",
        "description": "publisher's data message with only 'Žádost' as annotation: the DOCX "
        "has a role cell merged over two rows, the box ID in its header and the office's box "
        "in the address block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Horácké noviny, a.s.",
            I29,
            "t5kb9xe",
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Hana Vondrová",
            "hana.vondrova@hornoviny.example",
            "+420568840227",
        ),
        "from": "Vydavatelství Horácké noviny <redakce@hornoviny.example>",
        "subject": "Žádost",
        "databox": {
            "box": "t5kb9xe",
            "sender": "Vydavatelství Horácké noviny, a.s.",
            "address": "Karlovo nám. 40, 674 01 Třebíč",
        },
        "attachments": [
            (
                "docx",
                "zadost_XML_volby.docx",
                {
                    "header": f"Vydavatelství Horácké noviny, a.s. | IČO {I29} | ID DS t5kb9xe",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\nID DS: 2gfaasy",
                        "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o zřízení přístupu k serveru s průběžnými výsledky voleb do "
                        "Poslanecké sněmovny pro naše regionální weby. O povolení natáčení "
                        "nežádáme.",
                        {
                            "rows": [
                                ["Druh", "IP adresa"],
                                ["Produkční servery", "203.0.113.240"],
                                ["", "203.0.113.241"],
                                ["Testovací server", "203.0.113.250"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Mgr. Hana Vondrová, tel. +420 568 840 227, "
                        "hana.vondrova@hornoviny.example",
                        "V Třebíči 16. 9. 2025",
                        "Ing. Luboš Kratina, předseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "pc030-databox-freelancer-annotation",
        "description": "a freelancer's own data box (PFO): addresses and phone in the "
        "annotation, the attached note gives the trade name, IČO and e-mail and declines filming",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Tomáš Bednář",
            I30,
            "b7rc4mu",
            ["192.0.2.171"],
            ["192.0.2.172"],
            "Tomáš Bednář",
            "tomas@tbfoto.example",
            "+420602517930",
        ),
        "from": "Tomáš Bednář <tomas@tbfoto.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb – IP 192.0.2.171, test 192.0.2.172, "
        "kontakt 602 517 930",
        "databox": {
            "box": "b7rc4mu",
            "sender": "Tomáš Bednář",
            "address": "Lipová 318, 385 01 Vimperk",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "zadost_Bednar.txt",
                "Dobrý den,\n\n"
                "jsem fotograf a videožurnalista na volné noze (TB Foto Video, IČO "
                f"{I30}) a pro několik regionálních webů připravuji volební zpravodajství. "
                "Žádám o přístup k výsledkům ve formátu XML, adresy jsou uvedeny v průvodce "
                "datové zprávy.\n\n"
                "Natáčet na sběrných místech tentokrát nebudu.\n\n"
                "Tomáš Bednář\n"
                "tomas@tbfoto.example\n",
            )
        ],
    },
    {
        "id": "pc031-gmail-html-ipv6-only",
        "description": "HTML-only webmail table with two IPv6 production addresses and no test "
        "address; a spolek as publisher",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Magazín Urbanista, z. s.",
            I31,
            None,
            ["2001:db8:5a::80", "2001:db8:5a::81"],
            [],
            "Petra Jelínková",
            "jelinkova@urbanista.example",
            "+420739118502",
        ),
        "from": "Petra Jelínková <jelinkova@urbanista.example>",
        "subject": "Urbanista – přístup k volebním datům",
        "headers": GMAIL,
        "cte": "base64",
        "html": (
            '<div dir="ltr"><p>Dobrý den,</p><p>spolek Magazín Urbanista, z. s. (IČO '
            f"{I31}) žádá o přístup k výsledkům voleb ve formátu XML pro datové vizualizace "
            "na našem webu. Máme pouze IPv6:</p>"
            '<table style="border-collapse:collapse" border="1" cellpadding="3">'
            "<thead><tr><th>Role</th><th>Adresa</th></tr></thead><tbody>"
            "<tr><td>Produkce</td><td>2001:db8:5a::80</td></tr>"
            "<tr><td>Produkce</td><td>2001:db8:5a::81</td></tr>"
            "</tbody></table>"
            "<p>Testovací adresu nemáme.</p>"
            "<p>Petra Jelínková<br>datová redaktorka<br>+420 739 118 502</p></div>"
        ),
    },
    {
        "id": "pc032-pr-agency-forwards-eml",
        "description": "a PR agency with its own IČO forwards its client's application as an "
        "attached .eml; the client's editor in the original is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vydavatelství Lipová ratolest, s.r.o.",
            I32,
            None,
            ["192.0.2.20", "192.0.2.21"],
            ["192.0.2.29"],
            "Radka Vlčková",
            "vlckova@lipovaratolest.example",
            "+420731660218",
        ),
        "from": "Michal Sýkora <sykora@orbis-media.example>",
        "subject": "FW: žádost o přístup k XML – Vydavatelství Lipová ratolest",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "jako PR agentura zastupujeme vydavatele časopisu Lipová ratolest. V příloze "
            "přeposílám jejich žádost o přístup k výsledkům voleb – prosím o její vyřízení. "
            "Kontaktní osobou zůstává paní Radka Vlčková z redakce, viz původní zpráva.\n\n"
            "S pozdravem\n"
            "Michal Sýkora\n"
            "Mediální servis Orbis s.r.o.\n"
            f"IČO {I32A}\n"
            "+420 224 918 330\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_Lipova_ratolest.eml",
                {
                    "id": "pc032-inner",
                    "from": "Radka Vlčková <vlckova@lipovaratolest.example>",
                    "to": "Michal Sýkora <sykora@orbis-media.example>",
                    "subject": "žádost pro ČSÚ",
                    "headers": SEZNAM,
                    "body": (
                        "Ahoj Michale,\n\n"
                        "posílám podklady k žádosti pro ČSÚ:\n\n"
                        f"Vydavatelství Lipová ratolest, s.r.o., IČO {I32}\n"
                        "žádáme o přístup k výsledkům voleb ve formátu XML\n"
                        "produkce 192.0.2.20, 192.0.2.21 – test 192.0.2.29\n"
                        "kontakt: Radka Vlčková, 731 660 218, vlckova@lipovaratolest.example\n\n"
                        "Díky moc!\nRadka\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "pc033-follow-up-withdraws-filming",
        "description": "follow-up to the applicant's own earlier mail: filming withdrawn, the "
        "feed kept 'according to the original below'; all values only in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Vltavín, s.r.o.",
            I33,
            None,
            ["198.51.100.236"],
            ["198.51.100.237"],
            "Pavel Horák",
            "horak@vltavin.example",
            "+420721390466",
        ),
        "from": "Pavel Horák <horak@vltavin.example>",
        "subject": "RE: Žádost o přístup k výsledkům a natáčení – Rádio Vltavín",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v pondělí jsem žádal o obojí. Natáčet nakonec nebudeme (štáb bude na jiné "
            "akci), o povolení natáčení tedy už nežádáme. Přístup k datům prosím zřiďte "
            "podle původní žádosti níže.\n\n"
            "Děkuji\nPavel Horák\n\n"
            "-----Original Message-----\n"
            "From: Pavel Horák <horak@vltavin.example>\n"
            "Sent: Monday, September 15, 2025 10:04 AM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k výsledkům a natáčení – Rádio Vltavín\n\n"
            "Dobrý den,\n\n"
            f"Rádio Vltavín, s.r.o., IČO {I33}, žádá:\n"
            "1. o přístup k výsledkům voleb ve formátu XML – produkční IP 198.51.100.236, "
            "testovací IP 198.51.100.237,\n"
            "2. o povolení natáčení na sběrném místě v Českých Budějovicích.\n\n"
            "Kontakt: Pavel Horák, 721 390 466, horak@vltavin.example\n\n"
            "Pavel Horák\nRádio Vltavín\n"
        ),
    },
    {
        "id": "pc034-temporary-test-notebook",
        "description": "a temporary notebook for tests and the live server, an internal VPN "
        "range, dates and a port next to the addresses",
        "style": Style.HOSTS,
        "labels": L(
            [FEED],
            "Rádio Ještěd Vlna, s.r.o.",
            I34,
            None,
            ["203.0.113.205"],
            ["203.0.113.206"],
            "Lenka Červená",
            "cervena@jestedvlna.example",
            "+420777504129",
        ),
        "from": "Lenka Červená <cervena@jestedvlna.example>",
        "subject": "přístup k výsledkům voleb – Rádio Ještěd Vlna",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"za Rádio Ještěd Vlna, s.r.o. (IČO {I34}) žádám o přístup k XML s výsledky "
            "voleb.\n\n"
            "Ostrý provoz poběží ze serveru 203.0.113.205. Na testy použijeme dočasně "
            "notebook na adrese 203.0.113.206 (jen do 30. 9., po testech ho vypneme). "
            "Uvnitř sítě jedeme přes VPN 10.8.0.0/24, to pro vás není podstatné.\n"
            "Stahovat budeme na portu 443 každých 20 s.\n\n"
            "Kontakt: Lenka Červená, 777 504 129\n\n"
            "Díky!\nLenka Červená\nproducentka zpravodajství\n"
        ),
    },
    {
        "id": "pc035-dk-daily-cvr-til-range",
        "description": "Danish daily in Danish: a range with 'til', an eight-digit CVR number "
        "that is no IČO, filming declined",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Limfjord Nyheder A/S",
            None,
            None,
            ["198.51.100.170", "198.51.100.171", "198.51.100.172"],
            ["198.51.100.175"],
            "Mette Kjærgaard",
            "mk@limfjordnyheder.example",
            "+4521487703",
        ),
        "from": "Mette Kjærgaard <mk@limfjordnyheder.example>",
        "subject": "Ansøgning om adgang til valgresultater (XML)",
        "headers": TBIRD,
        "body": (
            "Kære Tjekkiske Statistikkontor,\n\n"
            "Limfjord Nyheder A/S dækker parlamentsvalget i Tjekkiet og vil gerne søge om "
            "adgang til jeres server med valgresultater i XML-format.\n\n"
            "IP-adresser: 198.51.100.170 til 198.51.100.172 (produktion) samt "
            "198.51.100.175 (test).\n\n"
            "Vi har ikke brug for filmtilladelse.\n\n"
            "Kontaktperson: Mette Kjærgaard, +45 21 48 77 03\n\n"
            "Venlig hilsen\n"
            "Mette Kjærgaard\n"
            "Udlandsredaktionen, Limfjord Nyheder A/S\n"
            "CVR-nr. 38412265, Havnegade 5, 9000 Aalborg\n"
        ),
    },
    {
        "id": "pc036-flowed-long-letter-wrapped-roles",
        "description": "long format=flowed letter: the sentence giving the roles wraps across "
        "soft breaks, the office's press release is referred to, the publisher's legal form "
        "with spaces",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Brdy Media, s. r. o.",
            I36,
            None,
            ["192.0.2.80", "192.0.2.81"],
            ["192.0.2.88"],
            "Alžběta Kubíčková",
            "kubickova@brdymedia.example",
            "+420318623744",
        ),
        "from": "Alžběta Kubíčková <kubickova@brdymedia.example>",
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML – Brdy Media",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Vážené dámy, vážení pánové,\n\n"
            "na základě Vaší tiskové zprávy ze dne 1. 9. 2025 se obracíme s žádostí o \n"
            "přístup k serveru, na kterém budou zveřejňovány průběžné výsledky voleb do \n"
            "Poslanecké sněmovny ve formátu XML. Společnost Brdy Media, s. r. o., IČO \n"
            f"{I36}, vydává týdeník Brdský kurýr a provozuje zpravodajský web \n"
            "brdskykuryr.example, na kterém chceme výsledky pro obce našeho regionu \n"
            "zobrazovat průběžně a bez zpoždění.\n\n"
            "Prosíme o povolení adres 192.0.2.80 a 192.0.2.81 pro ostrý provoz a adresy \n"
            "192.0.2.88 pro testování před volbami. Jiné adresy používat nebudeme.\n\n"
            "Kontaktní osobou je Alžběta Kubíčková, vedoucí vydání, tel. +420 318 623 744, \n"
            "kubickova@brdymedia.example. V případě její nepřítomnosti se obracejte na \n"
            "redakci (318 623 700).\n\n"
            "O povolení natáčení nežádáme.\n\n"
            "S úctou\n\n"
            "Alžběta Kubíčková\n"
            "Brdy Media, s. r. o.\n"
            "Náměstí 12, 261 01 Příbram\n"
        ),
    },
    {
        "id": "pc037-contractor-other-clients-server",
        "description": "IT contractor for a publisher names a server of another client that "
        "applies separately; the editor is the contact; two IČOs in the text",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Zpravodaj Posázaví, z. s.",
            I37,
            None,
            ["192.0.2.95"],
            ["192.0.2.96"],
            "Jaroslav Mlejnek",
            "mlejnek@zpravodajposazavi.example",
            "+420725330614",
        ),
        "from": "Lukáš Doležal <dolezal@webhrad.example>",
        "subject": "Zpravodaj Posázaví - XML výsledky voleb",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "spravujeme web pro Zpravodaj Posázaví, z. s. (IČO "
            f"{I37}) a jejich jménem žádáme o přístup k výsledkům voleb v XML.\n\n"
            "Produkce: 192.0.2.95\n"
            "Test: 192.0.2.96\n\n"
            "Pozn.: adresa 192.0.2.90 je náš server pro jiného klienta (Třebíčské listy), ti "
            "žádají zvlášť, sem nepatří.\n\n"
            "Kontaktní osobou je za redakci pan Jaroslav Mlejnek, 725 330 614, "
            "mlejnek@zpravodajposazavi.example.\n\n"
            "S pozdravem\n"
            "Lukáš Doležal\n"
            f"WebHrad s.r.o., IČO {I37C}\n"
            "tel. 608 920 411\n"
        ),
    },
    {
        "id": "pc038-no-tv-xlsx-two-sheets",
        "description": "Norwegian TV: short Norwegian mail, XLSX with an address sheet "
        "(produksjon/reserve/test) and an application sheet with 'Filmtillatelse: JA'",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED, FILM],
            "Nordlys Fjernsyn AS",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.129"],
            "Kari Solberg",
            "kari.solberg@nordlysfjernsyn.example",
            "+4791740226",
        ),
        "from": "Kari Solberg <kari.solberg@nordlysfjernsyn.example>",
        "subject": "Søknad – valgresultater (XML) og filmtillatelse",
        "headers": APPLE,
        "body": (
            "Hei,\n\nvedlagt er vår søknad (regneark). Ta gjerne kontakt ved spørsmål.\n\n"
            "Vennlig hilsen\nKari Solberg\nNordlys Fjernsyn\n"
        ),
        "attachments": [
            (
                "xlsx",
                "soknad_CSU.xlsx",
                [
                    {
                        "title": "Søknad",
                        "rows": [
                            ["Søker", "Nordlys Fjernsyn AS"],
                            ["Org.nr.", "918 274 553 MVA"],
                            ["Tilgang til XML-resultater", "JA"],
                            ["Filmtillatelse (innsamlingssted Praha)", "JA (team på 2)"],
                            ["Kontaktperson", "Kari Solberg"],
                            ["E-post", "kari.solberg@nordlysfjernsyn.example"],
                            ["Telefon", "+47 917 40 226"],
                        ],
                    },
                    {
                        "title": "IP-adresser",
                        "rows": [
                            ["Type", "IP-adresse", "Merknad"],
                            ["produksjon", "203.0.113.120", "Oslo"],
                            ["reserve", "203.0.113.121", "Tromsø"],
                            ["test", "203.0.113.129", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "pc039-city-press-office-box-in-signature",
        "description": "statutory city's press office by e-mail in iso-8859-2: a written range "
        "of two, no test, box ID and IČO in the signature, the spokeswoman's mobile",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Statutární město Zábřežany",
            I39,
            "r4xm9pa",
            ["203.0.113.216", "203.0.113.217"],
            [],
            "Alena Rybová",
            "rybova@zabrezany.example",
            "+420731552980",
        ),
        "from": "Alena Rybová <rybova@zabrezany.example>",
        "subject": "Prosba o zpřístupnění výsledků voleb pro web města",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "město Zábřežany chce na svém webu zobrazovat průběžné výsledky voleb za "
            "jednotlivé volební okrsky. Žádáme proto o přístup k serveru s výsledky ve "
            "formátu XML.\n\n"
            "Adresy serverů: 203.0.113.216 - 203.0.113.217\n"
            "Testovací adresa: žádná\n\n"
            "Kontaktní osoba: Mgr. Alena Rybová, tisková mluvčí, mobil 731 552 980\n\n"
            "S pozdravem\n"
            "Mgr. Alena Rybová\n"
            "tisková mluvčí\n"
            "Statutární město Zábřežany, Magistrát města\n"
            "Masarykovo náměstí 1, 796 01 Zábřežany\n"
            f"IČO: {I39}, ID DS: r4xm9pa\n"
            "ústředna 582 401 111\n"
        ),
    },
    {
        "id": "pc040-databox-production-company-pdf-wrapped",
        "description": "production company's data message: PDF table with narrow columns so "
        "role labels and two addresses in one cell wrap; a temporary test address; both types",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Filmová a televizní produkce Rovina, s.r.o.",
            I40,
            "k9sd3vf",
            ["198.51.100.190", "198.51.100.191"],
            ["198.51.100.199"],
            "Jakub Matějka",
            "matejka@rovina-produkce.example",
            "+420606871342",
        ),
        "from": "Rovina produkce <info@rovina-produkce.example>",
        "subject": "Žádost o přístup k datům a povolení natáčení – volební noc 2025",
        "databox": {
            "box": "k9sd3vf",
            "sender": "Filmová a televizní produkce Rovina, s.r.o.",
            "address": "Štefánikova 41, 150 00 Praha 5",
        },
        "attachments": [
            (
                "pdf",
                "Rovina_zadost_CSU.pdf",
                [
                    "<b>Filmová a televizní produkce Rovina, s.r.o.</b>\n"
                    f"Štefánikova 41, 150 00 Praha 5, IČO: {I40}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML a o povolení natáčení",
                    "Pro dokumentární cyklus o volební noci žádáme o přístup k průběžným "
                    "výsledkům a o povolení natáčet na sběrném místě v Praze.",
                    {
                        "rows": [
                            ["Účel adresy", "IP adresy"],
                            [
                                "Produkční (hlavní server v datacentru Praha-Chodov a jeho "
                                "replika)",
                                "198.51.100.190, 198.51.100.191",
                            ],
                            [
                                "Testovací (dočasný, jen do 30. 9. 2025)",
                                "198.51.100.199",
                            ],
                        ],
                        "widths": [110, 90],
                    },
                    "Natáčení na sběrném místě: ano, štáb 3 osoby (režisér, kamera, zvuk).",
                    "Kontaktní osoba: Jakub Matějka, produkční, tel. 606 871 342, "
                    "matejka@rovina-produkce.example",
                    "V Praze dne 17. 9. 2025\nMgr. Ivana Rovinová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "pc041-en-photographer-filming-only",
        "description": "English one-paragraph note from a UK freelance photographer: filming "
        "only, the data feed explicitly not needed",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Tom Ashworth",
            None,
            None,
            [],
            [],
            "Tom Ashworth",
            "tom@ashworthphoto.example",
            "+447700900418",
        ),
        "from": "Tom Ashworth <tom@ashworthphoto.example>",
        "subject": "Filming at collection point - election night",
        "headers": IPHONE,
        "body": (
            "Hi, I'm a UK freelance photojournalist covering the Czech election for a couple "
            "of agencies. I'd like to ask for permission to photograph and film at your Prague "
            "collection point on Sat 4 Oct. No need for the data feed. Thanks, Tom Ashworth, "
            "+44 7700 900418\n\nSent from my iPhone\n"
        ),
    },
    {
        "id": "pc042-signed-agency-ipv6-range",
        "description": "S/MIME-signed agency mail: an IPv6 range 'až' expanded to three, an "
        "IPv4 test address, the agency's data-box ID in the signature",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Zpravodajská služba Pontes, a.s.",
            I42,
            "5ngz7ka",
            ["2001:db8:1200::10", "2001:db8:1200::11", "2001:db8:1200::12"],
            ["203.0.113.44"],
            "Kristýna Vávrová",
            "vavrova@pontes.example",
            "+420234519207",
        ),
        "from": '"Ing. Kristýna Vávrová" <vavrova@pontes.example>',
        "subject": "Pontes – žádost o přístup k výsledkům voleb (XML)",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "Zpravodajská služba Pontes, a.s. žádá o přístup k serveru s výsledky voleb.\n\n"
            "Produkční adresy: 2001:db8:1200::10 až 2001:db8:1200::12\n"
            "Testovací adresa: 203.0.113.44\n\n"
            "Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n\n"
            "Ing. Kristýna Vávrová\n"
            "vedoucí datové redakce\n"
            "Zpravodajská služba Pontes, a.s.\n"
            f"IČO {I42} | ID datové schránky: 5ngz7ka\n"
            "T +420 234 519 207 | vavrova@pontes.example\n"
        ),
    },
]
