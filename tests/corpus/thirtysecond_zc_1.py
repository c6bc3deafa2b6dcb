"""Thirty-second held-out part ``zc``, cases zc001–zc014: a German regional paper with an
address range, a Polish TV crew that only films, a Slovak CIDR block, a Hungarian-English mix that
tests from production, a French agency with IPv6, a Spanish freelancer leaving the feed for a
later election, a terse Swedish note, a faculty with a netmask, a municipality's data message,
an IT contractor writing for a paper, an agency withdrawing its filming, a Slovak reply replacing
a host, a conditional filming request and a German publisher's subsidiary in a data box. Written
by hand apart from the extraction rules (see make_thirtysecond_zc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysecond_zc_common import (
    APPLE,
    EVOLUTION,
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

I3, I8, I9, I10 = ico("4627105"), ico("0085216"), ico("0299371"), ico("2619844")
I10B, I11, I12, I13, I14 = (
    ico("0528113"),
    ico("2813406"),
    ico("3645027"),
    ico("2470391"),
    ico("0751862"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "zc001-german-paper-range",
        "description": "German regional paper writes German, production as a written range of "
        "three addresses, declines a filming permit, German phone with area code",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Landbote GmbH",
            None,
            None,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22"],
            ["198.51.100.30"],
            "Matthias Brenner",
            "m.brenner@landbote.example",
            "+499415583210",
        ),
        "from": '"Brenner, Matthias" <m.brenner@landbote.example>',
        "subject": "Antrag auf Zugang zu den Wahlergebnissen (XML) – Oberpfälzer Landbote",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "wir berichten auch in diesem Jahr über die Parlamentswahl in Tschechien, vor allem "
            "für unsere Leserinnen und Leser im Grenzgebiet um Furth im Wald und Waldmünchen. "
            "Hiermit beantragen wir den Zugang zum Server mit den vorläufigen Wahlergebnissen "
            "im XML-Format.\n\n"
            "Antragsteller: Oberpfälzer Landbote GmbH, Am Hafen 4, 93059 Regensburg\n"
            "Handelsregister: Amtsgericht Regensburg HRB 11842\n\n"
            "Produktivsysteme: 198.51.100.20 bis 198.51.100.22\n"
            "Testsystem: 198.51.100.30\n\n"
            "Eine Drehgenehmigung für die Sammelstellen benötigen wir nicht, wir arbeiten nur "
            "mit den Daten.\n\n"
            "Ansprechpartner ist der Unterzeichnende.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Matthias Brenner\n"
            "Leiter Online-Redaktion\n"
            "Oberpfälzer Landbote GmbH\n"
            "Tel. +49 (0)941 5583-210\n"
            "Fax +49 (0)941 5583-299\n"
            "m.brenner@landbote.example\n\n"
            "Geschäftsführer: Dr. Klaus Wimmer, Sabine Ott | USt-IdNr. DE 813 552 407\n"
        ),
    },
    {
        "id": "zc002-polish-tv-film-only",
        "description": "Polish TV crew writes Polish in ISO-8859-2, asks only to film, says it "
        "does not need the XML data; camera serial and dates as noise",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telewizja Beskidy Sp. z o.o.",
            None,
            None,
            [],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@tvbeskidy.example",
            "+48601473952",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@tvbeskidy.example>",
        "subject": "Prośba o zgodę na nagrywanie w punkcie zbierania wyników",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "jestem producentką w Telewizji Beskidy Sp. z o.o. (Bielsko-Biała). Przygotowujemy "
            "reportaż o wyborach w Czechach i chcielibyśmy nagrać krótki materiał w punkcie "
            "zbierania wyników w Ostrawie w nocy z 4 na 5 października.\n\n"
            "Ekipa: dwie osoby (ja oraz operator Tomasz Kubica), kamera Sony FX6, bez "
            "oświetlenia.\n\n"
            "Dostępu do danych XML nie potrzebujemy, wyniki pokażemy z Waszej strony "
            "internetowej.\n\n"
            "Osoba kontaktowa: Agnieszka Wróbel, tel. +48 601 473 952, "
            "a.wrobel@tvbeskidy.example\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróbel\n"
            "Telewizja Beskidy Sp. z o.o.\n"
            "ul. Partyzantów 12, 43-300 Bielsko-Biała\n"
            "NIP 547-210-33-18\n"
        ),
    },
    {
        "id": "zc003-slovak-cidr",
        "description": "Slovak daily writes Slovak, production as a /30 block, one test "
        "address, IČO with spaces, Slovak mobile and a switchboard",
        "style": Style.RANGE,
        "labels": L(
            [FEED],
            "Denník Východ, s. r. o.",
            I3,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.70"],
            "Ján Kováčik",
            "kovacik@dennikvychod.example",
            "+421905318246",
        ),
        "from": "Ján Kováčik <kovacik@dennikvychod.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb vo formáte XML",
        "headers": ZIMBRA,
        "body": (
            "Dobrý deň,\n\n"
            "v mene spoločnosti Denník Východ, s. r. o., so sídlom Hlavná 58, 040 01 Košice, "
            f"IČO {I3[:2]} {I3[2:5]} {I3[5:]}, žiadame o pridelenie prístupu k serveru s "
            "výsledkami volieb do Poslaneckej snemovne.\n\n"
            "Produkčné adresy: 203.0.113.64/30\n"
            "Testovacia adresa: 203.0.113.70\n\n"
            "Kontaktná osoba: Ján Kováčik, mobil 0905 318 246, "
            "kovacik@dennikvychod.example\n"
            "(ústredňa redakcie +421 55 622 10 00 – len v pracovnom čase)\n\n"
            "Ďakujem a prajem pekný deň\n"
            "Ján Kováčik\n"
            "technický redaktor\n"
        ),
    },
    {
        "id": "zc004-hungarian-english-mix",
        "description": "Hungarian portal writes English with Hungarian greeting and name order, "
        "will test from production (no test address), base64 body",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Duna Hírek Online Kft.",
            None,
            None,
            ["192.0.2.140"],
            [],
            "Szabó Péter",
            "szabo.peter@dunahirek.example",
            "+36301184572",
        ),
        "from": "Szabó Péter <szabo.peter@dunahirek.example>",
        "subject": "Election results XML access - Duna Hírek",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Tisztelt Hölgyem / Uram, dear colleagues,\n\n"
            "we are Duna Hírek Online Kft., a news portal from Budapest (dunahirek.example), "
            "and we would like to publish live results of the Czech parliamentary election.\n"
            "Could you please give us access to the XML results server?\n\n"
            "Our server: 192.0.2.140\n"
            "We do not have a separate test machine, we will run the tests from the same "
            "server.\n"
            "Filming is not needed.\n\n"
            "Contact: Szabó Péter (that's me), +36 30 118 4572\n\n"
            "Köszönöm / thank you,\n"
            "Szabó Péter\n"
            "fejlesztési vezető | head of development\n"
            "Duna Hírek Online Kft. | adószám 25114873-2-41\n"
        ),
    },
    {
        "id": "zc005-french-agency-ipv6",
        "description": "French news agency writes French, IPv4 and IPv6 production addresses, "
        "IPv6 test, asks also to film; HTML with a text alternative",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agence Europe Dépêches SA",
            None,
            None,
            ["192.0.2.10", "2001:db8:4a::10"],
            ["2001:db8:4a::20"],
            "Camille Laurent",
            "c.laurent@europe-depeches.example",
            "+33142685307",
        ),
        "from": "Camille Laurent <c.laurent@europe-depeches.example>",
        "subject": "Demande d'accès aux résultats électoraux et autorisation de tournage",
        "headers": APPLE,
        "body": (
            "Madame, Monsieur,\n\n"
            "L'Agence Europe Dépêches SA souhaite accéder au serveur des résultats des "
            "élections législatives au format XML.\n\n"
            "Serveur de production : 192.0.2.10 et 2001:db8:4a::10 (IPv6)\n"
            "Serveur de test : 2001:db8:4a::20\n\n"
            "Par ailleurs, notre correspondant à Prague souhaiterait également filmer au "
            "centre de collecte des résultats à Prague le soir du scrutin. Merci de nous "
            "indiquer les conditions.\n\n"
            "Contact : Camille Laurent, +33 1 42 68 53 07\n\n"
            "Bien cordialement,\n"
            "Camille Laurent\n"
            "Service technique – Agence Europe Dépêches\n"
            "12 rue du Croissant, 75002 Paris\n"
        ),
        "html": (
            '<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica">'
            "<div>Madame, Monsieur,</div><br>"
            "<div>L'Agence Europe Dépêches SA souhaite accéder au serveur des résultats des "
            "élections législatives au format XML.</div><br>"
            "<div><b>Serveur de production :</b> 192.0.2.10 et 2001:db8:4a::10 (IPv6)</div>"
            "<div><b>Serveur de test :</b> 2001:db8:4a::20</div><br>"
            "<div>Par ailleurs, notre correspondant à Prague souhaiterait également filmer au "
            "centre de collecte des résultats à Prague le soir du scrutin. Merci de nous "
            "indiquer les conditions.</div><br>"
            "<div>Contact : Camille Laurent, +33 1 42 68 53 07</div><br>"
            "<div>Bien cordialement,<br>Camille Laurent<br>Service technique – Agence Europe "
            "Dépêches<br>12 rue du Croissant, 75002 Paris</div></body></html>"
        ),
    },
    {
        "id": "zc006-spanish-freelancer-later-election",
        "description": "Spanish freelance correspondent writes Spanish, films now and leaves the "
        "data feed for next year's election, Spanish mobile",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Lucía Fernández Ortega",
            None,
            None,
            [],
            [],
            "Lucía Fernández Ortega",
            "lucia.fernandez@periodista.example",
            "+34612480395",
        ),
        "from": "Lucía Fernández <lucia.fernandez@periodista.example>",
        "subject": "Solicitud de permiso de grabación – elecciones",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Buenos días:\n\n"
            "Soy Lucía Fernández Ortega, periodista independiente y corresponsal para varios "
            "medios españoles en Praga. Les escribo para solicitar permiso para grabar vídeo "
            "en el centro de recogida de resultados de Praga la noche electoral (sábado 4 de "
            "octubre, a partir de las 14:00).\n\n"
            "Lo del acceso a los datos XML lo dejamos para las elecciones del año que viene; "
            "ahora no lo necesito.\n\n"
            "Mi móvil: +34 612 48 03 95 (también WhatsApp)\n\n"
            "Muchas gracias y un saludo,\n"
            "Lucía\n\n"
            "Enviado desde mi iPhone\n"
        ),
    },
    {
        "id": "zc007-swedish-terse",
        "description": "terse English note from a Swedish broadcaster, prod and test on one "
        "line, Swedish mobile, company number that is not an IČO",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Nordlys Media AB",
            None,
            None,
            ["198.51.100.200"],
            ["198.51.100.201"],
            "Erik Lindqvist",
            "erik.lindqvist@nordlys.example",
            "+46701234857",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@nordlys.example>",
        "subject": "XML feed",
        "headers": EVOLUTION,
        "cte": "7bit",
        "body": (
            "Hej,\n\nxml results feed for Nordlys Media AB please. prod 198.51.100.200 / "
            "test 198.51.100.201.\n\n/Erik Lindqvist, +46 70 123 48 57\n"
            "Nordlys Media AB, org.nr 556812-4410\n"
        ),
    },
    {
        "id": "zc008-faculty-netmask",
        "description": "faculty's student newsroom writes for its university, production as an "
        "address with a netmask (four addresses), no test, windows-1250",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED],
            "Univerzita Horního Pojizeří",
            I8,
            None,
            ["192.0.2.32", "192.0.2.33", "192.0.2.34", "192.0.2.35"],
            [],
            "Tereza Holubová",
            "holubova@fsv.uhp.example",
            "+420481325118",
        ),
        "from": '"doc. Mgr. Tereza Holubová, Ph.D." <holubova@fsv.uhp.example>',
        "subject": "Žádost o přístup k XML s výsledky voleb – studentská redakce",
        "headers": ROUNDCUBE,
        "charset": "windows-1250",
        "body": (
            "Vážení,\n\n"
            "Fakulta sociálních věd Univerzity Horního Pojizeří provozuje se studenty "
            "žurnalistiky zpravodajský web Volební studio, který bude ve volební noci "
            "zveřejňovat průběžné výsledky. Jménem univerzity (Univerzita Horního Pojizeří, "
            f"IČ: {I8}) žádám o přístup k serveru s výsledky ve formátu XML.\n\n"
            "Síť fakultní laboratoře: 192.0.2.32 maska 255.255.255.252 – všechny čtyři "
            "adresy prosím povolte jako produkční.\n"
            "Testovací přístup nepotřebujeme.\n\n"
            "Kontaktní osoba: doc. Mgr. Tereza Holubová, Ph.D., tel. 481 325 118, "
            "holubova@fsv.uhp.example\n\n"
            "S pozdravem\n"
            "Tereza Holubová\n"
            "Katedra mediálních studií FSV UHP\n"
            "Studentská 1402/2, 511 01 Turnov\n"
            "sekretariát katedry: 481 325 100\n"
        ),
    },
    {
        "id": "zc009-municipality-databox-annotation",
        "description": "market town's data message, the application in the annotation with "
        "abbreviations; the file is a council resolution naming the contact in full",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED],
            "Městys Horní Lhotice",
            I9,
            "h7wqk2e",
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Petr Navrátil",
            "navratil@hornilhotice.example",
            "+420777402118",
        ),
        "subject": "Žádost o přístup k XML výsl. voleb pro zpravodaj městyse: prod. IP "
        "203.0.113.150, test. 203.0.113.151, kontakt P. Navrátil, tel. 777 402 118, "
        "navratil@hornilhotice.example. Pověření v příloze.",
        "databox": {
            "box": "h7wqk2e",
            "sender": "Městys Horní Lhotice",
            "address": "Náměstí 1, 594 51 Horní Lhotice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "povereni_Navratil.pdf",
                [
                    "Městys Horní Lhotice, Náměstí 1, 594 51 Horní Lhotice, IČO " + I9,
                    "POVĚŘENÍ",
                    "Rada městyse usnesením č. 14/2025/R ze dne 1. 9. 2025 pověřuje pana "
                    "Petra Navrátila, správce informačních systémů městyse, jednáním s Českým "
                    "statistickým úřadem ve věci přístupu k výsledkům voleb pro Lhotický "
                    "zpravodaj.",
                    "Ing. Dana Kroupová\nstarostka",
                ],
            )
        ],
    },
    {
        "id": "zc010-it-contractor-for-paper",
        "description": "IT contractor applies for a weekly it serves; the paper is the "
        "applicant, the contractor's technician the contact; a short range and a temporary "
        "test host; the contractor's own IČO in the signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Krkonošský týdeník s.r.o.",
            I10,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.99"],
            "Radim Šťastný",
            "stastny@netsprava.example",
            "+420736215094",
        ),
        "from": "Radim Šťastný <stastny@netsprava.example>",
        "subject": "Přístup k výsledkům voleb pro Krkonošský týdeník",
        "headers": OUTLOOK,
        "cc": "sefredaktor@krkonossky-tydenik.example",
        "body": (
            "Dobrý den,\n\n"
            "spravujeme web a servery pro Krkonošský týdeník s.r.o. (IČO "
            f"{I10}, Trutnov) a jejich jménem žádáme o přístup k XML s výsledky voleb. "
            "Plná moc od jednatele je v kopii u pana šéfredaktora, případně ji dodáme.\n\n"
            "Produkce: 203.0.113.10–12 (tři uzly za balancerem)\n"
            "Test: 203.0.113.99 – jen dočasný stroj, po volbách ho zrušíme\n\n"
            "Technický kontakt: Radim Šťastný (já), 736 215 094, stastny@netsprava.example\n\n"
            "Díky\n"
            "Radim Šťastný\n"
            "NetSpráva s.r.o., IČ " + I10B + "\n"
            "Pražská 211, 541 01 Trutnov | hotline 499 100 200\n"
        ),
    },
    {
        "id": "zc011-agency-withdraws-filming",
        "description": "regional agency asks for both, then withdraws filming later in the same "
        "mail; IČO after the company name in brackets",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Morava a.s.",
            I11,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Kamila Pešková",
            "peskova@zamorava.example",
            "+420604119283",
        ),
        "from": "Kamila Pešková <peskova@zamorava.example>",
        "subject": "Žádost – XML výsledky + natáčení",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"Zpravodajská agentura Morava a.s. (IČO {I11}) žádá:\n"
            "1) o přístup k výsledkům voleb ve formátu XML – produkční servery 198.51.100.90 "
            "a 198.51.100.91, testovací 198.51.100.95,\n"
            "2) o povolení natáčet na sběrném místě v Olomouci.\n\n"
            "Kontakt: Kamila Pešková, 604 119 283, peskova@zamorava.example\n\n"
            "P.S. Právě mi volal kolega – bod 2 prosím škrtněte, kameramana na volební noc "
            "nemáme, o natáčení tedy nežádáme. Platí jen bod 1.\n\n"
            "K. Pešková\n"
        ),
    },
    {
        "id": "zc012-slovak-reply-replaced-host",
        "description": "Slovak radio replies to its own earlier request: the production host "
        "was replaced, the other data stand as in the quoted original; format=flowed",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Tatry, s.r.o.",
            I12,
            None,
            ["198.51.100.8"],
            ["198.51.100.9"],
            "Martina Hudecová",
            "hudecova@radiotatry.example",
            "+421918402337",
        ),
        "from": "Martina Hudecová <hudecova@radiotatry.example>",
        "subject": "Re: Žiadosť o prístup k XML – Rádio Tatry",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý deň,\n\n"
            "opravujem jeden údaj z mojej žiadosti nižšie: server 198.51.100.5 sme minulý "
            "týždeň vyradili, nahradil ho nový 198.51.100.8. Prosím teda povoliť ako "
            "produkčný 198.51.100.8, testovací ostáva. Ostatné údaje platia.\n\n"
            "Ďakujem\nMartina Hudecová\n\n"
            "Dňa 10. 9. 2025 o 9:14 Martina Hudecová napísal(a):\n"
            "> Dobrý deň,\n"
            ">\n"
            "> Rádio Tatry, s.r.o., IČO " + I12 + ", žiada o prístup k výsledkom volieb\n"
            "> vo formáte XML.\n"
            "> Produkčný server: 198.51.100.5\n"
            "> Testovací server: 198.51.100.9\n"
            "> Kontakt: Martina Hudecová, +421 918 402 337, hudecova@radiotatry.example\n"
            ">\n"
            "> S pozdravom\n"
            "> Martina Hudecová, Rádio Tatry, Poprad\n"
        ),
    },
    {
        "id": "zc013-conditional-filming",
        "description": "regional TV asks for the feed and, if the collection point allows it, "
        "to film; the production role given by order ('první … druhá')",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "TV Podlesí, spol. s r. o.",
            I13,
            None,
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Václav Mráz",
            "mraz@tvpodlesi.example",
            "+420725330618",
        ),
        "from": "Václav Mráz <mraz@tvpodlesi.example>",
        "subject": "Volby 2025 – žádost TV Podlesí",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"televize TV Podlesí, spol. s r. o., IČO {I13}, se sídlem Lesní 8, Jihlava, "
            "žádá o zřízení přístupu k volebním výsledkům ve formátu XML. Posíláme dvě "
            "adresy, 192.0.2.60 a 192.0.2.61 – první je ostrý server pro vysílací grafiku, "
            "druhá slouží jen k testům.\n\n"
            "Pokud to provoz na sběrném místě v Jihlavě dovolí, žádáme zároveň o povolení "
            "natáčet tam ve volební noc krátké vstupy (štáb 3 osoby). Kdyby to nešlo, "
            "pochopíme.\n\n"
            "Kontaktní osoba: Václav Mráz, 725 330 618\n\n"
            "Děkuji\nVáclav Mráz\nvedoucí techniky TV Podlesí\n"
        ),
    },
    {
        "id": "zc014-databox-german-subsidiary-docx",
        "description": "Czech subsidiary of a German publisher sends a bilingual DOCX table by "
        "data box; the letter prints the office's box ID and the parent's German register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Bohemia Verlag CZ s.r.o.",
            I14,
            "q3mfz8b",
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Lenka Schneiderová",
            "schneiderova@bohemiaverlag.example",
            "+420602781450",
        ),
        "subject": "Žádost o přístup k výsledkům voleb / Antrag Zugang Wahlergebnisse",
        "databox": {
            "box": "q3mfz8b",
            "sender": "Bohemia Verlag CZ s.r.o.",
            "address": "Karlova 14, 301 00 Plzeň",
        },
        "attachments": [
            (
                "docx",
                "Antrag_Zadost_CSU.docx",
                {
                    "header": "Bohemia Verlag CZ s.r.o. – Tochtergesellschaft der Bohemia "
                    "Verlagsgruppe GmbH & Co. KG (Amtsgericht Passau HRA 2290)",
                    "blocks": [
                        "Český statistický úřad, ID datové schránky 2gfaasy",
                        "Věc / Betreff: Žádost o přístup k výsledkům voleb ve formátu XML",
                        f"Žadatel / Antragsteller: Bohemia Verlag CZ s.r.o., IČO {I14}",
                        {
                            "rows": [
                                ["Účel / Zweck", "IP adresa / IP-Adresse"],
                                ["produkce / Produktion", "203.0.113.120"],
                                ["produkce / Produktion", "203.0.113.121"],
                                ["test / Test", "203.0.113.125"],
                            ]
                        },
                        "O povolení natáčení nežádáme. / Eine Drehgenehmigung beantragen wir "
                        "nicht.",
                        "Kontakt / Ansprechpartnerin: Lenka Schneiderová, +420 602 781 450, "
                        "schneiderova@bohemiaverlag.example",
                        "Plzeň, 11. 9. 2025 – Jürgen Baumann, jednatel / Geschäftsführer",
                    ],
                    "footer": "Bohemia Verlag CZ s.r.o. | Karlova 14 | 301 00 Plzeň",
                },
            )
        ],
    },
]
