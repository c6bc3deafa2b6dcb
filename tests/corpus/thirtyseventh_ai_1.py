"""Thirty-seventh held-out part ``ai``, cases ai001–ai014: foreign media writing German, Polish,
Slovak, Hungarian, French, Spanish, Swedish and Norwegian, a university's data message with the
application only in its annotation, a municipality with a /31 block replacing an old address, a
terse agency note, an IT contractor's forwarded mail with an internal host, a withdrawn filming
request, a long DOCX letter leaving filming for a later election and a town's PDF form with a
conditional filming request. Written by hand apart from the extraction rules (see
make_thirtyseventh_ai); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from html import escape
from typing import Any

from tests.corpus.thirtyseventh_ai_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    L,
    Style,
    ico,
)

I3, I5, I6, I7 = ico("5301847"), ico("0074218"), ico("0029386"), ico("2839150")
I9, I9P, I11, I13 = ico("2617734"), ico("0642915"), ico("2491806"), ico("0028715")


def _html(text: str) -> str:
    """A webmail's HTML rendering of a plain body: paragraphs split on blank lines."""
    paras = [escape(p).replace("\n", "<br>") for p in text.strip().split("\n\n")]
    return '<div dir="ltr">' + "".join(f"<p>{p}</p>" for p in paras) + "</div>"


