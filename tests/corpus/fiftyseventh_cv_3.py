"""Fifty-seventh held-out part ``cv``, cases cv029–cv042: a chatty Centrum mail testing from
production, a data message from a natural person in business with an RTF, an HTML-only Zimbra
ANO/NE form, a Slovenian writing English with IPv6, a reply withdrawing its own filming
request, an iPhone inline forward in 8bit, a written range, a data message with a PDF and a
DOCX, a DIČ-only Android mail, a British crew in base64, an HTML-only OWA table with the contact
in capitals, a reply quoting the office's identifiers with the applicant's box in the
signature, a DOCX behind a cover that changes the mobile and a sloppy mail replacing an old
address. Written by hand apart from the extraction rules (see make_fiftyseventh_cv); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyseventh_cv_common import (
    ANDROID_GMAIL,
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I33 = ico("2739018"), ico("7614052"), ico("2816473"), ico("0528196")
I34, I35, I36, I37 = ico("2697301"), ico("0613849"), ico("2574186"), ico("2920573")
I39, I40, I41, I42 = ico("0847265"), ico("2765390"), ico("0590734"), ico("2628417")

CASES: list[dict[str, Any]] = [
    {
        "id": "cv029-centrum-chatty-test-from-production",
        "description": "chatty Centrum mail mixing small talk with both requests; the writer "
        "will test from the production address, so no test address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Rádio Valašsko s.r.o.",
            I29,
            None,
            ["198.18.30.12"],
            [],
            "Zdeněk Orság",
            "orsag@radiovalassko.example",
            "+420604995127",
        ),
        "from": "Zdeněk Orság <orsag@radiovalassko.example>",
        "subject": "zase volby :)",
        "headers": CENTRUM,
        "body": "Dobrý den, zdravím do Prahy,\n\n"
        "tak jsou tu zase volby a my v Rádiu Valašsko s.r.o. (IČO " + I29 + ") bychom "
        "rádi zase vysílali výsledky naživo. Loni to fungovalo skvěle, díky! Letos "
        "bychom chtěli XML na adresu 198.18.30.12 – testovat budeme rovnou z ní, žádnou "
        "zvláštní testovací nemáme. A kolega by se rád přijel podívat s kamerou na vaše "
        "pracoviště ve Zlíně, jestli by to šlo povolit.\n\n"
        "Kdyby něco, jsem na 604 995 127.\n\n"
        "Mějte se hezky\nZdeněk Orság\n",
    },
    {
        "id": "cv030-databox-natural-person-rtf",
        "description": "data message from a natural person in business (box type 40); the RTF "
        "names his news website, but he applies as himself",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Radim Horák",
            I30,
            "h7rq4dx",
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Radim Horák",
            "radim@jesenicko24.example",
            "+420737612048",
        ),
        "databox": box("h7rq4dx", "Radim Horák", "Lipová 58, 790 01 Jeseník", kind=40),
        "subject": "Žádost o XML výsledky voleb",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Radim Horák, IČO " + I30 + ", Lipová 58, 790 01 Jeseník",
                    "Provozuji zpravodajský web Jesenicko24 a žádám o zpřístupnění "
                    "výsledků voleb ve formátu XML.",
                    [
                        ["Produkční IP", "203.0.113.240"],
                        ["Testovací IP", "203.0.113.241"],
                        ["Kontakt", "radim@jesenicko24.example, 737 612 048"],
                    ],
                    "Radim Horák",
                ],
            )
        ],
    },
    {
        "id": "cv031-zimbra-html-only-ano-ne-form",
        "description": "HTML-only Zimbra mail with an ANO/NE table: the feed ANO, the filming "
        "NE; the contact row gives a landline and a mobile side by side",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Domažlický deník, s.r.o.",
            I31,
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.49"],
            "Kamila Tichá",
            "ticha@domazlickydenik.example",
            "+420379402118",
        ),
        "from": "Kamila Tichá <ticha@domazlickydenik.example>",
        "subject": "Žádost o přístup - volby",
        "headers": ZIMBRA,
        "html": '<html><body><div style="font-family: arial, helvetica, sans-serif; '
        'font-size: 12pt; color: #000000"><div>Dobrý den,</div><div>v tabulce posílám '
        "naši žádost.</div>"
        '<table border="1" style="border-collapse:collapse">'
        '<tr><td>Žadatel</td><td colspan="2">Domažlický deník, s.r.o., IČO ' + I31 + "</td></tr>"
        "<tr><td>Přístup k výsledkům (XML)</td><td>ANO</td><td></td></tr>"
        "<tr><td>Natáčení na pracovišti ČSÚ</td><td></td><td>NE</td></tr>"
        '<tr><td>IP produkce</td><td colspan="2">192.0.2.40; 192.0.2.41</td></tr>'
        '<tr><td>IP test</td><td colspan="2">192.0.2.49</td></tr>'
        '<tr><td>Kontakt</td><td colspan="2">Kamila Tichá, tel. 379 402 118, mobil '
        "605 227 310, ticha@domazlickydenik.example</td></tr>"
        "</table><div><br></div><div>Kamila Tichá</div></div></body></html>",
    },
    {
        "id": "cv032-slovenian-english-ipv6",
        "description": "a Slovenian portal writing English; IPv6 production and test addresses, "
        "one production address written out with all its zero groups; Slovenian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Obzorje Medij d.o.o.",
            None,
            None,
            ["2001:db8:5e::1", "2001:db8:5e::2"],
            ["2001:db8:5e:1::1"],
            "Nina Kovač",
            "nina.kovac@obzorje.example",
            "+38641552307",
        ),
        "from": "Nina Kovač <nina.kovac@obzorje.example>",
        "subject": "Czech elections - XML results access",
        "headers": APPLE,
        "body": "Hello,\n\n"
        "Obzorje Medij d.o.o. from Ljubljana would like to receive the Czech election results "
        "feed. We only use IPv6.\n\n"
        "production servers: 2001:db8:5e:0:0:0:0:1, 2001:db8:5e::2\n"
        "test server: 2001:db8:5e:1::1\n\n"
        "Contact: Nina Kovač, +386 41 552 307\n\n"
        "Lep pozdrav / Best regards\nNina Kovač\n",
    },
    {
        "id": "cv033-reply-withdraws-own-filming-request",
        "description": "Apple Mail reply to her own earlier mail (quoted) which asked for both; "
        "now the filming is cancelled, the feed stays",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zlínský magazín s.r.o.",
            I33,
            None,
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.229"],
            "Veronika Šustková",
            "sustkova@zlinskymagazin.example",
            "+420739118402",
        ),
        "from": "Veronika Šustková <sustkova@zlinskymagazin.example>",
        "subject": "Re: Žádost - XML a natáčení",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "ještě upřesnění: natáčení na Vašem pracovišti nakonec rušíme, štáb nemáme. "
        "Přístup k XML ale prosím ponechte.\n\n"
        "Veronika Šustková\n\n"
        "> 15. 9. 2025 v 11:20, Veronika Šustková <sustkova@zlinskymagazin.example>:\n"
        "> \n"
        "> Dobrý den,\n"
        "> Zlínský magazín s.r.o., IČO " + I33 + ", žádá o přístup k výsledkům voleb\n"
        "> (XML) a o povolení natáčet na pracovišti ČSÚ ve Zlíně.\n"
        "> Produkční IP: 198.51.100.220, 198.51.100.221\n"
        "> Testovací IP: 198.51.100.229\n"
        "> Kontakt: Veronika Šustková, 739 118 402\n",
    },
    {
        "id": "cv034-iphone-inline-forward-8bit",
        "description": "8bit iPhone mail: the editor forwards her boss's application inline "
        "('Začátek přeposílané zprávy:') and says she is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Příbramský občasník, s.r.o.",
            I34,
            None,
            ["203.0.113.130"],
            ["203.0.113.131"],
            "Jitka Mrázová",
            "mrazova@pribramskyobcasnik.example",
            "+420720338415",
        ),
        "from": "Jitka Mrázová <mrazova@pribramskyobcasnik.example>",
        "subject": "Fwd: žádost ČSÚ",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "Dobrý den, posílám žádost od pana ředitele. Kontaktní osoba budu já, "
        "tel 720 338 415.\nJ. Mrázová\n\n"
        "Odesláno z iPhonu\n\n"
        "Začátek přeposílané zprávy:\n\n"
        "> Od: Karel Rys <rys@pribramskyobcasnik.example>\n"
        "> Datum: 16. září 2025 v 8:05:44 SELČ\n"
        "> Komu: Jitka Mrázová <mrazova@pribramskyobcasnik.example>\n"
        "> Předmět: žádost ČSÚ\n"
        "> \n"
        "> Jitko, přepošli prosím na ČSÚ. Příbramský občasník, s.r.o., IČO " + I34 + ",\n"
        "> žádá o přístup k výsledkům voleb, produkce 203.0.113.130, test 203.0.113.131.\n"
        "> K.R.\n",
    },
    {
        "id": "cv035-outlook-written-range",
        "description": "production addresses as a written range with an en dash, the test "
        "address after 'a pro testy'",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Plzeňská mediální agentura a.s.",
            I35,
            None,
            ["198.18.10.1", "198.18.10.2", "198.18.10.3", "198.18.10.4"],
            ["198.18.10.9"],
            "Roman Kopecký",
            "kopecky@pma.example",
            "+420377455012",
        ),
        "from": "Roman Kopecký <kopecky@pma.example>",
        "subject": "Žádost o přístup k výsledkům voleb - PMA",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "Plzeňská mediální agentura a.s. (IČO " + I35 + ") žádá o zpřístupnění volebních "
        "výsledků. Stahovat budeme z rozsahu 198.18.10.1 – 198.18.10.4 a pro testy z "
        "198.18.10.9.\n\n"
        "Kontakt: Roman Kopecký, 377 455 012.\n\n"
        "S pozdravem\nRoman Kopecký\nIT správa\n",
    },
    {
        "id": "cv036-databox-pdf-and-docx-power-of-attorney",
        "description": "data message with two files: the PDF application and a DOCX power of "
        "attorney naming another person (not the contact)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Středočeská televizní, a.s.",
            I36,
            "s3cw8tv",
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.169"],
            "Martin Vacek",
            "vacek@stctv.example",
            "+420326711904",
        ),
        "databox": box(
            "s3cw8tv", "Středočeská televizní, a.s.", "Jiráskova 7, 293 01 Mladá Boleslav"
        ),
        "subject": "Žádost o zpřístupnění výsledků a povolení natáčení",
        "attachments": [
            (
                "pdf",
                "zadost_STC.pdf",
                [
                    "Středočeská televizní, a.s. | IČO " + I36 + " | ID DS s3cw8tv",
                    "Žádáme o zpřístupnění výsledků voleb (XML) a o povolení natáčet na "
                    "pracovišti ČSÚ v Praze.",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.160, 192.0.2.161"],
                            ["Testovací IP", "192.0.2.169"],
                            ["Kontaktní osoba", "Martin Vacek, vacek@stctv.example, 326 711 904"],
                        ],
                        "widths": [140, 300],
                    },
                ],
            ),
            (
                "docx",
                "plna_moc.docx",
                {
                    "blocks": [
                        "Plná moc",
                        "Středočeská televizní, a.s. zmocňuje paní Ivanu Zemanovou k podání "
                        "žádosti o povolení natáčení.",
                        "Ing. Pavel Liška, předseda představenstva",
                    ]
                },
            ),
        ],
    },
    {
        "id": "cv037-android-gmail-dic-only",
        "description": "Gmail for Android: only the company's DIČ is given, no IČO line; test "
        "and production given as 'ostra'/'zkusebni' without diacritics",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Liberecký expres s.r.o.",
            I37,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.175"],
            "Ivo Petrák",
            "petrak@libereckyexpres.example",
            "+420775130648",
        ),
        "from": "Ivo Petrák <petrak@libereckyexpres.example>",
        "subject": "pristup volby",
        "headers": ANDROID_GMAIL,
        "body": "Dobry den,\n"
        "Liberecký expres s.r.o., DIČ CZ" + I37 + ", zada o pristup k vysledkum voleb.\n"
        "ostra 203.0.113.170 a .171\n"
        "zkusebni 203.0.113.175\n"
        "Ivo Petrak, 775 130 648\n",
    },
    {
        "id": "cv038-british-crew-base64-film-only",
        "description": "base64 mail from a British documentary crew asking only to film; UK "
        "mobile; no Czech IČO; a fixer in Prague named but not the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Northlight Pictures Ltd",
            None,
            None,
            [],
            [],
            "Oliver Hart",
            "oliver.hart@northlight.example",
            "+447700900418",
        ),
        "from": "Oliver Hart <oliver.hart@northlight.example>",
        "subject": "Filming request - election night",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "body": "Dear CZSO team,\n\n"
        "Northlight Pictures Ltd (London) is producing a documentary on European election "
        "nights. We would like permission to film at your Prague collection point on the "
        "evening of the count. We do not need the results feed.\n\n"
        "Our local fixer, Tereza Malá, will accompany the crew.\n\n"
        "Please reply to me: Oliver Hart, producer, +44 7700 900418\n\n"
        "Many thanks,\nOliver\n",
    },
    {
        "id": "cv039-owa-html-only-contact-in-capitals",
        "description": "HTML-only OWA mail: a table with the contact written 'DVOŘÁK Martin' "
        "surname first in capitals; both requests; a switchboard in the footer",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Východočeská rozhlasová, s.r.o.",
            I39,
            None,
            ["198.51.100.190", "198.51.100.191"],
            ["198.51.100.199"],
            "Martin Dvořák",
            "dvorak@vcrozhlas.example",
            "+420733604158",
        ),
        "from": "Dvořák Martin <dvorak@vcrozhlas.example>",
        "subject": "Žádost: výsledky voleb a natáčení",
        "headers": OWA,
        "html": '<html><body><div style="font-family:Segoe UI">'
        "<p>Dobrý den,</p><p>Východočeská rozhlasová, s.r.o. žádá o přístup k XML "
        "výsledkům a o povolení natáčet na pracovišti v Hradci Králové.</p>"
        '<table border="1"><tr><th>Položka</th><th>Hodnota</th></tr>'
        "<tr><td>IČO</td><td>" + I39 + "</td></tr>"
        "<tr><td>IP – produkce</td><td>198.51.100.190<br>198.51.100.191</td></tr>"
        "<tr><td>IP – test</td><td>198.51.100.199</td></tr>"
        "<tr><td>Kontaktní osoba</td><td>DVOŘÁK Martin</td></tr>"
        "<tr><td>Mobil</td><td>733 604 158</td></tr></table>"
        '<p>Děkujeme</p><hr><p style="font-size:9pt">Východočeská rozhlasová, s.r.o. | '
        "ústředna 495 500 100</p></div></body></html>",
    },
    {
        "id": "cv040-reply-quoting-office-identifiers-box-in-signature",
        "description": "Evolution reply: the quoted office mail carries its box 2gfaasy and "
        "IČO 00025593; the applicant's own box and IČO are in the signature",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Ústecký zpravodajský portál, z.ú.",
            I40,
            "u9pk2ne",
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.99"],
            "Šárka Lédlová",
            "ledlova@uzportal.example",
            "+420475228861",
        ),
        "from": "Šárka Lédlová <ledlova@uzportal.example>",
        "subject": "Re: Podání žádosti o přístup k výsledkům",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\n"
        "děkuji za informace, posíláme tedy žádost e-mailem. Žádáme o přístup k výsledkům "
        "voleb: produkční IP 192.0.2.90 a 192.0.2.91, testovací 192.0.2.99. Kontaktní "
        "osobou jsem já.\n\n"
        "Šárka Lédlová\nÚstecký zpravodajský portál, z.ú.\nIČO " + I40 + ", ID datové "
        "schránky u9pk2ne\ntel. 475 228 861\n\n"
        "Dne St, 10. 09. 2025 v 13:47 +0200, Podatelna ČSÚ napsal:\n"
        "> Dobrý den,\n"
        "> žádost můžete podat e-mailem na podatelna@czso.cz nebo datovou zprávou do\n"
        "> schránky 2gfaasy (Český statistický úřad, IČO 00025593).\n"
        "> S pozdravem, podatelna ČSÚ, +420 274 052 733\n",
    },
    {
        "id": "cv041-thunderbird-docx-cover-changes-mobile",
        "description": "Thunderbird cover mail says the mobile in the attached DOCX is wrong and "
        "gives the right one; the DOCX has letterhead and a table",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Karlovarský týdeník s.r.o.",
            I41,
            None,
            ["198.18.80.5", "198.18.80.6"],
            ["198.18.80.9"],
            "Petr Janda",
            "janda@kvtydenik.example",
            "+420728950316",
        ),
        "from": "Petr Janda <janda@kvtydenik.example>",
        "subject": "Žádost o přístup k XML - Karlovarský týdeník",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "v příloze zasílám žádost. V dokumentu je omylem můj starý mobil, správně je "
        "728 950 316.\n\n"
        "Petr Janda\n",
        "attachments": [
            (
                "docx",
                "zadost_KT.docx",
                {
                    "header": "Karlovarský týdeník s.r.o. | T. G. Masaryka 30, Karlovy Vary",
                    "footer": "IČO " + I41,
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb ve formátu XML",
                        {
                            "rows": [
                                ["Produkční IP", "198.18.80.5, 198.18.80.6"],
                                ["Testovací IP", "198.18.80.9"],
                                ["Kontaktní osoba", "Petr Janda"],
                                ["E-mail", "janda@kvtydenik.example"],
                                ["Mobil", "728 590 316"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cv042-seznam-sloppy-old-address-replaced",
        "description": "sloppy Seznam mail about a student radio; one of the addresses is "
        "declared old in an afterthought and replaced by another; production only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Studentské rádio Kampus, z.s.",
            I42,
            None,
            ["203.0.113.33", "203.0.113.36"],
            [],
            "Štěpán Vlk",
            "vlk@radiokampus.example",
            "+420608302517",
        ),
        "from": "Štěpán Vlk <vlk@radiokampus.example>",
        "subject": "volby - studentske radio",
        "headers": SEZNAM,
        "body": "ahoj, teda dobry den :)\n\n"
        "jsme Studentské rádio Kampus, z.s. (IČO " + I42 + ") a chtěli bychom na volební "
        "noc vysílat výsledky, takže prosím o přístup k XML. Adresy: 203.0.113.33 a "
        "203.0.113.35, testovací nemáme.\n"
        "jo a ještě – .35 je stará, už ji nepoužíváme, místo ní 203.0.113.36. sorry.\n\n"
        "Štěpán Vlk, 608 302 517\n",
    },
]
