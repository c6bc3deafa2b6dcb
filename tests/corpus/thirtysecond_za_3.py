"""Thirty-second held-out part ``za``, cases za029–za042: a flowed K-9 note whose roles wrap, a
withdrawn filming request, a Gmail table with a spanning header, ODT and RTF attachments, a reply
that corrects the IČO of the quoted original, a municipal data message with an ODT letter, a
Ukrainian freelancer, a web agency writing for a client, an OID and dates among the addresses, a
box ID in an HTML signature, a phone postscript, an internal forward of the office's press release
and an HTML form with bracket boxes. Written by hand apart from the extraction rules (see
make_thirtysecond_za); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysecond_za_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2806954"), ico("0574123"), ico("2931785"), ico("0864512")
I33, I34, I35, I36 = ico("2264739"), ico("2718396"), ico("0047519"), ico("1932857")
I37, I38, I39, I40 = ico("2790642"), ico("6451308"), ico("2876210"), ico("4309875")
I41, I42 = ico("2619743"), ico("0537821")


def _swap(value: str) -> str:
    """The IČO with its last two digits swapped (the applicant's typo, failing the checksum)."""
    return value[:6] + value[7] + value[6]


assert _swap(I34) != I34

CASES: list[dict[str, Any]] = [
    {
        "id": "za029-k9-flowed-delsp-wrapped-roles",
        "description": "K-9 mail in format=flowed with delsp: the sentence giving the roles wraps "
        "between the role word and the address",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Týdeník Polička s.r.o.",
            I29,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Jan Kyncl",
            "kyncl@tydenikpolicka.example",
            "+420739005826",
        ),
        "from": "Jan Kyncl <kyncl@tydenikpolicka.example>",
        "subject": "Volby – přístup k XML",
        "headers": K9,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n"
            "prosím o přístup k výsledkům voleb ve formátu XML pro Týdeník Polička s.r.o.,  \n"
            f"IČO {I29}. Produkční adresa našeho serveru je  \n"
            "203.0.113.150 a ta testovací, ze které to budeme zkoušet předem, je  \n"
            "203.0.113.151.\n"
            "Jan Kyncl, 739 005 826\n\n"
            "-- \nOdesláno z K-9 Mail.\n"
        ),
    },
    {
        "id": "za030-filming-withdrawn-ps",
        "description": "chatty mail asking for the feed and filming; a postscript withdraws the "
        "filming",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kutnohorský deník s.r.o.",
            I30,
            None,
            ["198.51.100.60"],
            ["198.51.100.61"],
            "Blanka Říhová",
            "rihova@kutnohorskydenik.example",
            "+420721556093",
        ),
        "from": "Blanka Říhová <rihova@kutnohorskydenik.example>",
        "subject": "XML + natáčení",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "Kutnohorský deník s.r.o. (IČO "
            f"{I30}) by letos rád dvě věci: přístup k XML s výsledky (produkce "
            "198.51.100.60, test 198.51.100.61) a taky bychom si rádi natočili, jak to u vás na "
            "sběrném místě v Kutné Hoře vypadá.\n\n"
            "Kontakt jsem já, 721 556 093.\n\n"
            "Díky!\nBlanka Říhová\n\n"
            "PS: Natáčení prosím škrtněte, kameraman ten víkend nemůže. Takže jen to XML.\n"
        ),
    },
    {
        "id": "za031-gmail-html-spanning-header",
        "description": "HTML-only Gmail mail: a table whose first header spans two columns "
        "(ostrý provoz | test) with two rows of addresses",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Zlatá stezka media, s.r.o.",
            I31,
            None,
            ["192.0.2.44", "192.0.2.45"],
            ["192.0.2.54", "192.0.2.55"],
            "Karel Vojta",
            "vojta@zlatastezka.example",
            "+420602880471",
        ),
        "from": "Karel Vojta <vojta@zlatastezka.example>",
        "subject": "Žádost o přístup – výsledky voleb",
        "headers": GMAIL,
        "cte": "base64",
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>posílám žádost o přístup '
            f"k XML s výsledky voleb za Zlatá stezka media, s.r.o., IČO {I31}.</div><div><br>"
            '</div><table border="1" cellspacing="0" cellpadding="3" '
            'style="border-collapse:collapse">'
            '<tr><th colspan="2">IP adresy</th></tr>'
            "<tr><th>ostrý provoz</th><th>test</th></tr>"
            "<tr><td>192.0.2.44</td><td>192.0.2.54</td></tr>"
            "<tr><td>192.0.2.45</td><td>192.0.2.55</td></tr>"
            "</table><div><br></div><div>Kontakt: Karel Vojta, +420 602 880 471</div>"
            '<div><br></div><div>-- <br><div dir="ltr" class="gmail_signature">Karel Vojta'
            "<br>Zlatá stezka media | Prachatice</div></div></div>"
        ),
    },
    {
        "id": "za032-odt-weekly-backup",
        "description": "Roundcube mail with an ODT application: production, backup and test in a "
        "table; the contact is the editor who does not send the mail",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Jesenický týdeník s.r.o.",
            I32,
            None,
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.89"],
            "Šárka Pavlíková",
            "pavlikova@jesenickytydenik.example",
            "+420584401736",
        ),
        "from": "Sekretariát Jesenický týdeník <sekretariat@jesenickytydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb (příloha)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost o přístup k výsledkům voleb.\n\n"
            "Sekretariát\nJesenický týdeník\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_CSU.odt",
                [
                    "Jesenický týdeník s.r.o., Masarykovo nám. 1/8, 790 01 Jeseník",
                    f"IČO: {I32}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["Typ", "IP adresa"],
                        ["produkční", "203.0.113.81"],
                        ["záložní", "203.0.113.82"],
                        ["testovací", "203.0.113.89"],
                    ],
                    "Kontaktní osoba: Šárka Pavlíková, redaktorka, tel. 584 401 736, "
                    "pavlikova@jesenickytydenik.example",
                    "V Jeseníku 11. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "za033-rtf-association-both",
        "description": "Evolution mail with an RTF letter of an association asking for both, "
        "roles in an RTF table; the contact's mobile before the office line",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED, FILM],
            "Občanské rádio Vysočina, z. s.",
            I33,
            None,
            ["198.51.100.30"],
            ["198.51.100.31"],
            "Roman Fiala",
            "fiala@obcanskeradio.example",
            "+420608719254",
        ),
        "from": "Roman Fiala <fiala@obcanskeradio.example>",
        "subject": "zadost volby 2025",
        "headers": EVOLUTION,
        "body": "Dobrý den, žádost v příloze (RTF).\nR. Fiala\n",
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "Občanské rádio Vysočina, z. s.",
                    f"IČO {I33}",
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML a o povolení "
                    "pořídit zvukový záznam na sběrném místě v Jihlavě.",
                    [
                        ["Produkční IP", "Testovací IP"],
                        ["198.51.100.30", "198.51.100.31"],
                    ],
                    "Kontakt: Roman Fiala, mobil 608 719 254, kancelář 567 300 210, "
                    "fiala@obcanskeradio.example",
                ],
            )
        ],
    },
    {
        "id": "za034-reply-corrects-ico",
        "description": "reply to the office's query about an IČO that fails the checksum: the "
        "new text gives the right IČO, the rest is in the quoted original it refers to",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Slovácký expres s.r.o.",
            I34,
            None,
            ["192.0.2.220", "192.0.2.221"],
            [],
            "Pavel Machala",
            "machala@slovackyexpres.example",
            "+420731840266",
        ),
        "from": "Pavel Machala <machala@slovackyexpres.example>",
        "subject": "RE: Žádost o přístup k XML – ověření IČO",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"omlouvám se, přehodil jsem poslední dvě číslice. Správné IČO je {I34}. "
            "Ostatní údaje v žádosti níže platí.\n\n"
            "Pavel Machala\n\n"
            "-----Original Message-----\n"
            "From: podatelna@czso.cz\n"
            "Sent: Friday, September 12, 2025 10:41 AM\n"
            "To: Pavel Machala <machala@slovackyexpres.example>\n"
            "Subject: Žádost o přístup k XML – ověření IČO\n\n"
            "Dobrý den, uvedené IČO neodpovídá žádnému subjektu, ověřte jej prosím.\n"
            "ČSÚ, IČO 00025593, tel. 274 052 733\n\n"
            "-----Original Message-----\n"
            "From: Pavel Machala <machala@slovackyexpres.example>\n"
            "Sent: Thursday, September 11, 2025 3:12 PM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k XML\n\n"
            f"Žádáme o přístup k výsledkům voleb. Slovácký expres s.r.o., IČO {_swap(I34)}.\n"
            "IP: 192.0.2.220 a 192.0.2.221, obě produkční, test nepotřebujeme.\n"
            "Kontakt: Pavel Machala, 731 840 266\n"
        ),
    },
    {
        "id": "za035-databox-odt-letter-only",
        "description": "municipal TV's data message with a bare annotation; the application is "
        "only in the ODT letter, which also names the office",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Městská televize Žďár, příspěvková organizace",
            I35,
            "z9fe3pq",
            ["198.51.100.245"],
            ["198.51.100.246"],
            "Libor Tesař",
            "tesar@mtzdar.example",
            "+420566627350",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "z9fe3pq",
            "sender": "Městská televize Žďár, příspěvková organizace",
            "address": "Náměstí Republiky 1, 591 01 Žďár nad Sázavou",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    "Městská televize Žďár, příspěvková organizace",
                    f"IČO {I35}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML z těchto adres:",
                    [
                        ["produkční", "198.51.100.245"],
                        ["testovací", "198.51.100.246"],
                    ],
                    "Kontaktní osoba: Libor Tesař, technik, 566 627 350, tesar@mtzdar.example",
                    "Mgr. Jitka Nováková, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "za036-ukrainian-freelancer-trade-name",
        "description": "Ukrainian freelancer in Brno writing English: a person's name and trade "
        "name joined by a dash, a Czech IČO with the prefix 'ID', a Ukrainian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Olena Kovalenko – UA Brno News",
            I36,
            None,
            ["203.0.113.165"],
            ["203.0.113.166"],
            "Olena Kovalenko",
            "olena@uabrnonews.example",
            "+380672143809",
        ),
        "from": "Olena Kovalenko <olena@uabrnonews.example>",
        "subject": "Access to election results XML (Ukrainian-language news)",
        "headers": TBIRD,
        "body": (
            "Dear colleagues,\n\n"
            "I run a small Ukrainian-language news site for Ukrainians living in Czechia. I am "
            "self-employed (OSVČ): Olena Kovalenko – UA Brno News, company ID (IČO) "
            f"{I36}.\n\n"
            "I would like to ask for access to the election results in XML.\n"
            "Production server: 203.0.113.165\n"
            "Test server: 203.0.113.166\n\n"
            "Phone: +380 67 214 3809 (I use my Ukrainian number also here)\n\n"
            "Thank you very much,\nOlena Kovalenko\n"
        ),
    },
    {
        "id": "za037-agency-for-client-both",
        "description": "web agency writing for its client: the client applies, the client's "
        "editor is the named contact, filming by the client's crew too",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED, FILM],
            "Zlínský obzor s.r.o.",
            I37,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Michaela Ondrová",
            "ondrova@zlinskyobzor.example",
            "+420777342690",
        ),
        "from": "Jiří Staněk <stanek@pixelmill.example>",
        "subject": "Zlínský obzor – XML výsledky + natáčení",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "jsme webová agentura PixelMill a spravujeme web pro klienta Zlínský obzor s.r.o. "
            f"(IČO {I37}). Jejich jménem žádám o:\n"
            "1. přístup k XML s výsledky – produkce 192.0.2.160 a 192.0.2.161 (naše hostingové "
            "servery), test 192.0.2.170;\n"
            "2. povolení natáčení na sběrném místě ve Zlíně pro jejich video redakci.\n\n"
            "Kontaktní osobou za klienta je šéfredaktorka Michaela Ondrová, 777 342 690, "
            "ondrova@zlinskyobzor.example. Já jsem k dispozici jen pro technické dotazy.\n\n"
            "Jiří Staněk\nPixelMill s.r.o. | +420 604 118 227\n"
        ),
    },
    {
        "id": "za038-oid-port-dates-noise",
        "description": "an IT admin's mail with an SNMP OID, a port, a date and a ticket number "
        "near the addresses, and a TXT of firewall rules repeating them with /32",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Liberecký rozhled a.s.",
            I38,
            None,
            ["198.51.100.12", "198.51.100.13"],
            ["198.51.100.19"],
            "Ivo Matějka",
            "matejka@libereckyrozhled.example",
            "+420485300718",
        ),
        "from": "Ivo Matějka <matejka@libereckyrozhled.example>",
        "subject": "[TICKET#20250914.3] přístup k volebnímu XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "za Liberecký rozhled a.s. (IČO "
            f"{I38}) žádám o přístup k XML výsledkům voleb.\n\n"
            "Stahovat budeme z 198.51.100.12 a 198.51.100.13 (produkce), testovat z "
            "198.51.100.19. Odchozí spojení na váš port 443 máme povolené od 1.10.2025, "
            "dostupnost hlídáme přes SNMP (OID 1.3.6.1.4.1.2021.10.1.3.1).\n\n"
            "Kontakt: Ivo Matějka, správce systémů, 485 300 718\n"
            "(v příloze výpis pravidel firewallu, kdyby se to hodilo)\n"
        ),
        "attachments": [
            (
                "txt",
                "firewall_csu.txt",
                "# odchozi na CSU volby, plati od 1.10.2025\n"
                "-A OUTPUT -s 198.51.100.12/32 -p tcp --dport 443 -j ACCEPT\n"
                "-A OUTPUT -s 198.51.100.13/32 -p tcp --dport 443 -j ACCEPT\n"
                "-A OUTPUT -s 198.51.100.19/32 -p tcp --dport 443 -j ACCEPT  # test\n",
            )
        ],
    },
    {
        "id": "za039-html-signature-box-id",
        "description": "HTML-only Outlook mail; IČO with spaces and the data-box ID only in the "
        "signature block, the sender is the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Plzeňský kurýr, s.r.o.",
            I39,
            "m6rb3xa",
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Denisa Kolářová",
            "kolarova@plzenskykuryr.example",
            "+420377150942",
        ),
        "from": "Kolářová Denisa <kolarova@plzenskykuryr.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">prosíme o zřízení přístupu k volebním výsledkům v XML. '
            "Produkční IP: 203.0.113.240, testovací IP: 203.0.113.241. Kontaktní osobou jsem "
            "já.</p>"
            '<p class="MsoNormal">Děkuji</p>'
            '<table border="0"><tr><td style="border-right:2px solid #c00">'
            '<img src="cid:logo.png" alt="Plzeňský kurýr"></td><td>'
            '<p class="MsoNormal"><b>Denisa Kolářová</b> | digitální redakce<br>'
            "Plzeňský kurýr, s.r.o. | Americká 42, 301 00 Plzeň<br>"
            f"IČ: {I39[:2]} {I39[2:5]} {I39[5:]} | ID DS: m6rb3xa<br>"
            "T: +420 377 150 942 | redakce: +420 377 150 900</p></td></tr></table>"
            "</div></body></html>"
        ),
    },
    {
        "id": "za040-iphone-postscript-test",
        "description": "iPhone note with only a production address, and a second paragraph "
        "adding the forgotten test address",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Boleslavský večer s.r.o.",
            I40,
            None,
            ["192.0.2.195"],
            ["192.0.2.199"],
            "Michal Vaněk",
            "vanek@boleslavskyvecer.example",
            "+420776819043",
        ),
        "from": "Michal Vaněk <vanek@boleslavskyvecer.example>",
        "subject": "pristup xml vysledky",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, prosim o pristup k vysledkum voleb v xml pro Boleslavský večer s.r.o., "
            f"ICO {I40}. Adresa 192.0.2.195.\n"
            "Michal Vaněk +420 776 819 043\n\n"
            "jo a test zapomnel jsem: 192.0.2.199\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "za041-forward-of-press-release",
        "description": "the application on top of an internal forward of the office's press "
        "release with the office's IČO, box, phone and port",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Rádio Krušnohoří s.r.o.",
            I41,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Tomáš Lorenc",
            "lorenc@radiokrusnohori.example",
            "+420603271584",
        ),
        "from": "Tomáš Lorenc <lorenc@radiokrusnohori.example>",
        "subject": "Fwd: FW: TZ ČSÚ – výsledky voleb pro média",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "na základě tiskové zprávy níže (přeposlala mi ji kolegyně) žádáme o přístup.\n"
            f"Rádio Krušnohoří s.r.o., IČO {I41}\n"
            "produkční IP 198.51.100.77, testovací IP 198.51.100.78\n"
            "kontakt Tomáš Lorenc, 603 271 584\n\n"
            "Díky, T. Lorenc\n\n"
            "________________________________\n"
            "Od: Věra Šulcová <sulcova@radiokrusnohori.example>\n"
            "Odesláno: pondělí 8. září 2025 11:20\n"
            "Komu: Tomáš Lorenc <lorenc@radiokrusnohori.example>\n"
            "Předmět: FW: TZ ČSÚ – výsledky voleb pro média\n\n"
            "Tome, mrkni na to, to je pro tebe.\nV.\n\n"
            "________________________________\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n"
            "Předmět: TZ ČSÚ – výsledky voleb pro média\n\n"
            "Český statistický úřad (IČO 00025593) poskytne médiím průběžné výsledky voleb "
            "ve formátu XML přes HTTPS (port 443). Žádosti s IP adresami (max. 5 produkčních "
            "a 5 testovacích) zasílejte na podatelna@czso.cz nebo do datové schránky 2gfaasy. "
            "Informace: tel. 274 052 733.\n"
        ),
    },
    {
        "id": "za042-owa-html-bracket-form-filming",
        "description": "HTML-only form with bracket boxes: filming ticked, the XML feed not, "
        "and a sentence saying the feed is not needed this year",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Regionální televize Vysočina TV, s.r.o.",
            I42,
            None,
            [],
            [],
            "Marcela Dušková",
            "duskova@vysocinatv.example",
            "+420567210483",
        ),
        "from": "Marcela Dušková <duskova@vysocinatv.example>",
        "subject": "Žádost – natáčení na sběrném místě",
        "headers": OWA,
        "html": (
            '<html><body><div style="font-family:Segoe UI;font-size:11pt">'
            "<p>Dobrý den,</p><p>vyplnila jsem Váš formulář:</p>"
            "<p>Žadatel: Regionální televize Vysočina TV, s.r.o.<br>"
            f"IČO: {I42}<br>"
            "[ ] přístup k výsledkům ve formátu XML<br>"
            "[x] povolení k natáčení na sběrném místě (Jihlava, 4. 10. 2025)</p>"
            "<p>XML letos nepotřebujeme, výsledky máme z loňského připojení přes "
            "partnera.</p>"
            "<p>Kontaktní osoba: Marcela Dušková, 567 210 483</p>"
            "<p>S pozdravem<br>Marcela Dušková<br>produkce</p>"
            "</div></body></html>"
        ),
    },
]
