"""Third held-out half, prefix ``c``, cases c029–c042 (written by hand, issue 18)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fresh_c_common import (
    FEED,
    OFFICE_SIGNATURE,
    REC,
    L,
    Style,
    gmail_html,
    outlook_html,
    quote,
)

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]

C029_LETTER: list[Any] = [
    "Město Nové Dvory nad Lužnicí",
    "Náměstí Míru 1, 391 65 Nové Dvory nad Lužnicí, IČO: 00295078",
    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
    "Město Nové Dvory nad Lužnicí vydává měsíčník Novodvorský zpravodaj a provozuje "
    "zpravodajský web města. O volebním víkendu chceme na webu zveřejňovat průběžné výsledky "
    "za město a okolní obce, a proto žádáme o přístup k vyhrazenému serveru.",
    [
        ["Provoz", "IP adresa"],
        ["ostrý", "198.51.100.161"],
        ["ostrý", "198.51.100.162"],
        ["testovací", "—"],
    ],
    "Kontakt: Bc. Radka Vaňková, tisková mluvčí, mobil 724 115 630, "
    "vankova@novedvory.example (podatelna městského úřadu: 381 209 111)",
    "Ing. Milan Sobotka, starosta",
]

C029: dict[str, Any] = {
    "id": "c029-rtf-municipality",
    "description": "RTF letter of a town with a role/address table whose test row is a dash; "
    "the contact's mobile before the town hall's number",
    "style": Style.ATTACHMENT,
    "from": "Radka Vaňková <vankova@novedvory.example>",
    "subject": "Žádost města Nové Dvory nad Lužnicí - výsledky voleb XML",
    "headers": OUTLOOK,
    "body": """Dobrý den,

v příloze zasíláme žádost města o přístup k výsledkům voleb ve formátu XML. Posíláme ji ve \
formátu RTF, protože nám program na podpisy nechce uložit PDF.

S pozdravem
Radka Vaňková
tisková mluvčí
""",
    "attachments": [("rtf", "zadost_XML_mesto.rtf", C029_LETTER)],
    "labels": L(
        FEED,
        "Město Nové Dvory nad Lužnicí",
        "00295078",
        None,
        ["198.51.100.161", "198.51.100.162"],
        [],
        "Radka Vaňková",
        "vankova@novedvory.example",
        "+420724115630",
    ),
}

C030_TEXT = """Dear Sir or Madam,

EuroData Media Ltd, a Dublin-based publisher of election data services, would like to \
apply for access to your XML results server. Our addresses are listed in the table below.

Contact: Siobhán Murphy, Data Desk Editor, +353 87 654 3210, s.murphy@eurodata.example

We are an Irish company and have no Czech identification number.

Kind regards,
Siobhán Murphy
EuroData Media Ltd | 14 Fitzwilliam Place, Dublin 2"""

C030_TABLE = """<table border="1" cellspacing="0" cellpadding="4" \
style="border-collapse:collapse">
<tr><th style="text-align:left"><p class="MsoNormal">Production</p></th>\
<td><p class="MsoNormal">203.0.113.180<br>203.0.113.181<br>2001:db8:e0::180</p></td></tr>
<tr><th style="text-align:left"><p class="MsoNormal">Test</p></th>\
<td><p class="MsoNormal">203.0.113.189</p></td></tr>
</table>"""

C030_PLAIN_TABLE = """Production\t203.0.113.180
\t203.0.113.181
\t2001:db8:e0::180
Test\t203.0.113.189"""

C030: dict[str, Any] = {
    "id": "c030-english-outlook-row-headers",
    "description": "English Outlook mail; the roles are row headers of an HTML table whose "
    "production cell holds three addresses separated by line breaks; no IČO",
    "style": Style.HTML_TABLE,
    "from": "Siobhán Murphy <s.murphy@eurodata.example>",
    "subject": "Application for XML results access - EuroData Media",
    "headers": OUTLOOK,
    "body": C030_TEXT.replace("below.", "below.\n\n" + C030_PLAIN_TABLE),
    "html": outlook_html(C030_TEXT, C030_TABLE),
    "labels": L(
        FEED,
        "EuroData Media Ltd",
        None,
        None,
        ["203.0.113.180", "203.0.113.181", "2001:db8:e0::180"],
        ["203.0.113.189"],
        "Siobhán Murphy",
        "s.murphy@eurodata.example",
        "+353876543210",
    ),
}

C031_DOC: list[Any] = [
    "Žádost o přístup k serveru s výsledky voleb (XML)",
    "Žadatel: Jihomoravská univerzita ve Znojmě",
    "Pracoviště: Laboratoř datové žurnalistiky, Fakulta sociálních studií",
    "IČO: 60728345",
    "Studenti laboratoře budou o volebním víkendu připravovat živé grafiky pro univerzitní "
    "web a regionální partnery. Žádáme o přístup z těchto adres:",
    [
        ["Role", "Adresy"],
        ["produkční", "198.51.100.96"],
        ["testovací", "2001:db8:77::10/126"],
    ],
    "Kontaktní osoba: doc. Mgr. Pavla Kučerová, Ph.D., e-mail kucerova@juzn.example, "
    "telefon +420 515 282 640",
]

C031: dict[str, Any] = {
    "id": "c031-odt-university-ipv6-block",
    "description": "ODT attached to a format=flowed DelSp=yes mail; the test addresses are an "
    "IPv6 /126 block; a university whose faculty lab is not the legal entity",
    "style": Style.ATTACHMENT,
    "from": "Pavla Kučerová <kucerova@juzn.example>",
    "subject": "Žádost o přístup k XML výsledkům - JUZN",
    "headers": [("User-Agent", "Mozilla Thunderbird 115.7.0")],
    "flowed": True,
    "delsp": True,
    "cte": "8bit",
    "body": """Dobrý den,

