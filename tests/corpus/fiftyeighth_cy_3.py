"""Fifty-eighth held-out part ``cy``, cases cy029–cy042: a data message with the addresses in
the annotation, an HTML-only signature table, a Slovak daily, a mail naming several people in
copy, a British freelancer in flowed text, a withdrawn filming request, a German writing
English, an HTML-only iPhone reply, a windows-1250 quoted-printable letter, a data message with
an RTF, an HTML mail with IPv6, a sloppy Android note with odd phone formats, a DOCX behind a
Roundcube cover and a flowed mail whose signature names a deputy. Written by hand apart from
the extraction rules (see make_fiftyeighth_cy); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyeighth_cy_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I32, I34 = ico("2638105"), ico("0514729"), ico("2780364"), ico("0652918")
I37, I38, I39, I40 = ico("2597140"), ico("0803476"), ico("2716985"), ico("0439271")
I41, I42, I43 = ico("2851603"), ico("0376492"), ico("2907318")

CASES: list[dict[str, Any]] = [
    {
        "id": "cy029-databox-annotation-ips-odt",
        "description": "data message with the addresses in the annotation and the rest in an "
        "ODT letter; the annotation's 'prod' and 'test' are abbreviations",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihočeské listy a.s.",
            I29,
            "z7b4kq1",
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.66"],
            "Petra Zemanová",
            "zemanova@jihoceskelisty.example",
            "+420387214950",
        ),
        "databox": box("z7b4kq1", "Jihočeské listy a.s.", "Lannova 41, 370 01 České Budějovice"),
        "subject": "Žádost o XML výsledky voleb; prod 203.0.113.60, 203.0.113.61; "
        "test 203.0.113.66",
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Jihočeské listy a.s., IČO " + I29,
                    "Žádáme o zpřístupnění průběžných výsledků voleb na dedikovaném "
                    "serveru; IP adresy uvádíme v anotaci zprávy.",
                    "Kontaktní osoba: Petra Zemanová, zemanova@jihoceskelisty.example, "
                    "tel. 387 214 950",
                ],
            )
        ],
    },
    {
        "id": "cy030-html-only-signature-table",
        "description": "HTML-only Zimbra mail: short request text, the contact details only in "
        "an HTML signature table with a second person (the editor) beside her",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Mostecký deník s.r.o.",
            I30,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Renata Bílková",
            "bilkova@mosteckydenik.example",
            "+420476330218",
        ),
        "from": "Renata Bílková <bilkova@mosteckydenik.example>",
        "subject": "Přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "html": "<div>Dobrý den,<br><br>prosíme o přístup k XML výsledkům pro Mostecký deník "
        "s.r.o., IČO " + I30 + ". Produkce 198.51.100.240 a 198.51.100.241, testovací "
        "198.51.100.250.<br><br>Kontaktní osobou jsem já (viz podpis).</div><br>"
        "<table><tr><td><b>Renata Bílková</b><br>online vydání<br>tel. 476 330 218<br>"
        "bilkova@mosteckydenik.example</td><td><b>Mgr. Petr Jelínek</b><br>šéfredaktor<br>"
        "tel. 476 330 200<br>jelinek@mosteckydenik.example</td></tr></table>",
    },
    {
        "id": "cy031-slovak-daily",
        "description": "Slovak daily writing Slovak: no Czech IČO, production and test in "
        "Slovak words ('produkčné', 'testovacia'), Bratislava mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s.r.o.",
            None,
            None,
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.209"],
            "Peter Kováč",
            "kovac@zahorskenoviny.example",
            "+421918403725",
        ),
        "from": "Peter Kováč <kovac@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": OUTLOOK,
        "body": "Dobrý deň,\n\nvydavateľstvo Záhorské noviny, s.r.o. zo Skalice žiada o "
        "prístup k XML s priebežnými výsledkami volieb.\n\nProdukčné adresy: 192.0.2.200, "
        "192.0.2.201\nTestovacia adresa: 192.0.2.209\n\nKontaktná osoba: Peter Kováč, "
        "+421 918 403 725\n\nS pozdravom\nPeter Kováč\n",
    },
    {
        "id": "cy032-several-people-cc",
        "description": "the sender writes for her boss (in copy) and names a colleague as the "
        "contact; three people, three phones",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Středočeský zpravodaj s.r.o.",
            I32,
            None,
            ["198.18.90.5"],
            ["198.18.90.6"],
            "Jakub Říha",
            "riha@sczpravodaj.example",
            "+420734902615",
        ),
        "from": "Lucie Marková <markova@sczpravodaj.example>",
        "cc": "Tomáš Hora <hora@sczpravodaj.example>, Jakub Říha <riha@sczpravodaj.example>",
        "subject": "volby - žádost Středočeský zpravodaj",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\nz pověření pana ředitele Hory (v kopii, tel. 311 520 100) "
        "posílám žádost Středočeský zpravodaj s.r.o., IČO " + I32 + ": přístup k XML "
        "(produkce 198.18.90.5, test 198.18.90.6) a povolení natáčet v Kladně.\n\n"
        "Kontaktní osobou bude kolega Jakub Říha (také v kopii), riha@sczpravodaj.example, "
        "734 902 615.\n\nLucie Marková\nasistentka, 311 520 104\n",
    },
    {
        "id": "cy033-uk-freelancer-flowed-delsp",
        "description": "British freelance filmmaker, format=flowed with delsp; asks only to "
        "film, says the XML is not needed; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Oliver Bramwell",
            None,
            None,
            [],
            [],
            "Oliver Bramwell",
            "oliver@bramwellfilms.example",
            "+447700900418",
        ),
        "from": "Oliver Bramwell <oliver@bramwellfilms.example>",
        "subject": "Filming permission on election night",
        "headers": EVOLUTION,
        "flowed": True,
        "delsp": True,
        "body": "Hello,\n\nI am a freelance documentary filmmaker from Bristol and I would "
        "like to ask for permission to film at your Prague collection point on election "
        "night. I do not need the XML results feed.\n\nBest,\nOliver Bramwell\n"
        "+44 7700 900418\n",
    },
    {
        "id": "cy034-filming-withdrawn",
        "description": "Seznam mail first asking for both, then withdrawing the filming part "
        "('natáčení nakonec ne'); feed only",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kutnohorský občasník, z.s.",
            I34,
            None,
            ["203.0.113.170"],
            ["203.0.113.171"],
            "Filip Zelenka",
            "zelenka@kutnohorskyobcasnik.example",
            "+420607338124",
        ),
        "from": "Filip Zelenka <zelenka@kutnohorskyobcasnik.example>",
        "subject": "žádost volby",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\nKutnohorský občasník, z.s. (IČO " + I34 + ") žádá o přístup "
        "k XML s výsledky (produkce 203.0.113.170, test 203.0.113.171) a o povolení natáčet.\n\n"
        "Ještě jsem to probral s kolegy - natáčení nakonec ne, nemáme na to lidi. Tedy jen "
        "to XML.\n\nFilip Zelenka, 607 338 124\n",
    },
    {
        "id": "cy035-german-english-both",
        "description": "German regional broadcaster writing English; both requests, no IČO, "
        "Dresden phone; the camera operator named separately",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Elbtal Rundfunk GmbH",
            None,
            None,
            ["198.51.100.80", "2001:db8:e1b::80"],
            ["198.51.100.88"],
            "Sabine Köhler",
            "s.koehler@elbtalrundfunk.example",
            "+4935148270315",
        ),
        "from": "Sabine Köhler <s.koehler@elbtalrundfunk.example>",
        "subject": "Election night: results feed and filming",
        "headers": GMAIL,
        "body": "Dear Sir or Madam,\n\nElbtal Rundfunk GmbH asks for access to the results "
        "XML and for a filming permit at your office in Ústí nad Labem. Our camera operator "
        "will be Jens Wagner.\n\nproduction: 198.51.100.80 and 2001:db8:e1b::80\n"
        "test: 198.51.100.88\n\nContact: Sabine Köhler, +49 351 4827 0315\n\n"
        "Kind regards\nSabine Köhler\n",
    },
    {
        "id": "cy036-html-only-iphone-reply",
        "description": "HTML-only iPhone reply: a one-line answer on top, the application in "
        "the quoted blockquote of the sender's own earlier mail",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Táborský hlas s.r.o.",
            I37,
            None,
            ["192.0.2.100"],
            [],
            "Adam Procházka",
            "prochazka@taborskyhlas.example",
            "+420724516093",
        ),
        "from": "Adam Procházka <prochazka@taborskyhlas.example>",
        "subject": "Re: Vaše žádost",
        "headers": IPHONE,
        "html": '<html><body><div dir="auto">Ano, testovat budeme ze stejného serveru, '
        'zvláštní testovací adresu nemáme.</div><div dir="auto"><br>Odesláno z iPhonu</div>'
        '<blockquote type="cite"><div>Dne 9. 9. v 11:02 podatelna@czso.cz napsal(a):</div>'
        '<div>Máte také testovací adresu?</div><blockquote type="cite"><div>Táborský hlas '
        "s.r.o., IČO " + I37 + ", žádá o přístup k XML výsledkům voleb ze serveru "
        "192.0.2.100. Kontakt Adam Procházka, 724 516 093.</div></blockquote></blockquote>"
        "</body></html>",
    },
    {
        "id": "cy037-letter-windows1250-qp",
        "description": "formal letter in a windows-1250 quoted-printable body; the publisher "
        "and its magazine both named; contact phone with a switchboard beside it",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vydavatelství Morava s.r.o.",
            I38,
            None,
            ["198.18.64.1", "198.18.64.2", "198.18.64.3"],
            ["198.18.64.9"],
            "Kateřina Vaňková",
            "vankova@vydmorava.example",
            "+420549217306",
        ),
        "from": "Kateřina Vaňková <vankova@vydmorava.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb - Brněnský měsíčník",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "qp",
        "body": "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n\n"
        "Věc: Žádost o zpřístupnění výsledků voleb\n\nVydavatelství Morava s.r.o., IČO "
        + I38
        + ", vydavatel časopisu Brněnský měsíčník, žádá o zpřístupnění průběžných výsledků "
        "voleb.\n\nProdukční IP adresy: 198.18.64.1, 198.18.64.2, 198.18.64.3\n"
        "Testovací IP adresa: 198.18.64.9\n\nKontaktní osoba: Kateřina Vaňková, "
        "tel. 549 217 306 (ústředna 549 217 300), vankova@vydmorava.example\n\n"
        "V Brně dne 10. září 2025\nIng. Kateřina Vaňková\n",
    },
    {
        "id": "cy038-databox-rtf-both",
        "description": "data message with an RTF application for both requests; the box's "
        "registered name has diacritics the file leaves out",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Opavský týdeník s.r.o.",
            I39,
            "m2x9cv4",
            ["203.0.113.220", "203.0.113.221"],
            ["203.0.113.229"],
            "Miroslav Hanák",
            "hanak@opavskytydenik.example",
            "+420553781402",
        ),
        "databox": box("m2x9cv4", "Opavský týdeník s.r.o.", "Ostrožná 9, 746 01 Opava"),
        "subject": "Zadost",
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "Opavsky tydenik s.r.o., ICO " + I39,
                    "Zadame o pristup k XML vysledkum voleb a o povoleni natacet na "
                    "pracovisti CSU v Opave.",
                    [
                        ["produkce", "203.0.113.220, 203.0.113.221"],
                        ["test", "203.0.113.229"],
                        ["kontakt", "Miroslav Hanák, hanak@opavskytydenik.example, 553 781 402"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "cy039-html-alt-ipv6-only-production",
        "description": "multipart/alternative Gmail mail with IPv6-only production servers and "
        "no test address; the HTML and text parts agree",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Datový žurnál, z.ú.",
            I40,
            None,
            ["2001:db8:d47::1", "2001:db8:d47::2"],
            [],
            "Tomáš Vlček",
            "vlcek@datovyzurnal.example",
            "+420702318546",
        ),
        "from": "Tomáš Vlček <vlcek@datovyzurnal.example>",
        "subject": "Žádost o XML výsledky voleb",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nDatový žurnál, z.ú. (IČO " + I40 + ") žádá o přístup "
        "k XML výsledkům. Naše servery mají jen IPv6: 2001:db8:d47::1 a 2001:db8:d47::2 "
        "(oba produkční, testovací nemáme).\n\nTomáš Vlček, 702 318 546\n",
        "html": "<div>Dobrý den,<br><br>Datový žurnál, z.ú. (IČO " + I40 + ") žádá o přístup "
        "k XML výsledkům. Naše servery mají jen IPv6: <code>2001:db8:d47::1</code> a "
        "<code>2001:db8:d47::2</code> (oba produkční, testovací nemáme).<br><br>Tomáš Vlček, "
        "702 318 546</div>",
    },
    {
        "id": "cy040-android-sloppy-phone-formats",
        "description": "Samsung Android note: addresses with spaces after the dots, phone "
        "written '+420-608-441-227'",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Rokycanský posel s.r.o.",
            I41,
            None,
            ["192.0.2.220", "192.0.2.221"],
            ["192.0.2.230"],
            "Jana Kubátová",
            "kubatova@rokycanskyposel.example",
            "+420608441227",
        ),
        "from": "Jana Kubátová <kubatova@rokycanskyposel.example>",
        "subject": "Re: xml volby",
        "headers": SAMSUNG,
        "body": "Dobry den, za Rokycanský posel s.r.o. ICO " + I41 + " prosim o pristup.\n"
        "produkce 192.0.2.220, 192.0.2.221\ntest 192.0.2.230\n"
        "kontakt Jana Kubátová +420-608-441-227\n\nOdesláno z mého Galaxy\n",
    },
    {
        "id": "cy041-roundcube-docx-cover",
        "description": "Roundcube cover adding nothing; the DOCX has a role table with a "
        "merged header and the contact surname-first",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Chrudimské noviny s.r.o.",
            I42,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.139"],
            "Stanislav Černý",
            "cerny@chrudimskenoviny.example",
            "+420469624117",
        ),
        "from": "Stanislav Černý <cerny@chrudimskenoviny.example>",
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nv příloze zasílám žádost.\nS. Černý\n",
        "attachments": [
            (
                "docx",
                "zadost_CN.docx",
                {
                    "blocks": [
                        "Chrudimské noviny s.r.o., Resselovo nám. 4, Chrudim, IČO " + I42,
                        "Žádáme o přístup k XML výsledkům voleb a o povolení natáčet na "
                        "pracovišti ČSÚ v Pardubicích.",
                        {
                            "rows": [
                                ["Údaje žádosti", ""],
                                ["Produkční IP", "198.51.100.130, 198.51.100.131"],
                                ["Testovací IP", "198.51.100.139"],
                                ["Kontaktní osoba", "Černý Stanislav"],
                                ["Telefon", "469 624 117"],
                                ["E-mail", "cerny@chrudimskenoviny.example"],
                            ],
                            "merge": [(0, 0, 0, 1)],
                        },
                    ],
                },
            )
        ],
    },
    {
        "id": "cy042-k9-flowed-deputy-signature",
        "description": "format=flowed K-9 mail wrapping in the middle of 'kontaktní osobou "
        "bude'; the signature names the deputy who sends it",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Teplický zpravodaj s.r.o.",
            I43,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Markéta Holá",
            "hola@teplickyzpravodaj.example",
            "+420417553208",
        ),
        "from": "Vladimír Beneš <benes@teplickyzpravodaj.example>",
        "subject": "žádost o XML výsledky",
        "headers": K9,
        "flowed": True,
        "body": "Dobrý den,\n\nTeplický zpravodaj s.r.o., IČO " + I43 + ", žádá o "
        "přístup k výsledkům voleb, produkční adresa 203.0.113.240, testovací \n"
        "203.0.113.241. Kontaktní osobou bude naše redaktorka Markéta \nHolá, "
        "hola@teplickyzpravodaj.example, tel. 417 553 208.\n\n-- \nVladimír Beneš\n"
        "zástupce šéfredaktora\n",
    },
]
