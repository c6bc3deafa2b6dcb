"""Fortieth held-out part ``ap``, cases ap029–ap042: a format=flowed sentence wrapped between
its roles, an Austrian sender with IPv6 addresses, a data message with an RTF letter that prints
the office's own box, a reply correcting the applicant's quoted original, an Outlook table with
a spanning role cell, a blogger without an IČO, a contractor giving a range, a mail full of
other numbers, a data message with an XLSX form, a forwarded .eml attachment, a Hungarian crew
declining the feed, a request withdrawn in a postscript, a box ID in a signature and a
windows-1250 Outlook mail. Written by hand apart from the extraction rules (see
make_fortieth_ap); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortieth_ap_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I31, I32, I33 = ico("2706418"), ico("0084417"), ico("2941857"), ico("6132078")
I35, I36, I37, I38 = ico("2587203"), ico("0352869"), ico("4710936"), ico("2461075")
I40, I41, I42 = ico("2806339"), ico("0729158"), ico("2673510")
DATALINK_ICO = ico("2914470")

CASES: list[dict[str, Any]] = [
    {
        "id": "ap029-flowed-wrapped-roles",
        "description": "format=flowed mail whose sentence giving the roles is soft-wrapped "
        "between the production and the test address",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Rokycanský Kurýr s.r.o.",
            I29,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Hana Voříšková",
            "voriskova@rokycanskykuryr.example",
            "+420721330648",
        ),
        "from": "Hana Voříšková <voriskova@rokycanskykuryr.example>",
        "subject": "Žádost o XML přístup",
        "headers": K9,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "Rokycanský Kurýr s.r.o., IČO "
            f"{I29}, žádá o přístup k XML s výsledky voleb. Naše produkční \n"
            "adresa je 198.51.100.140 a pro testování použijeme adresu \n"
            "198.51.100.141. Kontaktní osoba Hana Voříšková, tel. \n"
            "721 330 648.\n\n"
            "Děkuji\nH. Voříšková\n"
        ),
    },
    {
        "id": "ap030-austrian-ipv6",
        "description": "Austrian online outlet writes English: an IPv6 production address "
        "written in full, an IPv4 one and an IPv6 test address, an Austrian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donaukurier Online GmbH",
            None,
            None,
            ["2001:db8:a0b:12f0::1", "203.0.113.88"],
            ["2001:db8:a0b:12f0::99"],
            "Stefan Aigner",
            "s.aigner@donaukurier-online.example",
            "+4317124490",
        ),
        "from": "Stefan Aigner <s.aigner@donaukurier-online.example>",
        "subject": "XML feed access - Donaukurier Online",
        "headers": EVOLUTION,
        "body": (
            "Hello,\n\n"
            "Donaukurier Online GmbH (FN 412877 t, Handelsgericht Wien) requests access "
            "to your XML election results service.\n\n"
            "Production: 2001:0db8:0a0b:12f0:0000:0000:0000:0001 and 203.0.113.88\n"
            "Testing: 2001:db8:a0b:12f0::99\n\n"
            "Contact: Stefan Aigner, +43 1 712 44 90, s.aigner@donaukurier-online.example\n\n"
            "Regards,\nStefan Aigner\nHead of Digital Operations\n"
        ),
    },
    {
        "id": "ap031-databox-rtf-office-box-in-letter",
        "description": "data message with an RTF letter whose address block prints the office's "
        "own box and IČO; the applicant's box only on the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hlas Domažlicka s.r.o.",
            I31,
            "w9ce4ru",
            ["192.0.2.66"],
            ["192.0.2.67"],
            "Pavel Chodora",
            "chodora@hlasdomazlicka.example",
            "+420379412587",
        ),
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "databox": {
            "box": "w9ce4ru",
            "sender": "Hlas Domažlicka s.r.o.",
            "address": "náměstí Míru 4, 344 01 Domažlice",
        },
        "attachments": [
            (
                "rtf",
                "zadost_xml.rtf",
                [
                    "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10, "
                    "IČO 00025593, ID datové schránky 2gfaasy",
                    "Odesílatel: Hlas Domažlicka s.r.o., náměstí Míru 4, 344 01 Domažlice, "
                    f"IČO {I31}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML:",
                    [
                        ["Produkce", "192.0.2.66"],
                        ["Test", "192.0.2.67"],
                    ],
                    "Kontakt: Pavel Chodora, chodora@hlasdomazlicka.example, 379 412 587",
                    "V Domažlicích 19. 9. 2025, Pavel Chodora, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ap032-reply-own-original-corrected",
        "description": "the applicant replies to her own earlier mail, quoted below, correcting "
        "only the test address; production, organisation and contact come from the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Chrudimský týdeník s.r.o.",
            I32,
            None,
            ["203.0.113.51", "203.0.113.52"],
            ["203.0.113.59"],
            "Lucie Bednářová",
            "bednarova@chrudimsky.example",
            "+420469620713",
        ),
        "from": "Lucie Bednářová <bednarova@chrudimsky.example>",
        "subject": "Re: Žádost o přístup k XML – Chrudimský týdeník",
        "headers": GMAIL,
        "body": (
            "Dobrý den, omlouvám se, v původní žádosti níže jsem uvedla špatně testovací "
            "adresu. Správně je 203.0.113.59 (ne 203.0.113.95). Ostatní platí.\n\n"
            "Lucie Bednářová\n\n"
            "po 15. 9. 2025 v 9:34 odesílatel Lucie Bednářová <bednarova@chrudimsky.example> "
            "napsal:\n"
            "> Dobrý den,\n>\n"
            f"> Chrudimský týdeník s.r.o., IČO {I32}, žádá o přístup k výsledkům voleb\n"
            "> ve formátu XML.\n>\n"
            "> produkční IP: 203.0.113.51, 203.0.113.52\n"
            "> testovací IP: 203.0.113.95\n>\n"
            "> Kontakt: Lucie Bednářová, 469 620 713\n>\n"
            "> S pozdravem\n> Lucie Bednářová, Chrudimský týdeník\n"
        ),
    },
    {
        "id": "ap033-outlook-html-rowspan",
        "description": "HTML-only Outlook mail with a role cell spanning two production rows "
        "and a crossed-out old test address beside the new one",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Plzeňské rádio spol. s r.o.",
            I33,
            None,
            ["198.51.100.221", "198.51.100.222"],
            ["198.51.100.229"],
            "Martin Kříž",
            "kriz@plzenskeradio.example",
            "+420377415902",
        ),
        "from": "Kříž Martin <kriz@plzenskeradio.example>",
        "subject": "Plzeňské rádio – žádost o XML výsledky",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body lang="CS">'
            '<div class="WordSection1"><p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Plzeňské rádio spol. s r.o., IČO '
            f"{I33}, žádá o zřízení přístupu k XML výsledkům voleb.</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Role</b></p></td>'
            '<td><p class="MsoNormal"><b>IP</b></p></td></tr>'
            '<tr><td rowspan="2"><p class="MsoNormal">Produkce</p></td>'
            '<td><p class="MsoNormal">198.51.100.221</p></td></tr>'
            '<tr><td><p class="MsoNormal">198.51.100.222</p></td></tr>'
            '<tr><td><p class="MsoNormal">Test</p></td>'
            '<td><p class="MsoNormal"><s>198.51.100.228</s> 198.51.100.229 '
            "(původní testovací stroj byl zrušen)</p></td></tr>"
            "</table>"
            '<p class="MsoNormal">Kontakt: Martin Kříž, +420 377 415 902</p>'
            '<p class="MsoNormal">S pozdravem<br>Martin Kříž<br>technik vysílání</p>'
            "</div></body></html>"
        ),
    },
    {
        "id": "ap034-blogger-no-ico",
        "description": "a blogger without an IČO names himself as a natural person applying; "
        "his blog's name is not a legal entity",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Tomáš Brázda",
            None,
            None,
            ["192.0.2.99"],
            [],
            "Tomáš Brázda",
            "tomas@volebnimapa.example",
            "+420773205918",
        ),
        "from": "Tomáš Brázda <tomas@volebnimapa.example>",
        "subject": "XML výsledky pro blog Volební mapa",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "píšu blog Volební mapa (volebnimapa.example), kde ve volební noc kreslím "
            "průběžné mapy výsledků po obcích. Nejsem firma ani OSVČ, IČO nemám – "
            "žadatelem jsem tedy já jako fyzická osoba, Tomáš Brázda.\n\n"
            "Prosím o přístup k XML, stahovat budu z 192.0.2.99. Testovací adresu nemám, "
            "otestuji to ze stejného stroje.\n\n"
            "Telefon 773 205 918.\n\nDíky!\nTomáš Brázda\n"
        ),
    },
    {
        "id": "ap035-contractor-range-two-icos",
        "description": "an IT firm applies for a TV station: a dashed production range of three "
        "addresses, a test address, the contractor's IČO beside the station's",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Televize Západ a.s.",
            I35,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10"],
            ["203.0.113.12"],
            "Igor Pazdera",
            "pazdera@datalink.example",
            "+420604551827",
        ),
        "from": "Igor Pazdera <pazdera@datalink.example>",
        "subject": "Televize Západ – žádost o přístup k XML (zpracovává Datalink)",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "jako dodavatel IT služeb podáváme za našeho zákazníka žádost o přístup "
            "k výsledkům voleb ve formátu XML.\n\n"
            f"Žadatel: Televize Západ a.s., IČO {I35}\n"
            "Produkční rozsah: 203.0.113.8–203.0.113.10\n"
            "Testovací adresa: 203.0.113.12\n\n"
            "Kontaktní osobou pro tuto žádost jsem já (Igor Pazdera, 604 551 827), "
            "na straně televize je informován šéf techniky p. Mareš.\n\n"
            "S pozdravem\nIgor Pazdera\nprojektový manažer\n"
            f"Datalink s.r.o., IČO {DATALINK_ICO}, Cejl 62, 602 00 Brno\n"
        ),
    },
    {
        "id": "ap036-many-other-numbers",
        "description": "a mail full of other numbers (dates, times, a case number, a postal "
        "code, a bank account, a press-card number) around one production and one test address",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Kroměřížské noviny s.r.o.",
            I36,
            None,
            ["198.51.100.246"],
            ["198.51.100.247"],
            "Alena Páleníková",
            "palenikova@kmnoviny.example",
            "+420573338402",
        ),
        "from": "Alena Páleníková <palenikova@kmnoviny.example>",
        "subject": "Žádost o XML (naše zn. KN-2025/117)",
        "headers": ROUNDCUBE,
        "charset": "windows-1250",
        "cte": "qp",
        "body": (
            "Dobrý den,\n\n"
            "Kroměřížské noviny s.r.o. (IČO "
            f"{I36}) žádají o přístup k XML výsledkům voleb konaných 3. a 4. 10. 2025. "
            "Vysílat budeme od 14.00 do 2.30.\n\n"
            "Produkční IP: 198.51.100.246\nTestovací IP: 198.51.100.247\n\n"
            "Kontaktní osoba: Alena Páleníková, tel. 573 338 402 (novinářský průkaz "
            "č. 2025/0412).\n\n"
            "S pozdravem\nAlena Páleníková\n"
            "Kroměřížské noviny s.r.o., Velké náměstí 31, 767 01 Kroměříž\n"
            "č. ú. 1928374650/0800 | tel. ústředna 573 338 400\n"
        ),
    },
    {
        "id": "ap037-databox-xlsx-form",
        "description": "data message with an XLSX form: an applicant sheet with ANO/NE for the two "
        "requests and an address sheet with a merged role cell",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Morava s.r.o.",
            I37,
            "y3hd8ks",
            ["192.0.2.121", "192.0.2.122"],
            ["192.0.2.126"],
            "Lenka Vitásková",
            "vitaskova@rtmorava.example",
            "+420583912406",
        ),
        "subject": "Formulář – přístup k XML a natáčení",
        "databox": {
            "box": "y3hd8ks",
            "sender": "Regionální televize Morava s.r.o.",
            "address": "Masarykova 8, 787 01 Šumperk",
        },
        "attachments": [
            (
                "xlsx",
                "RTM_formular.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Položka", "Vyplnění"],
                            ["Název žadatele", "Regionální televize Morava s.r.o."],
                            ["IČO", I37],
                            ["Žádám o přístup k XML", "ANO"],
                            ["Žádám o povolení natáčet", "ANO"],
                            ["Kontaktní osoba", "Lenka Vitásková"],
                            ["E-mail", "vitaskova@rtmorava.example"],
                            ["Telefon", "583 912 406"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Druh", "IP adresa"],
                            ["produkční", "192.0.2.121"],
                            [None, "192.0.2.122"],
                            ["testovací", "192.0.2.126"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "ap038-forwarded-eml-attachment",
        "description": "the editor's short mail with the IT colleague's original mail attached "
        "as .eml; the addresses only in the attachment, the editor is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Horácko, s.r.o.",
            I38,
            None,
            ["198.51.100.171"],
            ["198.51.100.172"],
            "Zuzana Pelikánová",
            "pelikanova@horacko.example",
            "+420566219044",
        ),
        "from": "Zuzana Pelikánová <pelikanova@horacko.example>",
        "subject": "Žádost o XML přístup – Deník Horácko",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"Deník Horácko, s.r.o., IČO {I38}, žádá o přístup k výsledkům voleb "
            "ve formátu XML. IP adresy posílám v přiloženém e-mailu od našeho správce.\n"
            "Kontaktní osobou jsem já, Zuzana Pelikánová, tel. 566 219 044.\n\n"
            "S pozdravem\nZuzana Pelikánová\nšéfredaktorka\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro statistiky.eml",
                {
                    "id": "ap038-inner",
                    "from": "Petr Doležal <dolezal@horacko.example>",
                    "to": "pelikanova@horacko.example",
                    "subject": "IP adresy pro statistiky",
                    "headers": TBIRD,
                    "body": (
                        "Ahoj Zuzko,\n\nostrá: 198.51.100.171\ntestovací: 198.51.100.172\n\nPetr\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ap039-hungarian-crew-declines-feed",
        "description": "Hungarian TV crew writes English, asks only to film and states it does "
        "not need the XML feed; a Hungarian mobile, no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Duna Hírek Kft.",
            None,
            None,
            [],
            [],
            "Réka Szabó",
            "szabo.reka@dunahirek.example",
            "+36301247785",
        ),
        "from": "Szabó Réka <szabo.reka@dunahirek.example>",
        "subject": "Filming permission - election night Prague",
        "headers": IPHONE,
        "body": (
            "Dear Sir/Madam,\n\n"
            "I am a producer at Duna Hírek Kft., a Hungarian news channel. Our crew of "
            "three (reporter, camera, sound) will be in Prague on 3-4 October and we "
            "would like to ask for permission to film at your central collection point.\n\n"
            "We do not need access to the XML results, thank you.\n\n"
            "My mobile: +36 30 124 7785\n\n"
            "Kind regards,\nRéka Szabó\nproducer\n\nSent from my iPhone\n"
        ),
    },
    {
        "id": "ap040-postscript-withdraws-filming",
        "description": "asks for the feed and for filming, then a postscript withdraws the "
        "filming because the cameraman fell ill",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Znojemský obzor s.r.o.",
            I40,
            None,
            ["203.0.113.230"],
            ["203.0.113.231"],
            "Ivana Šindelářová",
            "sindelarova@znojemskyobzor.example",
            "+420515227461",
        ),
        "from": "Ivana Šindelářová <sindelarova@znojemskyobzor.example>",
        "subject": "žádost: XML výsledky + natáčení",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Znojemský obzor s.r.o. (IČO {I40}) žádá o:\n"
            "1) přístup k výsledkům voleb ve formátu XML – produkční IP 203.0.113.230, "
            "testovací 203.0.113.231,\n"
            "2) povolení natáčet na sběrném místě ve Znojmě.\n\n"
            "Kontakt: Ivana Šindelářová, 515 227 461\n\n"
            "Děkuji\nIvana Šindelářová\n\n"
            "P.S. Bod 2 prosím škrtněte, kameraman onemocněl a natáčet nakonec nebudeme. "
            "XML platí.\n"
        ),
    },
    {
        "id": "ap041-signature-box-id",
        "description": "plain mail with the applicant's data-box ID in the signature block; "
        "the text also mentions the office's own box",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Mělnický zpravodaj, o.p.s.",
            I41,
            "b7nk2xe",
            ["192.0.2.183"],
            ["192.0.2.184"],
            "Ludmila Cibulková",
            "cibulkova@melnickyzpravodaj.example",
            "+420315664920",
        ),
        "from": "Ludmila Cibulková <cibulkova@melnickyzpravodaj.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Mělnický zpravodaj",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Mělnický zpravodaj, o.p.s., žádá o přístup k výsledkům voleb ve formátu XML. "
            "Stejnou žádost jsme pro jistotu odeslali i do Vaší datové schránky 2gfaasy.\n\n"
            "Produkční adresa: 192.0.2.183\nTestovací adresa: 192.0.2.184\n\n"
            "Kontaktní osoba: Ludmila Cibulková, tel. 315 664 920\n\n"
            "S pozdravem\n\nLudmila Cibulková\nředitelka\n"
            "Mělnický zpravodaj, o.p.s.\nNáměstí Míru 30, 276 01 Mělník\n"
            f"IČO: {I41} | ID DS: b7nk2xe\n"
        ),
    },
    {
        "id": "ap042-windows-1250-backup-server",
        "description": "windows-1250 Outlook mail: a main and a backup ('záložní') server, "
        "both production, the contact's mobile before the switchboard",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Rádio Podkrkonoší s.r.o.",
            I42,
            None,
            ["198.51.100.81", "198.51.100.82"],
            ["198.51.100.85"],
            "Jiří Šolc",
            "solc@radiopodkrkonosi.example",
            "+420602775138",
        ),
        "from": "Šolc Jiří <solc@radiopodkrkonosi.example>",
        "subject": "Žádost o přístup – XML výsledky voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            f"společnost Rádio Podkrkonoší s.r.o., IČO {I42}, žádá o přístup k výsledkům "
            "voleb ve formátu XML.\n\n"
            "hlavní server: 198.51.100.81\nzáložní server: 198.51.100.82\n"
            "testovací server: 198.51.100.85\n\n"
            "Kontaktní osoba: Jiří Šolc\n\n"
            "S pozdravem\n\nJiří Šolc\nvedoucí techniky\n"
            "mobil: 602 775 138\nústředna: 499 318 200\n"
            "Rádio Podkrkonoší s.r.o. | Palackého 17, 541 01 Trutnov\n"
        ),
    },
]
