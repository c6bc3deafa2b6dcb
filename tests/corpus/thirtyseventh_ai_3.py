"""Thirty-seventh held-out part ``ai``, cases ai029–ai042: a student radio's format=flowed mail
applying as its university with roles wrapped across lines, a Finnish terse note, a data
message with an XLSX yes/no form, a Belgian TV withdrawing the feed, an IT contractor applying
for a radio in HTML, a Slovak reply cutting the list the office found too long, a PDF table with
wrapped cells, an HTML-only IPv6 note, a film academy's data message, a Swiss radio beside a
version number and a port, a town with an internal proxy leaving filming for a later election,
an international agency's IPv6 range, a film producer's conditional feed request and a data
message with a TXT checkbox form. Written by hand apart from the extraction rules (see
make_thirtyseventh_ai); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyseventh_ai_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I31, I33, I33C = ico("7302945"), ico("2694017"), ico("2837164"), ico("7512098")
I34, I35, I36, I37 = ico("3658420"), ico("4526378"), ico("7631842"), ico("6029374")
I39, I41, I42 = ico("0027963"), ico("2905731"), ico("0642871")

CASES: list[dict[str, Any]] = [
    {
        "id": "ai029-flowed-student-radio-university",
        "description": "student radio's format=flowed (delsp) mail applying as its "
        "university: 'první … produkční a druhý … testovací' broken across soft line breaks",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Univerzita Tomáše Štítného",
            I29,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Adéla Horká",
            "horka@radio.uts.example",
            "+420721330584",
        ),
        "from": "Adéla Horká <horka@radio.uts.example>",
        "subject": "Rádio UTŠ – přístup k výsledkům voleb",
        "headers": APPLE,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            "jsem vedoucí studentského Rádia UTŠ, které funguje při Fakultě  \n"
            "humanitních studií Univerzity Tomáše Štítného. Za univerzitu (IČO  \n"
            f"{I29}) bychom rádi požádali o přístup k XML s výsledky voleb pro  \n"
            "naše volební vysílání. Máme dva stroje, 192.0.2.90 a 192.0.2.91, a  \n"
            "chtěli bychom, aby první byl zaregistrován jako  \n"
            "produkční a druhý jako  \n"
            "testovací.\n\n"
            "Kontakt: Adéla Horká, 721 330 584\n\n"
            "Natáčet nepotřebujeme, vysíláme jen ze studia.\n\n"
            "Díky!\nAdéla Horká, Rádio UTŠ\n"
        ),
    },
    {
        "id": "ai030-finnish-terse-english",
        "description": "Finnish radio's four-line English note: 'test: none', a Finnish "
        "business ID with a dash that is not an IČO, 'thx'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Pohjoisradio Oy",
            None,
            None,
            ["203.0.113.14"],
            [],
            "Juha Mäkinen",
            "juha.makinen@pohjoisradio.example",
            "+358407712308",
        ),
        "from": "Juha Mäkinen <juha.makinen@pohjoisradio.example>",
        "subject": "xml access",
        "headers": K9,
        "body": (
            "Hi, Pohjoisradio Oy (Oulu, Y-tunnus 2748315-3) requests XML election results "
            "access.\n"
            "prod: 203.0.113.14\n"
            "test: none\n"
            "contact: Juha Mäkinen, +358 40 771 2308\n"
            "thx\n"
        ),
    },
    {
        "id": "ai031-databox-xlsx-yes-no-form",
        "description": "data message whose XLSX form answers 'ano'/'ne' per request type and "
        "per address (production and test columns on a second sheet)",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Regionální noviny Vysočina, a.s.",
            I31,
            "v6rn3xd",
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.72"],
            "Martina Doležalová",
            "dolezalova@rnvysocina.example",
            "+420567110482",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – formulář v příloze",
        "databox": {
            "box": "v6rn3xd",
            "sender": "Regionální noviny Vysočina, a.s.",
            "address": "Masarykovo nám. 8, 586 01 Jihlava",
        },
        "attachments": [
            (
                "xlsx",
                "formular_volby_RNV.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Regionální noviny Vysočina, a.s."],
                            ["IČO", I31],
                            ["Přístup k výsledkům v XML", "ano"],
                            ["Povolení k natáčení", "ne"],
                            ["Kontaktní osoba", "Martina Doležalová"],
                            ["Telefon", "+420 567 110 482"],
                            ["E-mail", "dolezalova@rnvysocina.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP adresa", "produkční", "testovací"],
                            ["203.0.113.70", "ano", "ne"],
                            ["203.0.113.71", "ano", "ne"],
                            ["203.0.113.72", "ne", "ano"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ai032-belgian-tv-feed-withdrawn",
        "description": "Belgian regional TV writing French asks to film and for the feed with "
        "an address, then withdraws the feed after an editorial meeting: filming only",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "TéléMeuse ASBL",
            None,
            None,
            [],
            [],
            "Sophie Lambert",
            "s.lambert@telemeuse.example",
            "+3281247719",
        ),
        "from": "Sophie Lambert <s.lambert@telemeuse.example>",
        "subject": "Demande d'autorisation de tournage – soirée électorale",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "body": (
            "Bonjour,\n\n"
            "La télévision régionale TéléMeuse ASBL (Namur) prépare un reportage sur les "
            "élections tchèques. Nous souhaitons :\n"
            "1. l'autorisation de filmer au point de collecte des résultats de Prague le soir "
            "du scrutin ;\n"
            "2. l'accès au flux XML des résultats (IP 198.51.100.188).\n\n"
            "Mise à jour après notre conférence de rédaction : finalement, nous renonçons à "
            "l'accès XML, notre agence partenaire nous fournit déjà les résultats. Seule la "
            "demande de tournage est maintenue.\n\n"
            "Équipe : Sophie Lambert (journaliste, personne de contact) et Marc Dubois "
            "(caméraman).\n"
            "Tél. +32 81 24 77 19\n"
            "Numéro d'entreprise : BE 0412.345.678\n\n"
            "Bien cordialement,\nSophie Lambert\n"
        ),
    },
    {
        "id": "ai033-it-contractor-html-for-radio",
        "description": "an IT contractor (sole trader with his own IČO) applies in HTML for a "
        "radio operator and names himself the contact; director in copy; host-name column",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Hanácký pulz s.r.o.",
            I33,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.62"],
            "Filip Čermák",
            "filip@cermak-it.example",
            "+420608552019",
        ),
        "from": "Filip Čermák <filip@cermak-it.example>",
        "cc": "Olga Vrbová <vrbova@hanackypulz.example>",
        "subject": "Přihláška k XML výsledkům voleb – Rádio Hanácký pulz",
        "headers": MAC_OUTLOOK,
        "html": (
            '<html><body style="font-family:Calibri,sans-serif">'
            "<p>Dobrý den,</p>"
            "<p>jsem externí správce IT pro Rádio Hanácký pulz (provozovatel Hanácký pulz "
            f"s.r.o., IČO {I33}) a na jejich žádost posílám přihlášku k XML výsledkům "
            "voleb:</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Server</th><th>Adresa</th><th>Účel</th></tr>"
            "<tr><td>rp-xml-01</td><td>198.51.100.60</td><td>produkce</td></tr>"
            "<tr><td>rp-xml-02</td><td>198.51.100.61</td><td>produkce – záloha</td></tr>"
            "<tr><td>rp-dev</td><td>198.51.100.62</td><td>vývoj / test</td></tr>"
            "</table>"
            "<p>Kontaktem pro technické věci jsem já, tel. 608 552 019. Za rádio žádost "
            "schválila ředitelka Mgr. Olga Vrbová (v kopii).</p>"
            "<p>S pozdravem<br>Filip Čermák</p>"
            '<p style="color:#666;font-size:9pt">Filip Čermák – IT služby | IČO '
            f"{I33C} | Olomouc | cermak-it.example</p>"
            "</body></html>"
        ),
    },
    {
        "id": "ai034-slovak-reply-list-cut-to-limit",
        "description": "Slovak daily replies to the office's note that eight addresses are too "
        "many: the new reduced list replaces the quoted original's range; IČO and phone only "
        "in the quoted original; the office's IČO and box quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Košický expres, a. s.",
            I34,
            None,
            ["203.0.113.81", "203.0.113.82", "203.0.113.83"],
            ["203.0.113.91"],
            "Ľubica Tóthová",
            "tothova@kosickyexpres.example",
            "+421556224109",
        ),
        "from": "Ľubica Tóthová <tothova@kosickyexpres.example>",
        "subject": "Re: RE: Žiadosť o prístup k XML",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "ďakujeme za upozornenie. Posielame upravený zoznam – ponechávame len tieto "
            "adresy:\n"
            "produkčné: 203.0.113.81, 203.0.113.82, 203.0.113.83\n"
            "testovacie: 203.0.113.91\n"
            "Ostatné údaje z pôvodnej žiadosti platia.\n\n"
            "S pozdravom\nĽubica Tóthová\n\n"
            "---------- Pôvodná správa ----------\n"
            "Od: podatelna@czso.cz\n"
            "Dátum: 3. 12. 2026 10:05\n"
            "Predmet: RE: Žiadosť o prístup k XML\n\n"
            "Dobrý den,\n"
            "v žádosti jste uvedli osm adres; povoleno je nejvýše 5 produkčních a 5 "
            "testovacích. Prosíme o úpravu.\n"
            "Český statistický úřad, IČO 00025593, ID DS 2gfaasy\n\n"
            "---------- Pôvodná správa ----------\n"
            "Od: Ľubica Tóthová <tothova@kosickyexpres.example>\n"
            "Dátum: 2. 12. 2026 14:22\n\n"
            f"Žiadateľ: Košický expres, a. s., IČO {I34}\n"
            "produkčné: 203.0.113.81 – 203.0.113.87\n"
            "testovacie: 203.0.113.91\n"
            "Kontaktná osoba: Ľubica Tóthová, +421 55 622 41 09\n"
        ),
    },
    {
        "id": "ai035-pdf-wrapped-cells-backup",
        "description": "weekly's PDF with narrow table columns: two production addresses "
        "(main and backup) in one wrapped cell, a test address valid until a date",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Vydavatelství Krkonošský týdeník, spol. s r. o.",
            I35,
            None,
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.63"],
            "Hana Rybová",
            "rybova@krkonossky-tydenik.example",
            "+420499811207",
        ),
        "from": "Hana Rybová <rybova@krkonossky-tydenik.example>",
        "subject": "Žádost o XML výsledky",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze žádost.\nS pozdravem\nHana Rybová, Krkonošský týdeník\n",
        "attachments": [
            (
                "pdf",
                "zadost_KT.pdf",
                [
                    "Vydavatelství Krkonošský týdeník, spol. s r. o.",
                    f"IČO {I35}, Horská 7, 541 01 Trutnov",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Typ serveru", "IP adresy", "Poznámka"],
                            [
                                "produkční (hlavní a záložní)",
                                "203.0.113.61, 203.0.113.62",
                                "záložní server v jiné lokalitě (Vrchlabí)",
                            ],
                            ["testovací", "203.0.113.63", "pouze do 31. 12. 2026"],
                        ],
                        "widths": [70, 70, 90],
                    },
                    "Kontaktní osoba: Ing. Hana Rybová, vedoucí vydání, +420 499 811 207, "
                    "rybova@krkonossky-tydenik.example",
                ],
            )
        ],
    },
    {
        "id": "ai036-html-terse-ipv6-sole-trader",
        "description": "three-line HTML-only Gmail note from a one-man local web: IPv6 only "
        "for production and test, 'IČ' with a sole trader's name",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Robert Pešta",
            I36,
            None,
            ["2001:db8:77::a"],
            ["2001:db8:77::b"],
            "Robert Pešta",
            "redakce@lokalka-semily.example",
            "+420604118392",
        ),
        "from": "Lokálka Semily <redakce@lokalka-semily.example>",
        "subject": "XML volby",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den, pro web Lokálka Semily prosím o přístup k XML '
            "výsledkům voleb.</div><div>produkce: 2001:db8:77::a<br>test: 2001:db8:77::b</div>"
            f"<div>provozovatel: Robert Pešta, IČ {I36}, tel. 604 118 392</div></div>"
        ),
    },
    {
        "id": "ai037-databox-film-academy-pdf",
        "description": "data message from a film academy: PDF letter asking only to film with "
        "students, the XML feed explicitly not requested, the department head as the contact",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FILM],
            "Akademie audiovizuálních umění Zlín",
            I37,
            "a4fz9mc",
            [],
            [],
            "Jan Hrdlička",
            "hrdlicka@aauz.example",
            "+420577201334",
        ),
        "subject": "Žádost o povolení natáčení studentů ve volební noc",
        "databox": {
            "box": "a4fz9mc",
            "sender": "Akademie audiovizuálních umění Zlín",
            "address": "Štefánikova 150, 760 01 Zlín",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "AAUZ_nataceni_volby.pdf",
                [
                    "Akademie audiovizuálních umění Zlín",
                    f"Štefánikova 150, 760 01 Zlín, IČO {I37}",
                    "Katedra dokumentární tvorby",
                    "Věc: žádost o povolení natáčení na sběrném místě",
                    "Žádáme o povolení, aby tři studenti druhého ročníku (Eliška Vaňková, "
                    "Matěj Sýkora, Nikol Hrubešová) natáčeli v rámci semestrálního cvičení "
                    "na sběrném místě ČSÚ ve Zlíně ve volební noc. Natáčení potrvá nejvýše "
                    "dvě hodiny a bude probíhat bez umělého osvětlení.",
                    "O přístup k datům s výsledky ve formátu XML nežádáme.",
                    "Kontaktní osoba: MgA. Jan Hrdlička, vedoucí katedry, tel. 577 201 334, "
                    "hrdlicka@aauz.example",
                    "Ve Zlíně 27. 11. 2026",
                ],
            )
        ],
    },
    {
        "id": "ai038-swiss-radio-version-and-port",
        "description": "Swiss radio writing German (ss for ß): the production client beside a "
        "four-part version number and a port, the test environment in the next clause, a "
        "Swiss UID that is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Oberland AG",
            None,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Reto Brunner",
            "r.brunner@radiooberland.example",
            "+41332251840",
        ),
        "from": "Reto Brunner <r.brunner@radiooberland.example>",
        "subject": "Zugang XML-Resultate Wahlnacht",
        "headers": EVOLUTION,
        "body": (
            "Grüezi\n\n"
            "Radio Oberland AG (UID CHE-114.372.905) möchte für die Wahlnacht Zugang zu den "
            "XML-Resultaten beantragen.\n\n"
            "Unser produktiver Abrufclient (Version 3.1.4.2, ausgehend über Port 8443) läuft "
            "auf 198.51.100.180; die Testumgebung hat die 198.51.100.181.\n\n"
            "Kontakt: Reto Brunner, Leiter Technik, +41 33 225 18 40\n\n"
            "Freundliche Grüsse\nReto Brunner\nRadio Oberland AG, Thun\n"
        ),
    },
    {
        "id": "ai039-town-internal-proxy-filming-later",
        "description": "town press office: an internal proxy address beside the public one, "
        "filming left for the municipal elections, the spokeswoman named as contact",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Město Lipová Hora",
            I39,
            None,
            ["198.51.100.14"],
            [],
            "Simona Kratochvílová",
            "kratochvilova@lipovahora.example",
            "+420465300281",
        ),
        "from": "Tiskové oddělení Lipová Hora <tisk@lipovahora.example>",
        "subject": "Žádost města o přístup k XML výsledkům",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            f"Město Lipová Hora (IČO {I39}) žádá o přístup k výsledkům voleb ve formátu XML "
            "pro městský zpravodajský portál.\n\n"
            "Stahovat bude náš interní proxy server 172.16.8.20, který do internetu vystupuje "
            "pod veřejnou adresou 198.51.100.14 - tu prosím povolte. Testovací adresu "
            "nemáme.\n\n"
            "O povolení k natáčení na sběrném místě požádáme až před komunálními volbami, "
            "tentokrát natáčet nebudeme.\n\n"
            "Kontaktní osoba: Simona Kratochvílová, tisková mluvčí, "
            "kratochvilova@lipovahora.example, tel. 465 300 281\n\n"
            "S pozdravem\n"
            "tiskové oddělení\n"
            "Městský úřad Lipová Hora, Náměstí 1, 561 51 Lipová Hora, ústředna 465 300 200\n"
        ),
    },
    {
        "id": "ai040-international-agency-ipv6-range",
        "description": "London agency writing English: production as an IPv6 range 'to', no "
        "test ('validate against production'), a Companies House number, the Prague bureau "
        "chief's London direct line",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Meridian News Agency Ltd",
            None,
            None,
            ["2001:db8:abc::10", "2001:db8:abc::11", "2001:db8:abc::12"],
            [],
            "Daniel Okafor",
            "d.okafor@meridiannews.example",
            "+442079460831",
        ),
        "from": "Daniel Okafor <d.okafor@meridiannews.example>",
        "subject": "Application for XML election results feed – Meridian News Agency",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Meridian News Agency Ltd (registered in England and Wales, company no. "
            "08412937) would like to apply for access to the XML election results feed for "
            "our Central Europe wire.\n\n"
            "Production: 2001:db8:abc::10 to 2001:db8:abc::12 (three pull nodes)\n"
            "Test: none – we will validate against production.\n\n"
            "We do not need permission to film.\n\n"
            "Contact: Daniel Okafor, Prague bureau chief, direct line +44 20 7946 0831 "
            "(routed to Prague), d.okafor@meridiannews.example\n\n"
            "Kind regards,\nDaniel Okafor\nMeridian News Agency Ltd | switchboard +44 20 7946 0000\n"
        ),
    },
    {
        "id": "ai041-producer-conditional-feed",
        "description": "film production company asks to film and 'if possible' also for the "
        "XML feed with one address: both requested; the producer is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Kamenný most produkce s.r.o.",
            I41,
            None,
            ["203.0.113.230"],
            [],
            "Veronika Štěpničková",
            "stepnickova@kamennymost.example",
            "+420605771284",
        ),
        "from": "Veronika Štěpničková <stepnickova@kamennymost.example>",
        "subject": "natáčení ve volební noc + případně XML",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            f"jsem producentka společnosti Kamenný most produkce s.r.o. (IČO {I41}). Pro "
            "dokumentární cyklus České noci natáčíme volební noc v Ústí nad Labem a žádáme "
            "o povolení natáčet na tamním sběrném místě ČSÚ.\n\n"
            "A pokud by to šlo, rádi bychom dostali i přístup k XML výsledkům – náš grafik by "
            "z nich dělal titulky do střihu. Stahovali bychom z adresy 203.0.113.230, "
            "testovací nemáme.\n\n"
            "Kontakt: Veronika Štěpničková, 605 771 284\n\n"
            "Děkuji a zdravím\nVeronika Štěpničková\n"
        ),
    },
    {
        "id": "ai042-databox-txt-checkbox-form",
        "description": "data message with a TXT form: [x] feed, [ ] filming, abbreviated "
        "prod./TST labels, last year's address cancelled in a note",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Jihomoravský zpravodaj, s.r.o.",
            I42,
            "j8zs5kw",
            ["198.51.100.111", "198.51.100.112"],
            ["198.51.100.119"],
            "Michal Staněk",
            "stanek@jmzpravodaj.example",
            "+420736204551",
        ),
        "subject": "Žádost o přístup – formulář v příloze",
        "databox": {
            "box": "j8zs5kw",
            "sender": "Jihomoravský zpravodaj, s.r.o.",
            "address": "Kounicova 5, 602 00 Brno",
        },
        "attachments": [
            (
                "txt",
                "zadost_JMZ.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\n\n"
                "[x] přístup k výsledkům ve formátu XML\n"
                "[ ] povolení k natáčení na sběrném místě\n\n"
                "Žadatel: Jihomoravský zpravodaj, s.r.o.\n"
                f"IČ: {I42}\n"
                "IP (prod.): 198.51.100.111, 198.51.100.112\n"
                "IP (TST): 198.51.100.119\n"
                "Kontakt: Bc. Michal Staněk, 736 204 551, stanek@jmzpravodaj.example\n\n"
                "Pozn.: adresu 198.51.100.110 z minulých voleb rušíme, již ji nepoužíváme.\n",
            )
        ],
    },
]