v příloze posílám žádost naší laboratoře o přístup k výsledkům\x20\x20
voleb ve formátu XML (ODT, vytvořeno v LibreOffice). Pokud by\x20\x20
bylo potřeba cokoli doplnit, ozvěte se prosím.

S pozdravem

Pavla Kučerová
""",
    "attachments": [("odt", "zadost_xml_JUZN.odt", C031_DOC)],
    "labels": L(
        FEED,
        "Jihomoravská univerzita ve Znojmě",
        "60728345",
        None,
        ["198.51.100.96"],
        ["2001:db8:77::10", "2001:db8:77::11", "2001:db8:77::12", "2001:db8:77::13"],
        "Pavla Kučerová",
        "kucerova@juzn.example",
        "+420515282640",
    ),
}

C032: dict[str, Any] = {
    "id": "c032-ascii-netmask-versions-old",
    "description": "plain ASCII in an iso-8859-2 part; a /31 written as address / netmask, "
    "software versions, last year's address to be dropped",
    "style": Style.LOOKALIKES,
    "from": "Libor Hejda <hejda@libereckyexpres.example>",
    "subject": "zadost - pristup k XML datum z voleb",
    "charset": "iso-8859-2",
    "cte": "7bit",
    "body": """Dobry den,

posilam udaje k zadosti o pristup k XML datum z voleb za Liberecky Expres s.r.o., \
ICO 25836412.

Produkce: 198.51.100.64 / 255.255.255.254 (dva servery za jednim NATem)
Test: 203.0.113.3

Technicke info pro vase adminy: Debian 12.4, PHP 8.2.12, nas stahovac verze 1.0.4.2, \
stahujeme kazdych 30 s. Minuly rok jsme jeste jeli z 198.51.100.2, tu uz prosim zruste, \
nepouzivame ji.

Kontakt: Ing. Libor Hejda, hejda@libereckyexpres.example, tel. +420 485 100 277

Libor Hejda
""",
    "labels": L(
        FEED,
        "Liberecky Expres s.r.o.",
        "25836412",
        None,
        ["198.51.100.64", "198.51.100.65"],
        ["203.0.113.3"],
        "Libor Hejda",
        "hejda@libereckyexpres.example",
        "+420485100277",
    ),
}

C033: dict[str, Any] = {
    "id": "c033-slovak-webmail-filming-feed-declined",
    "description": "Slovak HTML-only webmail in base64: filming requested, the XML feed "
    "declined in the next sentence; a Slovak mobile in national form",
    "style": Style.DECLINED,
    "from": "Lenka Bartošová <bartosova@tvskalica.example>",
    "subject": "Žiadosť o povolenie nakrúcania – Břeclav",
    "headers": [("X-Mailer", "Zoznam.sk webmail")],
    "cte": "base64",
    "html": """<html><body>
