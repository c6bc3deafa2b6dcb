"""Blind held-out cases a033–a048: a reply completing an application the office asked about,
IPv6 blocks, Slovak and English notes, retired addresses, RTF, respectively-order, a signed
Outlook letter, side-by-side table columns, a data message whose letter names the office's box,
look-alikes, a checkbox form, filming requests and an Outlook forward from a colleague."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind_a_common import BOTH, FEED, OFFICE_SIGNATURE, REC, L, Style

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "cs")]
GMAIL = [("X-Gm-Message-State", "AO0yUKVhN3s1c9dZq8pW")]
THUNDERBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:102.0) Gecko/20100101 "
        "Thunderbird/102.4.2",
    )
]
APPLE = [("X-Mailer", "iPhone Mail (20B101)")]

CASES: list[dict[str, Any]] = [
    {
        "id": "a033-reply-completes-after-office-query",
        "description": "the office asked for missing test addresses and a phone; the reply "
        "adds them above the thread, which quotes the officer (with the office's IDs) and "
        "the applicant's original",
        "style": Style.REPLY_OFFICE,
        "labels": L(
            FEED,
            "Těšínské listy, s.r.o.",
            "21126569",
            None,
            ["198.51.100.51", "198.51.100.52"],
            ["192.0.2.244"],
            "Radek Szotkowski",
            "szotkowski@tesinske-listy.example",
            "+420739221004",
        ),
        "from": "Szotkowski Radek <szotkowski@tesinske-listy.example>",
        "subject": "RE: Vaše žádost o vyhrazené připojení - doplnění",
        "headers": OUTLOOK,
        "body": f"""Dobrý den,

doplňuji podle Vaší výzvy:
testovací IP adresa: 192.0.2.244
telefon na mě: 739 221 004

Radek Szotkowski

Od: Kateřina Dvořáčková <volby@czso.cz>
Odesláno: čtvrtek 24. listopadu 2022 9:15
Komu: Szotkowski Radek <szotkowski@tesinske-listy.example>
Předmět: Vaše žádost o vyhrazené připojení - doplnění

Dobrý den,
ve Vaší žádosti chybí testovací adresy (pokud je chcete využít) a telefonní kontakt.
Prosím o doplnění odpovědí na tento e-mail.

{OFFICE_SIGNATURE}

Od: Szotkowski Radek <szotkowski@tesinske-listy.example>
Odesláno: úterý 22. listopadu 2022 16:40
Komu: podatelna@czso.cz
Předmět: Žádost o vyhrazené připojení

Dobrý den,
Těšínské listy, s.r.o., IČO 21126569, žádají o přístup k XML serveru.
Ostrý provoz: 198.51.100.51, 198.51.100.52
Kontakt: Radek Szotkowski, szotkowski@tesinske-listy.example
Děkuji, R. Szotkowski
""",
    },
    {
        "id": "a034-flowed-ipv6-uppercase-and-127",
        "description": "format=flowed with the address list soft-wrapped; IPv6 written in "
        "upper case and a /127 test block",
        "style": Style.THUNDERBIRD_FLOWED,
        "labels": L(
            FEED,
            "Infoportál Jižní Morava s.r.o.",
            "03102033",
            None,
            ["2001:db8:c0:1::a", "2001:db8:c0:1::b", "203.0.113.5"],
            ["2001:db8:c0:ff::", "2001:db8:c0:ff::1"],
            "Tomáš Vybíral",
            "vybiral@infoportal-jm.example",
            "+420543219876",
        ),
        "from": "Tomáš Vybíral <vybiral@infoportal-jm.example>",
        "subject": "Žádost o přístup k XML serveru – Infoportál Jižní Morava",
        "headers": THUNDERBIRD,
        "flowed": True,
        "cte": "8bit",
        "body": """Dobrý den,

Infoportál Jižní Morava s.r.o. (IČO 03102033) žádá o přístup k serveru s\x20
výsledky. Jsme už převážně na IPv6, proto adresy takto:

Produkční adresy: 2001:DB8:C0:1::A, 2001:DB8:C0:1::B a pro jistotu i\x20
starší IPv4 203.0.113.5.
Testovací: 2001:db8:c0:ff::/127

Kontaktní osoba: Tomáš Vybíral, vybiral@infoportal-jm.example,\x20
tel. 543 219 876

