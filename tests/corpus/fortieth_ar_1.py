"""Fortieth held-out part ``ar``, cases ar001–ar014: foreign media writing German, Polish,
Slovak, Hungarian, French, Spanish and Swedish, a university faculty, a town's data message, an
IT contractor writing for a weekly, a terse corrected note, a long letter whose filming request
the mail withdraws, a replaced server and an agency's data message with a DOCX. Written by hand
apart from the extraction rules (see make_fortieth_ar); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortieth_ar_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I3, I4, I8, I9 = ico("3582016"), ico("1094527"), ico("0021847"), ico("0026378")
I10, I10C, I11, I12 = ico("2493178"), ico("0718425"), ico("2835064"), ico("4620193")
I13, I14 = ico("2719480"), ico("4591302")

CASES: list[dict[str, Any]] = [
    {
        "id": "ar001-german-bzw-declines-filming",
        "description": "German regional broadcaster writing German: two addresses with roles "
        "given by 'Produktion bzw. Test', filming explicitly not needed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ostmark Rundfunk GmbH",
            None,
            None,
            ["198.51.100.14"],
            ["198.51.100.15"],
            "Sabine Kröger",
            "s.kroeger@ostmark-rundfunk.example",
            "+4935188471520",
        ),
        "from": "Sabine Kröger <s.kroeger@ostmark-rundfunk.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Ostmark Rundfunk",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Ostmark Rundfunk GmbH (Dresden) berichtet auch in diesem Jahr über die "
            "Parlamentswahlen in Tschechien und beantragt hiermit den Zugang zum Server mit "
            "den Ergebnissen im XML-Format.\n\n"
            "Abrufen werden wir von den Servern 198.51.100.14 und 198.51.100.15 "
            "(Produktion bzw. Test).\n\n"
            "Eine Drehgenehmigung für die Sammelstellen benötigen wir diesmal nicht, unser "
            "Team bleibt in Dresden.\n\n"
            "Ansprechpartnerin bin ich selbst: Sabine Kröger, Tel. +49 351 884715-20, "
            "s.kroeger@ostmark-rundfunk.example.\n\n"
            "Mit freundlichen Grüßen\n\nSabine Kröger\nNachrichtentechnik / Wahlberichterstattung\n"
            "Ostmark Rundfunk GmbH · Königsbrücker Str. 96 · 01099 Dresden\n"
            "Amtsgericht Dresden HRB 40217 · USt-IdNr. DE 318 442 907\n"
        ),
    },
    {
        "id": "ar002-polish-cidr-both",
        "description": "Polish news portal writing Polish: a /30 production block (four "
        "addresses), one test address, filming at the Ostrava collection point too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Portal Śląsk-Morawy Sp. z o.o.",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.20"],
            "Katarzyna Wróbel",
            "k.wrobel@slask-morawy.example",
            "+48322051447",
        ),
        "from": "Katarzyna Wróbel <k.wrobel@slask-morawy.example>",
        "subject": "Wniosek o dostęp do wyników wyborów XML oraz zgoda na nagrywanie",
        "headers": OUTLOOK,
        "body": (
            "Szanowni Państwo,\n\n"
            "w imieniu spółki Portal Śląsk-Morawy Sp. z o.o. (Katowice, NIP 634-288-19-07) "
            "zwracam się z prośbą o udostępnienie wyników wyborów w formacie XML.\n\n"
            "Adresy produkcyjne: cała podsieć 203.0.113.8/30\n"
            "Adres testowy: 203.0.113.20\n\n"
            "Ponadto prosimy o zgodę na nagrywanie materiału wideo w punkcie zbiorczym "
            "w Ostrawie w noc wyborczą (2 osoby, kamera bez statywu).\n\n"
            "Osoba kontaktowa: Katarzyna Wróbel, tel. +48 32 205 14 47, "
            "k.wrobel@slask-morawy.example\n\n"
            "Z poważaniem\nKatarzyna Wróbel\nkierownik działu danych\n"
            "Portal Śląsk-Morawy Sp. z o.o.\nul. Mikołowska 41, 40-066 Katowice\n"
        ),
    },
    {
        "id": "ar003-slovak-terse-agency",
        "description": "three lines in Slovak from an agency's night desk, abbreviations "
        "'prod'/'test', IČO with spaces, Slovak mobile without country code",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Podunajská tlačová agentúra, a.s.",
            I3,
            None,
            ["192.0.2.31"],
            ["192.0.2.32"],
            "Marek Hudec",
            "hudec@pta.example",
            "+421905318442",
        ),
        "from": "Marek Hudec <hudec@pta.example>",
        "subject": "XML volby - PTA",
        "headers": ZIMBRA,
        "body": (
            "Dobrý deň,\nprosíme o prístup k XML s výsledkami. prod 192.0.2.31, test 192.0.2.32.\n"
            f"Podunajská tlačová agentúra, a.s., IČO {I3[:2]} {I3[2:5]} {I3[5:]}, "
            "kontakt ja, 0905 318 442.\nMarek Hudec, nočná služba\n"
        ),
    },
    {
        "id": "ar004-hungarian-english-table",
        "description": "Hungarian online outlet: Hungarian text with an English role table in "
        "HTML, 'éles' for production, filming declined in Hungarian",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Dunapart Média Kft.",
            None,
            None,
            ["198.51.100.161", "198.51.100.162"],
            ["198.51.100.170"],
            "Szűcs Tamás",
            "szucs.tamas@dunapart.example",
            "+36301247785",
        ),
        "from": "Szűcs Tamás <szucs.tamas@dunapart.example>",
        "subject": "Kérelem – választási eredmények XML / request for XML access",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Tisztelt Hölgyem/Uram!</div><div><br></div>'
            "<div>A Dunapart Média Kft. (Budapest) hírportálja, a dunapart.example élőben "
            "közvetíti a cseh választások eredményeit, ezért kérjük a hozzáférést az XML "
            "szerverhez. Az IP címeket angolul küldöm, a kollégáim így töltötték ki:</div>"
            '<div><br></div><table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Purpose</th><th>IP address</th></tr>"
            "<tr><td>production (éles)</td><td>198.51.100.161</td></tr>"
            "<tr><td>production (éles, backup)</td><td>198.51.100.162</td></tr>"
            "<tr><td>test (teszt)</td><td>198.51.100.170</td></tr>"
            "</table><div><br></div>"
            "<div>Forgatási engedélyre nincs szükségünk, a helyszínen nem leszünk jelen.</div>"
            "<div><br></div><div>Kapcsolattartó: Szűcs Tamás, +36 30 124 7785</div>"
            "<div><br></div><div>Üdvözlettel / Best regards,</div>"
            "<div>Szűcs Tamás<br>technikai vezető | Dunapart Média Kft.<br>"
            "1139 Budapest, Váci út 81.</div></div>"
        ),
    },
    {
        "id": "ar005-french-respectivement-ipv6",
        "description": "French regional daily writing French: an IPv4 and an IPv6 address "
        "assigned by 'respectivement', filming requested as well",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "L'Écho de l'Est SA",
            None,
            None,
            ["192.0.2.140"],
            ["2001:db8:0:12::140"],
            "Claire Rousseau",
            "claire.rousseau@echodelest.example",
            "+33388214076",
        ),
        "from": "Claire Rousseau <claire.rousseau@echodelest.example>",
        "subject": "Demande d'accès aux résultats électoraux (XML) et autorisation de tournage",
        "headers": APPLE,
        "body": (
            "Madame, Monsieur,\n\n"
            "Le quotidien L'Écho de l'Est SA (Strasbourg) souhaite obtenir l'accès au serveur "
            "des résultats des élections législatives tchèques au format XML.\n\n"
            "Les adresses 192.0.2.140 et 2001:db8:0:12::140 serviront respectivement à la "
            "production et aux tests.\n\n"
            "Nous souhaitons également filmer au centre de collecte de Prague le soir du "
            "dépouillement (une journaliste et un caméraman) et vous prions de bien vouloir "
            "nous accorder l'autorisation nécessaire.\n\n"
            "Contact : Claire Rousseau, +33 3 88 21 40 76, claire.rousseau@echodelest.example\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "Claire Rousseau\nService Europe – L'Écho de l'Est\n"
            "12 quai Kléber, 67000 Strasbourg\n"
        ),
    },
    {
        "id": "ar006-spanish-filming-only",
        "description": "Spanish TV crew writing Spanish: filming only, the XML access "
        "explicitly not needed; production phone and a hotel number in Prague",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Televisión Atlántica S.A.",
            None,
            None,
            [],
            [],
            "Javier Ortega Ruiz",
            "jortega@tvatlantica.example",
            "+34617402238",
        ),
        "from": "Javier Ortega Ruiz <jortega@tvatlantica.example>",
        "subject": "Solicitud de permiso de grabación – elecciones checas",
        "headers": IPHONE,
        "cte": "base64",
        "body": (
            "Buenos días:\n\n"
            "Somos un equipo de Televisión Atlántica S.A. (Vigo) y vamos a cubrir las "
            "elecciones en la República Checa. Solicitamos permiso para grabar en el centro "
            "de recogida de resultados de Praga la noche electoral: un reportero, un "
            "cámara (Iñaki Sola) y yo como productor.\n\n"
            "No necesitamos acceso a los datos XML, sólo la grabación.\n\n"
            "Persona de contacto: Javier Ortega Ruiz, móvil +34 617 40 22 38. "
            "Del 2 al 5 de octubre estaremos en el Hotel Vltava, tel. +420 224 000 118, "
            "habitación 312.\n\n"
            "Un saludo,\nJavier Ortega\nProductor – Informativos TVA\n\n"
            "Enviado desde mi iPhone\n"
        ),
    },
    {
        "id": "ar007-swedish-freelancer-same-host",
        "description": "Swedish freelance journalist writing Swedish and English, her own "
        "name as applicant, testing from the production host (no test address)",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Karin Lindqvist",
            None,
            None,
            ["198.51.100.77"],
            [],
            "Karin Lindqvist",
            "karin@lindqvist-text.example",
            "+46707318254",
        ),
        "from": "Karin Lindqvist <karin@lindqvist-text.example>",
        "subject": "Åtkomst till valresultat i XML / access to election results",
        "body": (
            "Hej!\n\n"
            "Jag är frilansjournalist och driver en liten valsajt om Centraleuropa. "
            "(English below.)\n\n"
            "Jag vill gärna få tillgång till XML-resultaten. Servern har adressen "
            "198.51.100.77, och jag testar från samma maskin – ingen separat testadress.\n\n"
            "---\n"
            "I am a freelance journalist (no company, I publish under my own name) and would "
            "like access to the XML results from 198.51.100.77. Testing will be done from "
            "the same machine.\n\n"
            "Hälsningar / Best,\nKarin Lindqvist\n+46 70 731 82 54\nlindqvist-text.example\n"
        ),
    },
    {
        "id": "ar008-university-faculty-range",
        "description": "a faculty's student newsroom: applies as its university, production "
        "addresses as a written range 'až', a named technician as contact, filming only for "
        "a later election",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Univerzita Horního Pomoraví v Šumperku",
            I8,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42"],
            ["198.51.100.50"],
            "Tomáš Hrubý",
            "hruby.tomas@uhp.example",
            "+420583301295",
        ),
        "from": '"doc. PhDr. Alena Kosová, Ph.D." <kosova@uhp.example>',
        "subject": "Žádost studentské redakce o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            "obracím se na Vás jménem Katedry žurnalistiky Filozofické fakulty. Naše "
            "studentská redakce (web Kampus Live) bude ve volební noci zpravodajsky "
            "pokrývat výsledky, proto žádáme o přístup k serveru s výsledky ve formátu XML.\n\n"
            f"Žadatel: Univerzita Horního Pomoraví v Šumperku, IČ: {I8}\n"
            "Fakulta není samostatnou právnickou osobou, proto uvádím údaje univerzity.\n\n"
            "Produkční adresy: 198.51.100.40 až 198.51.100.42 (laboratoř Kampus Live)\n"
            "Testovací adresa: 198.51.100.50\n\n"
            "Kontaktní osobou pro technickou stránku je Bc. Tomáš Hrubý, technik laboratoře, "
            "tel. 583 301 295, hruby.tomas@uhp.example.\n\n"
            "Studenti by rádi také natáčeli na sběrném místě, to však podáme samostatnou "
            "žádostí až před krajskými volbami, letos natáčet nebudeme.\n\n"
            "S pozdravem\n"
            "doc. PhDr. Alena Kosová, Ph.D.\nvedoucí Katedry žurnalistiky FF UHP\n"
            "tel. 583 301 210 | místnost 2.14\n"
        ),
    },
    {
        "id": "ar009-databox-town-annotation",
        "description": "town's data message: the application only in the annotation, the "
        "attached file is the council resolution",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Luhy",
            I9,
            "q4h8tw2",
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Eva Horká",
            "horka@mestoluhy.example",
            "+420731555204",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: produkční IP 192.0.2.88, testovací "
            "192.0.2.89, kontakt Bc. Eva Horká, tel. 731 555 204, horka@mestoluhy.example"
        ),
        "databox": {
            "box": "q4h8tw2",
            "sender": "Město Luhy",
            "address": "Masarykovo nám. 3, 687 21 Luhy",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "usneseni_RM_2025_147.txt",
                "MĚSTO LUHY\nUsnesení Rady města Luhy č. 147/2025 ze dne 1. 9. 2025\n\n"
                "Rada města po projednání\n"
                "1. schvaluje zajištění zpravodajství o volbách na webu a v Luhovském "
                "zpravodaji,\n"
                "2. ukládá odboru vnitřních věcí požádat ČSÚ o přístup k výsledkům.\n\n"
                f"Město Luhy, IČO {I9}\n"
                "Ing. Pavel Rada, starosta\n",
            )
        ],
    },
    {
        "id": "ar010-contractor-for-weekly-netmask",
        "description": "IT contractor writes for a weekly: the weekly is the applicant, the "
        "contractor (with its own IČO) is the contact; an address with a /31 netmask",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I10,
            None,
            ["198.51.100.128", "198.51.100.129"],
            [],
            "Ondřej Kalina",
            "kalina@netkal.example",
            "+420608117392",
        ),
        "from": "Ondřej Kalina <kalina@netkal.example>",
        "cc": "redakce@podbrdsko.example",
        "subject": "Přístup k XML výsledkům – Týdeník Podbrdsko",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "spravuji servery pro Týdeník Podbrdsko s.r.o. (IČO "
            f"{I10}) a na jejich žádost posílám přihlášku k odběru výsledků ve formátu XML.\n\n"
            "Stahovat budeme z adresy 198.51.100.128 s maskou 255.255.255.254 (dva stroje za "
            "balancerem). Samostatné testovací prostředí redakce nemá.\n\n"
            "Kontaktní osobou pro tuto žádost jsem já, šéfredaktorka pí Veselá je v kopii.\n\n"
            "Díky,\nOndřej Kalina\nNETKAL – správa sítí\n"
            f"IČ {I10C}, Rožmitál pod Třemšínem 262 42\nmob. 608 117 392\n"
        ),
    },
    {
        "id": "ar011-terse-corrected-test",
        "description": "two-line note from Seznam Email that corrects its own test address "
        "in a second line",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Kraslice s.r.o.",
            I11,
            None,
            ["203.0.113.44"],
            ["203.0.113.46"],
            "Libor Šafránek",
            "safranek@radiokraslice.example",
            "+420721904663",
        ),
        "from": "Libor Šafránek <safranek@radiokraslice.example>",
        "subject": "volby xml",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            f"Rádio Kraslice s.r.o., IČO {I11}: žádáme o XML, produkce 203.0.113.44, "
            "test 203.0.113.45.\n"
            "Oprava - test je 203.0.113.46, ne .45 (překlep). Šafránek, 721 904 663\n"
        ),
    },
    {
        "id": "ar012-letter-pdf-filming-withdrawn",
        "description": "long formal letter in a PDF asking for both; the covering mail "
        "withdraws the filming request",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vydavatelství Horácko, a.s.",
            I12,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.110"],
            "Radka Pelcová",
            "pelcova@horacko.example",
            "+420566212874",
        ),
        "from": '"Mgr. Radka Pelcová" <pelcova@horacko.example>',
        "subject": "Žádost – výsledky voleb XML (dopis v příloze)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám podepsanou žádost našeho vydavatelství. Jedna změna proti "
            "dopisu: žádost o povolení natáčení na sběrném místě v Jihlavě stahujeme, štáb "
            "v ten večer nebude k dispozici. Přístup k XML platí beze změny.\n\n"
            "S pozdravem\nRadka Pelcová\nVydavatelství Horácko\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_CSU_Horacko.pdf",
                [
                    "Vydavatelství Horácko, a.s.\nNa Hradbách 14, 586 01 Jihlava\n"
                    f"IČO: {I12}   DIČ: CZ{I12}",
                    "Český statistický úřad\nodbor zpracování voleb\nNa padesátém 81\n"
                    "100 82 Praha 10",
                    "V Jihlavě dne 11. září 2025\nNaše značka: VH/2025/0412",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Vážené dámy, vážení pánové,\n"
                    "Vydavatelství Horácko, a.s., vydavatel deníku Horácké listy a "
                    "zpravodajského portálu horacko.example, se již potřetí obrací na Váš "
                    "úřad se žádostí o přístup k průběžným výsledkům voleb. Naše redakce "
                    "zpracovává výsledky pro 126 obcí regionu a pro čtenáře připravuje "
                    "interaktivní mapy, jejichž aktualizace probíhá v minutových intervalech.",
                    "Žádáme tímto:\n"
                    "1) o zřízení přístupu k serveru s výsledky ve formátu XML,\n"
                    "2) o povolení natáčení na sběrném místě v Jihlavě.",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkční (primární)", "192.0.2.101"],
                            ["produkční (sekundární)", "192.0.2.102"],
                            ["testovací", "192.0.2.110"],
                        ],
                        "widths": [200, 160],
                    },
                    "Kontaktní osobou je Mgr. Radka Pelcová, vedoucí on-line vydání, tel. "
                    "+420 566 212 874, e-mail pelcova@horacko.example.",
                    "Děkujeme za vyřízení a jsme s pozdravem\n\n"
                    "Ing. Jaroslav Kučera\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "ar013-html-replaced-server",
        "description": "HTML mail: the old production server is replaced by a new one, the "
        "old one struck out in the table",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Mediální dům Polabí, s. r. o.",
            I13,
            None,
            ["203.0.113.71"],
            ["203.0.113.72"],
            "Jana Štíbrová",
            "stibrova@mdpolabi.example",
            "+420739842016",
        ),
        "from": "Jana Štíbrová <stibrova@mdpolabi.example>",
        "subject": "Přístup k výsledkům voleb – nový server",
        "headers": OUTLOOK,
        "html": (
            '<html><body lang="CS"><p>Dobrý den,</p>'
            "<p>posíláme přihlášku k odběru výsledků ve formátu XML pro Mediální dům Polabí, "
            f"s. r. o., IČ {I13[:3]} {I13[3:6]} {I13[6:]}. Loni jsme stahovali ze serveru "
            "203.0.113.70, ten byl v srpnu nahrazen novým strojem a už se nepoužívá.</p>"
            '<table border="1" cellspacing="0" cellpadding="3">'
            "<tr><td><b>Server</b></td><td><b>Adresa</b></td><td><b>Stav</b></td></tr>"
            "<tr><td>produkce (starý)</td><td><s>203.0.113.70</s></td><td>zrušen</td></tr>"
            "<tr><td>produkce</td><td>203.0.113.71</td><td>nový</td></tr>"
            "<tr><td>test</td><td>203.0.113.72</td><td>nový</td></tr>"
            "</table>"
            "<p>Kontakt: Jana Štíbrová, +420 739 842 016</p>"
            "<p>Děkuji<br>Jana Štíbrová<br>produkční online | Mediální dům Polabí<br>"
            '<span style="color:#888">www.mdpolabi.example · Pernerova 2, 530 02 '
            "Pardubice</span></p></body></html>"
        ),
    },
    {
        "id": "ar014-databox-agency-docx-ipv6",
        "description": "agency's data message: the DOCX has the roles as row headers, an "
        "IPv6 test address, IČO only in the footer; the annotation is a bare title",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Česká zpravodajská služba, a.s.",
            I14,
            "b7zr3mx",
            ["198.51.100.221", "198.51.100.222"],
            ["2001:db8:51::21"],
            "Petr Lacina",
            "lacina@czs.example",
            "+420224871306",
        ),
        "subject": "Přihláška – výsledky voleb XML",
        "databox": {
            "box": "b7zr3mx",
            "sender": "Česká zpravodajská služba, a.s.",
            "address": "Opletalova 11, 110 00 Praha 1",
        },
        "attachments": [
            (
                "docx",
                "prihlaska_CZS.docx",
                {
                    "header": "Česká zpravodajská služba – technický provoz",
                    "footer": f"Česká zpravodajská služba, a.s. | IČO {I14} | "
                    "zapsaná u MS v Praze, B 22871",
                    "blocks": [
                        "Přihláška k odběru výsledků voleb ve formátu XML",
                        "Agentura žádá o přístup k serveru s výsledky pro svou "
                        "zpravodajskou linku a odběratele servisu.",
                        {
                            "rows": [
                                ["Produkční server 1", "198.51.100.221"],
                                ["Produkční server 2", "198.51.100.222"],
                                ["Testovací server", "2001:db8:51::21"],
                                ["Kontaktní osoba", "Petr Lacina, vedoucí provozu"],
                                ["Telefon", "+420 224 871 306"],
                                ["E-mail", "lacina@czs.example"],
                            ]
                        },
                        "Natáčení na sběrných místech nepožadujeme.",
                    ],
                },
            )
        ],
    },
]
