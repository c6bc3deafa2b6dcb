"""Fifty-ninth held-out part ``dg``, cases dg015–dg028: a withdrawn feed, a conditional filming
request, replaced and temporary hosts, an institute's RTF letter, a reply that corrects a test
address, an agency's workbook, mixed English/Czech, a terse freelancer, a regional TV's data
message, a Hungarian filming-only PDF, an IPv6 block, a signed Belgian letter, a later election
and a Dutch 'respectievelijk'. Written by hand apart from the extraction rules."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyninth_dg_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I16, I17, I20, I21, I22, I27 = (
    ico("2741938"),
    ico("0583172"),
    ico("2905644"),
    ico("7403291"),
    ico("2618457"),
    ico("0471936"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dg015-sv-feed-withdrawn",
        "description": "Swedish paper asks for both, then withdraws the feed in a postscript; "
        "filming only remains and its addresses go",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Norrlandsposten AB",
            None,
            None,
            [],
            [],
            "Elsa Lindgren",
            "elsa.lindgren@norrlandsposten.example",
            "+46703318245",
        ),
        "from": "Elsa Lindgren <elsa.lindgren@norrlandsposten.example>",
        "subject": "Ansökan: XML-resultat och filmning",
        "headers": ROUNDCUBE,
        "body": "Hej,\n\nNorrlandsposten AB ansöker om tillgång till XML-resultaten "
        "(produktion 198.51.100.77, test 198.51.100.78) och om tillstånd att filma på er "
        "insamlingsplats i Prag.\n\nElsa Lindgren, +46 70 331 82 45\n\n"
        "PS. Vår IT-avdelning meddelade nyss att vi tar resultaten via nyhetsbyrån, så vi "
        "drar tillbaka ansökan om XML. Filmningen gäller fortfarande.\n",
    },
    {
        "id": "dg016-cz-city-tv-conditional-replaced",
        "description": "municipal TV: an old production address replaced by a new one, filming "
        "asked 'pokud to bude možné' (still asked); windows-1250",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Televize Uherský Dvorec, s.r.o.",
            I16,
            None,
            ["198.51.100.66"],
            ["198.51.100.67"],
            "Marek Habán",
            "haban@tvud.example",
            "+420603217784",
        ),
        "from": "Marek Habán <haban@tvud.example>",
        "subject": "žádost - volby, XML + natáčení",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\nTelevize Uherský Dvorec, s.r.o. (IČO " + I16 + "), kterou "
        "vlastní město, žádá o přístup k výsledkům voleb v XML. Loni jsme měli 198.51.100.65, "
        "ten server už nepoužíváme, nově 198.51.100.66, test 198.51.100.67.\n"
        "Pokud to bude možné, žádáme také o povolení natáčet na pracovišti ve Zlíně.\n\n"
        "Marek Habán, technik, 603 217 784\n",
    },
    {
        "id": "dg017-cz-institute-rtf-letter",
        "description": "a research institute (z. ú.) with a formal RTF letter behind a one-line "
        "cover; a table of roles; signed by the director, contact an analyst",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Institut regionálních studií, z. ú.",
            I17,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Tereza Šimková",
            "simkova@irs-institut.example",
            "+420739508116",
        ),
        "from": "Tereza Šimková <simkova@irs-institut.example>",
        "subject": "Žádost IRS - výsledky voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze posíláme žádost. S pozdravem T. Šimková\n",
        "attachments": [
            (
                "rtf",
                "zadost_IRS.rtf",
                [
                    "Institut regionálních studií, z. ú., Veveří 41, 602 00 Brno, IČO " + I17,
                    "Vážení,",
                    "náš institut zpracovává volební analýzy pro regionální média a žádá o "
                    "přístup k dedikovanému serveru s výsledky (XML).",
                    [
                        ["Role", "IP adresa"],
                        ["produkční", "192.0.2.200"],
                        ["produkční (záložní)", "192.0.2.201"],
                        ["testovací", "192.0.2.210"],
                    ],
                    "Kontaktní osoba: Mgr. Tereza Šimková, analytička, "
                    "simkova@irs-institut.example, 739 508 116",
                    "PhDr. Jaroslav Kubíček, ředitel",
                ],
            )
        ],
    },
    {
        "id": "dg018-at-reply-corrects-test",
        "description": "Austrian regional TV replies to the office's query with quoted history "
        "(the office's signature and phone); the test address is corrected",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Waldviertel TV GmbH",
            None,
            None,
            ["203.0.113.30"],
            ["203.0.113.32"],
            "Florian Haslinger",
            "f.haslinger@waldviertel-tv.example",
            "+436642817730",
        ),
        "from": "Florian Haslinger <f.haslinger@waldviertel-tv.example>",
        "subject": "AW: Ihr Antrag - Test-IP",
        "headers": MAC_OUTLOOK,
        "body": "Guten Tag Frau Nováková,\n\nstimmt, da war ein Tippfehler: statt 203.0.113.31 "
        "bitte 203.0.113.32 als Test-IP eintragen. Produktiv bleibt 203.0.113.30.\n\n"
        "Beste Grüße\nFlorian Haslinger\nWaldviertel TV GmbH\nMobil +43 664 281 7730\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: podatelna@czso.cz\n"
        "> Dobrý den / Guten Tag, die Test-IP 203.0.113.31 ist nicht erreichbar.\n"
        "> Bitte prüfen Sie die Angabe.\n> Jana Nováková, Český statistický úřad, "
        "+420 274 052 733\n",
    },
    {
        "id": "dg019-pl-agency-xlsx-portal",
        "description": "Polish agency writes for a portal; the XLSX names the portal as applicant "
        "with a range, a TAK/NIE column (filming NIE) and the portal's contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Portal Śląski sp. z o.o.",
            None,
            None,
            ["198.18.20.1", "198.18.20.2", "198.18.20.3"],
            ["198.18.20.9"],
            "Bartosz Kędzior",
            "b.kedzior@portalslaski.example",
            "+48512604318",
        ),
        "from": "Karolina Nowicka <k.nowicka@agencja-most.example>",
        "subject": "Wniosek - Portal Śląski (dostęp XML)",
        "headers": GMAIL,
        "body": "Dzień dobry,\n\nw imieniu naszego klienta przesyłam wniosek w załączniku.\n\n"
        "Karolina Nowicka\nAgencja Most\n",
        "attachments": [
            (
                "xlsx",
                "wniosek_portal_slaski.xlsx",
                [
                    {
                        "title": "Wniosek",
                        "rows": [
                            ["Wnioskodawca", "Portal Śląski sp. z o.o."],
                            ["Dostęp XML", "TAK"],
                            ["Zgoda na filmowanie", "NIE"],
                            ["Adresy produkcyjne", "198.18.20.1 - 198.18.20.3"],
                            ["Adres testowy", "198.18.20.9"],
                            ["Osoba kontaktowa", "Bartosz Kędzior"],
                            ["E-mail", "b.kedzior@portalslaski.example"],
                            ["Telefon", "+48 512 604 318"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "dg020-en-cz-mixed-internal-host",
        "description": "English/Czech mix; an internal host behind NAT is mentioned but only the "
        "public addresses count; IPv6 production; flowed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Prague Weekly Review s.r.o.",
            I20,
            None,
            ["192.0.2.90", "2001:db8:90::1"],
            ["192.0.2.91"],
            "Daniel Kowalczyk",
            "daniel@pragueweekly.example",
            "+420776310592",
        ),
        "from": "Daniel Kowalczyk <daniel@pragueweekly.example>",
        "subject": "XML feed request / žádost o přístup",
        "headers": TBIRD,
        "flowed": True,
        "body": "Hi, dobrý den,\n\nwe are Prague Weekly Review s.r.o. (IČO " + I20 + "), an "
        "English-language weekly. Žádáme o přístup k XML s výsledky.\n\n"
        "Our parser runs on an internal box (10.12.0.5) behind NAT; the public "
        "addresses you will see are 192.0.2.90 and 2001:db8:90::1 (production). "
        "Test: 192.0.2.91.\n\nContact me: Daniel Kowalczyk, +420 776 310 592\n\nThanks, "
        "díky\nDaniel\n",
    },
    {
        "id": "dg021-cz-terse-freelancer-description",
        "description": "terse note by a freelancer whose dash is followed by a description of "
        "her work, not a trade name; her name is the applicant",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Markéta Zelenková",
            I21,
            None,
            ["203.0.113.121"],
            ["203.0.113.122"],
            "Markéta Zelenková",
            "zelenkova.m@posta-osvc.example",
            "+420608144270",
        ),
        "from": "Markéta Zelenková <zelenkova.m@posta-osvc.example>",
        "subject": "xml volby",
        "headers": K9,
        "body": "dobry den, zadam o pristup k xml.\nprod 203.0.113.121 / test 203.0.113.122\n"
        "Markéta Zelenková – mapy a grafika pro média, IČO " + I21 + ", 608 144 270\n",
    },
    {
        "id": "dg022-cz-regional-tv-databox-odt",
        "description": "regional TV data message with an ODT: shorthand '192.0.2.30, .31 a .32', "
        "a temporary test address; both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Podbeskydí a.s.",
            I22,
            "tvp4k9z",
            ["192.0.2.30", "192.0.2.31", "192.0.2.32"],
            ["192.0.2.39"],
            "Lukáš Ondruch",
            "ondruch@tvpodbeskydi.example",
            "+420731622045",
        ),
        "databox": box("tvp4k9z", "TV Podbeskydí a.s.", "Zámecká 8, 738 01 Frýdek-Místek"),
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení",
        "attachments": [
            (
                "odt",
                "zadost_TVP.odt",
                [
                    "TV Podbeskydí a.s., IČO " + I22,
                    "Žádáme o přístup k XML s výsledky a o povolení natáčet na pracovišti "
                    "v Ostravě.",
                    [
                        ["produkce", "192.0.2.30, .31 a .32"],
                        ["test (dočasně, do konce září)", "192.0.2.39"],
                    ],
                    "Kontakt: Lukáš Ondruch, ondruch@tvpodbeskydi.example, 731 622 045",
                ],
            )
        ],
    },
    {
        "id": "dg023-hu-tv-filming-only-pdf",
        "description": "Hungarian TV: English cover, Hungarian PDF; filming only; the contact "
        "written in capitals surname first",
        "style": Style.COVER,
        "labels": L(
            [FILM],
            "Dunamente Televízió Zrt.",
            None,
            None,
            [],
            [],
            "Nagy Zsófia",
            "nagy.zsofia@dunamente-tv.example",
            "+36209137762",
        ),
        "from": "Nagy Zsófia <nagy.zsofia@dunamente-tv.example>",
        "subject": "Filming permit request - Dunamente TV",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\nplease find our request for a filming permit attached.\n\n"
        "Best regards\nZsófia Nagy\n",
        "attachments": [
            (
                "pdf",
                "forgatasi_kerelem.pdf",
                [
                    "Dunamente Televízió Zrt., Budapest",
                    "Tárgy: forgatási engedély kérése",
                    "Kérjük, engedélyezzék stábunk számára a forgatást a prágai adatgyűjtő "
                    "helyen a választás éjszakáján. XML hozzáférést nem kérünk.",
                    "Kapcsolattartó: NAGY Zsófia, +36 20 913 7762, "
                    "nagy.zsofia@dunamente-tv.example",
                ],
            )
        ],
    },
    {
        "id": "dg024-es-agency-ipv6-block",
        "description": "Spanish news agency gives production as an IPv6 /127 (two addresses) "
        "and an IPv4 test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias S.A.",
            None,
            None,
            ["2001:db8:5e::a", "2001:db8:5e::b"],
            ["198.51.100.250"],
            "Javier Ortuño",
            "jortuno@ibericanoticias.example",
            "+34913402781",
        ),
        "from": "Javier Ortuño <jortuno@ibericanoticias.example>",
        "subject": "Acceso al XML de resultados electorales",
        "headers": OWA,
        "body": "Estimados señores:\n\nAgencia Ibérica de Noticias S.A. solicita acceso al "
        "servidor XML. Producción: 2001:db8:5e::a/127. Pruebas: 198.51.100.250.\n\n"
        "Contacto técnico: Javier Ortuño, +34 91 340 27 81\n\nAtentamente,\nJavier Ortuño\n",
    },
    {
        "id": "dg025-be-long-formal-smime",
        "description": "Belgian regional TV (ASBL), a long formal signed letter in French with "
        "both requests; the director signs, a journalist is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Télé Sambre-Meuse ASBL",
            None,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.149"],
            "Amélie Dubois",
            "a.dubois@telesambremeuse.example",
            "+32475612908",
        ),
        "from": "Pierre Lemaire <p.lemaire@telesambremeuse.example>",
        "subject": "Demande d'accès aux résultats et d'autorisation de tournage",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Madame, Monsieur,\n\nJ'ai l'honneur de vous adresser, au nom de Télé "
        "Sambre-Meuse ASBL, télévision locale de la région de Namur, une demande double.\n\n"
        "Premièrement, nous sollicitons l'accès au serveur dédié publiant les résultats des "
        "élections en format XML, depuis nos serveurs de production 203.0.113.140 et "
        "203.0.113.141 ; notre serveur de test a l'adresse 203.0.113.149.\n\n"
        "Deuxièmement, nous sollicitons l'autorisation de filmer dans vos locaux de Prague "
        "pendant la soirée électorale, pour un reportage sur les communautés belges en "
        "Europe centrale.\n\nPour toute question, veuillez contacter notre journaliste "
        "Mme Amélie Dubois (a.dubois@telesambremeuse.example, +32 475 61 29 08).\n\n"
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
        "distinguées.\n\nPierre Lemaire\nDirecteur général\nTélé Sambre-Meuse ASBL\n",
    },
    {
        "id": "dg026-it-later-election-whole",
        "description": "Italian weekly applies as a whole for a later election (counts); one "
        "production address, no test",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Settimanale del Friuli S.r.l.",
            None,
            None,
            ["198.51.100.150"],
            [],
            "Giulia Zanier",
            "g.zanier@settimanalefriuli.example",
            "+390432508117",
        ),
        "from": "Giulia Zanier <g.zanier@settimanalefriuli.example>",
        "subject": "Richiesta accesso XML - elezioni regionali",
        "headers": IPHONE,
        "body": "Gentili signori,\n\nIl Settimanale del Friuli S.r.l. chiede l'accesso al "
        "server XML per le elezioni regionali del prossimo anno (non per quelle attuali). "
        "Server di produzione: 198.51.100.150; non abbiamo un server di test.\n\n"
        "Giulia Zanier, redazione web, tel. +39 0432 508117\n",
    },
    {
        "id": "dg027-cz-it-contractor-replaced-host",
        "description": "an IT contractor writes for a weekly's publisher; the old server is "
        "cancelled and replaced; the contractor is the named contact; iso-8859-2 quoted-printable",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vydavatelství Polabí s.r.o.",
            I27,
            None,
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Radim Šťastný",
            "stastny@netservis-nb.example",
            "+420724118903",
        ),
        "from": "Radim Šťastný <stastny@netservis-nb.example>",
        "subject": "Polabský týdeník - změna serveru pro XML",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nza našeho zákazníka Vydavatelství Polabí s.r.o. (IČO "
        + I27
        + ", vydává Polabský týdeník) žádám o přístup k XML s výsledky. Starý server "
        "203.0.113.70 jsme zrušili, nový je 203.0.113.77, test 203.0.113.78.\n"
        "Kontaktní osobou pro tuto žádost jsem já.\n\nRadim Šťastný\nNetServis Nymburk\n"
        "tel. 724 118 903\n",
    },
    {
        "id": "dg028-nl-respectievelijk-docx",
        "description": "Dutch news site, DOCX letter: production and test given with "
        "'respectievelijk', a second production line; Dutch phone",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Nieuws Noord B.V.",
            None,
            None,
            ["192.0.2.160", "192.0.2.162"],
            ["192.0.2.170"],
            "Sanne de Vries",
            "s.devries@nieuwsnoord.example",
            "+31505213390",
        ),
        "from": "Sanne de Vries <s.devries@nieuwsnoord.example>",
        "subject": "Aanvraag XML-toegang",
        "headers": OUTLOOK,
        "body": "Goedemiddag, bijgaand onze aanvraag.\nSanne de Vries\n",
        "attachments": [
            (
                "docx",
                "aanvraag_NN.docx",
                {
                    "header": "Nieuws Noord B.V. | Groningen",
                    "blocks": [
                        "Nieuws Noord B.V. vraagt toegang tot de XML-feed met "
                        "verkiezingsuitslagen.",
                        "Het productie- en testadres zijn respectievelijk 192.0.2.160 en "
                        "192.0.2.170. Daarnaast draait een tweede productieserver op "
                        "192.0.2.162.",
                        "Contactpersoon: Sanne de Vries, +31 50 521 3390",
                    ],
                },
            )
        ],
    },
]
