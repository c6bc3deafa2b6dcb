"""Thirtieth held-out part ``xa``, cases xa001–xa014: an iPhone note with a shorthand test
address, HTML-only Outlook and Gmail tables, a reply quoting the office's press release, a
correction in a P.S., a forward from IT with IPv6, foreign senders, a chatty windows-1250 mail,
a signature naming three people and data messages. Written by hand apart from the extraction
rules (see make_thirtieth_xa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtieth_xa_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OFFICE_RELEASE,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I4, I5 = ico("0694127"), ico("2875031"), ico("4521968"), ico("2610473")
I7, I8, I9, I10 = ico("2298416"), ico("0715382"), ico("0832957"), ico("2537164")
I11, I13, I14 = ico("3650219"), ico("2947135"), ico("0021635")

CASES: list[dict[str, Any]] = [
    {
        "id": "xa001-iphone-shorthand-test-octet",
        "description": "two lines typed on an iPhone, no diacritics; the test address given "
        "only as the last octet of the production one",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zpravodaj Polabi z.s.",
            I1,
            None,
            ["203.0.113.18"],
            ["203.0.113.19"],
            "Vojta Kalina",
            "kalina@zpravodajpolabi.example",
            "+420731442908",
        ),
        "from": "Vojta Kalina <kalina@zpravodajpolabi.example>",
        "subject": "pristup xml volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, chteli bychom pristup na ten xml server s vysledky. nase ip je "
            "203.0.113.18, testovaci to samy jen na konci .19\n"
            f"Zpravodaj Polabi z.s. ico {I1}\n"
            "Kalina, mob 731442908\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "xa002-outlook-html-columns-colleague-contact",
        "description": "HTML-only Outlook mail, production and test as table columns with an "
        "empty cell; the director sends, the technician named below is the contact",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "TV Brdy s.r.o.",
            I2,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Ondřej Bartoš",
            "bartos@tvbrdy.example",
            "+420605118927",
        ),
        "from": "Říhová Lenka <rihova@tvbrdy.example>",
        "subject": "TV Brdy - žádost o XML s výsledky voleb",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style>p.MsoNormal{margin:0cm;font-family:Aptos,sans-serif}</style></head>"
            '<body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">prosíme o zřízení přístupu k volebnímu serveru pro naši '
            "televizi. Technické údaje posílám v tabulce:</p>"
            '<table class="MsoNormalTable" border="1" cellpadding="4" style="border-collapse:'
            'collapse"><tr><td></td><td><p class="MsoNormal"><b>Produkce</b></p></td>'
            '<td><p class="MsoNormal"><b>Test</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">server 1</p></td>'
            '<td><p class="MsoNormal">198.51.100.130</p></td>'
            '<td><p class="MsoNormal">198.51.100.140</p></td></tr>'
            '<tr><td><p class="MsoNormal">server 2</p></td>'
            '<td><p class="MsoNormal">198.51.100.131</p></td>'
            '<td><p class="MsoNormal">&nbsp;</p></td></tr></table>'
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Kontaktní osoba: Ondřej Bartoš (technik), '
            '<a href="mailto:bartos@tvbrdy.example">bartos@tvbrdy.example</a>, '
            "tel. 605 118 927</p>"
            '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">S pozdravem</p>'
            '<p class="MsoNormal"><b>Lenka Říhová</b><br>ředitelka<br>TV Brdy s.r.o., '
            f"IČO {I2}<br>Pražská 418, 261 01 Příbram<br>+420 318 627 400 (recepce)</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "xa003-gmail-reply-press-release-freelancer",
        "description": "a blogger without an IČO replies to the office's quoted press release, "
        "which carries the office's e-mail, data box, IČO and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Tomáš Kroupa",
            None,
            None,
            ["203.0.113.201"],
            [],
            "Tomáš Kroupa",
            "tomas.kroupa@volebnimapa.example",
            "+420608551230",
        ),
        "from": "Tomáš Kroupa <tomas.kroupa@volebnimapa.example>",
        "subject": "Re: TZ: Výsledky voleb pro média ve formátu XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na Vaši tiskovou zprávu. Provozuji nekomerční web volebnimapa.example, "
            "kde kreslím výsledky po okrscích. Nejsem firma, IČO nemám, žádám jako fyzická "
            "osoba.\n\n"
            "Server, ze kterého bych stahoval: 203.0.113.201\n"
            "Testovací adresu nepotřebuju, vyzkouším to rovnou z tohohle.\n\n"
            "Telefon 608 551 230, mail je tenhle.\n\n"
            "Díky moc\nTomáš Kroupa\n\n"
            "po 6. 10. 2025 v 9:12 odesílatel ČSÚ – podatelna <podatelna@czso.cz> napsal:\n\n"
            + "".join(f"> {line}\n" for line in OFFICE_RELEASE.splitlines())
        ),
    },
    {
        "id": "xa004-thunderbird-ps-correction",
        "description": "the second production address is corrected in a P.S.; IČO written with "
        "spaces as 'IČ'",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Ostravice, s. r. o.",
            I4,
            None,
            ["198.51.100.23", "198.51.100.42"],
            ["198.51.100.25"],
            "Petra Sládková",
            "sladkova@radio-ostravice.example",
            "+420596114220",
        ),
        "from": "Petra Sládková <sladkova@radio-ostravice.example>",
        "subject": "Přístup k XML – Rádio Ostravice",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "za Rádio Ostravice, s. r. o. (IČ: "
            f"{I4[:3]} {I4[3:5]} {I4[5:]}) žádám o přístup k výsledkům voleb v XML.\n\n"
            "produkční servery: 198.51.100.23 a 198.51.100.24\n"
            "testovací server: 198.51.100.25\n\n"
            "Kontaktní osoba jsem já, tel. 596 114 220.\n\n"
            "Petra Sládková\nonline redakce\n\n"
            "P.S. oprava – ta druhá produkční má být 198.51.100.42, ne .24, přehodila jsem "
            "čísla. Omlouvám se.\n"
        ),
    },
    {
        "id": "xa005-outlook-forward-it-ipv6",
        "description": "an editor forwards the IT colleague's mail; the IPv6 addresses and the "
        "contact's phone are only in the quoted original, which the new text refers to",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jihočeský týdeník a.s.",
            I5,
            None,
            ["2001:db8:4a::10", "2001:db8:4a::11"],
            ["2001:db8:4a::99"],
            "Marek Hloušek",
            "hlousek@jctydenik.example",
            "+420724300158",
        ),
        "from": "Kateřina Dušková <duskova@jctydenik.example>",
        "subject": "FW: adresy pro volební XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám níže adresy od našeho IT a prosím o přístup k výsledkům voleb "
            "ve formátu XML. Kontaktní osobou pro přístup bude Marek (viz jeho podpis "
            "níže), na něj prosím směřujte přihlašovací údaje.\n\n"
            "Děkuji\nKateřina Dušková\nšéfredaktorka\nJihočeský týdeník a.s.\n"
            f"IČO: {I5}\nU Tří lvů 6, 370 01 České Budějovice\n\n"
            "From: Hloušek Marek <hlousek@jctydenik.example>\n"
            "Sent: Monday, October 6, 2025 2:41 PM\n"
            "To: Dušková Kateřina <duskova@jctydenik.example>\n"
            "Subject: adresy pro volební XML\n\n"
            "Ahoj Kačko,\n\n"
            "tady jsou adresy, jedeme jen přes IPv6:\n"
            "prod: 2001:db8:4a::10, 2001:db8:4a::11\n"
            "test: 2001:db8:4a::99\n\n"
            "Marek\n--\nMarek Hloušek | IT\nJihočeský týdeník a.s.\n"
            "M: +420 724 300 158\n"
        ),
    },
    {
        "id": "xa006-apple-german-crew-declines-feed",
        "description": "a German broadcaster writes English, wants to film only and declines "
        "the XML feed; the signature names the crew, the producer is the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Westfunk Media GmbH",
            None,
            None,
            [],
            [],
            "Katrin Vogel",
            "k.vogel@westfunk-media.example",
            "+4922141877230",
        ),
        "from": "Katrin Vogel <k.vogel@westfunk-media.example>",
        "subject": "Filming request - Czech parliamentary election",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "we are preparing a report on the Czech parliamentary elections for German "
            "television and would like to film at one of your collection points in Prague "
            "on election night (Saturday evening), a crew of three people.\n\n"
            "We do not need access to the XML data server, we get the numbers from our "
            "agency.\n\n"
            "Please send the permission and any conditions to me, I am the producer and "
            "the contact for this request.\n\n"
            "Kind regards / Mit freundlichen Grüßen\n\n"
            "Katrin Vogel\nProducer\nWestfunk Media GmbH\nBreite Straße 27, 50667 Köln\n"
            "Tel. +49 221 41877-230\n\n"
            "Crew: Jonas Brandt (reporter, +49 170 5531902), Milan Horvat (camera), "
            "Lea Sommer (sound)\n"
        ),
    },
    {
        "id": "xa007-seznam-chatty-cp1250-both",
        "description": "chatty windows-1250 mail from Seznam, a local site asks for the feed and, "
        "in passing, to film; no test address yet",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Jihlavské listy, z. s.",
            I7,
            None,
            ["192.0.2.140"],
            [],
            "Radka Novotná",
            "radka.novotna@jihlavskelisty.example",
            "+420736902415",
        ),
        "from": "Radka Novotná <radka.novotna@jihlavskelisty.example>",
        "subject": "volby - data a natáčení",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "jsme malý spolek, co dělá zprávy z Jihlavy (Jihlavské listy, z. s., IČO "
            f"{I7}), a letos bychom poprvé chtěli mít výsledky voleb živě na webu. "
            "Kolega říkal, že se o to žádá u vás, tak snad píšu dobře :)\n\n"
            "Náš server má adresu 192.0.2.140, testovací zatím nemáme a asi ani "
            "mít nebudeme.\n\n"
            "A ještě jedna věc – jestli by šlo, přišli bychom v sobotu natočit pár záběrů "
            "na vaše sběrné místo v Jihlavě, jen na kameru do reportáže.\n\n"
            "Moc děkuji a hezký den,\nRadka Novotná\n736 902 415\n"
        ),
    },
    {
        "id": "xa008-databox-annotation-only-extract-pdf",
        "description": "data message with the whole application in the annotation; the attached "
        "PDF is only an extract from the commercial register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krajské noviny Vysočina s.r.o.",
            I8,
            "r8bk2qe",
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Jan Sýkora",
            "sykora@knvysocina.example",
            "+420602331870",
        ),
        "subject": (
            "Žádost o přístup k XML s výsledky voleb: prod. IP 198.51.100.77, test. IP "
            "198.51.100.78, kontakt Jan Sýkora, 602 331 870, sykora@knvysocina.example"
        ),
        "databox": {
            "box": "r8bk2qe",
            "sender": "Krajské noviny Vysočina s.r.o.",
            "address": "Masarykovo nám. 9, 586 01 Jihlava",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Brně, "
                    "oddíl C, vložka 48213",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. března 2011"],
                            ["Obchodní firma:", "Krajské noviny Vysočina s.r.o."],
                            ["Sídlo:", "Masarykovo nám. 9, 586 01 Jihlava"],
                            ["Identifikační číslo:", f"{I8[:3]} {I8[3:5]} {I8[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Jednatel:", "Ing. ALOIS BRABEC, dat. nar. 14. června 1968"],
                        ],
                        "widths": [150, 300],
                    },
                    "Údaje platné ke dni 2. 10. 2025 03:05",
                ],
            )
        ],
    },
    {
        "id": "xa009-gmail-html-netmask-and-version",
        "description": "HTML-only Gmail divs: a production address with a /30 netmask written "
        "after it, a client version number and a port nearby",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Hrot data s.r.o.",
            I9,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.70"],
            "Adam Stejskal",
            "adam@hrotdata.example",
            "+420777640318",
        ),
        "from": "Adam Stejskal <adam@hrotdata.example>",
        "subject": "Žádost o přístup – Hrot data",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>za datovou redakci Hrot data s.r.o. (IČO "
            f"{I9}) žádám o přístup k XML s výsledky voleb.</div><div><br></div>"
            "<div>Stahovat budeme z rozsahu 203.0.113.64 maska 255.255.255.252 (celý "
            "blok je naše produkce), testovací stroj je 203.0.113.70.</div>"
            "<div>Stahovač je náš vlastní, verze 3.1.4.2, poslouchá na portu 8443.</div>"
            "<div><br></div><div>Díky,</div><div>Adam Stejskal</div>"
            '<div><font color="#888888">Hrot data s.r.o. · +420 777 640 318 · '
            '<a href="https://hrotdata.example">hrotdata.example</a></font></div></div>'
        ),
    },
    {
        "id": "xa010-outlook-signature-three-people-box",
        "description": "an assistant writes for the editor-in-chief; the signature lists three "
        "people and the data-box ID; the network admin named in the text is the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Vydavatelství Mlýnek, spol. s r.o.",
            I10,
            "8fmq2ua",
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.35"],
            "Radek Pelc",
            "pelc@mlynek.example",
            "+420603775180",
        ),
        "from": "Alena Kubů <kubu@mlynek.example>",
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "v zastoupení paní šéfredaktorky Horké žádám o přístup k výsledkům voleb ve "
            "formátu XML pro náš zpravodajský portál.\n\n"
            "Produkční adresy: 192.0.2.33, 192.0.2.34\n"
            "Testovací adresa: 192.0.2.35\n\n"
            "Pro technické záležitosti a přístupové údaje kontaktujte prosím našeho "
            "správce sítě Radka Pelce (kontakt níže).\n\n"
            "S pozdravem\n\n"
            "Mgr. Eva Horká, šéfredaktorka, +420 602 118 904, horka@mlynek.example\n"
            "Radek Pelc, správce sítě, +420 603 775 180, pelc@mlynek.example\n"
            "Alena Kubů, asistentka redakce, +420 481 552 010, kubu@mlynek.example\n\n"
            "Vydavatelství Mlýnek, spol. s r.o.\n"
            f"Husova 211, 511 01 Turnov | IČO {I10} | ID datové schránky: 8fmq2ua\n"
        ),
    },
    {
        "id": "xa011-k9-slovak-first-second",
        "description": "Slovak phone note, roles only by order ('prvá … druhá'); Slovak "
        "mobile number",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "TV Záhorie s.r.o.",
            I11,
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Juraj Ondrejka",
            "ondrejka@tvzahorie.example",
            "+421905318442",
        ),
        "from": "Juraj Ondrejka <ondrejka@tvzahorie.example>",
        "subject": "ziadost pristup XML vysledky",
        "headers": K9,
        "flowed": True,
        "body": (
            "Dobry den,\n\n"
            "sme regionalna televizia TV Záhorie s.r.o., ICO "
            f"{I11}, a radi by sme pri ceskych volbach zobrazovali vysledky. "
            "Posielam IP adresy 198.51.100.150 a 198.51.100.151, prvá je produkčná, "
            "druhá testovacia.\n\n"
            "Kontakt ja, +421 905 318 442\n\n"
            "Juraj Ondrejka\n"
        ),
    },
    {
        "id": "xa012-polish-agency-respectively",
        "description": "a Polish agency writes English, roles by 'respectively'; the night "
        "editor named in the text is the contact; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Wschód Sp. z o.o.",
            None,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Paweł Nowicki",
            "p.nowicki@aiwschod.example",
            "+48225307714",
        ),
        "from": "Marta Zielińska <m.zielinska@aiwschod.example>",
        "subject": "Access to election results XML - AI Wschód",
        "headers": TBIRD,
        "cte": "qp",
        "body": (
            "Hello,\n\n"
            "Agencja Informacyjna Wschód Sp. z o.o. (Warsaw) kindly asks for access to "
            "the XML results of the Czech parliamentary election. Our servers 203.0.113.90 "
            "and 203.0.113.91 will be used for production and testing respectively.\n\n"
            "Please contact our night editor Paweł Nowicki, p.nowicki@aiwschod.example, "
            "+48 22 530 77 14, who will be on duty during the counting.\n\n"
            "Best regards,\nMarta Zielińska\nForeign desk, AI Wschód\n"
            "ul. Chmielna 73, 00-801 Warszawa, NIP 5252873641\n"
        ),
    },
    {
        "id": "xa013-outlook-docx-header-ico",
        "description": "a two-line mail with a DOCX application: the IČO only in the page "
        "header, roles in the table's first column (prod./záloha/TST)",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Moravskoslezský deník, a.s.",
            I13,
            None,
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.219"],
            "Libor Kašpar",
            "kaspar@msdenik.example",
            "+420558301744",
        ),
        "from": "Libor Kašpar <kaspar@msdenik.example>",
        "subject": "Žádost - volby 2025",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze zasílám naši žádost.\n\nLibor Kašpar\n",
        "attachments": [
            (
                "docx",
                "zadost_CSU_volby2025.docx",
                {
                    "header": "Moravskoslezský deník, a.s. | Nádražní 44, 702 00 Ostrava | "
                    f"IČO {I13}",
                    "blocks": [
                        "Český statistický úřad",
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o zřízení přístupu k serveru s výsledky voleb z těchto adres:",
                        {
                            "rows": [
                                ["Účel", "IP adresa"],
                                ["prod.", "198.51.100.210"],
                                ["záloha", "198.51.100.211"],
                                ["TST", "198.51.100.219"],
                            ]
                        },
                        "Kontaktní osoba: Libor Kašpar, vedoucí IT, tel. 558 301 744, "
                        "kaspar@msdenik.example",
                        "V Ostravě dne 7. 10. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "xa014-databox-pdf-university-filming",
        "description": "data message from a university, annotation says nothing; a faculty's "
        "students want to film, the PDF letter quotes the office's address",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Západočeská univerzita v Plzni",
            I14,
            "zt4m9xw",
            [],
            [],
            "Klára Benešová",
            "benesova@zcu-media.example",
            "+420377631205",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "zt4m9xw",
            "sender": "Západočeská univerzita v Plzni",
            "address": "Univerzitní 2732/8, 301 00 Plzeň",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_nataceni.pdf",
                [
                    "Západočeská univerzita v Plzni, Fakulta filozofická, katedra "
                    f"mediálních studií, Univerzitní 2732/8, 301 00 Plzeň, IČO {I14}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Věc: Žádost o povolení natáčení na sběrném místě",
                    "Studenti třetího ročníku připravují v rámci výuky reportáž o "
                    "zpracování výsledků voleb. Žádáme o povolení natáčet na sběrném "
                    "místě v Plzni v sobotu 4. 10. 2025 mezi 14:00 a 18:00.",
                    {
                        "rows": [
                            ["Štáb", "Role"],
                            ["Filip Řezníček", "kamera"],
                            ["Nikola Hájková", "redaktorka"],
                        ],
                        "widths": [160, 120],
                    },
                    "Přístup k XML výsledkům nepožadujeme.",
                    "Kontaktní osoba: Mgr. Klára Benešová, Ph.D., vyučující, "
                    "benesova@zcu-media.example, tel. 377 631 205",
                ],
            )
        ],
    },
]
