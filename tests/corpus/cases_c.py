"""Corpus cases 42–: written after the extractor, as a check on generalisation (Outlook HTML,
Gmail quotes, organisations without a legal form, masks, tab-separated forms …)."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import BOTH, FEED, REC, L

CASES: list[dict[str, Any]] = [
    {
        "id": "42-outlook-html-reply",
        "description": "Outlook HTML reply: own text above, the office's mail below a From/Sent block",
        "from": "Jitka Moravcová <jitka.moravcova@rozhlas-radio.example>",
        "subject": "RE: Vyhrazené připojení – doplnění údajů",
        "html": """<html><body><div class="WordSection1">
<p class="MsoNormal">Dobrý den,</p>
<p class="MsoNormal">doplňujeme údaje k žádosti Českého rozhlasu:</p>
<p class="MsoNormal">Žadatel: Český rozhlas<br>IČO: 45245053</p>
<p class="MsoNormal">IP adresy – ostrý provoz: 194.213.38.11, 194.213.38.12<br>
IP adresy – test: 194.213.38.50</p>
<p class="MsoNormal">Kontaktní osoba: Jitka Moravcová<br>Tel.: +420 221 551 234<br>
E-mail: jitka.moravcova@rozhlas-radio.example</p>
<p class="MsoNormal">S pozdravem<br>Jitka Moravcová<br>Český rozhlas | Vinohradská 12 | Praha 2</p>
<div style="border-top:solid #E1E1E1 1.0pt">
<p class="MsoNormal"><b>From:</b> Petr Úředník &lt;petr.urednik@czso.cz&gt;<br>
<b>Sent:</b> Tuesday, December 13, 2022 9:02 AM<br><b>To:</b> Jitka Moravcová<br>
<b>Subject:</b> Vyhrazené připojení</p></div>
<p class="MsoNormal">Prosíme o doplnění IP adres. Petr Úředník, tel. 274 052 321</p>
</div></body></html>""",
        "labels": L(
            FEED,
            "Český rozhlas",
            "45245053",
            None,
            ["194.213.38.11", "194.213.38.12"],
            ["194.213.38.50"],
            "Jitka Moravcová",
            "jitka.moravcova@rozhlas-radio.example",
            "+420221551234",
        ),
    },
    {
        "id": "43-gmail-quote-wrapped",
        "description": "Gmail reply with a wrapped attribution line and quoted earlier request",
        "from": "Filip Horáček <filip.horacek@svobodne-noviny.example>",
        "subject": "Re: XML server",
        "body": """Dobrý den,

posílám finální seznam adres za Svobodné noviny, s.r.o. (IČO 27081800).

Primární server: 91.239.200.14
Sekundární server: 91.239.200.15
Testovací prostředí: 91.239.200.99

Kontakt: Filip Horáček, 777 555 123

Filip

Dne po 12. 12. 2022 14:03 odesílatel Filip Horáček <
filip.horacek@svobodne-noviny.example> napsal:

> Dobrý den, chystáme žádost, dáme vědět. IP 91.239.200.1 už neplatí.
> Filip Horáček, tel. 602 000 111
""",
        "labels": L(
            FEED,
            "Svobodné noviny, s.r.o.",
            "27081800",
            None,
            ["91.239.200.14", "91.239.200.15"],
            ["91.239.200.99"],
            "Filip Horáček",
            "filip.horacek@svobodne-noviny.example",
            "+420777555123",
        ),
    },
    {
        "id": "44-tab-form-docx",
        "description": "DOCX form table with labels and values in cells (no colons)",
        "from": "Eliška Nováková <novakova@denik-sever.example>",
        "subject": "Žádost o registraci",
        "body": "Dobrý den,\nv příloze žádost.\n\nEliška Nováková\n",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                [
                    "ŽÁDOST O REGISTRACI K VYHRAZENÉMU PŘIPOJENÍ",
                    [
                        ["Název organizace", "Deník Sever"],
                        ["IČO", "25013891"],
                        ["ID datové schránky", "q8rt2mn"],
                        ["Produkční IP adresy", "176.74.128.3\n176.74.128.4"],
                        ["Testovací IP adresy", "176.74.128.200"],
                        ["Kontaktní osoba", "Eliška Nováková"],
                        ["Telefon", "412 111 222"],
                        ["E-mail", "novakova@denik-sever.example"],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED,
            "Deník Sever",
            "25013891",
            "q8rt2mn",
            ["176.74.128.3", "176.74.128.4"],
            ["176.74.128.200"],
            "Eliška Nováková",
            "novakova@denik-sever.example",
            "+420412111222",
        ),
    },
    {
        "id": "45-netmask",
        "description": "network with a dotted netmask",
        "from": "Robert Svoboda <svoboda@metro-media.example>",
        "subject": "Žádost – XML – Metro Media",
        "body": """Dobrý den,

