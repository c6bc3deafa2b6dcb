"""Twentyfirst held-out part ``oa``, cases oa029–oa042: a signed contractor's mail with a /31
block, a formal iso-8859-2 letter with a written range and both requests, an Austrian mail in
German, an HTML-only Outlook table with a spanning role cell and IPv6, a film-only data message
with an ODT, an inline Gmail forward of a colleague's application, roles given by order, a
filming request withdrawn in a P.S., a French broadcaster whose Prague fixer is the contact, a
PDF table with wrapped cells, exile media writing English, a data message with an RTF, an
Italian crew asking only to film, and a reply changing an address under the office's
confirmation. Written by hand apart from the extraction rules (see make_twentyfirst_oa); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfirst_oa_common import (
    ANDROID,
    APPLE,
    BOTH,
    EMCLIENT,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OE,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

Q1, Q2, Q3, Q4 = ico("2581736"), ico("0815964"), ico("2693240"), ico("4521870")
Q5, Q6, Q7, Q8 = ico("0871253"), ico("2765019"), ico("0936428"), ico("2207614")
Q9, Q10, Q11 = ico("1148357"), ico("2659082"), ico("0704966")

CASES: list[dict[str, Any]] = [
    {
        "id": "oa029-smime-contractor-slash31",
        "description": "S/MIME-signed mail from an IT supplier: a /31 production block, TLS "
        "and certificate dates nearby; the agency's own employee is named as contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Agentura Regiopress a.s.",
            Q1,
            None,
            ["198.51.100.50", "198.51.100.51"],
            ["198.51.100.58"],
            "Iveta Horáková",
            "horakova@regiopress.example",
            "+420224810377",
        ),
        "from": "Martin Beneš <benes@datafort.example>",
        "subject": "Agentura Regiopress – žádost o přístup k XML výsledkům",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "jako dodavatel IT pro Agenturu Regiopress a.s. (IČO "
            f"{Q1}) Vám v zastoupení posílám žádost o přístup k volebním výsledkům v XML.\n\n"
            "Produkce: 198.51.100.50/31\n"
            "Test: 198.51.100.58\n\n"
            "Klient podporuje TLS 1.2 i 1.3, náš serverový certifikát platí do 31.12.2026.\n\n"
            "Kontaktní osobou za agenturu je paní Iveta Horáková "
            "(horakova@regiopress.example, +420 224 810 377), já jsem jen dodavatel.\n\n"
            "S pozdravem\n"
            "Martin Beneš\n"
            "DataFort s.r.o. | 602 771 930\n"
        ),
    },
    {
        "id": "oa030-oe-letter-range-both",
        "description": "formal letter from an old Outlook Express in iso-8859-2 and base64: a "
        "written range 'až' for production, both requests, a bank account and a reference "
        "number",
        "style": Style.LETTER,
        "labels": L(
            BOTH,
            "Moravský rozhlasový spolek, z. s.",
            Q2,
            None,
            ["192.0.2.30", "192.0.2.31", "192.0.2.32"],
            ["192.0.2.40"],
            "Miloslav Hradil",
            "hradil@mrspolek.example",
            "+420585204611",
        ),
        "from": "JUDr. Miloslav Hradil <hradil@mrspolek.example>",
        "subject": "Žádost - výsledky voleb a záznam na sběrném místě",
        "headers": OE,
        "charset": "iso-8859-2",
        "cte": "base64",
        "body": (
            "Český statistický úřad\n"
            "podatelna\n\n"
            "Naše č. j.: MRS 41/2025\n"
            "V Olomouci dne 11. září 2025\n\n"
            "Věc: žádost o přístup k výsledkům voleb a o povolení záznamu\n\n"
            f"Moravský rozhlasový spolek, z. s., IČO {Q2}, se sídlem Dolní náměstí 20, "
            "779 00 Olomouc, žádá\n\n"
            "1. o zpřístupnění průběžných výsledků voleb ve formátu XML pro produkční "
            "adresy 192.0.2.30 až 192.0.2.32 a testovací adresu 192.0.2.40,\n"
            "2. o povolení pořizovat zvukový záznam na sběrném místě v Olomouci.\n\n"
            "Kontaktní osobou je níže podepsaný.\n\n"
            "S úctou\n\n"
            "JUDr. Miloslav Hradil\n"
            "předseda spolku\n"
            "tel. 585 204 611\n"
            "Bankovní spojení: 2100348765/2010\n"
        ),
    },
    {
        "id": "oa031-austrian-german-declines-filming",
        "description": "Austrian outlet writing German only: 'Produktivsystem'/'Testsystem', "
        "filming declined, a phone with '(0)', a Firmenbuch number and no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenland Rundschau GmbH",
            None,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Florian Gruber",
            "f.gruber@alpenland-rundschau.example",
            "+436643812905",
        ),
        "from": '"Mag. Florian Gruber" <f.gruber@alpenland-rundschau.example>',
        "subject": "Ansuchen um Zugang zu den Wahlergebnissen (XML)",
        "headers": APPLE,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Alpenland Rundschau GmbH ersucht um Zugang zum XML-Ergebnisserver für die "
            "Parlamentswahl.\n\n"
            "Produktivsystem: 203.0.113.180\n"
            "Testsystem: 203.0.113.181\n\n"
            "Eine Drehgenehmigung benötigen wir nicht.\n\n"
            "Ansprechpartner ist der Unterzeichnete.\n\n"
            "Mit freundlichen Grüßen\n"
            "Mag. Florian Gruber\n"
            "Chef vom Dienst\n"
            "Alpenland Rundschau GmbH | Maria-Theresien-Straße 9, 6020 Innsbruck\n"
            "Mobil: +43 (0)664 3812905\n"
            "FN 412337 x, Landesgericht Innsbruck\n"
        ),
    },
    {
        "id": "oa032-outlook-html-rowspan-ipv6",
        "description": "HTML-only Outlook mail in windows-1250 with a table whose production "
        "cell spans two rows (IPv6 and IPv4), phone written with 00420",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Východočeská televize a.s.",
            Q3,
            None,
            ["2001:db8:e1::100", "203.0.113.100"],
            ["203.0.113.109"],
            "Jiří Doležal",
            "dolezal@vctv.example",
            "+420495118760",
        ),
        "from": "Doležal Jiří <dolezal@vctv.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Východočeská televize",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1250"></head><body lang="CS" link="#0563C1">'
            '<div class="WordSection1"><p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Východočeská televize a.s., IČO '
            f"{Q3}, žádá o přístup k XML s průběžnými výsledky voleb.</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Prostředí</b></p></td>'
            '<td><p class="MsoNormal"><b>Adresa</b></p></td></tr>'
            '<tr><td rowspan="2"><p class="MsoNormal">Produkce</p></td>'
            '<td><p class="MsoNormal">2001:db8:e1::100</p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.100</p></td></tr>'
            '<tr><td><p class="MsoNormal">Test</p></td>'
            '<td><p class="MsoNormal">203.0.113.109</p></td></tr></table>'
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Kontaktní osoba: Jiří Doležal, tel. 00420 495 118 760</p>'
            '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">S pozdravem</p>'
            '<p class="MsoNormal">Ing. Jiří Doležal<br>technický ředitel<br>'
            "Východočeská televize a.s. | Gočárova třída 1620, 500 02 Hradec Králové</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "oa033-databox-film-only-odt",
        "description": "a regional TV's data message asking only to film, in an ODT letter that "
        "prints the office's box ID and declines the XML; a reporter named as contact, the "
        "director signs",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Televize Jeseník, spol. s r.o.",
            Q4,
            "j5ve9rp",
            [],
            [],
            "Tomáš Šmíd",
            "smid@tvjesenik.example",
            "+420584401277",
        ),
        "subject": "Žádost o povolení natáčení na sběrném místě",
        "databox": {
            "box": "j5ve9rp",
            "sender": "Televize Jeseník, spol. s r.o.",
            "address": "Lipovská 14, 790 01 Jeseník",
        },
        "attachments": [
            (
                "odt",
                "zadost_nataceni_TVJesenik.odt",
                [
                    f"Televize Jeseník, spol. s r.o., Lipovská 14, 790 01 Jeseník, IČO {Q4}",
                    "Adresát: Český statistický úřad, ID DS 2gfaasy",
                    "Věc: Žádost o povolení pořizovat obrazový záznam",
                    "Žádáme o povolení natáčet na sběrném místě v Jeseníku během zpracování "
                    "výsledků voleb (reportáž pro večerní zpravodajství). O přístup "
                    "k výsledkům ve formátu XML nežádáme.",
                    "Kontaktní osoba: Tomáš Šmíd, redaktor, tel. 584 401 277, "
                    "smid@tvjesenik.example",
                    "Pavel Krejčí, jednatel",
                ],
            )
        ],
    },
    {
        "id": "oa034-gmail-inline-forward-colleague",
        "description": "Gmail inline forward of a colleague's application ('zál.' and 'TST'); "
        "the forwarder says the colleague is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Mladoboleslavský zpravodaj s.r.o.",
            Q5,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.159"],
            "Jan Barták",
            "bartak@mbzpravodaj.example",
            "+420326721045",
        ),
        "from": "Eva Hornová <hornova@mbzpravodaj.example>",
        "subject": "Fwd: žádost o XML – Mladoboleslavský zpravodaj",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost kolegy Bartáka, který ji poslal na špatnou adresu. "
            "Kontaktní osobou je on.\n\n"
            "Eva Hornová\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Jan Barták <bartak@mbzpravodaj.example>\n"
            "Date: po 15. 9. 2025 v 16:20\n"
            "Subject: žádost o XML – Mladoboleslavský zpravodaj\n"
            "To: <volby-info@czso.cz>\n\n"
            "Dobrý den,\n"
            f"Mladoboleslavský zpravodaj s.r.o., IČ {Q5}, žádá o přístup k výsledkům voleb.\n"
            "prod. 192.0.2.150\n"
            "zál. 192.0.2.151\n"
            "TST 192.0.2.159\n"
            "Jan Barták, 326 721 045\n"
        ),
    },
    {
        "id": "oa035-android-roles-by-order",
        "description": "phone-typed note without diacritics: roles only by order ('prvni … "
        "druha'), phone with 00420",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Info Kokorinsko s.r.o.",
            Q6,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Petr Mach",
            "mach@infokokorinsko.example",
            "+420603118447",
        ),
        "from": "Petr Mach <mach@infokokorinsko.example>",
        "subject": "volby xml",
        "headers": ANDROID,
        "body": (
            "Dobry den, chteli bychom pristup k vysledkum voleb v xml.\n"
            "Posilam dve adresy 203.0.113.140 a 203.0.113.141, prvni je ostra, druha na "
            "testy.\n"
            f"Info Kokorinsko s.r.o., ico {Q6}\n"
            "Petr Mach, 00420 603 118 447\n"
        ),
    },
    {
        "id": "oa036-apple-film-withdrawn-ps",
        "description": "Apple Mail asking for both, then withdrawing the filming in a P.S.; "
        "'stage' for test",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Šumavské echo s.r.o.",
            Q7,
            None,
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Markéta Hlaváčová",
            "hlavacova@sumavskeecho.example",
            "+420388311902",
        ),
        "from": "Markéta Hlaváčová <hlavacova@sumavskeecho.example>",
        "subject": "Žádost – XML výsledky a natáčení",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"Šumavské echo s.r.o. (IČO {Q7}) žádá o:\n"
            "– přístup k XML s výsledky voleb: produkční server 198.51.100.170, "
            "testovací (stage) 198.51.100.171,\n"
            "– povolení natáčení na sběrném místě v Prachaticích.\n\n"
            "Kontakt: Markéta Hlaváčová, 388 311 902.\n\n"
            "Děkuji\n"
            "Markéta Hlaváčová\n\n"
            "P.S. Natáčení prosím škrtněte, kolegové nakonec na sběrné místo nepojedou. "
            "Platí jen to XML.\n"
        ),
    },
    {
        "id": "oa037-french-fixer-is-contact",
        "description": "French broadcaster in English with French phrases, feed and filming; "
        "the Prague fixer is named as the contact, the sender's French phone is not hers; "
        "a SIREN but no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            BOTH,
            "Ondes Européennes SAS",
            None,
            None,
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Markéta Bílá",
            "marketa.bila@fixer-praha.example",
            "+420721330648",
        ),
        "from": "Julien Moreau <j.moreau@ondes-europeennes.example>",
        "subject": "Demande / request: election results feed + filming permit",
        "headers": MAC_OUTLOOK,
        "body": (
            "Bonjour, dear colleagues,\n\n"
            "Ondes Européennes SAS (Lyon) will cover the Czech elections. We would like:\n"
            " - access to the XML results: adresse de production 192.0.2.230, adresse de "
            "test 192.0.2.231;\n"
            " - a permit to film at the collection point in Prague on election night.\n\n"
            "The contact person for both requests is our fixer in Prague, Markéta Bílá "
            "(marketa.bila@fixer-praha.example, +420 721 330 648) – she speaks Czech and "
            "will be on site.\n\n"
            "Cordialement,\n"
            "Julien Moreau\n"
            "Rédacteur en chef adjoint\n"
            "Ondes Européennes SAS – SIREN 812 407 655\n"
            "+33 6 12 48 90 37\n"
        ),
    },
    {
        "id": "oa038-emclient-pdf-wrapped-cells",
        "description": "eM Client mail with a PDF whose narrow table cells wrap three "
        "production addresses onto several lines; '(max. 5)' in the row headers",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Regionální zpravodajská síť, z. s.",
            Q8,
            None,
            ["198.51.100.11", "198.51.100.12", "198.51.100.13"],
            ["198.51.100.19"],
            "Barbora Němcová",
            "nemcova@rzsit.example",
            "+420608224519",
        ),
        "from": "Barbora Němcová <nemcova@rzsit.example>",
        "subject": "Žádost o přístup k XML (RZS)",
        "headers": EMCLIENT,
        "body": ("Dobrý den,\n\nzasílám žádost v příloze (PDF).\n\nBarbora Němcová\nRZS, z. s.\n"),
        "attachments": [
            (
                "pdf",
                "zadost_RZS.pdf",
                [
                    f"Regionální zpravodajská síť, z. s., IČO {Q8}",
                    "Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Typ adres", "IP adresy"],
                            [
                                "Produkční (max. 5)",
                                "198.51.100.11, 198.51.100.12, 198.51.100.13",
                            ],
                            ["Testovací (max. 5)", "198.51.100.19"],
                        ],
                        "widths": [90, 80],
                    },
                    {
                        "rows": [
                            ["Kontaktní osoba", "Mgr. Barbora Němcová"],
                            ["Telefon", "+420 608 224 519"],
                            ["E-mail", "nemcova@rzsit.example"],
                        ],
                        "widths": [110, 170],
                    },
                ],
            )
        ],
    },
    {
        "id": "oa039-exile-media-english",
        "description": "Ukrainian exile newsroom registered in Prague writing English with a "
        "bilingual greeting; IČO given as 'Company ID'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Hromada Media, z.s.",
            Q9,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.242"],
            "Oksana Kovalenko",
            "oksana@hromada-media.example",
            "+420775612903",
        ),
        "from": "Oksana Kovalenko <oksana@hromada-media.example>",
        "subject": "Access to election results XML – Hromada Media",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den / Добрий день,\n\n"
            "we are a Ukrainian-language newsroom based in Prague and we would like to publish "
            "the election results for our readers. We ask for access to the XML server.\n\n"
            f"Organisation: Hromada Media, z.s., Company ID (IČO): {Q9}\n"
            "Production IPs: 203.0.113.240, 203.0.113.241\n"
            "Test IP: 203.0.113.242\n"
            "Contact: Oksana Kovalenko, +420 775 612 903\n\n"
            "Дякую / thank you,\n"
            "Oksana Kovalenko\n"
            "managing editor\n"
        ),
    },
    {
        "id": "oa040-databox-rtf-dic-old-address",
        "description": "data message with an RTF: IČO next to a DIČ, 'prod.'/'test.' "
        "abbreviations and an old address not to be used",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kladenské listy s.r.o.",
            Q10,
            "h3dw6ya",
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Radka Vlková",
            "vlkova@kladenskelisty.example",
            "+420312245690",
        ),
        "subject": "Žádost o přístup k serveru s výsledky voleb (příloha RTF)",
        "databox": {
            "box": "h3dw6ya",
            "sender": "Kladenské listy s.r.o.",
            "address": "Náměstí Starosty Pavla 3, 272 01 Kladno",
        },
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "Kladenské listy s.r.o.\nNáměstí Starosty Pavla 3, 272 01 Kladno\n"
                    f"IČO: {Q10}, DIČ: CZ{Q10}",
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML.",
                    [
                        ["prod.", "203.0.113.55"],
                        ["test.", "203.0.113.56"],
                    ],
                    "Dříve používanou adresu 203.0.113.5 už prosím nepovolujte, server byl zrušen.",
                    "Kontakt: Radka Vlková, 312 245 690, vlkova@kladenskelisty.example",
                ],
            )
        ],
    },
    {
        "id": "oa041-italian-crew-film-only",
        "description": "Italian TV crew writing Italian and English (plain and HTML): filming "
        "only, the XML feed explicitly not needed, a P.IVA but no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "TeleRiviera Italia S.r.l.",
            None,
            None,
            [],
            [],
            "Giulia Ferraro",
            "g.ferraro@teleriviera.example",
            "+393475521180",
        ),
        "from": "Giulia Ferraro <g.ferraro@teleriviera.example>",
        "subject": "Richiesta permesso riprese / filming permission request",
        "headers": ZIMBRA,
        "body": (
            "Buongiorno,\n\n"
            "TeleRiviera Italia S.r.l. vorrebbe chiedere il permesso di effettuare riprese "
            "presso il vostro centro di raccolta la sera delle elezioni. Non abbiamo bisogno "
            "dell'accesso al feed XML.\n\n"
            "(EN) We kindly ask for permission to film at your collection point on election "
            "night. We do not need the XML feed.\n\n"
            "Referente: Giulia Ferraro, +39 347 552 1180\n\n"
            "Cordiali saluti,\n"
            "Giulia Ferraro\n"
            "TeleRiviera Italia S.r.l. – P.IVA 01873450992\n"
        ),
        "html": (
            "<div>Buongiorno,</div><br><div>TeleRiviera Italia S.r.l. vorrebbe chiedere il "
            "permesso di effettuare riprese presso il vostro centro di raccolta la sera delle "
            "elezioni. Non abbiamo bisogno dell'accesso al feed XML.</div><br>"
            "<div><i>(EN) We kindly ask for permission to film at your collection point on "
            "election night. We do not need the XML feed.</i></div><br>"
            "<div>Referente: Giulia Ferraro, +39 347 552 1180</div><br>"
            "<div>Cordiali saluti,<br>Giulia Ferraro<br>TeleRiviera Italia S.r.l. – "
            "P.IVA 01873450992</div>"
        ),
    },
    {
        "id": "oa042-reply-office-confirmation-change",
        "description": "reply under the office's confirmation (its reference number, phone and "
        "the applicant's addresses as the office recorded them): production address changed, "
        "test kept",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Plzeňský obzor s.r.o.",
            Q11,
            None,
            ["203.0.113.95"],
            ["203.0.113.91"],
            "Jan Pelc",
            "pelc@plzenskyobzor.example",
            "+420377511038",
        ),
        "from": "Jan Pelc <pelc@plzenskyobzor.example>",
        "subject": "Re: Potvrzení přijetí žádosti CSU-031274/2025",
        "headers": TBIRD,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, ale produkční adresa se nám změnila: místo 203.0.113.90 prosím "
            "povolte 203.0.113.95. Testovací 203.0.113.91 zůstává.\n\n"
            "Jan Pelc\n"
            f"Plzeňský obzor s.r.o., IČO {Q11}\n"
            "tel. 377 511 038\n\n"
            "Dne 17. 9. 2025 v 8:05 podatelna ČSÚ napsal(a):\n"
            "> Dobrý den,\n"
            ">\n"
            "> potvrzujeme přijetí Vaší žádosti, zaevidována pod č. j. CSU-031274/2025.\n"
            "> Přístup bude zřízen pro adresy: produkční 203.0.113.90, testovací\n"
            "> 203.0.113.91.\n"
            ">\n"
            "> Podatelna ČSÚ\n"
            "> tel. +420 274 052 733, podatelna@czso.cz\n"
        ),
    },
]
