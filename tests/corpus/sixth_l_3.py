"""Sixth held-out set, prefix ``l``, cases l029–l042: config snippets, version numbers next to
addresses, signed mail, data-box messages, freelancers, students, withdrawals.

Written by hand apart from the extraction rules (issue 18); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_CESKY = ico("2785530")
ICO_DIGI = ico("0470219")
ICO_FOTO = ico("7361028")
ICO_STUD = ico("6911843")
ICO_OSTRAVA = ico("2603147")
ICO_PLZEN = ico("4681750")
ICO_LIBEREC = ico("0845631")
ICO_NET = ico("2813369")

CASES: list[dict[str, Any]] = [
    {
        "id": "l029-ipv6-cidr127",
        "description": "engineer gives production as an IPv6 /127 (two addresses) plus one "
        "IPv4; test addresses none",
        "style": "signature-block",
        "from": "Jakub Frýdl <frydl@digimedia.example>",
        "subject": "XML výsledky voleb – adresy",
        "body": """Dobrý den,

DIGIMEDIA s.r.o. žádá o přístup k XML výsledkům voleb.
Ostrý provoz: 2001:db8:d16::/127 (dva stroje v páru) a 198.51.100.170.
Testovací adresy nemáme.

Jakub Frýdl
síťový inženýr
DIGIMEDIA s.r.o. | IČO """
        + ICO_DIGI
        + """ | ID DS: h2xp9wa
+420 607 145 882
""",
        "labels": L(
            FEED,
            "DIGIMEDIA s.r.o.",
            ICO_DIGI,
            "h2xp9wa",
            ["2001:db8:d16::", "2001:db8:d16::1", "198.51.100.170"],
            [],
            "Jakub Frýdl",
            "frydl@digimedia.example",
            "+420607145882",
        ),
    },
    {
        "id": "l030-version-numbers-nearby",
        "description": "admin mentions software versions and a date in dotted form next to the "
        "addresses; only the two addresses are addresses",
        "style": "look-alikes",
        "from": "Tomáš Kratochvíl <kratochvil@cesky-rozhlas-region.example>",
        "subject": "Přístup k volebnímu serveru",
        "body": """Dobrý den,

stahovat budeme klientem curl 8.5.0 na Debianu 12.4, skript verze 2.1.0.3,
nasazení 1.10.2026. Zdrojové adresy:

  ostrý provoz ........ 192.0.2.201
  testovací ........... 192.0.2.202

Žadatel: Český region média, s.r.o., IČO """
        + ICO_CESKY
        + """
Kontakt: Tomáš Kratochvíl, 722 904 316
""",
        "labels": L(
            FEED,
            "Český region média, s.r.o.",
            ICO_CESKY,
            None,
            ["192.0.2.201"],
            ["192.0.2.202"],
            "Tomáš Kratochvíl",
            "kratochvil@cesky-rozhlas-region.example",
            "+420722904316",
        ),
    },
    {
        "id": "l031-signed-config-snippet",
        "description": "S/MIME-signed mail with a YAML-like config snippet naming prod and test "
        "lists in English keys; written in Czech",
        "style": "signature-block",
        "smime": True,
        "from": "Ing. Petra Zelenková <zelenkova@ostrava-zpravy.example>",
        "subject": "Žádost o přístup k XML – Ostravské zprávy",
        "body": """Dobrý den,

Ostravské zprávy a.s., IČO """
        + ICO_OSTRAVA
        + """, žádají o přístup k XML výsledkům voleb. Adresy
kopíruji přímo z naší konfigurace:

  election_feed:
    production:
      - 203.0.113.161
      - 203.0.113.162
    test:
      - 203.0.113.170
    monitoring: 203.0.113.180   # jen náš dohled, nepovolovat

Kontaktní osoba: Petra Zelenková, mobil +420 731 552 460
(ústředna +420 596 118 400).