Díky,
Tomáš Vybíral
""",
    },
    {
        "id": "a035-slovak-two-lines",
        "description": "two-line Slovak note, no IČO, roles as short words",
        "style": Style.SLOVAK,
        "labels": L(
            FEED,
            "Denník Tatry",
            None,
            None,
            ["198.51.100.222"],
            ["198.51.100.223"],
            "Juraj Kováč",
            "kovac@dennik-tatry.example",
            "+421903118447",
        ),
        "from": "Juraj Kováč <kovac@dennik-tatry.example>",
        "subject": "prístup XML",
        "headers": [("X-Mailer", "Zoznam Mail")],
        "cte": "base64",
        "body": """Prosím o prístup k XML výsledkom – ostrá 198.51.100.222, testovacia 198.51.100.223.
Juraj Kováč, Denník Tatry, +421 903 118 447
""",
    },
    {
        "id": "a036-chatty-last-years-addresses-retired",
        "description": "chatty; last year's addresses named and said to be cancelled, the new "
        "production addresses, no test addresses wanted",
        "style": Style.CHATTY,
        "labels": L(
            FEED,
            "Kutnohorský obzor s.r.o.",
            "21946345",
            None,
            ["192.0.2.31", "192.0.2.32"],
            [],
            "Zdeněk Hrubý",
            "hruby@kh-obzor.example",
            "+420327511962",
        ),
        "from": "Zdeněk Hrubý <hruby@kh-obzor.example>",
        "subject": "Opět žádost o XML :)",
        "headers": [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Thunderbird/52.9.1")],
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": """Dobrý den,

tak jako při loňských sněmovních volbách bychom se i tentokrát rádi připojili
k Vašemu serveru s výsledky. Loni to fungovalo skvěle, jen jsme mezitím změnili
poskytovatele, takže staré adresy 203.0.113.200 a 203.0.113.201 jsou zrušené
a prosím je už nepovolujte.

Nově pro ostrý provoz: 192.0.2.31 a 192.0.2.32. Testovací adresu letos nechceme,
vyzkoušíme si to v den plošné zkoušky rovnou na ostrých strojích.

Jsme Kutnohorský obzor s.r.o., IČ 21946345, a kdyby cokoliv, volejte mi na
327 511 962 nebo pište sem na hruby@kh-obzor.example.

Díky moc a ať se volby vydaří,
Zdeněk Hrubý
""",
    },
    {
        "id": "a037-rtf-letter-databox-in-letterhead",
        "description": "an RTF letter with a role table; the applicant's data box in the "
        "letterhead, the signer differs from the contact person",
        "style": Style.ATTACHMENT,
        "labels": L(
            FEED,
            "Jihočeská mediální, a.s.",
            "23846500",
            "9hkr2tz",
            ["203.0.113.210", "203.0.113.211", "203.0.113.212"],
            ["203.0.113.220"],
            "Ing. Viktor Matoušek",
            "matousek@jcmedialni.example",
            "+420387700415",
        ),
        "from": "Asistentka ředitele <asistentka@jcmedialni.example>",
        "subject": "Žádost o registraci - Jihočeská mediální",
        "body": """Dobrý den,

na základě pověření pana ředitele zasílám v příloze žádost o registraci
k vyhrazenému připojení.

S pozdravem
Klára Nováková
asistentka ředitele
""",
        "attachments": [
            (
                "rtf",
                "Zadost_registrace_XML.rtf",
                [
                    "Jihočeská mediální, a.s.\nLannova 1611/5, 370 01 České Budějovice\n"
                    "IČO 23846500, ID datové schránky 9hkr2tz",
                    "Věc: Žádost o registraci k vyhrazenému připojení",
                    "Žádáme o přístup k serveru s průběžnými výsledky volby prezidenta "
                    "republiky 2023 ve formátu XML.",
                    [
                        ["Provoz", "IP adresa"],
                        ["ostrý", "203.0.113.210"],
                        ["ostrý", "203.0.113.211"],
                        ["ostrý", "203.0.113.212"],
                        ["testovací", "203.0.113.220"],
                    ],
                    "Kontaktní osoba: Ing. Viktor Matoušek, vedoucí IT\n"
                    "matousek@jcmedialni.example, tel. 387 700 415",
                    "MUDr. Pavel Kostka, generální ředitel",
                ],
            )
        ],
    },
    {
        "id": "a038-english-german-regional-daily",
        "description": "English from a German regional daily: primary and fallback both "
        "production, test postponed, German phone number with a trunk zero",
        "style": Style.ENGLISH,
        "labels": L(
            FEED,
            "Oberpfälzer Rundschau GmbH & Co. KG",
            None,
            None,
            ["198.51.100.5", "198.51.100.6"],
            [],
            "Jonas Weber",
            "j.weber@opf-rundschau.example",
            "+499415602318",
        ),
        "from": "Jonas Weber <j.weber@opf-rundschau.example>",
        "subject": "Application: dedicated XML results connection",
        "headers": GMAIL,
        "body": """Hello,

