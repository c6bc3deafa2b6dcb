"""Ninth held-out part ``v``, cases v001–v014: phone notes, chatty mails, Outlook with an HTML
table, a forward, a reply with quoted history, a correction, a foreign broadcaster, flowed
Thunderbird, Seznam, a netmask, a crowded signature, a declined and a withdrawn request, and a
data message. Written by hand; labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L
from tests.corpus.ninth_v_common import APPLE, IPHONE, OUTLOOK, SEZNAM, THUNDERBIRD, Style

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

CASES: list[dict[str, Any]] = [
    {
        "id": "v001-iphone-two-liner",
        "description": "two lines typed on a phone, no diacritics, IČO with a space, no test address",
        "style": Style.PHONE,
        "labels": L(
            FEED,
            "Zpravy Vysocina s.r.o.",
            "27184561",
            None,
            ["198.51.100.23"],
            [],
            "Petr Kolar",
            "kolar@zpravy-vysocina.example",
            "+420603112554",
        ),
        "from": "Petr Kolar <kolar@zpravy-vysocina.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "body": (
            "Dobry den, za Zpravy Vysocina s.r.o. (ICO 2718 4561) prosim o pristup k xml "
            "vysledkum voleb, nase IP 198.51.100.23, testovaci nemame.\n"
            "Kolar, tel 603 112 554\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "v002-slovak-freelancer-filming",
        "description": "chatty Slovak freelancer without IČO asks only to film; Slovak phone",
        "style": Style.CHATTY,
        "labels": L(
            FILM,
            "Marek Hudák",
            None,
            None,
            [],
            [],
            "Marek Hudák",
            "marek.hudak@posta.example",
            "+421905338217",
        ),
        "from": "Marek Hudák <marek.hudak@posta.example>",
        "subject": "natáčanie počas volieb",
        "body": (
            "Ahojte / dobrý deň,\n\n"
            "som nezávislý kameraman z Bratislavy, robím dokument o tom, ako sa u vás sčítavajú "
            "hlasy (taký ten večer, keď všetci čakajú na čísla :) ). Rád by som v sobotu natáčal "
            "na niektorom vašom preberacom mieste, ideálne v Brne alebo v Prahe, kde je to "
            "jednoduchšie. Žiadny prístup k dátam nepotrebujem, iba povolenie na natáčanie.\n\n"
            "Som živnostník bez firmy, takže žiadne IČO slovenskej firmy vám nedám, sorry.\n"
            "Kebyže niečo, volajte na +421 905 338 217, najlepšie poobede.\n\n"
            "Vďaka moc!\nMarek Hudák\n"
        ),
    },
    {
        "id": "v003-outlook-html-table-roles-column",
        "description": "Outlook multipart with an HTML table whose column header gives the role",
        "style": Style.OUTLOOK,
        "labels": L(
            FEED,
            "Rádio Polabí, spol. s r.o.",
            "29413371",
            None,
            ["203.0.113.14", "203.0.113.15"],
            ["192.0.2.201", "192.0.2.202"],
            "Lenka Vávrová",
            "vavrova@radiopolabi.example",
            "+420731204866",
        ),
        "from": '"Vávrová, Lenka" <vavrova@radiopolabi.example>',
        "subject": "Žádost o zřízení přístupu - výsledky voleb - Rádio Polabí",
        "headers": OUTLOOK,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "jménem společnosti Rádio Polabí, spol. s r.o., IČO: 29413371, se sídlem Nymburk, "
            "Palackého 18, žádáme o přidělení přístupu k serveru s výsledky voleb ve formátu XML.\n\n"
            "Adresa\t\tÚčel\n"
            "203.0.113.14\tprodukční\n"
            "203.0.113.15\tprodukční\n"
            "192.0.2.201\ttestovací\n"
            "192.0.2.202\ttestovací\n\n"
            "Kontaktní osobou je Lenka Vávrová, asistentka ředitele, mob. 731 204 866.\n\n"
            "S pozdravem\n\nLenka Vávrová\nasistentka ředitele\nRádio Polabí, spol. s r.o.\n"
            "Tel.: +420 325 512 100 (ústředna)\n"
        ),
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Vážená paní, vážený pane,</p>'
            '<p class="MsoNormal">jménem společnosti Rádio Polabí, spol. s r.o., IČO: 29413371, '
            "se sídlem Nymburk, Palackého 18, žádáme o přidělení přístupu k serveru s výsledky "
            "voleb ve formátu XML.</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Adresa</b></p></td>'
            '<td><p class="MsoNormal"><b>Účel</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.14</p></td><td><p class="MsoNormal">'
            "produkční</p></td></tr>"
            '<tr><td><p class="MsoNormal">203.0.113.15</p></td><td><p class="MsoNormal">'
            "produkční</p></td></tr>"
            '<tr><td><p class="MsoNormal">192.0.2.201</p></td><td><p class="MsoNormal">'
            "testovací</p></td></tr>"
            '<tr><td><p class="MsoNormal">192.0.2.202</p></td><td><p class="MsoNormal">'
            "testovací</p></td></tr></table>"
            '<p class="MsoNormal">Kontaktní osobou je Lenka Vávrová, asistentka ředitele, '
            "mob. 731&nbsp;204&nbsp;866.</p>"
            '<p class="MsoNormal">S pozdravem</p><p class="MsoNormal">Lenka Vávrová<br>'
            "asistentka ředitele<br>Rádio Polabí, spol. s r.o.<br>"
            "Tel.: +420 325 512 100 (ústředna)</p></div></body></html>"
        ),
    },
    {
        "id": "v004-gmail-forward-from-it",
        "description": "editor forwards the IT man's mail with a written range; the editor is the contact",
        "style": Style.FORWARD,
        "labels": L(
            FEED,
            "Hlas Podřipska z.s.",
            "08531277",
            None,
            ["203.0.113.40", "203.0.113.41", "203.0.113.42"],
            ["198.18.4.7"],
            "Tereza Machová",
            "tereza.machova@hlaspodripska.example",
            "+420777481920",
        ),
        "from": "Tereza Machová <tereza.machova@hlaspodripska.example>",
        "subject": "Fwd: ty IP pro statistiky",
        "body": (
            "Dobrý den,\n\n"
            "přeposílám níže údaje od našeho správce sítě. Prosíme o přístup k výsledkům voleb "
            "(XML) pro spolek Hlas Podřipska z.s., IČO 08531277. Kontaktní osoba za nás jsem já, "
            "Tereza Machová, tel. 777 481 920, Pavel na mailu je jen externista.\n\n"
            "Děkuji\nTereza Machová\nredakce Hlas Podřipska\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Pavel Souček <soucek@netservis.example>\n"
            "Date: st 30. 11. 2022 v 21:14\n"
            "Subject: ty IP pro statistiky\n"
            "To: Tereza Machová <tereza.machova@hlaspodripska.example>\n\n\n"
            "Ahoj Terezo,\n\n"
            "ostrý stahování půjde z rozsahu 203.0.113.40 - 203.0.113.42, na testy si vezmu "
            "svůj stroj 198.18.4.7. Víc toho nebude.\n\n"
            "P.\n"
        ),
    },
    {
        "id": "v005-reply-to-office-question-with-quote",
        "description": "reply to the office's query (its IČO, phone and box quoted) adds the IČO; addresses only in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            FEED,
            "MEDIAPRESS Znojmo s.r.o.",
            "47029153",
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Oldřich Matějka",
            "matejka@mediapress-znojmo.example",
            "+420602915377",
        ),
        "from": "Oldřich Matějka <matejka@mediapress-znojmo.example>",
        "subject": "Re: Žádost o přístup k výsledkům voleb - doplnění",
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, IČO jsem zapomněl: 47029153. Adresy a ostatní platí, jak jsem je poslal "
            "v původní žádosti (viz níže).\n\n"
            "Matějka\n\n"
            "Dne 1. 12. 2022 v 9:02 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            "> k vyřízení Vaší žádosti potřebujeme identifikační číslo Vaší organizace.\n"
            "> S pozdravem\n"
            "> Podatelna\n"
            "> Český statistický úřad, IČO 00025593, ID datové schránky 2gfaasy\n"
            "> tel. +420 274 052 733\n"
            ">\n"
            "> -----Původní zpráva-----\n"
            "> Od: Oldřich Matějka <matejka@mediapress-znojmo.example>\n"
            "> Odesláno: středa 30. listopadu 2022 16:40\n"
            "> Předmět: Žádost o přístup k výsledkům voleb\n"
            ">\n"
            "> Dobrý den,\n"
            "> firma MEDIAPRESS Znojmo s.r.o. žádá o přístup k XML výsledkům.\n"
            "> Produkční IP: 198.51.100.130, 198.51.100.131\n"
            "> Testovací IP: 198.51.100.140\n"
            "> Kontakt: Oldřich Matějka, 602 915 377\n"
            ">\n"
            "> Oldřich Matějka, jednatel\n"
        ),
    },
    {
        "id": "v006-correction-ps-last-octet",
        "description": "a P.S. corrects the second production address in the same message",
        "style": Style.CORRECTION,
        "labels": L(
            FEED,
            "Krajské listy Liberec, a.s.",
            "26158035",
            None,
            ["192.0.2.76", "192.0.2.77"],
            ["192.0.2.90"],
            "Radek Šimůnek",
            "simunek@kll.example",
            "+420605772013",
        ),
        "from": "Radek Šimůnek <simunek@kll.example>",
        "subject": "Přístup k datům ČSÚ - Krajské listy",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost o připojení na volební server za Krajské listy Liberec, a.s.\n"
            "IČ: 26158035\n\n"
            "ostré: 192.0.2.76 a 192.0.2.78\n"
            "test: 192.0.2.90\n\n"
            "Kontakt: Radek Šimůnek, IT, +420 605 772 013\n\n"
            "Díky,\nRadek Šimůnek\n\n"
            "P.S. Pardon, překlep - ta druhá ostrá je 192.0.2.77, ne .78. Na .78 nic neběží.\n"
        ),
    },
    {
        "id": "v007-apple-mail-german-broadcaster",
        "description": "English from a foreign broadcaster, no Czech IČO, IPv6 production and IPv4 test",
        "style": Style.APPLE_MAIL,
        "labels": L(
            FEED,
            "Nordfunk Medien GmbH",
            None,
            None,
            ["2001:db8:4e0::25", "2001:db8:4e0::26"],
            ["198.51.100.61"],
            "Jonas Brandt",
            "j.brandt@nordfunk.example",
            "+4940882731905",
        ),
        "from": "Jonas Brandt <j.brandt@nordfunk.example>",
        "subject": "Access to Czech election results feed",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "we are a regional broadcaster based in Hamburg (Nordfunk Medien GmbH) and plan live "
            "coverage of the Czech presidential election. We would like to request access to "
            "your XML results server.\n\n"
            "Our ingest servers (production) are reachable only via IPv6:\n"
            "  2001:db8:4e0::25\n"
            "  2001:db8:4e0::26\n\n"
            "For testing we would use 198.51.100.61.\n\n"
            "We do not have a Czech company ID; our commercial register entry is HRB 118204 "
            "(Hamburg).\n\n"
            "Best regards,\n"
            "Jonas Brandt\n"
            "Head of Data Desk\n"
            "Nordfunk Medien GmbH\n"
            "phone +49 40 8827 319-05\n"
        ),
    },
    {
        "id": "v008-thunderbird-flowed-university",
        "description": "format=flowed with soft breaks inside the sentence giving roles; a /30 block",
        "style": Style.THUNDERBIRD,
        "flowed": True,
        "labels": L(
            FEED,
            "Vysoká škola mediálních studií Ostrava, z.ú.",
            "71304983",
            None,
            ["198.18.61.4", "198.18.61.5", "198.18.61.6", "198.18.61.7"],
            ["198.18.61.20"],
            "Hana Kubíčková",
            "kubickova@vsms-ostrava.example",
            "+420596117402",
        ),
        "from": "Hana Kubíčková <kubickova@vsms-ostrava.example>",
        "subject": "Žádost o přístup - studentská volební studia",
        "headers": THUNDERBIRD,
        "body": (
            "Dobrý den,\n\n"
            "naše škola (Vysoká škola mediálních studií Ostrava, z.ú., IČO 71304983) \n"
            "připravuje se studenty volební studio a rádi bychom využili přímý přístup \n"
            "k XML výsledkům. Produkčně budeme stahovat ze sítě 198.18.61.4/30, \n"
            "testovací přístup prosíme pro jedinou adresu 198.18.61.20.\n\n"
            "Kontakt: Mgr. Hana Kubíčková, Ph.D., garantka studia, tel. 596 117 402.\n\n"
            "Děkuji a zdravím\n"
            "Hana Kubíčková\n"
            "-- \n"
            "VŠMS Ostrava | katedra žurnalistiky\n"
        ),
    },
    {
        "id": "v009-seznam-cp1250-publisher-and-filming",
        "description": "Seznam mail in windows-1250: a town bulletin and its publisher (with IČO), feed and filming",
        "style": Style.SEZNAM,
        "charset": "windows-1250",
        "labels": L(
            BOTH,
            "Kulturní centrum Rokycany, příspěvková organizace",
            "24891568",
            None,
            ["203.0.113.201"],
            [],
            "Ivana Bártová",
            "rokycanskyzpravodaj@email.example",
            "+420728400615",
        ),
        "from": "Rokycanský zpravodaj <rokycanskyzpravodaj@email.example>",
        "subject": "Rokycanský zpravodaj - volby",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n"
            "jsme redakce Rokycanského zpravodaje, který vydává Kulturní centrum Rokycany, "
            "příspěvková organizace (IČO 24891568).\n"
            "Chtěli bychom:\n"
            "1) přístup k výsledkům ve formátu XML - počítač v redakci má veřejnou IP 203.0.113.201\n"
            "2) povolení natáčet na přebíracím místě v Rokycanech pro naši videorubriku.\n"
            "Kontaktujte prosím mě - Ivana Bártová, 728 400 615.\n"
            "Děkuji, Bártová\n"
        ),
    },
    {
        "id": "v010-roundcube-html-only-netmask",
        "description": "HTML-only webmail; an address with a netmask means a block of four",
        "style": Style.WEBMAIL,
        "labels": L(
            FEED,
            "Infoservis Plus s.r.o.",
            "06612741",
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            [],
            "Vojtěch Král",
            "kral@infoservisplus.example",
            "+420739551082",
        ),
        "from": "Vojtěch Král <kral@infoservisplus.example>",
        "subject": "Volby - IP adresy",
        "headers": [("User-Agent", "Roundcube Webmail/1.5.2")],
        "html": (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=UTF-8"></head><body style="font-size: 10pt">'
            "<p>Dobrý den,</p>"
            "<p>žádáme o přístup k volebnímu XML serveru za firmu <strong>Infoservis Plus "
            "s.r.o.</strong>, IČ 06612741.</p>"
            "<p>Stahovat budeme ze segmentu 198.51.100.64 s maskou 255.255.255.252 (ostrý "
            "provoz). Testovací prostředí nemáme.</p>"
            "<p>Vojtěch Král<br>technický ředitel<br>+420&nbsp;739&nbsp;551&nbsp;082</p>"
            "</body></html>"
        ),
    },
    {
        "id": "v011-signature-two-people",
        "description": "signature block of two people; the named technical contact, mobile before switchboard",
        "style": Style.SIGNATURE,
        "labels": L(
            FEED,
            "TV Beskydy s.r.o.",
            "33918279",
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Michal Ondruch",
            "ondruch@tvbeskydy.example",
            "+420608221947",
        ),
        "from": "Zdeňka Holišová <holisova@tvbeskydy.example>",
        "subject": "TV Beskydy - přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v zastoupení ředitelky zasílám žádost TV Beskydy s.r.o. o přístup k výsledkům "
            "voleb ve formátu XML. Za technickou stránku i jako kontaktní osoba bude jednat "
            "pan Michal Ondruch (údaje níže).\n\n"
            "produkce: 192.0.2.33\n"
            "test: 192.0.2.34\n\n"
            "S pozdravem\n\n"
            "Zdeňka Holišová                    Michal Ondruch\n"
            "sekretariát ředitelky              vedoucí IT\n"
            "holisova@tvbeskydy.example         ondruch@tvbeskydy.example\n"
            "tel. 558 330 110                   mobil 608 221 947\n\n"
            "TV Beskydy s.r.o. | IČO 33918279 | Frýdek-Místek, Na Poříčí 7\n"
            "ústředna: 558 330 100\n"
        ),
    },
    {
        "id": "v012-outlook-latin2-filming-declined",
        "description": "iso-8859-2 Outlook mail: feed yes, filming explicitly not wanted",
        "style": Style.OUTLOOK,
        "charset": "iso-8859-2",
        "labels": L(
            FEED,
            "Ekonomický týdeník PROFIT a.s.",
            "45271607",
            None,
            ["203.0.113.150", "203.0.113.151", "203.0.113.152"],
            ["203.0.113.160"],
            "Kamila Štěpánková",
            "stepankova@profit-tydenik.example",
            "+420224091336",
        ),
        "from": "Kamila Štěpánková <stepankova@profit-tydenik.example>",
        "subject": "RE: přístup na server s výsledky",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Ekonomický týdeník PROFIT a.s. (IČO 45271607) tímto žádá o zpřístupnění XML dat "
            "výsledků voleb. O povolení k natáčení na přebíracích místech nežádáme - na místě "
            "mít štáb nebudeme.\n\n"
            "Produkční servery: 203.0.113.150, 203.0.113.151, 203.0.113.152\n"
            "Testovací server: 203.0.113.160\n\n"
            "Kamila Štěpánková\nprojektová manažerka\n"
            "Tel.: +420 224 091 336\n"
        ),
    },
    {
        "id": "v013-followup-withdraws-feed",
        "description": "a follow-up withdraws the feed part of the quoted earlier application; only filming stays",
        "style": Style.FOLLOWUP,
        "labels": L(
            FILM,
            "Studio Vltava Film s.r.o.",
            "29066433",
            None,
            [],
            [],
            "Barbora Nováková",
            "novakova@studiovltava.example",
            "+420724663180",
        ),
        "from": "Barbora Nováková <novakova@studiovltava.example>",
        "subject": "Re: Žádost - natáčení a XML výsledky",
        "body": (
            "Dobrý den,\n\n"
            "navazuji na svůj včerejší e-mail níže. Přístup k XML výsledkům nakonec "
            "nepotřebujeme (data nám dodá partnerská televize), tuto část žádosti proto "
            "stahuji. Povolení k natáčení na přebíracím místě v Praze nadále platí.\n\n"
            "Děkuji\nBarbora Nováková\n\n"
            "----- Původní zpráva -----\n"
            "Od: Barbora Nováková <novakova@studiovltava.example>\n"
            "Komu: podatelna@czso.cz\n"
            "Odesláno: 29. 11. 2022 14:51\n\n"
            "Dobrý den,\n"
            "společnost Studio Vltava Film s.r.o., IČO 29066433, žádá\n"
            "a) o povolení natáčet na přebíracím místě ČSÚ v Praze během sčítání hlasů,\n"
            "b) o přístup k XML výsledkům z adresy 198.51.100.90.\n"
            "Kontakt: Barbora Nováková, produkce, 724 663 180.\n"
            "S pozdravem, B. Nováková\n"
        ),
    },
    {
        "id": "v014-databox-annotation-docx",
        "description": "data message: short annotation, letter in DOCX with the office as addressee",
        "style": Style.DATABOX,
        "databox": {
            "box": "k7m2qpw",
            "sender": "Jihočeská televize a.s.",
            "address": "Lannova 14, 370 01 České Budějovice",
        },
        "labels": L(
            FEED,
            "Jihočeská televize a.s.",
            "01753860",
            "k7m2qpw",
            ["198.18.120.10", "198.18.120.11"],
            ["198.18.120.50"],
            "Jiří Hošek",
            "hosek@jihoceska-tv.example",
            "+420387440912",
        ),
        "from": "Jihočeská televize a.s. <podatelna@jihoceska-tv.example>",
        "subject": "Žádost o přístup k výsledkům voleb - JčTV",
        "attachments": [
            (
                "docx",
                "zadost_JcTV.docx",
                {
                    "header": "Jihočeská televize a.s. | Lannova 14 | České Budějovice",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, Praha 10\nID DS: 2gfaasy",
                        "Věc: Žádost o přístup k serveru s výsledky voleb",
                        "Jihočeská televize a.s., IČO 01753860, žádá o přístup k XML výsledkům "
                        "voleb prezidenta republiky.",
                        {
                            "rows": [
                                ["Provoz", "IP adresa"],
                                ["ostrý", "198.18.120.10"],
                                ["ostrý", "198.18.120.11"],
                                ["testovací", "198.18.120.50"],
                            ]
                        },
                        "Kontaktní osoba: Jiří Hošek, vedoucí zpravodajství, "
                        "hosek@jihoceska-tv.example, tel. 387 440 912",
                        "Mgr. Alena Trnková, předsedkyně představenstva",
                    ],
                },
            ),
        ],
    },
]
