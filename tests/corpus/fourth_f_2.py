"""Fourth held-out part ``f``, cases f015–f028: forwards (inline and attached), notes,
corrections, spreadsheet/form/letter attachments and a data-box message, most naming several
people. Written by hand; labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourth_f_common import BOTH, FEED, FILM, Style
from tests.corpus.label_rules import label as labels

CASES: list[dict[str, Any]] = [
    {
        "id": "f015-attached-forward-prague-correspondent-is-contact",
        "description": "A Polish paper's Prague correspondent forwards head office's request as "
        "an attached message and says she is the contact in Prague",
        "style": Style.FORWARD,
        "labels": labels(
            FEED,
            ("Gazeta Śląska Sp. z o.o.", None, None),
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.182"],
            ("Agnieszka Wróbel", "a.wrobel@gazetaslaska.example", "+420739118204"),
        ),
        "from": "Agnieszka Wróbel <a.wrobel@gazetaslaska.example>",
        "subject": "Fw: Application - Gazeta Śląska election data",
        "cte": "base64",
        "body": """\
Good morning,

I'm forwarding the application our head office in Katowice sent me (attached). I'm the
paper's correspondent in Prague and the contact for this application, so please write to me:
a.wrobel@gazetaslaska.example, Czech mobile +420 739 118 204.

Best regards,
Agnieszka Wróbel
""",
        "attachments": [
            (
                "eml",
                "Application.eml",
                {
                    "id": "f015-inner",
                    "from": "Dział IT <it@gazetaslaska.example>",
                    "to": "a.wrobel@gazetaslaska.example",
                    "subject": "Application - Gazeta Śląska election data",
                    "body": """\
Dear Sirs,

Gazeta Śląska Sp. z o.o. (Katowice, Poland) applies for access to the dedicated server
with election results in XML.

Production IP addresses: 198.51.100.180, 198.51.100.181
Test IP address: 198.51.100.182

Marcin Zając
Head of IT, Gazeta Śląska
+48 32 555 01 90
""",
                },
            )
        ],
    },
    {
        "id": "f016-two-line-note-signature-phone",
        "description": "Two-line note with the address role in brackets; the signer is the "
        "contact, his phone only in the signature",
        "style": Style.NOTE,
        "labels": labels(
            FEED,
            ("Deník Blanický, s.r.o.", "73104523", None),
            ["192.0.2.33"],
            [],
            ("Tomáš Beneš", "benes@blanicky.example", "+420736201448"),
        ),
        "from": "Tomáš Beneš <benes@blanicky.example>",
        "subject": "volby IP",
        "body": """\
Prosíme o přístup k výsledkům voleb pro IP 192.0.2.33 (produkce). Deník Blanický, s.r.o., IČO 73104523.
T. Beneš, 736 201 448
""",
    },
    {
        "id": "f017-slovak-both-netmask-cameraman-is-contact",
        "description": "Slovak-run agency asks for both; production as an address with a "
        "netmask; the contact is also the cameraman, the managing director signs",
        "style": Style.GMAIL,
        "labels": labels(
            BOTH,
            ("SMA Media s.r.o.", "05973414", None),
            ["203.0.113.8", "203.0.113.9"],
            [],
            ("Juraj Kováč", "juraj.kovac@smamedia.example", "+420605227319"),
        ),
        "from": "Ivana Kráľová <ivana.kralova@smamedia.example>",
        "subject": "Žiadosť – volebné dáta a natáčanie v Brne",
        "body": """\
Dobrý deň,

spoločnosť SMA Media s.r.o., IČO 05973414, so sídlom v Brne, žiada:
1) o prístup k XML výsledkom volieb pre adresu 203.0.113.8 s maskou 255.255.255.254
   (dva produkčné servery, testovacie adresy nepotrebujeme),
2) o povolenie natáčať na preberacom mieste v Brne počas noci po voľbách.

Kontaktnou osobou je Juraj Kováč, ktorý bude zároveň na mieste natáčať ako kameraman:
juraj.kovac@smamedia.example, +420 605 227 319.

