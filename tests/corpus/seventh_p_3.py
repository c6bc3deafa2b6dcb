"""Seventh held-out part ``p``, cases p029–p042 (see make_seventh_p)."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.seventh_p_common import Style

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]
NBSP = "\u00a0"

CASES: list[dict[str, Any]] = [
    {
        "id": "p029-university-no-diacritics",
        "description": "university research team, Czech without diacritics, no test address",
        "style": Style.WEBMAIL,
        "from": "\"RNDr. Ales Prochazka, Ph.D.\" <prochazka@fsv-uni.example>",
        "subject": "zadost o pristup k XML vysledku voleb - vyzkumny projekt",
        "body": (
            "Vazeni,\n\n"
            "nas tym na katedre politologie (Univerzita Stredni Morava, verejna vysoka skola, "
            "ICO " + ico("6138992") + ") pripravuje analyzu volebni noci v realnem case. "
            "Prosime o pristup k XML vystupu vysledku. Stahovat budeme z jedineho serveru "
            "fakulty, 198.18.100.14. Testovaci prostredi nemame.\n\n"
            "Kontakt: Ales Prochazka, tel. 585 634 102\n\n"
            "S pozdravem\n"
            "Ales Prochazka\n"
            "Katedra politologie\n"
        ),
        "labels": L(
            FEED,
            "Univerzita Stredni Morava, verejna vysoka skola",
            ico("6138992"),
            None,
            ["198.18.100.14"],
            [],
            "Ales Prochazka",
            "prochazka@fsv-uni.example",
            "+420585634102",
        ),
    },
    {
        "id": "p030-external-banner-five-five",
        "description": "[EXTERNAL] banner and safe links; five production addresses and a "
        "written range of five test addresses",
        "style": Style.OUTLOOK,
        "from": "Daniel Horák <daniel.horak@zpravy24.example>",
        "subject": "[EXTERNAL] Re: Přístup k XML – seznam adres",
        "body": (
            "CAUTION: This email originated from outside of the organization. Do not click "
            "links or open attachments unless you recognize the sender.\n\n"
            "Dobrý den,\n\n"
            "Zprávy 24 media, s.r.o., IČO " + ico("0577642") + ", žádá o přístup "
            "k XML výsledků voleb. Seznam adres:\n\n"
            "Ostrý provoz (5): 203.0.113.21, 203.0.113.22, 203.0.113.23, 203.0.113.24, "
            "203.0.113.25\n"
            "Test (5): 203.0.113.240 až 203.0.113.244\n\n"
            "Dokumentace k našemu napojení je na "
            "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwiki."
            "zpravy24.example%2Fvolby&data=05%7C02&reserved=0\n\n"
            "Kontakt: Daniel Horák, +420 725 330 118\n\n"
            "Daniel Horák\n"
            "DevOps\n"
        ),
        "labels": L(
            FEED,
            "Zprávy 24 media, s.r.o.",
            ico("0577642"),
            None,
            ["203.0.113.21", "203.0.113.22", "203.0.113.23", "203.0.113.24", "203.0.113.25"],
            ["203.0.113.240", "203.0.113.241", "203.0.113.242", "203.0.113.243", "203.0.113.244"],
            "Daniel Horák",
            "daniel.horak@zpravy24.example",
            "+420725330118",
        ),
    },
    {
        "id": "p031-reply-adds-test-addresses",
        "description": "reply to the office adds test addresses; production only in the quote",
        "style": Style.REPLY,
        "from": "Simona Marková <markova@pardubickydenik.example>",
        "subject": "Re: Re: Přístup k XML výsledků voleb",
        "body": (
            "Dobrý den,\n"
            "testovací adresy máme nakonec dvě: 192.0.2.111 a 192.0.2.112.\n"
            "Děkuji\n"
            "S. Marková\n\n"
            "On Wed, Oct 5, 2022 at 1:02 PM <podatelna@czso.cz> wrote:\n"
            "> Dobrý den, uveďte prosím, zda budete používat i testovací adresy.\n"
            ">\n"
            "> On Tue, Oct 4, 2022 at 4:40 PM Simona Marková "
            "<markova@pardubickydenik.example> wrote:\n"
            ">> Dobrý den,\n"
            ">> Pardubický deník, s.r.o., IČO " + ico("2800476") + ", žádá o přístup k XML "
            "s výsledky voleb z adres 192.0.2.101 a 192.0.2.102.\n"
            ">> Simona Marková, redaktorka, 466 771 230\n"
        ),
        "labels": L(
            FEED,
            "Pardubický deník, s.r.o.",
            ico("2800476"),
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.111", "192.0.2.112"],
            "Simona Marková",
            "markova@pardubickydenik.example",
            "+420466771230",
        ),
    },
    {
        "id": "p032-french-freelancer-android",
        "description": "French freelance photographer, English from Outlook for Android, "
        "filming only, French mobile in national format",
        "style": Style.MOBILE,
        "from": "Claire Dubois <claire.dubois.photo@orange.example>",
        "subject": "Permission to photograph/film at counting point",
        "body": (
            "Hello,\n"
            "I'm a freelance photojournalist working for several French weeklies. I'd like to "
            "ask for permission to take photos and short video at one of your collection "
            "points in Prague on election night. I don't need any data access.\n"
            "My number: 06 71 42 98 15 (France)\n"
            "Thanks a lot,\n"
            "Claire Dubois\n\n"
            "Get Outlook for Android\n"
        ),
        "labels": L(
            FILM,
            "Claire Dubois",
            None,
            None,
            [],
            [],
            "Claire Dubois",
            "claire.dubois.photo@orange.example",
            "+33671429815",
        ),
    },
    {
        "id": "p033-docx-and-signed-pdf",
        "description": "DOCX application and its signed PDF copy with the same content; the "
        "DOCX header carries the company data",
        "style": Style.ATTACHMENTS,
        "from": "Recepce Mediaprint <recepce@mediaprint-ol.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "body": (
            "Dobrý den,\n"
            "v příloze zasíláme žádost (DOCX) a její podepsaný sken v PDF – obsah je totožný.\n"
            "Recepce Mediaprint\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_volby_2022.docx",
                {
                    "header": "MEDIAPRINT Olomouc, s.r.o. | IČO " + ico("4719520"),
                    "blocks": [
                        "Žádost o zpřístupnění XML výsledků voleb",
                        "Žádáme o přístup k XML výstupu pro náš regionální portál.",
                        "IP adresy pro ostrý provoz: 198.51.100.241, 198.51.100.242",
                        "IP adresa pro testování: 198.51.100.250",
                        "Kontaktní osoba: Roman Vávra, vavra@mediaprint-ol.example, "
                        "mobil 724 600 318",
                    ],
                    "footer": "MEDIAPRINT Olomouc, s.r.o., Třída Svobody 12, Olomouc",
                },
            ),
            (
                "pdf",
                "Zadost_volby_2022_podepsano.pdf",
                [
                    "MEDIAPRINT Olomouc, s.r.o. | IČO " + ico("4719520"),
                    "Žádost o zpřístupnění XML výsledků voleb",
                    "Žádáme o přístup k XML výstupu pro náš regionální portál.",
                    "IP adresy pro ostrý provoz: 198.51.100.241, 198.51.100.242",
                    "IP adresa pro testování: 198.51.100.250",
                    "Kontaktní osoba: Roman Vávra, vavra@mediaprint-ol.example, mobil 724 600 318",
                    "Roman Vávra, jednatel (podpis)",
                ],
            ),
        ],
        "labels": L(
            FEED,
            "MEDIAPRINT Olomouc, s.r.o.",
            ico("4719520"),
            None,
            ["198.51.100.241", "198.51.100.242"],
            ["198.51.100.250"],
            "Roman Vávra",
            "vavra@mediaprint-ol.example",
            "+420724600318",
        ),
    },
    {
        "id": "p034-databox-university-xlsx",
        "description": "data message from a university with a one-sheet XLSX application",
        "style": Style.DATABOX,
        "databox": {
            "box": "u5hd8ta",
            "sender": "Vysoká škola mediálních studií, o.p.s.",
            "address": "Na Florenci 7, 110 00 Praha 1",
        },
        "subject": "Žádost – přístup k datům volebních výsledků",
        "attachments": [
            (
                "xlsx",
                "zadost_VSMS.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Vysoká škola mediálních studií, o.p.s."],
                            ["IČO", ico("2671451")],
                            ["Předmět", "přístup k XML výsledků voleb (studentský web)"],
                            ["IP produkce", "198.18.44.7"],
                            ["IP produkce", "198.18.44.8"],
                            ["IP test", ""],
                            ["Kontaktní osoba", "Mgr. Barbora Šimková"],
                            ["E-mail", "simkova@vsms.example"],
                            ["Telefon", "+420 224 310 552"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Vysoká škola mediálních studií, o.p.s.",
            ico("2671451"),
            "u5hd8ta",
            ["198.18.44.7", "198.18.44.8"],
            [],
            "Barbora Šimková",
            "simkova@vsms.example",
            "+420224310552",
        ),
    },
    {
        "id": "p035-english-editor-tabs-ipv6",
        "description": "English-speaking editor of a Prague outlet pastes a host table with "
        "IPv4 and IPv6 columns",
        "style": Style.SPREADSHEET,
        "from": "Mark Ellison <mark.ellison@praguemonitor.example>",
        "subject": "Election XML access - Prague Monitor",
        "body": (
            "Hello,\n\n"
            "Prague Monitor s.r.o. (IČO " + ico("2487153") + ") would like access to the "
            "election results XML. Hosts below, copied from our inventory sheet:\n\n"
            "Hostname\tIPv4\tIPv6\tRole\n"
            "pm-web1\t203.0.113.171\t2001:db8:aa::171\tproduction\n"
            "pm-web2\t203.0.113.172\t2001:db8:aa::172\tproduction\n"
            "pm-stg\t203.0.113.179\t\tstaging/test\n\n"
            "Contact: Mark Ellison, +420 604 218 777\n\n"
            "Cheers,\nMark\n"
        ),
        "labels": L(
            FEED,
            "Prague Monitor s.r.o.",
            ico("2487153"),
            None,
            ["203.0.113.171", "2001:db8:aa::171", "203.0.113.172", "2001:db8:aa::172"],
            ["203.0.113.179"],
            "Mark Ellison",
            "mark.ellison@praguemonitor.example",
            "+420604218777",
        ),
    },
    {
        "id": "p036-docx-form-filming-only",
        "description": "DOCX form with ballot boxes: filming ticked, XML access unticked",
        "style": Style.ATTACHMENTS,
        "from": "Tereza Urbanová <urbanova@tvhradec.example>",
        "subject": "natáčení – formulář",
        "body": "Dobrý den, v příloze vyplněný formulář. Děkuji, T. Urbanová\n",
        "attachments": [
            (
                "docx",
                "formular.docx",
                {
                    "blocks": [
                        "Žádost médií v souvislosti s volbami",
                        {
                            "rows": [
                                ["Žadatel", "TV Hradec s.r.o."],
                                ["IČO", ico("2918730")],
                                ["☐ přístup k XML výsledků", ""],
                                ["☒ natáčení na sběrném místě", "Hradec Králové"],
                                ["IP adresy", ""],
                                ["Kontakt", "Tereza Urbanová, 775 402 913"],
                            ]
                        },
                    ]
                },
            )
        ],
        "labels": L(
            FILM,
            "TV Hradec s.r.o.",
            ico("2918730"),
            None,
            [],
            [],
            "Tereza Urbanová",
            "urbanova@tvhradec.example",
            "+420775402913",
        ),
    },
    {
        "id": "p037-resent-with-phone-new-test",
        "description": "the application sent again with a phone and a new test address; the "
        "first version is quoted below",
        "style": Style.RESENT,
        "from": "Libor Šindelář <sindelar@moravskyexpres.example>",
        "subject": "Fw: žádost o přístup XML (znovu, doplněno)",
        "body": (
            "Dobrý den,\n"
            "posílám žádost znovu – minule jsem zapomněl telefon a přibyl testovací server. "
            "Platí tato verze:\n\n"
            "Moravský expres, a.s., IČO " + ico("2533718") + "\n"
            "ostrý provoz: 198.51.100.201, 198.51.100.202\n"
            "test: 198.51.100.209\n"
            "kontakt: Libor Šindelář, +420 545 217 006\n\n"
            "Šindelář\n\n"
            "________________________________\n"
            "Od: Libor Šindelář\n"
            "Odesláno: pondělí 3. října 2022 15:20\n"
            "Komu: podatelna@czso.cz\n"
            "Předmět: žádost o přístup XML\n\n"
            "Moravský expres, a.s., žádá o přístup k XML výsledků voleb z adres "
            "198.51.100.201 a 198.51.100.202. Test nemáme.\n"
        ),
        "labels": L(
            FEED,
            "Moravský expres, a.s.",
            ico("2533718"),
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.209"],
            "Libor Šindelář",
            "sindelar@moravskyexpres.example",
            "+420545217006",
        ),
    },
    {
        "id": "p038-ports-and-bracketed-ipv6",
        "description": "addresses with ports, an IPv6 address in brackets with a port, dashed "
        "phone number",
        "style": Style.WEBMAIL,
        "from": "Vojtěch Staněk <stanek@infoservis-cb.example>",
        "subject": "XML výsledky – přístup",
        "body": (
            "Dobrý den,\n\n"
            "InfoServis ČB s.r.o. (IČO " + ico("2817354") + "), provozovatel "
            "zpravodajského portálu Budějovice Dnes, žádá o přístup k XML s výsledky.\n\n"
            "Produkční klienti: 198.51.100.2:80, [2001:db8:cb::5]:443\n"
            "Testovací klient: 198.51.100.3:8080\n\n"
            "Kontakt: Vojtěch Staněk, +420-723-004-519\n"
            "--\n"
            "Vojtěch Staněk\n"
        ),
        "labels": L(
            FEED,
            "InfoServis ČB s.r.o.",
            ico("2817354"),
            None,
            ["198.51.100.2", "2001:db8:cb::5"],
            ["198.51.100.3"],
            "Vojtěch Staněk",
            "stanek@infoservis-cb.example",
            "+420723004519",
        ),
    },
    {
        "id": "p039-html-table-slovak-writer",
        "description": "HTML mail with an address table, written in Slovak for a Czech company; "
        "Slovak and English disclaimer",
        "style": Style.OUTLOOK,
        "from": "Martin Hudák <hudak@ceskydigital.example>",
        "subject": "Žiadosť o prístup k XML výsledkov volieb",
        "body": (
            "Dobrý deň,\n\n"
            "v mene spoločnosti Český Digital a.s., IČO " + ico("0695716") + ", žiadam o "
            "prístup k XML výsledkov volieb.\n\n"
            "Prostredie | IP\n"
            "produkcia | 192.0.2.51\n"
            "produkcia | 192.0.2.52\n"
            "test | 192.0.2.59\n\n"
            "Kontakt: Martin Hudák, 0911 204 775 (SK mobil, +421)\n\n"
            "Tento e-mail je dôverný. / This e-mail is confidential.\n"
        ),
        "html": (
            "<p>Dobrý deň,</p><p>v mene spoločnosti Český Digital a.s., IČO "
            + ico("0695716")
            + ", žiadam o prístup k XML výsledkov volieb.</p>"
            "<table border=1><tr><th>Prostredie</th><th>IP</th></tr>"
            "<tr><td>produkcia</td><td>192.0.2.51</td></tr>"
            "<tr><td>produkcia</td><td>192.0.2.52</td></tr>"
            "<tr><td>test</td><td>192.0.2.59</td></tr></table>"
            "<p>Kontakt: Martin Hudák, 0911 204 775 (SK mobil, +421)</p>"
            "<p style='font-size:8pt'>Tento e-mail je dôverný. / This e-mail is "
            "confidential.</p>"
        ),
        "labels": L(
            FEED,
            "Český Digital a.s.",
            ico("0695716"),
            None,
            ["192.0.2.51", "192.0.2.52"],
            ["192.0.2.59"],
            "Martin Hudák",
            "hudak@ceskydigital.example",
            "+421911204775",
        ),
    },
    {
        "id": "p040-freelancer-trade-name-both",
        "description": "one-person outlet under a trade name wants feed and filming",
        "style": Style.WEBMAIL,
        "from": "Pavel Vlk <pavel@vlkovinky.example>",
        "subject": "Vlkoviny.cz – volby",
        "body": (
            "Ahoj / dobrý den,\n\n"
            "píšu za svůj zpravodajský blog – podnikám pod jménem "
            "„Pavel Vlk – Vlkoviny“, IČO " + ico("8823147") + ".\n"
            "Chtěl bych:\n"
            " • přístup k XML výsledkům (stahovat budu z VPS 203.0.113.222),\n"
            " • povolení natáčet na sběrném místě v Jihlavě.\n"
            "Test server nemám.\n\n"
            "Mobil:" + NBSP + "602" + NBSP + "11" + NBSP + "22" + NBSP + "33\n"
            "Pavel Vlk\n"
        ),
        "labels": L(
            BOTH,
            "Pavel Vlk – Vlkoviny",
            ico("8823147"),
            None,
            ["203.0.113.222"],
            [],
            "Pavel Vlk",
            "pavel@vlkovinky.example",
            "+420602112233",
        ),
    },
    {
        "id": "p041-forward-bureau-chief",
        "description": "a bureau assistant forwards the chief's English request; the contact "
        "named inside is a third person",
        "style": Style.FORWARD,
        "from": "Klára Benešová <office@cepa-prague.example>",
        "subject": "FW: CEPA - election data access",
        "body": (
            "Dobrý den, přeposílám žádost naší kanceláře. Benešová\n\n"
            "From: John Whitaker <j.whitaker@cepa-prague.example>\n"
            "Sent: Tuesday, October 4, 2022 11:03 AM\n"
            "To: Office CEPA <office@cepa-prague.example>\n"
            "Subject: CEPA - election data access\n\n"
            "Klara, please send this to the Statistical Office:\n\n"
            "Central European Press Agency s.r.o., ID no. " + ico("2704618") + ", applies "
            "for access to the results XML. Production: 192.0.2.180 and 192.0.2.181. "
            "Test: 192.0.2.190. Our technical contact is Tomáš Jireš "
            "(jires@cepa-prague.example, +420 731 009 184).\n\n"
            "John Whitaker\nBureau Chief\n"
        ),
        "labels": L(
            FEED,
            "Central European Press Agency s.r.o.",
            ico("2704618"),
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.190"],
            "Tomáš Jireš",
            "jires@cepa-prague.example",
            "+420731009184",
        ),
    },
    {
        "id": "p042-letter-netmask-test-declines-filming",
        "description": "formal letter: test pair given by a /31 netmask, filming explicitly "
        "not requested, switchboard and direct line",
        "style": Style.LETTER,
        "from": "Kancelář ředitele <kancelar@hanackeradio.example>",
        "subject": "Žádost o přístup k XML výstupu výsledků voleb",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "Hanácké rádio, spol. s r.o., se sídlem Prostějov, IČO " + ico("2573910") + ", "
            "si tímto dovoluje požádat o přístup k XML výstupu výsledků voleb.\n"
            "O povolení k natáčení nežádáme.\n\n"
            "Adresa pro ostrý provoz: 198.51.100.120.\n"
            "Testovací síť: 198.51.100.124 / 255.255.255.254.\n\n"
            "Kontaktní osobou ve věci je Ing. Renata Zapletalová, vedoucí vysílací techniky, "
            "zapletalova@hanackeradio.example, přímá linka 582 301 447 "
            "(ústředna 582 301 400).\n\n"
            "S úctou\n\n"
            "Mgr. Bohumil Navrátil\n"
            "ředitel\n"
        ),
        "labels": L(
            FEED,
            "Hanácké rádio, spol. s r.o.",
            ico("2573910"),
            None,
            ["198.51.100.120"],
            ["198.51.100.124", "198.51.100.125"],
            "Renata Zapletalová",
            "zapletalova@hanackeradio.example",
            "+420582301447",
        ),
    },
]
