"""Fifty-seventh held-out part ``cv``, cases cv001–cv014: a phone-typed note without
diacritics, an Outlook HTML-only table, an alternative whose plain part only points to the
HTML, a reply-all thread correcting a colleague's phone, addresses with a port and inside a URL,
a T:/M:/F: signature, roles given by "resp." order, an assistant signing "v zastoupení", a
Gmail inline forward, a data message with a DOCX, an Austrian writing English, a sloppy
Android self-correction, a reply quoting the office's press release and a filming-only
iso-8859-2 mail. Written by hand apart from the extraction rules (see make_fiftyseventh_cv);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyseventh_cv_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
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

I1, I2, I3, I4, I5 = ico("2748193"), ico("0851627"), ico("2960418"), ico("2613095"), ico("0472936")
I6, I7, I8, I9, I10 = ico("2839104"), ico("0716258"), ico("2582730"), ico("2904617"), ico("0637481")
I12, I13, I14 = ico("2790364"), ico("0583172"), ico("2651840")

CASES: list[dict[str, Any]] = [
    {
        "id": "cv001-iphone-note-without-diacritics",
        "description": "typed on a phone without diacritics and in lower case; the From header "
        "spells the sender's name with them; roles as 'produkce'/'test' abbreviations",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Kraj Online s.r.o.",
            I1,
            None,
            ["203.0.113.21", "203.0.113.22"],
            ["203.0.113.29"],
            "Tomáš Kříž",
            "kriz@krajonline.example",
            "+420731220418",
        ),
        "from": "Tomáš Kříž <kriz@krajonline.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "body": "dobry den,\n"
        "prosim o pristup k vysledkum voleb na vasem serveru pro nas web.\n"
        "firma kraj online s.r.o., ico " + I1 + "\n"
        "ip produkce 203.0.113.21 a 203.0.113.22, test 203.0.113.29\n"
        "kdyby neco tak volejte 731 220 418, jsem ted porad v terenu\n"
        "diky\n"
        "tomas kriz\n\n"
        "Odesláno z iPhonu\n",
    },
    {
        "id": "cv002-outlook-html-only-table",
        "description": "HTML-only Outlook mail: a two-column table with the publisher, addresses "
        "in one cell separated by <br>, the contact row 'Nováková Petra' surname first; both "
        "requests",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Mediahouse Pardubice a.s.",
            I2,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Petra Nováková",
            "novakova@mhpardubice.example",
            "+420466512087",
        ),
        "from": "Novakova Petra <novakova@mhpardubice.example>",
        "subject": "Žádost - výsledky voleb + natáčení",
        "headers": OUTLOOK,
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"></head><body lang="CS" style="font-family:Calibri">'
        '<p class="MsoNormal">Dobrý den,</p>'
        '<p class="MsoNormal">na základě výzvy k volbám žádáme o přístup k průběžným '
        "výsledkům ve formátu XML a zároveň o povolení natáčet v den voleb na krajském "
        "pracovišti ČSÚ v Pardubicích (štáb dvou lidí).</p>"
        '<table border="1" cellspacing="0" cellpadding="4">'
        "<tr><td><b>Žadatel</b></td><td>Mediahouse Pardubice a.s.</td></tr>"
        "<tr><td><b>IČO</b></td><td>" + I2 + "</td></tr>"
        "<tr><td><b>IP adresy (produkce)</b></td><td>198.51.100.130<br>198.51.100.131</td></tr>"
        "<tr><td><b>IP adresa (test)</b></td><td>198.51.100.140</td></tr>"
        "<tr><td><b>Kontakt</b></td><td>Nováková Petra</td></tr>"
        "<tr><td><b>Tel.</b></td><td>466 512 087</td></tr>"
        "<tr><td><b>E-mail</b></td><td>novakova@mhpardubice.example</td></tr>"
        "</table>"
        '<p class="MsoNormal">S pozdravem</p>'
        '<p class="MsoNormal">Petra Nováková<br>produkce zpravodajství<br>'
        "Mediahouse Pardubice a.s.</p></body></html>",
    },
    {
        "id": "cv003-alternative-plain-says-see-html",
        "description": "multipart/alternative whose plain part says only 'see the HTML version'; "
        "the HTML part holds the application table with a role column",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Zpravodaj Polabí, z.s.",
            I3,
            None,
            ["192.0.2.70", "192.0.2.71", "192.0.2.72"],
            ["192.0.2.79"],
            "Ondřej Svoboda",
            "svoboda@zpravodajpolabi.example",
            "+420608441902",
        ),
        "from": "Ondřej Svoboda <svoboda@zpravodajpolabi.example>",
        "subject": "Přihláška k odběru výsledků",
        "headers": APPLE,
        "body": "Tato zpráva je ve formátu HTML, zobrazte si prosím HTML verzi.\n",
        "html": "<html><body><div>Dobrý den,</div><div><br></div>"
        "<div>posíláme přihlášku k odběru výsledků voleb (XML na dedikovaném serveru). "
        "Žadatel: <b>Zpravodaj Polabí, z.s.</b>, IČO " + I3 + ".</div><div><br></div>"
        '<table style="border-collapse:collapse" border="1">'
        "<thead><tr><th>IP adresa</th><th>Účel</th></tr></thead><tbody>"
        "<tr><td>192.0.2.70</td><td>produkce</td></tr>"
        "<tr><td>192.0.2.71</td><td>produkce</td></tr>"
        "<tr><td>192.0.2.72</td><td>produkce (záloha)</td></tr>"
        "<tr><td>192.0.2.79</td><td>test</td></tr>"
        "</tbody></table><div><br></div>"
        "<div>Kontaktní osoba: Ondřej Svoboda, svoboda@zpravodajpolabi.example, "
        "+420 608 441 902</div><div><br></div><div>Děkuji, O. Svoboda</div></body></html>",
    },
    {
        "id": "cv004-reply-all-colleague-corrects-phone",
        "description": "reply-all: a second editor of the same newsroom writes on top that the "
        "quoted application from her colleague has his mobile with two digits swapped; the "
        "contact stays the colleague, with the corrected phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Týdeník Horácko, s.r.o.",
            I4,
            None,
            ["198.51.100.88"],
            ["198.51.100.89"],
            "Petr Holub",
            "holub@horacko.example",
            "+420602118930",
        ),
        "from": "Lenka Musilová <musilova@horacko.example>",
        "to": "podatelna@czso.cz",
        "cc": "Petr Holub <holub@horacko.example>",
        "subject": "Re: Žádost o přístup k výsledkům voleb - Týdeník Horácko",
        "headers": TBIRD + [("In-Reply-To", "<f3a1-holub@horacko.example>")],
        "body": "Dobrý den,\n\n"
        "omlouvám se, že se vkládám – Petr má v podpisu překlep v mobilu. Správně je "
        "602 118 930 (ne 602 118 390). Jinak vše platí.\n\n"
        "Lenka Musilová\nzástupkyně šéfredaktora\n\n"
        "Dne 14. 9. 2025 v 9:12 Petr Holub napsal(a):\n"
        "> Dobrý den,\n"
        ">\n"
        "> za Týdeník Horácko, s.r.o. (IČO " + I4 + ") žádáme o zpřístupnění výsledků\n"
        "> voleb na dedikovaném serveru.\n"
        ">\n"
        "> produkční IP: 198.51.100.88\n"
        "> testovací IP: 198.51.100.89\n"
        ">\n"
        "> Kontaktní osobou jsem já.\n"
        ">\n"
        "> Petr Holub\n"
        "> technik redakce\n"
        "> mobil 602 118 390\n"
        "> holub@horacko.example\n",
    },
    {
        "id": "cv005-addresses-with-port-and-url",
        "description": "the production servers written with a port (192.0.2.10:443) and the "
        "test environment only as a URL (https://198.51.100.5/feed)",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Datalab Brno s.r.o.",
            I5,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["198.51.100.5"],
            "Marek Pospíšil",
            "pospisil@datalabbrno.example",
            "+420739004561",
        ),
        "from": "Marek Pospisil <pospisil@datalabbrno.example>",
        "subject": "whitelist pro volební XML",
        "headers": ROUNDCUBE,
        "body": "Ahoj / dobrý den,\n\n"
        "jsme malá firma, která dělá volební grafiku pro několik regionálních webů, a rádi "
        "bychom letos brali výsledky přímo od vás. Firma: Datalab Brno s.r.o., IČO " + I5 + ".\n\n"
        "Stahovat budou naše dva produkční stroje, v konfiguraci je máme takhle:\n"
        "  192.0.2.10:443\n"
        "  192.0.2.11:443\n"
        "(port je jen náš, pro vás asi nepodstatný)\n\n"
        "Testovací prostředí běží na https://198.51.100.5/feed, tak prosím povolit i tuhle "
        "adresu jako testovací.\n\n"
        "Kontakt: Marek Pospíšil, 739 004 561, pospisil@datalabbrno.example\n\n"
        "Díky moc!\nMarek\n",
    },
    {
        "id": "cv006-signature-t-m-f-lines",
        "description": "the contact's phones only in a signature with T:, M: and F: (fax) lines; "
        "the direct line T: comes first",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Hanácký deník, spol. s r.o.",
            I6,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Radka Šimková",
            "simkova@hanackydenik.example",
            "+420585204110",
        ),
        "from": "Radka Šimková <simkova@hanackydenik.example>",
        "subject": "Volby 2025 - žádost o XML",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "prosíme o přidělení přístupu k výsledkům voleb. Data budeme stahovat z IP "
        "203.0.113.150 a 203.0.113.151, testovat z 203.0.113.160.\n"
        "Kontaktní osobou jsem já, údaje níže.\n\n"
        "S pozdravem\n\n"
        "--\n"
        "Radka Šimková\n"
        "vedoucí IT\n"
        "Hanácký deník, spol. s r.o. | IČO " + I6 + "\n"
        "Palackého 14, 779 00 Olomouc\n"
        "T: +420 585 204 110\n"
        "M: +420 777 310 452\n"
        "F: +420 585 204 119\n"
        "E: simkova@hanackydenik.example\n",
    },
    {
        "id": "cv007-roles-by-resp-order",
        "description": "windows-1250 Seznam mail; one Czech sentence gives the production and "
        "test address by 'resp.' order",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rádio Podbrdsko s.r.o.",
            I7,
            None,
            ["198.51.100.7"],
            ["198.51.100.8"],
            "Jiří Matějka",
            "matejka@radiopodbrdsko.example",
            "+420603557120",
        ),
        "from": "Jiří Matějka <matejka@radiopodbrdsko.example>",
        "subject": "žádost o výsledky",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\n"
        "Rádio Podbrdsko s.r.o. (IČO " + I7 + ") by opět rádo vysílalo průběžné výsledky, "
        "žádáme tedy o přístup k XML. Produkční, resp. testovací adresa je 198.51.100.7, "
        "resp. 198.51.100.8.\n\n"
        "Volejte kdykoli na 603 557 120.\n\n"
        "Jiří Matějka\n",
    },
    {
        "id": "cv008-assistant-v-zastoupeni-it-contact",
        "description": "sent and signed by the director's assistant 'v zastoupení'; the letter "
        "names the IT administrator as the contact with his own phone and e-mail",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Televize Vysočina a.s.",
            I8,
            None,
            ["198.18.20.1", "198.18.20.2"],
            ["198.18.21.1"],
            "Vojtěch Bárta",
            "barta@tvvysocina.example",
            "+420567300215",
        ),
        "from": "Asistentka ředitele <asistentka@tvvysocina.example>",
        "subject": "Televize Vysočina - žádost o zpřístupnění výsledků voleb",
        "headers": OUTLOOK,
        "body": "Vážení,\n\n"
        "Televize Vysočina a.s., IČO " + I8 + ", se sídlem Havlíčkova 40, Jihlava, žádá o "
        "zpřístupnění výsledků voleb v podobě XML pro vysílání volebního studia.\n\n"
        "IP adresy produkčních serverů: 198.18.20.1, 198.18.20.2\n"
        "IP adresa testovacího serveru: 198.18.21.1\n\n"
        "Kontaktní osobou pro technické záležitosti je náš správce sítě pan Vojtěch Bárta, "
        "tel. 567 300 215, e-mail barta@tvvysocina.example.\n\n"
        "S pozdravem\n\n"
        "Mgr. Aleš Kovanda\nředitel\n\n"
        "v zastoupení Jana Vlčková\nasistentka ředitele\ntel. 567 300 200\n",
    },
    {
        "id": "cv009-gmail-inline-forwarded-message",
        "description": "Gmail: a short note above an inline '---------- Forwarded message "
        "---------' from the technician that holds the addresses; the note sender is the "
        "contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Krkonošské noviny s.r.o.",
            I9,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Klára Dušková",
            "duskova@krkonosskenoviny.example",
            "+420736842190",
        ),
        "from": "Klára Dušková <duskova@krkonosskenoviny.example>",
        "subject": "Fwd: IP pro ČSÚ",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "posílám níže adresy od našeho technika. Žádáme o přístup k výsledkům voleb pro "
        "Krkonošské noviny s.r.o., IČO " + I9 + ". Kontaktní osoba jsem já, mobil "
        "736 842 190.\n\n"
        "Klára Dušková\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Pavel Zeman <zeman@krkonosskenoviny.example>\n"
        "Date: út 16. 9. 2025 v 15:40\n"
        "Subject: IP pro ČSÚ\n"
        "To: Klára Dušková <duskova@krkonosskenoviny.example>\n\n\n"
        "Ahoj Kláro,\n"
        "tady jsou ty adresy:\n"
        "ostrý provoz 203.0.113.200 a 203.0.113.201\n"
        "testovací 203.0.113.210\n"
        "P.\n",
    },
    {
        "id": "cv010-databox-docx-application",
        "description": "data message with a bare annotation; the DOCX holds the application "
        "with a table of addresses and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Slezsko, s.r.o.",
            I10,
            "t8kw3pz",
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.70"],
            "Lukáš Hradil",
            "hradil@rtslezsko.example",
            "+420596127034",
        ),
        "databox": box(
            "t8kw3pz",
            "Regionální televize Slezsko, s.r.o.",
            "Nádražní 1102/6, 702 00 Ostrava",
        ),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "docx",
                "zadost_volby_RTS.docx",
                {
                    "header": "Regionální televize Slezsko, s.r.o.",
                    "blocks": [
                        "Český statistický úřad",
                        "Žádáme o zpřístupnění výsledků voleb ve formátu XML a o povolení "
                        "pořizovat obrazový záznam na pracovišti ČSÚ v Ostravě.",
                        {
                            "rows": [
                                ["Žadatel", "Regionální televize Slezsko, s.r.o., IČO " + I10],
                                ["Produkční IP", "203.0.113.60, 203.0.113.61"],
                                ["Testovací IP", "203.0.113.70"],
                                ["Kontaktní osoba", "Lukáš Hradil"],
                                ["Telefon / e-mail", "596 127 034 / hradil@rtslezsko.example"],
                            ]
                        },
                        "Ing. Zdeňka Fialová, jednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "cv011-austrian-english-ipv6-production",
        "description": "an Austrian broadcaster writing English; an IPv6 and an IPv4 production "
        "address, the IPv6 written uncompressed; Austrian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Medien GmbH",
            None,
            None,
            ["2001:db8:4a0:10::15", "192.0.2.150"],
            ["192.0.2.151"],
            "Stefan Gruber",
            "s.gruber@donauwelle.example",
            "+436641234587",
        ),
        "from": "Stefan Gruber <s.gruber@donauwelle.example>",
        "subject": "Access to election results XML - Donauwelle Medien",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\n"
        "Donauwelle Medien GmbH (Linz, Austria) would like to cover the Czech parliamentary "
        "elections and kindly asks for access to the results server.\n\n"
        "Production: 2001:0db8:04a0:0010:0000:0000:0000:0015 and 192.0.2.150\n"
        "Test: 192.0.2.151\n\n"
        "We do not have a Czech company ID; our Austrian register number is FN 402118k.\n\n"
        "Contact: Stefan Gruber, +43 664 1234587, s.gruber@donauwelle.example\n\n"
        "Best regards,\nStefan Gruber\nHead of Online Desk\n",
    },
    {
        "id": "cv012-android-sloppy-self-correction",
        "description": "sloppy Samsung-phone mail that corrects its own test address two lines "
        "later ('oprava: .45 ne .54')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brněnský večerník s.r.o.",
            I12,
            None,
            ["198.51.100.40", "198.51.100.41"],
            ["198.51.100.45"],
            "Jakub Doležal",
            "dolezal@brnenskyvecernik.example",
            "+420725661384",
        ),
        "from": "Jakub Doležal <dolezal@brnenskyvecernik.example>",
        "subject": "xml vysledky",
        "headers": SAMSUNG,
        "body": "Dobry den, posilam zadost o xml s vysledky, jsme Brněnský večerník s.r.o. "
        "ico " + I12 + ".\n"
        "produkcni 198.51.100.40 + 198.51.100.41, testovaci 198.51.100.54\n"
        "oprava: testovaci je .45 ne .54, spatne jsem to opsal\n"
        "kontakt ja, 725 661 384\n"
        "J. Dolezal\n\n"
        "Odesláno z mého Galaxy\n",
    },
    {
        "id": "cv013-reply-quoting-office-press-release",
        "description": "a reply that quotes the office's press release with its IČO, data box, "
        "phone and czso.cz address; the application itself is short, above the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihočeská mediální, a.s.",
            I13,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Eva Marková",
            "markova@jcmedialni.example",
            "+420387110264",
        ),
        "from": "Eva Marková <markova@jcmedialni.example>",
        "subject": "Re: Tisková zpráva - zpřístupnění výsledků voleb médiím",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\n"
        "reaguji na Vaši tiskovou zprávu. Jihočeská mediální, a.s., IČO " + I13 + ", žádá "
        "o přístup: produkční IP 203.0.113.90, testovací IP 203.0.113.91. Kontakt: Eva "
        "Marková, 387 110 264, markova@jcmedialni.example.\n\n"
        "Děkuji\nEva Marková\n\n"
        "-----Původní zpráva-----\n"
        "Od: Tiskové oddělení ČSÚ <infoservis@czso.cz>\n"
        "Předmět: Tisková zpráva - zpřístupnění výsledků voleb médiím\n\n"
        "> Český statistický úřad (IČO 00025593, datová schránka 2gfaasy) zpřístupní\n"
        "> sdělovacím prostředkům průběžné výsledky voleb ve formátu XML. Žádosti\n"
        "> zasílejte na podatelna@czso.cz. Dotazy: +420 274 052 733, www.czso.cz.\n",
    },
    {
        "id": "cv014-filming-only-iso-8859-2",
        "description": "iso-8859-2 mail asking only to film; a crew of three named, the producer "
        "is the contact; the feed is explicitly not wanted",
        "style": Style.SIGNATURE,
        "labels": L(
            [FILM],
            "Filmová dílna Ostrov s.r.o.",
            I14,
            None,
            [],
            [],
            "Barbora Horká",
            "horka@fdostrov.example",
            "+420777902315",
        ),
        "from": "Barbora Horká <horka@fdostrov.example>",
        "subject": "Povolení k natáčení - volební noc",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\n"
        "připravujeme dokument o volební noci a prosíme o povolení natáčet na pracovišti "
        "ČSÚ v Karlových Varech. Data z XML nepotřebujeme.\n\n"
        "Štáb: Barbora Horká (produkce, kontakt), Roman Šíma (kamera), Ivo Brabec (zvuk).\n\n"
        "Barbora Horká\nprodukce\nFilmová dílna Ostrov s.r.o., IČO " + I14 + "\n"
        "mob. 777 902 315\n",
    },
]