we are a regional daily in Regensburg covering the Czech border region and would
like to show live results of the presidential election on our website.

Applicant: Oberpfälzer Rundschau GmbH & Co. KG, Regensburg, Germany
Production servers (primary and fallback): 198.51.100.5, 198.51.100.6
Test servers: none for now - we will test from production.

Contact person: Jonas Weber, j.weber@opf-rundschau.example,
phone +49 (0)941 5602 318

Thank you very much,
Jonas Weber
Digital desk
""",
        "html": """<div dir="ltr"><p>Hello,</p><p>we are a regional daily in Regensburg covering the Czech border region and would like to show live results of the presidential election on our website.</p><p>Applicant: Oberpfälzer Rundschau GmbH &amp; Co. KG, Regensburg, Germany<br>Production servers (primary and fallback): 198.51.100.5, 198.51.100.6<br>Test servers: none for now - we will test from production.</p><p>Contact person: Jonas Weber, j.weber@opf-rundschau.example, phone +49 (0)941 5602 318</p><p>Thank you very much,<br>Jonas Weber<br>Digital desk</p></div>
""",
    },
    {
        "id": "a039-phone-typo-corrected-in-text",
        "description": "the contact's phone number corrected a line later in the same message",
        "style": Style.CORRECTION,
        "labels": L(
            FEED,
            "Týdeník Znojemsko s.r.o.",
            "08829829",
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.109"],
            "Alena Procházková",
            "prochazkova@znojemsko.example",
            "+420603455712",
        ),
        "from": "Alena Procházková <prochazkova@znojemsko.example>",
        "subject": "Žádost o vyhrazené připojení k XML – Týdeník Znojemsko",
        "body": """Dobrý den,

Týdeník Znojemsko s.r.o., IČO 08829829, žádá o přístup k XML serveru.

IP adresy pro ostrý provoz: 192.0.2.101, 192.0.2.102
Testovací IP adresa: 192.0.2.109

Kontaktní osoba: Alena Procházková, prochazkova@znojemsko.example,
tel. 603 455 721 – pardon, překlep, správně 603 455 712.

S pozdravem
Alena Procházková
""",
    },
    {
        "id": "a040-english-respectively",
        "description": "English from a Czech agency; production and test addresses given in "
        "one sentence with 'respectively'",
        "style": Style.ROLE_ORDER,
        "labels": L(
            FEED,
            "Central European Press Agency s.r.o.",
            "08800499",
            None,
            ["203.0.113.170"],
            ["203.0.113.180"],
            "Kateřina Lindner",
            "lindner@cepa.example",
            "+420246011870",
        ),
        "from": "Kateřina Lindner <lindner@cepa.example>",
        "subject": "Registration for the XML results server",
        "body": """Dear Sir or Madam,

Central European Press Agency s.r.o. (company ID 08800499), Prague, requests access to
the dedicated XML server for the presidential election. Our production and test
servers are 203.0.113.170 and 203.0.113.180, respectively.

Contact: Kateřina Lindner, lindner@cepa.example, +420 246 011 870

Regards,
Kateřina Lindner
IT Operations
""",
    },
    {
        "id": "a041-outlook-smime-letter-table",
        "description": "S/MIME-signed Outlook mail: a formal letter with an HTML table of "
        "roles and addresses, the data box in the signature",
        "style": Style.OUTLOOK,
        "labels": L(
            FEED,
            "Vltavský kurýr a.s.",
            "65389921",
            "m2xe7ua",
            ["198.51.100.21", "198.51.100.22", "198.51.100.23"],
            ["198.51.100.36", "198.51.100.37", "198.51.100.38"],
            "Mgr. Barbora Křížová",
            "krizova@vltavsky-kuryr.example",
            "+420224813507",
        ),
        "from": "Křížová Barbora <krizova@vltavsky-kuryr.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení – Vltavský kurýr a.s.",
        "headers": OUTLOOK,
        "smime": True,
        "body": """Vážená paní, vážený pane,

