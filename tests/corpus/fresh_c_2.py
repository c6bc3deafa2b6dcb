"""Third held-out half, prefix ``c``, cases c015–c028 (written by hand, issue 18)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fresh_c_common import (
    BOTH,
    FEED,
    OFFICE_CALL,
    OFFICE_SIGNATURE,
    REC,
    L,
    Style,
    gmail_html,
    outlook_html,
    quote,
)

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]

C015: dict[str, Any] = {
    "id": "c015-english-cidr-newswire",
    "description": "English; production as a /30 block (four addresses); a UK company number "
    "that is not an IČO",
    "style": Style.ENGLISH,
    "from": "Oliver Bennett <oliver.bennett@cewire.example>",
    "subject": "XML results feed - access request (Central European Wire)",
    "headers": [("User-Agent", "Mozilla Thunderbird 115.7.0")],
    "cte": "7bit",
    "body": """Hello,

Central European Wire is a London-based news agency; we file results stories for clients \
across the region and would like to take the Czech results directly from your XML server \
rather than second-hand.

Production: 198.18.20.4/30 (our four ingest nodes)
Test: 198.18.21.10 (a single staging box, feel free to cut it off whenever you like)

We are registered in England and Wales (company no. 08123456), so we have no Czech \
company ID.

Contact for this application: Oliver Bennett, systems editor
oliver.bennett@cewire.example / +44 20 7946 0321

Best regards,
Oliver Bennett
Central European Wire Ltd
""",
    "labels": L(
        FEED,
        "Central European Wire Ltd",
        None,
        None,
        ["198.18.20.4", "198.18.20.5", "198.18.20.6", "198.18.20.7"],
        ["198.18.21.10"],
        "Oliver Bennett",
        "oliver.bennett@cewire.example",
        "+442079460321",
    ),
}

C016_TEXT = (
    """Dobrý den,

reaguji na Vaši výzvu níže. Za Krkonošský týdeník (vydavatel Vydavatelství Podkrkonoší a.s., \
IČO 29187401) žádáme o přístup na XML server:

ostrý provoz – 203.0.113.225, 203.0.113.226
test – 203.0.113.230

Kontakt: Jiří Hašek, IT, hasek@podkrkonosi.example, 736 410 285

Děkuji
Jiří Hašek

Od: Šindelář Radek <volby.media@czso.cz>
Odesláno: středa 18. ledna 2023 8:41
Komu: Hašek Jiří <hasek@podkrkonosi.example>
Předmět: Přístup médií k výsledkům voleb ve formátu XML

"""
    + OFFICE_CALL
    + "\n\nS pozdravem\n\n"
    + OFFICE_SIGNATURE
)

C016: dict[str, Any] = {
    "id": "c016-outlook-reply-office-below",
    "description": "Outlook top-posted reply; the office's call and signature below the "
    "header block carry sample addresses, the office's IČO, data box, phone and e-mail",
    "style": Style.REPLY_OFFICE,
    "from": "Hašek Jiří <hasek@podkrkonosi.example>",
    "to": "Šindelář Radek <volby.media@czso.cz>",
    "cc": "podatelna@czso.cz",
    "subject": "RE: Přístup médií k výsledkům voleb ve formátu XML",
    "headers": OUTLOOK,
    "body": C016_TEXT,
    "html": outlook_html(C016_TEXT),
    "labels": L(
        FEED,
        "Vydavatelství Podkrkonoší a.s.",
        "29187401",
        None,
        ["203.0.113.225", "203.0.113.226"],
        ["203.0.113.230"],
        "Jiří Hašek",
        "hasek@podkrkonosi.example",
        "+420736410285",
    ),
}

C017_ORIGINAL = """Dobrý den,

Jihočeská televize s.r.o., IČO 17355087, žádá o přístup k XML výsledkům voleb.

Ostré IP: 198.51.100.11, 198.51.100.12
Testovací IP: 198.51.100.15

Kontakt: Michal Brož, vedoucí techniky, tel. +420 387 002 914, broz@jihoceskatv.example

Michal Brož"""

C017_TEXT = """Dobrý den,

omlouvám se, v žádosti níže jsem prohodil role dvou adres: 198.51.100.12 je naše testovací \
a 198.51.100.15 je ostrá. Ostatní údaje platí, jak jsou.

