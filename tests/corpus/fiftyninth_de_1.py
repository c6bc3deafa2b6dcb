"""Fifty-ninth held-out part ``de``, cases de001–de014: a phone-typed note without diacritics,
a chatty Android mail with a range, an Outlook HTML table with a merged role cell, a pasted
screenshot OCR, a reply answering the office's defect notice item by item, a radio night
editor signed with a first name, a group IČO in the signature against the subsidiary's in the
body, a Thunderbird mail wrapped inside "produkční / testovací", a freelance photographer from
a personal Gmail, a data message with a PDF, an HTML-only Seznam table, a forward quoting the
office's press release, an Austrian sender in English and a self-correcting windows-1250 mail.
Written by hand apart from the extraction rules (see make_fiftyninth_de); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyninth_de_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2750418"), ico("3614072"), ico("0582931"), ico("2968154"), ico("0417386")
I6, I7G, I7, I10 = ico("2831960"), ico("2690573"), ico("0748215"), ico("2519307")
I11, I12, I14 = ico("0693128"), ico("2874651"), ico("0526849")

CASES: list[dict[str, Any]] = [
    {
        "id": "de001-iphone-no-diacritics",
        "description": "typed on an iPhone: no diacritics, 'prod'/'test' abbreviations run into "
        "one line, the IČO and phone only in a two-line signature",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Vysocina Dnes s.r.o.",
            I1,
            None,
            ["203.0.113.17"],
            ["203.0.113.18"],
            "Petr Kolar",
            "kolar@vysocinadnes.example",
            "+420604112378",
        ),
        "from": "Petr Kolar <kolar@vysocinadnes.example>",
        "subject": "pristup k vysledkum",
        "headers": IPHONE,
        "body": "Dobry den,\nprosim o pristup k xml s vysledky voleb pro nas web. prod "
        "203.0.113.17 test 203.0.113.18\ndik\n\nPetr Kolar\nVysocina Dnes s.r.o., ICO "
        + I1
        + ", tel 604 112 378\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "de002-android-chatty-range",
        "description": "chatty note from K-9 Mail: feed and filming asked in passing, the "
        "production addresses as a dash range '.40-42', a Slovak mobile, no test address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Denník Záhorie s.r.o.",
            I2,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42"],
            [],
            "Marek Hudec",
            "hudec@dennikzahorie.example",
            "+421905338172",
        ),
        "from": "Marek Hudec <hudec@dennikzahorie.example>",
        "subject": "volby - zase my :)",
        "headers": K9,
        "body": "Ahoj / dobrý den,\n\ntak zase volby, zase my :) Chtěli bychom jako minule "
        "přístup na ten server s XML výsledky, stahovat budeme z 198.51.100.40-42, testovací "
        "stroj letos nemáme. A kolega by rád natočil pár záběrů u vás na pracovišti ve "
        "Znojmě, pokud to půjde.\n\nfirma je pořád Denník Záhorie s.r.o., IČO " + I2 + "\n"
        "kdyby něco, volejte mi na +421 905 338 172\n\nMarek Hudec\n\n--\nOdesláno z K-9 Mail\n",
    },
    {
        "id": "de003-outlook-html-merged-role-cell",
        "description": "HTML-only Outlook mail: the role 'Produkční' sits in a cell merged over two "
        "address rows (rowspan), the test address in a third row; contact in the table",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Polabský zpravodaj, a.s.",
            I3,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.70"],
            "Ivana Marková",
            "markova@polabskyzpravodaj.example",
            "+420725408116",
        ),
        "from": "Marková Ivana <markova@polabskyzpravodaj.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "html": "<html><body><p class=MsoNormal>Dobrý den,</p><p class=MsoNormal>žádáme o "
        "zpřístupnění výsledků voleb ve formátu XML. Údaje níže:</p>"
        "<table border=1 cellpadding=4 style='border-collapse:collapse'>"
        "<tr><td colspan=2><b>Žadatel</b></td><td>Polabský zpravodaj, a.s., IČO "
        + I3
        + "</td></tr>"
        "<tr><td rowspan=2>Produkční</td><td>IP 1</td><td>192.0.2.61</td></tr>"
        "<tr><td>IP 2</td><td>192.0.2.62</td></tr>"
        "<tr><td>Testovací</td><td>IP 1</td><td>192.0.2.70</td></tr>"
        "<tr><td colspan=2>Kontaktní osoba</td><td>Ivana Marková, "
        "markova@polabskyzpravodaj.example, 725 408 116</td></tr></table>"
        "<p class=MsoNormal>S pozdravem</p><p class=MsoNormal>Ivana Marková<br>vedoucí "
        "digitální redakce</p></body></html>",
    },
    {
        "id": "de004-screenshot-ocr-paste",
        "description": "the whole application is OCR text of a pasted screenshot: lines broken "
        "mid-phrase, 'Praha l0' with an l for a 1 (addresses intact), labels and values apart",
        "style": Style.OCR,
        "labels": L(
            [FEED],
            "Mediální dům Úvaly s.r.o.",
            I4,
            None,
            ["198.18.20.5", "198.18.20.6"],
            ["198.18.21.5"],
            "Kristýna Bartáková",
            "bartakova@mduvaly.example",
            "+420739220481",
        ),
        "from": "Kristyna Bartakova <bartakova@mduvaly.example>",
        "subject": "zadost (screenshot)",
        "headers": GMAIL,
        "body": "Dobrý den, formulář mi nejde poslat, tak sem vkládám text ze screenshotu:\n\n"
        "Český statistický úřad\nNa padesátém 81, Praha l0\n\nŽádost o zpřístupnění "
        "průběžných\nvýsledků voleb\n\nŽadatel: Mediální dům Úvaly\ns.r.o.\nIČO: " + I4 + "\n"
        "Produkční IP\nadresy:\n198.18.20.5\n198.18.20.6\nTestovací IP\nadresa:\n"
        "198.18.21.5\nKontaktní\nosoba: Kristýna\nBartáková\nE-mail: "
        "bartakova@mduvaly.example\nTel.: 739 220\n481\n\nDěkuji, K. Bartáková\n",
    },
    {
        "id": "de005-reply-to-defect-notice-items",
        "description": "the applicant answers the office's defect notice point by point under "
        "its quoted numbered list; the addresses only in the quoted original further down, "
        "the office's signature (IČO, phone) quoted too",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Liberecký večerník s.r.o.",
            I5,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Ondřej Šimek",
            "simek@lbvecernik.example",
            "+420777340219",
        ),
        "from": "Ondřej Šimek <simek@lbvecernik.example>",
        "subject": "RE: Výzva k doplnění žádosti – přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nodpovídám k jednotlivým bodům:\n\n> 1. Uveďte prosím IČO "
        "žadatele.\n\n" + I5 + " (Liberecký večerník s.r.o.)\n\n> 2. Která z uvedených "
        "adres je testovací?\n\nTestovací je 203.0.113.91, produkční 203.0.113.90.\n\n> 3. "
        "Doplňte telefon kontaktní osoby.\n\n777 340 219 (Ondřej Šimek, kontakt zůstává "
        "stejný)\n\nDíky\nO. Šimek\n\n-----Original Message-----\nFrom: Podatelna ČSÚ "
        "<podatelna@czso.cz>\nSent: Tuesday, September 9, 2025 10:12 AM\nSubject: Výzva k "
        "doplnění žádosti – přístup k výsledkům voleb\n\nVážený pane Šimku,\nk Vaší žádosti "
        "prosíme o doplnění:\n1. Uveďte prosím IČO žadatele.\n2. Která z uvedených adres je "
        "testovací?\n3. Doplňte telefon kontaktní osoby.\n\nČeský statistický úřad, IČO "
        "00025593, ID DS 2gfaasy\ntel. +420 274 052 733\n\n-----Original Message-----\n"
        "From: Ondřej Šimek <simek@lbvecernik.example>\nSubject: přístup k výsledkům\n\n"
        "Dobrý den, prosíme za Liberecký večerník o přístup k XML výsledkům. Adresy "
        "203.0.113.90 a 203.0.113.91. Kontakt já, Ondřej Šimek.\n",
    },
    {
        "id": "de006-radio-night-editor-first-name",
        "description": "a regional radio's night editor signs only 'Tomáš' with the station "
        "switchboard; one IPv6 production address, nothing for testing",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rádio Podkrkonoší s.r.o.",
            I6,
            None,
            ["2001:db8:4c0::10"],
            [],
            "Tomáš",
            "noc@radiopodkrkonosi.example",
            "+420499300100",
        ),
        "from": "Noční redakce <noc@radiopodkrkonosi.example>",
        "subject": "výsledky do nočního vysílání",
        "headers": ROUNDCUBE,
        "body": "Dobrý večer,\n\npíšu z noční směny, ať to nezapadne: v noci po uzavření "
        "místností vysíláme výsledky živě a chtěli bychom je brát přímo z vašeho XML. "
        "Stahovat bude náš vysílací server 2001:db8:4c0::10 (jen IPv6, nic jiného). "
        "Provozovatel je Rádio Podkrkonoší s.r.o., IČO " + I6 + ".\n\nDíky moc\nTomáš\n"
        "noční redakce, Rádio Podkrkonoší\nústředna 499 300 100\n",
    },
    {
        "id": "de007-group-ico-signature-subsidiary-body",
        "description": "the signature carries the holding's IČO; the body names the subsidiary "
        "as applicant with its own IČO; feed and filming",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Regionální deníky Střed s.r.o.",
            I7,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.130"],
            "Lenka Vávrová",
            "vavrova@mhstred.example",
            "+420602551904",
        ),
        "from": "Vávrová Lenka <vavrova@mhstred.example>",
        "subject": "Žádost – Regionální deníky Střed",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nza naši dceřinou společnost Regionální deníky Střed s.r.o., "
        "IČO " + I7 + ", žádám o přístup k výsledkům voleb v XML a o povolení pro fotografa "
        "a kameramana na krajském pracovišti v Kladně.\n\nProdukční servery: 198.51.100.120, "
        "198.51.100.121\nTestovací: 198.51.100.130\n\nKontaktem jsem já.\n\nS pozdravem\n\n"
        "Lenka Vávrová\nprojektová manažerka\nM: +420 602 551 904\nMediaHolding Střed a.s. | "
        "IČO " + I7G + " | Kladno\n",
    },
    {
        "id": "de008-thunderbird-flowed-role-wrap",
        "description": "format=flowed Thunderbird mail wrapped at 72 columns between "
        "'produkční /' and 'testovací'; the two addresses follow in that order",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Krušnohorský list, z.s.",
            None,
            None,
            ["192.0.2.144"],
            ["192.0.2.145"],
            "Věra Holubová",
            "holubova@krusnohorskylist.example",
            "+420731095862",
        ),
        "from": "Věra Holubová <holubova@krusnohorskylist.example>",
        "subject": "Re: volby 2025 – XML",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\njsme spolek Krušnohorský list, z.s. (IČO nemáme po ruce, "
        "doplním) a \nrádi bychom stahovali výsledky voleb z vašeho serveru. Adresy "
        "(produkční / \ntestovací): 192.0.2.144 / 192.0.2.145.\n\nKontakt: Věra Holubová, "
        "731 095 862\n\n-- \nVěra Holubová\nKrušnohorský list\n",
    },
    {
        "id": "de009-freelance-photographer-gmail",
        "description": "a freelance photographer from a personal Gmail asks only to photograph; "
        "no company, no IČO, no addresses",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Jakub Řezníček",
            None,
            None,
            [],
            [],
            "Jakub Řezníček",
            "jakub.reznicek.foto@gmail.example",
            "+420608447213",
        ),
        "from": "Jakub Řezníček <jakub.reznicek.foto@gmail.example>",
        "subject": "focení ve volební noci",
        "headers": GMAIL,
        "body": "Dobrý den,\n\njsem fotograf na volné noze a rád bych o volební noci "
        "fotografoval na vašem pracovišti v Praze (pro agenturní výběr a vlastní archiv). "
        "Data ani XML nepotřebuji, jen povolení fotit.\n\nDíky a hezký den\nJakub Řezníček\n"
        "608 447 213\nwww.reznicek-foto.example\n",
    },
    {
        "id": "de010-databox-pdf-application",
        "description": "data message with a bare annotation; the PDF carries the application "
        "with a table whose contact is written surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanácký rozhlas s.r.o.",
            I10,
            "h7kq2wd",
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Alena Zedníková",
            "zednikova@hanackyrozhlas.example",
            "+420585112430",
        ),
        "databox": box("h7kq2wd", "Hanácký rozhlas s.r.o.", "Palackého 14, 779 00 Olomouc"),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "pdf",
                "zadost_volby_HR.pdf",
                [
                    "Hanácký rozhlas s.r.o., Palackého 14, 779 00 Olomouc, IČO " + I10,
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    {
                        "rows": [
                            ["Údaj", "Hodnota"],
                            ["Produkční IP", "203.0.113.150, 203.0.113.151"],
                            ["Testovací IP", "203.0.113.160"],
                            ["Kontakt", "Zedníková Alena, zednikova@hanackyrozhlas.example"],
                            ["Telefon", "585 112 430"],
                        ]
                    },
                    "V Olomouci 10. 9. 2025, Mgr. Pavel Slanina, jednatel",
                ],
            )
        ],
    },
    {
        "id": "de011-seznam-html-only-table",
        "description": "HTML-only mail from Seznam webmail: a two-column table with role "
        "headers, filming marked in a sentence under it, phone with spaces and +420",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Brněnský Metropol, s.r.o.",
            I11,
            None,
            ["198.18.40.1"],
            ["198.18.40.9"],
            "Šárka Dvořáková",
            "sarka.dvorakova@brnenskymetropol.example",
            "+420736281905",
        ),
        "from": "Šárka Dvořáková <sarka.dvorakova@brnenskymetropol.example>",
        "subject": "volby - přístup + natáčení",
        "headers": SEZNAM,
        "html": "<div>Dobrý den,</div><div><br></div><div>posílám údaje k žádosti:</div>"
        "<table><tr><th>produkce</th><th>test</th></tr><tr><td>198.18.40.1</td>"
        "<td>198.18.40.9</td></tr></table><div><br></div><div>Zároveň prosíme o povolení "
        "natáčet na pracovišti v Brně.</div><div>Brněnský Metropol, s.r.o., IČO " + I11 + "</div>"
        "<div>Šárka Dvořáková, +420 736 281 905</div>",
    },
    {
        "id": "de012-forward-office-press-release",
        "description": "the editor writes the application above a forwarded ČSÚ press release "
        "that carries the office's IČO, box ID and phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Zlínské listy s.r.o.",
            I12,
            None,
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Radim Pelc",
            "pelc@zlinskelisty.example",
            "+420604920366",
        ),
        "from": "Radim Pelc <pelc@zlinskelisty.example>",
        "subject": "Fwd: Tisková zpráva: zpřístupnění výsledků voleb médiím",
        "headers": GMAIL,
        "body": "Dobrý den,\nna základě níže přeposlané zprávy žádáme o přístup k XML "
        "výsledkům.\nŽadatel: Zlínské listy s.r.o., IČO " + I12 + "\nprodukční IP "
        "192.0.2.201, testovací IP 192.0.2.202\nkontakt Radim Pelc, 604 920 366\n\n"
        "---------- Forwarded message ---------\nOd: Český statistický úřad "
        "<info@czso.cz>\nSubject: Tisková zpráva: zpřístupnění výsledků voleb médiím\n\n"
        "Český statistický úřad zpřístupní průběžné výsledky voleb na dedikovaném serveru. "
        "Žádosti zasílejte do datové schránky 2gfaasy nebo e-mailem. ČSÚ, IČO 00025593, "
        "Na padesátém 81, Praha 10. Informace: +420 274 052 733, www.czso.cz\n",
    },
    {
        "id": "de013-austrian-english-cidr",
        "description": "an Austrian outlet writes English from Apple Mail: production as a /30 "
        "block, one test address, an Austrian mobile, no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenfunk Medien GmbH",
            None,
            None,
            ["198.51.100.224", "198.51.100.225", "198.51.100.226", "198.51.100.227"],
            ["198.51.100.240"],
            "Stefan Gruber",
            "s.gruber@alpenfunk.example",
            "+436641187325",
        ),
        "from": "Stefan Gruber <s.gruber@alpenfunk.example>",
        "subject": "Election results feed - access request",
        "headers": APPLE,
        "body": "Dear colleagues,\n\nAlpenfunk Medien GmbH (Linz) would like to request "
        "access to your election results XML feed for our cross-border coverage.\n\n"
        "Production: 198.51.100.224/30\nTest: 198.51.100.240\n\nPlease contact me for any "
        "technical questions.\n\nBest regards,\nStefan Gruber\nHead of Data Desk\n"
        "Mobile +43 664 1187325\n",
    },
    {
        "id": "de014-windows1250-self-correction",
        "description": "windows-1250 Roundcube mail that corrects its own production address "
        "two lines later; the signature names three people, the contact named explicitly",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jihočeský týden, spol. s r.o.",
            I14,
            None,
            ["203.0.113.71"],
            ["203.0.113.80"],
            "Filip Brož",
            "broz@jihoceskytyden.example",
            "+420387441092",
        ),
        "from": "Redakce Jihočeský týden <redakce@jihoceskytyden.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": ROUNDCUBE,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb.\nProdukční IP: "
        "203.0.113.70\nTestovací IP: 203.0.113.80\nOprava – produkční je 203.0.113.71, "
        "v předchozím řádku překlep.\n\nKontaktní osobou je Filip Brož (IT), "
        "broz@jihoceskytyden.example, tel. 387 441 092.\n\nS pozdravem\nJihočeský týden, spol. "
        "s r.o., IČO " + I14 + "\nMartina Kubů, šéfredaktorka | Filip Brož, IT | Josef "
        "Hrubý, vydavatel\n",
    },
]
