"""Fifteenth held-out set, prefix ``ia``, cases ia029-ia042: more HTML-only mails, corrections,
a forwarded message attached whole, legacy charsets, flowed text, a signed mail and a second
data message. Written by hand; never tune on it."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L

F = "feed_access"
R = "recording_permit"

_INNER_FORWARD: dict[str, Any] = {
    "id": "ia034-inner",
    "from": "Věra Holečková <holeckova@pribramskytyden.example>",
    "to": "Karel Nedbal <nedbal@pribramskytyden.example>",
    "subject": "žádost ČSÚ",
    "body": (
        "Karle,\ntext žádosti: Příbramský týden s.r.o., IČO 29064732, žádá o přístup k XML"
        " výsledkům. Ostré IP 192.0.2.66 a 192.0.2.67, testovací 192.0.2.68. Kontakt já,"
        " Věra Holečková, 603 915 277.\nPošli to prosím z podatelny firmy.\nV.\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "ia029-html-only-webmail-roles-in-columns",
        "description": "HTML-only webmail; the table gives production and test as two columns",
        "style": "webmail",
        "from": "Dušan Říha <riha@plzenskyexpres.example>",
        "subject": "XML – Plzeňský expres",
        "headers": [("User-Agent", "Roundcube Webmail/1.6.5")],
        "html": (
            "<div>Dobrý den,<br>posílám údaje pro přístup k výsledkům voleb v XML.</div>"
            "<table><tr><td>Žadatel</td><td colspan='2'>Plzeňský expres, s.r.o.</td></tr>"
            "<tr><td>IČO</td><td colspan='2'>26118408</td></tr>"
            "<tr><th></th><th>ostrý</th><th>testovací</th></tr>"
            "<tr><td>IP 1</td><td>198.51.100.180</td><td>198.51.100.190</td></tr>"
            "<tr><td>IP 2</td><td>198.51.100.181</td><td>198.51.100.191</td></tr></table>"
            "<div>Dušan Říha, tel. +420 377 221 905</div>"
        ),
        "labels": L(
            [F],
            "Plzeňský expres, s.r.o.",
            "26118408",
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.190", "198.51.100.191"],
            "Dušan Říha",
            "riha@plzenskyexpres.example",
            "+420377221905",
        ),
    },
    {
        "id": "ia030-correction-phone-and-test",
        "description": "one message that first gives a wrong phone and test address, then corrects both",
        "style": "correction",
        "from": "Miroslava Tichá <ticha@hanackenoviny.example>",
        "subject": "Přístup XML (opraveno)",
        "body": (
            "Dobrý den,\nHanácké noviny, s.r.o., IČO 05281938, žádají o přístup k výsledkům"
            " v XML. Produkce 203.0.113.5, test 203.0.113.6, telefon 585 220 114.\n\n"
            "Oprava: testovací adresa je 203.0.113.7 (ne .6) a volejte mi raději na mobil"
            " 728 330 651, pevnou linku v pátek nezvedá nikdo.\n\nMiroslava Tichá\n"
        ),
        "labels": L(
            [F],
            "Hanácké noviny, s.r.o.",
            "05281938",
            None,
            ["203.0.113.5"],
            ["203.0.113.7"],
            "Miroslava Tichá",
            "ticha@hanackenoviny.example",
            "+420728330651",
        ),
    },
    {
        "id": "ia031-windows-1250-outlook-express",
        "description": "old client, windows-1250, 8bit body, production range written with 'až'",
        "style": "outlook",
        "from": "Karel Vondrák <vondrak@tydenikbeskydy.example>",
        "subject": "Zadost o pristup - Tydenik Beskydy",
        "charset": "windows-1250",
        "cte": "8bit",
        "headers": [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")],
        "body": (
            "Dobrý den,\n\nsměrem k volbám žádáme o zpřístupnění XML dat.\n"
            "Vydavatel: Týdeník Beskydy, v.o.s., IČO: 473 16 292\n"
            "Adresy (ostrý provoz): 192.0.2.100 až 192.0.2.103\n"
            "Testovací prostředí nemáme.\n\n"
            "Karel Vondrák, jednatel\ntel.: +420 558 640 771\n"
        ),
        "labels": L(
            [F],
            "Týdeník Beskydy, v.o.s.",
            "47316292",
            None,
            ["192.0.2.100", "192.0.2.101", "192.0.2.102", "192.0.2.103"],
            [],
            "Karel Vondrák",
            "vondrak@tydenikbeskydy.example",
            "+420558640771",
        ),
    },
    {
        "id": "ia032-flowed-english-respectively",
        "description": "format=flowed English mail; roles given by 'respectively' across a soft break",
        "style": "thunderbird",
        "from": "Henrik Aalto <henrik.aalto@nordicdata.example>",
        "subject": "CZSO election XML feed - Nordic Data Desk",
        "flowed": True,
        "headers": [("User-Agent", "Mozilla/5.0 Thunderbird/128.3.1")],
        "body": (
            "Dear colleagues,\n\nNordic Data Desk Oy (Helsinki) requests access to the"
            " election results XML. Our production and test servers are 198.18.7.21 and \n"
            "198.18.7.31 respectively.\n\n"
            "Contact: Henrik Aalto, henrik.aalto@nordicdata.example, +358 40 517 2286\n\n"
            "Best regards\nHenrik\n"
        ),
        "labels": L(
            [F],
            "Nordic Data Desk Oy",
            None,
            None,
            ["198.18.7.21"],
            ["198.18.7.31"],
            "Henrik Aalto",
            "henrik.aalto@nordicdata.example",
            "+358405172286",
        ),
    },
    {
        "id": "ia033-html-only-newsletter-style",
        "description": "HTML-only mail with a styled signature holding two people; the contact is stated",
        "style": "html",
        "from": "Echo Východ <redakce@echovychod.example>",
        "subject": "Žádost o XML feed",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "html": (
            "<html><body style='font-family:Calibri'>"
            "<p>Dobrý den,</p><p>Echo Východ, z. s., IČO 01903586, žádá o přístup"
            " k XML s výsledky voleb pro adresy pro ostrý provoz <b>203.0.113.222</b>"
            " a <b>203.0.113.223</b>. Test nepotřebujeme.</p>"
            "<p>Kontaktní osobou je Mgr. Patrik Zeman (zeman@echovychod.example).</p>"
            "<table><tr><td><b>Patrik Zeman</b><br>editor<br>+420 732 118 560</td>"
            "<td><b>Ilona Marešová</b><br>předsedkyně spolku<br>+420 604 990 215</td></tr>"
            "</table></body></html>"
        ),
        "labels": L(
            [F],
            "Echo Východ, z. s.",
            "01903586",
            None,
            ["203.0.113.222", "203.0.113.223"],
            [],
            "Patrik Zeman",
            "zeman@echovychod.example",
            "+420732118560",
        ),
    },
    {
        "id": "ia034-forward-attached-eml",
        "description": "colleague's draft forwarded as an attached message; the forwarder adds nothing new",
        "style": "forward",
        "from": "Karel Nedbal <nedbal@pribramskytyden.example>",
        "subject": "Fw: žádost ČSÚ",
        "body": "Dobrý den,\nv příloze přeposílám žádost od kolegyně, prosím o vyřízení.\nNedbal\n",
        "attachments": [("eml", "zadost.eml", _INNER_FORWARD)],
        "labels": L(
            [F],
            "Příbramský týden s.r.o.",
            "29064732",
            None,
            ["192.0.2.66", "192.0.2.67"],
            ["192.0.2.68"],
            "Věra Holečková",
            "holeckova@pribramskytyden.example",
            "+420603915277",
        ),
    },
    {
        "id": "ia035-smime-formal-both",
        "description": "S/MIME-signed formal request for feed and filming with IPv6 test address",
        "style": "formal",
        "smime": True,
        "from": "Mgr. Alena Krejčí <krejci@rsmorava.example>",
        "subject": "Žádost o přístup k XML a o povolení natáčení",
        "body": (
            "Vážení,\n\nRozhlasová společnost Morava, a.s., IČO 28847105, žádá\n"
            "1) o přístup k XML výsledkům voleb – adresy pro ostrý provoz 198.51.100.240,"
            " 198.51.100.241, testovací 2001:db8:77::2;\n"
            "2) o povolení pořizovat zvukový a obrazový záznam na přebíracím místě"
            " ve Zlíně.\n\nKontaktní osoba: Mgr. Alena Krejčí, mobil 603 744 218.\n\n"
            "S pozdravem\nAlena Krejčí\nvedoucí vydání\n"
        ),
        "labels": L(
            [F, R],
            "Rozhlasová společnost Morava, a.s.",
            "28847105",
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["2001:db8:77::2"],
            "Alena Krejčí",
            "krejci@rsmorava.example",
            "+420603744218",
        ),
    },
    {
        "id": "ia036-databox-annotation-and-txt",
        "description": "data message from a natural-person entrepreneur's box; signature lists a box ID too",
        "style": "databox",
        "from": "",
        "subject": "Žádost o povolení natáčení při zpracování výsledků voleb",
        "databox": {"box": "p3wz8rd", "sender": "Libor Kadlec", "address": "Tábor", "type": 30},
        "attachments": [
            (
                "txt",
                "zadost_nataceni.txt",
                "Dobrý den,\njako nezávislý kameraman (OSVČ, IČO 64029158) žádám o povolení"
                " natáčet na přebíracím místě v Táboře v den voleb. Přístup k XML"
                " nepotřebuji.\n\nLibor Kadlec\nDS: p3wz8rd\nkadlec.video@posta-like.example\n"
                "+420 381 252 447\n",
            ),
        ],
        "labels": L(
            [R],
            "Libor Kadlec",
            "64029158",
            "p3wz8rd",
            [],
            [],
            "Libor Kadlec",
            "kadlec.video@posta-like.example",
            "+420381252447",
        ),
    },
    {
        "id": "ia037-quick-reply-quotes-press-release",
        "description": "quotes the office's press release (its phone, data box) above a short request",
        "style": "reply",
        "from": "Eliška Vrbová <vrbova@strednicechy-dnes.example>",
        "subject": "Re: Tisková zpráva ČSÚ – registrace médií",
        "body": (
            "Dobrý den, registrujeme se: Střední Čechy dnes s.r.o., IČO 07611846,"
            " IP 203.0.113.150 (ostrý), 203.0.113.151 (test). Eliška Vrbová, 775 012 389\n\n"
            "> Český statistický úřad (IČO 00025593, datová schránka 2gfaasy) přijímá žádosti"
            " médií o přístup k XML výsledkům.\n"
            "> Dotazy: podatelna@czso.cz, tel. 274 052 733\n"
        ),
        "labels": L(
            [F],
            "Střední Čechy dnes s.r.o.",
            "07611846",
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Eliška Vrbová",
            "vrbova@strednicechy-dnes.example",
            "+420775012389",
        ),
    },
    {
        "id": "ia038-english-agency-bullets-backup",
        "description": "English wire service, bullet list with primary, backup and staging servers",
        "style": "outlook",
        "from": '"Marchetti, Luca" <l.marchetti@eurowire.example>',
        "subject": "Election results feed - Eurowire Media S.p.A.",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": (
            "Good morning,\n\nEurowire Media S.p.A. (Milan) asks for access to the results"
            " XML service.\n\n"
            "  * primary: 198.18.200.10\n  * backup: 198.18.200.11\n"
            "  * staging (tests only): 198.18.201.10\n\n"
            "Please address any questions to our Prague correspondent,"
            " Luca Marchetti, mobile +420 739 551 028 (Czech SIM).\n\n"
            "Regards,\nLuca Marchetti\nEurowire Media\n"
        ),
        "labels": L(
            [F],
            "Eurowire Media S.p.A.",
            None,
            None,
            ["198.18.200.10", "198.18.200.11"],
            ["198.18.201.10"],
            "Luca Marchetti",
            "l.marchetti@eurowire.example",
            "+420739551028",
        ),
    },
    {
        "id": "ia039-slovak-no-diacritics-cidr-test",
        "description": "Slovak without diacritics, production single, test as /31",
        "style": "mobile",
        "from": "Juraj Bielik <juraj@dennikjuh.example>",
        "subject": "xml vysledky",
        "headers": [("X-Mailer", "Samsung Email")],
        "body": (
            "Dobry den, Dennik Juh a.s., ICO 25473905, ziadame pristup k XML. produkcna ip"
            " 192.0.2.150, testovacie 192.0.2.160/31. Juraj Bielik 0905 318 664\n"
            "Odoslane zo Samsung Galaxy\n"
        ),
        "labels": L(
            [F],
            "Dennik Juh a.s.",
            "25473905",
            None,
            ["192.0.2.150"],
            ["192.0.2.160", "192.0.2.161"],
            "Juraj Bielik",
            "juraj@dennikjuh.example",
            "+421905318664",
        ),
    },
    {
        "id": "ia040-version-number-and-date",
        "description": "technician mentions software version and date near the addresses",
        "style": "chatty",
        "from": "Ota Šťovíček <stovicek@modrevlny.example>",
        "subject": "feed",
        "body": (
            "Nazdar podatelno :)\n\npíšu za rádio Modré vlny s.r.o. (IČO 03042774). Stahovat"
            " budeme naším parserem verze 2.4.10.1 z produkčního serveru 198.51.100.33,"
            " testovat od 12.10.2022 na 198.51.100.34.\n\nOta Šťovíček, technik, 720 400 516\n"
        ),
        "labels": L(
            [F],
            "Modré vlny s.r.o.",
            "03042774",
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Ota Šťovíček",
            "stovicek@modrevlny.example",
            "+420720400516",
        ),
    },
    {
        "id": "ia041-reply-uses-own-quoted-original",
        "description": "short reply adds a second production address; the rest is in the sender's quoted original",
        "style": "reply",
        "from": "Renata Hájková <hajkova@karlovarskyzpravodaj.example>",
        "subject": "Re: Žádost o přístup – Karlovarský zpravodaj",
        "body": (
            "Ještě prosím přidejte k ostrým adresám i 203.0.113.19, jinak vše dle původní"
            " žádosti níže.\nR. Hájková\n\n"
            "On Tue, Renata Hájková <hajkova@karlovarskyzpravodaj.example> wrote:\n"
            "> Dobrý den,\n> Karlovarský zpravodaj, o.p.s., IČO 27116581, žádá o přístup\n"
            "> k XML výsledkům. Ostrý provoz: 203.0.113.18. Test: 203.0.113.28.\n"
            "> Kontakt: Renata Hájková, +420 353 118 940\n"
        ),
        "labels": L(
            [F],
            "Karlovarský zpravodaj, o.p.s.",
            "27116581",
            None,
            ["203.0.113.18", "203.0.113.19"],
            ["203.0.113.28"],
            "Renata Hájková",
            "hajkova@karlovarskyzpravodaj.example",
            "+420353118940",
        ),
    },
    {
        "id": "ia042-html-only-checkbox-form",
        "description": "HTML-only form mail: feed ticked, filming unticked; IPv6 production",
        "style": "html",
        "from": "Formulář webu <noreply@mediadum-kralovec.example>",
        "subject": "Vyplněný formulář: žádost ČSÚ",
        "html": (
            "<h3>Žádost o přístup – výsledky voleb</h3>"
            "<table border='1'>"
            "<tr><td>Organizace</td><td>Mediální dům Královec, a.s.</td></tr>"
            "<tr><td>IČO</td><td>49021362</td></tr>"
            "<tr><td>Přístup k XML</td><td>☒ ano</td></tr>"
            "<tr><td>Natáčení na přebíracím místě</td><td>☐ ano</td></tr>"
            "<tr><td>IP produkce</td><td>203.0.113.80, 2001:db8:ab::80</td></tr>"
            "<tr><td>IP test</td><td>203.0.113.90</td></tr>"
            "<tr><td>Kontakt</td><td>Vlastimil Hora</td></tr>"
            "<tr><td>E-mail kontaktu</td><td>hora@mediadum-kralovec.example</td></tr>"
            "<tr><td>Telefon</td><td>+420 485 112 700</td></tr></table>"
        ),
        "labels": L(
            [F],
            "Mediální dům Královec, a.s.",
            "49021362",
            None,
            ["203.0.113.80", "2001:db8:ab::80"],
            ["203.0.113.90"],
            "Vlastimil Hora",
            "hora@mediadum-kralovec.example",
            "+420485112700",
        ),
    },
]
