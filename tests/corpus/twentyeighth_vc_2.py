"""Twentyeighth held-out part ``vc``, cases vc015–vc028: an Austrian agency's DOCX table with
yes/no columns, a Polish portal's RTF form with bracket boxes, a Slovak university, an English
freelancer, a village's XLSX, a Danish note, a forward from a newsroom's IT, a reply to the
office's request for completion, an agency's PDF letter by data message, a long community-radio
letter, temporary and internal hosts, Swiss French 'respectivement' and an IT contractor writing
English. Written by hand apart from the extraction rules (see make_twentyeighth_vc); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyeighth_vc_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    ico,
)

I17, I19, I21, I22 = ico("3720618"), ico("0063452"), ico("2570184"), ico("0691527")
I23, I25, I26, I28 = ico("6491032"), ico("2265190"), ico("0418639"), ico("2840573")

CASES: list[dict[str, Any]] = [
    {
        "id": "vc015-austrian-agency-docx-ja-nein",
        "description": "Austrian news agency, German mixed with English; DOCX table with "
        "ja/nein for the request types and a role column for the addresses",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Mitteleuropäische Nachrichtenagentur GmbH",
            None,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.168"],
            "Lukas Gruber",
            "lukas.gruber@mena-news.example",
            "+436641807326",
        ),
        "from": "Gruber Lukas <lukas.gruber@mena-news.example>",
        "subject": "Application XML election results / Antrag MENA",
        "headers": OWA,
        "body": (
            "Dear Sir or Madam, sehr geehrte Damen und Herren,\n\n"
            "please find attached our application (Antrag) for access to the XML election "
            "results. All details are in the table in the document.\n\n"
            "Best regards / Beste Grüße\n"
            "Lukas Gruber\n"
            "Head of Data Desk, Mitteleuropäische Nachrichtenagentur GmbH\n"
            "Wien, FN 402117 s\n"
        ),
        "attachments": [
            (
                "docx",
                "MENA_Antrag_CZSO_2025.docx",
                {
                    "header": "Mitteleuropäische Nachrichtenagentur GmbH · Praterstraße 31, "
                    "1020 Wien · UID ATU71234508",
                    "blocks": [
                        "Antrag / Application",
                        {
                            "rows": [
                                ["Leistung / Service", "ja / nein"],
                                ["Zugang XML-Ergebnisse / XML feed access", "ja"],
                                ["Drehgenehmigung / filming permit", "nein"],
                            ]
                        },
                        {
                            "rows": [
                                ["Rolle / Role", "IP"],
                                ["Produktion (primary)", "198.51.100.160"],
                                ["Produktion (secondary)", "198.51.100.161"],
                                ["Test / staging", "198.51.100.168"],
                            ]
                        },
                        "Ansprechpartner / contact: Lukas Gruber, +43 664 180 73 26, "
                        "lukas.gruber@mena-news.example",
                    ],
                    "footer": "MENA GmbH – Handelsgericht Wien – FN 402117 s",
                },
            )
        ],
    },
    {
        "id": "vc016-polish-portal-rtf-form-brackets",
        "description": "Polish portal fills a Czech-language form in RTF with bracket boxes "
        "([X] feed, [ ] filming); a /31 block is two production addresses",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Portal Śląsk24 Sp. z o.o.",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.206"],
            "Marek Kowalczyk",
            "m.kowalczyk@slask24.example",
            "+48602118540",
        ),
        "from": "Marek Kowalczyk <m.kowalczyk@slask24.example>",
        "subject": "Wniosek / žádost – XML wyniki wyborów",
        "headers": K9,
        "body": (
            "Dzień dobry / Dobrý den,\n\n"
            "w załączniku przesyłam wypełniony formularz. Przepraszam za mój czeski.\n\n"
            "Pozdrawiam\nMarek Kowalczyk\nPortal Śląsk24\n"
        ),
        "attachments": [
            (
                "rtf",
                "formular_zadost.rtf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                    "Žadatel: Portal Śląsk24 Sp. z o.o., ul. Mikołowska 7, 40-066 Katowice",
                    "IČO: — (zahraniční subjekt, NIP 634-288-17-05)",
                    "Žádám o:",
                    "[X] přístup k výsledkům ve formátu XML",
                    "[ ] povolení k natáčení na sběrném místě",
                    [
                        ["Druh", "IP adresa"],
                        ["produkční", "203.0.113.200/31"],
                        ["testovací", "203.0.113.206"],
                    ],
                    "Kontaktní osoba: Marek Kowalczyk",
                    "Telefon: +48 602 118 540",
                    "E-mail: m.kowalczyk@slask24.example",
                ],
            )
        ],
    },
    {
        "id": "vc017-slovak-university-named-colleague",
        "description": "Slovak university institute writes in Slovak; the sender names a "
        "colleague as the contact; the institute applies as its university",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Univerzita Považia v Trenčíne",
            I17,
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Martin Hrušovský",
            "martin.hrusovsky@upv.example",
            "+421326512408",
        ),
        "from": '"prof. Ing. Eva Baranová, PhD." <eva.baranova@upv.example>',
        "subject": "Žiadosť o prístup k výsledkom volieb (XML) – Inštitút politológie",
        "headers": TBIRD,
        "body": (
            "Vážení,\n\n"
            "Inštitút politológie Univerzity Považia v Trenčíne (IČO "
            f"{I17}) by rád sledoval výsledky českých parlamentných volieb pre potreby "
            "výskumného projektu APVV-23-0412. Žiadame preto o prístup k XML výstupom.\n\n"
            "Produkčný server: 198.51.100.150\n"
            "Testovací server: 198.51.100.151\n\n"
            "Kontaktnou osobou bude náš správca serverov Ing. Martin Hrušovský, "
            "martin.hrusovsky@upv.example, tel. +421 32 651 2408.\n\n"
            "S pozdravom\n"
            "prof. Ing. Eva Baranová, PhD.\n"
            "riaditeľka inštitútu\n"
            "tel. +421 32 651 2400\n"
        ),
    },
    {
        "id": "vc018-english-freelancer-conditional-film",
        "description": "British freelance photographer, English: filming/photography only, "
        "with a fallback condition (outside the room if inside is not allowed); no feed",
        "style": Style.FREELANCER,
        "labels": L(
            [FILM],
            "Oliver Pemberton",
            None,
            None,
            [],
            [],
            "Oliver Pemberton",
            "oliver@pembertonphoto.example",
            "+447700900418",
        ),
        "from": "Oliver Pemberton <oliver@pembertonphoto.example>",
        "subject": "Request to film / photograph on election night",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "I'm a freelance photographer and videographer based in Prague (working for "
            "several UK outlets, no company of my own). I'd like to ask for permission to "
            "film and take photos at your collection point in Prague on the night of 4 "
            "October. If filming inside the counting room isn't possible, shots from the "
            "corridor or the entrance would be fine too.\n\n"
            "I don't need the XML results feed – I'm not a developer :)\n\n"
            "You can reach me on +44 7700 900418 (UK mobile, works in CZ).\n\n"
            "Many thanks,\nOliver Pemberton\nwww.pembertonphoto.example\n"
        ),
    },
    {
        "id": "vc019-village-xlsx-range-ano-ne",
        "description": "a village sends an XLSX: a request sheet with ano/ne and an address "
        "sheet where production is a written range of four addresses and test is a dash",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Obec Velké Brodce",
            I19,
            None,
            ["192.0.2.30", "192.0.2.31", "192.0.2.32", "192.0.2.33"],
            [],
            "Jaroslav Beneš",
            "starosta@velkebrodce.example",
            "+420724390115",
        ),
        "from": "Obec Velké Brodce <starosta@velkebrodce.example>",
        "subject": "žádost XML volby - obec Velké Brodce",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze zasílám vyplněnou tabulku se žádostí o přístup "
            "k výsledkům voleb pro náš obecní web.\n\n"
            "S pozdravem\nJaroslav Beneš, starosta\nObec Velké Brodce\n"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_volby_VelkeBrodce.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Obec Velké Brodce"],
                            ["IČO", I19],
                            ["Přístup k XML výsledkům", "ano"],
                            ["Natáčení na sběrném místě", "ne"],
                            ["Kontaktní osoba", "Jaroslav Beneš, starosta"],
                            ["Telefon", "724 390 115"],
                            ["E-mail", "starosta@velkebrodce.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "Adresy", "Pozn."],
                            ["Produkce", "192.0.2.30 – 192.0.2.33", "hosting obce"],
                            ["Test", "—", "nemáme"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "vc020-danish-terse-english-ipv6-test",
        "description": "terse Danish/English note from a phone: 'prod' and 'test' abbreviations, "
        "an IPv6 test address, a Danish CVR number that is not an IČO",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Nordjysk Dagblad A/S",
            None,
            None,
            ["203.0.113.77"],
            ["2001:db8:dd::7"],
            "Mads Kjærgaard",
            "mads.k@nordjyskdagblad.example",
            "+4522781904",
        ),
        "from": "Mads Kjærgaard <mads.k@nordjyskdagblad.example>",
        "subject": "XML feed CZ election",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Hej – we'd like the XML results feed for the Czech election.\n"
            "prod 203.0.113.77, test 2001:db8:dd::7\n"
            "Nordjysk Dagblad A/S, CVR 21486370\n"
            "Mvh Mads Kjærgaard, +45 22 78 19 04\n"
        ),
    },
    {
        "id": "vc021-forward-it-mail-rfc822",
        "description": "an editor forwards IT's mail as an attached message: addresses are in "
        "the inner mail, the new text names the IT man as the contact; windows-1250",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jihočeský deník Vltava, s.r.o.",
            I21,
            None,
            ["192.0.2.105", "192.0.2.106"],
            ["192.0.2.110"],
            "Roman Šťastný",
            "stastny@jdvltava.example",
            "+420386411729",
        ),
        "from": "Kateřina Vlková <vlkova@jdvltava.example>",
        "subject": "Fw: IP adresy pro volby",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "za vydavatele Jihočeský deník Vltava, s.r.o., IČO "
            f"{I21}, žádám o přístup k volebním výsledkům v XML. IP adresy najdete "
            "v přeposlané zprávě od našeho IT. Kontaktní osobou je pan Šťastný (také "
            "v přeposlané zprávě), na mě se obracejte jen v redakčních věcech.\n\n"
            "Kateřina Vlková\nšéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro volby.eml",
                {
                    "id": "vc021-inner",
                    "from": "Roman Šťastný <stastny@jdvltava.example>",
                    "to": "vlkova@jdvltava.example",
                    "subject": "IP adresy pro volby",
                    "headers": OUTLOOK,
                    "body": (
                        "Ahoj Kateřino,\n\n"
                        "pro ČSÚ:\n"
                        "ostré servery 192.0.2.105 a 192.0.2.106\n"
                        "testovací 192.0.2.110\n\n"
                        "Kdyby volali, jsem na 386 411 729.\n\n"
                        "Roman Šťastný\nIT, Jihočeský deník Vltava\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "vc022-reply-to-office-completion-request",
        "description": "reply to the office's request to complete the application: the office's "
        "quoted text has its IČO, box and phone; the production address is in the "
        "applicant's quoted original, the IČO and test address in the new text",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Hlasatel Polabí, z. s.",
            I22,
            None,
            ["203.0.113.18"],
            ["203.0.113.19"],
            "Vojtěch Novotný",
            "novotny@hlasatelpolabi.example",
            "+420739205861",
        ),
        "from": "Vojtěch Novotný <novotny@hlasatelpolabi.example>",
        "subject": "Re: Doplnění žádosti o přístup k XML",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"doplňuji: IČO spolku je {I22} a testovací server máme na 203.0.113.19. "
            "Produkční adresa zůstává, jak jsem psal níže.\n\n"
            "Vojtěch Novotný\n\n"
            "On Mon, 2025-09-15 at 09:12 +0200, ČSÚ podatelna wrote:\n"
            "> Dobrý den,\n"
            "> děkujeme za Vaši žádost. Prosíme o doplnění IČO žadatele a sdělení, zda\n"
            "> požadujete i testovací adresu.\n"
            "> Český statistický úřad, IČO 00025593, ID DS 2gfaasy, tel. 274 052 733\n"
            ">\n"
            "> ---------- Původní zpráva ----------\n"
            "> Od: Vojtěch Novotný <novotny@hlasatelpolabi.example>\n"
            ">\n"
            "> Dobrý den, za spolek Hlasatel Polabí, z. s. žádáme o přístup k XML\n"
            "> výsledkům voleb z adresy 203.0.113.18. Kontakt: Vojtěch Novotný,\n"
            "> 739 205 861.\n"
        ),
    },
    {
        "id": "vc023-databox-agency-pdf-range-az",
        "description": "agency's data message with a PDF letter: the office's box and IČO in the "
        "address block, production as 'od … až …' range, feed and filming",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální tisková agentura RTA, a.s.",
            I23,
            "r3tg8ka",
            ["203.0.113.180", "203.0.113.181", "203.0.113.182"],
            ["203.0.113.190"],
            "Barbora Kučerová",
            "kucerova@rta.example",
            "+420585207664",
        ),
        "subject": "Žádost o přístup k XML a povolení natáčení – RTA",
        "databox": {
            "box": "r3tg8ka",
            "sender": "Regionální tisková agentura RTA, a.s.",
            "address": "Palackého 14, 779 00 Olomouc",
        },
        "attachments": [
            (
                "pdf",
                "RTA_zadost_CSU.pdf",
                [
                    f"Regionální tisková agentura RTA, a.s., IČO {I23}, ID DS r3tg8ka",
                    "Český statistický úřad, IČO 00025593, datová schránka 2gfaasy",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k serveru s výsledky voleb ve formátu XML pro adresy "
                    "od 203.0.113.180 až po 203.0.113.182 (produkce) a 203.0.113.190 (test). "
                    "Současně žádáme o povolení natáčení na sběrném místě v Olomouci "
                    "(štáb 2 osoby, 3.–4. 10. 2025).",
                    {
                        "rows": [
                            ["Kontaktní osoba", "Telefon", "E-mail"],
                            ["Barbora Kučerová", "585 207 664", "kucerova@rta.example"],
                        ],
                        "widths": [140, 110, 170],
                    },
                    "Ing. Pavel Dvořák, předseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "vc024-slovak-html-declines-film-ipv6",
        "description": "Slovak HTML-only Gmail mail with a table; an IPv6 and an IPv4 "
        "production address; filming explicitly not requested",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Tatry, spol. s r. o.",
            None,
            None,
            ["2001:db8:31::5", "198.51.100.55"],
            [],
            "Zuzana Lacková",
            "lackova@radiotatry.example",
            "+421918204731",
        ),
        "from": "Zuzana Lacková <lackova@radiotatry.example>",
        "subject": "Prístup k výsledkom volieb XML",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý deň,</div><div><br></div>'
            "<div>Rádio Tatry, spol. s r. o. (Poprad) žiada o prístup k výsledkom volieb vo "
            "formáte XML. O povolenie na natáčanie nežiadame.</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1">'
            "<tr><td><b>Produkčné adresy</b></td><td>2001:db8:31::5<br>198.51.100.55</td></tr>"
            "<tr><td><b>Testovacie adresy</b></td><td>žiadne</td></tr>"
            "</table><div><br></div>"
            "<div>Kontakt: Zuzana Lacková, +421 918 204 731</div><div><br></div>"
            "<div>S pozdravom</div><div>Zuzana Lacková</div><div>technická riaditeľka, "
            "Rádio Tatry</div></div>"
        ),
    },
    {
        "id": "vc025-long-letter-community-radio-flowed",
        "description": "long format=flowed letter from a community radio (a registered "
        "association): history, bank account, postal codes and a port; feed and filming",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Komunitní rádio Brod, z. s.",
            I25,
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Pavel Doležal",
            "dolezal@radiobrod.example",
            "+420569101288",
        ),
        "from": "Pavel Doležal <dolezal@radiobrod.example>",
        "subject": "Žádost komunitního rádia o přístup k výsledkům a o natáčení",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Vážení,\n\n"
            "dovolte mi, abych Vám nejprve stručně představil naše rádio. Komunitní rádio "
            "Brod, z. s., IČO "
            f"{I25}, vysílá od roku 2014 z Havlíčkova Brodu (Dolní 12, 580 01) a je z velké "
            "části tvořeno dobrovolníky. Vysíláme online a od loňska také v DAB+. Při "
            "minulých krajských volbách jsme výsledky přepisovali ručně z webu, což bylo "
            "při nočním vysílání velmi náročné a vedlo to ke zpožděním i chybám.\n\n"
            "Letos bychom proto rádi požádali o přístup k serveru s výsledky ve formátu "
            "XML. Náš server, ze kterého budeme data stahovat, má adresu 192.0.2.160; "
            "zkoušet vše budeme nejprve z druhého stroje na adrese 192.0.2.161. Stahování "
            "poběží protokolem HTTPS (port 443), interval nastavíme podle Vašich pokynů.\n\n"
            "Zároveň bychom rádi požádali o povolení natáčet krátké reportáže na sběrném "
            "místě v Havlíčkově Brodě, a to v pátek 3. 10. odpoledne a v sobotu 4. 10. "
            "mezi 14. a 18. hodinou. Natáčet bude náš redaktor Jiří Málek s mobilní "
            "kamerou, nikoho nebudeme rušit.\n\n"
            "Pro úplnost dodávám, že naše vysílání poslouchá podle posledního průzkumu "
            "(MEDIAN, jaro 2025) zhruba 6 000 posluchačů týdně, převážně v okresech "
            "Havlíčkův Brod a Žďár nad Sázavou. Volební noc chceme pojmout jako společný "
            "program s místními studenty gymnázia, kteří budou výsledky komentovat. "
            "Technicky nám s napojením pomáhá dobrovolník z místní firmy, ale za celou věc "
            "odpovídám já; stahovací skript (verze 0.9.2) máme vyzkoušený na Vašich "
            "zkušebních datech z minulých voleb.\n\n"
            "Pokud by se platilo nějaké správní poplatky, uhradíme je na Váš účet, náš "
            "je 2801447712/2010.\n\n"
            "Kontaktní osobou pro obě žádosti jsem já, tel. 569 101 288, "
            "dolezal@radiobrod.example.\n\n"
            "Předem děkujeme za vstřícnost.\n\n"
            "S úctou\n"
            "Pavel Doležal\n"
            "předseda spolku Komunitní rádio Brod, z. s.\n"
        ),
    },
    {
        "id": "vc026-temporary-test-vm-internal",
        "description": "a temporary test VM counts as the test address; an internal "
        "192.168 address and a netmask of the LAN are not applied for",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Deník Z Hor, s.r.o.",
            I26,
            None,
            ["192.0.2.251"],
            ["192.0.2.250"],
            "Hynek Sýkora",
            "sykora@denikzhor.example",
            "+420725604381",
        ),
        "from": "Hynek Sýkora <sykora@denikzhor.example>",
        "subject": "XML výsledky - žádost (Deník Z Hor)",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "jsem externí správce webu pro Deník Z Hor, s.r.o. (IČO "
            f"{I26}) a podávám za ně žádost o přístup k XML.\n\n"
            "Produkce: 192.0.2.251\n"
            "Test: dočasně VM 192.0.2.250 (poběží jen do konce září, pak ji zrušíme)\n\n"
            "Interně to běží na 192.168.10.4 s maskou 255.255.255.0, ale ven to jde přes "
            "výše uvedené veřejné adresy, takže interní adresu neřešte.\n\n"
            "Kontakt na mě: Hynek Sýkora, 725 604 381\n\n"
            "Díky\nH. Sýkora\n"
        ),
    },
    {
        "id": "vc027-swiss-french-respectivement-both",
        "description": "Swiss radio in French, text and HTML alternative: roles by "
        "'respectivement', filming too",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Léman Sàrl",
            None,
            None,
            ["198.51.100.44"],
            ["198.51.100.45"],
            "Nicolas Favre",
            "n.favre@radioleman.example",
            "+41792038815",
        ),
        "from": "Nicolas Favre <n.favre@radioleman.example>",
        "subject": "Élections tchèques : accès XML et autorisation de tournage",
        "headers": APPLE,
        "body": (
            "Bonjour,\n\n"
            "Radio Léman Sàrl (Lausanne) souhaite couvrir les élections législatives "
            "tchèques. Nous demandons :\n"
            "- l'accès au flux XML des résultats depuis les adresses 198.51.100.44 et "
            "198.51.100.45, respectivement pour la production et pour les tests ;\n"
            "- l'autorisation de filmer au centre de collecte de Prague le 4 octobre.\n\n"
            "Contact : Nicolas Favre, +41 79 203 88 15\n\n"
            "Meilleures salutations\nNicolas Favre\nRadio Léman Sàrl\n"
        ),
        "html": (
            "<html><body><p>Bonjour,</p><p>Radio Léman Sàrl (Lausanne) souhaite couvrir les "
            "élections législatives tchèques. Nous demandons :</p><ul>"
            "<li>l'accès au flux XML des résultats depuis les adresses 198.51.100.44 et "
            "198.51.100.45, respectivement pour la production et pour les tests ;</li>"
            "<li>l'autorisation de filmer au centre de collecte de Prague le 4 octobre.</li>"
            "</ul><p>Contact : Nicolas Favre, +41 79 203 88 15</p>"
            "<p>Meilleures salutations<br>Nicolas Favre<br>Radio Léman Sàrl</p></body></html>"
        ),
    },
    {
        "id": "vc028-contractor-english-cidr-for-czech-medium",
        "description": "a foreign developer of an IT contractor writes English for a Czech "
        "medium: a /30 block in production, no test; the medium applies",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Plzeňský kurýr, a.s.",
            I28,
            None,
            ["203.0.113.124", "203.0.113.125", "203.0.113.126", "203.0.113.127"],
            [],
            "Oleksandr Bondarenko",
            "o.bondarenko@codeyard.example",
            "+380671204598",
        ),
        "from": "Oleksandr Bondarenko <o.bondarenko@codeyard.example>",
        "subject": "XML election feed access for Plzeňský kurýr",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "I'm a backend developer at CodeYard s.r.o., we build and run the website of "
            "Plzeňský kurýr, a.s. (company ID / IČO "
            f"{I28}). On their behalf I'm applying for access to the XML election results.\n\n"
            "Our production egress is the block 203.0.113.124/30. We don't have a separate "
            "test environment for this, so no test IP.\n\n"
            "Please contact me directly for anything technical: +380 67 120 45 98 (I'm in "
            "Lviv, CET+1) or this e-mail.\n\n"
            "Kind regards,\nOleksandr Bondarenko\nCodeYard s.r.o.\n"
        ),
    },
]
