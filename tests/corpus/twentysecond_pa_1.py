"""Twentysecond held-out part ``pa``, cases pa001–pa014: an iPhone note with a shortened test
address, an Outlook HTML table in windows-1250, a reply to the office's announcement, a chatty
freelancer who only wants to film, a correction in a postscript, a forward from IT, data
messages with an ODT letter and an XLSX sheet, a Slovak mail, a signature naming three people,
a blogger without an IČO, IPv6 in a Gmail alternative, a netmask next to a version number and a
German broadcaster writing English. Written by hand apart from the extraction rules (see
make_twentysecond_pa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysecond_pa_common import (
    APPLE,
    BOTH,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
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

I1, I2, I3, I4 = ico("2845193"), ico("0627418"), ico("2613870"), ico("7304526")
I5, I6, I7, I8 = ico("4718205"), ico("2590347"), ico("0912364"), ico("3168042")
I9, I11, I12, I14 = ico("2874106"), ico("2629581"), ico("0537912"), ico("2408157")

CASES: list[dict[str, Any]] = [
    {
        "id": "pa001-iphone-test-as-last-octet",
        "description": "three lines typed on an iPhone; the test address only as '.15' after "
        "the production one, IČO with spaces after 'ič'",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zpravodaj Polabi s.r.o.",
            I1,
            None,
            ["192.0.2.14"],
            ["192.0.2.15"],
            "Ondrej Kratochvil",
            "kratochvil@zpravodajpolabi.example",
            "+420731442819",
        ),
        "from": "Ondrej Kratochvil <kratochvil@zpravodajpolabi.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, posilam udaje k pristupu na ten xml server k volbam\n"
            "prod 192.0.2.14 a test .15\n"
            f"Zpravodaj Polabi s.r.o., ič {I1[:3]} {I1[3:5]} {I1[5:]}\n"
            "kontakt ja, Kratochvil, +420 731 442 819\n"
            "dekuju\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "pa002-outlook-html-columns-cp1250",
        "description": "HTML-only Outlook mail in windows-1250: a table with production and test "
        "columns per server, an empty cell, the contact a colleague of the sender",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Vydavatelství Brdy Media s.r.o.",
            I2,
            None,
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.30"],
            "Michaela Dvořáková",
            "dvorakova@brdymedia.example",
            "+420318602417",
        ),
        "from": "Pospíšil Jan <pospisil@brdymedia.example>",
        "subject": "Brdský týdeník – žádost o přístup k volebnímu serveru",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            "<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; "
            'font-family:"Aptos",sans-serif;} --></style></head>'
            '<body lang="CS" link="#467886"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">jako vydavatel Brdského týdeníku (Vydavatelství Brdy Media '
            f"s.r.o., IČO {I2}) bychom rádi požádali o přístup k serveru, na kterém budete "
            "zveřejňovat výsledky voleb v XML. Náš web běží na dvou serverech, proto posílám "
            "tabulku:<o:p></o:p></p>"
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse">'
            '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            '<p class="MsoNormal"><b>Server<o:p></o:p></b></p></td>'
            '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            '<p class="MsoNormal"><b>Produkční IP<o:p></o:p></b></p></td>'
            '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            '<p class="MsoNormal"><b>Testovací IP<o:p></o:p></b></p></td></tr>'
            '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            '<p class="MsoNormal">web (hlavní)<o:p></o:p></p></td>'
            '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            '<p class="MsoNormal">198.51.100.20<o:p></o:p></p></td>'
            '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            '<p class="MsoNormal">198.51.100.30<o:p></o:p></p></td></tr>'
            '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            '<p class="MsoNormal">grafy / aplikace<o:p></o:p></p></td>'
            '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            '<p class="MsoNormal">198.51.100.21<o:p></o:p></p></td>'
            '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
            '<p class="MsoNormal">–<o:p></o:p></p></td></tr></table>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Technické záležitosti má u nás na starosti kolegyně '
            "Bc. Michaela Dvořáková (správa webu), prosím kontaktujte ji: tel. 318 602 417, "
            '<a href="mailto:dvorakova@brdymedia.example">dvorakova@brdymedia.example</a>.'
            "<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">S pozdravem<o:p></o:p></p>'
            '<p class="MsoNormal">Jan Pospíšil<br>jednatel<br>Vydavatelství Brdy Media s.r.o.'
            "<br>Pražská 211, 261 01 Příbram<br>tel. 318 602 400<o:p></o:p></p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "pa003-reply-to-office-announcement",
        "description": "Gmail reply above the office's quoted announcement, which names an "
        "office clerk, its phone, e-mail, IČO and box; both request types asked for",
        "style": Style.REPLY,
        "labels": L(
            BOTH,
            "TV Horácko s.r.o.",
            I3,
            None,
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.9"],
            "Šárka Benešová",
            "benesova@tvhoracko.example",
            "+420605118203",
        ),
        "from": "Šárka Benešová <benesova@tvhoracko.example>",
        "subject": "Re: Informace pro média – volby do Poslanecké sněmovny 2025",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na Vaši zprávu níže. Letos bychom chtěli obojí – přístup k XML i povolení "
            "natáčet na sběrném místě v Jihlavě (kameraman a já, od 20 h).\n\n"
            f"TV Horácko s.r.o., IČO {I3}\n"
            "produkční IP: 203.0.113.5 a 203.0.113.6\n"
            "testovací IP: 203.0.113.9\n"
            "kontakt: Šárka Benešová, 605 118 203\n\n"
            "Díky a hezký den\n"
            "Šárka Benešová\n"
            "TV Horácko – zpravodajství\n\n"
            "po 1. 9. 2025 v 9:40 odesílatel Český statistický úřad <podatelna@czso.cz> "
            "napsal:\n\n"
            "> Vážení zástupci médií,\n"
            ">\n"
            "> Český statistický úřad (IČO 00025593) poskytne i letos průběžné výsledky\n"
            "> voleb ve formátu XML. Žádost zašlete do 19. 9. 2025 e-mailem na\n"
            "> podatelna@czso.cz nebo datovou schránkou (ID 2gfaasy). Uveďte název a IČO\n"
            "> žadatele, nejvýše 5 produkčních a 5 testovacích IP adres a kontaktní osobu\n"
            "> s telefonem. O povolení natáčet na sběrných místech lze požádat současně.\n"
            ">\n"
            "> Kontaktní osoba ČSÚ: Ing. Radomír Kettner, tel. 274 052 733\n"
            ">\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
        ),
    },
    {
        "id": "pa004-chatty-videographer-film-only",
        "description": "chatty self-employed videographer asks only to film, says he does not "
        "need the data; camera model, dates and a second phone of a helper",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Matěj Sýkora",
            I4,
            None,
            [],
            [],
            "Matěj Sýkora",
            "matej@sykorafilm.example",
            "+420724390118",
        ),
        "from": "Matěj Sýkora <matej@sykorafilm.example>",
        "subject": "Natáčení na sběrném místě – volební noc",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "doufám, že píšu na správnou adresu – na webu jsem našel jen podatelnu, tak to "
            "zkouším sem :)\n\n"
            "Jsem nezávislý kameraman (OSVČ, Matěj Sýkora, IČO "
            f"{I4}) a pro jednu zahraniční produkci natáčím krátký materiál o tom, jak se "
            "v Česku sčítají hlasy. Rád bych Vás poprosil o povolení natáčet na sběrném "
            "místě v Hradci Králové v sobotu 4. 10. zhruba od 14 do 18 hodin. Budu tam "
            "s jednou kamerou (Sony FX3, bez světel) a s asistentem Ondrou Fialou "
            "(777 120 554), nikoho nebudeme zdržovat.\n\n"
            "Data z Vašeho serveru s výsledky nepotřebuju, to za nás řeší produkce jinak.\n\n"
            "Kdyby bylo potřeba cokoli doplnit, jsem na 724 390 118.\n\n"
            "Díky moc!\n"
            "Matěj\n\n"
            "--\n"
            "Matěj Sýkora | kamera & střih\n"
            "www.sykorafilm.example\n"
        ),
    },
    {
        "id": "pa005-postscript-corrects-test",
        "description": "a postscript corrects a typo in the test address given above",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Ostravský expres a.s.",
            I5,
            None,
            ["198.51.100.86"],
            ["198.51.100.89"],
            "Radim Kubíček",
            "kubicek@ostravskyexpres.example",
            "+420596118470",
        ),
        "from": '"Ing. Radim Kubíček" <kubicek@ostravskyexpres.example>',
        "subject": "Žádost o přístup k výsledkům voleb – Ostravský expres",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "za společnost Ostravský expres a.s., IČO "
            f"{I5}, žádám o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkce: 198.51.100.86\n"
            "Test: 198.51.100.88\n\n"
            "Kontaktní osobou jsem já, tel. 596 118 470.\n\n"
            "S pozdravem\n"
            "Ing. Radim Kubíček\n"
            "vedoucí IT\n"
            "Ostravský expres a.s., Nádražní 1204/18, 702 00 Ostrava\n\n"
            "P.S. Omlouvám se, v testovací adrese je překlep – správně 198.51.100.89, "
            "ne .88.\n"
        ),
    },
    {
        "id": "pa006-forward-from-it-contact-is-him",
        "description": "the editor forwards her IT colleague's mail with the addresses and names "
        "him as the contact; his phone only in his quoted signature",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Krkonošský kurýr s.r.o.",
            I6,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Radek Šindelář",
            "sindelar@krkonosskykuryr.example",
            "+420739210554",
        ),
        "from": "Veronika Hájková <hajkova@krkonosskykuryr.example>",
        "subject": "FW: volby - IP pro ČSÚ",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost redakce Krkonošský kurýr s.r.o. (IČO "
            f"{I6}) o přístup k XML s výsledky voleb. Adresy připravil náš správce, jsou "
            "v jeho mailu níže. Kontaktní osobou pro přístup bude on, Radek Šindelář, mě "
            "prosím kontaktujte jen v obsahových věcech.\n\n"
            "Děkuji\n"
            "Veronika Hájková\n"
            "šéfredaktorka\n\n"
            "From: Radek Šindelář <sindelar@krkonosskykuryr.example>\n"
            "Sent: Tuesday, September 9, 2025 4:12 PM\n"
            "To: Veronika Hájková <hajkova@krkonosskykuryr.example>\n"
            "Subject: RE: volby - IP pro ČSÚ\n\n"
            "Ahoj Veroniko,\n\n"
            "pro ČSÚ napiš tohle:\n"
            "ostrý server 192.0.2.160\n"
            "druhý ostrý (failover) 192.0.2.161\n"
            "testovací 192.0.2.170\n\n"
            "Firewall mám nachystaný, stahovat budeme přes 443.\n\n"
            "Radek\n\n"
            "Radek Šindelář | IT | Krkonošský kurýr\n"
            "mobil +420 739 210 554\n"
        ),
    },
    {
        "id": "pa007-databox-odt-letter",
        "description": "data message whose annotation only points to the attached ODT letter; "
        "a role table with production, backup and test rows",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální televize Záhoří, z.ú.",
            I7,
            "zr8k4wq",
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Ludmila Krejčí",
            "krejci@tvzahori.example",
            "+420581203966",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) – viz příloha",
        "databox": {
            "box": "zr8k4wq",
            "sender": "Regionální televize Záhoří, z.ú.",
            "address": "Komenského 41, 753 01 Hranice",
        },
        "attachments": [
            (
                "odt",
                "zadost_CSU_2025.odt",
                [
                    "Regionální televize Záhoří, z.ú.",
                    f"Komenského 41, 753 01 Hranice, IČO: {I7}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "V Hranicích dne 11. 9. 2025",
                    "Věc: žádost o zřízení přístupu k výsledkům voleb",
                    "Vážení, žádáme o zřízení přístupu k průběžným výsledkům voleb do "
                    "Poslanecké sněmovny ve formátu XML z těchto adres:",
                    [
                        ["", "IP adresa"],
                        ["Produkční prostředí", "203.0.113.130"],
                        ["Záložní", "203.0.113.131"],
                        ["Testovací", "203.0.113.140"],
                    ],
                    "Vyřizuje: Ludmila Krejčí, tel. 581 203 966, krejci@tvzahori.example",
                    "Mgr. Petr Hudeček, ředitel",
                ],
            )
        ],
    },
    {
        "id": "pa008-slovak-weekly",
        "description": "Slovak mail from the director naming an editor as the contact; "
        "'ostrá prevádzka' and two test addresses, Slovak mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorácke noviny, s. r. o.",
            I8,
            None,
            ["198.51.100.150"],
            ["198.51.100.151", "198.51.100.152"],
            "Peter Ďurica",
            "durica@zahorackenoviny.example",
            "+421905318274",
        ),
        "from": "Jana Kováčová <kovacova@zahorackenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý deň,\n\n"
            "v mene vydavateľstva Záhorácke noviny, s. r. o. (IČO "
            f"{I8}) žiadame o prístup k XML s výsledkami volieb do Poslaneckej snemovne. "
            "Naše noviny vychádzajú aj v českom pohraničí, preto voľby sledujeme.\n\n"
            "Ostrá prevádzka: 198.51.100.150\n"
            "Testovacie prostredie: 198.51.100.151 a 198.51.100.152\n\n"
            "Kontaktná osoba: Mgr. Peter Ďurica, redaktor, +421 905 318 274, "
            "durica@zahorackenoviny.example\n\n"
            "S pozdravom\n"
            "Jana Kováčová\n"
            "riaditeľka\n"
            "Záhorácke noviny, s. r. o., Námestie slobody 6, 901 01 Malacky\n"
            "tel. +421 34 772 1190\n"
        ),
    },
    {
        "id": "pa009-signature-three-people-box-id",
        "description": "the contact is the second of three people in the signature; the box "
        "ID only in the signature; production only, test explicitly none",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Beskydský zpravodaj s.r.o.",
            I9,
            "bz4x7m2",
            ["203.0.113.44"],
            [],
            "Lenka Bartošová",
            "bartosova@beskydskyzpravodaj.example",
            "+420736551290",
        ),
        "from": '"Mgr. Tomáš Vrána" <vrana@beskydskyzpravodaj.example>',
        "subject": "Přístup k XML výsledkům voleb",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "žádáme o přístup k výsledkům voleb ve formátu XML pro náš zpravodajský web. "
            "Stahovat budeme z adresy 203.0.113.44. Testovací adresu nemáme a nepotřebujeme.\n\n"
            "Kontaktní osobou pro tuto žádost je naše vývojářka Lenka Bartošová – spojení na "
            "ni najdete v podpisu.\n\n"
            "Děkujeme.\n\n"
            "Za redakci\n\n"
            "Mgr. Tomáš Vrána, šéfredaktor | +420 556 700 101 | "
            "vrana@beskydskyzpravodaj.example\n"
            "Lenka Bartošová, vývoj webu | +420 736 551 290 | "
            "bartosova@beskydskyzpravodaj.example\n"
            "Pavel Janeček, inzerce | +420 556 700 109 | janecek@beskydskyzpravodaj.example\n\n"
            f"Beskydský zpravodaj s.r.o. | Horní 14, 738 01 Frýdek-Místek | IČO: {I9} | "
            "ID DS: bz4x7m2\n"
        ),
    },
    {
        "id": "pa010-seznam-blogger-no-ico",
        "description": "a local blogger without an IČO, phone-typed from Seznam, one "
        "production address and no test",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Lukáš Hromádka",
            None,
            None,
            ["192.0.2.231"],
            [],
            "Lukáš Hromádka",
            "lukas.hromadka@seznam.example",
            "+420608771302",
        ),
        "from": "Lukáš Hromádka <lukas.hromadka@seznam.example>",
        "subject": "pristup k vysledkum",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n"
            "pisu blog o mistni politice (Litomyšlsko v kostce) a chtel bych ve volebni noc "
            "zobrazovat vysledky primo z vaseho xml. ICO nemam, nejsem firma, delam to "
            "po vecerech.\n"
            "server mam u hostingu na 192.0.2.231, zadny testovaci nemam.\n"
            "dik moc\n"
            "Lukáš Hromádka\n"
            "tel 608 771 302\n"
        ),
    },
    {
        "id": "pa011-gmail-alternative-ipv6",
        "description": "Gmail text and HTML alternatives; an IPv6 production address written in "
        "full, one IPv4 production and an IPv6 test address",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Jihomoravská média, a.s.",
            I11,
            None,
            ["2001:db8:4a1::10", "198.51.100.199"],
            ["2001:db8:4a1::20"],
            "Filip Urban",
            "urban@jmmedia.example",
            "+420731600245",
        ),
        "from": "Filip Urban <urban@jmmedia.example>",
        "subject": "Žádost o přístup – XML výsledky voleb",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            f"společnost Jihomoravská média, a.s. (IČO {I11}) žádá o přístup k XML "
            "s výsledky voleb.\n\n"
            "Produkční adresy:\n"
            "- 2001:0db8:04a1:0000:0000:0000:0000:0010\n"
            "- 198.51.100.199\n"
            "Testovací adresa:\n"
            "- 2001:db8:4a1::20\n\n"
            "Kontakt: Filip Urban, +420 731 600 245\n\n"
            "S pozdravem\n"
            "Filip Urban\n"
            "Jihomoravská média, a.s.\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            f"<div>společnost Jihomoravská média, a.s. (IČO {I11}) žádá o přístup k XML "
            "s výsledky voleb.</div><div><br></div>"
            "<div><b>Produkční adresy:</b></div><ul>"
            "<li>2001:0db8:04a1:0000:0000:0000:0000:0010</li><li>198.51.100.199</li></ul>"
            "<div><b>Testovací adresa:</b></div><ul><li>2001:db8:4a1::20</li></ul>"
            "<div>Kontakt: Filip Urban, +420 731 600 245</div><div><br></div>"
            "<div>S pozdravem</div><div>Filip Urban</div><div>Jihomoravská média, a.s.</div>"
            "</div>"
        ),
    },
    {
        "id": "pa012-netmask-and-client-version",
        "description": "production as an address with a netmask (four addresses), a "
        "four-part client version number and a port in the same paragraph",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Agentura Regiony Press, s.r.o.",
            I12,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["203.0.113.70"],
            "Kamila Řezníčková",
            "reznickova@regionypress.example",
            "+420602447183",
        ),
        "from": "Kamila Řezníčková <reznickova@regionypress.example>",
        "subject": "XML výsledky – Regiony Press",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "jsme malá zpravodajská agentura (Agentura Regiony Press, s.r.o., IČO "
            f"{I12}) a výsledky voleb rozesíláme regionálním webům, se kterými "
            "spolupracujeme. Proto prosíme o přístup k Vašemu XML.\n\n"
            "Stahovat budeme z clusteru 203.0.113.64 s maskou 255.255.255.252 (všechny čtyři "
            "uzly se střídají). Náš stahovací klient (verze 2.4.1.7) jede přes HTTPS na "
            "portu 443 a dotazuje se nejvýš jednou za 20 s. Na zkoušky před volbami máme "
            "samostatný testovací stroj 203.0.113.70.\n\n"
            "Kdyby něco, volejte mi klidně i večer: 602 447 183.\n\n"
            "Díky, Kamila Řezníčková\n"
            "Regiony Press – produkce\n"
        ),
    },
    {
        "id": "pa013-german-broadcaster-respectively",
        "description": "German broadcaster in English, no IČO (Handelsregister and VAT numbers "
        "instead); production and test given by 'respectively'; crew listed; both types",
        "style": Style.FOREIGN,
        "labels": L(
            BOTH,
            "Rheinwelle Fernsehen GmbH",
            None,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Anja Köhler",
            "koehler@rheinwelle.example",
            "+4922155501874",
        ),
        "from": '"Köhler, Anja" <koehler@rheinwelle.example>',
        "subject": "Request: election results XML + filming permission (Rheinwelle TV)",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Rheinwelle Fernsehen GmbH is preparing a live special about the Czech "
            "parliamentary elections for our evening news. We would like to ask you for two "
            "things:\n\n"
            "1) access to the election results in XML. Our production and test servers are "
            "198.51.100.140 and 198.51.100.141 respectively.\n"
            "2) permission to film at your collection point in Prague on election night. "
            "Our crew would be three people: myself (producer), Stefan Brandt (camera) and "
            "our local fixer Jiří Mareš.\n\n"
            "We are a German company, so we don't have a Czech company ID - our register is "
            "Amtsgericht Köln HRB 88123, VAT ID DE298123456.\n\n"
            "Please contact me for anything: Anja Köhler, +49 221 5550 1874, "
            "koehler@rheinwelle.example.\n\n"
            "Thank you very much and best regards,\n"
            "Anja Köhler\n"
            "Producer, Nachrichten & Zeitgeschehen\n"
            "Rheinwelle Fernsehen GmbH | Rheinuferstraße 12 | 50668 Köln\n"
        ),
    },
    {
        "id": "pa014-databox-xlsx-two-sheets",
        "description": "data message with only a short annotation; an XLSX whose second "
        "sheet has PROD/TST roles and 'záloha' in a note column",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanácký televizní kanál s.r.o.",
            I14,
            "hk9t2v5",
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.48"],
            "Bohumil Zapletal",
            "zapletal@htk.example",
            "+420585110726",
        ),
        "subject": "Žádost o přístup – volby 2025",
        "databox": {
            "box": "hk9t2v5",
            "sender": "Hanácký televizní kanál s.r.o.",
            "address": "Kosmonautů 8, 779 00 Olomouc",
        },
        "attachments": [
            (
                "xlsx",
                "HTK_volby_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Hanácký televizní kanál s.r.o."],
                            ["IČO", I14],
                            ["Požadujeme", "přístup k XML s výsledky voleb"],
                            ["Kontaktní osoba", "Bohumil Zapletal"],
                            ["Telefon", "+420 585 110 726"],
                            ["E-mail", "zapletal@htk.example"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "IP", "Poznámka"],
                            ["PROD", "192.0.2.40", ""],
                            ["PROD", "192.0.2.41", "záloha"],
                            ["TST", "192.0.2.48", "jen do 30. 9."],
                        ],
                    },
                ],
            )
        ],
    },
]
