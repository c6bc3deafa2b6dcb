"""Twentieth held-out part ``na``, cases na029–na042: a K-9 note with a pending test address, a
forward of the office's press release with the application on top, a British sole trader who
only films, a Zimbra mail with a merged XLSX role cell, a windows-1250 Outlook mail whose
postscript replaces the contact, an address the text calls retired, an iPhone HTML-only note, a
municipality's RTF in a data message, a letter signed by two where "the second" is the contact,
IPv6 production next to a prefix not to be used, an HTML yes/no table, a TXT-only data message, a
Spanish correspondent in base64 and a reply that withdraws filming from the quoted original.
Written by hand apart from the extraction rules (see make_twentieth_na); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentieth_na_common import (
    EM_CLIENT,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OUTLOOK_2010,
    ROUNDCUBE,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I32, I33 = ico("2871455"), ico("2640019"), ico("0076314"), ico("2599841")
I34, I35, I36, I37 = ico("2825610"), ico("2270638"), ico("0029867"), ico("2603955")
I38, I39, I40, I42 = ico("2784012"), ico("2549770"), ico("2617403"), ico("2570084")

CASES: list[dict[str, Any]] = [
    {
        "id": "na029-k9-sloppy-test-later",
        "description": "K-9 note without diacritics, 'ičo:' glued to the number, a stray space "
        "before a comma, test address promised later",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Kutnohorske listy s.r.o.",
            I29,
            None,
            ["198.51.100.7", "198.51.100.8"],
            [],
            "Lukáš Moravec",
            "moravec@kutnohorskelisty.example",
            "+420739154402",
        ),
        "from": "Lukáš Moravec <moravec@kutnohorskelisty.example>",
        "subject": "Re: xml",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "dobry den, tak posilam jak jsme se bavili po telefonu.\n"
            f"kutnohorske listy s.r.o. ičo:{I29}\n"
            "produkcni 198.51.100.7 a 198.51.100.8 , testovaci zatim nemame, doplnim pozdeji\n"
            "kontakt ja tel 739154402\n"
            "Lukas\n"
        ),
    },
    {
        "id": "na030-forward-press-release-application-on-top",
        "description": "Mac Outlook forward: the application on top, under it the boss's note "
        "and the office's whole press release with its IČO, box, phone and sample address",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Infokanál Plzeň s.r.o.",
            I30,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Tereza Vlková",
            "vlkova@infokanal.example",
            "+420602338174",
        ),
        "from": "Tereza Vlková <vlkova@infokanal.example>",
        "to": "podatelna@czso.cz",
        "subject": "FW: Tisková zpráva ČSÚ – výsledky voleb pro média",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "šéf mi přeposlal Vaši tiskovou zprávu (níže), takže posílám žádost:\n\n"
            f"Infokanál Plzeň s.r.o., IČO {I30}\n"
            "produkční IP: 192.0.2.90\n"
            "testovací IP: 192.0.2.91\n"
            "kontakt: Tereza Vlková, 602 338 174\n\n"
            "Díky\nTereza\n\n"
            "From: Martin Kopecký <kopecky@infokanal.example>\n"
            "Date: Monday, 8 September 2025 at 11:20\n"
            "To: Tereza Vlková <vlkova@infokanal.example>\n"
            "Subject: FW: Tisková zpráva ČSÚ – výsledky voleb pro média\n\n"
            "Terezo, vyřídíš to prosím? Adresy ti dá Honza z IT. M.\n\n"
            "From: Český statistický úřad <podatelna@czso.cz>\n"
            "Date: Monday, 8 September 2025 at 09:02\n"
            "Subject: Tisková zpráva ČSÚ – výsledky voleb pro média\n\n"
            "Český statistický úřad poskytne médiím průběžné výsledky voleb ve formátu XML. "
            "Žádost musí obsahovat název a IČO žadatele, nejvýše pět produkčních a pět "
            "testovacích IP adres (např. 198.51.100.1) a kontaktní osobu. Žádosti zasílejte "
            "na podatelna@czso.cz nebo do datové schránky 2gfaasy.\n\n"
            "Český statistický úřad | IČO 00025593 | tel. 274 052 733\n"
        ),
    },
    {
        "id": "na031-uk-sole-trader-film-only",
        "description": "British documentary maker, a sole trader without a company or IČO, asks "
        "only to film; UK mobile, a UK postcode and a company-like trade word",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Oliver Hastings",
            None,
            None,
            [],
            [],
            "Oliver Hastings",
            "oliver@hastingsdocs.example",
            "+447700900481",
        ),
        "from": "Oliver Hastings <oliver@hastingsdocs.example>",
        "subject": "Filming request - vote counting, Prague",
        "headers": GMAIL,
        "cte": "7bit",
        "body": (
            "Hello,\n\n"
            "I'm an independent documentary maker from Bristol (a sole trader, not a company, "
            "so I have no Czech or UK company number). I'm making a film about how different "
            "countries count their votes and I'd love to film at one of your collection "
            "points in Prague on the night of 3 October, for about an hour. It would be just "
            "me with a small camera, no lights.\n\n"
            "I don't need access to the results data feed - the published results are "
            "enough for me.\n\n"
            "My mobile, which works in Prague too: +44 7700 900481.\n\n"
            "Many thanks,\nOliver Hastings\n12 Cotham Hill, Bristol BS6 6LA\n"
        ),
    },
    {
        "id": "na032-zimbra-xlsx-merged-role",
        "description": "Zimbra mail with an XLSX whose role column has a merged 'Produkce' cell "
        "over two rows; the contact in the mail body, a town TV as a contributory body",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Městská televize Kolín, příspěvková organizace",
            I32,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.115"],
            "Jiří Kalina",
            "kalina@mtvkolin.example",
            "+420321712408",
        ),
        "from": "Jiří Kalina <kalina@mtvkolin.example>",
        "subject": "Žádost o přístup k XML výsledkům – MTV Kolín",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            f"Městská televize Kolín, příspěvková organizace (IČO {I32}), žádá o přístup "
            "k výsledkům voleb ve formátu XML. Adresy jsou v přiložené tabulce.\n\n"
            "Kontaktní osoba: Jiří Kalina, vedoucí vysílání, tel. 321 712 408.\n\n"
            "S pozdravem\nJiří Kalina\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_MTV_Kolin.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Role", "IP", "Popis"],
                            ["Produkce", "192.0.2.110", "vysílací server"],
                            ["", "192.0.2.111", "web mtvkolin.example"],
                            ["Test", "192.0.2.115", "vývojový notebook"],
                        ],
                        "merge": ["A2:A3"],
                    }
                ],
            )
        ],
    },
    {
        "id": "na033-outlook2010-cp1250-contact-replaced",
        "description": "windows-1250 Outlook mail: the contact named first leaves, a postscript "
        "names his replacement with her own mail and mobile",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Podřipský týdeník s.r.o.",
            I33,
            None,
            ["203.0.113.170"],
            [],
            "Simona Peterková",
            "peterkova@podripsky.example",
            "+420736402118",
        ),
        "from": "Hana Šulcová <sulcova@podripsky.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK_2010,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"Podřipský týdeník s.r.o., IČO {I33}, žádá o přístup k výsledkům voleb "
            "ve formátu XML z produkční adresy 203.0.113.170 (testovací nemáme).\n\n"
            "Kontaktní osoba: Radek Charvát, charvat@podripsky.example, 608 115 377\n\n"
            "S pozdravem\nHana Šulcová\nšéfredaktorka\n\n"
            "P.S. Omlouvám se, právě jsem se dozvěděla, že Radek od příštího týdne u nás "
            "končí. Kontaktní osobou bude místo něj Simona Peterková, "
            "peterkova@podripsky.example, tel. 736 402 118.\n"
        ),
    },
    {
        "id": "na034-retired-address-ipv6-test",
        "description": "last year's address said to be retired and not to be allowed, two new "
        "production addresses and an IPv6 test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Portál Vysočina Dnes, s.r.o.",
            I34,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["2001:db8:77::2"],
            "Aneta Kolářová",
            "kolarova@vysocinadnes.example",
            "+420569410227",
        ),
        "from": "Aneta Kolářová <kolarova@vysocinadnes.example>",
        "subject": "XML výsledky – Vysočina Dnes (změna adres oproti loňsku)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            f"za Portál Vysočina Dnes, s.r.o. (IČO {I34}) žádám o přístup k výsledkům voleb. "
            "Loni jsme stahovali z adresy 203.0.113.5 – ta už neplatí, server jsme zrušili, "
            "prosím ji nepovolujte.\n\n"
            "Letos:\n"
            "produkce 203.0.113.50 a 203.0.113.51\n"
            "test 2001:db8:77::2\n\n"
            "Kontakt: Aneta Kolářová, 569 410 227\n\n"
            "Díky\nAneta Kolářová\n"
        ),
    },
    {
        "id": "na035-iphone-html-only",
        "description": "HTML-only iPhone mail in divs with Prod:/Test: lines; a colleague named "
        "in passing is not the contact",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Zprávy z Podkrkonoší, z. s.",
            I35,
            None,
            ["198.51.100.60"],
            ["198.51.100.61"],
            "Dominik Fiala",
            "fiala@zpodkrkonosi.example",
            "+420731550094",
        ),
        "from": "Dominik Fiala <fiala@zpodkrkonosi.example>",
        "subject": "Žádost XML",
        "headers": IPHONE,
        "html": (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body dir="auto"><div dir="ltr">Dobrý den,</div>'
            '<div dir="ltr"><br></div>'
            f'<div dir="ltr">za spolek Zprávy z Podkrkonoší, z. s. (IČO {I35}) prosím o '
            "přístup k XML s výsledky voleb:</div>"
            '<div dir="ltr">Prod: 198.51.100.60</div>'
            '<div dir="ltr">Test: 198.51.100.61</div>'
            '<div dir="ltr"><br></div>'
            '<div dir="ltr">Kontakt já, 731 550 094. Web spravujeme s Klárou Hejnou, ale '
            "žádost vyřizuju já.</div>"
            '<div dir="ltr"><br></div><div dir="ltr">Díky, Dominik Fiala</div>'
            '<div dir="ltr"><br><div>Odesláno z iPhonu</div></div></body></html>'
        ),
    },
    {
        "id": "na036-databox-municipality-rtf",
        "description": "a municipality's data message with an RTF letter: the mayor signs, an "
        "external IT administrator is the contact; one production address, no test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Velké Hradčany",
            I36,
            "m9cd4ts",
            ["192.0.2.230"],
            [],
            "Pavel Šebek",
            "sebek@it-sebek.example",
            "+420723604118",
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "databox": {
            "box": "m9cd4ts",
            "sender": "Obec Velké Hradčany",
            "address": "Návesní 1, 394 51 Velké Hradčany",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost_obec.rtf",
                [
                    "Obec Velké Hradčany, Návesní 1, 394 51 Velké Hradčany",
                    f"IČO: {I36}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Č. j.: OVH-214/2025",
                    "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                    "Obec provozuje obecní zpravodaj a informační web a žádá o přístup "
                    "k výsledkům voleb pro tento server:",
                    [["Produkční IP adresa", "192.0.2.230"], ["Testovací IP adresa", "není"]],
                    "Kontaktní osobou je externí správce IT obce pan Pavel Šebek, "
                    "tel. 723 604 118, e-mail sebek@it-sebek.example.",
                    "Josef Kubeš\nstarosta obce",
                ],
            )
        ],
    },
    {
        "id": "na037-two-signers-second-is-contact",
        "description": "letter-like Outlook mail signed by two people; the contact is 'the "
        "second of the signatories', both with phones and mails",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Hradecký kurýr, a.s.",
            I37,
            None,
            ["198.51.100.70", "198.51.100.71", "198.51.100.72"],
            ["198.51.100.75"],
            "Petra Lánská",
            "lanska@hradeckykuryr.example",
            "+420495210744",
        ),
        "from": "Vladimír Kos <kos@hradeckykuryr.example>",
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "headers": OUTLOOK,
        "body": (
            "Vážení,\n\n"
            f"společnost Hradecký kurýr, a.s., IČO {I37}, vydavatel deníku Hradecký kurýr, "
            "žádá o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkční servery: 198.51.100.70, 198.51.100.71, 198.51.100.72\n"
            "Testovací server: 198.51.100.75\n\n"
            "Kontaktní osobou pro tuto žádost je druhá z podepsaných.\n\n"
            "S pozdravem\n\n"
            "Ing. Vladimír Kos, předseda představenstva\n"
            "tel. +420 495 210 700, kos@hradeckykuryr.example\n\n"
            "Mgr. Petra Lánská, šéfredaktorka\n"
            "tel. +420 495 210 744, lanska@hradeckykuryr.example\n"
        ),
    },
    {
        "id": "na038-contractor-ipv6-prefix-not-to-use",
        "description": "web agency writes for a news site: two IPv6 production addresses, a /64 "
        "prefix mentioned but not to be allowed, an IPv4 test; the client's man is the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Novinky Ostravsko s.r.o.",
            I38,
            None,
            ["2001:db8:c0::15", "2001:db8:c0::16"],
            ["198.51.100.250"],
            "Igor Steiner",
            "steiner@novinkyostravsko.example",
            "+420597331820",
        ),
        "from": "Kateřina Holá <hola@webnest.example>",
        "subject": "Novinky Ostravsko – přístup k XML výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "jsme webová agentura WebNest s.r.o. a pro našeho klienta Novinky Ostravsko "
            f"s.r.o. (IČO {I38}) provozujeme zpravodajský web. Jménem klienta žádáme "
            "o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkce (IPv6): 2001:db8:c0::15 a 2001:db8:c0::16\n"
            "Test: 198.51.100.250\n"
            "Pozn.: celý prefix 2001:db8:c0::/64 je náš, ale povolte prosím jen ty dvě "
            "adresy výše.\n\n"
            "Kontaktní osobou ze strany klienta je pan Igor Steiner, "
            "steiner@novinkyostravsko.example, tel. 597 331 820. Za agenturu se na nás "
            "obracejte jen v technických detailech.\n\n"
            "S pozdravem\nKateřina Holá\nproject manager, WebNest s.r.o.\n+420 608 502 117\n"
        ),
    },
    {
        "id": "na039-roundcube-html-yes-no-film",
        "description": "HTML-only Roundcube mail with a yes/no table: the feed 'ne', filming "
        "'ano'; no addresses",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Ještědská televize s.r.o.",
            I39,
            None,
            [],
            [],
            "Kristián Lukeš",
            "lukes@jestedtv.example",
            "+420485104376",
        ),
        "from": "Kristián Lukeš <lukes@jestedtv.example>",
        "subject": "Žádost – volby 2025 – Ještědská televize",
        "headers": ROUNDCUBE,
        "html": (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=UTF-8"></head><body style="font-size: 10pt; '
            'font-family: Verdana,Geneva,sans-serif"><p>Dobrý den,</p>'
            f"<p>Ještědská televize s.r.o., IČO {I39}, žádá:</p>"
            '<table border="1" cellpadding="3"><tbody>'
            "<tr><td><strong>Požadavek</strong></td><td><strong>ano / ne</strong></td></tr>"
            "<tr><td>přístup k výsledkům voleb (XML)</td><td>ne</td></tr>"
            "<tr><td>povolení natáčet na sběrném místě Liberec</td><td>ano</td></tr>"
            "</tbody></table>"
            "<p>Štáb: redaktor a kameraman, 4. 10. 2025 dopoledne. Kontaktní osoba: "
            "Kristián Lukeš, tel. 485 104 376.</p>"
            "<p>S pozdravem<br>Kristián Lukeš<br>Ještědská televize s.r.o.</p>"
            "</body></html>"
        ),
    },
    {
        "id": "na040-databox-txt-only",
        "description": "data message whose annotation says only 'žádost'; the whole application "
        "is a plain-text attachment with 'záloha' and 'TST' labels",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální vydavatelství Sázava s.r.o.",
            I40,
            "w2hb6qe",
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.35"],
            "Vojtěch Král",
            "kral@rvsazava.example",
            "+420317712095",
        ),
        "subject": "žádost",
        "databox": {
            "box": "w2hb6qe",
            "sender": "Regionální vydavatelství Sázava s.r.o.",
            "address": "Husova 112, 257 01 Benešov",
        },
        "attachments": [
            (
                "txt",
                "zadost_XML.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB (XML)\n\n"
                "Žadatel: Regionální vydavatelství Sázava s.r.o.\n"
                f"IČ: {I40}\n\n"
                "IP adresy:\n"
                "  hlavní ..... 203.0.113.30\n"
                "  záloha ..... 203.0.113.31\n"
                "  TST ........ 203.0.113.35\n\n"
                "Kontakt: Vojtěch Král, 317 712 095, kral@rvsazava.example\n\n"
                "Benešov, 19. 9. 2025\n",
            )
        ],
    },
    {
        "id": "na041-spanish-correspondent-base64",
        "description": "Spanish agency's Prague correspondent writing English with Spanish bits, "
        "Gmail text and HTML in base64; a Spanish CIF whose digits pass the IČO checksum but "
        "is no IČO; Spanish landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencia Ibérica de Noticias, S.A.",
            None,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Javier Montoya",
            "jmontoya@ain-noticias.example",
            "+34915550143",
        ),
        "from": "Javier Montoya <jmontoya@ain-noticias.example>",
        "subject": "Solicitud / request: Czech election results XML",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Hello,\n\n"
            "I'm the Prague correspondent of Agencia Ibérica de Noticias, S.A. (Madrid, "
            "CIF A-28451937). We would like access to the XML results feed for the "
            "elections.\n\n"
            "Servidor de producción / production: 203.0.113.240\n"
            "Servidor de pruebas / test: 203.0.113.241\n\n"
            "Contact: me, Javier Montoya, +34 91 555 01 43 (Madrid desk, they forward to "
            "me).\n\n"
            "¡Muchas gracias!\nJavier Montoya\n"
        ),
        "html": (
            '<div dir="ltr"><div>Hello,</div><div><br></div>'
            "<div>I'm the Prague correspondent of Agencia Ibérica de Noticias, S.A. (Madrid, "
            "CIF A-28451937). We would like access to the XML results feed for the "
            "elections.</div><div><br></div>"
            "<div><b>Servidor de producción / production:</b> 203.0.113.240</div>"
            "<div><b>Servidor de pruebas / test:</b> 203.0.113.241</div><div><br></div>"
            "<div>Contact: me, Javier Montoya, +34 91 555 01 43 (Madrid desk, they forward "
            "to me).</div><div><br></div><div>¡Muchas gracias!</div><div>Javier Montoya</div>"
            "</div>"
        ),
    },
    {
        "id": "na042-reply-withdraws-filming",
        "description": "reply to the writer's own application of yesterday: filming withdrawn, "
        "addresses and contact taken from the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Posel Valašska s.r.o.",
            I42,
            None,
            ["192.0.2.190"],
            ["192.0.2.191"],
            "Zdeněk Mikeska",
            "mikeska@poselvalasska.example",
            "+420605219330",
        ),
        "from": "Zdeněk Mikeska <mikeska@poselvalasska.example>",
        "subject": "Re: Žádost o XML a natáčení – Posel Valašska",
        "headers": EM_CLIENT,
        "body": (
            "Dobrý den,\n\n"
            "ještě oprava k mé včerejší žádosti (níže): natáčení nakonec nepotřebujeme, "
            "štáb ten večer nebude k dispozici. Prosím tedy jen o přístup k XML. Adresy "
            "i kontakt beze změny.\n\n"
            "Zdeněk Mikeska\n\n"
            "------ Původní zpráva ------\n"
            'Od: "Zdeněk Mikeska" <mikeska@poselvalasska.example>\n'
            "Komu: podatelna@czso.cz\n"
            "Odesláno: 15.09.2025 17:48:02\n"
            "Předmět: Žádost o XML a natáčení – Posel Valašska\n\n"
            "Dobrý den,\n\n"
            f"Posel Valašska s.r.o., IČO {I42}, žádá:\n"
            "1) o přístup k výsledkům voleb ve formátu XML – produkční IP 192.0.2.190, "
            "testovací IP 192.0.2.191,\n"
            "2) o povolení natáčet na sběrném místě ve Valašském Meziříčí.\n\n"
            "Kontakt: Zdeněk Mikeska, 605 219 330\n\n"
            "Zdeněk Mikeska, Posel Valašska\n"
        ),
    },
]