Ing. Petra Zelenková
vedoucí IT
""",
        "labels": L(
            FEED,
            "Ostravské zprávy a.s.",
            ICO_OSTRAVA,
            None,
            ["203.0.113.161", "203.0.113.162"],
            ["203.0.113.170"],
            "Petra Zelenková",
            "zelenkova@ostrava-zpravy.example",
            "+420731552460",
        ),
    },
    {
        "id": "l032-databox-docx-letter",
        "description": "data message of a regional daily, formal letter in DOCX; the letter "
        "also prints the office's address block and IČO",
        "style": "databox-message",
        "databox": {"box": "p5cw3mn", "sender": "Plzeňský deník s.r.o.", "address": "Plzeň"},
        "subject": "Žádost o zpřístupnění výsledků voleb",
        "attachments": [
            (
                "docx",
                "zadost_volby.docx",
                {
                    "header": "Plzeňský deník s.r.o. | Americká 42, 301 00 Plzeň",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10, IČO 00025593",
                        "Věc: žádost o přístup k průběžným výsledkům voleb",
                        "Plzeňský deník s.r.o., IČO " + ICO_PLZEN + ", žádá o umožnění "
                        "přístupu k serveru s výsledky voleb ve formátu XML.",
                        {
                            "rows": [
                                ["Ostrý provoz", "198.18.60.1", "198.18.60.2"],
                                ["Test", "198.18.61.1", ""],
                            ]
                        },
                        "Kontaktní osoba: Mgr. Lenka Burianová, burianova@plzen-denik.example, "
                        "tel. 378 204 551.",
                        "Mgr. Lenka Burianová, vedoucí vydání",
                    ],
                },
            )
        ],
        "labels": L(
            FEED,
            "Plzeňský deník s.r.o.",
            ICO_PLZEN,
            "p5cw3mn",
            ["198.18.60.1", "198.18.60.2"],
            ["198.18.61.1"],
            "Lenka Burianová",
            "burianova@plzen-denik.example",
            "+420378204551",
        ),
    },
    {
        "id": "l033-feed-withdrawn-filming-stays",
        "description": "asks for both, then in the same message drops the feed (they will use the "
        "partner agency's data); only filming remains, so no addresses",
        "style": "long-chatty",
        "from": "Marie Lukešová <lukesova@liberec-tv.example>",
        "subject": "Volby – natáčení a data",
        "body": """Dobrý den,

jsme regionální televize Liberec TV s.r.o. (IČO """
        + ICO_LIBEREC
        + """). Na volební večer
chystáme živé vysílání ze sběrného místa v Liberci a prosíme o povolení
tam natáčet. Původně jsme chtěli i přístup k XML datům z adresy 192.0.2.240,
ale domluvili jsme se s partnerskou agenturou, že data převezmeme od ní,
takže o přístup k XML nakonec nežádáme – jen o to natáčení.

Štáb: Marie Lukešová (redaktorka, kontakt), kameraman Pavel Zahradník.
Telefon na mě: 604 330 158.

Děkuji,
Marie Lukešová
""",
        "labels": L(
            REC,
            "Liberec TV s.r.o.",
            ICO_LIBEREC,
            None,
            [],
            [],
            "Marie Lukešová",
            "lukesova@liberec-tv.example",
            "+420604330158",
        ),
    },
    {
        "id": "l034-freelance-trade-name",
        "description": "a freelance photographer (natural person with own IČO) asks to film; "
        "iso-8859-2 plain text",
        "style": "recording-permit",
        "charset": "iso-8859-2",
        "cte": "8bit",
        "from": "Jan Štorek <storek@foto-storek.example>",
        "subject": "Povolení fotografovat a natáčet – volby",
        "body": """Dobrý den,

jsem nezávislý fotograf a kameraman, pracuji pro několik regionálních médií.
Žádám o povolení fotografovat a natáčet na sběrném místě v Pardubicích
v době příjmu výsledků. Přístup k datům nepotřebuji.

Jan Štorek
fotograf, IČO """
        + ICO_FOTO
        + """
tel. 00420 731 665 049
""",
        "labels": L(
            REC,
            "Jan Štorek",
            ICO_FOTO,
            None,
            [],
            [],
            "Jan Štorek",
            "storek@foto-storek.example",
            "+420731665049",
        ),
    },
    {
        "id": "l035-student-media-english",
        "description": "student newsroom of a university writing in English; legal entity is "
        "the students' association with IČO; contact in a separate line",
        "style": "english",
        "from": "Anna Whitfield <editor@studentvoice.example>",
        "subject": "Access to the election results feed",
        "body": """Hello,

I'm the editor of Student Voice, the English-language student paper published by
Spolek Student Voice, z. s. (company ID """
        + ICO_STUD
        + """). We'd like to run live results on our
site this time.

Our server: 198.51.100.77 (production)
Testing from: 198.51.100.78

Technical contact: Ji-woo Park, jiwoo.park@studentvoice.example, +420 773 019 226

