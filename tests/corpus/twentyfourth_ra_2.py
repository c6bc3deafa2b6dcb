"""Twentyfourth held-out part ``ra``, cases ra015–ra028: a K-9 note with the roles given by
'v tomto pořadí' across a soft line break, a Polish agency using 'respectively', an XLSX data
message with ano/ne cells, a contact replaced later in the mail, a reply to the office's request
to complete an application, a plain-text form with box characters, an RTF letter, a forwarded
.eml, an Italian broadcaster, a DOCX data message with a merged cell and its box in the header,
an IT contractor, an IPv6 production address from an iPhone, other numbers all over a chatty
mail and an HTML correction with struck-through text. Written by hand apart from the extraction
rules (see make_twentyfourth_ra); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfourth_ra_common import (
    ANDROID,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I17, I18, I19 = ico("0721385"), ico("2914607"), ico("4830152"), ico("2657309")
I20, I21, I22, I24 = ico("0462718"), ico("6053291"), ico("2718490"), ico("0184736")
I25, I26, I27, I28 = ico("2940615"), ico("0357284"), ico("4712058"), ico("2801374")

_ORIGINAL_22 = {
    "id": "ra022-inner",
    "description": "the publisher's director's original application",
    "style": Style.FORWARD,
    "labels": {},
    "from": '"Ing. Bohumil Straka" <straka@vysocinapress.example>',
    "to": "volby@czso-podatelna-typo.example",
    "subject": "Žádost o přístup k XML – Vysočina Press",
    "headers": TBIRD,
    "body": (
        "Dobrý den,\n\n"
        f"Vysočina Press, s.r.o., IČO {I22}, žádá o zřízení přístupu k XML výsledkům "
        "voleb a zároveň o povolení natáčení na sběrném místě v Jihlavě.\n\n"
        "Primární server: 198.51.100.150\n"
        "Záložní server: 198.51.100.151\n"
        "Testovací server: 198.51.100.152\n\n"
        "Kontaktní osoba: Ing. Bohumil Straka, jednatel, +420 567 301 442\n\n"
        "S pozdravem\nIng. Bohumil Straka\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "ra015-k9-flowed-respectively-czech",
        "description": "K-9 mail with format=flowed delsp=yes; 'v tomto pořadí' gives the roles "
        "and the sentence is soft-broken between the two addresses",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Valašský týden s.r.o.",
            I15,
            None,
            ["198.51.100.21"],
            ["198.51.100.22"],
            "Jana Kubíčková",
            "kubickova@valasskytyden.example",
            "+420603884217",
        ),
        "from": "Jana Kubíčková <kubickova@valasskytyden.example>",
        "subject": "XML výsledky – Valašský týden",
        "headers": K9,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den, za Valašský týden s.r.o. (IČO "
            f"{I15}) prosím o přístup k XML s výsledky. Adresy 198.51.100.21 a "
            "198.51.100.22 jsou produkční a testovací, v tomto pořadí. "
            "Kontakt: já, Jana Kubíčková, 603 884 217.\n\n"
            "Díky, J. K.\n\n"
            "-- \nOdesláno z K-9 Mail\n"
        ),
    },
    {
        "id": "ra016-polish-agency-respectively",
        "description": "Polish agency writes English with 'respectively'; no Czech IČO, a "
        "Polish NIP and KRS number and a +48 mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Beskidy Sp. z o.o.",
            None,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Magdalena Wróbel",
            "m.wrobel@aibeskidy.example",
            "+48601338472",
        ),
        "from": "Magdalena Wróbel <m.wrobel@aibeskidy.example>",
        "subject": "Access to election results XML – AI Beskidy",
        "headers": GMAIL,
        "body": (
            "Good morning,\n\n"
            "my name is Magdalena Wróbel and I work for Agencja Informacyjna Beskidy "
            "Sp. z o.o. in Bielsko-Biała (NIP 547-219-40-88, KRS 0000418273). We would like "
            "to receive the Czech election results in XML for our cross-border news "
            "service.\n\n"
            "Our servers 203.0.113.90 and 203.0.113.91 will be used for production and "
            "testing respectively.\n\n"
            "We do not have a Czech company number (IČO). Please contact me directly: "
            "+48 601 338 472.\n\n"
            "Kind regards / Z poważaniem\n"
            "Magdalena Wróbel\n"
            "Agencja Informacyjna Beskidy\n"
        ),
    },
    {
        "id": "ra017-databox-xlsx-ano-ne",
        "description": "data message with an XLSX: a request sheet with ANO/NE cells (filming "
        "NE) and an address sheet with a role column",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální vysílání Labe, s.r.o.",
            I17,
            "x5rb9pm",
            ["192.0.2.170", "192.0.2.171"],
            ["192.0.2.175"],
            "Dušan Kolář",
            "kolar@rvlabe.example",
            "+420475330912",
        ),
        "subject": "Žádost - volby 2025 - XML",
        "databox": {
            "box": "x5rb9pm",
            "sender": "Regionální vysílání Labe, s.r.o.",
            "address": "Mírové náměstí 3, 400 01 Ústí nad Labem",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_volby_RVL.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Regionální vysílání Labe, s.r.o."],
                            ["IČO", I17],
                            ["Požadujeme", "ANO/NE"],
                            ["Přístup k XML výsledkům", "ANO"],
                            ["Povolení k natáčení", "NE"],
                            ["Kontaktní osoba", "Dušan Kolář"],
                            ["Telefon", "+420 475 330 912"],
                            ["E-mail", "kolar@rvlabe.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkce", "192.0.2.170", "primární"],
                            ["produkce", "192.0.2.171", "sekundární"],
                            ["test", "192.0.2.175", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ra018-gmail-contact-replaced",
        "description": "Gmail plain+HTML; the contact is first given as Tomáš, then replaced "
        "by Iveta with her own mail and phone later in the same message",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brněnský zápisník s.r.o.",
            I18,
            None,
            ["203.0.113.121"],
            ["203.0.113.122"],
            "Iveta Konečná",
            "konecna@zapisnik-brno.example",
            "+420777602153",
        ),
        "from": "Michal Urban <urban@zapisnik-brno.example>",
        "subject": "přístup k XML výsledkům – Brněnský zápisník",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"posílám žádost Brněnského zápisníku (Brněnský zápisník s.r.o., IČO {I18}) "
            "o přístup k výsledkům voleb v XML.\n\n"
            "Produkční IP: 203.0.113.121\n"
            "Testovací IP: 203.0.113.122\n"
            "Kontakt: Tomáš Hrubý, 736 410 285\n\n"
            "Ještě změna na poslední chvíli – Tomáš od října končí, takže kontaktní osobou "
            "bude místo něj Iveta Konečná, konecna@zapisnik-brno.example, 777 602 153. "
            "Díky za pochopení.\n\n"
            "Michal Urban\nvydavatel\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>posílám žádost Brněnského zápisníku (Brněnský zápisník s.r.o., IČO "
            f"{I18}) o přístup k výsledkům voleb v XML.</div><div><br></div>"
            "<div>Produkční IP: 203.0.113.121</div><div>Testovací IP: 203.0.113.122</div>"
            "<div>Kontakt: Tomáš Hrubý, 736 410 285</div><div><br></div>"
            "<div>Ještě změna na poslední chvíli – Tomáš od října končí, takže kontaktní "
            "osobou bude místo něj Iveta Konečná, "
            '<a href="mailto:konecna@zapisnik-brno.example">konecna@zapisnik-brno.example</a>, '
            "777 602 153. Díky za pochopení.</div><div><br></div>"
            "<div>Michal Urban</div><div>vydavatel</div></div>"
        ),
    },
    {
        "id": "ra019-reply-completing-office-request",
        "description": "reply to the office's request to complete; the office's quoted mail has "
        "its clerk, phone and IČO; the production addresses are in the applicant's quoted "
        "original, the new text adds the IČO and a test address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Mladoboleslavské listy s.r.o.",
            I19,
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.215"],
            "Roman Šimek",
            "simek@mblisty.example",
            "+420326770419",
        ),
        "from": "Roman Šimek <simek@mblisty.example>",
        "subject": "Re: Doplnění žádosti o přístup k XML (č. j. CSU-018822/2025)",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den, paní Zemanová,\n\n"
            f"doplňuji: IČO Mladoboleslavských listů s.r.o. je {I19}, testovací adresa "
            "192.0.2.215. Produkční adresy zůstávají, jak jsem je psal v původní žádosti "
            "níže.\n\n"
            "Děkuji\nRoman Šimek\n\n"
            "Od: Zemanová Lenka <lenka.zemanova@czso.cz>\n"
            "Datum: pondělí 15. září 2025 11:02\n"
            "Komu: Roman Šimek <simek@mblisty.example>\n"
            "Předmět: Doplnění žádosti o přístup k XML (č. j. CSU-018822/2025)\n\n"
            "Dobrý den,\n\n"
            "děkujeme za žádost. Prosíme o doplnění IČO žadatele a případně testovací "
            "IP adresy.\n\n"
            "S pozdravem\n"
            "Lenka Zemanová\n"
            "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "IČO 00025593 | tel. 274 052 733 | ID DS 2gfaasy\n\n"
            "> Od: Roman Šimek <simek@mblisty.example>\n"
            "> Odesláno: pátek 12. září 2025 14:37\n"
            "> Komu: podatelna@czso.cz\n"
            ">\n"
            "> Dobrý den,\n"
            "> Mladoboleslavské listy s.r.o. žádají o přístup k XML s výsledky voleb.\n"
            "> Produkce: 192.0.2.210, 192.0.2.211\n"
            "> Kontakt: Roman Šimek, 326 770 419, simek@mblisty.example\n"
            "> Děkuji, R. Šimek\n"
        ),
    },
    {
        "id": "ra020-plain-text-form-box-characters",
        "description": "a form pasted into a Zimbra mail with ☒/☐ boxes: the feed ticked, "
        "filming unticked; addresses in labelled lines",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Hranický obzor, o.p.s.",
            I20,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Lenka Štursová",
            "stursova@hranickyobzor.example",
            "+420581607233",
        ),
        "from": "Lenka Štursová <stursova@hranickyobzor.example>",
        "subject": "Formulář - žádost volby 2025",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den, posílám vyplněný formulář, PDF se mi nepodařilo vyplnit, tak "
            "vkládám text.\n\n"
            "=== ŽÁDOST MÉDIA – VOLBY 2025 ===\n"
            "Předmět žádosti:\n"
            "  ☒ přístup k výsledkům ve formátu XML\n"
            "  ☐ povolení k pořizování obrazových a zvukových záznamů\n"
            "Název žadatele: Hranický obzor, o.p.s.\n"
            f"IČO: {I20}\n"
            "Produkční IP adresy (max. 5): 198.51.100.180\n"
            "Testovací IP adresy (max. 5): 198.51.100.181\n"
            "Kontaktní osoba: Lenka Štursová\n"
            "Telefon: 581 607 233\n"
            "E-mail: stursova@hranickyobzor.example\n"
            "=================================\n\n"
            "Děkuji, Štursová\n"
        ),
    },
    {
        "id": "ra021-owa-rtf-letter-backup-server",
        "description": "OWA mail saying 'see attachment'; the RTF letter lists a main and a "
        "backup ('záložní') server, both production, and a test one",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Rádio Podještědí s.r.o.",
            I21,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Alena Koubková",
            "koubkova@radiopodjestedi.example",
            "+420482311574",
        ),
        "from": "Koubková Alena <koubkova@radiopodjestedi.example>",
        "subject": "Žádost o přístup k XML – Rádio Podještědí",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost o přístup k výsledkům voleb.\n\n"
            "S pozdravem\nAlena Koubková\nRádio Podještědí\n\n"
            "Get Outlook for iOS\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_CSU.rtf",
                [
                    "Rádio Podještědí s.r.o.\nHusova 12, 460 01 Liberec",
                    f"IČO: {I21}",
                    "Český statistický úřad – podatelna",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zřízení přístupu z těchto adres:",
                    [
                        ["Server", "IP adresa"],
                        ["hlavní", "203.0.113.180"],
                        ["záložní", "203.0.113.181"],
                        ["testovací", "203.0.113.189"],
                    ],
                    "Kontaktní osoba: Alena Koubková, tel. 482 311 574, "
                    "koubkova@radiopodjestedi.example",
                    "V Liberci 11. 9. 2025\nAlena Koubková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "ra022-forward-eml-sent-to-wrong-address",
        "description": "a journalist forwards the director's original (as an .eml) that went to "
        "a wrong address; the contact stays as in the original",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Vysočina Press, s.r.o.",
            I22,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.152"],
            "Bohumil Straka",
            "straka@vysocinapress.example",
            "+420567301442",
        ),
        "from": "Petra Nováková <novakova@vysocinapress.example>",
        "subject": "Fwd: Žádost o přístup k XML – Vysočina Press",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "náš jednatel poslal žádost omylem na špatnou adresu, přeposílám ji proto "
            "v příloze. Kontaktní osoba zůstává, jak je uvedeno v původní zprávě.\n\n"
            "Petra Nováková\nredakce Vysočina Press\n"
        ),
        "attachments": [("eml", "Zadost o pristup k XML.eml", _ORIGINAL_22)],
    },
    {
        "id": "ra023-italian-broadcaster-both",
        "description": "Italian broadcaster writes English with Italian phrases; feed and "
        "filming, production list and a 'test/staging' line, a +39 phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telecentro Nordest S.p.A.",
            None,
            None,
            ["192.0.2.151", "192.0.2.152"],
            ["192.0.2.159"],
            "Giulia Bertolini",
            "g.bertolini@telecentronordest.example",
            "+393471829054",
        ),
        "from": "Giulia Bertolini <g.bertolini@telecentronordest.example>",
        "subject": "Czech elections - XML access and filming - Telecentro Nordest",
        "headers": IPHONE,
        "body": (
            "Buongiorno,\n\n"
            "I'm Giulia Bertolini from Telecentro Nordest S.p.A. (Padova). We send a small "
            "team to Prague for the elections and we kindly ask:\n\n"
            "- the access to your XML results, from our servers 192.0.2.151 and "
            "192.0.2.152 (production), test/staging 192.0.2.159\n"
            "- the permission to film in one of your collection points on the night of "
            "the count\n\n"
            "We are an Italian company, P.IVA IT 03918240287, we have no Czech registration "
            "number. Contact person for everything is me, mobile +39 347 182 9054.\n\n"
            "Grazie mille and best regards,\n"
            "Giulia Bertolini\n\n"
            "Inviato da iPhone\n"
        ),
    },
    {
        "id": "ra024-databox-docx-merged-header-box",
        "description": "data message with a DOCX whose header carries the company and its box "
        "ID; a table with a merged 'IP adresy' cell spanning the address rows",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zlínské zprávy a.s.",
            I24,
            "c6pe4ms",
            ["198.51.100.240", "198.51.100.241", "198.51.100.242"],
            ["198.51.100.250"],
            "Adam Fiala",
            "fiala@zlinskezpravy.example",
            "+420577118629",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "c6pe4ms",
            "sender": "Zlínské zprávy a.s.",
            "address": "Třída Tomáše Bati 204, 760 01 Zlín",
        },
        "attachments": [
            (
                "docx",
                "Zadost_XML_Zlinske_zpravy.docx",
                {
                    "header": f"Zlínské zprávy a.s. | IČO {I24} | ID DS c6pe4ms",
                    "footer": "Třída Tomáše Bati 204, 760 01 Zlín | www.zlinskezpravy.example",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Vážení, žádáme o přístup k serveru s výsledky voleb pro naše "
                        "zpravodajství. Údaje:",
                        {
                            "rows": [
                                ["IP adresy", "produkční", "198.51.100.240"],
                                ["", "produkční", "198.51.100.241"],
                                ["", "produkční", "198.51.100.242"],
                                ["", "testovací", "198.51.100.250"],
                                ["Kontakt", "Adam Fiala", "577 118 629"],
                                ["", "e-mail", "fiala@zlinskezpravy.example"],
                            ],
                            "merge": [(0, 0, 3, 0), (4, 0, 5, 0)],
                        },
                        "Ve Zlíně dne 9. 9. 2025",
                        "Ing. Adam Fiala, vedoucí IT",
                    ],
                },
            )
        ],
    },
    {
        "id": "ra025-it-contractor-for-a-paper",
        "description": "an IT contractor applies on behalf of a newspaper; the applicant is the "
        "paper with its IČO, the contact the contractor's technician",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Kladenský posel s.r.o.",
            I25,
            None,
            ["203.0.113.141", "203.0.113.142"],
            ["203.0.113.149"],
            "Jakub Říha",
            "riha@netservis-kl.example",
            "+420723405881",
        ),
        "from": "Jakub Říha <riha@netservis-kl.example>",
        "subject": "Žádost o přístup k XML pro Kladenský posel",
        "headers": ANDROID,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel IT pro Kladenský posel s.r.o. (IČO "
            f"{I25}) a na základě jejich pověření žádáme jejich jménem o přístup "
            "k výsledkům voleb ve formátu XML. Naše firma NetServis Kladno s.r.o. "
            "(IČO 27345611) provozuje jejich servery.\n\n"
            "produkce: 203.0.113.141, 203.0.113.142\n"
            "test: 203.0.113.149\n\n"
            "Kontaktní osobou pro technické věci i pro tuto žádost jsem já.\n\n"
            "Jakub Říha\nNetServis Kladno s.r.o.\n"
            "mob. 723 405 881 | hotline 312 000 555\n"
        ),
    },
    {
        "id": "ra026-iphone-html-ipv6-production",
        "description": "HTML-only base64 iPhone mail: an IPv6 production address and an IPv4 "
        "test one, IČO written 'IČ:' with a space after the first three digits",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Pošumavské noviny s.r.o.",
            I26,
            None,
            ["2001:db8:1c0::25"],
            ["192.0.2.25"],
            "Veronika Hálová",
            "halova@posumavske.example",
            "+420604551729",
        ),
        "from": "Veronika Hálová <halova@posumavske.example>",
        "subject": "XML volby - Pošumavské noviny",
        "headers": IPHONE,
        "cte": "base64",
        "html": (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body dir="auto"><div dir="ltr">Dobrý den,</div>'
            '<div dir="ltr">za Pošumavské noviny s.r.o. (IČ: '
            f"{I26[:3]} {I26[3:]}) prosím o přístup k XML výsledkům.</div>"
            '<div dir="ltr">Produkční server: 2001:db8:1c0::25</div>'
            '<div dir="ltr">Testovací: 192.0.2.25</div>'
            '<div dir="ltr">Volejte kdyžtak 604 551 729.</div>'
            '<div dir="ltr">Veronika Hálová</div>'
            '<div dir="ltr"><br><div>Odesláno z iPhonu</div></div></body></html>'
        ),
    },
    {
        "id": "ra027-seznam-many-other-numbers",
        "description": "chatty Seznam mail full of other numbers: a case number, a bank account, "
        "a port, a postal code, dates and a version, next to one production address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Spolek pro Kroměřížský zpravodaj",
            I27,
            None,
            ["198.51.100.99"],
            [],
            "Břetislav Doležal",
            "dolezal.b@kmzpravodaj.example",
            "+420573120884",
        ),
        "from": "Břetislav Doležal <dolezal.b@kmzpravodaj.example>",
        "subject": "prosba o přístup k XML výsledkům",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "jsme malý spolek (Spolek pro Kroměřížský zpravodaj, IČO "
            f"{I27}), který vydává obecní zpravodaj a web. Minule jsme Vám psali "
            "25. 4. 2024 pod č. j. CSU-004417/2024 a vše proběhlo v pořádku, tak "
            "bychom rádi i letos.\n\n"
            "Stahovat budeme z adresy 198.51.100.99 (port 8443 máme na firewallu "
            "otevřený, klient cURL 8.5.0). Test nemáme.\n\n"
            "Pokud by se za přístup platilo, číslo účtu je 1904268033/0800 – ale snad "
            "ne :)\n\n"
            "Kontakt: Břetislav Doležal, tel. 573 120 884\n"
            "Spolek, Velké náměstí 1, 767 01 Kroměříž\n\n"
            "Děkuji, Doležal\n"
        ),
    },
    {
        "id": "ra028-html-struck-through-correction",
        "description": "HTML mail where the writer struck out a wrong production address and "
        "wrote the right one after it ('opraveno'); only the new one counts",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Opavský kulturní a zpravodajský portál s.r.o.",
            I28,
            None,
            ["192.0.2.34"],
            ["192.0.2.35"],
            "Šárka Matějková",
            "matejkova@opavaportal.example",
            "+420553714206",
        ),
        "from": "Šárka Matějková <matejkova@opavaportal.example>",
        "subject": "Žádost o XML – opravená verze",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><p>Dobrý den,</p>'
            "<p>posílám opravenou žádost – v té včerejší jsem měla chybu v produkční adrese."
            "</p><p>Žadatel: Opavský kulturní a zpravodajský portál s.r.o., IČO "
            f"{I28}</p>"
            "<p>Produkční IP: <s>192.0.2.33</s> 192.0.2.34 (opraveno)<br>"
            "Testovací IP: 192.0.2.35</p>"
            "<p>Kontakt: Šárka Matějková, 553 714 206</p>"
            "<p>Děkuji a omlouvám se za zmatek,<br>Šárka Matějková</p></div>"
        ),
    },
]
