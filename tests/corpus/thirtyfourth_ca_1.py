"""Thirty-fourth held-out part ``ca``, cases ca001–ca014: a note typed on an iPhone, an
HTML-only Outlook mail with role columns, a reply above the office's own quoted answer, a chatty
freelancer who wants to film only, a correction in a Seznam mail, a forward from IT, a German
broadcaster writing English, data messages and a form sent as a text file. Written by hand apart
from the extraction rules (see make_thirtyfourth_ca); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfourth_ca_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I5 = ico("2795341"), ico("0816427"), ico("2690153"), ico("4728819")
I6, I8, I9, I10 = ico("2562074"), ico("0539281"), ico("2871436"), ico("0642915")
I11, I12, I12C, I13, I14 = (
    ico("2918357"),
    ico("4807162"),
    ico("0715384"),
    ico("2649073"),
    ico("4591726"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ca001-iphone-prod-tst",
        "description": "a few lines typed on an iPhone, half without diacritics, 'prod'/'tst' "
        "abbreviations and a phone written with dashes",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Brdský týdeník s.r.o.",
            I1,
            None,
            ["198.51.100.23"],
            ["198.51.100.24"],
            "Martin Hrubeš",
            "hrubes@brdskytydenik.example",
            "+420731448902",
        ),
        "from": "Martin Hrubeš <hrubes@brdskytydenik.example>",
        "subject": "pristup xml volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, posilam udaje k tomu pristupu na volebni xml co jste psali v tiskovce.\n"
            f"vydavatel: Brdský týdeník s.r.o., ič {I1}\n"
            "ip prod 198.51.100.23\n"
            "tst 198.51.100.24\n"
            "kontakt ja, Martin Hrubeš, mob. 731-448-902\n"
            "diky moc\nMH\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ca002-outlook-html-role-columns",
        "description": "HTML-only Outlook mail, roles given by column headers (Produkce/Test) "
        "with a backup row, the contact a named colleague, the sender's and the switchboard's "
        "numbers in the signature",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "RTV Morava Plus a.s.",
            I2,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Lukáš Obr",
            "lukas.obr@rtvmoravaplus.example",
            "+420776502318",
        ),
        "from": "Kratochvílová Simona <kratochvilova@rtvmoravaplus.example>",
        "subject": "RTV Morava Plus – žádost o přístup k volebním výsledkům",
        "headers": OUTLOOK,
        "html": (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos"} '
            '--></style></head><body lang="CS" link="#467886">'
            '<div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">v návaznosti na blížící se volby do Poslanecké sněmovny '
            "žádáme o zřízení přístupu k serveru s průběžnými výsledky ve formátu XML pro naši "
            f"společnost RTV Morava Plus a.s., IČO: {I2[:3]} {I2[3:5]} {I2[5:]}."
            "<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">'
            '<tr><td width="140" style="background:#D9E2F3"><p class="MsoNormal"><b>Server'
            "</b></p></td>"
            '<td width="160" style="background:#D9E2F3"><p class="MsoNormal"><b>Produkce</b>'
            "</p></td>"
            '<td width="160" style="background:#D9E2F3"><p class="MsoNormal"><b>Test</b>'
            "</p></td></tr>"
            '<tr><td><p class="MsoNormal">primární</p></td>'
            '<td><p class="MsoNormal">203.0.113.130</p></td>'
            '<td><p class="MsoNormal">203.0.113.140</p></td></tr>'
            '<tr><td><p class="MsoNormal">záložní</p></td>'
            '<td><p class="MsoNormal">203.0.113.131</p></td>'
            '<td><p class="MsoNormal">–</p></td></tr>'
            "</table>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Technickou kontaktní osobou je náš správce sítě Lukáš Obr, '
            '<a href="mailto:lukas.obr@rtvmoravaplus.example">lukas.obr@rtvmoravaplus.example'
            "</a>, mobil 776&nbsp;502&nbsp;318.<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Děkuji a jsem s pozdravem<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal"><b><span style="color:#1F3864">Ing. Simona Kratochvílová'
            "</span></b><br>ředitelka<br>RTV Morava Plus a.s. | Dolní náměstí 27, 779 00 "
            "Olomouc<br>T: +420 585 220 410 | recepce: +420 585 220 400<br>"
            '<a href="https://www.rtvmoravaplus.example">www.rtvmoravaplus.example</a>'
            "<o:p></o:p></p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "ca003-reply-above-office-answer",
        "description": "flowed reply adding the test address above the office's quoted request "
        "for completion (office phone, IČO, data box) and the applicant's own quoted original, "
        "to which the new text refers for the production address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zpravodaj Polabí s.r.o.",
            I3,
            None,
            ["203.0.113.151"],
            ["203.0.113.152"],
            "Ondřej Kalina",
            "kalina@zpravodajpolabi.example",
            "+420602118340",
        ),
        "from": "Ondřej Kalina <kalina@zpravodajpolabi.example>",
        "subject": "Re: Žádost o přístup k výsledkům voleb – doplnění",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, testovací server jsme v žádosti zapomněli uvést. Je to \n"
            "203.0.113.152.\n"
            "Produkční adresa zůstává ta, kterou jsem posílal minule (viz níže), \n"
            "kontakt také.\n\n"
            "S pozdravem\n"
            "Ondřej Kalina\n\n"
            "Dne 18. 09. 25 v 10:14 Podatelna ČSÚ napsal(a):\n"
            "> Dobrý den,\n"
            ">\n"
            "> děkujeme za Vaši žádost. Pro zřízení přístupu prosím doplňte testovací \n"
            "> IP adresu, případně sdělte, že ji nepožadujete.\n"
            ">\n"
            "> S pozdravem\n"
            "> Podatelna\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "> tel. 274 052 733, podatelna@czso.cz, ID DS 2gfaasy, IČO 00025593\n"
            ">\n"
            "> Dne 17. 9. 2025 v 21:40 Ondřej Kalina napsal(a):\n"
            ">> Dobrý den,\n"
            f">> za Zpravodaj Polabí s.r.o. (IČO {I3}) žádáme o přístup k XML s \n"
            ">> výsledky voleb do Poslanecké sněmovny. Produkční server: 203.0.113.151.\n"
            ">> Kontakt: Ondřej Kalina, tel. 602 118 340.\n"
            ">> Díky, O. Kalina\n"
        ),
    },
    {
        "id": "ca004-chatty-freelancer-filming-only",
        "description": "chatty freelance documentarist without an IČO asks only to film and says "
        "she does not need the XML feed; a grant number and a cameraman in the text",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Klára Vondrušková",
            None,
            None,
            [],
            [],
            "Klára Vondrušková",
            "klara.vondruskova@mailbox.example",
            "+420608914227",
        ),
        "from": "Klára Vondrušková <klara.vondruskova@mailbox.example>",
        "subject": "natáčení na sběrném místě – dokument",
        "headers": GMAIL,
        "body": (
            "Ahoj, teda dobrý den :)\n\n"
            "jsem nezávislá dokumentaristka a točím film o tom, jak se u nás vlastně sčítají "
            "hlasy. Moc ráda bych natočila pár záběrů na vašem sběrném místě v Ústí nad Labem, "
            "ideálně v sobotu 4. 10. po uzavření volebních místností, tak na půl hodinky.\n\n"
            "Přístup k těm XML datům s výsledky nepotřebuju, to je asi spíš pro weby :) "
            "IČO nemám, dělám to zatím na vlastní pěst (mám jen grant od nadace, č. smlouvy "
            "2025/114-D).\n\n"
            "Se mnou by byl kameraman Vojta Šebek, nikdo další.\n\n"
            "Kdyby cokoli, volejte klidně 608 914 227.\n\n"
            "Díky moc!\nKlára Vondrušková\n"
        ),
        "html": (
            '<div dir="ltr"><div>Ahoj, teda dobrý den :)</div><div><br></div>'
            "<div>jsem nezávislá dokumentaristka a točím film o tom, jak se u nás vlastně "
            "sčítají hlasy. Moc ráda bych natočila pár záběrů na vašem sběrném místě v Ústí nad "
            "Labem, ideálně v sobotu 4. 10. po uzavření volebních místností, tak na půl "
            "hodinky.</div><div><br></div>"
            "<div>Přístup k těm XML datům s výsledky nepotřebuju, to je asi spíš pro weby :) "
            "IČO nemám, dělám to zatím na vlastní pěst (mám jen grant od nadace, č. smlouvy "
            "2025/114-D).</div><div><br></div>"
            "<div>Se mnou by byl kameraman Vojta Šebek, nikdo další.</div><div><br></div>"
            "<div>Kdyby cokoli, volejte klidně 608 914 227.</div><div><br></div>"
            "<div>Díky moc!</div><div>Klára Vondrušková</div></div>"
        ),
    },
    {
        "id": "ca005-seznam-correction-cp1250",
        "description": "Seznam mail in windows-1250: the production address is corrected in a "
        "later paragraph (the first one is an old router), the test address stays",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jihlavské listy, z. s.",
            I5,
            None,
            ["192.0.2.89"],
            ["192.0.2.90"],
            "Jana Pazderová",
            "pazderova@jihlavskelisty.example",
            "+420567301884",
        ),
        "from": "Jana Pazderová <pazderova@jihlavskelisty.example>",
        "subject": "Žádost o přístup – výsledky voleb XML",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"spolek Jihlavské listy, z. s., IČO {I5}, vydává stejnojmenný měsíčník a "
            "zpravodajský web. Žádáme o přístup k volebním výsledkům ve formátu XML.\n\n"
            "Produkční IP: 192.0.2.88\n"
            "Testovací IP: 192.0.2.90\n"
            "Kontakt: Jana Pazderová, 567 301 884\n\n"
            "Oprava – kolega mě právě upozornil, že produkční adresa je špatně, správně má být "
            "192.0.2.89 (ta končící 88 je náš starý router). Testovací platí.\n\n"
            "S pozdravem\n"
            "Jana Pazderová\n"
            "Jihlavské listy, z. s.\n"
            "Masarykovo nám. 12, 586 01 Jihlava\n"
        ),
    },
    {
        "id": "ca006-gmail-forward-from-it",
        "description": "the editor-in-chief forwards his IT admin's note with the addresses (two "
        "production nodes, an IPv6 test address) and names the admin as the contact; the "
        "admin's phone is only in the forwarded part",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vltava Online s.r.o.",
            I6,
            None,
            ["198.51.100.77", "198.51.100.78"],
            ["2001:db8:77::15"],
            "Michal Dostál",
            "dostal@vltavaonline.example",
            "+420733651209",
        ),
        "from": "Petr Salaba <salaba@vltavaonline.example>",
        "subject": "Fwd: IP adresy pro ČSÚ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám údaje od našeho správce a prosím o zřízení přístupu k XML výsledkům "
            f"voleb pro Vltava Online s.r.o., IČO {I6}. Kontaktní osobou pro přístup bude "
            "přímo Michal (Michal Dostál), já jsem jen šéfredaktor a techniku neřeším.\n\n"
            "Petr Salaba\nšéfredaktor, 724 100 583\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Michal Dostál <dostal@vltavaonline.example>\n"
            "Date: st 17. 9. 2025 v 16:02\n"
            "Subject: IP adresy pro ČSÚ\n"
            "To: Petr Salaba <salaba@vltavaonline.example>\n\n\n"
            "Ahoj Petře,\n\ntady to je:\n"
            "prod: 198.51.100.77, 198.51.100.78 (dva nody za balancerem)\n"
            "test: 2001:db8:77::15\n\n"
            "Kdyby chtěli volat, mám 733 651 209.\n"
            "M.\n"
        ),
    },
    {
        "id": "ca007-german-broadcaster-english",
        "description": "German broadcaster writing English asks for both; production is a /30 "
        "range, testing from the same range, a film crew named, mobile and switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Rundfunk Mittelrhein GmbH",
            None,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            [],
            "Jonas Brückner",
            "j.brueckner@rundfunk-mittelrhein.example",
            "+491714420958",
        ),
        "from": "Jonas Brückner <j.brueckner@rundfunk-mittelrhein.example>",
        "subject": "Request: election results feed and filming permission, 3-4 October",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am writing on behalf of Rundfunk Mittelrhein GmbH, a regional broadcaster from "
            "Koblenz, Germany. For our coverage of the Czech parliamentary elections we would "
            "like to ask for two things:\n\n"
            "1) Access to the XML results server. Our outgoing traffic comes from the range "
            "198.51.100.32/30. We have no separate test system, we will make our tests from "
            "the same range.\n"
            "2) A permission to film at your collection point in Prague on Saturday 4 October, "
            "for about 30 minutes. Our team there: reporter Anna Keller and camera Tobias "
            "Renn.\n\n"
            "The contact person for both is me.\n\n"
            "With kind regards / Mit freundlichen Grüßen\n\n"
            "Jonas Brückner\n"
            "Planning, Foreign Desk\n"
            "Rundfunk Mittelrhein GmbH\n"
            "Am Deutschen Eck 5, 56068 Koblenz\n"
            "Mobile +49 171 4420958\n"
            "Switchboard +49 261 91430\n"
            "Amtsgericht Koblenz HRB 1224\n"
        ),
    },
    {
        "id": "ca008-databox-annotation-only",
        "description": "data message with the whole application in the annotation "
        "(abbreviated prod./test.); the attached file is a commercial-register extract that "
        "carries the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hlas Jihu, s.r.o.",
            I8,
            "h3jz8wq",
            ["203.0.113.61"],
            ["203.0.113.62"],
            "Jan Zedník",
            "zednik@hlasjihu.example",
            "+420605330118",
        ),
        "subject": "Žádost o přístup k XML s výsledky voleb. Prod. IP 203.0.113.61, test. IP "
        "203.0.113.62. Kontakt: Jan Zedník, 605 330 118, zednik@hlasjihu.example. "
        "Příloha: výpis z OR.",
        "databox": {
            "box": "h3jz8wq",
            "sender": "Hlas Jihu, s.r.o.",
            "address": "Široká 8, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "txt",
                "vypis_OR_HlasJihu.txt",
                "VÝPIS\nz obchodního rejstříku, vedeného Krajským soudem v Českých "
                "Budějovicích\noddíl C, vložka 29417\n\n"
                "Datum vzniku a zápisu: 3. dubna 2016\n"
                "Spisová značka: C 29417 vedená u Krajského soudu v Českých Budějovicích\n"
                "Obchodní firma: Hlas Jihu, s.r.o.\n"
                "Sídlo: Široká 8, 370 01 České Budějovice\n"
                f"Identifikační číslo: {I8[:3]} {I8[3:5]} {I8[5:]}\n"
                "Právní forma: Společnost s ručením omezeným\n"
                "Předmět podnikání: vydavatelské činnosti, polygrafická výroba\n"
                "Statutární orgán: jednatel Jan Zedník, dat. nar. 11. června 1979\n"
                "Základní kapitál: 200 000,- Kč\n",
            )
        ],
    },
    {
        "id": "ca009-slovak-samsung-phone",
        "description": "Slovak news site writing from a Samsung phone, 8bit, roles in Slovak "
        "(produkčná/testovacia), a +421 phone",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Denník Záhorie s.r.o.",
            I9,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Peter Kováčik",
            "kovacik@dennikzahorie.example",
            "+421905318442",
        ),
        "from": "Peter Kováčik <kovacik@dennikzahorie.example>",
        "subject": "XML volby - ziadost",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Dobrý deň,\n"
            "pisem z mobilu tak prepacte strucnost. Sme Denník Záhorie s.r.o., "
            f"IČO {I9}, a chceli by sme pristup k XML vysledkom volieb do snemovne.\n"
            "produkčná IP 192.0.2.140\n"
            "testovacia 192.0.2.141\n"
            "kontakt ja, tel +421 905 318 442\n"
            "Vďaka, Peter Kováčik\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "ca010-assistant-signature-three-people",
        "description": "an assistant sends the application; the named technical contact is the "
        "second of three people in a shared signature with a switchboard and a data-box ID",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Vydavatelství Poberouní a.s.",
            I10,
            "x7bq4ra",
            ["192.0.2.175"],
            ["192.0.2.176"],
            "Radek Pešina",
            "pesina@poberouni.example",
            "+420736420581",
        ),
        "from": "Lenka Machová <machova@poberouni.example>",
        "subject": "Žádost – přístup k výsledkům voleb (Vydavatelství Poberouní)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "z pověření šéfredaktora p. Vrby Vám zasílám žádost Vydavatelství Poberouní a.s. o "
            "přístup k výsledkům voleb ve formátu XML.\n\n"
            "Adresa serveru (produkce): 192.0.2.175\n"
            "Testovací adresa: 192.0.2.176\n\n"
            "Technickým kontaktem bude Radek Pešina (viz níže), který má servery na starosti.\n\n"
            "Děkuji a přeji hezký den\n"
            "Lenka Machová\n"
            "asistentka redakce\n\n"
            "--\n"
            "Vydavatelství Poberouní a.s. | Husovo nám. 41, 266 01 Beroun\n"
            f"IČO {I10} | ID datové schránky: x7bq4ra\n"
            "Redakce: +420 311 620 100 (ústředna)\n"
            "Mgr. Tomáš Vrba, šéfredaktor – vrba@poberouni.example, +420 603 112 094\n"
            "Radek Pešina, IT – pesina@poberouni.example, +420 736 420 581\n"
            "Lenka Machová, asistentka – machova@poberouni.example, +420 311 620 105\n"
        ),
    },
    {
        "id": "ca011-roundcube-html-netmask",
        "description": "HTML-only Roundcube mail with a bullet list; the production network is an "
        "address with a netmask (four addresses), a firmware version in the signature",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kabelová televize Třebíč, s. r. o.",
            I11,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210"],
            "Zdeněk Holík",
            "holik@ktv-trebic.example",
            "+420568844190",
        ),
        "from": "Zdeněk Holík <holik@ktv-trebic.example>",
        "subject": "Přístup k XML výsledkům voleb",
        "headers": ROUNDCUBE,
        "html": (
            "<html><head>"
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>"
            "<p>Dobrý den,</p>"
            "<p>společnost Kabelová televize Třebíč, s. r. o. (IČO "
            f"{I11}) žádá o přístup k XML výstupům volebních výsledků. Používáme tyto "
            "adresy:</p>"
            "<ul><li>produkční síť: 198.51.100.200 maska 255.255.255.252</li>"
            "<li>testovací stroj: 198.51.100.210</li></ul>"
            "<p>Kontaktní osoba: Zdeněk Holík, tel. 568&nbsp;844&nbsp;190, "
            '<a href="mailto:holik@ktv-trebic.example">holik@ktv-trebic.example</a></p>'
            "<p>S pozdravem<br />Zdeněk Holík<br />vedoucí techniky</p>"
            '<div id="signature" class="pre" style="color: #888">-- <br />'
            "Kabelová televize Třebíč, s. r. o.<br />Karlovo nám. 3, 674 01 Třebíč<br />"
            "Firmware set-top boxů: 4.12.0.3</div>"
            "</body></html>"
        ),
    },
    {
        "id": "ca012-contractor-for-publisher",
        "description": "an outside web admin writes for the publisher of a daily: the publisher's "
        "IČO in the text and the contractor's own IČO in his signature, a parser version that "
        "looks like an address, a port",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Pálava Media, spol. s r.o.",
            I12,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Aleš Kordula",
            "ales@kordula-it.example",
            "+420777205361",
        ),
        "from": "Aleš Kordula <ales@kordula-it.example>",
        "subject": "Přístup na volební XML – Deník Pálava",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "jsem externí správce webu Deníku Pálava a píšu jménem vydavatele, společnosti "
            f"Pálava Media, spol. s r.o., IČO {I12} (pověření od jednatelky paní Rudolfové "
            "mohu doložit). Žádáme o přístup k výsledkům voleb v XML.\n\n"
            "Stahovat bude server 203.0.113.90 (Debian 12.7, náš parser ve verzi 2.10.4.1), "
            "testovat budeme ze stagingu 203.0.113.91. Počítáme s dotazem zhruba každých "
            "60 s přes HTTPS (443).\n\n"
            "Technický kontakt: já, Aleš Kordula, ales@kordula-it.example, +420 777 205 361.\n\n"
            "Díky\n"
            "Aleš Kordula\n"
            f"Kordula IT – správa serverů, IČO {I12C}\n"
        ),
    },
    {
        "id": "ca013-k9-form-in-txt",
        "description": "a two-line phone note with the office's form filled in as a text file: "
        "one box ticked [X], the filming box left empty, two test addresses",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Podještědí s.r.o.",
            I13,
            None,
            ["198.51.100.160"],
            ["198.51.100.161", "198.51.100.162"],
            "Renata Šimková",
            "simkova@radiopodjested.example",
            "+420485117902",
        ),
        "from": "Renata Šimková <simkova@radiopodjested.example>",
        "subject": "formular volby",
        "headers": K9,
        "body": "Dobry den, v priloze posilam vyplneny formular.\nSimkova\n",
        "attachments": [
            (
                "txt",
                "formular_CSU.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM / POVOLENÍ K ZÁZNAMU – VOLBY 2025\n\n"
                "Žadatel (název, právní forma): Rádio Podještědí s.r.o.\n"
                f"IČO: {I13}\n"
                "ID datové schránky: ----\n\n"
                "Žádám o:\n"
                " [X] přístup k výsledkům voleb ve formátu XML\n"
                " [ ] povolení k pořizování zvukového a obrazového záznamu na sběrném místě\n\n"
                "Produkční IP adresy (max. 5): 198.51.100.160\n"
                "Testovací IP adresy (max. 5): 198.51.100.161, 198.51.100.162\n\n"
                "Kontaktní osoba: Renata Šimková\n"
                "E-mail: simkova@radiopodjested.example\n"
                "Telefon: 485 117 902\n\n"
                "Datum: 16. 9. 2025\n",
            )
        ],
    },
    {
        "id": "ca014-databox-docx-merged-role",
        "description": "data message with a DOCX letter: a role cell merged over two production "
        "rows (main and backup site), the office's address block, the IČO only in the footer",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální televize Polabí, o.p.s.",
            I14,
            "r5tn2pk",
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.70"],
            "Ivana Tichá",
            "ticha@rtvpolabi.example",
            "+420321745226",
        ),
        "subject": "Žádost o zřízení přístupu k výsledkům voleb (XML) – RTV Polabí",
        "databox": {
            "box": "r5tn2pk",
            "sender": "Regionální televize Polabí, o.p.s.",
            "address": "Palackého 210, 280 02 Kolín",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU_RTVPolabi.docx",
                {
                    "header": "Regionální televize Polabí, o.p.s. · Palackého 210, 280 02 Kolín",
                    "footer": f"IČO {I14} · www.rtvpolabi.example · zapsána v rejstříku o.p.s. "
                    "u MS v Praze, O 1187",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Kolíně dne 19. 9. 2025",
                        "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                        "Vážení,",
                        "žádáme o zřízení přístupu k serveru s výsledky voleb do Poslanecké "
                        "sněmovny pro naše zpravodajství. Adresy uvádíme v tabulce:",
                        {
                            "rows": [
                                ["Role", "IP adresa", "Poznámka"],
                                ["Produkční", "192.0.2.60", "hlavní vysílací pracoviště"],
                                ["", "192.0.2.61", "záložní pracoviště"],
                                ["Testovací", "192.0.2.70", "pouze do 30. 9."],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Bc. Ivana Tichá, tel. 321 745 226, "
                        "ticha@rtvpolabi.example",
                        "S pozdravem",
                        "Mgr. Karel Hamerník\nředitel",
                    ],
                },
            )
        ],
    },
]
