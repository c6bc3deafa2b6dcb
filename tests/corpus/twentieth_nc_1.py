"""Twentieth held-out part ``nc``, cases nc001–nc014: foreign media writing in German, Polish,
Slovak, Hungarian, French, Spanish and Swedish, a CIDR block, a netmask, a written range,
roles given by order, IPv6 written in full, a municipality's data message with the application
only in its annotation, a university replacing last year's address, an IT contractor behind
NAT, a freelancer withdrawing the feed request, and an agency's ano/ne table. Written by hand
apart from the extraction rules (see make_twentieth_nc); labels follow tests/corpus/LABELS.md."""

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

SK3 = ico("3625478")
U9 = ico("6197340")
C10, C10X = ico("2874105"), ico("0561392")
R11 = ico("2730861")
F12 = ico("7412659")
A14 = ico("4518207")

CASES: list[dict[str, Any]] = [
    {
        "id": "nc001-german-cidr-flowed",
        "description": "German regional publisher in German, format=flowed soft break between "
        "the role and a /30 block (four production addresses); VAT and register numbers",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Nachrichten Verlag GmbH",
            None,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.20"],
            "Sabine Krämer",
            "kraemer@op-nachrichten.example",
            "+499415602318",
        ),
        "from": "Sabine Krämer <kraemer@op-nachrichten.example>",
        "subject": "Anfrage: Zugang zu den Wahlergebnissen im XML-Format",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "für unsere Berichterstattung zur Wahl des tschechischen Abgeordnetenhauses \n"
            "(Poslanecká sněmovna) möchten wir die Ergebnisse im XML-Format direkt von \n"
            "Ihrem Server beziehen. Wir berichten in unserem Grenzlandteil (Cham, Furth \n"
            "im Wald, Waldmünchen) traditionell ausführlich über Wahlen in Tschechien.\n\n"
            "Unser Produktivsystem steht im Rechenzentrum Regensburg im Netz \n"
            "203.0.113.16/30 - bitte das ganze /30 freischalten, weil wir heute noch \n"
            "nicht wissen, welcher Knoten am Wahlabend aktiv ist. Für Tests vorab \n"
            "nutzen wir den Rechner 203.0.113.20.\n\n"
            "Ansprechpartnerin ist die Unterzeichnende.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Krämer\n"
            "Leitung Digitales\n"
            "Oberpfälzer Nachrichten Verlag GmbH\n"
            "Lilienthalstraße 7, 93049 Regensburg\n"
            "Tel. +49 941 5602-318 | Fax +49 941 5602-100\n"
            "HRB 4417 Amtsgericht Regensburg | USt-IdNr. DE 271 403 588\n"
        ),
    },
    {
        "id": "nc002-polish-netmask-windows-1250",
        "description": "Polish portal in Polish (windows-1250), production given as an address "
        "with a netmask (four addresses), a four-part library version, NIP/REGON/KRS numbers",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wiadomości Zagłębia sp. z o.o.",
            None,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Marek Żurawski",
            "m.zurawski@wiadomoscizaglebia.example",
            "+48601338274",
        ),
        "from": "Marek Żurawski <m.zurawski@wiadomoscizaglebia.example>",
        "subject": "Prośba o dostęp do wyników wyborów (XML)",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Szanowni Państwo,\n\n"
            "zwracam się z uprzejmą prośbą o udostępnienie dostępu do serwera z wynikami "
            "wyborów do Izby Poselskiej w formacie XML. Nasz portal "
            "wiadomoscizaglebia.example relacjonuje wybory w Czechach dla czytelników "
            "z pogranicza (Cieszyn, Racibórz, Jastrzębie-Zdrój).\n\n"
            "Adresy IP naszych serwerów:\n"
            "- produkcja: 198.51.100.64, maska 255.255.255.252 (prosimy o odblokowanie całej "
            "podsieci)\n"
            "- środowisko testowe: 198.51.100.70\n\n"
            "Nasz system korzysta z biblioteki parsującej w wersji 4.2.1.7 - czy schemat XML "
            "zmienił się w stosunku do poprzednich wyborów?\n\n"
            "Osoba kontaktowa: Marek Żurawski, tel. kom. +48 601 338 274,\n"
            "e-mail m.zurawski@wiadomoscizaglebia.example\n\n"
            "Z poważaniem\n"
            "Marek Żurawski\n"
            "kierownik działu IT\n"
            "Wiadomości Zagłębia sp. z o.o.\n"
            "ul. Kościuszki 12, 41-200 Sosnowiec\n"
            "centrala +48 32 745 19 00\n"
            "NIP 644-351-89-02 | REGON 241583027 | KRS 0000412877\n"
        ),
    },
    {
        "id": "nc003-slovak-range-and-filming",
        "description": "Slovak TV in Slovak: production as a written range 'až' (three "
        "addresses), no test address, filming in Brno too; IČO with spaces, IČ DPH",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Záhorie, s. r. o.",
            SK3,
            None,
            ["203.0.113.50", "203.0.113.51", "203.0.113.52"],
            [],
            "Zuzana Kollárová",
            "kollarova@tvzahorie.example",
            "+421905412877",
        ),
        "from": "Zuzana Kollárová <kollarova@tvzahorie.example>",
        "subject": "Žiadosť - voľby do PS, XML a nakrúcanie",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý deň,\n\n"
            f"naša regionálna televízia TV Záhorie, s. r. o. (IČO {SK3[:2]} {SK3[2:5]} "
            f"{SK3[5:]}, IČ DPH SK2021734519) by rada spravodajsky pokryla voľby do "
            "Poslaneckej snemovne, keďže naše vysielanie sleduje aj veľa divákov "
            "z Hodonínska a Břeclavska.\n\n"
            "Žiadame o:\n"
            "1. prístup k výsledkom vo formáte XML - naše produkčné servery majú adresy "
            "203.0.113.50 až 203.0.113.52,\n"
            "2. povolenie nakrúcať na zbernom mieste krajskej správy ČSÚ v Brne v sobotu "
            "4. 10. popoludní (kameraman a redaktorka, asi 30 minút).\n\n"
            "Testovaciu adresu nemáme, skúšať budeme priamo z produkcie.\n\n"
            "Kontaktná osoba: Mgr. Zuzana Kollárová, +421 905 412 877, "
            "kollarova@tvzahorie.example\n\n"
            "S pozdravom\n\n"
            "Zuzana Kollárová\n"
            "šéfredaktorka\n"
            "TV Záhorie, s. r. o.\n"
            "Námestie slobody 9, 901 01 Malacky\n"
        ),
    },
    {
        "id": "nc004-hungarian-filming-only",
        "description": "Hungarian broadcaster in Hungarian with an English summary: filming "
        "only, the XML feed declined; Hungarian name order, a tax number that is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Pannon Hírcsatorna Zrt.",
            None,
            None,
            [],
            [],
            "Fekete Anna",
            "fekete.anna@pannonhir.example",
            "+36304182265",
        ),
        "from": "Fekete Anna <fekete.anna@pannonhir.example>",
        "subject": "Forgatási engedély / filming permit - 4 October",
        "headers": GMAIL,
        "body": (
            "Tisztelt Hölgyem/Uram!\n\n"
            "A Pannon Hírcsatorna Zrt. prágai tudósítójaként engedélyt szeretnék kérni arra, "
            "hogy a képviselőházi választások éjszakáján, október 4-én felvételt "
            "készíthessünk a Cseh Statisztikai Hivatal központi adatgyűjtő helyén. A stáb két "
            "főből áll: Bartos Gergely operatőr és jómagam.\n\n"
            "Az XML-adatfolyamhoz nem kérünk hozzáférést, az eredményeket a nyilvános "
            "oldalon követjük.\n\n"
            "(English summary: we ask for permission to film at the central collection point "
            "on election night, 4 October. We do not need access to the XML feed.)\n\n"
            "Kapcsolattartó: Fekete Anna, +36 30 418 2265, fekete.anna@pannonhir.example\n\n"
            "Üdvözlettel:\n"
            "Fekete Anna\n"
            "tudósító\n"
            "Pannon Hírcsatorna Zrt.\n"
            "1134 Budapest, Váci út 41.\n"
            "Cégjegyzékszám: 01-10-048812 | Adószám: 14572093-2-41\n"
        ),
    },
    {
        "id": "nc005-french-declines-feed",
        "description": "French regional daily's correspondent in French: filming only, the XML "
        "feed expressly not needed; publisher named beside the title, SIRET number",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Société Lorraine d'Édition SAS",
            None,
            None,
            [],
            [],
            "Claire Dubois-Marchal",
            "c.dubois@echolorraine.example",
            "+33671245809",
        ),
        "from": "Claire Dubois-Marchal <c.dubois@echolorraine.example>",
        "subject": "Demande d'autorisation de tournage - élections législatives tchèques",
        "headers": APPLE,
        "cte": "8bit",
        "body": (
            "Madame, Monsieur,\n\n"
            "Correspondante à Prague du quotidien L'Écho de Lorraine, édité par la Société "
            "Lorraine d'Édition SAS, je souhaiterais obtenir l'autorisation de filmer le "
            "dépouillement et la transmission des résultats dans un de vos centres de "
            "collecte le samedi 4 octobre (de préférence à Prague, sinon à Plzeň).\n\n"
            "Nous n'avons en revanche pas besoin de l'accès au flux XML des résultats : "
            "notre rédaction utilisera les chiffres publiés sur le site officiel.\n\n"
            "L'équipe : moi-même et un caméraman indépendant, M. Tomáš Beneš.\n\n"
            "Contact : Claire Dubois-Marchal, +33 6 71 24 58 09, "
            "c.dubois@echolorraine.example\n\n"
            "Je vous remercie par avance et vous prie d'agréer mes salutations distinguées.\n\n"
            "Claire Dubois-Marchal\n"
            "L'Écho de Lorraine - Société Lorraine d'Édition SAS\n"
            "3 avenue Foch, 54000 Nancy - SIRET 512 347 865 00021\n\n"
            "Envoyé de mon iPad\n"
        ),
    },
    {
        "id": "nc006-spanish-english-ipv6-full-form",
        "description": "Spanish agency mixing Spanish and English; production IPv6 written once "
        "in full form, once compressed; an old address no longer used; a technical contact "
        "other than the signer",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias, S.A.",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11"],
            ["192.0.2.200"],
            "Javier Ortega Ruiz",
            "jortega@agenciaiberica.example",
            "+34612908443",
        ),
        "from": "Lucía Ferrer <lferrer@agenciaiberica.example>",
        "subject": "Solicitud acceso XML / request for XML access - elecciones checas",
        "headers": GMAIL,
        "body": (
            "Hola / Hello,\n\n"
            "sorry for mixing languages, our IT team in Madrid reads only Spanish :) "
            "Agencia Ibérica de Noticias, S.A. would like access to the XML results feed "
            "for the Czech parliamentary elections.\n\n"
            "Servidores / servers:\n"
            "  producción (production): 2001:db8:4a1:0:0:0:0:10 y 2001:db8:4a1::11\n"
            "  pruebas (test): 192.0.2.200\n\n"
            "Nota: el servidor antiguo 192.0.2.199 ya no se usa - please do not whitelist "
            "it any more.\n\n"
            "Contacto técnico / technical contact: Javier Ortega Ruiz, móvil +34 612 908 443, "
            "jortega@agenciaiberica.example\n\n"
            "Saludos / best regards,\n"
            "Lucía Ferrer\n"
            "Corresponsal en Praga\n"
            "Agencia Ibérica de Noticias, S.A. - CIF A-28417365\n"
            "+420 608 115 902\n"
        ),
        "html": (
            '<div dir="ltr"><div>Hola / Hello,</div><div><br></div>'
            "<div>sorry for mixing languages, our IT team in Madrid reads only Spanish :) "
            "Agencia Ibérica de Noticias, S.A. would like access to the XML results feed for "
            "the Czech parliamentary elections.</div><div><br></div>"
            "<div>Servidores / servers:</div>"
            "<div>&nbsp; producción (production): 2001:db8:4a1:0:0:0:0:10 y "
            "2001:db8:4a1::11</div>"
            "<div>&nbsp; pruebas (test): 192.0.2.200</div><div><br></div>"
            "<div>Nota: el servidor antiguo 192.0.2.199 ya no se usa - please do not "
            "whitelist it any more.</div><div><br></div>"
            "<div>Contacto técnico / technical contact: Javier Ortega Ruiz, móvil "
            '+34 612 908 443, <a href="mailto:jortega@agenciaiberica.example">'
            "jortega@agenciaiberica.example</a></div><div><br></div>"
            '<div>Saludos / best regards,</div><div class="gmail_signature">Lucía Ferrer<br>'
            "Corresponsal en Praga<br>Agencia Ibérica de Noticias, S.A. - CIF A-28417365<br>"
            "+420 608 115 902</div></div>"
        ),
    },
    {
        "id": "nc007-swedish-roles-by-order",
        "description": "Swedish daily in Swedish: two addresses in one sentence, roles given "
        "only by 'den första … den andra'; a Swedish organisation number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Västkustens Nyheter AB",
            None,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Erik Lindqvist",
            "erik.lindqvist@vastkustensnyheter.example",
            "+46317204418",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@vastkustensnyheter.example>",
        "subject": "Åtkomst till valresultat i XML",
        "headers": APPLE,
        "body": (
            "Hej!\n\n"
            "Vi på Västkustens Nyheter AB bevakar det tjeckiska parlamentsvalet med en "
            "liveuppdaterad karta. Vi ber därför om åtkomst till XML-flödet med "
            "valresultaten från två adresser, 192.0.2.140 och 192.0.2.141 - den första är "
            "vår produktionsserver och den andra använder vi bara för test.\n\n"
            "Organisationsnummer: 556712-3490\n"
            "Kontaktperson: Erik Lindqvist, tel. +46 31 720 44 18, "
            "erik.lindqvist@vastkustensnyheter.example\n\n"
            "Tack på förhand!\n\n"
            "Med vänliga hälsningar\n"
            "Erik Lindqvist\n"
            "Datajournalist, Västkustens Nyheter AB\n"
            "Lilla Bommen 4, 411 04 Göteborg\n"
        ),
    },
    {
        "id": "nc008-databox-municipality-annotation-only",
        "description": "data message from a small town with no attachment: the whole "
        "application squeezed into the annotation, abbreviated roles",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Městys Kamenný Brod",
            None,
            "b7wq3kd",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Petr Mach",
            None,
            "+420734221908",
        ),
        "subject": "Žádost o přístup k výsledkům voleb XML pro web městyse – prod. IP "
        "192.0.2.90, test. IP 192.0.2.91, kontakt Bc. Petr Mach, tel. 734 221 908",
        "databox": {
            "box": "b7wq3kd",
            "sender": "Městys Kamenný Brod",
            "address": "Náměstí 1, 594 52 Kamenný Brod",
            "type": 10,
            "ref": "MKB/812/2025",
        },
        "attachments": [
            (
                "txt",
                "pruvodni_list.txt",
                "Městys Kamenný Brod\nNáměstí 1, 594 52 Kamenný Brod\n\n"
                "Průvodní list k datové zprávě č. j. MKB/812/2025\n"
                "Text podání je uveden ve věci této datové zprávy.\n"
                "Počet listů: 1\n",
            )
        ],
    },
    {
        "id": "nc009-university-replaced-address-cidr",
        "description": "university department for a research project: last year's address "
        "replaced, this year a /30 block; extension number and postal code noise",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Západomoravská univerzita v Jihlavě, veřejná vysoká škola",
            U9,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            [],
            "Ondřej Hrubý",
            "hruby@fss.zmu.example",
            "+420732558014",
        ),
        "from": '"doc. Mgr. Ondřej Hrubý, Ph.D." <hruby@fss.zmu.example>',
        "subject": "Přístup k XML výsledkům voleb – Katedra politologie ZMU",
        "headers": ZIMBRA,
        "body": (
            "Vážení,\n\n"
            "Katedra politologie Fakulty sociálních studií Západomoravské univerzity "
            "v Jihlavě i letos v rámci projektu Volební noc v datech (GA ČR 24-10457S) "
            "zpracovává průběžné výsledky voleb do Poslanecké sněmovny a zveřejňuje "
            "analýzy pro média.\n\n"
            "Žádáme proto o přístup k výsledkům ve formátu XML. Oproti loňsku se mění "
            "adresa: server 198.51.100.30, ze kterého jsme stahovali při krajských "
            "volbách, byl vyřazen a nahrazuje ho nový cluster v rozsahu 198.51.100.200/30 "
            "(všechny čtyři adresy, produkce). Testovací prostředí nepotřebujeme.\n\n"
            "Žadatel: Západomoravská univerzita v Jihlavě, veřejná vysoká škola, "
            f"IČ {U9}, Tolstého 16, 586 01 Jihlava\n"
            "Kontakt: doc. Mgr. Ondřej Hrubý, Ph.D., mobil 732 558 014, "
            "hruby@fss.zmu.example\n\n"
            "S pozdravem\n"
            "Ondřej Hrubý\n"
            "vedoucí katedry politologie FSS ZMU\n"
            "tel. 567 141 111, kl. 2307\n"
        ),
    },
    {
        "id": "nc010-it-contractor-nat-two-icos",
        "description": "IT contractor writes for a regional weekly: internal NAT address to "
        "leave out, the contractor's own IČO beside the publisher's, contractor is the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Podbrdské noviny s.r.o.",
            C10,
            None,
            ["192.0.2.55"],
            ["192.0.2.56"],
            "Vojtěch Kalina",
            "kalina@kalina-it.example",
            "+420776203915",
        ),
        "from": "Vojtěch Kalina <kalina@kalina-it.example>",
        "subject": "Podbrdské noviny - přístup k volebnímu XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "jsem externí správce IT pro vydavatele týdeníku Podbrdsko, společnost "
            f"Podbrdské noviny s.r.o. (IČO {C10}), a jejím jménem žádám o přístup "
            "k výsledkům voleb ve formátu XML. Plnou moc od jednatelky přikládám na "
            "vyžádání.\n\n"
            "Technicky: aplikace běží na serveru s interní adresou 10.20.0.15, ven ale "
            "komunikuje přes NAT z veřejné adresy 192.0.2.55 - tu prosím povolte jako "
            "produkční. Pro testy před volbami použijeme 192.0.2.56.\n\n"
            "Kontaktní osobou pro tuto žádost budu já, v redakci se případně obracejte na "
            "paní šéfredaktorku Mgr. Janu Skálovou (skalova@podbrdsko.example).\n\n"
            "S pozdravem\n"
            "Vojtěch Kalina\n"
            f"Kalina IT služby, IČO {C10X}\n"
            "Rožmitál pod Třemšínem\n"
            "+420 776 203 915\n"
        ),
    },
    {
        "id": "nc011-terse-iphone-note",
        "description": "three-line note from an iPhone: abbreviated roles 'prod'/'tst' in "
        "brackets, 'IČ' and a phone without a prefix",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rádio Kotlina s.r.o.",
            R11,
            None,
            ["203.0.113.7"],
            ["203.0.113.8"],
            "Jan Boček",
            "bocek@radiokotlina.example",
            "+420605114227",
        ),
        "from": "Jan Boček <bocek@radiokotlina.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "base64",
        "body": (
            "Prosím o přístup k XML: 203.0.113.7 (prod), 203.0.113.8 (tst).\n"
            f"Rádio Kotlina s.r.o., IČ {R11}\n"
            "Boček, 605 114 227\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "nc012-freelancer-withdraws-feed",
        "description": "freelance journalist (natural person with an IČO) asks for the feed "
        "and filming, then takes the feed request back in a P.S.",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Tereza Hollá",
            F12,
            None,
            [],
            [],
            "Tereza Hollá",
            "tereza.holla@freelance.example",
            "+420702665130",
        ),
        "from": "Tereza Hollá <tereza.holla@freelance.example>",
        "subject": "Žádost - natáčení na sběrném místě + XML",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "jsem nezávislá dokumentaristka (OSVČ, IČO "
            f"{F12}) a připravuji pro veřejnoprávní rozhlas reportáž o tom, jak vzniká "
            "volební noc. Chtěla bych Vás požádat o:\n"
            "- povolení natáčet zvuk a fotografovat na sběrném místě v Hradci Králové "
            "v sobotu 4. 10. od 14:00,\n"
            "- přístup k výsledkům ve formátu XML z adresy 198.51.100.12.\n\n"
            "Děkuji a přeji hezký den\n"
            "Tereza Hollá\n"
            "tel. 702 665 130\n\n"
            "P.S. Ještě jsem to konzultovala s redakcí - XML nakonec nepotřebuji, data mi "
            "dodá rozhlas, takže tu druhou část žádosti prosím berte jako bezpředmětnou. "
            "Natáčení platí.\n"
        ),
    },
    {
        "id": "nc013-austrian-long-html-letter",
        "description": "long HTML-only letter from an Austrian weekly in German: table with "
        "Produktivsystem, Ausfallserver (backup, so production) and Testsystem rows; "
        "filming request too",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Weinviertler Wochenzeitung GmbH",
            None,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.115"],
            "Markus Gruber",
            "m.gruber@weinviertler.example",
            "+436644128873",
        ),
        "from": "Mag. Markus Gruber <m.gruber@weinviertler.example>",
        "subject": "Ansuchen um Datenzugang und Drehgenehmigung - Wahl zum Abgeordnetenhaus",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">'
            "<p>Sehr geehrte Damen und Herren,</p>"
            "<p>die Weinviertler Wochenzeitung erscheint seit 1998 im nördlichen "
            "Niederösterreich, unmittelbar an der Grenze zu Südmähren. Viele unserer "
            "Leserinnen und Leser pendeln täglich nach Znojmo, Mikulov oder Břeclav, und die "
            "tschechische Innenpolitik ist für sie kein fernes Thema. Anlässlich der Wahl "
            "zum Abgeordnetenhaus am 3. und 4. Oktober planen wir daher einen Live-Ticker "
            "auf weinviertler.example sowie eine Sonderbeilage in der Ausgabe vom 8. Oktober."
            "</p>"
            "<p>Wir ersuchen Sie höflich um zwei Dinge:</p>"
            "<ol><li>den Zugang zu den Wahlergebnissen im XML-Format für die unten "
            "angeführten Server, sowie</li>"
            "<li>die Genehmigung, am Wahlabend in der Regionalstelle Brünn Aufnahmen für "
            "unseren Videokanal anzufertigen (Kamera: Herr Stefan Pichler).</li></ol>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>System</th><th>IP-Adresse</th><th>Standort</th></tr>"
            "<tr><td>Produktivsystem</td><td>198.51.100.110</td><td>Wien, Rechenzentrum "
            "Floridsdorf</td></tr>"
            "<tr><td>Ausfallserver</td><td>198.51.100.111</td><td>Mistelbach</td></tr>"
            "<tr><td>Testsystem</td><td>198.51.100.115</td><td>Mistelbach</td></tr>"
            "</table>"
            "<p>Die Ausfalllösung übernimmt automatisch, falls das Produktivsystem nicht "
            "erreichbar ist (Heartbeat alle 5 s, Software-Version 2.14.3).</p>"
            "<p>Für Rückfragen steht Ihnen der Unterzeichnende jederzeit zur Verfügung, "
            "am besten mobil unter +43 664 412 88 73.</p>"
            "<p>Wir bedanken uns im Voraus für Ihre Unterstützung und verbleiben</p>"
            "<p>mit freundlichen Grüßen</p>"
            "<p><b>Mag. Markus Gruber</b><br>Chefredakteur<br>Weinviertler Wochenzeitung "
            "GmbH<br>Hauptplatz 22, 2130 Mistelbach<br>Tel. +43 2572 30 40-0<br>"
            "FN 187344t, Landesgericht Korneuburg</p>"
            "</body></html>"
        ),
    },
    {
        "id": "nc014-databox-agency-docx-ano-ne",
        "description": "data message from a press agency; DOCX with an ano/ne table of request "
        "types (filming NE) and a merged role cell over two production addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Středoevropská tisková kancelář, a.s.",
            A14,
            "s9ta4mv",
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Alžběta Vondrová",
            "vondrova@setk.example",
            "+420603772150",
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "databox": {
            "box": "s9ta4mv",
            "sender": "Středoevropská tisková kancelář, a.s.",
            "address": "Opletalova 5, 110 00 Praha 1",
            "ref": "SETK-IT-2025/044",
        },
        "attachments": [
            (
                "docx",
                "SETK_zadost_volby.docx",
                {
                    "header": "Středoevropská tisková kancelář, a.s. · Opletalova 5, Praha 1",
                    "footer": f"IČO {A14} · DIČ CZ{A14} · zapsána v OR vedeném Městským "
                    "soudem v Praze, oddíl B, vložka 21408",
                    "blocks": [
                        "Věc: Žádost o zpřístupnění výsledků voleb do Poslanecké sněmovny",
                        "Středoevropská tisková kancelář, a.s. žádá o níže označené služby:",
                        {
                            "rows": [
                                ["Služba", "Žádáme"],
                                ["Přístup k výsledkům ve formátu XML", "ANO"],
                                ["Natáčení na sběrném místě ČSÚ", "NE"],
                            ]
                        },
                        "IP adresy:",
                        {
                            "rows": [
                                ["Role", "Adresa"],
                                ["Produkční", "203.0.113.150"],
                                ["", "203.0.113.151"],
                                ["Testovací", "203.0.113.160"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Alžběta Vondrová, vedoucí datové redakce, "
                        "tel. +420 603 772 150, e-mail vondrova@setk.example",
                        "V Praze dne 12. 9. 2025",
                        "Ing. Richard Pospíšil, předseda představenstva",
                    ],
                },
            )
        ],
    },
]
