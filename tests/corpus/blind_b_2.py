"""Blind held-out cases b017–b032: HTML tables, filming crews, data-box messages with the
application in both places, replies, forwards, corrections and look-alikes inside documents."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import BOTH, FEED, PRESS_RELEASE, REC, L, Style

_QUOTED_RELEASE = "\n".join("> " + line for line in PRESS_RELEASE.splitlines())

CASES: list[dict[str, Any]] = [
    {
        "id": "b017-html-outlook-table",
        "description": "HTML-only Outlook mail: a table with 'Prostředí' (Produkce/Test) and "
        "'IP' columns, signature with IČO and a landline with extension",
        "style": Style.HTML_ONLY,
        "from": "Dušan Kopecký <kopecky@plzenska-tv.example>",
        "subject": "Přístup na XML server ČSÚ",
        "html": "<html><body><p>Dobrý den,</p><p>rádi bychom se opět připojili k "
        "výsledkům voleb. Adresy:</p>"
        "<table border=1><tr><th>Prostředí</th><th>IP</th></tr>"
        "<tr><td>Produkce</td><td>198.51.100.131</td></tr>"
        "<tr><td>Produkce</td><td>198.51.100.132</td></tr>"
        "<tr><td>Test</td><td>198.51.100.140</td></tr></table>"
        "<p>Děkuji</p><p>Dušan Kopecký<br>vedoucí IT<br>Plzeňská televize a.s., "
        "IČO 38970872<br>tel. 377 224 100, linka 31<br>"
        "kopecky@plzenska-tv.example</p></body></html>",
        "labels": L(
            FEED,
            "Plzeňská televize a.s.",
            "38970872",
            None,
            ["198.51.100.131", "198.51.100.132"],
            ["198.51.100.140"],
            "Dušan Kopecký",
            "kopecky@plzenska-tv.example",
            "+420377224100",
        ),
    },
    {
        "id": "b018-pdf-both-feed-and-crew",
        "description": "PDF asking for both XML access and filming: crew and collection "
        "points in one table, addresses in another; a separate contact for the crew is the "
        "cameraman, the application's contact is the editor",
        "style": Style.RECORDING,
        "from": "Kristýna Hrubá <hruba@zlinsky-ctvrtek.example>",
        "subject": "Volba prezidenta – XML a natáčení",
        "body": "Dobrý den,\n\nv příloze naše žádost o obojí – data i natáčení.\n\n"
        "Kristýna Hrubá, šéfredaktorka\nmob. 731 202 566\n",
        "attachments": [
            (
                "pdf",
                "Zlinsky_ctvrtek_zadost.pdf",
                [
                    "Zlínský čtvrtek s.r.o., Bartošova 4392, Zlín – IČO 42083192",
                    "1) Přístup k průběžným výsledkům (XML)",
                    {
                        "widths": [140, 140],
                        "rows": [
                            ["ostrý provoz", "testování"],
                            ["192.0.2.100", "192.0.2.110"],
                            ["192.0.2.101", ""],
                        ],
                    },
                    "2) Pořízení záznamu na přebíracím místě Zlín, 13. ledna 2023 od 22 hodin",
                    {
                        "widths": [140, 100, 140],
                        "rows": [
                            ["Člen štábu", "Role", "Telefon"],
                            ["Ondřej Šafránek", "kameraman", "608 300 112"],
                            ["Kristýna Hrubá", "redaktorka", "731 202 566"],
                        ],
                    },
                    "Kontaktní osoba pro žádost: Kristýna Hrubá, "
                    "hruba@zlinsky-ctvrtek.example, 731 202 566",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Zlínský čtvrtek s.r.o.",
            "42083192",
            None,
            ["192.0.2.100", "192.0.2.101"],
            ["192.0.2.110"],
            "Kristýna Hrubá",
            "hruba@zlinsky-ctvrtek.example",
            "+420731202566",
        ),
    },
    {
        "id": "b019-databox-annotation-and-pdf",
        "description": "data-box message where the annotation names the request and the "
        "attached PDF repeats it with all the data; sender is a joint-stock company",
        "style": Style.DATABOX,
        "subject": "Žádost o přístup k XML výsledkům volby prezidenta – Severočeský Expres",
        "databox": {
            "box": "u9bb4tc",
            "sender": "Severočeský Expres a.s.",
            "address": "Mírové náměstí 3097/37, 400 01 Ústí nad Labem",
            "type": 20,
        },
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Severočeský Expres a.s. (IČO 95113312)",
                    "Žádáme o přístup k serveru s průběžnými výsledky volby prezidenta ve "
                    "formátu XML.",
                    "Produkční IP: 203.0.113.160, 203.0.113.161, 203.0.113.162<br/>"
                    "Testovací IP: 203.0.113.168",
                    "Kontakt: Aleš Kubát, technik, kubat@sc-expres.example, +420 475 210 838",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Severočeský Expres a.s.",
            "95113312",
            "u9bb4tc",
            ["203.0.113.160", "203.0.113.161", "203.0.113.162"],
            ["203.0.113.168"],
            "Aleš Kubát",
            "kubat@sc-expres.example",
            "+420475210838",
        ),
    },
    {
        "id": "b020-english-docx-uk-agency",
        "description": "British news agency, English DOCX with a header, 'primary/secondary' "
        "both production and a 'staging' test address, UK phone",
        "style": Style.ENGLISH,
        "from": "Oliver Grant <o.grant@meridian-wire.example>",
        "subject": "Czech presidential election - results feed application",
        "body": "Hello,\n\nattached is our application for the XML results feed.\n\n"
        "Best,\nOliver\n",
        "attachments": [
            (
                "docx",
                "Meridian_Wire_CZ_election.docx",
                {
                    "header": "MERIDIAN WIRE LTD — 14 Farringdon Road, London EC1M 3HE",
                    "blocks": [
                        "Application for access to the election results server",
                        "Meridian Wire Ltd would like to receive live results of the "
                        "presidential election in XML.",
                        {
                            "rows": [
                                ["Role", "Address"],
                                ["Production (primary)", "198.51.100.20"],
                                ["Production (secondary)", "198.51.100.21"],
                                ["Staging / test", "198.51.100.29"],
                            ]
                        },
                        "Contact: Oliver Grant, Head of Data, o.grant@meridian-wire.example, "
                        "+44 20 7946 0321",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Meridian Wire Ltd",
            None,
            None,
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.29"],
            "Oliver Grant",
            "o.grant@meridian-wire.example",
            "+442079460321",
        ),
    },
    {
        "id": "b021-xlsx-yes-no-abbrev",
        "description": "XLSX form: yes/no column for the request types (filming 'ne'), "
        "addresses marked with abbreviations 'PRD' and 'TST'",
        "style": Style.XLSX,
        "from": "Pavlína Jirásková <jiraskova@info-hodonin.example>",
        "subject": "Formulář ČSÚ",
        "body": "Dobrý den, posíláme vyplněný formulář v excelu.\nP. Jirásková\n",
        "attachments": [
            (
                "xlsx",
                "formular_csu.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "INFO Hodonín, s.r.o."],
                            ["IČO", "75188414"],
                            [None, None],
                            ["Požadavek", "ano/ne"],
                            ["XML přístup k výsledkům", "ano"],
                            ["Natáčení na přebíracím místě", "ne"],
                            [None, None],
                            ["PRD", "192.0.2.40"],
                            ["PRD", "192.0.2.41"],
                            ["TST", "192.0.2.45"],
                            [None, None],
                            ["Kontaktní osoba", "Pavlína Jirásková"],
                            ["Telefon", "+420 518 307 225"],
                            ["E-mail", "jiraskova@info-hodonin.example"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "INFO Hodonín, s.r.o.",
            "75188414",
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.45"],
            "Pavlína Jirásková",
            "jiraskova@info-hodonin.example",
            "+420518307225",
        ),
    },
    {
        "id": "b022-rtf-slovak-filming",
        "description": "Slovak TV asking only to film at a Czech collection point (RTF, crew "
        "list), no IČO given, Slovak landline",
        "style": Style.RECORDING,
        "from": "Redakcia spravodajstva <spravy@tv-dunaj.example>",
        "subject": "Žiadosť o povolenie nakrúcania",
        "body": "Dobrý deň,\nposielame žiadosť o povolenie nakrúcania. Ďakujeme.\n",
        "attachments": [
            (
                "rtf",
                "ziadost_nakrucanie.rtf",
                [
                    "TV Dunaj, s.r.o., Bratislava",
                    "Žiadame o povolenie nakrúcať na prebieracom mieste ČSÚ v Břeclavi "
                    "dňa 14. 1. 2023 od 14:00. Prístup k XML dátam nepožadujeme.",
                    [
                        ["Meno", "Funkcia"],
                        ["Peter Kollár", "redaktor"],
                        ["Juraj Bednár", "kameraman"],
                    ],
                    "Kontakt: Peter Kollár, +421 2 5727 4410, kollar@tv-dunaj.example",
                ],
            )
        ],
        "labels": L(
            REC,
            "TV Dunaj, s.r.o.",
            None,
            None,
            [],
            [],
            "Peter Kollár",
            "kollar@tv-dunaj.example",
            "+421257274410",
        ),
    },
    {
        "id": "b023-docx-footer-contact",
        "description": "DOCX whose body lists the addresses and whose page footer alone "
        "carries the contact details and IČO",
        "style": Style.DOCX,
        "from": "Eliška Vondrová <vondrova@mlada-vysocina.example>",
        "subject": "žádost XML volby",
        "body": "Dobrý den, viz příloha. Vondrová\n",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "header": "Mladá Vysočina, z.ú.",
                    "footer": "Mladá Vysočina, z.ú. • IČO 40681173 • kontakt: Eliška Vondrová, "
                    "vondrova@mlada-vysocina.example, tel. 561 004 329",
                    "blocks": [
                        "Žádost o přístup k výsledkům volby prezidenta (XML)",
                        "Pro ostrý provoz žádáme o povolení adres 203.0.113.5 a 203.0.113.6.",
                        "Testovat budeme z adresy 203.0.113.9.",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Mladá Vysočina, z.ú.",
            "40681173",
            None,
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.9"],
            "Eliška Vondrová",
            "vondrova@mlada-vysocina.example",
            "+420561004329",
        ),
    },
    {
        "id": "b024-reply-press-release-odt",
        "description": "reply to the office's press release (quoted with the office's box and "
        "phone numbers); the application itself is in an attached ODT",
        "style": Style.REPLY,
        "from": "Lukáš Pospíšil <pospisil@novinky-ostrava.example>",
        "subject": "Re: Připojení k serveru s výsledky volby prezidenta",
        "body": "Dobrý den,\n\nna základě níže uvedené výzvy posíláme žádost v příloze.\n\n"
        "Lukáš Pospíšil\n\n"
        "Dne 18. 11. 2022 v 10:02 ČSÚ napsal(a):\n" + _QUOTED_RELEASE + "\n",
        "attachments": [
            (
                "odt",
                "zadost_novinky.odt",
                [
                    "Novinky Ostrava s.r.o., IČO 65614631",
                    "Žádost o přístup k XML s výsledky",
                    [
                        ["Ostré adresy", "198.18.20.10, 198.18.20.11"],
                        ["Testovací adresy", "198.18.20.50"],
                    ],
                    "Kontakt: Lukáš Pospíšil, tel. 596 711 048, pospisil@novinky-ostrava.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Novinky Ostrava s.r.o.",
            "65614631",
            None,
            ["198.18.20.10", "198.18.20.11"],
            ["198.18.20.50"],
            "Lukáš Pospíšil",
            "pospisil@novinky-ostrava.example",
            "+420596711048",
        ),
    },
    {
        "id": "b025-forward-pdf-from-colleague",
        "description": "an assistant forwards a colleague's PDF application; the contact in "
        "the PDF is the colleague, not the forwarder",
        "style": Style.FORWARD,
        "from": "Sekretariát redakce <sekretariat@jihocesky-denik.example>",
        "subject": "Fwd: žádost o XML",
        "body": "Dobrý den,\npřeposílám žádost pana Kadlece, sám ji odeslat nestihl.\n"
        "Sekretariát\n\n---------- Forwarded message ---------\n"
        "Od: Martin Kadlec <kadlec@jihocesky-denik.example>\n"
        "Date: st 30. 11. 2022 v 16:40\nSubject: žádost o XML\n"
        "To: Sekretariát <sekretariat@jihocesky-denik.example>\n\n"
        "Prosím odeslat na ČSÚ, díky. MK\n",
        "attachments": [
            (
                "pdf",
                "zadost_JD.pdf",
                [
                    "Jihočeský deník, s.r.o., IČO 63935775",
                    "Žádost o přístup k průběžným výsledkům volby prezidenta",
                    {
                        "widths": [150, 200],
                        "rows": [
                            ["Produkční adresy", "192.0.2.170<br/>192.0.2.171<br/>192.0.2.172"],
                            ["Testovací adresy", "192.0.2.180<br/>192.0.2.181"],
                        ],
                    },
                    "Kontaktní osoba: Martin Kadlec, 389 605 730, kadlec@jihocesky-denik.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Jihočeský deník, s.r.o.",
            "63935775",
            None,
            ["192.0.2.170", "192.0.2.171", "192.0.2.172"],
            ["192.0.2.180", "192.0.2.181"],
            "Martin Kadlec",
            "kadlec@jihocesky-denik.example",
            "+420389605730",
        ),
    },
    {
        "id": "b026-correction-of-attached-docx",
        "description": "the body corrects the attached DOCX: its test address is wrong and is "
        "replaced by another; the production addresses stand",
        "style": Style.CORRECTION,
        "from": "Bohumil Čermák <cermak@rozhlas-krkonose.example>",
        "subject": "Žádost o XML výsledky (oprava testovací adresy)",
        "body": "Dobrý den,\n\nv příloze je naše žádost. Omlouvám se, ve formuláři je "
        "chybně uvedena testovací adresa 203.0.113.240 – správně má být 203.0.113.244. "
        "Ostatní údaje platí.\n\nBohumil Čermák\n",
        "attachments": [
            (
                "docx",
                "zadost_RK.docx",
                {
                    "blocks": [
                        "Rozhlas Krkonoše s.r.o., IČO 29681065",
                        {
                            "rows": [
                                ["Ostrý provoz", "203.0.113.230"],
                                ["Ostrý provoz", "203.0.113.231"],
                                ["Testovací", "203.0.113.240"],
                            ]
                        },
                        "Kontakt: Bohumil Čermák, tel. 499 811 204, "
                        "cermak@rozhlas-krkonose.example",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Rozhlas Krkonoše s.r.o.",
            "29681065",
            None,
            ["203.0.113.230", "203.0.113.231"],
            ["203.0.113.244"],
            "Bohumil Čermák",
            "cermak@rozhlas-krkonose.example",
            "+420499811204",
        ),
    },
    {
        "id": "b027-pdf-netmask-and-version",
        "description": "PDF letter with look-alikes: a form version 'v2.4.1.0', a netmask after "
        "the production address (a block of four), an old address no longer used",
        "style": Style.LOOKALIKES,
        "from": "NOC <noc@datazpravy.example>",
        "subject": "Žádost o přístup - DataZprávy",
        "body": "Dobrý den, v příloze žádost. NOC DataZprávy\n",
        "attachments": [
            (
                "pdf",
                "zadost_datazpravy.pdf",
                [
                    "Formulář žádosti, verze 2.4.1.0",
                    "DataZprávy s.r.o., IČO 24626775",
                    "Ostrý provoz: síť 198.51.100.56 maska 255.255.255.252.",
                    "Test: 198.51.100.62",
                    "Adresa 198.51.100.9, kterou jsme používali při minulých volbách, již "
                    "není v provozu – prosíme ji nepovolovat.",
                    "Kontakt: Radim Stejskal, noc@datazpravy.example, +420 222 510 771",
                ],
            )
        ],
        "labels": L(
            FEED,
            "DataZprávy s.r.o.",
            "24626775",
            None,
            ["198.51.100.56", "198.51.100.57", "198.51.100.58", "198.51.100.59"],
            ["198.51.100.62"],
            "Radim Stejskal",
            "noc@datazpravy.example",
            "+420222510771",
        ),
    },
    {
        "id": "b028-docx-feed-declined-filming",
        "description": "TV asks only for filming and states explicitly that it does not want "
        "the XML access (it takes results from an agency); DOCX with dates and points",
        "style": Style.RECORDING,
        "from": "Anna Musilová <musilova@kabel-praha.example>",
        "subject": "Natáčení – volba prezidenta, 2. kolo",
        "body": "Dobrý den,\nposílám žádost o natáčení ve druhém kole. Děkuji, Anna Musilová\n",
        "attachments": [
            (
                "docx",
                "nataceni_2kolo.docx",
                {
                    "header": "Kabelová televize Praha, a.s. | IČO 53680154",
                    "blocks": [
                        "Žádost o povolení pořizovat záznam",
                        "Rádi bychom natáčeli na přebíracím místě Praha-východ dne "
                        "28. 1. 2023 mezi 14. a 18. hodinou (kamera + redaktorka).",
                        "O přístup k výsledkům ve formátu XML nežádáme, výsledky přebíráme "
                        "od tiskové agentury.",
                        "Kontakt: Anna Musilová, 724 118 093, musilova@kabel-praha.example",
                    ],
                },
            )
        ],
        "labels": L(
            REC,
            "Kabelová televize Praha, a.s.",
            "53680154",
            None,
            [],
            [],
            "Anna Musilová",
            "musilova@kabel-praha.example",
            "+420724118093",
        ),
    },
    {
        "id": "b029-databox-xlsx-form",
        "description": "data-box message from a sole trader (freelance journalist) with an "
        "XLSX form; the annotation says only what the message is",
        "style": Style.DATABOX,
        "subject": "formulář - přístup XML",
        "databox": {
            "box": "p4cz7hd",
            "sender": "Jakub Hrdlička",
            "address": "Lidická 18, 602 00 Brno",
            "type": 30,
        },
        "attachments": [
            (
                "xlsx",
                "formular.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Jakub Hrdlička, novinář (OSVČ)"],
                            ["IČO", "99585006"],
                            ["Produkční IP", "192.0.2.220"],
                            ["Testovací IP", None],
                            ["Kontakt", "Jakub Hrdlička"],
                            ["Telefon", "777 40 30 21"],
                            ["E-mail", "jakub@volebni-data.example"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Jakub Hrdlička",
            "99585006",
            "p4cz7hd",
            ["192.0.2.220"],
            [],
            "Jakub Hrdlička",
            "jakub@volebni-data.example",
            "+420777403021",
        ),
    },
    {
        "id": "b030-odt-ranges-five-and-five",
        "description": "ODT letter of a news portal with five production addresses as an "
        "en-dash range and five test addresses as a range in the benchmarking block",
        "style": Style.ODT,
        "from": "Provoz portálu <provoz@zpravodajstvi24.example>",
        "subject": "Registrace pro volební data",
        "body": "Dobrý den,\nžádost je v příloze (ODT).\nTým provozu Zpravodajství24\n",
        "attachments": [
            (
                "odt",
                "registrace.odt",
                [
                    "Zpravodajství24 a.s., IČO 88796582, Rohanské nábřeží 678/25, Praha 8",
                    "Žádáme o přístup k serveru s výsledky volby prezidenta republiky.",
                    "Produkční servery: 203.0.113.10–203.0.113.14 (pět adres).",
                    "Testovací prostředí: 198.18.7.1–198.18.7.5.",
                    "Kontaktní osoba: Ing. Dalibor Šváb, provoz@zpravodajstvi24.example, "
                    "+420 234 098 711",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Zpravodajství24 a.s.",
            "88796582",
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12", "203.0.113.13", "203.0.113.14"],
            ["198.18.7.1", "198.18.7.2", "198.18.7.3", "198.18.7.4", "198.18.7.5"],
            "Dalibor Šváb",
            "provoz@zpravodajstvi24.example",
            "+420234098711",
        ),
    },
    {
        "id": "b031-note-plus-docx-split",
        "description": "two-line note with the addresses; the attached DOCX carries the "
        "organisation, IČO and contact, not the addresses",
        "style": Style.TWO_LINE_NOTE,
        "from": "Tereza Holubová <holubova@kutnohorsky-list.example>",
        "subject": "XML",
        "body": "ostrý 192.0.2.240, test 192.0.2.241. zbytek v příloze\nTH\n",
        "attachments": [
            (
                "docx",
                "udaje_zadatele.docx",
                {
                    "blocks": [
                        "Údaje žadatele",
                        {
                            "rows": [
                                ["Název", "Kutnohorský list, spolek"],
                                ["IČO", "44389311"],
                                ["Kontaktní osoba", "Tereza Holubová"],
                                ["Tel.", "+420 327 512 604"],
                                ["E-mail", "holubova@kutnohorsky-list.example"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "Kutnohorský list, spolek",
            "44389311",
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Tereza Holubová",
            "holubova@kutnohorsky-list.example",
            "+420327512604",
        ),
    },
    {
        "id": "b032-pdf-boxes-filming-only",
        "description": "PDF form with ☒/☐: filming ticked, XML access unticked although the "
        "form's address rows are left blank",
        "style": Style.FORM_CHECKBOX,
        "from": "Filip Hanák <hanak@foto-agentura-fokus.example>",
        "subject": "Žádost - pořízení záznamu",
        "body": "Dobrý den, posílám formulář. F. Hanák\n",
        "attachments": [
            (
                "pdf",
                "formular_fokus.pdf",
                [
                    "ŽÁDOST SDĚLOVACÍHO PROSTŘEDKU",
                    "☐ přístup k výsledkům ve formátu XML<br/>"
                    "☒ pořízení obrazového záznamu na přebíracím místě",
                    {
                        "widths": [170, 200],
                        "rows": [
                            ["Médium", "Fotoagentura FOKUS s.r.o."],
                            ["IČO", "47849126"],
                            ["IP adresy (ostrý provoz)", ""],
                            ["IP adresy (test)", ""],
                            ["Přebírací místo, datum", "Pardubice, 13. 1. 2023, 22–23 h"],
                            ["Kontaktní osoba", "Filip Hanák"],
                            ["Telefon", "606 921 447"],
                            ["E-mail", "hanak@foto-agentura-fokus.example"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            REC,
            "Fotoagentura FOKUS s.r.o.",
            "47849126",
            None,
            [],
            [],
            "Filip Hanák",
            "hanak@foto-agentura-fokus.example",
            "+420606921447",
        ),
    },
]
