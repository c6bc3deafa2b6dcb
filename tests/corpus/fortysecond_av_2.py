"""Forty-second held-out part ``av``, cases av015–av028: Outlook HTML with row headers, a reply
that refers to the applicant's own quoted original, abbreviations typed on a phone, a form with
boxes, an old address, a UK freelancer, attachments (PDF, DOCX, ODT), an IT contractor, a
replaced contact and a Hungarian sender. Written by hand apart from the extraction rules (see
make_fortysecond_av); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysecond_av_common import (
    APPLE,
    FEED,
    FILM,
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

I15, I16, I17, I18 = ico("2617340"), ico("0481259"), ico("2936071"), ico("4602718")
I19, I21, I22, I23 = ico("0827163"), ico("2749502"), ico("6138907"), ico("2578014")
I24, I25, I26, I28 = ico("0395621"), ico("0027612"), ico("2864139"), ico("4913570")

CASES: list[dict[str, Any]] = [
    {
        "id": "av015-outlook-row-headers",
        "description": "HTML-only Outlook mail; roles in the first cell of each row, two "
        "production addresses in one cell separated by a line break",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Jihočeská mediální, a.s.",
            I15,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.189"],
            "Zdeněk Pokorný",
            "pokorny@jcmedialni.example",
            "+420387220418",
        ),
        "from": "Pokorný Zdeněk <pokorny@jcmedialni.example>",
        "subject": "Přístup k XML výsledkům – Jihočeská mediální",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1250"></head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Jihočeská mediální, a.s., IČO '
            f"{I15}, žádá o přístup k serveru s výsledky voleb (XML).</p>"
            '<table class="MsoNormalTable" border="1" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Produkční IP</b></p></td>'
            '<td><p class="MsoNormal">192.0.2.180<br>192.0.2.181</p></td></tr>'
            '<tr><td><p class="MsoNormal"><b>Testovací IP</b></p></td>'
            '<td><p class="MsoNormal">192.0.2.189</p></td></tr>'
            '<tr><td><p class="MsoNormal"><b>Kontakt</b></p></td>'
            '<td><p class="MsoNormal">Zdeněk Pokorný, 387 220 418</p></td></tr>'
            "</table>"
            '<p class="MsoNormal">S pozdravem</p>'
            '<p class="MsoNormal">Ing. Zdeněk Pokorný<br>vedoucí IT<br>'
            "Jihočeská mediální, a.s. | Lannova 40, 370 01 České Budějovice<br>"
            "ústředna 387 220 100</p></div></body></html>"
        ),
    },
    {
        "id": "av016-reply-own-original-phone",
        "description": "Apple Mail reply to the applicant's own earlier mail: the new text adds "
        "the forgotten phone and says the addresses below stand",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Brněnský večerník s.r.o.",
            I16,
            None,
            ["198.51.100.51"],
            ["198.51.100.52"],
            "Tereza Navrátilová",
            "navratilova@bvecernik.example",
            "+420604990231",
        ),
        "from": "Tereza Navrátilová <navratilova@bvecernik.example>",
        "subject": "Re: Žádost o XML – Brněnský večerník",
        "headers": APPLE,
        "body": (
            "Dobrý den, ještě jednou,\n\n"
            "v původním mailu (níže) jsem zapomněla na telefon – je to 604 990 231. "
            "Adresy i ostatní údaje platí, jak jsem je psala.\n\n"
            "Tereza\n\n"
            "> 16. 9. 2025 v 8:41, Tereza Navrátilová <navratilova@bvecernik.example>:\n"
            ">\n"
            "> Dobrý den,\n"
            f"> Brněnský večerník s.r.o. (IČO {I16}) žádá o přístup k výsledkům voleb v XML.\n"
            "> produkční: 198.51.100.51\n"
            "> testovací: 198.51.100.52\n"
            "> Kontaktní osoba: Tereza Navrátilová\n"
            ">\n"
            "> Díky, T. Navrátilová\n"
        ),
    },
    {
        "id": "av017-samsung-abbreviations",
        "description": "phone-typed note with 'prod' and 'tst' abbreviations and an IČO written "
        "with spaces",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Radio Haná s.r.o.",
            I17,
            None,
            ["203.0.113.105", "203.0.113.106"],
            ["203.0.113.107"],
            "Petr Vlach",
            "vlach@radiohana.example",
            "+420731882640",
        ),
        "from": "Petr Vlach <vlach@radiohana.example>",
        "subject": "XML volby",
        "headers": SAMSUNG,
        "cte": "base64",
        "body": (
            "Dobry den, za Radio Haná s.r.o. (IČO "
            f"{I17[:2]} {I17[2:5]} {I17[5:]}) prosim o pristup na XML.\n"
            "prod 203.0.113.105 + 203.0.113.106\ntst 203.0.113.107\n"
            "P. Vlach 731882640\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "av018-form-checkboxes",
        "description": "plain-text form pasted into a mail with ticked and unticked boxes; "
        "filming box left empty",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Podještědský zpravodaj, spolek",
            I18,
            None,
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Hana Zemanová",
            "zemanova@podjestedsky.example",
            "+420485117302",
        ),
        "from": "Hana Zemanová <zemanova@podjestedsky.example>",
        "subject": "vyplněný formulář – volby",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den, posílám vyplněný formulář.\n\n"
            "ŽÁDOST MÉDIA – VOLBY\n"
            "Žadatel: Podještědský zpravodaj, spolek\n"
            f"IČO: {I18}\n"
            "Žádám o:\n"
            "  [x] přístup k výsledkům ve formátu XML\n"
            "  [ ] povolení k pořizování záznamu na sběrném místě\n"
            "Produkční IP adresy: 192.0.2.90\n"
            "Testovací IP adresy: 192.0.2.91\n"
            "Kontaktní osoba: Hana Zemanová\n"
            "Telefon: 485 117 302\n"
            "E-mail: zemanova@podjestedsky.example\n\n"
            "Hezký den, H. Zemanová\n"
        ),
    },
    {
        "id": "av019-old-address-dropped",
        "description": "last election's address mentioned as no longer used; the new one given "
        "afterwards",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kladenský deník online s.r.o.",
            I19,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Vojtěch Malý",
            "maly@kladenskyonline.example",
            "+420728301664",
        ),
        "from": "Vojtěch Malý <maly@kladenskyonline.example>",
        "subject": "Re-registrace na XML výsledky",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "minule (krajské volby 2024) jsme od vás brali data z 198.51.100.12, ten server už "
            "je vypnutý a nepoužíváme ho. Nově prosím povolte 198.51.100.140 jako produkci a "
            "198.51.100.141 pro test.\n\n"
            f"Kladenský deník online s.r.o., IČO {I19}\n"
            "Vojtěch Malý, 728 301 664\n"
        ),
    },
    {
        "id": "av020-uk-freelancer-film",
        "description": "British freelance photographer without a company asks only to film; "
        "UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Oliver Pritchard",
            None,
            None,
            [],
            [],
            "Oliver Pritchard",
            "oliver@pritchardphoto.example",
            "+447700900461",
        ),
        "from": "Oliver Pritchard <oliver@pritchardphoto.example>",
        "subject": "Filming permission - election night Prague",
        "headers": MAC_OUTLOOK,
        "body": (
            "Hi there,\n\n"
            "I'm a freelance photographer and videographer from Manchester, in Prague for the "
            "elections on assignment for several UK outlets (no single commissioning "
            "company, I work on my own account). Could I get permission to film at one of "
            "your collection points on the night of 4 October? Just me with a small camera.\n\n"
            "I don't need the data feed.\n\n"
            "Mobile: +44 7700 900461\n\nCheers,\nOliver Pritchard\n"
        ),
    },
    {
        "id": "av021-pdf-attachment-wrapped",
        "description": "short mail with a PDF whose narrow table wraps the address cells; the "
        "mail body names no address",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Vydavatelství Labe, s.r.o.",
            I21,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Jana Hrubá",
            "hruba@vydlabe.example",
            "+420412551803",
        ),
        "from": "Jana Hrubá <hruba@vydlabe.example>",
        "subject": "Žádost o přístup – Vydavatelství Labe",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\nv příloze zasíláme podepsanou žádost.\n\nS pozdravem\nJana Hrubá\n"
            "asistentka redakce\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_CSU.pdf",
                [
                    f"Vydavatelství Labe, s.r.o., Dlouhá 12, 405 02 Děčín, IČO {I21}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Účel", "Adresy"],
                            ["Produkční servery", "203.0.113.60, 203.0.113.61"],
                            ["Testovací server", "203.0.113.62"],
                        ],
                        "widths": [120, 70],
                    },
                    "Kontaktní osoba: Jana Hrubá, tel. +420 412 551 803, hruba@vydlabe.example",
                    "V Děčíně 17. 9. 2025\nMgr. Karel Bouček, jednatel",
                ],
            )
        ],
    },
    {
        "id": "av022-databox-university-docx",
        "description": "data message from a university; the faculty's DOCX letter with a "
        "table, the letter's address block prints the office's box",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Západočeská univerzita v Plzni",
            I22,
            "m9pw3sd",
            ["192.0.2.225"],
            ["192.0.2.226"],
            "Jakub Kříž",
            "krizj@fss.zcu.example",
            "+420377635402",
        ),
        "subject": "Žádost FSS o přístup k výsledkům voleb (XML)",
        "databox": {
            "box": "m9pw3sd",
            "sender": "Západočeská univerzita v Plzni",
            "address": "Univerzitní 2732/8, 301 00 Plzeň",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "FSS_zadost_volby.docx",
                {
                    "header": "Fakulta sociálních studií – Západočeská univerzita v Plzni",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10, ID DS: 2gfaasy",
                        "Věc: přístup k výsledkům voleb ve formátu XML",
                        "Katedra politologie Fakulty sociálních studií Západočeské univerzity "
                        f"v Plzni (IČO univerzity {I22}) žádá o přístup k XML výsledkům pro "
                        "studentský volební projekt.",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["produkční", "192.0.2.225"],
                                ["testovací", "192.0.2.226"],
                            ]
                        },
                        "Kontakt: Mgr. Jakub Kříž, Ph.D., krizj@fss.zcu.example, tel. 377 635 402",
                    ],
                    "footer": "Univerzitní 2732/8, 301 00 Plzeň",
                },
            )
        ],
    },
    {
        "id": "av023-it-contractor",
        "description": "an IT contractor applies on behalf of a weekly; the weekly's publisher "
        "is the applicant, the contractor the named technical contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Tišnovské listy s.r.o.",
            I23,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Adam Coufal",
            "adam@coufal-it.example",
            "+420737115860",
        ),
        "from": "Adam Coufal <adam@coufal-it.example>",
        "subject": "XML výsledky pro Tišnovské listy",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "spravuji web týdeníku Tišnovské listy (vydává Tišnovské listy s.r.o., IČO "
            f"{I23}; moje vlastní IČO je {I24}, ale žadatelem je vydavatel). Jménem "
            "vydavatele žádám o přístup k XML.\n\n"
            "produkce: 203.0.113.201\ntest: 203.0.113.202\n\n"
            "Technický kontakt jsem já: Adam Coufal, 737 115 860.\n"
            "Plnou moc od jednatelky mohu doložit.\n\n"
            "Adam Coufal – IT služby\n"
        ),
    },
    {
        "id": "av024-contact-replaced",
        "description": "the contact first named is replaced by a colleague later in the same mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Ostravský kurýr a.s.",
            I25,
            None,
            ["198.51.100.30"],
            ["198.51.100.31"],
            "Ondřej Veselý",
            "vesely@ostravskykuryr.example",
            "+420596118427",
        ),
        "from": "Jana Malá <mala@ostravskykuryr.example>",
        "subject": "Žádost o přístup k volebním výsledkům",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Ostravský kurýr a.s., IČO {I25}, žádá o přístup k výsledkům voleb v XML.\n"
            "Produkční IP: 198.51.100.30\nTestovací IP: 198.51.100.31\n"
            "Kontaktní osoba: Jana Malá, 596 118 400\n\n"
            "P.S. Omlouvám se, od října jsem na dovolené – kontaktní osobou prosím uveďte "
            "kolegu Ondřeje Veselého, vesely@ostravskykuryr.example, 596 118 427.\n\n"
            "Jana Malá\nsekretariát redakce\n"
        ),
    },
    {
        "id": "av025-roundcube-latin2-town",
        "description": "ISO-8859-2 Roundcube mail from a town; IČO grouped with spaces after "
        "'IČ:'; filming and feed, signature with two people",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Město Velké Losiny",
            I26,
            None,
            ["192.0.2.150"],
            [],
            "Lenka Šebestová",
            "sebestova@velkelosiny.example",
            "+420583248019",
        ),
        "from": "Lenka Šebestová <sebestova@velkelosiny.example>",
        "subject": "Volby – Losinský zpravodaj",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "Město Velké Losiny vydává Losinský zpravodaj a rádo by výsledky voleb ukazovalo "
            "na webu. Prosíme o přístup k XML z adresy 192.0.2.150 (testovací nemáme). "
            "Zároveň prosíme o povolení natáčet krátkou reportáž na sběrném místě v Šumperku "
            "pro městskou televizi.\n\n"
            "S pozdravem\n"
            "Lenka Šebestová, referentka, tel. 583 248 019\n"
            "Mgr. Pavel Hrubý, starosta, tel. 583 248 001\n"
            f"Město Velké Losiny, IČ: {I26[:3]} {I26[3:5]} {I26[5:]}\n"
        ),
    },
    {
        "id": "av026-seznam-html-yes-no",
        "description": "HTML-only webmail with a yes/no table of request types; filming 'ne'",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Týdeník Zlínsko s.r.o.",
            None,
            None,
            ["203.0.113.12", "203.0.113.13"],
            [],
            "Karel Pospíšil",
            "pospisil@zlinsko.example",
            "+420603512907",
        ),
        "from": "Karel Pospíšil <pospisil@zlinsko.example>",
        "subject": "Žádost Týdeník Zlínsko",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den,</div><div>posílám žádost Týdeníku Zlínsko s.r.o.:</div>"
            '<table border="1"><tr><td><b>Žádost</b></td><td><b>ano/ne</b></td></tr>'
            "<tr><td>přístup k výsledkům (XML)</td><td>ano</td></tr>"
            "<tr><td>natáčení na sběrném místě</td><td>ne</td></tr></table>"
            "<div>IP (obě produkční, test zatím nemáme): 203.0.113.12, 203.0.113.13</div>"
            "<div>IČO doplním, účetní je na dovolené.</div>"
            "<div>Karel Pospíšil, 603 512 907</div>"
        ),
    },
    {
        "id": "av027-hungarian-english",
        "description": "Hungarian outlet writing English; the contact's name written "
        "surname first in Hungarian order, Hungarian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Felvidéki Hírek Kft.",
            None,
            None,
            ["198.51.100.220"],
            ["2001:db8:7c::20"],
            "Szabó Dóra",
            "szabo.dora@felvidekihirek.example",
            "+36301245876",
        ),
        "from": "Szabó Dóra <szabo.dora@felvidekihirek.example>",
        "subject": "Request: XML access for Felvidéki Hírek",
        "headers": APPLE,
        "body": (
            "Dear Colleagues,\n\n"
            "Felvidéki Hírek Kft. (Budapest) asks for access to the election results XML.\n"
            "- production: 198.51.100.220\n"
            "- test (IPv6 only): 2001:0db8:007c:0000:0000:0000:0000:0020\n\n"
            "Contact person: Szabó Dóra, +36 30 124 5876\n\n"
            "Thank you,\nSzabó Dóra\n"
        ),
    },
    {
        "id": "av028-databox-odt-office-ico",
        "description": "data message with an ODT letter that cites the office's IČO and box; "
        "the annotation names the request",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Český rozhlasový spolek Vltava, z. s.",
            I28,
            "c5jr8xu",
            ["203.0.113.130"],
            ["203.0.113.131"],
            "Radek Vondra",
            "vondra@crsvltava.example",
            "+420224811590",
        ),
        "subject": "Žádost o přístup k XML a povolení natáčení – volby 2025",
        "databox": {
            "box": "c5jr8xu",
            "sender": "Český rozhlasový spolek Vltava, z. s.",
            "address": "Vinohradská 48, 120 00 Praha 2",
        },
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Adresát: Český statistický úřad, IČO 00025593, ID DS 2gfaasy",
                    "Český rozhlasový spolek Vltava, z. s., IČO "
                    f"{I28}, žádá o přístup k výsledkům voleb ve formátu XML a o povolení "
                    "pořizovat zvukový a obrazový záznam na sběrném místě v Praze.",
                    [
                        ["Typ", "IP"],
                        ["produkční", "203.0.113.130"],
                        ["testovací", "203.0.113.131"],
                    ],
                    "Kontaktní osoba: Radek Vondra, vondra@crsvltava.example, +420 224 811 590",
                ],
            )
        ],
    },
]
