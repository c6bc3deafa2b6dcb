"""Fifty-seventh held-out part ``cx``, cases cx029–cx042: a regional TV declining the feed and
naming an old address, an Austrian paper with a netmask, a municipality's data message, a
foreign agency's Prague branch mixing English and Czech with IPv6 in capitals, a follow-up that
withdraws the feed, a corrected address, a Slovak freelancer in ISO-8859-2, an Italian
university with a range in a text file, a publisher's data message with a checkbox form, a
Belgian mail in base64 with 'respectivement', a workbook listing internal hosts, a town TV that
films now and defers the feed, a Hungarian weekly from Slovakia and a temporary host replaced
before the election. Written by hand apart from the extraction rules (see
make_fiftyseventh_cx); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyseventh_cx_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I31, I32, I33 = ico("2677104"), ico("0027316"), ico("0718452"), ico("2831609")
I34, I35, I37, I39 = ico("2549718"), ico("5213864"), ico("4530271"), ico("2915036")
I40, I42 = ico("0081264"), ico("2873415")

CASES: list[dict[str, Any]] = [
    {
        "id": "cx029-declines-feed-old-address",
        "description": "a regional TV takes results from an agency this year and only wants to "
        "film; it mentions last year's address in passing",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Beskydská televize s.r.o.",
            I29,
            None,
            [],
            [],
            "Lenka Ondrušková",
            "ondruskova@beskydskatv.example",
            "+420558613470",
        ),
        "from": "Lenka Ondrušková <ondruskova@beskydskatv.example>",
        "subject": "natáčení ve volební noc",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "letos přístup k XML nepotřebujeme (výsledky bereme od agentury, loňskou adresu "
        "203.0.113.5 můžete zrušit), ale rádi bychom natáčeli na vašem pracovišti v "
        "Ostravě. Štáb: redaktorka + kameraman.\n\n"
        "Beskydská televize s.r.o., IČO " + I29 + "\n"
        "Lenka Ondrušková, produkce, tel. 558 613 470\n",
    },
    {
        "id": "cx030-austrian-netmask",
        "description": "Austrian paper in German: production as a network with a dotted "
        "netmask, test as a single address; an Austrian FN number, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mühlviertler Rundschau GmbH",
            None,
            None,
            ["203.0.113.96", "203.0.113.97", "203.0.113.98", "203.0.113.99"],
            ["203.0.113.100"],
            "Stefan Hofer",
            "s.hofer@muehlviertler-rundschau.example",
            "+436642187530",
        ),
        "from": "Stefan Hofer <s.hofer@muehlviertler-rundschau.example>",
        "subject": "Zugang XML Wahlergebnisse",
        "headers": MAC_OUTLOOK,
        "body": "Grüß Gott,\n\n"
        "die Mühlviertler Rundschau GmbH (FN 412873 k, Freistadt) beantragt den Zugang zu "
        "den Wahlergebnissen im XML-Format.\n\n"
        "Produktion: Netz 203.0.113.96, Netzmaske 255.255.255.252\n"
        "Test: 203.0.113.100\n"
        "Ansprechpartner: Stefan Hofer, IT, +43 664 2187530\n\n"
        "Freundliche Grüße\nStefan Hofer\n",
    },
    {
        "id": "cx031-databox-municipality-odt",
        "description": "a small municipality's data message (an authority's box) for its "
        "village TV channel; the ODT holds addresses and a mayor who signs, a clerk as contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Obec Kunčice pod Ondřejníkem",
            I31,
            "k3nc8vh",
            ["198.51.100.60"],
            ["198.51.100.61"],
            "Jitka Vašíčková",
            "podatelna@kuncice-obec.example",
            "+420558690114",
        ),
        "databox": box(
            "k3nc8vh",
            "Obec Kunčice pod Ondřejníkem",
            "Kunčice pod Ondřejníkem 1, 739 13",
            kind=10,
        ),
        "subject": "Žádost obce – výsledky voleb pro obecní kabelovou televizi",
        "attachments": [
            (
                "odt",
                "zadost_obec.odt",
                [
                    "Obec Kunčice pod Ondřejníkem, IČO " + I31,
                    "Obec provozuje kabelovou televizi a žádá o přístup k průběžným "
                    "výsledkům voleb (XML) a o povolení natočit krátkou reportáž na "
                    "pracovišti ČSÚ ve Frýdku-Místku.",
                    [
                        ["produkční adresa", "198.51.100.60"],
                        ["testovací adresa", "198.51.100.61"],
                        ["vyřizuje", "Jitka Vašíčková, podatelna@kuncice-obec.example"],
                        ["telefon", "558 690 114"],
                    ],
                    "Ing. Bohumil Tichý, starosta",
                ],
            )
        ],
    },
    {
        "id": "cx032-agency-branch-mixed-ipv6-caps",
        "description": "the Prague branch of a foreign agency mixes English and Czech; IPv6 "
        "production in capitals with zero groups, an IPv4 test; the branch has the IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Central European Newswire Ltd., organizační složka",
            I32,
            None,
            ["2001:db8::1:0:0:20"],
            ["192.0.2.88"],
            "Daniel Brooks",
            "d.brooks@cenewswire.example",
            "+420720441596",
        ),
        "from": "Daniel Brooks <d.brooks@cenewswire.example>",
        "subject": "XML access request / žádost o přístup",
        "headers": APPLE,
        "body": "Hello / dobrý den,\n\n"
        "sorry for the English, my Czech is only basic. We, Central European Newswire Ltd., "
        "organizační složka (IČO " + I32 + "), would like access k volebním výsledkům in XML "
        "for our wire service.\n\n"
        "Production: 2001:DB8:0:0:1::20\n"
        "Test: 192.0.2.88\n\n"
        "Contact: Daniel Brooks, bureau chief Prague, +420 720 441 596\n\n"
        "Děkuji / thanks,\nDaniel\n",
    },
    {
        "id": "cx033-followup-withdraws-feed",
        "description": "a follow-up above the quoted first mail withdraws the feed: only the "
        "filming stays, so the first mail's addresses go too",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Radio Orlice, spol. s r.o.",
            I33,
            None,
            [],
            [],
            "Michal Stejskal",
            "stejskal@radioorlice.example",
            "+420494612087",
        ),
        "from": "Michal Stejskal <stejskal@radioorlice.example>",
        "subject": "Re: žádost Radio Orlice – oprava",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "omlouvám se, po poradě s vedením XML nakonec nechceme, žádost o přístup na server "
        "tedy prosím berte jako zrušenou. Platí jen natáčení.\n\n"
        "Michal Stejskal\n\n"
        "On 3. 9. 2025 10:12, Michal Stejskal wrote:\n"
        "> Dobrý den,\n"
        "> Radio Orlice, spol. s r.o., IČO " + I33 + ", žádá o přístup k XML a o povolení\n"
        "> natáčet na pracovišti v Hradci Králové.\n"
        "> produkce 198.51.100.230, test 198.51.100.231\n"
        "> kontakt Michal Stejskal, 494 612 087\n",
    },
    {
        "id": "cx034-corrected-typo-address",
        "description": "an application whose production address is corrected two lines below "
        "('místo … má být …'); contact's direct line before the switchboard",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Deník Podřipsko s.r.o.",
            I34,
            None,
            ["198.51.100.13", "198.51.100.14"],
            ["198.51.100.19"],
            "Alena Tvrdá",
            "tvrda@podripsko.example",
            "+420416731208",
        ),
        "from": "Alena Tvrdá <tvrda@podripsko.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\n"
        "Deník Podřipsko s.r.o., IČO " + I34 + ", žádá o přístup k XML.\n"
        "produkční IP: 198.51.100.3, 198.51.100.14\n"
        "testovací IP: 198.51.100.19\n"
        "Oprava: u první produkční adresy místo 198.51.100.3 má být 198.51.100.13, "
        "překlep.\n\n"
        "Alena Tvrdá, vedoucí webu, tel. 416 731 208 (ústředna 416 731 200)\n",
    },
    {
        "id": "cx035-slovak-freelancer-iso88592",
        "description": "a Slovak freelance reporter in ISO-8859-2, his work described after a "
        "dash; feed and filming; a Slovak mobile written in the local way",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Martin Kováč",
            None,
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Martin Kováč",
            "kovac.reporter@posta-sk.example",
            "+421907662315",
        ),
        "from": "Martin Kováč <kovac.reporter@posta-sk.example>",
        "subject": "Žiadosť - voľby, XML a nakrúcanie",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": "Dobrý deň,\n\n"
        "som nezávislý reportér a pripravujem reportáž o českých voľbách pre slovenské "
        "médiá. Žiadam o prístup k XML výsledkom a o povolenie nakrúcať na vašom "
        "pracovisku v Prahe.\n\n"
        "Produkčná IP: 192.0.2.160\nTestovacia IP: 192.0.2.161\n\n"
        "Mgr. Martin Kováč - nezávislý novinár\n0907 662 315\n",
    },
    {
        "id": "cx036-italian-university-txt-range",
        "description": "an Italian university's research group, the application in a plain "
        "text file with a full dotted range and no test addresses",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Università di Valsugana",
            None,
            None,
            ["198.18.60.10", "198.18.60.11", "198.18.60.12"],
            [],
            "Giulia Romano",
            "giulia.romano@univalsugana.example",
            "+390461882714",
        ),
        "from": "Giulia Romano <giulia.romano@univalsugana.example>",
        "subject": "Richiesta accesso XML risultati elettorali",
        "headers": ROUNDCUBE,
        "body": "Gentili signori,\nin allegato la nostra richiesta.\nCordiali saluti,\n"
        "Giulia Romano\n",
        "attachments": [
            (
                "txt",
                "richiesta_CSU.txt",
                "Richiedente: Università di Valsugana, Dipartimento di Scienze Politiche\n"
                "Oggetto: accesso ai risultati elettorali in XML (progetto di ricerca)\n"
                "Riprese: no\n"
                "Indirizzi di produzione: 198.18.60.10-198.18.60.12\n"
                "Indirizzi di test: nessuno (test dalla produzione)\n"
                "Referente: dott.ssa Giulia Romano, giulia.romano@univalsugana.example, "
                "+39 0461 882714\n",
            )
        ],
    },
    {
        "id": "cx037-databox-docx-checkbox-surname-first",
        "description": "a publisher's data message: a DOCX form with ☒ both requests and the "
        "contact in a table surname first in capitals",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vltavské listy a.s.",
            I37,
            "v1ls5tk",
            ["203.0.113.160"],
            ["203.0.113.161"],
            "Jitka Horáková",
            "horakova@vltavskelisty.example",
            "+420602559183",
        ),
        "databox": box("v1ls5tk", "Vltavské listy a.s.", "Tyršova 33, 370 01 České Budějovice"),
        "subject": "Žádost",
        "attachments": [
            (
                "docx",
                "formular_zadost.docx",
                {
                    "header": "Vltavské listy a.s. | IČO " + I37 + " | ID DS v1ls5tk",
                    "footer": "formulář 2025",
                    "blocks": [
                        "Žádost média",
                        "☒ přístup k XML s průběžnými výsledky",
                        "☒ povolení natáčet / fotografovat",
                        {
                            "rows": [
                                ["produkční IP", "testovací IP"],
                                ["203.0.113.160", "203.0.113.161"],
                            ]
                        },
                        {
                            "rows": [
                                ["Příjmení, jméno", "E-mail", "Telefon"],
                                [
                                    "HORÁKOVÁ Jitka",
                                    "horakova@vltavskelisty.example",
                                    "602 559 183",
                                ],
                            ]
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cx038-belgian-base64-respectivement",
        "description": "a Belgian ASBL writes French in base64; two addresses assigned with "
        "'respectivement'; filming asked in a second paragraph",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "RTV Meuse ASBL",
            None,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Nathalie Dubois",
            "n.dubois@rtvmeuse.example",
            "+32475318264",
        ),
        "from": "Nathalie Dubois <n.dubois@rtvmeuse.example>",
        "subject": "Élections tchèques - accès XML et tournage",
        "headers": GMAIL,
        "cte": "base64",
        "body": "Bonjour,\n\n"
        "RTV Meuse ASBL (Namur, BCE 0841.276.553) souhaite accéder aux résultats en XML. Les "
        "adresses 192.0.2.140 et 192.0.2.141 serviront respectivement à la production et "
        "aux tests.\n\n"
        "Nous aimerions aussi filmer dans votre centre de dépouillement à Prague.\n\n"
        "Contact : Nathalie Dubois, +32 475 31 82 64\n\n"
        "Bien à vous,\nNathalie Dubois\n",
    },
    {
        "id": "cx039-xlsx-internal-hosts",
        "description": "a workbook lists public and internal addresses side by side; only the "
        "public ones are applied for; contact on a second sheet",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Zprávy z Hané, z.s.",
            I39,
            None,
            ["198.18.90.20", "198.18.90.21"],
            ["198.18.90.30"],
            "Roman Kubíček",
            "kubicek@zpravyzhane.example",
            "+420739104526",
        ),
        "from": "Roman Kubíček <kubicek@zpravyzhane.example>",
        "subject": "XML volby - tabulka v příloze",
        "headers": CENTRUM,
        "body": "Dobrý den, posílám vyplněnou tabulku. Interní adresy jsou tam jen pro "
        "informaci, povolit prosím jen veřejné. RK\n",
        "attachments": [
            (
                "xlsx",
                "servery.xlsx",
                [
                    {
                        "title": "Servery",
                        "rows": [
                            ["Server", "Role", "Veřejná IP", "Interní IP"],
                            ["web1", "produkce", "198.18.90.20", "10.0.5.11"],
                            ["web2", "produkce", "198.18.90.21", "10.0.5.12"],
                            ["stage", "test", "198.18.90.30", "10.0.5.30"],
                        ],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Zprávy z Hané, z.s.", "IČO " + I39],
                            ["kontakt", "Roman Kubíček"],
                            ["e-mail", "kubicek@zpravyzhane.example"],
                            ["tel.", "739 104 526"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cx040-town-tv-films-now-feed-later",
        "description": "a town TV films this time and defers the feed to the next election "
        "while describing its server",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Televize Nové Strašecí, příspěvková organizace",
            I40,
            None,
            [],
            [],
            "Jakub Procházka",
            "prochazka@tvns.example",
            "+420603418297",
        ),
        "from": "Jakub Procházka <prochazka@tvns.example>",
        "subject": "povolení natáčet",
        "headers": SAMSUNG,
        "body": "Dobrý den,\n"
        "Televize Nové Strašecí, příspěvková organizace (IČO " + I40 + "), prosí o "
        "povolení natáčet u vás v Kladně ve volební noc. O XML požádáme až k příštím volbám, "
        "až bude hotový nový server (192.0.2.240).\n"
        "Jakub Procházka, 603 418 297\n\nOdesláno ze zařízení Samsung\n",
    },
    {
        "id": "cx041-hungarian-weekly-slovakia-caps",
        "description": "a Hungarian-language weekly from Slovakia: contact in capitals surname "
        "first; Slovak IČO; two plus two addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Csallóközi Hírlap s.r.o.",
            ico("3829104"),
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.248", "203.0.113.249"],
            "Nagy Zoltán",
            "nagy.zoltan@csallokozihirlap.example",
            "+421905447120",
        ),
        "from": "Csallóközi Hírlap <szerkesztoseg@csallokozihirlap.example>",
        "subject": "Kérelem XML hozzáférés – választások",
        "headers": OUTLOOK,
        "body": "Tisztelt Cím!\n\n"
        "A Csallóközi Hírlap s.r.o. (Dunajská Streda, IČO " + ico("3829104") + ") kéri a "
        "hozzáférést a választási eredmények XML-szolgáltatásához.\n\n"
        "Éles IP-címek: 203.0.113.240, 203.0.113.241\n"
        "Teszt IP-címek: 203.0.113.248, 203.0.113.249\n"
        "Kapcsolattartó: NAGY Zoltán, nagy.zoltan@csallokozihirlap.example, "
        "+421 905 447 120\n\n"
        "Tisztelettel\nszerkesztőség\n",
    },
    {
        "id": "cx042-temporary-host-replaced",
        "description": "a news site typed without diacritics: a temporary address that stops "
        "before the election and its replacement, a test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pootaví dnes s.r.o.",
            I42,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Josef Kadlec",
            "kadlec@pootavidnes.example",
            "+420721883056",
        ),
        "from": "Josef Kadlec <kadlec@pootavidnes.example>",
        "subject": "zadost XML volby",
        "headers": OUTLOOK,
        "body": "Dobry den,\n\n"
        "zadame o pristup k XML vysledkum voleb.\n"
        "Pootavi dnes s.r.o., ICO " + I42 + "\n\n"
        "Ted jsme docasne na 203.0.113.200, ta ale konci 30. 9. a volby uz pobezi z nove "
        "203.0.113.201 (tu prosim povolte).\n"
        "Test: 203.0.113.202\n"
        "Kontakt: Josef Kadlec, 721 883 056\n\n"
        "Josef Kadlec\nPootaví dnes s.r.o.\n",
    },
]
