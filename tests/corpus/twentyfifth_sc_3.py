"""Twentyfifth held-out part ``sc``, cases sc029–sc042: an institute's long signed letter with
a shortened range, a Hungarian TV filming only, a terse note with order words ('první … druhá'),
an agency's English 'respectively', a reply withdrawing filming from the applicant's own quoted
original, a Slovak regional TV with /32 blocks declining filming, a village's data message with a
power of attorney, a Slovak hosting contractor with host names and a temporary staging host, a
Swedish freelance photographer filming only, an IPv6 range in an Outlook HTML table, a wrong
address corrected in the same mail, a forward naming a replacement contact, a regional TV's data
message with an XLSX ano/ne sheet and a university's student TV asking only to film. Written by
hand apart from the extraction rules (see make_twentyfifth_sc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfifth_sc_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    flowed,
    ico,
)

I29, I31, I32, I33 = ico("0624815"), ico("2893047"), ico("2457360"), ico("2130985")
I34, I35, I36, I38 = ico("3651294"), ico("0057286"), ico("2754810"), ico("0914263")
I39, I40, I41, I42 = ico("2048371"), ico("2719564"), ico("2601857"), ico("6138940")

CASES: list[dict[str, Any]] = [
    {
        "id": "sc029-institute-signed-long-letter",
        "description": "an institute's long S/MIME-signed letter: production as 'až .164' "
        "(four addresses), grant numbers, ORCID and a version number; contact a named "
        "researcher, no test server",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Institut pro studium voleb a demokracie, z. ú.",
            I29,
            None,
            ["203.0.113.161", "203.0.113.162", "203.0.113.163", "203.0.113.164"],
            [],
            "Adam Kostka",
            "kostka@isvd.example",
            "+420731402958",
        ),
        "from": '"prof. PhDr. Helena Richterová, DrSc." <richterova@isvd.example>',
        "subject": "Žádost o přístup k průběžným výsledkům voleb pro výzkumné účely",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Vážené dámy, vážení pánové,\n\n"
            "Institut pro studium voleb a demokracie, z. ú., se dlouhodobě věnuje analýze "
            "volebního chování a spolehlivosti volebních prognóz. V rámci projektu "
            "„Rychlost a přesnost mediálního zpravodajství ve volební noc“ (TA ČR, "
            "č. TL05000318, řešitelka prof. Richterová, ORCID 0000-0002-1825-0097) "
            "sledujeme, jak rychle a jak přesně přebírají média Vaše průběžná data a jak "
            "se v průběhu noci mění jejich interpretace.\n\n"
            "Pro tento účel bychom Vás rádi požádali o přístup k serveru s průběžnými "
            "výsledky voleb do Poslanecké sněmovny ve formátu XML. Data budeme stahovat "
            "vlastním nástrojem (verze 3.1.2, dostupný pod licencí MIT) v intervalu, "
            "který stanovíte, a nebudeme je dále šířit v surové podobě.\n\n"
            "Výzkumný cluster institutu má veřejné adresy 203.0.113.161 až .164; "
            "žádáme o povolení všech čtyř. Samostatné testovací prostředí nemáme – "
            "zkušební provoz ověříme přímo na uvedených strojích.\n\n"
            "Kontaktní osobou pro tuto žádost je náš technický pracovník Mgr. Adam Kostka, "
            "tel. 731 402 958, kostka@isvd.example, který zajišťuje sběr dat a bude k "
            "dispozici i během volební noci.\n\n"
            f"Identifikační údaje: IČO {I29}, sídlo Opletalova 1015/45, 110 00 Praha 1. "
            "Institut je zapsán v rejstříku ústavů vedeném Městským soudem v Praze, "
            "oddíl U, vložka 1187.\n\n"
            "Natáčení na sběrných místech nepožadujeme.\n\n"
            "Předem děkuji za vstřícnost a jsem s pozdravem\n\n"
            "prof. PhDr. Helena Richterová, DrSc.\n"
            "ředitelka\n"
            "Institut pro studium voleb a demokracie, z. ú.\n"
            "tel. 224 918 300\n"
        ),
    },
    {
        "id": "sc030-hungarian-tv-filming",
        "description": "Hungarian regional TV writing Hungarian in ISO-8859-2 asks only to film "
        "at the Brno collection point; no feed mentioned",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Pannon Regionális Televízió Zrt.",
            None,
            None,
            [],
            [],
            "Szabó Péter",
            "szabo.peter@pannontv.example",
            "+36205551234",
        ),
        "from": "Szabó Péter <szabo.peter@pannontv.example>",
        "subject": "Forgatási engedély kérése – cseh parlamenti választás",
        "headers": GMAIL,
        "charset": "iso-8859-2",
        "body": (
            "Tisztelt Hölgyeim és Uraim!\n\n"
            "A Pannon Regionális Televízió Zrt. (Szombathely) riportot készít a cseh "
            "parlamenti választásokról. Ezúton kérjük szíves engedélyüket, hogy a választás "
            "éjszakáján forgatást végezhessünk a brnói eredménygyűjtő helyen (kb. 21:00 és "
            "23:30 között, két fős stáb: riporter és operatőr).\n\n"
            "Kapcsolattartó: Szabó Péter, +36 20 555 1234, szabo.peter@pannontv.example\n\n"
            "Üdvözlettel:\n"
            "Szabó Péter\n"
            "főszerkesztő-helyettes\n"
            "Pannon Regionális Televízió Zrt.\n"
        ),
    },
    {
        "id": "sc031-terse-order-words",
        "description": "a terse iPhone note giving two addresses and the roles by order "
        "('první ostrá, druhá testovací'); IČO typed with a space",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Jesenický týdeník s.r.o.",
            I31,
            None,
            ["192.0.2.210"],
            ["192.0.2.211"],
            "Roman Vitásek",
            "vitasek@jesenickytydenik.example",
            "+420604917332",
        ),
        "from": "Roman Vitásek <vitasek@jesenickytydenik.example>",
        "subject": "XML pristup",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobrý den, žádáme o přístup k XML s výsledky.\n"
            "IP 192.0.2.210 a 192.0.2.211 – první ostrá, druhá testovací.\n"
            f"Jesenický týdeník s.r.o., IČO {I31[:4]} {I31[4:]}\n"
            "R. Vitásek 604 917 332\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "sc032-agency-respectively",
        "description": "an agency's Czech subsidiary writing English: 'production and test … "
        "respectively'; a hyphenated surname",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Danube Press Agency CZ, a.s.",
            I32,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Martina Novotná-Reed",
            "m.novotna-reed@danubepress.example",
            "+420725663104",
        ),
        "from": "Martina Novotná-Reed <m.novotna-reed@danubepress.example>",
        "subject": "DPA CZ – XML results access request",
        "headers": MAC_OUTLOOK,
        "body": (
            "Good afternoon,\n\n"
            f"Danube Press Agency CZ, a.s. (company ID {I32}) would like to apply for "
            "access to the election results feed in XML.\n\n"
            "Our production and test servers are 198.51.100.90 and 198.51.100.91, "
            "respectively.\n\n"
            "Contact person: Martina Novotná-Reed, +420 725 663 104.\n\n"
            "We don't need a filming permit this time.\n\n"
            "Many thanks,\n"
            "Martina\n\n"
            "Martina Novotná-Reed | Head of Data Services\n"
            "Danube Press Agency CZ, a.s. | Na Poříčí 12, Praha 1\n"
        ),
    },
    {
        "id": "sc033-reply-withdraws-filming",
        "description": "a reply to the applicant's own earlier mail withdraws the filming part; "
        "addresses, IČO and contact only in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník, s.r.o.",
            I33,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Petra Havlíková",
            "havlikova@mbdenik.example",
            "+420731884206",
        ),
        "from": "Petra Havlíková <havlikova@mbdenik.example>",
        "subject": "Re: Žádost o přístup k XML a o natáčení",
        "headers": TBIRD,
        "flowed": True,
        "body": flowed(
            "Dobrý den,\n\n"
            "svou žádost o povolení natáčení z e-mailu níže tímto beru zpět – "
            "reportáž nakonec nebude. Přístup k XML datům ale potřebujeme dál, "
            "údaje platí.\n\n"
            "Petra Havlíková\n\n"
            "Dne 9. 9. 2025 v 14:11 Petra Havlíková napsal(a):\n"
            "> Dobrý den,\n"
            "> \n"
            f"> Mladoboleslavský deník, s.r.o. (IČO {I33}) žádá:\n"
            "> 1. o přístup k výsledkům voleb ve formátu XML – produkce 203.0.113.150,\n"
            "> test 203.0.113.151,\n"
            "> 2. o povolení natáčet na sběrném místě v Mladé Boleslavi.\n"
            "> \n"
            "> Kontakt: Petra Havlíková, 731 884 206\n"
            "> \n"
            "> Petra Havlíková, vedoucí online\n"
        ),
    },
    {
        "id": "sc034-slovak-tv-slash32-no-filming",
        "description": "Slovak regional TV in Slovak; addresses written as /32 blocks (one "
        "each), filming explicitly not requested; Slovak landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "TV Kysuce, s. r. o.",
            I34,
            None,
            ["198.51.100.250"],
            ["198.51.100.251"],
            "Martin Kubica",
            "kubica@tvkysuce.example",
            "+421414302211",
        ),
        "from": "Martin Kubica <kubica@tvkysuce.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý deň,\n\n"
            "TV Kysuce, s. r. o., so sídlom v Čadci, žiada o prístup k výsledkom volieb "
            "do Poslaneckej snemovne vo formáte XML (vysielame aj pre divákov na českej "
            "strane hranice).\n\n"
            "Produkčná adresa: 198.51.100.250/32\n"
            "Testovacia adresa: 198.51.100.251/32\n\n"
            "O nakrúcanie na zberných miestach nežiadame.\n\n"
            f"IČO: {I34}\n"
            "Kontakt: Martin Kubica, technický riaditeľ, tel. +421 41 430 2211\n\n"
            "S pozdravom\nMartin Kubica\n"
        ),
    },
    {
        "id": "sc035-village-databox-power-of-attorney",
        "description": "a village's data message: the application in the annotation, the "
        "attached DOCX is a power of attorney for an IT contractor who is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Zlatník",
            I35,
            "oz2lt5n",
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Jan Vostrý",
            "vostry@vostry-it.example",
            "+420603881240",
        ),
        "subject": (
            "Žádost obce o XML výsledky voleb pro obecní web: IP 198.51.100.33 (ostrá), "
            "198.51.100.34 (test). Kontakt: Jan Vostrý, 603 881 240, vostry@vostry-it.example"
        ),
        "databox": {
            "box": "oz2lt5n",
            "sender": "Obec Zlatník",
            "address": "Zlatník 14, 285 06 Zlatník",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "plna_moc_Vostry.docx",
                {
                    "blocks": [
                        "PLNÁ MOC",
                        f"Obec Zlatník, IČO {I35}, se sídlem Zlatník 14, 285 06, zastoupená "
                        "starostou Pavlem Novákem,",
                        "zmocňuje",
                        "Jana Vostrého, IT dodavatele obce, nar. 4. 3. 1981, k jednání "
                        "s Českým statistickým úřadem ve věci přístupu obce k výsledkům voleb "
                        "ve formátu XML, včetně sdělení technických údajů.",
                        "Ve Zlatníku dne 8. 9. 2025",
                        "Pavel Novák, starosta                    Plnou moc přijímám: Jan Vostrý",
                    ]
                },
            )
        ],
    },
    {
        "id": "sc036-slovak-hosting-hostnames",
        "description": "a Slovak hosting company writes English for a Czech publisher: host "
        "names with addresses in brackets, a temporary staging host for testing, the "
        "contractor's engineer as the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Noviny Podbrdsko s.r.o.",
            I36,
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Marek Hudák",
            "marek.hudak@tatrahost.example",
            "+421903662517",
        ),
        "from": "Marek Hudák <marek.hudak@tatrahost.example>",
        "subject": "Noviny Podbrdsko – election XML access (on behalf of the publisher)",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "TatraHost s.r.o. runs the hosting for Noviny Podbrdsko s.r.o. "
            f"(IČO {I36}). On behalf of the publisher we are requesting access to the "
            "election results in XML.\n\n"
            "Hosts:\n"
            "  feed-a.podbrdsko.example (203.0.113.71) – production\n"
            "  feed-b.podbrdsko.example (203.0.113.72) – production, failover\n"
            "  staging.podbrdsko.example (203.0.113.79) – testing only; temporary, will be "
            "decommissioned after the elections\n\n"
            "Please direct technical questions to me: Marek Hudák, +421 903 662 517.\n\n"
            "Regards,\n"
            "Marek Hudák\n"
            "Senior Engineer, TatraHost s.r.o., Žilina\n"
            "IČO 52 417 306 (SK)\n"
        ),
    },
    {
        "id": "sc037-swedish-photographer-filming",
        "description": "a Swedish freelance photographer writing Swedish and English asks only "
        "to film and photograph; no company, Swedish mobile",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Elin Sjöberg",
            None,
            None,
            [],
            [],
            "Elin Sjöberg",
            "elin@sjobergfoto.example",
            "+46701234567",
        ),
        "from": "Elin Sjöberg <elin@sjobergfoto.example>",
        "subject": "Ansökan om fotografering / request to film at counting centre",
        "headers": IPHONE,
        "body": (
            "Hej!\n\n"
            "Jag är frilansande fotograf och filmare från Göteborg och arbetar med ett "
            "reportage om valet i Tjeckien för en svensk tidskrift.\n\n"
            "In English: I would like to ask for permission to film and take photos at your "
            "results collection point in Prague on election night. I work alone, no company "
            "(enskild firma not registered in CZ). I do not need the XML data feed.\n\n"
            "Phone: +46 70 123 45 67\n\n"
            "Tack så mycket!\nElin Sjöberg\nsjobergfoto.example\n"
        ),
    },
    {
        "id": "sc038-outlook-html-ipv6-range",
        "description": "HTML-only Outlook mail; production as an IPv6 range 'a – c' (three "
        "addresses) in a table, one IPv6 test address",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Střed, s.r.o.",
            I38,
            None,
            ["2001:db8:40::a", "2001:db8:40::b", "2001:db8:40::c"],
            ["2001:db8:40::f0"],
            "Jakub Sedláček",
            "sedlacek@zastred.example",
            "+420606215847",
        ),
        "from": "Sedláček Jakub <sedlacek@zastred.example>",
        "subject": "ZAS – přístup k XML (IPv6)",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Zpravodajská agentura Střed, s.r.o., IČO '
            f"{I38}, žádá o přístup k výsledkům voleb ve formátu XML. Jsme čistě na IPv6:</p>"
            '<table border="1" cellspacing="0" cellpadding="3">'
            "<tr><td><b>Produkce</b></td><td>2001:db8:40::a – 2001:db8:40::c</td></tr>"
            "<tr><td><b>Test</b></td><td>2001:db8:40::f0</td></tr>"
            "</table>"
            '<p class="MsoNormal">Kontakt: Jakub Sedláček, +420 606 215 847</p>'
            '<p class="MsoNormal">Díky,<br>Jakub Sedláček<br>vedoucí provozu ZAS</p>'
            "</body></html>"
        ),
    },
    {
        "id": "sc039-typo-corrected-same-mail",
        "description": "the writer notices a transposed production address and corrects it "
        "further down the same mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rokycanský obzor s.r.o.",
            I39,
            None,
            ["192.0.2.71"],
            ["192.0.2.72"],
            "Zdeněk Loukota",
            "loukota@rokycanskyobzor.example",
            "+420371508266",
        ),
        "from": "Zdeněk Loukota <loukota@rokycanskyobzor.example>",
        "subject": "Žádost o XML výsledky",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"Rokycanský obzor s.r.o., IČO {I39}, žádá o přístup k výsledkům voleb v XML.\n\n"
            "Produkční server: 192.0.2.17\n"
            "Testovací server: 192.0.2.72\n\n"
            "Kontakt: Zdeněk Loukota, 371 508 266\n\n"
            "Oprava – teď koukám, že jsem u produkčního serveru přehodil číslice. Správně "
            "je 192.0.2.71, ne 192.0.2.17. Testovací je v pořádku.\n\n"
            "Zdeněk Loukota\n"
        ),
    },
    {
        "id": "sc040-forward-replaced-contact",
        "description": "a manager forwards a colleague's earlier application and names a new "
        "contact because the original one is leaving; addresses from the forwarded text",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vysočina Media, a.s.",
            I40,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.185"],
            "Tomáš Brabec",
            "brabec@vysocinamedia.example",
            "+420608229371",
        ),
        "from": "Hana Zelenková <zelenkova@vysocinamedia.example>",
        "subject": "Fw: Žádost o přístup k XML výsledkům – změna kontaktu",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost, kterou Vám minulý týden poslala kolegyně Jana Nová. Jana "
            "od nás k 30. 9. odchází, kontaktní osobou pro tuto žádost proto bude Tomáš "
            "Brabec, brabec@vysocinamedia.example, tel. 608 229 371. Ostatní údaje se "
            "nemění.\n\n"
            "S pozdravem\n"
            "Hana Zelenková\n"
            "ředitelka zpravodajství, Vysočina Media, a.s.\n\n"
            "________________________________\n"
            "Od: Jana Nová <nova@vysocinamedia.example>\n"
            "Odesláno: pondělí 1. září 2025 10:12\n"
            "Komu: podatelna@czso.cz\n"
            "Předmět: Žádost o přístup k XML výsledkům\n\n"
            "Dobrý den,\n\n"
            f"Vysočina Media, a.s. (IČO {I40}) žádá o přístup k výsledkům voleb ve formátu "
            "XML.\n"
            "Produkční IP: 198.51.100.180, 198.51.100.181\n"
            "Testovací IP: 198.51.100.185\n"
            "Kontaktní osoba: Jana Nová, tel. 605 117 448\n\n"
            "Jana Nová\n"
        ),
    },
    {
        "id": "sc041-regional-tv-databox-xlsx-yes-no",
        "description": "a regional TV's data message with an XLSX: an ano/ne column for both "
        "request types (both ano), address rows with roles; the annotation is generic",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Jih, a.s.",
            I41,
            "rj5tv7e",
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.165"],
            "Lucie Mrázková",
            "mrazkova@rtvjih.example",
            "+420387442915",
        ),
        "subject": "RTV Jih – žádost média (volby 2025)",
        "databox": {
            "box": "rj5tv7e",
            "sender": "Regionální televize Jih, a.s.",
            "address": "Pražská 33, 370 04 České Budějovice",
        },
        "attachments": [
            (
                "xlsx",
                "RTV_Jih_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Regionální televize Jih, a.s."],
                            ["IČO", I41],
                            ["", ""],
                            ["Požadavek", "ano/ne"],
                            ["Přístup k výsledkům ve formátu XML", "ano"],
                            ["Natáčení na sběrném místě (České Budějovice)", "ano"],
                            ["", ""],
                            ["Role", "IP adresa"],
                            ["produkce", "192.0.2.160"],
                            ["produkce", "192.0.2.161"],
                            ["test", "192.0.2.165"],
                            ["", ""],
                            ["Kontaktní osoba", "Lucie Mrázková"],
                            ["Telefon", "387 442 915"],
                            ["E-mail", "mrazkova@rtvjih.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "sc042-university-student-tv-filming",
        "description": "a university's student TV asks only to film; the applicant is the "
        "university, the contact a student editor; the feed is declined",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FILM],
            "Univerzita Horního Povltaví",
            I42,
            None,
            [],
            [],
            "Anežka Fialová",
            "fialova.anezka@studenti.uhp.example",
            "+420730554182",
        ),
        "from": "Anežka Fialová <fialova.anezka@studenti.uhp.example>",
        "subject": "natáčení studentské televize UHP TV ve volební noc",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "jsem studentka žurnalistiky a šéfredaktorka studentské televize UHP TV, kterou "
            "provozuje Filozofická fakulta Univerzity Horního Povltaví. Rádi bychom ve "
            "volební noc natočili reportáž na Vašem sběrném místě v Českém Krumlově "
            "(3 studenti, jedna kamera, zhruba hodinu).\n\n"
            "Přístup k XML výsledkům nepotřebujeme.\n\n"
            f"Žadatel: Univerzita Horního Povltaví, IČO {I42} (žádost schválil proděkan "
            "doc. Mgr. Ivan Štícha, Ph.D.)\n"
            "Kontakt: Anežka Fialová, tel. 730 554 182\n\n"
            "Děkuji a přeji hezký den\n"
            "Anežka Fialová\n"
            "UHP TV\n"
        ),
    },
]
