"""Sixth held-out set, prefix ``l``, cases l015–l028: rule-style lines, forwards, replies,
forms, attachments of every kind, foreign applicants.

Written by hand apart from the extraction rules (issue 18); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.label_rules import L, ico

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

ICO_SEVER = ico("2946153")
ICO_OBZOR = ico("4702318")
ICO_AGENTURA = ico("2611740")
ICO_KRAJ = ico("0528861")
ICO_PORTAL = ico("0913472")
ICO_RADIO_B = ico("2637019")
ICO_TYDENIK = ico("4418205")
ICO_ZLIN = ico("2789341")
ICO_SK_LOCAL = ico("3640127")

OFFICE_CALL = """Vážení zástupci médií,
Český statistický úřad zřizuje pro sdělovací prostředky připojení k serveru
s průběžnými výsledky voleb ve formátu XML. V žádosti uveďte nejvýše pět IP adres
pro ostrý provoz a nejvýše pět testovacích adres, kontaktní e-mail a telefon.
Dotazy: volby@czso.cz, tel. +420 274 052 733.
Český statistický úřad, IČO 00025593, datová schránka 2gfaasy"""

CASES: list[dict[str, Any]] = [
    {
        "id": "l015-iptables-no-diacritics",
        "description": "Czech without diacritics, addresses inside iptables lines the admin "
        "pasted; a line for the office's own server is not an applicant address",
        "style": "look-alikes",
        "from": "Lukas Dvorak <admin@sever-press.example>",
        "subject": "zadost - volby xml",
        "body": """Dobry den,

za SEVER PRESS spol. s r.o. (ICO """
        + ICO_SEVER
        + """) zadame o pristup k volebnimu XML. U nas mame
odchozi pravidla takto, at vite, odkud budeme chodit:

-A OUTPUT -s 198.51.100.230 -p tcp --dport 443 -j ACCEPT   # ostry
-A OUTPUT -s 198.51.100.231 -p tcp --dport 443 -j ACCEPT   # ostry
-A OUTPUT -s 198.51.100.250 -p tcp --dport 443 -j ACCEPT   # test

Prosim povolit tedy .230 a .231 jako ostre, .250 jako testovaci.

Lukas Dvorak, spravce site
tel 00420 606 481 733
""",
        "labels": L(
            FEED,
            "SEVER PRESS spol. s r.o.",
            ICO_SEVER,
            None,
            ["198.51.100.230", "198.51.100.231"],
            ["198.51.100.250"],
            "Lukas Dvorak",
            "admin@sever-press.example",
            "+420606481733",
        ),
    },
    {
        "id": "l016-forward-editor-to-admin",
        "description": "admin forwards the editor's request and appends the addresses; the "
        "editor stays the contact as the editor wrote",
        "style": "forward-own",
        "from": "Daniel Pokorný <pokorny.it@obzor-vydavatelstvi.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "body": """Doplňuji adresy k žádosti níže:
ostrý provoz: 203.0.113.150, 203.0.113.151
test: 203.0.113.159

D. Pokorný, IT

---------- Přeposlaná zpráva ---------
Od: Alena Matoušková <matouskova@obzor-vydavatelstvi.example>
Předmět: Žádost o přístup k výsledkům voleb

Dobrý den,
OBZOR vydavatelství a.s., IČO """
        + ICO_OBZOR
        + """, žádá o přístup k průběžným výsledkům
voleb v XML pro týdeník Obzor. IP adresy doplní naše IT oddělení.
Kontaktní osoba: Alena Matoušková, zástupkyně šéfredaktora, tel. 724 660 318.