Díky, Michal Brož"""

C017_ATTR = "čt 2. 2. 2023 v 14:05 odesílatel Michal Brož <broz@jihoceskatv.example> napsal:"

C017: dict[str, Any] = {
    "id": "c017-follow-up-swaps-roles",
    "description": "a follow-up that quotes the applicant's first message and swaps the roles "
    "of two of its addresses; everything else comes from the quoted original",
    "style": Style.FOLLOW_UP,
    "from": "Michal Brož <broz@jihoceskatv.example>",
    "subject": "Re: Žádost o přístup k XML - Jihočeská televize",
    "body": C017_TEXT + "\n\n" + C017_ATTR + "\n" + quote(C017_ORIGINAL),
    "html": gmail_html(C017_TEXT, C017_ATTR, C017_ORIGINAL),
    "labels": L(
        FEED,
        "Jihočeská televize s.r.o.",
        "17355087",
        None,
        ["198.51.100.11", "198.51.100.15"],
        ["198.51.100.12"],
        "Michal Brož",
        "broz@jihoceskatv.example",
        "+420387002914",
    ),
}

C018: dict[str, Any] = {
    "id": "c018-chatty-old-address-colleague-cc",
    "description": "long chatty letter: last year's address no longer used, a colleague in "
    "copy who is not the contact, filming considered and not requested",
    "style": Style.CHATTY,
    "from": "Alena Vrbová <vrbova@tydenikzapad.example>",
    "cc": "Filip Dušek <dusek@tydenikzapad.example>",
    "subject": "Týdeník Západ - výsledky voleb, připojení",
    "body": """Dobrý den,

píšu trochu obšírněji, protože loni jsme s připojením měli trable a nerada bych, aby se to \
opakovalo. Jsme malá redakce regionálního týdeníku Týdeník Západ (vydává Týdeník Západ \
s.r.o., IČO 01967304), na volební noc ale vždycky děláme živý přenos výsledků na webu a lidi \
z okresu na to čekají.

Loni jsme vám posílali adresu 203.0.113.140, ta už ale neplatí – přešli jsme k jinému \
poskytovateli a ten stroj jsme zrušili. Nově budeme stahovat ze dvou serverů, 203.0.113.33 \
a 203.0.113.34, oba ostré. Na zkoušení před volbami bychom rádi použili 203.0.113.39, to je \
notebook kolegy Filipa Duška, který má celý web na starosti (dávám ho do kopie, ale \
kontaktovat prosím mě).

Loni jsme uvažovali i o natáčení na přebíracím místě v Chebu, letos na to ale nemáme lidi, \
takže o povolení k natáčení tentokrát nežádáme.

Kdyby cokoli, volejte klidně i večer: 721 308 552.

