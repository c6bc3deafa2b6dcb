"""Twentysixth held-out part ``tc``, cases tc001–tc014: a German broadcaster with "bzw.", a
Polish publisher with "odpowiednio", a two-line note with a short range, a university letter
in a PDF with a CIDR block and IPv6, a municipality's data message asking only to film, a
Slovak agency with a netmask, an IT contractor writing for a publisher (a replaced host and an
internal one), Hungarian, French and Spanish media, a freelancer who only films, a filming
request withdrawn in the same mail, one left for a later election, and an institute's data
message with the application only in a DOCX table. Written by hand apart from the extraction
rules (see make_twentysixth_tc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysixth_tc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I3, I4, I5, I6 = ico("2874913"), ico("6045182"), ico("0021622"), ico("3651207")
I7, I9, I11, I12, I14 = (
    ico("2708354"),
    ico("0849127"),
    ico("2963170"),
    ico("0551483"),
    ico("2619438"),
)
I7_CONTRACTOR = ico("0882412")

CASES: list[dict[str, Any]] = [
    {
        "id": "tc001-german-bzw-order",
        "description": "Austrian broadcaster writing German; production and test given only by "
        "'Produktions- bzw. Testsystem … X bzw. Y'; filming declined; direct line before the "
        "switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Alpenfunk Rundfunk GmbH",
            None,
            None,
            ["198.51.100.14"],
            ["198.51.100.15"],
            "Verena Lechner",
            "lechner@alpenfunk.example",
            "+431537224410",
        ),
        "from": "Verena Lechner <lechner@alpenfunk.example>",
        "subject": "Zugang XML-Wahlergebnisse / přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Alpenfunk Rundfunk GmbH (Wien) berichtet am Wahlabend live über die Wahlen\n"
            "zum Abgeordnetenhaus des tschechischen Parlaments. Für unsere Hochrechnungsgrafik\n"
            "ersuchen wir um Zugang zu Ihrem XML-Ergebnisserver.\n\n"
            "Unser Produktions- bzw. Testsystem greift von den Adressen 198.51.100.14 bzw.\n"
            "198.51.100.15 zu (beide im Rechenzentrum Wien-Erdberg, ausgehend nur Port 443).\n\n"
            "Eine Drehgenehmigung für Ihre Sammelstellen benötigen wir diesmal nicht – unser\n"
            "Prager Büro arbeitet ausschließlich mit Agenturbildern.\n\n"
            "Ansprechpartnerin für alle Fragen bin ich selbst.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Mag. Verena Lechner\n"
            "Leitung Datenredaktion\n"
            "Alpenfunk Rundfunk GmbH\n"
            "Erdbergstraße 200, 1030 Wien, Österreich\n"
            "Durchwahl: +43 1 53 722-4410\n"
            "Zentrale: +43 1 53 722-0\n"
            "FN 418273 t, Handelsgericht Wien | UID ATU71234567\n"
        ),
    },
    {
        "id": "tc002-polish-odpowiednio",
        "description": "Polish publisher writing Polish; roles only by 'odpowiednio'; filming "
        "declined; NIP and REGON that are not IČO; a named IT contact, not the signer",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wydawnictwo Kurier Śląski Sp. z o.o.",
            None,
            None,
            ["203.0.113.71"],
            ["203.0.113.72"],
            "Marek Wójcik",
            "m.wojcik@kurierslaski.example",
            "+48322554107",
        ),
        "from": "Agnieszka Dąbrowska <a.dabrowska@kurierslaski.example>",
        "subject": "Wniosek o dostęp do serwera XML – wybory do Izby Poselskiej",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Szanowni Państwo,\n\n"
            "zwracam się z uprzejmą prośbą o udostępnienie naszemu portalowi kurierslaski.example\n"
            "dostępu do serwera z wynikami wyborów w formacie XML. Adresy IP serwera\n"
            "produkcyjnego i testowego to odpowiednio 203.0.113.71 oraz 203.0.113.72.\n\n"
            "Nie ubiegamy się o zgodę na filmowanie w punktach zbierania danych.\n\n"
            "Osoba kontaktowa: Marek Wójcik, kierownik działu IT,\n"
            "tel. +48 32 255 41 07, m.wojcik@kurierslaski.example\n\n"
            "Z poważaniem\n\n"
            "Agnieszka Dąbrowska\n"
            "redaktor naczelna\n"
            "Wydawnictwo Kurier Śląski Sp. z o.o.\n"
            "ul. Warszawska 17, 40-009 Katowice\n"
            "NIP 634-281-55-19, REGON 241873605, KRS 0000412735\n"
        ),
    },
    {
        "id": "tc003-terse-short-range",
        "description": "three lines from an iPhone without diacritics; production as a range "
        "written '.5-8', the test address as a bare '.9'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Radio Zapad s.r.o.",
            I3,
            None,
            ["203.0.113.5", "203.0.113.6", "203.0.113.7", "203.0.113.8"],
            ["203.0.113.9"],
            "Tomas Kratochvil",
            "kratochvil@radiozapad.example",
            "+420777412630",
        ),
        "from": "Tomas Kratochvil <kratochvil@radiozapad.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, zadame o pristup k XML vysledkum. prod 203.0.113.5-8, test .9\n"
            f"Radio Zapad s.r.o., IC {I3}\n"
            "Tomas Kratochvil 777 412 630\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "tc004-university-pdf-cidr-ipv6",
        "description": "a faculty's letter in a PDF sent by the dean's office: the university "
        "applies, production as a /30 block, test as IPv6, a doctoral student named as contact, "
        "the university's box ID in the letterhead",
        "style": Style.ACADEMIC,
        "labels": L(
            [FEED],
            "Polabská univerzita v Nymburce",
            I4,
            "u7xk3pe",
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["2001:db8:40::10"],
            "Ondřej Sýkora",
            "sykora@fsv.polabska.example",
            "+420734551208",
        ),
        "from": "Lenka Pokorná <pokorna@fsv.polabska.example>",
        "subject": "Žádost FSV PUN – přístup k volebním datům",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "v zastoupení paní děkanky zasílám v příloze žádost Fakulty sociálních věd o\n"
            "přístup k serveru s výsledky voleb. Originál s podpisem jde poštou.\n\n"
            "S pozdravem\n"
            "Lenka Pokorná\n"
            "sekretariát děkanky FSV\n"
            "tel. 325 601 114\n"
        ),
        "attachments": [
            (
                "pdf",
                "FSV_zadost_CSU_2025.pdf",
                [
                    "Polabská univerzita v Nymburce\nFakulta sociálních věd\n"
                    f"Palackého 1021/4, 288 02 Nymburk | IČO: {I4} | ID DS: u7xk3pe",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Nymburce dne 2. září 2025\nČ. j.: FSV/1187/2025",
                    "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Vážené dámy, vážení pánové,",
                    "Katedra mediálních studií Fakulty sociálních věd Polabské univerzity v "
                    "Nymburce provozuje již šestým rokem studentskou redakci Volební studio FSV, "
                    "která v den voleb připravuje živé zpravodajství a datové vizualizace. "
                    "Studenti se tak učí pracovat s daty pod časovým tlakem a v podmínkách, "
                    "které odpovídají skutečné redakční praxi. Rádi bychom proto i letos "
                    "požádali o přístup k Vašemu serveru s průběžnými výsledky voleb do "
                    "Poslanecké sněmovny.",
                    "Produkční prostředí běží v univerzitní síti na bloku 192.0.2.64/30 "
                    "(čtyři virtuální servery za vyrovnávačem zátěže). Testovací prostředí "
                    "je dostupné pouze po IPv6 na adrese 2001:db8:40::10.",
                    "O povolení k natáčení ve sběrných místech nežádáme.",
                    "Kontaktní osobou pro technické i organizační záležitosti je Mgr. Ondřej "
                    "Sýkora, doktorand katedry, tel. 734 551 208, e-mail "
                    "sykora@fsv.polabska.example.",
                    "Děkujeme za vstřícnost.",
                    "prof. PhDr. Hana Roubalová, CSc.\nděkanka",
                ],
            )
        ],
    },
    {
        "id": "tc005-municipality-databox-film-only",
        "description": "a town's data message: filming by its cable TV only, the XML feed "
        "explicitly not wanted, a spokesperson's mobile given after the switchboard",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FILM],
            "Město Lipová Lhota",
            I5,
            "m3qz8va",
            [],
            [],
            "Eva Marková",
            "markova@lipovalhota.example",
            "+420603118447",
        ),
        "subject": "Žádost o povolení natáčení ve sběrném místě ČSÚ – TV Lipka",
        "databox": {
            "box": "m3qz8va",
            "sender": "Město Lipová Lhota",
            "address": "Masarykovo nám. 1, 569 43 Lipová Lhota",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_nataceni_TV_Lipka.pdf",
                [
                    f"MĚSTO LIPOVÁ LHOTA\nMasarykovo nám. 1, 569 43 Lipová Lhota\nIČO {I5}",
                    "Český statistický úřad\nKrajská správa ČSÚ v Pardubicích",
                    "Naše č. j.: MLL/2025/4471    Vyřizuje: Bc. Eva Marková",
                    "Žádost o povolení natáčení",
                    "Město Lipová Lhota provozuje obecní kabelovou televizi TV Lipka. "
                    "Žádáme o povolení natáčení ve sběrném místě ČSÚ v Pardubicích v průběhu "
                    "zpracování výsledků voleb do Poslanecké sněmovny (pátek 3. 10. od 22:00 "
                    "a sobota 4. 10. do 2:00). Štáb: kameraman Jiří Pešek a redaktorka "
                    "Eva Marková.",
                    "O přístup k datovému serveru (XML) nežádáme, výsledky přebíráme z webu "
                    "volby.cz.",
                    "Kontaktní osoba: Bc. Eva Marková, tisková mluvčí, tel. 461 543 220 "
                    "(ústředna), mobil 603 118 447, markova@lipovalhota.example",
                    "Ing. Václav Kučera\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "tc006-slovak-netmask",
        "description": "Slovak agency writing Slovak: production as an address with a netmask "
        "(four addresses), filming declined, Slovak IČO with spaces, a named IT contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tlačová agentúra Stred, a. s.",
            I6,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Martin Horváth",
            "horvath@tastred.example",
            "+421484122290",
        ),
        "from": "Zuzana Kováčiková <kovacikova@tastred.example>",
        "subject": "Žiadosť o prístup k XML výsledkom volieb",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý deň,\n\n"
            "v mene spoločnosti Tlačová agentúra Stred, a. s. (IČO: "
            f"{I6[:2]} {I6[2:5]} {I6[5:]}) Vás žiadame\n"
            "o sprístupnenie servera s výsledkami volieb do Poslaneckej snemovne vo formáte XML.\n\n"
            "Naše produkčné servery sú v sieti 198.51.100.32 s maskou 255.255.255.252 (teda\n"
            "štyri adresy), testovací stroj má adresu 198.51.100.40.\n\n"
            "O povolenie na nakrúcanie v zberných miestach nežiadame.\n\n"
            "Kontaktná osoba: Ing. Martin Horváth, vedúci IT, +421 48 412 2290,\n"
            "horvath@tastred.example\n\n"
            "S pozdravom\n"
            "Zuzana Kováčiková\n"
            "šéfredaktorka\n"
            "Tlačová agentúra Stred, a. s., Námestie SNP 8, 974 01 Banská Bystrica\n"
        ),
    },
    {
        "id": "tc007-contractor-for-publisher",
        "description": "an IT contractor applies on behalf of its client publisher and names "
        "itself as the contact; last year's host replaced, an internal NAT address, the "
        "contractor's own IČO in its signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Vydavatelství Labské listy, s.r.o.",
            I7,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Radek Šimůnek",
            "simunek@netkraft.example",
            "+420608771305",
        ),
        "from": "Radek Šimůnek <simunek@netkraft.example>",
        "cc": "jednatel@labskelisty.example",
        "subject": "Labské listy – přístup k XML s výsledky voleb",
        "headers": MAC_OUTLOOK,
        "attachments": [
            (
                "pdf",
                "plna_moc_NetKraft.pdf",
                [
                    "PLNÁ MOC",
                    f"Vydavatelství Labské listy, s.r.o., IČO {I7}, se sídlem Dlouhá 45, "
                    "412 01 Litoměřice, zastoupené jednatelem Pavlem Kroupou, zmocňuje "
                    f"společnost NetKraft s.r.o., IČO {I7_CONTRACTOR}, k jednání s Českým "
                    "statistickým úřadem ve věci přístupu k výsledkům voleb.",
                    "V Litoměřicích dne 28. 8. 2025\nPavel Kroupa, jednatel",
                ],
            )
        ],
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel webu pro Vydavatelství Labské listy, s.r.o. (IČO "
            f"{I7}, vydavatel\n"
            "deníku Labské listy) a v zastoupení klienta žádáme o přístup k XML s výsledky\n"
            "voleb. Plnou moc od jednatele přikládám.\n\n"
            "Adresy:\n"
            "- produkce: 203.0.113.120 (nový server; loni jste měli 203.0.113.100 – ten jsme\n"
            "  v létě zrušili, prosím vyřaďte ho)\n"
            "- záloha: 203.0.113.121\n"
            "- test: 203.0.113.125\n"
            "Interně servery vidíme jako 10.0.3.15–16, ven ale jdou jen přes NAT na výše\n"
            "uvedené veřejné adresy, takže ty interní nikam nezadávejte.\n\n"
            "Za technickou stránku i jako kontakt pro tuto žádost uvádějte prosím mě.\n\n"
            "Díky a zdravím\n\n"
            "Radek Šimůnek\n"
            "NetKraft s.r.o. – vývoj a provoz webů\n"
            f"+420 608 771 305 | simunek@netkraft.example | IČO {I7_CONTRACTOR}\n"
        ),
    },
    {
        "id": "tc008-hungarian-both-ipv6-prod",
        "description": "Hungarian news site writing Hungarian: feed and filming, an IPv6 "
        "production address next to an IPv4 one, a tax number that is not an IČO, the name in "
        "Hungarian order",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["203.0.113.66", "2001:db8:1f::80"],
            ["203.0.113.67"],
            "Szabó Réka",
            "szabo.reka@dunamenti.example",
            "+36305127789",
        ),
        "from": "Szabó Réka <szabo.reka@dunamenti.example>",
        "subject": "Kérelem – XML hozzáférés és forgatási engedély (választások 2025)",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Tisztelt Hölgyem/Uram!\n\n"
            "A Dunamenti Hírek Kft. (adószám: 23145870-2-41) nevében szeretnénk hozzáférést\n"
            "kérni a cseh parlamenti választások eredményeit XML formátumban közlő szerverhez,\n"
            "továbbá engedélyt kérünk forgatásra a prágai gyűjtőhelyen a választás éjszakáján\n"
            "(operatőr és riporter, két fő).\n\n"
            "Éles szerverek: 203.0.113.66 és 2001:db8:1f::80\n"
            "Teszt szerver: 203.0.113.67\n\n"
            "Kapcsolattartó: Szabó Réka, +36 30 512 7789, szabo.reka@dunamenti.example\n\n"
            "Üdvözlettel:\n"
            "Szabó Réka\n"
            "hírszerkesztő, Dunamenti Hírek Kft.\n"
            "1055 Budapest, Balaton utca 12.\n"
        ),
    },
    {
        "id": "tc009-freelancer-film-only",
        "description": "a freelance documentary maker asks only to film and says she does not "
        "need the XML; name joined to a trade name by a dash, IČ with spaces, a 00420 phone",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Kristýna Odehnalová – KO Film",
            I9,
            None,
            [],
            [],
            "Kristýna Odehnalová",
            "odehnalova@kofilm.example",
            "+420728306114",
        ),
        "from": "Kristýna Odehnalová <odehnalova@kofilm.example>",
        "subject": "Prosba o povolení natáčet ve sběrném místě",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "jsem nezávislá dokumentaristka (OSVČ, Kristýna Odehnalová – KO Film, IČ: "
            f"{I9[:3]} {I9[3:5]} {I9[5:]})\n"
            "a připravuji krátký dokument o tom, jak se v noci po volbách sčítají hlasy.\n"
            "Chtěla bych Vás požádat o povolení natáčet ve sběrném místě v Brně v pátek a v\n"
            "sobotu 3.–4. 10. (kamera a zvuk, dva lidé, bez světel, nikomu nebudeme překážet).\n\n"
            "Přístup k XML výstupům nepotřebuji, pracuji jen s obrazem.\n\n"
            "Děkuji a přeji hezký den\n"
            "Kristýna Odehnalová\n"
            "tel. 00420 728 306 114\n"
            "www.kofilm.example\n"
        ),
    },
    {
        "id": "tc010-french-respectivement",
        "description": "French radio correspondent writing French: roles only by "
        "'respectivement', a conditional recording request that asks to be treated as one, "
        "a SIRET number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Horizon Europe SAS",
            None,
            None,
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Julien Moreau",
            "julien.moreau@radiohorizon.example",
            "+33671245803",
        ),
        "from": "Julien Moreau <julien.moreau@radiohorizon.example>",
        "subject": "Demande d'accès au serveur XML et autorisation d'enregistrement",
        "headers": APPLE,
        "body": (
            "Madame, Monsieur,\n\n"
            "Correspondant permanent à Prague de Radio Horizon Europe, je me permets de\n"
            "solliciter un accès au serveur XML des résultats des élections législatives.\n"
            "Nos serveurs de production et de test ont respectivement les adresses\n"
            "198.51.100.201 et 198.51.100.202.\n\n"
            "Par ailleurs, nous souhaiterions enregistrer du son (ambiance et courtes\n"
            "interviews) au centre de collecte de Prague le soir du scrutin. Si une\n"
            "autorisation est nécessaire, merci de considérer ce message comme notre demande.\n\n"
            "Je reste à votre disposition pour tout complément.\n\n"
            "Cordialement,\n\n"
            "Julien Moreau\n"
            "Correspondant permanent – Prague\n"
            "Radio Horizon Europe SAS, 14 quai Saint-Vincent, 69001 Lyon\n"
            "SIRET 812 345 678 00021\n"
            "Tél. : +33 6 71 24 58 03\n"
        ),
    },
    {
        "id": "tc011-filming-withdrawn-later",
        "description": "a regional TV asks for feed and filming, then an addendum in the same "
        "mail withdraws the filming; backup counts as production; a named technician",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "TV Vysočina Plus, s.r.o.",
            I11,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.160"],
            "Lukáš Brabec",
            "brabec@tvvysocinaplus.example",
            "+420736205418",
        ),
        "from": '"Ing. Alena Zemanová" <zemanova@tvvysocinaplus.example>',
        "subject": "Žádost – volby 2025 (XML + natáčení)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"za TV Vysočina Plus, s.r.o. (IČO {I11}) žádáme o:\n"
            "1) přístup k serveru s výsledky voleb (XML),\n"
            "2) povolení natáčení ve sběrném místě v Jihlavě.\n\n"
            "IP adresy: hlavní 192.0.2.150, záložní 192.0.2.151, testovací 192.0.2.160.\n"
            "Kontakt: Lukáš Brabec, technik vysílání, 736 205 418,\n"
            "brabec@tvvysocinaplus.example\n\n"
            "S pozdravem\n"
            "Ing. Alena Zemanová\n"
            "ředitelka\n\n"
            "----------\n"
            "Doplnění 14:20 – bod 2 (natáčení) prosím berte jako bezpředmětný, štáb ten večer\n"
            "nemáme. Žádost o natáčení tímto stahujeme, bod 1 platí beze změny.\n"
            "A. Z.\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p>"
            f"<p>za TV Vysočina Plus, s.r.o. (IČO {I11}) žádáme o:<br>"
            "1) přístup k serveru s výsledky voleb (XML),<br>"
            "2) povolení natáčení ve sběrném místě v Jihlavě.</p>"
            "<p>IP adresy: hlavní 192.0.2.150, záložní 192.0.2.151, testovací 192.0.2.160.<br>"
            "Kontakt: Lukáš Brabec, technik vysílání, 736 205 418, "
            "brabec@tvvysocinaplus.example</p>"
            "<p>S pozdravem<br>Ing. Alena Zemanová<br>ředitelka</p><hr>"
            "<p>Doplnění 14:20 – bod 2 (natáčení) prosím berte jako bezpředmětný, štáb ten "
            "večer nemáme. Žádost o natáčení tímto stahujeme, bod 1 platí beze změny.<br>"
            "A. Z.</p></body></html>"
        ),
    },
    {
        "id": "tc012-filming-for-later-election",
        "description": "feed now, filming left for next January's presidential election; a "
        "four-part version number of the parser; roles from 'poběží na … testovat budeme z'",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Echo Media Group a.s.",
            I12,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.179"],
            "Veronika Šindelářová",
            "sindelarova@krajskeecho.example",
            "+420604993021",
        ),
        "from": "Veronika Šindelářová <sindelarova@krajskeecho.example>",
        "subject": "Přístup k XML výsledkům – Krajské echo",
        "headers": GMAIL,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            f"Echo Media Group a.s., IČO {I12}, vydává zpravodajský web krajskeecho.example. \n"
            "Prosíme o zřízení přístupu k XML výsledkům pro volby do Poslanecké sněmovny.\n\n"
            "Naše aplikace (volebni-parser ve verzi 3.2.1.7) poběží na 198.51.100.170 a \n"
            "198.51.100.171, testovat budeme z 198.51.100.179.\n\n"
            "O povolení k natáčení požádáme samostatně až před prezidentskou volbou v lednu \n"
            "2028, teď ho nepotřebujeme.\n\n"
            "Kontakt: Veronika Šindelářová, 604 993 021\n\n"
            "Díky!\n"
            "Veronika Šindelářová\n"
            "produkce, Echo Media Group\n"
        ),
    },
    {
        "id": "tc013-spanish-agency-both",
        "description": "Spanish agency writing Spanish: feed and filming, 'producción' and "
        "'pruebas', a CIF whose eight digits are not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agencia Ibérica de Noticias, S.A.",
            None,
            None,
            ["203.0.113.95"],
            ["203.0.113.96"],
            "Lucía Fernández Ortega",
            "lfernandez@agiberica.example",
            "+34914372280",
        ),
        "from": '"Fernández Ortega, Lucía" <lfernandez@agiberica.example>',
        "subject": "Solicitud de acceso XML y permiso de grabación – elecciones checas",
        "headers": OUTLOOK,
        "charset": "iso-8859-1",
        "body": (
            "Estimados señores:\n\n"
            "Me dirijo a ustedes en nombre de la Agencia Ibérica de Noticias, S.A. (CIF\n"
            "A28491736) para solicitar acceso al servidor de resultados electorales en formato\n"
            "XML y, asimismo, permiso para grabar imágenes en el centro de recogida de datos\n"
            "de Praga durante la noche electoral.\n\n"
            "Servidor de producción: 203.0.113.95\n"
            "Servidor de pruebas: 203.0.113.96\n\n"
            "Persona de contacto: Lucía Fernández Ortega, delegada para Europa Central,\n"
            "tel. +34 91 437 22 80, lfernandez@agiberica.example\n\n"
            "Atentamente,\n\n"
            "Lucía Fernández Ortega\n"
            "Agencia Ibérica de Noticias, S.A. - Calle de Alcalá 210, 28028 Madrid\n"
        ),
    },
    {
        "id": "tc014-institute-databox-docx-range",
        "description": "an institute's data message with a bare annotation; the application only "
        "in a DOCX: a written range in a table cell, the office's box ID in the address block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Institut pro výzkum veřejného mínění, z. ú.",
            I14,
            "v8nf2ks",
            ["192.0.2.200", "192.0.2.201", "192.0.2.202"],
            ["192.0.2.210"],
            "Jakub Mareš",
            "mares@ivvm.example",
            "+420222514870",
        ),
        "subject": "Žádost – přístup k volebním datům (viz příloha)",
        "databox": {
            "box": "v8nf2ks",
            "sender": "Institut pro výzkum veřejného mínění, z. ú.",
            "address": "Vinohradská 112, 130 00 Praha 3",
        },
        "attachments": [
            (
                "docx",
                "IVVM_zadost_volby.docx",
                {
                    "header": "Institut pro výzkum veřejného mínění, z. ú. | Vinohradská 112, "
                    f"130 00 Praha 3 | IČ {I14}",
                    "footer": "www.ivvm.example | zapsán v rejstříku ústavů u MS v Praze, U 412",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nID DS: 2gfaasy",
                        "V Praze 5. 9. 2025",
                        "Věc: žádost o přístup k serveru s výsledky voleb",
                        "Náš ústav zpracovává v noci po volbách modely přesunů voličů pro několik "
                        "redakcí. Žádáme proto o přístup k serveru s výsledky ve formátu XML z "
                        "těchto adres:",
                        {
                            "rows": [
                                ["Účel", "Adresa / rozsah", "Poznámka"],
                                [
                                    "produkční",
                                    "192.0.2.200 – 192.0.2.202",
                                    "tři uzly výpočetního clusteru",
                                ],
                                ["testovací", "192.0.2.210", "jen do 30. 9."],
                            ]
                        },
                        "O povolení k pořizování záznamů nežádáme.",
                        "Kontaktní osoba: RNDr. Jakub Mareš, analytik, tel. +420 222 514 870, "
                        "mares@ivvm.example",
                        "Mgr. Hana Vlčková\nředitelka",
                    ],
                },
            )
        ],
    },
]