Alena Matoušková
""",
        "labels": L(
            FEED,
            "OBZOR vydavatelství a.s.",
            ICO_OBZOR,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.159"],
            "Alena Matoušková",
            "matouskova@obzor-vydavatelstvi.example",
            "+420724660318",
        ),
    },
    {
        "id": "l017-reply-to-office-call",
        "description": "reply quoting the office's call (with the office's IČO, box and phone); "
        "the applicant's data are above the quote",
        "style": "reply-quoting-office",
        "from": "Vojtěch Malina <malina@agentura-stred.example>",
        "subject": "Re: Připojení médií k výsledkům voleb",
        "body": """Dobrý den,

Tisková agentura Střed, a.s. (IČO """
        + ICO_AGENTURA
        + """) o připojení žádá.
Ostrý provoz: 192.0.2.33, 192.0.2.34, 192.0.2.35
Testovací: 192.0.2.36
Kontakt: Vojtěch Malina, malina@agentura-stred.example, +420 732 019 554

Vojtěch Malina
vedoucí provozu IT

> """
        + OFFICE_CALL.replace("\n", "\n> ")
        + "\n",
        "labels": L(
            FEED,
            "Tisková agentura Střed, a.s.",
            ICO_AGENTURA,
            None,
            ["192.0.2.33", "192.0.2.34", "192.0.2.35"],
            ["192.0.2.36"],
            "Vojtěch Malina",
            "malina@agentura-stred.example",
            "+420732019554",
        ),
    },
    {
        "id": "l018-foreign-tv-rtf",
        "description": "foreign broadcaster, English RTF letter asking for both feed and filming "
        "in Prague; no Czech company ID; contact is the producer",
        "style": "english",
        "from": "Sabine Keller <s.keller@alpenfunk.example>",
        "subject": "Request - election night coverage",
        "body": """Dear Sir or Madam,

please find attached our request regarding election night coverage.

Kind regards,
Sabine Keller
""",
        "attachments": [
            (
                "rtf",
                "request_CZSO.rtf",
                [
                    "Alpenfunk Rundfunk GmbH, Vienna, Austria",
                    "Dear Sir or Madam,",
                    "Alpenfunk Rundfunk GmbH would like to request (a) access to the XML "
                    "results service and (b) permission for our two-person crew to film at "
                    "the central collection point in Prague on election night.",
                    [
                        ["Purpose", "IP address"],
                        ["Production", "198.18.200.14"],
                        ["Production (backup)", "198.18.201.14"],
                        ["Testing", "198.18.210.3"],
                    ],
                    "Producer and contact for this request: Thomas Gruber, "
                    "t.gruber@alpenfunk.example, +43 664 381 2207.",
                    "Sabine Keller, Head of News Operations",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Alpenfunk Rundfunk GmbH",
            None,
            None,
            ["198.18.200.14", "198.18.201.14"],
            ["198.18.210.3"],
            "Thomas Gruber",
            "t.gruber@alpenfunk.example",
            "+436643812207",
        ),
    },
    {
        "id": "l019-odt-form-filming-no",
        "description": "ODT form: feed ticked ANO, filming ticked NE; no test addresses",
        "style": "form-checkboxes",
        "from": "redakce@krajske-listy.example",
        "subject": "Formulář – žádost média",
        "body": "Dobrý den, v příloze vyplněný formulář. Krajské listy\n",
        "attachments": [
            (
                "odt",
                "formular_media.odt",
                [
                    "ŽÁDOST MÉDIA O PŘÍSTUP K VÝSLEDKŮM VOLEB",
                    [
                        ["Žadatel", "Krajské listy, z. s."],
                        ["IČO", ICO_KRAJ],
                        ["Přístup k XML výsledkům", "[X] ANO   [ ] NE"],
                        ["Natáčení na sběrném místě", "[ ] ANO   [X] NE"],
                        ["IP adresy – ostrý provoz", "203.0.113.44"],
                        ["IP adresy – test", "—"],
                        ["Kontaktní osoba", "Bc. Jana Procházková"],
                        ["E-mail", "prochazkova@krajske-listy.example"],
                        ["Telefon", "+420 776 210 348"],
                    ],
                ],
            )
        ],
        "labels": L(
            FEED,
            "Krajské listy, z. s.",
            ICO_KRAJ,
            None,
            ["203.0.113.44"],
            [],
            "Jana Procházková",
            "prochazkova@krajske-listy.example",
            "+420776210348",
        ),
    },
    {
        "id": "l020-databox-annotation-txt",
        "description": "data message with a plain-text attachment, terse admin wording; the "
        "sender's box is the applicant's",
        "style": "databox-message",
        "databox": {"box": "k4vn8rd", "sender": "Portál Regiony s.r.o.", "address": "Olomouc"},
        "subject": "Volby XML – IP adresy",
        "attachments": [
            (
                "txt",
                "zadost.txt",
                """Portál Regiony s.r.o., IČO """
                + ICO_PORTAL
                + """
