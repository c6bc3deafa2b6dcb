"""Tenth held-out part ``z``, cases z029–z042: Polish, Belgian, Austrian and American
applicants, a town that counts its addresses, a contractor for a German broadcaster, a Slovak
university and agency, a plain-text form, a conditional filming request, a forwarded request
with a corrected address, a data message with a text file, a spreadsheet with a NAT host and
a signed message giving roles with 'resp.'. Written by hand; labels read from the text as
LABELS.md says."""

from __future__ import annotations

from typing import Any

from tests.corpus.tenth_z_common import BOTH, FEED, REC, L, Style

_SALZACH_ORIGINAL: dict[str, Any] = {
    "id": "z038-original",
    "from": "Anna Gruber <anna.gruber@salzach-zeitung.example>",
    "to": "podatelna@czso.cz",
    "subject": "Antrag: Zugang zu den Wahlergebnissen (XML)",
    "body": """Sehr geehrte Damen und Herren,

die Salzach Zeitungsverlag GmbH (Salzburger Landeszeitung) beantragt den Zugang zum
XML-Ergebnisserver für die Präsidentschaftswahl.

Produktion: 203.0.113.64
Test: 203.0.113.65

Technischer Ansprechpartner: Thomas Huber, IT, huber@salzach-zeitung.example,
Tel. +43 662 8044 271

Mit freundlichen Grüßen
Anna Gruber
Chefredaktion
""",
}

