"""Thirty-ninth held-out part ``am``, cases am015–am028: a German freelancer without an IČO
writing English, a reply to the office's query that points back to the applicant's quoted
original, an old address dropped, an HTML-only Outlook forward, format=flowed Czech with
'první … druhá', an XLSX sheet, an Italian broadcaster, a municipality's data message whose
letter prints the office's box, a contact replaced later, filming withdrawn, a written range,
a British signature with several people, a faculty's ODT letter and a forwarded .eml. Written by
hand apart from the extraction rules (see make_thirtyninth_am); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyninth_am_common import (
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    ico,
)

N16, N17, N18, N19 = ico("2975318"), ico("0346127"), ico("2618490"), ico("4081736")
N20, N22, N23, N24 = ico("2759402"), ico("0932518"), ico("2867341"), ico("6130295")
N25, N27, N28 = ico("2402857"), ico("0761934"), ico("2713046")

CASES: list[dict[str, Any]] = [
    {
        "id": "am015-german-freelancer-film-english",
        "description": "German freelance photographer without a company writes English, asks "
        "only to photograph at a collection point and says he needs no data feed",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Jonas Brückner",
            None,
            None,
            [],
            [],
            "Jonas Brückner",
            "jonas@brueckner-foto.example",
            "+491705528413",
        ),
        "from": "Jonas Brückner <jonas@brueckner-foto.example>",
        "subject": "Photo permission – election night in Prague",
        "headers": MAC_OUTLOOK,
        "body": (
            "Hello,\n\n"
            "my name is Jonas Brückner, I'm a freelance photographer from Dresden (no agency, "
            "I work on my own account and sell to several German papers). I would like to ask "
            "for permission to take photos at one of your collection points in Prague during "
            "the counting on 10 October 2026, ideally in the evening.\n\n"
            "I don't need the XML data feed, only the photo permission.\n\n"
            "You can reach me on +49 170 5528413 (also WhatsApp).\n\n"
            "Many thanks in advance\nJonas Brückner\nbrueckner-foto.example\n"
        ),
    },
    {
        "id": "am016-reply-to-office-query-quoted-original",
        "description": "the office asked for a missing IČO and contact; the reply gives them "
        "and refers to the addresses in the applicant's own quoted original; the office's "
        "clerk and phone appear in the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Pardubický kurýr s.r.o.",
            N16,
            None,
            ["192.0.2.21", "192.0.2.22"],
            ["192.0.2.29"],
            "Michaela Rybová",
            "rybova@pkkuryr.example",
            "+420466301258",
        ),
        "from": "Redakce Pardubický kurýr <redakce@pkkuryr.example>",
        "subject": "Re: Re: žádost o přístup k XML – doplnění",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "doplňujeme: jsme Pardubický kurýr s.r.o., IČO "
            f"{N16}. Kontaktní osobou bude Michaela Rybová, rybova@pkkuryr.example, tel. "
            "466 301 258. IP adresy platí tak, jak jsme je psali v původní zprávě níže.\n\n"
            "Díky, redakce\n\n"
            "Dne 2026-09-15 10:12, podatelna@czso.cz napsal:\n"
            "> Dobrý den,\n"
            "> k vyřízení žádosti potřebujeme ještě IČO žadatele a jméno kontaktní osoby\n"
            "> s telefonem.\n"
            "> S pozdravem\n"
            "> Jitka Horáková, podatelna ČSÚ, tel. 274 052 111\n"
            ">\n"
            "> Dne 2026-09-14 18:47, redakce@pkkuryr.example napsal:\n"
            ">> Dobrý den, prosíme o přístup k volebnímu XML.\n"
            ">> Produkční: 192.0.2.21, 192.0.2.22\n"
            ">> Testovací: 192.0.2.29\n"
            ">> Redakce Pardubický kurýr\n"
        ),
    },
    {
        "id": "am017-k9-old-address-dropped",
        "description": "phone-typed note: last year's address is no longer used, the new one "
        "replaces it; no test address",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Tišnovské listy, z. ú.",
            N17,
            None,
            ["203.0.113.19"],
            [],
            "Roman Bednář",
            "bednar@tisnovskelisty.example",
            "+420606774180",
        ),
        "from": "Roman Bednář <bednar@tisnovskelisty.example>",
        "subject": "xml volby – tisnovske listy",
        "headers": K9,
        "body": (
            "Dobry den, prosim zase o pristup k xml vysledkum. Loni jsme meli "
            "203.0.113.9, ta uz neplati (zmena providera), nove je to 203.0.113.19. "
            "Testovaci nemame.\n"
            f"Tišnovské listy, z. ú., IČO {N17}\n"
            "Roman Bednář 606 774 180\n"
        ),
    },
    {
        "id": "am018-outlook-html-forward-original-author",
        "description": "HTML-only Outlook forward by a secretary; the forwarded original in an "
        "Outlook header block carries the application, its author is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Mediální skupina Haná a.s.",
            N18,
            None,
            ["198.51.100.181", "198.51.100.182"],
            ["198.51.100.190"],
            "Zdeněk Procházka",
            "prochazka@mshana.example",
            "+420585202640",
        ),
        "from": "Sekretariát MSH <sekretariat@mshana.example>",
        "subject": "FW: žádost o XML výsledky",
        "headers": OUTLOOK,
        "html": (
            "<html><body>"
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">z pověření pana Procházky přeposílám jeho žádost, omlouváme '
            "se za zpoždění.</p>"
            '<p class="MsoNormal">Sekretariát generálního ředitele</p>'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal"><b>From:</b> Procházka Zdeněk '
            "&lt;prochazka@mshana.example&gt;<br><b>Sent:</b> Tuesday, September 15, 2026 "
            "7:55 PM<br><b>To:</b> Sekretariát MSH &lt;sekretariat@mshana.example&gt;<br>"
            "<b>Subject:</b> žádost o XML výsledky</p></div>"
            '<p class="MsoNormal">Prosím odeslat na ČSÚ:</p>'
            '<p class="MsoNormal">Mediální skupina Haná a.s., IČO '
            f"{N18}, žádá o přístup k výsledkům voleb ve formátu XML.</p>"
            '<table border="1" cellspacing="0"><tr><td>produkce</td><td>198.51.100.181<br>'
            "198.51.100.182</td></tr><tr><td>test</td><td>198.51.100.190</td></tr></table>"
            '<p class="MsoNormal">Kontakt: Zdeněk Procházka, 585 202 640, '
            "prochazka@mshana.example</p>"
            "</body></html>"
        ),
    },
    {
        "id": "am019-flowed-prvni-druha",
        "description": "format=flowed Czech with roles given only by order ('první … druhá'), "
        "the soft break falls inside the sentence",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Znojemský večerník s.r.o.",
            N19,
            None,
            ["192.0.2.45"],
            ["192.0.2.46"],
            "Hedvika Šimková",
            "simkova@zvecernik.example",
            "+420515224093",
        ),
        "from": "Hedvika Šimková <simkova@zvecernik.example>",
        "subject": "Přístup k výsledkům voleb – Znojemský večerník",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            f"Znojemský večerník s.r.o. (IČO {N19}) žádá o přístup k XML s výsledky. "
            "Posíláme dvě adresy, 192.0.2.45 a 192.0.2.46 – první je produkční server, "
            "druhá slouží jen k testům před volbami.\n\n"
            "Kontakt: Hedvika Šimková, 515 224 093.\n\n"
            "Hezký den\nHedvika Šimková\n"
        ),
    },
    {
        "id": "am020-xlsx-sheet-empty-test-row",
        "description": "short mail with an XLSX sheet: role column with 'PROD', 'PROD - záloha' "
        "and an unfilled test row; contact in the sheet",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Regionální vysílání Vysočina s.r.o.",
            N20,
            None,
            ["203.0.113.150", "203.0.113.151"],
            [],
            "Stanislav Kubín",
            "kubin@rvvysocina.example",
            "+420567302881",
        ),
        "from": "Stanislav Kubín <kubin@rvvysocina.example>",
        "subject": "žádost volby XML – tabulka v příloze",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněnou tabulku se žádostí o přístup k "
            "výsledkům voleb.\n\nS pozdravem\nStanislav Kubín\n"
        ),
        "attachments": [
            (
                "xlsx",
                "CSU_volby_2026.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Regionální vysílání Vysočina s.r.o."],
                            ["IČO", N20],
                            [],
                            ["Role", "IP adresa", "Poznámka"],
                            ["PROD", "203.0.113.150", "hlavní"],
                            ["PROD - záloha", "203.0.113.151", "záložní linka"],
                            ["TEST", "", "nemáme"],
                            [],
                            ["Kontakt", "Stanislav Kubín"],
                            ["Telefon", "+420 567 302 881"],
                            ["E-mail", "kubin@rvvysocina.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "am021-italian-broadcaster-main-staging",
        "description": "Italian broadcaster writes English with 'main'/'staging', Italian "
        "landline and mobile, no Czech IČO; the desk head is the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radiotelevisione Adriatica S.p.A.",
            None,
            None,
            ["198.51.100.5", "198.51.100.6"],
            ["198.51.100.7"],
            "Giulia Ferraro",
            "g.ferraro@rtadriatica.example",
            "+393471129084",
        ),
        "from": '"Ferraro, Giulia" <g.ferraro@rtadriatica.example>',
        "subject": "Czech elections 2026 - XML results access",
        "headers": OUTLOOK,
        "body": (
            "Good morning,\n\n"
            "Radiotelevisione Adriatica S.p.A. would like to request access to the XML "
            "election results for our live coverage from Prague.\n\n"
            "Main servers: 198.51.100.5, 198.51.100.6\n"
            "Staging: 198.51.100.7\n\n"
            "I will be your contact for this request. Mobile +39 347 112 9084, office "
            "+39 06 3318 4420.\n\n"
            "Kind regards,\nGiulia Ferraro\nForeign News Desk\n"
            "Radiotelevisione Adriatica S.p.A. - Via Flaminia 210, 00196 Roma\n\n"
            "Questo messaggio e i suoi allegati sono riservati. / This message and its "
            "attachments are confidential.\n"
        ),
    },
    {
        "id": "am022-databox-town-letter-prints-office-box",
        "description": "data message from a town (authority box); the PDF letter prints the "
        "office's box and IČO in its address block; the applicant's box is the envelope's",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Nové Heřmanice",
            N22,
            "b5tm9kw",
            ["192.0.2.240"],
            [],
            "Lucie Pešková",
            "peskova@novehermanice.example",
            "+420499881305",
        ),
        "subject": "Žádost o přístup k XML a o povolení natáčení",
        "databox": {
            "box": "b5tm9kw",
            "sender": "Město Nové Heřmanice",
            "address": "Náměstí 1, 544 12 Nové Heřmanice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_CSU.pdf",
                [
                    f"Město Nové Heřmanice, Náměstí 1, 544 12 Nové Heřmanice, IČO {N22}",
                    "Adresát: Český statistický úřad, IČO 00025593, ID datové schránky "
                    "2gfaasy, Na padesátém 81, 100 82 Praha 10",
                    "Č. j.: MNH/2231/2026",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Město vydává zpravodaj a provozuje informační kanál místní kabelové "
                    "televize. Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML "
                    "z adresy 192.0.2.240 (produkční; testovací adresu nemáme) a o "
                    "povolení natáčet pro místní televizi na sběrném místě v Trutnově.",
                    "Kontaktní osoba: Bc. Lucie Pešková, tisková mluvčí, tel. 499 881 305, "
                    "peskova@novehermanice.example",
                    "Mgr. Josef Vondráček, starosta",
                ],
            )
        ],
    },
    {
        "id": "am023-roundcube-contact-replaced",
        "description": "the sender names herself as contact and then, later in the same mail, "
        "hands the contact over to a colleague from October",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Liberecký zpravodajský portál s.r.o.",
            N23,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Daniel Hruška",
            "hruska@lzportal.example",
            "+420602445911",
        ),
        "from": "Kateřina Benešová <benesova@lzportal.example>",
        "subject": "Žádost o přístup – volby",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "Liberecký zpravodajský portál s.r.o., IČO "
            f"{N23}, žádá o přístup k výsledkům voleb (XML).\n"
            "Produkční IP: 203.0.113.33\nTestovací IP: 203.0.113.34\n"
            "Kontaktní osoba: Kateřina Benešová, 602 445 900\n\n"
            "Ještě oprava ke kontaktu: od 1. 10. jsem na mateřské, takže kontaktní osobou "
            "místo mě bude kolega Daniel Hruška, hruska@lzportal.example, 602 445 911.\n\n"
            "Děkuji\nKateřina Benešová\n"
        ),
    },
    {
        "id": "am024-chatty-radio-withdraws-filming",
        "description": "chatty mail asks for both, then withdraws filming further down",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rádio Šumava FM s.r.o.",
            N24,
            None,
            ["198.51.100.111"],
            [],
            "Ivana Holá",
            "hola@sumavafm.example",
            "+420388420117",
        ),
        "from": "Ivana Holá <hola@sumavafm.example>",
        "subject": "volby – XML a natáčení",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jako každý rok bychom chtěli přístup k výsledkům v XML (Rádio Šumava FM s.r.o., "
            f"IČO {N24}) a letos i povolení natáčet na sběrném místě v Prachaticích.\n\n"
            "Náš server: 198.51.100.111\n\n"
            "…tak a teď jsem se dozvěděla od kolegy, že na sběrné místo nakonec nikoho "
            "nepošleme, takže natáčení prosím škrtněte, žádáme jen o to XML.\n\n"
            "Kontakt: Ivana Holá, 388 420 117\n\nDíky a hezký den!\nIvana\n"
        ),
    },
    {
        "id": "am025-samsung-range-written",
        "description": "phone-typed range 'od … do' expanded to three production addresses, a "
        "date and a house number around it",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Kladenský expres s.r.o.",
            N25,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202"],
            [],
            "Pavel Cibulka",
            "cibulka@kladenskyexpres.example",
            "+420721390564",
        ),
        "from": "Pavel Cibulka <cibulka@kladenskyexpres.example>",
        "subject": "Pristup xml",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den, za Kladenský expres s.r.o. (ičo "
            f"{N25}) žádám o přístup k XML na volby 9.-10.10. Adresy od 198.51.100.200 "
            "do 198.51.100.202, všechny produkční. Test nebude.\n"
            "Cibulka, 721 390 564\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "am026-uk-signature-producer-contact",
        "description": "British outlet writes English, asks the office to liaise with its "
        "producer; the signature lists three people with UK numbers",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Meridian News Ltd",
            None,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Oliver Grant",
            "oliver.grant@meridiannews.example",
            "+447700900318",
        ),
        "from": "Hannah Whitfield <hannah.whitfield@meridiannews.example>",
        "subject": "Czech election coverage: data feed + filming request",
        "headers": OUTLOOK,
        "body": (
            "Dear colleagues,\n\n"
            "Meridian News Ltd is covering the Czech parliamentary elections and would like "
            "to apply for (a) access to your XML results feed and (b) permission to film at "
            "a collection point in Prague on the night of the count.\n\n"
            "Feed: production 203.0.113.240, test 203.0.113.241.\n\n"
            "Please liaise with our producer Oliver Grant on all practical matters.\n\n"
            "Best wishes,\n\n"
            "Hannah Whitfield | Bureau Chief, Central Europe | +44 20 7946 0112\n"
            "Oliver Grant | Producer | +44 7700 900318 | oliver.grant@meridiannews.example\n"
            "Sam Okafor | Camera | +44 7700 900455\n"
            "Meridian News Ltd, 14 Fleet Yard, London EC4A 2BB. Registered in England "
            "and Wales No. 08812345.\n"
        ),
    },
    {
        "id": "am027-odt-faculty-applies-as-university",
        "description": "a faculty sends an ODT letter; the applicant is its university; the "
        "contact named in the letter is not the sender",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Slezská univerzita v Opavě",
            N27,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Tereza Adámková",
            "adamkova@fvp.slu.example",
            "+420553684219",
        ),
        "from": "Mgr. Aleš Král <kral@fvp.slu.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Filozoficko-přírodovědecká fakulta",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost naší fakulty (studentská redakce) o přístup "
            "k výsledkům voleb.\n\nS pozdravem\nAleš Král\nsekretariát děkana\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    "Slezská univerzita v Opavě, Filozoficko-přírodovědecká fakulta",
                    f"Na Rybníčku 626/1, 746 01 Opava, IČO {N27}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Studentská redakce fakulty bude ve volební noci vysílat živý přenos. "
                    "Žádáme o přístup z následujících adres:",
                    [
                        ["Druh", "Adresa"],
                        ["produkční", "192.0.2.88"],
                        ["testovací", "192.0.2.89"],
                    ],
                    "Kontaktní osoba: Mgr. Tereza Adámková, Ph.D., vedoucí studentské "
                    "redakce, tel. 553 684 219, adamkova@fvp.slu.example",
                    "doc. RNDr. Pavel Štefek, CSc., děkan",
                ],
            )
        ],
    },
    {
        "id": "am028-forward-eml-chief-stays-contact",
        "description": "an assistant forwards the chief editor's application as an attached .eml; "
        "the outer text says the chief stays the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            N28,
            None,
            ["203.0.113.71"],
            ["203.0.113.72"],
            "Miroslav Zeman",
            "zeman@podbrdsko.example",
            "+420317441203",
        ),
        "from": "Barbora Nová <nova@podbrdsko.example>",
        "subject": "Fwd: Žádost o XML výsledky – Týdeník Podbrdsko",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám v příloze žádost našeho šéfredaktora, pana Zemana, která se mu "
            "vrátila jako nedoručitelná (překlep v adrese). Kontaktní osobou zůstává on.\n\n"
            "Barbora Nová, asistentka redakce\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o XML vysledky.eml",
                {
                    "id": "am028-inner",
                    "from": "Miroslav Zeman <zeman@podbrdsko.example>",
                    "to": "podatelna@czos.cz",
                    "subject": "Žádost o XML výsledky – Týdeník Podbrdsko",
                    "body": (
                        "Dobrý den,\n\n"
                        f"Týdeník Podbrdsko s.r.o., IČO {N28}, žádá o přístup k "
                        "výsledkům voleb ve formátu XML.\n\n"
                        "Produkce: 203.0.113.71\nTest: 203.0.113.72\n\n"
                        "Miroslav Zeman, šéfredaktor, tel. 317 441 203\n"
                    ),
                },
            )
        ],
    },
]