Žádáme o přístup k XML výsledkům voleb.

PROD: 198.51.100.101, 198.51.100.102
TEST: 198.51.100.109
(DNS 198.51.100.53 a NTP 198.51.100.123 jsou naše interní služby, nepovolovat.)

Kontakt: Filip Rozsypal, rozsypal@portal-regiony.example, 585 204 117
""",
            )
        ],
        "labels": L(
            FEED,
            "Portál Regiony s.r.o.",
            ICO_PORTAL,
            "k4vn8rd",
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.109"],
            "Filip Rozsypal",
            "rozsypal@portal-regiony.example",
            "+420585204117",
        ),
    },
    {
        "id": "l021-gmail-slovak-cidr31",
        "description": "Slovak gmail message, a /31 block (two addresses) for production and "
        "one IPv6 test address",
        "style": "gmail",
        "from": "Peter Kováč <peter.kovac.radio@gmail-like.example>",
        "subject": "prístup k výsledkom – Rádio Bystrica",
        "body": """Dobrý deň,
Rádio Bystrica s.r.o. (IČO """
        + ICO_RADIO_B
        + """) žiada o prístup k XML výsledkom volieb.
Produkcia: 198.18.30.6/31
Test: 2001:db8:b15::7
Kontakt: Peter Kováč, +421 948 117 603
Ďakujem, Peter
""",
        "html": """<div dir="ltr">Dobrý deň,<div>Rádio Bystrica s.r.o. (IČO """
        + ICO_RADIO_B
        + """) žiada o prístup k XML výsledkom volieb.</div>
<div>Produkcia: 198.18.30.6/31</div><div>Test: 2001:db8:b15::7</div>
<div>Kontakt: Peter Kováč, +421 948 117 603</div><div>Ďakujem, Peter</div></div>""",
        "labels": L(
            FEED,
            "Rádio Bystrica s.r.o.",
            ICO_RADIO_B,
            None,
            ["198.18.30.6", "198.18.30.7"],
            ["2001:db8:b15::7"],
            "Peter Kováč",
            "peter.kovac.radio@gmail-like.example",
            "+421948117603",
        ),
    },
    {
        "id": "l022-nat-vip-only",
        "description": "load-balanced servers behind one public NAT address; only the public "
        "address is to be allowed, the private ones are explanation",
        "style": "signature-block",
        "from": "Roman Švec <svec@tydenik-brno.example>",
        "subject": "Přístup k volebním datům",
        "body": """Dobrý den,

náš týdeník chce během voleb přebírat XML výsledky. Technicky: tři aplikační
servery (172.16.5.11–13) chodí ven přes jeden NAT s veřejnou adresou 203.0.113.99.
Povolte prosím jen tu veřejnou adresu, je to ostrý provoz. Testovat budeme
z kanceláře přes 203.0.113.100.

Roman Švec
správce IT
Týdeník Brno, a.s.
IČO: """
        + ICO_TYDENIK
        + """
