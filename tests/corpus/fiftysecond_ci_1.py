"""Fifty-second held-out part ``ci``, cases ci001–ci014: foreign applicants in their own
language (German, Polish, English, Slovak, Hungarian, French, Spanish, Italian, Dutch, Swedish,
Portuguese, Romanian, Finnish, Danish), ranges written "von … bis .14", "od … do", "from … to",
"do … ao", "de la … până la", a /30 block with an exception, a netmask, "respectively", a
filming-only request with the feed deferred and a Danish reapplication that changes one of the
previous election's addresses. Written by hand apart from the extraction rules (see
make_fiftysecond_ci); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysecond_ci_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    PROTON,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I4 = ico("3650418")

CASES: list[dict[str, Any]] = [
    {
        "id": "ci001-german-von-bis-range",
        "description": "German publisher; production written 'von 198.51.100.10 bis .14' (five "
        "addresses), the contact's desk line before her mobile, signed by the editor-in-chief; "
        "iso-8859-2 8bit",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Verlag Erzgebirgs-Echo GmbH",
            None,
            None,
            ["198.51.100.10", "198.51.100.11", "198.51.100.12", "198.51.100.13", "198.51.100.14"],
            ["198.51.100.30"],
            "Katrin Weißflog",
            "weissflog@erzgebirgs-echo.example",
            "+493733564120",
        ),
        "from": "Jens Tröger <troeger@erzgebirgs-echo.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Erzgebirgs-Echo",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "wie schon bei der letzten Wahl berichtet unser Grenzland-Ressort auch diesmal live über "
        "die Ergebnisse in Tschechien. Die Verlag Erzgebirgs-Echo GmbH beantragt daher den "
        "Zugang zum XML-Ergebnisdienst.\n\n"
        "Produktion: von 198.51.100.10 bis .14 (unser Lastverteiler-Pool)\n"
        "Testsystem: 198.51.100.30\n\n"
        "Eine Drehgenehmigung brauchen wir nicht, wir haben kein Team vor Ort.\n\n"
        "Ansprechpartnerin für alles Technische ist Frau Katrin Weißflog (Online-Redaktion), "
        "Tel. +49 3733 56 41 20, Mobil 0171 4482915, weissflog@erzgebirgs-echo.example.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Jens Tröger\nChefredakteur\n"
        "Verlag Erzgebirgs-Echo GmbH | Bahnhofstraße 14 | 09456 Annaberg-Buchholz\n"
        "HRB 21873, Amtsgericht Chemnitz\n",
    },
    {
        "id": "ci002-polish-od-do-both",
        "description": "Polish regional TV asking for the feed and for filming at a collection "
        "point; production 'od 203.0.113.10 do .12', a test address; windows-1250 flowed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telewizja Ziemi Kłodzkiej sp. z o.o.",
            None,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.20"],
            "Agnieszka Wróbel",
            "a.wrobel@tvzk.example",
            "+48748652190",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@tvzk.example>",
        "subject": "Wniosek – wybory w Czechach: dostęp do XML + zdjęcia",
        "headers": TBIRD,
        "charset": "windows-1250",
        "flowed": True,
        "body": "Szanowni Państwo,\n\n"
        "Telewizja Ziemi Kłodzkiej sp. z o.o. zwraca się z prośbą o:\n"
        "1) dostęp do serwera z wynikami wyborów w formacie XML,\n"
        "2) zgodę na nagranie materiału w punkcie zbiorczym w Náchodzie (ekipa 2 osoby, "
        "kamera + reporter).\n\n"
        "Adresy IP produkcyjne: od 203.0.113.10 do .12\n"
        "Adres testowy: 203.0.113.20\n\n"
        "Osoba kontaktowa: Agnieszka Wróbel, tel. +48 74 865 21 90, a.wrobel@tvzk.example\n\n"
        "Z poważaniem\nAgnieszka Wróbel\nkierownik działu online\n"
        "Telewizja Ziemi Kłodzkiej sp. z o.o., ul. Wojska Polskiego 7, 57-300 Kłodzko\n",
    },
    {
        "id": "ci003-english-freelancer-from-to",
        "description": "a UK freelancer without a company; 'from 192.0.2.10 to .14' is five "
        "production addresses and he tests from the same boxes, so no test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rowan Ashcombe",
            None,
            None,
            ["192.0.2.10", "192.0.2.11", "192.0.2.12", "192.0.2.13", "192.0.2.14"],
            [],
            "Rowan Ashcombe",
            "rowan@ashcombe-data.example",
            "+447700900318",
        ),
        "from": "Rowan Ashcombe <rowan@ashcombe-data.example>",
        "subject": "Election results XML - access request (freelance)",
        "headers": GMAIL,
        "flowed": True,
        "body": "Hello,\n\n"
        "I'm a freelance data journalist (sole trader, UK, no Czech registration) covering the "
        "Czech election for a couple of English-language outlets. I'd like access to the "
        "results XML.\n\n"
        "My scraper cluster sits on addresses from 192.0.2.10 to .14 - those are the "
        "production ones. I don't have a separate test machine; I'll test from those same "
        "boxes.\n\n"
        "No filming, I'm working remotely.\n\n"
        "Best,\nRowan Ashcombe\n+44 7700 900 318\nrowan@ashcombe-data.example\n",
    },
    {
        "id": "ci004-slovak-slash30-except",
        "description": "Slovak weekly; '203.0.113.4/30 okrem .7' leaves three production "
        "addresses; the contact's Slovak mobile written nationally; base64",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I4,
            None,
            ["203.0.113.4", "203.0.113.5", "203.0.113.6"],
            ["203.0.113.12"],
            "Mária Kováčiková",
            "kovacikova@zahorskenoviny.example",
            "+421905412378",
        ),
        "from": "Redakcia Záhorské noviny <redakcia@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb v ČR",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "body": "Dobrý deň,\n\n"
        "spoločnosť Záhorské noviny, s. r. o. (IČO " + I4 + ") žiada o prístup k XML "
        "výsledkom volieb do Poslaneckej snemovne. Píšeme o výsledkoch v pohraničí, preto "
        "by sme ich radi mali priamo od vás.\n\n"
        "Produkčné adresy: 203.0.113.4/30 okrem .7 (tá patrí bráne, dáta z nej nechodia)\n"
        "Testovacia adresa: 203.0.113.12\n\n"
        "Kontakt: Ing. Mária Kováčiková, 0905 412 378, kovacikova@zahorskenoviny.example\n\n"
        "S pozdravom\nredakcia Záhorské noviny\nNámestie slobody 3, 908 51 Holíč\n",
    },
    {
        "id": "ci005-hungarian-docx-netmask",
        "description": "English cover from an assistant; the Hungarian DOCX letter gives the "
        "production addresses as an address and netmask 255.255.255.252 (four) and the "
        "contact surname first, Hungarian order kept",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Dunamenti Hírlap Kft.",
            None,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.72"],
            "Szabó Márton",
            "szabo.marton@dunamentihirlap.example",
            "+36305124477",
        ),
        "from": "Tóth Éva <toth.eva@dunamentihirlap.example>",
        "subject": "Application - election results feed (Dunamenti Hírlap)",
        "headers": MAC_OUTLOOK,
        "body": "Dear Sir or Madam,\n\nplease find attached our application for the election "
        "results feed, signed by our managing director. Sorry it is in Hungarian, our "
        "technical colleague Márton speaks English if you need anything.\n\n"
        "Kind regards,\nÉva Tóth\noffice assistant\n",
        "attachments": [
            (
                "docx",
                "kerelem_CSU_valasztas.docx",
                {
                    "header": "Dunamenti Hírlap Kft. • 2500 Esztergom, Lőrinc utca 12.",
                    "footer": "Cégjegyzékszám: 11-09-028417 • www.dunamentihirlap.example",
                    "blocks": [
                        "Cseh Statisztikai Hivatal\nPrága",
                        "Tárgy: Kérelem a választási eredmények XML-hozzáféréséhez",
                        "Tisztelt Hivatal!",
                        "A Dunamenti Hírlap Kft. ezúton kéri a cseh parlamenti választás "
                        "eredményeit közlő szerverhez való hozzáférést. Forgatási engedélyt "
                        "nem kérünk.",
                        {
                            "rows": [
                                ["Éles szerverek", "198.51.100.64 / 255.255.255.252"],
                                ["Teszt szerver", "198.51.100.72"],
                                ["Kapcsolattartó", "Szabó Márton, informatikus"],
                                ["Telefon", "+36 30 512 4477"],
                                ["E-mail", "szabo.marton@dunamentihirlap.example"],
                            ]
                        },
                        "Esztergom, 2025. szeptember 9.\n\nKiss Gábor\nügyvezető",
                    ],
                },
            )
        ],
    },
    {
        "id": "ci006-french-filming-only-html",
        "description": "French production company, HTML only: filming at two collection "
        "points, the XML feed explicitly not needed; the sentence opens with 'La société'",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Productions du Vallon SAS",
            None,
            None,
            [],
            [],
            "Camille Roussel",
            "c.roussel@prodvallon.example",
            "+33612489037",
        ),
        "from": "Camille Roussel <c.roussel@prodvallon.example>",
        "subject": "Demande d'autorisation de tournage – élections",
        "headers": APPLE,
        "html": "<html><body><p>Madame, Monsieur,</p>"
        "<p>La société Productions du Vallon SAS prépare un documentaire de 52 minutes sur les "
        "élections en Europe centrale pour une chaîne régionale française. Nous sollicitons "
        "l'autorisation de <b>filmer</b> dans vos centres de collecte de Prague et de Plzeň "
        "le soir du scrutin (équipe de trois personnes : réalisatrice, chef opérateur, "
        "preneur de son).</p>"
        "<p>Nous n'avons pas besoin de l'accès au flux XML des résultats : le documentaire ne "
        "diffuse rien en direct.</p>"
        "<p>Votre interlocutrice sera la régisseuse, Camille Roussel "
        "(+33 6 12 48 90 37, c.roussel@prodvallon.example).</p>"
        "<p>Bien cordialement,<br>Camille Roussel<br>Productions du Vallon SAS<br>"
        "14 rue des Tanneurs, 26000 Valence</p></body></html>",
    },
    {
        "id": "ci007-spanish-respectively",
        "description": "Spanish agency; two addresses 'para producción y pruebas "
        "respectivamente' assign one role each; 8bit",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencia Meseta de Noticias, S.L.",
            None,
            None,
            ["192.0.2.101"],
            ["192.0.2.102"],
            "Lucía Ferrándiz Roca",
            "lferrandiz@agenciameseta.example",
            "+34612408775",
        ),
        "from": "Lucía Ferrándiz Roca <lferrandiz@agenciameseta.example>",
        "subject": "Solicitud de acceso a resultados electorales (XML)",
        "headers": OUTLOOK,
        "cte": "8bit",
        "body": "Estimados señores:\n\n"
        "En nombre de Agencia Meseta de Noticias, S.L. solicitamos acceso al servidor de "
        "resultados electorales en XML para nuestro servicio de noticias en español.\n\n"
        "Las direcciones IP serán 192.0.2.101 y 192.0.2.102, para producción y pruebas "
        "respectivamente.\n\n"
        "No necesitamos permiso de grabación.\n\n"
        "Un saludo,\n\nLucía Ferrándiz Roca\nJefa de Datos\nAgencia Meseta de Noticias, S.L.\n"
        "Tel. +34 612 408 775\n",
    },
    {
        "id": "ci008-italian-filming-feed-deferred",
        "description": "Italian TV asks to film now; the feed (with its planned server address) "
        "is put off to the next election, so filming only and no addresses; "
        "multipart/alternative",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telealpi Valtellina S.r.l.",
            None,
            None,
            [],
            [],
            "Giulia Sertori",
            "g.sertori@telealpi.example",
            "+393472185560",
        ),
        "from": "Giulia Sertori <g.sertori@telealpi.example>",
        "subject": "Richiesta permesso riprese – elezioni ceche",
        "headers": ZIMBRA,
        "body": "Gentili signori,\n\n"
        "Telealpi Valtellina S.r.l. chiede il permesso di effettuare riprese video presso il "
        "vostro centro di raccolta di Brno la sera delle elezioni, per un servizio del nostro "
        "telegiornale.\n\n"
        "Per quanto riguarda il feed XML dei risultati: quest'anno non ci serve, vi scriveremo "
        "in vista delle elezioni europee (il server sarà probabilmente 203.0.113.88).\n\n"
        "Referente: Giulia Sertori, cell. 347 218 5560 (dall'estero +39 347 218 5560).\n\n"
        "Cordiali saluti\nGiulia Sertori\nredazione Telealpi\n",
        "html": "<p>Gentili signori,</p><p>Telealpi Valtellina S.r.l. chiede il permesso di "
        "effettuare riprese video presso il vostro centro di raccolta di Brno la sera delle "
        "elezioni, per un servizio del nostro telegiornale.</p><p>Per quanto riguarda il feed "
        "XML dei risultati: quest'anno non ci serve, vi scriveremo in vista delle elezioni "
        "europee (il server sarà probabilmente 203.0.113.88).</p><p>Referente: Giulia "
        "Sertori, cell. 347 218 5560 (dall'estero +39 347 218 5560).</p><p>Cordiali saluti"
        "<br>Giulia Sertori<br>redazione Telealpi</p>",
    },
    {
        "id": "ci009-dutch-english-ipv6-full-form",
        "description": "Dutch broadcaster mixing Dutch and English; IPv6 production written "
        "once in full uncompressed form, an IPv4 test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Stichting Omroep Veenland",
            None,
            None,
            ["2001:db8:4a::10", "2001:db8:4a::11"],
            ["198.51.100.200"],
            "Maarten Hoogeveen",
            "m.hoogeveen@omroepveenland.example",
            "+31624813390",
        ),
        "from": "Maarten Hoogeveen <m.hoogeveen@omroepveenland.example>",
        "subject": "Aanvraag / request: election XML feed",
        "headers": EVOLUTION,
        "body": "Goedemiddag,\n\n"
        "(English below)\n\n"
        "Stichting Omroep Veenland wil graag toegang tot de XML-uitslagen van de Tsjechische "
        "verkiezingen voor onze liveblog.\n\n"
        "In English: we would like access to the results feed. Our production servers are "
        "IPv6 only:\n"
        "  2001:0db8:004a:0000:0000:0000:0000:0010\n"
        "  2001:db8:4a::11\n"
        "Test: 198.51.100.200 (old IPv4 staging box, still fine for testing)\n\n"
        "Geen filmopnames nodig / no filming.\n\n"
        "Met vriendelijke groet,\nMaarten Hoogeveen\nhoofd techniek\n+31 6 2481 3390\n",
    },
    {
        "id": "ci010-swedish-publisher-dash-range",
        "description": "Swedish newspaper and its publisher both named (publisher applies); "
        "production '203.0.113.120–122', tests from production; also a photographer",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Norrskensmedia AB",
            None,
            None,
            ["203.0.113.120", "203.0.113.121", "203.0.113.122"],
            [],
            "Ingrid Sjöberg",
            "ingrid.sjoberg@norrskensmedia.example",
            "+46703184492",
        ),
        "from": "Ingrid Sjöberg <ingrid.sjoberg@norrskensmedia.example>",
        "subject": "Ansökan: valresultat XML + fotografering",
        "headers": IPHONE,
        "body": "Hej,\n\n"
        "Tidningen Norrskenet (utgivare Norrskensmedia AB) ansöker om tillgång till era "
        "valresultat i XML och om tillstånd för vår fotograf Oskar Nyman att fotografera vid "
        "ert insamlingsställe i Prag på valnatten.\n\n"
        "Produktionsservrar: 203.0.113.120–122\n"
        "Vi testar från samma servrar.\n\n"
        "Kontakt: Ingrid Sjöberg, +46 70 318 44 92\n\n"
        "Vänliga hälsningar\nIngrid Sjöberg\nNorrskensmedia AB\n\nSkickat från min iPhone\n",
    },
    {
        "id": "ci011-portuguese-do-ao-range",
        "description": "Portuguese radio; range 'do 192.0.2.140 ao .143' (four production "
        "addresses), a test address; base64 utf-8",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rádio Atlântico Norte, Lda.",
            None,
            None,
            ["192.0.2.140", "192.0.2.141", "192.0.2.142", "192.0.2.143"],
            ["192.0.2.150"],
            "Inês Carvalhal",
            "ines.carvalhal@radioatlantico.example",
            "+351912457880",
        ),
        "from": "Inês Carvalhal <ines.carvalhal@radioatlantico.example>",
        "subject": "Pedido de acesso aos resultados eleitorais em XML",
        "headers": GMAIL,
        "cte": "base64",
        "body": "Exmos. Senhores,\n\n"
        "A Rádio Atlântico Norte, Lda. vem solicitar o acesso ao servidor com os resultados "
        "das eleições checas em formato XML, para o nosso programa sobre a Europa.\n\n"
        "Endereços de produção: do 192.0.2.140 ao .143\n"
        "Endereço de teste: 192.0.2.150\n\n"
        "Não pretendemos filmar.\n\n"
        "Pessoa de contacto: Inês Carvalhal, telemóvel +351 912 457 880.\n\n"
        "Com os melhores cumprimentos,\nInês Carvalhal\nRádio Atlântico Norte, Lda.\n"
        "Rua do Almada 211, 4050-038 Porto\n",
    },
    {
        "id": "ci012-romanian-de-la-pana-la",
        "description": "Romanian TV asks for the feed and for filming; production 'de la "
        "198.51.100.30 până la 198.51.100.32', one test address; OWA",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Carpați Media S.R.L.",
            None,
            None,
            ["198.51.100.30", "198.51.100.31", "198.51.100.32"],
            ["198.51.100.39"],
            "Andreea Vlăduțescu",
            "andreea.vladutescu@carpatimedia.example",
            "+40723418902",
        ),
        "from": "Andreea Vlăduțescu <andreea.vladutescu@carpatimedia.example>",
        "subject": "Cerere acces rezultate XML si filmare",
        "headers": OWA,
        "body": "Stimată doamnă, stimate domn,\n\n"
        "Carpați Media S.R.L. solicită:\n"
        "- acces la fluxul XML cu rezultatele alegerilor;\n"
        "- permisiunea de a filma la punctul de colectare din Ostrava.\n\n"
        "Adrese IP de producție: de la 198.51.100.30 până la 198.51.100.32\n"
        "Adresă IP de test: 198.51.100.39\n\n"
        "Persoană de contact: Andreea Vlăduțescu, tel. +40 723 418 902\n\n"
        "Cu stimă,\nAndreea Vlăduțescu\nproducător, Carpați Media S.R.L.\n",
    },
    {
        "id": "ci013-finnish-ipv6-and-ipv4",
        "description": "Finnish publisher in Finnish with an English gloss; IPv6 and IPv4 "
        "production, an IPv6 test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Pohjolan Viestintä Oy",
            None,
            None,
            ["2001:db8:fe::1", "203.0.113.160"],
            ["2001:db8:fe::2"],
            "Aino Heikkilä",
            "aino.heikkila@pohjolanviestinta.example",
            "+358407182256",
        ),
        "from": "Aino Heikkilä <aino.heikkila@pohjolanviestinta.example>",
        "subject": "Hakemus: vaalitulokset XML / application for results feed",
        "headers": TBIRD,
        "body": "Hyvä vastaanottaja,\n\n"
        "Pohjolan Viestintä Oy hakee pääsyä Tšekin vaalien tulospalveluun (XML). "
        "(We apply for access to the XML results service.)\n\n"
        "Tuotanto / production: 2001:db8:fe::1, 203.0.113.160\n"
        "Testi / test: 2001:db8:fe::2\n\n"
        "Kuvauslupaa emme tarvitse (no filming).\n\n"
        "Yhteyshenkilö / contact: Aino Heikkilä, +358 40 718 2256\n\n"
        "Ystävällisin terveisin\nAino Heikkilä\nPohjolan Viestintä Oy, Oulu\n",
    },
    {
        "id": "ci014-danish-previous-election-one-replaced",
        "description": "Danish reapplication citing the previous election's approved addresses: "
        "one production address is replaced, the others stay",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vestjysk Dataredaktion ApS",
            None,
            None,
            ["203.0.113.70", "203.0.113.75"],
            ["203.0.113.79"],
            "Mikkel Østergaard",
            "mo@vestjyskdata.example",
            "+4521489037",
        ),
        "from": "Mikkel Østergaard <mo@vestjyskdata.example>",
        "subject": "Ny ansøgning om XML-adgang (som sidst, én ændring)",
        "headers": PROTON,
        "body": "Kære ČSÚ,\n\n"
        "Vestjysk Dataredaktion ApS søger igen om adgang til valgresultaterne i XML.\n\n"
        "Ved sidste valg godkendte I disse adresser:\n"
        "  produktion 203.0.113.70 og 203.0.113.71\n"
        "  test 203.0.113.79\n\n"
        "Ændring: 203.0.113.71 er taget ud af drift og erstattet af 203.0.113.75. Resten er "
        "uændret.\n\n"
        "Ingen filmoptagelser.\n\n"
        "Venlig hilsen\nMikkel Østergaard\nudvikler, Vestjysk Dataredaktion ApS\n"
        "tlf. +45 21 48 90 37\n",
    },
]
