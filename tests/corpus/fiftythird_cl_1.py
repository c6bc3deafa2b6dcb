"""Fifty-third held-out part ``cl``, cases cl001–cl014: a German regional TV with a netmask, a
Polish freelance photographer filming only, a Slovak agency with a CIDR block and "resp.", a
Hungarian weekly mixing English with IPv6, a town's data message for its information screen,
a French university laboratory applying for a later election, a Spanish correspondent who
drops filming in a postscript, an Italian daily deferring the feed, a Dutch IT contractor for a
broadcaster, a terse Swedish note, Greek in Latin letters, a Turkish/English /127 block, a
signed Czech university letter and an agency forwarding its client's application as .eml.
Written by hand apart from the extraction rules (see make_fiftythird_cl); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftythird_cl_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I3, I5, I13, I14 = ico("3581204"), ico("0027391"), ico("0071624"), ico("2694817")
I14B = ico("2718450")

CASES: list[dict[str, Any]] = [
    {
        "id": "cl001-german-regional-tv-netmask",
        "description": "German letter from a Saxon regional TV without IČO: 'Die … GmbH "
        "beantragt' (the article is not part of the name, the signature writes it without), an "
        "address with a netmask 255.255.255.252 (four addresses) and a test address; both "
        "requests; the managing director signs, the contact is a named editor",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Oberlausitzer Regionalfernsehen GmbH",
            None,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Katrin Wendler",
            "k.wendler@olr-tv.example",
            "+4935814720215",
        ),
        "from": "Katrin Wendler <k.wendler@olr-tv.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) und Drehgenehmigung",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "die Oberlausitzer Regionalfernsehen GmbH beantragt hiermit für die Wahlen zum "
        "Abgeordnetenhaus im Oktober\n"
        "1. den Zugang zum XML-Ergebnisdienst auf Ihrem dedizierten Server und\n"
        "2. eine Drehgenehmigung für unser Kamerateam (2 Personen) in der Prager Zentrale am "
        "Wahlabend.\n\n"
        "Unsere Server für den Produktivbetrieb: 198.51.100.64 mit Netzmaske 255.255.255.252 "
        "(das ganze kleine Netz, wir verteilen die Last).\n"
        "Testsystem: 198.51.100.70\n\n"
        "Ansprechpartnerin für alle Fragen zu diesem Antrag ist Frau Katrin Wendler, "
        "Redaktion Grenzregion, Tel. +49 3581 4720-215, k.wendler@olr-tv.example.\n"
        "Das Kamerateam (Herr Jens Bär, Herr Mirko Šołta) meldet sich vor Ort bei Ihrer "
        "Pressestelle.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "i. A. Katrin Wendler\n"
        "für Dr. Holger Fiebig, Geschäftsführer\n"
        "Oberlausitzer Regionalfernsehen GmbH\n"
        "Postplatz 9, 02826 Görlitz, Deutschland\n"
        "Zentrale: +49 3581 4720-0\n",
    },
    {
        "id": "cl002-polish-freelance-photographer-film-only",
        "description": "Polish freelance photographer, no company or IČO, asks only to "
        "photograph on election night and says in passing he needs no XML; the earlier "
        "agencies he worked for are named but do not apply; iso-8859-2 8bit",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Bartosz Wróblewski",
            None,
            None,
            [],
            [],
            "Bartosz Wróblewski",
            "bartosz.wroblewski@fotowrob.example",
            "+48601337218",
        ),
        "from": "Bartosz Wróblewski <bartosz.wroblewski@fotowrob.example>",
        "subject": "Prośba o zgodę na fotografowanie – wieczór wyborczy",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dzień dobry,\n\n"
        "jestem niezależnym fotoreporterem z Katowic (działam na własny rachunek, bez "
        "firmy). W przeszłości pracowałem dla Agencji Foto-Śląsk i dla tygodnika Beskidzkie "
        "Echo, ale tym razem jadę do Pragi sam i zdjęcia będę sprzedawał później.\n\n"
        "Uprzejmie proszę o zgodę na fotografowanie w Państwa centrum wyników w noc "
        "wyborczą (sala prasowa, ewentualnie korytarz z ekranami). Dostępu do danych XML nie "
        "potrzebuję, wyniki sprawdzę na stronie.\n\n"
        "Kontakt: 601 337 218 (polski numer, +48), e-mail jak wyżej.\n\n"
        "Z poważaniem\n"
        "Bartosz Wróblewski\n"
        "fotograf, Katowice\n",
    },
    {
        "id": "cl003-slovak-agency-cidr-respektive",
        "description": "Slovak news agency writes Slovak: production and test given in one "
        "sentence joined by 'resp.' (a /30 block, respectively one test address); windows-1250 "
        "quoted-printable; IČO in the signature; a colleague in copy",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Slovenská regionálna agentúra, a.s.",
            I3,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.20"],
            "Marián Hrušovský",
            "hrusovsky@sra-agentura.example",
            "+421903418227",
        ),
        "from": "Marián Hrušovský <hrusovsky@sra-agentura.example>",
        "cc": "Zuzana Mikulová <mikulova@sra-agentura.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "qp",
        "body": "Dobrý deň,\n\n"
        "v mene Slovenskej regionálnej agentúry si dovoľujem požiadať o sprístupnenie "
        "priebežných výsledkov volieb vo formáte XML na vašom dedikovanom serveri, tak ako "
        "pri minulých voľbách.\n\n"
        "Produkčné, resp. testovacie adresy: 203.0.113.16/30, resp. 203.0.113.20.\n\n"
        "Natáčať u vás nebudeme, spravodajcu v Prahe tentoraz nemáme.\n"
        "Kontaktná osoba: Marián Hrušovský, technický redaktor, mobil +421 903 418 227. "
        "V kópii je kolegyňa Mikulová, ktorá ma zastupuje počas dovolenky do 5. 9.\n\n"
        "S pozdravom\n"
        "Marián Hrušovský\n"
        "Slovenská regionálna agentúra, a.s.\n"
        "Námestie SNP 31, 974 01 Banská Bystrica\n"
        "IČO: " + I3 + "\n",
    },
    {
        "id": "cl004-hungarian-weekly-english-ipv6",
        "description": "Hungarian weekly writes Hungarian mixed with English: two IPv6 "
        "production addresses written with a shared prefix ('…::20 and ::21'), an IPv4 test "
        "address, the contact named Hungarian order (surname first) and kept so",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Dunatáj Média Kft.",
            None,
            None,
            ["2001:db8:4d0::20", "2001:db8:4d0::21"],
            ["198.51.100.140"],
            "Halmos Dóra",
            "halmos.dora@dunataj.example",
            "+36304128856",
        ),
        "from": "Halmos Dóra <halmos.dora@dunataj.example>",
        "subject": "Request for XML election results / kérelem",
        "headers": APPLE,
        "body": "Tisztelt Cseh Statisztikai Hivatal, dear colleagues,\n\n"
        "a Dunatáj Média Kft. (hetilap, Győr) szeretne hozzáférést kérni a választási "
        "eredmények XML szolgáltatásához. We cover the Czech elections for our Slovak-border "
        "readers, so live results matter to us.\n\n"
        "Production (éles) servers, IPv6 only: 2001:db8:4d0::20 and ::21\n"
        "Test (teszt): 198.51.100.140\n\n"
        "Filming is not needed, köszönjük.\n\n"
        "Kapcsolattartó / contact: Halmos Dóra, online editor, +36 30 412 8856\n\n"
        "Üdvözlettel / best regards\n"
        "Halmos Dóra\n"
        "Dunatáj Média Kft., Baross Gábor út 12, 9021 Győr\n",
    },
    {
        "id": "cl005-databox-town-information-screen",
        "description": "a town office's data message (public-authority box): the annotation "
        "is bare, the PDF asks for the feed only to show results on the town's information "
        "screen on the square, one production address, explicitly no test address and no "
        "filming; the mayor signs, the IT clerk is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Horní Vlčnov",
            I5,
            "m3kx7ta",
            ["198.18.20.5"],
            [],
            "Pavel Koníček",
            "konicek@hornivlcnov.example",
            "+420566731204",
        ),
        "databox": box(
            "m3kx7ta", "Město Horní Vlčnov", "Náměstí Míru 1, 592 41 Horní Vlčnov", kind=10
        ),
        "subject": "Žádost – volby, informační obrazovka",
        "attachments": [
            (
                "pdf",
                "zadost_volby_obrazovka.pdf",
                [
                    "MĚSTO HORNÍ VLČNOV\nMěstský úřad, Náměstí Míru 1, 592 41 Horní Vlčnov\n"
                    "IČO: " + I5,
                    "Český statistický úřad\nodbor zpracování výsledků voleb",
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Město Horní Vlčnov provozuje na náměstí velkoplošnou informační "
                    "obrazovku. Rádi bychom na ní občanům během volební noci zobrazovali "
                    "průběžné výsledky voleb. Žádáme proto o zpřístupnění výsledků ve formátu "
                    "XML z Vašeho dedikovaného serveru. Natáčet ani fotografovat na "
                    "pracovištích ČSÚ nepotřebujeme.",
                    {
                        "rows": [
                            ["IP adresa (obrazovka, produkce)", "198.18.20.5"],
                            ["IP adresa pro testování", "nemáme – test proběhne z výše uvedené"],
                            [
                                "Kontakt",
                                "Pavel Koníček, správa IT, konicek@hornivlcnov.example, "
                                "tel. 566 731 204",
                            ],
                        ],
                        "widths": [170, 300],
                    },
                    "V Horním Vlčnově dne 2. 9. 2025",
                    "Ing. Libor Staněk\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "cl006-french-university-lab-later-election",
        "description": "French laboratory of a (foreign) university applies in French, as a "
        "whole, for next year's election (counts); the laboratory is no legal entity, the "
        "university is labelled; an IPv6 range 'de … à …' (four addresses) in the ODT letter, "
        "no test address; the director signs, a named engineer is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Université Rhône-Jura",
            None,
            None,
            ["2001:db8:c1::100", "2001:db8:c1::101", "2001:db8:c1::102", "2001:db8:c1::103"],
            [],
            "Julien Mercadier",
            "julien.mercadier@univ-rhonejura.example",
            "+33472186540",
        ),
        "from": "Julien Mercadier <julien.mercadier@univ-rhonejura.example>",
        "subject": "Demande d'accès au flux XML – élections 2026",
        "headers": ROUNDCUBE,
        "body": "Madame, Monsieur,\n\n"
        "veuillez trouver ci-joint la demande de notre laboratoire pour les élections de "
        "l'année prochaine. Je reste à votre disposition.\n\n"
        "Julien Mercadier\n",
        "attachments": [
            (
                "odt",
                "demande_LSEC_2026.odt",
                [
                    "Université Rhône-Jura – Laboratoire de sociologie électorale comparée (LSEC)",
                    "12, quai Claude-Bernard, 69007 Lyon, France",
                    "Objet : demande d'accès au serveur dédié des résultats électoraux",
                    "Madame, Monsieur,",
                    "Dans le cadre d'un projet de recherche sur la diffusion des résultats en "
                    "temps réel, le Laboratoire de sociologie électorale comparée de "
                    "l'Université Rhône-Jura sollicite l'accès au flux XML des résultats pour "
                    "les élections à la Chambre des députés de 2026. La présente demande "
                    "concerne uniquement ce scrutin ; nous ne filmerons pas.",
                    "Adresses de production : de 2001:db8:c1::100 à 2001:db8:c1::103. Nous "
                    "n'avons pas de serveur de test séparé.",
                    [
                        ["Contact technique", "M. Julien Mercadier, ingénieur d'études"],
                        ["Courriel", "julien.mercadier@univ-rhonejura.example"],
                        ["Téléphone", "+33 4 72 18 65 40"],
                    ],
                    "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
                    "distinguées.",
                    "Pr. Anne-Sophie Delorme\nDirectrice du LSEC",
                ],
            )
        ],
    },
    {
        "id": "cl007-spanish-correspondent-filming-dropped-ps",
        "description": "Spanish TV correspondent asks for both in the body, then withdraws "
        "the filming in a P.D. (the cameraman will not travel): feed only; no IČO; base64; "
        "the Madrid switchboard given after his mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televisión Mediterránea Digital, S.L.",
            None,
            None,
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Álvaro Sanchis Ferrer",
            "asanchis@tmdigital.example",
            "+34655210873",
        ),
        "from": "Álvaro Sanchis Ferrer <asanchis@tmdigital.example>",
        "subject": "Solicitud acceso resultados + grabación",
        "headers": GMAIL,
        "cte": "base64",
        "body": "Buenos días:\n\n"
        "Soy corresponsal de Televisión Mediterránea Digital, S.L. para Europa Central. "
        "Para las próximas elecciones checas solicitamos:\n"
        "- acceso a los resultados en XML en su servidor dedicado;\n"
        "- permiso para grabar en su sede la noche electoral.\n\n"
        "IP de producción: 203.0.113.88\n"
        "IP de pruebas: 203.0.113.89\n\n"
        "Mi móvil: +34 655 210 873 (redacción Valencia: +34 963 401 200).\n\n"
        "Un saludo cordial,\n"
        "Álvaro Sanchis Ferrer\n\n"
        "P.D.: Acabo de hablar con producción: al final el cámara no viaja a Praga, así que "
        "olviden por favor lo de la grabación. Solo el acceso a los datos.\n",
    },
    {
        "id": "cl008-italian-daily-film-now-feed-later",
        "description": "Italian daily asks now only for filming; it mentions its server "
        "address but says the XML feed it will request for the next election: filming only, "
        "no addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Editoriale Corriere Alpino S.r.l.",
            None,
            None,
            [],
            [],
            "Chiara Benvenuti",
            "c.benvenuti@corrierealpino.example",
            "+393471180925",
        ),
        "from": "Chiara Benvenuti <c.benvenuti@corrierealpino.example>",
        "subject": "Richiesta permesso riprese – notte elettorale",
        "headers": ROUNDCUBE,
        "body": "Gentili signori,\n\n"
        "sono Chiara Benvenuti, giornalista dell'Editoriale Corriere Alpino S.r.l. "
        "(Bolzano). Vorremmo chiedere il permesso di effettuare riprese video e fotografie "
        "presso la vostra sede durante lo spoglio.\n\n"
        "Quanto al feed XML dei risultati: il nostro reparto tecnico sta migrando i server "
        "(il vecchio 192.0.2.77 verrà spento), quindi quella richiesta la presenteremo per le "
        "prossime elezioni, non ora.\n\n"
        "Recapito: +39 347 118 0925\n\n"
        "Cordiali saluti\n"
        "Chiara Benvenuti\n"
        "Editoriale Corriere Alpino S.r.l. – redazione cronaca estera\n",
    },
    {
        "id": "cl009-dutch-it-contractor-for-broadcaster",
        "description": "a Dutch IT contractor writes in Dutch for its client, a regional "
        "broadcaster (the applicant); production and test joined by 'respectievelijk'; the "
        "contractor's engineer is named the contact; OWA",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Stichting Omroep Zuidrand",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Joost van Dijkhuizen",
            "joost@kanaalwerk.example",
            "+31622847109",
        ),
        "from": "Joost van Dijkhuizen <joost@kanaalwerk.example>",
        "subject": "Aanvraag XML-toegang verkiezingsuitslagen namens Omroep Zuidrand",
        "headers": OWA,
        "body": "Geachte heer, mevrouw,\n\n"
        "Kanaalwerk B.V. verzorgt de technische infrastructuur van Stichting Omroep "
        "Zuidrand. Namens onze klant vragen wij toegang tot de XML-uitslagen op uw server "
        "voor de komende Tsjechische verkiezingen (de omroep heeft een Tsjechische "
        "gemeenschap in de regio).\n\n"
        "De adressen zijn 203.0.113.200 en 203.0.113.201, respectievelijk 203.0.113.210 "
        "(eerst de productieservers, dan de testserver).\n\n"
        "Filmen is niet nodig. Contactpersoon voor deze aanvraag ben ik: Joost van "
        "Dijkhuizen, +31 6 2284 7109. De hoofdredacteur van de omroep, mevrouw Ellen "
        "Brouwers, staat achter dit verzoek.\n\n"
        "Met vriendelijke groet,\n"
        "Joost van Dijkhuizen\n"
        "Kanaalwerk B.V. – systeembeheer\n",
    },
    {
        "id": "cl010-swedish-terse-note",
        "description": "three lines of Swedish from a phone, format=flowed: production only, "
        "'no test this time'; the company only in the signature",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Nordlänk Nyheter AB",
            None,
            None,
            ["192.0.2.40"],
            [],
            "Erik Lindqvist",
            "erik.lindqvist@nordlank.example",
            "+46703518842",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@nordlank.example>",
        "subject": "XML valet",
        "headers": IPHONE,
        "flowed": True,
        "body": "Hej! Vi vill ha XML-flödet till valet igen. Prod 192.0.2.40, ingen testmaskin "
        "den här gången.\n\n"
        "/Erik\n\n"
        "Erik Lindqvist | Nordlänk Nyheter AB | 070-351 88 42 (+46)\n"
        "Skickat från min iPhone\n",
    },
    {
        "id": "cl011-greek-latin-letters-range",
        "description": "Greek written in Latin letters with English words: a short range "
        "'198.51.100.150-152' (three addresses), both requests, the company with 'A.E.' and "
        "the contact is the cameraman who signs",
        "style": Style.MIXED,
        "labels": L(
            [FEED, FILM],
            "Aigaio Media Group A.E.",
            None,
            None,
            ["198.51.100.150", "198.51.100.151", "198.51.100.152"],
            [],
            "Nikos Papadakis",
            "n.papadakis@aigaiomedia.example",
            "+306944217530",
        ),
        "from": "Nikos Papadakis <n.papadakis@aigaiomedia.example>",
        "subject": "request - ekloges / election night",
        "headers": SAMSUNG,
        "body": "Kalimera sas,\n\n"
        "eimaste to Aigaio Media Group A.E. apo ti Thessaloniki. Theloume na exoume "
        "prosvasi sto XML me ta apotelesmata (live results) kai epishs adeia na "
        "vintaeskopisoume (filming) sto kentro sas to vrady ton eklogon.\n\n"
        "Servers: 198.51.100.150-152 (production). Test server den exoume.\n\n"
        "Egw tha eimai ekei me tin kamera, opote contact me emena: +30 694 421 7530.\n\n"
        "Efharisto poly,\n"
        "Nikos Papadakis\n"
        "camera / Aigaio Media Group A.E.\n",
    },
    {
        "id": "cl012-turkish-english-ipv6-127",
        "description": "Turkish broadcaster, Turkish with English technical lines: production "
        "as an IPv6 /127 block (two addresses), an IPv4 test address; the contact's direct "
        "line before the Istanbul switchboard",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Kuzey Ufuk Televizyonu A.Ş.",
            None,
            None,
            ["2001:db8:90::1e", "2001:db8:90::1f"],
            ["192.0.2.130"],
            "Selin Aydoğan",
            "selin.aydogan@kuzeyufuk.example",
            "+902124408817",
        ),
        "from": "Selin Aydoğan <selin.aydogan@kuzeyufuk.example>",
        "subject": "Seçim sonuçları XML erişim talebi / XML access request",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": "Sayın yetkili,\n\n"
        "Kuzey Ufuk Televizyonu A.Ş. olarak Çek Cumhuriyeti seçim sonuçlarına XML "
        "üzerinden erişim talep ediyoruz. Çekim izni gerekmiyor.\n\n"
        "Technical details:\n"
        "  Production: 2001:db8:90::1e/127\n"
        "  Test:       192.0.2.130\n\n"
        "İrtibat / contact: Selin Aydoğan, yayın teknolojileri\n"
        "Direct: +90 212 440 88 17 | Santral: +90 212 440 88 00\n\n"
        "Saygılarımla,\n"
        "Selin Aydoğan\n",
    },
    {
        "id": "cl013-signed-czech-university-department",
        "description": "S/MIME-signed letter from a university department (no legal entity of "
        "its own: the university with ', veřejná vysoká škola' is labelled); a /30 block and a "
        "temporary test machine; the head of department signs, a doctoral student is the "
        "contact",
        "style": Style.LETTER,
        "smime": True,
        "labels": L(
            [FEED],
            "Univerzita Horního Pojizeří, veřejná vysoká škola",
            I13,
            None,
            ["198.18.40.0", "198.18.40.1", "198.18.40.2", "198.18.40.3"],
            ["198.18.41.2"],
            "Eliška Vránová",
            "vranova@uhp-fss.example",
            "+420485112694",
        ),
        "from": "Eliška Vránová <vranova@uhp-fss.example>",
        "subject": "Katedra politologie – žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Vážení,\n\n"
        "Katedra politologie Fakulty sociálních studií Univerzity Horního Pojizeří, "
        "veřejné vysoké školy (IČO " + I13 + "), žádá o zpřístupnění průběžných výsledků "
        "voleb na dedikovaném serveru ČSÚ pro potřeby výzkumného projektu a výuky.\n\n"
        "Produkční adresy: blok 198.18.40.0/30 (laboratoř)\n"
        "Testovací: dočasný testovací stroj 198.18.41.2 (běží jen do voleb, poté bude "
        "zrušen)\n\n"
        "Natáčení ani fotografování nepožadujeme.\n\n"
        "Kontaktní osoba: Mgr. Eliška Vránová, doktorandka katedry, tel. 485 112 694, "
        "vranova@uhp-fss.example.\n\n"
        "S pozdravem\n\n"
        "doc. PhDr. Radim Šafránek, Ph.D.\n"
        "vedoucí katedry politologie\n"
        "Fakulta sociálních studií\n"
        "Univerzita Horního Pojizeří, veřejná vysoká škola\n",
    },
    {
        "id": "cl014-agency-forwards-client-eml-correction",
        "description": "a PR agency forwards its client's (a regional TV) application as an "
        "attached .eml and corrects the test address in its cover note; the applicant and the "
        "contact are the client's, not the agency's",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "TV Podlužan, s.r.o.",
            I14,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.57"],
            "Lenka Trávníčková",
            "travnickova@tvpodluzan.example",
            "+420731264580",
        ),
        "from": "Mediální servis Brno <podpora@medservis-brno.example>",
        "subject": "Fwd: Žádost TV Podlužan – volby",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "jako agentura zajišťující komunikaci pro TV Podlužan přeposíláme v příloze jejich "
        "žádost, která se k Vám podle všeho nedostala. Jedna oprava od klienta: testovací IP "
        "je 203.0.113.57, ne .56 (překlep v původní zprávě).\n\n"
        "Mediální servis Brno s.r.o. (IČO " + I14B + ")\n"
        "Ivo Zelinka\n",
        "attachments": [
            (
                "eml",
                "zadost_TV_Podluzan.eml",
                {
                    "id": "cl014-inner",
                    "from": "Lenka Trávníčková <travnickova@tvpodluzan.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost – volby",
                    "body": "Dobrý den,\n\n"
                    "TV Podlužan, s.r.o. (IČO " + I14 + ") žádá o přístup k výsledkům "
                    "voleb v XML a o povolení natáčení ve volebním centru.\n\n"
                    "Produkce: 203.0.113.50, 203.0.113.51\n"
                    "Test: 203.0.113.56\n\n"
                    "Kontakt: Lenka Trávníčková, 731 264 580\n\n"
                    "Děkuji\nLenka Trávníčková, TV Podlužan\n",
                },
            )
        ],
    },
]
