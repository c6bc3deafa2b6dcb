"""Twelfth held-out part ``fc``, cases fc015–fc028: foreign branches and freelancers, forms
and documents, corrections in replies, forwards, addresses in words and IPv6. Written by hand
apart from the extraction rules (LABELS.md)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.twelfth_fc_common import (
    ICO_AGENTURA_VLTAVA,
    ICO_HRADECKY_DENIK,
    ICO_SLOVENSKY_PORTAL,
    ICO_TISKOVKA,
    ICO_UNIVERZITA,
    ICO_WEBDATA,
    ICO_WIENER_ZO,
    Style,
)

FEED = "feed_access"
FILM = "recording_permit"

_REPLY_QUOTE = (
    "> Dobrý den,\n"
    "> posíláme žádost o přístup k XML výsledkům voleb.\n"
    "> Produkční adresy: 198.51.100.114, 198.51.100.142\n"
    "> Testovací adresa: 198.51.100.150\n"
    "> Kontakt: Jan Vrba, 602 555 447\n"
    "> Hradecký deník s.r.o.\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "fc015-saechsische-zeitung-count-order",
        "description": "German daily counts its addresses in German ordinals, test listed first",
        "style": Style.FOREIGN_LANGUAGE,
        "labels": L(
            [FEED],
            "Elbtal Verlagsgesellschaft mbH",
            None,
            None,
            ["198.18.40.1", "198.18.40.2", "198.18.40.3"],
            ["198.18.41.7"],
            "Jörg Lehmann",
            "lehmann@elbtal-verlag.example",
            "+493515557720",
        ),
        "from": "=?utf-8?q?J=C3=B6rg_Lehmann?= <lehmann@elbtal-verlag.example>",
        "subject": "Zugang zum XML-Dienst Wahlergebnisse",
        "body": (
            "Guten Tag,\n\n"
            "die Elbtal Verlagsgesellschaft mbH (Dresden) beantragt den Zugang zu Ihrem\n"
            "XML-Dienst mit den Wahlergebnissen.\n\n"
            "Zuerst unser Testsystem: 198.18.41.7.\n"
            "Für den Livebetrieb nutzen wir drei Server, erstens 198.18.40.1, zweitens\n"
            "198.18.40.2 und drittens 198.18.40.3.\n\n"
            "Bei Fragen erreichen Sie mich unter 0351 555 7720.\n\n"
            "Freundliche Grüße\n"
            "Jörg Lehmann\n"
            "Leiter Online-Technik\n"
            "Elbtal Verlagsgesellschaft mbH | Amtsgericht Dresden HRB 5521\n"
        ),
    },
    {
        "id": "fc016-wiener-tagespost-branch",
        "description": "Czech branch of an Austrian daily, with its own IČO, Czech-English mix",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Wiener Tagespost GmbH, odštěpný závod",
            ICO_WIENER_ZO,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Markéta Lindner",
            "lindner@tagespost-prag.example",
            "+420777555218",
        ),
        "from": "=?utf-8?q?Mark=C3=A9ta_Lindner?= <lindner@tagespost-prag.example>",
        "subject": "Application: XML access + filming / Wiener Tagespost Prag",
        "body": (
            "Dobrý den,\n\n"
            f"píšu za pražskou pobočku, Wiener Tagespost GmbH, odštěpný závod, IČO {ICO_WIENER_ZO}.\n"
            "Sorry for switching to English, our Vienna IT will read this too:\n\n"
            "1. XML results access – production IP 203.0.113.120, test IP 203.0.113.121.\n"
            "2. Permission for our photographer and a video journalist to record at the\n"
            "   collection point in Praha 1 during counting.\n\n"
            "Kontakt: Markéta Lindner, +420 777 555 218\n\n"
            "Děkuji / thanks\n"
            "Markéta Lindner\n"
            "Büroleiterin Prag\n"
        ),
    },
    {
        "id": "fc017-british-freelancer-filming",
        "description": "British freelance documentary maker, filming only, gmail, no IČO",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Oliver Pemberton",
            None,
            None,
            [],
            [],
            "Oliver Pemberton",
            "oliver.pemberton@gmail.example",
            "+447700555103",
        ),
        "from": "Oliver Pemberton <oliver.pemberton@gmail.example>",
        "subject": "Filming at a counting station?",
        "body": (
            "Hi there,\n\n"
            "I'm a freelance documentary filmmaker from Bristol, currently in Prague working\n"
            "on a short film about how small European democracies count their votes. Would it\n"
            "be possible to get permission to film at one of your collection points on the\n"
            "election night? It would be just me with a small camera and a sound recordist.\n\n"
            "I don't need any data feed, only the filming.\n\n"
            "Cheers,\n"
            "Oliver Pemberton\n"
            "+44 7700 555103\n"
        ),
        "headers": [("X-Mailer", "Gmail")],
    },
    {
        "id": "fc018-agentura-vltava-docx-form",
        "description": "Agency fills a DOCX form: feed ANO, filming NE; addresses in the table",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Vltava, a.s.",
            ICO_AGENTURA_VLTAVA,
            None,
            ["192.0.2.21", "192.0.2.22"],
            ["192.0.2.29"],
            "Tereza Nováková",
            "novakova@zav.example",
            "+420608555392",
        ),
        "from": "=?utf-8?q?Tereza_Nov=C3=A1kov=C3=A1?= <novakova@zav.example>",
        "subject": "vyplněný formulář - volby",
        "body": "Dobrý den, v příloze posílám vyplněný formulář. Tereza Nováková, ZAV\n",
        "attachments": [
            (
                "docx",
                "formular_ZAV.docx",
                {
                    "header": "Žádost médií – volby",
                    "blocks": [
                        "Formulář žádosti",
                        {
                            "rows": [
                                ["Žadatel", "Zpravodajská agentura Vltava, a.s."],
                                ["IČO", ICO_AGENTURA_VLTAVA],
                                ["Přístup k XML (ANO/NE)", "ANO"],
                                ["Natáčení na přebíracím místě (ANO/NE)", "NE"],
                                ["IP adresy – ostrý provoz", "192.0.2.21\n192.0.2.22"],
                                ["IP adresy – test", "192.0.2.29"],
                                ["Kontaktní osoba", "Tereza Nováková"],
                                ["Telefon", "608 555 392"],
                                ["E-mail", "novakova@zav.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "fc019-univerzita-pdf-ipv6",
        "description": "University department sends a PDF letter; IPv6 production and test",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED],
            "Univerzita Vysočina v Jihlavě",
            ICO_UNIVERZITA,
            None,
            ["2001:db8:100::21", "2001:db8:100::22"],
            ["2001:db8:100::ff"],
            "Michal Štěpánek",
            "stepanek@uvj.example",
            "+420567555180",
        ),
        "from": "=?utf-8?q?Michal_=C5=A0t=C4=9Bp=C3=A1nek?= <stepanek@uvj.example>",
        "subject": "Žádost UVJ o přístup k XML",
        "body": "Dobrý den,\nžádost naší univerzity je v příloze (PDF).\nS pozdravem M. Štěpánek\n",
        "attachments": [
            (
                "pdf",
                "zadost_UVJ.pdf",
                [
                    "Univerzita Vysočina v Jihlavě, katedra politologie",
                    f"IČO: {ICO_UNIVERZITA}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Katedra politologie připravuje pro studentský volební web živé "
                    "zpracování výsledků. Žádáme o zpřístupnění XML služby z těchto adres:",
                    {
                        "rows": [
                            ["účel", "adresa"],
                            ["produkce", "2001:db8:100::21"],
                            ["produkce", "2001:db8:100::22"],
                            ["test", "2001:db8:100::ff"],
                        ],
                        "widths": [90, 200],
                    },
                    "Kontaktní osoba: RNDr. Michal Štěpánek, tel. +420 567 555 180, "
                    "stepanek@uvj.example",
                    "doc. PhDr. Alena Krejčí, Ph.D., vedoucí katedry",
                ],
            )
        ],
    },
    {
        "id": "fc020-webdata-xlsx-cancelled-row",
        "description": "IT contractor's XLSX lists addresses; one row marked cancelled",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Tiskové centrum Morava, spol. s r.o.",
            ICO_TISKOVKA,
            None,
            ["198.51.100.33", "198.51.100.35"],
            ["198.51.100.36"],
            "Jakub Hořejší",
            "horejsi@webdata.example",
            "+420725555661",
        ),
        "from": "=?utf-8?q?Jakub_Ho=C5=99ej=C5=A1=C3=AD?= <horejsi@webdata.example>",
        "subject": "IP adresy pro XML - Tiskové centrum Morava",
        "body": (
            "Dobrý den,\n\n"
            f"jako dodavatel IT (WebData Ostrava s.r.o., IČO {ICO_WEBDATA}) posílám za našeho\n"
            f"zákazníka Tiskové centrum Morava, spol. s r.o., IČO {ICO_TISKOVKA}, žádost\n"
            "o přístup k XML s výsledky voleb. Žadatelem je Tiskové centrum Morava.\n"
            "Seznam adres je v příloze; řádek označený jako zrušený prosím ignorujte.\n\n"
            "Kontakt pro technické věci: Jakub Hořejší, 725 555 661\n\n"
            "Díky\n"
            "Jakub Hořejší\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["IP adresa", "prostředí", "poznámka"],
                            ["198.51.100.33", "produkce", ""],
                            ["198.51.100.34", "produkce", "ZRUŠENO – server vyřazen"],
                            ["198.51.100.35", "produkce", ""],
                            ["198.51.100.36", "test", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "fc021-hradecky-denik-reply-typo",
        "description": "Reply corrects a swapped digit in the first address; quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Hradecký deník s.r.o.",
            ICO_HRADECKY_DENIK,
            None,
            ["198.51.100.141", "198.51.100.142"],
            ["198.51.100.150"],
            "Jan Vrba",
            "vrba@hradecky-denik.example",
            "+420602555447",
        ),
        "from": "Jan Vrba <vrba@hradecky-denik.example>",
        "subject": "Re: Žádost o přístup k XML výsledkům voleb",
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, v první adrese jsem přehodil číslice – správně je 198.51.100.141,\n"
            f"ne .114. Ostatní platí. Doplňuji ještě IČO: {ICO_HRADECKY_DENIK}.\n\n"
            "Jan Vrba\n\n"
            "Dne 3. 12. Jan Vrba napsal(a):\n"
        )
        + _REPLY_QUOTE,
    },
    {
        "id": "fc022-secretary-forwards-editor",
        "description": "Secretary forwards the editor's application; editor is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Slovenský Portál Spravodajstva, a. s.",
            ICO_SLOVENSKY_PORTAL,
            None,
            ["203.0.113.200"],
            [],
            "Igor Baláž",
            "balaz@sps-portal.example",
            "+421903555870",
        ),
        "from": "=?utf-8?q?Zuzana_Kme=C5=A5ov=C3=A1?= <sekretariat@sps-portal.example>",
        "subject": "Fw: žiadosť o XML",
        "body": (
            "Dobrý deň,\n\n"
            "na žiadosť šéfredaktora preposielam jeho žiadosť nižšie.\n\n"
            "Zuzana Kmeťová\n"
            "sekretariát\n\n"
            "---------- Preposlaná správa ----------\n"
            "Od: Igor Baláž <balaz@sps-portal.example>\n"
            "Komu: sekretariat@sps-portal.example\n"
            "Predmet: žiadosť o XML\n\n"
            "Zuzka, pošli prosím na ČSÚ:\n\n"
            f"Slovenský Portál Spravodajstva, a. s., IČO {ICO_SLOVENSKY_PORTAL}, žiada o prístup k výsledkom\n"
            "českých volieb vo formáte XML zo servera 203.0.113.200. Testovací server\n"
            "nemáme. Kontaktná osoba som ja, Igor Baláž, tel. +421 903 555 870.\n"
        ),
    },
    {
        "id": "fc023-slovak-freelancer-slash31",
        "description": "Slovak freelance photographer: /31 production pair, filming too",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED, FILM],
            "Peter Ondrejka – FOTO",
            None,
            None,
            ["192.0.2.228", "192.0.2.229"],
            [],
            "Peter Ondrejka",
            "peter@ondrejka-foto.example",
            "+421911555402",
        ),
        "from": "Peter Ondrejka <peter@ondrejka-foto.example>",
        "subject": "prístup + fotenie vo volebnú noc",
        "body": (
            "Dobrý deň,\n\n"
            "som fotograf na voľnej nohe (Peter Ondrejka – FOTO, Bratislava) a pre\n"
            "slovenské weby robím reportáž z českých volieb. Chcel by som:\n"
            "- povolenie fotiť a natáčať krátke video na vašom zbernom mieste v Prahe,\n"
            "- prístup k XML výsledkom pre môj malý server, adresný blok 192.0.2.228/31.\n\n"
            "Ďakujem,\n"
            "Peter Ondrejka\n"
            "+421 911 555 402\n"
        ),
    },
    {
        "id": "fc024-conditional-foreign-crew",
        "description": "Belgian broadcaster, format=flowed: feed, and filming 'if foreign crews allowed'",
        "style": Style.FOREIGN,
        "flowed": True,
        "labels": L(
            [FEED, FILM],
            "Vlaamse Omroep Nieuws NV",
            None,
            None,
            ["198.18.12.80", "198.18.12.81"],
            ["198.18.12.90"],
            "Sofie Peeters",
            "sofie.peeters@von.example",
            "+32475555612",
        ),
        "from": "Sofie Peeters <sofie.peeters@von.example>",
        "subject": "Request from Vlaamse Omroep Nieuws - results data and filming",
        "body": (
            "Dear Sir or Madam,\n\n"
            "Vlaamse Omroep Nieuws NV (Brussels) requests access to your XML results \n"
            "service from our two production servers 198.18.12.80 and 198.18.12.81; our \n"
            "test environment is 198.18.12.90.\n\n"
            "We would also like to ask for permission to film at a collection point in \n"
            "Brno, if your rules allow foreign crews - we understand you will decide on \n"
            "that.\n\n"
            "Contact person: Sofie Peeters, +32 475 55 56 12\n\n"
            "Met vriendelijke groeten,\n"
            "Sofie Peeters\n"
            "Foreign desk\n"
        ),
    },
    {
        "id": "fc025-neighbour-address-in-words",
        "description": "Second address given in words as 'the next one up'; no diacritics",
        "style": Style.TECHNICIAN,
        "labels": L(
            [FEED],
            "Regionalni TV Krkonose s.r.o.",
            "26841517",
            None,
            ["198.51.100.200", "198.51.100.201"],
            [],
            "Vit Hajek",
            "hajek@rtvkrkonose.example",
            "+420499555016",
        ),
        "from": "Vit Hajek <hajek@rtvkrkonose.example>",
        "subject": "XML volby - Regionalni TV Krkonose",
        "body": (
            "Dobry den,\n"
            "Regionalni TV Krkonose s.r.o., ICO 26841517, zada o pristup k XML s vysledky.\n"
            "Produkce: 198.51.100.200 a hned ta sousedni o jednu vyssi (198.51.100.201),\n"
            "obe jsou ostre. Test nemame.\n"
            "Vit Hajek, technik, tel 499 555 016\n"
        ),
    },
    {
        "id": "fc026-ipv6-prefix-128",
        "description": "Addresses written with /128 and /32 suffixes; mixed families",
        "style": Style.TECHNICIAN,
        "labels": L(
            [FEED],
            "Datový deník, z. ú.",
            "05139481",
            None,
            ["2001:db8:cafe::5", "203.0.113.55"],
            ["2001:db8:cafe::6"],
            "Adam Zelenka",
            "zelenka@datovy-denik.example",
            "+420736555209",
        ),
        "from": "Adam Zelenka <zelenka@datovy-denik.example>",
        "subject": "allowlist pro XML",
        "body": (
            "Ahoj / dobrý den,\n\n"
            "Datový deník, z. ú. (IČO 05139481) by rád přístup k volebnímu XML.\n\n"
            "prod:\n"
            "  2001:db8:cafe::5/128\n"
            "  203.0.113.55/32\n"
            "test:\n"
            "  2001:db8:cafe::6/128\n\n"
            "Adam Zelenka\n"
            "+420 736 555 209\n"
        ),
    },
    {
        "id": "fc027-austrian-html-table",
        "description": "HTML-only mail from an Austrian regional paper with an address table",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kärntner Nachrichten Verlag GmbH & Co KG",
            None,
            None,
            ["192.0.2.161", "192.0.2.162"],
            ["192.0.2.170", "192.0.2.171"],
            "Bernhard Moser",
            "b.moser@kaerntner-nachrichten.example",
            "+434635550240",
        ),
        "from": "Bernhard Moser <b.moser@kaerntner-nachrichten.example>",
        "subject": "Anfrage XML Wahldaten",
        "html": (
            "<html><body><p>Sehr geehrte Damen und Herren,</p>"
            "<p>die <b>Kärntner Nachrichten Verlag GmbH &amp; Co KG</b> ersucht um Zugang "
            "zu den tschechischen Wahlergebnissen (XML).</p>"
            "<table border='1'><tr><th>Umgebung</th><th>IP</th></tr>"
            "<tr><td>Produktion</td><td>192.0.2.161</td></tr>"
            "<tr><td>Produktion</td><td>192.0.2.162</td></tr>"
            "<tr><td>Test</td><td>192.0.2.170</td></tr>"
            "<tr><td>Test</td><td>192.0.2.171</td></tr></table>"
            "<p>Mit besten Grüßen<br>Bernhard Moser<br>IT-Leitung<br>"
            "Tel. +43 463 555 0240</p></body></html>"
        ),
    },
    {
        "id": "fc028-agentura-databox-rtf",
        "description": "Press agency's data message with an RTF letter; filming only",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Zpravodajská agentura Vltava, a.s.",
            ICO_AGENTURA_VLTAVA,
            "vx3n8tb",
            [],
            [],
            "Kamila Šebestová",
            "sebestova@zav.example",
            "+420608555117",
        ),
        "subject": "Žádost o povolení natáčení – přebírací místo Plzeň",
        "databox": {
            "box": "vx3n8tb",
            "sender": "Zpravodajská agentura Vltava, a.s.",
            "address": "Vinohradská 40, 120 00 Praha 2",
        },
        "attachments": [
            (
                "rtf",
                "zadost_nataceni.rtf",
                [
                    "Zpravodajská agentura Vltava, a.s., IČO " + ICO_AGENTURA_VLTAVA,
                    "Věc: žádost o povolení pořizovat videozáznam na přebíracím místě v Plzni",
                    "Žádáme o povolení, aby náš kameraman pořídil záznam z příjmu výsledků "
                    "na přebíracím místě v Plzni během volební noci. Přístup k XML již máme "
                    "zřízený z loňska, o ten tedy nyní nežádáme.",
                    [
                        ["Kontaktní osoba", "Kamila Šebestová"],
                        ["Mobil", "608 555 117"],
                        ["E-mail", "sebestova@zav.example"],
                    ],
                ],
            )
        ],
    },
]
