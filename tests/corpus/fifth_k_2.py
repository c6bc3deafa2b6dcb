"""Fifth-round held-out cases k015–k028 (see make_fifth_k): an English-writing tech lead in
HTML, spreadsheet, form, ODT and RTF attachments, a forward, a reply quoting the office,
Slovak and German writers, a student association, shorthand ranges, roles by count and
order, a netmask, IPv6 blocks, a data-box message and a two-line note. Labels written by
hand from the text (tests/corpus/LABELS.md)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fifth_k_common import FEED, FILM, L, Style

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
THUNDERBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:102.0) Thunderbird/102.5.1")]

CASES: list[dict[str, Any]] = [
    {
        "id": "k015-english-tech-lead-html-ipv6",
        "description": "HTML-only webmail from an English-writing infrastructure lead; "
        "production pairs an IPv4 and an IPv6 address, test called 'staging'",
        "style": Style.WEBMAIL_HTML,
        "labels": L(
            [FEED],
            "Denní Puls Media s.r.o.",
            "26170531",
            None,
            ["198.51.100.33", "2001:db8:c0de::33"],
            ["198.51.100.34"],
            "Rahul Mehta",
            "rahul.mehta@dennipuls.example",
            "+420720118934",
        ),
        "from": "Rahul Mehta <rahul.mehta@dennipuls.example>",
        "subject": "XML election feed - access for Denni Puls",
        "html": """<html><body style="font-family:Arial">
<p>Hi,</p>
<p>on behalf of <b>Denní Puls Media s.r.o.</b> (company ID / IČO 26170531) I would like
to request access to your election results XML feed. Our editors tell me the Czech
word is &quot;ostrý provoz&quot;, so:</p>
<ul>
<li>Production: 198.51.100.33 and 2001:db8:c0de::33 (same box, dual stack)</li>
<li>Staging (please treat as test): 198.51.100.34</li>
</ul>
<p>I am the contact for this: Rahul Mehta, Head of Infrastructure,
<a href="mailto:rahul.mehta@dennipuls.example">rahul.mehta@dennipuls.example</a>,
phone +420 720 118 934.</p>
<p>Thanks,<br>Rahul</p>
</body></html>
""",
    },
    {
        "id": "k016-xlsx-with-retired-row",
        "description": "newspaper sends an XLSX of addresses in which one production row is "
        "marked as a retired server not to be allowed",
        "style": Style.SPREADSHEET,
        "labels": L(
            [FEED],
            "Hanácký deník s.r.o.",
            "08934401",
            None,
            ["192.0.2.41", "192.0.2.42"],
            ["192.0.2.50"],
            "Radek Zapletal",
            "zapletal@hanackydenik.example",
            "+420585700412",
        ),
        "from": "Radek Zapletal <zapletal@hanackydenik.example>",
        "subject": "Hanácký deník – žádost o XML přístup (tabulka IP)",
        "headers": OUTLOOK,
        "body": """Dobrý den,

za Hanácký deník s.r.o., IČO 08934401, žádáme o přístup k výsledkům voleb
ve formátu XML. Adresy jsou v přiložené tabulce, prosím řiďte se sloupcem
Poznámka.

Kontakt: Radek Zapletal, správa sítě, 585 700 412,
zapletal@hanackydenik.example

Děkuji
R. Zapletal
""",
        "attachments": [
            (
                "xlsx",
                "IP_adresy_Hanacky_denik.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Typ", "IP adresa", "Poznámka"],
                            ["ostrý", "192.0.2.41", "nový server"],
                            ["ostrý", "192.0.2.42", "nový server"],
                            ["ostrý", "192.0.2.40", "starý server – zrušen, nepovolovat"],
                            ["test", "192.0.2.50", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "k017-docx-form-checkbox-feed-only",
        "description": "radio fills in a DOCX form: feed ticked, recording unticked, "
        "test addresses a dash",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Šumava, spol. s r.o.",
            "29025583",
            None,
            ["203.0.113.21", "203.0.113.22"],
            [],
            "Vladimír Kouba",
            "kouba@radiosumava.example",
            "+420380711265",
        ),
        "from": "Rádio Šumava <vysilani@radiosumava.example>",
        "subject": "Formulář žádosti – Rádio Šumava",
        "body": """Dobrý den, posíláme vyplněný formulář. S pozdravem, Rádio Šumava
