"""Thirtieth held-out part ``xa``, cases xa029–xa042: a Vietnamese-Czech weekly writing
imperfect Czech, an RTF attachment, a reply withdrawing a quoted request, version numbers,
ports and dates beside addresses, a freelancer's data message with a text file, a layout-table
HTML signature, a forward of the office's contacts, an Austrian broadcaster with an IPv6 test
address, a PDF with wrapped cells, a chatty double correction, a French branch office, a
data-message form with box characters, a pasted chat and a change after the office's
confirmation. Written by hand apart from the extraction rules (see make_thirtieth_xa); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtieth_xa_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OFFICE_RELEASE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("0741629"), ico("2563918"), ico("2780415"), ico("4615072")
I33, I34, I35, I37 = ico("7130284"), ico("2907346"), ico("0061234"), ico("2612985")
I38, I39, I40, I41, I42 = (
    ico("2439170"),
    ico("0587214"),
    ico("2846503"),
    ico("0914378"),
    ico("2718036"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "xa029-vietnamese-weekly-plain-czech",
        "description": "a Vietnamese-Czech weekly writes imperfect Czech; roles after the "
        "addresses ('… je hlavni', '… na zkouseni')",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tuần Việt s.r.o.",
            I29,
            None,
            ["198.51.100.55"],
            ["198.51.100.56"],
            "Nguyen Thi Lan",
            "lan@tuanviet.example",
            "+420776128840",
        ),
        "from": "Nguyen Thi Lan <lan@tuanviet.example>",
        "subject": "Zadost o data volby",
        "headers": GMAIL,
        "body": (
            "Dobry den,\n\n"
            "my jsme noviny pro vietnamska komunita v Cesku, firma Tuần Việt s.r.o., "
            f"ICO {I29}. Chceme davat vysledky volby na nas web v vietnamstina, prosim "
            "pristup na XML.\n\n"
            "198.51.100.55 je hlavni server\n198.51.100.56 na zkouseni\n\n"
            "Kontakt ja Nguyen Thi Lan, telefon 776 128 840.\n\n"
            "Dekuji moc\nLan\n"
        ),
    },
    {
        "id": "xa030-outlook-rtf-table-respectively-czech",
        "description": "short Outlook mail with an RTF application; its table gives two "
        "addresses in one cell with roles 'v tomto pořadí'",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Noviny Slovácka, s.r.o.",
            I30,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Vladimír Kuchař",
            "kuchar@novinyslovacka.example",
            "+420572503118",
        ),
        "from": "Vladimír Kuchař <kuchar@novinyslovacka.example>",
        "subject": "Žádost o přístup k XML výsledkům – Noviny Slovácka",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nžádost posílám v příloze (RTF).\n\nS pozdravem\nV. Kuchař\n",
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "Noviny Slovácka, s.r.o., Masarykovo nám. 21, 686 01 Uherské Hradiště",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["IČO", I30],
                        [
                            "IP adresy (produkční a testovací, v tomto pořadí)",
                            "192.0.2.150, 192.0.2.151",
                        ],
                        ["Kontaktní osoba", "Vladimír Kuchař"],
                        ["Telefon", "+420 572 503 118"],
                        ["E-mail", "kuchar@novinyslovacka.example"],
                    ],
                    "V Uherském Hradišti 6. 10. 2025",
                ],
            )
        ],
    },
    {
        "id": "xa031-reply-withdraws-quoted-filming",
        "description": "a reply that withdraws the filming asked for in the applicant's own "
        "quoted original; the addresses and contact are only in that original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I31,
            None,
            ["203.0.113.171"],
            ["203.0.113.172"],
            "Stanislav Bureš",
            "bures@podbrdsko.example",
            "+420604312990",
        ),
        "from": "Stanislav Bureš <bures@podbrdsko.example>",
        "subject": "Re: žádost XML + natáčení",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "ještě upřesnění k mé žádosti níže: natáčení na sběrném místě nakonec "
            "nepotřebujeme, štáb nám odpadl. Žádáme tedy jen o přístup k XML, adresy "
            "a kontakt beze změny.\n\n"
            "Děkuji, S. Bureš\n\n"
            "Dne 06.10.25 v 11:20 Stanislav Bureš napsal(a):\n"
            "> Dobrý den,\n"
            "> Týdeník Podbrdsko s.r.o. (IČO "
            f"{I31}) žádá o přístup k XML s výsledky a o\n"
            "> povolení natáčet na sběrném místě v Berouně.\n"
            "> produkční IP 203.0.113.171, testovací IP 203.0.113.172\n"
            "> kontakt: Stanislav Bureš, 604 312 990\n"
            ">\n"
            "> S. Bureš\n"
        ),
    },
    {
        "id": "xa032-k9-version-port-date-noise",
        "description": "phone note full of address-like noise: a dotted version, a port, a date "
        "with dots and an OID next to the real addresses",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Datawise Media s.r.o.",
            I32,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Filip Marek",
            "filip@datawise.example",
            "+420731556204",
        ),
        "from": "Filip Marek <filip@datawise.example>",
        "subject": "volby xml - Datawise",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "dobry den, Datawise Media s.r.o. (ico "
            f"{I32}) by chtela pristup k volebnimu xml. "
            "nas parser v2.10.4 pobezi na 192.0.2.90 port 8443, testovaci instance na "
            "192.0.2.91. Testovat chceme od 1.10.2025, cert mame s OID 1.3.6.1.4.1.311.\n"
            "kontakt ja, 731 556 204\nFilip\n"
        ),
    },
    {
        "id": "xa033-databox-freelancer-txt-correction",
        "description": "a photographer's data message (natural person in business): a short "
        "annotation, the TXT file names the request and corrects the phone",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Petr Janda – Foto Janda",
            I33,
            "j5fr8vc",
            [],
            [],
            "Petr Janda",
            "foto@fotojanda.example",
            "+420603482117",
        ),
        "subject": "Žádost o povolení fotografovat a natáčet na sběrném místě",
        "databox": {
            "box": "j5fr8vc",
            "sender": "Petr Janda",
            "address": "Tylova 7, 460 01 Liberec",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Dobrý den,\n\n"
                "jsem fotoreportér na volné noze (Petr Janda – Foto Janda, IČO "
                f"{I33}) a rád bych v den voleb fotografoval a natáčel krátká videa na "
                "sběrném místě v Liberci pro ČTK a regionální weby.\n\n"
                "Přístup k XML datům nepotřebuji.\n\n"
                "Telefon 603 482 171 – oprava, správně 603 482 117.\n"
                "E-mail foto@fotojanda.example\n\n"
                "Petr Janda\n",
            )
        ],
    },
    {
        "id": "xa034-roundcube-html-layout-signature",
        "description": "HTML-only Roundcube mail: addresses in a bulleted list with roles, the "
        "signature in a layout table with two people",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Zlínský zpravodaj s.r.o.",
            I34,
            None,
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.109"],
            "Hana Zapletalová",
            "zapletalova@zlinskyzpravodaj.example",
            "+420577011832",
        ),
        "from": "Hana Zapletalová <zapletalova@zlinskyzpravodaj.example>",
        "subject": "Přístup k volebnímu XML",
        "headers": ROUNDCUBE,
        "html": (
            "<html><body><p>Dobrý den,</p><p>prosíme o přístup k výsledkům voleb ve "
            f"formátu XML pro Zlínský zpravodaj s.r.o. (IČO {I34}).</p><ul>"
            "<li>produkční: 198.51.100.101</li><li>produkční (záloha): 198.51.100.102</li>"
            "<li>testovací: 198.51.100.109</li></ul>"
            "<p>Kontaktní osoba: Hana Zapletalová.</p><p>Děkujeme</p>"
            '<table cellpadding="0" cellspacing="0" style="font-size:9pt"><tr>'
            "<td><b>Hana Zapletalová</b><br>vedoucí vydání<br>+420 577 011 832<br>"
            "zapletalova@zlinskyzpravodaj.example</td>"
            '<td style="padding-left:20px"><b>Ondřej Pospíšil</b><br>šéfredaktor<br>'
            "+420 577 011 800<br>pospisil@zlinskyzpravodaj.example</td></tr></table>"
            "</body></html>"
        ),
    },
    {
        "id": "xa035-forward-office-contacts-leading-zero-ico",
        "description": "a forward that carries the office's press release and its contacts; "
        "the applicant's IČO has leading zeros, written with spaces",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Obec Dolní Lhota",
            I35,
            None,
            ["203.0.113.11"],
            [],
            "Markéta Horáková",
            "horakova@dolnilhota.example",
            "+420556720145",
        ),
        "from": "Markéta Horáková <horakova@dolnilhota.example>",
        "subject": "Fwd: Výsledky voleb pro média ve formátu XML",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám Vaši tiskovou zprávu, kterou nám poslal kolega z kraje. Obec Dolní "
            f"Lhota (IČO {I35[:2]} {I35[2:5]} {I35[5:]}) by chtěla zobrazovat výsledky na "
            "obecním webu a infokiosku. Adresa našeho serveru je 203.0.113.11, jiný nemáme.\n\n"
            "Kontakt: Markéta Horáková, referentka, 556 720 145\n\n"
            "Markéta Horáková\nObecní úřad Dolní Lhota\n\n"
            "---------- Původní zpráva ----------\n"
            "Od: Tiskové oddělení ČSÚ <podatelna@czso.cz>\n"
            "Datum: 1. 10. 2025 8:30\n"
            "Předmět: Výsledky voleb pro média ve formátu XML\n\n" + OFFICE_RELEASE
        ),
    },
    {
        "id": "xa036-austrian-english-ipv6-test",
        "description": "an Austrian broadcaster writes English with German labels; IPv4 "
        "production, an IPv6 test address, a Vienna number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alpenblick Rundfunk GmbH",
            None,
            None,
            ["198.51.100.240"],
            ["2001:db8:77::20"],
            "Stefan Huber",
            "s.huber@alpenblick.example",
            "+4315320884",
        ),
        "from": "Stefan Huber <s.huber@alpenblick.example>",
        "subject": "Wahlergebnisse / election results access + filming",
        "headers": EVOLUTION,
        "body": (
            "Dear colleagues,\n\n"
            "Alpenblick Rundfunk GmbH (FN 412887 k, Vienna) applies for access to the "
            "election results in XML and for permission to film at your collection point "
            "in České Budějovice.\n\n"
            "Produktion: 198.51.100.240\n"
            "Test: 2001:db8:77::20\n\n"
            "Contact: Stefan Huber, +43 1 5320884, s.huber@alpenblick.example\n\n"
            "Beste Grüße / best regards\nStefan Huber\n"
        ),
    },
    {
        "id": "xa037-gmail-pdf-wrapped-cells",
        "description": "Gmail mail with a PDF whose narrow table wraps the role labels and the "
        "contact over several lines",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Brněnský metropolitní portál s.r.o.",
            I37,
            None,
            ["203.0.113.51", "203.0.113.52"],
            ["203.0.113.59"],
            "Kristýna Dvořáková",
            "dvorakova@bmportal.example",
            "+420739880162",
        ),
        "from": "Kristýna Dvořáková <dvorakova@bmportal.example>",
        "subject": "Žádost o přístup - Brněnský metropolitní portál",
        "headers": GMAIL,
        "body": "Dobrý den, v příloze posílám žádost. Díky, K. Dvořáková\n",
        "attachments": [
            (
                "pdf",
                "zadost_bmportal.pdf",
                [
                    f"Brněnský metropolitní portál s.r.o., Kobližná 4, 602 00 Brno, IČO {I37}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP adresy (hlavní a záložní)", "203.0.113.51 203.0.113.52"],
                            ["Testovací IP adresa (pouze před volbami)", "203.0.113.59"],
                            [
                                "Kontaktní osoba",
                                "Kristýna Dvořáková, +420 739 880 162, dvorakova@bmportal.example",
                            ],
                        ],
                        "widths": [90, 110],
                    },
                ],
            )
        ],
    },
    {
        "id": "xa038-iphone-chatty-two-corrections",
        "description": "a chatty mail that changes the production address twice; only the "
        "last value stands",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Olomoucký dnešek s.r.o.",
            I38,
            None,
            ["192.0.2.15"],
            ["192.0.2.20"],
            "Simona Pavlíková",
            "pavlikova@olomouckydnesek.example",
            "+420608173590",
        ),
        "from": "Simona Pavlíková <pavlikova@olomouckydnesek.example>",
        "subject": "Re: volby",
        "headers": IPHONE,
        "body": (
            "Ahoj, teda dobrý den :) píšu za Olomoucký dnešek s.r.o., IČO "
            f"{I38}. Chceme ten přístup k XML s výsledky.\n\n"
            "Produkce 192.0.2.12, test 192.0.2.20.\n\n"
            "Aha, kolega mi teď říká, že .12 je stará mašina a máme dát 192.0.2.14. "
            "Počkat – ne, 192.0.2.15, .14 je jeho notebook. Takže produkce 192.0.2.15, "
            "test zůstává 192.0.2.20.\n\n"
            "Díky a sorry za zmatek\nSimona Pavlíková\n608 173 590\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "xa039-french-branch-office-english",
        "description": "a French media house's Prague branch writes English; the Czech branch "
        "has the IČO, the French parent a SIREN",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Médias Rhin SA, odštěpný závod Praha",
            I39,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.209"],
            "Claire Dubois",
            "c.dubois@mediasrhin.example",
            "+420222310447",
        ),
        "from": "Claire Dubois <c.dubois@mediasrhin.example>",
        "subject": "Demande d'accès / request for XML election results",
        "headers": OWA,
        "body": (
            "Bonjour, dear Sir or Madam,\n\n"
            "Médias Rhin SA, odštěpný závod Praha (IČO "
            f"{I39}), the Prague branch of Médias Rhin SA (SIREN 552 081 317, Strasbourg), "
            "requests access to the XML election results.\n\n"
            "Production servers: 192.0.2.201 and 192.0.2.202\n"
            "Test server: 192.0.2.209\n\n"
            "Contact: Claire Dubois, bureau chief, +420 222 310 447\n\n"
            "Merci beaucoup,\nClaire Dubois\n"
            "Médias Rhin – bureau de Prague, Vodičkova 30, 110 00 Praha 1\n"
        ),
    },
    {
        "id": "xa040-databox-docx-checkbox-form",
        "description": "data message with a DOCX form: ticked feed, unticked filming, addresses "
        "in a table with a yes/no column for the test server",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysočina Online a.s.",
            I40,
            "m3vc8rt",
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.69"],
            "Karel Švanda",
            "svanda@vysocinaonline.example",
            "+420567301245",
        ),
        "subject": "Žádost dle přílohy",
        "databox": {
            "box": "m3vc8rt",
            "sender": "Vysočina Online a.s.",
            "address": "Znojemská 14, 586 01 Jihlava",
        },
        "attachments": [
            (
                "docx",
                "formular_zadost.docx",
                {
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI – volby do Poslanecké sněmovny 2025",
                        f"Žadatel: Vysočina Online a.s., IČO {I40}",
                        "☒ přístup k výsledkům voleb (XML)",
                        "☐ povolení natáčení na sběrném místě",
                        {
                            "rows": [
                                ["IP adresa", "Produkční", "Testovací"],
                                ["198.51.100.61", "ano", "ne"],
                                ["198.51.100.62", "ano", "ne"],
                                ["198.51.100.69", "ne", "ano"],
                            ]
                        },
                        "Kontaktní osoba: Karel Švanda, tel. 567 301 245, "
                        "svanda@vysocinaonline.example",
                    ],
                    "footer": "Vysočina Online a.s. | ID DS m3vc8rt",
                },
            )
        ],
    },
    {
        "id": "xa041-apple-pasted-chat",
        "description": "Apple Mail note with a pasted chat from the IT colleague giving the "
        "addresses; the sender stays the contact",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Podcastovna s.r.o.",
            I41,
            None,
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Eliška Hronková",
            "eliska@podcastovna.example",
            "+420777402916",
        ),
        "from": "Eliška Hronková <eliska@podcastovna.example>",
        "subject": "přístup k výsledkům – Podcastovna",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "chtěli bychom o volební noci dělat živý stream s výsledky, takže prosím o "
            f"přístup k XML. Jsme Podcastovna s.r.o., IČO {I41}.\n\n"
            "Adresy mi poslal kolega z IT, vkládám jeho zprávu:\n\n"
            "[14:02] Martin Klíma: prod 198.51.100.201 / test 198.51.100.202\n"
            "[14:03] Martin Klíma: kdyby něco, ať volaj tobě, já budu na horách\n\n"
            "Takže kontakt jsem já, 777 402 916.\n\n"
            "Díky!\nEliška Hronková\n"
        ),
        "html": (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word;"><div>Dobrý den,</div><br>'
            "<div>chtěli bychom o volební noci dělat živý stream s výsledky, takže prosím o "
            f"přístup k XML. Jsme Podcastovna s.r.o., IČO {I41}.</div><br>"
            "<div>Adresy mi poslal kolega z IT, vkládám jeho zprávu:</div><br>"
            '<blockquote type="cite"><div>[14:02] Martin Klíma: prod 198.51.100.201 / test '
            "198.51.100.202</div><div>[14:03] Martin Klíma: kdyby něco, ať volaj tobě, já "
            "budu na horách</div></blockquote><br>"
            "<div>Takže kontakt jsem já, 777 402 916.</div><br>"
            "<div>Díky!</div><div>Eliška Hronková</div></body></html>"
        ),
    },
    {
        "id": "xa042-reply-to-confirmation-new-production",
        "description": "a reply to the office's confirmation that quotes the old approved "
        "addresses and the office's contacts; the new text replaces the production address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Haná Plus s.r.o.",
            I42,
            None,
            ["192.0.2.44"],
            ["192.0.2.31"],
            "Jaroslav Pokorný",
            "pokorny@hanaplus.example",
            "+420585772031",
        ),
        "from": "Jaroslav Pokorný <pokorny@hanaplus.example>",
        "subject": "Re: Potvrzení přístupu k serveru s výsledky voleb",
        "headers": TBIRD,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "děkujeme za potvrzení. Prosím ale o změnu: produkční server 192.0.2.30 jsme "
            "museli vyměnit, nová produkční adresa je 192.0.2.44. Testovací zůstává "
            "stejná, 192.0.2.31.\n\n"
            "Jaroslav Pokorný\nRádio Haná Plus s.r.o., IČO "
            f"{I42}\ntel. 585 772 031\n\n"
            "Dne 9. 10. 2025 v 13:15 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            "> přístup k serveru s výsledky voleb byl zřízen pro adresy:\n"
            "> produkční 192.0.2.30, testovací 192.0.2.31.\n"
            "> Přihlašovací údaje obdržíte samostatně.\n"
            ">\n"
            "> Český statistický úřad, podatelna, tel. 274 052 733, ID DS 2gfaasy\n"
        ),
    },
]
