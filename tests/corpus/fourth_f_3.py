"""Fourth held-out part ``f``, cases f029–f042: roles by order, follow-ups, a vendor writing
for its client, struck corrections, replies quoting the office, several people with several
phones, Slovak and English writers. Written by hand; labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourth_f_common import BOTH, FEED, FILM, Style
from tests.corpus.label_rules import label as labels

_PRESS_RELEASE = """\
Český statistický úřad nabízí i při letošních volbách médiím vyhrazené připojení k serveru
s výsledky ve formátu XML. Žádost musí obsahovat seznam nejvýše 5 IP adres (např.
192.0.2.1) a nejvýše 5 testovacích IP adres, které budou při reálném zpracování odpojeny,
a dále kontaktní e-mail a telefon. Žádosti zasílejte na volby@czso.cz nebo do datové
schránky ČSÚ (ID 2gfaasy). Informace: tiskové oddělení, tel. +420 274 052 733.
"""

CASES: list[dict[str, Any]] = [
    {
        "id": "f029-english-respectively-austrian-night-editor-contact",
        "description": "Austrian online paper: production and test given by 'respectively'; "
        "the writer hands the contact role to the night editor",
        "style": Style.GMAIL,
        "labels": labels(
            FEED,
            ("Donaupost Online GmbH", None, None),
            ["203.0.113.30"],
            ["203.0.113.31"],
            ("Florian Gruber", "f.gruber@donaupost.example", "+436641234567"),
        ),
        "from": "Sabine Lechner <s.lechner@donaupost.example>",
        "subject": "Request: XML results server access (Donaupost Online)",
        "body": """\
Dear Sir or Madam,

Donaupost Online GmbH, Vienna, would like to receive the Czech election results from
your dedicated XML server. Our production and test servers are 203.0.113.30 and
203.0.113.31 respectively.

The contact for this application is our night editor Florian Gruber
(f.gruber@donaupost.example, +43 664 1234567), who will also be on duty on the night.

With kind regards,
Sabine Lechner
Head of Digital, Donaupost Online GmbH
+43 1 555 20 10
""",
    },
    {
        "id": "f030-followup-forgot-phone-quotes-first-mail",
        "description": "Second mail five minutes later adding the forgotten phone; the first "
        "mail with everything else is quoted, no diacritics",
        "style": Style.FOLLOWUP,
        "labels": labels(
            FEED,
            ("Agentura Morava Press, spol. s r.o.", "24035165", None),
            ["198.51.100.70", "198.51.100.71", "198.51.100.72"],
            ["198.51.100.73"],
            ("Radim Sedlacek", "sedlacek@moravapress.example", "+420739440612"),
        ),
        "from": "Radim Sedlacek <sedlacek@moravapress.example>",
        "subject": "Re: zadost o pristup k vysledkum",
        "charset": "us-ascii",
        "cte": "7bit",
        "body": """\
Jeste jsem zapomnel telefon: 739 440 612.
R. Sedlacek

On Thu, Sep 8, 2022 at 11:02 AM Radim Sedlacek <sedlacek@moravapress.example> wrote:
> Dobry den,
> Agentura Morava Press, spol. s r.o., ICO 24035165, zada o pristup k serveru s vysledky
> voleb.
> produkcni: 198.51.100.70, 198.51.100.71, 198.51.100.72
> testovaci: 198.51.100.73
> Kontakt: Radim Sedlacek, sedlacek@moravapress.example
> Diky, Radim Sedlacek
""",
    },
    {
        "id": "f031-html-rowspan-role-cells",
        "description": "Outlook HTML table whose role cells span rows (two production, one test "
        "address); the plain part says only 'see table'",
        "style": Style.HTML_TABLE,
        "labels": labels(
            FEED,
            ("Deník Pardubicka a.s.", "08257647", None),
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.250"],
            ("Aleš Šindelář", "sindelar@denikpardubicka.example", "+420466053918"),
        ),
        "from": "Aleš Šindelář <sindelar@denikpardubicka.example>",
        "subject": "Volby – žádost o přístup (Deník Pardubicka)",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": "Dobrý den, žádost viz tabulka v HTML části. Aleš Šindelář\n",
        "html": """\
