"""Fifty-third held-out part ``cj``, cases cj001–cj014: a phone-typed note without diacritics,
an HTML-only Outlook table, a newsroom's shared inbox answering the office's defect notice, an
image signature whose alt text carries the phone, a reply-all where a colleague adds a test
address, a Czech–Slovak mix, an iPad one-liner over a forwarded application, addresses with
port numbers, a data message with a PDF typed without diacritics, a correction inside one
message, a German sender writing English, format=flowed wrapping inside a role sentence, a
signature naming three people and a chatty filming-only note. Written by hand apart from the
extraction rules (see make_fiftythird_cj); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftythird_cj_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPAD,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2748163"), ico("0537291"), ico("2690514"), ico("2815407"), ico("0472968")
I6, I7, I9, I10 = ico("2573814"), ico("0618349"), ico("2924675"), ico("0785132")

CASES: list[dict[str, Any]] = [
    {
        "id": "cj001-iphone-no-diacritics-note",
        "description": "typed on an iPhone without diacritics, roles as loose words "
        "('ostra', 'na zkousku'); the name with diacritics is only in the From header",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Nymburk Online s.r.o.",
            I1,
            None,
            ["198.51.100.41", "198.51.100.42"],
            ["198.51.100.49"],
            "Tomáš Kříž",
            "kriz@nymburkonline.example",
            "+420608214375",
        ),
        "from": "Tomáš Kříž <kriz@nymburkonline.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "body": "Dobry den,\n"
        "chtel bych pozadat o pristup k xml s vysledky na volby, za Nymburk Online s.r.o. "
        "(ico " + I1 + ").\n"
        "ostra 198.51.100.41 a 198.51.100.42\n"
        "na zkousku 198.51.100.49\n"
        "kontakt ja, 608 214 375\n\n"
        "diky Kriz\n\n"
        "Odesláno z iPhonu\n",
        "cte": "8bit",
    },
    {
        "id": "cj002-html-only-outlook-table",
        "description": "HTML-only Outlook mail (MsoNormal markup), the application is a two-column "
        "table with both requests ticked ANO and the contact in a later row",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Televize Haná, a.s.",
            I2,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Ivana Šrámková",
            "sramkova@tvhana.example",
            "+420585203114",
        ),
        "from": "Šrámková Ivana <sramkova@tvhana.example>",
        "subject": "Žádost – výsledky voleb a natáčení",
        "headers": OUTLOOK,
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"><style>p.MsoNormal{margin:0cm;font-family:"Calibri",sans-serif}'
        "</style></head><body lang=CS>"
        '<p class="MsoNormal">Dobrý den,</p>'
        '<p class="MsoNormal">v souladu s pokyny na Vašem webu zasíláme žádost:</p>'
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4">'
        "<tr><td><b>Žadatel</b></td><td>Televize Haná, a.s.</td></tr>"
        "<tr><td><b>IČO</b></td><td>" + I2 + "</td></tr>"
        "<tr><td><b>Přístup k XML (dedikovaný server)</b></td><td>ANO</td></tr>"
        "<tr><td><b>Natáčení na pracovišti ČSÚ Olomouc</b></td><td>ANO</td></tr>"
        "<tr><td><b>IP – produkce</b></td><td>203.0.113.130<br>203.0.113.131</td></tr>"
        "<tr><td><b>IP – test</b></td><td>203.0.113.140</td></tr>"
        "<tr><td><b>Kontaktní osoba</b></td><td>Ivana Šrámková, produkce zpravodajství</td></tr>"
        "<tr><td><b>Telefon / e-mail</b></td><td>585 203 114 / sramkova@tvhana.example"
        "</td></tr></table>"
        '<p class="MsoNormal">&nbsp;</p>'
        '<p class="MsoNormal">S pozdravem</p>'
        '<p class="MsoNormal"><b>Ivana Šrámková</b><br>Televize Haná, a.s.<br>'
        "Palackého 20, 779 00 Olomouc</p></body></html>",
    },
    {
        "id": "cj003-shared-inbox-answers-defect-notice",
        "description": "a newsroom's shared inbox answers the office's defect notice with only "
        "the missing contact; the applicant and addresses are only in the quoted notice, which "
        "also carries the office's IČO, box ID and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            I3,
            None,
            ["198.51.100.61", "198.51.100.62"],
            [],
            "Martina Habrová",
            "habrova@jihlavskelisty.example",
            "+420605112873",
        ),
        "from": "Redakce Jihlavské listy <redakce@jihlavskelisty.example>",
        "subject": "Re: Výzva k odstranění vad podání – č. j. CSU-041877/2025",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "omlouváme se, kontaktní osoba v žádosti opravdu chyběla. Je to:\n\n"
        "Martina Habrová, habrova@jihlavskelisty.example, tel. 605 112 873\n\n"
        "Ostatní údaje platí, jak je máte.\n\n"
        "redakce Jihlavské listy\n\n"
        "----- Původní zpráva -----\n"
        'Od: "Podatelna ČSÚ" <podatelna@czso.cz>\n'
        "Komu: redakce@jihlavskelisty.example\n"
        "Odesláno: Pondělí, 8. září 2025 10:14:02\n"
        "Předmět: Výzva k odstranění vad podání – č. j. CSU-041877/2025\n\n"
        "> Vážení,\n"
        "> Vaše žádost ze dne 3. 9. 2025 o zpřístupnění výsledků voleb na dedikovaném\n"
        "> serveru (žadatel Jihlavské listy s.r.o., IČO " + I3 + ", produkční IP adresy\n"
        "> 198.51.100.61 a 198.51.100.62, testovací adresa neuvedena) neobsahuje\n"
        "> kontaktní osobu. Vyzýváme Vás k doplnění do 5 pracovních dnů.\n"
        ">\n"
        "> Český statistický úřad\n"
        "> Na padesátém 81, 100 82 Praha 10\n"
        "> IČO 00025593, ID datové schránky 2gfaasy\n"
        "> tel. +420 274 052 733, www.czso.cz\n",
    },
    {
        "id": "cj004-image-signature-alt-phone",
        "description": "HTML-only Apple Mail; the contact's phone exists only in the alt text "
        "of the signature image, an IPv6 and an IPv4 production address, no test",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Deník Střed s.r.o.",
            I4,
            None,
            ["2001:db8:5e::21", "192.0.2.121"],
            [],
            "Ondřej Baloun",
            "baloun@denikstred.example",
            "+420731448206",
        ),
        "from": "Ondřej Baloun <baloun@denikstred.example>",
        "subject": "Přístup k výsledkům voleb – Deník Střed",
        "headers": APPLE,
        "html": '<html><body style="font-family: -apple-system, Helvetica">'
        "<div>Dobrý den,</div><div><br></div>"
        "<div>za Deník Střed s.r.o. (IČO " + I4 + ") žádám o přístup k průběžným "
        "výsledkům ve formátu XML. Stahovat budeme ze serverů</div>"
        "<div>2001:db8:5e::21 a 192.0.2.121,</div>"
        "<div>testovat budeme z těch samých.</div><div><br></div>"
        "<div>Kontaktní osoba jsem já, telefon mám v podpisu.</div><div><br></div>"
        "<div>Díky</div><div><br></div>"
        '<div><img src="cid:podpis-9A1F@denikstred.example" width="420" height="90" '
        'alt="Ondřej Baloun | editor dat | Deník Střed | +420 731 448 206 | '
        'baloun@denikstred.example"></div>'
        "</body></html>",
    },
    {
        "id": "cj005-reply-all-colleague-adds-test",
        "description": "a colleague in Cc replies to all with 'a ještě .20 na test' above the "
        "applicant's quoted mail; the contact and phone are the applicant's, not the sender's",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kladenský expres, s.r.o.",
            I5,
            None,
            ["198.51.100.14", "198.51.100.15"],
            ["198.51.100.20"],
            "Alena Vršková",
            "vrskova@kladenskyexpres.example",
            "+420777530921",
        ),
        "from": "Libor Tesař <tesar@kladenskyexpres.example>",
        "to": "podatelna@czso.cz",
        "cc": "Alena Vršková <vrskova@kladenskyexpres.example>",
        "subject": "Re: Žádost o přístup k XML – Kladenský expres",
        "headers": TBIRD,
        "body": "a ještě .20 na test\n\nL. Tesař, IT\n\n"
        "Dne 10. 9. 2025 v 9:02 Alena Vršková napsal(a):\n"
        "> Dobrý den,\n"
        "> prosíme o přístup k XML s výsledky voleb pro Kladenský expres, s.r.o.,\n"
        "> IČO " + I5 + ".\n"
        "> Produkční servery: 198.51.100.14, 198.51.100.15\n"
        "> Testovací adresu doplní kolega z IT.\n"
        "> Kontaktní osobou jsem já.\n"
        ">\n"
        "> Alena Vršková\n"
        "> vedoucí online vydání\n"
        "> +420 777 530 921\n",
    },
    {
        "id": "cj006-czech-slovak-mix",
        "description": "a Slovak editor at a Czech outlet writes half in Slovak, half in Czech; "
        "filming asked in Slovak, the feed in Czech, a Slovak mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Podluží Média s.r.o.",
            I6,
            None,
            ["203.0.113.56"],
            ["203.0.113.57"],
            "Zuzana Hudecová",
            "hudecova@podluzimedia.example",
            "+421905318247",
        ),
        "from": "Zuzana Hudecová <hudecova@podluzimedia.example>",
        "subject": "žiadosť - voľby, XML + natáčanie",
        "headers": GMAIL,
        "body": "Dobrý deň,\n\n"
        "píšem za Podluží Média s.r.o. (IČO " + I6 + "), sme regionálny web z Břeclavska. "
        "Chceli by sme požiadať o prístup k XML výsledkom volieb a zároveň o povolenie "
        "natáčať na vašom krajskom pracovisku v Brně počas sčítání.\n\n"
        "Technické údaje (kolega je psal česky, tak to nechávám):\n"
        "produkční IP: 203.0.113.56\n"
        "testovací IP: 203.0.113.57\n\n"
        "Kontaktná osoba: Zuzana Hudecová, mobil +421 905 318 247 (som zo Slovenska, "
        "české číslo zatiaľ nemám)\n\n"
        "Ďakujem pekne,\nZuzana Hudecová\nPodluží Média\n",
        "charset": "utf-8",
        "cte": "base64",
    },
    {
        "id": "cj007-ipad-oneliner-forwarded-application",
        "description": "Apple Mail on an iPad: a one-line cover and 'Sent from my iPad' above "
        "'Begin forwarded message:'; the application and its contact are in the forwarded part",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Krkonošský týdeník, s.r.o.",
            I7,
            None,
            ["192.0.2.77", "192.0.2.78"],
            ["192.0.2.79"],
            "Petr Hanzlík",
            "hanzlik@krtydenik.example",
            "+420736104528",
        ),
        "from": "Jarmila Doubravová <doubravova@krtydenik.example>",
        "subject": "Fwd: žádost o výsledky voleb",
        "headers": IPAD,
        "body": "Posílám žádost od Petra, prosím o vyřízení.\n\n"
        "Sent from my iPad\n\n"
        "Begin forwarded message:\n\n"
        "> From: Petr Hanzlík <hanzlik@krtydenik.example>\n"
        "> Date: 9 September 2025 at 16:40:12 CEST\n"
        "> To: Jarmila Doubravová <doubravova@krtydenik.example>\n"
        "> Subject: žádost o výsledky voleb\n"
        ">\n"
        "> Jarmilo, tady je text pro ČSÚ, pošli to prosím za vedení:\n"
        ">\n"
        "> Krkonošský týdeník, s.r.o., IČO " + I7 + ", žádá o přístup k dedikovanému\n"
        "> serveru s výsledky voleb ve formátu XML.\n"
        "> Produkční adresy: 192.0.2.77, 192.0.2.78\n"
        "> Testovací adresa: 192.0.2.79\n"
        "> Kontakt: Petr Hanzlík, hanzlik@krtydenik.example, 736 104 528\n"
        ">\n"
        "> Petr\n",
    },
    {
        "id": "cj008-addresses-with-ports",
        "description": "addresses written with port numbers (198.51.100.7:443, :8443) from an "
        "Android K-9 user; the ports are not part of the address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Zprávy Pardubicka s.r.o.",
            None,
            None,
            ["198.51.100.7", "198.51.100.8"],
            ["203.0.113.7"],
            "Radim Pešek",
            "pesek@zpravypardubicka.example",
            "+420724690135",
        ),
        "from": "Radim Pešek <pesek@zpravypardubicka.example>",
        "subject": "XML vysledky - Zpravy Pardubicka",
        "headers": K9,
        "body": "Dobrý den,\n\n"
        "posílám údaje pro přístup k výsledkům voleb. Jsme Zprávy Pardubicka s.r.o., IČO "
        "ještě nemáme (firma je ve zápisu), tak snad nevadí.\n\n"
        "Stahovat budeme z:\n"
        "  198.51.100.7:443\n"
        "  198.51.100.8:8443\n"
        "Test:\n"
        "  203.0.113.7:443\n\n"
        "(port jsem tam dal, kdybyste to potřebovali do firewallu)\n\n"
        "Radim Pešek, 724 690 135\n\n"
        "-- \nOdesláno z mého Androidu pomocí K-9 Mail.\n",
    },
    {
        "id": "cj009-databox-pdf-no-diacritics",
        "description": "data message; the PDF was typed without diacritics, the box's "
        "registered name gives the applicant's spelling (the contact's name stays as typed); "
        "the contact's mobile after the switchboard",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Týdeník Žďársko s.r.o.",
            ico("2659031"),
            "t7kx4pw",
            ["203.0.113.171", "203.0.113.172"],
            ["203.0.113.179"],
            "Lukas Capek",
            "capek@zdarsko.example",
            "+420737290418",
        ),
        "databox": box("t7kx4pw", "Týdeník Žďársko s.r.o.", "Nádražní 9, 591 01 Žďár nad Sázavou"),
        "subject": "Zadost - volby",
        "attachments": [
            (
                "pdf",
                "zadost_volby.pdf",
                [
                    "Tydenik Zdarsko s.r.o., Nadrazni 9, 591 01 Zdar nad Sazavou, ICO "
                    + ico("2659031"),
                    "Vec: zadost o pristup k vysledkum voleb (XML)",
                    "Zadame o zpristupneni prubeznych vysledku na dedikovanem serveru.",
                    {
                        "rows": [
                            ["produkcni IP", "203.0.113.171, 203.0.113.172"],
                            ["testovaci IP", "203.0.113.179"],
                            [
                                "kontakt",
                                "Lukas Capek, capek@zdarsko.example, ustredna 566 620 100, "
                                "mobil 737 290 418",
                            ],
                        ],
                        "widths": [110, 330],
                    },
                    "Lukas Capek\nTydenik Zdarsko",
                ],
            )
        ],
    },
    {
        "id": "cj010-correction-inside-message",
        "description": "Gmail; the writer mistypes a production address and corrects it two "
        "lines later, then changes the phone in a P.S.",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vltavan média, z.s.",
            I9,
            None,
            ["198.51.100.38", "198.51.100.34"],
            ["198.51.100.35"],
            "Jakub Řezníček",
            "reznicek@vltavan.example",
            "+420603775214",
        ),
        "from": "Jakub Řezníček <reznicek@vltavan.example>",
        "subject": "Žádost - XML výsledky",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "spolek Vltavan média, z.s. (IČO " + I9 + ") žádá o přístup k XML s výsledky.\n\n"
        "produkce: 198.51.100.33, 198.51.100.34\n"
        "test: 198.51.100.35\n\n"
        "Pardon, překlep – ta první produkční není .33, ale 198.51.100.38.\n\n"
        "Kontakt: Jakub Řezníček, 603 775 241\n\n"
        "Díky, JŘ\n\n"
        "P.S. telefon jsem napsal špatně, správně 603 775 214.\n",
    },
    {
        "id": "cj011-german-sender-english",
        "description": "a German publisher writes English; the production addresses are a "
        "written range, a separate test address, a German phone with its area code",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheinblick Medien GmbH",
            None,
            None,
            ["203.0.113.80", "203.0.113.81", "203.0.113.82", "203.0.113.83"],
            ["203.0.113.90"],
            "Katrin Oberhauser",
            "k.oberhauser@rheinblick.example",
            "+4922145890132",
        ),
        "from": '"Oberhauser, Katrin" <k.oberhauser@rheinblick.example>',
        "subject": "Request: access to Czech election results (XML)",
        "headers": OUTLOOK,
        "body": "Dear Sir or Madam,\n\n"
        "Rheinblick Medien GmbH (Cologne) would like to apply for access to the XML "
        "results of the upcoming Czech parliamentary election. We do not have a Czech "
        "company ID; our German register number is HRB 48213.\n\n"
        "Production servers: 203.0.113.80 - 203.0.113.83\n"
        "Test server: 203.0.113.90\n\n"
        "Contact person for this request is myself:\n"
        "Katrin Oberhauser, Head of Data Desk\n"
        "Phone +49 221 4589 0132\n"
        "k.oberhauser@rheinblick.example\n\n"
        "Kind regards / Mit freundlichen Grüßen\n"
        "Katrin Oberhauser\n\n"
        "Rheinblick Medien GmbH | Domstraße 14 | 50668 Köln\n",
    },
    {
        "id": "cj012-flowed-wrap-in-role-sentence",
        "description": "format=flowed from Thunderbird: the soft line break falls between "
        "'testovací adresa bude' and the address, and inside the production sentence",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rádio Podbrdsko s.r.o.",
            I10,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.158"],
            "Michaela Tomanová",
            "tomanova@radiopodbrdsko.example",
            "+420602481376",
        ),
        "from": "Michaela Tomanová <tomanova@radiopodbrdsko.example>",
        "subject": "Rádio Podbrdsko - přístup k výsledkům",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\n"
        "jako každé volby bychom rádi odebírali výsledky z vašeho serveru. Za Rádio "
        "\nPodbrdsko s.r.o. (IČO " + I10 + ") tedy žádám o přístup; data budeme "
        "\nstahovat z produkčních adres 192.0.2.150 a "
        "\n192.0.2.151, testovací adresa bude "
        "\n192.0.2.158.\n\n"
        "Kontaktní osoba: Michaela Tomanová, tel. 602 481 376.\n\n"
        "Děkuji\n"
        "Michaela Tomanová\n"
        "Rádio Podbrdsko\n",
    },
    {
        "id": "cj013-signature-three-people",
        "description": "windows-1250 Roundcube mail; the signature lists the editor-in-chief, "
        "the IT admin and the contact, each with a phone; only the named contact counts",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Ostravský kurýr a.s.",
            ico("2607385"),
            None,
            ["198.18.20.5", "198.18.20.6"],
            ["198.18.21.5"],
            "Jiří Malina",
            "malina@ostravskykuryr.example",
            "+420739612058",
        ),
        "from": "Ostravský kurýr – IT <it@ostravskykuryr.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "headers": ROUNDCUBE,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\n"
        "společnost Ostravský kurýr a.s., IČO " + ico("2607385") + ", žádá o přístup k "
        "výsledkům voleb ve formátu XML.\n\n"
        "Produkční adresy: 198.18.20.5 a 198.18.20.6\n"
        "Testovací adresa: 198.18.21.5\n\n"
        "Kontaktní osobou pro tuto žádost je Jiří Malina (viz níže).\n\n"
        "S pozdravem\n\n"
        "--\n"
        "Mgr. Helena Dostálová, šéfredaktorka, 596 110 200\n"
        "Bc. Roman Kubíček, správce sítě, 731 225 904\n"
        "Jiří Malina, datový editor, 739 612 058, malina@ostravskykuryr.example\n"
        "Ostravský kurýr a.s., Nádražní 112, 702 00 Ostrava\n",
    },
    {
        "id": "cj014-chatty-filming-only-freelancer",
        "description": "chatty note from a freelance photographer without a company (own name) "
        "asking only to photograph; she mentions she does not need the XML",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Veronika Šťastná",
            None,
            None,
            [],
            [],
            "Veronika Šťastná",
            "vera.stastna@fotomail.example",
            "+420776305192",
        ),
        "from": "Veronika Šťastná <vera.stastna@fotomail.example>",
        "subject": "focení o volbách :)",
        "headers": SAMSUNG,
        "body": "Dobrý den,\n\n"
        "jsem fotografka na volné noze, fotím pro pár regionálních webů. Šlo by o volební "
        "noci fotit u vás na krajském pracovišti v Hradci, jak se sčítají hlasy? Klidně "
        "jen pár minut, nebudu překážet :)\n"
        "XML výsledky nepotřebuju, to mají redakce samy.\n\n"
        "Kdyžtak mi zavolejte, 776 305 192.\n\n"
        "Veronika Šťastná\n\n"
        "Odesláno z mého Galaxy\n",
    },
]
