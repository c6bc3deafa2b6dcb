"""Fourteenth held-out part ``ha``, cases ha015–ha028: flowed text, a withdrawn request,
signatures with several people and phones, attachments (DOCX, PDF, XLSX, ODT) and a data
message."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourteenth_ha_common import FEED, FILM, L, Style, ico

I17 = ico("2650813")
I18 = ico("4791205")
I19 = ico("7102846")
I20 = ico("8813574")
I22 = ico("2590361")
I24 = ico("0493127")
I25 = ico("6328410")
I27 = ico("2417659")
I28 = ico("0631842")

CASES: list[dict[str, Any]] = [
    {
        "id": "ha015-thunderbird-flowed",
        "description": "terse technician, format=flowed soft breaks inside the role sentence",
        "style": Style.THUNDERBIRD,
        "from": "Vít Procházka <vit.prochazka@zpravyzlina.example>",
        "subject": "XML volby - ACL",
        "headers": [("User-Agent", "Mozilla/5.0 Thunderbird/115.4.1")],
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "pro Zprávy Zlínska s.r.o. prosím povolit přístup na XML server. Produkční \n"
            "adresy jsou 198.51.100.5 a 198.51.100.6, pro testovací prostředí \n"
            "198.51.100.7.\n\n"
            "Vít Procházka\nIT, Zprávy Zlínska\n+420 577 410 862\n"
        ),
        "labels": L(
            [FEED],
            "Zprávy Zlínska s.r.o.",
            None,
            None,
            ["198.51.100.5", "198.51.100.6"],
            ["198.51.100.7"],
            "Vít Procházka",
            "vit.prochazka@zpravyzlina.example",
            "+420577410862",
        ),
    },
    {
        "id": "ha016-filming-withdrawn-ps",
        "description": "asks for both, then withdraws the filming request in a PS",
        "style": Style.OUTLOOK,
        "from": "Hana Řezníčková <reznickova@liberecky-denik.example>",
        "subject": "Volby – XML a natáčení",
        "headers": [("X-Mailer", "Outlook on the web")],
        "body": (
            "Dobrý den,\n\n"
            "Liberecký deník, a.s. žádá o zpřístupnění XML serveru s výsledky (produkční "
            "IP 203.0.113.201, testovací IP 203.0.113.202) a o povolení natáčet na "
            "přebíracím místě v Liberci.\n\n"
            "S pozdravem\nHana Řezníčková\nredakce, tel. 485 110 347\n\n"
            "PS: Natáčení prosím škrtněte, kolegové od videa to nakonec nestihnou, "
            "žádáme tedy jen o ten XML přístup.\n"
        ),
        "labels": L(
            [FEED],
            "Liberecký deník, a.s.",
            None,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Hana Řezníčková",
            "reznickova@liberecky-denik.example",
            "+420485110347",
        ),
    },
    {
        "id": "ha017-html-two-people-signature",
        "description": "HTML mail with a two-person signature table; the second person is the contact",
        "style": Style.HTML_TABLE,
        "from": "Redakce Týdeníku Chrudimsko <redakce@tydenikchrudimsko.example>",
        "subject": "Přístup k datům voleb",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "html": (
            "<html><body><p>Dobrý den,</p>"
            "<p>obracíme se na Vás s žádostí o přístup k XML výsledkům voleb pro náš web. "
            "Provozovatelem je Chrudimské médium s.r.o., IČO "
            f"{I17}.</p>"
            "<p>IP adresa produkčního serveru: 192.0.2.230<br>"
            "IP adresa testovacího serveru: 192.0.2.231</p>"
            "<p>Kontaktní osobou pro tuto žádost je pan Filip Sedláček (druhý v podpisu).</p>"
            "<table><tr><td><b>Mgr. Irena Hájková</b><br>šéfredaktorka<br>"
            "irena.hajkova@tydenikchrudimsko.example<br>+420 469 622 101</td>"
            "<td><b>Filip Sedláček</b><br>webmaster<br>"
            "filip.sedlacek@tydenikchrudimsko.example<br>+420 739 845 316</td></tr></table>"
            "</body></html>"
        ),
        "labels": L(
            [FEED],
            "Chrudimské médium s.r.o.",
            I17,
            None,
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Filip Sedláček",
            "filip.sedlacek@tydenikchrudimsko.example",
            "+420739845316",
        ),
    },
    {
        "id": "ha018-secretary-docx-table",
        "description": "formal secretary's cover note, the application as a DOCX table",
        "style": Style.LETTER,
        "from": "Sekretariát ředitele <sekretariat@rozhlas-jih.example>",
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "smime": True,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "v příloze zasíláme jménem pana ředitele žádost o přístup k serveru s výsledky "
            "voleb. V případě dotazů se prosím obracejte na osobu uvedenou v žádosti.\n\n"
            "S úctou\nBlanka Koubková\nsekretariát ředitele\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_XML_volby.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        {
                            "rows": [
                                ["Žadatel", "Rozhlas Jih, a.s."],
                                ["IČO", I18],
                                ["Adresy – ostrý provoz", "198.18.20.1, 198.18.20.2"],
                                ["Adresy – test", "198.18.20.50"],
                                ["Kontaktní osoba", "Ing. Daniel Fiala"],
                                ["E-mail", "daniel.fiala@rozhlas-jih.example"],
                                ["Telefon", "+420 386 115 420"],
                            ]
                        },
                        "V Českých Budějovicích dne 30. 11.",
                    ]
                },
            ),
        ],
        "labels": L(
            [FEED],
            "Rozhlas Jih, a.s.",
            I18,
            None,
            ["198.18.20.1", "198.18.20.2"],
            ["198.18.20.50"],
            "Daniel Fiala",
            "daniel.fiala@rozhlas-jih.example",
            "+420386115420",
        ),
    },
    {
        "id": "ha019-english-university",
        "description": "university research group in English, production and backup, no test",
        "style": Style.GMAIL,
        "from": "Dr. Eva Lindqvist <eva.lindqvist@vsms.example>",
        "subject": "Election XML feed - research access",
        "headers": [("X-Gm-Message-State", "AOJu0Yx7fLq2WcR9dPz4Hk1mVb8sTn3eUa6oGj5y")],
        "body": (
            "Dear colleagues,\n\n"
            "our election data lab at Vysoká škola mediálních studií, o.p.s. (company ID "
            f"{I19}) would like to pull the results feed during election night for a live "
            "visualisation. Primary server: 203.0.113.118, backup server: 203.0.113.119. "
            "We do not need a test address.\n\n"
            "Best,\nEva Lindqvist\n+420 770 218 934\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dear colleagues,</div><div><br></div>'
            "<div>our election data lab at Vysoká škola mediálních studií, o.p.s. (company ID "
            f"{I19}) would like to pull the results feed during election night for a live "
            "visualisation. Primary server: 203.0.113.118, backup server: 203.0.113.119. "
            "We do not need a test address.</div><div><br></div>"
            "<div>Best,</div><div>Eva Lindqvist</div><div>+420 770 218 934</div></div>"
        ),
        "labels": L(
            [FEED],
            "Vysoká škola mediálních studií, o.p.s.",
            I19,
            None,
            ["203.0.113.118", "203.0.113.119"],
            [],
            "Eva Lindqvist",
            "eva.lindqvist@vsms.example",
            "+420770218934",
        ),
    },
    {
        "id": "ha020-freelancer-own-name",
        "description": "freelance journalist applying as a natural person with her own IČO",
        "style": Style.CHATTY,
        "from": "Bára Kolářová <bara@kolarova-foto.example>",
        "subject": "dotaz - XML a focení",
        "headers": [("X-Mailer", "Seznam Email")],
        "body": (
            "Dobrý den,\n\njsem novinářka na volné noze (OSVČ, IČ "
            f"{I20}) a dělám volební zpravodajství pro několik regionálních webů. "
            "Šlo by mi zřídit přístup k XML s výsledky? Mám jen jeden server, "
            "192.0.2.19. Test nepotřebuju.\n"
            "A ráda bych taky fotila a natáčela na přebíracím místě v Pardubicích, jestli to jde.\n\n"
            "Děkuju!\nBarbora Kolářová\n606 300 187\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Barbora Kolářová",
            I20,
            None,
            ["192.0.2.19"],
            [],
            "Barbora Kolářová",
            "bara@kolarova-foto.example",
            "+420606300187",
        ),
    },
    {
        "id": "ha021-reply-gives-phone",
        "description": "short reply adding a phone; addresses only in the quoted own original",
        "style": Style.REPLY,
        "from": "Josef Kubíček <kubicek@infoportal-kladno.example>",
        "subject": "Re: Re: přístup k XML",
        "headers": [("X-Mailer", "Apple Mail (2.3731)")],
        "body": (
            "Dobrý den, jasně, telefon je 602 441 078. Jinak vše podle mé původní zprávy níže.\n"
            "JK\n\n"
            "> Dne 2. 12. v 9:14, podatelna@czso.cz napsal:\n"
            "> Prosíme o doplnění telefonního kontaktu.\n"
            ">\n"
            ">> Dobrý den,\n"
            ">> prosím o přístup k XML pro Infoportál Kladno s.r.o.\n"
            ">> produkce 198.51.100.131, 198.51.100.132\n"
            ">> test 198.51.100.139\n"
            ">> Josef Kubíček\n"
        ),
        "labels": L(
            [FEED],
            "Infoportál Kladno s.r.o.",
            None,
            None,
            ["198.51.100.131", "198.51.100.132"],
            ["198.51.100.139"],
            "Josef Kubíček",
            "kubicek@infoportal-kladno.example",
            "+420602441078",
        ),
    },
    {
        "id": "ha022-two-phones-prefer-mobile",
        "description": "desk phone and mobile; the writer asks to be called on the mobile",
        "style": Style.OUTLOOK,
        "from": '"Novotný, Aleš" <ales.novotny@mediahouse-brno.example>',
        "subject": "Registrace pro volební XML server",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "Media House Brno, a.s., IČO "
            f"{I22}, žádá o registraci pro přístup k XML serveru.\n\n"
            "Produkční adresy: 203.0.113.60, 203.0.113.61, 203.0.113.62\n"
            "Testovací adresy: 203.0.113.70, 203.0.113.71\n\n"
            "Kontaktní osoba: Aleš Novotný\n"
            "Tel. (pevná): 541 220 980, mobil: 725 617 443 – v týdnu voleb mě zastihnete "
            "jen na mobilu.\n\nAleš Novotný\n"
        ),
        "labels": L(
            [FEED],
            "Media House Brno, a.s.",
            I22,
            None,
            ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
            ["203.0.113.70", "203.0.113.71"],
            "Aleš Novotný",
            "ales.novotny@mediahouse-brno.example",
            "+420725617443",
        ),
    },
    {
        "id": "ha023-no-diacritics-dash-range",
        "description": "Czech without diacritics, production as a last-octet dash range",
        "style": Style.PHONE,
        "from": "Lukas Benes <lukas.benes@sportzpravy.example>",
        "subject": "pristup xml",
        "headers": [("X-Mailer", "Android-Mail")],
        "body": (
            "Dobry den, za firmu Sportzpravy.cz s.r.o. zadam o xml s vysledky. "
            "Produkcni ip 198.51.100.100-103, testovaci zadna. "
            "Lukas Benes, 739 060 512\n"
        ),
        "labels": L(
            [FEED],
            "Sportzpravy.cz s.r.o.",
            None,
            None,
            ["198.51.100.100", "198.51.100.101", "198.51.100.102", "198.51.100.103"],
            [],
            "Lukas Benes",
            "lukas.benes@sportzpravy.example",
            "+420739060512",
        ),
    },
    {
        "id": "ha024-pdf-form-attachment",
        "description": "one-line body, application in a PDF table with wrapped cells",
        "style": Style.LETTER,
        "from": "Michaela Staňková <stankova@regionalnivysilani.example>",
        "subject": "Žádost – XML volby",
        "body": "Dobrý den, v příloze posílám naši žádost. Děkuji, M. Staňková\n",
        "attachments": [
            (
                "pdf",
                "zadost_volby.pdf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)",
                    {
                        "rows": [
                            ["Žadatel", "Regionální vysílání Hané, s.r.o."],
                            ["IČO", I24],
                            ["Ostrý provoz", "192.0.2.101, 192.0.2.102"],
                            ["Testovací provoz", "192.0.2.110"],
                            [
                                "Kontakt",
                                "Michaela Staňková, stankova@regionalnivysilani.example, "
                                "+420 581 702 336",
                            ],
                        ],
                        "widths": [120, 220],
                    },
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Regionální vysílání Hané, s.r.o.",
            I24,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.110"],
            "Michaela Staňková",
            "stankova@regionalnivysilani.example",
            "+420581702336",
        ),
    },
    {
        "id": "ha025-xlsx-admin",
        "description": "admin sends an XLSX with a role column, body gives the organisation",
        "style": Style.GMAIL,
        "from": "David Horák <horak.david@radiokrokodyl.example>",
        "subject": "IP adresy pro XML výsledky",
        "body": (
            "Dobrý den,\n\n"
            "posílám tabulku s IP adresami, které má mít Rádio Krokodýl, s.r.o. (IČO "
            f"{I25}) povolené na váš volební XML server. Kontakt jsem já, 731 550 918.\n\n"
            "David Horák\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["IP adresa", "Účel"],
                            ["198.18.100.20", "produkce"],
                            ["198.18.100.21", "produkce"],
                            ["198.18.100.30", "test"],
                        ],
                    }
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Rádio Krokodýl, s.r.o.",
            I25,
            None,
            ["198.18.100.20", "198.18.100.21"],
            ["198.18.100.30"],
            "David Horák",
            "horak.david@radiokrokodyl.example",
            "+420731550918",
        ),
    },
    {
        "id": "ha026-slovak-tv-both",
        "description": "Slovak TV asks for feed and filming in Bratislava-style Slovak",
        "style": Style.FOREIGN,
        "from": "Peter Kováčik <kovacik@stredoeuropske-spravy.example>",
        "subject": "Žiadosť o prístup k XML a o povolenie nakrúcania",
        "body": (
            "Dobrý deň,\n\n"
            "spravodajstvo spoločnosti Stredoeurópske správy, a.s. žiada o:\n"
            "- prístup k XML serveru s výsledkami volieb, produkčné IP 203.0.113.170 a "
            "203.0.113.171, testovacia IP 203.0.113.179,\n"
            "- povolenie nakrúcať na zbernom mieste v Brne počas volebnej noci.\n\n"
            "Kontaktná osoba: Peter Kováčik, +421 2 4922 1180\n\nS pozdravom\nPeter Kováčik\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Stredoeurópske správy, a.s.",
            None,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.179"],
            "Peter Kováčik",
            "kovacik@stredoeuropske-spravy.example",
            "+421249221180",
        ),
    },
    {
        "id": "ha027-old-address-replaced",
        "description": "mentions last election's address as no longer used",
        "style": Style.CHATTY,
        "from": "Roman Pešek <pesek@jablonecke-noviny.example>",
        "subject": "Volby - znovu přístup k XML",
        "body": (
            "Dobrý den,\n\n"
            "jako každé volby se hlásíme o přístup k XML. Pozor, loni jsme jezdili z adresy "
            "192.0.2.77, ta už neplatí – server jsme přestěhovali a nová adresa je "
            "192.0.2.177. Testovací adresu tentokrát nemáme.\n\n"
            f"Jablonecké noviny s.r.o., IČO {I27}\nRoman Pešek, +420 483 311 905\n"
        ),
        "labels": L(
            [FEED],
            "Jablonecké noviny s.r.o.",
            I27,
            None,
            ["192.0.2.177"],
            [],
            "Roman Pešek",
            "pesek@jablonecke-noviny.example",
            "+420483311905",
        ),
    },
    {
        "id": "ha028-databox-odt",
        "description": "data message from a publisher, annotation only a subject, ODT letter",
        "style": Style.DATABOX,
        "databox": {
            "box": "t3vn8ea",
            "sender": "Vydavatelství Krkonoše, spol. s r.o.",
            "address": "Horská 4, 543 01 Vrchlabí",
        },
        "subject": "Volby - žádost",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Žádost o přístup k serveru s výsledky voleb",
                    f"Vydavatelství Krkonoše, spol. s r.o., IČO {I28}, žádá o přístup.",
                    [
                        ["Účel", "IP adresa"],
                        ["produkční", "198.51.100.240"],
                        ["testovací", "198.51.100.241"],
                    ],
                    "Kontaktní osoba: Jiří Hloušek, hlousek@vydavatelstvi-krkonose.example, "
                    "tel. 499 421 118",
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "Vydavatelství Krkonoše, spol. s r.o.",
            I28,
            "t3vn8ea",
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Jiří Hloušek",
            "hlousek@vydavatelstvi-krkonose.example",
            "+420499421118",
        ),
    },
]
