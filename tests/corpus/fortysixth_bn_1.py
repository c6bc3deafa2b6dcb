"""Forty-sixth held-out part ``bn``, cases bn001–bn014: an Austrian regional TV writing German
with a 'bis' range, a Polish photographer asking only to photograph, a Slovak portal with a /30
in windows-1250, a Hungarian portal with IPv6 and the surname first, a French daily with a
netmask, a faculty's data message for its university, a town's TV behind NAT, an IT contractor
writing for a radio, a Spanish freelancer leaving filming for a later election, an Italian
agency replacing an address, a signed Dutch/English mail with a long-form IPv6, a Swedish
daily withdrawing its filming request, a parent company forwarding its subsidiary's mail and a
terse /31 from a one-person outlet. Written by hand apart from the extraction rules (see
make_fortysixth_bn); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysixth_bn_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I3, I6, I7, I8, I8C = ico("3605118"), ico("0062713"), ico("0029461"), ico("2748391"), ico("2561047")
I13, I13P, I14 = ico("2819473"), ico("2604835"), ico("7130952")

CASES: list[dict[str, Any]] = [
    {
        "id": "bn001-german-regional-tv-bis-range",
        "description": "Austrian regional TV writing German: production as 'von … bis …' range "
        "(four addresses), a test address, filming declined with 'nein, danke'; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donautal TV GmbH",
            None,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["203.0.113.30"],
            "Verena Hölzl",
            "v.hoelzl@donautal-tv.example",
            "+436641827305",
        ),
        "from": "Verena Hölzl <v.hoelzl@donautal-tv.example>",
        "subject": "Anfrage: Zugang zu den Wahlergebnissen (XML) – Donautal TV",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "wir sind ein regionaler Fernsehsender aus dem Mühlviertel und berichten seit Jahren "
        "auch über die Nachbarregion Südböhmen. Für unsere Wahlsondersendung möchten wir die "
        "Ergebnisse direkt von Ihrem Server beziehen.\n\n"
        "Unsere Server (Produktion) liegen im Bereich von 203.0.113.20 bis 203.0.113.23.\n"
        "Für Tests nutzen wir 203.0.113.30.\n\n"
        "Eine Drehgenehmigung in Ihren Räumen brauchen wir diesmal nicht – nein, danke.\n\n"
        "Ansprechpartnerin bin ich selbst: Mag. Verena Hölzl, Online-Redaktion,\n"
        "v.hoelzl@donautal-tv.example, mobil +43 664 1827305.\n\n"
        "Mit freundlichen Grüßen\n"
        "Verena Hölzl\n"
        "Donautal TV GmbH | Hauptplatz 7 | 4240 Freistadt | Österreich\n"
        "Firmenbuch FN 418273 k\n",
    },
    {
        "id": "bn002-polish-photographer-filming-only",
        "description": "Polish freelance photojournalist writing Polish, format=flowed: asks only "
        "to photograph at a collection point and says the XML access is not needed; "
        "applies as himself, no IČO",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Piotr Zawadzki",
            None,
            None,
            [],
            [],
            "Piotr Zawadzki",
            "piotr.zawadzki@fotoreporter.example",
            "+48601378224",
        ),
        "from": "Piotr Zawadzki <piotr.zawadzki@fotoreporter.example>",
        "subject": "Prośba o zgodę na fotografowanie – wybory",
        "headers": K9,
        "flowed": True,
        "body": "Dzień dobry,\n\n"
        "jestem niezależnym fotoreporterem (współpracuję m.in. z portalami w Katowicach i "
        "Bielsku-Białej) i chciałbym w noc wyborczą wykonać kilka zdjęć w Państwa punkcie "
        "zbierania wyników w Ostrawie. Proszę o zgodę na fotografowanie.\n\n"
        "Dostęp do serwera z wynikami w XML nie jest mi potrzebny – wyniki biorę ze strony "
        "internetowej.\n\n"
        "Będę sam, bez ekipy, aparat bez lampy.\n\n"
        "Pozdrawiam serdecznie\n"
        "Piotr Zawadzki\n"
        "tel. +48 601 378 224\n",
    },
    {
        "id": "bn003-slovak-portal-cidr-windows-1250",
        "description": "Slovak portal writing Slovak in windows-1250 8bit: production as a /30 "
        "block (four addresses), a separate test address, Slovak mobile in national format",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Spravodaj Záhorie, s.r.o.",
            I3,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Zuzana Kollárová",
            "kollarova@spravodajzahorie.example",
            "+421907415268",
        ),
        "from": "Zuzana Kollárová <kollarova@spravodajzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": TBIRD,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý deň,\n\n"
        "naša spoločnosť Spravodaj Záhorie, s.r.o. (IČO " + I3 + ") prevádzkuje spravodajský "
        "portál pre Záhorie a pohraničie s Moravou. Radi by sme počas volieb preberali "
        "priebežné výsledky z Vášho dedikovaného servera.\n\n"
        "Produkčný rozsah: 198.51.100.64/30\n"
        "Testovacia adresa: 198.51.100.70\n\n"
        "Natáčanie ani fotografovanie na Vašich pracoviskách nepožadujeme.\n\n"
        "Kontakt: Zuzana Kollárová, technická redaktorka, 0907 415 268\n\n"
        "S pozdravom\nZuzana Kollárová\n",
    },
    {
        "id": "bn004-hungarian-portal-ipv6-surname-first",
        "description": "Hungarian portal mixing Hungarian and English (multipart/alternative): "
        "two IPv6 production addresses, an IPv4 test address, filming on election night "
        "asked too; the contact written surname first, Hungarian order kept",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["2001:db8:4a::10", "2001:db8:4a::11"],
            ["192.0.2.140"],
            "Szabó Dóra",
            "szabo.dora@dunamentihirek.example",
            "+36304718256",
        ),
        "from": "Szabó Dóra <szabo.dora@dunamentihirek.example>",
        "subject": "Request / kérelem – election results XML + filming",
        "headers": GMAIL,
        "body": "Tisztelt Hölgyem/Uram, Dear Sir or Madam,\n\n"
        "Dunamenti Hírek Kft. is a Hungarian news portal (Komárom). We would like to receive "
        "the live results feed for the Czech elections.\n\n"
        "Production servers (IPv6): 2001:db8:4a::10 and 2001:db8:4a::11\n"
        "Test server: 192.0.2.140\n\n"
        "Szeretnénk továbbá forgatási engedélyt kérni – we would also like to film a short "
        "piece at your Prague headquarters on election night (2 people, one camera).\n\n"
        "Kapcsolattartó / contact: Szabó Dóra, +36 30 471 8256, "
        "szabo.dora@dunamentihirek.example\n\n"
        "Üdvözlettel / Kind regards,\nSzabó Dóra\nDunamenti Hírek Kft.\n",
        "html": "<p>Tisztelt Hölgyem/Uram, Dear Sir or Madam,</p>"
        "<p><b>Dunamenti Hírek Kft.</b> is a Hungarian news portal (Komárom). We would like to "
        "receive the live results feed for the Czech elections.</p>"
        "<table border=1><tr><td>Production servers (IPv6)</td><td>2001:db8:4a::10<br>"
        "2001:db8:4a::11</td></tr><tr><td>Test server</td><td>192.0.2.140</td></tr></table>"
        "<p>Szeretnénk továbbá forgatási engedélyt kérni – we would also like to film a short "
        "piece at your Prague headquarters on election night (2 people, one camera).</p>"
        "<p>Kapcsolattartó / contact: Szabó Dóra, +36 30 471 8256, "
        "szabo.dora@dunamentihirek.example</p>"
        "<p>Üdvözlettel / Kind regards,<br>Szabó Dóra<br>Dunamenti Hírek Kft.</p>",
    },
    {
        "id": "bn005-french-daily-netmask",
        "description": "French daily writing French: one address with a 255.255.255.252 netmask "
        "(four addresses), no test address, filming explicitly not asked; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "L'Écho des Vosges SA",
            None,
            None,
            ["203.0.113.96", "203.0.113.97", "203.0.113.98", "203.0.113.99"],
            [],
            "Marie-Claire Dubois",
            "mc.dubois@echodesvosges.example",
            "+33612743058",
        ),
        "from": "Marie-Claire Dubois <mc.dubois@echodesvosges.example>",
        "subject": "Demande d'accès au flux XML des résultats électoraux",
        "headers": APPLE,
        "body": "Madame, Monsieur,\n\n"
        "Le quotidien L'Écho des Vosges SA (Épinal) souhaite accéder au serveur dédié sur "
        "lequel vous publiez les résultats des élections, pour notre page « Europe ».\n\n"
        "Notre réseau de production : 203.0.113.96, masque 255.255.255.252.\n"
        "Nous n'avons pas de serveur de test séparé.\n\n"
        "Nous ne demandons pas d'autorisation de tournage.\n\n"
        "Contact : Marie-Claire Dubois, service numérique, +33 6 12 74 30 58.\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
        "Marie-Claire Dubois\nL'Écho des Vosges SA\n",
    },
    {
        "id": "bn006-databox-faculty-for-university",
        "description": "data message from a university's box; the PDF is written by its faculty "
        "for a research project, the university (with IČO) applies; the contact with "
        "degrees before and after the name",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Polabská univerzita v Nymburce",
            I6,
            "pu7nb4x",
            ["198.18.20.5", "198.18.20.6"],
            ["198.18.21.5"],
            "Ondřej Lukeš",
            "ondrej.lukes@fss.polabskauni.example",
            "+420325611482",
        ),
        "databox": box(
            "pu7nb4x", "Polabská univerzita v Nymburce", "Palackého 1015/3, 288 02 Nymburk"
        ),
        "subject": "FSS – žádost o přístup k výsledkům voleb (výzkumný projekt)",
        "attachments": [
            (
                "pdf",
                "FSS_zadost_volby.pdf",
                [
                    "Polabská univerzita v Nymburce\nFakulta sociálních studií\n"
                    "Katedra politologie\nIČO " + I6,
                    "Český statistický úřad\nodbor informatiky",
                    "Věc: žádost o zpřístupnění průběžných výsledků voleb",
                    "Katedra politologie naší fakulty řeší výzkumný projekt o volebním chování "
                    "v menších obcích. Žádáme proto jménem univerzity o přístup k dedikovanému "
                    "serveru s výsledky ve formátu XML.",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkční", "198.18.20.5, 198.18.20.6"],
                            ["testovací", "198.18.21.5"],
                        ],
                        "widths": [150, 250],
                    },
                    "Natáčení ani fotografování nepožadujeme.",
                    "Kontaktní osoba: doc. Mgr. Ondřej Lukeš, Ph.D., "
                    "ondrej.lukes@fss.polabskauni.example, tel. 325 611 482",
                    "prof. PhDr. Alena Skálová, CSc.\nděkanka fakulty",
                ],
            )
        ],
    },
    {
        "id": "bn007-municipality-tv-nat-internal",
        "description": "town writing for its municipal TV (iso-8859-2): a public NAT address to "
        "register and an internal 10.x address that is not, testing from the same address; "
        "filming asked; the press officer is the contact, the mayor signs",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Město Horní Lhotice",
            I7,
            None,
            ["192.0.2.77"],
            [],
            "Lenka Řeháková",
            "rehakova@hornilhotice.example",
            "+420731264509",
        ),
        "from": "Lenka Řeháková <rehakova@hornilhotice.example>",
        "subject": "Žádost města Horní Lhotice – výsledky voleb a natáčení",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": "Vážení,\n\n"
        "Město Horní Lhotice, IČO " + I7 + ", provozuje kabelovou Lhotickou televizi a "
        "městský web. Pro volební večer žádáme:\n\n"
        "1) o zpřístupnění výsledků voleb na vašem serveru. Naše veřejná adresa (NAT), ze "
        "které budeme přistupovat, je 192.0.2.77. Uvnitř sítě má server adresu 10.20.0.5, "
        "tu uvádím jen pro úplnost, do povolených adres ji prosím nezapisujte. Testovat "
        "budeme ze stejné veřejné adresy.\n\n"
        "2) o povolení natáčení na pracovišti krajské správy ČSÚ v Pardubicích (kameraman "
        "Lhotické televize, cca 30 minut).\n\n"
        "Kontaktní osobou je tisková mluvčí města Bc. Lenka Řeháková, "
        "rehakova@hornilhotice.example, tel. 731 264 509.\n\n"
        "S pozdravem\n\n"
        "Ing. Jaroslav Dvořáček\nstarosta města\n"
        "Město Horní Lhotice, náměstí Svobody 1, 569 43 Horní Lhotice\n",
    },
    {
        "id": "bn008-it-contractor-for-radio",
        "description": "an IT contractor writes for its client radio: the radio applies (its "
        "IČO, not the contractor's from the signature); a three-address dash range, the "
        "contractor's engineer named as the technical contact",
        "style": Style.INTERMEDIARY,
        "labels": L(
            [FEED],
            "Rádio Haná Plus s.r.o.",
            I8,
            None,
            ["203.0.113.150", "203.0.113.151", "203.0.113.152"],
            ["203.0.113.160"],
            "Filip Krejčí",
            "krejci@netpoint.example",
            "+420774305918",
        ),
        "from": "Filip Krejčí <krejci@netpoint.example>",
        "subject": "Rádio Haná Plus – přístup k volebnímu serveru",
        "headers": OWA,
        "body": "Dobrý den,\n\n"
        "spravujeme servery pro našeho klienta Rádio Haná Plus s.r.o., IČO " + I8 + ", a "
        "jeho jménem žádáme o přístup k XML s průběžnými výsledky voleb (plná moc od "
        "jednatele rádia je v příloze předchozí korespondence, případně ji dodáme).\n\n"
        "Produkce: 203.0.113.150–152\n"
        "Test: 203.0.113.160\n\n"
        "Pro technické záležitosti kontaktujte prosím přímo mě – Filip Krejčí, "
        "krejci@netpoint.example, 774 305 918. Redakční věci řeší za rádio šéfredaktor "
        "Tomáš Pelikán.\n\n"
        "S pozdravem\n"
        "Filip Krejčí\nsíťový inženýr\n"
        "Netpoint Systems s.r.o., IČO " + I8C + "\nHavlíčkova 22, 779 00 Olomouc\n",
    },
    {
        "id": "bn009-spanish-freelancer-later-election",
        "description": "Spanish freelance journalist, base64 body: feed now with one production "
        "address and no test; filming is only announced for next year's regional election, "
        "not asked now; double surname",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Lucía Ferrer Navarro",
            None,
            None,
            ["198.51.100.200"],
            [],
            "Lucía Ferrer Navarro",
            "lucia.ferrer@periodistalibre.example",
            "+34612804317",
        ),
        "from": "Lucía Ferrer Navarro <lucia.ferrer@periodistalibre.example>",
        "subject": "Solicitud de acceso a los resultados electorales",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "body": "Estimados señores:\n\n"
        "Soy periodista independiente (colaboro con varios diarios españoles) y escribo sobre "
        "Europa Central. Les solicito acceso al servidor con los resultados en XML para estas "
        "elecciones.\n\n"
        "Mi servidor: 198.51.100.200 (no tengo servidor de pruebas).\n\n"
        "Para las elecciones regionales del próximo año me gustaría también grabar en su "
        "sede; les escribiré con tiempo, ahora no lo necesito.\n\n"
        "Un saludo cordial,\n"
        "Lucía Ferrer Navarro\n"
        "+34 612 80 43 17\n",
    },
    {
        "id": "bn010-italian-agency-replaced-address",
        "description": "Italian agency writing Italian: one production address replaced by "
        "another ('sostituito da'), a second production address and a test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Agenzia Notizie Adriatico S.r.l.",
            None,
            None,
            ["192.0.2.31", "192.0.2.32"],
            ["192.0.2.40"],
            "Giulia Marchetti",
            "g.marchetti@notizieadriatico.example",
            "+393471592036",
        ),
        "from": "Giulia Marchetti <g.marchetti@notizieadriatico.example>",
        "subject": "Richiesta accesso feed XML elezioni – indirizzi aggiornati",
        "headers": MAC_OUTLOOK,
        "body": "Gentili signori,\n\n"
        "l'Agenzia Notizie Adriatico S.r.l. (Pescara) chiede l'accesso al server dedicato con "
        "i risultati elettorali in formato XML.\n\n"
        "Indirizzi di produzione: 192.0.2.31 e 192.0.2.32.\n"
        "Nota: il vecchio indirizzo 192.0.2.30, che avevamo usato alle elezioni precedenti, è "
        "stato sostituito da 192.0.2.31 e non è più in uso.\n"
        "Indirizzo di test: 192.0.2.40.\n\n"
        "Non chiediamo il permesso di riprese.\n\n"
        "Referente: Giulia Marchetti, redazione esteri, cell. +39 347 159 2036\n\n"
        "Cordiali saluti\nGiulia Marchetti\n",
    },
    {
        "id": "bn011-dutch-english-signed-longform-ipv6",
        "description": "signed (multipart/signed) Dutch/English mail from a broadcaster: IPv6 "
        "written in full uncompressed form for production and test, filming asked too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Omroep Waterland B.V.",
            None,
            None,
            ["2001:db8:c00::21"],
            ["2001:db8:c00::22"],
            "Sanne de Vries",
            "sanne.devries@omroepwaterland.example",
            "+31612480375",
        ),
        "from": "Sanne de Vries <sanne.devries@omroepwaterland.example>",
        "subject": "Aanvraag / application: results feed and filming permit",
        "headers": EVOLUTION,
        "smime": True,
        "body": "Goedemiddag,\n\n"
        "Omroep Waterland B.V. (regional broadcaster, Purmerend) would like to apply for two "
        "things:\n\n"
        "- toegang tot de XML-feed met de verkiezingsuitslagen (live results feed)\n"
        "- a filming permit for your press centre in Prague on election night\n\n"
        "Production: 2001:0db8:0c00:0000:0000:0000:0000:0021\n"
        "Test:       2001:0db8:0c00:0000:0000:0000:0000:0022\n\n"
        "Contactpersoon: Sanne de Vries, +31 6 12480375\n\n"
        "Met vriendelijke groet / kind regards,\nSanne de Vries\nOmroep Waterland B.V.\n",
    },
    {
        "id": "bn012-swedish-daily-withdraws-filming",
        "description": "Swedish daily writing Swedish: asks for the feed and filming, then a P.S. "
        "takes the filming request back; two production addresses and a test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tidningen Norrbygd AB",
            None,
            None,
            ["198.18.40.1", "198.18.40.2"],
            ["198.18.40.9"],
            "Erik Lindqvist",
            "erik.lindqvist@norrbygd.example",
            "+46701245873",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@norrbygd.example>",
        "subject": "Ansökan om tillgång till valresultat (XML)",
        "headers": IPHONE,
        "body": "Hej,\n\n"
        "Tidningen Norrbygd AB ansöker om tillgång till er server med valresultat i XML samt "
        "om tillstånd att filma i ert pressrum under valnatten.\n\n"
        "Produktion: 198.18.40.1, 198.18.40.2\nTest: 198.18.40.9\n\n"
        "Kontakt: Erik Lindqvist, +46 70 124 58 73\n\n"
        "Vänliga hälsningar\nErik Lindqvist\n\n"
        "P.S. Vi drar tillbaka begäran om filmning – vår fotograf kan inte resa. Bara "
        "XML-tillgången gäller.\n\n"
        "Skickat från min iPhone\n",
    },
    {
        "id": "bn013-parent-forwards-subsidiary-eml",
        "description": "a parent company forwards its subsidiary's application as an attached "
        ".eml: the subsidiary (with its own IČO) applies, the holding's IČO is in the outer "
        "signature; the subsidiary's named contact stays the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I13,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Marek Šimůnek",
            "simunek@tydenikpodbrdsko.example",
            "+420603158240",
        ),
        "from": "Helena Vodičková <vodickova@rmholding.example>",
        "subject": "Fwd: žádost Týdeníku Podbrdsko o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "jako mateřská společnost přeposílám v příloze žádost naší dceřiné společnosti "
        "Týdeník Podbrdsko s.r.o., která vaši adresu neměla. Kontaktní osobou zůstává pan "
        "Šimůnek, mně prosím nic posílat nemusíte.\n\n"
        "S pozdravem\nHelena Vodičková\nasistentka představenstva\n"
        "Regionální média Holding a.s., IČO " + I13P + "\n",
        "attachments": [
            (
                "eml",
                "zadost_Podbrdsko.eml",
                {
                    "id": "bn013-inner",
                    "from": "Marek Šimůnek <simunek@tydenikpodbrdsko.example>",
                    "to": "vodickova@rmholding.example",
                    "subject": "žádost ČSÚ – výsledky voleb",
                    "body": "Heleno, prosím přepošli to na ČSÚ, díky.\n\n"
                    "---\n"
                    "Týdeník Podbrdsko s.r.o., IČO " + I13 + ", žádá o přístup k "
                    "průběžným výsledkům voleb v XML.\n"
                    "Produkční server: 192.0.2.150\n"
                    "Testovací server: 192.0.2.151\n"
                    "Natáčet nebudeme.\n"
                    "Kontakt: Marek Šimůnek, simunek@tydenikpodbrdsko.example, "
                    "603 158 240\n",
                },
            )
        ],
    },
    {
        "id": "bn014-terse-one-person-outlet-cidr31",
        "description": "terse note from a one-person outlet: a /31 (two addresses), no test, "
        "the signature's name could be read either way round (given name first as written)",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Daniel Jakub",
            I14,
            None,
            ["198.51.100.90", "198.51.100.91"],
            [],
            "Daniel Jakub",
            "d.jakub@volebnidata.example",
            "+420777412896",
        ),
        "from": "d.jakub@volebnidata.example",
        "subject": "xml volby",
        "headers": SAMSUNG,
        "body": "Dobry den, prosim o pristup k XML s vysledky.\n"
        "IP 198.51.100.90/31, test nemam.\n"
        "Daniel Jakub, OSVC, ICO " + I14 + ", tel 777412896\n",
    },
]
