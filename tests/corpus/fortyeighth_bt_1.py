"""Forty-eighth held-out part ``bt``, cases bt001–bt014: a German local paper with a "bis"
range, a Polish portal with a netmask, a Slovak regional TV with a dash range and its IČO, a
Hungarian freelancer with IPv6, a French agency that only films, a university faculty's and a
town's data messages, a regional TV's "v uvedeném pořadí", an IT contractor writing for a
publisher, a terse IPv6 /126, a library's ANO/NE form, a Spanish radio that withdraws filming in
a postscript, an Italian TV forwarded as .eml and a Dutch foundation asking for this and the
next election. Written by hand apart from the extraction rules (see make_fortyeighth_bt);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyeighth_bt_common import (
    FEED,
    FILM,
    GMAIL,
    GMX,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    WP_PL,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I3, I6, I7, I8 = ico("4718203"), ico("5092716"), ico("3640518"), ico("2259073")
I9, I9C, I10, I11 = ico("0843162"), ico("4417905"), ico("6051238"), ico("3378420")

CASES: list[dict[str, Any]] = [
    {
        "id": "bt001-de-lokalzeitung-bis-range",
        "description": "German local paper writing German with a few Czech words; production "
        "as '198.51.100.40 bis 198.51.100.43' (four), a GmbH without an IČO, filming declined "
        "with 'nicht', a German landline in international form",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Elbtal-Kurier Verlagsgesellschaft mbH",
            None,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["198.51.100.50"],
            "Sabine Wendlandt",
            "s.wendlandt@elbtal-kurier.example",
            "+4935144712280",
        ),
        "from": "Sabine Wendlandt <s.wendlandt@elbtal-kurier.example>",
        "subject": "Antrag / žádost: Zugang zu den Wahlergebnissen (XML)",
        "headers": GMX,
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "entschuldigen Sie, dass ich auf Deutsch schreibe – mein Tschechisch reicht nur für "
        "„děkuji“ und „na shledanou“.\n\n"
        "Die Elbtal-Kurier Verlagsgesellschaft mbH (Pirna) berichtet auch über die Wahlen im "
        "Nachbarland und möchte die Ergebnisse direkt aus Ihrem XML-Dienst beziehen. Wir "
        "beantragen daher den Zugang zum Ergebnisserver.\n\n"
        "Unsere Server:\n"
        "- Produktion: 198.51.100.40 bis 198.51.100.43\n"
        "- Test: 198.51.100.50\n\n"
        "Eine Dreh- oder Fotogenehmigung brauchen wir nicht, wir sind nicht vor Ort.\n\n"
        "Ansprechpartnerin bin ich selbst:\n"
        "Sabine Wendlandt, Online-Redaktion\n"
        "Tel. +49 351 4471 2280\n"
        "s.wendlandt@elbtal-kurier.example\n\n"
        "Děkuji a na shledanou!\n"
        "Sabine Wendlandt\n\n"
        "--\n"
        "Elbtal-Kurier Verlagsgesellschaft mbH · Schlossstraße 14 · 01796 Pirna\n"
        "Amtsgericht Dresden HRB 31847 · USt-IdNr. DE318442716\n",
    },
    {
        "id": "bt002-pl-portal-netmask",
        "description": "Polish portal writing Polish (iso-8859-2) after a Czech greeting; "
        "production as an address with the netmask 255.255.255.252 (four addresses), NIP and "
        "REGON but no IČO, both requests, a Polish mobile with +48",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Portal Śląsk Cieszyński sp. z o.o.",
            None,
            None,
            ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"],
            ["203.0.113.30"],
            "Bartłomiej Żurek",
            "b.zurek@slaskcieszynski.example",
            "+48512884301",
        ),
        "from": "Bartłomiej Żurek <b.zurek@slaskcieszynski.example>",
        "subject": "Wniosek - wybory, dostęp do wyników XML i nagrywanie",
        "headers": WP_PL,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\n"
        "piszę w imieniu Portal Śląsk Cieszyński sp. z o.o. z Cieszyna. Nasz portal "
        "relacjonuje wybory po obu stronach Olzy, dlatego prosimy o:\n\n"
        "1) dostęp do serwera z wynikami wyborów w formacie XML,\n"
        "2) zgodę na nagrywanie i fotografowanie w punkcie zbierania wyników w Ostrawie "
        "(ekipa 2 osoby).\n\n"
        "Adresy IP:\n"
        "produkcja: 203.0.113.16, maska 255.255.255.252\n"
        "testy: 203.0.113.30\n\n"
        "Osoba kontaktowa: Bartłomiej Żurek, tel. +48 512 884 301, "
        "b.zurek@slaskcieszynski.example\n\n"
        "Z poważaniem / S pozdravem\n"
        "Bartłomiej Żurek\n"
        "redaktor naczelny\n\n"
        "Portal Śląsk Cieszyński sp. z o.o., ul. Głęboka 21, 43-400 Cieszyn\n"
        "NIP 5482291037, REGON 384106625\n",
    },
    {
        "id": "bt003-sk-tv-dash-range-ico",
        "description": "Slovak regional TV in Slovak (windows-1250, quoted-printable) with its "
        "Slovak IČO spaced; production '198.18.20.5-7' (three), both requests, contact other "
        "than the signing director, Slovak mobile without a country code under a Slovak address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Záhorie, s.r.o.",
            I3,
            None,
            ["198.18.20.5", "198.18.20.6", "198.18.20.7"],
            ["198.18.21.5"],
            "Ľubica Hanáková",
            "hanakova@tvzahorie.example",
            "+421905318442",
        ),
        "from": "TV Zahorie <redakcia@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": "Vážení,\n\n"
        "spoločnosť TV Záhorie, s.r.o., so sídlom Námestie slobody 7, 908 51 Holíč, "
        f"IČO: {I3[:2]} {I3[2:5]} {I3[5:]}, pripravuje pre divákov na Záhorí a v okolí "
        "Hodonína večerné volebné štúdio. Žiadame preto:\n\n"
        "a) o sprístupnenie priebežných výsledkov z vášho servera (XML),\n"
        "b) o povolenie nakrúcať na pracovisku ČSÚ v Brne počas spracovania výsledkov.\n\n"
        "IP adresy produkčného servera: 198.18.20.5-7\n"
        "Testovací server: 198.18.21.5\n\n"
        "Kontaktnou osobou pre túto žiadosť je Mgr. Ľubica Hanáková, vedúca spravodajstva, "
        "hanakova@tvzahorie.example, mobil 0905 318 442.\n\n"
        "S pozdravom\n"
        "Ing. Peter Kollár\n"
        "konateľ\n",
    },
    {
        "id": "bt004-hu-freelancer-ipv6-same-machine",
        "description": "Hungarian freelance journalist in English with Hungarian phrases, signing "
        "surname first; IPv6 and IPv4 production, testing 'from the same machine' gives no test "
        "address; a natural person without an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Szabó Levente",
            None,
            None,
            ["2001:db8:4c1::20", "203.0.113.77"],
            [],
            "Szabó Levente",
            "levente.szabo@szabohirek.example",
            "+36204157731",
        ),
        "from": "Szabó Levente <levente.szabo@szabohirek.example>",
        "subject": "Access to election results feed - freelance (HU)",
        "headers": SAMSUNG,
        "body": "Jó napot / Dobrý den,\n\n"
        "I am a freelance journalist based in Győr, I write a newsletter about Central "
        "European elections (szabohirek.example, no company behind it, just me). I would like "
        "to get access to your XML results server for the coming election.\n\n"
        "My server: 2001:db8:4c1::20 (IPv6) and also 203.0.113.77 for the IPv4 fallback. "
        "I don't have a separate test box, I will test from the same machine.\n\n"
        "No filming, I am not coming to Prague this time.\n\n"
        "Köszönöm szépen!\n"
        "Szabó Levente\n"
        "+36 20 415 7731\n",
    },
    {
        "id": "bt005-fr-agence-filming-only-html",
        "description": "French agency bureau, HTML only, asks only to film and photograph and "
        "says in French it does not need the XML feed; the contact on site is a colleague, not "
        "the signing bureau chief; no addresses, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Agence Médias Danube SAS",
            None,
            None,
            [],
            [],
            "Camille Roussel",
            "c.roussel@mediasdanube.example",
            "+33671284490",
        ),
        "from": "Bureau de Prague <prague@mediasdanube.example>",
        "subject": "Demande d'autorisation de tournage - soirée électorale",
        "headers": OUTLOOK,
        "html": '<html><body style="font-family:Calibri">'
        "<p>Madame, Monsieur,</p>"
        "<p>L'<b>Agence Médias Danube SAS</b> (bureau de Prague) souhaite obtenir "
        "l'autorisation de <b>filmer et photographier</b> dans vos locaux pendant le "
        "dépouillement, pour un reportage diffusé en France et en Belgique.</p>"
        "<p>Nous n'avons <u>pas</u> besoin de l'accès au flux XML des résultats : nos "
        "chiffres viennent de notre rédaction centrale.</p>"
        "<p>Équipe : une journaliste reporter d'images et un photographe.<br>"
        "Contact sur place : <b>Camille Roussel</b>, c.roussel@mediasdanube.example, "
        "+33 6 71 28 44 90</p>"
        "<p>Děkujeme / Merci d'avance,</p>"
        "<p>Antoine Lefebvre<br>Chef du bureau de Prague<br>Agence Médias Danube SAS, "
        "18 rue Paradis, 13001 Marseille</p>"
        "</body></html>",
    },
    {
        "id": "bt006-databox-university-faculty-cidr",
        "description": "data message from a public university for its faculty's student "
        "newsroom; the PDF names the faculty first, the university with its legal form in the "
        "letterhead; a /30 block for production; contact a docent with degrees",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Polabská univerzita v Nymburce, veřejná vysoká škola",
            I6,
            "pu4nbk2",
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Petra Zálešáková",
            "petra.zalesakova@fss.polabska.example",
            "+420325517204",
        ),
        "databox": box(
            "pu4nbk2", "Polabská univerzita v Nymburce", "Palackého třída 1120, 288 02 Nymburk"
        ),
        "subject": "Žádost o přístup k datům výsledků voleb - Fakulta sociálních studií",
        "attachments": [
            (
                "pdf",
                "FSS_zadost_CSU.pdf",
                [
                    "Polabská univerzita v Nymburce, veřejná vysoká škola\n"
                    f"Fakulta sociálních studií | Palackého třída 1120, 288 02 Nymburk | IČO {I6}",
                    "Český statistický úřad\nodbor zpracování volebních výsledků",
                    "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Fakulta sociálních studií provozuje studentskou redakci Polabský puls, "
                    "která ve volební noci zveřejňuje průběžné výsledky s komentáři studentů "
                    "politologie. Žádáme o přístup k dedikovanému serveru s výsledky.",
                    {
                        "rows": [
                            ["Prostředí", "Adresy"],
                            ["produkční", "198.51.100.128/30"],
                            ["testovací", "198.51.100.140"],
                        ],
                        "widths": [120, 220],
                    },
                    "Kontaktní osoba: doc. Ing. Petra Zálešáková, Ph.D., garantka redakce, "
                    "petra.zalesakova@fss.polabska.example, tel. 325 517 204",
                    "prof. PhDr. Radim Holeček, CSc.\nděkan fakulty",
                ],
            )
        ],
    },
    {
        "id": "bt007-databox-town-docx-both",
        "description": "data message from a town (a public authority's box) for its municipal "
        "TV and web; the DOCX table asks for both, production in two rows, a spokesperson as "
        "contact; the mayor signs",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Lipová Hora",
            I7,
            "m7lhora",
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Ondřej Šimek",
            "simek@lipovahora.example",
            "+420566214390",
        ),
        "databox": box("m7lhora", "Město Lipová Hora", "Náměstí Míru 1, 592 31 Lipová Hora", 10),
        "subject": "Žádost města - volby, Lipovská televize",
        "attachments": [
            (
                "docx",
                "zadost_mesto_LH.docx",
                {
                    "header": f"MĚSTO LIPOVÁ HORA | Městský úřad | IČO {I7} | DS m7lhora",
                    "blocks": [
                        "Věc: žádost o zpřístupnění výsledků voleb a o povolení natáčení",
                        "Město Lipová Hora vydává zpravodaj a provozuje kabelovou Lipovskou "
                        "televizi. Pro volební vysílání žádáme:",
                        {
                            "rows": [
                                ["Požadavek", "Údaje"],
                                ["přístup k XML výsledkům", "ano"],
                                ["natáčení na krajském pracovišti ČSÚ v Jihlavě", "ano, 2 osoby"],
                                ["produkční IP (1)", "203.0.113.200"],
                                ["produkční IP (2)", "203.0.113.201"],
                                ["testovací IP", "203.0.113.210"],
                                [
                                    "kontakt",
                                    "Bc. Ondřej Šimek, tiskový mluvčí\n"
                                    "simek@lipovahora.example, 566 214 390",
                                ],
                            ]
                        },
                        "Ing. Jaroslava Málková\nstarostka",
                    ],
                },
            )
        ],
    },
    {
        "id": "bt008-regional-tv-in-that-order-flowed",
        "description": "regional TV's formal letter (format=flowed) pairing two addresses with "
        "'produkční a testovací … v uvedeném pořadí'; the contact's mobile before the "
        "switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Televize Podhůří a.s.",
            I8,
            None,
            ["198.18.40.2"],
            ["198.18.40.3"],
            "Lenka Štěpánková",
            "stepankova@tvpodhuri.example",
            "+420731208654",
        ),
        "from": "Lenka Štěpánková <stepankova@tvpodhuri.example>",
        "subject": "Žádost o přístup k volebním výsledkům – Televize Podhůří",
        "headers": TBIRD,
        "flowed": True,
        "body": "Vážená paní, vážený pane,\n\n"
        "dovolujeme si Vás požádat o zpřístupnění průběžných výsledků voleb "
        "prostřednictvím Vašeho serveru pro média. Televize Podhůří a.s., IČO "
        f"{I8}, se sídlem Husova 310, 543 01 Vrchlabí, bude ve volební noci vysílat "
        "mimořádný blok se studiem v Trutnově.\n\n"
        "Náš produkční a testovací server mají adresy 198.18.40.2 a 198.18.40.3, v "
        "uvedeném pořadí.\n\n"
        "O natáčení na Vašich pracovištích tentokrát nežádáme.\n\n"
        "Kontaktní osobou je Lenka Štěpánková, technická produkce, mobil +420 731 208 654 "
        "(ústředna 499 311 100).\n\n"
        "S úctou\n\n"
        "Lenka Štěpánková\n"
        "Televize Podhůří a.s.\n",
    },
    {
        "id": "bt009-it-contractor-for-publisher-xlsx",
        "description": "an IT contractor applies for the publisher it hosts, says the publisher "
        "is the applicant; both IČOs appear (the contractor's in its signature); the addresses "
        "with an en-dash range are in a workbook; the contractor's technician is the contact",
        "style": Style.ONBEHALF,
        "labels": L(
            [FEED],
            "Hlas Hané s.r.o.",
            I9,
            None,
            ["203.0.113.91", "203.0.113.92", "203.0.113.93"],
            ["203.0.113.99"],
            "Tomáš Kalina",
            "kalina@serverovna-hana.example",
            "+420608441927",
        ),
        "from": "Tomáš Kalina <kalina@serverovna-hana.example>",
        "subject": "Hlas Hané - žádost o XML výsledky voleb (za klienta)",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "jsme IT dodavatel vydavatelství Hlas Hané s.r.o. (IČO "
        f"{I9}), které provozuje zpravodajský web hlashane.example. Žadatelem je "
        "vydavatelství, my pro něj pouze provozujeme servery a podáváme žádost jeho jménem "
        "(plnou moc pošleme, pokud bude potřeba).\n\n"
        "Žádáme o přístup k výsledkům voleb v XML. Adresy jsou v přiložené tabulce. "
        "Natáčet nebudou.\n\n"
        "Kontaktní osoba pro technické věci i pro tuto žádost: Tomáš Kalina (já), "
        "tel. 608 441 927.\n\n"
        "S pozdravem\n"
        "Tomáš Kalina\n"
        "Serverovna Haná s.r.o., IČO "
        f"{I9C}\n"
        "Dolní náměstí 22, 779 00 Olomouc\n",
        "attachments": [
            (
                "xlsx",
                "hlas_hane_IP.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Klient", "Hlas Hané s.r.o."],
                            ["Účel", "Adresa / rozsah", "Poznámka"],
                            ["produkce", "203.0.113.91–93", "3 uzly za balancerem"],
                            ["test", "203.0.113.99", "staging"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bt010-terse-ipv6-block-126",
        "description": "terse note with shorthand; production an IPv6 /126 (four addresses), "
        "test IPv4; the association and its IČO only in a one-line signature, the full name "
        "only in the From header",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Volební mapa, z. s.",
            I10,
            None,
            ["2001:db8:77::", "2001:db8:77::1", "2001:db8:77::2", "2001:db8:77::3"],
            ["198.51.100.9"],
            "Jan Kratochvíl",
            "jan@volebnimapa.example",
            "+420777412356",
        ),
        "from": "Jan Kratochvíl <jan@volebnimapa.example>",
        "subject": "xml feed",
        "headers": K9,
        "body": "Dobry den, prosim o pristup k XML vysledkum.\n"
        "prod 2001:db8:77::/126\n"
        "test 198.51.100.9\n"
        "natacet ne.\n"
        "Jan K., 777 412 356\n"
        f"Volební mapa, z. s., IČO {I10}\n",
    },
    {
        "id": "bt011-library-odt-ano-ne",
        "description": "a regional library (a contributory organisation with its own box ID in "
        "the signature) sends an ODT form with ANO/NE: filming NE; the filled-in contact is the "
        "portal's editor, the director signs",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Krajská knihovna Podhorského kraje, příspěvková organizace",
            I11,
            "kk2podh",
            ["198.51.100.171"],
            ["198.51.100.172"],
            "Alžběta Doubravová",
            "doubravova@kkpk.example",
            "+420485107733",
        ),
        "from": "Knihovna - sekretariat <sekretariat@kkpk.example>",
        "subject": "formulář - žádost o výsledky voleb (portál Region v datech)",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nv příloze posíláme vyplněný formulář.\n\n"
        "Sekretariát ředitelky\n"
        "Krajská knihovna Podhorského kraje, příspěvková organizace\n"
        f"IČO {I11}, ID DS kk2podh\n",
        "attachments": [
            (
                "odt",
                "formular_volby_KKPK.odt",
                [
                    "ŽÁDOST O POSKYTNUTÍ VÝSLEDKŮ VOLEB",
                    [
                        ["Žadatel", "Krajská knihovna Podhorského kraje, příspěvková organizace"],
                        ["IČO", I11],
                        ["Přístup k XML výsledkům", "ANO"],
                        ["Povolení k natáčení/fotografování", "NE"],
                        ["Produkční IP adresa", "198.51.100.171"],
                        ["Testovací IP adresa", "198.51.100.172"],
                        ["Kontaktní osoba", "Mgr. Alžběta Doubravová (redakce portálu)"],
                        ["E-mail", "doubravova@kkpk.example"],
                        ["Telefon", "485 107 733"],
                    ],
                    "PhDr. Irena Kulhánková, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "bt012-es-radio-ps-withdraws-filming",
        "description": "Spanish radio correspondent (text and HTML alternative): asks for both, "
        "then a P.D. drops the recording; production 'y' pair, no test; Spanish mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Meseta Internacional S.L.",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            [],
            "Marta Iglesias Roldán",
            "m.iglesias@radiomeseta.example",
            "+34612904377",
        ),
        "from": "Marta Iglesias Roldán <m.iglesias@radiomeseta.example>",
        "subject": "Solicitud: resultados electorales XML + grabación",
        "headers": GMAIL,
        "body": "Dobrý den:\n\n"
        "Soy corresponsal de Radio Meseta Internacional S.L. en Praga. Para la noche "
        "electoral solicitamos:\n"
        "- acceso al servidor de resultados (XML),\n"
        "- permiso para grabar en la sede de la Oficina de Estadística.\n\n"
        "IPs de producción: 203.0.113.120 y 203.0.113.121. No tenemos entorno de pruebas.\n\n"
        "Contacto: Marta Iglesias Roldán, +34 612 904 377\n\n"
        "Děkuji, un saludo,\nMarta\n\n"
        "P.D.: Olvidad lo de la grabación, al final nuestro técnico no viaja a Praga. "
        "Solo el acceso XML, por favor.\n",
        "html": "<p>Dobrý den:</p><p>Soy corresponsal de <b>Radio Meseta Internacional "
        "S.L.</b> en Praga. Para la noche electoral solicitamos:</p><ul><li>acceso al servidor "
        "de resultados (XML),</li><li>permiso para grabar en la sede de la Oficina de "
        "Estadística.</li></ul><p>IPs de producción: 203.0.113.120 y 203.0.113.121. No tenemos "
        "entorno de pruebas.</p><p>Contacto: Marta Iglesias Roldán, +34 612 904 377</p>"
        "<p>Děkuji, un saludo,<br>Marta</p><p><i>P.D.: Olvidad lo de la grabación, al final "
        "nuestro técnico no viaja a Praga. Solo el acceso XML, por favor.</i></p>",
    },
    {
        "id": "bt013-it-tv-forwarded-eml",
        "description": "a Prague production agency forwards an Italian TV's request as an "
        "attached .eml; the Italian text asks for both with a spaced-dash range; the Italian "
        "producer is the contact, not the forwarding agent",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Canale Laguna TV S.r.l.",
            None,
            None,
            ["198.18.77.10", "198.18.77.11", "198.18.77.12"],
            ["198.18.77.20"],
            "Giulia Ferrante",
            "g.ferrante@canalelaguna.example",
            "+393472158890",
        ),
        "from": "Vít Horák <horak@fixerpraha.example>",
        "subject": "Fwd: richiesta accesso risultati + riprese (Canale Laguna TV)",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost italské televize Canale Laguna TV, pro kterou v Praze zajišťujeme "
        "produkci. Je v italštině, ve zkratce: chtějí XML výsledky i natáčení, kontakt je paní "
        "Ferrante (viz přiložený e-mail). Já jsem jen fixer, odpovídejte prosím přímo jí.\n\n"
        "Vít Horák\nFixer Praha\n",
        "attachments": [
            (
                "eml",
                "richiesta_Canale_Laguna.eml",
                {
                    "id": "bt013-inner",
                    "from": "Giulia Ferrante <g.ferrante@canalelaguna.example>",
                    "to": "horak@fixerpraha.example",
                    "subject": "richiesta per l'Ufficio statistico ceco",
                    "body": "Caro Vít,\n\n"
                    "ti chiedo di inoltrare all'Ufficio statistico la nostra richiesta:\n\n"
                    "Canale Laguna TV S.r.l. (Venezia) chiede l'accesso al server dei "
                    "risultati elettorali in formato XML e il permesso di effettuare riprese "
                    "nel centro di raccolta dei dati durante lo spoglio.\n\n"
                    "Indirizzi IP di produzione: 198.18.77.10 - 198.18.77.12\n"
                    "Indirizzo IP di test: 198.18.77.20\n\n"
                    "Referente: Giulia Ferrante, produttrice, cell. +39 347 215 8890\n\n"
                    "Grazie mille!\nGiulia\n",
                },
            )
        ],
    },
    {
        "id": "bt014-nl-foundation-now-and-next-election-signed",
        "description": "Dutch foundation (signed S/MIME) in English with Dutch: feed for this "
        "election and registration for the next one; IPv6 production, a 'trial run' IPv6 "
        "test address; a stichting without an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Stichting Kiesdata Europa",
            None,
            None,
            ["2001:db8:a0::1:5", "198.51.100.222"],
            ["2001:db8:a0::2:5"],
            "Joris van der Meulen",
            "joris@kiesdata.example",
            "+31648217730",
        ),
        "from": "Joris van der Meulen <joris@kiesdata.example>",
        "subject": "Application: election results XML feed (this election + next)",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Goedemiddag / Dobrý den,\n\n"
        "Stichting Kiesdata Europa (Utrecht) archives official election results from across "
        "the EU for researchers. We would like access to your XML results server for the "
        "upcoming election, and if possible please register us already for the next one as "
        "well, with the same addresses.\n\n"
        "Production: 2001:db8:a0::1:5 and 198.51.100.222\n"
        "Trial run before election day: 2001:db8:a0::2:5\n\n"
        "We do not need a recording permit.\n\n"
        "Met vriendelijke groet,\n"
        "Joris van der Meulen\n"
        "Data engineer, Stichting Kiesdata Europa\n"
        "+31 6 4821 7730\n",
    },
]
