"""Fifty-fourth held-out part ``co``, cases co015–co028: a Slovenian broadcaster in HTML, a
French 'respectivement', a Spanish netmask with filming deferred, an Italian agency filming now
and the feed later, a Dutch application for a later election, a terse freelancer, a
photographer with a trade name, a data message with a workbook and an IPv6 range, a long
formal letter in PDF, backup and NAT-internal hosts, a replaced server in a reply, an ODT
ANO/NE form from an institute, a town's data message and an IPv6 block. Written by hand apart
from the extraction rules (see make_fiftyfourth_co); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfourth_co_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    L,
    Style,
    box,
    ico,
)

I21, I22, I23, I25 = ico("7406213"), ico("2911750"), ico("4682031"), ico("2750498")
I26, I27, I28 = ico("0937256"), ico("0024831"), ico("4517902")

CASES: list[dict[str, Any]] = [
    {
        "id": "co015-sl-html-od-do",
        "description": "Slovenian broadcaster, HTML only: 'od … do' range in Slovenian for "
        "three production addresses, no test address, +386 phone in the footer",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radiotelevizija Posavje d.o.o.",
            None,
            None,
            ["198.51.100.150", "198.51.100.151", "198.51.100.152"],
            [],
            "Matej Kovačič",
            "matej.kovacic@rtvposavje.example",
            "+38641552907",
        ),
        "from": "Matej Kovačič <matej.kovacic@rtvposavje.example>",
        "subject": "Prošnja za dostop do volilnih rezultatov (XML)",
        "headers": OUTLOOK,
        "html": "<html><body><p>Spoštovani,</p>"
        "<p>Radiotelevizija Posavje d.o.o. (Krško) prosi za dostop do strežnika z "
        "volilnimi rezultati v obliki XML.</p>"
        "<p>IP naslovi produkcijskih strežnikov: <b>od 198.51.100.150 do "
        "198.51.100.152</b>.<br>Ločenega testnega naslova nimamo, testirali bomo s "
        "produkcije.</p>"
        "<p>Kontaktna oseba: Matej Kovačič</p>"
        "<p>Lep pozdrav,<br>Matej Kovačič<br>vodja spletnega uredništva</p>"
        "<hr><p style='font-size:8pt'>RTV Posavje d.o.o. | Cesta krških žrtev 5, Krško | "
        "GSM +386 41 552 907</p></body></html>",
    },
    {
        "id": "co016-fr-respectivement",
        "description": "French publisher, article opens the sentence ('Les Éditions … "
        "souhaitent'), signature without it; two addresses given 'respectivement' "
        "for production and test",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Éditions du Rhin Supérieur SAS",
            None,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Camille Wetzel",
            "c.wetzel@rhinsuperieur.example",
            "+33388417265",
        ),
        "from": "Camille Wetzel <c.wetzel@rhinsuperieur.example>",
        "subject": "Demande d'accès au flux XML des résultats électoraux",
        "headers": MAC_OUTLOOK,
        "cte": "base64",
        "body": "Madame, Monsieur,\n\n"
        "Les Éditions du Rhin Supérieur SAS souhaitent accéder au serveur dédié publiant "
        "les résultats des élections au format XML.\n\n"
        "Nos serveurs de production et de test ont respectivement les adresses "
        "192.0.2.140 et 192.0.2.141.\n\n"
        "La personne à contacter est Camille Wetzel (service numérique), "
        "tél. 03 88 41 72 65 (depuis l'étranger +33 3 88 41 72 65).\n\n"
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
        "Camille Wetzel\n"
        "Éditions du Rhin Supérieur SAS\n"
        "12 quai des Bateliers, 67000 Strasbourg\n",
    },
    {
        "id": "co017-es-netmask-filming-deferred",
        "description": "Spanish digital daily: address with a netmask (four addresses), "
        "testing on the same servers, filming put off to a separate later request",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Diario Ibérico Digital S.L.",
            None,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            [],
            "Lucía Ferrández",
            "lferrandez@diarioiberico.example",
            "+34622871403",
        ),
        "from": "Lucía Ferrández <lferrandez@diarioiberico.example>",
        "subject": "Solicitud acceso XML resultados electorales",
        "headers": GMAIL,
        "html": "<div dir='ltr'><p>Buenos días:</p>"
        "<p>Diario Ibérico Digital S.L. solicita acceso al servidor dedicado con los "
        "resultados electorales en XML.</p>"
        "<p>Red de producción: 203.0.113.200 con máscara 255.255.255.252. Las pruebas "
        "las haremos desde esos mismos servidores.</p>"
        "<p>En cuanto al permiso de grabación: sólo si conseguimos enviar un cámara a "
        "Praga; en ese caso lo pediremos aparte más adelante.</p>"
        "<p>Contacto: Lucía Ferrández, +34 622 871 403</p>"
        "<p>Un saludo,<br>Lucía Ferrández<br>Jefa de Datos</p></div>",
        "body": "Buenos días:\n\n"
        "Diario Ibérico Digital S.L. solicita acceso al servidor dedicado con los "
        "resultados electorales en XML.\n\n"
        "Red de producción: 203.0.113.200 con máscara 255.255.255.252. Las pruebas las "
        "haremos desde esos mismos servidores.\n\n"
        "En cuanto al permiso de grabación: sólo si conseguimos enviar un cámara a Praga; "
        "en ese caso lo pediremos aparte más adelante.\n\n"
        "Contacto: Lucía Ferrández, +34 622 871 403\n\n"
        "Un saludo,\nLucía Ferrández\nJefa de Datos\n",
    },
    {
        "id": "co018-it-filming-now-feed-later",
        "description": "Italian agency: filming now, the XML feed only at the next regional "
        "election with a planned address; the deferred feed and its address are not labelled",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Agenzia Stampa Dolomiti S.r.l.",
            None,
            None,
            [],
            [],
            "Federica Zanon",
            "f.zanon@asdolomiti.example",
            "+393471928804",
        ),
        "from": "Federica Zanon <f.zanon@asdolomiti.example>",
        "subject": "Richiesta autorizzazione riprese - elezioni",
        "headers": IPHONE,
        "body": "Gentili signori,\n\n"
        "l'Agenzia Stampa Dolomiti S.r.l. chiede l'autorizzazione a effettuare riprese "
        "video e fotografie presso il centro di raccolta dati di Praga la notte delle "
        "elezioni (troupe di due persone).\n\n"
        "Per l'accesso al feed XML invece vi scriveremo in vista delle prossime elezioni "
        "regionali: il server sarà probabilmente il 198.51.100.33, ma ve lo confermeremo "
        "allora.\n\n"
        "Referente: Federica Zanon, cell. +39 347 192 8804\n\n"
        "Cordiali saluti\n"
        "Federica Zanon\n\n"
        "Inviato da iPhone\n",
    },
    {
        "id": "co019-nl-later-election-odt",
        "description": "Dutch broadcaster applies as a whole for the later Senate election "
        "(counts), ODT letter with a table, cover mail in English",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Omroep Westerschelde B.V.",
            None,
            None,
            ["192.0.2.220", "192.0.2.221"],
            ["192.0.2.229"],
            "Joost van Damme",
            "j.vandamme@omroepwesterschelde.example",
            "+31612884037",
        ),
        "from": "Joost van Damme <j.vandamme@omroepwesterschelde.example>",
        "subject": "Application for the Senate election (next year)",
        "headers": EVOLUTION,
        "body": "Dear Sir or Madam,\n\nattached is our application (in Dutch, sorry) for the "
        "Senate election next year. We are applying now because our planning closes in "
        "spring.\n\nKind regards,\nJoost van Damme\n",
        "attachments": [
            (
                "odt",
                "aanvraag_verkiezingen.odt",
                [
                    "Omroep Westerschelde B.V. – Vlissingen",
                    "Aanvraag voor de Senaatsverkiezingen van volgend jaar",
                    "Wij vragen toegang tot de XML-server met de verkiezingsuitslagen en "
                    "toestemming om te filmen in het verwerkingscentrum in Praag.",
                    [
                        ["Productie-IP", "192.0.2.220, 192.0.2.221"],
                        ["Test-IP", "192.0.2.229"],
                        ["Contactpersoon", "Joost van Damme, +31 6 12884037"],
                    ],
                    "Met vriendelijke groet,\nJoost van Damme, hoofd techniek",
                ],
            )
        ],
    },
    {
        "id": "co020-freelancer-terse-8bit",
        "description": "terse note from a freelancer without a company or IČO, lower-case, "
        "8bit: one production address, 'test nemám'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Tomáš Bednář",
            None,
            None,
            ["192.0.2.77"],
            [],
            "Tomáš Bednář",
            "tomas.bednar@posta.example",
            "+420777350912",
        ),
        "from": "Tomáš Bednář <tomas.bednar@posta.example>",
        "subject": "xml volby",
        "headers": K9,
        "cte": "8bit",
        "body": "dobry den, prosim o pristup k xml s vysledky, pisu na volne noze pro par "
        "regionalnich webu. ip 192.0.2.77, test nemam.\n"
        "tomas bednar, 777 350 912\n",
    },
    {
        "id": "co021-photographer-trade-name-film",
        "description": "freelance photographer with an IČO and a trade name after a dash "
        "(kept whole), filming/photographing only",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Pavla Dusíková – Dusík Foto",
            I21,
            None,
            [],
            [],
            "Pavla Dusíková",
            "pavla@dusikfoto.example",
            "+420728406193",
        ),
        "from": "Pavla Dusíková <pavla@dusikfoto.example>",
        "subject": "Fotografování volby",
        "headers": SAMSUNG,
        "body": "Dobrý den,\n"
        "žádám o povolení fotografovat na pracovišti ČSÚ v Jihlavě ve volební noci "
        "(pro dvě regionální redakce, jako externí fotografka).\n"
        "Jsem OSVČ: Pavla Dusíková – Dusík Foto, IČO " + I21 + ".\n"
        "Tel. 728 406 193\n\n"
        "Odesláno z mobilu Samsung\n",
    },
    {
        "id": "co022-databox-xlsx-ipv6-range",
        "description": "data message with a short annotation; the workbook filled in by a contractor "
        "gives an IPv6 range '::10 – ::13' for production and an IPv4 test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanácké noviny, a.s.",
            I22,
            "h7kq2wd",
            ["2001:db8:5::10", "2001:db8:5::11", "2001:db8:5::12", "2001:db8:5::13"],
            ["198.51.100.244"],
            "Petr Zatloukal",
            "zatloukal@hanackenoviny.example",
            "+420585112740",
        ),
        "databox": box("h7kq2wd", "Hanácké noviny, a.s.", "Horní náměstí 17, 779 00 Olomouc"),
        "subject": "Žádost o přístup k XML - volby",
        "attachments": [
            (
                "xlsx",
                "zadost_volby_HN.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Hanácké noviny, a.s."],
                            ["IČO", I22],
                            ["Přístup k XML", "ano"],
                            ["Natáčení", "ne"],
                            ["Kontakt", "Petr Zatloukal"],
                            ["E-mail", "zatloukal@hanackenoviny.example"],
                            ["Telefon", "585 112 740"],
                        ],
                    },
                    {
                        "title": "IP (vyplnil dodavatel)",
                        "rows": [
                            ["Role", "Adresa / rozsah", "Poznámka"],
                            ["produkce", "2001:db8:5::10 – 2001:db8:5::13", "IPv6, 4 uzly"],
                            ["test", "198.51.100.244", "staging"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "co023-long-formal-letter-pdf-resp",
        "description": "long formal letter in PDF with legal boilerplate; addresses given with "
        "'resp.' (production, respectively test), both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Podřipsko, spol. s r.o.",
            I23,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Vojtěch Mareš",
            "mares@podripsko.example",
            "+420416703288",
        ),
        "from": "Vojtěch Mareš <mares@podripsko.example>",
        "subject": "Žádost - zpracování výsledků voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den, v příloze zasíláme žádost. S pozdravem V. Mareš\n",
        "attachments": [
            (
                "pdf",
                "zadost_Podripsko.pdf",
                [
                    "Vydavatelství Podřipsko, spol. s r.o.\nMírové náměstí 3, 413 01 Roudnice "
                    "nad Labem\nIČO " + I23 + ", zapsaná v obchodním rejstříku vedeném "
                    "Krajským soudem v Ústí nad Labem, oddíl C, vložka 20417",
                    "Český statistický úřad\nodbor informatiky\nNa padesátém 81, 100 82 Praha 10",
                    "Věc: Žádost o zpřístupnění výsledků voleb a o povolení pořizovat "
                    "audiovizuální záznam",
                    "Vážené dámy, vážení pánové,",
                    "v souladu s pravidly, která Český statistický úřad zveřejnil pro sdělovací "
                    "prostředky, si Vás tímto dovolujeme požádat o zpřístupnění průběžných "
                    "výsledků voleb ve formátu XML na dedikovaném serveru. Vydáváme regionální "
                    "týdeník a provozujeme zpravodajský portál, na němž budeme výsledky "
                    "zobrazovat v reálném čase pro obce Litoměřicka a Mělnicka.",
                    "Produkční a testovací server mají adresy 198.51.100.180, resp. "
                    "198.51.100.181.",
                    "Současně žádáme o povolení natáčet a fotografovat na krajském pracovišti "
                    "ČSÚ v Ústí nad Labem; štáb bude dvoučlenný a bude se řídit pokyny "
                    "pracovníků úřadu.",
                    "Prohlašujeme, že data budeme užívat pouze pro účely zpravodajství a "
                    "nebudeme je dále poskytovat třetím osobám. Bereme na vědomí, že přístup "
                    "může být omezen z technických důvodů.",
                    "Kontaktní osobou ve věci této žádosti je Vojtěch Mareš, vedoucí "
                    "digitální redakce, tel. 416 703 288, e-mail mares@podripsko.example.",
                    "V Roudnici nad Labem dne 3. 9. 2025",
                    "Ing. Jaroslava Heřmanová\njednatelka společnosti",
                ],
            )
        ],
    },
    {
        "id": "co024-en-institute-backup-and-nat",
        "description": "research institute writes in English: a backup host counts as "
        "production, an internal host behind NAT is not an address, its public one is",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Danube Data Journalism Institute e.V.",
            None,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.95"],
            "Lukas Brenner",
            "lukas.brenner@ddji.example",
            "+4915112847706",
        ),
        "from": "Lukas Brenner <lukas.brenner@ddji.example>",
        "subject": "Request: election XML feed (research / live map)",
        "headers": OUTLOOK,
        "flowed": True,
        "body": "Dear colleagues,\n\n"
        "the Danube Data Journalism Institute e.V. (Regensburg) would like to access the "
        "election results XML feed for our live map of the border regions.\n\n"
        "Production server: 203.0.113.90\n"
        "Backup server (only takes over if the primary fails): 203.0.113.91\n"
        "Test: our staging box is internal (10.20.0.5) and goes out through NAT as "
        "203.0.113.95, so please allow 203.0.113.95 for testing.\n\n"
        "Contact: Lukas Brenner, +49 151 1284 7706\n\n"
        "Viele Grüße / best regards\n"
        "Lukas Brenner\n",
    },
    {
        "id": "co025-reply-replaced-server",
        "description": "reply with quoted history: the first mail's address replaced by a new "
        "server; the old one is left out; HTML alternative",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kladenský zpravodaj s.r.o.",
            I25,
            None,
            ["192.0.2.33"],
            ["192.0.2.39"],
            "Hana Vorlíčková",
            "vorlickova@kladenskyzpravodaj.example",
            "+420603287514",
        ),
        "from": "Hana Vorlíčková <vorlickova@kladenskyzpravodaj.example>",
        "subject": "Re: Žádost o XML - Kladenský zpravodaj",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "ještě oprava: server 192.0.2.30 jsme minulý týden vyměnili, nový má adresu "
        "192.0.2.33. Test zůstává.\n\n"
        "Hana Vorlíčková\n\n"
        "Dne st 3. 9. 2025 v 9:14 Hana Vorlíčková napsala:\n"
        "> Dobrý den,\n"
        "> Kladenský zpravodaj s.r.o., IČO " + I25 + ", žádá o přístup k výsledkům voleb "
        "v XML.\n"
        "> Produkce: 192.0.2.30\n"
        "> Test: 192.0.2.39\n"
        "> Kontakt: Hana Vorlíčková, 603 287 514\n",
        "html": "<div>Dobrý den,<br><br>ještě oprava: server 192.0.2.30 jsme minulý týden "
        "vyměnili, nový má adresu 192.0.2.33. Test zůstává.<br><br>Hana Vorlíčková</div>"
        "<blockquote>Dobrý den,<br>Kladenský zpravodaj s.r.o., IČO " + I25 + ", žádá o "
        "přístup k výsledkům voleb v XML.<br>Produkce: 192.0.2.30<br>Test: 192.0.2.39<br>"
        "Kontakt: Hana Vorlíčková, 603 287 514</blockquote>",
    },
    {
        "id": "co026-institute-odt-ano-ne",
        "description": "research institute (z. ú.) with an ODT ANO/NE form: filming NE, "
        "addresses in a role table, contact surname-first in the form",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Institut regionálních studií, z. ú.",
            I26,
            None,
            ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
            ["203.0.113.66"],
            "Jiří Šindelář",
            "sindelar@irs-institut.example",
            "+420739018452",
        ),
        "from": "Jiří Šindelář <sindelar@irs-institut.example>",
        "subject": "Formulář - žádost o data k volbám",
        "headers": CENTRUM,
        "body": "Dobrý den, posílám vyplněný formulář. Jiří Šindelář, IRS\n",
        "attachments": [
            (
                "odt",
                "formular_IRS.odt",
                [
                    "Žadatel: Institut regionálních studií, z. ú., IČO " + I26,
                    [
                        ["Požadavek", "ANO/NE"],
                        ["Přístup k výsledkům (XML)", "ANO"],
                        ["Natáčení na pracovištích ČSÚ", "NE"],
                    ],
                    [
                        ["Role", "IP adresa"],
                        ["produkční", "203.0.113.60"],
                        ["produkční", "203.0.113.61"],
                        ["produkční", "203.0.113.62"],
                        ["testovací", "203.0.113.66"],
                    ],
                    "Kontaktní osoba: ŠINDELÁŘ Jiří, tel. 739 018 452, "
                    "sindelar@irs-institut.example",
                ],
            )
        ],
    },
    {
        "id": "co027-databox-town-pdf",
        "description": "a town's data message (authority box) for its town TV run as a "
        "municipal department: the town applies; PDF names the contact, the mayor signs",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Lomnice nad Sázavou",
            I27,
            "m3lnsz8",
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Radka Tesařová",
            "tesarova@lomnice-ns.example",
            "+420569433127",
        ),
        "databox": box(
            "m3lnsz8",
            "Město Lomnice nad Sázavou",
            "náměstí Míru 1, 582 71 Lomnice nad Sázavou",
            kind=10,
        ),
        "subject": "Městská televize - žádost k volbám",
        "attachments": [
            (
                "pdf",
                "zadost_mestska_TV.pdf",
                [
                    "Město Lomnice nad Sázavou, IČO " + I27,
                    "Městská televize Lomnice (organizační složka města) žádá o přístup k "
                    "výsledkům voleb ve formátu XML a o povolení natáčet na pracovišti ČSÚ "
                    "v Havlíčkově Brodě.",
                    {
                        "rows": [
                            ["produkční IP", "198.51.100.230"],
                            ["testovací IP", "198.51.100.231"],
                            [
                                "kontaktní osoba",
                                "Radka Tesařová, redaktorka městské TV, "
                                "tel. 569 433 127, tesarova@lomnice-ns.example",
                            ],
                        ],
                        "widths": [120, 300],
                    },
                    "Mgr. Pavel Doležal\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "co028-sk-en-ipv6-block",
        "description": "Slovak web outlet mixing English: production as an IPv6 /126 block "
        "(four addresses), IPv4 test address",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Záhorské noviny s. r. o.",
            I28,
            None,
            ["2001:db8:aa::4", "2001:db8:aa::5", "2001:db8:aa::6", "2001:db8:aa::7"],
            ["198.51.100.120"],
            "Zuzana Baláková",
            "balakova@zahorskenoviny.example",
            "+421948207715",
        ),
        "from": "Zuzana Baláková <balakova@zahorskenoviny.example>",
        "subject": "XML výsledky volieb - request",
        "headers": IPHONE,
        "body": "Dobrý deň,\n\n"
        "Záhorské noviny s. r. o. (IČO " + I28 + ") žiadajú o prístup k XML feedu s "
        "výsledkami. Our servers are IPv6 only in production:\n\n"
        "production: 2001:db8:aa::4/126\n"
        "test: 198.51.100.120 (our IPv4 staging server)\n\n"
        "Kontakt: Zuzana Baláková, +421 948 207 715\n\n"
        "Ďakujem,\nZuzana Baláková\n",
    },
]
