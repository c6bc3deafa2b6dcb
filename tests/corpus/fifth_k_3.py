"""Fifth-round held-out cases k029–k042 (see make_fifth_k): Polish, Irish, Ukrainian and
Slovak writers, a private university, roles given by order, a withdrawn feed request,
/32 and /31 blocks, decommissioned addresses, an HTML table, a data-box message with the
request in its annotation, a corrected phone, IPv6 only (one written in full), a forward of
the applicant's own original with one address replaced, and a signed formal letter.
Labels written by hand from the text (tests/corpus/LABELS.md)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.corpus.fifth_k_common import FEED, FILM, L, Style, soft

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
THUNDERBIRD = [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Thunderbird/102.6.0")]

_ORIGINAL_K040: dict[str, Any] = {
    "id": "k040-original",
    "date": datetime(2023, 9, 27, 9, 40, 3, tzinfo=UTC),
    "from": "Vojtěch Pospíšil <pospisil@hlasvysociny.example>",
    "subject": "Žádost o přístup k XML – Hlas Vysočiny",
    "body": """Dobrý den,

Hlas Vysočiny s.r.o., IČO 24197866, žádá o přístup k XML serveru s výsledky
volby prezidenta.

Ostrý provoz:
192.0.2.31
192.0.2.32
192.0.2.33

Test:
192.0.2.40

Kontaktní osoba: Vojtěch Pospíšil, správce sítě, tel. 567 303 118,
pospisil@hlasvysociny.example

S pozdravem
Vojtěch Pospíšil
""",
}

CASES: list[dict[str, Any]] = [
    {
        "id": "k029-polish-correspondent-both",
        "description": "Polish publisher's Prague correspondent in English asks for the "
        "feed and for filming in Prague; IPv6 test address, Polish mobile",
        "style": Style.GMAIL,
        "labels": L(
            [FEED, FILM],
            "Wydawnictwo Bałtyk sp. z o.o.",
            None,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["2001:db8:b41::7"],
            "Tomasz Zieliński",
            "t.zielinski@baltyk-media.example",
            "+48512345678",
        ),
        "from": "Tomasz Zieliński <t.zielinski@baltyk-media.example>",
        "subject": "Request: XML results + filming (Wydawnictwo Bałtyk)",
        "body": """Dear colleagues,

I am writing as the Prague correspondent of Wydawnictwo Bałtyk sp. z o.o.
(Gdańsk, Poland), which publishes the daily Głos Bałtyku. We have two requests:

1) Access to the XML results server. Our servers in Gdańsk:
   production 203.0.113.140 and 203.0.113.141
   test 2001:db8:b41::7

2) Permission for me and a photographer to take pictures and short video at
   the collection point in Prague on the night of the first round.

My details: Tomasz Zieliński, t.zielinski@baltyk-media.example,
tel. +48 512 345 678 (I am in Prague the whole week).

Best regards,
Tomasz Zieliński
""",
    },
    {
        "id": "k030-private-university-pdf-wrapped-table",
        "description": "private university's data-journalism lab; PDF letter whose narrow "
        "table wraps the production list over several lines",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vysoká škola mediálních studií, s.r.o.",
            "27239411",
            None,
            ["198.51.100.91", "198.51.100.92", "198.51.100.93"],
            ["198.51.100.99"],
            "Ivana Kolářová",
            "ivana.kolarova@vsms.example",
            "+420734880126",
        ),
        "from": "Laboratoř datové žurnalistiky VŠMS <datalab@vsms.example>",
        "subject": "Žádost VŠMS o přístup k XML výsledkům",
        "body": """Dobrý den,

v příloze zasíláme žádost naší školy o přístup k průběžným výsledkům voleb.

