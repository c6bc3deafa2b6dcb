"""Forty-seventh held-out part ``bo``, cases bo029–bo042: an inline forward of a photographer's
mail, a data message with an RTF, an HTML-only OWA table with IPv6 test, a written range from a
phone, a reply quoting the office's contacts, a Polish crew with a mobile that looks Czech, a
windows-1250 mail with a netmask, a withdrawn filming request, a PDF behind an assistant's
cover, a flowed delsp mail, a data message from a natural person in business, a signature of
three with the contact named, a reply correcting swapped roles and an SMS-style IPv6 note.
Written by hand apart from the extraction rules (see make_fortyseventh_bo); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyseventh_bo_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2716045"),
    ico("0418652"),
    ico("2893170"),
    ico("0527349"),
    ico("2640718"),
)
I35, I36, I37, I38, I39 = (
    ico("0359186"),
    ico("2972041"),
    ico("0694823"),
    ico("2831597"),
    ico("7312864"),
)
I40, I41 = ico("0205738"), ico("2758106")

CASES: list[dict[str, Any]] = [
    {
        "id": "bo029-inline-forward-photographer",
        "description": "the desk editor forwards a photographer's mail inline with two lines "
        "on top; filming only, the contact is the editor who says so, not the photographer",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Karlovarské noviny a.s.",
            I29,
            None,
            [],
            [],
            "Ivana Holá",
            "hola@kvnoviny.example",
            "+420731852046",
        ),
        "from": "Ivana Holá <hola@kvnoviny.example>",
        "subject": "FW: focení volby",
        "headers": OUTLOOK,
        "body": "Dobrý den, přeposílám žádost našeho fotografa o povolení fotit na vašem "
        "pracovišti v Karlových Varech. Za Karlovarské noviny a.s. (IČO " + I29 + ") "
        "jsem kontaktní osoba já, 731 852 046.\nIvana Holá, vedoucí vydání\n\n"
        "-----Original Message-----\nFrom: Petr Žák <zak.foto@kvnoviny.example>\n"
        "Sent: Tuesday, September 2, 2025 8:41 PM\nTo: Ivana Holá\nSubject: focení volby\n\n"
        "Ivano, můžeš prosím zařídit povolení na focení na ČSÚ ve Varech? "
        "Já na sobě 604 217 385.\nPetr\n",
    },
    {
        "id": "bo030-databox-rtf-both",
        "description": "data message with a chatty annotation and an RTF letter with a table; "
        "both requests, the contact's landline and mobile both in the table (mobile first)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Haná, s.r.o.",
            I30,
            "r5hn3qa",
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Stanislav Kovařík",
            "kovarik@radiohana.example",
            "+420608417293",
        ),
        "databox": box("r5hn3qa", "Rádio Haná, s.r.o.", "Palackého 8, 796 01 Prostějov"),
        "subject": "posíláme žádost k volbám, XML i natáčení, díky",
        "attachments": [
            (
                "rtf",
                "zadost_radio_hana.rtf",
                [
                    "Rádio Haná, s.r.o., IČO " + I30,
                    "Žádáme o přístup k XML výsledkům voleb a o povolení natáčet na "
                    "pracovišti ČSÚ v Olomouci.",
                    [
                        ["IP produkce", "198.51.100.170"],
                        ["IP test", "198.51.100.171"],
                        ["Kontakt", "Stanislav Kovařík"],
                        ["Mobil / pevná", "608 417 293 / 582 330 114"],
                        ["E-mail", "kovarik@radiohana.example"],
                    ],
                    "Mgr. Dana Kopecká, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "bo031-html-only-owa-ipv6-test",
        "description": "HTML-only OWA mail, a table with role in the header row (two columns) "
        "and an IPv6 test address written in full with zeros",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Teplický internetový deník s.r.o.",
            I31,
            None,
            ["203.0.113.20", "203.0.113.21"],
            ["2001:db8:a0:1::20"],
            "Martina Šafránková",
            "safrankova@tid.example",
            "+420775139408",
        ),
        "from": "Šafránková Martina <safrankova@tid.example>",
        "subject": "Žádost o přístup k výsledkům – TID",
        "headers": OWA,
        "html": '<html><body><div style="font-family:Calibri,sans-serif">Dobrý den,<br>'
        "Teplický internetový deník s.r.o., IČO " + I31 + ", žádá o přístup k XML.<br>"
        '<table border="1"><tr><th>Produkce</th><th>Test</th></tr>'
        "<tr><td>203.0.113.20</td><td>2001:0db8:00a0:0001:0000:0000:0000:0020</td></tr>"
        "<tr><td>203.0.113.21</td><td></td></tr></table><br>"
        "Kontakt: Martina Šafránková, mobil +420 775 139 408<br><br>"
        "S pozdravem<br>Martina Šafránková</div></body></html>\n",
    },
    {
        "id": "bo032-phone-written-range",
        "description": "phone-typed without diacritics, production as '198.18.4.10-13' "
        "(four addresses) and the test address after 'a na test'",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Pardubicky obcasnik s.r.o.",
            I32,
            None,
            ["198.18.4.10", "198.18.4.11", "198.18.4.12", "198.18.4.13"],
            ["198.18.4.20"],
            "Adam Vrba",
            "vrba@pardubickyobcasnik.example",
            "+420739061824",
        ),
        "from": "Adam Vrba <vrba@pardubickyobcasnik.example>",
        "subject": "zadost o xml",
        "headers": GMAIL,
        "body": "Dobry den, posilam za Pardubicky obcasnik s.r.o., ico " + I32 + ". "
        "Produkce 198.18.4.10-13 a na test 198.18.4.20. Kontakt ja, 739061824\n"
        "Adam Vrba\n\nOdeslano z mobilu\n",
    },
    {
        "id": "bo033-reply-quoting-office-contacts",
        "description": "a reply quoting the office's instructions with its e-mail, box ID and "
        "phone; the applicant's data in its own lines above, both requests",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "TV Jizera s.r.o.",
            I33,
            None,
            ["192.0.2.110"],
            ["192.0.2.111"],
            "Renata Pokorná",
            "pokorna@tvjizera.example",
            "+420732504618",
        ),
        "from": "Renata Pokorná <pokorna@tvjizera.example>",
        "subject": "Re: Podmínky přístupu médií – volby",
        "headers": APPLE,
        "body": "Dobrý den,\n\ndle vašich pokynů: TV Jizera s.r.o., IČO " + I33 + ", "
        "žádáme o XML přístup i o natáčení v Mladé Boleslavi.\nProdukce 192.0.2.110, "
        "test 192.0.2.111.\nKontakt Renata Pokorná, 732 504 618.\n\nRenata Pokorná\n\n"
        "> On 1. 9. 2025, at 14:02, Podatelna ČSÚ <podatelna@czso.cz> wrote:\n>\n"
        "> Žádost zašlete na podatelna@czso.cz nebo do DS 2gfaasy (ČSÚ, IČO 00025593).\n"
        "> Dotazy: +420 274 052 733.\n",
    },
    {
        "id": "bo034-polish-crew-mobile-looks-czech",
        "description": "a Polish TV crew asks in English for filming only; the mobile '698 412 537' "
        "is Polish (Wrocław in the signature), though nine digits like a Czech number",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telewizja Odra Sp. z o.o.",
            None,
            None,
            [],
            [],
            "Paweł Nowicki",
            "p.nowicki@tvodra.example",
            "+48698412537",
        ),
        "from": "Paweł Nowicki <p.nowicki@tvodra.example>",
        "subject": "Filming permission - election night",
        "headers": EVOLUTION,
        "body": "Good afternoon,\n\nTelewizja Odra Sp. z o.o. would like to film a short "
        "report at your collection point in Náchod on election night (2 people, one "
        "camera). We do not need the data feed.\n\nContact: Paweł Nowicki, 698 412 537\n\n"
        "Regards\nPaweł Nowicki\nreporter, Telewizja Odra, ul. Świdnicka 20, 50-066 Wrocław\n",
    },
    {
        "id": "bo035-windows-1250-8bit-netmask",
        "description": "windows-1250 plain text sent 8bit; the production addresses as an "
        "address with netmask 255.255.255.252 (four addresses)",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Rádio Šumava plus, s.r.o.",
            I35,
            None,
            ["198.51.100.96", "198.51.100.97", "198.51.100.98", "198.51.100.99"],
            ["198.51.100.104"],
            "Bohumil Tůma",
            "tuma@radiosumava.example",
            "+420606284173",
        ),
        "from": "Bohumil Tůma <tuma@radiosumava.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "headers": TBIRD,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den,\n\nRádio Šumava plus, s.r.o., IČO " + I35 + ", žádá o přístup "
        "k výsledkům voleb (XML).\n\nProdukční síť: 198.51.100.96 maska 255.255.255.252\n"
        "Testovací stroj: 198.51.100.104\n\nKontakt: Bohumil Tůma, mobil 606 284 173\n\n"
        "S pozdravem\nBohumil Tůma\nRádio Šumava plus – technika\n",
    },
    {
        "id": "bo036-chatty-filming-withdrawn",
        "description": "a chatty Roundcube mail asks for both, then takes the filming back in "
        "the last paragraph ('natáčet nakonec nebudeme'): feed only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Orlický týden, s.r.o.",
            I36,
            None,
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.175"],
            "Lucie Štěpánková",
            "stepankova@orlickytyden.example",
            "+420727349516",
        ),
        "from": "Lucie Štěpánková <stepankova@orlickytyden.example>",
        "subject": "volby – XML a natáčení",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nposílám za Orlický týden, s.r.o. (IČO " + I36 + ") žádost "
        "o přístup k XML výsledkům a taky bychom rádi natáčeli na vašem pracovišti v "
        "Hradci. Naše IP: 192.0.2.170 a 192.0.2.171, na testy 192.0.2.175. Kontakt jsem "
        "já, 727 349 516.\n\nA ještě - teď mi volal šéf, natáčet nakonec nebudeme, "
        "kameraman má jinou zakázku. Takže jen to XML.\n\nLucie Štěpánková\n",
    },
    {
        "id": "bo037-assistant-cover-pdf-contact",
        "description": "an assistant's cover names herself; the attached PDF application "
        "names a different contact person with a direct line before the switchboard",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Vydavatelství Ještěd, a.s.",
            I37,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Tomáš Linhart",
            "linhart@vydjested.example",
            "+420485100237",
        ),
        "from": "Jitka Procházková <prochazkova@vydjested.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": "Dobrý den,\nv příloze zasílám žádost naší společnosti.\n\nJitka Procházková\n"
        "asistentka ředitele, 485 100 200\n",
        "attachments": [
            (
                "pdf",
                "zadost_Jested.pdf",
                [
                    "Vydavatelství Ještěd, a.s. | IČO " + I37 + " | Liberec",
                    "Žádost o zpřístupnění výsledků voleb na dedikovaném serveru",
                    "Produkční IP: 203.0.113.240, 203.0.113.241\nTestovací IP: 203.0.113.250",
                    "Kontaktní osoba: Tomáš Linhart, linhart@vydjested.example, "
                    "přímá linka 485 100 237 (ústředna 485 100 200)",
                    "Ing. Karel Šrámek, generální ředitel",
                ],
            )
        ],
    },
    {
        "id": "bo038-flowed-delsp-both-requests",
        "description": "format=flowed with delsp=yes from Apple Mail: lines end with double "
        "spaces, the production list wraps after its first address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Jablonecký týdeník s.r.o.",
            I38,
            None,
            ["198.18.140.7", "198.18.140.8"],
            ["198.18.140.9"],
            "Hedvika Marešová",
            "maresova@jbctydenik.example",
            "+420723908145",
        ),
        "from": "Hedvika Marešová <maresova@jbctydenik.example>",
        "subject": "žádost volby",
        "headers": APPLE,
        "flowed": True,
        "delsp": True,
        "body": "Dobrý den,\n\nJablonecký týdeník s.r.o., IČO " + I38 + ", by rád požádal o  \n"
        "přístup k výsledkům v XML a o povolení fotit na pracovišti v Jablonci.  \n"
        "Produkční IP jsou 198.18.140.7 a  \n198.18.140.8, testovací 198.18.140.9.\n\n"
        "Kontakt: Hedvika Marešová, 723 908 145\n\nHedvika Marešová\n",
    },
    {
        "id": "bo039-databox-osvc-pdf",
        "description": "data message from a natural person in business (box type 40); the "
        "application is a PDF, the applicant is her trade name as she writes it",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Blanka Říhová – Volební data",
            I39,
            "b8rh5zw",
            ["2001:db8:1f::2"],
            ["2001:db8:1f::3"],
            "Blanka Říhová",
            "rihova@volebnidata.example",
            "+420605718342",
        ),
        "databox": box("b8rh5zw", "Blanka Říhová", "Lidická 44, 370 01 České Budějovice", 40),
        "subject": "Žádost o přístup k XML výsledkům",
        "attachments": [
            (
                "pdf",
                "zadost_rihova.pdf",
                [
                    "Jsem OSVČ (Blanka Říhová – Volební data, IČO " + I39 + ") a žádám o "
                    "přístup k XML výsledkům voleb pro svůj datový web.",
                    {
                        "rows": [
                            ["produkce", "2001:db8:1f::2"],
                            ["test", "2001:db8:1f::3"],
                        ],
                        "widths": [120, 220],
                    },
                    "Kontakt: rihova@volebnidata.example, 605 718 342",
                    "Blanka Říhová",
                ],
            )
        ],
    },
    {
        "id": "bo040-alternative-three-names-contact-named",
        "description": "multipart/alternative Seznam mail closing with three names; the line "
        "'kontaktní osoba pro tuto žádost' picks the last one",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Kladenský magazín, z.ú.",
            I40,
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Denisa Kořínková",
            "korinkova@kladenskymagazin.example",
            "+420774562031",
        ),
        "from": "Kladenský magazín <info@kladenskymagazin.example>",
        "subject": "Žádost: XML výsledky a fotografování",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\nKladenský magazín, z.ú. (IČO " + I40 + ") žádá o přístup k "
        "výsledkům voleb (produkce 192.0.2.240, test 192.0.2.241) a o povolení "
        "fotografovat na pracovišti v Kladně.\n\nZa redakci\nJosef Hájek, ředitel\n"
        "Tereza Bílková, fotografka, 603 119 284\nDenisa Kořínková, editorka "
        "(kontaktní osoba pro tuto žádost), korinkova@kladenskymagazin.example, "
        "774 562 031\n",
        "html": "<div>Dobrý den,<br><br>Kladenský magazín, z.ú. (IČO " + I40 + ") žádá o "
        "přístup k výsledkům voleb (produkce 192.0.2.240, test 192.0.2.241) a o povolení "
        "fotografovat na pracovišti v Kladně.<br><br>Za redakci<br>Josef Hájek, ředitel<br>"
        "Tereza Bílková, fotografka, 603 119 284<br>Denisa Kořínková, editorka "
        "(kontaktní osoba pro tuto žádost), korinkova@kladenskymagazin.example, "
        "774 562 031</div>\n",
    },
    {
        "id": "bo041-reply-own-mail-roles-swapped",
        "description": "a reply to his own earlier mail (quoted below) saying he swapped "
        "production and test there; the labels take the corrected roles",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Havlíčkobrodský zpravodaj s.r.o.",
            I41,
            None,
            ["203.0.113.66"],
            ["203.0.113.65"],
            "Richard Pazdera",
            "pazdera@hbzpravodaj.example",
            "+420736082519",
        ),
        "from": "Richard Pazdera <pazdera@hbzpravodaj.example>",
        "subject": "Re: žádost XML – oprava",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nv mailu níže jsem prohodil adresy: produkční je 203.0.113.66 "
        "a testovací 203.0.113.65. Omlouvám se.\n\nRichard Pazdera\n\n"
        "Dne 04.09.2025 v 8:30 Richard Pazdera napsal(a):\n"
        "> Dobrý den, Havlíčkobrodský zpravodaj s.r.o., IČO " + I41 + ", žádá o přístup\n"
        "> k XML výsledkům. Produkce 203.0.113.65, test 203.0.113.66.\n"
        "> Kontakt Richard Pazdera, 736 082 519.\n",
    },
    {
        "id": "bo042-sms-iphone-ipv6",
        "description": "lower-case SMS-style iPhone note: one IPv6 production address in upper "
        "case with leading zeros and an IPv4 test address, no IČO yet ('dodam'), all lower case",
        "style": Style.SMS,
        "labels": L(
            [FEED],
            "Valassky web s.r.o.",
            None,
            None,
            ["2001:db8:0:7::15"],
            ["198.51.100.222"],
            "jana kubickova",
            "jana@valasskyweb.example",
            "+420728930416",
        ),
        "from": "jana@valasskyweb.example",
        "subject": "xml pristup",
        "headers": IPHONE,
        "body": "dobry den, valassky web s.r.o. by chtel xml s vysledky. ostra ip "
        "2001:DB8:0000:0007::0015, test 198.51.100.222. ico nemam po ruce, dodam. "
        "tel 728 930 416\njana kubickova\n\nOdeslano z iPhonu\n",
    },
]
