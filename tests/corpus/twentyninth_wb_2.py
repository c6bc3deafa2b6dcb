"""Twentyninth held-out part ``wb``, cases wb015–wb028: data messages with the application only
in an ODT, an RTF or two PDFs, an annotation that changes the attached file's contact, a data-box
ID in a mail signature, a TXT form with box characters, a forwarded .eml completed by the new
mail, a nested DOCX table with the IDs in its footer, an empty iPhone mail with a filming form,
an English PDF form with Yes/No columns, an XLSX with two sheets, a netmask block, a cover note
withdrawing a ticked box and a letter that gives the roles by "respektive". Written by hand
apart from the extraction rules (see make_twentyninth_wb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyninth_wb_common import (
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

J15, J16, J17, J18, J19 = (
    ico("2275104"),
    ico("2558301"),
    ico("7412059"),
    ico("0917364"),
    ico("2692780"),
)
J20, J21, J22, J24, J25 = (
    ico("0462815"),
    ico("2846317"),
    ico("0619452"),
    ico("2617295"),
    ico("2806512"),
)
J26, J27, J28 = ico("0715839"), ico("2264719"), ico("0052871")

CASES: list[dict[str, Any]] = [
    {
        "id": "wb015-databox-odt-tick-columns",
        "description": "data message with a one-word annotation; the ODT letter gives the roles "
        "by tick marks in 'produkční'/'testovací' columns and writes the IČ in pairs",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Kladno Info, z. ú.",
            J15,
            "kl4np2e",
            ["192.0.2.20", "192.0.2.21"],
            ["192.0.2.22"],
            "Lukáš Procházka",
            "prochazka@kladnoinfo.example",
            "+420312245870",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "kl4np2e",
            "sender": "Kladno Info, z. ú.",
            "address": "Váňova 1780, 272 01 Kladno",
        },
        "attachments": [
            (
                "odt",
                "zadost_KI.odt",
                [
                    "Kladno Info, z. ú.",
                    f"Váňova 1780, 272 01 Kladno, IČ: {J15[:2]} {J15[2:4]} {J15[4:6]} {J15[6:]}",
                    "Český statistický úřad",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Náš ústav vydává zpravodajský web kladnoinfo.example a žádá o zřízení "
                    "přístupu k serveru s výsledky voleb pro tyto adresy:",
                    [
                        ["IP adresa", "produkční", "testovací"],
                        ["192.0.2.20", "✓", ""],
                        ["192.0.2.21", "✓", ""],
                        ["192.0.2.22", "", "✓"],
                    ],
                    "Vyřizuje: Bc. Lukáš Procházka, prochazka@kladnoinfo.example, tel. 312 245 870",
                    "Ing. Marie Slaninová, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "wb016-signature-box-id-docx",
        "description": "cover mail whose signature carries IČO, DIČ and the data-box ID and a "
        "switchboard before the mobile; the DOCX names roles in running text",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Kroměřížské noviny, spol. s r.o.",
            J16,
            "hq7m3ze",
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.52"],
            "Alena Zapletalová",
            "zapletalova@kmnoviny.example",
            "+420739210447",
        ),
        "from": "Alena Zapletalová <zapletalova@kmnoviny.example>",
        "subject": "Žádost o přístup k XML – Kroměřížské noviny",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze Vám zasíláme žádost o přístup k výsledkům voleb. Kontaktní osobou "
            "jsem já.\n\n"
            "S pozdravem\n\n"
            "Alena Zapletalová\n"
            "vedoucí vydání\n"
            "Kroměřížské noviny, spol. s r.o.\n"
            "Velké náměstí 41, 767 01 Kroměříž\n"
            f"IČO: {J16} | DIČ: CZ{J16} | ID DS: hq7m3ze\n"
            "tel.: +420 573 330 100 (ústředna), mobil: +420 739 210 447\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_KN.docx",
                {
                    "blocks": [
                        "Věc: Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                        "Vážení,",
                        "Kroměřížské noviny budou o volbách průběžně informovat na webu "
                        "kmnoviny.example. Žádáme o přístup k výsledkům.",
                        "Pro ostrý provoz použijeme adresy 203.0.113.50 a 203.0.113.51, "
                        "pro testování adresu 203.0.113.52.",
                        "Kontaktní osoba: Alena Zapletalová, zapletalova@kmnoviny.example",
                        "V Kroměříži dne 18. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "wb017-txt-form-box-characters",
        "description": "a freelancer fills a TXT form with ballot-box characters, roles PROD/TEST "
        "and a spare test line; applies under her own name with an IČO",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Věra Kolářová",
            J17,
            None,
            ["198.51.100.33"],
            ["198.51.100.34", "198.51.100.35"],
            "Věra Kolářová",
            "vera.kolarova@kolarova-foto.example",
            "+420604887213",
        ),
        "from": "Věra Kolářová <vera.kolarova@kolarova-foto.example>",
        "subject": "Vyplněný formulář – volby 2025",
        "headers": ROUNDCUBE,
        "body": (
            "Zdravím,\n\n"
            "posílám vyplněný formulář, je v txt, Word doma nemám. Snad to nevadí.\n\n"
            "Věra Kolářová\n"
        ),
        "attachments": [
            (
                "txt",
                "formular_kolarova.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / POVOLENÍ K NATÁČENÍ\n"
                "=======================================================\n\n"
                "Žadatel: Věra Kolářová (OSVČ, fotografka a videoreportérka)\n"
                f"IČO: {J17}\n"
                "Adresa: Lipová 7, 779 00 Olomouc\n\n"
                "Žádám o:\n"
                "  ☑ přístup k výsledkům voleb ve formátu XML\n"
                "  ☑ povolení k natáčení na sběrném místě Olomouc\n\n"
                "PROD:  198.51.100.33\n"
                "TEST:  198.51.100.34\n"
                "TEST (rezerva): 198.51.100.35\n\n"
                "Kontakt: Věra Kolářová, 604 887 213, vera.kolarova@kolarova-foto.example\n",
            )
        ],
    },
    {
        "id": "wb018-forward-eml-adds-test-address",
        "description": "the applicant re-sends his earlier mail as an attached .eml and adds the "
        "test address the office asked for; the production addresses only in the attachment",
        "style": Style.FORWARD_EML,
        "labels": L(
            [FEED],
            "Poodří dnes s.r.o.",
            J18,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.77"],
            "Libor Hanzelka",
            "hanzelka@poodridnes.example",
            "+420556710283",
        ),
        "from": "Libor Hanzelka <hanzelka@poodridnes.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb – Poodří dnes",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "posílám znovu naši žádost z pondělí (v příloze). Do telefonu jste chtěli ještě "
            "testovací adresu, tak doplňuji: testovat budeme z 203.0.113.77. Jinak vše "
            "podle původní zprávy.\n\n"
            "Libor Hanzelka\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "wb018-inner",
                    "from": "Libor Hanzelka <hanzelka@poodridnes.example>",
                    "subject": "Žádost o přístup k výsledkům voleb – Poodří dnes",
                    "body": (
                        "Dobrý den,\n\n"
                        f"společnost Poodří dnes s.r.o., IČO {J18}, žádá o přístup "
                        "k průběžným výsledkům voleb ve formátu XML.\n\n"
                        "Produkční IP adresy: 203.0.113.70, 203.0.113.71\n\n"
                        "Kontakt: Libor Hanzelka, 556 710 283, hanzelka@poodridnes.example\n\n"
                        "Děkuji\nLibor Hanzelka\njednatel\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "wb019-databox-two-pdfs-agent",
        "description": "data message with the application and a power of attorney for a lawyer; "
        "the contact is the person the application names, production given as a range",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Brněnský týden a.s.",
            J19,
            "bt9w4cx",
            ["192.0.2.230", "192.0.2.231", "192.0.2.232"],
            ["192.0.2.239"],
            "Hana Stejskalová",
            "stejskalova@brnenskytyden.example",
            "+420543210977",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení; plná moc",
        "databox": {
            "box": "bt9w4cx",
            "sender": "Brněnský týden a.s.",
            "address": "Kounicova 688/26, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "zadost_BT.pdf",
                [
                    f"Brněnský týden a.s., Kounicova 688/26, 602 00 Brno, IČO {J19}",
                    "Věc: Žádost média – volby do Poslanecké sněmovny 2025",
                    "Žádáme:",
                    "1) o přístup k výsledkům voleb ve formátu XML – produkční adresy "
                    "192.0.2.230 až 192.0.2.232, testovací adresa 192.0.2.239;",
                    "2) o povolení k natáčení na sběrném místě v Brně (štáb 3 osoby).",
                    "Kontaktní osoba: Hana Stejskalová, stejskalova@brnenskytyden.example, "
                    "tel. 543 210 977",
                    "Ve věci nás zastupuje advokát na základě přiložené plné moci.",
                    "Ing. Zdeněk Fiala, předseda představenstva",
                ],
            ),
            (
                "pdf",
                "plna_moc_advokat.pdf",
                [
                    "PLNÁ MOC",
                    f"Brněnský týden a.s., IČO {J19}, zmocňuje Mgr. Ondřeje Vlka, advokáta, "
                    "ev. č. ČAK 17 442, Údolní 15, 602 00 Brno, tel. 541 000 318, "
                    "vlk@akvlk.example, k zastupování ve věci žádosti o přístup k výsledkům "
                    "voleb.",
                    "V Brně dne 8. 9. 2025",
                ],
            ),
        ],
    },
    {
        "id": "wb020-docx-nested-table-footer-ids",
        "description": "Gmail cover; a DOCX whose technical cell holds a nested role table and "
        "whose page footer carries the IČO and the data-box ID",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED],
            "Jablonecký měsíčník s.r.o.",
            J20,
            "f8w2kdm",
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.75"],
            "Petra Šírová",
            "sirova@jbmesicnik.example",
            "+420483119264",
        ),
        "from": "Petra Šírová <sirova@jbmesicnik.example>",
        "subject": "žádost o XML výsledky",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nžádost posílám v příloze.\n\nDěkuji, Petra Šírová\nJablonecký měsíčník\n"
        ),
        "html": (
            '<div dir="ltr">Dobrý den,<div><br></div><div>žádost posílám v příloze.</div>'
            "<div><br></div><div>Děkuji, Petra Šírová</div><div>Jablonecký měsíčník</div>"
            "</div>"
        ),
        "attachments": [
            (
                "docx",
                "zadost_jbm.docx",
                {
                    "footer": f"Jablonecký měsíčník s.r.o. · Mírové nám. 19, 466 01 Jablonec "
                    f"nad Nisou · IČO {J20} · ID DS: f8w2kdm",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Žadatel", "Jablonecký měsíčník s.r.o."],
                                ["Technické údaje", ""],
                                [
                                    "Kontaktní osoba",
                                    "Petra Šírová, sirova@jbmesicnik.example, 483 119 264",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.70"],
                                        ["produkční", "198.51.100.71"],
                                        ["testovací", "198.51.100.75"],
                                    ]
                                }
                            },
                        },
                        "V Jablonci nad Nisou 19. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "wb021-iphone-empty-docx-filming-form",
        "description": "an iPhone mail with nothing but the signature line; a DOCX form asks "
        "only for filming (XML box unticked)",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FILM],
            "Turnovská televize s.r.o.",
            J21,
            None,
            [],
            [],
            "Adéla Nosková",
            "noskova@turnovskatv.example",
            "+420605992407",
        ),
        "from": "Adéla Nosková <noskova@turnovskatv.example>",
        "subject": "Povolení natáčení",
        "headers": IPHONE,
        "body": "\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "docx",
                "Formular_TTV.docx",
                {
                    "blocks": [
                        "Žádost o povolení pořízení záznamu – volby 2025",
                        {
                            "rows": [
                                ["Žadatel", "Turnovská televize s.r.o."],
                                ["IČO", J21],
                                ["Požadovaná služba", "☐ XML výsledky    ☒ natáčení"],
                                ["Místo a čas", "sběrné místo Semily, 4. 10. 2025, 15–19 h"],
                                [
                                    "Kontakt",
                                    "Adéla Nosková, 605 992 407, noskova@turnovskatv.example",
                                ],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "wb022-databox-annotation-replaces-contact",
        "description": "data message whose annotation replaces the contact named in the "
        "attached RTF letter; production only, no test address",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Liberecký puls s.r.o.",
            J22,
            "lp6ra3k",
            ["198.51.100.140"],
            [],
            "Iva Šimková",
            "simkova@libereckypuls.example",
            "+420604117282",
        ),
        "subject": "Žádost o přístup k výsledkům voleb. Oproti příloze měníme kontaktní osobu: "
        "místo p. Krále bude kontaktem Iva Šimková, 604 117 282, "
        "simkova@libereckypuls.example.",
        "databox": {
            "box": "lp6ra3k",
            "sender": "Liberecký puls s.r.o.",
            "address": "Pražská 14, 460 01 Liberec",
        },
        "attachments": [
            (
                "rtf",
                "zadost_LP.rtf",
                [
                    f"Liberecký puls s.r.o., Pražská 14, 460 01 Liberec, IČO: {J22}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zřízení přístupu z produkční adresy 198.51.100.140. Testovací "
                    "prostředí nemáme.",
                    "Kontaktní osoba: Jaroslav Král, kral@libereckypuls.example, tel. 485 101 339",
                    "Jaroslav Král, jednatel",
                ],
            )
        ],
    },
    {
        "id": "wb023-english-pdf-yes-no-polish",
        "description": "Polish broadcaster, English PDF form with Yes/No columns (filming No), "
        "NIP and KRS numbers but no IČO, switchboard and mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Beskidy Cieszyn sp. z o.o.",
            None,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Tomasz Wójcik",
            "t.wojcik@radiobeskidy.example",
            "+48601229384",
        ),
        "from": "Tomasz Wójcik <t.wojcik@radiobeskidy.example>",
        "subject": "Election results XML - application form",
        "headers": TBIRD,
        "body": (
            "Good morning,\n\n"
            "we cover the Czech elections for our listeners on both sides of the border. "
            "The filled-in application form is attached.\n\n"
            "Best regards\n"
            "Tomasz Wójcik\n"
            "Head of IT, Radio Beskidy Cieszyn\n"
        ),
        "attachments": [
            (
                "pdf",
                "CZSO_form_RadioBeskidy.pdf",
                [
                    "APPLICATION FORM – MEDIA ACCESS, CZECH ELECTIONS 2025",
                    {
                        "rows": [
                            ["Applicant", "Radio Beskidy Cieszyn sp. z o.o."],
                            ["Registration", "KRS 0000418273, NIP 5482713360"],
                            ["Address", "ul. Głęboka 15, 43-400 Cieszyn, Poland"],
                        ],
                        "widths": [120, 300],
                    },
                    {
                        "rows": [
                            ["Service", "Yes", "No"],
                            ["Access to the XML results server", "X", ""],
                            ["Filming at a collection point", "", "X"],
                        ],
                        "widths": [240, 60, 60],
                    },
                    {
                        "rows": [
                            ["Production IP", "203.0.113.160, 203.0.113.161"],
                            ["Test IP", "203.0.113.170"],
                            ["Contact person", "Tomasz Wójcik"],
                            ["Phone", "+48 33 852 14 60 (office), +48 601 229 384 (mobile)"],
                            ["E-mail", "t.wojcik@radiobeskidy.example"],
                        ],
                        "widths": [120, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "wb024-xlsx-two-sheets-row-headers",
        "description": "iso-8859-2 Thunderbird mail from an assistant; an XLSX with the "
        "applicant on one sheet and roles as row headers with addresses across columns on "
        "another; the contact is named in the sheet",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Chebský kurýr, s. r. o.",
            J24,
            None,
            ["192.0.2.90", "192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Miroslav Tůma",
            "tuma@chebskykuryr.example",
            "+420354422871",
        ),
        "from": "Jitka Fialová <fialova@chebskykuryr.example>",
        "subject": "Žádost o přístup – Chebský kurýr",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "za Chebský kurýr posílám vyplněnou tabulku se žádostí o přístup k výsledkům "
            'voleb. Na listu "IP" jsou adresy.\n\n'
            "S pozdravem\n"
            "Jitka Fialová, asistentka redakce\n"
        ),
        "attachments": [
            (
                "xlsx",
                "chebskykuryr_zadost.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Chebský kurýr, s. r. o."],
                            ["IČO", J24],
                            ["Kontaktní osoba", "Miroslav Tůma"],
                            ["Telefon", "354 422 871"],
                            ["E-mail", "tuma@chebskykuryr.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["", "adresa 1", "adresa 2", "adresa 3"],
                            ["Produkční", "192.0.2.90", "192.0.2.91", "192.0.2.92"],
                            ["Testovací", "192.0.2.99", "", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "wb025-databox-rtf-netmask-block",
        "description": "data message; the RTF letter gives production as an address with a "
        "netmask (four addresses) next to a software version, no test address",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Regionální vysílání Hradec a.s.",
            J25,
            "hv2c8nb",
            ["198.51.100.48", "198.51.100.49", "198.51.100.50", "198.51.100.51"],
            [],
            "Daniel Pokorný",
            "pokorny@rvhradec.example",
            "+420495513204",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – RV Hradec",
        "databox": {
            "box": "hv2c8nb",
            "sender": "Regionální vysílání Hradec a.s.",
            "address": "Gočárova třída 1620, 500 02 Hradec Králové",
        },
        "attachments": [
            (
                "rtf",
                "RVH_zadost.rtf",
                [
                    f"Regionální vysílání Hradec a.s. | IČO {J25} | ID DS hv2c8nb",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Výsledky bude stahovat náš systém (stahovač v 2.10.4) z produkčního "
                    "segmentu 198.51.100.48 / 255.255.255.252. Testovací adresy nepoužijeme.",
                    "Kontakt: Daniel Pokorný, správce systémů, pokorny@rvhradec.example, "
                    "495 513 204",
                    "Hradec Králové 16. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "wb026-cover-withdraws-ticked-filming",
        "description": "the cover mail says filming was ticked by mistake in the attached PDF "
        "form, which has both boxes ticked",
        "style": Style.AMENDMENT,
        "labels": L(
            [FEED],
            "Orlické listy s.r.o.",
            J26,
            None,
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Michaela Kyselová",
            "kyselova@orlickelisty.example",
            "+420465320118",
        ),
        "from": "Michaela Kyselová <kyselova@orlickelisty.example>",
        "subject": "žádost Orlické listy",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "posílám formulář. Ve formuláři je omylem zaškrtnuté i natáčení – to "
            "nechceme, žádáme jen o přístup k XML. Formulář už nemám jak opravit, "
            "tiskárna nám nefunguje.\n\n"
            "Děkuji\nMichaela Kyselová\n465 320 118\n"
        ),
        "attachments": [
            (
                "pdf",
                "sken_formular.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / O POVOLENÍ NATÁČENÍ",
                    f"Žadatel: Orlické listy s.r.o.     IČO: {J26}",
                    "☒ přístup k výsledkům ve formátu XML\n☒ natáčení na sběrném místě",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["203.0.113.60", "203.0.113.61"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Michaela Kyselová, tel. 465 320 118, "
                    "kyselova@orlickelisty.example",
                ],
            )
        ],
    },
    {
        "id": "wb027-odt-respectively-version",
        "description": "Gmail cover; the ODT gives production and test by 'respektive' in one "
        "sentence and names a downloader version that looks like an address",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Mostecký zpravodaj, z. s.",
            J27,
            None,
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Jakub Stránský",
            "jakub.stransky@mosteckyzpravodaj.example",
            "+420731006542",
        ),
        "from": "Jakub Stránský <jakub.stransky@mosteckyzpravodaj.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\nv příloze posílám žádost spolku Mostecký zpravodaj.\n"
            "Díky, Jakub Stránský\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_MZ.odt",
                [
                    f"Mostecký zpravodaj, z. s., Radniční 1/2, 434 01 Most, IČO {J27}",
                    "Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    "Výsledky bude stahovat aplikace VolbyFetch 2.4.1.7 běžící na našich "
                    "serverech. Adresy 192.0.2.44 a 192.0.2.45 budou sloužit k ostrému "
                    "provozu, respektive k testování.",
                    "Kontaktní osoba: Jakub Stránský, tel. 731 006 542, "
                    "jakub.stransky@mosteckyzpravodaj.example",
                    "Za spolek: Jakub Stránský, předseda",
                ],
            )
        ],
    },
    {
        "id": "wb028-databox-annotation-and-txt-agree",
        "description": "data message from a municipality: the annotation and the TXT file both "
        "carry the application (IČ in the annotation, contact in the file)",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Obec Stará Hůrka",
            J28,
            "oh3f7yt",
            ["198.51.100.30"],
            ["198.51.100.31"],
            "Jiří Měchura",
            "starosta@starahurka.example",
            "+420382291044",
        ),
        "subject": f"Obec Stará Hůrka, IČ {J28}: žádost o přístup k XML výsledkům voleb pro "
        "obecní web, prod 198.51.100.30, test 198.51.100.31. Podrobnosti v příloze.",
        "databox": {
            "box": "oh3f7yt",
            "sender": "Obec Stará Hůrka",
            "address": "Stará Hůrka 12, 398 04 Stará Hůrka",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Obec Stará Hůrka\n"
                "Stará Hůrka 12, 398 04\n\n"
                "Věc: žádost o přístup k výsledkům voleb\n\n"
                "Obec žádá o přístup k výsledkům voleb ve formátu XML, chceme je zobrazovat "
                "na obecním webu starahurka.example.\n\n"
                "produkční adresa: 198.51.100.30\n"
                "testovací adresa: 198.51.100.31\n\n"
                "Kontakt: Jiří Měchura, starosta, tel. 382 291 044, starosta@starahurka.example\n",
            )
        ],
    },
]
