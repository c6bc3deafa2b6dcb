"""Forty-seventh held-out part ``bo``, cases bo015–bo028: a Hungarian sender writing English,
an HTML-only table with a struck-out old address, an iso-8859-2 letter with IČO and box ID, a
chatty filming-only request, British and Irish senders with national phones, a signed
university mail, a data message with a workbook, a reply quoting the office's question and
signature, a German sender, an SMS-style note correcting its phone, a base64 HTML-only mail, an
ODT behind a Samsung cover and a signature naming two people. Written by hand apart from the
extraction rules (see make_fortyseventh_bo); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyseventh_bo_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I16, I17, I18, I21, I22 = (
    ico("2904618"),
    ico("0739142"),
    ico("2681573"),
    ico("0021669"),
    ico("2518064"),
)
I23, I25, I26, I27, I28 = (
    ico("0391725"),
    ico("2763849"),
    ico("0814370"),
    ico("2957206"),
    ico("0650931"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "bo015-hungarian-english-phone-national",
        "description": "a Hungarian portal writes English; the contact signs surname first and "
        "gives her mobile as 06 30 … without +36 (Budapest in the signature)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Hírpont Média Kft.",
            None,
            None,
            ["203.0.113.171", "203.0.113.172"],
            ["203.0.113.180"],
            "Fekete Zsófia",
            "fekete.zsofia@hirpont.example",
            "+36304182957",
        ),
        "from": "Fekete Zsófia <fekete.zsofia@hirpont.example>",
        "subject": "Request: election results XML access",
        "headers": OUTLOOK,
        "body": "Hello,\n\nHírpont Média Kft. would like to request access to your election "
        "results server (XML) for the upcoming Czech election. Our production IPs are "
        "203.0.113.171 and 203.0.113.172, test IP is 203.0.113.180.\n\nContact: me, "
        "phone 06 30 418 2957.\n\nThank you and kind regards,\nFekete Zsófia\n"
        "foreign desk, Hírpont Média Kft.\nVáci út 62, 1133 Budapest\n",
    },
    {
        "id": "bo016-html-only-struck-old-address",
        "description": "HTML-only Zimbra mail with a table where last year's production "
        "address is struck out (<s>) and marked 'již nepoužíváme' next to the new one",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Brněnský metropolitní list, s.r.o.",
            I16,
            None,
            ["198.51.100.141"],
            ["198.51.100.145"],
            "Vít Doležal",
            "dolezal@bmlist.example",
            "+420774309215",
        ),
        "from": "Vít Doležal <dolezal@bmlist.example>",
        "subject": "Přístup k výsledkům voleb – BML",
        "headers": ZIMBRA,
        "html": '<html><body><div style="font-family: arial, helvetica, sans-serif;">'
        "<p>Dobrý den,</p><p>Brněnský metropolitní list, s.r.o., IČO " + I16 + ", žádá "
        'o přístup k XML výsledkům. Adresy:</p><table border="1">'
        "<tr><th>role</th><th>adresa</th><th>pozn.</th></tr>"
        "<tr><td>produkce</td><td><s>198.51.100.140</s></td><td>již nepoužíváme</td></tr>"
        "<tr><td>produkce</td><td>198.51.100.141</td><td>nový server</td></tr>"
        "<tr><td>test</td><td>198.51.100.145</td><td></td></tr></table>"
        "<p>Kontakt: Vít Doležal, 774 309 215</p><p>--<br>Vít Doležal<br>vývoj, BML</p>"
        "</div></body></html>\n",
    },
    {
        "id": "bo017-iso-8859-2-letter-box-signature",
        "description": "a formal letter in iso-8859-2 sent 8bit; IČO and the data-box ID only "
        "in the signature block, the contact is the secretary named in the text",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vydavatelství Hanácký posel, spol. s r.o.",
            I17,
            "h2pq7wc",
            ["192.0.2.77", "192.0.2.78"],
            ["192.0.2.79"],
            "Alena Šindelářová",
            "sindelarova@hanackyposel.example",
            "+420585214930",
        ),
        "from": "Vydavatelství Hanácký posel <sekretariat@hanackyposel.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": CENTRUM,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Vážení,\n\ndovolujeme si požádat o zpřístupnění průběžných výsledků voleb "
        "na Vašem dedikovaném serveru. Produkční IP adresy: 192.0.2.77, 192.0.2.78; "
        "testovací IP adresa: 192.0.2.79.\n\nKontaktní osobou je paní Alena Šindelářová, "
        "sindelarova@hanackyposel.example, tel. 585 214 930.\n\nS úctou\n\n"
        "PhDr. Miroslav Kubíček\nředitel\nVydavatelství Hanácký posel, spol. s r.o.\n"
        "Horní náměstí 12, 779 00 Olomouc\nIČO: " + I17 + " | ID DS: h2pq7wc\n",
    },
    {
        "id": "bo018-chatty-filming-only",
        "description": "a long chatty Seznam mail about a student photo project; only filming, "
        "says outright it needs no data feed; the contact's number is in the small talk",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Fotoklub Objektiv Kolín, z.s.",
            I18,
            None,
            [],
            [],
            "Eliška Veselá",
            "objektiv.kolin@seznam.example",
            "+420721648305",
        ),
        "from": "Fotoklub Objektiv <objektiv.kolin@seznam.example>",
        "subject": "focení u vás o volbách?",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\njmenuji se Eliška Veselá a vedu Fotoklub Objektiv Kolín, z.s. "
        "(IČO " + I18 + "). Děláme takový dlouhodobý projekt o tom, jak vypadá volební "
        "noc v menším městě, loni jsme fotili na radnici a letos bychom moc rádi nafotili "
        "i vaše pracoviště v Kolíně, kam se nosí výsledky. Šlo by to? Byli bychom tam "
        "tři, bez blesku, nikomu nebudeme překážet :) Žádná data ani server od vás "
        "nepotřebujeme, jen to focení.\n\nKdyžtak mi klidně zavolejte, jsem skoro "
        "pořád na 721 648 305, večer spíš.\n\nDíky moc a hezký den\nEliška Veselá\n",
    },
    {
        "id": "bo019-british-english-mobile-national",
        "description": "a British news agency writes English, mobile as 07700 … without +44; "
        "feed and a camera crew, the contact is the producer, not the signing editor",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Northgate Newswire Ltd",
            None,
            None,
            ["198.18.90.20", "198.18.90.21"],
            ["198.18.90.30"],
            "Oliver Pemberton",
            "oliver.pemberton@northgatenews.example",
            "+447700900418",
        ),
        "from": "Helen Marsh <helen.marsh@northgatenews.example>",
        "subject": "Czech election - results feed and filming request",
        "headers": APPLE,
        "body": "Dear colleagues,\n\nNorthgate Newswire Ltd would like to (1) receive the "
        "live XML results and (2) film at your central collection point on election "
        "night.\n\nFeed servers: 198.18.90.20, 198.18.90.21 (production), 198.18.90.30 "
        "(staging/test).\n\nOur producer Oliver Pemberton will be your contact for "
        "this - oliver.pemberton@northgatenews.example, mobile 07700 900418.\n\n"
        "Kind regards,\nHelen Marsh\nEurope Editor, Northgate Newswire Ltd, Manchester\n",
    },
    {
        "id": "bo020-irish-iphone-ipv6-production-only",
        "description": "an Irish freelancer on an iPhone: IPv6 production addresses only, "
        "no test, mobile 087 … without +353; works for herself, no company",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Siobhán Keane",
            None,
            None,
            ["2001:db8:3c4::10", "2001:db8:3c4::11"],
            [],
            "Siobhán Keane",
            "skeane@keanereports.example",
            "+353873184629",
        ),
        "from": "Siobhán Keane <skeane@keanereports.example>",
        "subject": "results feed access",
        "headers": IPHONE,
        "body": "Hi there,\n\nI'm a freelance journalist based in Cork covering the Czech "
        "vote for a few Irish outlets. Could I get access to the XML results? I'm only "
        "on IPv6: 2001:db8:3c4::10 and 2001:db8:3c4::11. No separate test box.\n\n"
        "Thanks a mil,\nSiobhán Keane\n087 318 4629\n\nSent from my iPhone\n",
    },
    {
        "id": "bo021-smime-faculty-as-university",
        "description": "an S/MIME-signed mail from a faculty's media lab; the applicant is the "
        "university, the contact the lab's engineer named in the text",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Západočeská technická univerzita",
            I21,
            None,
            ["192.0.2.225", "192.0.2.226"],
            ["192.0.2.230"],
            "Lukáš Brabec",
            "brabec@fzk.zctu.example",
            "+420377631482",
        ),
        "from": "Lukáš Brabec <brabec@fzk.zctu.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": TBIRD,
        "smime": True,
        "body": "Dobrý den,\n\nFakulta žurnalistiky a komunikace Západočeské technické "
        "univerzity (IČO " + I21 + ") připravuje se studenty volební studio. Jménem "
        "univerzity žádám o přístup k XML výsledkům.\n\nprodukční IP: 192.0.2.225, "
        "192.0.2.226\ntestovací IP: 192.0.2.230\n\nKontaktní osoba: Ing. Lukáš Brabec, "
        "tel. 377 631 482\n\nIng. Lukáš Brabec\nmediální laboratoř FŽK\n",
    },
    {
        "id": "bo022-databox-xlsx-cidr",
        "description": "data message with a workbook: production as a /30 block (four "
        "addresses), test on a second sheet with the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediaservis Vysočina a.s.",
            I22,
            "m9vy4tk",
            ["203.0.113.224", "203.0.113.225", "203.0.113.226", "203.0.113.227"],
            ["203.0.113.232"],
            "Petra Holubová",
            "holubova@msvysocina.example",
            "+420733590184",
        ),
        "databox": box("m9vy4tk", "Mediaservis Vysočina a.s.", "Žižkova 15, 586 01 Jihlava"),
        "subject": "Žádost o přístup k výsledkům voleb (viz příloha)",
        "attachments": [
            (
                "xlsx",
                "volby_IP.xlsx",
                [
                    {
                        "title": "Produkce",
                        "rows": [
                            ["Mediaservis Vysočina a.s.", "IČO " + I22],
                            ["Produkční rozsah", "203.0.113.224/30"],
                        ],
                    },
                    {
                        "title": "Test a kontakt",
                        "rows": [
                            ["Testovací IP", "203.0.113.232"],
                            ["Kontakt", "Petra Holubová"],
                            ["Mobil", "733 590 184"],
                            ["E-mail", "holubova@msvysocina.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bo023-reply-to-office-question-with-office-signature",
        "description": "a reply adding the test address the office asked for; the quoted "
        "office mail has the office's phone and box, the production address is in the "
        "quoted original further down",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Chebský kurýr s.r.o.",
            I23,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Roman Pešek",
            "pesek@chebskykuryr.example",
            "+420602738415",
        ),
        "from": "Roman Pešek <pesek@chebskykuryr.example>",
        "subject": "Re: Re: žádost XML - doplnění",
        "headers": OWA,
        "body": "Dobrý den,\ntestovací adresa bude 198.51.100.34.\nR. Pešek\n\n"
        "________________________________\nOd: Podatelna ČSÚ\nOdesláno: 4. září 2025 "
        "11:20\nPředmět: Re: žádost XML\n\nDobrý den, doplňte prosím testovací IP "
        "adresu, případně napište, že ji nepotřebujete.\nS pozdravem\npodatelna\n"
        "Český statistický úřad, IČO 00025593, ID DS 2gfaasy, tel. +420 274 052 733\n\n"
        "________________________________\nOd: Roman Pešek\nOdesláno: 3. září 2025 16:05\n"
        "Předmět: žádost XML\n\nChebský kurýr s.r.o. (IČO " + I23 + ") žádá o přístup "
        "k výsledkům voleb v XML, náš server má IP 198.51.100.33. Kontakt Roman Pešek, "
        "602 738 415.\n",
    },
    {
        "id": "bo024-german-sender-national-mobile",
        "description": "a German regional broadcaster writes German: feed and filming, "
        "mobile 0171 … without +49 (Dresden in the signature), a /31 as two addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Elbland Rundfunk GmbH",
            None,
            None,
            ["192.0.2.18", "192.0.2.19"],
            ["192.0.2.24"],
            "Katrin Vogt",
            "k.vogt@elbland-rundfunk.example",
            "+491714829316",
        ),
        "from": "Katrin Vogt <k.vogt@elbland-rundfunk.example>",
        "subject": "Antrag: Zugang XML-Wahlergebnisse und Drehgenehmigung",
        "headers": GMAIL,
        "body": "Guten Tag,\n\ndie Elbland Rundfunk GmbH beantragt den Zugang zu den "
        "XML-Wahlergebnissen sowie eine Drehgenehmigung für Ihre Sammelstelle in "
        "Ústí nad Labem.\n\nProduktiv: 192.0.2.18/31\nTest: 192.0.2.24\n\n"
        "Ansprechpartnerin: Katrin Vogt, Mobil 0171 4829316\n\nViele Grüße\nKatrin Vogt\n"
        "Elbland Rundfunk GmbH, Königsbrücker Str. 9, 01099 Dresden\n",
    },
    {
        "id": "bo025-sms-lowercase-phone-corrected",
        "description": "lower-case SMS-style note that corrects its own mobile in the last "
        "line ('to cislo je spatne'); filming only",
        "style": Style.SMS,
        "labels": L(
            [FILM],
            "Kamera Kolar s.r.o.",
            I25,
            None,
            [],
            [],
            "david kolar",
            "kolar@kamerakolar.example",
            "+420734816259",
        ),
        "from": "david kolar <kolar@kamerakolar.example>",
        "subject": "nataceni volby",
        "headers": K9,
        "body": "dobry den, kamera kolar s.r.o. ico " + I25 + ", chceme natacet na "
        "pracovisti v liberci o volbach, 2 lidi + kamera. xml nepotrebujem. "
        "volejte 734 816 295\ndavid kolar\n\njo a to cislo je spatne, spravne "
        "734 816 259\n",
    },
    {
        "id": "bo026-html-only-base64-thunderbird",
        "description": "HTML-only mail sent base64: a bullet list with the roles in bold and "
        "one address given with a leading zero ('192.0.2.050')",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Regionální televize Beskydy, o.p.s.",
            I26,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.55"],
            "Zdeněk Polášek",
            "polasek@rtbeskydy.example",
            "+420558631047",
        ),
        "from": "Zdeněk Polášek <polasek@rtbeskydy.example>",
        "subject": "Žádost o XML výsledky voleb",
        "headers": TBIRD,
        "cte": "base64",
        "html": '<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body>'
        "<p>Dobrý den,</p><p>za Regionální televizi Beskydy, o.p.s. (IČO " + I26 + ") "
        "žádám o přístup k výsledkům voleb.</p><ul>"
        "<li><b>produkce:</b> 192.0.2.050, 192.0.2.51</li>"
        "<li><b>test:</b> 192.0.2.55</li></ul>"
        "<p>Kontakt: Zdeněk Polášek, tel. 558 631 047</p>"
        '<div class="moz-signature">-- <br>Zdeněk Polášek<br>technický ředitel<br>'
        "Regionální televize Beskydy, o.p.s.</div></body></html>\n",
    },
    {
        "id": "bo027-samsung-cover-odt",
        "description": "a one-line cover from Samsung Mail, the application in an ODT whose "
        "table lists the contact and the addresses; the sender is only the secretary",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I27,
            None,
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Jaroslav Šimek",
            "simek@podbrdsko.example",
            "+420736419528",
        ),
        "from": "Sekretariát Podbrdsko <sekretariat@podbrdsko.example>",
        "subject": "zadost",
        "headers": SAMSUNG,
        "body": "Posilam zadost v priloze.\n\nOdeslano z meho Galaxy\n",
        "attachments": [
            (
                "odt",
                "zadost_podbrdsko.odt",
                [
                    "Týdeník Podbrdsko s.r.o., IČO " + I27 + ", Příbram",
                    "Žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["produkční IP", "203.0.113.101"],
                        ["testovací IP", "203.0.113.102"],
                        ["kontaktní osoba", "Jaroslav Šimek"],
                        ["e-mail", "simek@podbrdsko.example"],
                        ["telefon", "736 419 528"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bo028-two-names-signature-technical-contact",
        "description": "signed by the editor-in-chief and the web editor together; the text "
        "says technical matters go to the web editor, whose mobile is the second",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Nymburský deník, s.r.o.",
            I28,
            None,
            ["198.18.33.40", "198.18.33.41"],
            ["198.18.33.49"],
            "Jakub Beneš",
            "benes@nymburskydenik.example",
            "+420776208341",
        ),
        "from": "Veronika Malá <mala@nymburskydenik.example>",
        "subject": "Nymburský deník – žádost o přístup k výsledkům",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nNymburský deník, s.r.o., IČO " + I28 + ", žádá o přístup "
        "k výsledkům voleb ve formátu XML z IP 198.18.33.40 a 198.18.33.41 (produkce), "
        "testovat budeme z 198.18.33.49. Technické věci prosím řešte s Jakubem.\n\n"
        "S pozdravem\n\nVeronika Malá, šéfredaktorka, 725 304 118\n"
        "Jakub Beneš, webový editor, benes@nymburskydenik.example, 776 208 341\n",
    },
]
