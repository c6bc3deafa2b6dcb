"""Seventeenth held-out part ``ka``, cases ka001–ka014: phone-typed notes, chatty mails,
HTML tables, forwards, replies and corrections (written by hand, see make_seventeenth_ka)."""

from __future__ import annotations

from typing import Any

from tests.corpus.seventeenth_ka_common import FEED, FILM, L, Style, ico

IPHONE = [("X-Mailer", "iPhone Mail (20H115)")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
TBIRD = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0")
]

I1, I2, I3, I4 = ico("2781436"), ico("4470912"), ico("0635281"), ico("2908817")
I5, I6, I7 = ico("1762043"), ico("6483190"), ico("0587624")

CASES: list[dict[str, Any]] = [
    {
        "id": "ka001-iphone-two-liner",
        "description": "two lines typed on a phone without diacritics, phone number in the text",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Radio Cerna Hora s.r.o.",
            I1,
            None,
            ["198.51.100.23", "198.51.100.24"],
            [],
            "Petr Kolar",
            "kolar@radiocernahora.example",
            "+420777123456",
        ),
        "from": "Petr Kolar <kolar@radiocernahora.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "body": (
            f"Dobry den, za Radio Cerna Hora s.r.o. (ICO {I1}) prosim o pristup k xml s vysledky,"
            " ostre IP 198.51.100.23 a 198.51.100.24, testovaci nemame.\n"
            "Kolar, tel 777 123 456\n\nOdeslano z iPhonu\n"
        ),
    },
    {
        "id": "ka002-chatty-editor-both",
        "description": "long chatty mail from an editor asking for the feed and for filming",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Jihlavské listy, z.s.",
            I2,
            None,
            ["203.0.113.70"],
            ["203.0.113.71"],
            "Markéta Šindelářová",
            "sindelarova@jihlavskelisty.example",
            "+420608445120",
        ),
        "from": "Markéta Šindelářová <sindelarova@jihlavskelisty.example>",
        "subject": "Volby – my bychom taky rádi :)",
        "body": (
            "Ahoj / dobrý den,\n\n"
            "omlouvám se za trochu neformální začátek, píšu to narychlo mezi dvěma uzávěrkami. "
            "Jsme malý spolek, který vydává Jihlavské listy (Jihlavské listy, z.s., IČO "
            f"{I2}), a letos poprvé bychom chtěli výsledky brát přímo od vás, ne z webu.\n\n"
            "Náš server, ze kterého budeme stahovat, má adresu 203.0.113.70, na zkoušku "
            "bychom rádi použili 203.0.113.71.\n\n"
            "A ještě jedna věc – kolega fotograf by chtěl v sobotu natočit krátké video "
            "z okrskové komise u nás v Jihlavě, jestli k tomu potřebujeme vaše povolení, tak "
            "o něj tímto taky žádám.\n\n"
            "Kdyby cokoliv, volejte mi klidně i večer: 608 445 120.\n\n"
            "Díky moc!\nMarkéta Šindelářová\nredaktorka\n"
        ),
    },
    {
        "id": "ka003-html-only-table",
        "description": "HTML-only Outlook mail, the data in a two-column table",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "TV Polabí a.s.",
            I3,
            None,
            ["192.0.2.130", "192.0.2.131", "192.0.2.132"],
            ["192.0.2.140"],
            "Ondřej Pospíchal",
            "it@tvpolabi.example",
            "+420466120311",
        ),
        "from": "TV Polabi IT <it@tvpolabi.example>",
        "subject": "Žádost o přístup k datům voleb",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Dobrý den,</p><p>žádáme o zřízení přístupu k XML výstupům "
            "výsledků voleb. Údaje níže:</p>"
            "<table border='1'><tr><td><b>Žadatel</b></td><td>TV Polabí a.s.</td></tr>"
            f"<tr><td><b>IČO</b></td><td>{I3}</td></tr>"
            "<tr><td><b>Produkční IP</b></td><td>192.0.2.130<br>192.0.2.131<br>192.0.2.132</td></tr>"
            "<tr><td><b>Testovací IP</b></td><td>192.0.2.140</td></tr>"
            "<tr><td><b>Kontaktní osoba</b></td><td>Ondřej Pospíchal</td></tr>"
            "<tr><td><b>Telefon</b></td><td>+420 466 120 311</td></tr>"
            "<tr><td><b>E-mail</b></td><td>it@tvpolabi.example</td></tr></table>"
            "<p>S pozdravem<br>IT oddělení TV Polabí</p></body></html>"
        ),
    },
    {
        "id": "ka004-forward-from-it",
        "description": "secretary forwards the technician's note; the technician is named contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vydavatelství Brněnský večerník s.r.o.",
            I4,
            None,
            ["198.51.100.200", "198.51.100.201"],
            [],
            "Radek Hromádka",
            "hromadka@brnenskyvecernik.example",
            "+420731556210",
        ),
        "from": "Sekretariat <sekretariat@brnenskyvecernik.example>",
        "subject": "Fwd: IP pro volby",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\npřeposílám podklady od našeho správce sítě k žádosti o přístup "
            "k volebnímu XML. Žadatelem je Vydavatelství Brněnský večerník s.r.o., IČO "
            f"{I4}. Kontaktní osobou pro technické věci je pan Hromádka (viz níže).\n\n"
            "Jana Dvořáková, sekretariát\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: IP pro volby\nOd: Radek Hromádka <hromadka@brnenskyvecernik.example>\n"
            "Komu: sekretariat@brnenskyvecernik.example\n\n"
            "Jano, posílám ty adresy:\n"
            "  produkce: 198.51.100.200, 198.51.100.201\n"
            "  test: zatím nic\n"
            "Kdyby se ptali, jsem na mobilu 731 556 210.\nRadek\n"
        ),
    },
    {
        "id": "ka005-reply-completes-test",
        "description": "reply to the office's query adds test addresses; production only in quoted history",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Regionální zpravodajství Morava, s.r.o.",
            I5,
            None,
            ["203.0.113.14", "203.0.113.15"],
            ["203.0.113.99"],
            "Ivana Křížková",
            "krizkova@rzmorava.example",
            "+420585100244",
        ),
        "from": "Ivana Křížková <krizkova@rzmorava.example>",
        "subject": "Re: Doplnění žádosti – testovací adresy",
        "body": (
            "Dobrý den,\n\ntestovací adresa bude 203.0.113.99, jen jedna.\n\n"
            "Děkuji, Ivana Křížková\n\n"
            "Dne 3. 10. napsal(a) podatelna@czso.cz:\n"
            "> Dobrý den, prosíme o doplnění testovacích IP adres, případně o sdělení, že je\n"
            "> nepožadujete. Podatelna ČSÚ, tel. 274 052 733\n"
            ">\n"
            "> Dne 2. 10. Ivana Křížková napsala:\n"
            ">> Dobrý den, za společnost Regionální zpravodajství Morava, s.r.o.,\n"
            f">> IČO {I5}, žádám o přístup k XML s výsledky voleb.\n"
            ">> Produkční adresy: 203.0.113.14 a 203.0.113.15.\n"
            ">> Kontakt: Ivana Křížková, 585 100 244, krizkova@rzmorava.example\n"
        ),
    },
    {
        "id": "ka006-correction-follow-up",
        "description": "follow-up corrects a mistyped production address from the earlier mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zlínský deník online s.r.o.",
            I6,
            None,
            ["198.51.100.45", "198.51.100.46"],
            [],
            "Tomáš Bednařík",
            "bednarik@zlinskydenik.example",
            "+420605771902",
        ),
        "from": "Tomáš Bednařík <bednarik@zlinskydenik.example>",
        "subject": "OPRAVA: žádost o XML volby",
        "body": (
            "Dobrý den,\n\nomlouvám se, ve včerejší žádosti jsem přehodil číslice. "
            "Správná první adresa je 198.51.100.45, ne 198.51.100.54. Druhá (198.51.100.46) "
            "platí.\n\nPro úplnost celá žádost znovu:\n"
            f"Zlínský deník online s.r.o., IČO {I6}\n"
            "ostré IP: 198.51.100.45, 198.51.100.46\ntestovací: nepožadujeme\n"
            "kontakt: Tomáš Bednařík, 605 771 902\n\nDíky a pardon za zmatek.\nT. Bednařík\n"
        ),
    },
    {
        "id": "ka007-slovak-cidr",
        "description": "Slovak text, production given as a /30 block",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mediálny dom Tatry, s.r.o.",
            None,
            None,
            ["192.0.2.16", "192.0.2.17", "192.0.2.18", "192.0.2.19"],
            [],
            "Zuzana Hrivnáková",
            "hrivnakova@mdtatry.example",
            "+421905334221",
        ),
        "from": "Zuzana Hrivnáková <hrivnakova@mdtatry.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\nv mene spoločnosti Mediálny dom Tatry, s.r.o. (so sídlom v Poprade) "
            "žiadame o sprístupnenie XML súborov s výsledkami volieb pre naše spravodajstvo.\n\n"
            "Produkčný rozsah: 192.0.2.16/30\nTestovacie prostredie nepotrebujeme.\n\n"
            "Kontaktná osoba: Zuzana Hrivnáková, +421 905 334 221\n\n"
            "S pozdravom\nZuzana Hrivnáková\nvedúca online redakcie\n"
        ),
    },
    {
        "id": "ka008-english-foreign-ipv6",
        "description": "foreign broadcaster in English, no IČO, IPv6 production and IPv4 test",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordlys Broadcasting AS",
            None,
            None,
            ["2001:db8:4a::10", "2001:db8:4a::11"],
            ["198.18.7.5"],
            "Ingrid Solberg",
            "ingrid.solberg@nordlys.example",
            "+4792334455",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@nordlys.example>",
        "subject": "Election results feed - access request",
        "headers": [("X-Mailer", "Apple Mail (2.3731)")],
        "body": (
            "Hello,\n\nI'm writing on behalf of Nordlys Broadcasting AS (Oslo). We will cover "
            "the Czech elections and would like to pull the official XML results feed.\n\n"
            "Our ingest servers are IPv6 only:\n  2001:db8:4a:0:0:0:0:10\n  2001:db8:4a::11\n"
            "For testing we'd use 198.18.7.5 if that's OK.\n\n"
            "We don't have a Czech company ID. Best reach me on +47 923 34 455.\n\n"
            "Kind regards,\nIngrid Solberg\nHead of Data Desk\n"
        ),
    },
    {
        "id": "ka009-german-filming-only",
        "description": "German sender asks only for permission to film at a polling station",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Mitteldeutsche Fernsehproduktion GmbH",
            None,
            None,
            [],
            [],
            "Lukas Brandt",
            "brandt@mdfp.example",
            "+4915112345678",
        ),
        "from": "Lukas Brandt <brandt@mdfp.example>",
        "subject": "Drehgenehmigung Wahllokal",
        "body": (
            "Sehr geehrte Damen und Herren,\n\nwir, die Mitteldeutsche Fernsehproduktion GmbH "
            "aus Leipzig, drehen eine Reportage über die Wahlen in Tschechien und bitten um "
            "Genehmigung, in einem Prager Wahllokal am Wahltag kurz zu filmen (ca. 20 Minuten, "
            "Kamera und Ton, zwei Personen).\n\n"
            "Einen Zugang zu den Ergebnisdaten benötigen wir nicht.\n\n"
            "Mit freundlichen Grüßen\nLukas Brandt\nProduktionsleiter\nMobil +49 151 12345678\n"
        ),
    },
    {
        "id": "ka010-polish-netmask",
        "description": "Polish agency, production written as address with netmask",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Śląsk sp. z o.o.",
            None,
            None,
            ["203.0.113.160", "203.0.113.161", "203.0.113.162", "203.0.113.163"],
            [],
            "Krzysztof Wójcik",
            "k.wojcik@ai-slask.example",
            "+48601222333",
        ),
        "from": "Krzysztof Wójcik <k.wojcik@ai-slask.example>",
        "subject": "Wniosek o dostęp do danych wyborczych",
        "body": (
            "Dzień dobry,\n\nAgencja Informacyjna Śląsk sp. z o.o. z Katowic prosi o dostęp do "
            "pliku XML z wynikami wyborów.\n\nAdresy produkcyjne: sieć 203.0.113.160 maska "
            "255.255.255.252\nAdresy testowe: brak\n\nOsoba kontaktowa: Krzysztof Wójcik, "
            "tel. +48 601 222 333\n\nZ poważaniem\nKrzysztof Wójcik\n"
        ),
    },
    {
        "id": "ka011-signature-many-people",
        "description": "signature lists three people with phones; the text names the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Ostravská televize s.r.o.",
            I7,
            None,
            ["198.18.40.1", "198.18.40.2"],
            ["198.18.41.1"],
            "Lenka Mrázková",
            "mrazkova@ostravskatv.example",
            "+420739210455",
        ),
        "from": "Pavel Holub <holub@ostravskatv.example>",
        "subject": "přístup k volebnímu XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb.\n"
            "Produkce: 198.18.40.1, 198.18.40.2\nTest: 198.18.41.1\n\n"
            "Kontaktní osobou pro tuto žádost bude naše vedoucí IT paní Mrázková.\n\n"
            "S pozdravem\n\nPavel Holub, šéfredaktor, +420 596 100 200, holub@ostravskatv.example\n"
            "Lenka Mrázková, vedoucí IT, mobil 739 210 455, mrazkova@ostravskatv.example\n"
            "Jiří Žák, technik, 596 100 215\n\n"
            f"Ostravská televize s.r.o. | IČO {I7} | Nádražní 12, Ostrava\n"
        ),
    },
    {
        "id": "ka012-databox-txt",
        "description": "data message from a municipal newsroom with a plain-text request",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Kolín",
            ico("0023586"),
            "k7mqx2a",
            ["192.0.2.77"],
            [],
            "Hana Sýkorová",
            "sykorova@kolin-zpravodaj.example",
            "+420321720155",
        ),
        "subject": "Žádost o přístup k XML výsledků voleb",
        "databox": {
            "box": "k7mqx2a",
            "sender": "Město Kolín",
            "address": "Karlovo nám. 78, Kolín",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                (
                    "Město Kolín, IČO "
                    + ico("0023586")
                    + ", žádá pro redakci městského zpravodaje "
                    "o přístup k XML souborům s výsledky voleb.\n\nProdukční adresa: 192.0.2.77\n"
                    "Testovací adresu nepožadujeme.\n\nKontakt: Hana Sýkorová, redakce zpravodaje, "
                    "tel. 321 720 155, sykorova@kolin-zpravodaj.example\n"
                ),
            )
        ],
    },
    {
        "id": "ka013-filming-declined",
        "description": "filming explicitly not wanted this time, only feed access",
        "style": Style.GMAIL,
        "labels": L(
            [FEED],
            "Jan Veselý",
            None,
            None,
            ["203.0.113.201"],
            [],
            "Jan Veselý",
            "honza.vesely.media@mail.example",
            "+420724556091",
        ),
        "from": "Jan Veselý <honza.vesely.media@mail.example>",
        "subject": "xml feed - nezávislý novinář",
        "headers": [("X-Mailer", "Gmail")],
        "body": (
            "Dobrý den,\n\njsem nezávislý datový novinář (OSVČ bez firmy) a chtěl bych požádat o "
            "přístup k XML feedu výsledků. Server: 203.0.113.201.\n\n"
            "Minule jsem žádal i o natáčení ve volební místnosti, letos to ale nepotřebuji.\n\n"
            "Honza Veselý\n+420 724 556 091\n"
        ),
    },
    {
        "id": "ka014-withdrawn-filming-thread",
        "description": "reply withdraws the filming part of the original request in the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Vysočina, spol. s r.o.",
            ico("4819273"),
            None,
            ["198.51.100.88"],
            ["198.51.100.89"],
            "Michal Doležal",
            "dolezal@radiovysocina.example",
            "+420567301422",
        ),
        "from": "Michal Doležal <dolezal@radiovysocina.example>",
        "subject": "Re: žádost – XML a natáčení",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nnatáčení ve volebních místnostech prosím z naší žádosti vyškrtněte, "
            "reportáž nakonec nebude. Přístup k XML platí dál beze změny.\n\n"
            "M. Doležal\n\n"
            "On 14.9. Michal Doležal wrote:\n"
            "> Dobrý den,\n"
            "> Rádio Vysočina, spol. s r.o., IČO " + ico("4819273") + ", žádá o:\n"
            "> 1) přístup k XML výsledků – produkce 198.51.100.88, test 198.51.100.89\n"
            "> 2) povolení natáčet v okrskové volební komisi v Jihlavě\n"
            "> Kontakt: Michal Doležal, 567 301 422\n"
        ),
    },
]
