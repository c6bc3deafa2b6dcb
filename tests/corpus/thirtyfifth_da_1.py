"""Thirty-fifth held-out part ``da``, cases da001–da014: an iPhone note with the test address
first, an Outlook-on-the-web table with ano/ne and role columns, a reply to the office's request
for a missing IČO above the applicant's own quoted original, a chatty podcast without an IČO,
a flowed correction, a forward from IT with a netmask, a German broadcaster writing English,
data messages and a Slovak weekly. Written by hand apart from the extraction rules (see
make_thirtyfifth_da); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfifth_da_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I5 = ico("2916473"), ico("0608315"), ico("4527190"), ico("2873604")
I6, I8, I9, I10 = ico("2653018"), ico("0719246"), ico("0027164"), ico("2704559")
I11, I12, I13, I14 = ico("2481637"), ico("3618052"), ico("4781293"), ico("0021662")

CASES: list[dict[str, Any]] = [
    {
        "id": "da001-iphone-test-first-ostry",
        "description": "iPhone note naming the test address before the two production ones "
        "('ostrý'), IČO written 'IČ' with spaces",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zpravodaj Poodří s.r.o.",
            I1,
            None,
            ["192.0.2.15", "192.0.2.16"],
            ["192.0.2.14"],
            "Pavel Koukal",
            "koukal@zpravodajpoodri.example",
            "+420732418065",
        ),
        "from": "Pavel Koukal <koukal@zpravodajpoodri.example>",
        "subject": "IP na volby",
        "headers": IPHONE,
        "body": (
            "Dobrý den, posílám IPčka kvůli tomu XML s výsledky voleb:\n"
            "test 192.0.2.14\n"
            "ostrý 192.0.2.15 a 192.0.2.16\n"
            f"Jsme Zpravodaj Poodří s.r.o., IČ {I1[:2]} {I1[2:5]} {I1[5:]}. Kdyžtak volejte "
            "732 418 065.\n"
            "Pavel Koukal\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "da002-owa-html-ano-ne-role-columns",
        "description": "HTML-only Outlook on the web: request types in an ano/ne table (filming "
        "ne), addresses in columns headed Produkce and Test with an empty test cell",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Jihomoravský týdeník a.s.",
            I2,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.29"],
            "Marek Doležal",
            "dolezal@jmtydenik.example",
            "+420541236870",
        ),
        "from": "Doležal Marek <dolezal@jmtydenik.example>",
        "subject": "Volby 2025 - žádost o přístup (Jihomoravský týdeník)",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
            '</style></head><body dir="ltr"><div style="font-family: Aptos, Arial, Helvetica, '
            'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Dobrý den,</div>'
            '<div style="font-family: Aptos, Arial; font-size: 12pt;"><br></div>'
            '<div style="font-family: Aptos, Arial; font-size: 12pt;">v příloze mailu (tedy '
            "vlastně přímo tady) posíláme žádost k volbám do Poslanecké sněmovny. Vyplnili "
            "jsme to podle loňska:</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1"><tbody>'
            "<tr><th>Žádáme o</th><th>ano / ne</th></tr>"
            "<tr><td>přístup k XML výsledkům</td><td>ano</td></tr>"
            "<tr><td>povolení natáčet na sběrném místě</td><td>ne</td></tr>"
            "</tbody></table><div><br></div>"
            '<table style="border-collapse:collapse" border="1"><tbody>'
            "<tr><th>Produkce</th><th>Test</th></tr>"
            "<tr><td>198.51.100.21</td><td>198.51.100.29</td></tr>"
            "<tr><td>198.51.100.22</td><td>&nbsp;</td></tr>"
            "</tbody></table><div><br></div>"
            f"<div>Jihomoravský týdeník a.s., Kounicova 14, 602 00 Brno, IČO: {I2}</div>"
            "<div>Kontakt: Marek Doležal, technický redaktor, tel. 541 236 870, mobil "
            "604 112 903 (jen o víkendu)</div><div><br></div>"
            "<div>Díky!</div><div>M. Doležal</div>"
            '<div id="Signature"><div style="font-size:9pt;color:#777">Jihomoravský týdeník '
            "| www.jmtydenik.example | Sledujte nás i na sítích</div></div>"
            "</body></html>"
        ),
    },
    {
        "id": "da003-reply-adds-ico-above-quoted-history",
        "description": "reply adding the missing IČO to the office's request; the office's "
        "answer quotes its own phone and address, the applicant's original (>>) has the "
        "addresses and contact",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Podbrdsko s.r.o.",
            I3,
            None,
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Lenka Janoušková",
            "janouskova@radiopodbrdsko.example",
            "+420602557314",
        ),
        "from": "Lenka Janoušková <janouskova@radiopodbrdsko.example>",
        "subject": "Re: Re: Přístup k výsledkům voleb - doplnění",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"omlouvám se, IČO jsem zapomněla: {I3}. Adresy i kontakt zůstávají tak, jak "
            "jsem je psala v původní žádosti dole.\n\n"
            "Lenka Janoušková\n\n"
            "Dne 11.09.2025 v 14:02 podatelna@czso.cz napsal(a):\n"
            "> Vážená paní Janoušková,\n"
            ">\n"
            "> k vyřízení žádosti potřebujeme ještě IČO žadatele. Odpovězte prosím\n"
            "> na tento e-mail, případně volejte na 274 052 733.\n"
            ">\n"
            "> S pozdravem\n"
            "> podatelna ČSÚ\n"
            "> Na padesátém 81, 100 82 Praha 10\n"
            ">\n"
            "> Dne 10.09.2025 v 9:47 Lenka Janoušková napsal(a):\n"
            ">> Dobrý den,\n"
            ">>\n"
            ">> Rádio Podbrdsko s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
            ">> produkční IP: 203.0.113.101\n"
            ">> testovací IP: 203.0.113.102\n"
            ">> kontaktní osoba: Lenka Janoušková, 602 557 314,\n"
            ">> janouskova@radiopodbrdsko.example\n"
            ">>\n"
            ">> Děkuji, L. J.\n"
        ),
    },
    {
        "id": "da004-chatty-podcast-no-ico-ipv6",
        "description": "chatty podcaster applying as himself without an IČO for both the feed "
        "(one IPv6 address, testing from it) and filming; co-host named with her phone",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Ondřej Málek",
            None,
            None,
            ["2001:db8:4c0::25"],
            [],
            "Ondřej Málek",
            "ondra@bezprikraslen.example",
            "+420776203418",
        ),
        "from": "Ondřej Málek <ondra@bezprikraslen.example>",
        "subject": "Podcast Bez přikrášlení a volební noc :)",
        "headers": GMAIL,
        "body": (
            "Ahoj, teda dobrý den,\n\n"
            "píšu za podcast Bez přikrášlení - děláme ho s kamarádkou Terezou Vaňkovou "
            "po večerech, žádná firma za tím není, takže IČO nemáme a žadatelem jsem prostě "
            "já, Ondřej Málek.\n\n"
            "Na volební noc chystáme živé vysílání a chtěli bychom dvě věci:\n"
            "- napojit se na ta vaše XML s výsledky, náš serverík má jen IPv6 adresu "
            "2001:db8:4c0::25 (testovat budeme rovnou z něj, jinou adresu nemáme),\n"
            "- a jestli by šlo, natočit pár minut na sběrném místě v Praze, kde se "
            "přebírají výsledky z okrsků. Jen telefon na stabilizátoru, nic velkého.\n\n"
            "Kontakt na mě je 776 203 418, Tereza má 731 990 264, ale radši volejte mně.\n\n"
            "Díky moc a mějte se!\nOndra\n"
        ),
    },
    {
        "id": "da005-flowed-correction-typo-test",
        "description": "format=flowed mail whose last paragraph corrects a typo in the test "
        "address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brněnský kurýr, spol. s r.o.",
            I5,
            None,
            ["198.51.100.33"],
            ["198.51.100.43"],
            "Jakub Sedláček",
            "sedlacek@brnenskykuryr.example",
            "+420739081256",
        ),
        "from": "Jakub Sedláček <sedlacek@brnenskykuryr.example>",
        "subject": "Žádost o XML výsledky voleb",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "za společnost Brněnský kurýr, spol. s r.o. (IČO " + I5 + ") žádám o \n"
            "přístup k serveru s výsledky voleb ve formátu XML.\n\n"
            "Produkční server: 198.51.100.33\n"
            "Testovací server: 198.51.100.34\n\n"
            "Kontaktní osobou jsem já, tel. 739 081 256.\n\n"
            "Oprava, ještě než odešlu: testovací server není 198.51.100.34, ale \n"
            "198.51.100.43 - přehodil jsem číslice. Produkční je správně.\n\n"
            "S pozdravem\n"
            "Jakub Sedláček\n"
            "správa webu, Brněnský kurýr\n"
        ),
    },
    {
        "id": "da006-forward-from-it-netmask-block",
        "description": "editor forwards IT's mail; production given as an address with a "
        "netmask (four addresses), the IT man named in the forward is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vydavatelství Horácko a.s.",
            I6,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["203.0.113.9"],
            "Tomáš Říha",
            "riha@horacko.example",
            "+420566402719",
        ),
        "from": "Alena Kroupová <kroupova@horacko.example>",
        "cc": "Tomáš Říha <riha@horacko.example>",
        "subject": "FW: adresy pro volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Vydavatelství Horácko a.s., IČO " + I6 + ", žádá o přístup k výsledkům voleb "
            "v XML. Technické údaje posílám níže od našeho IT, kontaktní osobou pro přístup "
            "bude kolega Tomáš Říha (v kopii).\n\n"
            "Alena Kroupová\nšéfredaktorka\nVydavatelství Horácko a.s.\ntel. 566 402 700\n\n"
            "From: Tomáš Říha <riha@horacko.example>\n"
            "Sent: Tuesday, September 9, 2025 4:18 PM\n"
            "To: Alena Kroupová <kroupova@horacko.example>\n"
            "Subject: adresy pro volby\n\n"
            "Alčo,\n\n"
            "pro ČSÚ:\n"
            "produkce - celý náš rozsah 198.51.100.128 maska 255.255.255.252\n"
            "test - 203.0.113.9 (notebook v redakci přes VPN)\n\n"
            "Kdyby se ptali, ať volají mně: 566 402 719.\n\n"
            "T.\n"
        ),
    },
    {
        "id": "da007-german-broadcaster-english-respectively",
        "description": "German broadcaster in English, roles only by 'respectively'; a dotted "
        "software version in the text; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberland Rundfunk GmbH",
            None,
            None,
            ["203.0.113.50"],
            ["203.0.113.51"],
            "Sabine Kellermann",
            "s.kellermann@oberland-rundfunk.example",
            "+4989552041377",
        ),
        "from": "Sabine Kellermann <s.kellermann@oberland-rundfunk.example>",
        "subject": "Access to election results XML - Oberland Rundfunk",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Oberland Rundfunk GmbH would like to receive the Czech parliamentary election "
            "results via your XML service for our live ticker.\n\n"
            "Our production and test servers are 203.0.113.50 and 203.0.113.51, "
            "respectively. Both run our ingest software TickerCore 4.2.1.7, which polls "
            "every 60 seconds.\n\n"
            "Please contact me for anything technical: +49 89 552041 377.\n\n"
            "Kind regards,\n"
            "Sabine Kellermann\n"
            "Head of Digital Newsroom\n"
            "Oberland Rundfunk GmbH | Rosenheimer Str. 41 | 81669 München\n"
            "Amtsgericht München HRB 184402\n"
        ),
    },
    {
        "id": "da008-databox-annotation-only-extract-attached",
        "description": "data message with the whole application in the annotation; the "
        "attached PDF is only a commercial register extract",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krkonošský deník s.r.o.",
            I8,
            "w4kd8pz",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Jan Dvořák",
            "dvorak@krkdenik.example",
            "+420605772190",
        ),
        "subject": (
            f"Žádost o přístup k XML výsledkům voleb, IČO {I8}. Produkce 192.0.2.90, "
            "test 192.0.2.91. Kontakt Jan Dvořák, 605 772 190, dvorak@krkdenik.example"
        ),
        "databox": {
            "box": "w4kd8pz",
            "sender": "Krkonošský deník s.r.o.",
            "address": "Palackého 210, 541 01 Trutnov",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Hradci "
                    "Králové, oddíl C, vložka 31877",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. března 2009"],
                            ["Obchodní firma:", "Krkonošský deník s.r.o."],
                            ["Sídlo:", "Palackého 210, 541 01 Trutnov"],
                            ["Identifikační číslo:", f"{I8[:3]} {I8[3:5]} {I8[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Jednatel:", "Mgr. Richard Beneš, dat. nar. 4. května 1971"],
                            ["Základní kapitál:", "200 000,- Kč"],
                        ],
                        "widths": [150, 290],
                    },
                    "Údaje platné ke dni: 1. září 2025 03:26",
                ],
            )
        ],
    },
    {
        "id": "da009-seznam-iso-8859-2-town-tv-film-only",
        "description": "iso-8859-2 Seznam mail from a town's cable TV asking only to film; "
        "the XML feed declined; IČ with spaces and a zero",
        "style": Style.SIGNATURE,
        "labels": L(
            [FILM],
            "Město Dolní Olešná",
            I9,
            None,
            [],
            [],
            "Bohumil Šťastný",
            "tv@dolniolesna.example",
            "+420721064832",
        ),
        "from": "TV Olešná <tv@dolniolesna.example>",
        "subject": "Natáčení ve sběrném místě - TV Olešná",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "Město Dolní Olešná provozuje kabelovou televizi TV Olešná a rádi bychom "
            "natočili krátkou reportáž o tom, jak se zpracovávají výsledky voleb, na Vašem "
            "sběrném místě v Havlíčkově Brodě (sobota 4. 10. dopoledne).\n\n"
            "Přístup k výsledkům v XML nepotřebujeme, výsledky přebíráme z webu volby.cz.\n\n"
            "Natáčet bude náš redaktor Bohumil Šťastný, který je zároveň kontaktní "
            "osobou (721 064 832). Kamera: Radek Jílek.\n\n"
            "S pozdravem\n\n"
            "Ing. Věra Musilová, místostarostka\n"
            "Město Dolní Olešná, Náměstí 1, 582 63 Dolní Olešná\n"
            f"IČ: {I9[:2]} {I9[2:5]} {I9[5:]}, tel. 569 491 120\n"
            "Bohumil Šťastný, redaktor TV Olešná, tel. 721 064 832\n"
        ),
    },
    {
        "id": "da010-gmail-alternative-row-headers-tst",
        "description": "Gmail plain+HTML alternative; HTML table with row headers, test "
        "abbreviated TST, a second production line marked 'záloha'",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Infoservis Vltava, z. ú.",
            I10,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Kateřina Hořejší",
            "horejsi@infovltava.example",
            "+420608330471",
        ),
        "from": "Kateřina Hořejší <horejsi@infovltava.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "Infoservis Vltava, z. ú. (IČO " + I10 + ") prosí o přístup k výsledkům voleb "
            "ve formátu XML.\n\n"
            "Prod. 203.0.113.140\n"
            "Záloha 203.0.113.141\n"
            "TST 203.0.113.150\n\n"
            "Kontakt: Kateřina Hořejší, 608 330 471\n\n"
            "Děkuji\nK. Hořejší\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>Infoservis Vltava, z. '
            f"ú. (IČO {I10}) prosí o přístup k výsledkům voleb ve formátu XML.</div>"
            "<div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Prod.</th><td>203.0.113.140</td></tr>"
            "<tr><th>Záloha</th><td>203.0.113.141</td></tr>"
            "<tr><th>TST</th><td>203.0.113.150</td></tr>"
            "</table><div><br></div>"
            "<div>Kontakt: Kateřina Hořejší, 608 330 471</div><div><br></div>"
            '<div>Děkuji</div><div>K. Hořejší</div><div><span class="gmail_signature_prefix">'
            '-- </span><br><div dir="ltr" class="gmail_signature">Infoservis Vltava, z. ú. | '
            "Vodňanská 8, 370 01 České Budějovice</div></div></div>"
        ),
    },
    {
        "id": "da011-zimbra-signature-three-people-box-id",
        "description": "Zimbra mail; the contact is the network admin among three people in "
        "the signature block, which also carries the publisher's data-box ID",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Regionální noviny Haná, a.s.",
            I11,
            "x7bq4mw",
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Radim Hrubý",
            "hruby@noviny-hana.example",
            "+420587201655",
        ),
        "from": "Redakce Haná <redakce@noviny-hana.example>",
        "subject": "Žádost - výsledky voleb XML",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "žádáme o zřízení přístupu k výsledkům voleb ve formátu XML pro naše "
            "zpravodajství.\n\n"
            "Produkční adresy: 192.0.2.60, 192.0.2.61\n"
            "Testovací adresa: 192.0.2.62\n\n"
            "Kontaktní osobou je náš správce sítě pan Hrubý (viz podpis níže).\n\n"
            "Za redakci\n\n"
            "--\n"
            "Mgr. Simona Čermáková | šéfredaktorka | +420 587 201 600 | "
            "cermakova@noviny-hana.example\n"
            "Radim Hrubý | správce sítě | +420 587 201 655 | hruby@noviny-hana.example\n"
            "Petra Zlámalová | PR a inzerce | +420 731 558 014 | "
            "zlamalova@noviny-hana.example\n"
            "Regionální noviny Haná, a.s. | Horní náměstí 5, 779 00 Olomouc\n"
            f"IČO {I11} | DIČ CZ{I11} | ID DS: x7bq4mw\n"
        ),
    },
    {
        "id": "da012-slovak-weekly-both-requests",
        "description": "Slovak weekly asks for both the feed and filming; Slovak labels "
        "(produkčná, testovacia), phone +421",
        "style": Style.SLOVAK,
        "labels": L(
            [FEED, FILM],
            "Záhorské noviny, s. r. o.",
            I12,
            None,
            ["198.51.100.190"],
            ["198.51.100.191"],
            "Martina Kubíková",
            "kubikova@zahorskenoviny.example",
            "+421903447129",
        ),
        "from": "Martina Kubíková <kubikova@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o nakrúcanie",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\n"
            "naše vydavateľstvo Záhorské noviny, s. r. o., IČO " + I12 + ", pripravuje "
            "spravodajstvo z českých parlamentných volieb pre čitateľov na Záhorí aj "
            "na Morave. Chceli by sme Vás požiadať:\n\n"
            "a) o prístup k výsledkom volieb vo formáte XML:\n"
            "   produkčná IP adresa: 198.51.100.190\n"
            "   testovacia IP adresa: 198.51.100.191\n"
            "b) o povolenie nakrúcať krátke video na zbernom mieste v Hodoníne.\n\n"
            "Kontaktná osoba: Martina Kubíková, +421 903 447 129\n\n"
            "S pozdravom\nMartina Kubíková\nredaktorka\n"
        ),
    },
    {
        "id": "da013-databox-docx-checkbox-form",
        "description": "data message with a DOCX form: feed box ticked, filming box unticked, "
        "addresses in a table; annotation only says 'žádost'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Televize Pálava s.r.o.",
            I13,
            "ek3r9va",
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.35"],
            "Lukáš Procházka",
            "prochazka@tvpalava.example",
            "+420519404811",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "ek3r9va",
            "sender": "Televize Pálava s.r.o.",
            "address": "Náměstí 3, 692 01 Mikulov",
        },
        "attachments": [
            (
                "docx",
                "formular_volby.docx",
                {
                    "header": "Televize Pálava s.r.o. | Náměstí 3, 692 01 Mikulov",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI – VOLBY 2025",
                        f"Žadatel: Televize Pálava s.r.o.     IČO: {I13}",
                        "Předmět žádosti (zaškrtněte):",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☐ povolení k natáčení na sběrném místě ČSÚ",
                        {
                            "rows": [
                                ["", "IP adresa 1", "IP adresa 2"],
                                ["Produkční", "203.0.113.30", "203.0.113.31"],
                                ["Testovací", "203.0.113.35", ""],
                            ]
                        },
                        "Kontaktní osoba: Lukáš Procházka",
                        "Telefon: 519 404 811     E-mail: prochazka@tvpalava.example",
                        "V Mikulově dne 15. 9. 2025          podpis: L. Procházka, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "da014-k9-student-radio-university",
        "description": "no-diacritics phone note from a student radio; the applicant is the "
        "university, test abbreviated 'tst', a date and a room number as noise",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Univerzita Jizerská v Liberci",
            I14,
            None,
            ["192.0.2.170"],
            ["192.0.2.171"],
            "Filip Kratochvíl",
            "kratochvil@radiou.example",
            "+420773650218",
        ),
        "from": "Filip Kratochvil <kratochvil@radiou.example>",
        "subject": "studentske radio - xml volby",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "dobry den, jsem ze studentskeho radia (fakulta humanitnich studii), budeme "
            "vysilat volebni noc 3.10. ze studia v mistnosti 2.14. zadatel je univerzita: "
            "Univerzita Jizerská v Liberci, ico " + I14 + ".\n"
            "prod 192.0.2.170, tst 192.0.2.171\n"
            "kontakt ja, Filip Kratochvíl, 773650218\n"
            "dekuju!\n"
        ),
    },
]
