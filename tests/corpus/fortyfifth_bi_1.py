"""Forty-fifth held-out part ``bi``, cases bi001–bi014: a note typed on an iPhone without
diacritics, an Outlook HTML-only mail with a table, a reply quoting the office's press release,
a Seznam mail that corrects itself, an Apple Mail signature naming three people, a format=flowed
wrap inside a role sentence, an Austrian writing English, a data message with a PDF, an inline
forward whose forwarder takes over as contact, a chatty filming-only note from Android, a Gmail
HTML table with IPv6, a windows-1250 Outlook mail with a /30, a signed university mail and a
Roundcube forward of an attached .eml. Written by hand apart from the extraction rules (see
make_fortyfifth_bi); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfifth_bi_common import (
    ANDROID_GMAIL,
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
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

I1, I2, I3, I4, I5 = ico("2748150"), ico("0516372"), ico("2963081"), ico("0824519"), ico("2291604")
I6, I8, I9, I10 = ico("0375926"), ico("2857143"), ico("0690218"), ico("2712469")
I11, I12, I13, I14 = ico("0483157"), ico("2640938"), ico("0021687"), ico("2589301")

CASES: list[dict[str, Any]] = [
    {
        "id": "bi001-iphone-no-diacritics-shorthand",
        "description": "typed on an iPhone without diacritics, the second production address "
        "written as '.62' after the first; the From header gives the name with diacritics",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Rakovnicky zpravodaj s.r.o.",
            I1,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.70"],
            "Tomáš Hrubý",
            "hruby@rakzpravodaj.example",
            "+420731284650",
        ),
        "from": "Tomáš Hrubý <hruby@rakzpravodaj.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "body": "Dobry den,\n\nposilam zadost o pristup k xml vysledkum na volby za "
        "Rakovnicky zpravodaj s.r.o., ico " + I1 + ".\n"
        "IP produkce 198.51.100.61 a .62, test 198.51.100.70\n"
        "kontakt ja, tel 731284650\n\n"
        "dik Hruby\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "bi002-outlook-html-only-table",
        "description": "Outlook HTML-only mail (no text part): the request and all data in a "
        "two-column Word table, the contact's mobile below the office landline",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Vysočina Média a.s.",
            I2,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140", "203.0.113.141"],
            "Petra Lhotská",
            "lhotska@vysocinamedia.example",
            "+420606195328",
        ),
        "from": "Lhotská Petra <lhotska@vysocinamedia.example>",
        "subject": "Žádost – volby 2025 – Vysočina Média",
        "headers": OUTLOOK,
        "html": '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri}</style></head>"
        '<body lang="CS"><div class="WordSection1">'
        '<p class="MsoNormal">Dobrý den,<o:p></o:p></p>'
        '<p class="MsoNormal">žádáme o přístup k online výsledkům voleb a zároveň o povolení '
        "pořizovat videozáznam na pracovišti ČSÚ v Jihlavě.<o:p></o:p></p>"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
        '<tr><td><p class="MsoNormal"><b>Žadatel</b></p></td>'
        '<td><p class="MsoNormal">Vysočina Média a.s.</p></td></tr>'
        '<tr><td><p class="MsoNormal"><b>IČO</b></p></td>'
        f'<td><p class="MsoNormal">{I2}</p></td></tr>'
        '<tr><td><p class="MsoNormal"><b>IP adresy – ostrý provoz</b></p></td>'
        '<td><p class="MsoNormal">203.0.113.130<br>203.0.113.131</p></td></tr>'
        '<tr><td><p class="MsoNormal"><b>IP adresy – testování</b></p></td>'
        '<td><p class="MsoNormal">203.0.113.140, 203.0.113.141</p></td></tr>'
        '<tr><td><p class="MsoNormal"><b>Kontakt</b></p></td>'
        '<td><p class="MsoNormal">Petra Lhotská</p></td></tr></table>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">S pozdravem<o:p></o:p></p>'
        '<p class="MsoNormal"><b>Petra Lhotská</b> | produkce zpravodajství<o:p></o:p></p>'
        '<p class="MsoNormal">Vysočina Média a.s. | Havlíčkova 31, 586 01 Jihlava<o:p></o:p></p>'
        '<p class="MsoNormal">tel. 567 310 200 (ústředna) | mobil 606 195 328<o:p></o:p></p>'
        '<p class="MsoNormal"><a href="mailto:lhotska@vysocinamedia.example">'
        "lhotska@vysocinamedia.example</a><o:p></o:p></p></div></body></html>",
    },
    {
        "id": "bi003-reply-quoting-press-release",
        "description": "a reply above the office's quoted press release, which carries the "
        "office's IČO, data box, phone and czso.cz address; the applicant's own data are "
        "above it, IPv6 production and no test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Podještědský týdeník, z.s.",
            I3,
            None,
            ["192.0.2.88", "2001:db8:51::88"],
            [],
            "Vojtěch Kratina",
            "kratina@podjestedsky.example",
            "+420775902614",
        ),
        "from": "Vojtěch Kratina <kratina@podjestedsky.example>",
        "subject": "Re: Tisková zpráva: přístup médií k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nna základě níže uvedené zprávy se hlásíme o přístup k datům "
        "(XML) za spolek Podještědský týdeník, z.s., IČO " + I3 + ".\n\n"
        "Náš server: 192.0.2.88 a po IPv6 2001:db8:51::88. Testovat budeme ze stejného "
        "stroje, zvláštní testovací adresu nemáme.\n\n"
        "Kontakt: Vojtěch Kratina, 775 902 614\n\n"
        "Díky, V. Kratina\n\n"
        "Dne 2. 9. 2025 v 10:15 Český statistický úřad napsal(a):\n"
        "> TISKOVÁ ZPRÁVA\n"
        "> Český statistický úřad (IČO 00025593) zpřístupní médiím průběžné výsledky voleb\n"
        "> na dedikovaném serveru ve formátu XML. Žádosti zasílejte do 30. 9. 2025 e-mailem\n"
        "> na podatelna@czso.cz nebo do datové schránky 2gfaasy. Uveďte nejvýše pět\n"
        "> produkčních a pět testovacích IP adres a kontaktní osobu.\n"
        ">\n"
        "> Kontakt pro média: tiskové oddělení ČSÚ, tel. +420 274 052 733,\n"
        "> media@czso.cz\n",
    },
    {
        "id": "bi004-seznam-8bit-self-correction",
        "description": "Seznam webmail, 8bit: the test address is given, then corrected two "
        "lines later ('oprava, ma byt .15 ne .51'); the corrected value counts",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Haná dnes s.r.o.",
            I4,
            None,
            ["198.18.20.4", "198.18.20.5"],
            ["198.18.20.15"],
            "Zdeněk Obšil",
            "zdenek.obsil@hanadnes.example",
            "+420608442091",
        ),
        "from": "Zdeněk Obšil <zdenek.obsil@hanadnes.example>",
        "subject": "přístup k výsledkům",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": "Dobrý den,\n\nza Haná dnes s.r.o. (IČO " + I4 + ") bychom rádi dostali přístup "
        "k výsledkům voleb na vašem serveru.\n\n"
        "produkční: 198.18.20.4, 198.18.20.5\n"
        "testovací: 198.18.20.51\n\n"
        "oprava, ta testovací má být 198.18.20.15, ne .51 - překlep, omlouvám se.\n\n"
        "Zdeněk Obšil\ntel.: 608 442 091\n",
    },
    {
        "id": "bi005-apple-signature-three-people",
        "description": "Apple Mail; the signature block lists the editor-in-chief, the IT "
        "person and the PR manager with phones; the body names the IT person as contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Krkonošský deník, spol. s r.o.",
            I5,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Filip Materna",
            "materna@krkonosskydenik.example",
            "+420739006218",
        ),
        "from": "Alena Šírová <sirova@krkonosskydenik.example>",
        "subject": "Volby – žádost o data a o natáčení",
        "headers": APPLE,
        "body": "Dobrý den,\n\nKrkonošský deník, spol. s r.o. (IČO " + I5 + ") žádá o:\n"
        "1) přístup na server s výsledky voleb – produkční IP 203.0.113.201, pro testy "
        "203.0.113.202,\n"
        "2) povolení fotografovat na volebním pracovišti v Trutnově.\n\n"
        "Kontaktní osobou pro obě věci je náš správce IT, pan Materna (viz níže).\n\n"
        "Děkuji\n\n"
        "--\n"
        "Alena Šírová, šéfredaktorka | +420 602 115 870\n"
        "Filip Materna, IT | +420 739 006 218 | materna@krkonosskydenik.example\n"
        "Hana Dvorská, PR a marketing | +420 724 388 019 | dvorska@krkonosskydenik.example\n"
        "Krkonošský deník, spol. s r.o., Horská 5, 541 01 Trutnov\n",
    },
    {
        "id": "bi006-flowed-soft-break-in-role",
        "description": "format=flowed: the sentence naming the test address wraps with a soft "
        "break between the role words and the address; K-9 on Android",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Brněnský rozhled s.r.o.",
            I6,
            None,
            ["198.51.100.144", "198.51.100.145"],
            ["198.51.100.150"],
            "Markéta Zouharová",
            "zouharova@brnenskyrozhled.example",
            "+420720513847",
        ),
        "from": "Markéta Zouharová <zouharova@brnenskyrozhled.example>",
        "subject": "žádost o přístup k volebním výsledkům",
        "headers": K9,
        "flowed": True,
        "body": "Dobrý den, \r\nv redakci Brněnského rozhledu (Brněnský rozhled s.r.o., IČO "
        + I6
        + ") \r\nbychom chtěli i letos přebírat výsledky voleb z vašeho serveru.\r\n\r\n"
        "Stahovat budeme ze dvou serverů v ostrém provozu, a to 198.51.100.144 a \r\n"
        "198.51.100.145. Adresa, ze které budeme v předstihu zkoušet testovací \r\n"
        "data, je 198.51.100.150.\r\n\r\n"
        "Kontaktní osoba: Markéta Zouharová, tel. 720 513 847.\r\n\r\n"
        "Díky a hezký den \r\nM. Zouharová\r\n",
    },
    {
        "id": "bi007-austrian-english",
        "description": "an Austrian broadcaster writing English, a GmbH without IČO, addresses "
        "as 'live' and 'staging', an Austrian mobile in local format with the country code",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.180"],
            "Stefan Pichler",
            "s.pichler@donauwelle.example",
            "+436641829374",
        ),
        "from": "Stefan Pichler <s.pichler@donauwelle.example>",
        "subject": "Access to election results XML - Donauwelle Rundfunk",
        "headers": GMAIL,
        "body": "Dear Sir or Madam,\n\nDonauwelle Rundfunk GmbH (Linz, Austria) would like to "
        "apply for access to the live election results feed for our Czech-language desk.\n\n"
        "Live servers: 192.0.2.171 and 192.0.2.172\n"
        "Staging (test): 192.0.2.180\n\n"
        "We do not have a Czech company ID; our Austrian commercial register number is "
        "FN 418273 x.\n\n"
        "Contact: Stefan Pichler, head of data desk, +43 664 1829374\n\n"
        "Kind regards,\nStefan Pichler\n",
    },
    {
        "id": "bi008-databox-pdf-application",
        "description": "data message with a bare annotation; the PDF application gives the "
        "addresses in a role table and the contact; box ID from the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Polabské listy s.r.o.",
            I8,
            "k7pq2wd",
            ["198.18.100.10", "198.18.100.11", "198.18.100.12"],
            ["198.18.100.20"],
            "Ivana Koudelová",
            "koudelova@polabskelisty.example",
            "+420602731946",
        ),
        "databox": box("k7pq2wd", "Polabské listy s.r.o.", "Palackého 120, 290 01 Poděbrady"),
        "subject": "Žádost",
        "attachments": [
            (
                "pdf",
                "zadost_volby.pdf",
                [
                    "Polabské listy s.r.o., Palackého 120, 290 01 Poděbrady, IČO " + I8,
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkce", "198.18.100.10"],
                            ["produkce", "198.18.100.11"],
                            ["produkce (záloha)", "198.18.100.12"],
                            ["test", "198.18.100.20"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Ivana Koudelová, koudelova@polabskelisty.example, "
                    "602 731 946",
                    "Jan Polák, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bi009-inline-forward-forwarder-is-contact",
        "description": "a manager forwards a reporter's request inline and says the contact is "
        "now him; the quoted original names the reporter as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Ostravské noviny a.s.",
            I9,
            None,
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Radim Šustek",
            "sustek@ostravskenoviny.example",
            "+420777340128",
        ),
        "from": "Radim Šustek <sustek@ostravskenoviny.example>",
        "subject": "Fwd: zadost volby",
        "headers": ANDROID_GMAIL,
        "body": "Dobrý den,\n\nposílám dál žádost kolegyně. Jen jedna změna: Klára od "
        "října odchází, kontaktní osobou budu já – Radim Šustek, 777 340 128, "
        "sustek@ostravskenoviny.example.\n\nR. Šustek, vedoucí vydání\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Klára Bednaříková <bednarikova@ostravskenoviny.example>\n"
        "Date: po 8. 9. 2025 v 9:41\n"
        "Subject: zadost volby\n"
        "To: Radim Šustek <sustek@ostravskenoviny.example>\n\n"
        "Radime, tady je text pro ČSÚ, pošli to prosím za nás:\n\n"
        "Ostravské noviny a.s., IČO " + I9 + ", žádají o přístup k XML výsledkům voleb "
        "(produkční IP 203.0.113.60, testovací 203.0.113.61) a o povolení natáčet na "
        "krajském pracovišti v Ostravě. Kontakt: Klára Bednaříková, 736 118 402.\n",
    },
    {
        "id": "bi010-android-chatty-filming-only",
        "description": "a chatty note from a Samsung phone by a freelance photographer: only "
        "filming, mentions that the XML feed is not needed; a trade name after his name",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Ondřej Vlasák – Vlasák Foto",
            I10,
            None,
            [],
            [],
            "Ondřej Vlasák",
            "ondra@vlasakfoto.example",
            "+420604887215",
        ),
        "from": "Ondřej Vlasák <ondra@vlasakfoto.example>",
        "subject": "foceni o volbach",
        "headers": SAMSUNG,
        "body": "Ahoj / dobry den :)\n\nnevim jestli pisu spravne, kolega z redakce mi dal "
        "tenhle mail. Jsem fotograf na volne noze (Ondřej Vlasák – Vlasák Foto, ICO "
        + I10
        + ") a fotim pro par regionalnich webu. Chtel bych poprosit o povoleni fotit "
        "na vasem pracovisti v Hradci behem scitani hlasu. Ty data pres XML nepotrebuju, "
        "to maji weby samy.\n\n"
        "Kdyby neco, volejte 604 887 215.\n\nDiky moc!\nOndra Vlasák\n\n"
        "Odesláno z mého Galaxy\n",
    },
    {
        "id": "bi011-gmail-html-only-ipv6-table",
        "description": "Gmail HTML-only: a table whose rows mix IPv6 written in full with "
        "leading zeros and an IPv4; roles in the first column",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Datový žurnál o.p.s.",
            I11,
            None,
            ["2001:db8:3c4d::15", "198.51.100.33"],
            ["2001:db8:3c4d::99"],
            "Jakub Fröhlich",
            "jakub@datovyzurnal.example",
            "+420723560814",
        ),
        "from": "Jakub Fröhlich <jakub@datovyzurnal.example>",
        "subject": "Žádost o XML výsledky voleb",
        "headers": GMAIL,
        "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
        "<div>prosíme o zřízení přístupu k výsledkům voleb pro Datový žurnál o.p.s. "
        f"(IČO {I11}). Adresy:</div><div><br></div>"
        '<table border="1" style="border-collapse:collapse">'
        "<tr><th>k čemu</th><th>adresa</th></tr>"
        "<tr><td>produkce</td><td>2001:0db8:3c4d:0000:0000:0000:0000:0015</td></tr>"
        "<tr><td>produkce</td><td>198.51.100.33</td></tr>"
        "<tr><td>test</td><td>2001:db8:3c4d::99</td></tr></table>"
        "<div><br></div><div>Kontakt: Jakub Fröhlich, +420 723 560 814</div>"
        '<div><br></div><div>-- <br><div dir="ltr" class="gmail_signature">'
        "Jakub Fröhlich<br>Datový žurnál o.p.s.</div></div></div>",
    },
    {
        "id": "bi012-outlook-windows-1250-cidr",
        "description": "windows-1250 Outlook mail: production as a /30 block, the test address "
        "corrected two lines later (.61 is a printer); the contact signs surname first",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jihočeská televize, s.r.o.",
            I12,
            None,
            ["192.0.2.40", "192.0.2.41", "192.0.2.42", "192.0.2.43"],
            ["192.0.2.60"],
            "Lenka Čápová",
            "capova@jctv.example",
            "+420387442190",
        ),
        "from": "Čápová Lenka <capova@jctv.example>",
        "subject": "Žádost o přístup – Jihočeská televize",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nJihočeská televize, s.r.o., IČO " + I12 + ", žádá o přístup "
        "k datům z voleb.\n\n"
        "Produkce: 192.0.2.40/30\nTest: 192.0.2.61\n\n"
        "Pardon, test je 192.0.2.60 (ta .61 je tiskárna).\n\n"
        "S pozdravem\nČápová Lenka\nJihočeská televize, s.r.o.\ntel. 387 442 190\n",
    },
    {
        "id": "bi013-smime-zimbra-university-faculty",
        "description": "S/MIME-signed mail from a faculty's press office via Zimbra: the "
        "university applies, the faculty is only a department; two people in the signature",
        "style": Style.SIGNATURE,
        "smime": True,
        "labels": L(
            [FEED, FILM],
            "Univerzita Dolního Povltaví",
            I13,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.95"],
            "Michaela Tůmová",
            "tumova@udpovltavi.example",
            "+420315728460",
        ),
        "from": "Michaela Tůmová <tumova@udpovltavi.example>",
        "subject": "Studentská televize – volby",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nstudentská televize Fakulty mediálních studií žádá za "
        "Univerzitu Dolního Povltaví (IČO " + I13 + ") o přístup k výsledkům voleb a "
        "o povolení natáčet na pracovišti ČSÚ.\n\n"
        "Produkční IP: 203.0.113.90, 203.0.113.91\nTestovací IP: 203.0.113.95\n\n"
        "Kontakt: Michaela Tůmová, tel. 315 728 460\n\n"
        "Mgr. Michaela Tůmová, tisková mluvčí fakulty\n"
        "doc. Pavel Krištof, Ph.D., proděkan (v kopii), tel. 315 728 411\n"
        "Fakulta mediálních studií, Univerzita Dolního Povltaví\n",
        "cc": "Pavel Krištof <kristof@udpovltavi.example>",
    },
    {
        "id": "bi014-roundcube-forward-attached-eml",
        "description": "Roundcube forward: a one-line cover, the application in the attached "
        ".eml (the original sender's mail with its own signature)",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Liberecký expres s.r.o.",
            I14,
            None,
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Aleš Vondra",
            "vondra@liberecky-expres.example",
            "+420733619052",
        ),
        "from": "sekretariat@liberecky-expres.example",
        "subject": "Fwd: Volby – žádost",
        "headers": ROUNDCUBE,
        "body": "Přeposílám žádost pana Vondry, omlouváme se za zpoždění.\n\nSekretariát\n",
        "attachments": [
            (
                "eml",
                "Volby - zadost.eml",
                {
                    "id": "bi014-inner",
                    "from": "Aleš Vondra <vondra@liberecky-expres.example>",
                    "to": "sekretariat@liberecky-expres.example",
                    "subject": "Volby – žádost",
                    "body": "Dobrý den,\n\nprosím přepošlete na ČSÚ:\n\n"
                    "Liberecký expres s.r.o., IČO " + I14 + ", žádá o přístup k XML "
                    "s průběžnými výsledky voleb. Produkční IP 198.51.100.240, testovací "
                    "198.51.100.241. Kontakt Aleš Vondra, 733 619 052.\n\nA. Vondra\n",
                },
            )
        ],
    },
]
