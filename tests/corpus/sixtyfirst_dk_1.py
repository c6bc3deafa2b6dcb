"""Sixty-first held-out part ``dk``, cases dk001–dk014: an editor forwarding her external
contractor's "[EXT]" mail with its CAUTION banner and her firm's group disclaimer, a mail the
office's gateway tagged "[EXTERNAL]" with a Czech warning banner, the contact only in an
attached vCard, a one-line "IČ | DIČ | ID DS | tel." footer, answers interleaved with the
office's quoted questions three levels deep, a subject line the body corrects, host names
beside addresses and one without, an out-of-office reply quoted above the application, a
"prod/test" slashed line, a data message with the data in the annotation, an iPhone filming
note, an iso-8859-2 HTML table, a Polish agency in English and a signature naming three people.
Written by hand apart from the extraction rules (see make_sixtyfirst_dk); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtyfirst_dk_common import (
    APPLE,
    EMCLIENT,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    KMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    box,
    gmail_html,
    ico,
)

I1, I2, I3, I4, I5 = ico("2731049"), ico("0815267"), ico("2649137"), ico("0937421"), ico("2718564")
I6, I7, I8, I9, I10 = ico("0462819"), ico("2580314"), ico("0693158"), ico("2834916"), ico("0571382")
I12, I14 = ico("2906547"), ico("0438196")

_DK013 = (
    "Dear colleagues,\n\nI am writing on behalf of Agencja Informacyjna Beskidy sp. z o.o., a "
    "regional news agency based in Bielsko-Biała. We cover the Czech parliamentary elections "
    "for our Polish clients in the border region and would like to request access to the XML "
    "results feed.\n\nProduction servers:\n  2001:db8:48::20\n  198.51.100.220\nTest server:\n"
    "  198.51.100.229\n\nWe do not plan to film at your premises this time.\n\nI will be the "
    "contact person for this request - the easiest way to reach me is my mobile, +48 601 234 "
    "518.\n\nBest regards,\nMarta Zielińska\nHead of Data Desk\nAgencja Informacyjna Beskidy "
    "sp. z o.o.\n"
)

_DISCLAIMER = (
    "\n________________________________\nUpozornění: Tato zpráva a její přílohy jsou důvěrné a "
    "jsou určeny výhradně adresátovi. Pokud nejste zamýšleným adresátem, informujte prosím "
    "neprodleně odesílatele a zprávu vymažte; jakékoli užití, šíření nebo kopírování je "
    "zakázáno. Odesílatel neodpovídá za škodu způsobenou přenosem zprávy ani za viry. Obsah "
    "zprávy není návrhem na uzavření smlouvy, pokud to v ní není výslovně uvedeno.\n"
    "Zlínský kurýr a.s., se sídlem třída Tomáše Bati 1274, 760 01 Zlín, IČO " + I1 + ", zapsaná "
    "v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl B, vložka 4127, je součástí "
    "skupiny MEDIAHOLD Central Europe. Informace o zpracování osobních údajů ve skupině "
    "MEDIAHOLD Central Europe naleznete na www.mediahold-ce.example/gdpr.\n"
    "Disclaimer: This e-mail and any attachments are confidential and intended solely for the "
    "addressee. If you received it in error, please notify the sender and delete it. Zlínský "
    "kurýr a.s. is a member of the MEDIAHOLD Central Europe group.\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dk001-forward-ext-contractor-caution-disclaimer",
        "description": "the editor forwards her external IT contractor's mail tagged '[EXT]' "
        "with an English CAUTION banner on top of it; she applies and is the contact, the "
        "contractor's mobile is not hers; the IČO only in the long legal footer naming the "
        "firm's group",
        "style": Style.EXTERNAL,
        "labels": L(
            [FEED],
            "Zlínský kurýr a.s.",
            I1,
            None,
            ["203.0.113.11", "203.0.113.12"],
            ["203.0.113.19"],
            "Lenka Marková",
            "markova@zlinskykuryr.example",
            "+420605214377",
        ),
        "from": "Marková Lenka <markova@zlinskykuryr.example>",
        "subject": "FW: [EXT] IP adresy pro volební XML",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\npřeposílám níže mail od našeho externího správce serverů s "
        "adresami, ze kterých chceme stahovat průběžné výsledky voleb v XML. Tímto o přístup "
        "za Zlínský kurýr a.s. žádáme. Kontaktní osobou pro žádost jsem já, technické dotazy "
        "zodpoví pan Vavřín (viz níže).\n\nS pozdravem\n\nLenka Marková\nzástupkyně "
        "šéfredaktora\nZlínský kurýr a.s.\ntel.: +420 605 214 377\nwww.zlinskykuryr.example\n\n"
        "________________________________\nFrom: Petr Vavřín <vavrin@netops-valassko.example>\n"
        "Sent: Tuesday, September 16, 2025 2:17 PM\nTo: Marková Lenka "
        "<markova@zlinskykuryr.example>\nSubject: [EXT] IP adresy pro volební XML\n\n"
        "CAUTION: This email originated from outside of the organization. Do not click links "
        "or open attachments unless you recognize the sender and know the content is safe.\n\n"
        "Ahoj Lenko,\n\ntady jsou adresy pro ČSÚ:\nprodukce – 203.0.113.11 a 203.0.113.12 "
        "(dva nody za balancerem)\ntest – 203.0.113.19\n\nKdyby se ptali na port, stahujeme "
        "přes 443.\n\nPetr Vavřín\nNetOps Valašsko s.r.o.\nmobil 736 401 822\n" + _DISCLAIMER,
    },
    {
        "id": "dk002-gateway-external-tag-czech-banner",
        "description": "the office's mail gateway put '[EXTERNAL]' before the subject and a "
        "Czech 'POZOR: Tento e-mail pochází z externího zdroje' banner above the body; feed "
        "and filming as numbered points, testing from the same machine",
        "style": Style.EXTERNAL,
        "labels": L(
            [FEED, FILM],
            "Rádio Prostějov Plus s.r.o.",
            I2,
            None,
            ["198.51.100.33"],
            [],
            "Ondřej Bláha",
            "blaha@radioprostejov.example",
            "+420777120604",
        ),
        "from": "Ondřej Bláha <blaha@radioprostejov.example>",
        "subject": "[EXTERNAL] Žádost o přístup k výsledkům voleb a povolení natáčení",
        "headers": TBIRD,
        "body": "POZOR: Tento e-mail pochází z externího zdroje. Neotvírejte odkazy ani "
        "přílohy, pokud odesílatele neznáte a obsahu nedůvěřujete.\n"
        "________________________________\n\nDobrý den,\n\nRádio Prostějov Plus s.r.o., IČO "
        + I2
        + ", žádá o:\n\n1) přístup k průběžným výsledkům voleb ve formátu XML – náš server má "
        "adresu 198.51.100.33, testovat budeme ze stejného stroje;\n2) povolení natáčet (video "
        "pro web) ve volební noc na krajském pracovišti ČSÚ v Olomouci.\n\nKontaktní osoba: "
        "Ondřej Bláha, blaha@radioprostejov.example, 777 120 604.\n\nDěkuji a zdravím\n"
        "Ondřej Bláha\nvedoucí zpravodajství\n",
    },
    {
        "id": "dk003-shared-mailbox-contact-in-vcard",
        "description": "sent from the newsroom's shared address, signed only 'redakce'; the "
        "contact person, mobile and e-mail only in the attached vCard (.vcf)",
        "style": Style.VCARD,
        "labels": L(
            [FEED],
            "Chrudimský posel s.r.o.",
            I3,
            None,
            ["192.0.2.44", "192.0.2.45"],
            ["192.0.2.49"],
            "Tomáš Kratochvíl",
            "kratochvil@chrudimskyposel.example",
            "+420731902448",
        ),
        "from": "Redakce Chrudimský posel <redakce@chrudimskyposel.example>",
        "subject": "Žádost o přístup k XML – volby do Poslanecké sněmovny",
        "headers": APPLE,
        "body": "Dobrý den,\n\nChrudimský posel s.r.o. (IČO " + I3 + ") žádá o zpřístupnění "
        "průběžných výsledků voleb ve formátu XML.\n\nProdukční adresy: 192.0.2.44, 192.0.2.45\n"
        "Testovací adresa: 192.0.2.49\n\nKontaktní osobu najdete v přiložené vizitce.\n\n"
        "S pozdravem\nredakce Chrudimského posla\n",
        "attachments": [
            (
                "txt",
                "Tomas_Kratochvil.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 15.0//EN\r\n"
                "N:Kratochvíl;Tomáš;;;\r\nFN:Tomáš Kratochvíl\r\nORG:Chrudimský posel s.r.o.;\r\n"
                "TITLE:technický redaktor\r\nEMAIL;type=INTERNET;type=WORK;type=pref:"
                "kratochvil@chrudimskyposel.example\r\nTEL;type=CELL;type=VOICE;type=pref:"
                "+420 731 902 448\r\nEND:VCARD\r\n",
            )
        ],
    },
    {
        "id": "dk004-roundcube-one-line-footer",
        "description": "a short note whose contact details stand only in the one-line footer "
        "'… | IČ: … | DIČ: CZ… | ID DS: … | tel. …' ('telefon v patičce'); the box ID from "
        "that footer",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Podkrkonošský týdeník s.r.o.",
            I4,
            "p7tk4xe",
            ["198.18.7.25"],
            ["198.18.7.26"],
            "Jana Horká",
            "horka@podkrkonossky.example",
            "+420734218506",
        ),
        "from": "Jana Horká <horka@podkrkonossky.example>",
        "subject": "volby – přístup k XML",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nžádáme o přístup k volebnímu XML. Stahovat budeme ze serveru "
        "198.18.7.25, testovací adresa je 198.18.7.26.\n\nKontaktní osobou jsem já, telefon "
        "najdete v patičce.\n\nDěkuji\nJana Horká, jednatelka\n\n-- \nPodkrkonošský týdeník "
        "s.r.o. | IČ: " + I4 + " | DIČ: CZ" + I4 + " | ID DS: p7tk4xe | tel. 734 218 506\n",
    },
    {
        "id": "dk005-kmail-inline-answers-three-levels",
        "description": "answers written under each of the officer's quoted questions ('> Uveďte "
        "testovací adresu' then the answer), the officer's mail quoting the first two-line "
        "mail, which quotes the office's notice (box, IČO) at the third level",
        "style": Style.INLINE,
        "labels": L(
            [FEED],
            "Hlasy Podřipska, z.s.",
            I5,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.78"],
            "Jiří Beneš",
            "benes@hlasypodripska.example",
            "+420776230915",
        ),
        "from": "Jiří Beneš <benes@hlasypodripska.example>",
        "subject": "Re: Žádost o přístup k XML výsledkům",
        "headers": KMAIL,
        "cte": "8bit",
        "body": "Dobrý den, pane Kočí,\n\nodpovídám přímo pod Vaše otázky.\n\nDne středa 17. "
        "září 2025 10:12:40 CEST, Aleš Kočí napsal(a):\n> Dobrý den,\n>\n> děkujeme za Vaši "
        "žádost. Abychom ji mohli zaevidovat, potřebujeme ještě\n> několik údajů:\n>\n> "
        "Uveďte přesný název a IČO žadatele.\n\nHlasy Podřipska, z.s., IČO " + I5 + "\n\n> Je "
        "adresa 192.0.2.70 produkční?\n\nAno, produkční. Přidávám ještě druhou produkční: "
        "192.0.2.71 (záložní stroj).\n\n> Uveďte testovací adresu, pokud ji máte.\n\n"
        "192.0.2.78\n\n> Kdo bude kontaktní osobou a na jakém telefonu?\n\nJá, Jiří Beneš, "
        "mobil 776 230 915.\n\n> S pozdravem\n> Aleš Kočí\n> Český statistický úřad\n> Na "
        "padesátém 81, 100 82 Praha 10 | tel. 274 052 733\n>\n> Dne 16. 9. 2025 v 21:40 Jiří "
        "Beneš napsal(a):\n>> Dobrý den,\n>> na základě Vaší výzvy níže bychom chtěli přístup "
        "k XML s výsledky\n>> voleb pro náš web. Server: 192.0.2.70.\n>> Díky, J. Beneš\n>>\n"
        ">>> Média, která mají zájem o přímý přístup k průběžným výsledkům voleb ve\n>>> "
        "formátu XML, zašlou žádost do datové schránky ČSÚ (ID 2gfaasy) nebo\n>>> e-mailem na "
        "podatelna@czso.cz. Uveďte název a IČO žadatele, nejvýše\n>>> pět produkčních a pět "
        "testovacích IP adres a kontaktní osobu.\n>>> Český statistický úřad, IČO 00025593\n\n"
        "-- \nJiří Beneš\nHlasy Podřipska – občanský zpravodaj\n",
    },
    {
        "id": "dk006-samsung-subject-corrected-by-body",
        "description": "base64 Samsung mail: the subject line gives the production and test "
        "addresses, the body says the production one there is a typo and gives the right one",
        "style": Style.SUBJECT,
        "labels": L(
            [FEED],
            "Tachovský obzor s.r.o.",
            I6,
            None,
            ["198.51.100.142"],
            ["198.51.100.141"],
            "Václav Řehoř",
            "rehor@tachovskyobzor.example",
            "+420603552871",
        ),
        "from": "Vaclav Rehor <rehor@tachovskyobzor.example>",
        "subject": "Zadost o XML volby - Tachovsky obzor, prod 198.51.100.140, test 198.51.100.141",
        "headers": SAMSUNG,
        "cte": "base64",
        "body": "Dobrý den,\nv předmětu jsem se překlepl – produkční adresa je 198.51.100.142, "
        "ne .140. Testovací 198.51.100.141 sedí.\nŽádáme za Tachovský obzor s.r.o., IČO "
        + I6
        + ". Kontakt já, tel. 603 552 871.\nVáclav Řehoř\n\n\nOdesláno z mého Galaxy\n",
    },
    {
        "id": "dk007-mac-outlook-hostnames-one-without-address",
        "description": "production machines as host names with the address in parentheses; "
        "the test machine only as a host name with a dynamic address to be sent later, which "
        "the office cannot use",
        "style": Style.HOSTNAME,
        "labels": L(
            [FEED],
            "Benešovské noviny, s.r.o.",
            I7,
            None,
            ["192.0.2.10", "192.0.2.11"],
            [],
            "Radim Kolář",
            "kolar@benesovskenoviny.example",
            "+420317725118",
        ),
        "from": "Radim Kolář <kolar@benesovskenoviny.example>",
        "subject": "Žádost o přístup k volebnímu XML – Benešovské noviny",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nza Benešovské noviny, s.r.o. (IČO " + I7 + ") žádám o přístup "
        "k průběžným výsledkům voleb ve formátu XML. Stahovat budeme z těchto strojů:\n\n"
        "produkce:\nfeed-a.redakce.bnoviny.example.cz (192.0.2.10)\n"
        "feed-b.redakce.bnoviny.example.cz (192.0.2.11)\n\ntest:\n"
        "stage.redakce.bnoviny.example.cz\n\nTestovací stroj dostává adresu od poskytovatele "
        "dynamicky, pevnou IP Vám pošlu, až ji budeme mít – snad do konce měsíce.\n\n"
        "Kontaktní osoba: Radim Kolář, kolar@benesovskenoviny.example, 317 725 118\n\n"
        "S pozdravem\nRadim Kolář\nIT, Benešovské noviny\n",
    },
    {
        "id": "dk008-outlook-autoreply-above-application",
        "description": "the assistant sends on the chief editor's out-of-office reply "
        "('Automatická odpověď', naming her own phone for urgent matters), below it the "
        "colleague's application in which he names himself the contact",
        "style": Style.AUTOREPLY,
        "labels": L(
            [FEED],
            "Hlas Valašska s.r.o.",
            I8,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.109"],
            "Martin Šulc",
            "sulc@hlasvalasska.example",
            "+420728930144",
        ),
        "from": "Vlčková Dana <vlckova@hlasvalasska.example>",
        "subject": "FW: Automatická odpověď: Žádost pro ČSÚ – volební XML",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nposílám Vám žádost našeho kolegy Martina Šulce, kterou včera "
        "poslal panu šéfredaktorovi Hlaváčovi k odeslání – ten je ale do konce měsíce na "
        "dovolené a kolegovi se vrátila jen automatická odpověď. Žádost je celá níže, prosím "
        "berte ji jako podanou za naši redakci.\n\nDana Vlčková\nasistentka redakce\nHlas "
        "Valašska s.r.o.\n\n________________________________\nOd: Hlaváč Zdeněk "
        "<hlavac@hlasvalasska.example>\nOdesláno: středa 17. září 2025 8:03\nKomu: Šulc Martin "
        "<sulc@hlasvalasska.example>\nPředmět: Automatická odpověď: Žádost pro ČSÚ – volební "
        "XML\n\nDobrý den,\ndo 30. 9. jsem mimo kancelář s omezeným přístupem k e-mailu. V "
        "naléhavých případech se obracejte na Danu Vlčkovou, tel. 571 611 230.\nZdeněk Hlaváč\n"
        "\n________________________________\nOd: Šulc Martin <sulc@hlasvalasska.example>\n"
        "Odesláno: středa 17. září 2025 8:02\nKomu: Hlaváč Zdeněk <hlavac@hlasvalasska.example>"
        "\nPředmět: Žádost pro ČSÚ – volební XML\n\nZdeňku, prosím pošli to na ČSÚ, ať to jde "
        "od vedení:\n\nDobrý den,\nHlas Valašska s.r.o., IČO " + I8 + ", žádá o přístup k "
        "průběžným výsledkům voleb ve formátu XML.\nProdukční IP adresy: 203.0.113.101, "
        "203.0.113.102\nTestovací IP adresa: 203.0.113.109\nKontaktní osoba: Martin Šulc, "
        "sulc@hlasvalasska.example, mobil 728 930 144\n\nMartin Šulc\nwebový vývoj\n",
    },
    {
        "id": "dk009-k9-prod-test-slashed",
        "description": "7bit K-9 note without diacritics: production and test in one line "
        "'IP prod/test: … / …', the company typed without diacritics and nowhere else",
        "style": Style.SLASHED,
        "labels": L(
            [FEED],
            "Ostravsky web s.r.o.",
            I9,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Filip Dusek",
            "dusek@ostravskyweb.example",
            "+420739504216",
        ),
        "from": "Filip Dusek <dusek@ostravskyweb.example>",
        "subject": "xml volby",
        "headers": K9,
        "cte": "7bit",
        "charset": "us-ascii",
        "body": "Dobry den,\nposilam udaje k zadosti o pristup k vysledkum voleb v XML:\n\n"
        "Ostravsky web s.r.o., ICO " + I9 + "\nIP prod/test: 203.0.113.201 / 203.0.113.202\n"
        "kontakt Filip Dusek, 739 504 216\n\nDiky, FD\n\n-- \nSent from my Android device with "
        "K-9 Mail. Please excuse my brevity.\n",
    },
    {
        "id": "dk010-databox-annotation-data-pdf-letter",
        "description": "data message: the annotation holds the addresses and the contact's "
        "phone, the PDF letter the IČO, the contact's e-mail and the managing director's "
        "signature",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Sokolovský deník, s.r.o.",
            I10,
            "r5mw2kd",
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.88"],
            "Ilona Šťastná",
            "stastna@sokolovskydenik.example",
            "+420737410662",
        ),
        "databox": box("r5mw2kd", "Sokolovský deník, s.r.o.", "Rooseveltova 12, 356 01 Sokolov"),
        "subject": "Žádost o přístup k XML výsledkům voleb – produkční 198.51.100.80 a "
        "198.51.100.81, testovací 198.51.100.88, kontakt Ilona Šťastná, 737 410 662",
        "attachments": [
            (
                "pdf",
                "zadost_volby_SD.pdf",
                [
                    "Sokolovský deník, s.r.o.\nRooseveltova 12, 356 01 Sokolov\nIČO " + I10,
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Žádáme o zpřístupnění průběžných výsledků voleb do Poslanecké sněmovny ve "
                    "formátu XML. IP adresy serverů uvádíme ve věci této datové zprávy.",
                    "Kontaktní osobou je paní Ilona Šťastná, stastna@sokolovskydenik.example.",
                    "V Sokolově dne 15. 9. 2025",
                    "Ing. Karel Brož\njednatel",
                ],
            )
        ],
    },
    {
        "id": "dk011-iphone-filming-only-no-xml",
        "description": "iPhone note without diacritics asking only to film in Plzeň with a "
        "named reporter; the XML explicitly not needed",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "TV Zapad s.r.o.",
            None,
            None,
            [],
            [],
            "Stepan Ruzicka",
            "ruzicka@tvzapad.example",
            "+420608231905",
        ),
        "from": "Stepan Ruzicka <ruzicka@tvzapad.example>",
        "subject": "nataceni volebni noc plzen",
        "headers": IPHONE,
        "body": "Dobry den,\nchteli bychom v sobotu ve volebni noci natacet na vasem pracovisti "
        "v Plzni, prijde kameraman a redaktorka (Tereza Hajkova). XML s vysledky nepotrebujeme, "
        "ty mame od agentury.\nStepan Ruzicka, TV Zapad s.r.o., tel 608 231 905\n\n"
        "Odesláno z iPhonu\n",
    },
    {
        "id": "dk012-emclient-html-iso-table",
        "description": "HTML-only iso-8859-2 eM Client mail: a server table (name, address, "
        "purpose 'produkce'/'testování'), filming asked in the paragraph after it",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Jindřichohradecký zpravodaj z.s.",
            I12,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.68"],
            "Michaela Dvořáková",
            "dvorakova@jhzpravodaj.example",
            "+420724318007",
        ),
        "from": "Michaela Dvořáková <dvorakova@jhzpravodaj.example>",
        "subject": "Žádost – XML výsledky voleb a natáčení",
        "headers": EMCLIENT,
        "charset": "iso-8859-2",
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=iso-8859-2"></head><body><div>Dobrý den,</div><div><br></div><div>'
        "Jindřichohradecký zpravodaj z.s., IČO " + I12 + ", žádá o přístup k průběžným "
        "výsledkům voleb ve formátu XML z těchto serverů:</div><div><br></div>"
        '<table border="1" cellpadding="4" style="border-collapse:collapse">'
        "<tr><th>Server</th><th>IP adresa</th><th>Účel</th></tr>"
        "<tr><td>web-01</td><td>203.0.113.60</td><td>produkce</td></tr>"
        "<tr><td>web-02</td><td>203.0.113.61</td><td>produkce</td></tr>"
        "<tr><td>dev</td><td>203.0.113.68</td><td>testování</td></tr></table>"
        "<div><br></div><div>Zároveň prosíme o povolení natáčet ve volební noc na Vašem "
        "pracovišti v Českých Budějovicích (kameraman a já).</div><div><br></div>"
        "<div>Kontaktní osoba: Michaela Dvořáková, mobil 724 318 007</div><div><br></div>"
        "<div>S pozdravem</div><div>Michaela Dvořáková</div><div>předsedkyně spolku</div>"
        "</body></html>",
    },
    {
        "id": "dk013-gmail-polish-agency-english",
        "description": "a Polish regional agency writes English (Gmail text and HTML): an IPv6 "
        "and an IPv4 production address indented under a heading, filming declined, a Polish "
        "mobile, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Beskidy sp. z o.o.",
            None,
            None,
            ["2001:db8:48::20", "198.51.100.220"],
            ["198.51.100.229"],
            "Marta Zielińska",
            "m.zielinska@beskidy-news.example",
            "+48601234518",
        ),
        "from": "Marta Zielińska <m.zielinska@beskidy-news.example>",
        "subject": "Access to the election results XML feed",
        "headers": GMAIL,
        "body": _DK013,
        "html": gmail_html(_DK013),
    },
    {
        "id": "dk014-evolution-three-signers-technician-contact",
        "description": "the closing block lists three people with e-mails and phones (chief "
        "editor, technician, cameraman); the body names 'the technician, second signer' as "
        "the contact; feed and filming",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Šumavský hlas, o.p.s.",
            I14,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Ondřej Tichý",
            "tichy@sumavskyhlas.example",
            "+420739226510",
        ),
        "from": "Petra Lišková <liskova@sumavskyhlas.example>",
        "subject": "Šumavský hlas – XML výsledky a natáčení",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\nŠumavský hlas, o.p.s. (IČO " + I14 + ") žádá o přístup k "
        "výsledkům voleb ve formátu XML a o povolení natáčet na Vašem pracovišti v Českých "
        "Budějovicích.\n\nProdukční server: 192.0.2.150\nTestovací server: 192.0.2.151\n\n"
        "Kontaktní osobou pro žádost je náš technik (druhý podepsaný).\n\nS pozdravem\n\n"
        "Mgr. Petra Lišková, šéfredaktorka, liskova@sumavskyhlas.example, 608 415 227\n"
        "Bc. Ondřej Tichý, technik, tichy@sumavskyhlas.example, 739 226 510\nJan Pokorný, "
        "kameraman, 731 004 992\n",
    },
]
