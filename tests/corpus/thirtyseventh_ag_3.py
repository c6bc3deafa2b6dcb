"""Thirty-seventh held-out part ``ag``, cases ag029–ag042: a K-9 note with a full-length IPv6
address, a reply supplying the IČO over the applicant's quoted original, a Hungarian site with a
written range, a chatty mail that withdraws filming, an OWA table with a spanning role cell, a
forward of the applicant's own misdirected mail with a changed test address, a TV station's
filming-only data message with an RTF, an HTML signature with a box ID, a PDF with wrapped
cells, a French radio, a netmask with an old address, a data message naming the contact only by
surname, a Slovak correction that drops the test address and a freelancer's text file. Written
by hand apart from the extraction rules (see make_thirtyseventh_ag); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyseventh_ag_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    HORDE,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    MUTT,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I32, I33 = ico("2549611"), ico("0482307"), ico("2875143"), ico("2600871")
I34, I35, I36, I37 = ico("0651928"), ico("2712459"), ico("2839016"), ico("0574382")
I39, I40, I41 = ico("2948170"), ico("2630428"), ico("3651709")

CASES: list[dict[str, Any]] = [
    {
        "id": "ag029-k9-ipv6-full-form",
        "description": "phone note with one production address written as a full-length IPv6, "
        "no test address wanted, phone with 00420",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Radio Beskydy s.r.o.",
            I29,
            None,
            ["2001:db8:1f::20"],
            [],
            "Daniel Mach",
            "mach@radiobeskydy.example",
            "+420604339218",
        ),
        "from": "Daniel Mach <mach@radiobeskydy.example>",
        "subject": "pristup xml",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "dobry den, za Radio Beskydy s.r.o. (ICO "
            f"{I29}) prosim o pristup k xml vysledkum. mame jen ipv6: "
            "2001:0db8:001f:0000:0000:0000:0000:0020, testovaci nepotrebujem.\n"
            "Mach 00420 604 339 218\n\n"
            "-- \nOdesláno z K-9 Mail\n"
        ),
    },
    {
        "id": "ag030-apple-reply-supplies-ico",
        "description": "reply supplying the IČO the office asked for; everything else in the "
        "applicant's quoted original under the office's quoted question and signature",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Karlovarský posel s.r.o.",
            I30,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.179"],
            "Lenka Šrámková",
            "sramkova@kvposel.example",
            "+420353440127",
        ),
        "from": "Lenka Šrámková <sramkova@kvposel.example>",
        "subject": "Re: Žádost o přístup – doplnění IČO",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"IČO naší společnosti je {I30}. Zbytek platí tak, jak jsem psala níže.\n\n"
            "S pozdravem\nLenka Šrámková\n\n"
            "> 16. 9. 2026 v 8:47, Podatelna ČSÚ <podatelna@czso.cz>:\n"
            ">\n"
            "> Dobrý den, v žádosti chybí IČO žadatele. Prosíme o doplnění.\n"
            "> ČSÚ, IČO 00025593, tel. 274 052 733\n"
            ">\n"
            ">> 15. 9. 2026 v 13:05, Lenka Šrámková <sramkova@kvposel.example>:\n"
            ">>\n"
            ">> Dobrý den,\n"
            ">> Karlovarský posel s.r.o. žádá o přístup k XML výsledkům voleb.\n"
            ">> Produkční IP: 192.0.2.170 a 192.0.2.171\n"
            ">> Testovací IP: 192.0.2.179\n"
            ">> Kontakt: Lenka Šrámková, 353 440 127\n"
        ),
    },
    {
        "id": "ag031-hungarian-range",
        "description": "Hungarian news site writing English: production addresses as a written "
        "range, one test address; Hungarian company registration number but no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunai Hírek Kft.",
            None,
            None,
            ["198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210"],
            "Péter Szabó",
            "szabo.peter@dunaihirek.example",
            "+36301234567",
        ),
        "from": "Szabó Péter <szabo.peter@dunaihirek.example>",
        "subject": "Request for XML election data access",
        "headers": GMAIL,
        "body": (
            "Dear Czech Statistical Office,\n\n"
            "Dunai Hírek Kft. (Győr, Cg. 08-09-031122) runs a news portal for the Slovak-"
            "Hungarian-Czech region. We ask for access to the election results in XML.\n\n"
            "Production: 198.51.100.201 - 198.51.100.203 (three servers behind a load "
            "balancer)\n"
            "Test: 198.51.100.210\n\n"
            "Contact: Péter Szabó, +36 30 123 4567\n\n"
            "Thank you and best regards,\nSzabó Péter\n"
        ),
    },
    {
        "id": "ag032-horde-withdraws-filming",
        "description": "chatty mail asks for both at first, then withdraws filming later in the "
        "same message; text and HTML alternative",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Mladoboleslavské listy, s.r.o.",
            I32,
            None,
            ["203.0.113.160"],
            ["203.0.113.161"],
            "Věra Tichá",
            "ticha@mblisty.example",
            "+420326711904",
        ),
        "from": "Věra Tichá <ticha@mblisty.example>",
        "subject": "volby – XML a možná natáčení",
        "headers": HORDE,
        "body": (
            "Dobrý den,\n\n"
            "za Mladoboleslavské listy, s.r.o. (IČO "
            f"{I32}) bychom chtěli požádat o přístup k XML výsledkům a taky o povolení "
            "natáčet na sběrném místě.\n\n"
            "Server: 203.0.113.160, testovací: 203.0.113.161.\n\n"
            "…a teď jsem se dozvěděla, že nám kameraman na ten víkend odpadl, takže "
            "natáčení prosím škrtněte, žádáme jen o ta data.\n\n"
            "Díky, Věra Tichá, 326 711 904\n"
        ),
        "html": (
            "<p>Dobrý den,</p><p>za Mladoboleslavské listy, s.r.o. (IČO "
            f"{I32}) bychom chtěli požádat o přístup k XML výsledkům a taky o povolení "
            "natáčet na sběrném místě.</p>"
            "<p>Server: 203.0.113.160, testovací: 203.0.113.161.</p>"
            "<p>…a teď jsem se dozvěděla, že nám kameraman na ten víkend odpadl, takže "
            "natáčení prosím škrtněte, žádáme jen o ta data.</p>"
            "<p>Díky, Věra Tichá, 326 711 904</p>"
        ),
    },
    {
        "id": "ag033-owa-html-rowspan",
        "description": "HTML-only Outlook on the web mail: a role cell spanning two rows "
        "(rowspan) for production, one test row, contact in a table row",
        "style": Style.HTML_ONLY,
        "labels": L(
            [FEED],
            "Vltavský deník, s. r. o.",
            I33,
            None,
            ["198.51.100.30", "198.51.100.31"],
            ["198.51.100.35"],
            "Stanislav Hořejší",
            "horejsi@vltavskydenik.example",
            "+420387612440",
        ),
        "from": "Stanislav Hořejší <horejsi@vltavskydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Calibri,Arial;font-size:11pt">'
            "<p>Dobrý den,</p><p>Vltavský deník, s. r. o., IČO: "
            f"{I33}, žádá o přístup k XML s průběžnými výsledky voleb.</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Role</th><th>IP</th></tr>"
            '<tr><td rowspan="2">Produkční</td><td>198.51.100.30</td></tr>'
            "<tr><td>198.51.100.31</td></tr>"
            "<tr><td>Testovací</td><td>198.51.100.35</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Stanislav Hořejší, 387 612 440</td></tr>"
            "</table><p>Děkuji</p><p>Stanislav Hořejší<br>vedoucí online redakce</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "ag034-outlook-forward-own-misdirected",
        "description": "applicant forwards her own earlier mail sent to a wrong address; the new "
        "text replaces the test address; the original's production address stands",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Chrudimský obzor s.r.o.",
            I34,
            None,
            ["203.0.113.100"],
            ["203.0.113.105"],
            "Dagmar Pešková",
            "peskova@chrudimskyobzor.example",
            "+420469330581",
        ),
        "from": "Dagmar Pešková <peskova@chrudimskyobzor.example>",
        "subject": "FW: Žádost o přístup k XML – Chrudimský obzor",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost, kterou jsem minulý týden omylem poslala na špatnou adresu. "
            "Jediná změna: testovací adresa už nebude 203.0.113.103, ale 203.0.113.105.\n\n"
            "Dagmar Pešková\n\n"
            "-----Original Message-----\n"
            "From: Dagmar Pešková <peskova@chrudimskyobzor.example>\n"
            "Sent: Tuesday, September 8, 2026 2:14 PM\n"
            "To: volby@statistika-info.example\n"
            "Subject: Žádost o přístup k XML – Chrudimský obzor\n\n"
            "Dobrý den,\n"
            f"Chrudimský obzor s.r.o., IČO {I34}, žádá o přístup k výsledkům voleb v XML.\n"
            "Produkce: 203.0.113.100\n"
            "Test: 203.0.113.103\n"
            "Kontakt: Dagmar Pešková, tel. 469 330 581\n"
        ),
    },
    {
        "id": "ag035-databox-tv-film-rtf",
        "description": "data message from a regional TV asking only to film; the RTF letter "
        "lists the crew with their phones and explicitly declines the feed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Televize Krkonoše, s.r.o.",
            I35,
            "k2ve9tj",
            [],
            [],
            "Michal Řezníček",
            "reznicek@tvkrkonose.example",
            "+420737118402",
        ),
        "subject": "Žádost o povolení natáčení ve volební noc (sběrné místo Trutnov)",
        "databox": {
            "box": "k2ve9tj",
            "sender": "Televize Krkonoše, s.r.o.",
            "address": "Horská 15, 541 01 Trutnov",
        },
        "attachments": [
            (
                "rtf",
                "zadost_nataceni.rtf",
                [
                    f"Televize Krkonoše, s.r.o., IČO {I35}, Horská 15, 541 01 Trutnov",
                    "Věc: žádost o povolení pořizovat obrazový a zvukový záznam",
                    "Žádáme o povolení natáčet na sběrném místě v Trutnově dne 3. 10. 2026 "
                    "od 20:00. O přístup k výsledkům ve formátu XML nežádáme.",
                    [
                        ["Štáb", "Funkce", "Telefon"],
                        ["Michal Řezníček", "redaktor, kontaktní osoba", "737 118 402"],
                        ["Jan Pour", "kameraman", "737 118 410"],
                    ],
                    "E-mail kontaktní osoby: reznicek@tvkrkonose.example",
                    "Ing. Zdeněk Horák, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ag036-html-signature-box-abbrev",
        "description": "HTML-only mail asking for both; abbreviated roles prod./záloha/TST; two "
        "people and a data-box ID in the signature, the contact named in the text",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Ostravská mediální s.r.o.",
            I36,
            "hq7b3mt",
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.63"],
            "Tereza Gajdošová",
            "gajdosova@zpravyostrava.example",
            "+420596110732",
        ),
        "from": "Tereza Gajdošová <gajdosova@zpravyostrava.example>",
        "subject": "Zprávy Ostrava – XML + natáčení",
        "headers": MAC_OUTLOOK,
        "html": (
            '<html><body style="font-family:Helvetica"><p>Dobrý den,</p>'
            "<p>pro náš web Zprávy Ostrava žádáme o přístup k XML výsledkům voleb a o "
            "povolení natáčet na sběrném místě v Ostravě.</p>"
            "<p>prod. 203.0.113.61<br>záloha 203.0.113.62<br>TST 203.0.113.63</p>"
            "<p>Kontaktní osobou jsem já.</p><p>Díky</p>"
            '<table style="font-size:9pt;color:#555"><tr>'
            "<td><b>Tereza Gajdošová</b><br>produkce<br>+420 596 110 732</td>"
            "<td><b>Ondřej Kuča</b><br>šéfredaktor<br>+420 596 110 700</td></tr>"
            '<tr><td colspan="2">Ostravská mediální s.r.o. · Nádražní 41, 702 00 Ostrava · '
            f"IČO {I36} · Datová schránka: hq7b3mt</td></tr></table></body></html>"
        ),
    },
    {
        "id": "ag037-zimbra-pdf-wrapped-cells",
        "description": "PDF application whose narrow table cells wrap the labels and the list "
        "of production addresses over several lines",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Deník Krušnohoří, a.s.",
            I37,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.159"],
            "Radim Fiala",
            "fiala@krusnohori.example",
            "+420472815066",
        ),
        "from": "Radim Fiala <fiala@krusnohori.example>",
        "subject": "Žádost – přístup k volebním výsledkům",
        "headers": ZIMBRA,
        "body": "Dobrý den, žádost posíláme v PDF v příloze.\nS pozdravem R. Fiala\n",
        "attachments": [
            (
                "pdf",
                "zadost_krusnohori.pdf",
                [
                    "Deník Krušnohoří, a.s., Masarykova 30, 400 01 Ústí nad Labem",
                    "Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["IČO žadatele", I37],
                            [
                                "Produkční IP adresy (hlavní a záložní server)",
                                "203.0.113.150, 203.0.113.151",
                            ],
                            ["Testovací IP adresa (pouze před volbami)", "203.0.113.159"],
                            [
                                "Kontaktní osoba",
                                "Radim Fiala, fiala@krusnohori.example, 472 815 066",
                            ],
                        ],
                        "widths": [95, 90],
                    },
                    "V Ústí nad Labem dne 9. 9. 2026",
                ],
            )
        ],
    },
    {
        "id": "ag038-french-radio-both",
        "description": "French radio writing English asks for both; tests from the production "
        "address; SIRET but no IČO; French mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Lumière Est SARL",
            None,
            None,
            ["198.51.100.170"],
            [],
            "Camille Laurent",
            "c.laurent@radiolumiere.example",
            "+33612345678",
        ),
        "from": "Camille Laurent <c.laurent@radiolumiere.example>",
        "subject": "Czech elections: data feed + filming",
        "headers": IPHONE,
        "body": (
            "Hello,\n\n"
            "I am writing for Radio Lumière Est SARL (Strasbourg, SIRET 812 447 903 00018). "
            "We would like:\n"
            "1. access to the XML results server from 198.51.100.170 - we will test from "
            "the same address, so no separate test IP;\n"
            "2. permission to record audio and video at a collection point in Prague.\n\n"
            "You can reach me at +33 6 12 34 56 78.\n\n"
            "Merci beaucoup,\nCamille Laurent\nRédactrice en chef adjointe\n\n"
            "Envoyé de mon iPhone\n"
        ),
    },
    {
        "id": "ag039-mutt-netmask-old-address",
        "description": "sysadmin's plain mail: production as an address with a netmask (a block "
        "of four), an old address no longer used, no test address",
        "style": Style.TECHNICAL,
        "labels": L(
            [FEED],
            "Brněnský portál s.r.o.",
            I39,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            [],
            "Karel Doležal",
            "dolezal@brnenskyportal.example",
            "+420541009318",
        ),
        "from": "Karel Dolezal <dolezal@brnenskyportal.example>",
        "subject": "XML vysledky voleb - pristup",
        "headers": MUTT,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "za Brněnský portál s.r.o. (IČO "
            f"{I39}) žádám o přístup k XML s výsledky voleb.\n\n"
            "Stahovat budeme ze segmentu 198.51.100.40 maska 255.255.255.252 (celý "
            "segment, jsou tam čtyři stroje). Loni jsme měli 198.51.100.9, tu už "
            "nepoužíváme, prosím ji neuvádějte. Testovací adresu nepotřebujeme.\n\n"
            "Karel Doležal, správce sítě\n"
            "tel. 541 009 318\n"
            "GPG: 4B1E 77A0 9C3D 2F18\n"
        ),
    },
    {
        "id": "ag040-databox-pdf-surname-contact",
        "description": "data message with a PDF letter: the office's own box in the address "
        "block, the contact named only by surname",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Brána, s.r.o.",
            I40,
            "b3nr6yd",
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Šebestová",
            "sebestova@vydbrana.example",
            "+420495317260",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "b3nr6yd",
            "sender": "Vydavatelství Brána, s.r.o.",
            "address": "Gočárova 8, 500 02 Hradec Králové",
        },
        "attachments": [
            (
                "pdf",
                "zadost_brana.pdf",
                [
                    f"Vydavatelství Brána, s.r.o.\nGočárova 8, 500 02 Hradec Králové\nIČ {I40}",
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                    "datová schránka 2gfaasy",
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Pro náš titul Královéhradecký týdeník žádáme o přístup k XML výsledkům "
                    "voleb. Produkční adresa 192.0.2.230, testovací adresa 192.0.2.231.",
                    "Ve věci žádosti kontaktujte prosím paní Šebestovou, tel. 495 317 260, "
                    "sebestova@vydbrana.example.",
                    "Mgr. Luboš Kraus, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ag041-samsung-slovak-test-withdrawn",
        "description": "Slovak phone mail correcting her own quoted earlier mail: the test "
        "address is withdrawn (they will test from production), the rest stands",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Novinky Kysuce, s. r. o.",
            I41,
            None,
            ["203.0.113.18"],
            [],
            "Zuzana Hrušovská",
            "hrusovska@novinkykysuce.example",
            "+421908772145",
        ),
        "from": "Zuzana Hrušovská <hrusovska@novinkykysuce.example>",
        "subject": "Re: Ziadost o pristup k XML",
        "headers": SAMSUNG,
        "body": (
            "Oprava k mojej žiadosti nižšie – testovaciu adresu .19 sme zrušili, testovať "
            "budeme z produkčnej. Ostatné platí.\n"
            "Z. Hrušovská\n\n"
            "-------- Pôvodná správa --------\n"
            "Od: Zuzana Hrušovská <hrusovska@novinkykysuce.example>\n"
            "Dátum: 14. 9. 2026 19:52\n\n"
            "> Dobrý deň,\n"
            "> žiadame o prístup k výsledkom volieb v XML pre Novinky Kysuce, s. r. o., "
            f"IČO {I41}.\n"
            "> Produkčná IP: 203.0.113.18\n"
            "> Testovacia IP: 203.0.113.19\n"
            "> Kontakt: Zuzana Hrušovská, 0908 772 145\n"
            "> S pozdravom Z. Hrušovská\n"
        ),
    },
    {
        "id": "ag042-roundcube-freelancer-txt",
        "description": "freelancer without an IČO sends his application as a text file; the mail "
        "body only says it is attached",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Ondřej Lustig",
            None,
            None,
            ["192.0.2.250"],
            ["192.0.2.251"],
            "Ondřej Lustig",
            "ondrej@volebniodhady.example",
            "+420720318564",
        ),
        "from": "Ondřej Lustig <ondrej@volebniodhady.example>",
        "subject": "žádost o XML (fyzická osoba)",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nžádost je v příloze (txt).\nDěkuji, O. Lustig\n",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)\n\n"
                "Žadatel: Ondřej Lustig, fyzická osoba – provozuji nezávislý web "
                "volebniodhady.example. IČO zatím nemám, živnost teprve zakládám.\n"
                "Produkční server (VPS): 192.0.2.250\n"
                "Testovací server: 192.0.2.251\n"
                "Telefon: 720 318 564\n"
                "E-mail: ondrej@volebniodhady.example\n\n"
                "Datum: 12. 9. 2026\n",
            )
        ],
    },
]
