"""Fifty-fourth held-out part ``co``, cases co001–co014: ranges written in the writer's own
language (German, Portuguese, Romanian, Polish, Hungarian, Swedish), CIDR blocks with stated
exceptions in Slovak, German and English, a Norwegian who withdraws the feed in a P.S., a Danish
reply keeping last election's addresses but one, a municipal TV for two districts, a Lithuanian
broadcaster and a university press office asking for filming only. Written by hand apart from
the extraction rules (see make_fiftyfourth_co); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfourth_co_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I7, I9, I12, I14 = ico("3150842"), ico("0472519"), ico("0283764"), ico("0061538")
I4 = ico("2408115")

CASES: list[dict[str, Any]] = [
    {
        "id": "co001-de-von-bis-range",
        "description": "German regional daily: production addresses as a range 'von … bis' "
        "(four addresses), one test address, no IČO, phone with +49 written (0)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Lausitzer Abendblatt GmbH",
            None,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["198.51.100.50"],
            "Henrike Vogtländer",
            "h.vogtlaender@lausitzer-abendblatt.example",
            "+4935819274410",
        ),
        "from": "Henrike Vogtländer <h.vogtlaender@lausitzer-abendblatt.example>",
        "subject": "Antrag auf Zugang zum XML-Ergebnisdienst (Parlamentswahl)",
        "headers": OUTLOOK,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "die Lausitzer Abendblatt GmbH berichtet seit vielen Jahren auch über das Geschehen "
        "jenseits der Grenze. Für die kommende Wahl zum Abgeordnetenhaus beantragen wir "
        "hiermit den Zugang zu den laufenden Ergebnissen im XML-Format auf Ihrem "
        "dedizierten Server.\n\n"
        "Unsere Server greifen mit den Adressen von 198.51.100.40 bis 198.51.100.43 zu "
        "(Produktivbetrieb). Für den Testlauf nutzen wir 198.51.100.50.\n\n"
        "Eine Drehgenehmigung benötigen wir nicht.\n\n"
        "Ansprechpartnerin ist die Unterzeichnende.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Henrike Vogtländer\n"
        "Leiterin Digitales\n"
        "Lausitzer Abendblatt GmbH | Reichenbacher Str. 14 | 02826 Görlitz\n"
        "Tel. +49 (0)3581 927 44-10\n",
    },
    {
        "id": "co002-pt-do-ao-range",
        "description": "Portuguese news agency, flowed text: 'do … ao' range of three production "
        "addresses and one test address, no IČO, +351 mobile after a switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Atlântico Notícias, Lda.",
            None,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.20"],
            "Rui Valadares",
            "rui.valadares@atlanticonoticias.example",
            "+351912448730",
        ),
        "from": "Rui Valadares <rui.valadares@atlanticonoticias.example>",
        "subject": "Pedido de acesso aos resultados eleitorais em XML",
        "headers": GMAIL,
        "flowed": True,
        "body": "Exmos. Senhores,\n\n"
        "A Atlântico Notícias, Lda., agência noticiosa com sede em Lisboa, vem por este meio "
        "solicitar o acesso ao servidor dedicado com os resultados das eleições em formato "
        "XML.\n\n"
        "Endereços IP de produção: do 203.0.113.10 ao 203.0.113.12\n"
        "Endereço IP de teste: 203.0.113.20\n\n"
        "Pessoa de contacto: Rui Valadares, editor de dados\n"
        "Telemóvel: +351 912 448 730 (a central, 213 550 100, não atende à noite)\n\n"
        "Com os melhores cumprimentos,\n"
        "Rui Valadares\n",
    },
    {
        "id": "co003-ro-de-la-pana-la",
        "description": "Romanian web outlet: 'de la … până la' range of four production "
        "addresses, testing from production (no test address), mixed-in English line",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Știri Carpatice SRL",
            None,
            None,
            ["192.0.2.100", "192.0.2.101", "192.0.2.102", "192.0.2.103"],
            [],
            "Ioana Dumitrescu",
            "ioana.dumitrescu@stiricarpatice.example",
            "+40744219083",
        ),
        "from": "Ioana Dumitrescu <ioana.dumitrescu@stiricarpatice.example>",
        "subject": "Cerere acces XML rezultate / request for XML access",
        "headers": TBIRD,
        "body": "Bună ziua,\n\n"
        "Vă scriu în numele Știri Carpatice SRL (portal de știri, Cluj-Napoca). Dorim acces "
        "la fluxul XML cu rezultatele alegerilor din Cehia.\n\n"
        "Adrese IP de producție: de la 192.0.2.100 până la 192.0.2.103.\n"
        "Testăm direct de pe serverele de producție, deci nu avem IP separat de test.\n\n"
        "(Sorry for writing in Romanian — if it helps: production IPs 192.0.2.100 to .103, "
        "no separate test IP.)\n\n"
        "Persoană de contact: Ioana Dumitrescu, tel. +40 744 219 083\n\n"
        "Cu stimă,\n"
        "Ioana Dumitrescu\n"
        "Știri Carpatice SRL\n",
    },
    {
        "id": "co004-pl-od-do-iso88592",
        "description": "Polish publisher in iso-8859-2: 'od … do' range of three production "
        "addresses, test address, filming for the Ostrava collection point too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Wydawnictwo Śląskie Echo sp. z o.o.",
            None,
            None,
            ["198.51.100.70", "198.51.100.71", "198.51.100.72"],
            ["198.51.100.79"],
            "Grzegorz Pietrzyk",
            "g.pietrzyk@slaskieecho.example",
            "+48602318455",
        ),
        "from": "Grzegorz Pietrzyk <g.pietrzyk@slaskieecho.example>",
        "subject": "Wniosek o dostęp do wyników wyborów (XML) i zgodę na filmowanie",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": "Szanowni Państwo,\n\n"
        "w imieniu Wydawnictwa Śląskie Echo sp. z o.o. (Cieszyn) zwracam się z prośbą o:\n\n"
        "1. dostęp do bieżących wyników wyborów w formacie XML na serwerze dedykowanym,\n"
        "2. zgodę na filmowanie i fotografowanie w punkcie zbiorczym w Ostrawie.\n\n"
        "Adresy IP serwerów produkcyjnych: od 198.51.100.70 do 198.51.100.72.\n"
        "Adres testowy: 198.51.100.79.\n\n"
        "Osoba kontaktowa: Grzegorz Pietrzyk, kom. 602 318 455 (+48).\n\n"
        "Z poważaniem\n"
        "Grzegorz Pietrzyk\n"
        "Wydawnictwo Śląskie Echo sp. z o.o.\n"
        "ul. Głęboka 21, 43-400 Cieszyn\n",
    },
    {
        "id": "co005-hu-tol-ig-cp1250",
        "description": "Hungarian daily in windows-1250: range written '…-tól …-ig' (four "
        "production addresses), a test address, contact in Hungarian order",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["203.0.113.130", "203.0.113.131", "203.0.113.132", "203.0.113.133"],
            ["203.0.113.140"],
            "Szabó Ildikó",
            "szabo.ildiko@dunamentihirek.example",
            "+36304417825",
        ),
        "from": "Szabó Ildikó <szabo.ildiko@dunamentihirek.example>",
        "subject": "Kérelem - XML választási eredmények",
        "headers": ZIMBRA,
        "charset": "windows-1250",
        "body": "Tisztelt Hölgyem / Uram!\n\n"
        "A Dunamenti Hírek Kft. (Komárom) nevében kérem, hogy biztosítsanak hozzáférést a "
        "választási eredmények XML adatszolgáltatásához.\n\n"
        "Éles szervereink címei: a 203.0.113.130-tól a 203.0.113.133-ig terjedő "
        "tartomány.\n"
        "Tesztelésre a 203.0.113.140-es címet használjuk.\n\n"
        "Kapcsolattartó: Szabó Ildikó, +36 30 441 7825\n\n"
        "Üdvözlettel:\n"
        "Szabó Ildikó\n"
        "online főszerkesztő-helyettes\n",
    },
    {
        "id": "co006-sv-fran-till",
        "description": "Swedish election-data service: 'från … till' range of three production "
        "addresses, an IPv6 test address, contact person other than the signer",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordisk Valbevakning AB",
            None,
            None,
            ["192.0.2.200", "192.0.2.201", "192.0.2.202"],
            ["2001:db8:5e::20"],
            "Elin Bergkvist",
            "elin.bergkvist@valbevakning.example",
            "+46705512843",
        ),
        "from": "Magnus Lindqvist <magnus.lindqvist@valbevakning.example>",
        "subject": "Ansökan om åtkomst till valresultat i XML",
        "headers": APPLE,
        "body": "Hej,\n\n"
        "Nordisk Valbevakning AB ansöker härmed om åtkomst till den dedikerade servern med "
        "valresultat i XML-format inför valet.\n\n"
        "Produktion: från 192.0.2.200 till 192.0.2.202\n"
        "Test: 2001:db8:5e::20\n\n"
        "Kontaktperson för ansökan är vår utvecklare Elin Bergkvist, "
        "elin.bergkvist@valbevakning.example, tel. 070-551 28 43 (+46).\n\n"
        "Vänliga hälsningar\n"
        "Magnus Lindqvist\n"
        "VD, Nordisk Valbevakning AB\n",
    },
    {
        "id": "co007-sk-cidr-okrem",
        "description": "Slovak regional TV: a /29 block with three addresses stated as "
        "exceptions (network, gateway, broadcast) leaves five production addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Východoslovenská televízia, s.r.o.",
            I7,
            None,
            [
                "198.51.100.98",
                "198.51.100.99",
                "198.51.100.100",
                "198.51.100.101",
                "198.51.100.102",
            ],
            ["198.51.100.110"],
            "Marek Hudák",
            "hudak@vychodotv.example",
            "+421905331742",
        ),
        "from": "Marek Hudák <hudak@vychodotv.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb v XML",
        "headers": OWA,
        "body": "Dobrý deň,\n\n"
        "Východoslovenská televízia, s.r.o., IČO " + I7 + ", žiada o prístup k priebežným "
        "výsledkom volieb na dedikovanom serveri (XML).\n\n"
        "Produkčné adresy: rozsah 198.51.100.96/29 okrem 198.51.100.96 (sieť), "
        "198.51.100.97 (brána) a 198.51.100.103 (broadcast).\n"
        "Testovacia adresa: 198.51.100.110\n\n"
        "Kontakt: Marek Hudák, vedúci IT, +421 905 331 742\n\n"
        "S pozdravom\n"
        "Marek Hudák\n",
    },
    {
        "id": "co008-de-cidr-ausgenommen-docx",
        "description": "Austrian broadcaster, letter in DOCX: a /30 'ausgenommen' network and "
        "broadcast address (two left), test address, filming asked too; cover mail by assistant",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Innviertler Regionalfernsehen GmbH",
            None,
            None,
            ["203.0.113.161", "203.0.113.162"],
            ["203.0.113.170"],
            "Stefan Hofbauer",
            "s.hofbauer@innviertel-tv.example",
            "+436643381902",
        ),
        "from": "Sekretariat Innviertel TV <sekretariat@innviertel-tv.example>",
        "subject": "Antrag Wahlen - Datenzugang und Drehgenehmigung",
        "headers": MAC_OUTLOOK,
        "body": "Guten Tag,\n\nim Auftrag von Herrn Hofbauer übermittle ich Ihnen den "
        "beigefügten Antrag.\n\nFreundliche Grüße\nSekretariat\n",
        "attachments": [
            (
                "docx",
                "Antrag_CSU_Wahl.docx",
                {
                    "header": "Innviertler Regionalfernsehen GmbH | Stadtplatz 9 | "
                    "4910 Ried im Innkreis | FN 408117 k",
                    "footer": "www.innviertel-tv.example",
                    "blocks": [
                        "An das Tschechische Statistikamt (ČSÚ), Prag",
                        "Betreff: Antrag auf Zugang zu den Wahlergebnissen und auf Drehgenehmigung",
                        "Sehr geehrte Damen und Herren,",
                        "die Innviertler Regionalfernsehen GmbH beantragt für die "
                        "bevorstehende Wahl (1) den Zugang zum XML-Dienst mit den "
                        "laufenden Ergebnissen und (2) die Genehmigung, am Wahlabend in "
                        "Ihrer Sammelstelle in Budweis zu drehen.",
                        {
                            "rows": [
                                [
                                    "Produktivnetz",
                                    "203.0.113.160/30, ausgenommen 203.0.113.160 und 203.0.113.163",
                                ],
                                ["Testsystem", "203.0.113.170"],
                                ["Ansprechpartner", "Stefan Hofbauer, Technik"],
                                ["Telefon", "+43 664 338 1902"],
                                ["E-Mail", "s.hofbauer@innviertel-tv.example"],
                            ]
                        },
                        "Mit freundlichen Grüßen\nMag. Ulrike Brandstätter\nGeschäftsführerin",
                    ],
                },
            )
        ],
    },
    {
        "id": "co009-en-it-contractor-cidr-except",
        "description": "IT contractor writes in English for a Czech portal: /30 block except "
        "its first address, IPv6 test address; the contractor's engineer is the named contact",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Vltava24 media, a.s.",
            I9,
            None,
            ["198.18.4.1", "198.18.4.2", "198.18.4.3"],
            ["2001:db8:40::10"],
            "Daniel Kostka",
            "daniel.kostka@netopspartners.example",
            "+420731884216",
        ),
        "from": "Daniel Kostka <daniel.kostka@netopspartners.example>",
        "subject": "XML feed access for Vltava24 (on behalf of the publisher)",
        "headers": TBIRD,
        "cc": "sefredaktor@vltava24.example",
        "body": "Hello,\n\n"
        "we are the hosting and IT contractor of Vltava24 media, a.s. (IČO " + I9 + "), "
        "and on their behalf we apply for access to the election results XML feed. "
        "Dobrý den, omlouvám se za angličtinu, šablona je z našeho ticketu.\n\n"
        "Production: 198.18.4.0/30 except 198.18.4.0 (that one is the router)\n"
        "Test: 2001:db8:40::10\n\n"
        "Please send any technical questions to me, I am the contact for this request:\n"
        "Daniel Kostka, NetOps Partners s.r.o., +420 731 884 216\n\n"
        "The editor-in-chief is in copy.\n\n"
        "Best regards,\nDaniel Kostka\n",
    },
    {
        "id": "co010-no-ps-withdraws-feed",
        "description": "Norwegian broadcaster asks for both in the letter, then a P.S. withdraws "
        "the XML feed and keeps filming: filming only, the listed addresses go",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Vestlandsk Kringkasting AS",
            None,
            None,
            [],
            [],
            "Sigrid Haugland",
            "sigrid.haugland@vestkring.example",
            "+4791247730",
        ),
        "from": "Sigrid Haugland <sigrid.haugland@vestkring.example>",
        "subject": "Søknad: valgresultater XML og filmtillatelse",
        "headers": GMAIL,
        "body": "Hei,\n\n"
        "Vestlandsk Kringkasting AS søker om:\n"
        "- tilgang til valgresultatene i XML fra den dedikerte serveren, fra "
        "192.0.2.170 og 192.0.2.171 (test: 192.0.2.179)\n"
        "- tillatelse til å filme i mottakssenteret i Praha på valgnatten.\n\n"
        "Kontaktperson: Sigrid Haugland, +47 912 47 730\n\n"
        "Med vennlig hilsen\n"
        "Sigrid Haugland\n"
        "produsent\n\n"
        "P.S. Vi har nettopp fått vite at vi får resultatene via et nyhetsbyrå, så vi "
        "trekker søknaden om XML-tilgang. Filmingen står fortsatt ved lag.\n",
    },
    {
        "id": "co011-da-same-as-last-one-replaced",
        "description": "Danish reply: last election's addresses (quoted) hold except one "
        "replaced; the replaced one is left out, the new one kept in its place",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Sønderjysk Dagblad A/S",
            None,
            None,
            ["192.0.2.60", "192.0.2.64"],
            ["192.0.2.69"],
            "Mette Kjærgaard",
            "mkj@sonderjyskdagblad.example",
            "+4521783309",
        ),
        "from": "Mette Kjærgaard <mkj@sonderjyskdagblad.example>",
        "subject": "SV: Adgang til XML - valg",
        "headers": OUTLOOK,
        "body": "Hej igen,\n\n"
        "Vi vil gerne have adgang igen til dette valg. Adresserne fra sidste valg gælder "
        "stadig, undtagen 192.0.2.61 – den server er udskiftet og hedder nu 192.0.2.64.\n\n"
        "Kontakt som sidst: mig, +45 21 78 33 09.\n\n"
        "Venlig hilsen\n"
        "Mette Kjærgaard\n"
        "Sønderjysk Dagblad A/S\n\n"
        "-----Oprindelig meddelelse-----\n"
        "Fra: Mette Kjærgaard\n"
        "Sendt: 2. september 2021 10:12\n"
        "Emne: Adgang til XML - valg\n\n"
        "> Produktion: 192.0.2.60, 192.0.2.61\n"
        "> Test: 192.0.2.69\n"
        "> Kontakt: Mette Kjærgaard, +45 21 78 33 09\n",
    },
    {
        "id": "co012-municipal-tv-two-districts",
        "description": "municipal TV for two districts in windows-1250: the director signs, "
        "the text names a colleague as contact with his own mobile; both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Televize Pootaví, s.r.o.",
            I12,
            None,
            ["203.0.113.74", "203.0.113.75"],
            ["203.0.113.78"],
            "Ondřej Hanzal",
            "hanzal@tvpootavi.example",
            "+420606572184",
        ),
        "from": "Marta Kubíčková <reditelka@tvpootavi.example>",
        "subject": "Žádost - volby - TV Pootaví (okresy Klatovy a Strakonice)",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Vážení,\n\n"
        "Televize Pootaví, s.r.o., městská televize, jejímž společníkem je město a která "
        "vysílá pro obce okresů Klatovy a Strakonice, žádá o přístup k výsledkům voleb na "
        "dedikovaném serveru a o povolení natáčet na pracovištích ČSÚ v Klatovech i ve "
        "Strakonicích.\n\n"
        "Produkční IP: 203.0.113.74 a 203.0.113.75, testovací: 203.0.113.78.\n\n"
        "Kontaktní osobou pro tuto žádost je náš technik Ondřej Hanzal, "
        "hanzal@tvpootavi.example, mobil 606 572 184. Štáby pro oba okresy koordinuje "
        "redaktorka Lenka Šrámková.\n\n"
        "S pozdravem\n"
        "Ing. Marta Kubíčková\n"
        "ředitelka\n"
        "Televize Pootaví, s.r.o., IČO " + I12 + "\n"
        "tel. 376 512 090\n",
    },
    {
        "id": "co013-lt-broadcaster-ipv6",
        "description": "Lithuanian regional broadcaster, Lithuanian with English glosses: "
        "IPv6 and IPv4 production addresses, one test address, +370 phone",
        "style": Style.MIXED,
        "labels": L(
            [FEED, FILM],
            "UAB Žemaitijos transliacijos",
            None,
            None,
            ["2001:db8:1a7::5", "198.51.100.205"],
            ["198.51.100.209"],
            "Rūta Jankauskienė",
            "ruta.jankauskiene@zemtrans.example",
            "+37061234587",
        ),
        "from": "Rūta Jankauskienė <ruta.jankauskiene@zemtrans.example>",
        "subject": "Prašymas / Application: XML results feed + filming",
        "headers": ZIMBRA,
        "body": "Laba diena,\n\n"
        "UAB Žemaitijos transliacijos (regional radio and TV, Telšiai) prašo:\n"
        "1) prieigos prie rinkimų rezultatų XML serverio (access to the XML results server);\n"
        "2) leidimo filmuoti rinkimų naktį Prahoje (permission to film on election night).\n\n"
        "Gamybiniai adresai / production: 2001:db8:1a7::5 ir 198.51.100.205\n"
        "Testavimo adresas / test: 198.51.100.209\n\n"
        "Kontaktinis asmuo / contact: Rūta Jankauskienė, +370 612 34587\n\n"
        "Pagarbiai / Kind regards\n"
        "Rūta Jankauskienė\n",
    },
    {
        "id": "co014-university-press-office-filming-smime",
        "description": "signed mail from a university press office: filming only for a student "
        "documentary, an IP mentioned only for the school's own site; faculty applies as "
        "the university",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Vysoká škola jihočeská v Táboře, veřejná vysoká škola",
            I14,
            None,
            [],
            [],
            "Klára Nedbalová",
            "nedbalova@vsjt.example",
            "+420381772604",
        ),
        "from": "Klára Nedbalová <nedbalova@vsjt.example>",
        "subject": "Žádost o povolení natáčení - studentský dokument (FSV VŠJT)",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážená paní, vážený pane,\n\n"
        "tiskové oddělení Vysoké školy jihočeské v Táboře, veřejné vysoké školy, žádá za "
        "Fakultu sociálních věd o povolení natáčet a fotografovat na sběrném pracovišti ČSÚ "
        "v Táboře ve volební noci. Studenti žurnalistiky připravují krátký dokument o "
        "zpracování výsledků.\n\n"
        "O přístup k XML výsledkům nežádáme – výsledky na webu fakulty (server "
        "192.0.2.88) budeme přebírat z veřejných stránek.\n\n"
        "Kontaktní osoba: Klára Nedbalová, tisková mluvčí, tel. 381 772 604, "
        "nedbalova@vsjt.example\n\n"
        "S pozdravem\n"
        "Mgr. Klára Nedbalová\n"
        "Vysoká škola jihočeská v Táboře, veřejná vysoká škola\n"
        "IČO " + I14 + "\n",
    },
]
