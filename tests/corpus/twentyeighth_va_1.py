"""Twentyeighth held-out part ``va``, cases va001–va014: an iPhone note, an OWA table with row
headers, a reply completing an earlier request under the office's quoted query, a chatty regional
TV mail, a typo corrected in a windows-1250 mail, a German agency writing English, a data message
with the application only in its annotation, a signature naming three people, a forward as an
attached message, a Gmail yes/no table, a Slovak phone mail, a contractor's netmask and version
numbers, an old address no longer used and a data message with a DOCX. Written by hand apart from
the extraction rules (see make_twentyeighth_va); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyeighth_va_common import (
    APPLE,
    BOTH,
    FEED,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2714583"), ico("0638172"), ico("4419260"), ico("2853017")
I5, I7, I8, I9 = ico("0192846"), ico("0935471"), ico("2481639"), ico("4726105")
I10, I11, I12, I13, I14 = (
    ico("0367289"),
    ico("3651092"),
    ico("2190874"),
    ico("0814536"),
    ico("2930648"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "va001-iphone-two-lines",
        "description": "two lines typed on an iPhone without diacritics, 'prod'/'test' "
        "abbreviations, IČO with spaces, phone with dashes",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Jihomoravsky kuryr s.r.o.",
            I1,
            None,
            ["198.51.100.14"],
            ["198.51.100.15"],
            "Marek Sedlacek",
            "sedlacek@jmkuryr.example",
            "+420731228904",
        ),
        "from": "Marek Sedlacek <sedlacek@jmkuryr.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, za Jihomoravsky kuryr s.r.o. (ico "
            f"{I1[:4]} {I1[4:]}) prosim o pristup na xml vysledky. prod 198.51.100.14, "
            "test 198.51.100.15. volejte kdyztak +420 731-228-904\n"
            "Sedlacek\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "va002-owa-table-row-headers",
        "description": "HTML-only Outlook on the web mail, a table whose row headers give the "
        "roles and whose last row names the technical contact",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Pražský večerník a.s.",
            I2,
            None,
            ["203.0.113.21", "203.0.113.22"],
            ["203.0.113.30"],
            "Tereza Vondráčková",
            "vondrackova@vecernik-praha.example",
            "+420724390115",
        ),
        "from": "Kolář Ondřej <kolar@vecernik-praha.example>",
        "subject": "Žádost o přístup k volebnímu serveru",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>prosíme o přidělení přístupu k XML výstupům průběžných výsledků voleb "
            f"pro naši redakci. Žadatel: <b>Pražský večerník a.s.</b>, IČO {I2}.</div>"
            "<div><br></div>"
            '<table style="border-collapse:collapse" border="1" cellpadding="4">'
            "<tbody>"
            "<tr><th>Produkce</th><td>203.0.113.21</td><td>203.0.113.22</td></tr>"
            "<tr><th>Test</th><td>203.0.113.30</td><td>&nbsp;</td></tr>"
            "<tr><th>Kontakt (technik)</th><td>Tereza Vondráčková</td>"
            "<td>vondrackova@vecernik-praha.example, 724 390 115</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Děkuji za vyřízení.</div><div><br></div>"
            "<div>Ondřej Kolář<br>zástupce šéfredaktora<br>Pražský večerník a.s.<br>"
            "Na Poříčí 1041/12, 110 00 Praha 1<br>tel. 221 503 880</div>"
            "</div></body></html>"
        ),
    },
    {
        "id": "va003-reply-completes-earlier-request",
        "description": "reply adding a test address to the office's query; the production "
        "addresses stay in the applicant's own quoted original, the office's signature has "
        "its phone and IČO",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Haná, spol. s r.o.",
            I3,
            None,
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.88"],
            "Libor Navrátil",
            "navratil@radiohana.example",
            "+420585118402",
        ),
        "from": "Libor Navrátil <navratil@radiohana.example>",
        "subject": "Re: Vaše žádost o přístup k XML – doplnění",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji, co chybělo: testovací adresa bude 198.51.100.88. Produkční adresy "
            "zůstávají tak, jak jsem je psal v původní žádosti (viz níže).\n\n"
            "Díky\nLibor Navrátil\n\n"
            "Dne 12. 9. 2025 v 9:02 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            ">\n"
            "> k Vaší žádosti prosíme o doplnění testovací IP adresy (lze uvést až 5).\n"
            "> Bez ní nelze přístup na testovací prostředí zřídit.\n"
            ">\n"
            "> S pozdravem\n"
            "> Český statistický úřad, odbor informatiky\n"
            "> Na padesátém 81, 100 82 Praha 10, IČO 00025593\n"
            "> tel. 274 052 733\n"
            ">\n"
            "> -----Původní zpráva-----\n"
            "> Od: Libor Navrátil <navratil@radiohana.example>\n"
            "> Odesláno: 11. 9. 2025 16:47\n"
            ">\n"
            ">> Dobrý den,\n"
            ">> žádáme o přístup k průběžným výsledkům voleb (XML) pro Rádio Haná,\n"
            f">> spol. s r.o., IČO {I3}. Produkční servery: 198.51.100.80 a\n"
            ">> 198.51.100.81. Kontakt: Libor Navrátil, 585 118 402.\n"
            ">> Libor Navrátil, Rádio Haná, Olomouc\n"
        ),
    },
    {
        "id": "va004-chatty-regional-tv-both",
        "description": "chatty Gmail message from a regional TV asking for the feed and for "
        "filming; phone with 00420, a second number for the cameraman",
        "style": Style.CHATTY,
        "labels": L(
            BOTH,
            "TV Podkrkonoší s.r.o.",
            I4,
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Šárka Machová",
            "machova@tvpodkrkonosi.example",
            "+420777602318",
        ),
        "from": "Šárka Machová <machova@tvpodkrkonosi.example>",
        "subject": "volby – dvě prosby od nás z Trutnova :-)",
        "headers": GMAIL,
        "body": (
            "Ahoj, teda dobrý den :)\n\n"
            "píšu za naši malou regionální televizi, TV Podkrkonoší s.r.o. (IČ "
            f"{I4}), a mám na Vás dvě prosby najednou.\n\n"
            "1) Chtěli bychom letos poprvé tahat výsledky přímo z Vašeho XML serveru, "
            "ať nemusíme ručně přepisovat čísla z webu jako minule (to byla hrůza, "
            "do 3 do rána). Náš server má adresu 192.0.2.160, na zkoušení máme "
            "192.0.2.161.\n\n"
            "2) A rádi bychom natočili krátkou reportáž na sběrném místě v Trutnově, "
            "jak se to tam celé sčítá – stačí nám tak 20 minut, kameraman Jakub "
            "(tel. 605 114 287) a já.\n\n"
            "Kontakt na mě: 00420 777 602 318, nebo tenhle mail.\n\n"
            "Díky moc, ať to klapne!\nŠárka Machová\nredaktorka, TV Podkrkonoší\n"
        ),
    },
    {
        "id": "va005-typo-corrected-windows-1250",
        "description": "Seznam mail in windows-1250, a production address with a typo "
        "corrected two paragraphs later",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vydavatelství Beskydy, s. r. o.",
            I5,
            None,
            ["203.0.113.57"],
            ["203.0.113.58"],
            "Radek Pospíšil",
            "pospisil@beskydy-noviny.example",
            "+420558630241",
        ),
        "from": "Radek Pospíšil <pospisil@beskydy-noviny.example>",
        "subject": "Přístup k výsledkům voleb – Beskydské noviny",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "Vydavatelství Beskydy, s. r. o., IČO "
            f"{I5}, vydavatel Beskydských novin, žádá o přístup k výsledkům voleb ve "
            "formátu XML.\n\n"
            "Produkční IP: 203.0.113.75\n"
            "Testovací IP: 203.0.113.58\n\n"
            "Kontaktní osoba: Radek Pospíšil, tel. 558 630 241\n\n"
            "Oprava – u produkční adresy jsem přehodil číslice, správně je 203.0.113.57 "
            "(ne .75). Testovací platí.\n\n"
            "S pozdravem\nRadek Pospíšil\nFrýdek-Místek\n"
        ),
    },
    {
        "id": "va006-german-agency-english-ipv6",
        "description": "German agency writing English from Mac Outlook, no IČO, an IPv6 "
        "production address, a German phone and a Berlin switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nachrichtenagentur Mitteleuropa GmbH",
            None,
            None,
            ["198.51.100.230", "2001:db8:4a::10"],
            [],
            "Katrin Vogel",
            "k.vogel@nmeu-agentur.example",
            "+4917623418890",
        ),
        "from": "Katrin Vogel <k.vogel@nmeu-agentur.example>",
        "subject": "Request: access to Czech election results XML",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "our agency, Nachrichtenagentur Mitteleuropa GmbH (Berlin, HRB 204817 B), "
            "covers the Czech parliamentary elections and would like to receive the "
            "results in XML from your server.\n\n"
            "We would connect from these production addresses:\n"
            "  - 198.51.100.230\n"
            "  - 2001:db8:4a::10 (IPv6, same machine)\n"
            "We don't have a separate test system, so no test IPs please.\n\n"
            "We are a German company and have no Czech company ID number. Please contact "
            "me directly on my mobile +49 176 23418890 (the office number +49 30 2093 "
            "4410 is not staffed on weekends).\n\n"
            "Kind regards / Mit freundlichen Grüßen\n"
            "Katrin Vogel\nHead of Data Desk\nNachrichtenagentur Mitteleuropa GmbH\n"
            "Friedrichstraße 148, 10117 Berlin\n"
        ),
    },
    {
        "id": "va007-databox-annotation-only",
        "description": "data message with the whole application in its annotation; the "
        "attached file is only a power of attorney giving the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodajský portál Vltava s.r.o.",
            I7,
            "q8v3mtx",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Petr Hruška",
            "hruska@portal-vltava.example",
            "+420602441980",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: prod. 192.0.2.140, test. 192.0.2.141; "
            "kontakt Petr Hruška, 602 441 980, hruska@portal-vltava.example"
        ),
        "databox": {
            "box": "q8v3mtx",
            "sender": "Zpravodajský portál Vltava s.r.o.",
            "address": "Lannova 22, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Hruska.pdf",
                [
                    "PLNÁ MOC",
                    "Zpravodajský portál Vltava s.r.o., se sídlem Lannova 22, 370 01 České "
                    f"Budějovice, IČO {I7}, zastoupená jednatelkou Ing. Janou Strakovou,",
                    "zmocňuje tímto pana Petra Hrušku, nar. 14. 3. 1986, k jednání s Českým "
                    "statistickým úřadem ve věci přístupu k výsledkům voleb.",
                    "V Českých Budějovicích dne 10. 9. 2025",
                    "Ing. Jana Straková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "va008-signature-three-people",
        "description": "Zimbra mail whose signature block lists three people with phones; the "
        "contact is the second, named in the text as the technician",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Deník Polabí a.s.",
            I8,
            None,
            ["198.51.100.140", "198.51.100.141", "198.51.100.142"],
            ["198.51.100.150"],
            "Vojtěch Šindelář",
            "sindelar@denikpolabi.example",
            "+420606781203",
        ),
        "from": "Redakce Deník Polabí <redakce@denikpolabi.example>",
        "subject": "Volby 2025 - žádost o XML feed",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "Deník Polabí a.s. tímto žádá o zpřístupnění průběžných výsledků voleb "
            "v XML.\n\n"
            "Produkční adresy: 198.51.100.140, 198.51.100.141, 198.51.100.142\n"
            "Testovací adresa: 198.51.100.150\n\n"
            "Technické věci za nás řeší náš technik (druhý v podpisu), prosím "
            "komunikujte s ním.\n\n"
            "S pozdravem\n\n"
            "Mgr. Hana Kadlecová | šéfredaktorka | +420 603 118 440 | "
            "kadlecova@denikpolabi.example\n"
            "Vojtěch Šindelář | IT technik | +420 606 781 203 | "
            "sindelar@denikpolabi.example\n"
            "Lenka Bartošová | sekretariát | +420 325 510 900 | "
            "redakce@denikpolabi.example\n"
            f"Deník Polabí a.s. | Palackého 71, 290 01 Poděbrady | IČO {I8}\n"
        ),
    },
    {
        "id": "va009-forward-as-attached-message",
        "description": "the office manager forwards the editor's original mail as an "
        "attached message; the request, addresses and contact are in the attachment",
        "style": Style.FORWARD,
        "labels": L(
            BOTH,
            "Týdeník Znojemsko, z. ú.",
            I9,
            None,
            ["203.0.113.181"],
            ["203.0.113.182"],
            "Filip Doležal",
            "dolezal@znojemsko.example",
            "+420736559021",
        ),
        "from": "Jitka Horáková <horakova@znojemsko.example>",
        "subject": "Fwd: žádost – volby (přeposílám za p. Doležala)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "pan Doležal je na cestě a poprosil mě, ať Vám jeho žádost přepošlu – je "
            "v příloze. Kdyby něco, obracejte se prosím přímo na něj.\n\n"
            "Jitka Horáková\nkancelář, Týdeník Znojemsko\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_volby.eml",
                {
                    "id": "va009-inner",
                    "from": "Filip Doležal <dolezal@znojemsko.example>",
                    "to": "horakova@znojemsko.example",
                    "subject": "žádost ČSÚ – poslat prosím dál",
                    "body": (
                        "Jitko, pošli to prosím na podatelna@czso.cz, díky.\n\n"
                        "---\n"
                        "Žadatel: Týdeník Znojemsko, z. ú., "
                        f"IČO {I9}\n"
                        "Žádáme o: 1) přístup k XML výsledkům voleb, 2) povolení "
                        "natáčení na sběrném místě ve Znojmě (volební noc).\n"
                        "Produkční IP 203.0.113.181, testovací IP 203.0.113.182\n"
                        "Kontakt: Filip Doležal, 736 559 021, dolezal@znojemsko.example\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "va010-gmail-yes-no-table",
        "description": "Gmail mail with plain and HTML parts: a request table with ano/ne "
        "(recording declined) and an address table",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj, s.r.o.",
            I10,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.99"],
            "Alena Krejčí",
            "krejci@lbc-zpravodaj.example",
            "+420482119305",
        ),
        "from": "Alena Krejčí <krejci@lbc-zpravodaj.example>",
        "subject": "Formulář – přístup k výsledkům voleb",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám vyplněný přehled:\n\n"
            "Přístup k XML výsledkům: ano\n"
            "Natáčení na sběrném místě: ne\n\n"
            "Produkční: 192.0.2.90, 192.0.2.91\nTestovací: 192.0.2.99\n\n"
            f"Liberecký zpravodaj, s.r.o., IČO {I10}\n"
            "Alena Krejčí, 482 119 305\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>posílám vyplněný přehled:</div><br>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><td><b>Požadavek</b></td><td><b>ano / ne</b></td></tr>"
            "<tr><td>Přístup k XML výsledkům</td><td>ano</td></tr>"
            "<tr><td>Natáčení na sběrném místě</td><td>ne</td></tr></table><br>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><td><b>Produkční</b></td><td><b>Testovací</b></td></tr>"
            "<tr><td>192.0.2.90</td><td>192.0.2.99</td></tr>"
            "<tr><td>192.0.2.91</td><td></td></tr></table><br>"
            f"<div>Liberecký zpravodaj, s.r.o., IČO {I10}</div>"
            "<div>Alena Krejčí, 482 119 305</div><div><br></div>-- <br>"
            '<div dir="ltr" class="gmail_signature">Alena Krejčí<br>vydavatelka</div></div>'
        ),
    },
    {
        "id": "va011-slovak-samsung-phone",
        "description": "Slovak sender on a Samsung phone: 'produkčná', 'testovacia', IČO with "
        "a colon and a Slovak mobile",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Mediálny dom Záhorie, s. r. o.",
            I11,
            None,
            ["203.0.113.110"],
            ["203.0.113.111"],
            "Matúš Kollár",
            "kollar@mdzahorie.example",
            "+421905338172",
        ),
        "from": "Matúš Kollár <kollar@mdzahorie.example>",
        "subject": "ziadost pristup vysledky volieb CR",
        "headers": SAMSUNG,
        "body": (
            "Dobrý deň,\n"
            "pokrývame aj české voľby pre našich čitateľov na Záhorí, prosím o prístup "
            "k XML výsledkom.\n"
            "Produkčná IP: 203.0.113.110\nTestovacia IP: 203.0.113.111\n"
            f"Mediálny dom Záhorie, s. r. o., IČO: {I11}\n"
            "Matúš Kollár, +421 905 338 172\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "va012-contractor-netmask-versions",
        "description": "IT contractor writing for a news site: an address with a netmask "
        "(a block of four), version numbers and a port that look like addresses",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Mladá Vysočina, a.s.",
            I12,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.70"],
            "Daniel Holý",
            "holy@bitkovna.example",
            "+420739204416",
        ),
        "from": "Daniel Holý <holy@bitkovna.example>",
        "subject": "Mladá Vysočina – XML výsledky voleb, technické údaje",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel webu pro Mladou Vysočinu a jménem vydavatele (Mladá "
            f"Vysočina, a.s., IČO {I12}) žádáme o přístup k XML s výsledky voleb.\n\n"
            "Stahovat budeme z našeho clusteru, produkční rozsah 203.0.113.64 "
            "255.255.255.252. Testovací stroj 203.0.113.70.\n\n"
            "Pro úplnost: stahovač běží na Pythonu 3.12.6 za nginx 1.26.2, parser je "
            "naše knihovna volby-xml 2.4.1.0, odchozí spojení jen na port 443.\n\n"
            "Technickým kontaktem pro tuto žádost jsem já.\n\n"
            "Daniel Holý\nBitkovna s.r.o. – vývoj a provoz webů\n"
            "mobil 739 204 416 | holy@bitkovna.example\n"
        ),
    },
    {
        "id": "va013-old-address-replaced",
        "description": "Apple Mail: last election's production address is said to be no "
        "longer used and a new one given",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Rádio Pálava s.r.o.",
            I13,
            None,
            ["198.51.100.210"],
            ["198.51.100.211"],
            "Karel Urbánek",
            "urbanek@radiopalava.example",
            "+420519322870",
        ),
        "from": "Karel Urbánek <urbanek@radiopalava.example>",
        "subject": "XML výsledky – Rádio Pálava, letos nová IP",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "jako každé volby bychom rádi opět odebírali výsledky v XML. Jen pozor, "
            "loni jsme stahovali z 198.51.100.200 – ten server už nepoužíváme, byl "
            "zrušen. Nově prosím povolit 198.51.100.210 (ostrý) a 198.51.100.211 "
            "(testovací).\n\n"
            f"Rádio Pálava s.r.o., IČO {I13}, Mikulov\n\n"
            "Díky a zdravím\nKarel Urbánek\ntechnik, 519 322 870\n"
        ),
    },
    {
        "id": "va014-databox-docx-table",
        "description": "data message with a short annotation and a DOCX letter: IČO in the "
        "page header, a table with a role column, both request types ticked",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Jihočeská mediální, a.s.",
            I14,
            "w5kd9ra",
            ["192.0.2.50", "192.0.2.51"],
            ["192.0.2.59"],
            "Zdeněk Mareš",
            "mares@jcmedialni.example",
            "+420387001552",
        ),
        "subject": "Žádost – volby do PS 2025 (přístup k XML, natáčení)",
        "databox": {
            "box": "w5kd9ra",
            "sender": "Jihočeská mediální, a.s.",
            "address": "Husova 9, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "header": f"Jihočeská mediální, a.s. | IČO {I14} | Husova 9, České Budějovice",
                    "footer": "Strana 1 z 1 | č. j. JM-2025/0912",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Žádáme o přístup k XML výsledkům voleb a zároveň o povolení "
                        "natáčení na sběrném místě v Českých Budějovicích.",
                        {
                            "rows": [
                                ["Role", "IP adresa"],
                                ["produkční", "192.0.2.50"],
                                ["produkční (záloha)", "192.0.2.51"],
                                ["testovací", "192.0.2.59"],
                            ]
                        },
                        "Kontaktní osoba: Zdeněk Mareš, tel. 387 001 552, mares@jcmedialni.example",
                        "Ing. Petra Nováková, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
]
