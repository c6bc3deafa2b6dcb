"""Fortieth held-out part ``ap``, cases ap001–ap014: an iPhone note, an HTML-only Outlook table,
a reply under the office's quoted press release, a freelancer without an IČO, a typo corrected
further down, a data message with the request only in its annotation, a German sender in
English, a forward from IT, a webmail table, a signature of several people, a Slovak phone
note, a netmask, a British freelancer and a DOCX form with checkboxes. Written by hand apart
from the extraction rules (see make_fortieth_ap); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortieth_ap_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I2, I3, I5 = ico("2874510"), ico("0619342"), ico("4781205"), ico("2230968")
I6, I7, I8, I9 = ico("0955731"), ico("7710284"), ico("2649013"), ico("0408817")
I10, I11, I12, I14 = ico("2517746"), ico("3611920"), ico("2903385"), ico("6047219")

CASES: list[dict[str, Any]] = [
    {
        "id": "ap001-iphone-prod-tst-note",
        "description": "three lines typed on an iPhone without diacritics, 'prod' and 'tst' "
        "abbreviations, IČO glued to 'ico:'",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zpravy z Podbrdska s.r.o.",
            I1,
            None,
            ["198.51.100.23"],
            ["198.51.100.24"],
            "Radek Simunek",
            "simunek@podbrdsko.example",
            "+420731884210",
        ),
        "from": "Radek Simunek <simunek@podbrdsko.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, chtel bych pristup na xml vysledky pro zpravyzpodbrdska.example\n"
            f"Zpravy z Podbrdska s.r.o. ico:{I1}\n"
            "prod 198.51.100.23\ntst 198.51.100.24\n"
            "kdyztak volejte +420 731-884-210, Simunek\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ap002-outlook-html-two-columns",
        "description": "HTML-only Outlook mail, addresses in a table with Produkční/Testovací "
        "columns and an empty cell; the signature names an editor-in-chief and the IT contact",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Jihomoravský kurýr, a.s.",
            I2,
            None,
            ["192.0.2.114", "192.0.2.115"],
            ["192.0.2.119"],
            "Ondřej Kadlec",
            "kadlec@jmkuryr.example",
            "+420541331872",
        ),
        "from": "Kadlec Ondřej <kadlec@jmkuryr.example>",
        "subject": "Žádost – přístup k XML s výsledky voleb (Jihomoravský kurýr)",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0;font-family:"Aptos",sans-serif}</style></head>'
            '<body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">za vydavatele deníku Jihomoravský kurýr (Jihomoravský kurýr, '
            f"a.s., IČO {I2}) žádám o zřízení přístupu k volebnímu serveru s daty ve "
            "formátu XML. Stahovat budeme z těchto adres:</p>"
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4" '
            'style="border-collapse:collapse">'
            '<tr><td style="background:#D9E2F3"><p class="MsoNormal"><b>Produkční IP</b></p></td>'
            '<td style="background:#D9E2F3"><p class="MsoNormal"><b>Testovací IP</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">192.0.2.114</p></td>'
            '<td><p class="MsoNormal">192.0.2.119</p></td></tr>'
            '<tr><td><p class="MsoNormal">192.0.2.115</p></td>'
            '<td><p class="MsoNormal">&nbsp;</p></td></tr>'
            "</table>"
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Technicky vše zajišťuji já, takže prosím veškerou '
            "komunikaci směřujte na mě.</p>"
            '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Děkuji, s pozdravem</p>'
            '<p class="MsoNormal"><b>Ondřej Kadlec</b> | správa systémů<br>'
            "tel. 541 331 872 | pohotovost IT 541 331 899 (nonstop)<br>"
            '<a href="mailto:kadlec@jmkuryr.example">kadlec@jmkuryr.example</a></p>'
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal" style="color:#7F7F7F">Šéfredaktorka: Mgr. Lenka Rybová, '
            "lenka.rybova@jmkuryr.example, +420 541 331 800<br>"
            "Jihomoravský kurýr, a.s., Kobližná 19, 602 00 Brno</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "ap003-seznam-reply-press-release",
        "description": "reply from Seznam webmail under the office's quoted press release "
        "(office IČO, box, phone, the feed's port and an address of the office's server)",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Týdeník Polabí s.r.o.",
            I3,
            None,
            ["203.0.113.61"],
            ["203.0.113.62"],
            "Věra Machačová",
            "machacova@polabi-tydenik.example",
            "+420725118306",
        ),
        "from": "Věra Machačová <machacova@polabi-tydenik.example>",
        "subject": "Re: TZ – Výsledky voleb do Poslanecké sněmovny pro média",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na Vaši tiskovou zprávu. Týdeník Polabí s.r.o. (IČO "
            f"{I3}) by rád získal přístup k výsledkům ve formátu XML a zároveň prosíme "
            "o povolení natáčet krátkou reportáž na krajském sběrném místě v Kolíně.\n\n"
            "IP produkce: 203.0.113.61\nIP test: 203.0.113.62\n\n"
            "Kontaktní osoba: Věra Machačová, tel. 725 118 306\n\n"
            "S pozdravem\nVěra Machačová\nredaktorka, Týdeník Polabí\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n"
            "Komu: media@polabi-tydenik.example\n"
            "Datum: 10. 9. 2025 9:02:17\n"
            "Předmět: TZ – Výsledky voleb do Poslanecké sněmovny pro média\n\n"
            "Český statistický úřad, IČO 00025593, nabízí médiím přímý přístup k průběžným\n"
            "výsledkům voleb ve formátu XML. Data budou k dispozici na serveru\n"
            "volby-media.czso.example (192.0.2.250), port 443, od 3. 10. 2025 14:00.\n"
            "Žádosti přijímáme e-mailem na podatelna@czso.cz nebo datovou schránkou\n"
            "2gfaasy. Dotazy: oddělení komunikace, tel. +420 274 052 017.\n"
        ),
    },
    {
        "id": "ap004-chatty-podcaster-no-ico",
        "description": "chatty podcaster without an IČO wants both the feed for her small "
        "server and to record sound at a collection point; her husband's number as a fallback",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Dagmar Pokorná",
            None,
            None,
            ["198.51.100.77"],
            [],
            "Dagmar Pokorná",
            "dasa.pokorna@volnepole.example",
            "+420608441097",
        ),
        "from": "Dáša Pokorná <dasa.pokorna@volnepole.example>",
        "subject": "podcast Volné pole – XML + nahrávání",
        "headers": GMAIL,
        "body": (
            "Dobrý den!\n\n"
            "Omlouvám se předem, jestli píšu na špatnou adresu :) Jmenuji se Dagmar Pokorná a "
            "dělám podcast Volné pole o komunální a celostátní politice. Jsem úplně sama, "
            "nemám firmu ani živnost, takže IČO Vám bohužel nedám.\n\n"
            "Ve volební noc chci vysílat živý stream a ráda bych výsledky tahala přímo z "
            "Vašeho XML. Mám malý virtuální server na 198.51.100.77, nic jiného nemám, "
            "testovat budu prostě z něj.\n\n"
            "A druhá věc – chtěla bych na sběrném místě v Hradci Králové nahrát pár "
            "rozhovorů (jen zvuk, diktafon, žádná kamera). Snad to nevadí.\n\n"
            "Jsem k zastižení na 608 441 097, když to nezvednu, tak manžel na 603 920 551 "
            "mi to vyřídí.\n\nDěkuju moc!\nDáša (Dagmar Pokorná)\n"
        ),
    },
    {
        "id": "ap005-tbird-typo-corrected-below",
        "description": "three production addresses, the third corrected a few lines below "
        "('má být .130, ne .103'), a separate test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "RADIO HANÁ, spol. s r.o.",
            I5,
            None,
            ["203.0.113.101", "203.0.113.102", "203.0.113.130"],
            ["203.0.113.140"],
            "Zbyněk Hrubeš",
            "hrubes@radiohana.example",
            "+420585224019",
        ),
        "from": "Zbyněk Hrubeš <hrubes@radiohana.example>",
        "subject": "Přístup k volebním výsledkům XML – RADIO HANÁ",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"RADIO HANÁ, spol. s r.o., IČO: {I5}, žádá o přístup k XML výsledkům voleb.\n\n"
            "Produkční servery:\n"
            "  203.0.113.101\n  203.0.113.102\n  203.0.113.103\n"
            "Testovací server:\n  203.0.113.140\n\n"
            "Oprava – ve třetí produkční adrese jsem se upsal, má být 203.0.113.130, ne "
            ".103 (ta patří jiné firmě v našem datacentru).\n\n"
            "Kontakt: Zbyněk Hrubeš, vedoucí techniky, 585 224 019, "
            "hrubes@radiohana.example\n\n"
            "Díky a hezký den\nZbyněk Hrubeš\n"
            "-- \nRADIO HANÁ, spol. s r.o. | Horní nám. 7, 779 00 Olomouc | "
            "www.radiohana.example\n"
        ),
    },
    {
        "id": "ap006-databox-annotation-only",
        "description": "data message whose annotation carries the whole request; the attached "
        "file is only an extract from the commercial register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Infoportál Slezsko s.r.o.",
            I6,
            "r4tx9wp",
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Patrik Oravec",
            "oravec@infoslezsko.example",
            "+420602118730",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb. Prod. IP 192.0.2.150, test. IP "
            "192.0.2.151. Kontakt: Patrik Oravec, 602 118 730, oravec@infoslezsko.example. "
            "Přílohou výpis z OR."
        ),
        "databox": {
            "box": "r4tx9wp",
            "sender": "Infoportál Slezsko s.r.o.",
            "address": "Nádražní 41, 702 00 Ostrava",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_infoportal.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Ostravě, "
                    "oddíl C, vložka 51872",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "14. března 2016"],
                            ["Spisová značka:", "C 51872 vedená u Krajského soudu v Ostravě"],
                            ["Obchodní firma:", "Infoportál Slezsko s.r.o."],
                            ["Sídlo:", "Nádražní 41, Moravská Ostrava, 702 00 Ostrava"],
                            ["Identifikační číslo:", f"{I6[:3]} {I6[3:6]} {I6[6:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Předmět podnikání:", "Vydavatelské činnosti"],
                            ["Jednatel:", "Mgr. Patrik Oravec, den vzniku funkce: 14. 3. 2016"],
                        ],
                        "widths": [150, 300],
                    },
                    "Údaje platné ke dni: 12. září 2025 06:00",
                ],
            )
        ],
    },
    {
        "id": "ap007-german-english-ipv6-test",
        "description": "German broadcaster writes English: two IPv4 production addresses and "
        "an IPv6 test address, a German phone, VAT ID and a Handelsregister number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Mitteldeutsche Hörfunk GmbH",
            None,
            None,
            ["198.51.100.200", "198.51.100.201"],
            ["2001:db8:4c1::12"],
            "Jonas Reinholz",
            "j.reinholz@md-hoerfunk.example",
            "+493419928417",
        ),
        "from": "Jonas Reinholz <j.reinholz@md-hoerfunk.example>",
        "subject": "Request for access to election results XML (Czech parliamentary election)",
        "headers": ZIMBRA,
        "body": (
            "Dear Sir or Madam,\n\n"
            "our radio station covers the Czech parliamentary election for listeners in "
            "Saxony and we would like to get access to your XML results server.\n\n"
            "Please whitelist the following addresses:\n"
            "- production: 198.51.100.200 and 198.51.100.201\n"
            "- test: 2001:db8:4c1:0:0:0:0:12\n\n"
            "We have no Czech company ID; our details are: Mitteldeutsche Hörfunk GmbH, "
            "Amtsgericht Leipzig HRB 30518, VAT ID DE 287 441 903.\n\n"
            "Contact person for this request is me: Jonas Reinholz, phone "
            "+49 341 992 84 17.\n\n"
            "Thank you very much in advance.\n\n"
            "Best regards / Mit freundlichen Grüßen\nJonas Reinholz\nIT Broadcast Systems\n"
            "Mitteldeutsche Hörfunk GmbH | Karl-Liebknecht-Str. 143 | 04275 Leipzig\n"
        ),
    },
    {
        "id": "ap008-forward-it-details-new-contact",
        "description": "the editor forwards the IT department's mail with the addresses; the "
        "new text names a colleague as the contact, the quoted IT signature another person",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vltava Media Group a.s.",
            I8,
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.40"],
            "Lukáš Hrubý",
            "lukas.hruby@vltavamedia.example",
            "+420724660193",
        ),
        "from": "Irena Šafránková <irena.safrankova@vltavamedia.example>",
        "subject": "Fwd: IP adresy pro ČSÚ volby",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost o přístup k datům z voleb ve formátu XML pro Vltava Media Group "
            f"a.s., IČO {I8}. Adresy jsou v e-mailu od našeho IT níže. Kontaktní osobou "
            "bude kolega Lukáš Hrubý (lukas.hruby@vltavamedia.example, 724 660 193), "
            "který má volební noc na starosti.\n\n"
            "Děkuji\nIrena Šafránková\nasistentka vedení\n\n"
            "---------- Forwarded message ---------\n"
            "From: Tomáš Vaněk <it@vltavamedia.example>\n"
            "Date: Mon, Sep 15, 2025 at 4:41 PM\n"
            "Subject: IP adresy pro ČSÚ volby\n"
            "To: Irena Šafránková <irena.safrankova@vltavamedia.example>\n\n"
            "Ahoj Ireno,\n\n"
            "pro ČSÚ:\n"
            "produkce 192.0.2.33 a 192.0.2.34 (dva nody za balancerem)\n"
            "test 192.0.2.40\n\n"
            "Tomáš\n--\nTomáš Vaněk, IT, tel. 724 660 100\n"
        ),
    },
    {
        "id": "ap009-gmail-html-row-headers",
        "description": "Gmail HTML with a table whose first column names the role and whose "
        "cells carry two comma-separated addresses",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Krkonošský deník s.r.o.",
            I9,
            None,
            ["198.51.100.131", "198.51.100.132"],
            ["198.51.100.135", "198.51.100.136"],
            "Štěpán Kulhánek",
            "kulhanek@krkonossky-denik.example",
            "+420739205164",
        ),
        "from": "Štěpán Kulhánek <kulhanek@krkonossky-denik.example>",
        "subject": "XML volby - Krkonošský deník",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>prosím o přístup k XML výsledkům pro Krkonošský deník s.r.o. "
            f"(IČ {I9}).</div><div><br></div>"
            '<table style="border-collapse:collapse;border:none"><tbody>'
            '<tr><td style="border:1px solid #ccc;padding:4px"><b>produkce</b></td>'
            '<td style="border:1px solid #ccc;padding:4px">198.51.100.131, 198.51.100.132</td>'
            "</tr>"
            '<tr><td style="border:1px solid #ccc;padding:4px"><b>test</b></td>'
            '<td style="border:1px solid #ccc;padding:4px">198.51.100.135, 198.51.100.136</td>'
            "</tr></tbody></table>"
            "<div><br></div><div>Kontakt: já, 739 205 164.</div><div><br></div>"
            "<div>Díky,</div>"
            '<div><span class="gmail_signature_prefix">-- </span><br>'
            '<div class="gmail_signature">Štěpán Kulhánek<br>online editor<br>'
            "Krkonošský deník | Trutnov</div></div></div>"
        ),
    },
    {
        "id": "ap010-signature-three-people",
        "description": "sent by an office assistant; the text names the contact by surname, "
        "the signature block lists three people with their numbers",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Pražský expres, s. r. o.",
            I10,
            None,
            ["203.0.113.201"],
            ["203.0.113.209"],
            "Eva Zelenková",
            "zelenkova@prazskyexpres.example",
            "+420731502284",
        ),
        "from": "Sekretariát Pražský expres <sekretariat@prazskyexpres.example>",
        "subject": "Žádost o přístup k XML datům – volby do PS 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "jménem společnosti Pražský expres, s. r. o., IČO "
            f"{I10}, žádáme o přístup k serveru s výsledky voleb ve formátu XML.\n\n"
            "Produkční adresa: 203.0.113.201\nTestovací adresa: 203.0.113.209\n\n"
            "Kontaktní osobou pro tuto žádost je paní Zelenková (kontakt níže).\n\n"
            "S pozdravem\n\nMarta Janů\nsekretariát redakce\n\n"
            "---\nPražský expres, s. r. o. – kontakty redakce:\n"
            "Mgr. Jakub Sedlář, šéfredaktor, sedlar@prazskyexpres.example, +420 731 502 200\n"
            "Mgr. Eva Zelenková, vedoucí online, zelenkova@prazskyexpres.example, "
            "+420 731 502 284\n"
            "Bc. Filip Moravec, produkce, moravec@prazskyexpres.example, +420 731 502 291\n"
            "Sekretariát: +420 222 710 400 | Vinohradská 88, 130 00 Praha 3\n"
        ),
    },
    {
        "id": "ap011-slovak-samsung-note",
        "description": "Slovak sender from a Samsung phone, 'ostrá'/'testovacia' in one line, "
        "Slovak mobile, IČO with 'IČO:' and spaces",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Záhorské noviny, s.r.o.",
            I11,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Miroslav Baláž",
            "balaz@zahorske.example",
            "+421905337162",
        ),
        "from": "Miroslav Baláž <balaz@zahorske.example>",
        "subject": "pristup XML vysledky volieb CR",
        "headers": SAMSUNG,
        "body": (
            "Dobrý deň,\n"
            "prosím o prístup k XML výsledkom volieb, sme slovenský regionálny portál ale "
            "píšeme aj o ČR. Ostrá IP 192.0.2.88, testovacia 192.0.2.89.\n"
            f"Záhorské noviny, s.r.o., IČO: {I11[:2]} {I11[2:5]} {I11[5:]}\n"
            "Vďaka, Baláž, 0905 337 162\n\n"
            "Odoslané z môjho telefónu Galaxy\n"
        ),
    },
    {
        "id": "ap012-netmask-block-no-test",
        "description": "an address with a netmask (a block of four) for production, testing "
        "from the same machines, a software version and a port nearby",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "TV Beskydy s.r.o.",
            I12,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            [],
            "Aleš Kubiczek",
            "kubiczek@netbes.example",
            "+420558771340",
        ),
        "from": "Aleš Kubiczek <kubiczek@netbes.example>",
        "subject": "TV Beskydy – přístup k volebnímu XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "píšu za TV Beskydy s.r.o. (IČO "
            f"{I12}), pro kterou spravujeme servery. Televize žádá o přístup k výsledkům "
            "voleb ve formátu XML.\n\n"
            "Stahovat budeme z rozsahu 198.51.100.64 maska 255.255.255.252. Testovat budeme "
            "ze stejných strojů, samostatnou testovací adresu nemáme.\n"
            "Klient je náš skript (volby-sync 3.2.0.1), připojuje se přes HTTPS na 443.\n\n"
            "Kontaktní osoba: Aleš Kubiczek, tel. 558 771 340\n\n"
            "S pozdravem\nAleš Kubiczek\nNetBes s.r.o. – správa IT pro TV Beskydy\n"
        ),
    },
    {
        "id": "ap013-british-freelancer-no-ico",
        "description": "British freelance data journalist without any company ID asks for the "
        "feed and says he does not need filming; a UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Owen Pritchard",
            None,
            None,
            ["203.0.113.190"],
            ["203.0.113.191"],
            "Owen Pritchard",
            "owen@pritchard-data.example",
            "+447700900418",
        ),
        "from": "Owen Pritchard <owen@pritchard-data.example>",
        "subject": "Election XML feed - freelance request",
        "headers": [("X-Mailer", "Apple Mail (2.3826.100.11)")],
        "body": (
            "Hello,\n\n"
            "I'm a freelance data journalist based in Cardiff, writing about the Czech "
            "election for a couple of UK outlets (commissioned pieces, I'm not on staff "
            "anywhere). I work as a sole trader, so there is no company number to give you.\n\n"
            "Could I get access to the XML results feed? My scraper runs on 203.0.113.190; "
            "I'd also like to test beforehand from 203.0.113.191.\n\n"
            "I won't be filming anything, so no recording permission is needed.\n\n"
            "Best,\nOwen Pritchard\n+44 7700 900418\n"
        ),
    },
    {
        "id": "ap014-databox-docx-checkboxes",
        "description": "data message with a DOCX form: ticked XML box, unticked filming box, "
        "an address table with Produkční/Testovací row labels",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Krumlov, z.s.",
            I14,
            "h2wq7bd",
            ["192.0.2.171"],
            ["192.0.2.172"],
            "Klára Voborníková",
            "vobornikova@radiokrumlov.example",
            "+420380741256",
        ),
        "subject": "Žádost – volby 2025",
        "databox": {
            "box": "h2wq7bd",
            "sender": "Rádio Krumlov, z.s.",
            "address": "Latrán 12, 381 01 Český Krumlov",
        },
        "attachments": [
            (
                "docx",
                "zadost_volby.docx",
                {
                    "header": "Rádio Krumlov, z.s. | Latrán 12, 381 01 Český Krumlov",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "Žádost o zpřístupnění výsledků voleb",
                        "Žádáme o (zaškrtněte):",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☐ povolení k pořizování záznamu na sběrném místě",
                        {
                            "rows": [
                                ["Žadatel", "Rádio Krumlov, z.s."],
                                ["IČO", I14],
                                ["Produkční IP adresa", "192.0.2.171"],
                                ["Testovací IP adresa", "192.0.2.172"],
                                ["Kontaktní osoba", "Klára Voborníková"],
                                ["E-mail", "vobornikova@radiokrumlov.example"],
                                ["Telefon", "380 741 256"],
                            ]
                        },
                        "V Českém Krumlově dne 16. 9. 2025",
                        "Klára Voborníková, předsedkyně spolku",
                    ],
                },
            )
        ],
    },
]
