"""Sixtieth held-out part ``dh``, cases dh015–dh028: a Cisco ACL with remark lines, an
HTML-only Centrum table with a struck-through address, a Roundcube signature naming three
people, a data message with the addresses in its annotation and the rest in an ODT, a K-9 note
correcting itself, a Slovenian film crew in English, an iso-8859-2 Evolution forward of the IT
department's mail quoting the office's rules, an HTML-only Slovak Samsung mail, a bounced
application forwarded as an attached .eml, a Swiss sender in English with text and HTML, a
natural person's data message with a workbook, an OWA mail re-labelling one address as backup, a
freelancer on Proton Mail with one IPv6 address and a Yahoo filming request. Written by hand
apart from the extraction rules (see make_sixtieth_dh); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtieth_dh_common import (
    APPLE,
    CENTRUM,
    EMCLIENT,
    EVOLUTION,
    FEED,
    FILM,
    K9,
    KMAIL,
    OWA,
    PROTON,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    YAHOO,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2759481"),
    ico("0463127"),
    ico("2691835"),
    ico("0518376"),
    ico("2807264"),
)
I21, I23, I25, I26, I28 = (
    ico("0736518"),
    ico("2648093"),
    ico("7402651"),
    ico("0284957"),
    ico("2915470"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dh015-kmail-cisco-acl-remarks",
        "description": "a Cisco extended ACL pasted for the office's network people: the roles "
        "in 'remark' lines above each 'permit tcp host', a backup node among production, a "
        "closing 'deny ip any any'",
        "style": Style.PASTE,
        "labels": L(
            [FEED],
            "Českolipský Net, s.r.o.",
            I15,
            None,
            ["198.51.100.81", "198.51.100.82"],
            ["198.51.100.88"],
            "Petr Lang",
            "lang@ceskolipskynet.example",
            "+420487520331",
        ),
        "from": "Petr Lang <lang@ceskolipskynet.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": KMAIL,
        "body": "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb. Pro vaše síťaře – "
        "kdybyste to měli na Ciscu, ACL by vypadal zhruba takhle (remarky říkají, co je "
        "co):\n\nip access-list extended VOLBY-CLNET\n remark produkce - web frontend\n "
        "permit tcp host 198.51.100.81 any eq 443\n remark produkce - zalozni node\n permit "
        "tcp host 198.51.100.82 any eq 443\n remark test / vyvoj\n permit tcp host "
        "198.51.100.88 any eq 443\n deny ip any any log\n\nŽadatel: Českolipský Net, s.r.o., "
        "IČO " + I15 + "\nKontakt: Petr Lang, lang@ceskolipskynet.example, 487 520 331\n\n"
        "S pozdravem\nPetr Lang\n",
    },
    {
        "id": "dh016-centrum-html-only-struck-address",
        "description": "HTML-only Centrum mail: in the role table one production cell holds a "
        "struck-through address (<s>) followed by the right one, as the sender's own "
        "correction",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Mělnický expres s.r.o.",
            I16,
            None,
            ["198.51.100.45", "198.51.100.46"],
            ["198.51.100.49"],
            "Lenka Šustrová",
            "sustrova@melnickyexpres.example",
            "+420315620883",
        ),
        "from": "Lenka Šustrová <sustrova@melnickyexpres.example>",
        "subject": "žádost – přístup k výsledkům voleb",
        "headers": CENTRUM,
        "html": "<div>Dobrý den,</div><div><br></div><div>žádáme o přístup k výsledkům voleb "
        "v XML. Adresy posílám v tabulce (v první řádce jsem měla překlep, opravila jsem "
        "to):</div><div><br></div><table border=1 cellspacing=0 cellpadding=3><tr><th>role"
        "</th><th>IP</th></tr><tr><td>produkce</td><td><s>198.51.100.44</s> 198.51.100.45"
        "</td></tr><tr><td>produkce</td><td>198.51.100.46</td></tr><tr><td>test</td><td>"
        "198.51.100.49</td></tr></table><div><br></div><div>Žadatel: Mělnický expres s.r.o., "
        "IČO " + I16 + "</div><div>Kontakt: Lenka Šustrová, 315 620 883</div><div><br></div>"
        "<div>-- <br>Lenka Šustrová | Mělnický expres</div>",
    },
    {
        "id": "dh017-roundcube-three-people-surname-contact",
        "description": "sent from the newsroom's shared address; the body names the contact "
        "only as 'pan Hrubeš (viz níže)', the signature lists three people with their roles "
        "and phones; feed and photographs",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Jablonecký měsíčník, z.s.",
            I17,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Daniel Hrubeš",
            "hrubes@jbcmesicnik.example",
            "+420605200417",
        ),
        "from": "Redakce Jablonecký měsíčník <redakce@jbcmesicnik.example>",
        "subject": "Volby – žádost o XML a focení",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nJablonecký měsíčník, z.s., IČO " + I17 + ", žádá o přístup "
        "k výsledkům voleb ve formátu XML a zároveň o povolení pořídit fotografie na "
        "pracovišti v Liberci.\n\nProdukce: 192.0.2.33\nTest: 192.0.2.34\n\nKontaktní osobou "
        "pro tuto žádost je pan Hrubeš (viz níže).\n\nS pozdravem\nza redakci\n\nMgr. Olga "
        "Svobodová, šéfredaktorka, 483 311 400\nDaniel Hrubeš, technik, "
        "hrubes@jbcmesicnik.example, 605 200 417\nSabina Nováková, fotografka, 608 900 213\n",
    },
    {
        "id": "dh018-databox-annotation-ips-odt-rest",
        "description": "data message whose annotation carries the addresses; the ODT letter "
        "says they are in the annotation and gives the IČO and the contact's mobile in 3-2-2-2 "
        "groups",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Domažlický kurýr s.r.o.",
            I18,
            "p9rt3ke",
            ["198.18.7.10", "198.18.7.11"],
            ["198.18.7.20"],
            "Štěpánka Malá",
            "mala@domazlickykuryr.example",
            "+420720554198",
        ),
        "databox": box("p9rt3ke", "Domažlický kurýr s.r.o.", "nám. Míru 8, 344 01 Domažlice"),
        "subject": "Žádost o XML výsledky voleb – produkční IP 198.18.7.10 a 198.18.7.11, "
        "testovací 198.18.7.20; ostatní údaje v příloze",
        "attachments": [
            (
                "odt",
                "zadost_DK.odt",
                [
                    "Domažlický kurýr s.r.o., nám. Míru 8, 344 01 Domažlice, IČO " + I18,
                    "Žádost o přístup k průběžným výsledkům voleb na dedikovaném serveru",
                    "IP adresy uvádíme v poznámce (anotaci) této datové zprávy.",
                    "Kontaktní osoba: Štěpánka Malá, mala@domazlickykuryr.example, mobil "
                    "720 55 41 98",
                    "V Domažlicích dne 16. 9. 2025, Pavel Bouček, jednatel",
                ],
            )
        ],
    },
    {
        "id": "dh019-k9-no-diacritics-self-correction",
        "description": "7bit K-9 note without diacritics: 'prod'/'test' lines, then 'sorry "
        "prepis, prod je ...171 (ne 177)'; the phone in 3-2-2-2 groups",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jesenicky tyden s.r.o.",
            I19,
            None,
            ["203.0.113.171"],
            ["203.0.113.178"],
            "Ales Dusek",
            "dusek@jesenickytyden.example",
            "+420736201984",
        ),
        "from": "Ales Dusek <dusek@jesenickytyden.example>",
        "subject": "xml volby",
        "headers": K9,
        "cte": "7bit",
        "body": "Dobry den, zadame o pristup k xml vysledkum voleb.\nJesenicky tyden s.r.o., "
        "ICO " + I19 + "\nprod 203.0.113.177\ntest 203.0.113.178\nsorry prepis, prod je "
        "203.0.113.171 (ne 177)\nkontakt ja, Ales Dusek, tel +420 736 20 19 84\n",
    },
    {
        "id": "dh020-slovenian-english-filming-only",
        "description": "a Slovenian producer writes English from Thunderbird asking only to "
        "film with a named camera operator; the XML explicitly not needed; Slovenian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Primorski val d.o.o.",
            None,
            None,
            [],
            [],
            "Nina Kovač",
            "nina.kovac@primorskival.example",
            "+38641552019",
        ),
        "from": "Nina Kovač <nina.kovac@primorskival.example>",
        "subject": "Filming request - election night",
        "headers": TBIRD,
        "body": "Hello,\n\nmy name is Nina Kovač and I produce a weekly Central European "
        "affairs programme for Primorski val d.o.o. (Koper, Slovenia). We would like to film "
        "a short report at your results processing site in Prague on election night - one "
        "camera operator (Luka Zupan) and myself.\n\nWe do not need access to the XML "
        "results feed, we will use your public website.\n\nCould you let me know what "
        "accreditation you need from us?\n\nBest regards,\nNina Kovač\n+386 41 552 019\n",
    },
    {
        "id": "dh021-evolution-iso88592-forward-it-mail",
        "description": "iso-8859-2 Evolution mail: the deputy editor applies and names himself "
        "contact above the forwarded IT mail, which holds the addresses and retells the "
        "office's rules (box 2gfaasy, its phone)",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Prostějovský večerník, s.r.o.",
            I21,
            None,
            ["192.0.2.181", "192.0.2.182", "192.0.2.183"],
            ["192.0.2.190"],
            "Jan Štěpánek",
            "stepanek@pvvecernik.example",
            "+420582330761",
        ),
        "from": "Jan Štěpánek <stepanek@pvvecernik.example>",
        "subject": "Fwd: IP adresy pro ČSÚ",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb za Prostějovský "
        "večerník, s.r.o. (IČO " + I21 + "). Adresy nám připravilo IT, přeposílám jejich "
        "e-mail níže. Kontaktní osobou za žádost jsem já, Jan Štěpánek, tel. 582 330 761.\n\n"
        "Jan Štěpánek\nzástupce šéfredaktora\n\n-------- Přeposlaná zpráva --------\nOd: "
        "Helpdesk IT <it@pvvecernik.example>\nKomu: Jan Štěpánek "
        "<stepanek@pvvecernik.example>\nPředmět: IP adresy pro ČSÚ\nDatum: Mon, 15 Sep 2025 "
        "13:20:44 +0200\n\nAhoj Honzo,\n\nčetli jsme, co píše ČSÚ (max. 5 produkčních a 5 "
        "testovacích adres, žádosti do datové schránky 2gfaasy nebo na podatelna@czso.cz, "
        "dotazy na 274 052 733). Pro nás:\n\nprodukční: 192.0.2.181, 192.0.2.182, "
        "192.0.2.183\ntestovací: 192.0.2.190\n\nVe středu to zapneme.\nMartin, IT\n",
    },
    {
        "id": "dh022-samsung-html-only-slovak",
        "description": "HTML-only base64 Samsung mail in Slovak, one div per line: a Bratislava "
        "portal with a Czech edition, one production and one test server, a Slovak mobile, no "
        "IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Náš región, s.r.o.",
            None,
            None,
            ["203.0.113.222"],
            ["203.0.113.223"],
            "Peter Horváth",
            "horvath@nasregion.example",
            "+421948112630",
        ),
        "from": "Peter Horváth <horvath@nasregion.example>",
        "subject": "Žiadosť - XML výsledky volieb",
        "headers": SAMSUNG,
        "cte": "base64",
        "html": '<html><body><div dir="auto">Dobrý deň,</div><div dir="auto"><br></div>'
        '<div dir="auto">za Náš región, s.r.o. (Bratislava, vydávame aj české vydanie) '
        "žiadam o prístup k XML s výsledkami volieb do Poslaneckej snemovne.</div>"
        '<div dir="auto"><br></div><div dir="auto">produkčný server: 203.0.113.222</div>'
        '<div dir="auto">testovací server: 203.0.113.223</div><div dir="auto"><br></div>'
        '<div dir="auto">Kontakt: Peter Horváth, +421 948 112 630</div><div dir="auto"><br>'
        '</div><div dir="auto">Odoslané zo zariadenia Samsung Galaxy</div></body></html>',
    },
    {
        "id": "dh023-emclient-bounced-attached-eml",
        "description": "the secretary resends as an attached .eml an editor's application that "
        "bounced (mistyped office address in its To); she signs the cover, the contact is in "
        "the inner message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vyškovský zpravodaj, s.r.o.",
            I23,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.65"],
            "Ladislav Šindler",
            "sindler@vyskovskyzpravodaj.example",
            "+420517348209",
        ),
        "from": "Sekretariát Vyškovský zpravodaj <sekretariat@vyskovskyzpravodaj.example>",
        "subject": "Fw: Žádost o přístup k výsledkům voleb",
        "headers": EMCLIENT,
        "body": "Dobrý den,\n\nžádost pana Šindlera se mu vrátila jako nedoručitelná "
        "(překlep v adrese), posílám ji proto znovu v příloze.\n\nS pozdravem\nIveta "
        "Marková\nsekretariát\n",
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "dh023-inner",
                    "from": "Ladislav Šindler <sindler@vyskovskyzpravodaj.example>",
                    "to": "podatelna@czos.cz",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "headers": EMCLIENT,
                    "body": "Dobrý den,\n\nVyškovský zpravodaj, s.r.o., IČO " + I23 + ", žádá "
                    "o přístup k průběžným výsledkům voleb (XML).\nProdukční adresy: "
                    "198.51.100.60, 198.51.100.61\nTestovací adresa: 198.51.100.65\n"
                    "Kontaktní osoba: Ladislav Šindler, sindler@vyskovskyzpravodaj.example, "
                    "517 348 209\n\nDěkuji\nLadislav Šindler\n",
                },
            )
        ],
    },
    {
        "id": "dh024-apple-swiss-english-alternative",
        "description": "a Swiss head of digital writes English in multipart/alternative: feed "
        "and filming as numbered points, the test server in parentheses, a named "
        "correspondent for filming, himself the contact; Swiss landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Ticino Notizie SA",
            None,
            None,
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Luca Bernasconi",
            "l.bernasconi@ticinonotizie.example",
            "+41918001234",
        ),
        "from": "Luca Bernasconi <l.bernasconi@ticinonotizie.example>",
        "subject": "Election night: XML feed and filming",
        "headers": APPLE,
        "body": "Good morning,\n\nI'm writing for Ticino Notizie SA (Lugano, Switzerland). "
        "For our election-night coverage we would like\n\n1) access to your XML results "
        "feed from our production server 198.51.100.230 (test server: 198.51.100.231), and\n"
        "2) permission for our correspondent Sara Pellegrini to film at your processing "
        "centre in Prague.\n\nI will be the contact person for both.\n\nKind regards\nLuca "
        "Bernasconi\nHead of Digital\nTicino Notizie SA\nphone +41 91 800 12 34\n",
        "html": '<html><head><meta http-equiv="content-type" content="text/html; '
        'charset=utf-8"></head><body style="overflow-wrap: break-word;"><div>Good morning,'
        "</div><div><br></div><div>I'm writing for Ticino Notizie SA (Lugano, Switzerland). "
        "For our election-night coverage we would like</div><ol><li>access to your XML "
        "results feed from our production server 198.51.100.230 (test server: "
        "198.51.100.231), and</li><li>permission for our correspondent Sara Pellegrini to "
        "film at your processing centre in Prague.</li></ol><div>I will be the contact "
        "person for both.</div><div><br></div><div>Kind regards</div><div>Luca "
        "Bernasconi</div><div>Head of Digital</div><div>Ticino Notizie SA</div><div>phone "
        "+41 91 800 12 34</div></body></html>",
    },
    {
        "id": "dh025-databox-person-xlsx-notes",
        "description": "data message from a natural person in business; the workbook has the "
        "applicant rows, then addresses with a role column and a note column ('VPS "
        "Frankfurt', 'doma'); phone in 3-2-2-2 groups",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Radek Sýkora",
            I25,
            "r7nx2sb",
            ["203.0.113.12", "203.0.113.13"],
            ["203.0.113.19"],
            "Radek Sýkora",
            "radek@sykora-grafy.example",
            "+420602135791",
        ),
        "databox": box("r7nx2sb", "Radek Sýkora", "Lipová 3, 750 02 Přerov", kind=40),
        "subject": "Žádost o přístup k výsledkům voleb (OSVČ)",
        "attachments": [
            (
                "xlsx",
                "volby_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Radek Sýkora"],
                            ["IČO", I25],
                            ["E-mail", "radek@sykora-grafy.example"],
                            ["Telefon", "+420 602 13 57 91"],
                            [],
                            ["Adresa", "Role", "Poznámka"],
                            ["203.0.113.12", "produkční", "VPS Praha"],
                            ["203.0.113.13", "produkční", "VPS Frankfurt"],
                            ["203.0.113.19", "testovací", "doma"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "dh026-owa-test-becomes-backup",
        "description": "four addresses each with a role, then the IT department's correction "
        "turns one 'test' into a backup production server; one test address remains",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kolínský kurýr, a.s.",
            I26,
            None,
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["192.0.2.20"],
            "Dana Horáčková",
            "horackova@kolinskykuryr.example",
            "+420321710455",
        ),
        "from": "Horáčková Dana <horackova@kolinskykuryr.example>",
        "subject": "Žádost o přístup k XML s výsledky voleb",
        "headers": OWA,
        "body": "Dobrý den,\n\nKolínský kurýr, a.s. (IČO " + I26 + ") žádá o přístup k XML s "
        "výsledky voleb.\n\nAdresy:\n192.0.2.10 – produkce\n192.0.2.11 – produkce\n"
        "192.0.2.12 – test\n192.0.2.20 – test\n\nUpřesnění od kolegů z IT, které mi přišlo, "
        "než jsem to stihla odeslat: 192.0.2.12 není testovací, ale záložní produkční server "
        "(přepíná se na něj při výpadku). Testovací je tedy jen 192.0.2.20.\n\nKontakt: Dana "
        "Horáčková, 321 710 455\n\nS pozdravem\nDana Horáčková\n",
    },
    {
        "id": "dh027-proton-freelancer-ipv6-only",
        "description": "a freelance data journalist (no company) writes chattily from Proton "
        "Mail: one IPv6 VPS address, testing from it, no IČO",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Matěj Kroupa",
            None,
            None,
            ["2001:db8:3f00:12::7"],
            [],
            "Matěj Kroupa",
            "matej.kroupa@proton.example",
            "+420770118402",
        ),
        "from": "Matěj Kroupa <matej.kroupa@proton.example>",
        "subject": "XML výsledky pro nezávislého novináře?",
        "headers": PROTON,
        "body": "Dobrý den,\n\njsem nezávislý datový novinář (dělám volební mapy pro pár "
        "menších webů, nejsem firma) a rád bych letos poprvé tahal výsledky přímo z vašeho "
        "XML místo scrapování webu, které vám asi stejně nedělá radost :)\n\nMám jen jeden "
        "VPS, IPv6: 2001:db8:3f00:12::7. Na testy nic zvláštního nemám, zkusím to rovnou z "
        "něj.\n\nDíky moc!\nMatěj Kroupa\n+420 770 118 402\n\nSent with Proton Mail secure "
        "email.\n",
    },
    {
        "id": "dh028-yahoo-android-filming-only",
        "description": "base64 Yahoo Mail for Android: a cable TV's election special asks only "
        "to film in Pardubice, the XML not needed; phone in 3-2-2-2 groups",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "TV Polabí s.r.o.",
            I28,
            None,
            [],
            [],
            "Zdena Pokorná",
            "zdena.pokorna@yahoo.example",
            "+420736441209",
        ),
        "from": "Zdena Pokorná <zdena.pokorna@yahoo.example>",
        "subject": "natáčení ve volební noci",
        "headers": YAHOO,
        "cte": "base64",
        "body": "Dobrý den,\nmám na starosti volební speciál naší kabelové televize TV Polabí "
        "s.r.o. (IČO " + I28 + ") a ráda bych se domluvila na natáčení u vás na pracovišti v "
        "Pardubicích ve volební noci. Přijeli bychom ve dvou, já a kameraman. Výsledky do XML "
        "nepotřebujeme, bereme je z webu.\nDěkuji, Zdena Pokorná, 736 44 12 09\n\nOdesláno z "
        "aplikace Yahoo Mail pro Android\n",
    },
]