""",
        "attachments": [
            (
                "docx",
                "formular_zadosti_radio_sumava.docx",
                {
                    "header": "Žádost médií – volba prezidenta republiky 2023",
                    "blocks": [
                        "Formulář žádosti",
                        {
                            "rows": [
                                ["Žadatel", "Rádio Šumava, spol. s r.o."],
                                ["IČO", "29025583"],
                                [
                                    "Předmět žádosti",
                                    "☒ přístup k XML serveru s výsledky\n"
                                    "☐ povolení k pořizování záznamu na přebíracím místě",
                                ],
                                ["IP adresy – ostrý provoz", "203.0.113.21, 203.0.113.22"],
                                ["IP adresy – test", "—"],
                                ["Kontaktní osoba", "Vladimír Kouba"],
                                ["E-mail", "kouba@radiosumava.example"],
                                ["Telefon", "+420 380 711 265"],
                            ]
                        },
                        "Datum: 6. 12. 2022",
                    ],
                },
            )
        ],
    },
    {
        "id": "k018-forward-from-it-editor-contact",
        "description": "editor forwards the IT department's addresses inline and names "
        "herself as the contact, not the IT engineer of the quoted mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Brněnský expres a.s.",
            "47372915",
            None,
            ["198.51.100.77", "198.51.100.78"],
            ["198.51.100.79"],
            "Alena Horká",
            "horka@brnenskyexpres.example",
            "+420604332871",
        ),
        "from": "Alena Horká <horka@brnenskyexpres.example>",
        "subject": "Fwd: IP pro volby",
        "body": """Dobrý den,

žádáme o přístup k XML serveru s výsledky volby prezidenta pro Brněnský
expres a.s. (IČO 47372915). Adresy posílám níže tak, jak mi je poslalo naše IT.
Kontaktní osobou za redakci jsem já, Alena Horká, 604 332 871.

Děkuji
Alena Horká, zástupkyně šéfredaktora

---------- Forwarded message ---------
Od: Luboš Kříž <kriz@brnenskyexpres.example>
Date: po 5. 12. 2022 v 9:12
Subject: IP pro volby
To: Alena Horká <horka@brnenskyexpres.example>

Ahoj Aleno,
prod: 198.51.100.77, 198.51.100.78
test: 198.51.100.79
Kdyby něco, volej, 545 112 090.
Luboš
""",
    },
    {
        "id": "k019-reply-quotes-office-release",
        "description": "reply above the office's quoted press release that carries the "
        "office's own address, phone, IČO and data box",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Karlovarský týdeník s.r.o.",
            "07351291",
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.130"],
            "Pavla Nováková",
            "novakova@kvtydenik.example",
            "+420353221904",
        ),
        "from": "Pavla Nováková <novakova@kvtydenik.example>",
        "subject": "Re: Přístup médií k průběžným výsledkům voleb",
        "headers": [("In-Reply-To", "<tz-2022-12-01@czso.cz>")],
        "body": """Dobrý den,

na základě Vaší zprávy níže se hlásíme o přístup k XML.
Karlovarský týdeník s.r.o., IČO 07351291
produkce 192.0.2.120 a 192.0.2.121, test 192.0.2.130
Kontakt Pavla Nováková, 353 221 904

Děkuji, Nováková