Thanks a lot,
Anna Whitfield
""",
        "labels": L(
            FEED,
            "Spolek Student Voice, z. s.",
            ICO_STUD,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Ji-woo Park",
            "jiwoo.park@studentvoice.example",
            "+420773019226",
        ),
    },
    {
        "id": "l036-odt-host-inventory",
        "description": "ODT inventory of hosts from an ISP-owned portal: five rows, two of them "
        "internal (DNS, backup of the database) not to be allowed",
        "style": "attachment",
        "from": "NOC <noc@netportal.example>",
        "subject": "Volby – seznam strojů pro přístup k XML",
        "body": """Dobrý den,

NETPORTAL a.s., IČO """
        + ICO_NET
        + """, žádá o přístup k výsledkům voleb v XML; seznam
strojů je v příloze (sloupec „Povolit“). Kontakt: Ing. Zdeněk Mareš, NOC,
+420 597 222 333, mares@netportal.example.

NOC NETPORTAL
""",
        "attachments": [
            (
                "odt",
                "inventar.odt",
                [
                    "Inventář strojů – volby",
                    [
                        ["Stroj", "IPv4", "IPv6", "Role", "Povolit"],
                        ["edge-1", "203.0.113.11", "2001:db8:600::11", "produkce", "ano"],
                        ["edge-2", "203.0.113.12", "—", "produkce", "ano"],
                        ["ns1", "203.0.113.53", "—", "DNS", "ne"],
                        ["db-bkp", "203.0.113.60", "—", "záloha DB", "ne"],
                        ["lab", "203.0.113.90", "—", "test", "ano"],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED,
            "NETPORTAL a.s.",
            ICO_NET,
            None,
            ["203.0.113.11", "2001:db8:600::11", "203.0.113.12"],
            ["203.0.113.90"],
            "Zdeněk Mareš",
            "mares@netportal.example",
            "+420597222333",
        ),
    },
    {
        "id": "l037-two-line-slovak-no-diacritics",
        "description": "two-line Slovak note without diacritics from a freelancer, prod and test "
        "in one line with 'prod'/'test' abbreviations",
        "style": "two-line-note",
        "from": "Juraj Mikus <juraj.mikus@posta-sk.example>",
        "subject": "volby xml",
        "body": """Ziadam o pristup k xml vysledkom, prod 192.0.2.111, test 192.0.2.112.
Juraj Mikus, nezavisly novinar, 0908 554 271
""",
        "labels": L(
            FEED,
            "Juraj Mikus",
            None,
            None,
            ["192.0.2.111"],
            ["192.0.2.112"],
            "Juraj Mikus",
            "juraj.mikus@posta-sk.example",
            "+421908554271",
        ),
    },
    {
        "id": "l038-rtf-municipal-both",
        "description": "a daily's press office sends an RTF letter asking for feed and filming; "
        "test address given as a range of two",
        "style": "attachment",
        "from": "Tiskové oddělení <tisk@ostrava-zpravy.example>",
        "subject": "Žádost – volby (příloha)",
        "body": "Dobrý den, zasíláme žádost v příloze. Tiskové oddělení\n",
        "attachments": [
            (
                "rtf",
                "zadost_mesto.rtf",
                [
                    "Ostravské zprávy a.s., IČO " + ICO_OSTRAVA,
                    "Žádáme o přístup k XML výsledkům voleb a zároveň o povolení natáčet "
                    "na sběrném místě v Ostravě.",
                    [
                        ["Ostrý provoz", "198.51.100.210"],
                        ["Testovací", "198.51.100.218 až 198.51.100.219"],
                    ],
                    "Vyřizuje: Bc. David Kučera, kucera@ostrava-zpravy.example, tel. 596 118 477",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Ostravské zprávy a.s.",
            ICO_OSTRAVA,
            None,
            ["198.51.100.210"],
            ["198.51.100.218", "198.51.100.219"],
            "David Kučera",
            "kucera@ostrava-zpravy.example",
            "+420596118477",
        ),
    },
    {
        "id": "l039-html-table-outlook-five-prod",
        "description": "Outlook HTML table with five production addresses (the maximum) and two "
        "test; the plain alternative has the same content",
        "style": "html-table",
        "from": "Daniel Pokorný <pokorny.it@obzor-vydavatelstvi.example>",
        "subject": "Adresy pro volby – OBZOR",
        "body": """Dobrý den,
