"""Thirty-seventh held-out part ``ag``, cases ag001–ag014: an iPhone note, an Outlook HTML
table with ano/ne columns, a reply to the office's acknowledgement over the applicant's own
quoted original, a chatty Seznam mail in iso-8859-2, a German broadcaster writing English, a
forward of IT's mail as a nested message, data messages with the application in the annotation
or only in a document, a correction, a three-person signature, a Slovak phone note, Gmail HTML
with an IPv6 production address, a DOCX form with box characters and an Italian freelancer.
Written by hand apart from the extraction rules (see make_thirtyseventh_ag); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyseventh_ag_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2471852"), ico("2690314"), ico("0562718"), ico("2266094")
I6, I7, I8, I9 = ico("2813760"), ico("0619427"), ico("2940551"), ico("2573108")
I10, I11, I12, I14 = ico("3638215"), ico("0712946"), ico("2605539"), ico("0028917")

CASES: list[dict[str, Any]] = [
    {
        "id": "ag001-iphone-three-lines",
        "description": "three lines typed on an iPhone without diacritics, IČO as 'ic' and "
        "the abbreviations prod/test",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Podbrdske listy s.r.o.",
            I1,
            None,
            ["198.51.100.23"],
            ["198.51.100.24"],
            "Tomas Brabec",
            "brabec@podbrdskelisty.example",
            "+420731224590",
        ),
        "from": "Tomas Brabec <brabec@podbrdskelisty.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, prosim o zrizeni pristupu na xml vysledky voleb pro Podbrdske listy "
            f"s.r.o. (ic {I1})\n"
            "prod 198.51.100.23\ntest 198.51.100.24\n"
            "Brabec, tel +420 731 22 45 90\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ag002-outlook-html-ano-ne",
        "description": "HTML-only Outlook mail: request types in an ano/ne table (filming NE), "
        "addresses in a table with Produkce/Test column headers, contact a colleague",
        "style": Style.HTML_ONLY,
        "labels": L(
            [FEED],
            "Jihomoravský kurýr, a. s.",
            I2,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.79"],
            "Lukáš Hrdina",
            "hrdina@jmkuryr.example",
            "+420549113862",
        ),
        "from": "Eliška Dvořáková <dvorakova@jmkuryr.example>",
        "subject": "Žádost – výsledky voleb XML (Jihomoravský kurýr)",
        "headers": OUTLOOK,
        "html": (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos"} '
            '--></style></head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,<o:p></o:p></p>'
            '<p class="MsoNormal">v příloze e-mailu bohužel nemůžeme posílat formuláře, '
            "tak to posílám přímo sem:<o:p></o:p></p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">'
            '<tr><td><p class="MsoNormal"><b>Žádáme o</b></p></td>'
            '<td><p class="MsoNormal"><b>ano / ne</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">přístup k serveru s výsledky (XML)</p></td>'
            '<td><p class="MsoNormal">ANO</p></td></tr>'
            '<tr><td><p class="MsoNormal">povolení k natáčení na sběrném místě</p></td>'
            '<td><p class="MsoNormal">NE</p></td></tr></table>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">'
            '<tr><td><p class="MsoNormal"><b>Produkce</b></p></td>'
            '<td><p class="MsoNormal"><b>Test</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.70</p></td>'
            '<td><p class="MsoNormal">203.0.113.79</p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.71</p></td>'
            '<td><p class="MsoNormal">&nbsp;</p></td></tr></table>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Žadatel: Jihomoravský kurýr, a. s., IČO '
            f"{I2}, Kobližná 9, 602 00 Brno<o:p></o:p></p>"
            '<p class="MsoNormal">Kontaktní osoba: Lukáš Hrdina (správa serverů), '
            'tel. 549&nbsp;113&nbsp;862, <a href="mailto:hrdina@jmkuryr.example">'
            "hrdina@jmkuryr.example</a><o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Děkuji,<br>Eliška Dvořáková<br>asistentka šéfredaktora<br>'
            "tel. 549 113 800 (ústředna)<o:p></o:p></p></div></body></html>"
        ),
    },
    {
        "id": "ag003-reply-over-own-original",
        "description": "reply to the office's acknowledgement asking for a test address; the "
        "production address, organisation and contact are in the applicant's own quoted "
        "original two levels down, the office's contacts in the middle level",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Hřebeny, s.r.o.",
            I3,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Martina Kolářová",
            "kolarova@radiohrebeny.example",
            "+420606441278",
        ),
        "from": "Martina Kolářová <kolarova@radiohrebeny.example>",
        "subject": "Re: Re: přístup k XML výsledkům – Rádio Hřebeny",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji: testovat budeme z adresy 203.0.113.91. Ostatní údaje z mé původní "
            "žádosti níže platí beze změny.\n\n"
            "Martina Kolářová\n\n"
            "Dne 15. 9. 2026 v 9:02 podatelna ČSÚ napsal(a):\n"
            "> Dobrý den,\n"
            "> potvrzujeme přijetí Vaší žádosti, evidujeme ji pod č. j. CSU-041877/2026.\n"
            "> Prosíme o doplnění testovací IP adresy, případně sdělení, že ji nepožadujete.\n"
            ">\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "> IČO 00025593, ID DS 2gfaasy, tel. 274 052 733, podatelna@czso.cz\n"
            ">\n"
            "> Dne 14. 9. 2026 v 16:40 Martina Kolářová napsal(a):\n"
            "> > Dobrý den,\n"
            "> > žádáme o přístup k serveru s průběžnými výsledky voleb ve formátu XML.\n"
            "> >\n"
            f"> > Rádio Hřebeny, s.r.o., IČO {I3}\n"
            "> > produkční IP: 203.0.113.90\n"
            "> > kontakt: Martina Kolářová, mob. 606 441 278\n"
            "> >\n"
            "> > S pozdravem\n"
            "> > Martina Kolářová, vedoucí vysílání\n"
        ),
    },
    {
        "id": "ag004-seznam-chatty-both",
        "description": "chatty Seznam mail in iso-8859-2 asking for both; the same address is "
        "used for testing; a version number and a port in the text",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Poodří sobě, z.s.",
            I4,
            None,
            ["192.0.2.140"],
            [],
            "Jaroslav Kubeš",
            "kubes.jaroslav@poodri.example",
            "+420605118332",
        ),
        "from": "Jaroslav Kubeš <kubes.jaroslav@poodri.example>",
        "subject": "volby - data a natáčení",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "píšu za spolek Poodří sobě, z.s. (IČO "
            f"{I4}), provozujeme malý zpravodajský web a kabelovku pro Studénku a okolí. "
            "Letos bychom rádi dělali volební noc pořádně, takže prosím o dvě věci:\n\n"
            "1) přístup k těm XML výsledkům - náš server má adresu 192.0.2.140 (běží na něm "
            "nginx 1.24.0, stahovat budeme přes 443, ne přes 8443 jak jsme měli loni "
            "u jiného zdroje). Testovat budeme na tom samém stroji, jinou adresu nemáme.\n\n"
            "2) povolení natáčet na vašem sběrném místě v Ostravě, přijeli bychom s jednou "
            "kamerou kolem 21. hodiny.\n\n"
            "Kdyby něco, volejte klidně i večer 605-118-332.\n\n"
            "Díky moc a ať se volby vydaří :-)\n"
            "Jarda Kubeš\n"
            "předseda spolku\n"
        ),
    },
    {
        "id": "ag005-german-english-ipv6-test",
        "description": "German broadcaster writing English, no Czech IČO (HRB and VAT numbers "
        "only), contact a named colleague, IPv6 test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mitteldeutsche Rundschau GmbH",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["2001:db8:4a1::10"],
            "Jonas Weber",
            "j.weber@md-rundschau.example",
            "+493419627715",
        ),
        "from": "Sabine Hoffmann <s.hoffmann@md-rundschau.example>",
        "subject": "Access to election results XML feed - Mitteldeutsche Rundschau",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Mitteldeutsche Rundschau GmbH (Leipzig) would like to apply for access to the "
            "XML server with the results of the Czech elections. We cover the elections "
            "for our readers in Saxony and want to show live numbers.\n\n"
            "Our production servers are 203.0.113.200 and 203.0.113.201. For tests we will "
            "use an IPv6 host, 2001:db8:4a1::10.\n\n"
            "Please send all technical communication to my colleague Mr. Jonas Weber, "
            "head of IT, j.weber@md-rundschau.example, phone +49 341 962 77 15.\n\n"
            "We do not have a Czech company number. Our register entry is HRB 30418 "
            "(Amtsgericht Leipzig), VAT ID DE 281 555 903.\n\n"
            "Kind regards\n"
            "Sabine Hoffmann\n"
            "Chefin vom Dienst\n"
            "Mitteldeutsche Rundschau GmbH | Brühl 52 | 04109 Leipzig\n"
            "Tel. +49 341 962 77 00\n"
        ),
    },
    {
        "id": "ag006-forward-it-mail-nested",
        "description": "editor forwards IT's mail as an attached message; the roles are given by "
        "'respectively' order (resp.) in the nested mail; the editor names herself contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Českomoravská vrchovina s.r.o.",
            I6,
            None,
            ["198.51.100.131"],
            ["198.51.100.132"],
            "Petra Soukupová",
            "soukupova@tydenikcmv.example",
            "+420569421337",
        ),
        "from": "Petra Soukupová <soukupova@tydenikcmv.example>",
        "subject": "FW: adresy pro volby",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "za Týdeník Českomoravská vrchovina s.r.o. (IČO "
            f"{I6}) žádám o přístup k XML výsledkům voleb. IP adresy najdete v přeposlané "
            "zprávě od našeho IT v příloze. Kontaktní osobou budu já, Petra Soukupová, "
            "tel. 569 421 337.\n\n"
            "Děkuji\nPetra Soukupová\nredakce\n"
        ),
        "attachments": [
            (
                "eml",
                "adresy pro volby.eml",
                {
                    "id": "ag006-inner",
                    "from": "Vít Hudec <hudec@tydenikcmv.example>",
                    "to": "soukupova@tydenikcmv.example",
                    "subject": "adresy pro volby",
                    "body": (
                        "Ahoj Petro,\n\n"
                        "pro ČSÚ použij adresy 198.51.100.131 a 198.51.100.132 "
                        "(produkce, resp. test). Firewall je nastavený, otevřené máme "
                        "jen 443.\n\n"
                        "Vít\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ag007-databox-annotation-extract",
        "description": "data message with the whole application in the annotation; the file is "
        "only a commercial-register extract carrying the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "RegionPress Morava s.r.o.",
            I7,
            "x4kd9mq",
            ["192.0.2.61"],
            ["192.0.2.62"],
            "Ondřej Malý",
            "maly@regionpress.example",
            "+420724310998",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: prod. IP 192.0.2.61, test. IP "
        "192.0.2.62, kontakt Ondřej Malý, 724 310 998, maly@regionpress.example",
        "databox": {
            "box": "x4kd9mq",
            "sender": "RegionPress Morava s.r.o.",
            "address": "Palackého 14, 750 02 Přerov",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Ostravě, "
                    "oddíl C, vložka 58114",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. března 2011"],
                            ["Obchodní firma:", "RegionPress Morava s.r.o."],
                            ["Sídlo:", "Palackého 14, 750 02 Přerov"],
                            ["Identifikační číslo:", f"{I7[:3]} {I7[3:5]} {I7[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Předmět podnikání:", "vydavatelské činnosti, polygrafická výroba"],
                        ],
                        "widths": [150, 300],
                    },
                    "Údaje platné ke dni 1. 9. 2026 03:45",
                ],
            )
        ],
    },
    {
        "id": "ag008-gmail-correction-digits",
        "description": "the production address is corrected at the end of the mail (.15 was a "
        "typo for .51)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Nový Boleslavský deník s.r.o.",
            I8,
            None,
            ["203.0.113.51"],
            ["203.0.113.16"],
            "Adam Zelenka",
            "adam.zelenka@nbdenik.example",
            "+420777902114",
        ),
        "from": "Adam Zelenka <adam.zelenka@nbdenik.example>",
        "subject": "žádost o xml feed",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "prosím o přístup k výsledkům voleb ve formátu XML pro Nový Boleslavský deník "
            f"s.r.o., IČO {I8}.\n\n"
            "produkční server: 203.0.113.15\n"
            "testovací server: 203.0.113.16\n\n"
            "Kontakt: Adam Zelenka, 777 902 114\n\n"
            "EDIT: omlouvám se, v produkční adrese jsem přehodil číslice – správně je "
            "203.0.113.51, ne .15. Testovací sedí.\n\n"
            "Díky\nAdam Zelenka\n"
        ),
    },
    {
        "id": "ag009-zimbra-three-person-signature",
        "description": "signature names three people with phones; the text makes the second "
        "one (the technician) the contact; data-box ID in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Krajské noviny Vysočina spol. s r.o.",
            I9,
            "r8kzq2w",
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.159"],
            "Radek Souček",
            "soucek@knvysocina.example",
            "+420733512906",
        ),
        "from": "Hana Vaňková <vankova@knvysocina.example>",
        "subject": "Volby 2026 – žádost o přístup k XML",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "Krajské noviny Vysočina žádají o přístup k serveru s výsledky voleb.\n"
            "Hlavní server 198.51.100.150, záložní 198.51.100.151, testovací 198.51.100.159.\n\n"
            "Kontaktní osobou pro tuto žádost bude náš technik Radek Souček (druhý v podpisu "
            "níže), na mě se obracejte jen ve věcech smluv.\n\n"
            "S pozdravem\n\n"
            "Hana Vaňková, vedoucí vydavatelství\n"
            "  +420 567 300 411 | vankova@knvysocina.example\n"
            "Radek Souček, technik\n"
            "  +420 733 512 906 | soucek@knvysocina.example\n"
            "Ivana Fialová, šéfredaktorka\n"
            "  +420 733 512 900 | fialova@knvysocina.example\n\n"
            "Krajské noviny Vysočina spol. s r.o.\n"
            f"Masarykovo nám. 1, 586 01 Jihlava | IČO: {I9} | ID datové schránky: r8kzq2w\n"
        ),
    },
    {
        "id": "ag010-samsung-slovak",
        "description": "Slovak note from a Samsung phone: one production address, no test "
        "address wanted, IČO written 'IČO:' with spaces",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Denník Záhorie s.r.o.",
            I10,
            None,
            ["198.51.100.77"],
            [],
            "Marek Šimko",
            "simko@dennikzahorie.example",
            "+421905318642",
        ),
        "from": "Marek Šimko <simko@dennikzahorie.example>",
        "subject": "ziadost xml volby",
        "headers": SAMSUNG,
        "cte": "base64",
        "body": (
            "Dobrý deň,\n"
            "prosím o prístup k XML výsledkom volieb pre Denník Záhorie s.r.o., "
            f"IČO: {I10[:2]} {I10[2:5]} {I10[5:]}.\n"
            "Produkčná IP 198.51.100.77, testovaciu nepotrebujeme.\n"
            "Kontakt ja, +421 905 318 642\n"
            "Ďakujem, Šimko\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "ag011-gmail-html-ipv6-production",
        "description": "HTML-only Gmail mail with a div layout and a small table: IPv4 and IPv6 "
        "production addresses, one test address",
        "style": Style.HTML_ONLY,
        "labels": L(
            [FEED],
            "Nové Polabí, z. ú.",
            I11,
            None,
            ["203.0.113.5", "2001:db8:77::5"],
            ["203.0.113.6"],
            "Zuzana Pokorná",
            "pokorna@novepolabi.example",
            "+420604227391",
        ),
        "from": "Zuzana Pokorná <pokorna@novepolabi.example>",
        "subject": "Přístup k výsledkům voleb – Nové Polabí",
        "headers": GMAIL,
        "cte": "base64",
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>zapsaný ústav Nové Polabí, z. ú. (IČO "
            f"{I11}) žádá o přístup k XML s výsledky voleb. Provozujeme zpravodajský web "
            "novepolabi.example.</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1" cellpadding="3">'
            "<tbody><tr><th>Server</th><th>IPv4</th><th>IPv6</th></tr>"
            "<tr><td>produkční</td><td>203.0.113.5</td><td>2001:db8:77::5</td></tr>"
            "<tr><td>testovací</td><td>203.0.113.6</td><td>–</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Kontakt: Zuzana Pokorná, +420 604 227 391</div><div><br></div>"
            '<div>S pozdravem</div><div>Zuzana Pokorná</div><div><span style="color:'
            'rgb(136,136,136)">ředitelka | Nové Polabí, z. ú. | Palackého 3, 290 01 '
            "Poděbrady</span></div></div>"
        ),
    },
    {
        "id": "ag012-docx-form-box-characters",
        "description": "short mail with a DOCX form: ☒ feed, ☐ filming; addresses in a form "
        "table with a 'Testovací IP (nepovinné)' row left empty",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Pražský večerník a.s.",
            I12,
            None,
            ["192.0.2.33", "192.0.2.34"],
            [],
            "Filip Novotný",
            "f.novotny@prazskyvecernik.example",
            "+420224811570",
        ),
        "from": "Filip Novotný <f.novotny@prazskyvecernik.example>",
        "subject": "formulář – volby",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\nv příloze posílám vyplněný formulář.\n\nFilip Novotný\nPražský večerník\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_vecernik.docx",
                {
                    "blocks": [
                        "Žádost médií – volby do Poslanecké sněmovny 2026",
                        "☒ přístup k průběžným výsledkům ve formátu XML",
                        "☐ povolení k pořizování zvukových a obrazových záznamů",
                        {
                            "rows": [
                                ["Žadatel", "Pražský večerník a.s."],
                                ["IČO", I12],
                                ["Produkční IP (max. 5)", "192.0.2.33\n192.0.2.34"],
                                ["Testovací IP (nepovinné)", ""],
                                ["Kontaktní osoba", "Filip Novotný"],
                                ["E-mail", "f.novotny@prazskyvecernik.example"],
                                ["Telefon", "224 811 570"],
                            ]
                        },
                        "V Praze dne 10. 9. 2026",
                    ]
                },
            )
        ],
    },
    {
        "id": "ag013-italian-freelancer-film",
        "description": "Italian freelance reporter writing English asks only to film, no "
        "company and no IČO; a fixer's Czech number also appears",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Giulia Ferraro",
            None,
            None,
            [],
            [],
            "Giulia Ferraro",
            "giulia.ferraro@corrispondenze.example",
            "+393471182056",
        ),
        "from": "Giulia Ferraro <giulia.ferraro@corrispondenze.example>",
        "subject": "Request to film at a counting point - election night",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "I'm Giulia Ferraro, a freelance video reporter from Turin. I don't work for a "
            "company, I sell my pieces to Italian broadcasters myself, so I have no Czech "
            "registration number (and no Italian company either, just my partita IVA as a "
            "self-employed person).\n\n"
            "I would like to ask for permission to film at one of your collection points in "
            "Prague on election night, short shots of the staff receiving the results, "
            "about 30 minutes. I don't need the data feed.\n\n"
            "My local fixer is Tomáš (+420 721 009 315), but please contact me directly: "
            "+39 347 118 2056.\n\n"
            "Grazie mille,\nGiulia\n"
        ),
    },
    {
        "id": "ag014-databox-docx-letter-block",
        "description": "data message with a bare annotation; the DOCX letter has IČO and box in "
        "its header, a /30 production block, both request types and the office's own box "
        "in the address block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Hradec nad Svitavou",
            I14,
            "t2pnw7e",
            ["192.0.2.200", "192.0.2.201", "192.0.2.202", "192.0.2.203"],
            ["192.0.2.210"],
            "Blanka Procházková",
            "prochazkova@hradecns.example",
            "+420461700215",
        ),
        "subject": "Žádost – volby 2026",
        "databox": {
            "box": "t2pnw7e",
            "sender": "Město Hradec nad Svitavou",
            "address": "Náměstí 1, 569 01 Hradec nad Svitavou",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_mesto.docx",
                {
                    "header": f"Město Hradec nad Svitavou | IČO {I14} | ID DS t2pnw7e",
                    "footer": "Městský úřad Hradec nad Svitavou, odbor kanceláře starosty",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\nID DS: 2gfaasy",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Město Hradec nad Svitavou vydává Hradecký zpravodaj a provozuje "
                        "městskou televizi. Žádáme o přístup k serveru s výsledky voleb ve "
                        "formátu XML a zároveň o povolení natáčet na sběrném místě ve "
                        "Svitavách.",
                        {
                            "rows": [
                                ["Druh", "Adresa"],
                                ["produkční (rozsah)", "192.0.2.200/30"],
                                ["testovací", "192.0.2.210"],
                            ]
                        },
                        "Kontaktní osoba: Blanka Procházková, tisková mluvčí, "
                        "tel. 461 700 215, prochazkova@hradecns.example",
                        "Mgr. Pavel Jireš\nstarosta",
                    ],
                },
            )
        ],
    },
]