Dne 1. 12. 2022 v 10:00 Český statistický úřad napsal(a):
> Český statistický úřad umožní médiím přístup k průběžným výsledkům volby
> prezidenta republiky ve formátu XML. Žádosti s IP adresami pro ostrý
> provoz a testovacími adresami zasílejte do 23. 12. 2022 na
> podatelna@czso.cz nebo do datové schránky 2gfaasy.
> Informace: oddělení komunikace, tel. 274 052 733
> Český statistický úřad, IČO 00025593, Na padesátém 81, 100 82 Praha 10
""",
    },
    {
        "id": "k020-slovak-cameraman-filming-only",
        "description": "Slovak freelance cameraman writing in Slovak asks only to film in "
        "Brno and explicitly does not ask for the data",
        "style": Style.GMAIL,
        "labels": L(
            [FILM],
            "Peter Hudák",
            None,
            None,
            [],
            [],
            "Peter Hudák",
            "peter.hudak@kamera-hudak.example",
            "+421944512330",
        ),
        "from": "Peter Hudák <peter.hudak@kamera-hudak.example>",
        "subject": "Žiadosť o povolenie natáčania – zberné miesto Brno",
        "body": """Dobrý deň,

som nezávislý kameraman zo Žiliny a pripravujem dokument o voľbách v Česku
a na Slovensku. Chcel by som Vás požiadať o povolenie natáčať na preberacom
mieste v Brne počas noci po voľbách, približne dve hodiny, s jednou kamerou
a bez svetiel.

O prístup k dátam (XML) nežiadam, výsledky nespracovávam.

Peter Hudák
mobil: 0944 512 330 (zo zahraničia +421 944 512 330)
""",
    },
    {
        "id": "k021-student-tv-shorthand-range",
        "description": "student association TV; production as a shorthand range "
        "'198.18.4.10-12', the contact a student",
        "style": Style.THUNDERBIRD,
        "labels": L(
            [FEED],
            "Studentská televize Kampus, z.s.",
            "08533121",
            None,
            ["198.18.4.10", "198.18.4.11", "198.18.4.12"],
            ["198.18.4.20"],
            "Tereza Málková",
            "malkova@tvkampus.example",
            "+420775098123",
        ),
        "from": "Tereza Málková <malkova@tvkampus.example>",
        "subject": "Studentská TV Kampus – volební studio, přístup k XML",
        "headers": THUNDERBIRD,
        "body": """Dobrý den,

jsme studentská televize při vysoké škole, právně Studentská televize Kampus,
z.s., IČO 08533121. Letos poprvé vysíláme volební studio a rádi bychom
zobrazovali průběžné výsledky z Vašeho XML serveru.

Škola nám půjčila tři stroje, 198.18.4.10-12, všechny pro ostrý provoz.
Na zkoušení máme notebook na 198.18.4.20.

Kontakt: Tereza Málková, produkce, +420 775 098 123

Díky moc!
Tereza Málková
""",
    },
    {
        "id": "k022-count-and-order-iso-8859-2",
        "description": "five addresses in one list: the first three production, the other "
        "two test, by count and order only; iso-8859-2",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED],
            "Východočeské mediální centrum a.s.",
            "45193401",
            None,
            ["203.0.113.101", "203.0.113.102", "203.0.113.103"],
            ["203.0.113.110", "203.0.113.111"],
            "Miroslav Černohorský",
            "cernohorsky@vmc.example",
            "+420466012377",
        ),
        "from": "Miroslav Černohorský <cernohorsky@vmc.example>",
        "subject": "Žádost o přidělení přístupu k XML serveru",
        "headers": OUTLOOK,
        "charset": "iso-8859-2",
        "body": """Dobrý den,

Východočeské mediální centrum a.s., IČO 45193401, žádá o přidělení přístupu
k XML serveru s výsledky voleb.

Posíláme pět adres. První tři jsou ostré, zbylé dvě testovací:
203.0.113.101, 203.0.113.102, 203.0.113.103, 203.0.113.110, 203.0.113.111

