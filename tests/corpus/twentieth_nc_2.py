"""Twentieth held-out part ``nc``, cases nc015–nc028: a Norwegian daily mixing English with a
short range, filming put off to a later election, a conditional filming request with a corrected
test address, a Danish checkbox form, a forward from IT with an IPv6 block, a Finnish reply to
the office's query, a private university's PDF in a data message, an agency's spreadsheet with
internal and old addresses, a town's windows-1250 letter with its box in the signature, a
temporary test host, an Italian filming-only request, a Swiss range, a Slovak freelancer's ODT
and an RTF form in a data message. Written by hand apart from the extraction rules (see
make_twentieth_nc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentieth_nc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    ico,
)

T16 = ico("2934107")
M17 = ico("2605831")
H19 = ico("2547168")
V21 = ico("2681943")
D22 = ico("0462718")
B23 = ico("0029487")
Z24 = ico("0817425")
P27 = ico("5071364")
K28 = ico("1542096")

CASES: list[dict[str, Any]] = [
    {
        "id": "nc015-norwegian-english-short-range",
        "description": "Norwegian daily writing English with Norwegian bits: production as a "
        "short range '192.0.2.10-12' (three addresses), a nine-digit organisation number",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Østlandets Avis AS",
            None,
            None,
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["192.0.2.13"],
            "Ingrid Solberg",
            "ingrid.solberg@ostlandetsavis.example",
            "+4792241830",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@ostlandetsavis.example>",
        "subject": "XML election results - access request (Østlandets Avis)",
        "headers": SAMSUNG,
        "body": (
            "Hei / Dear colleagues,\n\n"
            "Østlandets Avis AS (org.nr. 987 114 552) is covering the Czech election for "
            "our foreign desk, and we would like to pull the results from your XML server.\n\n"
            "Our servers (produksjon): 192.0.2.10-12\n"
            "Testserver: 192.0.2.13\n\n"
            "Kontaktperson: Ingrid Solberg, +47 922 41 830, "
            "ingrid.solberg@ostlandetsavis.example\n\n"
            "Tusen takk!\n"
            "Ingrid\n\n"
            "Sendt fra min Galaxy\n"
        ),
    },
    {
        "id": "nc016-filming-for-later-election",
        "description": "regional TV asks for the feed now; filming only mentioned for the "
        "presidential election, to be applied for separately (iso-8859-2)",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Jesenická televize s.r.o.",
            T16,
            None,
            ["203.0.113.70"],
            ["203.0.113.71"],
            "Lenka Pavelková",
            "pavelkova@jesenickatv.example",
            "+420584401227",
        ),
        "from": "Lenka Pavelková <pavelkova@jesenickatv.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb do PS 2025",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            f"Jesenická televize s.r.o., IČO {T16}, se sídlem Palackého 1250/12, "
            "790 01 Jeseník, tímto žádá o přístup k průběžným výsledkům voleb do Poslanecké "
            "sněmovny ve formátu XML pro naše zpravodajské vysílání a web.\n\n"
            "Produkční server: 203.0.113.70\n"
            "Testovací server: 203.0.113.71\n\n"
            "Natáčení na sběrném místě letos nepotřebujeme. Rádi bychom natáčeli až při "
            "prezidentské volbě - o povolení k natáčení pak požádáme samostatně, až bude "
            "termín vyhlášen.\n\n"
            "Kontaktní osoba: Lenka Pavelková, produkce zpravodajství, tel. 584 401 227, "
            "pavelkova@jesenickatv.example\n\n"
            "S úctou\n\n"
            "Mgr. Pavel Dostál\n"
            "jednatel\n"
            "Jesenická televize s.r.o.\n"
        ),
    },
    {
        "id": "nc017-conditional-filming-corrected-test",
        "description": "feed plus a filming request conditional on the office allowing it; "
        "the test address corrected in the next paragraph (swapped digits)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Moravská média a.s.",
            M17,
            None,
            ["198.51.100.40"],
            ["198.51.100.45"],
            "Radek Šimek",
            "radek.simek@moravskamedia.example",
            "+420739180446",
        ),
        "from": "Radek Šimek <radek.simek@moravskamedia.example>",
        "subject": "Volby 2025 - XML + případné natáčení",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"za Moravská média a.s. (IČO {M17}, vydavatel webu jihomoravan.example) bych "
            "rád požádal o přístup k výsledkům voleb ve formátu XML:\n\n"
            "produkce: 198.51.100.40\n"
            "test: 198.51.100.54\n\n"
            "Oprava - překlep, testovací adresa je 198.51.100.45, ne .54. Omlouvám se.\n\n"
            "A pokud to bude z Vaší strany možné, rádi bychom také natočili krátkou "
            "reportáž na sběrném místě v Brně (2 lidi, 20 minut, bez rušení provozu). Prosím "
            "o povolení.\n\n"
            "Kontakt jsem já: Radek Šimek, 739 180 446\n\n"
            "Díky,\n"
            "Radek Šimek\n"
            "Moravská média a.s. | online vývoj\n"
        ),
    },
    {
        "id": "nc018-danish-checkbox-form",
        "description": "Danish broadcaster's English form: '[x]' feed, '[ ]' filming, test "
        "'n/a', Danish words mixed in, an eight-digit CVR number that is no IČO",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Nordjysk Medieværk A/S",
            None,
            None,
            ["192.0.2.180", "192.0.2.181"],
            [],
            "Mette Kjærgaard",
            "mkj@nordjyskmedie.example",
            "+4598124407",
        ),
        "from": "Mette Kjærgaard <mkj@nordjyskmedie.example>",
        "subject": "Application form - Czech election results 2025",
        "headers": OUTLOOK,
        "body": (
            "Goddag,\n\n"
            "please find our application below (filled in from your template).\n\n"
            "APPLICATION - ELECTION RESULTS\n"
            "==============================\n"
            "Applicant:          Nordjysk Medieværk A/S\n"
            "Reg. no. (CVR):     31457218\n"
            "Requested:          [x] access to XML results server\n"
            "                    [ ] filming / recording at collection point\n"
            "Production IP(s):   192.0.2.180, 192.0.2.181\n"
            "Test IP(s):         n/a\n"
            "Contact person:     Mette Kjærgaard\n"
            "E-mail:             mkj@nordjyskmedie.example\n"
            "Phone:              +45 98 12 44 07\n\n"
            "Med venlig hilsen / kind regards\n"
            "Mette Kjærgaard\n"
            "Nordjysk Medieværk A/S, Aalborg\n"
        ),
    },
    {
        "id": "nc019-forward-it-ipv6-block",
        "description": "newsroom forwards IT's mail inline: production an IPv6 /126 block (four "
        "addresses), test IPv4; the contact is the IT colleague in the forwarded text",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Hlas Polabí, s.r.o.",
            H19,
            None,
            ["2001:db8:77::", "2001:db8:77::1", "2001:db8:77::2", "2001:db8:77::3"],
            ["203.0.113.99"],
            "Ivo Hruška",
            "hruska@hlaspolabi.example",
            "+420608334571",
        ),
        "from": "Redakce Hlas Polabí <redakce@hlaspolabi.example>",
        "subject": "Fwd: adresy pro volební XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"za Hlas Polabí, s.r.o. (IČO {H19}) žádáme o přístup k výsledkům voleb ve "
            "formátu XML. Adresy posílá náš IT kolega níže, kontaktujte prosím přímo jeho.\n\n"
            "Děkujeme,\n"
            "Klára Mrázková, redakce\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: adresy pro volební XML\n"
            "Datum: Mon, 8 Sep 2025 09:12:40 +0200\n"
            "Od: Ivo Hruška <hruska@hlaspolabi.example>\n"
            "Komu: redakce@hlaspolabi.example\n\n"
            "Ahoj Kláro,\n\n"
            "pro ČSÚ: ostrý provoz poběží už jen přes IPv6, povolit blok 2001:db8:77::/126 "
            "(čtyři adresy). Testovat budu ze staré IPv4 203.0.113.99.\n"
            "Kdyby něco, jsem na 608 334 571.\n\n"
            "Ivo\n"
            "--\n"
            "Ivo Hruška, správa sítě\n"
            "Hlas Polabí, s.r.o., Nymburk\n"
        ),
    },
    {
        "id": "nc020-finnish-reply-to-office-query",
        "description": "Finnish radio replies in English to the office's request for missing "
        "data; the office's quoted signature (IČO, box, phone) is not the applicant's; the "
        "production address only in the applicant's quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Pohjanmaan Radio Oy",
            None,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Mikko Järvinen",
            "mikko.jarvinen@pohjanmaanradio.example",
            "+358407182291",
        ),
        "from": "Mikko Järvinen <mikko.jarvinen@pohjanmaanradio.example>",
        "subject": "RE: Vaše žádost o přístup k XML / your request",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\n"
            "thank you - the missing details: our test server is 203.0.113.121, and my "
            "phone is +358 40 718 2291. The production address stays as in my first mail "
            "below.\n\n"
            "Ystävällisin terveisin / kind regards\n"
            "Mikko Järvinen\n"
            "Pohjanmaan Radio Oy, Vaasa (Y-tunnus 2145873-6)\n\n"
            "-----Original Message-----\n"
            "From: podatelna@czso.cz <podatelna@czso.cz>\n"
            "Sent: Tuesday, September 9, 2025 10:41 AM\n"
            "To: Mikko Järvinen <mikko.jarvinen@pohjanmaanradio.example>\n"
            "Subject: Vaše žádost o přístup k XML / your request\n\n"
            "Dear Mr Järvinen,\n"
            "to complete your request, please send the test IP address (if any) and a "
            "phone number of the contact person.\n\n"
            "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "IČO 00025593, ID datové schránky 2gfaasy, tel. +420 274 052 733\n\n"
            "-----Original Message-----\n"
            "From: Mikko Järvinen <mikko.jarvinen@pohjanmaanradio.example>\n"
            "Sent: Monday, September 8, 2025 3:02 PM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Access to XML election results\n\n"
            "Hello,\n"
            "Pohjanmaan Radio Oy would like to access the XML results of the Czech "
            "election. Our production server is 203.0.113.120.\n"
            "Regards, Mikko Järvinen\n"
        ),
    },
    {
        "id": "nc021-databox-private-university-pdf-netmask",
        "description": "data message from a private university, the application only in a PDF "
        "table: production as an address with the netmask 255.255.255.254 (two addresses)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Slezská vysoká škola mediální, o. p. s.",
            V21,
            "u3vs8pe",
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Kamila Ryšavá",
            "rysava@svsm.example",
            "+420553684210",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "u3vs8pe",
            "sender": "Slezská vysoká škola mediální, o. p. s.",
            "address": "Hrnčířská 14, 746 01 Opava",
        },
        "attachments": [
            (
                "pdf",
                "zadost_CSU_XML.pdf",
                [
                    "Slezská vysoká škola mediální, o. p. s.\nHrnčířská 14, 746 01 Opava\n"
                    f"IČO: {V21}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Č. j.: SVSM/0391/2025          V Opavě dne 10. 9. 2025",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Studentská redakce naší školy (web svsm-zpravy.example) bude ve volební "
                    "noci vysílat živě. Žádáme proto o zřízení přístupu k výsledkům voleb "
                    "ve formátu XML pro tyto adresy:",
                    {
                        "rows": [
                            ["Určení", "IP adresa / maska", "Poznámka"],
                            [
                                "produkční",
                                "198.51.100.140 / 255.255.255.254",
                                "dva uzly webového clusteru školy",
                            ],
                            ["testovací", "198.51.100.150", "počítačová učebna C-204"],
                        ],
                        "widths": [80, 150, 180],
                    },
                    "Kontaktní osoba: Ing. Kamila Ryšavá, Centrum informačních technologií, "
                    "tel. 553 684 210, e-mail rysava@svsm.example",
                    "doc. PhDr. Jaromír Kubíček, CSc.\nrektor",
                ],
            )
        ],
    },
    {
        "id": "nc022-agency-xlsx-internal-and-old",
        "description": "agency mail with an XLSX: rows for production, backup, an internal NAT "
        "address marked not to enter, test, and an old address to cancel",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Agentura Datamedia, s.r.o.",
            D22,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.175"],
            "Filip Sedláček",
            "sedlacek@datamedia.example",
            "+420724503318",
        ),
        "from": "Filip Sedláček <sedlacek@datamedia.example>",
        "subject": "Datamedia - IP adresy pro XML výsledky voleb",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "Agentura Datamedia, s.r.o., která dodává volební grafiku několika regionálním "
            "denikům, žádá o přístup k výsledkům ve formátu XML. Adresy jsou v tabulce "
            "v příloze (list Adresy), kontakt na listu Kontakt.\n\n"
            "Díky a hezký den\n"
            "Filip Sedláček\n"
            f"Agentura Datamedia, s.r.o., IČO {D22}\n"
        ),
        "attachments": [
            (
                "xlsx",
                "datamedia_volby2025.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP adresa", "Poznámka"],
                            ["produkce", "203.0.113.170", "hlavní render server"],
                            ["produkce – záloha", "203.0.113.171", "druhá lokalita"],
                            ["interní (NAT)", "10.1.1.5", "jen pro info, nezadávat"],
                            ["test", "203.0.113.175", ""],
                            ["stará – zrušit", "203.0.113.3", "od loňska nepoužíváme"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Filip Sedláček"],
                            ["Funkce", "technický ředitel"],
                            ["E-mail", "sedlacek@datamedia.example"],
                            ["Mobil", "+420 724 503 318"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "nc023-town-windows-1250-box-in-signature",
        "description": "town's press office in windows-1250: IČ with spaces, backup server "
        "in brackets (production), no test server, the town's data-box ID in the signature",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Město Bystřice nad Lomnicí",
            B23,
            "xk4mb2p",
            ["192.0.2.30", "192.0.2.31"],
            [],
            "Hana Veselá",
            "vesela@bystricenl.example",
            "+420566590312",
        ),
        "from": "Hana Veselá <vesela@bystricenl.example>",
        "subject": "Žádost města o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "město Bystřice nad Lomnicí provozuje zpravodajský portál a městskou kabelovou "
            "televizi, ve které budeme ve volební noci zveřejňovat výsledky za město i kraj. "
            "Žádáme proto o přístup k výsledkům ve formátu XML ze serverů 192.0.2.30 a "
            "192.0.2.31 (záložní). Testovací server nemáme.\n\n"
            "Kontaktní osobou je tisková mluvčí Hana Veselá, tel. 566 590 312.\n\n"
            "S pozdravem\n\n"
            "Hana Veselá\n"
            "tisková mluvčí\n"
            "Město Bystřice nad Lomnicí\n"
            "Masarykovo nám. 1, 593 01 Bystřice nad Lomnicí\n"
            f"IČ: {B23[:2]} {B23[2:4]} {B23[4:6]} {B23[6:]} | ID DS: xk4mb2p\n"
            "ústředna 566 590 300\n"
        ),
    },
    {
        "id": "nc024-temporary-test-host-internal-name",
        "description": "bullet note: an internal host name with a private address to ignore, "
        "production, and a temporary test address from a notebook",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Zprávy Slezska, z. s.",
            Z24,
            None,
            ["198.51.100.5"],
            ["198.51.100.77"],
            "Šárka Lindnerová",
            "lindnerova@zpravyslezska.example",
            "+420731006482",
        ),
        "from": "Šárka Lindnerová <lindnerova@zpravyslezska.example>",
        "subject": "XML volby - Zprávy Slezska",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den, žádáme o XML s výsledky voleb:\n\n"
            "* produkce: 198.51.100.5\n"
            "* test: dočasně 198.51.100.77 (notebook v redakci, jen do voleb)\n"
            "* feed-int.zpravyslezska.example / 10.0.5.10 je náš interní stroj, ten "
            "neřešte\n\n"
            f"Zprávy Slezska, z. s., IČO {Z24}\n"
            "Š. Lindnerová, 731 006 482\n"
        ),
    },
    {
        "id": "nc025-italian-filming-only",
        "description": "Italian regional TV in Italian: filming at a collection point only, the "
        "XML feed expressly not needed; a partita IVA of eleven digits",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telecentro Friuli S.r.l.",
            None,
            None,
            [],
            [],
            "Giulia Mancini",
            "g.mancini@telecentrofriuli.example",
            "+393475512094",
        ),
        "from": "Giulia Mancini <g.mancini@telecentrofriuli.example>",
        "subject": "Richiesta autorizzazione riprese - elezioni parlamentari ceche",
        "headers": K9,
        "body": (
            "Gentili signori,\n\n"
            "sono una giornalista di Telecentro Friuli S.r.l. e vorrei chiedere "
            "l'autorizzazione a effettuare riprese video presso un vostro centro di raccolta "
            "dei risultati (Praga o Ostrava) la sera del 4 ottobre, per un servizio sul "
            "sistema elettorale ceco.\n\n"
            "Non abbiamo bisogno dell'accesso al feed XML: i dati li prenderemo dal sito "
            "pubblico.\n\n"
            "Troupe: io e l'operatore Luca Furlan.\n"
            "Referente: Giulia Mancini, cell. +39 347 551 2094, "
            "g.mancini@telecentrofriuli.example\n\n"
            "Cordiali saluti\n"
            "Giulia Mancini\n"
            "Telecentro Friuli S.r.l. - Via Cividale 88, 33100 Udine - P.IVA 02418730306\n"
        ),
    },
    {
        "id": "nc026-swiss-range-bis-iso-8859-2",
        "description": "Swiss German daily in German (iso-8859-2): production as a range "
        "'bis' (four addresses), test address to follow later, filming too; dotted UID number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Limmattaler Medien AG",
            None,
            None,
            ["203.0.113.130", "203.0.113.131", "203.0.113.132", "203.0.113.133"],
            [],
            "Reto Baumann",
            "reto.baumann@limmattaler.example",
            "+41447352210",
        ),
        "from": "Reto Baumann <reto.baumann@limmattaler.example>",
        "subject": "Gesuch: XML-Zugang und Filmaufnahmen, Parlamentswahl CZ",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Grüezi\n\n"
            "Die Limmattaler Medien AG (UID CHE-112.384.905) möchte über die Wahl in "
            "Tschechien live berichten. Wir ersuchen Sie um:\n\n"
            "a) Zugang zu den Resultaten im XML-Format von unseren Produktionsservern "
            "203.0.113.130 bis 203.0.113.133;\n"
            "b) eine Bewilligung für Filmaufnahmen in Ihrer Sammelstelle in Prag am "
            "Wahlabend.\n\n"
            "Eine Test-IP reichen wir nach, sobald die Umgebung steht.\n\n"
            "Ansprechpartner: Reto Baumann, direkt +41 44 735 22 10, "
            "reto.baumann@limmattaler.example\n\n"
            "Freundliche Grüsse\n"
            "Reto Baumann\n"
            "Leiter Datenteam, Limmattaler Medien AG\n"
            "Zentrale +41 44 735 22 00\n"
        ),
    },
    {
        "id": "nc027-slovak-freelancer-odt",
        "description": "Slovak sole trader with a trade name, short Slovak mail and an ODT form "
        "with production/test rows and a filming row 'áno'",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED, FILM],
            "Peter Hudec - HUDEC MEDIA",
            P27,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Peter Hudec",
            "peter@hudecmedia.example",
            "+421948220716",
        ),
        "from": "Peter Hudec <peter@hudecmedia.example>",
        "subject": "Žiadosť o prístup k XML a povolenie nakrúcania",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "v prílohe posielam vyplnenú žiadosť. Som nezávislý novinár, robím volebné "
            "spravodajstvo pre slovenské weby.\n\n"
            "Ďakujem\n"
            "Peter Hudec\n"
        ),
        "attachments": [
            (
                "odt",
                "ziadost_hudec.odt",
                [
                    "ŽIADOSŤ O PRÍSTUP K VÝSLEDKOM VOLIEB A O POVOLENIE NAKRÚCANIA",
                    [
                        ["Žiadateľ", "Peter Hudec - HUDEC MEDIA"],
                        ["IČO", P27],
                        ["Produkčná IP adresa", "198.51.100.90"],
                        ["Testovacia IP adresa", "198.51.100.91"],
                        ["Nakrúcanie na zbernom mieste", "áno - Brno, 4. 10. 2025"],
                        ["Kontaktná osoba", "Peter Hudec"],
                        ["Telefón", "0948 220 716"],
                        ["E-mail", "peter@hudecmedia.example"],
                    ],
                    "V Bratislave 11. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "nc028-databox-rtf-form-ano-ne",
        "description": "data message from a publisher with an RTF form: XML ANO, filming NE, "
        "two production addresses and one test address in a table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Krkonoše, spol. s r. o.",
            K28,
            "k2rn5fa",
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.242"],
            "Miloš Šafář",
            "safar@vkrkonose.example",
            "+420499871245",
        ),
        "subject": "Přístup k volebním výsledkům - formulář",
        "databox": {
            "box": "k2rn5fa",
            "sender": "Vydavatelství Krkonoše, spol. s r. o.",
            "address": "Horská 41, 543 01 Vrchlabí",
        },
        "attachments": [
            (
                "rtf",
                "formular_volby.rtf",
                [
                    "Formulář žádosti - volby do Poslanecké sněmovny 2025",
                    [
                        ["Žadatel", "Vydavatelství Krkonoše, spol. s r. o."],
                        ["IČO", K28],
                        ["Přístup k XML výsledkům", "ANO"],
                        ["Natáčení na sběrném místě", "NE"],
                        ["Produkční IP", "192.0.2.240, 192.0.2.241"],
                        ["Testovací IP", "192.0.2.242"],
                        ["Kontaktní osoba", "Miloš Šafář"],
                        ["Telefon", "499 871 245"],
                        ["E-mail", "safar@vkrkonose.example"],
                    ],
                    "Ve Vrchlabí 9. 9. 2025",
                ],
            )
        ],
    },
]
