"""Eleventh held-out part ``ec``, cases ec001–ec014: foreign media in their own languages,
a freelancer, a university, a municipality, an IT contractor, address notations and a
withdrawn filming request. Written by hand apart from the extraction rules."""

from __future__ import annotations

from typing import Any

from tests.corpus.eleventh_ec_common import BOTH, FEED, FILM, Style
from tests.corpus.label_rules import L, ico

ICO_VOSTREL = ico("7412093")
ICO_UNI = ico("6190527")
ICO_BYSTRICE = ico("0028417")
ICO_RADIO = ico("2830915")
ICO_NETCORE = ico("0524768")
ICO_JIZERA = ico("2611473")
ICO_TVZAHORIE = ico("4718830")
ICO_MEDIAFAX = ico("2549116")

CASES: list[dict[str, Any]] = [
    {
        "id": "ec001-rundschau-german",
        "description": "German regional daily writes in German; German phone with (0) trunk "
        "prefix and extension dash; one test address after two production ones",
        "style": Style.FOREIGN,
        "from": "Matthias Kühnel <m.kuehnel@mdrundschau.example>",
        "subject": "Antrag auf Zugang zum XML-Datenstrom der Wahlergebnisse",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": """Sehr geehrte Damen und Herren,

die Mitteldeutsche Rundschau GmbH (Leipzig) möchte in der Wahlnacht über die Ergebnisse in
Tschechien berichten und beantragt hiermit den Zugang zu Ihrem XML-Datenstrom.

Unsere Server, von denen aus wir die Daten abrufen würden:
  Produktion: 198.51.100.71 und 198.51.100.72
  Testsystem: 198.51.100.90

Ansprechpartner für alle Rückfragen bin ich selbst:
Matthias Kühnel, Leiter Datenredaktion
Tel. +49 (0)341 2187-455
m.kuehnel@mdrundschau.example

Eine Drehgenehmigung benötigen wir nicht.

Mit freundlichen Grüßen
Matthias Kühnel

Mitteldeutsche Rundschau GmbH
Peterssteinweg 19, 04107 Leipzig
Amtsgericht Leipzig HRB 20417
""",
        "labels": L(
            FEED,
            "Mitteldeutsche Rundschau GmbH",
            None,
            None,
            ["198.51.100.71", "198.51.100.72"],
            ["198.51.100.90"],
            "Matthias Kühnel",
            "m.kuehnel@mdrundschau.example",
            "+493412187455",
        ),
    },
    {
        "id": "ec002-alpenfunk-cidr",
        "description": "Austrian broadcaster in mixed German and English, HTML only; the "
        "production addresses are a /30 block, the test address a single /32",
        "style": Style.FOREIGN,
        "from": '"Gruber, Sabine" <sabine.gruber@alpenfunk.example>',
        "subject": "Election results feed – request / Anfrage Alpenfunk",
        "html": """<html><body>
<p>Dear colleagues, liebe Kolleginnen und Kollegen,</p>
<p>Alpenfunk Medien GmbH (Wien) would like to receive the XML feed with the results of the
Czech elections. Wir berichten live auf Radio und Web.</p>
<p><b>Production network:</b> 203.0.113.64/30<br>
<b>Test:</b> 198.51.100.7/32</p>
<p>We do not plan any filming in Prague this time.</p>
<p>Contact person: Sabine Gruber, Technik Online<br>
Phone: 0043 1 58 22 913<br>
E-Mail: sabine.gruber@alpenfunk.example</p>
<p>Beste Grüße / kind regards<br>Sabine Gruber</p>
<p style="font-size:8pt">Alpenfunk Medien GmbH · Argentinierstraße 30 · 1040 Wien ·
FN 193847 x</p>
</body></html>""",
        "labels": L(
            FEED,
            "Alpenfunk Medien GmbH",
            None,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["198.51.100.7"],
            "Sabine Gruber",
            "sabine.gruber@alpenfunk.example",
            "+4315822913",
        ),
    },
    {
        "id": "ec003-polish-range",
        "description": "Polish news portal writes in Polish (ISO-8859-2); the production "
        "addresses are a written range of three, no test environment",
        "style": Style.FOREIGN,
        "charset": "iso-8859-2",
        "from": "Katarzyna Wójcik <k.wojcik@portalwiadomosci.example>",
        "subject": "Wniosek o dostęp do danych wyborczych (XML)",
        "body": """Szanowni Państwo,

w imieniu spółki Portal Wiadomości Sp. z o.o. z siedzibą w Katowicach zwracam się z prośbą
o udostępnienie strumienia XML z wynikami wyborów do czeskiego parlamentu.

Adresy IP naszych serwerów produkcyjnych: zakres od 192.0.2.20 do 192.0.2.22.
Środowiska testowego nie posiadamy.

Osoba do kontaktu: Katarzyna Wójcik, redaktor prowadząca dział zagraniczny,
tel. +48 22 628 41 90, e-mail k.wojcik@portalwiadomosci.example

Z poważaniem
Katarzyna Wójcik
Portal Wiadomości Sp. z o.o., ul. Mikołowska 14, 40-066 Katowice
""",
        "labels": L(
            FEED,
            "Portal Wiadomości Sp. z o.o.",
            None,
            None,
            ["192.0.2.20", "192.0.2.21", "192.0.2.22"],
            [],
            "Katarzyna Wójcik",
            "k.wojcik@portalwiadomosci.example",
            "+48226284190",
        ),
    },
    {
        "id": "ec004-duna-filming",
        "description": "Hungarian TV in English asks only to film at a collection point; "
        "a producer is the contact, the camera crew is listed but not the contact",
        "style": Style.RECORDING,
        "from": "Duna Hírek Newsroom <newsroom@dunahirek.example>",
        "subject": "Filming permission request - Czech elections",
        "body": """Hello,

we are a Hungarian news television, Duna Hírek Zrt. (Budapest). Our crew will be in Prague
during the counting of votes and we kindly ask for permission to film at one of your
collection points (sběrné místo) for about 20 minutes, ideally on Saturday afternoon.

Crew: Bence Tóth (camera), Ádám Szalai (sound), reporter Eszter Kovács.
We do not need any data access, only filming.

The contact person for this request is our producer Réka Halász,
mobile +36 1 234 5678, halasz.reka@dunahirek.example.

Thank you in advance,
Réka Halász
Producer, Duna Hírek Zrt.
""",
        "labels": L(
            FILM,
            "Duna Hírek Zrt.",
            None,
            None,
            [],
            [],
            "Réka Halász",
            "halasz.reka@dunahirek.example",
            "+3612345678",
        ),
    },
    {
        "id": "ec005-vostrel-freelance-ipv6",
        "description": "Czech freelancer writes without diacritics, applies as himself with "
        "his IČO; IPv6 production and test addresses",
        "style": Style.FREELANCE,
        "flowed": True,
        "from": "Jan Vostrel <jan.vostrel@datovka-novinar.example>",
        "subject": "zadost o pristup k vysledkum voleb XML",
        "body": f"""Dobry den,

jsem datovy novinar na volne noze (ICO {ICO_VOSTREL}) a pro nekolik regionalnich webu \
pripravuji interaktivni mapu vysledku. Zadam proto o pristup k XML vystupu s vysledky.

Pouzivam jen IPv6:
produkce 2001:db8:4a::15
test 2001:db8:4a::16

Natacet nic nebudu.

Kontakt: Jan Vostrel, tel. 602 418 377, jan.vostrel@datovka-novinar.example

Diky a zdravim
Jan Vostrel
""",
        "labels": L(
            FEED,
            "Jan Vostrel",
            ICO_VOSTREL,
            None,
            ["2001:db8:4a::15"],
            ["2001:db8:4a::16"],
            "Jan Vostrel",
            "jan.vostrel@datovka-novinar.example",
            "+420602418377",
        ),
    },
    {
        "id": "ec006-university-netmask-pdf",
        "description": "university letter in a PDF signed by the dean; a research assistant "
        "is named as contact; production addresses as address plus netmask",
        "style": Style.UNIVERSITY,
        "from": "Sekretariát děkana FSV <sekretariat.fsv@polytechnika-ova.example>",
        "subject": "Žádost o přístup k datům – výzkumný projekt Volební noc",
        "body": """Dobrý den,

v příloze zasíláme žádost naší fakulty o přístup k výsledkům voleb ve formátu XML.

S pozdravem
Sekretariát děkana
""",
        "attachments": [
            (
                "pdf",
                "zadost_pristup_XML.pdf",
                [
                    "Polytechnická univerzita Ostrava",
                    "Fakulta společenských věd",
                    "Českému statistickému úřadu",
                    "Věc: Žádost o přístup k výsledkům voleb (XML)",
                    "Naše fakulta řeší výzkumný projekt Volební noc v reálném čase, v jehož "
                    "rámci studenti žurnalistiky zpracovávají průběžné výsledky. Žádáme proto "
                    "o zpřístupnění XML výstupu výsledků voleb.",
                    {
                        "rows": [
                            ["Žadatel", "Polytechnická univerzita Ostrava"],
                            ["IČO", ICO_UNI],
                            ["Produkční server", "198.51.100.128, maska 255.255.255.252"],
                            ["Testovací server", "198.51.100.140"],
                            [
                                "Kontaktní osoba",
                                "Mgr. Tereza Šimečková, Ph.D., tel. 597 324 118, "
                                "tereza.simeckova@polytechnika-ova.example",
                            ],
                        ],
                        "widths": [130, 330],
                    },
                    "O povolení k natáčení nežádáme.",
                    "prof. Ing. Vladimír Hrubý, CSc., děkan",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Polytechnická univerzita Ostrava",
            ICO_UNI,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Tereza Šimečková",
            "tereza.simeckova@polytechnika-ova.example",
            "+420597324118",
        ),
    },
    {
        "id": "ec007-bystrice-municipal-docx",
        "description": "town publishing a municipal newsroom applies for both feed and "
        "filming in a DOCX form; the town hall switchboard comes after the mobile",
        "style": Style.MUNICIPAL,
        "from": "Lenka Doubravová <doubravova@bystrice-nl.example>",
        "subject": "Radniční zpravodaj – žádost (XML + natáčení)",
        "body": """Dobrý den,

posílám vyplněný formulář za náš městský zpravodaj a městskou televizi.

Lenka Doubravová
tisková mluvčí
""",
        "attachments": [
            (
                "docx",
                "zadost_mesto_Bystrice.docx",
                {
                    "header": "Město Bystřice nad Lomnicí – Městský úřad",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        {
                            "rows": [
                                ["Žadatel", "Město Bystřice nad Lomnicí"],
                                ["IČO", ICO_BYSTRICE],
                                ["Médium", "Bystřický zpravodaj a TV Bystřice (obecní médium)"],
                                ["Přístup k XML", "ano"],
                                ["Povolení k natáčení", "ano – sběrné místo v Jihlavě"],
                                ["IP adresy pro ostrý provoz", "192.0.2.201"],
                                ["IP adresy testovací", "—"],
                                ["Kontaktní osoba", "Lenka Doubravová"],
                                ["Telefon", "mobil 739 540 212, ústředna 566 590 311"],
                                ["E-mail", "doubravova@bystrice-nl.example"],
                            ]
                        },
                        "V Bystřici nad Lomnicí dne 2. 10.",
                    ],
                },
            )
        ],
        "labels": L(
            BOTH,
            "Město Bystřice nad Lomnicí",
            ICO_BYSTRICE,
            None,
            ["192.0.2.201"],
            [],
            "Lenka Doubravová",
            "doubravova@bystrice-nl.example",
            "+420739540212",
        ),
    },
    {
        "id": "ec008-netcore-for-radio-nat",
        "description": "IT contractor writes for a radio station; internal NAT addresses are "
        "mentioned but only the public one is to be allowed; the contractor's own IČO in "
        "his signature; the radio's editor is named as contact",
        "style": Style.CONTRACTOR,
        "from": "Ondřej Pazdera <pazdera@netcore-solutions.example>",
        "subject": "Přístup k XML výsledkům pro Rádio Jizera",
        "body": f"""Dobrý den,

spravujeme IT pro společnost Rádio Jizera s.r.o. (IČO {ICO_JIZERA}) a jejím jménem žádáme \
o přístup k XML s výsledky voleb.

Servery rádia jsou za NATem. Interní adresy 10.20.0.5 a 10.20.0.6 pro vás nejsou podstatné, \
ven komunikují obě přes jedinou veřejnou adresu 203.0.113.45 – tu prosím povolte. Testovací \
prostředí nemají.

Kontaktní osobou za rádio je šéfredaktorka Alena Rybová, alena.ryba@radiojizera.example, \
tel. 481 120 334. Technické dotazy klidně na mě.

S pozdravem

Ondřej Pazdera
NetCore Solutions s.r.o., IČO {ICO_NETCORE}
+420 608 771 902
""",
        "labels": L(
            FEED,
            "Rádio Jizera s.r.o.",
            ICO_JIZERA,
            None,
            ["203.0.113.45"],
            [],
            "Alena Rybová",
            "alena.ryba@radiojizera.example",
            "+420481120334",
        ),
    },
    {
        "id": "ec009-short-octet-notation",
        "description": "regional weekly lists its second address as the last octet only "
        "(.62 after 198.51.100.61) and says outright that it asks for no filming",
        "style": Style.NOTATION,
        "from": "Redakce Týdeník Vysočina <redakce@tydenik-vysocina.example>",
        "subject": "volby – žádost o XML",
        "body": """Dobrý den,

za vydavatele Týdeníku Vysočina, společnost VYSOČINA PRESS s.r.o., žádám o přístup k XML \
s výsledky. Máme dva produkční stroje: 198.51.100.61 a .62 (stejná síť). Test z 198.51.100.99.

O natáčení tentokrát nežádáme.

Petr Mrkvička
vedoucí vydání
tel.: 731/208/466
""",
        "labels": L(
            FEED,
            "VYSOČINA PRESS s.r.o.",
            None,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.99"],
            "Petr Mrkvička",
            "redakce@tydenik-vysocina.example",
            "+420731208466",
        ),
    },
    {
        "id": "ec010-slovak-tv-withdrawn-filming",
        "description": "Slovak TV asks in Slovak for feed and filming, then withdraws the "
        "filming in a postscript; Slovak mobile with 00 prefix",
        "style": Style.WITHDRAWN,
        "from": "Miroslava Kollárová <kollarova@tvzahorie.example>",
        "subject": "Žiadosť – prístup k výsledkom volieb a nakrúcanie",
        "body": f"""Dobrý deň,

televízia TV Záhorie, s. r. o., IČO {ICO_TVZAHORIE}, so sídlom v Senici, žiada o:
1) prístup k XML súboru s výsledkami volieb,
2) povolenie nakrúcať na zbernom mieste v Brne.

