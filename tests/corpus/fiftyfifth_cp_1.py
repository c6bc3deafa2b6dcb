"""Fifty-fifth held-out part ``cp``, cases cp001–cp014: a phone-typed note without diacritics,
a chatty mail naming a colleague's private phone, a Czech HTML-only two-column table with its
header only in the first row, a reply to the office's defect notice answering only the missing
phone, a contact named in the text but signed by someone else, an Outlook signature with three
people, "stejná jako loni" with last year's quoted application, a German newsroom writing English,
a data message with a PDF, a format=flowed role sentence, a correction inside the message, a
forward of the office's own press release, a signed Polish mail and an iso-8859-2 HTML-only mail.
Written by hand apart from the extraction rules (see make_fiftyfifth_cp); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfifth_cp_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2748130"), ico("0583926"), ico("2916407"), ico("0671354"), ico("2809471")
I6, I7, I9, I10, I11 = (
    ico("0457281"),
    ico("2630598"),
    ico("2875306"),
    ico("0392714"),
    ico("2564083"),
)
I12, I14 = ico("0718465"), ico("2493617")

CASES: list[dict[str, Any]] = [
    {
        "id": "cp001-iphone-no-diacritics-abbreviated-ip",
        "description": "typed on a phone without diacritics or capitals; the second production "
        "address is abbreviated to its last octet ('a .15'), the contact is the sender",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Hlas Podbrdska s.r.o.",
            I1,
            None,
            ["198.51.100.14", "198.51.100.15"],
            ["198.51.100.16"],
            "Daniel Holub",
            "holub@hlaspodbrdska.example",
            "+420777412093",
        ),
        "from": "Daniel Holub <holub@hlaspodbrdska.example>",
        "subject": "zadost volby xml",
        "headers": IPHONE,
        "body": "dobry den,\n\nposilam zadost o pristup k vysledkum voleb na vasem serveru "
        "pro hlas podbrdska s.r.o., ico " + I1 + ".\n"
        "produkcni ip 198.51.100.14 a .15, testovaci 198.51.100.16\n"
        "kontakt ja, Daniel Holub, tel 777 412 093\n\n"
        "diky\nDH\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "cp002-chatty-colleague-private-phone",
        "description": "a chatty mail that mentions the IT colleague's private mobile in passing; "
        "the contact is the sender with her own number given after it",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Zlínský večerník, s.r.o.",
            I2,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.78"],
            "Markéta Zedníková",
            "zednikova@zlinskyvecernik.example",
            "+420732508164",
        ),
        "from": "Markéta Zedníková <zednikova@zlinskyvecernik.example>",
        "subject": "Re: volby, a zas jsme tu :)",
        "headers": GMAIL,
        "body": "Dobrý den,\n\ntak zase volby a my zase s prosbou :) Jsme Zlínský večerník, "
        "s.r.o. (IČO " + I2 + "), minule jsme od vás data brali a fungovalo to skvěle, tak "
        "bychom chtěli znovu.\n\n"
        "Náš Petr z IT mi nadiktoval, že servery jsou 203.0.113.70 a 203.0.113.71 a testovat "
        "chce z 203.0.113.78. Kdybyste s ním potřebovali něco technického probrat, má soukromý "
        "mobil 606 913 274, ale prosím volejte spíš mně, on je do čtvrtka na chalupě bez "
        "signálu :D\n\n"
        "A ještě jedna věc – rádi bychom v sobotu natočili krátkou reportáž u vás na krajské "
        "správě ve Zlíně, jen kameraman a já, nic velkého. Jde to?\n\n"
        "Já jsem na 732 508 164, klidně i o víkendu.\n\n"
        "Díky moc a hezký den!\nMarkéta Zedníková\nZlínský večerník\n",
    },
    {
        "id": "cp003-html-only-two-column-table-header-first-row",
        "description": "HTML-only Czech mail: production and test addresses in a two-column "
        "table whose header is only in the first row, the test column shorter",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Krkonošský deník a.s.",
            I3,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.20", "203.0.113.21"],
            "Ondřej Šimůnek",
            "simunek@krkonosskydenik.example",
            "+420739604218",
        ),
        "from": "Ondřej Šimůnek <simunek@krkonosskydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Krkonošský deník",
        "headers": TBIRD,
        "html": '<html><body style="font-family:Calibri,sans-serif">'
        "<p>Dobrý den,</p>"
        "<p>společnost <b>Krkonošský deník a.s.</b>, IČO " + I3 + ", žádá o zpřístupnění "
        "průběžných výsledků voleb ve formátu XML na dedikovaném serveru.</p>"
        "<p>Adresy, ze kterých budeme přistupovat:</p>"
        '<table border="1" cellpadding="4" cellspacing="0">'
        "<tr><th>Produkční IP</th><th>Testovací IP</th></tr>"
        "<tr><td>203.0.113.10</td><td>203.0.113.20</td></tr>"
        "<tr><td>203.0.113.11</td><td>203.0.113.21</td></tr>"
        "<tr><td>203.0.113.12</td><td>&nbsp;</td></tr>"
        "</table>"
        "<p>Kontaktní osoba: Ondřej Šimůnek, vedoucí digitální redakce<br>"
        "tel.: +420 739 604 218<br>e-mail: simunek@krkonosskydenik.example</p>"
        "<p>Děkuji a zdravím<br>Ondřej Šimůnek</p>"
        "</body></html>",
    },
    {
        "id": "cp004-reply-defect-notice-only-missing-phone",
        "description": "reply to the office's defect notice: gives only the missing phone and "
        "says the rest stands; the application is in the quoted history, with the office's "
        "IČO, box and phone in its signature",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihlavské listy, s.r.o.",
            I4,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Kristýna Málková",
            "malkova@jihlavskelisty.example",
            "+420734218660",
        ),
        "from": "Kristýna Málková <malkova@jihlavskelisty.example>",
        "subject": "RE: Výzva k doplnění žádosti – Jihlavské listy",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nomlouvám se, telefon jsem zapomněla. Je to 734 218 660 (mobil). "
        "Ostatní údaje platí tak, jak jsme je uvedli v původní žádosti níže.\n\n"
        "S pozdravem\nKristýna Málková\nJihlavské listy\n\n"
        "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
        "Sent: Tuesday, September 16, 2025 9:12 AM\n"
        "To: Kristýna Málková <malkova@jihlavskelisty.example>\n"
        "Subject: Výzva k doplnění žádosti – Jihlavské listy\n\n"
        "Vážená paní Málková,\n\n"
        "k Vaší žádosti o přístup k výsledkům voleb chybí telefonní číslo kontaktní osoby. "
        "Doplňte je prosím odpovědí na tento e-mail.\n\n"
        "S pozdravem\nOddělení volebních a informačních systémů\n"
        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
        "IČO 00025593 | ID datové schránky 2gfaasy | tel. +420 274 052 733 | www.czso.cz\n\n"
        "From: Kristýna Málková <malkova@jihlavskelisty.example>\n"
        "Sent: Monday, September 15, 2025 2:40 PM\n"
        "To: podatelna@czso.cz\n"
        "Subject: Žádost o přístup k výsledkům voleb\n\n"
        "Dobrý den,\n\nJihlavské listy, s.r.o., IČO " + I4 + ", žádají o přístup k XML "
        "s průběžnými výsledky voleb.\n"
        "Produkční IP: 198.51.100.120, 198.51.100.121\n"
        "Testovací IP: 198.51.100.125\n"
        "Kontaktní osoba: Kristýna Málková, malkova@jihlavskelisty.example\n\n"
        "Děkuji\nKristýna Málková\n",
    },
    {
        "id": "cp005-contact-named-in-text-signed-by-director",
        "description": "'kontaktní osobou bude' names one person with her e-mail and mobile; the "
        "mail is sent and signed by the director with his own phone (windows-1250, 8bit)",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Rádio Podlesí s.r.o.",
            I5,
            None,
            ["192.0.2.90"],
            ["192.0.2.94"],
            "Lenka Fialová",
            "fialova@radiopodlesi.example",
            "+420605337129",
        ),
        "from": "Martin Koubek <koubek@radiopodlesi.example>",
        "subject": "Žádost o přístup k datům voleb",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\njménem společnosti Rádio Podlesí s.r.o., IČO " + I5 + ", "
        "žádám o přístup k výsledkům voleb na vašem serveru pro odběr XML. Produkční server "
        "má adresu 192.0.2.90, pro testy použijeme 192.0.2.94.\n\n"
        "Kontaktní osobou bude Ing. Lenka Fialová, naše technická ředitelka "
        "(fialova@radiopodlesi.example, 605 337 129), která vše zařídí.\n\n"
        "S pozdravem\n\nMartin Koubek\njednatel\nRádio Podlesí s.r.o.\n"
        "tel. 481 552 903\nkoubek@radiopodlesi.example\n",
    },
    {
        "id": "cp006-outlook-signature-three-people-roles",
        "description": "Outlook mail (text and HTML) whose signature lists three people with "
        "roles and phones; the body points to the one for the feed, the photographer is "
        "only the film crew",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Východočeské noviny, a.s.",
            I6,
            None,
            ["198.18.40.11", "198.18.40.12"],
            ["198.18.41.11"],
            "Simona Vávrová",
            "vavrova@vcnoviny.example",
            "+420725118640",
        ),
        "from": "Pavel Kratochvíl <kratochvil@vcnoviny.example>",
        "subject": "Volby 2025 – žádost o XML a focení",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nVýchodočeské noviny, a.s. (IČO " + I6 + ") žádají o přístup "
        "k průběžným výsledkům voleb (XML) a zároveň o povolení fotografovat na pracovišti "
        "ČSÚ v Hradci Králové během sčítání.\n\n"
        "Produkční adresy: 198.18.40.11, 198.18.40.12\nTestovací adresa: 198.18.41.11\n\n"
        "Technické věci kolem přístupu k datům řeší paní Vávrová (viz podpis), fotit bude "
        "pan Tichý.\n\n"
        "S pozdravem\n\n"
        "Mgr. Pavel Kratochvíl | šéfredaktor | +420 602 447 180\n"
        "Ing. Simona Vávrová | vedoucí vývoje | +420 725 118 640 | vavrova@vcnoviny.example\n"
        "Jakub Tichý | fotograf | +420 736 902 415\n"
        "Východočeské noviny, a.s. | Škroupova 12, 500 02 Hradec Králové\n",
        "html": "<html><body><p>Dobrý den,</p>"
        "<p>Východočeské noviny, a.s. (IČO " + I6 + ") žádají o přístup k průběžným výsledkům "
        "voleb (XML) a zároveň o povolení fotografovat na pracovišti ČSÚ v Hradci Králové "
        "během sčítání.</p>"
        "<p>Produkční adresy: 198.18.40.11, 198.18.40.12<br>Testovací adresa: 198.18.41.11</p>"
        "<p>Technické věci kolem přístupu k datům řeší paní Vávrová (viz podpis), fotit bude "
        "pan Tichý.</p><p>S pozdravem</p>"
        '<table style="font-size:9pt;color:#555">'
        "<tr><td><b>Mgr. Pavel Kratochvíl</b></td><td>šéfredaktor</td>"
        "<td>+420 602 447 180</td><td></td></tr>"
        "<tr><td><b>Ing. Simona Vávrová</b></td><td>vedoucí vývoje</td>"
        "<td>+420 725 118 640</td><td>vavrova@vcnoviny.example</td></tr>"
        "<tr><td><b>Jakub Tichý</b></td><td>fotograf</td><td>+420 736 902 415</td>"
        "<td></td></tr></table>"
        '<p style="font-size:8pt">Východočeské noviny, a.s. | Škroupova 12, 500 02 Hradec '
        "Králové</p></body></html>",
    },
    {
        "id": "cp007-test-address-same-as-last-year",
        "description": "the test address is 'stejná jako loni' and only last year's quoted "
        "application gives it; this year's production address is new and filming, asked "
        "for last year, is not asked for again",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Ostravský magazín s.r.o.",
            I7,
            None,
            ["198.18.20.5"],
            ["198.18.10.9"],
            "Radim Šulc",
            "sulc@ostravskymagazin.example",
            "+420597311842",
        ),
        "from": "Radim Šulc <sulc@ostravskymagazin.example>",
        "subject": "Re: Žádost o přístup k výsledkům voleb 2024",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nletos bychom opět rádi odebírali výsledky z vašeho XML serveru. "
        "Produkční server jsme mezitím vyměnili, nová adresa je 198.18.20.5. Testovací "
        "adresa stejná jako loni. Natáčet tentokrát nebudeme. Ostatní údaje (firma, kontakt) "
        "se nezměnily, viz loňská žádost níže.\n\n"
        "Radim Šulc\n\n"
        "Dne 11.09.2024 10:14, Radim Šulc napsal:\n"
        "> Dobrý den,\n>\n"
        "> Ostravský magazín s.r.o., IČO " + I7 + ", žádá o přístup k výsledkům voleb\n"
        "> do krajských zastupitelstev ve formátu XML a o povolení natáčet\n"
        "> na pracovišti ČSÚ v Ostravě.\n>\n"
        "> produkční IP: 198.18.10.5\n"
        "> testovací IP: 198.18.10.9\n>\n"
        "> Kontakt: Radim Šulc, sulc@ostravskymagazin.example, tel. 597 311 842\n>\n"
        "> S pozdravem\n> Radim Šulc\n",
    },
    {
        "id": "cp008-german-newsroom-english-phone-49-0-30",
        "description": "a Berlin newsroom writes English; its phone '+49 (0)30 …' drops the "
        "trunk zero, the switchboard is given after the direct line; IPv6 production "
        "addresses, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheinspree Medien GmbH",
            None,
            None,
            ["2001:db8:4f10::10", "2001:db8:4f10::11"],
            ["192.0.2.200"],
            "Jonas Albrecht",
            "j.albrecht@rheinspree.example",
            "+493020934471",
        ),
        "from": "Jonas Albrecht <j.albrecht@rheinspree.example>",
        "subject": "Access to the Czech election results feed",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\n"
        "Rheinspree Medien GmbH would like to request access to your XML feed with the "
        "live results of the Czech parliamentary election for our data desk.\n\n"
        "Our production servers connect over IPv6 only:\n"
        "  2001:db8:4f10::10\n  2001:db8:4f10::11\n"
        "For testing we will use 192.0.2.200.\n\n"
        "I am the contact person for this: Jonas Albrecht, j.albrecht@rheinspree.example, "
        "phone +49 (0)30 2093 4471 (switchboard +49 (0)30 2093 4400).\n\n"
        "Many thanks and kind regards,\nJonas Albrecht\nData Desk\n"
        "Rheinspree Medien GmbH | Köpenicker Str. 48 | 10179 Berlin\n",
    },
    {
        "id": "cp009-databox-pdf-short-annotation",
        "description": "data message with a bare annotation; the PDF carries the application "
        "with a table of addresses and the contact; box ID from the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediální dům Haná, s.r.o.",
            I9,
            "h7kq2wm",
            ["203.0.113.140", "203.0.113.141", "203.0.113.142"],
            ["203.0.113.149"],
            "Tereza Vlčková",
            "vlckova@mdhana.example",
            "+420585204637",
        ),
        "databox": box("h7kq2wm", "Mediální dům Haná, s.r.o.", "Palackého 19, 779 00 Olomouc"),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "pdf",
                "zadost_volby_MDH.pdf",
                [
                    "Mediální dům Haná, s.r.o., Palackého 19, 779 00 Olomouc, IČO " + I9,
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Žádáme o zpřístupnění výsledků voleb ve formátu XML pro náš zpravodajský "
                    "web. Uvádíme adresy:",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkce", "203.0.113.140"],
                            ["produkce", "203.0.113.141"],
                            ["produkce (záložní)", "203.0.113.142"],
                            ["test", "203.0.113.149"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Tereza Vlčková, vlckova@mdhana.example, tel. 585 204 637",
                    "V Olomouci 10. 9. 2025\nIng. Aleš Drábek, jednatel",
                ],
            )
        ],
    },
    {
        "id": "cp010-flowed-role-sentence-wrapped",
        "description": "format=flowed: the soft line breaks fall inside 'produkční adresa' / "
        "'testovat budeme z' so each role is separated from its address by a wrap",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Brněnský týdeník, z.s.",
            I10,
            None,
            ["192.0.2.40"],
            ["192.0.2.41"],
            "Vít Kadlec",
            "kadlec@brnenskytydenik.example",
            "+420543218790",
        ),
        "from": "Vít Kadlec <kadlec@brnenskytydenik.example>",
        "subject": "Přístup k výsledkům voleb – Brněnský týdeník",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nza spolek Brněnský týdeník, z.s., IČO " + I10 + ", bych rád "
        "požádal o přístup k serveru s průběžnými výsledky voleb. Naše produkční \n"
        "adresa bude 192.0.2.40, testovat budeme z \n"
        "192.0.2.41, a to od příštího týdne.\n\n"
        "Kontakt: Vít Kadlec, kadlec@brnenskytydenik.example, telefon \n"
        "543 218 790.\n\n"
        "Děkuji,\nVít Kadlec\n-- \nBrněnský týdeník, z.s. | Údolní 33, Brno\n",
    },
    {
        "id": "cp011-android-correction-typo-ip",
        "description": "typed on Android: a production address corrected in the next sentence "
        "('pardon, preklep'), testing from the production server gives no test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pardubický expres s.r.o.",
            I11,
            None,
            ["198.51.100.17", "198.51.100.18"],
            [],
            "Filip Horn",
            "horn@pardubickyexpres.example",
            "+420776150392",
        ),
        "from": "Filip Horn <horn@pardubickyexpres.example>",
        "subject": "xml volby Pardubicky expres",
        "headers": K9,
        "body": "Dobry den, zadame o pristup k vysledkum voleb (XML) za Pardubický expres "
        "s.r.o., ICO " + I11 + ". Produkcni IP 198.51.100.71 a 198.51.100.18 - pardon, "
        "preklep, ta prvni ma byt 198.51.100.17. Testovat budeme primo z produkce.\n"
        "Kontakt Filip Horn 776 150 392\n\n--\nOdesláno z K-9 Mail\n",
    },
    {
        "id": "cp012-forward-office-press-release-filming",
        "description": "a filming request above the office's own forwarded press release, whose "
        "press-office contacts (phone, czso.cz e-mails) are not the applicant's",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "TV Horácko s.r.o.",
            I12,
            None,
            [],
            [],
            "Michaela Bartáková",
            "bartakova@tvhoracko.example",
            "+420731602584",
        ),
        "from": "Michaela Bartáková <bartakova@tvhoracko.example>",
        "subject": "Fwd: ČSÚ: Akreditace a natáčení při zpracování výsledků voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nna základě vaší tiskové zprávy níže žádáme o povolení natáčet "
        "na pracovišti krajské správy ČSÚ v Jihlavě v sobotu během zpracování výsledků "
        "(kamera + redaktorka, cca 30 minut). Přístup k XML nepotřebujeme, výsledky bereme "
        "z webu.\n\n"
        "TV Horácko s.r.o., IČO " + I12 + "\n"
        "Kontakt: Michaela Bartáková, 731 602 584\n\n"
        "----- Přeposlaná zpráva -----\n"
        'Od: "Tiskové oddělení ČSÚ" <infoservis@czso.cz>\n'
        "Komu: redakce@tvhoracko.example\n"
        "Odesláno: Pondělí, 8. září 2025 10:00:00\n"
        "Předmět: ČSÚ: Akreditace a natáčení při zpracování výsledků voleb\n\n"
        "TISKOVÁ ZPRÁVA\n\n"
        "Český statistický úřad umožní médiím natáčet a fotografovat na vybraných "
        "pracovištích během zpracování výsledků voleb. Žádosti zasílejte na "
        "podatelna@czso.cz nebo do datové schránky 2gfaasy.\n\n"
        "Kontakt pro média:\nTiskové oddělení ČSÚ\ntel.: +420 274 052 733\n"
        "e-mail: infoservis@czso.cz\nwww.czso.cz\n",
    },
    {
        "id": "cp013-polish-agency-english-signed",
        "description": "a Polish agency writes English in an S/MIME-signed mail; the contact is "
        "a colleague named in the text with a Polish mobile, the sender signs",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Wisła Sp. z o.o.",
            None,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.210"],
            "Katarzyna Nowicka",
            "k.nowicka@aiwisla.example",
            "+48601447293",
        ),
        "from": "Tomasz Wróbel <t.wrobel@aiwisla.example>",
        "subject": "Request: Czech election results XML feed",
        "headers": MAC_OUTLOOK,
        "smime": True,
        "body": "Hello,\n\nAgencja Informacyjna Wisła Sp. z o.o. (Warsaw) would like to "
        "receive the live election results from your XML server.\n\n"
        "Production IPs: 198.51.100.200, 198.51.100.201\nTest IP: 198.51.100.210\n\n"
        "Please address any technical questions to my colleague Katarzyna Nowicka "
        "(k.nowicka@aiwisla.example, mobile +48 601 447 293), who is the contact person "
        "for this request.\n\n"
        "Best regards,\nTomasz Wróbel\nHead of Foreign Desk\n"
        "Agencja Informacyjna Wisła Sp. z o.o.\ntel. +48 22 318 40 00\n",
    },
    {
        "id": "cp014-centrum-html-only-iso-8859-2",
        "description": "HTML-only mail in iso-8859-2 with <br> lines and a bold label per line; "
        "feed and filming; the signature adds a cameraman who is not the contact",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Šumavské listy, spol. s r.o.",
            I14,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Jiří Kroupa",
            "kroupa@sumavskelisty.example",
            "+420602913570",
        ),
        "from": "Jiří Kroupa <kroupa@sumavskelisty.example>",
        "subject": "Žádost o přístup k výsledkům a natáčení",
        "headers": CENTRUM,
        "charset": "iso-8859-2",
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=iso-8859-2"></head><body>'
        "Dobrý den,<br><br>"
        "žádáme o přístup k průběžným výsledkům voleb ve formátu XML a o povolení natáčet "
        "na pracovišti ČSÚ v Českých Budějovicích.<br><br>"
        "<b>Žadatel:</b> Šumavské listy, spol. s r.o.<br>"
        "<b>IČO:</b> " + I14 + "<br>"
        "<b>IP produkce:</b> 192.0.2.150<br>"
        "<b>IP test:</b> 192.0.2.151<br>"
        "<b>Kontakt:</b> Jiří Kroupa, 602 913 570<br><br>"
        "Natáčet bude náš kameraman Roman Beneš (tel. 604 117 382).<br><br>"
        "Děkuji<br>Jiří Kroupa<br>Šumavské listy</body></html>",
    },
]