<html><body>
<p>Dobrý den,</p>
<p>Deník Pardubicka a.s., IČO 082 57 647, žádá o přístup k vyhrazenému serveru
s výsledky voleb:</p>
<table border="1" style="border-collapse:collapse">
<tr><td rowspan="2"><b>Produkční (ostrý provoz)</b></td><td>192.0.2.240</td></tr>
<tr><td>192.0.2.241</td></tr>
<tr><td><b>Testovací</b></td><td>192.0.2.250</td></tr>
</table>
<p>Kontaktní osoba: Aleš Šindelář, tel. 466 053 918,
<a href="mailto:sindelar@denikpardubicka.example">sindelar@denikpardubicka.example</a></p>
<p>Děkujeme.<br>Aleš Šindelář<br>zástupce šéfredaktora</p>
</body></html>
""",
    },
    {
        "id": "f032-slovak-filming-only-feed-declined-crew",
        "description": "Slovak TV asks only to film and says it does not ask for data access; "
        "the reporter is the contact, two crew members with phones",
        "style": Style.OUTLOOK,
        "labels": labels(
            FILM,
            ("TV Stred, a.s.", None, None),
            [],
            [],
            ("Natália Hrušovská", "hrusovska@tvstred.example", "+421903456120"),
        ),
        "from": "Natália Hrušovská <hrusovska@tvstred.example>",
        "subject": "Povolenie na natáčanie – voľby v ČR",
        "headers": [("X-Mailer", "Microsoft Outlook 15.0")],
        "body": """\
Dobrý deň,

televízia TV Stred, a.s. (Banská Bystrica) pripravuje reportáž o českých voľbách a
chceli by sme natáčať na jednom z vašich preberacích miest v Ostrave.
O prístup k dátovému serveru s výsledkami nežiadame.

Štáb:
Natália Hrušovská – redaktorka, kontaktná osoba, +421 903 456 120
Igor Baláž – kameraman, +421 915 220 334
Róbert Mikuš – zvukár, +421 907 118 552

S pozdravom
Natália Hrušovská
""",
    },
    {
        "id": "f033-english-followup-drops-filming-mixed-ipv6",
        "description": "Latvian outlet's follow-up withdraws the filming asked for in the quoted "
        "original; production mixes IPv6 and IPv4",
        "style": Style.FOLLOWUP,
        "labels": labels(
            FEED,
            ("Baltic Current Media SIA", None, None),
            ["2001:db8:bc::1", "2001:db8:bc::2", "198.51.100.44"],
            [],
            ("Ilze Kalnina", "ilze.kalnina@balticcurrent.example", "+37129123456"),
        ),
        "from": "Ilze Kalnina <ilze.kalnina@balticcurrent.example>",
        "subject": "Re: Media application - Baltic Current",
        "body": """\
Hello again,

a quick follow-up to my mail below: we'll skip the filming after all (no crew available
that weekend), so please treat this as a request for the data feed only.

Thanks,
Ilze

