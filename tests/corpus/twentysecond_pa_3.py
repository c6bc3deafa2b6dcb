"""Twentysecond held-out part ``pa``, cases pa029–pa042: an old address the sender says is no
longer used, an IT contractor applying for a medium, an Apple Mail HTML signature with the IČO
and box, a British agency with 'staging', the office's own call forwarded back with the answers
on top, an RTF letter, a phone-typed flowed note, a contact replaced by a successor, a data
message with a PDF letter, an HTML list from Zimbra, an XLSX with merged role cells, a Ukrainian
editor writing English, an iso-8859-2 base64 mail with PROD/záloha/TST and a data message with
an RTF letter that declines the feed. Written by hand apart from the extraction rules (see
make_twentysecond_pa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysecond_pa_common import (
    APPLE,
    BOTH,
    EMCLIENT,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    SEZNAM,
    TBIRD_LINUX,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I30C, I31 = ico("2870315"), ico("0518246"), ico("0947162"), ico("0641385")
I33, I34, I35, I36 = ico("2267904"), ico("2690437"), ico("2519680"), ico("4782031")
I37, I38, I39, I40 = ico("2583749"), ico("2217586"), ico("0359812"), ico("1073458")
I41, I42 = ico("0021437"), ico("2689520")

CASES: list[dict[str, Any]] = [
    {
        "id": "pa029-old-address-dropped",
        "description": "the server changed since the last election: the old address is named "
        "as no longer used, the new production and test follow",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Hradecký obzor s.r.o.",
            I29,
            None,
            ["198.51.100.43"],
            ["198.51.100.44"],
            "Ivana Zítková",
            "zitkova@hradeckyobzor.example",
            "+420495118036",
        ),
        "from": "Ivana Zítková <zitkova@hradeckyobzor.example>",
        "subject": "Přístup k XML – Hradecký obzor (změna IP)",
        "headers": TBIRD_LINUX,
        "body": (
            "Dobrý den,\n\n"
            "i letos bychom rádi odebírali výsledky voleb ve formátu XML. Oproti loňským "
            "krajským volbám se nám ale změnil server: starou adresu 198.51.100.33 už "
            "nepoužíváme, prosím nepovolujte ji.\n\n"
            "Nová produkční adresa: 198.51.100.43\n"
            "Testovací: 198.51.100.44\n\n"
            f"Hradecký obzor s.r.o., IČO: {I29}\n"
            "Kontakt: Ivana Zítková, 495 118 036\n\n"
            "Děkuji a zdravím\n"
            "Ivana Zítková\n"
        ),
    },
    {
        "id": "pa030-contractor-for-news-site",
        "description": "an IT contractor applies on behalf of a news site and names himself as "
        "the technical contact; his own firm's IČO in his signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Kutnohorský rozhled s.r.o.",
            I30,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.95"],
            "Marek Louda",
            "louda@datahaus.example",
            "+420603881447",
        ),
        "from": "Marek Louda <louda@datahaus.example>",
        "subject": "Žádost o přístup k XML – Kutnohorský rozhled (za dodavatele)",
        "headers": OUTLOOK,
        "cc": "redakce@kutnohorskyrozhled.example",
        "body": (
            "Dobrý den,\n\n"
            "jsme IT dodavatel zpravodajského serveru Kutnohorský rozhled s.r.o. (IČO "
            f"{I30}) a na jeho žádost posílám údaje pro přístup k XML s výsledky voleb. "
            "Redakce je v kopii a potvrdí, kdybyste potřebovali.\n\n"
            "Produkce: 192.0.2.90, 192.0.2.91\n"
            "Test: 192.0.2.95\n\n"
            "Technickým kontaktem pro přístup budu já.\n\n"
            "S pozdravem\n"
            "Marek Louda\n"
            "DataHaus s.r.o. – správa serverů\n"
            f"IČO {I30C}\n"
            "mobil: 603 881 447\n"
        ),
    },
    {
        "id": "pa031-apple-html-signature-ico-box",
        "description": "HTML-only Apple Mail; the IČO written in groups and as a DIČ in the "
        "signature, the box ID only in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Portál Jizera s.r.o.",
            I31,
            "pj6q2ka",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Šimon Bureš",
            "bures@portaljizera.example",
            "+420485107330",
        ),
        "from": "Šimon Bureš <bures@portaljizera.example>",
        "subject": "XML výsledky voleb – Portál Jizera",
        "headers": APPLE,
        "html": (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>prosíme o přístup k XML s výsledky voleb. Produkce 192.0.2.140, test "
            "192.0.2.141.</div><div><br></div><div>Díky!</div><div><br></div>"
            '<div><table cellpadding="0" cellspacing="0" style="font-family: Helvetica; '
            'font-size: 12px;"><tr><td style="padding-right: 12px; border-right: 2px solid '
            '#1a7f5a;"><b>Šimon Bureš</b><br>vývoj &amp; data</td>'
            '<td style="padding-left: 12px;">Portál Jizera s.r.o.<br>'
            "Moskevská 28, 460 01 Liberec<br>"
            f"IČ: {I31[:2]} {I31[2:5]} {I31[5:]} · DIČ: CZ{I31}<br>"
            "Datová schránka: pj6q2ka<br>"
            "+420 485 107 330 · "
            '<a href="mailto:bures@portaljizera.example">bures@portaljizera.example</a>'
            "</td></tr></table></div></body></html>"
        ),
    },
    {
        "id": "pa032-british-agency-staging",
        "description": "a British agency writes 'live ingest' and 'staging'; UK company number "
        "instead of an IČO; London phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge News Agency Ltd",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Oliver Pratt",
            "oliver.pratt@northbridge-news.example",
            "+442079460832",
        ),
        "from": "Oliver Pratt <oliver.pratt@northbridge-news.example>",
        "subject": "Czech election results feed - access request",
        "headers": MAC_OUTLOOK,
        "body": (
            "Hello,\n\n"
            "Northbridge News Agency Ltd would like to request access to the XML results "
            "feed for the upcoming Czech parliamentary election. We syndicate results to "
            "around 40 UK and Irish outlets.\n\n"
            "Live ingest: 203.0.113.200 and 203.0.113.201\n"
            "Staging: 203.0.113.210\n\n"
            "We're registered in England and Wales, company no. 08812345, so we have no "
            "Czech IČO.\n\n"
            "Technical contact: Oliver Pratt (me), +44 20 7946 0832.\n\n"
            "Cheers,\n"
            "Oliver\n\n"
            "Oliver Pratt | Head of Data Desk\n"
            "Northbridge News Agency Ltd | 14 Farringdon Lane, London EC1R 3AU\n"
        ),
    },
    {
        "id": "pa033-office-call-forwarded-back",
        "description": "the applicant forwards the office's own call back with the answers "
        "written on top; the forwarded call carries the office's IČO, box, phone, an XML "
        "schema version and a port; test answered with a dash",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Kolínské listy, z. s.",
            I33,
            None,
            ["192.0.2.33"],
            [],
            "Alžběta Rybová",
            "rybova@kolinskelisty.example",
            "+420721440903",
        ),
        "from": "Alžběta Rybová <rybova@kolinskelisty.example>",
        "subject": "Fwd: Výsledky voleb pro média – výzva k podání žádostí",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n"
            "posílám zpět Vaši výzvu s našimi údaji:\n\n"
            "Název: Kolínské listy, z. s.\n"
            f"IČO: {I33}\n"
            "Produkční IP: 192.0.2.33\n"
            "Testovací IP: –\n"
            "Kontakt: Alžběta Rybová, 721 440 903, rybova@kolinskelisty.example\n\n"
            "Děkujeme, Kolínské listy\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n"
            "Komu: rybova@kolinskelisty.example\n"
            "Datum: 3. 9. 2025 10:20:14\n"
            "Předmět: Výsledky voleb pro média – výzva k podání žádostí\n\n"
            "Vážení,\n"
            "průběžné výsledky voleb budou k dispozici ve formátu XML (schéma verze 2.0.1) "
            "přes HTTPS na portu 443. Přístup zřídíme jen pro ohlášené adresy. Uveďte:\n"
            "název, IČO, produkční IP (max. 5), testovací IP (max. 5), kontaktní osobu.\n\n"
            "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "IČO 00025593 | ID DS 2gfaasy | tel. 274 052 733\n"
        ),
    },
    {
        "id": "pa034-rtf-wordpad-letter",
        "description": "the application is an RTF letter with a table; three production "
        "addresses in one cell and 'žádné' for test; phone written with 00420",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Posázavský hlas, o.p.s.",
            I34,
            None,
            ["198.51.100.60", "198.51.100.61", "198.51.100.62"],
            [],
            "Zdeněk Rous",
            "rous@posazavskyhlas.example",
            "+420317722118",
        ),
        "from": "Zdeněk Rous <rous@posazavskyhlas.example>",
        "subject": "žádost o přístup k výsledkům voleb",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\nžádost zasílám v příloze (RTF).\n\nZdeněk Rous\n"
            "Posázavský hlas, o.p.s.\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    f"Posázavský hlas, o.p.s., Zámecká 2, 257 51 Bystřice, IČ {I34}",
                    "Český statistický úřad – podatelna",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Obecně prospěšná společnost Posázavský hlas provozuje regionální "
                    "zpravodajský web a žádá o přístup k výsledkům voleb.",
                    [
                        ["Produkční adresy", "198.51.100.60, 198.51.100.61, 198.51.100.62"],
                        ["Testovací adresy", "žádné"],
                        ["Kontaktní osoba", "Zdeněk Rous"],
                        ["Telefon", "00420 317 722 118"],
                    ],
                    "V Bystřici 16. 9. 2025\nZdeněk Rous, ředitel",
                ],
            )
        ],
    },
    {
        "id": "pa035-phone-flowed-delsp",
        "description": "phone-typed note without diacritics in format=flowed with delsp; "
        "spaces before commas, phone with 00420",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Jesenicky Tyden s.r.o.",
            I35,
            None,
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Rostislav Mlcoch",
            "mlcoch@jesenickytyden.example",
            "+420604338271",
        ),
        "from": "Rostislav Mlcoch <mlcoch@jesenickytyden.example>",
        "subject": "zadost xml volby",
        "headers": K9,
        "flowed": True,
        "delsp": True,
        "cte": "8bit",
        "body": (
            "dobry den ,\n"
            "posilam zadost o pristup k xml s vysledky voleb pro nas  \n"
            "web. Produkce 203.0.113.55 , test 203.0.113.56 .\n"
            f"firma Jesenicky Tyden s.r.o. , ICO {I35}\n"
            "kontakt ja Rostislav Mlcoch , 00420 604 338 271\n"
            "omlouvam se za diakritiku , pisu z mobilu\n"
        ),
    },
    {
        "id": "pa036-contact-handed-to-successor",
        "description": "the sender was to be the contact but leaves; his successor is named "
        "instead and his own mobile is said to stop working",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Beta Olomouc s.r.o.",
            I36,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Zuzana Veselá",
            "vesela@radiobeta.example",
            "+420608212930",
        ),
        "from": "Tomáš Hrubý <hruby@radiobeta.example>",
        "subject": "Žádost o XML výsledky – Rádio Beta",
        "headers": EMCLIENT,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Beta Olomouc s.r.o., IČO {I36}, žádá o přístup k výsledkům voleb "
            "ve formátu XML.\n\n"
            "Produkční server: 198.51.100.180\n"
            "Testovací server: 198.51.100.181\n\n"
            "Kontaktní osobou jsem měl být já, ale k 30. 9. u nás končím, proto prosím "
            "jako kontakt uveďte mou nástupkyni Zuzanu Veselou, tel. 608 212 930, "
            "vesela@radiobeta.example. Můj mobil 602 318 447 od října nebude platit.\n\n"
            "Díky a hezké volby\n"
            "Tomáš Hrubý\n"
            "technik vysílání, Rádio Beta\n"
        ),
    },
    {
        "id": "pa037-databox-pdf-both",
        "description": "data message with a generic annotation; the PDF letter lists "
        "production, backup and test in running text, IČ written in groups, and asks to film",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Televize Valašsko, s.r.o.",
            I37,
            "tv5v2lp",
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.219"],
            "Oldřich Mikeska",
            "mikeska@tvvalassko.example",
            "+420571411208",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "tv5v2lp",
            "sender": "Televize Valašsko, s.r.o.",
            "address": "Smetanova 12, 755 01 Vsetín",
        },
        "attachments": [
            (
                "pdf",
                "zadost_TVV.pdf",
                [
                    "Televize Valašsko, s.r.o.",
                    f"Smetanova 12, 755 01 Vsetín · IČ: {I37[:3]} {I37[3:5]} {I37[5:]}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Vsetín 17. 9. 2025, naše č. j. TVV-44/2025",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML. Produkční "
                    "server: 192.0.2.210; záložní: 192.0.2.211; testovací: 192.0.2.219.",
                    "Zároveň žádáme o povolení natáčet na sběrném místě ve Vsetíně, štáb "
                    "dvě osoby (redaktor a kameraman).",
                    "Vyřizuje: Oldřich Mikeska, tel. 571 411 208, mikeska@tvvalassko.example",
                    "Mgr. Hana Jurečková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "pa038-zimbra-html-nested-list",
        "description": "HTML-only Zimbra mail with a nested list under 'Produkční'; the contact "
        "is a named colleague, not the sender",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Echo Podkrušnohoří s.r.o.",
            I38,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.109"],
            "Radka Tesařová",
            "tesarova@echopodkrusnohori.example",
            "+420733228614",
        ),
        "from": "Karel Fiala <fiala@echopodkrusnohori.example>",
        "subject": "Echo Podkrušnohoří – přístup k výsledkům",
        "headers": ZIMBRA,
        "html": (
            "<html><body id='htmlmode'>"
            '<div style="font-family: arial, helvetica, sans-serif; font-size: 10pt; '
            'color: #000000"><div>Dobrý den,</div><div><br></div>'
            f"<div>Echo Podkrušnohoří s.r.o. (IČO {I38}) žádá o přístup k XML s výsledky "
            "voleb. Adresy:</div>"
            "<ul><li>Produkční:<ul><li>203.0.113.101</li><li>203.0.113.102</li></ul></li>"
            "<li>Testovací: 203.0.113.109</li></ul>"
            "<div>Kontakt pro přístup: Bc. Radka Tesařová, mobil 733 228 614, "
            "tesarova@echopodkrusnohori.example</div><div><br></div>"
            "<div>S pozdravem</div><div>Karel Fiala<br>ředitel</div>"
            "</div></body></html>"
        ),
    },
    {
        "id": "pa039-xlsx-merged-roles-contact-sheet",
        "description": "a mail with an XLSX: a merged 'Produkce' cell spanning two rows and a "
        "separate contact sheet naming someone other than the sender",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Vysočina Media Group a.s.",
            I39,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Vojtěch Skála",
            "skala@vmg.example",
            "+420567300118",
        ),
        "from": "Petra Jelínková <jelinkova@vmg.example>",
        "subject": "VMG – žádost o přístup k XML (tabulka v příloze)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"za Vysočina Media Group a.s. (IČO {I39}) žádám o přístup k výsledkům voleb "
            "ve formátu XML. IP adresy a kontakt jsou v přiložené tabulce.\n\n"
            "S pozdravem\nPetra Jelínková\nasistentka představenstva\n"
        ),
        "attachments": [
            (
                "xlsx",
                "VMG_IP_volby.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Prostředí", "IP", "Poznámka"],
                            ["Produkce", "198.51.100.120", "DC Jihlava"],
                            ["", "198.51.100.121", "DC Praha"],
                            ["Test", "198.51.100.125", ""],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Telefon", "E-mail"],
                            ["Vojtěch Skála", "+420 567 300 118", "skala@vmg.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "pa040-ukrainian-editor-english",
        "description": "a Ukrainian editor of a Czech-registered association writes English; "
        "the Czech mobile first, a Ukrainian number as a second channel",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ukrajinský hlas v Česku, z. s.",
            I40,
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Olena Bondarenko",
            "bondarenko@ukrhlas.example",
            "+420775209316",
        ),
        "from": "Olena Bondarenko <bondarenko@ukrhlas.example>",
        "subject": "Request for XML access (Ukrainian-language news site)",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "I write from Ukrajinský hlas v Česku, z. s. (IČO "
            f"{I40}), we run a news site in Ukrainian language for Ukrainians living in "
            "Czech Republic. For the elections we want to show results live, so please give "
            "us access to the XML.\n\n"
            "IP 192.0.2.240 (production) and 192.0.2.241 (for testing).\n\n"
            "Contact: Olena Bondarenko, +420 775 209 316, or also +380 67 214 5508 "
            "(Viber/WhatsApp).\n\n"
            "Thank you! / Дякую!\n"
            "Olena Bondarenko\n"
            "editor-in-chief\n"
        ),
    },
    {
        "id": "pa041-latin2-base64-abbreviations",
        "description": "iso-8859-2, base64 plain mail with PROD / záloha / TST abbreviations "
        "and a cooperative as applicant",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Podřipský kurýr, družstvo",
            I41,
            None,
            ["198.51.100.230", "198.51.100.231"],
            ["198.51.100.239"],
            "Jaroslav Kašpar",
            "kaspar@podripskykuryr.example",
            "+420416533092",
        ),
        "from": "Jaroslav Kašpar <kaspar@podripskykuryr.example>",
        "subject": "Žádost o přístup k XML",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "Podřipský kurýr, družstvo, IČO "
            f"{I41}, žádá o přístup k XML s výsledky voleb. Adresy píšu tak, jak je značí naše IT:\n\n"
            "PROD:   198.51.100.230\n"
            "záloha: 198.51.100.231\n"
            "TST:    198.51.100.239\n\n"
            "Kontakt: Jaroslav Kašpar, 416 533 092\n\n"
            "Zdraví\n"
            "Jaroslav Kašpar\n"
            "Podřipský kurýr, Roudnice n. L.\n"
        ),
    },
    {
        "id": "pa042-databox-rtf-film-declines-feed",
        "description": "data message with an RTF letter asking to film, declining the XML "
        "access, a crew table naming three people",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "TV Morava Jih a.s.",
            I42,
            "tj4m9rp",
            [],
            [],
            "Adéla Horká",
            "horka@tvmoravajih.example",
            "+420543210977",
        ),
        "subject": "Žádost o povolení natáčení – sběrné místo Brno",
        "databox": {
            "box": "tj4m9rp",
            "sender": "TV Morava Jih a.s.",
            "address": "Vídeňská 101, 619 00 Brno",
        },
        "attachments": [
            (
                "rtf",
                "natáčení_Brno.rtf",
                [
                    f"TV Morava Jih a.s., Vídeňská 101, 619 00 Brno, IČO {I42}",
                    "Věc: Žádost o povolení natáčení",
                    "Žádáme o povolení natáčet na sběrném místě ČSÚ v Brně ve volební noc "
                    "od 21:00. Přístup k XML s výsledky nepožadujeme – výsledky odebíráme "
                    "přes agenturní servis.",
                    [
                        ["Jméno", "Funkce"],
                        ["Adéla Horká", "produkce"],
                        ["Tomáš Vlk", "kamera"],
                        ["Jan Čermák", "zvuk"],
                    ],
                    "Kontaktní osoba: Adéla Horká, produkce, tel. 543 210 977, "
                    "horka@tvmoravajih.example",
                    "Ing. Stanislav Dvořák, ředitel zpravodajství",
                ],
            )
        ],
    },
]
