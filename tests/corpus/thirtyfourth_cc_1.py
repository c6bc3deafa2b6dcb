"""Thirty-fourth held-out part ``cc``, cases cc001–cc014: foreign media writing German, Polish,
Slovak, Hungarian, French, Spanish and Swedish or Norwegian English, a university faculty with a
netmask, a municipality's data message, an IT contractor writing for a weekly, a terse note, a
withdrawn recording request, a replaced server and a film-only freelancer. Written by hand apart
from the extraction rules (see make_thirtyfourth_cc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfourth_cc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I3, I6, I7, I8 = ico("5031846"), ico("0021670"), ico("0028935"), ico("2916573")
I8C, I9, I12, I13 = ico("0761942"), ico("2830514"), ico("2617048"), ico("4683127")

CASES: list[dict[str, Any]] = [
    {
        "id": "cc001-german-regional-paper",
        "description": "a Bavarian daily writes German: Produktiv-/Testsystem, no IČO, a "
        "German phone with (0) and an extension",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donau-Grenzbote Verlag GmbH",
            None,
            None,
            ["198.51.100.40", "198.51.100.41"],
            ["198.51.100.42"],
            "Matthias Kröll",
            "m.kroell@donau-grenzbote.example",
            "+498519660214",
        ),
        "from": "Matthias Kröll <m.kroell@donau-grenzbote.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) / žádost o přístup",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "wir berichten in unserer Grenzregion-Ausgabe ausführlich über die Wahlen in "
            "Tschechien und möchten – wie schon 2021 – die vorläufigen Ergebnisse direkt aus "
            "Ihrem XML-Angebot in unsere Online-Grafik übernehmen.\n\n"
            "Wir beantragen daher den Zugang für folgende Adressen:\n\n"
            "  Produktivsystem:  198.51.100.40 und 198.51.100.41 (zwei Knoten, Lastverteilung)\n"
            "  Testsystem:       198.51.100.42\n\n"
            "Antragsteller ist die Donau-Grenzbote Verlag GmbH, Ludwigstraße 14, 94032 Passau "
            "(Amtsgericht Passau HRB 4417). Eine tschechische IČO haben wir nicht.\n\n"
            "Ansprechpartner für alle Fragen bin ich selbst. Unser Grafiker Herr Weinzierl "
            "(Durchwahl -233) ist in Kopie, aber bitte wenden Sie sich an mich.\n\n"
            "Vielen Dank im Voraus und mit freundlichen Grüßen\n\n"
            "Matthias Kröll\n"
            "Leitung Digitales\n"
            "Donau-Grenzbote Verlag GmbH\n"
            "Tel. +49 (0)851 9660-214\n"
            "Fax +49 (0)851 9660-299\n"
            "www.donau-grenzbote.example\n"
        ),
    },
    {
        "id": "cc002-polish-tv-range-and-filming",
        "description": "Polish regional TV in Polish: a production range written with a dash, "
        "a NIP that is no IČO, and a request to film in Ostrava",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telewizja Beskidy sp. z o.o.",
            None,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            ["203.0.113.30"],
            "Agnieszka Wróbel",
            "a.wrobel@tvbeskidy.example",
            "+48338124567",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@tvbeskidy.example>",
        "subject": "Wniosek – dostęp do wyników wyborów XML oraz zgoda na nagrywanie",
        "headers": GMAIL,
        "body": (
            "Szanowni Państwo,\n\n"
            "Telewizja Beskidy sp. z o.o. (Bielsko-Biała, NIP 547-001-23-45) zwraca się z "
            "uprzejmą prośbą o:\n\n"
            "1) dostęp do serwera z wynikami wyborów w formacie XML,\n"
            "2) zgodę na nagrywanie materiału filmowego w punkcie zbierania danych w Ostrawie "
            "w noc wyborczą (ekipa 2 osoby, kamera bez oświetlenia).\n\n"
            "Adresy IP:\n"
            "- produkcyjne: 203.0.113.20–203.0.113.22\n"
            "- testowy: 203.0.113.30\n\n"
            "Osoba kontaktowa: Agnieszka Wróbel, tel. +48 33 812 45 67, "
            "a.wrobel@tvbeskidy.example\n\n"
            "Z poważaniem / S pozdravem\n"
            "Agnieszka Wróbel\n"
            "Dział Informacji, Telewizja Beskidy\n"
            "ul. Piastowska 9, 43-300 Bielsko-Biała\n"
        ),
    },
    {
        "id": "cc003-slovak-agency-cidr",
        "description": "Slovak news agency in Slovak, windows-1250: a /30 production block and "
        "one test address, IČO with spaces, Slovak mobile",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Stredoeurópska tlačová agentúra, a. s.",
            I3,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.70"],
            "Marek Hudák",
            "hudak@sta-agentura.example",
            "+421905123456",
        ),
        "from": "Hudák Marek <hudak@sta-agentura.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý deň,\n\n"
            "Stredoeurópska tlačová agentúra, a. s., IČO "
            f"{I3[:2]} {I3[2:5]} {I3[5:]}, so sídlom Mlynské nivy 48, 821 09 Bratislava, "
            "žiada o sprístupnenie servera s priebežnými výsledkami volieb do Poslaneckej "
            "snemovne.\n\n"
            "Produkčný rozsah: 192.0.2.64/30\n"
            "Testovacia adresa: 192.0.2.70\n\n"
            "Kontaktná osoba: Ing. Marek Hudák, vedúci IT, +421 905 123 456\n\n"
            "S pozdravom\n\n"
            "Ing. Marek Hudák\n"
            "Stredoeurópska tlačová agentúra, a. s.\n"
            "ústredňa +421 2 5010 1111\n"
        ),
    },
    {
        "id": "cc004-hungarian-mixed-english",
        "description": "a Hungarian online outlet greets in Hungarian and writes English; "
        "production, backup and test in one line",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunapart Média Kft.",
            None,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Bence Szalai",
            "szalai.bence@dunapart.example",
            "+36304127788",
        ),
        "from": "Szalai Bence <szalai.bence@dunapart.example>",
        "subject": "XML election results access – Dunapart Média",
        "headers": APPLE,
        "body": (
            "Tisztelt Hölgyem/Uram, dear colleagues,\n\n"
            'sorry for writing in English, my Czech is limited to "pivo" and "děkuji".\n\n'
            "Dunapart Média Kft. (Budapest, company reg. no. 01-09-334512) runs the news "
            "portal dunapart.example and we would like to show the Czech results live. We "
            "kindly ask for access to the XML results server from: production "
            "198.51.100.90, backup 198.51.100.91, test 198.51.100.95.\n\n"
            "Contact person is me, Bence Szalai (mobile +36 30 412 7788).\n\n"
            "Köszönöm / thank you,\n"
            "Szalai Bence\n"
            "data editor, Dunapart Média Kft.\n"
            "H-1054 Budapest, Alkotmány u. 12.\n"
        ),
    },
    {
        "id": "cc005-french-freelancer-film-only",
        "description": "a French freelance correspondent asks in French only to record and "
        "says the XML feed is not needed",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Julien Marchetti",
            None,
            None,
            [],
            [],
            "Julien Marchetti",
            "julien.marchetti@correspondant.example",
            "+33612345678",
        ),
        "from": "Julien Marchetti <julien.marchetti@correspondant.example>",
        "subject": "Demande d'autorisation de tournage – soirée électorale",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Madame, Monsieur,\n\n"
            "Je suis journaliste indépendant, correspondant à Prague pour plusieurs radios "
            "francophones (Belgique, Suisse). Je souhaiterais obtenir l'autorisation "
            "d'enregistrer du son et quelques images au point de collecte de l'Office "
            "tchèque de statistique à Prague le soir du dépouillement, entre 20h et minuit.\n\n"
            "Je n'ai pas besoin de l'accès au flux XML des résultats : je suivrai les "
            "chiffres sur le site public.\n\n"
            "Je travaille seul, avec un enregistreur et un petit appareil photo.\n"
            "Téléphone : +33 6 12 34 56 78 (WhatsApp aussi)\n\n"
            "Bien cordialement,\n"
            "Julien Marchetti\n\n"
            "Envoyé de mon iPhone\n"
        ),
    },
    {
        "id": "cc006-university-faculty-netmask",
        "description": "a department of a university applies as the university: an address "
        "with a netmask (a block of four), a parser version and a room number",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Jihomoravská univerzita v Brně",
            I6,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["203.0.113.77"],
            "Tomáš Kratochvíl",
            "kratochvil@fss.jmu.example",
            "+420549491234",
        ),
        "from": '"doc. Mgr. Tomáš Kratochvíl Ph.D." <kratochvil@fss.jmu.example>',
        "subject": "Žádost o přístup k volebním datům XML – Katedra mediálních studií",
        "headers": ROUNDCUBE,
        "body": (
            "Vážení,\n\n"
            "Katedra mediálních studií Fakulty sociálních studií Jihomoravské univerzity "
            "v Brně připravuje se studenty volební studio (studentská televize a web). "
            "Žádáme proto o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Žadatel: Jihomoravská univerzita v Brně, Komenského nám. 2, 602 00 Brno, "
            f"IČO {I6}\n\n"
            "Produkční síť: 198.51.100.128 maska 255.255.255.252 (laboratoř U34)\n"
            "Testovací stroj: 203.0.113.77 (vlastní parser, verze 2.4.1)\n\n"
            "Kontaktní osoba: doc. Mgr. Tomáš Kratochvíl, Ph.D., tel. 549 49 1234, "
            "kratochvil@fss.jmu.example\n\n"
            "S pozdravem\n"
            "Tomáš Kratochvíl\n"
            "vedoucí katedry\n"
        ),
    },
    {
        "id": "cc007-municipality-databox-annotation",
        "description": "a small market town's data message: the application in the annotation "
        "(contact by initial), a power of attorney PDF naming him in full and the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Městys Dolní Bukovina",
            I7,
            "dbk4m2x",
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Jaroslav Mikeš",
            "mikes@dolnibukovina.example",
            "+420602114380",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb – produkce 192.0.2.150, test 192.0.2.151; "
            "kontakt J. Mikeš, tel. 602 114 380, mikes@dolnibukovina.example. Pověření v "
            "příloze."
        ),
        "databox": {
            "box": "dbk4m2x",
            "sender": "Městys Dolní Bukovina",
            "address": "Náměstí 1, 507 73 Dolní Bukovina",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "povereni_Mikes.pdf",
                [
                    f"Městys Dolní Bukovina\nNáměstí 1, 507 73 Dolní Bukovina\nIČO: {I7}",
                    "POVĚŘENÍ",
                    "Starosta městyse Dolní Bukovina Mgr. Pavel Tichý pověřuje pana "
                    "Jaroslava Mikeše, referenta úřadu městyse (správa webu a kabelové "
                    "televize), jednáním s Českým statistickým úřadem ve věci přístupu "
                    "k výsledkům voleb ve formátu XML.",
                    "Jaroslav Mikeš, nar. 1979, tel. 602 114 380, e-mail "
                    "mikes@dolnibukovina.example",
                    "V Dolní Bukovině dne 8. 9. 2025",
                    "Mgr. Pavel Tichý, starosta",
                ],
            )
        ],
    },
    {
        "id": "cc008-it-contractor-for-weekly",
        "description": "an IT contractor writes for a weekly's publisher and names himself the "
        "contact; an internal NAT address and the contractor's own IČO in the signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Posázavské noviny s.r.o.",
            I8,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Ondřej Bártl",
            "bartl@netspoj.example",
            "+420739205118",
        ),
        "from": "Ondřej Bártl <bartl@netspoj.example>",
        "cc": "redakce@posazavske-noviny.example",
        "subject": "Týdeník Posázaví – žádost o přístup k XML s výsledky",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "píšu za našeho zákazníka, vydavatele Týdeníku Posázaví – společnost Posázavské "
            f"noviny s.r.o., IČO {I8} (šéfredaktorka paní Vondrová je v kopii a žádost "
            "schválila). Spravujeme jim web a pro volby chystáme výsledkovou stránku.\n\n"
            "Prosíme o povolení přístupu z adres:\n"
            "produkční: 203.0.113.140, 203.0.113.141\n"
            "testovací: 203.0.113.150\n"
            "(interní testovací stroj má 10.20.0.15, ale ven jde přes NAT na 203.0.113.150, "
            "takže povolit stačí tu veřejnou)\n\n"
            "Kontaktní osobou pro tuto žádost i pro technické věci jsem já.\n\n"
            "Děkuji\n"
            "Ondřej Bártl\n"
            f"NetSpoj s.r.o. | IČO {I8C} | Benešov\n"
            "mobil 739 205 118 | hotline 317 700 900\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p><p>píšu za našeho zákazníka, vydavatele Týdeníku "
            "Posázaví – společnost Posázavské noviny s.r.o., IČO "
            f"{I8} (šéfredaktorka paní Vondrová je v kopii a žádost schválila). Spravujeme "
            "jim web a pro volby chystáme výsledkovou stránku.</p>"
            "<p>Prosíme o povolení přístupu z adres:<br>produkční: 203.0.113.140, "
            "203.0.113.141<br>testovací: 203.0.113.150<br>(interní testovací stroj má "
            "10.20.0.15, ale ven jde přes NAT na 203.0.113.150, takže povolit stačí tu "
            "veřejnou)</p><p>Kontaktní osobou pro tuto žádost i pro technické věci jsem "
            "já.</p><p>Děkuji<br>Ondřej Bártl<br>"
            f"NetSpoj s.r.o. | IČO {I8C} | Benešov<br>"
            "mobil 739 205 118 | hotline 317 700 900</p></body></html>"
        ),
    },
    {
        "id": "cc009-terse-note-no-test",
        "description": "a three-line note from webmail in iso-8859-2: 'test žádná', IČ with "
        "a dot after it",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Novinky Zlínska s.r.o.",
            I9,
            None,
            ["198.51.100.7"],
            [],
            "Petr Šimek",
            "simek@novinkyzlinska.example",
            "+420731220945",
        ),
        "from": "Petr Šimek <simek@novinkyzlinska.example>",
        "subject": "xml volby",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "žádost o přístup k xml s výsledky. prod 198.51.100.7, test žádná.\n"
            f"Novinky Zlínska s.r.o., IČ. {I9}\n"
            "Petr Šimek 731 220 945\n"
        ),
    },
    {
        "id": "cc010-spanish-agency-ipv6",
        "description": "a Spanish agency in Spanish, base64: two IPv6 production addresses "
        "written in full, an IPv4 test address, a Madrid phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias, S.L.",
            None,
            None,
            ["2001:db8:ca2::10", "2001:db8:ca2::11"],
            ["192.0.2.88"],
            "Lucía Ferrer Ortega",
            "lferrer@ibericanoticias.example",
            "+34915550123",
        ),
        "from": "Lucía Ferrer Ortega <lferrer@ibericanoticias.example>",
        "subject": "Solicitud de acceso a resultados electorales (XML)",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Estimados señores:\n\n"
            "Agencia Ibérica de Noticias, S.L. (CIF B-84123456, Madrid) solicita acceso al "
            "servidor de resultados electorales en formato XML para las elecciones a la "
            "Cámara de Diputados de la República Checa.\n\n"
            "Direcciones de producción (IPv6):\n"
            "  2001:0db8:0ca2:0000:0000:0000:0000:0010\n"
            "  2001:0db8:0ca2:0000:0000:0000:0000:0011\n"
            "Dirección de pruebas: 192.0.2.88\n\n"
            "Persona de contacto: Lucía Ferrer Ortega, jefa de sección Internacional, "
            "tel. +34 915 550 123, lferrer@ibericanoticias.example\n\n"
            "Un cordial saludo,\n"
            "Lucía Ferrer Ortega\n"
            "Agencia Ibérica de Noticias\n"
            "Calle de Alcalá 212, 28028 Madrid\n"
        ),
    },
    {
        "id": "cc011-swedish-later-election-film",
        "description": "a Swedish broadcaster in English, format=flowed: filming only for a "
        "later election (not asked now), testing from production",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordvisjon Media AB",
            None,
            None,
            ["203.0.113.200"],
            [],
            "Erik Lindqvist",
            "erik.lindqvist@nordvisjon.example",
            "+46855512345",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@nordvisjon.example>",
        "subject": "Access to XML election results – Nordvisjon",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Hej / Dobrý den,\n\n"
            "Nordvisjon Media AB (org.nr 556123-4567) would like to request access to the \n"
            "XML results server for the upcoming Chamber of Deputies election.\n\n"
            "Our server: 203.0.113.200. We do not have a separate test machine, we will \n"
            "simply run the test downloads from the same address.\n\n"
            "We are also planning a documentary about the presidential election next \n"
            "year and would then like to film at one of your collection points. That \n"
            "is not part of this request – we will send a separate application when \n"
            "the dates are known.\n\n"
            "Contact: Erik Lindqvist, +46 8 555 123 45, erik.lindqvist@nordvisjon.example\n\n"
            "Med vänliga hälsningar,\n"
            "Erik Lindqvist\n"
            "Nordvisjon Media AB, Stockholm\n"
        ),
    },
    {
        "id": "cc012-recording-withdrawn-in-ps",
        "description": "a regional TV asks for both, roles by order ('první … druhá'), and a "
        "P.S. withdraws the recording request",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "TV Polabí s.r.o.",
            I12,
            None,
            ["192.0.2.30"],
            ["192.0.2.31"],
            "Lenka Hájková",
            "hajkova@tvpolabi.example",
            "+420608771203",
        ),
        "from": "Lenka Hájková <hajkova@tvpolabi.example>",
        "subject": "Žádost – XML výsledky a natáčení (TV Polabí)",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"za TV Polabí s.r.o. (IČO {I12}) žádám o přístup k serveru s výsledky voleb "
            "ve formátu XML a o povolení natáčet na sběrném místě v Nymburce ve volební "
            "noc.\n\n"
            "IP adresy: 192.0.2.30 a 192.0.2.31 – první je ostrá, druhá testovací.\n\n"
            "Kontakt: Lenka Hájková, 00420 608 771 203\n\n"
            "Děkuji, Lenka Hájková\n"
            "produkce zpravodajství TV Polabí\n\n"
            "P.S. Natáčení prosím škrtněte – kolega právě zjistil, že na sběrné místo jede "
            "štáb veřejnoprávní televize a záběry převezmeme od nich. Takže jen to XML.\n"
        ),
    },
    {
        "id": "cc013-reply-replaced-server",
        "description": "a reply to the office's query: the old server from the last election "
        "is replaced; the office's quoted text carries its IČO and a phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Haná Plus s.r.o.",
            I13,
            None,
            ["198.51.100.230"],
            ["198.51.100.231"],
            "Vojtěch Koudelka",
            "koudelka@radiohanaplus.example",
            "+420585110472",
        ),
        "from": "Vojtěch Koudelka <koudelka@radiohanaplus.example>",
        "subject": "RE: Žádost o přístup k XML – doplnění adres",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se za zmatek. Server 198.51.100.220, který máte u nás z minulých "
            "voleb, už nepoužíváme – v létě jsme ho nahradili novým. Platí tedy:\n\n"
            "ostrý provoz: 198.51.100.230\n"
            "test: 198.51.100.231\n\n"
            f"Žadatel zůstává Rádio Haná Plus s.r.o., IČO {I13}.\n\n"
            "S pozdravem\n"
            "Vojtěch Koudelka\n"
            "technik vysílání, tel. 585 110 472\n\n"
            "-----Original Message-----\n"
            "From: Podatelna CSU <podatelna@czso.cz>\n"
            "Sent: Tuesday, September 9, 2025 2:11 PM\n"
            "Subject: Žádost o přístup k XML – doplnění adres\n\n"
            "Dobrý den,\n"
            "ve Vaší žádosti uvádíte produkční adresu 198.51.100.220, která je u nás "
            "evidována z roku 2021. Potvrďte prosím, zda je stále platná, a uveďte "
            "testovací adresu.\n"
            "Český statistický úřad, IČO 00025593, tel. 274 052 733\n"
        ),
    },
    {
        "id": "cc014-norwegian-freelancer-film",
        "description": "a Norwegian freelancer in Norwegian and English asks to film if possible "
        "and declines the XML feed; a trade name with ENK",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Solberg Film ENK",
            None,
            None,
            [],
            [],
            "Ingrid Solberg",
            "ingrid@solbergfilm.example",
            "+4791234567",
        ),
        "from": "Ingrid Solberg <ingrid@solbergfilm.example>",
        "subject": "Filming at election night / filming på valgnatten",
        "headers": GMAIL,
        "body": (
            "Hei!\n\n"
            "(English below)\n\n"
            "Jeg er frilans videofotograf og lager en reportasje om valget i Tsjekkia for "
            "en norsk nettavis. Hvis det er mulig, vil jeg gjerne filme ved et av "
            "innsamlingsstedene deres i Praha på valgnatten. Jeg trenger ikke XML-tilgangen.\n\n"
            "I am a freelance videographer doing a story on the Czech election for a "
            "Norwegian online paper. If possible, I would like to film at one of your "
            "collection points in Prague on election night (one person, handheld camera, "
            "no lights). I do not need the XML data access.\n\n"
            "Solberg Film ENK, org.nr. 912 345 678\n"
            "Ingrid Solberg\n"
            "+47 912 34 567\n"
        ),
    },
]
