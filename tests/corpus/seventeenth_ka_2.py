"""Seventeenth held-out part ``ka``, cases ka015–ka028: formal letters in mail clients, HTML
forms, nicknames, data messages and a withdrawn feed request (written by hand)."""

from __future__ import annotations

from typing import Any

from tests.corpus.seventeenth_ka_common import FEED, FILM, L, Style, ico

TBIRD = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")
]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes")]
ANDROID = [("X-Mailer", "Samsung Email 6.1")]

J1, J2, J3, J4 = ico("6138420"), ico("2499035"), ico("0471126"), ico("3582716")
J5, J6, J7 = ico("2267154"), ico("0839560"), ico("4120388")

CASES: list[dict[str, Any]] = [
    {
        "id": "ka015-university-range",
        "description": "university department, production as a written range of three",
        "style": Style.THUNDERBIRD,
        "labels": L(
            [FEED],
            "Univerzita Hradec Králové",
            J1,
            None,
            ["198.51.100.10", "198.51.100.11", "198.51.100.12"],
            ["198.51.100.20", "198.51.100.21"],
            "Vojtěch Pelikán",
            "vojtech.pelikan@uhk-test.example",
            "+420493331870",
        ),
        "from": "Vojtěch Pelikán <vojtech.pelikan@uhk-test.example>",
        "subject": "Žádost o zpřístupnění XML dat – katedra politologie",
        "headers": TBIRD,
        "body": (
            "Vážení,\n\nkatedra politologie Filozofické fakulty žádá jménem Univerzity Hradec "
            f"Králové (IČO {J1}) o přístup k XML výstupům výsledků voleb; data použijeme pro "
            "studentský volební web a pro výzkum.\n\n"
            "Produkční servery: 198.51.100.10 – 198.51.100.12\n"
            "Testovací servery: 198.51.100.20, 198.51.100.21\n\n"
            "Kontaktní osoba: Mgr. Vojtěch Pelikán, Ph.D., tel. 493 331 870\n\n"
            "S úctou\nVojtěch Pelikán\n"
        ),
    },
    {
        "id": "ka016-html-photographer-filming",
        "description": "HTML-only Gmail message from a freelance photographer, filming only",
        "style": Style.HTML,
        "labels": L(
            [FILM],
            "Martin Kubík",
            None,
            None,
            [],
            [],
            "Martin Kubík",
            "martin.kubik.foto@mail.example",
            "+420603117845",
        ),
        "from": "Martin Kubík <martin.kubik.foto@mail.example>",
        "subject": "natáčení ve volební místnosti",
        "headers": [("X-Mailer", "Gmail")],
        "html": (
            "<div dir='ltr'><div>Dobrý den,</div><div><br></div><div>jsem fotograf na volné "
            "noze a pro dokument o prvovoličích bych rád <b>natáčel ve volební místnosti</b> "
            "v Kladně (ZŠ Norská), cca 30 minut v sobotu dopoledne. Prosím o povolení.</div>"
            "<div><br></div><div>Děkuji</div><div>Martin Kubík</div>"
            "<div><font color='#888888'>tel.: 603&nbsp;117&nbsp;845</font></div></div>"
        ),
    },
    {
        "id": "ka017-forward-english-boss",
        "description": "English forward: the boss forwards a colleague's details and names him as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Central European Data Wire Ltd",
            None,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Daniel Novotny",
            "d.novotny@cedw.example",
            "+420776300912",
        ),
        "from": "Sarah Whitfield <s.whitfield@cedw.example>",
        "subject": "FW: election feed IPs",
        "headers": OUTLOOK,
        "body": (
            "Dear colleagues,\n\nplease see below the request of Central European Data Wire Ltd "
            "(registered in London, no Czech ID number) for access to the results feed. My "
            "colleague Daniel is the contact person for everything technical.\n\n"
            "Sarah Whitfield\nManaging Editor\n\n"
            "From: Daniel Novotny <d.novotny@cedw.example>\nSent: Monday\n"
            "To: Sarah Whitfield\nSubject: election feed IPs\n\n"
            "Sarah, here you go - prod 203.0.113.33, test 203.0.113.34. "
            "My Czech mobile is 776 300 912 if they need me.\nDan\n"
        ),
    },
    {
        "id": "ka018-phone-corrected",
        "description": "second mail corrects the phone number from the signature",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Plzeňský rozhlas s.r.o.",
            J2,
            None,
            ["192.0.2.201", "192.0.2.202"],
            [],
            "Alena Brabcová",
            "brabcova@plzenskyrozhlas.example",
            "+420720480517",
        ),
        "from": "Alena Brabcová <brabcova@plzenskyrozhlas.example>",
        "subject": "Re: Žádost o přístup k XML – oprava telefonu",
        "body": (
            "Dobrý den,\n\nv podpisu předchozího e-mailu mám ještě staré číslo. Platné je "
            "720 480 517, to staré (720 480 571) už nefunguje.\n\nA. Brabcová\n\n"
            "> Dobrý den,\n"
            f"> Plzeňský rozhlas s.r.o., IČO {J2}, žádá o přístup k XML výsledků voleb.\n"
            "> Produkční adresy 192.0.2.201 a 192.0.2.202, testovací nepotřebujeme.\n"
            ">\n> Alena Brabcová\n> technická ředitelka\n> tel. 720 480 571\n"
        ),
    },
    {
        "id": "ka019-slovak-android",
        "description": "Slovak two lines from an Android phone without diacritics",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Spravodajsky portal Zahorie s.r.o.",
            None,
            None,
            ["198.18.2.40"],
            [],
            "Marek Kollar",
            "marek.kollar@zahorie-news.example",
            "+421911008765",
        ),
        "from": "Marek Kollar <marek.kollar@zahorie-news.example>",
        "subject": "pristup xml",
        "headers": ANDROID,
        "body": (
            "Dobry den, za Spravodajsky portal Zahorie s.r.o. prosim pristup k xml vysledkom, "
            "IP 198.18.2.40 (produkcia), test netreba.\nMarek Kollar 0911 008 765\n\n"
            "Odoslané zo zariadenia Samsung\n"
        ),
    },
    {
        "id": "ka020-contact-other-mailbox",
        "description": "sender is a shared mailbox; the named contact has a different address",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED],
            "Českobudějovický týdeník a.s.",
            J3,
            None,
            ["203.0.113.120", "203.0.113.121", "203.0.113.122"],
            ["203.0.113.125"],
            "Filip Šťastný",
            "stastny@cbtydenik.example",
            "+420387203114",
        ),
        "from": "Redakce CB tydenik <redakce@cbtydenik.example>",
        "subject": "Volby – žádost o přístup k datovému serveru",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nsdělujeme údaje k žádosti o přístup k serveru s výsledky voleb:\n\n"
            f"Společnost: Českobudějovický týdeník a.s., IČO {J3}\n"
            "IP adresy pro ostrý provoz: 203.0.113.120, 203.0.113.121, 203.0.113.122\n"
            "IP adresa pro testování: 203.0.113.125\n"
            "Kontaktní osoba: Filip Šťastný, stastny@cbtydenik.example, tel. 387 203 114\n\n"
            "Na adresu redakce prosím nic neposílejte, není pravidelně vybírána.\n\n"
            "Redakce Českobudějovického týdeníku\n"
        ),
    },
    {
        "id": "ka021-docx-form",
        "description": "two-line mail with a DOCX form table carrying all the data",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Liberecký kurýr, s.r.o.",
            J4,
            None,
            ["198.51.100.150"],
            ["198.51.100.151", "198.51.100.152"],
            "Eva Nováčková",
            "novackova@libkuryr.example",
            "+420608901234",
        ),
        "from": "Eva Nováčková <novackova@libkuryr.example>",
        "subject": "žádost XML volby",
        "body": "Dobrý den, v příloze vyplněná žádost.\nEva Nováčková\n",
        "attachments": [
            (
                "docx",
                "zadost_XML.docx",
                {
                    "blocks": [
                        "Žádost o přístup k XML výsledků voleb",
                        {
                            "rows": [
                                ["Žadatel", "Liberecký kurýr, s.r.o."],
                                ["IČO", J4],
                                ["IP adresy – produkce", "198.51.100.150"],
                                ["IP adresy – test", "198.51.100.151, 198.51.100.152"],
                                ["Kontaktní osoba", "Eva Nováčková"],
                                ["Telefon", "+420 608 901 234"],
                                ["E-mail", "novackova@libkuryr.example"],
                            ]
                        },
                        "V Liberci dne 2. 10.",
                    ]
                },
            )
        ],
    },
    {
        "id": "ka022-reply-gives-ico",
        "description": "reply supplies the IČO the office asked for; the rest is in the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Krumlov s.r.o.",
            J5,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Karel Hubáček",
            "hubacek@radiokrumlov.example",
            "+420380711450",
        ),
        "from": "Karel Hubáček <hubacek@radiokrumlov.example>",
        "subject": "Re: Re: Přístup k XML – chybí IČO",
        "headers": [("X-Mailer", "Apple Mail (2.3774)")],
        "body": (
            f"Jasně, pardon – IČO je {J5}.\n\nKH\n\n"
            "> Dobrý den, v žádosti chybí IČO žadatele. Prosíme o doplnění.\n"
            "> Podatelna ČSÚ\n>\n"
            ">> Dobrý den, Rádio Krumlov s.r.o. žádá o přístup k XML výsledků.\n"
            ">> Ostrá IP 192.0.2.90, testovací 192.0.2.91.\n"
            ">> Karel Hubáček, 380 711 450\n"
        ),
    },
    {
        "id": "ka023-english-uk-cidr-test",
        "description": "UK newspaper in English, test block as /31",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Albion News Group plc",
            None,
            None,
            ["198.18.90.10", "198.18.90.11", "198.18.90.12"],
            ["198.18.91.0", "198.18.91.1"],
            "Oliver Grant",
            "oliver.grant@albionnews.example",
            "+447700900123",
        ),
        "from": '"Grant, Oliver" <oliver.grant@albionnews.example>',
        "subject": "Request: access to Czech election results XML",
        "headers": OUTLOOK,
        "body": (
            "Good afternoon,\n\nAlbion News Group plc would like to request access to the XML "
            "results service for the upcoming elections.\n\n"
            "Production: 198.18.90.10, 198.18.90.11 and 198.18.90.12\n"
            "Staging/test: 198.18.91.0/31\n\n"
            "Point of contact: Oliver Grant, Foreign Data Editor, +44 7700 900123.\n\n"
            "Many thanks,\nOliver\n"
        ),
    },
    {
        "id": "ka024-html-checkbox-no-filming",
        "description": "HTML-only form-like mail: filming row answered NE",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kladenský deník s.r.o.",
            J6,
            None,
            ["203.0.113.50", "203.0.113.51"],
            [],
            "Roman Kratochvíl",
            "kratochvil@kladenskydenik.example",
            "+420312245780",
        ),
        "from": "Roman Kratochvíl <kratochvil@kladenskydenik.example>",
        "subject": "Žádost – volby",
        "headers": OUTLOOK,
        "html": (
            "<p>Dobrý den, posíláme žádost:</p><table>"
            "<tr><th>Položka</th><th>Hodnota</th></tr>"
            f"<tr><td>Organizace</td><td>Kladenský deník s.r.o. (IČO {J6})</td></tr>"
            "<tr><td>Přístup k XML</td><td>ANO</td></tr>"
            "<tr><td>Natáčení ve volebních místnostech</td><td>NE</td></tr>"
            "<tr><td>IP produkce</td><td>203.0.113.50, 203.0.113.51</td></tr>"
            "<tr><td>IP test</td><td>–</td></tr>"
            "<tr><td>Kontakt</td><td>Roman Kratochvíl, 312 245 780</td></tr></table>"
            "<p>Děkujeme.</p>"
        ),
    },
    {
        "id": "ka025-nickname-kuba",
        "description": "signed with the nickname Kuba; full name only in the From header",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Podcastové studio Vltava s.r.o.",
            J7,
            None,
            ["198.51.100.99"],
            [],
            "Jakub Řezníček",
            "jakub@podcastvltava.example",
            "+420777640328",
        ),
        "from": "Jakub Řezníček <jakub@podcastvltava.example>",
        "subject": "feed s výsledky pro náš volební speciál",
        "body": (
            "Čau, teda dobrý den :)\n\n"
            "děláme volební noc živě a chtěli bychom data tahat rovnou z vašeho XML. "
            f"Firma je Podcastové studio Vltava s.r.o., IČO {J7}. Stahovat budeme z jediné "
            "mašiny, 198.51.100.99, na testování nic extra nepotřebujeme.\n\n"
            "Kdyžtak volejte, 777 640 328.\n\nKuba\n"
        ),
    },
    {
        "id": "ka026-databox-pdf-both",
        "description": "data message with a PDF asking for the feed and for filming",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Brdy s.r.o.",
            ico("0569831"),
            "t4rb9wx",
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Simona Pátková",
            "patkova@tvbrdy.example",
            "+420318600712",
        ),
        "subject": "Žádost o přístup k výsledkům a o povolení natáčení",
        "databox": {"box": "t4rb9wx", "sender": "TV Brdy s.r.o.", "address": "Pražská 5, Příbram"},
        "attachments": [
            (
                "pdf",
                "zadost_TV_Brdy.pdf",
                [
                    "TV Brdy s.r.o.<br/>IČO " + ico("0569831") + "<br/>Pražská 5, 261 01 Příbram",
                    "Věc: Žádost o přístup k XML s výsledky voleb a o povolení natáčení",
                    "Žádáme o přístup k XML s výsledky voleb. Produkční adresy: 192.0.2.60 a "
                    "192.0.2.61; testovací adresa: 192.0.2.62.",
                    "Současně žádáme o povolení natáčet v okrskové volební komisi č. 3 v Příbrami "
                    "během sčítání hlasů.",
                    "Kontaktní osoba: Simona Pátková, tel. 318 600 712, patkova@tvbrdy.example",
                ],
            )
        ],
    },
    {
        "id": "ka027-test-first-ipv6",
        "description": "test addresses listed before production; IPv6 test address",
        "style": Style.GMAIL,
        "labels": L(
            [FEED],
            "Datová redakce Sever, z.ú.",
            ico("0716590"),
            None,
            ["203.0.113.222"],
            ["2001:db8:c0de::5", "203.0.113.223"],
            "Barbora Lišková",
            "liskova@dataredakcesever.example",
            "+420604382119",
        ),
        "from": "Barbora Lišková <liskova@dataredakcesever.example>",
        "subject": "Žádost o XML – Datová redakce Sever",
        "headers": [("X-Mailer", "Gmail")],
        "body": (
            "Dobrý den,\n\nnejdřív testovací prostředí, to máme dvě adresy: 2001:db8:c0de::5 a "
            "203.0.113.223. Produkční server je pak jen jeden, 203.0.113.222.\n\n"
            f"Žadatel: Datová redakce Sever, z.ú., IČO {ico('0716590')}.\n"
            "Kontakt: Barbora Lišková, 604 382 119.\n\nS pozdravem\nBára Lišková\n"
        ),
    },
    {
        "id": "ka028-feed-withdrawn-filming-stays",
        "description": "follow-up withdraws the feed request; only filming remains",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Televize Hané s.r.o.",
            ico("2845177"),
            None,
            [],
            [],
            "Petra Zedníková",
            "zednikova@tvhane.example",
            "+420585777201",
        ),
        "from": "Petra Zedníková <zednikova@tvhane.example>",
        "subject": "Změna žádosti – jen natáčení",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nupřesňuji naši včerejší žádost: přístup k XML s výsledky nakonec "
            "nepotřebujeme (data nám dodá agentura), adresy 198.51.100.70 a 198.51.100.71 "
            "tedy prosím nezřizujte. Žádost o povolení natáčení v olomoucké volební místnosti "
            "ale trvá.\n\n"
            f"Televize Hané s.r.o., IČO {ico('2845177')}\n"
            "Petra Zedníková, produkce, 585 777 201\n"
        ),
    },
]