<div>Dobrý deň,</div>
<div><br></div>
<div>sme regionálna televízia zo Skalice a počas volieb by sme radi nakrúcali reportáž na \
preberacom mieste ČSÚ v Břeclavi (štáb: redaktorka Lenka Bartošová, kameraman Juraj Mráz).\
</div>
<div>O prístup k XML výsledkom nežiadame – výsledky preberáme od tlačovej agentúry.</div>
<div><br></div>
<div>Kontakt: Lenka Bartošová, 0915 406 782, bartosova@tvskalica.example</div>
<div><br></div>
<div>S pozdravom</div>
<div>TV Skalica, s. r. o., Potočná 18, 909 01 Skalica, IČO 31922406</div>
</body></html>
""",
    "labels": L(
        REC,
        "TV Skalica, s. r. o.",
        "31922406",
        None,
        [],
        [],
        "Lenka Bartošová",
        "bartosova@tvskalica.example",
        "+421915406782",
    ),
}

C034_TEXT = """Dobrý den,

Rádio Pálava s.r.o. (IČO 46192841) žádá o:
1) přístup k XML výsledkům voleb – ostré adresy 198.51.100.230 a 198.51.100.231, testovací \
198.51.100.239,
2) povolení natáčet na přebíracím místě v Mikulově.

Kontakt: Jan Procházka, vedoucí zpravodajství, +420 519 510 448, prochazka@radiopalava.example

Doplnění po poradě s vedením: bod 2 prosím berte jako bezpředmětný, natáčení rušíme – štáb \
bude ten večer vysílat ze štábu jednoho z kandidátů. Žádáme tedy jen o přístup k XML.

S pozdravem
Jan Procházka
Rádio Pálava s.r.o."""

C034: dict[str, Any] = {
    "id": "c034-filming-withdrawn-later",
    "description": "two numbered requests; the second (filming) is withdrawn further down in "
    "the same message",
    "style": Style.DECLINED,
    "from": "Procházka Jan <prochazka@radiopalava.example>",
    "subject": "Žádost Rádia Pálava - XML a natáčení",
    "headers": OUTLOOK,
    "body": C034_TEXT,
    "html": outlook_html(C034_TEXT),
    "labels": L(
        FEED,
        "Rádio Pálava s.r.o.",
        "46192841",
        None,
        ["198.51.100.230", "198.51.100.231"],
        ["198.51.100.239"],
        "Jan Procházka",
        "prochazka@radiopalava.example",
        "+420519510448",
    ),
}

C035_ORIGINAL = """Dobrý den,
žádám o přístup k volebním výsledkům ve formátu XML. Adresa našeho serveru je 198.51.100.5.
Žadatel: Tisková agentura Morava, s.r.o., IČO 02738155
Pavel Kříž, kriz@tamorava.example"""

C035_OFFICE = (
    """Dobrý den,

ve Vaší žádosti chybí telefonní kontakt a není z ní zřejmé, zda je uvedená adresa určena pro \
ostrý provoz, nebo pro testování. Doplňte prosím tyto údaje odpovědí na tuto zprávu.

S pozdravem

"""
    + OFFICE_SIGNATURE
    + "\n\nDne 3. 2. 2023 v 16:40 Pavel Kříž napsal(a):\n"
    + quote(C035_ORIGINAL)
)

C035: dict[str, Any] = {
    "id": "c035-reply-to-office-query-nested",
    "description": "reply to the office's request for missing data; the office's message "
    "(its signature and phone) quotes the applicant's original one level deeper",
    "style": Style.REPLY_OFFICE,
    "from": "Pavel Kříž <kriz@tamorava.example>",
    "to": "Šindelář Radek <volby.media@czso.cz>",
    "subject": "Re: Doplnění žádosti o přístup k XML",
    "headers": [("User-Agent", "Mozilla Thunderbird 102.7.1")],
    "body": """Dobrý den,

děkuji za upozornění. Adresa 198.51.100.5 je ostrá (jiná nebude). Testovací adresu \
nepotřebujeme. Telefon na mě je 739 222 180.

Pavel Kříž

