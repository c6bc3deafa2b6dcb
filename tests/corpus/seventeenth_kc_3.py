"""Seventeenth held-out part ``kc``, cases kc029–kc042: agencies and IT contractors writing for a
medium, a foreign bureau, forwards and corrections, version numbers next to addresses, netmasks
in German, Hungarian and Swedish wording, a withdrawn request and a data message with a PDF.
Written by hand; labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.seventeenth_kc_common import FEED, FILM, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "kc029-pr-agency-rtf-correction",
        "description": "PR agency for a TV, RTF letter; one production address corrected in the mail",
        "style": Style.CORRECTION,
        "from": "Klára Veselá <vesela@komunikace-pro.example>",
        "subject": "TV Podhůří – žádost o XML (příloha) + oprava adresy",
        "body": (
            "Dobrý den,\n\n"
            "zastupujeme společnost TV Podhůří s.r.o., její žádost je v příloze.\n"
            "Pozor, v příloze je chyba: místo 203.0.113.35 má být 203.0.113.36, ostatní platí.\n\n"
            "Klára Veselá\nKomunikace PRO, s.r.o.\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_TV_Podhuri.rtf",
                [
                    "TV Podhůří s.r.o., IČO 25890476",
                    "Žádáme o přístup k XML výsledkům voleb pro naše vysílání.",
                    [
                        ["Produkční adresy", "203.0.113.33, 203.0.113.34, 203.0.113.35"],
                        ["Testovací adresy", "žádné"],
                    ],
                    "Kontaktní osoba za žadatele: Klára Veselá (agentura Komunikace PRO), "
                    "tel. 608 220 415, vesela@komunikace-pro.example",
                ],
            )
        ],
        "labels": L(
            [FEED],
            "TV Podhůří s.r.o.",
            "25890476",
            None,
            ["203.0.113.33", "203.0.113.34", "203.0.113.36"],
            [],
            "Klára Veselá",
            "vesela@komunikace-pro.example",
            "+420608220415",
        ),
    },
    {
        "id": "kc030-hosting-provider-slash31-test",
        "description": "Hosting provider writes for a daily; test pair as a /31",
        "style": Style.CONTRACTOR,
        "from": "NOC DataHala <noc@datahala.example>",
        "subject": "Whitelist pro Deník Střed",
        "body": (
            "Dobrý den,\n\n"
            "servery společnosti Deník Střed, a.s. (IČO 28044169) běží v našem housingu. Na\n"
            "její žádost posíláme adresy pro přístup k XML výsledkům voleb:\n\n"
            "ostrý provoz: 198.51.100.240, 198.51.100.241\n"
            "test: 198.51.100.250/31\n\n"
            "Kontaktní osoba: Martin Hrubý (NOC), +420 222 361 900, hruby@datahala.example\n\n"
            "DataHala s.r.o.\n"
        ),
        "labels": L(
            [FEED],
            "Deník Střed, a.s.",
            "28044169",
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250", "198.51.100.251"],
            "Martin Hrubý",
            "hruby@datahala.example",
            "+420222361900",
        ),
    },
    {
        "id": "kc031-foreign-bureau-branch",
        "description": "Czech branch of a foreign agency with an IČO, English and Czech mixed, both",
        "style": Style.AGENCY,
        "from": "Sarah Whitfield <s.whitfield@cepa-news.example>",
        "subject": "CEPA Prague bureau – XML feed and filming",
        "body": (
            "Dobrý den / Good morning,\n\n"
            "Central European Press Agency Ltd., odštěpný závod (IČO 01546228), the Prague\n"
            "bureau, applies for (a) access to the XML results feed and (b) permission to film\n"
            "at the collection point in Prague.\n\n"
            "Production: 192.0.2.180, 192.0.2.181\n"
            "Test: 192.0.2.189\n\n"
            "Bureau chief and contact: Sarah Whitfield, +420 773 880 116\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Central European Press Agency Ltd., odštěpný závod",
            "01546228",
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Sarah Whitfield",
            "s.whitfield@cepa-news.example",
            "+420773880116",
        ),
    },
    {
        "id": "kc032-dokument-studio-declines-feed",
        "description": "Documentary studio declines the XML, films only; crew list in DOCX",
        "style": Style.LETTER,
        "from": "Dokument Film Studio <produkce@dokumentfilm.example>",
        "subject": "Žádost o povolení natáčení – volební noc",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "společnost Dokument Film Studio s.r.o., IČO 29315778, připravuje dokumentární\n"
            "cyklus o volbách. O přístup k XML výstupu zájem nemáme, žádáme pouze o povolení\n"
            "natáčet na sběrném místě v Brně. Seznam štábu přikládáme.\n\n"
            "Kontaktní osoba: Daniel Procházka, producent, 775 400 218,\n"
            "prochazka@dokumentfilm.example\n\n"
            "S úctou\nDaniel Procházka\n"
        ),
        "attachments": [
            (
                "docx",
                "stab.docx",
                {
                    "blocks": [
                        "Štáb – volební noc",
                        {
                            "rows": [
                                ["Jméno", "Funkce"],
                                ["Daniel Procházka", "producent"],
                                ["Eva Čermáková", "kamera"],
                                ["Libor Holub", "zvuk"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            [FILM],
            "Dokument Film Studio s.r.o.",
            "29315778",
            None,
            [],
            [],
            "Daniel Procházka",
            "prochazka@dokumentfilm.example",
            "+420775400218",
        ),
    },
    {
        "id": "kc033-radio-hana-outlook-table-backup",
        "description": "Outlook HTML table: primary and backup rows are production, test row",
        "style": Style.HTML,
        "from": "Aleš Kučera <kucera@radiohanaplus.example>",
        "subject": "Žádost o XML výsledky voleb – Rádio Haná Plus",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\nžádáme o přístup k XML. Adresy:\n"
            "Primární 192.0.2.140\nZáložní 192.0.2.141\nTestovací 192.0.2.142\n\n"
            "Aleš Kučera, Rádio Haná Plus s.r.o., IČO 49607120, 585 204 330\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p><p>žádáme o přístup k XML. Adresy:</p>"
            "<table border='1'><tr><td><b>Primární</b></td><td>192.0.2.140</td></tr>"
            "<tr><td><b>Záložní</b></td><td>192.0.2.141</td></tr>"
            "<tr><td><b>Testovací</b></td><td>192.0.2.142</td></tr></table>"
            "<p>Aleš Kučera, Rádio Haná Plus s.r.o., IČO 49607120, 585 204 330</p>"
            "</body></html>"
        ),
        "labels": L(
            [FEED],
            "Rádio Haná Plus s.r.o.",
            "49607120",
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.142"],
            "Aleš Kučera",
            "kucera@radiohanaplus.example",
            "+420585204330",
        ),
    },
    {
        "id": "kc034-slovak-agency-zalozna",
        "description": "Slovak agency in Slovak: produkčná, záložná, two testovacie; local phone",
        "style": Style.AGENCY,
        "from": "Peter Hudák <hudak@smagentura.example>",
        "subject": "Žiadosť o sprístupnenie XML",
        "body": (
            "Dobrý deň,\n\n"
            "Slovenská mediálna agentúra, s. r. o., IČO 31409865, žiada o prístup k XML\n"
            "výsledkom volieb.\n\n"
            "produkčná IP: 203.0.113.180\n"
            "záložná IP: 203.0.113.181\n"
            "testovacie IP: 203.0.113.182 a 203.0.113.183\n\n"
            "Vybavuje Peter Hudák, 0905 444 321\n"
        ),
        "labels": L(
            [FEED],
            "Slovenská mediálna agentúra, s. r. o.",
            "31409865",
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.182", "203.0.113.183"],
            "Peter Hudák",
            "hudak@smagentura.example",
            "+421905444321",
        ),
    },
    {
        "id": "kc035-contractor-version-numbers",
        "description": "IT contractor for a weekly; dotted version numbers next to the addresses",
        "style": Style.CONTRACTOR,
        "from": "Jan Vrba <jan@vrba-it.example>",
        "subject": "Týdeník Brod – napojení na XML výsledky",
        "body": (
            "Dobrý den,\n\n"
            "pro Týdeník Brod, s.r.o. (IČO 24788031) připravuji napojení jejich webu na vaše\n"
            "XML s výsledky. Parser běží na knihovně verze 2.4.1.7, server na Debianu 12.5.\n\n"
            "Produkční server: 198.18.7.7\n"
            "Testovací server: 198.18.7.8\n\n"
            "Kontakt pro technické věci i pro žádost: Jan Vrba, 604 117 889\n"
        ),
        "labels": L(
            [FEED],
            "Týdeník Brod, s.r.o.",
            "24788031",
            None,
            ["198.18.7.7"],
            ["198.18.7.8"],
            "Jan Vrba",
            "jan@vrba-it.example",
            "+420604117889",
        ),
    },
    {
        "id": "kc036-editor-forwards-technician",
        "description": "Editor forwards the technician's mail with addresses; technician is the contact",
        "style": Style.FORWARD,
        "from": "Renata Pešková <peskova@vydavatelstvi-krkonose.example>",
        "subject": "Fwd: adresy pro XML",
        "body": (
            "Dobrý den,\n\n"
            "posílám adresy od našeho technika. Žádáme o přístup k XML výsledkům voleb;\n"
            "kontaktní osobou je technik Radek Hájek (viz níže).\n\n"
            "Renata Pešková, šéfredaktorka\n"
            "Vydavatelství Krkonoše, spol. s r.o., IČO 07133545\n\n"
            "---------- Přeposlaná zpráva ----------\n"
            "Od: Radek Hájek <hajek@vydavatelstvi-krkonose.example>\n"
            "Předmět: adresy pro XML\n\n"
            "Renato, tady to je:\n"
            "produkce 203.0.113.60 a 203.0.113.61\n"
            "test 203.0.113.62\n"
            "Kdyby něco, volejte 739 205 661.\n"
            "Radek\n"
        ),
        "labels": L(
            [FEED],
            "Vydavatelství Krkonoše, spol. s r.o.",
            "07133545",
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Radek Hájek",
            "hajek@vydavatelstvi-krkonose.example",
            "+420739205661",
        ),
    },
    {
        "id": "kc037-donau-presse-netzmaske",
        "description": "Austrian agency in German: address with Netzmaske, IPv6 test",
        "style": Style.FOREIGN,
        "from": "Stefan Huber <huber@donaupresse.example>",
        "subject": "Zugang XML-Wahlergebnisse – Donau Presse Agentur",
        "body": (
            "Guten Tag,\n\n"
            "die Donau Presse Agentur GmbH (Linz) ersucht um Zugang zu den XML-Ergebnissen.\n\n"
            "Produktion: 198.51.100.8, Netzmaske 255.255.255.252\n"
            "Test: 2001:db8:d0::8\n\n"
            "Ansprechpartner: Stefan Huber, Tel. 0043 732 771 204\n\n"
            "Mit besten Grüßen\nStefan Huber\n"
        ),
        "labels": L(
            [FEED],
            "Donau Presse Agentur GmbH",
            None,
            None,
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            ["2001:db8:d0::8"],
            "Stefan Huber",
            "huber@donaupresse.example",
            "+43732771204",
        ),
    },
    {
        "id": "kc038-pannon-hungarian-english",
        "description": "Hungarian agency mixing Hungarian and English labels: éles / teszt",
        "style": Style.FOREIGN,
        "from": "Kovács Péter <kovacs.peter@pannonhir.example>",
        "subject": "XML feed - Pannon Hírügynökség",
        "body": (
            "Tisztelt Hölgyem/Uram, Dear Sir or Madam,\n\n"
            "a Pannon Hírügynökség Zrt. hozzáférést kér a választási eredmények XML\n"
            "szolgáltatásához / we ask for access to the XML results feed.\n\n"
            "éles (production): 192.0.2.90\n"
            "teszt (test): 192.0.2.91\n\n"
            "Forgatási engedélyt nem kérünk (no filming).\n\n"
            "Kapcsolattartó / contact: Kovács Péter, +36 1 488 2290\n"
        ),
        "labels": L(
            [FEED],
            "Pannon Hírügynökség Zrt.",
            None,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Kovács Péter",
            "kovacs.peter@pannonhir.example",
            "+3614882290",
        ),
    },
    {
        "id": "kc039-beskydy-respectively-withdrawn",
        "description": "Roles by 'v tomto pořadí'; filming cancelled in a P.S.",
        "style": Style.CORRECTION,
        "from": "Lukáš Zedník <zednik@radiobeskydy.example>",
        "subject": "XML + natáčení",
        "headers": [("X-Mailer", "Seznam Email")],
        "body": (
            "Dobrý den,\n\n"
            "Rádio Beskydy, s.r.o., IČO 26639190, žádá o přístup k XML výsledkům a o povolení\n"
            "natáčet na sběrném místě v Ostravě.\n"
            "Adresy 192.0.2.30 a 192.0.2.31 jsou produkční a testovací (v tomto pořadí).\n\n"
            "Lukáš Zedník, 558 433 120\n\n"
            "P.S. Natáčení prosím škrtněte, kolegové z televize nám záběry poskytnou, takže\n"
            "o povolení k natáčení už nežádáme.\n"
        ),
        "labels": L(
            [FEED],
            "Rádio Beskydy, s.r.o.",
            "26639190",
            None,
            ["192.0.2.30"],
            ["192.0.2.31"],
            "Lukáš Zedník",
            "zednik@radiobeskydy.example",
            "+420558433120",
        ),
    },
    {
        "id": "kc040-vydavatel-databox-pdf",
        "description": "Publisher via data box: request in the annotation, addresses in a PDF",
        "style": Style.DATABOX,
        "databox": {
            "box": "x3b9kfe",
            "sender": "Regionální vydavatelství Polabí, a.s.",
            "address": "Palackého 210, 280 02 Kolín",
        },
        "subject": "Žádost o přístup k XML a o povolení natáčení – volby",
        "attachments": [
            (
                "pdf",
                "zadost_Polabi.pdf",
                [
                    "Regionální vydavatelství Polabí, a.s., IČO 28102274",
                    "Žádáme o přístup k XML výsledkům a povolení natáčet na sběrném místě "
                    "v Kolíně pro náš web Polabské listy.",
                    {
                        "rows": [
                            ["Produkční", "Testovací"],
                            ["198.18.30.5\n198.18.30.6", "198.18.30.9"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Marek Šindelář, tel. +420 321 710 455, "
                    "sindelar@polabi-vydavatelstvi.example",
                ],
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Regionální vydavatelství Polabí, a.s.",
            "28102274",
            "x3b9kfe",
            ["198.18.30.5", "198.18.30.6"],
            ["198.18.30.9"],
            "Marek Šindelář",
            "sindelar@polabi-vydavatelstvi.example",
            "+420321710455",
        ),
    },
    {
        "id": "kc041-lapin-radio-feed-next-year",
        "description": "Finnish radio films only; the feed is postponed to another election",
        "style": Style.FOREIGN,
        "from": "Aino Korhonen <aino.korhonen@lapinradio.example>",
        "subject": "Filming permission, Lapin Radio Oy",
        "body": (
            "Hello,\n\n"
            "Lapin Radio Oy will have a reporter and a camera operator in Prague. We ask for\n"
            "permission to film at your collection point.\n\n"
            "About the XML data feed: not this time, maybe for the next election - so please\n"
            "treat this only as a filming request.\n\n"
            "Aino Korhonen\nproducer\n+358 40 712 3390\n"
        ),
        "labels": L(
            [FILM],
            "Lapin Radio Oy",
            None,
            None,
            [],
            [],
            "Aino Korhonen",
            "aino.korhonen@lapinradio.example",
            "+358407123390",
        ),
    },
    {
        "id": "kc042-goteborg-svenska",
        "description": "Swedish daily writing Swedish: produktion och test, phone with a hyphen",
        "style": Style.FOREIGN,
        "from": "Erik Lindqvist <erik.lindqvist@gbgkvallsblad.example>",
        "subject": "Ansökan om åtkomst till valresultat (XML)",
        "charset": "iso-8859-1",
        "body": (
            "Hej,\n\n"
            "Göteborgs Kvällsblad AB ansöker om åtkomst till XML-flödet med valresultaten.\n\n"
            "Produktion: 203.0.113.150 och 203.0.113.151\n"
            "Test: 203.0.113.152\n\n"
            "Kontaktperson: Erik Lindqvist, tel. +46 31-62 40 00\n\n"
            "Med vänliga hälsningar\nErik Lindqvist\n"
        ),
        "labels": L(
            [FEED],
            "Göteborgs Kvällsblad AB",
            None,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.152"],
            "Erik Lindqvist",
            "erik.lindqvist@gbgkvallsblad.example",
            "+4631624000",
        ),
    },
]
