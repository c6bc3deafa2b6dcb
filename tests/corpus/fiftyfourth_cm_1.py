"""Fifty-fourth held-out part ``cm``, cases cm001–cm014: the addresses only in the Subject
("viz předmět"), answers typed inline under the office's quoted questions, a Samsung keyboard
that typed commas and spaces for dots, a self-correction mid-sentence, a reply to last year's
application changing only the test address, a Gmail plain/HTML pair where the HTML strikes a
value, a newsroom writing from a personal Gmail, an HTML-only Outlook table, a forwarded .eml,
a data message with a PDF, a German sender writing English, a format=flowed role sentence, a
signature naming three people and a freelance photographer's phone note. Written by hand apart
from the extraction rules (see make_fiftyfourth_cm); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfourth_cm_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2740316"), ico("0583194"), ico("2619407"), ico("0472615"), ico("2856023")
I6, I7, I8, I9, I10 = ico("2931748"), ico("0650382"), ico("2708451"), ico("0396174"), ico("2587360")
I12, I13 = ico("2769105"), ico("0481936")

CASES: list[dict[str, Any]] = [
    {
        "id": "cm001-subject-carries-all-body-viz-predmet",
        "description": "everything is in the Subject (publisher, IČO, both addresses, phone); the "
        "body says only 'viz předmět' and the iPhone footer; the sender is the contact",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Zpravodaj Hranicko s.r.o.",
            I1,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.69"],
            "Tomáš Bílek",
            "bilek@zpravodajhranicko.example",
            "+420602114385",
        ),
        "from": "Tomáš Bílek <bilek@zpravodajhranicko.example>",
        "subject": "zadost XML vysledky voleb - Zpravodaj Hranicko s.r.o., ICO "
        + I1
        + ", produkce 198.51.100.61 + 198.51.100.62, test 198.51.100.69, tel 602114385",
        "headers": IPHONE,
        "body": "viz předmět\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "cm002-inline-answers-under-office-questions",
        "description": "answers typed inline under the office's quoted checklist (>> lines), the "
        "office's own phone and signature quoted below; contact is a colleague named inline",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kroměřížský týdeník, s.r.o.",
            I2,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Ivana Mrázková",
            "mrazkova@kmtydenik.example",
            "+420731220918",
        ),
        "from": "Pavel Horák <horak@kmtydenik.example>",
        "subject": "Re: Doplnění žádosti – přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nodpovědi píšu přímo do Vašeho textu.\n\nPavel Horák\n"
        "Kroměřížský týdeník, s.r.o., IČO " + I2 + "\n\n"
        "Dne 4. 9. 2025 v 10:12 podatelna napsal(a):\n"
        "> Dobrý den,\n"
        "> k Vaší žádosti o zpřístupnění výsledků nám chybí několik údajů. Doplňte je\n"
        "> prosím pod jednotlivé body:\n"
        ">\n"
        ">> IP adresy produkční (max. 5):\n"
        "198.51.100.140 a 198.51.100.141\n"
        ">> IP adresy testovací (max. 5):\n"
        "198.51.100.150\n"
        ">> Kontaktní osoba pro technické záležitosti (jméno, e-mail, telefon):\n"
        "Ivana Mrázková, mrazkova@kmtydenik.example, 731 220 918 (to je naše IT, ne já)\n"
        ">> Požadujete také povolení k natáčení?\n"
        "ne, letos jen data\n"
        ">\n"
        "> S pozdravem\n"
        "> oddělení volebních informací\n"
        "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
        "> tel. +420 274 052 733, www.czso.cz\n",
    },
    {
        "id": "cm003-samsung-keyboard-commas-spaces-for-dots",
        "description": "phone note without diacritics; the Samsung keyboard put a comma in one "
        "address and a space in another; the sender apologises for the typing",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Valašský rozhlas s.r.o.",
            I3,
            None,
            ["203.0.113.17", "203.0.113.18"],
            ["203.0.113.30"],
            "Lukáš Ondruch",
            "ondruch@valasskyrozhlas.example",
            "+420605771204",
        ),
        "from": "Lukas Ondruch <ondruch@valasskyrozhlas.example>",
        "subject": "pristup volby",
        "headers": SAMSUNG,
        "body": "Dobry den, pisu z telefonu tak sorry za preklepy.\n"
        "Za Valassky rozhlas s.r.o. (ICO " + I3 + ") bychom chteli zase XML s vysledky.\n"
        "produkcni ip 203.0.113,17 a 203.0.113.18\n"
        "testovaci 203 0.113.30\n"
        "kontakt ja, 605 771 204\n\n"
        "Lukáš Ondruch\nvedoucí vysílání, Valašský rozhlas s.r.o.\n\n"
        "Odesláno z mého Galaxy\n",
    },
    {
        "id": "cm004-self-correction-pardon",
        "description": "chatty Seznam note that corrects a production address mid-sentence "
        "('.8, pardon .9'); a backup server counts as production; no test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brněnský večerník online, z.s.",
            None,
            None,
            ["198.18.20.9", "198.18.20.10"],
            [],
            "Ondřej Kratochvíl",
            "kratochvil.ondrej@seznam.example",
            "+420776308451",
        ),
        "from": "Ondřej Kratochvíl <kratochvil.ondrej@seznam.example>",
        "subject": "feed na volby",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "jsme malý spolek Brněnský večerník online, z.s. (IČO zatím nemáme, jsme v zápisu), a "
        "rádi bychom ve volební noc ukazovali výsledky z Vašeho XML. Náš server má adresu "
        "198.18.20.8, pardon .9, ta osmička je tiskárna :) a pro jistotu ještě záložní stroj "
        "198.18.20.10. Testovat budeme rovnou na tom samém.\n\n"
        "Kdyby něco, volejte mi na 776 308 451.\n\n"
        "Díky moc!\nOndřej Kratochvíl\n",
    },
    {
        "id": "cm005-reply-to-last-years-application-test-changes",
        "description": "replies to its own application from last year (quoted whole) and says only "
        "the test address changes; production and contact are taken from the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Hradecké listy a.s.",
            I4,
            None,
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.95"],
            "Jitka Hronková",
            "hronkova@hradeckelisty.example",
            "+420603455190",
        ),
        "from": "Jitka Hronková <hronkova@hradeckelisty.example>",
        "subject": "RE: Žádost o přístup k výsledkům voleb – Hradecké listy a.s.",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "letos žádáme znovu, všechno platí jako loni (viz níže), mění se jen testovací "
        "adresa – místo 203.0.113.90 bude nově 203.0.113.95.\n\n"
        "Děkuji\nJitka Hronková\n\n"
        "From: Jitka Hronková <hronkova@hradeckelisty.example>\n"
        "Sent: Tuesday, September 12, 2024 9:41 AM\n"
        "To: podatelna@czso.cz\n"
        "Subject: Žádost o přístup k výsledkům voleb – Hradecké listy a.s.\n\n"
        "Dobrý den,\n"
        "společnost Hradecké listy a.s., IČO " + I4 + ", žádá o přístup k průběžným "
        "výsledkům voleb ve formátu XML.\n"
        "Produkční IP: 203.0.113.80, 203.0.113.81\n"
        "Testovací IP: 203.0.113.90\n"
        "Kontaktní osoba: Jitka Hronková, hronkova@hradeckelisty.example, tel. 603 455 190\n\n"
        "S pozdravem\nJitka Hronková\nvedoucí digitálních projektů\n",
    },
    {
        "id": "cm006-gmail-html-strikes-old-address",
        "description": "Gmail plain and HTML parts: the HTML strikes the first production address "
        "and writes the new one after it, the plain part says the old one no longer holds",
        "style": Style.ALTERNATIVE,
        "labels": L(
            [FEED],
            "Podještědský deník s.r.o.",
            I5,
            None,
            ["198.51.100.33"],
            ["198.51.100.40"],
            "Filip Janoušek",
            "janousek@podjestedsky.example",
            "+420724903516",
        ),
        "from": "Filip Janoušek <janousek@podjestedsky.example>",
        "subject": "Žádost o XML výsledky – Podještědský deník",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "za Podještědský deník s.r.o. (IČO " + I5 + ") žádáme o přístup k výsledkům voleb.\n\n"
        "produkční IP: 198.51.100.33 (původně jsem psal 198.51.100.32, ta už neplatí)\n"
        "testovací IP: 198.51.100.40\n\n"
        "Kontakt: Filip Janoušek, 724 903 516\n\n"
        "Díky, F. Janoušek\n",
        "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
        "<div>za Podještědský deník s.r.o. (IČO " + I5 + ") žádáme o přístup k výsledkům "
        "voleb.</div><div><br></div>"
        "<div>produkční IP: <s>198.51.100.32</s> 198.51.100.33</div>"
        "<div>testovací IP: 198.51.100.40</div><div><br></div>"
        "<div>Kontakt: Filip Janoušek, 724 903 516</div><div><br></div>"
        "<div>Díky, F. Janoušek</div></div>",
    },
    {
        "id": "cm007-newsroom-from-personal-gmail",
        "description": "a Czech editor writes from her personal Gmail and asks to be answered "
        "there; the firm, its IČO and the newsroom's shared address are only in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Večerník Polabí s.r.o.",
            I6,
            None,
            ["192.0.2.71"],
            ["192.0.2.72"],
            "Petra Hůlková",
            "petra.hulkova@gmail.example",
            "+420739612087",
        ),
        "from": "Petra Hůlková <petra.hulkova@gmail.example>",
        "subject": "volby – XML a focení",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "píšu ze soukromé adresy, pracovní pošta nám od pondělí nejde, odpovídejte prosím "
        "sem. Chtěli bychom přístup k XML s výsledky (server 192.0.2.71, na testy 192.0.2.72) "
        "a zároveň povolení, aby náš fotograf mohl ve volební noc fotit na krajském "
        "pracovišti v Pardubicích.\n\n"
        "Děkuji\n\n"
        "--\nPetra Hůlková\nšéfredaktorka\nVečerník Polabí s.r.o. | IČO " + I6 + "\n"
        "Palackého 214, 288 02 Nymburk\nredakce@vecernikpolabi.example | mob. 739 612 087\n",
    },
    {
        "id": "cm008-outlook-html-only-role-table",
        "description": "HTML-only Outlook mail in windows-1250: the addresses in a table with a "
        "role column, the contact in a second table with surname first",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Podlesí, spol. s r.o.",
            I7,
            None,
            ["203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Jan Čermák",
            "cermak@radiopodlesi.example",
            "+420568410233",
        ),
        "from": "Jan Čermák <cermak@radiopodlesi.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=windows-1250"></head><body lang="CS">'
        "<p class=MsoNormal>Dobrý den,</p>"
        "<p class=MsoNormal>Rádio Podlesí, spol. s r.o., IČO " + I7 + ", žádá o přístup "
        "k průběžným výsledkům voleb na dedikovaném serveru.</p>"
        '<table border=1 cellpadding=4 style="border-collapse:collapse">'
        "<tr><td><b>Účel</b></td><td><b>IP adresa</b></td></tr>"
        "<tr><td>produkce</td><td>203.0.113.201</td></tr>"
        "<tr><td>produkce</td><td>203.0.113.202</td></tr>"
        "<tr><td>produkce – záloha</td><td>203.0.113.203</td></tr>"
        "<tr><td>test</td><td>203.0.113.210</td></tr></table>"
        "<p class=MsoNormal>&nbsp;</p>"
        '<table border=1 cellpadding=4 style="border-collapse:collapse">'
        "<tr><td>Kontaktní osoba</td><td>Čermák Jan</td></tr>"
        "<tr><td>E-mail</td><td>cermak@radiopodlesi.example</td></tr>"
        "<tr><td>Telefon</td><td>568 410 233</td></tr></table>"
        "<p class=MsoNormal>S pozdravem</p><p class=MsoNormal>Jan Čermák<br>technik "
        "vysílání</p></body></html>",
    },
    {
        "id": "cm009-forward-attached-eml-colleague",
        "description": "the editor forwards a colleague's draft as an attached .eml with one "
        "line on top; the application and its contact are in the forwarded message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jesenický obzor s.r.o.",
            I8,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "Kamila Dostálová",
            "dostalova@jesenickyobzor.example",
            "+420734005618",
        ),
        "from": "Marek Hloušek <hlousek@jesenickyobzor.example>",
        "subject": "Fwd: zadost o pristup k vysledkum",
        "headers": TBIRD,
        "body": "Dobrý den, přeposílám žádost kolegyně, omylem ji poslala jen mně. Platí "
        "tak, jak je.\n\nM. Hloušek, šéfredaktor\n",
        "attachments": [
            (
                "eml",
                "zadost_volby.eml",
                {
                    "id": "cm009-inner",
                    "from": "Kamila Dostálová <dostalova@jesenickyobzor.example>",
                    "to": "Marek Hloušek <hlousek@jesenickyobzor.example>",
                    "subject": "zadost o pristup k vysledkum",
                    "headers": TBIRD,
                    "body": "Dobrý den,\n\n"
                    "Jesenický obzor s.r.o., IČO " + I8 + ", žádá o zpřístupnění výsledků "
                    "voleb ve formátu XML.\n\n"
                    "Produkční servery: 192.0.2.130, 192.0.2.131\n"
                    "Testovací server: 192.0.2.139\n\n"
                    "Kontaktní osobou jsem já: Kamila Dostálová, tel. 734 005 618.\n\n"
                    "Kamila Dostálová\nonline redakce\n",
                },
            )
        ],
    },
    {
        "id": "cm010-databox-pdf-signed-by-several",
        "description": "data message with a short annotation; the PDF letter is signed by the "
        "managing director and names the technician as contact and a cameraman",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Severočeská televizní s.r.o.",
            I9,
            "q7tsk2m",
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Roman Beneš",
            "benes@sctv.example",
            "+420608337412",
        ),
        "databox": box(
            "q7tsk2m", "Severočeská televizní s.r.o.", "Mírové nám. 9, 400 01 Ústí nad Labem"
        ),
        "subject": "Žádost – volby 2025",
        "attachments": [
            (
                "pdf",
                "SCTV_zadost_volby.pdf",
                [
                    "Severočeská televizní s.r.o. | Mírové nám. 9, 400 01 Ústí nad Labem | IČO "
                    + I9,
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k XML s průběžnými výsledky a o povolení natáčet na "
                    "krajském pracovišti ČSÚ v Ústí nad Labem.",
                    {
                        "rows": [
                            ["Produkční IP", "198.51.100.90, 198.51.100.91"],
                            ["Testovací IP", "198.51.100.99"],
                            ["Kontakt (technika)", "Roman Beneš, benes@sctv.example, 608 337 412"],
                            ["Kameraman", "Vojtěch Pilný, 604 118 730"],
                        ],
                        "widths": [130, 330],
                    },
                    "S pozdravem\nIng. Alois Kubát, jednatel",
                ],
            )
        ],
    },
    {
        "id": "cm011-german-sender-english-ipv6",
        "description": "a German agency writes English; IPv6 and IPv4 production addresses, "
        "tests from production (no test address); phone with +49 and a (0)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordwind Mediendienst GmbH",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11", "192.0.2.214"],
            [],
            "Jonas Riedel",
            "j.riedel@nordwind-md.example",
            "+4940311827645",
        ),
        "from": "Jonas Riedel <j.riedel@nordwind-md.example>",
        "subject": "Access to election results feed - Nordwind Mediendienst",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\n"
        "Nordwind Mediendienst GmbH (Hamburg) would like to apply for access to the XML "
        "results feed for the Czech parliamentary election. We would connect from\n\n"
        "  2001:db8:4a1::10\n  2001:db8:4a1::11\n  192.0.2.214 (IPv4 fallback)\n\n"
        "We have no separate test system, we will test from these same hosts.\n\n"
        "Please contact me for anything technical.\n\n"
        "Best regards\nJonas Riedel\nHead of Data Desk\n"
        "Nordwind Mediendienst GmbH | Speersort 4, 20095 Hamburg\n"
        "Phone +49 (0)40 311 827 645\n",
    },
    {
        "id": "cm012-flowed-wrap-inside-role-sentence",
        "description": "format=flowed: the soft line break falls between 'testovací' and "
        "'adresa', so the role and the address are on different raw lines",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Otevřená data Vysočina, z.s.",
            I10,
            None,
            ["198.18.7.21"],
            ["198.18.7.40"],
            "Zdeněk Palát",
            "palat@odvysocina.example",
            "+420721558093",
        ),
        "from": "Zdeněk Palát <palat@odvysocina.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "flowed": True,
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "spolek Otevřená data Vysočina, z.s., IČO " + I10 + ", žádá o přístup k \n"
        "výsledkům voleb ve formátu XML. Náš produkční server má adresu 198.18.7.21, \n"
        "zatímco testovací \n"
        "adresa, ze které budeme zkoušet spojení před volbami, je 198.18.7.40.\n\n"
        "Kontaktní osobou je Zdeněk Palát (palat@odvysocina.example, tel. \n"
        "721 558 093).\n\n"
        "S pozdravem\nZdeněk Palát\npředseda spolku\n",
    },
    {
        "id": "cm013-signature-three-people-admin-is-contact",
        "description": "the signature block lists the editor-in-chief, the network admin and the "
        "photographer; the body says the admin is the contact; feed and filming",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Krkonošské noviny s.r.o.",
            I12,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Michal Šťastný",
            "stastny@krkonosskenoviny.example",
            "+420725340916",
        ),
        "from": "Redakce Krkonošské noviny <redakce@krkonosskenoviny.example>",
        "subject": "Volby – přístup k XML + fotografování",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "žádáme o přístup k průběžným výsledkům (produkce 192.0.2.160 a 192.0.2.161, test "
        "192.0.2.170) a o povolení fotografovat na pracovišti ČSÚ v Hradci Králové. "
        "Kontaktní osobou pro žádost je náš správce sítě (viz podpis).\n\n"
        "Za redakci\n\n"
        "Krkonošské noviny s.r.o., IČO " + I12 + "\n"
        "Mgr. Hana Votrubová, šéfredaktorka – votrubova@krkonosskenoviny.example, 602 771 385\n"
        "Michal Šťastný, správce sítě – stastny@krkonosskenoviny.example, 725 340 916\n"
        "Tereza Kolínská, fotografka – kolinska@krkonosskenoviny.example, 736 902 114\n",
    },
    {
        "id": "cm014-freelance-photographer-phone-note",
        "description": "filming only, typed on a phone without diacritics by a freelancer with no "
        "company and no IČO; her own name is the applicant",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Marketa Sindelarova",
            None,
            None,
            [],
            [],
            "Marketa Sindelarova",
            "m.sindelarova.foto@email.example",
            "+420777230548",
        ),
        "from": "Marketa Sindelarova <m.sindelarova.foto@email.example>",
        "subject": "foceni volebni noc",
        "headers": IPHONE,
        "body": "dobry den, jsem fotografka na volne noze a chtela bych fotit volebni noc na "
        "vasem krajskem pracovisti v olomouci, pro nekolik regionalnich webu. data nepotrebuju, "
        "jen povoleni ke foceni. cislo 777 230 548\n"
        "diky Marketa Sindelarova\n\nOdeslano z iPhonu\n",
    },
]
