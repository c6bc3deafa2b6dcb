"""Thirteenth held-out part ``ga``, cases ga029–ga042 (hand-written; never tune against them)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.thirteenth_ga_common import (
    ANDROID,
    APPLE,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    THUNDERBIRD,
    Style,
)

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_LUKES = ico("7640218")
ICO_MORAVA = ico("2619370")
ICO_BESKYDY = ico("0485126")
ICO_FORUM = ico("2847795")
ICO_INFOSERVIS = ico("0651248")
ICO_ZAOLZIE = ico("2755012")
ICO_TRNAVA = ico("4613095")
ICO_KLADENSKO = ico("0734561")
ICO_ZAPAD = ico("2406839")
ICO_VELTRUSY = ico("0539710")

CASES: list[dict[str, Any]] = [
    {
        "id": "ga029-photographer-rtf",
        "description": "freelance photographer asks only to shoot at a collection point; "
        "request in an RTF letter",
        "style": Style.ATTACHMENT,
        "from": "Ondřej Lukeš <ondrej@lukesfoto.example>",
        "subject": "žádost o povolení fotografovat / natáčet",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nv příloze posílám žádost.\nDěkuji, Ondřej Lukeš\n",
        "attachments": [
            (
                "rtf",
                "zadost_Lukes.rtf",
                [
                    "Ondřej Lukeš – fotograf na volné noze",
                    f"IČO: {ICO_LUKES}",
                    "Žádám o povolení pořizovat fotografie a krátké video na sběrném "
                    "místě v Českých Budějovicích během volební noci pro agenturní servis.",
                    "Přístup k datovému výstupu nepotřebuji.",
                    "Telefon: 606 733 219, e-mail: ondrej@lukesfoto.example",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Ondřej Lukeš",
            ICO_LUKES,
            None,
            [],
            [],
            "Ondřej Lukeš",
            "ondrej@lukesfoto.example",
            "+420606733219",
        ),
    },
    {
        "id": "ga030-english-html-table-both",
        "description": "HTML-only English mail with a table, a UK outlet without IČO asking "
        "for both",
        "style": Style.HTML_TABLE,
        "from": '"Whitfield, Tom" <tom.whitfield@bcereview.example>',
        "subject": "Election coverage - data access & filming request",
        "headers": OUTLOOK,
        "html": (
            "<p>Good afternoon,</p><p>please find our request below.</p>"
            '<table border="1">'
            "<tr><td>Organisation</td><td>Baltic &amp; Central Europe Review Ltd</td></tr>"
            "<tr><td>Request</td><td>XML results feed; filming at the Prague collection "
            "point</td></tr>"
            "<tr><td>Production IPs</td><td>198.18.33.1, 198.18.33.2</td></tr>"
            "<tr><td>Test IP</td><td>198.18.33.9</td></tr>"
            "<tr><td>Contact</td><td>Tom Whitfield, +44 20 7946 0321</td></tr>"
            "</table><p>Many thanks,<br>Tom</p>"
        ),
        "labels": L(
            BOTH,
            "Baltic & Central Europe Review Ltd",
            None,
            None,
            ["198.18.33.1", "198.18.33.2"],
            ["198.18.33.9"],
            "Tom Whitfield",
            "tom.whitfield@bcereview.example",
            "+442079460321",
        ),
    },
    {
        "id": "ga031-reply-thread-final-list",
        "description": "three-level reply thread; the newest message gives the final "
        "addresses that replace the earlier ones",
        "style": Style.REPLY,
        "from": "Hynek Staněk <stanek@zamorava.example>",
        "subject": "Re: Re: Re: přístup k volebnímu XML",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "po dohodě s hostingem posílám finální seznam, předchozí adresy z tohoto "
            "vlákna už neplatí:\n"
            "ostrý provoz: 203.0.113.101, 203.0.113.102\n"
            "test: 203.0.113.109\n\n"
            f"Zpravodajská agentura Morava, a.s., IČO {ICO_MORAVA}\n"
            "Hynek Staněk, 777 090 314\n\n"
            "Dne 10. 8. 2026 v 9:02 Hynek Staněk napsal(a):\n"
            "> Ještě upřesnění – test bude asi na 203.0.113.59, ozvu se.\n"
            ">\n"
            "> Dne 9. 8. 2026 v 15:47 Hynek Staněk napsal(a):\n"
            ">> Dobrý den, žádáme o přístup k XML výsledků voleb.\n"
            ">> Adresy: 203.0.113.51, 203.0.113.52.\n"
        ),
        "labels": L(
            FEED,
            "Zpravodajská agentura Morava, a.s.",
            ICO_MORAVA,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.109"],
            "Hynek Staněk",
            "stanek@zamorava.example",
            "+420777090314",
        ),
    },
    {
        "id": "ga032-owa-five-and-five",
        "description": "formal mail from a web client with the maximum of five production "
        "and five test addresses, the test ones as a range",
        "style": Style.FORMAL,
        "from": "Mgr. Simona Zelenková <zelenkova@forumcz.example>",
        "subject": "Žádost o přístup k XML výstupu – FÓRUM MEDIA, a.s.",
        "headers": OWA,
        "body": (
            "Vážení,\n\n"
            f"společnost FÓRUM MEDIA, a.s., se sídlem Praha 7, IČO {ICO_FORUM}, tímto žádá "
            "o přístup k XML výstupu výsledků voleb.\n\n"
            "Adresy pro ostrý provoz:\n"
            "198.51.100.71\n198.51.100.72\n198.51.100.73\n198.51.100.74\n198.51.100.75\n\n"
            "Adresy pro testovací provoz: 198.51.100.81–198.51.100.85\n\n"
            "Kontaktní osoba: Mgr. Simona Zelenková, vedoucí datové redakce, "
            "ústředna +420 234 611 780, mobil +420 724 118 650.\n\n"
            "S pozdravem\nSimona Zelenková\n"
        ),
        "labels": L(
            FEED,
            "FÓRUM MEDIA, a.s.",
            ICO_FORUM,
            None,
            ["198.51.100.71", "198.51.100.72", "198.51.100.73", "198.51.100.74", "198.51.100.75"],
            ["198.51.100.81", "198.51.100.82", "198.51.100.83", "198.51.100.84", "198.51.100.85"],
            "Simona Zelenková",
            "zelenkova@forumcz.example",
            "+420724118650",
        ),
    },
    {
        "id": "ga033-old-address-and-backup",
        "description": "an old address is named as no longer valid; a backup server counts "
        "as production",
        "style": Style.CHATTY,
        "from": "Filip Doležal <dolezal@radiobeskydy.example>",
        "subject": "volby - přístup k datům (nová IP)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Beskydy s.r.o., IČO {ICO_BESKYDY}, by opět rádo bralo výsledky z "
            "vašeho XML. Pozor, naše stará adresa 192.0.2.30 už neplatí, server se "
            "přestěhoval na 192.0.2.31. K tomu máme záložní server 192.0.2.35. Testovací "
            "nepotřebujeme.\n\n"
            "Díky, Filip Doležal\nvedoucí vysílací techniky, 605 827 416\n"
        ),
        "labels": L(
            FEED,
            "Rádio Beskydy s.r.o.",
            ICO_BESKYDY,
            None,
            ["192.0.2.31", "192.0.2.35"],
            [],
            "Filip Doležal",
            "dolezal@radiobeskydy.example",
            "+420605827416",
        ),
    },
    {
        "id": "ga034-german-feed-ipv6-test",
        "description": "German publisher without IČO, feed only, IPv6 test address",
        "style": Style.FOREIGN,
        "from": "Stefan Hartl <hartl@mitteleuropa-nachrichten.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML)",
        "headers": APPLE,
        "body": (
            "Guten Tag,\n\n"
            "die Mitteleuropa Nachrichten GmbH (Regensburg) beantragt den Zugang zu Ihrem "
            "XML-Dienst mit den Wahlergebnissen.\n\n"
            "Produktivsysteme: 198.18.10.4 und 198.18.10.5\n"
            "Testsystem: 2001:db8:de::4\n\n"
            "Dreharbeiten sind nicht geplant.\n\n"
            "Ansprechpartner ist der Unterzeichnende.\n\n"
            "Viele Grüße\nStefan Hartl\nIT-Leitung\nTel. +49 941 208 3317\n"
        ),
        "labels": L(
            FEED,
            "Mitteleuropa Nachrichten GmbH",
            None,
            None,
            ["198.18.10.4", "198.18.10.5"],
            ["2001:db8:de::4"],
            "Stefan Hartl",
            "hartl@mitteleuropa-nachrichten.example",
            "+499412083317",
        ),
    },
    {
        "id": "ga035-polish-portal-feed",
        "description": "Polish portal in Czech Silesia, Polish text, feed only with a Czech IČO",
        "style": Style.FOREIGN,
        "from": "Agnieszka Kubiczek <a.kubiczek@zaolzie-portal.example>",
        "subject": "Dostęp do danych wyborczych",
        "headers": THUNDERBIRD,
        "body": (
            "Dzień dobry,\n\n"
            f"Portal Zaolzie s.r.o. (IČO {ICO_ZAOLZIE}) z Czeskiego Cieszyna prosi o dostęp "
            "do wyników wyborów w XML. Serwer produkcyjny: 203.0.113.199. Testowego nie "
            "mamy.\n\n"
            "Kontakt: Agnieszka Kubiczek, tel. 558 711 402\n\n"
            "Pozdrawiam serdecznie\nAgnieszka Kubiczek\n"
        ),
        "labels": L(
            FEED,
            "Portal Zaolzie s.r.o.",
            ICO_ZAOLZIE,
            None,
            ["203.0.113.199"],
            [],
            "Agnieszka Kubiczek",
            "a.kubiczek@zaolzie-portal.example",
            "+420558711402",
        ),
    },
    {
        "id": "ga036-databox-company-pdf-both",
        "description": "data message from a company with a PDF asking for both",
        "style": Style.DATABOX,
        "from": "ds@trnavamedia.example",
        "subject": "Žádost o přístup k datům a o povolení natáčení",
        "databox": {
            "box": "p9d3f7k",
            "sender": "TRNAVA MEDIA s.r.o.",
            "address": "Husova 118/4, 602 00 Brno",
        },
        "body": "",
        "attachments": [
            (
                "pdf",
                "zadost_trnava_media.pdf",
                [
                    "TRNAVA MEDIA s.r.o., IČO " + ICO_TRNAVA,
                    "Žádáme o: (1) přístup k XML výstupu výsledků voleb, (2) povolení "
                    "natáčet na sběrném místě v Brně.",
                    {
                        "rows": [
                            ["Provoz", "IP adresa"],
                            ["ostrý", "192.0.2.210"],
                            ["ostrý", "2001:db8:b0::210"],
                            ["test", "192.0.2.219"],
                        ],
                        "widths": [120, 200],
                    },
                    "Kontaktní osoba: Marcela Trnavová, 530 331 207, trnavova@trnavamedia.example",
                ],
            ),
            ("txt", "poznamka.txt", "Žádost podepsána jednatelkou společnosti.\n"),
        ],
        "labels": L(
            BOTH,
            "TRNAVA MEDIA s.r.o.",
            ICO_TRNAVA,
            "p9d3f7k",
            ["192.0.2.210", "2001:db8:b0::210"],
            ["192.0.2.219"],
            "Marcela Trnavová",
            "trnavova@trnavamedia.example",
            "+420530331207",
        ),
    },
    {
        "id": "ga037-sms-style-shorthand",
        "description": "SMS-like mail without diacritics; the test address written as a "
        "last-octet shorthand",
        "style": Style.TERSE,
        "from": "Renata Dvorakova <dvorakova@infoservistabor.example>",
        "subject": "feed",
        "headers": ANDROID,
        "body": (
            "feed pro volby prosim. IP 203.0.113.5 ostra, .6 testovaci. Infoservis Tabor "
            f"s.r.o., ICO {ICO_INFOSERVIS}. Renata Dvorakova 604 992 117\n"
        ),
        "labels": L(
            FEED,
            "Infoservis Tabor s.r.o.",
            ICO_INFOSERVIS,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Renata Dvorakova",
            "dvorakova@infoservistabor.example",
            "+420604992117",
        ),
    },
    {
        "id": "ga038-cc-colleagues-named-contact",
        "description": "the director writes with colleagues in copy and names one of them "
        "as the contact",
        "style": Style.SIGNATURE,
        "from": "Ing. Petr Kučera <kucera@kladensko-tv.example>",
        "cc": "Lucie Marková <markova@kladensko-tv.example>, "
        "Josef Brabec <brabec@kladensko-tv.example>",
        "subject": "Kladensko TV – žádost o přístup k volebním výsledkům",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Kladensko TV, spol. s r.o., IČO {ICO_KLADENSKO}, žádá o přístup k XML "
            "výstupu výsledků voleb. Ostrý provoz poběží z 198.51.100.121 a "
            "198.51.100.122, testovat budeme z 198.51.100.129.\n\n"
            "Pro komunikaci s Vámi k této žádosti je určena kolegyně Lucie Marková "
            "(v kopii), tel. 720 345 118. Kolega Josef Brabec (také v kopii) zajišťuje "
            "servery.\n\n"
            "S pozdravem\nIng. Petr Kučera\njednatel\nKladensko TV\n"
            "tel. 312 245 600 | mobil 603 401 220\n"
        ),
        "labels": L(
            FEED,
            "Kladensko TV, spol. s r.o.",
            ICO_KLADENSKO,
            None,
            ["198.51.100.121", "198.51.100.122"],
            ["198.51.100.129"],
            "Lucie Marková",
            "markova@kladensko-tv.example",
            "+420720345118",
        ),
    },
    {
        "id": "ga039-slovak-html-only",
        "description": "Slovak HTML-only mail from a webmail, IPv6 test address",
        "style": Style.HTML_TABLE,
        "from": "Mária Bednárová <bednarova@zapadnespravy.example>",
        "subject": "Prístup k XML – Západné správy",
        "headers": SEZNAM,
        "cte": "base64",
        "html": (
            "<div>Dobrý deň,</div><div>spoločnosť <b>Západné správy, a.s.</b>, IČO "
            f"{ICO_ZAPAD}, žiada o prístup k XML výsledkov volieb.</div>"
            "<ul><li>ostrá prevádzka: 192.0.2.150</li>"
            "<li>testovanie: 2001:db8:5a::150</li></ul>"
            "<div>Kontaktná osoba: Mária Bednárová, +421 2 5441 8870</div>"
            "<div>S pozdravom<br>Mária Bednárová</div>"
        ),
        "labels": L(
            FEED,
            "Západné správy, a.s.",
            ICO_ZAPAD,
            None,
            ["192.0.2.150"],
            ["2001:db8:5a::150"],
            "Mária Bednárová",
            "bednarova@zapadnespravy.example",
            "+421254418870",
        ),
    },
    {
        "id": "ga040-forward-as-attachment",
        "description": "an assistant forwards the chief editor's request as an attached "
        "message; the editor is the contact",
        "style": Style.FORWARD,
        "from": "Nikola Šimková <simkova@veltrusky-obzor.example>",
        "subject": "Fw: žádost o přístup k výsledkům voleb",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost naší šéfredaktorky, kterou omylem poslala na starou "
            "adresu. Vše potřebné je v přiložené zprávě.\n\nNikola Šimková, asistentka\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost.eml",
                {
                    "id": "ga040-inner",
                    "from": "Hana Jelínková <jelinkova@veltrusky-obzor.example>",
                    "to": "info@volby-stara-adresa.example",
                    "subject": "žádost o přístup k výsledkům voleb",
                    "body": (
                        "Dobrý den,\n\n"
                        f"Veltruský obzor, z.s., IČO {ICO_VELTRUSY}, žádá o přístup k "
                        "XML s výsledky voleb z adresy 203.0.113.88 (ostrý provoz). "
                        "Testovací adresu nemáme.\n\n"
                        "Hana Jelínková, šéfredaktorka, 775 612 309\n"
                    ),
                },
            ),
        ],
        "labels": L(
            FEED,
            "Veltruský obzor, z.s.",
            ICO_VELTRUSY,
            None,
            ["203.0.113.88"],
            [],
            "Hana Jelínková",
            "jelinkova@veltrusky-obzor.example",
            "+420775612309",
        ),
    },
    {
        "id": "ga041-form-in-mail-ano-ne",
        "description": "a form pasted into the mail with ANO/NE answers; filming ticked NE",
        "style": Style.FORM,
        "from": "Miroslav Hájek <hajek@podlipansko.example>",
        "subject": "Formulář žádosti – volby",
        "headers": SEZNAM,
        "body": (
            "Dobrý den, posílám vyplněný formulář.\n\n"
            "Název žadatele: Podlipanské listy s.r.o.\n"
            f"IČO: {ico('2933514')}\n"
            "Přístup k XML výstupu: ANO\n"
            "Povolení k natáčení na sběrném místě: NE\n"
            "IP adresy – ostrý provoz: 198.18.1.40, 198.18.1.41\n"
            "IP adresy – testovací provoz: —\n"
            "Kontaktní osoba: Miroslav Hájek\n"
            "Telefon: 00420 321 722 914\n"
            "E-mail: hajek@podlipansko.example\n"
        ),
        "labels": L(
            FEED,
            "Podlipanské listy s.r.o.",
            ico("2933514"),
            None,
            ["198.18.1.40", "198.18.1.41"],
            [],
            "Miroslav Hájek",
            "hajek@podlipansko.example",
            "+420321722914",
        ),
    },
    {
        "id": "ga042-english-freelancer-iphone",
        "description": "British freelancer from a phone, no IČO, IPv6-only production, asks "
        "for both",
        "style": Style.MOBILE,
        "from": "Sophie Grant <sophie@grantreports.example>",
        "subject": "Election night - Prague",
        "headers": IPHONE,
        "body": (
            "Hi there, freelance reporter here (Sophie Grant, UK). Could I get the results "
            "feed on my VPS 2001:db8:c4::1 and also permission to film at the Prague "
            "collection point on the night? Mobile +44 7700 900 418. Thanks!\n\n"
            "Sent from my iPhone\n"
        ),
        "labels": L(
            BOTH,
            "Sophie Grant",
            None,
            None,
            ["2001:db8:c4::1"],
            [],
            "Sophie Grant",
            "sophie@grantreports.example",
            "+447700900418",
        ),
    },
]
