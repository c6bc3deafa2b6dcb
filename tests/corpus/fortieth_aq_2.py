"""Fortieth held-out part ``aq``, cases aq015–aq028: a filming request in a data message's
annotation with a power of attorney attached, a PDF table whose cells wrap, a DOCX nested table,
an ODT in a data message whose annotation withdraws one request, a forwarded .eml with an XLSX
from an IT contractor, a freelancer's PDF, a netmask block in a PDF, an HTML form with check
marks, an XLSX with PROD/TST and a version number, a DOCX with the box ID in the cover mail's
signature, a reply to the office's request for completion, an RTF giving roles by order, a
university's ODT and an iPhone cover note changing the phone. Written by hand apart from the
extraction rules (see make_fortieth_aq); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortieth_aq_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

B15, B16, B17, B18 = ico("2780452"), ico("0617284"), ico("2592630"), ico("2871443")
B19, B20, B21, B22 = ico("0894521"), ico("7401285"), ico("2653819"), ico("2596710")
B23, B24, B25, B26 = ico("2743108"), ico("2654902"), ico("2819377"), ico("0538126")
B27, B28 = ico("6120443"), ico("2927351")

CASES: list[dict[str, Any]] = [
    {
        "id": "aq015-databox-annotation-film-power-of-attorney",
        "description": "data message: a filming request in the annotation that declines XML; "
        "the file is a power of attorney naming the statutory director and the crew member",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FILM],
            "Zpravodajská agentura ČTX s.r.o.",
            B15,
            "ct5x9za",
            [],
            [],
            "Filip Soukup",
            "soukup@ctx-zpravy.example",
            "+420721604338",
        ),
        "subject": (
            "Žádáme o povolení natáčet na sběrném místě ČSÚ v Plzni 4. 10. 2025 (štáb 2 os.). "
            "Přístup k XML nepotřebujeme. Kontakt: Filip Soukup 721 604 338, "
            "soukup@ctx-zpravy.example. Plná moc v příloze."
        ),
        "databox": {
            "box": "ct5x9za",
            "sender": "Zpravodajská agentura ČTX s.r.o.",
            "address": "Americká 2210/18, 301 00 Plzeň",
        },
        "attachments": [
            (
                "docx",
                "plna_moc_Soukup.docx",
                {
                    "blocks": [
                        "PLNÁ MOC",
                        "Zpravodajská agentura ČTX s.r.o., IČO "
                        f"{B15}, se sídlem Americká 2210/18, 301 00 Plzeň, zastoupená "
                        "jednatelem Michalem Krejčím,",
                        "zmocňuje",
                        "pana Filipa Soukupa, nar. 12. 5. 1989, bytem Slovanská 41, 326 00 Plzeň,",
                        "k jednání s Českým statistickým úřadem ve věci natáčení na sběrném "
                        "místě při volbách do Poslanecké sněmovny 2025.",
                        "V Plzni dne 10. 9. 2025\n\nMichal Krejčí, jednatel\n\n"
                        "Zmocnění přijímám: Filip Soukup",
                    ]
                },
            )
        ],
    },
    {
        "id": "aq016-pdf-wrapped-table-cells",
        "description": "Apple Mail cover signed by IT, PDF table with narrow columns so role "
        "labels and a pair of addresses wrap; publisher with a trade name; contact is IT",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "BMP Online s.r.o.",
            B16,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.139"],
            "David Hrubý",
            "hruby@bmportal.example",
            "+420731006492",
        ),
        "from": "David Hrubý <hruby@bmportal.example>",
        "subject": "Žádost o přístup k XML – Brněnský metropolitní portál",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nv příloze je naše žádost podepsaná jednatelem.\n\n"
            "S pozdravem\nDavid Hrubý\nIT, Brněnský metropolitní portál\n+420 731 006 492\n"
        ),
        "attachments": [
            (
                "pdf",
                "BMP_zadost_XML.pdf",
                [
                    f"BMP Online s.r.o. (Brněnský metropolitní portál)\nIČO: {B16}\n"
                    "Cejl 62, 602 00 Brno",
                    "Věc: Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Účel (role) adresy", "IP adresy", "Pozn."],
                            [
                                "Produkční server (primární datové centrum Brno-Slatina)",
                                "198.51.100.130, 198.51.100.131",
                                "stahování každých 20 s",
                            ],
                            [
                                "Testovací prostředí (staging)",
                                "198.51.100.139",
                                "jen do 30. 9. 2025",
                            ],
                        ],
                        "widths": [110, 90, 80],
                    },
                    "Kontaktní osoba pro tuto žádost: David Hrubý, hruby@bmportal.example, "
                    "+420 731 006 492",
                    "Ing. Roman Šindelář\njednatel",
                ],
            )
        ],
    },
    {
        "id": "aq017-docx-nested-address-table",
        "description": "DOCX whose 'Technické údaje' cell holds a nested role table; filming "
        "answered 'ne' in a paragraph",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Mediální dům Vltava a.s.",
            B17,
            None,
            ["192.0.2.31", "192.0.2.32"],
            ["192.0.2.39"],
            "Alena Tichá",
            "ticha@mdvltava.example",
            "+420380722145",
        ),
        "from": "Alena Tichá <ticha@mdvltava.example>",
        "subject": "žádost o přístup – Mediální dům Vltava",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nzasílám žádost o přístup k výsledkům, prosím o potvrzení přijetí.\n\n"
            "Alena Tichá\nMediální dům Vltava a.s.\n"
        ),
        "attachments": [
            (
                "docx",
                "MDV_zadost.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb",
                        {
                            "rows": [
                                ["Žadatel", f"Mediální dům Vltava a.s., IČO {B17}"],
                                ["Technické údaje", ""],
                                [
                                    "Kontakt",
                                    "Alena Tichá, +420 380 722 145, ticha@mdvltava.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["Produkční", "192.0.2.31"],
                                        ["Produkční", "192.0.2.32"],
                                        ["Test", "192.0.2.39"],
                                    ]
                                }
                            },
                        },
                        "Povolení k natáčení: ne",
                        "České Budějovice, 11. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "aq018-databox-odt-annotation-withdraws-filming",
        "description": "data message: the ODT asks for XML and filming, the annotation takes "
        "the filming request back",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Liberecký týdeník s.r.o.",
            B18,
            "lt2d6kw",
            ["203.0.113.200"],
            ["203.0.113.201"],
            "Stanislav Kříž",
            "kriz@libtydenik.example",
            "+420485104622",
        ),
        "subject": (
            "Žádost dle přílohy – bod 2 (natáčení) bereme zpět, štáb nebude k dispozici. "
            "Platí jen bod 1, přístup k XML."
        ),
        "databox": {
            "box": "lt2d6kw",
            "sender": "Liberecký týdeník s.r.o.",
            "address": "Moskevská 28, 460 01 Liberec",
        },
        "attachments": [
            (
                "odt",
                "zadost_LT.odt",
                [
                    f"Liberecký týdeník s.r.o., Moskevská 28, 460 01 Liberec, IČO {B18}",
                    "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme:",
                    "1. o přístup k výsledkům voleb ve formátu XML – produkční adresa "
                    "203.0.113.200, testovací adresa 203.0.113.201;",
                    "2. o povolení natáčet na sběrném místě v Liberci dne 4. 10. 2025.",
                    "Kontakt: Stanislav Kříž, +420 485 104 622, kriz@libtydenik.example",
                ],
            )
        ],
    },
    {
        "id": "aq019-contractor-forwards-eml-with-xlsx",
        "description": "an IT contractor forwards the publisher's .eml (carrying an XLSX with "
        "PROD/TST rows) and names himself the contact for the application",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Region Média s.r.o.",
            B19,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Adam Bureš",
            "bures@datalab-it.example",
            "+420777510266",
        ),
        "from": "Adam Bureš <bures@datalab-it.example>",
        "subject": "Fwd: žádost pro ČSÚ – Region Dnes",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\ntechnicky zajišťuji zpravodajský web Region Dnes (vydává Region "
            "Média s.r.o.) a přeposílám jejich žádost i s tabulkou adres. Kontaktní osobou "
            "pro tuto žádost jsem já: Adam Bureš, DataLab IT, +420 777 510 266, "
            "bures@datalab-it.example.\n\nAdam Bureš\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost pro CSU.eml",
                {
                    "id": "aq019-inner",
                    "from": "Věra Nováčková <novackova@regionmedia.example>",
                    "to": "bures@datalab-it.example",
                    "subject": "žádost pro ČSÚ",
                    "body": (
                        "Adame,\n\nposílám žádost pro ČSÚ, přepošli ji prosím s technickými "
                        "údaji.\n\nRegion Média s.r.o., IČO "
                        f"{B19}, žádá o přístup k výsledkům voleb ve formátu XML. Adresy "
                        "jsou v tabulce.\n\nV. Nováčková\nvydavatelka\n"
                    ),
                    "attachments": [
                        (
                            "xlsx",
                            "adresy.xlsx",
                            [
                                {
                                    "title": "IP",
                                    "rows": [
                                        ["Typ", "Adresa"],
                                        ["PROD", "198.51.100.90"],
                                        ["PROD", "198.51.100.91"],
                                        ["TST", "198.51.100.99"],
                                    ],
                                }
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "aq020-freelancer-pdf-film-only",
        "description": "a freelance camerawoman, name and trade name joined by a dash, PDF "
        "filming request; the cover declines data access",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Tereza Hálová – Hálová Video",
            B20,
            None,
            [],
            [],
            "Tereza Hálová",
            "halova@halovavideo.example",
            "+420608774190",
        ),
        "from": "Tereza Hálová <halova@halovavideo.example>",
        "subject": "Žádost o povolení natáčení",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\njsem nezávislá kameramanka a posílám žádost o povolení natáčení "
            "(PDF). Přístup k datům nepotřebuji.\n\nDěkuji\nTereza Hálová\n608 774 190\n"
        ),
        "attachments": [
            (
                "pdf",
                "Halova_zadost_nataceni.pdf",
                [
                    f"Žadatelka: Tereza Hálová – Hálová Video, OSVČ, IČO {B20}\n"
                    "Místo podnikání: Sokolovská 12, 186 00 Praha 8",
                    "Věc: žádost o povolení pořizovat obrazový záznam",
                    "Žádám o povolení natáčet na sběrném místě ČSÚ v Praze dne 4. 10. 2025 "
                    "pro dokumentární cyklus Noc sčítání (objednatel: nezávislá produkce).",
                    "Kontakt: Tereza Hálová, tel. +420 608 774 190, halova@halovavideo.example",
                ],
            )
        ],
    },
    {
        "id": "aq021-databox-pdf-netmask-block-version",
        "description": "data message, PDF letter: a production network given with a /30 "
        "netmask, a separate test address and a dotted software version",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Televize Haná, a.s.",
            B21,
            "th6r4pm",
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.70"],
            "Roman Vrba",
            "vrba@tvhana.example",
            "+420585224613",
        ),
        "subject": "Žádost o přístup k serveru s výsledky voleb (příloha PDF)",
        "databox": {
            "box": "th6r4pm",
            "sender": "Televize Haná, a.s.",
            "address": "Tř. Svobody 31, 779 00 Olomouc",
        },
        "attachments": [
            (
                "pdf",
                "TVH_zadost.pdf",
                [
                    f"Televize Haná, a.s. | Tř. Svobody 31, 779 00 Olomouc | IČO {B21}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zřízení přístupu. Stahovat budeme z produkční sítě 192.0.2.64 "
                    "s maskou 255.255.255.252 (tj. čtyři adresy), testovat z adresy "
                    "192.0.2.70. Zpracování zajišťuje náš software VolbyParser ve verzi "
                    "3.2.0.1.",
                    "Kontaktní osoba: Roman Vrba, technik, 585 224 613, vrba@tvhana.example",
                    "Olomouc 16. 9. 2025\nIng. Kamila Bártová, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "aq022-gmail-html-form-check-marks",
        "description": "HTML-only Gmail mail with a pasted form using ✔/✘ marks (filming ✘), "
        "the test row left as a dash; IČO with spaces",
        "style": Style.HTML_TABLE,
        "labels": L(
            [FEED],
            "Podkrkonošský deník s.r.o.",
            B22,
            None,
            ["203.0.113.52"],
            [],
            "Jakub Pešek",
            "pesek@podkrkonossky.example",
            "+420606447021",
        ),
        "from": "Jakub Pešek <pesek@podkrkonossky.example>",
        "subject": "Žádost – výsledky voleb XML",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>posílám vyplněný '
            "formulář (zkopírovaný z Vašeho webu):</div><div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><td>Žadatel</td><td>Podkrkonošský deník s.r.o.</td></tr>"
            f"<tr><td>IČ</td><td>{B22[:2]} {B22[2:4]} {B22[4:6]} {B22[6:]}</td></tr>"
            "<tr><td>Přístup k výsledkům (XML)</td><td>✔</td></tr>"
            "<tr><td>Povolení k natáčení</td><td>✘</td></tr>"
            "<tr><td>IP adresa – produkce</td><td>203.0.113.52</td></tr>"
            "<tr><td>IP adresa – test</td><td>—</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Jakub Pešek</td></tr>"
            "<tr><td>Telefon</td><td>+420 606 447 021</td></tr>"
            "</table><div><br></div><div>Díky,</div><div>Jakub Pešek</div>"
            '<div>-- <br><div dir="ltr">Podkrkonošský deník | Trutnov</div></div></div>'
        ),
    },
    {
        "id": "aq023-databox-xlsx-prod-tst-form-version",
        "description": "data message with an XLSX: an info sheet with a form version number "
        "and the contact, an address sheet with PROD/TST in a type column",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Krajské listy Pardubice a.s.",
            B23,
            "kl7p2vx",
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.152", "198.51.100.153"],
            "Milena Černá",
            "cerna@krajskelisty.example",
            "+420466712380",
        ),
        "subject": "Volby 2025 – žádost o přístup k XML, formulář v příloze.",
        "databox": {
            "box": "kl7p2vx",
            "sender": "Krajské listy Pardubice a.s.",
            "address": "Sladkovského 570, 530 02 Pardubice",
        },
        "attachments": [
            (
                "xlsx",
                "formular_KLP.xlsx",
                [
                    {
                        "title": "Info",
                        "rows": [
                            ["Formulář", "verze 2.4.1 (2025-06)"],
                            ["Žadatel", "Krajské listy Pardubice a.s."],
                            ["IČO", B23],
                            ["Kontakt", "Milena Černá"],
                            ["Tel", "+420 466 712 380"],
                            ["Mail", "cerna@krajskelisty.example"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["#", "IP", "Typ"],
                            [1, "198.51.100.150", "PROD"],
                            [2, "198.51.100.151", "PROD"],
                            [3, "198.51.100.152", "TST"],
                            [4, "198.51.100.153", "TST"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "aq024-zimbra-signature-box-docx-no-test",
        "description": "cover mail whose signature block carries IČ with spaces, DIČ and the "
        "box ID; DOCX names a technician as contact and says there is no test environment",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Moravský rádiový svaz, z. s.",
            B24,
            "mr8s4cd",
            ["192.0.2.225", "192.0.2.226"],
            [],
            "Ondřej Sýkora",
            "sykora@mrsvaz.example",
            "+420736118402",
        ),
        "from": "Ivana Staňková <stankova@mrsvaz.example>",
        "subject": "Žádost o přístup k výsledkům voleb – MRS",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost našeho svazu o přístup k výsledkům voleb. "
            "Technické dotazy prosím směřujte na kolegu uvedeného v žádosti.\n\n"
            "S pozdravem\n\nMgr. Ivana Staňková\nprávní oddělení\n"
            "MORAVSKÝ RÁDIOVÝ SVAZ, z. s.\n"
            f"IČ: {B24[:2]} {B24[2:4]} {B24[4:6]} {B24[6:]} | DIČ: CZ{B24}\n"
            "ID datové schránky: mr8s4cd\nKobližná 19, 602 00 Brno | tel. 542 210 300\n"
        ),
        "attachments": [
            (
                "docx",
                "MRS_zadost_XML.docx",
                {
                    "blocks": [
                        "Moravský rádiový svaz, z. s.",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Pro naše členská rádia budeme výsledky stahovat ze dvou serverů: "
                        "192.0.2.225 a 192.0.2.226 (oba produkční). Testovací prostředí "
                        "nemáme.",
                        "Kontaktní osoba: technik Ondřej Sýkora, 736 118 402, "
                        "sykora@mrsvaz.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "aq025-reply-to-office-completion-pdf",
        "description": "reply to the office's request to complete the application: quoted "
        "office text carries its IČO, box and phone; the reply adds IČO and test address and "
        "resends the whole application as PDF",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Beskydy Plus s.r.o.",
            B25,
            None,
            ["192.0.2.240"],
            ["192.0.2.250"],
            "Pavel Ondruch",
            "ondruch@beskydyplus.example",
            "+420558620441",
        ),
        "from": "Pavel Ondruch <ondruch@beskydyplus.example>",
        "subject": "Re: Doplnění žádosti o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\ndoplňuji: IČO naší společnosti je "
            f"{B25}, testovací adresa 192.0.2.250. Produkční zůstává 192.0.2.240 podle "
            "původní žádosti. Pro jistotu v příloze posílám celou žádost znovu v PDF.\n\n"
            "Pavel Ondruch\nRádio Beskydy Plus\n558 620 441\n\n"
            "Dne 10. 9. 2025 v 9:12 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n>\n"
            "> ve Vaší žádosti chybí IČO a testovací IP adresa. Prosíme o doplnění.\n>\n"
            "> S pozdravem\n> Český statistický úřad\n> Na padesátém 81, 100 82 Praha 10\n"
            "> IČO 00025593, datová schránka 2gfaasy\n> tel. 274 052 733, podatelna@czso.cz\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_Beskydy_Plus_doplnena.pdf",
                [
                    f"Rádio Beskydy Plus s.r.o.\nIČO: {B25}\nNádražní 211, 738 01 Frýdek-Místek",
                    "Žádost o přístup k výsledkům voleb (XML) – doplněná",
                    "produkční IP adresa: 192.0.2.240\ntestovací IP adresa: 192.0.2.250",
                    "Kontakt: Pavel Ondruch, 558 620 441, ondruch@beskydyplus.example",
                ],
            )
        ],
    },
    {
        "id": "aq026-databox-rtf-respectively",
        "description": "data message with an RTF letter that gives production and test only "
        "by order ('v uvedeném pořadí'); an institute (z. ú.) applies",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Otevřené Kladno, z. ú.",
            B26,
            "ok3n7fe",
            ["203.0.113.14"],
            ["203.0.113.15"],
            "Šárka Vojtíšková",
            "vojtiskova@otevrenekladno.example",
            "+420603281947",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – Otevřené Kladno, z. ú.",
        "databox": {
            "box": "ok3n7fe",
            "sender": "Otevřené Kladno, z. ú.",
            "address": "Kleinerova 1687, 272 01 Kladno",
        },
        "attachments": [
            (
                "rtf",
                "zadost_OK.rtf",
                [
                    f"Otevřené Kladno, z. ú.\nKleinerova 1687, 272 01 Kladno\nIČ {B26}",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Náš ústav provozuje nezávislý zpravodajský web a žádá o přístup k "
                    "výsledkům voleb ve formátu XML. Pro produkční a testovací prostředí "
                    "budeme používat adresy 203.0.113.14 a 203.0.113.15, v uvedeném pořadí.",
                    "Kontaktní osoba: Šárka Vojtíšková, 603 281 947, "
                    "vojtiskova@otevrenekladno.example",
                    "Mgr. Šárka Vojtíšková, ředitelka ústavu",
                ],
            )
        ],
    },
    {
        "id": "aq027-university-odt-both-requests",
        "description": "a faculty's department applies: the university is the applicant; ODT "
        "with a role table and a student filming crew; the contact has academic degrees",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Polabská univerzita v Nymburce",
            B27,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Jitka Smolíková",
            "jitka.smolikova@polabska-univerzita.example",
            "+420325601774",
        ),
        "from": "Jitka Smolíková <jitka.smolikova@polabska-univerzita.example>",
        "subject": "Žádost katedry žurnalistiky – volby 2025",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost naší katedry (přístup k XML pro studentský "
            "zpravodajský web a natáčení studentského štábu).\n\nS pozdravem\n"
            "doc. Mgr. Jitka Smolíková, Ph.D.\nKatedra žurnalistiky, Fakulta sociálních "
            "studií\nPolabská univerzita v Nymburce\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_KZ_FSS.odt",
                [
                    "Polabská univerzita v Nymburce, Fakulta sociálních studií, Katedra "
                    f"žurnalistiky\nIČO univerzity: {B27}",
                    "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "1) Přístup k XML pro studentský web zpravy-fss.example:",
                    [
                        ["Účel", "IP"],
                        ["studentský web – produkce", "192.0.2.120"],
                        ["testovací", "192.0.2.121"],
                    ],
                    "2) Povolení natáčení: tříčlenný studentský štáb na sběrném místě v "
                    "Praze, 3. 10. 2025 večer.",
                    "Kontaktní osoba: doc. Mgr. Jitka Smolíková, Ph.D., tel. 325 601 774, "
                    "jitka.smolikova@polabska-univerzita.example",
                ],
            )
        ],
    },
    {
        "id": "aq028-iphone-cover-changes-phone",
        "description": "two-line iPhone cover saying the phone in the attached DOCX is old "
        "and giving the new one; DOCX table with row headers",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Zlínský press, s.r.o.",
            B28,
            None,
            ["198.51.100.44"],
            ["198.51.100.45"],
            "Šimon Vlach",
            "vlach@zlinskypress.example",
            "+420777903215",
        ),
        "from": "Šimon Vlach <vlach@zlinskypress.example>",
        "subject": "Zadost XML",
        "headers": IPHONE,
        "body": (
            "Dobrý den, posílám žádost. Jen pozor, telefon v žádosti je starý, nový je "
            "777 903 215.\nDíky, Šimon Vlach\n\nOdesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_ZP.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Žadatel", "Zlínský press, s.r.o."],
                                ["IČO", B28],
                                ["Produkční IP", "198.51.100.44"],
                                ["Testovací IP", "198.51.100.45"],
                                ["Kontaktní osoba", "Šimon Vlach"],
                                ["Telefon", "603 118 227"],
                                ["E-mail", "vlach@zlinskypress.example"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
]
