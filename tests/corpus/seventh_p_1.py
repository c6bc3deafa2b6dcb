"""Seventh held-out part ``p``, cases p001–p014 (see make_seventh_p)."""

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
        "id": "p001-iphone-short",
        "description": "three-line mail from a phone; addresses run together with commas",
        "style": Style.MOBILE,
        "from": "Radek Musil <musil@posazavsky-denik.example>",
        "subject": "pristup k volebnim datum",
        "headers": [("X-Mailer", "iPhone Mail (21B101)")],
        "body": (
            "Dobrý den,\n"
            "za Posázavský deník s.r.o. (IČO "
            + ico("2718345")
            + ") žádám o přístup k XML s výsledky voleb.\n"
            "Ostré: 198.51.100.31, 198.51.100.32, testovací 192.0.2.140\n"
            "Kdyby něco, volejte 603 112 458.\n"
            "Musil\n\n"
            "Odesláno z iPhonu\n"
        ),
        "labels": L(
            FEED,
            "Posázavský deník s.r.o.",
            ico("2718345"),
            None,
            ["198.51.100.31", "198.51.100.32"],
            ["192.0.2.140"],
            "Radek Musil",
            "musil@posazavsky-denik.example",
            "+420603112458",
        ),
    },
    {
        "id": "p002-outlook-safelinks-port",
        "description": "Outlook safe-links wrap the contact mail; addresses written with :443",
        "style": Style.OUTLOOK,
        "from": "Ing. Petra Koubková <petra.koubkova@mediahouse-brno.example>",
        "subject": "Žádost – přístup k datovému výstupu výsledků voleb",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\n"
            "společnost MEDIAHOUSE Brno a.s., IČO " + ico("6094412") + ", tímto žádá o "
            "zpřístupnění XML výstupu výsledků voleb pro naše zpravodajské weby.\n\n"
            "Naše servery budou stahovat z těchto adres (port neřešte, jde o HTTPS):\n"
            "  produkce: 203.0.113.45:443 a 203.0.113.46:443\n"
            "  test: 203.0.113.200:8443\n\n"
            "Kontaktní osobou je kolegyně Mgr. Alena Šťastná, "
            "alena.stastna@mediahouse-brno.example "
            "<https://eur02.safelinks.protection.outlook.com/?url=mailto%3Aalena.stastna%40"
            "mediahouse-brno.example&data=05%7C01%7C%7Cc3f9&sdata=Qw1x%3D&reserved=0>, "
            "tel. +420 541 009 772.\n\n"
            "S pozdravem\n"
            "Petra Koubková\n"
            "vedoucí IT provozu | MEDIAHOUSE Brno a.s.\n"
            "Tel.: +420 541 009 700 (ústředna)\n\n"
            "[cid:image001.png@01DA1E2F.5B3C1A20]\n\n"
            "Tento e-mail a jeho přílohy jsou důvěrné. Pokud nejste zamýšleným adresátem, "
            "informujte odesílatele a zprávu smažte.\n"
            "This e-mail and any attachments are confidential. If you are not the intended "
            "recipient, please notify the sender and delete it.\n"
        ),
        "labels": L(
            FEED,
            "MEDIAHOUSE Brno a.s.",
            ico("6094412"),
            None,
            ["203.0.113.45", "203.0.113.46"],
            ["203.0.113.200"],
            "Alena Šťastná",
            "alena.stastna@mediahouse-brno.example",
            "+420541009772",
        ),
    },
    {
        "id": "p003-resent-corrected-ip",
        "description": "sent twice: the new message corrects one production address, the first "
        "one is quoted below",
        "style": Style.RESENT,
        "from": "Tomáš Vrba <vrba@radiovysocina.example>",
        "subject": "RE: žádost o XML feed - OPRAVA",
        "body": (
            "Dobrý den,\n"
            "omlouvám se, v předchozím mailu jsem spletl jednu adresu. Správně má být "
            "198.51.100.77 (ne .71, ta patří jinému serveru). Zbytek platí.\n"
            "Díky, Vrba\n\n"
            "-----Original Message-----\n"
            "From: Tomáš Vrba <vrba@radiovysocina.example>\n"
            "Sent: Monday, 3 October 2022 09:12\n"
            "To: podatelna@czso.cz\n"
            "Subject: žádost o XML feed\n\n"
            "Dobrý den,\n"
            "Rádio Vysočina, spol. s r.o., IČO " + ico("4912088") + ", žádá o přístup "
            "k výsledkům voleb ve formátu XML.\n"
            "Produkční IP: 198.51.100.70, 198.51.100.71\n"
            "Testovací IP: žádnou nemáme.\n"
            "Kontakt: Tomáš Vrba, 776 204 391\n"
        ),
        "labels": L(
            FEED,
            "Rádio Vysočina, spol. s r.o.",
            ico("4912088"),
            None,
            ["198.51.100.70", "198.51.100.77"],
            [],
            "Tomáš Vrba",
            "vrba@radiovysocina.example",
            "+420776204391",
        ),
    },
    {
        "id": "p004-v2-final-attachment",
        "description": "two DOCX attachments; the cover note says only 'v2 final' is valid",
        "style": Style.ATTACHMENTS,
        "from": "Jana Holá <hola@zlinskenoviny.example>",
        "subject": "zadost - prilohy",
        "body": (
            "Dobry den,\n"
            "v priloze posilam zadost o pristup k datum. Omylem jsem tam nechala i starou "
            "verzi - plati jen 'zadost_CSU v2 final.docx', ta prvni uz neplati (meni se IP).\n"
            "Hola\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "blocks": [
                        "Žádost o přístup k XML výsledků voleb",
                        "Žadatel: Zlínské noviny, a.s., IČO " + ico("2588311"),
                        {"rows": [["Produkční IP", "192.0.2.15"], ["Testovací IP", "192.0.2.16"]]},
                        "Kontakt: Jana Holá, hola@zlinskenoviny.example, 604 551 208",
                    ]
                },
            ),
            (
                "docx",
                "zadost_CSU v2 final.docx",
                {
                    "blocks": [
                        "Žádost o přístup k XML výsledků voleb",
                        "Žadatel: Zlínské noviny, a.s., IČO " + ico("2588311"),
                        {
                            "rows": [
                                ["Produkční IP", "192.0.2.25, 192.0.2.26"],
                                ["Testovací IP", "192.0.2.30"],
                            ]
                        },
                        "Kontakt: Jana Holá, hola@zlinskenoviny.example, 604 551 208",
                    ]
                },
            ),
        ],
        "labels": L(
            FEED,
            "Zlínské noviny, a.s.",
            ico("2588311"),
            None,
            ["192.0.2.25", "192.0.2.26"],
            ["192.0.2.30"],
            "Jana Holá",
            "hola@zlinskenoviny.example",
            "+420604551208",
        ),
    },
    {
        "id": "p005-pasted-tabs",
        "description": "address table pasted from a spreadsheet with tabs; no diacritics",
        "style": Style.SPREADSHEET,
        "from": "admin <it@regionalnitv.example>",
        "subject": "IP adresy pro volby",
        "body": (
            "Zdravim,\n"
            "posilam udaje pro pristup k volebnimu XML, kopiruju z naseho excelu:\n\n"
            "server\tIP\tucel\tpozn.\n"
            "web1\t203.0.113.81\tostry\t\n"
            "web2\t203.0.113.82\tostry\tzalozni\n"
            "stage\t203.0.113.90\ttest\t\n\n"
            "Zadatel: Regionalni televize Vychod s.r.o., ICO " + ico("2803417") + "\n"
            "Kontaktni osoba: Marek Dusek, it@regionalnitv.example, mob. 731-402-118\n"
        ),
        "labels": L(
            FEED,
            "Regionalni televize Vychod s.r.o.",
            ico("2803417"),
            None,
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.90"],
            "Marek Dusek",
            "it@regionalnitv.example",
            "+420731402118",
        ),
    },
    {
        "id": "p006-slovak-smart-quotes",
        "description": "Slovak, smart quotes and non-breaking spaces, Slovak mobile number",
        "style": Style.WEBMAIL,
        "from": "Zuzana Kráľová <zuzana.kralova@dennikvychod.example>",
        "subject": "Žiadosť o prístup k volebným údajom",
        "body": (
            "Dobrý deň,\n\n"
            "obraciam sa na Vás v mene spoločnosti „Denník Východ, s.r.o.“ so žiadosťou o "
            "prístup k XML súboru s výsledkami volieb. Vydávame spravodajský portál aj pre "
            "českých čitateľov.\n\n"
            "Produkčné IP adresy:" + NBSP + "198.51.100.140," + NBSP + "198.51.100.141\n"
            "Testovacia IP adresa:" + NBSP + "198.51.100.150\n\n"
            "Kontakt: Zuzana Kráľová, +421" + NBSP + "905" + NBSP + "318" + NBSP + "447\n\n"
            "S pozdravom\n"
            "Zuzana Kráľová\n"
            "technická redaktorka\n"
        ),
        "labels": L(
            FEED,
            "Denník Východ, s.r.o.",
            None,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Zuzana Kráľová",
            "zuzana.kralova@dennikvychod.example",
            "+421905318447",
        ),
    },
    {
        "id": "p007-german-media-brackets",
        "description": "English from a German outlet; addresses in brackets and ending with a "
        "full stop; phone with (0)",
        "style": Style.OUTLOOK,
        "from": "Lukas Brenner <l.brenner@nordlicht-media.example>",
        "subject": "Access request - Czech election results XML",
        "body": (
            "Dear Sir or Madam,\n\n"
            "Nordlicht Media GmbH (Berlin) would like to request access to the XML feed "
            "with the results of the upcoming Czech elections for our live ticker.\n\n"
            "Our production fetchers are web-a (203.0.113.151) and web-b (203.0.113.152). "
            "For testing please allow 203.0.113.160.\n\n"
            "Contact person: Lukas Brenner, phone +49 (0)30 2291 4406, e-mail as above.\n\n"
            "Kind regards\n"
            "Lukas Brenner\n"
            "Head of Data Desk\n\n"
            "Nordlicht Media GmbH · Sitz Berlin · Amtsgericht Charlottenburg HRB 000000\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der "
            "richtige Adressat sind, informieren Sie bitte sofort den Absender.\n"
        ),
        "labels": L(
            FEED,
            "Nordlicht Media GmbH",
            None,
            None,
            ["203.0.113.151", "203.0.113.152"],
            ["203.0.113.160"],
            "Lukas Brenner",
            "l.brenner@nordlicht-media.example",
            "+493022914406",
        ),
    },
    {
        "id": "p008-freelancer-filming-gmail",
        "description": "freelance videographer asks only to film; no diacritics, 00420 phone",
        "style": Style.WEBMAIL,
        "from": "Ondra Liska <ondra.liska.video@gmail.example>",
        "subject": "natacni povoleni volby",
        "body": (
            "dobry den,\n"
            "jsem nezavisly kameraman (OSVC, ICO " + ico("7523106") + ") a delam reportaz "
            "pro dokumentarni cyklus o volbach. Chtel bych poprosit o povoleni natacet na "
            "sbernem miste v Olomouci behem prebirani vysledku. Data ani feed nepotrebuju.\n"
            "tel 00420 777 230 914\n"
            "diky moc\n"
            "Ondrej Liska\n"
        ),
        "labels": L(
            FILM,
            "Ondrej Liska",
            ico("7523106"),
            None,
            [],
            [],
            "Ondrej Liska",
            "ondra.liska.video@gmail.example",
            "+420777230914",
        ),
    },
    {
        "id": "p009-databox-municipal",
        "description": "data message from a town; the application is a PDF, no IČO in text but "
        "data box as sender",
        "style": Style.DATABOX,
        "databox": {
            "box": "k7mq2xe",
            "sender": "Město Hořice",
            "address": "náměstí Jiřího z Poděbrad 342, 508 01 Hořice",
            "type": 10,
        },
        "subject": "Žádost o přístup k výsledkům voleb – Hořický zpravodaj",
        "attachments": [
            (
                "pdf",
                "zadost_volby.pdf",
                [
                    "Město Hořice, IČO " + ico("0027181"),
                    "Věc: žádost o zpřístupnění XML výsledků voleb",
                    "Město vydává Hořický zpravodaj a provozuje zpravodajský web, na kterém "
                    "chceme v noci po volbách průběžně zobrazovat výsledky.",
                    {
                        "rows": [
                            ["adresa serveru", "účel"],
                            ["192.0.2.201", "ostrý provoz"],
                            ["192.0.2.202", "test"],
                        ],
                        "widths": [160, 160],
                    },
                    "Kontaktní osoba: Bc. Lenka Pokorná, referentka, "
                    "pokorna@horice-mesto.example, tel. 493 620 117",
                    "Mgr. Ivan Jelínek, starosta",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Město Hořice",
            ico("0027181"),
            "k7mq2xe",
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Lenka Pokorná",
            "pokorna@horice-mesto.example",
            "+420493620117",
        ),
    },
    {
        "id": "p010-university-radio-both",
        "description": "student radio asks for feed and filming; /30 block and IPv6 test",
        "style": Style.WEBMAIL,
        "from": "Kateřina Nováková <redakce@radio-kampus.example>",
        "subject": "Volby 2022 – feed a natáčení",
        "body": (
            "Dobrý den,\n\n"
            "studentské Rádio Kampus, které provozuje spolek Kampus Média, z.s. "
            "(IČO " + ico("2265913") + "), by rádo:\n"
            "1) získalo přístup k XML s výsledky – náš rozsah pro ostrý provoz je "
            "198.51.100.8/30, testovat budeme z 2001:db8:4a::10,\n"
            "2) natáčelo krátké reportáže na sběrném místě v Praze.\n\n"
            "Kontakt: Kateřina Nováková, šéfredaktorka, 739 88 12 40\n"
            "Díky!\n"
            "--\n"
            "Rádio Kampus | posloucháme studenty\n"
        ),
        "labels": L(
            BOTH,
            "Kampus Média, z.s.",
            ico("2265913"),
            None,
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            ["2001:db8:4a::10"],
            "Kateřina Nováková",
            "redakce@radio-kampus.example",
            "+420739881240",
        ),
    },
    {
        "id": "p011-filming-declined-disclaimers",
        "description": "says filming is not needed; disclaimers in Czech, English and German",
        "style": Style.OUTLOOK,
        "from": "Michal Sýkora <michal.sykora@vltava-press.example>",
        "subject": "Žádost o XML výsledky voleb",
        "body": (
            "Dobrý den,\n\n"
            "za vydavatelství VLTAVA PRESS a.s., IČO " + ico("4530982") + ", žádám o "
            "přístup k XML souborům s výsledky. O natáčení na sběrných místech letos "
            "nežádáme, štáb nepošleme.\n\n"
            "Adresy pro ostrý provoz: 192.0.2.61, 192.0.2.62, 192.0.2.63\n"
            "Testovací: 192.0.2.70\n\n"
            "Michal Sýkora\n"
            "Mobil: +420 (602) 418 330\n\n"
            "UPOZORNĚNÍ: Tato zpráva je určena pouze adresátovi.\n"
            "NOTICE: This message is intended only for the addressee.\n"
            "HINWEIS: Diese Nachricht ist nur für den Empfänger bestimmt.\n"
        ),
        "labels": L(
            FEED,
            "VLTAVA PRESS a.s.",
            ico("4530982"),
            None,
            ["192.0.2.61", "192.0.2.62", "192.0.2.63"],
            ["192.0.2.70"],
            "Michal Sýkora",
            "michal.sykora@vltava-press.example",
            "+420602418330",
        ),
    },
    {
        "id": "p012-android-ps-withdraws-filming",
        "description": "asks for both, then a P.S. withdraws the filming request",
        "style": Style.MOBILE,
        "from": "Pavel Hrubý <hruby.pavel@seznam.example>",
        "subject": "volby - zadost",
        "body": (
            "Dobrý den, jsem šéfredaktor Týdeníku Podbrdsko (vydává Podbrdské nakladatelství "
            "s.r.o., IČ " + ico("2639210") + "). Chceme jednak feed s výsledky "
            "(server 203.0.113.12, test nemáme), jednak povolení natáčet na sběrném místě "
            "v Příbrami.\n"
            "Tel. 728 55 00 19\n"
            "Pavel Hrubý\n\n"
            "P.S. Tak natáčení ruším, kolega nemůže. Feed platí.\n\n"
            "Odesláno z mého Galaxy\n"
        ),
        "labels": L(
            FEED,
            "Podbrdské nakladatelství s.r.o.",
            ico("2639210"),
            None,
            ["203.0.113.12"],
            [],
            "Pavel Hrubý",
            "hruby.pavel@seznam.example",
            "+420728550019",
        ),
    },
    {
        "id": "p013-netmask-radio",
        "description": "production block given with a netmask, test address with trailing dot",
        "style": Style.LETTER,
        "from": "Technika Radio Beat <technika@radiobeat.example>",
        "subject": "Zadost o pristup - XML vysledky",
        "body": (
            "Vážení,\n\n"
            "RADIO BEAT s.r.o., IČO " + ico("2614781") + ", Plzeň, žádá o přístup k "
            "datovému výstupu výsledků voleb.\n\n"
            "Ostrý provoz: síť 198.51.100.64 s maskou 255.255.255.252\n"
            "Test: 198.51.100.99.\n\n"
            "Kontaktní osoba pro tuto žádost: Jiří Kadlec, jiri.kadlec@radiobeat.example, "
            "+420 377 441 905.\n\n"
            "S úctou\n"
            "Jiří Kadlec, vedoucí techniky\n"
        ),
        "labels": L(
            FEED,
            "RADIO BEAT s.r.o.",
            ico("2614781"),
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.99"],
            "Jiří Kadlec",
            "jiri.kadlec@radiobeat.example",
            "+420377441905",
        ),
    },
    {
        "id": "p014-uk-terse-range",
        "description": "terse English from a UK agency; a written range and a UK phone",
        "style": Style.WEBMAIL,
        "from": "ops@thamesdata.example",
        "subject": "CZ election XML - whitelist",
        "body": (
            "Hi,\n"
            "Thames Data Services Ltd requests access to the election results XML.\n"
            "prod: 203.0.113.10 - 203.0.113.12\n"
            "test: none\n"
            "contact: Sam Okafor, ops@thamesdata.example, 020 7946 0321 (UK)\n"
            "ta\n"
        ),
        "labels": L(
            FEED,
            "Thames Data Services Ltd",
            None,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            [],
            "Sam Okafor",
            "ops@thamesdata.example",
            "+442079460321",
        ),
    },
]
