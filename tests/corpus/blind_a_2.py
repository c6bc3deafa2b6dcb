"""Blind held-out cases a017–a032: an Outlook table with spanning role cells, Czech without
diacritics, signature blocks, a follow-up correcting the quoted first message, attachments
(PDF, XLSX, ODT, an attached earlier message), a municipal newsroom and foreign crews."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind_a_common import BOTH, FEED, REC, L, Style

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "cs")]
GMAIL = [("X-Gm-Message-State", "AO0yUKW2fQ1m8r7s0bXy")]
THUNDERBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Gecko/20100101 Thunderbird/102.5.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3696.120.41.1.1)")]

ORIGINAL_A028: dict[str, Any] = {
    "id": "a028-original",
    "from": "Robert Šimek <simek@radio-orlice.example>",
    "subject": "Žádost o přístup k XML serveru – Rádio Orlice",
    "body": """Dobrý den,

Rádio Orlice, s.r.o., IČO 24801291, žádá o přístup k vyhrazenému serveru s výsledky
volby prezidenta.

Adresy pro ostrý provoz: 192.0.2.171, 192.0.2.172
Testovací adresa: 192.0.2.179

Kontaktní osoba: Robert Šimek, simek@radio-orlice.example, tel. 494 321 778

S pozdravem
Robert Šimek
""",
}

CASES: list[dict[str, Any]] = [
    {
        "id": "a017-outlook-table-spanning-role",
        "description": "Outlook HTML table whose role cells span two rows each (rowspan), "
        "with Outlook's tab-separated plain alternative",
        "style": Style.OUTLOOK,
        "labels": L(
            FEED,
            "Krajské listy Pardubicka s.r.o.",
            "64730956",
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.111", "203.0.113.112"],
            "Martina Stejskalová",
            "stejskalova@klpardubicka.example",
            "+420466051283",
        ),
        "from": "Stejskalová Martina <stejskalova@klpardubicka.example>",
        "subject": "Žádost o přidělení přístupu k XML serveru ČSÚ",
        "headers": OUTLOOK,
        "body": """Dobrý den,

v souladu s Vaší výzvou zasíláme žádost společnosti Krajské listy Pardubicka s.r.o.,
IČO 64730956, o vyhrazené připojení.

Typ\tIP adresa
Ostrý provoz\t203.0.113.101
\t203.0.113.102
Testovací\t203.0.113.111
\t203.0.113.112

Kontaktní osoba: Martina Stejskalová, tel. 466 051 283,
stejskalova@klpardubicka.example

