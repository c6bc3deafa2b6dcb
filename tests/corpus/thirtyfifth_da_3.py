"""Thirty-fifth held-out part ``da``, cases da029–da042: an Austrian station writing German, a
Hungarian broadcaster in English, a reply correcting the applicant's own quoted original, an
editor forwarding the office's press release, an Outlook table with a spanning header, a flowed
sentence with 'respektive', a university's data message with an XLSX, a film crew's signature,
a Dutch outlet on IPv6, a Slovak phone note, a PDF with version numbers and an OID, a checkbox
form in HTML, an RTF data message printing the office's identifiers and a withdrawn filming
request. Written by hand apart from the extraction rules (see make_thirtyfifth_da); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfifth_da_common import (
    APPLE,
    CLAWS,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I31, I32, I33, I34 = ico("2719385"), ico("4608217"), ico("2857146"), ico("0562931")
I35, I36, I38, I39 = ico("6138902"), ico("2431765"), ico("3659014"), ico("2592837")
I40, I41, I42 = ico("0741258"), ico("2680193"), ico("4725036")

CASES: list[dict[str, Any]] = [
    {
        "id": "da029-austrian-station-german",
        "description": "Austrian regional station writing German (Produktiv/Testsystem); no "
        "IČO, phone +43, a Firmenbuch number as noise",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Medien GmbH",
            None,
            None,
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.229"],
            "Thomas Aigner",
            "t.aigner@donauwelle.example",
            "+43732908415",
        ),
        "from": "Thomas Aigner <t.aigner@donauwelle.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML)",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Donauwelle Medien GmbH (Linz) berichtet auch heuer über die Wahlen in "
            "Tschechien und beantragt hiermit den Zugang zu den Ergebnissen im XML-Format.\n\n"
            "Produktivsysteme: 198.51.100.220, 198.51.100.221\n"
            "Testsystem: 198.51.100.229\n\n"
            "Ansprechpartner ist der Unterzeichnende, Tel. +43 732 908 415.\n\n"
            "Mit freundlichen Grüßen\n"
            "Thomas Aigner\nTechnik / IT\n"
            "Donauwelle Medien GmbH, Hafenstraße 17, 4020 Linz, FN 412877 m\n"
        ),
    },
    {
        "id": "da030-hungarian-english-both-abbrev",
        "description": "Hungarian broadcaster in English asks for the feed and filming; "
        "abbreviations 'prod.' and 'tst', phone +36, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dunamente Televízió Zrt.",
            None,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Gábor Fekete",
            "fekete.gabor@dunamente.example",
            "+36305518274",
        ),
        "from": "Fekete Gábor <fekete.gabor@dunamente.example>",
        "subject": "Czech elections - data access + filming permit",
        "headers": ZIMBRA,
        "body": (
            "Dear Madam/Sir,\n\n"
            "Dunamente Televízió Zrt. (Budapest) kindly requests two things for the "
            "Czech elections:\n"
            "1) access to the results in XML - prod. 192.0.2.180, tst 192.0.2.181\n"
            "2) a permit for our crew (2 persons) to film at the collection point in "
            "Brno on election night.\n\n"
            "Contact: Gábor Fekete, +36 30 551 8274\n\n"
            "Best regards,\nGábor Fekete\nforeign desk editor\n"
        ),
    },
    {
        "id": "da031-reply-corrects-own-quoted-original",
        "description": "reply to the office's confirmation correcting the test address given "
        "in the applicant's own quoted original; contact and production from the original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník s.r.o.",
            I31,
            None,
            ["198.51.100.75"],
            ["198.51.100.77"],
            "Roman Šebek",
            "sebek@mbdenik.example",
            "+420326590173",
        ),
        "from": "Roman Šebek <sebek@mbdenik.example>",
        "subject": "Re: Potvrzení přijetí žádosti",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "děkuji za potvrzení. V mé původní žádosti (citována níže) jsem uvedl "
            "testovací adresu špatně - správně je 198.51.100.77, nikoli 198.51.100.76. "
            "Vše ostatní platí.\n\n"
            "Roman Šebek\n\n"
            "> Dne 12. 9. 2025 v 8:15, podatelna@czso.cz napsal:\n"
            ">\n"
            "> Potvrzujeme přijetí Vaší žádosti, evidujeme ji pod č. j. CSU-031877/2025.\n"
            "> Podatelna ČSÚ, tel. 274 052 733\n"
            ">\n"
            ">> Dne 11. 9. 2025 v 16:40, Roman Šebek <sebek@mbdenik.example> napsal:\n"
            ">>\n"
            ">> Mladoboleslavský deník s.r.o., IČO " + I31 + ", žádá o přístup\n"
            ">> k výsledkům voleb v XML.\n"
            ">> Produkce: 198.51.100.75\n"
            ">> Test: 198.51.100.76\n"
            ">> Kontakt: Roman Šebek, tel. 326 590 173\n"
        ),
    },
    {
        "id": "da032-forward-press-release-with-own-data-above",
        "description": "an editor forwards the office's press release back to it with his "
        "outlet's data above; the release quotes the office's IČO, box and phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jesenický týdeník, s.r.o.",
            I32,
            None,
            ["203.0.113.160"],
            [],
            "Miroslav Šindelář",
            "sindelar@jesenickytydenik.example",
            "+420584401297",
        ),
        "from": "Miroslav Šindelář <sindelar@jesenickytydenik.example>",
        "subject": "Fwd: TZ ČSÚ - výsledky voleb v XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "na základě přeposlané tiskové zprávy žádáme o přístup.\n"
            f"Jesenický týdeník, s.r.o., IČO {I32}\n"
            "IP: 203.0.113.160 (produkční; test nebudeme potřebovat)\n"
            "Kontakt: Miroslav Šindelář, 584 401 297\n\n"
            "M. Šindelář\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: TZ ČSÚ - výsledky voleb v XML\n"
            "Datum: Mon, 8 Sep 2025 09:30:00 +0200\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n\n"
            "Praha 8. září 2025 - Český statistický úřad (IČO 00025593) zpřístupní "
            "registrovaným médiím průběžné výsledky voleb ve formátu XML. Žádosti "
            "s uvedením IP adres (max. 5 produkčních a 5 testovacích) zasílejte na "
            "podatelna@czso.cz nebo do datové schránky 2gfaasy do 19. 9. 2025.\n"
            "Kontakt pro novináře: 274 052 733\n"
        ),
    },
    {
        "id": "da033-outlook-html-spanning-header",
        "description": "HTML-only Outlook mail: a header cell spans two columns, the second "
        "row says produkční/testovací, one row has only a production address",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Hradecký deník a.s.",
            I33,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.119"],
            "Veronika Malá",
            "mala@hkdenik.example",
            "+420495218760",
        ),
        "from": "Malá Veronika <mala@hkdenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            f'<p class="MsoNormal">Hradecký deník a.s., IČO {I33}, žádá o přístup '
            "k výsledkům voleb ve formátu XML.</p>"
            '<table class="MsoNormalTable" border="1" cellpadding="0">'
            '<tr><td colspan="2"><p class="MsoNormal"><b>IP adresy</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">produkční</p></td>'
            '<td><p class="MsoNormal">testovací</p></td></tr>'
            '<tr><td><p class="MsoNormal">192.0.2.110</p></td>'
            '<td><p class="MsoNormal">192.0.2.119</p></td></tr>'
            '<tr><td><p class="MsoNormal">192.0.2.111</p></td>'
            '<td><p class="MsoNormal">&nbsp;</p></td></tr></table>'
            '<p class="MsoNormal">Kontaktní osoba: Veronika Malá, 495 218 760</p>'
            '<p class="MsoNormal">S pozdravem</p><p class="MsoNormal">Veronika Malá<br>'
            "produkce online, Hradecký deník a.s.<br>ústředna 495 218 700</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "da034-apple-flowed-delsp-respektive",
        "description": "Apple Mail format=flowed with delsp; the roles come from 'respektive', "
        "the sentence wrapped between the two addresses",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rádio Krumlov, s.r.o.",
            I34,
            None,
            ["192.0.2.55"],
            ["192.0.2.56"],
            "Šárka Tichá",
            "ticha@radiokrumlov.example",
            "+420380118264",
        ),
        "from": "Šárka Tichá <ticha@radiokrumlov.example>",
        "subject": "Prosba o přístup k XML",
        "headers": APPLE,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            "jsme malé rádio z jihu Čech (Rádio Krumlov, s.r.o., IČO " + I34 + ")  \n"
            "a letos poprvé bychom chtěli výsledky voleb brát přímo od Vás.  \n"
            "Prosíme o povolení adres 192.0.2.55 a 192.0.2.56 pro  \n"
            "produkční, respektive testo \n"
            "vací prostředí.\n\n"
            "Kdybyste cokoli potřebovali, jsem na čísle 380 118 264.\n\n"
            "Děkuji a přeji pěkný den,\n"
            "Šárka Tichá\n"
        ),
    },
    {
        "id": "da035-databox-university-xlsx-ne-column",
        "description": "data message from a university with an XLSX: addresses by role and "
        "a request sheet whose filming row says 'ne'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ostravská technická univerzita",
            I35,
            "f8ukw3d",
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Pavla Doubravová",
            "pavla.doubravova@otu.example",
            "+420597324418",
        ),
        "subject": "Žádost katedry žurnalistiky o přístup k výsledkům voleb",
        "databox": {
            "box": "f8ukw3d",
            "sender": "Ostravská technická univerzita",
            "address": "17. listopadu 2172/15, 708 00 Ostrava",
            "type": 10,
        },
        "attachments": [
            (
                "xlsx",
                "volby_katedra.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Ostravská technická univerzita"],
                            ["IČO", I35],
                            ["Pracoviště", "Katedra žurnalistiky, Fakulta humanitní"],
                            ["Přístup k XML", "ano"],
                            ["Natáčení na sběrném místě", "ne"],
                            ["Kontaktní osoba", "Mgr. Pavla Doubravová, Ph.D."],
                            ["Telefon", "597 324 418"],
                            ["E-mail", "pavla.doubravova@otu.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "Adresa", "Pozn."],
                            ["produkční", "203.0.113.240", "studentský web"],
                            ["produkční", "203.0.113.241", "záložní stroj"],
                            ["testovací", "203.0.113.250", "laboratoř A-417"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "da036-film-crew-signature-production-manager",
        "description": "documentary company asks only to film; crew list and a signature with "
        "several people; the production manager is named as contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FILM],
            "Kinoklub Sever, s.r.o.",
            I36,
            None,
            [],
            [],
            "Tereza Nováčková",
            "novackova@kinoklubsever.example",
            "+420603741285",
        ),
        "from": "Jakub Horák <horak@kinoklubsever.example>",
        "subject": "Povolení natáčení – volební noc",
        "headers": CLAWS,
        "body": (
            "Dobrý den,\n\n"
            "naše produkční společnost Kinoklub Sever, s.r.o. (IČO " + I36 + ") natáčí "
            "dokumentární cyklus o veřejné správě. Prosíme o povolení natáčet na "
            "sběrném místě ČSÚ v Ústí nad Labem ve volební noci.\n\n"
            "Štáb: Jakub Horák (režie), Ondřej Veselý (kamera, 721 338 905), "
            "Lucie Kadlecová (zvuk).\n"
            "Kontaktní osobou je naše vedoucí produkce Tereza Nováčková.\n\n"
            "Děkujeme.\n\n"
            "--\n"
            "Jakub Horák, režisér | 608 552 017 | horak@kinoklubsever.example\n"
            "Tereza Nováčková, vedoucí produkce | 603 741 285 | "
            "novackova@kinoklubsever.example\n"
            "Kinoklub Sever, s.r.o. | Mírové nám. 9, 400 01 Ústí nad Labem\n"
        ),
    },
    {
        "id": "da037-dutch-outlet-ipv6-production",
        "description": "Dutch news site in English with IPv6 production addresses and an IPv4 "
        "test; no IČO, phone +31",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Polderpost B.V.",
            None,
            None,
            ["2001:db8:a0::15", "2001:db8:a0::16"],
            ["198.51.100.99"],
            "Sanne de Vries",
            "sanne.devries@polderpost.example",
            "+31207584412",
        ),
        "from": "Sanne de Vries <sanne.devries@polderpost.example>",
        "subject": "XML feed request (Polderpost)",
        "headers": GMAIL,
        "body": (
            "Hi there,\n\n"
            "Polderpost B.V. (Amsterdam, KvK 81274419) would like access to your "
            "election results XML.\n\n"
            "Production (IPv6): 2001:db8:a0::15 and 2001:db8:a0::16\n"
            "Test: 198.51.100.99\n\n"
            "I am the contact - Sanne de Vries, +31 20 758 4412.\n\n"
            "Cheers,\nSanne\n"
        ),
    },
    {
        "id": "da038-iphone-slovak-no-diacritics",
        "description": "Slovak phone note without diacritics, 'ostra' and 'testovacia' on one "
        "line, IČO with a slash typo fixed in the same note",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Kysucky hlas s.r.o.",
            I38,
            None,
            ["203.0.113.18"],
            ["203.0.113.19"],
            "Peter Hlinka",
            "hlinka@kysuckyhlas.example",
            "+421911308542",
        ),
        "from": "Peter Hlinka <hlinka@kysuckyhlas.example>",
        "subject": "pristup xml volby CR",
        "headers": IPHONE,
        "body": (
            "Dobry den, Kysucky hlas s.r.o. ziada o pristup k vysledkom volieb v XML. "
            "ostra IP 203.0.113.18 / testovacia 203.0.113.19. "
            f"ICO {I38[:4]}{I38[5]}{I38[4]}{I38[6:]} - pardon, preklep, spravne {I38}. "
            "Kontakt ja, 0911 308 542\n"
            "Peter Hlinka\n\n"
            "Odoslané z iPhonu\n"
        ),
    },
    {
        "id": "da039-pdf-tech-sheet-versions-oid",
        "description": "mail with a PDF technical sheet full of version numbers, an OID and "
        "dates beside the addresses; table cells wrap",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Digitální Morava a.s.",
            I39,
            None,
            ["198.51.100.44", "198.51.100.45"],
            ["198.51.100.46"],
            "Stanislav Kořínek",
            "korinek@digimorava.example",
            "+420548127703",
        ),
        "from": "Stanislav Kořínek <korinek@digimorava.example>",
        "subject": "Žádost o přístup k XML - technický list",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Digitální Morava a.s. (IČO " + I39 + ") žádá o přístup k výsledkům voleb. "
            "Technické údaje najdete v přiloženém PDF. Kontakt: Stanislav Kořínek, "
            "548 127 703.\n\n"
            "S pozdravem\nS. Kořínek\n"
        ),
        "attachments": [
            (
                "pdf",
                "technicky_list.pdf",
                [
                    "Technický list – připojení k výsledkům voleb (verze dokumentu 1.4, "
                    "15. 9. 2025)",
                    {
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Klient", "Harvester 3.10.2.1 (Java 21.0.4)"],
                            ["Proxy", "nginx 1.24.0"],
                            ["Produkční IP adresy", "198.51.100.44, 198.51.100.45"],
                            ["Testovací IP adresa", "198.51.100.46"],
                            ["Certifikát – OID politiky", "1.3.6.1.4.1.53109.2.1"],
                            ["Spuštění testu", "22.9.2025"],
                        ],
                        "widths": [120, 110],
                    },
                    "Zpracoval: Stanislav Kořínek, IT, 548 127 703",
                ],
            )
        ],
    },
    {
        "id": "da040-roundcube-html-checkbox-both",
        "description": "HTML-only webmail form with ticked box characters for both requests, "
        "labels 'Produkční IP' and 'Testovací IP' in a two-column table",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "TV Západ s.r.o.",
            I40,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Kamila Vondrová",
            "vondrova@tvzapad.example",
            "+420377442918",
        ),
        "from": "Kamila Vondrová <vondrova@tvzapad.example>",
        "subject": "Formulář - žádost k volbám",
        "headers": ROUNDCUBE,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">'
            "<p>Dobrý den,</p><p>vyplněný formulář posíláme přímo v mailu:</p>"
            "<p>☑ přístup k výsledkům voleb (XML)<br>☑ natáčení na sběrném místě (Plzeň)"
            "</p>"
            '<table border="1" cellspacing="0">'
            "<tr><td>Žadatel</td><td>TV Západ s.r.o.</td></tr>"
            f"<tr><td>IČO</td><td>{I40}</td></tr>"
            "<tr><td>Produkční IP</td><td>203.0.113.120</td></tr>"
            "<tr><td>Testovací IP</td><td>203.0.113.121</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Kamila Vondrová</td></tr>"
            "<tr><td>Telefon</td><td>+420 377 442 918</td></tr>"
            "</table><p>Děkujeme,<br>Kamila Vondrová<br>TV Západ</p></body></html>"
        ),
    },
    {
        "id": "da041-databox-rtf-office-ids-in-letter",
        "description": "data message with an RTF letter answering the office's call; the "
        "letter prints the office's IČO and box, the applicant's box only on the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Orlice, spol. s r.o.",
            I41,
            "h5sjc2n",
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Tomáš Lorenc",
            "lorenc@radioorlice.example",
            "+420494320671",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb 2025",
        "databox": {
            "box": "h5sjc2n",
            "sender": "Rádio Orlice, spol. s r.o.",
            "address": "Komenského 44, 516 01 Rychnov nad Kněžnou",
        },
        "attachments": [
            (
                "rtf",
                "zadost_ORLICE.rtf",
                [
                    "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10, "
                    "IČO 00025593, ID DS 2gfaasy",
                    "Odesílatel: Rádio Orlice, spol. s r.o., Komenského 44, 516 01 Rychnov "
                    f"nad Kněžnou, IČ {I41}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Na základě Vaší výzvy ze dne 8. 9. 2025 žádáme o přístup z těchto adres:",
                    "produkční: 192.0.2.150",
                    "testovací: 192.0.2.151",
                    "Kontaktní osoba: Tomáš Lorenc, technik, 494 320 671, "
                    "lorenc@radioorlice.example",
                    "V Rychnově nad Kněžnou 17. 9. 2025, Bc. Eva Lorencová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "da042-filming-withdrawn-in-ps",
        "description": "asks for both at first, then withdraws the filming request in a P.S.",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Týdeník Slovácko s.r.o.",
            I42,
            None,
            ["198.51.100.210"],
            ["198.51.100.211"],
            "Radka Mikulcová",
            "mikulcova@tydenikslovacko.example",
            "+420572505398",
        ),
        "from": "Radka Mikulcová <mikulcova@tydenikslovacko.example>",
        "subject": "Volby - XML a natáčení",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "Týdeník Slovácko s.r.o., IČO " + I42 + ", žádá:\n"
            "1. o přístup k výsledkům voleb ve formátu XML (produkční IP 198.51.100.210, "
            "testovací 198.51.100.211),\n"
            "2. o povolení natáčet na sběrném místě v Uherském Hradišti.\n\n"
            "Kontakt: Radka Mikulcová, 572 505 398.\n\n"
            "S pozdravem\nRadka Mikulcová\n\n"
            "P.S. Bod 2 prosím škrtněte – kolega, který měl točit, ten den nemůže, takže "
            "o natáčení nežádáme. Platí jen bod 1.\n"
        ),
    },
]
