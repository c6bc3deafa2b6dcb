"""Eighteenth held-out part ``lc``, cases lc015–lc028: withdrawn and conditional requests,
a data message with the addresses only in its annotation, Slovak, Hungarian, Belgian and
Norwegian applicants, forms, a reply to the office, NAT pools of an IT contractor and a
forwarded message (written by hand, see make_eighteenth_lc)."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighteenth_lc_common import (
    ANDROID,
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I_KRK = ico("2893417")
I_SEU = ico("3607781")
I_DB = ico("0082716")
I_MPA = ico("0671925")
I_JMM = ico("2759360")
I_KOD = ico("0512448")
I_UPV = ico("6128805")
I_KYS = ico("4719236")
I_VLNA = ico("2640137")

CASES: list[dict[str, Any]] = [
    {
        "id": "lc015-at-filming-withdrawn-postscript",
        "description": "Austrian broadcaster in German asks for both, then withdraws the filming permit in a postscript",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Donauwelle Medien GmbH",
            None,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Sabine Moosbrugger",
            "s.moosbrugger@donauwelle.example",
            "+436641234567",
        ),
        "from": "Sabine Moosbrugger <s.moosbrugger@donauwelle.example>",
        "subject": "Wahlen CZ: XML-Zugang und Drehgenehmigung",
        "headers": OUTLOOK,
        "body": (
            "Grüß Gott,\n\n"
            "die Donauwelle Medien GmbH (Linz) ersucht um\n"
            "1) Zugang zum XML-Ergebnisdienst und\n"
            "2) eine Drehgenehmigung für das Pressezentrum in Prag am Wahlabend.\n\n"
            "Produktivsysteme: 198.51.100.170, 198.51.100.171\n"
            "Testsystem: 198.51.100.175\n\n"
            "Ansprechperson: Sabine Moosbrugger, mobil +43 664 1234567\n\n"
            "Beste Grüße\n"
            "Sabine Moosbrugger\n"
            "Redaktion Ausland / Technik\n\n"
            "PS (nach Rücksprache mit der Chefredaktion): Punkt 2 ziehen wir zurück, unser "
            "Team fährt doch nicht nach Prag. Bitte nur den XML-Zugang bearbeiten.\n"
        ),
    },
    {
        "id": "lc016-databox-annotation-addresses-pdf-applicant",
        "description": "data message: addresses only in the annotation, the applicant and contact only in the attached PDF",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krkonošský zpravodaj s.r.o.",
            I_KRK,
            "k2rz8vb",
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Ondřej Fiala",
            "fiala@krkzpravodaj.example",
            "+420603221908",
        ),
        "subject": "XML volby: prod. 203.0.113.88, test. 203.0.113.89 - zadost v priloze",
        "databox": {
            "box": "k2rz8vb",
            "sender": "Krkonošský zpravodaj s.r.o.",
            "address": "Horská 212, 543 01 Vrchlabí",
        },
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    f"Krkonošský zpravodaj s.r.o., Horská 212, 543 01 Vrchlabí, IČO {I_KRK}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zřízení přístupu k volebnímu serveru pro náš zpravodajský web. "
                    "IP adresy uvádíme v anotaci této datové zprávy.",
                    "Kontakt: Ondřej Fiala, fiala@krkzpravodaj.example, mobil 603 221 908",
                    "Ve Vrchlabí 4. 9. 2023<br/>Ondřej Fiala, jednatel",
                ],
            )
        ],
    },
    {
        "id": "lc017-sk-university-xlsx-two-sheets",
        "description": "Slovak university, e-mail in Slovak, addresses in an XLSX sheet by type column, contacts on a second sheet",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Stredoeurópska univerzita v Nitre",
            I_SEU,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.75"],
            "Mária Kováčiková",
            "maria.kovacikova@seu-nitra.example",
            "+421376412233",
        ),
        "from": "Maria Kovacikova <maria.kovacikova@seu-nitra.example>",
        "subject": "Žiadosť o prístup k XML – Katedra žurnalistiky",
        "headers": TBIRD,
        "body": (
            "Dobrý deň,\n\n"
            "Stredoeurópska univerzita v Nitre (Katedra žurnalistiky) by rada využila XML výstupy "
            "výsledkov volieb pre študentský volebný portál. Údaje o serveroch a kontaktoch sú "
            "v priloženej tabuľke.\n\n"
            "Ďakujem\n"
            "Ing. Mária Kováčiková, PhD.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "servery_volby.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Žiadateľ", "Stredoeurópska univerzita v Nitre", ""],
                            ["IČO", I_SEU, ""],
                            ["", "", ""],
                            ["Typ", "IP adresa", "Poznámka"],
                            ["produkčná", "192.0.2.70", "web-01"],
                            ["produkčná", "192.0.2.71", "web-02"],
                            ["testovacia", "192.0.2.75", "dev"],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Rola", "Meno", "E-mail", "Telefón"],
                            [
                                "kontaktná osoba",
                                "Ing. Mária Kováčiková, PhD.",
                                "maria.kovacikova@seu-nitra.example",
                                "+421 37 641 2233",
                            ],
                            [
                                "vedúci katedry",
                                "prof. PhDr. Ján Hudec, CSc.",
                                "jan.hudec@seu-nitra.example",
                                "+421 37 641 2200",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "lc018-hu-rtf-form-checkboxes",
        "description": "Hungarian TV fills a bilingual RTF form: feed box ticked, filming box empty, production as a /31",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Alföld TV Zrt.",
            None,
            None,
            ["203.0.113.140", "203.0.113.141"],
            [],
            "Nagy Balázs",
            "nagy.balazs@alfoldtv.example",
            "+36301234567",
        ),
        "from": "Nagy Balázs <nagy.balazs@alfoldtv.example>",
        "subject": "Application form / jelentkezési lap",
        "headers": GMAIL,
        "body": (
            "Dear Sir or Madam,\n\nplease find attached our filled application form.\n\n"
            "Üdvözlettel / Best regards\nNagy Balázs\nAlföld TV Zrt., Szeged\n"
        ),
        "attachments": [
            (
                "rtf",
                "application_AlfoldTV.rtf",
                [
                    "APPLICATION / JELENTKEZÉSI LAP",
                    [
                        ["Applicant / Kérelmező", "Alföld TV Zrt."],
                        ["Registration no. / Cégjegyzékszám", "06-10-000412"],
                        ["Address / Cím", "Tisza Lajos krt. 41, 6720 Szeged"],
                    ],
                    "Request / Kérelem:",
                    "[X] access to the XML results feed / hozzáférés az XML eredményekhez",
                    "[ ] filming permit / forgatási engedély",
                    [
                        ["Production IP / Éles IP", "203.0.113.140/31"],
                        ["Test IP / Teszt IP", "-"],
                    ],
                    [
                        ["Contact / Kapcsolattartó", "Nagy Balázs"],
                        ["E-mail", "nagy.balazs@alfoldtv.example"],
                        ["Phone / Telefon", "+36 30 123 4567"],
                    ],
                    "Szeged, 2023. 09. 05.",
                ],
            )
        ],
    },
    {
        "id": "lc019-be-radio-odt-old-test-address",
        "description": "Belgian radio in French, ODT letter: the old test address is no longer used, the new one replaces it",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Meuse Wallonie ASBL",
            None,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.96"],
            "Thomas Lejeune",
            "t.lejeune@radiomeuse.example",
            "+32470123456",
        ),
        "from": "Thomas Lejeune <t.lejeune@radiomeuse.example>",
        "subject": "Demande d'accès aux résultats XML",
        "headers": APPLE,
        "body": "Bonjour,\n\nVeuillez trouver ci-joint notre demande.\n\nCordialement,\nThomas Lejeune\n",
        "attachments": [
            (
                "odt",
                "demande_acces.odt",
                [
                    "Radio Meuse Wallonie ASBL – Quai de Meuse 7, 5000 Namur (BCE 0412.377.508)",
                    "Objet : demande d'accès au service XML des résultats électoraux",
                    "Madame, Monsieur, notre radio associative souhaite recevoir les résultats "
                    "des élections tchèques via votre service XML pour son émission spéciale.",
                    [
                        ["Usage", "Adresse IP"],
                        ["Production", "192.0.2.90"],
                        ["Production", "192.0.2.91"],
                        ["Test", "192.0.2.96"],
                    ],
                    "Attention : l'ancienne adresse de test 192.0.2.95 que nous avions utilisée en "
                    "2021 n'est plus utilisée, merci de ne plus l'autoriser.",
                    "Contact : Thomas Lejeune, responsable technique, +32 470 12 34 56, "
                    "t.lejeune@radiomeuse.example",
                ],
            )
        ],
    },
    {
        "id": "lc020-no-freelance-photographer-terse-english",
        "description": "Norwegian freelancer, terse English with Norwegian greeting; filming only, applies for himself",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Sindre Haugland",
            None,
            None,
            [],
            [],
            "Sindre Haugland",
            "sindre@haugland-foto.example",
            "+4791234567",
        ),
        "from": "Sindre Haugland <sindre@haugland-foto.example>",
        "subject": "filming permit election night",
        "headers": IPHONE,
        "body": (
            "Hei!\n\n"
            "Freelance video journalist from Bergen, applying on my own behalf (footage will be "
            "sold to Norwegian outlets). I'd like permission to film at the CZSO results centre "
            "in Prague on Saturday evening. No data feed needed.\n\n"
            "Mvh\nSindre Haugland\n+47 912 34 567\n\nSendt fra min iPhone\n"
        ),
    },
    {
        "id": "lc021-village-reply-quoted-original",
        "description": "village replies to the office's query; production only in its own quoted original, office contacts quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Obec Dolní Bříza",
            I_DB,
            None,
            ["198.51.100.210"],
            [],
            "Pavlína Šrámková",
            "sramkova@dolnibriza.example",
            "+420724118093",
        ),
        "from": "Obec Dolní Bříza <obec@dolnibriza.example>",
        "subject": "Re: Re: Žádost o XML – doplnění",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "testovací adresu nemáme, budeme stahovat jen z té jedné produkční, kterou jsme "
            "uváděli v původní žádosti (viz níže). Kontaktní osobou je paní místostarostka.\n\n"
            "S pozdravem\nPavlína Šrámková\nmístostarostka\n\n"
            "Dne 6. 9. 2023 v 10:12 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            "> k Vaší žádosti prosíme o doplnění testovací IP adresy, případně o sdělení, že ji\n"
            "> nepožadujete.\n"
            "> Český statistický úřad, IČO 00025593, ID DS 2gfaasy\n"
            "> tel. 274 052 733\n"
            ">\n"
            "> Dne 5. 9. 2023 v 14:40 obec@dolnibriza.example napsal(a):\n"
            ">> Dobrý den,\n"
            f">> Obec Dolní Bříza, IČO {I_DB}, žádá o přístup k XML s výsledky voleb pro\n"
            ">> obecní web. Adresa serveru: 198.51.100.210.\n"
            ">> Kontakt: Pavlína Šrámková, sramkova@dolnibriza.example, tel. 724 118 093\n"
            ">> Obecní úřad Dolní Bříza, Hlavní 4, 338 21\n"
        ),
    },
    {
        "id": "lc022-agency-branch-pdf-wrapped-cells",
        "description": "Czech branch of a foreign agency; PDF table with narrow wrapping cells, backup server counts as production",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Mitteleuropäische Presseagentur GmbH, odštěpný závod",
            I_MPA,
            None,
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.25"],
            "Klára Neumannová",
            "neumannova@mepa-praha.example",
            "+420777310442",
        ),
        "from": "Klara Neumannova <neumannova@mepa-praha.example>",
        "subject": "Žádost MEPA – XML výsledky",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost naší pražské pobočky.\n\n"
            "Mit freundlichen Grüßen / S pozdravem\nKlára Neumannová\n"
        ),
        "attachments": [
            (
                "pdf",
                "MEPA_zadost_volby.pdf",
                [
                    "Mitteleuropäische Presseagentur GmbH, odštěpný závod, Karlovo náměstí 10, "
                    f"120 00 Praha 2, IČO {I_MPA}",
                    "Žádost o přístup k serveru s výsledky voleb (XML)",
                    {
                        "rows": [
                            ["Položka", "Hodnota"],
                            [
                                "Produkční servery (primární a záložní)",
                                "198.51.100.20 (primární), 198.51.100.21 (záložní)",
                            ],
                            ["Testovací server", "198.51.100.25"],
                            [
                                "Kontaktní osoba",
                                "Klára Neumannová, neumannova@mepa-praha.example, +420 777 310 442",
                            ],
                        ],
                        "widths": [90, 120],
                    },
                    "Povolení k natáčení nežádáme.",
                ],
            )
        ],
    },
    {
        "id": "lc023-contractor-nat-pool-internal-hosts",
        "description": "IT contractor in Czech-English mix: internal 10.x hosts behind a NAT pool /30; test via a separate NAT",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Jihomoravské médium a.s.",
            I_JMM,
            None,
            ["203.0.113.160", "203.0.113.161", "203.0.113.162", "203.0.113.163"],
            ["203.0.113.170"],
            "Filip Navrátil",
            "navratil@kodovna.example",
            "+420608552019",
        ),
        "from": "Filip Navrátil <navratil@kodovna.example>",
        "subject": "XML feed pro Brněnský týdeník – whitelist",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            "jsme Kódovna Brno s.r.o., dodavatel webu Brněnského týdeníku. Za vydavatele, "
            f"Jihomoravské médium a.s. (IČO {I_JMM}), prosím o přístup k volebnímu XML.\n\n"
            "Setup: interní workery 10.12.0.5 a 10.12.0.6 (to jen pro info, nejsou veřejné) "
            "jdou ven přes NAT pool 203.0.113.160/30 – prosím whitelist celého poolu jako "
            "produkci. Test/staging instance jde ven přes 203.0.113.170.\n\n"
            "Kontakt: já, Filip Navrátil, 608 552 019 (kdyby něco nešlo, klidně i v noci).\n\n"
            "Díky,\nFilip\n--\nFilip Navrátil | DevOps\nKódovna Brno s.r.o., "
            f"IČO {I_KOD}\nhttps://kodovna.example\n"
        ),
    },
    {
        "id": "lc024-databox-university-docx-nested",
        "description": "university data message; DOCX with a nested table, a written range 'až' and the box ID in the signature",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Univerzita Polabí v Pardubicích",
            I_UPV,
            "u4pv9tn",
            ["192.0.2.120", "192.0.2.121", "192.0.2.122", "192.0.2.123"],
            ["192.0.2.130"],
            "Hana Štěpánková",
            "hana.stepankova@upv.example",
            "+420466036115",
        ),
        "subject": "Žádost o přístup k XML a povolení natáčení – UPV",
        "databox": {
            "box": "u4pv9tn",
            "sender": "Univerzita Polabí v Pardubicích",
            "address": "Studentská 95, 532 10 Pardubice",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "UPV_zadost_volby_2023.docx",
                {
                    "header": "Univerzita Polabí v Pardubicích | Centrum mediálních studií",
                    "blocks": [
                        "Věc: Žádost o přístup k XML výsledkům voleb a o povolení natáčení",
                        "Centrum mediálních studií připravuje se studenty živé volební vysílání. "
                        "Žádáme o přístup k XML s výsledky a o povolení natáčet ve sběrném místě "
                        "v Pardubicích (dva studenti s kamerou, pod dohledem pedagoga).",
                        {
                            "rows": [
                                ["Žadatel", "Univerzita Polabí v Pardubicích, IČO " + I_UPV],
                                ["Adresy", ""],
                                ["Kontakt", "Mgr. Hana Štěpánková, Ph.D."],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "192.0.2.120 až 192.0.2.123"],
                                        ["testovací", "192.0.2.130"],
                                    ]
                                }
                            },
                        },
                        "E-mail: hana.stepankova@upv.example, tel.: 466 036 115",
                        "prof. Ing. Radim Kopecký, CSc., rektor",
                        "Univerzita Polabí v Pardubicích, Studentská 95, 532 10 Pardubice, "
                        "ID datové schránky: u4pv9tn",
                    ],
                },
            )
        ],
    },
    {
        "id": "lc025-us-bureau-long-english-staging",
        "description": "US bureau in long English with Czech bits: primary, hot standby and staging; Czech mobile before US switchboard",
        "style": Style.MIXED_ENGLISH,
        "labels": L(
            [FEED, FILM],
            "Midwest Public Media, Inc.",
            None,
            None,
            ["198.51.100.44", "198.51.100.45"],
            ["198.51.100.46"],
            "Rebecca Hollister",
            "rhollister@midwestpublic.example",
            "+420739201884",
        ),
        "from": "Rebecca Hollister <rhollister@midwestpublic.example>",
        "subject": "Election coverage – XML access and filming (Midwest Public Media)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            'please excuse me for writing in English – my Czech is limited to "dobrý den" and '
            '"děkuji". I run the Prague bureau of Midwest Public Media, Inc., a non-profit '
            "public broadcaster based in Chicago, and we are covering the Czech parliamentary "
            "elections for our radio and web audience, with particular interest in turnout in "
            "the regions and the results of the smaller parties.\n\n"
            "We would like to ask for two things:\n\n"
            "First, access to your XML results service. Our ingest setup is:\n"
            "  primary: 198.51.100.44\n"
            "  secondary (hot standby): 198.51.100.45\n"
            "  staging (for testing only): 198.51.100.46\n\n"
            "Second, permission for our two-person crew to film at the results center in Prague "
            "on Saturday night. We will follow any instructions of your press office.\n\n"
            "I am the contact for both requests. During the election weekend please reach me on "
            "my Czech mobile +420 739 201 884.\n\n"
            "Děkuji!\n\n"
            "Rebecca Hollister\n"
            "Prague Bureau Chief\n"
            "Midwest Public Media, Inc. | 848 E Grand Ave, Chicago, IL 60611\n"
            "Main line +1 (312) 555-0100\n"
        ),
    },
    {
        "id": "lc026-ch-newspaper-conditional-filming",
        "description": "Swiss newspaper in German: filming requested now although conditional on accreditation; two test hosts",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Neue Bodensee Zeitung AG",
            None,
            None,
            ["203.0.113.220"],
            ["203.0.113.221", "203.0.113.222"],
            "Urs Bachmann",
            "urs.bachmann@nbz.example",
            "+41715551234",
        ),
        "from": "Urs Bachmann <urs.bachmann@nbz.example>",
        "subject": "Gesuch: XML-Zugang sowie Drehbewilligung",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren\n\n"
            "Die Neue Bodensee Zeitung AG (UID CHE-114.201.338) stellt hiermit folgende Gesuche:\n\n"
            "a) Zugang zum XML-Dienst mit den Wahlresultaten\n"
            "   Produktion: 203.0.113.220\n"
            "   Test: 203.0.113.221 und 203.0.113.222\n\n"
            "b) Drehbewilligung im Medienzentrum in Prag. Diese benötigen wir nur, falls unser "
            "Korrespondent rechtzeitig akkreditiert wird – wir bitten Sie aber, sie schon jetzt "
            "zu erteilen.\n\n"
            "Kontaktperson: Urs Bachmann, Tel. +41 71 555 12 34\n\n"
            "Freundliche Grüsse\n"
            "Urs Bachmann\n"
            "Leiter Online-Redaktion\n"
        ),
    },
    {
        "id": "lc027-terse-phone-ipv6-no-diacritics",
        "description": "phone-typed note without diacritics; a single IPv6 production address in full form, test declined",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Radio Vlna s.r.o.",
            I_VLNA,
            None,
            ["2001:db8:77::5"],
            [],
            "Libor Rychlík",
            "rychlik@radiovlna.example",
            "+420777901234",
        ),
        "from": "Libor Rychlík <rychlik@radiovlna.example>",
        "subject": "xml",
        "headers": ANDROID,
        "body": (
            "dobry den, prosim o pristup k xml vysledkum, prod 2001:0db8:0077:0000:0000:0000:0000:0005, "
            f"test nepotrebujeme. Radio Vlna s.r.o., ico {I_VLNA}. Rychlik 777 90 12 34\n\n"
            "Odesláno z mobilu\n"
        ),
    },
    {
        "id": "lc028-sk-forward-eml-admin",
        "description": "Slovak editor forwards the administrator's mail as an attached .eml; the administrator is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Správy z Kysúc s. r. o.",
            I_KYS,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.245"],
            "Peter Kubík",
            "kubik@spravyzkysuc.example",
            "+421915667201",
        ),
        "from": "Redakcia Správy z Kysúc <redakcia@spravyzkysuc.example>",
        "subject": "Fw: žiadosť o prístup k výsledkom volieb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\n"
            f"za Správy z Kysúc s. r. o. (IČO {I_KYS}) žiadame o prístup k XML s výsledkami "
            "volieb. Technické údaje sú v priloženom maile od nášho správcu; kontaktnou osobou "
            "je on, Peter Kubík.\n\n"
            "S pozdravom\nJana Ďurišová, šéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy.eml",
                {
                    "id": "lc028-inner",
                    "from": "Peter Kubík <kubik@spravyzkysuc.example>",
                    "to": "redakcia@spravyzkysuc.example",
                    "subject": "IP adresy pre ČSÚ",
                    "headers": APPLE,
                    "body": (
                        "Ahoj Jana,\n\n"
                        "tu sú adresy pre ČSÚ:\n"
                        "produkčné 198.51.100.240 a 198.51.100.241\n"
                        "testovacia 198.51.100.245\n\n"
                        "Môj mobil, ak by volali: 0915 667 201\n\n"
                        "Peter\n"
                    ),
                },
            )
        ],
    },
]
