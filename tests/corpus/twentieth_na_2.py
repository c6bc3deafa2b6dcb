"""Twentieth held-out part ``na``, cases na015–na028: roles by "resp." in an HTML-only webmail
and by "respectively" from an Italian agency, a film-only request with the feed declined and a
producer as contact, a PDF with wrapped table cells, a DOCX with a merged role cell and the box ID
in its footer, an IT contractor's mail full of versions and ports, a university's data message,
a Polish crew in iso-8859-2, a reply that completes the writer's quoted original, a Slovak ODT,
a Seznam table with row headers, an Apple Mail delsp=yes mail, an S/MIME-signed formal letter
and a data message with yes/no columns. Written by hand apart from the extraction rules (see
make_twentieth_na); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentieth_na_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
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

I15, I17, I18, I19 = ico("2608147"), ico("2855309"), ico("2207436"), ico("2813972")
I20, I21, I23, I24 = ico("4629581"), ico("7103264"), ico("2557190"), ico("3612847")
I25, I26, I27, I28 = ico("2934405"), ico("0816723"), ico("2531869"), ico("2608470")

CASES: list[dict[str, Any]] = [
    {
        "id": "na015-owa-html-resp",
        "description": "HTML-only Outlook on the web mail; two addresses whose roles are given "
        "only by 'pro produkci, resp. testování'",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rozhlasová síť Morava, a.s.",
            I15,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Radim Hájek",
            "hajek@rsmorava.example",
            "+420548221093",
        ),
        "from": "Hájek Radim <hajek@rsmorava.example>",
        "subject": "Žádost o přístup - výsledky voleb XML",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none">P {margin-top:0;margin-bottom:0;}'
            '</style></head><body dir="ltr">'
            '<div class="elementToProof" style="font-family:Aptos,Calibri,Helvetica,sans-serif;'
            'font-size:12pt;color:rgb(0,0,0)">Dobrý den,</div>'
            '<div class="elementToProof"><br></div>'
            '<div class="elementToProof">společnost Rozhlasová síť Morava, a.s., IČO '
            f"{I15}, žádá o přístup k výsledkům voleb ve formátu XML. Adresy 198.51.100.90 a "
            "198.51.100.91 budou sloužit pro produkci, resp. testování.</div>"
            '<div class="elementToProof"><br></div>'
            '<div class="elementToProof">Kontaktní osobou jsem já.</div>'
            '<div class="elementToProof"><br></div>'
            '<div class="elementToProof">S pozdravem</div>'
            '<div id="Signature"><p><b>Ing. Radim Hájek</b><br>technický ředitel<br>'
            "Rozhlasová síť Morava, a.s.<br>Hybešova 18, 602 00 Brno<br>"
            "tel.: +420 548 221 093<br>web: rsmorava.example</p></div>"
            "</body></html>"
        ),
    },
    {
        "id": "na016-italian-agency-respectively",
        "description": "Italian agency writing English: production and test given by "
        "'respectively', a VAT number that is not an IČO, no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agenzia Notizie Adriatiche S.r.l.",
            None,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Giulia Ferraro",
            "g.ferraro@ana-notizie.example",
            "+390648217730",
        ),
        "from": "Giulia Ferraro <g.ferraro@ana-notizie.example>",
        "subject": "Access to Czech election results feed - ANA",
        "headers": TBIRD,
        "cte": "7bit",
        "body": (
            "Good morning,\n\n"
            "I am writing on behalf of Agenzia Notizie Adriatiche S.r.l., an Italian news "
            "agency (P.IVA 08412750581). We would like to receive the live results of the "
            "Czech elections in XML for our wire service.\n\n"
            "Our production and test servers are 203.0.113.5 and 203.0.113.6 respectively.\n\n"
            "I will be the contact person for this request: g.ferraro@ana-notizie.example, "
            "tel. +39 06 4821 7730 (office hours 9-18 CET).\n\n"
            "Thank you in advance and best regards,\n"
            "Giulia Ferraro\nData desk\nAgenzia Notizie Adriatiche S.r.l.\n"
            "Via del Tritone 132, 00187 Roma\n"
        ),
    },
    {
        "id": "na017-tv-film-only-feed-declined",
        "description": "regional TV reporter asks only to film, says the XML is not needed; "
        "the producer is named as the contact, a cameraman with his number",
        "style": Style.FORMAL,
        "labels": L(
            [FILM],
            "Televize Jihlava Plus s.r.o.",
            I17,
            None,
            [],
            [],
            "Eva Šťastná",
            "stastna@tvjihlava.example",
            "+420731904226",
        ),
        "from": "Filip Doležal <dolezal@tvjihlava.example>",
        "subject": "Natáčení na sběrném místě Jihlava – volby 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Televize Jihlava Plus s.r.o. (IČO {I17}) by ráda natáčela reportáž o zpracování "
            "výsledků na Vašem sběrném místě v Jihlavě, a to v sobotu 4. 10. 2025 mezi "
            "14:00 a 17:00. Štáb: redaktor Filip Doležal a kameraman Jaroslav Bém "
            "(tel. 722 310 845).\n\n"
            "O přístup k výsledkům ve formátu XML nežádáme, výsledky přebíráme od ČTK.\n\n"
            "Kontaktní osobou pro natáčení je naše produkční Eva Šťastná, tel. 731 904 226, "
            "e-mail stastna@tvjihlava.example.\n\n"
            "Děkuji za vyřízení\n\nFilip Doležal\nredaktor zpravodajství\n"
            "Televize Jihlava Plus s.r.o. | Masarykovo nám. 5, 586 01 Jihlava\n"
        ),
    },
    {
        "id": "na018-pdf-wrapped-table",
        "description": "short mail with a PDF form whose narrow table wraps long labels and "
        "the two production addresses onto several lines",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Kladenský zpravodaj, o.p.s.",
            I18,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.20"],
            "Michaela Kubátová",
            "kubatova@kladenskyzpravodaj.example",
            "+420312245076",
        ),
        "from": "Michaela Kubátová <kubatova@kladenskyzpravodaj.example>",
        "subject": "žádost XML volby – Kladenský zpravodaj",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněnou žádost o přístup k výsledkům voleb.\n\n"
            "S pozdravem\nMichaela Kubátová\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_kladensky_zpravodaj.pdf",
                [
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Žadatel (název a právní forma)", "Kladenský zpravodaj, o.p.s."],
                            ["IČO", I18],
                            [
                                "Produkční IP adresy (primární a záložní datacentrum)",
                                "192.0.2.10, 192.0.2.11",
                            ],
                            ["Testovací IP adresa (staging)", "192.0.2.20"],
                            ["Kontaktní osoba", "Michaela Kubátová, vedoucí online redakce"],
                            [
                                "Telefon / e-mail",
                                "+420 312 245 076 / kubatova@kladenskyzpravodaj.example",
                            ],
                        ],
                        "widths": [110, 120],
                    },
                    "V Kladně dne 15. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "na019-docx-merged-role-footer-box",
        "description": "assistant sends a DOCX letter: IČO in the page header, the box ID in the "
        "footer, a merged 'Produkce' cell spanning two rows; the contact named in the letter",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Vltavská mediální s.r.o.",
            I19,
            "y6fp2cs",
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Daniel Sedláček",
            "sedlacek@vltavska.example",
            "+420602441875",
        ),
        "from": "Irena Pospíšilová <pospisilova@vltavska.example>",
        "subject": "Žádost o přístup k XML – Vltavská mediální",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nza pana Sedláčka posílám v příloze žádost o přístup k výsledkům "
            "voleb. Dotazy prosím přímo na něj.\n\nHezký den\nIrena Pospíšilová\nasistentka\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_XML_Vltavska.docx",
                {
                    "header": f"Vltavská mediální s.r.o. · Rašínovo nábřeží 30, 128 00 Praha 2"
                    f" · IČO {I19}",
                    "footer": "ID datové schránky: y6fp2cs · www.vltavska.example",
                    "blocks": [
                        "Český statistický úřad",
                        "Na padesátém 81, 100 82 Praha 10",
                        "V Praze 12. září 2025",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Vltavská mediální s.r.o. žádá o zřízení přístupu pro tyto adresy:",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa", "Poznámka"],
                                ["Produkce", "203.0.113.130", "hlavní"],
                                ["", "203.0.113.131", "záložní"],
                                ["Test", "203.0.113.140", ""],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Mgr. Daniel Sedláček, vedoucí digitálu, "
                        "tel. 602 441 875, sedlacek@vltavska.example",
                        "S pozdravem\nMgr. Daniel Sedláček",
                    ],
                },
            )
        ],
    },
    {
        "id": "na020-contractor-versions-ports",
        "description": "IT contractor writes for his client with version numbers, a port, TLS "
        "1.3 and dates near the addresses; he is the named contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Zpravodajství Morava a.s.",
            I20,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.145"],
            "Tomáš Vrba",
            "vrba@datahaus.example",
            "+420775330912",
        ),
        "from": "Tomáš Vrba <vrba@datahaus.example>",
        "subject": "XML feed pro volby – klient Zpravodajství Morava",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel (DataHaus s.r.o.) volebního webu pro našeho klienta "
            f"Zpravodajství Morava a.s., IČO {I20}, a jeho jménem žádám o přístup "
            "k výsledkům voleb v XML.\n\n"
            "Stahovat bude náš parser verze 3.2.1.7 (přes HTTPS, TLS 1.3, odchozí port 8443 "
            "u nás na firewallu povolen). Adresy:\n"
            "  produkční: 198.51.100.140, 198.51.100.141\n"
            "  testovací: 198.51.100.145\n"
            "Testovat bychom chtěli od 29.9.2025, ostrý provoz 3.10.2025 od 14:00.\n\n"
            "Technickým kontaktem budu já, mobil 775 330 912.\n\n"
            "Tomáš Vrba\nDataHaus s.r.o. – vývoj a provoz\nGitLab: git.datahaus.example/volby\n"
        ),
    },
    {
        "id": "na021-databox-university-docx-both",
        "description": "university's data message with a DOCX letter that prints the office's IČO "
        "and box in its address block; numbered requests for the feed and filming",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vysoká škola mediálních studií, z. ú.",
            I21,
            "u5zr7ta",
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Karel Jireš",
            "jires@vsms.example",
            "+420549123870",
        ),
        "subject": "Žádost – přístup k výsledkům voleb a natáčení (ateliér zpravodajství)",
        "databox": {
            "box": "u5zr7ta",
            "sender": "Vysoká škola mediálních studií, z. ú.",
            "address": "Kounicova 44, 602 00 Brno",
        },
        "attachments": [
            (
                "docx",
                "zadost_VSMS_volby.docx",
                {
                    "header": "Vysoká škola mediálních studií, z. ú. – ateliér zpravodajství",
                    "blocks": [
                        "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "IČO: 00025593, datová schránka: 2gfaasy",
                        "Brno 17. 9. 2025",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        f"Vysoká škola mediálních studií, z. ú., IČO {I21}, žádá:",
                        "1. o přístup k výsledkům voleb ve formátu XML pro studentský "
                        "zpravodajský web; produkční IP adresa 192.0.2.220, testovací IP "
                        "adresa 192.0.2.221;",
                        "2. o povolení pro studentský štáb (4 osoby) natáčet na sběrném místě "
                        "v Brně v noci z 3. na 4. 10. 2025.",
                        "Kontaktní osoba: doc. PhDr. Karel Jireš, Ph.D., vedoucí ateliéru, "
                        "tel. 549 123 870, jires@vsms.example",
                        "prof. Ing. Hana Vacková, CSc., rektorka",
                    ],
                },
            )
        ],
    },
    {
        "id": "na022-polish-crew-iso-8859-2",
        "description": "Polish TV producer writing English in iso-8859-2; filming only, the feed "
        "explicitly not needed, no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telewizja Śląska Sp. z o.o.",
            None,
            None,
            [],
            [],
            "Małgorzata Wiśniewska",
            "m.wisniewska@tvslaska.example",
            "+48325550184",
        ),
        "from": "Małgorzata Wiśniewska <m.wisniewska@tvslaska.example>",
        "subject": "Filming permission - election night, Ostrava",
        "headers": APPLE,
        "charset": "iso-8859-2",
        "body": (
            "Dear colleagues,\n\n"
            "my name is Małgorzata Wiśniewska and I am a producer at Telewizja Śląska Sp. "
            "z o.o. (Katowice, Poland). For our cross-border magazine we would like to film "
            "a short piece at your collection point in Ostrava during the counting on "
            "4 October (crew of three: reporter Paweł Zieliński, camera, sound).\n\n"
            "We do not need the XML results feed, only the permission to film.\n\n"
            "Please contact me at m.wisniewska@tvslaska.example or +48 32 555 01 84.\n\n"
            "Best regards / Z poważaniem\nMałgorzata Wiśniewska\nTelewizja Śląska\n"
            "ul. Mikołowska 8, 40-066 Katowice\n"
        ),
    },
    {
        "id": "na023-reply-completes-quoted-original",
        "description": "reply adding the test address the office asked for; production, the "
        "organisation and the contact only in the writer's own original quoted twice deep "
        "under the office's quoted request",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jizerské rádio s.r.o.",
            I23,
            None,
            ["203.0.113.98"],
            ["203.0.113.99"],
            "Petr Šindelář",
            "sindelar@jizerskeradio.example",
            "+420604882310",
        ),
        "from": "Petr Šindelář <sindelar@jizerskeradio.example>",
        "subject": "Re: Re: Žádost o přístup k XML – Jizerské rádio",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji testovací adresu, jak jste žádali: 203.0.113.99\n"
            "Ostatní údaje viz moje původní žádost níže.\n\n"
            "Petr Šindelář\n\n"
            "Dne 12.09.2025 10:41, podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            ">\n"
            "> ve Vaší žádosti chybí testovací IP adresa. Pokud testovací prostředí\n"
            "> nemáte, napište to prosím výslovně.\n"
            ">\n"
            "> S pozdravem\n"
            "> podatelna ČSÚ\n"
            "> Český statistický úřad | podatelna@czso.cz | tel. 274 052 733\n"
            ">\n"
            "> Dne 10.09.2025 16:20, Petr Šindelář napsal(a):\n"
            ">> Dobrý den,\n"
            ">>\n"
            f">> Jizerské rádio s.r.o., IČO {I23}, žádá o přístup k výsledkům voleb\n"
            ">> ve formátu XML. Produkční IP: 203.0.113.98\n"
            ">> Kontakt: Petr Šindelář, 604 882 310, sindelar@jizerskeradio.example\n"
            ">>\n"
            ">> Petr Šindelář, technik\n"
        ),
    },
    {
        "id": "na024-slovak-odt-secretary",
        "description": "a Slovak secretary sends an ODT application; the technical head in the "
        "table is the contact, Bratislava landline",
        "style": Style.SLOVAK,
        "labels": L(
            [FEED],
            "Rádio Tatry Plus, s. r. o.",
            I24,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.165"],
            "Juraj Hudec",
            "hudec@radiotatry.example",
            "+421248203315",
        ),
        "from": "Mária Baláková <balakova@radiotatry.example>",
        "subject": "Žiadosť o prístup – XML výsledky volieb",
        "headers": ZIMBRA,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam žiadosť našej spoločnosti o prístup "
            "k výsledkom volieb. V prípade otázok kontaktujte prosím priamo Ing. Hudca.\n\n"
            "S pozdravom\nMária Baláková\nasistentka riaditeľa\nRádio Tatry Plus\n"
        ),
        "attachments": [
            (
                "odt",
                "ziadost_radio_tatry.odt",
                [
                    "Žiadosť o prístup k výsledkom volieb vo formáte XML",
                    [
                        ["Žiadateľ", "Rádio Tatry Plus, s. r. o."],
                        ["IČO", f"{I24[:2]} {I24[2:5]} {I24[5:]}"],
                        ["Produkčné IP adresy", "198.51.100.160, 198.51.100.161"],
                        ["Testovacia IP adresa", "198.51.100.165"],
                        ["Kontaktná osoba", "Ing. Juraj Hudec, vedúci techniky"],
                        ["Telefón", "+421 2 4820 3315"],
                        ["E-mail", "hudec@radiotatry.example"],
                    ],
                    "V Bratislave 15. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "na025-seznam-html-row-headers-base64",
        "description": "Seznam webmail HTML and text, base64-encoded; a table with the role in "
        "each row's first cell and two production addresses in one row",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Večerník Brno s.r.o.",
            I25,
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.45"],
            "Lubomír Krejčí",
            "krejci@vecernikbrno.example",
            "+420734900561",
        ),
        "from": "Lubomír Krejčí <krejci@vecernikbrno.example>",
        "subject": "přístup k volebním výsledkům",
        "headers": SEZNAM,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            f"Večerník Brno s.r.o. (IČO {I25}) žádá o přístup k výsledkům voleb v XML.\n\n"
            "Produkční IP | 192.0.2.40 | 192.0.2.41\n"
            "Testovací IP | 192.0.2.45 |\n"
            "Kontakt | Lubomír Krejčí | 734 900 561\n\n"
            "Děkuji, Krejčí\n"
        ),
        "html": (
            "<div>Dobrý den,</div><div><br></div>"
            f"<div>Večerník Brno s.r.o. (IČO {I25}) žádá o přístup k výsledkům voleb v XML."
            "</div><div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Produkční IP</th><td>192.0.2.40</td><td>192.0.2.41</td></tr>"
            "<tr><th>Testovací IP</th><td>192.0.2.45</td><td></td></tr>"
            "<tr><th>Kontakt</th><td>Lubomír Krejčí</td><td>734 900 561</td></tr>"
            "</table><div><br></div><div>Děkuji, Krejčí</div>"
        ),
    },
    {
        "id": "na026-apple-delsp-long-sentence",
        "description": "Apple Mail format=flowed delsp=yes; one long sentence gives the roles "
        "wrapped between the role words and the addresses",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Nové Budějovické listy, s.r.o.",
            I26,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.32"],
            "Šárka Marešová",
            "maresova@nbl.example",
            "+420606558013",
        ),
        "from": "Šárka Marešová <maresova@nbl.example>",
        "subject": "Volby – žádost o XML",
        "headers": APPLE,
        "flowed": True,
        "delsp": True,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "letos poprvé chceme mít na webu vlastní volební mapu, a tak bych za Nové  \n"
            f"Budějovické listy, s.r.o. (IČO {I26}) ráda požádala o přístup k XML s  \n"
            "výsledky; adresy pro ostrý provoz jsou  \n"
            "192.0.2.30 a 192.0.2.31, pro testovací provoz pak  \n"
            "192.0.2.32, a kdyby bylo něco potřeba, jsem na čísle 606 558 013.\n\n"
            "Díky moc!\nŠárka Marešová\nvedoucí online, Nové Budějovické listy\n"
        ),
    },
    {
        "id": "na027-smime-formal-both-switchboard",
        "description": "S/MIME-signed formal Outlook letter asking for the feed and filming; "
        "DIČ with CZ next to the IČO, the contact's mobile after a switchboard",
        "style": Style.FORMAL,
        "labels": L(
            [FEED, FILM],
            "Zpravodajská agentura Merkur a.s.",
            I27,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.185"],
            "Alžběta Procházková",
            "prochazkova@merkur-agentura.example",
            "+420777091312",
        ),
        "from": "Alžběta Procházková <prochazkova@merkur-agentura.example>",
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážené dámy, vážení pánové,\n\n"
            "Zpravodajská agentura Merkur a.s., se sídlem Vinohradská 1511/230, 100 00 Praha 10,"
            f" IČO: {I27}, DIČ: CZ{I27}, zapsaná v obchodním rejstříku vedeném Městským "
            "soudem v Praze, oddíl B, vložka 21877, tímto žádá:\n\n"
            "a) o zřízení přístupu k průběžným výsledkům voleb ve formátu XML z těchto adres:\n"
            "   produkční: 198.51.100.180, 198.51.100.181\n"
            "   testovací: 198.51.100.185\n"
            "b) o povolení pořizovat obrazový a zvukový záznam na sběrných místech ČSÚ "
            "v Praze a v Ostravě.\n\n"
            "Kontaktní osobou je Mgr. Alžběta Procházková, vedoucí zpravodajství, "
            "tel. ústředna +420 221 509 400, mobil 777 091 312, "
            "prochazkova@merkur-agentura.example.\n\n"
            "S úctou\n\nMgr. Alžběta Procházková\nvedoucí zpravodajství\n"
            "Zpravodajská agentura Merkur a.s.\n\n"
            "Tato zpráva je elektronicky podepsána.\n"
        ),
    },
    {
        "id": "na028-databox-pdf-ano-ne",
        "description": "data message with a PDF form: ANO/NE columns tick the feed and decline "
        "filming; addresses and contact in a second table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeská mediální, s.r.o.",
            I28,
            "k3px9wd",
            ["203.0.113.200"],
            ["203.0.113.201"],
            "Stanislav Kolář",
            "kolar@jcmedialni.example",
            "+420387440219",
        ),
        "subject": "Formulář – žádost média (volby 2025)",
        "databox": {
            "box": "k3px9wd",
            "sender": "Jihočeská mediální, s.r.o.",
            "address": "Lannova tř. 63/41, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "pdf",
                "formular_media_volby.pdf",
                [
                    "FORMULÁŘ – ŽÁDOST MÉDIA",
                    f"Žadatel: Jihočeská mediální, s.r.o.    IČO: {I28}",
                    {
                        "rows": [
                            ["Požadavek", "ANO", "NE"],
                            ["Přístup k výsledkům voleb ve formátu XML", "X", ""],
                            ["Povolení k pořizování záznamu na sběrném místě", "", "X"],
                        ],
                        "widths": [260, 50, 50],
                    },
                    {
                        "rows": [
                            ["Produkční IP", "203.0.113.200"],
                            ["Testovací IP", "203.0.113.201"],
                            ["Kontaktní osoba", "Stanislav Kolář"],
                            ["Telefon", "387 440 219"],
                            ["E-mail", "kolar@jcmedialni.example"],
                        ],
                        "widths": [140, 220],
                    },
                    "Datum: 18. 9. 2025          Podpis: S. Kolář",
                ],
            )
        ],
    },
]
