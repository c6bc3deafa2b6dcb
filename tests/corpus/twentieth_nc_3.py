"""Twentieth held-out part ``nc``, cases nc029–nc042: a Belgian radio with IPv4 and IPv6, a
US bureau's long English letter with 'respectively', a phone-typed note with a short range, a
research institute's transposed HTML table, a contact replaced within the mail, a data message
with the application in its annotation and a power of attorney attached, an IT contractor
forwarding the publisher's authorisation as an attached mail, a Saxon daily's netmask block
among a version number and an OID, a signed Slovak correction, a Polish university, a
technician named by nickname and a last octet written alone, a Spanish-writing freelancer with
roles by order, a media house's spreadsheet with a merged role cell and a municipal culture
centre's HTML mail. Written by hand apart from the extraction rules (see make_twentieth_nc);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentieth_nc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
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

K31 = ico("7630218")
C32 = ico("0915374")
A33 = ico("2790546")
T34 = ico("2512873")
J35, N35 = ico("2618035"), ico("0734182")
D37 = ico("3659127")
B39 = ico("2704618")
M41 = ico("2883570")
V42 = ico("0061209")

CASES: list[dict[str, Any]] = [
    {
        "id": "nc029-belgian-french-ipv4-ipv6",
        "description": "Belgian community radio in French: production IPv4 and IPv6, test "
        "IPv6; a dotted Belgian company number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Meuse-Ardenne ASBL",
            None,
            None,
            ["192.0.2.66", "2001:db8:be:1::66"],
            ["2001:db8:be:1::67"],
            "Julien Lambert",
            "julien.lambert@rma.example",
            "+3281224710",
        ),
        "from": "Julien Lambert <julien.lambert@rma.example>",
        "subject": "Accès aux résultats électoraux au format XML",
        "headers": ROUNDCUBE,
        "body": (
            "Bonjour,\n\n"
            "Radio Meuse-Ardenne ASBL (n° d'entreprise BE 0412.587.336) souhaite "
            "accéder aux résultats des élections législatives tchèques au format XML "
            "pour son émission spéciale Europe du 5 octobre.\n\n"
            "Serveurs de production : 192.0.2.66 et 2001:db8:be:1::66\n"
            "Serveur de test : 2001:db8:be:1::67\n\n"
            "Personne de contact : Julien Lambert, responsable technique, "
            "tél. +32 81 22 47 10, julien.lambert@rma.example\n\n"
            "Bien cordialement,\n"
            "Julien Lambert\n"
            "Radio Meuse-Ardenne ASBL - rue des Brasseurs 9, 5000 Namur\n"
        ),
    },
    {
        "id": "nc030-us-bureau-long-letter-respectively",
        "description": "long English letter from a US network's Prague bureau: roles only by "
        "'respectively', both request types, the producer named as contact rather than the "
        "signing bureau chief; EIN and suite numbers",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Transatlantic News Network, Inc.",
            None,
            None,
            ["198.51.100.8"],
            ["198.51.100.9"],
            "Daniel Whitaker",
            "dwhitaker@tnn.example",
            "+420777203664",
        ),
        "from": "Catherine Moore <cmoore@tnn.example>",
        "subject": "Request for XML results access and filming permission - TNN Prague bureau",
        "headers": APPLE,
        "cte": "qp",
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am writing on behalf of Transatlantic News Network, Inc. (TNN), whose Central "
            "European bureau has been based in Prague since 2019. TNN will provide live "
            "coverage of the elections to the Chamber of Deputies for our international "
            "audience, including an interactive results map and several live hits from "
            "Prague on the night of October 4.\n\n"
            "We would therefore be grateful for two things. First, access to the official "
            "results in XML format. Our primary and test servers are 198.51.100.8 and "
            "198.51.100.9, respectively; both are hosted in our Frankfurt point of presence. "
            "Second, permission for a two-person crew to film at one of your collection "
            "points on election night - Prague would be ideal, but we will gladly go "
            "wherever is convenient for you.\n\n"
            "Please direct all practical and technical questions to our producer, Daniel "
            "Whitaker (dwhitaker@tnn.example, +420 777 203 664), who will coordinate both "
            "the data connection and the crew. I will of course remain available should "
            "anything require my attention.\n\n"
            "Thank you very much for your consideration. We greatly appreciate the openness "
            "with which the Czech Statistical Office shares election data with the media.\n\n"
            "Sincerely,\n\n"
            "Catherine Moore\n"
            "Bureau Chief, Central Europe\n"
            "Transatlantic News Network, Inc.\n"
            "Vodičkova 36, Suite 4.2, 110 00 Prague 1\n"
            "Tel. +420 224 110 580 | EIN 84-2917305\n"
        ),
    },
    {
        "id": "nc031-seznam-terse-short-range",
        "description": "no-diacritics note from Seznam webmail: production as a range with only "
        "the last octet '160-163' (four addresses), test 'zadny'; a natural person with an IČO",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Milan Kozel",
            K31,
            None,
            ["192.0.2.160", "192.0.2.161", "192.0.2.162", "192.0.2.163"],
            [],
            "Milan Kozel",
            "milan.kozel@seznam.example",
            "+420737419205",
        ),
        "from": "Milan Kozel <milan.kozel@seznam.example>",
        "subject": "pristup xml volby - zpravodaj becva",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "dobry den, prosim o pristup k xml s vysledky pro muj web zpravodajbecva.example\n"
            "prod 192.0.2.160-163, test zadny\n"
            f"Milan Kozel, ICO {K31}, tel 737419205\n"
        ),
    },
    {
        "id": "nc032-institute-html-transposed-table",
        "description": "research institute's HTML-only Gmail mail: a table with servers as rows "
        "and roles as columns (read row by row the roles interleave)",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Centrum pro studium voleb, z. ú.",
            C32,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.190"],
            "Adéla Koubková",
            "koubkova@csv-institut.example",
            "+420605771029",
        ),
        "from": "Adéla Koubková <koubkova@csv-institut.example>",
        "subject": "Žádost o přístup k XML – Centrum pro studium voleb",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>Centrum pro studium voleb, z. ú., IČO "
            f"{C32}, žádá o přístup k výsledkům voleb do Poslanecké sněmovny ve formátu "
            "XML. Data používáme pro odhad výsledku a pro analýzy, které poskytujeme "
            "médiím.</div><div><br></div>"
            '<table border="1" cellspacing="0" cellpadding="3">'
            "<tr><td></td><td><b>Produkční</b></td><td><b>Testovací</b></td></tr>"
            "<tr><td>Server A</td><td>203.0.113.180</td><td>203.0.113.190</td></tr>"
            "<tr><td>Server B</td><td>203.0.113.181</td><td>—</td></tr>"
            "</table><div><br></div>"
            "<div>Kontaktní osoba: Mgr. Adéla Koubková, 605 771 029</div><div><br></div>"
            "<div>S pozdravem</div>"
            '<div class="gmail_signature">Adéla Koubková<br>analytička<br>Centrum pro studium '
            "voleb, z. ú.<br>Legerova 61, 120 00 Praha 2</div></div>"
        ),
    },
    {
        "id": "nc033-contact-replaced-in-mail",
        "description": "agency mail: the sender first names himself as contact, then hands the "
        "application over to a colleague from October with her e-mail and phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Krajská zpravodajská agentura, s.r.o.",
            A33,
            None,
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Lucie Marešová",
            "lucie.maresova@kza.example",
            "+420604118375",
        ),
        "from": "Jiří Bartoš <jiri.bartos@kza.example>",
        "subject": "KZA - žádost o přístup k výsledkům voleb (XML)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Krajská zpravodajská agentura, s.r.o., IČO {A33}, žádá o přístup "
            "k výsledkům voleb ve formátu XML.\n\n"
            "Produkční IP: 192.0.2.60\n"
            "Testovací IP: 192.0.2.61\n"
            "Kontaktní osoba: Jiří Bartoš, 602 415 880\n\n"
            "Ještě změna: k 30. 9. ze společnosti odcházím, takže kontaktní osobou pro tuto "
            "žádost bude místo mě kolegyně Lucie Marešová, lucie.maresova@kza.example, "
            "tel. 604 118 375. Prosím veškerou komunikaci už na ni.\n\n"
            "Děkuji\n"
            "Jiří Bartoš\n"
            "vedoucí technického oddělení\n"
            "Krajská zpravodajská agentura, s.r.o.\n"
        ),
    },
    {
        "id": "nc034-databox-annotation-and-power-of-attorney",
        "description": "data message: the application in the annotation, the attached text "
        "file only a power of attorney signed by the managing director (with the IČO)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kladenská televizní, s.r.o.",
            T34,
            "t6kl9wr",
            ["203.0.113.210"],
            ["203.0.113.211"],
            "Eva Šlechtová",
            None,
            "+420777402118",
        ),
        "subject": "Volby 2025 – přístup k XML: 203.0.113.210 (produkce), 203.0.113.211 "
        "(test); kontakt Eva Šlechtová, 777 402 118. Plná moc v příloze.",
        "databox": {
            "box": "t6kl9wr",
            "sender": "Kladenská televizní, s.r.o.",
            "address": "Váňova 1540, 272 01 Kladno",
        },
        "attachments": [
            (
                "txt",
                "plna_moc.txt",
                "PLNÁ MOC\n\n"
                f"Kladenská televizní, s.r.o., IČO {T34}, se sídlem Váňova 1540, "
                "272 01 Kladno, zastoupená jednatelem Karlem Vlkem,\n"
                "zmocňuje paní Evu Šlechtovou, nar. 14. 3. 1988, aby jejím jménem jednala "
                "s Českým statistickým úřadem ve věci přístupu k výsledkům voleb.\n\n"
                "V Kladně dne 8. 9. 2025\n\n"
                "Karel Vlk, jednatel\n",
            )
        ],
    },
    {
        "id": "nc035-contractor-forwards-authorisation-eml",
        "description": "IT contractor sends the addresses and attaches the publisher's original "
        "mail (message/rfc822) that authorises him and carries the publisher's IČO; the "
        "contractor's own IČO in his signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Jihočeský týdeník, a.s.",
            J35,
            None,
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.229"],
            "Ondřej Rybář",
            "rybar@netopsjih.example",
            "+420721330942",
        ),
        "from": "Ondřej Rybář <rybar@netopsjih.example>",
        "subject": "Jihočeský týdeník - IP adresy pro XML výsledky voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "v zastoupení Jihočeského týdeníku (pověření v přiloženém e-mailu) posílám "
            "adresy pro přístup k výsledkům voleb ve formátu XML:\n\n"
            "produkční: 198.51.100.220, 198.51.100.221\n"
            "testovací: 198.51.100.229\n\n"
            "Technické dotazy prosím na mě.\n\n"
            "S pozdravem\n"
            "Ondřej Rybář\n"
            f"NetOps Jih s.r.o., IČO {N35}\n"
            "mob. +420 721 330 942\n"
        ),
        "attachments": [
            (
                "eml",
                "poverení_Jihocesky_tydenik.eml",
                {
                    "id": "nc035-inner",
                    "from": "Ing. Blanka Šustrová <sustrova@jctydenik.example>",
                    "to": "rybar@netopsjih.example",
                    "subject": "Pověření - volby ČSÚ",
                    "body": (
                        "Dobrý den, pane Rybáři,\n\n"
                        f"tímto Vás za Jihočeský týdeník, a.s. (IČO {J35}) pověřujeme "
                        "podáním žádosti o přístup k výsledkům voleb u ČSÚ. Technickým "
                        "kontaktem pro tuto žádost budete Vy.\n\n"
                        "Blanka Šustrová\n"
                        "předsedkyně představenstva, Jihočeský týdeník, a.s.\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "nc036-saxon-netmask-version-oid",
        "description": "Saxon daily in German with Czech words: a block as address/netmask "
        "(four addresses), a four-part software version and an OID that look like addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Sächsische Grenzland-Zeitung GmbH",
            None,
            None,
            ["192.0.2.224", "192.0.2.225", "192.0.2.226", "192.0.2.227"],
            ["192.0.2.228"],
            "Thomas Richter",
            "t.richter@grenzland-zeitung.example",
            "+493581471290",
        ),
        "from": "Thomas Richter <t.richter@grenzland-zeitung.example>",
        "subject": "Zugang XML-Wahlergebnisse / přístup k výsledkům",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den / Guten Tag,\n\n"
            "die Sächsische Grenzland-Zeitung GmbH aus Görlitz bittet um Zugang zu den "
            "Wahlergebnissen im XML-Format (volby do Poslanecké sněmovny).\n\n"
            "Produktion: Subnetz 192.0.2.224/255.255.255.252\n"
            "Test: 192.0.2.228\n\n"
            "Zur Info: unser Importer läuft in Version 3.2.1.4; das Client-Zertifikat hat "
            "die Policy-OID 1.3.6.1.4.1.38291.2, falls Sie Zertifikate prüfen.\n\n"
            "Ansprechpartner: Thomas Richter, Tel. +49 3581 47 12 90, "
            "t.richter@grenzland-zeitung.example\n\n"
            "Děkuji / vielen Dank\n"
            "Thomas Richter\n"
            "Online-Redaktion, Sächsische Grenzland-Zeitung GmbH\n"
            "Obermarkt 17, 02826 Görlitz\n"
        ),
    },
    {
        "id": "nc037-slovak-signed-correction",
        "description": "S/MIME-signed Slovak mail: the production address replaced later in the "
        "same mail ('namiesto … prosím …'), test unchanged",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Denník Podtatranec, a. s.",
            D37,
            None,
            ["203.0.113.31"],
            ["203.0.113.35"],
            "Martina Hrušovská",
            "hrusovska@podtatranec.example",
            "+421907338120",
        ),
        "from": "Martina Hrušovská <hrusovska@podtatranec.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb v XML",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý deň,\n\n"
            f"Denník Podtatranec, a. s., IČO {D37}, žiada o prístup k výsledkom volieb do "
            "Poslaneckej snemovne vo formáte XML.\n\n"
            "Produkčný server: 203.0.113.30\n"
            "Testovací server: 203.0.113.35\n\n"
            "Doplnenie: kolegovia z IT ma práve upozornili, že produkčný server sa sťahuje, "
            "takže namiesto 203.0.113.30 prosím povoliť 203.0.113.31. Testovací ostáva.\n\n"
            "Kontakt: Martina Hrušovská, +421 907 338 120\n\n"
            "S pozdravom\n"
            "Martina Hrušovská\n"
            "Denník Podtatranec, a. s., Poprad\n"
        ),
    },
    {
        "id": "nc038-polish-university-ipv6",
        "description": "Polish academy's research team in Polish: production IPv6 and IPv4, test "
        "IPv4, contact the project's PhD student, a Polish landline as switchboard",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Akademia Nauk Społecznych w Opolu",
            None,
            None,
            ["2001:db8:48::5", "192.0.2.115"],
            ["192.0.2.116"],
            "Katarzyna Wróbel",
            "k.wrobel@ans-opole.example",
            "+48507223918",
        ),
        "from": "Katarzyna Wróbel <k.wrobel@ans-opole.example>",
        "subject": "Wniosek o dostęp do wyników wyborów w formacie XML",
        "headers": APPLE,
        "body": (
            "Szanowni Państwo,\n\n"
            "zespół badawczy Instytutu Nauk Politycznych Akademii Nauk Społecznych "
            "w Opolu prowadzi projekt porównawczy dotyczący wyborów w Europie Środkowej "
            "(grant NCN 2023/49/B/HS5/01842). Zwracamy się z prośbą o dostęp do wyników "
            "wyborów w formacie XML.\n\n"
            "Serwery produkcyjne: 2001:db8:48::5 oraz 192.0.2.115\n"
            "Serwer testowy: 192.0.2.116\n\n"
            "Osoba do kontaktu: mgr Katarzyna Wróbel (doktorantka), tel. +48 507 223 918, "
            "k.wrobel@ans-opole.example\n\n"
            "Z wyrazami szacunku\n"
            "dr hab. Tomasz Zieliński, prof. ANS\n"
            "kierownik projektu\n"
            "Akademia Nauk Społecznych w Opolu, ul. Katowicka 55, 45-061 Opole\n"
            "sekretariat +48 77 452 70 00\n"
        ),
    },
    {
        "id": "nc039-iphone-nickname-last-octet",
        "description": "editor-in-chief types on an iPhone: the contact is the technician "
        "introduced by a nickname, the test address written only as its last octet; both "
        "request types",
        "style": Style.TERSE,
        "labels": L(
            [FEED, FILM],
            "Rádio Beskydy, s.r.o.",
            B39,
            None,
            ["203.0.113.200"],
            ["203.0.113.201"],
            "Jakub Hořejší",
            "horejsi@radiobeskydy.example",
            "+420731284660",
        ),
        "from": "Petra Kubalová <kubalova@radiobeskydy.example>",
        "subject": "Volby - XML a natáčení",
        "headers": IPHONE,
        "cte": "base64",
        "body": (
            "Dobrý den,\n"
            "prosíme o přístup k XML výsledkům: ostrej server 203.0.113.200, na zkoušky "
            ".201. A taky bychom rádi natáčeli na sběrném místě v Ostravě v sobotu "
            "večer, jestli se může.\n"
            "Technicky to má na starosti Kuba (Jakub Hořejší, horejsi@radiobeskydy.example, "
            "731 284 660), to je kontakt.\n"
            f"Rádio Beskydy, s.r.o., IČO {B39}\n"
            "Petra Kubalová, šéfredaktorka\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "nc040-spanish-freelancer-order",
        "description": "freelance correspondent writing Spanish for a Mexican outlet, applying "
        "as a natural person: roles only by 'la primera … la segunda', a Mexican mobile",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Diego Alarcón Vega",
            None,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Diego Alarcón Vega",
            "diego.alarcon@corresponsal.example",
            "+525512847730",
        ),
        "from": "Diego Alarcón Vega <diego.alarcon@corresponsal.example>",
        "subject": "Solicitud de acceso a resultados electorales (XML)",
        "headers": GMAIL,
        "flowed": True,
        "body": (
            "Estimados señores:\n\n"
            "Soy periodista independiente y cubro las elecciones checas como "
            "corresponsal \n"
            "para un diario digital de Ciudad de México. Les solicito, a título "
            "personal, \n"
            "acceso a los resultados en formato XML desde dos direcciones: "
            "198.51.100.180 y \n"
            "198.51.100.181, la primera para producción y la segunda para pruebas.\n\n"
            "Mis datos: Diego Alarcón Vega, tel. +52 55 1284 7730, \n"
            "diego.alarcon@corresponsal.example\n\n"
            "Muchas gracias de antemano.\n"
            "Un saludo cordial,\n"
            "Diego Alarcón Vega\n"
        ),
    },
    {
        "id": "nc041-databox-xlsx-merged-role-contacts-sheet",
        "description": "data message with an XLSX: a merged 'Produkce' cell over two rows, a "
        "test row, a filming row 'ano', and a contacts sheet where only one person is "
        "marked as the contact for the office",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Mediahaus Vysočina a.s.",
            M41,
            "m5vy2hq",
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.139"],
            "Tomáš Kučera",
            "kucera@mediahaus-vysocina.example",
            "+420739550128",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení (viz příloha)",
        "databox": {
            "box": "m5vy2hq",
            "sender": "Mediahaus Vysočina a.s.",
            "address": "Masarykovo náměstí 9, 586 01 Jihlava",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_volby_MHV.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Mediahaus Vysočina a.s.", ""],
                            ["IČO", M41, ""],
                            ["Přístup k XML", "ano", ""],
                            ["Natáčení na sběrném místě", "ano", "Jihlava, 4. 10. večer"],
                            ["", "", ""],
                            ["Role", "IP adresa", "Poznámka"],
                            ["Produkce", "198.51.100.130", "web"],
                            ["", "198.51.100.131", "TV grafika"],
                            ["Test", "198.51.100.139", ""],
                        ],
                        "merge": ["A7:A8"],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Role", "E-mail", "Telefon", "Kontakt pro ČSÚ"],
                            [
                                "Tomáš Kučera",
                                "vedoucí online",
                                "kucera@mediahaus-vysocina.example",
                                "739 550 128",
                                "ano",
                            ],
                            [
                                "Renata Bílková",
                                "kamera",
                                "bilkova@mediahaus-vysocina.example",
                                "736 201 447",
                                "",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "nc042-culture-centre-owa-html-range",
        "description": "municipal culture centre running the town TV, HTML-only Outlook on the "
        "web: production as a range with a dash and the count, test 'ne', filming too; port "
        "and TLS version numbers",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED, FILM],
            "Kulturní centrum Vsetín, příspěvková organizace",
            V42,
            None,
            ["198.51.100.240", "198.51.100.241", "198.51.100.242", "198.51.100.243"],
            [],
            "Roman Hanák",
            "hanak@kcvsetin.example",
            "+420571411822",
        ),
        "from": "Hanák Roman <hanak@kcvsetin.example>",
        "subject": "Městská televize Vsetín – XML výsledky voleb a natáčení",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,sans-serif;font-size:11pt">'
            "<p>Dobrý den,</p>"
            "<p>Kulturní centrum Vsetín, příspěvková organizace (IČO "
            f"{V42}), které provozuje Městskou televizi Vsetín, žádá:</p>"
            "<ul><li>o přístup k výsledkům voleb ve formátu XML – produkční adresy "
            "198.51.100.240–243 (4 adresy), testovací: ne;</li>"
            "<li>o povolení natáčet na sběrném místě ČSÚ ve Zlíně ve volební noci.</li></ul>"
            "<p>Stahovat budeme přes HTTPS na portu 443 (TLS 1.3), interval 60 s.</p>"
            "<p>Kontakt: Roman Hanák, vedoucí MTV, tel. 571 411 822.</p>"
            "<p>S pozdravem<br>Roman Hanák<br>Kulturní centrum Vsetín, p. o.<br>"
            "Palackého 86, 755 01 Vsetín</p>"
            "</div></body></html>"
        ),
    },
]
