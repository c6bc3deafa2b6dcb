"""Forty-eighth held-out part ``br``, cases br015–br028: a data message with a DOCX form and a
/30, a Slovak iPad note with a phone split over two lines, an HTML-only contact table with
three people, a reply quoting the office's signature, a German writing English with a /30, a
chatty student asking only to film, a contact handing over to a colleague in copy, a data
message with a two-sheet workbook, an inline-forwarded internal thread, a phone correction
that also drops the test address, a Hungarian writing English, an HTML-only ANO/NE table, a
flowed delsp=yes role sentence and a signature of two people naming the filming contact.
Written by hand apart from the extraction rules (see make_fortyeighth_br); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyeighth_br_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPAD,
    K9,
    MAC_OUTLOOK,
    OUTLOOK_ANDROID,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18 = ico("2904718"), ico("4617302"), ico("2518640"), ico("2739516")
I21, I22, I23, I24 = ico("2846071"), ico("0518273"), ico("2607394"), ico("2985126")
I26, I27, I28 = ico("0621845"), ico("2871360"), ico("2463097")

CASES: list[dict[str, Any]] = [
    {
        "id": "br015-databox-docx-form-slash30",
        "description": "data message whose DOCX form ticks both requests and gives the "
        "production network as a /30; the annotation says only the year",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Vltava s.r.o.",
            I15,
            "v3hx9pd",
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            ["198.51.100.20"],
            "Marek Souček",
            "soucek@rtvvltava.example",
            "+420608447913",
        ),
        "databox": box(
            "v3hx9pd", "Regionální televize Vltava s.r.o.", "Zátkovo nábřeží 6, České Budějovice"
        ),
        "subject": "Žádost – volby 2025",
        "attachments": [
            (
                "docx",
                "zadost_RTV_Vltava.docx",
                {
                    "header": f"Regionální televize Vltava s.r.o. | IČO {I15}",
                    "blocks": [
                        "Žádost média – volby do Poslanecké sněmovny 2025",
                        "☒ přístup k průběžným výsledkům (XML, dedikovaný server)",
                        "☒ povolení natáčet na pracovišti Krajské správy ČSÚ",
                        {
                            "rows": [
                                ["Produkční IP (rozsah)", "198.51.100.8/30"],
                                ["Testovací IP", "198.51.100.20"],
                                ["Kontaktní osoba", "Marek Souček"],
                                ["Telefon", "608 447 913"],
                                ["E-mail", "soucek@rtvvltava.example"],
                            ]
                        },
                        "Za společnost: Ing. Alžběta Hronková, jednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "br016-ipad-slovak-phone-split",
        "description": "Slovak note from an iPad, partly without diacritics, the Slovak mobile "
        "broken after its first digit group",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Záhorie Media, s. r. o.",
            I16,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Juraj Baláž",
            "balaz@zahoriemedia.example",
            "+421905412388",
        ),
        "from": "Juraj Baláž <balaz@zahoriemedia.example>",
        "subject": "ziadost o pristup k vysledkom volieb",
        "headers": IPAD,
        "body": "Dobry den,\n\n"
        f"v mene spolocnosti Záhorie Media, s. r. o. (ICO {I16}) ziadame o pristup "
        "k priebeznym vysledkom volieb na vasom XML serveri, robime spravodajstvo aj pre "
        "citatelov z Hodonina a Breclavi.\n\n"
        "IP adresy: produkcna 192.0.2.140, testovacia 192.0.2.141\n"
        "Kontakt: Juraj Baláž, +421 905\n"
        "412 388\n\n"
        "Dakujem\nJuraj\n\n"
        "Odoslané z iPadu\n",
    },
    {
        "id": "br017-thunderbird-html-only-people-table",
        "description": "HTML-only mail with a table of three people (chief editor sends, "
        "cameraman listed); the contact is the technician the sentence under it points to",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Východní vlny, spol. s r.o.",
            I17,
            None,
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.69"],
            "Alena Machová",
            "machova@vychodnivlny.example",
            "+420737415092",
        ),
        "from": "Zdeněk Pospíšil <pospisil@vychodnivlny.example>",
        "subject": "Volby – XML a natáčení (Východní vlny)",
        "headers": TBIRD,
        "html": "<!DOCTYPE html><html><head>"
        '<meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
        "<p>Dobrý den,</p>"
        f"<p>rádio Východní vlny, spol. s r.o. (IČO {I17}) žádá o přístup k výsledkům "
        "voleb na XML serveru a o povolení natáčet v den voleb ve volebním centru ČSÚ.</p>"
        '<table border="1" cellspacing="0" cellpadding="3"><tr><th>Produkční IP</th>'
        "<th>Testovací IP</th></tr><tr><td>203.0.113.61<br>203.0.113.62</td>"
        "<td>203.0.113.69</td></tr></table><p>Lidé:</p>"
        '<table border="1" cellspacing="0" cellpadding="3">'
        "<tr><th>Jméno</th><th>Funkce</th><th>E-mail</th><th>Telefon</th></tr>"
        "<tr><td>Zdeněk Pospíšil</td><td>šéfredaktor</td>"
        "<td>pospisil@vychodnivlny.example</td><td>603 200 118</td></tr>"
        "<tr><td>Alena Machová</td><td>technika, XML</td>"
        "<td>machova@vychodnivlny.example</td><td>737 415 092</td></tr>"
        "<tr><td>Vojtěch Brož</td><td>kameraman</td>"
        "<td>broz@vychodnivlny.example</td><td>774 118 530</td></tr></table>"
        "<p>Kontaktní osobou pro tuto žádost je paní Machová.</p>"
        '<p>S pozdravem<br>Zdeněk Pospíšil</p><div class="moz-signature">-- <br>'
        "Východní vlny, spol. s r.o. | Riegrova 9, Ústí nad Orlicí</div></body></html>\n",
    },
    {
        "id": "br018-reply-adds-ico-under-office-signature",
        "description": "short reply adding the IČO and phone; the quoted office mail carries its "
        "own IČO, box, phone and an officer's czso.cz address, the publisher is in the "
        "quoted first mail",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Podbrdské noviny s.r.o.",
            I18,
            None,
            ["192.0.2.30"],
            ["192.0.2.31"],
            "Radka Horáková",
            "horakova@tydenikpodbrdy.example",
            "+420724310556",
        ),
        "from": "Radka Horáková <horakova@tydenikpodbrdy.example>",
        "subject": "Re: Žádost o přístup k výsledkům voleb – doplnění",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        f"omlouvám se, IČO jsem zapomněla: {I18}. Telefon na mě je 724 310 556.\n"
        "Ostatní platí tak, jak jsem psala.\n\n"
        "Radka Horáková\n\n"
        "st 10. 9. 2025 v 11:47 odesílatel Jana Veselá <jana.vesela@czso.cz> napsal:\n\n"
        "> Dobrý den,\n>\n"
        "> ve Vaší žádosti chybí IČO žadatele a telefon na kontaktní osobu.\n"
        "> Prosíme o doplnění odpovědí na tento e-mail.\n>\n"
        "> S pozdravem\n> Mgr. Jana Veselá\n"
        "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
        "> tel. +420 274 052 733 | IČO 00025593 | datová schránka 2gfaasy\n>\n"
        "> po 8. 9. 2025 v 8:15 odesílatel Radka Horáková napsal:\n>\n"
        ">> Dobrý den,\n"
        ">> za vydavatele Týdeníku Podbrdy, společnost Podbrdské noviny s.r.o.,\n"
        ">> žádám o přístup k výsledkům voleb přes XML.\n"
        ">> Produkční IP 192.0.2.30, testovací IP 192.0.2.31.\n"
        ">> Kontakt: Radka Horáková, horakova@tydenikpodbrdy.example\n",
    },
    {
        "id": "br019-german-english-cidr-mobile-after-switchboard",
        "description": "a German broadcaster writing English: no IČO (HRB number instead), the "
        "production network as a /30, a switchboard number before the contact's mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ostbayern Rundfunk GmbH",
            None,
            None,
            ["198.18.22.0", "198.18.22.1", "198.18.22.2", "198.18.22.3"],
            ["198.18.23.5"],
            "Stefan Brandl",
            "s.brandl@ostbayern-rundfunk.example",
            "+491714420918",
        ),
        "from": "Stefan Brandl <s.brandl@ostbayern-rundfunk.example>",
        "subject": "Access to election results feed - Ostbayern Rundfunk",
        "headers": MAC_OUTLOOK,
        "body": "Dear Sir or Madam,\n\n"
        "Ostbayern Rundfunk GmbH (Regensburg) reports regularly on Czech politics for our "
        "listeners in the border region. We kindly ask for access to the XML results server "
        "for the upcoming elections.\n\n"
        "Production network: 198.18.22.0/30\n"
        "Test host: 198.18.23.5\n\n"
        "Please contact me for any questions – switchboard +49 941 5566 0, my mobile "
        "+49 171 4420918.\n\n"
        "With kind regards\n\nStefan Brandl\nHead of IT Broadcast\n"
        "Ostbayern Rundfunk GmbH | Amtsgericht Regensburg HRB 17342\n",
    },
    {
        "id": "br020-chatty-student-filming-only-base64",
        "description": "chatty student freelancer with emoticons asks only to film, says the "
        "XML is for big media, applies for herself without an IČO",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Adéla Marková",
            None,
            None,
            [],
            [],
            "Adéla Marková",
            "adela.markova@email.example",
            "+420777203041",
        ),
        "from": "Adéla Marková <adela.markova@email.example>",
        "subject": "natáčení ve volební noc?",
        "headers": SEZNAM,
        "cte": "base64",
        "body": "Ahoj, teda dobrý den :)\n\n"
        "jsem studentka žurnalistiky a na volby dělám reportáž, kterou pak chci nabídnout "
        "do pár online médií – jsem ale freelancer, nejsem za žádnou firmu ani školu. "
        "Chtěla jsem se zeptat, jestli bych mohla natáčet ve volební noc u vás ve volebním "
        "centru (jen já s malou kamerou a mikrofonem, nikoho nebudu rušit, slibuju).\n\n"
        "XML výsledky nepotřebuju, to je asi spíš pro velký média :D\n\n"
        "Kdyby bylo potřeba něco vyplnit, napište, nebo volejte 777 20 30 41.\n\n"
        "Moc děkuju!\nAdéla Marková\n",
    },
    {
        "id": "br021-handover-to-colleague-in-copy",
        "description": "the newest mail hands the application to a colleague in Cc with her "
        "own mobile; the quoted first mail holds everything else with the old contact",
        "style": Style.HANDOVER,
        "labels": L(
            [FEED],
            "Pardubický den s.r.o.",
            I21,
            None,
            ["203.0.113.110"],
            ["203.0.113.119"],
            "Ivana Šimková",
            "simkova@pardubickyden.example",
            "+420739880145",
        ),
        "from": "Tereza Kadlecová <kadlecova@pardubickyden.example>",
        "cc": "Ivana Šimková <simkova@pardubickyden.example>",
        "subject": "RE: Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK_ANDROID,
        "body": "Dobrý den,\n\n"
        "jen pro pořádek: od zítřka přebírá komunikaci ohledně voleb kolegyně Ivana "
        "Šimková (v kopii), tel. 739 880 145. Vše ostatní z původní žádosti platí.\n\n"
        "Díky, Tereza Kadlecová\n\n"
        "Získat Outlook pro Android\n"
        "________________________________\n"
        "From: Tereza Kadlecová <kadlecova@pardubickyden.example>\n"
        "Sent: Monday, September 8, 2025 10:02:11 AM\n"
        "To: podatelna@czso.cz <podatelna@czso.cz>\n"
        "Subject: Žádost o přístup k výsledkům voleb\n\n"
        "Dobrý den,\n\n"
        f"Pardubický den s.r.o., IČO {I21}, žádá o přístup k průběžným výsledkům voleb "
        "(XML).\nProdukční IP: 203.0.113.110\nTestovací IP: 203.0.113.119\n"
        "Kontakt: Tereza Kadlecová, 606 221 478\n\n"
        "Tereza Kadlecová\nonline redakce\n",
    },
    {
        "id": "br022-databox-xlsx-two-sheets-backup",
        "description": "data message with a two-sheet workbook: a merged title over a role "
        "column with a backup server, the contact written surname first on the other sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Chebský týdeník a.s.",
            I22,
            "q9tb4ns",
            ["192.0.2.200", "192.0.2.201", "192.0.2.210"],
            ["192.0.2.220", "192.0.2.221"],
            "Klára Benešová",
            "benesova@chebskytydenik.example",
            "+420731206554",
        ),
        "databox": box("q9tb4ns", "Chebský týdeník a.s.", "Kamenná 8, 350 02 Cheb"),
        "subject": "Žádost o zpřístupnění výsledků voleb (XML) – tabulka v příloze",
        "attachments": [
            (
                "xlsx",
                "volby_ip.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žadatel", "Chebský týdeník a.s."],
                            ["IČO", I22],
                            ["Žádáme o", "přístup k XML s výsledky voleb"],
                            ["Kontaktní osoba", "Benešová Klára"],
                            ["Mobil", "731 206 554"],
                            ["E-mail", "benesova@chebskytydenik.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP adresy pro přístup k XML", None],
                            ["role", "adresa"],
                            ["produkční", "192.0.2.200"],
                            ["produkční", "192.0.2.201"],
                            ["produkční (záložní)", "192.0.2.210"],
                            ["testovací", "192.0.2.220"],
                            ["testovací", "192.0.2.221"],
                        ],
                        "merge": ["A1:B1"],
                    },
                ],
            )
        ],
    },
    {
        "id": "br023-inline-forward-internal-thread-latest",
        "description": "an inline Gmail forward of an internal thread with two address sets; "
        "the forwarder says the last mail counts and names himself as the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Kladenské listy s.r.o.",
            I23,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.189"],
            "Jakub Říha",
            "riha@kladenskelisty.example",
            "+420604991237",
        ),
        "from": "Jakub Říha <riha@kladenskelisty.example>",
        "subject": "Fwd: IP pro volby",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "žádáme o přístup k výsledkům voleb přes XML. Adresy posílám v naší interní "
        "domluvě níže – platí poslední verze od Honzy, ta páteční už ne.\n"
        f"Žadatel: Kladenské listy s.r.o., IČO {I23}. Kontakt jsem já, 604 991 237.\n\n"
        "Jakub Říha\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Jan Matějka <matejka@kladenskelisty.example>\n"
        "Date: po 8. 9. 2025 v 16:40\n"
        "Subject: Re: IP pro volby\n"
        "To: Jakub Říha <riha@kladenskelisty.example>\n\n"
        "Jakube, tak nakonec ostrý server 198.51.100.180 a 198.51.100.181, test bude "
        "198.51.100.189. Ty adresy, co jsem psal v pátek, zahoď, to byl starý hosting.\n"
        "Honza\n\n"
        "pá 5. 9. 2025 v 13:02 odesílatel Jan Matějka napsal:\n"
        "> Ahoj, pro volby použijeme 198.51.100.80 (ostrý) a 198.51.100.89 (test).\n"
        "> H.\n",
    },
    {
        "id": "br024-k9-phone-correction-test-withdrawn",
        "description": "the phone is corrected further down (swapped digits) and the test "
        "address withdrawn: they will test from production",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rakovnický infoservis s.r.o.",
            I24,
            None,
            ["192.0.2.50"],
            [],
            "Petra Nováková",
            "novakova@rakovnickyinfo.example",
            "+420775318942",
        ),
        "from": "Petra Nováková <novakova@rakovnickyinfo.example>",
        "subject": "Žádost o XML výsledky voleb",
        "headers": K9,
        "body": "Dobrý den,\n\n"
        "žádáme o přístup k výsledkům voleb pro náš zpravodajský portál.\n"
        f"Rakovnický infoservis s.r.o., IČO {I24}\n"
        "Produkční IP: 192.0.2.50\nTestovací IP: 192.0.2.51\n"
        "Kontakt: Petra Nováková, 775 381 942\n\n"
        "Oprava k telefonu: přehodila jsem číslice, správně je 775 318 942.\n"
        "A testovací adresu prosím neuvádějte, kolega říká, že testovat budeme rovnou "
        "z té produkční.\n\n"
        "Děkuji, P. Nováková\n",
    },
    {
        "id": "br025-hungarian-english-tax-number",
        "description": "a Hungarian company writing English, its tax number in place of an "
        "IČO; both requests, a two-person camera crew, the contact in given-first order",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Dunakanyar Média Kft.",
            None,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Ákos Szabó",
            "szabo.akos@dunakanyarmedia.example",
            "+36305127789",
        ),
        "from": "Ákos Szabó <szabo.akos@dunakanyarmedia.example>",
        "subject": "Election results feed + filming permission",
        "headers": ROUNDCUBE,
        "body": "Dear Sirs,\n\n"
        "I am writing on behalf of Dunakanyar Média Kft. (Esztergom, tax no. "
        "24718360-2-11). We prepare a special programme about the Czech elections and we "
        "would like to ask for two things:\n"
        "- access to the live results XML feed,\n"
        "- permission for our camera crew (2 persons) to film in the election centre "
        "in Prague.\n\n"
        "Production IPs: 203.0.113.240, 203.0.113.241\nTest IP: 203.0.113.250\n\n"
        "Contact person: Ákos Szabó, phone +36 30 512 7789, "
        "szabo.akos@dunakanyarmedia.example\n\n"
        "Thank you in advance,\nÁkos Szabó\neditor\n",
    },
    {
        "id": "br026-zimbra-html-only-ano-ne-latin2",
        "description": "HTML-only ISO-8859-2 table with ANO/NE answers: the feed ANO, filming "
        "NE; contact name and phone in one cell",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Mostecký kurýr, s.r.o.",
            I26,
            None,
            ["198.18.100.5", "198.18.100.6"],
            ["198.18.100.7"],
            "Luboš Krejčí",
            "krejci@mosteckykuryr.example",
            "+420731449208",
        ),
        "from": "Luboš Krejčí <krejci@mosteckykuryr.example>",
        "subject": "Žádost - výsledky voleb",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "html": '<html><body><div style="font-family: arial, helvetica, sans-serif; '
        'font-size: 12pt; color: #000000"><div>Dobrý den,</div><div>zasílám vyplněné '
        "údaje:</div><br>"
        '<table border="1" style="border-collapse: collapse">'
        "<tr><td>Žadatel</td><td>Mostecký kurýr, s.r.o.</td></tr>"
        f"<tr><td>IČO</td><td>{I26}</td></tr>"
        "<tr><td>Přístup k XML výsledkům</td><td>ANO</td></tr>"
        "<tr><td>Povolení natáčení / fotografování</td><td>NE</td></tr>"
        "<tr><td>Produkční IP adresy</td><td>198.18.100.5, 198.18.100.6</td></tr>"
        "<tr><td>Testovací IP adresy</td><td>198.18.100.7</td></tr>"
        "<tr><td>Kontaktní osoba</td><td>Luboš Krejčí, 731 449 208</td></tr>"
        "</table><br><div>S pozdravem</div><div>Luboš Krejčí</div>"
        "<div>Mostecký kurýr</div></div></body></html>\n",
    },
    {
        "id": "br027-evolution-flowed-delsp-role-sentence",
        "description": "format=flowed with delsp=yes: both role sentences wrap right before "
        "their addresses; mobile given after a landline of the newsroom",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "LounyNET s.r.o.",
            I27,
            None,
            ["198.18.60.20"],
            ["198.18.60.21"],
            "Roman Staněk",
            "stanek@lounynet.example",
            "+420736112984",
        ),
        "from": "Roman Staněk <stanek@lounynet.example>",
        "subject": "XML s výsledky voleb – LounyNET",
        "headers": EVOLUTION,
        "flowed": True,
        "delsp": True,
        "body": "Dobrý den,\n\n"
        f"společnost LounyNET s.r.o., IČO {I27}, provozovatel zpravodajského  \n"
        "webu Lounský net, žádá o přístup k průběžným výsledkům voleb.\n\n"
        "Pro příjem výsledků budeme používat produkční server s adresou  \n"
        "198.18.60.20 a pro testovací prostředí adresu  \n"
        "198.18.60.21.\n\n"
        "Kontaktní osobou jsem já, redakce 415 700 210, mobil 736 112 984.\n\n"
        "S pozdravem\n-- \nRoman Staněk\nLounyNET s.r.o.\n",
    },
    {
        "id": "br028-two-signatures-filming-contact-second",
        "description": "filming only, the XML declined; signed by the managing director and a "
        "producer, the producer named as the filming contact; a cameraman also named",
        "style": Style.SIGNATURE,
        "labels": L(
            [FILM],
            "Studio Kamera Plus s.r.o.",
            I28,
            None,
            [],
            [],
            "Simona Pátková",
            "patkova@studiokamera.example",
            "+420739215660",
        ),
        "from": "Jan Doležal <dolezal@studiokamera.example>",
        "subject": "Žádost o povolení natáčení – volební noc",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        f"Studio Kamera Plus s.r.o. (IČO {I28}) žádá o povolení natáčet v sídle ČSÚ "
        "v Praze během zpracování výsledků voleb – připravujeme dokument o volební noci.\n"
        "Natáčet budou dva lidé: kameraman Tomáš Vrba a produkční Simona Pátková.\n"
        "Přístup k XML výsledkům nepotřebujeme.\n\n"
        "S pozdravem\n\n"
        "Jan Doležal, jednatel, 602 300 411\n"
        "Simona Pátková, produkce – kontakt pro natáčení, 739 215 660, "
        "patkova@studiokamera.example\n\n"
        "Studio Kamera Plus s.r.o. | Korunní 44, Praha 2\n",
    },
]
