"""Thirty-fifth held-out part ``dc``, cases dc029–dc042: a Spanish HTML table with a backup row
and a client version, a Swiss daily with IPv6 and a /32, a Slovak freelancer filming now and
leaving the feed for a later election, a publisher's data message with a range in the
annotation, a German correspondent forwarding her head office's mail as an attachment, a Dutch
't/m' range, a town's DOCX with netmasks and its box ID in the header, a phone note whose
contact changes, a Belgian OUI/NON form, a municipal data message with the application only in
a PDF, a Finnish temporary test host, an IT contractor's long letter picking addresses out of
a /29, a reply withdrawing an own earlier filming request and a Slovak 'respektíve'. Written
by hand apart from the extraction rules (see make_thirtyfifth_dc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfifth_dc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I32, I35, I36, I38 = ico("2750418"), ico("0029951"), ico("2685307"), ico("0026472")
I40, I41, I42 = ico("2614983"), ico("4872201"), ico("3608215")

CASES: list[dict[str, Any]] = [
    {
        "id": "dc029-spanish-html-respaldo",
        "description": "HTML-only Spanish mail: table with Producción / Respaldo / Pruebas; "
        "a dotted client version number in the text",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Diari del Vallès, S.L.",
            None,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Jordi Puig i Ferrer",
            "jpuig@diarivalles.example",
            "+34937214580",
        ),
        "from": "Jordi Puig i Ferrer <jpuig@diarivalles.example>",
        "subject": "Solicitud de acceso a resultados XML",
        "headers": OUTLOOK,
        "html": (
            '<html><body style="font-family:Arial">'
            "<p>Buenos días:</p>"
            "<p>Diari del Vallès, S.L. (Sabadell) solicita acceso al servicio XML de "
            "resultados electorales. Usaremos nuestro cliente de descarga versión 2.4.1.7 "
            "desde las siguientes direcciones:</p>"
            '<table border="1" cellspacing="0">'
            "<tr><th>Entorno</th><th>Dirección IP</th></tr>"
            "<tr><td>Producción</td><td>203.0.113.60</td></tr>"
            "<tr><td>Respaldo</td><td>203.0.113.61</td></tr>"
            "<tr><td>Pruebas</td><td>203.0.113.62</td></tr>"
            "</table>"
            "<p>Contacto: Jordi Puig i Ferrer, tel. +34 937 214 580.</p>"
            "<p>Atentamente,<br>Jordi Puig i Ferrer<br>Cap de sistemes</p>"
            "</body></html>"
        ),
    },
    {
        "id": "dc030-swiss-ipv6-and-32",
        "description": "Swiss German daily: production IPv6 in compressed form, test as an "
        "IPv4 /32; parser version and port number nearby",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Zürcher Landbote AG",
            None,
            None,
            ["2001:db8:1f0::80"],
            ["198.51.100.18"],
            "Reto Brunner",
            "reto.brunner@landbote.example",
            "+41445528316",
        ),
        "from": "Reto Brunner <reto.brunner@landbote.example>",
        "subject": "Zugang XML-Wahldaten – Zürcher Landbote",
        "headers": APPLE,
        "body": (
            "Grüezi\n\n"
            "Die Zürcher Landbote AG (UID CHE-114.338.902) ersucht um Zugang zu den "
            "Wahlresultaten im XML-Format.\n\n"
            "Produktion: 2001:db8:1f0::80 (nur IPv6)\n"
            "Test: 198.51.100.18/32\n\n"
            "Unser Parser (Version 3.2.0.1) holt die Daten per HTTPS auf Port 443 ab.\n\n"
            "Kontakt: Reto Brunner, +41 44 552 83 16\n\n"
            "Freundliche Grüsse\nReto Brunner\nLeiter Datenteam\n"
        ),
    },
    {
        "id": "dc031-slovak-freelancer-feed-later-election",
        "description": "Slovak freelance cameraman writes Slovak: filming now, the XML feed "
        "only for the presidential election later (not requested now)",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Marek Kollár",
            None,
            None,
            [],
            [],
            "Marek Kollár",
            "marek.kollar@kollarfilm.example",
            "+421948310276",
        ),
        "from": "Marek Kollár <marek.kollar@kollarfilm.example>",
        "subject": "Žiadosť o povolenie nakrúcania",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "som slobodný kameraman (živnostník bez firmy) a pre slovenskú verejnoprávnu "
            "televíziu pripravujem reportáž o českých voľbách. Žiadam o povolenie nakrúcať "
            "na Vašom zbernom mieste v Brne počas volebnej noci.\n\n"
            "O prístup k XML výsledkom teraz nežiadam; ak ho budem potrebovať pri "
            "prezidentských voľbách, pošlem samostatnú žiadosť.\n\n"
            "Kontakt: Marek Kollár, +421 948 310 276\n\n"
            "Ďakujem\nMarek Kollár\n"
        ),
    },
    {
        "id": "dc032-databox-publisher-annotation-range-odt-extract",
        "description": "publisher's data message: the application in the annotation with a "
        "range 'až'; the attached ODT is a register extract carrying the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Lorenc a syn s.r.o.",
            I32,
            "v9rc4tx",
            ["198.51.100.5", "198.51.100.6", "198.51.100.7"],
            ["198.51.100.9"],
            "Pavel Lorenc",
            "lorenc@lorencasyn.example",
            "+420605118904",
        ),
        "subject": (
            "Žádost o XML přístup (volby): produkce 198.51.100.5 až 198.51.100.7, test "
            "198.51.100.9; kontakt Pavel Lorenc 605 118 904, lorenc@lorencasyn.example"
        ),
        "databox": {
            "box": "v9rc4tx",
            "sender": "Vydavatelství Lorenc a syn s.r.o.",
            "address": "Pražská 9, 397 01 Písek",
        },
        "attachments": [
            (
                "odt",
                "vypis_OR.odt",
                [
                    "Výpis z obchodního rejstříku",
                    "vedeného Krajským soudem v Českých Budějovicích, oddíl C, vložka 31877",
                    [
                        ["Datum vzniku a zápisu:", "3. dubna 2009"],
                        ["Obchodní firma:", "Vydavatelství Lorenc a syn s.r.o."],
                        ["Sídlo:", "Pražská 9, 397 01 Písek"],
                        ["Identifikační číslo:", f"{I32[:3]} {I32[3:5]} {I32[5:]}"],
                        ["Právní forma:", "Společnost s ručením omezeným"],
                        ["Jednatel:", "PAVEL LORENC, dat. nar. 14. června 1971"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "dc033-german-correspondent-forwards-eml",
        "description": "Prague correspondent of a German broadcaster forwards head office's "
        "mail as .eml; she adds filming and names herself the local contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Westfunk Medien GmbH",
            None,
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.219"],
            "Claudia Brenner",
            "claudia.brenner@westfunk.example",
            "+420731906422",
        ),
        "from": "Claudia Brenner <claudia.brenner@westfunk.example>",
        "subject": "WG: Zugang Wahlergebnisse Tschechien",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "im Anhang die Nachricht unserer IT in Köln mit den IP-Adressen für den "
            "XML-Zugang der Westfunk Medien GmbH. Außerdem möchten wir in der Wahlnacht "
            "in Ihrer Sammelstelle in Prag drehen (Kamerateam zu dritt).\n\n"
            "Ansprechpartnerin vor Ort bin ich: Claudia Brenner, Korrespondentin in Prag, "
            "mobil +420 731 906 422.\n\n"
            "Mit freundlichen Grüßen\nClaudia Brenner\nWestfunk – Studio Prag\n"
        ),
        "attachments": [
            (
                "eml",
                "Zugang Wahlergebnisse.eml",
                {
                    "id": "dc033-inner",
                    "from": "Holger Weiß <h.weiss@westfunk.example>",
                    "to": "Claudia Brenner <claudia.brenner@westfunk.example>",
                    "subject": "Zugang Wahlergebnisse Tschechien",
                    "body": (
                        "Hallo Claudia,\n\n"
                        "für den Antrag beim ČSÚ bitte diese Adressen angeben:\n"
                        "Produktion: 192.0.2.210, 192.0.2.211\n"
                        "Test: 192.0.2.219\n\n"
                        "Gruß\nHolger Weiß\nIT-Betrieb Köln, +49 221 880 4417\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "dc034-dutch-tm-range",
        "description": "Dutch regional broadcaster writes Dutch: production as a range "
        "'t/m', test single; KvK number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Omroep Twente-Oost B.V.",
            None,
            None,
            ["203.0.113.170", "203.0.113.171", "203.0.113.172"],
            ["203.0.113.179"],
            "Femke de Vries",
            "f.devries@omroeptwenteoost.example",
            "+31534308812",
        ),
        "from": "Femke de Vries <f.devries@omroeptwenteoost.example>",
        "subject": "Aanvraag toegang verkiezingsuitslagen XML",
        "headers": TBIRD,
        "body": (
            "Geachte heer/mevrouw,\n\n"
            "Omroep Twente-Oost B.V. (KvK 06083927) vraagt toegang aan tot de "
            "verkiezingsuitslagen in XML-formaat.\n\n"
            "Productie-IP's: 203.0.113.170 t/m 203.0.113.172\n"
            "Test-IP: 203.0.113.179\n\n"
            "Contactpersoon: Femke de Vries, tel. +31 53 430 88 12\n\n"
            "Met vriendelijke groet,\nFemke de Vries\nredactie online\n"
        ),
    },
    {
        "id": "dc035-town-docx-netmask-box-in-header",
        "description": "a town's DOCX letter: netmask column (a /30 and a single host), its "
        "data-box ID in the page header, IČO in the footer; e-mail not a data message",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Město Dolní Kounice nad Jihlavou",
            I35,
            "d6nx3ve",
            ["198.51.100.48", "198.51.100.49", "198.51.100.50", "198.51.100.51"],
            ["198.51.100.56"],
            "Lenka Burianová",
            "burianova@dkounice.example",
            "+420546220418",
        ),
        "from": "Lenka Burianová <burianova@dkounice.example>",
        "subject": "Žádost města o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost města, podepsanou panem starostou.\n\n"
            "Lenka Burianová\nodbor informatiky\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_mesto_volby.docx",
                {
                    "header": "Město Dolní Kounice nad Jihlavou | Městský úřad | ID datové "
                    "schránky: d6nx3ve",
                    "footer": f"IČO: {I35} | Náměstí 1, 664 64 Dolní Kounice n. J.",
                    "blocks": [
                        "Český statistický úřad",
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Město provozuje zpravodajský web a infokanál kabelové televize. "
                        "Žádáme o povolení přístupu z těchto adres:",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa", "Maska"],
                                ["produkční", "198.51.100.48", "255.255.255.252"],
                                ["testovací", "198.51.100.56", "255.255.255.255"],
                            ]
                        },
                        "Kontaktní osoba: Lenka Burianová, odbor informatiky, "
                        "tel. 546 220 418, burianova@dkounice.example",
                        "Ing. Bohumil Vrba, starosta",
                    ],
                },
            )
        ],
    },
    {
        "id": "dc036-phone-note-contact-replaced",
        "description": "phone-typed note without diacritics; the contact is replaced later "
        "in the same message (maternity leave)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brnensky svet s.r.o.",
            I36,
            None,
            ["192.0.2.44"],
            ["192.0.2.45"],
            "Lukas Dvorak",
            "dvorak@brnenskysvet.example",
            "+420739201587",
        ),
        "from": "Jana Mikova <mikova@brnenskysvet.example>",
        "subject": "zadost xml volby",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "dobry den\n"
            f"za Brnensky svet s.r.o. (ico {I36}) zadame o pristup k xml vysledkum. "
            "prod 192.0.2.44, test 192.0.2.45. kontakt ja, Jana Mikova 604 118 220\n"
            "jeste oprava – od pristiho tydne jsem na materske, kontaktni osoba bude "
            "kolega Lukas Dvorak, 739 201 587, dvorak@brnenskysvet.example\n"
            "diky JM\n\n"
            "Odeslano z meho Galaxy\n"
        ),
    },
    {
        "id": "dc037-belgian-oui-non-form",
        "description": "Belgian radio writes French in a form with OUI/NON answers: feed "
        "OUI, filming NON; production IPv4, test IPv6",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Radio Meuse Info ASBL",
            None,
            None,
            ["198.51.100.90"],
            ["2001:db8:be::90"],
            "Nathalie Dubois",
            "n.dubois@meuseinfo.example",
            "+32473552180",
        ),
        "from": "Nathalie Dubois <n.dubois@meuseinfo.example>",
        "subject": "Formulaire de demande – résultats électoraux",
        "headers": ROUNDCUBE,
        "body": (
            "Bonjour,\n\nVoici notre demande :\n\n"
            "Organisme demandeur ........ Radio Meuse Info ASBL (BCE 0412.338.207), Namur\n"
            "Accès au flux XML ........... OUI\n"
            "Autorisation de tournage .... NON\n"
            "IP de production ............ 198.51.100.90\n"
            "IP de test .................. 2001:db8:be::90\n"
            "Contact ..................... Nathalie Dubois, GSM +32 473 55 21 80\n\n"
            "Cordialement,\nNathalie Dubois\n"
        ),
    },
    {
        "id": "dc038-databox-town-pdf-only-feed-and-film",
        "description": "municipal data message, annotation only a reference; the PDF letter "
        "asks for feed and filming, production as a range, names the office's box",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Rožná Lhota",
            I38,
            "r5hw7jc",
            ["203.0.113.230", "203.0.113.231"],
            ["203.0.113.235"],
            "Martin Kubíček",
            "kubicek@roznalhota.example",
            "+420566703142",
        ),
        "subject": "MRL/2219/2025 – žádost",
        "databox": {
            "box": "r5hw7jc",
            "sender": "Město Rožná Lhota",
            "address": "Náměstí Republiky 3, 592 51 Rožná Lhota",
            "type": 10,
            "ref": "MRL/2219/2025",
        },
        "attachments": [
            (
                "pdf",
                "MRL_2219_2025.pdf",
                [
                    "Město Rožná Lhota, Náměstí Republiky 3, 592 51 Rožná Lhota",
                    "Český statistický úřad, datová schránka 2gfaasy",
                    "Č. j. MRL/2219/2025, vyřizuje Ing. Martin Kubíček",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    f"Město Rožná Lhota, IČO {I38}, žádá o zřízení přístupu k výsledkům "
                    "voleb ve formátu XML pro městský web z produkčních adres 203.0.113.230 – "
                    "203.0.113.231 a z testovací adresy 203.0.113.235.",
                    "Současně žádáme o povolení natáčet pro Rožnovskou televizi na sběrném "
                    "místě v Jihlavě.",
                    "Kontaktní osoba: Ing. Martin Kubíček, tel. 566 703 142, "
                    "kubicek@roznalhota.example",
                    "Mgr. Věra Hronková, starostka",
                ],
            )
        ],
    },
    {
        "id": "dc039-finnish-temporary-test-host",
        "description": "Finnish paper writes English with a Finnish signature: a test "
        "address used only temporarily for the rehearsal",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Järviseudun Uutiset Oy",
            None,
            None,
            ["192.0.2.240"],
            ["192.0.2.244"],
            "Aino Mäkelä",
            "aino.makela@jarviseudun.example",
            "+358407712203",
        ),
        "from": "Aino Mäkelä <aino.makela@jarviseudun.example>",
        "subject": "Access to XML election results – Järviseudun Uutiset",
        "headers": IPHONE,
        "body": (
            "Hello,\n\n"
            "Järviseudun Uutiset Oy (Y-tunnus 2841377-5) would like to access the XML "
            "election results. Production server: 192.0.2.240. For the rehearsal on "
            "1 October we will temporarily test from 192.0.2.244 – you can remove that one "
            "after the election.\n\n"
            "Contact: Aino Mäkelä, +358 40 771 2203\n\n"
            "Ystävällisin terveisin / Best regards,\n"
            "Aino Mäkelä\nuutispäällikkö\n"
        ),
    },
    {
        "id": "dc040-contractor-long-letter-29-subset",
        "description": "IT contractor's long letter for a TV: a /29 network named, only "
        "three addresses of it used (two production, one test); nginx version and ports; "
        "the TV's editor is the contact, the contractor signs",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "TV Podbeskydí s.r.o.",
            I40,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.14"],
            "Hana Bílková",
            "bilkova@tvpodbeskydi.example",
            "+420556880214",
        ),
        "from": "Radim Kolář <kolar@beskydnet.example>",
        "cc": "Hana Bílková <bilkova@tvpodbeskydi.example>",
        "subject": "TV Podbeskydí – žádost o přístup k XML výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "naše firma BeskydNet s.r.o. zajišťuje pro regionální televizi TV Podbeskydí "
            f"s.r.o. (IČO {I40}) kompletní IT včetně webu a vysílací grafiky. Televize nás "
            "požádala, abychom za ni podali žádost o přístup k výsledkům voleb ve formátu "
            "XML; žadatelem je tedy TV Podbeskydí s.r.o.\n\n"
            "Pro úplnost popíšu, jak to u nás vypadá. Televize má od nás přidělenou veřejnou "
            "síť 203.0.113.8/29. Z ní budou na Váš server přistupovat jen tři stroje:\n"
            "  - 203.0.113.10 a 203.0.113.11 – produkční stahovače (aktivní/aktivní),\n"
            "  - 203.0.113.14 – testovací stroj.\n"
            "Ostatní adresy ze sítě (brána .9, tiskárny atd.) prosím nepovolujte.\n\n"
            "Stahovače běží za nginx 1.24.0, odchozí spojení jen na port 443, interval "
            "stahování 20 s, v noci případně 10 s. Testovat budeme 30. 9. mezi 14:00 "
            "a 16:00.\n\n"
            "Kontaktní osobou za televizi je šéfredaktorka Hana Bílková (v kopii), "
            "tel. 556 880 214, bilkova@tvpodbeskydi.example. Na mě se obracejte jen "
            "s technickými dotazy.\n\n"
            "S pozdravem\n\n"
            "Radim Kolář\nBeskydNet s.r.o.\nservis: 556 000 300, mobil 731 450 612\n"
        ),
    },
    {
        "id": "dc041-reply-withdraws-own-filming",
        "description": "reply to the applicant's own earlier mail: filming crossed out, the "
        "feed with the quoted addresses and contact stands",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Krkonošský týdeník, s.r.o.",
            I41,
            None,
            ["192.0.2.70"],
            ["192.0.2.71"],
            "Zdeněk Hořejší",
            "horejsi@krkonossky-tydenik.example",
            "+420603552170",
        ),
        "from": "Zdeněk Hořejší <horejsi@krkonossky-tydenik.example>",
        "subject": "Re: Žádost o přístup k výsledkům a natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v mé žádosti níže jsem žádal i o natáčení na sběrném místě – to prosím škrtněte, "
            "fotograf nám onemocněl. Přístup k XML platí beze změny.\n\n"
            "Z. Hořejší\n\n"
            "-----Original Message-----\n"
            "From: Zdeněk Hořejší <horejsi@krkonossky-tydenik.example>\n"
            "Sent: Monday, September 15, 2025 8:12 AM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k výsledkům a natáčení\n\n"
            f"Dobrý den, Krkonošský týdeník, s.r.o., IČO {I41}, žádá o:\n"
            "1. přístup k výsledkům voleb v XML – produkce 192.0.2.70, test 192.0.2.71\n"
            "2. povolení natáčet na sběrném místě v Trutnově.\n"
            "Kontakt: Zdeněk Hořejší, 603 552 170.\n"
        ),
    },
    {
        "id": "dc042-slovak-respektive-html",
        "description": "Slovak radio, HTML with a plain-text part: roles only by "
        "'respektíve' across two addresses; also asks to record audio",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Rádio Tatry, s.r.o.",
            I42,
            None,
            ["198.51.100.120"],
            ["198.51.100.130"],
            "Ivana Kmeťová",
            "kmetova@radiotatry.example",
            "+421903550812",
        ),
        "from": "Ivana Kmeťová <kmetova@radiotatry.example>",
        "subject": "Žiadosť – výsledky volieb v XML a zvukový záznam",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            f"Rádio Tatry, s.r.o., IČO {I42}, žiada o prístup k výsledkom volieb vo "
            "formáte XML. Adresy 198.51.100.120 a 198.51.100.130 sú určené pre produkciu, "
            "respektíve testovanie.\n\n"
            "Zároveň prosíme o povolenie nahrávať zvuk na zbernom mieste v Ostrave.\n\n"
            "Kontakt: Ivana Kmeťová, +421 903 550 812\n\n"
            "S pozdravom\nIvana Kmeťová\nredaktorka\n"
        ),
        "html": (
            '<div dir="ltr"><p>Dobrý deň,</p>'
            f"<p>Rádio Tatry, s.r.o., IČO {I42}, žiada o prístup k výsledkom volieb vo "
            "formáte XML. Adresy 198.51.100.120 a 198.51.100.130 sú určené pre produkciu, "
            "respektíve testovanie.</p>"
            "<p>Zároveň prosíme o povolenie nahrávať zvuk na zbernom mieste v Ostrave.</p>"
            "<p>Kontakt: Ivana Kmeťová, +421 903 550 812</p>"
            "<p>S pozdravom<br>Ivana Kmeťová<br>redaktorka</p></div>"
        ),
    },
]