Laboratoř datové žurnalistiky
Vysoká škola mediálních studií
""",
        "attachments": [
            (
                "pdf",
                "VSMS_zadost_XML_2023.pdf",
                [
                    "Vysoká škola mediálních studií, s.r.o.\nKřižíkova 40, 186 00 Praha 8\n"
                    "IČO: 27239411",
                    "Věc: žádost o přístup k vyhrazenému serveru s výsledky voleb",
                    "Studenti naší laboratoře datové žurnalistiky budou během volební noci "
                    "zpracovávat průběžné výsledky pro cvičný zpravodajský web školy. Žádáme "
                    "proto o přístup k XML serveru z těchto adres:",
                    {
                        "rows": [
                            ["Role", "Adresy"],
                            [
                                "Produkční servery (ostrý provoz)",
                                "198.51.100.91, 198.51.100.92, 198.51.100.93",
                            ],
                            ["Testovací server", "198.51.100.99"],
                        ],
                        "widths": [95, 90],
                    },
                    "Kontaktní osoba: Mgr. Ivana Kolářová, vedoucí laboratoře,\n"
                    "ivana.kolarova@vsms.example, tel. 734 880 126",
                    "V Praze dne 2. 12. 2022\ndoc. Ing. Luděk Rambousek, Ph.D., rektor",
                ],
            )
        ],
    },
    {
        "id": "k031-flowed-order-in-this-order",
        "description": "format=flowed; one sentence gives production and test 'v tomto "
        "pořadí', wrapped mid-sentence",
        "style": Style.THUNDERBIRD,
        "labels": L(
            [FEED],
            "Rádio Pálava s.r.o.",
            "04803124",
            None,
            ["192.0.2.61"],
            ["192.0.2.62"],
            "Oldřich Hanák",
            "hanak@radiopalava.example",
            "+420724615302",
        ),
        "from": "Oldřich Hanák <hanak@radiopalava.example>",
        "subject": "Rádio Pálava – žádost o XML",
        "headers": THUNDERBIRD,
        "flowed": True,
        "body": soft(
            """Dobrý den,

Rádio Pálava s.r.o. (IČO 04803124) žádá o přístup k XML serveru s výsledky~
volby prezidenta. Ostrý a testovací přístup prosíme z adres 192.0.2.61 a~
192.0.2.62, v tomto pořadí.

Kontakt: Oldřich Hanák, 724 615 302

Oldřich Hanák
technik, Rádio Pálava
"""
        ),
    },
    {
        "id": "k032-feed-withdrawn-filming-stays",
        "description": "TV asks for the feed and filming, then withdraws the feed (the "
        "parent agency supplies data); the addresses given go with it",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "TV Morava Východ s.r.o.",
            "28147901",
            None,
            [],
            [],
            "Barbora Kopecká",
            "kopecka@tvmv.example",
            "+420577430912",
        ),
        "from": "Barbora Kopecká <kopecka@tvmv.example>",
        "subject": "TV Morava Východ – natáčení Zlín (a XML)",
        "headers": OUTLOOK,
        "body": """Dobrý den,

TV Morava Východ s.r.o., IČO 28147901, by ráda natáčela na přebíracím místě
ve Zlíně v noci po prvním kole (kameraman Radek Polášek a já). Zároveň jsme
chtěli požádat o přístup k XML serveru z adresy 198.51.100.5.

Doplnění před odesláním: právě jsem se dozvěděla, že výsledková data nám
dodá naše mateřská agentura, takže o přístup k XML nakonec nežádáme –
adresu výše prosím neberte v úvahu. Platí jen žádost o natáčení.

Barbora Kopecká
redaktorka
tel. 577 430 912
""",
    },
    {
        "id": "k033-outlook-1250-slash32-slash31",
        "description": "regional daily in windows-1250; production as two /32 blocks, test "
        "as a /31",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED],
            "Deník Horácko a.s.",
            "60381957",
            None,
            ["192.0.2.180", "192.0.2.182"],
            ["192.0.2.190", "192.0.2.191"],
            "Zdeněk Bláha",
            "blaha@denikhoracko.example",
            "+420566621407",
        ),
        "from": "Zdeněk Bláha <blaha@denikhoracko.example>",
        "subject": "Registrace – průběžné výsledky XML",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": """Dobrý den,

