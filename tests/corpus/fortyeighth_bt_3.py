"""Forty-eighth held-out part ``bt``, cases bt029–bt042: a media agency applying for a TV with
a PDF power of attorney, a DOCX form with the feed ticked NE, an institute's data message with
an IPv6 /127 in an RTF, a long flowed letter with a backup server, a Slovak daily's "až" range
in iso-8859-2, a Belgian TV in French with IPv6, a request only for the next election with a
text file, an inline newsroom forward, a data message whose annotation corrects the file, a
Dutch broadcaster's netmask block, a terse note with a shortened test address, a Swedish daily
with an IPv6 test address, an Italian university's RTF and a reply that withdraws the feed.
Written by hand apart from the extraction rules (see make_fortyeighth_bt); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyeighth_bt_common import (
    FEED,
    FILM,
    GMAIL,
    GMX,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I29A, I30, I31 = ico("0284517"), ico("4530962"), ico("2197384"), ico("3391046")
I32, I33, I35, I36 = ico("0650729"), ico("2478153"), ico("1836402"), ico("4062975")
I37, I42 = ico("0971538"), ico("2590413")

CASES: list[dict[str, Any]] = [
    {
        "id": "bt029-agency-for-tv-power-of-attorney",
        "description": "a media agency applies for a regional TV and attaches its power of "
        "attorney (PDF) with the TV's IČO; the agency's own IČO is in its signature; the "
        "agency's account manager is named as the contact for the application",
        "style": Style.ONBEHALF,
        "labels": L(
            [FEED, FILM],
            "Televize Horní Pomoraví s.r.o.",
            I29,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.119"],
            "Simona Tichá",
            "ticha@mediaplus-agentura.example",
            "+420775380412",
        ),
        "from": "Simona Tichá <ticha@mediaplus-agentura.example>",
        "subject": "Žádost za Televizi Horní Pomoraví - XML + natáčení",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "na základě přiložené plné moci podáváme za našeho klienta, Televizi Horní Pomoraví "
        "s.r.o., žádost o:\n"
        "- přístup k výsledkům voleb ve formátu XML,\n"
        "- povolení natáčet na pracovišti ČSÚ v Olomouci.\n\n"
        "IP adresy klienta: produkční 198.51.100.110, 198.51.100.111; testovací "
        "198.51.100.119.\n\n"
        "Veškerou komunikaci k této žádosti prosím veďte přese mě, jsem kontaktní osobou.\n\n"
        "S pozdravem\n"
        "Simona Tichá\n"
        "account manager, Mediaplus agentura s.r.o.\n"
        f"IČO {I29A} | +420 775 380 412\n",
        "attachments": [
            (
                "pdf",
                "plna_moc_THP.pdf",
                [
                    "PLNÁ MOC",
                    f"Televize Horní Pomoraví s.r.o., IČO {I29}, se sídlem Zábřežská 14, "
                    "788 33 Hanušovice, zastoupená jednatelem Karlem Drábkem,",
                    f"zmocňuje společnost Mediaplus agentura s.r.o., IČO {I29A}, k podání "
                    "žádosti o přístup k volebním výsledkům a o povolení natáčení u Českého "
                    "statistického úřadu a k jednání v této věci.",
                    "V Hanušovicích dne 1. 9. 2025\nKarel Drábek, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bt030-docx-form-feed-ne-filming-ano",
        "description": "a news TV's DOCX form with ANO/NE columns: the XML feed marked NE, "
        "filming ANO; the technical rows are crossed out with dashes; filming only, no "
        "addresses",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Zpravodajská televize Praha-východ s.r.o.",
            I30,
            None,
            [],
            [],
            "Ladislav Pokorný",
            "pokorny@ztpv.example",
            "+420728146390",
        ),
        "from": "Ladislav Pokorný <pokorny@ztpv.example>",
        "subject": "Žádost o povolení natáčení",
        "headers": ZIMBRA,
        "body": "Dobrý den, v příloze formulář. Data od vás nepotřebujeme, jen natáčení.\n"
        "L. Pokorný\n",
        "attachments": [
            (
                "docx",
                "formular_ZTPV.docx",
                {
                    "header": "Zpravodajská televize Praha-východ s.r.o.",
                    "footer": "Žádost média – volby",
                    "blocks": [
                        {
                            "rows": [
                                ["Žádost o", "ANO", "NE"],
                                ["přístup k výsledkům (XML server)", "", "X"],
                                ["povolení natáčet / fotografovat", "X", ""],
                            ]
                        },
                        {
                            "rows": [
                                ["Žadatel", "Zpravodajská televize Praha-východ s.r.o."],
                                ["IČO", I30],
                                ["Produkční IP", "—"],
                                ["Testovací IP", "—"],
                                ["Kontaktní osoba", "Pokorný Ladislav"],
                                ["Telefon", "728 146 390"],
                                ["E-mail", "pokorny@ztpv.example"],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "bt031-databox-institute-rtf-ipv6-127",
        "description": "data message from a public research institute; the RTF table gives an "
        "IPv6 /127 (two addresses) for production and an IPv4 test address; the contact's "
        "surname-first name in the table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Institut pro výzkum veřejného mínění, v. v. i.",
            I31,
            "iv9vvi2",
            ["2001:db8:1e::", "2001:db8:1e::1"],
            ["198.51.100.240"],
            "Jakub Šafránek",
            "safranek@ivvm.example",
            "+420221503317",
        ),
        "databox": box(
            "iv9vvi2",
            "Institut pro výzkum veřejného mínění, v. v. i.",
            "Jilská 21, 110 00 Praha 1",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "attachments": [
            (
                "rtf",
                "IVVM_zadost.rtf",
                [
                    f"Institut pro výzkum veřejného mínění, v. v. i., IČO {I31}",
                    "Žádáme o zpřístupnění průběžných výsledků voleb (XML) pro naše "
                    "povolební analýzy. O natáčení nežádáme.",
                    [
                        ["Produkce", "2001:db8:1e::/127"],
                        ["Test", "198.51.100.240"],
                        ["Kontakt", "Šafránek Jakub, Mgr."],
                        ["E-mail", "safranek@ivvm.example"],
                        ["Telefon", "221 503 317"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bt032-flowed-letter-backup-server",
        "description": "a weekly's long formal letter in format=flowed: two production "
        "addresses plus a backup ('záložní') one, which is production too; no test; both "
        "requests, the editor-in-chief signs and is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Týdeník Vysočina, s.r.o.",
            I32,
            None,
            ["198.51.100.210", "198.51.100.211", "198.51.100.215"],
            [],
            "Hana Kadlecová",
            "kadlecova@tydenikvysocina.example",
            "+420604882157",
        ),
        "from": "Hana Kadlecová <kadlecova@tydenikvysocina.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb a povolení fotografovat",
        "headers": TBIRD,
        "flowed": True,
        "body": "Vážení,\n\n"
        "obracím se na Vás jménem společnosti Týdeník Vysočina, s.r.o., IČO "
        f"{I32}, vydavatele regionálního týdeníku a webu tydenikvysocina.example. Jako "
        "každé volby bychom rádi přinášeli čtenářům výsledky v co nejkratším čase po jejich "
        "zveřejnění, a proto Vás žádáme o zpřístupnění průběžných výsledků na Vašem "
        "dedikovaném serveru.\n\n"
        "Data budeme přebírat z adres 198.51.100.210 a 198.51.100.211, pro případ výpadku "
        "máme záložní server 198.51.100.215. Samostatné testovací prostředí nemáme.\n\n"
        "Dále si dovolujeme požádat o povolení pořídit fotografie na pracovišti Krajské "
        "správy ČSÚ v Jihlavě; fotografovat bude náš fotoreportér Aleš Mach.\n\n"
        "Kontaktní osobou jsem já, tel. 604 882 157.\n\n"
        "S pozdravem\n\n"
        "Hana Kadlecová\n"
        "šéfredaktorka\n",
    },
    {
        "id": "bt033-sk-daily-az-range-iso88592",
        "description": "Slovak daily in Slovak (iso-8859-2): production '203.0.113.180 až "
        "203.0.113.183' (four), Slovak IČO in the signature, a Slovak landline with +421",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Denník Považie, a.s.",
            I33,
            None,
            ["203.0.113.180", "203.0.113.181", "203.0.113.182", "203.0.113.183"],
            ["203.0.113.190"],
            "Andrej Baláž",
            "balaz@dennikpovazie.example",
            "+421424613882",
        ),
        "from": "Andrej Baláž <balaz@dennikpovazie.example>",
        "subject": "Ziadost o pristup k XML vysledkom volieb",
        "headers": GMAIL,
        "charset": "iso-8859-2",
        "body": "Dobrý deň,\n\n"
        "radi by sme aj tento rok priniesli našim čitateľom výsledky českých volieb. Žiadame "
        "o prístup k vášmu serveru s výsledkami vo formáte XML. Nakrúcať neplánujeme.\n\n"
        "Produkčné IP: 203.0.113.180 až 203.0.113.183\n"
        "Testovacie IP: 203.0.113.190\n\n"
        "Kontakt: Andrej Baláž, IT oddelenie, +421 42 461 3882\n\n"
        "S pozdravom\n"
        "Andrej Baláž\n"
        f"Denník Považie, a.s., Štúrova 12, 017 01 Považská Bystrica, IČO {I33}\n",
    },
    {
        "id": "bt034-be-tv-french-ipv6-both",
        "description": "Belgian community TV writing French with 'Dobrý den': two IPv6 "
        "production addresses, an IPv4 test, both requests; an ASBL without an IČO, a "
        "Belgian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Télé Meuse Ardenne ASBL",
            None,
            None,
            ["2001:db8:be::10", "2001:db8:be::11"],
            ["198.51.100.250"],
            "Nathalie Dufour",
            "n.dufour@telemeuse.example",
            "+32475218804",
        ),
        "from": "Nathalie Dufour <n.dufour@telemeuse.example>",
        "subject": "Demande : accès résultats XML + autorisation de tournage",
        "headers": OWA,
        "body": "Dobrý den,\n\n"
        "Télé Meuse Ardenne ASBL (Namur) prépare une émission spéciale sur les élections "
        "tchèques. Nous sollicitons :\n"
        "  - l'accès à votre serveur de résultats (XML) ;\n"
        "  - l'autorisation de filmer au centre de traitement le soir du scrutin.\n\n"
        "Adresses de production : 2001:db8:be::10, 2001:db8:be::11\n"
        "Adresse de test : 198.51.100.250\n\n"
        "Personne de contact : Nathalie Dufour, +32 475 21 88 04\n\n"
        "Děkujeme. Bien cordialement,\n"
        "Nathalie Dufour\n",
    },
    {
        "id": "bt035-next-election-only-txt",
        "description": "a start-up outlet applies now only for the next (regional) election, "
        "the details in a plain text file; it is still a request for the feed; no test",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Krajské volby 24 s.r.o.",
            I35,
            None,
            ["198.18.150.7"],
            [],
            "Filip Matoušek",
            "filip@krajskevolby24.example",
            "+420739016244",
        ),
        "from": "Filip Matoušek <filip@krajskevolby24.example>",
        "subject": "žádost na příští volby",
        "headers": K9,
        "body": "Dobrý den, letos to už nestihneme, ale chceme se přihlásit k odběru XML na "
        "příští krajské volby. Podrobnosti v příloze.\nF. Matoušek\n",
        "attachments": [
            (
                "txt",
                "zadost_KV24.txt",
                "Zadatel: Krajské volby 24 s.r.o.\n"
                f"IČO: {I35}\n"
                "Žádost: přístup k XML výsledkům – příští krajské volby\n"
                "Natáčení: ne\n"
                "Server: 198.18.150.7 (test děláme na tom samém)\n"
                "Kontakt: Filip Matoušek, filip@krajskevolby24.example, 739 016 244\n",
            )
        ],
    },
    {
        "id": "bt036-inline-newsroom-forward",
        "description": "an editor-in-chief forwards inline the technician's note; the "
        "technician's quoted mail has the addresses, the editor adds filming and names the "
        "technician as the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Náchodský týden s.r.o.",
            I36,
            None,
            ["203.0.113.230", "203.0.113.231"],
            ["203.0.113.238"],
            "Pavel Rejchrt",
            "rejchrt@nachodskytyden.example",
            "+420605274931",
        ),
        "from": "Jitka Vaňková <vankova@nachodskytyden.example>",
        "subject": "Fwd: IP pro volby",
        "headers": SAMSUNG,
        "body": "Dobrý den,\n\n"
        f"za Náchodský týden s.r.o. (IČO {I36}) žádáme o přístup k výsledkům voleb a také o "
        "povolení fotit na pracovišti ČSÚ v Hradci Králové. Technické údaje níže od našeho "
        "technika, kontaktní osobou bude on (Pavel Rejchrt).\n\n"
        "Jitka Vaňková, šéfredaktorka\n\n"
        "-------- Přeposlaná zpráva --------\n"
        "Od: Pavel Rejchrt <rejchrt@nachodskytyden.example>\n"
        "Datum: 3. 9. 2025 14:02\n"
        "Předmět: IP pro volby\n\n"
        "Jitko, pro ČSÚ: ostré 203.0.113.230 + 203.0.113.231, testovací 203.0.113.238. "
        "Kdyby něco, můj mobil 605 274 931.\n"
        "Pavel\n",
    },
    {
        "id": "bt037-databox-annotation-corrects-odt",
        "description": "data message: the ODT application gives a test address, the "
        "annotation replaces it with another; the correction wins",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rozhlas Horácko s.r.o.",
            I37,
            "rh5hor8",
            ["198.18.130.4"],
            ["198.18.130.19"],
            "Eva Bednářová",
            "bednarova@rozhlashoracko.example",
            "+420568912405",
        ),
        "databox": box("rh5hor8", "Rozhlas Horácko s.r.o.", "Zámecká 9, 675 71 Náměšť nad Oslavou"),
        "subject": "Žádost o XML výsledky - oprava: testovací IP v příloze 198.18.130.9 "
        "neplatí, správně 198.18.130.19",
        "attachments": [
            (
                "odt",
                "zadost_RH.odt",
                [
                    f"Rozhlas Horácko s.r.o., IČO {I37}",
                    "Žádáme o přístup k průběžným výsledkům voleb (XML). Natáčet nebudeme.",
                    [
                        ["produkční IP", "198.18.130.4"],
                        ["testovací IP", "198.18.130.9"],
                        ["kontakt", "Eva Bednářová, bednarova@rozhlashoracko.example"],
                        ["telefon", "568 912 405"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bt038-nl-broadcaster-netmask-network",
        "description": "Dutch regional broadcaster in English with Dutch: production as "
        "'198.18.140.0 netmask 255.255.255.252' (four, from the network address), both "
        "requests, an Amsterdam landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Omroep Waterland B.V.",
            None,
            None,
            ["198.18.140.0", "198.18.140.1", "198.18.140.2", "198.18.140.3"],
            ["198.18.141.7"],
            "Sanne de Groot",
            "s.degroot@omroepwaterland.example",
            "+31207941180",
        ),
        "from": "Sanne de Groot <s.degroot@omroepwaterland.example>",
        "subject": "Request for results feed and filming permission",
        "headers": GMX,
        "body": "Beste / Dear colleagues,\n\n"
        "Omroep Waterland B.V. would like to request access to your XML results server and "
        "permission to film at the statistical office on election night.\n\n"
        "Network (production): 198.18.140.0 netmask 255.255.255.252\n"
        "Test host: 198.18.141.7\n\n"
        "Contact: Sanne de Groot, +31 20 794 1180\n\n"
        "Hartelijk dank, děkujeme!\n"
        "Sanne de Groot\n",
    },
    {
        "id": "bt039-terse-shortened-test-address",
        "description": "a three-line phone mail: both requests, the test address shortened to "
        "its last octet ('test .67'), an outlet without legal form or IČO",
        "style": Style.TERSE,
        "labels": L(
            [FEED, FILM],
            "Zprávy Dolního Pomoraví",
            None,
            None,
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Jakub Říha",
            "riha@zpravydp.example",
            "+420603558172",
        ),
        "from": "Jakub Říha <riha@zpravydp.example>",
        "subject": "volby",
        "headers": IPHONE,
        "body": "Dobrý den, chceme XML výsledky i natáčení u vás. IP 203.0.113.66, test .67. "
        "Tel 603 558 172.\nJakub Říha, Zprávy Dolního Pomoraví\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "bt040-sv-daily-ipv6-test",
        "description": "Swedish daily in Swedish and English: an IPv4 production address and "
        "an IPv6 test address paired by 'respectively'; an AB without an IČO, its "
        "organisation number given instead",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Norrlandsbladet AB",
            None,
            None,
            ["198.51.100.19"],
            ["2001:db8:5ee::19"],
            "Oskar Lindholm",
            "oskar.lindholm@norrlandsbladet.example",
            "+46907713308",
        ),
        "from": "Oskar Lindholm <oskar.lindholm@norrlandsbladet.example>",
        "subject": "Ansökan / application: valresultat XML",
        "headers": GMAIL,
        "body": "Hej / Dobrý den,\n\n"
        "Norrlandsbladet AB (org.nr 556712-4408) ansöker om tillgång till er XML-tjänst "
        "för valresultat. In English: we apply for access to the XML results feed.\n\n"
        "Our production and test servers are 198.51.100.19 and 2001:db8:5ee::19 "
        "respectively.\n\n"
        "Vi behöver inget filmtillstånd.\n\n"
        "Kontakt: Oskar Lindholm, +46 90 771 33 08\n\n"
        "Med vänliga hälsningar\nOskar Lindholm\nNorrlandsbladet AB, Umeå\n",
    },
    {
        "id": "bt041-it-university-rtf-range",
        "description": "Italian university's student newsroom, cover in Italian with Czech "
        "thanks, the RTF names the university and its range '198.51.100.60-62'; no test "
        "address; no IČO",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Università degli Studi di Valtellina",
            None,
            None,
            ["198.51.100.60", "198.51.100.61", "198.51.100.62"],
            [],
            "Lorenzo Bianchetti",
            "lorenzo.bianchetti@univaltellina.example",
            "+390342187455",
        ),
        "from": "Lorenzo Bianchetti <lorenzo.bianchetti@univaltellina.example>",
        "subject": "Richiesta accesso risultati elettorali XML - Università di Valtellina",
        "headers": OUTLOOK,
        "body": "Gentili signore e signori,\n\n"
        "in allegato la richiesta del laboratorio di giornalismo del nostro ateneo.\n\n"
        "Děkuji / Cordiali saluti\nLorenzo Bianchetti\n",
        "attachments": [
            (
                "rtf",
                "richiesta_UniValtellina.rtf",
                [
                    "Università degli Studi di Valtellina\nLaboratorio di giornalismo",
                    "Il laboratorio di giornalismo dell'Università degli Studi di Valtellina "
                    "chiede l'accesso al server XML dei risultati elettorali. Non chiediamo "
                    "il permesso di riprese.",
                    [
                        ["Server di produzione", "198.51.100.60-62"],
                        ["Server di test", "nessuno"],
                        ["Referente", "prof. Lorenzo Bianchetti"],
                        ["Telefono", "+39 0342 187455"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "bt042-reply-withdraws-feed-keeps-filming",
        "description": "a reply that withdraws the feed request of the quoted application "
        "('XML už nepotřebujeme') and keeps the filming; the quoted addresses no longer count",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Krkonošský zpravodaj s.r.o.",
            I42,
            None,
            [],
            [],
            "Martina Hrubá",
            "hruba@krkonosskyzpravodaj.example",
            "+420736225049",
        ),
        "from": "Martina Hrubá <hruba@krkonosskyzpravodaj.example>",
        "subject": "Re: Žádost - volby (Krkonošský zpravodaj)",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "omlouvám se za zmatek: přístup k XML už nepotřebujeme, výsledky nám bude dodávat "
        "tisková agentura. Žádost o XML tedy beru zpět. Povolení k natáčení ve volební noci "
        "ale platí, o to stále žádáme.\n\n"
        "Martina Hrubá\n\n"
        "Dne 1. 9. 2025 v 9:15 Martina Hrubá napsal(a):\n"
        f"> Krkonošský zpravodaj s.r.o., IČO {I42}, žádá o přístup k XML výsledkům a o "
        "povolení natáčet.\n"
        "> IP: 198.51.100.190 (produkce), 198.51.100.191 (test)\n"
        "> Kontakt: Martina Hrubá, 736 225 049\n",
    },
]
