"""Forty-third held-out part ``ay``, cases ay001–ay014: phone-typed notes without diacritics, a
chatty Android mail, an HTML-only Outlook table, a reply quoting the office's press release, an
inline forward, a format=flowed mail wrapped inside a role sentence, an Austrian sender writing
English, an in-message correction, a signature naming three people, a freelancer who only wants
to photograph, a multipart university mail, a Slovak sender and two data messages. Written by
hand apart from the extraction rules (see make_fortythird_ay); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortythird_ay_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2934871"), ico("0618352"), ico("2557093"), ico("0743126"), ico("2816405")
I6, I8, I9, I10 = ico("0271948"), ico("2683517"), ico("0594230"), ico("2471689")
I12, I13, I14 = ico("0021954"), ico("5136208"), ico("2609374")

_PRESS = (
    "> Český statistický úřad (IČO 00025593) zpřístupní médiím výsledky voleb do Poslanecké\n"
    "> sněmovny 2025 ve formátu XML na vyhrazeném serveru. Žádosti o přístup (název a IČO\n"
    "> žadatele, nejvýše 5 produkčních a 5 testovacích IP adres, kontaktní osoba) zasílejte\n"
    "> do datové schránky 2gfaasy nebo e-mailem na podatelna@czso.cz do 26. září 2025.\n"
    "> Žádosti o povolení pořizovat záznamy na pracovištích ČSÚ podávejte stejnou cestou.\n"
    ">\n"
    "> Kontakt pro média: tiskové oddělení ČSÚ, tel. +420 274 052 733, media@czso.cz\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ay001-iphone-no-diacritics-shorthand",
        "description": "typed on an iPhone without diacritics, the second production address "
        "as '.35' shorthand, the contact only as 'ja' with the full name in the From header",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Hlasatel Vysocina s.r.o.",
            I1,
            None,
            ["198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Tomáš Kříž",
            "kriz@hlasatelvysocina.example",
            "+420602118447",
        ),
        "from": "Tomáš Kříž <kriz@hlasatelvysocina.example>",
        "subject": "zadost xml volby",
        "headers": IPHONE,
        "body": (
            "dobry den,\nposilam zadost o pristup k vysledkum voleb v xml za Hlasatel Vysocina "
            f"s.r.o., ico {I1}\nip produkce 198.51.100.34 a .35\ntest 198.51.100.40\n"
            "kontakt jsem ja, tel 602 118 447\n\ndiky Kriz\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "ay002-samsung-chatty-both-test-from-production",
        "description": "rambling Android mail: both requests in passing, one address and 'testovat "
        "budeme z tý samý', the legal name only in the middle of a sentence",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Rádio Podřipsko s.r.o.",
            I2,
            None,
            ["203.0.113.77"],
            [],
            "Radek Šimůnek",
            "simunek@radiopodripsko.example",
            "+420728330914",
        ),
        "from": "Radek Šimůnek <simunek@radiopodripsko.example>",
        "subject": "Volby - XML + natáčení",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den, jsem z Rádia Podřipsko, chtěli bychom zase jako minule ten přístup na "
            "XML s výsledky, a letos bychom k tomu i natáčeli u vás na krajském pracovišti v "
            "Ústí (reportáž do zpráv, dva lidi, kamera a mikrofon, nic velkýho). IP máme "
            "203.0.113.77, testovat budeme z tý samý, jinou nemáme. Firma je Rádio Podřipsko "
            f"s.r.o., IČO {I2}. Kdyby něco, volejte mi na 728 330 914, v týdnu to beru i večer."
            "\n\nRadek\n\nOdesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "ay003-outlook-html-only-table-ipv6",
        "description": "HTML-only Outlook mail (windows-1250) with a two-column table; an IPv4 and "
        "an IPv6 production address in one cell, the sender is an assistant, the contact is "
        "the IT head, the switchboard only in the sender's signature",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Mediální dům Slezsko a.s.",
            I3,
            None,
            ["198.51.100.60", "2001:db8:5c::60"],
            ["198.51.100.61"],
            "Dagmar Vybíralová",
            "vybiralova@mdslezsko.example",
            "+420736402119",
        ),
        "from": "Hana Lichnovská <lichnovska@mdslezsko.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Mediální dům Slezsko",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri}</style>"
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;'
            '</o:p></p><p class="MsoNormal">v zastoupení vedení společnosti zasílám žádost o '
            "zřízení přístupu k výsledkům voleb. Údaje jsou v tabulce:<o:p></o:p></p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Žadatel</b></p></td><td><p class="MsoNormal">'
            "Mediální dům Slezsko a.s.</p></td></tr>"
            f'<tr><td><p class="MsoNormal"><b>IČO</b></p></td><td><p class="MsoNormal">{I3}'
            "</p></td></tr>"
            '<tr><td><p class="MsoNormal"><b>Účel</b></p></td><td><p class="MsoNormal">přístup '
            "k výsledkům ve formátu XML (povolení k natáčení nepotřebujeme)</p></td></tr>"
            '<tr><td><p class="MsoNormal"><b>Produkční IP</b></p></td><td><p class="MsoNormal">'
            "198.51.100.60<br>2001:db8:5c::60</p></td></tr>"
            '<tr><td><p class="MsoNormal"><b>Testovací IP</b></p></td><td><p class="MsoNormal">'
            "198.51.100.61</p></td></tr>"
            '<tr><td><p class="MsoNormal"><b>Kontaktní osoba</b></p></td><td><p '
            'class="MsoNormal">Ing. Dagmar Vybíralová, vedoucí IT</p></td></tr>'
            '<tr><td><p class="MsoNormal"><b>Telefon</b></p></td><td><p class="MsoNormal">'
            "736 402 119</p></td></tr>"
            '<tr><td><p class="MsoNormal"><b>E-mail</b></p></td><td><p class="MsoNormal">'
            '<a href="mailto:vybiralova@mdslezsko.example">vybiralova@mdslezsko.example</a>'
            "</p></td></tr></table>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">S pozdravem'
            '<o:p></o:p></p><p class="MsoNormal"><b>Hana Lichnovská</b><br>asistentka '
            "představenstva<br>Mediální dům Slezsko a.s. | Nádražní 1182/38, 702 00 Ostrava"
            "<br>Tel. ústředna: +420 596 118 200<o:p></o:p></p></div></body></html>"
        ),
    },
    {
        "id": "ay004-reply-quoting-office-press-release",
        "description": "reply to the office's press release: the quoted release carries the "
        "office's IČO, data box, e-mail and phone; the applicant's range '192.0.2.90–92' "
        "and a declined filming request",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Obzor Plus, z. s.",
            I4,
            None,
            ["192.0.2.90", "192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Petr Valenta",
            "valenta@obzorplus.example",
            "+420777215608",
        ),
        "from": "Petr Valenta <valenta@obzorplus.example>",
        "subject": "Re: Tisková zpráva: Přístup médií k výsledkům voleb 2025",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nna základě Vaší tiskové zprávy žádáme o přístup k datovému serveru "
            "s výsledky voleb. Natáčet nebudeme.\n\n"
            f"Žadatel: Obzor Plus, z. s., IČO {I4}\n"
            "Produkční IP: 192.0.2.90–92\nTestovací IP: 192.0.2.99\n"
            "Kontakt: Petr Valenta, valenta@obzorplus.example, 777 215 608\n\n"
            "S pozdravem\nPetr Valenta\nObzor Plus, z. s.\n\n"
            "Dne 15. 09. 25 v 9:30 Tiskové oddělení ČSÚ napsal(a):\n" + _PRESS
        ),
    },
    {
        "id": "ay005-apple-inline-forward-from-admin",
        "description": "the editor forwards her admin's note inline ('Začátek přeposílané "
        "zprávy'); addresses stacked under one role label, the admin named as the contact "
        "with his phone only in the forwarded part",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Brněnské listy s.r.o.",
            I5,
            None,
            ["198.18.12.40", "198.18.12.41"],
            ["198.18.12.49"],
            "Marek Sedláček",
            "sedlacek@brnenskelisty.example",
            "+420604771238",
        ),
        "from": "Alena Procházková <prochazkova@brnenskelisty.example>",
        "subject": "Fwd: IP pro ČSÚ",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nprosím o zřízení přístupu k výsledkům voleb (XML) pro Brněnské listy "
            f"s.r.o., IČO {I5}. Adresy najdete v přeposlané zprávě níže; kontaktní osobou pro "
            "tuto žádost je náš správce Marek Sedláček.\n\nAlena Procházková\nšéfredaktorka\n\n"
            "Začátek přeposílané zprávy:\n\n"
            "Od: Marek Sedláček <sedlacek@brnenskelisty.example>\n"
            "Předmět: IP pro ČSÚ\n"
            "Datum: 17. září 2025 v 14:02:11 SELČ\n"
            "Komu: Alena Procházková <prochazkova@brnenskelisty.example>\n\n"
            "Ahoj Alčo,\nna ten volební server dej prosím tyhle:\n"
            "ostrý:     198.18.12.40\n           198.18.12.41\ntestovací: 198.18.12.49\n"
            "Ať mi případně volají na 604 771 238.\nM.\n"
        ),
    },
    {
        "id": "ay006-flowed-wrap-inside-role-sentence",
        "description": "format=flowed: soft breaks split 'Produkční / adresa' and 'pro testování "
        "/ prosím povolte' across lines; the portal and its publisher with the IČO differ",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Jesenický mediální spolek, z. s.",
            I6,
            None,
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Jitka Holubová",
            "holubova@nasejesenicko.example",
            "+420739002415",
        ),
        "from": "Jitka Holubová <holubova@nasejesenicko.example>",
        "subject": "Přístup k XML - Naše Jesenicko",
        "headers": K9,
        "flowed": True,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb pro portál Naše Jesenicko. "
            "Produkční \nadresa našeho serveru je 198.51.100.120, pro testování \nprosím "
            "povolte 198.51.100.121.\nVydavatelem portálu je Jesenický mediální spolek, z. s., "
            f"\nIČO {I6}.\n\nKontakt: Jitka Holubová, tel. 739 002 415\n\n-- \nJitka Holubová\n"
            "Naše Jesenicko\n"
        ),
    },
    {
        "id": "ay007-austrian-english-cidr-ipv6-test",
        "description": "Austrian broadcaster writing English: the From header puts the surname "
        "first, production as a /30 block, an IPv6 test address, no IČO (a Firmenbuch number "
        "instead), a reception number in the signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenwelle Rundfunk GmbH",
            None,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["2001:db8:a1::10"],
            "Katharina Leitner",
            "k.leitner@alpenwelle.example",
            "+436642189035",
        ),
        "from": "Leitner Katharina <k.leitner@alpenwelle.example>",
        "subject": "Access to election results server – Alpenwelle",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\nAlpenwelle Rundfunk GmbH (Linz, Austria) would like to apply "
            "for access to the XML results server for the Czech parliamentary elections, as we "
            "cover the results for our listeners in the border region. We do not need a "
            "filming permit.\n\nOur production servers are in the block 203.0.113.200/30. For "
            "testing we'll use 2001:db8:a1::10.\n\nContact person: Katharina Leitner, Head of "
            "Digital, mobile +43 664 218 9035, k.leitner@alpenwelle.example\n\n"
            "Kind regards,\nKatharina Leitner\n\nAlpenwelle Rundfunk GmbH\nLandstraße 12, 4020 "
            "Linz, Austria\nT +43 732 918 440 (reception)\nFN 412873 d, Landesgericht Linz\n"
        ),
    },
    {
        "id": "ay008-databox-pdf-letter-both",
        "description": "data message with a one-line annotation; the PDF letter asks for both, "
        "addresses as a comma list in a table, filming at a named site",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Morava Střed s.r.o.",
            I8,
            "k4tn7pe",
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "Soňa Kratochvílová",
            "kratochvilova@tvmoravastred.example",
            "+420603882417",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení",
        "databox": box("k4tn7pe", "TV Morava Střed s.r.o.", "Komenského 31, 750 02 Přerov"),
        "attachments": [
            (
                "pdf",
                "zadost_TVMS_volby2025.pdf",
                [
                    f"TV Morava Střed s.r.o., Komenského 31, 750 02 Přerov, IČO {I8}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML a současně o "
                    "povolení pořizovat obrazový a zvukový záznam na pracovišti ČSÚ v Přerově "
                    "v sobotu 4. 10. 2025 odpoledne (redaktorka a kameraman).",
                    {
                        "rows": [
                            ["Produkční IP adresy", "192.0.2.130, 192.0.2.131"],
                            ["Testovací IP adresa", "192.0.2.139"],
                            ["Kontaktní osoba", "Soňa Kratochvílová, vedoucí zpravodajství"],
                            [
                                "Telefon / e-mail",
                                "603 882 417 / kratochvilova@tvmoravastred.example",
                            ],
                        ],
                        "widths": [150, 290],
                    },
                    "V Přerově dne 22. 9. 2025\nMgr. Aleš Hrbáček, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ay009-seznam-correction-of-test-address",
        "description": "Seznam mail that corrects its own test address two lines later "
        "('správně je … ne …'); the wrong value comes first",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Týdeník Zlínsko s.r.o.",
            I9,
            None,
            ["198.51.100.14"],
            ["198.51.100.15"],
            "Libor Čapka",
            "libor.capka@email.example",
            "+420605347119",
        ),
        "from": "Libor Čapka <libor.capka@email.example>",
        "subject": "volby - přístup XML",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\nprosím o přístup k volebnímu XML.\n\n"
            f"Týdeník Zlínsko s.r.o., IČO {I9}\nprodukční IP: 198.51.100.14\n"
            "testovací IP: 192.0.2.15\n\n"
            "oprava - u testovací jsem se přepsal, správně je 198.51.100.15 (ne 192.0.2.15), "
            "omlouvám se\n\nkontakt: Libor Čapka, 605 347 119\n\nS pozdravem\nLibor Čapka\n"
        ),
    },
    {
        "id": "ay010-owa-signature-three-people",
        "description": "sent from a shared newsroom box; the closing lists three people with "
        "phones and e-mails, the body names the IT admin (second line) as the contact; "
        "the publisher with the IČO only under the signatures",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Večerník Media a.s.",
            I10,
            None,
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.38"],
            "Vojtěch Hrubý",
            "hruby@prazskyvecernik.example",
            "+420732664051",
        ),
        "from": "Redakce Pražský večerník <redakce@prazskyvecernik.example>",
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k serveru s výsledky voleb ve formátu XML. IP adresy: "
            "produkce 203.0.113.30, 203.0.113.31; test 203.0.113.38.\n"
            "Kontaktní osobou pro tuto žádost je náš správce sítě (kontakty níže).\n\n"
            "S pozdravem\n\n"
            "Mgr. Lucie Bartáková | šéfredaktorka | +420 731 220 418 | "
            "bartakova@prazskyvecernik.example\n"
            "Vojtěch Hrubý | správce sítě | +420 732 664 051 | hruby@prazskyvecernik.example\n"
            "Klára Šťastná | asistentka redakce | +420 222 318 400 | "
            "stastna@prazskyvecernik.example\n\n"
            f"Pražský večerník vydává Večerník Media a.s., IČO {I10}\n"
            "Vinohradská 1520/18, 120 00 Praha 2\n"
        ),
    },
    {
        "id": "ay011-roundcube-freelance-photographer",
        "description": "a freelance photographer without a company or IČO asks only to "
        "photograph and says she needs no XML data",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Kristýna Dušková",
            None,
            None,
            [],
            [],
            "Kristýna Dušková",
            "kristyna@duskovafoto.example",
            "+420776514029",
        ),
        "from": "Kristýna Dušková <kristyna@duskovafoto.example>",
        "subject": "Focení ve volební noc",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\njsem fotografka na volné noze (fotím pro několik regionálních webů, "
            "firmu nemám, fakturuji na své jméno). Ráda bych požádala o povolení fotografovat "
            "na Vašem pracovišti v Hradci Králové během zpracování výsledků, v sobotu odpoledne."
            " Přístup k datům v XML nepotřebuji.\n\nMůžete mi volat na 776 514 029.\n\n"
            "Díky a hezký den\nKristýna Dušková\nwww.duskovafoto.example\n"
        ),
    },
    {
        "id": "ay012-zimbra-multipart-faculty-tv",
        "description": "multipart/alternative in iso-8859-2 from a faculty's student TV: the "
        "university applies, both requests as a numbered list, IPv6 production address",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Univerzita Východní Čechy",
            I12,
            None,
            ["198.51.100.220", "2001:db8:77::220"],
            ["198.51.100.221"],
            "Ondřej Kafka",
            "ondrej.kafka@uvc.example",
            "+420466037512",
        ),
        "from": "Ondřej Kafka <ondrej.kafka@uvc.example>",
        "subject": "Žádost studentské televize FSS UVČ",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nza Studentskou televizi Fakulty sociálních studií Univerzity Východní "
            "Čechy žádáme o:\n1) přístup k výsledkům voleb ve formátu XML,\n2) povolení natáčet "
            "na krajském pracovišti v Pardubicích.\n\nProdukční adresy: 198.51.100.220 a "
            f"2001:db8:77::220\nTestovací adresa: 198.51.100.221\nIČO univerzity: {I12}\n\n"
            "Kontakt: Ondřej Kafka, koordinátor studentské TV, tel. 466 037 512\n\n"
            "Ondřej Kafka\nFakulta sociálních studií\nUniverzita Východní Čechy\n"
        ),
        "html": (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: '
            '12pt; color: #000000"><div>Dobrý den,</div><div><br></div><div>za Studentskou '
            "televizi Fakulty sociálních studií Univerzity Východní Čechy žádáme o:</div><ol>"
            "<li>přístup k výsledkům voleb ve formátu XML,</li><li>povolení natáčet na krajském "
            "pracovišti v Pardubicích.</li></ol><div>Produkční adresy: 198.51.100.220 a "
            "2001:db8:77::220<br>Testovací adresa: 198.51.100.221<br>IČO univerzity: "
            f"{I12}</div><div><br></div><div>Kontakt: Ondřej Kafka, koordinátor studentské TV, "
            "tel. 466 037 512</div><div><br></div><div>Ondřej Kafka<br>Fakulta sociálních "
            "studií<br>Univerzita Východní Čechy</div></div></body></html>"
        ),
    },
    {
        "id": "ay013-slovak-evolution-shorthand-list",
        "description": "Slovak sender writing Slovak: three production addresses as "
        "'198.18.4.10, .11, .12', a Slovak mobile, an aside about the Czech branch office",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I13,
            None,
            ["198.18.4.10", "198.18.4.11", "198.18.4.12"],
            ["198.18.4.20"],
            "Martin Hudák",
            "hudak@zahorskenoviny.example",
            "+421905318772",
        ),
        "from": "Martin Hudák <hudak@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": EVOLUTION,
        "body": (
            "Dobrý deň,\n\nv mene spoločnosti Záhorské noviny, s. r. o. (IČO "
            f"{I13}, máme aj organizačnú zložku v Hodoníne) žiadame o prístup k výsledkom "
            "volieb do Poslaneckej snemovne vo formáte XML.\n\n"
            "Produkčné IP: 198.18.4.10, .11, .12\nTestovacia IP: 198.18.4.20\n"
            "Kontaktná osoba: Martin Hudák, +421 905 318 772\n\n"
            "S pozdravom\nMartin Hudák\nredaktor online\n"
        ),
    },
    {
        "id": "ay014-databox-docx-letterhead-range",
        "description": "data message with a bare annotation; the DOCX has the letterhead in the "
        "page header and a role table with a dashed range of two production addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeský rozhlasový okruh, s.r.o.",
            I14,
            "p7wd2hs",
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Pavel Kolář",
            "kolar@jro.example",
            "+420387441905",
        ),
        "subject": "Žádost o přístup k datům - volby PS 2025 - viz příloha",
        "databox": box(
            "p7wd2hs", "Jihočeský rozhlasový okruh, s.r.o.", "Lannova 48, 370 01 České Budějovice"
        ),
        "attachments": [
            (
                "docx",
                "JRO_zadost_XML.docx",
                {
                    "header": "Jihočeský rozhlasový okruh, s.r.o. | Lannova 48, 370 01 České "
                    f"Budějovice | IČO {I14}",
                    "footer": "www.jro.example",
                    "blocks": [
                        "Český statistický úřad\nodbor informatiky",
                        "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o zřízení přístupu k serveru s výsledky voleb do Poslanecké "
                        "sněmovny. Povolení k natáčení nežádáme.",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["produkce", "192.0.2.200 – 192.0.2.201"],
                                ["test", "192.0.2.210"],
                            ]
                        },
                        "Kontaktní osoba: Ing. Pavel Kolář, tel. 387 441 905, kolar@jro.example",
                        "V Českých Budějovicích 23. 9. 2025\nJUDr. Milena Votavová, jednatelka",
                    ],
                },
            )
        ],
    },
]
