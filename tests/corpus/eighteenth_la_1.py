"""Eighteenth held-out part ``la``, cases la001–la014: phone-typed notes, chatty mails, HTML-only
Outlook and Gmail tables, a reply to the office's own press release, a correction inside one
mail, a forward from IT, foreign senders and data messages. Written by hand apart from the
extraction rules (see make_eighteenth_la); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighteenth_la_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I5 = ico("2708123"), ico("2641937"), ico("4952806"), ico("0371564")
I6, I8, I9, I10 = ico("2593145"), ico("0028471"), ico("0473251"), ico("2817290")
I11, I12, I12B, I13, I14 = (
    ico("2960418"),
    ico("6182034"),
    ico("0845217"),
    ico("3641829"),
    ico("2504763"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "la001-android-no-diacritics",
        "description": "two sloppy lines from an Android phone, IČO typed with spaces as 'ic'",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Hlas Vysociny s.r.o.",
            I1,
            None,
            ["203.0.113.41"],
            ["203.0.113.42"],
            "Jiri Vlcek",
            "vlcek@hlasvysociny.example",
            "+420603218774",
        ),
        "from": "Jiri Vlcek <vlcek@hlasvysociny.example>",
        "subject": "xml pristup volby",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "dobry den,\nprosim o pristup k tem xml s vysledkama voleb pro nas web "
            "hlasvysociny.example. server je 203.0.113.41, na testovani 203.0.113.42\n"
            f"firma Hlas Vysociny s.r.o., ic {I1[:3]} {I1[3:5]} {I1[5:]}\n"
            "dik, Vlcek 603 218 774\n\n"
            "-- \nOdesláno z mého zařízení Android pomocí K-9 Mail.\n"
        ),
    },
    {
        "id": "la002-outlook-html-role-column",
        "description": "HTML-only Outlook mail, roles in the first column (hlavní/záloha/test)",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Severočeské vysílání a.s.",
            I2,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.62"],
            "Pavla Štěpánková",
            "stepankova@scvysilani.example",
            "+420475208113",
        ),
        "from": "Štěpánková Pavla <stepankova@scvysilani.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Severočeské vysílání",
        "headers": OUTLOOK,
        "html": (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:Calibri} "
            '--></style></head><body lang="CS">'
            '<div class="WordSection1"><p class="MsoNormal">Dobrý den,<o:p></o:p></p>'
            '<p class="MsoNormal">společnost Severočeské vysílání a.s., IČO '
            f"{I2}, tímto žádá o zřízení přístupu k serveru s výsledky voleb ve formátu XML."
            " Naše adresy:<o:p></o:p></p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Účel</b></p></td>'
            '<td><p class="MsoNormal"><b>IP adresa</b></p></td>'
            '<td><p class="MsoNormal"><b>Poznámka</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">Hlavní server</p></td>'
            '<td><p class="MsoNormal">198.51.100.60</p></td>'
            '<td><p class="MsoNormal">stahování à 30 s</p></td></tr>'
            '<tr><td><p class="MsoNormal">Záloha</p></td>'
            '<td><p class="MsoNormal">198.51.100.61</p></td>'
            '<td><p class="MsoNormal">druhé datacentrum (Ústí n. L.)</p></td></tr>'
            '<tr><td><p class="MsoNormal">Test</p></td>'
            '<td><p class="MsoNormal">198.51.100.62</p></td>'
            '<td><p class="MsoNormal">jen zkouška před volbami</p></td></tr>'
            '</table><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Kontaktní osobou jsem já, viz podpis.<o:p></o:p></p>'
            '<p class="MsoNormal">S pozdravem<o:p></o:p></p>'
            '<p class="MsoNormal"><b>Mgr. Pavla Štěpánková</b><br>vedoucí zpravodajství<br>'
            "Severočeské vysílání a.s.<br>Tel.: +420 475 208 113<br>"
            '<a href="mailto:stepankova@scvysilani.example">stepankova@scvysilani.example</a>'
            "<o:p></o:p></p>"
            '<p class="MsoNormal" style="font-size:8pt;color:gray">Tento e-mail a jeho '
            "přílohy jsou důvěrné. Pokud nejste zamýšleným adresátem, informujte prosím "
            "odesílatele a zprávu smažte.<o:p></o:p></p></div></body></html>"
        ),
    },
    {
        "id": "la003-reply-to-press-release",
        "description": "reply to the office's press release; the quoted release carries the "
        "office's IČO, data box, phone and a port number",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Dobrá vlna, spol. s r.o.",
            I3,
            None,
            ["192.0.2.77"],
            [],
            "Hana Marková",
            "markova@dobravlna.example",
            "+420777310552",
        ),
        "from": "Hana Marková <markova@dobravlna.example>",
        "subject": "Re: Tisková zpráva: Výsledky voleb pro média ve formátu XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "na základě Vaší tiskové zprávy níže žádáme o přístup k výsledkům ve formátu XML.\n\n"
            f"Žadatel: Rádio Dobrá vlna, spol. s r.o., IČO {I3}\n"
            "Produkční IP: 192.0.2.77\n"
            "Testovací IP: nemáme, testovat budeme rovnou z produkce\n"
            "Kontakt: Hana Marková, 00420 777 310 552, markova@dobravlna.example\n\n"
            "Děkuji a přeji klidné volby,\nHana Marková\nRádio Dobrá vlna\n\n"
            "Dne 8. 9. 2025 v 10:15 Český statistický úřad napsal(a):\n"
            "> TISKOVÁ ZPRÁVA\n"
            ">\n"
            "> Český statistický úřad (IČO 00025593) zpřístupní médiím průběžné výsledky\n"
            "> voleb ve formátu XML. Přístup je možný pouze z předem ohlášených IP adres\n"
            "> (nejvýše 5 produkčních a 5 testovacích), protokolem HTTPS na portu 443.\n"
            ">\n"
            "> Žádosti zasílejte do 19. 9. 2025 na podatelna@czso.cz nebo do datové\n"
            "> schránky 2gfaasy. Uveďte název a IČO žadatele, IP adresy a kontaktní osobu.\n"
            ">\n"
            "> Kontakt pro média: tiskové oddělení ČSÚ, tel. 274 052 733\n"
        ),
    },
    {
        "id": "la004-chatty-documentary-film-only",
        "description": "chatty freelancer without an IČO asks only to film and declines the "
        "feed; crew member with his own phone",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Kristýna Holubová",
            None,
            None,
            [],
            [],
            "Kristýna Holubová",
            "kristyna.holubova@dokfilm.example",
            "+420608115940",
        ),
        "from": "Kristýna Holubová <kristyna.holubova@dokfilm.example>",
        "subject": "natáčení ve volební noc – prosba :)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jmenuji se Kristýna Holubová a už druhý rok točím dokument o lidech, kteří "
            "stojí za sčítáním hlasů – okrskové komise, sběrná místa, noční směny. Točím ho "
            "sama, bez produkce a bez firmy (IČO nemám, je to zatím čistě moje věc, "
            "financovaná z grantu města Brna).\n\n"
            "Chtěla bych Vás moc poprosit o povolení natáčet na Vašem sběrném místě v Brně "
            "v noci z 3. na 4. října, zhruba od 22:00 do 2:00. Budeme tam dva – já a "
            "kameraman Vojtěch Pešek (kdyby bylo potřeba, jeho číslo je 737 402 611). "
            "Žádné světla, jen jedna kamera a mikroport.\n\n"
            "O přístup k těm XML datům s výsledky nežádám, ten opravdu nepotřebuji, "
            "výsledky budu sledovat na webu jako všichni ostatní.\n\n"
            "Kdyby bylo cokoli potřeba doplnit, volejte mi prosím na 608 115 940, nejlépe "
            "odpoledne.\n\n"
            "Moc děkuji a hezký den!\nKristýna Holubová\n"
        ),
    },
    {
        "id": "la005-correction-swapped-roles",
        "description": "the writer swapped production and test and corrects it in a note at "
        "the end of the same mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Metropolitní listy s.r.o.",
            I5,
            None,
            ["198.51.100.10"],
            ["198.51.100.20"],
            "Barbora Jelínková",
            "jelinkova@metropolitni-listy.example",
            "+420224917308",
        ),
        "from": "Barbora Jelínková <jelinkova@metropolitni-listy.example>",
        "subject": "Žádost o XML výsledky voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"za Metropolitní listy s.r.o. (IČO: {I5}) žádám o přístup k výsledkům voleb "
            "v XML.\n\n"
            "produkční IP: 198.51.100.20\n"
            "testovací IP: 198.51.100.10\n\n"
            "Kontakt: Barbora Jelínková, tel.: 224 917 308\n\n"
            "EDIT – pardon, kolega z IT mě právě opravil, přehodila jsem to: produkční je "
            "198.51.100.10 a testovací 198.51.100.20. Platí tedy obráceně, než je napsáno "
            "výše.\n\n"
            "S pozdravem\nBarbora Jelínková\nredakce Metropolitní listy\n"
        ),
    },
    {
        "id": "la006-forward-from-it-head",
        "description": "assistant forwards the IT head's Outlook mail; he is named as the "
        "contact and his mobile comes before the switchboard",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Východočeský týdeník, a.s.",
            I6,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Roman Kučera",
            "kucera@vctydenik.example",
            "+420776402118",
        ),
        "from": "Lucie Marešová <maresova@vctydenik.example>",
        "subject": "FW: IP adresy volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v zastoupení šéfredaktora přeposílám podklady k žádosti o přístup k XML "
            f"výsledkům voleb. Žadatel: Východočeský týdeník, a.s., IČ {I6}. Kontaktní "
            "osobou bude pan Roman Kučera z IT (viz jeho e-mail níže), na mě se obracejte "
            "jen v administrativních věcech.\n\n"
            "S pozdravem\nLucie Marešová\nasistentka šéfredaktora\ntel. 495 800 112\n\n"
            "From: Roman Kučera <kucera@vctydenik.example>\n"
            "Sent: Tuesday, September 9, 2025 2:41 PM\n"
            "To: Lucie Marešová <maresova@vctydenik.example>\n"
            "Subject: IP adresy volby\n\n"
            "Lucko,\n\n"
            "tady jsou adresy pro ČSÚ:\n"
            "hlavní server 203.0.113.150\n"
            "záložní 203.0.113.151 (druhé DC)\n"
            "testovací prostředí 203.0.113.160\n\n"
            "Roman Kučera\nvedoucí IT\nVýchodočeský týdeník, a.s.\n"
            "T: +420 495 800 100 (ústředna)\nM: +420 776 402 118\n"
        ),
    },
    {
        "id": "la007-german-broadcaster-english-ipv6",
        "description": "German broadcaster writes English, asks for both; IPv6 written in "
        "full, a foreign phone with (0), no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Nordwelle Rundfunk GmbH",
            None,
            None,
            ["2001:db8:4f2::10", "2001:db8:4f2::11"],
            ["2001:db8:4f2::99"],
            "Meike Albers",
            "m.albers@nordwelle.example",
            "+494215553071",
        ),
        "from": "Meike Albers <m.albers@nordwelle.example>",
        "subject": "Request: election results XML and filming permission",
        "headers": APPLE,
        "cte": "8bit",
        "body": (
            "Dear Sir or Madam,\n\n"
            "Nordwelle Rundfunk GmbH is a regional broadcaster from Bremen, Germany. For the "
            "coming parliamentary elections in Czech Republic we are planning a live "
            "programme and would kindly ask for two things:\n\n"
            "1) Access to the XML data with the results for our newsroom system. Our servers "
            "are reachable only over IPv6:\n"
            "   production: 2001:0db8:04f2:0000:0000:0000:0000:0010 and "
            "2001:0db8:04f2:0000:0000:0000:0000:0011\n"
            "   testing: 2001:0db8:04f2:0000:0000:0000:0000:0099\n\n"
            "2) A permission to film in your results centre in Prague on 4th October. The "
            "team will be our reporter Jan Meier and camera operator Tobias Brandt "
            "(mobile on site +49 151 5550 7781).\n\n"
            "Contact person for both requests is me. Please excuse my English.\n\n"
            "Mit freundlichen Grüßen / Kind regards\n"
            "Meike Albers\nPlanung Nachrichten\nNordwelle Rundfunk GmbH\n"
            "Phone +49 (0)421 555 3071\n"
        ),
    },
    {
        "id": "la008-databox-pdf-letter-only",
        "description": "data message from a town; the application only in the PDF, a table "
        "with an empty test row",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Kamenná Lhota",
            I8,
            "k7m2qdn",
            ["192.0.2.201"],
            [],
            "Martin Souček",
            "soucek@kamennalhota.example",
            "+420569430215",
        ),
        "subject": "Žádost o zřízení přístupu k volebnímu serveru",
        "databox": {
            "box": "k7m2qdn",
            "sender": "Město Kamenná Lhota",
            "address": "Náměstí Míru 1, 582 91 Kamenná Lhota",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_volby_2025.pdf",
                [
                    "Město Kamenná Lhota, Náměstí Míru 1, 582 91 Kamenná Lhota",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Č. j.: MKL/1187/2025          V Kamenné Lhotě dne 15. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Město provozuje zpravodajský web a kabelovou televizi a žádá o zřízení "
                    "přístupu k výsledkům voleb. Údaje uvádíme v tabulce:",
                    {
                        "rows": [
                            ["Údaj", "Hodnota"],
                            ["Žadatel", "Město Kamenná Lhota"],
                            ["IČO", I8],
                            ["IP adresa – produkční", "192.0.2.201"],
                            ["IP adresa – testovací", "—"],
                            ["Kontaktní osoba", "Ing. Martin Souček, správce IT"],
                            ["Telefon", "569 430 215"],
                            ["E-mail", "soucek@kamennalhota.example"],
                        ],
                        "widths": [160, 260],
                    },
                    "Mgr. Alena Vrbová\nstarostka",
                ],
            )
        ],
    },
    {
        "id": "la009-seznam-netmask-block",
        "description": "webmail note, production given as an address with a netmask (a /30), "
        "IČ written in pairs, dashed phone",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Brněnský expres, z. ú.",
            I9,
            None,
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            ["198.51.100.40"],
            "Tomáš Rybka",
            "rybka@brnenskyexpres.example",
            "+420731220918",
        ),
        "from": "Tomáš Rybka <rybka@brnenskyexpres.example>",
        "subject": "pristup xml - Brnensky expres",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n"
            "posílám údaje k přístupu k xml (volby do PS 2025).\n"
            "ostré servery: 198.51.100.16 maska 255.255.255.252 (celý ten blok)\n"
            "testovací 198.51.100.40\n"
            f"Brněnský expres, z. ú., IČ: {I9[:2]} {I9[2:4]} {I9[4:6]} {I9[6:]}\n"
            "Tomáš Rybka, mobil 731-220-918\n"
            "díky\n"
        ),
    },
    {
        "id": "la010-gmail-html-ano-ne",
        "description": "Gmail HTML with a yes/no table: feed ANO, filming NE; addresses in a "
        "second table",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Podbrdsko s.r.o.",
            I10,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Vladimír Hrubý",
            "hruby@radiopodbrdsko.example",
            "+420318620447",
        ),
        "from": "Vladimír Hrubý <hruby@radiopodbrdsko.example>",
        "subject": "Žádost – volby 2025",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposíláme žádost:\n\n"
            "Požadavek | ano/ne\n"
            "Přístup k XML s výsledky | ANO\n"
            "Povolení k pořizování záznamu | NE\n\n"
            "Produkční IP | 203.0.113.90\nTestovací IP | 203.0.113.91\n\n"
            f"Rádio Podbrdsko s.r.o., IČO {I10}\n"
            "Vladimír Hrubý, technický ředitel, +420 318 620 447\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>posíláme žádost:</div>'
            '<div><br></div><table border="1" cellpadding="4" '
            'style="border-collapse:collapse"><tbody>'
            "<tr><th>Požadavek</th><th>ano/ne</th></tr>"
            "<tr><td>Přístup k XML s výsledky</td><td>ANO</td></tr>"
            "<tr><td>Povolení k pořizování záznamu</td><td>NE</td></tr>"
            "</tbody></table><div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse"><tbody>'
            "<tr><td>Produkční IP</td><td>203.0.113.90</td></tr>"
            "<tr><td>Testovací IP</td><td>203.0.113.91</td></tr>"
            "</tbody></table><div><br></div>"
            '<div>-- </div><div class="gmail_signature" dir="ltr">'
            f"Rádio Podbrdsko s.r.o., IČO {I10}<br>"
            "Vladimír Hrubý, technický ředitel, +420 318 620 447</div></div>"
        ),
    },
    {
        "id": "la011-signature-three-people",
        "description": "the sender names a colleague as contact; three people with phones in "
        "the signature block",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Plzeňský zpravodaj, s. r. o.",
            I11,
            None,
            ["192.0.2.60"],
            [],
            "Eliška Nováková",
            "novakova@plzenskyzpravodaj.example",
            "+420734881205",
        ),
        "from": "Jakub Šafránek <safranek@plzenskyzpravodaj.example>",
        "subject": "Přístup k XML – Plzeňský zpravodaj",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "rádi bychom i letos odebírali výsledky voleb přímo z vašeho XML serveru. "
            "Stahovat budeme z adresy 192.0.2.60, testovací prostředí nemáme.\n\n"
            "Kontaktní osobou pro tuto žádost je naše vedoucí online redakce Eliška Nováková "
            "(spojení níže v podpisu), já budu ve volební noci ve studiu.\n\n"
            "Děkuji,\nJakub Šafránek\n\n"
            "--\n"
            "Mgr. Jakub Šafránek | šéfredaktor | +420 602 514 330 | "
            "safranek@plzenskyzpravodaj.example\n"
            "Eliška Nováková | vedoucí online | +420 734 881 205 | "
            "novakova@plzenskyzpravodaj.example\n"
            "Petr Urban | IT | +420 739 006 412 | urban@plzenskyzpravodaj.example\n"
            f"Plzeňský zpravodaj, s. r. o. | Americká 42, 301 00 Plzeň | IČO: {I11} | "
            f"DIČ: CZ{I11}\n"
        ),
    },
    {
        "id": "la012-contractor-versions-and-ports",
        "description": "IT contractor writes for his client newspaper; version numbers and "
        "ports near the addresses; the contractor's own IČO in his signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Deník Haná, a.s.",
            I12,
            None,
            ["203.0.113.18"],
            ["203.0.113.19"],
            "Filip Dvořák",
            "dvorak@netbridge.example",
            "+420605337219",
        ),
        "from": "Filip Dvořák <dvorak@netbridge.example>",
        "subject": "Přístup k XML výsledkům pro Deník Haná",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "píšu za našeho klienta, vydavatele Deníku Haná (Deník Haná, a.s., IČO "
            f"{I12}), který nás pověřil technickým zajištěním volebního zpravodajství.\n\n"
            "Produkční server: 203.0.113.18 (nginx 1.24.0, stahujeme přes HTTPS, u nás "
            "běží za proxy na portu 8443)\n"
            "Testovací server: 203.0.113.19 (staging, Python 3.12.1)\n\n"
            "Technickým kontaktem pro tuto žádost budu já, plnou moc od klienta mohu "
            "kdykoli doložit.\n\n"
            "S pozdravem\n"
            "Filip Dvořák\nNetBridge Solutions s.r.o.\n"
            f"IČO {I12B}, Palackého tř. 9, 779 00 Olomouc\n"
            "tel. 605 337 219\n"
        ),
    },
    {
        "id": "la013-slovak-tv-iso-8859-2",
        "description": "Slovak regional TV in Slovak (ISO-8859-2), asks for feed and filming, "
        "Slovak mobile number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Televízia Záhorie, s. r. o.",
            I13,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.152"],
            "Juraj Kováč",
            "kovac@tvzahorie.example",
            "+421905318442",
        ),
        "from": "Juraj Kováč <kovac@tvzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\n"
            "Televízia Záhorie, s. r. o., so sídlom v Skalici (IČO "
            f"{I13}), pripravuje spravodajstvo aj o voľbách v Českej republike, keďže "
            "máme veľa divákov na moravskej strane hranice.\n\n"
            "Žiadame preto:\n"
            "1. o prístup k výsledkom volieb vo formáte XML:\n"
            "   produkčné IP adresy: 198.51.100.150, 198.51.100.151\n"
            "   testovacia IP adresa: 198.51.100.152\n"
            "2. o povolenie nakrúcať na zbernom mieste ČSÚ v Hodoníne vo volebnú noc.\n\n"
            "Kontaktná osoba: Mgr. Juraj Kováč, +421 905 318 442\n\n"
            "S pozdravom\nJuraj Kováč\nšéfredaktor\n"
        ),
    },
    {
        "id": "la014-databox-docx-office-box-in-letter",
        "description": "data message with a DOCX letter whose address block prints the office's "
        "own box and IČO; the applicant's box in the letterhead and envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediální dům Podhůří, a.s.",
            I14,
            "p4hx2tz",
            ["203.0.113.220", "203.0.113.221"],
            ["203.0.113.222"],
            "Radka Vávrová",
            "vavrova@mdpodhuri.example",
            "+420387101442",
        ),
        "subject": "Žádost o přístup k XML s výsledky voleb",
        "databox": {
            "box": "p4hx2tz",
            "sender": "Mediální dům Podhůří, a.s.",
            "address": "Nádražní 12, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "docx",
                "Zadost_CSU_volby.docx",
                {
                    "header": f"Mediální dům Podhůří, a.s. | Nádražní 12, 370 01 České "
                    f"Budějovice | IČO {I14} | ID DS p4hx2tz",
                    "blocks": [
                        "Český statistický úřad",
                        "Na padesátém 81, 100 82 Praha 10",
                        "IČO 00025593, ID datové schránky: 2gfaasy",
                        "V Českých Budějovicích 12. 9. 2025",
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o zřízení přístupu pro tyto adresy:",
                        {
                            "rows": [
                                ["Prostředí", "IP adresa"],
                                ["produkční", "203.0.113.220"],
                                ["produkční (záloha)", "203.0.113.221"],
                                ["testovací", "203.0.113.222"],
                            ]
                        },
                        "Kontaktní osoba: Ing. Radka Vávrová, tel.: 387 101 442, "
                        "e-mail: vavrova@mdpodhuri.example",
                        "Ing. Josef Brabec, předseda představenstva",
                    ],
                },
            )
        ],
    },
]
