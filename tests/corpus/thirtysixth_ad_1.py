"""Thirty-sixth held-out part ``ad``, cases ad001–ad014: phone-typed notes, an HTML-only Outlook
table, a freelancer replying to the office's press release, a correction inside one mail, a
signature naming three people, foreign senders writing English, a forward from IT, a Slovak
chatty mail, an ano/ne webmail table, a netmask block with version numbers, flowed text and
data messages. Written by hand apart from the extraction rules (see make_thirtysixth_ad);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysixth_ad_common import (
    APPLE,
    BOTH,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OFFICE_RELEASE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I4, I5 = ico("2290517"), ico("0613284"), ico("2471903"), ico("2858146")
I7, I8, I9, I10 = ico("0029563"), ico("0759318"), ico("5310742"), ico("2637091")
I11, I12, I14 = ico("0804679"), ico("2719354"), ico("4415026")


def _quote(text: str) -> str:
    return "".join(f"> {line}\n" if line else ">\n" for line in text.splitlines())


CASES: list[dict[str, Any]] = [
    {
        "id": "ad001-iphone-prod-test-abbreviations",
        "description": "three lines typed on an iPhone mostly without diacritics; 'prod' and "
        "'test' abbreviations, IČO as 'ic:' with spaces, phone with dashes",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Zpravodaj Podlesí z.s.",
            I1,
            None,
            ["198.51.100.14"],
            ["198.51.100.15"],
            "Karel Bursík",
            "bursik@zpravodajpodlesi.example",
            "+420731440286",
        ),
        "from": "Karel Bursík <bursik@zpravodajpodlesi.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, chtel bych pristup na ten volebni xml server. "
            "prod 198.51.100.14, test 198.51.100.15\n"
            f"Zpravodaj Podlesí z.s., ic: {I1[:2]} {I1[2:5]} {I1[5:]}\n"
            "Bursík, tel 731-440-286\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ad002-outlook-html-columns-assistant-sends",
        "description": "HTML-only Outlook mail sent by an assistant; a table with 'Produkce' and "
        "'Test' columns and the named contact is her boss, not the sender",
        "style": Style.HTML_ONLY,
        "labels": L(
            [FEED],
            "Krajské listy Morava, a.s.",
            I2,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.19"],
            "Radim Kozel",
            "kozel@krajskelisty.example",
            "+420585112740",
        ),
        "from": "Nováková Ilona <asistentka@krajskelisty.example>",
        "subject": "Volby - žádost o přístup k XML (Krajské listy Morava)",
        "headers": OUTLOOK,
        "html": (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:Aptos} "
            '--></style></head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,<o:p></o:p></p>'
            '<p class="MsoNormal">z pověření vedení společnosti Krajské listy Morava, a.s. '
            f"(IČO&nbsp;{I2}) Vás žádám o zřízení přístupu k serveru s výsledky voleb. "
            "IP adresy dodalo naše IT:<o:p></o:p></p>"
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4">'
            '<tr><td><p class="MsoNormal"><b>Produkce</b></p></td>'
            '<td><p class="MsoNormal"><b>Test</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.10</p></td>'
            '<td><p class="MsoNormal">203.0.113.19</p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.11</p></td>'
            '<td><p class="MsoNormal">&nbsp;</p></td></tr></table>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Kontaktní osobou pro tuto žádost je šéfredaktor '
            "Ing. Radim Kozel, kozel@krajskelisty.example, tel. 585 112 740. Já jsem jen "
            "asistentka, na mě se prosím neobracejte s technickými dotazy 🙂<o:p></o:p></p>"
            '<p class="MsoNormal">Děkuji<o:p></o:p></p>'
            '<p class="MsoNormal">Ilona Nováková<br>asistentka vedení<br>'
            "Krajské listy Morava, a.s. | tř. Svobody 14, 779 00 Olomouc<br>"
            "tel. 585 112 700</p></div></body></html>"
        ),
    },
    {
        "id": "ad003-freelancer-reply-to-release-filming",
        "description": "freelance photographer without an IČO replies to the office's press "
        "release (its IČO, box, e-mail and phone quoted); asks only to photograph, says he "
        "needs no XML",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Tomáš Hrubeš",
            None,
            None,
            [],
            [],
            "Tomáš Hrubeš",
            "t.hrubes@fotohrubes.example",
            "+420608733915",
        ),
        "from": "Tomáš Hrubeš <t.hrubes@fotohrubes.example>",
        "subject": "Re: Výsledky voleb pro média – přístup k XML a natáčení",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "jsem fotograf na volné noze (bez IČO, fotím pro regionální weby na \n"
            "smlouvu) a chtěl bych požádat o povolení fotografovat a natáčet krátká \n"
            "videa na sběrném místě v Ústí nad Labem ve volební noci. XML data \n"
            "nepotřebuji, ta si redakce řeší samy.\n\n"
            "Kontakt: Tomáš Hrubeš, +420 608 733 915, t.hrubes@fotohrubes.example\n\n"
            "Díky moc\nTomáš Hrubeš\nfotohrubes.example\n\n"
            "Dne 2. 9. 2025 v 10:14 tiskove@csu.example napsal(a):\n"
            + _quote(OFFICE_RELEASE)
            + ">\n> Schéma XML je popsáno v dokumentaci verze 2.1.4 na webu volby.example.\n"
        ),
    },
    {
        "id": "ad004-correction-in-postscript",
        "description": "plain Thunderbird mail; a P.S. corrects the test address given above",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Beskydy Plus s.r.o.",
            I4,
            None,
            ["192.0.2.87"],
            ["192.0.2.89"],
            "Lukáš Mynář",
            "mynar@beskydyplus.example",
            "+420558301477",
        ),
        "from": "Lukáš Mynář <mynar@beskydyplus.example>",
        "subject": "Přístup k XML výsledkům voleb do Poslanecké sněmovny",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "za Rádio Beskydy Plus s.r.o. (IČO "
            f"{I4}) žádám o přístup k XML s průběžnými výsledky.\n\n"
            "produkční server: 192.0.2.87\n"
            "testovací server: 192.0.2.88\n\n"
            "Kontaktní osoba: Lukáš Mynář, technik, 558 301 477, mynar@beskydyplus.example\n\n"
            "S pozdravem\nLukáš Mynář\n\n"
            "P.S. Omlouvám se, překlep – testovací stroj má .89, tj. 192.0.2.89, ne .88 "
            "(to je tiskárna :-) ).\n"
        ),
    },
    {
        "id": "ad005-apple-signature-three-people-box",
        "description": "Apple Mail; the signature block names three people with phones and the "
        "company's data-box ID; the contact is the second of them, named in the text",
        "style": Style.SIGNATURE,
        "labels": L(
            BOTH,
            "Televize Vltava Media a.s.",
            I5,
            "7hk3mza",
            ["198.51.100.150"],
            ["198.51.100.158"],
            "Petr Šafránek",
            "safranek@tvvltava.example",
            "+420725600418",
        ),
        "from": "Jitka Holubová <holubova@tvvltava.example>",
        "subject": "Volby 2025: XML + natáčení na sběrném místě",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "Televize Vltava Media a.s. by ráda požádala o dvě věci:\n"
            "1) přístup k serveru s výsledky v XML – produkce 198.51.100.150, test "
            "198.51.100.158;\n"
            "2) povolení natáčet na sběrném místě v Českých Budějovicích (štáb 3 lidi, "
            "kamera + zvuk, přijedeme kolem 14:00).\n\n"
            "Kontaktní osobou k oběma bodům bude náš produkční Petr Šafránek (viz níže).\n\n"
            "Hezký den\n\n"
            "Jitka Holubová\n"
            "vedoucí zpravodajství | +420 723 118 204 | holubova@tvvltava.example\n"
            "Petr Šafránek\n"
            "produkce | +420 725 600 418 | safranek@tvvltava.example\n"
            "Michal Dušek\n"
            "kameraman | +420 736 221 905\n\n"
            "Televize Vltava Media a.s.\n"
            f"Lannova 41, 370 01 České Budějovice | IČO: {I5} | ID DS: 7hk3mza\n"
        ),
    },
    {
        "id": "ad006-german-english-ipv6-test-from-prod",
        "description": "German agency writing English; IPv6 and IPv4 production, testing from "
        "production, no IČO, a German phone and a 'Version 3.2.1' noise",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mitteldeutsche Nachrichtenagentur GmbH",
            None,
            None,
            ["2001:db8:4a1::20", "203.0.113.140"],
            [],
            "Stefanie Kühnel",
            "kuehnel@mdna.example",
            "+4934121998740",
        ),
        "from": "Stefanie Kühnel <kuehnel@mdna.example>",
        "subject": "Request: access to election results XML (Czech parliamentary election)",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "we are a news agency based in Leipzig and we would like to get access to your "
            "XML results server for the coming Czech elections. Our importer (version 3.2.1) "
            "will connect from these two addresses:\n\n"
            "  2001:db8:4a1::20\n"
            "  203.0.113.140\n\n"
            "Both are production. We have no separate test system, we will test on the "
            "same machines.\n\n"
            "Contact person is me, Stefanie Kühnel, phone +49 341 219 987-40, "
            "kuehnel@mdna.example.\n\n"
            "Thank you in advance and best regards\n"
            "Stefanie Kühnel\n"
            "Mitteldeutsche Nachrichtenagentur GmbH\n"
            "Petersstraße 12, 04109 Leipzig, Germany\n"
            "Amtsgericht Leipzig HRB 31875\n"
        ),
    },
    {
        "id": "ad007-databox-annotation-only-power-of-attorney",
        "description": "data message from a town: the application only in the annotation, the "
        "attached RTF is a power of attorney for the contact (with the office's box in it)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Vranov nad Svratkou",
            I7,
            "q3bn8wd",
            ["198.51.100.201"],
            [],
            "Jana Pokorná",
            "pokorna@vranovns.example",
            "+420515226410",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: prod. IP 198.51.100.201, testovací "
            "nemáme. Kontakt Jana Pokorná, pokorna@vranovns.example, tel. 515 226 410. "
            f"IČO {I7}."
        ),
        "databox": {
            "box": "q3bn8wd",
            "sender": "Město Vranov nad Svratkou",
            "address": "Náměstí 3, 671 03 Vranov nad Svratkou",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "plna_moc_Pokorna.rtf",
                [
                    "PLNÁ MOC",
                    f"Město Vranov nad Svratkou, IČO {I7}, zastoupené starostou Ing. Milanem "
                    "Kadlecem,",
                    "zmocňuje paní Janu Pokornou, referentku městského úřadu, k jednání s "
                    "Českým statistickým úřadem (datová schránka 2gfaasy) ve věci přístupu "
                    "k výsledkům voleb.",
                    "Ve Vranově nad Svratkou dne 1. 9. 2025",
                    "Ing. Milan Kadlec, starosta",
                ],
            )
        ],
    },
    {
        "id": "ad008-gmail-forward-from-admin",
        "description": "editor forwards the admin's mail through Gmail; the addresses, a /32 "
        "and the contact (the admin) are only in the forwarded part",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Polabí s.r.o.",
            I8,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.36"],
            "Ondřej Kabát",
            "kabat@denikpolabi.example",
            "+420776051389",
        ),
        "from": "Vendula Šírová <sirova@denikpolabi.example>",
        "subject": "Fwd: IP pro volby",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám technické údaje od našeho správce sítě – prosíme o přístup k XML "
            f"s výsledky voleb pro Deník Polabí s.r.o., IČO {I8}. Kontaktní osobou bude "
            "přímo Ondřej (níže), já jen vyřizuji papíry.\n\n"
            "Vendula Šírová\nDeník Polabí – vydavatelka\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Ondřej Kabát <kabat@denikpolabi.example>\n"
            "Date: po 8. 9. 2025 v 16:02\n"
            "Subject: IP pro volby\n"
            "To: Vendula Šírová <sirova@denikpolabi.example>\n\n\n"
            "Ahoj Vendy,\n\n"
            "pro ČSÚ: ostré stroje 192.0.2.30 a 192.0.2.31, testovací 192.0.2.36/32.\n"
            "Kdyby cokoli, ať mi volají na 776 051 389.\n\n"
            "O.\n"
        ),
    },
    {
        "id": "ad009-slovak-chatty-roundcube",
        "description": "chatty Slovak mail from Roundcube with a story before the request; "
        "'produkčná'/'testovacia', a Slovak phone",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Záhorský denník, s. r. o.",
            I9,
            None,
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Marek Čaplovič",
            "caplovic@zahorskydennik.example",
            "+421905338120",
        ),
        "from": "Marek Čaplovič <caplovic@zahorskydennik.example>",
        "subject": "prosba o pristup - volby v CR",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý deň prajem,\n\n"
            "možno to bude znieť zvláštne, že slovenský denník chce české výsledky, ale máme "
            "veľa čitateľov zo Skalice a Holíča, ktorí pracujú na Morave, a minule sa nás "
            "pýtali, prečo nemáme živé výsledky z Česka. Tak tento rok by sme to radi "
            "napravili :)\n\n"
            "Prosím teda o prístup k XML výsledkom. Naša produkčná IP je 203.0.113.66, "
            "testovacia 203.0.113.67.\n\n"
            f"Firma: Záhorský denník, s. r. o., IČO {I9}, Námestie slobody 9, 909 01 "
            "Skalica\n"
            "Kontakt: Marek Čaplovič, +421 905 338 120\n\n"
            "Ďakujem a pekný deň,\nMarek\n"
        ),
    },
    {
        "id": "ad010-seznam-html-ano-ne-table",
        "description": "HTML-only Seznam webmail mail in windows-1250; a request table with "
        "ANO/NE answers declines the filming",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Hlas Brdska, spolek",
            I10,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Zdeňka Vávrová",
            "hlasbrdska@email.example",
            "+420604117395",
        ),
        "from": "Hlas Brdska <hlasbrdska@email.example>",
        "subject": "zadost volby",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "html": (
            "<div>Dobrý den,</div><div>posíláme vyplněné údaje podle Vaší výzvy:</div>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><td>Žadatel</td><td>Hlas Brdska, spolek</td></tr>"
            f"<tr><td>IČO</td><td>{I10}</td></tr>"
            "<tr><td>Přístup k výsledkům ve formátu XML</td><td>ANO</td></tr>"
            "<tr><td>Povolení k natáčení na sběrném místě</td><td>NE</td></tr>"
            "<tr><td>Produkční IP adresa</td><td>198.51.100.90</td></tr>"
            "<tr><td>Testovací IP adresa</td><td>198.51.100.91</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Zdeňka Vávrová</td></tr>"
            "<tr><td>Telefon</td><td>604&nbsp;117&nbsp;395</td></tr>"
            "<tr><td>E-mail</td><td>hlasbrdska@email.example</td></tr></table>"
            "<div><br></div><div>Děkujeme, Z. Vávrová, předsedkyně spolku</div>"
            "<div>--<br>Hlas Brdska – nezávislý zpravodaj pro Rožmitál a okolí</div>"
        ),
    },
    {
        "id": "ad011-netmask-block-versions",
        "description": "a production block written as address plus netmask (four addresses) "
        "among dotted version numbers of the client software; no test address",
        "style": Style.TECHNICAL,
        "labels": L(
            [FEED],
            "Numerus Data s.r.o.",
            I11,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            [],
            "Filip Doležal",
            "dolezal@numerus.example",
            "+420602481337",
        ),
        "from": "Filip Doležal <dolezal@numerus.example>",
        "subject": "XML feed - datová redakce Numerus",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "jsme malá datová redakce (Numerus Data s.r.o., IČO "
            f"{I11[:4]}\u00a0{I11[4:]}) a výsledky voleb chceme vizualizovat na "
            "numerus.example. Stahovat budeme z rozsahu 198.51.100.32 maska "
            "255.255.255.252.\n\n"
            "Pro úplnost: stahovač běží v Pythonu 3.12.4 s knihovnou lxml 5.3.0, "
            "nasazený je na Debianu 12.7. Testovací prostředí nemáme, vše ověříme na "
            "produkci při generální zkoušce.\n\n"
            "Kontakt: Filip Doležal, 602 481 337\n\n"
            "Díky\nFilip Doležal\nNumerus Data s.r.o.\n"
        ),
    },
    {
        "id": "ad012-databox-xlsx-merged-role",
        "description": "data message whose annotation only points to the attachment; an XLSX "
        "with a merged 'produkce' cell over two rows and a test row",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Krkonošský posel, s.r.o.",
            I12,
            "m8vc2ke",
            ["203.0.113.171", "203.0.113.172"],
            ["203.0.113.179"],
            "Alena Jirásková",
            "jiraskova@krkposel.example",
            "+420499331506",
        ),
        "subject": "Žádost – přístup k volebním výsledkům (viz příloha)",
        "databox": {
            "box": "m8vc2ke",
            "sender": "Vydavatelství Krkonošský posel, s.r.o.",
            "address": "Horská 220, 543 01 Vrchlabí",
        },
        "attachments": [
            (
                "xlsx",
                "volby_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Vydavatelství Krkonošský posel, s.r.o."],
                            ["IČO", I12],
                            ["Požadujeme", "přístup k XML výsledkům"],
                            ["Kontaktní osoba", "Alena Jirásková"],
                            ["E-mail", "jiraskova@krkposel.example"],
                            ["Telefon", "+420 499 331 506"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Určení", "IP adresa", "Poznámka"],
                            ["produkce", "203.0.113.171", "web"],
                            [None, "203.0.113.172", "mobilní aplikace"],
                            ["test", "203.0.113.179", ""],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "ad013-polish-english-both",
        "description": "Polish TV writing English with small mistakes, asking for feed and a "
        "crew at a collection point; a Polish mobile, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            BOTH,
            "Telewizja Śląsk Sp. z o.o.",
            None,
            None,
            ["192.0.2.121"],
            ["192.0.2.122"],
            "Katarzyna Wróbel",
            "k.wrobel@tvslask.example",
            "+48601552873",
        ),
        "from": "Katarzyna Wróbel <k.wrobel@tvslask.example>",
        "subject": "elections - access and filming",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "I am writing from Telewizja Śląsk Sp. z o.o. (Katowice). We are preparing a "
            "special broadcast about the czech elections because many our viewers live "
            "near the border. We would like:\n\n"
            "- access to XML with results, our server IP 192.0.2.121 and for testing "
            "192.0.2.122\n"
            "- permission for our crew (2 persons) to film in the counting place in "
            "Ostrava on election night\n\n"
            "Contact person: Katarzyna Wróbel, mobile +48 601 552 873\n\n"
            "Thank you very much and sorry for my english.\n"
            "Kasia Wróbel\nproducer, Telewizja Śląsk\n"
        ),
    },
    {
        "id": "ad014-k9-flowed-first-second",
        "description": "K-9 mail in format=flowed with delsp; the roles only by order "
        "('první … druhá') in a sentence broken by soft line breaks",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Echo Vysočiny s.r.o.",
            I14,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Vojtěch Švanda",
            "svanda@echovysociny.example",
            "+420739208614",
        ),
        "from": "Vojtěch Švanda <svanda@echovysociny.example>",
        "subject": "Zadost o pristup k XML vysledkum",
        "headers": K9,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            "prosím o zřízení přístupu pro Echo Vysočiny s.r.o., IČO  \n"
            f"{I14}. Budeme se připojovat ze dvou adres, 192.0.2.140 a  \n"
            "192.0.2.141, z nichž první je náš ostrý server a  \n"
            "druhá slouží jen k testování.\n\n"
            "Kontaktní osoba Vojtěch Švanda, 739 208 614.\n\n"
            "Děkuji,\nV. Švanda\n\n"
            "-- \nOdesláno z K-9 Mail.\n"
        ),
    },
]
