"""Nineteenth held-out part ``mb``, cases mb029–mb042: a PDF-only data message with a /31 block
and the IČO in groups, a DOCX whose address table is nested in a cell, an S/MIME-signed mail with
a PDF and a data-box ID in the signature, a Polish TAK/NIE form in ODT, an XLSX with IPv6 in a
data message, a cover note handing the contact over to a colleague, a freelancer's RTF form, a
data message whose annotation withdraws a box ticked in the file, an empty mail carrying an
earlier application as .eml, a DOCX with a merged role cell, a system-generated TXT in a data
message, an HTML ANO/NE table with abbreviated roles, a university's data message and an English
cover for a Czech PDF with an address range. Written by hand apart from the extraction rules (see
make_nineteenth_mb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.nineteenth_mb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

K1, K2, K3, K5, K6 = (
    ico("2684510"),
    ico("4928371"),
    ico("0573196"),
    ico("0263518"),
    ico("2804672"),
)
K7, K8, K9, K10, K11 = (
    ico("7319284"),
    ico("2551690"),
    ico("4621803"),
    ico("0447925"),
    ico("0918374"),
)
K12, K13, K14 = ico("2931706"), ico("2648097"), ico("0786532")

_BOUNCED: dict[str, Any] = {
    "id": "mb037-inner",
    "from": "Tadeáš Novák <novak@pisecky-tydenik.example>",
    "to": "podatelna@czso.invalid",
    "subject": "Žádost o přístup k výsledkům voleb",
    "headers": TBIRD,
    "body": (
        "Dobrý den,\n\n"
        "vydavatelství Písecký týdeník s.r.o. (IČ " + K9 + ") žádá o zřízení přístupu "
        "k serveru s výsledky voleb ve formátu XML.\n\n"
        "Produkční adresa: 192.0.2.55\n"
        "Testovací adresu nepotřebujeme.\n\n"
        "Kontaktní osoba: Tadeáš Novák, mobil +420 739 116 284\n\n"
        "S pozdravem\nTadeáš Novák\nPísecký týdeník\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "mb029-databox-pdf-block-ico-groups",
        "description": "PDF-only data message: letterhead with the IČO in digit groups and the "
        "sender's box, the office's box in the address block, production as a /31 block",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Lužické noviny s.r.o.",
            K1,
            "q5ej2rv",
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.180"],
            "Drahomíra Černá",
            "cerna@luzickenoviny.example",
            "+420487521330",
        ),
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "databox": {
            "box": "q5ej2rv",
            "sender": "Lužické noviny s.r.o.",
            "address": "Náměstí T. G. Masaryka 2, 470 01 Česká Lípa",
        },
        "attachments": [
            (
                "pdf",
                "LN_zadost_CSU.pdf",
                [
                    "<b>LUŽICKÉ NOVINY s.r.o.</b>\nNáměstí T. G. Masaryka 2, 470 01 Česká "
                    f"Lípa\nIČ: {K1[:2]} {K1[2:5]} {K1[5:]} · DS: q5ej2rv",
                    "Adresát:\nČeský statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                    "datová schránka 2gfaasy",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Vážení, žádáme o zpřístupnění serveru s výsledky voleb do zastupitelstev "
                    "obcí. Produkční servery mají adresy 192.0.2.170/31, testovací server "
                    "192.0.2.180.",
                    "Kontaktní osoba: Drahomíra Černá, tel. 487 521 330, "
                    "cerna@luzickenoviny.example",
                    "Česká Lípa 22. 9. 2026\nPetr Moravec, jednatel",
                ],
            )
        ],
    },
    {
        "id": "mb030-docx-nested-table-assistant-sends",
        "description": "an assistant sends the DOCX; its address table is nested in a cell "
        "with the column 'prod. záloha'; the contact is the named manager",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Východočeská televize V1 a.s.",
            K2,
            None,
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.109"],
            "Simona Kratochvílová",
            "kratochvilova@v1tv.example",
            "+420495800217",
        ),
        "from": "Hana Pokorná <pokorna@v1tv.example>",
        "subject": "Žádost V1 – výsledky voleb a natáčení",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "na žádost paní Kratochvílové zasílám v příloze žádost naší televize. Případné "
            "dotazy prosím směřujte přímo na ni.\n\n"
            "S pozdravem\n"
            "Hana Pokorná\nasistentka generálního ředitele\nVýchodočeská televize V1\n"
            "tel. 495 800 200\n"
        ),
        "attachments": [
            (
                "docx",
                "V1_zadost_CSU_2026.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        {
                            "rows": [
                                ["Žadatel", f"Východočeská televize V1 a.s., IČO {K2}"],
                                [
                                    "Požadavky",
                                    "přístup k XML výsledkům voleb; natáčení na sběrném "
                                    "místě Hradec Králové",
                                ],
                                ["IP adresy", ""],
                                [
                                    "Kontakt",
                                    "Simona Kratochvílová, vedoucí vysílání, 495 800 217, "
                                    "kratochvilova@v1tv.example",
                                ],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["produkce", "prod. záloha", "test"],
                                        ["198.51.100.101", "198.51.100.102", "198.51.100.109"],
                                    ]
                                }
                            },
                        },
                        "Hradec Králové, 12. 9. 2026",
                    ]
                },
            )
        ],
    },
    {
        "id": "mb031-smime-pdf-no-test-databox-signature",
        "description": "S/MIME-signed Outlook mail with a PDF letter, three production addresses "
        "and no test environment; the data-box ID only in the mail's signature",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Kapitál Media a.s.",
            K3,
            "u7gk3xp",
            ["203.0.113.44", "203.0.113.45", "203.0.113.46"],
            [],
            "Tomáš Říha",
            "riha@kapitalmedia.example",
            "+420608552714",
        ),
        "from": "Tomáš Říha <riha@kapitalmedia.example>",
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám žádost společnosti Kapitál Media a.s. o přístup k výsledkům "
            "voleb. E-mail je podepsán elektronickým podpisem.\n\n"
            "S pozdravem\n\n"
            "Tomáš Říha\n"
            "CTO | Kapitál Media a.s.\n"
            "Rohanské nábřeží 678/25, 186 00 Praha 8\n"
            "mob.: +420 608 552 714\n"
            "ID datové schránky: u7gk3xp\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_KapitalMedia.pdf",
                [
                    f"Kapitál Media a.s. · IČO: {K3} · Rohanské nábřeží 678/25, Praha 8",
                    "<b>Žádost o přístup k serveru s výsledky voleb</b>",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML pro ekonomický "
                    "zpravodajský web kapital.example. Produkční adresy: 203.0.113.44, "
                    "203.0.113.45 a 203.0.113.46. Testovací prostředí nemáme.",
                    "Kontaktní osoba: Tomáš Říha, riha@kapitalmedia.example, +420 608 552 714",
                    "V Praze dne 10. 9. 2026",
                ],
            )
        ],
    },
    {
        "id": "mb032-polish-odt-tak-nie",
        "description": "Polish radio without an IČO: English cover, a Polish ODT form with "
        "TAK/NIE brackets (feed yes, filming no) and an IPv6 test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Beskid Cieszyn sp. z o.o.",
            None,
            None,
            ["198.51.100.180"],
            ["2001:db8:77::1"],
            "Katarzyna Wójcik",
            "wojcik@radiobeskid.example",
            "+48338521470",
        ),
        "from": "Katarzyna Wójcik <wojcik@radiobeskid.example>",
        "subject": "Request for XML election results - Radio Beskid Cieszyn",
        "headers": ZIMBRA,
        "body": (
            "Good morning,\n\n"
            "we are a local radio station in Cieszyn, just across the border, and our "
            "listeners follow Czech municipal elections closely. Please find our filled-in "
            "form attached (in Polish, I hope that is OK).\n\n"
            "Kind regards / Z poważaniem\n"
            "Katarzyna Wójcik\n"
            "Radio Beskid Cieszyn sp. z o.o.\n"
            "NIP 548-262-71-33\n"
            "tel. +48 33 852 14 70\n"
        ),
        "attachments": [
            (
                "odt",
                "wniosek_CSU.odt",
                [
                    "WNIOSEK / APPLICATION",
                    "Wnioskodawca: Radio Beskid Cieszyn sp. z o.o., ul. Głęboka 15, "
                    "43-400 Cieszyn, Polska",
                    "Dostęp do danych XML z wynikami wyborów: [X] TAK  [ ] NIE",
                    "Zezwolenie na filmowanie / nagrywanie: [ ] TAK  [X] NIE",
                    [
                        ["Rodzaj adresu", "Adres IP"],
                        ["produkcyjny", "198.51.100.180"],
                        ["testowy", "2001:db8:77::1"],
                    ],
                    "Osoba kontaktowa: Katarzyna Wójcik, wojcik@radiobeskid.example, "
                    "+48 33 852 14 70",
                ],
            )
        ],
    },
    {
        "id": "mb033-databox-xlsx-ipv6-production",
        "description": "data message; an XLSX key–value sheet with an IPv6 and an IPv4 "
        "production address and an IPv6 test address",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Institut datové žurnalistiky, z. s.",
            K5,
            "n8bc4yt",
            ["2001:db8:1f0:2::10", "192.0.2.222"],
            ["2001:db8:1f0:2::20"],
            "Adam Kolář",
            "kolar@idz.example",
            "+420608441205",
        ),
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML (příloha XLSX)",
        "databox": {
            "box": "n8bc4yt",
            "sender": "Institut datové žurnalistiky, z. s.",
            "address": "Cejl 62, 602 00 Brno",
        },
        "attachments": [
            (
                "xlsx",
                "IDZ_zadost.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Institut datové žurnalistiky, z. s."],
                            ["IČO", K5],
                            ["Produkční IPv6", "2001:db8:1f0:2::10"],
                            ["Produkční IPv4", "192.0.2.222"],
                            ["Testovací", "2001:db8:1f0:2::20"],
                            ["Kontaktní osoba", "Adam Kolář"],
                            ["E-mail", "kolar@idz.example"],
                            ["Telefon", "608 441 205"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "mb034-cover-hands-contact-to-colleague",
        "description": "the PDF names the sender as contact; her cover says she is leaving and "
        "names a colleague with his own e-mail and phone instead",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jižní listy, s.r.o.",
            K6,
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Matěj Dvořák",
            "dvorak@jiznilisty.example",
            "+420734220981",
        ),
        "from": "Jitka Holá <hola@jiznilisty.example>",
        "subject": "Žádost o XML – Jižní listy",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost Jižních listů. Od října u nás končím, takže jako kontaktní osobu "
            "prosím místo mě uveďte kolegu Matěje Dvořáka (dvorak@jiznilisty.example, "
            "734 220 981). V PDF je ještě moje jméno, to už jsem nepřepisovala.\n\n"
            "Děkuji a zdravím\n"
            "Jitka Holá\n"
        ),
        "attachments": [
            (
                "pdf",
                "JL_zadost.pdf",
                [
                    f"<b>Jižní listy, s.r.o.</b>, Lannova 16, 370 01 České Budějovice, IČO {K6}",
                    "Žádost o přístup k serveru s výsledky voleb (XML)",
                    "Produkční IP: 192.0.2.240\nTestovací IP: 192.0.2.241",
                    "Kontaktní osoba: Jitka Holá, 734 118 502, hola@jiznilisty.example",
                ],
            )
        ],
    },
    {
        "id": "mb035-rtf-freelancer-form-brackets",
        "description": "a one-man streaming business (natural person with an IČO) sends an RTF "
        "form with both boxes [x] and one production address; iso-8859-2 mail",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Filip Drápal",
            K7,
            None,
            ["203.0.113.5"],
            [],
            "Filip Drápal",
            "filip@fdvideo.example",
            "+420777902334",
        ),
        "from": "Filip Drápal <filip@fdvideo.example>",
        "subject": "zadost - formular",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "posílám vyplněný formulář. Dělám živé přenosy pro místní televizi ve Valašském "
            "Meziříčí a rád bych letos poprvé natáčel i na sběrném místě.\n\n"
            "Filip Drápal\nFD Video\n"
        ),
        "attachments": [
            (
                "rtf",
                "formular_FD.rtf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / POVOLENÍ NATÁČENÍ",
                    f"Žadatel: Filip Drápal (podnikající fyzická osoba, obchodní značka FD "
                    f"Video), IČO {K7}",
                    "[x] přístup k XML výsledkům voleb",
                    "[x] povolení natáčet na sběrném místě (Vsetín)",
                    [
                        ["Produkční IP", "203.0.113.5"],
                        ["Testovací IP", "nemám"],
                        ["Kontakt", "Filip Drápal, 777 902 334, filip@fdvideo.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "mb036-databox-annotation-withdraws-filming",
        "description": "data message: the ODT form ticks both boxes, the annotation says the "
        "filming box was ticked by mistake and is not requested",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Karlovarské noviny a.s.",
            K8,
            "t4vp8ka",
            ["198.51.100.121", "198.51.100.122"],
            ["198.51.100.129"],
            "Renata Hofmanová",
            "hofmanova@kvnoviny.example",
            "+420353221604",
        ),
        "subject": "Žádost o přístup k XML – formulář v příloze. Pozn.: natáčení je ve "
        "formuláři zaškrtnuté omylem, o povolení natáčení nežádáme.",
        "databox": {
            "box": "t4vp8ka",
            "sender": "Karlovarské noviny a.s.",
            "address": "Bělehradská 1128/15, 360 01 Karlovy Vary",
        },
        "attachments": [
            (
                "odt",
                "formular_KN.odt",
                [
                    f"Karlovarské noviny a.s., IČO {K8}",
                    "Žádost – volby do zastupitelstev obcí 2026",
                    "[X] přístup k výsledkům voleb ve formátu XML",
                    "[X] povolení pořizovat záznam na sběrném místě",
                    [
                        ["Produkční IP", "198.51.100.121, 198.51.100.122"],
                        ["Testovací IP", "198.51.100.129"],
                        ["Kontaktní osoba", "Renata Hofmanová"],
                        ["Telefon", "353 221 604"],
                        ["E-mail", "hofmanova@kvnoviny.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "mb037-empty-body-bounced-eml",
        "description": "a forward with an empty body whose only content is the earlier "
        "application attached as .eml (it had bounced from a mistyped address)",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Písecký týdeník s.r.o.",
            K9,
            None,
            ["192.0.2.55"],
            [],
            "Tadeáš Novák",
            "novak@pisecky-tydenik.example",
            "+420739116284",
        ),
        "from": "Tadeáš Novák <novak@pisecky-tydenik.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "",
        "attachments": [("eml", "Žádost o přístup k výsledkům voleb.eml", _BOUNCED)],
    },
    {
        "id": "mb038-docx-merged-role-ico-groups",
        "description": "Gmail cover; the DOCX table's 'Produkce' cell is merged over three "
        "address rows, the IČO written in groups beside the DIČ, no test address",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Orlický týdeník s.r.o.",
            K10,
            None,
            ["198.51.100.240", "198.51.100.241", "198.51.100.242"],
            [],
            "Vladimír Hejl",
            "hejl@orlickytydenik.example",
            "+420494531227",
        ),
        "from": "Vladimír Hejl <hejl@orlickytydenik.example>",
        "subject": "Žádost o přístup – Orlický týdeník",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nv příloze žádost, IP jsou v tabulce.\n\nVladimír Hejl\n",
        "attachments": [
            (
                "docx",
                "zadost_OT.docx",
                {
                    "blocks": [
                        "Orlický týdeník s.r.o., Komenského 6, 516 01 Rychnov nad Kněžnou",
                        f"IČ: {K10[:3]} {K10[3:5]} {K10[5:]}, DIČ: CZ{K10}",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["Produkce", "198.51.100.240"],
                                ["", "198.51.100.241"],
                                ["", "198.51.100.242"],
                            ],
                            "merge": [(1, 0, 3, 0)],
                        },
                        "Testovací prostředí nepoužíváme.",
                        "Kontakt: Vladimír Hejl, tel. 494 531 227, hejl@orlickytydenik.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "mb039-databox-system-txt",
        "description": "data message with a TXT generated by the sender's filing system: "
        "key-value lines with (ano)/(ne) request types and addresses separated by semicolons",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Region24 s.r.o.",
            K11,
            "c6wd3rs",
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.188"],
            "Dominik Sýkora",
            "sykora@region24.example",
            "+420776004391",
        ),
        "subject": "Žádost o přístup – data v příloze (TXT)",
        "databox": {
            "box": "c6wd3rs",
            "sender": "Region24 s.r.o.",
            "address": "Palackého 740/1, 301 00 Plzeň",
            "ref": "R24/2026/0912",
        },
        "attachments": [
            (
                "txt",
                "zadost_R24_2026_0912.txt",
                "Dokument vygenerován: eSpis Lite 5.12.3, 2026-09-23 08:15\n"
                "Č. j.: R24/2026/0912\n"
                "----------------------------------------\n"
                "Žadatel: Region24 s.r.o.\n"
                f"IČO: {K11}\n"
                "Typ žádosti: přístup k XML (ano); natáčení (ne)\n"
                "IP produkce: 203.0.113.180; 203.0.113.181\n"
                "IP test: 203.0.113.188\n"
                "Kontakt: Dominik Sýkora / +420 776 004 391 / sykora@region24.example\n"
                "----------------------------------------\n",
            )
        ],
    },
    {
        "id": "mb040-html-ano-ne-table-abbreviations",
        "description": "HTML-only Roundcube mail: an ANO/NE table with both marked ANO, roles "
        "abbreviated 'prod.', 'záloha', 'TST'; a mobile after the switchboard",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Brněnský Metropol s.r.o.",
            K12,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "Klára Vaňková",
            "vankova@brnenskymetropol.example",
            "+420776500118",
        ),
        "from": "Klára Vaňková <vankova@brnenskymetropol.example>",
        "subject": "Žádost Brněnský Metropol – XML + natáčení",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "html": (
            "<html><body><div style='font-family:Verdana,sans-serif;font-size:10pt'>"
            "<p>Dobrý den,</p>"
            f"<p>za Brněnský Metropol s.r.o. (IČO {K12}) žádáme o:</p>"
            "<table border='1' cellspacing='0' cellpadding='3'>"
            "<tr><th></th><th>ANO</th><th>NE</th></tr>"
            "<tr><td>přístup k výsledkům voleb v XML</td><td>X</td><td></td></tr>"
            "<tr><td>povolení natáčet na sběrném místě Brno</td><td>X</td><td></td></tr>"
            "</table>"
            "<p>IP adresy: prod. 192.0.2.130, záloha 192.0.2.131, TST 192.0.2.139</p>"
            "<p>Kontakt: Klára Vaňková, tel. 541 009 300 (ústředna), mobil 776 500 118</p>"
            "<p>Děkuji,<br>Klára Vaňková<br>šéfredaktorka</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "mb041-databox-university-odt",
        "description": "a private university's data message: the annotation names both "
        "requests, the ODT gives the addresses and a contact with academic degrees",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Vysoká škola žurnalistiky a médií, o.p.s.",
            K13,
            "v9ka2ur",
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.210"],
            "Pavel Jirásek",
            "jirasek@vszm.example",
            "+420377633105",
        ),
        "subject": "Žádost VŠŽM o přístup k výsledkům voleb (XML) a o povolení natáčení "
        "studentské televize",
        "databox": {
            "box": "v9ka2ur",
            "sender": "Vysoká škola žurnalistiky a médií, o.p.s.",
            "address": "Sady Pětatřicátníků 14, 301 00 Plzeň",
        },
        "attachments": [
            (
                "odt",
                "VSZM_zadost_CSU.odt",
                [
                    "Vysoká škola žurnalistiky a médií, o.p.s.",
                    f"Sady Pětatřicátníků 14, 301 00 Plzeň, IČO {K13}",
                    "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Naše studentská televize VŠŽM TV připravuje volební studio. Žádáme o "
                    "přístup k serveru s výsledky ve formátu XML a o povolení natáčet na "
                    "sběrném místě v Plzni.",
                    [
                        ["Server", "IP adresa", "Použití"],
                        ["studio-1", "198.51.100.200", "produkce"],
                        ["studio-2", "198.51.100.201", "produkce"],
                        ["lab-07", "198.51.100.210", "test"],
                    ],
                    "Kontaktní osoba: doc. Mgr. Pavel Jirásek, Ph.D., vedoucí katedry "
                    "audiovize, tel. +420 377 633 105, jirasek@vszm.example",
                ],
            )
        ],
    },
    {
        "id": "mb042-english-cover-czech-pdf-range",
        "description": "English cover for a Czech PDF; the cover and the PDF name the "
        "developer as contact, the test addresses written as a range '61–62'",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Prague Monitor Media s.r.o.",
            K14,
            None,
            ["203.0.113.60"],
            ["203.0.113.61", "203.0.113.62"],
            "Tomáš Veselý",
            "vesely@praguemonitor.example",
            "+420725613448",
        ),
        "from": "Anna Richter <richter@praguemonitor.example>",
        "subject": "Application - election results XML (Prague Monitor)",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "please find attached our application (in Czech, my colleague kindly helped "
            "with it). For any technical questions please contact our developer Tomáš "
            "Veselý directly: vesely@praguemonitor.example, +420 725 613 448.\n\n"
            "Best,\n"
            "Anna Richter\n"
            "Managing Editor, Prague Monitor\n"
            "+420 602 990 117\n"
        ),
        "attachments": [
            (
                "pdf",
                "PMM_zadost_CSU.pdf",
                [
                    "<b>Prague Monitor Media s.r.o.</b>\nVodičkova 791/41, 110 00 Praha 1\n"
                    f"IČO: {K14}",
                    "Žádost o přístup k serveru s výsledky voleb ve formátu XML",
                    "Produkční adresa: 203.0.113.60\nTestovací adresy: 203.0.113.61–62",
                    "Kontaktní osoba: Tomáš Veselý (vývojář), vesely@praguemonitor.example, "
                    "+420 725 613 448",
                    "Za společnost: Anna Richter, šéfredaktorka",
                ],
            )
        ],
    },
]
