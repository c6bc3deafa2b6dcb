"""Thirty-first held-out part ``ya``, cases ya001–ya014: an iPhone note with abbreviated roles,
an HTML-only Outlook table with role columns, a reply that completes a quoted original, a chatty
photographer, a typo corrected in the same mail, an inline forward from IT, a signature naming
three people, a German sender's "respectively", data messages and a contractor's netmask.
Written by hand apart from the extraction rules (see make_thirtyfirst_ya); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfirst_ya_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I5 = ico("2874150"), ico("2619384"), ico("0418257"), ico("2270461")
I6, I7, I9, I10 = ico("4519028"), ico("2836507"), ico("6071843"), ico("2945316")
I11, I12, I12C, I13 = ico("5102846"), ico("2507319"), ico("0893475"), ico("2788140")
I14 = ico("0652918")

CASES: list[dict[str, Any]] = [
    {
        "id": "ya001-iphone-prod-tst-abbrev",
        "description": "iPhone note without diacritics, roles only as 'prod', 'prod2' and 'tst', "
        "IČO after 'ic:'",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Jihlavsky den s.r.o.",
            I1,
            None,
            ["198.51.100.131", "198.51.100.132"],
            ["198.51.100.140"],
            "Ondrej Kalina",
            "kalina@jihlavskyden.example",
            "+420731455902",
        ),
        "from": "Ondra Kalina <kalina@jihlavskyden.example>",
        "subject": "pristup xml volby",
        "headers": IPHONE,
        "flowed": True,
        "body": (
            "Dobry den,\n"
            "posilam udaje k tem xml vysledkum voleb \nco jste psali na webu\n\n"
            "prod 198.51.100.131\n"
            "prod2 198.51.100.132\n"
            "tst 198.51.100.140\n\n"
            f"vydavatel: Jihlavsky den s.r.o., ic: {I1}\n"
            "kontakt ja, Ondrej Kalina, 731 455 902\n\n"
            "diky moc a hezky vikend\n"
            "O.K.\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ya002-outlook-html-role-columns",
        "description": "HTML-only Outlook mail, production and test as two table columns with an "
        "empty cell; the contact is the network admin named in the text, not the sender",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Pražský kurýr a.s.",
            I2,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.90"],
            "Lukáš Doležal",
            "lukas.dolezal@prazskykuryr.example",
            "+420222510384",
        ),
        "from": "Horká Marie <marie.horka@prazskykuryr.example>",
        "subject": "Přístup k XML s výsledky voleb - Pražský kurýr",
        "headers": OUTLOOK,
        "html": (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; "
            'font-family:"Aptos",sans-serif} --></style></head>'
            '<body lang="CS" link="#467886"><div class="WordSection1">'
            '<p class="MsoNormal">Vážení,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">za vydavatele deníku Pražský kurýr, tj. společnost '
            f"<b>Pražský kurýr a.s.</b> (IČO {I2}), prosím o zřízení přístupu k serveru "
            "s průběžnými výsledky voleb. Adresy, ze kterých budeme stahovat:<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<table class="MsoTable15Grid4Accent1" border="1" cellspacing="0" '
            'cellpadding="0" style="border-collapse:collapse">'
            '<tr><td width="200" style="background:#156082"><p class="MsoNormal">'
            '<b><span style="color:white">Produkční prostředí</span></b></p></td>'
            '<td width="200" style="background:#156082"><p class="MsoNormal">'
            '<b><span style="color:white">Testovací prostředí</span></b></p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.10</p></td>'
            '<td><p class="MsoNormal">203.0.113.90</p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.11</p></td>'
            '<td><p class="MsoNormal"><o:p>&nbsp;</o:p></p></td></tr>'
            "</table>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Technické věci za nás bude řešit náš správce sítě '
            'Bc. Lukáš Doležal (<a href="mailto:lukas.dolezal@prazskykuryr.example">'
            "lukas.dolezal@prazskykuryr.example</a>, tel. 222 510 384), prosím "
            "kontaktujte přímo jeho.<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Děkuji<o:p></o:p></p>'
            '<p class="MsoNormal">Marie Horká<o:p></o:p></p>'
            '<p class="MsoNormal"><span style="font-size:9pt;color:#595959">zástupkyně '
            "šéfredaktora | Pražský kurýr a.s. | Vinohradská 1804/112, 130 00 Praha 3 | "
            "+420 222 510 300</span><o:p></o:p></p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "ya003-reply-completes-quoted-original",
        "description": "reply to the office's request for missing data: the new text adds the "
        "IČO, phone and a test address, the production address stays in the applicant's "
        "quoted original; the office's quoted signature has its own phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Valašsko FM, s.r.o.",
            I3,
            None,
            ["192.0.2.65"],
            ["192.0.2.66"],
            "Tereza Machalová",
            "machalova@valasskofm.example",
            "+420605118273",
        ),
        "from": "Tereza Machalová <machalova@valasskofm.example>",
        "subject": "Re: Váš e-mail - žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"doplňuji: IČO naší společnosti je {I3}, můj telefon 605 118 273.\n"
            "A když už píšu – nakonec bychom rádi i testovací adresu, 192.0.2.66.\n"
            "Produkční zůstává ta z původní žádosti (dole).\n\n"
            "Díky!\nTereza Machalová\nRádio Valašsko FM, s.r.o.\n\n"
            "Dne 10. 9. 2025 v 14:02 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            ">\n"
            "> k vyřízení Vaší žádosti prosíme o doplnění IČO žadatele a telefonního\n"
            "> čísla kontaktní osoby.\n"
            ">\n"
            "> S pozdravem\n"
            "> podatelna Českého statistického úřadu\n"
            "> Na padesátém 81, 100 82 Praha 10, tel. 274 052 733\n"
            ">\n"
            "> -----Původní zpráva-----\n"
            "> Od: Tereza Machalová <machalova@valasskofm.example>\n"
            "> Odesláno: 9. září 2025 16:40\n"
            "> Předmět: žádost o přístup k výsledkům voleb\n"
            ">\n"
            "> Dobrý den, za Rádio Valašsko FM žádám o přístup k XML výsledkům.\n"
            "> Produkční IP 192.0.2.65. Kontakt: já, machalova@valasskofm.example\n"
            "> Děkuji, T. Machalová\n"
        ),
    },
    {
        "id": "ya004-chatty-photographer-no-ico",
        "description": "chatty freelance photographer without an IČO asks only to take photos "
        "and short videos at a collection point and says he does not need the feed",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Matěj Sládek",
            None,
            None,
            [],
            [],
            "Matěj Sládek",
            "matej.sladek.foto@post.example",
            "+420770613028",
        ),
        "from": "Matěj Sládek <matej.sladek.foto@post.example>",
        "subject": "Focení ve volební noc v Ostravě?",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "doufám, že píšu správně – na webu jsem našel, že žádosti o natáčení se "
            "posílají sem. Jsem fotograf na volné noze, dělám reportáže hlavně pro "
            "regionální weby a letos bych rád udělal sérii o tom, jak vypadá noc na "
            "sběrném místě, když se svážejí výsledky z okrsků.\n\n"
            "Šlo by mi o povolení fotit a natočit pár krátkých videí (bez zvuku, na "
            "mobil a foťák) na sběrném místě v Ostravě, ideálně 3. 10. od 21 h do půlnoci. "
            "Nikomu nebudu překážet, slibuju :)\n\n"
            "IČO nemám, zatím fakturuji přes agenturu, takže žádám jen sám za sebe. "
            "A ten XML přístup k výsledkům nepotřebuji, díky, to je spíš pro velké redakce.\n\n"
            "Kdyžtak jsem na čísle +420 770 613 028.\n\n"
            "Díky moc a pěkný den\n"
            "Matěj Sládek\n"
            "https://sladek-foto.example\n"
        ),
    },
    {
        "id": "ya005-seznam-typo-corrected",
        "description": "webmail in iso-8859-2: the writer mistyped the first production address "
        "and corrects it further down the same mail; phone with 00420",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Náš kraj, z. s.",
            I5,
            None,
            ["203.0.113.45", "203.0.113.55"],
            ["203.0.113.56"],
            "Jaroslav Beneš",
            "benes.naskraj@seznam.example",
            "+420608221947",
        ),
        "from": "Jaroslav Beneš <benes.naskraj@seznam.example>",
        "subject": "žádost o přístup - volby",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "spolek Náš kraj, z. s., vydavatel stejnojmenného měsíčníku a webu, žádá o "
            "přístup k výsledkům voleb ve formátu XML.\n\n"
            f"IČO: {I5}\n"
            "produkční adresy: 203.0.113.54 a 203.0.113.55\n"
            "testovací: 203.0.113.56\n"
            "kontakt: Jaroslav Beneš, tel. 00420 608 221 947\n\n"
            "Omlouvám se, právě koukám, že jsem se překlepl - ta první produkční adresa "
            "není 203.0.113.54, ale 203.0.113.45. Ostatní sedí.\n\n"
            "S pozdravem\nJaroslav Beneš\npředseda spolku\n"
        ),
    },
    {
        "id": "ya006-inline-forward-from-it",
        "description": "editor forwards her IT colleague's mail inline and names him as the "
        "contact; the addresses and his phone are only in the forwarded part",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vydavatelství Horizont, s.r.o.",
            I6,
            None,
            ["198.51.100.201"],
            ["198.51.100.202"],
            "Radim Pokorný",
            "radim.pokorny@horizont-media.example",
            "+420739004512",
        ),
        "from": "Klára Dušková <klara.duskova@horizont-media.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "za Vydavatelství Horizont, s.r.o. (IČO "
            f"{I6}) žádám o přístup k výsledkům voleb v XML. Technické údaje mi poslal náš "
            "IT kolega, přeposílám níže. Kontaktní osobou bude on, Radim Pokorný.\n\n"
            "Klára Dušková\nredakce Horizont\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Radim Pokorný <radim.pokorny@horizont-media.example>\n"
            "Date: st 10. 9. 2025 v 9:12\n"
            "Subject: adresy pro ČSÚ\n"
            "To: Klára Dušková <klara.duskova@horizont-media.example>\n\n"
            "Ahoj Kláro,\n\n"
            "stahovat to bude stroj 198.51.100.201, na zkoušky před volbama mám "
            "testovací VM 198.51.100.202. Kdyby něco, můj mobil je 739 004 512.\n\n"
            "R.\n"
        ),
    },
    {
        "id": "ya007-signature-three-people-cp1250",
        "description": "windows-1250 mail signed by the editor-in-chief; the signature lists "
        "three people with phones and the text names the second as the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Brněnské listy, s. r. o.",
            I7,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Zdeňka Hálová",
            "halova@brnenskelisty.example",
            "+420724905366",
        ),
        "from": "Petr Janda <janda@brnenskelisty.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "headers": TBIRD,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"Brněnské listy, s. r. o., IČO {I7}, žádají o přístup k výsledkům voleb ve "
            "formátu XML z IP adresy 192.0.2.150 (produkce), testovat budeme z "
            "192.0.2.151.\n\n"
            "Kontaktní osobou pro tuto žádost je paní Hálová (druhá v podpisu níže), "
            "která má na starosti volební web.\n\n"
            "S pozdravem\n\n"
            "Petr Janda, šéfredaktor, tel. 602 111 454\n"
            "Zdeňka Hálová, produkce webu, tel. 724 905 366, halova@brnenskelisty.example\n"
            "Ivo Šimek, IT, tel. 606 771 020\n"
            "--\n"
            "Brněnské listy | Kounicova 41, 602 00 Brno | www.brnenskelisty.example\n"
        ),
    },
    {
        "id": "ya008-german-respectively",
        "description": "German broadcaster writing English, production and test given by "
        "'respectively', no Czech IČO, German phone with an extension-like grouping",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rheinwelle Rundfunk GmbH",
            None,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Jonas Weber",
            "j.weber@rheinwelle.example",
            "+4922144789031",
        ),
        "from": "Jonas Weber <j.weber@rheinwelle.example>",
        "subject": "Request: access to Czech election results (XML)",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Rheinwelle Rundfunk GmbH (Cologne) will cover the Czech parliamentary election "
            "for our German-language audience and we would like to request access to the "
            "XML results service.\n\n"
            "Our production and test servers are 203.0.113.180 and 203.0.113.181, "
            "respectively. As a German company we do not have a Czech company ID (IČO); "
            "our commercial register entry is HRB 48211, Amtsgericht Köln.\n\n"
            "Please direct any questions to me.\n\n"
            "Kind regards / Mit freundlichen Grüßen\n\n"
            "Jonas Weber\n"
            "Head of Data Desk\n"
            "Rheinwelle Rundfunk GmbH\n"
            "Tel. +49 221 4478-9031\n"
            "j.weber@rheinwelle.example\n"
        ),
    },
    {
        "id": "ya009-databox-pdf-wrapped-cells",
        "description": "data message with a short annotation; the application is a PDF letter "
        "whose table cells wrap three production addresses onto several lines",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Morava a.s.",
            I9,
            "m3tq8vz",
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["192.0.2.20"],
            "Hynek Vojtíšek",
            "vojtisek@zamorava.example",
            "+420585204117",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – XML (viz příloha)",
        "databox": {
            "box": "m3tq8vz",
            "sender": "Zpravodajská agentura Morava a.s.",
            "address": "Třída Svobody 22, 779 00 Olomouc",
        },
        "attachments": [
            (
                "pdf",
                "zadost_XML_volby.pdf",
                [
                    f"Zpravodajská agentura Morava a.s. · Třída Svobody 22, 779 00 Olomouc · "
                    f"IČO: {I9}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "V Olomouci dne 11. 9. 2025",
                    "Věc: Žádost o zřízení přístupu k výsledkům voleb",
                    "Žádáme o zřízení přístupu k serveru s výsledky voleb pro naši "
                    "zpravodajskou službu. Údaje:",
                    {
                        "rows": [
                            ["Produkční IP adresy", "192.0.2.10, 192.0.2.11, 192.0.2.12"],
                            ["Testovací IP adresa", "192.0.2.20"],
                            [
                                "Kontaktní osoba",
                                "Mgr. Hynek Vojtíšek, vedoucí online zpravodajství, "
                                "+420 585 204 117, vojtisek@zamorava.example",
                            ],
                        ],
                        "widths": [110, 90],
                    },
                    "S pozdravem\nIng. Blanka Horáčková\npředsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "ya010-roundcube-checkboxes",
        "description": "HTML-only webmail form with ticked and unticked box characters: feed "
        "ticked, filming unticked; no test address ('—')",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "TV Polabí s.r.o.",
            I10,
            None,
            ["198.51.100.77"],
            [],
            "Veronika Šťastná",
            "stastna@tvpolabi.example",
            "+420603877120",
        ),
        "from": "Veronika Šťastná <stastna@tvpolabi.example>",
        "subject": "Žádost - volby 2025",
        "headers": ROUNDCUBE,
        "cte": "base64",
        "html": (
            "<!DOCTYPE html><html><head>"
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family:Verdana,Geneva,sans-serif; font-size:10pt">'
            "<p>Dobrý den,</p>"
            "<p>vyplnila jsem údaje podle Vašich pokynů:</p>"
            "<p>☒ přístup k výsledkům voleb ve formátu XML<br>"
            "☐ povolení k pořizování záznamu na sběrném místě</p>"
            f"<p><strong>Žadatel:</strong> TV Polabí s.r.o., IČO {I10}<br>"
            "<strong>Produkce:</strong> 198.51.100.77<br>"
            "<strong>Test:</strong> —<br>"
            "<strong>Kontaktní osoba:</strong> Veronika Šťastná, 603 877 120, "
            "stastna@tvpolabi.example</p>"
            "<p>Děkuji,<br>V. Šťastná</p>"
            '<div id="signature">-- <br>TV Polabí | Palackého 9, 290 01 Poděbrady</div>'
            "</body></html>"
        ),
    },
    {
        "id": "ya011-slovak-portal",
        "description": "Slovak mail with Slovak role words (produkčná, testovacia) and a "
        "Slovak mobile number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Novinky Záhorie, s. r. o.",
            I11,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Ľubomír Hrnčiar",
            "hrnciar@novinkyzahorie.example",
            "+421905318644",
        ),
        "from": "Ľubomír Hrnčiar <hrnciar@novinkyzahorie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý deň,\n\n"
            "náš portál sleduje aj české voľby (veľa našich čitateľov pracuje v ČR), preto "
            "by sme radi požiadali o prístup k výsledkom vo formáte XML.\n\n"
            f"Spoločnosť: Novinky Záhorie, s. r. o., IČO: {I11}\n"
            "Produkčná IP adresa: 203.0.113.201\n"
            "Testovacia IP adresa: 203.0.113.202\n"
            "Kontaktná osoba: Ľubomír Hrnčiar, +421 905 318 644\n\n"
            "Ďakujem pekne a prajem pekný deň\n"
            "Ľubomír Hrnčiar\n"
            "technický riaditeľ\n"
        ),
    },
    {
        "id": "ya012-contractor-version-netmask",
        "description": "IT contractor writes for a weekly; a dotted importer version next to the "
        "addresses, production given as an address with a netmask (a /30), the contractor "
        "with its own IČO is the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Týdeník Vysočina s.r.o.",
            I12,
            None,
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            ["198.51.100.20"],
            "Michal Zedník",
            "zednik@datakovarna.example",
            "+420777902355",
        ),
        "from": "Michal Zedník <zednik@datakovarna.example>",
        "subject": "Týdeník Vysočina - přístup k XML výsledkům",
        "headers": EVOLUTION,
        "cc": "Šéfredaktor Týdeník Vysočina <redakce@tydenikvysocina.example>",
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel IT pro vydavatele Týdeník Vysočina s.r.o. (IČO "
            f"{I12}) a jejich jménem žádáme o přístup k výsledkům voleb ve formátu XML "
            "(pověření od klienta mohu kdykoli doložit, šéfredaktor je v kopii).\n\n"
            "Stahování poběží přes náš importer verze 3.2.10.4 z produkčních serverů "
            "198.51.100.8 s maskou 255.255.255.252 (tj. celý ten blok, za balancerem). "
            "Test bude z jedné adresy 198.51.100.20.\n\n"
            "Technickým kontaktem pro tuto žádost jsem já.\n\n"
            "S pozdravem\n"
            "Michal Zedník\n"
            "DataKovárna s.r.o.\n"
            f"IČO {I12C}\n"
            "mobil 777 902 355\n"
        ),
    },
    {
        "id": "ya013-samsung-both-old-address",
        "description": "phone mail asking for both the feed and filming; last year's address "
        "is said to be no longer valid, no test address",
        "style": Style.PHONE,
        "labels": L(
            [FEED, FILM],
            "Západočeský večerník s.r.o.",
            I13,
            None,
            ["192.0.2.109"],
            [],
            "Lenka Čermáková",
            "cermakova@zcvecernik.example",
            "+420734210566",
        ),
        "from": "Lenka Čermáková <cermakova@zcvecernik.example>",
        "subject": "volby xml + natáčení",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den, píšu z mobilu tak se omlouvám za stručnost.\n"
            "Západočeský večerník s.r.o. "
            f"(IČO {I13}) chce zase přístup k XML s výsledky a letos i natáčet ve volební "
            "noc na sběrném místě v Plzni (kamera + 1 redaktor).\n"
            "Loni jsme měli IP 192.0.2.99, ta už neplatí, nová je 192.0.2.109. Test nemáme.\n"
            "Lenka Čermáková 734 210 566\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "ya014-databox-annotation-only",
        "description": "data message whose whole application is in the annotation with "
        "abbreviated roles; the attached file is only an extract from the register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hlas Chodska, z. ú.",
            I14,
            "c8hr2wn",
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Eva Kubíková",
            "kubikova@hlaschodska.example",
            "+420776330912",
        ),
        "subject": "Žádost o přístup k XML výsl. voleb: prod. IP 198.51.100.150, test. IP "
        "198.51.100.151. Kontakt: Eva Kubíková, 776 330 912, kubikova@hlaschodska.example. "
        "Přílohou výpis z rejstříku.",
        "databox": {
            "box": "c8hr2wn",
            "sender": "Hlas Chodska, z. ú.",
            "address": "Náměstí 17, 344 01 Domažlice",
        },
        "attachments": [
            (
                "txt",
                "vypis_rejstrik_ustavu.txt",
                "VÝPIS Z REJSTŘÍKU ÚSTAVŮ\n"
                "vedeného Krajským soudem v Plzni, oddíl U, vložka 318\n\n"
                "Datum vzniku a zápisu: 14. března 2016\n"
                "Spisová značka: U 318 vedená u Krajského soudu v Plzni\n"
                "Název: Hlas Chodska, z. ú.\n"
                "Sídlo: Náměstí 17, 344 01 Domažlice\n"
                f"Identifikační číslo: {I14[:3]} {I14[3:5]} {I14[5:]}\n"
                "Právní forma: Ústav\n"
                "Účel ústavu: vydávání regionálního zpravodajství a provozování "
                "internetového rádia\n"
                "Statutární orgán – ředitel: Mgr. TOMÁŠ PEROUTKA\n\n"
                "Údaje platné ke dni: 9. září 2025 06:12\n",
            )
        ],
    },
]
