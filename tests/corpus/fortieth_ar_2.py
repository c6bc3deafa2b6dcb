"""Fortieth held-out part ``ar``, cases ar015–ar028: an Austrian broadcaster asking for filming
if it is possible, a Norwegian shorthand range, a Slovak letter in ODT, an English sole trader
with a trade name, staging and internal NAT addresses, an application for a later election, a
data message with an XLSX yes/no form, a reply whose contact is in the applicant's own quoted
original, a forward from a Finnish editor, a Hungarian netmask block, a phone-typed filming-only
note, an institute's checkbox form and a data message with the application only in a PDF.
Written by hand apart from the extraction rules (see make_fortieth_ar); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortieth_ar_common import (
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
    L,
    Style,
    ico,
)

I17, I18, I19, I20 = ico("3174205"), ico("0873916"), ico("2648351"), ico("4790132")
I21, I22, I23, I26 = ico("2581047"), ico("0610284"), ico("2793615"), ico("7420518")
I27, I28 = ico("0915263"), ico("2940378")

CASES: list[dict[str, Any]] = [
    {
        "id": "ar015-austrian-filming-if-possible",
        "description": "Austrian broadcaster writing German: feed access plus filming asked "
        "for 'falls möglich' (a request all the same), roles 'Live' and 'Test'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alpenland Hörfunk und Fernsehen GmbH",
            None,
            None,
            ["192.0.2.56"],
            ["192.0.2.57"],
            "Florian Haider",
            "florian.haider@alpenland-hf.example",
            "+436641823570",
        ),
        "from": "Haider Florian <florian.haider@alpenland-hf.example>",
        "subject": "Wahlen CZ 2025 – Datenzugang und Drehgenehmigung",
        "headers": MAC_OUTLOOK,
        "body": (
            "Grüß Gott,\n\n"
            "für die Alpenland Hörfunk und Fernsehen GmbH (Linz) ersuche ich um Zugang zu "
            "den Wahlergebnissen im XML-Format:\n\n"
            "  Live-System:  192.0.2.56\n"
            "  Test-System:  192.0.2.57\n\n"
            "Falls es möglich ist, möchten wir außerdem am Wahlabend in der Sammelstelle in "
            "Budweis drehen (Kamerateam zu zweit) und bitten dafür um Genehmigung.\n\n"
            "Rückfragen bitte an mich, mobil +43 664 182 35 70.\n\n"
            "Beste Grüße aus Linz\nFlorian Haider\nChef vom Dienst, Redaktion Nachbarn\n"
            "Alpenland Hörfunk und Fernsehen GmbH | FN 418772 w | Landesgericht Linz\n"
        ),
    },
    {
        "id": "ar016-norwegian-shorthand-range",
        "description": "Norwegian newspaper writing Norwegian: production addresses as a "
        "shorthand range '200-203' (four), one test address, filming not needed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Vestlandsposten AS",
            None,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Ingrid Solheim",
            "ingrid.solheim@vestlandsposten.example",
            "+4791846273",
        ),
        "from": "Ingrid Solheim <ingrid.solheim@vestlandsposten.example>",
        "subject": "Søknad om tilgang til valgresultater (XML)",
        "headers": GMAIL,
        "body": (
            "Hei,\n\n"
            "Vestlandsposten AS (org.nr. 918 442 075) ønsker tilgang til valgresultatene i "
            "XML-format for vår direktedekning av valget i Tsjekkia.\n\n"
            "Produksjon: 203.0.113.200-203\n"
            "Test: 203.0.113.210\n\n"
            "Vi trenger ikke filmtillatelse denne gangen.\n\n"
            "Kontaktperson: Ingrid Solheim, tlf. +47 918 46 273\n\n"
            "Med vennlig hilsen\nIngrid Solheim\nDatajournalist, Vestlandsposten\n"
        ),
        "html": (
            '<div dir="ltr">Hei,<br><br>Vestlandsposten AS (org.nr. 918 442 075) ønsker '
            "tilgang til valgresultatene i XML-format for vår direktedekning av valget i "
            "Tsjekkia.<br><br>Produksjon: 203.0.113.200-203<br>Test: 203.0.113.210<br><br>"
            "Vi trenger ikke filmtillatelse denne gangen.<br><br>Kontaktperson: Ingrid "
            "Solheim, tlf. +47 918 46 273<br><br>Med vennlig hilsen<br>Ingrid Solheim<br>"
            "Datajournalist, Vestlandsposten</div>"
        ),
    },
    {
        "id": "ar017-slovak-letter-odt-colleague",
        "description": "Slovak regional TV: a short Slovak mail and the letter in ODT with a "
        "table; both requests; the contact is a named colleague, not the sender",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Televízia Záhorie, spol. s r. o.",
            I17,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Michal Baránek",
            "baranek@tvzahorie.example",
            "+421346901772",
        ),
        "from": "Zuzana Krajčírová <krajcirova@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a povolenie nakrúcania",
        "headers": OUTLOOK,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam žiadosť našej televízie. V prípade otázok "
            "kontaktujte prosím priamo kolegu Baránka, ktorý má techniku na starosti.\n\n"
            "S pozdravom\nZuzana Krajčírová\nasistentka riaditeľa\n"
        ),
        "attachments": [
            (
                "odt",
                "ziadost_CSU_TVZ.odt",
                [
                    "Televízia Záhorie, spol. s r. o., Námestie slobody 6, 901 01 Malacky",
                    f"IČO: {I17}",
                    "Vec: Žiadosť o prístup k priebežným výsledkom volieb vo formáte XML "
                    "a o povolenie nakrúcania",
                    "Naša regionálna televízia vysiela pre divákov na Záhorí aj na južnej "
                    "Morave a vo volebnú noc pripravuje mimoriadne vysielanie. Žiadame "
                    "o prístup k serveru s výsledkami a o povolenie nakrúcať na zbernom "
                    "mieste v Hodoníne.",
                    [
                        ["Položka", "Údaj"],
                        ["Produkčná IP adresa", "198.51.100.180"],
                        ["Testovacia IP adresa", "198.51.100.181"],
                        ["Kontaktná osoba", "Ing. Michal Baránek, technický riaditeľ"],
                        ["Telefón", "+421 34 690 17 72"],
                        ["E-mail", "baranek@tvzahorie.example"],
                    ],
                    "Mgr. Juraj Kollár, konateľ",
                ],
            )
        ],
    },
    {
        "id": "ar018-english-sole-trader",
        "description": "British data journalist registered as a Czech sole trader: the "
        "person–trade name kept whole, IČO written 'Reg. No.', UK mobile",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Daniel Okafor – Okafor Data Studio",
            I18,
            None,
            ["192.0.2.199"],
            [],
            "Daniel Okafor",
            "daniel@okaforstudio.example",
            "+447700914382",
        ),
        "from": "Daniel Okafor <daniel@okaforstudio.example>",
        "subject": "Access to live election results (XML) – freelance request",
        "headers": TBIRD,
        "body": (
            "Hello,\n\n"
            "I'm a freelance data journalist based in Prague, registered as a sole trader "
            f"(Daniel Okafor – Okafor Data Studio, Reg. No. {I18}). I build live results "
            "graphics that several English-language outlets embed on election night.\n\n"
            "Could you please grant access to the XML results server for 192.0.2.199? "
            "That box does everything, so I won't need a separate test address - I'll run "
            "the test round from the same machine.\n\n"
            "I don't need to film anywhere.\n\n"
            "Thanks a lot,\nDaniel Okafor\n+44 7700 914382 (UK) – WhatsApp works too\n"
        ),
    },
    {
        "id": "ar019-mixed-staging-cidr31",
        "description": "Czech newsroom IT writing Czech with English terms: 'prod env' as a "
        "/31 block, 'staging' explicitly used for the test round, a software version nearby",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Deník Brněnský rynek, s.r.o.",
            I19,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Vojtěch Šimek",
            "simek@rynek.example",
            "+420776250813",
        ),
        "from": "Vojtěch Šimek <simek@rynek.example>",
        "subject": "XML feed volby – request za Brněnský rynek",
        "headers": ROUNDCUBE,
        "flowed": True,
        "body": (
            "Ahoj / dobrý den,\n\n"
            "za Deník Brněnský rynek, s.r.o. (IČO "
            f"{I19}) bychom chtěli access na XML feed s výsledky.\n\n"
            "Prod env: 192.0.2.160/31 (dva nody, active-active)\n"
            "Staging: 192.0.2.170 – na tom pojedeme testovací kolo\n\n"
            "Parser máme v Go, verze 1.22.4, poll interval 20 s. Kdyby byl na vaší straně "
            "rate limit, dejte vědět.\n\n"
            "Kontakt: já, Vojtěch Šimek, +420 776 250 813\n\n"
            "Díky!\nVojta\n--\nVojtěch Šimek | head of dev | rynek.example\n"
        ),
    },
    {
        "id": "ar020-internal-nat-addresses",
        "description": "radio's admin lists internal addresses behind NAT next to the public "
        "ones; only the public addresses are the applicant's",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rádio Krkonoše, s.r.o.",
            I20,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Stanislav Vondra",
            "vondra@radiokrkonose.example",
            "+420499871204",
        ),
        "from": "Stanislav Vondra <vondra@radiokrkonose.example>",
        "subject": "Zadost o pristup k vysledkum voleb (XML)",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Krkonoše, s.r.o., IČO {I20}, žádá o přístup k výsledkům voleb v XML.\n\n"
            "Stahovací server je interně 10.20.30.40, ven jde přes NAT jako 198.51.100.90 "
            "(to je adresa, kterou uvidíte vy).\n"
            "Testovací stroj: interně 10.20.30.41, veřejně 198.51.100.91.\n\n"
            "Kontakt: Stanislav Vondra, správce sítě, 499 871 204\n\n"
            "S pozdravem\nS. Vondra\n"
        ),
    },
    {
        "id": "ar021-later-election-filming-declined",
        "description": "regional TV applies already now for next year's regional election; "
        "filming ruled out; a date and a resolution number in the text",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "TV Pojizeří s.r.o.",
            I21,
            None,
            ["203.0.113.131"],
            ["203.0.113.139"],
            "Hedvika Zálešáková",
            "zalesakova@tvpojizeri.example",
            "+420481326590",
        ),
        "from": "Hedvika Zálešáková <zalesakova@tvpojizeri.example>",
        "subject": "Žádost o přístup k výsledkům – krajské volby 2028",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "s předstihem podáváme žádost o přístup k serveru s výsledky ve formátu XML pro "
            "volby do zastupitelstev krajů, které proběhnou v říjnu 2028. Letošních voleb "
            "se naše vysílání netýká.\n\n"
            f"Žadatel: TV Pojizeří s.r.o., IČ {I21}, Husova 1204, 511 01 Turnov\n"
            "IP adresa pro produkci: 203.0.113.131\n"
            "IP adresa pro testování: 203.0.113.139\n\n"
            "O povolení natáčení na sběrných místech nežádáme, záběry budeme mít z vlastního "
            "studia.\n\n"
            "Kontaktní osoba: Hedvika Zálešáková, 481 326 590, zalesakova@tvpojizeri.example\n\n"
            "S pozdravem\nHedvika Zálešáková\nprogramová ředitelka TV Pojizeří\n"
        ),
    },
    {
        "id": "ar022-databox-xlsx-ano-ne-zaloha",
        "description": "agency's data message with an XLSX form: request types in an ANO/NE "
        "column, addresses with roles 'produkční', 'záložní' (production) and 'testovací'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Morava, a.s.",
            I22,
            "m2xk9pe",
            ["192.0.2.11", "192.0.2.12"],
            ["192.0.2.13"],
            "Lenka Doležalová",
            "dolezalova@zamorava.example",
            "+420585114730",
        ),
        "subject": "ZAM – formulář k přístupu k výsledkům voleb",
        "databox": {
            "box": "m2xk9pe",
            "sender": "Zpravodajská agentura Morava, a.s.",
            "address": "Horní náměstí 17, 779 00 Olomouc",
        },
        "attachments": [
            (
                "xlsx",
                "ZAM_volby_formular.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Zpravodajská agentura Morava, a.s."],
                            ["IČO", I22],
                            [],
                            ["Požadavek", "ANO/NE"],
                            ["Přístup k výsledkům ve formátu XML", "ANO"],
                            ["Povolení natáčení na sběrném místě", "NE"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "IP adresa", "Poznámka"],
                            ["produkční", "192.0.2.11", "hlavní"],
                            ["záložní", "192.0.2.12", "druhá lokalita"],
                            ["testovací", "192.0.2.13", ""],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Telefon", "E-mail"],
                            ["Lenka Doležalová", "585 114 730", "dolezalova@zamorava.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ar023-reply-contact-in-quoted-original",
        "description": "reply to the office asking for the addresses: the new text gives them, "
        "the contact stays as in the applicant's own quoted original; the office's quoted "
        "text carries its own IČO, box and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihočeský týdeník Blatník, z.s.",
            I23,
            None,
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Alois Bečvář",
            "becvar@blatnik.example",
            "+420602718455",
        ),
        "from": "Redakce Blatník <redakce@blatnik.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům voleb – doplnění",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "omlouváme se, adresy jsme zapomněli. Stahovat budeme z 198.51.100.5, testovat "
            "z 198.51.100.6. Kontakt zůstává, jak jsme psali původně (pan Bečvář).\n\n"
            "Redakce Blatník\n\n"
            "Dne 12. 9. 2025 v 9:41 napsal(a) podatelna@czso.cz:\n"
            "> Dobrý den,\n"
            "> děkujeme za Vaši žádost. Chybí v ní IP adresy, ze kterých budete výsledky\n"
            "> stahovat. Doplňte je prosím odpovědí na tuto zprávu.\n"
            "> Český statistický úřad, IČO 00025593, datová schránka 2gfaasy\n"
            "> tel. 274 052 733\n"
            ">\n"
            "> Dne 10. 9. 2025 v 15:02 napsal(a) Redakce Blatník:\n"
            ">> Dobrý den,\n"
            f">> spolek Jihočeský týdeník Blatník, z.s., IČO {I23}, žádá o přístup\n"
            ">> k výsledkům voleb ve formátu XML. Kontaktní osobou je Alois Bečvář,\n"
            ">> tel. 602 718 455, becvar@blatnik.example.\n"
            ">> Redakce Blatník, Soběslav\n"
        ),
    },
    {
        "id": "ar024-forward-finnish-editor",
        "description": "Prague stringer forwards her Finnish editor's mail (Finnish with "
        "English), names herself as the contact; the publisher is a Finnish Oy",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Pohjolan Uutiset Oy",
            None,
            None,
            ["192.0.2.250"],
            ["192.0.2.251"],
            "Markéta Lahtinen",
            "marketa.lahtinen@pohjolanuutiset.example",
            "+420737402915",
        ),
        "from": "Markéta Lahtinen <marketa.lahtinen@pohjolanuutiset.example>",
        "subject": "Fwd: CZ vaalit – XML-tulospalvelu",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jsem pražská zpravodajka finského vydavatelství Pohjolan Uutiset Oy a "
            "přeposílám žádost našeho IT oddělení. Adresy jsou v textu níže (tuotanto = "
            "produkce, testi = test). Kontaktní osobou v Česku budu já, 737 402 915.\n\n"
            "Děkuji,\nMarkéta Lahtinen\n\n"
            "---------- Forwarded message ---------\n"
            "From: Jussi Koskinen <jussi.koskinen@pohjolanuutiset.example>\n"
            "Date: ma 15.9.2025 klo 8.12\n"
            "Subject: CZ vaalit – XML-tulospalvelu\n"
            "To: Markéta Lahtinen <marketa.lahtinen@pohjolanuutiset.example>\n\n"
            "Hei Markéta,\n\n"
            "voisitko lähettää hakemuksen tilastovirastolle? Meidän osoitteet:\n"
            "tuotanto 192.0.2.250\ntesti 192.0.2.251\n"
            "(Our production and test IPs, in case they need English.)\n\n"
            "Kiitos!\nJussi\nIT, Pohjolan Uutiset Oy, Tampere\n+358 40 771 2048\n"
        ),
    },
    {
        "id": "ar025-hungarian-netmask-both",
        "description": "Hungarian TV writing Hungarian: an address with a /30 netmask (four "
        "production addresses), no test address, filming in Brno requested",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alföldi Televízió Zrt.",
            None,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            [],
            "Halász Réka",
            "halasz.reka@alfolditv.example",
            "+36209384512",
        ),
        "from": "Halász Réka <halasz.reka@alfolditv.example>",
        "subject": "Hozzáférési kérelem és forgatási engedély – cseh választások",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "cte": "qp",
        "body": (
            "Tisztelt Cseh Statisztikai Hivatal!\n\n"
            "Az Alföldi Televízió Zrt. (Szeged) kéri a hozzáférést a választási eredmények "
            "XML szerveréhez. Éles szerverünk hálózata: 192.0.2.64, maszk 255.255.255.252. "
            "Külön teszt címünk nincs.\n\n"
            "Szeretnénk továbbá forgatási engedélyt kérni a brnói gyűjtőponton a választás "
            "éjszakáján (két fő).\n\n"
            "Kapcsolattartó: Halász Réka, +36 20 938 4512\n\n"
            "Tisztelettel:\nHalász Réka\nhírigazgató-helyettes\nAlföldi Televízió Zrt.\n"
        ),
    },
    {
        "id": "ar026-iphone-filming-only-freelancer",
        "description": "phone-typed note without diacritics from a freelance cameraman: "
        "filming only, XML explicitly not needed, a time and a street number nearby",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Radim Chalupa",
            None,
            None,
            [],
            [],
            "Radim Chalupa",
            "radim.chalupa@kamera-rc.example",
            "+420605339178",
        ),
        "from": "Radim Chalupa <radim.chalupa@kamera-rc.example>",
        "subject": "nataceni plzen",
        "headers": IPHONE,
        "body": (
            "dobry den, jsem kameraman na volnou nohu (OSVC), chtel bych v sobotu 4.10. "
            "od 14:00 natacet na sbernem miste v Plzni, Klatovska 51, pro reportaz. "
            "XML data nepotrebuju.\nRadim Chalupa 605 339 178\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "ar027-institute-html-checkboxes",
        "description": "research institute's HTML form: ticked and unticked box characters "
        "for the request types, an address table with a role column",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Institut regionálních analýz, z. ú.",
            I27,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.159"],
            "Kristýna Palečková",
            "paleckova@ira-institut.example",
            "+420605227941",
        ),
        "from": "Kristýna Palečková <paleckova@ira-institut.example>",
        "subject": "Žádost o přístup k výsledkům voleb – IRA",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><p>Dobrý den,</p><p>vyplnili jsme Váš formulář:</p>'
            "<p><b>Žadatel:</b> Institut regionálních analýz, z. ú.<br>"
            f"<b>IČO:</b> {I27}<br>"
            "<b>Žádáme o:</b><br>"
            "☒ přístup k výsledkům ve formátu XML<br>"
            "☐ povolení k natáčení / pořizování záznamu</p>"
            '<table border="1" cellpadding="3"><tr><th>Role</th><th>IP</th></tr>'
            "<tr><td>produkční</td><td>203.0.113.150</td></tr>"
            "<tr><td>produkční</td><td>203.0.113.151</td></tr>"
            "<tr><td>testovací</td><td>203.0.113.159</td></tr></table>"
            "<p><b>Kontaktní osoba:</b> Mgr. Kristýna Palečková<br>"
            "<b>Telefon:</b> 605&nbsp;227&nbsp;941<br>"
            "<b>E-mail:</b> paleckova@ira-institut.example</p>"
            "<p>S pozdravem<br>Kristýna Palečková<br>analytička, IRA</p></div>"
        ),
    },
    {
        "id": "ar028-databox-pdf-only-wrapped-cells",
        "description": "weekly's data message: the annotation a bare title, the application "
        "only in a PDF whose narrow table wraps the role labels; two files",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysočina Press, spol. s r.o.",
            I28,
            "r6td2wa",
            ["203.0.113.181", "203.0.113.182"],
            ["203.0.113.190"],
            "Jitka Brabcová",
            "brabcova@vysocinapress.example",
            "+420567891204",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "r6td2wa",
            "sender": "Vysočina Press, spol. s r.o.",
            "address": "Masarykovo náměstí 40, 586 01 Jihlava",
        },
        "attachments": [
            (
                "pdf",
                "zadost_volby.pdf",
                [
                    f"Vysočina Press, spol. s r.o.\nIČ: {I28}\nMasarykovo náměstí 40, Jihlava",
                    "Věc: Přístup k průběžným výsledkům voleb (XML)",
                    "Žádáme o zřízení přístupu pro tyto adresy:",
                    {
                        "rows": [
                            ["Adresa", "Účel použití serveru"],
                            ["203.0.113.181", "produkční stahování výsledků pro web"],
                            ["203.0.113.182", "produkční stahování výsledků – záloha"],
                            ["203.0.113.190", "testovací prostředí redakce"],
                        ],
                        "widths": [110, 90],
                    },
                    "Kontaktní osoba: Jitka Brabcová, tel. 567 891 204, "
                    "brabcova@vysocinapress.example",
                    "Mgr. Josef Vrba, jednatel",
                ],
            ),
            (
                "txt",
                "vypis_OR.txt",
                "Výpis z obchodního rejstříku (částečný)\n"
                "Obchodní firma: Vysočina Press, spol. s r.o.\n"
                f"IČO: {I28}\nSpisová značka: C 41187 vedená u Krajského soudu v Brně\n"
                "Jednatel: Mgr. Josef Vrba\n",
            ),
        ],
    },
]
