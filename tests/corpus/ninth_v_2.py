"""Ninth held-out part ``v``, cases v015–v028: an Android note in Slovak with an IPv6 block, an
English freelancer, a quoted press release, a Gmail reply, a correcting follow-up, PDF and XLSX
attachments, a nickname, "respectively", version numbers, a data message with a PDF letter, an
S/MIME-signed mail, a forwarded message attached whole and a shortened range. Written by hand;
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.ninth_v_common import ANDROID, APPLE, OUTLOOK, ROUNDCUBE, THUNDERBIRD, Style

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

_ORIGINAL_027: dict[str, Any] = {
    "id": "v027-inner",
    "description": "inner",
    "style": Style.OUTLOOK,
    "labels": {},
    "from": "Ondřej Bláha <blaha@regionpress.example>",
    "subject": "Žádost o přístup k výsledkům voleb - REGIONPRESS",
    "headers": OUTLOOK,
    "body": (
        "Dobrý den,\n\n"
        "REGIONPRESS, s.r.o., IČO 44182091, žádá o přístup k serveru s výsledky voleb.\n\n"
        "Produkční adresy: 198.51.100.171, 198.51.100.172\n"
        "Testovací adresa: 198.51.100.179\n\n"
        "Kontaktní osoba: Ondřej Bláha, vedoucí vývoje, tel. 736 118 204\n\n"
        "S pozdravem\nOndřej Bláha\nREGIONPRESS, s.r.o.\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "v015-android-slovak-ipv6-block",
        "description": "Slovak two-liner from a phone; an IPv6 /127 is two production addresses",
        "style": Style.PHONE,
        "labels": L(
            FEED,
            "Denník Záhorie, s.r.o.",
            "27830543",
            None,
            ["2001:db8:77::10", "2001:db8:77::11"],
            [],
            "Peter Baláž",
            "balaz@dennikzahorie.example",
            "+421911407233",
        ),
        "from": "Peter Baláž <balaz@dennikzahorie.example>",
        "subject": "pristup xml volby",
        "headers": ANDROID,
        "body": (
            "Dobrý deň, Denník Záhorie, s.r.o., IČO 27830543 žiada o prístup k XML výsledkom, "
            "stahovať budeme z 2001:db8:77::10/127, test nemáme. Baláž 0911 407 233\n\n"
            "Odoslané z môjho Samsung Galaxy\n"
        ),
    },
    {
        "id": "v016-english-freelancer-both",
        "description": "chatty English freelancer without IČO: feed and filming, UK mobile",
        "style": Style.CHATTY,
        "labels": L(
            BOTH,
            "Daniel Whitmore",
            None,
            None,
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Daniel Whitmore",
            "dan@whitmore-reports.example",
            "+447700900412",
        ),
        "from": "Dan Whitmore <dan@whitmore-reports.example>",
        "subject": "quick one - election night in Prague",
        "body": (
            "Hi there!\n\n"
            "Hope this lands in the right inbox. I'm a freelance reporter (no company, just me "
            "and a laptop) covering the presidential race for a couple of UK outlets. Two "
            "things I'd love to get:\n\n"
            " - access to your XML results feed - my VPS is 203.0.113.88, and I'd test from "
            "203.0.113.89 beforehand if that's allowed\n"
            " - a permit to shoot some video at one of the counting / collection points on the "
            "night\n\n"
            "Best number to reach me is my UK mobile, +44 7700 900412 (WhatsApp works too).\n\n"
            "Cheers,\nDaniel Whitmore\n"
        ),
    },
    {
        "id": "v017-outlook-quoted-press-release",
        "description": "application on top of the office's forwarded press release with its own contacts",
        "style": Style.FORWARD,
        "labels": L(
            FEED,
            "Rádio Haná, s.r.o.",
            "60917326",
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Aleš Pospíšil",
            "pospisil@radiohana.example",
            "+420585208377",
        ),
        "from": "Aleš Pospíšil <pospisil@radiohana.example>",
        "subject": "FW: Akreditace médií pro volby prezidenta republiky",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "podle Vaší tiskové zprávy níže žádáme o přístup k XML výsledkům. "
            "Rádio Haná, s.r.o., IČO 60917326.\n"
            "IP pro ostrý provoz: 192.0.2.120\n"
            "IP pro test: 192.0.2.121\n"
            "Kontakt: Aleš Pospíšil, 585 208 377\n\n"
            "Aleš Pospíšil\ntechnik vysílání\n\n"
            "From: Tiskové oddělení ČSÚ <infoservis@czso.cz>\n"
            "Sent: Monday, November 28, 2022 10:00 AM\n"
            "Subject: Akreditace médií pro volby prezidenta republiky\n\n"
            "Český statistický úřad umožní sdělovacím prostředkům přístup na server s výsledky "
            "voleb. Žádosti zasílejte do 23. prosince 2022 na podatelna@czso.cz nebo do datové "
            "schránky 2gfaasy, uveďte nejvýše 5 adres pro ostrý provoz a 5 testovacích, "
            "např. 192.0.2.1.\n"
            "Informace: tel. 274 052 733, IČO úřadu 00025593.\n"
        ),
    },
    {
        "id": "v018-gmail-reply-test-address-added",
        "description": "reply to the office's question adds a test address; production only in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            FEED,
            "Seniorský magazín Jaro, z.s.",
            "35472189",
            None,
            ["198.18.33.2"],
            ["192.0.2.19"],
            "Věra Dušková",
            "vera.duskova@magazinjaro.example",
            "+420603550918",
        ),
        "from": "Věra Dušková <vera.duskova@magazinjaro.example>",
        "subject": "Re: Dotaz k Vaší žádosti",
        "body": (
            "Dobrý den,\n\n"
            "děkuji za dotaz. Testovací adresu máme, je to 192.0.2.19. Produkční zůstává, "
            "jak jsem psala minule.\n\n"
            "Věra Dušková\n\n"
            "po 5. 12. 2022 v 10:17 odesílatel Podatelna ČSÚ <podatelna@czso.cz> napsal:\n\n"
            "> Dobrý den, uveďte prosím, zda budete využívat i testovací adresu.\n"
            "> Podatelna ČSÚ, Na padesátém 81, 100 82 Praha 10, tel. 274 052 733\n"
            ">\n"
            "> pá 2. 12. 2022 v 18:40 odesílatel Věra Dušková "
            "<vera.duskova@magazinjaro.example> napsal:\n"
            ">\n"
            ">> Dobrý den, za spolek Seniorský magazín Jaro, z.s. (IČO 35472189) žádám o "
            "přístup k výsledkům voleb v XML.\n"
            ">> Produkce: 198.18.33.2\n"
            ">> Můj telefon: 603 550 918\n"
            ">> Věra Dušková, šéfredaktorka\n"
        ),
    },
    {
        "id": "v019-followup-corrects-quoted-address",
        "description": "next-day correction replaces one production address of the quoted application",
        "style": Style.CORRECTION,
        "labels": L(
            FEED,
            "Moravskoslezský deník s.r.o.",
            "22309616",
            None,
            ["203.0.113.60", "203.0.113.63"],
            ["203.0.113.70"],
            "Lukáš Hrubý",
            "hruby@msdenik.example",
            "+420602330871",
        ),
        "from": "Lukáš Hrubý <hruby@msdenik.example>",
        "subject": "Oprava: žádost o přístup k XML - Moravskoslezský deník",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "ve včerejší žádosti (citována níže) jsem uvedl chybně druhou produkční adresu. "
            "Místo 203.0.113.62 prosím zapište 203.0.113.63. Ostatní údaje beze změny.\n\n"
            "Omlouvám se za komplikace,\nLukáš Hrubý\n\n"
            "On 01.12.2022 15:22, Lukáš Hrubý wrote:\n"
            "> Dobrý den,\n"
            "> Moravskoslezský deník s.r.o., IČO 22309616, žádá o přístup k serveru s "
            "výsledky voleb.\n"
            "> Produkční adresy: 203.0.113.60, 203.0.113.62\n"
            "> Testovací adresa: 203.0.113.70\n"
            "> Kontakt: Lukáš Hrubý, správce systémů, +420 602 330 871\n"
            "> S pozdravem\n> Lukáš Hrubý\n"
        ),
    },
    {
        "id": "v020-thunderbird-pdf-form",
        "description": "short body, the application is a PDF with a two-column table",
        "style": Style.ATTACHMENT,
        "labels": L(
            FEED,
            "Český rozhlasový spolek Vlna, z.s.",
            "46804757",
            None,
            ["198.51.100.5", "198.51.100.6"],
            ["198.51.100.9"],
            "Jakub Vlček",
            "vlcek@vlna-radio.example",
            "+420776120455",
        ),
        "from": "Jakub Vlček <vlcek@vlna-radio.example>",
        "subject": "žádost - PDF",
        "headers": THUNDERBIRD,
        "body": "Dobrý den, v příloze posílám vyplněnou žádost. Vlček\n",
        "attachments": [
            (
                "pdf",
                "zadost_vlna.pdf",
                [
                    "Žádost o přístup k serveru s výsledky voleb",
                    {
                        "rows": [
                            ["Žadatel", "Český rozhlasový spolek Vlna, z.s."],
                            ["IČO", "46804757"],
                            ["IP adresy – ostrý provoz", "198.51.100.5, 198.51.100.6"],
                            ["IP adresy – testovací provoz", "198.51.100.9"],
                            ["Kontaktní osoba", "Jakub Vlček"],
                            ["E-mail", "vlcek@vlna-radio.example"],
                            ["Telefon", "776 120 455"],
                        ],
                        "widths": [150, 250],
                    },
                    "V Pardubicích dne 2. 12. 2022, Jakub Vlček, předseda spolku",
                ],
            ),
        ],
    },
    {
        "id": "v021-outlook-xlsx-agency",
        "description": "news agency sends an XLSX sheet with a role column; body names the contact",
        "style": Style.OUTLOOK,
        "labels": L(
            FEED,
            "Středoevropská zpravodajská agentura, a.s.",
            "08125431",
            None,
            ["203.0.113.101", "203.0.113.102", "203.0.113.103"],
            ["203.0.113.110", "203.0.113.111"],
            "Martina Zelenková",
            "zelenkova@sza.example",
            "+420734900216",
        ),
        "from": '"Zelenková Martina" <zelenkova@sza.example>',
        "subject": "SZA - žádost o přístup k volebním datům",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Středoevropská zpravodajská agentura, a.s. (IČO 08125431) žádá o přístup k XML "
            "výsledkům voleb. Seznam adres přikládám v tabulce.\n"
            "Kontaktní osoba: Martina Zelenková, tel. 734 900 216.\n\n"
            "S pozdravem / Best regards\n\n"
            "Martina Zelenková\nData & Graphics Desk\n"
            "Středoevropská zpravodajská agentura, a.s.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "SZA_IP.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP adresa", "Typ", "Poznámka"],
                            ["203.0.113.101", "produkce", "primární"],
                            ["203.0.113.102", "produkce", "záložní"],
                            ["203.0.113.103", "produkce", "záložní 2"],
                            ["203.0.113.110", "test", ""],
                            ["203.0.113.111", "test", ""],
                        ],
                    },
                ],
            ),
        ],
    },
    {
        "id": "v022-webmail-nickname-signature",
        "description": "HTML-only mail signed with a nickname, full name in the signature table",
        "style": Style.WEBMAIL,
        "labels": L(
            FEED,
            "Pražský večerník, s.r.o.",
            "29573165",
            None,
            ["198.18.9.40"],
            ["198.18.9.41"],
            "Jan Dvořák",
            "jan.dvorak@prazskyvecernik.example",
            "+420721664093",
        ),
        "from": "Honza Dvořák <jan.dvorak@prazskyvecernik.example>",
        "subject": "XML vysledky - Prazsky vecernik",
        "headers": ROUNDCUBE,
        "html": (
            "<html><body><div>Ahoj,</div><div><br></div>"
            "<div>pardon za neformální tón, píšu z redakce mezi dvěma uzávěrkami. Chtěli bychom "
            "zase jako minule přístup k vašemu XML s výsledky voleb. Ostrý stroj 198.18.9.40, "
            "testovací 198.18.9.41. Kdyby něco, volejte mi rovnou.</div><div><br></div>"
            "<div>Díky, Honza</div><div><br></div>"
            '<table style="border-top:1px solid #999"><tr><td><b>Jan Dvořák</b></td></tr>'
            "<tr><td>vedoucí online redakce</td></tr>"
            "<tr><td>Pražský večerník, s.r.o. · IČO 29573165</td></tr>"
            "<tr><td>M: +420 721 664 093</td></tr>"
            "<tr><td>jan.dvorak@prazskyvecernik.example</td></tr></table>"
            "</body></html>"
        ),
    },
    {
        "id": "v023-apple-mail-base64-respectively",
        "description": "base64 body; production and test given by 'respectively'",
        "style": Style.APPLE_MAIL,
        "cte": "base64",
        "labels": L(
            FEED,
            "Baltic Data Journalism OÜ",
            None,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Kadri Tamm",
            "kadri@balticdj.example",
            "+3725123987",
        ),
        "from": "Kadri Tamm <kadri@balticdj.example>",
        "subject": "Request: XML results feed (Baltic Data Journalism)",
        "headers": APPLE,
        "body": (
            "Dear colleagues,\n\n"
            "Baltic Data Journalism OÜ, an Estonian data newsroom, kindly asks for access to the "
            "XML results of the Czech presidential election. Our production and test servers are "
            "203.0.113.5 and 203.0.113.6, respectively.\n\n"
            "We are registered in Estonia and have no Czech identification number.\n\n"
            "Kind regards,\nKadri Tamm\neditor\n+372 512 3987\n"
        ),
    },
    {
        "id": "v024-chatty-version-numbers",
        "description": "a chatty technician mentions software version numbers next to one production address",
        "style": Style.CHATTY,
        "labels": L(
            FEED,
            "Liberecký kurýr s.r.o.",
            "27643182",
            None,
            ["192.0.2.147"],
            [],
            "Filip Jireš",
            "jires@libereckykuryr.example",
            "+420608990144",
        ),
        "from": "Filip Jireš <jires@libereckykuryr.example>",
        "subject": "zase volby :)",
        "body": (
            "Dobrý den,\n\n"
            "tak zase po roce :) Liberecký kurýr s.r.o., IČO 27643182, by rád znovu dostal "
            "přístup k XML výsledkům. Loni jsme to tahali skriptem, letos už máme vlastní "
            "stahovač ve verzi 2.4.1 (běží na Pythonu 3.10.8), takže bude klid.\n\n"
            "Stahovat se bude jen z jedné adresy: 192.0.2.147. Testovací nepotřebujeme, "
            "testujeme na ostré.\n\n"
            "Kdyby cokoli, jsem na 608 990 144.\n\n"
            "Filip Jireš\nIT, Liberecký kurýr\n"
        ),
    },
    {
        "id": "v025-databox-pdf-letter",
        "description": "data message with a generic annotation; the letter in PDF names the office's box too",
        "style": Style.DATABOX,
        "databox": {
            "box": "t3xk9bd",
            "sender": "Vydavatelství Horácko, s.r.o.",
            "address": "Masarykovo nám. 3, 586 01 Jihlava",
        },
        "labels": L(
            BOTH,
            "Vydavatelství Horácko, s.r.o.",
            "03902170",
            "t3xk9bd",
            ["198.51.100.220", "198.51.100.221"],
            [],
            "Šárka Novotná",
            "novotna@horacko.example",
            "+420567310299",
        ),
        "from": "Vydavatelství Horácko <info@horacko.example>",
        "subject": "Žádost",
        "attachments": [
            (
                "pdf",
                "zadost_CSU.pdf",
                [
                    "Vydavatelství Horácko, s.r.o., Masarykovo nám. 3, 586 01 Jihlava, "
                    "IČO 03902170, ID datové schránky t3xk9bd",
                    "Český statistický úřad, ID DS 2gfaasy",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML pro adresy "
                    "198.51.100.220 a 198.51.100.221 (obě ostrý provoz; testovací adresu "
                    "nepožadujeme) a dále o povolení natáčet na přebíracím místě v Jihlavě.",
                    "Kontakt: Šárka Novotná, novotna@horacko.example, tel. 567 310 299",
                    "Ing. Karel Novotný, jednatel",
                ],
            ),
        ],
    },
    {
        "id": "v026-outlook-smime-formal",
        "description": "S/MIME-signed formal letter from a public-service broadcaster's regional studio",
        "style": Style.OUTLOOK,
        "smime": True,
        "labels": L(
            FEED,
            "Regionální televize Vysočina, o.p.s.",
            "25538462",
            None,
            ["198.18.200.1", "198.18.200.2", "198.18.200.3"],
            ["198.18.200.9"],
            "Petra Jelínková",
            "jelinkova@rtv-vysocina.example",
            "+420564036772",
        ),
        "from": "Jelínková Petra <jelinkova@rtv-vysocina.example>",
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            "obecně prospěšná společnost Regionální televize Vysočina, o.p.s., IČO 25538462, "
            "se sídlem v Třebíči, žádá o zřízení přístupu k serveru s výsledky voleb.\n\n"
            "IP adresy pro ostrý provoz:\n"
            "198.18.200.1\n198.18.200.2\n198.18.200.3\n\n"
            "IP adresa pro testovací provoz:\n198.18.200.9\n\n"
            "Kontaktní osoba: Petra Jelínková, tel. 564 036 772, "
            "e-mail jelinkova@rtv-vysocina.example\n\n"
            "Tato zpráva je podepsána uznávaným elektronickým podpisem.\n\n"
            "S úctou\nPetra Jelínková\nředitelka\n"
        ),
    },
    {
        "id": "v027-forward-as-attachment",
        "description": "a colleague resends the original application as an attached message; the original's author stays the contact",
        "style": Style.FORWARD,
        "labels": L(
            FEED,
            "REGIONPRESS, s.r.o.",
            "44182091",
            None,
            ["198.51.100.171", "198.51.100.172"],
            ["198.51.100.179"],
            "Ondřej Bláha",
            "blaha@regionpress.example",
            "+420736118204",
        ),
        "from": "Simona Krejčí <krejci@regionpress.example>",
        "subject": "FW: Žádost o přístup k výsledkům voleb - REGIONPRESS",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "kolega Bláha Vám žádost posílal minulý týden, ale nemáme potvrzení o doručení, "
            "proto ji přikládám znovu jako přílohu. Kontaktní osobou zůstává on, já jsem jen "
            "asistentka.\n\n"
            "Simona Krejčí\nREGIONPRESS, s.r.o.\n"
        ),
        "attachments": [("eml", "Žádost o přístup k výsledkům voleb.eml", _ORIGINAL_027)],
    },
    {
        "id": "v028-short-range-notation",
        "description": "a range written with a shortened end (.1 až .3); the test address in a separate sentence",
        "style": Style.GMAIL,
        "labels": L(
            FEED,
            "Plzeňský online deník s.r.o.",
            "49110721",
            None,
            ["198.18.20.1", "198.18.20.2", "198.18.20.3"],
            ["198.18.20.9"],
            "Roman Šebek",
            "roman.sebek@plzenonline.example",
            "+420775302618",
        ),
        "from": "Roman Šebek <roman.sebek@plzenonline.example>",
        "subject": "Přístup k výsledkům voleb - Plzeňský online deník",
        "body": (
            "Dobrý den,\n\n"
            "prosím o přístup k XML výsledkům voleb pro Plzeňský online deník s.r.o., "
            "IČO 49110721.\n\n"
            "Ostrý provoz poběží z adres 198.18.20.1 až .3. Pro testování použijeme "
            "198.18.20.9.\n\n"
            "Roman Šebek\nvývojář\n775 302 618\n"
        ),
    },
]
