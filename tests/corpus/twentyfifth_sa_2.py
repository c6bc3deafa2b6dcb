"""Twenty-fifth held-out part ``sa``, cases sa015–sa028: a windows-1250 Outlook letter with a
named colleague as contact, a German broadcaster on IPv6 asking also to film, a reply that
withdraws filming and refers to its quoted original, a flowed mail whose roles wrap across a
soft break, an XLSX with a merged role cell, a data message whose PDF letter names the office's
IČO, a Roundcube HTML signature with a box ID, an Italian branch with prod./test., an IT
contractor applying for a publisher, a follow-up correction over the quoted original, a
university faculty, a filming-only freelancer, a data message with an ODT and a forwarded press
release. Written by hand apart from the extraction rules (see make_twentyfifth_sa); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfifth_sa_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

J15, J17, J18, J19 = ico("2614083"), ico("2736410"), ico("2851297"), ico("0481532")
J20, J21, J22, J23 = ico("0026218"), ico("2290145"), ico("0734861"), ico("4523017")
J23B, J24, J25, J27 = ico("0894312"), ico("2771856"), ico("0061234"), ico("2619470")
J28 = ico("2813509")

CASES: list[dict[str, Any]] = [
    {
        "id": "sa015-outlook-1250-letter-colleague",
        "description": "formal windows-1250 Outlook letter signed by the director; a colleague "
        "is named the contact with her own line and mail, IČ written in groups",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Jihočeská tisková kancelář, spol. s r. o.",
            J15,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.158"],
            "Renata Jirásková",
            "jiraskova@jtk-cb.example",
            "+420386110427",
        ),
        "from": '"Ing. Miroslav Beran, MBA" <beran@jtk-cb.example>',
        "subject": "Žádost o zřízení přístupu k výsledkům voleb do PS PČR 2025",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Vážení,\n\n"
            "Jihočeská tisková kancelář, spol. s r. o., se sídlem Lannova 48, 370 01 České "
            f"Budějovice, IČ: {J15[:2]} {J15[2:5]} {J15[5:]}, si tímto dovoluje požádat o "
            "zřízení přístupu k serveru s průběžnými výsledky voleb ve formátu XML.\n\n"
            "Přístup požadujeme z těchto adres:\n"
            "  1) produkční – 198.51.100.150 a 198.51.100.151\n"
            "  2) testovací – 198.51.100.158\n\n"
            "Kontaktní osobou ve věci této žádosti je paní Renata Jirásková, vedoucí "
            "datové redakce, tel. 386 110 427, e-mail jiraskova@jtk-cb.example.\n\n"
            "Děkujeme za vyřízení.\n\n"
            "S úctou\n\n"
            "Ing. Miroslav Beran, MBA\nředitel\n"
            "Jihočeská tisková kancelář, spol. s r. o.\n"
            "tel. 386 110 400 | www.jtk-cb.example\n"
        ),
    },
    {
        "id": "sa016-german-ipv6-and-crew",
        "description": "German broadcaster writing English: IPv6 production hosts, an IPv4 test "
        "host, a film crew named, the contact's direct line before the switchboard, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Rheinwelle Medien GmbH",
            None,
            None,
            ["2001:db8:4a1::10", "2001:db8:4a1::11"],
            ["198.51.100.160"],
            "Sabine Krüger",
            "s.krueger@rheinwelle.example",
            "+4922155823104",
        ),
        "from": '"Dr. Sabine Krüger" <s.krueger@rheinwelle.example>',
        "subject": "Czech elections 2025 - XML results access and filming permission",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Dear colleagues,\n\n"
            "Rheinwelle Medien GmbH (Cologne, Germany) will report on the Czech parliamentary "
            "elections and would like to ask for two things:\n\n"
            "- access to the XML results feed from our production hosts 2001:db8:4a1::10 "
            "and 2001:db8:4a1:0:0:0:0:11 (IPv6 only); our test host is 198.51.100.160;\n"
            "- permission for our TV crew (reporter Lena Hoffmann, camera Tobias Kern) to "
            "film at the counting centre in Prague on the evening of 4 October.\n\n"
            "Please direct all correspondence to me.\n\n"
            "Kind regards / Mit freundlichen Grüßen\n"
            "Dr. Sabine Krüger\nHead of Foreign Desk\n"
            "Rheinwelle Medien GmbH | Amtsgericht Köln HRB 88412\n"
            "Direct: +49 221 5582 3104 | Switchboard: +49 221 5582 0\n"
        ),
    },
    {
        "id": "sa017-reply-withdraws-filming",
        "description": "applicant replies to her own mail: filming is cancelled, only the feed "
        "remains, addresses and contact 'unchanged' in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Ústecký večerník a.s.",
            J17,
            None,
            ["203.0.113.120"],
            ["203.0.113.121"],
            "Hana Zelenková",
            "zelenkova@usteckyvecernik.example",
            "+420606330871",
        ),
        "from": "Hana Zelenková <zelenkova@usteckyvecernik.example>",
        "subject": "Re: Žádost o přístup k XML a natáčení",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "ještě upřesnění k mé žádosti níže: natáčení nakonec rušíme (štáb nebude k "
            "dispozici), žádáme tedy už jen o přístup k XML výsledkům. Adresy i kontakt "
            "zůstávají beze změny.\n\n"
            "Děkuji, Hana Zelenková\n\n"
            "Dne 15.09.2025 10:02, Hana Zelenková napsal:\n"
            "> Dobrý den,\n"
            ">\n"
            f"> Ústecký večerník a.s., IČO {J17}, žádá o:\n"
            "> 1) přístup k výsledkům voleb ve formátu XML,\n"
            "> 2) povolení natáčet na pracovišti ČSÚ v Ústí nad Labem.\n"
            ">\n"
            "> produkční IP: 203.0.113.120\n"
            "> testovací IP: 203.0.113.121\n"
            "> kontakt: Hana Zelenková, 606 330 871\n"
            ">\n"
            "> S pozdravem\n"
            "> Hana Zelenková, editorka webu\n"
        ),
    },
    {
        "id": "sa018-flowed-first-second-wrapped",
        "description": "format=flowed Apple Mail; 'the first is production, the second test' "
        "wraps across a soft line break before the two addresses",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Východočeská mediální, a.s.",
            J18,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Alžběta Krejčí",
            "krejci@vcmedialni.example",
            "+420466870215",
        ),
        "from": "Alžběta Krejčí <krejci@vcmedialni.example>",
        "subject": "Výsledky voleb – žádost o přístup",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "Východočeská mediální, a.s., IČO "
            f"{J18}, prosí o přístup k XML s výsledky voleb. Budeme se připojovat ze dvou \n"
            "adres, první je produkční a druhá testovací: 198.51.100.140, \n"
            "198.51.100.141.\n\n"
            "Kontaktní osoba jsem já, tel. 466 870 215.\n\n"
            "Děkuji\nAlžběta Krejčí\n"
        ),
    },
    {
        "id": "sa019-xlsx-merged-role-cell",
        "description": "short mail with an XLSX: the 'Produkce' role cell is merged over two "
        "rows, the contact on a second sheet differs from the sender",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Rádio Šumava Plus s.r.o.",
            J19,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.68"],
            "Roman Vaněk",
            "vanek@radiosumava.example",
            "+420739212604",
        ),
        "from": "Lenka Bártová <bartova@radiosumava.example>",
        "subject": "Žádost o přístup k XML – Rádio Šumava Plus",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Šumava Plus s.r.o., IČO {J19}, žádá o přístup k výsledkům voleb ve "
            "formátu XML. IP adresy a kontakt na technika najdete v přiložené tabulce.\n\n"
            "S pozdravem\nLenka Bártová\nobchodní oddělení\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_adresy_volby2025.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Pozn."],
                            ["Produkce", "192.0.2.60", "hlavní"],
                            ["", "192.0.2.61", "záloha (Klatovy)"],
                            ["Test", "192.0.2.68", ""],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Kontaktní osoba", "Roman Vaněk"],
                            ["Telefon", "+420 739 212 604"],
                            ["E-mail", "vanek@radiosumava.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "sa020-databox-pdf-office-ico-in-address",
        "description": "data message from a town, the application only in a PDF whose "
        "addressee block names the office's IČO; narrow table cells wrap the addresses' labels",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Bílý Potok nad Jizerou",
            J20,
            "b6y2kqm",
            ["198.51.100.200", "198.51.100.201"],
            [],
            "Ondřej Hrubeš",
            "hrubes@bilypotok.example",
            "+420482311520",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "b6y2kqm",
            "sender": "Město Bílý Potok nad Jizerou",
            "address": "Náměstí 1, 463 62 Bílý Potok",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "MBP_zadost_CSU.pdf",
                [
                    f"Město Bílý Potok nad Jizerou, Náměstí 1, 463 62 Bílý Potok, IČO {J20}",
                    "Adresát: Český statistický úřad, Na padesátém 81, 100 82 Praha 10, "
                    "IČO 00025593",
                    "Naše č. j.: MBP-2231/2025    Vyřizuje: Bc. Ondřej Hrubeš    "
                    "Datum: 18. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Město provozuje informační portál a žádá o přístup k serveru "
                    "s výsledky voleb.",
                    {
                        "rows": [
                            ["Produkční IP adresy serverů města", "198.51.100.200, 198.51.100.201"],
                            ["Testovací IP adresy", "neuvádíme"],
                            [
                                "Kontaktní osoba",
                                "Bc. Ondřej Hrubeš, správce IT, tel. 482 311 520, "
                                "hrubes@bilypotok.example",
                            ],
                        ],
                        "widths": [90, 150],
                    },
                    "Mgr. Jitka Pelcová, starostka",
                ],
            )
        ],
    },
    {
        "id": "sa021-roundcube-html-signature-box",
        "description": "Roundcube HTML mail with plain twin; 'TST' abbreviation, and the "
        "institute's data-box ID only in the signature block",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Jizerské noviny, z.ú.",
            J21,
            "q7w4mzt",
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Daniela Horká",
            "horka@jizerskenoviny.example",
            "+420605773218",
        ),
        "from": "Daniela Horká <horka@jizerskenoviny.example>",
        "subject": "přístup k volebním datům",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nprosíme o přístup k výsledkům voleb (XML).\n\n"
            "PROD 203.0.113.140\nTST 203.0.113.141\n\n"
            "Díky, Daniela Horká\n--\n"
            "Jizerské noviny, z.ú.\n"
            f"IČO: {J21} | ID DS: q7w4mzt\n"
            "mob. +420 605 773 218\n"
        ),
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">'
            "<p>Dobrý den,</p><p>prosíme o přístup k výsledkům voleb (XML).</p>"
            "<p>PROD 203.0.113.140<br>TST 203.0.113.141</p><p>Díky, Daniela Horká</p>"
            '<div id="signature">-- <br><strong>Jizerské noviny, z.ú.</strong><br>'
            f"IČO: {J21} | ID DS: q7w4mzt<br>mob. +420 605 773 218</div>"
            "</body></html>"
        ),
    },
    {
        "id": "sa022-italian-branch-prod-test",
        "description": "Italian agency's Czech branch writing English with 'prod.' and 'test.' "
        "on one line, the contact's Italian mobile, the branch's IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agenzia Notizie Adriatica S.p.A., organizační složka",
            J22,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.79"],
            "Marco Bellini",
            "m.bellini@ana-news.example",
            "+393356128841",
        ),
        "from": "Marco Bellini <m.bellini@ana-news.example>",
        "subject": "Access to election results (XML) - ANA Prague office",
        "headers": GMAIL,
        "body": (
            "Good morning,\n\n"
            "I am the IT coordinator of the Prague office of our news agency. We kindly "
            "request access to the XML election results.\n\n"
            "Applicant: Agenzia Notizie Adriatica S.p.A., organizační složka\n"
            f"IČO: {J22}\n"
            "IPs: prod. 192.0.2.70, 192.0.2.71 / test. 192.0.2.79\n"
            "Contact: Marco Bellini, +39 335 612 8841, m.bellini@ana-news.example\n\n"
            "Thanks a lot and have a nice day,\nMarco\n\n"
            "--\nMarco Bellini | ANA – Agenzia Notizie Adriatica | Ufficio di Praga\n"
            "Vodičkova 36, 110 00 Praha 1\n"
        ),
    },
    {
        "id": "sa023-it-contractor-for-publisher",
        "description": "an IT contractor applies for its client publisher; both firms give an "
        "IČO, the contact is the contractor's man with the contractor's address",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Hradecké noviny a.s.",
            J23,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.155"],
            "Vojtěch Pešek",
            "pesek@dataloop.example",
            "+420731884260",
        ),
        "from": "Vojtěch Pešek <pesek@dataloop.example>",
        "subject": "Hradecké noviny – žádost o přístup k XML výsledkům",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel IT pro vydavatelství Hradecké noviny a.s. (IČO "
            f"{J23}) a jejich jménem a s jejich souhlasem žádáme o přístup k výsledkům voleb "
            "ve formátu XML. Plnou moc můžeme doložit.\n\n"
            "Produkční servery (hostované u nás): 203.0.113.150, 203.0.113.151\n"
            "Testovací server: 203.0.113.155\n\n"
            "Kontaktní osoba pro technické záležitosti: Vojtěch Pešek (DataLoop), "
            "pesek@dataloop.example, 731 884 260.\n\n"
            "S pozdravem\n"
            "Vojtěch Pešek\nDataLoop s.r.o.\n"
            f"IČO {J23B}, Gočárova třída 512, 500 02 Hradec Králové\n"
        ),
    },
    {
        "id": "sa024-zimbra-follow-up-test-fixed",
        "description": "follow-up an hour later that corrects the test address (.56, not .65) "
        "and says the rest stands; the original is quoted below",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kroměřížský zpravodaj, s.r.o.",
            J24,
            None,
            ["198.51.100.50"],
            ["198.51.100.56"],
            "Adam Šťastný",
            "stastny@kmzpravodaj.example",
            "+420573331906",
        ),
        "from": "Adam Šťastný <stastny@kmzpravodaj.example>",
        "subject": "OPRAVA: Žádost o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "v dopoledním e-mailu jsem se překlepl: testovací adresa má být 198.51.100.56, "
            "ne 198.51.100.65. Zbytek platí.\n\n"
            "Omlouvám se, A. Šťastný\n\n"
            "----- Původní zpráva -----\n"
            'Od: "Adam Šťastný" <stastny@kmzpravodaj.example>\n'
            'Komu: "podatelna" <podatelna@czso.cz>\n'
            "Odesláno: Středa, 17. září 2025 9:41:12\n"
            "Předmět: Žádost o přístup k výsledkům voleb\n\n"
            f"Dobrý den, Kroměřížský zpravodaj, s.r.o. (IČO {J24}) žádá o přístup k XML "
            "výsledkům voleb.\n"
            "Produkční IP: 198.51.100.50\nTestovací IP: 198.51.100.65\n"
            "Kontakt: Adam Šťastný, tel. 573 331 906\n"
        ),
    },
    {
        "id": "sa025-university-faculty-latin2",
        "description": "iso-8859-2 mail from a faculty's media department; the applicant is the "
        "university, the contact a docent with degrees before and after the name",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Západomoravská univerzita v Třebíči",
            J25,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Karel Hromádko",
            "hromadko@zmu.example",
            "+420568440312",
        ),
        "from": '"doc. Mgr. Karel Hromádko, Ph.D." <hromadko@zmu.example>',
        "subject": "Studentská volební redakce - žádost o přístup k XML",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "Katedra mediálních studií Filozofické fakulty Západomoravské univerzity v "
            "Třebíči připravuje se studenty volební studio. Za Západomoravskou univerzitu "
            f"v Třebíči (IČO {J25}) žádám o přístup k výsledkům voleb ve formátu XML:\n\n"
            "produkční adresa: 192.0.2.120\n"
            "testovací adresa: 192.0.2.121\n\n"
            "Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n"
            "doc. Mgr. Karel Hromádko, Ph.D.\n"
            "vedoucí Katedry mediálních studií FF ZMU\n"
            "tel. +420 568 440 312, kancelář 2.14\n"
        ),
    },
    {
        "id": "sa026-k9-documentarist-film-only",
        "description": "phone-typed note from a documentary maker without a company or IČO, "
        "filming only, the feed expressly not wanted, phone with 00420",
        "style": Style.MOBILE,
        "labels": L(
            [FILM],
            "Tereza Mlynářová",
            None,
            None,
            [],
            [],
            "Tereza Mlynářová",
            "tereza.mlynarova@filmpost.example",
            "+420702551830",
        ),
        "from": "Tereza Mlynářová <tereza.mlynarova@filmpost.example>",
        "subject": "natáčení volby",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Dobry den, jsem dokumentaristka na volne noze (IČO zatim nemam) a "
            "tocim film o volebni noci. Mohla bych natacet na vasem pracovisti v Praze "
            "behem scitani? Jen ja s malou kamerou, bez svetel.\n"
            "Pristup k XML nepotrebuji.\n"
            "Tereza Mlynářová, 00420 702 551 830\n\n"
            "-- \nOdesláno z mého zařízení Android pomocí K-9 Mail.\n"
        ),
    },
    {
        "id": "sa027-databox-odt-prod-tst",
        "description": "data message whose annotation only points to the attached ODT; the ODT "
        "uses PROD/TST abbreviations and names the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Dyje s.r.o.",
            J27,
            "d9p3xre",
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.179"],
            "Šimon Kratochvíl",
            "kratochvil@radiodyje.example",
            "+420515220187",
        ),
        "subject": "Žádost o zřízení přístupu – výsledky voleb (viz příloha)",
        "databox": {
            "box": "d9p3xre",
            "sender": "Rádio Dyje s.r.o.",
            "address": "Horní náměstí 8, 669 02 Znojmo",
        },
        "attachments": [
            (
                "odt",
                "zadost_volby.odt",
                [
                    f"Rádio Dyje s.r.o., Horní náměstí 8, 669 02 Znojmo, IČO {J27}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["Role", "IP"],
                        ["PROD", "203.0.113.170"],
                        ["PROD", "203.0.113.171"],
                        ["TST", "203.0.113.179"],
                    ],
                    "Kontakt: Šimon Kratochvíl, technik, 515 220 187, kratochvil@radiodyje.example",
                    "Ve Znojmě 16. 9. 2025, Ing. Hana Pospíšilová, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "sa028-forwarded-press-release",
        "description": "applicant forwards the office's press release (with the office's press "
        "contact, phone and box) and writes the application above it",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Rakovnický posel, s.r.o.",
            J28,
            None,
            ["192.0.2.180"],
            [],
            "Martin Kohout",
            "kohout@rakovnickyposel.example",
            "+420313512706",
        ),
        "from": "Martin Kohout <kohout@rakovnickyposel.example>",
        "subject": "Fwd: TZ: Výsledky voleb pro média ve formátu XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na Vaši tiskovou zprávu (přeposílám níže). Rakovnický posel, s.r.o., "
            f"IČO {J28}, by rád výsledky odebíral. Připojovat se budeme z jediné adresy "
            "192.0.2.180, testovací nemáme. Kontakt: Martin Kohout, 313 512 706.\n\n"
            "Díky\nMartin Kohout\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Český statistický úřad <info@czso.cz>\n"
            "Date: po 8. 9. 2025 v 10:00\n"
            "Subject: TZ: Výsledky voleb pro média ve formátu XML\n"
            "To: <kohout@rakovnickyposel.example>\n\n"
            "Český statistický úřad zpřístupní médiím průběžné výsledky voleb do Poslanecké "
            "sněmovny ve formátu XML. Žádosti (název a IČO žadatele, nejvýše 5 produkčních "
            "a 5 testovacích IP adres, kontaktní osoba) zasílejte do 19. 9. 2025 na "
            "podatelna@czso.cz nebo do datové schránky 2gfaasy.\n\n"
            "Kontakt pro média: Mgr. Jana Vlková, tisková mluvčí, tel. 274 052 017, "
            "jana.vlkova@czso.cz\n"
            "Český statistický úřad, IČO 00025593, Na padesátém 81, 100 82 Praha 10\n"
        ),
    },
]