CASES: list[dict[str, Any]] = [
    {
        "id": "z029-polish-tv-filming-polish",
        "description": "Polish regional TV asks in Polish only for permission to film at the "
        "Ostrava collection point; Polish landline with area code",
        "style": Style.RECORDING,
        "from": "Piotr Zieliński <p.zielinski@tvr-opole.example>",
        "subject": "Prośba o zgodę na filmowanie – wybory prezydenckie w Czechach",
        "body": """Szanowni Państwo,

Telewizja Regionalna Opole sp. z o.o. przygotowuje materiał o wyborach
prezydenckich w Republice Czeskiej. Zwracamy się z prośbą o zgodę na filmowanie
w punkcie odbioru wyników w Ostrawie w nocy po zamknięciu lokali wyborczych
(ekipa dwuosobowa: reporter i operator).

Osoba do kontaktu: Piotr Zieliński, tel. +48 77 441 20 19

Z wyrazami szacunku
Piotr Zieliński
wydawca serwisu informacyjnego
""",
        "charset": "iso-8859-2",
        "labels": L(
            REC,
            "Telewizja Regionalna Opole sp. z o.o.",
            None,
            None,
            [],
            [],
            "Piotr Zieliński",
            "p.zielinski@tvr-opole.example",
            "+48774412019",
        ),
    },
    {
        "id": "z030-town-counts-addresses-signed",
        "description": "Town press office, S/MIME signed; addresses announced by count, the "
        "second written only by its last octet",
        "style": Style.NOTATION,
        "from": "Hana Veselá <vesela@kamenice-mesto.example>",
        "subject": "Město Kamenice nad Orlicí – žádost o přístup k výsledkům voleb",
        "body": """Dobrý den,

Město Kamenice nad Orlicí, IČO 00231371, vydává Kamenický zpravodaj a na svém
webu bude zveřejňovat výsledky volby prezidenta. Žádáme proto o přístup k XML.

Adresy pro ostrý provoz máme dvě: 192.0.2.180 a .181.
Testovací adresu jednu: 192.0.2.189.

Kontakt: Ing. Hana Veselá, tisková mluvčí, +420 465 500 212

S pozdravem
Ing. Hana Veselá
Městský úřad Kamenice nad Orlicí
""",
        "smime": True,
        "labels": L(
            FEED,
            "Město Kamenice nad Orlicí",
            "00231371",
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Hana Veselá",
            "vesela@kamenice-mesto.example",
            "+420465500212",
        ),
    },
    {
        "id": "z031-contractor-for-bavarian-tv",
        "description": "Consultancy writes in English for a German TV, which applies; the "
        "consultant is the named contact; IPv6 and IPv4 production, IPv6 test",
        "style": Style.CONTRACTOR,
        "from": "Florian Brandl <f.brandl@netops-consulting.example>",
        "subject": "Access request on behalf of Donau Fernsehen GmbH",
        "body": """Dear colleagues,

NetOps Consulting runs the streaming and graphics infrastructure of Donau Fernsehen
GmbH (Passau). On their behalf - the applicant is Donau Fernsehen GmbH, see the
signed authorisation attached - I request access to the XML results server for
the Czech presidential election, which they will cover live with on-screen graphics.

Production:
  2001:db8:d0::80
  198.51.100.180
Test:
  2001:db8:d0::81

I am the contact for this request: Florian Brandl, +49 851 9661 2040.

Best regards
Florian Brandl
NetOps Consulting GmbH
""",
        "attachments": [
            (
                "pdf",
                "Vollmacht_Donau_Fernsehen.pdf",
                [
                    "Vollmacht",
                    "Die Donau Fernsehen GmbH, Passau, bevollmächtigt die NetOps Consulting "
                    "GmbH, in ihrem Namen beim Tschechischen Statistikamt den Zugang zum "
                    "XML-Ergebnisserver zu beantragen.",
                    "Passau, 25.11.2022\nKlaus Eder, Geschäftsführer",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Donau Fernsehen GmbH",
            None,
            None,
            ["2001:db8:d0::80", "198.51.100.180"],
            ["2001:db8:d0::81"],
            "Florian Brandl",
            "f.brandl@netops-consulting.example",
            "+4985196612040",
        ),
    },
    {
        "id": "z032-slovak-university-slovak",
        "description": "Slovak university writes in Slovak ('ostrá prevádzka', "
        "'testovacia'); Slovak landline with area code",
        "style": Style.UNIVERSITY,
        "from": "Mária Balážová <balazova@vsm-trencin.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "body": """Vážení,

Vysoká škola médií v Trenčíne, IČO 44901739, organizuje pre študentov žurnalistiky
volebné štúdio k voľbe prezidenta Českej republiky. Žiadame o prístup k výsledkom
vo formáte XML.

IP adresa pre ostrú prevádzku: 203.0.113.77
Testovacia IP adresa: 203.0.113.78

Kontaktná osoba: doc. PhDr. Mária Balážová, PhD., tel. +421 32 744 1180

S úctou
Mária Balážová
katedra žurnalistiky
""",
        "labels": L(
            FEED,
            "Vysoká škola médií v Trenčíne",
            "44901739",
            None,
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Mária Balážová",
            "balazova@vsm-trencin.example",
            "+421327441180",
        ),
    },
    {
        "id": "z033-agency-text-form-boxes",
        "description": "Plain-text form with bracket checkboxes: XML ticked, filming "
        "unticked; production as a short range, the test field left empty",
        "style": Style.FORM,
        "from": "Zpravodajská agentura Sever <redakce@zas-sever.example>",
        "subject": "Vyplněný formulář – volby prezidenta",
        "body": """FORMULÁŘ ŽÁDOSTI

Žadatel:            Zpravodajská agentura Sever, s.r.o.
IČO:                22873155
Žádám o:            [x] přístup k výsledkům ve formátu XML
                    [ ] povolení k natáčení na přebíracím místě
IP – ostrý provoz:  198.51.100.220-222
IP – test:
Kontaktní osoba:    Daniel Pospíšil
E-mail:             pospisil@zas-sever.example
Telefon:            +420 475 211 906
""",
        "cte": "base64",
        "labels": L(
            FEED,
            "Zpravodajská agentura Sever, s.r.o.",
            "22873155",
            None,
            ["198.51.100.220", "198.51.100.221", "198.51.100.222"],
            [],
            "Daniel Pospíšil",
            "pospisil@zas-sever.example",
            "+420475211906",
        ),
    },
    {
        "id": "z034-belgian-agency-pdf-french",
        "description": "Belgian agency: a French PDF letter with an address table whose role "
        "column says 'production'/'essai'; the e-mail body is in English",
        "style": Style.ATTACHMENT,
        "from": "Julien Dubois <j.dubois@awp-presse.example>",
        "subject": "AWP - application for XML results access (letter attached)",
        "body": """Hello,

please find attached our signed application letter (in French, sorry).

Best,
Julien Dubois
""",
        "attachments": [
            (
                "pdf",
                "AWP_demande_acces_XML.pdf",
                [
                    "Agence Wallonne de Presse SA\nRue de Fer 27, 5000 Namur, Belgique",
                    "Objet : demande d'accès au serveur XML des résultats de l'élection "
                    "présidentielle tchèque",
                    "Madame, Monsieur, notre agence souhaite accéder aux résultats depuis "
                    "les adresses suivantes :",
                    {
                        "rows": [
                            ["Rôle", "Adresse IP"],
                            ["production", "192.0.2.60"],
                            ["production", "192.0.2.61"],
                            ["essai", "192.0.2.62"],
                        ],
                        "widths": [120, 160],
                    },
                    "Contact : Julien Dubois, service technique, +32 475 21 88 03, "
                    "j.dubois@awp-presse.example",
                    "Marie Lambert, directrice de la rédaction",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Agence Wallonne de Presse SA",
            None,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Julien Dubois",
            "j.dubois@awp-presse.example",
            "+32475218803",
        ),
    },
    {
        "id": "z035-radio-conditional-filming",
        "description": "Radio asks for the feed and, under a condition about crew size, for "
        "recording at the collection point: the recording is requested",
        "style": Style.DECLINED,
        "from": "Adam Kolář <kolar@radio-beskydy.example>",
        "subject": "Rádio Beskydy – žádost o XML a o nahrávání",
        "body": """Dobrý den,

Rádio Beskydy s.r.o., IČO 47118954, žádá o přístup k XML výsledkům volby
prezidenta z adres 198.18.60.4 (ostrý provoz) a 198.18.60.5 (test).

Zároveň žádáme o povolení pořizovat zvukové záznamy a krátká videa na přebíracím
místě ve Frýdku-Místku. Pokud by tam byla omezená kapacita, pošleme jen jednoho
redaktora místo dvou – to nechám na Vás.

Adam Kolář, vedoucí zpravodajství
mobil 731 008 552 (ústředna rádia 558 441 700)
""",
        "labels": L(
            BOTH,
            "Rádio Beskydy s.r.o.",
            "47118954",
            None,
            ["198.18.60.4"],
            ["198.18.60.5"],
            "Adam Kolář",
            "kolar@radio-beskydy.example",
            "+420731008552",
        ),
    },
    {
        "id": "z036-american-freelancer-filming",
        "description": "American freelance photographer in Prague asks in English only for "
        "filming and says she needs no data feed",
        "style": Style.RECORDING,
        "from": "Emily Carter <emily@emilycarterphoto.example>",
        "subject": "Filming permission - results night",
        "body": """Hi there,

I'm a US freelance photographer and videographer based in Prague, on assignment for
a couple of American outlets. Could I get permission to film and take photos at your
results collection point in Prague on the night of the runoff? Just me, handheld
gear, I'll stay out of everyone's way.

I don't need the data feed, only the filming permission.

Thanks!
Emily Carter
+420 739 004 512
""",
        "headers": [("X-Mailer", "iPhone Mail (20B101)")],
        "labels": L(
            REC,
            "Emily Carter",
            None,
            None,
            [],
            [],
            "Emily Carter",
            "emily@emilycarterphoto.example",
            "+420739004512",
        ),
    },
    {
        "id": "z037-slovak-agency-webmail-31",
        "description": "Slovak agency, HTML-only webmail mail in base64; production as a "
        "/31 block (two addresses), one test address",
        "style": Style.SLOVAK,
        "from": "Ján Hudák <hudak@tav-kosice.example>",
        "subject": "TAV – prístup k volebným výsledkom",
        "html": """<div>Dobrý deň,</div><div><br></div>
<div>Tlačová agentúra Východ, a. s., IČO 36372641, so sídlom v Košiciach, žiada
o prístup k výsledkom voľby prezidenta ČR vo formáte XML.</div><div><br></div>
<div>Ostrá prevádzka: 198.51.100.250/31<br>Test: 198.51.100.252</div>
<div><br></div>
<div>Kontakt: Ján Hudák, +421 911 203 557</div><div><br></div>
<div>S pozdravom<br>Ján Hudák<br>IT oddelenie TAV</div>""",
        "cte": "base64",
        "labels": L(
            FEED,
            "Tlačová agentúra Východ, a. s.",
            "36372641",
            None,
            ["198.51.100.250", "198.51.100.251"],
            ["198.51.100.252"],
            "Ján Hudák",
            "hudak@tav-kosice.example",
            "+421911203557",
        ),
    },
    {
        "id": "z038-austrian-forward-corrected-test",
        "description": "Austrian publisher's IT forwards the editor's request as an attached "
        "message and corrects its test address (.65 becomes .66)",
        "style": Style.FORWARD,
        "from": "Thomas Huber <huber@salzach-zeitung.example>",
        "subject": "Fwd: Antrag: Zugang zu den Wahlergebnissen (XML)",
        "body": """Guten Tag,

anbei der Antrag unserer Chefredaktion von gestern. Eine Korrektur: die dort
angegebene Testadresse 203.0.113.65 ist falsch, richtig ist 203.0.113.66. Die
Produktionsadresse stimmt.

Viele Grüße
Thomas Huber
IT, Salzach Zeitungsverlag GmbH
""",
        "attachments": [("eml", "Antrag_XML.eml", _SALZACH_ORIGINAL)],
        "labels": L(
            FEED,
            "Salzach Zeitungsverlag GmbH",
            None,
            None,
            ["203.0.113.64"],
            ["203.0.113.66"],
            "Thomas Huber",
            "huber@salzach-zeitung.example",
            "+436628044271",
        ),
    },
    {
        "id": "z039-agency-databox-txt",
        "description": "Agency's data message with a plain-text attachment; an IPv4 and an "
        "IPv6 production address, no test; the contact's mobile without a prefix",
        "style": Style.DATABOX,
        "databox": {
            "box": "m3p9zt2",
            "sender": "Moravská zpravodajská agentura, s.r.o.",
            "address": "Kobližná 8, 602 00 Brno",
        },
        "from": "Moravská zpravodajská agentura, s.r.o.",
        "subject": "Žádost o přístup k XML výsledkům volby prezidenta",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                """Moravská zpravodajská agentura, s.r.o., IČO 29046181
Kobližná 8, 602 00 Brno

Žádáme o přístup k serveru s výsledky volby prezidenta ve formátu XML.
Naše servery (oba ostrý provoz): 192.0.2.33 a 2001:db8:33::1
Testovací prostředí nepoužíváme.

Kontakt: Jakub Novotný, 604 222 118, novotny@mza-brno.example
""",
            )
        ],
        "labels": L(
            FEED,
            "Moravská zpravodajská agentura, s.r.o.",
            "29046181",
            "m3p9zt2",
            ["192.0.2.33", "2001:db8:33::1"],
            [],
            "Jakub Novotný",
            "novotny@mza-brno.example",
            "+420604222118",
        ),
    },
    {
        "id": "z040-vienna-institute-english",
        "description": "Viennese research association in English; test addresses as a short "
        "range '142-143'; Vienna landline",
        "style": Style.UNIVERSITY,
        "from": "Stefan Hofer <hofer@imw-wien.example>",
        "subject": "Request: XML access for election night analysis",
        "body": """Dear Sir or Madam,

the Institut für Mitteleuropäische Wahlforschung is a non-profit research association
in Vienna. On election night we publish live projections for Austrian media, and we
would appreciate access to your XML results server.

Production address: 203.0.113.141
Test addresses: 203.0.113.142-143

For questions please contact me, Dr. Stefan Hofer, +43 1 4277 3310.

Yours faithfully,
Stefan Hofer
""",
        "labels": L(
            FEED,
            "Institut für Mitteleuropäische Wahlforschung",
            None,
            None,
            ["203.0.113.141"],
            ["203.0.113.142", "203.0.113.143"],
            "Stefan Hofer",
            "hofer@imw-wien.example",
            "+43142773310",
        ),
    },
    {
        "id": "z041-town-xlsx-nat-row",
        "description": "Town's XLSX sheet lists an internal NAT host beside its public "
        "production and test addresses; only the public ones are registered",
        "style": Style.MUNICIPAL,
        "from": "Pavla Nováková <novakova@novedvory-mesto.example>",
        "subject": "Nové Dvory – žádost o XML (tabulka v příloze)",
        "body": """Dobrý den,

Město Nové Dvory, IČO 00271837, vydavatel Novodvorských listů, žádá o přístup
k průběžným výsledkům volby prezidenta ve formátu XML. Adresy jsou v přiložené
tabulce.

Pavla Nováková, redaktorka Novodvorských listů
tel. 327 589 140
""",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "attachments": [
            (
                "xlsx",
                "NoveDvory_adresy.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Účel", "Adresa", "Poznámka"],
                            ["ostrý provoz", "198.18.7.40", "veřejná adresa webu"],
                            ["test", "198.18.7.41", ""],
                            ["(interní)", "10.1.1.5", "server za NAT, jen pro informaci"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Město Nové Dvory",
            "00271837",
            None,
            ["198.18.7.40"],
            ["198.18.7.41"],
            "Pavla Nováková",
            "novakova@novedvory-mesto.example",
            "+420327589140",
        ),
    },
    {
        "id": "z042-web-tv-resp-signed",
        "description": "Signed message from a web TV; production and test given with 'resp.' "
        "in one sentence; asks to film as well",
        "style": Style.NOTATION,
        "from": "Adéla Šímová <simova@webtv-krkonose.example>",
        "subject": "Web TV Krkonoše: XML + natáčení",
        "body": """Dobrý den,

Web TV Krkonoše s.r.o. (IČO 25613472) žádá o přístup k XML výsledkům a o povolení
natáčet na přebíracím místě v Trutnově.

Pro ostrý provoz, resp. pro testování, použijeme adresu 203.0.113.90, resp.
203.0.113.91.

Kontakt: Adéla Šímová, +420 499 300 727

Děkujeme
Adéla Šímová
""",
        "smime": True,
        "charset": "windows-1250",
        "labels": L(
            BOTH,
            "Web TV Krkonoše s.r.o.",
            "25613472",
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Adéla Šímová",
            "simova@webtv-krkonose.example",
            "+420499300727",
        ),
    },
]
