"""Thirty-second held-out part ``za``, cases za001–za014: an iPhone note, an HTML-only Outlook
table, a reply that points back to its own quoted original under the office's question, a chatty
filming request, a correction, a German sender in English, data messages, an inline forward from
IT, a signature with several people, Slovak, Roundcube HTML, a Polish crew and a Seznam mail in
windows-1250. Written by hand apart from the extraction rules (see make_thirtysecond_za); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysecond_za_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2846137"), ico("0562918"), ico("2719043"), ico("4418265")
I5, I7, I8, I9 = ico("0693127"), ico("2630581"), ico("0749312"), ico("2903416")
I10, I11, I12, I14 = ico("4672159"), ico("0815436"), ico("2587301"), ico("0027613")

CASES: list[dict[str, Any]] = [
    {
        "id": "za001-iphone-shorthand-test",
        "description": "two lines typed on an iPhone without diacritics, the test address "
        "written as only its last octet, IČO in groups",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Zpravodaj Polabi s.r.o.",
            I1,
            None,
            ["198.51.100.14"],
            ["198.51.100.15"],
            "Marek Sobotka",
            "sobotka@zpravodajpolabi.example",
            "+420737402118",
        ),
        "from": "Marek Sobotka <sobotka@zpravodajpolabi.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, chtel bych pristup na ten vas volebni server s xml. "
            "prod 198.51.100.14 a test .15\n"
            f"Zpravodaj Polabi s.r.o. ic {I1[:2]} {I1[2:5]} {I1[5:]}, tel 737-402-118\n"
            "Sobotka\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "za002-outlook-html-columns-colleague",
        "description": "HTML-only Outlook mail in windows-1250, roles in the column headers of a "
        "table, the director signs but names a colleague as the contact",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Vltavské listy, a.s.",
            I2,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.50"],
            "Jana Klímová",
            "klimova@vltavskelisty.example",
            "+420608551274",
        ),
        "from": "Ing. Bohumil Řezníček <reznicek@vltavskelisty.example>",
        "subject": "Přístup k výsledkům voleb do PS – Vltavské listy",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1250"><style>p.MsoNormal{margin:0;font-family:Aptos}</style>'
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Vážení,</p>'
            '<p class="MsoNormal">vydavatelství Vltavské listy, a.s. (IČO '
            f"{I2}) žádá jako každý rok o přístup k XML s průběžnými výsledky voleb. "
            "Adresy, ze kterých budeme stahovat:</p>"
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse">'
            '<tr><td style="border:solid windowtext 1pt"><p class="MsoNormal"><b>Produkce</b></p>'
            '</td><td style="border:solid windowtext 1pt"><p class="MsoNormal"><b>Test</b></p>'
            "</td></tr>"
            '<tr><td><p class="MsoNormal">203.0.113.10</p></td>'
            '<td><p class="MsoNormal">203.0.113.50</p></td></tr>'
            '<tr><td><p class="MsoNormal">203.0.113.11</p></td>'
            '<td><p class="MsoNormal">&nbsp;</p></td></tr></table>'
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Technické věci za nás řeší paní Jana Klímová, '
            "klimova@vltavskelisty.example, mobil 608 551 274.</p>"
            '<p class="MsoNormal">S pozdravem</p>'
            '<p class="MsoNormal"><b>Ing. Bohumil Řezníček</b><br>generální ředitel<br>'
            "Vltavské listy, a.s.<br>Lannova 14, 370 01 České Budějovice<br>"
            "tel. 386 110 200</p></div></body></html>"
        ),
    },
    {
        "id": "za003-reply-refers-to-own-original",
        "description": "reply to the office's question: the new text adds only the test address "
        "and refers to the applicant's quoted original; the office's quoted signature carries "
        "its phone and box",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I3,
            None,
            ["192.0.2.88"],
            ["192.0.2.90"],
            "Tereza Holubová",
            "holubova@radiobeskydy.example",
            "+420731220946",
        ),
        "from": "Tereza Holubová <holubova@radiobeskydy.example>",
        "subject": "Re: Re: Žádost o XML výsledky – Rádio Beskydy",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, testovací adresu jsem zapomněla. Bude to 192.0.2.90.\n"
            "Všechno ostatní platí podle mé původní žádosti níže.\n\n"
            "Tereza Holubová\n\n"
            "Dne 11. 9. 2025 v 9:02 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            "> děkujeme za žádost. Uveďte prosím ještě testovací IP adresu, případně\n"
            "> napište, že ji nepotřebujete.\n"
            ">\n"
            "> Oddělení volebních informací\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "> tel. 274 052 733, ID DS 2gfaasy\n"
            ">\n"
            "> Dne 10. 9. 2025 v 16:40 Tereza Holubová napsal(a):\n"
            ">> Dobrý den,\n"
            ">> žádáme o přístup k serveru s výsledky voleb ve formátu XML.\n"
            f">> Rádio Beskydy s.r.o., IČO {I3}\n"
            ">> produkční IP: 192.0.2.88\n"
            ">> kontakt: Tereza Holubová, 731 220 946, holubova@radiobeskydy.example\n"
            ">>\n"
            ">> Díky, T. H.\n"
        ),
    },
    {
        "id": "za004-chatty-filming-only",
        "description": "chatty Gmail message asking only to film, the XML feed declined; a "
        "cameraman is named but the production assistant is the contact",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Jihomoravská televizní s.r.o.",
            I4,
            None,
            [],
            [],
            "Klára Benešová",
            "benesova@jmtv.example",
            "+420604337810",
        ),
        "from": "Klara Benesova <benesova@jmtv.example>",
        "subject": "natáčení na volebním okrsku v Brně :)",
        "headers": GMAIL,
        "body": (
            "Ahoj / dobrý den,\n\n"
            "nevím, jestli píšu správně, kolegyně mi dala tenhle mail :) Jsme regionální "
            "televize z Brna a rádi bychom v sobotu natočili krátkou reportáž o tom, jak "
            "vaši lidé sbírají výsledky na sběrném místě v Brně-Bohunicích. Točil by Ondra "
            "Mach (kamera) a redaktorka Lenka, zabere to max. hodinku.\n\n"
            "XML výsledky nepotřebujeme, ty nám posílá agentura, takže jen to natáčení.\n\n"
            "Kdyby cokoli, volejte mně, jsem produkční: Klára Benešová, 604 337 810.\n\n"
            "Díky moc a hezký den!\n"
            "Klára\n"
            f"Jihomoravská televizní s.r.o. (IČO {I4}) | jmtv.example\n"
        ),
        "html": (
            '<div dir="ltr"><div>Ahoj / dobrý den,</div><div><br></div><div>nevím, jestli '
            "píšu správně, kolegyně mi dala tenhle mail :) Jsme regionální televize z Brna "
            "a rádi bychom v sobotu natočili krátkou reportáž o tom, jak vaši lidé sbírají "
            "výsledky na sběrném místě v Brně-Bohunicích. Točil by Ondra Mach (kamera) a "
            "redaktorka Lenka, zabere to max. hodinku.</div><div><br></div><div>XML výsledky "
            "nepotřebujeme, ty nám posílá agentura, takže jen to natáčení.</div><div><br>"
            "</div><div>Kdyby cokoli, volejte mně, jsem produkční: Klára Benešová, "
            "604 337 810.</div><div><br></div><div>Díky moc a hezký den!</div><div>Klára"
            '</div><div class="gmail_signature">Jihomoravská televizní s.r.o. (IČO '
            f"{I4}) | jmtv.example</div></div>"
        ),
    },
    {
        "id": "za005-flowed-correction-typo",
        "description": "format=flowed Thunderbird mail whose last paragraph corrects a mistyped "
        "production address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Krkonošský deník, z. s.",
            I5,
            None,
            ["198.51.100.223"],
            ["198.51.100.234"],
            "Vít Šimánek",
            "simanek@krkonosskydenik.example",
            "+420499871305",
        ),
        "from": "Vít Šimánek <simanek@krkonosskydenik.example>",
        "subject": "Žádost o přístup – výsledky voleb XML",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "spolek Krkonošský deník, z. s., IČO "
            f"{I5}, žádá o přístup k výsledkům voleb \n"
            "ve formátu XML pro náš zpravodajský web.\n\n"
            "Produkční server: 198.51.100.233\n"
            "Testovací server: 198.51.100.234\n\n"
            "Kontakt: Vít Šimánek, tel. 499 871 305\n\n"
            "Oprava – v produkční adrese mám překlep, správně je 198.51.100.223 \n"
            "(ne .233). Testovací je v pořádku.\n\n"
            "Děkuji,\nVít Šimánek\n"
        ),
    },
    {
        "id": "za006-german-english-both",
        "description": "German public-affairs broadcaster writing English, two production "
        "servers and a test server, plus filming at a collection point; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Elbland Nachrichten GmbH",
            None,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.140"],
            "Katrin Vogelsang",
            "k.vogelsang@elbland-nachrichten.example",
            "+4935172204418",
        ),
        "from": "Katrin Vogelsang <k.vogelsang@elbland-nachrichten.example>",
        "subject": "Request: election results XML + filming permission",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "we are a regional news service from Dresden and will report on the Czech "
            "parliamentary elections for our readers in Saxony. We kindly ask for two things:\n\n"
            "1) access to the XML results server. Our production servers are 203.0.113.130 "
            "and 203.0.113.131, for testing we use 203.0.113.140.\n"
            "2) permission to film shortly at the collection point in Děčín on Saturday "
            "afternoon (team of 2 persons).\n\n"
            "Please contact me for all questions, I speak a little Czech also :)\n\n"
            "Best regards / Mit freundlichen Grüßen\n"
            "Katrin Vogelsang\n"
            "Redaktion Ostsachsen\n"
            "Elbland Nachrichten GmbH | Königsbrücker Str. 96 | 01099 Dresden\n"
            "Tel. +49 351 722 044 18\n"
            "Handelsregister: Amtsgericht Dresden HRB 41177\n"
        ),
    },
    {
        "id": "za007-databox-annotation-only",
        "description": "data message with the whole application in its annotation; the attached "
        "PDF is only a power of attorney (it carries the IČO)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obzor Říčany s.r.o.",
            I7,
            "r8vk2mw",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Petr Kratochvíl",
            "kratochvil@obzor-ricany.example",
            "+420605112908",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: prod. 192.0.2.140, test. "
        "192.0.2.141. Kontakt Petr Kratochvíl, 605 112 908, kratochvil@obzor-ricany.example. "
        "Plná moc v příloze.",
        "databox": {
            "box": "r8vk2mw",
            "sender": "Obzor Říčany s.r.o.",
            "address": "Masarykovo náměstí 53, 251 01 Říčany",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Kratochvil.pdf",
                [
                    "PLNÁ MOC",
                    f"Obzor Říčany s.r.o., IČO {I7}, se sídlem Masarykovo náměstí 53, "
                    "251 01 Říčany, zastoupená jednatelkou Mgr. Ivanou Kolářovou,",
                    "zmocňuje",
                    "pana Petra Kratochvíla, nar. 4. 3. 1986,",
                    "k podání žádosti o přístup k výsledkům voleb u Českého statistického úřadu "
                    "a k jednání ve věcech s tím souvisejících.",
                    "V Říčanech dne 9. 9. 2025",
                    "Mgr. Ivana Kolářová, jednatelka          Petr Kratochvíl (plnou moc přijímám)",
                ],
            )
        ],
    },
    {
        "id": "za008-inline-forward-from-it",
        "description": "journalist forwards the IT admin's message inline; the addresses and the "
        "technical contact are in the forwarded part, the organisation in the sender's signature",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Hradecký kurýr s.r.o.",
            I8,
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Radek Pešek",
            "pesek@hkkuryr.example",
            "+420777065213",
        ),
        "from": "Simona Dvořáková <dvorakova@hkkuryr.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "posílám za Hradecký kurýr žádost o přístup k výsledkům voleb v XML. Adresy "
            "připravil náš správce, viz jeho mail níže – on je pro to i kontaktní osoba.\n\n"
            "Simona Dvořáková\nšéfredaktorka\n"
            f"Hradecký kurýr s.r.o., IČO {I8}\n"
            "tel. 495 300 117\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Radek Pešek <pesek@hkkuryr.example>\n"
            "Date: po 8. 9. 2025 v 14:21\n"
            "Subject: adresy pro ČSÚ\n"
            "To: Simona Dvořáková <dvorakova@hkkuryr.example>\n\n\n"
            "Simčo, tady to je:\n\n"
            "ostrý: 203.0.113.71 a 203.0.113.72 (ten druhý je záloha v Pardubicích)\n"
            "testovací: 203.0.113.79\n\n"
            "na mě dej 777 065 213, kdyby volali.\n"
            "R.\n"
        ),
    },
    {
        "id": "za009-signature-several-people",
        "description": "plain Outlook mail signed by three people with their numbers; the text "
        "names the IT administrator (the third) as the contact; box ID in the footer",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "MORAVSKÝ VEČERNÍK spol. s r.o.",
            I9,
            "w3hq7nd",
            ["198.51.100.40"],
            ["198.51.100.41"],
            "Vojtěch Hrubý",
            "hruby@vecernik-mv.example",
            "+420722918034",
        ),
        "from": "Redakce Moravský večerník <redakce@vecernik-mv.example>",
        "subject": "Žádost o zřízení přístupu – volby 2025",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "žádáme o zřízení přístupu k XML s výsledky voleb. Produkční IP 198.51.100.40, "
            "testovací IP 198.51.100.41. Kontaktní osobou pro přístup je náš správce sítě "
            "pan Hrubý (údaje níže).\n\n"
            "S pozdravem\n\n"
            "Mgr. Zdeněk Koutný, šéfredaktor, tel. 603 450 771, koutny@vecernik-mv.example\n"
            "Bc. Iveta Machalová, zástupkyně šéfredaktora, tel. 603 450 772\n"
            "Vojtěch Hrubý, IT, mobil 722 918 034, hruby@vecernik-mv.example\n\n"
            "MORAVSKÝ VEČERNÍK spol. s r.o.\n"
            f"Palackého 1120/8, 779 00 Olomouc | IČ: {I9} | DIČ: CZ{I9}\n"
            "ID datové schránky: w3hq7nd | ústředna 585 200 300\n"
        ),
    },
    {
        "id": "za010-slovak-samsung-no-test",
        "description": "Slovak note from a Samsung phone: one production address, the test one "
        "explicitly not yet existing",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Záhorský hlas, s. r. o.",
            I10,
            None,
            ["203.0.113.77"],
            [],
            "Martin Baláž",
            "balaz@zahorskyhlas.example",
            "+421905318226",
        ),
        "from": "Martin Baláž <balaz@zahorskyhlas.example>",
        "subject": "prístup k výsledkom volieb",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Dobrý deň,\n"
            "prosím o prístup k XML výsledkom českých volieb pre náš portál. "
            "Produkčná IP 203.0.113.77, testovaciu zatiaľ nemáme a ani nebudeme potrebovať.\n"
            f"Záhorský hlas, s. r. o., IČO {I10}\n"
            "Martin Baláž, 0905 318 226\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "za011-roundcube-html-row-headers-ipv6-test",
        "description": "HTML-only Roundcube mail, roles in row headers, two production addresses "
        "in one cell and an IPv6 test address",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Podještědské noviny s.r.o.",
            I11,
            None,
            ["192.0.2.30", "192.0.2.31"],
            ["2001:db8:40::5"],
            "Lucie Hanzlová",
            "hanzlova@podjestedi.example",
            "+420482117630",
        ),
        "from": "Lucie Hanzlová <hanzlova@podjestedi.example>",
        "subject": "Přístup XML – Podještědské noviny",
        "headers": ROUNDCUBE,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body style="font-family:Verdana,Geneva,sans-serif">'
            "<p>Dobrý den,</p><p>za Podještědské noviny s.r.o. (IČO "
            f"{I11}) žádám o přístup k výsledkům voleb ve formátu XML.</p>"
            '<table border="1" cellpadding="4">'
            "<tr><th>Produkční IP</th><td>192.0.2.30, 192.0.2.31</td></tr>"
            "<tr><th>Testovací IP</th><td>2001:0db8:0040::0005</td></tr>"
            "<tr><th>Kontaktní osoba</th><td>Lucie Hanzlová</td></tr>"
            "<tr><th>Telefon</th><td>+420 482 117 630</td></tr>"
            "</table><p>Děkuji<br>L. Hanzlová</p>"
            '<div class="pre" style="color:#888">-- <br>Podještědské noviny s.r.o.<br>'
            "Tržní nám. 4, 463 31 Chrastava</div></body></html>"
        ),
    },
    {
        "id": "za012-databox-docx-checkboxes",
        "description": "data message with a DOCX form: the feed box ticked, the filming box "
        "left empty; IČO and box in the page header, the office's data in the address block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Podbrdsko s.r.o.",
            I12,
            "c5tn9ea",
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.159"],
            "Jakub Vondrák",
            "vondrak@tvpodbrdsko.example",
            "+420318622940",
        ),
        "subject": "Žádost – volby do Poslanecké sněmovny 2025",
        "databox": {
            "box": "c5tn9ea",
            "sender": "TV Podbrdsko s.r.o.",
            "address": "Pražská 318, 261 01 Příbram",
        },
        "attachments": [
            (
                "docx",
                "formular_zadost.docx",
                {
                    "header": f"TV Podbrdsko s.r.o. · IČO {I12} · DS c5tn9ea",
                    "blocks": [
                        "Adresát: Český statistický úřad, IČO 00025593, DS 2gfaasy",
                        "ŽÁDOST MÉDIA",
                        "Žádáme o (zaškrtněte):",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☐ povolení k natáčení na sběrném místě",
                        {
                            "rows": [
                                ["IP adresa", "Účel"],
                                ["198.51.100.150", "produkce"],
                                ["198.51.100.151", "produkce – záloha"],
                                ["198.51.100.159", "test"],
                            ]
                        },
                        "Kontaktní osoba: Jakub Vondrák",
                        "Telefon: 318 622 940",
                        "E-mail: vondrak@tvpodbrdsko.example",
                        "V Příbrami 15. 9. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "za013-polish-crew-block",
        "description": "Polish TV writing English: a /30 production block, no test address, "
        "filming too; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telewizja Śląsk Sp. z o.o.",
            None,
            None,
            ["198.51.100.88", "198.51.100.89", "198.51.100.90", "198.51.100.91"],
            [],
            "Paweł Wójcik",
            "p.wojcik@tvslask.example",
            "+48322104477",
        ),
        "from": "Paweł Wójcik <p.wojcik@tvslask.example>",
        "subject": "Elections - access to results and filming",
        "headers": OUTLOOK,
        "body": (
            "Good morning,\n\n"
            "I am writing from Telewizja Śląsk Sp. z o.o. (Katowice). Our team will cover "
            "the elections in Czechia from Ostrava. We would like please:\n"
            "- access for the XML results from our network 198.51.100.88/30 (production, "
            "we have no separate test machine, we test on the same),\n"
            "- permission for our camera to record at the collection point in Ostrava.\n\n"
            "Contact person is me, phone +48 32 210 44 77.\n\n"
            "Thank you and greetings from Katowice,\n"
            "Paweł Wójcik\n"
            "Dział Wiadomości | Telewizja Śląsk\n"
        ),
    },
    {
        "id": "za014-seznam-windows1250-version",
        "description": "Seznam mail in windows-1250 from a town newsletter editor: IČ with a "
        "space, a software version number, testing from the same address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Městys Nové Hrady u Skutče",
            I14,
            None,
            ["192.0.2.210"],
            [],
            "Jaroslav Novotný",
            "novotny.jaroslav@seznam-noviny.example",
            "+420469344021",
        ),
        "from": "Jaroslav Novotný <novotny.jaroslav@seznam-noviny.example>",
        "subject": "Volby - žádost o data",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "dělám zpravodaj a web našeho městyse a rád bych na volební večer dal na web "
            "výsledky přímo od Vás. Náš redakční systém (WebObec 3.2.11) to umí načíst z XML, "
            "tak prosím o přístup. Server má adresu 192.0.2.210, testovat budu na tom samém.\n\n"
            f"Žadatel je Městys Nové Hrady u Skutče, IČ {I14[:4]} {I14[4:]}.\n\n"
            "S pozdravem\nJaroslav Novotný\nkronikář a správce webu\n"
            "tel. 469 344 021 (úřad městyse, jsem tam po–st)\n"
        ),
    },
]
