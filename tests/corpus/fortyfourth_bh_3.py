"""Forty-fourth held-out part ``bh``, cases bh029–bh042: a Slovak freelancer's trade name with
bare last octets, a photographer's data message, a radio's temporary test machine beside an
internal host, IPv6 written in full and in capitals in a workbook, a Belgian daily with
'respectivement', a British freelancer, a university's data message whose annotation drops the
test address, a Spanish form with Sí/No, a village's RTF letter for filming, a reply quoting the
office's own signature, a Swiss long letter with IPv6, a Flemish /32 pair, a Swedish two-line
filming request and a Hungarian agency in ISO-8859-2 with a capitalised surname. Written by
hand apart from the extraction rules (see make_fortyfourth_bh); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfourth_bh_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    GMX,
    IPHONE,
    OUTLOOK,
    PROTON,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32 = ico("5208841"), ico("7390126"), ico("2557304"), ico("2804679")
I35, I37, I38 = ico("0621597"), ico("0029730"), ico("2719083")

CASES: list[dict[str, Any]] = [
    {
        "id": "bh029-slovak-freelancer-trade-name",
        "description": "Slovak freelancer names herself with a dash and her trade name; "
        "addresses as '198.51.100.33, .34 a .35', testing from production",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ivana Kováčová – Kováč Press",
            I29,
            None,
            ["198.51.100.33", "198.51.100.34", "198.51.100.35"],
            [],
            "Ivana Kováčová",
            "ivana@kovacpress.example",
            "+421918540237",
        ),
        "from": "Ivana Kováčová <ivana@kovacpress.example>",
        "subject": "žiadosť - prístup k XML výsledkom",
        "headers": SAMSUNG,
        "body": (
            "Dobrý deň,\n\n"
            "som živnostníčka (Ivana Kováčová – Kováč Press, IČO " + I29 + ") a pripravujem "
            "volebný servis pre niekoľko slovenských webov. Žiadam o prístup k výsledkom vo "
            "formáte XML.\n\n"
            "IP: 198.51.100.33, .34 a .35 – testovať budem z tých istých.\n\n"
            "Ďakujem\n"
            "Ivana Kováčová\n"
            "+421 918 540 237\n"
        ),
    },
    {
        "id": "bh030-photographer-databox-filming",
        "description": "a photographer's own data message (box of a person in business): "
        "filming only, the PDF lists his assistant too; no addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Filip Novotný",
            I30,
            "f2nv8xq",
            [],
            [],
            "Filip Novotný",
            "foto@filipnovotny.example",
            "+420606718492",
        ),
        "databox": box("f2nv8xq", "Filip Novotný", "Lidická 74, 602 00 Brno", 40),
        "subject": "Žádost o povolení fotografovat",
        "attachments": [
            (
                "pdf",
                "povoleni_foto_Novotny.pdf",
                [
                    "Filip Novotný, fotograf\nLidická 74, 602 00 Brno\nIČO " + I30,
                    "Žádám o povolení fotografovat a natáčet krátká videa na krajském "
                    "pracovišti v Brně ve volební noci pro agenturní zpravodajství. Přístup "
                    "k datům nepotřebuji.",
                    "Se mnou přijde asistentka Klára Dvořáková (nosí techniku).",
                    "Kontakt: 606 718 492, foto@filipnovotny.example",
                    "Filip Novotný",
                ],
            )
        ],
    },
    {
        "id": "bh031-temporary-test-internal-host",
        "description": "a radio lists an internal address not to be registered, a "
        "production address and a temporary rented test machine to be cancelled after",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Rádio Horácko s.r.o.",
            I31,
            None,
            ["192.0.2.70"],
            ["192.0.2.77"],
            "Miloš Kratina",
            "kratina@radiohoracko.example",
            "+420568845120",
        ),
        "from": "Miloš Kratina <kratina@radiohoracko.example>",
        "subject": "Rádio Horácko - XML přístup k výsledkům voleb",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "Rádio Horácko s.r.o., IČO " + I31 + ", žádá o přístup k výsledkům voleb ve "
            "formátu XML.\n\n"
            "adresa          | k čemu\n"
            "172.16.4.2      | interní stroj ve studiu, jen pro info, neregistrovat\n"
            "192.0.2.70      | produkce (veřejná adresa studia)\n"
            "192.0.2.77      | test - dočasně pronajatý VPS, po volbách ho zrušíme\n\n"
            "Kontaktní osoba: Miloš Kratina, technik, +420 568 845 120\n\n"
            "Díky a hezký den\nM. Kratina\n"
        ),
    },
    {
        "id": "bh032-xlsx-ipv6-full-and-caps",
        "description": "the workbook writes one IPv6 production address in full with zeros, "
        "one compressed and the test one in capitals; labels in compressed lower case",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Digitální deník Podkrkonoší a.s.",
            I32,
            None,
            ["2001:db8::ab:1", "2001:db8::ab:2"],
            ["2001:db8::ab:10"],
            "Jakub Šimon",
            "simon@ddpodkrkonosi.example",
            "+420734281650",
        ),
        "from": "Jakub Šimon <simon@ddpodkrkonosi.example>",
        "subject": "přístup XML - DD Podkrkonoší",
        "headers": GMAIL,
        "body": "Dobrý den,\nvyplněná tabulka v příloze. Jsme jen na IPv6.\nJakub Šimon\n",
        "attachments": [
            (
                "xlsx",
                "DDP_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Digitální deník Podkrkonoší a.s."],
                            ["IČO", I32],
                            ["Požadavek", "přístup k XML (natáčení ne)"],
                            ["Produkce 1", "2001:0db8:0000:0000:0000:0000:00ab:0001"],
                            ["Produkce 2", "2001:db8::ab:2"],
                            ["Test", "2001:DB8::AB:10"],
                            ["Kontakt", "Šimon Jakub"],
                            ["Tel.", "734 281 650"],
                            ["Mail", "simon@ddpodkrkonosi.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bh033-belgian-french-respectivement",
        "description": "Belgian daily in French asks for both, filming 'sous réserve de votre "
        "accord'; roles given with 'respectivement' after the list; base64",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Liège Matin SA",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.130"],
            "Sophie Lambert",
            "s.lambert@liegematin.example",
            "+3242231870",
        ),
        "from": "Sophie Lambert <s.lambert@liegematin.example>",
        "subject": "Demande d'accès XML et autorisation de tournage – Liège Matin",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "body": (
            "Madame, Monsieur,\n\n"
            "Liège Matin SA sollicite l'accès au serveur des résultats électoraux au format "
            "XML ainsi que, sous réserve de votre accord, l'autorisation de filmer au siège "
            "de l'Office à Prague le soir du dépouillement.\n\n"
            "Les adresses 203.0.113.120 et 203.0.113.121, d'une part, et 203.0.113.130, "
            "d'autre part, serviront respectivement à la production et aux tests.\n\n"
            "Personne de contact : Sophie Lambert, cheffe du service numérique, "
            "+32 4 223 18 70.\n\n"
            "Avec nos remerciements,\n"
            "Sophie Lambert\n"
        ),
    },
    {
        "id": "bh034-british-freelancer-terse",
        "description": "British freelance data journalist, four lines of English, no company "
        "and no IČO; UK mobile",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Oliver Pritchard",
            None,
            None,
            ["198.51.100.88"],
            ["198.51.100.89"],
            "Oliver Pritchard",
            "oliver@pritchard-data.example",
            "+447700900412",
        ),
        "from": "Oliver Pritchard <oliver@pritchard-data.example>",
        "subject": "XML feed access - freelance",
        "headers": PROTON,
        "body": (
            "Hi, freelance data journalist here (no company), could I get XML feed access "
            "for the election? Prod 198.51.100.88, test 198.51.100.89.\n"
            "Cheers, Oliver Pritchard, +44 7700 900412\n"
        ),
    },
    {
        "id": "bh035-university-databox-annotation-drops-test",
        "description": "a university's data message: the DOCX gives a test address but the "
        "annotation says testing will run from production; IPv4 and IPv6 production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Podyjí ve Znojmě, veřejná vysoká škola",
            I35,
            "j5ub7wd",
            ["198.18.200.50", "2001:db8:f1::50"],
            [],
            "Irena Pazderová",
            "pazderova@upz.example",
            "+420515226804",
        ),
        "databox": box(
            "j5ub7wd",
            "Univerzita Podyjí ve Znojmě",
            "Univerzitní náměstí 3, 669 02 Znojmo",
            10,
        ),
        "subject": "Žádost o přístup k XML - Ústav mediálních studií. Oprava k příloze: "
        "testovací adresu uvedenou v žádosti prosím nezapisujte, testovat budeme z "
        "produkčních serverů.",
        "attachments": [
            (
                "docx",
                "UPZ_UMS_zadost_XML.docx",
                {
                    "header": "Univerzita Podyjí ve Znojmě – Ústav mediálních studií",
                    "footer": "IČO " + I35 + " | ID DS j5ub7wd",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žadatel: Univerzita Podyjí ve Znojmě, veřejná vysoká škola, IČO " + I35,
                        "Ústav mediálních studií připravuje se studenty volební web. Natáčet "
                        "na pracovištích nebudeme.",
                        {
                            "rows": [
                                ["Produkce", "198.18.200.50\n2001:db8:f1::50"],
                                ["Test", "198.18.200.59"],
                                ["Kontaktní osoba", "Mgr. Irena Pazderová"],
                                ["Telefon", "515 226 804"],
                                ["E-mail", "pazderova@upz.example"],
                            ]
                        },
                        "doc. PhDr. Michal Stejskal, Ph.D., ředitel ústavu",
                    ],
                },
            )
        ],
    },
    {
        "id": "bh036-spanish-xlsx-si-no-range",
        "description": "Spanish agency's English cover with a Spanish workbook: Sí/No "
        "column (filming No), production as a dashed full range of three",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Agencia Meseta Press S.A.",
            None,
            None,
            ["192.0.2.201", "192.0.2.202", "192.0.2.203"],
            ["192.0.2.210"],
            "Lucía Navarro",
            "lnavarro@mesetapress.example",
            "+34983214507",
        ),
        "from": "Lucía Navarro <lnavarro@mesetapress.example>",
        "subject": "Application form - election results access",
        "headers": ZIMBRA,
        "body": (
            "Dear colleagues,\n\nplease find our application form attached (in Spanish, "
            "sorry). Let me know if anything is missing.\n\nKind regards,\nLucía Navarro\n"
            "Agencia Meseta Press, Valladolid\n"
        ),
        "attachments": [
            (
                "xlsx",
                "Meseta_solicitud.xlsx",
                [
                    {
                        "title": "Solicitud",
                        "rows": [
                            ["Solicitante", "Agencia Meseta Press S.A.", ""],
                            ["Servicio", "Sí", "No"],
                            ["Acceso XML a resultados", "X", ""],
                            ["Grabación en sedes de la Oficina", "", "X"],
                            ["IP producción", "192.0.2.201 – 192.0.2.203", ""],
                            ["IP pruebas", "192.0.2.210", ""],
                            ["Contacto", "Lucía Navarro", ""],
                            ["Teléfono", "+34 983 214 507", ""],
                            ["Correo", "lnavarro@mesetapress.example", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bh037-village-rtf-letter-filming",
        "description": "a village office's RTF letter: only filming for its newsletter video, "
        "the mayor signs and the secretary is the contact; no addresses",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Obec Horní Lhota",
            I37,
            None,
            [],
            [],
            "Alena Mrázková",
            "mrazkova@hornilhota.example",
            "+420553791214",
        ),
        "from": "Obec Horní Lhota <obec@hornilhota.example>",
        "subject": "žádost obce - natáčení",
        "headers": EVOLUTION,
        "body": "Dobrý den, zasíláme žádost obce v příloze.\nObecní úřad Horní Lhota\n",
        "attachments": [
            (
                "rtf",
                "zadost_obec_HL.rtf",
                [
                    "Obec Horní Lhota, Horní Lhota 1, 747 41 Horní Lhota, IČO " + I37,
                    "Věc: žádost o povolení natáčení",
                    "Obec vydává čtvrtletní Zpravodaj s videopřílohou. Rádi bychom ve "
                    "volební noci natočili krátkou reportáž na krajském pracovišti v "
                    "Ostravě. O přístup k datovému výstupu nežádáme.",
                    [
                        ["Natáčet budou", "Pavel Grygar, Denisa Grygarová"],
                        ["Kontakt", "Ing. Alena Mrázková, tajemnice úřadu"],
                        ["Telefon", "553 791 214"],
                        ["E-mail", "mrazkova@hornilhota.example"],
                    ],
                    "Bohumil Stuchlík, starosta",
                ],
            )
        ],
    },
    {
        "id": "bh038-reply-quotes-office-signature",
        "description": "a radio answers the office's question; the quoted office message "
        "carries the office's IČO, box and phone; two addresses as '203.0.113.230 a 231'",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihočeské rádio Otava s.r.o.",
            I38,
            None,
            ["203.0.113.230", "203.0.113.231"],
            [],
            "Roman Bureš",
            "bures@radiootava.example",
            "+420775640318",
        ),
        "from": "Roman Bureš <bures@radiootava.example>",
        "subject": "Re: Doplnění žádosti - Jihočeské rádio Otava",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "ano, produkční jsou 203.0.113.230 a 231, testovací adresu mít nebudeme. IČO "
            "je " + I38 + ".\n\n"
            "Roman Bureš, Jihočeské rádio Otava s.r.o., 775 640 318\n\n"
            "Dne 09. 09. 25 v 13:40 oddělení komunikace napsal(a):\n"
            "> Dobrý den,\n"
            "> k Vaší žádosti o přístup k XML prosíme o upřesnění, které z uvedených adres\n"
            "> jsou produkční a zda budete mít testovací, a o IČO žadatele.\n"
            "> S pozdravem\n"
            "> oddělení komunikace\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "> IČO 00025593, ID datové schránky 2gfaasy\n"
            "> tel. +420 274 052 733, www.czso.cz\n"
        ),
    },
    {
        "id": "bh039-swiss-long-letter-ipv6",
        "description": "Swiss daily's long formal German letter: feed and, if the office "
        "allows it, filming; IPv6 and IPv4 production; a board member signs, a named "
        "editor is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Alpenrhein Zeitung AG",
            None,
            None,
            ["2001:db8:c4::80", "198.51.100.160"],
            ["198.51.100.161"],
            "Reto Gasser",
            "reto.gasser@alpenrhein-zeitung.example",
            "+41712284590",
        ),
        "from": "Dr. Reto Gasser <reto.gasser@alpenrhein-zeitung.example>",
        "subject": "Gesuch um Zugang zu den Wahlresultaten und um Drehbewilligung",
        "headers": OUTLOOK,
        "body": (
            "Alpenrhein Zeitung AG\n"
            "Redaktion Ausland\n"
            "Bahnhofplatz 4, 9000 St. Gallen\n\n"
            "Tschechisches Statistikamt\n"
            "Prag\n\n"
            "St. Gallen, 3. September 2025\n\n"
            "Gesuch um Zugang zu den Wahlresultaten (XML) sowie um Drehbewilligung\n\n"
            "Sehr geehrte Damen und Herren\n\n"
            "Die Alpenrhein Zeitung AG gibt die gleichnamige Tageszeitung sowie das "
            "Onlineportal alpenrhein-zeitung.example heraus. Anlässlich der Wahlen in das "
            "tschechische Abgeordnetenhaus planen wir eine ausführliche Berichterstattung mit "
            "einer Live-Grafik der Resultate nach Regionen.\n\n"
            "Wir ersuchen Sie daher höflich um Zugang zu Ihrem XML-Dienst. Unsere Systeme "
            "sind wie folgt erreichbar:\n\n"
            "   Produktion:  2001:db8:c4::80 (IPv6) und 198.51.100.160 (IPv4)\n"
            "   Test:        198.51.100.161\n\n"
            "Falls es Ihre Abläufe zulassen, möchten wir zudem am Wahlabend in Ihrer Prager "
            "Zentrale kurze Videoaufnahmen für unser Onlineportal machen (eine "
            "Videojournalistin, Frau Nadine Hutter).\n\n"
            "Für Rückfragen zu diesem Gesuch steht Ihnen der Unterzeichnende, Dr. Reto "
            "Gasser, Leiter Datenjournalismus, gerne zur Verfügung (Tel. +41 71 228 45 90, "
            "Zentrale +41 71 228 45 00).\n\n"
            "Wir danken Ihnen für die wohlwollende Prüfung und grüssen Sie freundlich\n\n"
            "Alpenrhein Zeitung AG\n\n"
            "Dr. Reto Gasser                 Beat Rüegg\n"
            "Leiter Datenjournalismus        Mitglied der Geschäftsleitung\n"
        ),
    },
    {
        "id": "bh040-flemish-slash32-pair",
        "description": "Flemish non-profit in Dutch and English writes each address as a "
        "/32 (one address each)",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Vlaams Datajournaal vzw",
            None,
            None,
            ["192.0.2.64"],
            ["192.0.2.65"],
            "Jens Peeters",
            "jens.peeters@datajournaal.example",
            "+3292654381",
        ),
        "from": "Jens Peeters <jens.peeters@datajournaal.example>",
        "subject": "Toegang XML-feed verkiezingen / XML feed access",
        "headers": GMX,
        "body": (
            "Beste,\n\n"
            "Vlaams Datajournaal vzw (Gent) vraagt toegang tot de XML-feed van de "
            "verkiezingsuitslagen. English below.\n\n"
            "We kindly ask for access to the XML results feed. Whitelist please:\n"
            "  production  192.0.2.64/32\n"
            "  test        192.0.2.65/32\n\n"
            "No filming. Contact: Jens Peeters, +32 9 265 43 81\n\n"
            "Met vriendelijke groeten / kind regards\n"
            "Jens Peeters\n"
        ),
    },
    {
        "id": "bh041-swedish-two-line-filming",
        "description": "two lines in Swedish from a phone: a photo agency asks only to "
        "film; no addresses, signature gives the mobile",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Norrlandsbild AB",
            None,
            None,
            [],
            [],
            "Erik Lund",
            "erik.lund@norrlandsbild.example",
            "+46703321864",
        ),
        "from": "Erik Lund <erik.lund@norrlandsbild.example>",
        "subject": "Filmtillstånd valnatten",
        "headers": IPHONE,
        "body": (
            "Hej! Norrlandsbild AB vill gärna filma och fotografera på ert kontor i Prag "
            "under valnatten, inga data behövs. Två personer.\n"
            "Erik Lund, +46 70 332 18 64\n\n"
            "Skickat från min iPhone\n"
        ),
    },
    {
        "id": "bh042-hungarian-agency-latin2-caps",
        "description": "Hungarian agency in Hungarian (ISO-8859-2): both requests, a "
        "dashed range of three, the contact as 'KOVÁCS Eszter' while the editor signs",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Pannon Hírügynökség Zrt.",
            None,
            None,
            ["203.0.113.180", "203.0.113.181", "203.0.113.182"],
            ["203.0.113.190"],
            "Kovács Eszter",
            "kovacs.eszter@pannonhir.example",
            "+3614872290",
        ),
        "from": "Horváth Péter <horvath.peter@pannonhir.example>",
        "subject": "Kérelem: XML hozzáférés és forgatási engedély",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Tisztelt Hivatal!\n\n"
            "A Pannon Hírügynökség Zrt. (Budapest) ezúton kéri:\n"
            "1. hozzáférést a választási eredmények XML szolgáltatásához,\n"
            "2. forgatási engedélyt a prágai központban a választás éjszakáján.\n\n"
            "Éles szerverek: 203.0.113.180-182\n"
            "Teszt szerver: 203.0.113.190\n\n"
            "Kapcsolattartó: KOVÁCS Eszter, informatikai vezető\n"
            "e-mail: kovacs.eszter@pannonhir.example, tel.: +36 1 487 2290\n\n"
            "Tisztelettel:\n"
            "Horváth Péter\n"
            "főszerkesztő\n"
        ),
    },
]