Dne 6. 2. 2023 v 10:02 Šindelář Radek napsal(a):
"""
    + quote(C035_OFFICE),
    "labels": L(
        FEED,
        "Tisková agentura Morava, s.r.o.",
        "02738155",
        None,
        ["198.51.100.5"],
        [],
        "Pavel Kříž",
        "kriz@tamorava.example",
        "+420739222180",
    ),
}

C036_LETTER: list[Any] = [
    "Ostravská televize a.s.\nNádražní 112, 702 00 Ostrava\nIČO 48629197, ID datové schránky "
    "q5tvo2r",
    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
    "Věc: Žádost o povolení pořízení audiovizuálního záznamu",
    "Žádáme o povolení natáčet na přebíracím místě v Ostravě během zpracování výsledků voleb. "
    "Štáb: redaktor Martin Holub, kameraman Radek Sobota, osvětlovač Tadeáš Novák.",
    "Přístup k výsledkům ve formátu XML máme zajištěn prostřednictvím naší mateřské "
    "společnosti, o ten proto nežádáme.",
    "Kontaktní osoba: Martin Holub, tel. 777 310 264, holub@ostravskatv.example",
    "Mgr. Jana Štěpánková\nředitelka zpravodajství",
]

C036: dict[str, Any] = {
    "id": "c036-databox-pdf-filming",
    "description": "data message with a generic annotation and a PDF letter asking only to "
    "film; the feed is expressly not requested; the contact is a crew member",
    "style": Style.DATABOX,
    "subject": "Žádost",
    "databox": {
        "box": "q5tvo2r",
        "sender": "Ostravská televize a.s.",
        "address": "Nádražní 112, 702 00 Ostrava",
    },
    "attachments": [("pdf", "zadost_nataceni_OTV.pdf", C036_LETTER)],
    "labels": L(
        REC,
        "Ostravská televize a.s.",
        "48629197",
        "q5tvo2r",
        [],
        [],
        "Martin Holub",
        "holub@ostravskatv.example",
        "+420777310264",
    ),
}

C037: dict[str, Any] = {
    "id": "c037-english-respectively-polish-radio",
    "description": "long English letter from a Polish radio: 'for production and testing "
    "respectively', an old address not to be added, Polish NIP and KRS but no IČO",
    "style": Style.ROLE_ORDER,
    "from": "Agnieszka Zielińska <a.zielinska@radiowschod.example>",
    "subject": "Request for access to the XML election results server",
    "body": """Dear colleagues at the Czech Statistical Office,

my name is Agnieszka Zielińska and I run the data desk at Radio Wschód in Lublin. Many of \
our listeners in the south have family and business across the border, so we follow Czech \
elections closely, and this year we would love to show live results on our website instead \
of copying numbers by hand from the public results pages as we did last time (it was a \
long night!).

We would therefore like to ask for access to your XML results server. Our two machines are \
203.0.113.150 and 203.0.113.151, for production and testing respectively. Please note that \
the address we mentioned in a phone call in 2021, 203.0.113.12, is no longer in use and \
should not be added.

We are a Polish company (Radio Wschód Sp. z o.o., NIP 946-252-19-33, KRS 0000123456) and \
do not have a Czech IČO – I hope that is not a problem.

The best way to reach me is by e-mail at a.zielinska@radiowschod.example or on my mobile, \
+48 601 234 567.

With many thanks and best wishes from Lublin,
Agnieszka Zielińska
Head of Data Desk
""",
    "labels": L(
        FEED,
        "Radio Wschód Sp. z o.o.",
        None,
        None,
        ["203.0.113.150"],
        ["203.0.113.151"],
        "Agnieszka Zielińska",
        "a.zielinska@radiowschod.example",
        "+48601234567",
    ),
}

C038_TEXT = """Dobrý den,

Pražský kurýr, a.s. (IČO 29073286) žádá o přístup k serveru s výsledky voleb ve formátu XML.

Produkční rozsah: 198.51.100.184-187
Testovací adresy: nemáme, budeme testovat rovnou z produkce.

Kontaktní osoba: Mgr. Ondřej Vlček, zástupce šéfredaktora
tel.: +420 222 710 500 (redakce, ústředna)
mobil: 00420 777 418 263
e-mail: vlcek@prazskykuryr.example