OBZOR vydavatelství a.s. – adresy pro přístup k XML výsledkům:
Produkce: 203.0.113.150, 203.0.113.151, 203.0.113.152, 203.0.113.153, 203.0.113.154
Test: 203.0.113.158, 203.0.113.159
Kontakt: Daniel Pokorný, +420 725 301 118
""",
        "html": """<html><body>
<p class=MsoNormal>Dobrý den,</p>
<p class=MsoNormal>OBZOR vydavatelství a.s. – adresy pro přístup k XML výsledkům:</p>
<table class=MsoTableGrid border=1>
<tr><td>Produkce</td><td>203.0.113.150<br>203.0.113.151<br>203.0.113.152<br>203.0.113.153<br>
203.0.113.154</td></tr>
<tr><td>Test</td><td>203.0.113.158<br>203.0.113.159</td></tr>
</table>
<p class=MsoNormal>Kontakt: Daniel Pokorný, +420 725 301 118</p>
</body></html>""",
        "labels": L(
            FEED,
            "OBZOR vydavatelství a.s.",
            None,
            None,
            ["203.0.113.150", "203.0.113.151", "203.0.113.152", "203.0.113.153", "203.0.113.154"],
            ["203.0.113.158", "203.0.113.159"],
            "Daniel Pokorný",
            "pokorny.it@obzor-vydavatelstvi.example",
            "+420725301118",
        ),
    },
    {
        "id": "l040-databox-natural-person",
        "description": "data message from a natural person's box (a freelance blogger), request "
        "in a short text attachment, filming only",
        "style": "databox-message",
        "databox": {
            "box": "m9rt2ey",
            "sender": "Kristýna Bartošová",
            "address": "Kutná Hora",
            "type": 40,
        },
        "subject": "Žádost o povolení natáčení",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                """Dobrý den,
píšu blog o komunálním dění na Kutnohorsku a ráda bych natočila krátké video
na sběrném místě v Kutné Hoře během příjmu výsledků. O data nežádám.
Kristýna Bartošová, tel. 775 214 906, bartosova@kh-blog.example
""",
            )
        ],
        "labels": L(
            REC,
            "Kristýna Bartošová",
            None,
            "m9rt2ey",
            [],
            [],
            "Kristýna Bartošová",
            "bartosova@kh-blog.example",
            "+420775214906",
        ),
    },
    {
        "id": "l041-staging-dev-english-terse",
        "description": "terse English from a Czech company's engineer: prod/failover/staging; "
        "a bastion host and an office NAT mentioned as not relevant",
        "style": "english",
        "from": "Ondrej Vesely <ondrej.vesely@digimedia.example>",
        "subject": "CZSO election XML - whitelist request",
        "body": """Hi,

whitelist request for DIGIMEDIA s.r.o. (ID """
        + ICO_DIGI
        + """):

prod      198.18.90.20
failover  198.18.91.20
staging   198.18.92.20  (test)

Not needed: bastion 198.18.90.2, office NAT 198.18.95.1.

--
Ondrej Vesely, DevOps
+420 608 227 914
""",
        "labels": L(
            FEED,
            "DIGIMEDIA s.r.o.",
            ICO_DIGI,
            None,
            ["198.18.90.20", "198.18.91.20"],
            ["198.18.92.20"],
            "Ondrej Vesely",
            "ondrej.vesely@digimedia.example",
            "+420608227914",
        ),
    },
    {
        "id": "l042-reply-supplement-quoted-own",
        "description": "applicant replies to the office's request to supplement the test address; "
        "the applicant's own quoted original gives the rest",
        "style": "reply-quoting-office",
        "from": "Lenka Burianová <burianova@plzen-denik.example>",
        "subject": "Re: Re: Žádost o přístup – doplnění",
        "body": """Dobrý den,
doplňuji testovací adresu: 198.18.61.9. Ostatní údaje viz moje původní žádost níže.
L. Burianová

> Dobrý den, prosíme o doplnění testovací IP adresy.
> Český statistický úřad, volby@czso.cz
>
>> Plzeňský deník s.r.o., IČO """
        + ICO_PLZEN
        + """, žádá o přístup k XML výsledkům voleb.
>> Ostrý provoz: 198.18.60.1 a 198.18.60.2
>> Kontakt: Lenka Burianová, tel. 378 204 551
""",
        "labels": L(
            FEED,
            "Plzeňský deník s.r.o.",
            ICO_PLZEN,
            None,
            ["198.18.60.1", "198.18.60.2"],
            ["198.18.61.9"],
            "Lenka Burianová",
            "burianova@plzen-denik.example",
            "+420378204551",
        ),
    },
]
