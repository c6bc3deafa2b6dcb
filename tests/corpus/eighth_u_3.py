"""Eighth held-out part ``u``, cases u029–u042: data messages from a town and a university,
Polish TV with a fixer, an institute with /31, numbers in words, a reply to the office, a
photographer, internal hosts, a Slovak school, a publisher in DOCX, a foreign agency's Prague
branch, a withdrawn data request."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighth_u_common import Style
from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

ICO_BYSTRICE = ico("0027418")
ICO_IDA = ico("2694027")
ICO_ROKYTNICE = ico("0029305")
ICO_LIDOVKY = ico("2601347")
ICO_STRAKA = ico("7431802")
ICO_HOSTNET = ico("2779135")
ICO_PODHORI = ico("2539514")
ICO_ZDENEK = ico("6612090")
ICO_GWS = ico("0752618")
ICO_VSPU = ico("0611294")
ICO_PULS = ico("2825507")
ICO_HLAS = ico("2710448")

CASES: list[dict[str, Any]] = [
    {
        "id": "u029-town-databox-filming",
        "description": "town sends a data message asking only to film for its municipal TV",
        "style": Style.DATABOX,
        "subject": "Žádost o povolení natáčení – volby",
        "databox": {
            "box": "p3x9ab2",
            "sender": "Město Bystřice pod Hrádkem",
            "address": "Masarykovo nám. 1, 593 01 Bystřice pod Hrádkem",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_nataceni.pdf",
                [
                    "Město Bystřice pod Hrádkem, IČO " + ICO_BYSTRICE,
                    "Věc: žádost o povolení natáčení",
                    "Městská televize Bystřice, kterou provozuje město, by ráda natočila "
                    "během sčítání hlasů záběry na Vašem pracovišti v Jihlavě. Natáčet bude "
                    "jeden kameraman, pan Aleš Vrba. Přístup k datovému výstupu nežádáme.",
                    "Kontaktní osoba: Bc. Michaela Zemanová, odbor kancelář starosty, "
                    "tel. 566 590 312, zemanova@bystrice-mesto.example",
                    "Mgr. Josef Kratochvíl, starosta",
                ],
            )
        ],
        "labels": L(
            [FILM],
            "Město Bystřice pod Hrádkem",
            ICO_BYSTRICE,
            "p3x9ab2",
            [],
            [],
            "Michaela Zemanová",
            "zemanova@bystrice-mesto.example",
            "+420566590312",
        ),
    },
    {
        "id": "u030-polish-tv-fixer-both",
        "description": "Polish TV in English asks for data and filming; the local fixer is crew, "
        "the sender is the contact; one IPv6 production address",
        "style": Style.ENGLISH,
        "from": "Tomasz Wiśniewski <t.wisniewski@odratv.example>",
        "subject": "TV Odra - data feed + filming request",
        "body": (
            "Good morning,\n\n"
            "Telewizja Odra Sp. z o.o. (Wrocław, Poland) would like to ask for two things:\n"
            "access to your XML results service, and a permit to film at the results centre\n"
            "in Prague. Our Czech fixer, Dana Kolářová, will accompany the crew on the night.\n\n"
            "Production: 192.0.2.210, 192.0.2.211 and 2001:db8:ab::10\n"
            "Test: 192.0.2.220\n\n"
            "Please send everything to me - Tomasz Wiśniewski, newsroom technology,\n"
            "+48 601 222 913.\n\n"
            "Regards,\nTomasz\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Telewizja Odra Sp. z o.o.",
            None,
            None,
            ["192.0.2.210", "192.0.2.211", "2001:db8:ab::10"],
            ["192.0.2.220"],
            "Tomasz Wiśniewski",
            "t.wisniewski@odratv.example",
            "+48601222913",
        ),
    },
    {
        "id": "u031-institute-slash31",
        "description": "public-benefit institute, production as a /31, test as a lone address",
        "style": Style.PLAIN,
        "from": "Daniel Vávra <vavra@ida-institut.example>",
        "subject": "Institut pro demokracii a analýzy – žádost o XML",
        "body": (
            "Vážení,\n\n"
            "Institut pro demokracii a analýzy, o. p. s., IČO " + ICO_IDA + ", připravuje pro "
            "média nezávislé volební modely a potřebuje k tomu Vaše XML s výsledky.\n\n"
            "Produkční rozsah: 198.51.100.204/31\n"
            "Testovací server: 198.51.100.212\n\n"
            "Kontakt: Daniel Vávra, datový analytik, tel. 222 518 790 (přímá linka)\n\n"
            "Děkujeme\nDaniel Vávra\n"
        ),
        "labels": L(
            [FEED],
            "Institut pro demokracii a analýzy, o. p. s.",
            ICO_IDA,
            None,
            ["198.51.100.204", "198.51.100.205"],
            ["198.51.100.212"],
            "Daniel Vávra",
            "vavra@ida-institut.example",
            "+420222518790",
        ),
    },
    {
        "id": "u032-town-paper-counts-in-words",
        "description": "town paper without diacritics, counts in words, no test address",
        "style": Style.NO_DIACRITICS,
        "from": "Radnicni noviny <noviny@rokytnice.example>",
        "subject": "zadost o pristup k vysledkum voleb",
        "body": (
            "Dobry den,\n\n"
            "Mesto Rokytnice nad Sazavou (ICO " + ICO_ROKYTNICE + ") vydava Radnicni noviny "
            "a rado by na jejich webu ukazovalo vysledky voleb z vaseho XML.\n"
            "Mame tri produkcni adresy: 192.0.2.11, 192.0.2.12 a 192.0.2.13. Testovaci "
            "zadnou.\n\n"
            "Vyrizuje: Stanislav Kolar, redaktor, tel. 569 443 201, kolar@rokytnice.example\n"
        ),
        "labels": L(
            [FEED],
            "Mesto Rokytnice nad Sazavou",
            ICO_ROKYTNICE,
            None,
            ["192.0.2.11", "192.0.2.12", "192.0.2.13"],
            [],
            "Stanislav Kolar",
            "kolar@rokytnice.example",
            "+420569443201",
        ),
    },
    {
        "id": "u033-reply-adds-test-and-phone",
        "description": "reply to the office's request for missing data: test address and phone "
        "above, the original application quoted below",
        "style": Style.REPLY,
        "from": "Hynek Bartoš <bartos@lidovkymorava.example>",
        "subject": "RE: Vaše žádost o přístup k XML – doplnění",
        "body": (
            "Dobrý den,\n\n"
            "doplňuji: testovací adresa je 203.0.113.66, telefon na mě 608 530 117.\n\n"
            "Hynek Bartoš\n\n"
            "-----Původní zpráva-----\n"
            "Od: podatelna@czso.cz\n"
            "Předmět: Vaše žádost o přístup k XML – doplnění\n\n"
            "Dobrý den, prosíme o doplnění testovací adresy a telefonu na kontaktní osobu.\n"
            "Podatelna ČSÚ, tel. 274 052 733\n\n"
            "-----Původní zpráva-----\n"
            "Od: Hynek Bartoš <bartos@lidovkymorava.example>\n"
            "Předmět: Žádost o přístup k XML\n\n"
            "Lidové noviny Morava, a.s., IČO " + ICO_LIDOVKY + ", žádá o přístup k XML "
            "s výsledky voleb. Produkce: 203.0.113.60, 203.0.113.61. Kontakt Hynek Bartoš.\n"
        ),
        "labels": L(
            [FEED],
            "Lidové noviny Morava, a.s.",
            ICO_LIDOVKY,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.66"],
            "Hynek Bartoš",
            "bartos@lidovkymorava.example",
            "+420608530117",
        ),
    },
    {
        "id": "u034-polite-filming-too",
        "description": "weekly asks for data and, politely conditional on permission, to film "
        "as well (a request for both)",
        "style": Style.FLOWED,
        "flowed": True,
        "from": "Lucie Strakova <lucie.strakova@strakamedia.example>",
        "subject": "Volby – XML a natáčení",
        "body": (
            "Dobrý den, \n"
            "jsem OSVČ (Lucie Straková – Straka Media, IČO " + ICO_STRAKA + ") a vydávám \n"
            "regionální týdeník. Prosím o přístup k XML s výsledky voleb a, pokud nám to \n"
            "povolíte, rádi bychom u Vás ve volební noc také natáčeli krátké video.\n\n"
            "IP produkce: 198.51.100.55\n"
            "IP test: 198.51.100.56\n\n"
            "Lucie Straková \n"
            "731 644 082\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Lucie Straková – Straka Media",
            ICO_STRAKA,
            None,
            ["198.51.100.55"],
            ["198.51.100.56"],
            "Lucie Straková",
            "lucie.strakova@strakamedia.example",
            "+420731644082",
        ),
    },
    {
        "id": "u035-hosting-contractor-internal-hosts",
        "description": "hosting contractor for a web daily lists internal 172.16 hosts not to be "
        "allowed, public IPv4 and IPv6 production",
        "style": Style.CONTRACTOR,
        "from": "NOC HostNet <noc@hostnet.example>",
        "subject": "Puls Online – IP adresy pro XML s výsledky",
        "body": (
            "Dobrý den,\n\n"
            "jako správce infrastruktury deníku Puls Online posíláme jeho žádost. Žadatel: "
            "Puls Online Media s.r.o., IČO " + ICO_PULS + ". (My jsme HostNet s.r.o., "
            "IČO " + ICO_HOSTNET + ", jen hosting.)\n\n"
            "Aplikační servery 172.16.4.20 a 172.16.4.21 jsou interní – ty prosím "
            "nepovolujte, nejsou z internetu vidět. Na Váš server se připojí přes:\n"
            "  203.0.113.120 (IPv4)\n  2001:db8:c0::120 (IPv6)\n"
            "Testovací prostředí: 203.0.113.125\n\n"
            "Kontakt za žadatele: Filip Novotný, technický ředitel Puls Online, "
            "novotny@pulsonline.example, 777 909 101.\n\n"
            "NOC HostNet\n"
        ),
        "labels": L(
            [FEED],
            "Puls Online Media s.r.o.",
            ICO_PULS,
            None,
            ["203.0.113.120", "2001:db8:c0::120"],
            ["203.0.113.125"],
            "Filip Novotný",
            "novotny@pulsonline.example",
            "+420777909101",
        ),
    },
    {
        "id": "u036-slovak-school-no-ico",
        "description": "Slovak media school asks in Slovak for data for a student project; "
        "no Czech IČO, production as a range",
        "style": Style.SLOVAK,
        "from": "Peter Baláž <peter.balaz@vsms-trnava.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "body": (
            "Vážená podateľňa,\n\n"
            "Vysoká škola mediálnych štúdií v Trnave pripravuje so študentmi žurnalistiky "
            "volebné štúdio a rada by využila vaše XML s výsledkami.\n\n"
            "Produkčné servery: rozsah 198.18.20.1 – 198.18.20.3\n"
            "Testovací: 198.18.21.1\n\n"
            "Kontakt: Mgr. Peter Baláž, PhD., odborný asistent, +421 33 593 9124\n\n"
            "S úctou\nPeter Baláž\n"
        ),
        "labels": L(
            [FEED],
            "Vysoká škola mediálnych štúdií v Trnave",
            None,
            None,
            ["198.18.20.1", "198.18.20.2", "198.18.20.3"],
            ["198.18.21.1"],
            "Peter Baláž",
            "peter.balaz@vsms-trnava.example",
            "+421335939124",
        ),
    },
    {
        "id": "u037-publisher-docx-footer-contact",
        "description": "publication and its publisher in a DOCX letter; the publisher has the "
        "IČO; the contact is in the footer",
        "style": Style.LETTER,
        "from": "Redakce Podhorák <redakce@podhorak.example>",
        "subject": "Týdeník Podhorák – žádost",
        "body": "Dobrý den,\nposíláme žádost o přístup k volebním datům (příloha).\nRedakce\n",
        "attachments": [
            (
                "docx",
                "Podhorak_zadost_CSU.docx",
                {
                    "header": "Týdeník Podhorák",
                    "blocks": [
                        "Žádost o přístup k XML s výsledky voleb",
                        "Týdeník Podhorák vydává Podhorské nakladatelství, s.r.o., IČO "
                        + ICO_PODHORI
                        + ". Žádáme o přístup k XML s výsledky pro náš web.",
                        {
                            "rows": [
                                ["Produkce", "192.0.2.100\n192.0.2.101"],
                                ["Test", "192.0.2.109"],
                            ]
                        },
                        "Za vydavatele Jitka Doležalová, jednatelka",
                    ],
                    "footer": "Kontakt k žádosti: Ondřej Vlasák, správce webu, "
                    "vlasak@podhorak.example, tel. 491 420 377",
                },
            )
        ],
        "labels": L(
            [FEED],
            "Podhorské nakladatelství, s.r.o.",
            ICO_PODHORI,
            None,
            ["192.0.2.100", "192.0.2.101"],
            ["192.0.2.109"],
            "Ondřej Vlasák",
            "vlasak@podhorak.example",
            "+420491420377",
        ),
    },
    {
        "id": "u038-photographer-filming-only",
        "description": "freelance photographer and videographer asks only for permission to "
        "record; brief, apple-mail-like",
        "style": Style.PLAIN,
        "from": "Zdeněk Polák <zdenek@polak-foto.example>",
        "subject": "Povolení k natáčení a focení – volební noc",
        "body": (
            "Dobrý den,\n\n"
            "jsem fotograf a kameraman na volné noze (Zdeněk Polák, IČO " + ICO_ZDENEK + "), "
            "dělám reportáž pro několik zpravodajských webů. Prosím o povolení fotit a "
            "natáčet na Vašem pracovišti v Brně během zpracování výsledků. Data v XML "
            "nepotřebuji.\n\n"
            "Díky\nZdeněk Polák\n+420 605 12 12 90\n\n"
            "Odesláno z iPhonu\n"
        ),
        "labels": L(
            [FILM],
            "Zdeněk Polák",
            ICO_ZDENEK,
            None,
            [],
            [],
            "Zdeněk Polák",
            "zdenek@polak-foto.example",
            "+420605121290",
        ),
    },
    {
        "id": "u039-test-address-replaced-by-ipv6",
        "description": "the sender's old test address is replaced by an IPv6 one in the same "
        "message; numbered lines",
        "style": Style.CORRECTION,
        "from": "Jakub Horák <horak@hlasregionu.example>",
        "subject": "Hlas regionu – žádost o XML (aktualizováno)",
        "body": (
            "Dobrý den,\n\n"
            "posílám aktualizovanou žádost vydavatelství Hlas regionu s.r.o., "
            "IČO " + ICO_HLAS + ", o přístup k XML s výsledky voleb:\n\n"
            "1. produkční server: 198.51.100.160\n"
            "2. produkční server: 198.51.100.161\n"
            "3. testovací server: dříve 192.0.2.5 – ten jsme zrušili, nově testujeme "
            "z 2001:db8:77::5\n\n"
            "Jakub Horák, vývojář\ntel.: +420 604 880 271\n"
        ),
        "labels": L(
            [FEED],
            "Hlas regionu s.r.o.",
            ICO_HLAS,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["2001:db8:77::5"],
            "Jakub Horák",
            "horak@hlasregionu.example",
            "+420604880271",
        ),
    },
    {
        "id": "u040-foreign-agency-prague-branch",
        "description": "Prague branch of a foreign agency (an organisational unit with its own "
        "IČO) writes in English; Outlook HTML",
        "style": Style.OUTLOOK,
        "from": '"Novak, Martina" <martina.novak@gws.example>',
        "subject": "GWS Prague - results feed access",
        "body": (
            "Dear colleagues,\n\n"
            "Global Wire Service Ltd., organizační složka (IČO " + ICO_GWS + "), the Prague\n"
            "bureau of Global Wire Service, requests access to the XML election results feed.\n\n"
            "Production: 203.0.113.30, 203.0.113.31\n"
            "Test: 203.0.113.38, 203.0.113.39\n\n"
            "Contact: Martina Novák, bureau technician, +420 224 490 615 (direct).\n\n"
            "Best regards,\nMartina Novák\n"
        ),
        "html": (
            "<html><body><p class=MsoNormal>Dear colleagues,</p><p class=MsoNormal>Global Wire "
            "Service Ltd., organizační složka (IČO " + ICO_GWS + "), the Prague bureau of Global "
            "Wire Service, requests access to the XML election results feed.</p>"
            "<p class=MsoNormal>Production: 203.0.113.30, 203.0.113.31<br>Test: 203.0.113.38, "
            "203.0.113.39</p><p class=MsoNormal>Contact: Martina Novák, bureau technician, "
            "+420 224 490 615 (direct).</p><p class=MsoNormal>Best regards,<br>Martina Novák"
            "</p></body></html>"
        ),
        "labels": L(
            [FEED],
            "Global Wire Service Ltd., organizační složka",
            ICO_GWS,
            None,
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.38", "203.0.113.39"],
            "Martina Novák",
            "martina.novak@gws.example",
            "+420224490615",
        ),
    },
    {
        "id": "u041-university-databox-both",
        "description": "university sends a data message for its student TV: data and filming, "
        "DOCX with a table",
        "style": Style.DATABOX,
        "subject": "Žádost – přístup k výsledkům voleb a natáčení (studentská televize)",
        "databox": {
            "box": "u8w4rte",
            "sender": "Vysoká škola polytechnická Uherské Hradiště",
            "address": "Velehradská 15, 686 01 Uherské Hradiště",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "VSPU_zadost.docx",
                {
                    "blocks": [
                        "Vysoká škola polytechnická Uherské Hradiště, IČO " + ICO_VSPU,
                        "Studentská televize naší školy připravuje volební vysílání. Žádáme "
                        "o (a) přístup k XML s výsledky voleb a (b) povolení natáčet na "
                        "krajském pracovišti ve Zlíně.",
                        {
                            "rows": [
                                ["Produkční adresy", "192.0.2.70, 192.0.2.71"],
                                ["Testovací adresy", "192.0.2.78"],
                                ["Kontaktní osoba", "Ing. Barbora Šebestová"],
                                ["Telefon", "572 340 119"],
                                ["E-mail", "sebestova@vspu.example"],
                            ]
                        },
                        "prof. Ing. Vladimír Hudec, CSc., rektor",
                    ]
                },
            )
        ],
        "labels": L(
            [FEED, FILM],
            "Vysoká škola polytechnická Uherské Hradiště",
            ICO_VSPU,
            "u8w4rte",
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.78"],
            "Barbora Šebestová",
            "sebestova@vspu.example",
            "+420572340119",
        ),
    },
    {
        "id": "u042-data-request-withdrawn-filming-kept",
        "description": "agency withdraws its data request and keeps only filming; the old "
        "addresses it mentions do not count",
        "style": Style.GMAIL,
        "from": "Barbora Kučerová <kucerova@videoagentura.example>",
        "subject": "Úprava žádosti – jen natáčení",
        "body": (
            "Dobrý den,\n\n"
            "upravuji naši žádost: o přístup k XML (adresy 198.51.100.90 a 198.51.100.91) "
            "už nežádáme, data nám dodá partnerská televize. Žádáme jen o povolení natáčet "
            "na Vašem pracovišti v Praze ve volební noc – dva kameramani a já.\n\n"
            "Žadatel: Videoagentura Kučerová & syn, v.o.s.\n"
            "Kontakt: Barbora Kučerová, 736 402 551\n\n"
            "Děkuji\nBarbora Kučerová\n"
        ),
        "html": (
            '<div dir="ltr">Dobrý den,<br><br>upravuji naši žádost: o přístup k XML (adresy '
            "198.51.100.90 a 198.51.100.91) už nežádáme, data nám dodá partnerská televize. "
            "Žádáme jen o povolení natáčet na Vašem pracovišti v Praze ve volební noc – dva "
            "kameramani a já.<br><br>Žadatel: Videoagentura Kučerová &amp; syn, v.o.s.<br>"
            "Kontakt: Barbora Kučerová, 736 402 551<br><br>Děkuji<br>Barbora Kučerová</div>"
        ),
        "labels": L(
            [FILM],
            "Videoagentura Kučerová & syn, v.o.s.",
            None,
            None,
            [],
            [],
            "Barbora Kučerová",
            "kucerova@videoagentura.example",
            "+420736402551",
        ),
    },
]