S pozdravom
Ivana Kráľová
konateľka SMA Media s.r.o.
+420 602 110 884
""",
    },
    {
        "id": "f018-english-university-filming-withdrawn-range",
        "description": "US university asks for the feed and filming, then withdraws the filming "
        "later in the message; production as a written range; a professor in copy",
        "style": Style.OUTLOOK,
        "labels": labels(
            FEED,
            ("Lakeshore State University", None, None),
            ["192.0.2.40", "192.0.2.41", "192.0.2.42"],
            [],
            ("Megan Li", "megan.li@lakeshore.example", "+16175550142"),
        ),
        "from": "Dr. Megan Li <megan.li@lakeshore.example>",
        "cc": "Prof. Robert Hale <r.hale@lakeshore.example>",
        "subject": "Election data access and filming - Lakeshore State University",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": """\
Dear colleagues,

Lakeshore State University's Election Lab would like to request:

(a) access to the XML results feed from our servers 192.0.2.40 - 192.0.2.42 (production;
    we have no separate test machines), and
(b) permission for our documentary team to film at a collection point in Prague.

Update before sending: our documentary crew has just cancelled the trip, so please
disregard (b) - we only need the data feed.

I'm the contact person for this request (megan.li@lakeshore.example,
+1 617 555 0142). Prof. Hale, who leads the lab, is copied.

Best,
Megan Li, PhD
Postdoctoral Researcher, Election Lab
""",
    },
    {
        "id": "f019-html-only-signature-mobile-before-switchboard",
        "description": "HTML-only mail; the signer's mobile and the switchboard both in the "
        "signature table; IPv6 test address",
        "style": Style.WEBMAIL,
        "labels": labels(
            FEED,
            ("Pražský kurýr, z.ú.", "29103843", None),
            ["203.0.113.210"],
            ["2001:db8:77::5"],
            ("Petra Horáková", "horakova@prazskykuryr.example", "+420774618203"),
        ),
        "from": "Petra Horáková <horakova@prazskykuryr.example>",
        "subject": "Žádost o připojení k volebnímu serveru",
        "html": """\
<div dir="ltr"><div>Dobrý den,</div><div><br></div>
<div>Pražský kurýr, z.ú. (IČO 291 03 843) by rád využil přístup k vyhrazenému serveru
s výsledky voleb. Ostrý provoz poběží z adresy <b>203.0.113.210</b>, testovat budeme
z IPv6 adresy <b>2001:db8:77::5</b>.</div><div><br></div>
<div>Děkuji za vyřízení.</div><div><br></div>
<table style="border-top:1px solid #999;font-size:11px">
<tr><td colspan="2"><b>Petra Horáková</b>, produkční</td></tr>
<tr><td>mobil:</td><td>+420 774 618 203</td></tr>
<tr><td>ústředna:</td><td>+420 222 901 900</td></tr>
<tr><td>e-mail:</td><td>horakova@prazskykuryr.example</td></tr>
<tr><td colspan="2">Pražský kurýr, z.ú., Vinohradská 48, Praha 2</td></tr>
</table></div>
""",
    },
    {
        "id": "f020-correction-reply-to-own-mail-test-address-changes",
        "description": "The applicant replies to her own request a day later: the test address "
        "changes, everything else stays as quoted",
        "style": Style.CORRECTION,
        "labels": labels(
            FEED,
            ("Zlínské listy s.r.o.", "06123449", None),
            ["198.51.100.96", "198.51.100.97"],
            ["198.51.100.98"],
            ("Martina Kubíčková", "kubickova@zlinskelisty.example", "+420577880141"),
        ),
        "from": "Martina Kubíčková <kubickova@zlinskelisty.example>",
        "subject": "Re: Žádost o přístup k výsledkům voleb – Zlínské listy",
        "headers": [("User-Agent", "Mozilla Thunderbird 91.13.0")],
        "body": """\
Dobrý den,

oprava k mé včerejší žádosti: testovací adresa 198.51.100.99 se mění na 198.51.100.98
(stroj .99 jsme museli vyřadit). Ostatní údaje platí beze změny.

Martina Kubíčková