Mnohokrát děkuji a přeji klidné volby,
Alena Vrbová
šéfredaktorka, Týdeník Západ
""",
    "labels": L(
        FEED,
        "Týdeník Západ s.r.o.",
        "01967304",
        None,
        ["203.0.113.33", "203.0.113.34"],
        ["203.0.113.39"],
        "Alena Vrbová",
        "vrbova@tydenikzapad.example",
        "+420721308552",
    ),
}

C019: dict[str, Any] = {
    "id": "c019-roundcube-iso-recording-only",
    "description": "HTML-only Roundcube mail in iso-8859-2; filming only, the XML feed "
    "explicitly not wanted; the contact's mobile after a reception number",
    "style": Style.WEBMAIL_HTML,
    "from": "Martina Šulcová <sulcova@kladenskatv.example>",
    "subject": "Žádost o povolení natáčení - přebírací místo Kladno",
    "headers": [("User-Agent", "Roundcube Webmail/1.6.1")],
    "charset": "iso-8859-2",
    "cte": "qp",
    "html": """<html><head><meta http-equiv="Content-Type" content="text/html; \
charset=ISO-8859-2" /></head><body style="font-size: 10pt; font-family: Verdana,Geneva,\
sans-serif">
<p>Dobrý den,</p>
<p>Kladenská televize, spol. s r.o. (IČO 25461818) žádá o povolení k pořízení obrazového \
a zvukového záznamu na přebíracím místě ČSÚ v Kladně během zpracování výsledků voleb, a to \
v sobotu od 14:00 do 18:00.</p>
<p>Štáb: redaktorka Eva Šimková, kameraman Josef Hora.</p>
<p>Kontaktní osoba: produkční Martina Šulcová, tel. 312 245 690 (recepce), mobil \
728 133 407, sulcova@kladenskatv.example</p>
<p>O přístup k XML datům nežádáme, výsledky přebíráme z agenturního servisu.</p>
<p>S pozdravem<br />Martina Šulcová<br />produkce KTV</p>
</body></html>
""",
    "labels": L(
        REC,
        "Kladenská televize, spol. s r.o.",
        "25461818",
        None,
        [],
        [],
        "Martina Šulcová",
        "sulcova@kladenskatv.example",
        "+420728133407",
    ),
}

C020_FORM: dict[str, Any] = {
    "header": "Internetový deník Sever | Mírové náměstí 3, 400 01 Ústí nad Labem",
    "blocks": [
        "ŽÁDOST MÉDIA – VOLBY",
        "Žadatel: Internetový deník Sever, z. ú.",
        "IČO: 087 62 538",
        "Předmět žádosti (zaškrtněte):",
        "☒ přístup k průběžným výsledkům ve formátu XML",
        "☐ povolení pořizovat obrazový nebo zvukový záznam na přebíracím místě",
        {
            "rows": [
                ["Typ provozu", "IP adresa"],
                ["Ostrý provoz", "203.0.113.101"],
                ["", "203.0.113.102"],
                ["", "203.0.113.103"],
                ["Testovací provoz", "198.51.100.241"],
                ["", "198.51.100.242"],
            ],
            "merge": [(1, 0, 3, 0), (4, 0, 5, 0)],
        },
        "Kontaktní osoba: Kristýna Holubová",
        "E-mail: holubova@denik-sever.example",
        "Telefon: +420 775 216 904",
        "V Ústí nad Labem dne 7. 2. 2023",
    ],
}

C020_TEXT = """Dobrý den,

v příloze zasíláme vyplněný formulář žádosti.

S pozdravem
Kristýna Holubová
Internetový deník Sever"""

C020: dict[str, Any] = {
    "id": "c020-docx-form-merged-roles",
    "description": "DOCX form: one ticked and one unticked box, roles in merged cells spanning "
    "several address rows, IČO written in groups",
    "style": Style.FORM,
    "from": "Kristýna Holubová <holubova@denik-sever.example>",
    "subject": "Žádost - formulář",
    "body": C020_TEXT,
    "html": gmail_html(C020_TEXT),
    "attachments": [("docx", "zadost_volby_Sever.docx", C020_FORM)],
    "labels": L(
        FEED,
        "Internetový deník Sever, z. ú.",
        "08762538",
        None,
        ["203.0.113.101", "203.0.113.102", "203.0.113.103"],
        ["198.51.100.241", "198.51.100.242"],
        "Kristýna Holubová",
        "holubova@denik-sever.example",
        "+420775216904",
    ),
}

C021_LETTER: list[Any] = [
    "Agentura Regionpress a.s.\nHusova 12, 370 01 České Budějovice\nIČO 67490581",
    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML a o povolení pořizovat záznam "
    "na přebíracím místě",
    "Žádáme o zřízení přístupu k serveru s průběžnými výsledky voleb ve formátu XML pro tyto "
    "adresy:",
    {
        "rows": [
            [
                "Ostrý provoz",
                "203.0.113.20 – 203.0.113.24 (rozsah pěti adres našeho clusteru "
                "pro stahování a zpracování dat)",
            ],
            ["Testovací provoz", "198.51.100.120, 198.51.100.121"],
        ],
        "widths": [90, 190],
    },
    "Dále žádáme o povolení pro náš štáb (redaktor Vít Šafránek, kameraman Lubomír Řezníček) "
    "natáčet na přebíracím místě v Českých Budějovicích v průběhu zpracování výsledků.",
    "Kontaktní osoba: Ing. Tomáš Beneš, vedoucí zpravodajství, tel. 606 412 873, "
    "benes@regionpress.example",
    "S pozdravem\n\nIng. Karel Vondráček\npředseda představenstva",
]

C021: dict[str, Any] = {
    "id": "c021-smime-pdf-letter-range",
    "description": "S/MIME-signed mail sent by an assistant; the PDF letter has a table whose "
    "cell wraps a written range of five production addresses; feed and filming",
    "style": Style.ATTACHMENT,
    "from": "Ivana Marková <markova@regionpress.example>",
    "subject": "Žádost Regionpress - XML a natáčení",
    "headers": OUTLOOK,
    "smime": True,
    "body": """Dobrý den,