registrujeme Deník Horácko a.s. (IČO 60381957) k odběru průběžných výsledků
ve formátu XML.

IP adresy pro ostrý provoz: 192.0.2.180/32, 192.0.2.182/32
Testovací IP adresy: 192.0.2.190/31

Kontaktní osoba: Zdeněk Bláha, správce IT
Telefon: 566 621 407
E-mail: blaha@denikhoracko.example

S pozdravem
Zdeněk Bláha
""",
    },
    {
        "id": "k034-irish-contractor-decommissioned",
        "description": "Irish contractor writes in English for a local news site; the old "
        "range is decommissioned, the test address unchanged, Irish mobile",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED],
            "Info Plzeň s.r.o.",
            "05529140",
            None,
            ["198.18.7.11", "198.18.7.12"],
            ["198.18.7.30"],
            "Seán O'Brien",
            "sean.obrien@obrien-consulting.example",
            "+353871234567",
        ),
        "from": "Seán O'Brien <sean.obrien@obrien-consulting.example>",
        "subject": "Info Plzen - XML feed access (updated IPs)",
        "headers": OUTLOOK,
        "body": """Hi there,

I look after the infrastructure of Info Plzeň s.r.o. (IČO 05529140) as an
external contractor, and I am applying for XML results access on their behalf.

Heads up: the range you may have on file from earlier, 198.18.7.1-2, has been
decommissioned, please do not allow it. The new production servers are
198.18.7.11 and 198.18.7.12. Test stays as before on 198.18.7.30.

Technical questions to me please: Seán O'Brien, +353 87 123 4567,
sean.obrien@obrien-consulting.example

Cheers,
Seán
""",
    },
    {
        "id": "k035-webmail-html-table-row-headers",
        "description": "webmail HTML table with roles as row headers and two production "
        "addresses in one cell; plain-text alternative flattened",
        "style": Style.WEBMAIL_HTML,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj, z.ú.",
            "05962170",
            None,
            ["203.0.113.31", "203.0.113.32"],
            ["203.0.113.39"],
            "Hana Pešková",
            "peskova@libereckyzpravodaj.example",
            "+420608300921",
        ),
        "from": "Hana Pešková <peskova@libereckyzpravodaj.example>",
        "subject": "Žádost o přístup k XML serveru ČSÚ",
        "body": """Dobrý den,
Liberecký zpravodaj, z.ú., IČO 05962170, žádá o přístup k XML serveru.
Ostrý provoz 203.0.113.31 203.0.113.32
Test 203.0.113.39
Kontakt Hana Pešková, 608 300 921
S pozdravem Hana Pešková
""",
        "html": """<div>Dobrý den,</div>
<div>Liberecký zpravodaj, z.ú., IČO 05962170, žádá o přístup k XML serveru.</div>
<table border="1" cellpadding="4">
<tr><th>Ostrý provoz</th><td>203.0.113.31<br>203.0.113.32</td></tr>
<tr><th>Test</th><td>203.0.113.39</td></tr>
<tr><th>Kontakt</th><td>Hana Pešková, 608 300 921</td></tr>
</table>
<div>S pozdravem Hana Pešková</div>
""",
    },
    {
        "id": "k036-databox-annotation-only",
        "description": "data-box message from an association of municipalities whose "
        "newsletter applies in the annotation; no IČO, e-mail or attachment text",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Svazek obcí Mikroregion Bobrava",
            None,
            "q2rb8ze",
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.242"],
            "Jan Novotný",
            None,
            "+420602145876",
        ),
        "databox": {
            "box": "q2rb8ze",
            "sender": "Svazek obcí Mikroregion Bobrava",
            "address": "Náměstí 1, 664 48 Moravany",
            "type": 10,
        },
        "subject": "Zpravodaj Bobrava žádá o XML: ostrý 198.51.100.240, 198.51.100.241; "
        "test 198.51.100.242; kontakt Jan Novotný 602 145 876",
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "Žádost je uvedena v předmětu této datové zprávy.\n"
                "Za redakci Zpravodaje Bobrava\nJan Novotný\n",
            )
        ],
    },
    {
        "id": "k037-freelancer-phone-corrected",
        "description": "freelance data journalist with an IČO; her mobile number corrected "
        "in the next line, no test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Lucie Strnadová",
            "06927483",
            None,
            ["203.0.113.240"],
            [],
            "Lucie Strnadová",
            "lucie@strnadova-data.example",
            "+420731220548",
        ),
        "from": "Lucie Strnadová <lucie@strnadova-data.example>",
        "subject": "žádost – XML výsledky (OSVČ)",
        "body": """Dobrý den,

