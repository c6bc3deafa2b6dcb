"""Thirty-seventh held-out part ``ai``, cases ai015–ai028: a Slovak TV's XLSX with an old
address to drop, a phone-typed filming request without diacritics, a reply adding a /30 test
block to the applicant's own quoted original, an Austrian temporary test host beside a dotted
version number, an agency's data message with a DOCX header and a merged role cell, a research
institute's IPv6 block, a Danish freelancer writing English, a contact replaced within the mail,
an RTF letter with roles by order, a Hungarian portal writing English from a webmail address, a
freelancer's data message with the application in its annotation, a municipal TV's ODT with a
dash range, a Polish portal's test netmask and a signed agency letter. Written by hand apart
from the extraction rules (see make_thirtyseventh_ai); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyseventh_ai_common import (
    CLAWS,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OE,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    YAHOO,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I17, I19, I20 = ico("3679214"), ico("2630518"), ico("0491372"), ico("6808243")
I22, I23, I25, I26 = ico("2751049"), ico("2216837"), ico("7420963"), ico("7108452")
I28 = ico("2580147")

CASES: list[dict[str, Any]] = [
    {
        "id": "ai015-slovak-tv-xlsx-old-row",
        "description": "Slovak TV writing Slovak, addresses in an XLSX sheet with a type "
        "column (produkčná, záložná, testovacia) and one old production row marked not to use",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "TV Považie, s. r. o.",
            I15,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160"],
            "Miroslav Baláž",
            "balaz@tvpovazie.example",
            "+421327431825",
        ),
        "from": "Miroslav Baláž <balaz@tvpovazie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML) – TV Považie",
        "headers": ZIMBRA,
        "body": (
            "Dobrý deň,\n\n"
            "v prílohe posielame tabuľku s IP adresami pre prístup k XML výsledkom volieb.\n\n"
            f"Žiadateľ: TV Považie, s. r. o., IČO: {I15[:2]} {I15[2:5]} {I15[5:]}, "
            "Hurbanova 59, 911 01 Trenčín\n"
            "Kontaktná osoba: Ing. Miroslav Baláž, vedúci IT, +421 32 743 18 25\n\n"
            "Nakrúcať na zberných miestach nebudeme.\n\n"
            "S pozdravom\nMiroslav Baláž\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_adresy_TV_Povazie.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "IP adresa", "Poznámka"],
                            ["produkčná", "198.51.100.150", "hlavný server"],
                            ["záložná", "198.51.100.151", "druhé dátové centrum (Žilina)"],
                            ["produkčná", "198.51.100.149", "stará – od 1. 10. nepoužívať, zrušiť"],
                            ["testovacia", "198.51.100.160", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ai016-phone-photographer-no-diacritics",
        "description": "freelance photographer types on an iPhone without diacritics: filming "
        "only, XML declined, a newspaper he works for named, phone with 00420",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Tomas Blaha",
            None,
            None,
            [],
            [],
            "Tomas Blaha",
            "tomas@blahafoto.example",
            "+420739508144",
        ),
        "from": "Tomas Blaha <tomas@blahafoto.example>",
        "subject": "foceni volby jihlava",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, jsem fotograf na volne noze (fotim pro ruzne redakce, ted hlavne pro "
            "Denik Vysocina) a chtel bych povoleni fotit a tocit video na sbernem miste "
            "v Jihlave ve volebni noc. Ta xml data nepotrebuju.\n"
            "Tomas Blaha, tel 00420 739 508 144\n\n"
            "Odeslano z iPhonu\n"
        ),
    },
    {
        "id": "ai017-reply-adds-cidr30-test",
        "description": "reply to the office's request for test addresses: a /30 test block; "
        "production, IČO and phone only in the applicant's own quoted original, which the new "
        "text refers to; the office's case number and phone quoted too",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Brněnský večerník a.s.",
            I17,
            None,
            ["198.51.100.90"],
            ["198.51.100.96", "198.51.100.97", "198.51.100.98", "198.51.100.99"],
            "Jitka Soukupová",
            "soukupova@brnenskyvecernik.example",
            "+420541227903",
        ),
        "from": "Jitka Soukupová <soukupova@brnenskyvecernik.example>",
        "subject": "Re: Doplnění žádosti – přístup k XML výsledkům",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, testovací adresy jsem v původní žádosti zapomněla. Testovat budeme "
            "z bloku 198.51.100.96/30. Ostatní údaje platí tak, jak jsem je uvedla v žádosti "
            "níže.\n\n"
            "Jitka Soukupová\n\n"
            "Dne 2. 12. 2026 v 9:12 Podatelna ČSÚ napsal(a):\n"
            "> Dobrý den,\n"
            "> k Vaší žádosti č. j. CSU-041877/2026 prosíme o doplnění testovacích IP\n"
            "> adres, případně o sdělení, že je nepožadujete.\n"
            "> S pozdravem\n"
            "> Oddělení informačních služeb, Český statistický úřad, tel. 274 052 733\n"
            ">\n"
            ">> Dne 1. 12. 2026 v 16:40 Jitka Soukupová napsal(a):\n"
            ">> Dobrý den,\n"
            f">> vydavatelství Brněnský večerník a.s., IČO {I17}, žádá o přístup\n"
            ">> k výsledkům voleb ve formátu XML.\n"
            ">> Produkční server: 198.51.100.90\n"
            ">> Kontaktní osoba: Jitka Soukupová, vedoucí online, tel. 541 227 903\n"
            ">> S pozdravem Jitka Soukupová\n"
        ),
    },
    {
        "id": "ai018-austrian-temporary-test-version",
        "description": "Austrian broadcaster writing German: production and backup, a "
        "temporary test host 'vorübergehend', a dotted importer version, FN and UID numbers",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["203.0.113.190", "203.0.113.191"],
            ["203.0.113.199"],
            "Florian Huber",
            "f.huber@donauwelle.example",
            "+43732614407",
        ),
        "from": '"Mag. Florian Huber" <f.huber@donauwelle.example>',
        "subject": "Zugang XML-Wahlergebnisse – Donauwelle Rundfunk",
        "headers": MAC_OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Donauwelle Rundfunk GmbH (Linz, FN 412873 s, UID ATU68204517) ersucht um "
            "Zugang zu den XML-Wahlergebnissen für unsere Sondersendung am Wahlabend.\n\n"
            "Produktion: 203.0.113.190\n"
            "Backup: 203.0.113.191\n\n"
            "Unser Importer (Version 2.4.10.1) wird derzeit umgebaut; vorübergehend – nur bis "
            "zum 15. Dezember – testen wir deshalb von 203.0.113.199 aus, danach direkt von "
            "den Produktionsadressen.\n\n"
            "Ansprechperson: Mag. Florian Huber, Chef vom Dienst Online, "
            "Tel. +43 732 61 44 07, f.huber@donauwelle.example\n\n"
            "Mit besten Grüßen aus Linz\n"
            "Florian Huber\n"
        ),
    },
    {
        "id": "ai019-databox-agency-docx-merged-role",
        "description": "agency's data message: DOCX with the applicant's IČO and box in the "
        "page header, the office's box in the address block, a role cell merged over two "
        "production rows",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Moravská zpravodajská agentura, s.r.o.",
            I19,
            "z2mka8c",
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.130"],
            "Daniel Šťastný",
            "daniel.stastny@mzagentura.example",
            "+420596118372",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – viz příloha",
        "databox": {
            "box": "z2mka8c",
            "sender": "Moravská zpravodajská agentura, s.r.o.",
            "address": "Nádražní 40, 702 00 Ostrava",
        },
        "attachments": [
            (
                "docx",
                "MZA_zadost_XML.docx",
                {
                    "header": "Moravská zpravodajská agentura, s.r.o. · Nádražní 40, 702 00 "
                    f"Ostrava · IČO: {I19} · DS: z2mka8c",
                    "blocks": [
                        "Český statistický úřad",
                        "Na padesátém 81, 100 82 Praha 10",
                        "ID DS: 2gfaasy",
                        "Věc: přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o zřízení přístupu k serveru s výsledky voleb pro naši "
                        "zpravodajskou službu, kterou odebírá 23 regionálních redakcí.",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["produkční", "192.0.2.120"],
                                ["", "192.0.2.121"],
                                ["testovací", "192.0.2.130"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Natáčet na sběrných místech nebudeme.",
                        "Kontakt: Daniel Šťastný, editor dat, "
                        "daniel.stastny@mzagentura.example, +420 596 118 372",
                        "Ing. Helena Bartošová, ředitelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "ai020-institute-ipv6-block",
        "description": "research institute (v. v. i.) mixing Czech and English: production an "
        "IPv6 /126 block, a temporary IPv4 test VM, a software version, mobile in the contact "
        "line and the switchboard in the signature",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Institut pro výzkum veřejného mínění, v. v. i.",
            I20,
            None,
            ["2001:db8:c0de::", "2001:db8:c0de::1", "2001:db8:c0de::2", "2001:db8:c0de::3"],
            ["192.0.2.240"],
            "Ondřej Havelka",
            "havelka@ivvm.example",
            "+420724660318",
        ),
        "from": '"RNDr. Ondřej Havelka Ph.D." <havelka@ivvm.example>',
        "subject": "Přístup k XML výsledkům voleb / access for research",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"Institut pro výzkum veřejného mínění, v. v. i. (IČO {I20}) žádá o přístup "
            "k průběžným výsledkům voleb ve formátu XML. Data využijeme pro projekci "
            "konečných výsledků, kterou ve volební noci vysílá náš mediální partner; vlastní "
            "zpravodajství nemáme.\n\n"
            "Production (IPv6 only, our cluster): 2001:db8:c0de::/126\n"
            "Test: 192.0.2.240 (temporary VM, IPv4)\n"
            "Software: ElectionPull 1.12.0, polling interval 60 s\n\n"
            "Kontaktní osoba: RNDr. Ondřej Havelka, Ph.D., vedoucí datového týmu, "
            "mob. 724 660 318\n\n"
            "S pozdravem / Best regards\n"
            "Ondřej Havelka\n"
            "Institut pro výzkum veřejného mínění, v. v. i.\n"
            "Jilská 1, 110 00 Praha 1, ústředna +420 210 310 111\n"
        ),
    },
    {
        "id": "ai021-danish-freelancer-both",
        "description": "Danish freelance journalist writing English: feed from one server "
        "tested from the same machine, and filming; a CVR number that is not an IČO",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED, FILM],
            "Mikkel Thorsen",
            None,
            None,
            ["198.51.100.222"],
            [],
            "Mikkel Thorsen",
            "mikkel@thorsenmedia.example",
            "+4528714093",
        ),
        "from": "Mikkel Thorsen <mikkel@thorsenmedia.example>",
        "subject": "Application: XML results + filming on election night",
        "headers": GMAIL,
        "body": (
            "Hej / Hello,\n\n"
            "I'm a Danish freelance journalist (self-employed, CVR 35802114) covering the "
            "Czech election for two Danish outlets. I would like to apply for:\n\n"
            "(a) access to the XML results feed – I run a small live blog, server IP "
            "198.51.100.222 (I'll test from the same machine, so no separate test IP), and\n"
            "(b) permission to film at the ČSÚ collection point in Prague on election night "
            "(just me with a small camera, no lights).\n\n"
            "Phone: +45 28 71 40 93 (Danish mobile, works in CZ)\n\n"
            "Mange tak / many thanks,\n"
            "Mikkel Thorsen\n"
        ),
    },
    {
        "id": "ai022-contact-replaced-in-same-mail",
        "description": "online daily's mail in windows-1250: the writer names herself as the "
        "contact, then replaces herself with a colleague (his own e-mail and phone)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Západní média s.r.o.",
            I22,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Ondřej Kříž",
            "kriz@plzenskedenne.example",
            "+420731402996",
        ),
        "from": "Jana Veselá <vesela@plzenskedenne.example>",
        "subject": "Žádost o XML – Plzeňské denně",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "online deník Plzeňské denně (vydavatel: Západní média s.r.o., IČO: "
            f"{I22}) žádá o přístup k výsledkům voleb ve formátu XML.\n\n"
            "IP adresy:\n"
            "- 192.0.2.180 (produkce)\n"
            "- 192.0.2.181 (test)\n\n"
            "Kontaktní osoba: Jana Veselá, 603 771 245\n\n"
            "Ještě oprava – právě jsem si uvědomila, že od prosince jsem na mateřské, takže "
            "kontaktní osobou místo mě bude kolega Ondřej Kříž, kriz@plzenskedenne.example, "
            "tel. 731 402 996.\n\n"
            "Díky, Jana Veselá\n"
        ),
    },
    {
        "id": "ai023-rtf-letter-first-second",
        "description": "association's RTF letter: two addresses whose roles are given only by "
        "'první … druhá' in the next clause",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Horácký hlas, z. s.",
            I23,
            None,
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Zdeněk Matějka",
            "matejka@horackyhlas.example",
            "+420567302118",
        ),
        "from": "Zdeněk Matějka <matejka@horackyhlas.example>",
        "subject": "zadost o pristup k vysledkum voleb",
        "headers": CLAWS,
        "body": "Dobrý den,\nposílám žádost v příloze (RTF).\nZdeněk Matějka\n",
        "attachments": [
            (
                "rtf",
                "zadost_HH.rtf",
                [
                    "Horácký hlas, z. s.",
                    f"Palackého 17, 588 56 Telč, IČO: {I23}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Spolek Horácký hlas vydává stejnojmenný měsíčník a provozuje zpravodajský "
                    "web. Pro web žádáme o přístup k výsledkům voleb. Uvádíme dvě adresy – "
                    "203.0.113.55 a 203.0.113.56; první slouží pro ostrý provoz, druhá pro "
                    "testování.",
                    "Kontaktní osoba: Zdeněk Matějka, předseda spolku, tel. 567 302 118, "
                    "matejka@horackyhlas.example",
                    "V Telči 29. 11. 2026",
                ],
            )
        ],
    },
    {
        "id": "ai024-hungarian-portal-english-webmail",
        "description": "Hungarian portal's journalist writes English from a personal webmail "
        "address and gives his work e-mail for contact; main and secondary both production, "
        "no test, filming not needed, a company register number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Pannon Hírek Zrt.",
            None,
            None,
            ["198.51.100.33", "198.51.100.34"],
            [],
            "Bence Nagy",
            "bence.nagy@pannonhirek.example",
            "+36304182297",
        ),
        "from": "Bence Nagy <nagybence77@ymail.example>",
        "subject": "XML election results – Pannon Hírek",
        "headers": YAHOO,
        "body": (
            "Jó napot! Good day,\n\n"
            "I am writing on behalf of Pannon Hírek Zrt., publisher of the news portal "
            "pannonhirek.example (Győr, Hungary). We would like to receive the Czech election "
            "results in XML.\n"
            "Our servers: main 198.51.100.33, secondary 198.51.100.34 – both production. "
            "Test: we have none.\n"
            "Filming permission: not needed this time, thanks.\n\n"
            "Contact: Bence Nagy, +36 30 418 2297, bence.nagy@pannonhirek.example (please "
            "use this one, I'm writing from my private mail while travelling)\n"
            "Cégjegyzékszám: 08-10-001944\n\n"
            "Best regards,\nBence Nagy\nforeign desk, Pannon Hírek\n"
        ),
    },
    {
        "id": "ai025-databox-freelancer-annotation-film",
        "description": "a documentary maker's own data box: the filming request and contact "
        "only in the annotation (XML ruled out), the attached file a trade-register extract "
        "with her IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Kateřina Šlechtová",
            I25,
            "f7rw4nq",
            [],
            [],
            "Kateřina Šlechtová",
            "k.slechtova@dokumentka.example",
            "+420605228417",
        ),
        "subject": "Žádost o povolení natáčet ve volební noc na sběrném místě ČSÚ v Plzni "
        "(dokument; o přístup k XML nežádám). Kontakt: Kateřina Šlechtová, tel. 605 228 417, "
        "k.slechtova@dokumentka.example",
        "databox": {
            "box": "f7rw4nq",
            "sender": "Kateřina Šlechtová",
            "address": "Husova 22, 301 00 Plzeň",
            "type": 30,
        },
        "attachments": [
            (
                "txt",
                "vypis_ZR_Slechtova.txt",
                "VÝPIS Z ŽIVNOSTENSKÉHO REJSTŘÍKU\n"
                "Jméno a příjmení: Kateřina Šlechtová\n"
                f"Identifikační číslo osoby: {I25}\n"
                "Sídlo: Husova 22, 301 00 Plzeň\n"
                "Předmět podnikání: Výroba, obchod a služby neuvedené v přílohách 1 až 3 "
                "živnostenského zákona\n"
                "Obory činnosti: Činnost v oblasti audiovizuální tvorby\n"
                "Vznik oprávnění: 12. 4. 2019\n"
                "Výpis vydal: Magistrát města Plzně, živnostenský úřad, 28. 11. 2026\n",
            )
        ],
    },
    {
        "id": "ai026-odt-municipal-tv-dash-range",
        "description": "municipal TV (příspěvková organizace) sends an ODT with a table: "
        "production as a short dash range '192.0.2.150-153', dates like 1.–2. 11.",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Televize Horní Polabí, příspěvková organizace",
            I26,
            None,
            ["192.0.2.150", "192.0.2.151", "192.0.2.152", "192.0.2.153"],
            ["192.0.2.160"],
            "Ilona Marková",
            "markova@tvhornipolabi.example",
            "+420499318640",
        ),
        "from": "Ilona Marková <markova@tvhornipolabi.example>",
        "subject": "Žádost TV Horní Polabí – volby",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněnou žádost naší televize.\n\n"
            "Ilona Marková, ředitelka\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_TVHP.odt",
                [
                    "Televize Horní Polabí, příspěvková organizace",
                    "zřizovatel: Město Dvůr nad Labem",
                    f"IČO: {I26}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML pro volební studio, "
                    "které vysíláme 1.–2. 11. od 14.00.",
                    [
                        ["Prostředí", "Adresy"],
                        ["ostré (produkční)", "192.0.2.150-153"],
                        ["testovací", "192.0.2.160"],
                    ],
                    "Kontakt: Ilona Marková, ředitelka, 499 318 640, markova@tvhornipolabi.example",
                ],
            )
        ],
    },
    {
        "id": "ai027-polish-portal-test-netmask",
        "description": "Polish portal writing Polish in ISO-8859-2 from Outlook Express: test "
        "servers as an address with a /31 netmask, a KRS number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Śląski Portal Informacyjny S.A.",
            None,
            None,
            ["198.51.100.230"],
            ["198.51.100.240", "198.51.100.241"],
            "Piotr Zieliński",
            "p.zielinski@portalslask.example",
            "+48327154018",
        ),
        "from": "Piotr Zieliński <p.zielinski@portalslask.example>",
        "subject": "Dostęp do wyników wyborów XML",
        "headers": OE,
        "charset": "iso-8859-2",
        "body": (
            "Dzień dobry,\n\n"
            "w imieniu Śląski Portal Informacyjny S.A. (KRS 0000418275) proszę o dostęp do "
            "wyników wyborów w formacie XML.\n\n"
            "Serwer produkcyjny: 198.51.100.230\n"
            "Serwery testowe: 198.51.100.240 maska 255.255.255.254\n\n"
            "Kontakt: Piotr Zieliński, administrator systemów, tel. +48 32 715 40 18\n\n"
            "Pozdrawiam\nPiotr Zieliński\n"
        ),
    },
    {
        "id": "ai028-signed-agency-letter-both",
        "description": "S/MIME-signed long letter from an agency asking for both, three "
        "production addresses, a camera crew with its own phone, the box ID in the signature",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Česká reportážní agentura, a.s.",
            I28,
            "r9ck4tp",
            ["203.0.113.200", "203.0.113.201", "203.0.113.202"],
            ["203.0.113.210"],
            "Alžběta Kosová",
            "kosova@ceskareportazni.example",
            "+420222901446",
        ),
        "from": '"Mgr. Alžběta Kosová" <kosova@ceskareportazni.example>',
        "subject": "Žádost o přístup k výsledkům voleb a o povolení k natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážené dámy, vážení pánové,\n\n"
            f"Česká reportážní agentura, a.s., IČO {I28}, se sídlem Vinohradská 112, 130 00 "
            "Praha 3, dodává obrazové a textové zpravodajství více než čtyřiceti odběratelům "
            "v Česku i v zahraničí. Ve volební noci připravujeme živý přenos a průběžné "
            "grafiky, a proto Vás žádáme:\n\n"
            "1. o zřízení přístupu k serveru s výsledky voleb ve formátu XML,\n"
            "2. o povolení k natáčení na sběrných místech ČSÚ v Praze a v Brně.\n\n"
            "Produkční IP: 203.0.113.200, 203.0.113.201, 203.0.113.202\n"
            "Testovací IP: 203.0.113.210\n\n"
            "Natáčet budou kameramani Lukáš Vondra (776 210 893) a Petra Šimonová "
            "(774 305 118); s technikou přijedou nejdříve hodinu po uzavření volebních "
            "místností.\n\n"
            "Kontaktní osobou pro obě žádosti jsem já, tel. +420 222 901 446 (přímá linka).\n\n"
            "S pozdravem\n\n"
            "Mgr. Alžběta Kosová\n"
            "vedoucí domácí redakce\n"
            "Česká reportážní agentura, a.s.\n"
            "Datová schránka: r9ck4tp | www.ceskareportazni.example\n"
        ),
    },
]