tel.: 541 118 000 (ústředna), přímá linka 541 118 027
""",
        "labels": L(
            FEED,
            "Týdeník Brno, a.s.",
            ICO_TYDENIK,
            None,
            ["203.0.113.99"],
            ["203.0.113.100"],
            "Roman Švec",
            "svec@tydenik-brno.example",
            "+420541118027",
        ),
    },
    {
        "id": "l023-apple-photographer-filming",
        "description": "foreign freelance photographer (English, Apple Mail) asking only to take "
        "pictures and film at a collection point",
        "style": "apple-mail",
        "from": "Marco Bellini <marco@bellini-photo.example>",
        "subject": "Permission to film at the counting centre",
        "body": """Hello,

I'm an Italian freelance photojournalist covering the Czech elections for several
European outlets. Could I get permission to photograph and shoot short video at
your collection point in Brno on the election evening? I will work alone, quietly.

I do not need the data feed.

Thank you!
Marco Bellini
+39 347 220 9184

Sent from my iPhone
""",
        "headers": [("X-Mailer", "iPhone Mail (20H240)")],
        "labels": L(
            REC,
            "Marco Bellini",
            None,
            None,
            [],
            [],
            "Marco Bellini",
            "marco@bellini-photo.example",
            "+393472209184",
        ),
    },
    {
        "id": "l024-webmail-municipal-newsroom",
        "description": "HTML-only webmail of a city newsroom, one production address, test "
        "addresses explicitly not needed",
        "style": "webmail-html-only",
        "cte": "base64",
        "from": "Zlínský zpravodaj <zpravodaj@zlin-mesto.example>",
        "subject": "Žádost o XML výsledky voleb",
        "html": """<html><body><p>Dobrý den,</p>
<p>Zpravodaj Zlín, s.r.o., IČO """
        + ICO_ZLIN
        + """, vydavatel radničního zpravodaje, žádá
o přístup k XML výsledkům. Výsledky budeme zobrazovat na webu města z adresy
<b>192.0.2.180</b>. Testovací adresy nepotřebujeme.</p>
<p>Kontakt: Eva Machalová, tel. 577 630 412</p>
<p>S pozdravem<br>Eva Machalová<br>redaktorka</p></body></html>""",
        "labels": L(
            FEED,
            "Zpravodaj Zlín, s.r.o.",
            ICO_ZLIN,
            None,
            ["192.0.2.180"],
            [],
            "Eva Machalová",
            "zpravodaj@zlin-mesto.example",
            "+420577630412",
        ),
    },
    {
        "id": "l025-eml-attached-original",
        "description": "a short cover note with the original request attached as message/rfc822; "
        "addresses and contact are in the attached message",
        "style": "forward-own",
        "from": "Alena Matoušková <matouskova@obzor-vydavatelstvi.example>",
        "subject": "Žádost – přeposílám původní e-mail",
        "body": """Dobrý den,
posílám znovu naši žádost z minulého týdne, zatím nám nikdo neodpověděl.
A. Matoušková
""",
        "attachments": [
            (
                "eml",
                "puvodni_zadost.eml",
                {
                    "id": "l025-inner",
                    "from": "Alena Matoušková <matouskova@obzor-vydavatelstvi.example>",
                    "subject": "Přístup k výsledkům voleb",
                    "body": """Dobrý den,
OBZOR vydavatelství a.s. (IČO """
                    + ICO_OBZOR
                    + """) žádá o přístup k XML výsledkům.
Ostrý provoz: 203.0.113.150 a 203.0.113.151, test 203.0.113.159.
Kontakt: Alena Matoušková, 724 660 318.
""",
                },
            )
        ],
        "labels": L(
            FEED,
            "OBZOR vydavatelství a.s.",
            ICO_OBZOR,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.159"],
            "Alena Matoušková",
            "matouskova@obzor-vydavatelstvi.example",
            "+420724660318",
        ),
    },
    {
        "id": "l026-roles-respectively",
        "description": "two addresses with roles given by 'resp.' order, plus a later sentence "
        "adding a second production address",
        "style": "roles-by-order",
        "from": "Ing. Stanislav Kupka <kupka@sever-press.example>",
        "subject": "Volby 2026 – připojení",
        "body": """Dobrý den,

