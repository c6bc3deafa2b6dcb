"""Twenty-fifth held-out part ``sa``, cases sa001–sa014: a phone-typed note, an Outlook-on-the-web
HTML table, a reply quoting the office's request for more data over the applicant's original,
a correction in a postscript, a Polish sender with "respectively", a data message with the
application in the annotation, a signature with three people, a forwarded IT mail, a filming-only
request, an ano/ne table, a Slovak freelancer, a netmask block beside a version number, a data
message with a ticked form and an old address dropped. Written by hand apart from the extraction
rules (see make_twentyfifth_sa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfifth_sa_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2741583"), ico("0617294"), ico("2859106"), ico("2264013")
I6, I7, I8, I9 = ico("2873541"), ico("4615290"), ico("2508372"), ico("2691147")
I10, I12, I13, I14 = ico("0739218"), ico("2817465"), ico("0027935"), ico("2947310")

CASES: list[dict[str, Any]] = [
    {
        "id": "sa001-iphone-quick-note",
        "description": "three lines typed on an iPhone, half without diacritics, 'ostrá' in "
        "brackets after the first address, IČ glued to the name",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Podřipské listy s.r.o.",
            I1,
            None,
            ["203.0.113.15"],
            ["203.0.113.16"],
            "Ondřej Kubát",
            "kubat@podripskelisty.example",
            "+420731442908",
        ),
        "from": "Ondřej Kubát <kubat@podripskelisty.example>",
        "subject": "pristup xml volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, prosim o pristup na ten xml server s vysledky voleb. "
            "Nase adresa 203.0.113.15 (ostrá), testovaci 203.0.113.16\n"
            f"Podřipské listy s.r.o./IČ{I1}\n"
            "Kubát tel 731 442 908\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "sa002-owa-html-row-headers",
        "description": "HTML-only mail from Outlook on the web, roles as row headers, two "
        "addresses in one cell split by <br>, sent by an assistant for a named contact",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Regionální televize Haná, a. s.",
            I2,
            None,
            ["198.51.100.11", "198.51.100.12"],
            ["198.51.100.19"],
            "Lucie Dvořáková",
            "dvorakova@rtvhana.example",
            "+420585331207",
        ),
        "from": "Marie Tichá <ticha@rtvhana.example>",
        "subject": "Žádost o přístup k volebnímu serveru ČSÚ – RTV Haná",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
            '</style></head><body dir="ltr">'
            '<div style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;">'
            "Dobrý den,<br><br>v zastoupení naší vedoucí vysílání posílám žádost o zřízení "
            "přístupu k průběžným výsledkům voleb (XML).<br><br></div>"
            '<table style="border-collapse:collapse" border="1" cellpadding="4">'
            "<tbody>"
            f'<tr><th align="left">Žadatel</th><td>Regionální televize Haná, a. s.</td></tr>'
            f'<tr><th align="left">IČO</th><td>{I2}</td></tr>'
            '<tr><th align="left">Produkční IP adresy</th>'
            "<td>198.51.100.11<br>198.51.100.12</td></tr>"
            '<tr><th align="left">Testovací IP adresy</th><td>198.51.100.19</td></tr>'
            '<tr><th align="left">Kontaktní osoba</th><td>Bc. Lucie Dvořáková, '
            "+420 585 331 207, "
            '<a href="mailto:dvorakova@rtvhana.example">dvorakova@rtvhana.example</a>'
            "</td></tr></tbody></table>"
            '<div style="font-family: Aptos, Arial, sans-serif; font-size: 12pt;"><br>'
            "Děkuji a přeji hezký den<br>Marie Tichá<br>asistentka vedení<br>"
            "RTV Haná | Dolní náměstí 22, 779 00 Olomouc | tel. 585 331 200</div>"
            '<div style="font-size:8pt;color:#808080"><br>Obsah této zprávy je určen pouze '
            "adresátovi. Regionální televize Haná, a. s., je zapsána v obchodním rejstříku "
            "vedeném Krajským soudem v Ostravě, oddíl B, vložka 2291.</div>"
            "</body></html>"
        ),
    },
    {
        "id": "sa003-reply-office-asks-for-ips",
        "description": "reply to the office's request for missing addresses; the office's quoted "
        "mail carries its own phone, IČO and box, the applicant's quoted original (referred "
        "to) gives the company, IČO and the contact's phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Vysočinské médium s.r.o.",
            I3,
            None,
            ["192.0.2.33", "192.0.2.34"],
            [],
            "Tomáš Rybář",
            "rybar@vysocinskemedium.example",
            "+420605118240",
        ),
        "from": "Tomáš Rybář <rybar@vysocinskemedium.example>",
        "subject": "RE: Doplnění žádosti – přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, adresy jsem v první zprávě zapomněl uvést. Produkční servery jsou "
            "192.0.2.33 a 192.0.2.34, testovací nemáme.\n"
            "Ostatní údaje (firma, IČO, kontakt) platí tak, jak jsem je psal v původním "
            "e-mailu níže.\n\n"
            "S pozdravem\nTomáš Rybář\n\n"
            "-----Original Message-----\n"
            "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Sent: Tuesday, September 16, 2025 9:12 AM\n"
            "To: Tomáš Rybář <rybar@vysocinskemedium.example>\n"
            "Subject: Doplnění žádosti – přístup k výsledkům voleb\n\n"
            "Dobrý den,\n\n"
            "Vaše žádost č. j. CSU-004211/2025 neobsahuje IP adresy, ze kterých budete k "
            "serveru přistupovat. Doplňte je prosím odpovědí na tento e-mail.\n\n"
            "S pozdravem\n"
            "Oddělení volebních informací\n"
            "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "tel. 274 052 733 | IČO 00025593 | ID datové schránky 2gfaasy\n\n"
            "-----Original Message-----\n"
            "From: Tomáš Rybář <rybar@vysocinskemedium.example>\n"
            "Sent: Monday, September 15, 2025 4:47 PM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k výsledkům voleb\n\n"
            f"Dobrý den, společnost Vysočinské médium s.r.o., IČO {I3}, žádá o přístup "
            "k výsledkům voleb ve formátu XML pro svůj zpravodajský portál. Kontaktní osoba: "
            "Tomáš Rybář, tel. 605 118 240.\n"
            "Děkuji, Rybář\n"
        ),
    },
    {
        "id": "sa004-gmail-ps-correction",
        "description": "chatty Gmail mail whose postscript corrects the first production "
        "address (.114 should be .141)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brněnský kurýr, z. s.",
            I4,
            None,
            ["198.51.100.141", "198.51.100.115"],
            ["198.51.100.120"],
            "Klára Šimková",
            "simkova.kuryr@brnenskykuryr.example",
            "+420604902117",
        ),
        "from": "Klára Šimková <simkova.kuryr@brnenskykuryr.example>",
        "subject": "Volby – XML pro Brněnský kurýr",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jsme malý spolek, který vydává Brněnský kurýr (tištěný měsíčník + web), a letos "
            "bychom poprvé rádi dělali živé výsledky voleb. Kolega říkal, že se o přístup "
            "žádá u vás, tak snad jsem správně :)\n\n"
            f"Jsme Brněnský kurýr, z. s., IČO {I4}, sídlo Kounicova 14, 602 00 Brno.\n"
            "Servery: 198.51.100.114 a 198.51.100.115 (oba ostré), na zkoušení 198.51.100.120.\n"
            "Kdyby cokoliv, volejte mi na 604 902 117.\n\n"
            "Díky moc!\nKlára Šimková\n\n"
            "PS: tak sorry, kolega mě hned opravil – ta první adresa je špatně, místo .114 má "
            "být 198.51.100.141. Ostatní sedí.\n"
        ),
    },
    {
        "id": "sa005-polish-respectively",
        "description": "Polish radio writing English; production and test given by "
        "'respectively', NIP and KRS numbers but no IČO, contact's mobile before the "
        "switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Pomorze Plus sp. z o.o.",
            None,
            None,
            ["198.51.100.20"],
            ["198.51.100.30"],
            "Agnieszka Wróbel",
            "a.wrobel@radiopomorzeplus.example",
            "+48601227318",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@radiopomorzeplus.example>",
        "subject": "Request for access - election results XML feed",
        "headers": TBIRD,
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am writing on behalf of Radio Pomorze Plus sp. z o.o. (Gdańsk, Poland). We "
            "would like to cover the Czech parliamentary election live and kindly ask for "
            "access to your XML results service.\n\n"
            "Our production and test servers are 198.51.100.20 and 198.51.100.30 "
            "respectively. Both are behind our firewall in Gdańsk.\n\n"
            "Company details: NIP 583-317-29-05, KRS 0000418826 (we have no Czech "
            "registration number).\n"
            "Contact person for this request is myself, mobile +48 601 227 318.\n\n"
            "Thank you in advance and best regards,\n"
            "Agnieszka Wróbel\n"
            "Head of Digital News\n"
            "Radio Pomorze Plus sp. z o.o.\n"
            "ul. Grunwaldzka 212, 80-266 Gdańsk\n"
            "tel. +48 58 301 44 72 (reception)\n"
        ),
    },
    {
        "id": "sa006-databox-annotation-power-of-attorney",
        "description": "data message with the whole application in the annotation; the attached "
        "PDF is only a power of attorney, with the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Týdeník Náchodsko s.r.o.",
            I6,
            "n4c8vtr",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Jan Pokorný",
            "pokorny@tydeniknachodsko.example",
            "+420777402615",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: prod. IP 192.0.2.90, test. IP 192.0.2.91, "
            "kontakt Jan Pokorný, 777 402 615, pokorny@tydeniknachodsko.example. "
            "Plná moc v příloze."
        ),
        "databox": {
            "box": "n4c8vtr",
            "sender": "Týdeník Náchodsko s.r.o.",
            "address": "Kamenice 133, 547 01 Náchod",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Pokorny.pdf",
                [
                    "PLNÁ MOC",
                    f"Společnost Týdeník Náchodsko s.r.o., IČO {I6}, se sídlem Kamenice 133, "
                    "547 01 Náchod, zastoupená jednatelem Ing. Petrem Malým,",
                    "zmocňuje",
                    "pana Jana Pokorného, nar. 12. 3. 1984, bytem Raisova 9, 547 01 Náchod,",
                    "aby jejím jménem jednal s Českým statistickým úřadem ve věci přístupu "
                    "k výsledkům voleb do Poslanecké sněmovny 2025.",
                    "V Náchodě dne 12. 9. 2025\n\nIng. Petr Malý, jednatel\n\n"
                    "Plnou moc přijímám: Jan Pokorný",
                ],
            )
        ],
    },
    {
        "id": "sa007-signature-three-people-both",
        "description": "assistant writes for a radio asking for the feed and for filming; the "
        "named contact is the technician, the signature lists three people with numbers",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Moravské rozhlasové vysílání s.r.o.",
            I7,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.59"],
            "Radek Sýkora",
            "sykora@mrv-radio.example",
            "+420608551093",
        ),
        "from": "Eva Horáková <horakova@mrv-radio.example>",
        "subject": "Volby 2025 – XML data a natáčení (Moravské rozhlasové vysílání)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"za Moravské rozhlasové vysílání s.r.o. (IČO {I7}) bych ráda požádala:\n"
            "1) o přístup k serveru s výsledky voleb ve formátu XML,\n"
            "2) o povolení natáčet zvukový záznam na vašem pracovišti v Olomouci v den "
            "sčítání (redaktorka Alena Veselá, zvukař Jakub Hrubý).\n\n"
            "IP adresy – produkční: 203.0.113.50, 203.0.113.51; testovací: 203.0.113.59.\n\n"
            "Kontaktní osobou pro obě žádosti je náš technický vedoucí Radek Sýkora "
            "(sykora@mrv-radio.example, mobil 608 551 093).\n\n"
            "S pozdravem\n\n"
            "Eva Horáková\nasistentka šéfredaktora\n"
            "--\n"
            "Moravské rozhlasové vysílání s.r.o. | Palackého 7, 779 00 Olomouc\n"
            "Mgr. Pavel Koubek, šéfredaktor, +420 585 200 110\n"
            "Eva Horáková, asistentka, +420 585 200 112\n"
            "Radek Sýkora, technický vedoucí, +420 608 551 093\n"
            "www.mrv-radio.example\n"
        ),
    },
    {
        "id": "sa008-forward-it-mail-attached",
        "description": "editor forwards the network admin's mail as an attached .eml; the admin "
        "is named the contact and gives the addresses and his phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Lounský hlas, s.r.o.",
            I8,
            None,
            ["192.0.2.140"],
            ["192.0.2.141", "192.0.2.142"],
            "Vít Langer",
            "langer@lounskyhlas.example",
            "+420723090411",
        ),
        "from": "Šárka Novotná <novotna@lounskyhlas.example>",
        "subject": "Fwd: adresy pro statistický úřad",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"Lounský hlas, s.r.o., IČO {I8}, žádá o přístup k výsledkům voleb ve formátu "
            "XML. Adresy připravil náš správce sítě, jeho e-mail přikládám. Kontaktní osobou "
            "pro technické věci je on (Vít Langer).\n\n"
            "Šárka Novotná\nšéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "adresy pro statisticky urad.eml",
                {
                    "id": "sa008-inner",
                    "from": "Vít Langer <langer@lounskyhlas.example>",
                    "to": "novotna@lounskyhlas.example",
                    "subject": "adresy pro statistický úřad",
                    "body": (
                        "Šárko,\n\n"
                        "tady jsou ty adresy pro ČSÚ:\n"
                        "ostrý stroj 192.0.2.140\n"
                        "testovací 192.0.2.141 a 192.0.2.142\n\n"
                        "Kdyby se ozvali, ať volají přímo mně, 723 090 411.\n\nVít\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "sa009-seznam-filming-only",
        "description": "Seznam mail from a small TV asking only to film at a collection point, "
        "expressly not needing the XML; date, time and postal code as noise",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Berounská televize o.p.s.",
            I9,
            None,
            [],
            [],
            "Petra Vondráčková",
            "vondrackova@berounskatv.example",
            "+420736218554",
        ),
        "from": "Petra Vondráčková <vondrackova@berounskatv.example>",
        "subject": "natáčení na sčítacím pracovišti",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "jsme Berounská televize o.p.s. (IČO "
            f"{I9}), vysíláme zprávy z regionu. Chtěli bychom v sobotu 4. 10. 2025 mezi "
            "14:00 a 16:00 natočit krátkou reportáž na vašem pracovišti, kde se sčítají "
            "výsledky za okres Beroun (Talichova 1157, 266 01 Beroun). Šli bychom ve dvou - "
            "já a kameraman.\n\n"
            "XML data s výsledky nepotřebujeme, přebíráme je z ČT.\n\n"
            "Děkuji za odpověď,\nPetra Vondráčková\nredaktorka\ntel.: 736 218 554\n"
        ),
    },
    {
        "id": "sa010-gmail-html-ano-ne-table",
        "description": "Gmail mail with an HTML request table (ANO for the feed, NE for filming) "
        "and an address table; the plain part mirrors it",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Mediální dům Slaný, s.r.o.",
            I10,
            None,
            ["203.0.113.82", "203.0.113.83"],
            ["203.0.113.90"],
            "Filip Kalina",
            "kalina@mdslany.example",
            "+420724508316",
        ),
        "from": "Filip Kalina <kalina@mdslany.example>",
        "subject": "Žádost – výsledky voleb XML",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nposílám žádost:\n\n"
            "Přístup k XML výsledkům: ANO\nNatáčení na pracovišti ČSÚ: NE\n\n"
            "Produkční IP: 203.0.113.82, 203.0.113.83\nTestovací IP: 203.0.113.90\n\n"
            f"Mediální dům Slaný, s.r.o., IČO {I10}\n"
            "Filip Kalina, 724 508 316\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>posílám žádost:</div>'
            "<div><br></div>"
            '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
            "<tr><td><b>Požadavek</b></td><td><b>Ano/Ne</b></td></tr>"
            "<tr><td>Přístup k XML výsledkům</td><td>ANO</td></tr>"
            "<tr><td>Natáčení na pracovišti ČSÚ</td><td>NE</td></tr></table>"
            "<div><br></div>"
            '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
            "<tr><td><b>Produkční IP</b></td><td><b>Testovací IP</b></td></tr>"
            "<tr><td>203.0.113.82</td><td>203.0.113.90</td></tr>"
            "<tr><td>203.0.113.83</td><td></td></tr></table>"
            f"<div><br></div><div>Mediální dům Slaný, s.r.o., IČO {I10}</div>"
            "<div>Filip Kalina, 724 508 316</div>"
            '<div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            '<div dir="ltr" class="gmail_signature">Filip Kalina | web &amp; data | '
            "mdslany.example</div></div>"
        ),
    },
    {
        "id": "sa011-slovak-freelancer-phone",
        "description": "Slovak freelancer typing on a Samsung phone without diacritics, no "
        "company and no IČO, Slovak labels (produkčná, testovacia)",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Matej Kollár",
            None,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Matej Kollár",
            "matej.kollar@postbox.example",
            "+421905614228",
        ),
        "from": "Matej Kollár <matej.kollar@postbox.example>",
        "subject": "ziadost o pristup k xml vysledkom",
        "headers": SAMSUNG,
        "body": (
            "Dobry den,\n"
            "som novinar na volnej nohe zo Slovenska, robim live blog o ceskych volbach. "
            "Prosim o pristup k XML vysledkom.\n"
            "produkcna IP 198.51.100.77\ntestovacia 198.51.100.78\n"
            "Firmu ani ICO nemam, piseme za seba.\n"
            "Matej Kollar, +421 905 614 228\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "sa012-netmask-and-client-version",
        "description": "production block given as an address with a netmask (four addresses), a "
        "dotted client version that looks like an address, the contact's mobile after the "
        "newsroom line",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Zpravodajský portál Krkonoše s.r.o.",
            I12,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.70"],
            "Michal Beneš",
            "benes@portalkrkonose.example",
            "+420602447019",
        ),
        "from": "Michal Beneš <benes@portalkrkonose.example>",
        "subject": "Přístup k volebním výsledkům – Portál Krkonoše",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "za Zpravodajský portál Krkonoše s.r.o. (IČO "
            f"{I12}) žádám o přístup k výsledkům voleb v XML.\n\n"
            "Stahovat budeme z produkčního rozsahu 203.0.113.64 s maskou 255.255.255.252 "
            "(load balancer rozhazuje mezi čtyři stroje), testovat z 203.0.113.70.\n"
            "Stahovací skript je náš vlastní, verze 2.4.1.7, tahá data přes HTTPS (443) "
            "každých 20 s.\n\n"
            "Díky,\nMichal Beneš\nvývoj\n"
            "redakce 499 871 320, mobil 602 447 019\n"
        ),
    },
    {
        "id": "sa013-databox-docx-ticked-form",
        "description": "data message from a market town; the DOCX form has the feed ticked and "
        "filming unticked, and the letter is addressed to the office's box",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Městys Horní Lhotice",
            I13,
            "h3r8wpk",
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Ivana Kolářová",
            "kolarova@hornilhotice.example",
            "+420491477215",
        ),
        "subject": "Žádost – volby do Poslanecké sněmovny 2025",
        "databox": {
            "box": "h3r8wpk",
            "sender": "Městys Horní Lhotice",
            "address": "Horní Lhotice 1, 549 41 Horní Lhotice",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "header": f"Městys Horní Lhotice | IČO {I13} | ID DS h3r8wpk",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nID DS: 2gfaasy",
                        "Věc: Žádost k volbám do Poslanecké sněmovny 2025",
                        "Žádáme o (zaškrtněte):",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☐ povolení k pořizování zvukových a obrazových záznamů na pracovišti",
                        {
                            "rows": [
                                ["Produkční IP adresa", "192.0.2.230"],
                                ["Testovací IP adresa", "192.0.2.231"],
                                ["Kontaktní osoba", "Ivana Kolářová"],
                                ["Telefon", "491 477 215"],
                                ["E-mail", "kolarova@hornilhotice.example"],
                            ]
                        },
                        "V Horních Lhoticích dne 17. 9. 2025",
                        "Ing. Zdeněk Čapek, starosta",
                    ],
                },
            )
        ],
    },
    {
        "id": "sa014-apple-old-address-dropped",
        "description": "chatty Apple Mail note: last year's address is retired and to be "
        "deleted, a backup server counts as production, IČO beside a VAT number",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Vltavín media, s. r. o.",
            I14,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.115"],
            "Jakub Štěpán",
            "stepan@vltavin.example",
            "+420775120984",
        ),
        "from": "Jakub Štěpán <stepan@vltavin.example>",
        "subject": "Zase my :) přístup k výsledkům",
        "headers": APPLE,
        "body": (
            "Hezký den,\n\n"
            "jako každé volby se hlásíme o přístup k XML s výsledky. Loni na krajských jsme "
            "jezdili z 192.0.2.10, ten stroj už je vyřazený, tak ho prosím u sebe smažte.\n\n"
            "Letos to bude 192.0.2.110 a záložní 192.0.2.111, testovat budeme z 192.0.2.115.\n\n"
            f"Fakturační: Vltavín media, s. r. o., IČO {I14}, DIČ CZ{I14}\n\n"
            "Díky a ať to letos zase klapne,\n"
            "Jakub Štěpán\n775 120 984\n"
        ),
    },
]
