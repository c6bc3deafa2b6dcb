"""Tenth held-out part ``o``, cases o001–o014: phone notes, chatty mails, an HTML table, a
forward, a reply thread, a correction, Slovak, English, German and Polish senders, a data
message. Written by hand; labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.tenth_o_common import (
    ANDROID,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    THUNDERBIRD,
    Style,
)

F = ["feed_access"]
R = ["recording_permit"]
B = ["feed_access", "recording_permit"]

CASES: list[dict[str, Any]] = [
    {
        "id": "o001-iphone-freelancer-one-ip",
        "description": "two lines typed on a phone, no diacritics, a freelancer without IČO",
        "style": Style.PHONE,
        "from": "Tomas Kriz <tomas.kriz@posta.example>",
        "subject": "volby data",
        "headers": IPHONE,
        "body": (
            "Dobry den, prosim o pristup k xml s vysledky voleb pro muj web, IP serveru 203.0.113.45. "
            "Tel 732 118 904\n"
            "Tomas Kriz, nezavisly novinar\n\n"
            "Odesláno z iPhonu\n"
        ),
        "labels": L(
            F,
            "Tomas Kriz",
            None,
            None,
            ["203.0.113.45"],
            [],
            "Tomas Kriz",
            "tomas.kriz@posta.example",
            "+420732118904",
        ),
    },
    {
        "id": "o002-chatty-regional-daily-it-contact",
        "description": "chatty editor; the IT man named as contact is not the one who signs",
        "style": Style.CHATTY,
        "from": "Hana Pospíšilová <pospisilova@podbrdsko-denik.example>",
        "subject": "Re: výsledky voleb – chceme se připojit :)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "tak jsme se konečně rozhoupali a letos bychom chtěli mít výsledky voleb na webu hned, "
            "jak je zveřejníte, a ne je opisovat z volby.cz jako minule (to byl teda večer...).\n\n"
            "Vydavatel: Deník Podbrdsko s.r.o., IČO 28417364, Příbram.\n"
            "Náš server, ze kterého se budeme připojovat: 198.51.100.61 a záložní 198.51.100.62.\n"
            "Na zkoušky před volbami bychom použili 192.0.2.140 a 192.0.2.141.\n\n"
            "Technicky to celé bude mít na starosti náš správce Petr Vondráček, "
            "petr.vondracek@podbrdsko-denik.example, mobil 604 552 187 – to je kontakt pro vás, "
            "já se v tom stejně nevyznám :)\n\n"
            "Díky moc a hezký den!\n"
            "Hana Pospíšilová\n"
            "šéfredaktorka\n"
            "tel. 318 620 114\n"
        ),
        "labels": L(
            F,
            "Deník Podbrdsko s.r.o.",
            "28417364",
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["192.0.2.140", "192.0.2.141"],
            "Petr Vondráček",
            "petr.vondracek@podbrdsko-denik.example",
            "+420604552187",
        ),
    },
    {
        "id": "o003-html-only-table-range",
        "description": "HTML-only Outlook mail, addresses and contact in a table, a written range",
        "style": Style.HTML_TABLE,
        "from": '"Machala, Ondrej" <ondrej.machala@tvmorava.example>',
        "subject": "Žádost o přístup k výsledkovému serveru – TV Morava",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Dobrý den,</p>"
            "<p>v souvislosti s blížícími se volbami žádáme o zřízení přístupu k serveru "
            "s výsledky ve formátu XML. Údaje uvádíme v tabulce.</p>"
            '<table border="1" cellpadding="4">'
            "<tr><td><b>Žadatel</b></td><td>TV Morava a.s.</td></tr>"
            "<tr><td><b>IČ</b></td><td>06129455</td></tr>"
            "<tr><td><b>Ostrý provoz</b></td><td>198.51.100.20 – 198.51.100.23</td></tr>"
            "<tr><td><b>Testovací provoz</b></td><td>198.51.100.30</td></tr>"
            "<tr><td><b>Kontaktní osoba</b></td><td>Ing. Ondřej Machala, vedoucí IT</td></tr>"
            "<tr><td><b>E-mail</b></td><td>ondrej.machala@tvmorava.example</td></tr>"
            "<tr><td><b>Telefon</b></td><td>+420 731 400 226</td></tr>"
            "</table>"
            "<p>S pozdravem<br>Ondřej Machala<br>TV Morava a.s. | Olomouc</p>"
            "</body></html>"
        ),
        "labels": L(
            F,
            "TV Morava a.s.",
            "06129455",
            None,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22", "198.51.100.23"],
            ["198.51.100.30"],
            "Ondřej Machala",
            "ondrej.machala@tvmorava.example",
            "+420731400226",
        ),
    },
    {
        "id": "o004-secretary-forwards-attached-mail",
        "description": "a secretary forwards the editor's request as an attached message",
        "style": Style.FORWARD,
        "from": "Sekretariát Rádio Haná <sekretariat@radiohana.example>",
        "subject": "Fw: přístup k volebním datům",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "na pokyn pana ředitele přeposílám žádost naší redakce (viz příloha). "
            "Prosím případné dotazy směřujte přímo na pana Klimeše.\n\n"
            "Jarmila Dostálová\n"
            "asistentka ředitele\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost-volby.eml",
                {
                    "id": "o004-inner",
                    "from": "Radek Klimeš <radek.klimes@radiohana.example>",
                    "to": "sekretariat@radiohana.example",
                    "subject": "žádost pro ČSÚ – prosím přeposlat",
                    "body": (
                        "Jarmilo, pošli to prosím na podatelnu statistického úřadu, díky.\n\n"
                        "---\n"
                        "Žádáme o přístup k XML výsledkům voleb.\n"
                        "Žadatel: Rádio Haná, spol. s r.o., IČO 25603183\n"
                        "Produkční server: 203.0.113.70\n"
                        "Testovací: nemáme, budeme testovat rovnou na produkci\n"
                        "Kontakt: Radek Klimeš, vedoucí zpravodajství, "
                        "radek.klimes@radiohana.example, 585 100 742\n"
                    ),
                },
            )
        ],
        "labels": L(
            F,
            "Rádio Haná, spol. s r.o.",
            "25603183",
            None,
            ["203.0.113.70"],
            [],
            "Radek Klimeš",
            "radek.klimes@radiohana.example",
            "+420585100742",
        ),
    },
    {
        "id": "o005-reply-adds-test-addresses",
        "description": "reply to the office's query; the quoted original holds production, the reply test",
        "style": Style.REPLY,
        "from": "Lukáš Beneš <benes@zlinsky-kuryr.example>",
        "subject": "RE: Doplnění žádosti – testovací adresy",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, testovací adresy jsem zapomněl. Jsou to 192.0.2.18 a 192.0.2.19.\n\n"
            "Lukáš Beneš\n\n"
            "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Sent: Tuesday, November 29, 2022 10:12 AM\n"
            "To: Lukáš Beneš <benes@zlinsky-kuryr.example>\n"
            "Subject: Doplnění žádosti – testovací adresy\n\n"
            "Vážený pane Beneši,\n"
            "ve Vaší žádosti chybí testovací IP adresy. Pokud je chcete využít, zašlete je prosím.\n"
            "Podatelna ČSÚ, tel. 274 052 733\n\n"
            "-----Original Message-----\n"
            "From: Lukáš Beneš <benes@zlinsky-kuryr.example>\n"
            "Subject: Žádost o přístup k datům\n\n"
            "Dobrý den, za vydavatelství Zlínský kurýr, s.r.o. (IČ 47318864) žádáme o přístup "
            "k výsledkům voleb v XML. Ostrý provoz poběží z adres 203.0.113.200 a 203.0.113.201.\n"
            "Kontakt: Lukáš Beneš, tel. 777 203 119\n"
        ),
        "labels": L(
            F,
            "Zlínský kurýr, s.r.o.",
            "47318864",
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["192.0.2.18", "192.0.2.19"],
            "Lukáš Beneš",
            "benes@zlinsky-kuryr.example",
            "+420777203119",
        ),
    },
    {
        "id": "o006-correction-wrong-ip",
        "description": "a second mail correcting one production address of the first, quoted below",
        "style": Style.CORRECTION,
        "from": "Martin Šimek <m.simek@plzenskezpravy.example>",
        "subject": "OPRAVA: žádost o XML výsledky – Plzeňské zprávy",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "v mé žádosti níže je chyba, adresa 192.0.2.71 je špatně. Správně má být 192.0.2.77. "
            "Ostatní platí.\n\n"
            "Děkuji a omlouvám se za zmatek\n"
            "Martin Šimek\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: Martin Šimek <m.simek@plzenskezpravy.example>\n"
            "Komu: podatelna@czso.cz\n"
            "Předmět: žádost o XML výsledky – Plzeňské zprávy\n\n"
            "Dobrý den,\n"
            "žádáme o přístup k datovému serveru s výsledky voleb.\n"
            "Firma: Plzeňské zprávy s.r.o., IČO 08774129\n"
            "IP produkce: 192.0.2.70, 192.0.2.71\n"
            "IP test: 198.51.100.170\n"
            "Kontaktní osoba: Martin Šimek, 721 660 093\n"
        ),
        "labels": L(
            F,
            "Plzeňské zprávy s.r.o.",
            "08774129",
            None,
            ["192.0.2.70", "192.0.2.77"],
            ["198.51.100.170"],
            "Martin Šimek",
            "m.simek@plzenskezpravy.example",
            "+420721660093",
        ),
    },
    {
        "id": "o007-slovak-daily-both",
        "description": "Slovak publisher asks for the feed and for filming in Brno, Slovak phone",
        "style": Style.GMAIL,
        "from": "Zuzana Kováčiková <kovacikova@dennikvychod.example>",
        "subject": "Žiadosť – prístup k výsledkom a nakrúcanie",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "spoločnosť Denník Východ, s. r. o., IČO 29361508, by rada požiadala o prístup "
            "k XML výstupu výsledkov volieb. Adresy ostrej prevádzky: 203.0.113.90, 203.0.113.91. "
            "Testovacia adresa: 203.0.113.99.\n\n"
            "Zároveň žiadame o povolenie nakrúcať na preberacom mieste v Brne počas noci "
            "zo soboty na nedeľu, štáb budú tvoriť dvaja ľudia.\n\n"
            "Kontakt: Zuzana Kováčiková, +421 905 318 442\n\n"
            "S pozdravom\n"
            "Zuzana Kováčiková\n"
            "redaktorka, Košice\n"
        ),
        "labels": L(
            B,
            "Denník Východ, s. r. o.",
            "29361508",
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.99"],
            "Zuzana Kováčiková",
            "kovacikova@dennikvychod.example",
            "+421905318442",
        ),
    },
    {
        "id": "o008-english-nordic-ipv6",
        "description": "foreign broadcaster in English, IPv6 and IPv4, several people in the signature",
        "style": Style.FOREIGN,
        "from": "Erik Lindqvist <erik.lindqvist@nordicbroadcast.example>",
        "subject": "Access to Czech election results feed",
        "headers": THUNDERBIRD,
        "body": (
            "Hello,\n\n"
            "Nordic Broadcasting AB (Stockholm) will cover the Czech presidential election and "
            "would like to receive the official results XML. We do not have a Czech company "
            "number.\n\n"
            "Production servers:\n"
            "  2001:db8:4a1::10\n"
            "  2001:db8:4a1::11\n"
            "  198.51.100.140\n"
            "We won't need a separate test address.\n\n"
            "Technical contact for this request is our engineer Sofia Berg, "
            "sofia.berg@nordicbroadcast.example, +46 70 123 45 67.\n\n"
            "Best regards,\n"
            "Erik Lindqvist\n"
            "Foreign desk editor | +46 8 555 012 34\n"
            "cc: Anna Holm (producer), anna.holm@nordicbroadcast.example\n"
        ),
        "labels": L(
            F,
            "Nordic Broadcasting AB",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11", "198.51.100.140"],
            [],
            "Sofia Berg",
            "sofia.berg@nordicbroadcast.example",
            "+46701234567",
        ),
    },
    {
        "id": "o009-german-filming-only",
        "description": "German sender asks only to film at collection points, German phone",
        "style": Style.FOREIGN,
        "from": "Katrin Wegener <k.wegener@donau-rundfunk.example>",
        "subject": "Drehgenehmigung Wahlabend Prag / filming permission",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Donau Rundfunk GmbH möchte am Wahlabend an einer Ihrer Übernahmestellen in Prag "
            "drehen (Kamera + Ton, 2 Personen, ca. 30 Minuten). Einen Zugang zu den XML-Daten "
            "benötigen wir nicht.\n\n"
            "(English: we ask for permission to film at a collection point in Prague on election "
            "night, crew of two. No data feed needed.)\n\n"
            "Ansprechpartnerin: Katrin Wegener, Mobil +49 151 2345 6789\n\n"
            "Mit freundlichen Grüßen\n"
            "Katrin Wegener\n"
            "Redaktion Ausland, Regensburg\n"
        ),
        "labels": L(
            R,
            "Donau Rundfunk GmbH",
            None,
            None,
            [],
            [],
            "Katrin Wegener",
            "k.wegener@donau-rundfunk.example",
            "+4915123456789",
        ),
    },
    {
        "id": "o010-polish-tv-both",
        "description": "Polish TV writes in Polish with a Czech sentence, both requests, CIDR",
        "style": Style.FOREIGN,
        "from": "Paweł Nowicki <pawel.nowicki@tvslask.example>",
        "subject": "Wniosek / žádost – wyniki wyborów",
        "headers": ROUNDCUBE,
        "body": (
            "Dzień dobry,\n\n"
            "Telewizja Śląsk sp. z o.o. z Katowic prosi o dostęp do danych XML z wynikami wyborów "
            "prezydenckich w Czechach oraz o zgodę na nagrywanie w punkcie odbioru w Ostrawie.\n\n"
            "Adresy produkcyjne: 203.0.113.32/30\n"
            "Adres testowy: 198.51.100.9\n\n"
            "Omlouvám se za polštinu, česky umím jen trochu.\n\n"
            "Kontakt: Paweł Nowicki, tel. +48 601 234 567\n\n"
            "Pozdrawiam\n"
            "Paweł Nowicki\n"
        ),
        "labels": L(
            B,
            "Telewizja Śląsk sp. z o.o.",
            None,
            None,
            ["203.0.113.32", "203.0.113.33", "203.0.113.34", "203.0.113.35"],
            ["198.51.100.9"],
            "Paweł Nowicki",
            "pawel.nowicki@tvslask.example",
            "+48601234567",
        ),
    },
    {
        "id": "o011-databox-pdf-cidr",
        "description": "data message with a PDF letter, a /30 block, a test address",
        "style": Style.DATABOX,
        "databox": {"box": "k7m2qpd", "sender": "Vysočina Dnes, z.s.", "address": "Jihlava"},
        "subject": "Žádost o přístup k výsledkům voleb",
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    "Vysočina Dnes, z.s., Masarykovo nám. 12, Jihlava, IČ 04533194",
                    "Český statistický úřad, Na padesátém 81, Praha 10",
                    "Věc: žádost o přístup k XML výsledkům voleb",
                    "Žádáme o zařazení našich serverů mezi oprávněné příjemce výsledků voleb.",
                    {
                        "rows": [
                            ["Ostrý provoz", "203.0.113.8/30"],
                            ["Testovací provoz", "203.0.113.12"],
                            ["Kontaktní osoba", "Mgr. Alena Doležalová, 567 300 481"],
                            ["E-mail", "dolezalova@vysocinadnes.example"],
                        ],
                        "widths": [120, 260],
                    },
                    "V Jihlavě dne 30. 11. 2022, Mgr. Alena Doležalová, předsedkyně spolku",
                ],
            )
        ],
        "labels": L(
            F,
            "Vysočina Dnes, z.s.",
            "04533194",
            "k7m2qpd",
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.12"],
            "Alena Doležalová",
            "dolezalova@vysocinadnes.example",
            "+420567300481",
        ),
    },
    {
        "id": "o012-followup-quotes-first-mail",
        "description": "follow-up adds the test address and a mobile, quoting the sender's first mail",
        "style": Style.FOLLOWUP,
        "from": "Vojtěch Pazdera <pazdera@infoliberec.example>",
        "subject": "Re: žádost – přístup k XML (doplnění)",
        "headers": ANDROID,
        "body": (
            "Ještě doplňuju: test poběží z 198.51.100.233. A na mě lepší mobil 608 741 090, "
            "na pevnou linku mě nechytíte.\n\n"
            "V.\n\n"
            "Dne 1. 12. 2022 v 9:14 Vojtěch Pazdera <pazdera@infoliberec.example> napsal(a):\n"
            "> Dobrý den,\n"
            "> žádáme o přístup k výsledkům voleb ve formátu XML.\n"
            "> InfoLiberec s.r.o., IČO 27180042\n"
            "> produkční IP: 198.51.100.230\n"
            "> testovací IP pošlu dodatečně\n"
            "> Vojtěch Pazdera, IT, tel. 485 110 220\n"
        ),
        "labels": L(
            F,
            "InfoLiberec s.r.o.",
            "27180042",
            None,
            ["198.51.100.230"],
            ["198.51.100.233"],
            "Vojtěch Pazdera",
            "pazdera@infoliberec.example",
            "+420608741090",
        ),
    },
    {
        "id": "o013-university-xlsx",
        "description": "a university department sends its addresses in a spreadsheet, short body",
        "style": Style.ATTACHMENT,
        "from": "Jiří Navrátil <navratil@vsmedia.example>",
        "subject": "Přístup k volebním datům pro studentský web",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "Vysoká škola mediální, o.p.s. (IČO 64592171) žádá o přístup k XML výsledkům voleb "
            "pro studentský zpravodajský web. Adresy a kontakt najdete v přiložené tabulce.\n\n"
            "S pozdravem\n"
            "doc. Jiří Navrátil\n"
            "katedra žurnalistiky\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Produkční IP", "192.0.2.210"],
                            ["Produkční IP", "192.0.2.211"],
                            ["Testovací IP", "192.0.2.212"],
                            ["Kontakt", "Jiří Navrátil"],
                            ["Telefon", "+420 222 511 367"],
                            ["E-mail", "navratil@vsmedia.example"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            F,
            "Vysoká škola mediální, o.p.s.",
            "64592171",
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.212"],
            "Jiří Navrátil",
            "navratil@vsmedia.example",
            "+420222511367",
        ),
    },
    {
        "id": "o014-filming-dropped-midway",
        "description": "asks for both, then drops the filming later in the same chatty mail",
        "style": Style.CHATTY,
        "from": "Ondra Bartoš <ondra@kurzor-tv.example>",
        "subject": "data + kamera na volby",
        "headers": SEZNAM,
        "body": (
            "Zdravím,\n\n"
            "chtěli bychom dvě věci: 1) přístup k těm XML výsledkům a 2) natáčet u vás "
            "na přebíracím místě v Praze.\n\n"
            "Firma je Kurzor TV s.r.o., IČ 02884526, server 203.0.113.150, na testy 203.0.113.151.\n\n"
            "Tak teď mi volal kolega, že kameru nakonec nemáme, takže bod 2 škrtněte, "
            "zůstává jen ten přístup k datům.\n\n"
            "Ondřej Bartoš, 739 022 615\n"
        ),
        "labels": L(
            F,
            "Kurzor TV s.r.o.",
            "02884526",
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Ondřej Bartoš",
            "ondra@kurzor-tv.example",
            "+420739022615",
        ),
    },
]
