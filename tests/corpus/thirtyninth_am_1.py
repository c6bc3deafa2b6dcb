"""Thirty-ninth held-out part ``am``, cases am001–am014: an iPhone note, an OWA table with row
headers, a reply quoting the office's press release and contacts, a student podcaster without an
IČO, a correction of one octet, a forward from IT, a Polish agency writing English, data
messages (annotation only; a DOCX with a merged role cell), a signature naming three people, a
Seznam mail in windows-1250, a Gmail yes/no table, a Slovak mail with IPv6 and a netmask block.
Written by hand apart from the extraction rules (see make_thirtyninth_am); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyninth_am_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

M1, M2, M3, M5 = ico("2745123"), ico("0612840"), ico("2903671"), ico("4417285")
M6, M7, M8, M9 = ico("0711493"), ico("2680134"), ico("6093217"), ico("2419586")
M10, M11, M12, M13, M14 = (
    ico("0587342"),
    ico("2531974"),
    ico("7210458"),
    ico("2836015"),
    ico("4690321"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "am001-iphone-note-ic-spaced",
        "description": "three lines typed on an iPhone without diacritics, 'ostra' and 'zkusebni' "
        "for the roles, IČ split by spaces, phone with dashes",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zpravodaj Polabi s.r.o.",
            M1,
            None,
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Radek Kosina",
            "kosina@zpravodajpolabi.example",
            "+420724118305",
        ),
        "from": "Radek Kosina <kosina@zpravodajpolabi.example>",
        "subject": "pristup k volebnim xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, chteli bychom zase pristup na vase xml s vysledky. ostra masina "
            "203.0.113.88, zkusebni 203.0.113.89. jsme Zpravodaj Polabi s.r.o., "
            f"IC {M1[:4]} {M1[4:]}\n"
            "kdyby neco tak 724-118-305\n"
            "Kosina\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "am002-owa-html-row-headers-colleague",
        "description": "HTML-only Outlook on the web mail, a two-column table with row headers; "
        "the contact is a colleague named in the table, not the sender",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Jihomoravský deník a.s.",
            M2,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Ondřej Habrman",
            "habrman@jmdenik.example",
            "+420543217760",
        ),
        "from": "Lenka Vaňková <vankova@jmdenik.example>",
        "subject": "Žádost - XML výsledky voleb 2026",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Aptos,sans-serif;font-size:12pt">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>v příloze tohoto e-mailu … vlastně ne, rovnou sem: žádáme o přístup "
            "k serveru s průběžnými výsledky voleb. Údaje níže.</div><div><br></div>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Žadatel</th><td>Jihomoravský deník a.s.</td></tr>"
            f"<tr><th>IČO</th><td>{M2}</td></tr>"
            "<tr><th>Produkční IP 1</th><td>198.51.100.140</td></tr>"
            "<tr><th>Produkční IP 2</th><td>198.51.100.141</td></tr>"
            "<tr><th>Testovací IP</th><td>198.51.100.150</td></tr>"
            "<tr><th>Kontaktní osoba</th><td>Ondřej Habrman (IT)</td></tr>"
            "<tr><th>E-mail</th><td>habrman@jmdenik.example</td></tr>"
            "<tr><th>Telefon</th><td>543 217 760</td></tr>"
            "</table><div><br></div>"
            "<div>Děkuji,</div><div>Lenka Vaňková<br>asistentka šéfredaktora<br>"
            "tel. 543 217 700 (ústředna)</div>"
            "</div></body></html>"
        ),
    },
    {
        "id": "am003-reply-quotes-release-and-office-contacts",
        "description": "reply above the office's quoted press release, which carries the "
        "office's e-mail, data box, IČO and the press officer's phone; testing from production",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Podještědí s.r.o.",
            M3,
            None,
            ["192.0.2.57"],
            [],
            "Tomáš Šrámek",
            "sramek@podjestedi.example",
            "+420605330148",
        ),
        "from": "Tomáš Šrámek <sramek@podjestedi.example>",
        "subject": "RE: Přístup médií k výsledkům voleb 2026 – informace",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "děkujeme za informaci. Rádio Podještědí s.r.o. (IČO "
            f"{M3}) by rádo přístup využilo i letos.\n"
            "IP adresa serveru: 192.0.2.57\n"
            "Testovat budeme ze stejné adresy, jinou nemáme.\n"
            "Kontaktní osoba: Tomáš Šrámek, mobil 605 330 148\n\n"
            "S pozdravem\nTomáš Šrámek\nprogramový ředitel\n\n"
            "-----Original Message-----\n"
            "From: Český statistický úřad <podatelna@czso.cz>\n"
            "Sent: Monday, September 7, 2026 9:02 AM\n"
            "Subject: Přístup médií k výsledkům voleb 2026 – informace\n\n"
            "Vážení zástupci médií,\n\n"
            "ČSÚ (IČO 00025593) i letos poskytne průběžné výsledky voleb ve formátu XML\n"
            "z vyhrazeného serveru. Žádosti přijímáme e-mailem na podatelna@czso.cz nebo\n"
            "datovou schránkou (ID 2gfaasy) do 25. 9. 2026. Uveďte nejvýše 5 produkčních\n"
            "a 5 testovacích IP adres (např. 192.0.2.1) a kontaktní osobu.\n\n"
            "Dotazy: Mgr. Irena Pokorná, oddělení komunikace, tel. 274 054 321,\n"
            "irena.pokorna@czso.cz\n"
        ),
    },
    {
        "id": "am004-chatty-student-podcast-no-ico",
        "description": "chatty student podcaster without a company or IČO asks for the feed and "
        "to record a short interview; home address given as the only server",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Matyáš Kolář",
            None,
            None,
            ["203.0.113.201"],
            [],
            "Matyáš Kolář",
            "matyas.kolar@posta.example",
            "+420776502913",
        ),
        "from": "Matyáš Kolář <matyas.kolar@posta.example>",
        "subject": "Dotaz/žádost – podcast o volbách",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, jestli píšu špatně, nikdy jsem nic takového nedělal :) Studuju "
            "třetí ročník žurnalistiky a vedle toho dělám podcast „Sečteno“ – sám, bez "
            "jakékoli firmy, takže IČO nemám.\n\n"
            "Chtěl bych poprosit o dvě věci:\n"
            "1) přístup k těm XML výsledkům – mám doma malý server, veřejná adresa je "
            "203.0.113.201 (je statická, ověřoval jsem u poskytovatele),\n"
            "2) jestli bych si mohl na sběrném místě v Ostravě nahrát krátký rozhovor "
            "(jen zvuk, diktafon, max. 15 minut) s někým, kdo tam bude mít službu.\n\n"
            "Kdyby bylo potřeba něco doložit (potvrzení o studiu?), rád pošlu.\n"
            "Můj mobil je 776 502 913.\n\n"
            "Díky moc!\nMatyáš Kolář\n"
        ),
    },
    {
        "id": "am005-correction-mistyped-octet",
        "description": "one production address mistyped and corrected in a P.S. of the same mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Horácký týdeník, spol. s r.o.",
            M5,
            None,
            ["198.51.100.17", "198.51.100.18"],
            ["198.51.100.30"],
            "Eva Musilová",
            "musilova@horackytydenik.example",
            "+420568812044",
        ),
        "from": "Eva Musilová <musilova@horackytydenik.example>",
        "subject": "žádost o přístup XML – Horácký týdeník",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "za společnost Horácký týdeník, spol. s r.o., IČO "
            f"{M5}, žádám o zřízení přístupu k výsledkům voleb ve formátu XML.\n\n"
            "produkční servery: 198.51.100.71, 198.51.100.18\n"
            "testovací server: 198.51.100.30\n\n"
            "Kontakt: Eva Musilová, tel. 568 812 044\n\n"
            "Děkuji\nEva Musilová\n\n"
            "P.S. Omlouvám se, první produkční adresa je špatně – správně 198.51.100.17 "
            "(přehodila jsem číslice), 198.51.100.71 neplatí.\n"
        ),
    },
    {
        "id": "am006-forward-from-it-contact-is-it",
        "description": "editor forwards the IT department's mail with the addresses and names "
        "the IT man as contact; his phone only in the forwarded signature",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Krkonošské noviny s.r.o.",
            M6,
            None,
            ["192.0.2.161", "192.0.2.162", "192.0.2.163"],
            ["192.0.2.170"],
            "Vladimír Juřena",
            "jurena@krknoviny.example",
            "+420731904226",
        ),
        "from": "Alena Tichá <ticha@krknoviny.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"Krkonošské noviny s.r.o., IČO {M6}, žádají o přístup k XML výsledkům voleb. "
            "Adresy posílám níže od našeho IT, kontaktní osobou pro technické věci bude "
            "kolega Vladimír Juřena, který je v kopii.\n\n"
            "Alena Tichá\nšéfredaktorka\n\n"
            "Začátek přeposílané zprávy:\n\n"
            "Od: Vladimír Juřena <jurena@krknoviny.example>\n"
            "Předmět: adresy pro ČSÚ\n"
            "Datum: 14. září 2026 16:40:12 SELČ\n"
            "Komu: Alena Tichá <ticha@krknoviny.example>\n\n"
            "Ahoj Aleno,\n\n"
            "tady jsou ty adresy:\n"
            "produkce: 192.0.2.161, 192.0.2.162, 192.0.2.163\n"
            "test: 192.0.2.170\n"
            "(port u nás 8443, to ale ČSÚ nezajímá)\n\n"
            "Vláďa\n--\nVladimír Juřena | správa sítě | Krkonošské noviny\n"
            "mob. +420 731 904 226\n"
        ),
        "cc": "Vladimír Juřena <jurena@krknoviny.example>",
    },
    {
        "id": "am007-polish-agency-english-respectively",
        "description": "Polish news agency writing English; roles only by 'respectively', "
        "Polish phone, company with Sp. z o.o. and no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Wisła Sp. z o.o.",
            None,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Katarzyna Zielińska",
            "k.zielinska@aiwisla.example",
            "+48226014389",
        ),
        "from": "Katarzyna Zielińska <k.zielinska@aiwisla.example>",
        "subject": "Request for access to election results XML",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am writing on behalf of Agencja Informacyjna Wisła Sp. z o.o., a news agency "
            "based in Warsaw, to kindly ask for access to the XML results server for the "
            "upcoming Czech elections. We have our Prague correspondent covering it.\n\n"
            "Our servers are 198.51.100.77 and 198.51.100.78, for production and testing "
            "respectively. We are not registered in Czechia, so we don't have a Czech "
            "company number (our KRS is 0000412739).\n\n"
            "Please contact me for any detail: +48 22 601 43 89.\n\n"
            "Best regards,\nKatarzyna Zielińska\nHead of Foreign Desk\n"
            "Agencja Informacyjna Wisła\nul. Marszałkowska 140, 00-061 Warszawa\n"
        ),
    },
    {
        "id": "am008-databox-annotation-only-extract-attached",
        "description": "data message with the whole application in its annotation; the only "
        "file is an extract from the commercial register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vltavská mediální s.r.o.",
            M8,
            "x3ve7pk",
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.140"],
            "Jakub Brabec",
            "brabec@vltavska.example",
            "+420731220945",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: prod 192.0.2.130, 192.0.2.131; "
            "test 192.0.2.140. Kontakt Jakub Brabec, 731 220 945, brabec@vltavska.example"
        ),
        "databox": {
            "box": "x3ve7pk",
            "sender": "Vltavská mediální s.r.o.",
            "address": "Hlubocká 18, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Českých "
                    "Budějovicích, oddíl C, vložka 31804",
                    {
                        "rows": [
                            ["Obchodní firma:", "Vltavská mediální s.r.o."],
                            ["Sídlo:", "Hlubocká 18, 370 01 České Budějovice"],
                            ["Identifikační číslo:", f"{M8[:3]} {M8[3:5]} {M8[5:]}"],
                            ["Předmět podnikání:", "vydavatelské činnosti"],
                            ["Jednatel:", "Petra Hronková, den vzniku funkce 1. 3. 2019"],
                        ],
                        "widths": [150, 300],
                    },
                ],
            )
        ],
    },
    {
        "id": "am009-signature-three-people",
        "description": "signature names three people with numbers; the text names the second "
        "one as contact, the sender is the editor-in-chief",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "TV Beskydy, a.s.",
            M9,
            None,
            ["203.0.113.60", "203.0.113.61"],
            [],
            "Marek Slaný",
            "slany@tvbeskydy.example",
            "+420558441907",
        ),
        "from": "Petr Chovanec <chovanec@tvbeskydy.example>",
        "subject": "TV Beskydy – přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "TV Beskydy, a.s., IČO "
            f"{M9}, žádá o přístup k serveru s výsledky voleb. Budeme stahovat ze dvou "
            "strojů, 203.0.113.60 a 203.0.113.61 (oba ostré, druhý jako záloha). Testovací "
            "prostředí nemáme.\n\n"
            "Pro technickou komunikaci prosím kontaktujte pana Slaného (podpis níže).\n\n"
            "S pozdravem\n\n"
            "Petr Chovanec, šéfredaktor, +420 558 441 900, chovanec@tvbeskydy.example\n"
            "Marek Slaný, vedoucí IT, +420 558 441 907, slany@tvbeskydy.example\n"
            "Jana Ondrušová, produkce, +420 558 441 912, ondrusova@tvbeskydy.example\n"
            "TV Beskydy, a.s. | Horní 1520, 738 01 Frýdek-Místek | www.tvbeskydy.example\n"
        ),
    },
    {
        "id": "am010-seznam-cp1250-filming-only",
        "description": "Seznam webmail in windows-1250; filming at a collection point only, the "
        "XML explicitly not needed",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Studio Hradní, z.s.",
            M10,
            None,
            [],
            [],
            "Šárka Dvořáková",
            "sarka.dvorakova@seznam.example",
            "+420607558120",
        ),
        "from": "Šárka Dvořáková <sarka.dvorakova@seznam.example>",
        "subject": "natáčení na sběrném místě",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"náš spolek Studio Hradní, z.s. (IČO {M10}) připravuje reportáž pro regionální "
            "televizní magazín o tom, jak se sčítají hlasy. Rádi bychom natáčeli na sběrném "
            "místě v Kolíně 10. 10. 2026 mezi 14. a 18. hodinou (dva lidé, jedna kamera).\n\n"
            "XML s výsledky nepotřebujeme, jde nám jen o natáčení.\n\n"
            "Děkuji za odpověď, tel. 607 558 120.\n\n"
            "Šárka Dvořáková\n"
        ),
    },
    {
        "id": "am011-gmail-html-ano-ne-table",
        "description": "Gmail HTML-only mail with a request table in ano/ne columns (filming "
        "'ne') and a second table of addresses with a role column",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Moravskoslezský portál s.r.o.",
            M11,
            None,
            ["198.51.100.90"],
            ["198.51.100.91", "198.51.100.92"],
            "Libor Kašpárek",
            "kasparek@msportal.example",
            "+420596110382",
        ),
        "from": "Libor Kašpárek <kasparek@msportal.example>",
        "subject": "Žádost ČSÚ volby 2026",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>posílám žádost za Moravskoslezský portál s.r.o., IČO "
            f"{M11}.</div><div><br></div>"
            '<table border="1" cellpadding="4"><tbody>'
            "<tr><td><b>Požadavek</b></td><td><b>ano / ne</b></td></tr>"
            "<tr><td>Přístup k výsledkům voleb (XML)</td><td>ano</td></tr>"
            "<tr><td>Povolení k natáčení na sběrných místech</td><td>ne</td></tr>"
            "</tbody></table><div><br></div>"
            '<table border="1" cellpadding="4"><tbody>'
            "<tr><td><b>Typ</b></td><td><b>IP</b></td></tr>"
            "<tr><td>produkční</td><td>198.51.100.90</td></tr>"
            "<tr><td>testovací</td><td>198.51.100.91</td></tr>"
            "<tr><td>testovací</td><td>198.51.100.92</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Kontakt: Libor Kašpárek, 596 110 382</div><div><br></div>"
            '<div>-- <br><div dir="ltr" class="gmail_signature">Libor Kašpárek<br>'
            "msportal.example</div></div></div>"
        ),
    },
    {
        "id": "am012-slovak-iso88592-ipv6",
        "description": "Slovak publisher in ISO-8859-2, IPv6 production and IPv4 test written as "
        "'ostrá' and 'skúšobná', Slovak mobile, IČO labelled 'IČO' in Slovak style",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Novinárske vydavateľstvo Orava, s. r. o.",
            M12,
            None,
            ["2001:db8:47::15"],
            ["198.51.100.233"],
            "Ľubica Kováčiková",
            "kovacikova@nvorava.example",
            "+421905318462",
        ),
        "from": "Ľubica Kováčiková <kovacikova@nvorava.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\n"
            "v mene spoločnosti Novinárske vydavateľstvo Orava, s. r. o., IČO: "
            f"{M12}, so sídlom v Dolnom Kubíne, si dovoľujem požiadať o prístup k "
            "výsledkom volieb vo formáte XML. Naše české vydanie bude prinášať výsledky "
            "priebežne.\n\n"
            "ostrá adresa: 2001:db8:47::15\n"
            "skúšobná adresa: 198.51.100.233\n\n"
            "Kontaktná osoba: Ľubica Kováčiková, +421 905 318 462\n\n"
            "Ďakujem a prajem pekný deň\nĽubica Kováčiková\n"
        ),
    },
    {
        "id": "am013-apple-netmask-block-version",
        "description": "production given as an address with a netmask (a block of four), a "
        "parser version that looks like an address, test address in the next sentence",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Datový žurnál s.r.o.",
            M13,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Filip Vojáček",
            "filip@datovyzurnal.example",
            "+420739662015",
        ),
        "from": "Filip Vojáček <filip@datovyzurnal.example>",
        "subject": "Volby – XML feed pro Datový žurnál",
        "headers": APPLE,
        "body": (
            "Ahoj / dobrý den,\n\n"
            "jsme malá datová redakce (Datový žurnál s.r.o., IČO "
            f"{M13}) a na volby chystáme vlastní vizualizace. Náš parser (verze 3.1.4.2) "
            "už máme otestovaný na loňských datech.\n\n"
            "Produkce poběží z rozsahu 198.51.100.32 s maskou 255.255.255.252, tedy čtyři "
            "adresy. Testovat budeme z 198.51.100.40.\n\n"
            "Kontakt jsem já, Filip Vojáček, 739 662 015.\n\n"
            "Díky!\nFilip\n"
        ),
    },
    {
        "id": "am014-databox-docx-merged-role-cell",
        "description": "data message with a DOCX application: one merged 'produkční' cell spans "
        "two address rows; the footer prints the applicant's box and the annotation is short",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rozhlas Střední Čechy, a.s.",
            M14,
            "q8dn4ra",
            ["203.0.113.110", "203.0.113.111"],
            ["203.0.113.120"],
            "Irena Malá",
            "mala@rozhlasstc.example",
            "+420326770412",
        ),
        "subject": "Žádost – volby 2026",
        "databox": {
            "box": "q8dn4ra",
            "sender": "Rozhlas Střední Čechy, a.s.",
            "address": "Palackého 201, 293 01 Mladá Boleslav",
        },
        "attachments": [
            (
                "docx",
                "zadost_volby_RSC.docx",
                {
                    "footer": "Rozhlas Střední Čechy, a.s. · Palackého 201, 293 01 Mladá "
                    f"Boleslav · IČO {M14} · datová schránka q8dn4ra",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                        "Rozhlas Střední Čechy, a.s. žádá o zřízení přístupu k serveru s "
                        "výsledky voleb z těchto adres:",
                        {
                            "rows": [
                                ["Účel", "IP adresa"],
                                ["produkční", "203.0.113.110"],
                                ["", "203.0.113.111"],
                                ["testovací", "203.0.113.120"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Irena Malá, vedoucí vysílací techniky, "
                        "tel. 326 770 412, e-mail mala@rozhlasstc.example",
                        "V Mladé Boleslavi dne 16. 9. 2026\nIng. Karel Svoboda, předseda "
                        "představenstva",
                    ],
                },
            )
        ],
    },
]
