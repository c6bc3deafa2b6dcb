"""Forty-sixth held-out part ``bl``, cases bl015–bl028: a data message from a natural person in
business with a DOCX and an IPv6 production address, an iso-8859-2 mail whose contact is
replaced in an EDIT line, an HTML-only Apple Mail list, an Outlook reply split over the
office's quoted request, a Polish newspaper writing English, an S/MIME-signed university
request, a written range, an OWA multipart/alternative mail in base64 with a direct line, a
data message with a workbook, an SMS-style note correcting its test address, a Hungarian
writing English, a forward of a forward, an HTML-only crew table for filming only and a French
publisher writing English.
Written by hand apart from the extraction rules (see make_fortysixth_bl); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysixth_bl_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAILSPRING,
    OUTLOOK,
    OUTLOOK_IOS,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18 = ico("7410362"), ico("2853307"), ico("0619584"), ico("2569141")
I20, I21, I22, I23 = ico("0021675"), ico("2877053"), ico("2648820"), ico("0574306")
I24, I26, I27 = ico("0883219"), ico("2719645"), ico("0792458")

_OWA_TEXT = (
    "Dobrý den,\n\n"
    f"společnost Media Group Centrum a.s. (IČO {I22}) žádá o zřízení přístupu k serveru "
    "s průběžnými výsledky voleb.\n\n"
    "Produkční IP adresy: 192.0.2.21, 192.0.2.22, 192.0.2.23\n"
    "Testovací IP adresy: 192.0.2.41, 192.0.2.42\n\n"
    "Kontaktní osobou jsem já.\n\n"
    "S pozdravem\n\n"
    "Ivana Nováková\n"
    "vedoucí vývoje zpravodajských aplikací\n"
    "Media Group Centrum a.s. | Vinohradská 190, Praha 3\n"
    "tel.: +420 225 300 100 (ústředna) | přímá linka +420 225 300 147\n"
)

_OWA_HTML = (
    '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
    "<p>Dobrý den,</p>"
    f"<p>společnost Media Group Centrum a.s. (IČO {I22}) žádá o zřízení přístupu k serveru "
    "s průběžnými výsledky voleb.</p>"
    "<p>Produkční IP adresy: 192.0.2.21, 192.0.2.22, 192.0.2.23<br>"
    "Testovací IP adresy: 192.0.2.41, 192.0.2.42</p>"
    "<p>Kontaktní osobou jsem já.</p>"
    "<p>S pozdravem</p>"
    "<p><b>Ivana Nováková</b><br>vedoucí vývoje zpravodajských aplikací<br>"
    "Media Group Centrum a.s. | Vinohradská 190, Praha 3<br>"
    "tel.: +420 225 300 100 (ústředna) | přímá linka +420 225 300 147</p>"
    "</div></body></html>"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "bl015-databox-docx-osvc-ipv6",
        "description": "data message from a natural person in business (box type 40): the "
        "DOCX names her as 'OSVČ (name – trade name, IČO …)', an IPv6 production address and "
        "an IPv4 test one",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vladimíra Šťastná – Jihočeský infoservis",
            I15,
            "p3wx8ne",
            ["2001:db8:c0:1::10"],
            ["192.0.2.50"],
            "Vladimíra Šťastná",
            "stastna@jcinfoservis.example",
            "+420776430218",
        ),
        "databox": box(
            "p3wx8ne", "Vladimíra Šťastná", "Husova 7, 370 01 České Budějovice", kind=40
        ),
        "subject": "Žádost OSVČ – výsledky voleb XML",
        "attachments": [
            (
                "docx",
                "zadost_stastna.docx",
                {
                    "blocks": [
                        "Český statistický úřad",
                        "Žádost o přístup k průběžným výsledkům voleb",
                        "Jsem OSVČ (Vladimíra Šťastná – Jihočeský infoservis, IČO "
                        + I15
                        + ") a provozuji zpravodajský web o jižních Čechách. Žádám o přístup "
                        "k XML s výsledky voleb.",
                        {
                            "rows": [
                                ["produkční server", "2001:db8:c0:1::10"],
                                ["testovací server", "192.0.2.50"],
                                ["kontakt", "stastna@jcinfoservis.example, 776 430 218"],
                            ]
                        },
                        "Vladimíra Šťastná",
                    ]
                },
            )
        ],
    },
    {
        "id": "bl016-iso88592-edit-contact",
        "description": "iso-8859-2 Evolution mail: a contact line names a colleague, then an "
        "'EDIT:' line says she is on leave and replaces her with the sender",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Vysočina online s.r.o.",
            I16,
            None,
            ["198.18.12.5", "198.18.12.6"],
            ["198.18.12.9"],
            "Roman Fiala",
            "fiala@vysocinaonline.example",
            "+420605447391",
        ),
        "from": "Roman Fiala <fiala@vysocinaonline.example>",
        "subject": "Žádost o přístup - volby",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": "Dobrý den,\n\n"
        f"Vysočina online s.r.o., IČO {I16}, žádá o přístup k výsledkům voleb (XML).\n\n"
        "produkční: 198.18.12.5, 198.18.12.6\n"
        "testovací: 198.18.12.9\n"
        "Kontakt: Michaela Hrubá, hruba@vysocinaonline.example, 733 901 226\n\n"
        "EDIT: Michaela je od 15. 9. na mateřské, takže kontakt prosím na mě - Roman Fiala, "
        "fiala@vysocinaonline.example, 605 447 391.\n\n"
        "Díky\nRoman Fiala\n",
    },
    {
        "id": "bl017-apple-html-only-ipv6-base64",
        "description": "HTML-only Apple Mail in base64: a bulleted list whose first bullet "
        "carries IPv6 production and an IPv4 test address, the second asks to film; a z.s. "
        "applicant",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Písecká televize, z.s.",
            I17,
            None,
            ["2001:db8:5e::1", "2001:db8:5e::2"],
            ["192.0.2.77"],
            "Jan Vaněk",
            "vanek@pisecketelevize.example",
            "+420608120497",
        ),
        "from": "Jan Vaněk <vanek@pisecketelevize.example>",
        "subject": "Volby – žádost Písecké televize",
        "headers": APPLE,
        "cte": "base64",
        "html": '<html><head><meta http-equiv="content-type" content="text/html; '
        'charset=utf-8"></head><body style="overflow-wrap: break-word;">'
        "<div>Dobrý den,</div><div><br></div>"
        f"<div>Písecká televize, z.s., IČO {I17}, by ráda požádala o:</div>"
        "<ul><li>přístup k XML s výsledky voleb – produkční 2001:db8:5e::1 a "
        "2001:db8:5e::2, testovací 192.0.2.77,</li>"
        "<li>povolení natáčet ve volební noc na pracovišti ČSÚ v Písku.</li></ul>"
        "<div>Kontakt: Jan Vaněk, +420 608 120 497.</div><div><br></div>"
        "<div>Děkujeme</div><div>Jan Vaněk<br>Písecká televize</div></body></html>",
    },
    {
        "id": "bl018-outlook-reply-split-office-request",
        "description": "Outlook reply (Od:/Odesláno: quoting, no '>'): the answer adds the IČO "
        "and a colleague as contact with switchboard and mobile; name and addresses are in "
        "the quoted original under the office's request with its IČO, box and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Ostravský obzor, a.s.",
            I18,
            None,
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.9"],
            "Tomáš Richter",
            "richter@ostravskyobzor.example",
            "+420739883017",
        ),
        "from": "Hana Procházková <prochazkova@ostravskyobzor.example>",
        "to": "Volby ČSÚ <volby@czso.cz>",
        "subject": "RE: Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        f"posílám chybějící údaje: IČO naší společnosti je {I18} a kontaktní osobou bude "
        "kolega Tomáš Richter, richter@ostravskyobzor.example, ústředna 596 118 440, mobil "
        "739 883 017. Adresy zůstávají, jak jsem je psala v původní zprávě níže.\n\n"
        "Hana Procházková\n\n"
        "Od: Volby ČSÚ <volby@czso.cz>\n"
        "Odesláno: úterý 9. září 2025 11:02\n"
        "Komu: Hana Procházková <prochazkova@ostravskyobzor.example>\n"
        "Předmět: RE: Žádost o přístup k výsledkům voleb\n\n"
        "Dobrý den, doplňte prosím IČO a kontaktní osobu (jméno, e-mail, telefon).\n"
        "Český statistický úřad | IČO 00025593 | DS 2gfaasy | +420 274 052 733\n\n"
        "Od: Hana Procházková <prochazkova@ostravskyobzor.example>\n"
        "Odesláno: pondělí 8. září 2025 15:27\n"
        "Komu: volby@czso.cz\n"
        "Předmět: Žádost o přístup k výsledkům voleb\n\n"
        "Dobrý den,\n"
        "Ostravský obzor, a.s. žádá o přístup k výsledkům voleb.\n"
        "Produkční IP: 203.0.113.5, 203.0.113.6\n"
        "Testovací: 203.0.113.9\n"
        "S pozdravem Hana Procházková\n",
    },
    {
        "id": "bl019-polish-english-both",
        "description": "Polish newspaper writing English: (a)/(b) requests, the contact's "
        "mobile in Polish national format with Poland only in the firm's introduction",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Gazeta Podgórze Sp. z o.o.",
            None,
            None,
            ["198.51.100.201", "198.51.100.202"],
            ["198.51.100.209"],
            "Agnieszka Wróbel",
            "a.wrobel@gazetapodgorze.example",
            "+48601228457",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@gazetapodgorze.example>",
        "subject": "Czech elections - results access and photo permission",
        "headers": GMAIL,
        "body": "Hello,\n\n"
        "we are Gazeta Podgórze Sp. z o.o., a local newspaper from Kraków, Poland, and we "
        "will cover the Czech elections for our readers near the border. We would like to "
        "ask for:\n"
        "(a) access to the XML results service,\n"
        "(b) permission to take photos at your collection point in Ostrava.\n\n"
        "Production IPs: 198.51.100.201, 198.51.100.202\n"
        "Test IP: 198.51.100.209\n\n"
        "Contact: Agnieszka Wróbel, mobile 601 228 457\n\n"
        "Best regards / Pozdrawiam\n"
        "Agnieszka Wróbel\n",
    },
    {
        "id": "bl020-smime-university-student-tv",
        "description": "S/MIME-signed mail from a faculty (quoted comma display name with "
        "degrees): the university applies, a doctoral student is named as contact, the "
        "signer and a student crew are named too",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Univerzita Střední Moravy",
            I20,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "Ondřej Vitásek",
            "vitasek@fsv.univerzitamorava.example",
            "+420724019552",
        ),
        "from": '"doc. Mgr. Pavel Kučera, Ph.D." <pavel.kucera@fsv.univerzitamorava.example>',
        "subject": "Studentská televize – výsledky voleb a natáčení",
        "headers": TBIRD,
        "smime": True,
        "body": "Dobrý den,\n\n"
        "jménem Univerzity Střední Moravy (Fakulta sociálních věd, IČO univerzity "
        f"{I20}) žádám pro naši studentskou televizi o přístup k XML s průběžnými výsledky "
        "voleb a o povolení natáčet na krajském pracovišti ve Zlíně (štáb: studenti Eliška "
        "Pavlíková a Matěj Kroupa).\n\n"
        "Produkční IP: 192.0.2.130, 192.0.2.131\n"
        "Testovací IP: 192.0.2.139\n\n"
        "Kontaktní osobou je náš doktorand Mgr. Ondřej Vitásek, "
        "vitasek@fsv.univerzitamorava.example, tel. 724 019 552.\n\n"
        "S pozdravem\n"
        "doc. Mgr. Pavel Kučera, Ph.D.\n"
        "vedoucí Katedry mediálních studií\n"
        "Univerzita Střední Moravy, Fakulta sociálních věd\n",
    },
    {
        "id": "bl021-roundcube-written-range",
        "description": "chatty Roundcube mail: production written as a short range "
        "'.20–23 (čtyři adresy)', a test address on the next line, the phone in the signature",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kladenský zpravodaj, s.r.o.",
            I21,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["203.0.113.30"],
            "Dominik Vávra",
            "vavra@kladenskyzpravodaj.example",
            "+420721503886",
        ),
        "from": "Dominik Vávra <vavra@kladenskyzpravodaj.example>",
        "subject": "volby, XML",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "jako každý rok bychom rádi tahali výsledky z vašeho XML. Jsme Kladenský zpravodaj, "
        f"s.r.o., IČO {I21}.\n"
        "Servery v produkci: 203.0.113.20–23 (čtyři adresy, máme to za balancerem)\n"
        "Testovací: 203.0.113.30\n"
        "Kdyby bylo cokoliv potřeba, ozvěte se mi.\n\n"
        "-- \nDominik Vávra\nweb & IT, Kladenský zpravodaj\n+420 721 503 886\n",
    },
    {
        "id": "bl022-owa-alternative-base64-direct-line",
        "description": "OWA multipart/alternative in base64 with a quoted comma display name: "
        "'Kontaktní osobou jsem já', the signature gives a switchboard before the direct line",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Media Group Centrum a.s.",
            I22,
            None,
            ["192.0.2.21", "192.0.2.22", "192.0.2.23"],
            ["192.0.2.41", "192.0.2.42"],
            "Ivana Nováková",
            "ivana.novakova@mediagroupcentrum.example",
            "+420225300147",
        ),
        "from": '"Nováková, Ivana" <ivana.novakova@mediagroupcentrum.example>',
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "headers": OWA,
        "cte": "base64",
        "body": _OWA_TEXT,
        "html": _OWA_HTML,
    },
    {
        "id": "bl023-databox-xlsx-surname-first",
        "description": "data message whose annotation names only the contact; the workbook "
        "repeats 'Produkční IP' on two rows and writes the contact surname first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Beskydy s.r.o.",
            I23,
            "m9vc4ra",
            ["198.18.90.1", "198.18.90.2"],
            ["198.18.90.100"],
            "Pavla Kotasová",
            "kotasova@tvbeskydy.example",
            "+420558640211",
        ),
        "databox": box("m9vc4ra", "TV Beskydy s.r.o.", "Frýdlantská 221, 738 01 Frýdek-Místek"),
        "subject": "Žádost o přístup k XML výsledkům voleb, vyřizuje Pavla Kotasová",
        "attachments": [
            (
                "xlsx",
                "zadost_TVB.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "TV Beskydy s.r.o."],
                            ["IČO", I23],
                            ["Požadavek", "přístup k XML s výsledky voleb"],
                            ["Produkční IP", "198.18.90.1"],
                            ["Produkční IP", "198.18.90.2"],
                            ["Testovací IP", "198.18.90.100"],
                            ["Kontakt", "Kotasová Pavla"],
                            ["E-mail", "kotasova@tvbeskydy.example"],
                            ["Telefon", "558 640 211"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "bl024-k9-sms-style-test-corrected",
        "description": "SMS-style note from K-9 without diacritics or capitals: the test "
        "address is corrected on the next line ('ten test je … ne 113'), the contact's name "
        "in lower case",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zpravy z jihu s.r.o.",
            I24,
            None,
            ["198.51.100.60"],
            ["198.51.100.131"],
            "Vojtech Lang",
            "vojta.lang@zpravyzjihu.example",
            "+420608330145",
        ),
        "from": "vojta <vojta.lang@zpravyzjihu.example>",
        "subject": "xml volby",
        "headers": K9,
        "body": "cau, teda dobry den :)\n"
        f"zadame o pristup k vysledkum voleb v xml, firma zpravy z jihu s.r.o. ico {I24}\n"
        "prod ip 198.51.100.60\n"
        "test ip 198.51.100.113\n"
        "jo a pardon, ten test je 198.51.100.131 ne 113, spatne jsem to opsal\n"
        "kontakt vojtech lang 608 330 145\n"
        "dik\n\n"
        "-- \nOdeslano z K-9 Mail\n",
    },
    {
        "id": "bl025-hungarian-english-06-mobile",
        "description": "Hungarian writing English, name in Hungarian order: the mobile in "
        "national format (06 30 …) with Hungary in the signature, one production and one "
        "test server",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["203.0.113.100"],
            ["203.0.113.101"],
            "Szabó Levente",
            "szabo.levente@dunamenti.example",
            "+36304552190",
        ),
        "from": "Szabó Levente <szabo.levente@dunamenti.example>",
        "subject": "Request for election results XML access",
        "headers": MAILSPRING,
        "body": "Dear Czech Statistical Office,\n\n"
        "our online newspaper would like to publish the Czech election results live. Please "
        "grant us access to the election results XML feed.\n\n"
        "Production server IP: 203.0.113.100\n"
        "Test server IP: 203.0.113.101\n\n"
        "Contact person: Szabó Levente (me), phone 06 30 455 2190, "
        "szabo.levente@dunamenti.example\n\n"
        "Thank you in advance.\n\n"
        "Best regards,\n"
        "Szabó Levente\n"
        "Dunamenti Hírek Kft.\n"
        "Budapest, Hungary\n",
    },
    {
        "id": "bl026-seznam-forward-of-forward",
        "description": "marketing forwards a forward: the project lead's middle message asks "
        "to film and names himself as contact with the IČO in his signature, the IT "
        "support's innermost note gives the addresses",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Liberecký kurýr, s.r.o.",
            I26,
            None,
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.230"],
            "Libor Jelínek",
            "jelinek@libereckykuryr.example",
            "+420602334871",
        ),
        "from": "Kamila Horká <horka@libereckykuryr.example>",
        "subject": "Fwd: Fwd: volby",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\n"
        "posílám žádost naší redakce, viz níže.\n\n"
        "Kamila Horká\nmarketing\n\n"
        "---------- Původní e-mail ----------\n"
        "Od: Libor Jelínek <jelinek@libereckykuryr.example>\n"
        "Komu: Kamila Horká <horka@libereckykuryr.example>\n"
        "Datum: 10. 9. 2025 8:41:02\n"
        "Předmět: Fwd: volby\n\n"
        "Kami, přepošli to prosím na statistický úřad, já tam nemám kontakt. Kromě dat "
        "chceme i natáčet ve volební noc na jejich pracovišti v Liberci. Jako kontakt "
        "uveď mě, mobil 602 334 871.\n"
        "L.\n\n"
        "Libor Jelínek | vedoucí projektu Volby 2025\n"
        f"Liberecký kurýr, s.r.o. | IČO {I26}\n\n"
        "---------- Původní e-mail ----------\n"
        "Od: IT podpora <it@libereckykuryr.example>\n"
        "Komu: Libor Jelínek <jelinek@libereckykuryr.example>\n"
        "Datum: 9. 9. 2025 17:20:44\n"
        "Předmět: volby\n\n"
        "Libore, IP pro ten feed: ostrý server 198.51.100.220 a 198.51.100.221, "
        "testovací 198.51.100.230.\n"
        "Marek\n",
    },
    {
        "id": "bl027-outlook-html-crew-table-film-only",
        "description": "HTML-only Outlook mail for filming only, the data explicitly not "
        "needed: a crew table names three people with roles and phones, the producer marked "
        "as the contact in his row",
        "style": Style.HTML,
        "labels": L(
            [FILM],
            "Filmová produkce Kavka s.r.o.",
            I27,
            None,
            [],
            [],
            "Martin Kavka",
            "kavka@produkcekavka.example",
            "+420777201455",
        ),
        "from": "Martin Kavka <kavka@produkcekavka.example>",
        "subject": "Povolení natáčení – volební noc",
        "headers": OUTLOOK_IOS,
        "html": "<html><body>"
        "<p>Dobrý den,</p>"
        f"<p>Filmová produkce Kavka s.r.o. (IČO {I27}) připravuje dokument o sčítání "
        "hlasů. Žádáme o povolení natáčet ve volební noc na pracovišti ČSÚ v Praze. "
        "Přístup k datovému výstupu nepotřebujeme.</p>"
        '<table border="1" cellpadding="4">'
        "<tr><th>Jméno</th><th>Funkce</th><th>Telefon</th></tr>"
        "<tr><td>Martin Kavka</td><td>producent, kontaktní osoba</td><td>777 201 455</td></tr>"
        "<tr><td>Tereza Holá</td><td>režie</td><td>731 004 682</td></tr>"
        "<tr><td>Petr Zouhar</td><td>kamera</td><td>606 917 340</td></tr>"
        "</table>"
        "<p>Děkujeme,<br>Martin Kavka</p>"
        "<p>Get Outlook for iOS</p></body></html>",
    },
    {
        "id": "bl028-french-english-ipv6",
        "description": "French publisher writing English with French asides: IPv6 production "
        "address, IPv4 test, the mobile in French national format (06 …) with France in the "
        "signature",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Éditions du Pont-Neuf SAS",
            None,
            None,
            ["2001:db8:f00d::80"],
            ["198.51.100.99"],
            "Camille Laurent",
            "c.laurent@editionspontneuf.example",
            "+33644218730",
        ),
        "from": "Camille Laurent <c.laurent@editionspontneuf.example>",
        "subject": "Demande d'accès / access request – election results XML",
        "headers": OUTLOOK,
        "body": "Bonjour,\n\n"
        "(sorry, I continue in English) Éditions du Pont-Neuf SAS publishes a news site on "
        "Central Europe and would like access to your XML election results.\n\n"
        "Production: 2001:db8:f00d::80\n"
        "Test: 198.51.100.99\n\n"
        "You can reach me at c.laurent@editionspontneuf.example or on my mobile "
        "06 44 21 87 30.\n\n"
        "Cordialement,\n"
        "Camille Laurent\n"
        "Responsable technique\n"
        "Éditions du Pont-Neuf SAS – 12 rue Dauphine, 75006 Paris, France\n",
    },
]
