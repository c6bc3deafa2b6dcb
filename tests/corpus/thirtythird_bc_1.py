"""Thirty-third held-out part ``bc``, cases bc001–bc014: German, Polish, Slovak, Hungarian, French,
Spanish and Swedish writers, a university department, a village's data message, an IT contractor
writing for a weekly, a two-line note, an HTML yes/no form, a reply to the office's request for
completion and a letter that puts filming off to a later election. Written by hand apart from the
extraction rules (see make_thirtythird_bc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtythird_bc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZOHO,
    L,
    Style,
    ico,
)

I3, I8, I9, I10 = ico("5231904"), ico("0063817"), ico("0027541"), ico("2873345")
I11, I12, I13, I14 = ico("0614429"), ico("2268317"), ico("4712650"), ico("2590183")
I10C = ico("0541876")

CASES: list[dict[str, Any]] = [
    {
        "id": "bc001-german-regional-tv-backup",
        "description": "German letter-style mail: production with a backup, one test system, a "
        "colleague named as contact, VAT and register numbers, filming declined",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Elbland Fernsehen GmbH",
            None,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Jonas Reinhardt",
            "j.reinhardt@elbland-tv.example",
            "+4935144072218",
        ),
        "from": '"Dr. Sabine Kröger" <s.kroeger@elbland-tv.example>',
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Elbland Fernsehen",
        "headers": OUTLOOK,
        "charset": "iso-8859-1",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "für unsere grenzüberschreitende Berichterstattung über die Wahlen zum "
            "Abgeordnetenhaus möchten wir, die Elbland Fernsehen GmbH (Dresden), den Zugang zu "
            "Ihrem Server mit den vorläufigen Ergebnissen im XML-Format beantragen.\n\n"
            "Unsere IP-Adressen:\n"
            "  Produktivsystem:     198.51.100.130\n"
            "  Backup (Produktion): 198.51.100.131\n"
            "  Testsystem:          198.51.100.140\n\n"
            "Eine Drehgenehmigung für Ihre Sammelstellen benötigen wir diesmal nicht, unser "
            "Team bleibt in Dresden.\n\n"
            "Ansprechpartner für alle technischen Fragen ist mein Kollege Jonas Reinhardt "
            "(IT-Betrieb), j.reinhardt@elbland-tv.example, Tel. +49 351 4407 2218.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Dr. Sabine Kröger\nChefredaktion\n"
            "Elbland Fernsehen GmbH · Königsbrücker Str. 96 · 01099 Dresden\n"
            "Zentrale +49 351 4407 0 · Amtsgericht Dresden HRB 28411 · "
            "USt-IdNr. DE 287 451 903\n"
        ),
    },
    {
        "id": "bc002-polish-agency-range-and-filming",
        "description": "Polish agency: a written range of three production addresses, testing "
        "from production, NIP and REGON instead of an IČO, filming asked too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agencja Informacyjna Wschód sp. z o.o.",
            None,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            [],
            "Katarzyna Wróblewska",
            "k.wroblewska@aiw.example",
            "+48225103471",
        ),
        "from": "Katarzyna Wróblewska <k.wroblewska@aiw.example>",
        "subject": "Wniosek o dostęp do wyników wyborów w formacie XML",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "w imieniu Agencja Informacyjna Wschód sp. z o.o. (Lublin) zwracam się z prośbą o "
            "udostępnienie wyników wyborów do Izby Poselskiej w formacie XML.\n\n"
            "Adresy IP serwerów produkcyjnych: 203.0.113.20 - 203.0.113.22.\n"
            "Osobnego serwera testowego nie mamy, testy przeprowadzimy z adresów "
            "produkcyjnych.\n\n"
            "Prosimy także o zgodę na nagrywanie materiału wideo w punkcie zbierania danych w "
            "Pradze w noc wyborczą (2 osoby, kamera + statyw).\n\n"
            "Dane firmy: NIP 946-258-31-07, REGON 431082659, KRS 0000518347.\n\n"
            "Z poważaniem\nKatarzyna Wróblewska\nredaktor dyżurna\n"
            "tel. +48 22 510 34 71\n"
        ),
    },
    {
        "id": "bc003-slovak-freelancer-filming-only",
        "description": "Slovak freelance cameraman asks only to film; says he does not need the "
        "XML; trade name joined to his name by a dash",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Marek Hudák – HUDAK FILM",
            I3,
            None,
            [],
            [],
            "Marek Hudák",
            "marek@hudakfilm.example",
            "+421905118274",
        ),
        "from": "Marek Hudák <marek@hudakfilm.example>",
        "subject": "Žiadosť o povolenie nakrúcania – voľby",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            f"som živnostník (Marek Hudák – HUDAK FILM, IČO {I3}) a pre slovenskú "
            "televíziu pripravujem reportáž o českých voľbách. Chcel by som požiadať o "
            "povolenie nakrúcať na zbernom mieste ČSÚ v Brne počas volebnej noci, približne "
            "od 22:00 do 1:00.\n\n"
            "Prístup k XML s výsledkami nepotrebujem, dáta mi posiela redakcia.\n\n"
            "Ďakujem a prajem pekný deň,\nMarek Hudák\n+421 905 118 274\n"
            "www.hudakfilm.example\n"
        ),
    },
    {
        "id": "bc004-hungarian-cidr-ipv6-test",
        "description": "Hungarian-English mail: a /30 block for production, an IPv6 test "
        "address, a Hungarian tax number whose first eight digits look like an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunántúli Hírek Kft.",
            None,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["2001:db8:4f0::20"],
            "Zsófia Kertész",
            "kertesz.zsofia@duhirek.example",
            "+36304127789",
        ),
        "from": "Kertész Zsófia <kertesz.zsofia@duhirek.example>",
        "subject": "Request for XML election results access / Hozzáférés kérése",
        "headers": ZOHO,
        "charset": "iso-8859-2",
        "cte": "base64",
        "body": (
            "Tisztelt Hölgyeim és Uraim, Dear Sir or Madam,\n\n"
            "our news portal Dunántúli Hírek (publisher: Dunántúli Hírek Kft., Győr) would "
            "like to request access to the XML results server for the Czech parliamentary "
            "election.\n\n"
            "Production network: 192.0.2.64/30\n"
            "Test: 2001:db8:4f0::20 (IPv6 only)\n\n"
            "Kapcsolattartó / contact person: Zsófia Kertész, +36 30 412 7789, "
            "kertesz.zsofia@duhirek.example\n\n"
            "Köszönöm / Thank you,\nKertész Zsófia\nonline szerkesztő\n"
            "Dunántúli Hírek Kft. | Adószám: 12845731-2-08 | Cg. 08-09-031774\n"
        ),
    },
    {
        "id": "bc005-french-pdf-letter-backup-mobile",
        "description": "French mail with the application in a PDF letter: a table with "
        "production, backup and test rows, filming 'non', a switchboard and a mobile",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Radio Lumière Europe SAS",
            None,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.210"],
            "Étienne Garnier",
            "e.garnier@radiolumiere.example",
            "+33612489033",
        ),
        "from": "Étienne Garnier <e.garnier@radiolumiere.example>",
        "subject": "Demande d'accès aux résultats électoraux (XML)",
        "headers": APPLE,
        "charset": "iso-8859-1",
        "body": (
            "Madame, Monsieur,\n\n"
            "veuillez trouver ci-joint notre demande d'accès au serveur des résultats des "
            "élections législatives tchèques.\n\n"
            "Bien cordialement,\nÉtienne Garnier\n"
        ),
        "attachments": [
            (
                "pdf",
                "demande_acces_CSU.pdf",
                [
                    "Radio Lumière Europe SAS\n14, rue des Tanneurs, 67000 Strasbourg\n"
                    "SIRET 812 345 678 00021",
                    "Office tchèque de statistique (ČSÚ)\nNa padesátém 81, 100 82 Praha 10",
                    "Strasbourg, le 3 septembre 2025",
                    "Objet : demande d'accès aux résultats électoraux au format XML",
                    "Madame, Monsieur, Radio Lumière Europe SAS souhaite recevoir les résultats "
                    "provisoires des élections à la Chambre des députés. Nos coordonnées "
                    "techniques figurent dans le tableau ci-dessous.",
                    {
                        "rows": [
                            ["Rubrique", "Valeur"],
                            ["Adresse IP de production", "198.51.100.200"],
                            ["Adresse IP de secours (production)", "198.51.100.201"],
                            ["Adresse IP de test", "198.51.100.210"],
                            ["Autorisation de tournage", "non"],
                            ["Responsable technique", "Étienne Garnier"],
                            [
                                "Téléphone",
                                "standard +33 1 45 67 22 10, portable +33 6 12 48 90 33",
                            ],
                            ["Courriel", "e.garnier@radiolumiere.example"],
                        ],
                        "widths": [170, 250],
                    },
                    "Étienne Garnier, directeur technique",
                ],
            )
        ],
    },
    {
        "id": "bc006-spanish-filming-withdrawn-ps",
        "description": "Spanish mail asks for feed and filming, then a P.D. withdraws the "
        "filming; production and test named in Spanish",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias S.A.",
            None,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Lucía Ferrer Blanco",
            "lferrer@aibnoticias.example",
            "+34915554720",
        ),
        "from": "Lucía Ferrer Blanco <lferrer@aibnoticias.example>",
        "subject": "Solicitud de acceso – resultados electorales XML y grabación",
        "headers": OUTLOOK,
        "charset": "utf-8",
        "cte": "8bit",
        "body": (
            "Estimados señores:\n\n"
            "La Agencia Ibérica de Noticias S.A. (Madrid) solicita:\n"
            "1) acceso al servidor de resultados en formato XML;\n"
            "2) permiso para grabar en el punto de recogida de datos de Praga la noche "
            "electoral.\n\n"
            "IP de producción: 203.0.113.150\nIP de pruebas: 203.0.113.151\n\n"
            "Persona de contacto: Lucía Ferrer Blanco, tel. +34 91 555 47 20.\n\n"
            "Atentamente,\nLucía Ferrer Blanco\nJefa de la sección internacional\n\n"
            "P.D.: Olvidad el punto 2, nuestro corresponsal no podrá viajar a Praga. Solo "
            "necesitamos el acceso a los datos.\n"
        ),
    },
    {
        "id": "bc007-swedish-expanded-ipv6-production",
        "description": "Swedish-English Gmail: two production addresses in full IPv6 notation "
        "(the label compresses them), an IPv4 test, a Swedish org number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Sveriges Lokala Nyhetsbyrå AB",
            None,
            None,
            ["2001:db8:ab:1::10", "2001:db8:ab:1::11"],
            ["192.0.2.150"],
            "Erik Lindqvist",
            "erik.lindqvist@slnb.example",
            "+46812345678",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@slnb.example>",
        "subject": "Access to election results XML – Sveriges Lokala Nyhetsbyrå",
        "headers": GMAIL,
        "charset": "iso-8859-1",
        "body": (
            "Hej / Hello,\n\n"
            "we are a Swedish news agency (Sveriges Lokala Nyhetsbyrå AB, org.nr 556812-3407) "
            "and we would like access to your XML feed with the election results.\n\n"
            "Våra produktionsservrar (production):\n"
            "2001:0db8:00ab:0001:0000:0000:0000:0010\n"
            "2001:0db8:00ab:0001:0000:0000:0000:0011\n\n"
            "Testserver: 192.0.2.150\n\n"
            "Kontaktperson: Erik Lindqvist, +46 8 123 456 78\n\n"
            "Med vänliga hälsningar / Best regards\nErik Lindqvist\nSystemansvarig\n"
        ),
    },
    {
        "id": "bc008-university-department-internal-test",
        "description": "a university department's student newsroom: the university applies, "
        "the test VM is internal so testing runs from production, a version number",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Univerzita Horního Pomoraví",
            I8,
            None,
            ["192.0.2.30"],
            [],
            "Tomáš Bartoš",
            "tomas.bartos@uhp.example",
            "+420585631204",
        ),
        "from": '"doc. Mgr. Tomáš Bartoš Ph.D." <tomas.bartos@uhp.example>',
        "subject": "Přístup k XML s výsledky voleb – studentská redakce UHP",
        "headers": TBIRD,
        "charset": "windows-1250",
        "body": (
            "Vážení,\n\n"
            "Katedra mediálních studií Fakulty sociálních studií Univerzity Horního Pomoraví "
            f"(IČO {I8}) provozuje studentský zpravodajský web, který bude ve volební noci "
            "průběžně zveřejňovat výsledky. Žádáme proto o přístup k serveru s výsledky ve "
            "formátu XML.\n\n"
            "Veřejná adresa serveru: 192.0.2.30\n"
            "Náš testovací virtuál (10.4.2.17) je jen ve vnitřní síti fakulty, takže testovat "
            "budeme také z 192.0.2.30. Parser máme ve verzi 2.4.1, formát XML z minulých "
            "voleb zvládá.\n\n"
            "Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n\ndoc. Mgr. Tomáš Bartoš, Ph.D.\nvedoucí katedry mediálních studií\n"
            "Fakulta sociálních studií UHP\ntel. 585 631 204\n"
        ),
    },
    {
        "id": "bc009-databox-village-annotation",
        "description": "data message from a village: the application in the annotation, the "
        "attached file a council resolution that carries the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Vrbice nad Sázavou",
            I9,
            "vr4bc2x",
            ["198.51.100.77"],
            [],
            "Jana Koubková",
            "koubkova@vrbice-ns.example",
            "+420731220948",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb pro obecní web – IP 198.51.100.77, "
        "kontakt Jana Koubková, 731 220 948, koubkova@vrbice-ns.example",
        "databox": {
            "box": "vr4bc2x",
            "sender": "Obec Vrbice nad Sázavou",
            "address": "Vrbice nad Sázavou 14, 285 06 Vrbice nad Sázavou",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "usneseni_ZO_2025_41.txt",
                "OBEC VRBICE NAD SÁZAVOU\n"
                f"IČO: {I9}\n\n"
                "Výpis z usnesení zastupitelstva obce č. 41/2025 ze dne 27. 8. 2025\n\n"
                "Zastupitelstvo obce pověřuje paní Janu Koubkovou, správkyni obecního webu, "
                "zajištěním zveřejňování výsledků voleb na webu obce a podáním žádosti o "
                "přístup k datům Českého statistického úřadu.\n\n"
                "Hlasování: pro 7, proti 0, zdržel se 0.\n\n"
                "Vlastimil Kos, starosta\n",
            )
        ],
    },
    {
        "id": "bc010-it-contractor-netmask-tst",
        "description": "an IT contractor writes for a weekly's publisher: a netmask after the "
        "production address (/31), a 'TST' address, the contractor's own IČO too",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Horácké noviny, s.r.o.",
            I10,
            None,
            ["203.0.113.8", "203.0.113.9"],
            ["203.0.113.12"],
            "Pavel Řezníček",
            "reznicek@netops-brno.example",
            "+420608441290",
        ),
        "from": "Pavel Řezníček <reznicek@netops-brno.example>",
        "subject": "Týdeník Horácko – žádost o přístup k výsledkům voleb",
        "headers": OWA,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel IT pro vydavatele týdeníku Horácko, společnost Horácké noviny, "
            f"s.r.o., IČO {I10}, a jejich jménem žádáme o přístup k XML s výsledky voleb.\n\n"
            "PROD: 203.0.113.8 maska 255.255.255.254\n"
            "TST:  203.0.113.12\n\n"
            "Technickým kontaktem pro tuto žádost jsem já, redakci prosím nekontaktujte, "
            "nemají na to lidi.\n\n"
            "Díky,\nPavel Řezníček\nNetOps Brno s.r.o. (IČO "
            f"{I10C})\nmobil 608 441 290 | hotline 800 100 200\n"
        ),
    },
    {
        "id": "bc011-terse-note-abbreviated-test",
        "description": "a two-line note: the test address abbreviated to its last octet, the "
        "publisher only in the signature",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Vydavatelství Střed s.r.o.",
            I11,
            None,
            ["192.0.2.99"],
            ["192.0.2.98"],
            "Ondřej Pašek",
            "pasek@denikstred.example",
            "+420602715334",
        ),
        "from": "Ondřej Pašek <pasek@denikstred.example>",
        "subject": "XML volby",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "XML přístup pro Deník Střed: 192.0.2.99 prod, .98 test. Kdyby něco, volejte.\n\n"
            f"O. Pašek, Vydavatelství Střed s.r.o., IČ {I11}, 602 715 334\n"
        ),
    },
    {
        "id": "bc012-html-form-ano-ne-columns",
        "description": "HTML-only mail with a request table of ANO/NE columns (filming ticked "
        "NE) and a second table of addresses with a role column",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Krajské listy Vysočiny, z. s.",
            I12,
            None,
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.35"],
            "Lenka Doubravová",
            "doubravova@krajskelisty.example",
            "+420567210488",
        ),
        "from": "Lenka Doubravová <doubravova@krajskelisty.example>",
        "subject": "Formulář – žádost médií (volby 2025)",
        "headers": ROUNDCUBE,
        "html": (
            "<html><body style='font-family:Arial'><p>Dobrý den,</p>"
            "<p>posíláme vyplněný formulář žádosti:</p>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Požadavek</th><th>ANO</th><th>NE</th></tr>"
            "<tr><td>Přístup k výsledkům ve formátu XML</td><td>X</td><td></td></tr>"
            "<tr><td>Povolení k natáčení ve sběrném místě</td><td></td><td>X</td></tr>"
            "</table><br>"
            "<table border='1' cellpadding='4'>"
            "<tr><th>Role</th><th>IP</th></tr>"
            "<tr><td>produkční</td><td>198.51.100.33</td></tr>"
            "<tr><td>produkční (záložní)</td><td>198.51.100.34</td></tr>"
            "<tr><td>testovací</td><td>198.51.100.35</td></tr>"
            "</table>"
            f"<p>Žadatel: Krajské listy Vysočiny, z. s., IČO {I12}<br>"
            "Kontaktní osoba: Lenka Doubravová, tel. 567 210 488, "
            "doubravova@krajskelisty.example</p>"
            "<p>Děkujeme.<br>L. Doubravová</p></body></html>"
        ),
    },
    {
        "id": "bc013-reply-to-office-completion-request",
        "description": "reply to the office's request to complete the test address: the new "
        "text gives it, production and contact are in the applicant's quoted original, the "
        "office's quoted text carries its own IČO, box and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Podhůří s.r.o.",
            I13,
            None,
            ["203.0.113.200"],
            ["203.0.113.201"],
            "Vojtěch Hranický",
            "hranicky@radiopodhuri.example",
            "+420739501622",
        ),
        "from": "Vojtěch Hranický <hranicky@radiopodhuri.example>",
        "subject": "Re: Doplnění žádosti o přístup k XML – Rádio Podhůří",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji testovací adresu: 203.0.113.201. Ostatní údaje platí, jak jsem je "
            "psal níže.\n\n"
            "Hranický\n\n"
            "Dne 9. 9. 2025 v 10:14 podatelna@czso.cz napsal(a):\n"
            "> Vážený pane Hranický,\n"
            "> k vyřízení Vaší žádosti prosíme o doplnění testovací IP adresy.\n"
            "> Český statistický úřad, IČO 00025593, datová schránka 2gfaasy\n"
            "> tel. 274 051 111, podatelna@czso.cz\n"
            ">\n"
            "> Dne 8. 9. 2025 v 16:40 Vojtěch Hranický napsal(a):\n"
            ">> Dobrý den,\n"
            ">> Rádio Podhůří s.r.o., IČO "
            f"{I13}, žádá o přístup k výsledkům voleb v XML.\n"
            ">> Produkční server: 203.0.113.200\n"
            ">> Kontakt: Vojtěch Hranický, 739 501 622, hranicky@radiopodhuri.example\n"
            ">> S pozdravem V. Hranický, technik vysílání\n"
        ),
    },
    {
        "id": "bc014-letter-filming-later-election-replaced-ip",
        "description": "formal letter: filming put off to the regional elections, the old "
        "address replaced by a new one, a named colleague as contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Regionální televize Haná a.s.",
            I14,
            None,
            ["192.0.2.141"],
            ["192.0.2.145"],
            "Michaela Zbořilová",
            "zborilova@rtvhana.example",
            "+420581299407",
        ),
        "from": '"Ing. Radim Šťastný" <stastny@rtvhana.example>',
        "subject": "Žádost o zpřístupnění výsledků voleb ve formátu XML",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            f"společnost Regionální televize Haná a.s., se sídlem Dolní náměstí 18, 750 02 "
            f"Přerov, IČO {I14}, zapsaná v obchodním rejstříku vedeném Krajským soudem v "
            "Ostravě, oddíl B, vložka 3318, si Vás dovoluje požádat o zpřístupnění průběžných "
            "výsledků voleb do Poslanecké sněmovny ve formátu XML, a to stejně jako při "
            "minulých volbách.\n\n"
            "Upozorňujeme, že dosavadní adresa 192.0.2.140 již nebude používána; server jsme "
            "v srpnu přestěhovali a nově stahuje z adresy 192.0.2.141. Pro testovací "
            "stahování před volbami použijeme adresu 192.0.2.145.\n\n"
            "O povolení natáčení ve sběrném místě tentokrát nežádáme, tuto žádost podáme až "
            "před krajskými volbami v roce 2028.\n\n"
            "Kontaktní osobou pro tuto žádost je naše dramaturgyně zpravodajství paní "
            "Michaela Zbořilová, tel. 581 299 407, e-mail zborilova@rtvhana.example.\n\n"
            "S úctou\n\nIng. Radim Šťastný\ngenerální ředitel\n"
            "Regionální televize Haná a.s.\ntel. 581 299 400 (ústředna)\n"
        ),
    },
]
