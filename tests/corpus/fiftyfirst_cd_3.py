"""Fifty-first held-out part ``cd``, cases cd029–cd042: an HTML-only Mac Outlook mail, a data
message with a workbook, a mail whose DOCX corrects the inline test address, a trilingual
signature, a reply to the receipt confirmation adding filming, a forwarded press release, a
netmask, a natural person's data message, an Italian sender, a contact named among several
people, a data message with an ODT, an HTML-only Roundcube mail, a one-line fix and a forwarded
.eml with filming withdrawn. Written by hand apart from the extraction rules (see
make_fiftyfirst_cd); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfirst_cd_common import (
    CLAWS,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    MUTT,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32 = ico("2804416"), ico("0670359"), ico("2925188"), ico("0441026")
I33, I34, I35, I36 = ico("2761903"), ico("0538871"), ico("2690342"), ico("8812075")
I38, I39, I40, I41 = ico("0726154"), ico("2877420"), ico("0410983"), ico("2651738")

CASES: list[dict[str, Any]] = [
    {
        "id": "cd029-mac-outlook-html-only",
        "description": "HTML-only Mac Outlook mail: the roles are bold labels in table cells "
        "and the contact's mobile follows a switchboard",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Mladoboleslavský týden s.r.o.",
            I29,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.19"],
            "Simona Tichá",
            "ticha@mbtyden.example",
            "+420731662084",
        ),
        "from": "Simona Tichá <ticha@mbtyden.example>",
        "subject": "Žádost o zpřístupnění výsledků",
        "headers": MAC_OUTLOOK,
        "cte": "qp",
        "html": "<html><body><p>Dobrý den,</p><p>Mladoboleslavský týden s.r.o. (IČO "
        + I29
        + ") žádá o přístup k průběžným výsledkům voleb.</p><table><tr><td><b>Produkční:"
        "</b></td><td>192.0.2.10<br>192.0.2.11</td></tr><tr><td><b>Testovací:</b></td>"
        "<td>192.0.2.19</td></tr></table><p>Kontakt: Simona Tichá, mobil 731 662 084 "
        "(ústředna redakce 326 700 100)</p></body></html>",
    },
    {
        "id": "cd030-databox-xlsx-two-sheets",
        "description": "a data message with a two-sheet workbook: addresses on one sheet, "
        "contact on the other; the annotation says only 'volby'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanácký deník s.r.o.",
            I30,
            "x3f8bmu",
            ["198.18.60.10", "198.18.60.11", "198.18.60.12"],
            ["198.18.61.10"],
            "Roman Dostál",
            "dostal@hanackydenik.example",
            "+420585224137",
        ),
        "databox": box("x3f8bmu", "Hanácký deník s.r.o.", "Horní náměstí 3, 779 00 Olomouc"),
        "subject": "volby",
        "attachments": [
            (
                "xlsx",
                "zadost_HD.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Žadatel", "Hanácký deník s.r.o.", "IČO " + I30],
                            ["Typ", "IP", "Pozn."],
                            ["produkční", "198.18.60.10", ""],
                            ["produkční", "198.18.60.11", ""],
                            ["produkční", "198.18.60.12", "záložní"],
                            ["testovací", "198.18.61.10", ""],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Kontaktní osoba", "Dostál Roman"],
                            ["E-mail", "dostal@hanackydenik.example"],
                            ["Telefon", "585 224 137"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cd031-inline-and-docx-differ-test",
        "description": "the application inline and as a DOCX differ in the test address; the "
        "mail says the attachment is the corrected version and the text an old draft",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Táborský obzor s.r.o.",
            I31,
            None,
            ["203.0.113.80", "203.0.113.81"],
            ["203.0.113.88"],
            "Jakub Vrba",
            "vrba@taborskyobzor.example",
            "+420381447269",
        ),
        "from": "Jakub Vrba <vrba@taborskyobzor.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze je žádost, už opravená verze (testovací adresa je "
        ".88). Text níže jsem zkopíroval ze starého konceptu, omlouvám se.\n\n"
        "Táborský obzor s.r.o., IČO " + I31 + "\nprodukce: 203.0.113.80, 203.0.113.81\n"
        "test: 203.0.113.86\nkontakt: Jakub Vrba, 381 447 269\n\nJakub Vrba\n",
        "attachments": [
            (
                "docx",
                "zadost_TO_oprava.docx",
                {
                    "blocks": [
                        "Táborský obzor s.r.o., IČO " + I31,
                        "Žádost o přístup k výsledkům voleb (XML)",
                        {
                            "rows": [
                                ["produkční IP", "203.0.113.80, 203.0.113.81"],
                                ["testovací IP", "203.0.113.88"],
                                ["kontakt", "Jakub Vrba, vrba@taborskyobzor.example, 381 447 269"],
                            ]
                        },
                    ]
                },
            )
        ],
    },
    {
        "id": "cd032-trilingual-signature",
        "description": "a short Czech request whose signature repeats names and roles in "
        "Czech, English and German; the contact is the signer, not the CTO listed under him",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "EuroRegio News s.r.o.",
            I32,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.149"],
            "Ondřej Sýkora",
            "sykora@euroregionews.example",
            "+420725301968",
        ),
        "from": "Ondřej Sýkora <sykora@euroregionews.example>",
        "subject": "Žádost o přístup a natáčení",
        "headers": CLAWS,
        "body": "Dobrý den,\n\nžádáme o přístup k výsledkům voleb (produkce 198.51.100.140 a "
        "198.51.100.141, test 198.51.100.149) a o povolení natáčet na pracovišti v Ústí nad "
        "Labem.\n\nS pozdravem / Best regards / Mit freundlichen Grüßen\n\nOndřej Sýkora\n"
        "vedoucí zpravodajství / Head of News / Leiter Nachrichten\nmobil / mobile / Handy: "
        "725 301 968\n\nIng. Petr Wagner\ntechnický ředitel / CTO / Technischer Leiter\n"
        "+420 725 301 900\n\nEuroRegio News s.r.o. | IČO / Reg. No. / ID-Nr.: " + I32 + "\n",
    },
    {
        "id": "cd033-receipt-quote-adds-filming",
        "description": "a Seznam reply to the office's receipt confirmation (reference "
        "number, box 2gfaasy) that adds a filming request to the quoted feed application",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Rokycanské listy s.r.o.",
            I33,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Hana Kubíková",
            "kubikova@rokycanskelisty.example",
            "+420604512883",
        ),
        "from": "Hana Kubíková <kubikova@rokycanskelisty.example>",
        "subject": "Re: Potvrzení o doručení - CSU-043310/2025",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\nk podání č. j. CSU-043310/2025 bychom rádi doplnili ještě "
        "žádost o povolení natáčet na pracovišti ČSÚ v Plzni (kameraman + redaktorka).\n\n"
        "Hana Kubíková\n\n---------- Původní e-mail ----------\nOd: podatelna@czso.cz\n"
        "Předmět: Potvrzení o doručení - CSU-043310/2025\n\nPotvrzujeme doručení Vašeho "
        "podání dne 9. 9. 2025 v 13:05, č. j. CSU-043310/2025, podací číslo PD-2025-"
        "043310.\nČeský statistický úřad, IČO 00025593, datová schránka 2gfaasy\n\n"
        "> Rokycanské listy s.r.o., IČO " + I33 + ", žádají o přístup k výsledkům voleb.\n"
        "> Produkční IP 192.0.2.220, testovací IP 192.0.2.221.\n> Kontakt: Hana Kubíková, "
        "604 512 883\n",
    },
    {
        "id": "cd034-forwarded-press-release-and-request",
        "description": "a K-9 mail forwarding the office's own press release (with its IČO, "
        "phone and czso.cz contacts) and the request written above it",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Chrudimský posel s.r.o.",
            I34,
            None,
            ["198.18.70.40"],
            ["198.18.70.41"],
            "Aleš Brož",
            "broz@chrudimskyposel.example",
            "+420739118204",
        ),
        "from": "Aleš Brož <broz@chrudimskyposel.example>",
        "subject": "Fwd: TZ: Výsledky voleb pro média",
        "headers": K9,
        "body": "Dobrý den,\nna základě TZ níže: Chrudimský posel s.r.o., IČO " + I34 + ", "
        "žádá o přístup. Produkční 198.18.70.40, testovací 198.18.70.41. Kontakt Aleš Brož, "
        "739 118 204.\n\n-------- Přeposlaná zpráva --------\nOd: Tiskové oddělení ČSÚ "
        "<info@czso.cz>\nPředmět: TZ: Výsledky voleb pro média\n\nČeský statistický úřad "
        "(IČO 00025593) zpřístupní médiím výsledky voleb na dedikovaném serveru. Žádosti "
        "přijímá podatelna@czso.cz a datová schránka 2gfaasy. Dotazy: +420 274 052 733.\n",
    },
    {
        "id": "cd035-evolution-netmask",
        "description": "production given as an address with a netmask (four addresses), one "
        "test address with 'maska 255.255.255.255'",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kroměřížský večerník s.r.o.",
            I35,
            None,
            ["203.0.113.96", "203.0.113.97", "203.0.113.98", "203.0.113.99"],
            ["203.0.113.120"],
            "Libor Zedník",
            "zednik@kmvecernik.example",
            "+420573339015",
        ),
        "from": "Libor Zedník <zednik@kmvecernik.example>",
        "subject": "XML výsledky - žádost",
        "headers": EVOLUTION,
        "body": "Zdravím,\n\nKroměřížský večerník s.r.o., IČO " + I35 + ", chce přístup k "
        "výsledkům. Produkce: síť 203.0.113.96 maska 255.255.255.252; test: 203.0.113.120 "
        "maska 255.255.255.255.\nKontakt Libor Zedník, 573 339 015.\n",
    },
    {
        "id": "cd036-databox-natural-person-pdf",
        "description": "a data message from a natural person in business (box type 40) asking "
        "only to film; the PDF declines the feed with 'NE'",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Radek Matoušek",
            I36,
            "m2zq7hy",
            [],
            [],
            "Radek Matoušek",
            "matousek.video@mail.example",
            "+420776445120",
        ),
        "databox": box("m2zq7hy", "Radek Matoušek", "Jiráskova 7, 586 01 Jihlava", kind=40),
        "subject": "Povolení natáčení",
        "attachments": [
            (
                "pdf",
                "povoleni_natoceni.pdf",
                [
                    "Žádost o povolení natáčení na pracovišti ČSÚ Jihlava",
                    {
                        "rows": [
                            ["Žadatel", "Radek Matoušek, IČO " + I36],
                            ["Přístup k XML výsledkům", "NE"],
                            ["Natáčení", "ANO"],
                            ["Kontakt", "matousek.video@mail.example, 776 445 120"],
                        ],
                        "widths": [160, 260],
                    },
                ],
            )
        ],
    },
    {
        "id": "cd037-italian-sender-english",
        "description": "an Italian broadcaster writing English, IPv6 production in mixed case "
        "and a test range written 'from … to …', Italian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Dolomiti Nord S.r.l.",
            None,
            None,
            ["2001:db8:c0::1a"],
            ["192.0.2.180", "192.0.2.181", "192.0.2.182"],
            "Giulia Ferrante",
            "g.ferrante@radiodolomitinord.example",
            "+393471256093",
        ),
        "from": "Giulia Ferrante <g.ferrante@radiodolomitinord.example>",
        "subject": "Election results access request",
        "headers": TBIRD,
        "body": "Good afternoon,\n\nRadio Dolomiti Nord S.r.l. requests access to the election "
        "results XML.\nProduction: 2001:DB8:C0::1A\nTest: from 192.0.2.180 to 192.0.2.182\n"
        "\nContact: Giulia Ferrante, +39 347 125 6093\n\nCordiali saluti\nGiulia Ferrante\n",
    },
    {
        "id": "cd038-several-people-contact-named",
        "description": "a mail naming the publisher's director, the night editor and IT; the "
        "contact is stated as the night editor, whose phone is given after a director's",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Opavské noviny s.r.o.",
            I38,
            None,
            ["198.51.100.50", "198.51.100.51"],
            ["198.51.100.59"],
            "Patrik Holub",
            "holub@opavskenoviny.example",
            "+420553718244",
        ),
        "from": "Marie Svobodová <svobodova@opavskenoviny.example>",
        "subject": "žádost o XML výsledky",
        "headers": MUTT,
        "body": "Dobrý den,\n\njménem Opavské noviny s.r.o. (IČO " + I38 + ") žádám o "
        "přístup k výsledkům. Produkce 198.51.100.50, 198.51.100.51; test 198.51.100.59 "
        "(spravuje Tomáš Kolek z IT).\nKontaktní osobou bude noční editor Patrik Holub, "
        "holub@opavskenoviny.example, 553 718 244.\n\nMarie Svobodová\njednatelka, tel. "
        "553 718 200\n",
    },
    {
        "id": "cd039-databox-odt-annotation",
        "description": "a data message carrying the addresses in the annotation and the "
        "contact and IČO in the ODT file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Brdský zpravodaj s.r.o.",
            I39,
            "q9w4ers",
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Věra Hronková",
            "hronkova@brdskyzpravodaj.example",
            "+420318622470",
        ),
        "databox": box("q9w4ers", "Brdský zpravodaj s.r.o.", "Nám. T. G. Masaryka 1, Příbram"),
        "subject": "Žádost o přístup k výsledkům voleb: produkce 203.0.113.240, 203.0.113.241; "
        "test 203.0.113.250",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Brdský zpravodaj s.r.o., IČO " + I39,
                    "Žádáme o přístup k výsledkům voleb na dedikovaném serveru; adresy "
                    "uvádíme v průvodní poznámce zprávy.",
                    [
                        ["Kontaktní osoba", "Věra Hronková"],
                        ["telefon", "318 622 470"],
                        ["e-mail", "hronkova@brdskyzpravodaj.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cd040-roundcube-html-only-both",
        "description": "HTML-only Roundcube mail with a checklist in a list and the addresses "
        "in a two-column table; Slovak contact phone",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Podyjí Media, s.r.o.",
            I40,
            None,
            ["198.18.90.1", "198.18.90.2"],
            ["198.18.90.9"],
            "Peter Hudák",
            "hudak@podyjimedia.example",
            "+421948620337",
        ),
        "from": "Peter Hudák <hudak@podyjimedia.example>",
        "subject": "Žádost - volby",
        "headers": ROUNDCUBE,
        "cte": "8bit",
        "html": "<html><body><p>Dobrý den,</p><p>Podyjí Media, s.r.o., IČO " + I40 + ", "
        "žádá o:</p><ul><li>přístup k XML výsledkům</li><li>povolení natáčet ve Znojmě</li>"
        '</ul><table border="1"><tr><th>produkční</th><th>testovací</th></tr><tr><td>'
        "198.18.90.1</td><td>198.18.90.9</td></tr><tr><td>198.18.90.2</td><td></td></tr>"
        "</table><p>Kontakt: Peter Hudák, +421 948 620 337</p></body></html>",
    },
    {
        "id": "cd041-gmail-one-line-fix",
        "description": "a one-line follow-up fixing a production address ('.7 má být .17') in "
        "the sender's own quoted application",
        "style": Style.FOLLOWUP,
        "labels": L(
            [FEED],
            "Vsetínský týdeník s.r.o.",
            I41,
            None,
            ["192.0.2.17", "192.0.2.8"],
            ["192.0.2.30"],
            "Lucie Orságová",
            "orsagova@vsetinskytydenik.example",
            "+420571402993",
        ),
        "from": "Lucie Orságová <orsagova@vsetinskytydenik.example>",
        "subject": "Re: žádost o přístup k výsledkům",
        "headers": GMAIL,
        "body": "sorry, ta produkční .7 má být .17\n\nLO\n\nst 10. 9. 2025 v 16:20 odesílatel "
        "Lucie Orságová <orsagova@vsetinskytydenik.example> napsal:\n> Dobrý den,\n> "
        "Vsetínský týdeník s.r.o., IČO " + I41 + ", žádá o přístup k XML.\n> produkční "
        "192.0.2.7 a 192.0.2.8, testovací 192.0.2.30\n> kontakt Lucie Orságová, "
        "571 402 993\n",
    },
    {
        "id": "cd042-eml-forward-filming-withdrawn",
        "description": "a cover mail with the application as an attached .eml asking for both; "
        "the cover withdraws the filming request",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Novinky Vysočina s.r.o.",
            ico("2512946"),
            None,
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Josef Chalupa",
            "chalupa@novinkyvysocina.example",
            "+420567302148",
        ),
        "from": "Josef Chalupa <chalupa@novinkyvysocina.example>",
        "subject": "Fwd: žádost ČSÚ",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze přeposílám naši žádost. Natáčet nakonec nebudeme, "
        "žádost o povolení natáčení tímto stahujeme; přístup k výsledkům platí.\n\n"
        "Josef Chalupa\n",
        "attachments": [
            (
                "eml",
                "zadost_NV.eml",
                {
                    "id": "cd042-inner",
                    "from": "Josef Chalupa <chalupa@novinkyvysocina.example>",
                    "to": "redakce@novinkyvysocina.example",
                    "subject": "žádost ČSÚ",
                    "body": "Novinky Vysočina s.r.o., IČO " + ico("2512946") + ", žádá o "
                    "přístup k výsledkům voleb a o povolení natáčet v Jihlavě.\nprodukční "
                    "IP 198.51.100.240, testovací 198.51.100.241\nkontakt Josef Chalupa, "
                    "567 302 148\n",
                },
            )
        ],
    },
]
