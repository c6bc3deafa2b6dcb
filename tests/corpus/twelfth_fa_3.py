"""Twelfth held-out part ``fa``, cases fa029–fa042: an Apple Mail note with mixed IPv4/IPv6,
an HTML signature table of three people, a reply cutting seven addresses to five, a phone
correction, a data message with TXT and PDF, a Slovak correspondent in English-Czech, a film
crew list, a withdrawn feed, /31 and /32 blocks, an XLSX of old and new addresses, a Polish
agency, an English two-liner, a municipal newsroom and a Slovak agency's DOCX. Written by hand
apart from the extraction rules; labelled by tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.twelfth_fa_common import (
    APPLE,
    BOTH,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OUTLOOK_WEB,
    ROUNDCUBE,
    SEZNAM,
    THUNDERBIRD,
    ZIMBRA,
    Style,
)

ICO_VLNA = ico("0471392")
ICO_OKNO = ico("2877014")
ICO_KRAJ = ico("0691735")
ICO_BRNO = ico("2546188")
ICO_PRESSA = ico("4582016")
ICO_OSTRAVA_TV = ico("2630819")
ICO_INFO = ico("0372455")
ICO_SPOJ = ico("2715590")
ICO_ANALYT = ico("0829163")
ICO_PRAHA9 = ico("0063924")
ICO_SK_AGENT = ico("3592881")

CASES: list[dict[str, Any]] = [
    {
        "id": "fa029-apple-mixed-v4-v6",
        "description": "short Apple Mail note, production one IPv4 and one IPv6, emoji",
        "style": Style.PHONE_NOTE,
        "from": "Šárka Dolejší <sarka@radiovlna.example>",
        "subject": "IP pro volby 🙂",
        "headers": APPLE,
        "body": (
            "Dobrý den, za Rádio Vlna s.r.o. (IČO "
            f"{ICO_VLNA}) posílám adresy pro XML: 203.0.113.66 a 2001:db8:aa::66, "
            "test jen 203.0.113.67. Díky! 🙂\n"
            "Šárka Dolejší, 776 551 902\n"
        ),
        "labels": L(
            [FEED],
            "Rádio Vlna s.r.o.",
            ICO_VLNA,
            None,
            ["203.0.113.66", "2001:db8:aa::66"],
            ["203.0.113.67"],
            "Šárka Dolejší",
            "sarka@radiovlna.example",
            "+420776551902",
        ),
    },
    {
        "id": "fa030-html-signature-three-people",
        "description": "HTML-only mail whose signature table lists three people; body names one",
        "style": Style.SIGNATURE,
        "from": "Redakce Okno <redakce@oknodnes.example>",
        "subject": "Okno dnes – přístup k výsledkům voleb",
        "headers": OUTLOOK_WEB,
        "html": (
            "<p>Dobrý den,</p><p>OKNO DNES s.r.o. žádá o přístup k volebním výsledkům "
            "v XML. Ostrý provoz: <b>192.0.2.50</b>, <b>192.0.2.51</b>. Testovací prostředí: "
            "<b>192.0.2.60</b>.</p>"
            "<p>Kontaktní osobou je náš datový novinář Filip Novák.</p>"
            "<table><tr><td>Mgr. Irena Válková<br>šéfredaktorka<br>+420 603 100 200</td>"
            "<td>Filip Novák<br>datový novinář<br>novak@oknodnes.example<br>"
            "+420 735 440 861</td>"
            "<td>Bc. Ota Král<br>IT<br>+420 608 912 030</td></tr></table>"
            f"<p>OKNO DNES s.r.o., IČO {ICO_OKNO}</p>"
        ),
        "labels": L(
            [FEED],
            "OKNO DNES s.r.o.",
            ICO_OKNO,
            None,
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.60"],
            "Filip Novák",
            "novak@oknodnes.example",
            "+420735440861",
        ),
    },
    {
        "id": "fa031-reply-cut-to-five",
        "description": "office refused seven addresses; the reply keeps five, old list quoted",
        "style": Style.REPLY,
        "from": "Ing. Roman Beran <beran@krajskyzpravodaj.example>",
        "subject": "RE: Žádost o přístup – příliš mnoho adres",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "rozumím, omezíme se tedy na pět produkčních adres: 198.51.100.1, 198.51.100.2, "
            "198.51.100.3, 198.51.100.4 a 198.51.100.5. Adresy .6 a .7 vypouštíme. "
            "Testovací adresu nepožadujeme.\n\n"
            "S pozdravem\nRoman Beran\n"
            f"Krajský zpravodaj a.s., IČO {ICO_KRAJ}\n"
            "tel. 466 021 553\n\n"
            "-----Original Message-----\n"
            "From: Podatelna ČSÚ\n"
            "Sent: Wednesday, November 22, 2023 11:40 AM\n"
            "Subject: Žádost o přístup – příliš mnoho adres\n\n"
            "Dobrý den, lze povolit nejvýše pět adres pro ostrý provoz. Upravte prosím "
            "žádost.\n\n"
            "-----Original Message-----\n"
            "From: Ing. Roman Beran\n"
            "Subject: Žádost o přístup\n\n"
            "Produkce: 198.51.100.1 až 198.51.100.7\n"
        ),
        "labels": L(
            [FEED],
            "Krajský zpravodaj a.s.",
            ICO_KRAJ,
            None,
            ["198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4", "198.51.100.5"],
            [],
            "Roman Beran",
            "beran@krajskyzpravodaj.example",
            "+420466021553",
        ),
    },
    {
        "id": "fa032-phone-correction",
        "description": "a second mail corrects the contact phone; the first is quoted below",
        "style": Style.CORRECTION,
        "from": "Markéta Urbanová <urbanova@brnenskyvecer.example>",
        "subject": "Re: žádost o XML – oprava telefonu",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den, v žádosti níže mám v podpisu staré číslo. Aktuální je "
            "+420 730 112 904. Jinak vše platí.\nM. Urbanová\n\n"
            "Dne 24.11.2023 v 8:55 Markéta Urbanová napsal(a):\n"
            "> Dobrý den,\n"
            f"> Brněnský večer, s.r.o. (IČO {ICO_BRNO}) žádá o přístup k XML výsledkům.\n"
            "> Produkční IP: 198.18.33.3\n"
            "> Testovací IP: 198.18.33.4\n"
            ">\n"
            "> Markéta Urbanová\n"
            "> tel. +420 603 009 771\n"
        ),
        "labels": L(
            [FEED],
            "Brněnský večer, s.r.o.",
            ICO_BRNO,
            None,
            ["198.18.33.3"],
            ["198.18.33.4"],
            "Markéta Urbanová",
            "urbanova@brnenskyvecer.example",
            "+420730112904",
        ),
    },
    {
        "id": "fa033-databox-txt-and-pdf",
        "description": "data message from a publisher: TXT cover note and a PDF with the details",
        "style": Style.DATABOX,
        "databox": {
            "box": "p9xk2ma",
            "sender": "PRESSA Media, a.s.",
            "address": "Vinohradská 2100/45, 120 00 Praha 2",
        },
        "subject": "Žádost o přístup k výsledkům voleb",
        "attachments": [
            ("txt", "pruvodni.txt", "Dobrý den, zasíláme žádost v příloze (PDF).\n"),
            (
                "pdf",
                "zadost_pressa.pdf",
                [
                    "PRESSA Media, a.s.",
                    f"IČO: {ICO_PRESSA}, datová schránka p9xk2ma",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.",
                    {
                        "rows": [
                            ["Ostrý provoz", "203.0.113.120, 203.0.113.121"],
                            ["Testovací provoz", "203.0.113.130"],
                            ["Kontakt", "Jan Kadlec, kadlec@pressa.example, 724 900 615"],
                        ],
                        "widths": [120, 300],
                    },
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "PRESSA Media, a.s.",
            ICO_PRESSA,
            "p9xk2ma",
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.130"],
            "Jan Kadlec",
            "kadlec@pressa.example",
            "+420724900615",
        ),
    },
    {
        "id": "fa034-slovak-correspondent-english",
        "description": "Slovak correspondent mixes English and Czech; his outlet has no IČO",
        "style": Style.WEBMAIL,
        "from": "Marek Hlinka <marek.hlinka@posta.example>",
        "subject": "feed access / pristup k datum",
        "headers": ROUNDCUBE,
        "body": (
            "Hi / dobry den,\n\n"
            "I am a Prague correspondent for the newsletter Danube Digest (run by Danube "
            "Digest Ltd, London). Chtel bych pristup k XML vysledkum, production server "
            "198.51.100.215, test server 198.51.100.216.\n\n"
            "Marek Hlinka\n+44 7700 900 418\n"
        ),
        "labels": L(
            [FEED],
            "Danube Digest Ltd",
            None,
            None,
            ["198.51.100.215"],
            ["198.51.100.216"],
            "Marek Hlinka",
            "marek.hlinka@posta.example",
            "+447700900418",
        ),
    },
    {
        "id": "fa035-film-crew-list",
        "description": "filming only, a crew list with phones; the producer is the contact",
        "style": Style.OUTLOOK,
        "from": "Dagmar Šindelářová <sindelarova@ostravatv.example>",
        "subject": "Povolení k natáčení – volební noc",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"OSTRAVA TV s.r.o. (IČO {ICO_OSTRAVA_TV}) žádá o povolení natáčet ve sběrném "
            "místě v Ostravě během zpracování výsledků.\n\n"
            "Štáb:\n"
            "– Radim Kučera, kameraman, 605 300 411\n"
            "– Pavla Zemanová, redaktorka, 731 208 556\n\n"
            "Kontakt pro vyřízení: produkční Dagmar Šindelářová, 596 100 372 (přímá), "
            "sindelarova@ostravatv.example\n\n"
            "Děkuji\nDagmar Šindelářová\n"
        ),
        "labels": L(
            [FILM],
            "OSTRAVA TV s.r.o.",
            ICO_OSTRAVA_TV,
            None,
            [],
            [],
            "Dagmar Šindelářová",
            "sindelarova@ostravatv.example",
            "+420596100372",
        ),
    },
    {
        "id": "fa036-feed-no-longer-needed",
        "description": "the feed is explicitly not wanted this time, only filming",
        "style": Style.CHATTY,
        "from": "Honza Mareš <mares@infodnes.example>",
        "subject": "letos jen natáčení",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "loni jsme od vás měli XML feed na 203.0.113.44, letos ho ale nepotřebujeme, "
            "data bereme od agentury. Chtěli bychom ale natočit reportáž ze sběrného místa "
            "v Plzni, jestli to jde.\n\n"
            f"Jan Mareš\nInfo Dnes s.r.o., IČO {ICO_INFO}\n739 004 221\n"
        ),
        "labels": L(
            [FILM],
            "Info Dnes s.r.o.",
            ICO_INFO,
            None,
            [],
            [],
            "Jan Mareš",
            "mares@infodnes.example",
            "+420739004221",
        ),
    },
    {
        "id": "fa037-cidr-31-and-32",
        "description": "terse technician: production a /31, test a /32",
        "style": Style.WEBMAIL,
        "from": "noc@spojmedia.example",
        "subject": "ACL pro volebni XML",
        "headers": ZIMBRA,
        "body": (
            f"Spoj Media a.s., ICO {ICO_SPOJ}\n"
            "prod: 198.18.60.8/31\n"
            "test: 198.18.61.9/32\n"
            "kontakt: Ales Pekarek, 602 700 913, noc@spojmedia.example\n"
        ),
        "labels": L(
            [FEED],
            "Spoj Media a.s.",
            ICO_SPOJ,
            None,
            ["198.18.60.8", "198.18.60.9"],
            ["198.18.61.9"],
            "Ales Pekarek",
            "noc@spojmedia.example",
            "+420602700913",
        ),
    },
    {
        "id": "fa038-xlsx-old-and-new",
        "description": "XLSX lists old and new addresses with a status column; old ones dropped",
        "style": Style.ATTACHMENT,
        "from": "Petra Hanáková <hanakova@analytikcz.example>",
        "subject": "aktualizace IP – volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám tabulku adres pro přístup k XML výsledkům "
            f"za Analytik CZ, z.ú. (IČO {ICO_ANALYT}). Platí jen řádky „nová“.\n\n"
            "Petra Hanáková\n+420 720 556 019\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Adresa", "Účel", "Stav"],
                            ["192.0.2.110", "produkce", "stará – zrušit"],
                            ["192.0.2.115", "produkce", "nová"],
                            ["192.0.2.116", "produkce", "nová"],
                            ["192.0.2.111", "test", "stará – zrušit"],
                            ["192.0.2.117", "test", "nová"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            [FEED],
            "Analytik CZ, z.ú.",
            ICO_ANALYT,
            None,
            ["192.0.2.115", "192.0.2.116"],
            ["192.0.2.117"],
            "Petra Hanáková",
            "hanakova@analytikcz.example",
            "+420720556019",
        ),
    },
    {
        "id": "fa039-polish-agency-feed",
        "description": "Polish news agency in Polish asks for the feed; no IČO, +48 phone",
        "style": Style.FOREIGN,
        "from": "Tomasz Zieliński <t.zielinski@agencjapolnoc.example>",
        "subject": "Dostęp do wyników wyborów w formacie XML",
        "headers": THUNDERBIRD,
        "body": (
            "Dzień dobry,\n\n"
            "Agencja Informacyjna Północ S.A. prosi o dostęp do usługi XML z wynikami "
            "wyborów. Adresy produkcyjne: 203.0.113.180, 203.0.113.181. Adres testowy: "
            "203.0.113.185.\n\n"
            "Kontakt: Tomasz Zieliński, kom. +48 501 330 877 (centrala agencji "
            "+48 22 318 44 90)\n\n"
            "Pozdrawiam\nTomasz Zieliński\n"
        ),
        "labels": L(
            [FEED],
            "Agencja Informacyjna Północ S.A.",
            None,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.185"],
            "Tomasz Zieliński",
            "t.zielinski@agencjapolnoc.example",
            "+48501330877",
        ),
    },
    {
        "id": "fa040-english-two-liner",
        "description": "two-line English mail from a phone, IPv6 only, signature with company",
        "style": Style.PHONE_NOTE,
        "from": "Mike Adams <mike@balticwire.example>",
        "subject": "feed access",
        "headers": IPHONE,
        "body": (
            "Hi, pls whitelist 2001:db8:15::7 for the election XML feed, no test box needed.\n"
            "Mike Adams, Baltic Wire Ltd, +44 20 7946 0321\n\n"
            "Sent from my iPhone\n"
        ),
        "labels": L(
            [FEED],
            "Baltic Wire Ltd",
            None,
            None,
            ["2001:db8:15::7"],
            [],
            "Mike Adams",
            "mike@balticwire.example",
            "+442079460321",
        ),
    },
    {
        "id": "fa041-municipal-newsroom-k9",
        "description": "a city district's newsroom; several phones, the editor's mobile named",
        "style": Style.SIGNATURE,
        "from": "Redakce Devítka <devitka@praha9mc.example>",
        "subject": "Městská část – přístup k volebním výsledkům",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            "Městská část Praha-Kbelíky, která vydává zpravodaj Devítka, žádá o přístup "
            f"k XML výsledkům voleb. IČO {ICO_PRAHA9}.\n\n"
            "Ostrý provoz: 198.51.100.240, 198.51.100.241\n"
            "Test: 198.51.100.248/30\n\n"
            "Vyřizuje Mgr. Renata Bártová, redaktorka, mobil 723 661 450 "
            "(podatelna úřadu 283 000 111).\n\n"
            "Renata Bártová\n"
        ),
        "labels": L(
            [FEED],
            "Městská část Praha-Kbelíky",
            ICO_PRAHA9,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.248", "198.51.100.249", "198.51.100.250", "198.51.100.251"],
            "Renata Bártová",
            "devitka@praha9mc.example",
            "+420723661450",
        ),
    },
    {
        "id": "fa042-slovak-agency-docx-both",
        "description": "Slovak agency, Slovak DOCX with feed and filming, ticked in a table",
        "style": Style.ATTACHMENT,
        "from": "Zuzana Oravcová <oravcova@sk-agentura.example>",
        "subject": "Žiadosť – prístup k výsledkom a nakrúcanie",
        "headers": GMAIL,
        "body": "Dobrý deň,\nv prílohe posielam žiadosť našej agentúry.\nZuzana Oravcová\n",
        "attachments": [
            (
                "docx",
                "ziadost.docx",
                {
                    "blocks": [
                        "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
                        {
                            "rows": [
                                ["Žiadateľ", "Stredoeurópska spravodajská agentúra, s. r. o."],
                                ["IČO", ICO_SK_AGENT],
                                ["Prístup k XML", "áno"],
                                ["Nakrúcanie na zbernom mieste", "áno"],
                                ["IP produkcia", "192.0.2.160, 192.0.2.161"],
                                ["IP test", "192.0.2.170"],
                                [
                                    "Kontakt",
                                    "Zuzana Oravcová, +421 2 5930 1188, "
                                    "oravcova@sk-agentura.example",
                                ],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            BOTH,
            "Stredoeurópska spravodajská agentúra, s. r. o.",
            ICO_SK_AGENT,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Zuzana Oravcová",
            "oravcova@sk-agentura.example",
            "+421259301188",
        ),
    },
]
