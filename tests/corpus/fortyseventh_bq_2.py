"""Forty-seventh held-out part ``bq``, cases bq015–bq028: a group's head office forwarding a
subsidiary's application as .eml, data messages from a blogger in business (IPv6), a press
agency (workbook with a range), a regional TV (RTF form declining filming) and an institute
withdrawing its filming request, a reply correcting an IPv6 address, a signed Slovak
freelancer's filming request, a Polish TV mixing English with a /31, a Belgian French daily
asking conditionally to film, a Spanish freelancer's terse IPv6 note, a university centre's
workbook, a Dutch IT contractor naming itself the contact, a Swedish PDF with an IPv6 role table
and a town's cable TV with a written range. Written by hand apart from the extraction rules (see
make_fortyseventh_bq); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyseventh_bq_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18 = ico("2875140"), ico("7712093"), ico("2598306"), ico("0861452")
I19, I20, I25, I28 = ico("2240718"), ico("2693051"), ico("6120384"), ico("7031695")
IG = ico("2811947")

_INNER_15: dict[str, Any] = {
    "id": "bq015-inner",
    "from": "Lenka Šimková <simkova@tydenikpolabi.example>",
    "to": "sekretariat@skupinavltava.example",
    "subject": "Žádost ČSÚ - Týdeník Polabí",
    "body": "Dobrý den,\n\n"
    "posílám podklady pro žádost o přístup k výsledkům voleb, prosím předejte na ČSÚ "
    "spolu s ostatními tituly skupiny.\n\n"
    "Žadatel: Týdeník Polabí s.r.o., IČO " + I15 + "\n"
    "Produkční IP: 203.0.113.180, 203.0.113.181\n"
    "Testovací IP: 203.0.113.189\n"
    "Natáčení: ne\n"
    "Kontakt: Lenka Šimková, 602 117 843, simkova@tydenikpolabi.example\n\n"
    "Díky\nLenka Šimková\nvedoucí vydání\n",
}

CASES: list[dict[str, Any]] = [
    {
        "id": "bq015-head-office-forwards-subsidiary-eml",
        "description": "a media group's head office forwards a subsidiary's application as an "
        "attached .eml; the subsidiary is the applicant, its own contact inside; group IČO in "
        "the cover signature",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Polabí s.r.o.",
            I15,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Lenka Šimková",
            "simkova@tydenikpolabi.example",
            "+420602117843",
        ),
        "from": "Sekretariát skupiny <sekretariat@skupinavltava.example>",
        "subject": "FW: Žádost ČSÚ - Týdeník Polabí",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "v příloze přeposíláme žádost naší dceřiné společnosti Týdeník Polabí s.r.o. "
        "Žadatelem je přímo tato společnost, kontakt je uveden v přeposlané zprávě.\n\n"
        "S pozdravem\nsekretariát\nMediální skupina Vltava a.s., IČO " + IG + "\n",
        "attachments": [("eml", "zadost_tydenik_polabi.eml", _INNER_15)],
    },
    {
        "id": "bq016-databox-blogger-ipv6-odt",
        "description": "data message from a blogger in business (box type 40): the ODT names "
        "him joined by a dash to the blog's name; IPv6 production only, no test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Martin Vacek – Volební mapa",
            I16,
            "v4cek9m",
            ["2001:db8:5e::7"],
            [],
            "Martin Vacek",
            "martin@volebnimapa.example",
            "+420736402918",
        ),
        "databox": box("v4cek9m", "Martin Vacek", "Kollárova 18, 301 00 Plzeň", 40),
        "subject": "Žádost o přístup k XML výsledkům",
        "attachments": [
            (
                "odt",
                "zadost_volebni_mapa.odt",
                [
                    "Žádost o zpřístupnění výsledků voleb",
                    "Žadatel: Martin Vacek – Volební mapa, IČO " + I16,
                    "Provozuji blog s interaktivní volební mapou, výsledky chci zobrazovat "
                    "průběžně během sčítání.",
                    ["Produkční adresa", "2001:db8:5e::7"],
                    "Testovací adresu nemám, server je jen jeden.",
                    "Natáčení: nežádám.",
                    "Kontakt: Martin Vacek, martin@volebnimapa.example, 736 402 918",
                ],
            )
        ],
    },
    {
        "id": "bq017-databox-agency-xlsx-range",
        "description": "data message from a press agency: a two-sheet workbook, production as a "
        "range 198.51.100.60 - 198.51.100.63, the contact written surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Středočeská tisková kancelář, a.s.",
            I17,
            "s2tkq8p",
            ["198.51.100.60", "198.51.100.61", "198.51.100.62", "198.51.100.63"],
            ["198.51.100.66"],
            "Jitka Marešová",
            "maresova@stk-media.example",
            "+420725884013",
        ),
        "databox": box(
            "s2tkq8p", "Středočeská tisková kancelář, a.s.", "Palackého 7, 280 02 Kolín"
        ),
        "subject": "STK - přihláška k odběru výsledků voleb",
        "attachments": [
            (
                "xlsx",
                "STK_prihlaska.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žadatel", "Středočeská tisková kancelář, a.s."],
                            ["IČO", I17],
                            ["Přístup k XML", "ano"],
                            ["Natáčení", "ne"],
                            ["Kontakt", "Marešová Jitka"],
                            ["E-mail", "maresova@stk-media.example"],
                            ["Telefon", "725 884 013"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Adresy", None],
                            ["produkce", "198.51.100.60 - 198.51.100.63"],
                            ["test", "198.51.100.66"],
                        ],
                        "merge": ["A1:B1"],
                    },
                ],
            )
        ],
    },
    {
        "id": "bq018-databox-regional-tv-rtf-filming-declined",
        "description": "data message from a regional TV: an RTF form with filming answered NE, "
        "a backup server counted as production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Horácko s.r.o.",
            I18,
            "h9rtv3a",
            ["198.18.44.1", "198.18.44.2"],
            ["198.18.44.3"],
            "Petr Sýkora",
            "sykora@tvhoracko.example",
            "+420608193047",
        ),
        "databox": box("h9rtv3a", "TV Horácko s.r.o.", "Havlíčkovo nábřeží 9, 674 01 Třebíč"),
        "subject": "Žádost - volby",
        "attachments": [
            (
                "rtf",
                "formular_TV_Horacko.rtf",
                [
                    "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY",
                    [
                        ["Žadatel", "TV Horácko s.r.o., IČO " + I18],
                        ["Přístup k XML výsledkům", "ANO"],
                        ["Povolení k natáčení", "NE"],
                        ["Produkční server", "198.18.44.1"],
                        ["Záložní server", "198.18.44.2"],
                        ["Testovací server", "198.18.44.3"],
                        ["Kontaktní osoba", "Petr Sýkora, technik vysílání"],
                        ["Telefon / e-mail", "608 193 047 / sykora@tvhoracko.example"],
                    ],
                    "V Třebíči 4. 9. 2025, Jana Pelikánová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "bq019-databox-institute-withdraws-filming",
        "description": "data message from an institute: the PDF asks for both, the annotation "
        "withdraws the filming request; a backup address is production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Institut regionálních studií, z.ú.",
            I19,
            "i5rsz7d",
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.205"],
            "Barbora Nováčková",
            "novackova@irs-institut.example",
            "+420731260584",
        ),
        "databox": box("i5rsz7d", "Institut regionálních studií, z.ú.", "Údolní 53, 602 00 Brno"),
        "subject": "Žádost o přístup k výsledkům voleb. Žádost o povolení natáčení v příloze "
        "bereme zpět, natáčet nakonec nebudeme.",
        "attachments": [
            (
                "pdf",
                "IRS_zadost_volby.pdf",
                [
                    "Institut regionálních studií, z.ú. | Údolní 53, Brno | IČO " + I19,
                    "Žádáme o: (1) přístup k dedikovanému serveru s výsledky voleb ve formátu "
                    "XML; (2) povolení pořídit videozáznam na krajském pracovišti ČSÚ v Brně.",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["hlavní server", "203.0.113.200"],
                            ["záložní server", "203.0.113.201"],
                            ["testování", "203.0.113.205"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Mgr. Barbora Nováčková, tel. 731 260 584, "
                    "novackova@irs-institut.example",
                    "PhDr. Ladislav Vondra, ředitel",
                ],
            )
        ],
    },
    {
        "id": "bq020-reply-ipv6-correction-quoted-office",
        "description": "reply to the office's query (its signature with czso.cz and its phone "
        "quoted): 'místo' corrects the IPv6 production address; IPv4 test",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihočeský zpravodaj s.r.o.",
            I20,
            None,
            ["2001:db8:1f::30"],
            ["198.51.100.15"],
            "David Kučera",
            "kucera@jczpravodaj.example",
            "+420724903116",
        ),
        "from": "David Kučera <kucera@jczpravodaj.example>",
        "subject": "Re: Dotaz k Vaší žádosti o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "děkuji za upozornění, v IPv6 adrese jsem udělal chybu. Místo 2001:db8:1f::3 prosím "
        "nastavte 2001:db8:1f::30. Testovací 198.51.100.15 platí.\n\n"
        "David Kučera\nJihočeský zpravodaj s.r.o., IČO " + I20 + "\nmobil 724 903 116\n\n"
        "Dne 10. 9. 2025 v 9:14 Odbor zpracování výsledků napsal(a):\n"
        "> Dobrý den,\n"
        "> adresa 2001:db8:1f::3 ve Vaší žádosti je podle správce sítě obsazena jiným "
        "žadatelem. Prosíme o ověření.\n"
        "> S pozdravem\n> Český statistický úřad, Na padesátém 81, Praha 10\n"
        "> tel. +420 274 052 733, www.czso.cz\n>\n"
        "> Dne 8. 9. 2025 David Kučera napsal(a):\n"
        ">> Žádáme o přístup k XML s výsledky voleb.\n"
        ">> Produkce: 2001:db8:1f::3\n>> Test: 198.51.100.15\n"
        ">> Natáčet nebudeme.\n",
    },
    {
        "id": "bq021-sk-freelance-photographer-smime",
        "description": "signed (multipart/signed) mail from a Slovak freelance photographer, a "
        "natural person without IČO, asking only to photograph; no addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Marek Ďurica",
            None,
            None,
            [],
            [],
            "Marek Ďurica",
            "marek@durica-foto.example",
            "+421911204587",
        ),
        "from": "Marek Ďurica <marek@durica-foto.example>",
        "subject": "Žiadosť o povolenie fotografovať počas volieb",
        "headers": MAC_OUTLOOK,
        "smime": True,
        "body": "Dobrý deň,\n\n"
        "som nezávislý fotograf (fyzická osoba, pracujem pre viaceré slovenské denníky) a "
        "chcel by som počas volebnej noci fotografovať na vašom pracovisku v Prahe. Prístup "
        "k dátam nepotrebujem.\n\n"
        "Ďakujem\nMarek Ďurica\n+421 911 204 587\n",
    },
    {
        "id": "bq022-pl-tv-mixed-english-slash31",
        "description": "Polish regional TV mixing Polish and English; production as a /31 (two "
        "addresses), test single; both requests; Polish landline with area code",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telewizja Beskidy sp. z o.o.",
            None,
            None,
            ["203.0.113.96", "203.0.113.97"],
            ["203.0.113.99"],
            "Tomasz Nowicki",
            "t.nowicki@tvbeskidy.example",
            "+48338124490",
        ),
        "from": "Tomasz Nowicki <t.nowicki@tvbeskidy.example>",
        "subject": "Election results XML + filming / wniosek",
        "headers": GMAIL,
        "body": "Dear Sirs,\n\n"
        "Telewizja Beskidy sp. z o.o. (Bielsko-Biała) would like to apply for access to "
        "the election results XML feed and for permission to film at your collection point "
        "in Ostrava.\n\n"
        "Production: 203.0.113.96/31\nTest: 203.0.113.99\n\n"
        "Osoba kontaktowa / contact: Tomasz Nowicki, tel. +48 33 812 44 90\n\n"
        "Pozdrawiam / Best regards\nTomasz Nowicki\nWydawca serwisu informacyjnego\n",
    },
    {
        "id": "bq023-fr-belgian-conditional-filming-base64",
        "description": "Belgian daily in French, base64: production and test 'respectivement', "
        "filming asked 'si c'est possible' (still asked); Liège landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Éditions de la Meuse SA",
            None,
            None,
            ["198.51.100.110"],
            ["198.51.100.111"],
            "Nicolas Lambert",
            "n.lambert@editionsmeuse.example",
            "+3242213058",
        ),
        "from": "Nicolas Lambert <n.lambert@editionsmeuse.example>",
        "subject": "Demande d'accès – élections tchèques",
        "headers": APPLE,
        "cte": "base64",
        "body": "Madame, Monsieur,\n\n"
        "Les Éditions de la Meuse SA (Liège) souhaitent recevoir les résultats des "
        "élections via votre serveur XML. Nos adresses de production et de test sont "
        "respectivement 198.51.100.110 et 198.51.100.111.\n\n"
        "Si c'est possible, nous aimerions également filmer quelques images au centre de "
        "collecte des résultats à Prague.\n\n"
        "Contact : Nicolas Lambert, +32 4 221 30 58\n\n"
        "Bien cordialement,\nNicolas Lambert\nchef d'édition numérique\n",
    },
    {
        "id": "bq024-es-freelancer-terse-ipv6",
        "description": "Spanish freelance data journalist, three Spanish lines: IPv6 "
        "production, tests 'desde la misma' (no test address), no IČO",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Lucía Romero",
            None,
            None,
            ["2001:db8:e5::12"],
            [],
            "Lucía Romero",
            "lucia@luciaromero.example",
            "+34655019284",
        ),
        "from": "Lucía Romero <lucia@luciaromero.example>",
        "subject": "acceso XML elecciones",
        "headers": SAMSUNG,
        "body": "Hola, soy periodista de datos freelance (autónoma). Pido acceso al XML de "
        "resultados desde 2001:db8:e5::12; las pruebas las haré desde la misma. Sin "
        "grabación.\nLucía Romero · +34 655 019 284\n",
    },
    {
        "id": "bq025-university-centre-xlsx-temporary-test",
        "description": "a university research centre sends a workbook; the university (with "
        "', veřejná vysoká škola') applies; a temporary test host; contact surname first",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Podkrkonošská univerzita v Trutnově, veřejná vysoká škola",
            I25,
            None,
            ["198.18.60.10", "198.18.60.11"],
            ["198.18.60.20"],
            "Alena Kubíčková",
            "kubickova@pkut.example",
            "+420499318562",
        ),
        "from": "Alena Kubickova <kubickova@pkut.example>",
        "subject": "Centrum volebních studií - žádost o data",
        "headers": ZIMBRA,
        "body": "Dobrý den,\nv příloze tabulka s údaji pro přístup k výsledkům.\n"
        "Kubíčková\nCentrum volebních studií FSV\n",
        "attachments": [
            (
                "xlsx",
                "CVS_pristup_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            [
                                "Žadatel",
                                "Podkrkonošská univerzita v Trutnově, veřejná vysoká škola",
                            ],
                            ["Pracoviště", "Centrum volebních studií, Fakulta sociálních věd"],
                            ["IČO", I25],
                            ["Požadavek", "přístup k XML výsledkům (bez natáčení)"],
                            ["Produkce", "198.18.60.10; 198.18.60.11"],
                            ["Test", "198.18.60.20 (dočasný stroj, do 30. 9.)"],
                            ["Kontakt", "Kubíčková Alena, RNDr."],
                            ["Telefon", "499 318 562"],
                            ["E-mail", "kubickova@pkut.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bq026-nl-it-contractor-contact-itself",
        "description": "Dutch IT contractor writes in Dutch for a regional broadcaster (the "
        "applicant) and names itself the contact; IPv6 test address",
        "style": Style.INTERMEDIARY,
        "labels": L(
            [FEED],
            "Omroep Achterhoek B.V.",
            None,
            None,
            ["203.0.113.210", "203.0.113.211"],
            ["2001:db8:a0::210"],
            "Bram Jansen",
            "bram.jansen@streamlab.example",
            "+31263841120",
        ),
        "from": "Bram Jansen <bram.jansen@streamlab.example>",
        "subject": "Aanvraag XML-toegang namens Omroep Achterhoek B.V.",
        "headers": EVOLUTION,
        "body": "Geachte heer/mevrouw,\n\n"
        "Namens onze klant Omroep Achterhoek B.V. (Doetinchem) vragen wij toegang aan tot "
        "de server met verkiezingsuitslagen in XML. Wij verzorgen de technische "
        "infrastructuur van de omroep.\n\n"
        "Productie: 203.0.113.210 en 203.0.113.211\nTest: 2001:db8:a0::210\n\n"
        "Contactpersoon voor deze aanvraag ben ik zelf: Bram Jansen, Streamlab B.V., "
        "026 384 1120.\nFilmen is niet nodig.\n\n"
        "Met vriendelijke groet,\nBram Jansen\n",
    },
    {
        "id": "bq027-sv-pdf-ipv6-role-table",
        "description": "English cover, a Swedish PDF letter with a role table mixing IPv4 and "
        "IPv6 production and an IPv6 test address; Sundsvall landline",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Norrlands Dagblad AB",
            None,
            None,
            ["198.51.100.220", "2001:db8:9d::1"],
            ["2001:db8:9d::2"],
            "Karin Sjöberg",
            "karin.sjoberg@norrlandsdagblad.example",
            "+4660174520",
        ),
        "from": "Karin Sjöberg <karin.sjoberg@norrlandsdagblad.example>",
        "subject": "Application – election results feed (Norrlands Dagblad)",
        "headers": IPHONE,
        "body": "Hello,\nplease find our application attached (in Swedish, sorry!).\n"
        "Kind regards, Karin\n",
        "attachments": [
            (
                "pdf",
                "ansokan_valresultat.pdf",
                [
                    "Norrlands Dagblad AB, Storgatan 31, 852 30 Sundsvall",
                    "Ansökan om tillgång till valresultat i XML-format",
                    "Norrlands Dagblad AB ansöker härmed om tillgång till den dedikerade "
                    "servern. Vi ansöker inte om filmtillstånd.",
                    {
                        "rows": [
                            ["Roll", "IP-adress"],
                            ["Produktion", "198.51.100.220"],
                            ["Produktion", "2001:db8:9d::1"],
                            ["Test", "2001:db8:9d::2"],
                        ],
                        "widths": [120, 200],
                    },
                    "Kontaktperson: Karin Sjöberg, tel. 060-17 45 20, "
                    "karin.sjoberg@norrlandsdagblad.example",
                ],
            )
        ],
    },
    {
        "id": "bq028-town-cable-tv-odt-range-both",
        "description": "a town's cable TV (a contributory organisation) sends an ODT: both "
        "requests, production 'až' range of three, no test address",
        "style": Style.FORM,
        "labels": L(
            [FEED, FILM],
            "Kabelová televize Dolní Polabí, příspěvková organizace",
            I28,
            None,
            ["198.18.80.1", "198.18.80.2", "198.18.80.3"],
            [],
            "Jiří Valenta",
            "valenta@ktv-dolnipolabi.example",
            "+420326771045",
        ),
        "from": "Jiri Valenta <valenta@ktv-dolnipolabi.example>",
        "subject": "zadost KTV",
        "headers": SEZNAM,
        "body": "Dobry den, posilam zadost. Valenta\n",
        "attachments": [
            (
                "odt",
                "zadost_KTV.odt",
                [
                    "Kabelová televize Dolní Polabí, příspěvková organizace",
                    "zřizovatel: město Dolní Polabí, IČO organizace " + I28,
                    [
                        ["Požadavek", "ANO/NE"],
                        ["přístup k výsledkům (XML)", "ANO"],
                        ["natáčení na pracovišti ČSÚ", "ANO"],
                    ],
                    "IP adresy: 198.18.80.1 až 198.18.80.3 (všechny produkční, test nemáme)",
                    "Kontakt: Jiří Valenta, tel. 326 771 045, valenta@ktv-dolnipolabi.example",
                ],
            )
        ],
    },
]