společnost Vltavský kurýr a.s. žádá o registraci k vyhrazenému připojení k serveru
s průběžnými výsledky volby prezidenta republiky 2023.

Použití\tIP adresa
ostrý provoz\t198.51.100.21
ostrý provoz\t198.51.100.22
ostrý provoz\t198.51.100.23
testovací\t198.51.100.36
testovací\t198.51.100.37
testovací\t198.51.100.38

Kontaktní osoba: Mgr. Barbora Křížová, tel. 224 813 507

S úctou

Mgr. Barbora Křížová
vedoucí datové redakce
Vltavský kurýr a.s. | IČO 65389921 | DS m2xe7ua
Na Florenci 2116/15, 110 00 Praha 1
""",
        "html": """<html><body lang="CS"><div class="WordSection1">
<p class="MsoNormal">Vážená paní, vážený pane,<o:p></o:p></p>
<p class="MsoNormal">společnost Vltavský kurýr a.s. žádá o registraci k vyhrazenému připojení k serveru
s průběžnými výsledky volby prezidenta republiky 2023.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Použití</b></p></td><td><p class="MsoNormal"><b>IP adresa</b></p></td></tr>
<tr><td><p class="MsoNormal">ostrý provoz</p></td><td><p class="MsoNormal">198.51.100.21</p></td></tr>
<tr><td><p class="MsoNormal">ostrý provoz</p></td><td><p class="MsoNormal">198.51.100.22</p></td></tr>
<tr><td><p class="MsoNormal">ostrý provoz</p></td><td><p class="MsoNormal">198.51.100.23</p></td></tr>
<tr><td><p class="MsoNormal">testovací</p></td><td><p class="MsoNormal">198.51.100.36</p></td></tr>
<tr><td><p class="MsoNormal">testovací</p></td><td><p class="MsoNormal">198.51.100.37</p></td></tr>
<tr><td><p class="MsoNormal">testovací</p></td><td><p class="MsoNormal">198.51.100.38</p></td></tr>
</table>
<p class="MsoNormal">Kontaktní osoba: Mgr. Barbora Křížová, tel. 224 813 507<o:p></o:p></p>
<p class="MsoNormal">S úctou<o:p></o:p></p>
<p class="MsoNormal"><b>Mgr. Barbora Křížová</b><br>vedoucí datové redakce<br>
Vltavský kurýr a.s. | IČO 65389921 | DS m2xe7ua<br>Na Florenci 2116/15, 110 00 Praha 1<o:p></o:p></p>
</div></body></html>
""",
    },
    {
        "id": "a042-webmail-table-side-by-side-columns",
        "description": "HTML-only webmail, a table with a production column and a test column "
        "side by side, one test cell empty",
        "style": Style.HTML_TABLE,
        "labels": L(
            FEED,
            "Rádio Svitava s.r.o.",
            "62585240",
            None,
            ["192.0.2.11", "192.0.2.12", "192.0.2.13"],
            ["192.0.2.18", "192.0.2.19"],
            "Ivana Pokorná",
            "pokorna@radiosvitava.example",
            "+420461530227",
        ),
        "from": "Ivana Pokorná <pokorna@radiosvitava.example>",
        "subject": "Žádost o připojení k výsledkům voleb (XML)",
        "headers": [("X-Mailer", "Centrum Mail")],
        "html": """<html><body>
