"""Fifty-sixth held-out part ``cu``, cases cu001–cu014: a German range with one address left
out, a Portuguese production/test pair, a Dutch "respectievelijk", a Greek broadcaster in
English with a Greek signature, a Finnish HTML table, a Hungarian surname-first contact, an
Italian freelance photographer, a university's data message with a CIDR block, a town's own TV
with a netmask, an IT contractor writing for a paper, a Slovak TV withdrawing its filming, a
Polish application for a later election, a terse IPv6 note and a forwarded .eml. Written by
hand apart from the extraction rules (see make_fiftysixth_cu); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysixth_cu_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I8, I9, I10, I11 = ico("6128814"), ico("0284431"), ico("2847163"), ico("3612457")
I14, I10B = ico("2590738"), ico("0571926")

CASES: list[dict[str, Any]] = [
    {
        "id": "cu001-german-range-bis-ausser",
        "description": "German regional paper: production written as a range '192.0.2.10 bis "
        ".14' with one address excluded '(außer .12)', the excluded one an internal mail host",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Oberpfälzer Grenzbote GmbH",
            None,
            None,
            ["192.0.2.10", "192.0.2.11", "192.0.2.13", "192.0.2.14"],
            ["198.51.100.77"],
            "Tobias Reindl",
            "t.reindl@grenzbote-opf.example",
            "+499621480233",
        ),
        "from": "Tobias Reindl <t.reindl@grenzbote-opf.example>",
        "subject": "Antrag: Zugang zum XML-Ergebnisdienst (Wahlen)",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": "Sehr geehrte Damen und Herren,\n\n"
        "für unsere grenzüberschreitende Wahlberichterstattung möchten wir den Zugang zu Ihrem "
        "Server mit den laufenden Wahlergebnissen (XML) beantragen.\n\n"
        "Produktiv-IPs: 192.0.2.10 bis .14 (außer .12 - das ist unser interner Mailserver, der "
        "braucht keinen Zugriff)\n"
        "Test-IP: 198.51.100.77\n\n"
        "Eine Drehgenehmigung benötigen wir nicht.\n\n"
        "Ansprechpartner für Rückfragen bin ich selbst.\n\n"
        "Mit freundlichen Grüßen\n"
        "Tobias Reindl\n"
        "Leitung Digitales\n"
        "Oberpfälzer Grenzbote GmbH\n"
        "Marktplatz 7, 92637 Weiden i.d.OPf.\n"
        "Tel. +49 9621 480 233\n",
    },
    {
        "id": "cu002-portuguese-endereco-producao-teste",
        "description": "Portuguese news agency writing in Portuguese: 'endereço de produção / "
        "de teste' on one line, filming explicitly not needed, mobile 'telemóvel' after a "
        "switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agência Lusitânia de Notícias, S.A.",
            None,
            None,
            ["203.0.113.50"],
            ["203.0.113.51"],
            "Inês Carvalho Mota",
            "ines.mota@lusitania-noticias.example",
            "+351912345678",
        ),
        "from": "Inês Carvalho Mota <ines.mota@lusitania-noticias.example>",
        "subject": "Pedido de acesso aos resultados eleitorais (XML)",
        "headers": OUTLOOK,
        "body": "Exmos. Senhores,\n\n"
        "A Agência Lusitânia de Notícias, S.A. vem por este meio solicitar o acesso ao "
        "servidor dedicado com os resultados eleitorais em formato XML, para a cobertura das "
        "eleições na República Checa pela nossa delegação em Praga.\n\n"
        "Endereço de produção / de teste: 203.0.113.50 / 203.0.113.51\n\n"
        "Não precisamos de autorização para filmar nos locais de apuramento.\n\n"
        "Pessoa de contacto: Inês Carvalho Mota, editora da secção internacional\n"
        "Telefone (geral): +351 213 884 100\n"
        "Telemóvel: +351 912 345 678\n\n"
        "Com os melhores cumprimentos,\n"
        "Inês Carvalho Mota\n"
        "Agência Lusitânia de Notícias, S.A. | Rua do Salitre 42, 1250-198 Lisboa\n",
    },
    {
        "id": "cu003-dutch-respectievelijk-both",
        "description": "Dutch regional broadcaster: 'productie- en testadres zijn respectievelijk "
        "A en B' (order word decides the roles), filming asked too, format=flowed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Regionale Omroep Maasdelta B.V.",
            None,
            None,
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Joost van der Hoeven",
            "j.vanderhoeven@omroepmaasdelta.example",
            "+31102204455",
        ),
        "from": "Joost van der Hoeven <j.vanderhoeven@omroepmaasdelta.example>",
        "subject": "Aanvraag toegang verkiezingsuitslagen + filmen",
        "headers": GMAIL,
        "flowed": True,
        "body": "Geachte heer, mevrouw,\n\n"
        "Namens Regionale Omroep Maasdelta B.V. vraag ik toegang aan tot uw XML-server met de "
        "voorlopige verkiezingsuitslagen. Ons productie- en testadres zijn respectievelijk "
        "198.51.100.120 en 198.51.100.121.\n\n"
        "Daarnaast willen wij graag toestemming om op de verkiezingsavond te filmen in uw "
        "verwerkingscentrum in Praag (cameraploeg van twee personen: Sanne Bakker en Ruud "
        "Visser).\n\n"
        "Contactpersoon ben ik zelf: Joost van der Hoeven, tel. +31 10 220 4455.\n\n"
        "Met vriendelijke groet,\n"
        "Joost van der Hoeven\n"
        "Hoofd nieuwsdienst, Regionale Omroep Maasdelta B.V.\n",
    },
    {
        "id": "cu004-greek-english-greek-signature",
        "description": "Greek broadcaster writing English, IPv6 and IPv4 production; the phones "
        "are only in a Greek-script signature block (direct line Τηλ. before mobile Κιν.)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Aegean Broadcasting S.A.",
            None,
            None,
            ["2001:db8:30::15", "203.0.113.90"],
            ["203.0.113.91"],
            "George Papadakis",
            "g.papadakis@aegeanbc.example",
            "+302106891442",
        ),
        "from": "George Papadakis <g.papadakis@aegeanbc.example>",
        "subject": "Request for access - election results XML feed",
        "headers": APPLE,
        "cte": "base64",
        "body": "Dear Sir or Madam,\n\n"
        "Aegean Broadcasting S.A. would like to apply for access to your dedicated server "
        "with the live election results in XML. Our correspondent in Prague will cover the "
        "elections for our evening news.\n\n"
        "Production servers: 2001:db8:30::15 (primary, IPv6) and 203.0.113.90\n"
        "Test server: 203.0.113.91\n\n"
        "Contact person for this request is me, George Papadakis (details below).\n\n"
        "Kind regards / Με εκτίμηση,\n\n"
        "--\n"
        "Γεώργιος Παπαδάκης (George Papadakis)\n"
        "Υπεύθυνος Ψηφιακών Μέσων\n"
        "Aegean Broadcasting S.A.\n"
        "Λεωφ. Κηφισίας 212, 152 31 Χαλάνδρι, Αθήνα\n"
        "Τηλ. (απευθείας): +30 210 6891 442\n"
        "Κιν.: +30 697 412 3388\n",
    },
    {
        "id": "cu005-finnish-html-table-tuotanto-testi",
        "description": "Finnish paper: HTML-only mail with a table whose columns are 'tuotanto' "
        "and 'testi' (two production rows, one test cell left empty)",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Pohjois-Karjalan Viestintä Oy",
            None,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.149"],
            "Aino Räsänen",
            "aino.rasanen@pkviestinta.example",
            "+358407123345",
        ),
        "from": "Aino Räsänen <aino.rasanen@pkviestinta.example>",
        "subject": "Hakemus: vaalitulosten XML-palvelu",
        "headers": OWA,
        "html": "<html><body><p>Hyvä vastaanottaja,</p>"
        "<p>Pohjois-Karjalan Viestintä Oy hakee pääsyä vaalitulosten XML-palvelimelle "
        "(Tšekin vaalit). IP-osoitteet alla:</p>"
        "<table border='1' cellpadding='4'>"
        "<tr><th></th><th>tuotanto</th><th>testi</th></tr>"
        "<tr><td>palvelin 1</td><td>198.51.100.140</td><td>198.51.100.149</td></tr>"
        "<tr><td>palvelin 2</td><td>198.51.100.141</td><td></td></tr>"
        "</table>"
        "<p>Kuvauslupaa emme tarvitse.</p>"
        "<p>Yhteyshenkilö: Aino Räsänen, puh. +358 40 712 3345</p>"
        "<p>Ystävällisin terveisin<br>Aino Räsänen<br>Pohjois-Karjalan Viestintä Oy, "
        "Joensuu</p></body></html>",
    },
    {
        "id": "cu006-hungarian-kapcsolattarto-surname-first",
        "description": "Hungarian daily, 8bit iso-8859-2: signed by the editor-in-chief, but "
        "'Kapcsolattartó:' names a colleague surname first; a range written '-tól … -ig', "
        "testing from production",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunántúli Hírek Kft.",
            None,
            None,
            ["203.0.113.120", "203.0.113.121", "203.0.113.122", "203.0.113.123"],
            [],
            "Szabó Eszter",
            "szabo.eszter@dunantulihirek.example",
            "+36304125567",
        ),
        "from": "Kovács Péter <kovacs.peter@dunantulihirek.example>",
        "subject": "Kérelem - választási eredmények XML hozzáférés",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Tisztelt Hölgyem/Uram!\n\n"
        "A Dunántúli Hírek Kft. nevében kérjük hozzáférésünket a választási eredményeket "
        "közlő XML szerverhez.\n\n"
        "Éles IP-címek: 203.0.113.120-tól 203.0.113.123-ig\n"
        "Teszt IP: nincs külön, az éles gépekről tesztelünk.\n\n"
        "Kapcsolattartó: Szabó Eszter (online rovat)\n"
        "E-mail: szabo.eszter@dunantulihirek.example\n"
        "Telefon: +36 30 412 5567\n\n"
        "Üdvözlettel:\n"
        "dr. Kovács Péter\n"
        "főszerkesztő\n"
        "Dunántúli Hírek Kft., Győr\n",
    },
    {
        "id": "cu007-italian-fotografo-freelance-filming-only",
        "description": "Italian freelance photographer ('fotografo freelance' after a dash is "
        "no trade name) asking only to photograph; says he needs no XML; partita IVA is no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Marco Bellandi",
            None,
            None,
            [],
            [],
            "Marco Bellandi",
            "marco.bellandi@bellandifoto.example",
            "+393472219087",
        ),
        "from": "Marco Bellandi <marco.bellandi@bellandifoto.example>",
        "subject": "Richiesta permesso fotografie - elezioni",
        "headers": K9,
        "flowed": True,
        "body": "Buongiorno,\n\n"
        "sono un fotografo freelance italiano e lavoro a Praga per alcune testate. Vorrei "
        "chiedere il permesso di scattare fotografie (senza video) presso il vostro centro "
        "di raccolta dei risultati la sera delle elezioni. Il feed XML non mi serve.\n\n"
        "Grazie mille e cordiali saluti,\n"
        "Marco Bellandi – fotografo freelance\n"
        "P. IVA 04417720486\n"
        "cell. +39 347 221 9087\n",
    },
    {
        "id": "cu008-databox-university-faculty-cidr",
        "description": "data message from a public university, the PDF written by its faculty; "
        "production as a /30 block, test single; university name with its legal form",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krkonošská univerzita v Trutnově, veřejná vysoká škola",
            I8,
            "k7unv3x",
            ["198.18.20.0", "198.18.20.1", "198.18.20.2", "198.18.20.3"],
            ["198.18.20.8"],
            "Tereza Vlčková",
            "tereza.vlckova@kutrutnov.example",
            "+420499812331",
        ),
        "databox": box(
            "k7unv3x",
            "Krkonošská univerzita v Trutnově, veřejná vysoká škola",
            "Horská 1002, 541 01 Trutnov",
            10,
        ),
        "subject": "Žádost o přístup k průběžným výsledkům voleb – Fakulta sociálních studií",
        "attachments": [
            (
                "pdf",
                "FSS_zadost_volby.pdf",
                [
                    "Krkonošská univerzita v Trutnově, veřejná vysoká škola\n"
                    "Fakulta sociálních studií – Katedra politologie\nIČO " + I8,
                    "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Katedra politologie pořádá pro studenty volební studio a chtěla by "
                    "průběžné výsledky zpracovávat přímo z vašeho serveru.",
                    {
                        "rows": [
                            ["Síť (produkce)", "198.18.20.0/30"],
                            ["Testovací stroj", "198.18.20.8"],
                            [
                                "Kontakt",
                                "doc. Ing. Tereza Vlčková, Ph.D.\n"
                                "tereza.vlckova@kutrutnov.example\n499 812 331",
                            ],
                        ],
                        "widths": [130, 300],
                    },
                    "Natáčet na pracovištích ČSÚ nepotřebujeme.",
                    "prof. RNDr. Jan Beneš, CSc.\nděkan fakulty",
                ],
            )
        ],
    },
    {
        "id": "cu009-town-tv-netmask-both",
        "description": "a town applying for its municipal TV, windows-1250: production given "
        "with a netmask 255.255.255.254 (two addresses), office line before mobile, filming too",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Město Hradec nad Svitavou",
            I9,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Lukáš Doležal",
            "dolezal@hradecnadsvitavou.example",
            "+420461100215",
        ),
        "from": "Lukáš Doležal <dolezal@hradecnadsvitavou.example>",
        "subject": "Městská televize - žádost o výsledky voleb a natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Vážení,\n\n"
        "Město Hradec nad Svitavou, které provozuje kabelovou Televizi Hradec, žádá o "
        "zpřístupnění průběžných výsledků voleb na vašem serveru a zároveň o povolení "
        "natáčení reportáže na krajském pracovišti ČSÚ v Pardubicích.\n\n"
        "Technické údaje:\n"
        "produkce: 203.0.113.200, maska 255.255.255.254\n"
        "test: 203.0.113.210\n\n"
        "Kontaktní osoba: Bc. Lukáš Doležal, vedoucí TV Hradec\n"
        "tel. 461 100 215, mobil 731 554 206\n\n"
        "S pozdravem\n\n"
        "Mgr. Ivana Machová\n"
        "starostka\n"
        "Město Hradec nad Svitavou, Náměstí 5, 569 01 Hradec nad Svitavou\n"
        "IČO: " + I9 + "\n",
    },
    {
        "id": "cu010-it-contractor-writes-for-paper",
        "description": "an IT contractor writes for the paper (its own IČO in the signature); the "
        "applicant is the paper, the contractor's engineer is named contact; old address "
        "left out, IPv6 test",
        "style": Style.PROXY,
        "labels": L(
            [FEED],
            "Zpravodaj Vysočiny s.r.o.",
            I10,
            None,
            ["198.51.100.30", "198.51.100.31"],
            ["2001:db8:77::2"],
            "Filip Sedláček",
            "sedlacek@dataforge.example",
            "+420732118604",
        ),
        "from": "Filip Sedláček <sedlacek@dataforge.example>",
        "subject": "Zpravodaj Vysočiny - přístup k XML výsledkům voleb",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "spravujeme IT pro vydavatelství Zpravodaj Vysočiny s.r.o. (IČO " + I10 + ") a "
        "jejich jménem žádáme o přístup k XML s výsledky voleb.\n\n"
        "Produkce: 198.51.100.30 a 198.51.100.31 (nové servery; stará adresa 198.51.100.12 "
        "už neplatí, prosím ji ze seznamu vyřaďte)\n"
        "Test: 2001:db8:77::2\n\n"
        "Kontaktní osobou pro tuto žádost jsem já – Filip Sedláček, tel. 732 118 604.\n"
        "Redakčně to zaštiťuje šéfredaktorka Jana Pešková (peskova@zpravodajvysociny.example).\n\n"
        "Díky,\n"
        "Filip Sedláček\n"
        "DataForge Solutions s.r.o., IČO " + I10B + "\n",
    },
    {
        "id": "cu011-slovak-tv-filming-withdrawn-ps",
        "description": "Slovak regional TV asks for both, then a P.S. cancels the filming "
        "because the cameraman is unavailable; Slovak IČO; sender display name surname first",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Regionálna televízia Záhorie, s.r.o.",
            I11,
            None,
            ["192.0.2.70"],
            ["192.0.2.71"],
            "Peter Hudec",
            "hudec@rtvzahorie.example",
            "+421905334128",
        ),
        "from": '"Hudec, Peter" <hudec@rtvzahorie.example>',
        "subject": "Žiadosť o prístup k výsledkom volieb + natáčanie",
        "headers": GMAIL,
        "body": "Dobrý deň,\n\n"
        "Regionálna televízia Záhorie, s.r.o. (IČO " + I11 + ") žiada o prístup k "
        "priebežným výsledkom volieb vo formáte XML a o povolenie natáčať na vašom "
        "pracovisku v Prahe.\n\n"
        "Produkčná IP: 192.0.2.70\n"
        "Testovacia IP: 192.0.2.71\n\n"
        "Kontakt: Ing. Peter Hudec, +421 905 334 128\n\n"
        "S pozdravom\n"
        "Peter Hudec\n\n"
        "P.S. Práve mi volal kolega – kameraman v ten deň nebude k dispozícii, takže "
        "natáčanie rušíme. Ostáva len prístup k XML.\n",
    },
    {
        "id": "cu012-polish-later-election-both",
        "description": "Polish publisher applying now, as a whole, for a later election "
        "(2029), windows-1250 8bit; production and test each labelled in Polish",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Wydawnictwo Podbeskidzie Sp. z o.o.",
            None,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Katarzyna Wróbel",
            "k.wrobel@podbeskidzie-media.example",
            "+48338124490",
        ),
        "from": "Katarzyna Wróbel <k.wrobel@podbeskidzie-media.example>",
        "subject": "Wniosek - wybory parlamentarne 2029",
        "headers": MAC_OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Szanowni Państwo,\n\n"
        "z wyprzedzeniem składamy wniosek na wybory do czeskiego parlamentu w 2029 roku: "
        "prosimy o dostęp do serwera z wynikami w formacie XML oraz o pozwolenie na "
        "filmowanie w centrum zbierania wyników.\n\n"
        "Adres produkcyjny: 203.0.113.33\n"
        "Adres testowy: 203.0.113.34\n\n"
        "Osoba kontaktowa: Katarzyna Wróbel, tel. +48 33 812 44 90\n\n"
        "Z poważaniem\n"
        "Katarzyna Wróbel\n"
        "Wydawnictwo Podbeskidzie Sp. z o.o., Bielsko-Biała\n",
    },
    {
        "id": "cu013-terse-freelancer-ipv6-no-test",
        "description": "three-line note from a freelance data journalist with no company: two "
        "IPv6 production addresses in lower case, 'test nemám', phone without prefix",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Pavla Horká",
            None,
            None,
            ["2001:db8:c0::1", "2001:db8:c0::2"],
            [],
            "Pavla Horká",
            "pavla.horka@posta-horka.example",
            "+420603118940",
        ),
        "from": "Pavla Horká <pavla.horka@posta-horka.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "body": "dobry den, prosim o pristup k xml s vysledky voleb, prod 2001:db8:c0::1 a "
        "2001:db8:c0::2, test nemam.\n"
        "Pavla Horká, datová novinářka na volné noze, 603118940\n\n"
        "Odesláno z iPhonu\n",
    },
    {
        "id": "cu014-forward-eml-agency-range",
        "description": "an assistant forwards the editor's mail as an attached .eml; inside, "
        "production as a hyphen range of three and a test address; the forwarder is not the "
        "contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Středomoravská zpravodajská agentura, a.s.",
            I14,
            None,
            ["198.51.100.160", "198.51.100.161", "198.51.100.162"],
            ["198.51.100.170"],
            "Ondřej Kratochvíl",
            "kratochvil@smza.example",
            "+420585204117",
        ),
        "from": "Šárka Nováková <asistentka@smza.example>",
        "subject": "Fwd: žádost o XML - volby",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost pana Kratochvíla, omylem ji poslal jen mně. Originál je v "
        "příloze.\n\n"
        "Šárka Nováková\nasistentka vedení\n",
        "attachments": [
            (
                "eml",
                "zadost_XML.eml",
                {
                    "id": "cu014-inner",
                    "from": "Ondřej Kratochvíl <kratochvil@smza.example>",
                    "to": "asistentka@smza.example",
                    "subject": "žádost o XML - volby",
                    "body": "Dobrý den,\n\n"
                    "Středomoravská zpravodajská agentura, a.s. (IČO " + I14 + ") žádá o "
                    "přístup k XML výstupu s výsledky voleb.\n\n"
                    "produkční adresy: 198.51.100.160-162\n"
                    "testovací: 198.51.100.170\n\n"
                    "Kontakt: Mgr. Ondřej Kratochvíl, 585 204 117, kratochvil@smza.example\n\n"
                    "Díky\nOndřej Kratochvíl\nvedoucí zpravodajství\n",
                },
            )
        ],
    },
]
