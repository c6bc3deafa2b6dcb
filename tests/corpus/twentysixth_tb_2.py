"""Twentysixth held-out part ``tb``, cases tb015–tb028: a data message with a power of attorney
as its file, an XLSX whose first sheet is a superseded version, a reply to the office's request
for completion with a corrected PDF, a Slovak ÁNO/NIE form in a data message, an S/MIME mail with
a netmask block, an empty mail with a versioned DOCX form, a faculty's RTF letter, a forwarded
contractor mail, a range written with a dash and more. Written by hand apart from the extraction
rules (see make_twentysixth_tb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysixth_tb_common import (
    BOTH,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2791046"), ico("4561230"), ico("0841263"), ico("5031987")
I19, I20, I21, I22 = ico("2659381"), ico("3104725"), ico("0021622"), ico("2487136")
I22C, I23, I24, I26 = ico("7012458"), ico("2820317"), ico("6394102"), ico("0467291")
I27, I28 = ico("2977210"), ico("1935408")

CASES: list[dict[str, Any]] = [
    {
        "id": "tb015-databox-power-of-attorney",
        "description": "data message: application in the annotation, the file is a power of "
        "attorney for the person named as contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krkonošský deník s.r.o.",
            I15,
            "r9cz4tk",
            ["203.0.113.12"],
            ["203.0.113.13"],
            "Tomáš Bílek",
            "bilek@krkonossky.example",
            "+420739440512",
        ),
        "subject": (
            "Žádáme o XML přístup k volbám. Prod. 203.0.113.12, TST 203.0.113.13. Žádost "
            "vyřizuje na základě přiložené plné moci Mgr. Tomáš Bílek, bilek@krkonossky.example,"
            " +420739440512."
        ),
        "databox": {
            "box": "r9cz4tk",
            "sender": "Krkonošský deník s.r.o.",
            "address": "Pražská 502, 541 01 Trutnov",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Bilek.pdf",
                [
                    "PLNÁ MOC",
                    f"Společnost Krkonošský deník s.r.o., IČO: {I15}, se sídlem Pražská 502, "
                    "541 01 Trutnov, zastoupená jednatelem Ing. Karlem Fišerem,",
                    "zmocňuje",
                    "Mgr. Tomáše Bílka, nar. 12. 4. 1986, bytem Horská 18, 543 01 Vrchlabí,",
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům voleb.",
                    "V Trutnově dne 1. 9. 2026                Ing. Karel Fišer, jednatel",
                ],
            )
        ],
    },
    {
        "id": "tb016-xlsx-superseded-sheet",
        "description": "Outlook mail, XLSX with two sheets: the first is last election's "
        "addresses, marked no longer valid; only the second counts",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Info Vysočina s.r.o.",
            I16,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.109"],
            "Dana Lišková",
            "liskova@infovysocina.example",
            "+420608130442",
        ),
        "from": "Lišková Dana <liskova@infovysocina.example>",
        "subject": "RE: přístup k XML – Info Vysočina",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nza Info Vysočina s.r.o. (IČO "
            f"{I16}) žádáme o přístup k výsledkům voleb ve formátu XML. Adresy jsou v "
            "příloze – pozor, první list „2024“ jsou staré adresy z krajských voleb, "
            "ty už nepoužíváme. Platí list „2026“.\n\n"
            "Kontakt: Dana Lišková, 608 130 442\n\nDěkuji\nDana Lišková\nprovoz IT\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_Info_Vysocina.xlsx",
                [
                    {
                        "title": "2024",
                        "rows": [
                            ["NEPLATNÉ – krajské volby 2024"],
                            ["role", "IP"],
                            ["produkce", "192.0.2.61"],
                            ["test", "192.0.2.69"],
                        ],
                    },
                    {
                        "title": "2026",
                        "rows": [
                            ["role", "IP"],
                            ["produkce", "192.0.2.101"],
                            ["produkce", "192.0.2.102"],
                            ["test", "192.0.2.109"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "tb017-reply-completion-corrected-pdf",
        "description": "reply to the office's request for completion (quoted with its own IČO, "
        "box and phone); the corrected application is in the attached PDF",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Slezský rozhlas, s.r.o.",
            I17,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Adam Wróbel",
            "wrobel@slezskyrozhlas.example",
            "+420596781330",
        ),
        "from": "Adam Wróbel <wrobel@slezskyrozhlas.example>",
        "subject": "Re: Výzva k doplnění žádosti č. j. CSU-04417/2026",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\nomlouvám se, v původní žádosti chyběla testovací adresa. Opravenou "
            "žádost přikládám v PDF.\n\nAdam Wróbel\n\n"
            "Od: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Datum: pondělí 7. září 2026 10:12\n"
            "Komu: Adam Wróbel <wrobel@slezskyrozhlas.example>\n"
            "Předmět: Výzva k doplnění žádosti č. j. CSU-04417/2026\n\n"
            "> Dobrý den,\n"
            "> Vaše žádost neobsahuje testovací IP adresu. Doplňte ji prosím.\n"
            "> Český statistický úřad, IČO 00025593, ID DS 2gfaasy\n"
            "> Na padesátém 81, 100 82 Praha 10, tel. 274 051 111\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_opravena_v2.pdf",
                [
                    "Slezský rozhlas, s.r.o., Masarykovo nám. 7, 746 01 Opava",
                    f"IČO: {I17}",
                    "Doplněná žádost o přístup k výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Produkční IP", "198.51.100.140"],
                            ["Testovací IP", "198.51.100.141"],
                            ["Kontaktní osoba", "Adam Wróbel"],
                            ["E-mail", "wrobel@slezskyrozhlas.example"],
                            ["Telefon", "+420 596 781 330"],
                        ],
                        "widths": [140, 240],
                    },
                ],
            )
        ],
    },
    {
        "id": "tb018-databox-slovak-ano-nie",
        "description": "data message in Slovak; DOCX table with ÁNO/NIE columns, both types "
        "ticked ÁNO",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Markíza Morava, organizačná zložka",
            I18,
            "y3gd8ws",
            ["203.0.113.160"],
            ["203.0.113.161"],
            "Zuzana Kováčová",
            "kovacova@markizamorava.example",
            "+421948112730",
        ),
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie natáčania",
        "databox": {
            "box": "y3gd8ws",
            "sender": "Markíza Morava, organizačná zložka",
            "address": "Vídeňská 46, 639 00 Brno",
        },
        "attachments": [
            (
                "docx",
                "ziadost_MM.docx",
                {
                    "blocks": [
                        f"Markíza Morava, organizačná zložka, IČO {I18}",
                        {
                            "rows": [
                                ["Žiadame o", "ÁNO", "NIE"],
                                ["prístup k XML výsledkom", "x", ""],
                                ["povolenie natáčať na zbernom mieste", "x", ""],
                            ]
                        },
                        "Produkčná IP: 203.0.113.160; testovacia IP: 203.0.113.161",
                        "Kontaktná osoba: Zuzana Kováčová, kovacova@markizamorava.example, "
                        "+421 948 112 730",
                    ]
                },
            )
        ],
    },
    {
        "id": "tb019-smime-netmask-block",
        "description": "S/MIME-signed Thunderbird mail: an address with a netmask means four "
        "production addresses; the PDF is only a registration certificate",
        "style": Style.SIGNED,
        "labels": L(
            [FEED],
            "Mediahouse Brno a.s.",
            I19,
            None,
            ["192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11"],
            [],
            "Filip Navrátil",
            "navratil@mediahouse-brno.example",
            "+420541009773",
        ),
        "from": "Filip Navrátil <navratil@mediahouse-brno.example>",
        "subject": "Žádost o přístup k volebnímu XML",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Dobrý den,\n\nMediahouse Brno a.s., IČO "
            f"{I19}, žádá o přístup k výsledkům voleb.\n"
            "Produkce: celý blok 192.0.2.8 s maskou 255.255.255.252 (čtyři stroje za "
            "balancerem). Testovací prostředí nemáme.\n\n"
            "V příloze osvědčení o registraci vydavatele.\n\n"
            "Filip Navrátil\nvedoucí provozu\nMobil: +420 541 009 773\n"
        ),
        "attachments": [
            (
                "pdf",
                "osvedceni_MK_CR.pdf",
                [
                    "Ministerstvo kultury – evidence periodického tisku",
                    "Evidenční číslo: MK ČR E 21877",
                    f"Vydavatel: Mediahouse Brno a.s., IČO {I19}",
                ],
            )
        ],
    },
    {
        "id": "tb020-empty-body-docx-row-headers",
        "description": "mail with only a signature; DOCX with row headers and a form version "
        "number and date that look like addresses",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Regionální noviny Písecko s.r.o.",
            I20,
            None,
            ["198.51.100.50"],
            ["198.51.100.51", "198.51.100.52"],
            "Jan Kolouch",
            "kolouch@pisecko.example",
            "+420382214455",
        ),
        "from": "Jan Kolouch <kolouch@pisecko.example>",
        "subject": "zadost volby 2026",
        "headers": OWA,
        "body": "--\nJan Kolouch\nRegionální noviny Písecko\n",
        "attachments": [
            (
                "docx",
                "zadost_pisecko.docx",
                {
                    "header": "Formulář ČSÚ-V/XML, verze 1.4.2.0, platný od 1.7.2026",
                    "blocks": [
                        {
                            "rows": [
                                ["Žadatel", "Regionální noviny Písecko s.r.o."],
                                ["IČO", I20],
                                ["IP produkce", "198.51.100.50"],
                                ["IP test", "198.51.100.51, 198.51.100.52"],
                                ["Kontakt", "Jan Kolouch"],
                                ["Tel.", "382 214 455"],
                                ["E-mail", "kolouch@pisecko.example"],
                            ]
                        },
                        "Datum: 3.9.2026",
                    ],
                },
            )
        ],
    },
    {
        "id": "tb021-databox-faculty-rtf",
        "description": "data message from a university (its faculty applies); RTF letter with "
        "addresses given by 'respectively'-style order",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Karlova",
            I21,
            "piyaiu2",
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Martin Hrubý",
            "martin.hruby@fsv.cuni.example",
            "+420222112390",
        ),
        "subject": "FSV UK – žádost o přístup k XML výsledkům (viz příloha)",
        "databox": {
            "box": "piyaiu2",
            "sender": "Univerzita Karlova",
            "address": "Ovocný trh 560/5, 116 36 Praha 1",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "FSV_zadost.rtf",
                [
                    "Univerzita Karlova, Fakulta sociálních věd",
                    f"Smetanovo nábřeží 6, 110 01 Praha 1, IČO {I21}",
                    "Věc: žádost o přístup k průběžným výsledkům voleb",
                    "Katedra politologie pořádá volební noc se studenty a chce zobrazovat "
                    "průběžné výsledky. Prosíme o zřízení přístupu pro adresy 203.0.113.201 a "
                    "203.0.113.202, první pro ostrý provoz, druhou pro testování.",
                    "Kontaktní osoba: PhDr. Martin Hrubý, Ph.D., "
                    "martin.hruby@fsv.cuni.example, tel. 222 112 390",
                ],
            )
        ],
    },
    {
        "id": "tb022-forwarded-contractor-eml",
        "description": "Roundcube HTML cover from the editor; the addresses are in a forwarded "
        ".eml from the IT contractor whose own company IČO is in its signature",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Nový Kolínský zpravodaj s.r.o.",
            I22,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.158"],
            "Barbora Němcová",
            "nemcova@kolinskyzpravodaj.example",
            "+420721560338",
        ),
        "from": "Barbora Němcová <nemcova@kolinskyzpravodaj.example>",
        "subject": "Žádost o přístup – Nový Kolínský zpravodaj",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nNový Kolínský zpravodaj s.r.o., IČO "
            f"{I22}, žádá o přístup k XML s výsledky voleb. IP adresy našich serverů "
            "najdete v přeposlaném mailu od našeho dodavatele (příloha). Kontaktní osobou "
            "jsem ale já, ne dodavatel.\n\n"
            "Barbora Němcová\nšéfredaktorka\n721 560 338\n"
        ),
        "html": (
            "<p>Dobrý den,</p><p>Nový Kolínský zpravodaj s.r.o., IČO "
            f"{I22}, žádá o přístup k XML s výsledky voleb. IP adresy našich serverů "
            "najdete v přeposlaném mailu od našeho dodavatele (příloha). Kontaktní osobou "
            "jsem ale já, ne dodavatel.</p>"
            "<p>Barbora Němcová<br>šéfredaktorka<br>721 560 338</p>"
        ),
        "attachments": [
            (
                "eml",
                "Re_ IP adresy pro CSU.eml",
                {
                    "id": "tb022-inner",
                    "from": "Ondra Veselý <vesely@webstudio-kolin.example>",
                    "to": "nemcova@kolinskyzpravodaj.example",
                    "subject": "Re: IP adresy pro ČSÚ",
                    "headers": GMAIL,
                    "body": (
                        "Ahoj Báro,\n\nprodukce běží na 192.0.2.150 a 192.0.2.151, "
                        "testovací stroj je 192.0.2.158. Port 443, TLS 1.3.\n\n"
                        "Ondra\n--\nOndřej Veselý | WebStudio Kolín s.r.o. | "
                        f"IČO {I22C} | +420 606 771 204\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "tb023-iso-respectively-certificate",
        "description": "iso-8859-2 8bit mail, addresses given in 'respektive' order; the "
        "attached ODT is only a press-registration certificate",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Chebský kurýr, s. r. o.",
            I23,
            None,
            ["198.51.100.185"],
            ["198.51.100.186"],
            "Lenka Šírová",
            "sirova@chebskykuryr.example",
            "+420354433780",
        ),
        "from": "Lenka Šírová <sirova@chebskykuryr.example>",
        "subject": "Přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nChebský kurýr, s. r. o., IČ "
            f"{I23}, žádá o přístup k volebním výsledkům ve formátu XML pro adresy\n"
            "198.51.100.185 a 198.51.100.186, určené pro produkci, respektive pro\n"
            "testování. Jako doklad přikládáme osvědčení o evidenci.\n\n"
            "Kontakt: Lenka Šírová, 354 433 780\n\nLenka Šírová\n"
        ),
        "attachments": [
            (
                "odt",
                "osvedceni_evidence.odt",
                [
                    "Ministerstvo kultury",
                    "Osvědčení o evidenci periodického tisku",
                    "Název: Chebský kurýr; evidenční číslo MK ČR E 19305",
                    f"Vydavatel: Chebský kurýr, s. r. o., IČ {I23}",
                    "Vydáno 14. 5. 2019",
                ],
            )
        ],
    },
    {
        "id": "tb024-databox-annotation-corrects-phone",
        "description": "data message: XLSX form, the annotation corrects the contact phone "
        "written in the file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Beskydy, spol. s r.o.",
            I24,
            "u6fn3be",
            ["203.0.113.70"],
            ["203.0.113.71"],
            "Kamila Pavlíková",
            "pavlikova@radiobeskydy.example",
            "+420731288406",
        ),
        "subject": (
            "Žádost o XML přístup (formulář v příloze). Pozor, v příloze je překlep "
            "v telefonu kontaktní osoby, správně 731 288 406."
        ),
        "databox": {
            "box": "u6fn3be",
            "sender": "Rádio Beskydy, spol. s r.o.",
            "address": "Zámecká 12, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "xlsx",
                "formular_radio_beskydy.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Rádio Beskydy, spol. s r.o."],
                            ["IČO", I24],
                            ["Produkční IP", "203.0.113.70"],
                            ["Testovací IP", "203.0.113.71"],
                            ["Kontaktní osoba", "Kamila Pavlíková"],
                            ["E-mail", "pavlikova@radiobeskydy.example"],
                            ["Telefon", "731 288 460"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "tb025-english-agency-docx-v4-v6",
        "description": "English mail from a foreign agency; DOCX table with IPv4 and IPv6 "
        "columns per role, a UK phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Continental Newswire Ltd",
            None,
            None,
            ["192.0.2.40", "2001:db8:c0::40"],
            ["192.0.2.41", "2001:db8:c0::41"],
            "Oliver Grant",
            "o.grant@continental-newswire.example",
            "+442079460318",
        ),
        "from": "Oliver Grant <o.grant@continental-newswire.example>",
        "subject": "Access to live election results (XML) – Continental Newswire",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Hello,\n\nwe would like to receive the live results feed for the upcoming "
            "Czech parliamentary election. Our server details are in the attached "
            "document. We do not plan to film at your premises.\n\n"
            "Kind regards,\nOliver Grant\nData Desk Editor, Continental Newswire Ltd\n"
            "+44 20 7946 0318\n"
        ),
        "attachments": [
            (
                "docx",
                "CNW_feed_request.docx",
                {
                    "blocks": [
                        "Continental Newswire Ltd, 18 Fleet Lane, London EC4A 2BB "
                        "(company no. 04418277)",
                        {
                            "rows": [
                                ["Role", "IPv4", "IPv6"],
                                ["Production", "192.0.2.40", "2001:db8:c0::40"],
                                ["Test / staging", "192.0.2.41", "2001:db8:c0::41"],
                            ]
                        },
                        "Technical contact: Oliver Grant, o.grant@continental-newswire.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "tb026-odt-ano-ne-struck",
        "description": "Gmail mail with an ODT form 'ANO/NE (nehodící se škrtněte)' answered "
        "NE for recording; contact is a named colleague",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Týdeník Kroměřížsko s.r.o.",
            I26,
            None,
            ["192.0.2.240"],
            [],
            "Michal Šebesta",
            "sebesta@kromerizsko.example",
            "+420573338018",
        ),
        "from": "redakce Kroměřížsko <redakce@kromerizsko.example>",
        "subject": "vyplněný formulář",
        "headers": GMAIL,
        "body": "Dobrý den, posíláme vyplněný formulář. Redakce\n",
        "attachments": [
            (
                "odt",
                "formular.odt",
                [
                    "Žadatel: Týdeník Kroměřížsko s.r.o.",
                    f"IČO: {I26}",
                    [
                        ["Přístup k výsledkům ve formátu XML (ANO/NE)", "ANO"],
                        ["Natáčení ve sběrném místě (ANO/NE)", "NE"],
                        ["Produkční IP", "192.0.2.240"],
                        ["Testovací IP", ""],
                        ["Kontaktní osoba", "Michal Šebesta"],
                        ["Telefon", "573 338 018"],
                        ["E-mail", "sebesta@kromerizsko.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "tb027-databox-crew-list-pdf",
        "description": "data message for recording only; PDF with a crew table (camera, "
        "reporter) and a separate contact row",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Česká regionální televize a.s.",
            I27,
            "e4pw9hd",
            [],
            [],
            "Veronika Pešková",
            "peskova@crtv.example",
            "+420602554190",
        ),
        "subject": "Žádost o povolení natáčení – volby 2026",
        "databox": {
            "box": "e4pw9hd",
            "sender": "Česká regionální televize a.s.",
            "address": "Radlická 3185/1c, 150 00 Praha 5",
        },
        "attachments": [
            (
                "pdf",
                "natacen_CRTV.pdf",
                [
                    f"Česká regionální televize a.s. | IČO {I27}",
                    "Žádáme o povolení natáčet ve sběrném místě ČSÚ v Praze 10 dne "
                    "3. 10. 2026 od 21:00. O přístup k XML nežádáme, data odebíráme od agentury.",
                    {
                        "rows": [
                            ["Jméno", "Funkce", "Telefon"],
                            ["Daniel Rys", "kameraman", "+420 606 110 222"],
                            ["Petra Lomová", "redaktorka", "+420 606 110 223"],
                            ["Veronika Pešková", "produkční – kontaktní osoba", "+420 602 554 190"],
                        ],
                        "widths": [130, 150, 120],
                    },
                    "E-mail kontaktní osoby: peskova@crtv.example",
                ],
            )
        ],
    },
    {
        "id": "tb028-xlsx-p-t-abbreviations",
        "description": "base64 mail, XLSX list with a one-letter type column (P/T) and a "
        "legend below it",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Plzeňský obzor s.r.o.",
            I28,
            None,
            ["203.0.113.30", "203.0.113.32"],
            ["203.0.113.31"],
            "Roman Kříž",
            "kriz@plzenskyobzor.example",
            "+420377651240",
        ),
        "from": "Roman Kříž <kriz@plzenskyobzor.example>",
        "subject": "Žádost o přístup k XML",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nPlzeňský obzor s.r.o. (IČO "
            f"{I28}) žádá o přístup k výsledkům voleb. Adresy v tabulce.\n"
            "Kontakt Roman Kříž, 377 651 240.\n\nDíky, R. Kříž\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["IP", "Typ"],
                            ["203.0.113.30", "P"],
                            ["203.0.113.31", "T"],
                            ["203.0.113.32", "P"],
                            [None, None],
                            ["P = produkce, T = test", None],
                        ],
                    }
                ],
            )
        ],
    },
]