_SPANISH = (
    "Estimados señores:\n\n"
    "Agencia Ibérica de Noticias, S.A. cubrirá las elecciones en la República Checa con un "
    "servicio especial en directo y, por ello, les solicita:\n\n"
    "- el acceso al servidor de resultados electorales en formato XML;\n"
    "- el permiso para grabar imágenes en el punto de recogida de resultados de Praga durante "
    "la noche electoral.\n\n"
    "IP de producción: 203.0.113.160\n"
    "IP de respaldo: 203.0.113.161\n"
    "IP de pruebas: 203.0.113.170\n\n"
    "Persona de contacto: Javier Ortega, jefe de la sección de Internacional, "
    "tel. +34 915 402 318, jortega@agenciaiberica.example\n\n"
    "Un saludo cordial,\n"
    "Javier Ortega\n"
    "Agencia Ibérica de Noticias, S.A. · Calle de Alcalá 214, 28028 Madrid\n"
    "Centralita +34 915 400 000\n\n"
    "P.D.: Acabo de hablar con la dirección: al final no enviaremos equipo de cámara a Praga, "
    "así que retiramos la solicitud de grabación. Solo necesitamos el acceso XML.\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ai001-german-verlag-range-bis",
        "description": "German publisher writing German, four production hosts as 'bis' range, "
        "VAT and register numbers, a direct line before the switchboard, filming declined",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Grenzland Medien GmbH",
            None,
            None,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22", "198.51.100.23"],
            ["198.51.100.30"],
            "Jens Körber",
            "j.koerber@grenzland-zeitung.example",
            "+493583774120",
        ),
        "from": "Jens Körber <j.koerber@grenzland-zeitung.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen im XML-Format",
        "headers": [
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 "
                "Thunderbird/128.5.0",
            )
        ],
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Grenzland-Zeitung berichtet seit vielen Jahren auch über das politische "
            "Geschehen in Tschechien, und zur kommenden Wahl möchten wir unseren Leserinnen "
            "und Lesern in der Oberlausitz die Ergebnisse live auf unserer Website anbieten. "
            "Wir beantragen daher den Zugang zum XML-Ergebnisdienst des Tschechischen "
            "Statistikamtes.\n\n"
            "Antragsteller: Grenzland Medien GmbH (Verlag der Grenzland-Zeitung)\n"
            "Bautzener Straße 14, 02763 Zittau\n"
            "USt-IdNr.: DE 281 904 337, Amtsgericht Dresden HRB 31842\n\n"
            "Produktivsysteme: 198.51.100.20 bis 198.51.100.23 (Cluster mit vier Knoten)\n"
            "Testsystem: 198.51.100.30\n\n"
            "Ansprechpartner für Technik und Rückfragen: Herr Jens Körber, Leitung Digitale "
            "Produktion, Tel. +49 3583 774120 (Durchwahl), "
            "E-Mail j.koerber@grenzland-zeitung.example\n\n"
            "Eine Drehgenehmigung für die Sammelstellen benötigen wir nicht.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Jens Körber\n"
            "Leitung Digitale Produktion\n"
            "Grenzland Medien GmbH | Zentrale +49 3583 7740 | www.grenzland-zeitung.example\n"
            "Geschäftsführer: Dr. Uwe Lindner\n"
        ),
    },
    {
        "id": "ai002-polish-radio-both-requests",
        "description": "Polish radio writing Polish in ISO-8859-2, numbered requests for the "
        "feed and for recording, NIP and REGON but no IČO, a reporter with his own phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Cieszyn Sp. z o.o.",
            None,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Agnieszka Wróbel",
            "a.wrobel@radiocieszyn.example",
            "+48601337218",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@radiocieszyn.example>",
        "subject": "Wniosek o dostęp do wyników wyborów (XML) i zgodę na nagrywanie",
        "headers": APPLE,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "Radio Cieszyn Sp. z o.o. (NIP 548-270-31-96, REGON 240519873) nadaje również "
            "dla słuchaczy po czeskiej stronie Olzy i w noc wyborczą przygotowuje specjalne "
            "wydanie. W związku z tym uprzejmie prosimy o:\n\n"
            "1) udostępnienie wyników wyborów w formacie XML dla naszego serwisu "
            "informacyjnego,\n"
            "2) zgodę na nagrywanie materiału radiowego w punkcie zbierania wyników ČSÚ "
            "w Karwinie (Karviná) w noc wyborczą.\n\n"
            "Adres IP produkcyjny: 203.0.113.90\n"
            "Adres IP testowy: 203.0.113.91\n\n"
            "Osoba do kontaktu: Agnieszka Wróbel, kierownik działu informacji, "
            "tel. kom. +48 601 337 218.\n"
            "Nagrania dokona nasz reporter Tomasz Kubica (tel. +48 605 118 940).\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróbel\n"
            "Radio Cieszyn Sp. z o.o.\n"
            "ul. Głęboka 15, 43-400 Cieszyn\n"
        ),
    },
    {
        "id": "ai003-slovak-photographer-film-only",
        "description": "Slovak freelance photographer asks only to photograph and film at a "
        "collection point and says she does not ask for the XML data; IČO and DIČ",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Zuzana Hrubá",
            I3,
            None,
            [],
            [],
            "Zuzana Hrubá",
            "zuzka.hruba@fotohruba.example",
            "+421917204665",
        ),
        "from": "Zuzana Hrubá <zuzka.hruba@fotohruba.example>",
        "subject": "Povolenie na fotografovanie – volebná noc v Hodoníne",
        "headers": GMAIL,
        "cte": "8bit",
        "body": (
            "Dobrý deň,\n\n"
            "som nezávislá fotoreportérka zo Skalice a pre niekoľko slovenských denníkov "
            "pripravujem reportáž o tom, ako sa u susedov sčítavajú hlasy. Chcela by som Vás "
            "požiadať o povolenie fotografovať a natočiť krátke video na zbernom mieste ČSÚ "
            "v Hodoníne počas volebnej noci (približne od 21:00 do 1:00).\n\n"
            "Prístup k XML dátam s výsledkami nepotrebujem, o ten nežiadam – výsledky budem "
            "sledovať na webe.\n\n"
            f"Pracujem ako živnostníčka, IČO: {I3}, DIČ: 1082736451.\n"
            "Telefón: +421 917 204 665\n\n"
            "Vopred ďakujem za odpoveď.\n\n"
            "Zuzana Hrubá\n"
            "fotohruba.example\n"
        ),
    },
    {
        "id": "ai004-hungarian-tv-netmask",
        "description": "Hungarian TV writing Hungarian with English glosses, production "
        "address with a dotted netmask (a /30), a Hungarian tax number whose first eight digits "
        "are not an IČO, name in Hungarian order, filming declined",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunamente Televízió Kft.",
            None,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.80"],
            "Kovács Eszter",
            "kovacs.eszter@dunamentetv.example",
            "+3634540218",
        ),
        "from": "Kovács Eszter <kovacs.eszter@dunamentetv.example>",
        "subject": "Kérelem / Request – XML választási eredmények",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Tisztelt Hölgyeim és Uraim! / Dear Sir or Madam,\n\n"
            "a komáromi Dunamente Televízió Kft. ezúton kéri hozzáférését a Cseh Statisztikai "
            "Hivatal XML választási eredményszolgáltatásához.\n"
            "(Dunamente Televízió Kft. hereby applies for access to the XML election results "
            "service.)\n\n"
            "Éles szerverek / production: 192.0.2.64 255.255.255.252\n"
            "Teszt szerver / test: 192.0.2.80\n\n"
            "Adószám / tax no.: 14628093-2-11\n"
            "Kapcsolattartó / contact person: Kovács Eszter, műszaki vezető (technical "
            "manager)\n"
            "Tel.: +36 34 540 218, e-mail: kovacs.eszter@dunamentetv.example\n\n"
            "Forgatási engedélyre nincs szükségünk. / We do not need a filming permit.\n\n"
            "Üdvözlettel / Best regards\n"
            "Kovács Eszter\n"
            "Dunamente Televízió Kft., 2900 Komárom, Igmándi út 9.\n"
        ),
    },
    {
        "id": "ai005-databox-university-annotation-only",
        "description": "data message from a university: the application only in the annotation "
        "(abbreviated prod./test.), the attached PDF is a power of attorney with the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Polabí v Nymburce",
            I5,
            "u8pl3va",
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Petr Lhoták",
            "lhotak@upn.example",
            "+420734221908",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb pro studentskou redakci Katedry "
        "žurnalistiky. Prod. IP 198.51.100.140, test. IP 198.51.100.141. Kontakt: Mgr. Petr "
        "Lhoták, 734 221 908, lhotak@upn.example",
        "databox": {
            "box": "u8pl3va",
            "sender": "Univerzita Polabí v Nymburce",
            "address": "Palackého 12, 288 02 Nymburk",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Lhotak.pdf",
                [
                    "PLNÁ MOC",
                    f"Univerzita Polabí v Nymburce, IČO {I5}, se sídlem Palackého 12, 288 02 "
                    "Nymburk, veřejná vysoká škola zastoupená rektorem prof. RNDr. Milanem "
                    "Štěpánkem, CSc.,",
                    "zmocňuje",
                    "Mgr. Petra Lhotáka, odborného asistenta Katedry žurnalistiky Filozofické "
                    "fakulty, nar. 14. 3. 1988,",
                    "k podání žádosti o přístup k výsledkům voleb ve formátu XML u Českého "
                    "statistického úřadu a ke všem úkonům s ní spojeným.",
                    "V Nymburce dne 1. 12. 2026",
                    "prof. RNDr. Milan Štěpánek, CSc., rektor                    "
                    "Plnou moc přijímám: Mgr. Petr Lhoták",
                ],
            )
        ],
    },
    {
        "id": "ai006-municipality-old-address-cidr31",
        "description": "municipality letter in windows-1250: last election's address is gone, "
        "a new /31 block, testing from the same addresses, direct line and switchboard, box ID "
        "in the signature",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Městys Bílá Studnice",
            I6,
            "h3kq7wb",
            ["203.0.113.44", "203.0.113.45"],
            [],
            "Radek Hořejší",
            "horejsi@bilastudnice.example",
            "+420566543210",
        ),
        "from": "Radek Hořejší <horejsi@bilastudnice.example>",
        "subject": "Volby - žádost o přístup k datům XML (Městys Bílá Studnice)",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Vážení,\n\n"
            "Městys Bílá Studnice provozuje informační kanál místní kabelové televize a obecní "
            "web, kde v den voleb zveřejňujeme průběžné výsledky. Žádáme proto opět "
            "o přístup k volebnímu serveru s daty ve formátu XML.\n\n"
            "Oproti minulým volbám se mění adresa: dříve používanou 203.0.113.12 již nemáme "
            "(změnili jsme poskytovatele připojení), nově prosíme povolit rozsah "
            "203.0.113.44/31. Testovat budeme ze stejných adres, samostatnou testovací adresu "
            "nepotřebujeme.\n\n"
            f"IČO městyse: {I6[:2]} {I6[2:4]} {I6[4:6]} {I6[6:]}\n"
            "Kontakt: Radek Hořejší, správa IT úřadu městyse, tel. 566 543 210 (přímá "
            "linka), ústředna 566 543 200\n\n"
            "S pozdravem\n\n"
            "Radek Hořejší\n"
            "Úřad městyse Bílá Studnice\n"
            "náměstí Svobody 1, 592 14 Bílá Studnice\n"
            "ID DS: h3kq7wb\n"
        ),
    },
    {
        "id": "ai007-terse-agency-shorthand",
        "description": "three-line note from an agency's phone: last octets abbreviated "
        "('198.51.100.3 a .4, test .5'), IČO with spaces, 'kontakt já'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Středoevropská tisková agentura, a.s.",
            I7,
            None,
            ["198.51.100.3", "198.51.100.4"],
            ["198.51.100.5"],
            "Vít Dvořák",
            "dvorak@stap.example",
            "+420602418377",
        ),
        "from": "Vít Dvořák <dvorak@stap.example>",
        "subject": "volby xml",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Dobrý den, žádáme o XML výsledky voleb.\n"
            "prod 198.51.100.3 a .4, test .5\n"
            f"STAP - Středoevropská tisková agentura, a.s., IČO {I7[:2]} {I7[2:5]} {I7[5:]}\n"
            "kontakt já, 602 418 377\n"
            "Dvořák\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "ai008-french-correspondent-ipv6",
        "description": "French radio's Prague correspondent writing French: production on IPv4 "
        "and IPv6, an IPv6 test server, a SIRET (not an IČO), filming declined",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Alpes Info SAS",
            None,
            None,
            ["203.0.113.101", "2001:db8:5a1::10"],
            ["2001:db8:5a1::20"],
            "Camille Roux",
            "camille.roux@radioalpesinfo.example",
            "+33672184590",
        ),
        "from": "Camille Roux <camille.roux@radioalpesinfo.example>",
        "subject": "Demande d'accès aux résultats électoraux (flux XML)",
        "headers": ROUNDCUBE,
        "body": (
            "Madame, Monsieur,\n\n"
            "Correspondante à Prague de Radio Alpes Info SAS (Grenoble), je vous écris au "
            "nom de notre rédaction pour solliciter l'accès au serveur des résultats au "
            "format XML lors des prochaines élections tchèques.\n\n"
            "Nos équipes techniques m'ont transmis les adresses suivantes :\n"
            "- serveur de production : 203.0.113.101 et, en IPv6, 2001:db8:5a1::10\n"
            "- serveur de test : 2001:db8:5a1::20\n\n"
            "SIRET : 512 448 903 00027\n"
            "Contact : Camille Roux, +33 6 72 18 45 90 (portable, joignable aussi à Prague)\n\n"
            "Nous ne souhaitons pas filmer dans vos locaux.\n\n"
            "Je vous remercie par avance et vous prie d'agréer, Madame, Monsieur, "
            "l'expression de mes salutations distinguées.\n\n"
            "Camille Roux\n"
            "Correspondante à Prague – Radio Alpes Info\n"
        ),
    },
    {
        "id": "ai009-forwarded-contractor-internal-host",
        "description": "publisher's director attaches her web contractor's mail (.eml): an "
        "internal NAT host and public production/staging addresses; the contractor is the "
        "contact and his own company's IČO is in his signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Záhorské noviny, s.r.o.",
            I9,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Jakub Šimek",
            "simek@pixelwerk.example",
            "+420777905231",
        ),
        "from": "Markéta Zemanová <zemanova@zahorskenoviny.example>",
        "subject": "Fwd: adresy pro volební XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "za vydavatele týdeníku Záhoří, společnost Záhorské noviny, s.r.o., IČO "
            f"{I9}, žádám o přístup k výsledkům voleb ve formátu XML. Technické údaje "
            "připravil náš dodavatel webu, firma Pixelwerk; jeho zprávu přikládám. "
            "Kontaktní osobou pro technické věci bude pan Jakub Šimek z Pixelwerku "
            "(kontakty najdete v přiložené zprávě).\n\n"
            "S pozdravem\n"
            "Markéta Zemanová\n"
            "jednatelka, Záhorské noviny, s.r.o.\n"
        ),
        "attachments": [
            (
                "eml",
                "adresy pro volební XML.eml",
                {
                    "id": "ai009-inner",
                    "from": "Jakub Šimek <simek@pixelwerk.example>",
                    "to": "Markéta Zemanová <zemanova@zahorskenoviny.example>",
                    "subject": "adresy pro volební XML",
                    "body": (
                        "Ahoj Markéto,\n\n"
                        "k té žádosti na ČSÚ: interní stroj, na kterém poběží stahování, je "
                        "10.20.0.15, ale ven jde přes NAT s veřejnou adresou 198.51.100.77 – "
                        "tu jim dej jako produkční. Pro testy máme staging, ten jde ven jako "
                        "198.51.100.78.\n\n"
                        "Kdyby se ptali, ať volají mně: 777 905 231.\n\n"
                        "Jakub\n"
                        "-- \n"
                        f"Jakub Šimek | Pixelwerk s.r.o. | IČO {I9P} | simek@pixelwerk.example\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ai010-spanish-agency-filming-withdrawn",
        "description": "Spanish agency writing Spanish asks for the feed and for filming, then "
        "withdraws filming in a postscript; backup server (respaldo) is production",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias, S.A.",
            None,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Javier Ortega",
            "jortega@agenciaiberica.example",
            "+34915402318",
        ),
        "from": "Javier Ortega <jortega@agenciaiberica.example>",
        "subject": "Solicitud de acceso XML y permiso de grabación – elecciones checas",
        "headers": GMAIL,
        "body": _SPANISH,
        "html": _html(_SPANISH),
    },
    {
        "id": "ai011-docx-letter-filming-later-election",
        "description": "long DOCX letter from a regional TV: table of servers by purpose "
        "(ostrý provoz / zkušební), filming left for a later election, the contact named "
        "apart from the signing director",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "TV Podbrdsko s.r.o.",
            I11,
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.35"],
            "Tereza Mládková",
            "mladkova@tvpodbrdsko.example",
            "+420318620447",
        ),
        "from": '"Ing. Tereza Mládková" <mladkova@tvpodbrdsko.example>',
        "subject": "Žádost – přístup k výsledkům voleb (TV Podbrdsko)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost naší televize podepsanou jednatelem.\n\n"
            "S pozdravem\nTereza Mládková\n"
        ),
        "attachments": [
            (
                "docx",
                "TVP_zadost_CSU.docx",
                {
                    "header": f"TV Podbrdsko s.r.o. | Pražská 288, 261 01 Příbram | IČO {I11}",
                    "footer": "Zapsáno v obchodním rejstříku vedeném Městským soudem v Praze, "
                    "oddíl C, vložka 70412",
                    "blocks": [
                        "Český statistický úřad",
                        "Na padesátém 81",
                        "100 82 Praha 10",
                        "V Příbrami dne 1. prosince 2026",
                        "Věc: Žádost o zřízení přístupu k výsledkům voleb",
                        "Vážené dámy, vážení pánové,",
                        "TV Podbrdsko vysílá od roku 1996 regionální zpravodajství pro "
                        "Příbramsko, Berounsko a Rokycansko; náš signál přijímá přes 140 000 "
                        "domácností v kabelových sítích a na internetu. Ve volebních nocích "
                        "vysíláme od uzavření volebních místností nepřetržité studio s "
                        "průběžnými výsledky za obce regionu, které připravujeme z dat "
                        "Českého statistického úřadu. Stejná data přebírá i náš web a "
                        "mobilní aplikace.",
                        "Pro nadcházející volby proto žádáme o zřízení přístupu k serveru s "
                        "výsledky ve formátu XML. Adresy našich serverů uvádíme v tabulce:",
                        {
                            "rows": [
                                ["Server", "Umístění", "IP adresa"],
                                ["vysílací grafika (ostrý provoz)", "Příbram, režie", "192.0.2.33"],
                                ["web a aplikace (ostrý provoz)", "Praha, housing", "192.0.2.34"],
                                ["zkušební server", "Příbram, režie", "192.0.2.35"],
                            ]
                        },
                        "O povolení natáčet na sběrném místě v Příbrami požádáme samostatně "
                        "až před krajskými volbami v roce 2028; pro tyto volby natáčení "
                        "nepotřebujeme.",
                        "Kontaktní osobou ve věci žádosti je Ing. Tereza Mládková, technická "
                        "ředitelka, tel. 318 620 447, e-mail mladkova@tvpodbrdsko.example.",
                        "S pozdravem",
                        "Mgr. Pavel Krejčí",
                        "jednatel TV Podbrdsko s.r.o.",
                    ],
                },
            )
        ],
    },
    {
        "id": "ai012-swedish-radio-respektive",
        "description": "Swedish radio writing Swedish: two addresses 'för produktion respektive "
        "test', an organisation number that is not an IČO, no filming",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordlig Radio AB",
            None,
            None,
            ["198.51.100.200"],
            ["198.51.100.201"],
            "Lars Ekström",
            "lars.ekstrom@nordligradio.example",
            "+46703182245",
        ),
        "from": "Lars Ekström <lars.ekstrom@nordligradio.example>",
        "subject": "Ansökan om XML-åtkomst till valresultat",
        "headers": IPHONE,
        "body": (
            "Hej,\n\n"
            "Nordlig Radio AB (org.nr 556812-4409) ansöker härmed om åtkomst till ČSÚ:s "
            "XML-tjänst med valresultat inför det tjeckiska valet. Vi kommer att hämta data "
            "från 198.51.100.200 och 198.51.100.201 – för produktion respektive test.\n\n"
            "Kontaktperson: Lars Ekström, teknisk producent, +46 70 318 22 45\n\n"
            "Vi behöver inget filmtillstånd.\n\n"
            "Vänliga hälsningar / Best regards\n"
            "Lars\n\n"
            "Skickat från min iPhone\n"
        ),
    },
    {
        "id": "ai013-databox-town-pdf-form-conditional-filming",
        "description": "data message from a town: PDF form with ticked boxes for both "
        "requests, filming asked 'if the collection point allows it', a written range of "
        "three production addresses, a dash for test",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Město Vysoké Pole",
            I13,
            "m5vz2rk",
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            [],
            "Lenka Pokorná",
            "pokorna@vysokepole.example",
            "+420571884126",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení",
        "databox": {
            "box": "m5vz2rk",
            "sender": "Město Vysoké Pole",
            "address": "Masarykovo náměstí 3, 763 25 Vysoké Pole",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_media_volby.pdf",
                [
                    "Město Vysoké Pole – kancelář starosty, oddělení komunikace",
                    "ŽÁDOST MÉDIA – VOLBY",
                    {
                        "rows": [
                            [
                                "Žadatel",
                                "Město Vysoké Pole (vydavatel Zpravodaje Vysoké Pole a "
                                "městské TV VP)",
                            ],
                            ["IČO", I13],
                            [
                                "Požadujeme",
                                "☒ přístup k výsledkům ve formátu XML<br/>"
                                "☒ povolení k natáčení na sběrném místě",
                            ],
                            ["Produkční IP", "192.0.2.10 – 192.0.2.12"],
                            ["Testovací IP", "—"],
                            ["Kontaktní osoba", "Bc. Lenka Pokorná, tisková mluvčí"],
                            ["Telefon / e-mail", "+420 571 884 126 / pokorna@vysokepole.example"],
                        ],
                        "widths": [120, 300],
                    },
                    "Poznámka k natáčení: natáčet bychom chtěli, pokud to provoz sběrného "
                    "místa dovolí; záběry by pořídil kameraman městské TV Ondřej Bárta.",
                    "Ve Vysokém Poli 30. 11. 2026, č. j. MVP/4411/2026",
                ],
            )
        ],
    },
    {
        "id": "ai014-norwegian-html-mixed-english",
        "description": "Norwegian newspaper, HTML-only Outlook-on-the-web mail mixing "
        "Norwegian and English, a table with production, reserve and test rows",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Fjordposten AS",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Ingrid Solberg",
            "ingrid.solberg@fjordposten.example",
            "+4792241836",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@fjordposten.example>",
        "subject": "XML access for election results – Fjordposten",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Aptos,sans-serif;font-size:11pt">'
            "<p>Hei / Hello,</p>"
            "<p>Fjordposten AS (org.nr. 987 654 321, Bergen) would like to apply for access to "
            "the XML election results. Vi dekker det tsjekkiske valget med en live-side, and our "
            "data desk will pull the results from the servers below:</p>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Miljø / environment</th><th>IP-adresse</th></tr>"
            "<tr><td>Produksjon</td><td>203.0.113.120</td></tr>"
            "<tr><td>Produksjon (reserve)</td><td>203.0.113.121</td></tr>"
            "<tr><td>Test</td><td>203.0.113.125</td></tr>"
            "</table>"
            "<p>We do not plan any filming in Prague.</p>"
            "<p>Kontakt / contact: Ingrid Solberg, utviklingsleder (head of development), "
            "+47 922 41 836</p>"
            "<p>Med vennlig hilsen / Kind regards<br>Ingrid Solberg<br>Fjordposten AS<br>"
            "Strandkaien 2, 5013 Bergen</p>"
            "</div></body></html>"
        ),
    },
]
