"""Thirty-eighth held-out part ``aj``, cases aj029–aj042: an Evolution mail with an OID and
dates, an RTF letter, a Slovak 'resp.' sentence from Claws Mail, an Italian journalist on Yahoo,
a Mac Outlook reply quoting the office's press release as HTML, an iPhone note that adds filming,
a data message with the application in the annotation and a power of attorney attached, a PDF
table whose cells wrap, a written range with an IPv6 test address in windows-1250, a forward of an
IT supplier's mail, a withdrawn filming request, an Austrian broadcaster's HTML table, a data
message of a sole trader with a nested DOCX table and a signature carrying a data-box ID.
Written by hand apart from the extraction rules (see make_thirtyeighth_aj); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyeighth_aj_common import (
    CLAWS,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    YAHOO,
    L,
    Style,
    ico,
)

I29, I30, I31, I33 = ico("2765190"), ico("4592817"), ico("3581026"), ico("2903716")
I34, I35, I36, I37 = ico("0716258"), ico("2618493"), ico("6081372"), ico("2497601")
I38, I39, I41, I42 = ico("0358164"), ico("2720583"), ico("7461029"), ico("2856314")

CASES: list[dict[str, Any]] = [
    {
        "id": "aj029-evolution-oid-dates",
        "description": "plain mail mentioning a certificate OID, dotted dates and a software "
        "version beside the real addresses; 'záložní' server is production",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Info Krkonoše s.r.o.",
            I29,
            None,
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.109"],
            "Jakub Šťastný",
            "stastny@infokrkonose.example",
            "+420603772185",
        ),
        "from": "Jakub Šťastný <stastny@infokrkonose.example>",
        "subject": "XML výsledky voleb – Info Krkonoše",
        "headers": EVOLUTION,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"za Info Krkonoše s.r.o., IČO {I29}, žádám o přístup k XML s výsledky voleb "
            "konaných 3.–4.10.2025.\n\n"
            "hlavní server:   198.51.100.101\n"
            "záložní server:  198.51.100.102\n"
            "testovací:       198.51.100.109 (k dispozici od 22.9.2025)\n\n"
            "Klientský certifikát pro HTTPS máme od CA s politikou OID 1.3.6.1.4.1.23624.10.1, "
            "kdyby to bylo potřeba. Na serveru běží nginx 1.24.0 a náš skript "
            "elections-fetch 2.0.11.\n\n"
            "Kontakt: Jakub Šťastný, 603 772 185\n\n"
            "--\nJakub Šťastný\nInfo Krkonoše s.r.o. / technika\n"
        ),
    },
    {
        "id": "aj030-rtf-letter-publisher-and-title",
        "description": "a short mail with an RTF letter: the publisher and its magazine title, "
        "an address table, the contact's direct line before the switchboard",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "EKONOM MEDIA GROUP, a. s.",
            I30,
            None,
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            "Martina Kouřilová",
            "kourilova@ekonommedia.example",
            "+420225081344",
        ),
        "from": "Martina Kouřilová <kourilova@ekonommedia.example>",
        "subject": "Žádost o přístup k XML – Týdeník Finanční svět",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasílám žádost o přístup k výsledkům voleb "
            "ve formátu XML.\n\nS pozdravem\nMartina Kouřilová\n"
        ),
        "attachments": [
            (
                "rtf",
                "Zadost_CSU_XML.rtf",
                [
                    f"EKONOM MEDIA GROUP, a. s.\nKarlínské nám. 6, 186 00 Praha 8\nIČO: {I30}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Společnost EKONOM MEDIA GROUP, a. s., vydavatel Týdeníku Finanční "
                    "svět a serveru financnisvet.example, žádá o přístup k výsledkům voleb.",
                    [
                        ["Typ", "IP adresa"],
                        ["produkční", "192.0.2.240"],
                        ["produkční", "192.0.2.241"],
                        ["testovací", "192.0.2.250"],
                    ],
                    "Kontaktní osoba: Martina Kouřilová, přímá linka 225 081 344, "
                    "ústředna 225 081 111, kourilova@ekonommedia.example",
                    "V Praze dne 18. 9. 2025\nMartina Kouřilová, vedoucí online vydání",
                ],
            )
        ],
    },
    {
        "id": "aj031-claws-slovak-resp",
        "description": "Slovak mail from Claws Mail: roles given by 'resp.', the IČO with "
        "'IČO:' and spaces",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I31,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Ján Baláž",
            "balaz@zahorskenoviny.example",
            "+421346512207",
        ),
        "from": "Ján Baláž <balaz@zahorskenoviny.example>",
        "subject": "Prístup k XML výsledkom volieb",
        "headers": CLAWS,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý deň,\n\n"
            "Záhorské noviny, s. r. o., IČO: "
            f"{I31[:2]} {I31[2:5]} {I31[5:]}, so sídlom v Skalici, žiadajú o prístup "
            "k priebežným výsledkom volieb v XML. Budeme sa pripájať z adries 203.0.113.90 "
            "resp. 203.0.113.91, pre produkciu resp. testovanie.\n\n"
            "Kontaktná osoba: Ján Baláž, +421 34 651 2207\n\n"
            "S pozdravom\nJán Baláž\n"
        ),
    },
    {
        "id": "aj032-yahoo-italian-journalist",
        "description": "Italian correspondent writing English from Yahoo Mail; one address to "
        "be used for both live and testing, Italian phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Giornale del Nordest S.p.A.",
            None,
            None,
            ["198.51.100.58"],
            [],
            "Francesca Moretti",
            "f.moretti@giornalenordest.example",
            "+393471229805",
        ),
        "from": "Francesca Moretti <f.moretti@giornalenordest.example>",
        "subject": "request XML access elections",
        "headers": YAHOO,
        "body": (
            "Good morning,\n\n"
            "I am the Central Europe correspondent of Giornale del Nordest S.p.A. (Udine, "
            "Italy) and I would like to request access to the XML election results for our "
            "live blog. Our server address is 198.51.100.58 - we will use this one both for "
            "the tests and on election night, we have no other.\n\n"
            "Sorry for my English, and thank you in advance!\n\n"
            "Francesca Moretti\ncell. +39 347 122 9805\n\n"
            "Sent from Yahoo Mail for iPhone\n"
        ),
    },
    {
        "id": "aj033-mac-outlook-html-reply-office-release",
        "description": "HTML reply from Mac Outlook above the office's quoted press release in "
        "a blockquote with the office's IČO, box, e-mail and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihomoravská televize, spol. s r.o.",
            I33,
            None,
            ["192.0.2.20", "192.0.2.21"],
            ["192.0.2.29"],
            "Robert Kašpárek",
            "kasparek@jmtv.example",
            "+420515228091",
        ),
        "from": "Robert Kašpárek <kasparek@jmtv.example>",
        "subject": "Re: Tisková zpráva ČSÚ – výsledky voleb pro média",
        "headers": MAC_OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">'
            "<div>Dobrý den,</div><div>&nbsp;</div>"
            "<div>reaguji na tiskovou zprávu níže. Jihomoravská televize, spol. s r.o., "
            f"IČO {I33}, žádá o přístup:</div>"
            "<ul><li>produkce: 192.0.2.20, 192.0.2.21</li><li>test: 192.0.2.29</li></ul>"
            "<div>Kontakt: Robert Kašpárek, 515 228 091</div><div>&nbsp;</div>"
            "<div>Robert Kašpárek<br>technický ředitel</div><div>&nbsp;</div>"
            '<div style="border-top:solid #B5C4DF 1pt;padding-top:3pt">'
            "<b>Od: </b>Český statistický úřad &lt;podatelna@czso.cz&gt;<br>"
            "<b>Datum: </b>pondělí 8. září 2025 10:00<br>"
            "<b>Předmět: </b>Tisková zpráva ČSÚ – výsledky voleb pro média</div>"
            '<blockquote style="margin-left:5pt">'
            "<p>Český statistický úřad (IČO 00025593) umožní médiím stahovat průběžné "
            "výsledky voleb ve formátu XML z vyhrazeného serveru, například "
            "https://volby.example/xml/. Žádosti s nejvýše pěti produkčními a pěti "
            "testovacími IP adresami zasílejte na podatelna@czso.cz nebo datovou "
            "schránkou 2gfaasy.</p>"
            "<p>Informace pro média: oddělení komunikace, tel. +420 274 052 304, "
            "infoservis@czso.cz</p></blockquote></body></html>"
        ),
    },
    {
        "id": "aj034-iphone-adds-filming",
        "description": "iPhone note: the feed first, then filming added in an afterthought; "
        "both types requested, phone without spaces",
        "style": Style.MOBILE,
        "labels": L(
            [FEED, FILM],
            "Liberecký Metropol s.r.o.",
            I34,
            None,
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Denisa Fričová",
            "fricova@metropol-lbc.example",
            "+420777630914",
        ),
        "from": "Denisa Fričová <fricova@metropol-lbc.example>",
        "subject": "Volby - XML",
        "headers": IPHONE,
        "body": (
            "Dobrý den, za Liberecký Metropol s.r.o. (IČO "
            f"{I34}) prosím o přístup k XML: produkční 203.0.113.60, testovací 203.0.113.61.\n"
            "A ještě bychom moc rádi natáčeli na sběrném místě v Liberci v sobotu odpoledne, "
            "jestli to jde.\n"
            "Kontakt já, +420777630914\n"
            "Díky D. Fričová\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "aj035-databox-annotation-power-of-attorney",
        "description": "data message: the application in the annotation, the file a power of "
        "attorney naming the managing director and the office",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "ProMedia Vysočina s.r.o.",
            I35,
            "t5pu9mr",
            ["192.0.2.85"],
            [],
            "Lubomír Vacek",
            None,
            "+420608330152",
        ),
        "subject": (
            "Žádost o přístup k XML výsledkům voleb z IP 192.0.2.85 (produkce, test "
            "nepožadujeme). Kontakt: Lubomír Vacek, tel. 608 330 152. Plná moc v příloze."
        ),
        "databox": {
            "box": "t5pu9mr",
            "sender": "ProMedia Vysočina s.r.o.",
            "address": "Brněnská 19, 591 01 Žďár nad Sázavou",
        },
        "attachments": [
            (
                "txt",
                "plna_moc.txt",
                "PLNÁ MOC\n\n"
                f"ProMedia Vysočina s.r.o., IČO {I35}, se sídlem Brněnská 19, 591 01 Žďár "
                "nad Sázavou, zastoupená jednatelkou Mgr. Ivanou Hladkou,\n\n"
                "zmocňuje\n\n"
                "pana Lubomíra Vacka, nar. 12. 5. 1984,\n\n"
                "k podání žádosti o přístup k výsledkům voleb u Českého statistického "
                "úřadu (IČO 00025593, datová schránka 2gfaasy) a k jednání v této věci.\n\n"
                "Ve Žďáru nad Sázavou dne 15. 9. 2025\n\n"
                "Mgr. Ivana Hladká, jednatelka\n",
            )
        ],
    },
    {
        "id": "aj036-gmail-pdf-wrapped-cells",
        "description": "Gmail mail with a signed PDF whose narrow table cells wrap the labels "
        "and two addresses onto several lines",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Plzeňský rozhled, a.s.",
            I36,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160"],
            "Aleš Vodička",
            "vodicka@plzenskyrozhled.example",
            "+420377440291",
        ),
        "from": "Aleš Vodička <vodicka@plzenskyrozhled.example>",
        "subject": "podepsaná žádost - Plzeňský rozhled",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám podepsanou žádost v PDF. Kdyby něco, volejte.\n\n"
            "Aleš Vodička\n377 440 291\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_podepsana.pdf",
                [
                    "Plzeňský rozhled, a.s., Americká 44, 301 00 Plzeň",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Název žadatele", "Plzeňský rozhled, a.s."],
                            ["IČO", I36],
                            ["IP adresy produkčního prostředí", "198.51.100.150, 198.51.100.151"],
                            ["IP adresy testovacího prostředí", "198.51.100.160"],
                            ["Kontaktní osoba", "Aleš Vodička"],
                            ["E-mail", "vodicka@plzenskyrozhled.example"],
                            ["Telefon", "+420 377 440 291"],
                        ],
                        "widths": [80, 90],
                    },
                    "V Plzni 18. 9. 2025, Aleš Vodička, zástupce šéfredaktora",
                ],
            )
        ],
    },
    {
        "id": "aj037-outlook-range-ipv6-test-cp1250",
        "description": "plain Outlook mail in windows-1250 and base64 with a written range of "
        "four production addresses and an IPv6 test address",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "ČR Zprávy Online s.r.o.",
            I37,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["2001:db8:c5::7"],
            "Jitka Bartošová",
            "bartosova@crzpravy.example",
            "+420286003415",
        ),
        "from": "Bartošová Jitka <bartosova@crzpravy.example>",
        "subject": "Žádost o XML – ČR Zprávy Online",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            f"společnost ČR Zprávy Online s.r.o., IČO {I37}, žádá o přístup k výsledkům "
            "voleb v XML.\n\n"
            "Produkční adresy: 198.51.100.40 – 198.51.100.43 (cluster)\n"
            "Testovací adresa: 2001:db8:c5::7\n\n"
            "Kontaktní osoba: Jitka Bartošová, 286 003 415\n\n"
            "S pozdravem\n\n"
            "Jitka Bartošová | vedoucí IT\n"
            "Tomáš Pech | šéfredaktor | 286 003 400\n"
            "ČR Zprávy Online s.r.o. | Radlická 3185/1c, 150 00 Praha 5\n\n"
            "Tato zpráva může obsahovat důvěrné informace. Pokud nejste adresátem, "
            "zprávu prosím smažte.\n"
        ),
    },
    {
        "id": "aj038-forward-supplier-last-is-test",
        "description": "an editor forwards the IT supplier's mail; three addresses of which "
        "'the last one is only for tests', the editor is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Orlicko s.r.o.",
            I38,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Richard Kalousek",
            "kalousek@orlicko.example",
            "+420465520317",
        ),
        "from": "Richard Kalousek <kalousek@orlicko.example>",
        "subject": "Fwd: IP pro volby",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den,\n"
            f"žádáme o přístup k XML, Týdeník Orlicko s.r.o., IČO {I38}. IP viz níže od "
            "našeho dodavatele. Kontakt jsem já, 465 520 317.\n"
            "Kalousek\n\n"
            "-------- Původní zpráva --------\n"
            "Od: podpora@webmistr.example\n"
            "Datum: 17.09.25 14:02 (GMT+01:00)\n"
            "Komu: Richard Kalousek <kalousek@orlicko.example>\n"
            "Předmět: IP pro volby\n\n"
            "Dobrý den, pane Kalousku,\n"
            "posíláme adresy: 203.0.113.180, 203.0.113.181, 203.0.113.189 – z toho "
            "poslední je jen na testy.\n"
            "S pozdravem, Webmistr s.r.o., podpora, tel. 800 100 900\n"
        ),
    },
    {
        "id": "aj039-samsung-filming-withdrawn",
        "description": "a mobile mail that first asks for both, then withdraws the filming "
        "request at the end",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Krumlovské listy s.r.o.",
            I39,
            None,
            ["192.0.2.204"],
            ["192.0.2.205"],
            "Eva Šindelářová",
            "sindelarova@krumlovskelisty.example",
            "+420723118460",
        ),
        "from": "Eva Šindelářová <sindelarova@krumlovskelisty.example>",
        "subject": "xml + natáčení",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Dobrý den, Krumlovské listy s.r.o., IČO "
            f"{I39}, žádají o přístup k XML (prod 192.0.2.204, test 192.0.2.205) a o "
            "povolení natáčet na sběrném místě v Č. Krumlově.\n"
            "Kontakt Eva Šindelářová 723 118 460.\n\n"
            "Tak ještě oprava, natáčení ruším, kameraman nakonec nemůže. Takže jen ten XML "
            "přístup. Díky!\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "aj040-austrian-html-table-english",
        "description": "HTML-only Gmail from an Austrian broadcaster in English: a table with "
        "a role column 'Live/Backup/Staging', Austrian phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donau Rundfunk GmbH",
            None,
            None,
            ["203.0.113.12", "203.0.113.13"],
            ["203.0.113.14"],
            "Lukas Steinbauer",
            "steinbauer@donaurundfunk.example",
            "+43732908417",
        ),
        "from": "Lukas Steinbauer <steinbauer@donaurundfunk.example>",
        "subject": "Election results XML - access request Donau Rundfunk",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dear colleagues,</div><div><br></div>'
            "<div>Donau Rundfunk GmbH (Linz, Austria) would like to request access to your "
            "XML election results service. Our systems:</div><div><br></div>"
            '<table border="1" cellpadding="4"><tbody>'
            "<tr><td><b>Purpose</b></td><td><b>IP</b></td></tr>"
            "<tr><td>Live</td><td>203.0.113.12</td></tr>"
            "<tr><td>Backup</td><td>203.0.113.13</td></tr>"
            "<tr><td>Staging (tests only)</td><td>203.0.113.14</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Contact: Lukas Steinbauer, +43 732 908 417</div><div><br></div>"
            "<div>Best regards,</div><div>Lukas Steinbauer<br>Newsroom Systems<br>"
            "Donau Rundfunk GmbH | FN 214783k | ATU 58213470</div></div>"
        ),
    },
    {
        "id": "aj041-databox-sole-trader-nested-docx",
        "description": "data message of a sole trader (name and trade name with a dash); a DOCX "
        "with a nested table of addresses inside the request table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Radek Jelínek – Jelínek Audio",
            I41,
            "f8qn4ye",
            ["198.51.100.66"],
            ["198.51.100.67"],
            "Radek Jelínek",
            "radek@jelinekaudio.example",
            "+420732550618",
        ),
        "subject": "Žádost - přístup k datům a nahrávání, volby 2025",
        "databox": {
            "box": "f8qn4ye",
            "sender": "Radek Jelínek",
            "address": "Luční 7, 674 01 Třebíč",
            "type": 30,
        },
        "attachments": [
            (
                "docx",
                "zadost_jelinek.docx",
                {
                    "blocks": [
                        f"Radek Jelínek – Jelínek Audio, Luční 7, 674 01 Třebíč, IČO {I41}",
                        "Žádám jako OSVČ (podcast Třebíčské hlasy) o:",
                        {
                            "rows": [
                                ["Požadavek", "Údaje"],
                                ["Přístup k výsledkům ve formátu XML", ""],
                                ["Nahrávání zvuku na sběrném místě Třebíč", "ano, 4. 10. od 13:30"],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "198.51.100.66"],
                                        ["testovací", "198.51.100.67"],
                                    ]
                                }
                            },
                        },
                        "Kontakt: Radek Jelínek, 732 550 618, radek@jelinekaudio.example",
                    ]
                },
            )
        ],
    },
    {
        "id": "aj042-signature-databox-both-types",
        "description": "both request types; the data-box ID only in the signature of an "
        "e-mail that names several people, the contact is the production manager",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Televize Polabí a.s.",
            I42,
            "c3xa7kp",
            ["192.0.2.100"],
            ["192.0.2.101"],
            "Kamila Stejskalová",
            "stejskalova@tvpolabi.example",
            "+420466205719",
        ),
        "from": "Ivo Rambousek <rambousek@tvpolabi.example>",
        "subject": "Televize Polabí – XML výsledky a natáčení ve volební noc",
        "headers": OUTLOOK,
        "cc": "Kamila Stejskalová <stejskalova@tvpolabi.example>",
        "body": (
            "Dobrý den,\n\n"
            "Televize Polabí a.s. žádá o přístup k výsledkům voleb ve formátu XML "
            "(produkční IP 192.0.2.100, testovací IP 192.0.2.101) a zároveň o povolení "
            "natáčet na sběrném místě v Pardubicích v noci z 4. na 5. 10.\n\n"
            "Veškeré věci ohledně žádosti prosím řešte s vedoucí produkce Kamilou "
            "Stejskalovou (v kopii), tel. 466 205 719.\n\n"
            "S pozdravem\n\n"
            "Ivo Rambousek, ředitel, 466 205 700\n"
            "Kamila Stejskalová, vedoucí produkce, stejskalova@tvpolabi.example\n"
            "Josef Kunc, kameraman, 731 004 882\n\n"
            "Televize Polabí a.s.\n"
            f"IČO {I42} | ID DS c3xa7kp\n"
            "Pernštýnská 60, 530 02 Pardubice\n"
        ),
    },
]