S pozdravem
Ondřej Vlček"""

C038: dict[str, Any] = {
    "id": "c038-gmail-short-range-phones",
    "description": "a range written with the last octet only (four addresses); the "
    "newsroom switchboard before the contact's mobile in 00420 form",
    "style": Style.GMAIL,
    "from": "Ondřej Vlček <vlcek@prazskykuryr.example>",
    "subject": "Žádost o přístup k výsledkům voleb (XML) – Pražský kurýr",
    "body": C038_TEXT,
    "html": gmail_html(C038_TEXT),
    "labels": L(
        FEED,
        "Pražský kurýr, a.s.",
        "29073286",
        None,
        ["198.51.100.184", "198.51.100.185", "198.51.100.186", "198.51.100.187"],
        [],
        "Ondřej Vlček",
        "vlcek@prazskykuryr.example",
        "+420777418263",
    ),
}

C039_ORIGINAL: dict[str, Any] = {
    "id": "c039-original",
    "from": "Radek Vojtíšek <vojtisek@htmorava.example>",
    "to": "info@czso.cz",
    "subject": "Žádost o přístup k XML výsledkům - Hospodářský týdeník Morava",
    "body": """Dobrý den,

Hospodářský týdeník Morava a.s., IČO 28615972, žádá o přístup k XML výsledkům voleb.

Ostré adresy: 203.0.113.120, 203.0.113.121, 203.0.113.122
Testovací adresa: 203.0.113.129

Kontakt: Radek Vojtíšek, tel. 603 201 566, vojtisek@htmorava.example

S pozdravem
Radek Vojtíšek
vedoucí online vydání
""",
}

C039: dict[str, Any] = {
    "id": "c039-forward-as-attachment-new-phone",
    "description": "the applicant forwards his own message as an attachment (message/rfc822, "
    "first sent to a wrong address) and replaces the phone given in it",
    "style": Style.FORWARD_OWN,
    "from": "Radek Vojtíšek <vojtisek@htmorava.example>",
    "subject": "Fwd: Žádost o přístup k XML výsledkům - Hospodářský týdeník Morava",
    "headers": [("User-Agent", "Mozilla Thunderbird 115.7.0")],
    "flowed": True,
    "cte": "8bit",
    "body": """Dobrý den,

žádost v příloze jsem minulý týden omylem poslal na obecnou adresu\x20
info@, přeposílám ji tedy sem. Jedna změna: telefon na mě je nově\x20
734 901 377, číslo uvedené v příloze už neplatí.

Radek Vojtíšek
""",
    "attachments": [("eml", "Žádost o přístup k XML výsledkům.eml", C039_ORIGINAL)],
    "labels": L(
        FEED,
        "Hospodářský týdeník Morava a.s.",
        "28615972",
        None,
        ["203.0.113.120", "203.0.113.121", "203.0.113.122"],
        ["203.0.113.129"],
        "Radek Vojtíšek",
        "vojtisek@htmorava.example",
        "+420734901377",
    ),
}

C040: dict[str, Any] = {
    "id": "c040-centrum-yes-no-table",
    "description": "HTML-only webmail: request types in an ANO/NE table (filming marked NE), "
    "addresses in columns headed 'Produkce / záloha' and 'Test'",
    "style": Style.FORM,
    "from": "Petra Zelinková <zelinkova@kromeriz-portal.example>",
    "subject": "Žádost - volby, XML",
    "headers": [("X-Mailer", "Centrum Email 2.0")],
    "cte": "qp",
    "html": """<html><body>
<p>Dobrý den,</p>
<p>zasíláme žádost vyplněnou podle vašeho vzoru:</p>
<table border="1" cellpadding="3">
<tr><th>Požadavek</th><th>ANO</th><th>NE</th></tr>
<tr><td>Přístup k výsledkům ve formátu XML</td><td>X</td><td></td></tr>
<tr><td>Povolení natáčet na přebíracím místě</td><td></td><td>X</td></tr>
</table>
<p>&nbsp;</p>
<table border="1" cellpadding="3">
<tr><th>Produkce / záloha</th><th>Test</th></tr>
<tr><td>203.0.113.240</td><td>203.0.113.250</td></tr>
<tr><td>203.0.113.241</td><td></td></tr>
</table>
<p>Kontaktní osoba: Petra Zelinková, tel. 573 331 902, zelinkova@kromeriz-portal.example</p>
<p>Zpravodajský portál Kroměřížsko, s.r.o., IČO 03614476</p>
</body></html>
""",
    "labels": L(
        FEED,
        "Zpravodajský portál Kroměřížsko, s.r.o.",
        "03614476",
        None,
        ["203.0.113.240", "203.0.113.241"],
        ["203.0.113.250"],
        "Petra Zelinková",
        "zelinkova@kromeriz-portal.example",
        "+420573331902",
    ),
}

C041: dict[str, Any] = {
    "id": "c041-two-lines-english-ipv6-only",
    "description": "two English lines from a Czech company: IPv6-only production, 'test: "
    "none', IČO written without diacritics",
    "style": Style.TWO_LINE,
    "from": "Marta Horakova <marta@horakdata.example>",
    "subject": "XML feed access",
    "cte": "7bit",
    "body": """Hello, requesting XML feed access for Horak Data Studio s.r.o. (ICO 05431964). \
