"""Twentyfirst held-out part ``oa``, cases oa001–oa014: an iPhone note, an HTML-only Outlook on
the web table, a reply under the office's quoted press release, a chatty film crew, a forwarded
.eml from IT, an English freelancer with IPv6, a windows-1250 Seznam letter, a data message with
the application in its annotation, a DOCX form with ticked boxes, a Slovak station asking for
both, a contractor with a netmask and version numbers, a Gmail note retiring an old address, a
signature of three people and a German broadcaster's "respectively". Written by hand apart from
the extraction rules (see make_twentyfirst_oa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfirst_oa_common import (
    APPLE,
    BOTH,
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
    TBIRD_LINUX,
    L,
    Style,
    ico,
)

O1, O2, O3, O4 = ico("2651844"), ico("2874316"), ico("0682519"), ico("0421937")
O5, O7, O8, O9 = ico("2719053"), ico("0451390"), ico("2638471"), ico("0573168")
O10, O11, O12, O13 = ico("3581207"), ico("2490615"), ico("0917342"), ico("2946018")

CASES: list[dict[str, Any]] = [
    {
        "id": "oa001-iphone-note-no-diacritics",
        "description": "three lines typed on an iPhone without diacritics, 'ostra'/'testovaci', "
        "IČ written in groups, phone with dashes",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Zpravodaj Polabi z.s.",
            O1,
            None,
            ["203.0.113.15"],
            ["203.0.113.16"],
            "Tomas Kucera",
            "kucera@zpravodajpolabi.example",
            "+420731442908",
        ),
        "from": "Tomas Kucera <kucera@zpravodajpolabi.example>",
        "subject": "pristup volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, posilam ip pro ty volebni vysledky: 203.0.113.15 ostra a 203.0.113.16 "
            "testovaci.\n"
            f"Jsme Zpravodaj Polabi z.s., IC {O1[:3]} {O1[3:5]} {O1[5:]}\n"
            "kdyby neco tak volejte 731-442-908\n"
            "Kucera\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "oa002-owa-html-columns-colleague",
        "description": "HTML-only Outlook on the web mail, production and test as table columns "
        "with an empty cell; the contact is an IT colleague named in the text, the sender "
        "signs as editor",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Vydavatelství Ostravica a.s.",
            O2,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.30"],
            "Radim Szturc",
            "radim.szturc@ostravica.example",
            "+420596112480",
        ),
        "from": "Bednářová Lenka <lenka.bednarova@ostravica.example>",
        "subject": "Ostravský kurýr – přístup k XML výsledkům voleb",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css">P {margin-top:0;margin-bottom:0;}</style></head>'
            '<body dir="ltr"><div style="font-family: Aptos, Arial, sans-serif; '
            'font-size: 12pt;">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>za deník Ostravský kurýr, který vydává Vydavatelství Ostravica a.s. "
            f"(IČO {O2}), bychom chtěli požádat o přístup na server s průběžnými výsledky "
            "voleb v XML. Adresy, ze kterých budeme stahovat:</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1" cellpadding="4">'
            "<thead><tr><th>Produkční prostředí</th><th>Testovací prostředí</th></tr></thead>"
            "<tbody><tr><td>198.51.100.21</td><td>198.51.100.30</td></tr>"
            "<tr><td>198.51.100.22</td><td>&nbsp;</td></tr></tbody></table>"
            "<div><br></div>"
            "<div>Technické věci za nás bude řešit kolega z IT, Bc. Radim Szturc "
            '(<a href="mailto:radim.szturc@ostravica.example">radim.szturc@ostravica.example'
            "</a>, tel. +420 596 112 480), prosím případné dotazy směřujte na něj.</div>"
            "<div><br></div><div>Děkuji a zdravím</div><div><br></div>"
            "<div><b>Lenka Bednářová</b></div><div>zástupkyně šéfredaktora | Ostravský kurýr"
            "</div><div>Vydavatelství Ostravica a.s. | 28. října 3120/44, 702 00 Ostrava</div>"
            "<div>M: +420 736 990 114</div></div></body></html>"
        ),
    },
    {
        "id": "oa003-reply-under-press-release",
        "description": "short reply on top of the office's quoted press release, which carries "
        "the office's IČO, data box, phone, port and deadline dates",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Podlesí, s.r.o.",
            O3,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Marek Jirouš",
            "jirous@radiopodlesi.example",
            "+420776205318",
        ),
        "from": "Marek Jirouš <jirous@radiopodlesi.example>",
        "subject": "Re: TZ: Přístup médií k průběžným výsledkům voleb",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na Vaši tiskovou zprávu. Rádio Podlesí, s.r.o. (IČO "
            f"{O3}) žádá o přístup k XML s výsledky.\n\n"
            "- produkce: 192.0.2.140\n"
            "- test: 192.0.2.141\n\n"
            "Kontaktní osoba: Marek Jirouš, mobil 776 205 318, jirous@radiopodlesi.example\n\n"
            "S pozdravem\n"
            "Marek Jirouš\n"
            "technik, Rádio Podlesí\n\n"
            "Dne 2. 9. 2025 v 9:40 Český statistický úřad napsal(a):\n"
            "> Praha 2. září 2025\n"
            ">\n"
            "> Český statistický úřad zajistí pro sdělovací prostředky přenos\n"
            "> průběžných výsledků voleb ve formátu XML z vyhrazeného serveru. Spojení je\n"
            "> šifrované (HTTPS, port 443), přístup povolíme jen z ohlášených IP adres.\n"
            ">\n"
            "> Žádosti přijímáme do 22. 9. 2025 e-mailem na podatelna@czso.cz nebo datovou\n"
            "> schránkou 2gfaasy (ČSÚ, IČO 00025593). Informace podá tiskové oddělení,\n"
            "> tel. 274 052 733.\n"
            ">\n"
            "> Oddělení komunikace ČSÚ\n"
        ),
    },
    {
        "id": "oa004-chatty-film-crew-declines-xml",
        "description": "chatty Gmail from a production company: filming at a collection point "
        "only, the XML feed explicitly not needed; dates, times, a postal code",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Filmová produkce Lávka s.r.o.",
            O4,
            None,
            [],
            [],
            "Ondřej Vokáč",
            "ondra@lavkafilm.example",
            "+420608331790",
        ),
        "from": "Ondřej Vokáč <ondra@lavkafilm.example>",
        "subject": "natáčení o volební noci",
        "headers": GMAIL,
        "body": (
            "Ahoj / dobrý den,\n\n"
            "omlouvám se za trochu neformální mail, píšu to mezi dvěma natáčeními :) "
            "Děláme dokument o tom, jak vzniká volební noc, a moc bychom chtěli natočit pár "
            "záběrů na vašem sběrném místě – ideálně v sobotu 4. 10. mezi 14:00 a 18:00, "
            "kdy se začnou svážet první výsledky. Budeme tři: já (režie), kameraman a "
            "zvukař, žádné světlo, jen ruční kamera.\n\n"
            "To XML s výsledky nepotřebujeme, data nám dá stejně televize, "
            "takže jde čistě o povolení k natáčení.\n\n"
            f"Firma: Filmová produkce Lávka s.r.o., Dělnická 12, 170 00 Praha 7, IČ: {O4}\n\n"
            "Díky moc!\n"
            "Ondřej Vokáč\n"
            "+420 608 331 790\n"
            "lavkafilm.example\n"
        ),
    },
    {
        "id": "oa005-apple-forward-it-eml",
        "description": "Apple Mail with the IT department's mail forwarded as an .eml "
        "attachment: a written range for production, 'tst' for test; the outer text names the "
        "IT man as the contact, his phone only in the inner signature",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Hanácký večerník s.r.o.",
            O5,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202"],
            ["203.0.113.210"],
            "Pavel Hruška",
            "hruska@hanackyvecernik.example",
            "+420585221094",
        ),
        "from": "Jana Skoumalová <skoumalova@hanackyvecernik.example>",
        "subject": "Fwd: IP adresy pro volby",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"Hanácký večerník s.r.o., IČO {O5}, žádá o přístup k volebním výsledkům "
            "v XML. Adresy nám poslalo naše IT, přeposílám jejich zprávu v příloze. "
            "Kontaktní osobou bude kolega Pavel Hruška, který to má na starosti, "
            "jeho telefon je v podpisu přeposlaného mailu.\n\n"
            "Děkuji,\n"
            "Jana Skoumalová\n"
            "vedoucí online redakce\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro volby.eml",
                {
                    "id": "oa005-inner",
                    "from": "Pavel Hruška <hruska@hanackyvecernik.example>",
                    "to": "skoumalova@hanackyvecernik.example",
                    "subject": "IP adresy pro volby",
                    "body": (
                        "Ahoj Jano,\n\n"
                        "pro ČSÚ:\n"
                        "prod 203.0.113.200 - 203.0.113.202 (tři stroje za balancerem)\n"
                        "tst  203.0.113.210\n\n"
                        "Pavel\n"
                        "--\n"
                        "Pavel Hruška | IT | Hanácký večerník\n"
                        "tel. 585 221 094\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "oa006-english-freelancer-ipv6",
        "description": "English freelancer without a company or IČO, IPv6 production and "
        "'staging' address, a UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Eleanor Whitfield",
            None,
            None,
            ["2001:db8:4a1::10"],
            ["2001:db8:4a1::11"],
            "Eleanor Whitfield",
            "eleanor@whitfield-data.example",
            "+447700900417",
        ),
        "from": "Eleanor Whitfield <eleanor@whitfield-data.example>",
        "subject": "Access to the election results feed (freelance)",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dear colleagues,\n\n"
            "I'm an independent data journalist based in Bristol and I'll be covering the "
            "Czech parliamentary election for a couple of UK outlets. I'd like to apply for "
            "access to your XML results server so I can feed my live dashboard.\n\n"
            "I'm applying as an individual (I don't run a company, so I have no Czech "
            "registration number).\n\n"
            "Production server: 2001:db8:4a1::10\n"
            "Staging: 2001:db8:4a1::11\n\n"
            "I'm happy to be the contact for this – mobile +44 7700 900417.\n\n"
            "Many thanks in advance,\n"
            "Eleanor Whitfield\n"
            "whitfield-data.example\n"
        ),
    },
    {
        "id": "oa007-seznam-cp1250-direct-line",
        "description": "Seznam mail in windows-1250: IČO with spaces, no test address, the "
        "contact's direct line given after the switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Podbrdská média, spol. s r.o.",
            O7,
            None,
            ["198.51.100.77", "198.51.100.78"],
            [],
            "Věra Holubová",
            "holubova@podbrdsko.example",
            "+420377912441",
        ),
        "from": "Věra Holubová <holubova@podbrdsko.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Vážení,\n\n"
            "společnost Podbrdská média, spol. s r.o., vydavatel Týdeníku Podbrdsko, "
            f"IČO {O7[:3]} {O7[3:5]} {O7[5:]}, se sídlem Náměstí 7, 262 72 Březnice, "
            "žádá o přístup k průběžným výsledkům voleb ve formátu XML.\n\n"
            "Stahovat budeme ze dvou serverů: 198.51.100.77 a 198.51.100.78. Testovací "
            "adresu nemáme, zkoušet budeme rovnou z těchto.\n\n"
            "Kontaktní osobou je podepsaná.\n\n"
            "S pozdravem\n"
            "Věra Holubová\n"
            "Týdeník Podbrdsko\n"
            "ústředna 377 912 400, přímá linka 377 912 441\n"
        ),
    },
    {
        "id": "oa008-databox-annotation-pdf-cover",
        "description": "data message with the whole application in its annotation; the attached "
        "PDF is only a signed cover letter with the letterhead IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihomoravské listy a.s.",
            O8,
            "u4rk8wn",
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Petra Vaňková",
            "vankova@jmlisty.example",
            "+420602514377",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: produkční IP 192.0.2.60, "
        "testovací IP 192.0.2.61, kontakt Ing. Petra Vaňková, vankova@jmlisty.example, "
        "602 514 377",
        "databox": {
            "box": "u4rk8wn",
            "sender": "Jihomoravské listy a.s.",
            "address": "Kounicova 41, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    f"Jihomoravské listy a.s. | Kounicova 41, 602 00 Brno | IČO: {O8}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Brně dne 15. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Vážení, v souladu s Vaší výzvou žádáme o zřízení přístupu k serveru "
                    "s výsledky voleb. Údaje potřebné ke zřízení (IP adresy a kontaktní "
                    "osobu) uvádíme v průvodním textu této datové zprávy.",
                    "Mgr. Josef Kratochvíl\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "oa009-docx-form-ticked-boxes",
        "description": "Outlook mail with a DOCX form: ticked and unticked box characters for "
        "the two requests, addresses in a table with a merged role cell",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "TV Horácko s.r.o.",
            O9,
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Lukáš Pospíchal",
            "pospichal@tvhoracko.example",
            "+420567300218",
        ),
        "from": "Lukáš Pospíchal <pospichal@tvhoracko.example>",
        "subject": "Formulář – žádost média (volby 2025)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám vyplněný formulář.\n\n"
            "S pozdravem\n"
            "Lukáš Pospíchal\n"
            "TV Horácko\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_media_TVHoracko.docx",
                {
                    "header": "Žádost sdělovacího prostředku – volby do Poslanecké sněmovny 2025",
                    "blocks": [
                        f"Žadatel: TV Horácko s.r.o., IČO {O9}, Havlíčkova 15, 586 01 Jihlava",
                        "Předmět žádosti (zaškrtněte):",
                        "☒ přístup k serveru s průběžnými výsledky (XML)",
                        "☐ povolení pořizovat zvukové a obrazové záznamy na sběrném místě",
                        {
                            "rows": [
                                ["Účel", "IP adresa"],
                                ["Produkční", "203.0.113.71"],
                                ["", "203.0.113.72"],
                                ["Testovací", "203.0.113.79"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Lukáš Pospíchal",
                        "Telefon: 567 300 218",
                        "E-mail: pospichal@tvhoracko.example",
                    ],
                    "footer": "TV Horácko s.r.o. | www.tvhoracko.example",
                },
            )
        ],
    },
    {
        "id": "oa010-slovak-station-both",
        "description": "Slovak regional TV in Slovak asking for the feed and for filming, "
        "'produkčná'/'testovacia', a Slovak mobile, IČO with a colon and spaces",
        "style": Style.FOREIGN,
        "labels": L(
            BOTH,
            "Televízia Záhorie, s. r. o.",
            O10,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Michal Kováčik",
            "kovacik@tvzahorie.example",
            "+421905318642",
        ),
        "from": "Michal Kováčik <kovacik@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý deň,\n\n"
            "naša televízia bude o českých voľbách vysielať špeciál pre divákov na Záhorí, "
            "preto by sme Vás chceli požiadať o dve veci:\n\n"
            "1) prístup k XML s priebežnými výsledkami\n"
            "   produkčná IP: 198.51.100.90\n"
            "   testovacia IP: 198.51.100.91\n"
            "2) povolenie nakrúcať na zbernom mieste v Prahe (redaktorka + kameraman)\n\n"
            f"Televízia Záhorie, s. r. o., IČO: {O10[:2]} {O10[2:5]} {O10[5:]}, "
            "Námestie slobody 9, 901 01 Malacky\n\n"
            "Kontakt: Michal Kováčik, +421 905 318 642\n\n"
            "S pozdravom\n"
            "Michal Kováčik\n"
            "vedúci vysielania\n"
        ),
    },
    {
        "id": "oa011-contractor-netmask-versions",
        "description": "IT contractor writing for a radio: a production address with a netmask "
        "(a block of four), version numbers and a port near the addresses, the contractor is "
        "the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            O11,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.80"],
            "Zdeněk Chovanec",
            "chovanec@netlab-fm.example",
            "+420739514002",
        ),
        "from": "Zdeněk Chovanec <chovanec@netlab-fm.example>",
        "subject": "Rádio Beskydy – přístup k volebnímu XML",
        "headers": TBIRD_LINUX,
        "body": (
            "Dobrý den,\n\n"
            "jsme externí správci IT pro Rádio Beskydy s.r.o. (IČO "
            f"{O11}) a žádáme jejich jménem o přístup k serveru s výsledky voleb.\n\n"
            "Stahovat bude náš importér (verze 2.4.11, běží na nginx 1.26.2) z produkčního "
            "rozsahu 203.0.113.64 s maskou 255.255.255.252. Pro zkoušky před volbami "
            "použijeme 203.0.113.80, odchozí spojení na port 443.\n\n"
            "Kontaktní osobou pro technické věci jsem já.\n\n"
            "Zdeněk Chovanec\n"
            "NetLab FM s.r.o.\n"
            "+420 739 514 002\n"
        ),
    },
    {
        "id": "oa012-gmail-old-address-retired",
        "description": "chatty Gmail (plain and HTML): last year's address said to be no longer "
        "used, the new one production, no test",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kraj v pohybu, z. ú.",
            O12,
            None,
            ["198.51.100.105"],
            [],
            "Klára Dostálová",
            "klara.dostalova@krajvpohybu.example",
            "+420723660185",
        ),
        "from": "Klára Dostálová <klara.dostalova@krajvpohybu.example>",
        "subject": "zase volby :)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "zase se blíží volby, tak se hlásíme o přístup k XML jako loni. Jen pozor, loni "
            "jsme vám dávali 198.51.100.5 – tu už nepoužíváme, server jsme přestěhovali. "
            "Nově prosím 198.51.100.105 (ostrý provoz, test nepotřebujeme).\n\n"
            f"Kraj v pohybu, z. ú., IČO {O12}\n\n"
            "Díky a ať to letos běží!\n"
            "Klára Dostálová, 723 660 185\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>zase se blíží volby, '
            "tak se hlásíme o přístup k XML jako loni. Jen pozor, loni jsme vám dávali "
            "198.51.100.5 – tu už nepoužíváme, server jsme přestěhovali. Nově prosím "
            "<b>198.51.100.105</b> (ostrý provoz, test nepotřebujeme).</div><div><br></div>"
            f"<div>Kraj v pohybu, z. ú., IČO {O12}</div><div><br></div>"
            "<div>Díky a ať to letos běží!</div><div>Klára Dostálová, 723 660 185</div></div>"
        ),
    },
    {
        "id": "oa013-signature-three-people-box-id",
        "description": "Outlook mail signed by the editor-in-chief over a signature of three "
        "people with phones; the text names the network administrator from that signature as "
        "contact; the data-box ID in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Pardubický posel a.s.",
            O13,
            "9cw3hzd",
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Aleš Kopecký",
            "kopecky@pardubickyposel.example",
            "+420466051239",
        ),
        "from": "Šimon Bartoš <bartos@pardubickyposel.example>",
        "subject": "Žádost o přístup – Pardubický posel",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "žádáme o zřízení přístupu k výsledkům voleb ve formátu XML.\n\n"
            "Produkční servery: 192.0.2.180, 192.0.2.181\n"
            "Testovací server: 192.0.2.189\n\n"
            "Kontaktní osobou pro zřízení přístupu bude náš správce sítě (viz podpis níže).\n\n"
            "S pozdravem\n\n"
            "Mgr. Šimon Bartoš\n"
            "šéfredaktor\n"
            "tel. 466 051 200 | bartos@pardubickyposel.example\n\n"
            "Ing. Dana Štěpánková\n"
            "zástupkyně šéfredaktora\n"
            "tel. 466 051 211 | stepankova@pardubickyposel.example\n\n"
            "Aleš Kopecký\n"
            "správce sítě\n"
            "tel. 466 051 239 | kopecky@pardubickyposel.example\n\n"
            "Pardubický posel a.s. | Sladkovského 540, 530 02 Pardubice\n"
            f"IČO {O13} | ID datové schránky: 9cw3hzd\n"
        ),
    },
    {
        "id": "oa014-german-broadcaster-respectively",
        "description": "German broadcaster in English with German phrases: two addresses for "
        "production and testing 'respectively', filming too; a camera operator named but the "
        "sender is the contact; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            BOTH,
            "Spreewelle Medien GmbH",
            None,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Katrin Vogel",
            "k.vogel@spreewelle.example",
            "+4930556120714",
        ),
        "from": "Katrin Vogel <k.vogel@spreewelle.example>",
        "subject": "Election night Prague – results feed and filming permission",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Spreewelle Medien GmbH (Berlin) is preparing a live programme on the Czech "
            "election. We would like to ask for two things:\n\n"
            "First, access to the XML results server. The addresses 192.0.2.90 and "
            "192.0.2.91 are for production and testing respectively.\n\n"
            "Second, a permission to film at your central collection point on election "
            "night. Our camera operator will be Jonas Brandt (+49 171 4402398); I will be "
            "the contact person for both requests.\n\n"
            "Mit freundlichen Grüßen / Kind regards\n\n"
            "Katrin Vogel\n"
            "Redaktion Osteuropa\n"
            "Spreewelle Medien GmbH | Köpenicker Str. 48, 10179 Berlin\n"
            "Tel. +49 30 556120-714\n"
            "Handelsregister: Amtsgericht Charlottenburg HRB 219044 B\n"
        ),
    },
]