v příloze zasíláme žádost agentury Regionpress o přístup k výsledkům voleb a o povolení \
natáčení. Zpráva je podepsána elektronickým podpisem.

S pozdravem
Ivana Marková
asistentka představenstva
""",
    "attachments": [("pdf", "Zadost_Regionpress.pdf", C021_LETTER)],
    "labels": L(
        BOTH,
        "Agentura Regionpress a.s.",
        "67490581",
        None,
        ["203.0.113.20", "203.0.113.21", "203.0.113.22", "203.0.113.23", "203.0.113.24"],
        ["198.51.100.120", "198.51.100.121"],
        "Tomáš Beneš",
        "benes@regionpress.example",
        "+420606412873",
    ),
}

C022: dict[str, Any] = {
    "id": "c022-xlsx-two-sheets",
    "description": "mail without diacritics pointing to an XLSX: addresses with a PROD/TEST "
    "column on one sheet (IPv6 among them), the contact on another",
    "style": Style.ATTACHMENT,
    "from": "Vojtech Sykora <sykora@studiolipno.example>",
    "subject": "zadost XML - Studio Lipno",
    "cte": "7bit",
    "body": """Dobry den,
posilam zadost o pristup k XML vysledkum za Studio Lipno s.r.o. (ICO 28119363). IP adresy \
jsou v priloze (list "IP"), kontakt na druhem listu.
Diky
Vojtech Sykora
""",
    "attachments": [
        (
            "xlsx",
            "studio_lipno_ip.xlsx",
            [
                {
                    "title": "IP",
                    "rows": [
                        ["Adresa", "Typ", "Pozn."],
                        ["198.51.100.70", "PROD", "encoder"],
                        ["198.51.100.71", "PROD", "web"],
                        ["2001:db8:5c::70", "PROD", "web IPv6"],
                        ["198.51.100.79", "TEST", ""],
                    ],
                },
                {
                    "title": "Kontakt",
                    "rows": [
                        ["Jméno", "Vojtěch Sýkora"],
                        ["E-mail", "sykora@studiolipno.example"],
                        ["Mobil", "+420 603 99 71 20"],
                    ],
                },
            ],
        )
    ],
    "labels": L(
        FEED,
        "Studio Lipno s.r.o.",
        "28119363",
        None,
        ["198.51.100.70", "198.51.100.71", "2001:db8:5c::70"],
        ["198.51.100.79"],
        "Vojtěch Sýkora",
        "sykora@studiolipno.example",
        "+420603997120",
    ),
}

C023_TEXT = """Dobrý deň,

v mene spoločnosti Rádio Záhorie, s.r.o. si dovoľujem požiadať o pridelenie prístupu \
k serveru s výsledkami volieb vo formáte XML. Vysielame aj pre poslucháčov na českej strane \
hranice, preto nás výsledky veľmi zaujímajú.

Produkčné / záložné IP: 203.0.113.144, 203.0.113.145, 203.0.113.146
Testovacie IP: 203.0.113.150

Kontaktná osoba: Ing. Peter Kollár, vedúci techniky
e-mail: kollar@radiozahorie.example
tel.: +421 34 651 22 11 (ústredňa), mob.: 0908 123 456