Metro Media a.s., IČO 26158124, žádá o přístup k serveru s výsledky.
Produkční síť: 212.24.150.0 maska 255.255.255.252
Testovací: 212.24.150.9

Kontaktní osoba: Robert Svoboda, +420 603 808 909, svoboda@metro-media.example
""",
        "labels": L(
            FEED,
            "Metro Media a.s.",
            "26158124",
            None,
            ["212.24.150.0", "212.24.150.1", "212.24.150.2", "212.24.150.3"],
            ["212.24.150.9"],
            "Robert Svoboda",
            "svoboda@metro-media.example",
            "+420603808909",
        ),
    },
    {
        "id": "46-english-table-text",
        "description": "English plain-text table with a pipe layout",
        "from": "IT Operations <itops@centraleuropenews.example>",
        "subject": "Election results feed - IP registration",
        "body": """Hello,

Central Europe News s.r.o. (reg. no. 24217336) requests access to the dedicated results server.

| IP address      | Environment |
|-----------------|-------------|
| 46.229.225.10   | production  |
| 46.229.225.11   | production  |
| 46.229.225.20   | test        |

Technical contact: Martin Weiss
Mobile: +420 739 100 200
Email: martin.weiss@centraleuropenews.example

Thanks,
IT Operations
""",
        "labels": L(
            FEED,
            "Central Europe News s.r.o.",
            "24217336",
            None,
            ["46.229.225.10", "46.229.225.11"],
            ["46.229.225.20"],
            "Martin Weiss",
            "martin.weiss@centraleuropenews.example",
            "+420739100200",
        ),
    },
    {
        "id": "47-recording-tabs-odt",
        "description": "recording permit as an ODT table",
        "from": "Magdaléna Kopecká <kopecka@tv-praha.example>",
        "subject": "Žádost o povolení k přítomnosti na přebíracím místě",
        "body": "Dobrý den,\nzasíláme žádost o povolení natáčení.\nS pozdravem\nMagdaléna Kopecká\n",
        "attachments": [
            (
                "odt",
                "povoleni.odt",
                [
                    "Žádost o vydání povolení k přítomnosti na přebíracím místě ČSÚ",
                    [
                        ["Jméno osoby, pro kterou je povolení požadováno", "David Šindelář"],
                        ["Žadatel", "Magdaléna Kopecká"],
                        ["Redakce", "TV Praha s.r.o., Na Příkopě 9, 110 00 Praha 1"],
                        ["IČO", "28461908"],
                        ["Telefon", "Magdaléna Kopecká 731 909 808, David Šindelář 732 808 707"],
                        ["E-mail", "kopecka@tv-praha.example, sindelar@tv-praha.example"],
                        ["Rozsah záznamu", "audiovizuální záznam, max. 1 hodina"],
                        ["Preferované přebírací místo", "Hlavní město Praha"],
                    ],
                ],
            )
        ],
        "labels": L(
            REC,
            "TV Praha s.r.o.",
            "28461908",
            None,
            [],
            [],
            "Magdaléna Kopecká",
            "kopecka@tv-praha.example",
            "+420731909808",
        ),
    },
    {
        "id": "48-signature-only-contact",
        "description": "no labels; the contact is only in the sender's signature",
        "from": "Aleš Brož <ales.broz@infozpravy.example>",
        "subject": "Přístup k XML výsledkům",
        "body": """Dobrý den,

