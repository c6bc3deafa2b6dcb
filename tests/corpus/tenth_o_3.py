"""Tenth held-out part ``o``, cases o029–o042: an RTF letter, a PDF table, an HTML-only filming
request, a reply that settles an address's role, a signed Outlook mail, an Austrian sender, an
old address dropped, a data message with a text file, follow-ups, an English student, an XLSX
with two sheets, a Slovak letter and a withdrawn feed request."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.tenth_o_common import (
    ANDROID,
    APPLE,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    THUNDERBIRD,
    Style,
)

F = ["feed_access"]
R = ["recording_permit"]
B = ["feed_access", "recording_permit"]

CASES: list[dict[str, Any]] = [
    {
        "id": "o029-rtf-letter-five-addresses",
        "description": "a secretary sends the director's RTF letter with five production addresses",
        "style": Style.ATTACHMENT,
        "from": "Věra Kopecká <kopecka@vychodoceske-listy.example>",
        "subject": "Žádost – Východočeské listy a.s.",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze Vám zasílám žádost pana ředitele Ing. Čermáka o přístup k výsledkům voleb.\n\n"
            "S pozdravem\n"
            "Věra Kopecká\n"
            "sekretariát ředitele\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_CSU.rtf",
                [
                    "Východočeské listy a.s., Pospíšilova 40, Hradec Králové, IČ 45159025",
                    "Věc: Žádost o přístup k datům výsledků voleb",
                    "Vážení, žádáme o přístup k serveru s výsledky voleb ve formátu XML z těchto "
                    "adres ostrého provozu:",
                    [
                        ["1", "192.0.2.161"],
                        ["2", "192.0.2.162"],
                        ["3", "192.0.2.163"],
                        ["4", "192.0.2.164"],
                        ["5", "192.0.2.165"],
                    ],
                    "Testovací adresy nepožadujeme.",
                    "Kontaktní osoba: Ing. Tomáš Čermák, ředitel, tel. 495 800 211, "
                    "cermak@vychodoceske-listy.example",
                    "Ing. Tomáš Čermák, ředitel",
                ],
            )
        ],
        "labels": L(
            F,
            "Východočeské listy a.s.",
            "45159025",
            None,
            ["192.0.2.161", "192.0.2.162", "192.0.2.163", "192.0.2.164", "192.0.2.165"],
            [],
            "Tomáš Čermák",
            "cermak@vychodoceske-listy.example",
            "+420495800211",
        ),
    },
    {
        "id": "o030-pdf-table-both-ipv6-test",
        "description": "PDF table with wrapped cells, both requests, an IPv6 test address",
        "style": Style.GMAIL,
        "from": "Filip Straka <filip.straka@zpravodajska-agentura-cz.example>",
        "subject": "Žádost o přístup k výsledkům + natáčení",
        "headers": GMAIL,
        "body": "Dobrý den,\nžádost posíláme v PDF.\nFilip Straka\n",
        "html": '<div dir="ltr">Dobrý den,<br>žádost posíláme v PDF.<br>Filip Straka</div>',
        "attachments": [
            (
                "pdf",
                "zadost-ZAC.pdf",
                [
                    "Zpravodajská agentura Centrum, a.s. - IČO 07234651",
                    {
                        "rows": [
                            [
                                "Požadujeme",
                                "přístup k XML výsledkům voleb a povolení natáčet "
                                "na přebíracím místě v Praze 10",
                            ],
                            ["Produkční adresy", "203.0.113.240, 203.0.113.241, 203.0.113.242"],
                            ["Testovací adresy", "198.51.100.240, 198.51.100.241, 2001:db8:240::1"],
                            [
                                "Kontakt",
                                "Filip Straka, filip.straka@zpravodajska-agentura-cz."
                                "example, +420 602 470 381",
                            ],
                        ],
                        "widths": [90, 200],
                    },
                ],
            )
        ],
        "labels": L(
            B,
            "Zpravodajská agentura Centrum, a.s.",
            "07234651",
            None,
            ["203.0.113.240", "203.0.113.241", "203.0.113.242"],
            ["198.51.100.240", "198.51.100.241", "2001:db8:240::1"],
            "Filip Straka",
            "filip.straka@zpravodajska-agentura-cz.example",
            "+420602470381",
        ),
    },
    {
        "id": "o031-html-crew-table-filming",
        "description": "HTML-only mail listing a film crew; the producer is the contact",
        "style": Style.HTML_TABLE,
        "from": "Produkce Dokument Plus <produkce@dokumentplus.example>",
        "subject": "Natáčení na přebíracím místě – dokument o volbách",
        "headers": SEZNAM,
        "html": (
            "<p>Dobrý den,</p>"
            "<p>připravujeme dokument o tom, jak vznikají výsledky voleb, a chtěli bychom "
            "natáčet na přebíracím místě v Kolíně. Data ze serveru nepotřebujeme.</p>"
            '<table border="1"><tr><th>Jméno</th><th>Role</th><th>Telefon</th></tr>'
            "<tr><td>Roman Sýkora</td><td>kameraman</td><td>724 300 118</td></tr>"
            "<tr><td>Klára Dušková</td><td>zvuk</td><td>724 300 119</td></tr>"
            "<tr><td>Magdalena Říhová</td><td>producentka, kontakt pro žádost</td>"
            "<td>724 300 110</td></tr></table>"
            "<p>Dokument Plus s.r.o., IČO 28310578<br>"
            "e-mail na producentku: rihova@dokumentplus.example</p>"
        ),
        "labels": L(
            R,
            "Dokument Plus s.r.o.",
            "28310578",
            None,
            [],
            [],
            "Magdalena Říhová",
            "rihova@dokumentplus.example",
            "+420724300110",
        ),
    },
    {
        "id": "o032-reply-settles-test-role",
        "description": "office asks what the third address is for; the reply says test",
        "style": Style.REPLY,
        "from": "Radim Pešek <pesek@olomoucky-dennik.example>",
        "subject": "Re: Dotaz k žádosti",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "ta 203.0.113.99 je testovací stroj, na produkci ji nechceme.\n\n"
            "Radim Pešek\n\n"
            "Dne 02.12.2022 v 10:20 Podatelna ČSÚ napsal(a):\n"
            "> Dobrý den, u adresy 203.0.113.99 není uvedeno, k čemu slouží. Upřesněte prosím.\n"
            ">\n"
            "> Dne 01.12.2022 v 16:45 Radim Pešek napsal(a):\n"
            ">> Olomoucký deník Haná s.r.o., IČO 04456718, žádá o přístup k výsledkům voleb.\n"
            ">> Produkční servery: 203.0.113.97 a 203.0.113.98, dále 203.0.113.99.\n"
            ">> Radim Pešek, správce sítě, 585 227 604\n"
        ),
        "labels": L(
            F,
            "Olomoucký deník Haná s.r.o.",
            "04456718",
            None,
            ["203.0.113.97", "203.0.113.98"],
            ["203.0.113.99"],
            "Radim Pešek",
            "pesek@olomoucky-dennik.example",
            "+420585227604",
        ),
    },
    {
        "id": "o033-smime-outlook-slash31",
        "description": "signed Outlook mail in base64, a /31 block and two test addresses",
        "style": Style.OUTLOOK,
        "from": '"Vitkova, Renata" <renata.vitkova@mdvltava.example>',
        "subject": "Žádost o zřízení přístupu k výsledkům voleb",
        "headers": OUTLOOK,
        "cte": "base64",
        "smime": True,
        "body": (
            "Vážené dámy, vážení pánové,\n\n"
            "Mediální dům Vltava a.s., IČO 02570165, tímto žádá o zřízení přístupu k serveru "
            "s výsledky voleb ve formátu XML.\n\n"
            "Adresy pro ostrý provoz: 198.18.200.10/31\n"
            "Adresy pro testovací provoz: 198.18.201.5, 198.18.201.6\n\n"
            "Kontaktní osoba: Renata Vítková, manažerka IT provozu\n"
            "Mobil: +420 731 554 017, ústředna: +420 225 001 400\n\n"
            "S pozdravem\n"
            "Renata Vítková\n"
            "Mediální dům Vltava a.s.\n"
        ),
        "labels": L(
            F,
            "Mediální dům Vltava a.s.",
            "02570165",
            None,
            ["198.18.200.10", "198.18.200.11"],
            ["198.18.201.5", "198.18.201.6"],
            "Renata Vítková",
            "renata.vitkova@mdvltava.example",
            "+420731554017",
        ),
    },
    {
        "id": "o034-austrian-mixed-languages",
        "description": "Austrian sender mixing German and English, IPv6 and IPv4 production",
        "style": Style.FOREIGN,
        "from": "Florian Gruber <f.gruber@alpen-nachrichten.example>",
        "subject": "Zugang XML Wahlergebnisse / access to results",
        "headers": APPLE,
        "body": (
            "Grüß Gott,\n\n"
            "wir, die Alpen Nachrichten GmbH aus Linz, möchten die Wahlergebnisse als XML beziehen. "
            "Sorry, my Czech is zero, so in English: production addresses are "
            "2001:db8:a1::20 and 203.0.113.25, test address 203.0.113.26.\n\n"
            "Kontakt: Florian Gruber, +43 664 123 4567\n\n"
            "Liebe Grüße / kind regards\n"
            "Florian Gruber\n"
        ),
        "labels": L(
            F,
            "Alpen Nachrichten GmbH",
            None,
            None,
            ["2001:db8:a1::20", "203.0.113.25"],
            ["203.0.113.26"],
            "Florian Gruber",
            "f.gruber@alpen-nachrichten.example",
            "+436641234567",
        ),
    },
    {
        "id": "o035-iphone-old-address-dropped",
        "description": "short phone mail; one address is said to be no longer used",
        "style": Style.PHONE,
        "from": "Kateřina Nová <katka.nova@brnenskytyden.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": IPHONE,
        "body": (
            "Dobrý den, Brněnský týden s.r.o. (IČO 36177423) žádá o přístup k XML. "
            "Loni jsme měli 192.0.2.14, ta už se nepoužívá, teď je to 192.0.2.15.\n"
            "Kateřina Nová, 777 412 506\n\n"
            "Odesláno z iPhonu\n"
        ),
        "labels": L(
            F,
            "Brněnský týden s.r.o.",
            "36177423",
            None,
            ["192.0.2.15"],
            [],
            "Kateřina Nová",
            "katka.nova@brnenskytyden.example",
            "+420777412506",
        ),
    },
    {
        "id": "o036-databox-txt-both",
        "description": "data message with a plain-text letter asking for both",
        "style": Style.DATABOX,
        "databox": {"box": "p9aq4rz", "sender": "ČTK Regiony s.r.o.", "address": "Ústí nad Labem"},
        "subject": "Žádost - výsledky voleb a natáčení",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "ČTK Regiony s.r.o.\nIČO: 25601610\n\n"
                "Žádáme o:\n"
                "1. přístup k výsledkům voleb ve formátu XML,\n"
                "2. povolení natáčet na přebíracím místě v Ústí nad Labem.\n\n"
                "Produkční IP: 198.51.100.66, 198.51.100.67\n"
                "Testovací IP: 198.51.100.68\n\n"
                "Kontakt: Libor Sedláček, sedlacek@ctkregiony.example, tel. 475 600 318\n",
            )
        ],
        "labels": L(
            B,
            "ČTK Regiony s.r.o.",
            "25601610",
            "p9aq4rz",
            ["198.51.100.66", "198.51.100.67"],
            ["198.51.100.68"],
            "Libor Sedláček",
            "sedlacek@ctkregiony.example",
            "+420475600318",
        ),
    },
    {
        "id": "o037-followup-adds-ico",
        "description": "follow-up giving the forgotten IČO, quoting the first mail",
        "style": Style.FOLLOWUP,
        "from": "Jan Procházka <prochazka@jesenicky-zpravodaj.example>",
        "subject": "Re: žádost o přístup – doplnění IČO",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n"
            "zapomněl jsem IČO: 027 43 884. Jinak platí vše níže.\n"
            "J. Procházka\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: Jan Procházka <prochazka@jesenicky-zpravodaj.example>\n"
            "Datum: 3. 12. 2022 8:12:40\n\n"
            "Dobrý den,\n"
            "Jesenický zpravodaj, s.r.o. žádá o přístup k XML s výsledky voleb.\n"
            "Ostrý provoz 192.0.2.240, 192.0.2.241, test 192.0.2.242.\n"
            "Jan Procházka, 584 411 927\n"
        ),
        "labels": L(
            F,
            "Jesenický zpravodaj, s.r.o.",
            "02743884",
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.242"],
            "Jan Procházka",
            "prochazka@jesenicky-zpravodaj.example",
            "+420584411927",
        ),
    },
    {
        "id": "o038-erasmus-student-supervisor",
        "description": "an exchange student writes in English; the supervisor is the named contact",
        "style": Style.CHATTY,
        "from": "Lucía Fernández <lucia.fernandez@students.zma.example>",
        "subject": "student project - election results data",
        "headers": GMAIL,
        "body": (
            "Hello!\n\n"
            "I am an Erasmus student at Západočeská mediální akademie, z. ú. (IČO 26488001) and "
            "with my classmates we are building a live results page for the election. Our "
            "teacher said I should write to you :) The server is at 198.51.100.118 and for "
            "testing we use 198.51.100.119.\n\n"
            "The official contact for this is our supervisor, Mgr. Pavla Šebestová, "
            "sebestova@zma.example, tel. 377 633 409 - she knows everything about it.\n\n"
            "Thank you and greetings from Plzeň!\n"
            "Lucía\n"
        ),
        "labels": L(
            F,
            "Západočeská mediální akademie, z. ú.",
            "26488001",
            None,
            ["198.51.100.118"],
            ["198.51.100.119"],
            "Pavla Šebestová",
            "sebestova@zma.example",
            "+420377633409",
        ),
    },
    {
        "id": "o039-outlook-reply-changes-ip",
        "description": "top-posted Outlook reply replaces the production address of the quoted request",
        "style": Style.CORRECTION,
        "from": "Michal Doubrava <doubrava@jihoceska-tv.example>",
        "subject": "RE: Žádost o přístup k výsledkům voleb – Jihočeská TV",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "mezitím jsme stěhovali server, takže místo 198.51.100.41 prosím zapište "
            "198.51.100.45. Test zůstává.\n\n"
            "Michal Doubrava\n\n"
            "Od: Michal Doubrava <doubrava@jihoceska-tv.example>\n"
            "Odesláno: pondělí 28. listopadu 2022 15:03\n"
            "Komu: podatelna@czso.cz\n"
            "Předmět: Žádost o přístup k výsledkům voleb – Jihočeská TV\n\n"
            "Dobrý den,\n"
            "Jihočeská televize, s.r.o., IČO 24704857, žádá o přístup k XML výsledkům.\n"
            "Produkce: 198.51.100.41\n"
            "Test: 198.51.100.42\n"
            "Michal Doubrava, vedoucí vysílací techniky, 602 118 450\n"
        ),
        "labels": L(
            F,
            "Jihočeská televize, s.r.o.",
            "24704857",
            None,
            ["198.51.100.45"],
            ["198.51.100.42"],
            "Michal Doubrava",
            "doubrava@jihoceska-tv.example",
            "+420602118450",
        ),
    },
    {
        "id": "o040-xlsx-two-sheets",
        "description": "XLSX with production and test addresses on separate sheets",
        "style": Style.ATTACHMENT,
        "from": "Tereza Malinová <malinova@tvsever.example>",
        "subject": "Regionální televize Sever – žádost o XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "Regionální televize Sever s.r.o., IČO 27415783, žádá o přístup k výsledkům voleb. "
            "Adresy jsou v příloze, produkce na prvním listu, testy na druhém.\n"
            "Kontakt: Tereza Malinová, 412 300 177.\n\n"
            "Děkuji, T. Malinová\n"
        ),
        "attachments": [
            (
                "xlsx",
                "ip_adresy.xlsx",
                [
                    {"title": "Produkce", "rows": [["IP"], ["203.0.113.130"], ["203.0.113.131"]]},
                    {"title": "Test", "rows": [["IP"], ["192.0.2.130"]]},
                ],
            )
        ],
        "labels": L(
            F,
            "Regionální televize Sever s.r.o.",
            "27415783",
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["192.0.2.130"],
            "Tereza Malinová",
            "malinova@tvsever.example",
            "+420412300177",
        ),
    },
    {
        "id": "o041-slovak-letter-both",
        "description": "formal Slovak letter in the body, both requests, Slovak mobile",
        "style": Style.WEBMAIL,
        "from": "Mgr. Ivana Hudecová <hudecova@rtv-zapad.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
        "headers": ROUNDCUBE,
        "body": (
            "Vážení,\n\n"
            "RTV Západ, a. s., IČO 36502715, so sídlom v Trnave, týmto žiada:\n"
            "a) o prístup k serveru s výsledkami volieb vo formáte XML z adries "
            "192.0.2.190 a 192.0.2.191 (ostrá prevádzka) a 192.0.2.192 (test),\n"
            "b) o povolenie nakrúcania na preberacom mieste v Hodoníne.\n\n"
            "Kontaktná osoba: Mgr. Ivana Hudecová, mobil 0905 611 274.\n\n"
            "S úctou\n"
            "Mgr. Ivana Hudecová\n"
            "vedúca spravodajstva\n"
        ),
        "labels": L(
            B,
            "RTV Západ, a. s.",
            "36502715",
            None,
            ["192.0.2.190", "192.0.2.191"],
            ["192.0.2.192"],
            "Ivana Hudecová",
            "hudecova@rtv-zapad.example",
            "+421905611274",
        ),
    },
    {
        "id": "o042-feed-withdrawn-filming-stays",
        "description": "a follow-up withdraws the feed request of the quoted mail; only filming stays",
        "style": Style.FOLLOWUP,
        "from": "Adam Kučera <kucera@zpravy-vysocina.example>",
        "subject": "Re: Žádost – data a natáčení (změna)",
        "headers": ANDROID,
        "body": (
            "Dobrý den,\n\n"
            "změna plánu: přístup k datům už nepotřebujeme, výsledky budeme brát od partnera. "
            "Žádost o natáčení na přebíracím místě v Jihlavě ale trvá.\n\n"
            "Adam Kučera\n\n"
            "Dne 2. 12. 2022 v 11:30 Adam Kučera <kucera@zpravy-vysocina.example> napsal(a):\n"
            "> Dobrý den, Zprávy Vysočina s.r.o. (IČO 29411700) žádá o přístup k XML výsledkům "
            "z adresy 203.0.113.210\n"
            "> a o povolení natáčet na přebíracím místě v Jihlavě.\n"
            "> Adam Kučera, 608 555 301\n"
        ),
        "labels": L(
            R,
            "Zprávy Vysočina s.r.o.",
            "29411700",
            None,
            [],
            [],
            "Adam Kučera",
            "kucera@zpravy-vysocina.example",
            "+420608555301",
        ),
    },
]
