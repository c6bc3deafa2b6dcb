"""Sixty-first held-out part ``dm``, cases dm015–dm028: Dutch 'eerstgenoemde …
laatstgenoemde' (the former … the latter), a Danish daily testing from production, a Swedish
freelancer filming now and deferring the feed, a Norwegian portal behind an internal address
with a temporary host, a town's data message for its TV, a public broadcaster's regional
studio whose letterhead carries the studio's IČP while the head office's IČO is given below,
an IT contractor pasting zero-padded addresses, an American university's workbook, a Slovak
regional TV with a netmask, a freelancer giving only a personal DIČ, a reply correcting an
address under the office's quoted letter, a public university's data message for its student
TV, an expat portal's terse /31 and a Finnish radio forwarded inline. Written by hand apart
from the extraction rules (see make_sixtyfirst_dm); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtyfirst_dm_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    HORDE,
    IPHONE,
    MUTT,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    L,
    Style,
    box,
    ico,
)

I19, I20, I21, I25, I26, I27 = (
    ico("0028651"),
    ico("0002738"),
    ico("2745108"),
    ico("2893156"),
    ico("6081742"),
    ico("0587214"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dm015-nl-publisher-former-latter",
        "description": "Dutch publisher writes Dutch; two addresses in one sentence, their "
        "roles given by 'eerstgenoemde … laatstgenoemde' (the former production, the latter "
        "test); B.V. after the name",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Uitgeverij De Lage Landen B.V.",
            None,
            None,
            ["203.0.113.80"],
            ["203.0.113.88"],
            "Pieter van Dijk",
            "p.vandijk@lagelanden-uitgeverij.example",
            "+31612847305",
        ),
        "from": "Pieter van Dijk <p.vandijk@lagelanden-uitgeverij.example>",
        "subject": "Aanvraag toegang verkiezingsuitslagen (XML)",
        "headers": OUTLOOK,
        "body": "Geachte heer, mevrouw,\n\n"
        "Uitgeverij De Lage Landen B.V. geeft het weekblad Midden-Europa Nu uit en wil op de "
        "verkiezingsavond de Tsjechische uitslagen rechtstreeks van uw XML-server ophalen.\n\n"
        "Wij maken verbinding vanaf 203.0.113.80 en 203.0.113.88; eerstgenoemde is onze "
        "productieserver, laatstgenoemde gebruiken wij om vooraf te testen.\n\n"
        "Opnames bij uw kantoor zijn niet nodig.\n\n"
        "Contactpersoon: Pieter van Dijk, hoofd techniek, tel. +31 6 1284 7305\n\n"
        "Met vriendelijke groet,\n"
        "Pieter van Dijk\n"
        "Uitgeverij De Lage Landen B.V., Utrecht\n",
    },
    {
        "id": "dm016-da-daily-tests-from-production",
        "description": "Danish regional daily writes Danish; both requests; two production "
        "servers and testing from production (no test address); A/S after the name; the "
        "photographer named for filming is not the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dagbladet Østjylland A/S",
            None,
            None,
            ["192.0.2.210", "192.0.2.211"],
            [],
            "Mette Sørensen",
            "mette.sorensen@dagbladet-oj.example",
            "+4528417390",
        ),
        "from": "Mette Sørensen <mette.sorensen@dagbladet-oj.example>",
        "subject": "Ansøgning om adgang til valgresultater og fotografering",
        "headers": SAMSUNG,
        "body": "Kære Tjekkiets Statistiske Kontor\n\n"
        "Dagbladet Østjylland A/S ansøger hermed om:\n"
        "a) adgang til XML-serveren med valgresultaterne,\n"
        "b) tilladelse til at vores fotograf Anders Holm kan fotografere og filme ved jeres "
        "indsamlingssted i Prag på valgaftenen.\n\n"
        "Produktionsservere: 192.0.2.210, 192.0.2.211\n"
        "Vi tester fra de samme servere, så vi har ingen separat testadresse.\n\n"
        "Kontaktperson: Mette Sørensen, digital redaktør, mobil +45 28 41 73 90\n\n"
        "Med venlig hilsen\nMette Sørensen\nDagbladet Østjylland A/S, Aarhus\n",
    },
    {
        "id": "dm017-sv-freelancer-filming-feed-deferred",
        "description": "Swedish freelance journalist writes Swedish for herself: filming now, "
        "the XML feed deferred to the next election (does not count); her server address "
        "is given for that later request only",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Sofia Lindqvist",
            None,
            None,
            [],
            [],
            "Sofia Lindqvist",
            "sofia@lindqvist-text.example",
            "+46703185274",
        ),
        "from": "Sofia Lindqvist <sofia@lindqvist-text.example>",
        "subject": "Ansökan om fotograferingstillstånd valnatten",
        "headers": IPHONE,
        "body": "Hej!\n\n"
        "Jag är frilansjournalist och gör ett reportage om det tjeckiska valet för flera "
        "svenska tidningar. Jag skulle vilja filma en kort stund på er datainsamlingsplats i "
        "Prag under valnatten.\n\n"
        "Tillgång till XML-flödet söker jag först inför nästa val – då kommer jag att hämta "
        "data från min server 198.51.100.233, men det behövs inte nu.\n\n"
        "Mobil: +46 70 318 52 74\n\n"
        "Vänliga hälsningar\nSofia Lindqvist\n",
    },
    {
        "id": "dm018-no-portal-internal-and-temporary-host",
        "description": "Norwegian portal writes Norwegian: the internal address behind NAT is "
        "named but the office sees only the public one (internal left out); a temporary "
        "second production host until a date (still an address); test via a separate host",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Vestlandsposten Digital AS",
            None,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.209"],
            "Ole Kristian Haugland",
            "okh@vestlandsposten.example",
            "+4791538426",
        ),
        "from": "Ole Kristian Haugland <okh@vestlandsposten.example>",
        "subject": "Søknad om tilgang til valgresultater (XML)",
        "headers": MUTT,
        "body": "Hei,\n\n"
        "Vestlandsposten Digital AS søker om tilgang til XML-serveren med de tsjekkiske "
        "valgresultatene.\n\n"
        "Internt henter vi data fra 10.0.4.12, men utad (og mot dere) er vi 198.51.100.200. "
        "I tillegg bruker vi midlertidig 198.51.100.201 frem til 1. november, mens vi bytter "
        "driftsleverandør. Testmiljøet vårt går ut fra 198.51.100.209.\n\n"
        "Kontaktperson: Ole Kristian Haugland, driftsansvarlig, tlf. +47 915 38 426\n\n"
        "Vennlig hilsen\nOle Kristian Haugland\nVestlandsposten Digital AS, Bergen\n",
    },
    {
        "id": "dm019-cz-town-databox-docx-town-tv",
        "description": "a town sends a data message (public authority box) with a DOCX for the "
        "town's TV it runs itself; the addressee block quotes the office's IČO and box; a "
        "backup (záložní) server is production; the IT officer is the contact, the mayor signs",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Kamenná Lhota",
            I19,
            "k7mz3wa",
            ["192.0.2.131", "192.0.2.132"],
            ["192.0.2.139"],
            "Lukáš Vondráček",
            "vondracek@kamennalhota.example",
            "+420569411237",
        ),
        "databox": box("k7mz3wa", "Město Kamenná Lhota", "Náměstí 1, 582 91 Kamenná Lhota", 10),
        "subject": "Žádost o přístup k výsledkům voleb – Televize Kamenná Lhota",
        "attachments": [
            (
                "docx",
                "zadost_volby_XML.docx",
                {
                    "header": "MĚSTO KAMENNÁ LHOTA | Náměstí 1, 582 91 Kamenná Lhota",
                    "footer": "IČO " + I19 + " | ID DS k7mz3wa | www.kamennalhota.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                        "IČO 00025593, ID DS 2gfaasy",
                        "Věc: Žádost o přístup k dedikovanému serveru s výsledky voleb",
                        "Město Kamenná Lhota provozuje místní kabelovou a internetovou Televizi "
                        "Kamenná Lhota. Ve volební noci chceme divákům ukazovat průběžné "
                        "výsledky a žádáme proto o přístup k serveru s výsledky ve formátu XML.",
                        {
                            "rows": [
                                ["Server", "IP adresa"],
                                ["hlavní (vysílací grafika)", "192.0.2.131"],
                                ["záložní", "192.0.2.132"],
                                ["testovací", "192.0.2.139"],
                            ]
                        },
                        "Kontaktní osoba: Lukáš Vondráček, referent IT, "
                        "vondracek@kamennalhota.example, tel. 569 411 237",
                        "Ing. Jana Novotná\nstarostka",
                    ],
                },
            )
        ],
    },
    {
        "id": "dm020-cz-public-broadcaster-regional-studio",
        "description": "a public broadcaster's regional studio writes on its letterhead, which "
        "carries the studio's IČP (10 digits, no IČO); the text names the broadcaster as the "
        "applicant with the head office's IČO; the studio is no legal entity; both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Česká televize",
            I20,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.158"],
            "Radim Šebesta",
            "radim.sebesta@ceskatelevize.example",
            "+420596201448",
        ),
        "from": "Šebesta Radim <radim.sebesta@ceskatelevize.example>",
        "subject": "TS Ostrava – žádost o XML s výsledky a povolení natáčení",
        "headers": OWA,
        "body": "Česká televize – Televizní studio Ostrava\n"
        "Dvořákova 18, 728 20 Ostrava | IČP 1004583921\n\n"
        "Český statistický úřad\nKrajská správa ČSÚ v Ostravě\n\n"
        "Věc: Přístup k výsledkům voleb (XML) a natáčení na krajském pracovišti\n\n"
        "Vážení,\n\n"
        "Televizní studio Ostrava připravuje regionální volební vysílání. Žadatelem je "
        "Česká televize, IČO " + I20 + ", se sídlem Kavčí hory, Praha 4; studio není "
        "samostatnou právnickou osobou a žádá jejím jménem.\n\n"
        "Žádáme o:\n"
        "1. přístup k serveru s výsledky ve formátu XML z adres:\n"
        "   produkce 203.0.113.150 a 203.0.113.151 (grafika studia Ostrava)\n"
        "   test 203.0.113.158\n"
        "2. povolení natáčení na krajském pracovišti ČSÚ v Ostravě ve volební noci (štáb "
        "tří osob, reportérka Hana Ryšavá).\n\n"
        "Kontaktní osoba: Radim Šebesta, vedoucí výroby TS Ostrava, tel. 596 201 448, "
        "mobil 731 228 509\n\n"
        "S pozdravem\n\nRadim Šebesta\nvedoucí výroby\nČeská televize, Televizní studio Ostrava\n",
    },
    {
        "id": "dm021-cz-contractor-zero-padded-addresses",
        "description": "an IT contractor writes for its client, a regional weekly's publisher "
        "(the applicant, with IČO); the addresses are pasted from a firewall export with "
        "zero-padded octets ('192.000.002.010', labelled 192.0.2.10); the contractor names "
        "himself the contact",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Vydavatelství Podbrdsko s.r.o.",
            I21,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.19"],
            "Filip Mareš",
            "mares@sitemarket.example",
            "+420608331742",
        ),
        "from": "Filip Mareš <mares@sitemarket.example>",
        "subject": "XML volby – Vydavatelství Podbrdsko",
        "headers": EVOLUTION,
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "spravujeme web pro Vydavatelství Podbrdsko s.r.o. (IČO " + I21 + ", vydavatel "
        "Podbrdského týdeníku) a jejich jménem žádáme o přístup k XML s výsledky voleb. "
        "Adresy posílám tak, jak je máme ve firewallu:\n\n"
        "prod  192.000.002.010\n"
        "prod  192.000.002.011\n"
        "test  192.000.002.019\n\n"
        "Kontaktní osobou pro žádost jsem já, tel. 608 331 742.\n\n"
        "Filip Mareš\nSiteMarket – správa webů\n",
    },
    {
        "id": "dm022-en-us-university-xlsx-through",
        "description": "an American university's election lab sends an English cover mail and "
        "a workbook with role columns; production as '198.18.60.1 through 198.18.60.3'; the "
        "lab is part of the university, which applies",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Northfield University",
            None,
            None,
            ["198.18.60.1", "198.18.60.2", "198.18.60.3"],
            ["198.18.60.9"],
            "Emily Carter",
            "ecarter@northfield.example",
            "+16175550142",
        ),
        "from": "Emily Carter <ecarter@northfield.example>",
        "subject": "XML election results access - Northfield University Election Lab",
        "headers": GMAIL,
        "body": "Hello,\n\n"
        "the Election Lab at Northfield University (Boston, MA) would like to access the "
        "Czech election results XML feed for a comparative research project. Our details are "
        "in the attached workbook.\n\n"
        "Best,\nEmily Carter\nResearch Engineer, Election Lab\nNorthfield University\n"
        "+1 617 555 0142\n",
        "attachments": [
            (
                "xlsx",
                "CZSO_access_request.xlsx",
                [
                    {
                        "title": "Request",
                        "rows": [
                            ["Applicant", "Northfield University"],
                            ["Unit", "Election Lab, Department of Government"],
                            ["Request", "XML results feed: YES; filming: NO"],
                            ["Contact", "Emily Carter"],
                            ["E-mail", "ecarter@northfield.example"],
                            ["Phone", "+1 617 555 0142"],
                        ],
                    },
                    {
                        "title": "Servers",
                        "rows": [
                            ["Role", "Address", "Note"],
                            ["production", "198.18.60.1 through 198.18.60.3", "cluster"],
                            ["testing", "198.18.60.9", "staging"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "dm023-sk-regional-tv-netmask-filming-declined",
        "description": "Slovak regional TV writes Slovak (iso-8859-2): production as an "
        "address with netmask 255.255.255.252 (four addresses), filming declined; no IČO "
        "given; s.r.o. with a comma",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televízia Záhorie, s.r.o.",
            None,
            None,
            ["203.0.113.96", "203.0.113.97", "203.0.113.98", "203.0.113.99"],
            ["203.0.113.104"],
            "Peter Hudec",
            "hudec@tvzahorie.example",
            "+421905331862",
        ),
        "from": "Peter Hudec <hudec@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": CENTRUM,
        "charset": "iso-8859-2",
        "body": "Dobrý deň,\n\n"
        "Televízia Záhorie, s.r.o. (Senica) žiada o prístup k serveru s výsledkami volieb "
        "v Českej republike vo formáte XML. Výsledky budeme vysielať v titulkoch.\n\n"
        "Produkčná sieť: 203.0.113.96 maska 255.255.255.252\n"
        "Testovací server: 203.0.113.104\n\n"
        "Nakrúcanie na vašom pracovisku nepotrebujeme.\n\n"
        "Kontaktná osoba: Peter Hudec, technik, mobil +421 905 331 862\n\n"
        "S pozdravom\nPeter Hudec\nTelevízia Záhorie, s.r.o.\n",
    },
    {
        "id": "dm024-cz-freelancer-personal-dic-terse",
        "description": "terse note from a freelance data journalist giving only her personal DIČ "
        "(CZ and 10 digits, a birth number, never an IČO); one address, no test; no greeting",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Tereza Kulhánková",
            None,
            None,
            ["198.51.100.222"],
            [],
            "Tereza Kulhánková",
            "tereza@kulhankova-data.example",
            "+420776204319",
        ),
        "from": "Tereza Kulhánková <tereza@kulhankova-data.example>",
        "subject": "xml volby",
        "headers": SEZNAM,
        "body": "prosím o přístup k XML s výsledky pro moji IP 198.51.100.222, testovat budu "
        "odtud taky.\n"
        "jsem OSVČ (datová novinařina), DIČ CZ8855120417\n"
        "776 204 319\n"
        "T. Kulhánková\n",
    },
    {
        "id": "dm025-cz-reply-corrects-address-office-quoted",
        "description": "a reply to the office's query: the quoted letter carries the office's "
        "IČO, box and phone; the applicant corrects its test address (the old one left out) "
        "and repeats the production one",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihočeský zpravodaj, s.r.o.",
            I25,
            None,
            ["203.0.113.140"],
            ["203.0.113.147"],
            "Zdeněk Brabec",
            "brabec@jczpravodaj.example",
            "+420387612940",
        ),
        "from": "Zdeněk Brabec <brabec@jczpravodaj.example>",
        "subject": "Re: Doplnění žádosti o přístup k XML",
        "headers": HORDE,
        "body": "Dobrý den, paní Malá,\n\n"
        "děkuji za upozornění. Máte pravdu, testovací adresa byla v žádosti chybně – správně "
        "je 203.0.113.147 (ne 203.0.113.174). Produkční 203.0.113.140 platí.\n\n"
        "S pozdravem\nZdeněk Brabec\nJihočeský zpravodaj, s.r.o., IČO " + I25 + "\n"
        "tel. 387 612 940\n\n"
        "---------- Původní zpráva ----------\n"
        "Od: Malá Ivana <ivana.mala@czso.cz>\n"
        "Předmět: Doplnění žádosti o přístup k XML\n\n"
        "> Dobrý den,\n"
        "> v žádosti uvádíte testovací adresu 203.0.113.174, z níž jsme při zkoušce nezaznamenali\n"
        "> žádný provoz. Prosíme o ověření.\n"
        "> \n"
        "> Ivana Malá\n"
        "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
        "> IČO 00025593, ID datové schránky 2gfaasy, tel. 274 052 733\n",
    },
    {
        "id": "dm026-cz-public-university-databox-student-tv",
        "description": "a public university's data message carries a PDF for its student TV "
        "(the faculty's unit, the university applies with ', veřejná vysoká škola'); both "
        "requests; the student editor is the contact, the dean signs",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Univerzita Pootaví v Písku, veřejná vysoká škola",
            I26,
            "u3pvk8s",
            ["198.18.71.30"],
            ["198.18.71.31"],
            "Adéla Šindelářová",
            "sindelarova.a@stud.upp.example",
            "+420734118205",
        ),
        "databox": box(
            "u3pvk8s",
            "Univerzita Pootaví v Písku, veřejná vysoká škola",
            "Nábřeží 1. máje 22, 397 01 Písek",
        ),
        "subject": "Studentská televize UPP TV – žádost o XML výsledky a natáčení",
        "attachments": [
            (
                "pdf",
                "UPP_TV_zadost.pdf",
                [
                    "Univerzita Pootaví v Písku, veřejná vysoká škola\n"
                    "Fakulta mediálních studií\nIČO " + I26,
                    "Věc: Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení",
                    "Studentská televize UPP TV působí při Fakultě mediálních studií. Ve "
                    "volební noci vysílá živě a prosí o:",
                    "a) přístup k serveru s výsledky z adresy 198.18.71.30 (testovací "
                    "přístup z 198.18.71.31);",
                    "b) povolení natáčet na krajském pracovišti ČSÚ v Českých Budějovicích.",
                    "Kontaktní osoba: Adéla Šindelářová, šéfredaktorka UPP TV, "
                    "sindelarova.a@stud.upp.example, tel. 734 118 205",
                    "doc. PhDr. Vratislav Kouba, Ph.D.\nděkan Fakulty mediálních studií",
                ],
            )
        ],
    },
    {
        "id": "dm027-en-expat-portal-terse-slash31",
        "description": "terse English note from a Prague expat portal: production one address, "
        "test as a /31 (two addresses); the IČO after the company in the one-line signature",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Vltava Expat Media s.r.o.",
            I27,
            None,
            ["192.0.2.240"],
            ["192.0.2.246", "192.0.2.247"],
            "Liam O'Connor",
            "liam@vltava-expat.example",
            "+420608557013",
        ),
        "from": "Liam O'Connor <liam@vltava-expat.example>",
        "subject": "xml feed",
        "headers": GMAIL,
        "body": "Hi, we'd like the XML results feed for election night.\n"
        "prod 192.0.2.240, test (staging) 192.0.2.246/31\n"
        "Thanks, Liam O'Connor (+420 608 557 013) – Vltava Expat Media s.r.o., IČO " + I27 + "\n",
    },
    {
        "id": "dm028-fi-radio-forwarded-inline-test-on-production",
        "description": "a Czech fixer forwards inline a Finnish regional radio's request in "
        "Finnish; both requests; the test runs on the production server (no test address); "
        "the Finnish editor is the contact, not the fixer",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Radio Kaakko Oy",
            None,
            None,
            ["203.0.113.55"],
            [],
            "Aino Virtanen",
            "aino.virtanen@radiokaakko.example",
            "+358442618305",
        ),
        "from": "Jakub Pokorný <pokorny@fixer-praha.example>",
        "subject": "Fwd: Hakemus – vaalitulokset ja kuvauslupa",
        "headers": IPHONE,
        "body": "Dobrý den,\n\npřeposílám žádost finského rádia, pro které ve volební noci "
        "dělám fixera. Jde o XML i natáčení, kontaktujte prosím přímo paní Virtanen.\n\n"
        "Jakub Pokorný\n\n"
        "Začátek přeposílané zprávy:\n\n"
        "Od: Aino Virtanen <aino.virtanen@radiokaakko.example>\n"
        "Komu: Jakub Pokorný <pokorny@fixer-praha.example>\n"
        "Předmět: Hakemus – vaalitulokset ja kuvauslupa\n\n"
        "Hei Jakub,\n\n"
        "voisitko välittää tämän tilastovirastolle: Radio Kaakko Oy pyytää pääsyä "
        "vaalitulosten XML-palvelimelle ja lupaa äänittää ja kuvata Prahan "
        "keräyspisteessä vaaliyönä.\n\n"
        "Palvelimemme: 203.0.113.55 – testaamme samalla palvelimella.\n\n"
        "Yhteyshenkilö: Aino Virtanen, uutispäällikkö, +358 44 261 8305\n\n"
        "Kiitos!\nAino\nRadio Kaakko Oy, Kotka\n",
    },
]
