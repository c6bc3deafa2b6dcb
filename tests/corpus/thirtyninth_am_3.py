"""Thirty-ninth held-out part ``am``, cases am029–am042: a freelancer's data message with a text
file, a Seznam HTML table with role columns, an S/MIME-signed mail with an OID and a bank
account, a phone note naming a colleague, a French channel with IPv6, a correction against the
applicant's own quoted mail, an XLSX data message, an Outlook disclaimer in two languages, a
checkbox form pasted into a mail, an HTML-only iPhone mail from a blogger, a PDF with wrapped
table cells, a forward of the office's press release, a Ukrainian editor writing English and an
RTF data message. Written by hand apart from the extraction rules (see make_thirtyninth_am);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyninth_am_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

P30, P31, P32, P33 = ico("4528317"), ico("0691423"), ico("2954076"), ico("2587310")
P35, P36, P37, P39 = ico("0469825"), ico("2820163"), ico("6271584"), ico("2439057")
P40, P41, P42 = ico("0712698"), ico("2698431"), ico("4835029")

CASES: list[dict[str, Any]] = [
    {
        "id": "am029-databox-freelancer-txt",
        "description": "a freelancer without an IČO sends from a natural person's data box; "
        "short annotation, the details in a plain-text file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Veronika Staňková",
            None,
            "f2kw8hd",
            ["203.0.113.177"],
            [],
            "Veronika Staňková",
            "stankova.vera@posta.example",
            "+420739018562",
        ),
        "subject": "žádost – volby 2026 (přístup k datům + natáčení)",
        "databox": {
            "box": "f2kw8hd",
            "sender": "Veronika Staňková",
            "address": "Smetanova 44, 602 00 Brno",
            "type": 40,
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Dobrý den,\n\n"
                "jsem nezávislá novinářka (nemám IČO, píšu na autorské smlouvy pro "
                "více redakcí) a chtěla bych požádat:\n\n"
                "- o přístup k výsledkům voleb v XML, z adresy 203.0.113.177 (ostrý "
                "provoz, test dělat nebudu),\n"
                "- o povolení natáčet na sběrném místě v Brně pro krátký dokument.\n\n"
                "Kontakt: Veronika Staňková, 739 018 562, stankova.vera@posta.example\n\n"
                "Děkuji\nVeronika Staňková\n",
            )
        ],
    },
    {
        "id": "am030-seznam-html-role-columns",
        "description": "HTML-only Seznam webmail table with the roles as column headers "
        "(Produkční | Testovací), rows of unequal length",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Nymburský deník, s.r.o.",
            P30,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.110"],
            "Jaroslav Beneš",
            "benes.jaroslav@nymburskydenik.example",
            "+420325511730",
        ),
        "from": "Jaroslav Beneš <benes.jaroslav@nymburskydenik.example>",
        "subject": "Žádost o přístup k výsledkům",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den,</div><div>prosíme o přístup k výsledkům voleb pro "
            f"Nymburský deník, s.r.o., IČ {P30}.</div><br>"
            '<table style="border:1px solid #999" cellspacing="0" cellpadding="3">'
            "<tr><th>Produkční</th><th>Testovací</th></tr>"
            "<tr><td>192.0.2.101</td><td>192.0.2.110</td></tr>"
            "<tr><td>192.0.2.102</td><td></td></tr>"
            "</table><br>"
            "<div>Jaroslav Beneš<br>technický redaktor<br>mobil: +420 325 511 730</div>"
            "<div>--<br>Odesláno z Email.cz</div>"
        ),
    },
    {
        "id": "am031-smime-oid-bank-account",
        "description": "S/MIME-signed Thunderbird mail; the signature text carries a "
        "certificate policy OID, a bank account and a data-box ID of the applicant",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Regio Servis Média, a.s.",
            P31,
            "r7cq3mu",
            ["198.51.100.222"],
            ["198.51.100.223"],
            "Martina Skálová",
            "skalova@regioservis.example",
            "+420222871604",
        ),
        "from": "Martina Skálová <skalova@regioservis.example>",
        "subject": "Žádost o zřízení přístupu k výsledkům voleb",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "Regio Servis Média, a.s. žádá o zřízení přístupu k výsledkům voleb ve formátu XML.\n\n"
            "IP adresa pro ostrý provoz: 198.51.100.222\n"
            "IP adresa pro testování: 198.51.100.223\n\n"
            "Kontaktní osoba: Martina Skálová, tel. 222 871 604\n\n"
            "S pozdravem\n\n"
            "Ing. Martina Skálová\nvedoucí technické podpory\n"
            "Regio Servis Média, a.s.\nVinohradská 1632/180, 130 00 Praha 3\n"
            f"IČO: {P31[:2]} {P31[2:5]} {P31[5:]}  |  ID DS: r7cq3mu\n"
            "Bankovní spojení: 2801734519/2010\n"
            "Zpráva je podepsána kvalifikovaným certifikátem (politika 1.3.6.1.4.1.11801.2.1.1)\n"
        ),
    },
    {
        "id": "am032-mobile-note-colleague-contact",
        "description": "two lines from a phone: the sender only passes it on and names a "
        "colleague with his own e-mail and mobile as the contact",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Rokycanský občasník s.r.o.",
            P32,
            None,
            ["203.0.113.14"],
            ["203.0.113.15"],
            "Jan Rýdl",
            "rydl@rokycanskyobcasnik.example",
            "+420604552871",
        ),
        "from": "Monika Suchá <sucha@rokycanskyobcasnik.example>",
        "subject": "xml",
        "headers": IPHONE,
        "body": (
            "Dobry den, za Rokycanský občasník s.r.o. (ICO "
            f"{P32}) prosim o pristup k xml, prod 203.0.113.14 test 203.0.113.15. "
            "Kontakt pro vas bude kolega Jan Rýdl rydl@rokycanskyobcasnik.example "
            "604 552 871, ja to jen posilam.\nSuchá\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "am033-french-channel-ipv6-english",
        "description": "French channel writes English; IPv6 production and test, a French "
        "desk phone, the tech lead named as contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Canal Europe Info SAS",
            None,
            None,
            ["2001:db8:1f0::10", "2001:db8:1f0::11"],
            ["2001:db8:1f0::99"],
            "Antoine Mercier",
            "a.mercier@canaleuropeinfo.example",
            "+33142865097",
        ),
        "from": "Claire Dubois <c.dubois@canaleuropeinfo.example>",
        "subject": "Access to election results (XML) – Canal Europe Info",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "Canal Europe Info SAS would like to get access to the XML results server for the "
            "Czech elections. We only use IPv6 on this platform:\n\n"
            "  production: 2001:db8:1f0::10 and 2001:db8:1f0::11\n"
            "  test:       2001:db8:1f0::99\n\n"
            "Technical contact: Antoine Mercier (tech lead), a.mercier@canaleuropeinfo.example, "
            "+33 1 42 86 50 97.\n\n"
            "Thank you!\nClaire Dubois\nRédaction internationale, Canal Europe Info\n"
        ),
    },
    {
        "id": "am034-reply-correction-against-own-quote",
        "description": "the applicant replies to her own earlier mail: the test address in the "
        "quoted original was wrong, the production address and contact stand",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Chebský kurýr s.r.o.",
            P33,
            None,
            ["192.0.2.61"],
            ["192.0.2.99"],
            "Renata Vojtíšková",
            "vojtiskova@chebskykuryr.example",
            "+420354611872",
        ),
        "from": "Renata Vojtíšková <vojtiskova@chebskykuryr.example>",
        "subject": "Re: Žádost o přístup k XML – Chebský kurýr",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v mém e-mailu níže je chyba: testovací adresa má být 192.0.2.99, ne "
            "192.0.2.98. Ostatní platí.\n\n"
            "Omlouvám se, R. Vojtíšková\n\n"
            "Od: Renata Vojtíšková <vojtiskova@chebskykuryr.example>\n"
            "Datum: pondělí 14. září 2026 11:20\n"
            "Komu: podatelna@czso.cz\n"
            "Předmět: Žádost o přístup k XML – Chebský kurýr\n\n"
            "Dobrý den,\n"
            f"Chebský kurýr s.r.o., IČO {P33}, žádá o přístup k výsledkům voleb.\n"
            "Produkční: 192.0.2.61\n"
            "Testovací: 192.0.2.98\n"
            "Kontakt: Renata Vojtíšková, 354 611 872\n"
        ),
    },
    {
        "id": "am035-databox-xlsx-two-sheets",
        "description": "data message from a company with an XLSX of two sheets (applicant, "
        "addresses with a merged role cell); the annotation only names the matter",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Polabská televizní s.r.o.",
            P35,
            "j6ns2ex",
            ["198.51.100.51", "198.51.100.52", "198.51.100.53"],
            ["198.51.100.58"],
            "Břetislav Ondra",
            "ondra@polabskatv.example",
            "+420466050318",
        ),
        "subject": "Přístup k výsledkům voleb – údaje v příloze",
        "databox": {
            "box": "j6ns2ex",
            "sender": "Polabská televizní s.r.o.",
            "address": "Palackého 88, 530 02 Pardubice",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_PTV.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Polabská televizní s.r.o."],
                            ["IČO", P35],
                            ["Kontaktní osoba", "Břetislav Ondra"],
                            ["Telefon", "466 050 318"],
                            ["E-mail", "ondra@polabskatv.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Určení", "IP", "Pozn."],
                            ["produkční", "198.51.100.51", ""],
                            [None, "198.51.100.52", ""],
                            [None, "198.51.100.53", "záloha"],
                            ["testovací", "198.51.100.58", ""],
                        ],
                        "merge": ["A2:A4"],
                    },
                ],
            )
        ],
    },
    {
        "id": "am036-outlook-bilingual-disclaimer-00420",
        "description": "Outlook plain text with a long Czech/English disclaimer; phone written "
        "with 00420, a switchboard after the direct line",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Agentura Mediafakt, s.r.o.",
            P36,
            None,
            ["203.0.113.130"],
            ["203.0.113.131"],
            "Vojtěch Hanzal",
            "hanzal@mediafakt.example",
            "+420257093318",
        ),
        "from": "Hanzal Vojtěch <hanzal@mediafakt.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Agentura Mediafakt, s.r.o., IČO {P36}, žádá o přístup k výsledkům voleb ve "
            "formátu XML.\n\n"
            "Produkční IP: 203.0.113.130\nTestovací IP: 203.0.113.131\n\n"
            "Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n\nVojtěch Hanzal\nIT manager\nAgentura Mediafakt, s.r.o.\n"
            "Přímá linka: 00420 257 093 318 | Ústředna: 00420 257 093 300\n\n"
            "Tento e-mail a případné přílohy jsou určeny výhradně adresátovi. Pokud jste jej "
            "obdrželi omylem, informujte odesílatele a e-mail smažte. Obsah nezakládá "
            "smluvní závazek.\n"
            "This e-mail and any attachments are intended solely for the addressee. If you "
            "received it in error, please notify the sender and delete it. Its content does "
            "not constitute a binding agreement.\n"
        ),
    },
    {
        "id": "am037-pasted-checkbox-form",
        "description": "a form pasted into a mail: [x]/[ ] boxes, filming unticked, test "
        "address line left with a dash",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Vyškovský zpravodaj, spolek",
            P37,
            None,
            ["192.0.2.190"],
            [],
            "Alois Pospíšil",
            "pospisil@vyskovskyzpravodaj.example",
            "+420517330954",
        ),
        "from": "Alois Pospíšil <pospisil@vyskovskyzpravodaj.example>",
        "subject": "formulář – žádost o přístup",
        "headers": TBIRD,
        "cte": "base64",
        "body": (
            "Dobrý den, posílám vyplněný formulář (z vašeho webu jsem ho zkopíroval do "
            "mailu, PDF mi nešlo vyplnit).\n\n"
            "ŽÁDOST MÉDIA – VOLBY 2026\n"
            "Žadatel:            Vyškovský zpravodaj, spolek\n"
            f"IČO:                {P37}\n"
            "Žádám o:            [x] přístup k výsledkům (XML)\n"
            "                    [ ] povolení pořizovat záznam na sběrném místě\n"
            "Produkční IP (max 5): 192.0.2.190\n"
            "Testovací IP (max 5): -\n"
            "Kontaktní osoba:    Alois Pospíšil\n"
            "Telefon:            517 330 954\n"
            "E-mail:             pospisil@vyskovskyzpravodaj.example\n\n"
            "A. Pospíšil\n"
        ),
    },
    {
        "id": "am038-iphone-html-only-blogger",
        "description": "HTML-only Apple mail from an iPhone: a blogger without an IČO, one "
        "address, no phone given",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Dominik Pražák",
            None,
            None,
            ["198.51.100.66"],
            [],
            "Dominik Pražák",
            "dominik@prazakpise.example",
            None,
        ),
        "from": "Dominik Pražák <dominik@prazakpise.example>",
        "subject": "Žádost o XML",
        "headers": IPHONE,
        "html": (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body dir="auto"><div dir="ltr">Dobrý den,</div>'
            '<div dir="ltr"><br></div>'
            '<div dir="ltr">píšu blog o politice (prazakpise.example), dělám ho sám jako '
            "fyzická osoba, IČO nemám. Chtěl bych požádat o přístup k XML výsledkům voleb z "
            "adresy 198.51.100.66 – to je můj VPS, testovat budu z něj taky.</div>"
            '<div dir="ltr"><br></div><div dir="ltr">Děkuji, Dominik Pražák</div>'
            '<div dir="ltr"><br><div dir="ltr">Odesláno z iPhonu</div></div></body></html>'
        ),
    },
    {
        "id": "am039-pdf-wrapped-cells",
        "description": "mail with a PDF whose narrow table cells wrap the role labels and the "
        "address list over several lines; the body only says 'see attachment'",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Deník Podřipsko a.s.",
            P39,
            None,
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.90", "203.0.113.91"],
            "Hana Šťastná",
            "stastna@podripsko.example",
            "+420416809273",
        ),
        "from": "Hana Šťastná <stastna@podripsko.example>",
        "subject": "Žádost o přístup – Deník Podřipsko",
        "headers": K9,
        "body": "Dobrý den, žádost v příloze. Díky, Šťastná\n",
        "attachments": [
            (
                "pdf",
                "Zadost_Podripsko.pdf",
                [
                    "Deník Podřipsko a.s., Poděbradova 31, 413 01 Roudnice nad Labem",
                    f"IČO {P39}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Účel adresy", "IP adresy"],
                            ["Produkční (ostrý provoz)", "203.0.113.81, 203.0.113.82"],
                            ["Testovací (před volbami)", "203.0.113.90, 203.0.113.91"],
                        ],
                        "widths": [70, 80],
                    },
                    "Kontaktní osoba: Hana Šťastná, tel. 416 809 273, stastna@podripsko.example",
                ],
            )
        ],
    },
    {
        "id": "am040-forward-office-release-with-data-on-top",
        "description": "the applicant forwards the office's press release back with its data "
        "written on top; the release carries the office's IČO, box, an example address and "
        "the press office's phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Spolek Náchodský web, z.s.",
            P40,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Lukáš Mareš",
            "mares@nachodskyweb.example",
            "+420491427665",
        ),
        "from": "Lukáš Mareš <mares@nachodskyweb.example>",
        "subject": "Fwd: Tisková zpráva ČSÚ – přístup médií k výsledkům voleb",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na Vaši tiskovou zprávu (níže) a žádám o přístup:\n"
            f"Spolek Náchodský web, z.s., IČO {P40}\n"
            "produkční: 192.0.2.150\ntestovací: 192.0.2.151\n"
            "kontakt: Lukáš Mareš, 491 427 665\n\n"
            "Mareš\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n"
            "Date: po 7. 9. 2026 v 9:02\n"
            "Subject: Tisková zpráva ČSÚ – přístup médií k výsledkům voleb\n\n"
            "Český statistický úřad, IČO 00025593, zpřístupní výsledky voleb ve formátu\n"
            "XML. Žádosti posílejte na podatelna@czso.cz nebo do datové schránky 2gfaasy.\n"
            "Adresy uvádějte jednotlivě, např. 198.51.100.1 (ne rozsahy).\n"
            "Tiskové oddělení: tel. 274 052 649, media@czso.cz\n"
        ),
    },
    {
        "id": "am041-ukrainian-editor-english",
        "description": "Ukrainian editor of a Prague-registered association writes English, "
        "asks for both types; Ukrainian and Czech phones, the Czech mobile given for the "
        "contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Ukrajinský hlas v Praze, z.s.",
            P41,
            None,
            ["203.0.113.230"],
            ["203.0.113.231"],
            "Oksana Melnyk",
            "oksana@ukrhlas.example",
            "+420773580216",
        ),
        "from": "Oksana Melnyk <oksana@ukrhlas.example>",
        "subject": "Request: XML results + filming at collection point",
        "headers": GMAIL,
        "body": (
            "Good day,\n\n"
            "sorry for writing in English, my Czech is not good enough yet for official "
            "letters. I am editor of Ukrajinský hlas v Praze, z.s. (IČO "
            f"{P41}), we publish news for Ukrainians living in Czechia.\n\n"
            "We would like to ask for:\n"
            "- access to XML results, server 203.0.113.230, test server 203.0.113.231\n"
            "- permission to film short video at collection point in Prague 4\n\n"
            "Contact person is me, Oksana Melnyk, Czech mobile +420 773 580 216 (my "
            "Ukrainian number +380 67 412 3390 works only sometimes).\n\n"
            "Thank you very much!\nOksana\n"
        ),
    },
    {
        "id": "am042-databox-rtf-both-types-annotation",
        "description": "data message whose annotation asks for the feed and filming; the RTF "
        "letter lists the addresses in a table with 'hlavní/záložní/testovací'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Jihočeská televize a.s.",
            P42,
            "h9pe5tv",
            ["198.51.100.241", "198.51.100.242"],
            ["198.51.100.250"],
            "Zuzana Krejčí",
            "krejci@jctv.example",
            "+420387201554",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (XML) a o povolení natáčení",
        "databox": {
            "box": "h9pe5tv",
            "sender": "Jihočeská televize a.s.",
            "address": "Lidická 7, 370 01 České Budějovice",
        },
        "attachments": [
            (
                "rtf",
                "zadost_JCTV.rtf",
                [
                    f"Jihočeská televize a.s., Lidická 7, 370 01 České Budějovice, IČO {P42}",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení natáčet "
                    "na sběrném místě v Českých Budějovicích ve volební noci.",
                    [
                        ["Server", "IP adresa"],
                        ["hlavní", "198.51.100.241"],
                        ["záložní", "198.51.100.242"],
                        ["testovací", "198.51.100.250"],
                    ],
                    "Kontaktní osoba: Zuzana Krejčí, produkce, tel. 387 201 554, "
                    "krejci@jctv.example",
                ],
            )
        ],
    },
]
