"""Fifty-second held-out part ``ci``, cases ci015–ci028: a Norwegian request whose feed part is
withdrawn, an English speaker writing broken Czech, a university research group asking for
data for a study by data message, a municipal TV filming in two districts, a Senate by-election
and a regional election only, an IT contractor writing for a medium, a terse note, a long
formal RTF letter, internal hosts behind NAT, a replaced server in a reply, a forwarded Austrian
.eml and data messages with a workbook and a freelancer's DOCX. Written by hand apart from the
extraction rules (see make_fiftysecond_ci); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysecond_ci_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I17, I18, I19, I20 = ico("7126034"), ico("7501829"), ico("2946713"), ico("2864105")
I21, I22, I23, I24 = ico("0618274"), ico("2718360"), ico("4601927"), ico("2904418")
I25, I27, I28 = ico("2637102"), ico("2519846"), ico("7310582")

CASES: list[dict[str, Any]] = [
    {
        "id": "ci015-norwegian-feed-withdrawn-ps",
        "description": "Norwegian TV asks for both, then a P.S. withdraws the XML request: "
        "filming only and the addresses go with the feed",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Fjordkanalen AS",
            None,
            None,
            [],
            [],
            "Sondre Aasheim",
            "sondre@fjordkanalen.example",
            "+4791245338",
        ),
        "from": "Sondre Aasheim <sondre@fjordkanalen.example>",
        "subject": "Søknad: XML-tilgang og filming på valgnatten",
        "headers": MAC_OUTLOOK,
        "body": "Hei,\n\n"
        "Fjordkanalen AS søker om:\n"
        "1. tilgang til valgresultatene i XML (produksjon 198.18.12.5, test 198.18.12.6)\n"
        "2. tillatelse til å filme ved innsamlingsstedet i Praha på valgnatten "
        "(fotograf og reporter).\n\n"
        "Kontaktperson: Sondre Aasheim, +47 912 45 338.\n\n"
        "Mvh\nSondre Aasheim\nFjordkanalen AS, Bergen\n\n"
        "P.S. Etter et møte i redaksjonen i dag: vi trekker søknaden om XML-tilgang, tallene "
        "får vi fra vårt eget byrå. Det gjelder bare filmingen.\n",
    },
    {
        "id": "ci016-broken-czech-irish-freelancer",
        "description": "an Irish freelancer writing learner's Czech without diacritics mixed "
        "with English; no company; Czech SIM first, then his Irish mobile",
        "style": Style.BROKEN,
        "labels": L(
            [FEED],
            "Ciarán Whelby",
            None,
            None,
            ["192.0.2.77"],
            ["192.0.2.78"],
            "Ciarán Whelby",
            "ciaran.whelby@whelbyreports.example",
            "+420608112457",
        ),
        "from": "Ciarán Whelby <ciaran.whelby@whelbyreports.example>",
        "subject": "zadost XML volby - novinar z Irska",
        "headers": GMAIL,
        "flowed": True,
        "body": "Dobry den,\n\n"
        "ja jsem novinar z Irska, ja pracuju sam (freelance, nemam firma v Cesku, sorry my "
        "Czech is still bad). Prosim o pristup k XML s vysledky volby, chci delat live "
        "grafiku pro irske noviny.\n\n"
        "moje IP adres je 192.0.2.77 pro produkce a 192.0.2.78 pro testovani.\n"
        "Natacet ne, nejsem v Praze ten den.\n\n"
        "telefon 608 112 457 (ceska SIM) nebo +353 87 214 6630\n\n"
        "Dekuju moc!\nCiarán Whelby\n",
    },
    {
        "id": "ci017-databox-university-research-group",
        "description": "data message from a university's box: a research group of one faculty "
        "asks for the feed for a study and states it does not film; the university applies; "
        "the PDF carries addresses and the postdoc contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Středního Polabí, veřejná vysoká škola",
            I17,
            "u7sp4lb",
            ["198.18.60.21", "198.18.60.22"],
            ["198.18.60.30"],
            "Ondřej Valášek",
            "ondrej.valasek@usp.example",
            "+420466037215",
        ),
        "databox": box(
            "u7sp4lb",
            "Univerzita Středního Polabí, veřejná vysoká škola",
            "Studentská 12, 280 02 Kolín",
            10,
        ),
        "subject": "Žádost o přístup k datům výsledků voleb pro výzkumný projekt",
        "attachments": [
            (
                "pdf",
                "zadost_vyzkum_volby.pdf",
                [
                    "Univerzita Středního Polabí, veřejná vysoká škola\n"
                    "Fakulta sociálních studií – Katedra politologie\n"
                    "Studentská 12, 280 02 Kolín | IČO " + I17,
                    "Věc: žádost o zpřístupnění průběžných výsledků voleb (XML)",
                    "Výzkumná skupina pro volební chování naší katedry řeší projekt o "
                    "časovém průběhu sčítání hlasů v obcích. Pro studii potřebujeme průběžná "
                    "data z dedikovaného serveru. O povolení natáčení ani fotografování "
                    "nežádáme, data budeme pouze ukládat pro analýzu.",
                    {
                        "rows": [
                            ["Účel", "Adresa"],
                            ["sběr dat (produkce)", "198.18.60.21, 198.18.60.22"],
                            ["testovací stroj", "198.18.60.30"],
                        ],
                        "widths": [150, 250],
                    },
                    "Kontaktní osoba: Mgr. Ondřej Valášek, Ph.D., postdoktorand, "
                    "ondrej.valasek@usp.example, tel. 466 037 215",
                    "doc. PhDr. Radka Klímová, Ph.D.\nvedoucí katedry",
                ],
            )
        ],
    },
    {
        "id": "ci018-databox-municipal-tv-two-districts",
        "description": "data message from a town's television (contributory organisation): "
        "filming at collection points in two districts, the XML explicitly not wanted; ODT",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Televize Brodek, příspěvková organizace",
            I18,
            "tvb8r2k",
            [],
            [],
            "Petra Šimková",
            "simkova@tvbrodek.example",
            "+420567214880",
        ),
        "databox": box(
            "tvb8r2k",
            "Televize Brodek, příspěvková organizace",
            "Masarykovo náměstí 1, 588 31 Brodek nad Jihlavou",
            10,
        ),
        "subject": "Žádost o povolení natáčení – volby, okresy Jihlava a Třebíč",
        "attachments": [
            (
                "odt",
                "TV_Brodek_natacení.odt",
                [
                    "Televize Brodek, příspěvková organizace, IČO " + I18,
                    "Žádost o povolení natáčení",
                    "Městská televize žádá o povolení natočit krátké reportáže na "
                    "kontaktních místech ČSÚ ve dvou okresech, kam spadají obce našeho "
                    "vysílacího území:",
                    [
                        ["Okres", "Místo", "Čas"],
                        ["Jihlava", "kontaktní místo Jihlava", "sobota 14:00–16:00"],
                        ["Třebíč", "kontaktní místo Třebíč", "sobota 17:00–18:30"],
                    ],
                    "Přístup k výsledkům v XML nepotřebujeme, výsledky přebíráme z webu.",
                    "Štáb: Bc. Petra Šimková (redaktorka, kontaktní osoba, "
                    "simkova@tvbrodek.example, tel. 567 214 880), Jakub Maršálek (kamera).",
                    "Ing. Zdeněk Pazdera, ředitel",
                ],
            )
        ],
    },
    {
        "id": "ci019-senate-by-election-html-cidr",
        "description": "a weekly asks for the XML of a Senate by-election only; production as "
        "a /30 block, no test address; text/html in windows-1250",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Týdeník Horní Labe s.r.o.",
            I19,
            None,
            ["198.51.100.244", "198.51.100.245", "198.51.100.246", "198.51.100.247"],
            [],
            "Vítězslav Hanuš",
            "hanus@tydenikhornilabe.example",
            "+420499871320",
        ),
        "from": "Vítězslav Hanuš <hanus@tydenikhornilabe.example>",
        "subject": "Doplňovací volby do Senátu – žádost o XML",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": "<html><body><p>Dobrý den,</p>"
        "<p>společnost Týdeník Horní Labe s.r.o., IČO " + I19 + ", žádá o přístup k "
        "průběžným výsledkům v XML <b>pouze pro doplňovací volby do Senátu v obvodu "
        "č. 37</b>. Na ostatní volby letos nežádáme, natáčet nebudeme.</p>"
        "<p>Produkční rozsah: 198.51.100.244/30<br>Testovací prostředí nemáme.</p>"
        "<p>S pozdravem<br>Vítězslav Hanuš<br>šéfredaktor<br>tel. 499 871 320</p>"
        "</body></html>",
    },
    {
        "id": "ci020-databox-regional-election-netmask",
        "description": "data message: XML for the regional election only; the PDF gives the "
        "production address with netmask 255.255.255.254 (two addresses)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krajské listy Vysočiny, s.r.o.",
            I20,
            "k3lv9ab",
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Lubomír Kratochvíl",
            "kratochvil@krajskelisty.example",
            "+420731226904",
        ),
        "databox": box(
            "k3lv9ab", "Krajské listy Vysočiny, s.r.o.", "Havlíčkova 44, 586 01 Jihlava"
        ),
        "subject": "XML výsledky – pouze volby do zastupitelstva kraje",
        "attachments": [
            (
                "pdf",
                "KLV_zadost_krajske_volby.pdf",
                [
                    "Krajské listy Vysočiny, s.r.o., IČO " + I20,
                    "Žádáme o zpřístupnění výsledků ve formátu XML pro volby do "
                    "zastupitelstev krajů. Pro sněmovní volby o přístup nežádáme.",
                    "Produkce: 203.0.113.200 maska 255.255.255.254\nTest: 203.0.113.210",
                    "Kontakt: Lubomír Kratochvíl, kratochvil@krajskelisty.example, "
                    "+420 731 226 904",
                    "Mgr. Hana Štěpánková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "ci021-it-contractor-for-association",
        "description": "an IT contractor writes for the association publishing a local paper: "
        "the association applies, the contractor's engineer is the named contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Podhůřský zpravodaj, z.s.",
            I21,
            None,
            ["198.18.33.40", "198.18.33.41"],
            ["198.18.33.49"],
            "Tomáš Řehák",
            "rehak@netlogic.example",
            "+420776301448",
        ),
        "from": "Tomáš Řehák <rehak@netlogic.example>",
        "subject": "Žádost o XML výsledky za Podhůřský zpravodaj",
        "headers": EVOLUTION,
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "píšu za našeho zákazníka, spolek Podhůřský zpravodaj, z.s. (IČO " + I21 + "), "
        "kterému spravujeme web. Zpravodaj by chtěl na volební noc zobrazovat výsledky obcí "
        "regionu, proto žádá o přístup k XML.\n\n"
        "Servery běží u nás v hostingu:\n"
        "- produkce 198.18.33.40 a .41\n"
        "- test 198.18.33.49\n\n"
        "Kontaktní osobou pro tuto žádost jsem já (předseda spolku p. Jaroslav Kolář o tom "
        "ví a je v kopii).\n\n"
        "Tomáš Řehák\nNetlogic Hosting s.r.o.\ntel. 776 301 448\n",
        "cc": "jaroslav.kolar@podhurskyzpravodaj.example",
    },
    {
        "id": "ci022-terse-phone-note",
        "description": "a terse note typed on a phone: roles abbreviated, IČO and contact on "
        "one line",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rádio Ozvěna s.r.o.",
            I22,
            None,
            ["198.18.7.7"],
            ["198.18.7.8"],
            "Petr Hloušek",
            "hlousek@radioozvena.example",
            "+420602118907",
        ),
        "from": "Petr Hloušek <hlousek@radioozvena.example>",
        "subject": "xml volby",
        "headers": K9,
        "body": "dobry den, prosim xml feed na volby.\n"
        "prod 198.18.7.7 / test 198.18.7.8\n"
        "Rádio Ozvěna s.r.o., IČ " + I22 + ", Petr Hloušek 602118907\n"
        "diky\n",
    },
    {
        "id": "ci023-long-formal-rtf-backup",
        "description": "two-line cover; a long formal RTF letter signed by the board chairman "
        "names the contact in a middle paragraph (desk line before mobile); a backup server "
        "is production",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Horácko, a.s.",
            I23,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.179"],
            "Dagmar Sedláčková",
            "sedlackova@horacko.example",
            "+420565301214",
        ),
        "from": "Sekretariát Horácko <sekretariat@horacko.example>",
        "subject": "Žádost – volby 2025",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze zasíláme žádost našeho představenstva.\n\n"
        "Sekretariát představenstva\nVydavatelství Horácko, a.s.\n",
        "attachments": [
            (
                "rtf",
                "zadost_Horacko.rtf",
                [
                    "Vydavatelství Horácko, a.s.\nNáměstí Svobody 8, 674 01 Třebíč\nIČO " + I23,
                    "Český statistický úřad\nodbor informatiky\nNa padesátém 81, 100 82 Praha 10",
                    "Věc: Žádost o zpřístupnění výsledků voleb a o povolení pořizování záznamu",
                    "Vážené dámy, vážení pánové,",
                    "Vydavatelství Horácko, a.s., vydavatel regionálního deníku a provozovatel "
                    "zpravodajského portálu, si Vás dovoluje požádat, stejně jako při "
                    "předchozích volbách, o zpřístupnění průběžných výsledků na "
                    "dedikovaném serveru. Naše redakce hodlá výsledky v průběhu volební "
                    "noci zpracovávat do interaktivních map pro všechny obce regionu.",
                    "Technickou stránku věci i veškerou komunikaci s Vaším úřadem zajišťuje "
                    "vedoucí IT oddělení paní Ing. Dagmar Sedláčková, tel. 565 301 214, "
                    "mobil 737 511 902, e-mail sedlackova@horacko.example.",
                    [
                        ["Server", "IP adresa"],
                        ["hlavní (produkční)", "192.0.2.170"],
                        ["záložní", "192.0.2.171"],
                        ["testovací", "192.0.2.179"],
                    ],
                    "Současně žádáme o povolení pořizovat fotografie a videozáznam na "
                    "kontaktním místě v Třebíči; fotografovat bude pan Luboš Kučera.",
                    "Děkujeme za vstřícnost a jsme s pozdravem",
                    "Ing. Vratislav Novotný\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "ci024-internal-hosts-behind-nat",
        "description": "internal 10.x hosts named next to the public NAT address; the test VM "
        "goes out through the same public address, so no test address is labelled",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Jihočeská online, s.r.o.",
            I24,
            None,
            ["203.0.113.90"],
            [],
            "Roman Kubeš",
            "kubes@jihoceskaonline.example",
            "+420775208613",
        ),
        "from": "Roman Kubeš <kubes@jihoceskaonline.example>",
        "subject": "Pristup XML - Jihočeská online",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "žádáme o přístup k XML s výsledky (Jihočeská online, s.r.o., IČO " + I24 + ").\n\n"
        "Stahovat bude interní stroj 10.20.0.5, ven ale jde přes NAT s veřejnou adresou "
        "203.0.113.90 - tu prosím povolte. Testovací VM (10.20.0.6) jde stejným NATem, "
        "takže nic dalšího.\n\n"
        "Roman Kubeš, admin, 775 208 613\n",
    },
    {
        "id": "ci025-reply-replaced-server",
        "description": "reply to the office's query with its quoted signature (office phone): "
        "the old server is decommissioned and replaced, the replacement and a test address "
        "are labelled",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Zlatá stezka s.r.o.",
            I25,
            None,
            ["198.51.100.155"],
            ["198.51.100.156"],
            "Marek Šustr",
            "sustr@zlatastezka.example",
            "+420721408339",
        ),
        "from": "Marek Šustr <sustr@zlatastezka.example>",
        "subject": "Re: Doplnění žádosti – IP adresy",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "server 198.51.100.150 z loňské žádosti jsme minulý měsíc vyřadili, nahradil ho "
        "198.51.100.155. Testovat budeme z 198.51.100.156.\n\n"
        "Marek Šustr\nRádio Zlatá stezka s.r.o., IČO " + I25 + "\nmobil 721 408 339\n\n"
        "Dne 3. 9. 2025 v 10:12 Český statistický úřad napsal(a):\n"
        "> Dobrý den,\n"
        "> ve Vaší žádosti o přístup k výsledkům voleb chybí IP adresy. Prosíme o jejich\n"
        "> doplnění; pokud se oproti minulým volbám nic nezměnilo, stačí to napsat.\n"
        ">\n"
        "> S pozdravem\n"
        "> oddělení volebních výsledků\n"
        "> Český statistický úřad, tel. +420 274 052 733\n",
    },
    {
        "id": "ci026-forward-eml-austrian-headquarters",
        "description": "a Prague correspondent forwards the Vienna headquarters' German "
        "application as .eml; 'Die … GmbH beantragt' with the name written without the "
        "article in the signature; the correspondent films but is not the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Alpenländische Rundschau GmbH",
            None,
            None,
            ["203.0.113.140", "203.0.113.141", "203.0.113.142"],
            ["203.0.113.149"],
            "Florian Gruber",
            "gruber@alpenrundschau.example",
            "+43153422180",
        ),
        "from": "Jitka Wallnerová <wallnerova@alpenrundschau.example>",
        "subject": "Fwd: Antrag XML-Zugang und Drehgenehmigung",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost naší vídeňské centrály. Natáčet na místě budu já s kameramanem, "
        "technické věci řeší kolega Gruber ve Vídni.\n\n"
        "Jitka Wallnerová\nkorespondentka v Praze\n",
        "attachments": [
            (
                "eml",
                "Antrag_CSU.eml",
                {
                    "id": "ci026-inner",
                    "from": "Florian Gruber <gruber@alpenrundschau.example>",
                    "to": "wallnerova@alpenrundschau.example",
                    "subject": "Antrag XML-Zugang und Drehgenehmigung",
                    "body": "Liebe Jitka,\n\nbitte an das Statistikamt weiterleiten:\n\n"
                    "Die Alpenländische Rundschau GmbH beantragt den Zugang zum "
                    "XML-Ergebnisserver sowie eine Drehgenehmigung für dich und Pavel in "
                    "der Sammelstelle Prag.\n\n"
                    "Produktion: von 203.0.113.140 bis .142\nTest: 203.0.113.149\n\n"
                    "Ansprechpartner: Mag. Florian Gruber, +43 1 534 22 180, "
                    "gruber@alpenrundschau.example\n\n"
                    "Grüße\nFlorian\n--\nAlpenländische Rundschau GmbH, IT\n"
                    "Seilerstätte 9, 1010 Wien\n",
                },
            )
        ],
    },
    {
        "id": "ci027-databox-workbook-ipv6-surname-first",
        "description": "data message with a bare annotation; the workbook's role column mixes "
        "IPv6 and IPv4 production, an IPv6 test, and the contact sheet writes the name "
        "surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Podbeskydí s.r.o.",
            I27,
            "rp8bsk2",
            ["2001:db8:77::a", "198.51.100.90"],
            ["2001:db8:77::b"],
            "Jana Halamová",
            "halamova@radiopodbeskydi.example",
            "+420558412730",
        ),
        "databox": box("rp8bsk2", "Rádio Podbeskydí s.r.o.", "Zámecká 5, 738 01 Frýdek-Místek"),
        "subject": "Žádost – volby",
        "attachments": [
            (
                "xlsx",
                "RP_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Rádio Podbeskydí s.r.o."],
                            ["IČO", I27],
                            ["Přístup k XML", "ano"],
                            ["Natáčení", "ne"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "Adresa"],
                            ["produkce", "2001:db8:77::a"],
                            ["produkce", "198.51.100.90"],
                            ["test", "2001:db8:77::b"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Příjmení a jméno", "Halamová Jana"],
                            ["E-mail", "halamova@radiopodbeskydi.example"],
                            ["Telefon", "558 412 730"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ci028-databox-freelance-photographer-docx",
        "description": "data message from a photographer's own box (natural person in "
        "business): filming only; the DOCX writes her name with a description of her work "
        "after a dash, so her own name is labelled",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Tereza Kubínová",
            I28,
            "tk4f0t9",
            [],
            [],
            "Tereza Kubínová",
            "kubinova.foto@postak.example",
            "+420604771238",
        ),
        "databox": box("tk4f0t9", "Tereza Kubínová", "Lipová 17, 301 00 Plzeň", 40),
        "subject": "Žádost o povolení fotografovat",
        "attachments": [
            (
                "docx",
                "Kubinova_foto_volby.docx",
                {
                    "blocks": [
                        "Tereza Kubínová – fotografka na volné noze\nIČO " + I28,
                        "Dobrý den,",
                        "fotografuji pro několik regionálních týdeníků a ráda bych na "
                        "volební noc fotografovala na kontaktním místě v Plzni. Data z "
                        "vašeho XML serveru nepotřebuji.",
                        "Telefon 604 771 238, e-mail kubinova.foto@postak.example",
                        "Děkuji\nTereza Kubínová",
                    ]
                },
            )
        ],
    },
]
