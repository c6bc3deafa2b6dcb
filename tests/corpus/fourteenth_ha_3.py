"""Fourteenth held-out part ``ha``, cases ha029–ha042: phone notes in English, nested
forwards, HTML lists, IPv6, an RTF letter, declined and corrected requests, foreign crews,
copies to colleagues and a data message."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourteenth_ha_common import FEED, FILM, L, Style, ico

I30 = ico("2803946")
I31 = ico("0715228")
I33 = ico("4502718")
I35 = ico("2696044")
I38 = ico("6027385")
I39 = ico("0190476")
I40 = ico("0028436")
I41 = ico("2571903")
I42 = ico("4417082")

CASES: list[dict[str, Any]] = [
    {
        "id": "ha029-android-english-note",
        "description": "two-line English note from a phone, test address given after 'test'",
        "style": Style.PHONE,
        "from": "Nina Petrova <nina@baltic-wire.example>",
        "subject": "xml feed",
        "headers": [("X-Mailer", "Samsung Mail")],
        "body": (
            "Hi, Baltic Wire OU needs the election xml feed. prod 198.18.7.3, test 198.18.7.4. "
            "call me +372 5123 4567 if needed\nNina Petrova\n\nSent from my Galaxy\n"
        ),
        "labels": L(
            [FEED],
            "Baltic Wire OU",
            None,
            None,
            ["198.18.7.3"],
            ["198.18.7.4"],
            "Nina Petrova",
            "nina@baltic-wire.example",
            "+37251234567",
        ),
    },
    {
        "id": "ha030-double-forward",
        "description": "forward of a forward; the original applicant's text at the bottom",
        "style": Style.FORWARD,
        "from": "Petra Zemanová <zemanova@nasepraha.example>",
        "subject": "Fw: Fwd: žádost XML",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den, kolega z obchodu to poslal omylem na naši obecnou adresu, přeposílám "
            "Vám žádost, jak ji sepsal náš technik. Za firmu potvrzuji.\n"
            "Petra Zemanová, jednatelka Naše Praha s.r.o.\n\n"
            "________________________________\n"
            "Od: Obchod Naše Praha <obchod@nasepraha.example>\n"
            "Předmět: Fwd: žádost XML\n\n"
            "Petro, tohle patří asi tobě.\n\n"
            "---------- Forwarded message ---------\n"
            "From: Karel Veselý <karel.vesely@nasepraha.example>\n"
            "Subject: žádost XML\n\n"
            "Dobrý den, pro Naše Praha s.r.o. (IČO "
            f"{I30}) žádáme o přístup k XML výsledkům.\n"
            "Ostrý provoz: 203.0.113.24, 203.0.113.25\nTest: 203.0.113.26\n"
            "Kontakt: Karel Veselý, karel.vesely@nasepraha.example, 774 902 311\n"
        ),
        "labels": L(
            [FEED],
            "Naše Praha s.r.o.",
            I30,
            None,
            ["203.0.113.24", "203.0.113.25"],
            ["203.0.113.26"],
            "Karel Veselý",
            "karel.vesely@nasepraha.example",
            "+420774902311",
        ),
    },
    {
        "id": "ha031-html-only-list",
        "description": "HTML-only webmail with bullet lists for the two roles",
        "style": Style.HTML_TABLE,
        "from": "Ivana Šebestová <sebestova@ceskobudejovicky-web.example>",
        "subject": "Žádost o přístup k XML",
        "headers": [("X-Mailer", "Zimbra 9.0")],
        "html": (
            "<div>Dobrý den,</div><div><br></div>"
            "<div>za <b>Budějovický web, z. ú.</b> (IČ "
            f"{I31}) prosíme o přístup k výsledkům voleb v XML.</div>"
            "<div>Produkce:</div><ul><li>192.0.2.201</li><li>192.0.2.202</li></ul>"
            "<div>Testy:</div><ul><li>192.0.2.209</li></ul>"
            "<div>Ivana Šebestová<br>tel.: 387 001 452</div>"
        ),
        "labels": L(
            [FEED],
            "Budějovický web, z. ú.",
            I31,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.209"],
            "Ivana Šebestová",
            "sebestova@ceskobudejovicky-web.example",
            "+420387001452",
        ),
    },
    {
        "id": "ha032-ipv6-production",
        "description": "production in IPv6 (one written in full form), IPv4 test",
        "style": Style.THUNDERBIRD,
        "from": "Michal Černý <cerny@datanews.example>",
        "subject": "XML feed – dual stack",
        "headers": [("User-Agent", "Mozilla/5.0 Thunderbird/115.5.0")],
        "body": (
            "Dobrý den,\n\nDataNews s.r.o. by rádo odebíralo XML s výsledky. Stahovat budeme "
            "po IPv6 z 2001:db8:10::1 a 2001:0db8:0010:0000:0000:0000:0000:0002, testovací "
            "server má jen IPv4 198.51.100.44.\n\nMichal Černý, DevOps\n+420 720 118 006\n"
        ),
        "labels": L(
            [FEED],
            "DataNews s.r.o.",
            None,
            None,
            ["2001:db8:10::1", "2001:db8:10::2"],
            ["198.51.100.44"],
            "Michal Černý",
            "cerny@datanews.example",
            "+420720118006",
        ),
    },
    {
        "id": "ha033-rtf-letter",
        "description": "old-fashioned RTF letter attachment, cover mail from an assistant",
        "style": Style.LETTER,
        "from": "asistentka <asistentka@znojemskytydenik.example>",
        "subject": "žádost ve věci volebních výsledků",
        "body": "Dobrý den, zasíláme žádost viz příloha.\nS pozdravem asistentka redakce\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Znojemský týdeník, v.o.s.",
                    f"IČO: {I33}",
                    "Věc: žádost o přístup k XML serveru s výsledky voleb",
                    "Žádáme o povolení přístupu z adres 203.0.113.81 (provoz) a 203.0.113.82 "
                    "(testování).",
                    "Kontaktní osoba: Stanislav Doležal, dolezal@znojemskytydenik.example, "
                    "mobil 605 233 871",
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Znojemský týdeník, v.o.s.",
            I33,
            None,
            ["203.0.113.81"],
            ["203.0.113.82"],
            "Stanislav Doležal",
            "dolezal@znojemskytydenik.example",
            "+420605233871",
        ),
    },
    {
        "id": "ha034-chatty-local-radio",
        "description": "long chatty story from a small radio, addresses deep in the text",
        "style": Style.CHATTY,
        "from": "Mirek Hrubý <mirek@radiopodhori.example>",
        "subject": "Zase my :)",
        "headers": [("User-Agent", "K-9 Mail for Android")],
        "body": (
            "Dobrý den,\n\n"
            "tady zase Rádio Podhoří. Minulé volby jsme vysílali celou noc a posluchači to "
            "moc chválili, jen nám tenkrát trvalo věčnost, než jsme výsledky přepsali ručně. "
            "Teď už máme šikovného brigádníka, který napsal skript, takže bychom rádi "
            "přístup k vašemu XML. Server stojí u nás ve sklepě (ne, fakt, má tam klimu) a "
            "má adresu 198.51.100.15, záložní je na 198.51.100.16. Na zkoušení použijeme "
            "notebook s 198.51.100.17.\n\n"
            "Firma je Rádio Podhoří s.r.o. Kdyby něco, volejte mi na 604 880 132.\n\n"
            "Mějte se hezky,\nMiroslav Hrubý\n"
        ),
        "labels": L(
            [FEED],
            "Rádio Podhoří s.r.o.",
            None,
            None,
            ["198.51.100.15", "198.51.100.16"],
            ["198.51.100.17"],
            "Miroslav Hrubý",
            "mirek@radiopodhori.example",
            "+420604880132",
        ),
    },
    {
        "id": "ha035-feed-declined-filming-only",
        "description": "filming only; XML access explicitly declined in the same sentence",
        "style": Style.OUTLOOK,
        "from": "Veronika Bartošová <bartosova@zlinskatv.example>",
        "subject": "Povolení k natáčení – volby",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\n"
            "Zlínská televizní, s.r.o. (IČO "
            f"{I35}) žádá o povolení natáčet na přebíracím místě ve Zlíně. O přístup k XML "
            "serveru nežádáme, výsledky bereme z veřejného webu.\n\n"
            "Veronika Bartošová\nprodukce\n+420 733 415 290\n"
        ),
        "labels": L(
            [FILM],
            "Zlínská televizní, s.r.o.",
            I35,
            None,
            [],
            [],
            "Veronika Bartošová",
            "bartosova@zlinskatv.example",
            "+420733415290",
        ),
    },
    {
        "id": "ha036-english-typo-fix",
        "description": "English mail correcting its own test address two lines later",
        "style": Style.CORRECTION,
        "from": "Tom Becker <tom.becker@alpine-data-journal.example>",
        "subject": "Feed access request",
        "body": (
            "Hello,\n\n"
            "Alpine Data Journal GmbH requests access to the election results XML server.\n"
            "Production: 192.0.2.33\nTest: 192.0.2.91\n"
            "Sorry, typo above - the test machine is 192.0.2.19, not .91.\n\n"
            "Tom Becker, +43 1 5320 448\n"
        ),
        "labels": L(
            [FEED],
            "Alpine Data Journal GmbH",
            None,
            None,
            ["192.0.2.33"],
            ["192.0.2.19"],
            "Tom Becker",
            "tom.becker@alpine-data-journal.example",
            "+4315320448",
        ),
    },
    {
        "id": "ha037-german-filming",
        "description": "German TV crew asks only to film in Prague",
        "style": Style.FOREIGN,
        "from": "Jörg Hansen <hansen@nordfernsehen.example>",
        "subject": "Drehgenehmigung Wahlnacht Prag",
        "body": (
            "Guten Tag,\n\n"
            "für eine Reportage über die Wahlen in Tschechien möchte die Nordfernsehen "
            "Produktion GmbH in der Wahlnacht an einer Übergabestelle in Prag drehen. Wir "
            "bitten um eine Drehgenehmigung. Einen Zugang zu den XML-Daten brauchen wir nicht.\n\n"
            "Ansprechpartnerin ist unsere Producerin Anke Vogt, a.vogt@nordfernsehen.example, "
            "+49 40 3861 2205.\n\nBeste Grüße\nJörg Hansen\n"
        ),
        "labels": L(
            [FILM],
            "Nordfernsehen Produktion GmbH",
            None,
            None,
            [],
            [],
            "Anke Vogt",
            "a.vogt@nordfernsehen.example",
            "+494038612205",
        ),
    },
    {
        "id": "ha038-apple-mail-cc",
        "description": "colleague in copy with his own phone; the sender is the contact",
        "style": Style.OUTLOOK,
        "from": "Alžběta Horáková <horakova@svitavskylist.example>",
        "cc": "Pavel Jirků <jirku@svitavskylist.example>",
        "subject": "XML výsledky voleb – Svitavský list",
        "headers": [("X-Mailer", "Apple Mail (2.3774)")],
        "body": (
            "Dobrý den,\n\n"
            "Svitavský list s.r.o., IČO "
            f"{I38}, žádá o přístup k XML s výsledky z adresy 198.18.33.5 (ostrý provoz) "
            "a 198.18.33.6 (test). Kontaktní osobou jsem já, kolega Pavel (v kopii, "
            "737 100 224) mě zastupuje jen v případě nemoci.\n\n"
            "Alžběta Horáková\n+420 461 530 779\n"
        ),
        "labels": L(
            [FEED],
            "Svitavský list s.r.o.",
            I38,
            None,
            ["198.18.33.5"],
            ["198.18.33.6"],
            "Alžběta Horáková",
            "horakova@svitavskylist.example",
            "+420461530779",
        ),
    },
    {
        "id": "ha039-reply-ico-and-box",
        "description": "reply adding IČO and data-box ID from the signature; own original quoted",
        "style": Style.REPLY,
        "from": "Jan Stejskal <stejskal@prostejovsky-obzor.example>",
        "subject": "RE: žádost o XML – doplnění údajů",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\nchybějící údaje najdete v podpisu.\n\n"
            "Jan Stejskal\nProstějovský obzor, s.r.o.\n"
            f"IČO: {I39}\nID datové schránky: w5c9hbz\n+420 582 330 614\n\n"
            "-----Original Message-----\n"
            "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Subject: žádost o XML – doplnění údajů\n\n"
            "Dobrý den, doplňte prosím IČO žadatele.\n\n"
            "-----Original Message-----\n"
            "From: Jan Stejskal <stejskal@prostejovsky-obzor.example>\n\n"
            "Žádáme o přístup k XML výsledkům, produkční IP 203.0.113.241, testovací "
            "203.0.113.242.\n"
        ),
        "labels": L(
            [FEED],
            "Prostějovský obzor, s.r.o.",
            I39,
            "w5c9hbz",
            ["203.0.113.241"],
            ["203.0.113.242"],
            "Jan Stejskal",
            "stejskal@prostejovsky-obzor.example",
            "+420582330614",
        ),
    },
    {
        "id": "ha040-municipal-odt",
        "description": "town office's press department, body in Czech, addresses in an ODT",
        "style": Style.LETTER,
        "from": "Tiskové oddělení <tisk@mesto-trebic.example>",
        "subject": "Žádost města o přístup k XML výsledkům",
        "body": (
            "Dobrý den,\nv příloze žádost Města Třebíč pro městský zpravodajský portál.\n"
            "Zdeňka Pospíšilová, tisková mluvčí\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_mesto.odt",
                [
                    f"Žadatel: Město Třebíč, IČO {I40}",
                    "Účel: zpravodajský portál města během voleb",
                    [["Produkce", "Test"], ["192.0.2.12", "192.0.2.13"], ["192.0.2.14", ""]],
                    "Kontakt: Zdeňka Pospíšilová, tisk@mesto-trebic.example, 568 896 120",
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Město Třebíč",
            I40,
            None,
            ["192.0.2.12", "192.0.2.14"],
            ["192.0.2.13"],
            "Zdeňka Pospíšilová",
            "tisk@mesto-trebic.example",
            "+420568896120",
        ),
    },
    {
        "id": "ha041-five-and-five",
        "description": "the maximum: five production as a list and five test as a range",
        "style": Style.GMAIL,
        "from": "Adam Kříž <adam.kriz@zpravodajskasit.example>",
        "subject": "XML server – žádost (5+5 IP)",
        "body": (
            "Dobrý den,\n\n"
            f"Zpravodajská síť CZ, a.s. (IČO {I41}) žádá o přístup k XML serveru.\n"
            "Produkční uzly: 198.51.100.51, 198.51.100.52, 198.51.100.53, 198.51.100.54, "
            "198.51.100.55\n"
            "Testovací uzly: 198.51.100.60 až 198.51.100.64\n\n"
            "Adam Kříž, vedoucí vývoje, 222 760 415 (ústředna), přímá 222 760 431\n"
        ),
        "labels": L(
            [FEED],
            "Zpravodajská síť CZ, a.s.",
            I41,
            None,
            ["198.51.100.51", "198.51.100.52", "198.51.100.53", "198.51.100.54", "198.51.100.55"],
            ["198.51.100.60", "198.51.100.61", "198.51.100.62", "198.51.100.63", "198.51.100.64"],
            "Adam Kříž",
            "adam.kriz@zpravodajskasit.example",
            "+420222760431",
        ),
    },
    {
        "id": "ha042-databox-both",
        "description": "data message asking for both; filming place and addresses in a TXT",
        "style": Style.DATABOX,
        "databox": {
            "box": "r8dq2mu",
            "sender": "Karlovarská média a.s.",
            "address": "Moskevská 20, 360 01 Karlovy Vary",
        },
        "subject": "Žádost o přístup k XML a povolení natáčení",
        "attachments": [
            (
                "txt",
                "zadost_km.txt",
                f"Karlovarská média a.s., IČO {I42}\n\n"
                "1. Žádáme o přístup k serveru s výsledky voleb (XML):\n"
                "   ostrý provoz 203.0.113.210, záložní server 203.0.113.211\n"
                "   testovací provoz 203.0.113.219\n"
                "2. Žádáme o povolení natáčet na přebíracím místě v Karlových Varech.\n\n"
                "Vyřizuje: Tereza Málková, malkova@karlovarskamedia.example, +420 353 100 287\n",
            ),
        ],
        "labels": L(
            [FEED, FILM],
            "Karlovarská média a.s.",
            I42,
            "r8dq2mu",
            ["203.0.113.210", "203.0.113.211"],
            ["203.0.113.219"],
            "Tereza Málková",
            "malkova@karlovarskamedia.example",
            "+420353100287",
        ),
    },
]
