"""Eleventh held-out part ``ea``, cases ea001–ea014: phone notes, chatty mails, HTML tables,
a forward, a reply thread, a correction, foreign senders and a data message."""

from __future__ import annotations

from typing import Any

from tests.corpus.eleventh_ea_common import (
    ANDROID,
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    THUNDERBIRD,
    Style,
)
from tests.corpus.label_rules import L, ico

ICO_1 = ico("2846120")
ICO_3 = ico("0734518")
ICO_4 = ico("2619077")
ICO_5 = ico("4537812")
ICO_6 = ico("0582214")
ICO_8 = ico("0027614")
ICO_11 = ico("2910436")
ICO_12 = ico("0655831")
ICO_13 = ico("2435970")
ICO_14 = ico("4715928")

CASES: list[dict[str, Any]] = [
    {
        "id": "ea001-iphone-two-liner-no-diacritics",
        "description": "two lines typed on a phone without diacritics; test address after 'test'",
        "style": Style.PHONE_NOTE,
        "from": "Honza Kral <honza.kral@radiosever.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "body": (
            f"Dobry den, za Radio Sever s.r.o. (ICO {ICO_1}) prosim o pristup na xml, "
            "ostra ip 198.51.100.23, test 203.0.113.40. Kdyztak volejte 604 223 918\n"
            "Honza Kral\n\nOdeslano z iPhonu\n"
        ),
        "labels": L(
            [FEED],
            "Radio Sever s.r.o.",
            ICO_1,
            None,
            ["198.51.100.23"],
            ["203.0.113.40"],
            "Honza Kral",
            "honza.kral@radiosever.example",
            "+420604223918",
        ),
    },
    {
        "id": "ea002-slovak-chatty-gmail-ipv6",
        "description": "chatty Slovak mail, one IPv4 and one IPv6 production address, no test",
        "style": Style.CHATTY,
        "from": "Zuzka Hrašková <zuzana.hraskova@dennikvychod.example>",
        "subject": "Voľby – prístup k výsledkom",
        "headers": GMAIL,
        "body": (
            "Ahojte,\n\n"
            "tak ako pred dvoma rokmi by sme aj teraz radi brali vaše priebežné výsledky "
            "v XML priamo do našej redakcie. Kolegovia z IT mi nadiktovali, že server, ktorý "
            "si to bude ťahať, má adresy 192.0.2.77 a 2001:db8:4c::17 (ten istý stroj, "
            "len IPv4 a IPv6). Testovací stroj tentokrát nemáme, takže žiadne testovacie "
            "adresy neuvádzam.\n\n"
            "Sme Denník Východ, a.s., sídlo Košice. Ak by ste niečo potrebovali, som na "
            "+421 905 318 442 alebo tu na maile.\n\n"
            "Ďakujem pekne a prajem pokojný deň,\n"
            "Zuzana Hrašková\nvedúca online vydania\n"
        ),
        "labels": L(
            [FEED],
            "Denník Východ, a.s.",
            None,
            None,
            ["192.0.2.77", "2001:db8:4c::17"],
            [],
            "Zuzana Hrašková",
            "zuzana.hraskova@dennikvychod.example",
            "+421905318442",
        ),
    },
    {
        "id": "ea003-outlook-html-table-columns",
        "description": "HTML-only Outlook mail, roles in the table's column headers",
        "style": Style.HTML_TABLE,
        "from": '"Benešová, Lenka" <lenka.benesova@tvjih.example>',
        "subject": "Žádost o přístup k XML – TV Jih",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Dobrý den,</p>"
            "<p>žádáme o zřízení přístupu k výsledkovému XML serveru pro naši regionální "
            "televizi. Adresy posílám v tabulce:</p>"
            '<table border="1" cellpadding="4"><tr><th>Server</th><th>Ostrý provoz</th>'
            "<th>Testování</th></tr>"
            "<tr><td>vysílání</td><td>203.0.113.18</td><td>198.51.100.180</td></tr>"
            "<tr><td>web</td><td>203.0.113.19</td><td>198.51.100.181</td></tr></table>"
            "<p>Technickou stránku má na starosti náš kolega Radek Šimek "
            "(radek.simek@tvjih.example, mobil 737&nbsp;415&nbsp;020), obracejte se prosím na "
            "něj.</p>"
            f"<p>S pozdravem<br>Lenka Benešová<br>asistentka ředitele<br>TV Jih s.r.o.<br>"
            f"IČ: {ICO_3}<br>Tel. 542&nbsp;110&nbsp;300</p></body></html>"
        ),
        "labels": L(
            [FEED],
            "TV Jih s.r.o.",
            ICO_3,
            None,
            ["203.0.113.18", "203.0.113.19"],
            ["198.51.100.180", "198.51.100.181"],
            "Radek Šimek",
            "radek.simek@tvjih.example",
            "+420737415020",
        ),
    },
    {
        "id": "ea004-forward-from-editor-in-chief",
        "description": "secretary forwards the editor-in-chief's application with a short note",
        "style": Style.FORWARD,
        "from": "Sekretariát Hlasu Vysočiny <sekretariat@hlasvysociny.example>",
        "subject": "Fwd: registrace XML volby",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\npan šéfredaktor mě požádal, abych Vám jeho žádost přeposlala na "
            "správnou adresu podatelny.\n\nDěkuji, Ivana Krejčí, sekretariát\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: registrace XML volby\n"
            "Datum: Mon, 3 Oct 2022 07:12:40 +0200\n"
            "Od: Ondřej Pokorný <ondrej.pokorny@hlasvysociny.example>\n"
            "Komu: Sekretariát Hlasu Vysočiny <sekretariat@hlasvysociny.example>\n\n"
            "Ivano, pošli to prosím na statistický úřad.\n\n"
            "Žádáme o přístup k XML s výsledky voleb pro Hlas Vysočiny, vydavatel "
            f"Vysočina Media s.r.o., IČO {ICO_4}.\n"
            "Produkční IP: 198.51.100.90, 198.51.100.91\n"
            "Testovací IP: 198.51.100.99\n"
            "Kontakt: Ondřej Pokorný, 602 884 113\n\n"
            "Ondřej Pokorný, šéfredaktor\n"
        ),
        "labels": L(
            [FEED],
            "Vysočina Media s.r.o.",
            ICO_4,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Ondřej Pokorný",
            "ondrej.pokorny@hlasvysociny.example",
            "+420602884113",
        ),
    },
    {
        "id": "ea005-reply-adds-test-quoting-office",
        "description": "reply to the office's query: new test address, production from the "
        "applicant's own quoted first mail, office's identifiers in the quote",
        "style": Style.REPLY,
        "from": "Martin Vondráček <vondracek@infozpravy.example>",
        "subject": "Re: Žádost o přístup k XML – doplnění",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\ntestovací adresa bude 192.0.2.201. Produkční zůstává ta, kterou "
            "jsem psal v původním mailu níže.\n\nDíky, M. Vondráček\n\n"
            "Dne 12. 10. 2022 v 9:41 podatelna napsal(a):\n"
            "> Vážený pane Vondráčku,\n"
            "> prosíme o doplnění testovací IP adresy, případně sdělte, že ji nepožadujete.\n"
            "> Český statistický úřad, IČO 00025593, ID DS 2gfaasy\n"
            "> Na padesátém 81, Praha 10, tel. +420 274 052 733\n"
            ">\n"
            "> Dne 11. 10. 2022 Martin Vondráček napsal(a):\n"
            ">> Dobrý den,\n"
            ">> prosíme o přístup k XML výsledkům voleb.\n"
            f">> InfoZprávy a.s., IČO {ICO_5}\n"
            ">> produkční IP 203.0.113.61\n"
            ">> kontakt Martin Vondráček, tel. 775 020 661\n"
        ),
        "labels": L(
            [FEED],
            "InfoZprávy a.s.",
            ICO_5,
            None,
            ["203.0.113.61"],
            ["192.0.2.201"],
            "Martin Vondráček",
            "vondracek@infozpravy.example",
            "+420775020661",
        ),
    },
    {
        "id": "ea006-correction-later-same-mail",
        "description": "the second production address is corrected in a postscript",
        "style": Style.CORRECTION,
        "from": "Petra Nováková <p.novakova@ceskyvecernik.example>",
        "subject": "Přístup XML – Večerník",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "za vydavatelství Večerník Group, s.r.o. žádám o přístup k XML serveru.\n"
            "Produkční servery: 198.51.100.44 a 198.51.100.54\n"
            "Testovací: 198.51.100.60\n\n"
            f"IČO {ICO_6}, kontakt já, tel. 608 301 774.\n\n"
            "Petra Nováková\n\n"
            "P.S. Omlouvám se, překlep – ta druhá produkční je 198.51.100.45, ne .54.\n"
        ),
        "labels": L(
            [FEED],
            "Večerník Group, s.r.o.",
            ICO_6,
            None,
            ["198.51.100.44", "198.51.100.45"],
            ["198.51.100.60"],
            "Petra Nováková",
            "p.novakova@ceskyvecernik.example",
            "+420608301774",
        ),
    },
    {
        "id": "ea007-freelancer-filming-android",
        "description": "freelance videographer, filming only, no company, 00420 phone",
        "style": Style.PHONE_NOTE,
        "from": "Kuba Sedláček <kuba.sedlacek@videomail.example>",
        "subject": "natáčení v sobotu",
        "headers": ANDROID,
        "body": (
            "Dobrý den, jsem nezávislý kameraman (Jakub Sedláček, na volné noze) a rád bych "
            "v sobotu natočil pár záběrů na přebíracím místě v Brně pro dokument o volbách. "
            "Stačí mi hodina, bez zvuku z místnosti. Tel 00420 777 12 34 56.\n"
            "Kuba\n\n--\nOdesláno z mobilu\n"
        ),
        "labels": L(
            [FILM],
            "Jakub Sedláček",
            None,
            None,
            [],
            [],
            "Jakub Sedláček",
            "kuba.sedlacek@videomail.example",
            "+420777123456",
        ),
    },
    {
        "id": "ea008-municipal-newsroom-both",
        "description": "town newsroom asks for the feed and for filming; town office with IČO",
        "style": Style.OUTLOOK,
        "from": "Redakce Lhotského zpravodaje <zpravodaj@dolnilhota.example>",
        "subject": "Volby – XML a natáčení pro městskou televizi",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            "Městys Dolní Lhota vydává Lhotský zpravodaj a provozuje kabelovou televizi. "
            "Rádi bychom:\n"
            "1) odebírali průběžné výsledky přes XML – náš server má veřejnou adresu "
            "203.0.113.130 (jiné nemáme, test nepotřebujeme),\n"
            "2) natočili krátkou reportáž o předávání výsledků na přebíracím místě "
            "v Jihlavě.\n\n"
            f"IČO městyse: {ICO_8}\n"
            "Kontaktní osoba: Mgr. Alena Horáková, redaktorka, 569 442 017, "
            "alena.horakova@dolnilhota.example\n\n"
            "Za redakci\nAlena Horáková\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Městys Dolní Lhota",
            ICO_8,
            None,
            ["203.0.113.130"],
            [],
            "Alena Horáková",
            "alena.horakova@dolnilhota.example",
            "+420569442017",
        ),
    },
    {
        "id": "ea009-german-broadcaster-cidr",
        "description": "German mail from an Austrian broadcaster, production as a /30, no IČO",
        "style": Style.FOREIGN,
        "from": "Mag. Florian Leitner <f.leitner@rundfunkalpen.example>",
        "subject": "Antrag: Zugang zum XML-Feed der Wahlergebnisse",
        "headers": APPLE,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rundfunk Alpen GmbH (Innsbruck) berichtet über die tschechischen Wahlen und "
            "möchte die Ergebnisse direkt über Ihren XML-Server beziehen.\n\n"
            "Produktivsystem: 198.18.40.0/30\n"
            "Testsystem: 198.18.41.9\n\n"
            "Ansprechpartner ist Florian Leitner, Tel. +43 512 330 4471, "
            "f.leitner@rundfunkalpen.example.\n\n"
            "Mit freundlichen Grüßen\nFlorian Leitner\nTechnik / Sendeabwicklung\n"
        ),
        "labels": L(
            [FEED],
            "Rundfunk Alpen GmbH",
            None,
            None,
            ["198.18.40.0", "198.18.40.1", "198.18.40.2", "198.18.40.3"],
            ["198.18.41.9"],
            "Florian Leitner",
            "f.leitner@rundfunkalpen.example",
            "+435123304471",
        ),
    },
    {
        "id": "ea010-polish-range-ipv6-test",
        "description": "Polish mail, production as an en-dash range, IPv6 test address",
        "style": Style.FOREIGN,
        "from": "Agnieszka Wójcik <a.wojcik@gazetaslaska.example>",
        "subject": "Wniosek o dostęp do danych wyborczych (XML)",
        "headers": GMAIL,
        "body": (
            "Szanowni Państwo,\n\n"
            "Gazeta Śląska sp. z o.o. z Katowic prosi o udostępnienie wyników wyborów "
            "w formacie XML.\n"
            "Adresy produkcyjne: 203.0.113.10–203.0.113.12\n"
            "Adres testowy: 2001:db8:a1::20\n\n"
            "Osoba kontaktowa: Agnieszka Wójcik, tel. +48 601 240 318\n\n"
            "Z poważaniem\nAgnieszka Wójcik\nredakcja internetowa\n"
        ),
        "labels": L(
            [FEED],
            "Gazeta Śląska sp. z o.o.",
            None,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["2001:db8:a1::20"],
            "Agnieszka Wójcik",
            "a.wojcik@gazetaslaska.example",
            "+48601240318",
        ),
    },
    {
        "id": "ea011-thunderbird-flowed-declines-filming",
        "description": "flowed text; filming explicitly not wanted, only the feed",
        "style": Style.WEBMAIL,
        "from": "Tomáš Beran <beran@plzenskyden.example>",
        "subject": "XML výsledky – Plzeňský den",
        "headers": THUNDERBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost o přístup k XML s výsledky. O povolení k natáčení na "
            "přebíracích místech tentokrát nežádáme, reportéry budeme mít jen ve "
            "volebním štábu.\n\n"
            "Žadatel: Plzeňský den, z.s.\n"
            f"IČO: {ICO_11}\n"
            "IP pro ostrý provoz: 192.0.2.140, 192.0.2.141\n"
            "IP testovací: 192.0.2.150\n"
            "Kontakt: Tomáš Beran, 724 556 090\n\n"
            "Díky\nTomáš Beran\n"
        ),
        "labels": L(
            [FEED],
            "Plzeňský den, z.s.",
            ICO_11,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Tomáš Beran",
            "beran@plzenskyden.example",
            "+420724556090",
        ),
    },
    {
        "id": "ea012-filming-withdrawn-in-ps",
        "description": "asks for feed and filming, then withdraws the filming in a PS",
        "style": Style.CORRECTION,
        "from": "Jiří Holub <holub@radiokras.example>",
        "subject": "volby 2022 – žádost",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n"
            "Rádio Kras, spol. s r.o. žádá o přístup k XML feedu a o povolení natáčet "
            "na přebíracím místě v Blansku.\n\n"
            f"IČ {ICO_12}\n"
            "produkce 198.51.100.201\n"
            "test 198.51.100.202\n\n"
            "Jiří Holub, tel. 516 440 218\n\n"
            "PS: Natáčení prosím škrtněte, kameraman ten den nemůže. Zůstává jen XML.\n"
        ),
        "labels": L(
            [FEED],
            "Rádio Kras, spol. s r.o.",
            ICO_12,
            None,
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Jiří Holub",
            "holub@radiokras.example",
            "+420516440218",
        ),
    },
    {
        "id": "ea013-assistant-signature-several-people",
        "description": "assistant sends; named technical contact; signature with switchboard "
        "and another colleague in copy",
        "style": Style.SIGNATURE,
        "from": "Kateřina Dušková <katerina.duskova@mediapraha.example>",
        "cc": "Pavel Zeman <pavel.zeman@mediapraha.example>",
        "subject": "Žádost – přístup k výsledkům voleb (XML)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v zastoupení společnosti Media Praha Holding a.s. žádám o přístup "
            "k vyhrazenému XML serveru.\n\n"
            "Ostrý provoz: 203.0.113.220, 203.0.113.221, 203.0.113.222\n"
            "Testovací prostředí: 203.0.113.230\n\n"
            "Technickým kontaktem je Ing. Petr Málek, petr.malek@mediapraha.example, "
            "mobil 731 902 557. Kolega Pavel Zeman (v kopii) je jeho zástupce.\n\n"
            "S pozdravem\n\n"
            "Kateřina Dušková\nasistentka generálního ředitele\n"
            "Media Praha Holding a.s.\n"
            f"IČO {ICO_13}\n"
            "ústředna: +420 222 500 100 | přímá: +420 222 500 147\n"
        ),
        "labels": L(
            [FEED],
            "Media Praha Holding a.s.",
            ICO_13,
            None,
            ["203.0.113.220", "203.0.113.221", "203.0.113.222"],
            ["203.0.113.230"],
            "Petr Málek",
            "petr.malek@mediapraha.example",
            "+420731902557",
        ),
    },
    {
        "id": "ea014-databox-annotation-only",
        "description": "data message whose annotation is the whole application",
        "style": Style.DATABOX,
        "databox": {
            "box": "r7k2mzq",
            "sender": "Jihočeské listy a.s.",
            "address": "České Budějovice",
        },
        "subject": (
            f"Žádost o XML výsledky voleb, IČO {ICO_14}; ostrá IP 192.0.2.61, testovací "
            "192.0.2.62; kontakt Eva Pešková 387 201 455"
        ),
        "attachments": [
            (
                "txt",
                "pruvodni.txt",
                "Údaje k žádosti jsou uvedeny v textu datové zprávy.\n"
                "Eva Pešková, Jihočeské listy a.s.\n",
            )
        ],
        "labels": L(
            [FEED],
            "Jihočeské listy a.s.",
            ICO_14,
            "r7k2mzq",
            ["192.0.2.61"],
            ["192.0.2.62"],
            "Eva Pešková",
            None,
            "+420387201455",
        ),
    },
]