S pozdravom
Peter Kollár
Rádio Záhorie, s.r.o., Námestie slobody 5, 905 01 Senica
IČO: 35811447"""

C023: dict[str, Any] = {
    "id": "c023-slovak-outlook-combined-label",
    "description": "Slovak Outlook mail in windows-1250; 'Produkčné / záložné' combines two "
    "production roles; a Slovak mobile in national form after the switchboard",
    "style": Style.COMBINED_LABEL,
    "from": "Kollár Peter <kollar@radiozahorie.example>",
    "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
    "headers": OUTLOOK,
    "charset": "windows-1250",
    "cte": "qp",
    "body": C023_TEXT,
    "html": outlook_html(C023_TEXT, charset="windows-1250"),
    "labels": L(
        FEED,
        "Rádio Záhorie, s.r.o.",
        "35811447",
        None,
        ["203.0.113.144", "203.0.113.145", "203.0.113.146"],
        ["203.0.113.150"],
        "Peter Kollár",
        "kollar@radiozahorie.example",
        "+421908123456",
    ),
}

C024: dict[str, Any] = {
    "id": "c024-two-lines-english-freelancer-filming",
    "description": "two lines in English from a phone: a foreign freelancer asks only to film "
    "and says he does not need the data",
    "style": Style.TWO_LINE,
    "from": "Lukas Brenner <lukas.brenner@posteo.example>",
    "subject": "Filming at Brno collection point",
    "headers": [("X-Mailer", "Samsung Mail")],
    "cte": "7bit",
    "body": """Hi, I'm a freelance video journalist from Leipzig and would like permission to \
film at the Brno collection point on election night (just me, one camera, no lights). \
No need for the XML data.
Lukas Brenner, +49 171 4455 210

Sent from my Galaxy
""",
    "labels": L(
        REC,
        "Lukas Brenner",
        None,
        None,
        [],
        [],
        "Lukas Brenner",
        "lukas.brenner@posteo.example",
        "+491714455210",
    ),
}

C025_TEXT = """Dobrý den,

posílám za kolegyni šéfredaktorku, která žádost omylem poslala jen mně. Kontaktní osobou \
pro žádost je ona (Irena Dostálová), já řeším jen techniku.

Karel Mašek
IT, Rádio Labe s.r.o.
tel. 602 555 813"""

C025_FORWARDED = """---------- Forwarded message ---------
Od: Irena Dostálová <dostalova@radiolabe.example>
Date: út 7. 2. 2023 v 11:32
Subject: žádost XML ČSÚ
To: Karel Mašek <masek@radiolabe.example>


Karle, pošli to prosím na statistický úřad, nevím kam přesně.

Žádost o přístup k XML výsledkům voleb
Žadatel: Rádio Labe s.r.o., IČO 03329046
Adresy pro ostrý provoz: 198.51.100.180, 198.51.100.181
Testovací adresa: 198.51.100.189
Kontakt: Irena Dostálová, 739 650 221, dostalova@radiolabe.example

Irena"""

C025: dict[str, Any] = {
    "id": "c025-forward-colleague-contact",
    "description": "an IT colleague forwards the editor's application (Gmail forward); the "
    "contact is the editor in the forwarded text, not the forwarder with his own phone",
    "style": Style.FORWARD_COLLEAGUE,
    "from": "Karel Mašek <masek@radiolabe.example>",
    "subject": "Fwd: žádost XML ČSÚ",
    "body": C025_TEXT + "\n\n" + C025_FORWARDED,
    "html": gmail_html(C025_TEXT + "\n\n" + C025_FORWARDED),
    "labels": L(
        FEED,
        "Rádio Labe s.r.o.",
        "03329046",
        None,
        ["198.51.100.180", "198.51.100.181"],
        ["198.51.100.189"],
        "Irena Dostálová",
        "dostalova@radiolabe.example",
        "+420739650221",
    ),
}

C026: dict[str, Any] = {
    "id": "c026-ipad-base64-both",
    "description": "iPad mail in base64; roles stated after the addresses; feed and filming, "
    "the contact is also a crew member",
    "style": Style.APPLE_MAIL,
    "from": "Soňa Vlčková <vlckova@metropolitni.example>",
    "subject": "Volby – XML a natáčení",
    "headers": [("X-Mailer", "iPad Mail (20D47)")],
    "cte": "base64",
    "body": """Dobrý den,

Brněnský metropolitní magazín s.r.o. (IČO 49135678) by rád požádal o dvě věci.

Přístup k XML výsledkům: adresy 198.51.100.201 a 198.51.100.202 jsou ostré, 198.51.100.210 \
testovací.