Naše IP adresy: produkčná 203.0.113.12, záložná 203.0.113.13, testovacia 203.0.113.20.

Kontakt: Miroslava Kollárová, 00421 905 123 456, kollarova@tvzahorie.example

S pozdravom
Miroslava Kollárová
vedúca spravodajstva

PS: Bod 2 prosím škrtnite – kameraman v ten deň nebude k dispozícii, nakrúcať nebudeme.
""",
        "labels": L(
            FEED,
            "TV Záhorie, s. r. o.",
            ICO_TVZAHORIE,
            None,
            ["203.0.113.12", "203.0.113.13"],
            ["203.0.113.20"],
            "Miroslava Kollárová",
            "kollarova@tvzahorie.example",
            "+421905123456",
        ),
    },
    {
        "id": "ec011-mediafax-databox",
        "description": "press agency sends a data message with a text attachment; a range "
        "written with a dash in the last octet; the sender box is its own",
        "style": Style.DATABOX,
        "databox": {
            "box": "x7k3mpq",
            "sender": "Mediafax Bohemia a.s.",
            "address": "Na Poříčí 1041/12, 110 00 Praha 1",
            "type": 20,
        },
        "subject": "Žádost o přístup k výsledkům voleb",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                f"""Mediafax Bohemia a.s., IČO {ICO_MEDIAFAX}
