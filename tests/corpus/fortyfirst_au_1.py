"""Forty-first held-out part ``au``, cases au001–au014: a German broadcaster giving a written
range, a Polish daily with a CIDR block, a Slovak agency with a netmask, a Hungarian crew asking
only to film, a freelancer's terse IPv6 note, a university faculty's DOCX table, a town's data
message, a French bureau withdrawing its filming request, an IT contractor writing for a radio,
Spanish "respectively", a Swedish radio leaving the feed for a later election, a freelancer's
data message with an ODT, a long letter with order words in RTF and a Norwegian correction.
Written by hand apart from the extraction rules (see make_fortyfirst_au); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfirst_au_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I5, I6, I7, I9 = ico("7305218"), ico("6138904"), ico("0027436"), ico("2906157")
I9C, I12, I13 = ico("0718342"), ico("7640193"), ico("2815470")

CASES: list[dict[str, Any]] = [
    {
        "id": "au001-german-broadcaster-range",
        "description": "German regional broadcaster in German: production as a written range "
        "('bis'), a test address, the contact a named colleague with a German mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rundfunk Elbe-Saale GmbH",
            None,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.30"],
            "Katrin Oelschläger",
            "k.oelschlaeger@rundfunk-elbesaale.example",
            "+491728830419",
        ),
        "from": "Dr. Bernd Hufnagel <b.hufnagel@rundfunk-elbesaale.example>",
        "subject": "Antrag: Zugang zu den Wahlergebnissen (XML) – Rundfunk Elbe-Saale",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rundfunk Elbe-Saale GmbH (Sitz Halle/Saale, HRB 20417) berichtet in ihrem "
            "grenznahen Programm ausführlich über die Wahlen in Tschechien. Wir beantragen "
            "hiermit den Zugang zu Ihrem Server mit den Wahlergebnissen im XML-Format.\n\n"
            "Produktivsysteme: 203.0.113.10 bis 203.0.113.12 (drei Abrufserver hinter "
            "einem Loadbalancer)\n"
            "Testsystem: 203.0.113.30\n\n"
            "Ansprechpartnerin für diesen Antrag ist meine Kollegin Frau Katrin Oelschläger "
            "(Leitung Onlineredaktion), E-Mail k.oelschlaeger@rundfunk-elbesaale.example, "
            "mobil +49 172 8830419.\n\n"
            "Eine Drehgenehmigung benötigen wir diesmal nicht.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Dr. Bernd Hufnagel\n"
            "Technischer Direktor\n"
            "Rundfunk Elbe-Saale GmbH\n"
            "Große Ulrichstraße 51, 06108 Halle (Saale)\n"
            "Tel. +49 345 2291-100\n"
            "www.rundfunk-elbesaale.example\n\n"
            "Geschäftsführer: Uwe Reinsdorf · Amtsgericht Stendal HRB 20417 · "
            "USt-IdNr. DE 281 774 309\n"
        ),
    },
    {
        "id": "au002-polish-daily-cidr",
        "description": "Polish daily writing Polish: a /30 block for production, tests from the "
        "same addresses, filming asked too; NIP and KRS numbers that are not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Wydawnictwo Nowiny Cieszyńskie Sp. z o.o.",
            None,
            None,
            ["198.51.100.72", "198.51.100.73", "198.51.100.74", "198.51.100.75"],
            [],
            "Agnieszka Zając",
            "a.zajac@nowinycieszynskie.example",
            "+48601447902",
        ),
        "from": "Agnieszka Zając <a.zajac@nowinycieszynskie.example>",
        "subject": "Wniosek o dostęp do wyników wyborów w formacie XML",
        "headers": GMAIL,
        "body": (
            "Dzień dobry,\n\n"
            "piszę w imieniu Wydawnictwa Nowiny Cieszyńskie Sp. z o.o., wydawcy dziennika "
            "„Nowiny Cieszyńskie” i portalu nowinycieszynskie.example. Po obu stronach Olzy "
            "mamy wielu czytelników, dlatego chcielibyśmy na bieżąco publikować wyniki "
            "czeskich wyborów.\n\n"
            "Prosimy o:\n"
            "1) dostęp do serwera z wynikami w formacie XML – nasza pula adresów to "
            "198.51.100.72/30 (produkcja); testy będziemy robić z tych samych adresów, "
            "osobnego środowiska testowego nie mamy;\n"
            "2) zgodę na nagrywanie w punkcie zbierania wyników w Karwinie (nasz fotoreporter "
            "i operator kamery).\n\n"
            "Osoba kontaktowa: Agnieszka Zając, tel. +48 601 447 902, "
            "a.zajac@nowinycieszynskie.example\n\n"
            "Z poważaniem\n"
            "Agnieszka Zając\n"
            "sekretarz redakcji\n\n"
            "Wydawnictwo Nowiny Cieszyńskie Sp. z o.o.\n"
            "ul. Głęboka 14, 43-400 Cieszyn\n"
            "NIP 548-271-93-06, KRS 0000418273\n"
        ),
    },
    {
        "id": "au003-slovak-agency-netmask",
        "description": "Slovak agency in Slovak, windows-1250: an address with a netmask "
        "(a block of four) and one test address; IČO of its Czech branch",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Stredoeurópska spravodajská agentúra, a.s., organizační složka",
            I5,
            None,
            ["192.0.2.16", "192.0.2.17", "192.0.2.18", "192.0.2.19"],
            ["192.0.2.40"],
            "Marek Kollár",
            "kollar@ssagentura.example",
            "+421905318224",
        ),
        "from": "Marek Kollár <kollar@ssagentura.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": TBIRD,
        "charset": "windows-1250",
        "body": (
            "Dobrý deň,\n\n"
            "v mene Stredoeurópskej spravodajskej agentúry žiadame o sprístupnenie servera s "
            "priebežnými výsledkami volieb vo formáte XML. Žiadateľom je naša česká pobočka:\n"
            "Stredoeurópska spravodajská agentúra, a.s., organizační složka, "
            f"IČO {I5}, Vinohradská 1233/22, 120 00 Praha 2\n\n"
            "Produkčný rozsah: 192.0.2.16, maska 255.255.255.252\n"
            "Testovacia adresa: 192.0.2.40\n\n"
            "Kontaktná osoba: Marek Kollár, vedúci technického oddelenia, "
            "mobil +421 905 318 224, kollar@ssagentura.example\n\n"
            "O povolenie na natáčanie nežiadame.\n\n"
            "S pozdravom\n"
            "Marek Kollár\n"
            "SSA – Stredoeurópska spravodajská agentúra\n"
            "Bratislava | Praha | Budapešť\n"
        ),
    },
    {
        "id": "au004-hungarian-crew-film-only",
        "description": "Hungarian TV writing Hungarian with an English summary, filming only; "
        "the producer's name in Hungarian order, crew listed but not the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Dunakanyar Televízió Zrt.",
            None,
            None,
            [],
            [],
            "Halmos Gergely",
            "halmos.gergely@dunakanyartv.example",
            "+36309917264",
        ),
        "from": "Halmos Gergely <halmos.gergely@dunakanyartv.example>",
        "subject": "Forgatási engedély kérése / Filming permit request",
        "headers": APPLE,
        "body": (
            "Tisztelt Hölgyem/Uram!\n\n"
            "A Dunakanyar Televízió Zrt. stábja a cseh választások estéjén Prágában "
            "forgatna. Kérjük, engedélyezzék, hogy a Cseh Statisztikai Hivatal egyik "
            "eredménygyűjtő pontján felvételeket készítsünk (kb. 30 perc, állvány nélkül).\n"
            "Az XML adatfolyamra nincs szükségünk.\n\n"
            "Stáb: Halmos Gergely (producer, kapcsolattartó), Vincze Dóra (riporter), "
            "Fekete Ádám (operatőr, +36 20 455 8120)\n\n"
            "English summary: Dunakanyar Televízió Zrt. asks for permission to film at one of "
            "your collection points on election night. We do not need the XML feed. Contact: "
            "Gergely Halmos, +36 30 991 7264.\n\n"
            "Üdvözlettel / Kind regards\n"
            "Halmos Gergely\n"
            "producer\n"
            "Dunakanyar Televízió Zrt.\n"
            "2000 Szentendre, Dumtsa Jenő u. 9.\n"
            "Tel.: +36 30 991 7264\n"
        ),
    },
    {
        "id": "au005-freelancer-terse-ipv6",
        "description": "freelance journalist's three-line note from an iPhone: one IPv6 "
        "address, no test, IČ with spaces, no diacritics",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Lenka Dvorakova",
            I6,
            None,
            ["2001:db8:4a::15"],
            [],
            "Lenka Dvorakova",
            "lenka.dvorakova@volnapero.example",
            "+420608114390",
        ),
        "from": "Lenka Dvorakova <lenka.dvorakova@volnapero.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, jsem OSVC novinarka (Lenka Dvorakova, IC "
            f"{I6[:3]} {I6[3:5]} {I6[5:]}), prosim o pristup k XML, adresa serveru "
            "2001:db8:4a:0:0:0:0:15, test nemam.\n"
            "Dekuji, L. Dvorakova, 608 114 390\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "au006-university-faculty-docx",
        "description": "a faculty's student newsroom applies; the university is the applicant; "
        "a DOCX table with role columns, the faculty's own number is not an IČO",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Slezská univerzita v Krnově, veřejná vysoká škola",
            I7,
            None,
            ["198.51.100.181", "198.51.100.182"],
            ["198.51.100.190"],
            "Ondřej Mach",
            "ondrej.mach@fss.sukr.example",
            "+420554637218",
        ),
        "from": '"Mach Ondřej" <ondrej.mach@fss.sukr.example>',
        "subject": "Žádost o přístup – studentská redakce Fakulty společenských studií",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            "v příloze zasílám žádost Slezské univerzity v Krnově (za naši Fakultu "
            "společenských studií a studentskou redakci Krnovský student) o přístup k "
            "výsledkům voleb ve formátu XML. Adresy jsou v tabulce v dokumentu.\n\n"
            "Děkuji a jsem s pozdravem\n"
            "Ondřej Mach\n"
            "proděkan pro vnější vztahy FSS SUKr\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_FSS_volby.docx",
                {
                    "header": "Slezská univerzita v Krnově – Fakulta společenských studií",
                    "footer": "Hlubčická 1041/3, 794 01 Krnov | IČO " + I7 + " | sukr.example",
                    "blocks": [
                        "Český statistický úřad\nodbor informatiky",
                        "Věc: žádost o zřízení přístupu k výsledkům voleb (XML)",
                        "Slezská univerzita v Krnově, veřejná vysoká škola, IČO "
                        + I7
                        + ", žádá za svou Fakultu společenských studií o zřízení přístupu "
                        "k serveru s výsledky voleb. Výsledky bude zpracovávat studentská "
                        "redakce v rámci předmětu Datová žurnalistika (kód předmětu "
                        "FSS/DZ2, 5 kreditů).",
                        {
                            "rows": [
                                ["Server", "Produkce", "Test"],
                                ["volby-1.fss.sukr.example", "198.51.100.181", ""],
                                ["volby-2.fss.sukr.example", "198.51.100.182", ""],
                                ["lab-vm.fss.sukr.example", "", "198.51.100.190"],
                            ]
                        },
                        "Kontaktní osoba: doc. PhDr. Ondřej Mach, Ph.D., tel. 554 637 218, "
                        "ondrej.mach@fss.sukr.example",
                        "Natáčení na sběrných místech nepožadujeme.",
                        "V Krnově dne 9. 9. 2025",
                        "prof. Ing. Radmila Šustková, CSc., děkanka",
                    ],
                },
            )
        ],
    },
    {
        "id": "au007-town-databox-annotation",
        "description": "a town's data message with the application only in the annotation "
        "(abbreviated roles); the file is the council's resolution",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Bílý Újezd",
            ico("0027529"),
            "b4nq7ux",
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Eva Horká",
            "horka@bilyujezd.example",
            "+420731204556",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb, Město Bílý Újezd, IČO "
            + ico("0027529")
            + "; prod. IP 198.51.100.140, test. 198.51.100.141; kontakt Bc. Eva Horká, "
            "731 204 556, horka@bilyujezd.example"
        ),
        "databox": {
            "box": "b4nq7ux",
            "sender": "Město Bílý Újezd",
            "address": "Masarykovo nám. 1, 517 01 Bílý Újezd",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "usneseni_RM_2025_144.pdf",
                [
                    "Město Bílý Újezd – Rada města",
                    "Usnesení č. RM/144/2025 ze dne 1. 9. 2025",
                    "Rada města souhlasí s tím, aby Městský zpravodaj Bílý Újezd zveřejňoval "
                    "průběžné výsledky voleb na webu města, a ukládá vedoucí odboru "
                    "kanceláře starosty podat žádost u Českého statistického úřadu.",
                    "Hlasování: pro 5, proti 0, zdrželi se 0.",
                    "Ing. Petr Skalický, starosta",
                ],
            )
        ],
    },
    {
        "id": "au008-french-bureau-withdraws-filming",
        "description": "French agency's Prague bureau in French: asks feed and filming, then "
        "withdraws filming in a P.S.; the contact's Czech mobile before the Paris desk",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agence Presse Continentale SA",
            None,
            None,
            ["203.0.113.57"],
            ["203.0.113.58"],
            "Claire Dumoulin",
            "c.dumoulin@apcontinentale.example",
            "+420775210384",
        ),
        "from": "Claire Dumoulin <c.dumoulin@apcontinentale.example>",
        "subject": "Demande d'accès aux résultats électoraux (XML) et autorisation de tournage",
        "headers": APPLE,
        "body": (
            "Madame, Monsieur,\n\n"
            "Correspondante à Prague de l'Agence Presse Continentale SA, je sollicite pour "
            "notre bureau l'accès au serveur des résultats électoraux au format XML.\n\n"
            "- adresse de production : 203.0.113.57\n"
            "- adresse de test : 203.0.113.58\n\n"
            "Nous souhaiterions également filmer au point de collecte de Prague le soir du "
            "scrutin.\n\n"
            "Contact : Claire Dumoulin, portable tchèque +420 775 210 384 (desk Paris : "
            "+33 1 44 82 17 00), c.dumoulin@apcontinentale.example\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
            "Claire Dumoulin\n"
            "Agence Presse Continentale – bureau de Prague\n"
            "Jungmannova 31, 110 00 Praha 1\n\n"
            "P.S. Je viens d'apprendre que notre équipe vidéo ne pourra pas se déplacer : "
            "merci de ne pas tenir compte de la demande de tournage. L'accès XML reste "
            "d'actualité.\n"
        ),
    },
    {
        "id": "au009-it-contractor-for-radio",
        "description": "an IT contractor writes for a radio: the radio applies, the contractor is "
        "the contact; the contractor's own IČO in the signature; an internal NAT address",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rádio Podbeskydí s.r.o.",
            I9,
            None,
            ["203.0.113.90", "203.0.113.91"],
            ["203.0.113.99"],
            "Radek Šimeček",
            "simecek@netservis-fm.example",
            "+420739551806",
        ),
        "from": "Radek Šimeček <simecek@netservis-fm.example>",
        "subject": "Rádio Podbeskydí – žádost o přístup k XML výsledkům",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "píšu jako externí správce IT pro Rádio Podbeskydí s.r.o. (IČO "
            f"{I9}), na základě plné moci jednatele, kterou přikládám níže v textu. Rádio "
            "žádá o přístup na server s výsledky voleb ve formátu XML.\n\n"
            "Hlavní server: 203.0.113.90\n"
            "Záložní server (druhá lokalita, Frýdek): 203.0.113.91\n"
            "Testovací VM: 203.0.113.99\n"
            "Interní adresa 10.20.0.15 je jen za NATem, tu prosím nepovolujte.\n\n"
            "Kontaktní osobou pro tuto žádost jsem já – Radek Šimeček, 739 551 806, "
            "simecek@netservis-fm.example. Redakčně to má na starosti šéfredaktorka "
            "Mgr. Iveta Krupová (558 441 200), ale technické věci řeším já.\n\n"
            "Plná moc: Jednatel společnosti Rádio Podbeskydí s.r.o. Pavel Holub zmocňuje "
            "Radka Šimečka k jednání s ČSÚ ve věci přístupu k výsledkům voleb.\n\n"
            "S pozdravem\n"
            "Radek Šimeček\n"
            f"NetServis FM – Radek Šimeček, IČO {I9C}\n"
            "správa sítí a serverů, Místek\n"
        ),
    },
    {
        "id": "au010-spanish-respectively",
        "description": "Spanish TV in Spanish with English phrases: two addresses given for "
        "production and testing 'respectivamente', plain and HTML alternatives",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televisión Levante Noticias S.L.",
            None,
            None,
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Javier Morales Ibáñez",
            "jmorales@tvlevante.example",
            "+34963518274",
        ),
        "from": "Javier Morales Ibáñez <jmorales@tvlevante.example>",
        "subject": "Solicitud de acceso XML – elecciones checas / request for XML access",
        "headers": GMAIL,
        "body": (
            "Buenos días:\n\n"
            "Desde Televisión Levante Noticias S.L. (Valencia) solicitamos acceso al servidor "
            "de resultados electorales en formato XML para nuestra cobertura internacional.\n\n"
            "Nuestras direcciones IP son 192.0.2.201 y 192.0.2.202, para producción y "
            "pruebas respectivamente (production and testing, respectively).\n\n"
            "Persona de contacto: Javier Morales Ibáñez, jefe de sistemas, +34 963 51 82 74, "
            "jmorales@tvlevante.example\n\n"
            "No necesitamos permiso de grabación.\n\n"
            "Un saludo / Best regards,\n"
            "Javier Morales Ibáñez\n"
            "Televisión Levante Noticias S.L. – CIF B-46 318 552\n"
        ),
        "html": (
            '<div dir="ltr"><p>Buenos días:</p>'
            "<p>Desde <b>Televisión Levante Noticias S.L.</b> (Valencia) solicitamos acceso "
            "al servidor de resultados electorales en formato XML para nuestra cobertura "
            "internacional.</p>"
            "<p>Nuestras direcciones IP son 192.0.2.201 y 192.0.2.202, para producción y "
            "pruebas respectivamente (production and testing, respectively).</p>"
            "<p>Persona de contacto: Javier Morales Ibáñez, jefe de sistemas, "
            "+34 963 51 82 74, "
            '<a href="mailto:jmorales@tvlevante.example">jmorales@tvlevante.example</a></p>'
            "<p>No necesitamos permiso de grabación.</p>"
            '<div class="gmail_signature">Un saludo / Best regards,<br>Javier Morales '
            "Ibáñez<br>Televisión Levante Noticias S.L. – CIF B-46 318 552</div></div>"
        ),
    },
    {
        "id": "au011-swedish-radio-feed-later",
        "description": "Swedish radio in English: filming now, the XML feed 'for the "
        "parliamentary election next year' — not requested now; no addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Sveriges Närradio Öst AB",
            None,
            None,
            [],
            [],
            "Linnea Bergqvist",
            "linnea.bergqvist@narradio-ost.example",
            "+46702318845",
        ),
        "from": "Linnea Bergqvist <linnea.bergqvist@narradio-ost.example>",
        "subject": "Permission to record at a collection point (Sveriges Närradio Öst)",
        "headers": TBIRD,
        "body": (
            "Hej / Dear Sir or Madam,\n\n"
            "Sveriges Närradio Öst AB would like permission to record audio at one of your "
            "collection points in Prague on the night of the regional elections in October "
            "(reporter and one technician, no video).\n\n"
            "We will probably apply for the XML results feed as well, but only for the "
            "parliamentary election next year — please do not set it up now, we have no "
            "server ready (our future range will be announced then).\n\n"
            "Contact: Linnea Bergqvist, +46 70 231 88 45, "
            "linnea.bergqvist@narradio-ost.example\n\n"
            "Med vänliga hälsningar\n"
            "Linnea Bergqvist\n"
            "Reporter, utrikesredaktionen\n"
            "Sveriges Närradio Öst AB | Org.nr 556714-2290\n"
            "Box 1183, 581 11 Linköping\n"
        ),
    },
    {
        "id": "au012-freelancer-databox-odt",
        "description": "a freelance photographer's data message: a one-word annotation, the "
        "application in an ODT with a short written range and both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Tomáš Brabec",
            I12,
            "t8wd3ke",
            ["192.0.2.50", "192.0.2.51", "192.0.2.52"],
            ["192.0.2.60"],
            "Tomáš Brabec",
            "brabec@brabecfoto.example",
            "+420602993017",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "t8wd3ke",
            "sender": "Tomáš Brabec",
            "address": "Pod Lesem 412, 267 51 Zdice",
            "type": 30,
        },
        "attachments": [
            (
                "odt",
                "zadost_brabec.odt",
                [
                    "Tomáš Brabec, fotograf a publicista, IČO " + I12,
                    "Pod Lesem 412, 267 51 Zdice",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení fotografovat",
                    "Jako nezávislý fotoreportér dodávám zpravodajství regionálním webům "
                    "(Berounsko, Hořovicko), které si výsledky přebírají z mého serveru. "
                    "Žádám proto o přístup k výsledkům ve formátu XML:",
                    [
                        ["Účel", "Adresy"],
                        ["ostrý provoz", "192.0.2.50–52"],
                        ["testování", "192.0.2.60"],
                    ],
                    "Dále žádám o povolení fotografovat a natáčet na sběrném místě ČSÚ v "
                    "Berouně ve volební noc.",
                    "Kontakt: Tomáš Brabec, tel. +420 602 993 017, brabec@brabecfoto.example",
                    "Ve Zdicích 12. 9. 2025, Tomáš Brabec",
                ],
            )
        ],
    },
    {
        "id": "au013-long-letter-order-words-rtf",
        "description": "a municipal TV company's long formal letter in RTF: roles only by order "
        "('první … druhá …'), the old address named as replaced; box ID in the mail signature",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Televize Dolní Poohří, s.r.o.",
            I13,
            "dp5mz2r",
            ["198.51.100.24"],
            ["198.51.100.25"],
            "Jaroslav Kubín",
            "kubin@tvdolnipoohri.example",
            "+420415731802",
        ),
        "from": "Jaroslav Kubín <kubin@tvdolnipoohri.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Televize Dolní Poohří",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\nv příloze posílám naši žádost ve formátu RTF (podepsaný originál "
            "jde i poštou).\n\nS pozdravem\nJaroslav Kubín\nTelevize Dolní Poohří, s.r.o.\n"
            "ID datové schránky: dp5mz2r\ntel. 415 731 802\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_TVDP_2025.rtf",
                [
                    "Televize Dolní Poohří, s.r.o.\nHusova 18, 440 01 Louny\n"
                    f"IČO: {I13[:2]} {I13[2:5]} {I13[5:]}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Lounech dne 10. září 2025",
                    "Věc: Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                    "Vážené dámy, vážení pánové,",
                    "Televize Dolní Poohří, s.r.o., jejímž jediným společníkem je město Louny, "
                    "provozuje regionální televizní vysílání a zpravodajský portál. Stejně "
                    "jako při minulých volbách bychom rádi divákům přinášeli průběžné "
                    "výsledky z celého Lounska i z celé republiky a obracíme se na Vás proto "
                    "s žádostí o zřízení přístupu k Vašemu serveru s výsledky ve formátu XML.",
                    "Při minulých volbách jsme používali adresu 198.51.100.9; ta byla "
                    "loni nahrazena novým serverem a již ji nepoužíváme. Pro letošní volby "
                    "uvádíme dvě adresy: 198.51.100.24 a 198.51.100.25, z nichž první bude "
                    "sloužit pro ostrý provoz a druhá pro testování před volbami.",
                    "Kontaktní osobou je pan Jaroslav Kubín, technický ředitel, tel. "
                    "415 731 802, e-mail kubin@tvdolnipoohri.example.",
                    "O povolení k natáčení na sběrných místech tentokrát nežádáme, "
                    "zpravodajství připravíme ze studia.",
                    "Děkujeme za vyřízení a jsme s pozdravem",
                    "Mgr. Alena Procházková\njednatelka",
                ],
            )
        ],
    },
    {
        "id": "au014-norwegian-replaced-address",
        "description": "Norwegian daily in English: a correction later in the same mail "
        "replaces the production address; no test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vestlandsposten AS",
            None,
            None,
            ["203.0.113.8"],
            [],
            "Eirik Haugland",
            "eirik.haugland@vestlandsposten.example",
            "+4791248307",
        ),
        "from": "Eirik Haugland <eirik.haugland@vestlandsposten.example>",
        "subject": "XML election results – Vestlandsposten",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Hei,\n\n"
            "Vestlandsposten AS (Bergen) covers the Czech elections with a live results "
            "graphic and would like access to your XML results server.\n\n"
            "Production server: 203.0.113.5\n"
            "We will test against the production server, so no separate test address.\n\n"
            "Contact: Eirik Haugland, data desk, +47 912 48 307.\n\n"
            "UPDATE before sending: our ops team tells me 203.0.113.5 is being decommissioned "
            "this week and has been replaced by 203.0.113.8 — please whitelist 203.0.113.8 "
            "only.\n\n"
            "Beste hilsen\n"
            "Eirik Haugland\n"
            "Datajournalist, Vestlandsposten AS\n"
            "Org.nr. 917 204 338 MVA\n"
        ),
    },
]
