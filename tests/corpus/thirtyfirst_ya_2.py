"""Thirty-first held-out part ``ya``, cases ya015–ya028: a reply under the office's quoted press
release, a Gmail table of IPv6 addresses, a forward as an attached message, a Polish portal, a
DOCX with a merged cell, a contact replaced in a postscript, a chatty TV crew, an XLSX in a data
message, a British freelancer, a bracket form, a reply pointing to its quoted original, an S/MIME
mail with a box ID in the signature, a faculty's "první … druhá" and a town's ODT letter.
Written by hand apart from the extraction rules (see make_thirtyfirst_ya); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfirst_ya_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I19 = ico("2683041"), ico("0571926"), ico("4793152"), ico("2561308")
I20, I21, I22, I24 = ico("2907764"), ico("6284017"), ico("2719385"), ico("0284951")
I25, I26, I27, I28 = ico("2830196"), ico("4605873"), ico("0021672"), ico("0030457")

_INNER_17 = {
    "id": "ya017-inner",
    "from": "Daniel Vacek <daniel.vacek@radiohoral.example>",
    "to": "Ivana Procházková <prochazkova@radiohoral.example>",
    "subject": "prosím pošli na ČSÚ",
    "headers": [("X-Mailer", "iPhone Mail (22A3354)")],
    "body": (
        "Ivano, prosím pošli to za nás na ČSÚ, já nemám ten jejich mail:\n\n"
        "Rádio Horal s.r.o. žádá o přístup k výsledkům voleb v XML\n"
        f"IČO {I17}\n"
        "produkční 192.0.2.170\n"
        "testovací 192.0.2.171\n"
        "kontakt já, 721 664 003\n\n"
        "Dík, D.\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "ya015-reply-under-press-release",
        "description": "reply on top of the office's quoted press release, which carries the "
        "office's IČO, data box, phone and an example address; the applicant's roles in "
        "parentheses (ostrá, testovací)",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Regionální noviny Haná, s.r.o.",
            I15,
            None,
            ["203.0.113.70"],
            ["203.0.113.71"],
            "Aleš Krejčí",
            "krejci@novinyhana.example",
            "+420603402871",
        ),
        "from": "Aleš Krejčí <krejci@novinyhana.example>",
        "subject": "Re: TZ: Volby 2025 – výsledky pro média",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na tiskovou zprávu níže. Regionální noviny Haná, s.r.o., IČO "
            f"{I15}, žádají o přístup.\n"
            "Naše IP: 203.0.113.70 (ostrá), 203.0.113.71 (testovací)\n"
            "Kontakt: Aleš Krejčí, tel. 603 402 871\n\n"
            "Díky, A. Krejčí\n\n"
            "Dne 2025-09-08 09:30, Tiskové oddělení ČSÚ napsal:\n"
            "> TISKOVÁ ZPRÁVA – Praha 8. září 2025\n"
            ">\n"
            "> Český statistický úřad (IČO 00025593) i letos nabízí médiím přístup\n"
            "> k průběžným výsledkům voleb ve formátu XML. Žádosti přijímáme do\n"
            "> 22. září na podatelna@czso.cz nebo do datové schránky 2gfaasy.\n"
            "> V žádosti uveďte IP adresy ve tvaru např. 192.0.2.1 (nejvýše pět\n"
            "> produkčních a pět testovacích), IČO a kontaktní osobu.\n"
            ">\n"
            "> Kontakt pro média: tel. 274 052 733\n"
        ),
    },
    {
        "id": "ya016-gmail-html-ipv6-rows",
        "description": "Gmail mail with a plain part and an HTML table of IPv6 addresses, roles "
        "in the first column (produkce, záloha, test), one address written uncompressed",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Digitální deník Sever, s.r.o.",
            I16,
            None,
            ["2001:db8:4a::10", "2001:db8:4a::11"],
            ["2001:db8:4a::20"],
            "Filip Novotný",
            "novotny@ddsever.example",
            "+420608733514",
        ),
        "from": "Filip Novotný <novotny@ddsever.example>",
        "subject": "Žádost o přístup k XML výsledkům (IPv6)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Digitální deník Sever, s.r.o. (IČO {I16}) žádá o přístup k výsledkům voleb. "
            "Naše servery jsou jen na IPv6:\n\n"
            "produkce  2001:db8:4a::10\n"
            "záloha    2001:db8:4a:0:0:0:0:11\n"
            "test      2001:db8:4a::20\n\n"
            "Kontakt: Filip Novotný, 608 733 514\n\n"
            "Díky\nFilip\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            f"<div>Digitální deník Sever, s.r.o. (IČO {I16}) žádá o přístup k výsledkům "
            "voleb. Naše servery jsou jen na IPv6:</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1" cellpadding="4">'
            "<tbody><tr><td>produkce</td><td>2001:db8:4a::10</td></tr>"
            "<tr><td>záloha</td><td>2001:db8:4a:0:0:0:0:11</td></tr>"
            "<tr><td>test</td><td>2001:db8:4a::20</td></tr></tbody></table>"
            "<div><br></div><div>Kontakt: Filip Novotný, 608 733 514</div>"
            "<div><br></div><div>Díky</div><div>Filip</div></div>"
        ),
    },
    {
        "id": "ya017-forward-as-attachment",
        "description": "an assistant forwards the reporter's note as an attached message and "
        "names him as the contact; all the data are in the attached message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Rádio Horal s.r.o.",
            I17,
            None,
            ["192.0.2.170"],
            ["192.0.2.171"],
            "Daniel Vacek",
            "daniel.vacek@radiohoral.example",
            "+420721664003",
        ),
        "from": "Ivana Procházková <prochazkova@radiohoral.example>",
        "subject": "FW: prosím pošli na ČSÚ",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposílám žádost našeho redaktora pana Daniela Vacka o přístup "
            "k výsledkům voleb. Kontaktní osobou je on (daniel.vacek@radiohoral.example).\n\n"
            "S pozdravem\n"
            "Ivana Procházková\n"
            "asistentka vedení\n"
            "Rádio Horal s.r.o. | tel. ústředna 558 440 100\n"
        ),
        "attachments": [("eml", "prosím pošli na ČSÚ.eml", _INNER_17)],
    },
    {
        "id": "ya018-polish-portal-no-ico",
        "description": "Polish portal writing English, no IČO (a Polish NIP instead), two "
        "production addresses and testing on production, Polish landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Portal Beskidy sp. z o.o.",
            None,
            None,
            ["198.51.100.240", "198.51.100.241"],
            [],
            "Katarzyna Nowak",
            "k.nowak@portalbeskidy.example",
            "+48338124567",
        ),
        "from": "Katarzyna Nowak <k.nowak@portalbeskidy.example>",
        "subject": "Access to election results XML - Portal Beskidy",
        "headers": TBIRD,
        "body": (
            "Hello,\n\n"
            "I am writing on behalf of Portal Beskidy sp. z o.o., a regional news portal "
            "from Bielsko-Biała. We cover Cieszyn Silesia on both sides of the border and "
            "would like to receive access to the election results in XML.\n\n"
            "Our servers: 198.51.100.240 and 198.51.100.241 (both production). We don't have "
            "a separate test machine, we will test on the production servers.\n\n"
            "We are not registered in the Czech Republic, so no IČO - our Polish tax number "
            "(NIP) is 547-012-34-56 if needed.\n\n"
            "Contact person: Katarzyna Nowak, tel. +48 33 812 45 67\n\n"
            "Best regards / Pozdrawiam\n"
            "Katarzyna Nowak\n"
        ),
    },
    {
        "id": "ya019-docx-merged-cell",
        "description": "short Outlook mail with a DOCX application whose table has a merged "
        "'IP adresy' cell spanning three rows and the role in the second column",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Krkonošský deník, a.s.",
            I19,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Jitka Vaňková",
            "vankova@krkonossky.example",
            "+420499812330",
        ),
        "from": "Vaňková Jitka <vankova@krkonossky.example>",
        "subject": "Žádost o přístup - Krkonošský deník",
        "headers": OUTLOOK,
        "body": "Dobrý den,\nv příloze posílám naši žádost.\nHezký den\nJ. Vaňková\n",
        "attachments": [
            (
                "docx",
                "zadost_pristup_volby.docx",
                {
                    "header": "Krkonošský deník, a.s. | Horská 5, 543 01 Vrchlabí",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        f"Žadatel: Krkonošský deník, a.s., IČO {I19}",
                        {
                            "rows": [
                                ["IP adresy", "produkční", "203.0.113.130"],
                                ["", "produkční", "203.0.113.131"],
                                ["", "testovací", "203.0.113.140"],
                            ],
                            "merge": [(0, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Jitka Vaňková, tel. +420 499 812 330, "
                        "vankova@krkonossky.example",
                        "Ve Vrchlabí 12. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "ya020-contact-replaced-in-ps",
        "description": "the contact named in the body is replaced in a postscript by a colleague "
        "with her own e-mail and phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mediální skupina Tišnov s.r.o.",
            I20,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.32"],
            "Jana Mrázková",
            "mrazkova@mstisnov.example",
            "+420608514227",
        ),
        "from": "Petr Louda <louda@mstisnov.example>",
        "subject": "Žádost - přístup k výsledkům voleb",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            f"Mediální skupina Tišnov s.r.o., IČO {I20}, žádá o přístup k serveru s výsledky "
            "voleb.\n\n"
            "Produkční IP: 192.0.2.30, 192.0.2.31\n"
            "Testovací IP: 192.0.2.32\n"
            "Kontaktní osoba: Petr Louda, louda@mstisnov.example, 604 300 118\n\n"
            "S pozdravem\nPetr Louda\n\n"
            "P.S. Ještě oprava – já od října ve firmě končím, takže kontaktní osobou bude "
            "místo mě kolegyně Jana Mrázková, mrazkova@mstisnov.example, tel. 608 514 227.\n"
        ),
    },
    {
        "id": "ya021-chatty-tv-both-iso",
        "description": "chatty iso-8859-2 mail from a regional TV asking for both the feed and "
        "filming, crew members named, 'testovačka' for the test address, phone with 00420",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "RTV Ještěd s.r.o.",
            I21,
            None,
            ["203.0.113.15"],
            ["203.0.113.16"],
            "Dana Kolářová",
            "kolarova@rtvjested.example",
            "+420731208445",
        ),
        "from": "Dana Kolářová <kolarova@rtvjested.example>",
        "subject": "zase my :) volby 2025",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "loni to s Vámi klaplo skvěle, takže se hlásíme znovu!\n\n"
            "1) XML s výsledky - server 203.0.113.15, testovačka 203.0.113.16 (stejně jako "
            "loni, jen jsme stěhovali rack, tak to radši píšu znovu)\n"
            "2) natáčení na sběrném místě v Liberci ve volební noc - přijede kameraman "
            "Roman Bartoš a redaktorka Eliška Vondráčková, oba budou mít průkazky\n\n"
            f"Jsme RTV Ještěd s.r.o., IČO {I21}. Kdyby cokoli, volejte mně: "
            "00420 731 208 445.\n\n"
            "Díky moc a ať to sčítání letos proběhne v klidu!\n"
            "Dana Kolářová\nprodukce zpravodajství RTV Ještěd\n"
        ),
    },
    {
        "id": "ya022-databox-xlsx-two-sheets",
        "description": "data message with only a reference in the annotation; the XLSX has the "
        "applicant on one sheet and addresses on another with PROD/TST abbreviations",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Moravská brána, a.s.",
            I22,
            "v6bn3rk",
            ["198.51.100.181", "198.51.100.182"],
            ["198.51.100.190"],
            "Radek Šimůnek",
            "simunek@moravskabrana.example",
            "+420548220917",
        ),
        "subject": "Žádost – přístup k volebním výsledkům (XML), údaje v příloze",
        "databox": {
            "box": "v6bn3rk",
            "sender": "Vydavatelství Moravská brána, a.s.",
            "address": "Cejl 58, 602 00 Brno",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_volby_MB.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Vydavatelství Moravská brána, a.s."],
                            ["IČO", I22],
                            ["Kontaktní osoba", "Radek Šimůnek"],
                            ["Telefon", "+420 548 220 917"],
                            ["E-mail", "simunek@moravskabrana.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Prostředí", "IP adresa", "Poznámka"],
                            ["PROD", "198.51.100.181", "hlavní"],
                            ["PROD", "198.51.100.182", "záloha"],
                            ["TST", "198.51.100.190", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ya023-british-freelancer-film-only",
        "description": "British freelance documentary maker without a company asks only to film "
        "and says she does not need the data feed; UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Harriet Cole",
            None,
            None,
            [],
            [],
            "Harriet Cole",
            "harriet@colefilms.example",
            "+447700900418",
        ),
        "from": "Harriet Cole <harriet@colefilms.example>",
        "subject": "Filming permission - election night",
        "headers": APPLE,
        "body": (
            "Hi there,\n\n"
            "I'm a freelance documentary maker based in London, working on a short film "
            "about how European countries count their votes. I'd love to film for an hour "
            "or two at one of your collection points on election night (Prague, if "
            "possible) - just me with a small camera, no lights, no crew.\n\n"
            "I'm applying as an individual, I don't have a Czech company number. I don't "
            "need access to the XML data feed, only the permission to film.\n\n"
            "My mobile is +44 7700 900418 (WhatsApp works too).\n\n"
            "Many thanks,\n"
            "Harriet Cole\n"
        ),
    },
    {
        "id": "ya024-bracket-form-plain",
        "description": "a municipality fills in a plain-text form with [x] and [ ] brackets; "
        "test field filled with dashes",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Obec Dolní Lhota",
            I24,
            None,
            ["203.0.113.60", "203.0.113.61"],
            [],
            "Miroslav Hájek",
            "hajek@dolnilhota.example",
            "+420556410233",
        ),
        "from": "Obec Dolní Lhota <hajek@dolnilhota.example>",
        "subject": "Žádost o přístup - formulář",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "posíláme vyplněný formulář, obec vydává zpravodaj a provozuje infokanál.\n\n"
            "ŽÁDOST\n"
            "[x] přístup k výsledkům voleb ve formátu XML\n"
            "[ ] povolení k pořizování zvukového/obrazového záznamu\n\n"
            "Žadatel ............ Obec Dolní Lhota\n"
            f"IČO ................ {I24}\n"
            "Produkční IP (max. 5) ... 203.0.113.60, 203.0.113.61\n"
            "Testovací IP (max. 5) ... ---\n"
            "Kontaktní osoba ..... Miroslav Hájek, místostarosta\n"
            "Telefon ............. 556 410 233\n"
            "E-mail .............. hajek@dolnilhota.example\n\n"
            "S pozdravem\nMiroslav Hájek\n"
        ),
    },
    {
        "id": "ya025-reply-points-to-own-original",
        "description": "reply supplying only the IČO; everything else 'as in my original "
        "message below', which is quoted under the office's own quoted reply",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jesenický týdeník s.r.o.",
            I25,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Šárka Vondrová",
            "vondrova@jesenickytydenik.example",
            "+420736412009",
        ),
        "from": "Šárka Vondrová <vondrova@jesenickytydenik.example>",
        "subject": "Re: Žádost o přístup k výsledkům – doplnění",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"omlouvám se, IČO jsem zapomněla: {I25}. Ostatní údaje platí podle mé původní "
            "zprávy níže.\n\n"
            "Šárka Vondrová\n\n"
            "> 11. 9. 2025 v 8:45, podatelna@czso.cz:\n"
            ">\n"
            "> Dobrý den, Vaši žádost nelze zpracovat, chybí IČO žadatele.\n"
            "> S pozdravem, podatelna ČSÚ\n"
            ">\n"
            ">> 10. 9. 2025 v 19:20, Šárka Vondrová <vondrova@jesenickytydenik.example>:\n"
            ">>\n"
            ">> Dobrý den, za Jesenický týdeník s.r.o. žádám o přístup k XML výsledkům.\n"
            ">> Produkční IP: 192.0.2.220\n"
            ">> Test: 192.0.2.221\n"
            ">> Kontakt: Šárka Vondrová, 736 412 009\n"
        ),
        "html": (
            '<html><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body style="overflow-wrap: break-word;">'
            f"<div>Dobrý den,</div><div><br></div><div>omlouvám se, IČO jsem zapomněla: {I25}. "
            "Ostatní údaje platí podle mé původní zprávy níže.</div><div><br></div>"
            "<div>Šárka Vondrová</div><div><br></div>"
            '<blockquote type="cite"><div>11. 9. 2025 v 8:45, podatelna@czso.cz:</div>'
            "<div>Dobrý den, Vaši žádost nelze zpracovat, chybí IČO žadatele.<br>"
            "S pozdravem, podatelna ČSÚ</div>"
            '<blockquote type="cite"><div>10. 9. 2025 v 19:20, Šárka Vondrová '
            "&lt;vondrova@jesenickytydenik.example&gt;:</div>"
            "<div>Dobrý den, za Jesenický týdeník s.r.o. žádám o přístup k XML výsledkům."
            "<br>Produkční IP: 192.0.2.220<br>Test: 192.0.2.221<br>"
            "Kontakt: Šárka Vondrová, 736 412 009</div></blockquote></blockquote>"
            "</body></html>"
        ),
    },
    {
        "id": "ya026-smime-box-id-in-signature",
        "description": "S/MIME-signed Outlook mail; IČO written in groups after 'IČ' and the "
        "data-box ID only in the company signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Kroměřížský rozhlas s.r.o.",
            I26,
            "k2wf7ps",
            ["198.51.100.55"],
            ["198.51.100.56"],
            "Vladimír Hrubý",
            "hruby@kmrozhlas.example",
            "+420573330481",
        ),
        "from": "Vladimír Hrubý <hruby@kmrozhlas.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "prosím o zřízení přístupu k XML výsledkům voleb pro náš rozhlas.\n"
            "Produkce: 198.51.100.55\nTest: 198.51.100.56\n\n"
            "S pozdravem\n\n"
            "Vladimír Hrubý\njednatel\nmobil: +420 573 330 481\n\n"
            "Kroměřížský rozhlas s.r.o.\n"
            "Velké náměstí 3, 767 01 Kroměříž\n"
            f"IČ: {I26[:2]} {I26[2:5]} {I26[5:]} | DIČ: CZ{I26}\n"
            "ID datové schránky: k2wf7ps\n"
            "Zapsáno v OR vedeném Krajským soudem v Brně, oddíl C, vložka 40125\n"
        ),
    },
    {
        "id": "ya027-faculty-first-second",
        "description": "a faculty's student newsroom applies (the university is the applicant); "
        "roles only by order ('první … druhá'), a technical contact other than the signer",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Západomoravská univerzita v Brně",
            I27,
            None,
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Jakub Sova",
            "sova@fz.zmu.example",
            "+420541556210",
        ),
        "from": '"doc. PhDr. Alena Pilátová Ph.D." <pilatova@fz.zmu.example>',
        "subject": "Studentský zpravodajský web – přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "Fakulta žurnalistiky Západomoravské univerzity v Brně provozuje studentský "
            "zpravodajský web, na kterém budou studenti ve volební noc průběžně informovat "
            "o výsledcích. Jménem univerzity (Západomoravská univerzita v Brně, IČO "
            f"{I27}) proto žádám o přístup k výsledkům ve formátu XML pro dvě adresy – "
            "první je produkční a druhá testovací: 203.0.113.88 a 203.0.113.89.\n\n"
            "Technickým kontaktem je Ing. Jakub Sova z fakultního IT, sova@fz.zmu.example, "
            "tel. 541 556 210.\n\n"
            "S úctou\n\n"
            "doc. PhDr. Alena Pilátová, Ph.D.\n"
            "proděkanka pro vnější vztahy\n"
            "Fakulta žurnalistiky ZMU | tel. 541 556 100\n"
        ),
    },
    {
        "id": "ya028-databox-odt-town",
        "description": "town's data message with an ODT letter addressed to the office's data "
        "box; asks for both the feed and filming, no test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Horní Brod",
            I28,
            "h9bs4ut",
            ["192.0.2.240"],
            [],
            "Petra Zemanová",
            "zemanova@hornibrod.example",
            "+420581101223",
        ),
        "subject": "Žádost města Horní Brod – výsledky voleb a natáčení",
        "databox": {
            "box": "h9bs4ut",
            "sender": "Město Horní Brod",
            "address": "Masarykovo nám. 1, 751 31 Horní Brod",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_CSU.odt",
                [
                    "MĚSTO HORNÍ BROD",
                    "Masarykovo nám. 1, 751 31 Horní Brod",
                    "Adresát: Český statistický úřad, ID DS 2gfaasy",
                    "Č. j.: MHB/2208/2025",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Město Horní Brod provozuje městskou televizi a zpravodajský web. Žádáme "
                    "o přístup k výsledkům voleb ve formátu XML a zároveň o povolení natáčet "
                    "na sběrném místě v Přerově ve volební noc.",
                    [
                        ["IČO města", I28],
                        ["Produkční IP adresa", "192.0.2.240"],
                        ["Testovací IP adresa", "nepožadujeme"],
                        ["Kontaktní osoba", "Bc. Petra Zemanová, tisková mluvčí"],
                        ["Telefon", "581 101 223"],
                        ["E-mail", "zemanova@hornibrod.example"],
                    ],
                    "Ing. Karel Doubrava, starosta",
                ],
            )
        ],
    },
]
