"""Fifty-eighth held-out part ``dd``, cases dd015–dd028: a French DOCX letter with an article
before the name, Spanish for a later election, Italian deferring the XML, Dutch mixed with
English and a backup server, Swedish with IPv6 production, a regional TV's data message with
a workbook, a terse note, a reply replacing an address, a forwarded .eml, a temporary test
host, a conditional photo request, a declined feed in an ODT form, an agency's RTF with a
netmask and a municipal TV's long letter. Written by hand apart from the extraction rules (see
make_fiftyeighth_dd); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyeighth_dd_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I20, I21, I22, I23, I24, I25 = (
    ico("2748165"),
    ico("0463918"),
    ico("2561037"),
    ico("4327790"),
    ico("0958412"),
    ico("4619283"),
)
I26, I27, I28 = ico("2230871"), ico("0817264"), ico("7104529")

_INNER_023: dict[str, Any] = {
    "id": "dd023-inner",
    "description": "inner",
    "style": Style.PLAIN,
    "labels": {},
    "from": "Filip Zeman <zeman@radiovltavin.example>",
    "to": "volby@czso.cz",
    "subject": "Žádost o přístup k výsledkům + natáčení",
    "body": "Dobrý den,\n\n"
    "Rádio Vltavín s.r.o. (IČO " + I23 + ") žádá o přístup k XML výsledkům voleb a o "
    "povolení natáčet na pracovišti v Praze.\n\n"
    "IP produkce: 192.0.2.61, 192.0.2.62\nIP test: 192.0.2.69\n\n"
    "Filip Zeman, technik, 725 330 187\n",
}

CASES: list[dict[str, Any]] = [
    {
        "id": "dd015-french-docx-letter-article",
        "description": "French cover, the long formal letter in a DOCX opens 'Les Éditions … "
        "souhaitent' while the signature writes the name without the article; both requests",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Éditions du Rhône Numérique SAS",
            None,
            None,
            ["203.0.113.50"],
            ["203.0.113.51", "203.0.113.52"],
            "Claire Dubois-Marchand",
            "c.dubois@rhonenumerique.example",
            "+33472185590",
        ),
        "from": "Claire Dubois-Marchand <c.dubois@rhonenumerique.example>",
        "subject": "Demande d'accès - élections tchèques",
        "headers": APPLE,
        "body": "Bonjour,\n\nVeuillez trouver ci-joint notre demande.\n\nCordialement,\nC. Dubois\n",
        "attachments": [
            (
                "docx",
                "demande_CSU_elections.docx",
                {
                    "header": "Éditions du Rhône Numérique SAS – 18 quai Saint-Antoine, 69002 Lyon",
                    "footer": "SIREN 842 517 906 – RCS Lyon",
                    "blocks": [
                        "Office tchèque de statistique\nNa padesátém 81\n100 82 Prague 10",
                        "Objet : demande d'accès aux résultats électoraux et autorisation de "
                        "tournage",
                        "Madame, Monsieur,",
                        "Les Éditions du Rhône Numérique souhaitent couvrir les élections en "
                        "République tchèque pour leurs titres régionaux. À cette fin, nous "
                        "sollicitons d'une part l'accès au serveur dédié publiant les "
                        "résultats au format XML, et d'autre part l'autorisation pour une "
                        "équipe de deux personnes de filmer dans un centre de collecte.",
                        "Adresse de production : 203.0.113.50 ; adresses de test : "
                        "203.0.113.51 et 203.0.113.52.",
                        "Votre interlocutrice sera Mme Claire Dubois-Marchand, rédactrice en "
                        "chef adjointe, téléphone +33 4 72 18 55 90.",
                        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos "
                        "salutations distinguées.",
                        "Claire Dubois-Marchand\nÉditions du Rhône Numérique SAS",
                    ],
                },
            )
        ],
    },
    {
        "id": "dd016-spanish-later-election",
        "description": "Spanish agency applies as a whole for a later election (counts); tests "
        "from production, so no test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Datos Electorales S.L.",
            None,
            None,
            ["198.51.100.140", "198.51.100.141"],
            [],
            "Javier Morales Ruiz",
            "jmorales@aide-datos.example",
            "+34914457820",
        ),
        "from": "Javier Morales Ruiz <jmorales@aide-datos.example>",
        "subject": "Solicitud de acceso - elecciones 2026",
        "headers": GMAIL,
        "body": "Estimados señores:\n\n"
        "La Agencia Ibérica de Datos Electorales S.L. (CIF B-87412365, Madrid) solicita el "
        "acceso al servidor XML de resultados para las próximas elecciones de octubre de "
        "2026. Sabemos que falta tiempo, pero preferimos tenerlo tramitado.\n\n"
        "IP de producción: 198.51.100.140, 198.51.100.141\n"
        "Pruebas: no tenemos entorno aparte, probaremos desde producción.\n\n"
        "Contacto: Javier Morales Ruiz, +34 91 445 78 20\n\n"
        "Un saludo,\nJavier Morales Ruiz\n",
    },
    {
        "id": "dd017-italian-xml-deferred",
        "description": "Italian regional TV asks to film now and defers the XML 'più avanti' "
        "while naming its server: filming only, no addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telegiornale Alpino S.r.l.",
            None,
            None,
            [],
            [],
            "Marco Bellandi",
            "m.bellandi@tgalpino.example",
            "+390461238915",
        ),
        "from": "Marco Bellandi <m.bellandi@tgalpino.example>",
        "subject": "Richiesta autorizzazione riprese",
        "headers": SAMSUNG,
        "body": "Buongiorno,\n\n"
        "sono Marco Bellandi di Telegiornale Alpino S.r.l. (Trento). Vorremmo chiedere "
        "l'autorizzazione a effettuare riprese in un centro di raccolta dei risultati "
        "durante la notte elettorale.\n\n"
        "L'accesso XML lo chiederemo più avanti, quando il nostro nuovo server (dovrebbe "
        "essere 203.0.113.99) sarà pronto.\n\n"
        "Grazie, cordiali saluti\nMarco Bellandi\ntel. +39 0461 238 915\n",
    },
    {
        "id": "dd018-dutch-english-backup",
        "description": "Dutch mixed with English, two production addresses 'respectievelijk "
        "primair en backup' (backup is production), a stichting",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Stichting Nieuwsplatform Oost",
            None,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.35"],
            "Sanne de Vries",
            "sanne@nieuwsplatformoost.example",
            "+31641278835",
        ),
        "from": "Sanne de Vries <sanne@nieuwsplatformoost.example>",
        "subject": "Request access election results / aanvraag XML",
        "headers": EVOLUTION,
        "body": "Hello,\n\n"
        "(Sorry, my Czech is non-existent, so English en een beetje Nederlands.)\n\n"
        "Stichting Nieuwsplatform Oost (KvK 71834520, Enschede) would like access to the "
        "XML results server.\n\n"
        "Productie-IP's: 192.0.2.30 en 192.0.2.31 (respectievelijk primair en backup)\n"
        "Test: 192.0.2.35\n\n"
        "No filming needed, we work from the newsroom.\n\n"
        "Groeten / regards,\nSanne de Vries\n+31 6 4127 8835\n",
    },
    {
        "id": "dd019-swedish-ipv6-production",
        "description": "Swedish from a phone, production only over IPv6, test over IPv4; "
        "format=flowed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Lokaltidningen Mälardalen AB",
            None,
            None,
            ["2001:db8:1f0::20", "2001:db8:1f0::21"],
            ["198.51.100.220"],
            "Erik Lindqvist",
            "erik.lindqvist@lokaltidningen.example",
            "+46855512190",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@lokaltidningen.example>",
        "subject": "Ansökan om åtkomst till valresultat",
        "headers": IPHONE,
        "flowed": True,
        "body": "Hej!\n\n"
        "Lokaltidningen Mälardalen AB (org.nr 556712-4480) ansöker om åtkomst till "
        "XML-servern med valresultaten. Våra produktionsservrar har bara IPv6: "
        "2001:db8:1f0::20 och 2001:db8:1f0::21. Testmiljön går via IPv4, 198.51.100.220.\n\n"
        "Kontakt: Erik Lindqvist, 08-555 121 90\n\n"
        "Vänliga hälsningar\nErik\n\nSkickat från min iPhone\n",
    },
    {
        "id": "dd020-regional-tv-databox-xlsx",
        "description": "a regional TV's data message with a two-sheet workbook: a /30 block "
        "and a test row, filming ANO on the second sheet with the contact surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Podbeskydí s.r.o.",
            I20,
            "t4pk8wn",
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            ["198.51.100.12"],
            "Marek Šimíček",
            "simicek@rtpodbeskydi.example",
            "+420558402117",
        ),
        "databox": box(
            "t4pk8wn",
            "Regionální televize Podbeskydí s.r.o.",
            "Palackého 212, 738 01 Frýdek-Místek",
        ),
        "subject": "Žádost – volby – RT Podbeskydí (viz příloha)",
        "attachments": [
            (
                "xlsx",
                "RTP_volby_zadost.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Žadatel", "Regionální televize Podbeskydí s.r.o.", "IČO " + I20],
                            ["Role", "IP / blok", "Pozn."],
                            ["produkce", "198.51.100.8/30", "encoder + web"],
                            ["test", "198.51.100.12", ""],
                        ],
                    },
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Přístup k XML", "ANO"],
                            ["Natáčení na pracovišti ČSÚ", "ANO"],
                            ["Kontaktní osoba", "Šimíček Marek"],
                            ["E-mail", "simicek@rtpodbeskydi.example"],
                            ["Telefon", "558 402 117"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "dd021-terse-note",
        "description": "a terse note: test given as '.6' after the production address, name, "
        "IČO and phone run together, the contact's first name only in the From header",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Hradecký týdeník s.r.o.",
            I21,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Luboš Kovář",
            "kovar@hradeckytydenik.example",
            "+420608222174",
        ),
        "from": "Luboš Kovář <kovar@hradeckytydenik.example>",
        "subject": "xml volby",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": "prosim o pristup k xml. prod 203.0.113.5, test .6\n"
        "Hradecký týdeník s.r.o., IČO " + I21 + "\nKovář 608 222 174\n",
    },
    {
        "id": "dd022-reply-replaced-address",
        "description": "a reply to the office's query with quoted history: the old production "
        "address was replaced, the office's own signature and phone quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Týdeník Polabí, s.r.o.",
            I22,
            None,
            ["198.51.100.36"],
            ["198.51.100.37"],
            "Veronika Hájková",
            "hajkova@tydenikpolabi.example",
            "+420734562018",
        ),
        "from": "Veronika Hájková <hajkova@tydenikpolabi.example>",
        "subject": "RE: Doplnění žádosti o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "omlouvám se, původní adresu 198.51.100.33 jsme mezitím nahradili novým serverem "
        "198.51.100.36. Testovací 198.51.100.37 zůstává.\n\n"
        "Veronika Hájková\nTýdeník Polabí, s.r.o., IČO " + I22 + "\n734 562 018\n\n"
        "-----Original Message-----\n"
        "From: Oddělení volebních informací <volby@czso.cz>\n"
        "Sent: Tuesday, September 2, 2025 10:14 AM\n"
        "Subject: Doplnění žádosti o přístup k výsledkům voleb\n\n"
        "Dobrý den,\nprosíme o potvrzení produkční adresy, ověření z 198.51.100.33 "
        "neprošlo.\n\nS pozdravem\nČeský statistický úřad, IČO 00025593\n"
        "tel. +420 274 052 733\n\n"
        "> Žádáme o přístup k XML. Produkce 198.51.100.33, test 198.51.100.37.\n"
        "> Veronika Hájková\n",
    },
    {
        "id": "dd023-forwarded-eml-new-contact",
        "description": "the editor forwards a colleague's application as an attached .eml and "
        "asks to be contacted instead while he is away",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Rádio Vltavín s.r.o.",
            I23,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.69"],
            "Dana Procházková",
            "prochazkova@radiovltavin.example",
            "+420777603412",
        ),
        "from": "Dana Procházková <prochazkova@radiovltavin.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům + natáčení",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost kolegy Zemana, která asi zapadla. Kolega je teď tři týdny "
        "mimo, kontaktní osobou pro tuto žádost budu já: Dana Procházková, 777 603 412.\n\n"
        "Děkuji\nDana Procházková\nvedoucí zpravodajství, Rádio Vltavín\n",
        "attachments": [("eml", "Zadost_Vltavin.eml", _INNER_023)],
    },
    {
        "id": "dd024-temporary-test-internal-host",
        "description": "a temporary test server until a date, an internal host named behind "
        "NAT with no address to label",
        "style": Style.PLAIN,
        "labels": L(
            [FEED],
            "Krkonoše24 s.r.o.",
            I24,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.77"],
            "Michal Tuček",
            "tucek@krkonose24.example",
            "+420605117893",
        ),
        "from": "Michal Tuček <tucek@krkonose24.example>",
        "subject": "Žádost o přístup – Krkonoše24",
        "headers": CENTRUM,
        "body": "Dobrý den,\n\n"
        "zpravodajský portál Krkonoše24 s.r.o. (IČO " + I24 + ") žádá o přístup k výsledkům "
        "voleb na vašem serveru.\n\n"
        "Ostrý provoz půjde z adres 192.0.2.70 a 192.0.2.71. Pro testování do 15. 9. "
        "použijeme dočasný server 192.0.2.77. Samotné zpracování běží na interním stroji "
        "vysledky-int (za NATem), ten ven nevidí.\n\n"
        "Michal Tuček, 605 117 893\n",
    },
    {
        "id": "dd025-conditional-photos-pdf",
        "description": "a short windows-1250 cover, the letter in a PDF asks for photos 'if "
        "possible' (a request), addresses 'X a .241' and a switchboard after the mobile",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Zlínské listy, a.s.",
            I25,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.245"],
            "Radka Holubová",
            "holubova@zlinskelisty.example",
            "+420603881244",
        ),
        "from": "Radka Holubová <holubova@zlinskelisty.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Dobrý den,\nv příloze posílám žádost Zlínských listů.\nS pozdravem R. Holubová\n",
        "attachments": [
            (
                "pdf",
                "ZL_zadost_CSU.pdf",
                [
                    "Zlínské listy, a.s., třída Tomáše Bati 301, 760 01 Zlín, IČO " + I25,
                    "Žádáme o zpřístupnění průběžných výsledků voleb ve formátu XML pro "
                    "produkční adresy 198.51.100.240 a .241, testovací adresa 198.51.100.245.",
                    "Pokud to bude možné, rádi bychom také pořídili fotografie na krajském "
                    "pracovišti ve Zlíně.",
                    "Kontaktní osoba: Radka Holubová, mobil 603 881 244, ústředna 577 210 100",
                ],
            )
        ],
    },
    {
        "id": "dd026-odt-form-feed-declined",
        "description": "an association's ODT form: XML NE, filming ANO, the contact surname "
        "first in the form",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Dokument Vysočina, z.s.",
            I26,
            None,
            [],
            [],
            "Jakub Sedlák",
            "sedlak@dokumentvysocina.example",
            "+420736290451",
        ),
        "from": "Jakub Sedlák <sedlak@dokumentvysocina.example>",
        "subject": "formulář – natáčení",
        "headers": ZIMBRA,
        "body": "Dobrý den, vyplněný formulář v příloze. Sedlák\n",
        "attachments": [
            (
                "odt",
                "formular_nataceni.odt",
                [
                    "Žádost o součinnost při volbách",
                    [
                        ["Žadatel", "Dokument Vysočina, z.s."],
                        ["IČO", I26],
                        ["Přístup k výsledkům (XML)", "NE"],
                        ["Natáčení / fotografování", "ANO"],
                        ["IP adresy", "—"],
                        ["Kontaktní osoba", "Sedlák Jakub"],
                        ["Telefon", "736 290 451"],
                        ["E-mail", "sedlak@dokumentvysocina.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "dd027-agency-rtf-netmask",
        "description": "a PR agency sends an RTF for an online medium: production with netmask "
        "255.255.255.254 (two addresses), an IPv6 test, the contact at the medium",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Olomoucký kurýr online s.r.o.",
            I27,
            None,
            ["203.0.113.144", "203.0.113.145"],
            ["2001:db8:3c::1"],
            "Petra Vašíčková",
            "vasickova@olkuryr.example",
            "+420731552904",
        ),
        "from": "Tiskový servis Morava <info@tsmorava.example>",
        "subject": "Žádost za klienta Olomoucký kurýr online",
        "headers": SAMSUNG,
        "body": "Dobrý den, za našeho klienta zasíláme žádost (RTF). Děkujeme, TS Morava\n",
        "attachments": [
            (
                "rtf",
                "zadost_OK_online.rtf",
                [
                    "Žadatel: Olomoucký kurýr online s.r.o., IČO " + I27,
                    "Předmět: přístup k dedikovanému serveru s výsledky voleb",
                    [
                        ["Produkce", "203.0.113.144 / 255.255.255.254"],
                        ["Test", "2001:db8:3c::1"],
                        ["Kontakt", "Petra Vašíčková, vasickova@olkuryr.example, 731 552 904"],
                    ],
                    "Za žadatele zpracovala agentura Tiskový servis Morava s.r.o.",
                ],
            )
        ],
    },
    {
        "id": "dd028-municipal-tv-long-letter-ipv6",
        "description": "a municipal TV's long formal letter (HTML alternative), production "
        "over IPv6 and IPv4 with no test address, both requests, a mayor in copy",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Městská televize Třebenice s.r.o.",
            I28,
            None,
            ["2001:db8:c0a::1", "198.51.100.111"],
            [],
            "Zdeněk Pokorný",
            "pokorny@mtvtrebenice.example",
            "+420416598730",
        ),
        "from": "Zdeněk Pokorný <pokorny@mtvtrebenice.example>",
        "subject": "Žádost o zpřístupnění výsledků a povolení natáčení",
        "headers": OUTLOOK,
        "cc": "starosta@trebenice.example",
        "body": "Vážená paní, vážený pane,\n\n"
        "Městská televize Třebenice s.r.o., společnost ve 100% vlastnictví města Třebenice, "
        "se na Vás obrací se žádostí o zpřístupnění průběžných výsledků voleb prostřednictvím "
        "dedikovaného serveru. Výsledky chceme během volební noci zobrazovat v obrazové "
        "smyčce a na webu televize, jak tomu bylo při minulých komunálních volbách, kdy jsme "
        "ovšem čerpali z veřejného webu.\n\n"
        "Náš vysílací server je dostupný primárně přes IPv6 na adrese 2001:db8:c0a::1, "
        "záložně přes IPv4 198.51.100.111. Testovací prostředí nemáme, připojení ověříme "
        "přímo z produkce.\n\n"
        "Zároveň žádáme o povolení natáčet na pracovišti ČSÚ v Ústí nad Labem.\n\n"
        "Kontaktní osobou je Zdeněk Pokorný, ředitel, tel. 416 598 730.\n\n"
        "S úctou\nZdeněk Pokorný\nředitel\nMěstská televize Třebenice s.r.o., IČO " + I28 + "\n",
        "html": "<p>Vážená paní, vážený pane,</p><p>Městská televize Třebenice s.r.o., "
        "společnost ve 100% vlastnictví města Třebenice, se na Vás obrací se žádostí o "
        "zpřístupnění průběžných výsledků voleb prostřednictvím dedikovaného serveru. "
        "Výsledky chceme během volební noci zobrazovat v obrazové smyčce a na webu televize, "
        "jak tomu bylo při minulých komunálních volbách, kdy jsme ovšem čerpali z veřejného "
        "webu.</p><p>Náš vysílací server je dostupný primárně přes IPv6 na adrese "
        "2001:db8:c0a::1, záložně přes IPv4 198.51.100.111. Testovací prostředí nemáme, "
        "připojení ověříme přímo z produkce.</p><p>Zároveň žádáme o povolení natáčet na "
        "pracovišti ČSÚ v Ústí nad Labem.</p><p>Kontaktní osobou je Zdeněk Pokorný, ředitel, "
        "tel. 416 598 730.</p><p>S úctou<br>Zdeněk Pokorný<br>ředitel<br>Městská televize "
        "Třebenice s.r.o., IČO " + I28 + "</p>",
    },
]
