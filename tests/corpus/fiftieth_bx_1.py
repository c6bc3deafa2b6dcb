"""Fiftieth held-out part ``bx``, cases bx001–bx014: a phone-typed note without diacritics, a
chatty mail that corrects its own address, an HTML-only Outlook table with an icon signature, a
point-by-point reply to the office's defect notice, a colleague correcting the thread below, a
Slovak mail wrapped by format=flowed inside the role sentence, a vCard beside a DOCX, English
from Outlook for iOS under a Czech signature, a data message with a PDF, a reply to the office's
quoted press release, a windows-1250 signature naming three people, a German writing English
with IPv6, a photographer's iso-8859-2 filming request and a signed university mail.
Written by hand apart from the extraction rules (see make_fiftieth_bx); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftieth_bx_common import (
    APPLE,
    CSU_BOX,
    CSU_ICO,
    CSU_PHONE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OUTLOOK_IOS,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2764183"), ico("0593172"), ico("2618457"), ico("0471936"), ico("2839520")
I6, I7, I8, I9, I10 = ico("3607214"), ico("2950368"), ico("0687245"), ico("2214097"), ico("2781643")
I11, I13, I14 = ico("0652819"), ico("7312486"), ico("0061538")

CASES: list[dict[str, Any]] = [
    {
        "id": "bx001-iphone-no-diacritics-shorthand",
        "description": "typed on an iPhone without diacritics, lower case throughout; the second "
        "production address written as '.32' after the first; the name spelled properly only "
        "in the From header",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Jihlavsky obzor s.r.o.",
            I1,
            None,
            ["198.51.100.31", "198.51.100.32"],
            ["198.51.100.40"],
            "Tomáš Kříž",
            "kriz@jihlavskyobzor.example",
            "+420731284905",
        ),
        "from": "Tomáš Kříž <kriz@jihlavskyobzor.example>",
        "subject": "pristup xml volby",
        "headers": IPHONE,
        "body": "dobry den,\nchtel bych pozadat o pristup k tem xml vysledkum voleb pro nas "
        "web. produkcni ip 198.51.100.31 a .32, na testovani 198.51.100.40\nfirma je "
        f"Jihlavsky obzor s.r.o., ico {I1}\nkdyby neco tak volejte 731 284 905\ndik\n"
        "Tomas Kriz\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "bx002-chatty-seznam-pardon-swapped-digits",
        "description": "chatty webmail note: the production address is corrected mid-sentence "
        "('ne pardon, přehodila jsem čísla'), testing from production, a cameraman and a "
        "former colleague named beside the contact",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Rádio Podhůří s.r.o.",
            I2,
            None,
            ["203.0.113.51"],
            [],
            "Veronika Sládková",
            "sladkova@radiopodhuri.example",
            "+420608447120",
        ),
        "from": "Veronika Sládková <sladkova@radiopodhuri.example>",
        "subject": "volby - xml a natáčení :)",
        "headers": SEZNAM,
        "body": "Ahoj, teda dobrý den :)\n\npíšu za Rádio Podhůří, kolegyně mi říkala, že se k "
        "vám má posílat žádost kvůli výsledkům voleb, tak tady je. Chtěli bychom ten XML "
        "přístup jako minule (teda minule to řešil ještě Honza Kubíček, který už u nás nedělá, "
        "takže teď já). Produkční adresa serveru je 203.0.113.15 - ne pardon, přehodila jsem "
        "čísla, je to 203.0.113.51. Testovací nemáme, testujeme rovnou na ostrém.\n\nA ještě "
        "- chtěli bychom ve volební noc natáčet na krajské správě v Hradci, kameraman by byl "
        "Láďa Beneš, jestli je potřeba jméno.\n\nFirma: Rádio Podhůří s.r.o., IČO "
        f"{I2}, Palackého 14, Trutnov\nmobil na mě 608 447 120\n\ndíky moc!!\nVeronika "
        "Sládková\nmoderátorka & web\n",
    },
    {
        "id": "bx003-html-only-outlook-table-icon-signature",
        "description": "HTML-only Outlook mail: the application in a two-column table, the "
        "contact's phones only in a signature table whose icons have alt texts 'tel' "
        "(reception) and 'mob'",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Krkonošský týdeník, a.s.",
            I3,
            None,
            ["192.0.2.11", "192.0.2.12"],
            ["192.0.2.19"],
            "Pavla Hořejší",
            "horejsi@krkonosskytydenik.example",
            "+420776310482",
        ),
        "from": "Pavla Hořejší <horejsi@krkonosskytydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Krkonošský týdeník",
        "headers": OUTLOOK,
        "html": '<html><head><meta charset="utf-8"></head><body>'
        "<p class=MsoNormal>Dobrý den,</p><p class=MsoNormal>zasíláme žádost o zpřístupnění "
        "výsledků voleb ve formátu XML:</p>"
        "<table border=1 cellpadding=4 style='border-collapse:collapse'>"
        "<tr><td><b>Žadatel</b></td><td>Krkonošský týdeník, a.s.</td></tr>"
        f"<tr><td><b>IČO</b></td><td>{I3}</td></tr>"
        "<tr><td><b>Produkční IP</b></td><td>192.0.2.11<br>192.0.2.12</td></tr>"
        "<tr><td><b>Testovací IP</b></td><td>192.0.2.19</td></tr>"
        "<tr><td><b>Kontaktní osoba</b></td><td>Pavla Hořejší (spojení viz podpis)</td></tr>"
        "</table><p class=MsoNormal>Děkuji a přeji hezký den</p>"
        "<table cellpadding=0 cellspacing=0 style='font-family:Calibri;font-size:10pt'>"
        "<tr><td colspan=2><b>Pavla Hořejší</b><br>online editorka</td></tr>"
        '<tr><td><img src="cid:image001.png@01DB1A2C" alt="tel" width=12></td>'
        "<td>+420 499 811 200 (recepce)</td></tr>"
        '<tr><td><img src="cid:image002.png@01DB1A2C" alt="mob" width=12></td>'
        "<td>+420 776 310 482</td></tr>"
        '<tr><td><img src="cid:image003.png@01DB1A2C" alt="mail" width=12></td>'
        '<td><a href="mailto:horejsi@krkonosskytydenik.example">'
        "horejsi@krkonosskytydenik.example</a></td></tr>"
        "<tr><td colspan=2>Krkonošský týdeník, a.s. | Horská 6, 543 01 Vrchlabí</td></tr>"
        "</table></body></html>",
    },
    {
        "id": "bx004-reply-defect-notice-point-by-point",
        "description": "answer to the office's defect notice, point by point (IČO, test address, "
        "phone); the notice with the office's IČO, box and phone is quoted, the original "
        "application with the production address and the contact quoted below it; signed by "
        "the director, not the contact",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Horácké listy, spol. s r.o.",
            I4,
            None,
            ["198.51.100.70"],
            ["198.51.100.77"],
            "Jitka Bartáková",
            "bartakova@horackelisty.example",
            "+420603119548",
        ),
        "from": "Martin Šťastný <stastny@horackelisty.example>",
        "subject": "Re: Výzva k odstranění vad podání, č.j. CSU-004512/2025-62",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nk výzvě níže doplňujeme:\n\nad 1) IČO žadatele: "
        f"{I4}\nad 2) testovací IP adresa: 198.51.100.77\nad 3) telefon na paní Bartákovou: "
        "+420 603 119 548\n\nS pozdravem\nMartin Šťastný\njednatel, Horácké listy, spol. s r.o."
        "\n\nDne 10. 9. 2025 v 9:41 Podatelna ČSÚ napsal(a):\n> Český statistický úřad\n> Na "
        f"padesátém 81, 100 82 Praha 10, IČO {CSU_ICO}, ID DS {CSU_BOX}\n>\n> Č.j.: "
        "CSU-004512/2025-62\n>\n> VÝZVA K ODSTRANĚNÍ VAD PODÁNÍ\n>\n> Vaše žádost ze dne 2. 9. "
        "2025 neobsahuje tyto náležitosti:\n> 1. IČO žadatele,\n> 2. testovací IP adresu, "
        "případně sdělení, že ji nepožadujete,\n> 3. telefonní číslo kontaktní osoby.\n>\n> "
        "Prosíme o doplnění do 10 dnů.\n>\n> Mgr. Ivana Zelenková\n> oddělení informačních "
        f"služeb\n> tel. {CSU_PHONE}\n> podatelna@czso.cz\n>\n>> Dobrý den,\n>> žádáme o "
        "přístup k výsledkům voleb (XML) pro Horácké listy, spol. s r.o.\n>> Produkční "
        "server: 198.51.100.70\n>> Kontaktní osoba: Jitka Bartáková, "
        "bartakova@horackelisty.example\n>>\n>> M. Šťastný\n",
    },
    {
        "id": "bx005-thread-colleague-corrects-old-server",
        "description": "a colleague replies above her colleague's quoted application: his "
        "production address is the old server, the new one replaces it; the contact stays "
        "the colleague below, not the one who writes",
        "style": Style.THREAD,
        "labels": L(
            [FEED],
            "Moravský expres a.s.",
            I5,
            None,
            ["192.0.2.141"],
            ["192.0.2.150"],
            "Petr Malina",
            "malina@moravskyexpres.example",
            "+420739602318",
        ),
        "from": "Jana Holubová <holubova@moravskyexpres.example>",
        "cc": "Petr Malina <malina@moravskyexpres.example>",
        "subject": "RE: Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nnavazuji na e-mail kolegy níže – Petr tam omylem uvedl adresu "
        "našeho starého serveru. 192.0.2.140 už nepoužíváme, produkční je 192.0.2.141. "
        "Testovací 192.0.2.150 platí. Kontaktní osobou zůstává Petr.\n\nS pozdravem\nJana "
        "Holubová\nvedoucí vývoje, Moravský expres a.s.\n\nFrom: Petr Malina "
        "<malina@moravskyexpres.example>\nSent: Tuesday, September 9, 2025 10:12 AM\nTo: "
        "podatelna@czso.cz\nCc: Jana Holubová <holubova@moravskyexpres.example>\nSubject: "
        "Žádost o přístup k výsledkům voleb\n\nDobrý den,\n\nžádáme o přístup k výsledkům "
        f"ve formátu XML pro Moravský expres a.s., IČO {I5}.\n\nProdukční IP: 192.0.2.140\n"
        "Testovací IP: 192.0.2.150\nKontaktní osoba: Petr Malina, tel. 739 602 318, "
        "malina@moravskyexpres.example\n\nDěkuji\nPetr Malina\n",
    },
    {
        "id": "bx006-flowed-slovak-role-sentence-wrapped",
        "description": "Slovak mail in format=flowed: the soft line breaks fall inside the "
        "sentence giving production and test addresses, between an address and its role",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Východný hlas, s.r.o.",
            I6,
            None,
            ["198.18.20.5", "198.18.20.6"],
            ["198.18.21.9"],
            "Michal Kováč",
            "kovac@vychodnyhlas.example",
            "+421905318442",
        ),
        "from": "Michal Kováč <kovac@vychodnyhlas.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": TBIRD,
        "flowed": True,
        "cte": "8bit",
        "body": "Dobrý deň,\n\nv mene spoločnosti Východný hlas, s.r.o. (IČO "
        f"{I6}) žiadame o prístup k \nvýsledkom volieb vo formáte XML. Produkčné adresy, "
        "z ktorých budeme \nsťahovať dáta, sú 198.18.20.5 a 198.18.20.6, na testovanie \n"
        "použijeme 198.18.21.9.\n\nKontaktnou osobou je Michal Kováč, tel. +421 905 318 442, "
        "\nkovac@vychodnyhlas.example.\n\nS pozdravom\nMichal Kováč\nIT oddelenie\n",
    },
    {
        "id": "bx007-vcard-attached-beside-docx",
        "description": "two-line cover; the DOCX carries the request and addresses but sends the "
        "contact to the attached vCard, which has a work line and a mobile",
        "style": Style.VCARD,
        "labels": L(
            [FEED, FILM],
            "TV Litomyšl s.r.o.",
            I7,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Adéla Pešková",
            "peskova@tvlitomysl.example",
            "+420461612300",
        ),
        "from": "Adéla Pešková <peskova@tvlitomysl.example>",
        "subject": "Žádost TV Litomyšl - volby",
        "headers": APPLE,
        "body": "Dobrý den,\nv příloze žádost o přístup k XML a povolení natáčení. Kontakt na "
        "mě přikládám jako vizitku.\nAdéla Pešková\n",
        "attachments": [
            (
                "docx",
                "Zadost_TVL.docx",
                {
                    "header": f"TV Litomyšl s.r.o. | Smetanovo nám. 9, Litomyšl | IČO {I7}",
                    "blocks": [
                        "Věc: žádost o zpřístupnění výsledků voleb a o povolení natáčení",
                        "Žádáme o zpřístupnění průběžných výsledků voleb ve formátu XML a o "
                        "povolení natáčet ve volební noc na pracovišti ČSÚ v Pardubicích.",
                        {
                            "rows": [
                                ["Produkční adresy", "203.0.113.120, 203.0.113.121"],
                                ["Testovací adresa", "203.0.113.125"],
                                ["Kontaktní osoba", "viz přiložená vizitka (Adéla Pešková)"],
                            ]
                        },
                        "Bc. Zdeněk Hora, ředitel",
                    ],
                },
            ),
            (
                "txt",
                "Adela_Peskova.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Pešková;Adéla;;;\r\nFN:Adéla Pešková\r\n"
                "ORG:TV Litomyšl s.r.o.\r\nTITLE:produkce\r\nTEL;TYPE=WORK,VOICE:+420 461 "
                "612 300\r\nTEL;TYPE=CELL:+420 724 508 193\r\nEMAIL;TYPE=INTERNET:"
                "peskova@tvlitomysl.example\r\nEND:VCARD\r\n",
            ),
        ],
    },
    {
        "id": "bx008-english-outlook-ios-czech-signature",
        "description": "English typed in Outlook for iOS, signed only 'Klara'; the organisation, "
        "IČO, full name and mobile are in the Czech signature block under 'Get Outlook for iOS'",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Deník Polabí a.s.",
            I8,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Klára Benešová",
            "benesova@denikpolabi.example",
            "+420737415260",
        ),
        "from": "Klára Benešová <benesova@denikpolabi.example>",
        "subject": "XML feed access",
        "headers": OUTLOOK_IOS,
        "body": "Hi,\n\nquick one from my phone - we'd like to get access to the election "
        "results XML feed again this year. Production server 203.0.113.90, test box "
        "203.0.113.91. Let me know if you need anything else.\n\nThanks!\nKlara\n\nGet Outlook "
        "for iOS\n\n--\nMgr. Klára Benešová\nvedoucí digitální redakce\nDeník Polabí a.s. | "
        f"Husova 210, 280 02 Kolín\nIČO: {I8}\nmobil: +420 737 415 260\n"
        "benesova@denikpolabi.example\n",
    },
    {
        "id": "bx009-databox-terse-annotation-pdf",
        "description": "data message annotated only 'zadost volby'; the PDF letter is signed by "
        "the chairwoman but names another person as the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodaj Podřipsko, z. s.",
            I9,
            "q7mx3ta",
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.205"],
            "Luboš Fiala",
            "fiala@podripsko.example",
            "+420702316884",
        ),
        "databox": box(
            "q7mx3ta", "Zpravodaj Podřipsko, z. s.", "Mírové nám. 5, 413 01 Roudnice nad Labem"
        ),
        "subject": "zadost volby",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    f"Zpravodaj Podřipsko, z. s. | Mírové nám. 5, Roudnice nad Labem | IČO {I9}",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Náš spolek vydává online zpravodaj a rád by ve volební noc zveřejňoval "
                    "průběžné výsledky. Žádáme proto o přístup k XML výstupu z produkčních "
                    "adres 198.51.100.200 a 198.51.100.201; testovat budeme z adresy "
                    "198.51.100.205.",
                    "Kontaktní osobou pro tuto žádost je náš správce webu Luboš Fiala "
                    "(fiala@podripsko.example, tel. 702 316 884).",
                    "Ing. Renata Vávrová\npředsedkyně spolku",
                ],
            )
        ],
    },
    {
        "id": "bx010-reply-to-office-press-release",
        "description": "applies in reply to the office's own press release, quoted below with "
        "the office's IČO, box, e-mail and media phone; both requests in one sentence",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Brněnské zprávy s.r.o.",
            I10,
            None,
            ["198.18.40.1", "198.18.40.2"],
            ["198.18.41.1"],
            "Ondřej Kratochvíl",
            "kratochvil@brnenskezpravy.example",
            "+420604923117",
        ),
        "from": "Ondřej Kratochvíl <kratochvil@brnenskezpravy.example>",
        "subject": "Re: TZ: Výsledky voleb pro média – přihlášky do 30. září",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nna základě vaší tiskové zprávy níže bychom rádi požádali o "
        "obojí – přístup k XML s výsledky i o povolení natáčet ve volební noc ve vašem sídle. "
        "Produkční adresy: 198.18.40.1, 198.18.40.2, testovací 198.18.41.1. Kontakt: já, "
        f"604 923 117.\n\nBrněnské zprávy s.r.o., IČO {I10}\n\nOndřej Kratochvíl\n"
        "šéfredaktor\n\npo 1. 9. 2025 v 8:00 odesílatel Tiskové oddělení ČSÚ "
        "<infoservis@czso.cz> napsal:\n\n> Český statistický úřad (IČO "
        f"{CSU_ICO}) zpřístupní médiím průběžné výsledky voleb do Poslanecké sněmovny\n> na "
        "dedikovaném serveru ve formátu XML. Žádosti zasílejte do datové schránky\n> "
        f"{CSU_BOX} nebo na podatelna@czso.cz; uveďte produkční a testovací IP adresy\n> a "
        "kontaktní osobu. Žádosti o natáčení na pracovištích ČSÚ posílejte stejnou cestou.\n"
        f">\n> Kontakt pro média: tiskové oddělení, tel. {CSU_PHONE}\n",
    },
    {
        "id": "bx011-windows1250-signature-three-people",
        "description": "windows-1250 mail from a shared mailbox; the signature lists three people "
        "with phones and the text sends technical questions to the IT administrator; a "
        "backup server among the production addresses",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Týdeník Českomoravsko, s.r.o.",
            I11,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Ondřej Šimek",
            "simek@tydenikcm.example",
            "+420731622905",
        ),
        "from": "Redakce Týdeník Českomoravsko <redakce@tydenikcm.example>",
        "subject": "Žádost o datový výstup výsledků voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nžádáme o přístup k datovému výstupu výsledků voleb (XML). "
        "Serverovna: 192.0.2.160 (hlavní), 192.0.2.161 (záložní). Test: 192.0.2.170.\nPro "
        "technické věci a jako kontakt k této žádosti prosím berte Ondřeje Šimka z IT (viz "
        "podpis), ostatní vyřizuje šéfredaktor.\n\nS pozdravem\n\nBc. Radim Hájek, "
        "šéfredaktor, +420 567 300 112, hajek@tydenikcm.example\nOndřej Šimek, správce IT, "
        "+420 731 622 905, simek@tydenikcm.example\nLenka Vojtová, asistentka redakce, "
        "+420 567 300 110\n\nTýdeník Českomoravsko, s.r.o., Znojemská 44, 586 01 Jihlava, "
        f"IČO {I11}\n",
    },
    {
        "id": "bx012-german-writing-english-ipv6",
        "description": "a German publisher writing English: IPv6 production servers, an IPv4 "
        "office line for testing, no IČO, a German mobile in international format with "
        "odd grouping",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheintal Medien GmbH",
            None,
            None,
            ["2001:db8:4a:10::5", "2001:db8:4a:10::6"],
            ["192.0.2.210"],
            "Lukas Brenner",
            "l.brenner@rheintal-medien.example",
            "+491714403829",
        ),
        "from": "Lukas Brenner <l.brenner@rheintal-medien.example>",
        "subject": "Application for election results feed",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\nRheintal Medien GmbH (Koblenz) is covering the Czech "
        "parliamentary elections for our regional news portals and would like to apply for "
        "access to the results XML feed.\n\nOur production servers are reachable via IPv6 "
        "only:\n  2001:db8:4a:10::5\n  2001:db8:4a:10::6\nFor testing we'd use our office "
        "line, 192.0.2.210.\n\nContact person is me, Lukas Brenner, mobile +49 171 4403 829, "
        "or simply by mail.\n\nKind regards / Mit freundlichen Grüßen\nLukas Brenner\nHead of "
        "Data Desk\nRheintal Medien GmbH\nRheinstraße 14, 56068 Koblenz\n",
    },
    {
        "id": "bx013-iso88592-photographer-filming-only",
        "description": "iso-8859-2 webmail from a self-employed photographer: filming only, "
        "the XML explicitly not wanted; a description of his work after the dash",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Marek Hrubý",
            I13,
            None,
            [],
            [],
            "Marek Hrubý",
            "marek.hruby@fotohruby.example",
            "+420775204681",
        ),
        "from": "Marek Hrubý <marek.hruby@fotohruby.example>",
        "subject": "povolení fotografovat - volby",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nfotím pro několik regionálních redakcí a chtěl bych vás "
        "poprosit o povolení fotografovat na pracovišti ČSÚ v Olomouci ve volební noc (od "
        "14 h zhruba do půlnoci). Data ani XML nepotřebuji, to si redakce řeší samy.\n\n"
        f"Marek Hrubý - reportážní fotografie\nIČO {I13}\ntel. 775 204 681\n",
    },
    {
        "id": "bx014-smime-zimbra-faculty-cidr",
        "description": "S/MIME-signed Zimbra mail from a faculty dean's office (applies as its "
        "university); a /30 block for production; a student crew to film; the contact is "
        "a lecturer named in the text, not the signer",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Západomoravská univerzita v Třebíči",
            I14,
            None,
            ["198.51.100.88", "198.51.100.89", "198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Tereza Lorencová",
            "lorencova@fms.zut.example",
            "+420739880412",
        ),
        "from": '"doc. Ing. Pavel Řezníček, Ph.D." <reznicek@fms.zut.example>',
        "subject": "Fakulta mediálních studií – žádost o data a natáčení ve volební noc",
        "headers": ZIMBRA,
        "smime": True,
        "body": "Vážení,\n\nFakulta mediálních studií Západomoravské univerzity v Třebíči "
        "připravuje se studenty volební studio. Žádáme o přístup k průběžným výsledkům v XML "
        "(produkční rozsah 198.51.100.88/30, testovací adresa 198.51.100.95) a o povolení, "
        "aby studentský štáb natáčel na krajském pracovišti ČSÚ v Jihlavě.\n\nKontaktní "
        "osobou je Mgr. Tereza Lorencová, lorencova@fms.zut.example, mob. 739 880 412.\n\n"
        "S pozdravem\ndoc. Ing. Pavel Řezníček, Ph.D.\nproděkan pro vnější vztahy\nFakulta "
        "mediálních studií\nZápadomoravská univerzita v Třebíči, IČO "
        f"{I14}\n",
    },
]
