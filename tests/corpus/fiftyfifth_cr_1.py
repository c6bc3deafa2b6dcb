"""Fifty-fifth held-out part ``cr``, cases cr001–cr014: a Spanish S.L. with a range, an Italian
S.r.l. with "rispettivamente", a Slovak regional TV writing "produkčné / testovacie", a Polish
agency with "zakres od … do …" and a netmask, an English freelancer, a Croatian broadcaster's
"adresa za testiranje", an Austrian newsroom asking to film only, a Hungarian list of old and
new addresses, a municipality's data message, a university's CIDR letter, an IT contractor
writing for a radio, a Dutch/English mix with "t/m", a terse forward and a signed Swedish mail.
Written by hand apart from the extraction rules (see make_fiftyfifth_cr); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfifth_cr_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I3, I9, I10, I11, I11C, I13 = (
    ico("3641827"),
    ico("0027461"),
    ico("7193052"),
    ico("2659318"),
    ico("0834716"),
    ico("2750843"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "cr001-spanish-sl-rango",
        "description": "Spanish S.L. writing in Spanish: production given as a 'rango' of three "
        "addresses with an en dash, the test server in a separate sentence; NIF, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ediciones Meseta Digital, S.L.",
            None,
            None,
            ["203.0.113.40", "203.0.113.41", "203.0.113.42"],
            ["203.0.113.50"],
            "Lucía Fernández Ortega",
            "lfernandez@mesetadigital.example",
            "+34612384705",
        ),
        "from": "Lucía Fernández Ortega <lfernandez@mesetadigital.example>",
        "subject": "Solicitud de acceso a resultados electorales (XML) – Meseta Digital",
        "headers": APPLE,
        "body": "Estimados señores:\n\n"
        "Me dirijo a ustedes en nombre de Ediciones Meseta Digital, S.L. (NIF B-47318265), "
        "editora del diario en línea Meseta Digital, con sede en Valladolid. Cubriremos las "
        "próximas elecciones checas con una sección especial y nos gustaría recibir los "
        "resultados en tiempo real a través de su servidor XML.\n\n"
        "Nuestros servidores de producción ocupan el rango 203.0.113.40 – 203.0.113.42. "
        "Para las pruebas utilizaremos un servidor aparte, con la dirección 203.0.113.50.\n\n"
        "No necesitamos permiso para grabar ni fotografiar; trabajaremos desde Madrid.\n\n"
        "Persona de contacto: yo misma.\n\n"
        "Atentamente,\n\n"
        "Lucía Fernández Ortega\n"
        "Jefa de Datos | Meseta Digital\n"
        "Tel.: +34 612 384 705\n"
        "lfernandez@mesetadigital.example\n",
    },
    {
        "id": "cr002-italian-srl-rispettivamente",
        "description": "Italian S.r.l. in Italian, format=flowed: production and test addresses "
        "paired with 'rispettivamente', a crew named for the filming, the contact is the "
        "editor in the signature, not the cameraman",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Rete Adriatica Notizie S.r.l.",
            None,
            None,
            ["198.51.100.61"],
            ["198.51.100.62"],
            "Giulia Ferraresi",
            "g.ferraresi@reteadriatica.example",
            "+393471592608",
        ),
        "from": "Giulia Ferraresi <g.ferraresi@reteadriatica.example>",
        "subject": "Richiesta accesso dati elettorali e permesso di ripresa",
        "headers": TBIRD,
        "flowed": True,
        "body": "Gentili signore e signori,\n\n"
        "Rete Adriatica Notizie S.r.l. (P.IVA 02719480431), editrice del "
        "telegiornale regionale RAN24, chiede:\n\n"
        "1) l'accesso al server dedicato con i risultati elettorali in formato "
        "XML; gli indirizzi IP del server di produzione e di quello di test sono "
        "198.51.100.61 e 198.51.100.62 rispettivamente;\n"
        "2) il permesso di effettuare riprese video presso la vostra sede durante "
        "lo spoglio. La troupe: Davide Colombo (operatore) e Marta Lenzi "
        "(giornalista).\n\n"
        "Per qualsiasi chiarimento sono a vostra disposizione.\n\n"
        "Cordiali saluti\n"
        "Giulia Ferraresi\n"
        "caporedattrice, RAN24\n"
        "cell. +39 347 159 2608\n",
    },
    {
        "id": "cr003-slovak-tv-produkcne-testovacie",
        "description": "Slovak regional TV in Slovak (iso-8859-2, 8bit): one line 'produkčné / "
        "testovacie' splits the addresses with a slash, abbreviations (s. r. o., tel. č., "
        "resp.), a Slovak IČO written in groups, a domestic mobile without country code",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Poiplie, s. r. o.",
            I3,
            None,
            ["192.0.2.71", "192.0.2.72"],
            ["192.0.2.79"],
            "Zuzana Kováčiková",
            "kovacikova@tvpoiplie.example",
            "+421905318264",
        ),
        "from": "Zuzana Kováčiková <kovacikova@tvpoiplie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb - TV Poiplie",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dobrý deň,\n\n"
        "TV Poiplie, s. r. o., regionálna televízia z Lučenca, žiada o sprístupnenie "
        "priebežných výsledkov volieb na vyhradenom serveri (XML) a zároveň o povolenie "
        "nakrúcania na pracoviskách ČSÚ počas sčítania.\n\n"
        "IP adresy (produkčné / testovacie): 192.0.2.71, 192.0.2.72 / 192.0.2.79\n\n"
        "Kontaktná os.: Mgr. Zuzana Kováčiková, ved. spravodajstva\n"
        "tel. č.: 0905 318 264, resp. redakcia 047/432 11 90\n"
        "e-mail: kovacikova@tvpoiplie.example\n\n"
        "Nakrúcať bude štáb v zložení: red. P. Baláž, kam. J. Ďurica.\n\n"
        "Ďakujeme a s pozdravom\n"
        "Z. Kováčiková\n"
        "TV Poiplie, s. r. o., Novohradská 14, 984 01 Lučenec\n"
        "IČO: " + I3[:2] + " " + I3[2:5] + " " + I3[5:] + "\n",
    },
    {
        "id": "cr004-polish-agency-zakres-netmask",
        "description": "Polish news agency in Polish (windows-1250): production as 'zakres od … "
        "do …' (four addresses), the test address followed by a netmask (two addresses); "
        "NIP and REGON, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Wisła Press sp. z o.o.",
            None,
            None,
            ["198.51.100.130", "198.51.100.131", "198.51.100.132", "198.51.100.133"],
            ["203.0.113.8", "203.0.113.9"],
            "Piotr Zalewski",
            "p.zalewski@wislapress.example",
            "+48601427385",
        ),
        "from": "Piotr Zalewski <p.zalewski@wislapress.example>",
        "subject": "Wniosek o dostęp do wyników wyborów – Wisła Press",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Szanowni Państwo,\n\n"
        "w imieniu Agencji Informacyjnej Wisła Press sp. z o.o. z siedzibą w Krakowie "
        "(NIP 6762481935, REGON 362815047) zwracam się z prośbą o udostępnienie wyników "
        "wyborów w formacie XML na dedykowanym serwerze.\n\n"
        "Adresy produkcyjne: zakres od 198.51.100.130 do 198.51.100.133\n"
        "Adres testowy: 203.0.113.8 maska 255.255.255.254\n\n"
        "Nie wnioskujemy o zgodę na filmowanie.\n\n"
        "Osoba do kontaktu: Piotr Zalewski, kierownik działu IT, tel. +48 601 427 385, "
        "p.zalewski@wislapress.example\n\n"
        "Z poważaniem\n"
        "Piotr Zalewski\n"
        "Agencja Informacyjna Wisła Press sp. z o.o.\n"
        "ul. Długa 27, 31-147 Kraków\n",
    },
    {
        "id": "cr005-english-freelancer-self-ipv6",
        "description": "English freelancer with no company, format=flowed: the applicant is "
        "the person; an IPv6 and an IPv4 production address on one VPS, testing from the "
        "same box (no test address); writes for several outlets named in passing",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Oliver Hargreaves",
            None,
            None,
            ["2001:db8:7a::1", "198.51.100.200"],
            [],
            "Oliver Hargreaves",
            "oliver@hargreavesdata.example",
            "+447700900418",
        ),
        "from": "Oliver Hargreaves <oliver@hargreavesdata.example>",
        "subject": "feed access - freelance",
        "headers": GMAIL,
        "flowed": True,
        "body": "Hi,\n\n"
        "I'm a freelance data journalist (no company, just me) covering the Czech "
        "vote for a couple of UK and Irish outlets - Northern Ledger, Harbour "
        "Weekly. Could I get access to the XML results feed?\n\n"
        "My VPS: 2001:db8:7a::1 and 198.51.100.200 (same machine, dual stack). I'll "
        "test against the same box, no separate test server.\n\n"
        "No filming needed.\n\n"
        "Thanks,\nOliver\n\n"
        "--\nOliver Hargreaves\nfreelance data journalist\n+44 7700 900418\n",
    },
    {
        "id": "cr006-croatian-adresa-za-testiranje",
        "description": "Croatian broadcaster in Latin script (base64): 'proizvodne adrese' and "
        "'adresa za testiranje', OIB (11 digits) is no IČO, the contact given after the "
        "director who signs",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radiotelevizija Slavonski Val d.o.o.",
            None,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Ivana Marković",
            "ivana.markovic@slavonskival.example",
            "+385912647380",
        ),
        "from": "Radiotelevizija Slavonski Val <info@slavonskival.example>",
        "subject": "Zahtjev za pristup rezultatima izbora",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "body": "Poštovani,\n\n"
        "Radiotelevizija Slavonski Val d.o.o. (OIB 48217396054), Osijek, moli pristup "
        "rezultatima izbora u XML formatu na vašem posebnom poslužitelju.\n\n"
        "Proizvodne IP adrese: 192.0.2.140, 192.0.2.141\n"
        "Adresa za testiranje: 192.0.2.150\n\n"
        "Za tehnička pitanja obratite se kolegici Ivani Marković "
        "(ivana.markovic@slavonskival.example, mob. +385 91 264 7380).\n\n"
        "Srdačan pozdrav,\n\n"
        "Tomislav Horvat\n"
        "direktor\n"
        "Radiotelevizija Slavonski Val d.o.o.\n"
        "tel. +385 31 555 120\n",
    },
    {
        "id": "cr007-austrian-nur-drehgenehmigung",
        "description": "Austrian newsroom, HTML only: 'nur Drehgenehmigung, kein Datenzugang' – "
        "filming only; an address of their CMS appears in the signature's footnote but no "
        "feed is asked for; FN and UID numbers, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Alpenland Rundschau GmbH",
            None,
            None,
            [],
            [],
            "Florian Eder",
            "f.eder@alpenlandrundschau.example",
            "+436643917205",
        ),
        "from": "Mag. Florian Eder <f.eder@alpenlandrundschau.example>",
        "subject": "Anfrage Drehgenehmigung Wahlabend",
        "headers": MAC_OUTLOOK,
        "html": '<html><body style="font-family:Calibri">'
        "<p>Sehr geehrte Damen und Herren,</p>"
        "<p>die Redaktion Linz der <b>Alpenland Rundschau GmbH</b> plant eine Reportage über "
        "die tschechischen Wahlen und möchte am Wahlabend in Ihrer Zentrale in Prag drehen.</p>"
        "<p><b>Wichtig: nur Drehgenehmigung, kein Datenzugang</b> – die Ergebnisse beziehen "
        "wir über unsere Nachrichtenagentur.</p>"
        "<p>Team: Mag. Florian Eder (Redakteur, Ansprechpartner), Stefan Huber (Kamera).</p>"
        "<p>Mit freundlichen Grüßen<br>Mag. Florian Eder<br>Alpenland Rundschau GmbH – "
        "Redaktion Linz<br>Landstraße 41, 4020 Linz<br>Mobil: +43 664 391 7205<br>"
        "FN 284517k | UID ATU63917402</p></body></html>",
    },
    {
        "id": "cr008-hungarian-old-to-remove-new",
        "description": "Hungarian mail (iso-8859-2) listing the old addresses to be removed next "
        "to the new ones in two columns; only the new are labelled; Hungarian name order; "
        "adószám is no IČO",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Dunántúli Hírek Kft.",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.129"],
            "Szabó Gergely",
            "szabo.gergely@dunantulihirek.example",
            "+36301847265",
        ),
        "from": "Szabó Gergely <szabo.gergely@dunantulihirek.example>",
        "subject": "Választási adatok – IP-címek módosítása / hozzáférés",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "body": "Tisztelt Hölgyem/Uram!\n\n"
        "A Dunántúli Hírek Kft. (adószám: 14829307-2-19) ismét szeretne hozzáférést kapni "
        "a választási eredmények XML-szerveréhez. Szervereinket áthelyeztük, ezért kérjük, "
        "a régi címeket töröljék, és az újakat engedélyezzék:\n\n"
        "                  RÉGI (törlendő)     ÚJ\n"
        "éles szerver 1    203.0.113.20        203.0.113.120\n"
        "éles szerver 2    203.0.113.21        203.0.113.121\n"
        "teszt             203.0.113.29        203.0.113.129\n\n"
        "Forgatási engedélyre nincs szükségünk.\n\n"
        "Kapcsolattartó: Szabó Gergely, informatikai vezető\n"
        "Tel.: +36 30 184 7265\n\n"
        "Üdvözlettel:\n"
        "Szabó Gergely\n"
        "Dunántúli Hírek Kft., Pécs\n",
    },
    {
        "id": "cr009-databox-municipality-town-tv-pdf",
        "description": "data message from a town that runs a municipal TV: the PDF names the "
        "TV (no legal entity) and the town with its IČO; the contact is the IT contractor's "
        "technician named as contact, not the mayor who signs",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Kostelec nad Vltavou",
            I9,
            "k7mv2qa",
            ["198.18.4.10"],
            ["198.18.4.11"],
            "Tomáš Hrubý",
            "hruby@netkostelec.example",
            "+420737214806",
        ),
        "databox": box(
            "k7mv2qa", "Město Kostelec nad Vltavou", "Náměstí 1, 398 51 Kostelec nad Vltavou", 10
        ),
        "subject": "Žádost - volby - Kostelecká televize",
        "attachments": [
            (
                "pdf",
                "zadost_KTV.pdf",
                [
                    "Město Kostelec nad Vltavou, Náměstí 1, 398 51 Kostelec nad Vltavou, IČO " + I9,
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Město Kostelec nad Vltavou provozuje jako svou organizační složku "
                    "Kosteleckou televizi, která bude ve volební noci vysílat výsledky za "
                    "region. Žádáme proto o zpřístupnění výsledků na vašem serveru.",
                    {
                        "rows": [
                            ["produkční server (vysílací grafika)", "198.18.4.10"],
                            ["testovací server", "198.18.4.11"],
                        ],
                        "widths": [220, 160],
                    },
                    "Technické zajištění pro nás dělá firma NetKostelec s.r.o.; kontaktní "
                    "osobou pro tuto žádost je její technik Bc. Tomáš Hrubý, "
                    "hruby@netkostelec.example, tel. 737 214 806.",
                    "Ing. Jaroslav Pešek\nstarosta města",
                ],
            )
        ],
    },
    {
        "id": "cr010-university-cidr-docx-letter",
        "description": "university letter in a DOCX with header and footer: a faculty's media "
        "lab applies, labelled as the university with ', veřejná vysoká škola'; production "
        "a /30 block, test a /32; the dean signs, the lab head is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Univerzita Horního Povltaví, veřejná vysoká škola",
            I10,
            None,
            ["198.51.100.96", "198.51.100.97", "198.51.100.98", "198.51.100.99"],
            ["198.51.100.100"],
            "Alena Vlčková",
            "vlckova@fss.uhp.example",
            "+420387114290",
        ),
        "from": "Sekretariát děkana FSS <dekanat@fss.uhp.example>",
        "subject": "Žádost o přístup k datům voleb - Mediální laboratoř FSS UHP",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze zasíláme žádost Fakulty sociálních studií. "
        "Podepsaný originál jde poštou.\n\nS pozdravem\nLenka Marešová\nsekretariát děkana\n",
        "attachments": [
            (
                "docx",
                "FSS_zadost_volby.docx",
                {
                    "header": "Univerzita Horního Povltaví, veřejná vysoká škola | Fakulta "
                    "sociálních studií | IČO " + I10,
                    "footer": "Kněžská 12, 370 01 České Budějovice | www.fss.uhp.example",
                    "blocks": [
                        "Český statistický úřad\nodbor informatiky",
                        "Věc: Žádost o zpřístupnění výsledků voleb pro studentskou redakci",
                        "Vážené dámy, vážení pánové,",
                        "Fakulta sociálních studií Univerzity Horního Povltaví provozuje "
                        "Mediální laboratoř, v níž studenti žurnalistiky připravují volební "
                        "studio. Prosíme o přístup k výsledkům voleb ve formátu XML.",
                        "Produkční adresy: 198.51.100.96/30\nTestovací adresa: 198.51.100.100/32",
                        "Kontaktní osobou je vedoucí laboratoře doc. PhDr. Alena Vlčková, "
                        "Ph.D., vlckova@fss.uhp.example, tel. 387 114 290.",
                        "prof. Mgr. Karel Brabec, CSc.\nděkan",
                    ],
                },
            )
        ],
    },
    {
        "id": "cr011-it-contractor-for-radio-xlsx",
        "description": "an IT contractor writes for a regional radio: the radio (with its IČO) "
        "applies, not the contractor whose IČO is in the signature; an xlsx with an IPv6 "
        "production address and a second sheet of old entries",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Rádio Vysočina Plus s.r.o.",
            I11,
            None,
            ["203.0.113.77", "2001:db8:52::77"],
            ["203.0.113.78"],
            "Marek Lhoták",
            "lhotak@netpoint.example",
            "+420608371594",
        ),
        "from": "Marek Lhoták <lhotak@netpoint.example>",
        "subject": "Rádio Vysočina Plus - přístup k volebním výsledkům",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "jako externí správce IT píšu za našeho klienta, Rádio Vysočina Plus s.r.o. "
        "(IČO " + I11 + "), které žádá o přístup k XML s výsledky voleb. Adresy jsou v "
        "přiložené tabulce (list Adresy; list Archiv je jen loňský stav, neplatí).\n\n"
        "Kontaktní osobou pro tuto žádost jsem já, redakce o tom ví (v kopii šéfredaktor).\n\n"
        "S pozdravem\n"
        "Marek Lhoták\n"
        "NetPoint Solutions s.r.o., IČO " + I11C + "\n"
        "mob. 608 371 594\n",
        "cc": "Pavel Kratochvíl <kratochvil@radiovysocinaplus.example>",
        "attachments": [
            (
                "xlsx",
                "RVP_adresy_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Účel", "Adresa", "Poznámka"],
                            ["produkce", "203.0.113.77", "streaming server"],
                            ["produkce", "2001:db8:52::77", "tentýž stroj, IPv6"],
                            ["test", "203.0.113.78", ""],
                        ],
                    },
                    {
                        "title": "Archiv",
                        "rows": [
                            ["Účel", "Adresa", "Stav"],
                            ["produkce", "203.0.113.17", "zrušeno"],
                            ["test", "203.0.113.18", "zrušeno"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cr012-dutch-english-tm-range",
        "description": "Dutch local broadcaster mixing Dutch and English (multipart/alternative):"
        " production '203.0.113.200 t/m 203.0.113.203' (four), a test server, filming asked "
        "in English; a KvK number of 8 digits that is no IČO",
        "style": Style.MIXED,
        "labels": L(
            [FEED, FILM],
            "Stichting Omroep Zuidrand",
            None,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Sanne de Vries",
            "sanne.devries@omroepzuidrand.example",
            "+31612874093",
        ),
        "from": "Sanne de Vries <sanne.devries@omroepzuidrand.example>",
        "subject": "Request: election results feed + filming permit (Omroep Zuidrand)",
        "headers": APPLE,
        "body": "Beste heer/mevrouw, dear colleagues,\n\n"
        "Sorry for mixing languages – onze Tsjechische is helaas nul. Stichting Omroep "
        "Zuidrand (KvK 41872035) would like to:\n\n"
        "- access the XML results server; productie-IP's 203.0.113.200 t/m 203.0.113.203, "
        "test-server 203.0.113.210\n"
        "- film at your counting centre on election night (twee personen, camera + "
        "verslaggever)\n\n"
        "Contact: Sanne de Vries, +31 6 1287 4093\n\n"
        "Met vriendelijke groet / kind regards,\nSanne de Vries\nEindredacteur, Omroep "
        "Zuidrand\n",
        "html": "<html><body><p>Beste heer/mevrouw, dear colleagues,</p>"
        "<p>Sorry for mixing languages – onze Tsjechische is helaas nul. Stichting Omroep "
        "Zuidrand (KvK 41872035) would like to:</p><ul>"
        "<li>access the XML results server; productie-IP's 203.0.113.200 t/m 203.0.113.203, "
        "test-server 203.0.113.210</li>"
        "<li>film at your counting centre on election night (twee personen, camera + "
        "verslaggever)</li></ul>"
        "<p>Contact: Sanne de Vries, +31 6 1287 4093</p>"
        "<p>Met vriendelijke groet / kind regards,<br>Sanne de Vries<br>Eindredacteur, "
        "Omroep Zuidrand</p></body></html>",
    },
    {
        "id": "cr013-terse-forward-eml-it-note",
        "description": "a two-line cover forwards the IT man's mail as an attached .eml with the "
        "addresses and no test server; the forwarding editor names herself as the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I13,
            None,
            ["198.51.100.180", "198.51.100.181"],
            [],
            "Jitka Vaňková",
            "vankova@podbrdsko.example",
            "+420724583190",
        ),
        "from": "Jitka Vaňková <vankova@podbrdsko.example>",
        "subject": "Fwd: IP pro volby",
        "headers": SEZNAM,
        "body": "Žádáme o přístup k XML výsledkům, adresy viz přeposlaný mail od našeho "
        "správce. Kontakt jsem já, 724 583 190.\n\n"
        "J. Vaňková, šéfredaktorka\nTýdeník Podbrdsko s.r.o., IČO " + I13 + "\n",
        "attachments": [
            (
                "eml",
                "IP pro volby.eml",
                {
                    "id": "cr013-inner",
                    "from": "Ondřej Šimek <simek@podbrdsko.example>",
                    "to": "vankova@podbrdsko.example",
                    "subject": "IP pro volby",
                    "body": "Jitko,\n\nna volby poběží web na 198.51.100.180 a 198.51.100.181 "
                    "(balancer). Testovací server nemáme, budu testovat rovnou na nich.\n\n"
                    "Ondra\n",
                },
            )
        ],
    },
    {
        "id": "cr014-swedish-signed-filming-declined",
        "description": "signed (multipart/signed) Swedish mail: feed asked, filming explicitly "
        "not needed; organisationsnummer of 10 digits is no IČO; the contact is a named "
        "developer, not the editor-in-chief who signs",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tidningen Norrbygden AB",
            None,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Erik Sandberg",
            "erik.sandberg@norrbygden.example",
            "+46703184527",
        ),
        "from": "Karin Lindqvist <karin.lindqvist@norrbygden.example>",
        "subject": "Ansökan om åtkomst till valresultat (XML)",
        "headers": K9,
        "smime": True,
        "body": "Hej,\n\n"
        "Tidningen Norrbygden AB (org.nr 556917-4203) ansöker härmed om åtkomst till "
        "valresultaten via er XML-server inför det tjeckiska valet.\n\n"
        "Produktionsserver: 192.0.2.33\n"
        "Testserver: 192.0.2.34\n\n"
        "Vi behöver inget fotograferingstillstånd.\n\n"
        "Kontaktperson för tekniska frågor: Erik Sandberg, utvecklare, "
        "erik.sandberg@norrbygden.example, tel. 070-318 45 27.\n\n"
        "Med vänliga hälsningar\n"
        "Karin Lindqvist\n"
        "chefredaktör, Tidningen Norrbygden\n",
    },
]
