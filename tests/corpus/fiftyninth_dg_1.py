"""Fifty-ninth held-out part ``dg``, cases dg001–dg014: foreign media in their own languages
(German, Polish, Lithuanian, Slovenian, Hungarian, French, Spanish, Italian, Dutch, Danish,
English), a Slovak freelancer, a Czech town's monthly and a faculty's student TV by data box.
Written by hand apart from the extraction rules (see make_fiftyninth_dg); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyninth_dg_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I5, I9 = ico("0294417"), ico("7126358")

CASES: list[dict[str, Any]] = [
    {
        "id": "dg001-de-lokalzeitung-range",
        "description": "German local paper; the name opens with 'Die' in the sentence only; "
        "production written as a range 198.51.100.10-12 to expand, one test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Landbote GmbH",
            None,
            None,
            ["198.51.100.10", "198.51.100.11", "198.51.100.12"],
            ["198.51.100.20"],
            "Katrin Sedlmeier",
            "k.sedlmeier@landbote-opf.example",
            "+499621488213",
        ),
        "from": "Katrin Sedlmeier <k.sedlmeier@landbote-opf.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML)",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "die Oberpfälzer Landbote GmbH beantragt für die kommenden Parlamentswahlen in "
        "Tschechien den Zugang zu Ihrem Server mit den laufenden Ergebnissen im XML-Format. "
        "Wir berichten im Grenzgebiet regelmäßig über Wahlen im Nachbarland.\n\n"
        "Unsere Server:\n"
        "  Produktiv: 198.51.100.10 - 198.51.100.12\n"
        "  Test:      198.51.100.20\n\n"
        "Ansprechpartnerin ist die Unterzeichnende, Tel. +49 9621 488 213.\n\n"
        "Mit freundlichen Grüßen\n\nKatrin Sedlmeier\nLeitung Digitales\n"
        "Oberpfälzer Landbote GmbH, Amberg\n",
    },
    {
        "id": "dg002-pl-freelancer-cidr-both",
        "description": "Polish freelance journalist without a company asks for both; production "
        "as a /30 block (four addresses), testing from the same machine, flowed text",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agnieszka Wróblewska",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            [],
            "Agnieszka Wróblewska",
            "a.wroblewska@poczta-wolna.example",
            "+48601772405",
        ),
        "from": "Agnieszka Wróblewska <a.wroblewska@poczta-wolna.example>",
        "subject": "Wybory w Czechach - dostęp do danych i zdjęcia",
        "headers": GMAIL,
        "flowed": True,
        "body": "Dzień dobry,\n\n"
        "jestem niezależną dziennikarką (freelancer, bez firmy), piszę o wyborach w Czechach "
        "dla kilku polskich portali. Chciałabym prosić o dostęp do serwera z wynikami w XML "
        "oraz o zgodę na fotografowanie w punkcie zbierania danych w Ostrawie.\n\n"
        "Mój serwer ma blok 203.0.113.8/30, testować będę z tego samego adresu, "
        "osobnego testowego nie mam.\n\n"
        "Pozdrawiam\nAgnieszka Wróblewska\ntel. +48 601 772 405\n",
    },
    {
        "id": "dg003-lt-gamybinis-testinis",
        "description": "Lithuanian portal in Lithuanian: 'gamybinis adresas' and 'testinis "
        "adresas' label the roles; UAB name; base64 body",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "UAB Žinių tinklas",
            None,
            None,
            ["192.0.2.71"],
            ["192.0.2.72"],
            "Tomas Vaitkevičius",
            "tomas.v@ziniutinklas.example",
            "+37061248873",
        ),
        "from": "Tomas Vaitkevičius <tomas.v@ziniutinklas.example>",
        "subject": "Prašymas: prieiga prie rinkimų rezultatų XML",
        "headers": TBIRD,
        "cte": "base64",
        "body": "Laba diena,\n\n"
        "UAB Žinių tinklas (naujienų portalas) prašo suteikti prieigą prie Čekijos rinkimų "
        "rezultatų XML serverio.\n\n"
        "gamybinis adresas: 192.0.2.71\n"
        "testinis adresas: 192.0.2.72\n\n"
        "Kontaktinis asmuo: Tomas Vaitkevičius, tel. +370 612 48873\n\n"
        "Pagarbiai,\nTomas Vaitkevičius\nIT vadovas\n",
    },
    {
        "id": "dg004-si-regional-tv-html",
        "description": "Slovenian regional TV, HTML only, 'produkcijski naslov' two addresses and "
        "'testni naslov'; asks both the feed and filming in Brno",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Televizija Savinja d.o.o.",
            None,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.139"],
            "Urška Kranjc",
            "urska.kranjc@tv-savinja.example",
            "+38631554208",
        ),
        "from": "Urška Kranjc <urska.kranjc@tv-savinja.example>",
        "subject": "Volitve na Češkem - prošnja za dostop in snemanje",
        "headers": ZIMBRA,
        "html": "<html><body><p>Spoštovani,</p>"
        "<p>regionalna televizija <b>Televizija Savinja d.o.o.</b> prosi za dostop do strežnika "
        "z rezultati volitev (XML) in za dovoljenje za snemanje na vašem zbirnem mestu v Brnu.</p>"
        "<p>produkcijski naslov: 198.51.100.130, 198.51.100.131<br>"
        "testni naslov: 198.51.100.139</p>"
        "<p>Kontakt: Urška Kranjc, urednica, +386 31 554 208</p>"
        "<p>Lep pozdrav,<br>Urška Kranjc</p></body></html>",
    },
    {
        "id": "dg005-cz-town-zpravodaj-databox",
        "description": "town's monthly (zpravodaj) applied for by the town's box; the editor is "
        "a town clerk; the town is the applicant; testing from production, no test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Horní Lomnice",
            I5,
            "hl5mw3k",
            ["203.0.113.60"],
            [],
            "Ivana Pokorná",
            "pokorna@hornilomnice.example",
            "+420491523114",
        ),
        "databox": box("hl5mw3k", "Město Horní Lomnice", "Náměstí 1, 549 01 Horní Lomnice", 10),
        "subject": "Lomnický zpravodaj - žádost o přístup k výsledkům voleb",
        "attachments": [
            (
                "pdf",
                "zadost_zpravodaj.pdf",
                [
                    "Město Horní Lomnice, Náměstí 1, 549 01 Horní Lomnice, IČO " + I5,
                    "Věc: žádost o přístup k serveru s výsledky voleb",
                    "Město Horní Lomnice vydává měsíčník Lomnický zpravodaj a na webu města "
                    "chceme ve volební noc zveřejňovat průběžné výsledky za obec. Žádáme proto "
                    "o přístup k XML na adrese 203.0.113.60 (webový server města). Testovat "
                    "budeme ze stejného serveru.",
                    "Kontakt: Ivana Pokorná, referentka odboru vnitřních věcí a redaktorka "
                    "zpravodaje, pokorna@hornilomnice.example, tel. 491 523 114",
                    "Mgr. Pavel Dušek, starosta",
                ],
            )
        ],
    },
    {
        "id": "dg006-sk-freelancer-foto-no-ico",
        "description": "Slovak freelance photographer names herself with a trade name after a "
        "dash; no IČO stated; photographing only; iso-8859-2, 8bit",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Zuzana Hrušovská - HRUŠOVSKÁ foto",
            None,
            None,
            [],
            [],
            "Zuzana Hrušovská",
            "zuzana@hrusovska-foto.example",
            "+421905318427",
        ),
        "from": "Zuzana Hrušovská <zuzana@hrusovska-foto.example>",
        "subject": "žiadosť o povolenie fotografovať - voľby",
        "headers": SAMSUNG,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dobrý deň,\n\n"
        "som živnostníčka (Zuzana Hrušovská - HRUŠOVSKÁ foto) a pre slovenské denníky "
        "fotografujem voľby v Česku. Prosím o povolenie fotografovať na vašom pracovisku v "
        "Prahe počas sčítania hlasov. O dáta (XML) nežiadam, to rieši redakcia.\n\n"
        "Ďakujem\nZuzana Hrušovská\n0905 318 427\n",
    },
    {
        "id": "dg007-ie-regional-eircode",
        "description": "Irish regional paper; the postal address with an Eircode (V94 K2R6) "
        "stands right above the server addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Shannonside Herald Ltd",
            None,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Ciarán Moloney",
            "cmoloney@shannonsideherald.example",
            "+353872214096",
        ),
        "from": "Ciarán Moloney <cmoloney@shannonsideherald.example>",
        "subject": "Election results feed - application",
        "headers": APPLE,
        "body": "Hello,\n\n"
        "Shannonside Herald Ltd would like access to the XML results feed for the Czech "
        "general election; we have a sizeable Czech readership in the Mid-West.\n\n"
        "Shannonside Herald Ltd\n14 O'Connell Street, Limerick\nV94 K2R6\n\n"
        "Servers: live 192.0.2.140 and 192.0.2.141, staging 192.0.2.150.\n\n"
        "Contact: Ciarán Moloney, digital editor, mobile 087 221 4096.\n\n"
        "Kind regards,\nCiarán\n",
    },
    {
        "id": "dg008-dk-agency-cvr-produktion-test",
        "description": "Danish agency in Danish: 'produktion / test' pairs, a /31 block, a CVR "
        "number that is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordlys Medier ApS",
            None,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.210"],
            "Mette Kjærgaard",
            "mk@nordlysmedier.example",
            "+4521473906",
        ),
        "from": "Mette Kjærgaard <mk@nordlysmedier.example>",
        "subject": "Ansøgning om adgang til valgresultater",
        "headers": OWA,
        "body": "Kære Tjekkiske Statistikkontor,\n\n"
        "Nordlys Medier ApS (CVR-nr. 31 75 40 28) er et nyhedsbureau, der leverer "
        "valgdækning til danske regionalaviser. Vi ansøger om adgang til XML-feedet.\n\n"
        "IP-adresser (produktion / test):\n"
        "198.51.100.200/31 / 198.51.100.210\n\n"
        "Kontakt: Mette Kjærgaard, +45 21 47 39 06\n\n"
        "Med venlig hilsen\nMette Kjærgaard\nNordlys Medier ApS\n",
    },
    {
        "id": "dg009-cz-faculty-student-tv-databox",
        "description": "a faculty's student TV applies through the university's box; the DOCX names "
        "the faculty and the university; IPv6 production beside IPv4; both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vysočinská univerzita v Jihlavě",
            I9,
            "vuj8t2p",
            ["192.0.2.44", "2001:db8:44::10"],
            ["192.0.2.45"],
            "Ondřej Beneš",
            "benes@fmk.vuj.example",
            "+420567141822",
        ),
        "databox": box("vuj8t2p", "Vysočinská univerzita v Jihlavě", "Tolstého 16, 586 01 Jihlava"),
        "subject": "Studentská televize UNI.TV - žádost (volby)",
        "attachments": [
            (
                "docx",
                "UNITV_zadost_volby.docx",
                {
                    "header": "Vysočinská univerzita v Jihlavě | Fakulta mediální komunikace",
                    "footer": "IČO " + I9 + " | ID DS vuj8t2p",
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb a o povolení natáčení",
                        "Studentská televize UNI.TV působí při Fakultě mediální komunikace "
                        "Vysočinské univerzity v Jihlavě. Žádáme o přístup k XML s průběžnými "
                        "výsledky a o povolení natáčet ve volební noc na krajském pracovišti "
                        "ČSÚ v Jihlavě.",
                        {
                            "rows": [
                                ["", "IPv4", "IPv6"],
                                ["produkce", "192.0.2.44", "2001:db8:44::10"],
                                ["test", "192.0.2.45", "—"],
                            ]
                        },
                        "Kontaktní osoba: Ondřej Beneš (vedoucí UNI.TV, student), "
                        "benes@fmk.vuj.example, tel. 567 141 822",
                        "doc. PhDr. Hana Malá, Ph.D., proděkanka pro studium",
                    ],
                },
            )
        ],
    },
    {
        "id": "dg010-hu-portal-netmask",
        "description": "Hungarian portal in Hungarian, windows-1250; production as an address with "
        "netmask 255.255.255.252 (four addresses); contact surname first as Hungarian",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alföldi Hírek Kft.",
            None,
            None,
            ["203.0.113.96", "203.0.113.97", "203.0.113.98", "203.0.113.99"],
            ["203.0.113.100"],
            "Szőke Levente",
            "szoke.levente@alfoldihirek.example",
            "+36304418827",
        ),
        "from": "Szőke Levente <szoke.levente@alfoldihirek.example>",
        "subject": "Kérelem - választási eredmények XML",
        "headers": EVOLUTION,
        "charset": "windows-1250",
        "body": "Tisztelt Hölgyem/Uram!\n\n"
        "Az Alföldi Hírek Kft. hírportálja kéri a hozzáférést a cseh választási eredményeket "
        "közlő XML szerverhez.\n\n"
        "Éles hálózat: 203.0.113.96 maszk 255.255.255.252\n"
        "Teszt: 203.0.113.100\n\n"
        "Kapcsolattartó: Szőke Levente, +36 30 441 8827\n\n"
        "Üdvözlettel:\nSzőke Levente\nrendszergazda\n",
    },
    {
        "id": "dg011-fr-respectivement-no-filming",
        "description": "French publisher with 'Les' opening the sentence but not the signature; "
        "production and test given with 'respectivement'; filming explicitly not asked",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Éditions du Rhin Vert SAS",
            None,
            None,
            ["198.18.4.20"],
            ["198.18.4.29"],
            "Mathilde Ferrand",
            "m.ferrand@rhinvert.example",
            "+33388415207",
        ),
        "from": "Mathilde Ferrand <m.ferrand@rhinvert.example>",
        "subject": "Demande d'accès aux résultats électoraux",
        "headers": ZIMBRA,
        "body": "Madame, Monsieur,\n\n"
        "Les Éditions du Rhin Vert SAS souhaitent accéder au flux XML des résultats des "
        "élections tchèques. Nos adresses de production et de test sont respectivement "
        "198.18.4.20 et 198.18.4.29.\n\n"
        "Nous ne demandons pas d'autorisation de tournage : aucun journaliste ne se déplacera.\n\n"
        "Contact : Mathilde Ferrand, +33 3 88 41 52 07\n\n"
        "Cordialement,\nMathilde Ferrand\nÉditions du Rhin Vert SAS – Strasbourg\n",
    },
    {
        "id": "dg012-es-filming-only-feed-later",
        "description": "Spanish TV asks for filming now; the feed is deferred to a later election "
        "and its address 'to be sent'; filming only, no addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Canal Meseta Televisión S.L.",
            None,
            None,
            [],
            [],
            "Lucía Benavides",
            "lbenavides@canalmeseta.example",
            "+34615228904",
        ),
        "from": "Lucía Benavides <lbenavides@canalmeseta.example>",
        "subject": "Solicitud de permiso de grabación",
        "headers": IPHONE,
        "body": "Buenos días:\n\n"
        "Desde Canal Meseta Televisión S.L. solicitamos permiso para grabar en su sede de "
        "Praga la noche electoral (un equipo de dos personas). El acceso al XML lo pediremos "
        "para las próximas elecciones, cuando tengamos el servidor listo (la IP se la "
        "enviaremos entonces).\n\n"
        "Contacto: Lucía Benavides, productora, +34 615 228 904\n\n"
        "Enviado desde mi iPhone\n",
    },
    {
        "id": "dg013-it-contractor-for-newspaper",
        "description": "Italian IT contractor writes for a newspaper publisher; the publisher "
        "applies, the contractor's engineer is the named contact; IPv6 production",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Editoriale Val Brembana S.r.l.",
            None,
            None,
            ["192.0.2.5", "2001:db8:c0:1::5"],
            ["192.0.2.6"],
            "Davide Locatelli",
            "d.locatelli@bergamonet.example",
            "+393471185520",
        ),
        "from": "Davide Locatelli <d.locatelli@bergamonet.example>",
        "subject": "Richiesta accesso XML risultati - per Editoriale Val Brembana",
        "headers": K9,
        "body": "Buongiorno,\n\n"
        "scrivo per conto del nostro cliente Editoriale Val Brembana S.r.l. (quotidiano "
        "online «Eco della Valle»), di cui gestiamo i server. L'editore chiede l'accesso al "
        "server XML con i risultati elettorali.\n\n"
        "Produzione: 192.0.2.5 e 2001:db8:c0:1::5\nTest: 192.0.2.6\n\n"
        "Per gli aspetti tecnici il referente sono io, cell. 347 118 5520.\n\n"
        "Davide Locatelli\nBergamoNet S.r.l. – sistemista\n",
    },
    {
        "id": "dg014-nl-forwarded-eml-range",
        "description": "a Czech fixer forwards the Dutch broadcaster's request as an attached .eml; "
        "production as a range of four, no test; both requests; the fixer is not the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Stichting Omroep Zeeveld",
            None,
            None,
            ["203.0.113.180", "203.0.113.181", "203.0.113.182", "203.0.113.183"],
            [],
            "Joris van Dalen",
            "j.vandalen@omroepzeeveld.example",
            "+31613502847",
        ),
        "from": "Lenka Marková <markova@fixer-praha.example>",
        "subject": "Fwd: aanvraag verkiezingsuitslagen + filmen",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\npřeposílám žádost nizozemské regionální televize, pro kterou "
        "dělám produkci v Praze. Kontaktujte prosím přímo pana van Dalena.\n\n"
        "Lenka Marková\n",
        "attachments": [
            (
                "eml",
                "aanvraag.eml",
                {
                    "id": "dg014-inner",
                    "from": "Joris van Dalen <j.vandalen@omroepzeeveld.example>",
                    "to": "markova@fixer-praha.example",
                    "subject": "aanvraag verkiezingsuitslagen + filmen",
                    "body": "Beste Lenka,\n\nkun je dit doorsturen naar het statistiekbureau?\n\n"
                    "Stichting Omroep Zeeveld vraagt toegang tot de XML-feed met de "
                    "verkiezingsuitslagen en toestemming om te filmen op het verzamelpunt.\n"
                    "Productie-IP's: 203.0.113.180 t/m 203.0.113.183 (een aparte testserver "
                    "hebben we niet).\n\n"
                    "Contact: Joris van Dalen, +31 6 1350 2847\n\nGroet,\nJoris\n",
                },
            )
        ],
    },
]