S pozdravem
Martina Stejskalová
Krajské listy Pardubicka
""",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="CS"><div class="WordSection1">
<p class="MsoNormal">Dobrý den,<o:p></o:p></p>
<p class="MsoNormal">v souladu s Vaší výzvou zasíláme žádost společnosti Krajské listy Pardubicka s.r.o.,
IČO 64730956, o vyhrazené připojení.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Typ</b></p></td><td><p class="MsoNormal"><b>IP adresa</b></p></td></tr>
<tr><td rowspan="2"><p class="MsoNormal">Ostrý provoz</p></td><td><p class="MsoNormal">203.0.113.101</p></td></tr>
<tr><td><p class="MsoNormal">203.0.113.102</p></td></tr>
<tr><td rowspan="2"><p class="MsoNormal">Testovací</p></td><td><p class="MsoNormal">203.0.113.111</p></td></tr>
<tr><td><p class="MsoNormal">203.0.113.112</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kontaktní osoba: Martina Stejskalová, tel. 466 051 283,
<a href="mailto:stejskalova@klpardubicka.example">stejskalova@klpardubicka.example</a><o:p></o:p></p>
<p class="MsoNormal">S pozdravem<o:p></o:p></p>
<p class="MsoNormal">Martina Stejskalová<br>Krajské listy Pardubicka<o:p></o:p></p>
</div></body></html>
""",
    },
    {
        "id": "a018-gmail-czech-without-diacritics",
        "description": "Czech typed without diacritics on a phone, Gmail, addresses separated "
        "by semicolons, phone with spaces in pairs",
        "style": Style.GMAIL,
        "labels": L(
            FEED,
            "Echo Kladno s.r.o.",
            "04155891",
            None,
            ["198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["198.51.100.49"],
            "Jan Beran",
            "beran@echokladno.example",
            "+420721334455",
        ),
        "from": "Jan Beran <beran@echokladno.example>",
        "subject": "zadost o pristup k XML vysledkum",
        "headers": GMAIL,
        "body": """dobry den,

posilam zadost o pristup k serveru s vysledky volby prezidenta pro Echo Kladno s.r.o.,
ICO 04155891.

ostre IP: 198.51.100.41; 198.51.100.42; 198.51.100.43
testovaci IP: 198.51.100.49

kontakt: Jan Beran, tel 721 33 44 55, beran@echokladno.example

diky
Jan Beran
""",
        "html": """<div dir="auto">dobry den,<div dir="auto"><br></div><div dir="auto">posilam zadost o pristup k serveru s vysledky volby prezidenta pro Echo Kladno s.r.o., ICO 04155891.</div><div dir="auto"><br></div><div dir="auto">ostre IP: 198.51.100.41; 198.51.100.42; 198.51.100.43</div><div dir="auto">testovaci IP: 198.51.100.49</div><div dir="auto"><br></div><div dir="auto">kontakt: Jan Beran, tel 721 33 44 55, beran@echokladno.example</div><div dir="auto"><br></div><div dir="auto">diky</div><div dir="auto">Jan Beran</div></div>
""",
    },
    {
        "id": "a019-signature-block-ic-ds-two-phones",
        "description": "short body, organisation, IČ written with spaces, data box and two "
        "phones (switchboard and the signer's mobile) only in the signature block",
        "style": Style.SIGNATURE,
        "labels": L(
            FEED,
            "Rádio Haná Centrum, a.s.",
            "44987871",
            "k3mvt9p",
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.72"],
            "Bc. Aleš Konečný",
            "konecny@radiohana.example",
            "+420604338217",
        ),
        "from": "Aleš Konečný <konecny@radiohana.example>",
        "subject": "Přístup k výsledkům voleb v XML",
        "body": """Dobrý den,

žádáme o přístup k XML serveru pro volbu prezidenta.
Produkční adresy: 192.0.2.70, 192.0.2.71
Testovací adresa: 192.0.2.72
Kontaktní osobou jsem já, údaje viz podpis.

Děkuji

--
Bc. Aleš Konečný
vedoucí technického úseku
Rádio Haná Centrum, a.s.
Horní náměstí 583/17, 779 00 Olomouc
IČ: 449 87 871 | DIČ: CZ44987871
ID datové schránky: k3mvt9p
ústředna: +420 585 200 100
mobil: +420 604 338 217
konecny@radiohana.example
""",
    },
    {
        "id": "a020-followup-corrects-quoted-original",
        "description": "follow-up replying to the applicant's own first message: one test "
        "address corrected, everything else from the quoted original",
        "style": Style.CORRECTION,
        "labels": L(
            FEED,
            "Hanácký deník, s.r.o.",
            "62888048",
            None,
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.97", "203.0.113.92"],
            "Iveta Zedníková",
            "zednikova@hanacky-denik.example",
            "+420581774090",
        ),
        "from": "Iveta Zedníková <zednikova@hanacky-denik.example>",
        "subject": "Re: Žádost o přístup k XML – Hanácký deník",
        "headers": THUNDERBIRD + [("In-Reply-To", "<a020-first@hanacky-denik.example>")],
        "body": """Dobrý den,

ve včerejší zprávě (níže) jsem se přepsala v první testovací adrese – místo
203.0.113.91 má být 203.0.113.97. Všechno ostatní platí, jak jsem psala.

Omlouvám se za komplikace.
Iveta Zedníková

Dne 21.11.2022 v 14:02 Iveta Zedníková napsal(a):
> Dobrý den,
>
> Hanácký deník, s.r.o., IČO 62888048, žádá o vyhrazené připojení k serveru
> s výsledky volby prezidenta ve formátu XML.
>
> Ostrý provoz: 203.0.113.81, 203.0.113.82
> Test: 203.0.113.91, 203.0.113.92
>
> Kontaktní osoba: Iveta Zedníková
> e-mail: zednikova@hanacky-denik.example
> tel.: 581 774 090
>
> S pozdravem
> Iveta Zedníková
> Hanácký deník
""",
    },
    {
        "id": "a021-english-two-lines-no-test",
        "description": "two-line English note: an IPv6 and an IPv4 live address, no test "
        "addresses, a UK number, no organisation details beyond the name",
        "style": Style.TWO_LINE,
        "labels": L(
            FEED,
            "Datawire Ltd",
            None,
            None,
            ["2001:db8:4a::10", "192.0.2.150"],
            [],
            "Tom Fischer",
            "tom.fischer@datawire.example",
            "+442079460321",
        ),
        "from": "Tom Fischer <tom.fischer@datawire.example>",
        "subject": "XML feed access",
        "body": """Please whitelist 2001:db8:4a::10 and 192.0.2.150 for the live results feed; we need no test IPs.
Tom Fischer, Datawire Ltd, +44 20 7946 0321
""",
    },
    {
        "id": "a022-combined-label-live-and-backup",
        "description": "a label combining the live and backup servers (both production), "
        "a separate test line",
        "style": Style.ROLE_ORDER,
        "labels": L(
            FEED,
            "Regionální televize Střední Čechy, s.r.o.",
            "47015713",
            None,
            ["198.51.100.90", "198.51.100.91", "198.51.100.92"],
            ["198.51.100.95"],
            "Daniel Mareš",
            "mares@rtsc.example",
            "+420603918244",
        ),
        "from": "Daniel Mareš <mares@rtsc.example>",
        "subject": "Registrace XML - Regionální televize Střední Čechy",
        "body": """Dobrý den,

Regionální televize Střední Čechy, s.r.o. (IČO 47015713) žádá o přidělení přístupu
k serveru s průběžnými výsledky.

Ostrý + záložní server: 198.51.100.90, 198.51.100.91, 198.51.100.92
Testy: 198.51.100.95

Tech. kontakt: Daniel Mareš / mares@rtsc.example / +420 603 918 244

Děkujeme
Daniel Mareš
""",
    },
    {
        "id": "a023-slovak-recording-hodonin",
        "description": "Slovak radio asking only to record at the Hodonín collection point",
        "style": Style.SLOVAK,
        "labels": L(
            REC,
            "Rádio Záhorie, s.r.o.",
            "04975057",
            None,
            [],
            [],
            "Marek Bartoš",
            "bartos@radiozahorie.example",
            "+421944512306",
        ),
        "from": "Marek Bartoš <bartos@radiozahorie.example>",
        "subject": "Žiadosť o povolenie nahrávať na preberacom mieste",
        "body": """Dobrý deň,

Rádio Záhorie, s.r.o., IČO 04975057, Senica, by chcelo pripraviť reportáž o sčítavaní
hlasov pri voľbe prezidenta ČR. Žiadame preto o povolenie na prítomnosť nášho redaktora
na preberacom mieste v okrese Hodonín počas prvého kola.

Redaktor: Marek Bartoš (zároveň žiadateľ a kontaktná osoba)
e-mail: bartos@radiozahorie.example, tel.: 0944 512 306
Rozsah: zvukový záznam, rozhovory mimo priestoru preberania, cca 30 minút.

Ďakujem a prajem pekný deň,
Marek Bartoš
""",
    },
    {
        "id": "a024-pdf-letter-wrapped-table",
        "description": "body only points to the attachment; a PDF letter with a table whose "
        "address cells wrap over several lines",
        "style": Style.ATTACHMENT,
        "labels": L(
            FEED,
            "Vydavatelství Horácko, a.s.",
            "48349500",
            None,
            ["192.0.2.20", "192.0.2.21", "192.0.2.22"],
            ["192.0.2.29"],
            "Ing. Karel Pospíšil",
            "pospisil@horacko.example",
            "+420568840211",
        ),
        "from": "Sekretariát Horácko <sekretariat@horacko.example>",
        "subject": "Žádost o vyhrazené připojení",
        "body": """Dobrý den,
v příloze zasíláme podepsanou žádost o vyhrazené připojení k XML serveru.
S pozdravem
sekretariát Vydavatelství Horácko
""",
        "attachments": [
            (
                "pdf",
                "zadost_CSU_XML.pdf",
                [
                    "Vydavatelství Horácko, a.s.\nKarlovo náměstí 44, 674 01 Třebíč\nIČO: 48349500",
                    "Věc: Žádost o registraci k vyhrazenému připojení – volba prezidenta "
                    "republiky 2023",
                    "Žádáme o přístup k serveru s průběžnými výsledky ve formátu XML "
                    "z těchto adres:",
                    {
                        "rows": [
                            ["Účel", "IP adresy"],
                            ["ostrý provoz", "192.0.2.20, 192.0.2.21, 192.0.2.22"],
                            ["testování", "192.0.2.29"],
                        ],
                        "widths": [90, 80],
                    },
                    "Kontaktní osoba: Ing. Karel Pospíšil, správce sítí\n"
                    "e-mail: pospisil@horacko.example, tel.: 568 840 211",
                    "V Třebíči dne 22. 11. 2022\nMgr. Eva Doležalová, předsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "a025-xlsx-two-sheets-merged-role",
        "description": "XLSX with an applicant sheet and an address sheet whose role cells are "
        "merged over several rows; the mail body says almost nothing",
        "style": Style.ATTACHMENT,
        "labels": L(
            FEED,
            "Severočeský týdeník, s.r.o.",
            "67869734",
            None,
            ["203.0.113.121", "203.0.113.122", "203.0.113.123"],
            ["203.0.113.131", "203.0.113.132"],
            "Petr Fiala",
            "fiala@sctydenik.example",
            "+420475220398",
        ),
        "from": "Petr Fiala <fiala@sctydenik.example>",
        "subject": "XML registrace – Severočeský týdeník",
        "headers": GMAIL,
        "body": """Dobrý den, posílám vyplněnou tabulku s naší žádostí. Díky, P. Fiala
""",
        "attachments": [
            (
                "xlsx",
                "registrace_xml.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Název", "Severočeský týdeník, s.r.o."],
                            ["IČO", "67869734"],
                            ["Kontaktní osoba", "Petr Fiala"],
                            ["E-mail", "fiala@sctydenik.example"],
                            ["Telefon", "475 220 398"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Použití", "Adresa"],
                            ["Produkce", "203.0.113.121"],
                            [None, "203.0.113.122"],
                            [None, "203.0.113.123"],
                            ["Test", "203.0.113.131"],
                            [None, "203.0.113.132"],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    },
                ],
            )
        ],
    },
    {
        "id": "a026-webmail-chatty-municipal",
        "description": "HTML-only webmail in base64 from a town hall that publishes a "
        "newsletter; long, chatty, one production address",
        "style": Style.WEBMAIL_HTML,
        "labels": L(
            FEED,
            "Město Rychnov nad Bělou",
            "18477615",
            None,
            ["198.51.100.180"],
            [],
            "Lenka Šťastná",
            "stastna@rychnov-nb.example",
            "+420491456120",
        ),
        "from": "Lenka Šťastná <stastna@rychnov-nb.example>",
        "subject": "Dotaz / žádost - výsledky voleb pro náš zpravodaj a web",
        "headers": [("User-Agent", "Roundcube Webmail/1.6.0")],
        "cte": "base64",
        "html": """<html><body style="font-family: Verdana, sans-serif; font-size: 10pt">
<p>Dobrý den,</p>
<p>jsem z odboru kanceláře starosty a mám na starost webové stránky města a Rychnovský
zpravodaj. Při minulých volbách jsme výsledky z našich okrsků přepisovali ručně z volby.cz
a trvalo to do noci, tak jsme se letos rozhodli zkusit Váš XML server, o kterém nám
řekli kolegové ze sousedního města.</p>
<p>Žadatel: <b>Město Rychnov nad Bělou</b>, IČO 18477615 (vydavatel Rychnovského zpravodaje)</p>
<p>Web města běží na jediném serveru s adresou <b>198.51.100.180</b>, žádnou testovací
adresu nemáme – budeme zkoušet rovnou odtud, jestli to nevadí.</p>
<p>Kdybyste potřebovali cokoli doplnit, jsem k zastižení na tel. 491 456 120 nebo na
e-mailu stastna@rychnov-nb.example. V pátek odpoledne bývám mimo úřad.</p>
<p>Moc děkuji za pomoc a přeji hezké dny</p>
<p>Lenka Šťastná<br>referentka pro komunikaci<br>Městský úřad Rychnov nad Bělou</p>
</body></html>
""",
    },
    {
        "id": "a027-gmail-range-en-dash",
        "description": "Gmail; the production addresses as a range written with an en dash, "
        "one test address",
        "style": Style.GMAIL,
        "labels": L(
            FEED,
            "Mediahub Ostrava s.r.o.",
            "26290324",
            None,
            ["203.0.113.50", "203.0.113.51", "203.0.113.52", "203.0.113.53"],
            ["203.0.113.60"],
            "Filip Vaculík",
            "vaculik@mediahub-ostrava.example",
            "+420777045612",
        ),
        "from": "Filip Vaculík <vaculik@mediahub-ostrava.example>",
        "subject": "Žádost o XML přístup (volba prezidenta)",
        "headers": GMAIL,
        "body": """Dobrý den,

Mediahub Ostrava s.r.o., IČO 26290324, žádá o přístup k vyhrazenému serveru.

Ostrý provoz: 203.0.113.50 – 203.0.113.53 (čtyři servery v clusteru)
Testovací prostředí: 203.0.113.60

Filip Vaculík
vaculik@mediahub-ostrava.example
+420 777 045 612
""",
        "html": """<div dir="ltr">Dobrý den,<br><br>Mediahub Ostrava s.r.o., IČO 26290324, žádá o přístup k vyhrazenému serveru.<br><br>Ostrý provoz: 203.0.113.50 – 203.0.113.53 (čtyři servery v clusteru)<br>Testovací prostředí: 203.0.113.60<br><br><div><div dir="ltr" class="gmail_signature">Filip Vaculík<br>vaculik@mediahub-ostrava.example<br>+420 777 045 612</div></div></div>
""",
    },
    {
        "id": "a028-forward-attached-original-new-contact",
        "description": "the applicant's own earlier application attached as a message; the new "
        "text keeps it but names a new contact person",
        "style": Style.FORWARD_OWN,
        "labels": L(
            FEED,
            "Rádio Orlice, s.r.o.",
            "24801291",
            None,
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.179"],
            "Petra Horká",
            "horka@radio-orlice.example",
            "+420731442098",
        ),
        "from": "Petra Horká <horka@radio-orlice.example>",
        "subject": "Fw: Žádost o přístup k XML serveru – Rádio Orlice",
        "body": """Dobrý den,

v příloze znovu posílám naši žádost z minulého týdne, na kterou nám zatím nepřišlo
potvrzení. Adresy platí beze změny, jen kontaktní osoba je nově jiná – kolega Šimek
od nás odešel:

Kontaktní osoba: Petra Horká, horka@radio-orlice.example, tel. 731 442 098

Děkuji
Petra Horká
Rádio Orlice
""",
        "attachments": [("eml", "Žádost o přístup k XML serveru.eml", ORIGINAL_A028)],
    },
    {
        "id": "a029-apple-mail-university-project",
        "description": "Apple Mail with HTML alternative from a university research project; "
        "the address roles in a sentence with labels",
        "style": Style.APPLE_MAIL,
        "labels": L(
            FEED,
            "Vysoká škola mediálních studií Olomouc, z.ú.",
            "25150367",
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.165"],
            "doc. Mgr. Jakub Šrámek, Ph.D.",
            "sramek@vsms-olomouc.example",
            "+420585631902",
        ),
        "from": "Jakub Šrámek <sramek@vsms-olomouc.example>",
        "subject": "Žádost o přístup k XML výsledkům – výzkumný projekt",
        "headers": APPLE,
        "body": """Vážení,

Vysoká škola mediálních studií Olomouc, z.ú. (IČO 25150367) řeší výzkumný projekt
o datové žurnalistice ve volební noc a studenti budou během volby prezidenta
připravovat živé vizualizace. Prosíme proto o přístup k vyhrazenému XML serveru.

Produkční servery (školní datacentrum): 198.51.100.160, 198.51.100.161
Testovací server: 198.51.100.165

Kontaktní osoba: doc. Mgr. Jakub Šrámek, Ph.D., sramek@vsms-olomouc.example,
tel. 585 631 902

Děkuji a jsem s pozdravem
Jakub Šrámek
katedra žurnalistiky
""",
        "html": """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">Vážení,<div><br></div><div>Vysoká škola mediálních studií Olomouc, z.ú. (IČO 25150367) řeší výzkumný projekt o datové žurnalistice ve volební noc a studenti budou během volby prezidenta připravovat živé vizualizace. Prosíme proto o přístup k vyhrazenému XML serveru.</div><div><br></div><div>Produkční servery (školní datacentrum): 198.51.100.160, 198.51.100.161</div><div>Testovací server: 198.51.100.165</div><div><br></div><div>Kontaktní osoba: doc. Mgr. Jakub Šrámek, Ph.D., sramek@vsms-olomouc.example, tel. 585 631 902</div><div><br></div><div>Děkuji a jsem s pozdravem</div><div>Jakub Šrámek</div><div>katedra žurnalistiky</div></body></html>
""",
    },
    {
        "id": "a030-databox-municipal-odt",
        "description": "data message from a town's box, the application in an attached ODT "
        "with a table; the box ID only on the envelope",
        "style": Style.DATABOX,
        "labels": L(
            FEED,
            "Město Hradiště pod Javorem",
            "25013106",
            "w5bq8ke",
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.239"],
            "Jana Kolářová",
            "kolarova@hradiste-pj.example",
            "+420572409118",
        ),
        "subject": "Žádost o vyhrazené připojení – Hradišťské listy",
        "databox": {
            "box": "w5bq8ke",
            "sender": "Město Hradiště pod Javorem",
            "address": "Masarykovo náměstí 1, 686 01 Hradiště pod Javorem",
            "type": 10,
            "ref": "MěÚ/3318/2022",
        },
        "attachments": [
            (
                "odt",
                "zadost_vysledky_xml.odt",
                [
                    "Město Hradiště pod Javorem, IČO 25013106",
                    "Žádost o přístup k serveru s výsledky volby prezidenta ve formátu XML "
                    "pro potřeby obecního periodika Hradišťské listy a webu města.",
                    [
                        ["Adresa", "Účel"],
                        ["192.0.2.230", "ostrý provoz"],
                        ["192.0.2.231", "ostrý provoz"],
                        ["192.0.2.239", "testování"],
                    ],
                    "Kontaktní osoba: Jana Kolářová, odbor vnitřních věcí, "
                    "kolarova@hradiste-pj.example, tel. 572 409 118",
                    "Ing. Stanislav Bureš, starosta",
                ],
            )
        ],
    },
    {
        "id": "a031-english-recording-foreign-crew",
        "description": "English request from a foreign TV crew to film at a collection point; "
        "no IČO, an Austrian phone number",
        "style": Style.RECORDING,
        "labels": L(
            REC,
            "Alpenfunk Medien GmbH",
            None,
            None,
            [],
            [],
            "Stefan Hofer",
            "s.hofer@alpenfunk.example",
            "+436641234870",
        ),
        "from": "Stefan Hofer <s.hofer@alpenfunk.example>",
        "subject": "Filming permission - collection point, Czech presidential election",
        "body": """Dear colleagues,

Alpenfunk Medien GmbH (Vienna) is preparing a report on the Czech presidential election
and would like to film at one of your collection points on Saturday 14 January 2023.
Preferred region: South Bohemia (České Budějovice district), or any nearby point.

Crew: Stefan Hofer (reporter, applicant and contact person) and Anna Gruber (camera).
Scope: a few minutes of general footage of the handover of the polling station
records, no interviews inside.

Contact: s.hofer@alpenfunk.example, mobile +43 664 1234870

We do not need the XML results feed.

Best regards,
Stefan Hofer
Alpenfunk Medien GmbH, Vienna
""",
    },
    {
        "id": "a032-thunderbird-odt-attachment-both",
        "description": "Thunderbird, an ODT application asking for XML access and for "
        "photographs at a collection point",
        "style": Style.ATTACHMENT,
        "labels": L(
            BOTH,
            "Krkonošský deník, s.r.o.",
            "27763153",
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.115"],
            "Michaela Jirásková",
            "jiraskova@krkonossky-denik.example",
            "+420499733610",
        ),
        "from": "Michaela Jirásková <jiraskova@krkonossky-denik.example>",
        "subject": "Žádost – XML a přebírací místo Trutnov",
        "headers": THUNDERBIRD,
        "body": """Dobrý den,
posílám žádost v příloze (ODT).
Michaela Jirásková
""",
        "attachments": [
            (
                "odt",
                "zadost_krkonossky_denik.odt",
                [
                    "Žadatel: Krkonošský deník, s.r.o., IČO 27763153, Horská 12, 541 01 Trutnov",
                    "1. Žádáme o přístup k vyhrazenému serveru s výsledky ve formátu XML:",
                    [
                        ["Ostrý provoz", "198.51.100.110"],
                        ["Ostrý provoz", "198.51.100.111"],
                        ["Test", "198.51.100.115"],
                    ],
                    "2. Žádáme o povolení k přítomnosti fotografa Ondřeje Kašpara na "
                    "přebíracím místě v okrese Trutnov v sobotu 14. 1. 2023 (fotografie, "
                    "bez videa).",
                    "Kontaktní osoba: Michaela Jirásková, jiraskova@krkonossky-denik.example, "
                    "tel. 499 733 610",
                ],
            )
        ],
    },
]
