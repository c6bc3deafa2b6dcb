"""Ninth held-out part ``x``, cases x015–x028: a Danish freelancer, an agency writing for a
weekly, Norwegian HTML mail with an IPv6 block, replies and corrections, a student TV form with
the feed ticked off, a small town's backup server, contractors' attachments, a freelancer's
data message."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico
from tests.corpus.ninth_x_common import Style

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_ZNOJEMSKO = ico("0562871")
ICO_MSB = ico("2601947")
ICO_RANNI = ico("2819306")
ICO_UNIV = ico("6198002")
ICO_NOVA_VES = ico("0027461")
ICO_RADIO_KRAJ = ico("2633185")
ICO_BYTEFORGE = ico("0488206")
ICO_HORACKE = ico("4651723")
ICO_TAS = ico("2501468")
ICO_STRNAD = ico("7590134")

CASES: list[dict[str, Any]] = [
    {
        "id": "x015-danish-photographer-film",
        "description": "Danish freelance photographer, English; filming only, no company",
        "style": Style.FREELANCE,
        "from": "Mads Kjærgaard <mads@kjaergaard-foto.example>",
        "subject": "Permission to photograph/film at election collection point",
        "body": (
            "Hi,\n\n"
            "I'm a freelance photographer and videographer from Aarhus, working on assignment for\n"
            "several Scandinavian papers. I'd love to shoot some footage at one of your regional\n"
            "collection points when the ballot protocols arrive – Hradec Králové would suit me\n"
            "best. Just me and one camera, I'll follow any instructions from your staff.\n\n"
            "I don't need the data feed.\n\n"
            "Mads Kjærgaard\n"
            "+45 31 22 48 90\n"
        ),
        "labels": L(
            FILM,
            "Mads Kjærgaard",
            None,
            None,
            [],
            [],
            "Mads Kjærgaard",
            "mads@kjaergaard-foto.example",
            "+4531224890",
        ),
    },
    {
        "id": "x016-agency-xlsx-internal",
        "description": "media agency for a weekly; XLSX with an internal row not to be allowed",
        "style": Style.CONTRACTOR,
        "from": "Mediální servis Brno <projekty@msbrno.example>",
        "subject": "Žádost za klienta Týdeník Znojemsko – data a natáčení",
        "body": (
            "Dobrý den,\n\n"
            "zastupujeme na základě smlouvy vydavatele Týdeník Znojemsko, s.r.o. (IČO\n"
            + ICO_ZNOJEMSKO
            + "). Jeho jménem žádáme o:\n"
            "- přístup k XML datům s výsledky voleb,\n"
            "- povolení natáčení na sběrném místě ve Znojmě (redaktor + kameraman).\n\n"
            "Adresy jsou v přiložené tabulce.\n\n"
            "Kontaktní osobou za klienta je šéfredaktor Petr Čermák,\n"
            "petr.cermak@tydenikznojemsko.example, tel. 736 114 092.\n\n"
            "S pozdravem\nKristýna Bartošová\nprojektová manažerka\n"
            "Mediální servis Brno, s.r.o., IČO " + ICO_MSB + "\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_Znojemsko.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Adresa", "Prostředí", "Poznámka"],
                            ["198.51.100.140", "produkce", "web"],
                            ["198.51.100.141", "produkce", "grafika TV"],
                            ["198.51.100.148", "test", ""],
                            ["10.1.1.4", "interní", "nepovolovat, jen pro informaci"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Týdeník Znojemsko, s.r.o.",
            ICO_ZNOJEMSKO,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.148"],
            "Petr Čermák",
            "petr.cermak@tydenikznojemsko.example",
            "+420736114092",
        ),
    },
    {
        "id": "x017-norwegian-html-ipv6-block",
        "description": "Norwegian outlet, HTML-only mail; IPv6 /126 production block",
        "style": Style.HTML,
        "from": "Sigrid Haugen <sigrid.haugen@fjordposten.example>",
        "subject": "Election results XML – Fjordposten AS",
        "html": (
            "<html><body><p>Dear Czech Statistical Office,</p>"
            "<p><b>Fjordposten AS</b> (Bergen, Norway) kindly asks for access to the election "
            "results XML feed. Our platform is IPv6 only.</p>"
            '<table border="1"><tr><th>Environment</th><th>Addresses</th></tr>'
            "<tr><td>Production</td><td>2001:db8:77::/126</td></tr>"
            "<tr><td>Test</td><td>2001:db8:77:1::20</td></tr></table>"
            "<p>Contact: Sigrid Haugen, developer, phone +47 55 21 90 44</p>"
            "<p>Med vennlig hilsen,<br>Sigrid Haugen</p></body></html>"
        ),
        "labels": L(
            FEED,
            "Fjordposten AS",
            None,
            None,
            ["2001:db8:77::", "2001:db8:77::1", "2001:db8:77::2", "2001:db8:77::3"],
            ["2001:db8:77:1::20"],
            "Sigrid Haugen",
            "sigrid.haugen@fjordposten.example",
            "+4755219044",
        ),
    },
    {
        "id": "x018-reply-final-addresses",
        "description": "reply to the office's query; final addresses replace a quoted typo",
        "style": Style.REPLY,
        "from": "Jakub Řezníček <reznicek@rannilisty.example>",
        "subject": "Re: Doplnění žádosti – Ranní listy",
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, v původní žádosti jsem adresu napsal špatně. Správně a definitivně:\n\n"
            "ostrý provoz: 198.51.100.70 a 198.51.100.71\n"
            "test: 198.51.100.79\n\n"
            "Jakub Řezníček\n"
            "IT, Ranní listy a.s.\n"
            "tel. 608 402 577\n\n"
            "> Dne 12. 9. napsal(a) podatelna:\n"
            "> Dobrý den, adresu 198.51.100.7 nelze ověřit, prosíme o kontrolu.\n"
            ">\n"
            "> Jakub Řezníček napsal:\n"
            ">> Ranní listy a.s., IČO " + ICO_RANNI + ", žádá o přístup k XML.\n"
            ">> Produkce: 198.51.100.7, 198.51.100.71\n"
            ">> Test: 198.51.100.79\n"
        ),
        "labels": L(
            FEED,
            "Ranní listy a.s.",
            ICO_RANNI,
            None,
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.79"],
            "Jakub Řezníček",
            "reznicek@rannilisty.example",
            "+420608402577",
        ),
    },
    {
        "id": "x019-polish-tv-film-pl",
        "description": "Polish TV in Polish: filming only at a collection point",
        "style": Style.FOREIGN,
        "from": "Agnieszka Zielińska <a.zielinska@tvslaskwschod.example>",
        "subject": "Prośba o zgodę na nagrania – wybory w Czechach",
        "body": (
            "Szanowni Państwo,\n\n"
            "Telewizja Śląsk Wschód S.A. z Katowic przygotowuje materiał o wyborach w Republice\n"
            "Czeskiej. Zwracamy się z prośbą o zgodę na nagrywanie obrazu i dźwięku w Państwa\n"
            "punkcie zbiorczym w Ostrawie w noc wyborczą. Ekipa: dziennikarka i operator.\n\n"
            "Dostęp do danych XML nie jest nam potrzebny.\n\n"
            "Osoba kontaktowa: Agnieszka Zielińska, tel. +48 32 555 12 90\n\n"
            "Z poważaniem\nAgnieszka Zielińska\nwydawca programu\n"
        ),
        "labels": L(
            FILM,
            "Telewizja Śląsk Wschód S.A.",
            None,
            None,
            [],
            [],
            "Agnieszka Zielińska",
            "a.zielinska@tvslaskwschod.example",
            "+48325551290",
        ),
    },
    {
        "id": "x020-student-tv-odt-feed-ne",
        "description": "student TV of a university, ODT form: feed ticked NE, filming ANO",
        "style": Style.UNIVERSITY,
        "from": "Studentská televize UNIVIZE <univize@univ-hradec.example>",
        "subject": "formulář - žádost studentské televize",
        "body": "Dobrý den, posíláme vyplněný formulář. Děkujeme, tým UNIVIZE\n",
        "attachments": [
            (
                "odt",
                "formular_univize.odt",
                [
                    "ŽÁDOST O PŘÍSTUP K DATŮM / POVOLENÍ K NATÁČENÍ",
                    [
                        ["Žadatel", "Univerzita Hradec Králové (Studentská televize UNIVIZE)"],
                        ["IČO", ICO_UNIV],
                        ["Přístup k XML s výsledky", "NE"],
                        ["Natáčení na sběrném místě", "ANO – Hradec Králové, volební noc"],
                        ["Adresy pro ostrý provoz", "—"],
                        ["Kontaktní osoba", "Adéla Šimková"],
                        ["E-mail", "adela.simkova@univ-hradec.example"],
                        ["Telefon", "+420 733 905 611"],
                    ],
                    "Natáčet budou dva studenti žurnalistiky pod vedením Adély Šimkové.",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Univerzita Hradec Králové",
            ICO_UNIV,
            None,
            [],
            [],
            "Adéla Šimková",
            "adela.simkova@univ-hradec.example",
            "+420733905611",
        ),
    },
    {
        "id": "x021-village-order-backup",
        "description": "small town infopanel; three addresses counted, backup listed last",
        "style": Style.MUNICIPAL,
        "from": "Městys Nová Ves u Lesa <starosta@novavesulesa.example>",
        "subject": "volby - výsledky na infopanel",
        "body": (
            "Dobrý den,\n\n"
            "Městys Nová Ves u Lesa, IČO " + ICO_NOVA_VES + ", by rád zobrazoval výsledky voleb\n"
            "na obecním infopanelu a ve vysílání místního kabelového infokanálu. Prosíme\n"
            "o přístup k XML.\n\n"
            "Budeme potřebovat tři adresy: první 203.0.113.33, druhá 203.0.113.35\n"
            "a třetí, záložní, 203.0.113.34. Testovat nebudeme.\n\n"
            "Vyřizuje: Zdeněk Kolář, místostarosta, mobil 721 550 318\n\n"
            "Zdeněk Kolář\n"
        ),
        "labels": L(
            FEED,
            "Městys Nová Ves u Lesa",
            ICO_NOVA_VES,
            None,
            ["203.0.113.33", "203.0.113.35", "203.0.113.34"],
            [],
            "Zdeněk Kolář",
            "starosta@novavesulesa.example",
            "+420721550318",
        ),
    },
    {
        "id": "x022-contractor-rtf-mask",
        "description": "contractor's RTF specification for a radio; production as network + mask",
        "style": Style.CONTRACTOR,
        "from": "Roman Šťastný <stastny@byteforge.example>",
        "subject": "Technická specifikace – přístup Radia Kraj k volebním datům",
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám technickou specifikaci k žádosti našeho zákazníka Radio Kraj,\n"
            "spol. s r.o. Žádost podáváme jeho jménem; za zákazníka je kontaktní osobou paní\n"
            "Hana Vlčková.\n\n"
            "Roman Šťastný\nByteForge s.r.o. (IČO " + ICO_BYTEFORGE + ")\n"
        ),
        "attachments": [
            (
                "rtf",
                "specifikace_RadioKraj.rtf",
                [
                    "Technická specifikace připojení k XML výstupu výsledků voleb",
                    "Žadatel: Radio Kraj, spol. s r.o., IČO " + ICO_RADIO_KRAJ,
                    [
                        ["Prostředí", "Síť", "Maska"],
                        ["produkční", "192.0.2.52", "255.255.255.252"],
                        ["testovací", "192.0.2.60", "255.255.255.255"],
                    ],
                    "Kontakt za žadatele: Hana Vlčková, hana.vlckova@radiokraj.example, "
                    "tel. 775 640 213",
                ],
            )
        ],
        "labels": L(
            FEED,
            "Radio Kraj, spol. s r.o.",
            ICO_RADIO_KRAJ,
            None,
            ["192.0.2.52", "192.0.2.53", "192.0.2.54", "192.0.2.55"],
            ["192.0.2.60"],
            "Hana Vlčková",
            "hana.vlckova@radiokraj.example",
            "+420775640213",
        ),
    },
    {
        "id": "x023-german-freelancer-dual-stack",
        "description": "German freelance data designer in German; one IPv4 and one IPv6 address",
        "style": Style.FREELANCE,
        "from": "Jonas Behrendt <post@behrendt-wahlgrafik.example>",
        "subject": "Zugang zum Ergebnis-Feed (XML)",
        "body": (
            "Guten Tag,\n\n"
            "ich bin freiberuflicher Datendesigner (Jonas Behrendt – Wahlgrafik, Leipzig) und\n"
            "erstelle für mehrere Regionalzeitungen Live-Grafiken zur Wahl in Tschechien.\n"
            "Ich bitte um Freischaltung meines Servers für den XML-Feed:\n\n"
            "IPv4 203.0.113.250\n"
            "IPv6 2001:db8:beef::1\n\n"
            "Eine Testumgebung brauche ich nicht.\n\n"
            "Erreichbar bin ich am besten mobil: 0176 2288 5013.\n\n"
            "Viele Grüße\nJonas Behrendt\n"
        ),
        "labels": L(
            FEED,
            "Jonas Behrendt – Wahlgrafik",
            None,
            None,
            ["203.0.113.250", "2001:db8:beef::1"],
            [],
            "Jonas Behrendt",
            "post@behrendt-wahlgrafik.example",
            "+4917622885013",
        ),
    },
    {
        "id": "x024-docx-filming-crossed",
        "description": "regional publisher's DOCX form: filming option answered 'ne'",
        "style": Style.FORM,
        "from": "Irena Marková <markova@horackenoviny.example>",
        "subject": "Žádost – Horácké noviny",
        "body": "Dobrý den,\nv příloze zasílám vyplněnou žádost.\nIrena Marková\n",
        "attachments": [
            (
                "docx",
                "zadost_horacke_noviny.docx",
                {
                    "blocks": [
                        "Žádost o přístup k datům a povolení k natáčení",
                        {
                            "rows": [
                                ["Název žadatele", "Horácké noviny, spol. s r.o."],
                                ["IČO", ICO_HORACKE],
                                ["Přístup k XML výstupu", "ano"],
                                ["Povolení k natáčení", "ne"],
                                ["IP adresy – ostrý provoz", "198.18.60.10; 198.18.60.11"],
                                ["IP adresy – test", "198.18.60.200"],
                                ["Kontaktní osoba", "Irena Marková, tel. 567 301 882"],
                            ]
                        },
                    ],
                    "footer": "Horácké noviny, spol. s r.o., Masarykovo nám. 4, Jihlava",
                },
            )
        ],
        "labels": L(
            FEED,
            "Horácké noviny, spol. s r.o.",
            ICO_HORACKE,
            None,
            ["198.18.60.10", "198.18.60.11"],
            ["198.18.60.200"],
            "Irena Marková",
            "markova@horackenoviny.example",
            "+420567301882",
        ),
    },
    {
        "id": "x025-uk-institute-slash31",
        "description": "British research institute; /31 production, a third host for staging",
        "style": Style.UNIVERSITY,
        "from": "Dr Helen Marsh <h.marsh@wessex-politics.example>",
        "subject": "Data access request for the Czech parliamentary elections",
        "body": (
            "Dear Sir/Madam,\n\n"
            "The Wessex Institute of Political Studies is running a comparative study of\n"
            "election-night reporting in Central Europe. We would be grateful for access to your\n"
            "XML results feed.\n\n"
            "Production: 198.18.100.10/31\n"
            "Staging: 198.18.100.12 (the next host up, used only for testing)\n\n"
            "Please direct any questions to me.\n\n"
            "Yours faithfully,\n"
            "Dr Helen Marsh\nSenior Research Fellow\n"
            "Tel: +44 (0)1962 554 210\n"
        ),
        "labels": L(
            FEED,
            "Wessex Institute of Political Studies",
            None,
            None,
            ["198.18.100.10", "198.18.100.11"],
            ["198.18.100.12"],
            "Helen Marsh",
            "h.marsh@wessex-politics.example",
            "+441962554210",
        ),
    },
    {
        "id": "x026-austrian-paper-both-de",
        "description": "Austrian newspaper publisher, formal German; feed and filming",
        "style": Style.LETTER,
        "from": "Verena Huber <v.huber@salzachkurier.example>",
        "subject": "Ansuchen um Datenzugang und Drehgenehmigung",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Salzach Kurier Verlags-GmbH ersucht höflich um\n"
            "a) Zugang zum XML-Ergebnisdienst am Wahlabend sowie\n"
            "b) eine Drehgenehmigung für unser Videoteam in Ihrer Sammelstelle in Budweis.\n\n"
            "Freizuschaltende Adressen (Produktion): 192.0.2.170, 192.0.2.171\n"
            "Testumgebung: 192.0.2.180, 192.0.2.181\n\n"
            "Für Rückfragen steht Ihnen Mag. Verena Huber zur Verfügung:\n"
            "Tel. +43 662 8044 317, v.huber@salzachkurier.example\n\n"
            "Hochachtungsvoll\n\n"
            "Mag. Verena Huber\nChefin vom Dienst\n"
        ),
        "labels": L(
            BOTH,
            "Salzach Kurier Verlags-GmbH",
            None,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.180", "192.0.2.181"],
            "Verena Huber",
            "v.huber@salzachkurier.example",
            "+436628044317",
        ),
    },
    {
        "id": "x027-agency-range-az",
        "description": "news agency; 'až' ranges for both roles, mobile after a switchboard",
        "style": Style.LETTER,
        "from": '"Procházka, Filip" <filip.prochazka@tas-stred.example>',
        "subject": "Žádost TA Střed o přístup k volebním XML",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Dobrý den,\n\n"
            "Tisková agentura Střed, a.s., IČO " + ICO_TAS + ", žádá o přístup k XML výstupu\n"
            "s výsledky voleb.\n\n"
            "Produkční servery: 198.51.100.180 až 198.51.100.182\n"
            "Testovací servery: 198.51.100.190 až 198.51.100.192\n\n"
            "Kontakt: Filip Procházka, vedoucí provozu IT\n"
            "ústředna: 222 333 444, přímá linka/mobil: 602 119 870\n\n"
            "S pozdravem\nFilip Procházka\n"
        ),
        "labels": L(
            FEED,
            "Tisková agentura Střed, a.s.",
            ICO_TAS,
            None,
            ["198.51.100.180", "198.51.100.181", "198.51.100.182"],
            ["198.51.100.190", "198.51.100.191", "198.51.100.192"],
            "Filip Procházka",
            "filip.prochazka@tas-stred.example",
            "+420602119870",
        ),
    },
    {
        "id": "x028-freelancer-databox-pdf",
        "description": "freelance documentary maker via her own data box; filming only",
        "style": Style.DATABOX,
        "subject": "Žádost o povolení natáčení ve volební noci",
        "databox": {
            "box": "k3p9zrw",
            "sender": "Bc. Kateřina Strnadová",
            "address": "Husova 18, 370 01 České Budějovice",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "zadost_natáčení_Strnadova.pdf",
                [
                    "Kateřina Strnadová – dokumentaristka, IČO " + ICO_STRNAD,
                    "Husova 18, 370 01 České Budějovice",
                    "Věc: Žádost o povolení natáčení",
                    "Žádám o povolení natáčet na sběrném místě v Českých Budějovicích během "
                    "zpracování výsledků voleb. Natáčení je součástí mého dokumentu o práci "
                    "okrskových komisí. O přístup k datům nežádám.",
                    "Kontakt: strnadova.film@posta.example, tel. +420 739 004 162",
                    "Bc. Kateřina Strnadová",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Kateřina Strnadová",
            ICO_STRNAD,
            "k3p9zrw",
            [],
            [],
            "Kateřina Strnadová",
            "strnadova.film@posta.example",
            "+420739004162",
        ),
    },
]
