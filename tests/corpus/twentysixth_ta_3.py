"""Twentysixth held-out part ``ta``, cases ta029–ta042: an Outlook table with ano/ne columns, an
Italian sender, a Slovak radio, a written address range, a university's ODT, a reply that keeps
its quoted original, a two-line note, data messages with a TXT power of attorney and a PDF
letter quoting the office's box, Czech 'respectively' in Gmail HTML, a data-box ID in a
signature, a contractor writing for a medium, OIDs and versions, and a French sender. Written
by hand apart from the extraction rules (see make_twentysixth_ta); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysixth_ta_common import (
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

I29, I31, I32, I33 = ico("2650481"), ico("3581207"), ico("0493726"), ico("0021662")
I34, I35, I36, I38 = ico("2867012"), ico("0742591"), ico("2715384"), ico("4530861")
I39, I40, I42 = ico("2581379"), ico("0612497"), ico("2970346")

CASES: list[dict[str, Any]] = [
    {
        "id": "ta029-outlook-ano-ne-columns",
        "description": "HTML-only Outlook mail: request types in a table with ano/ne column, "
        "filming marked 'ne'; addresses in a second table",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Brněnský metropolitní deník a.s.",
            I29,
            None,
            ["203.0.113.171", "203.0.113.172", "203.0.113.173"],
            ["203.0.113.180"],
            "Marek Šťastný",
            "stastny@bmdenik.example",
            "+420604280911",
        ),
        "from": "Šťastný Marek <stastny@bmdenik.example>",
        "subject": "Žádost média – volby do Poslanecké sněmovny 2026",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p><p class="MsoNormal">v příloze mailu… '
            "vlastně přímo zde posílám vyplněné údaje.</p>"
            '<table class="MsoNormalTable" border="1" cellpadding="0">'
            "<tr><td><b>Požadavek</b></td><td><b>ano / ne</b></td></tr>"
            "<tr><td>Přístup k výsledkům v XML</td><td>ano</td></tr>"
            "<tr><td>Pořizování záznamu na sběrném místě</td><td>ne</td></tr></table>"
            '<p class="MsoNormal">&nbsp;</p>'
            '<table class="MsoNormalTable" border="1" cellpadding="0">'
            "<tr><td><b>Produkční IP</b></td><td><b>Testovací IP</b></td></tr>"
            "<tr><td>203.0.113.171</td><td>203.0.113.180</td></tr>"
            "<tr><td>203.0.113.172</td><td></td></tr>"
            "<tr><td>203.0.113.173</td><td></td></tr></table>"
            f'<p class="MsoNormal">Žadatel: Brněnský metropolitní deník a.s., IČO {I29}</p>'
            '<p class="MsoNormal">Kontakt: Marek Šťastný, +420 604 280 911</p>'
            '<p class="MsoNormal">S pozdravem</p><p class="MsoNormal">Marek Šťastný<br>'
            "datový novinář</p></div></body></html>"
        ),
    },
    {
        "id": "ta030-italian-english-backup",
        "description": "Italian sender writing English; 'main' and 'backup' both production, "
        "'sandbox' for test, an Italian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Corriere Danubiano S.r.l.",
            None,
            None,
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.215"],
            "Giulia Ferrante",
            "g.ferrante@corrieredanubiano.example",
            "+393471128804",
        ),
        "from": "Giulia Ferrante <g.ferrante@corrieredanubiano.example>",
        "subject": "election data access request",
        "headers": GMAIL,
        "body": (
            "Good morning,\n\nmy name is Giulia Ferrante, I work for Corriere Danubiano S.r.l. "
            "(P.IVA 01234560789), online newspaper about Central Europe. We would like very "
            "much to have the access to your XML with the election results.\n\n"
            "main server: 198.51.100.210\nbackup server: 198.51.100.211\n"
            "sandbox (for tests): 198.51.100.215\n\n"
            "For any question you can call me at +39 347 112 8804.\n\n"
            "Thank you so much and sorry for my english!\nGiulia Ferrante\n"
        ),
    },
    {
        "id": "ta031-slovak-radio-both",
        "description": "Slovak radio in Slovak asks for feed and recording; IČO only in the "
        "signature block naming two people, Slovak mobile",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Rádio Tatry, s.r.o.",
            I31,
            None,
            ["192.0.2.20"],
            ["192.0.2.21"],
            "Peter Halák",
            "halak@radiotatry.example",
            "+421917403255",
        ),
        "from": "Peter Halák <halak@radiotatry.example>",
        "subject": "Žiadosť – XML a nahrávanie",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\nv mene spoločnosti Rádio Tatry, s.r.o. žiadame o prístup k XML "
            "výsledkom volieb a zároveň o povolenie nahrávať zvuk na zbernom mieste v Prahe."
            "\n\nProdukčná IP: 192.0.2.20\nTestovacia IP: 192.0.2.21\n\n"
            "S pozdravom\n\nPeter Halák\nvedúci spravodajstva | +421 917 403 255\n"
            "Zuzana Bieliková | technika | +421 917 403 260\n"
            f"Rádio Tatry, s.r.o. | IČO: {I31} | Poprad\n"
        ),
    },
    {
        "id": "ta032-zimbra-address-range",
        "description": "a written range '203.0.113.10 – 203.0.113.13' expanded to four production addresses; "
        "test given as a separate address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Česká regionální média, a.s.",
            I32,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12", "203.0.113.13"],
            ["203.0.113.250"],
            "Robert Krejčí",
            "krejci@crmedia.example",
            "+420222516389",
        ),
        "from": "Robert Krejčí <krejci@crmedia.example>",
        "subject": "Přístup k výsledkům voleb – ČRM",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nza Česká regionální média, a.s. (IČO "
            f"{I32}) žádám o přístup k XML.\n\n"
            "Produkční servery máme v rozsahu 203.0.113.10 – 203.0.113.13 (4 stroje za "
            "balancerem), testovací je 203.0.113.250.\n\n"
            "Kontakt: Robert Krejčí, tel. 222 516 389, krejci@crmedia.example\n\n"
            "Díky\nRobert Krejčí\n"
        ),
    },
    {
        "id": "ta033-university-odt",
        "description": "faculty applies by mail with an ODT letter; the applicant is the "
        "university; the ODT table has roles in a column",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Brněnská univerzita",
            I33,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Daniel Šimek",
            "simek@fss.brnuni.example",
            "+420549497310",
        ),
        "from": "Daniel Šimek <simek@fss.brnuni.example>",
        "subject": "Žádost o přístup k XML výsledkům – FSS",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost naší fakulty o přístup k výsledkům voleb "
            "ve formátu XML (pro volební studio studentů).\n\nS pozdravem\nDaniel Šimek\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_FSS.odt",
                [
                    "Brněnská univerzita, Fakulta sociálních studií",
                    f"Joštova 10, 602 00 Brno, IČO: {I33}",
                    "Žádáme o zřízení přístupu k serveru s výsledky voleb ve formátu XML.",
                    [
                        ["Účel", "IP adresa"],
                        ["Produkční", "192.0.2.90"],
                        ["Testovací", "192.0.2.91"],
                    ],
                    "Kontaktní osoba: Mgr. Daniel Šimek, tel. 549 497 310, "
                    "simek@fss.brnuni.example",
                    "doc. PhDr. Věra Horáková, Ph.D., proděkanka",
                ],
            )
        ],
    },
    {
        "id": "ta034-reply-keeps-quoted-phone",
        "description": "short reply that confirms the quoted original and changes only the "
        "test address; phone and contact from the applicant's quoted text",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Mladoboleslavský týden s.r.o.",
            I34,
            None,
            ["198.51.100.33"],
            ["198.51.100.39"],
            "Iveta Horká",
            "horka@mbtyden.example",
            "+420326722049",
        ),
        "from": "Iveta Horká <horka@mbtyden.example>",
        "subject": "RE: Žádost o XML přístup",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nmalá změna k mé žádosti níže: testovací adresa bude místo "
            "198.51.100.34 nově 198.51.100.39. Vše ostatní beze změny.\n\nIveta Horká\n\n"
            "-----Original Message-----\nFrom: Iveta Horká <horka@mbtyden.example>\n"
            "Sent: Monday, August 31, 2026 11:02 AM\nTo: podatelna@czso.cz\n"
            "Subject: Žádost o XML přístup\n\n"
            f"Mladoboleslavský týden s.r.o., IČO {I34}, žádá o přístup k výsledkům voleb.\n"
            "Produkční IP: 198.51.100.33\nTestovací IP: 198.51.100.34\n"
            "Kontaktní osoba: Iveta Horká, tel. 326 722 049\n"
        ),
    },
    {
        "id": "ta035-two-line-note-00420",
        "description": "two-line note from an iPhone, phone with 00420 and IČO glued to 'ico:'",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Kroměřížské noviny s.r.o.",
            I35,
            None,
            ["192.0.2.15"],
            [],
            "Josef Kadlčík",
            "kadlcik@kmnoviny.example",
            "+420603900471",
        ),
        "from": "Josef Kadlčík <kadlcik@kmnoviny.example>",
        "subject": "XML",
        "headers": IPHONE,
        "body": (
            f"Kroměřížské noviny s.r.o. ico:{I35} zadame o xml vysledky, ip 192.0.2.15\n"
            "Kadlčík 00420 603 900 471\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "ta036-databox-annotation-poa",
        "description": "data message from a small publisher: the application in the annotation, "
        "the TXT file is a power of attorney for the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jesenický občasník, z.ú.",
            I36,
            "j8sn4ck",
            ["203.0.113.44"],
            ["203.0.113.45"],
            "Kamila Urbanová",
            None,
            "+420584311907",
        ),
        "subject": "Jesenický občasník z.ú. – žádost o XML výsledky voleb. Produkce "
        "203.0.113.44, test 203.0.113.45. Kontakt Kamila Urbanová 584 311 907. Plná moc "
        "v příloze.",
        "databox": {
            "box": "j8sn4ck",
            "sender": "Jesenický občasník, z.ú.",
            "address": "Masarykovo nám. 3, 790 01 Jeseník",
        },
        "attachments": [
            (
                "txt",
                "plna_moc.txt",
                "PLNÁ MOC\n\nJesenický občasník, z.ú., IČO "
                f"{I36}, se sídlem Masarykovo nám. 3, 790 01 Jeseník, zastoupený ředitelem "
                "Mgr. Ludvíkem Bártou,\n\nzmocňuje\n\nKamilu Urbanovou, nar. 12. 4. 1988,\n\n"
                "k podání žádosti o přístup k výsledkům voleb u Českého statistického úřadu a "
                "ke všem souvisejícím úkonům.\n\nV Jeseníku dne 1. 9. 2026\n",
            )
        ],
    },
    {
        "id": "ta037-gmail-czech-respectively",
        "description": "Gmail HTML-only mail; roles only from order: 'první … druhá'",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Info Šumava s.r.o.",
            ico("2839510"),
            None,
            ["198.51.100.250"],
            ["198.51.100.9"],
            "Věra Lišková",
            "liskova@infosumava.example",
            "+420388301645",
        ),
        "from": "Věra Lišková <liskova@infosumava.example>",
        "subject": "Žádost o přístup – Info Šumava",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr">Dobrý den,<div><br></div><div>prosíme o přístup k výsledkům '
            "voleb ve formátu XML pro portál infosumava.example. Jde o adresy "
            "<b>198.51.100.250</b> a <b>198.51.100.9</b>, první pro ostrý provoz, druhá "
            "pouze pro testy.</div><div><br></div>"
            f"<div>Info Šumava s.r.o., IČO {ico('2839510')}</div>"
            "<div>kontakt Věra Lišková, 388 301 645</div><div><br></div>"
            "<div>Děkuji,</div><div>Věra Lišková</div></div>"
        ),
    },
    {
        "id": "ta038-signature-databox-id",
        "description": "e-mail whose signature block carries the applicant's data-box ID and "
        "IČO; a switchboard number before the contact's direct line",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Karlovarská televize, a.s.",
            I38,
            "kv7tv2a",
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Roman Žák",
            "zak@kvtelevize.example",
            "+420353118426",
        ),
        "from": '"Ing. Roman Žák" <zak@kvtelevize.example>',
        "subject": "Žádost – přístup k volebnímu serveru",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb (XML).\n"
            "produkce: 192.0.2.180\ntest: 192.0.2.181\n\n"
            "S pozdravem\n\nIng. Roman Žák\nvedoucí vysílací techniky\n"
            "Karlovarská televize, a.s.\nústředna: +420 353 118 400\n"
            "přímá linka: +420 353 118 426\n"
            f"IČO: {I38} | DS: kv7tv2a\nzak@kvtelevize.example\n"
        ),
    },
    {
        "id": "ta039-contractor-for-medium",
        "description": "IT contractor applies on behalf of a weekly; the weekly is the "
        "applicant, the contractor's own IČO is in his signature, contact is the contractor",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Týdeník Polabí s.r.o.",
            I39,
            None,
            ["198.51.100.60"],
            ["198.51.100.61"],
            "Aleš Bartoš",
            "ales@bartos-it.example",
            "+420777205318",
        ),
        "from": "Aleš Bartoš <ales@bartos-it.example>",
        "subject": "Přístup k XML pro Týdeník Polabí",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nspravuji web pro Týdeník Polabí s.r.o. (IČO "
            f"{I39}) a jejich jménem prosím o přístup k výsledkům voleb v XML. Plnou moc "
            "mohu doložit.\n\nprod. 198.51.100.60\ntest. 198.51.100.61\n\n"
            "Technický kontakt: já, 777 205 318.\n\n"
            f"Aleš Bartoš – webové služby\nIČO {I40}\nales@bartos-it.example\n"
        ),
    },
    {
        "id": "ta040-oid-version-lookalikes",
        "description": "monitoring details with an SNMP OID, a software version and a date "
        "that look like addresses; one production and one test address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Slezský rozhlas s.r.o.",
            ico("0658213"),
            None,
            ["203.0.113.131"],
            ["203.0.113.132"],
            "Martin Kubica",
            "kubica@slezskyrozhlas.example",
            "+420596770318",
        ),
        "from": "Martin Kubica <kubica@slezskyrozhlas.example>",
        "subject": "XML volby – Slezský rozhlas",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nSlezský rozhlas s.r.o., IČO "
            f"{ico('0658213')}, žádá o přístup k XML výsledkům.\n\n"
            "Stahovat budeme z 203.0.113.131 (produkce), zkoušet z 203.0.113.132 (test).\n"
            "Pro zajímavost: dostupnost hlídáme přes SNMP (OID 1.3.6.1.4.1.2021.10), "
            "stahovač je ve verzi 3.2.1.4 a ostrý start plánujeme 3.10.2026.\n\n"
            "Kontakt: Martin Kubica, 596 770 318\n\nMartin Kubica\n"
        ),
    },
    {
        "id": "ta041-french-english-no-ico",
        "description": "French public radio correspondent in English; IPv6 production with a "
        "/127 block and an IPv4 test; French mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Rhône-Alpes Info",
            None,
            None,
            ["2001:db8:77::4", "2001:db8:77::5"],
            ["192.0.2.230"],
            "Camille Dubois",
            "c.dubois@rrai.example",
            "+33612457803",
        ),
        "from": "Camille Dubois <c.dubois@rrai.example>",
        "subject": "Demande / request – election results XML",
        "headers": OUTLOOK,
        "body": (
            "Bonjour,\n\n(sorry, I continue in English) I am the Prague correspondent of "
            "Radio Rhône-Alpes Info. We would like access to the XML results for the "
            "election night.\n\nProduction: 2001:db8:77::4/127\nTest: 192.0.2.230\n\n"
            "Contact: Camille Dubois, +33 6 12 45 78 03\n\nMerci beaucoup,\nCamille Dubois\n"
        ),
    },
    {
        "id": "ta042-databox-pdf-office-box",
        "description": "data message with a PDF letter addressed to the office's box 2gfaasy "
        "and IČO; the applicant's box from the envelope, feed and filming",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Vysočina Plus s.r.o.",
            I42,
            "v6tp3mq",
            ["192.0.2.111"],
            ["192.0.2.112"],
            "Petra Holubová",
            "holubova@tvvysocinaplus.example",
            "+420564118027",
        ),
        "subject": "Žádost o přístup k XML a o povolení natáčení",
        "databox": {
            "box": "v6tp3mq",
            "sender": "Televize Vysočina Plus s.r.o.",
            "address": "Masarykovo nám. 40, 586 01 Jihlava",
        },
        "attachments": [
            (
                "pdf",
                "zadost_CSU.pdf",
                [
                    f"Televize Vysočina Plus s.r.o., Masarykovo nám. 40, 586 01 Jihlava, IČO {I42}",
                    "Adresát: Český statistický úřad, IČO 00025593, ID DS 2gfaasy",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení natáčet "
                    "na sběrném místě v Jihlavě.",
                    {
                        "rows": [
                            ["Produkční IP adresa", "Testovací IP adresa"],
                            ["192.0.2.111", "192.0.2.112"],
                        ],
                        "widths": [200, 200],
                    },
                    "Kontaktní osoba: Petra Holubová, vedoucí zpravodajství, "
                    "tel. +420 564 118 027, holubova@tvvysocinaplus.example",
                    "V Jihlavě 2. 9. 2026, Karel Dvořáček, jednatel",
                ],
            )
        ],
    },
]