On 06/09/2022 17:20, Ilze Kalnina wrote:
> Dear Czech Statistical Office,
>
> Baltic Current Media SIA (Riga) asks for:
> - access to your XML results server from 2001:db8:bc::1, 2001:db8:bc::2 and
>   198.51.100.44 (all production),
> - permission to film at a collection point in Prague.
>
> Contact: Ilze Kalnina, ilze.kalnina@balticcurrent.example, +371 2912 3456
""",
    },
    {
        "id": "f034-docx-letter-nested-table-footer-switchboard",
        "description": "DOCX letter with a nested address table and a footer switchboard; the "
        "contact's mobile is in the body, the range is written 'až'",
        "style": Style.LETTER,
        "labels": labels(
            FEED,
            ("Nakladatelství Šumava Media, s.r.o.", "29811252", None),
            ["198.18.100.1", "198.18.100.2", "198.18.100.3", "198.18.100.4"],
            [],
            ("Jaroslav Pech", "pech@sumavamedia.example", "+420724905318"),
        ),
        "from": "Jaroslav Pech <pech@sumavamedia.example>",
        "subject": "Žádost – přístup k výsledkům voleb",
        "body": "Dobrý den,\nzasílám žádost v příloze.\nJaroslav Pech\n",
        "attachments": [
            (
                "docx",
                "Zadost_SumavaMedia.docx",
                {
                    "header": "Nakladatelství Šumava Media, s.r.o. | IČO 29811252",
                    "blocks": [
                        "Český statistický úřad, Na padesátém 81, Praha 10",
                        "Věc: žádost o přístup k serveru s výsledky voleb",
                        "Žádáme o zřízení přístupu pro naše servery uvedené v tabulce.",
                        {
                            "rows": [["Servery", ""], ["", ""]],
                            "merge": [(0, 0, 0, 1)],
                            "nested": {
                                (1, 0): {
                                    "rows": [
                                        ["Role", "Adresy"],
                                        ["produkční", "198.18.100.1 až 198.18.100.4"],
                                        ["testovací", "žádné"],
                                    ]
                                }
                            },
                        },
                        "Kontaktní osoba: Jaroslav Pech, technický ředitel, mobil 724 905 318, "
                        "pech@sumavamedia.example",
                        "Ve Vimperku 5. 9. 2022, Mgr. Olga Tichá, jednatelka",
                    ],
                    "footer": "Šumava Media | Steinbrenerova 6, Vimperk | ústředna 388 411 100",
                },
            )
        ],
    },
    {
        "id": "f035-hurried-editor-backup-colleague-phone",
        "description": "Editor in a hurry with typos; gives her mobile and a colleague's as a "
        "fallback; she is the contact",
        "style": Style.CHATTY,
        "labels": labels(
            FEED,
            ("Brněnský metropolitan, s.r.o.", "47022396", None),
            ["203.0.113.77"],
            ["203.0.113.78", "203.0.113.79"],
            ("Klára Benešová", "benesova@brnenskymetro.example", "+420728517640"),
        ),
        "from": "Klára Benešová <benesova@brnenskymetro.example>",
        "subject": "pristup volby - Brnensky metropolitan",
        "body": """\
Dobrý den, pardon za stručnost, jsem na cestě.

Brněnský metropolitan, s.r.o., IČO 47022396 – chceme přístup k XML výsledkům jako
loni. Ostrá IP 203.0.113.77, testovací 203.0.113.78 a 203.0.113.79.

Kontakt jsem já, mobil 728 517 640. Kdybych nebrala, zkuste kolegu Honzu Řeháka
(731 004 219), ale žádost vyřizuju já.

Díky moc!! K. Benešová
""",
    },
    {
        "id": "f036-it-vendor-writes-for-client-editor-contact",
        "description": "An IT vendor submits in English on behalf of a Czech paper; the "
        "applicant and the contact are the client's, not the vendor's",
        "style": Style.SIGNATURE,
        "labels": labels(
            FEED,
            ("Plzeňský rozhled s.r.o.", "00391174", None),
            ["198.51.100.150"],
            ["198.51.100.151"],
            ("Radka Vondrová", "vondrova@plzenskyrozhled.example", "+420377225190"),
        ),
        "from": "Marek Bílý <marek.bily@nordhost.example>",
        "cc": "Radka Vondrová <vondrova@plzenskyrozhled.example>",
        "subject": "Election feed access for Plzeňský rozhled",
        "body": """\
Hello,

we are the hosting provider of Plzeňský rozhled s.r.o. (IČO 00391174) and are sending
their application on their behalf; the applicant is the paper, not us.

Production server (hosted with us): 198.51.100.150
Test server: 198.51.100.151

The contact person for the application is the paper's online editor Radka Vondrová,
vondrova@plzenskyrozhled.example, +420 377 225 190 (copied).

