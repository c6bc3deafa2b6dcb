"""Twentyfourth held-out part ``ra``, cases ra001–ra014: an iPhone note, an HTML-only Outlook
table with role columns, a reply to the office's press release, a chatty photographer who only
wants to film, a correction, a forward from IT, a German broadcaster, data messages, a signature
of three people, a Slovak phone note, a webmail table with a netmask, an old Outlook Express
mail with a version number and a signed mail dropping an old address. Written by hand apart
from the extraction rules (see make_twentyfourth_ra); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfourth_ra_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OUTLOOK_EXPRESS,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I5 = ico("2815406"), ico("4617293"), ico("0593172"), ico("2740861")
I6, I8, I9, I10 = ico("6391025"), ico("0027439"), ico("2658014"), ico("3170582")
I11, I12, I13, I14 = ico("2493716"), ico("0841962"), ico("0028107"), ico("4526380")

CASES: list[dict[str, Any]] = [
    {
        "id": "ra001-iphone-note-no-diacritics",
        "description": "three lines typed on an iPhone without diacritics; test address after "
        "'a na test', IČO as 'ic:' and a mobile split in pairs",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zpravodaj Podlipi s.r.o.",
            I1,
            None,
            ["203.0.113.14", "203.0.113.15"],
            ["203.0.113.19"],
            "Ondrej Kratochvil",
            "kratochvil@zpravodajpodlipi.example",
            "+420731456789",
        ),
        "from": "Ondrej Kratochvil <kratochvil@zpravodajpodlipi.example>",
        "subject": "pristup k volebnimu xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, zadam o pristup k xml s vysledky voleb pro Zpravodaj Podlipi s.r.o. "
            f"(ic: {I1}). Stahovat budeme z 203.0.113.14 a 203.0.113.15, a na test "
            "203.0.113.19.\n"
            "Kontakt ja, tel 731 45 67 89\n"
            "Diky Kratochvil\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ra002-outlook-html-role-columns",
        "description": "HTML-only Outlook mail in windows-1250; a table whose columns are "
        "Produkce and Test, the test column empty in the second row",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Jihomoravský kurýr, a.s.",
            I2,
            None,
            ["198.51.100.30", "198.51.100.31"],
            ["198.51.100.40"],
            "Markéta Dvořáková",
            "dvorakova@jmkuryr.example",
            "+420542118730",
        ),
        "from": "Dvořáková Markéta <dvorakova@jmkuryr.example>",
        "subject": "Žádost - přístup k XML výsledkům voleb (Jihomoravský kurýr)",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:Aptos} "
            '--></style></head><body lang="CS" link="#0563C1">'
            '<div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">v souvislosti s&nbsp;volbami do Poslanecké sněmovny si '
            "dovolujeme požádat o přístup k&nbsp;serveru s&nbsp;výsledky ve formátu XML pro "
            f"vydavatele Jihomoravský kurýr, a.s. (IČO&nbsp;{I2}).<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">'
            '<tr><td width="180" style="background:#D9E2F3"><p class="MsoNormal">'
            "<b>Produkce</b><o:p></o:p></p></td>"
            '<td width="180" style="background:#D9E2F3"><p class="MsoNormal">'
            "<b>Test</b><o:p></o:p></p></td></tr>"
            '<tr><td><p class="MsoNormal">198.51.100.30<o:p></o:p></p></td>'
            '<td><p class="MsoNormal">198.51.100.40<o:p></o:p></p></td></tr>'
            '<tr><td><p class="MsoNormal">198.51.100.31<o:p></o:p></p></td>'
            '<td><p class="MsoNormal"><o:p>&nbsp;</o:p></p></td></tr>'
            "</table>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Kontaktní osoba: Markéta Dvořáková, tel. 542&nbsp;118&nbsp;730,'
            ' <a href="mailto:dvorakova@jmkuryr.example">dvorakova@jmkuryr.example</a>'
            "<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">S pozdravem<o:p></o:p></p>'
            '<p class="MsoNormal"><b><span style="color:#1F3864">Markéta Dvořáková</span></b>'
            "<br>produkční online redakce<br>Jihomoravský kurýr, a.s. | Kobližná 19, "
            "602 00 Brno<br>ústředna +420 542 118 700<o:p></o:p></p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "ra003-flowed-reply-to-press-release",
        "description": "format=flowed reply quoting the office's press release with its IČO, "
        "box, phone, a schema version 2.1.4 and a port",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Horizont Morava s.r.o.",
            I3,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Tomáš Zedník",
            "zednik@horizontmorava.example",
            "+420608337124",
        ),
        "from": "Tomáš Zedník <zednik@horizontmorava.example>",
        "subject": "Re: TZ: Průběžné výsledky voleb pro média (XML)",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na Vaši tiskovou zprávu a za Rádio Horizont Morava s.r.o. (IČO \n"
            f"{I3}) žádám o přístup. Naše produkční adresa je 192.0.2.88, testovat \n"
            "budeme z 192.0.2.89.\n\n"
            "Kontaktní osoba: Tomáš Zedník, mobil 608 337 124.\n\n"
            "Díky, zdravím z Olomouce\n"
            "T. Zedník\n\n"
            "Dne 2. 9. 2025 v 9:40 Český statistický úřad napsal(a):\n"
            "> TISKOVÁ ZPRÁVA – Praha 2. září 2025\n"
            ">\n"
            "> Český statistický úřad (IČO 00025593) poskytne médiím průběžné výsledky \n"
            "> voleb ve formátu XML podle schématu verze 2.1.4. Data budou dostupná \n"
            "> protokolem HTTPS (port 443) pouze z ohlášených IP adres.\n"
            ">\n"
            "> Žádosti přijímá podatelna@czso.cz a datová schránka 2gfaasy do \n"
            "> 22. 9. 2025.\n"
            ">\n"
            "> Tiskové oddělení ČSÚ, tel. 274 052 733\n"
        ),
    },
    {
        "id": "ra004-chatty-photographer-film-only",
        "description": "chatty freelance photographer without an IČO wants to take photos and "
        "video at a collection point, says she does not need the XML",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Lucie Habrmanová",
            None,
            None,
            [],
            [],
            "Lucie Habrmanová",
            "lucie.habrmanova@fotolucie.example",
            "+420720664318",
        ),
        "from": "Lucie Habrmanová <lucie.habrmanova@fotolucie.example>",
        "subject": "focení + krátké video na sběrném místě?",
        "headers": GMAIL,
        "body": (
            "Ahoj / dobrý den :)\n\n"
            "omlouvám se, jestli píšu na špatnou adresu, našla jsem ji na webu. Jsem "
            "fotografka na volné noze (bez IČO, fotím zatím jako koníček s přesahem) a "
            "připravuju fotoesej o volební noci pro jeden kulturní magazín, kterému to pak "
            "nabídnu.\n\n"
            "Mohla bych prosím dostat povolení fotit a natočit pár krátkých videí na "
            "sběrném místě v Hradci Králové? Myslím, že bych přišla kolem 21:00 a zůstala "
            "do konce. Budu sama, stativ nepotřebuju.\n\n"
            "Ta XML data s výsledky mi k ničemu nejsou, o ty nežádám :)\n\n"
            "Kdyžtak jsem na 720 664 318.\n\n"
            "Díky moc!!\nLucie Habrmanová\nfotolucie.example | IG @fotolucie\n"
        ),
    },
    {
        "id": "ra005-seznam-correction-test-address",
        "description": "Seznam mail in iso-8859-2; the writer corrects the test address two "
        "paragraphs later ('ne .15 ale .51')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Náchodský deník, spol. s r.o.",
            I5,
            None,
            ["203.0.113.50"],
            ["203.0.113.51"],
            "Radek Pospíšil",
            "pospisil.radek@seznam-nd.example",
            "+420491427365",
        ),
        "from": "Radek Pospíšil <pospisil.radek@seznam-nd.example>",
        "subject": "volby - xml přístup",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "prosím o přístup k výsledkům voleb v XML pro Náchodský deník, spol. s r.o., "
            f"IČ {I5}.\n\n"
            "Produkční server: 203.0.113.50\n"
            "Testovací server: 203.0.113.15\n\n"
            "Kontakt: Radek Pospíšil, 491 427 365 (redakce), pospisil.radek@seznam-nd.example\n\n"
            "Oprava - koukám, že jsem přehodil číslice, ta testovací není .15 ale .51, "
            "tedy 203.0.113.51. Omlouvám se.\n\n"
            "S pozdravem\nRadek Pospíšil\n"
        ),
    },
    {
        "id": "ra006-forward-from-it-colleague",
        "description": "editor forwards the IT admin's mail with the addresses; the new text "
        "names the admin below as the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Pražský večerník a.s.",
            I6,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.210"],
            "Filip Sýkora",
            "sykora.it@vecernik.example",
            "+420602771490",
        ),
        "from": "Ilona Šebestová <sebestova@vecernik.example>",
        "subject": "FW: IP adresy pro ČSÚ - volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"za Pražský večerník a.s., IČO {I6}, žádáme o přístup k volebním výsledkům "
            "ve formátu XML. Technické údaje přeposílám níže od našeho správce, pana "
            "Sýkory – prosím berte jeho jako kontaktní osobu, já budu ve volební noci "
            "v terénu.\n\n"
            "Děkuji\nIlona Šebestová\nšéfredaktorka\n+420 224 901 556\n\n"
            "From: Filip Sýkora <sykora.it@vecernik.example>\n"
            "Sent: Monday, September 8, 2025 4:12 PM\n"
            "To: Ilona Šebestová <sebestova@vecernik.example>\n"
            "Subject: IP adresy pro ČSÚ - volby\n\n"
            "Ahoj Ilono,\n\n"
            "tady to máš:\n"
            "prod: 198.51.100.200, 198.51.100.201 (dva nody za balancerem)\n"
            "test: 198.51.100.210\n\n"
            "Kdyby něco, ať mi volají na 602 771 490.\n\n"
            "Filip\n"
            "--\nFilip Sýkora | IT | Pražský večerník\n"
        ),
    },
    {
        "id": "ra007-german-broadcaster-english",
        "description": "German regional broadcaster writes in English, asks for both the feed "
        "and filming; no Czech IČO, a German phone and a VAT number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Ostbayerischer Rundfunk GmbH",
            None,
            None,
            ["203.0.113.160"],
            ["203.0.113.161"],
            "Stefanie Brandl",
            "s.brandl@obr-rundfunk.example",
            "+499412098815",
        ),
        "from": "Stefanie Brandl <s.brandl@obr-rundfunk.example>",
        "subject": "Request: election results XML + filming permission",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am writing on behalf of Ostbayerischer Rundfunk GmbH, a regional broadcaster "
            "based in Regensburg. We will be covering the Czech parliamentary elections with "
            "a live blog and a TV team in Prague.\n\n"
            "We would kindly ask for two things:\n"
            "1) access to the XML results server – our production IP is 203.0.113.160 and "
            "our test IP is 203.0.113.161;\n"
            "2) permission for our crew (2 persons: reporter Jonas Weiß, camera Milan "
            "Horák) to film at a collection point of your office on election night.\n\n"
            "We are not registered in the Czech Republic, so we have no IČO; our German VAT "
            "ID is DE 298 441 067.\n\n"
            "Please contact me for anything regarding this request.\n\n"
            "Best regards,\n"
            "Stefanie Brandl\nHead of Digital News\n"
            "Ostbayerischer Rundfunk GmbH\nDonaustaufer Str. 112, 93055 Regensburg\n"
            "Tel. +49 941 2098815\n"
        ),
    },
    {
        "id": "ra008-databox-pdf-form-only",
        "description": "data message whose annotation says only 'žádost v příloze'; a PDF form "
        "with ticked and unticked boxes and a wrapped contact cell",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Vranov u Stříbra",
            I8,
            "h3wq8bn",
            ["192.0.2.130"],
            [],
            "Jaroslav Beneš",
            "starosta@vranovustribra.example",
            "+420374629118",
        ),
        "subject": "Žádost v příloze",
        "databox": {
            "box": "h3wq8bn",
            "sender": "Obec Vranov u Stříbra",
            "address": "Vranov 44, 349 01 Stříbro",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_xml_volby.pdf",
                [
                    "Obec Vranov u Stříbra\nVranov 44, 349 01 Stříbro",
                    "ŽÁDOST o přístup k výsledkům voleb / povolení k natáčení",
                    "Žádáme o (zaškrtněte):",
                    "☒ přístup k serveru s výsledky ve formátu XML\n"
                    "☐ povolení pořizovat záznam na sběrném místě",
                    {
                        "rows": [
                            ["Žadatel", "Obec Vranov u Stříbra"],
                            ["IČO", I8],
                            ["Produkční IP", "192.0.2.130"],
                            ["Testovací IP", "nemáme"],
                            [
                                "Kontaktní osoba",
                                "Jaroslav Beneš, starosta, tel. 374 629 118, "
                                "starosta@vranovustribra.example",
                            ],
                        ],
                        "widths": [120, 150],
                    },
                    "Ve Vranově dne 12. 9. 2025\nJaroslav Beneš, starosta",
                ],
            )
        ],
    },
    {
        "id": "ra009-signature-three-people",
        "description": "signature lists three people with phones; the text names the second "
        "one (the webmaster) as the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Týdeník Polabí, z.s.",
            I9,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Vojtěch Kalina",
            "kalina@tydenikpolabi.example",
            "+420605913204",
        ),
        "from": "Redakce Týdeník Polabí <redakce@tydenikpolabi.example>",
        "subject": "Přístup k XML datům voleb",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "spolek Týdeník Polabí, z.s., který vydává stejnojmenný týdeník a web, žádá o "
            "přístup k výsledkům voleb ve formátu XML.\n\n"
            "IP pro produkci: 198.51.100.77\n"
            "IP pro testování: 198.51.100.78\n\n"
            "Technické věci i kontakt za nás má na starosti náš webmaster Vojtěch Kalina "
            "(údaje v podpisu).\n\n"
            "Za redakci\n\n"
            "--\n"
            "Týdeník Polabí, z.s. | Palackého 7, 290 01 Poděbrady\n"
            f"IČO: {I9}\n"
            "Mgr. Hana Čermáková – šéfredaktorka – 777 218 406 – "
            "cermakova@tydenikpolabi.example\n"
            "Vojtěch Kalina – web a IT – 605 913 204 – kalina@tydenikpolabi.example\n"
            "Jitka Slaninová – inzerce – 731 002 915 – inzerce@tydenikpolabi.example\n"
        ),
    },
    {
        "id": "ra010-slovak-samsung-note",
        "description": "sloppy Slovak note from a Samsung phone, 'produkcia'/'test' abbreviated, "
        "IČO with spaces, phone as 00421",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Echo Stredu s.r.o.",
            I10,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.63"],
            "Marek Hudec",
            "hudec@echostredu.example",
            "+421905382117",
        ),
        "from": "Marek Hudec <hudec@echostredu.example>",
        "subject": "pristup xml volby CZ",
        "headers": SAMSUNG,
        "body": (
            "Dobry den,\n"
            "prosim o pristup k XML vysledkom volieb pre Echo Stredu s.r.o. "
            f"(ICO {I10[:2]} {I10[2:5]} {I10[5:]}, pobočka v Brne).\n"
            "prod. 192.0.2.61, 192.0.2.62\n"
            "test. 192.0.2.63\n"
            "kontakt ja, Marek Hudec 00421 905 382 117\n"
            "vdaka\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "ra011-roundcube-html-netmask-ipv6-test",
        "description": "Roundcube HTML mail with a row-header table: production block given as "
        "address plus netmask (four addresses) and an IPv6 test address",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Nakladatelství Orlice spol. s r.o.",
            I11,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["2001:db8:77::5"],
            "Pavel Chmelař",
            "chmelar@nakl-orlice.example",
            "+420465521908",
        ),
        "from": "Pavel Chmelař <chmelar@nakl-orlice.example>",
        "subject": "Žádost o přístup k výsledkům voleb XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nza Nakladatelství Orlice spol. s r.o. (IČO "
            f"{I11}) žádáme o přístup k XML výsledkům voleb.\n\n"
            "Produkce: 203.0.113.64 / 255.255.255.252\n"
            "Test: 2001:db8:77::5\n\n"
            "Kontakt: Pavel Chmelař, 465 521 908\n\n"
            "S pozdravem\nPavel Chmelař\n"
        ),
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">'
            "<p>Dobrý den,</p><p>za Nakladatelství Orlice spol. s r.o. (IČO "
            f"{I11}) žádáme o přístup k XML výsledkům voleb.</p>"
            '<table border="1" style="border-collapse: collapse">'
            "<tbody><tr><th>Produkce</th><td>203.0.113.64 / 255.255.255.252</td></tr>"
            "<tr><th>Test</th><td>2001:db8:77::5</td></tr></tbody></table>"
            "<p>Kontakt: Pavel Chmelař, 465 521 908</p>"
            "<p>S pozdravem<br>Pavel Chmelař</p>"
            '<div id="signature">-- <br>Nakladatelství Orlice spol. s r.o.<br>'
            "Pernštýnská 31, 530 02 Pardubice</div></body></html>"
        ),
    },
    {
        "id": "ra012-databox-annotation-with-odt-power",
        "description": "data message with the whole application in a short annotation; the ODT "
        "attachment is only a power of attorney naming the company and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Datamedia Plzeň s.r.o.",
            I12,
            "t8nvk2e",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Lukáš Beneš",
            "benes@datamedia-plzen.example",
            "+420724118503",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb – prod. IP 192.0.2.140, test. IP "
            "192.0.2.141, kontakt Ing. Lukáš Beneš, 724 118 503, benes@datamedia-plzen.example"
        ),
        "databox": {
            "box": "t8nvk2e",
            "sender": "Datamedia Plzeň s.r.o.",
            "address": "Americká 58, 301 00 Plzeň",
        },
        "attachments": [
            (
                "odt",
                "plna_moc.odt",
                [
                    "PLNÁ MOC",
                    f"Společnost Datamedia Plzeň s.r.o., IČO {I12}, se sídlem Americká 58, "
                    "301 00 Plzeň, zastoupená jednatelem Romanem Šustrem,",
                    "zmocňuje",
                    "Ing. Lukáše Beneše, nar. 4. 3. 1986, k jednání s Českým statistickým "
                    "úřadem ve věci přístupu k výsledkům voleb ve formátu XML.",
                    "V Plzni dne 10. 9. 2025",
                    "Roman Šustr, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ra013-outlook-express-version-number",
        "description": "old Outlook Express mail in windows-1250 from a town radio; a client "
        "version 3.2.1.0 and a server version sit next to the one address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Město Horní Bělá",
            I13,
            None,
            ["198.51.100.9"],
            [],
            "Zdeněk Mareš",
            "mares@hornibela.example",
            "+420371594220",
        ),
        "from": "Zdenek Mares <mares@hornibela.example>",
        "subject": "volby - XML pro mestsky rozhlas a web",
        "headers": OUTLOOK_EXPRESS,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "jsem správce IT na Městském úřadě Horní Bělá. Město Horní Bělá (IČO "
            f"{I13}) by chtělo pro svůj web a městský rozhlas stahovat výsledky voleb "
            "z Vašeho XML serveru, jako jsme to dělali při krajských volbách.\n\n"
            "Stahovat budeme z jediného serveru 198.51.100.9 (Windows Server 2019, "
            "náš stahovací program VolbyKlient verze 3.2.1.0). Testovací adresu nemáme.\n\n"
            "Kontakt: Zdeněk Mareš, tel. 371 594 220, mares@hornibela.example\n\n"
            "Děkuji a jsem s pozdravem\n"
            "Zdeněk Mareš\n"
            "MěÚ Horní Bělá, nám. Svobody 1, 330 12 Horní Bělá\n"
        ),
    },
    {
        "id": "ra014-smime-old-address-dropped",
        "description": "S/MIME-signed formal mail from a TV asking for both; the address used "
        "at the last election is said to be no longer in use",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "TV Krkonoše a.s.",
            I14,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.110"],
            "Kateřina Vlasáková",
            "vlasakova@tvkrkonose.example",
            "+420739551086",
        ),
        "from": '"Mgr. Kateřina Vlasáková, MBA" <vlasakova@tvkrkonose.example>',
        "subject": "Žádost o přístup k XML a o povolení natáčení – TV Krkonoše",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            f"společnost TV Krkonoše a.s., IČO {I14}, žádá\n"
            "a) o přístup k výsledkům voleb ve formátu XML a\n"
            "b) o povolení natáčet na sběrném místě v Trutnově.\n\n"
            "Adresa 203.0.113.5, ze které jsme stahovali při minulých volbách, již "
            "není v provozu – prosíme ji zrušit. Nově:\n"
            "produkční: 203.0.113.101 a 203.0.113.102\n"
            "testovací: 203.0.113.110\n\n"
            "Kontaktní osoba: Kateřina Vlasáková, 739 551 086\n"
            "Štáb: Jan Mrkvička (redaktor), Petr Holas (kamera)\n\n"
            "S úctou\n"
            "Mgr. Kateřina Vlasáková, MBA\n"
            "ředitelka zpravodajství, TV Krkonoše a.s.\n"
            "Horská 4, 541 01 Trutnov\n"
        ),
    },
]
