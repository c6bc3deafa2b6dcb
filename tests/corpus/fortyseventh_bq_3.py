"""Forty-seventh held-out part ``bq``, cases bq029–bq042: a Swiss daily with a netmask testing
from production, a terse Czech radio in windows-1250 giving addresses "postupně", a fixer
forwarding a Hungarian freelancer's filming request, an HTML role table with IPv6, a PR agency's
DOCX form with a replaced server, an Italian regional TV filming now and taking the feed at a
later election, a blogger in base64, a Slovak university's RTF with shorthand addresses, a reply
withdrawing the feed, a Polish podcaster with a temporary test host, a long formal PDF letter
with an IPv6 range, an IT contractor's inline forward correcting the test address, an Estonian
agency in English with a /31 and a village's terse note. Written by hand apart from the
extraction rules (see make_fortyseventh_bq); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyseventh_bq_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    WEBDE,
    L,
    Style,
    ico,
)

I30, I32, I33, I36 = ico("2619847"), ico("2705318"), ico("2936041"), ico("4218057")
I37, I39, I40, I42 = ico("2852709"), ico("2478163"), ico("2590734"), ico("0283146")
IA = ico("2784650")

CASES: list[dict[str, Any]] = [
    {
        "id": "bq029-de-swiss-netmask-test-from-prod",
        "description": "Swiss daily in German: production as address plus netmask "
        "255.255.255.252 (four addresses), tests from production (no test address)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ostschweizer Nachrichten AG",
            None,
            None,
            ["198.51.100.248", "198.51.100.249", "198.51.100.250", "198.51.100.251"],
            [],
            "Reto Baumgartner",
            "reto.baumgartner@ostschweizer-nachrichten.example",
            "+41712284011",
        ),
        "from": "Reto Baumgartner <reto.baumgartner@ostschweizer-nachrichten.example>",
        "subject": "Gesuch um Zugang zum Wahlresultate-Server",
        "headers": OUTLOOK,
        "body": "Grüezi\n\n"
        "Die Ostschweizer Nachrichten AG (St. Gallen) ersucht um Zugang zum XML-Server mit "
        "den Wahlresultaten.\n\n"
        "Netz: 198.51.100.248, Netzmaske 255.255.255.252\n"
        "Tests führen wir direkt ab diesen Produktionsservern durch, eine separate "
        "Testadresse gibt es nicht.\n\n"
        "Freundliche Grüsse\nReto Baumgartner\nLeiter Digital\nTel. +41 71 228 40 11\n",
    },
    {
        "id": "bq030-terse-radio-win1250-postupne",
        "description": "terse Czech radio note in windows-1250 quoted-printable: production "
        "and test given 'postupně' (respectively), phone run into the text",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rádio Kozákov s.r.o.",
            I30,
            None,
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Aleš Hrubý",
            "hruby@radiokozakov.example",
            "+420731448206",
        ),
        "from": "Aleš Hrubý <hruby@radiokozakov.example>",
        "subject": "XML volby",
        "headers": OWA,
        "charset": "windows-1250",
        "cte": "qp",
        "body": "Rádio Kozákov s.r.o., IČO " + I30 + " - žádáme o XML s výsledky. Produkční "
        "a testovací IP jsou postupně 203.0.113.30 a 203.0.113.31. Natáčet ne. Volejte "
        "731448206.\nHrubý\n",
    },
    {
        "id": "bq031-fixer-forwards-hu-freelancer-filming",
        "description": "a Czech production fixer forwards inline a Hungarian freelance "
        "journalist's filming request; she applies as herself (Hungarian name order), fixer "
        "only forwards",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Varga Dóra",
            None,
            None,
            [],
            [],
            "Varga Dóra",
            "varga.dora@vargadora.example",
            "+36205173390",
        ),
        "from": "Filip Roubal <roubal@prazskyfixer.example>",
        "subject": "Fwd: Forgatási engedély / filming permit request",
        "headers": GMAIL,
        "body": "Dobrý den, přeposílám žádost maďarské novinářky, pro kterou zajišťuji "
        "produkci v Praze. Odpovídejte prosím přímo jí.\nFilip Roubal\n\n"
        "---------- Forwarded message ---------\n"
        "From: Varga Dóra <varga.dora@vargadora.example>\n"
        "Date: Mon, 8 Sep 2025 at 11:02\n"
        "Subject: Forgatási engedély / filming permit request\n"
        "To: Filip Roubal <roubal@prazskyfixer.example>\n\n"
        "Tisztelt Hivatal! / Dear Sir or Madam,\n\n"
        "Szabadúszó újságíróként (magánszemély) kérem, hogy a választás éjszakáján "
        "forgathassak az Önök prágai eredménygyűjtő helyén. I am a freelance journalist "
        "and would like to film at your results collection point; I do not need the data "
        "feed.\n\n"
        "Varga Dóra\n+36 20 517 3390\n",
    },
    {
        "id": "bq032-html-role-table-ipv6-production",
        "description": "HTML-only mail with a role table: two IPv6 production addresses and an "
        "IPv4 test address; filming declined in a sentence",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Hanácký portál a.s.",
            I32,
            None,
            ["2001:db8:320::1", "2001:db8:320::2"],
            ["198.51.100.132"],
            "Simona Zbořilová",
            "zborilova@hanackyportal.example",
            "+420585310772",
        ),
        "from": "Simona Zborilova <zborilova@hanackyportal.example>",
        "subject": "Žádost o přístup k volebním výsledkům",
        "headers": ROUNDCUBE,
        "html": "<p>Dobrý den,</p><p>Hanácký portál a.s. (IČO " + I32 + ") žádá o přístup "
        "k serveru s výsledky voleb.</p>"
        "<table border=1><tr><th>role</th><th>adresa</th></tr>"
        "<tr><td>produkce</td><td>2001:db8:320::1</td></tr>"
        "<tr><td>produkce</td><td>2001:db8:320::2</td></tr>"
        "<tr><td>test</td><td>198.51.100.132</td></tr></table>"
        "<p>Natáčet nebudeme.</p>"
        "<p>Simona Zbořilová<br>vedoucí vývoje<br>tel. 585 310 772</p>",
    },
    {
        "id": "bq033-pr-agency-docx-form-replaced-server",
        "description": "a PR agency writes for a regional radio (the applicant) with the radio's "
        "DOCX form: both ticked; the old server 'už nepoužíváme' is left out",
        "style": Style.INTERMEDIARY,
        "labels": L(
            [FEED, FILM],
            "Rádio Podlesí s.r.o.",
            I33,
            None,
            ["198.18.90.14"],
            ["198.18.90.15"],
            "Eva Holubová",
            "holubova@radiopodlesi.example",
            "+420602731984",
        ),
        "from": "Komunikace Plus <info@komunikaceplus.example>",
        "subject": "Rádio Podlesí – žádost o přístup a natáčení",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nza našeho klienta Rádio Podlesí s.r.o. zasíláme vyplněnou "
        "žádost. Kontakt na rádio je ve formuláři.\n\nS pozdravem\nTereza Malá\n"
        "Komunikace Plus s.r.o., IČO " + IA + "\n",
        "attachments": [
            (
                "docx",
                "Radio_Podlesi_zadost.docx",
                {
                    "header": "Rádio Podlesí s.r.o. | IČO " + I33,
                    "footer": "Rádio Podlesí – 98,4 FM",
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb a o povolení natáčení",
                        "☒ přístup k výsledkům (XML)",
                        "☒ natáčení / fotografování na pracovišti ČSÚ",
                        {
                            "rows": [
                                ["Server", "IP", "Poznámka"],
                                ["produkční", "198.18.90.14", "nový server"],
                                ["produkční", "198.18.90.4", "starý, už nepoužíváme"],
                                ["testovací", "198.18.90.15", ""],
                            ]
                        },
                        "Kontaktní osoba: Eva Holubová, programová ředitelka, "
                        "602 731 984, holubova@radiopodlesi.example",
                    ],
                },
            )
        ],
    },
    {
        "id": "bq034-it-regional-tv-filming-feed-later",
        "description": "Italian regional TV mixing Italian and English: filming now, the XML "
        "feed only for a later election ('faremo domanda più avanti'); Trento landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telealpi Trentino S.r.l.",
            None,
            None,
            [],
            [],
            "Marco Bellini",
            "m.bellini@telealpi.example",
            "+390461238554",
        ),
        "from": "Marco Bellini <m.bellini@telealpi.example>",
        "subject": "Richiesta permesso riprese / filming permit",
        "headers": TBIRD,
        "body": "Buongiorno,\n\n"
        "Telealpi Trentino S.r.l. chiede il permesso di effettuare riprese nel centro di "
        "raccolta dei risultati a Praga la notte delle elezioni (troupe di 3 persone).\n"
        "Per ora solo riprese: il feed XML ci servirà per le elezioni europee, faremo "
        "domanda più avanti.\n\n"
        "(In short: filming only this time, no data access needed now.)\n\n"
        "Referente: Marco Bellini, tel. +39 0461 238 554\n\nCordiali saluti\nMarco Bellini\n",
    },
    {
        "id": "bq035-blogger-base64-no-ico",
        "description": "base64 mail from a blogger, a natural person without IČO writing under "
        "the blog's name; production only, phone with +420 and spaces",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Kateřina Lustigová",
            None,
            None,
            ["203.0.113.240"],
            [],
            "Kateřina Lustigová",
            "katerina@cislavoleb.example",
            "+420608724153",
        ),
        "from": "Kateřina Lustigová <katerina@cislavoleb.example>",
        "subject": "Blog Čísla voleb - přístup k datům",
        "headers": SAMSUNG,
        "cte": "base64",
        "body": "Dobrý den,\npíšu blog Čísla voleb (soukromá osoba, bez IČO) a chtěla "
        "bych požádat o přístup k XML výsledkům z adresy 203.0.113.240. Testovací adresu "
        "nemám.\nKateřina Lustigová, +420 608 724 153\n",
    },
    {
        "id": "bq036-sk-university-rtf-shorthand",
        "description": "Slovak university in Slovak with an RTF: production written as "
        "'198.51.100.170, 171 a 172' (shorthand), one test address; Komárno landline",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Podunajská univerzita v Komárne",
            I36,
            None,
            ["198.51.100.170", "198.51.100.171", "198.51.100.172"],
            ["198.51.100.175"],
            "Zuzana Kováčiková",
            "kovacikova@puk.example",
            "+421357901244",
        ),
        "from": "Zuzana Kovacikova <kovacikova@puk.example>",
        "subject": "Žiadosť univerzity o prístup k výsledkom",
        "headers": WEBDE,
        "body": "Dobrý deň, v prílohe posielam žiadosť našej univerzity.\nZ. Kováčiková\n",
        "attachments": [
            (
                "rtf",
                "ziadost_PUK.rtf",
                [
                    "Podunajská univerzita v Komárne, Hradná 12, 945 01 Komárno, IČO " + I36,
                    "Vec: Žiadosť o prístup k priebežným výsledkom volieb",
                    "Katedra politických vied našej univerzity žiada o prístup k serveru s "
                    "výsledkami volieb vo formáte XML pre potreby výskumu a výučby. O "
                    "povolenie nakrúcania nežiadame.",
                    [
                        ["Produkčné IP", "198.51.100.170, 171 a 172"],
                        ["Testovacia IP", "198.51.100.175"],
                        ["Kontakt", "PhDr. Zuzana Kováčiková, PhD."],
                        ["Telefón", "035 790 12 44"],
                    ],
                    "kovacikova@puk.example",
                ],
            )
        ],
    },
    {
        "id": "bq037-reply-withdraws-feed-keeps-filming",
        "description": "reply to its own application: the feed is withdrawn, only filming "
        "remains; the quoted original with addresses no longer counts",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "TV Slovácko Jih s.r.o.",
            I37,
            None,
            [],
            [],
            "Roman Kadlčík",
            "kadlcik@tvslovackojih.example",
            "+420739560128",
        ),
        "from": "Roman Kadlčík <kadlcik@tvslovackojih.example>",
        "subject": "Re: Žádost o přístup k XML a natáčení - TV Slovácko Jih",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\npo poradě s vedením přístup k XML nakonec nepotřebujeme, výsledky "
        "vezmeme z veřejného webu. Žádost o přístup tímto stahujeme. Natáčení na pracovišti "
        "v Uherském Hradišti ale platí, přijedeme dva.\n\nRoman Kadlčík\n739 560 128\n\n"
        "Dne 2. 9. 2025 Roman Kadlčík napsal(a):\n"
        "> Žadatel: TV Slovácko Jih s.r.o., IČO " + I37 + "\n"
        "> Žádáme o přístup k XML výsledkům a o povolení natáčení.\n"
        "> Produkce: 198.18.110.20, test: 198.18.110.21\n"
        "> Kontakt: Roman Kadlčík, 739 560 128\n",
    },
    {
        "id": "bq038-pl-podcaster-temporary-test-iso88592",
        "description": "Polish podcaster (natural person under a channel name) in Polish, "
        "iso-8859-2 8bit: a temporary test host ('tymczasowo'), no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Piotr Zalewski",
            None,
            None,
            ["198.18.101.7"],
            ["198.18.101.8"],
            "Piotr Zalewski",
            "piotr@naczerwono.example",
            "+48512094361",
        ),
        "from": "Piotr Zalewski <piotr@naczerwono.example>",
        "subject": "Prośba o dostęp do wyników (podcast Na Czerwono)",
        "headers": K9,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": 'Dzień dobry,\n\nprowadzę podcast "Na Czerwono" jako osoba prywatna (bez '
        "firmy) i chciałbym w noc wyborczą pobierać wyniki z Państwa serwera XML.\n\n"
        "Serwer: 198.18.101.7\nTymczasowo do testów: 198.18.101.8 (wyłączę po wyborach)\n\n"
        "Piotr Zalewski\ntel. +48 512 094 361\n",
    },
    {
        "id": "bq039-long-formal-pdf-ipv6-range",
        "description": "a long formal PDF letter from a weekly: IPv6 production written as a "
        "range '::10 – ::12' (three), IPv6 test; both requests; the publisher behind the title",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Krajina, a.s.",
            I39,
            None,
            ["2001:db8:ab::10", "2001:db8:ab::11", "2001:db8:ab::12"],
            ["2001:db8:ab::20"],
            "Hana Šťastná",
            "stastna@tydenikkrajina.example",
            "+420777318640",
        ),
        "from": "Hana Šťastná <stastna@tydenikkrajina.example>",
        "subject": "Žádost týdeníku Krajina",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze zasílám žádost vydavatele týdeníku Krajina.\n"
        "S pozdravem Hana Šťastná\n",
        "attachments": [
            (
                "pdf",
                "Krajina_zadost_CSU.pdf",
                [
                    "Vydavatelství Krajina, a.s. | Komenského 220, 566 01 Vysoké Mýto | IČO " + I39,
                    "Vážená paní ředitelko, vážení pánové,",
                    "týdeník Krajina, který vydává Vydavatelství Krajina, a.s., přináší již "
                    "dvacátým rokem zpravodajství z Pardubického kraje a jeho okolí. Při "
                    "posledních volbách jsme výsledky přebírali ručně z veřejného webu, což "
                    "se ukázalo jako pomalé a náchylné k chybám. Letos proto připravujeme "
                    "vlastní výsledkový servis, který budou přebírat i naši partneři z "
                    "regionálních rozhlasových stanic.",
                    "Dovolujeme si Vás proto požádat o zpřístupnění průběžných výsledků na "
                    "dedikovaném serveru ve formátu XML. Stahovat budeme ze tří serverů "
                    "v rozsahu 2001:db8:ab::10 – 2001:db8:ab::12; testovací prostředí běží "
                    "na adrese 2001:db8:ab::20.",
                    "Současně prosíme o povolení pořizovat fotografie a krátké videozáznamy "
                    "na krajském pracovišti ČSÚ v Pardubicích v průběhu sčítání.",
                    "Kontaktní osobou pro tuto žádost je Hana Šťastná, zástupkyně "
                    "šéfredaktora, tel. 777 318 640, stastna@tydenikkrajina.example.",
                    "Děkujeme za posouzení žádosti a jsme s pozdravem",
                    "Ing. Richard Pokorný\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "bq040-it-contractor-inline-forward-test-fix",
        "description": "IT contractor forwards the publisher's application inline and corrects "
        "its test address above the forward; the publisher's contact stays the contact",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Deník Horní Pomoraví s.r.o.",
            I40,
            None,
            ["198.51.100.50"],
            ["198.51.100.57"],
            "Michaela Dostálová",
            "dostalova@denikhp.example",
            "+420605883270",
        ),
        "from": "Servis Šumperk <servis@it-sumperk.example>",
        "subject": "Fwd: žádost o přístup k výsledkům voleb",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\njsme IT dodavatel Deníku Horní Pomoraví. Přeposílám jejich "
        "žádost s jednou opravou: testovací IP je 198.51.100.57, ne 198.51.100.56 (ta "
        "patří jinému klientovi).\n\nLukáš Pavelka\nIT Šumperk\n\n"
        "-------- Přeposlaná zpráva --------\n"
        "Od: Michaela Dostálová <dostalova@denikhp.example>\n"
        "Komu: servis@it-sumperk.example\nPředmět: žádost o přístup k výsledkům voleb\n\n"
        "Žadatel: Deník Horní Pomoraví s.r.o., IČO " + I40 + "\n"
        "Žádáme o přístup k XML s výsledky, natáčet nechceme.\n"
        "Produkční IP: 198.51.100.50\nTestovací IP: 198.51.100.56\n"
        "Kontakt: Michaela Dostálová, 605 883 270\n",
    },
    {
        "id": "bq041-estonian-agency-english-slash31",
        "description": "Estonian news agency writing in English: production as a /31 (two "
        "addresses), test single; Estonian mobile; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Baltic Wire OÜ",
            None,
            None,
            ["198.18.120.0", "198.18.120.1"],
            ["198.18.120.5"],
            "Kadri Tamm",
            "kadri.tamm@balticwire.example",
            "+37251234567",
        ),
        "from": "Kadri Tamm <kadri.tamm@balticwire.example>",
        "subject": "Access to Czech election results feed",
        "headers": GMAIL,
        "body": "Dear colleagues,\n\n"
        "Baltic Wire OÜ, a news agency based in Tallinn, would like to request access to the "
        "XML feed of the Czech parliamentary election results.\n\n"
        "Production range: 198.18.120.0/31\nTest host: 198.18.120.5\n\n"
        "We will not need a filming permit.\n\n"
        "Contact: Kadri Tamm, head of data desk, +372 5123 4567\n\nBest,\nKadri\n",
    },
    {
        "id": "bq042-village-terse-both",
        "description": "terse note from a village's mayor for its web and newsletter: both "
        "requests in one line, one production address, no test; phone before e-mail",
        "style": Style.TERSE,
        "labels": L(
            [FEED, FILM],
            "Obec Horní Vítkov",
            I42,
            None,
            ["203.0.113.250"],
            [],
            "Josef Kubát",
            "starosta@hornivitkov.example",
            "+420487852116",
        ),
        "from": "Obec Horni Vitkov <starosta@hornivitkov.example>",
        "subject": "volby - data a foto",
        "headers": EVOLUTION,
        "body": "Obec Horní Vítkov, IČO " + I42 + ", prosí o XML výsledky pro obecní web "
        "(IP 203.0.113.250, test nemáme) a o povolení fotit na pracovišti v Liberci pro "
        "zpravodaj.\nJosef Kubát, starosta, 487 852 116\n",
    },
]