Prod: 2001:db8:c0de::1, 2001:db8:c0de::2; test: none.
Marta Horakova, +420 720 111 909
""",
    "labels": L(
        FEED,
        "Horak Data Studio s.r.o.",
        "05431964",
        None,
        ["2001:db8:c0de::1", "2001:db8:c0de::2"],
        [],
        "Marta Horakova",
        "marta@horakdata.example",
        "+420720111909",
    ),
}

C042_ORIGINAL = """Dobrý den,

Prostějovský deník s.r.o. žádá o přístup k průběžným výsledkům voleb ve formátu XML.

Ostrý provoz: 198.51.100.94, 198.51.100.95
Test: 198.51.100.98

Kontaktní osobou jsem já.

Mgr. Eva Navrátilová
šéfredaktorka
Prostějovský deník s.r.o. | IČ: 27104435 | ID DS: 5fbx3kt
tel. +420 582 330 112 | navratilova@pvdenik.example"""

C042_OFFICE = (
    """Dobrý den,

potvrzujeme přijetí Vaší žádosti, byla zaevidována pod evidenčním číslem ČSÚ-EP-2023-000417. \
O výsledku Vás budeme informovat.

S pozdravem

"""
    + OFFICE_SIGNATURE
    + "\n\nFrom: Navrátilová Eva <navratilova@pvdenik.example>\n"
    "Sent: Monday, February 6, 2023 9:12 AM\n"
    "To: podatelna@czso.cz\n"
    "Subject: Žádost o přístup k XML výsledkům\n\n" + C042_ORIGINAL
)

C042_TEXT = """Dobrý den,

k naší žádosti (viz níže) ještě doplňuji druhou testovací adresu 198.51.100.99 a měním \
kontaktní osobu: místo mě bude kontaktem kolega Jan Doubek, mobil 608 332 019, \
doubek@pvdenik.example. Ostatní zůstává.

Děkuji
Eva Navrátilová

From: Šindelář Radek <volby.media@czso.cz>
Sent: Tuesday, February 7, 2023 1:25 PM
To: Navrátilová Eva <navratilova@pvdenik.example>
Subject: RE: Žádost o přístup k XML výsledkům

"""

C042: dict[str, Any] = {
    "id": "c042-reply-to-receipt-changes-contact",
    "description": "reply to the office's receipt, which quotes the original application with "
    "its signature block (IČ, data box); the new text adds a test address and names a new "
    "contact",
    "style": Style.FOLLOW_UP,
    "from": "Navrátilová Eva <navratilova@pvdenik.example>",
    "to": "Šindelář Radek <volby.media@czso.cz>",
    "subject": "RE: Žádost o přístup k XML výsledkům",
    "headers": OUTLOOK,
    "body": C042_TEXT + C042_OFFICE,
    "html": outlook_html(C042_TEXT + C042_OFFICE),
    "labels": L(
        FEED,
        "Prostějovský deník s.r.o.",
        "27104435",
        "5fbx3kt",
        ["198.51.100.94", "198.51.100.95"],
        ["198.51.100.98", "198.51.100.99"],
        "Jan Doubek",
        "doubek@pvdenik.example",
        "+420608332019",
    ),
}

CASES: list[dict[str, Any]] = [
    C029,
    C030,
    C031,
    C032,
    C033,
    C034,
    C035,
    C036,
    C037,
    C038,
    C039,
    C040,
    C041,
    C042,
]
