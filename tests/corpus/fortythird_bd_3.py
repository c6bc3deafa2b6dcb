"""Forty-third held-out part ``bd``, cases bd029–bd042: a terse IPv6 list without a test
address, a German freelancer in Prague declining filming, a university's student TV in HTML, a
bilingual Hungarian-Slovak paper in ISO-8859-2, a freelancer's own data box, a Swedish long
PDF letter leaving filming for a later election, a photo agency's reply that corrects its
range, an empty-bodied XLSX form with a cancelled address, an Italian filming-only note, a
Polish agency's inline forward with internal hosts, a French conditional filming request with
IPv6 only, a publisher's data message with "resp.", a Spanish university's long letter and a
village's terse note in windows-1250 with a replaced IPv6 address. Written by hand apart from
the extraction rules (see make_fortythird_bd); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortythird_bd_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I31, I32, I33, I35 = (
    ico("2557013"),
    ico("6084217"),
    ico("3628415"),
    ico("7420158"),
    ico("2781406"),
)
I36, I38, I40, I42 = ico("2670842"), ico("0418762"), ico("2593071"), ico("0031289")

CASES: list[dict[str, Any]] = [
    {
        "id": "bd029-terse-ipv6-no-test",
        "description": "four terse lines: two IPv6 and one IPv4 production address on "
        "abbreviated labels, 'test nemáme'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Televize Dolní Morava a.s.",
            I29,
            None,
            ["2001:db8:d0::10", "2001:db8:d0::11", "198.51.100.44"],
            [],
            "Vojtěch Straka",
            "straka@tvdm.example",
            "+420777204615",
        ),
        "from": "Vojtěch Straka <straka@tvdm.example>",
        "subject": "XML prístup TVDM",
        "headers": GMAIL,
        "body": (
            f"Televize Dolní Morava a.s., IČO {I29}, žádáme o XML.\n"
            "prod: 2001:db8:d0::10, 2001:db8:d0::11, 198.51.100.44\n"
            "test nemáme\n"
            "V. Straka, 777 204 615\n"
        ),
    },
    {
        "id": "bd030-german-freelancer-czech-lines",
        "description": "German freelance journalist living in Prague mixes German with Czech "
        "sentences, declines a filming permit; base64",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Lena Hartwig",
            None,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Lena Hartwig",
            "lena.hartwig@hartwig-text.example",
            "+420608331927",
        ),
        "from": "Lena Hartwig <lena.hartwig@hartwig-text.example>",
        "subject": "Žádost o XML / Antrag XML-Zugang (freie Journalistin)",
        "headers": APPLE,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, moje čeština není perfektní, proto dál píšu německy.\n\n"
            "Ich bin freie Journalistin (ohne Firma) und schreibe für mehrere deutsche "
            "Regionalzeitungen über die Wahl. Ich möchte den XML-Zugang zu den Ergebnissen "
            "beantragen, für meinen Datenblog.\n\n"
            "Produktion: 192.0.2.90\nTest: 192.0.2.91\n\n"
            "Eine Drehgenehmigung brauche ich nicht, ich filme nicht.\n\n"
            "Jsem k zastižení na čísle +420 608 331 927.\n\n"
            "Děkuji / Vielen Dank\nLena Hartwig\nPraha 2, Vinohrady\n"
        ),
    },
    {
        "id": "bd031-university-student-tv-html",
        "description": "HTML-only mail from a university department's student TV: the "
        "university applies without a legal form written, table in HTML, both requests",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Univerzita Josefa Dobrovského v Chrudimi",
            I31,
            None,
            ["198.18.120.15"],
            ["198.18.120.16"],
            "Eliška Navrátilová",
            "navratilova@ujd.example",
            "+420469611284",
        ),
        "from": "Eliška Navrátilová <navratilova@ujd.example>",
        "subject": "Studentská televize UJD – žádost o XML a natáčení",
        "headers": OWA,
        "html": (
            "<html><body><p>Dobrý den,</p>"
            "<p>Studentská televize Katedry žurnalistiky Fakulty sociálních studií připravuje "
            "volební vysílání. Za Univerzitu Josefa Dobrovského v Chrudimi (IČO "
            f"{I31}) žádám o přístup k výsledkům ve formátu XML a o povolení, aby naši "
            "studenti natáčeli na krajském pracovišti ČSÚ v Pardubicích.</p>"
            '<table border="1" cellpadding="4">'
            "<tr><th>Role</th><th>IP</th></tr>"
            "<tr><td>produkční (studio)</td><td>198.18.120.15</td></tr>"
            "<tr><td>testovací</td><td>198.18.120.16</td></tr>"
            "</table>"
            "<p>Kontaktní osoba: Mgr. Eliška Navrátilová, Ph.D., vedoucí studentské televize, "
            "tel. 469 611 284</p>"
            "<p>S pozdravem<br>Eliška Navrátilová<br>Univerzita Josefa Dobrovského v "
            "Chrudimi<br>Fakulta sociálních studií, Katedra žurnalistiky</p>"
            "</body></html>"
        ),
    },
    {
        "id": "bd032-hungarian-slovak-bilingual-paper",
        "description": "bilingual Hungarian and Slovak mail of a minority paper from Slovakia "
        "in ISO-8859-2; Slovak IČO, contact in Hungarian order",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Csallóközi Hírek s.r.o.",
            I32,
            None,
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.109"],
            "Nagy Tímea",
            "nagy.timea@csallokozihirek.example",
            "+421315526140",
        ),
        "from": "Nagy Tímea <nagy.timea@csallokozihirek.example>",
        "subject": "Kérelem / Žiadosť – XML výsledky volieb",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Tisztelt Hivatal! / Vážený úrad,\n\n"
            "a Csallóközi Hírek s.r.o. (IČO "
            f"{I32}, Dunajská Streda) hozzáférést kér a választási eredmények XML "
            "szerveréhez.\n"
            "spoločnosť Csallóközi Hírek s.r.o. žiada o prístup k XML výsledkom volieb.\n\n"
            "Éles / produkčné IP: 203.0.113.100, 203.0.113.101\n"
            "Teszt / testovacia IP: 203.0.113.109\n\n"
            "Kapcsolattartó / kontakt: Nagy Tímea, +421 31 552 6140\n\n"
            "Üdvözlettel / S pozdravom\nNagy Tímea\nfőszerkesztő-helyettes\n"
        ),
    },
    {
        "id": "bd033-freelancer-own-databox-rtf",
        "description": "data message from a freelancer's own box (type 40), a bare annotation, "
        "the RTF gives addresses and his degree",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Pavel Roubal",
            I33,
            "rb5p8xe",
            ["192.0.2.170"],
            ["192.0.2.171"],
            "Pavel Roubal",
            "roubal@datazurnal.example",
            "+420731662048",
        ),
        "subject": "Žádost o XML",
        "databox": box("rb5p8xe", "Pavel Roubal", "Husova 412, 370 01 České Budějovice", kind=40),
        "attachments": [
            (
                "rtf",
                "zadost_Roubal.rtf",
                [
                    f"Ing. Pavel Roubal, IČO {I33}\nHusova 412, 370 01 České Budějovice",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Jako datový novinář na volné noze (weby Datažurnál a spolupracující "
                    "regionální deníky) žádám o přístup k XML výsledkům.",
                    [
                        ["produkce", "192.0.2.170"],
                        ["test", "192.0.2.171"],
                        ["telefon", "731 662 048"],
                        ["e-mail", "roubal@datazurnal.example"],
                    ],
                    "Ing. Pavel Roubal",
                ],
            )
        ],
    },
    {
        "id": "bd034-swedish-long-pdf-filming-later",
        "description": "long English-Swedish PDF letter: the feed now, filming only for the "
        "presidential election (a later request), an organisationsnummer that is no IČO",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Nordöstra Tidningar AB",
            None,
            None,
            ["198.51.100.230", "198.51.100.231"],
            ["198.51.100.239"],
            "Ingrid Holmqvist",
            "ingrid.holmqvist@nordostra.example",
            "+46854511820",
        ),
        "from": "Ingrid Holmqvist <ingrid.holmqvist@nordostra.example>",
        "subject": "Application for access to election results (Nordöstra Tidningar AB)",
        "headers": OWA,
        "body": (
            "Dear colleagues,\n\nplease find our formal application attached.\n\n"
            "Vänliga hälsningar,\nIngrid Holmqvist\n"
        ),
        "attachments": [
            (
                "pdf",
                "NT_application_CZSO.pdf",
                [
                    "NORDÖSTRA TIDNINGAR AB\nSveavägen 44, 111 34 Stockholm, Sweden\n"
                    "Org.nr 556912-4480",
                    "Czech Statistical Office\nElection Department\nPrague",
                    "Stockholm, 15 September 2025",
                    "Subject: Application for access to the election results server",
                    "Nordöstra Tidningar AB publishes four regional dailies in eastern Sweden and "
                    "a joint news site. Our foreign desk has covered Central European elections "
                    "since 2010, and for the Czech parliamentary election we would like to "
                    "publish live results in our interactive map, which is shared by all four "
                    "titles. We therefore apply for access to the server on which the office "
                    "publishes the results in XML format.",
                    "We do not apply for a filming permit at this election. We intend to send "
                    "a camera team to Prague for the presidential election and will apply for "
                    "the permit separately at that time.",
                    {
                        "rows": [
                            ["Role", "IP address", "Comment"],
                            ["production", "198.51.100.230", "primary"],
                            ["production", "198.51.100.231", "secondary"],
                            ["test", "198.51.100.239", "staging"],
                        ],
                        "widths": [100, 140, 180],
                    },
                    "Contact person for this application: Ingrid Holmqvist, head of digital "
                    "development, phone +46 8 545 118 20, ingrid.holmqvist@nordostra.example.",
                    "Med vänliga hälsningar / Yours sincerely\n\nAnders Wikström\nEditor-in-chief",
                ],
            )
        ],
    },
    {
        "id": "bd035-photo-agency-reply-corrects-range",
        "description": "reply above a quoted thread correcting a written range from .60-65 to "
        ".60-63 (four addresses), no test address; format=flowed delsp",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Fotoagentura Kontrast s.r.o.",
            I35,
            None,
            ["203.0.113.60", "203.0.113.61", "203.0.113.62", "203.0.113.63"],
            [],
            "Radek Pelikán",
            "pelikan@fotokontrast.example",
            "+420603218744",
        ),
        "from": "Radek Pelikán <pelikan@fotokontrast.example>",
        "subject": "Re: Re: žádost Fotoagentura Kontrast",
        "headers": ZIMBRA,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, v první zprávě jsem uvedl rozsah 203.0.113.60-65, to je špatně. "
            "Správně je 203.0.113.60-63, jiné adresy nemáme. Testovací adresu nemáme, "
            "testovat budeme z produkce.\n\n"
            "Radek Pelikán\n\n"
            "----- Původní zpráva -----\n"
            'Od: "Volby – ČSÚ" <volby@czso.cz>\n'
            "Předmět: Re: žádost Fotoagentura Kontrast\n\n"
            "Dobrý den, prosíme o upřesnění rozsahu IP adres, uvedený rozsah přesahuje "
            "povolený počet.\n\n"
            "----- Původní zpráva -----\n"
            "Od: Radek Pelikán\n\n"
            f"Fotoagentura Kontrast s.r.o., IČO {I35}, žádá o přístup k XML výsledkům a o "
            "povolení fotografovat na ústředí ČSÚ ve volební noc. IP: 203.0.113.60-65. "
            "Kontakt Radek Pelikán, 603 218 744.\n"
        ),
    },
    {
        "id": "bd036-empty-body-xlsx-two-sheets-cancelled",
        "description": "empty body; XLSX with an ANO/NE sheet (filming NE) and an address sheet "
        "with one address marked 'zrušeno', contact surname first",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "TV Horácko s.r.o.",
            I36,
            None,
            ["198.18.77.1", "198.18.77.2"],
            ["198.18.77.9"],
            "Marie Koubková",
            "koubkova@tvhoracko.example",
            "+420566211870",
        ),
        "from": "Marie Koubková <koubkova@tvhoracko.example>",
        "subject": "TV Horácko – formulář",
        "headers": SEZNAM,
        "body": "",
        "attachments": [
            (
                "xlsx",
                "TVH_formular.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "TV Horácko s.r.o."],
                            ["IČO", I36],
                            ["Přístup k XML výsledkům", "ANO"],
                            ["Natáčení na pracovišti ČSÚ", "NE"],
                            ["Kontaktní osoba", "Koubková Marie"],
                            ["Telefon", "566 211 870"],
                            ["E-mail", "koubkova@tvhoracko.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP", "typ", "poznámka"],
                            ["198.18.77.1", "produkční", ""],
                            ["198.18.77.2", "produkční", ""],
                            ["198.18.77.3", "produkční", "zrušeno – server vyřazen"],
                            ["198.18.77.9", "testovací", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bd037-italian-filming-only-terse",
        "description": "terse Italian note: filming only at headquarters, 'nessun accesso XML'",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Radiotelevisione Adriatica S.p.A.",
            None,
            None,
            [],
            [],
            "Alessandro Ferri",
            "a.ferri@rtadriatica.example",
            "+393357714420",
        ),
        "from": "Alessandro Ferri <a.ferri@rtadriatica.example>",
        "subject": "permesso riprese - notte elettorale",
        "headers": IPHONE,
        "body": (
            "Buonasera, per Radiotelevisione Adriatica S.p.A. chiediamo solo il permesso di "
            "riprese presso la sede centrale a Praga la sera delle elezioni. Nessun accesso "
            "XML. Operatore e giornalista, due persone.\n"
            "Alessandro Ferri, corrispondente, +39 335 771 4420\n"
        ),
    },
    {
        "id": "bd038-polish-agency-inline-forward-internal",
        "description": "the Czech office of a Polish agency forwards its IT's English-Polish "
        "mail inline; internal hosts behind NAT are no addresses; the forwarder is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Agencja Prasowa Karkonosze S.A.",
            None,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Michaela Wójciková",
            "wojcikova@apkarkonosze.example",
            "+420739508116",
        ),
        "from": "Michaela Wójciková <wojcikova@apkarkonosze.example>",
        "subject": "Fwd: CZ elections - XML access details",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám údaje od našeho IT v Jelení Hoře k žádosti Agencja Prasowa "
            "Karkonosze S.A. o přístup k XML výsledkům. Kontaktní osobou pro žádost jsem já, "
            "tel. 739 508 116.\n\n"
            "Michaela Wójciková\npobočka Liberec\n\n"
            "---------- Forwarded message ---------\n"
            "From: Krzysztof Mazur <k.mazur@apkarkonosze.example>\n"
            "Date: Wed, 17 Sep 2025 at 09:14\n"
            "Subject: CZ elections - XML access details\n"
            "To: Michaela Wójciková <wojcikova@apkarkonosze.example>\n\n"
            "Cześć Michaela,\n"
            "public NAT address for the results importer: 192.0.2.220\n"
            "test box: 192.0.2.221\n"
            "(the internal workers 172.16.4.10-12 sit behind the NAT, do not send them)\n"
            "Pozdrawiam, Krzysztof\n"
        ),
    },
    {
        "id": "bd039-french-tv-docx-conditional-ipv6",
        "description": "French TV's DOCX: IPv6-only addresses and filming asked 'si une équipe "
        "est disponible' (a conditional request still counts)",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Télé Vosges-Alsace SAS",
            None,
            None,
            ["2001:db8:fa::1", "2001:db8:fa::2"],
            ["2001:db8:fa::100"],
            "Mathilde Kessler",
            "m.kessler@televosges.example",
            "+33388412260",
        ),
        "from": "Mathilde Kessler <m.kessler@televosges.example>",
        "subject": "Demande – résultats XML / tournage",
        "headers": ROUNDCUBE,
        "body": "Bonjour,\nci-joint notre demande.\nCordialement,\nMathilde Kessler\n",
        "attachments": [
            (
                "docx",
                "TVA_demande_CSU.docx",
                {
                    "header": "Télé Vosges-Alsace SAS – 12 quai des Bateliers, 67000 Strasbourg",
                    "footer": "SIRET 812 447 390 00024",
                    "blocks": [
                        "Objet : demande d'accès aux résultats électoraux (XML)",
                        "Madame, Monsieur,",
                        "Télé Vosges-Alsace SAS sollicite l'accès au serveur des résultats "
                        "au format XML. Si une équipe est disponible ce soir-là, nous "
                        "souhaiterions également filmer au siège de l'Office à Prague ; "
                        "merci de nous accorder aussi cette autorisation.",
                        {
                            "rows": [
                                ["Usage", "Adresse IPv6"],
                                ["production", "2001:db8:fa::1"],
                                ["production", "2001:db8:fa::2"],
                                ["test", "2001:db8:fa::100"],
                            ]
                        },
                        "Contact : Mathilde Kessler, +33 3 88 41 22 60",
                        "Le directeur de l'information, Julien Marchal",
                    ],
                },
            )
        ],
    },
    {
        "id": "bd040-publisher-databox-odt-resp",
        "description": "data message with an ODT: two addresses 'pro produkci, resp. "
        "testování', both requests, the publisher (with IČO) rather than its weekly",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Podbrdsko, s.r.o.",
            I40,
            "vp3b7nw",
            ["203.0.113.80"],
            ["203.0.113.88"],
            "Jitka Boháčová",
            "bohacova@podbrdsko.example",
            "+420318624503",
        ),
        "subject": "Žádost – Podbrdský týdeník – volby 2025",
        "databox": box("vp3b7nw", "Vydavatelství Podbrdsko, s.r.o.", "Dlouhá 58, 261 01 Příbram"),
        "attachments": [
            (
                "odt",
                "zadost_Podbrdsky_tydenik.odt",
                [
                    f"Vydavatelství Podbrdsko, s.r.o., IČO {I40}, vydavatel Podbrdského týdeníku",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení natáčet "
                    "krátká videa pro web týdeníku na krajském pracovišti ČSÚ pro Středočeský "
                    "kraj.",
                    "IP adresy: 203.0.113.80 a 203.0.113.88 pro produkci, resp. testování.",
                    "Kontakt: Jitka Boháčová, zástupkyně šéfredaktora, 318 624 503, "
                    "bohacova@podbrdsko.example",
                    "Příbram 11. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "bd041-spanish-university-long-alternative",
        "description": "long formal Spanish letter from a foreign university's research group, "
        "multipart/alternative; a written range of three, tests from the same IP",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Universidad de Castilla Oriental",
            None,
            None,
            ["198.51.100.160", "198.51.100.161", "198.51.100.162"],
            [],
            "Lucía Benavente Orozco",
            "lbenavente@uco-castilla.example",
            "+34914882130",
        ),
        "from": "Lucía Benavente Orozco <lbenavente@uco-castilla.example>",
        "subject": "Solicitud de acceso a los resultados electorales – Universidad de Castilla "
        "Oriental",
        "headers": EVOLUTION,
        "body": (
            "Estimados señores:\n\n"
            "Me dirijo a ustedes en nombre del Grupo de Investigación en Comportamiento "
            "Electoral Comparado de la Universidad de Castilla Oriental. Desde 2016 "
            "estudiamos la dinámica del recuento en las democracias de Europa Central y "
            "publicamos análisis en tiempo real en colaboración con varios medios españoles.\n\n"
            "Con motivo de las próximas elecciones a la Cámara de Diputados de la República "
            "Checa, solicitamos el acceso al servidor en el que la Oficina publica los "
            "resultados en formato XML. No solicitamos permiso de grabación.\n\n"
            "Datos técnicos:\n"
            "  Direcciones IP de producción: 198.51.100.160 - 198.51.100.162\n"
            "  Pruebas: las haremos desde la misma IP de producción.\n\n"
            "Persona de contacto: Dra. Lucía Benavente Orozco, investigadora principal, "
            "tel. +34 91 488 21 30.\n\n"
            "Agradeciendo de antemano su atención, reciban un cordial saludo.\n\n"
            "Dra. Lucía Benavente Orozco\n"
            "Departamento de Ciencia Política\n"
            "Universidad de Castilla Oriental\n"
            "Campus de la Vega, Cuenca, España\n"
        ),
        "html": (
            "<p>Estimados señores:</p>"
            "<p>Me dirijo a ustedes en nombre del Grupo de Investigación en Comportamiento "
            "Electoral Comparado de la Universidad de Castilla Oriental. Desde 2016 "
            "estudiamos la dinámica del recuento en las democracias de Europa Central y "
            "publicamos análisis en tiempo real en colaboración con varios medios españoles."
            "</p>"
            "<p>Con motivo de las próximas elecciones a la Cámara de Diputados de la "
            "República Checa, solicitamos el acceso al servidor en el que la Oficina publica "
            "los resultados en formato XML. No solicitamos permiso de grabación.</p>"
            "<p>Datos técnicos:<br>Direcciones IP de producción: 198.51.100.160 - "
            "198.51.100.162<br>Pruebas: las haremos desde la misma IP de producción.</p>"
            "<p>Persona de contacto: Dra. Lucía Benavente Orozco, investigadora principal, "
            "tel. +34 91 488 21 30.</p>"
            "<p>Agradeciendo de antemano su atención, reciban un cordial saludo.</p>"
            "<p>Dra. Lucía Benavente Orozco<br>Departamento de Ciencia Política<br>"
            "Universidad de Castilla Oriental<br>Campus de la Vega, Cuenca, España</p>"
        ),
    },
    {
        "id": "bd042-village-terse-replaced-ipv6-cp1250",
        "description": "village mayor's terse note in windows-1250: a new IPv6 address "
        "replaces the former one, an IPv4 test address, both requests",
        "style": Style.TERSE,
        "labels": L(
            [FEED, FILM],
            "Obec Stará Hůrka",
            I42,
            None,
            ["2001:db8:5a::8"],
            ["192.0.2.33"],
            "Jaroslav Kučera",
            "starosta@starahurka.example",
            "+420602318455",
        ),
        "from": "Jaroslav Kučera <starosta@starahurka.example>",
        "subject": "obec Stará Hůrka - volby, kabelovka",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            f"Dobrý den, Obec Stará Hůrka (IČO {I42}) žádá pro obecní kabelovou televizi "
            "o přístup k XML a o povolení natočit krátkou reportáž na pracovišti v Plzni.\n"
            "IPv6 2001:db8:5a::8 (nahrazuje dřívější 2001:db8:5a::5), test 192.0.2.33.\n"
            "Jaroslav Kučera, starosta, 602 318 455\n"
        ),
    },
]
