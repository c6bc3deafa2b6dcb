"""Cases ja029–ja042 of the sixteenth held-out part (written by hand, see make_sixteenth_ja)."""

from __future__ import annotations

from tests.corpus.label_rules import L, ico
from tests.corpus.sixteenth_ja_common import (
    ANDROID,
    APPLE,
    BOTH,
    FEED,
    FILM,
    OUTLOOK,
    SEZNAM,
    THUNDERBIRD,
    Case,
    Style,
)

ICO_FILMKLUB = ico("2274018")
ICO_KRAJTV = ico("2795530")
ICO_DVORAK = ico("7311482")
ICO_AGENTURA = ico("4520661")
ICO_VYCHOD = ico("0640917")
ICO_BOX2 = ico("2187754")
ICO_PORTAL = ico("0355128")
ICO_CAS = ico("2608810")

CASES: list[Case] = [
    {
        "id": "ja029-databox-odt-filming",
        "description": "data message with an ODT letter asking only for filming",
        "style": Style.DATABOX,
        "from": "x@x.example",
        "subject": "Žádost o povolení natáčení",
        "databox": {
            "box": "f2dz9ka",
            "sender": "Filmový klub Olomouc, z.s.",
            "address": "Dolní nám. 8, 779 00 Olomouc",
            "type": 30,
        },
        "attachments": [
            (
                "odt",
                "natáčení.odt",
                [
                    "Žádost o povolení natáčení na sběrném místě",
                    f"Filmový klub Olomouc, z.s., IČO {ICO_FILMKLUB}, žádá o povolení natáčet "
                    "průběh zpracování výsledků na sběrném místě v Olomouci pro dokumentární film.",
                    "Přístup k datům nepožadujeme.",
                    "Kontakt: Daniel Skála, skala@filmklubolomouc.example, 731 660 284",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Filmový klub Olomouc, z.s.",
            ICO_FILMKLUB,
            "f2dz9ka",
            [],
            [],
            "Daniel Skála",
            "skala@filmklubolomouc.example",
            "+420731660284",
        ),
    },
    {
        "id": "ja030-english-phone-two-liner",
        "description": "English two-liner from a phone by a foreign news site",
        "style": Style.PHONE,
        "from": "Nina Petrov <nina@hansanewsroom.example>",
        "subject": "xml feed access pls",
        "headers": APPLE,
        "body": (
            "Hi, Hansa Newsroom OÜ (Tallinn) requests the results XML feed for prod IP "
            "198.18.3.33, test 198.18.3.34. Nina Petrov +372 5123 4567\n\nSent from my iPhone\n"
        ),
        "labels": L(
            FEED,
            "Hansa Newsroom OÜ",
            None,
            None,
            ["198.18.3.33"],
            ["198.18.3.34"],
            "Nina Petrov",
            "nina@hansanewsroom.example",
            "+37251234567",
        ),
    },
    {
        "id": "ja031-html-br-both",
        "description": "HTML-only regional TV mail with <br> lines asking for feed and filming",
        "style": Style.HTML,
        "from": "Krajská televize Vysočina <zpravy@krajtv.example>",
        "subject": "Volební noc – data a natáčení",
        "headers": OUTLOOK,
        "html": (
            "<p>Dobrý den,<br><br>Krajská televize Vysočina s.r.o. (IČO "
            f"{ICO_KRAJTV}) by ráda:<br>1) přístup k XML výsledkům – ostrý provoz "
            "192.0.2.15 a 192.0.2.16, test 192.0.2.17,<br>2) povolení natáčet na sběrném "
            "místě v Jihlavě (štáb 3 osoby).<br><br>Kontaktní osoba: Martin Dvořáček, "
            "dvoracek@krajtv.example, tel. 777 310 846<br><br>Děkujeme<br>Redakce zpráv</p>"
        ),
        "labels": L(
            BOTH,
            "Krajská televize Vysočina s.r.o.",
            ICO_KRAJTV,
            None,
            ["192.0.2.15", "192.0.2.16"],
            ["192.0.2.17"],
            "Martin Dvořáček",
            "dvoracek@krajtv.example",
            "+420777310846",
        ),
    },
    {
        "id": "ja032-trade-name-photographer",
        "description": "sole trader with a trade name asks to film; feed explicitly not needed",
        "style": Style.GMAIL,
        "from": "Foto Dvořák <foto.dvorak@seznam-mail.example>",
        "subject": "povolení fotit/natáčet při sčítání",
        "body": (
            "Dobrý den,\n\njsem fotograf a kameraman na volné noze, podnikám pod názvem Foto "
            f"Dvořák (IČO {ICO_DVORAK}), a chystám vlastní reportáž o volební noci. "
            "Prosím o povolení natáčet na sběrném místě v Praze 4. Výsledky v XML nepotřebuji.\n\n"
            "Petr Dvořák\n+420 603 771 209\n"
        ),
        "labels": L(
            FILM,
            "Foto Dvořák",
            ICO_DVORAK,
            None,
            [],
            [],
            "Petr Dvořák",
            "foto.dvorak@seznam-mail.example",
            "+420603771209",
        ),
    },
    {
        "id": "ja033-feed-dropped-filming-kept",
        "description": "reply drops the feed request (they buy data elsewhere); filming stays",
        "style": Style.CORRECTION,
        "from": "Ilona Marešová <maresova@vychodniceskytyden.example>",
        "subject": "Re: žádost – úprava",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den, po poradě s vedením upravuji naši žádost: XML výsledky od vás "
            "nakonec potřebovat nebudeme (data přebíráme od agentury), adresy 198.51.100.30 a "
            "198.51.100.31 tedy prosím nepovolujte. Natáčení na sběrném místě v Pardubicích "
            "ale platí.\n\nIlona Marešová\n\n"
            "On 7. 9. 2026 10:11, Ilona Marešová wrote:\n"
            f"> Východočeský týden s.r.o., IČO {ICO_VYCHOD}, žádá o přístup k XML\n"
            "> (198.51.100.30, 198.51.100.31) a o povolení natáčet v Pardubicích.\n"
            "> Kontakt: Ilona Marešová, 466 011 372\n"
        ),
        "labels": L(
            FILM,
            "Východočeský týden s.r.o.",
            ICO_VYCHOD,
            None,
            [],
            [],
            "Ilona Marešová",
            "maresova@vychodniceskytyden.example",
            "+420466011372",
        ),
    },
    {
        "id": "ja034-pr-agency-forward",
        "description": "a PR agency forwards for its client; the client applies",
        "style": Style.FORWARD,
        "from": "Barbora Nová <nova@prplus.example>",
        "subject": "FW: žádost klienta o XML data",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\nv zastoupení našeho klienta přeposílám jeho žádost. Kontaktujte "
            "prosím přímo pana Kubíčka.\nBarbora Nová, PR Plus\n\n"
            "From: Richard Kubíček <kubicek@agenturavolby.example>\n"
            "Sent: Thursday, September 10, 2026 3:47 PM\nTo: Barbora Nová\n"
            "Subject: žádost o XML data\n\n"
            f"Agentura Volby.info s.r.o., IČO {ICO_AGENTURA}, žádá o přístup k XML výsledkům.\n"
            "Ostré: 203.0.113.120, 203.0.113.121, 203.0.113.122, 203.0.113.123\n"
            "Testovací: 203.0.113.124\n"
            "Richard Kubíček, jednatel, kubicek@agenturavolby.example, 721 554 096\n"
        ),
        "labels": L(
            FEED,
            "Agentura Volby.info s.r.o.",
            ICO_AGENTURA,
            None,
            ["203.0.113.120", "203.0.113.121", "203.0.113.122", "203.0.113.123"],
            ["203.0.113.124"],
            "Richard Kubíček",
            "kubicek@agenturavolby.example",
            "+420721554096",
        ),
    },
    {
        "id": "ja035-rtf-letter",
        "description": "formal letter as an RTF attachment, the mail itself only a cover line",
        "style": Style.ATTACHMENT,
        "from": "Sekretariát Čas Brno <sekretariat@casbrno.example>",
        "subject": "Žádost o přístup – Čas Brno a.s.",
        "body": "Dobrý den, v příloze zasíláme žádost. S pozdravem, sekretariát\n",
        "attachments": [
            (
                "rtf",
                "zadost_cas_brno.rtf",
                [
                    "Čas Brno a.s.",
                    f"IČO: {ICO_CAS}",
                    "Věc: Žádost o přístup k XML výstupu výsledků voleb",
                    "Adresy pro ostrý provoz: 198.51.100.100, 198.51.100.101, 198.51.100.102",
                    "Testovací adresy: 198.51.100.110, 198.51.100.111",
                    "Kontaktní osoba: Ing. Josef Malý, maly@casbrno.example, 543 210 987",
                    "Ing. Josef Malý, ředitel IT",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Čas Brno a.s.",
            ICO_CAS,
            None,
            ["198.51.100.100", "198.51.100.101", "198.51.100.102"],
            ["198.51.100.110", "198.51.100.111"],
            "Josef Malý",
            "maly@casbrno.example",
            "+420543210987",
        ),
    },
    {
        "id": "ja036-contact-handed-over",
        "description": "follow-up hands the contact role to a colleague",
        "style": Style.FOLLOWUP,
        "from": "Michal Sýkora <sykora@portalsever.example>",
        "subject": "Re: XML přístup – změna kontaktu",
        "body": (
            "Dobrý den, od příštího týdne jsem na dovolené, kontaktní osobou pro naši žádost "
            "proto bude kolegyně Klára Bílková, bilkova@portalsever.example, 739 008 126. "
            "Adresy se nemění.\nDíky, Michal Sýkora\n\n"
            "> Portál Sever s.r.o., IČO "
            f"{ICO_PORTAL}, žádá o přístup k XML, produkce 192.0.2.100,\n"
            "> test 192.0.2.101. Kontakt Michal Sýkora, 731 400 552\n"
        ),
        "labels": L(
            FEED,
            "Portál Sever s.r.o.",
            ICO_PORTAL,
            None,
            ["192.0.2.100"],
            ["192.0.2.101"],
            "Klára Bílková",
            "bilkova@portalsever.example",
            "+420739008126",
        ),
    },
    {
        "id": "ja037-ipv6-slash126",
        "description": "IPv6-only production as a /126, IPv4 test address",
        "style": Style.OUTLOOK,
        "from": "Štěpán Holý <holy@datalab-zurnal.example>",
        "subject": "Žádost o XML – IPv6",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nDatalab Žurnál s.r.o. žádá o přístup k XML výsledkům. Produkční "
            "servery jsou jen na IPv6, rozsah 2001:db8:5::/126. Testovací stroj 203.0.113.250.\n\n"
            "S pozdravem\nŠtěpán Holý\nDatalab Žurnál s.r.o.\n+420 720 118 340\n"
        ),
        "labels": L(
            FEED,
            "Datalab Žurnál s.r.o.",
            None,
            None,
            ["2001:db8:5::", "2001:db8:5::1", "2001:db8:5::2", "2001:db8:5::3"],
            ["203.0.113.250"],
            "Štěpán Holý",
            "holy@datalab-zurnal.example",
            "+420720118340",
        ),
    },
    {
        "id": "ja038-databox-five-plus-five",
        "description": "data message with a text file listing five and five addresses",
        "style": Style.DATABOX,
        "from": "x@x.example",
        "subject": "XML výsledky voleb – žádost",
        "databox": {
            "box": "h8ec3vy",
            "sender": "Mediální dům Morava a.s.",
            "address": "Palackého 40, 602 00 Brno",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                f"Mediální dům Morava a.s.\nIČO {ICO_BOX2}\nDS h8ec3vy\n\n"
                "Žádáme o přístup k XML výsledkům voleb.\n\n"
                "PRODUKCE\n198.18.20.1\n198.18.20.2\n198.18.20.3\n198.18.20.4\n198.18.20.5\n\n"
                "TEST\n198.18.21.1\n198.18.21.2\n198.18.21.3\n198.18.21.4\n198.18.21.5\n\n"
                "Kontakt: Eliška Marková, markova@mdmorava.example, +420 541 223 908\n",
            )
        ],
        "labels": L(
            FEED,
            "Mediální dům Morava a.s.",
            ICO_BOX2,
            "h8ec3vy",
            ["198.18.20.1", "198.18.20.2", "198.18.20.3", "198.18.20.4", "198.18.20.5"],
            ["198.18.21.1", "198.18.21.2", "198.18.21.3", "198.18.21.4", "198.18.21.5"],
            "Eliška Marková",
            "markova@mdmorava.example",
            "+420541223908",
        ),
    },
    {
        "id": "ja039-sloppy-no-diacritics-00420",
        "description": "sloppy mail without diacritics, phone written with 00420 and pairs",
        "style": Style.CHATTY,
        "from": "pepa.kratochvil@regiozpravy.example",
        "subject": "prosba",
        "headers": ANDROID,
        "body": (
            "dobry den\nmohli by ste nam prosim dat pristup na ty vysledky voleb v xml? "
            "jsme RegioZpravy s.r.o. z Tabora, ico nevim z hlavy, doplnim.\n"
            "ip ostra 192.0.2.55 a jeste 192.0.2.56, testovaci zatim nemame\n"
            "dik Pepa Kratochvil 00420 603 44 55 66\n"
        ),
        "labels": L(
            FEED,
            "RegioZpravy s.r.o.",
            None,
            None,
            ["192.0.2.55", "192.0.2.56"],
            [],
            "Pepa Kratochvil",
            "pepa.kratochvil@regiozpravy.example",
            "+420603445566",
        ),
    },
    {
        "id": "ja040-direct-line-before-switchboard",
        "description": "signature lists a switchboard and a direct line; the direct line counts",
        "style": Style.GMAIL,
        "from": "Lucie Švecová <lucie.svecova@rsc-radio.example>",
        "subject": "Žádost o přístup k XML – volby 2026",
        "body": (
            "Dobrý den,\n\nza Rozhlasové sdružení Střední Čechy, z.s. žádám o přístup k XML "
            "výsledkům.\nOstrý provoz: 198.51.100.150 až 198.51.100.152\n"
            "Test: 198.51.100.160\n\nLucie Švecová\ntechnická koordinátorka\n"
            "ústředna: +420 222 111 000\npřímá linka: +420 222 111 045\n"
        ),
        "labels": L(
            FEED,
            "Rozhlasové sdružení Střední Čechy, z.s.",
            None,
            None,
            ["198.51.100.150", "198.51.100.151", "198.51.100.152"],
            ["198.51.100.160"],
            "Lucie Švecová",
            "lucie.svecova@rsc-radio.example",
            "+420222111045",
        ),
    },
    {
        "id": "ja041-polish-filming-only",
        "description": "Polish TV crew asks in Polish only to film, no data access",
        "style": Style.FOREIGN,
        "from": "Tomasz Zieliński <t.zielinski@tvbeskidy.example>",
        "subject": "Prośba o zgodę na nagrywanie w noc wyborczą",
        "headers": SEZNAM,
        "body": (
            "Dzień dobry,\n\nTelewizja Beskidy S.A. z Bielska-Białej prosi o zgodę na "
            "nagrywanie materiału w punkcie zbierania wyników w Ostrawie w noc wyborczą. "
            "Nie potrzebujemy dostępu do danych XML.\n\nKontakt: Tomasz Zieliński, "
            "+48 33 812 40 77, t.zielinski@tvbeskidy.example\n\nPozdrawiam\nTomasz Zieliński\n"
        ),
        "labels": L(
            FILM,
            "Telewizja Beskidy S.A.",
            None,
            None,
            [],
            [],
            "Tomasz Zieliński",
            "t.zielinski@tvbeskidy.example",
            "+48338124077",
        ),
    },
    {
        "id": "ja042-html-thread-two-phones",
        "description": "HTML reply with quoted history; greeting names the contact, two phones",
        "style": Style.REPLY,
        "from": "Jana Kopecká <kopecka@brnenskynet.example>",
        "subject": "RE: Žádost o XML – Brněnský net",
        "headers": OUTLOOK,
        "html": (
            "<p>Dobrý den,</p><p>posílám chybějící údaje: testovací adresa je 203.0.113.45. "
            "Ostrá zůstává 203.0.113.44.</p><p>Jana Kopecká<br>Brněnský net, s.r.o.<br>"
            "mobil 608 330 791, pevná 545 002 110</p>"
            "<blockquote><p><b>From:</b> Jana Kopecká<br><b>Sent:</b> 1. 9. 2026</p>"
            "<p>Brněnský net, s.r.o. žádá o přístup k XML výsledkům voleb, ostrá adresa "
            "203.0.113.44, testovací doplníme. Kontaktní osoba Jana Kopecká, mobil "
            "608 330 791.</p></blockquote>"
        ),
        "labels": L(
            FEED,
            "Brněnský net, s.r.o.",
            None,
            None,
            ["203.0.113.44"],
            ["203.0.113.45"],
            "Jana Kopecká",
            "kopecka@brnenskynet.example",
            "+420608330791",
        ),
    },
]
