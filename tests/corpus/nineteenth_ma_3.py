"""Nineteenth held-out part ``ma``, cases ma029–ma042: a university's Zimbra mail with an IPv6
test address, data messages with a PDF, an ODT corrected by its annotation and a DOCX with page
header, footer and a nested table, a forwarded internal thread that drops filming, a bracket
form in ISO-8859-2, a British agency on IPv6, a mail full of dates and other numbers, an
HTML-only Gmail reply under the office's quoted instructions, a withdrawn request, a Slovak
crew list and a forward of the office's press release. Written by hand apart from the
extraction rules (see make_nineteenth_ma); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.nineteenth_ma_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("6210347"), ico("0028519"), ico("2871203"), ico("2693418")
I33, I35, I36, I37 = ico("4790226"), ico("2815539"), ico("0698104"), ico("2577061")
I38, I39, I40, I41 = ico("2641833"), ico("2959274"), ico("4612087"), ico("3590412")
I42 = ico("2720958")

CASES: list[dict[str, Any]] = [
    {
        "id": "ma029-zimbra-university-both",
        "description": "a private college's journalism department asks for both; IPv6 test "
        "address, the contact is the department head with degrees; a secretary in the "
        "signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Vysoká škola mediální a žurnalistická Hradec, o. p. s.",
            I29,
            None,
            ["192.0.2.20"],
            ["2001:db8:c0::21"],
            "Petra Hlaváčová",
            "hlavacova@vsmz-hradec.example",
            "+420495117264",
        ),
        "from": "Petra Hlaváčová <hlavacova@vsmz-hradec.example>",
        "subject": "Volby 2025: studentský volební web a natáčení – žádost",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "Katedra žurnalistiky Vysoké školy mediální a žurnalistické Hradec připravuje "
            "se studenty volební web a reportáž. Jménem školy (Vysoká škola mediální "
            "a žurnalistická Hradec, o. p. s., IČO "
            f"{I29}) proto žádám:\n\n"
            "– o přístup k XML výsledkům: produkční server 192.0.2.20, testovací "
            "2001:db8:c0::21 (náš testovací stroj je jen na IPv6);\n"
            "– o povolení natáčet ve sběrném místě v Hradci Králové (3 studenti, "
            "pedagogický dozor).\n\n"
            "Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n\n"
            "doc. Mgr. Petra Hlaváčová, Ph.D.\n"
            "vedoucí katedry žurnalistiky\n"
            "tel. +420 495 117 264\n\n"
            "sekretariát katedry: Lucie Marková, +420 495 117 200, "
            "markova@vsmz-hradec.example\n"
            "Vysoká škola mediální a žurnalistická Hradec, o. p. s. | Gočárova 1620, "
            "500 02 Hradec Králové\n"
        ),
    },
    {
        "id": "ma030-databox-pdf-town-tv-film",
        "description": "a town's cultural centre (its TV) sends a data message with a PDF "
        "asking only to film; the PDF crosses out the feed option as not wanted",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Kulturní a informační centrum Letovice, příspěvková organizace",
            I30,
            "f8nk2wd",
            [],
            [],
            "Božena Šťastná",
            "stastna@kic-letovice.example",
            "+420516474018",
        ),
        "subject": "Žádost o povolení natáčení - Letovická televize",
        "databox": {
            "box": "f8nk2wd",
            "sender": "Kulturní a informační centrum Letovice, příspěvková organizace",
            "address": "Masarykovo nám. 210/29, 679 61 Letovice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_nataceni.pdf",
                [
                    "Kulturní a informační centrum Letovice, příspěvková organizace<br/>"
                    f"IČO: {I30}<br/>Masarykovo nám. 210/29, 679 61 Letovice",
                    "Český statistický úřad, krajská správa pro Jihomoravský kraj",
                    "Věc: Žádost o povolení pořízení záznamu ve sběrném místě",
                    {
                        "rows": [
                            ["Požadujeme", "ANO / NE"],
                            ["Přístup k XML výsledkům voleb", "NE"],
                            ["Pořízení obrazového a zvukového záznamu", "ANO"],
                        ],
                        "widths": [230, 80],
                    },
                    "Natáčet bude redaktorka Letovické televize Jana Kubová s kameramanem "
                    "dne 4. 10. 2025 od 15 hodin.",
                    "Kontaktní osoba: Božena Šťastná, ředitelka, tel. 516 474 018, "
                    "e-mail stastna@kic-letovice.example",
                ],
            )
        ],
    },
    {
        "id": "ma031-databox-odt-annotation-fixes-file",
        "description": "a data message whose annotation corrects the test address given in "
        "the attached ODT; production and the contact are only in the file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Podještědí s.r.o.",
            I31,
            "t5hc9ex",
            ["203.0.113.240"],
            ["203.0.113.242"],
            "Luboš Marek",
            "marek@radiopodjestedi.example",
            "+420482711390",
        ),
        "subject": "Žádost o přístup k XML výsledkům – pozor: testovací adresa je "
        "203.0.113.242, v příloze je chybně .241",
        "databox": {
            "box": "t5hc9ex",
            "sender": "Rádio Podještědí s.r.o.",
            "address": "Husova 88, 463 31 Chrastava",
        },
        "attachments": [
            (
                "odt",
                "zadost_radio_podjestedi.odt",
                [
                    "Rádio Podještědí s.r.o., IČO " + I31,
                    "Žádost o přístup k serveru s výsledky voleb",
                    [
                        ["Server", "IP adresa"],
                        ["produkční", "203.0.113.240"],
                        ["testovací", "203.0.113.241"],
                    ],
                    "Kontaktní osoba: Luboš Marek, tel. 482 711 390, marek@radiopodjestedi.example",
                    "Za Rádio Podještědí s.r.o. Ing. Vladimír Hora, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ma032-forward-thread-filming-dropped",
        "description": "a forward of an internal thread where filming was planned and then "
        "dropped; the addresses are only in the quoted colleague's mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Plzeňský kraj dnes, s.r.o.",
            I32,
            None,
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.230"],
            "Šárka Benešová",
            "benesova@pkdnes.example",
            "+420377841552",
        ),
        "from": "Šárka Benešová <benesova@pkdnes.example>",
        "subject": "Fwd: Re: volby - co potřebujeme od ČSÚ",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "Plzeňský kraj dnes, s.r.o. (IČO "
            f"{I32}) žádá o přístup k výsledkům voleb ve formátu XML, adresy jsou v "
            "přeposlané konverzaci níže. O natáčení nakonec nežádáme (viz níže).\n"
            "Kontakt: Šárka Benešová, 377 841 552.\n\n"
            "Děkuji\nŠárka Benešová\n\n"
            "Begin forwarded message:\n\n"
            "From: Marek Kolář <kolar@pkdnes.example>\n"
            "Subject: Re: volby - co potřebujeme od ČSÚ\n"
            "Date: 9 September 2025 at 16:02:44 CEST\n"
            "To: Šárka Benešová <benesova@pkdnes.example>\n\n"
            "Šárko, natáčení ve sběrném místě škrtni, štáb ten večer nebude mít čas.\n"
            "Servery: produkční 198.51.100.220 a 198.51.100.221, test 198.51.100.230.\n"
            "M.\n\n"
            "> On 9 Sep 2025, at 11:30, Šárka Benešová wrote:\n"
            ">\n"
            "> Marku, chystám žádost na ČSÚ - data + natáčení. Pošli mi IP adresy.\n"
        ),
    },
    {
        "id": "ma033-iso-bracket-form",
        "description": "a plain-text form in ISO-8859-2 quoted-printable with bracket "
        "checkboxes ([X] feed, [ ] recording); phone written with 00420",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kladenský deník KLD, spol. s r.o.",
            I33,
            None,
            ["192.0.2.5", "192.0.2.6"],
            ["192.0.2.7"],
            "Renata Holubová",
            "holubova@kld.example",
            "+420312555804",
        ),
        "from": "Renata Holubová <holubova@kld.example>",
        "subject": "Formulář - přístup médií k výsledkům voleb",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nposílám vyplněný formulář:\n\n"
            "ŽADATEL ......................: Kladenský deník KLD, spol. s r.o.\n"
            f"IČO ...........................: {I33}\n"
            "Požaduji:\n"
            "  [X] přístup k serveru s výsledky (XML)\n"
            "  [ ] povolení k pořízení záznamu ve sběrném místě\n"
            "Produkční IP adresy ............: 192.0.2.5, 192.0.2.6\n"
            "Testovací IP adresy ............: 192.0.2.7\n"
            "Kontaktní osoba ................: Renata Holubová\n"
            "Telefon ........................: 00420 312 555 804\n"
            "E-mail .........................: holubova@kld.example\n\n"
            "S pozdravem R. Holubová\n"
        ),
    },
    {
        "id": "ma034-british-agency-ipv6",
        "description": "an HTML-only mail from a British news agency (no IČO) on Outlook on "
        "the web: IPv6 production and test addresses, the contact is the tech lead named in the text, not the sender",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northgate News Agency Ltd",
            None,
            None,
            ["2001:db8:7f00::5", "2001:db8:7f00::6"],
            ["2001:db8:7f01::5"],
            "Owen Pritchard",
            "owen.pritchard@northgatenews.example",
            "+442079460183",
        ),
        "from": "Harriet Cole <harriet.cole@northgatenews.example>",
        "subject": "Czech election results - XML feed access (Northgate News Agency)",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Calibri,Helvetica,sans-serif;font-size:11pt">'
            "<p>Hi,</p>"
            "<p>Northgate News Agency Ltd (London, company no. 08813462) would like to apply "
            "for access to the XML results feed for the Czech parliamentary election.</p>"
            "<p>Production hosts: 2001:db8:7f00::5 and 2001:db8:7f00:0:0:0:0:6<br>"
            "Test host: 2001:db8:7f01::5<br>"
            "(we are IPv6-only on these boxes, hope that's OK)</p>"
            "<p>Please liaise with our tech lead, Owen Pritchard "
            '(<a href="mailto:owen.pritchard@northgatenews.example">'
            "owen.pritchard@northgatenews.example</a>, +44&nbsp;20&nbsp;7946&nbsp;0183), on "
            "anything technical &ndash; he is the contact for this application.</p>"
            "<p>Cheers,<br>Harriet</p>"
            '<table style="border-top:2px solid #b0122b;font-size:9pt;color:#444">'
            "<tr><td><b>Harriet Cole</b><br>Europe Desk Editor</td>"
            "<td>+44&nbsp;20&nbsp;7946&nbsp;0112<br>harriet.cole@northgatenews.example</td></tr>"
            '<tr><td colspan="2">Northgate News Agency Ltd, 14 Farringdon Lane, '
            "London EC1R 3AU</td></tr></table></div></body></html>"
        ),
    },
    {
        "id": "ma035-apple-numbers-noise",
        "description": "a chatty Apple Mail with dates, a time, a bank account, a software "
        "version and an OID around one production and one test address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Mostecký občasník s.r.o.",
            I35,
            None,
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Karel Novotný",
            "novotny@mosteckyobcasnik.example",
            "+420731118664",
        ),
        "from": "Karel Novotný <novotny@mosteckyobcasnik.example>",
        "subject": "Přístup na volby.xml (Mostecký občasník)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "jsme malý vydavatel, Mostecký občasník s.r.o., IČO "
            f"{I35}, a při minulých volbách jsme výsledky přepisovali ručně, což 3.10.2021 "
            "ve 22:30 skončilo katastrofou :) Letos bychom rádi využili Vaše XML.\n\n"
            "Stahovat bude skript v Pythonu 3.12.4 z našeho serveru 192.0.2.44, zkoušet "
            "to budeme z 192.0.2.45 (pro jistotu: certifikát máme od CA s politikou "
            "1.3.6.1.4.1.23624.10.1.41).\n\n"
            "Kdybyste potřebovali uhradit nějaký poplatek, účet máme 2801234567/2010.\n\n"
            "Kontakt: Karel Novotný, 731 118 664\n\n"
            "Díky moc a ať se volby vydaří!\n"
            "Karel Novotný\nMostecký občasník s.r.o., Třída Budovatelů 2957, 434 01 Most\n"
        ),
    },
    {
        "id": "ma036-gmail-html-reply-office-quote",
        "description": "an HTML-only Gmail reply with two tables (applicant, addresses with "
        "a role column) above the office's quoted instructions with its own contacts",
        "style": Style.HTML_ONLY,
        "labels": L(
            [FEED],
            "Jesenický týden, z. s.",
            I36,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.135"],
            "Olga Machalová",
            "jesenickytyden@gmail.example",
            "+420584411923",
        ),
        "from": "Jesenický týden <jesenickytyden@gmail.example>",
        "subject": "Re: Přístup k výsledkům voleb – pokyny",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div>posílám údaje podle Vašich pokynů.</div>'
            "<br>"
            '<table border="1" cellpadding="3" style="border-collapse:collapse">'
            "<tr><td><b>Žadatel</b></td><td>Jesenický týden, z. s.</td></tr>"
            f"<tr><td><b>IČO</b></td><td>{I36}</td></tr>"
            "<tr><td><b>Kontaktní osoba</b></td><td>Olga Machalová</td></tr>"
            "<tr><td><b>Telefon</b></td><td>584 411 923</td></tr></table><br>"
            '<table border="1" cellpadding="3" style="border-collapse:collapse">'
            "<tr><th>IP adresa</th><th>Prostředí</th></tr>"
            "<tr><td>203.0.113.130</td><td>ostré</td></tr>"
            "<tr><td>203.0.113.131</td><td>ostré</td></tr>"
            "<tr><td>203.0.113.135</td><td>testovací</td></tr></table>"
            "<br><div>S pozdravem<br>Olga Machalová<br>Jesenický týden</div></div><br>"
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            "po 8. 9. 2025 v 9:15 odesílatel podatelna@czso.cz napsal:<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            "Dobrý den,<br>v žádosti uveďte název a IČO žadatele, nejvýše 5 produkčních "
            "a 5 testovacích IP adres, kontaktní osobu, e-mail a telefon.<br>"
            "Český statistický úřad, IČO 00025593, ID DS 2gfaasy<br>"
            "Na padesátém 81, 100 82 Praha 10, tel. 274 052 733</blockquote></div>"
        ),
    },
    {
        "id": "ma037-recording-withdrawn-later",
        "description": "windows-1250 Outlook mail first asking for both, then withdrawing "
        "the recording request in a later paragraph",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Českolipský posel a.s.",
            I37,
            None,
            ["198.51.100.60"],
            ["198.51.100.61"],
            "Ivan Hořejší",
            "horejsi@ceskolipskyposel.example",
            "+420487334905",
        ),
        "from": "Ivan Hořejší <horejsi@ceskolipskyposel.example>",
        "subject": "Žádost – výsledky voleb a natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "qp",
        "body": (
            "Dobrý den,\n\n"
            "Českolipský posel a.s., IČO "
            f"{I37}, žádá o přístup k serveru s výsledky voleb a o povolení natáčení ve "
            "sběrném místě v České Lípě.\n\n"
            "Produkční IP: 198.51.100.60\nTestovací IP: 198.51.100.61\n\n"
            "Ještě oprava po poradě s vedením: o natáčení nakonec nežádáme, ten bod prosím "
            "berte jako zrušený. Platí jen přístup k datům.\n\n"
            "Kontakt: Ivan Hořejší, tel. 487 334 905\n\n"
            "S pozdravem\nIvan Hořejší\nzástupce šéfredaktora\n"
        ),
    },
    {
        "id": "ma038-signature-ico-dic-box-dashes",
        "description": "a Thunderbird mail whose only identifiers are in the signature (IČ "
        "with spaces, DIČ, data-box ID); phone with dashes",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Orlické noviny, s.r.o.",
            I38,
            "7hgm2ud",
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Michal Doležal",
            "dolezal@orlickenoviny.example",
            "+420602555190",
        ),
        "from": "Michal Doležal <dolezal@orlickenoviny.example>",
        "subject": "Přístup k XML – Orlické noviny",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "prosíme o přístup k serveru s výsledky voleb pro Orlické noviny. Budeme \n"
            "stahovat ze dvou produkčních adres 203.0.113.60 a 203.0.113.61, \n"
            "testovat z 203.0.113.62.\n\n"
            "Kontaktní osobou jsem já.\n\n"
            "Díky\n\n"
            "-- \n"
            "Michal Doležal\n"
            "technický redaktor\n"
            "mob.: +420-602-555-190\n"
            "Orlické noviny, s.r.o.\n"
            "Pražská 14, 516 01 Rychnov nad Kněžnou\n"
            f"IČ: {I38[:3]} {I38[3:5]} {I38[5:]} | DIČ: CZ{I38} | ID DS: 7hgm2ud\n"
        ),
    },
    {
        "id": "ma039-prvni-druha-chatty",
        "description": "a chatty K-9 note giving two addresses and their roles afterwards by "
        "order ('první … druhá'); the signing person is the contact",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rakovnický hlasatel s.r.o.",
            I39,
            None,
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Zuzana Pešková",
            "peskova@rakovnickyhlasatel.example",
            "+420604775302",
        ),
        "from": "Zuzana Pešková <peskova@rakovnickyhlasatel.example>",
        "subject": "Re: volby",
        "headers": K9,
        "body": (
            "Dobrý den, tak jsme to konečně dali dohromady :) Za Rakovnický hlasatel s.r.o. "
            f"(IČO {I39}) žádáme o přístup k XML. Adresy jsou 192.0.2.201 a 192.0.2.202 – "
            "první je ta ostrá, druhá jen testovací.\n"
            "Kdyby něco, volejte 604 775 302.\n"
            "Zuzana Pešková\n"
        ),
    },
    {
        "id": "ma040-databox-docx-header-footer-nested",
        "description": "a data message with a DOCX: the IČO in the page header, a bank "
        "account and box ID in the footer, addresses in a table nested in a cell",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Pálava, a.s.",
            I40,
            "w6ej3rb",
            ["198.51.100.100", "198.51.100.101"],
            ["198.51.100.110"],
            "Richard Hanák",
            "hanak@vydpalava.example",
            "+420519303377",
        ),
        "subject": "Přístup k výsledkům voleb 2025",
        "databox": {
            "box": "w6ej3rb",
            "sender": "Vydavatelství Pálava, a.s.",
            "address": "Náměstí 17, 692 01 Mikulov",
        },
        "attachments": [
            (
                "docx",
                "CSU_zadost_Palava.docx",
                {
                    "header": f"Vydavatelství Pálava, a.s. | IČO {I40} | Náměstí 17, Mikulov",
                    "footer": "Bankovní spojení: 1928374650/0800 | ID DS: w6ej3rb | "
                    "www.vydpalava.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Věc: žádost o přístup k serveru s výsledky voleb",
                        "Vydavatelství Pálava, a.s. žádá o přístup k XML výsledkům voleb "
                        "pro deník Pálavské listy.",
                        {
                            "rows": [
                                ["Žadatel", "Vydavatelství Pálava, a.s."],
                                ["Adresy", ""],
                                ["Kontakt", "Richard Hanák, 519 303 377, hanak@vydpalava.example"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.100"],
                                        ["produkční", "198.51.100.101"],
                                        ["testovací", "198.51.100.110"],
                                    ]
                                }
                            },
                        },
                        "Mgr. Dana Kynclová, ředitelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "ma041-slovak-tv-crew-film",
        "description": "a Slovak TV asks only to film, lists its crew with phones; the "
        "producer is the contact with a Bratislava landline; no feed wanted",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "TV Záhorie, s. r. o.",
            I41,
            None,
            [],
            [],
            "Ľubica Hrušovská",
            "hrusovska@tvzahorie.example",
            "+421259301144",
        ),
        "from": "Ľubica Hrušovská <hrusovska@tvzahorie.example>",
        "subject": "Žiadosť o povolenie nakrúcania vo volebnú noc",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "base64",
        "body": (
            "Dobrý deň,\n\n"
            "televízia TV Záhorie, s. r. o. (IČO "
            f"{I41}) pripravuje reportáž o českých voľbách. Žiadame o povolenie nakrúcať "
            "vo Vašom zbernom mieste v Hodoníne 4. 10. 2025. Prístup k XML výsledkom "
            "nepotrebujeme.\n\n"
            "Štáb:\n"
            "  redaktor: Peter Ďurica, +421 907 411 285\n"
            "  kameraman: Ján Bielik, +421 915 602 730\n\n"
            "Kontaktná osoba: Ľubica Hrušovská, producentka, tel. 02/5930 1144\n\n"
            "S pozdravom\nĽubica Hrušovská\nTV Záhorie, s. r. o., Senica\n"
        ),
    },
    {
        "id": "ma042-forward-of-office-press-release",
        "description": "an editor forwards the office's press release that a colleague "
        "forwarded to him; the request is on top (flowed, delsp), the release below "
        "carries the office's identifiers and contacts",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Havlíčkobrodský deník s.r.o.",
            I42,
            None,
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.232"],
            "Jan Pavlíček",
            "pavlicek@hbdenik.example",
            "+420569812047",
        ),
        "from": "Jan Pavlíček <pavlicek@hbdenik.example>",
        "subject": "Fwd: Fwd: TZ ČSÚ – přístup médií k výsledkům",
        "headers": TBIRD,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            "na základě Vaší tiskové zprávy (přeposílám níže) žádá Havlíčkobrodský deník "
            f"s.r.o., IČO {I42}, o přístup k serveru s výsledky voleb. Produkční adresy: "
            "192.0.2.230, 192.0.2.231, testovací: 192.0.2.232.\n\n"
            "Kontakt: Jan Pavlíček, 569 812 047\n\n"
            "S pozdravem\nJan Pavlíček\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: Fwd: TZ ČSÚ – přístup médií k výsledkům\n"
            "Od: Eliška Pokorná <pokorna@hbdenik.example>\n"
            "Komu: Jan Pavlíček <pavlicek@hbdenik.example>\n\n"
            "Honzo, tohle je pro nás, pošleš jim to?\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: TZ ČSÚ – přístup médií k výsledkům\n"
            "Od: Tiskové oddělení ČSÚ <podatelna@czso.cz>\n\n"
            "Český statistický úřad (IČO 00025593, ID DS 2gfaasy) zpřístupní výsledky "
            "voleb médiím ve formátu XML. Žádosti s nejvýše 5 produkčními a 5 testovacími "
            "IP adresami přijímá podatelna@czso.cz do 19. 9. 2025. Informace pro média: "
            "274 052 733.\n"
        ),
    },
]