Dne 07.09.2022 v 15:31 Martina Kubíčková napsal(a):
> Dobrý den,
>
> Zlínské listy s.r.o., IČO 06123449, žádají o přístup k vyhrazenému serveru s výsledky.
>
> produkční IP: 198.51.100.96, 198.51.100.97
> testovací IP: 198.51.100.99
>
> Kontaktní osoba: Martina Kubíčková, kubickova@zlinskelisty.example, 577 880 141
""",
    },
    {
        "id": "f021-xlsx-people-sheet-contact-marked",
        "description": "Short mail with an XLSX: an address sheet with a role column and a "
        "people sheet where one of three people is marked as the contact",
        "style": Style.OUTLOOK,
        "labels": labels(
            FEED,
            ("Infografika Studio s.r.o.", "28600193", None),
            ["198.18.60.10", "198.18.60.11"],
            ["198.18.61.10", "198.18.61.11"],
            ("Jakub Fiala", "fiala@infografika.example", "+420720113054"),
        ),
        "from": "Eva Malá <mala@infografika.example>",
        "subject": "Žádost o přístup - Infografika Studio",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": """\
Dobrý den,

za Infografika Studio s.r.o. (IČO 28600193) posílám v příloze tabulku s adresami a
kontakty pro přístup k serveru s výsledky voleb. Kontaktní osoba je vyznačena v listu
Kontakty.

Eva Malá
jednatelka
""",
        "attachments": [
            (
                "xlsx",
                "volby_pristup.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Typ", "IP adresa", "Poznámka"],
                            ["produkční", "198.18.60.10", "render 1"],
                            ["produkční", "198.18.60.11", "render 2"],
                            ["testovací", "198.18.61.10", ""],
                            ["testovací", "198.18.61.11", ""],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Funkce", "E-mail", "Telefon", "Kontakt pro ČSÚ"],
                            [
                                "Eva Malá",
                                "jednatelka",
                                "mala@infografika.example",
                                "720 113 000",
                                "ne",
                            ],
                            [
                                "Jakub Fiala",
                                "vedoucí vývoje",
                                "fiala@infografika.example",
                                "720 113 054",
                                "ano",
                            ],
                            [
                                "Lucie Krátká",
                                "grafička",
                                "kratka@infografika.example",
                                "720 113 071",
                                "ne",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "f022-odt-form-checkboxes-feed-ticked-filming-not",
        "description": "Association's newsletter sends a filled ODT form: feed box ticked, "
        "filming box empty; contact and signatory are different people",
        "style": Style.FORM,
        "labels": labels(
            FEED,
            ("Polenský zpravodaj, z.s.", "03631257", None),
            ["192.0.2.110"],
            ["192.0.2.111"],
            ("Irena Sobotková", "sobotkova@polenskyzpravodaj.example", "+420605338971"),
        ),
        "from": "Polenský zpravodaj <info@polenskyzpravodaj.example>",
        "subject": "Formulář - žádost volby",
        "body": """\
Dobrý den, v příloze vyplněný formulář. S pozdravem, redakce Polenského zpravodaje
""",
        "attachments": [
            (
                "odt",
                "formular_zadost.odt",
                [
                    "ŽÁDOST MÉDIA – VOLBY",
                    [
                        ["Žadatel (název, právní forma)", "Polenský zpravodaj, z.s."],
                        ["IČO", "03631257"],
                        ["Předmět žádosti", "☒ přístup k serveru s výsledky   ☐ natáčení"],
                        ["Produkční IP adresy (max. 5)", "192.0.2.110"],
                        ["Testovací IP adresy (max. 5)", "192.0.2.111"],
                        ["Kontaktní osoba", "Irena Sobotková"],
                        ["E-mail", "sobotkova@polenskyzpravodaj.example"],
                        ["Telefon", "605 338 971"],
                    ],
                    "Podpis statutárního zástupce: Miroslav Dvořák, předseda spolku",
                ],
            )
        ],
    },
    {
        "id": "f023-english-freelancer-filming-no-organisation",
        "description": "A freelance video journalist with no outlet and no company asks only to "
        "film; no organisation is given, so he applies as a natural person (LABELS.md)",
        "style": Style.CHATTY,
        "labels": labels(
            FILM,
            ("Sam O'Connell", None, None),
            [],
            [],
            ("Sam O'Connell", "sam.oconnell@mailbox.example", "+353871234567"),
        ),
        "from": "Sam O'Connell <sam.oconnell@mailbox.example>",
        "subject": "Can I film at a counting / collection point?",
        "flowed": True,
        "delsp": True,
        "cte": "qp",
        "body": """\