Na Poříčí 1041/12, Praha 1

Žádost o přístup k XML výsledkům voleb

Zpravodajská agentura Mediafax Bohemia žádá o přístup k výsledkům voleb ve formátu XML.

Produkční adresy: 192.0.2.100-102
Testovací adresy: 192.0.2.110, 192.0.2.111

Kontaktní osoba: Ing. Radek Vojáček, vedoucí IT
tel. +420 224 810 557 (přímá linka)
vojacek@mediafax-bohemia.example

O natáčení nežádáme.
""",
            )
        ],
        "labels": L(
            FEED,
            "Mediafax Bohemia a.s.",
            ICO_MEDIAFAX,
            "x7k3mpq",
            ["192.0.2.100", "192.0.2.101", "192.0.2.102"],
            ["192.0.2.110", "192.0.2.111"],
            "Radek Vojáček",
            "vojacek@mediafax-bohemia.example",
            "+420224810557",
        ),
    },
    {
        "id": "ec012-gazzetta-italian-correction",
        "description": "Italian newspaper writes in Italian and corrects its second production "
        "address further down the message",
        "style": Style.FOREIGN,
        "from": "Giulia Benedetti <g.benedetti@gazzettanordest.example>",
        "subject": "Richiesta accesso feed XML risultati elettorali",
        "body": """Gentili signori,