rádi bychom se opět připojili k vašemu XML serveru s výsledky volby prezidenta.
Pro ostrý provoz prosíme o povolení adres 178.17.4.30 a 178.17.4.31, pro testování 178.17.4.40.

Děkuji,

Aleš Brož
vedoucí IT
InfoZprávy s.r.o.
tel.: +420 608 123 987
ales.broz@infozpravy.example
""",
        "labels": L(
            FEED,
            "InfoZprávy s.r.o.",
            None,
            None,
            ["178.17.4.30", "178.17.4.31"],
            ["178.17.4.40"],
            "Aleš Brož",
            "ales.broz@infozpravy.example",
            "+420608123987",
        ),
    },
    {
        "id": "49-both-cp1250-html",
        "description": "windows-1250 HTML, two requests in one message",
        "from": "Radka Vlčková <vlckova@jihlavske-listy.example>",
        "subject": "Žádosti – XML a natáčení",
        "charset": "windows-1250",
        "cte": "qp",
        "html": """<p>Dobrý den,</p>
<p>Jihlavské listy, s.r.o. (IČO 26001730) žádají:</p>
<ol><li>o přístup k XML serveru – ostré IP 185.52.24.2, 185.52.24.3; testovací IP 185.52.24.9</li>
<li>o povolení natáčení na přebíracím místě v kraji Vysočina (kameraman Jan Beneš)</li></ol>
<p>Kontaktní osoba: Radka Vlčková, tel. 567 300 400, vlckova@jihlavske-listy.example</p>""",
        "labels": L(
            BOTH,
            "Jihlavské listy, s.r.o.",
            "26001730",
            None,
            ["185.52.24.2", "185.52.24.3"],
            ["185.52.24.9"],
            "Radka Vlčková",
            "vlckova@jihlavske-listy.example",
            "+420567300400",
        ),
    },
    {
        "id": "50-ranges-english",
        "description": "English range with 'to' and IPv6 test",
        "from": "Ops Team <ops@baltic-wire.example>",
        "subject": "Registration for the results server",
        "body": """Dear colleagues,

Baltic Wire Ltd. would like to register for the XML results service.

Production: 195.22.4.1 to 195.22.4.3
Test: 2a01:4f8:10a:1::2

Contact person: Jonas Petrauskas, jonas.petrauskas@baltic-wire.example, +370 612 34567

Best regards,
Ops Team, Baltic Wire Ltd.
""",
        "labels": L(
            FEED,
            "Baltic Wire Ltd.",
            None,
            None,
            ["195.22.4.1", "195.22.4.2", "195.22.4.3"],
            ["2a01:4f8:10a:1::2"],
            "Jonas Petrauskas",
            "jonas.petrauskas@baltic-wire.example",
            "+37061234567",
        ),
    },
    {
        "id": "51-letterhead-upper",
        "description": "letterhead in capitals, data box as 'ID schránky', IČO later",
        "from": "Sekretariát <sekretariat@radio-blanik.example>",
        "subject": "Žádost o přidělení přístupu k XML serveru ČSÚ",
        "body": """RÁDIO BLANÍK, spol. s r.o.
Wenzigova 4, 120 00 Praha 2
ID schránky: tg4zq9e | IČO: 61858790

Žádáme o přidělení přístupu k XML serveru.

IP adresy (produkce): 81.91.80.10, 81.91.80.11, 81.91.80.12
IP adresa (test): 81.91.80.13

Kontaktní osoba:
Jméno: Lenka Horová
Telefon: 224 999 888
E-mail: horova@radio-blanik.example
""",
        "labels": L(
            FEED,
            "RÁDIO BLANÍK, spol. s r.o.",
            "61858790",
            "tg4zq9e",
            ["81.91.80.10", "81.91.80.11", "81.91.80.12"],
            ["81.91.80.13"],
            "Lenka Horová",
            "horova@radio-blanik.example",
            "+420224999888",
        ),
    },
]