S pozdravem
Ing. Miroslav Černohorský
vedoucí IT
tel. 466 012 377
cernohorsky@vmc.example
""",
    },
    {
        "id": "k023-municipal-tv-netmask-test",
        "description": "municipal TV (a town's contributory organisation); the test block "
        "written as an address with a netmask of two",
        "style": Style.GMAIL,
        "labels": L(
            [FEED],
            "Městská televize Rokytná, příspěvková organizace",
            "00169196",
            None,
            ["192.0.2.150"],
            ["192.0.2.160", "192.0.2.161"],
            "Michal Souček",
            "soucek@tvrokytna.example",
            "+420702556140",
        ),
        "from": "Michal Souček <soucek@tvrokytna.example>",
        "subject": "Městská televize Rokytná - XML výsledky",
        "body": """Dobrý den,

Městská televize Rokytná, příspěvková organizace (IČO 00169196), zřizovaná
městem Rokytná, by ráda v den voleb vysílala průběžné výsledky z Vašeho
XML serveru.

Ostrý provoz: 192.0.2.150
Test: 192.0.2.160 / 255.255.255.254

Kontakt: Michal Souček, technik, mobil 702 556 140

Michal Souček
""",
    },
    {
        "id": "k024-ops-odt-ipv6-test",
        "description": "public-benefit company's newspaper sends an ODT letter with an "
        "address table; the test address IPv6",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Občanské noviny Rakovnicka, o.p.s.",
            "02447169",
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["2001:db8:5e::1"],
            "Josef Kučera",
            "kucera@noviny-rakovnicka.example",
            "+420313515870",
        ),
        "from": "Občanské noviny Rakovnicka <redakce@noviny-rakovnicka.example>",
        "subject": "Žádost – výsledky voleb XML",
        "body": """Dobrý den,
v příloze naše žádost ve formátu ODT (LibreOffice).
Redakce ONR
""",
        "attachments": [
            (
                "odt",
                "zadost_ONR.odt",
                [
                    "Občanské noviny Rakovnicka, o.p.s., Husovo nám. 3, 269 01 Rakovník, "
                    "IČO 02447169",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k vyhrazenému serveru s průběžnými výsledky volby "
                    "prezidenta republiky z těchto adres:",
                    [
                        ["Typ", "Adresa"],
                        ["Ostrý provoz", "198.51.100.180"],
                        ["Ostrý provoz", "198.51.100.181"],
                        ["Test", "2001:db8:5e::1"],
                    ],
                    "Kontaktní osoba: Josef Kučera, tel. 313 515 870, "
                    "kucera@noviny-rakovnicka.example",
                    "Mgr. Dana Vrbová, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "k025-german-writer-rtf-backup",
        "description": "German manager in broken Czech with German words; RTF table with a "
        "main, a backup (production) and a test server",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Moldau Medien s.r.o.",
            "04700635",
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.203"],
            "Klaus Richter",
            "k.richter@moldaumedien.example",
            "+420731554219",
        ),
        "from": "Klaus Richter <k.richter@moldaumedien.example>",
        "subject": "Antrag / zadost XML Wahlergebnisse",
        "body": """Dobry den,

ich pisu za firmu Moldau Medien s.r.o. (IČO 04700635), my vydavame nemecky
tydenik v Praze. Prosim o pristup na XML server pro vysledky volby. Adresy
jsou v priloze (RTF), Hauptserver a Backup jsou oba pro ostry provoz.

Kontakt jsem ja: Klaus Richter, +420 731 554 219

