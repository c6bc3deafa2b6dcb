"""Thirty-eighth held-out part ``aj``, cases aj001–aj014: a note typed on an iPhone, an HTML-only
Outlook on the web table with an IPv6 production address, a reply to the office's request for
missing data, a student film, a correction, a data message with the application only in its
annotation, a German agency writing English, a forward from IT with a block, a Slovak signature
naming several people, a text form, a Gmail table, a freelancer's two lines, a contractor's netmask
and a data message with a DOCX letter. Written by hand apart from the extraction rules (see
make_thirtyeighth_aj); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyeighth_aj_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2861047"), ico("2473915"), ico("0562318"), ico("6019284")
I5, I6, I8, I9 = ico("2735806"), ico("0694173"), ico("4318527"), ico("3652094")
I10, I11, I13, I14 = ico("2809631"), ico("2547318"), ico("0836142"), ico("2619507")

CASES: list[dict[str, Any]] = [
    {
        "id": "aj001-iphone-no-diacritics",
        "description": "phone-typed note without diacritics, roles after the addresses in "
        "brackets, IČO glued to 'ico', phone with 00420",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Posumavsky tydenik s.r.o.",
            I1,
            None,
            ["192.0.2.118"],
            ["192.0.2.119"],
            "Radek Hruza",
            "hruza@posumavi-tydenik.example",
            "+420724361908",
        ),
        "from": "Radek Hruza <hruza@posumavi-tydenik.example>",
        "subject": "pristup k vysledkum",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, posilam zadost o ten xml pristup na volby, "
            "192.0.2.118 (ostra) a 192.0.2.119 (test). "
            f"Posumavsky tydenik s.r.o., ico{I1}. "
            "Kdyztak volejte 00420 724 361 908, jsem ted porad v terenu.\n"
            "Hruza\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "aj002-owa-html-ipv6-prod",
        "description": "HTML-only Outlook on the web table with PROD/TST rows, an IPv6 "
        "production address and the old IPv4 address marked as cancelled",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Nová Haná media, a.s.",
            I2,
            None,
            ["198.51.100.34", "2001:db8:4a1::34"],
            ["198.51.100.35"],
            "Dušan Kopřiva",
            "dusan.kopriva@novahana.example",
            "+420585113472",
        ),
        "from": "Kopřiva Dušan <dusan.kopriva@novahana.example>",
        "subject": "Volby – IP adresy pro XML výstup (Nová Haná media)",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,Arial,sans-serif;font-size:12pt">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>za Nová Haná media, a.s. (IČO "
            f"{I2}) žádáme o přístup k XML s průběžnými výsledky voleb. Adresy:</div>"
            '<div><br></div><table border="1" style="border-collapse:collapse">'
            "<thead><tr><th>Prostředí</th><th>Adresa</th><th>Stav</th></tr></thead><tbody>"
            "<tr><td>PROD</td><td>198.51.100.34</td><td>nové</td></tr>"
            "<tr><td>PROD</td><td>2001:db8:4a1:0:0:0:0:34</td><td>nové (IPv6)</td></tr>"
            "<tr><td>PROD</td><td><s>198.51.100.9</s></td>"
            "<td>zrušeno, server jsme v létě vypnuli</td></tr>"
            "<tr><td>TST</td><td>198.51.100.35</td><td>nové</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Kontakt: Dušan Kopřiva, tel. 585&nbsp;113&nbsp;472.</div><div><br></div>"
            "<div>Díky,</div><div>Dušan Kopřiva<br>IT / vývoj webu<br>Nová Haná media, a.s."
            "<br>Horní náměstí 17, 779 00 Olomouc</div></div></body></html>"
        ),
    },
    {
        "id": "aj003-reply-to-office-request-for-data",
        "description": "reply to the office's request to complete the application; the office's "
        "quoted text has its own officer, phone and data box, the applicant's own quoted "
        "original below that has the addresses the new text keeps",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zlínské noviny, spol. s r.o.",
            I3,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.158"],
            "Veronika Šimečková",
            "simeckova@zlinskenoviny.example",
            "+420737405216",
        ),
        "from": "Redakce Zlínské noviny <redakce@zlinskenoviny.example>",
        "subject": "Re: Re: Žádost o přístup k XML – doplnění",
        "headers": TBIRD,
        "body": (
            "Dobrý den, paní Dvořáková,\n\n"
            "doplňuji, co jste chtěla: IČO máme "
            f"{I3}, kontaktní osoba bude Veronika Šimečková, "
            "simeckova@zlinskenoviny.example, mobil 737 405 216. IP adresy zůstávají tak, "
            "jak jsme je poslali v původním e-mailu níže.\n\n"
            "S pozdravem\nredakce Zlínské noviny, spol. s r.o.\n\n"
            "Dne 15. 9. 2025 v 9:02 Dvořáková Alena napsal(a):\n"
            "> Dobrý den,\n"
            "> děkujeme za žádost. Pro zřízení přístupu prosím doplňte IČO a kontaktní\n"
            "> osobu včetně telefonu. Odpověď můžete poslat i do datové schránky 2gfaasy.\n"
            ">\n"
            "> Alena Dvořáková\n"
            "> Český statistický úřad, odbor informatiky\n"
            "> tel. +420 274 053 118 | podatelna@czso.cz\n"
            ">\n"
            "> Dne 12. 9. 2025 v 16:40 redakce@zlinskenoviny.example napsal(a):\n"
            ">> Dobrý den,\n"
            ">> prosíme o přístup k výsledkům voleb v XML pro Zlínské noviny.\n"
            ">> Produkční servery: 203.0.113.150, 203.0.113.151\n"
            ">> Testovací: 203.0.113.158\n"
            ">> Děkujeme, redakce\n"
        ),
    },
    {
        "id": "aj004-student-film-university",
        "description": "chatty student asks only to film for a faculty project and says the "
        "data are not needed; the faculty applies as its university",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Vysoká škola mediálních studií Brno",
            I4,
            None,
            [],
            [],
            "Tereza Vondráčková",
            "482117@mail.vsms.example",
            "+420775902361",
        ),
        "from": "Tereza Vondráčková <482117@mail.vsms.example>",
        "subject": "Prosba o natáčení - studentský dokument FMK",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den!\n\n"
            "Jsem studentka 3. ročníku Fakulty mediální komunikace Vysoké školy mediálních "
            "studií Brno (IČO školy "
            f"{I4}) a se dvěma spolužáky natáčíme semestrální reportáž o tom, jak se v noci "
            "sčítají hlasy. Moc bychom chtěli natáčet na Vašem sběrném místě v Brně, ideálně "
            "v sobotu 4. 10. od 14:00, kdy se uzavírají místnosti, asi na 2 hodiny.\n\n"
            "Na přístup k datům v XML jsme se ptali vyučujícího a ten prý nepotřebujeme, "
            "takže o něj nežádáme :) Jde nám jen o obraz.\n\n"
            "Povolení pro natáčení ve veřejném prostoru nám potvrdí vedoucí práce doc. Mgr. "
            "Pavel Strnad (strnad@vsms.example), kdybyste to potřebovali.\n\n"
            "Děkuju moc!!\nTereza Vondráčková\ntel. 775 902 361\n"
        ),
    },
    {
        "id": "aj005-seznam-correction-test-digit",
        "description": "Seznam mail in iso-8859-2; the test address has two digits swapped and "
        "the writer corrects it a paragraph later",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kladenský deník Plus s.r.o.",
            I5,
            None,
            ["192.0.2.56"],
            ["192.0.2.57"],
            "Miloš Kubelka",
            "kubelka@kladenskyplus.example",
            "+420606118720",
        ),
        "from": "Miloš Kubelka <kubelka@kladenskyplus.example>",
        "subject": "žádost - XML volby",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "Kladenský deník Plus s.r.o., IČ: "
            f"{I5}, žádá o přístup k volebním výsledkům v XML.\n\n"
            "produkce: 192.0.2.56\n"
            "test: 192.0.2.75\n\n"
            "Pardon, překlep - testovací má být 192.0.2.57 (ne .75), koukám do tabulky od "
            "správce.\n\n"
            "Kontaktní osoba Miloš Kubelka, 606 118 720.\n\n"
            "Miloš Kubelka\nšéfredaktor\n"
        ),
    },
    {
        "id": "aj006-databox-annotation-only",
        "description": "data message whose whole application is in the annotation; the file is "
        "only a register extract",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hlasatel Polabí s.r.o.",
            I6,
            "w3ke8pa",
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Jan Růžička",
            "ruzicka@hlasatelpolabi.example",
            "+420731555208",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb: prod. IP 198.51.100.140, test. IP "
            "198.51.100.141; kontakt Jan Růžička, 731 555 208, ruzicka@hlasatelpolabi.example"
        ),
        "databox": {
            "box": "w3ke8pa",
            "sender": "Hlasatel Polabí s.r.o.",
            "address": "Palackého 402, 290 01 Poděbrady",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_Hlasatel_Polabi.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Městským soudem v Praze, "
                    "oddíl C, vložka 208417",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. března 2011"],
                            ["Obchodní firma:", "Hlasatel Polabí s.r.o."],
                            ["Sídlo:", "Palackého 402, 290 01 Poděbrady"],
                            ["Identifikační číslo:", f"{I6[:3]} {I6[3:5]} {I6[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Předmět podnikání:", "Vydavatelské činnosti"],
                        ],
                        "widths": [150, 300],
                    },
                    "Údaje platné ke dni: 10. září 2025 03:26",
                ],
            )
        ],
    },
    {
        "id": "aj007-german-agency-respectively",
        "description": "German agency writing English; roles only by 'respectively', a "
        "signature listing three people with German numbers, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheinische Nachrichtenagentur GmbH",
            None,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Katrin Albers",
            "k.albers@rna-news.example",
            "+4922193348117",
        ),
        "from": "Katrin Albers <k.albers@rna-news.example>",
        "subject": "Access to Czech election results (XML) - Rheinische Nachrichtenagentur",
        "headers": TBIRD,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Rheinische Nachrichtenagentur GmbH (Cologne) covers the Czech parliamentary "
            "election for our German and Austrian clients and would like to request access "
            "to your XML results service.\n\n"
            "We will connect from 203.0.113.5 and 203.0.113.6 for live operation and for "
            "testing respectively. We do not have a Czech company ID; our German commercial "
            "register number is HRB 48213 (Amtsgericht Köln).\n\n"
            "I will be your contact person for this: Katrin Albers, direct line "
            "+49 221 933 481 17.\n\n"
            "Kind regards,\n\n"
            "Katrin Albers\nHead of Data Desk\n\n"
            "Rheinische Nachrichtenagentur GmbH\n"
            "Hohenzollernring 52 | 50672 Köln\n"
            "Editor-in-chief: Markus Pohl, +49 221 933 480 00\n"
            "IT on call: Sebastian Wirth, +49 171 554 2093\n"
            "Managing directors: Markus Pohl, Dr. Ilse Brandt\n"
        ),
    },
    {
        "id": "aj008-forward-from-it-block",
        "description": "an editor forwards her IT admin's mail; the admin gives a /30 for "
        "production and a single test address and is named the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Brněnský večerník, a.s.",
            I8,
            None,
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            ["198.51.100.30"],
            "Ondřej Sedláček",
            "sedlacek@bvecernik.example",
            "+420541772305",
        ),
        "from": "Jana Horká <horka@bvecernik.example>",
        "subject": "Fwd: ty adresy pro statistiky",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám níže údaje od našeho IT pro přístup k XML s výsledky voleb. Žadatel je "
            f"Brněnský večerník, a.s., IČO {I8}. Kontaktní osobou pro přístup bude Ondřej "
            "(viz jeho podpis), já jsem jen redakce.\n\n"
            "Děkuji, Jana Horká\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Ondřej Sedláček <sedlacek@bvecernik.example>\n"
            "Date: po 15. 9. 2025 v 11:20\n"
            "Subject: ty adresy pro statistiky\n"
            "To: Jana Horká <horka@bvecernik.example>\n\n\n"
            "Ahoj Jano,\n\n"
            "pro ČSÚ: produkce z rozsahu 198.51.100.16/30 (celý blok, balancer), testovat "
            "budeme z 198.51.100.30. Port je jim jedno, tahá se to přes 443.\n\n"
            "O.\n\n"
            "--\nOndřej Sedláček\nsprávce sítě | Brněnský večerník, a.s.\n"
            "+420 541 772 305 | sedlacek@bvecernik.example\n"
        ),
    },
    {
        "id": "aj009-slovak-signature-three-people",
        "description": "Slovak regional TV; the contact is named by title and surname in the "
        "text, the signature lists three people with their phones",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "TV Liptov, s. r. o.",
            ico("3612840"),
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.212"],
            "Lenka Kováčová",
            "kovacova@tvliptov.example",
            "+421905338112",
        ),
        "from": "Marek Hudec <hudec@tvliptov.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": ZIMBRA,
        "body": (
            "Dobrý deň,\n\n"
            "televízia TV Liptov, s. r. o., IČO "
            f"{ico('3612840')}, vysiela aj do českého prihraničia a pri voľbách do "
            "Poslaneckej snemovne chceme prinášať výsledky. Žiadame preto o prístup k XML "
            "výstupu.\n\n"
            "Produkčné adresy: 192.0.2.210 a 192.0.2.211\n"
            "Testovacia adresa: 192.0.2.212\n\n"
            "Kontaktnou osobou bude p. Kováčová z produkcie (kontakt nižšie).\n\n"
            "S pozdravom\n\n"
            "Marek Hudec, riaditeľ, +421 905 221 407\n"
            "Lenka Kováčová, produkcia, +421 905 338 112, kovacova@tvliptov.example\n"
            "Peter Gálik, technika, +421 44 552 1190\n"
            "TV Liptov, s. r. o. | Štúrova 8 | 031 01 Liptovský Mikuláš\n"
        ),
    },
    {
        "id": "aj010-txt-form-unticked-film",
        "description": "text-file form with bracket checkboxes, the recording box left empty; "
        "the mail body only says the form is attached",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "JIH INFO s.r.o.",
            I10,
            None,
            ["203.0.113.70"],
            [],
            "Simona Pavlíková",
            "pavlikova@jihinfo.example",
            "+420608471330",
        ),
        "from": "Simona Pavlíková <pavlikova@jihinfo.example>",
        "subject": "formulář volby 2025",
        "headers": GMAIL,
        "body": "Dobrý den, v příloze vyplněný formulář. Díky, S. Pavlíková\n",
        "attachments": [
            (
                "txt",
                "formular_jihinfo.txt",
                "ŽÁDOST MÉDIA – VOLBY 2025\n"
                "=========================\n\n"
                "Žádám o:\n"
                "  [x] přístup k výsledkům ve formátu XML\n"
                "  [ ] povolení k natáčení na sběrném místě\n\n"
                "Žadatel ........... JIH INFO s.r.o.\n"
                f"IČO ............... {I10}\n"
                "Produkční IP ...... 203.0.113.70\n"
                "Testovací IP ...... (neuvádíme)\n"
                "Kontaktní osoba ... Simona Pavlíková\n"
                "E-mail ............ pavlikova@jihinfo.example\n"
                "Telefon ........... +420 608 471 330\n\n"
                "Datum: 16.9.2025\n",
            )
        ],
    },
    {
        "id": "aj011-gmail-html-both-types",
        "description": "Gmail HTML with a plain-text part; a table with row headers, both "
        "request types, a crew list with other phones",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Rádio Beskydy s.r.o.",
            I11,
            None,
            ["192.0.2.160"],
            ["192.0.2.161"],
            "Lukáš Mikeska",
            "mikeska@radiobeskydy.example",
            "+420558640215",
        ),
        "from": "Lukáš Mikeska <mikeska@radiobeskydy.example>",
        "subject": "Rádio Beskydy – žádost XML + natáčení",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Beskydy s.r.o. (IČO {I11}) žádá o přístup k XML výsledkům a zároveň o "
            "povolení nahrávat reportáž na sběrném místě ve Frýdku-Místku.\n\n"
            "Produkční IP 192.0.2.160\nTestovací IP 192.0.2.161\n"
            "Kontakt Lukáš Mikeska, 558 640 215\n\n"
            "Reportéři na místě: Eva Krpcová (604 118 993), Jiří Bílek (604 118 994)\n\n"
            "Díky,\nLukáš Mikeska\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            f"<div>Rádio Beskydy s.r.o. (IČO {I11}) žádá o přístup k XML výsledkům a zároveň "
            "o povolení nahrávat reportáž na sběrném místě ve Frýdku-Místku.</div><div><br>"
            '</div><table style="border:1px solid #ccc">'
            "<tr><th>Produkční IP</th><td>192.0.2.160</td></tr>"
            "<tr><th>Testovací IP</th><td>192.0.2.161</td></tr>"
            "<tr><th>Kontakt</th><td>Lukáš Mikeska, 558&nbsp;640&nbsp;215</td></tr>"
            "</table><div><br></div><div>Reportéři na místě: Eva Krpcová (604 118 993), "
            "Jiří Bílek (604 118 994)</div><div><br></div><div>Díky,</div>"
            '<div>Lukáš Mikeska</div><span class="gmail_signature_prefix">-- </span>'
            '<div class="gmail_signature">Rádio Beskydy | vedoucí zpravodajství</div></div>'
        ),
    },
    {
        "id": "aj012-samsung-freelance-photographer",
        "description": "two lines from a Samsung phone: a freelance photographer without an IČO "
        "asks only to take pictures at a collection point",
        "style": Style.MOBILE,
        "labels": L(
            [FILM],
            "Michal Doležal",
            None,
            None,
            [],
            [],
            "Michal Doležal",
            "michal.dolezal.foto@posta.example",
            "+420721904356",
        ),
        "from": "Michal Doležal <michal.dolezal.foto@posta.example>",
        "subject": "foceni volby",
        "headers": SAMSUNG,
        "cte": "base64",
        "body": (
            "Dobrý den, jsem fotograf na volné noze (bez IČ, fotím pro několik webů) a chtěl "
            "bych poprosit o povolení fotit na sběrném místě v Hradci 4.10. večer. "
            "Data nepotřebuju.\nDěkuji Michal Doležal 721904356\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "aj013-contractor-netmask-version",
        "description": "an IT contractor writes for a regional outlet: an address with a "
        "netmask (a block of four), a parser version and a port that look like addresses",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Kraj v pohybu, z.s.",
            I13,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Adam Čermák",
            "adam@bitwerk.example",
            "+420776120844",
        ),
        "from": "Adam Čermák <adam@bitwerk.example>",
        "subject": "Přístup k XML – Kraj v pohybu (zastupujeme technicky)",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "jsme externí dodavatel webu pro spolek Kraj v pohybu, z.s. (IČO "
            f"{I13}), který provozuje zpravodajský portál krajvpohybu.example. Za "
            "něj Vás žádám o zpřístupnění XML s výsledky voleb.\n\n"
            "Produkční rozsah: 203.0.113.200 maska 255.255.255.252\n"
            "Test: 203.0.113.210\n\n"
            "Stahovat to bude náš importér (verze 3.1.4.2) každých 60 s přes HTTPS, port "
            "8443 máme otevřený jen interně, na Vaší straně tedy nic.\n\n"
            "Kontaktní osobou pro tuto žádost jsem já, Adam Čermák, tel. 776 120 844. "
            "Souhlas spolku s tím, že žádost podávám za něj, přikládám na požádání.\n\n"
            "Adam Čermák\nBitwerk s.r.o. – vývoj a provoz webů\n"
        ),
    },
    {
        "id": "aj014-databox-docx-office-block",
        "description": "data message with a DOCX letter; the address block names the office, "
        "the footer carries the applicant's box and IČO, a table with a spanning role cell",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Podřipsko, s.r.o.",
            I14,
            "n6tq2ws",
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.40"],
            "Irena Matoušková",
            "matouskova@podripsko.example",
            "+420416730285",
        ),
        "subject": "Žádost – výsledky voleb XML",
        "databox": {
            "box": "n6tq2ws",
            "sender": "Vydavatelství Podřipsko, s.r.o.",
            "address": "Mostní 9, 413 01 Roudnice nad Labem",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU.docx",
                {
                    "footer": f"Vydavatelství Podřipsko, s.r.o. · IČO {I14} · "
                    "datová schránka n6tq2ws · www.podripsko.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n"
                        "IČO 00025593, ID DS 2gfaasy",
                        "V Roudnici nad Labem 15. září 2025",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Vydavatelství Podřipsko, s.r.o., vydavatel týdeníku Podřipský "
                        "hlas, žádá o zřízení přístupu k serveru s výsledky voleb z těchto "
                        "adres:",
                        {
                            "rows": [
                                ["Účel", "IP adresa"],
                                ["produkce", "192.0.2.33"],
                                ["", "192.0.2.34"],
                                ["test", "192.0.2.40"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Irena Matoušková, tel. 416 730 285, "
                        "matouskova@podripsko.example",
                        "Ing. Karel Šafránek\njednatel",
                    ],
                },
            )
        ],
    },
]
