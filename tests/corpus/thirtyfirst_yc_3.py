"""Thirty-first held-out part ``yc``, cases yc029–yc042: a request made now for a later
election, an Irish broadcaster declining the filming permit, a university's data message with a
wrapped PDF table, a Slovak IT contractor writing for a Czech radio, a corrected address in a
Gmail mail, an IPv6 /127, a Swiss French "respectivement" with filming, a Finnish agency, a
production company that wants to film only, an agency's data message with a DOCX header, a city's
signed long letter with internal hosts and NAT addresses, a Polish TV withdrawing the feed, a
radio's data message with an XLSX and a reply quoting the office. Written by hand apart from the
extraction rules (see make_thirtyfirst_yc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfirst_yc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
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

I29, I31, I32, I32C = ico("2795014"), ico("6197351"), ico("2870266"), ico("4529183")
I33, I34, I37, I38 = ico("0530848"), ico("2404715"), ico("0839162"), ico("2574388")
I39, I41, I42 = ico("0026155"), ico("4612707"), ico("0391834")

CASES: list[dict[str, Any]] = [
    {
        "id": "yc029-later-election-2028",
        "description": "a regional weekly applies now for the regional elections of 2028; "
        "a request all the same; the dates 2028 and 3.–4. 10. are not addresses",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vysočina Press, s.r.o.",
            I29,
            None,
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Irena Bártová",
            "bartova@vysocinapress.example",
            "+420567118409",
        ),
        "from": "Irena Bártová <bartova@vysocinapress.example>",
        "subject": "Žádost o přístup k XML – krajské volby 2028",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "letošní sněmovní volby zpracujeme ještě ručně, ale pro krajské volby, které\n"
            "budou pravděpodobně 3.–4. 10. 2028, bychom rádi výsledky stahovali přímo.\n"
            "Žádáme proto již nyní o přístup k serveru s výsledky ve formátu XML pro\n"
            "tyto volby:\n\n"
            "  produkční server: 198.51.100.170\n"
            "  testovací server: 198.51.100.171\n\n"
            "Pokud je na žádost příliš brzy, dejte prosím vědět, kdy ji máme podat znovu.\n\n"
            f"Vysočina Press, s.r.o., IČO {I29}, Masarykovo nám. 5, 586 01 Jihlava\n"
            "Kontakt: Irena Bártová, tel. 567 118 409\n\n"
            "S pozdravem\nIrena Bártová\n"
        ),
    },
    {
        "id": "yc030-irish-broadcaster-declines-filming",
        "description": "Irish broadcaster's English mail: 'we do not need the filming permit'; "
        "an internal ticket number and a Eircode; contact is the sender",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Atlantic Current Media DAC",
            None,
            None,
            ["203.0.113.75", "203.0.113.76"],
            ["203.0.113.79"],
            "Ciarán Ó Briain",
            "ciaran.obriain@atlanticcurrent.example",
            "+353871194023",
        ),
        "from": "Ciarán Ó Briain <ciaran.obriain@atlanticcurrent.example>",
        "subject": "Election results XML feed – access request (ref INC-2025-0912)",
        "headers": OUTLOOK,
        "body": (
            "Dear colleagues,\n\n"
            "Atlantic Current Media DAC (Galway, H91 E2K3) is covering the Czech general\n"
            "election for our European desk and would like access to your XML results feed.\n\n"
            "Production: 203.0.113.75, 203.0.113.76\n"
            "Test: 203.0.113.79\n\n"
            "We do not need the filming permit - our camera team will not be in Prague.\n\n"
            "Kind regards,\n"
            "Ciarán Ó Briain\n"
            "Data Editor, Atlantic Current Media\n"
            "M: +353 87 119 4023\n"
        ),
    },
    {
        "id": "yc031-databox-university-pdf",
        "description": "a university's data message with a short annotation; a PDF table "
        "whose narrow cells wrap the role and the address list; the faculty's letterhead",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Technická univerzita v Mladé Boleslavi",
            I31,
            "u3kd8pq",
            ["192.0.2.241", "192.0.2.242"],
            ["192.0.2.245"],
            "Jakub Řezníček",
            "reznicek@fmk.tumb.example",
            "+420326711509",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – viz příloha",
        "databox": {
            "box": "u3kd8pq",
            "sender": "Technická univerzita v Mladé Boleslavi",
            "address": "Václava Klementa 1459, 293 01 Mladá Boleslav",
        },
        "attachments": [
            (
                "pdf",
                "FMK_zadost_XML.pdf",
                [
                    "Technická univerzita v Mladé Boleslavi\nFakulta mediální komunikace",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Fakulta mediální komunikace pro svůj zpravodajský web Kampus.info "
                    "žádá o přístup k výsledkům voleb. Žadatelem je univerzita "
                    f"(IČO {I31}).",
                    {
                        "rows": [
                            ["Účel serveru", "IP adresy"],
                            [
                                "produkční (hlavní a záložní uzel)",
                                "192.0.2.241, 192.0.2.242",
                            ],
                            ["testovací prostředí", "192.0.2.245"],
                        ],
                        "widths": [90, 80],
                    },
                    "Kontaktní osoba: Ing. Jakub Řezníček, správce webu fakulty, "
                    "tel. 326 711 509, reznicek@fmk.tumb.example",
                    "doc. Ing. Světlana Holubová, Ph.D., děkanka",
                ],
            )
        ],
    },
    {
        "id": "yc032-slovak-contractor-czech-radio",
        "description": "a Slovak IT contractor writes Slovak for a Czech radio: the radio "
        "applies, the contractor is the contact with a Slovak phone",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rádio Beskydy FM s.r.o.",
            I32,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.185"],
            "Marek Hudec",
            "hudec@serverdom.example",
            "+421911640275",
        ),
        "from": "Marek Hudec <hudec@serverdom.example>",
        "subject": "Žiadosť o prístup k XML – Rádio Beskydy FM",
        "headers": K9,
        "body": (
            "Dobrý deň,\n\n"
            "sme externý dodávateľ IT pre Rádio Beskydy FM s.r.o. (IČO "
            f"{I32}), v ich mene\nžiadam o prístup k XML výsledkom volieb.\n\n"
            "Produkčné servery: 198.51.100.180, 198.51.100.181\n"
            "Testovací server: 198.51.100.185\n\n"
            "Kontaktnou osobou som ja, Marek Hudec, +421 911 640 275.\n\n"
            "S pozdravom\nMarek Hudec\nServerdom s.r.o., Žilina\n"
            f"IČO {I32C}\n"
        ),
    },
    {
        "id": "yc033-gmail-correction",
        "description": "Gmail plain and HTML alternative; a production address corrected in "
        "the next paragraph ('oprava: … má být …')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pražský kurýr s.r.o.",
            I33,
            None,
            ["203.0.113.71"],
            ["203.0.113.72"],
            "Veronika Kučerová",
            "kucerova@prazskykuryr.example",
            "+420608115370",
        ),
        "from": "Veronika Kučerová <kucerova@prazskykuryr.example>",
        "subject": "Přístup k XML – Pražský kurýr",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Pražský kurýr s.r.o. (IČO {I33}) žádá o přístup k XML výsledkům.\n"
            "Produkce: 203.0.113.17, test: 203.0.113.72.\n\n"
            "Oprava: produkční adresa má být 203.0.113.71, ne 203.0.113.17 – přehodila "
            "jsem číslice.\n\n"
            "Kontakt: Veronika Kučerová, 608 115 370\n\nDěkuji, V. Kučerová\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><br>'
            f"<div>Pražský kurýr s.r.o. (IČO {I33}) žádá o přístup k XML výsledkům.</div>"
            "<div>Produkce: 203.0.113.17, test: 203.0.113.72.</div><br>"
            "<div><b>Oprava:</b> produkční adresa má být 203.0.113.71, ne 203.0.113.17 – "
            "přehodila jsem číslice.</div><br>"
            "<div>Kontakt: Veronika Kučerová, 608 115 370</div><br>"
            "<div>Děkuji, V. Kučerová</div></div>"
        ),
    },
    {
        "id": "yc034-ipv6-slash127",
        "description": "an IPv6-only newsroom gives a /127 (two production addresses) and an "
        "IPv6 test address; OID-like and version numbers in the signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Datové noviny z.ú.",
            I34,
            None,
            ["2001:db8:77::", "2001:db8:77::1"],
            ["2001:db8:77::a"],
            "Hynek Vondráček",
            "hynek@datovenoviny.example",
            "+420720558013",
        ),
        "from": "Hynek Vondráček <hynek@datovenoviny.example>",
        "subject": "XML výsledky – IPv6 only",
        "headers": TBIRD,
        "body": (
            "Ahoj / dobrý den,\n\n"
            f"za Datové noviny z.ú. (IČO {I34}) žádám o přístup k XML výsledkům voleb.\n"
            "Jsme čistě IPv6: produkce je blok 2001:db8:77::/127 (oba stroje), test\n"
            "2001:db8:77::a.\n\n"
            "Kontakt: Hynek Vondráček, 720 558 013\n\n"
            "Hynek\n-- \nHynek Vondráček, technik\nPGP: 1.3.6.1.4.1.58123 | nginx 1.26.2\n"
        ),
    },
    {
        "id": "yc035-swiss-french-respectivement-html",
        "description": "HTML-only mail from a Swiss French TV: addresses with "
        "'respectivement' and a request to film; Swiss phone",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Léman Info TV SA",
            None,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Nicolas Perrin",
            "n.perrin@lemaninfo.example",
            "+41793214580",
        ),
        "from": "Nicolas Perrin <n.perrin@lemaninfo.example>",
        "subject": "Demande d'accès aux résultats XML et de tournage",
        "headers": OWA,
        "html": (
            '<html><body><div style="font-family:Calibri">'
            "<p>Bonjour,</p>"
            "<p>Léman Info TV SA (Lausanne) souhaite :</p>"
            "<ul><li>accéder à vos résultats électoraux au format XML depuis les adresses "
            "192.0.2.150 et 192.0.2.151, respectivement pour la production et pour les "
            "tests ;</li>"
            "<li>obtenir l'autorisation de filmer dans un centre de collecte à Prague le soir "
            "du scrutin.</li></ul>"
            "<p>Contact : Nicolas Perrin, +41 79 321 45 80</p>"
            "<p>Meilleures salutations,<br>Nicolas Perrin<br>Rédacteur en chef adjoint</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "yc036-finnish-agency",
        "description": "Finnish news agency in Finnish ('tuotanto', 'testi'); Y-tunnus is "
        "not an IČO; the contact is a colleague named after the signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Pohjolan Uutistoimisto Oy",
            None,
            None,
            ["198.51.100.44"],
            ["198.51.100.45"],
            "Aino Heikkinen",
            "aino.heikkinen@puutoimisto.example",
            "+358407718264",
        ),
        "from": "Juha Virtanen <juha.virtanen@puutoimisto.example>",
        "subject": "Hakemus: pääsy vaalitulosten XML-palvelimelle",
        "headers": ROUNDCUBE,
        "body": (
            "Hyvä vastaanottaja,\n\n"
            "Pohjolan Uutistoimisto Oy (Y-tunnus 2918447-3) hakee pääsyä Tšekin vaalien\n"
            "XML-tulospalvelimelle.\n\n"
            "Tuotanto: 198.51.100.44\n"
            "Testi: 198.51.100.45\n\n"
            "Ystävällisin terveisin\n"
            "Juha Virtanen, uutispäällikkö\n\n"
            "Yhteyshenkilö tässä asiassa: Aino Heikkinen, +358 40 771 8264,\n"
            "aino.heikkinen@puutoimisto.example\n"
        ),
    },
    {
        "id": "yc037-production-company-filming-only",
        "description": "documentary production company wants to film only; its office IP "
        "and a camera firmware version appear but no feed is asked for",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Dokument Film Morava s.r.o.",
            I37,
            None,
            [],
            [],
            "Šárka Pelikánová",
            "pelikanova@dfmorava.example",
            "+420776092134",
        ),
        "from": "Šárka Pelikánová <pelikanova@dfmorava.example>",
        "subject": "Žádost o povolení natáčení – dokument o volební noci",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "společnost Dokument Film Morava s.r.o. (IČO "
            f"{I37}) natáčí dokument o tom, jak se\n"
            "v Česku sčítají hlasy. Prosíme o povolení natáčet ve volební noci na sběrném\n"
            "místě ČSÚ ve Zlíně (štáb 3 osoby: kamera, zvuk, produkce).\n\n"
            "O přístup k XML nežádáme. Kdyby Vaše IT potřebovalo pro hostovskou wifi\n"
            "adresu našeho štábního routeru, je to 203.0.113.9; kamera Sony FX6, firmware\n"
            "4.01.0.2.\n\n"
            "Kontakt: Šárka Pelikánová, produkční, 776 092 134\n\n"
            "S pozdravem\nŠárka Pelikánová\n"
        ),
    },
    {
        "id": "yc038-databox-agency-docx-header",
        "description": "a PR and news agency's data message: the annotation says nothing, "
        "the DOCX has the applicant in its header and the office's identifiers in the address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Agentura Nový kanál, s.r.o.",
            I38,
            "h6cq4zt",
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Roman Štěpánek",
            "stepanek@novykanal.example",
            "+420222518704",
        ),
        "subject": "Podání",
        "databox": {
            "box": "h6cq4zt",
            "sender": "Agentura Nový kanál, s.r.o.",
            "address": "Vinohradská 112, 130 00 Praha 3",
        },
        "attachments": [
            (
                "docx",
                "Zadost_NK.docx",
                {
                    "header": f"Agentura Nový kanál, s.r.o. · IČO {I38} · ID DS h6cq4zt",
                    "footer": "Vinohradská 112, 130 00 Praha 3 · novykanal.example",
                    "blocks": [
                        "Český statistický úřad\nIČO 00025593, datová schránka 2gfaasy",
                        "Věc: Žádost o přístup k volebním výsledkům",
                        "Naše zpravodajská agentura žádá o přístup k výsledkům voleb ve formátu "
                        "XML.",
                        {
                            "rows": [
                                ["", "IP"],
                                ["Prod.", "192.0.2.33"],
                                ["Test.", "192.0.2.34"],
                            ]
                        },
                        "Kontakt: Roman Štěpánek, tel. 222 518 704, stepanek@novykanal.example",
                        "Praha 16. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "yc039-city-long-letter-nat-signed",
        "description": "a statutory city's signed long letter: internal hosts behind NAT, a "
        "public NAT range of two, a 'TST' address; the city runs a news portal",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Statutární město Kladenice",
            I39,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.244"],
            "Pavel Zeman",
            "zeman.pavel@kladenice.example",
            "+420312455806",
        ),
        "from": "Pavel Zeman <zeman.pavel@kladenice.example>",
        "subject": "Žádost Statutárního města Kladenice o přístup k výsledkům voleb (XML)",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážené dámy, vážení pánové,\n\n"
            "Statutární město Kladenice vydává zpravodajský portál kladenice-dnes.example a\n"
            "městský měsíčník. Ve volební noc chceme obyvatelům průběžně zobrazovat výsledky\n"
            "za město i za jednotlivé okrsky, a proto žádáme o zřízení přístupu k Vašemu\n"
            "serveru s výsledky ve formátu XML.\n\n"
            "Technické řešení: data bude stahovat aplikační server v naší interní síti\n"
            "(172.16.40.11 a 172.16.40.12). Tyto adresy nejsou z internetu vidět – do\n"
            "internetu vycházíme přes NAT z veřejných adres 203.0.113.240–203.0.113.241,\n"
            "které prosíme povolit jako produkční. Testovací prostředí (TST) má veřejnou\n"
            "adresu 203.0.113.244.\n\n"
            "Identifikační údaje žadatele: IČO "
            f"{I39[:3]} {I39[3:5]} {I39[5:]}, Náměstí Svobody 1, 272 80 Kladenice.\n\n"
            "Kontaktní osobou je vedoucí odboru informatiky Ing. Pavel Zeman,\n"
            "tel. 312 455 806 (přímá linka), ústředna 312 455 111.\n\n"
            "Děkujeme za vyřízení.\n\n"
            "S pozdravem\n\n"
            "Ing. Pavel Zeman\n"
            "vedoucí odboru informatiky\n"
            "Magistrát města Kladenice\n"
        ),
    },
    {
        "id": "yc040-polish-tv-withdraws-feed",
        "description": "Polish TV asks for both in Polish, then withdraws the XML request "
        "('rezygnujemy'): filming only; the withdrawn addresses are not labelled",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telewizja Beskidzka sp. z o.o.",
            None,
            None,
            [],
            [],
            "Tomasz Wójcik",
            "t.wojcik@tvbeskidzka.example",
            "+48604227391",
        ),
        "from": "Tomasz Wójcik <t.wojcik@tvbeskidzka.example>",
        "subject": "Wniosek – nagrywanie w noc wyborczą",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dzień dobry,\n\n"
            "Telewizja Beskidzka sp. z o.o. (Bielsko-Biała) prosi o zgodę na nagrywanie w\n"
            "punkcie zbierania wyników w Ostrawie w noc wyborczą (dwie osoby, kamera).\n\n"
            "Pierwotnie chcieliśmy też prosić o dostęp do danych XML z adresu 198.51.100.200,\n"
            "ale z tego rezygnujemy - wyniki pokażemy z publicznej strony.\n\n"
            "Osoba kontaktowa: Tomasz Wójcik, tel. +48 604 227 391\n\n"
            "Pozdrawiam\nTomasz Wójcik\nwydawca serwisu informacyjnego\n"
        ),
    },
    {
        "id": "yc041-databox-radio-xlsx-zaloha",
        "description": "a radio's data message: the annotation names the request, the XLSX "
        "has a merged 'produkce' cell over a main and a 'záloha' row and a test row",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Radio Podještědí s.r.o.",
            I41,
            "e9rj2wd",
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Michaela Brožová",
            "brozova@radiopodjestedi.example",
            "+420485330941",
        ),
        "subject": "Žádost o přístup k XML s výsledky voleb (adresy v příloze)",
        "databox": {
            "box": "e9rj2wd",
            "sender": "Radio Podještědí s.r.o.",
            "address": "Moskevská 40, 460 01 Liberec",
        },
        "attachments": [
            (
                "xlsx",
                "adresy.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Radio Podještědí s.r.o.", None, None],
                            [f"IČO {I41}", None, None],
                            ["Prostředí", "Role", "IP"],
                            ["produkce", "hlavní", "198.51.100.120"],
                            [None, "záloha", "198.51.100.121"],
                            ["test", "", "198.51.100.125"],
                            [None, None, None],
                            ["Kontakt", "Michaela Brožová", "485 330 941"],
                            ["E-mail", "brozova@radiopodjestedi.example", None],
                        ],
                        "merge": ["A4:A5"],
                    }
                ],
            )
        ],
    },
    {
        "id": "yc042-reply-terse-office-quoted",
        "description": "a terse reply under the office's confirmation: the new text restates the "
        "addresses and adds a second production one; office identifiers only in the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Ostravský týden s.r.o.",
            I42,
            None,
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.179"],
            "Zdeněk Kubala",
            "kubala@ostravskytyden.example",
            "+420596700318",
        ),
        "from": "Zdeněk Kubala <kubala@ostravskytyden.example>",
        "subject": "Re: Potvrzení přijetí žádosti č. j. CSU-04812/2025",
        "headers": SEZNAM,
        "body": (
            "Dobrý den, k naší žádosti (prod. 192.0.2.171, test 192.0.2.179) prosím přidejte\n"
            "ještě druhou produkční 192.0.2.172. Zbytek platí.\n"
            f"Kubala, Ostravský týden s.r.o., IČO {I42}, 596 700 318\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: podatelna@czso.cz\n"
            "Datum: 15. 9. 2025 10:03\n"
            "Předmět: Potvrzení přijetí žádosti č. j. CSU-04812/2025\n\n"
            "Dobrý den,\n"
            "potvrzujeme přijetí Vaší žádosti o přístup k výsledkům voleb ve formátu XML.\n"
            "Přístup zřídíme nejpozději 5 dní před volbami; změny adres nám hlaste\n"
            "odpovědí na tento e-mail.\n\n"
            "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "IČO 00025593, ID DS 2gfaasy, tel. 274 052 733\n"
        ),
    },
]
