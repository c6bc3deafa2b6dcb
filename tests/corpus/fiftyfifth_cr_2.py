"""Fifty-fifth held-out part ``cr``, cases cr015–cr028: a French SAS letter in a PDF, a German
GmbH with "bzw.", a university's data message withdrawing the filming, a Portuguese/English
IPv6 mail, a Slovak freelance photographer, a regional TV with a temporary election host, an
agency's data message with a workbook, a reply replacing an address, a conditional filming
request, an application for a later election in an ODT, a Belgian filming-only request, a
British institute's IPv6 /126 letter, a withdrawn feed request and a photographer's data
message. Written by hand apart from the extraction rules (see make_fiftyfifth_cr); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfifth_cr_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I17, I20, I21, I22, I23, I24, I27, I28 = (
    ico("6832150"),
    ico("2840516"),
    ico("4571932"),
    ico("0524718"),
    ico("2968041"),
    ico("0719385"),
    ico("2493617"),
    ico("7412058"),
)

_QUOTE = (
    "> Dobrý den,\n"
    "> \n"
    "> děkujeme za žádost. Adresa 192.0.2.5 je podle našich záznamů loni hlášená jako\n"
    "> testovací; prosíme o potvrzení, které adresy mají být produkční a které testovací.\n"
    "> \n"
    "> S pozdravem\n"
    "> Oddělení volebních aplikací\n"
    "> Český statistický úřad, Na padesátém 81, Praha 10\n"
    "> tel. +420 274 052 733\n"
    "> \n"
    "> -----Původní zpráva-----\n"
    "> Od: Radim Kučera <kucera@moravskelisty.example>\n"
    "> \n"
    ">> prosíme o přístup, adresy 192.0.2.5 a 192.0.2.56, test 192.0.2.60.\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "cr015-french-sas-letter-pdf",
        "description": "French long formal letter in a PDF behind a one-line cover: the sentence "
        "opens with 'Les Éditions … souhaitent' but the letterhead writes the SAS without the "
        "article; feed and filming; the technical manager named as contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Éditions du Rhône Libre SAS",
            None,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.159"],
            "Julien Moreau",
            "j.moreau@rhonelibre.example",
            "+33612784053",
        ),
        "from": "Secrétariat de rédaction <redaction@rhonelibre.example>",
        "subject": "Demande d'accès aux résultats électoraux et autorisation de tournage",
        "headers": OUTLOOK,
        "body": "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre demande.\n\n"
        "Bien cordialement,\nLe secrétariat de rédaction\n",
        "attachments": [
            (
                "pdf",
                "demande_CSU_RhoneLibre.pdf",
                [
                    "Éditions du Rhône Libre SAS – 14, quai Saint-Vincent, 69001 Lyon – "
                    "SIREN 812 447 903",
                    "À l'attention de l'Office tchèque de statistique (ČSÚ), Prague",
                    "Objet : demande d'accès au serveur des résultats électoraux et "
                    "d'autorisation de tournage",
                    "Madame, Monsieur,",
                    "Les Éditions du Rhône Libre souhaitent couvrir les prochaines élections "
                    "en République tchèque dans le cadre d'un dossier européen consacré aux "
                    "scrutins régionaux. À cette fin, nous sollicitons, d'une part, l'accès "
                    "au serveur dédié diffusant les résultats au format XML et, d'autre part, "
                    "l'autorisation pour une équipe de deux personnes de filmer dans vos "
                    "locaux pendant la soirée électorale.",
                    {
                        "rows": [
                            ["Serveurs de production", "198.51.100.150, 198.51.100.151"],
                            ["Serveur de test", "198.51.100.159"],
                        ],
                        "widths": [170, 230],
                    },
                    "Notre responsable technique, M. Julien Moreau "
                    "(j.moreau@rhonelibre.example, +33 6 12 78 40 53), se tient à votre "
                    "disposition pour toute question.",
                    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos "
                    "salutations distinguées.",
                    "Claire Bonnefoy\nDirectrice de la publication",
                ],
            )
        ],
    },
    {
        "id": "cr016-german-gmbh-bzw",
        "description": "German GmbH (multipart/alternative from OWA): 'Produktions- bzw. "
        "Testsystem: 203.0.113.90 bzw. 203.0.113.91' pairs the roles by order; 'Die … GmbH "
        "beantragt' opens with an article; HRB number is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Sachsenspiegel Medien GmbH",
            None,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Henrike Albers",
            "h.albers@sachsenspiegel.example",
            "+491712846390",
        ),
        "from": "Dr. Henrike Albers <h.albers@sachsenspiegel.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML)",
        "headers": OWA,
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "die Sachsenspiegel Medien GmbH beantragt den Zugang zum XML-Server mit den "
        "Wahlergebnissen.\n\n"
        "IP-Adresse Produktions- bzw. Testsystem: 203.0.113.90 bzw. 203.0.113.91\n\n"
        "Ansprechpartnerin: Dr. Henrike Albers, Leiterin Datenjournalismus, "
        "mobil +49 171 2846390\n\n"
        "Mit freundlichen Grüßen\nHenrike Albers\n\n"
        "Sachsenspiegel Medien GmbH | Königsbrücker Str. 22 | 01099 Dresden\n"
        "Amtsgericht Dresden HRB 38214\n",
        "html": "<html><body><p>Sehr geehrte Damen und Herren,</p>"
        "<p>die Sachsenspiegel Medien GmbH beantragt den Zugang zum XML-Server mit den "
        "Wahlergebnissen.</p>"
        "<p>IP-Adresse Produktions- bzw. Testsystem: 203.0.113.90 bzw. 203.0.113.91</p>"
        "<p>Ansprechpartnerin: Dr. Henrike Albers, Leiterin Datenjournalismus, "
        "mobil +49 171 2846390</p>"
        "<p>Mit freundlichen Grüßen<br>Henrike Albers</p>"
        '<p style="color:#777">Sachsenspiegel Medien GmbH | Königsbrücker Str. 22 | '
        "01099 Dresden<br>Amtsgericht Dresden HRB 38214</p></body></html>",
    },
    {
        "id": "cr017-databox-university-filming-withdrawn-rtf",
        "description": "data message from a university: the RTF asks for feed and filming, the "
        "annotation withdraws the filming; a written range of two production addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysoká škola mediálních studií Brno, z. ú.",
            I17,
            "u3hx8pe",
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Tereza Holubová",
            "holubova@vsms.example",
            "+420541227318",
        ),
        "databox": box(
            "u3hx8pe", "Vysoká škola mediálních studií Brno, z. ú.", "Údolní 58, 602 00 Brno"
        ),
        "subject": "Žádost o výsledky voleb. Pozn.: o natáčení již nežádáme (viz příloha), "
        "bereme zpět - stačí data.",
        "attachments": [
            (
                "rtf",
                "zadost_VSMS.rtf",
                [
                    "Vysoká škola mediálních studií Brno, z. ú., IČO " + I17,
                    "Žádost o zpřístupnění výsledků voleb a povolení natáčení",
                    "Žádáme o: 1) přístup k XML s výsledky, 2) povolení natáčet na "
                    "pracovišti ČSÚ v Brně.",
                    [
                        ["Produkční IP", "192.0.2.200 - 192.0.2.201"],
                        ["Testovací IP", "192.0.2.210"],
                        ["Kontakt", "Mgr. Tereza Holubová, holubova@vsms.example, 541 227 318"],
                    ],
                    "V Brně dne 2. 9. 2025, Ing. Libor Dvořák, ředitel",
                ],
            )
        ],
    },
    {
        "id": "cr018-portuguese-english-ipv6",
        "description": "Portuguese online paper mixing Portuguese and English: IPv6 addresses "
        "only, two production and one test; NIPC is no IČO",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Jornal Tejo Digital, Lda.",
            None,
            None,
            ["2001:db8:1f0::20", "2001:db8:1f0::21"],
            ["2001:db8:1f0::99"],
            "Rui Carvalho",
            "rui.carvalho@tejodigital.example",
            "+351912407385",
        ),
        "from": "Rui Carvalho <rui.carvalho@tejodigital.example>",
        "subject": "XML election feed – Jornal Tejo Digital",
        "headers": GMAIL,
        "body": "Bom dia / good morning,\n\n"
        "Jornal Tejo Digital, Lda. (NIPC 514 280 377) gostaria de ter acesso ao feed XML "
        "dos resultados eleitorais. We are IPv6-only on the news side:\n\n"
        "produção: 2001:db8:1f0:0:0:0:0:20, 2001:db8:1f0::21\n"
        "testes / staging: 2001:db8:1f0::0099\n\n"
        "Não precisamos de autorização de filmagem.\n\n"
        "Obrigado! Rui Carvalho (tech lead), +351 912 407 385\n",
    },
    {
        "id": "cr019-slovak-freelance-photographer",
        "description": "terse Slovak note from a freelance photographer: filming only; the "
        "dash after his name describes his work, so his own name is the applicant; "
        "no IČO",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Marek Hudák",
            None,
            None,
            [],
            [],
            "Marek Hudák",
            "marek.hudak@fotohudak.example",
            "+421908471263",
        ),
        "from": "Marek Hudák <marek.hudak@fotohudak.example>",
        "subject": "fotenie vo volebnu noc",
        "headers": SAMSUNG,
        "body": "Dobry den,\n\nprosim o povolenie fotit na vasom pracovisku vo volebnu noc "
        "(pre SITA a par regionalnych webov). Data nepotrebujem.\n\n"
        "Marek Hudák – fotograf na voľnej nohe\n0908 471 263\n\n"
        "Odoslané z telefónu Samsung\n",
    },
    {
        "id": "cr020-regional-tv-temporary-host-1250",
        "description": "Czech regional TV in windows-1250 8bit: two production servers plus a "
        "temporary host only for this election, which it asks to allow as production; "
        "testing from a named address; filming too",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Televize Horácko s.r.o.",
            I20,
            None,
            ["198.51.100.70", "198.51.100.71", "198.51.100.78"],
            ["198.51.100.79"],
            "Vojtěch Polák",
            "polak@tvhoracko.example",
            "+420603841275",
        ),
        "from": "Vojtěch Polák <polak@tvhoracko.example>",
        "subject": "Žádost TV Horácko – volby (data + natáčení)",
        "headers": TBIRD,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "Televize Horácko s.r.o., IČO " + I20 + ", žádá o:\n"
        "– zpřístupnění výsledků voleb v XML,\n"
        "– povolení natáčet ve volebním štábu ČSÚ v Jihlavě.\n\n"
        "Produkční servery: 198.51.100.70 a 198.51.100.71. Na volební víkend přidáváme "
        "dočasný server 198.51.100.78 (po volbách ho zrušíme) – i ten prosím povolte jako "
        "produkční. Testovat budeme z 198.51.100.79.\n\n"
        "Kontakt: Vojtěch Polák, technický ředitel, 603 841 275.\n\n"
        "S pozdravem\nVojtěch Polák\nTelevize Horácko s.r.o., Havlíčkova 9, Jihlava\n",
    },
    {
        "id": "cr021-databox-agency-cidr-xlsx",
        "description": "data message from a press agency with a two-sheet workbook: a /30 "
        "production block on the first sheet, the contact on the second; short annotation",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Moravskoslezská zpravodajská agentura, a.s.",
            I21,
            "a8pz4tk",
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.68"],
            "Dalibor Kubíček",
            "kubicek@mszag.example",
            "+420596118402",
        ),
        "databox": box(
            "a8pz4tk",
            "Moravskoslezská zpravodajská agentura, a.s.",
            "Nádražní 188, 702 00 Ostrava",
        ),
        "subject": "Volby - žádost o přístup",
        "attachments": [
            (
                "xlsx",
                "MSZA_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Moravskoslezská zpravodajská agentura, a.s.", "", ""],
                            ["Typ", "Rozsah / adresa", "Pozn."],
                            ["produkce", "203.0.113.64/30", "4 uzly clusteru"],
                            ["test", "203.0.113.68", ""],
                        ],
                        "merge": ["A1:C1"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Žadatel", "Moravskoslezská zpravodajská agentura, a.s."],
                            ["IČO", I21],
                            ["Kontaktní osoba", "Kubíček Dalibor"],
                            ["E-mail", "kubicek@mszag.example"],
                            ["Telefon", "596 118 402"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cr022-reply-address-replaced",
        "description": "reply above quoted history (with the office's signature and phone): "
        "192.0.2.5 is replaced by 192.0.2.55, so production is .55 and .56, the test .60 "
        "as first written",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Moravské listy online, z. s.",
            I22,
            None,
            ["192.0.2.55", "192.0.2.56"],
            ["192.0.2.60"],
            "Radim Kučera",
            "kucera@moravskelisty.example",
            "+420777305184",
        ),
        "from": "Radim Kučera <kucera@moravskelisty.example>",
        "subject": "Re: Žádost o přístup – Moravské listy online",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\n"
        "máte pravdu, 192.0.2.5 je stará adresa, nahrazuje ji 192.0.2.55. Produkční jsou "
        "tedy 192.0.2.55 a 192.0.2.56, testovací zůstává 192.0.2.60.\n\n"
        "Radim Kučera\nMoravské listy online, z. s., IČO "
        + I22
        + "\ntel. 777 305 184\n\n"
        + _QUOTE,
    },
    {
        "id": "cr023-conditional-filming-weekly",
        "description": "Czech weekly asks for the feed and, 'pokud to půjde', for filming too – "
        "a conditional request that still asks; production only, testing on it",
        "style": Style.TERSE,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Luhačovické Zálesí, s.r.o.",
            I23,
            None,
            ["198.18.7.40"],
            [],
            "Blanka Šustková",
            "sustkova@zalesi.example",
            "+420605218749",
        ),
        "from": "Blanka Šustková <sustkova@zalesi.example>",
        "subject": "volby XML + foto",
        "headers": SEZNAM,
        "body": "Dobrý den, za Vydavatelství Luhačovické Zálesí, s.r.o. (IČO " + I23 + ") "
        "prosím o přístup k výsledkům, IP 198.18.7.40, testovat budu na té samé. "
        "Pokud to půjde, prosíme i o povolení fotit ve volebním centru ve Zlíně.\n"
        "Díky, B. Šustková, 605 218 749\n",
    },
    {
        "id": "cr024-later-election-odt",
        "description": "civic association applies as a whole for next year's regional election "
        "(counts); the ODT lists 'respektive' paired addresses; the chair signs, the "
        "secretary is the contact",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Občanský žurnál Podluží, z. s.",
            I24,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Pavla Hanáková",
            "hanakova@zurnalpodluzi.example",
            "+420732109846",
        ),
        "from": "Občanský žurnál Podluží <redakce@zurnalpodluzi.example>",
        "subject": "Žádost na krajské volby 2028",
        "headers": IPHONE,
        "body": "Dobrý den, posíláme s předstihem žádost na příští krajské volby, viz "
        "příloha.\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "odt",
                "zadost_kraj_2028.odt",
                [
                    "Občanský žurnál Podluží, z. s., Masarykova 5, 690 02 Břeclav, IČO " + I24,
                    "Žádost k volbám do zastupitelstev krajů 2028",
                    "Pro krajské volby 2028 žádáme o přístup k výsledkům ve formátu XML a o "
                    "povolení natáčet na krajském pracovišti ČSÚ v Brně.",
                    "Adresy produkčního, respektive testovacího serveru: 198.51.100.33, "
                    "respektive 198.51.100.34.",
                    [
                        ["Kontaktní osoba", "Pavla Hanáková, jednatelka spolku"],
                        ["E-mail", "hanakova@zurnalpodluzi.example"],
                        ["Telefon", "732 109 846"],
                    ],
                    "Jan Kostelník, předseda",
                ],
            )
        ],
    },
    {
        "id": "cr025-belgian-tournage-uniquement",
        "description": "Belgian local TV in French (multipart/alternative): 'uniquement une "
        "autorisation de tournage, pas d'accès aux données' – filming only; BCE number "
        "is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Télévision locale Canal Senne ASBL",
            None,
            None,
            [],
            [],
            "Amélie Janssens",
            "a.janssens@canalsenne.example",
            "+32475128460",
        ),
        "from": "Amélie Janssens <a.janssens@canalsenne.example>",
        "subject": "Autorisation de tournage – soirée électorale",
        "headers": OUTLOOK,
        "body": "Bonjour,\n\nTélévision locale Canal Senne ASBL (BCE 0458.217.396) prépare un "
        "reportage sur les élections tchèques. Nous demandons uniquement une autorisation "
        "de tournage, pas d'accès aux données.\n\nÉquipe : Amélie Janssens (journaliste, "
        "contact) et Bart Peeters (caméra).\n\nAmélie Janssens\n+32 475 12 84 60\n",
        "html": "<html><body><p>Bonjour,</p><p>Télévision locale Canal Senne ASBL (BCE "
        "0458.217.396) prépare un reportage sur les élections tchèques. Nous demandons "
        "<u>uniquement une autorisation de tournage, pas d'accès aux données</u>.</p>"
        "<p>Équipe : Amélie Janssens (journaliste, contact) et Bart Peeters (caméra).</p>"
        "<p>Amélie Janssens<br>+32 475 12 84 60</p></body></html>",
    },
    {
        "id": "cr026-british-institute-ipv6-126-docx",
        "description": "British research institute's formal letter in a DOCX: an IPv6 /126 block "
        "(four addresses) for production, no test; a charity number is no IČO; the director "
        "signs, a research fellow is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Northgate Institute for Electoral Research",
            None,
            None,
            ["2001:db8:ab::10", "2001:db8:ab::11", "2001:db8:ab::12", "2001:db8:ab::13"],
            [],
            "Fiona McAllister",
            "f.mcallister@nier.example",
            "+441314960372",
        ),
        "from": "Fiona McAllister <f.mcallister@nier.example>",
        "subject": "Application for access to the Czech election results feed",
        "headers": OUTLOOK,
        "body": "Dear Sir or Madam,\n\nPlease find attached our formal application.\n\n"
        "Kind regards,\nDr Fiona McAllister\n",
        "attachments": [
            (
                "docx",
                "NIER_application_CSU.docx",
                {
                    "header": "Northgate Institute for Electoral Research | 7 Calton Row, "
                    "Edinburgh EH7 5AB",
                    "footer": "Registered Scottish charity SC048213",
                    "blocks": [
                        "Czech Statistical Office\nPrague",
                        "Re: Access to the dedicated election results server",
                        "Dear Sir or Madam,",
                        "The Northgate Institute for Electoral Research is an independent "
                        "research institute studying turnout and results reporting across "
                        "Central Europe. For our live monitoring project we respectfully "
                        "request access to the XML results feed on election night.",
                        "Our collector runs on the IPv6 block 2001:db8:ab::10/126. We do not "
                        "operate a separate test environment and will test against "
                        "production. We shall not require permission to film.",
                        "The contact for this application is Dr Fiona McAllister, Research "
                        "Fellow (f.mcallister@nier.example, +44 131 496 0372).",
                        "Yours faithfully,\nProfessor Alasdair Grant\nDirector",
                    ],
                },
            )
        ],
    },
    {
        "id": "cr027-feed-withdrawn-filming-only",
        "description": "documentary studio asks for feed and filming, then a P.S. withdraws the "
        "feed (they take results from an agency): filming only, the addresses go with it",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Dokumentární studio Kmen s.r.o.",
            I27,
            None,
            [],
            [],
            "Adéla Rybářová",
            "rybarova@studiokmen.example",
            "+420739620154",
        ),
        "from": "Adéla Rybářová <rybarova@studiokmen.example>",
        "subject": "žádost - natáčení a data, volby",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "natáčíme dokument o sčítání hlasů a prosíme o povolení natáčet ve vašem "
        "volebním centru a o přístup k XML výsledkům (IP 203.0.113.140, test "
        "203.0.113.141).\n\n"
        "Adéla Rybářová, produkce\nDokumentární studio Kmen s.r.o., IČO " + I27 + "\n"
        "739 620 154\n\n"
        "P.S. Kolega mi právě říká, že výsledky bereme přes agenturu, takže o přístup k "
        "datům nakonec nežádáme – jen o to natáčení.\n",
    },
    {
        "id": "cr028-databox-photographer-osvc-odt",
        "description": "data message from a natural person in business: filming only, the ODT "
        "gives name, IČO and a mobile; the box's registered name has the diacritics",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Petr Sýkora",
            I28,
            "p5sk9wd",
            [],
            [],
            "Petr Sýkora",
            "sykora@sykorafoto.example",
            "+420775403812",
        ),
        "databox": box("p5sk9wd", "Petr Sýkora", "Komenského 40, 500 03 Hradec Králové", 40),
        "subject": "Povolení fotografovat - volby",
        "attachments": [
            (
                "odt",
                "povoleni_foto.odt",
                [
                    "Petr Sykora, fotograf a kameraman, ICO " + I28,
                    "Zadam o povoleni fotografovat a natacet na pracovisti CSU v Hradci "
                    "Kralove behem scitani hlasu. Pristup k datum nepotrebuji.",
                    [
                        ["E-mail", "sykora@sykorafoto.example"],
                        ["Mobil", "775 403 812"],
                    ],
                ],
            )
        ],
    },
]