la Gazzetta del Nordest S.r.l. (Padova) chiede l'accesso al feed XML con i risultati
delle elezioni nella Repubblica Ceca.

Indirizzi IP di produzione: 203.0.113.201, 203.0.113.202
Ambiente di test: 203.0.113.210

Referente: Giulia Benedetti, redazione esteri
tel. +39 041 5230 118
g.benedetti@gazzettanordest.example

Correzione: il secondo indirizzo di produzione è 203.0.113.203, non 203.0.113.202 (errore
di battitura, scusate).

Cordiali saluti
Giulia Benedetti
""",
        "labels": L(
            FEED,
            "Gazzetta del Nordest S.r.l.",
            None,
            None,
            ["203.0.113.201", "203.0.113.203"],
            ["203.0.113.210"],
            "Giulia Benedetti",
            "g.benedetti@gazzettanordest.example",
            "+390415230118",
        ),
    },
    {
        "id": "ec013-ondes-libres-french",
        "description": "French radio writes in French, asks for feed and filming; the "
        "production addresses are an IPv6 /127 (two addresses)",
        "style": Style.FOREIGN,
        "cte": "base64",
        "from": "Étienne Marchand <e.marchand@ondeslibres.example>",
        "subject": "Demande d'accès aux résultats (XML) et autorisation de tournage",
        "body": """Madame, Monsieur,

