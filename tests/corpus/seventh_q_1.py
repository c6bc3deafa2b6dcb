"""Seventh held-out set, part ``q``, cases q001–q014 (written by hand; see seventh_q_common)."""

from __future__ import annotations

from tests.corpus.label_rules import L
from tests.corpus.seventh_q_common import FEED, REC, Style, case

CASES = [
    case(
        "q001-kft-branch-english",
        "Hungarian Kft. applying through its Czech organizační složka (the branch has the IČO); "
        "English, roles as 'live' and 'staging'; Hungarian mobile of the contact",
        Style.CZECH_BRANCH,
        L(
            [FEED],
            "Pannon Hírügynökség Kft., organizační složka",
            "28417364",
            None,
            ["198.51.100.41", "198.51.100.42"],
            ["198.51.100.77"],
            "Zsófia Kertész",
            "zs.kertesz@pannonhir.example",
            "+36301234588",
        ),
        **{
            "from": "Kertész Zsófia <zs.kertesz@pannonhir.example>",
            "subject": "Application - election results XML server (Pannon Hírügynökség)",
            "body": """Dear Sir or Madam,

on behalf of Pannon Hírügynökség Kft., organizační složka (the Prague branch
of our Budapest news agency, IČO 28417364, registered office Vinohradská 12,
Praha 2) I would like to apply for access to the dedicated XML server with
the presidential election results.

Our servers:
  live:     198.51.100.41, 198.51.100.42
  staging:  198.51.100.77

Technical and general contact is myself, Zsófia Kertész,
mobile +36 30 123 4588 (I am in Prague for the whole election weekend).

Kind regards / Üdvözlettel
Zsófia Kertész
Head of Central European desk
Pannon Hírügynökség Kft.
""",
        },
    ),
    case(
        "q002-tov-broken-czech",
        "Ukrainian TOV in Latin transliteration, broken Czech without most diacritics, "
        "three production addresses one per line, explicitly no test server, +380 phone",
        Style.BROKEN_CZECH,
        L(
            [FEED],
            "TOV Novyny Zakhid",
            None,
            None,
            ["203.0.113.14", "203.0.113.15", "203.0.113.16"],
            [],
            "Oleksandr Hnatiuk",
            "o.hnatiuk@novyny-zakhid.example",
            "+380671234567",
        ),
        **{
            "from": "Oleksandr Hnatiuk <o.hnatiuk@novyny-zakhid.example>",
            "subject": "zadost pristup k vysledkum voleb",
            "cte": "8bit",
            "body": """Dobry den,

my jsme ukrajinsky internetovy zpravodajsky portal TOV Novyny Zakhid ze Lvova,
mame v Praze dopisovatele a chceme psat o volbe prezidenta CR pro ukrajinske
ctenare v Cesku. Prosime o pristup na server s vysledky XML.

Nase IP adresy serveru:
203.0.113.14
203.0.113.15
203.0.113.16

Testovaci server nemame, neni potreba.

Kontaktni osoba je ja - Oleksandr Hnatiuk, redaktor IT
tel. +380 67 123 45 67
email o.hnatiuk@novyny-zakhid.example

Dekuji moc a omlouvam se za chyby v cestine.
Oleksandr
""",
        },
    ),
    case(
        "q003-polish-spj-crew",
        "Polish Sp. j. TV production writing English asks only to film at two collection "
        "points; crew list with three names, the contact is the producer (not the cameraman)",
        Style.CREW_LIST,
        L(
            [REC],
            "Studio Wisła Kowalczyk i Wspólnicy Sp. j.",
            None,
            None,
            [],
            [],
            "Agnieszka Kowalczyk",
            "agnieszka@studiowisla.example",
            "+48601555218",
        ),
        **{
            "from": "Agnieszka Kowalczyk <agnieszka@studiowisla.example>",
            "subject": "Filming request - election night at CZSO collection points",
            "body": """Good afternoon,

Studio Wisła Kowalczyk i Wspólnicy Sp. j. (Kraków) is producing a documentary
for Polish public television about how neighbouring countries count votes.
We would like permission to film at the collection points in Ostrava and
Olomouc on the evening of the first round (approx. 15:00-19:00).

We do not need the XML data feed - only the filming permission.

Crew:
1. Agnieszka Kowalczyk - producer (passport EA 4471120)
2. Tomasz Lis - camera (passport EB 2238190), +48 512 300 411
3. Marta Zielińska - sound (passport EA 9903771)

Please send the permit and any instructions to me. My mobile is
+48 601 555 218.

Best regards,
Agnieszka Kowalczyk
Producer, Studio Wisła
""",
        },
    ),
    case(
        "q004-gmbh-co-kg-cidr",
        "German GmbH & Co. KG, English from a technician; production as a /30 block, two "
        "test addresses; phone with (0) trunk prefix",
        Style.FOREIGN_ENGLISH,
        L(
            [FEED],
            "Rheinische Mediendienste GmbH & Co. KG",
            None,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.200", "192.0.2.201"],
            "Jens Hoffmann",
            "j.hoffmann@rmd-koeln.example",
            "+4922198765430",
        ),
        **{
            "from": "\"Hoffmann, Jens\" <j.hoffmann@rmd-koeln.example>",
            "subject": "XML results feed - IP registration Rheinische Mediendienste",
            "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
            "body": """Hello,

we (Rheinische Mediendienste GmbH & Co. KG, Cologne) deliver election data to
several German regional dailies and want to take the Czech presidential
election results directly from your XML server.

Production network: 192.0.2.64/30
Test systems: 192.0.2.200 and 192.0.2.201 (only until the final rehearsal)

Contact for all questions: Jens Hoffmann, +49 (0)221 987654-30,
j.hoffmann@rmd-koeln.example

Mit freundlichen Grüßen
Jens Hoffmann
Systemadministration
Rheinische Mediendienste GmbH & Co. KG | Amtsgericht Köln HRA 12345
""",
        },
    ),
    case(
        "q005-austrian-both-crew",
        "Austrian broadcaster GmbH, German-flavoured English; asks for both feed and filming in "
        "Brno with a crew of two; contact is the desk editor, the signer is the managing director",
        Style.CREW_LIST,
        L(
            [FEED, REC],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["198.51.100.130"],
            ["198.51.100.131"],
            "Lukas Pichler",
            "l.pichler@donauwelle.example",
            "+436641122334",
        ),
        **{
            "from": "Mag. Elisabeth Gruber <office@donauwelle.example>",
            "subject": "Antrag / application: results server + filming permission",
            "body": """Dear colleagues of the Czech Statistical Office,

Donauwelle Rundfunk GmbH (Linz, Austria) herewith applies for two things:

a) access to the XML results server for the presidential election -
   our production server has the address 198.51.100.130, the test server
   198.51.100.131;
b) the permission to make TV recordings at the collection point in Brno
   on the election evening. Team: Lukas Pichler (reporter) and Stefan Wimmer
   (camera).

Contact person for this application is Mr. Lukas Pichler,
l.pichler@donauwelle.example, mobile +43 664 1122334.

With kind regards

Mag. Elisabeth Gruber
Geschäftsführerin, Donauwelle Rundfunk GmbH
""",
        },
    ),
    case(
        "q006-british-ltd-netmask",
        "British Ltd, terse English; production given as an address with a netmask "
        "(255.255.255.254 = two addresses), no test address; UK number with (0)",
        Style.FOREIGN_ENGLISH,
        L(
            [FEED],
            "Meridian Wire Services Ltd",
            None,
            None,
            ["203.0.113.98", "203.0.113.99"],
            [],
            "Owen Price",
            "owen.price@meridianwire.example",
            "+442079460123",
        ),
        **{
            "from": "Owen Price <owen.price@meridianwire.example>",
            "subject": "Election feed access - Meridian Wire",
            "body": """Hi,

Meridian Wire Services Ltd would like to register for the Czech presidential
election XML feed.

Source network (production): 203.0.113.98 netmask 255.255.255.254
No separate test environment.

Contact: Owen Price, Data Desk, +44 (0)20 7946 0123.

Cheers,
Owen

--
Owen Price | Data Desk | Meridian Wire Services Ltd
Registered in England and Wales No. 04512278
""",
        },
    ),
    case(
        "q007-agency-for-us-inc",
        "Czech PR agency files the application for a US Inc.; the applicant is named in a "
        "labelled line, the agency's IČO is the representative's, not the applicant's",
        Style.AGENCY_FOR_CLIENT,
        L(
            [FEED],
            "Northfield Wire, Inc.",
            None,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.59"],
            "Tereza Malá",
            "mala@prmost.example",
            "+420731445210",
        ),
        **{
            "from": "Tereza Malá <mala@prmost.example>",
            "subject": "Žádost o přístup k XML serveru – Northfield Wire, Inc.",
            "body": """Dobrý den,

zastupujeme amerického klienta a v jeho zastoupení (plná moc v příloze
poštou) podáváme žádost o přístup k serveru s výsledky voleb.

Žadatel: Northfield Wire, Inc., 1200 Market Street, Philadelphia, PA, USA
Zástupce žadatele: PR Most s.r.o., IČO 06912257

IP adresy (ostrý provoz): 203.0.113.50, 203.0.113.51
IP adresa (test): 203.0.113.59

Kontaktní osobou pro tuto žádost jsem já – Tereza Malá, tel. 731 445 210.
Technické dotazy klient posílá přes nás, prosíme tedy komunikovat se mnou.

S pozdravem

Tereza Malá
account manager
PR Most s.r.o.
""",
        },
    ),
    case(
        "q008-freelancer-no-diacritics",
        "Czech freelancer (natural person, IČO as a trade licence holder) without diacritics, "
        "one home-server address, no test",
        Style.FREELANCER,
        L(
            [FEED],
            "Radek Vondrasek",
            "29503183",
            None,
            ["198.18.4.20"],
            [],
            "Radek Vondrasek",
            "radek.vondrasek@postak.example",
            "+420602118934",
        ),
        **{
            "from": "Radek Vondrasek <radek.vondrasek@postak.example>",
            "subject": "zadost - volby xml",
            "headers": [("X-Mailer", "Gmail")],
            "body": """Dobry den,

jsem nezavisly datovy novinar (OSVC, ICO 29503183), delam volebni mapy pro
nekolik regionalnich webu a rad bych bral vysledky primo z vaseho serveru.

Server, ze ktereho se budu pripojovat: 198.18.4.20
Testovaci adresu nepotrebuju.

Kontakt: 602 118 934, tento mail.

Diky, Radek Vondrasek
""",
        },
    ),
    case(
        "q009-student-thesis-university",
        "Doctoral student applies for a university research group; the university is the "
        "applicant (IČO given), the student the contact; 'primary'/'secondary' both production",
        Style.STUDENT_RESEARCHER,
        L(
            [FEED],
            "Vysoká škola politických studií Brno, z. ú.",
            "04715233",
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Kristýna Holubová",
            "holubova@vsps-brno.example",
            "+420777310552",
        ),
        **{
            "from": "Kristýna Holubová <holubova@vsps-brno.example>",
            "subject": "Žádost VŠPS Brno – přístup k průběžným výsledkům",
            "body": """Vážená paní, vážený pane,

jsem doktorandka Katedry politologie a v rámci výzkumného projektu
o rychlosti sčítání hlasů bychom za Vysokou školu politických studií
Brno, z. ú. (IČO 04715233) rádi získali přístup k vyhrazenému serveru
s výsledky ve formátu XML. Data budeme používat jen k výzkumu, nebudeme
je veřejně publikovat v reálném čase.

Servery fakulty:
– primární: 192.0.2.140
– sekundární (záložní): 192.0.2.141
– testovací stroj: 192.0.2.150

Vedoucí projektu je doc. PhDr. Pavel Šír, Ph.D.; kontaktní osobou
pro tuto žádost jsem však já.

Kristýna Holubová
Katedra politologie
Vysoká škola politických studií Brno, z. ú.
mob. +420 777 310 552
""",
        },
    ),
    case(
        "q010-slovak-as-both-ipv6",
        "Slovak TV a.s. writing Slovak; both feed and filming; IPv6 production next to IPv4, "
        "Slovak mobile; the Slovak registration number (no Czech IČO) is not labelled",
        Style.SLOVAK,
        L(
            [FEED, REC],
            "TV Tatry, a.s.",
            None,
            None,
            ["198.51.100.200", "2001:db8:7a::10"],
            ["198.51.100.210"],
            "Michal Ďurica",
            "durica@tvtatry.example",
            "+421905332118",
        ),
        **{
            "from": "Michal Ďurica <durica@tvtatry.example>",
            "subject": "Žiadosť o prístup k výsledkom a o povolenie nakrúcania",
            "body": """Dobrý deň,

spoločnosť TV Tatry, a.s., so sídlom v Poprade, žiada:

1. o sprístupnenie servera s výsledkami voľby prezidenta vo formáte XML.
   Produkčné adresy: 198.51.100.200 a 2001:db8:7a::10 (IPv6),
   testovacia adresa: 198.51.100.210;
2. o povolenie nakrúcať na preberacom mieste v Prahe počas volebnej noci
   (redaktorka Jana Vargová, kameraman Peter Kolár).

Kontaktná osoba: Michal Ďurica, vedúci spravodajstva,
tel. +421 905 332 118.

S pozdravom
Michal Ďurica
TV Tatry, a.s.
""",
        },
    ),
    case(
        "q011-databox-branch-pdf",
        "Data-box message from the Czech branch of an Austrian publisher; the annotation is "
        "short, the application is a PDF letter with an address table; the box ID is the sender's",
        Style.DATABOX,
        L(
            [FEED],
            "Alpenpresse Verlag GmbH, odštěpný závod Praha",
            "27639142",
            "x7kq2mb",
            ["192.0.2.33", "192.0.2.34", "192.0.2.35"],
            ["192.0.2.36"],
            "Martina Steiner",
            "m.steiner@alpenpresse.example",
            "+420604771209",
        ),
        **{
            "subject": "Žádost o přístup k XML výsledkům voleb",
            "databox": {
                "box": "x7kq2mb",
                "sender": "Alpenpresse Verlag GmbH, odštěpný závod Praha",
                "address": "Karlín, Křižíkova 40, 186 00 Praha 8",
            },
            "attachments": [
                (
                    "pdf",
                    "zadost_alpenpresse.pdf",
                    [
                        "Alpenpresse Verlag GmbH, odštěpný závod Praha\nKřižíkova 40, 186 00 "
                        "Praha 8, IČO 27639142",
                        "Věc: Žádost o zpřístupnění serveru s výsledky voleb ve formátu XML",
                        "Žádáme o přístup k vyhrazenému serveru pro hromadné sdělovací "
                        "prostředky. Naše IP adresy uvádíme v tabulce.",
                        {
                            "rows": [
                                ["IP adresa", "Účel"],
                                ["192.0.2.33", "ostrý provoz"],
                                ["192.0.2.34", "ostrý provoz"],
                                ["192.0.2.35", "ostrý provoz – záloha"],
                                ["192.0.2.36", "test"],
                            ],
                            "widths": [140, 160],
                        },
                        "Kontaktní osoba: Martina Steiner, tel. 604 771 209, "
                        "m.steiner@alpenpresse.example",
                        "Ing. Martina Steiner\nvedoucí organizační složky",
                    ],
                )
            ],
        },
    ),
    case(
        "q012-bv-docx-test-range",
        "Dutch B.V. news agency, English mail, application in a DOCX with a table; "
        "test addresses as a written range of three",
        Style.ATTACHMENT,
        L(
            [FEED],
            "Lage Landen Persbureau B.V.",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            "Sanne de Vries",
            "s.devries@llpersbureau.example",
            "+31612345678",
        ),
        **{
            "from": "Sanne de Vries <s.devries@llpersbureau.example>",
            "subject": "Application form - Lage Landen Persbureau",
            "body": """Dear Madam/Sir,

please find our application for the election results server attached
(Word document). Should anything be missing, just let me know.

Best,
Sanne de Vries
""",
            "attachments": [
                (
                    "docx",
                    "LLP_application_CZSO.docx",
                    {
                        "header": "Lage Landen Persbureau B.V. – Keizersgracht 88, Amsterdam",
                        "blocks": [
                            "Application for access to the election results XML server",
                            {
                                "rows": [
                                    ["Applicant", "Lage Landen Persbureau B.V."],
                                    ["Production IPs", "203.0.113.120, 203.0.113.121"],
                                    ["Test IPs", "203.0.113.20 – 203.0.113.22"],
                                    ["Contact person", "Sanne de Vries"],
                                    ["E-mail", "s.devries@llpersbureau.example"],
                                    ["Phone", "+31 6 12345678"],
                                ]
                            },
                            "Amsterdam, 2 December 2022",
                        ],
                    },
                )
            ],
        },
    ),
    case(
        "q013-sa-filming-declines-feed",
        "Spanish S.A. correspondent writes English: filming at the Prague collection point; "
        "the feed is explicitly not wanted ('we will not need'), though an office IP is mentioned",
        Style.FOREIGN_ENGLISH,
        L(
            [REC],
            "Ibérica de Noticias S.A.",
            None,
            None,
            [],
            [],
            "Carlos Medina",
            "cmedina@ibericanoticias.example",
            "+34612778045",
        ),
        **{
            "from": "Carlos Medina <cmedina@ibericanoticias.example>",
            "subject": "Permission to film - Ibérica de Noticias",
            "body": """Dear Sirs,

I am the Central Europe correspondent of Ibérica de Noticias S.A. (Madrid).
We would like to record a short TV piece at your collection point in Prague
on election night (one camera, two people: myself and camerawoman Lucía
Ortega).

We will not need the XML results connection; our agency in Madrid takes the
results from the public website.

You can reach me at +34 612 778 045 or at this address.

Yours faithfully,
Carlos Medina
""",
        },
    ),
    case(
        "q014-hungarian-minority-slovak",
        "Hungarian-language weekly from southern Slovakia writing Slovak with Hungarian names; "
        "roles given in brackets after each address; the signer is the contact",
        Style.SLOVAK,
        L(
            [FEED],
            "Csallóközi Hírek s.r.o.",
            None,
            None,
            ["198.18.77.5"],
            ["198.18.77.6"],
            "Gábor Nagy",
            "nagy.gabor@csallokozihirek.example",
            "+421918442610",
        ),
        **{
            "from": "Nagy Gábor <nagy.gabor@csallokozihirek.example>",
            "subject": "Žiadosť - XML výsledky voľby prezidenta ČR",
            "body": """Vážení,

sme maďarskojazyčný týždenník z Dunajskej Stredy (vydavateľ Csallóközi
Hírek s.r.o.) a pre našich čitateľov, ktorí majú aj české občianstvo,
pripravujeme online prenos výsledkov. Prosíme o prístup k XML serveru:

198.18.77.5 (produkcia)
198.18.77.6 (test)

Ďakujem,
Gábor Nagy, šéfredaktor
+421 918 442 610
""",
        },
    ),
]