Hi there,

I'm an Irish freelance video journalist - no outlet behind me at the moment, I sell\x20
pieces afterwards, so I don't have a company or a Czech registration number. I'd love\x20
to film for an hour or so at one of your collection points on the election night, ideally\x20
in Prague 6, quietly from the corner, no lights.

I don't need the data server, just the permission to film.

You can reach me at this address or on +353 87 123 4567 (WhatsApp works too).

Cheers,
Sam
""",
    },
    {
        "id": "f024-double-forward-backup-server-it-contact",
        "description": "Editor forwards a forward: the IT mail quoted two levels deep lists "
        "production, backup and test servers and names the IT admin as contact",
        "style": Style.FORWARD,
        "labels": labels(
            FEED,
            ("Krkonošský týdeník, s.r.o.", "04729811", None),
            ["198.18.40.1", "198.18.40.2", "198.18.41.1"],
            ["198.18.42.1"],
            ("Vojtěch Šimek", "simek@krkonossky.example", "+420603772915"),
        ),
        "from": "Jana Pilná <pilna@krkonossky.example>",
        "subject": "Fwd: Fwd: IP adresy pro volební server",
        "body": """\
Dobrý den,
posílám žádost Krkonošský týdeník, s.r.o. (IČO 04729811) o přístup k serveru s výsledky
voleb. Technické údaje připravil náš správce, viz níže.
Jana Pilná, vydavatelka

-------- Přeposlaná zpráva --------
Předmět: Fwd: IP adresy pro volební server
Datum: Thu, 8 Sep 2022 09:14:22 +0200
Od: Filip Holub <holub@krkonossky.example>
Komu: Jana Pilná <pilna@krkonossky.example>

Jano, tady to je od Vojty, pošli to prosím dál.
F.

-------- Přeposlaná zpráva --------
Předmět: IP adresy pro volební server
Od: Vojtěch Šimek <simek@krkonossky.example>

ostré: 198.18.40.1, 198.18.40.2
záložní: 198.18.41.1
test: 198.18.42.1

Kontakt pro ČSÚ jsem já, Vojtěch Šimek, simek@krkonossky.example, 603 772 915.
""",
    },
    {
        "id": "f025-slovak-gmail-cc-contact-old-address-dropped",
        "description": "Slovak radio: the contact is the colleague in copy; an old address is "
        "said to be out of use",
        "style": Style.GMAIL,
        "labels": labels(
            FEED,
            ("Rádio Dunaj Média, s. r. o.", None, None),
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            ("Mária Kollárová", "maria.kollarova@radiodunaj.example", "+421911234567"),
        ),
        "from": "Tibor Varga <tibor.varga@radiodunaj.example>",
        "cc": "Mária Kollárová <maria.kollarova@radiodunaj.example>",
        "subject": "Prístup k výsledkom volieb – Rádio Dunaj",
        "body": """\
Dobrý deň,

žiadame o prístup k XML výsledkom volieb pre Rádio Dunaj Média, s. r. o. (Bratislava).

Produkčné: 203.0.113.150 a 203.0.113.151
Testovacia: 203.0.113.160
Adresu 203.0.113.99 z minulých volieb už nepoužívame, prosím ju nepovoľujte.

Kontaktná osoba: Mária Kollárová (v kópii), maria.kollarova@radiodunaj.example,
tel. 0911 234 567.

