"""Fifty-sixth held-out part ``cu``, cases cu015–cu028: a French publisher's DOCX behind a
cover note, a signed Spanish mail with "respectivamente", a Swedish mail mixed with English, a
regional TV's data message with a two-sheet workbook, a reply replacing a production address, a
long formal letter from an institute in ODT, a conditional filming request in
multipart/alternative, an Austrian photographer asking only to film, a freelancer's data
message with an RTF and a /31, a PR agency writing for a radio, a Slovak institute with a
backup server, an internal host beside a public one, a temporary election-night server and a
Polish academy with a /30. Written by hand apart from the extraction rules (see
make_fiftysixth_cu); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysixth_cu_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
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

I18, I19, I20, I21 = ico("2719406"), ico("2608351"), ico("0730512"), ico("2946718")
I23, I24, I24B = ico("7431205"), ico("2683017"), ico("2817594")
I26, I27 = ico("2950163"), ico("0483927")

CASES: list[dict[str, Any]] = [
    {
        "id": "cu015-french-docx-letterhead-les-editions",
        "description": "French cover note; the DOCX letter opens 'Les Éditions du Rhin Supérieur "
        "SAS souhaitent' (article not part of the name, the letterhead writes it without), "
        "feed and filming, addresses in a two-column table",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Éditions du Rhin Supérieur SAS",
            None,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "Camille Baudry",
            "c.baudry@rhinsuperieur.example",
            "+33388412760",
        ),
        "from": "Camille Baudry <c.baudry@rhinsuperieur.example>",
        "subject": "Demande d'accès aux résultats électoraux",
        "headers": OUTLOOK,
        "body": "Bonjour,\n\nveuillez trouver ci-joint notre demande.\n\nBien cordialement,\n"
        "Camille Baudry\n",
        "attachments": [
            (
                "docx",
                "demande_CZSO.docx",
                {
                    "header": "Éditions du Rhin Supérieur SAS – 14 quai des Bateliers, "
                    "67000 Strasbourg",
                    "footer": "SAS au capital de 120 000 € – RCS Strasbourg",
                    "blocks": [
                        "Objet : demande d'accès au serveur des résultats et autorisation de "
                        "tournage",
                        "Madame, Monsieur,",
                        "Les Éditions du Rhin Supérieur SAS souhaitent obtenir l'accès au "
                        "serveur dédié diffusant les résultats provisoires au format XML, "
                        "ainsi que l'autorisation de filmer au centre de traitement de Prague "
                        "le soir du scrutin.",
                        {
                            "rows": [
                                ["Adresses de production", "192.0.2.130\n192.0.2.131"],
                                ["Adresse de test", "192.0.2.139"],
                                ["Interlocutrice", "Camille Baudry, cheffe d'édition web"],
                                ["Téléphone", "+33 3 88 41 27 60"],
                            ]
                        },
                        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
                        "Hélène Roussel, directrice de la publication",
                    ],
                },
            )
        ],
    },
    {
        "id": "cu016-spanish-smime-respectivamente",
        "description": "S/MIME-signed Spanish mail: 'de producción y de pruebas, "
        "respectivamente' decides the roles; contact with two surnames",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Meseta Norte, S.L.",
            None,
            None,
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Lucía Garrido Peña",
            "lgarrido@radiomesetanorte.example",
            "+34983447120",
        ),
        "from": "Lucía Garrido Peña <lgarrido@radiomesetanorte.example>",
        "subject": "Solicitud de acceso a resultados electorales (XML)",
        "headers": EVOLUTION,
        "smime": True,
        "body": "Estimados señores:\n\n"
        "Radio Meseta Norte, S.L. solicita acceso al servidor con los resultados electorales "
        "en XML. Las direcciones IP de producción y de pruebas son, respectivamente, "
        "203.0.113.60 y 203.0.113.61.\n\n"
        "No solicitamos permiso de grabación.\n\n"
        "Persona de contacto: Lucía Garrido Peña, tel. +34 983 447 120.\n\n"
        "Atentamente,\nLucía Garrido Peña\nJefa de informativos, Radio Meseta Norte, S.L.\n"
        "Valladolid\n",
    },
    {
        "id": "cu017-swedish-english-mix-test-from-prod",
        "description": "Swedish paper mixing Swedish and English in one mail; tests from the "
        "production servers, so no test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Norrlandsbladet AB",
            None,
            None,
            ["198.51.100.180", "198.51.100.181"],
            [],
            "Erik Lindqvist",
            "erik.lindqvist@norrlandsbladet.example",
            "+46703182245",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@norrlandsbladet.example>",
        "subject": "Ansökan / application: election results XML",
        "headers": TBIRD,
        "body": "Hej,\n\n"
        "vi på Norrlandsbladet AB vill ansöka om access to the XML feed with election "
        "results – sorry for the mix of languages, our Czech is non-existent.\n\n"
        "Produktion: 198.51.100.180, 198.51.100.181\n"
        "Test: same as production, vi testar från produktionsservrarna.\n\n"
        "No filming needed.\n\n"
        "Kontakt: Erik Lindqvist, +46 70 318 22 45\n\n"
        "Med vänliga hälsningar / Best regards\nErik Lindqvist\nNorrlandsbladet AB, Umeå\n",
    },
    {
        "id": "cu018-databox-regional-tv-two-sheets",
        "description": "regional TV's data message with a bare annotation; the workbook's first "
        "sheet has ANO/NE (filming NE), the second three production and one test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Televize Podještědí s.r.o.",
            I18,
            "tvp8q2d",
            ["203.0.113.140", "203.0.113.141", "203.0.113.142"],
            ["203.0.113.150"],
            "Michal Šindelář",
            "sindelar@tvpodjestedi.example",
            "+420608447125",
        ),
        "databox": box("tvp8q2d", "Televize Podještědí s.r.o.", "Husova 18, 463 31 Chrastava"),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "xlsx",
                "zadost_TVP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Televize Podještědí s.r.o."],
                            ["IČO", I18],
                            ["Přístup k XML výsledkům", "ANO"],
                            ["Natáčení na pracovišti ČSÚ", "NE"],
                            ["Kontaktní osoba", "Šindelář Michal"],
                            ["E-mail", "sindelar@tvpodjestedi.example"],
                            ["Telefon", "608 447 125"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "Adresa", "Poznámka"],
                            ["produkce", "203.0.113.140", "encoder 1"],
                            ["produkce", "203.0.113.141", "encoder 2"],
                            ["produkce", "203.0.113.142", "web"],
                            ["test", "203.0.113.150", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cu019-reply-replaced-production",
        "description": "reply to the office's query with its signature quoted (office phone and "
        "IČO): the original production address is replaced by a new one, test unchanged",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihočeský týdeník, s.r.o.",
            I19,
            None,
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Renata Kadlecová",
            "kadlecova@jihoceskytydenik.example",
            "+420776210384",
        ),
        "from": "Renata Kadlecová <kadlecova@jihoceskytydenik.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům voleb - doplnění",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "ano, adresu 192.0.2.40 jsme mezitím nahradili novým serverem 192.0.2.44 – tu prosím "
        "povolte místo ní. Testovací 192.0.2.45 zůstává.\n\n"
        "Renata Kadlecová\nJihočeský týdeník, s.r.o., IČO " + I19 + "\ntel. 776 210 384\n\n"
        "---------- Původní e-mail ----------\n"
        "Od: podatelna@czso.cz\n"
        "Předmět: Vaše žádost o přístup k výsledkům voleb - doplnění\n\n"
        "> Dobrý den,\n"
        "> prosíme o potvrzení, zda platí produkční adresa 192.0.2.40 a testovací 192.0.2.45.\n"
        "> S pozdravem\n"
        "> oddělení zpracování výsledků voleb\n"
        "> Český statistický úřad, IČO 00025593, tel. +420 274 052 733, www.czso.cz\n",
    },
    {
        "id": "cu020-institute-long-letter-odt",
        "description": "long formal letter in ODT from an institute (z. ú.) with a range written "
        "'198.18.5.20–198.18.5.23'; filming explicitly not requested; director signs, a "
        "researcher is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Institut pro výzkum veřejného mínění, z. ú.",
            I20,
            None,
            ["198.18.5.20", "198.18.5.21", "198.18.5.22", "198.18.5.23"],
            ["198.18.5.30"],
            "Alena Šustrová",
            "sustrova@ivvm.example",
            "+420222917350",
        ),
        "from": "Sekretariát IVVM <sekretariat@ivvm.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "headers": CENTRUM,
        "body": "Dobrý den, v příloze zasíláme žádost našeho ředitele. Sekretariát IVVM\n",
        "attachments": [
            (
                "odt",
                "zadost_IVVM.odt",
                [
                    "Institut pro výzkum veřejného mínění, z. ú.",
                    "Vinohradská 1804/96, 130 00 Praha 3 | IČO " + I20,
                    "Český statistický úřad\nodbor zpracování výsledků voleb\nNa padesátém "
                    "81, 100 82 Praha 10",
                    "V Praze dne 2. září 2025",
                    "Věc: Žádost o zpřístupnění průběžných výsledků voleb",
                    "Vážené dámy, vážení pánové,",
                    "Institut pro výzkum veřejného mínění se již více než dvacet let věnuje "
                    "analýze volebního chování a v noci po uzavření volebních místností "
                    "připravuje pro spolupracující redakce průběžné odhady. K tomu "
                    "potřebujeme přímý přístup k průběžným výsledkům ve formátu XML z "
                    "vašeho dedikovaného serveru.",
                    "Žádáme proto o povolení přístupu z těchto adres: rozsah "
                    "198.18.5.20–198.18.5.23 (výpočetní cluster, produkce); testovací "
                    "přístup z adresy 198.18.5.30.",
                    "O povolení natáčení či fotografování na vašich pracovištích nežádáme.",
                    "Kontaktní osobou ve věci této žádosti je PhDr. Alena Šustrová, "
                    "vedoucí analytického týmu, tel. 222 917 350, e-mail "
                    "sustrova@ivvm.example.",
                    "Děkujeme za vyřízení a jsme s pozdravem",
                    "doc. PhDr. Karel Vránek, Ph.D.\nředitel",
                ],
            )
        ],
    },
    {
        "id": "cu021-conditional-filming-alternative",
        "description": "multipart/alternative; filming asked 'only if operations allow' (still a "
        "request), XML asked plainly; a second person named in copy is not the contact",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Krkonoše Media s.r.o.",
            I21,
            None,
            ["203.0.113.170"],
            ["203.0.113.171"],
            "Jiří Kubát",
            "kubat@krkonosemedia.example",
            "+420608221094",
        ),
        "from": "Jiří Kubát <kubat@krkonosemedia.example>",
        "cc": "Veronika Holubová <holubova@krkonosemedia.example>",
        "subject": "Žádost o XML + případně natáčení",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "Krkonoše Media s.r.o. (IČO " + I21 + ") žádá o přístup k XML s průběžnými "
        "výsledky voleb:\n"
        "  produkční IP 203.0.113.170\n"
        "  testovací IP 203.0.113.171\n\n"
        "Zároveň žádáme o povolení natáčení na pracovišti v Hradci Králové – samozřejmě jen "
        "pokud to provoz na pracovišti dovolí. Natáčet by kolegyně Veronika Holubová (v "
        "kopii).\n\n"
        "Kontakt: Jiří Kubát, 608 221 094\n\n"
        "Díky, Jiří Kubát\n",
        "html": "<html><body><p>Dobrý den,</p>"
        "<p>Krkonoše Media s.r.o. (IČO " + I21 + ") žádá o přístup k XML s průběžnými "
        "výsledky voleb:</p><ul><li>produkční IP 203.0.113.170</li>"
        "<li>testovací IP 203.0.113.171</li></ul>"
        "<p>Zároveň žádáme o povolení natáčení na pracovišti v Hradci Králové – samozřejmě "
        "jen pokud to provoz na pracovišti dovolí. Natáčet by kolegyně Veronika Holubová (v "
        "kopii).</p><p>Kontakt: Jiří Kubát, 608 221 094</p><p>Díky, Jiří Kubát</p>"
        "</body></html>",
    },
    {
        "id": "cu022-austrian-photographer-filming-only",
        "description": "Austrian regional publisher asks only for photos/filming for its "
        "photographer ('Datenfeed brauchen wir nicht'); the photographer is the named contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Mühlviertler Rundschau Medien GmbH",
            None,
            None,
            [],
            [],
            "Sabine Hofer",
            "s.hofer@mv-rundschau.example",
            "+43794272110",
        ),
        "from": "Mag. Sabine Hofer <s.hofer@mv-rundschau.example>",
        "subject": "Fotogenehmigung Wahlabend",
        "headers": SAMSUNG,
        "body": "Grüß Gott,\n\n"
        "für die Mühlviertler Rundschau Medien GmbH möchte ich am Wahlabend im "
        "Ergebniszentrum in Budweis fotografieren und kurze Videos drehen. Einen Datenfeed "
        "brauchen wir nicht, die Zahlen holen wir von der Webseite.\n\n"
        "Kontakt: Mag. Sabine Hofer, Fotografin, Tel. +43 7942 72110\n\n"
        "Liebe Grüße\nSabine Hofer\n\nVon meinem Samsung Galaxy gesendet\n",
    },
    {
        "id": "cu023-databox-freelancer-rtf-slash31",
        "description": "data message from a natural person in business (box type 40), bare "
        "annotation; the RTF asks for both, production as a /31, no test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Lucie Veselá",
            I23,
            "lv4x9pe",
            ["198.51.100.200", "198.51.100.201"],
            [],
            "Lucie Veselá",
            "lucie@veselafoto.example",
            "+420721508336",
        ),
        "databox": box("lv4x9pe", "Lucie Veselá", "Lipová 12, 779 00 Olomouc", 40),
        "subject": "žádost volby",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Lucie Veselá, IČO " + I23 + ", Lipová 12, Olomouc",
                    "Žádám o:",
                    [
                        ["přístup k XML s výsledky", "ano"],
                        ["povolení fotografovat a natáčet (krajské pracoviště Olomouc)", "ano"],
                    ],
                    "IP pro XML: 198.51.100.200/31 (oba stroje produkční), testovací nemám.",
                    "Kontakt: lucie@veselafoto.example, 721 508 336",
                ],
            )
        ],
    },
    {
        "id": "cu024-pr-agency-writes-for-radio",
        "description": "a PR agency writes for its client radio (agency IČO in its signature); "
        "the radio's head of IT is the contact; IPv4 and IPv6 production",
        "style": Style.PROXY,
        "labels": L(
            [FEED],
            "Rádio Haná Plus s.r.o.",
            I24,
            None,
            ["192.0.2.150", "2001:db8:150::1"],
            ["192.0.2.151"],
            "Martin Zedník",
            "zednik@radiohanaplus.example",
            "+420777302118",
        ),
        "from": "Klára Jandová <jandova@komunikapartners.example>",
        "subject": "Rádio Haná Plus – žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "zastupujeme společnost Rádio Haná Plus s.r.o., IČO " + I24 + ", a v její "
        "věci vám posíláme žádost o přístup k datovému výstupu výsledků voleb.\n\n"
        "Produkční servery rádia: 192.0.2.150 (IPv4) a 2001:db8:150::1 (IPv6)\n"
        "Testovací: 192.0.2.151\n\n"
        "Technické dotazy prosím směřujte přímo na vedoucího IT rádia, pana Martina "
        "Zedníka (zednik@radiohanaplus.example, 777 302 118), který je pro tuto žádost "
        "kontaktní osobou.\n\n"
        "S pozdravem\nKlára Jandová\nKomunika Partners s.r.o., IČO " + I24B + "\n"
        "Václavská 9, Olomouc\n",
    },
    {
        "id": "cu025-slovak-institute-backup-server",
        "description": "Slovak non-profit institute: two production addresses written '.220 a "
        ".221' plus a backup ('záložný') third, no test; a switchboard after the direct line",
        "style": Style.HOSTS,
        "labels": L(
            [FEED],
            "Inštitút pre mediálne štúdiá, n.o.",
            None,
            None,
            ["203.0.113.220", "203.0.113.221", "203.0.113.222"],
            [],
            "Zuzana Kováčová",
            "kovacova@imes.example",
            "+421254418890",
        ),
        "from": "Zuzana Kováčová <kovacova@imes.example>",
        "subject": "Prístup k výsledkom volieb v ČR",
        "headers": K9,
        "body": "Dobrý deň,\n\n"
        "Inštitút pre mediálne štúdiá, n.o. by rád získal prístup k priebežným výsledkom "
        "volieb vo formáte XML pre náš výskumný projekt o volebnom spravodajstve.\n\n"
        "IP adresy: 203.0.113.220 a .221, k tomu záložný server 203.0.113.222.\n\n"
        "Kontakt: Mgr. Zuzana Kováčová, priama linka +421 2 5441 8890 "
        "(ústredňa +421 2 5441 8800)\n\n"
        "S pozdravom\nZuzana Kováčová\n",
    },
    {
        "id": "cu026-internal-host-beside-public",
        "description": "an IT-minded newsroom gives the public NAT address and, in brackets, "
        "the internal host behind it (a private address that is no applicant's IP)",
        "style": Style.HOSTS,
        "labels": L(
            [FEED],
            "Večerník Brno, a.s.",
            I26,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Tomáš Pokorný",
            "pokorny@vecernikbrno.example",
            "+420549123870",
        ),
        "from": "Tomáš Pokorný <pokorny@vecernikbrno.example>",
        "subject": "XML výsledky - whitelist",
        "headers": ROUNDCUBE,
        "body": "Ahoj / dobrý den,\n\n"
        "pro Večerník Brno, a.s. (IČO " + I26 + ") prosíme o whitelist na výsledky voleb:\n\n"
        "prod  198.51.100.90  (veřejná NAT adresa; interně je to 10.20.0.15, to neřešte)\n"
        "test  198.51.100.91\n\n"
        "Tomáš Pokorný, sysadmin, 549 123 870\n",
    },
    {
        "id": "cu027-temporary-election-server",
        "description": "a temporary server rented for election night is the production address, "
        "the usual web server explicitly not used; filming declined",
        "style": Style.HOSTS,
        "labels": L(
            [FEED],
            "Slovácký patriot s.r.o.",
            I27,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Hana Zemánková",
            "zemankova@slovackypatriot.example",
            "+420572640119",
        ),
        "from": "Hana Zemánková <zemankova@slovackypatriot.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "Slovácký patriot s.r.o., IČO " + I27 + ", žádá o přístup k XML s výsledky.\n\n"
        "Na volby si pronajímáme dočasný server 203.0.113.240 (jen na 14 dní) – ten prosím "
        "berte jako produkční. Testovat budeme z 203.0.113.241. Náš běžný webový server "
        "203.0.113.5 pro výsledky nepoužijeme.\n\n"
        "Natáčet u vás nebudeme.\n\n"
        "Hana Zemánková, vydavatelka\n572 640 119\n",
    },
    {
        "id": "cu028-polish-academy-cidr-no-test",
        "description": "Polish academy (no IČO) for a research project, quoted-printable: "
        "production as 192.0.2.96/30, tests from the same addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Akademia Nauk Społecznych w Opolu",
            None,
            None,
            ["192.0.2.96", "192.0.2.97", "192.0.2.98", "192.0.2.99"],
            [],
            "Marta Zielińska",
            "m.zielinska@ans-opole.example",
            "+48774412290",
        ),
        "from": "dr Marta Zielińska <m.zielinska@ans-opole.example>",
        "subject": "Prośba o dostęp do wyników wyborów (XML)",
        "headers": EVOLUTION,
        "body": "Szanowni Państwo,\n\n"
        "w imieniu Akademii Nauk Społecznych w Opolu (Zakład Socjologii Polityki) zwracam "
        "się z prośbą o dostęp do serwera z wynikami wyborów w formacie XML.\n\n"
        "Sieć produkcyjna: 192.0.2.96/30. Testy wykonamy z tych samych adresów.\n\n"
        "Kontakt: dr Marta Zielińska, tel. +48 77 441 22 90\n\n"
        "Z wyrazami szacunku\nMarta Zielińska\nAkademia Nauk Społecznych w Opolu\n",
    },
]
