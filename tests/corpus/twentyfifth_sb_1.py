"""Twentyfifth held-out part ``sb``, cases sb001–sb014: an empty mail carrying a PDF letter, a
DOCX form with ticked and unticked boxes, data messages with the application in the annotation
only, in the file only and in both, a cover mail that replaces an address of the attached XLSX,
a forwarded .eml, a plain-text form with [x]/[ ], a Slovak ODT with ÁNO/NIE columns, an RTF
letter, an English PDF form and letterheads carrying IČO and data-box IDs. Written by hand apart
from the extraction rules (see make_twentyfifth_sb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfifth_sb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OUTLOOK_EXPRESS,
    OWA,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2871406"), ico("2946031"), ico("2719584"), ico("0862453")
I5, I6, I7, I8 = ico("2354187"), ico("0519837"), ico("0086731"), ico("0847519")
I9, I11, I12, I13, I14 = (
    ico("2269417"),
    ico("2830569"),
    ico("0731952"),
    ico("7410583"),
    ico("2615378"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "sb001-empty-mail-pdf-letter",
        "description": "the secretariat sends an empty mail; the PDF letter has row headers and "
        "the contact's mobile before the switchboard",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Posázavský hlasatel s.r.o.",
            I1,
            None,
            ["192.0.2.14", "192.0.2.15"],
            ["192.0.2.19"],
            "Ondřej Sýkora",
            "sykora@posazavskyhlasatel.example",
            "+420731204556",
        ),
        "from": "Sekretariát Posázavský hlasatel <sekretariat@posazavskyhlasatel.example>",
        "subject": "Žádost o přístup k XML – Posázavský hlasatel",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "pdf",
                "Zadost_CSU_XML_2025.pdf",
                [
                    "POSÁZAVSKÝ HLASATEL s.r.o.\nMasarykovo nám. 37, 285 06 Sázava\n"
                    f"IČO: {I1}   DIČ: CZ{I1}",
                    "Český statistický úřad\nodbor informatiky\nNa padesátém 81\n100 82 Praha 10",
                    "V Sázavě dne 16. 9. 2025",
                    "Věc: Žádost o zpřístupnění průběžných výsledků voleb ve formátu XML",
                    "Vážení,<br/>naše společnost vydává regionální týdeník a provozuje "
                    "zpravodajský web. Pro volební noc žádáme o zřízení přístupu k serveru "
                    "s výsledky ve formátu XML. Potřebné údaje jsou uvedeny v tabulce.",
                    {
                        "rows": [
                            ["Produkční IP adresy", "192.0.2.14<br/>192.0.2.15"],
                            ["Testovací IP adresa", "192.0.2.19"],
                            ["Kontaktní osoba", "Bc. Ondřej Sýkora, správce webu"],
                            ["E-mail", "sykora@posazavskyhlasatel.example"],
                            ["Telefon", "731 204 556 (mobil), ústředna 317 722 900"],
                        ],
                        "widths": [150, 300],
                    },
                    "Děkujeme za vyřízení.",
                    "S pozdravem\n\nMgr. Vlasta Peroutková\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "sb002-docx-checkbox-form",
        "description": "technician's cover mail; DOCX form with a ticked feed box, an unticked "
        "recording box, a role column and a named contact other than the sender",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Beskydy Plus, s. r. o.",
            I2,
            None,
            ["198.51.100.71", "198.51.100.72"],
            ["198.51.100.79"],
            "Šárka Holišová",
            "holisova@radiobeskydy.example",
            "+420558411270",
        ),
        "from": "Marek Dorda <dorda@radiobeskydy.example>",
        "subject": "Formulář – výsledky voleb XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám vyplněný formulář za naše rádio. Kdyby bylo potřeba něco\n"
            "technického (firewall, IP), klidně pište přímo mně.\n\n"
            "Díky\n"
            "Marek Dorda\n"
            "technik vysílání, Rádio Beskydy Plus\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_volby_RBP.docx",
                {
                    "header": "Rádio Beskydy Plus, s. r. o. – Palackého 418, 738 01 Frýdek-Místek",
                    "blocks": [
                        "ŽÁDOST O ZPŘÍSTUPNĚNÍ VÝSLEDKŮ VOLEB A POVOLENÍ K ZÁZNAMU",
                        "Předmět žádosti (zaškrtněte):",
                        "☒ přístup k průběžným výsledkům voleb ve formátu XML",
                        "☐ povolení k pořizování zvukových a obrazových záznamů na sběrných "
                        "místech ČSÚ",
                        {
                            "rows": [
                                ["Žadatel", "Rádio Beskydy Plus, s. r. o."],
                                ["IČO", I2],
                                ["Sídlo", "Palackého 418, 738 01 Frýdek-Místek"],
                            ]
                        },
                        "IP adresy:",
                        {
                            "rows": [
                                ["Role", "IP adresa", "Poznámka"],
                                ["produkční", "198.51.100.71", "web + aplikace"],
                                ["produkční", "198.51.100.72", "záloha v Ostravě"],
                                ["testovací", "198.51.100.79", ""],
                            ]
                        },
                        "Kontaktní osoba: Mgr. Šárka Holišová, vedoucí zpravodajství",
                        "Telefon: 558 411 270   E-mail: holisova@radiobeskydy.example",
                        "Datum: 15. 9. 2025          Podpis: Holišová",
                    ],
                },
            )
        ],
    },
    {
        "id": "sb003-databox-annotation-or-extract",
        "description": "data message with the whole application in the annotation; the "
        "attached file is only an extract from the commercial register",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Televize Podluží s.r.o.",
            I3,
            "t8pqz3m",
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Pavel Šebesta",
            "sebesta@tvpodluzi.example",
            "+420605338192",
        ),
        "subject": (
            f"Žádost o přístup k XML výsledkům voleb, Televize Podluží s.r.o., IČO {I3}. "
            "Prod. IP 203.0.113.66, test. IP 203.0.113.67. Kontakt: Pavel Šebesta, "
            "605 338 192, sebesta@tvpodluzi.example"
        ),
        "databox": {
            "box": "t8pqz3m",
            "sender": "Televize Podluží s.r.o.",
            "address": "Hlavní 211, 691 45 Podivín",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_Televize_Podluzi.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Brně, "
                    "oddíl C, vložka 81234",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. března 2011"],
                            ["Spisová značka:", "C 81234 vedená u Krajského soudu v Brně"],
                            ["Obchodní firma:", "Televize Podluží s.r.o."],
                            ["Sídlo:", "Hlavní 211, 691 45 Podivín"],
                            ["Identifikační číslo:", f"{I3[:3]} {I3[3:5]} {I3[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Předmět podnikání:", "provozování televizního vysílání"],
                            ["Jednatel:", "Ing. Zdeněk Kroupa, dat. nar. 12. dubna 1969"],
                            ["Základní kapitál:", "200 000,- Kč"],
                        ],
                        "widths": [150, 300],
                    },
                    "Údaje platné ke dni: 14. září 2025 03:05",
                ],
            )
        ],
    },
    {
        "id": "sb004-cover-replaces-xlsx-test",
        "description": "the cover mail says the test address in the attached XLSX is no longer "
        "used and gives a new one",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "HanáInfo s.r.o.",
            I4,
            None,
            ["192.0.2.81", "192.0.2.82"],
            ["192.0.2.93"],
            "Tereza Kubíčková",
            "kubickova@hanainfo.example",
            "+420585300617",
        ),
        "from": "Tereza Kubíčková <tereza.kubickova@hanainfo.example>",
        "subject": "XML výsledky – HanáInfo",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám vyplněnou tabulku k žádosti o přístup k výsledkům voleb.\n\n"
            "Jedna změna oproti tabulce: testovací adresu 192.0.2.88 už nepoužíváme "
            "(ten server jsme minulý měsíc zrušili), místo ní prosím nastavte 192.0.2.93. "
            "Jinak vše v tabulce platí.\n\n"
            "Děkuji,\nTereza Kubíčková\nHanáInfo – zprávy z Olomouce a okolí\n"
        ),
        "attachments": [
            (
                "xlsx",
                "HanaInfo_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "HanáInfo s.r.o."],
                            ["IČO", I4],
                            ["Kontaktní osoba", "Tereza Kubíčková"],
                            ["Telefon", "+420 585 300 617"],
                            ["E-mail", "kubickova@hanainfo.example"],
                            [],
                            ["Typ", "IP adresa"],
                            ["produkce", "192.0.2.81"],
                            ["produkce", "192.0.2.82"],
                            ["test", "192.0.2.88"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "sb005-forwarded-eml-network-admin",
        "description": "the editor forwards the network admin's mail as an attached .eml and "
        "names him as the contact; the admin abbreviates the second address as '.141'",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Krkonošské listy s.r.o.",
            I5,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Filip Hájek",
            "hajek@krkonosskelisty.example",
            "+420739602118",
        ),
        "from": "Jaroslav Pokorný <pokorny@krkonosskelisty.example>",
        "subject": "Fwd: údaje pro ČSÚ – volby",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposílám údaje, které sepsal náš správce sítě. Za vydavatele "
            f"(Krkonošské listy s.r.o., IČO {I5}) tímto žádáme o přístup k výsledkům "
            "voleb ve formátu XML. Kontaktní osobou pro technické i ostatní záležitosti "
            "bude pan Hájek.\n\n"
            "S pozdravem\n"
            "Jaroslav Pokorný\n"
            "šéfredaktor\n"
            "tel. 499 811 200\n"
        ),
        "attachments": [
            (
                "eml",
                "udaje pro statistiky.eml",
                {
                    "id": "sb005-inner",
                    "from": "Filip Hájek <hajek@krkonosskelisty.example>",
                    "to": "Jaroslav Pokorný <pokorny@krkonosskelisty.example>",
                    "subject": "údaje pro statistiky",
                    "body": (
                        "Jardo,\n\n"
                        "tady jsou ty údaje pro statistiky:\n"
                        "produkce 198.51.100.140 a .141 (oba za load balancerem)\n"
                        "test 198.51.100.150\n\n"
                        "Kontakt pro ně klidně já, 739 602 118, hajek@krkonosskelisty.example.\n"
                        "Stahovat budeme přes HTTPS, firewall mám připravený.\n\n"
                        "F.\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "sb006-txt-form-film-only",
        "description": "a plain-text form typed on set: [ ] feed, [x] recording, a crew of three "
        "and dashes where the addresses would be",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Kinoko Film s.r.o.",
            I6,
            None,
            [],
            [],
            "Adéla Vránová",
            "vranova@kinoko.example",
            "+420728550913",
        ),
        "from": "Adéla Vránová <vranova@kinoko.example>",
        "subject": "zadost natáčení sběrné místo Brno",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Dobrý den, posílám žádost v příloze (txt, omlouvám se za formát, píšu z "
            "natáčení a nemám u sebe počítač). Díky, Adéla Vránová\n"
        ),
        "attachments": [
            (
                "txt",
                "zadost_natačení.txt",
                "ŽÁDOST – VOLBY DO POSLANECKÉ SNĚMOVNY 2025\n"
                "==========================================\n\n"
                "Žadatel:  Kinoko Film s.r.o.\n"
                f"IČO:      {I6}\n"
                "Adresa:   Cejl 62, 602 00 Brno\n\n"
                "Žádáme o:\n"
                "[ ] přístup k výsledkům voleb ve formátu XML (dedikovaný server)\n"
                "[x] povolení pořizovat obrazový a zvukový záznam na sběrném místě\n\n"
                "Místo:    sběrné místo ČSÚ, Brno\n"
                "Termín:   4. 10. 2025, 14:00–23:00\n"
                "Štáb:     Adéla Vránová (produkce), Tomáš Kříž (kamera, 736 118 402),\n"
                "          Jan Orel (zvuk)\n"
                "Účel:     dokumentární cyklus „Noc, kdy se počítá“ pro ČT art\n\n"
                "IP adresy produkční:  ---\n"
                "IP adresy testovací:  ---\n\n"
                "Kontaktní osoba: Adéla Vránová\n"
                "Tel.:            +420 728 550 913\n"
                "E-mail:          vranova@kinoko.example\n",
            )
        ],
    },
    {
        "id": "sb007-databox-town-both-types",
        "description": "data message from a town: annotation asks for both types, the PDF "
        "letter's address block prints the office's IČO and box, contact's mobile first",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Město Kamenice nad Ohří",
            I7,
            "m3vk8ra",
            ["203.0.113.130"],
            ["203.0.113.131"],
            "Libor Hrubý",
            "hruby@kamenice-ohre.example",
            "+420724118032",
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb (XML) a o povolení natáčení pro "
        "Kamenické televizní zpravodajství – podrobnosti v příloze",
        "databox": {
            "box": "m3vk8ra",
            "sender": "Město Kamenice nad Ohří",
            "address": "Náměstí 1, 431 51 Kamenice nad Ohří",
            "type": 10,
            "ref": "MKO/2291/2025",
        },
        "attachments": [
            (
                "pdf",
                "zadost_CSU.pdf",
                [
                    "MĚSTO KAMENICE NAD OHŘÍ\nMěstský úřad, Náměstí 1, 431 51 Kamenice nad Ohří",
                    "Český statistický úřad\nIČO 00025593, ID DS 2gfaasy\n"
                    "Na padesátém 81\n100 82 Praha 10",
                    "Č. j.: MKO/2291/2025     Vyřizuje: Ing. Hrubý     Datum: 17. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    f"Město Kamenice nad Ohří, IČO {I7}, provozuje místní kabelovou televizi "
                    "(Kamenické televizní zpravodajství). Žádáme:",
                    "1. o zřízení přístupu k průběžným výsledkům voleb ve formátu XML "
                    "z těchto adres: produkční 203.0.113.130, testovací 203.0.113.131;",
                    "2. o povolení natáčet v noci ze 4. na 5. 10. 2025 na sběrném místě "
                    "v Chomutově (kameraman Jiří Pech, redaktorka Eva Sojková).",
                    "Kontaktní osoba: Ing. Libor Hrubý, správce KTZ, tel.: 724 118 032 "
                    "(mobil), ústředna MěÚ 474 620 300, e-mail: hruby@kamenice-ohre.example",
                    "Mgr. Karel Bušek\nstarosta města",
                ],
            )
        ],
    },
    {
        "id": "sb008-slovak-odt-ano-nie",
        "description": "Slovak cover mail and ODT with ÁNO/NIE columns: feed ÁNO, filming NIE; "
        "a backup address counts as production",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Tatra Media CZ s.r.o.",
            I8,
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.209"],
            "Ľubica Straková",
            "strakova@tatramedia.example",
            "+421905318442",
        ),
        "from": "Straková Ľubica <strakova@tatramedia.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb – Tatra Media CZ",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\n"
            "v prílohe Vám posielam vyplnenú žiadosť našej českej spoločnosti. Ospravedlňujem "
            "sa, že píšem po slovensky, redakcia sídli v Bratislave.\n\n"
            "S pozdravom\n"
            "Ľubica Straková\n"
            "produktová manažérka, Tatra Media\n"
            "+421 905 318 442\n"
        ),
        "attachments": [
            (
                "odt",
                "ziadost_CSU_2025.odt",
                [
                    "Tatra Media CZ s.r.o., Vinohradská 1511/230, 100 00 Praha 10",
                    f"IČO: {I8[:2]} {I8[2:4]} {I8[4:6]} {I8[6:]}",
                    "ŽIADOSŤ",
                    [
                        ["Požiadavka", "ÁNO", "NIE"],
                        ["Prístup k výsledkom volieb vo formáte XML", "X", ""],
                        ["Povolenie na nakrúcanie na zberných miestach ČSÚ", "", "X"],
                    ],
                    "IP adresy:",
                    [
                        ["Druh", "IP adresa"],
                        ["produkčná", "203.0.113.201"],
                        ["produkčná (záložná)", "203.0.113.202"],
                        ["testovacia", "203.0.113.209"],
                    ],
                    "Kontaktná osoba: Ľubica Straková, +421 905 318 442, "
                    "strakova@tatramedia.example",
                    "V Bratislave 18. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "sb009-rtf-letter-ipv6-cp1250",
        "description": "windows-1250 cover from Outlook Express; RTF letter with row headers, "
        "an IPv6 production address and a declined test row",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Nezávislé Podbrdsko, z. s.",
            I9,
            None,
            ["192.0.2.160", "2001:db8:4a1::10"],
            [],
            "Radim Štulc",
            "stulc@podbrdsko.example",
            "+420606114902",
        ),
        "from": "Radim Štulc <stulc@podbrdsko.example>",
        "subject": "zadost - spolek Nezavisle Podbrdsko",
        "headers": OUTLOOK_EXPRESS,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\r\n\r\n"
            "v příloze posílám žádost našeho spolku. Omlouvám se za formát RTF, starý Word\r\n"
            "nic jiného neumí.\r\n\r\n"
            "S pozdravem\r\nR. Štulc\r\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Nezávislé Podbrdsko, z. s.\nNa Vršku 14, 261 01 Příbram\n"
                    f"IČ {I9}, spisová značka L 20871 vedená u Městského soudu v Praze",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Spolek provozuje nezávislý zpravodajský web podbrdsko.example a žádá "
                    "o přístup k výsledkům voleb do Poslanecké sněmovny 2025.",
                    [
                        ["Produkční adresa IPv4", "192.0.2.160"],
                        ["Produkční adresa IPv6", "2001:db8:4a1::10"],
                        ["Testovací adresa", "neuvádíme – testovat nebudeme"],
                        ["Kontakt", "Radim Štulc, předseda spolku"],
                        ["Telefon", "606 114 902"],
                        ["E-mail", "stulc@podbrdsko.example"],
                    ],
                    "V Příbrami 12. 9. 2025\nRadim Štulc, předseda",
                ],
            )
        ],
    },
    {
        "id": "sb010-english-pdf-form-german-broadcaster",
        "description": "German broadcaster without an IČO, English PDF form with ☑/☐ (filming "
        "unticked); register and VAT numbers as noise",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Grenzland Medien GmbH",
            None,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.190"],
            "Lena Baumgartner",
            "l.baumgartner@grenzland-medien.example",
            "+499415067312",
        ),
        "from": "Lena Baumgartner <l.baumgartner@grenzland-medien.example>",
        "subject": "Application - access to election results (XML)",
        "headers": OWA,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our application form for access to the election results "
            "server. We cover the Czech election for our Bavarian audience and would like to "
            "show live results on our website.\n\n"
            "Kind regards\n"
            "Lena Baumgartner\n"
            "Head of Online | Grenzland Medien GmbH\n"
            "Dr.-Martin-Luther-Str. 12, 93047 Regensburg, Germany\n"
            "T +49 941 5067 312 | M +49 171 4402 918\n"
        ),
        "attachments": [
            (
                "pdf",
                "Application_CZSO_Grenzland.pdf",
                [
                    "GRENZLAND MEDIEN GmbH – Regensburg",
                    "Application for access to election results / filming permission",
                    "Please tick:",
                    "☑ Access to the XML results server<br/>"
                    "☐ Permission to film at collection points",
                    {
                        "rows": [
                            ["Organisation", "Grenzland Medien GmbH"],
                            ["Registration", "HRB 14823, Amtsgericht Regensburg"],
                            ["VAT ID", "DE 298 114 507"],
                            ["Production IP addresses", "198.51.100.180, 198.51.100.181"],
                            ["Test IP address", "198.51.100.190"],
                            ["Contact person", "Lena Baumgartner"],
                            ["Phone", "+49 941 5067 312"],
                            ["E-mail", "l.baumgartner@grenzland-medien.example"],
                        ],
                        "widths": [160, 290],
                    },
                    "Regensburg, 15 September 2025",
                ],
            )
        ],
    },
    {
        "id": "sb011-databox-docx-letterhead-only",
        "description": "data message whose annotation is one word; the DOCX letter carries the "
        "application, the letterhead IČO and box, a bank account in the footer, a named contact",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Polabské listy a.s.",
            I11,
            "p9lr2wx",
            ["198.51.100.225", "198.51.100.226"],
            ["198.51.100.230"],
            "Vít Charvát",
            "charvat@polabskelisty.example",
            "+420777409221",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "p9lr2wx",
            "sender": "Polabské listy a.s.",
            "address": "Komenského 55, 290 01 Poděbrady",
        },
        "attachments": [
            (
                "docx",
                "PL_zadost_CSU.docx",
                {
                    "header": f"Polabské listy a.s. | Komenského 55, 290 01 Poděbrady | "
                    f"IČ: {I11} | DS: p9lr2wx",
                    "footer": "Bankovní spojení: 2401187346/2010 | zapsáno v OR vedeném "
                    "Městským soudem v Praze, oddíl B, vložka 21877",
                    "blocks": [
                        "Český statistický úřad",
                        "Na padesátém 81, 100 82 Praha 10",
                        "V Poděbradech dne 19. 9. 2025",
                        "Věc: Přístup k výsledkům voleb do Poslanecké sněmovny",
                        "Vážené dámy, vážení pánové,",
                        "žádáme o přístup k průběžným výsledkům voleb ve formátu XML. IP "
                        "adresy našich serverů jsou: produkční 198.51.100.225 a "
                        "198.51.100.226; pro testování 198.51.100.230.",
                        "Kontaktní osobou pro tuto žádost je náš kolega Vít Charvát, vedoucí "
                        "online vydání (charvat@polabskelisty.example, tel. 777 409 221).",
                        "S pozdravem",
                        "Ing. Dana Řeháková\npředsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "sb012-gmail-html-xlsx-merged-role",
        "description": "HTML-only Gmail cover; XLSX with an applicant sheet and an address sheet "
        "whose 'Produkce' cell is merged over two rows",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Kurýr Podbrdska s.r.o.",
            I12,
            None,
            ["203.0.113.11", "203.0.113.12"],
            ["203.0.113.19"],
            "Michaela Trnková",
            "trnkova@kuryrpodbrdska.example",
            "+420318628441",
        ),
        "from": "Michaela Trnková <trnkova@kuryrpodbrdska.example>",
        "subject": "žádost XML volby – tabulka v příloze",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>v příloze posílám vyplněnou tabulku s údaji k žádosti o přístup k XML "
            "s výsledky voleb. Na druhém listu jsou IP adresy.</div><div><br></div>"
            "<div>Díky moc</div><div><br></div>"
            '<div dir="ltr" class="gmail_signature"><div>Michaela Trnková</div>'
            "<div>Kurýr Podbrdska | redakce</div>"
            '<div><a href="https://kuryrpodbrdska.example">kuryrpodbrdska.example</a>'
            "</div></div></div>"
        ),
        "attachments": [
            (
                "xlsx",
                "kuryr_volby_2025.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Kurýr Podbrdska s.r.o."],
                            ["IČO", I12],
                            ["Kontaktní osoba", "Michaela Trnková"],
                            ["E-mail", "trnkova@kuryrpodbrdska.example"],
                            ["Telefon", "+420 318 628 441"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Pozn."],
                            ["Produkce", "203.0.113.11", "web"],
                            [None, "203.0.113.12", "mobilní aplikace"],
                            ["Test", "203.0.113.19", "stage"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "sb013-databox-freelancer-film-txt",
        "description": "data message from a freelancer's own box: recording only in the "
        "annotation, details and a declined feed in a TXT file, phone with 00420",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FILM],
            "Jakub Menšík",
            I13,
            "j2mn7sk",
            [],
            [],
            "Jakub Menšík",
            "jakub@mensikvideo.example",
            "+420604771358",
        ),
        "subject": "Žádost o povolení pořizovat videozáznam na sběrném místě ČSÚ v Hradci "
        "Králové (volby 3.–4. 10. 2025), podrobnosti v příloze",
        "databox": {
            "box": "j2mn7sk",
            "sender": "Jakub Menšík",
            "address": "Gočárova třída 1020, 500 02 Hradec Králové",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "zadost_mensik.txt",
                "Jakub Menšík – video a fotografie\n"
                f"IČO {I13}, Gočárova třída 1020, 500 02 Hradec Králové\n\n"
                "Dobrý den,\n\n"
                "jako nezávislý kameraman natáčím pro regionální zpravodajský pořad reportáž "
                "o volební noci. Žádám o povolení pořizovat videozáznam na sběrném místě "
                "v Hradci Králové v sobotu 4. 10. 2025 přibližně od 14:00 do 18:00. Budu "
                "sám, se stativem, bez osvětlení.\n\n"
                "O přístup k XML datům s výsledky nežádám.\n\n"
                "Kontakt: 00420 604 771 358, jakub@mensikvideo.example\n\n"
                "Jakub Menšík\n",
            )
        ],
    },
    {
        "id": "sb014-cover-changes-contact-old-docx",
        "description": "last year's DOCX form attached again; the cover mail replaces its "
        "contact with the sender and keeps its addresses",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Ohárecké noviny s.r.o.",
            I14,
            None,
            ["192.0.2.111"],
            ["192.0.2.112"],
            "Hana Voříšková",
            "hana.voriskova@oharecke.example",
            "+420734220617",
        ),
        "from": '"Ing. Hana Voříšková" <hana.voriskova@oharecke.example>',
        "subject": "Re: přístup k výsledkům voleb – podzim 2025",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "přikládám formulář, který jsme Vám posílali loni k volbám do Evropského "
            "parlamentu. Adresy serverů se nezměnily a platí dál, žádáme tedy znovu o "
            "přístup k výsledkům ve formátu XML.\n\n"
            "Změnila se ale kontaktní osoba – pan Kolář od nás odešel, místo něj prosím "
            "uvádějte mě: Ing. Hana Voříšková, hana.voriskova@oharecke.example, "
            "tel. 734 220 617.\n\n"
            "Děkuji\nHana Voříšková\nOhárecké noviny\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_CSU_2024.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb – volby do Evropského parlamentu 2024",
                        {
                            "rows": [
                                ["Žadatel", "Ohárecké noviny s.r.o."],
                                ["IČO", I14],
                                ["Produkční IP", "192.0.2.111"],
                                ["Testovací IP", "192.0.2.112"],
                                ["Kontaktní osoba", "Petr Kolář"],
                                ["E-mail", "kolar@oharecke.example"],
                                ["Telefon", "415 210 338"],
                            ]
                        },
                        "V Lounech 20. 5. 2024",
                    ]
                },
            )
        ],
    },
]