Ďakujem
Tibor Varga
šéfredaktor
""",
    },
    {
        "id": "f026-rtf-letter-jednatel-signs-contact-slash31-test",
        "description": "Formal RTF letter: the managing director signs, a named contact with "
        "her line; a /31 test block",
        "style": Style.LETTER,
        "labels": labels(
            FEED,
            ("Východočeský týdeník s.r.o.", "62188372", None),
            ["203.0.113.5"],
            ["198.51.100.220", "198.51.100.221"],
            ("Blanka Vávrová", "vavrova@vychodoceskytydenik.example", "+420495512330"),
        ),
        "from": "Sekretariát <sekretariat@vychodoceskytydenik.example>",
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "charset": "iso-8859-2",
        "body": """\
Dobrý den,
v příloze zasíláme žádost Východočeského týdeníku. S pozdravem, sekretariát.
""",
        "attachments": [
            (
                "rtf",
                "zadost_volby_VT.rtf",
                [
                    "Východočeský týdeník s.r.o.\nIČO 62188372\nGočárova 14, 500 02 Hradec Králové",
                    "Vážení,",
                    "tímto žádáme o přístup k vyhrazenému serveru s výsledky voleb.",
                    [
                        ["Produkční adresa", "203.0.113.5"],
                        ["Testovací adresy", "198.51.100.220/31"],
                    ],
                    "Kontaktní osoba: Ing. Blanka Vávrová, tel.: 495 512 330, e-mail: "
                    "vavrova@vychodoceskytydenik.example",
                    "S úctou\nMgr. Karel Jireš, jednatel",
                ],
            )
        ],
    },
    {
        "id": "f027-english-prague-outlet-terse-technician-signed",
        "description": "Terse technician of a Prague English-language outlet, signed S/MIME; "
        "no test addresses; phone with a spaced international prefix",
        "style": Style.NOTE,
        "labels": labels(
            FEED,
            ("Prague Dispatch s.r.o.", "06912079", None),
            ["198.51.100.12", "198.51.100.13"],
            [],
            ("Ben Hartley", "ben@praguedispatch.example", "+420777301552"),
        ),
        "from": "Ben Hartley <ben@praguedispatch.example>",
        "subject": "results feed access",
        "smime": True,
        "body": """\
Hi,

Prague Dispatch s.r.o., IČO 06912079 - please whitelist for the results XML:
prod 198.51.100.12, 198.51.100.13. No test IPs.

Ben Hartley, tech lead, +420 777 301 552
""",
    },
    {
        "id": "f028-databox-pdf-three-people-both-requests",
        "description": "Data-box message, annotation only names the matter; the PDF lists the "
        "signatory, the contact and the camera crew; asks for feed and filming",
        "style": Style.DATABOX,
        "labels": labels(
            BOTH,
            ("Regionální televize Chodsko s.r.o.", "27366588", "n2xw8pe"),
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.95"],
            ("Pavla Kučerová", "kucerova@tvchodsko.example", "+420379422618"),
        ),
        "subject": "Žádost - volby 2022",
        "databox": {
            "box": "n2xw8pe",
            "sender": "Regionální televize Chodsko s.r.o.",
            "address": "náměstí Republiky 3, 344 01 Domažlice",
        },
        "attachments": [
            (
                "pdf",
                "zadost_RTCH.pdf",
                [
                    "Regionální televize Chodsko s.r.o., IČO 27366588, ID DS n2xw8pe",
                    "Žádáme o (1) přístup k vyhrazenému serveru s XML výsledky voleb a "
                    "(2) povolení natáčení na přebíracím místě v Domažlicích.",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.90, 192.0.2.91"],
                            ["Testovací IP", "192.0.2.95"],
                        ],
                        "widths": [120, 260],
                    },
                    {
                        "rows": [
                            ["Osoba", "Úloha", "Telefon"],
                            [
                                "Pavla Kučerová",
                                "kontaktní osoba, kucerova@tvchodsko.example",
                                "379 422 618",
                            ],
                            ["Zdeněk Bouše", "kameraman", "608 205 770"],
                            ["Lenka Koubová", "redaktorka na místě", "728 660 314"],
                        ],
                        "widths": [110, 200, 90],
                    },
                    "V Domažlicích 1. 9. 2022<br/>Josef Hruška, jednatel",
                ],
            )
        ],
    },
]