SEVER PRESS spol. s r.o., IČO """
        + ICO_SEVER
        + """, žádá o připojení k XML výsledkům; použijeme
adresy 198.51.100.12 resp. 198.51.100.13 pro ostrý resp. testovací provoz.
K ostrému provozu přidejte prosím ještě záložní server 198.51.100.14.

Ing. Stanislav Kupka, technický ředitel, mobil +420 605 931 270
""",
        "labels": L(
            FEED,
            "SEVER PRESS spol. s r.o.",
            ICO_SEVER,
            None,
            ["198.51.100.12", "198.51.100.14"],
            ["198.51.100.13"],
            "Stanislav Kupka",
            "kupka@sever-press.example",
            "+420605931270",
        ),
    },
    {
        "id": "l027-agency-both-pdf-windows1250",
        "description": "agency letter in a PDF asking for both; the mail body in windows-1250 "
        "names a different person as contact than the PDF signatory",
        "style": "attachment",
        "charset": "windows-1250",
        "from": "Tisková agentura Střed <podatelna@agentura-stred.example>",
        "subject": "Žádost o přístup a o povolení natáčení",
        "body": """Dobrý den,
v příloze posíláme podepsanou žádost. Kontaktní osobou pro vyřízení je
Mgr. Šárka Němcová, nemcova@agentura-stred.example, 739 004 561.
Podatelna TA Střed
""",
        "attachments": [
            (
                "pdf",
                "TA_Stred_zadost.pdf",
                [
                    "Tisková agentura Střed, a.s., IČO " + ICO_AGENTURA,
                    "Žádáme o (1) přístup k serveru s výsledky voleb v XML a (2) povolení "
                    "pořizovat videozáznam na sběrném místě v Praze.",
                    "IP adresy pro ostrý provoz: 192.0.2.33, 192.0.2.34, 192.0.2.35. "
                    "Testovací adresa: 192.0.2.36.",
                    "Ing. Radim Ševčík, generální ředitel",
                ],
            )
        ],
        "labels": L(
            BOTH,
            "Tisková agentura Střed, a.s.",
            ICO_AGENTURA,
            None,
            ["192.0.2.33", "192.0.2.34", "192.0.2.35"],
            ["192.0.2.36"],
            "Šárka Němcová",
            "nemcova@agentura-stred.example",
            "+420739004561",
        ),
    },
    {
        "id": "l028-old-addresses-replaced",
        "description": "admin lists last year's addresses as no longer used and gives the new "
        "ones; only the new ones count",
        "style": "long-chatty",
        "from": "Lukáš Horák <horak@dennik-zahorie.example>",
        "subject": "Žiadosť – voľby, nové IP",
        "body": """Dobrý deň,

minulý rok sme mali pridelené 203.0.113.21 a 203.0.113.22, ale medzitým sme
presťahovali servery do nového dátového centra a tie staré adresy už nepoužívame,
prosím, vymažte ich. Nové produkčné adresy: 198.51.100.55 a 198.51.100.56.
Na testovanie nám stačí 198.51.100.57. Všetko ostatné ostáva ako vlani.

Denník Záhorie, s. r. o., IČO """
        + ICO_SK_LOCAL
        + """
Lukáš Horák, správca serverov, +421 915 660 272
""",
        "labels": L(
            FEED,
            "Denník Záhorie, s. r. o.",
            ICO_SK_LOCAL,
            None,
            ["198.51.100.55", "198.51.100.56"],
            ["198.51.100.57"],
            "Lukáš Horák",
            "horak@dennik-zahorie.example",
            "+421915660272",
        ),
    },
]