--
Marek Bílý
NordHost s.r.o. | support +420 246 000 111 | marek.bily@nordhost.example
""",
    },
    {
        "id": "f037-slovak-apple-mail-test-block-mobile-before-switchboard",
        "description": "Slovak weekly via Apple Mail with IPv6 production and a /30 IPv4 test "
        "block; the signature gives a mobile and a switchboard",
        "style": Style.APPLE_MAIL,
        "labels": labels(
            FEED,
            ("Týždenník Horehronie, s.r.o.", None, None),
            ["2001:db8:e1::20", "2001:db8:e1::21"],
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ("Ján Šulek", "sulek@horehronie.example", "+421905667082"),
        ),
        "from": "Ján Šulek <sulek@horehronie.example>",
        "subject": "Žiadosť o prístup k serveru s výsledkami",
        "headers": [("X-Mailer", "Apple Mail (2.3696.120.41)")],
        "body": """\
Dobrý deň,

Týždenník Horehronie, s.r.o. (Brezno) žiada o prístup k XML výsledkom volieb.

Ostré servery (IPv6): 2001:db8:e1::20, 2001:db8:e1::21
Testovací rozsah: 198.51.100.128/30

Ďakujem,

Ján Šulek
technický správca
mobil: 0905 667 082
ústredňa: +421 48 611 20 00
sulek@horehronie.example
""",
    },
    {
        "id": "f038-html-struck-address-corrected",
        "description": "HTML mail where a mistyped production address is struck through and "
        "the right one written after it",
        "style": Style.CORRECTION,
        "labels": labels(
            FEED,
            ("Rádio Labe Plus s.r.o.", "26564904", None),
            ["192.0.2.21", "192.0.2.22"],
            ["192.0.2.30"],
            ("Dušan Kratochvíl", "kratochvil@radiolabe.example", "+420475208843"),
        ),
        "from": "Dušan Kratochvíl <kratochvil@radiolabe.example>",
        "subject": "Žádost o přístup – Rádio Labe Plus (opraveno)",
        "html": """\
<html><body>
<p>Dobrý den,</p>
<p>posílám znovu, v první verzi byl překlep. Rádio Labe Plus s.r.o., IČO 26564904, žádá
o přístup k serveru s výsledky voleb.</p>
<p>Produkční adresy: <s>192.0.2.12</s> 192.0.2.21, 192.0.2.22<br>
Testovací adresa: 192.0.2.30</p>
<p>Kontakt: Dušan Kratochvíl, 475 208 843</p>
<p>Dušan Kratochvíl<br>vedoucí techniky</p>
</body></html>
""",
    },
    {
        "id": "f039-formal-secretary-contact-and-deputy-both-requests",
        "description": "Formal mail from a secretary: the director acts for the company, the IT "
        "head is the contact with a deputy for absences; feed and filming with a crew",
        "style": Style.OUTLOOK,
        "labels": labels(
            BOTH,
            ("Jihomoravská mediální a.s.", "24730980", None),
            ["203.0.113.220", "203.0.113.221", "203.0.113.222"],
            ["203.0.113.230"],
            ("Roman Žák", "zak@jmmedia.example", "+420541223087"),
        ),
        "from": "Sekretariát JMM <sekretariat@jmmedia.example>",
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": """\
Vážená paní, vážený pane,

z pověření generálního ředitele Ing. Stanislava Hory zasílám žádost společnosti
Jihomoravská mediální a.s., IČO 24730980, o:
- přístup k vyhrazenému serveru s výsledky voleb,
- povolení natáčení na přebíracím místě v Brně-Bohunicích.

Produkční IP adresy: 203.0.113.220, 203.0.113.221, 203.0.113.222
Testovací IP adresa: 203.0.113.230

Kontaktní osobou ve věci této žádosti je vedoucí IT Roman Žák, zak@jmmedia.example,
tel. 541 223 087. V době jeho nepřítomnosti jej zastupuje Pavel Mareš
(mares@jmmedia.example, 541 223 090).

Natáčet budou: Lenka Fojtíková (redaktorka) a Jiří Straka (kameraman).

