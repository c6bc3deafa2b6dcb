"""Sixteenth held-out part ``jc``, cases jc015–jc028: withdrawn and declined requests, a
freelancer abroad, a Slovak university, an agency with a power of attorney, replaced and
counted addresses, IPv6 blocks, a forward and a freelancer's data message."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.sixteenth_jc_common import FEED, FILM, Style

CASES: list[dict[str, Any]] = [
    {
        "id": "jc015-austrian-feed-withdrawn",
        "description": "Austrian broadcaster asks for both, then withdraws the feed in a Nachtrag",
        "style": Style.FOREIGN,
        "from": "Mag. Florian Gruber <f.gruber@alpenrundfunk.example>",
        "subject": "Drehgenehmigung und Datenzugang – Nationalratswahl Tschechien",
        "body": (
            "Grüß Gott,\n\n"
            "die ARV Alpenrundfunk GmbH (Wien) plant eine Reportage über die Wahl\n"
            "in Tschechien. Wir ersuchen um eine Drehgenehmigung in einer Ihrer Sammelstellen\n"
            "sowie um Zugang zum XML-Feed für die Adresse 198.51.100.240.\n\n"
            "Ansprechpartner: Mag. Florian Gruber, Tel. +43 1 555 44 12\n\n"
            "Nachtrag nach Rücksprache mit unserer Technik: Den Zugang zum XML-Feed benötigen\n"
            "wir doch nicht, die Grafik kommt von einer Agentur. Bitte also nur die\n"
            "Drehgenehmigung.\n\n"
            "Mit besten Grüßen\nFlorian Gruber\nARV Alpenrundfunk GmbH\n"
        ),
        "labels": L(
            [FILM],
            "ARV Alpenrundfunk GmbH",
            None,
            None,
            [],
            [],
            "Florian Gruber",
            "f.gruber@alpenrundfunk.example",
            "+4315554412",
        ),
    },
    {
        "id": "jc016-uk-freelancer-ipv6-only",
        "description": "British freelance data journalist, one IPv6 production address, no IČO",
        "style": Style.FREELANCER,
        "from": "Emily Hart <emily@hartdata.example>",
        "subject": "Results feed access for an independent journalist",
        "body": (
            "Hello,\n\n"
            "I'm a freelance data journalist based in Prague, writing mainly for British and\n"
            "Irish papers, and I'd like to pull the election results from your XML feed into a\n"
            "small live map I'm building.\n\n"
            "The map runs on a single VPS reachable only over IPv6: 2001:db8:beef:0:0:0:0:1\n"
            "I don't have a separate test machine.\n\n"
            "Best reached on my UK mobile, +44 7700 900123.\n\n"
            "Many thanks,\nEmily Hart\n"
        ),
        "labels": L(
            [FEED],
            "Emily Hart",
            None,
            None,
            ["2001:db8:beef::1"],
            [],
            "Emily Hart",
            "emily@hartdata.example",
            "+447700900123",
        ),
    },
    {
        "id": "jc017-slovak-university-students",
        "description": "Slovak university journalism department; feed and filming for a student broadcast",
        "style": Style.UNIVERSITY,
        "from": "Martin Kollár <kollar@fmm.podunajska.example>",
        "subject": "Žiadosť – študentské volebné vysielanie",
        "body": (
            "Vážená pani, vážený pán,\n\n"
            "Katedra žurnalistiky Fakulty masmédií pripravuje so študentmi volebné vysielanie\n"
            "o voľbách v Českej republike. V mene Podunajskej univerzity v Trnave (IČO 36271454)\n"
            "žiadame:\n"
            "- o sprístupnenie XML výstupu s výsledkami pre server 192.0.2.160 a testovací\n"
            "  server 192.0.2.161,\n"
            "- o povolenie natáčať na zbernom mieste v Prahe (dvaja študenti a pedagóg).\n\n"
            "Za katedru vybavuje Mgr. Martin Kollár, PhD., +421 33 555 21 07.\n\n"
            "S úctou\nMartin Kollár\nPodunajská univerzita v Trnave, Fakulta masmédií\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Podunajská univerzita v Trnave",
            "36271454",
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Martin Kollár",
            "kollar@fmm.podunajska.example",
            "+421335552107",
        ),
    },
    {
        "id": "jc018-pr-agency-power-of-attorney",
        "description": "a media agency files for a regional TV with a power of attorney (PDF); range with short end",
        "style": Style.AGENCY,
        "from": "Klára Šimková <simkova@klenot-media.example>",
        "subject": "Žádost o přístup – TV Region Vysočina (v zastoupení)",
        "body": (
            "Dobrý den,\n\n"
            "v zastoupení společnosti TV Region Vysočina s.r.o., IČO 47109254, žádáme o přístup\n"
            "k XML datům s výsledky voleb. Plnou moc přikládám.\n\n"
            "Produkční servery: 192.0.2.30 až .34\n"
            "Testovací nemají.\n\n"
            "Žádost za klienta vyřizuji já – Klára Šimková, Mediální agentura Klenot s.r.o.,\n"
            "tel. 731 404 505.\n\n"
            "S pozdravem\nKlára Šimková\n"
        ),
        "attachments": [
            (
                "pdf",
                "plna_moc_TVRV.pdf",
                [
                    "PLNÁ MOC",
                    "TV Region Vysočina s.r.o., IČO 47109254, se sídlem Havlíčkova 18, Jihlava, "
                    "zastoupená jednatelem Karlem Vaňkem, zmocňuje společnost Mediální agentura "
                    "Klenot s.r.o. k podání žádosti o přístup k výsledkům voleb u ČSÚ.",
                    "V Jihlavě dne 2. 9.\nKarel Vaněk, jednatel",
                ],
            ),
        ],
        "labels": L(
            [FEED],
            "TV Region Vysočina s.r.o.",
            "47109254",
            None,
            ["192.0.2.30", "192.0.2.31", "192.0.2.32", "192.0.2.33", "192.0.2.34"],
            [],
            "Klára Šimková",
            "simkova@klenot-media.example",
            "+420731404505",
        ),
    },
    {
        "id": "jc019-terse-daily-one-liner",
        "description": "a terse note with roles in parentheses; the signature gives the full name",
        "style": Style.TERSE,
        "from": "M. Pospisil <pospisil@poodri.example>",
        "subject": "xml volby",
        "body": (
            "Deník Poodří s.r.o., IČO 08261733 - prosíme o XML feed.\n"
            "198.51.100.7, 198.51.100.8 (prod), 198.51.100.9 (test)\n"
            "kontakt já, 608 222 333\n\n"
            "--\nMartin Pospíšil\nIT, Deník Poodří\n"
        ),
        "labels": L(
            [FEED],
            "Deník Poodří s.r.o.",
            "08261733",
            None,
            ["198.51.100.7", "198.51.100.8"],
            ["198.51.100.9"],
            "Martin Pospíšil",
            "pospisil@poodri.example",
            "+420608222333",
        ),
    },
    {
        "id": "jc020-publisher-form-filming-ne",
        "description": "DOCX form: feed ANO, filming NE; three production and two test addresses",
        "style": Style.FORM,
        "from": "Sekretariát Vydavatelství Krkonoše <sekretariat@vkrkonose.example>",
        "subject": "Formulář – přístup k výsledkům voleb",
        "body": "Dobrý den, v příloze vyplněný formulář. S pozdravem, sekretariát\n",
        "attachments": [
            (
                "docx",
                "formular_CSU.docx",
                {
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                        {
                            "rows": [
                                ["Žadatel", "Vydavatelství Krkonoše a.s."],
                                ["IČO", "19395060"],
                                ["Přístup k XML výstupu", "ANO"],
                                ["Povolení k natáčení na sběrném místě", "NE"],
                                [
                                    "IP adresy – produkce",
                                    "203.0.113.81, 203.0.113.82, 203.0.113.83",
                                ],
                                ["IP adresy – test", "203.0.113.90, 203.0.113.91"],
                                ["Kontaktní osoba", "Hana Jirásková"],
                                ["Telefon", "+420 499 555 118"],
                                ["E-mail", "jiraskova@vkrkonose.example"],
                            ]
                        },
                    ]
                },
            ),
        ],
        "labels": L(
            [FEED],
            "Vydavatelství Krkonoše a.s.",
            "19395060",
            None,
            ["203.0.113.81", "203.0.113.82", "203.0.113.83"],
            ["203.0.113.90", "203.0.113.91"],
            "Hana Jirásková",
            "jiraskova@vkrkonose.example",
            "+420499555118",
        ),
    },
    {
        "id": "jc021-radio-old-addresses-replaced",
        "description": "radio renews access: old addresses no longer used, only the new ones count",
        "style": Style.CORRECTION,
        "from": "Lukáš Trnka <trnka@radiosoutok.example>",
        "subject": "Obnovení přístupu k volebnímu XML – nové IP",
        "body": (
            "Dobrý den,\n\n"
            "Rádio Soutok s.r.o. (IČO 72150483) mělo přístup k XML výsledkům už při minulých\n"
            "volbách. Mezitím jsme se přestěhovali do nového datacentra, takže staré adresy\n"
            "192.0.2.50 a 192.0.2.51 již nepoužíváme a prosíme je zrušit. Nově prosíme povolit\n"
            "192.0.2.150 a 192.0.2.151 (ostrý provoz).\n\n"
            "Lukáš Trnka\nvedoucí vysílací techniky\ntel.: +420 317 555 090\n"
        ),
        "labels": L(
            [FEED],
            "Rádio Soutok s.r.o.",
            "72150483",
            None,
            ["192.0.2.150", "192.0.2.151"],
            [],
            "Lukáš Trnka",
            "trnka@radiosoutok.example",
            "+420317555090",
        ),
    },
    {
        "id": "jc022-polish-tv-polish-both",
        "description": "Polish TV writes in Polish; feed and filming, one production and one test",
        "style": Style.FOREIGN,
        "from": "Krzysztof Nowicki <k.nowicki@tvslaskpd.example>",
        "subject": "Prośba o dostęp do danych wyborczych i zgodę na nagrania",
        "body": (
            "Szanowni Państwo,\n\n"
            "Telewizja Śląsk Południe S.A. z Katowic przygotowuje relację z wyborów w Czechach.\n"
            "Zwracamy się z prośbą o:\n"
            "a) dostęp do kanału XML z wynikami – serwer produkcyjny 198.51.100.130, serwer\n"
            "   testowy 198.51.100.131;\n"
            "b) zgodę na nagrywanie w punkcie zbierania wyników w Ostrawie.\n\n"
            "Osoba kontaktowa: Krzysztof Nowicki, tel. +48 32 555 40 90\n\n"
            "Z wyrazami szacunku\nKrzysztof Nowicki\nwydawca\n"
        ),
        "labels": L(
            [FEED, FILM],
            "Telewizja Śląsk Południe S.A.",
            None,
            None,
            ["198.51.100.130"],
            ["198.51.100.131"],
            "Krzysztof Nowicki",
            "k.nowicki@tvslaskpd.example",
            "+48325554090",
        ),
    },
    {
        "id": "jc023-hungarian-filming-mixed",
        "description": "Hungarian weekly, Hungarian greeting and English body; filming only",
        "style": Style.FOREIGN,
        "from": "Kovács Réka <reka.kovacs@dunaihirek.example>",
        "subject": "Filming permission request / Forgatási engedély",
        "body": (
            "Tisztelt Hölgyem/Uram!\n\n"
            "Dunai Hírek Zrt. would like to film a short report at one of your results\n"
            "collection points during the Czech elections. We do not need the data feed.\n"
            "Our crew: Réka Kovács (reporter, contact) and one camera operator.\n\n"
            "Phone: +36 30 555 7788\n\n"
            "Üdvözlettel,\nKovács Réka\n"
        ),
        "labels": L(
            [FILM],
            "Dunai Hírek Zrt.",
            None,
            None,
            [],
            [],
            "Réka Kovács",
            "reka.kovacs@dunaihirek.example",
            "+36305557788",
        ),
    },
    {
        "id": "jc024-city-newsroom-ipv6-block",
        "description": "a city's newsroom gives an IPv6 /126 for production and an IPv4 test host",
        "style": Style.MUNICIPAL,
        "from": "Redakce Brodského zpravodaje <redakce@dolnibrod.example>",
        "subject": "Statutární město Dolní Brod – přístup k XML s výsledky",
        "body": (
            "Dobrý den,\n\n"
            "Statutární město Dolní Brod, IČO 24486914, vydává Brodský zpravodaj a na jeho webu\n"
            "chce o volební noci zobrazovat výsledky. Žádáme o přístup k XML výstupu.\n\n"
            "Ostrý provoz: blok 2001:db8:77::4/126\n"
            "Test: 198.51.100.230\n\n"
            "Kontakt: Bc. Tereza Malá, šéfredaktorka, 725 300 411\n\n"
            "Redakce Brodského zpravodaje\n"
        ),
        "labels": L(
            [FEED],
            "Statutární město Dolní Brod",
            "24486914",
            None,
            ["2001:db8:77::4", "2001:db8:77::5", "2001:db8:77::6", "2001:db8:77::7"],
            ["198.51.100.230"],
            "Tereza Malá",
            "redakce@dolnibrod.example",
            "+420725300411",
        ),
    },
    {
        "id": "jc025-association-count-and-order",
        "description": "a publishing association counts its addresses and numbers them in order",
        "style": Style.LETTER,
        "from": "Vojtěch Hrubý <hruby@hlaspodumavi.example>",
        "subject": "Žádost spolku Hlas Pošumaví o přístup k XML",
        "body": (
            "Vážení,\n\n"
            "spolek Hlas Pošumaví, z. s., IČO 22698582, vydává stejnojmenný regionální\n"
            "čtrnáctideník. Žádáme o přístup k XML výsledkům voleb.\n\n"
            "Produkčních adres máme tři: první 203.0.113.33, druhá 203.0.113.35 a třetí\n"
            "203.0.113.37. Testovací jsou dvě, 203.0.113.40 a 203.0.113.41.\n\n"
            "Kontaktní osoba: Vojtěch Hrubý, předseda spolku, tel. 00420 388 555 612.\n\n"
            "S pozdravem\nVojtěch Hrubý\n"
        ),
        "labels": L(
            [FEED],
            "Hlas Pošumaví, z. s.",
            "22698582",
            None,
            ["203.0.113.33", "203.0.113.35", "203.0.113.37"],
            ["203.0.113.40", "203.0.113.41"],
            "Vojtěch Hrubý",
            "hruby@hlaspodumavi.example",
            "+420388555612",
        ),
    },
    {
        "id": "jc026-editor-forwards-contractor",
        "description": "an editor forwards the contractor's address list; the editor is the contact",
        "style": Style.FORWARD,
        "from": "Alena Kučerová <kucerova@zlinskyvecernik.example>",
        "subject": "Fwd: IP adresy pro volební feed",
        "body": (
            "Dobrý den,\n\n"
            "za Zlínský večerník, a.s. (IČO 26979608) žádám o přístup k XML výstupu s výsledky\n"
            "voleb. Adresy serverů posílá náš dodavatel níže. Kontaktní osobou jsem já,\n"
            "Alena Kučerová, zástupkyně šéfredaktora, mobil 602 555 313.\n\n"
            "Děkuji\nAlena Kučerová\n\n"
            "---------- Forwarded message ---------\n"
            "From: Petr Zapletal <zapletal@hostcentrum.example>\n"
            "Subject: IP adresy pro volební feed\n\n"
            "Ahoj Aleno,\n"
            "pro ostrý provoz použijte 198.51.100.171 a 198.51.100.172, pro test 198.51.100.175.\n"
            "Petr\n"
        ),
        "labels": L(
            [FEED],
            "Zlínský večerník, a.s.",
            "26979608",
            None,
            ["198.51.100.171", "198.51.100.172"],
            ["198.51.100.175"],
            "Alena Kučerová",
            "kucerova@zlinskyvecernik.example",
            "+420602555313",
        ),
    },
    {
        "id": "jc027-danish-broadcaster-test-netmask",
        "description": "Danish broadcaster in English; test range given as address with netmask",
        "style": Style.FOREIGN,
        "from": "Mette Lindqvist <mli@fynradio.example>",
        "subject": "Czech election results XML - access request",
        "body": (
            "Dear colleagues,\n\n"
            "Fyns Radio og TV A/S in Odense would like access to the Czech election results XML.\n\n"
            "Production (live): 198.51.100.120 and 198.51.100.121\n"
            "Staging: 198.51.100.128 netmask 255.255.255.254\n\n"
            "Contact person: Mette Lindqvist, phone +45 65 55 12 34\n\n"
            "Venlig hilsen\nMette Lindqvist\n"
        ),
        "labels": L(
            [FEED],
            "Fyns Radio og TV A/S",
            None,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.128", "198.51.100.129"],
            "Mette Lindqvist",
            "mli@fynradio.example",
            "+4565551234",
        ),
    },
    {
        "id": "jc028-freelancer-databox-filming",
        "description": "a freelance cameraman's data message with a PDF letter: filming only",
        "style": Style.DATABOX,
        "databox": {
            "box": "p3xw8ne",
            "sender": "Filip Novotný",
            "address": "Husova 5, 370 01 České Budějovice",
        },
        "subject": "Žádost o povolení natáčení",
        "attachments": [
            (
                "pdf",
                "zadost_natáčení.pdf",
                [
                    "Filip Novotný – kameraman, IČO 03485048\nHusova 5, České Budějovice",
                    "Žádám o povolení natáčet průběh zpracování výsledků voleb na sběrném místě "
                    "v Českých Budějovicích pro dokumentární film o volbách. Přístup k datům "
                    "nepotřebuji.",
                    "Telefon: 728 555 019, e-mail: novotny.film@kamera.example",
                    "Filip Novotný",
                ],
            ),
        ],
        "labels": L(
            [FILM],
            "Filip Novotný",
            "03485048",
            "p3xw8ne",
            [],
            [],
            "Filip Novotný",
            "novotny.film@kamera.example",
            "+420728555019",
        ),
    },
]