A zároveň bychom rádi natáčeli na přebíracím místě Brno-venkov – půjde o fotografa Adama \
Krejčího a mě.

Kontakt: Soňa Vlčková, 774 208 619, vlckova@metropolitni.example

Díky moc,
Soňa

Odesláno z iPadu""",
    "labels": L(
        BOTH,
        "Brněnský metropolitní magazín s.r.o.",
        "49135678",
        None,
        ["198.51.100.201", "198.51.100.202"],
        ["198.51.100.210"],
        "Soňa Vlčková",
        "vlckova@metropolitni.example",
        "+420774208619",
    ),
}

C027_LETTER: dict[str, Any] = {
    "header": "Nakladatelství Horácko, s.r.o. | Havlíčkova 18, 674 01 Třebíč | IČO 27640159 "
    "| ID DS h3npw8e",
    "blocks": [
        "Český statistický úřad",
        "Na padesátém 81, 100 82 Praha 10",
        "datová schránka: 2gfaasy",
        "V Třebíči 8. února 2023",
        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
        "Vážení, vydáváme regionální týdeník Horácké noviny a jeho internetovou verzi. Žádáme "
        "o přístup k vyhrazenému serveru s výsledky voleb z následujících adres:",
        {
            "rows": [
                ["IP adresa", "Použití"],
                ["198.51.100.51", "ostrý provoz"],
                ["198.51.100.52", "ostrý provoz (záloha)"],
                ["203.0.113.51", "test"],
                ["203.0.113.52", "test"],
            ]
        },
        "Kontaktní osoba: Bc. Lucie Zemanová, tel. 568 840 317, zemanova@horacko.example",
        "S pozdravem",
        "Mgr. Aleš Kubíček, jednatel",
    ],
}

C027: dict[str, Any] = {
    "id": "c027-databox-docx-office-box-in-letter",
    "description": "data message with a DOCX letter that prints the office's data box in the "
    "address block; the applicant's own box is in the envelope and the page header",
    "style": Style.DATABOX,
    "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
    "databox": {
        "box": "h3npw8e",
        "sender": "Nakladatelství Horácko, s.r.o.",
        "address": "Havlíčkova 18, 674 01 Třebíč",
        "ref": "NH-14/2023",
    },
    "attachments": [("docx", "zadost_XML_Horacko.docx", C027_LETTER)],
    "labels": L(
        FEED,
        "Nakladatelství Horácko, s.r.o.",
        "27640159",
        "h3npw8e",
        ["198.51.100.51", "198.51.100.52"],
        ["203.0.113.51", "203.0.113.52"],
        "Lucie Zemanová",
        "zemanova@horacko.example",
        "+420568840317",
    ),
}

C028_TEXT = """Dobrý den,

za podcastovou síť Ozvěna (Podcastová síť Ozvěna, z. s., IČO 05988128) prosíme o přístup \
k XML výsledkům, chystáme volební noc v živém vysílání.

ostré: 203.0.113.90, 203.0.113.91
testovací: 203.0.113.99

kontakt: Barbora Šťastná, 00420 608 771 204, barbora@ozvena.example

jo a ještě – ta testovací adresa je špatně, .99 je náš starý router, který už nepoužíváme. \
Správně má být 203.0.113.98.

Díky!
Bára Šťastná"""

C028: dict[str, Any] = {
    "id": "c028-gmail-test-address-corrected",
    "description": "the test address is corrected a few lines later (the first one is an old "
    "router no longer used); phone with the 00420 prefix",
    "style": Style.CORRECTION,
    "from": "Barbora Šťastná <barbora@ozvena.example>",
    "subject": "volební noc - XML",
    "body": C028_TEXT,
    "html": gmail_html(C028_TEXT),
    "labels": L(
        FEED,
        "Podcastová síť Ozvěna, z. s.",
        "05988128",
        None,
        ["203.0.113.90", "203.0.113.91"],
        ["203.0.113.98"],
        "Barbora Šťastná",
        "barbora@ozvena.example",
        "+420608771204",
    ),
}

CASES: list[dict[str, Any]] = [
    C015,
    C016,
    C017,
    C018,
    C019,
    C020,
    C021,
    C022,
    C023,
    C024,
    C025,
    C026,
    C027,
    C028,
]
