"""Thirty-second held-out part ``zc``, cases zc029–zc042: an Austrian freelancer who only films,
a Norwegian broadcaster withdrawing its filming with a /31 and a TXT list, a site leaving
filming for a later election, a filming request postponed with temporary test hosts, a student
TV's DOCX with a merged role cell, an agency's PDF in a data box, internal host names with a NAT
address, a Hungarian letter, a reply to the office's completion request, a Spanish HTML table
with a backup server, a Polish agency with a short range, an SMS-like filming note, a
university's RTF in a data box and a Swiss bilingual mail. Written by hand apart from the
extraction rules (see make_thirtysecond_zc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysecond_zc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

K31, K32, K33, K34, K35 = (
    ico("0617294"),
    ico("2883120"),
    ico("6138950"),
    ico("4511872"),
    ico("2407735"),
)
K37, K40, K41 = ico("2934516"), ico("8800412"), ico("0021665")

CASES: list[dict[str, Any]] = [
    {
        "id": "zc029-austrian-freelancer-film",
        "description": "Austrian freelance journalist writes German with Czech phrases, only "
        "filming, no XML; Austrian mobile, a Czech hotel phone as noise",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Katharina Huber",
            None,
            None,
            [],
            [],
            "Katharina Huber",
            "k.huber@freie-presse.example",
            "+436641238457",
        ),
        "from": "Katharina Huber <k.huber@freie-presse.example>",
        "subject": "Drehgenehmigung Wahlabend / povolení natáčení",
        "headers": GMAIL,
        "body": (
            "Dobrý den, sehr geehrte Damen und Herren,\n\n"
            "ich bin freie Journalistin aus Linz und arbeite an einer Reportage für den ORF "
            "und mehrere Zeitungen. Ich möchte am Wahlabend in der Sammelstelle Budweis "
            "(České Budějovice) filmen – nur Kamera, kein Licht, ca. 2 Stunden.\n\n"
            "Den XML-Datenzugang brauche ich nicht.\n\n"
            "Mobil: +43 664 123 8457\n"
            "Ich wohne im Hotel Budweis, Tel. +420 389 822 111, Zimmer 214.\n\n"
            "Děkuji / Vielen Dank\nKatharina Huber\n"
        ),
    },
    {
        "id": "zc030-norwegian-withdraws-film-slash31",
        "description": "Norwegian broadcaster in English with Norwegian bits withdraws the "
        "filming part, production as a /31, test listed in an attached TXT",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Fjordkanalen AS",
            None,
            None,
            ["198.51.100.16", "198.51.100.17"],
            ["198.51.100.24"],
            "Ingrid Solberg",
            "ingrid.solberg@fjordkanalen.example",
            "+4791234587",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@fjordkanalen.example>",
        "subject": "SV: Election results access – Fjordkanalen",
        "headers": APPLE,
        "body": (
            "Hei / Hello again,\n\n"
            "in my first mail I asked both for the XML feed and for filming. Please drop "
            "the filming part – our crew will not travel to Prague after all. We still "
            "want the XML access.\n\n"
            "Production: 198.51.100.16/31 (two hosts). The test address is in the attached "
            "file.\n\n"
            "Kontaktperson: Ingrid Solberg, +47 912 34 587\n\n"
            "Med vennlig hilsen / Best regards\nIngrid Solberg\nFjordkanalen AS, Bergen\n"
        ),
        "attachments": [
            (
                "txt",
                "ip_fjordkanalen.txt",
                "Fjordkanalen AS - IP for CZSO XML\nprod  198.51.100.16/31\ntest  198.51.100.24\n",
            )
        ],
    },
    {
        "id": "zc031-film-for-later-election",
        "description": "news site asks for the feed now and says it will ask about filming for "
        "next year's regional election separately",
        "style": Style.DECLINED,
        "labels": L(
            [FEED],
            "Zprávy z Pomoraví s.r.o.",
            K31,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Hedvika Matoušková",
            "matouskova@zpomoravi.example",
            "+420603811274",
        ),
        "from": "Hedvika Matoušková <matouskova@zpomoravi.example>",
        "subject": "přístup k výsledkům – Zprávy z Pomoraví",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            f"za společnost Zprávy z Pomoraví s.r.o. (IČ {K31}) žádám o přístup k XML "
            "výsledkům sněmovních voleb.\n"
            "Produkční server: 192.0.2.120\nTestovací server: 192.0.2.121\n\n"
            "Natáčení na sběrném místě nás zajímá až u krajských voleb příští rok, o to "
            "požádáme samostatně.\n\n"
            "Hedvika Matoušková\nredaktorka, tel. 603 811 274\n"
        ),
    },
    {
        "id": "zc032-filming-postponed-temporary-tests",
        "description": "phone-typed mail without diacritics, filming 'zatim ne, pripadne "
        "pozdeji' (not asked), two temporary test machines, roles as prod./TST",
        "style": Style.DECLINED,
        "labels": L(
            [FEED],
            "Jihlavske listy s.r.o.",
            K32,
            None,
            ["203.0.113.140"],
            ["203.0.113.141", "203.0.113.142"],
            "Roman Vasicek",
            "vasicek@jihlavskelisty.example",
            "+420605992318",
        ),
        "from": "Roman Vasicek <vasicek@jihlavskelisty.example>",
        "subject": "XML vysledky - Jihlavske listy",
        "headers": K9,
        "body": (
            "Dobry den,\n\n"
            f"Jihlavske listy s.r.o., ICO {K32}, zadame o pristup k XML vysledkum voleb.\n"
            "prod.: 203.0.113.140\n"
            "TST: 203.0.113.141 a 203.0.113.142 (docasne virtualy, po volbach smazeme)\n\n"
            "Nataceni zatim ne, pripadne pozadame pozdeji.\n\n"
            "Kontakt Roman Vasicek, 605 992 318\n"
        ),
    },
    {
        "id": "zc033-student-tv-docx-merged",
        "description": "university student TV sends a DOCX whose role cell 'Produkční' spans "
        "two rows; both request types ticked; the faculty named, the university applies",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED, FILM],
            "Univerzita Středního Polabí",
            K33,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.189"],
            "Jakub Řezníček",
            "reznicek@ff.usp.example",
            "+420466038255",
        ),
        "from": "Jakub Řezníček <reznicek@ff.usp.example>",
        "subject": "Studentská TV – žádost o XML a natáčení",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze posílám žádost Univerzity Středního Polabí za studentskou "
            "televizi UTV Filozofické fakulty.\n\nJakub Řezníček\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_UTV.docx",
                {
                    "header": "Univerzita Středního Polabí | Filozofická fakulta | Studentská "
                    "televize UTV",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a povolení natáčení",
                        f"Žadatel: Univerzita Středního Polabí, IČO {K33}, Náměstí Čs. "
                        "legií 565, 530 02 Pardubice (za Filozofickou fakultu)",
                        "Požadujeme: ☒ přístup k výsledkům ve formátu XML  ☒ povolení "
                        "natáčení na sběrném místě",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa"],
                                ["Produkční", "198.51.100.180"],
                                ["", "198.51.100.181"],
                                ["Testovací", "198.51.100.189"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Jakub Řezníček, koordinátor UTV, tel. 466 038 255, "
                        "reznicek@ff.usp.example",
                    ],
                    "footer": "UTV FF USP – studentská televize od roku 2009",
                },
            )
        ],
    },
    {
        "id": "zc034-databox-agency-pdf-wrapped",
        "description": "press agency's data message, annotation 'dle přílohy', a PDF table with "
        "narrow cells that wrap the role text; a backup address counts as production",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Tisková agentura Slezsko, a.s.",
            K34,
            "f6jc3wa",
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.239"],
            "Alžběta Krejčí",
            "krejci@tas-slezsko.example",
            "+420596117430",
        ),
        "subject": "Žádost o přístup k výsledkům voleb dle přílohy",
        "databox": {
            "box": "f6jc3wa",
            "sender": "Tisková agentura Slezsko, a.s.",
            "address": "Nádražní 44, 702 00 Ostrava",
        },
        "attachments": [
            (
                "pdf",
                "TAS_zadost_volby.pdf",
                [
                    "Tisková agentura Slezsko, a.s., Nádražní 44, 702 00 Ostrava",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    f"Tisková agentura Slezsko, a.s., IČO {K34}, žádá o přístup k výsledkům "
                    "voleb pro své zpravodajské služby:",
                    {
                        "rows": [
                            ["Účel serveru", "IP adresa"],
                            ["hlavní produkční server agenturního servisu", "192.0.2.230"],
                            ["záložní server v druhé lokalitě (Frýdek-Místek)", "192.0.2.231"],
                            ["testovací prostředí vývojového týmu", "192.0.2.239"],
                        ],
                        "widths": [110, 120],
                    },
                    "Kontaktní osoba: Alžběta Krejčí, vedoucí IT, tel. 596 117 430, "
                    "krejci@tas-slezsko.example",
                    "Ing. Rostislav Mazur, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "zc035-internal-hostnames-nat",
        "description": "hostnames with public addresses and roles, an internal 10.x address "
        "behind NAT that is not the applicant's to list, port numbers",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Digitální Vysočina s.r.o.",
            K35,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Michal Fiala",
            "fiala@digivysocina.example",
            "+420722640913",
        ),
        "from": "Michal Fiala <fiala@digivysocina.example>",
        "subject": "Přístup na volební XML server",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            f"pro náš portál (Digitální Vysočina s.r.o., IČO {K35}) prosím o přístup k XML.\n\n"
            "xml-fetch01.dv.example  192.0.2.220  – produkce\n"
            "xml-stage.dv.example    192.0.2.221  – staging / testy\n\n"
            "Stahovač běží interně na 10.20.0.15:8080, ven ale leze přes NAT z adres výše, "
            "takže interní adresu nepovolujte.\n\n"
            "Kontakt: Michal Fiala (správa serverů), 722 640 913\n\n"
            "Michal\n"
        ),
    },
    {
        "id": "zc036-hungarian-letter",
        "description": "Hungarian weekly writes Hungarian in windows-1250, 'éles' and 'teszt' "
        "servers, declines filming, Budapest landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Pesti Hetilap Zrt.",
            None,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Kovács Anna",
            "kovacs.anna@pestihetilap.example",
            "+3612345678",
        ),
        "from": "Kovács Anna <kovacs.anna@pestihetilap.example>",
        "subject": "Hozzáférési kérelem – választási eredmények XML",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Tisztelt Cseh Statisztikai Hivatal!\n\n"
            "A Pesti Hetilap Zrt. nevében hozzáférést kérünk a választási eredményeket "
            "tartalmazó XML-szerverhez.\n\n"
            "Éles szerver: 203.0.113.33\n"
            "Teszt szerver: 203.0.113.34\n\n"
            "Forgatási engedélyt nem kérünk.\n\n"
            "Kapcsolattartó: Kovács Anna, tel.: +36 1 234 5678\n\n"
            "Üdvözlettel:\nKovács Anna\nrovatvezető, Pesti Hetilap Zrt.\n"
            "1052 Budapest, Deák Ferenc utca 15.\n"
        ),
    },
    {
        "id": "zc037-reply-to-office-completion",
        "description": "reply to the office's request to complete an application: the office's "
        "quoted text (its IČO, box, phone) is not the applicant's; the applicant's nested "
        "original gives the production address and the new text adds test and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Týdeník Horácko s.r.o.",
            K37,
            None,
            ["198.51.100.66"],
            ["198.51.100.67"],
            "Eliška Novotná",
            "novotna@tydenikhoracko.example",
            "+420721509384",
        ),
        "from": "Eliška Novotná <novotna@tydenikhoracko.example>",
        "subject": "Re: Doplnění žádosti o přístup k výsledkům voleb",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji: testovací adresa 198.51.100.67, můj telefon 721 509 384. Produkční "
            "adresa zůstává, jak jsem psala původně.\n\n"
            "Eliška Novotná\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: podatelna@czso.cz\n"
            "Datum: 15. 9. 2025 10:02\n"
            "> Dobrý den,\n"
            "> k vyřízení Vaší žádosti prosíme o doplnění testovací IP adresy (pokud ji\n"
            "> požadujete) a telefonu kontaktní osoby.\n"
            "> Český statistický úřad, IČO 00025593, ID DS 2gfaasy, tel. 274 052 733\n"
            ">\n"
            "> >> Týdeník Horácko s.r.o., IČO " + K37 + ", žádá o přístup k XML\n"
            "> >> výsledkům voleb, produkční adresa 198.51.100.66.\n"
            "> >> Kontakt: Eliška Novotná, novotna@tydenikhoracko.example\n"
        ),
    },
    {
        "id": "zc038-spanish-html-backup",
        "description": "Spanish outlet sends an HTML-only table (principal, respaldo, pruebas): "
        "the backup server is production; Madrid landline",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Ediciones Meseta S.L.",
            None,
            None,
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.219"],
            "Javier Morales",
            "jmorales@edmeseta.example",
            "+34915550143",
        ),
        "from": "Javier Morales <jmorales@edmeseta.example>",
        "subject": "Solicitud de acceso XML – resultados electorales",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Estimados señores:</div><div><br></div>'
            "<div>Ediciones Meseta S.L. (CIF B-86123457), editora del diario digital "
            "meseta.example, solicita acceso al servidor XML de resultados electorales.</div>"
            '<div><br></div><table style="border:1px solid #ccc"><tbody>'
            "<tr><td><b>Servidor</b></td><td><b>IP</b></td></tr>"
            "<tr><td>Principal</td><td>198.51.100.210</td></tr>"
            "<tr><td>Respaldo</td><td>198.51.100.211</td></tr>"
            "<tr><td>Pruebas</td><td>198.51.100.219</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>No necesitamos permiso de grabación.</div><div><br></div>"
            "<div>Contacto: Javier Morales, +34 915 55 01 43</div><div><br></div>"
            '<div>Un saludo,</div><div class="gmail_signature">Javier Morales<br>'
            "Jefe de Sistemas | Ediciones Meseta</div></div>"
        ),
    },
    {
        "id": "zc039-polish-agency-short-range",
        "description": "Polish agency writes Polish, production as a short range "
        "'192.0.2.180–183' (four), IPv6 test, Polish landline after the mobile",
        "style": Style.RANGE,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Karpaty S.A.",
            None,
            None,
            ["192.0.2.180", "192.0.2.181", "192.0.2.182", "192.0.2.183"],
            ["2001:db8:77::9"],
            "Marek Zieliński",
            "m.zielinski@aikarpaty.example",
            "+48502318764",
        ),
        "from": "Marek Zieliński <m.zielinski@aikarpaty.example>",
        "subject": "Wniosek o dostęp do wyników wyborów (XML)",
        "headers": SAMSUNG,
        "body": (
            "Dzień dobry,\n\n"
            "Agencja Informacyjna Karpaty S.A. z Krakowa prosi o dostęp do serwera z wynikami "
            "wyborów w formacie XML.\n\n"
            "Adresy produkcyjne: 192.0.2.180–183\n"
            "Adres testowy: 2001:db8:77::9\n\n"
            "Nie wnioskujemy o zgodę na filmowanie.\n\n"
            "Kontakt: Marek Zieliński, kom. +48 502 318 764, tel. stacjonarny +48 12 421 00 90\n\n"
            "Pozdrawiam\nMarek Zieliński\n"
        ),
    },
    {
        "id": "zc040-sms-style-film",
        "description": "SMS-like note without diacritics asking only to film, crew listed, the "
        "contact a named producer, not the sender",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Vlna TV s.r.o.",
            K40,
            None,
            [],
            [],
            "Simona Kosova",
            "kosova@vlnatv.example",
            "+420731008264",
        ),
        "from": "Petr Novak <novak@vlnatv.example>",
        "subject": "nataceni volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "dobry den, chceme natacet ve volebni noc na sbernem miste Plzen, 2 kamery, "
            f"stab Novak+Sedy. Vlna TV s.r.o., ic {K40}. xml nepotrebujem. kontakt produkce "
            "Simona Kosova kosova@vlnatv.example 731008264\n\nodeslano z iPhonu\n"
        ),
    },
    {
        "id": "zc041-databox-university-rtf",
        "description": "university's data message with an RTF letter; production and test "
        "given by 'respectively'; the rector signs, a named officer is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Technická univerzita Podkrkonoší",
            K41,
            "u9ab5ty",
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Vojtěch Malý",
            "maly@tup.example",
            "+420485103377",
        ),
        "subject": "Žádost TUP o přístup k volebním výsledkům (XML) pro projekt Volební mapa",
        "databox": {
            "box": "u9ab5ty",
            "sender": "Technická univerzita Podkrkonoší",
            "address": "Studentská 2, 461 17 Liberec",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost_TUP_volby.rtf",
                [
                    "Technická univerzita Podkrkonoší, Studentská 2, 461 17 Liberec",
                    f"IČO: {K41}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Univerzita připravuje se studenty datové žurnalistiky web Volební mapa. "
                    "Žádáme o přístup ze serverů 203.0.113.240 a 203.0.113.241, a to pro "
                    "produkční, resp. testovací provoz.",
                    "Kontaktní osoba: Ing. Vojtěch Malý, Ústav informačních technologií, "
                    "tel. 485 103 377, maly@tup.example",
                    "prof. Ing. Hana Zelená, CSc., rektorka",
                ],
            )
        ],
    },
    {
        "id": "zc042-swiss-bilingual-both",
        "description": "Swiss outlet writes German and French side by side, both request types, "
        "Swiss phone and a UID number that is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alpenpost Medien AG",
            None,
            None,
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Reto Keller",
            "reto.keller@alpenpost.example",
            "+41441234567",
        ),
        "from": "Reto Keller <reto.keller@alpenpost.example>",
        "subject": "Antrag / Demande: XML-Wahlresultate + Dreh / tournage",
        "headers": OUTLOOK,
        "body": (
            "Guten Tag / Bonjour,\n\n"
            "DE: Die Alpenpost Medien AG beantragt Zugang zum XML-Server mit den "
            "Wahlresultaten sowie eine Drehbewilligung für die Sammelstelle in Prag.\n"
            "FR: Alpenpost Medien AG demande l'accès au serveur XML des résultats ainsi "
            "qu'une autorisation de tournage au centre de collecte à Prague.\n\n"
            "Produktion / production: 198.51.100.230\n"
            "Test: 198.51.100.231\n\n"
            "Kontakt / contact: Reto Keller, +41 44 123 45 67\n\n"
            "Freundliche Grüsse / Meilleures salutations\n"
            "Reto Keller\nAlpenpost Medien AG, Zürich | UID CHE-114.582.903\n"
        ),
    },
]