Radio Ondes Libres SAS, radio associative et site d'information basé à Lyon, souhaite
couvrir les élections tchèques. Nous sollicitons :
 - l'accès au flux XML des résultats ;
 - l'autorisation de filmer brièvement dans un centre de collecte à Prague.

Nos serveurs de production : 2001:db8:fe::/127
Pas d'environnement de test.

Personne à contacter : Étienne Marchand, rédacteur en chef adjoint
Tél. : +33 1 44 12 56 78 — e.marchand@ondeslibres.example

Bien cordialement,
Étienne Marchand
""",
        "labels": L(
            BOTH,
            "Radio Ondes Libres SAS",
            None,
            None,
            ["2001:db8:fe::", "2001:db8:fe::1"],
            [],
            "Étienne Marchand",
            "e.marchand@ondeslibres.example",
            "+33144125678",
        ),
    },
    {
        "id": "ec014-nordisk-xlsx-through",
        "description": "terse Swedish sender in English; addresses in an XLSX sheet as "
        "'x through y' (five production addresses), no test",
        "style": Style.FOREIGN,
        "from": "Lars Ekström <lars.ekstrom@nordiskval.example>",
        "subject": "XML feed access",
        "body": """Hi,

Nordisk Valbevakning AB requests access to your election results XML feed. Details in the
attached sheet.

Lars
""",
        "attachments": [
            (
                "xlsx",
                "nordisk_access.xlsx",
                [
                    {
                        "title": "Request",
                        "rows": [
                            ["Organisation", "Nordisk Valbevakning AB"],
                            ["Country", "Sweden"],
                            ["Org. nr", "556677-8899"],
                            ["Production IPs", "198.18.7.10 through 198.18.7.14"],
                            ["Test IPs", "none"],
                            ["Filming", "no"],
                            ["Contact", "Lars Ekström"],
                            ["Phone", "+46 8 123 456 78"],
                            ["E-mail", "lars.ekstrom@nordiskval.example"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Nordisk Valbevakning AB",
            None,
            None,
            ["198.18.7.10", "198.18.7.11", "198.18.7.12", "198.18.7.13", "198.18.7.14"],
            [],
            "Lars Ekström",
            "lars.ekstrom@nordiskval.example",
            "+46812345678",
        ),
    },
]
