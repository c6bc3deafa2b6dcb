"""Thirty-fifth held-out part ``dc``, cases dc001–dc014: a German regional daily giving a range,
Polish radio with a CIDR block, a Slovak portal with a netmask, Hungarian TV that only wants to
film, a French daily with IPv6, a Spanish agency that withdraws its filming request, Swedish
order words, a freelancer's temporary test address, a university faculty in an HTML table, a
municipality's data message with the request in the annotation, an IT contractor with internal
hosts, a terse shorthand range, a formal letter leaving filming for a later election and a
replaced server corrected twice. Written by hand apart from the extraction rules (see
make_thirtyfifth_dc); labels follow tests/corpus/LABELS.md."""

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
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I3, I8, I9, I10 = ico("5130742"), ico("0614388"), ico("6047125"), ico("0028913")
I11, I11C, I12 = ico("2867140"), ico("0472695"), ico("2735061")
I13, I14 = ico("2599302"), ico("0875416")

CASES: list[dict[str, Any]] = [
    {
        "id": "dc001-german-daily-range-bis",
        "description": "German regional daily writes German; production as a range 'bis', "
        "register court number and VAT ID in the signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Tagblatt GmbH",
            None,
            None,
            ["203.0.113.40", "203.0.113.41", "203.0.113.42"],
            ["203.0.113.50"],
            "Sabine Körner",
            "s.koerner@oberpfaelzer-tagblatt.example",
            "+499415602318",
        ),
        "from": "Sabine Körner <s.koerner@oberpfaelzer-tagblatt.example>",
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Oberpfälzer Tagblatt",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "wir berichten in unserer Grenzregion traditionell auch über die Wahlen in "
            "Tschechien und möchten die Ergebnisse in diesem Jahr erstmals live in unserem "
            "Online-Angebot darstellen. Hiermit beantragen wir daher den Zugang zum "
            "XML-Ergebnisdienst des Tschechischen Statistikamts.\n\n"
            "Antragsteller: Oberpfälzer Tagblatt GmbH, Ludwigstraße 14, 93047 Regensburg\n"
            "Produktivsysteme: 203.0.113.40 bis 203.0.113.42\n"
            "Testsystem: 203.0.113.50\n\n"
            "Eine tschechische IČO haben wir nicht; unsere Registernummer lautet HRB 4412 "
            "(Amtsgericht Regensburg), USt-IdNr. DE 281 447 903.\n\n"
            "Ansprechpartnerin bin ich selbst, am besten erreichbar unter der Durchwahl "
            "+49 941 5602-318.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Körner\n"
            "Leitung Digitales\n"
            "Oberpfälzer Tagblatt GmbH\n"
            "Zentrale: +49 941 5602-0\n"
            "www.oberpfaelzer-tagblatt.example\n\n"
            "Geschäftsführer: Dr. Klaus Weinzierl | Sitz: Regensburg\n"
        ),
    },
    {
        "id": "dc002-polish-radio-cidr",
        "description": "Polish radio writes Polish: production as a /30 block, test single; "
        "also asks to film; NIP and KRS numbers; mobile after the switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Beskidy sp. z o.o.",
            None,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Tomasz Wróbel",
            "t.wrobel@radiobeskidy.example",
            "+48601223845",
        ),
        "from": "Tomasz Wróbel <t.wrobel@radiobeskidy.example>",
        "subject": "Wniosek o dostęp do wyników wyborów (XML) oraz zgoda na nagrania",
        "headers": OUTLOOK,
        "body": (
            "Szanowni Państwo,\n\n"
            "Radio Beskidy sp. z o.o. z siedzibą w Bielsku-Białej (NIP 547-214-33-08, "
            "KRS 0000318842) zwraca się z uprzejmą prośbą o udostępnienie wyników wyborów "
            "do Izby Poselskiej w formacie XML.\n\n"
            "Adresy produkcyjne: 198.51.100.64/30\n"
            "Adres testowy: 198.51.100.70\n\n"
            "Chcielibyśmy także nagrać krótki materiał reporterski w punkcie zbierania "
            "wyników w Ostrawie w noc wyborczą (reporter + operator, bez oświetlenia).\n\n"
            "Osobą kontaktową jestem ja.\n\n"
            "Z poważaniem\n"
            "Tomasz Wróbel\n"
            "kierownik działu technicznego\n"
            "Radio Beskidy sp. z o.o.\n"
            "centrala: +48 33 812 40 00, kom. +48 601 223 845\n"
        ),
    },
    {
        "id": "dc003-slovak-portal-netmask",
        "description": "Slovak news portal writes Slovak; production as an address with a "
        "netmask (four addresses), test single; IČO with spaces",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Východoslovenské noviny, s. r. o.",
            I3,
            None,
            ["192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11"],
            ["192.0.2.20"],
            "Zuzana Hrušovská",
            "hrusovska@vsnoviny.example",
            "+421905318442",
        ),
        "from": "Zuzana Hrušovská <hrusovska@vsnoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý deň,\n\n"
            "spoločnosť Východoslovenské noviny, s. r. o., so sídlom Hlavná 61, 040 01 "
            f"Košice, IČO {I3[:2]} {I3[2:5]} {I3[5:]}, žiada o sprístupnenie priebežných "
            "výsledkov volieb do Poslaneckej snemovne vo formáte XML pre náš spravodajský "
            "portál.\n\n"
            "Produkčný rozsah: 192.0.2.8 s maskou 255.255.255.252\n"
            "Testovacia adresa: 192.0.2.20\n\n"
            "Kontaktná osoba: Zuzana Hrušovská, tel. +421 905 318 442, "
            "hrusovska@vsnoviny.example\n\n"
            "Ďakujem a prajem pekný deň\n"
            "Zuzana Hrušovská\n"
            "vedúca online redakcie\n"
        ),
    },
    {
        "id": "dc004-hungarian-tv-filming-only",
        "description": "Hungarian TV writes Hungarian with an English summary; filming only, "
        "the XML feed explicitly not needed; surname-first name",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Duna Régió Televízió Kft.",
            None,
            None,
            [],
            [],
            "Kovács Eszter",
            "kovacs.eszter@dunaregiotv.example",
            "+36304127789",
        ),
        "from": "Kovács Eszter <kovacs.eszter@dunaregiotv.example>",
        "subject": "Forgatási engedély / filming permit – election night, Praha",
        "headers": GMAIL,
        "body": (
            "Dear Sir or Madam, (English summary below)\n\n"
            "Tisztelt Hölgyem/Uram!\n\n"
            "A Duna Régió Televízió Kft. stábja a cseh parlamenti választásokról készít "
            "riportot. Szeretnénk engedélyt kérni arra, hogy a választás éjszakáján a prágai "
            "adatgyűjtő ponton rövid felvételeket készítsünk (egy operatőr, egy riporter).\n\n"
            "Az XML-adatszolgáltatásra nincs szükségünk, az eredményeket a nyilvános "
            "weboldalról követjük.\n\n"
            "Kapcsolattartó: Kovács Eszter, +36 30 412 7789\n\n"
            "---\n"
            "Summary: we ask only for permission to film at your Prague collection point on "
            "election night (2 people). We do not need access to the XML results.\n\n"
            "Üdvözlettel / Best regards\n"
            "Kovács Eszter\n"
            "producer, Duna Régió Televízió Kft.\n"
            "Győr, Szent István út 8.\n"
        ),
    },
    {
        "id": "dc005-french-daily-ipv6-uncompressed",
        "description": "French daily writes French; one production IPv4 and one IPv6, the test "
        "address in full uncompressed IPv6; direct line before switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Le Courrier de l'Est SAS",
            None,
            None,
            ["203.0.113.90", "2001:db8:4a::15"],
            ["2001:db8:4a::16"],
            "Julien Marchand",
            "j.marchand@courrier-est.example",
            "+33387341296",
        ),
        "from": "Julien Marchand <j.marchand@courrier-est.example>",
        "subject": "Demande d'accès aux résultats électoraux au format XML",
        "headers": APPLE,
        "body": (
            "Madame, Monsieur,\n\n"
            "Notre rédaction suit de près les élections législatives tchèques et souhaiterait "
            "afficher les résultats en direct sur notre site. Nous sollicitons donc un accès "
            "au flux XML de l'Office tchèque de la statistique.\n\n"
            "Société : Le Courrier de l'Est SAS (SIREN 412 336 781), Metz\n"
            "Adresses de production : 203.0.113.90 et 2001:db8:4a::15\n"
            "Adresse de test : 2001:0db8:004a:0000:0000:0000:0000:0016\n\n"
            "Contact technique : moi-même, ligne directe +33 3 87 34 12 96 "
            "(standard +33 3 87 34 12 00).\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
            "distinguées.\n\n"
            "Julien Marchand\n"
            "Responsable des systèmes d'information\n"
            "Le Courrier de l'Est\n"
        ),
    },
    {
        "id": "dc006-spanish-agency-withdraws-filming",
        "description": "Spanish agency writes Spanish, asks for feed and filming, withdraws "
        "the filming in a postscript; tests from production",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias, S.A.",
            None,
            None,
            ["198.51.100.140", "198.51.100.141"],
            [],
            "Lucía Herrero Gómez",
            "lherrero@agenciaiberica.example",
            "+34912448375",
        ),
        "from": "Lucía Herrero Gómez <lherrero@agenciaiberica.example>",
        "subject": "Solicitud de acceso XML y permiso de grabación – elecciones checas",
        "headers": OUTLOOK,
        "body": (
            "Estimados señores:\n\n"
            "La Agencia Ibérica de Noticias, S.A. (CIF A-28/417339) desea solicitar:\n\n"
            "1) acceso al servidor de resultados electorales en formato XML desde nuestras "
            "direcciones de producción 198.51.100.140 y 198.51.100.141 (las pruebas las "
            "haremos desde esas mismas máquinas, no tenemos entorno de pruebas aparte);\n"
            "2) permiso para grabar en el centro de recogida de resultados de Praga.\n\n"
            "Persona de contacto: Lucía Herrero Gómez, +34 912 448 375.\n\n"
            "Un cordial saludo,\n"
            "Lucía Herrero Gómez\n"
            "Jefa de Datos, Agencia Ibérica de Noticias\n"
            "Calle de Alcalá 212, 28028 Madrid\n\n"
            "P.D.: Acabo de saber que nuestro cámara no podrá viajar a Praga, así que "
            "retiramos la solicitud del punto 2. El acceso XML sigue en pie.\n"
        ),
    },
    {
        "id": "dc007-swedish-respectively-mixed",
        "description": "Swedish daily writes Swedish then English; roles given only by "
        "'respektive' / 'respectively'",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Norrlandsposten AB",
            None,
            None,
            ["203.0.113.201"],
            ["203.0.113.209"],
            "Erik Lindqvist",
            "erik.lindqvist@norrlandsposten.example",
            "+46703182245",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@norrlandsposten.example>",
        "subject": "XML access for election results / Norrlandsposten",
        "headers": IPHONE,
        "body": (
            "Hej!\n\n"
            "Vi på Norrlandsposten AB vill gärna få tillgång till era valresultat i "
            "XML-format. Våra servrar 203.0.113.201 och 203.0.113.209 är produktion "
            "respektive test.\n\n"
            "In English, in case it helps: we (Norrlandsposten AB, Sundsvall) apply for "
            "access to the XML election results; 203.0.113.201 and 203.0.113.209 are our "
            "production and test servers respectively.\n\n"
            "Contact: Erik Lindqvist, +46 70 318 22 45\n\n"
            "Tack och hälsningar,\nErik\n\nSkickat från min iPhone\n"
        ),
    },
    {
        "id": "dc008-freelancer-temporary-test",
        "description": "Czech freelancer (person – trade name) with an IČO; test from a "
        "temporary home address; 00420 phone",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Ondřej Bartoš – Datová dílna",
            I8,
            None,
            ["192.0.2.140"],
            ["198.51.100.231"],
            "Ondřej Bartoš",
            "ondra@datovadilna.example",
            "+420731552906",
        ),
        "from": "Ondřej Bartoš <ondra@datovadilna.example>",
        "subject": "žádost o XML s výsledky – jsem OSVČ",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"jsem OSVČ (Ondřej Bartoš – Datová dílna, IČO {I8}) a pro několik regionálních "
            "webů dělám volební grafiky na zakázku. Chtěl bych požádat o přístup k XML "
            "s průběžnými výsledky.\n\n"
            "Ostrý provoz poběží z VPS na adrese 192.0.2.140. Testovat budu dočasně z domova, "
            "veřejná adresa od operátora je teď 198.51.100.231 (je to statická IP, platí do "
            "konce roku).\n\n"
            "Kontakt: já, 00420 731 552 906.\n\n"
            "Díky moc,\nOndřej Bartoš\nwww.datovadilna.example\n"
        ),
    },
    {
        "id": "dc009-university-faculty-html-table",
        "description": "HTML-only Outlook mail from a university department; faculty network "
        "/24 mentioned as not to be registered; a named technician is the contact",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Moravská univerzita v Kroměříži",
            I9,
            None,
            ["203.0.113.15"],
            ["203.0.113.16"],
            "Radek Pokorný",
            "radek.pokorny@mukm.example",
            "+420573501244",
        ),
        "from": '"doc. PhDr. Alena Jurášková Ph.D." <alena.juraskova@mukm.example>',
        "subject": "Přístup k výsledkům voleb – studentská redakce Katedry mediálních studií",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            "<p>Vážení,</p>"
            "<p>Katedra mediálních studií Filozofické fakulty Moravské univerzity "
            "v Kroměříži (IČO " + I9 + ") provozuje studentský zpravodajský web, na kterém "
            "budou studenti ve volební noci zpracovávat výsledky. Žádáme proto o zřízení "
            "přístupu k výsledkům voleb ve formátu XML pro žadatele Moravská univerzita "
            "v Kroměříži.</p>"
            '<table border="1" cellpadding="4">'
            "<tr><th>Server</th><th>IP adresa</th><th>Účel</th></tr>"
            "<tr><td>web redakce</td><td>203.0.113.15</td><td>ostrý provoz</td></tr>"
            "<tr><td>laboratoř K214</td><td>203.0.113.16</td><td>zkoušky před volbami</td></tr>"
            "</table>"
            "<p>Celá síť fakulty je 203.0.113.0/24, ale povolit prosím jen dvě adresy "
            "výše.</p>"
            "<p>Kontaktní osobou pro technické věci je náš technik Mgr. Radek Pokorný, "
            "tel. 573 501 244, radek.pokorny@mukm.example.</p>"
            "<p>S pozdravem<br>doc. PhDr. Alena Jurášková, Ph.D.<br>vedoucí katedry<br>"
            "tel. 573 501 200</p></body></html>"
        ),
    },
    {
        "id": "dc010-municipality-databox-annotation",
        "description": "municipal data message: the application is only in the annotation "
        "(abbreviated prod./test.); the attached file is a power of attorney with the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Horní Lipník",
            I10,
            "h7tq2mb",
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Ilona Vávrová",
            "vavrova@hornilipnik.example",
            "+420571622318",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: prod. 192.0.2.60, test. 192.0.2.61; "
            "kontakt Bc. Ilona Vávrová, 571 622 318, vavrova@hornilipnik.example"
        ),
        "databox": {
            "box": "h7tq2mb",
            "sender": "Město Horní Lipník",
            "address": "Masarykovo nám. 1, 751 31 Horní Lipník",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "poverreni_Vavrova.txt",
                "POVĚŘENÍ\n\n"
                f"Město Horní Lipník, IČO {I10}, se sídlem Masarykovo nám. 1, 751 31 Horní "
                "Lipník, zastoupené starostou Ing. Pavlem Kratochvílem,\n\n"
                "pověřuje\n\n"
                "Bc. Ilonu Vávrovou, referentku odboru vnitřních věcí,\n\n"
                "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům voleb "
                "pro městský zpravodajský portál.\n\n"
                "V Horním Lipníku dne 10. 9. 2025\n\nIng. Pavel Kratochvíl, starosta\n",
            )
        ],
    },
    {
        "id": "dc011-it-contractor-internal-hosts",
        "description": "IT contractor writes for a weekly's publisher; the contractor's own "
        "IČO in the signature; internal backend hosts not to be registered; staging = test",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Hanácký hlas, a.s.",
            I11,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Filip Navrátil",
            "navratil@netops-brno.example",
            "+420604773128",
        ),
        "from": "Filip Navrátil <navratil@netops-brno.example>",
        "cc": "redakce@hanackyhlas.example",
        "subject": "Žádost o přístup k XML – Hanácký hlas (podáváme za vydavatele)",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "jsme externí IT dodavatel vydavatelství Hanácký hlas, a.s. (IČO "
            f"{I11}), které vydává týdeník Hanácký hlas. Na základě jejich pověření "
            "(v kopii redakce) žádáme jejich jménem o přístup k výsledkům voleb ve formátu "
            "XML.\n\n"
            "Veřejná adresa (load balancer): 198.51.100.33\n"
            "Staging pro testy: 198.51.100.34\n"
            "Za balancerem běží backendy 10.0.12.5 a 10.0.12.6 – jsou interní, ven nejsou "
            "vidět, takže je prosím nikam nezapisujte.\n\n"
            "Kontaktní osobou pro technické záležitosti budu já.\n\n"
            "S pozdravem\n"
            "Filip Navrátil\n"
            "NetOps Brno s.r.o.\n"
            f"IČO {I11C}\n"
            "mob. +420 604 773 128\n"
            "hotline 542 000 911\n"
        ),
    },
    {
        "id": "dc012-terse-shorthand-range",
        "description": "three-line note from a phone: a range written as last-octet shorthand "
        "and the test address as '.80'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rádio Krokus s.r.o.",
            I12,
            None,
            ["203.0.113.77", "203.0.113.78", "203.0.113.79"],
            ["203.0.113.80"],
            "Bezděk",
            "bezdek@radiokrokus.example",
            "+420602118375",
        ),
        "from": "bezdek@radiokrokus.example",
        "subject": "XML volby",
        "headers": IPHONE,
        "body": (
            "XML volby – prod 203.0.113.77-79, test .80\n"
            f"Rádio Krokus s.r.o., IČ {I12}\n"
            "Bezděk 602118375\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "dc013-letter-pdf-filming-later-election",
        "description": "formal letter in a PDF: feed now, filming left for a later election "
        "(regional elections), so not requested; wrapped table cells",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "TV Polabí, s.r.o.",
            I13,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.159"],
            "Kateřina Doležalová",
            "dolezalova@tvpolabi.example",
            "+420725640118",
        ),
        "from": "Sekretariát TV Polabí <sekretariat@tvpolabi.example>",
        "subject": "Žádost TV Polabí – výsledky voleb (příloha)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost naší televize podepsanou jednatelem.\n\n"
            "S pozdravem\nsekretariát TV Polabí\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_TV_Polabi_volby.pdf",
                [
                    f"TV Polabí, s.r.o. | Palackého 204, 280 02 Kolín | IČO {I13}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Kolíně dne 11. září 2025, naše zn. TVP/2025/077",
                    "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Vážení, regionální televize TV Polabí, s.r.o. bude ve volební noci vysílat "
                    "mimořádné zpravodajství a žádá o zřízení přístupu k výsledkům voleb ve "
                    "formátu XML z těchto adres:",
                    {
                        "rows": [
                            ["Prostředí", "IP adresa", "Poznámka"],
                            [
                                "produkční",
                                "192.0.2.150",
                                "vysílací grafika, hlavní režie",
                            ],
                            [
                                "produkční (záložní)",
                                "192.0.2.151",
                                "záložní režie v budově B",
                            ],
                            ["testovací", "192.0.2.159", "zkouška 29. 9."],
                        ],
                        "widths": [90, 80, 110],
                    },
                    "O povolení natáčet na sběrném místě pro tyto volby nežádáme; o ně "
                    "požádáme samostatně před krajskými volbami v roce 2028.",
                    "Kontaktní osobou je vedoucí vysílání Kateřina Doležalová, "
                    "tel. 725 640 118, dolezalova@tvpolabi.example.",
                    "S úctou\nMgr. Jan Sedláček\njednatel",
                ],
            )
        ],
    },
    {
        "id": "dc014-replaced-server-corrected-twice",
        "description": "an old replaced production server, a new one, and a test address "
        "corrected at the end of the same mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zprávy z Podluží s.r.o.",
            I14,
            None,
            ["192.0.2.95"],
            ["192.0.2.97"],
            "Vladimír Šebesta",
            "sebesta@zpravypodluzi.example",
            "+420777204519",
        ),
        "from": "Vladimír Šebesta <sebesta@zpravypodluzi.example>",
        "subject": "Volby 2025 – přístup k XML, změna serveru",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "minule (volby 2024) jsme u Vás měli registrovaný server 192.0.2.90. Ten jsme "
            "v srpnu vyřadili a nahradili novým strojem 192.0.2.95, prosím tedy o přístup "
            "pro letošní volby už jen z nového serveru. Testovací adresa zůstává stejná "
            "jako loni, 192.0.2.96.\n\n"
            f"Zprávy z Podluží s.r.o., IČO {I14}, kontakt Vladimír Šebesta, 777 204 519.\n\n"
            "Díky!\nV. Šebesta\n\n"
            "PS: Omlouvám se, kolega mě právě opravil – testovací stroj jsme taky měnili, "
            "192.0.2.96 už neexistuje, testovat budeme z 192.0.2.97.\n"
        ),
    },
]
