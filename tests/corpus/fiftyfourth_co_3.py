"""Fifty-fourth held-out part ``co``, cases co029–co042: a Finnish correction dropping
filming, an agency forwarding its bureau's mail as .eml, a German/English workbook with a
range, data messages with an RTF ('v tomto pořadí'), a DOCX from a videographer and an ODT
with a shorthand range, a Hungarian netmask, a Swiss filming-only request, a university lab's
CIDR block, an HTML table from a regional TV, a terse reply dropping the feed, a PR agency
writing 'bzw.' for a Tyrolean broadcaster, a Polish base64 mail with an IPv6 range and a
Dutch crew's fixer forwarding inline. Written by hand apart from the extraction rules (see
make_fiftyfourth_co); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfourth_co_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I30, I32, I33, I36 = ico("4930158"), ico("2680417"), ico("7130269"), ico("6140823")
I37, I38 = ico("2579304"), ico("0826413")

CASES: list[dict[str, Any]] = [
    {
        "id": "co029-fi-correction-drops-filming",
        "description": "Finnish regional daily asks for both, a 'Korjaus' line further down "
        "drops the filming permit: feed only with its addresses",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pohjanmaan Uutiset Oy",
            None,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.68"],
            "Aino Rantanen",
            "aino.rantanen@pohjanmaanuutiset.example",
            "+358405518234",
        ),
        "from": "Aino Rantanen <aino.rantanen@pohjanmaanuutiset.example>",
        "subject": "Hakemus: vaalitulokset XML + kuvauslupa",
        "headers": OUTLOOK,
        "body": "Hyvä vastaanottaja,\n\n"
        "Pohjanmaan Uutiset Oy hakee\n"
        "- pääsyä vaalitulosten XML-palvelimelle\n"
        "- kuvauslupaa Prahan laskentakeskukseen vaali-iltana.\n\n"
        "Tuotanto-IP:t: 198.51.100.60 ja 198.51.100.61\n"
        "Testi-IP: 198.51.100.68\n\n"
        "Yhteyshenkilö: Aino Rantanen, puh. +358 40 551 8234\n\n"
        "Korjaus: kuvausryhmämme matka peruuntui, joten kuvauslupaa emme tarvitse. "
        "XML-pääsy koskee edelleen.\n\n"
        "Ystävällisin terveisin\n"
        "Aino Rantanen\n",
    },
    {
        "id": "co030-agency-forwards-bureau-eml",
        "description": "press agency's head office forwards its regional bureau's application "
        "as an attached .eml with a one-line cover; the agency (with IČO) applies, the "
        "bureau chief is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Středomoravská zpravodajská agentura, a.s.",
            I30,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Lubomír Kratochvíl",
            "kratochvil@smza.example",
            "+420732604118",
        ),
        "from": "Sekretariát SMZA <sekretariat@smza.example>",
        "subject": "Fwd: žádost pobočky Přerov - volby",
        "headers": OWA,
        "body": "Dobrý den, přeposíláme žádost naší pobočky, platí za celou agenturu "
        "(Středomoravská zpravodajská agentura, a.s., IČO " + I30 + ").\n\nSekretariát\n",
        "attachments": [
            (
                "eml",
                "zadost_pobocka_Prerov.eml",
                {
                    "id": "co030-inner",
                    "from": "Lubomír Kratochvíl <kratochvil@smza.example>",
                    "to": "sekretariat@smza.example",
                    "subject": "žádost volby - prosím přeposlat na ČSÚ",
                    "headers": SEZNAM,
                    "body": "Ahoj,\nprosím přepošlete na ČSÚ:\n\n"
                    "Žádáme o přístup k výsledkům v XML a o povolení natáčet na "
                    "pracovišti v Přerově.\n"
                    "produkce 192.0.2.180 + 192.0.2.181, test 192.0.2.189\n"
                    "kontakt já, Lubomír Kratochvíl, vedoucí pobočky, 732 604 118\n\n"
                    "Díky, Luboš\n",
                },
            )
        ],
    },
    {
        "id": "co031-de-en-xlsx-range-nein",
        "description": "German/English mail with a workbook: production as a dashed range in "
        "one cell, test in another row, filming 'Nein'",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Oberpfalz Regionalfernsehen GmbH",
            None,
            None,
            ["198.18.20.10", "198.18.20.11", "198.18.20.12"],
            ["198.18.20.20"],
            "Tobias Reindl",
            "t.reindl@opf-tv.example",
            "+499612290415",
        ),
        "from": "Tobias Reindl <t.reindl@opf-tv.example>",
        "subject": "Election XML feed - Antrag (see attachment)",
        "headers": APPLE,
        "body": "Hello / Grüß Gott,\n\nplease find our application in the attached "
        "spreadsheet, die Angaben sind auf Deutsch und Englisch.\n\nTobias Reindl\n"
        "Oberpfalz Regionalfernsehen GmbH, Weiden\n",
        "attachments": [
            (
                "xlsx",
                "OPF-TV_application.xlsx",
                [
                    {
                        "title": "Antrag",
                        "rows": [
                            ["Feld / field", "Wert / value"],
                            ["Antragsteller / applicant", "Oberpfalz Regionalfernsehen GmbH"],
                            ["XML-Zugang / XML access", "Ja / yes"],
                            ["Drehgenehmigung / filming", "Nein / no"],
                            ["Produktion / production", "198.18.20.10 - 198.18.20.12"],
                            ["Test", "198.18.20.20"],
                            ["Kontakt / contact", "Tobias Reindl"],
                            ["Telefon / phone", "+49 961 229 0415"],
                            ["E-Mail", "t.reindl@opf-tv.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "co032-databox-rtf-order-words",
        "description": "data message, the RTF gives two addresses 'v tomto pořadí' production "
        "and test; the annotation is bare",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Podorlicko s.r.o.",
            I32,
            "p9rdk4x",
            ["203.0.113.50"],
            ["203.0.113.51"],
            "Michaela Hrubá",
            "hruba@radiopodorlicko.example",
            "+420494218730",
        ),
        "databox": box(
            "p9rdk4x", "Rádio Podorlicko s.r.o.", "Komenského 244, 516 01 Rychnov nad Kněžnou"
        ),
        "subject": "Žádost o XML výsledky",
        "attachments": [
            (
                "rtf",
                "zadost_radio.rtf",
                [
                    "Rádio Podorlicko s.r.o., IČO " + I32,
                    "Žádáme o zpřístupnění výsledků voleb ve formátu XML. Natáčet na "
                    "pracovištích nebudeme.",
                    "IP adresy 203.0.113.50 a 203.0.113.51 – v tomto pořadí produkční a testovací.",
                    "Kontaktní osoba: Michaela Hrubá, tel. 494 218 730, "
                    "hruba@radiopodorlicko.example",
                ],
            )
        ],
    },
    {
        "id": "co033-databox-videographer-docx-film",
        "description": "data message from a natural person in business (videographer) with a "
        "DOCX: filming only; the feed line is struck through in words ('nežádám')",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Ondřej Mikuláš",
            I33,
            "v2mk8qo",
            [],
            [],
            "Ondřej Mikuláš",
            "ondra@mikulasvideo.example",
            "+420608113492",
        ),
        "databox": box("v2mk8qo", "Ondřej Mikuláš", "Lidická 40, 602 00 Brno", kind=40),
        "subject": "Povolení natáčení volby",
        "attachments": [
            (
                "docx",
                "povoleni_natáčení.docx",
                {
                    "blocks": [
                        "Ondřej Mikuláš, IČO " + I33 + ", kameraman",
                        "Žádám o povolení natáčet na pracovišti ČSÚ v Brně ve volební noci "
                        "(zakázka pro regionální televizi).",
                        "O přístup k XML nežádám.",
                        "Kontakt: 608 113 492, ondra@mikulasvideo.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "co034-hu-en-netmask",
        "description": "Hungarian publisher writes in English: an address with netmask "
        "255.255.255.254 (two addresses), test address, contact name in Western order",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Pannon Média Zrt.",
            None,
            None,
            ["198.51.100.16", "198.51.100.17"],
            ["198.51.100.24"],
            "Gergely Tóth",
            "toth.gergely@pannonmedia.example",
            "+36209417362",
        ),
        "from": "Toth Gergely <toth.gergely@pannonmedia.example>",
        "subject": "Application - election results XML",
        "headers": ZIMBRA,
        "body": "Dear Sir/Madam,\n\n"
        "Pannon Média Zrt. (Győr) applies for access to the XML results server.\n\n"
        "Production: 198.51.100.16 netmask 255.255.255.254\n"
        "Test: 198.51.100.24\n\n"
        "Contact: Gergely Tóth, head of IT, +36 20 941 7362\n\n"
        "Üdvözlettel / regards,\nGergely Tóth\n",
    },
    {
        "id": "co035-ch-fr-filming-declines-feed",
        "description": "Swiss French radio: filming on election night only, says it has no "
        "need of the XML feed although it names its server; +41",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Radio Léman Nord SA",
            None,
            None,
            [],
            [],
            "Nicolas Favre",
            "nicolas.favre@lemannord.example",
            "+41792213847",
        ),
        "from": "Nicolas Favre <nicolas.favre@lemannord.example>",
        "subject": "Autorisation de tournage - soirée électorale",
        "headers": ROUNDCUBE,
        "body": "Bonjour,\n\n"
        "Radio Léman Nord SA souhaiterait tourner quelques images et enregistrer du son "
        "au centre de traitement de Prague le soir des élections.\n\n"
        "Nous n'avons pas besoin du flux XML : nos résultats viennent de l'agence, "
        "notre serveur (192.0.2.120) n'a donc pas à être autorisé.\n\n"
        "Contact : Nicolas Favre, +41 79 221 38 47\n\n"
        "Meilleures salutations\nNicolas Favre\n",
    },
    {
        "id": "co036-university-lab-cidr",
        "description": "a university's data-journalism lab: a /30 with network and broadcast "
        "excluded (two addresses), no test address; the university applies",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vysoká škola regionálního rozvoje v Jeseníku, veřejná vysoká škola",
            I36,
            None,
            ["192.0.2.245", "192.0.2.246"],
            [],
            "Filip Urbánek",
            "urbanek@vsrr.example",
            "+420584771206",
        ),
        "from": "Filip Urbánek <urbanek@vsrr.example>",
        "subject": "Žádost o přístup k XML - Datalab katedry žurnalistiky",
        "headers": TBIRD,
        "body": "Vážení,\n\n"
        "za Datalab katedry žurnalistiky žádáme o přístup k průběžným výsledkům voleb v "
        "XML; výsledky budou studenti zpracovávat v živém přenosu.\n\n"
        "Náš blok je 192.0.2.244/30, síťová a broadcast adresa se samozřejmě nepoužívají. "
        "Testovat budeme ze stejných strojů.\n\n"
        "Kontakt: Filip Urbánek, tel. 584 771 206\n\n"
        "S pozdravem\n"
        "RNDr. Filip Urbánek, Ph.D.\n"
        "Katedra žurnalistiky\n"
        "Vysoká škola regionálního rozvoje v Jeseníku, veřejná vysoká škola\n"
        "IČO " + I36 + "\n",
    },
    {
        "id": "co037-regional-tv-html-table",
        "description": "HTML-only mail from a regional TV with a role table (three production, "
        "IPv4 and IPv6 test addresses) and both requests",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "TV Vysočina plus s.r.o.",
            I37,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.110", "2001:db8:77e::110"],
            "Šárka Pokorná",
            "pokorna@tvvysocinaplus.example",
            "+420777215604",
        ),
        "from": "Šárka Pokorná <pokorna@tvvysocinaplus.example>",
        "subject": "Volby - žádost TV Vysočina plus",
        "headers": MAC_OUTLOOK,
        "html": "<html><body><p>Dobrý den,</p><p>TV Vysočina plus s.r.o., IČO "
        + I37
        + ", žádá o přístup k XML s výsledky a o povolení natáčet na pracovišti ČSÚ "
        "v Jihlavě.</p><table border='1'>"
        "<tr><th>Role</th><th>Adresa</th></tr>"
        "<tr><td rowspan='3'>produkce</td><td>203.0.113.100</td></tr>"
        "<tr><td>203.0.113.101</td></tr><tr><td>203.0.113.102</td></tr>"
        "<tr><td rowspan='2'>test</td><td>203.0.113.110</td></tr>"
        "<tr><td>2001:db8:77e::110</td></tr></table>"
        "<p>Kontakt: Šárka Pokorná, mobil 777 215 604</p>"
        "<p>Děkuji<br>Šárka Pokorná</p></body></html>",
    },
    {
        "id": "co038-terse-reply-drops-feed",
        "description": "terse reply to an officer's question: only filming after all, the "
        "feed and its quoted addresses are dropped",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Krkonošský deník s.r.o.",
            I38,
            None,
            [],
            [],
            "Aleš Tomášek",
            "tomasek@krkonosskydenik.example",
            "+420604771328",
        ),
        "from": "Aleš Tomášek <tomasek@krkonosskydenik.example>",
        "subject": "Re: Dotaz k žádosti - Krkonošský deník",
        "headers": K9,
        "body": "ok, tak jen natáčení. XML nakonec nepotřebujeme.\nAT\n\n"
        "> Dobrý den, k Vaší žádosti: u adresy 198.51.100.140 nám chybí, zda je "
        "produkční, nebo testovací. Děkuji, ČSÚ, odbor informatiky, tel. +420 274 052 733\n"
        ">\n"
        ">> Krkonošský deník s.r.o., IČO " + I38 + ", žádá o XML a o natáčení v Trutnově.\n"
        ">> IP 198.51.100.140, 198.51.100.141 test\n"
        ">> Aleš Tomášek, 604 771 328\n",
    },
    {
        "id": "co039-pr-agency-bzw-tyrol",
        "description": "Vienna PR agency writes for a Tyrolean broadcaster: production "
        "'bzw.' test address in one sentence; the broadcaster's named contact, not the "
        "agency writer",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tiroler Nachrichtendienst GmbH",
            None,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Verena Pichler",
            "v.pichler@tnd-tirol.example",
            "+43512390418",
        ),
        "from": "Kommunikationsagentur Brandl <office@brandl-pr.example>",
        "subject": "Antrag XML-Zugang im Auftrag der Tiroler Nachrichtendienst GmbH",
        "headers": EVOLUTION,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "im Auftrag unseres Kunden, der Tiroler Nachrichtendienst GmbH (Innsbruck), "
        "beantragen wir den Zugang zum XML-Ergebnisdienst für die kommende Wahl.\n\n"
        "Das Produktiv- bzw. Testsystem greift von 192.0.2.150 bzw. 192.0.2.151 zu.\n\n"
        "Ansprechpartnerin beim Kunden ist Frau Verena Pichler, "
        "v.pichler@tnd-tirol.example, Tel. +43 512 390 418. Für Rückfragen zur "
        "Einreichung stehe ich gern zur Verfügung.\n\n"
        "Mit besten Grüßen\nMag. Florian Brandl\nKommunikationsagentur Brandl, Wien\n",
    },
    {
        "id": "co040-databox-odt-shorthand-range",
        "description": "data message with an ODT: production as a shorthand range "
        "'192.0.2.240-243' (four addresses), no test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Berounský týdeník, s.r.o.",
            None,
            "b4tdn7e",
            ["192.0.2.240", "192.0.2.241", "192.0.2.242", "192.0.2.243"],
            [],
            "Renata Kopecká",
            "kopecka@berounskytydenik.example",
            "+420311624059",
        ),
        "databox": box("b4tdn7e", "Berounský týdeník, s.r.o.", "Husovo nám. 8, 266 01 Beroun"),
        "subject": "Žádost - přístup k výsledkům voleb (XML), viz příloha",
        "attachments": [
            (
                "odt",
                "zadost_BT.odt",
                [
                    "Berounský týdeník, s.r.o.",
                    "Žádáme o přístup k výsledkům voleb na dedikovaném serveru.",
                    [
                        ["produkční IP", "192.0.2.240-243"],
                        ["testovací IP", "—"],
                        [
                            "kontakt",
                            "Renata Kopecká, 311 624 059, kopecka@berounskytydenik.example",
                        ],
                    ],
                ],
            )
        ],
    },
    {
        "id": "co041-pl-cz-base64-ipv6-range",
        "description": "Polish TV writing Polish with Czech bits, base64: an IPv6 'od … do' "
        "range of three production addresses, an IPv4 test, both requests",
        "style": Style.MIXED,
        "labels": L(
            [FEED, FILM],
            "Telewizja Podbeskidzie sp. z o.o.",
            None,
            None,
            ["2001:db8:77::1", "2001:db8:77::2", "2001:db8:77::3"],
            ["203.0.113.33"],
            "Agnieszka Wróbel",
            "a.wrobel@tvpodbeskidzie.example",
            "+48603771290",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@tvpodbeskidzie.example>",
        "subject": "Wniosek / žádost - volby: XML + natáčení",
        "headers": CENTRUM,
        "cte": "base64",
        "body": "Dzień dobry / dobrý den,\n\n"
        "Telewizja Podbeskidzie sp. z o.o. (Bielsko-Biała) prosi o dostęp do wyników w XML "
        "oraz o zgodę na nagrywanie w Ostrawie (natáčení na pracovišti ČSÚ).\n\n"
        "Produkcja: od 2001:db8:77::1 do 2001:db8:77::3\n"
        "Test: 203.0.113.33\n\n"
        "Kontakt: Agnieszka Wróbel, tel. +48 603 771 290\n\n"
        "Pozdrawiam / s pozdravem\nAgnieszka Wróbel\n",
    },
    {
        "id": "co042-nl-crew-fixer-forward-inline",
        "description": "Czech fixer forwards inline a Dutch broadcaster's filming request; the "
        "Dutch text declines the XML feed and names the fixer as contact in Prague",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Noord-Hollandse Omroep B.V.",
            None,
            None,
            [],
            [],
            "Jakub Řehoř",
            "jakub.rehor@fixerpraha.example",
            "+420722318546",
        ),
        "from": "Jakub Řehoř <jakub.rehor@fixerpraha.example>",
        "subject": "Fwd: Aanvraag filmtoestemming verkiezingsavond",
        "headers": GMAIL,
        "body": "Dobrý den, přeposílám žádost nizozemské televize, pro kterou dělám "
        "producenta v Praze. Jakub Řehoř, 722 318 546\n\n"
        "---------- Forwarded message ---------\n"
        "From: Femke de Boer <f.deboer@nhomroep.example>\n"
        "Subject: Aanvraag filmtoestemming verkiezingsavond\n\n"
        "Geachte heer/mevrouw,\n\n"
        "Noord-Hollandse Omroep B.V. vraagt toestemming om op de verkiezingsavond te "
        "filmen in het verwerkingscentrum van het ČSÚ in Praag. De XML-feed hebben wij "
        "niet nodig.\n\n"
        "Contactpersoon in Praag: onze fixer Jakub Řehoř, jakub.rehor@fixerpraha.example, "
        "+420 722 318 546.\n\n"
        "Met vriendelijke groet,\nFemke de Boer\neindredacteur buitenland\n",
    },
]
