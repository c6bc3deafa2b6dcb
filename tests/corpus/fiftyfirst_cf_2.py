"""Fifty-first held-out part ``cf``, cases cf015–cf028: a Latvian broadcaster with Czech words
and 'respectively', a Spanish paper replacing an address, an Italian TV's conditional test
address, a Dutch /31 in multipart/alternative, a Swedish paper with a temporary and an internal
host, a freelancer's data message with IPv6, a forwarded .eml from Slovakia, a German reply
with quoted history, a Polish RTF letter for the second round, a Bulgarian radio naming the
office's server, a Ukrainian agency's filming request, a town TV's windows-1250 letter, a PR
agency writing for an online TV and a Hungarian ODT in iso-8859-2.
Written by hand apart from the extraction rules (see make_fiftyfirst_cf); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfirst_cf_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I20, I21, I26, I27 = ico("8841027"), ico("3615920"), ico("0094371"), ico("1862735")

CASES: list[dict[str, Any]] = [
    {
        "id": "cf015-latvian-respectively-czech-words",
        "description": "Latvian with English and a few Czech words: 'production and test "
        "address respectively' pairs two addresses with two roles",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Latgales Radio SIA",
            None,
            None,
            ["192.0.2.90"],
            ["192.0.2.99"],
            "Ilze Bērziņa",
            "ilze.berzina@latgales-radio.example",
            "+37126148307",
        ),
        "from": "Ilze Bērziņa <ilze.berzina@latgales-radio.example>",
        "subject": "Pieteikums – volby, XML výsledky",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\n"
        "Latgales Radio SIA lūdz piekļuvi vēlēšanu rezultātu XML datiem (results feed).\n"
        "Production and test address respectively: 192.0.2.90 and 192.0.2.99.\n"
        "Filmēšana nav nepieciešama.\n\n"
        "Kontaktpersona: Ilze Bērziņa, ilze.berzina@latgales-radio.example, "
        "+371 26 148 307\n\nDěkuji, ar cieņu,\nIlze Bērziņa\n",
    },
    {
        "id": "cf016-spanish-replaced-address",
        "description": "Spanish: feed and filming; one of the two production addresses is "
        "said to be replaced by a new one, so only the current two are labelled",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Ediciones del Duero S.L.",
            None,
            None,
            ["203.0.113.4", "203.0.113.6"],
            ["203.0.113.7"],
            "Alejandro Ruiz Medina",
            "a.ruiz@edicionesduero.example",
            "+34620571834",
        ),
        "from": "Alejandro Ruiz Medina <a.ruiz@edicionesduero.example>",
        "subject": "Solicitud de acceso a resultados y permiso de grabación",
        "headers": GMAIL,
        "body": "Estimados señores:\n\n"
        "Ediciones del Duero S.L. solicita el acceso al servidor XML de resultados "
        "electorales y el permiso para grabar en su centro de recuento en Praga.\n\n"
        "Servidores de producción: 203.0.113.4 y 203.0.113.5 — corrijo: la 203.0.113.5 ya "
        "no se usa, ha sido sustituida por la 203.0.113.6.\n"
        "Servidor de pruebas: 203.0.113.7\n\n"
        "Persona de contacto: Alejandro Ruiz Medina, a.ruiz@edicionesduero.example, "
        "tel. +34 620 571 834\n\nAtentamente,\nAlejandro Ruiz Medina\n",
    },
    {
        "id": "cf017-italian-conditional-test",
        "description": "Italian regional TV: a test address offered 'if you also allow a "
        "test environment' (a request, labelled); filming explicitly not requested",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Telealto Friuli S.r.l.",
            None,
            None,
            ["192.0.2.149"],
            ["192.0.2.150"],
            "Giulia Zanin",
            "g.zanin@telealtofriuli.example",
            "+393471286550",
        ),
        "from": "Giulia Zanin <g.zanin@telealtofriuli.example>",
        "subject": "Richiesta accesso dati elettorali XML",
        "headers": IPHONE,
        "body": "Gentili signori,\n\n"
        "Telealto Friuli S.r.l. chiede l'accesso ai risultati elettorali in formato XML "
        "dal vostro server dedicato. Il nostro server di produzione ha l'indirizzo "
        "192.0.2.149. Se consentite anche un ambiente di prova, vi preghiamo di abilitare "
        "pure 192.0.2.150.\n\n"
        "Non chiediamo il permesso di riprese.\n\n"
        "Referente: Giulia Zanin, g.zanin@telealtofriuli.example, cell. 347 128 6550 "
        "(+39)\n\nCordiali saluti\nGiulia Zanin\n\nInviato da iPhone\n",
    },
    {
        "id": "cf018-dutch-cidr31-alternative",
        "description": "Dutch multipart/alternative: production as a /31 (two addresses), the "
        "test address as a /32 (one), contact in the HTML signature table too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Omroep Zeeland-Noord B.V.",
            None,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.70"],
            "Sanne de Vries",
            "s.devries@omroepzn.example",
            "+31612904437",
        ),
        "from": "Sanne de Vries <s.devries@omroepzn.example>",
        "subject": "Aanvraag toegang verkiezingsuitslagen (XML)",
        "headers": OUTLOOK,
        "body": "Geachte heer/mevrouw,\n\n"
        "Omroep Zeeland-Noord B.V. vraagt toegang tot de XML-uitslagenserver.\n"
        "Productie: 198.51.100.60/31\nTest: 198.51.100.70/32\n\n"
        "Contactpersoon: Sanne de Vries, s.devries@omroepzn.example, +31 6 1290 4437\n\n"
        "Met vriendelijke groet,\nSanne de Vries\n",
        "html": "<html><body><p>Geachte heer/mevrouw,</p>"
        "<p>Omroep Zeeland-Noord B.V. vraagt toegang tot de XML-uitslagenserver.</p>"
        "<p>Productie: 198.51.100.60/31<br>Test: 198.51.100.70/32</p>"
        "<table><tr><td>Contactpersoon</td><td>Sanne de Vries</td></tr>"
        "<tr><td>E-mail</td><td>s.devries@omroepzn.example</td></tr>"
        "<tr><td>Mobiel</td><td>+31 6 1290 4437</td></tr></table>"
        "<p>Met vriendelijke groet,<br>Sanne de Vries</p></body></html>",
    },
    {
        "id": "cf019-swedish-temporary-internal-host",
        "description": "Swedish: a temporary election-night server is still production, an "
        "internal 10.x host behind NAT is said not to need whitelisting, one test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Norrlandstidningar AB",
            None,
            None,
            ["198.51.100.76", "198.51.100.77"],
            ["198.51.100.78"],
            "Johan Lindqvist",
            "johan.lindqvist@norrlandstidningar.example",
            "+46702318845",
        ),
        "from": "Johan Lindqvist <johan.lindqvist@norrlandstidningar.example>",
        "subject": "Ansökan om åtkomst till valresultat (XML)",
        "headers": EVOLUTION,
        "body": "Hej,\n\n"
        "Norrlandstidningar AB ansöker om åtkomst till er XML-server med valresultat.\n\n"
        "Produktion: 198.51.100.76 samt en tillfällig server för valnatten, "
        "198.51.100.77 (den stängs efter valet).\n"
        "Test: 198.51.100.78\n"
        "Vår interna hämtserver 10.20.0.15 går ut via NAT på 198.51.100.76, den behöver "
        "alltså inte läggas in.\n\n"
        "Kontakt: Johan Lindqvist, johan.lindqvist@norrlandstidningar.example, "
        "+46 70 231 88 45\n\nMed vänliga hälsningar\nJohan Lindqvist\n",
    },
    {
        "id": "cf020-databox-freelancer-ipv6-xlsx",
        "description": "data message from a freelance data journalist (box of a natural "
        "person in business) who works for several media: XLSX with an IPv6 production "
        "address and no test address; the media are listed but she applies",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Adéla Charvátová",
            I20,
            "c8dx4pw",
            ["2001:db8:77::5"],
            [],
            "Adéla Charvátová",
            "adela@charvatova-data.example",
            "+420608194372",
        ),
        "databox": box("c8dx4pw", "Adéla Charvátová", "Slezská 41, 120 00 Praha 2", kind=40),
        "subject": "Žádost o XML výsledky – Charvátová",
        "attachments": [
            (
                "xlsx",
                "zadost_charvatova.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Adéla Charvátová (OSVČ)"],
                            ["IČO", I20],
                            ["Pro média", "Deník Vltava, Rádio Metropole Jih, web Volby24"],
                            ["Požadavek", "XML výsledky voleb"],
                            ["Produkční IP", "2001:db8:77:0::5"],
                            ["Testovací IP", "–"],
                            ["Kontakt", "adela@charvatova-data.example, 608 194 372"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "cf021-forwarded-eml-slovak-correction",
        "description": "a Slovak editor forwards colleague's application as an attached .eml "
        "and corrects the test address in the cover; feed and filming",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Východoslovenské noviny, a.s.",
            None,
            None,
            ["203.0.113.120"],
            ["203.0.113.125"],
            "Zuzana Hrivnáková",
            "hrivnakova@vsnoviny.example",
            "+421918447023",
        ),
        "from": "Marek Oravec <oravec@vsnoviny.example>",
        "subject": "Fwd: Žiadosť o prístup a natáčanie",
        "headers": OWA,
        "body": "Dobrý deň,\n\nposielam žiadosť kolegyne, ktorá je tento týždeň mimo. Jedna "
        "oprava: testovacia adresa nie je 203.0.113.124, ale 203.0.113.125.\n\n"
        "Marek Oravec\nVýchodoslovenské noviny, a.s.\n",
        "attachments": [
            (
                "eml",
                "ziadost.eml",
                {
                    "id": "cf021-inner",
                    "from": "Zuzana Hrivnáková <hrivnakova@vsnoviny.example>",
                    "to": "oravec@vsnoviny.example",
                    "subject": "Žiadosť o prístup a natáčanie",
                    "body": "Marek, pošli to prosím na ČSÚ.\n\n"
                    "Východoslovenské noviny, a.s. žiadajú o prístup k výsledkom volieb "
                    "(XML) a o povolenie natáčať v Prahe.\n"
                    "Produkčná IP: 203.0.113.120\nTestovacia IP: 203.0.113.124\n"
                    "Kontakt: Zuzana Hrivnáková, hrivnakova@vsnoviny.example, "
                    "+421 918 447 023\n",
                },
            )
        ],
    },
    {
        "id": "cf022-german-reply-test-from-production",
        "description": "German reply to the office's question with the quoted history: the "
        "production address is only in the quoted original, the answer says they test on "
        "production (no test address)",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Sächsische Grenzland Zeitung GmbH & Co. KG",
            None,
            None,
            ["198.18.10.25"],
            [],
            "Thomas Ebert",
            "t.ebert@grenzland-zeitung.example",
            "+4935113877420",
        ),
        "from": "Thomas Ebert <t.ebert@grenzland-zeitung.example>",
        "subject": "AW: Antrag XML-Zugang – Rückfrage Testadresse",
        "headers": OUTLOOK,
        "body": "Guten Tag Frau Nováková,\n\n"
        "eine eigene Testadresse haben wir nicht, wir testen direkt auf dem "
        "Produktivsystem.\n\nBeste Grüße\nThomas Ebert\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: podatelna@czso.cz\nGesendet: Dienstag, 9. September 2025 10:12\n"
        "Betreff: Antrag XML-Zugang – Rückfrage Testadresse\n\n"
        "> Sehr geehrter Herr Ebert, bitte teilen Sie uns noch die Testadresse mit.\n"
        ">\n> -----Ursprüngliche Nachricht-----\n"
        "> Von: Thomas Ebert\n"
        "> Die Sächsische Grenzland Zeitung GmbH & Co. KG beantragt Zugang zu den "
        "XML-Ergebnissen.\n"
        "> Produktivserver: 198.18.10.25\n"
        "> Ansprechpartner: Thomas Ebert, t.ebert@grenzland-zeitung.example, "
        "Tel. +49 351 13877420\n",
    },
    {
        "id": "cf023-polish-rtf-second-round",
        "description": "a long formal Polish letter in RTF behind a short cover: only for the "
        "second round of the presidential election, production as a range '.60–.62', test "
        "address, contact is the IT head not the signing president",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Radio Beskidy Południe sp. z o.o.",
            None,
            None,
            ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
            ["203.0.113.63"],
            "Krzysztof Dudek",
            "k.dudek@radiobeskidy.example",
            "+48502339180",
        ),
        "from": "Sekretariat Radio Beskidy <sekretariat@radiobeskidy.example>",
        "subject": "Wniosek – II tura wyborów prezydenckich",
        "headers": TBIRD,
        "body": "Dzień dobry,\nw załączeniu przesyłamy wniosek Prezesa Zarządu.\nSekretariat\n",
        "attachments": [
            (
                "rtf",
                "wniosek_II_tura.rtf",
                [
                    "Radio Beskidy Południe sp. z o.o.\nul. Zamkowa 3, 43-300 Bielsko-Biała",
                    "Szanowni Państwo,",
                    "zwracamy się z uprzejmą prośbą o udostępnienie wyników wyborów "
                    "prezydenckich w Republice Czeskiej w formacie XML wyłącznie na potrzeby "
                    "relacji z drugiej tury głosowania. Pierwszą turę relacjonować będzie "
                    "nasz partner i dostępu do niej nie potrzebujemy.",
                    [
                        ["Serwery produkcyjne", "203.0.113.60–62"],
                        ["Serwer testowy", "203.0.113.63"],
                        ["Osoba kontaktowa", "Krzysztof Dudek, kierownik działu IT"],
                        ["Kontakt", "k.dudek@radiobeskidy.example, +48 502 339 180"],
                    ],
                    "Z poważaniem\nAnna Mazurek-Wilk\nPrezes Zarządu",
                ],
            )
        ],
    },
    {
        "id": "cf024-bulgarian-radio-rdns-office-server",
        "description": "English from a Bulgarian radio: addresses as reverse-DNS names with the "
        "address after them, the office's own server address named to say which feed; the "
        "office's address is no label",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Plovdiv Plus OOD",
            None,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.138"],
            "Georgi Dimitrov",
            "g.dimitrov@radioplovdivplus.example",
            "+359878204561",
        ),
        "from": "Georgi Dimitrov <g.dimitrov@radioplovdivplus.example>",
        "subject": "Access to the results feed at 192.0.2.250",
        "headers": ROUNDCUBE,
        "body": "Hello,\n\n"
        "Radio Plovdiv Plus OOD kindly requests access to the election results XML that your "
        "server 192.0.2.250 (results.volby.example) publishes for media.\n\n"
        "Please whitelist:\n"
        "  130.100.51.198.in-addr.arpa -> ingest1.radioplovdivplus.example "
        "(198.51.100.130)\n"
        "  131.100.51.198.in-addr.arpa -> ingest2.radioplovdivplus.example "
        "(198.51.100.131)\n"
        "and for testing 198.51.100.138 (lab.radioplovdivplus.example).\n\n"
        "Contact: Georgi Dimitrov, g.dimitrov@radioplovdivplus.example, +359 87 820 4561\n\n"
        "Regards,\nGeorgi Dimitrov\nHead of Online, Radio Plovdiv Plus\n",
    },
    {
        "id": "cf025-ukrainian-agency-filming-second-round",
        "description": "English from a Ukrainian news agency: filming only, for the second "
        "round; a crew of three named, the contact is the producer, not the cameraman",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Zakhid Media News Agency LLC",
            None,
            None,
            [],
            [],
            "Iryna Melnyk",
            "i.melnyk@zakhid-news.example",
            "+380672094318",
        ),
        "from": "Iryna Melnyk <i.melnyk@zakhid-news.example>",
        "subject": "Filming permission - 2nd round",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\n"
        "our agency, Zakhid Media News Agency LLC (Lviv), would like to film at the "
        "central counting office during the second round of the presidential election. "
        "We do not need the data feed.\n\n"
        "Crew: Andrii Kovalchuk (camera), Bohdan Savchuk (sound), Iryna Melnyk "
        "(producer).\nContact person: Iryna Melnyk, i.melnyk@zakhid-news.example, "
        "+380 67 209 43 18\n\nThank you,\nIryna Melnyk\n",
    },
    {
        "id": "cf026-town-tv-formal-cp1250",
        "description": "long formal letter in windows-1250 from a municipal contributory "
        "organisation running a regional TV: feed and filming, five production addresses "
        "written with shortened last octets, test address",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED, FILM],
            "Kulturní a informační centrum Velké Meziříčko, příspěvková organizace",
            I26,
            None,
            ["203.0.113.21", "203.0.113.22", "203.0.113.23", "203.0.113.24", "203.0.113.25"],
            ["203.0.113.30"],
            "Stanislav Pecha",
            "pecha@kic-vm.example",
            "+420566781203",
        ),
        "from": "Stanislav Pecha <pecha@kic-vm.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb a povolení natáčení",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Vážené dámy, vážení pánové,\n\n"
        "Kulturní a informační centrum Velké Meziříčko, příspěvková organizace, IČO "
        + I26
        + ", jejímž zřizovatelem je Město Velké Meziříčko, provozuje regionální "
        "Televizi Meziříčko. Tímto si dovolujeme požádat o zpřístupnění průběžných "
        "výsledků voleb do Poslanecké sněmovny na dedikovaném serveru a zároveň o povolení "
        "pořizovat obrazový záznam na krajském pracovišti ČSÚ v Jihlavě.\n\n"
        "Naše produkční servery mají adresy 203.0.113.21, .22, .23, .24 a .25, testovací "
        "server adresu 203.0.113.30.\n\n"
        "Kontaktní osobou je vedoucí Televize Meziříčko pan Stanislav Pecha, "
        "pecha@kic-vm.example, tel. 566 781 203, mobil 731 402 118.\n\n"
        "S úctou\n\nMgr. Věra Kubíčková\nředitelka\n",
    },
    {
        "id": "cf027-pr-agency-for-online-tv-pdf",
        "description": "a PR agency's cover mail for its client's online TV; the PDF application "
        "is the TV's (with IČO), filming only, the contact named is the agency's account "
        "manager",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FILM],
            "Stream Podještědí s.r.o.",
            I27,
            None,
            [],
            [],
            "Klára Housková",
            "houskova@mediabridge-pr.example",
            "+420739225146",
        ),
        "from": "Klára Housková <houskova@mediabridge-pr.example>",
        "subject": "Stream Podještědí – žádost o povolení natáčení",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nzastupujeme online televizi Stream Podještědí a v příloze "
        "posílám její žádost. V případě dotazů se prosím obracejte na mě.\n\n"
        "Klára Housková\nMediaBridge PR\n+420 739 225 146\n",
        "attachments": [
            (
                "pdf",
                "Stream_Podjestedi_zadost.pdf",
                [
                    "Stream Podještědí s.r.o., Husova 12, 463 43 Český Dub, IČO " + I27,
                    "Žádost o povolení natáčení na pracovišti ČSÚ v Liberci během volební "
                    "noci. O přístup k XML výsledkům nežádáme.",
                    "Kontaktní osoba: Klára Housková (MediaBridge PR), "
                    "houskova@mediabridge-pr.example, 739 225 146",
                    "Jiří Bednář, jednatel",
                ],
            )
        ],
    },
    {
        "id": "cf028-hungarian-odt-iso-8859-2",
        "description": "Hungarian cover in iso-8859-2, the ODT table gives an IPv6 "
        "production pair and IPv6 test; feed and filming; contact written surname first",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Győri Városi Televízió Nonprofit Kft.",
            None,
            None,
            ["2001:db8:36::20", "2001:db8:36::21"],
            ["2001:db8:36::f0"],
            "Kovács Bence",
            "kovacs.bence@gyoritv.example",
            "+36209173358",
        ),
        "from": "Kovács Bence <kovacs.bence@gyoritv.example>",
        "subject": "Kérelem – XML eredmények és forgatási engedély",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": "Tisztelt Cím!\n\nMellékelten küldöm a Győri Városi Televízió Nonprofit Kft. "
        "kérelmét. Köszönöm.\n\nKovács Bence\n",
        "attachments": [
            (
                "odt",
                "kerelem_gyoritv.odt",
                [
                    "Győri Városi Televízió Nonprofit Kft.",
                    "Kérjük a választási eredmények XML hozzáférését és forgatási "
                    "engedélyt a prágai központba.",
                    [
                        ["Éles IPv6", "2001:db8:36::20, 2001:db8:36::21"],
                        ["Teszt IPv6", "2001:db8:36::f0"],
                        ["Kapcsolattartó", "KOVÁCS Bence"],
                        ["E-mail", "kovacs.bence@gyoritv.example"],
                        ["Telefon", "+36 20 917 3358"],
                    ],
                ],
            )
        ],
    },
]
