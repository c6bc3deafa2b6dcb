"""Forty-third held-out part ``ay``, cases ay029–ay042: an 8bit iso-8859-2 mail that tests from
production, an Apple HTML-only mail with &nbsp; everywhere, an Outlook FW: FW: chain, a
Slovenian and a British sender, a phone-typed note whose signature restores the diacritics, a
data message with a power of attorney, a Seznam HTML table with merged cells, a flowed mail
signed by two people, a reply carrying the applicant's box and quoting the office's, a base64
cover with a DOCX, a cover that corrects its spreadsheet, a short iPhone reply withdrawing
filming and an HTML mail striking filming out. Written by hand apart from the extraction rules
(see make_fortythird_ay); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortythird_ay_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    IPHONE,
    K9,
    OUTLOOK,
    OUTLOOK_MAC,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I34, I35 = (
    ico("2240183"),
    ico("0563921"),
    ico("2789406"),
    ico("0412657"),
    ico("2695130"),
)
I36, I37, I38, I39, I40 = (
    ico("0681549"),
    ico("2873260"),
    ico("0347891"),
    ico("2514076"),
    ico("0796342"),
)
I41, I42 = ico("2658713"), ico("0235869")

CASES: list[dict[str, Any]] = [
    {
        "id": "ay029-evolution-iso-8bit-test-from-production",
        "description": "plain 8bit iso-8859-2 mail hard-wrapped at 72 columns: one address, "
        "'testovat budeme z něj', the association's name in a sentence",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Hlas Brd, z. s.",
            I29,
            None,
            ["192.0.2.240"],
            [],
            "Aleš Vaněk",
            "vanek@hlasbrdy.example",
            "+420606218440",
        ),
        "from": "Aleš Vaněk <vanek@hlasbrdy.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            f"Dobrý den,\n\nza spolek Hlas Brd, z. s. (IČO {I29}) bychom rádi požádali\n"
            "o přístup k XML výsledkům voleb. Server máme jen jeden, 192.0.2.240;\n"
            "testovat budeme z něj, jinou adresu nemáme.\n\n"
            "Kontakt: Aleš Vaněk, 606 218 440, vanek@hlasbrdy.example\n\n"
            "Díky,\nAleš Vaněk\n"
        ),
    },
    {
        "id": "ay030-apple-html-only-nbsp-both",
        "description": "Apple Mail HTML-only: &nbsp; inside the IČO, the addresses and the "
        "phone, both requests in one sentence",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Plzeňský žurnál s.r.o.",
            I30,
            None,
            ["198.18.60.20"],
            ["198.18.60.21"],
            "Markéta Hronková",
            "hronkova@plzenskyzurnal.example",
            "+420777402615",
        ),
        "from": "Markéta Hronková <hronkova@plzenskyzurnal.example>",
        "subject": "Žádost – volby 2025",
        "headers": APPLE,
        "html": (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            'line-break: after-white-space;"><div>Dobrý den,</div><div><br></div><div>'
            f"Plzeňský žurnál s.r.o. (IČO&nbsp;{I30}) žádá o přístup k&nbsp;výsledkům voleb ve "
            "formátu XML a o&nbsp;povolení natáčet na pracovišti ČSÚ v&nbsp;Plzni.</div><div>"
            "<br></div><div>Produkce:&nbsp;198.18.60.20</div><div>Test:&nbsp;198.18.60.21</div>"
            "<div><br></div><div>Kontakt: Markéta Hronková, +420&nbsp;777&nbsp;402&nbsp;615"
            "</div><div><br></div><div>Děkuji a zdravím</div><div>Markéta Hronková</div>"
            "</body></html>"
        ),
    },
    {
        "id": "ay031-outlook-fw-fw-chain",
        "description": "FW: FW: chain: the assistant forwards the director's approval of the "
        "reporter's application; the reporter named as the contact at the bottom",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Media Group Sever a.s.",
            I31,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.59"],
            "Eva Landová",
            "landova@mediagroupsever.example",
            "+420731550902",
        ),
        "from": "Simona Kadlecová <kadlecova@mediagroupsever.example>",
        "subject": "FW: FW: volby XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\npřeposílám žádost naší redakce, schválenou vedením.\n\n"
            "S pozdravem\nSimona Kadlecová\nasistentka ředitele\n\n"
            "From: Pavel Richter <richter@mediagroupsever.example>\n"
            "Sent: Wednesday, September 24, 2025 8:02 AM\n"
            "To: Simona Kadlecová <kadlecova@mediagroupsever.example>\n"
            "Subject: FW: volby XML\n\nSimono, schvaluji, pošli to prosím na ČSÚ.\nPR\n\n"
            "From: Eva Landová <landova@mediagroupsever.example>\n"
            "Sent: Tuesday, September 23, 2025 4:47 PM\n"
            "To: Pavel Richter <richter@mediagroupsever.example>\n"
            "Subject: volby XML\n\nDobrý den, pane řediteli,\n\nprosím o schválení žádosti o "
            "přístup k XML výsledkům voleb pro náš web:\n"
            f"Žadatel: Media Group Sever a.s., IČO {I31}\n"
            "Produkční IP: 203.0.113.50, 203.0.113.51\nTestovací IP: 203.0.113.59\n"
            "Kontaktní osoba: Eva Landová, 731 550 902\n\nDěkuji\nEva\n"
        ),
    },
    {
        "id": "ay032-slovenian-english-two-plus-one",
        "description": "Slovenian radio writing English, 'and' between the production "
        "addresses, a VAT number instead of an IČO, a Slovenian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Primorski Val d.o.o.",
            None,
            None,
            ["198.51.100.30", "198.51.100.31"],
            ["198.51.100.39"],
            "Matej Kovač",
            "matej.kovac@primorskival.example",
            "+38641552903",
        ),
        "from": "Matej Kovač <matej.kovac@primorskival.example>",
        "subject": "Election results XML - access request",
        "headers": TBIRD,
        "body": (
            "Hello,\n\nwe are a regional radio from Koper (Primorski Val d.o.o., VAT SI48213776) "
            "with a Czech-language evening programme, and we'd like to ask for access to the "
            "XML feed with the Czech election results.\n\nThe production addresses are "
            "198.51.100.30 and 198.51.100.31, the test one is 198.51.100.39.\n\n"
            "I'm the contact for this: Matej Kovač, +386 41 552 903.\n\nThanks a lot,\nMatej\n"
        ),
    },
    {
        "id": "ay033-british-iphone-filming-only",
        "description": "British documentary company on an iPhone asks only to film, names its "
        "camera operator, gives a company number and no IČO, declines the feed",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Northgate Documentary Films Ltd",
            None,
            None,
            [],
            [],
            "Oliver Pennington",
            "oliver@northgatedocs.example",
            "+447700900418",
        ),
        "from": "Oliver Pennington <oliver@northgatedocs.example>",
        "subject": "Filming request - election night",
        "headers": IPHONE,
        "body": (
            "Hi,\n\nWe're Northgate Documentary Films Ltd (UK, company no. 11482730), making a "
            "documentary on Central European elections. We'd love permission to film at one of "
            "your regional offices while the votes are processed on Saturday 4 Oct. Crew of "
            "two: me and our camera operator Hamid Rahman. We are not requesting access to the "
            "data feed.\n\nBest to reach me on +44 7700 900418.\n\nCheers,\nOliver Pennington\n"
            "Producer\n\nSent from my iPhone\n"
        ),
    },
    {
        "id": "ay034-k9-no-diacritics-signature-restores",
        "description": "K-9 note without diacritics, 'az' range of three, 'test zadny'; the "
        "phone signature writes the firm and the contact with diacritics",
        "style": Style.PHONE,
        "labels": L(
            [FEED, FILM],
            "Rádio Krokodýl s.r.o.",
            I34,
            None,
            ["203.0.113.5", "203.0.113.6", "203.0.113.7"],
            [],
            "Filip Zedník",
            "zednik@radiokrokodyl.example",
            "+420739551604",
        ),
        "from": "Filip Zednik <zednik@radiokrokodyl.example>",
        "subject": "zadost volby",
        "headers": K9,
        "body": (
            "dobry den, zadame o pristup k xml vysledkum a taky o povoleni natacet na "
            f"pracovisti v brne. radio krokodyl s.r.o., ico {I34}\n"
            "ip 203.0.113.5 az .7, test zadny\nkontakt Filip Zednik 739 551 604\n\n"
            "-- \nIng. Filip Zedník\nRádio Krokodýl s.r.o. | Masarykova 14, 602 00 Brno\n"
        ),
    },
    {
        "id": "ay035-databox-annotation-and-power-of-attorney",
        "description": "data message: the annotation carries the addresses and the contact, "
        "the PDF is a power of attorney naming the director and the authorised employee",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Labe Press s.r.o.",
            I35,
            "c5hj2ws",
            ["198.51.100.190"],
            ["198.51.100.191"],
            "Jana Šulcová",
            "sulcova@labepress.example",
            "+420605822013",
        ),
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML. Produkční IP "
        "198.51.100.190, testovací 198.51.100.191. Kontakt: Jana Šulcová, 605 822 013, "
        "sulcova@labepress.example. Plná moc v příloze.",
        "databox": box(
            "c5hj2ws", "Vydavatelství Labe Press s.r.o.", "Labská 311, 400 01 Ústí nad Labem"
        ),
        "attachments": [
            (
                "pdf",
                "plna_moc_Sulcova.pdf",
                [
                    "PLNÁ MOC",
                    f"Vydavatelství Labe Press s.r.o., IČO {I35}, se sídlem Labská 311, 400 01 "
                    "Ústí nad Labem, zastoupená jednatelem Mgr. Karlem Fialou,",
                    "zmocňuje",
                    "paní Janu Šulcovou, zaměstnankyni společnosti,",
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům voleb "
                    "do Poslanecké sněmovny 2025.",
                    "V Ústí nad Labem dne 18. 9. 2025\nMgr. Karel Fiala, jednatel",
                    "Plnou moc přijímám: Jana Šulcová",
                ],
            )
        ],
    },
    {
        "id": "ay036-seznam-html-merged-cells",
        "description": "HTML-only Seznam mail: a table whose 'IP adresy' cell spans two rows "
        "(production and test), the contact in its own row",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kutnohorský deník s.r.o.",
            I36,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.159"],
            "Hynek Skála",
            "hynek.skala@kutnohorskydenik.example",
            "+420602481337",
        ),
        "from": "Hynek Skála <hynek.skala@kutnohorskydenik.example>",
        "subject": "přístup k volebním výsledkům",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den,</div><div>žádáme o přístup k výsledkům voleb ve formátu XML:</div>"
            '<table border="1" cellpadding="4">'
            f'<tr><td>Žadatel</td><td colspan="2">Kutnohorský deník s.r.o., IČO {I36}</td></tr>'
            '<tr><td rowspan="2">IP adresy</td><td>produkční</td><td>192.0.2.150, 192.0.2.151'
            "</td></tr><tr><td>testovací</td><td>192.0.2.159</td></tr>"
            '<tr><td>Kontakt</td><td colspan="2">Hynek Skála, 602 481 337</td></tr></table>'
            "<div><br></div><div>S pozdravem</div><div>Hynek Skála</div><div>--<br>Odesláno z "
            "Email.cz</div>"
        ),
    },
    {
        "id": "ay037-roundcube-flowed-two-signers",
        "description": "format=flowed mail signed by the editor-in-chief and the web admin; the "
        "second signer is marked as the contact and her phone soft-wraps onto the next line",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Ostravský magazín s.r.o.",
            I37,
            None,
            ["198.18.90.14"],
            ["198.18.90.15"],
            "Lenka Bílková",
            "bilkova@ostravskymagazin.example",
            "+420732115609",
        ),
        "from": "Jan Pokorný <pokorny@ostravskymagazin.example>",
        "subject": "Žádost o přístup k výsledkům voleb (XML)",
        "headers": ROUNDCUBE,
        "flowed": True,
        "body": (
            "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML. Produkční IP "
            "adresa: 198.18.90.14, testovací \nadresa: 198.18.90.15.\n"
            f"Žadatel: Ostravský magazín s.r.o., IČO {I37}.\n\nZa redakci\n"
            "Jan Pokorný, šéfredaktor, 731 004 218\n"
            "Lenka Bílková, technická správa webu (kontaktní osoba pro tuto žádost), \n"
            "732 115 609, bilkova@ostravskymagazin.example\n"
        ),
    },
    {
        "id": "ay038-zimbra-reply-own-box-office-box-quoted",
        "description": "reply to the office's question whether they also want to film: 'Ano' "
        "adds filming; the applicant's box ID in its signature, the office's IČO and box in "
        "the quoted message, the addresses only in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Horácká televize s.r.o.",
            I38,
            "e6mz4ru",
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Radim Šebesta",
            "sebesta@horackatv.example",
            "+420725301882",
        ),
        "from": "Radim Šebesta <sebesta@horackatv.example>",
        "subject": "Re: Dotaz k Vaší žádosti",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nano, prosíme i o povolení natáčet na pracovišti v Jihlavě "
            "(redaktor a kameraman, v sobotu odpoledne).\n\nS pozdravem\nRadim Šebesta\n"
            "Horácká televize s.r.o.\n"
            f"IČO {I38} | ID DS e6mz4ru | mobil 725 301 882\n\n"
            "----- Původní zpráva -----\n"
            'Od: "Podatelna ČSÚ" <podatelna@czso.cz>\n'
            'Komu: "Radim Šebesta" <sebesta@horackatv.example>\n'
            "Odesláno: Úterý, 23. září 2025 13:05:44\n"
            "Předmět: Dotaz k Vaší žádosti\n\n"
            "Dobrý den,\nv žádosti zmiňujete reportáž z pracoviště v Jihlavě. Žádáte také o "
            "povolení pořizovat záznam?\n\nPodatelna ČSÚ\nČeský statistický úřad, IČO 00025593, "
            "ID DS 2gfaasy\n\n"
            "> Dobrý den,\n> žádáme o přístup k výsledkům voleb ve formátu XML, budeme o nich "
            "dělat i reportáž z pracoviště v Jihlavě.\n"
            "> Produkční IP: 203.0.113.120\n> Testovací IP: 203.0.113.121\n"
            "> Kontakt: Radim Šebesta, 725 301 882\n> Horácká televize s.r.o.\n"
        ),
    },
    {
        "id": "ay039-outlook-mac-base64-cover-docx",
        "description": "base64 one-line cover from the editor; the DOCX names another person as "
        "the contact and gives production as an address with a netmask",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Znojemský týden s.r.o.",
            I39,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.72"],
            "Michal Zeman",
            "zeman@znojemskytyden.example",
            "+420515288407",
        ),
        "from": "Iveta Dobešová <dobesova@znojemskytyden.example>",
        "subject": "Žádost ZT – XML výsledky",
        "headers": OUTLOOK_MAC,
        "cte": "base64",
        "body": "Dobrý den, v příloze žádost. S pozdravem I. Dobešová\n",
        "attachments": [
            (
                "docx",
                "Zadost_ZT_2025.docx",
                {
                    "header": f"Znojemský týden s.r.o. | Obroková 9, 669 02 Znojmo | IČO {I39}",
                    "blocks": [
                        "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o přístup k serveru s výsledky voleb pro náš zpravodajský web.",
                        {
                            "rows": [
                                ["Produkční síť", "198.51.100.64, maska 255.255.255.252"],
                                ["Testovací adresa", "198.51.100.72"],
                                ["Kontaktní osoba", "Bc. Michal Zeman, správce webu"],
                                ["Telefon", "515 288 407"],
                                ["E-mail", "zeman@znojemskytyden.example"],
                            ]
                        },
                        "Ve Znojmě 22. 9. 2025\nIveta Dobešová, šéfredaktorka",
                    ],
                },
            )
        ],
    },
    {
        "id": "ay040-thunderbird-cover-corrects-xlsx",
        "description": "the cover mail corrects the test address typed wrongly in the attached "
        "spreadsheet ('správně je …, ne …')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Chebské noviny s.r.o.",
            I40,
            None,
            ["198.18.7.30", "198.18.7.31"],
            ["198.18.7.33"],
            "Petr Hošek",
            "hosek@chebskenoviny.example",
            "+420354118926",
        ),
        "from": "Petr Hošek <hosek@chebskenoviny.example>",
        "subject": "Žádost o přístup - Chebské noviny",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nposílám vyplněnou tabulku. Pozor, v tabulce je u testovací adresy "
            "překlep – správně je 198.18.7.33, ne 198.18.7.38.\n\nDěkuji\nPetr Hošek\n"
            "Chebské noviny\n"
        ),
        "attachments": [
            (
                "xlsx",
                "zadost_CN.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Chebské noviny s.r.o."],
                            ["IČO", I40],
                            ["Produkční IP", "198.18.7.30"],
                            ["", "198.18.7.31"],
                            ["Testovací IP", "198.18.7.38"],
                            ["Kontakt", "Petr Hošek"],
                            ["Telefon", "354 118 926"],
                            ["E-mail", "hosek@chebskenoviny.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ay041-iphone-reply-withdraws-filming",
        "description": "short iPhone reply without diacritics withdrawing the filming request "
        "its own quoted application made; everything else only in the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Šumavské listy s.r.o.",
            I41,
            None,
            ["203.0.113.20"],
            ["203.0.113.21"],
            "Karel Vrba",
            "vrba@sumavskelisty.example",
            "+420604552871",
        ),
        "from": "Karel Vrba <vrba@sumavskelisty.example>",
        "subject": "Re: Žádost o XML a natáčení",
        "headers": IPHONE,
        "body": (
            "Jeste jsem zapomnel - natacet nakonec nebudeme, kolega je nemocny. Takze jen to "
            "XML prosim.\nKV\n\nOdesláno z iPhonu\n\n"
            "> 24. 9. 2025 v 8:15, Karel Vrba <vrba@sumavskelisty.example>:\n>\n"
            "> Dobrý den,\n> žádáme o přístup k výsledkům voleb (XML) a zároveň o povolení "
            "natáčet na pracovišti v Českých Budějovicích.\n"
            f"> Šumavské listy s.r.o., IČO {I41}\n> produkční IP: 203.0.113.20\n"
            "> testovací IP: 203.0.113.21\n> kontakt: Karel Vrba, 604 552 871\n>\n"
            "> Karel Vrba\n> Šumavské listy\n"
        ),
    },
    {
        "id": "ay042-outlook-html-struck-filming",
        "description": "HTML-only Outlook mail with a bullet list where filming is struck "
        "through (<s>) and marked as not needed; IPv4 and IPv6 production",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Benešovský posel, spol. s r.o.",
            I42,
            None,
            ["192.0.2.110", "2001:db8:42::110"],
            ["192.0.2.119"],
            "Jiří Matoušek",
            "matousek@benesovskyposel.example",
            "+420317702554",
        ),
        "from": "Jiří Matoušek <matousek@benesovskyposel.example>",
        "subject": "Žádost Benešovský posel",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div class="WordSection1"><p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">za Benešovský posel, spol. s r.o. (IČO '
            f"{I42}) žádáme o:</p><ul><li>přístup k výsledkům voleb ve formátu XML,</li>"
            "<li><s>povolení k natáčení na pracovišti</s> (nakonec nebude potřeba)</li></ul>"
            '<p class="MsoNormal">Produkční IP: 192.0.2.110 a 2001:db8:42::110<br>Testovací '
            'IP: 192.0.2.119</p><p class="MsoNormal">Kontakt: Jiří Matoušek, tel. 317 702 554'
            '</p><p class="MsoNormal">S pozdravem<br>Jiří Matoušek<br>redakce Benešovský posel'
            "</p></div></body></html>"
        ),
    },
]
