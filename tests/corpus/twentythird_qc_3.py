"""Twenty-third held-out part ``qc``, cases qc029–qc042: an Italian publisher, an IT
contractor's XLSX for a TV channel with merged role cells and a sheet of retired addresses, an
agency's data message with a range in the annotation, a TV that withdraws its feed request in a
P.S., a freelance photographer's two lines, a Slovak university's HTML-only table with an IPv6
test column, a Dutch news site with a text attachment, a reply replacing an internal address
with a public one, a municipal TV's DOCX with header, footer and a nested table, a Canadian
university's IPv6 /127, order words 'první … druhá … třetí', a filmmaker's data message with an
ODT, Slovak PRD/TST abbreviations beside a version and a Croatian broadcaster that only films.
Written by hand apart from the extraction rules (see make_twentythird_qc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentythird_qc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
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

I30, I30B, I32, I34, I36 = (
    ico("2917436"),
    ico("2480177"),
    ico("2733150"),
    ico("3609428"),
    ico("2875012"),
)
I37, I39, I40, I41 = ico("7150396"), ico("2538961"), ico("7623084"), ico("5031467")

CASES: list[dict[str, Any]] = [
    {
        "id": "qc029-italian-publisher",
        "description": "Italian mail of a publisher naming its newspaper; Partita IVA and a "
        "REA number that are not an IČO; 'indirizzo di test'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Edizioni Laguna S.p.A.",
            None,
            None,
            ["192.0.2.220", "192.0.2.221"],
            ["192.0.2.222"],
            "Luca Bernardi",
            "l.bernardi@edizionilaguna.example",
            "+393357104482",
        ),
        "from": "Luca Bernardi <l.bernardi@edizionilaguna.example>",
        "subject": "Richiesta di accesso ai risultati elettorali in formato XML",
        "headers": OUTLOOK,
        "body": (
            "Gentili Signore e Signori,\n\n"
            "Edizioni Laguna S.p.A. (Partita IVA 01248730325, REA TS-128733), editrice del "
            "quotidiano La Voce del Golfo, chiede l'accesso al server dei risultati "
            "elettorali in formato XML per le elezioni parlamentari ceche.\n\n"
            "Indirizzi di produzione: 192.0.2.220 e 192.0.2.221\n"
            "Indirizzo di test: 192.0.2.222\n\n"
            "Referente: Luca Bernardi, redazione web, cell. +39 335 710 4482\n\n"
            "Cordiali saluti,\n"
            "Luca Bernardi\n"
            "Edizioni Laguna S.p.A. – Via del Teatro 5, 34121 Trieste\n"
            "Centralino +39 040 377 1000\n"
        ),
    },
    {
        "id": "qc030-contractor-xlsx-merged-history",
        "description": "a hosting contractor sends a TV channel's XLSX: a merged 'Produkce' "
        "cell spans two rows, a second sheet lists retired addresses; the channel's named "
        "employee is the contact, not the contractor",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Kanál Dvanáct s.r.o.",
            I30,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.139"],
            "Simona Říhová",
            "rihova@kanal12.example",
            "+420604377159",
        ),
        "from": "Michal Pospíšil <pospisil@dcvltava.example>",
        "cc": "Simona Říhová <rihova@kanal12.example>",
        "subject": "Kanál Dvanáct – IP adresy pro výsledky voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posíláme za našeho zákazníka, televizi Kanál Dvanáct s.r.o. "
            f"(IČO {I30}), tabulku s adresami pro přístup k výsledkům voleb ve formátu XML. "
            "Servery provozujeme v našem datacentru.\n\n"
            "Kontaktní osobou za žadatele je paní Simona Říhová (tel. 604 377 159, "
            "rihova@kanal12.example, v kopii). Pro čistě technické dotazy jsem k dispozici "
            "já.\n\n"
            "S pozdravem\n"
            "Michal Pospíšil\n"
            f"Datacentrum Vltava s.r.o., IČO {I30B}\n"
            "NOC: +420 228 880 990\n"
        ),
        "attachments": [
            (
                "xlsx",
                "Kanal12_IP_volby.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP adresa", "Poznámka"],
                            ["Produkce", "203.0.113.130", "primární uzel"],
                            [None, "203.0.113.131", "sekundární uzel"],
                            ["Test", "203.0.113.139", "staging"],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Historie",
                        "rows": [
                            ["Adresa", "Stav"],
                            ["203.0.113.20", "do 6/2024, zrušeno"],
                            ["203.0.113.21", "do 6/2024, zrušeno"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "qc031-agency-databox-range",
        "description": "an agency's data message: a range of four production addresses written "
        "with an en dash in the annotation, 'test. nemáme', a cover note as the only file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Agentura Zprávy Dnes, s.r.o.",
            None,
            "z8dn4ra",
            ["203.0.113.240", "203.0.113.241", "203.0.113.242", "203.0.113.243"],
            [],
            "Radek Šafránek",
            "safranek@zpravydnes.example",
            "+420603418270",
        ),
        "subject": "Žádost o XML výsledky voleb: prod. 203.0.113.240–243 (4 adresy), test. "
        "nemáme. Kontakt Radek Šafránek, tel. 603 418 270, safranek@zpravydnes.example",
        "databox": {
            "box": "z8dn4ra",
            "sender": "Agentura Zprávy Dnes, s.r.o.",
            "address": "Sokolovská 86, 186 00 Praha 8",
        },
        "attachments": [
            (
                "txt",
                "pruvodni_list.txt",
                "Průvodní list\nOdesílatel: Agentura Zprávy Dnes, s.r.o.\n"
                "Obsah podání: viz text (anotace) datové zprávy.\n",
            )
        ],
    },
    {
        "id": "qc032-tv-withdraws-feed-in-ps",
        "description": "a TV asks for the feed and for filming with addresses, then withdraws "
        "the feed in a P.S.: only the filming permit remains and no addresses",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Televize Brdy s.r.o.",
            I32,
            None,
            [],
            [],
            "Karolína Vlčková",
            "vlckova@tvbrdy.example",
            "+420721604583",
        ),
        "from": "Karolína Vlčková <vlckova@tvbrdy.example>",
        "subject": "Volby – XML a natáčení (TV Brdy)",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Televize Brdy s.r.o. (IČO {I32}) by ráda požádala o:\n"
            "– přístup k výsledkům voleb ve formátu XML z adresy 198.51.100.55 (test "
            "198.51.100.56),\n"
            "– povolení natáčet na sběrném místě v Příbrami ve volební noci (2 lidé, "
            "1 kamera).\n\n"
            "Kontakt: Karolína Vlčková, 721 604 583.\n\n"
            "Díky\nKarolína Vlčková\nprodukce TV Brdy\n\n"
            "P.S. Právě jsem se dozvěděla, že výsledky nám letos dodá agentura, takže "
            "o přístup k XML nakonec nežádáme – platí jen žádost o natáčení.\n"
        ),
    },
    {
        "id": "qc033-photographer-two-lines",
        "description": "two lines from a freelance photographer without an IČO, filming only, "
        "phone with dashes",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Šárka Vaňková",
            None,
            None,
            [],
            [],
            "Šárka Vaňková",
            "sarka.vankova.foto@mail.example",
            "+420777432198",
        ),
        "from": "Šárka Vaňková <sarka.vankova.foto@mail.example>",
        "subject": "foto/video na sběrném místě Ostrava",
        "headers": K9,
        "body": (
            "Dobrý den, ráda bych fotila a točila krátká videa na sběrném místě v Ostravě ve "
            "volební noc (fotím externě pro několik redakcí, na volné noze). Jen foto/video, "
            "žádná data nepotřebuji.\n"
            "Šárka Vaňková, +420 777-432-198\n"
        ),
    },
    {
        "id": "qc034-slovak-university-html-ipv6-test",
        "description": "HTML-only Gmail of a Slovak university: roles in the column headers, the "
        "test column holds an IPv6 address and a dash",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Univerzita Horného Hrona v Brezne",
            I34,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["2001:db8:a1::5"],
            "Martin Kováč",
            "kovac@uhh.example",
            "+421486112290",
        ),
        "from": '"Ing. Martin Kováč, PhD." <kovac@uhh.example>',
        "subject": "Žiadosť o prístup – výsledky volieb XML (UHH Brezno)",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý deň,</div><div><br></div>'
            "<div>Katedra žurnalistiky Univerzity Horného Hrona v Brezne pripravuje so "
            "študentmi live blog k českým voľbám. Univerzita Horného Hrona v Brezne, IČO "
            f"{I34}, preto žiada o prístup k výsledkom volieb vo formáte XML z týchto "
            "adries:</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1" cellpadding="3">'
            "<thead><tr><th>Produkčné IP</th><th>Testovacie IP</th></tr></thead>"
            "<tbody><tr><td>198.51.100.90</td><td>2001:db8:a1::5</td></tr>"
            "<tr><td>198.51.100.91</td><td>—</td></tr></tbody></table>"
            "<div><br></div><div>Kontaktná osoba: Ing. Martin Kováč, PhD., "
            "tel. +421 48 611 2290</div><div><br></div>"
            "<div>S pozdravom</div>"
            '<div><span class="gmail_signature">Martin Kováč<br>Katedra žurnalistiky UHH'
            "<br>Partizánska 12, 977 01 Brezno</span></div></div>"
        ),
    },
    {
        "id": "qc035-dutch-news-site-txt",
        "description": "Dutch mail with a plain-text attachment holding the addresses; a KvK "
        "number that is not an IČO; 'test-IP: geen'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nieuwsbureau Oost B.V.",
            None,
            None,
            ["192.0.2.180", "192.0.2.181"],
            [],
            "Sanne de Vries",
            "sanne.devries@nieuwsbureau-oost.example",
            "+31612345078",
        ),
        "from": "Sanne de Vries <sanne.devries@nieuwsbureau-oost.example>",
        "subject": "Aanvraag toegang XML verkiezingsuitslagen",
        "headers": ROUNDCUBE,
        "body": (
            "Geachte heer/mevrouw,\n\n"
            "Namens Nieuwsbureau Oost B.V. (KvK 61834427) vraag ik toegang aan tot de XML "
            "met de Tsjechische verkiezingsuitslagen. De IP-adressen staan in de bijlage.\n\n"
            "Contactpersoon: ikzelf, Sanne de Vries, +31 6 1234 5078.\n\n"
            "Met vriendelijke groet,\n"
            "Sanne de Vries\n"
            "Nieuwsbureau Oost – Enschede\n"
        ),
        "attachments": [
            (
                "txt",
                "ip-adressen.txt",
                "Nieuwsbureau Oost B.V. - IP-adressen\n"
                "productie-IP's: 192.0.2.180, 192.0.2.181\n"
                "test-IP: geen\n",
            )
        ],
    },
    {
        "id": "qc036-reply-internal-replaced-public",
        "description": "reply to the office's objection: the internal address of the quoted "
        "original is replaced by a public one, the test address and phone stay as in the "
        "quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jižní listy s.r.o.",
            I36,
            None,
            ["198.51.100.115"],
            ["198.51.100.116"],
            "Aleš Pokorný",
            "pokorny@jiznilisty.example",
            "+420721330904",
        ),
        "from": "Aleš Pokorný <pokorny@jiznilisty.example>",
        "subject": "Re: Re: Žádost o přístup – Jižní listy",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "máte pravdu, 10.0.8.15 je naše vnitřní adresa, omlouvám se. Místo ní prosím "
            "povolte veřejnou 198.51.100.115. Testovací adresa i kontakt zůstávají, jak jsem "
            "psal původně.\n\n"
            "Pokorný\n\n"
            "Dne 16. 9. 2025 v 8:47 podatelna napsal(a):\n"
            "> Dobrý den,\n"
            "> adresa 10.0.8.15 uvedená jako produkční je neveřejná (privátní) a nelze ji\n"
            "> povolit. Sdělte nám prosím veřejnou adresu.\n"
            "> S pozdravem\n"
            "> podatelna ČSÚ, tel. 274 052 733, datová schránka 2gfaasy\n"
            ">\n"
            "> Dne 15. 9. 2025 Aleš Pokorný napsal(a):\n"
            ">> Dobrý den,\n"
            f">> Jižní listy s.r.o., IČO {I36}, žádá o přístup k výsledkům voleb v XML.\n"
            ">> produkční IP: 10.0.8.15\n"
            ">> testovací IP: 198.51.100.116\n"
            ">> kontakt: Aleš Pokorný, 721 330 904\n"
            ">> Pokorný\n"
        ),
    },
    {
        "id": "qc037-municipal-tv-docx-nested",
        "description": "a municipal TV's DOCX: IČO and box ID in the footer, the office's IČO in "
        "the addressee block, addresses in a table nested in a cell, filming 'nežádáme'",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Televize Hradiště, příspěvková organizace města Hradiště nad Sázavou",
            I37,
            "th4k2mv",
            ["192.0.2.100", "192.0.2.101"],
            ["192.0.2.109"],
            "Věra Tomášková",
            "tomaskova@tvhradiste.example",
            "+420604881372",
        ),
        "from": "Jan Kopecký <reditel@tvhradiste.example>",
        "subject": "žádost TV Hradiště",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nposílám žádost naší televize, v příloze.\n\n"
            "Jan Kopecký\nředitel TV Hradiště\n\nOdesláno z iPadu\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_TVH_2025.docx",
                {
                    "header": "Televize Hradiště, příspěvková organizace města Hradiště "
                    "nad Sázavou",
                    "footer": f"Zámecká 3, 257 61 Hradiště nad Sázavou | IČO: {I37} | "
                    "ID DS: th4k2mv | ústředna 317 520 100",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nIČO 00025593",
                        "Věc: Žádost o přístup k výsledkům voleb",
                        {
                            "rows": [
                                ["Požadavek", "Údaje"],
                                ["Přístup k XML výsledkům voleb", ""],
                                ["Natáčení na sběrném místě", "nežádáme"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "192.0.2.100"],
                                        ["produkční", "192.0.2.101"],
                                        ["testovací", "192.0.2.109"],
                                    ]
                                }
                            },
                        },
                        "Kontaktní osoba: Věra Tomášková, technička vysílání, "
                        "mobil 604 881 372, tomaskova@tvhradiste.example",
                        "Jan Kopecký, ředitel",
                    ],
                },
            )
        ],
    },
    {
        "id": "qc038-canadian-university-ipv6-127",
        "description": "long English letter of a Canadian university's institute: production "
        "as an IPv6 /127 (two addresses), an IPv4 test host, a North American phone",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Lakeshore University",
            None,
            None,
            ["2001:db8:ce::10", "2001:db8:ce::11"],
            ["198.51.100.250"],
            "Daniel Okafor",
            "d.okafor@lakeshore-u.example",
            "+14165550137",
        ),
        "from": '"Prof. Miriam Hollis" <m.hollis@lakeshore-u.example>',
        "subject": "Application for access to live election results (XML) - Lakeshore University",
        "headers": OUTLOOK,
        "body": (
            "Dear Colleagues at the Czech Statistical Office,\n\n"
            "I am writing on behalf of Lakeshore University, Toronto, whose Institute for "
            "Central European Studies I direct. For the past six years our institute has run "
            "an open election-night dashboard on elections in the Visegrád countries, used by "
            "students, diaspora media and several Canadian broadcasters. For the forthcoming "
            "elections to the Chamber of Deputies we would like to take the results directly "
            "from your XML service rather than scraping public pages, which we understand "
            "places an unnecessary load on your servers.\n\n"
            "Our ingest service will run in the university's data centre from the block "
            "2001:db8:ce::10/127. For testing beforehand we will use a single IPv4 host, "
            "198.51.100.250.\n\n"
            "The contact person for this application is our research engineer, Daniel "
            "Okafor (d.okafor@lakeshore-u.example, +1 416 555 0137), who will be on duty "
            "throughout election night (which, given the time difference, is afternoon and "
            "evening for us).\n\n"
            "We are happy to comply with any terms of use and to credit the Office wherever "
            "the data appear. Please let us know if anything further is required.\n\n"
            "Yours sincerely,\n\n"
            "Prof. Miriam Hollis\n"
            "Director, Institute for Central European Studies\n"
            "Lakeshore University\n"
            "100 Queens Quay West, Toronto ON M5J 2N8, Canada\n"
            "Tel. +1 416 555 0100\n"
        ),
    },
    {
        "id": "qc039-order-words-publisher-title",
        "description": "three addresses whose roles are given only by 'první … druhá … "
        "třetí' (production, backup, test); a weekly and its publisher both named",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Posel Krkonoš s.r.o.",
            I39,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.32"],
            "Dana Kubínová",
            "kubinova@krkonossky-posel.example",
            "+420499871203",
        ),
        "from": "Dana Kubínová <kubinova@krkonossky-posel.example>",
        "subject": "Krkonošský posel – žádost o přístup k XML",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "týdeník Krkonošský posel letos poprvé připravuje volební speciál na webu. "
            "Vydavatelem týdeníku je společnost Posel Krkonoš s.r.o., Horská 18, 543 01 "
            f"Vrchlabí, IČO {I39}, která tímto žádá o přístup k výsledkům voleb ve formátu "
            "XML.\n\n"
            "Adresy: 192.0.2.30, 192.0.2.31 a 192.0.2.32 – první je produkční, druhá "
            "záložní a třetí testovací. Testovat bychom chtěli od 1.10.2025.\n\n"
            "Kontaktní osoba: Dana Kubínová, tel. 499 871 203\n\n"
            "S pozdravem\nDana Kubínová\nzástupkyně šéfredaktora\n"
        ),
    },
    {
        "id": "qc040-filmmaker-databox-odt",
        "description": "a self-employed filmmaker's data message (PFO box) with an ODT: filming "
        "only for a documentary, the XML access explicitly not requested",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Filip Jirásek",
            I40,
            "f2dk7ms",
            [],
            [],
            "Filip Jirásek",
            "filip@jirasekfilm.example",
            "+420731209664",
        ),
        "subject": "Žádost o povolení natáčení ve volební noci",
        "databox": {
            "box": "f2dk7ms",
            "sender": "Filip Jirásek",
            "address": "Lidická 40, 602 00 Brno",
            "type": 30,
        },
        "attachments": [
            (
                "odt",
                "zadost_natáčení_Jirasek.odt",
                [
                    f"Filip Jirásek, IČO {I40}, Lidická 40, 602 00 Brno",
                    "Žádost o povolení k natáčení",
                    "Jako nezávislý dokumentarista připravuji pro veřejnoprávní televizi "
                    "dokumentární cyklus Noc, kdy se počítá. Žádám o povolení natáčet na "
                    "sběrném místě ČSÚ v Brně ve volební noci (štáb 3 osoby, bez umělého "
                    "osvětlení).",
                    "O přístup k datovému rozhraní (XML) nežádám.",
                    "Kontakt: Filip Jirásek, tel. 731 209 664, filip@jirasekfilm.example",
                ],
            )
        ],
    },
    {
        "id": "qc041-slovak-agency-prd-tst",
        "description": "Slovak agency writing PRD and TST, a client version and a date near the "
        "addresses, IČO in groups, phone with 00421",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Agentúra Podtatranské správy, s. r. o.",
            I41,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.59"],
            "Zuzana Bieliková",
            "bielikova@podtatranske.example",
            "+421905771320",
        ),
        "from": "Zuzana Bieliková <bielikova@podtatranske.example>",
        "subject": "XML výsledky volieb - žiadosť",
        "headers": IPHONE,
        "body": (
            "Dobrý deň,\n\n"
            "Agentúra Podtatranské správy, s. r. o., IČO "
            f"{I41[:2]} {I41[2:5]} {I41[5:]}, žiada o prístup k výsledkom volieb vo formáte "
            "XML.\n\n"
            "PRD: 203.0.113.50, 203.0.113.51\n"
            "TST: 203.0.113.59\n"
            "(klient XMLfetch v2.0.1.3, sťahovanie každých 30 s, testy od 29.9.2025)\n\n"
            "Kontakt: Zuzana Bieliková, 00421 905 771 320\n\n"
            "Ďakujem\nZ. Bieliková\n\nOdoslané z iPhonu\n"
        ),
    },
    {
        "id": "qc042-croatian-tv-film-only",
        "description": "English letter of a Croatian broadcaster: filming only, the XML feed "
        "explicitly not required; a producer is the contact, the crew listed with phones",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Adriatic Broadcasting Corporation d.o.o.",
            None,
            None,
            [],
            [],
            "Ivana Perić",
            "ivana.peric@abc-tv.example",
            "+385914427718",
        ),
        "from": "Ivana Perić <ivana.peric@abc-tv.example>",
        "subject": "Filming request - election night, Brno collection point",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": (
            "Dear Sir or Madam,\n\n"
            "Adriatic Broadcasting Corporation d.o.o. (OIB 48213675902), Zagreb, is "
            "preparing a report on the Czech parliamentary election for our evening news. We "
            "kindly ask for permission to film at the Czech Statistical Office's collection "
            "point in Brno on election night, between 20:00 and 23:00.\n\n"
            "Crew: reporter Tomislav Babić (+385 98 201 334) and camera operator Luka "
            "Horvat (+385 99 715 2206).\n\n"
            "We do not require access to the XML results feed.\n\n"
            "Contact person for this request: Ivana Perić, producer, +385 91 442 7718.\n\n"
            "Srdačan pozdrav / Kind regards,\n"
            "Ivana Perić\n"
            "Producer, Foreign Desk\n"
            "Adriatic Broadcasting Corporation d.o.o.\n"
            "Savska cesta 41, 10000 Zagreb\n"
        ),
    },
]
