"""Fifty-third held-out part ``cl``, cases cl029–cl042: a Slovak university's HTML form, a
Belgian publisher's RTF behind a French cover, a Spanish agency's IPv6 range, an Italian TV
applying for a later election as a whole, a Swedish/English temporary test host, a terse Dutch
filming-only note, an agency's data message with /31 and /127 blocks, a municipal TV's reply
declining the feed, a Swiss university institute, a self-correcting online daily with a
temporary backup server, an English IT contractor's workbook, a Greek filming-only request in
English, a long formal letter in a data message and a terse 'resp.' note.
Written by hand apart from the extraction rules (see make_fiftythird_cl); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftythird_cl_common import (
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I35, I36, I38 = ico("3164027"), ico("2593718"), ico("7208413"), ico("2861594")
I39, I41, I42 = ico("0817364"), ico("2547190"), ico("2790635")

CASES: list[dict[str, Any]] = [
    {
        "id": "cl029-slovak-university-html-form",
        "description": "HTML-only form of a Slovak university's faculty: [x] feed, [ ] "
        "filming, a written range '192.0.2.60 – 192.0.2.62', the contact in a table surname "
        "first (labelled given name first); the university is the applicant",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Univerzita Poiplia v Lučenci",
            I29,
            None,
            ["192.0.2.60", "192.0.2.61", "192.0.2.62"],
            ["192.0.2.66"],
            "Zuzana Kováčová",
            "zuzana.kovacova@upl-fhv.example",
            "+421474331285",
        ),
        "from": "Zuzana Kováčová <zuzana.kovacova@upl-fhv.example>",
        "subject": "Žiadosť – prístup k výsledkom volieb (formulár)",
        "headers": ROUNDCUBE,
        "html": "<html><body><p>Dobrý deň,</p><p>posielame vyplnený formulár.</p>"
        "<table border='1'>"
        "<tr><th colspan='2'>Žiadosť o prístup k výsledkom volieb</th></tr>"
        "<tr><td>Žiadateľ</td><td>Univerzita Poiplia v Lučenci, Fakulta humanitných vied, "
        "katedra politológie</td></tr>"
        "<tr><td>IČO</td><td>" + I29 + "</td></tr>"
        "<tr><td>Požadujeme</td><td>[x] prístup k XML výsledkom<br>[ ] povolenie nakrúcania"
        "</td></tr>"
        "<tr><td>Produkčné IP</td><td>192.0.2.60 – 192.0.2.62</td></tr>"
        "<tr><td>Testovacie IP</td><td>192.0.2.66</td></tr>"
        "<tr><td>Kontaktná osoba</td><td>Kováčová Zuzana, Mgr.</td></tr>"
        "<tr><td>Telefón</td><td>+421 47 433 1285</td></tr>"
        "<tr><td>E-mail</td><td>zuzana.kovacova@upl-fhv.example</td></tr>"
        "</table><p>S pozdravom<br>Z. Kováčová</p></body></html>",
    },
    {
        "id": "cl030-belgian-publisher-rtf-article",
        "description": "Belgian publisher: French cover mail, the application in an RTF that "
        "opens 'Les Éditions … souhaitent' (the signature writes the name without the "
        "article), both requests, production only; the contact's mobile",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Éditions du Sillon Mosan SRL",
            None,
            None,
            ["198.18.60.1", "198.18.60.2"],
            [],
            "Laurence Dewinter",
            "l.dewinter@sillonmosan.example",
            "+32475318264",
        ),
        "from": "Laurence Dewinter <l.dewinter@sillonmosan.example>",
        "subject": "Demande – élections tchèques",
        "headers": OUTLOOK,
        "body": "Bonjour,\n\nvous trouverez notre demande en pièce jointe (RTF).\n\n"
        "Bien à vous,\nLaurence Dewinter\n",
        "attachments": [
            (
                "rtf",
                "demande_sillon_mosan.rtf",
                [
                    "Namur, le 3 septembre 2025",
                    "Les Éditions du Sillon Mosan SRL souhaitent obtenir, pour la soirée "
                    "électorale, l'accès au flux XML des résultats ainsi que l'autorisation "
                    "de filmer et de photographier dans votre centre de presse.",
                    [
                        ["Serveurs de production", "198.18.60.1 ; 198.18.60.2"],
                        ["Serveur de test", "aucun"],
                        ["Personne de contact", "Laurence Dewinter, +32 475 31 82 64"],
                    ],
                    "Éditions du Sillon Mosan SRL\nRue des Brasseurs 14, 5000 Namur, Belgique",
                ],
            )
        ],
    },
    {
        "id": "cl031-spanish-agency-ipv6-range-hasta",
        "description": "Spanish agency: an IPv6 range 'desde … hasta …' over a ':1:0' "
        "boundary (four addresses), an IPv4 test; the head of IT signs as contact after a "
        "quoted internal note",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencia de Noticias Ibérica Central, S.A.",
            None,
            None,
            ["2001:db8:e5::1:0", "2001:db8:e5::1:1", "2001:db8:e5::1:2", "2001:db8:e5::1:3"],
            ["203.0.113.99"],
            "Marta Echeverría Luque",
            "mecheverria@anic.example",
            "+34915207314",
        ),
        "from": "Marta Echeverría Luque <mecheverria@anic.example>",
        "subject": "Solicitud de acceso al servidor XML de resultados",
        "headers": ZIMBRA,
        "body": "Estimados señores:\n\n"
        "La Agencia de Noticias Ibérica Central, S.A. solicita acceso al servidor "
        "dedicado de resultados electorales en formato XML.\n\n"
        "Direcciones de producción: desde 2001:db8:e5::1:0 hasta 2001:db8:e5::1:3\n"
        "Dirección de pruebas: 203.0.113.99\n\n"
        "No solicitamos permiso de grabación.\n\n"
        "Atentamente,\n"
        "Marta Echeverría Luque\n"
        "Jefa de Sistemas, tel. +34 915 207 314\n\n"
        "> De: Pablo Ruiz\n"
        "> ¿Mandamos ya la solicitud a los checos? Las IPs v6 son las del rango nuevo.\n",
    },
    {
        "id": "cl032-italian-tv-later-election-docx",
        "description": "Italian regional TV applies as a whole for the 2029 election (counts): "
        "a DOCX letter with the company in the page header and footer, both requests; the "
        "cover note in Italian and English",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Teleadige Sud S.p.A.",
            None,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Davide Tomasoni",
            "d.tomasoni@teleadigesud.example",
            "+390458021637",
        ),
        "from": "Davide Tomasoni <d.tomasoni@teleadigesud.example>",
        "subject": "Domanda di accesso – elezioni 2029 / application for 2029",
        "headers": K9,
        "body": "Buongiorno, in allegato la nostra domanda (riguarda le elezioni del 2029, "
        "we prefer to apply early). Grazie!\nDavide Tomasoni\n",
        "attachments": [
            (
                "docx",
                "domanda_teleadige_2029.docx",
                {
                    "header": "Teleadige Sud S.p.A. – Via Cappello 41, 37121 Verona",
                    "footer": "Teleadige Sud S.p.A. | P.IVA IT03918250236",
                    "blocks": [
                        "Spett.le Ufficio Statistico Ceco",
                        "Oggetto: domanda di accesso ai risultati e di autorizzazione alle "
                        "riprese – elezioni parlamentari 2029",
                        "La presente domanda riguarda nel suo insieme le elezioni "
                        "parlamentari ceche del 2029. Chiediamo l'accesso al flusso XML dei "
                        "risultati e l'autorizzazione a effettuare riprese nel centro "
                        "elettorale.",
                        {
                            "rows": [
                                ["Server di produzione", "192.0.2.180"],
                                ["Server di test", "192.0.2.181"],
                                ["Referente", "Davide Tomasoni, +39 045 802 1637"],
                            ]
                        },
                        "Distinti saluti\nIng. Paola Zanetti, direttrice tecnica",
                    ],
                },
            )
        ],
    },
    {
        "id": "cl033-swedish-english-temporary-test-host",
        "description": "Swedish mixed with English: a temporary test host (switched off "
        "after the election) is still the test address; production single; the editor-in-"
        "chief in copy, the developer writing is the contact",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Västkustens Radio AB",
            None,
            None,
            ["198.51.100.90"],
            ["198.51.100.95"],
            "Linnea Holmberg",
            "linnea.holmberg@vastkustradio.example",
            "+46317204518",
        ),
        "from": "Linnea Holmberg <linnea.holmberg@vastkustradio.example>",
        "cc": "Anders Nyqvist <anders.nyqvist@vastkustradio.example>",
        "subject": "Access to election XML – Västkustens Radio",
        "headers": TBIRD,
        "body": "Hej / hello,\n\n"
        "Västkustens Radio AB would like access to the XML results feed for the Czech "
        "election (vi har en tjeckisk redaktion i Göteborg).\n\n"
        "Production: 198.51.100.90\n"
        "Test: 198.51.100.95 – a temporary VM, only up until election night, tas bort "
        "efteråt.\n\n"
        "No filming. Contact me: Linnea Holmberg, developer, +46 31 720 45 18.\n\n"
        "Med vänlig hälsning,\n"
        "Linnea Holmberg\n",
    },
    {
        "id": "cl034-dutch-terse-freelance-filming-only",
        "description": "two lines of Dutch from a freelance cameraman, filming only, 'geen "
        "XML nodig'; no company, no IČO; the outlets he sells to are not applicants",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Pieter Mol",
            None,
            None,
            [],
            [],
            "Pieter Mol",
            "pieter@molbeeld.example",
            "+31651204877",
        ),
        "from": "Pieter Mol <pieter@molbeeld.example>",
        "subject": "filmen verkiezingsavond",
        "headers": SAMSUNG,
        "body": "Goedendag, graag toestemming om op de verkiezingsavond bij jullie te filmen "
        "(freelance, de beelden verkoop ik aan een paar regionale omroepen). Geen XML nodig.\n"
        "Pieter Mol, 06 5120 4877\n\n"
        "Verzonden vanaf mijn Samsung Galaxy\n",
    },
    {
        "id": "cl035-databox-agency-pdf-31-and-127",
        "description": "a news agency's data message: bare annotation, the PDF table has a "
        "/31 IPv4 block and an IPv6 address for production and an IPv6 /127 for test; box ID "
        "from the envelope and also in the letterhead",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Středočeská tisková agentura, a.s.",
            I35,
            "s5tq8wn",
            ["203.0.113.64", "203.0.113.65", "2001:db8:77::10"],
            ["2001:db8:77::20", "2001:db8:77::21"],
            "Daniel Hošek",
            "hosek@stak.example",
            "+420312604918",
        ),
        "databox": box(
            "s5tq8wn", "Středočeská tisková agentura, a.s.", "Palackého 9, 272 01 Kladno"
        ),
        "subject": "Žádost",
        "attachments": [
            (
                "pdf",
                "STAK_volby_zadost.pdf",
                [
                    "Středočeská tisková agentura, a.s. | Palackého 9, 272 01 Kladno | IČO "
                    + I35
                    + " | ID DS s5tq8wn",
                    "Žádost o přístup k průběžným výsledkům voleb (XML). Povolení natáčení "
                    "nežádáme.",
                    {
                        "rows": [
                            ["Role", "Adresa / blok", "Poznámka"],
                            ["produkce", "203.0.113.64/31", "dva stahovací uzly"],
                            ["produkce", "2001:db8:77::10", "IPv6"],
                            ["test", "2001:db8:77::20/127", "vývojové prostředí"],
                        ],
                        "widths": [80, 170, 200],
                    },
                    "Kontakt: Daniel Hošek, vedoucí IT, hosek@stak.example, tel. 312 604 918",
                    "Ing. Šárka Nedomová, předsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "cl036-municipal-tv-reply-declines-feed",
        "description": "a municipal TV (a town's contributory organisation) answers the "
        "office's question: it no longer wants the XML it asked for (addresses in the quoted "
        "mail go with it), filming only; iso-8859-2 quoted-printable",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Televize Nové Sedlo, příspěvková organizace",
            I36,
            None,
            [],
            [],
            "Hana Šimková",
            "simkova@tvnovesedlo.example",
            "+420352669140",
        ),
        "from": "Hana Šimková <simkova@tvnovesedlo.example>",
        "subject": "Re: Dotaz k Vaší žádosti – IP adresy",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": "Dobrý den,\n\n"
        "po poradě s vedením: XML nakonec nechceme, infokanál města výsledky přebírat "
        "nebude. Zůstává jen žádost o natáčení ve volební noci (kameraman a já).\n\n"
        "Hana Šimková\n"
        "Televize Nové Sedlo, příspěvková organizace, IČO " + I36 + "\n"
        "tel. 352 669 140\n\n"
        "Dne 8. 9. 2025 v 9:41 volby napsal(a):\n"
        "> Dobrý den, ve Vaší žádosti o přístup k XML a natáčení chybí určení, zda je\n"
        "> adresa 198.51.100.180 produkční, nebo testovací. Prosíme o upřesnění.\n"
        "> ČSÚ, oddělení volby\n",
    },
    {
        "id": "cl037-swiss-university-institute-bis",
        "description": "Swiss German institute of a university writes 'bis' for a range of "
        "four production addresses, no test; the university is the applicant; format=flowed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Universität Thurgau",
            None,
            None,
            ["192.0.2.160", "192.0.2.161", "192.0.2.162", "192.0.2.163"],
            [],
            "Reto Hürlimann",
            "reto.huerlimann@unitg-iome.example",
            "+41716239485",
        ),
        "from": "Reto Hürlimann <reto.huerlimann@unitg-iome.example>",
        "subject": "Gesuch um Zugang zum XML-Ergebnisdienst",
        "headers": GMAIL,
        "flowed": True,
        "body": "Grüezi\n\n"
        "Das Institut für Ostmitteleuropa-Forschung der Universität Thurgau möchte für ein "
        "Forschungsprojekt die Wahlergebnisse live über Ihren XML-Dienst beziehen. Wir "
        "bitten um Freischaltung der Adressen 192.0.2.160 bis 192.0.2.163 (Produktion; ein "
        "separates Testsystem haben wir nicht). Drehen werden wir nicht.\n\n"
        "Kontakt: Dr. Reto Hürlimann, wissenschaftlicher Mitarbeiter, +41 71 623 94 85\n\n"
        "Freundliche Grüsse\n"
        "Reto Hürlimann\n"
        "Institut für Ostmitteleuropa-Forschung, Universität Thurgau\n",
    },
    {
        "id": "cl038-online-daily-backup-server-correction",
        "description": "a Czech online daily: a temporary backup server for election night "
        "(backup counts as production), then a correction of the test address lower down; "
        "multipart/alternative",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Severočeský zpravodaj s.r.o.",
            I38,
            None,
            ["198.18.90.10", "198.18.90.11"],
            ["198.18.90.21"],
            "Lukáš Broučil",
            "broucil@sczpravodaj.example",
            "+420723605418",
        ),
        "from": "Lukáš Broučil <broucil@sczpravodaj.example>",
        "subject": "Přístup k XML – Severočeský zpravodaj",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "Severočeský zpravodaj s.r.o. (IČO " + I38 + ") žádá o přístup k výsledkům voleb "
        "v XML.\n\n"
        "Produkce: 198.18.90.10, na volební noc navíc dočasný záložní server 198.18.90.11\n"
        "Test: 198.18.90.20\n\n"
        "Kontakt: Lukáš Broučil, 723 605 418\n\n"
        "Oprava po kontrole s kolegy: testovací adresa je 198.18.90.21, .20 už používá "
        "jiná služba.\n\n"
        "Lukáš Broučil\n",
        "html": "<div>Dobrý den,</div><div>Severočeský zpravodaj s.r.o. (IČO " + I38 + ") "
        "žádá o přístup k výsledkům voleb v XML.</div>"
        "<div>Produkce: 198.18.90.10, na volební noc navíc dočasný záložní server "
        "198.18.90.11<br>Test: 198.18.90.20</div>"
        "<div>Kontakt: Lukáš Broučil, 723 605 418</div>"
        "<div><b>Oprava</b> po kontrole s kolegy: testovací adresa je 198.18.90.21, .20 už "
        "používá jiná služba.</div><div>Lukáš Broučil</div>",
    },
    {
        "id": "cl039-english-it-contractor-xlsx",
        "description": "an English-speaking IT contractor writes in English for a Czech "
        "business weekly (the applicant, IČO in the workbook); two sheets: applicant and "
        "addresses with a role column; the contractor's engineer is named the contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Pražský ekonomický týdeník, s.r.o.",
            I39,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.119"],
            "Oliver Prescott",
            "oliver.prescott@brightwire.example",
            "+420770412856",
        ),
        "from": "Oliver Prescott <oliver.prescott@brightwire.example>",
        "subject": "Election results XML access - on behalf of Pražský ekonomický týdeník",
        "headers": IPHONE,
        "body": "Hello,\n\n"
        "we (Brightwire Systems Ltd) run the hosting for Pražský ekonomický týdeník and "
        "are applying on their behalf for access to the election results XML. Details are "
        "in the attached spreadsheet. I am the technical contact for this application.\n\n"
        "Kind regards,\n"
        "Oliver Prescott\n"
        "Brightwire Systems Ltd, Prague office\n",
        "attachments": [
            (
                "xlsx",
                "PET_election_access.xlsx",
                [
                    {
                        "title": "Applicant",
                        "rows": [
                            ["Applicant", "Pražský ekonomický týdeník, s.r.o."],
                            ["IČO", I39],
                            ["Request", "XML feed only (no filming)"],
                            ["Contact", "Oliver Prescott (Brightwire)"],
                            ["Phone", "+420 770 412 856"],
                            ["E-mail", "oliver.prescott@brightwire.example"],
                        ],
                    },
                    {
                        "title": "Addresses",
                        "rows": [
                            ["IP", "Role"],
                            ["198.51.100.110", "production"],
                            ["198.51.100.111", "production"],
                            ["198.51.100.119", "test"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cl040-greek-english-filming-only",
        "description": "Greek broadcaster writes English with a Greek greeting: filming only, "
        "the XML explicitly not needed; the producer signs, the crew chief named as contact",
        "style": Style.MIXED,
        "labels": L(
            [FILM],
            "Thessaliki Radiotileorasi S.A.",
            None,
            None,
            [],
            [],
            "Giorgos Karamanlidis",
            "g.karamanlidis@thessaliki-tv.example",
            "+306972418350",
        ),
        "from": "Eleni Vlachou <e.vlachou@thessaliki-tv.example>",
        "subject": "Filming permission - election night Prague",
        "headers": OUTLOOK,
        "body": "Yia sas,\n\n"
        "Thessaliki Radiotileorasi S.A. kindly asks for permission to film at your "
        "results centre on election night for a documentary on European elections. We do "
        "not need the XML results service.\n\n"
        "Crew: Giorgos Karamanlidis (chief camera and our contact person for this request, "
        "+30 697 241 8350, g.karamanlidis@thessaliki-tv.example) and Stavros Lekkas (sound).\n\n"
        "Efharisto,\n"
        "Eleni Vlachou\n"
        "Producer, Thessaliki Radiotileorasi S.A.\n",
    },
    {
        "id": "cl041-databox-long-formal-letter-docx",
        "description": "a regional TV's data message with a long formal DOCX letter: history "
        "of cooperation, an old production address replaced, an IPv6 address beside the "
        "IPv4 one, a test address; both requests; the contact's direct line before the "
        "switchboard",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Moravskoslezská regionální televize, a.s.",
            I41,
            "k2mrt9v",
            ["198.51.100.200", "2001:db8:2c::a"],
            ["198.51.100.201"],
            "Petra Ondrušková",
            "ondruskova@msrtv.example",
            "+420596118274",
        ),
        "databox": box(
            "k2mrt9v",
            "Moravskoslezská regionální televize, a.s.",
            "Českobratrská 20, 702 00 Ostrava",
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb a o povolení natáčení",
        "attachments": [
            (
                "docx",
                "MSRTV_zadost_volby.docx",
                {
                    "header": "Moravskoslezská regionální televize, a.s. | Českobratrská 20, "
                    "702 00 Ostrava | IČO " + I41,
                    "footer": "ID datové schránky: k2mrt9v",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Věc: Žádost o zpřístupnění průběžných výsledků voleb a o povolení "
                        "pořizování obrazového záznamu",
                        "Vážené dámy, vážení pánové,",
                        "Moravskoslezská regionální televize, a.s. již od roku 2010 přináší "
                        "divákům kraje přímé přenosy z volebních nocí. Také při letošních "
                        "volbách chceme naše vysílání doplnit o průběžné výsledky přímo z "
                        "dedikovaného serveru ČSÚ a o reportáže z volebního centra.",
                        "Žádáme proto o zpřístupnění výsledků ve formátu XML a o povolení "
                        "natáčení pro štáb o třech osobách.",
                        "Oproti minulým volbám se změnila produkční adresa: dřívější "
                        "198.51.100.199 již nepoužíváme, nahradila ji 198.51.100.200. Nově "
                        "přibývá adresa IPv6 2001:db8:2c::a (také produkce). Testovací "
                        "adresa: 198.51.100.201.",
                        "Kontaktní osobou je Petra Ondrušková, vedoucí zpravodajství, "
                        "ondruskova@msrtv.example, přímá linka 596 118 274 (ústředna 596 "
                        "118 100).",
                        "S úctou",
                        "Ing. Zdeněk Holub\npředseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "cl042-terse-czech-resp",
        "description": "a terse Czech note from webmail: 'IP .50 resp. .51 na test' (the "
        "second address abbreviated), the company and IČO in one sentence, no greeting",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "TV Rychleby s.r.o.",
            I42,
            None,
            ["192.0.2.50"],
            ["192.0.2.51"],
            "Jan Paleček",
            "palecek@tvrychleby.example",
            "+420584412093",
        ),
        "from": "Jan Paleček <palecek@tvrychleby.example>",
        "subject": "xml volby",
        "headers": CENTRUM,
        "body": "za TV Rychleby s.r.o. (IČO " + I42 + ") prosim o pristup k XML vysledkum. "
        "IP 192.0.2.50 resp. .51 na test. natacet nebudem.\n"
        "Jan Paleček 584 412 093\n",
    },
]