S pozdravem
Hana Pokorná
asistentka generálního ředitele
Jihomoravská mediální a.s.
""",
    },
    {
        "id": "f040-databox-text-attachment-town-newsletter",
        "description": "Data-box message of a town with a plain-text attachment; the mayor "
        "signs, the newsletter editor is the contact",
        "style": Style.DATABOX,
        "labels": labels(
            FEED,
            ("Město Horní Lomnice", "07144521", "p4vr9da"),
            ["198.18.200.14"],
            ["198.18.200.15"],
            ("Renata Holubová", "holubova@hornilomnice.example", "+420499881204"),
        ),
        "subject": "Žádost o přístup k serveru s výsledky voleb – Lomnický občasník",
        "databox": {
            "box": "p4vr9da",
            "sender": "Město Horní Lomnice",
            "address": "Náměstí 1, 543 71 Horní Lomnice",
            "type": 10,
            "ref": "MHL-1187/2022",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                """\
Město Horní Lomnice, IČO 07144521, vydavatel Lomnického občasníku, žádá o přístup
k vyhrazenému serveru s výsledky voleb (zpravodajský web občasníku).

Produkční IP: 198.18.200.14
Testovací IP: 198.18.200.15

Kontaktní osoba: Renata Holubová, redaktorka občasníku
e-mail: holubova@hornilomnice.example, tel.: 499 881 204

Ing. Vladimír Kos, starosta
""",
            )
        ],
    },
    {
        "id": "f041-reply-to-press-release-office-data-quoted",
        "description": "Reply to the office's press release, which is quoted with the office's "
        "e-mail, data box, phone and an example address; chief editor in copy",
        "style": Style.REPLY,
        "labels": labels(
            FEED,
            ("Deník Ostravsko s.r.o.", "28399111", None),
            ["198.51.100.30", "198.51.100.31", "198.51.100.32"],
            ["198.51.100.35", "198.51.100.36"],
            ("Tereza Kociánová", "kocianova@denikostravsko.example", "+420596114275"),
        ),
        "from": "Tereza Kociánová <kocianova@denikostravsko.example>",
        "cc": "Vlastimil Bárta <barta@denikostravsko.example>",
        "subject": "Re: ČSÚ nabízí během voleb vyhrazené připojení pro média",
        "body": """\
Dobrý den,

reaguji na Vaši tiskovou zprávu níže. Deník Ostravsko s.r.o., IČO 28399111, žádá
o vyhrazené připojení.

Produkční IP: 198.51.100.30, 198.51.100.31, 198.51.100.32
Testovací IP: 198.51.100.35, 198.51.100.36

Kontakt: Tereza Kociánová, vedoucí datového týmu, tel. 596 114 275.
V kopii šéfredaktor Vlastimil Bárta.

T. Kociánová

> """
        + _PRESS_RELEASE.replace("\n", "\n> ").rstrip("> ")
        + "\n",
    },
    {
        "id": "f042-english-broadcaster-new-contact-old-retired-crew",
        "description": "UK broadcaster: the head of data writes, last time's contact retired, "
        "a new contact is named; feed and filming with a crew; IPv6 /127 test block",
        "style": Style.OUTLOOK,
        "labels": labels(
            BOTH,
            ("Thames Valley Broadcasting plc", None, None),
            ["203.0.113.180", "203.0.113.181", "203.0.113.182", "203.0.113.183"],
            ["2001:db8:5::", "2001:db8:5::1"],
            ("Priya Nair", "priya.nair@tvb.example", "+447700900561"),
        ),
        "from": "Graham Holt <graham.holt@tvb.example>",
        "cc": "Priya Nair <priya.nair@tvb.example>",
        "subject": "TVB - results feed and filming request, Czech elections",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "cte": "base64",
        "body": """\
Dear Election Services team,

Thames Valley Broadcasting plc would again like to take the XML results feed and, this
time, also film at a collection point in Prague for our evening bulletin.

Last time your contact at TVB was John Reid; he has since retired, so please don't use
his address. For this application the contact is Priya Nair, our data producer
(priya.nair@tvb.example, +44 7700 900561), copied here. I'd appreciate being copied too.

Production: 203.0.113.180 to 203.0.113.183
Test: 2001:db8:5::/127

Crew on the night: Owen Price (camera, +44 7700 900872) and Hannah Moss (reporter).

Best wishes,
Graham Holt
Head of Data Journalism, TVB
+44 20 7946 0958
""",
    },
]
