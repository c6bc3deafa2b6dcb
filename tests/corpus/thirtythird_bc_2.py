"""Thirty-third held-out part ``bc``, cases bc015–bc028: an Austrian publisher with a netmask, a
Slovak TV with a short range, a news agency with a conditional filming request, a freelancer's
DOCX, a forward from IT with an address to be retired, a data message only in a DOCX, an English
contractor using "respectively", Czech order words, a Danish-English mail declining filming, an
XLSX with merged role cells, a withdrawn feed request, IPv6 in HTML, a town's PDF with a /31 and
a temporary test host, and a Polish radio putting filming off. Written by hand apart from the
extraction rules (see make_thirtythird_bc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtythird_bc_common import (
    APPLE,
    CLAWS,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MUTT,
    OUTLOOK,
    PROTON,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    ico,
)

I16, I17, I18, I19 = ico("5074418"), ico("2619052"), ico("7403112"), ico("2815770")
I20, I22, I24, I25 = ico("2745639"), ico("0490613"), ico("2698034"), ico("6302187")
I26, I27 = ico("0884412"), ico("0025801")

CASES: list[dict[str, Any]] = [
    {
        "id": "bc015-austrian-netmask-block",
        "description": "Austrian German: production as a network with a netmask (four "
        "addresses), the test address by its last octet, a UID whose digits look like an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Salzach Kurier Verlags GmbH",
            None,
            None,
            ["198.51.100.88", "198.51.100.89", "198.51.100.90", "198.51.100.91"],
            ["198.51.100.92"],
            "Verena Huber",
            "v.huber@salzachkurier.example",
            "+4366284011733",
        ),
        "from": '"Mag. Verena Huber" <v.huber@salzachkurier.example>',
        "subject": "Zugang XML-Wahlergebnisse / Salzach Kurier",
        "headers": APPLE,
        "charset": "iso-8859-1",
        "body": (
            "Grüß Gott,\n\n"
            "wir - die Salzach Kurier Verlags GmbH - ersuchen um Zugang zu den "
            "Wahlergebnissen im XML-Format für unsere Online-Ausgabe.\n\n"
            "Produktion: Netz 198.51.100.88 mit Maske 255.255.255.252\n"
            "Für Tests nutzen wir die .92 aus demselben Netz.\n\n"
            "Ansprechperson bin ich selbst, Durchwahl +43 662 840 117-33.\n\n"
            "Beste Grüße aus Salzburg\nMag. Verena Huber\nLeitung Digital\n"
            "Salzach Kurier Verlags GmbH | FN 284117 t | UID ATU71234562\n"
        ),
    },
    {
        "id": "bc016-slovak-tv-short-range",
        "description": "Slovak TV: production as a range written with only the last octet "
        "at its end, a separate test, IČO with spaces, Slovak mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "TV Záhorie, s. r. o.",
            I16,
            None,
            ["192.0.2.180", "192.0.2.181", "192.0.2.182"],
            ["192.0.2.190"],
            "Zuzana Mikulová",
            "mikulova@tvzahorie.example",
            "+421908552139",
        ),
        "from": "Zuzana Mikulová <mikulova@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb v XML",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý deň,\n\n"
            "TV Záhorie, s. r. o., IČO "
            f"{I16[:2]} {I16[2:5]} {I16[5:]}, žiada o prístup k výsledkom českých volieb vo "
            "formáte XML (vysielame aj pre divákov na českej strane hranice).\n\n"
            "Produkčné adresy: 192.0.2.180 – 182\n"
            "Testovacia adresa: 192.0.2.190\n\n"
            "Kontaktná osoba: Zuzana Mikulová, mobil 0908 552 139\n\n"
            "S pozdravom\nZuzana Mikulová\nvedúca spravodajstva\n"
        ),
    },
    {
        "id": "bc017-agency-html-conditional-filming",
        "description": "HTML Outlook mail from a news agency: primary/secondary/test "
        "addresses, filming asked 'if possible' (still asked), the contact a desk editor",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Středoevropská tisková agentura, a.s.",
            I17,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.245"],
            "Filip Stejskal",
            "stejskal@steta.example",
            "+420724300871",
        ),
        "from": "Redakce STETA <redakce@steta.example>",
        "subject": "Žádost STETA – výsledky voleb XML + natáčení",
        "headers": OUTLOOK,
        "html": (
            "<html><head><meta charset='utf-8'></head><body>"
            "<div style='font-family:Calibri,sans-serif;font-size:11pt'>"
            "<p>Dobrý den,</p>"
            "<p>Středoevropská tisková agentura, a.s. (IČO "
            f"{I17}) žádá o přístup k serveru s výsledky voleb ve formátu XML.</p>"
            "<ul><li>primární: <b>203.0.113.240</b></li>"
            "<li>sekundární: <b>203.0.113.241</b></li>"
            "<li>testovací: <b>203.0.113.245</b></li></ul>"
            "<p>Pokud to bude možné, prosíme zároveň o povolení pro našeho kameramana "
            "natáčet ve sběrném místě v Brně (volební noc, cca 2 hodiny).</p>"
            "<p>Kontaktní osobou je vedoucí domácí desky Filip Stejskal, "
            "<a href='mailto:stejskal@steta.example'>stejskal@steta.example</a>, "
            "tel. +420 724 300 871.</p>"
            "<p>S pozdravem<br>Redakce STETA<br>Karlovo nám. 12, 120 00 Praha 2<br>"
            "tel. 222 140 100</p></div></body></html>"
        ),
    },
    {
        "id": "bc018-freelancer-docx-application",
        "description": "a freelance journalist's DOCX application with a table, her IČO "
        "written 'IČ: 123 45 678', her degree in the signature, a single address",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Klára Wünschová",
            I18,
            None,
            ["198.51.100.57"],
            [],
            "Klára Wünschová",
            "klara@wunschova.example",
            "+420776118902",
        ),
        "from": "Klára Wünschová <klara@wunschova.example>",
        "subject": "žádost – přístup k výsledkům (OSVČ)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost. Jsem OSVČ, píšu o volbách pro několik "
            "regionálních webů a výsledky zpracovávám na vlastním serveru.\n\n"
            "Děkuji, Klára Wünschová\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_Wunschova.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Žadatel", "Bc. Klára Wünschová (OSVČ)"],
                                ["IČ", f"{I18[:3]} {I18[3:5]} {I18[5:]}"],
                                ["Produkční IP", "198.51.100.57"],
                                ["Testovací IP", "nebude – testuji z produkční adresy"],
                                ["Telefon", "776 118 902"],
                                ["E-mail", "klara@wunschova.example"],
                            ]
                        },
                        "V Liberci dne 2. 9. 2025",
                        "Bc. Klára Wünschová",
                    ],
                    "footer": "Klára Wünschová · Husova 31, 460 01 Liberec",
                },
            )
        ],
    },
    {
        "id": "bc019-forward-from-it-retired-address",
        "description": "an editor forwards IT's mail: a production range, a test address, "
        "an old address to be retired; the editor names an IT colleague as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jihočeský týdeník s.r.o.",
            I19,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.70"],
            "Radek Malina",
            "malina@jihotydenik.example",
            "+420603877145",
        ),
        "from": "Ivana Šulcová <sulcova@jihotydenik.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"za Jihočeský týdeník s.r.o. (IČO {I19}) žádám o přístup k XML s výsledky "
            "voleb. Technické údaje přeposílám od našeho IT, kontaktní osobou bude kolega "
            "Radek Malina, tel. 603 877 145, malina@jihotydenik.example.\n\n"
            "Ivana Šulcová, šéfredaktorka\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Radek Malina <malina@jihotydenik.example>\n"
            "Date: po 1. 9. 2025 v 9:12\n"
            "Subject: adresy pro ČSÚ\n"
            "To: Ivana Šulcová <sulcova@jihotydenik.example>\n\n"
            "Ahoj Ivano,\n"
            "pro ČSÚ: prod 203.0.113.60-61, test 203.0.113.70.\n"
            "Starou 203.0.113.50 po migraci rušíme, tu už neuváděj.\n"
            "R.\n"
        ),
    },
    {
        "id": "bc020-databox-docx-only-office-box-in-letter",
        "description": "data message with a one-word annotation: the application only in a "
        "DOCX with a row-header table, the letter's address block has the office's box ID",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediální dům Krkonoše s.r.o.",
            I20,
            "km7dh3p",
            ["192.0.2.210"],
            ["192.0.2.211"],
            "Jakub Erben",
            "erben@mdkrkonose.example",
            "+420499733016",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "km7dh3p",
            "sender": "Mediální dům Krkonoše s.r.o.",
            "address": "Horská 210, 543 01 Vrchlabí",
        },
        "attachments": [
            (
                "docx",
                "zadost_XML_MDK.docx",
                {
                    "header": "Mediální dům Krkonoše s.r.o. | Horská 210, 543 01 Vrchlabí",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n"
                        "ID datové schránky: 2gfaasy",
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        f"Mediální dům Krkonoše s.r.o., IČO {I20}, vydavatel webu "
                        "krkonossky-denik.example, žádá o přístup k výsledkům voleb.",
                        {
                            "rows": [
                                ["Produkční adresa", "192.0.2.210"],
                                ["Testovací adresa", "192.0.2.211"],
                                ["Kontaktní osoba", "Jakub Erben"],
                                ["Telefon", "499 733 016"],
                                ["E-mail", "erben@mdkrkonose.example"],
                            ]
                        },
                        "Ve Vrchlabí 5. 9. 2025",
                        "Jakub Erben, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "bc021-english-contractor-respectively",
        "description": "English mail from a hosting contractor for a UK outlet: two addresses "
        "'for production and testing respectively', the contractor's engineer the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Central Europe Wire Ltd",
            None,
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Ciarán O'Neill",
            "ciaran.oneill@laganhosting.example",
            "+442890993140",
        ),
        "from": "Ciarán O'Neill <ciaran.oneill@laganhosting.example>",
        "subject": "XML results feed access for Central Europe Wire",
        "headers": MUTT,
        "cte": "8bit",
        "flowed": True,
        "body": (
            "Hello,\n\n"
            "I run the hosting for Central Europe Wire Ltd (company no. 11840273, \n"
            "London), who are applying for access to your XML election results \n"
            "server. They have asked me to send the technical details.\n\n"
            "Please allow 198.51.100.150 and 198.51.100.151 for production and \n"
            "testing respectively. Both are behind our firewall, outbound port 443 \n"
            "only.\n\n"
            "Please treat me as the technical contact for this application: \n"
            "Ciarán O'Neill, +44 28 9099 3140, ciaran.oneill@laganhosting.example.\n\n"
            "Kind regards,\nCiarán O'Neill\nSenior Engineer, Lagan Hosting Ltd, Belfast\n"
        ),
    },
    {
        "id": "bc022-czech-order-words-three-addresses",
        "description": "three addresses whose roles come only from 'první … druhá … třetí' "
        "(production, test, backup), wrapped mid-sentence",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Zpravodajství Polabí, o.p.s.",
            I22,
            None,
            ["192.0.2.11", "192.0.2.13"],
            ["192.0.2.12"],
            "Hedvika Skálová",
            "skalova@zpravypolabi.example",
            "+420325611074",
        ),
        "from": "Hedvika Skálová <skalova@zpravypolabi.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            f"Zpravodajství Polabí, o.p.s., IČO {I22}, žádá o přístup k výsledkům voleb\n"
            "ve formátu XML. Posíláme adresy 192.0.2.11, 192.0.2.12 a 192.0.2.13;\n"
            "první je produkční, druhá testovací a třetí záložní pro případ výpadku\n"
            "hlavního serveru.\n\n"
            "Kontakt: Hedvika Skálová, 325 611 074.\n\n"
            "Děkujeme\nHedvika Skálová\nZpravodajství Polabí, o.p.s.\n"
        ),
    },
    {
        "id": "bc023-danish-english-filming-declined",
        "description": "Danish-English mail: filming explicitly not wanted in Danish, a CVR "
        "number of eight digits that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordisk Valgdata ApS",
            None,
            None,
            ["203.0.113.222"],
            ["203.0.113.223"],
            "Mette Sørensen",
            "ms@valgdata.example",
            "+4533124567",
        ),
        "from": "Mette Sørensen <ms@valgdata.example>",
        "subject": "Application: XML election results (Nordisk Valgdata)",
        "headers": PROTON,
        "charset": "iso-8859-1",
        "body": (
            "Kære Statistikkontor / Dear Czech Statistical Office,\n\n"
            "Nordisk Valgdata ApS (CVR 31245670) supplies election graphics to Danish and "
            "Norwegian broadcasters. We apply for access to the XML results.\n\n"
            "Production IP: 203.0.113.222\nTest IP: 203.0.113.223\n\n"
            "Vi ønsker ikke at filme hos jer - no filming permit needed.\n\n"
            "Venlig hilsen / Kind regards\nMette Sørensen\nData lead\n"
            "+45 33 12 45 67\n"
        ),
    },
    {
        "id": "bc024-xlsx-merged-role-cells",
        "description": "short mail with an XLSX: a merged 'Produkce' cell spans two address "
        "rows, a second sheet holds the contact",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Televize Podbeskydí s.r.o.",
            I24,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.75"],
            "Lukáš Bednář",
            "bednar@tvpodbeskydi.example",
            "+420556780312",
        ),
        "from": "Lukáš Bednář <bednar@tvpodbeskydi.example>",
        "subject": "Žádost o XML – Televize Podbeskydí (tabulka v příloze)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            f"Televize Podbeskydí s.r.o. (IČO {I24}) žádá o přístup k XML s výsledky "
            "voleb, adresy a kontakt jsou v přiložené tabulce.\n\nBednář\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_CSU.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["Produkce", "192.0.2.70", "hlavní stroj"],
                            [None, "192.0.2.71", "záloha"],
                            ["Test", "192.0.2.75", "jen září"],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Lukáš Bednář"],
                            ["Telefon", "+420 556 780 312"],
                            ["E-mail", "bednar@tvpodbeskydi.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bc025-feed-withdrawn-filming-stays",
        "description": "a mail asks for both, then withdraws the feed (they take results "
        "elsewhere); only filming remains, no addresses given",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Studio Brána, z. ú.",
            I25,
            None,
            [],
            [],
            "Tereza Holubová",
            "holubova@studiobrana.example",
            "+420721044590",
        ),
        "from": "Tereza Holubová <holubova@studiobrana.example>",
        "subject": "natáčení ve volební noc",
        "headers": IPHONE,
        "body": (
            "Dobrý den,\n\n"
            f"Studio Brána, z. ú. (IČO {I25}) by rádo požádalo o povolení natáčet "
            "ve sběrném místě v Hradci Králové ve volební noc a o přístup k XML s "
            "výsledky.\n\n"
            "Omlouvám se, ještě oprava: přístup k XML nakonec nepotřebujeme, data nám "
            "dodá partnerská televize. Žádáme tedy jen o natáčení (2 lidé, kamera).\n\n"
            "Tereza Holubová\n721 044 590\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "bc026-gmail-html-ipv6-production-and-test",
        "description": "HTML Gmail: production one IPv4 and one IPv6, an IPv6 test address, a "
        "data-box ID in the signature",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Datová redakce Sever, z. s.",
            I26,
            "d8sv4nw",
            ["192.0.2.220", "2001:db8:1200::220"],
            ["2001:db8:1200::221"],
            "Šimon Kadlec",
            "kadlec@datasever.example",
            "+420604557219",
        ),
        "from": "Šimon Kadlec <kadlec@datasever.example>",
        "subject": "Přístup k XML výsledkům – Datová redakce Sever",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML.\n\n"
            "Produkce: 192.0.2.220 a 2001:db8:1200::220\nTest: 2001:db8:1200::221\n\n"
            "Šimon Kadlec\nDatová redakce Sever, z. s.\n"
            f"IČO {I26} | DS d8sv4nw | +420 604 557 219\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>žádáme o přístup k výsledkům voleb v XML.</div><div><br></div>"
            "<div><b>Produkce:</b> 192.0.2.220 a 2001:db8:1200::220</div>"
            "<div><b>Test:</b> 2001:db8:1200::221</div><div><br></div>"
            '<div>-- <br><div dir="ltr" class="gmail_signature">Šimon Kadlec<br>'
            "Datová redakce Sever, z. s.<br>"
            f"IČO {I26} | DS d8sv4nw | +420 604 557 219</div></div></div>"
        ),
    },
    {
        "id": "bc027-databox-town-pdf-cidr-temporary-test",
        "description": "a town's data message with a PDF: production as a /31, a temporary "
        "test host until the end of September, contact the IT officer, not the mayor",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Lipná nad Ohří",
            I27,
            "lp9oh2r",
            ["198.51.100.244", "198.51.100.245"],
            ["198.51.100.250"],
            "Daniel Froněk",
            "fronek@lipna-ohri.example",
            "+420474690238",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – Město Lipná nad Ohří",
        "databox": {
            "box": "lp9oh2r",
            "sender": "Město Lipná nad Ohří",
            "address": "Mírové náměstí 1, 431 51 Lipná nad Ohří",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_CSU_volby.pdf",
                [
                    "MĚSTO LIPNÁ NAD OHŘÍ\nMěstský úřad, Mírové náměstí 1, 431 51 Lipná nad "
                    f"Ohří\nIČO: {I27}",
                    "Č. j.: MULO/4471/2025",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Město zveřejňuje výsledky na městském portálu a v infokanálu kabelové "
                    "televize. Údaje pro zřízení přístupu:",
                    {
                        "rows": [
                            ["Položka", "Údaj"],
                            ["Produkční rozsah", "198.51.100.244/31"],
                            [
                                "Testovací adresa",
                                "198.51.100.250 (dočasný virtuální server, jen do 30. 9. 2025)",
                            ],
                            ["Kontaktní osoba", "Daniel Froněk, referent IT"],
                            ["Telefon", "474 690 238"],
                            ["E-mail", "fronek@lipna-ohri.example"],
                        ],
                        "widths": [130, 200],
                    },
                    "Ing. Marta Vodičková\nstarostka",
                ],
            )
        ],
    },
    {
        "id": "bc028-polish-radio-filming-later-temporary-test",
        "description": "Polish radio: feed now, filming 'for the presidential election' "
        "later; a temporary test address; the contact another person",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Śląsk Cieszyński sp. z o.o.",
            None,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.92"],
            "Piotr Kowalczyk",
            "p.kowalczyk@radiocieszyn.example",
            "+48338521190",
        ),
        "from": "Anna Nowak-Brzezińska <a.nowak@radiocieszyn.example>",
        "subject": "Dostęp do wyników wyborów (XML) – Radio Śląsk Cieszyński",
        "headers": CLAWS,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": (
            "Dzień dobry,\n\n"
            "Radio Śląsk Cieszyński sp. z o.o. prosi o dostęp do wyników wyborów w formacie "
            "XML.\n\n"
            "Serwery produkcyjne: 192.0.2.90, 192.0.2.91\n"
            "Serwer testowy: 192.0.2.92 (tymczasowo, do wyborów)\n\n"
            "O zgodę na filmowanie poprosimy dopiero przy wyborach prezydenckich, teraz jej "
            "nie potrzebujemy.\n\n"
            "Osoba kontaktowa: Piotr Kowalczyk, kierownik techniczny, "
            "p.kowalczyk@radiocieszyn.example, tel. +48 33 852 11 90.\n\n"
            "Pozdrawiam serdecznie\nAnna Nowak-Brzezińska\nDyrektor programowa\n"
        ),
    },
]