jsem datová novinářka na volné noze (Lucie Strnadová, IČO 06927483) a pro
několik regionálních redakcí budu ve volební noci připravovat grafy. Prosím
o přístup k XML z mého serveru 203.0.113.240. Testovací adresu nepotřebuji.

Mobil 713 220 548 – pardon, překlep, správně 731 220 548.

Děkuji
Lucie Strnadová
""",
    },
    {
        "id": "k038-radio-ipv6-only-one-uncompressed",
        "description": "radio applies with IPv6 addresses only, one written uncompressed "
        "with leading zeros",
        "style": Style.THUNDERBIRD,
        "labels": L(
            [FEED],
            "Rádio Labe Sever s.r.o.",
            "09653317",
            None,
            ["2001:db8:77::10", "2001:db8:77::11"],
            ["2001:db8:77::ff"],
            "Karel Vondráček",
            "vondracek@radiolabesever.example",
            "+420412117350",
        ),
        "from": "Karel Vondráček <vondracek@radiolabesever.example>",
        "subject": "XML přístup – Rádio Labe Sever (IPv6)",
        "headers": THUNDERBIRD,
        "body": """Dobrý den,

Rádio Labe Sever s.r.o., IČO 09653317, žádá o přístup k XML výsledkům.
Naše síť je pouze IPv6, IPv4 adresy nemáme.

ostrý provoz:
  2001:0db8:0077:0000:0000:0000:0000:0010
  2001:db8:77::11
testovací:
  2001:db8:77::ff

Kontakt Karel Vondráček, tel. 412 117 350, vondracek@radiolabesever.example

Karel Vondráček
""",
    },
    {
        "id": "k039-ukrainian-freelancer-english",
        "description": "Ukrainian freelance journalist living in Prague writes in English; "
        "one home-server address, no IČO, says she will not film",
        "style": Style.GMAIL,
        "labels": L(
            [FEED],
            "Oksana Melnyk",
            None,
            None,
            ["198.51.100.222"],
            [],
            "Oksana Melnyk",
            "oksana.melnyk@melnyk-news.example",
            "+420773410265",
        ),
        "from": "Oksana Melnyk <oksana.melnyk@melnyk-news.example>",
        "subject": "Access to election XML for a freelance journalist",
        "body": """Hello,

my name is Oksana Melnyk, I am a Ukrainian journalist living in Prague and I
write as a freelancer (no company) about Czech politics for Ukrainian readers.
Could I please get access to the XML results? My server is 198.51.100.222,
I do not have a separate test machine. I will not film anywhere, only write.

Phone: +420 773 410 265

Thank you very much,
Oksana Melnyk
""",
    },
    {
        "id": "k040-forward-original-one-address-replaced",
        "description": "applicant forwards its own earlier application as an attached "
        "message and replaces one production address in the new text",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Hlas Vysočiny s.r.o.",
            "24197866",
            None,
            ["192.0.2.31", "192.0.2.32", "192.0.2.34"],
            ["192.0.2.40"],
            "Vojtěch Pospíšil",
            "pospisil@hlasvysociny.example",
            "+420567303118",
        ),
        "from": "Vojtěch Pospíšil <pospisil@hlasvysociny.example>",
        "subject": "Fwd: Žádost o přístup k XML – Hlas Vysočiny (změna IP)",
        "body": """Dobrý den,

