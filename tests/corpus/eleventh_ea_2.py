"""Eleventh held-out part ``ea``, cases ea015–ea028: an English agency with a netmask, a
university, nicknames, HTML row headers with a backup server, a reply that changes only the
phone, a forwarded message as an attachment, office attachments, 'respectively', version
numbers and old addresses, and a data message with a document."""

from __future__ import annotations

from typing import Any

from tests.corpus.eleventh_ea_common import (
    APPLE,
    EMAILCZ,
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

ICO_16 = ico("6081214")
ICO_17 = ico("0491382")
ICO_18 = ico("2563104")
ICO_19 = ico("2798045")
ICO_20 = ico("0862315")
ICO_21 = ico("2711408")
ICO_22 = ico("4619023")
ICO_23 = ico("3651780")
ICO_25 = ico("0315062")
ICO_26 = ico("2457319")
ICO_27 = ico("0723046")
ICO_28 = ico("2604185")

_ICO_17_SPACED = f"{ICO_17[:3]} {ICO_17[3:5]} {ICO_17[5:]}"

_INNER_20: dict[str, Any] = {
    "id": "ea020-inner",
    "from": "Roman Kučera <kucera@brnenskytydenik.example>",
    "to": "Lucie Fialová <fialova@brnenskytydenik.example>",
    "subject": "Žádost ČSÚ – XML",
    "headers": OUTLOOK,
    "body": (
        "Lucko,\n\n"
        "tady je text žádosti, prosím pošli ho z firemní adresy na podatelnu ČSÚ:\n\n"
        "Společnost Brněnský týdeník s.r.o., IČO "
        f"{ICO_20}, žádá o přístup k průběžným výsledkům voleb ve formátu XML.\n"
        "IP adresy pro ostrý provoz: 198.51.100.12, 198.51.100.13\n"
        "IP adresy pro testování: 198.51.100.14\n"
        "Kontaktní osoba: Roman Kučera, vedoucí IT, +420 541 220 318, "
        "kucera@brnenskytydenik.example\n\n"
        "Díky, Roman\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "ea015-english-agency-netmask",
        "description": "English mail, a /30 written as address and netmask plus one more address",
        "style": Style.FOREIGN,
        "from": "Lars Eriksson <lars.eriksson@nordicpress.example>",
        "subject": "Access to the Czech election results feed",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "Nordic Press Agency AB (Stockholm) would like to receive the live election "
            "results from your XML server during the upcoming Czech elections.\n\n"
            "Our production network is 203.0.113.64 with netmask 255.255.255.252, and we "
            "also pull from a single box at 203.0.113.90. We do not run a separate test "
            "environment.\n\n"
            "Contact: Lars Eriksson, night desk, +46 8 555 019 42\n\n"
            "Best regards,\nLars\n"
        ),
        "labels": L(
            [FEED],
            "Nordic Press Agency AB",
            None,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67", "203.0.113.90"],
            [],
            "Lars Eriksson",
            "lars.eriksson@nordicpress.example",
            "+46855501942",
        ),
    },
    {
        "id": "ea016-university-apple-mail",
        "description": "a university department for a student newsroom; docent is the contact",
        "style": Style.WEBMAIL,
        "from": '"doc. PhDr. Hana Marková, Ph.D." <markova@vsz-olomouc.example>',
        "subject": "Studentská redakce – přístup k výsledkům voleb",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "Vysoká škola žurnalistiky Olomouc, o.p.s., provozuje studentskou redakci, "
            "která bude v noci po volbách vysílat online studio. Prosím o zřízení přístupu "
            "k XML výsledkům pro náš školní server 192.0.2.30; pro zkoušky před volbami "
            "budeme používat 192.0.2.31.\n\n"
            f"IČO školy je {ICO_16}. Kontaktní osobou jsem já, mobil 603 410 299.\n\n"
            "S přátelským pozdravem\n"
            "Hana Marková\nkatedra mediálních studií\n"
        ),
        "labels": L(
            [FEED],
            "Vysoká škola žurnalistiky Olomouc, o.p.s.",
            ICO_16,
            None,
            ["192.0.2.30"],
            ["192.0.2.31"],
            "Hana Marková",
            "markova@vsz-olomouc.example",
            "+420603410299",
        ),
    },
    {
        "id": "ea017-emailcz-sloppy-nickname",
        "description": "sloppy mail with typos signed by a nickname, full name in the footer",
        "style": Style.CHATTY,
        "from": "mara.dvorak@seznamka.example",
        "subject": "RE: volby xml",
        "headers": EMAILCZ,
        "body": (
            "dobry den,\n"
            "chteli bysme zase ten pristup na vysledky jako minule, ip se nam zmenila "
            "(ta stara uz neplati), ted je to 198.51.100.150 a testovaci 198.51.100.151\n"
            "jsme porad Kladensky Kuryr s.r.o., ic " + _ICO_17_SPACED + "\n"
            "kdyby neco tak volejte 721 33 44 55\n"
            "diky mara\n\n"
            "--\nMarek Dvořák | Kladenský Kurýr s.r.o. | mara.dvorak@seznamka.example\n"
        ),
        "labels": L(
            [FEED],
            "Kladenský Kurýr s.r.o.",
            ICO_17,
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Marek Dvořák",
            "mara.dvorak@seznamka.example",
            "+420721334455",
        ),
    },
    {
        "id": "ea018-html-row-headers-backup",
        "description": "HTML-only mail, roles in row headers, a backup server counts as production",
        "style": Style.HTML_TABLE,
        "from": "Jan Procházka <jan.prochazka@radiovalasko.example>",
        "subject": "Registrace k XML – Rádio Valašsko",
        "headers": OUTLOOK,
        "html": (
            "<div>Dobrý den,</div><div>prosíme o registraci k vyhrazenému připojení.</div>"
            '<br><table style="border-collapse:collapse">'
            "<tr><td><b>Žadatel</b></td><td>Rádio Valašsko s.r.o.</td></tr>"
            f"<tr><td><b>IČO</b></td><td>{ICO_18}</td></tr>"
            "<tr><td><b>Hlavní server</b></td><td>203.0.113.150</td></tr>"
            "<tr><td><b>Záložní server</b></td><td>203.0.113.151</td></tr>"
            "<tr><td><b>Testovací server</b></td><td>203.0.113.160</td></tr>"
            "<tr><td><b>Kontakt</b></td><td>Jan Procházka, 571 612 480</td></tr>"
            "</table><br><div>Děkujeme.<br>Jan Procházka</div>"
        ),
        "labels": L(
            [FEED],
            "Rádio Valašsko s.r.o.",
            ICO_18,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Jan Procházka",
            "jan.prochazka@radiovalasko.example",
            "+420571612480",
        ),
    },
    {
        "id": "ea019-reply-only-phone-changes",
        "description": "applicant's own follow-up changes only the phone; the rest is in the "
        "quoted original",
        "style": Style.FOLLOWUP,
        "from": "Markéta Šťastná <stastna@zpravypardubice.example>",
        "subject": "Re: Žádost o přístup k XML – Zprávy Pardubice",
        "headers": GMAIL,
        "body": (
            "Dobrý den, ještě oprava k mé včerejší žádosti níže: telefon na mě je "
            "nově 730 118 926, ten v původním mailu už nepoužívám. Jinak vše platí.\n"
            "M. Šťastná\n\n"
            "On Tue, 11 Oct 2022 at 14:02, Markéta Šťastná "
            "<stastna@zpravypardubice.example> wrote:\n"
            "> Dobrý den,\n"
            "> prosíme o přístup k XML výsledkům.\n"
            f"> Zprávy Pardubice s.r.o., IČO {ICO_19}\n"
            "> ostré IP: 192.0.2.210, 192.0.2.211\n"
            "> testovací IP: 192.0.2.212\n"
            "> kontakt: Markéta Šťastná, 466 500 212\n"
        ),
        "labels": L(
            [FEED],
            "Zprávy Pardubice s.r.o.",
            ICO_19,
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.212"],
            "Markéta Šťastná",
            "stastna@zpravypardubice.example",
            "+420730118926",
        ),
    },
    {
        "id": "ea020-forward-as-attached-message",
        "description": "colleague sends the IT head's text as an attached message; contact is "
        "the IT head named in it",
        "style": Style.FORWARD,
        "from": "Lucie Fialová <fialova@brnenskytydenik.example>",
        "subject": "Fw: Žádost ČSÚ – XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze přeposílám žádost našeho vedoucího IT o přístup "
            "k výsledkům voleb. Prosím o vyřízení.\n\nLucie Fialová\nBrněnský týdeník\n"
        ),
        "attachments": [("eml", "Zadost CSU - XML.eml", _INNER_20)],
        "labels": L(
            [FEED],
            "Brněnský týdeník s.r.o.",
            ICO_20,
            None,
            ["198.51.100.12", "198.51.100.13"],
            ["198.51.100.14"],
            "Roman Kučera",
            "kucera@brnenskytydenik.example",
            "+420541220318",
        ),
    },
    {
        "id": "ea021-xlsx-table-short-body",
        "description": "one-line body, the addresses in an XLSX sheet with a role column",
        "style": Style.ATTACHMENT,
        "from": "Filip Černý <cerny@eko-noviny.example>",
        "subject": "XML přístup – tabulka v příloze",
        "headers": THUNDERBIRD,
        "body": "Dobrý den, posílám vyplněnou tabulku. F. Černý\n",
        "attachments": [
            (
                "xlsx",
                "pristup_xml.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Eko-noviny, s.r.o."],
                            ["IČO", ICO_21],
                            ["Kontakt", "Filip Černý"],
                            ["Telefon", "+420 739 002 514"],
                            ["E-mail", "cerny@eko-noviny.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Adresa", "Účel"],
                            ["198.18.7.20", "produkce"],
                            ["198.18.7.21", "produkce"],
                            ["198.18.7.40", "test"],
                        ],
                    },
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Eko-noviny, s.r.o.",
            ICO_21,
            None,
            ["198.18.7.20", "198.18.7.21"],
            ["198.18.7.40"],
            "Filip Černý",
            "cerny@eko-noviny.example",
            "+420739002514",
        ),
    },
    {
        "id": "ea022-pdf-letter-filming",
        "description": "formal PDF letter asking only for filming; body points to it",
        "style": Style.ATTACHMENT,
        "from": "Sekretariát ředitele <reditel@tvkrkonose.example>",
        "subject": "Žádost o povolení k přítomnosti na přebíracím místě",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze zasíláme žádost podepsanou ředitelem.\nSekretariát\n",
        "attachments": [
            (
                "pdf",
                "zadost_nataceni.pdf",
                [
                    "Televize Krkonoše, a.s.",
                    f"IČO: {ICO_22}, Vrchlabí",
                    "Věc: Žádost o vydání povolení k přítomnosti na přebíracím místě",
                    "Žádáme o povolení natáčet předávání výsledků na přebíracím místě "
                    "v Trutnově v noci z pátku na sobotu. Štáb: redaktor a kameraman.",
                    "Kontaktní osoba: Vojtěch Hájek, dramaturg, tel. 499 101 733, "
                    "hajek@tvkrkonose.example",
                    "Mgr. Richard Bartoš, ředitel",
                ],
            )
        ],
        "labels": L(
            [FILM],
            "Televize Krkonoše, a.s.",
            ICO_22,
            None,
            [],
            [],
            "Vojtěch Hájek",
            "hajek@tvkrkonose.example",
            "+420499101733",
        ),
    },
    {
        "id": "ea023-slovak-html-alternative-both",
        "description": "Slovak mail with text and HTML parts; feed and filming; IPv6 test",
        "style": Style.WEBMAIL,
        "from": "Peter Kováč <peter.kovac@tvdunaj.example>",
        "subject": "Žiadosť – XML výsledky a nakrúcanie",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý deň,\n\n"
            "TV Dunaj, s.r.o. so sídlom v Bratislave žiada o prístup k XML výsledkom volieb "
            "a zároveň o povolenie nakrúcať na zbernom mieste v Brne.\n"
            "Produkčná IP: 198.51.100.240\n"
            "Testovacia IP: 2001:db8:77::5\n"
            f"IČO: {ICO_23}\n"
            "Kontakt: Peter Kováč, +421 911 204 377\n\n"
            "S pozdravom\nPeter Kováč\n"
        ),
        "html": (
            "<p>Dobrý deň,</p><p>TV Dunaj, s.r.o. so sídlom v Bratislave žiada o prístup "
            "k XML výsledkom volieb a zároveň o povolenie nakrúcať na zbernom mieste "
            "v Brne.</p><p>Produkčná IP: 198.51.100.240<br>Testovacia IP: 2001:db8:77::5<br>"
            f"IČO: {ICO_23}<br>Kontakt: Peter Kováč, +421 911 204 377</p>"
            "<p>S pozdravom<br>Peter Kováč</p>"
        ),
        "labels": L(
            [FEED, FILM],
            "TV Dunaj, s.r.o.",
            ICO_23,
            None,
            ["198.51.100.240"],
            ["2001:db8:77::5"],
            "Peter Kováč",
            "peter.kovac@tvdunaj.example",
            "+421911204377",
        ),
    },
    {
        "id": "ea024-english-respectively",
        "description": "English, roles given only by 'respectively'",
        "style": Style.FOREIGN,
        "from": "Sarah O'Connell <sarah.oconnell@eurowire.example>",
        "subject": "Election XML feed – EuroWire",
        "headers": GMAIL,
        "body": (
            "Hi there,\n\n"
            "EuroWire Ltd (London) would like access to the results feed for the Czech vote. "
            "Please whitelist 192.0.2.88 and 192.0.2.89 for production and testing "
            "respectively.\n\n"
            "I'm the contact for this: Sarah O'Connell, +44 20 7946 0321.\n\n"
            "Many thanks,\nSarah\n"
        ),
        "labels": L(
            [FEED],
            "EuroWire Ltd",
            None,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Sarah O'Connell",
            "sarah.oconnell@eurowire.example",
            "+442079460321",
        ),
    },
    {
        "id": "ea025-iphone-order-sentence",
        "description": "phone note; roles by 'in this order' in Czech",
        "style": Style.PHONE_NOTE,
        "from": "Vašek Kolář <vaclav.kolar@hanackyhlas.example>",
        "subject": "Re: XML",
        "headers": IPHONE,
        "body": (
            "Dobrý den, adresy pro ostrý a testovací provoz jsou v tomto pořadí "
            "203.0.113.77 a 203.0.113.78. Hanácký hlas s.r.o., IČO "
            f"{ICO_25}. Václav Kolář 608 771 230\n\nOdesláno z iPhonu\n"
        ),
        "labels": L(
            [FEED],
            "Hanácký hlas s.r.o.",
            ICO_25,
            None,
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Václav Kolář",
            "vaclav.kolar@hanackyhlas.example",
            "+420608771230",
        ),
    },
    {
        "id": "ea026-version-number-and-oid",
        "description": "technician mentions a client version and an OID near the addresses",
        "style": Style.CHATTY,
        "from": "Ondra Tichý <tichy@datanoviny.example>",
        "subject": "přístup na XML – Data Noviny",
        "headers": THUNDERBIRD,
        "body": (
            "Zdravím,\n\n"
            "stahovat to bude náš importér (verze 3.12.0.4, běží na Debianu), takže "
            "povolte prosím produkční 198.51.100.120 a 198.51.100.121. Na testu máme "
            "198.51.100.125 se stejnou verzí. Certifikát pro TLS klienta nemáme, OID "
            "1.3.6.1.4.1 ať vás nemate, to je jen z logu.\n\n"
            f"Data Noviny, z.ú., IČO {ICO_26}\n"
            "Ondřej Tichý, 777 908 120\n"
        ),
        "labels": L(
            [FEED],
            "Data Noviny, z.ú.",
            ICO_26,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Ondřej Tichý",
            "tichy@datanoviny.example",
            "+420777908120",
        ),
    },
    {
        "id": "ea027-old-address-no-longer-used",
        "description": "last year's address is explicitly no longer used",
        "style": Style.OUTLOOK,
        "from": "Ing. Simona Křížová <krizova@regionlive.example>",
        "subject": "Přístup k XML – Region Live",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "loni jsme od vás dostávali data na adresu 192.0.2.9, ten server už jsme ale "
            "zrušili. Letos prosíme povolit 192.0.2.19 (produkce) a 192.0.2.29 (test).\n\n"
            "Region Live s.r.o.\n"
            f"IČO {ICO_27}\n"
            "Simona Křížová, vedoucí vývoje\n"
            "ústředna: +420 585 300 712, mobil: +420 736 514 008\n"
        ),
        "labels": L(
            [FEED],
            "Region Live s.r.o.",
            ICO_27,
            None,
            ["192.0.2.19"],
            ["192.0.2.29"],
            "Simona Křížová",
            "krizova@regionlive.example",
            "+420736514008",
        ),
    },
    {
        "id": "ea028-databox-docx",
        "description": "data message, the application in a DOCX table; annotation a title",
        "style": Style.DATABOX,
        "databox": {"box": "h3xw9pd", "sender": "Moravské rádio s.r.o.", "address": "Zlín"},
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "attachments": [
            (
                "docx",
                "zadost_registrace.docx",
                {
                    "header": "Moravské rádio s.r.o.",
                    "blocks": [
                        "Žádost o registraci k vyhrazenému připojení",
                        {
                            "rows": [
                                ["Žadatel", "Moravské rádio s.r.o."],
                                ["IČO", ICO_28],
                                ["Produkční IP", "203.0.113.33, 203.0.113.34"],
                                ["Testovací IP", "—"],
                                ["Kontaktní osoba", "Lukáš Mach"],
                                ["Telefon", "577 012 640"],
                                ["E-mail", "mach@moravskeradio.example"],
                            ]
                        },
                        "Ve Zlíně dne 10. 10. 2022, Lukáš Mach, jednatel",
                    ],
                },
            )
        ],
        "labels": L(
            [FEED],
            "Moravské rádio s.r.o.",
            ICO_28,
            "h3xw9pd",
            ["203.0.113.33", "203.0.113.34"],
            [],
            "Lukáš Mach",
            "mach@moravskeradio.example",
            "+420577012640",
        ),
    },
]
