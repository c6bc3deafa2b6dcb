"""Eighteenth held-out part ``lb``, cases lb001–lb014: office attachments with short or empty
cover mails, forms with boxes, a forwarded .eml and data messages (written by hand apart from
the extraction rules, see make_eighteenth_lb)."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighteenth_lb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I_PODBRDSKO = ico("2891460")
I_VYSOCINA = ico("0471382")
I_ZLIN = ico("0592714")
I_KVETEN = ico("2736158")
I_KTV = ico("0645129")
I_LUHACOVICE = ico("2617094")
I_VSZ = ico("6198830")
I_HRANICE = ico("0834472")
I_OSTRAVA = ico("2504617")
I_LITOMERICE = ico("0719253")
I_KROMERIZ = ico("2857316")
I_JESENIK = ico("0378845")
I_TABOR = ico("2742681")
# the Slovak company's registration number as it writes it; it fails the Czech check digit
SK_REG = "36857493"

CASES: list[dict[str, Any]] = [
    {
        "id": "lb001-pdf-empty-body",
        "description": "Outlook mail with an empty body; the whole letter is a PDF with a role table",
        "style": Style.PDF,
        "labels": L(
            [FEED],
            "Podbrdské noviny s.r.o.",
            I_PODBRDSKO,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.20"],
            "Alena Vrbová",
            "vrbova@podbrdske.example",
            "+420605318772",
        ),
        "from": "Sekretariát Podbrdské noviny <sekretariat@podbrdske.example>",
        "subject": "Žádost - výsledky voleb XML",
        "headers": OUTLOOK,
        "body": "\n",
        "attachments": [
            (
                "pdf",
                "Zadost_CSU_volby.pdf",
                [
                    "<b>Podbrdské noviny s.r.o.</b>\nNáměstí Svobody 14, 261 01 Příbram\n"
                    f"IČ: {I_PODBRDSKO[:3]} {I_PODBRDSKO[3:5]} {I_PODBRDSKO[5:]}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Příbrami dne 2. 9. 2025",
                    "<b>Věc: Žádost o přístup k XML výstupu výsledků voleb</b>",
                    "Vážení, žádáme o zpřístupnění serveru s průběžnými výsledky voleb do "
                    "Poslanecké sněmovny ve formátu XML. Přístup budeme realizovat z níže "
                    "uvedených adres:",
                    {
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkční", "203.0.113.10", "webový server redakce"],
                            ["produkční", "203.0.113.11", "druhý uzel clusteru"],
                            ["testovací", "203.0.113.20", "jen pro zkoušku 30. 9."],
                        ],
                        "widths": [90, 120, 200],
                    },
                    "Kontaktní osobou je Ing. Alena Vrbová, vedoucí online redakce, "
                    "tel. 605 318 772, e-mail vrbova@podbrdske.example.",
                    "S pozdravem\n\nMgr. Pavel Šedivý\nšéfredaktor",
                ],
            )
        ],
    },
    {
        "id": "lb002-docx-form-ticked-boxes",
        "description": "DOCX form with ☒/☐ boxes (feed ticked, filming not) and row-header table",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Televize Vysočina, a.s.",
            I_VYSOCINA,
            None,
            ["192.0.2.41", "192.0.2.42"],
            ["192.0.2.43"],
            "Hana Kroupová",
            "kroupova@tvvysocina.example",
            "+420734220915",
        ),
        "from": "Lukáš Brabec <brabec@tvvysocina.example>",
        "subject": "Formulář - přístup k výsledkům",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněný formulář.\n\n"
            "S pozdravem\nLukáš Brabec\nTelevize Vysočina\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_TV_Vysocina.docx",
                {
                    "header": "Televize Vysočina, a.s. | Brněnská 52, 586 01 Jihlava",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI MÉDIA – VOLBY 2025",
                        "Žadatel: Televize Vysočina, a.s.",
                        f"IČO: {I_VYSOCINA}",
                        "Předmět žádosti (zaškrtněte):",
                        "☒ přístup k serveru s výsledky ve formátu XML",
                        "☐ povolení k pořizování obrazových a zvukových záznamů na sběrném místě",
                        {
                            "rows": [
                                ["Produkční IP adresy", "192.0.2.41\n192.0.2.42"],
                                ["Testovací IP adresa", "192.0.2.43"],
                                ["Kontaktní osoba", "Hana Kroupová"],
                                ["Telefon", "+420 734 220 915"],
                                ["E-mail", "kroupova@tvvysocina.example"],
                            ]
                        },
                        "Datum: 4. 9. 2025          Podpis: L. Brabec",
                    ],
                },
            )
        ],
    },
    {
        "id": "lb003-databox-annotation-only",
        "description": "data message: the application only in the annotation, the file a "
        "register extract naming the managing director",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Zprávy Zlín s.r.o.",
            I_ZLIN,
            "k4bq7wz",
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Tomáš Řezníček",
            "reznicek@zpravyzlin.example",
            "+420731004118",
        ),
        "databox": {
            "box": "k4bq7wz",
            "sender": "Zprávy Zlín s.r.o.",
            "address": "Bartošova 19, 760 01 Zlín",
        },
        "subject": (
            "Žádost o přístup k XML výsledkům voleb - prod. IP 198.51.100.77, test. IP "
            "198.51.100.78, kontakt Tomáš Řezníček, 731 004 118, reznicek@zpravyzlin.example"
        ),
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "<b>Výpis z obchodního rejstříku</b>",
                    "Obchodní firma: Zprávy Zlín s.r.o.\nSídlo: Bartošova 19, 760 01 Zlín\n"
                    f"Identifikační číslo: {I_ZLIN}\nPrávní forma: Společnost s ručením "
                    "omezeným\nJednatel: Pavel Mlčoch, dat. nar. 12. března 1971",
                    "Základní kapitál: 200 000 Kč, splaceno 100 %",
                    "Výpis vytvořen 1. 9. 2025 v 10:14",
                ],
            )
        ],
    },
    {
        "id": "lb004-xlsx-ano-ne-columns",
        "description": "XLSX form: ANO/NE columns for the two requests, roles in a column on a "
        "second sheet, a client version number nearby",
        "style": Style.SPREADSHEET,
        "labels": L(
            [FEED],
            "Květen media, s.r.o.",
            I_KVETEN,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Jiří Macháček",
            "machacek@kvetenmedia.example",
            "+420776402318",
        ),
        "from": "Jiří Macháček <jiri.machacek.km@gmail.example>",
        "subject": "CSU volby - tabulka",
        "headers": GMAIL,
        "body": (
            "Dobry den,\nposilam vyplnenou tabulku pro pristup k vysledkum. Pokud by neco "
            "chybelo, dejte vedet.\n\nJ. Macháček\nKvěten media\n"
        ),
        "attachments": [
            (
                "xlsx",
                "kveten_volby2025.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Květen media, s.r.o."],
                            ["IČO", I_KVETEN],
                            [],
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k XML výsledkům", "x", ""],
                            ["Natáčení na sběrném místě", "", "x"],
                            [],
                            ["Kontaktní osoba", "Jiří Macháček"],
                            ["E-mail", "machacek@kvetenmedia.example"],
                            ["Mobil", "776 402 318"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP adresa", "Prostředí", "Klient"],
                            ["203.0.113.130", "PROD", "stahovac 2.4.1.7"],
                            ["203.0.113.131", "PROD", "stahovac 2.4.1.7"],
                            ["203.0.113.140", "TEST", "stahovac 2.5.0.1-beta"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "lb005-rtf-filming-feed-declined",
        "description": "RTF letter asks only for filming and says it does not want the feed; "
        "crew listed, the named contact differs from the signer",
        "style": Style.RTF,
        "labels": L(
            [FILM],
            "Kabelová televize Příbram, z.ú.",
            I_KTV,
            None,
            [],
            [],
            "Jan Kubíček",
            "kubicek@ktvpribram.example",
            "+420606117240",
        ),
        "from": "Marie Vondrová <vondrova@ktvpribram.example>",
        "subject": "žádost o povolení natáčení",
        "headers": APPLE,
        "body": "Dobrý den,\nzasílám žádost v příloze.\nVondrová\n",
        "attachments": [
            (
                "rtf",
                "zadost_natačení.rtf",
                [
                    f"Kabelová televize Příbram, z.ú.\nPražská 141, 261 01 Příbram\nIČO {I_KTV}",
                    "Český statistický úřad – odbor voleb",
                    "Žádost o povolení pořizovat záznam",
                    "Žádáme o povolení natočit krátkou reportáž o zpracování výsledků na "
                    "sběrném místě v Příbrami v noci z 3. na 4. října 2025. O přístup "
                    "k serveru s daty ve formátu XML nežádáme, výsledky budeme přebírat "
                    "z veřejného webu volby.cz.",
                    [
                        ["Jméno", "Funkce"],
                        ["Jan Kubíček", "redaktor, kontaktní osoba"],
                        ["Petra Lišková", "kamera"],
                        ["Ondřej Tichý", "zvuk"],
                    ],
                    "Kontakt: Jan Kubíček, mobil 606 117 240, kubicek@ktvpribram.example",
                    "Marie Vondrová\nředitelka",
                ],
            )
        ],
    },
    {
        "id": "lb006-forwarded-eml-both",
        "description": "assistant forwards the editor-in-chief's original as an attached .eml",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Lázeňský kurýr s.r.o.",
            I_LUHACOVICE,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Vojtěch Dudík",
            "dudik@lazenskykuryr.example",
            "+420604881302",
        ),
        "from": "Kristýna Malá <mala@lazenskykuryr.example>",
        "subject": "Fwd: žádost Lázeňský kurýr",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\npan šéfredaktor mě požádal, abych Vám přeposlala jeho žádost – "
            "omylem ji minulý týden poslal na starou adresu. Původní zprávu přikládám.\n\n"
            "Děkuji a přeji hezký den\nKristýna Malá\nasistentka redakce\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_puvodni.eml",
                {
                    "id": "lb006-inner",
                    "from": "Vojtěch Dudík <dudik@lazenskykuryr.example>",
                    "to": "volby@czso-stary.example",
                    "subject": "Žádost o data a natáčení",
                    "body": (
                        "Dobrý den,\n\nza Lázeňský kurýr s.r.o., IČO "
                        f"{I_LUHACOVICE}, žádám o:\n"
                        "1) přístup k XML s výsledky – produkce 192.0.2.150, test 192.0.2.151,\n"
                        "2) povolení natáčet na sběrném místě v Uherském Hradišti.\n\n"
                        "Vojtěch Dudík\nšéfredaktor\n604 881 302\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "lb007-odt-ipv6-university",
        "description": "ODT from a university newsroom: IPv6 addresses, one written in full form",
        "style": Style.ODT,
        "labels": L(
            [FEED],
            "Vysoká škola sociálních a mediálních studií",
            I_VSZ,
            None,
            ["2001:db8:4a::10", "2001:db8:4a::11"],
            ["2001:db8:4a::1f"],
            "Denisa Pešková",
            "peskova@vssms.example",
            "+420585631244",
        ),
        "from": "Denisa Peskova <peskova@vssms.example>",
        "subject": "Studentská redakce - žádost o přístup",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nposílám žádost naší studentské redakce (ODT v příloze). "
            "Podepsanou verzi doneseme osobně.\n\nDenisa Pešková\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_redakce.odt",
                [
                    "Vysoká škola sociálních a mediálních studií",
                    f"Třída Svobody 26, 779 00 Olomouc, IČO: {I_VSZ}",
                    "Studentská redakce Kampus žádá o přístup k XML výstupu výsledků voleb. "
                    "Naše servery mají pouze IPv6 konektivitu.",
                    [
                        ["Role", "Adresa"],
                        ["produkční", "2001:0db8:004a:0000:0000:0000:0000:0010"],
                        ["produkční", "2001:db8:4a::11"],
                        ["testovací", "2001:db8:4a::1f"],
                    ],
                    "Síťový prefix školy: 2001:db8:4a::/48 (pro informaci).",
                    "Kontaktní osoba: Mgr. Denisa Pešková, Ph.D., tel. 585 631 244, "
                    "peskova@vssms.example",
                ],
            )
        ],
    },
    {
        "id": "lb008-cover-note-corrects-pdf",
        "description": "cover mail corrects the test address printed in the attached PDF",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Hranický deník s.r.o.",
            I_HRANICE,
            None,
            ["198.51.100.18"],
            ["198.51.100.91"],
            "Roman Kašpárek",
            "kasparek@hranickydenik.example",
            "+420581204466",
        ),
        "from": "Roman Kašpárek <kasparek@hranickydenik.example>",
        "subject": "Žádost o přístup k XML – Hranický deník",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám naši žádost. Omlouvám se, v PDF je chybně "
            "uvedena testovací adresa 198.51.100.19 – správně má být 198.51.100.91 "
            "(přehozené číslice). Ostatní údaje platí.\n\n"
            "S pozdravem\nRoman Kašpárek\nIT, Hranický deník\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_HD.pdf",
                [
                    "<b>Hranický deník s.r.o.</b>, Masarykovo nám. 9, 753 01 Hranice, "
                    f"IČO {I_HRANICE}",
                    "Žádost o přístup k serveru s výsledky voleb (XML)",
                    {
                        "rows": [
                            ["Produkční IP", "198.51.100.18"],
                            ["Testovací IP", "198.51.100.19"],
                            ["Kontakt", "Roman Kašpárek, 581 204 466"],
                        ],
                        "widths": [130, 200],
                    },
                    "V Hranicích 5. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "lb009-databox-docx-column-headers",
        "description": "data message with only 'Žádost' as annotation; DOCX letter with roles as "
        "column headers, the office's box ID in the address block",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Ostravská televizní společnost a.s.",
            I_OSTRAVA,
            "r8dn3tc",
            ["192.0.2.60", "192.0.2.61", "192.0.2.62"],
            ["192.0.2.70"],
            "Zdeněk Bialas",
            "bialas@ots-tv.example",
            "+420597488120",
        ),
        "databox": {
            "box": "r8dn3tc",
            "sender": "Ostravská televizní společnost a.s.",
            "address": "Českobratrská 1663/24, 702 00 Ostrava",
        },
        "subject": "Žádost",
        "attachments": [
            (
                "docx",
                "OTS_zadost_CSU.docx",
                {
                    "header": (
                        f"Ostravská televizní společnost a.s. · IČO {I_OSTRAVA} · "
                        "ID datové schránky r8dn3tc"
                    ),
                    "footer": "Zapsáno v OR vedeném KS v Ostravě, oddíl B, vložka 4417",
                    "blocks": [
                        "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10, "
                        "ID DS: 2gfaasy",
                        "Naše zn.: OTS/2025/118",
                        "Věc: přístup k výsledkům voleb a natáčení",
                        "Žádáme o zřízení přístupu k serveru s výsledky ve formátu XML "
                        "pro tyto adresy:",
                        {
                            "rows": [
                                ["Produkční prostředí", "Testovací prostředí"],
                                ["192.0.2.60", "192.0.2.70"],
                                ["192.0.2.61", ""],
                                ["192.0.2.62", ""],
                            ]
                        },
                        "Současně žádáme o povolení natáčet na sběrném místě v Ostravě-"
                        "Porubě (štáb 3 osoby, bez světel).",
                        "Kontaktní osoba: Zdeněk Bialas, technický ředitel, +420 597 488 120, "
                        "bialas@ots-tv.example",
                        "Mgr. Libuše Hradilová, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "lb010-txt-order-of-sentence",
        "description": "iso-8859-2 Seznam mail; the TXT attachment gives roles by the order of "
        "the sentence ('v tomto pořadí')",
        "style": Style.TXT,
        "labels": L(
            [FEED],
            "Litoměřický týdeník, spol. s r.o.",
            I_LITOMERICE,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Karel Souček",
            "soucek.ltm@seznam.example",
            "+420416731905",
        ),
        "from": "Karel Soucek <soucek.ltm@seznam.example>",
        "subject": "volby - pristup",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\nv příloze posílám údaje k žádosti o přístup k XML.\n"
            "Karel Souček\nLitoměřický týdeník\n"
        ),
        "attachments": [
            (
                "txt",
                "udaje.txt",
                "Zadatel: Litomericky tydenik, spol. s r.o.\n"
                f"IC: {I_LITOMERICE}\n\n"
                "Zadame o pristup k vysledkum voleb ve formatu XML.\n"
                "Adresy 192.0.2.200 a 192.0.2.201 jsou produkcni a testovaci (v tomto poradi).\n"
                "Firewall pusti jen port 443.\n\n"
                "Kontakt: Karel Soucek, tel. 416 731 905, soucek.ltm@seznam.example\n",
            )
        ],
    },
    {
        "id": "lb011-html-table-backup-tst",
        "description": "HTML-only mail with a server table: 'záloha' is production, 'TST' test; "
        "IČO in the signature",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kroměřížské listy s.r.o.",
            I_KROMERIZ,
            None,
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.9"],
            "Petra Zapletalová",
            "zapletalova@kmlisty.example",
            "+420573339018",
        ),
        "from": "Petra Zapletalová <zapletalova@kmlisty.example>",
        "subject": "Přístup na volební server",
        "headers": OUTLOOK,
        "cte": "base64",
        "html": (
            "<html><body style='font-family:Calibri'><p>Dobrý den,</p>"
            "<p>prosíme o povolení přístupu k XML výsledkům voleb pro tyto servery:</p>"
            "<table border='1' cellpadding='4'><tr><th>Server</th><th>IP</th><th>Účel</th></tr>"
            "<tr><td>web1</td><td>203.0.113.5</td><td>hlavní</td></tr>"
            "<tr><td>web2</td><td>203.0.113.6</td><td>záloha</td></tr>"
            "<tr><td>dev</td><td>203.0.113.9</td><td>TST</td></tr></table>"
            "<p>Kontaktní osobou jsem já.</p>"
            "<p>S pozdravem<br>Petra Zapletalová<br>vedoucí vydání<br>tel.: 573 339 018"
            "<br>Kroměřížské listy s.r.o., Vodní 6, 767 01 Kroměříž<br>"
            f"IČ: {I_KROMERIZ}, DIČ: CZ{I_KROMERIZ}</p></body></html>"
        ),
    },
    {
        "id": "lb012-databox-both-range",
        "description": "data message: annotation summarises, the PDF gives a written range and "
        "the contact",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Jesenické noviny s.r.o.",
            I_JESENIK,
            "p2vh6mq",
            ["198.51.100.150", "198.51.100.151", "198.51.100.152", "198.51.100.153"],
            ["198.51.100.160"],
            "Milan Hudec",
            "hudec@jesenickenoviny.example",
            "+420584411725",
        ),
        "databox": {
            "box": "p2vh6mq",
            "sender": "Jesenické noviny s.r.o.",
            "address": "Lipovská 5, 790 01 Jeseník",
        },
        "subject": "Žádost o přístup k XML výsledkům voleb (IP adresy a kontakt v příloze)",
        "attachments": [
            (
                "pdf",
                "JN_zadost.pdf",
                [
                    f"<b>Jesenické noviny s.r.o.</b>\nLipovská 5, 790 01 Jeseník\nIČO: {I_JESENIK}",
                    "Žádáme o zřízení přístupu k serveru s výsledky voleb ve formátu XML.",
                    "Produkční adresy: 198.51.100.150 – 198.51.100.153",
                    "Testovací adresa: 198.51.100.160",
                    "Technický kontakt: Milan Hudec, tel. 584 411 725, "
                    "hudec@jesenickenoviny.example",
                    "V Jeseníku 8. září 2025\nIng. Hana Bartková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "lb013-slovak-form-brackets",
        "description": "Slovak cover mail, TXT form with [x]/[ ] boxes; the Slovak registration "
        "number fails the Czech checksum",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Východné noviny, s. r. o.",
            None,
            None,
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Martina Olejníková",
            "olejnikova@vychodnenoviny.example",
            "+421905318447",
        ),
        "from": "Martina Olejníková <olejnikova@vychodnenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam vyplnený formulár našej redakcie. Sme "
            "slovenské vydavateľstvo, české voľby sledujeme pre našich čitateľov.\n\n"
            "Ďakujem\nMartina Olejníková\n"
        ),
        "attachments": [
            (
                "txt",
                "formular_VN.txt",
                "ŽIADOSŤ MÉDIA\n"
                "=============\n"
                "Názov: Východné noviny, s. r. o.\n"
                f"IČO (SK): {SK_REG[:2]} {SK_REG[2:5]} {SK_REG[5:]}\n"
                "Sídlo: Hlavná 44, 040 01 Košice\n\n"
                "[x] prístup k XML výstupu výsledkov\n"
                "[ ] povolenie na natáčanie v zberných miestach\n\n"
                "Produkčná IP: 203.0.113.88\n"
                "Testovacia IP: 203.0.113.89\n\n"
                "Kontaktná osoba: Martina Olejníková\n"
                "Tel.: +421 905 318 447\n"
                "E-mail: olejnikova@vychodnenoviny.example\n",
            )
        ],
    },
    {
        "id": "lb014-docx-nested-table-footer",
        "description": "DOCX with a nested table for the addresses; footer carries the "
        "switchboard, IČO and the applicant's data-box ID; the contact's mobile in the table",
        "style": Style.LETTERHEAD,
        "labels": L(
            [FEED, FILM],
            "Táborský zpravodaj, s.r.o.",
            I_TABOR,
            "w6cj9tr",
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.230"],
            "Šimon Hrubý",
            "hruby@taborskyzpravodaj.example",
            "+420723051986",
        ),
        "from": "Šimon Hrubý <hruby@taborskyzpravodaj.example>",
        "subject": "Volby 2025 – žádost TZ (XML + natáčení)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nvizte přiloženou žádost.\n\nS pozdravem\nŠimon Hrubý\n"
            "Táborský zpravodaj\n"
        ),
        "attachments": [
            (
                "docx",
                "TZ_zadost_volby.docx",
                {
                    "header": "TÁBORSKÝ ZPRAVODAJ",
                    "footer": (
                        "Táborský zpravodaj, s.r.o. | 9. května 1421, 390 02 Tábor | ústředna "
                        f"+420 381 200 300 | IČO {I_TABOR} | DS: w6cj9tr"
                    ),
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        {
                            "rows": [
                                ["Požadavek", "Údaje"],
                                ["Přístup k XML", ""],
                                ["Natáčení", "sběrné místo Tábor, 4. 10. od 14:00"],
                                ["Kontakt", "Šimon Hrubý, mobil 723 051 986"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.220"],
                                        ["produkční", "198.51.100.221"],
                                        ["testovací", "198.51.100.230"],
                                    ]
                                }
                            },
                        },
                        "E-mail kontaktní osoby: hruby@taborskyzpravodaj.example",
                    ],
                },
            )
        ],
    },
]