<p>Dobrý den,</p>
<p>Rádio Svitava s.r.o., IČO 62585240, žádá o vyhrazené připojení k XML serveru. Adresy:</p>
<table border="1" style="border-collapse: collapse">
<thead><tr><th>Produkční IP</th><th>Testovací IP</th></tr></thead>
<tbody>
<tr><td>192.0.2.11</td><td>192.0.2.18</td></tr>
<tr><td>192.0.2.12</td><td>192.0.2.19</td></tr>
<tr><td>192.0.2.13</td><td></td></tr>
</tbody></table>
<p>Kontaktní osoba: Ivana Pokorná<br>Tel.: +420 461 530 227<br>E-mail: pokorna@radiosvitava.example</p>
<p>Děkuji,<br>Ivana Pokorná</p>
</body></html>
""",
    },
    {
        "id": "a043-databox-pdf-letter-names-office-box",
        "description": "data message with a PDF letter whose address block names the office's "
        "own data box; the applicant's box only on the envelope",
        "style": Style.DATABOX,
        "labels": L(
            FEED,
            "Deník Vysočiny Jihlava, s.r.o.",
            "29035481",
            "p8wd4hn",
            ["203.0.113.161", "203.0.113.162"],
            ["203.0.113.169"],
            "Jaroslav Mach",
            "mach@denik-vysociny.example",
            "+420567301448",
        ),
        "subject": "Registrace - průběžné výsledky XML",
        "databox": {
            "box": "p8wd4hn",
            "sender": "Deník Vysočiny Jihlava, s.r.o.",
            "address": "Masarykovo náměstí 32, 586 01 Jihlava",
        },
        "attachments": [
            (
                "pdf",
                "registrace_xml.pdf",
                [
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                    "ID datové schránky: 2gfaasy",
                    "Deník Vysočiny Jihlava, s.r.o., IČO: 29035481",
                    "Věc: Registrace – průběžné výsledky XML",
                    "IP adresy (ostrý provoz): 203.0.113.161, 203.0.113.162\n"
                    "IP adresy (test): 203.0.113.169",
                    "Kontaktní osoba: Jaroslav Mach, mach@denik-vysociny.example, +420 567 301 448",
                    "V Jihlavě 29. 11. 2022",
                ],
            )
        ],
    },
    {
        "id": "a044-lookalikes-oid-subnet-date",
        "description": "look-alikes: a certificate policy OID, the provider's /26 network "
        "given as context, a date and a time; the fixed addresses inside it requested",
        "style": Style.LOOKALIKES,
        "labels": L(
            FEED,
            "Nakladatelství Brána, s.r.o.",
            "02844303",
            None,
            ["203.0.113.66", "203.0.113.67"],
            ["203.0.113.70"],
            "Ing. Pavel Doležal",
            "dolezal@nakl-brana.example",
            "+420608114530",
        ),
        "from": "Pavel Doležal <dolezal@nakl-brana.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "body": """Dobrý den,

Nakladatelství Brána, s.r.o., IČO 02844303, žádá o přístup k vyhrazenému serveru.

Naše servery jsou v síti poskytovatele 203.0.113.64/26, z ní máme přidělené pevné
adresy 203.0.113.66 a 203.0.113.67 – ty prosím povolte pro ostrý provoz.
Pro test použijeme 203.0.113.70.

Výsledky chceme zobrazovat od 14.1.2023 14.00 h.
Zprávu podepisuji kvalifikovaným certifikátem (politika 1.3.158.36061701.1.2.3).

Kontaktní osoba: Ing. Pavel Doležal, dolezal@nakl-brana.example, mob. 608 114 530

S pozdravem
Pavel Doležal
""",
    },
    {
        "id": "a045-form-checkboxes-filming-unticked",
        "description": "a filled-in form in the body: the XML box ticked, the filming box "
        "not; labelled fields",
        "style": Style.FORM,
        "labels": L(
            FEED,
            "Zpravodajství Region Plus, z.ú.",
            "60537574",
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Simona Kalinová",
            "kalinova@regionplus.example",
            "+420734552016",
        ),
        "from": "Simona Kalinová <kalinova@regionplus.example>",
        "subject": "Formulář - žádost médií",
        "body": """Dobrý den, zasílám vyplněný formulář.

ŽÁDOST MÉDIÍ – VOLBA PREZIDENTA 2023
Žadatel (název): Zpravodajství Region Plus, z.ú.
IČO: 60537574
Předmět žádosti:
  [x] přístup k vyhrazenému serveru s výsledky (XML)
  [ ] povolení k přítomnosti na přebíracím místě
IP adresy – ostrý provoz: 198.51.100.240, 198.51.100.241
IP adresy – testovací: 198.51.100.250
Kontaktní osoba: Simona Kalinová
Telefon: 734 552 016
E-mail: kalinova@regionplus.example

