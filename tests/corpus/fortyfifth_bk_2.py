"""Forty-fifth held-out part ``bk``, cases bk015–bk028: a photographer's data message for
filming only, an Austrian IPv6 /126 block, a reply correcting a test address, a terse phone
note without diacritics, an agency's two-sheet workbook, a Slovak university with a conditional
filming request, an HTML table with "resp.", a private college's data message with a /30 block,
a long Italian PDF letter, a temporary test host with a netmask, a British IT contractor writing
for a Latvian daily, a town's forwarded note, a DOCX form with the feed unticked and a reply
withdrawing the feed. Written by hand apart from the extraction rules (see
make_fortyfifth_bk); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfifth_bk_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    IPHONE,
    MAC_OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I15, I17, I18, I19, I20 = (
    ico("7402119"),
    ico("0764218"),
    ico("2260314"),
    ico("2873406"),
    ico("0015938"),
)
I21, I22, I24, I26, I27 = (
    ico("2659071"),
    ico("6281530"),
    ico("4817265"),
    ico("0029634"),
    ico("2281749"),
)
I28 = ico("6472085")

CASES: list[dict[str, Any]] = [
    {
        "id": "bk015-databox-photographer-filming-only",
        "description": "data message from a freelance photographer's own box (natural person in "
        "business): a bare annotation, the PDF asks only to photograph; the trade name is "
        "joined to his name with a dash",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Radim Kořínek – Foto Kořínek",
            I15,
            "rk84pzt",
            [],
            [],
            "Radim Kořínek",
            "foto@korinek.example",
            "+420602771345",
        ),
        "databox": box("rk84pzt", "Radim Kořínek", "Husova 18, 370 01 České Budějovice", 40),
        "subject": "Žádost - fotografování volby",
        "attachments": [
            (
                "pdf",
                "zadost_foceni.pdf",
                [
                    "Radim Kořínek – Foto Kořínek\nHusova 18, 370 01 České Budějovice\nIČO " + I15,
                    "Věc: žádost o povolení fotografovat",
                    "Jako fotograf na volné noze dodávám fotografie regionálním denníkům. "
                    "Žádám o povolení fotografovat na krajském pracovišti ČSÚ v Českých "
                    "Budějovicích během sčítání hlasů. O přístup k datům nežádám.",
                    "Spojení: 602 771 345, foto@korinek.example",
                    "Radim Kořínek",
                ],
            )
        ],
    },
    {
        "id": "bk016-austrian-ipv6-block",
        "description": "Austrian publisher: production as an IPv6 /126 (four addresses, the "
        "first being the network address), an IPv4 test address, an FN number instead of an "
        "IČO, mobile in the signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Salzachtaler Medienhaus GmbH",
            None,
            None,
            ["2001:db8:5a1::", "2001:db8:5a1::1", "2001:db8:5a1::2", "2001:db8:5a1::3"],
            ["192.0.2.77"],
            "Katharina Pöschl",
            "k.poeschl@salzachtaler.example",
            "+436642193847",
        ),
        "from": "Katharina Pöschl <k.poeschl@salzachtaler.example>",
        "subject": "Zugang XML-Wahlergebnisse",
        "headers": MAC_OUTLOOK,
        "body": "Grüß Gott,\n\n"
        "wir (Salzachtaler Medienhaus GmbH, FN 402118 t, Salzburg) würden gerne den "
        "Ergebnis-Feed zur tschechischen Parlamentswahl beziehen.\n\n"
        "Produktiv rufen wir ausschließlich über IPv6 ab: 2001:db8:5a1::/126\n"
        "Test (IPv4): 192.0.2.77\n\n"
        "Bei Rückfragen bin ich erreichbar.\n\n"
        "Liebe Grüße\nKatharina Pöschl\nDatenredaktion\nMobil: +43 664 2193 847\n",
    },
    {
        "id": "bk017-reply-test-address-corrected",
        "description": "reply to the office's question with the office's signature in the "
        "quote; the new text corrects the test address given in the quoted application",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Krkonošský deník online s.r.o.",
            I17,
            None,
            ["198.51.100.160"],
            ["198.51.100.166"],
            "Filip Vaněk",
            "vanek@kdonline.example",
            "+420608224519",
        ),
        "from": "Filip Vaněk <vanek@kdonline.example>",
        "subject": "Re: Dotaz k žádosti o přístup k výsledkům voleb",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "máte pravdu, testovací adresa v naší žádosti byla překlep. Správně je "
        "198.51.100.166 (ne .165). Produkční zůstává, jak jsem psal.\n\n"
        "Filip Vaněk\n\n"
        "Dne 3. 9. 2025 v 10:12 Oddělení volebních IS napsal(a):\n"
        "> Dobrý den,\n"
        "> prověřte prosím testovací adresu, 198.51.100.165 je podle našich záznamů\n"
        "> přidělena jinému subjektu.\n"
        "> S pozdravem\n"
        "> Oddělení volebních informačních systémů\n"
        "> Český statistický úřad, Na padesátém 81, Praha 10\n"
        "> tel. +420 274 052 733, www.czso.cz\n"
        ">\n"
        "> Dne 2. 9. 2025 v 16:40 Filip Vaněk napsal(a):\n"
        ">> Žádáme o přístup k XML výsledkům voleb pro Krkonošský deník online s.r.o.,\n"
        ">> IČO " + I17 + ".\n"
        ">> produkce: 198.51.100.160\n"
        ">> test: 198.51.100.165\n"
        ">> kontakt: Filip Vaněk, 608 224 519\n",
    },
    {
        "id": "bk018-terse-no-diacritics-phone",
        "description": "sent from a phone: no diacritics anywhere, the organisation only as "
        "typed, 'test zadna', the sender signs with a nickname",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Hlas Vysociny z.s.",
            I18,
            None,
            ["198.51.100.88"],
            [],
            "Jakub Marek",
            "jakub.marek@hlasvysociny.example",
            "+420605441297",
        ),
        "from": "Jakub Marek <jakub.marek@hlasvysociny.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "body": "dobry den, posilam za Hlas Vysociny z.s. (ico " + I18 + ") adresu pro "
        "xml: 198.51.100.88 prod, test zadna. tel 605 44 12 97\nKuba\n\n"
        "Odesláno z iPhonu\n",
    },
    {
        "id": "bk019-agency-two-sheet-workbook",
        "description": "a PR agency's regional news service; the workbook's first sheet has "
        "the applicant and requests, the second the addresses with a short range and a "
        "merged role cell; the cover mail names a different colleague than the contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Mediální servis Polabí s.r.o.",
            I19,
            None,
            ["198.18.40.10", "198.18.40.11", "198.18.40.12"],
            ["198.18.40.20"],
            "Alena Chmelíková",
            "chmelikova@mspolabi.example",
            "+420725901336",
        ),
        "from": "Petr Šíma <sima@mspolabi.example>",
        "subject": "Žádost MS Polabí - volby",
        "headers": EVOLUTION,
        "body": "Dobrý den, za kolegyni Chmelíkovou posílám vyplněnou tabulku.\n"
        "Petr Šíma, asistent\n",
        "attachments": [
            (
                "xlsx",
                "MSPolabi_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Mediální servis Polabí s.r.o."],
                            ["IČO", I19],
                            ["Sídlo", "Palackého 55, 280 02 Kolín"],
                            ["Přístup k XML", "ano"],
                            ["Natáčení/foto", "ano – pracoviště Kolín"],
                            ["Kontakt", "Chmelíková Alena"],
                            ["Tel.", "725 901 336"],
                            ["E-mail", "chmelikova@mspolabi.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "Adresa"],
                            ["produkce", "198.18.40.10-12"],
                            ["", ""],
                            ["test", "198.18.40.20"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "bk020-slovak-university-conditional-filming",
        "description": "Slovak university department: filming asked on condition the office "
        "allows students in, still a request; production as a /31 (two addresses); no test",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Podunajská univerzita v Komárne, verejná vysoká škola",
            I20,
            None,
            ["203.0.113.60", "203.0.113.61"],
            [],
            "Zuzana Bieliková",
            "bielikova@pdu.example",
            "+421905318644",
        ),
        "from": "Zuzana Bieliková <bielikova@pdu.example>",
        "subject": "Žiadosť Katedry žurnalistiky - voľby ČR",
        "headers": ZIMBRA,
        "body": "Vážení,\n\n"
        "Katedra žurnalistiky Podunajskej univerzity v Komárne pripravuje so študentmi "
        "volebné štúdio. Žiadame o prístup k XML s priebežnými výsledkami (naša sieť "
        "203.0.113.60/31, testovať budeme z nej). Ak by to bolo možné, radi by sme "
        "s dvomi študentmi aj natáčali na vašom pracovisku v Brne – žiadame teda aj o "
        "povolenie nakrúcania, ak študentov pustíte.\n\n"
        "Kontakt: Mgr. Zuzana Bieliková, PhD., +421 905 318 644\n\n"
        "Podunajská univerzita v Komárne, verejná vysoká škola\n"
        "Hradná 4, 945 01 Komárno, IČO " + I20 + "\n",
    },
    {
        "id": "bk021-html-table-resp",
        "description": "HTML-only mail with a table: production and test given in one cell "
        "with 'resp.', a second production address in the next row, the publisher below "
        "the channel's name",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Jesenicko s.r.o.",
            I21,
            None,
            ["192.0.2.100", "192.0.2.101"],
            ["192.0.2.110"],
            "Dominik Urbánek",
            "urbanek@rtj.example",
            "+420739615284",
        ),
        "from": "Dominik Urbánek <urbanek@rtj.example>",
        "subject": "RTJ – žádost o data a natáčení",
        "headers": OWA,
        "html": "<html><body><p>Dobrý den,</p><p>televize <b>RTJ</b> žádá o přístup "
        "k výsledkům voleb (XML) a o povolení natáčet na pracovišti v Olomouci.</p>"
        "<table border=1><tr><th>Server</th><th>IP</th></tr>"
        "<tr><td>vysílací / testovací</td><td>192.0.2.100, resp. 192.0.2.110</td></tr>"
        "<tr><td>záložní vysílací</td><td>192.0.2.101</td></tr></table>"
        "<p>Provozovatel: Regionální televize Jesenicko s.r.o., Lipovská 12, Jeseník, "
        "IČO " + I21 + "</p><p>Kontakt: Dominik Urbánek, technik, 739 615 284</p>"
        "<p>Díky, D. Urbánek</p></body></html>",
    },
    {
        "id": "bk022-databox-college-workbook-block",
        "description": "data message from a private college: annotation only 'žádost', the "
        "workbook lists a /30 and one more address (five in all) and a test address; the "
        "contact in the workbook written surname first in capitals",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysoká škola regionálních studií, o.p.s.",
            I22,
            "vsrs3k9",
            ["198.51.100.96", "198.51.100.97", "198.51.100.98", "198.51.100.99", "198.51.100.104"],
            ["198.51.100.110"],
            "Radka Bártová",
            "bartova@vsrs.example",
            "+420487221605",
        ),
        "databox": box(
            "vsrs3k9", "Vysoká škola regionálních studií, o.p.s.", "Mlýnská 9, 470 01 Česká Lípa"
        ),
        "subject": "žádost",
        "attachments": [
            (
                "xlsx",
                "VSRS_pristup_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Vysoká škola regionálních studií, o.p.s."],
                            ["IČO", I22],
                            ["Účel", "studentská volební laboratoř – přístup k XML"],
                            ["Produkční síť", "198.51.100.96/30"],
                            ["Produkční (proxy)", "198.51.100.104"],
                            ["Test", "198.51.100.110"],
                            ["Kontaktní osoba", "BÁRTOVÁ Radka"],
                            ["Telefon", "487 221 605"],
                            ["E-mail", "bartova@vsrs.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bk023-italian-long-pdf-letter",
        "description": "long formal Italian PDF letter behind a two-line English cover: three "
        "production addresses with 'e', an Italian landline that keeps its leading 0 in E.164",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Teleduemari S.r.l.",
            None,
            None,
            ["203.0.113.170", "203.0.113.171", "203.0.113.172"],
            ["203.0.113.179"],
            "Francesca Lo Russo",
            "f.lorusso@teleduemari.example",
            "+390804321187",
        ),
        "from": "Francesca Lo Russo <f.lorusso@teleduemari.example>",
        "subject": "Application - election results access / Teleduemari",
        "headers": TBIRD,
        "body": "Good morning,\nplease find attached our formal application (in Italian).\n"
        "Best regards, F. Lo Russo\n",
        "attachments": [
            (
                "pdf",
                "Teleduemari_richiesta_CSU.pdf",
                [
                    "TELEDUEMARI S.r.l.\nVia Giovanni Amendola 118, 70126 Bari\nP. IVA 06417290721",
                    "Spett.le Ufficio di Statistica Ceco\nPraga",
                    "Oggetto: richiesta di accesso ai risultati elettorali e di autorizzazione "
                    "alle riprese",
                    "Con la presente Teleduemari S.r.l., emittente televisiva regionale "
                    "pugliese, chiede di poter accedere al server dedicato con i risultati "
                    "parziali delle elezioni della Camera dei deputati in formato XML, al fine "
                    "di realizzare uno speciale dedicato alla numerosa comunità ceca residente "
                    "in Puglia. Chiede inoltre l'autorizzazione a effettuare riprese video "
                    "presso il centro di raccolta di Praga nella notte dello spoglio.",
                    "I server di produzione hanno gli indirizzi 203.0.113.170, 203.0.113.171 "
                    "e 203.0.113.172; l'ambiente di prova l'indirizzo 203.0.113.179.",
                    "Referente: dott.ssa Francesca Lo Russo, responsabile della redazione "
                    "digitale, tel. +39 080 432 1187, f.lorusso@teleduemari.example",
                    "Distinti saluti\nAvv. Nicola Di Cagno\nAmministratore unico",
                ],
            )
        ],
    },
    {
        "id": "bk024-temporary-test-host-netmask",
        "description": "production as address and netmask on separate lines, the test address "
        "a temporary laptop used until the end of September (still the test address)",
        "style": Style.PLAIN,
        "labels": L(
            [FEED],
            "Zpravodajství Pootaví s.r.o.",
            I24,
            None,
            ["198.18.50.4", "198.18.50.5", "198.18.50.6", "198.18.50.7"],
            ["198.18.51.9"],
            "Jindřich Kotas",
            "kotas@pootavi.example",
            "+420723488150",
        ),
        "from": "Jindřich Kotas <kotas@pootavi.example>",
        "subject": "Přístup k XML výsledkům – Pootaví",
        "headers": OWA,
        "body": "Dobrý den,\n\n"
        "Zpravodajství Pootaví s.r.o. (IČO " + I24 + ") žádá o přístup k průběžným "
        "výsledkům voleb v XML.\n\n"
        "Produkční síť:\n  adresa 198.18.50.4\n  maska 255.255.255.252\n\n"
        "Testovací server zatím nemáme hotový, takže do konce září budeme testovat "
        "z dočasného notebooku na adrese 198.18.51.9. Jestli se to změní, ozveme se.\n\n"
        "Jindřich Kotas, IT, 723 488 150\n",
    },
    {
        "id": "bk025-british-contractor-for-latvian-daily",
        "description": "a British IT contractor writes in English for a Latvian daily that "
        "applies; IPv6 production and test addresses; the contractor's engineer is the "
        "contact with a UK mobile; no IČO",
        "style": Style.PROXY,
        "labels": L(
            [FEED],
            "Rīgas Vakara Ziņas SIA",
            None,
            None,
            ["2001:db8:77::10", "2001:db8:77::11"],
            ["2001:db8:77::20"],
            "Oliver Hextall",
            "oliver.hextall@fernhilldata.example",
            "+447700900412",
        ),
        "from": "Oliver Hextall <oliver.hextall@fernhilldata.example>",
        "subject": "Results feed access on behalf of Rigas Vakara Zinas",
        "headers": MAC_OUTLOOK,
        "body": "Dear Sir or Madam,\n\n"
        "Fernhill Data Services Ltd hosts the election live-blog of our client Rīgas Vakara "
        "Ziņas SIA (Latvian daily, reg. no. 40103592817, Riga), who is the applicant for "
        "access to your XML results server. Their editor-in-chief, Ms Ilze Kalniņa, has "
        "asked us to handle the technical side.\n\n"
        "Production fetchers: 2001:db8:77::10 and 2001:db8:77::11\n"
        "Staging: 2001:db8:77::20\n\n"
        "Please direct technical questions to me: Oliver Hextall, +44 7700 900412.\n\n"
        "Kind regards,\nOliver Hextall\nSenior Infrastructure Engineer\n"
        "Fernhill Data Services Ltd, Leeds\n",
    },
    {
        "id": "bk026-town-forwarded-note-iso",
        "description": "iso-8859-2 inline forward: a town's press officer forwards the mayor's "
        "note; the town applies for both; one production address, no test; the press "
        "officer is named as contact in the forwarded note",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Městys Lhotka u Studnice",
            I26,
            None,
            ["192.0.2.140"],
            [],
            "Hana Dvořáčková",
            "dvorackova@lhotkaustudnice.example",
            "+420491473225",
        ),
        "from": "Hana Dvořáčková <dvorackova@lhotkaustudnice.example>",
        "subject": "Fwd: volby - TV městyse",
        "headers": CENTRUM,
        "charset": "iso-8859-2",
        "body": "Dobrý den, posílám dál podle pokynu pana starosty.\nH. Dvořáčková, "
        "tisková mluvčí, tel. 491 473 225\n\n"
        "---------- Přeposlaná zpráva ----------\n"
        "Od: Starosta <starosta@lhotkaustudnice.example>\n"
        "Datum: po 1. 9. 2025 8:05\n"
        "Předmět: volby - TV městyse\n"
        "Komu: Hana Dvořáčková\n\n"
        "Hanko,\n"
        "pošli prosím na statistický úřad žádost za Městys Lhotka u Studnice (IČO " + I26 + "): "
        "chceme data z volebního serveru do naší obecní televize (počítač v radnici "
        "192.0.2.140) a Pepa Žák by rád natočil reportáž na pracovišti v Náchodě. "
        "Kontaktem budeš ty.\n"
        "Díky, M. Kolář\n",
    },
    {
        "id": "bk027-docx-feed-unticked-film-ticked",
        "description": "a civic association's DOCX form: the XML feed box unticked with an IP "
        "field left as a dash, filming ticked; the contact in a row written surname first",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Občanská kamera, z.s.",
            I27,
            None,
            [],
            [],
            "Vendula Horáková",
            "horakova@obcanskakamera.example",
            "+420776302814",
        ),
        "from": "Občanská kamera <info@obcanskakamera.example>",
        "subject": "formulář - natáčení volby",
        "headers": SAMSUNG,
        "body": "Dobrý den, v příloze vyplněný formulář.\n",
        "attachments": [
            (
                "docx",
                "formular_OK.docx",
                {
                    "header": "Občanská kamera, z.s. – nezávislý dokumentární spolek",
                    "blocks": [
                        "ŽÁDOST MÉDIA – volby do Poslanecké sněmovny",
                        {
                            "rows": [
                                ["Žadatel", "Občanská kamera, z.s."],
                                ["IČO", I27],
                                ["☐ přístup k XML s výsledky", "IP adresy: —"],
                                ["☒ natáčení / fotografování", "pracoviště Praha – Skalka"],
                                ["Kontaktní osoba", "Horáková Vendula"],
                                [
                                    "Telefon / e-mail",
                                    "776 302 814 / horakova@obcanskakamera.example",
                                ],
                            ]
                        },
                        "V Praze dne 5. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "bk028-reply-feed-withdrawn",
        "description": "reply that withdraws the XML feed asked for in the quoted application "
        "(results will come from an agency) and keeps the filming; the quoted addresses no "
        "longer apply",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Týdeník Podluží s.r.o.",
            I28,
            None,
            [],
            [],
            "Barbora Šlancarová",
            "slancarova@tydenikpodluzi.example",
            "+420604182739",
        ),
        "from": "Barbora Šlancarová <slancarova@tydenikpodluzi.example>",
        "subject": "RE: Žádost Týdeník Podluží - volby",
        "headers": OWA,
        "body": "Dobrý den,\n\n"
        "omlouvám se za změnu: přístup k XML datům nakonec nepotřebujeme, výsledky budeme "
        "přebírat od tiskové agentury. Žádost o povolení natáčet v Břeclavi platí dál.\n\n"
        "Barbora Šlancarová\n\n"
        "-----Original Message-----\n"
        "From: Barbora Šlancarová\n"
        "Sent: Monday, September 1, 2025 2:14 PM\n"
        "Subject: Žádost Týdeník Podluží - volby\n\n"
        "Dobrý den, Týdeník Podluží s.r.o. (IČO " + I28 + ") žádá o přístup k XML "
        "výsledkům (produkce 203.0.113.150, test 203.0.113.151) a o povolení natáčet na "
        "pracovišti v Břeclavi. Kontakt: Barbora Šlancarová, 604 182 739.\n",
    },
]
