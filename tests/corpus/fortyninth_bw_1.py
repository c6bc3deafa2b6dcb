"""Forty-ninth held-out part ``bw``, cases bw001–bw014: a Bavarian regional TV writing in German
with a written range, a terse Polish photographer, a faculty's data message with a CIDR block, a
Hungarian portal with a netmask, a French letter for a later election in a PDF, a Spanish
contractor writing for a TV with IPv6, an Italian agency withdrawing filming in a postscript, a
municipal TV in ISO-8859-2, a Swedish radio with a replaced host, a Portuguese consortium
describing its servers by role, a Romanian HTML-only mail, a Croatian application forwarded as
.eml, a regional newsroom of a foreign group by data message and a Slovenian ODT form.
Written by hand apart from the extraction rules (see make_fortyninth_bw); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyninth_bw_common import (
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

I3, I8, I12 = ico("7140382"), ico("0284619"), ico("2764913")

CASES: list[dict[str, Any]] = [
    {
        "id": "bw001-de-regionalfernsehen-range",
        "description": "German regional TV writing in German: production addresses as a range "
        "'198.51.100.40 bis .43', a Drehgenehmigung too, the letter signed by the managing "
        "director while the named contact is the head of IT",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Oberpfalz TV Regionalfernsehen GmbH",
            None,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["198.51.100.50"],
            "Markus Seidlhuber",
            "m.seidlhuber@oberpfalz-tv.example",
            "+499614187322",
        ),
        "from": "Gerlinde Amberger <g.amberger@oberpfalz-tv.example>",
        "subject": "Antrag: Zugang zu den Wahlergebnissen (XML) und Drehgenehmigung",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "die Oberpfalz TV Regionalfernsehen GmbH berichtet seit Jahren über die Wahlen im "
        "Nachbarland, und für die kommende Wahl möchten wir Sie um zwei Dinge bitten:\n\n"
        "1. Zugang zum dedizierten Server mit den laufenden Ergebnissen im XML-Format.\n"
        "   Unsere Produktivserver: 198.51.100.40 bis .43\n"
        "   Testsystem: 198.51.100.50\n\n"
        "2. Eine Drehgenehmigung für unser Kamerateam (zwei Personen) in einer Ihrer "
        "Sammelstellen in Pilsen am Wahlabend.\n\n"
        "Ansprechpartner für alle technischen und organisatorischen Fragen ist unser "
        "IT-Leiter Herr Markus Seidlhuber, m.seidlhuber@oberpfalz-tv.example, "
        "Tel. +49 961 418 7322.\n\n"
        "Děkujeme a zdravíme z Weidenu!\n\n"
        "Mit freundlichen Grüßen\n"
        "Gerlinde Amberger\nGeschäftsführerin\n"
        "Oberpfalz TV Regionalfernsehen GmbH\nLedererstraße 14, 92637 Weiden i.d.OPf.\n"
        "Tel. +49 961 418 7300\n",
    },
    {
        "id": "bw002-pl-freelancer-terse-film-only",
        "description": "three lines in Polish with Czech words from a freelance photographer: "
        "photos only, the XML explicitly not needed; no company, no IČO",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Bartosz Wilczyński",
            None,
            None,
            [],
            [],
            "Bartosz Wilczyński",
            "bartek.wilczynski@fotowolny.example",
            "+48601223418",
        ),
        "from": "Bartek Wilczynski <bartek.wilczynski@fotowolny.example>",
        "subject": "zdjęcia / volby",
        "headers": K9,
        "body": "Dobrý den, jestem fotografem (freelancer, Katowice), chciałbym robić zdjęcia "
        "w waszym punkcie zbierania wyników w Ostrawie w noc wyborczą. XML nie potrzebuję.\n"
        "Bartosz Wilczyński, tel. 601 223 418 (PL +48)\n\nWysłane z mojego telefonu\n",
    },
    {
        "id": "bw003-databox-faculty-cidr-docx",
        "description": "data message from a university (box registered to it) for a faculty's "
        "research team; the DOCX gives a /30 block for production and one test host; the "
        "faculty is not a legal entity, so the university applies",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Podkrkonoší, veřejná vysoká škola",
            I3,
            "u7kq2wd",
            ["203.0.113.132", "203.0.113.133", "203.0.113.134", "203.0.113.135"],
            ["203.0.113.140"],
            "Tereza Lhotská",
            "tereza.lhotska@upk.example",
            "+420499318442",
        ),
        "databox": box(
            "u7kq2wd",
            "Univerzita Podkrkonoší, veřejná vysoká škola",
            "Hradecká 1142/3, 541 01 Trutnov",
            10,
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb – Fakulta sociálních studií",
        "attachments": [
            (
                "docx",
                "FSS_zadost_volby.docx",
                {
                    "header": "Univerzita Podkrkonoší | Fakulta sociálních studií | "
                    "Katedra politologie",
                    "footer": "IČO " + I3 + " | ID DS u7kq2wd",
                    "blocks": [
                        "Věc: žádost o přístup k průběžným výsledkům voleb",
                        "Katedra politologie Fakulty sociálních studií Univerzity Podkrkonoší "
                        "připravuje v rámci projektu Volební noc v datech živou analýzu "
                        "výsledků pro studenty a veřejnost. Žádáme proto o přístup k "
                        "dedikovanému serveru s výsledky ve formátu XML.",
                        {
                            "rows": [
                                ["Síť fakulty (produkce)", "203.0.113.132/30"],
                                ["Testovací stroj", "203.0.113.140"],
                                ["Kontakt", "Mgr. Tereza Lhotská, Ph.D."],
                                ["", "tereza.lhotska@upk.example, 499 318 442"],
                            ],
                            "merge": [(2, 0, 3, 0)],
                        },
                        "Natáčení ani fotografování na pracovištích ČSÚ nepožadujeme.",
                        "doc. PhDr. Ivan Kořínek, CSc.\nděkan fakulty",
                    ],
                },
            )
        ],
    },
    {
        "id": "bw004-hu-portal-netmask",
        "description": "Hungarian portal writing in Hungarian with English terms: production as "
        "an address with netmask 255.255.255.252 (four addresses), the contact written "
        "surname first in Hungarian order",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Felvidéki Hírek Kft.",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.20"],
            "Szabó Dóra",
            "szabo.dora@felvidekihirek.example",
            "+36304182277",
        ),
        "from": "Szabó Dóra <szabo.dora@felvidekihirek.example>",
        "subject": "Kérelem – XML election results feed",
        "headers": TBIRD,
        "body": "Tisztelt Hölgyem/Uram!\n\n"
        "A Felvidéki Hírek Kft. nevében kérjük a hozzáférést a választási eredmények XML "
        "feedjéhez (dedicated server).\n\n"
        "Production hálózat: 203.0.113.8 netmask 255.255.255.252\n"
        "Teszt szerver: 203.0.113.20\n\n"
        "Forgatási engedélyre nincs szükségünk.\n\n"
        "Kapcsolattartó: Szabó Dóra, IT-vezető\n"
        "szabo.dora@felvidekihirek.example | +36 30 418 2277\n\n"
        "Köszönjük, děkujeme!\nFelvidéki Hírek Kft., Győr\n",
    },
    {
        "id": "bw005-fr-formal-letter-pdf-later-election",
        "description": "two-line French cover; the PDF is a long formal letter applying as a "
        "whole for the regional elections next year (feed and filming), its contact a "
        "journalist other than the signatory",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Éditions de la Vallée SAS",
            None,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.66"],
            "Camille Rousseau",
            "c.rousseau@lavallee-hebdo.example",
            "+33472184055",
        ),
        "from": "Secrétariat de rédaction <redaction@lavallee-hebdo.example>",
        "subject": "Demande d'accès – élections régionales",
        "headers": APPLE,
        "body": "Bonjour,\n\nveuillez trouver ci-joint notre demande.\n\nCordialement,\n"
        "Le secrétariat de rédaction\n",
        "attachments": [
            (
                "pdf",
                "demande_CSU.pdf",
                [
                    "Éditions de la Vallée SAS – La Vallée Hebdo\n12, quai Saint-Vincent, "
                    "69001 Lyon, France",
                    "Objet : demande d'accès aux résultats électoraux et autorisation de tournage",
                    "Madame, Monsieur,",
                    "Dans le cadre de notre série de reportages consacrés aux régions "
                    "d'Europe centrale, les Éditions de la Vallée SAS ont l'honneur de "
                    "solliciter, pour les élections régionales de l'année prochaine, d'une "
                    "part l'accès au serveur dédié diffusant les résultats provisoires au "
                    "format XML, et d'autre part l'autorisation de filmer et de "
                    "photographier dans l'un de vos centres de collecte.",
                    {
                        "rows": [
                            ["Adresses IP de production", "192.0.2.60 ; 192.0.2.61"],
                            ["Adresse IP de test", "192.0.2.66"],
                        ],
                        "widths": [180, 260],
                    },
                    "Notre correspondante Camille Rousseau assurera le suivi de ce dossier "
                    "(c.rousseau@lavallee-hebdo.example, +33 4 72 18 40 55).",
                    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos "
                    "salutations distinguées.",
                    "Philippe Garnier\nDirecteur de la publication",
                ],
            )
        ],
    },
    {
        "id": "bw006-es-contractor-for-tv-ipv6",
        "description": "a Spanish IT contractor writes, mixing Spanish and English, for the TV "
        "channel that applies; an IPv6 and an IPv4 production address and no test host; "
        "the contractor's engineer is named as the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televisión Costa Norte, S.A.",
            None,
            None,
            ["2001:db8:4c2::10", "198.51.100.77"],
            [],
            "Jorge Lamas Otero",
            "jlamas@redeslamas.example",
            "+34981442310",
        ),
        "from": "Jorge Lamas <jlamas@redeslamas.example>",
        "subject": "Solicitud acceso XML resultados – Televisión Costa Norte",
        "headers": GMAIL,
        "body": "Hola / Dobrý den,\n\n"
        "Somos Redes Lamas SL, the IT provider of Televisión Costa Norte, S.A. (A Coruña). "
        "En nombre de nuestro cliente solicitamos acceso al servidor dedicado con los "
        "resultados electorales en XML.\n\n"
        "The requests will come from two production machines:\n"
        "  2001:db8:4c2::10 (IPv6, primary)\n"
        "  198.51.100.77 (IPv4 fallback)\n"
        "No tenemos entorno de pruebas separado.\n\n"
        "Persona de contacto para esta solicitud: Jorge Lamas Otero (yo mismo), "
        "jlamas@redeslamas.example, +34 981 442 310.\n\n"
        "Saludos,\nJorge Lamas Otero\nRedes Lamas SL – Ingeniería de redes\n",
    },
    {
        "id": "bw007-it-agency-filming-withdrawn-ps",
        "description": "Italian agency asks for feed and filming, describes its servers by role "
        "in a sentence, then withdraws the filming in a P.S.",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Agenzia Stampa Adriatica S.r.l.",
            None,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.158"],
            "Giulia Ferraro",
            "g.ferraro@asadriatica.example",
            "+393334182290",
        ),
        "from": "Giulia Ferraro <g.ferraro@asadriatica.example>",
        "subject": "Richiesta accesso risultati elettorali + riprese",
        "headers": ZIMBRA,
        "body": "Gentili signori,\n\n"
        "l'Agenzia Stampa Adriatica S.r.l. (Trieste) chiede l'accesso al server dedicato "
        "con i risultati in XML. Le richieste partiranno da 198.51.100.150 e "
        "198.51.100.151, che sono i nostri due server di produzione a Trieste, mentre "
        "198.51.100.158 è la macchina su cui facciamo le prove.\n\n"
        "Chiediamo inoltre il permesso di effettuare riprese video presso un vostro "
        "centro di raccolta a Praga.\n\n"
        "Referente: Giulia Ferraro, g.ferraro@asadriatica.example, cell. +39 333 418 2290.\n\n"
        "Cordiali saluti / S pozdravem\nGiulia Ferraro\n\n"
        "P.S. Ho appena sentito la redazione: la troupe non verrà a Praga, quindi la "
        "richiesta di riprese la ritiriamo. Resta valida solo quella per l'XML.\n",
    },
    {
        "id": "bw008-municipal-tv-iso88592-film-only",
        "description": "a town's own TV (a contributory organisation) asks in ISO-8859-2 only to "
        "film; it mentions it watches the results on the public web, so no feed",
        "style": Style.PROSE,
        "labels": L(
            [FILM],
            "Televize Lipník, příspěvková organizace",
            I8,
            None,
            [],
            [],
            "Zdeněk Hrubý",
            "hruby@tvlipnik.example",
            "+420581772145",
        ),
        "from": "Zdeněk Hrubý <hruby@tvlipnik.example>",
        "subject": "natáčení na volby – Televize Lipník",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": "Dobrý den,\n\n"
        "jsem kameraman a zároveň jediný redaktor městské Televize Lipník, příspěvková "
        "organizace (IČO " + I8 + "), zřizovatelem je město. Rádi bychom v sobotu po "
        "uzavření místností natočili krátkou reportáž na vašem krajském pracovišti v "
        "Olomouci - příjem protokolů, obrazovky s výsledky, pár slov s vedoucím.\n\n"
        "Výsledky pro vysílání bereme z veřejného webu, přístup na server s XML tedy "
        "nepotřebujeme.\n\n"
        "Zdeněk Hrubý\nmob. 581 772 145\nhruby@tvlipnik.example\n",
    },
    {
        "id": "bw009-sv-radio-replaced-host-temp-test",
        "description": "Swedish radio mixing English and Swedish: the old production host is "
        "decommissioned and replaced, a temporary test VM is given; only the new host and "
        "the test VM are labelled",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Norrström AB",
            None,
            None,
            ["203.0.113.41"],
            ["203.0.113.99"],
            "Elin Lindqvist",
            "elin.lindqvist@norrstrom.example",
            "+46704128831",
        ),
        "from": "Elin Lindqvist <elin.lindqvist@norrstrom.example>",
        "subject": "Election results XML – access for Radio Norrström",
        "headers": MAC_OUTLOOK,
        "body": "Hej / Hello,\n\n"
        "Radio Norrström AB would again like access to the election results feed. Last "
        "time we fetched from 203.0.113.14 – that server has been decommissioned (vi har "
        "bytt ut den) and is replaced by 203.0.113.41, please use only the new one.\n\n"
        "For testing we have a temporary VM at 203.0.113.99 that will run until election "
        "day.\n\n"
        "Kontaktperson: Elin Lindqvist, utvecklare\n"
        "elin.lindqvist@norrstrom.example\nmobil 070-412 88 31 (+46)\n\n"
        "Tack så mycket!\nElin\n",
    },
    {
        "id": "bw010-pt-consortium-servers-by-role",
        "description": "a Portuguese joint project of two media where the newspaper applies; "
        "the three addresses are described only by role in a sentence (the third an old "
        "backup now used only for tests); a few Czech words",
        "style": Style.CONSORTIUM,
        "labels": L(
            [FEED],
            "Jornal do Tejo, S.A.",
            None,
            None,
            ["192.0.2.21", "192.0.2.22"],
            ["192.0.2.29"],
            "Rui Fonseca",
            "rui.fonseca@jornaldotejo.example",
            "+351912448203",
        ),
        "from": "Rui Fonseca <rui.fonseca@jornaldotejo.example>",
        "subject": "Pedido de acesso / Žádost – resultados eleitorais XML",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "o Jornal do Tejo, S.A. e a rádio Onda Atlântica preparam juntos um projeto de "
        'cobertura das eleições checas ("Europa Vota"). The applicant is Jornal do Tejo, '
        "S.A.; Onda Atlântica will receive the data from our systems.\n\n"
        "We would like access to the XML results server from 192.0.2.21, 192.0.2.22 and "
        "192.0.2.29: the first two are our servers in Lisbon, the third is an old backup "
        "box that we now only use for testing.\n\n"
        "Filmagens não são necessárias.\n\n"
        "Contacto: Rui Fonseca, rui.fonseca@jornaldotejo.example, +351 912 448 203\n\n"
        "Děkujeme! Obrigado,\nRui Fonseca\nDireção de Tecnologia, Jornal do Tejo\n",
    },
    {
        "id": "bw011-ro-html-only-base64",
        "description": "Romanian TV writing in Romanian, an HTML-only base64 mail; addresses in "
        "a HTML list with the test host first",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Televiziunea Transilvania Vest S.R.L.",
            None,
            None,
            ["198.18.60.12", "198.18.60.13"],
            ["198.18.61.5"],
            "Andrei Munteanu",
            "andrei.munteanu@ttvest.example",
            "+40722318447",
        ),
        "from": "Andrei Munteanu <andrei.munteanu@ttvest.example>",
        "subject": "Cerere acces rezultate alegeri și filmare",
        "headers": OUTLOOK,
        "cte": "base64",
        "html": "<html><body><p>Stimate doamne și domni,</p>"
        "<p>Televiziunea Transilvania Vest S.R.L. (Timișoara) solicită:</p>"
        "<ul><li>accesul la serverul dedicat cu rezultatele în format XML;</li>"
        "<li>permisiunea de a filma la un punct de colectare al ČSÚ în seara alegerilor."
        "</li></ul>"
        "<p>Adrese IP:</p><ul><li>test: 198.18.61.5</li>"
        "<li>producție: 198.18.60.12, 198.18.60.13</li></ul>"
        "<p>Persoană de contact: <b>Andrei Munteanu</b>, tel. 0722 318 447 (+40), "
        "andrei.munteanu@ttvest.example</p>"
        "<p>Cu stimă / S pozdravem,<br>Andrei Munteanu<br>Departamentul Știri</p>"
        "</body></html>",
    },
    {
        "id": "bw012-hr-forwarded-eml-by-fixer",
        "description": "a Czech fixer forwards a Croatian portal's application as an attached "
        "message; the applicant and contact are the Croatian editor's, not the fixer's",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Dalmatinski portal d.o.o.",
            None,
            None,
            ["203.0.113.170"],
            ["203.0.113.171"],
            "Ivana Barišić",
            "ivana.barisic@dalmportal.example",
            "+385914472218",
        ),
        "from": "Petr Kadlec <kadlec.fixer@mujmail.example>",
        "subject": "Fwd: Zahtjev za pristup rezultatima izbora",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\npracuji pro chorvatský portál jako místní producent a přeposílám "
        "vám jejich žádost, kterou poslali omylem na mě. Mě prosím nekontaktujte, vše "
        "řeší paní Barišić přímo.\n\nPetr Kadlec\n",
        "attachments": [
            (
                "eml",
                "zahtjev.eml",
                {
                    "id": "bw012-inner",
                    "from": "Ivana Barišić <ivana.barisic@dalmportal.example>",
                    "to": "kadlec.fixer@mujmail.example",
                    "subject": "Zahtjev za pristup rezultatima izbora",
                    "body": "Poštovani,\n\n"
                    "Dalmatinski portal d.o.o. (Split) traži pristup XML feedu s "
                    "rezultatima izbora.\n"
                    "Produkcijska IP adresa: 203.0.113.170\n"
                    "Testna IP adresa: 203.0.113.171\n\n"
                    "Kontakt: Ivana Barišić, urednica, ivana.barisic@dalmportal.example, "
                    "+385 91 447 2218\n\nLijep pozdrav,\nIvana Barišić\n",
                },
            )
        ],
    },
    {
        "id": "bw013-databox-regional-newsroom-foreign-group-xlsx",
        "description": "data message from the Czech regional newsroom of an Austrian group; the "
        "workbook's second sheet lists addresses with role column incl. an internal host "
        "that is not to be registered; feed and filming",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Jihočeské listy a.s.",
            I12,
            "j3lx8pa",
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Michaela Dvořáková",
            "dvorakova@jihoceskelisty.example",
            "+420777318204",
        ),
        "databox": box("j3lx8pa", "Jihočeské listy a.s.", "Lannova 22, 370 01 České Budějovice"),
        "subject": "Žádost o XML výsledky a povolení natáčení – Jihočeské listy (skupina "
        "Alpenland Medien)",
        "attachments": [
            (
                "xlsx",
                "zadost_JL.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žadatel", "Jihočeské listy a.s."],
                            ["IČO", I12],
                            ["Skupina", "Alpenland Medien Holding GmbH, Linz"],
                            ["Požadujeme", "XML výsledky + natáčení (krajské pracoviště ČB)"],
                            ["Kontakt", "Dvořáková Michaela"],
                            ["E-mail", "dvorakova@jihoceskelisty.example"],
                            ["Telefon", "777 318 204"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresa", "Účel", "Poznámka"],
                            ["198.51.100.90", "produkce", ""],
                            ["198.51.100.91", "produkce", "záložní"],
                            ["198.51.100.95", "test", ""],
                            ["10.12.0.7", "interní", "neregistrovat, jen NAT uvnitř sítě"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bw014-sl-odt-form-filming-declined",
        "description": "Slovenian web outlet's ODT form in Slovenian with ticks: feed DA, "
        "filming NE; the cover mail is in English; the contact differs from the sender",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Spletni Kras d.o.o.",
            None,
            None,
            ["192.0.2.140"],
            ["192.0.2.141", "192.0.2.142"],
            "Matej Kranjc",
            "matej.kranjc@spletnikras.example",
            "+38641228914",
        ),
        "from": "Nina Zupan <nina.zupan@spletnikras.example>",
        "subject": "Application form – Spletni Kras",
        "headers": TBIRD,
        "body": "Dear colleagues,\n\nattached is our filled-in application (in Slovenian, "
        "sorry). Matej is the technical contact.\n\nBest,\nNina Zupan\nSpletni Kras\n",
        "attachments": [
            (
                "odt",
                "vloga_CSU.odt",
                [
                    "VLOGA – dostop do volilnih rezultatov",
                    [
                        ["Prijavitelj", "Spletni Kras d.o.o., Sežana"],
                        ["Dostop do XML (strežnik)", "DA"],
                        ["Snemanje na zbirnih mestih", "NE"],
                        ["Produkcijski IP", "192.0.2.140"],
                        ["Testni IP", "192.0.2.141, 192.0.2.142"],
                        ["Kontaktna oseba", "Matej Kranjc"],
                        ["E-pošta", "matej.kranjc@spletnikras.example"],
                        ["Telefon", "+386 41 228 914"],
                    ],
                    "Sežana, 4. 9. 2025",
                ],
            )
        ],
    },
]