Mit freundlichen Grüßen / s pozdravem
Klaus Richter
Geschäftsführer
""",
        "attachments": [
            (
                "rtf",
                "IP_Adressen.rtf",
                [
                    "Moldau Medien s.r.o. – IP adresy / IP-Adressen",
                    [
                        ["Server", "IP"],
                        ["Hauptserver / hlavní", "203.0.113.201"],
                        ["Backup / záložní", "203.0.113.202"],
                        ["Test", "203.0.113.203"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "k026-databox-docx-both-requests",
        "description": "media house by data box with a DOCX letter (letterhead in the page "
        "header) asking for the feed and filming; the letter prints both boxes",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Mediální dům Krkonoše s.r.o.",
            "26951142",
            "w4ph8nt",
            ["198.51.100.60", "198.51.100.61", "198.51.100.62", "198.51.100.63"],
            ["198.51.100.70"],
            "Šárka Tichá",
            "sarka.ticha@mdkrkonose.example",
            "+420499810266",
        ),
        "databox": {
            "box": "w4ph8nt",
            "sender": "Mediální dům Krkonoše s.r.o.",
            "address": "Horská 12, 541 01 Trutnov",
            "type": 10,
        },
        "subject": "Žádost – XML výsledky a natáčení, přebírací místo Trutnov",
        "attachments": [
            (
                "docx",
                "zadost_MDK.docx",
                {
                    "header": "Mediální dům Krkonoše s.r.o. | Horská 12, 541 01 Trutnov | "
                    "IČO 26951142 | ID DS w4ph8nt",
                    "footer": "Adresát: Český statistický úřad, ID DS 2gfaasy",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                        "Žádáme o přístup k XML serveru s průběžnými výsledky a současně o "
                        "povolení pořídit obrazový záznam na přebíracím místě v Trutnově "
                        "(redaktorka a kameraman, cca 20 minut).",
                        {
                            "rows": [
                                ["Ostrý provoz", "198.51.100.60/30"],
                                ["Testovací provoz", "198.51.100.70"],
                            ]
                        },
                        "Kontaktní osoba: Šárka Tichá, vedoucí zpravodajství, "
                        "sarka.ticha@mdkrkonose.example, tel. 499 810 266",
                        "Ing. Aleš Hron, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "k027-hosting-provider-smime-ipv6-block",
        "description": "hosting provider applies in English for its customer, a weekly; "
        "S/MIME signed; an IPv6 /127 and an IPv4 for production",
        "style": Style.AGENCY,
        "smime": True,
        "labels": L(
            [FEED],
            "Týdeník Ekonom Plus, a.s.",
            "25907115",
            None,
            ["192.0.2.230", "2001:db8:aa::", "2001:db8:aa::1"],
            ["192.0.2.231"],
            "Filip Gregor",
            "filip.gregor@cloudwise.example",
            "+420608120455",
        ),
        "from": "Filip Gregor <filip.gregor@cloudwise.example>",
        "subject": "XML access request on behalf of Tydenik Ekonom Plus, a.s.",
        "body": """Good afternoon,

we host the web of our customer Týdeník Ekonom Plus, a.s. (IČO 25907115), who
is the applicant; this request is sent on their behalf (signed authorisation
from the customer available on request). We are Cloudwise s.r.o.,
IČO 08306770.

Production (customer's election microsite):
  192.0.2.230
  2001:db8:aa::/127
Test:
  192.0.2.231

Technical contact for this application: Filip Gregor, Cloudwise,
filip.gregor@cloudwise.example, +420 608 120 455.

Regards,
Filip Gregor
Senior Network Engineer, Cloudwise s.r.o.
""",
    },
    {
        "id": "k028-two-line-note-no-diacritics",
        "description": "two-line note without diacritics from an editor; no test address, "
        "name and mobile only in the signature",
        "style": Style.NOTE,
        "labels": L(
            [FEED],
            "Denik Slovacko s.r.o.",
            "07120559",
            None,
            ["192.0.2.88"],
            [],
            "Jakub Marecek",
            "marecek@denikslovacko.example",
            "+420606771234",
        ),
        "from": "Jakub Marecek <marecek@denikslovacko.example>",
        "subject": "xml volby",
        "cte": "7bit",
        "charset": "us-ascii",
        "body": """XML pristup prosim pro Denik Slovacko s.r.o., ICO 07120559. Server 192.0.2.88,
testovaci nemame.
--
Jakub Marecek, 606 771 234
""",
    },
]
