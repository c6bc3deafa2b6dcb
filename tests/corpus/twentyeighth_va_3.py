"""Twentyeighth held-out part ``va``, cases va029–va042: an iPhone note with a reply-chain
signature, an HTML reply above the office's quoted press release, a recording request withdrawn
in the same mail, a signature with the applicant's data-box ID under the office's quoted
contacts, a mail in German, an RTF attachment, a data message with an XLSX, a freelancer with a
trade name, dates and an OID near the addresses, a forward correcting a test address, an Apple
Mail HTML list with abbreviations, a municipality's base64 windows-1250 letter, a data message
with a text file and a mail naming a technical contact and a separate contact for the
application. Written by hand apart from the extraction rules (see make_twentyeighth_va); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyeighth_va_common import (
    APPLE,
    BOTH,
    EVOLUTION,
    FEED,
    FILM,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2804716"), ico("0619384"), ico("4437108"), ico("2675901")
I34, I35, I36, I37 = ico("0852649"), ico("2418370"), ico("7314625"), ico("0294817")
I38, I39, I40, I41, I42 = (
    ico("2963105"),
    ico("0517736"),
    ico("0027645"),
    ico("4680913"),
    ico("2741058"),
)

PRESS_RELEASE = (
    "<p><b>TISKOVÁ ZPRÁVA – Výsledky voleb pro média</b></p>"
    "<p>Český statistický úřad (IČO 00025593) nabízí médiím přístup k průběžným výsledkům "
    "voleb ve formátu XML. Žádosti přijímá podatelna@czso.cz nebo datová schránka 2gfaasy "
    "do 22. 9. 2025. Uveďte až 5 produkčních a 5 testovacích IP adres (např. 192.0.2.1), "
    "kontaktní osobu, e-mail a telefon. Povolení k natáčení na sběrných místech se žádá "
    "zvlášť.</p><p>Kontakt pro média: tel. 274 052 733</p>"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "va029-iphone-numbers-first",
        "description": "iPhone note listing the addresses before saying which is which, "
        "'ostra'/'testovaci' after each, no diacritics",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Noviny Podlipansko s.r.o.",
            I29,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Vera Kubatova",
            "kubatova@podlipansko.example",
            "+420723450817",
        ),
        "from": "Vera Kubatova <kubatova@podlipansko.example>",
        "subject": "Re: pristup",
        "headers": IPHONE,
        "body": (
            "dobry den, posilam ty ip jak jsme se bavili po telefonu:\n"
            "192.0.2.200 ostra\n192.0.2.201 testovaci\n"
            f"Noviny Podlipansko s.r.o. ic {I29}\n"
            "Vera Kubatova 723450817\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "va030-html-reply-over-press-release",
        "description": "HTML-only Outlook reply above the office's quoted press release, "
        "which carries the office's IČO, data box, phone and an example address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Echo Vysočiny, z.s.",
            I30,
            None,
            ["203.0.113.15"],
            ["203.0.113.16"],
            "Zuzana Křížová",
            "krizova@echovysociny.example",
            "+420567213048",
        ),
        "from": "Zuzana Křížová <krizova@echovysociny.example>",
        "subject": "RE: TISKOVÁ ZPRÁVA – Výsledky voleb pro média",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            "<p>Dobrý den,</p><p>na základě tiskové zprávy níže žádáme o přístup k XML.</p>"
            '<table border="1" cellpadding="3"><tr><td>Žadatel</td>'
            f"<td>Echo Vysočiny, z.s., IČO {I30}</td></tr>"
            "<tr><td>Produkční IP</td><td>203.0.113.15</td></tr>"
            "<tr><td>Testovací IP</td><td>203.0.113.16</td></tr>"
            "<tr><td>Kontakt</td><td>Zuzana Křížová, 567 213 048, "
            "krizova@echovysociny.example</td></tr></table>"
            "<p>Zuzana Křížová<br>Echo Vysočiny</p>"
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
            "<p><b>From:</b> Český statistický úřad &lt;podatelna@czso.cz&gt;<br>"
            "<b>Sent:</b> Monday, September 8, 2025 10:00 AM<br>"
            "<b>Subject:</b> TISKOVÁ ZPRÁVA – Výsledky voleb pro média</p></div>"
            f"<blockquote>{PRESS_RELEASE}</blockquote>"
            "</body></html>"
        ),
    },
    {
        "id": "va031-film-withdrawn-later",
        "description": "asks for the feed and filming, then withdraws the filming at the end "
        "of the same mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Deník Slovácko s.r.o.",
            I31,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.69"],
            "Roman Zapletal",
            "zapletal@denikslovacko.example",
            "+420572118436",
        ),
        "from": "Roman Zapletal <zapletal@denikslovacko.example>",
        "subject": "přístup k výsledkům + natáčení",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"Deník Slovácko s.r.o. (IČO {I31}) žádá o přístup k XML výsledkům voleb "
            "a o povolení natáčení na sběrném místě v Uherském Hradišti.\n\n"
            "Produkční: 198.51.100.60, 198.51.100.61\nTestovací: 198.51.100.69\n\n"
            "Kontakt: Roman Zapletal, 572 118 436\n\n"
            "P.S. Teď jsem se dozvěděl, že kameraman ten večer nebude – natáčení tedy "
            "prosím škrtněte, žádáme jen o ten přístup k XML.\n\n"
            "Roman Zapletal\n"
        ),
    },
    {
        "id": "va032-signature-databox-id-office-quoted",
        "description": "reply whose signature gives the applicant's data-box ID; the quoted "
        "office mail shows the office's own box, IČO and phone",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Brněnský metropolitní deník a.s.",
            I32,
            "h2xw7kb",
            ["203.0.113.101"],
            ["203.0.113.102"],
            "Adam Richter",
            "richter@bmdenik.example",
            "+420541009322",
        ),
        "from": "Adam Richter <richter@bmdenik.example>",
        "subject": "Re: Dotaz – přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "děkuji za informace, tímto tedy žádáme o přístup k XML výsledkům. "
            "Produkční adresa 203.0.113.101, testovací 203.0.113.102. Kontaktní osobou "
            "jsem já.\n\n"
            "S pozdravem\n"
            "Adam Richter\nvedoucí datové redakce\n"
            "Brněnský metropolitní deník a.s.\n"
            f"IČO: {I32} | ID datové schránky: h2xw7kb\n"
            "tel.: +420 541 009 322\n\n"
            "----- Původní zpráva -----\n"
            'Od: "Podatelna CSU" <podatelna@czso.cz>\n'
            "Komu: richter@bmdenik.example\n"
            "Odesláno: úterý, 9. září 2025 13:40:11\n\n"
            "> Dobrý den,\n"
            "> žádost lze podat e-mailem na tuto adresu nebo do datové schránky\n"
            "> 2gfaasy (Český statistický úřad, IČO 00025593). Dotazy: 274 052 733.\n"
        ),
    },
    {
        "id": "va033-austrian-in-german",
        "description": "Austrian broadcaster writing in German, 'Produktiv'/'Test', an "
        "Austrian phone, no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenland Rundfunk GmbH",
            None,
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            "Stefan Huber",
            "s.huber@alpenland-rf.example",
            "+436641827350",
        ),
        "from": "Stefan Huber <s.huber@alpenland-rf.example>",
        "subject": "Antrag: Zugang zu den Wahlergebnissen (XML)",
        "headers": OWA,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Alpenland Rundfunk GmbH (FN 318245k, Linz) beantragt den Zugang zu den "
            "Wahlergebnissen im XML-Format.\n\n"
            "Produktiv-IPs: 192.0.2.240, 192.0.2.241\n"
            "Test-IP: 192.0.2.250\n\n"
            "Eine tschechische IČO haben wir nicht. Ansprechpartner ist Stefan Huber, "
            "Tel. +43 664 1827350.\n\n"
            "Mit freundlichen Grüßen\nStefan Huber\nTechnik / Grafik\n"
        ),
    },
    {
        "id": "va034-rtf-attachment-table",
        "description": "the application only in an RTF attachment with a table; the mail "
        "body is one line",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Regionální vysílání Morava, spol. s r.o.",
            I34,
            None,
            ["198.51.100.30"],
            ["198.51.100.31", "198.51.100.32"],
            "Hynek Slavík",
            "slavik@rvmorava.example",
            "+420583441290",
        ),
        "from": "Hynek Slavík <slavik@rvmorava.example>",
        "subject": "žádost v příloze",
        "headers": EVOLUTION,
        "body": "Dobrý den, žádost posílám v příloze. Slavík\n",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    f"Regionální vysílání Morava, spol. s r.o., IČO {I34}",
                    "Žádost o přístup k XML výsledkům voleb",
                    [
                        ["Typ", "Adresa"],
                        ["Produkční", "198.51.100.30"],
                        ["Testovací", "198.51.100.31"],
                        ["Testovací", "198.51.100.32"],
                    ],
                    "Kontakt: Hynek Slavík, 583 441 290, slavik@rvmorava.example",
                ],
            )
        ],
    },
    {
        "id": "va035-databox-xlsx",
        "description": "data message with an XLSX whose columns are the roles and a contact "
        "row; the annotation only names the subject",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Infoservis Jeseníky s.r.o.",
            I35,
            "e9bn5jv",
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["192.0.2.20"],
            "Josef Holub",
            "holub@infojeseniky.example",
            "+420584772031",
        ),
        "subject": "Volby 2025 - IP adresy pro XML",
        "databox": {
            "box": "e9bn5jv",
            "sender": "Infoservis Jeseníky s.r.o.",
            "address": "Lipovská 14, 790 01 Jeseník",
        },
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Infoservis Jeseníky s.r.o.", None, f"IČO {I35}"],
                            ["žádost o přístup k XML výsledkům voleb", None, None],
                            ["produkční", "testovací", None],
                            ["192.0.2.10", "192.0.2.20", None],
                            ["192.0.2.11", None, None],
                            ["192.0.2.12", None, None],
                            ["kontakt", "Josef Holub", "584 772 031"],
                            ["e-mail", "holub@infojeseniky.example", None],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "va036-freelancer-trade-name-film",
        "description": "freelance videographer with a trade name joined by a dash, asks only "
        "to film; the feed is mentioned as not wanted",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Tomáš Brabec – Brabec Video",
            I36,
            None,
            [],
            [],
            "Tomáš Brabec",
            "tomas@brabecvideo.example",
            "+420776205913",
        ),
        "from": "Tomáš Brabec <tomas@brabecvideo.example>",
        "subject": "povolení k natáčení – sběrné místo Most",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den,\n\n"
            "točím pro Zpravodaj města Mostu volební reportáž a potřeboval bych povolení "
            "natáčet na sběrném místě v Mostě (4. 10. cca 14–16 h). Fakturuju jako OSVČ "
            f"(Tomáš Brabec – Brabec Video, IČO {I36}).\n"
            "XML data nepotřebuju.\n\n"
            "Tomáš Brabec\n776 205 913\n"
        ),
    },
    {
        "id": "va037-dates-oid-noise",
        "description": "IT head's mail with dates, an OID of the certificate policy and a "
        "version near the addresses; roles in parentheses",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Severomoravské zprávy, a.s.",
            I37,
            None,
            ["203.0.113.220"],
            ["203.0.113.221"],
            "Michal Sýkora",
            "sykora@smzpravy.example",
            "+420595630118",
        ),
        "from": "Michal Sýkora <sykora@smzpravy.example>",
        "subject": "XML výsledky voleb - Severomoravské zprávy",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            f"za Severomoravské zprávy, a.s., IČO {I37}, žádám o přístup k XML "
            "výsledkům voleb ve dnech 3.10.2025 a 4.10.2025.\n\n"
            "Adresy: 203.0.113.220 (produkce), 203.0.113.221 (test).\n"
            "Klientský certifikát máme od 1.9.2025 (politika 1.3.6.1.4.1.23624.10.1.2, "
            "klient v. 4.2.1.7).\n\n"
            "Michal Sýkora, vedoucí IT\ntel. 595 630 118\n"
        ),
    },
    {
        "id": "va038-forward-test-corrected",
        "description": "editor forwards the IT mail and corrects its test address in the "
        "forwarding text",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Pardubický Posel s.r.o.",
            I38,
            None,
            ["198.51.100.40", "198.51.100.41"],
            ["198.51.100.46"],
            "Aleš Fiala",
            "fiala@pardubickyposel.example",
            "+420608904127",
        ),
        "from": "Aleš Fiala <fiala@pardubickyposel.example>",
        "subject": "Fwd: IP pro ČSÚ",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"posílám žádost Pardubického Posla s.r.o. (IČO {I38}) o přístup k XML "
            "výsledkům – adresy jsou v přeposlaném mailu od našeho IT. Jen pozor: "
            "testovací 198.51.100.45 už neplatí, místo ní použijte 198.51.100.46.\n"
            "Kontakt jsem já, 608 904 127.\n\n"
            "Aleš Fiala\n\n"
            "Začátek přeposílané zprávy:\n\n"
            "Od: Milan Kos <kos@pardubickyposel.example>\n"
            "Předmět: IP pro ČSÚ\n"
            "Datum: 11. září 2025 15:03:27 SELČ\n"
            "Komu: Aleš Fiala <fiala@pardubickyposel.example>\n\n"
            "Ahoj,\nprodukce 198.51.100.40 a 198.51.100.41, test 198.51.100.45.\nMilan\n"
        ),
    },
    {
        "id": "va039-apple-html-list-abbreviations",
        "description": "HTML-only Apple Mail with a bulleted list: 'primár', 'záloha' and "
        "'TST' abbreviations",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Středočeský rozhled, a. s.",
            I39,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Nikola Vacková",
            "vackova@scrozhled.example",
            "+420721340586",
        ),
        "from": "Nikola Vacková <vackova@scrozhled.example>",
        "subject": "přístup XML volby",
        "headers": APPLE,
        "html": (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word;">'
            f"<div>Dobrý den,</div><div>za Středočeský rozhled, a. s. (IČO {I39}) "
            "prosím o přístup k XML výsledkům. Adresy:</div>"
            "<ul><li>primár: 192.0.2.180</li><li>záloha: 192.0.2.181</li>"
            "<li>TST: 192.0.2.189</li></ul>"
            "<div>Nikola Vacková, 721 340 586</div><div><br></div>"
            "<div>Odesláno z mého Macu</div></body></html>"
        ),
    },
    {
        "id": "va040-municipality-base64-letter",
        "description": "town hall letter in base64 windows-1250 from Outlook: the town's own "
        "TV wants the feed and to film, starosta signs, the contact is the TV editor",
        "style": Style.LETTER,
        "labels": L(
            BOTH,
            "Město Horní Bříza",
            I40,
            None,
            ["203.0.113.5"],
            [],
            "Kamila Nosková",
            "noskova@hornibriza.example",
            "+420377954210",
        ),
        "from": "Podatelna Horní Bříza <podatelna@hornibriza.example>",
        "subject": "Žádost Města Horní Bříza – volby",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "base64",
        "body": (
            "Vážení,\n\n"
            f"Město Horní Bříza, IČO {I40}, provozuje místní kabelovou televizi a pro "
            "volební vysílání žádá:\n"
            "– o přístup k průběžným výsledkům voleb ve formátu XML (produkční IP "
            "203.0.113.5; testovací nemáme),\n"
            "– o povolení natáčet na sběrném místě v Plzni.\n\n"
            "Kontaktní osoba: Kamila Nosková, redaktorka TV Horní Bříza, tel. 377 954 210, "
            "noskova@hornibriza.example.\n\n"
            "S pozdravem\nIng. Vladimír Šulc\nstarosta\nMěsto Horní Bříza\n"
            "tel. 377 954 100\n"
        ),
    },
    {
        "id": "va041-databox-txt-viz-priloha",
        "description": "data message whose annotation says 'see the attachment'; a plain "
        "text file carries the application with IPv6 production addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Internetová televize Polička s.r.o.",
            I41,
            "z6rf2qy",
            ["2001:db8:c0::10", "2001:db8:c0::11"],
            ["198.51.100.77"],
            "Radim Doubrava",
            "doubrava@itvpolicka.example",
            "+420461722390",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – viz příloha",
        "databox": {
            "box": "z6rf2qy",
            "sender": "Internetová televize Polička s.r.o.",
            "address": "Palackého nám. 2, 572 01 Polička",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Žadatel: Internetová televize Polička s.r.o.\n"
                f"IČO: {I41}\n"
                "Žádáme o přístup k XML výsledkům voleb.\n"
                "Produkční adresy (IPv6): 2001:db8:c0::10, 2001:db8:c0::11\n"
                "Testovací adresa: 198.51.100.77\n"
                "Kontakt: Radim Doubrava, +420 461 722 390, doubrava@itvpolicka.example\n",
            )
        ],
    },
    {
        "id": "va042-two-contacts-roles",
        "description": "Evolution mail naming a person for technical questions and a "
        "different contact person for the application; both types requested",
        "style": Style.SIGNATURE,
        "labels": L(
            BOTH,
            "Hlas Kroměříže s.r.o.",
            I42,
            None,
            ["192.0.2.222"],
            ["192.0.2.223"],
            "Irena Zedníková",
            "zednikova@hlaskromerize.example",
            "+420573502811",
        ),
        "from": "Petr Vlach <vlach@hlaskromerize.example>",
        "subject": "XML + natáčení, Hlas Kroměříže",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"Hlas Kroměříže s.r.o. (IČO {I42}) žádá o přístup k XML výsledkům voleb "
            "a o povolení natáčení na sběrném místě v Kroměříži.\n\n"
            "IP produkce: 192.0.2.222, IP test: 192.0.2.223\n\n"
            "Technické dotazy: Petr Vlach (já), 573 502 899\n"
            "Kontaktní osoba pro tuto žádost: Irena Zedníková, 573 502 811, "
            "zednikova@hlaskromerize.example\n\n"
            "Petr Vlach\nsprávce sítě\n"
        ),
    },
]
