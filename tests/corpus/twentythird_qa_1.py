"""Twentythird held-out part ``qa``, cases qa001–qa014: an iPhone note without diacritics, an
HTML-only Outlook table with roles in the column headers, a freelancer's reply to the office's
press release, a chatty correction, an Austrian broadcaster writing English, a forward from IT
with "resp.", data messages with a PDF and a DOCX, a signature naming three people, a Slovak
portal, a netmask and a version number, a ticked form, a declined feed and a Polish sender.
Written by hand apart from the extraction rules (see make_twentythird_qa); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentythird_qa_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I4, I6 = ico("2841953"), ico("4527189"), ico("2260417"), ico("2693305")
I7, I8, I9, I10 = ico("0612874"), ico("2574106"), ico("3618720"), ico("2902261")
I11, I12, I13 = ico("4618305"), ico("2815564"), ico("0787412")

CASES: list[dict[str, Any]] = [
    {
        "id": "qa001-iphone-note-no-diacritics",
        "description": "four lines typed on an iPhone without diacritics, IČO in spaced groups, "
        "'ostre'/'zkusebni' and a dashed mobile number",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Pootavske listy s.r.o.",
            I1,
            None,
            ["198.51.100.23", "198.51.100.24"],
            ["198.51.100.90"],
            "Tomas Brabec",
            "brabec@pootavi-tydenik.example",
            "+420731448902",
        ),
        "from": "Tomas Brabec <brabec@pootavi-tydenik.example>",
        "subject": "Volby - xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den,\nposilam zadost o pristup na ten vas xml server k volbam. Jsme "
            "Pootavske listy s.r.o. (vydavame Tydenik Pootavi), IC "
            f"{I1[:2]} {I1[2:5]} {I1[5:]}\n"
            "Ostre servery 198.51.100.23 a 198.51.100.24, zkusebni 198.51.100.90\n"
            "Kontakt ja, mobil 731-448-902\n"
            "Dekuju Brabec\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "qa002-outlook-html-column-roles",
        "description": "HTML-only Outlook mail in windows-1250: production and test addresses "
        "side by side in two columns (read row by row they interleave), the technical contact "
        "below the table differs from the sending secretary",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Moravské ozvěny, a.s.",
            I2,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.150"],
            "Lubomír Válek",
            "valek@ozveny.example",
            "+420585117340",
        ),
        "from": "Sedláčková Jitka <sedlackova@ozveny.example>",
        "subject": "Moravské ozvěny - žádost o přístup k XML (volby do PS)",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            "<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; "
            'font-family:"Aptos",sans-serif;} --></style></head>'
            '<body lang="CS" link="#467886"><div class="WordSection1">'
            '<p class="MsoNormal">Vážení,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">z pověření generálního ředitele společnosti Moravské ozvěny, '
            f"a.s. (IČ: {I2}) žádám o zpřístupnění průběžných výsledků voleb do Poslanecké "
            "sněmovny ve formátu XML. Naše IT oddělení připravilo tyto adresy:<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">'
            '<tr><td width="200" style="background:#D9E2F3"><p class="MsoNormal">'
            "<b>Produkční IP<o:p></o:p></b></p></td>"
            '<td width="200" style="background:#D9E2F3"><p class="MsoNormal">'
            "<b>Testovací IP<o:p></o:p></b></p></td></tr>"
            '<tr><td><p class="MsoNormal">203.0.113.50<o:p></o:p></p></td>'
            '<td><p class="MsoNormal">203.0.113.150<o:p></o:p></p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.51<o:p></o:p></p></td>'
            '<td><p class="MsoNormal"><o:p>&nbsp;</o:p></p></td></tr>'
            "</table>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Technický kontakt: Ing. Lubomír Válek, vedoucí IT, '
            "tel. +420 585 117 340, "
            '<a href="mailto:valek@ozveny.example">valek@ozveny.example</a><o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">S pozdravem<o:p></o:p></p>'
            '<p class="MsoNormal">Jitka Sedláčková<br>sekretariát GŘ<br>Moravské ozvěny, a.s.'
            "<br>Horní náměstí 14, 779 00 Olomouc<br>tel. 585 117 300<o:p></o:p></p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "qa003-freelancer-reply-to-release",
        "description": "a freelance photographer without an IČO replies to the office's quoted "
        "press release (office IČO, data box, phone, an example address); asks only to "
        "photograph and says he does not want the XML",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Radek Šimůnek",
            None,
            None,
            [],
            [],
            "Radek Šimůnek",
            "radek.simunek@foto-simunek.example",
            "+420604552871",
        ),
        "from": "Radek Šimůnek <radek.simunek@foto-simunek.example>",
        "subject": "Re: TZ: Sběrná místa ČSÚ otevřena médiím",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na Vaši tiskovou zprávu níže – rád bych požádal o povolení fotografovat\n"
            "a natáčet krátká videa ve sběrném místě v Hradci Králové v sobotu odpoledne.\n"
            "Pracuji na volné noze (fotky dodávám mj. regionálním webům), IČO nemám,\n"
            "fotím na autorskou smlouvu jako fyzická osoba.\n\n"
            "O přístup k datům v XML nežádám, výsledky mi stačí z webu.\n\n"
            "Mobil: 604 552 871\n\n"
            "Děkuji a zdravím\n"
            "Radek Šimůnek\n"
            "https://foto-simunek.example\n\n"
            "Dne 22. 09. 2025 v 10:14 ČSÚ – tiskové oddělení napsal(a):\n"
            "> Český statistický úřad (IČO 00025593, datová schránka 2gfaasy) umožní\n"
            "> zástupcům médií pořizovat záznam ve vybraných sběrných místech.\n"
            "> Žádosti posílejte na podatelna@czso.cz nejpozději do 26. září 2025.\n"
            ">\n"
            "> Média, která chtějí přímý přístup k výsledkům ve formátu XML, uvedou\n"
            "> nejvýše 5 produkčních a 5 testovacích IP adres (ve tvaru např. 192.0.2.1).\n"
            ">\n"
            "> Kontakt pro média: tel. 274 052 733\n"
        ),
    },
    {
        "id": "qa004-gmail-chatty-correction",
        "description": "a chatty Gmail message that corrects its own test address two paragraphs "
        "later ('.45, ne .54'), association with an IČO",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Náš Rakovník, z. s.",
            I4,
            None,
            ["192.0.2.61"],
            ["192.0.2.45"],
            "Klára Doušová",
            "klara.dousova@nasrakovnik.example",
            "+420737041198",
        ),
        "from": "Klára Doušová <klara.dousova@nasrakovnik.example>",
        "subject": "přístup k výsledkům voleb :)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "píšu za náš spolek Náš Rakovník, z. s. – provozujeme malý zpravodajský web o "
            "dění v Rakovníku a okolí a letos bychom poprvé rádi dělali volební noc s živými "
            f"výsledky. IČO spolku je {I4}.\n\n"
            "Od správce jsem dostala adresy: na produkci 192.0.2.61, na test 192.0.2.54.\n\n"
            "Kdyby bylo potřeba cokoli doplnit, klidně mi zavolejte, jsem k zastižení skoro "
            "pořád (kromě úterních dopolední, to učím).\n\n"
            "Aha, ještě oprava – koukám, že jsem to špatně opsala, ta testovací je 192.0.2.45, "
            "ne .54. Omlouvám se!\n\n"
            "Díky moc a hezký den,\n"
            "Klára Doušová\n"
            "+420 737 04 11 98\n"
        ),
    },
    {
        "id": "qa005-austrian-english-ipv6",
        "description": "an Austrian broadcaster writes English: Firmenbuch and UID numbers but no "
        "Czech IČO, uncompressed IPv6 production addresses, an IPv4 test address, both "
        "requests, a technical contact besides the sender and the camera crew",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["2001:db8:4a1::20", "2001:db8:4a1::21"],
            ["198.51.100.201"],
            "Lukas Berger",
            "l.berger@donauwelle.example",
            "+436643821175",
        ),
        "from": '"Mag. Stefanie Aigner" <s.aigner@donauwelle.example>',
        "subject": "Election night Czech Republic - data access and filming request",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Donauwelle Rundfunk GmbH (Linz, FN 412876 k, UID ATU63529814) will report live "
            "on the Czech parliamentary election for our audience in Upper Austria. We would "
            "kindly ask for two things:\n\n"
            "1. access to the XML results server. Our production servers have IPv6 only:\n"
            "   2001:0db8:04a1:0000:0000:0000:0000:0020\n"
            "   2001:0db8:04a1:0000:0000:0000:0000:0021\n"
            "   For testing we use a small IPv4 machine, 198.51.100.201.\n\n"
            "2. permission to film at the collection point in České Budějovice on the "
            "evening of 4 October (camera: Jakob Wimmer, sound: Nina Hofer).\n\n"
            "For all questions concerning this request please contact our technical "
            "coordinator Lukas Berger, l.berger@donauwelle.example, mobile +43 664 382 1175.\n\n"
            "Thank you very much in advance!\n\n"
            "Best regards\n"
            "Stefanie Aigner\n"
            "Head of News\n"
            "Donauwelle Rundfunk GmbH | Hafenstraße 9 | 4020 Linz | Austria\n"
            "T +43 732 771 200\n"
        ),
    },
    {
        "id": "qa006-forward-from-it-resp",
        "description": "an editor forwards the network admin's mail inline; the admin gives the "
        "production and test address in one sentence with 'resp.' and is named as the contact; "
        "port and NAT details around",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Expres Valašsko s.r.o.",
            I6,
            None,
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Ondřej Pazdera",
            "pazdera@expres-valassko.example",
            "+420776210954",
        ),
        "from": "Vojtěch Kaláb <kalab@expres-valassko.example>",
        "subject": "Fwd: adresy pro volební XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám technické údaje od našeho správce sítě k žádosti o přístup k XML\n"
            "s výsledky voleb. Žadatel: Expres Valašsko s.r.o., IČO "
            f"{I6}, Palackého 212, 757 01\nValašské Meziříčí.\n\n"
            "Kontaktní osobou pro technické věci bude pan Pazdera (údaje v jeho podpisu\n"
            "níže), já jsem k dispozici jen za redakci.\n\n"
            "S pozdravem\n"
            "Vojtěch Kaláb, šéfredaktor\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: adresy pro volební XML\n"
            "Datum: Thu, 18 Sep 2025 16:02:41 +0200\n"
            "Od: Ondřej Pazdera <pazdera@expres-valassko.example>\n"
            "Komu: Vojtěch Kaláb <kalab@expres-valassko.example>\n\n"
            "Ahoj Vojto,\n\n"
            "pro produkční a testovací stahování použijeme adresy 203.0.113.77, resp.\n"
            "203.0.113.78 (obě jdou přes NAT z DMZ, ven jen 443/tcp). Kdyby se ČSÚ na\n"
            "něco ptali, dej jim na mě číslo.\n\n"
            "O.\n\n"
            "-- \n"
            "Ondřej Pazdera | správa IT | Expres Valašsko s.r.o.\n"
            "mob. +420 776 210 954 | pazdera@expres-valassko.example\n"
        ),
    },
    {
        "id": "qa007-databox-pdf-wrapped-table",
        "description": "data message from a college whose annotation only names the request; "
        "the PDF letter has a narrow table whose role cells wrap onto several lines "
        "(production, backup, test) and a contact other than the signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysoká škola mediálních studií Kladno, o.p.s.",
            I7,
            "v3nq8kd",
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.142"],
            "Adéla Fridrichová",
            "fridrichova@vsms-kladno.example",
            "+420312555847",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) – studentská redakce",
        "databox": {
            "box": "v3nq8kd",
            "sender": "Vysoká škola mediálních studií Kladno, o.p.s.",
            "address": "Kročehlavská 1090, 272 01 Kladno",
        },
        "attachments": [
            (
                "pdf",
                "VSMS_zadost_XML_volby.pdf",
                [
                    "Vysoká škola mediálních studií Kladno, o.p.s.\nKročehlavská 1090, "
                    f"272 01 Kladno\nIČO: {I7}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Kladně dne 19. září 2025\nČ. j.: VSMS/2025/0412",
                    "Věc: Žádost o přístup k serveru s výsledky voleb ve formátu XML",
                    "Naše studentská redakce Kladenský kampus bude během volební noci "
                    "zpracovávat průběžné výsledky pro svůj web. Žádáme proto o zřízení "
                    "přístupu pro tyto adresy:",
                    {
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            [
                                "produkční – hlavní server studentského webu",
                                "198.51.100.140",
                                "",
                            ],
                            ["produkční – záložní server", "198.51.100.141", "jiná budova"],
                            ["testovací", "198.51.100.142", "jen do 30. 9. 2025"],
                        ],
                        "widths": [95, 110, 90],
                    },
                    "Kontaktní osobou je Mgr. Adéla Fridrichová, vedoucí studentské redakce, "
                    "tel. 312 555 847, e-mail fridrichova@vsms-kladno.example.",
                    "doc. PhDr. Miroslav Tesař, CSc.\nrektor",
                ],
            )
        ],
    },
    {
        "id": "qa008-owa-signature-three-people",
        "description": "an assistant sends on behalf of the director; the signature block lists "
        "the director, the head of technology and herself with phones; the head of "
        "technology is named as the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Rádio Podřipsko s.r.o.",
            I8,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.209"],
            "Marek Holub",
            "holub@podripsko-radio.example",
            "+420724118560",
        ),
        "from": "Tůmová Eva <tumova@podripsko-radio.example>",
        "subject": "Žádost - přístup k XML výsledkům voleb - Rádio Podřipsko",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "na žádost pana ředitele Čermáka Vám zasílám naši žádost o přístup k výsledkům "
            "voleb ve formátu XML.\n\n"
            "IP adresy:\n"
            "192.0.2.201 (produkce)\n"
            "192.0.2.202 (produkce)\n"
            "192.0.2.209 (test)\n\n"
            "Kontaktní osobou za nás bude pan Marek Holub (technika), údaje níže.\n\n"
            "Děkuji, s pozdravem\n\n"
            "Eva Tůmová\n"
            "asistentka ředitele\n\n"
            "Rádio Podřipsko s.r.o.\n"
            f"Mírové nám. 3, 413 01 Roudnice nad Labem | IČO {I8}\n"
            "--------------------------------------------------\n"
            "Mgr. Jan Čermák, ředitel – 416 812 300, cermak@podripsko-radio.example\n"
            "Marek Holub, vedoucí techniky – 724 118 560, holub@podripsko-radio.example\n"
            "Eva Tůmová, asistentka – 416 812 301, tumova@podripsko-radio.example\n"
            "--------------------------------------------------\n"
            "Tento e-mail může obsahovat důvěrné informace. Pokud nejste jeho adresátem, "
            "prosíme, informujte odesílatele a e-mail smažte.\n"
        ),
    },
    {
        "id": "qa009-slovak-portal-zimbra",
        "description": "a Slovak regional portal writes Slovak (produkčné/testovacia), a Slovak "
        "IČO written 'IČO:' with spaces, the contact is an engineer other than the sender",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I9,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Peter Mináč",
            "minac@zahorske.example",
            "+421905318442",
        ),
        "from": "Zuzana Kollárová <kollarova@zahorske.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb v XML",
        "headers": ZIMBRA,
        "body": (
            "Dobrý deň,\n\n"
            "naše vydavateľstvo Záhorské noviny, s. r. o. (IČO: "
            f"{I9[:2]} {I9[2:5]} {I9[5:]}, Senica) pripravuje\n"
            "spravodajstvo z volieb do Poslaneckej snemovne ČR pre našich čitateľov\n"
            "na Záhorí a v Hodoníne. Žiadame o prístup k XML s výsledkami.\n\n"
            "Produkčné IP: 203.0.113.160, 203.0.113.161\n"
            "Testovacia IP: 203.0.113.170\n\n"
            "Kontaktná osoba: Ing. Peter Mináč, +421 905 318 442, minac@zahorske.example\n\n"
            "S pozdravom\n"
            "Zuzana Kollárová\n"
            "redaktorka\n"
            "tel. +421 34 651 2290\n"
        ),
    },
    {
        "id": "qa010-roundcube-netmask-version",
        "description": "a long chatty note: a parser version number with four dotted parts, a "
        "/30 written as an address with a netmask (four production addresses), no test "
        "environment, a call-after-two phone",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Podbrdský kurýr s.r.o.",
            I10,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            [],
            "Jaroslav Mach",
            "mach@podbrdsky-kuryr.example",
            "+420606991237",
        ),
        "from": "Jaroslav Mach <mach@podbrdsky-kuryr.example>",
        "subject": "zase volby :) - XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "tak jsem se konečně dostal k tomu, abych Vám poslal žádost – letos jsme trochu "
            "pozadu, protože jsme v létě stěhovali redakci (nově Pražská 41, 261 01 Příbram).\n\n"
            "Za Podbrdský kurýr s.r.o. (IČO "
            f"{I10}) žádáme o přístup k XML s výsledky. Máme nový "
            "server, běží na něm náš parser ve verzi 2.4.1.7, ten co jsme loni ladili na "
            "krajské volby. Veřejný rozsah je 198.51.100.64 s maskou 255.255.255.252, "
            "tj. ze všech čtyř adres budeme stahovat ostrá data (balancer to rozhazuje). "
            "Testovací prostředí letos nezřizujeme, nemáme na to lidi.\n\n"
            "Kdyby něco, volejte mi na 606 991 237, nejlíp po druhé odpoledne, "
            "dopoledne jsem v tiskárně.\n\n"
            "Díky a ať to letos sečtete rychle!\n"
            "Jarda Mach\n"
            "Podbrdský kurýr\n"
        ),
    },
    {
        "id": "qa011-zimbra-form-checkboxes",
        "description": "HTML-only form-like mail with ballot-box characters: the feed ticked, "
        "recording left unticked; contact fields differ from the newsroom sender address",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Horácké listy, spol. s r.o.",
            I11,
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.35"],
            "Irena Kubíčková",
            "kubickova@horacke-listy.example",
            "+420567210488",
        ),
        "from": "Redakce Horácké listy <redakce@horacke-listy.example>",
        "subject": "Formulář - volby 2025",
        "headers": ZIMBRA,
        "html": (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; '
            'font-size: 12pt; color: #000000">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>vyplnili jsme Váš formulář a posíláme ho zpět (přílohu se nám nepodařilo "
            "otevřít, tak jsme ho přepsali do mailu):</div><div><br></div>"
            "<div><b>Žadatel:</b> Horácké listy, spol. s r.o.</div>"
            f"<div><b>IČO:</b> {I11}</div>"
            "<div><b>Sídlo:</b> Brněnská 18, 586 01 Jihlava</div><div><br></div>"
            "<div><b>Žádáme o:</b></div>"
            "<div>&#9746; přístup k XML výstupům s výsledky voleb</div>"
            "<div>&#9744; povolení pořizovat záznam ve sběrném místě</div><div><br></div>"
            "<div><b>Produkční IP:</b> 192.0.2.33, 192.0.2.34</div>"
            "<div><b>Testovací IP:</b> 192.0.2.35</div><div><br></div>"
            "<div><b>Kontaktní osoba:</b> Bc. Irena Kubíčková</div>"
            "<div><b>Telefon:</b> +420 567 210 488</div>"
            "<div><b>E-mail:</b> kubickova@horacke-listy.example</div><div><br></div>"
            "<div>Děkujeme,</div><div>redakce Horáckých listů</div></div></body></html>"
        ),
    },
    {
        "id": "qa012-databox-docx-header-both",
        "description": "data message with a DOCX letter: page header with the applicant's IČO "
        "and box, the office's box in the address block, both requests, a backup production "
        "line, the contact is also part of the film crew",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Televize Podkrkonoší, s.r.o.",
            I12,
            "b8twm3e",
            ["203.0.113.21", "203.0.113.22"],
            ["203.0.113.29"],
            "Simona Vejvodová",
            "vejvodova@tvpodkrkonosi.example",
            "+420739402118",
        ),
        "subject": "Žádost – XML výsledky + natáčení (Trutnov)",
        "databox": {
            "box": "b8twm3e",
            "sender": "Televize Podkrkonoší, s.r.o.",
            "address": "Horská 7, 541 01 Trutnov",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU_2025.docx",
                {
                    "header": f"Televize Podkrkonoší, s.r.o. • Horská 7, 541 01 Trutnov • "
                    f"IČO {I12} • datová schránka b8twm3e",
                    "footer": "Zapsáno v OR vedeném KS v Hradci Králové, oddíl C, vložka 31207",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                        "ID datové schránky: 2gfaasy",
                        "V Trutnově 24. 9. 2025",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Žádáme 1) o zřízení přístupu k serveru s výsledky voleb ve formátu XML "
                        "a 2) o povolení natáčet ve sběrném místě v Trutnově v sobotu 4. 10. "
                        "od 14:00.",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.21"],
                                ["Produkční IP (záloha)", "203.0.113.22"],
                                ["Testovací IP", "203.0.113.29"],
                            ]
                        },
                        "Natáčet bude štáb ve složení kameraman Pavel Ryba a redaktorka "
                        "Simona Vejvodová.",
                        "Kontaktní osoba pro obě žádosti: Simona Vejvodová, tel. 739 402 118, "
                        "vejvodova@tvpodkrkonosi.example",
                        "Ing. Tomáš Kopecký\njednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "qa013-samsung-film-only-declines-xml",
        "description": "base64 mail from a Samsung phone: a production company asks to film and "
        "explicitly does not want the XML access",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Studio Brána s.r.o.",
            I13,
            None,
            [],
            [],
            "Lenka Šafránková",
            "safrankova@studiobrana.example",
            "+420777603219",
        ),
        "from": "Lenka Šafránková <safrankova@studiobrana.example>",
        "subject": "natáčení ve sběrném místě",
        "headers": SAMSUNG,
        "cte": "base64",
        "body": (
            "Dobrý den,\n"
            "jsme produkční společnost Studio Brána s.r.o., IČO "
            f"{I13}. Točíme dokument o tom, jak se v Česku sčítají hlasy, a rádi bychom "
            "natáčeli ve sběrném místě v Ústí nad Labem během volební noci (kamera + zvuk, "
            "2 lidi, bez světel).\n"
            "O přístup k XML datům nežádáme, data nepotřebujeme.\n"
            "Děkuji\n"
            "Lenka Šafránková, produkční\n"
            "777 603 219\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "qa014-polish-english-respectively",
        "description": "a Polish publisher writes English: production and test given in one "
        "sentence with 'respectively', KRS and NIP numbers instead of an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nowiny Przygraniczne Sp. z o.o.",
            None,
            None,
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Michał Wróblewski",
            "m.wroblewski@nowiny-przygraniczne.example",
            "+48601233478",
        ),
        "from": "Michał Wróblewski <m.wroblewski@nowiny-przygraniczne.example>",
        "subject": "Request: access to election results XML",
        "headers": MAC_OUTLOOK,
        "body": (
            "Good morning,\n\n"
            "I am writing on behalf of Nowiny Przygraniczne Sp. z o.o. (Cieszyn, KRS "
            "0000418827, NIP 5482716630). We publish a Polish-Czech news site for the "
            "Cieszyn Silesia region and we would like to show the Czech results live.\n\n"
            "Could you please whitelist 198.51.100.170 and 198.51.100.171 for production and "
            "testing respectively?\n\n"
            "I am the contact person – mobile +48 601 233 478.\n\n"
            "Many thanks and kind regards,\n"
            "Michał Wróblewski\n"
            "Online editor\n"
            "Nowiny Przygraniczne\n"
            "ul. Głęboka 12, 43-400 Cieszyn, Poland\n"
        ),
    },
]