Simona Kalinová
""",
    },
    {
        "id": "a046-recording-regional-tv-two-people",
        "description": "filming request for two people at a collection point; the applicant "
        "is the contact, the crew's phones are given too",
        "style": Style.RECORDING,
        "labels": L(
            REC,
            "Televize Haná Plus s.r.o.",
            "27207757",
            None,
            [],
            [],
            "Mgr. Lucie Vrbová",
            "vrbova@tvhanaplus.example",
            "+420585115630",
        ),
        "from": "Lucie Vrbová <vrbova@tvhanaplus.example>",
        "subject": "Žádost o vydání povolení k přítomnosti na přebíracím místě",
        "body": """Dobrý den,

Televize Haná Plus s.r.o., IČO 27207757, se sídlem Dolní náměstí 7, 779 00 Olomouc,
žádá o povolení k přítomnosti na přebíracím místě ČSÚ pro tyto osoby:

1. Tomáš Chytil, redaktor, tel. 605 330 118, chytil@tvhanaplus.example
2. Ondřej Vlk, kameraman, tel. 722 904 515, vlk@tvhanaplus.example

Preferované místo: Olomoucký kraj, okres Olomouc (případně Prostějov).
Rozsah záznamu: videozáznam příjmu zápisů z okrsků, rozhovor s vedoucím přebíracího
místa, pokud bude souhlasit; celkem do 45 minut, sobota 14. 1. 2023.

Žadatelka a kontaktní osoba: Mgr. Lucie Vrbová, šéfredaktorka,
vrbova@tvhanaplus.example, tel. 585 115 630

S pozdravem
Mgr. Lucie Vrbová
""",
    },
    {
        "id": "a047-apple-mail-feed-declined-filming-only",
        "description": "iPhone mail: the XML feed explicitly not wanted, only filming",
        "style": Style.APPLE_MAIL,
        "labels": L(
            REC,
            "Fotoagentura Objektiv s.r.o.",
            "05818052",
            None,
            [],
            [],
            "Barbora Malá",
            "mala@objektiv-foto.example",
            "+420777618203",
        ),
        "from": "Barbora Malá <mala@objektiv-foto.example>",
        "subject": "Povolení foto na přebíracím místě",
        "headers": APPLE,
        "body": """Dobrý den,
prosím o povolení pro naši fotografku Barboru Malou (tedy mě) fotografovat na
přebíracím místě v Praze 5 v sobotu 14. 1. Přístup k XML výsledkům nepotřebujeme,
data bereme od agentury.
Fotoagentura Objektiv s.r.o., IČO 05818052
Barbora Malá, 777 618 203, mala@objektiv-foto.example

Odesláno z iPhonu
""",
    },
    {
        "id": "a048-outlook-forward-colleagues-details",
        "description": "Outlook forward: the editor-in-chief forwards the technician's internal "
        "mail with the addresses and names him as the contact",
        "style": Style.FORWARD_OWN,
        "labels": L(
            BOTH,
            "Polabský deník a.s.",
            "21720622",
            None,
            ["192.0.2.81", "192.0.2.82", "192.0.2.83"],
            ["192.0.2.84"],
            "Vít Tichý",
            "tichy@polabsky-denik.example",
            "+420606447120",
        ),
        "from": "Novák Miloš <novak@polabsky-denik.example>",
        "subject": "FW: adresy pro ČSÚ",
        "headers": OUTLOOK,
        "body": """Dobrý den,

Polabský deník a.s. (IČO 21720622) žádá o vyhrazené připojení k XML serveru s výsledky
volby prezidenta; technické údaje jsou ve zprávě kolegy níže. Kontaktní osobou pro
připojení je kolega Vít Tichý. Zároveň prosíme o povolení pro našeho fotoreportéra
Martina Jelínka fotografovat na přebíracím místě v Nymburce.

S pozdravem
Mgr. Miloš Novák
šéfredaktor, Polabský deník a.s.
tel. 325 512 400

From: Tichý Vít <tichy@polabsky-denik.example>
Sent: Tuesday, November 29, 2022 3:12 PM
To: Novák Miloš <novak@polabsky-denik.example>
Subject: adresy pro ČSÚ

Ahoj Miloši,
tady jsou adresy pro tu žádost:
ostré: 192.0.2.81, 192.0.2.82, 192.0.2.83
testovací: 192.0.2.84
Kdyby se ozvali, jsem na 606 447 120 nebo tichy@polabsky-denik.example.
Vít
""",
    },
]
