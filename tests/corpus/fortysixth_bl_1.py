"""Forty-sixth held-out part ``bl``, cases bl001–bl014: a phone-typed note without diacritics, an
HTML-only Outlook table, a reply whose data are split between the answer and its quoted
original under the office's signature, an inline Gmail forward from the technician, a typo
corrected in the same line, a data message with a PDF, a format=flowed wrap through the test
address's sentence, an English mail from the UK, a windows-1250 signature of three people, a
Slovak photographer's Android note, an HTML-only CIDR block, a reply quoting the office's press
release, an .eml forward with a mobile in the cover and an Austrian German request.
Written by hand apart from the extraction rules (see make_fortysixth_bl); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysixth_bl_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
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

I1, I2, I3, I4, I5 = ico("2947716"), ico("0815263"), ico("2760934"), ico("0553871"), ico("2691048")
I6, I7, I9, I11 = ico("2814572"), ico("0638195"), ico("2577310"), ico("0902647")
I12, I13 = ico("2735589"), ico("0467912")

CASES: list[dict[str, Any]] = [
    {
        "id": "bl001-iphone-no-diacritics",
        "description": "typed on an iPhone without diacritics, roles as bare words on one line "
        "each, the contact 'ja' followed by the name, 'Odeslano z iPhonu' under the initials",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Hlasatel Polabi s.r.o.",
            I1,
            None,
            ["198.51.100.34", "198.51.100.35"],
            ["198.51.100.39"],
            "Tomas Kral",
            "kral@hlasatelpolabi.example",
            "+420732418096",
        ),
        "from": "Tomas Kral <kral@hlasatelpolabi.example>",
        "subject": "zadost volby pristup",
        "headers": IPHONE,
        "body": "Dobry den,\n"
        "posilam zadost o pristup k vysledkum voleb pres xml pro nas web. Jsme Hlasatel "
        f"Polabi s.r.o., ICO {I1}.\n"
        "Produkcni IP 198.51.100.34 a 198.51.100.35, testovaci 198.51.100.39\n"
        "Kontakt ja, Tomas Kral, 732 418 096, kral@hlasatelpolabi.example\n"
        "Diky moc\n"
        "TK\n\n"
        "Odeslano z iPhonu\n",
    },
    {
        "id": "bl002-html-only-outlook-role-table",
        "description": "HTML-only Outlook mail: a table with a role column (produkční twice, "
        "one of them 'záložní', testovací once), the contact in a table row, a cameraman and "
        "the signing director named besides her",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Mediální dům Vltava a.s.",
            I2,
            None,
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.88"],
            "Lenka Mrázková",
            "mrazkova@mdvltava.example",
            "+420606271843",
        ),
        "from": "Pavel Hruška <hruska@mdvltava.example>",
        "subject": "Žádost – výsledky voleb a natáčení",
        "headers": OUTLOOK,
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"><style>td{border:1px solid #999;padding:3px}</style></head>'
        '<body lang="CS"><div class="WordSection1">'
        '<p class="MsoNormal">Dobrý den,</p>'
        '<p class="MsoNormal">Mediální dům Vltava a.s. (IČO ' + I2 + ") žádá o "
        "zpřístupnění průběžných výsledků voleb ve formátu XML a zároveň o povolení natáčet "
        "na krajském pracovišti ČSÚ v Českých Budějovicích (kameraman Jiří Beneš).</p>"
        '<table class="MsoTableGrid" border="1" cellspacing="0">'
        "<tr><td><b>Typ</b></td><td><b>IP adresa</b></td><td><b>Pozn.</b></td></tr>"
        "<tr><td>produkční</td><td>203.0.113.80</td><td>hlavní server</td></tr>"
        "<tr><td>produkční</td><td>203.0.113.81</td><td>záložní</td></tr>"
        "<tr><td>testovací</td><td>203.0.113.88</td><td>stage</td></tr>"
        '<tr><td>Kontaktní osoba</td><td colspan="2">Bc. Lenka Mrázková, 606 271 843, '
        '<a href="mailto:mrazkova@mdvltava.example">mrazkova@mdvltava.example</a></td></tr>'
        "</table>"
        '<p class="MsoNormal">&nbsp;</p>'
        '<p class="MsoNormal">S pozdravem</p>'
        '<p class="MsoNormal"><b>Ing. Pavel Hruška</b><br>ředitel digitálních médií<br>'
        "Mediální dům Vltava a.s. | Lannova 31, České Budějovice</p>"
        "</div></body></html>",
    },
    {
        "id": "bl003-reply-split-office-signature",
        "description": "reply above the office's request for completion: the test address and "
        "phone are in the answer, the name, IČO and production addresses in the twice-quoted "
        "original; the office's IČO, box and phone are in its quoted signature",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihlavské listy, s.r.o.",
            I3,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.118"],
            "Martina Dvořáková",
            "dvorakova@jihlavskelisty.example",
            "+420739205614",
        ),
        "from": "Martina Dvořáková <dvorakova@jihlavskelisty.example>",
        "to": "Volby ČSÚ <volby@czso.cz>",
        "subject": "Re: Doplnění žádosti – přístup k výsledkům voleb",
        "headers": TBIRD + [("In-Reply-To", "<dopl-4471@czso.cz>")],
        "body": "Dobrý den,\n\n"
        "doplňuji, co chybělo: testovací adresa je 192.0.2.118. Kontaktní osobou budu já, "
        "telefon 739 205 614.\n\n"
        "S pozdravem\n"
        "Martina Dvořáková\n\n"
        "Dne 09.09.2025 v 10:14 Volby ČSÚ napsal(a):\n"
        "> Dobrý den,\n"
        "> k Vaší žádosti prosíme o doplnění testovací IP adresy a telefonu na kontaktní\n"
        "> osobu.\n"
        ">\n"
        "> S pozdravem\n"
        "> oddělení volebních služeb\n"
        "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
        "> IČO 00025593 | ID datové schránky 2gfaasy | tel. +420 274 052 733 | www.czso.cz\n"
        ">\n"
        "> Dne 08.09.2025 v 16:40 Martina Dvořáková napsal(a):\n"
        ">> Dobrý den,\n"
        f">> za společnost Jihlavské listy, s.r.o. (IČO {I3}) žádáme o přístup k XML\n"
        ">> s výsledky voleb.\n"
        ">> Produkční IP: 192.0.2.110, 192.0.2.111\n"
        ">>\n"
        ">> Děkuji\n"
        ">> M. Dvořáková, dvorakova@jihlavskelisty.example\n",
    },
    {
        "id": "bl004-gmail-forward-technician",
        "description": "inline Gmail forward: the producer names the firm, IČO and the "
        "technician as contact with his mobile; the addresses are only in the technician's "
        "forwarded chatty note ('produkce', 'test bude')",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Rádio Horizont s.r.o.",
            I4,
            None,
            ["198.18.40.12", "198.18.40.13"],
            ["198.18.40.200"],
            "Ondřej Sýkora",
            "sykora@radiohorizont.example",
            "+420604772190",
        ),
        "from": "Eva Pokorná <pokorna@radiohorizont.example>",
        "subject": "Fwd: IP adresy pro volby",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        f"žádáme za Rádio Horizont s.r.o., IČO {I4}, o přístup k datům výsledků voleb "
        "(XML). Natáčet u vás nebudeme. IP adresy jsou níže od našeho technika, on je také "
        "kontaktní osobou pro technické věci: Ondřej Sýkora, mobil 604 772 190.\n\n"
        "Eva Pokorná\nprodukce\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Ondřej Sýkora <sykora@radiohorizont.example>\n"
        "Date: po 8. 9. 2025 v 9:12\n"
        "Subject: IP adresy pro volby\n"
        "To: Eva Pokorná <pokorna@radiohorizont.example>\n\n"
        "Ahoj Evi,\n"
        "takže produkce 198.18.40.12 a 198.18.40.13, test bude 198.18.40.200. Tak to tam "
        "pošli, jo?\n"
        "O.\n",
    },
    {
        "id": "bl005-seznam-typo-corrected-inline",
        "description": "chatty Seznam mail: the production address is corrected in the same "
        "sentence ('pardon, překlep, správně …'), testing from the same address gives no test "
        "address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Krkonošský týden s.r.o.",
            I5,
            None,
            ["203.0.113.51"],
            [],
            "Jiří Bartoš",
            "jiri.bartos@krkonosskytyden.example",
            "+420603118472",
        ),
        "from": "Jiří Bartoš <jiri.bartos@krkonosskytyden.example>",
        "subject": "volby - xml",
        "headers": SEZNAM,
        "body": "Zdravím,\n\n"
        "chtěli bychom zase brát výsledky voleb na náš web. Vydavatel je Krkonošský týden "
        f"s.r.o., IČO {I5}.\n"
        "Server: 203.0.113.15 – pardon, překlep, správně 203.0.113.51. Testovat budeme ze "
        "stejné adresy, jinou nemáme.\n"
        "Kdyby něco, volejte 603 118 472.\n\n"
        "Díky,\nJiří Bartoš\nšéfredaktor\n",
    },
    {
        "id": "bl006-databox-pdf-range-mobile",
        "description": "data message with a terse annotation; the PDF letter gives both "
        "requests, a written production range of three addresses and the contact's "
        "switchboard before his mobile",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Přerovský deník s.r.o.",
            I6,
            "k7tm2xq",
            ["198.51.100.140", "198.51.100.141", "198.51.100.142"],
            ["198.51.100.150"],
            "Radim Kočí",
            "koci@prerovskydenik.example",
            "+420728940311",
        ),
        "databox": box("k7tm2xq", "Přerovský deník s.r.o.", "Palackého 14, 750 02 Přerov"),
        "subject": "zadost - volby 2025 (xml + nataceni)",
        "attachments": [
            (
                "pdf",
                "zadost_volby_PD.pdf",
                [
                    f"Přerovský deník s.r.o. | Palackého 14, 750 02 Přerov | IČO {I6}",
                    "Český statistický úřad<br/>Na padesátém 81, 100 82 Praha 10",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o zpřístupnění průběžných výsledků voleb ve formátu XML a o "
                    "povolení pořizovat videozáznam na krajském pracovišti v Olomouci ve "
                    "volební noc.",
                    {
                        "rows": [
                            ["Produkční IP", "198.51.100.140 – 198.51.100.142 (rozsah)"],
                            ["Testovací IP", "198.51.100.150"],
                            [
                                "Kontakt",
                                "Radim Kočí, koci@prerovskydenik.example, "
                                "tel. +420 581 203 447 (redakce), mobil 728 940 311",
                            ],
                        ],
                        "widths": [110, 330],
                    },
                    "V Přerově 10. 9. 2025<br/>Ing. Blanka Hudcová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "bl007-flowed-wrap-in-role-sentence",
        "description": "format=flowed: the soft breaks fall inside the sentences that say "
        "which address is for testing and which for production, the test one written first",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Brněnský večerník, s.r.o.",
            I7,
            None,
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.77"],
            "Lukáš Hradil",
            "hradil@brnenskyvecernik.example",
            "+420775312980",
        ),
        "from": "Lukáš Hradil <hradil@brnenskyvecernik.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\n"
        "obracím se na Vás jménem společnosti Brněnský večerník, s.r.o. \n"
        f"(IČO {I7}) s žádostí o přístup k XML výstupu s výsledky voleb. Pro \n"
        "testování budeme používat adresu 198.51.100.77, produkční provoz \n"
        "poběží z adres 198.51.100.70 a \n"
        "198.51.100.71.\n\n"
        "Kontaktní osoba: Lukáš Hradil, tel. 775 312 980.\n\n"
        "Děkuji\n"
        "Lukáš Hradil\n"
        "vedoucí vývoje\n",
    },
    {
        "id": "bl008-uk-english-ipv6-uk-mobile",
        "description": "English from a UK publisher: IPv6 production and test servers, filming "
        "by a reporter who is not the contact, the contact's mobile in UK national format "
        "(07700 …) with the country only in the signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Northgate News Ltd",
            None,
            None,
            ["2001:db8:7a1::20", "2001:db8:7a1::21"],
            ["2001:db8:7a1:ff::5"],
            "Hannah Whitfield",
            "h.whitfield@northgatenews.example",
            "+447700900412",
        ),
        "from": "Hannah Whitfield <h.whitfield@northgatenews.example>",
        "subject": "Election results feed + filming request",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\n"
        "I am writing on behalf of Northgate News Ltd, a regional news publisher, to ask "
        "for two things ahead of the Czech parliamentary elections:\n\n"
        "1) access to your live results feed (XML). Our servers are 2001:db8:7a1::20 and "
        "2001:db8:7a1::21 (production); please also whitelist 2001:db8:7a1:ff::5 for "
        "testing.\n"
        "2) permission for our reporter Daniel Oakes and a camera operator to film at one "
        "of your collection points in Prague on election night.\n\n"
        "Please direct any questions to me. I'm best reached on my mobile, 07700 900412.\n\n"
        "Kind regards,\n\n"
        "Hannah Whitfield\n"
        "Foreign Desk Editor\n"
        "Northgate News Ltd, 14 Wellington Street, Leeds, United Kingdom\n",
    },
    {
        "id": "bl009-windows1250-three-people-signature",
        "description": "windows-1250 8bit Outlook mail sent from the newsroom address; the "
        "signature lists three people with their own e-mails and phones and the text points "
        "to the IT man among them as the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Zlínský expres a.s.",
            I9,
            None,
            ["203.0.113.161", "203.0.113.162"],
            ["203.0.113.170"],
            "Vojtěch Zedník",
            "zednik@zlinskyexpres.example",
            "+420608552913",
        ),
        "from": "Redakce Zlínský expres <redakce@zlinskyexpres.example>",
        "subject": "Přístup k výsledkům voleb – Zlínský expres",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        f"Zlínský expres a.s., IČO {I9}, žádá o přístup k průběžným výsledkům voleb na "
        "dedikovaném serveru. Produkční adresy 203.0.113.161, 203.0.113.162, testovací "
        "203.0.113.170.\n"
        "Technické záležitosti za nás řeší pan Zedník (viz níže), obracejte se prosím na "
        "něj.\n\n"
        "S pozdravem\n\n"
        "Mgr. Alena Šimková – šéfredaktorka – simkova@zlinskyexpres.example – 777 410 225\n"
        "Vojtěch Zedník – IT a provoz webu – zednik@zlinskyexpres.example – 608 552 913\n"
        "Kateřina Vlčková – asistentka redakce – redakce@zlinskyexpres.example – "
        "577 004 120\n",
    },
    {
        "id": "bl010-android-slovak-photographer",
        "description": "Slovak freelance photographer typing on Android without diacritics: "
        "photos only, data declined, his Slovak mobile in national format (0907 …) said to "
        "be Slovak",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Marek Ondrejka",
            None,
            None,
            [],
            [],
            "Marek Ondrejka",
            "ondrejka.foto@posta.example",
            "+421907512334",
        ),
        "from": "Marek Ondrejka <ondrejka.foto@posta.example>",
        "subject": "povolenie fotit volby",
        "headers": SAMSUNG,
        "body": "Dobry den,\n"
        "som fotograf na volnej nohe (fotim pre viacere slovenske weby) a chcel by som "
        "poprosit o povolenie fotografovat vo volebnu noc na vasom pracovisku v Brne. "
        "Ziadny pristup k datam nepotrebujem, len foto.\n"
        "Moje cislo je 0907 512 334 (slovenske, volat mozete kedykolvek)\n"
        "Dakujem\n"
        "Marek Ondrejka\n\n"
        "Odoslané zo zariadenia Samsung Galaxy\n",
    },
    {
        "id": "bl011-gmail-html-only-cidr",
        "description": "HTML-only Gmail mail with a comma display name: a /30 production block "
        "in a small table beside one test address, the contact's phone in the gmail "
        "signature div",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "DataNoviny z.ú.",
            I11,
            None,
            ["192.0.2.200", "192.0.2.201", "192.0.2.202", "192.0.2.203"],
            ["192.0.2.210"],
            "Filip Holub",
            "filip.holub@datanoviny.example",
            "+420702118364",
        ),
        "from": '"Holub, Filip" <filip.holub@datanoviny.example>',
        "subject": "přístup k XML s výsledky",
        "headers": GMAIL,
        "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
        f"<div>za DataNoviny z.ú. (IČO {I11}) prosím o přístup k výsledkům voleb přes "
        "XML. Adresy:</div><div><br></div>"
        '<table style="border-collapse:collapse"><tbody>'
        "<tr><td>produkce</td><td>192.0.2.200/30</td></tr>"
        "<tr><td>test</td><td>192.0.2.210</td></tr>"
        "</tbody></table><div><br></div>"
        "<div>Díky!</div><div><br></div>"
        '<div><div dir="ltr" class="gmail_signature">Filip Holub<br>datový novinář, '
        "DataNoviny<br>+420 702 118 364</div></div></div>",
    },
    {
        "id": "bl012-roundcube-reply-press-release",
        "description": "reply to the office's quoted press release, which carries the office's "
        "IČO, box, phone and czso.cz address; the applicant has no test address and will "
        "test on production",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Týdeník Podřipsko, spol. s r.o.",
            I12,
            None,
            ["198.19.7.30"],
            [],
            "Simona Krejčí",
            "krejci@tydenikpodripsko.example",
            "+420724660318",
        ),
        "from": "Simona Krejčí <krejci@tydenikpodripsko.example>",
        "to": "infoservis@czso.cz",
        "subject": "Re: TZ: Výsledky voleb pro média",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "na základě níže uvedené tiskové zprávy se hlásíme o přístup. Týdeník Podřipsko, "
        f"spol. s r.o., IČO {I12}. IP produkce 198.19.7.30, testovací žádnou nemáme, "
        "zkoušet budeme rovnou na produkci. Kontakt Simona Krejčí, 724 660 318.\n\n"
        "-- \nSimona Krejčí\nTýdeník Podřipsko\n\n"
        "Dne 2025-09-01 09:00, Tiskové oddělení ČSÚ napsal:\n"
        "> TISKOVÁ ZPRÁVA\n"
        "> Český statistický úřad zpřístupní médiím průběžné výsledky voleb do\n"
        "> Poslanecké sněmovny ve formátu XML na dedikovaném serveru. Žádosti s IP\n"
        "> adresami (nejvýše 5 produkčních a 5 testovacích) a kontaktní osobou zasílejte\n"
        "> do 19. září e-mailem nebo do datové schránky 2gfaasy.\n"
        ">\n"
        "> Kontakt pro média: tiskové oddělení, tel. +420 274 052 733,\n"
        "> e-mail infoservis@czso.cz\n"
        "> Český statistický úřad | IČO 00025593 | Na padesátém 81, 100 82 Praha 10\n",
    },
    {
        "id": "bl013-zimbra-eml-forward-mobile-in-cover",
        "description": "the assistant forwards the editor's mail as an attached .eml: the "
        "application is inside, the cover adds the contact's mobile, preferred to the "
        "newsroom line the inner mail gives",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Hanácký hlas s.r.o.",
            I13,
            None,
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.219"],
            "Aleš Doležal",
            "dolezal@hanackyhlas.example",
            "+420731225906",
        ),
        "from": "Petra Malá <mala@hanackyhlas.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "v příloze přeposílám žádost našeho šéfredaktora, který je teď na cestách. Kontakt "
        "na něj je v původní zprávě, telefonicky ho ale zastihnete spíš na mobilu "
        "731 225 906.\n\n"
        "Petra Malá\nasistentka redakce\n",
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "bl013-inner",
                    "from": "Aleš Doležal <dolezal@hanackyhlas.example>",
                    "to": "Petra Malá <mala@hanackyhlas.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": "Dobrý den,\n\n"
                    f"za Hanácký hlas s.r.o., IČO {I13}, žádáme o přístup k XML "
                    "s výsledky voleb a o povolení natáčet ve volební noc na pracovišti ČSÚ "
                    "v Olomouci.\n"
                    "Produkce: 203.0.113.210 a 203.0.113.211\n"
                    "Test: 203.0.113.219\n"
                    "Kontaktní osoba: Aleš Doležal, dolezal@hanackyhlas.example, "
                    "tel. 585 220 114 (redakce)\n\n"
                    "Aleš Doležal\nšéfredaktor\n",
                },
            )
        ],
    },
    {
        "id": "bl014-austrian-german-mobile",
        "description": "German from an Austrian publisher: Produktiv/Test labels, filming "
        "explicitly not needed, the contact's mobile in Austrian national format (0664 …) "
        "with the country in the sentence naming the firm",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donaublick Medien GmbH",
            None,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.190", "198.51.100.191"],
            "Katharina Wimmer",
            "k.wimmer@donaublick.example",
            "+436643812207",
        ),
        "from": "Katharina Wimmer <k.wimmer@donaublick.example>",
        "subject": "Antrag: Zugang zu den Wahlergebnissen (XML)",
        "headers": MAC_OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "die Donaublick Medien GmbH mit Sitz in Linz (Österreich) ersucht um Zugang zum "
        "XML-Ergebnisdienst für die tschechischen Parlamentswahlen.\n\n"
        "Produktiv: 198.51.100.180, 198.51.100.181\n"
        "Test: 198.51.100.190, 198.51.100.191\n\n"
        "Eine Drehgenehmigung benötigen wir nicht.\n\n"
        "Ansprechpartnerin: Katharina Wimmer, Tel. 0664 381 2207, "
        "k.wimmer@donaublick.example\n\n"
        "Mit freundlichen Grüßen\n"
        "Katharina Wimmer\n"
        "Online-Redaktion\n",
    },
]
