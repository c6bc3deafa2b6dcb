"""Fifty-sixth held-out part ``ct``, cases ct001–ct014: a data message whose annotation is only
a file reference and whose DOCX holds the application, a PDF form with the stamp line by the
IČO, a workbook with a free-worded "účel" column, an ODT table with a merged test cell, an
English DOCX from a Czech subsidiary, a data message from a trader with a quoted trade name, an
RTF with a law firm's IČO in its footer, a forwarded .eml with a new contact, an annotation
carrying the addresses, an HTML ANO/NE form, a correcting cover note, a signed faculty letter,
an application split between annotation and PDF and a reply with quoted history.
Written by hand apart from the extraction rules (see make_fiftysixth_ct); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysixth_ct_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2741586"), ico("0538127"), ico("2960413"), ico("0817264"), ico("2419507")
I6, I7, I7L, I8, I9 = ico("8620417"), ico("0472691"), ico("6689201"), ico("2516038"), ico("0391745")
I10, I11, I12, I13, I14 = (
    ico("2843150"),
    ico("0627583"),
    ico("0021633"),
    ico("2578416"),
    ico("0763892"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ct001-databox-cj-annotation-docx-application",
        "description": "data message whose annotation is only 'Naše č.j. 41/2022'; the DOCX "
        "(publisher in its page header) holds the whole application, both requests and a "
        "contact who is not the signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vysočina Press, a.s.",
            I1,
            "k7vrq2e",
            ["198.51.100.40", "198.51.100.41"],
            ["198.51.100.47"],
            "Hana Bartošová",
            "bartosova@vysocinapress.example",
            "+420736215048",
        ),
        "databox": box(
            "k7vrq2e",
            "Vysočina Press, a.s.",
            "Havlíčkova 1203/15, 586 01 Jihlava",
            ref="41/2022",
        ),
        "subject": "Naše č.j. 41/2022",
        "attachments": [
            (
                "docx",
                "41_2022_CSU_volby.docx",
                {
                    "header": "Vysočina Press, a.s. · Havlíčkova 1203/15 · 586 01 Jihlava · "
                    "IČO " + I1,
                    "footer": "Zapsáno v OR u KS v Brně, oddíl B, vložka 3318 | strana 1/1",
                    "blocks": [
                        "Naše č.j.: 41/2022\nVyřizuje: H. Bartošová\nJihlava 3. 10. 2025",
                        "Český statistický úřad\nodbor zpracování výsledků voleb",
                        "Žádost o přístup k výsledkům voleb a o povolení pořizovat "
                        "obrazové záznamy",
                        "Společnost Vysočina Press, a.s., vydavatel Jihlavského deníku a "
                        "portálu vysocinapress.example, žádá o zřízení přístupu na server "
                        "s průběžnými výsledky voleb ve formátu XML a zároveň o povolení "
                        "fotografovat na pracovišti ČSÚ v Jihlavě v noci ze soboty na neděli.",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["ostrý server 1", "198.51.100.40"],
                                ["ostrý server 2", "198.51.100.41"],
                                ["testovací stroj", "198.51.100.47"],
                            ]
                        },
                        "Kontaktní osobou pro technické i organizační záležitosti je "
                        "Hana Bartošová, vedoucí digitální redakce, "
                        "bartosova@vysocinapress.example, tel. 736 215 048.",
                        "Ing. Pavel Křenek\npředseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "ct002-pdf-form-stamp-by-ico",
        "description": "two-line cover; the PDF form has [x]/[ ] requests (filming empty) and "
        "the 'razítko a podpis' line right under the IČO; three production addresses",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Krkonošský týdeník s.r.o.",
            I2,
            None,
            ["203.0.113.15", "203.0.113.16", "203.0.113.17"],
            ["203.0.113.99"],
            "Ondřej Vlasák",
            "o.vlasak@krkonossky-tydenik.example",
            "+420603881247",
        ),
        "from": "Ondřej Vlasák <o.vlasak@krkonossky-tydenik.example>",
        "subject": "Formulář - přístup k výsledkům",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nposílám vyplněný formulář.\n\nVlasák\n",
        "attachments": [
            (
                "pdf",
                "formular_KT_podepsany.pdf",
                [
                    "ŽÁDOST MÉDIA O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                    "Předmět žádosti:",
                    "[x] přístup k dedikovanému serveru s výsledky (XML)\n"
                    "[ ] povolení k natáčení / fotografování na pracovištích ČSÚ",
                    {
                        "rows": [
                            ["Název žadatele", "Krkonošský týdeník s.r.o."],
                            ["Sídlo", "Horská 57, 543 01 Vrchlabí"],
                            ["IČO", I2 + "\n\nrazítko a podpis: ......................"],
                            [
                                "Produkční IP adresy (max. 5)",
                                "203.0.113.15, 203.0.113.16, 203.0.113.17",
                            ],
                            ["Testovací IP adresy (max. 5)", "203.0.113.99"],
                            ["Kontaktní osoba", "Ondřej Vlasák"],
                            ["E-mail", "o.vlasak@krkonossky-tydenik.example"],
                            ["Telefon", "+420 603 881 247"],
                        ],
                        "widths": [170, 300],
                    },
                    "Ve Vrchlabí 29. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "ct003-empty-mail-xlsx-ucel-column",
        "description": "no text; an XLSX with one row per address and a free-worded 'účel' "
        "column (ostrý provoz, záloha ostrého provozu, zkušební) instead of roles",
        "style": Style.EMPTY,
        "labels": L(
            [FEED],
            "Radio Podluží, s.r.o.",
            I3,
            None,
            ["192.0.2.61", "192.0.2.62", "192.0.2.63"],
            ["192.0.2.200", "192.0.2.201"],
            "Marek Šimčík",
            "simcik@radiopoduzi.example",
            "+420775302916",
        ),
        "from": "Marek Šimčík <simcik@radiopoduzi.example>",
        "subject": "volby 2025 - IP adresy Radio Podluží",
        "headers": GMAIL,
        "cte": "base64",
        "body": "",
        "attachments": [
            (
                "xlsx",
                "adresy_radiopoduzi.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Radio Podluží, s.r.o.", ""],
                            ["IČO", I3, ""],
                            ["Co žádáme", "přístup k XML výsledkům voleb (bez natáčení)", ""],
                            ["Kontakt", "Marek Šimčík", "simcik@radiopoduzi.example"],
                            ["Mobil", "775 302 916", ""],
                            ["", "", ""],
                            ["IP adresa", "účel", "pozn."],
                            ["192.0.2.61", "ostrý provoz", "hlavní server, Hodonín"],
                            ["192.0.2.62", "ostrý provoz", ""],
                            ["192.0.2.63", "záloha pro ostrý provoz", "serverovna Břeclav"],
                            ["192.0.2.200", "zkušební", "notebook technika"],
                            ["192.0.2.201", "zkušební", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ct004-odt-merged-test-cell-two-rows",
        "description": "format=flowed cover; the ODT table has the two test addresses in one "
        "merged cell spanning two rows (the covered cell below reads empty)",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Mostecký zpravodaj, z.s.",
            I4,
            None,
            ["198.18.4.20", "198.18.4.21"],
            ["198.18.4.120", "198.18.4.121"],
            "Jitka Procházková",
            "prochazkova@mosteckyzpravodaj.example",
            "+420608447120",
        ),
        "from": "Jitka Procházková <prochazkova@mosteckyzpravodaj.example>",
        "subject": "Žádost o přístup - Mostecký zpravodaj",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nv příloze zasíláme žádost našeho spolku o přístup k serveru s "
        "výsledky voleb. Tabulku adres jsme vyplnili podle loňského vzoru.\n\n"
        "Děkuji a zdravím\nJitka Procházková\nMostecký zpravodaj, z.s.\n608 447 120\n",
        "attachments": [
            (
                "odt",
                "zadost_MZ_2025.odt",
                [
                    "Mostecký zpravodaj, z.s., Moskevská 14, 434 01 Most, IČO " + I4,
                    "Žádáme o přístup k dedikovanému serveru s výsledky voleb (XML).",
                    [
                        ["Účel", "IP adresa", "Umístění"],
                        ["produkce", "198.18.4.20", "webhosting"],
                        ["produkce", "198.18.4.21", "webhosting – druhý uzel"],
                        ["test", "198.18.4.120, 198.18.4.121", "redakce, kancelářská síť"],
                        ["test", "", "redakce, VPN"],
                    ],
                    "Kontakt: Jitka Procházková, prochazkova@mosteckyzpravodaj.example, "
                    "tel. 608 447 120",
                ],
            )
        ],
    },
    {
        "id": "ct005-docx-english-czech-subsidiary",
        "description": "an English DOCX from the Czech subsidiary of a foreign group: both the "
        "group and the s.r.o. are named; IPv6 and IPv4 production, testing from production",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordhaven Media Czech s.r.o.",
            I5,
            None,
            ["2001:db8:5c::10", "203.0.113.77"],
            [],
            "Tomáš Richter",
            "tomas.richter@nordhaven.example",
            "+420731650284",
        ),
        "from": '"Richter, Tomas" <tomas.richter@nordhaven.example>',
        "subject": "Election results feed – application (Nordhaven Media Czech)",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nplease find our application attached (in English, as our "
        "group legal team requires). I am happy to answer in Czech.\n\n"
        "Best regards / S pozdravem\nTomáš Richter\n",
        "attachments": [
            (
                "docx",
                "CZ_election_feed_application.docx",
                {
                    "header": "NORDHAVEN MEDIA GROUP AB – a member company",
                    "footer": "Nordhaven Media Czech s.r.o., Karolinská 650/1, 186 00 Praha 8, "
                    "Company ID (IČO) " + I5,
                    "blocks": [
                        "To: Czech Statistical Office (ČSÚ), Election Results Department",
                        "Application for access to the election results XML service",
                        "Nordhaven Media Czech s.r.o., the Czech subsidiary of Nordhaven Media "
                        "Group AB (Stockholm), operates the news site zpravy.nordhaven.example. "
                        "We hereby apply for access to the dedicated server publishing the "
                        "election results. We do not request a permit for filming.",
                        {
                            "rows": [
                                ["Production servers", "2001:db8:5c::10\n203.0.113.77"],
                                ["Test servers", "none – we will test from production"],
                                ["Contact", "Tomáš Richter, Head of Data Desk"],
                                ["E-mail", "tomas.richter@nordhaven.example"],
                                ["Phone", "+420 731 650 284"],
                            ]
                        },
                        "Signed for and on behalf of Nordhaven Media Czech s.r.o.\n"
                        "Lena Bergqvist, Managing Director",
                    ],
                },
            )
        ],
    },
    {
        "id": "ct006-databox-trader-quoted-trade-name",
        "description": "data message from a natural person in business (box type 40); the PDF "
        "names the trade name in quotes, person and trade name joined by a dash; filming only",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Vojtěch Palouš – Foto Palouš",
            I6,
            "p2m8xwd",
            [],
            [],
            "Vojtěch Palouš",
            "vojta@fotopalous.example",
            "+420724519360",
        ),
        "databox": box("p2m8xwd", "Vojtěch Palouš", "Lipová 233, 538 03 Heřmanův Městec", kind=40),
        "subject": "Žádost o povolení fotografovat – volby",
        "attachments": [
            (
                "pdf",
                "zadost_fotograf.pdf",
                [
                    "Žadatel: Vojtěch Palouš, podnikající fyzická osoba pod obchodní firmou "
                    "„Vojtěch Palouš – Foto Palouš“, IČO " + I6,
                    "Místo podnikání: Lipová 233, 538 03 Heřmanův Městec",
                    "Věc: žádost o povolení fotografovat na pracovišti ČSÚ",
                    "Jako fotograf spolupracující s regionálními periodiky žádám o povolení "
                    "pořizovat fotografie na pracovišti ČSÚ v Pardubicích během zpracování "
                    "výsledků voleb. O přístup k datovému rozhraní nežádám.",
                    "Kontakt: vojta@fotopalous.example, mobil 724 519 360",
                    "Vojtěch Palouš",
                ],
            )
        ],
    },
    {
        "id": "ct007-rtf-footer-law-firm-ico",
        "description": "windows-1250 8bit cover; the RTF letter's last line is the footer of the "
        "law firm that drafted it with the firm's own IČO; both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Televize Haná, a.s.",
            I7,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160"],
            "Radim Kovář",
            "kovar@televizehana.example",
            "+420585204117",
        ),
        "from": "Radim Kovář <kovar@televizehana.example>",
        "subject": "Žádost Televize Haná - volby",
        "headers": OWA,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\nv příloze posíláme žádost Televize Haná. Dopis připravila naše "
        "právní kancelář, technické dotazy ale prosím směřujte na mě.\n\nRadim Kovář\n"
        "technický ředitel\nTelevize Haná, a.s.\n585 204 117\n",
        "attachments": [
            (
                "rtf",
                "Zadost_TVHana_CSU.rtf",
                [
                    "Televize Haná, a.s.\nHorní náměstí 19, 779 00 Olomouc\nIČO: " + I7,
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Olomouci dne 6. října 2025",
                    "Věc: Žádost o zpřístupnění výsledků voleb a povolení natáčení",
                    "Televize Haná, a.s. tímto žádá o (1) zpřístupnění průběžných výsledků "
                    "voleb na dedikovaném serveru ve formátu XML a (2) povolení natáčet "
                    "reportáž na pracovišti ČSÚ v Olomouci.",
                    [
                        ["Produkční adresy", "198.51.100.150, 198.51.100.151"],
                        ["Testovací adresa", "198.51.100.160"],
                        [
                            "Kontaktní osoba",
                            "Radim Kovář, kovar@televizehana.example, tel. 585 204 117",
                        ],
                    ],
                    "Mgr. Eva Hudcová\npředsedkyně představenstva",
                    "Vypracovala: Advokátní kancelář Slaný & Pešek s.r.o., IČO "
                    + I7L
                    + ", Riegrova 4, Olomouc | dokument č. AK-2025/1187",
                ],
            )
        ],
    },
    {
        "id": "ct008-forward-eml-new-contact",
        "description": "cover forwards the colleague's original mail as an attached .eml and "
        "says she takes over as contact; the inner mail holds addresses and the old contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jihočeské listy s.r.o.",
            I8,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Kristýna Holubová",
            "holubova@jihoceskelisty.example",
            "+420739418052",
        ),
        "from": "Kristýna Holubová <holubova@jihoceskelisty.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\npřeposílám žádost kolegy Dušana Fialy, která vám zřejmě "
        "nedorazila (je v příloze). Kolega od listopadu u nás nepracuje, kontaktní osobou "
        "budu tedy já: Kristýna Holubová, tel. 739 418 052, "
        "holubova@jihoceskelisty.example.\n\nDěkuji\nK. Holubová\n",
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "ct008-inner",
                    "from": "Dušan Fiala <fiala@jihoceskelisty.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "headers": OUTLOOK,
                    "body": "Dobrý den,\n\nza společnost Jihočeské listy s.r.o. (IČO "
                    + I8
                    + ") žádám o přístup k XML výsledkům voleb.\n\n"
                    "produkční: 192.0.2.140, 192.0.2.141\ntestovací: 192.0.2.150\n\n"
                    "Kontakt: Dušan Fiala, 777 120 934\n\nS pozdravem\nDušan Fiala\n",
                },
            )
        ],
    },
    {
        "id": "ct009-databox-annotation-addresses-txt-contact",
        "description": "data message: the annotation carries the request and two production "
        "addresses (no test), the TXT file only the contact and signature",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zlínská mediální, s.r.o.",
            I9,
            "z4ht9nb",
            ["203.0.113.200", "203.0.113.201"],
            [],
            "Petr Gajdoš",
            "gajdos@zlinskamedialni.example",
            "+420605774213",
        ),
        "databox": box("z4ht9nb", "Zlínská mediální, s.r.o.", "třída Tomáše Bati 88, 760 01 Zlín"),
        "subject": "Přístup k výsledkům voleb (XML) – produkční IP 203.0.113.200 a "
        "203.0.113.201, testovací nemáme",
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Zlínská mediální, s.r.o.\nIČO " + I9 + "\n\n"
                "Kontaktní osoba pro přístup k serveru:\nPetr Gajdoš\n"
                "gajdos@zlinskamedialni.example\n+420 605 774 213\n\n"
                "Za společnost: Ing. Lubomír Zapletal, jednatel\n",
            )
        ],
    },
    {
        "id": "ct010-html-ano-ne-form-pdf-copy",
        "description": "multipart/alternative with an HTML ANO/NE table (filming NE) and the "
        "same form as PDF; the contact's mobile after the office line",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Benešovský deník, s.r.o.",
            I10,
            None,
            ["198.18.20.5"],
            ["198.18.20.6"],
            "Alena Šťastná",
            "stastna@benesovskydenik.example",
            "+420317722180",
        ),
        "from": "Alena Šťastná <stastna@benesovskydenik.example>",
        "subject": "Žádost - Benešovský deník",
        "headers": CENTRUM,
        "body": "Žádost – Benešovský deník, s.r.o., IČO " + I10 + "\n"
        "Přístup k XML výsledkům: ANO\nPovolení k natáčení: NE\n"
        "Produkční IP: 198.18.20.5\nTestovací IP: 198.18.20.6\n"
        "Kontakt: Alena Šťastná, stastna@benesovskydenik.example, "
        "tel. 317 722 180, mobil 721 004 583\n",
        "html": "<p>Žádost – <b>Benešovský deník, s.r.o.</b>, IČO " + I10 + "</p>"
        "<table border='1'><tr><th>Požadavek</th><th>ANO</th><th>NE</th></tr>"
        "<tr><td>Přístup k XML výsledkům</td><td>X</td><td></td></tr>"
        "<tr><td>Povolení k natáčení</td><td></td><td>X</td></tr></table>"
        "<table border='1'><tr><td>Produkční IP</td><td>198.18.20.5</td></tr>"
        "<tr><td>Testovací IP</td><td>198.18.20.6</td></tr></table>"
        "<p>Kontakt: Alena Šťastná, stastna@benesovskydenik.example, tel. 317 722 180, "
        "mobil 721 004 583</p>",
        "attachments": [
            (
                "pdf",
                "zadost_BD.pdf",
                [
                    "Benešovský deník, s.r.o. – IČO " + I10,
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k XML výsledkům", "X", ""],
                            ["Povolení k natáčení", "", "X"],
                        ],
                        "widths": [250, 60, 60],
                    },
                    "Produkční IP 198.18.20.5 / testovací IP 198.18.20.6",
                ],
            )
        ],
    },
    {
        "id": "ct011-cover-corrects-xlsx-test-address",
        "description": "iso-8859-2 cover says the test address in the two-sheet workbook is a "
        "typo and gives the right one; production addresses stay as the sheet has them",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Karlovarský expres, spol. s r.o.",
            I11,
            None,
            ["192.0.2.90", "192.0.2.91", "192.0.2.92"],
            ["192.0.2.109"],
            "Libor Hanzl",
            "hanzl@kvexpres.example",
            "+420602336814",
        ),
        "from": "Libor Hanzl <hanzl@kvexpres.example>",
        "subject": "Žádost - XML výsledky (oprava testovací IP)",
        "headers": APPLE,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\nposílám tabulku s naší žádostí. Omlouvám se, na listu Adresy je "
        "u testovacího serveru překlep - místo 192.0.2.19 má být 192.0.2.109. Ostatní "
        "údaje platí.\n\nLibor Hanzl\nKarlovarský expres\n",
        "attachments": [
            (
                "xlsx",
                "KVexpres_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Karlovarský expres, spol. s r.o."],
                            ["IČO", I11],
                            ["Žádost", "přístup k serveru s výsledky voleb"],
                            ["Kontaktní osoba", "Hanzl Libor"],
                            ["E-mail", "hanzl@kvexpres.example"],
                            ["Telefon", "602 336 814"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Typ", "Adresa"],
                            ["produkční", "192.0.2.90"],
                            ["produkční", "192.0.2.91"],
                            ["produkční", "192.0.2.92"],
                            ["testovací", "192.0.2.19"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ct012-smime-faculty-letter-docx",
        "description": "signed mail from a faculty; the DOCX letterhead names the university "
        "and the faculty, which is no legal entity; both requests, student crew named",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Univerzita Podkrkonoší v Trutnově",
            I12,
            None,
            ["198.51.100.220"],
            ["198.51.100.221"],
            "Martin Dvořák",
            "martin.dvorak@upt.example",
            "+420499811402",
        ),
        "from": '"Dvořák, Martin" <martin.dvorak@upt.example>',
        "subject": "Žádost FSK UPT – volební noc",
        "headers": TBIRD,
        "smime": True,
        "body": "Vážení,\n\nv příloze zasílám žádost naší fakulty, podepsanou děkankou.\n\n"
        "S pozdravem\nMgr. Martin Dvořák, Ph.D.\nKatedra žurnalistiky FSK UPT\n"
        "tel. 499 811 402\n",
        "attachments": [
            (
                "docx",
                "zadost_FSK_UPT.docx",
                {
                    "header": "Univerzita Podkrkonoší v Trutnově | Fakulta sociálních "
                    "a komunikačních studií | IČO " + I12,
                    "footer": "Kontakt: fsk@upt.example | www.upt.example",
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Fakulta sociálních a komunikačních studií Univerzity Podkrkonoší "
                        "v Trutnově žádá o přístup k serveru s průběžnými výsledky voleb pro "
                        "studentský zpravodajský web a o povolení natáčet na pracovišti ČSÚ "
                        "v Hradci Králové (štáb: Bc. Adéla Nováková, Jakub Pilař).",
                        {
                            "rows": [
                                ["produkční IP", "198.51.100.220"],
                                ["testovací IP", "198.51.100.221"],
                            ]
                        },
                        "Kontaktní osoba: Mgr. Martin Dvořák, Ph.D., "
                        "martin.dvorak@upt.example, 499 811 402",
                        "doc. PhDr. Irena Machová, CSc.\nděkanka",
                    ],
                },
            )
        ],
    },
    {
        "id": "ct013-databox-split-annotation-pdf",
        "description": "data message: the annotation gives the request and production "
        "addresses as a range, the PDF the test address and the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ostravské noviny a.s.",
            I13,
            "o9wqe3k",
            ["203.0.113.50", "203.0.113.51", "203.0.113.52"],
            ["203.0.113.60"],
            "Šárka Mlčochová",
            "mlcochova@ostravskenoviny.example",
            "+420597455120",
        ),
        "databox": box("o9wqe3k", "Ostravské noviny a.s.", "Nádražní 3006/112, 702 00 Ostrava"),
        "subject": "Žádost o přístup k XML výsledkům voleb, produkce 203.0.113.50–52, "
        "ostatní v příloze",
        "attachments": [
            (
                "pdf",
                "priloha_zadost.pdf",
                [
                    "Ostravské noviny a.s., IČO " + I13,
                    "K naší žádosti o přístup k výsledkům voleb doplňujeme:",
                    "testovací adresa: 203.0.113.60",
                    "kontaktní osoba: Šárka Mlčochová, vedoucí IT, "
                    "mlcochova@ostravskenoviny.example, tel. 597 455 120",
                    "Ing. Roman Kubíček, člen představenstva",
                ],
            )
        ],
    },
    {
        "id": "ct014-reply-quoted-history-odt",
        "description": "reply to the office's query with its signature quoted (czso.cz, office "
        "phone); the reply gives the test address the ODT left out",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Liberecký večerník, s.r.o.",
            I14,
            None,
            ["198.18.77.10", "198.18.77.11"],
            ["198.18.77.30"],
            "Jiří Staněk",
            "stanek@libereckyvecernik.example",
            "+420776218409",
        ),
        "from": "Jiří Staněk <stanek@libereckyvecernik.example>",
        "subject": "Re: Vaše žádost o přístup – doplnění",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\ntestovat budeme z adresy 198.18.77.30. Žádost přikládám "
        "znovu pro úplnost.\n\nJiří Staněk\n\n"
        "> Dne 7. 10. 2025 napsal(a) podatelna@czso.cz:\n"
        "> Dobrý den, ve Vaší žádosti chybí testovací IP adresa. Uveďte ji prosím,\n"
        "> případně napište, že testovat budete z produkce.\n"
        "> Odbor informatiky, Český statistický úřad, tel. +420 274 052 733\n",
        "attachments": [
            (
                "odt",
                "zadost_LV.odt",
                [
                    "Liberecký večerník, s.r.o., Moskevská 27, 460 01 Liberec, IČO " + I14,
                    "Žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["Produkční server", "198.18.77.10"],
                        ["Produkční server", "198.18.77.11"],
                        ["Testovací server", ""],
                    ],
                    "Kontakt: Jiří Staněk, stanek@libereckyvecernik.example, tel. 776 218 409",
                ],
            )
        ],
    },
]