posílám znovu naši žádost z minulého týdne (v příloze). Vše v ní platí až
na třetí adresu pro ostrý provoz: místo 192.0.2.33 prosím povolte 192.0.2.34,
stroj s .33 vyřazujeme.

Děkuji
Vojtěch Pospíšil
""",
        "attachments": [("eml", "zadost_puvodni.eml", _ORIGINAL_K040)],
    },
    {
        "id": "k041-formal-letter-smime-docx",
        "description": "radio company sends a signed mail with a formal DOCX letter (company "
        "details in the footer); backup line as production, chairman signs, contact named",
        "style": Style.LETTER,
        "smime": True,
        "labels": L(
            [FEED],
            "Rozhlasová společnost Morava, a.s.",
            "26921456",
            None,
            ["203.0.113.11", "203.0.113.12", "203.0.113.13"],
            ["203.0.113.19"],
            "Renata Skálová",
            "skalova@rsmorava.example",
            "+420548772310",
        ),
        "from": "Sekretariát RSM <sekretariat@rsmorava.example>",
        "subject": "Žádost o registraci k vyhrazenému připojení",
        "body": """Vážení,

v příloze zasíláme žádost Rozhlasové společnosti Morava, a.s. o registraci
k vyhrazenému připojení. Zpráva je podepsána elektronicky.

Sekretariát představenstva
""",
        "attachments": [
            (
                "docx",
                "RSM_zadost_registrace.docx",
                {
                    "footer": "Rozhlasová společnost Morava, a.s. · Kounicova 22, 602 00 Brno · "
                    "IČO 26921456 · zapsaná v OR u KS v Brně, oddíl B, vložka 4471",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "Věc: Žádost o registraci k vyhrazenému připojení",
                        "Rozhlasová společnost Morava, a.s. tímto žádá o registraci k "
                        "vyhrazenému připojení k serveru s průběžnými výsledky volby "
                        "prezidenta republiky ve formátu XML.",
                        "Adresy pro ostrý provoz: 203.0.113.11 a 203.0.113.12 (hlavní "
                        "vysílací pracoviště) a 203.0.113.13 (záložní linka).",
                        "Testovací IP adresa: 203.0.113.19.",
                        "Kontaktní osobou je Ing. Renata Skálová, vedoucí technického "
                        "úseku, skalova@rsmorava.example, tel. 548 772 310.",
                        "V Brně dne 9. 12. 2022",
                        "Ing. Bohumil Tesař\npředseda představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "k042-slovak-tv-branch-both-by-order",
        "description": "Czech branch of a Slovak TV writes in Slovak; three addresses, "
        "the first two production and the last test by order; also filming",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED, FILM],
            "Televízia Tatry, a.s., organizační složka",
            "04722183",
            None,
            ["198.51.100.121", "198.51.100.122"],
            ["198.51.100.129"],
            "Martina Hornáková",
            "hornakova@tvtatry.example",
            "+420739655104",
        ),
        "from": "Martina Hornáková <hornakova@tvtatry.example>",
        "subject": "Žiadosť – XML výsledky a natáčanie na preberacom mieste Praha",
        "headers": OUTLOOK,
        "body": """Dobrý deň,

žiadateľ: Televízia Tatry, a.s., organizační složka, IČO 04722183
(pražská redakcia slovenskej televízie). Žiadame:

- o prístup k XML serveru s priebežnými výsledkami voľby prezidenta;
  adresy 198.51.100.121, 198.51.100.122 a 198.51.100.129 – prvé dve sú
  produkčné, posledná je testovacia;
- o povolenie natáčať na preberacom mieste v Prahe (redaktorka a kameraman).

Kontakt: Martina Hornáková, vedúca pražskej redakcie,
hornakova@tvtatry.example, +420 739 655 104

S pozdravom
Martina Hornáková
""",
    },
]
