"""Twentyninth held-out part ``wa``, cases wa001–wa014: an iPhone note, an HTML-only table from
Outlook on the web, a reply quoting the office's own answer, a German sender writing English,
data messages, a correction, a forwarded IT mail, a signature naming several people, a netmask
block beside a version number, a Slovak note and a British crew that declines the feed. Written
by hand apart from the extraction rules (see make_twentyninth_wa); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyninth_wa_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2815370"), ico("0634219"), ico("4407582"), ico("2290641")
I5, I6, I7, I8 = ico("7105833"), ico("0517396"), ico("2638104"), ico("2472915")
I9, I10, I11, I12 = ico("6029147"), ico("0881263"), ico("3617482"), ico("2956308")

CASES: list[dict[str, Any]] = [
    {
        "id": "wa001-iphone-two-lines-dashed-phone",
        "description": "phone-typed note without diacritics, 'a na test' after a comma, IČ "
        "with a space, phone with dashes, iPhone signature",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zpravodaj Podlesi s.r.o.",
            I1,
            None,
            ["203.0.113.18", "203.0.113.19"],
            ["203.0.113.30"],
            "Radek Kubat",
            "kubat@zpravodajpodlesi.example",
            "+420731224118",
        ),
        "from": "Radek Kubat <kubat@zpravodajpodlesi.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, posilam za Zpravodaj Podlesi s.r.o. (IC "
            f"{I1[:4]} {I1[4:]}) zadost o ty xml vysledky. "
            "servery 203.0.113.18 a 203.0.113.19, a na test 203.0.113.30\n"
            "kdyztak volejte 731-224-118\nKubat\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "wa002-owa-html-columns-prod-test",
        "description": "HTML-only mail from Outlook on the web; a table whose two columns are "
        "headed production and test, rows without a role",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Vydavatelství Horácko, a.s.",
            I2,
            None,
            ["198.51.100.121", "198.51.100.122"],
            ["198.51.100.200"],
            "Tereza Macková",
            "mackova@horacko-media.example",
            "+420566301772",
        ),
        "from": "Macková Tereza <mackova@horacko-media.example>",
        "subject": "Žádost – XML výsledky voleb do Poslanecké sněmovny",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>za Vydavatelství Horácko, a.s. (IČO "
            f"{I2}), vydavatele Horáckého týdeníku, žádám o přístup k serveru s "
            "průběžnými výsledky voleb. IP adresy níže:</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1"><tbody>'
            "<tr><th>#</th><th>Produkce</th><th>Test</th></tr>"
            "<tr><td>1</td><td>198.51.100.121</td><td>198.51.100.200</td></tr>"
            "<tr><td>2</td><td>198.51.100.122</td><td>&nbsp;</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Kontaktní osoba: Tereza Macková, tel. 566 301 772 (přímá linka), "
            "ústředna 566 301 700.</div><div><br></div>"
            "<div>Děkuji</div><div>Tereza Macková<br>produkce webu<br>"
            "Vydavatelství Horácko, a.s. | Masarykovo nám. 14 | 586 01 Jihlava</div>"
            "</div></body></html>"
        ),
    },
    {
        "id": "wa003-reply-office-asks-ico-original-quoted",
        "description": "reply to the office's query: the office's quoted text carries its own "
        "IČO, box and phone; the addresses are in the applicant's quoted original, referred to",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Krokus s.r.o.",
            I3,
            None,
            ["192.0.2.54"],
            ["192.0.2.55"],
            "Aleš Bednář",
            "bednar@radiokrokus.example",
            "+420605771903",
        ),
        "from": "Aleš Bednář <bednar@radiokrokus.example>",
        "subject": "Re: Re: přístup k XML – doplnění",
        "headers": TBIRD,
        "body": (
            "Dobrý den, paní Veselá,\n\n"
            f"omlouvám se, IČO jsem zapomněl: {I3}. Firma je Rádio Krokus s.r.o.\n"
            "Adresy a kontakt platí tak, jak jsem je psal v původní zprávě (viz níže).\n\n"
            "Díky\nAleš Bednář\n\n"
            "Dne 16. 9. 2025 v 9:02 podatelna ČSÚ napsal(a):\n"
            "> Dobrý den,\n"
            "> k vyřízení Vaší žádosti potřebujeme IČO žadatele. Prosíme o doplnění\n"
            "> odpovědí na tento e-mail.\n"
            ">\n"
            "> S pozdravem\n"
            "> Jana Veselá\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "> IČO 00025593 | ID DS 2gfaasy | tel. 274 051 111\n"
            ">\n"
            "> Dne 15. 9. 2025 v 21:40 Aleš Bednář napsal(a):\n"
            ">> Dobrý den,\n"
            ">> prosíme o přístup k XML výsledkům pro naše rádio.\n"
            ">> produkční server: 192.0.2.54\n"
            ">> testovací: 192.0.2.55\n"
            ">> kontakt: Aleš Bednář, 605 771 903, bednar@radiokrokus.example\n"
            ">> Díky, Bednář\n"
        ),
    },
    {
        "id": "wa004-german-english-respectively",
        "description": "German broadcaster writing English; production and test only by "
        "'respectively'; a German HRB number and phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ostbayern Rundfunk GmbH",
            None,
            None,
            ["198.51.100.71"],
            ["198.51.100.72"],
            "Matthias Brandl",
            "m.brandl@ostbayern-rundfunk.example",
            "+4994121887340",
        ),
        "from": "Matthias Brandl <m.brandl@ostbayern-rundfunk.example>",
        "subject": "Access to election results XML – Ostbayern Rundfunk",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "our regional broadcaster covers the Czech parliamentary election for listeners "
            "along the border and we would like to get access to your XML results server.\n\n"
            "Please whitelist 198.51.100.71 and 198.51.100.72 for production and testing "
            "respectively. Both machines are in our Regensburg data centre.\n\n"
            "We are a German company and do not have a Czech company number (IČO); our "
            "registration is Amtsgericht Regensburg HRB 11842.\n\n"
            "Contact person is myself.\n\n"
            "Kind regards / Mit freundlichen Grüßen\n"
            "Matthias Brandl\n"
            "Leiter Online-Redaktion\n"
            "Ostbayern Rundfunk GmbH\n"
            "Domplatz 3, 93047 Regensburg\n"
            "Tel. +49 941 21887-340\n"
            "Fax +49 941 21887-399\n"
        ),
    },
    {
        "id": "wa005-databox-annotation-only-extract-attached",
        "description": "data message whose annotation is the whole application; the attached "
        "file is only a trade-register extract",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeská mediální s.r.o.",
            I5,
            "r8fk3mw",
            ["203.0.113.90"],
            [],
            "Jan Čermák",
            None,
            "+420724611058",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb, prod. IP 203.0.113.90, test nemáme. "
            "Kontakt Jan Čermák 724 611 058. Výpis z OR přikládáme."
        ),
        "databox": {
            "box": "r8fk3mw",
            "sender": "Jihočeská mediální s.r.o.",
            "address": "Lannova 41, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "txt",
                "vypis_OR.txt",
                "Výpis z obchodního rejstříku, vedeného Krajským soudem v Českých "
                "Budějovicích, oddíl C, vložka 30412\n\n"
                "Datum vzniku a zápisu: 3. dubna 2014\n"
                "Obchodní firma: Jihočeská mediální s.r.o.\n"
                "Sídlo: Lannova 41, 370 01 České Budějovice\n"
                f"Identifikační číslo: {I5[:3]} {I5[3:5]} {I5[5:]}\n"
                "Právní forma: Společnost s ručením omezeným\n"
                "Předmět podnikání: vydávání periodického tisku\n"
                "Jednatel: Jan Čermák, dat. nar. 12. května 1979\n"
                "Základní kapitál: 200 000,- Kč\n",
            )
        ],
    },
    {
        "id": "wa006-chatty-gmail-both-types",
        "description": "chatty Gmail from a one-person podcast without an IČO: filming and the "
        "feed, a single address with no test, friend named but not the contact",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Ondřej Hálek",
            None,
            None,
            ["192.0.2.188"],
            [],
            "Ondřej Hálek",
            "ondra.halek@podcastkolem.example",
            "+420777902345",
        ),
        "from": "Ondra Hálek <ondra.halek@podcastkolem.example>",
        "subject": "podcast Kolem voleb – data + natáčení?",
        "headers": GMAIL,
        "body": (
            "Ahoj / dobrý den :)\n\n"
            "nevím, jestli píšu správně, kamarádka Bára Nosková (dělá na radnici v "
            "Kolíně) mi dala tenhle mail. Dělám podcast Kolem voleb, úplně sám, žádná firma "
            "ani živnost (zatím), takže IČO nemám.\n\n"
            "Dvě prosby:\n"
            "1) chtěl bych si na volební noc napojit ten váš XML výstup do takové "
            "jednoduché webové tabulky, běží mi to na VPS 192.0.2.188 (jiný stroj nemám, "
            "testovat budu na tom samém)\n"
            "2) a jestli by šlo natočit pár minut zvuku a fotek na sběrném místě v Kolíně, "
            "klidně jen půl hodinky\n\n"
            "Kdyby něco, jsem na 777 902 345.\n\n"
            "Díky moc!!\nOndřej Hálek\npodcastkolem.example\n"
        ),
    },
    {
        "id": "wa007-seznam-cp1250-correction-digits",
        "description": "windows-1250 webmail note that corrects a transposed octet at the end "
        "('ta druhá má být .57, ne .75')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Týdeník Polabí s.r.o.",
            I7,
            None,
            ["198.51.100.56", "198.51.100.57"],
            ["198.51.100.58"],
            "Miroslava Šindelářová",
            "sindelarova@tydenikpolabi.example",
            "+420602448193",
        ),
        "from": "Miroslava Šindelářová <sindelarova@tydenikpolabi.example>",
        "subject": "žádost o XML volby",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "Týdeník Polabí s.r.o., IČO "
            f"{I7}, žádá o přístup k výsledkům voleb v XML.\n\n"
            "Produkční IP: 198.51.100.56, 198.51.100.75\n"
            "Testovací IP: 198.51.100.58\n"
            "Kontakt: Miroslava Šindelářová, tel. 602 448 193\n\n"
            "Oprava – přehodila jsem číslice, ta druhá produkční má být 198.51.100.57, "
            "ne .75. Omlouvám se.\n\n"
            "S pozdravem\nM. Šindelářová\n"
        ),
    },
    {
        "id": "wa008-forward-it-mail-attached-as-eml",
        "description": "editor forwards the IT admin's mail as an attached message; org and "
        "contact in the outer mail, addresses only in the attached one",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Moravský kurýr a.s.",
            I8,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Lukáš Zedník",
            "zednik@moravskykuryr.example",
            "+420737118562",
        ),
        "from": "Kateřina Holá <hola@moravskykuryr.example>",
        "subject": "FW: IP adresy pro ČSÚ",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost společnosti Moravský kurýr a.s. (IČO "
            f"{I8}) o přístup k XML s výsledky voleb. IP adresy jsou v přeposlané zprávě "
            "od našeho správce v příloze. Kontaktní osobou pro tuto žádost je právě on, "
            "Lukáš Zedník, zednik@moravskykuryr.example, mobil 737 118 562.\n\n"
            "Děkuji\nKateřina Holá\nasistentka šéfredaktora\n"
            "Moravský kurýr a.s., tel. 585 204 100\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro ČSÚ.eml",
                {
                    "id": "wa008-inner",
                    "from": "Lukáš Zedník <zednik@moravskykuryr.example>",
                    "to": "hola@moravskykuryr.example",
                    "subject": "IP adresy pro ČSÚ",
                    "headers": OUTLOOK,
                    "body": (
                        "Kačko,\n\n"
                        "pro ČSÚ:\n"
                        "ostré: 203.0.113.140 a 203.0.113.141 (druhý je záloha)\n"
                        "test: 203.0.113.150\n\n"
                        "Lukáš\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "wa009-zimbra-signature-three-people",
        "description": "signature block names the editor-in-chief, the IT admin and the office; "
        "the text names the IT admin as the contact with his own mobile",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Kraj dnes, z.s.",
            I9,
            None,
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Vít Pospíšil",
            "pospisil@krajdnes.example",
            "+420608330417",
        ),
        "from": "Eliška Nováková <novakova@krajdnes.example>",
        "subject": "Kraj dnes – přístup k volebním výsledkům",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "spolek Kraj dnes, z.s., provozovatel zpravodajského webu krajdnes.example, "
            "žádá o zřízení přístupu k výsledkům voleb ve formátu XML.\n\n"
            "produkční adresa: 192.0.2.230\n"
            "testovací adresa: 192.0.2.231\n\n"
            "Kontaktní osobou je náš správce Vít Pospíšil (podpis níže).\n\n"
            "Děkujeme\n\n"
            "--\n"
            "Mgr. Eliška Nováková, šéfredaktorka, +420 604 115 220, "
            "novakova@krajdnes.example\n"
            "Vít Pospíšil, IT, +420 608 330 417, pospisil@krajdnes.example\n"
            "Redakce: Palackého 9, 779 00 Olomouc, +420 585 000 310\n"
            f"Kraj dnes, z.s. | IČO {I9} | spisová značka L 21387 vedená u KS v Ostravě\n"
        ),
    },
    {
        "id": "wa010-roundcube-netmask-nginx-version",
        "description": "address with a netmask (a /30 block), an nginx version and a port "
        "number beside it, no test address",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rozhled Media s.r.o.",
            I10,
            None,
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            [],
            "Filip Šafránek",
            "filip@safranek-it.example",
            "+420776540182",
        ),
        "from": "Filip Šafránek <filip@safranek-it.example>",
        "subject": "Rozhled Media – whitelist pro XML výsledky",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "spravuji servery pro Rozhled Media s.r.o. (IČO "
            f"{I10}) a jejich jménem žádám o přístup k XML výsledkům voleb.\n\n"
            "Stahovat budeme z bloku 198.51.100.8 maska 255.255.255.252 (proxy na nginx "
            "1.24.0, odchozí na 443). Testovací prostředí nemáme.\n\n"
            "Kontakt pro technické věci: já, Filip Šafránek, tel. 776 540 182.\n\n"
            "Díky\nFilip Šafránek\nexterní správce IT pro Rozhled Media\n"
        ),
    },
    {
        "id": "wa011-samsung-slovak-ico-spaces",
        "description": "Slovak note from a Samsung phone, IČO written in groups, Slovak mobile, "
        "'testovacia' and 'ostrá'",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Záhorský hlas, s. r. o.",
            I11,
            None,
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Peter Ondrejka",
            "ondrejka@zahorskyhlas.example",
            "+421905338140",
        ),
        "from": "Peter Ondrejka <ondrejka@zahorskyhlas.example>",
        "subject": "ziadost XML vysledky",
        "headers": SAMSUNG,
        "body": (
            "Dobrý deň,\n"
            "žiadame o prístup k výsledkom volieb vo formáte XML pre náš portál (píšeme aj "
            "o českých voľbách).\n"
            f"Záhorský hlas, s. r. o., IČO {I11[:2]} {I11[2:5]} {I11[5:]}\n"
            "ostrá IP 203.0.113.66\ntestovacia IP 203.0.113.67\n"
            "kontakt ja, +421 905 338 140\n"
            "Ďakujem, Peter Ondrejka\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "wa012-databox-docx-role-column-header-box",
        "description": "data message; the application only in a DOCX with a role column, "
        "the company's IČO and box ID in the page header, a signatory and a separate contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Beskydy a.s.",
            I12,
            "b5tq9xe",
            ["192.0.2.12", "192.0.2.13"],
            ["192.0.2.14"],
            "Zdeněk Mohyla",
            "mohyla@tvbeskydy.example",
            "+420558771204",
        ),
        "subject": "Žádost o přístup k volebnímu serveru",
        "databox": {
            "box": "b5tq9xe",
            "sender": "TV Beskydy a.s.",
            "address": "Horní 1540, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "header": f"TV Beskydy a.s. · Horní 1540, 738 01 Frýdek-Místek · IČO "
                    f"{I12} · DS b5tq9xe",
                    "footer": "Zapsáno v OR vedeném KS v Ostravě, oddíl B, vložka 4471",
                    "blocks": [
                        "Český statistický úřad",
                        "Věc: žádost o zřízení přístupu k výsledkům voleb (XML)",
                        "Společnost TV Beskydy a.s. žádá o zřízení přístupu k serveru "
                        "s výsledky voleb pro své zpravodajství. Přístup požadujeme z těchto "
                        "adres:",
                        {
                            "rows": [
                                ["Role", "IP adresa", "Umístění"],
                                ["primární", "192.0.2.12", "studio Frýdek-Místek"],
                                ["sekundární (záloha)", "192.0.2.13", "Ostrava, DC Vítkovice"],
                                ["testovací", "192.0.2.14", "studio Frýdek-Místek"],
                            ]
                        },
                        "Kontaktní osoba: Zdeněk Mohyla, technický ředitel, tel. 558 771 204, "
                        "e-mail mohyla@tvbeskydy.example",
                        "Ve Frýdku-Místku 12. 9. 2025",
                        "Ing. Pavel Hruška, předseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "wa013-gmail-alternative-row-headers",
        "description": "Gmail multipart/alternative; the HTML part is a table with role row "
        "headers and two address cells per row, the plain part the same as text",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Nakladatelství Vltavín s.r.o.",
            ico("2749016"),
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.170", "198.51.100.171"],
            "Markéta Lustigová",
            "lustigova@vltavin.example",
            "+420721445096",
        ),
        "from": "Markéta Lustigová <lustigova@vltavin.example>",
        "subject": "Přístup k XML – Nakladatelství Vltavín",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "Nakladatelství Vltavín s.r.o., IČO "
            f"{ico('2749016')}, žádá o přístup k XML výsledkům.\n\n"
            "Produkční | 198.51.100.160 | 198.51.100.161\n"
            "Testovací | 198.51.100.170 | 198.51.100.171\n\n"
            "Kontakt: Markéta Lustigová, 721 445 096\n\nDěkuji, M. Lustigová\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>Nakladatelství Vltavín s.r.o., IČO "
            f"{ico('2749016')}, žádá o přístup k XML výsledkům.</div><div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Produkční</th><td>198.51.100.160</td><td>198.51.100.161</td></tr>"
            "<tr><th>Testovací</th><td>198.51.100.170</td><td>198.51.100.171</td></tr>"
            "</table><div><br></div>"
            "<div>Kontakt: Markéta Lustigová, 721 445 096</div><div><br></div>"
            '<div>Děkuji, M. Lustigová</div><div class="gmail_signature">'
            "redakce vltavin.example</div></div>"
        ),
    },
    {
        "id": "wa014-british-crew-film-only-declines-feed",
        "description": "British documentary company writing English asks only to film and "
        "says it does not need the feed; a UK company number is not an IČO; +44 phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Northlight Documentaries Ltd",
            None,
            None,
            [],
            [],
            "Fiona McLeish",
            "fiona@northlightdocs.example",
            "+447700918334",
        ),
        "from": "Fiona McLeish <fiona@northlightdocs.example>",
        "subject": "Filming request – election night, Prague",
        "headers": APPLE,
        "cte": "7bit",
        "charset": "us-ascii",
        "body": (
            "Hello,\n\n"
            "I'm a producer with Northlight Documentaries Ltd (registered in Scotland, "
            "company no. SC584120). We're making a film on how European countries count "
            "their votes and would love permission to film at one of your collection "
            "points on the night of 3 October, ideally 21:00-01:00. Crew of three: me, "
            "camera operator Tom Reddy and a sound recordist.\n\n"
            "To be clear, we don't need access to the XML results feed - only the "
            "filming permission.\n\n"
            "Best way to reach me is my mobile, +44 7700 918334.\n\n"
            "Many thanks,\nFiona McLeish\nProducer, Northlight Documentaries Ltd\n"
            "4 Ropeworks Lane, Leith, Edinburgh EH6 6QL\n"
        ),
    },
]
