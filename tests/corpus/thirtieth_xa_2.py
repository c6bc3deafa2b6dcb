"""Thirtieth held-out part ``xa``, cases xa015–xa028: a format=flowed mail wrapped inside the
sentence that gives the roles, an old address replaced, yes/no columns in Outlook on the web, a
reply whose quoted original carries the application, an Italian freelancer, a data message with
an XLSX sheet, a contact corrected on a phone, a forwarded .eml, a crew list, rowspan cells, a
UK outlet's backup/staging servers, a municipality's ODT letter, an S/MIME-signed letter and a
checkbox form. Written by hand apart from the extraction rules (see make_thirtieth_xa); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtieth_xa_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("4703318"), ico("2584027"), ico("2619450"), ico("0540671")
I20, I21, I22, I23 = ico("2871236"), ico("0639184"), ico("2735609"), ico("2451837")
I24, I26, I27, I28 = ico("0128456"), ico("0029653"), ico("2694708"), ico("0478325")

CASES: list[dict[str, Any]] = [
    {
        "id": "xa015-flowed-roles-wrapped",
        "description": "format=flowed Thunderbird mail; the sentence giving production and test "
        "is soft-wrapped in the middle, with an aside between the role and its address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Hospodářský přehled a.s.",
            I15,
            None,
            ["192.0.2.55"],
            ["192.0.2.56"],
            "Michaela Tichá",
            "ticha@hprehled.example",
            "+420257019433",
        ),
        "from": "Michaela Tichá <ticha@hprehled.example>",
        "subject": "Žádost o přístup k výsledkům voleb (XML)",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "dovoluji si požádat jménem společnosti Hospodářský přehled a.s. (IČO "
            f"{I15}) o přístup k serveru s výsledky voleb. Produkční adresa, ze které \n"
            "budeme data stahovat, je 192.0.2.55 a testovací, kterou používáme jen \n"
            "při přípravě grafiky před volbami, je 192.0.2.56.\n\n"
            "V případě dotazů mě prosím kontaktujte na tel. 257 019 433.\n\n"
            "S pozdravem\nMichaela Tichá\nvedoucí online vydání\n"
        ),
    },
    {
        "id": "xa016-evolution-iso88592-old-address",
        "description": "iso-8859-2 mail from Evolution; last year's address is said to be no "
        "longer used, the new ones have their roles in brackets",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Beskyd s.r.o.",
            I16,
            None,
            ["198.51.100.19"],
            ["198.51.100.29"],
            "Zdeněk Mikulenka",
            "mikulenka@radiobeskyd.example",
            "+420558640112",
        ),
        "from": "Zdeněk Mikulenka <mikulenka@radiobeskyd.example>",
        "subject": "Volby 2025 - přístup k XML, Rádio Beskyd",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "jako při minulých volbách žádáme o přístup k výsledkům v XML. Loni jsme "
            "stahovali z 198.51.100.9, ten stroj už nepoužíváme. Nově prosím povolte "
            "198.51.100.19 (produkce) a 198.51.100.29 (test).\n\n"
            f"Rádio Beskyd s.r.o., IČO {I16}, Horní 12, 738 01 Frýdek-Místek\n"
            "Kontakt: Zdeněk Mikulenka, technik, 558 640 112\n\n"
            "Díky, Z. Mikulenka\n"
        ),
    },
    {
        "id": "xa017-owa-html-ano-ne-table",
        "description": "HTML-only Outlook on the web mail: an ANO/NE column declines filming, "
        "a second table gives the addresses with a role column",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Zpravodajská televize Morava a.s.",
            I17,
            None,
            ["203.0.113.150", "203.0.113.151", "203.0.113.152"],
            ["203.0.113.160"],
            "Hynek Svoboda",
            "svoboda@ztmorava.example",
            "+420545231870",
        ),
        "from": "Hynek Svoboda <svoboda@ztmorava.example>",
        "subject": "Žádost ZTM – volby do PS 2025",
        "headers": OWA,
        "html": (
            '<html><body><div style="font-family:Calibri,Arial;font-size:11pt">'
            "<p>Dobrý den,</p><p>posíláme žádost Zpravodajské televize Morava a.s. (IČO "
            f"{I17}):</p>"
            '<table border="1" cellspacing="0"><tr><th>Požadavek</th><th>Ano/Ne</th></tr>'
            "<tr><td>Přístup k výsledkům voleb ve formátu XML</td><td>ANO</td></tr>"
            "<tr><td>Natáčení na sběrném místě ČSÚ</td><td>NE</td></tr></table><br>"
            '<table border="1" cellspacing="0"><tr><th>IP adresa</th><th>Typ</th></tr>'
            "<tr><td>203.0.113.150</td><td>produkční</td></tr>"
            "<tr><td>203.0.113.151</td><td>produkční</td></tr>"
            "<tr><td>203.0.113.152</td><td>záložní</td></tr>"
            "<tr><td>203.0.113.160</td><td>testovací</td></tr></table>"
            "<p>Kontakt: Hynek Svoboda, +420 545 231 870</p>"
            "<p>S pozdravem<br>Hynek Svoboda<br>ZTM, technický provoz<br>"
            "Kounicova 20, 602 00 Brno</p></div></body></html>"
        ),
    },
    {
        "id": "xa018-apple-reply-adds-phone-quoted-original",
        "description": "reply to the office's request for a phone: the new text gives only the "
        "phone and points to the applicant's own quoted original; the office's signature "
        "with its phone is quoted in between",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Pražský kurýr s.r.o.",
            I18,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.190"],
            "Daniela Vaňková",
            "vankova@prazskykuryr.example",
            "+420777210334",
        ),
        "from": "Daniela Vaňková <vankova@prazskykuryr.example>",
        "subject": "Re: Doplnění žádosti o přístup k XML",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, telefon doplňuji: 777 210 334. Ostatní údaje platí, jak jsem je "
            "psala v původní zprávě níže.\n\n"
            "Daniela Vaňková\n\n"
            "> 8. 10. 2025 v 10:05, podatelna@czso.cz napsal(a):\n"
            ">\n"
            "> Dobrý den,\n"
            "> k vyřízení žádosti prosíme o doplnění telefonního čísla kontaktní osoby.\n"
            ">\n"
            "> S pozdravem\n"
            "> podatelna ČSÚ\n"
            "> Český statistický úřad, IČO 00025593, ID DS 2gfaasy, tel. 274 052 733\n"
            ">\n"
            ">> 7. 10. 2025 v 16:40, Daniela Vaňková <vankova@prazskykuryr.example> "
            "napsal(a):\n"
            ">>\n"
            ">> Dobrý den,\n"
            ">> za Pražský kurýr s.r.o., IČO "
            f"{I18}, žádám o přístup k XML výsledkům voleb.\n"
            ">> Produkce: 192.0.2.180, 192.0.2.181\n"
            ">> Test: 192.0.2.190\n"
            ">> Kontaktní osoba: Daniela Vaňková, vankova@prazskykuryr.example\n"
            ">>\n"
            ">> Děkuji, D. Vaňková\n"
        ),
    },
    {
        "id": "xa019-gmail-italian-freelancer-audio",
        "description": "an Italian freelance journalist writes English, wants to record audio "
        "at a collection point; no IČO, an Italian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Giulia Ferraro",
            None,
            None,
            [],
            [],
            "Giulia Ferraro",
            "giulia.ferraro@giornalista.example",
            "+393471182950",
        ),
        "from": "Giulia Ferraro <giulia.ferraro@giornalista.example>",
        "subject": "Request: recording at collection point (elections)",
        "headers": GMAIL,
        "body": (
            "Good morning,\n\n"
            "my name is Giulia Ferraro, I am a freelance radio journalist from Milan "
            "(I work mostly for Italian public radio, but as a freelancer, not staff). "
            "I will be in Brno for the elections and I would like to record some audio "
            "and short interviews at your collection point there, if this is possible. "
            "Only a microphone, no camera, no lights :)\n\n"
            "I don't need the data/XML access.\n\n"
            "You can reach me at +39 347 118 2950 (WhatsApp too).\n\n"
            "Grazie mille and best regards,\nGiulia Ferraro\n"
        ),
    },
    {
        "id": "xa020-databox-xlsx-prod-tst",
        "description": "data message whose annotation points to the XLSX; the sheet labels rows "
        "PROD/TST and has a note column with a version number",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Polabí s.r.o.",
            I20,
            "w2pd7ka",
            ["203.0.113.33", "203.0.113.34"],
            ["203.0.113.35"],
            "Jakub Holeček",
            "holecek@tvpolabi.example",
            "+420466301598",
        ),
        "subject": "Žádost o přístup k volebnímu serveru - údaje v příloze",
        "databox": {
            "box": "w2pd7ka",
            "sender": "TV Polabí s.r.o.",
            "address": "Palackého 318, 530 02 Pardubice",
        },
        "attachments": [
            (
                "xlsx",
                "volby_IP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "TV Polabí s.r.o."],
                            ["IČO", I20],
                            ["Kontaktní osoba", "Jakub Holeček"],
                            ["E-mail", "holecek@tvpolabi.example"],
                            ["Telefon", "466 301 598"],
                            [],
                            ["Typ", "IP adresa", "Poznámka"],
                            ["PROD", "203.0.113.33", "grafika, klient 2.7.1"],
                            ["PROD", "203.0.113.34", "web"],
                            ["TST", "203.0.113.35", "jen do 3. 10."],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "xa021-samsung-contact-corrected",
        "description": "phone-typed note that names one colleague as the contact and then "
        "corrects it to another",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Liberecký večerník s.r.o.",
            I21,
            None,
            ["198.51.100.88"],
            [],
            "Šimon Dlabal",
            "dlabal@lbvecernik.example",
            "+420739204411",
        ),
        "from": "Martina Ptáčková <ptackova@lbvecernik.example>",
        "subject": "xml volby liberecky vecernik",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Dobry den, zadame o pristup k vysledkum voleb v xml, Liberecký večerník "
            f"s.r.o., IČO {I21}. IP serveru 198.51.100.88, test nebudeme delat.\n"
            "Kontakt bude kolega Vávra – ne pardon, Vávra je ten tyden na dovolene, "
            "kontakt je Šimon Dlabal, 739 204 411, dlabal@lbvecernik.example\n"
            "Ptáčková\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "xa022-zimbra-forward-eml-attached",
        "description": "a secretary resends the chief editor's original application as an "
        "attached .eml; the application is only in the attached message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Chebský nástup, spol. s r.o.",
            I22,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Ivo Šrámek",
            "sramek@chebnastup.example",
            "+420354411090",
        ),
        "from": "Sekretariát Chebský nástup <sekretariat@chebnastup.example>",
        "subject": "Fwd: žádost o přístup k XML a natáčení",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "posíláme znovu žádost pana šéfredaktora jako přílohu, minule se nám vrátila "
            "s chybou doručení.\n\nSekretariát redakce\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_CSU.eml",
                {
                    "id": "xa022-inner",
                    "from": "Ivo Šrámek <sramek@chebnastup.example>",
                    "subject": "Žádost o přístup k XML a natáčení",
                    "headers": ZIMBRA,
                    "body": (
                        "Dobrý den,\n\n"
                        "Chebský nástup, spol. s r.o. (IČO "
                        f"{I22}) žádá o přístup k výsledkům voleb ve formátu XML a o "
                        "povolení natáčet na sběrném místě v Karlových Varech.\n\n"
                        "IP adresa produkce: 192.0.2.120\nIP adresa test: 192.0.2.121\n\n"
                        "Kontakt: Ivo Šrámek, šéfredaktor, +420 354 411 090\n\n"
                        "Ivo Šrámek\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "xa023-roundcube-crew-dic-bank",
        "description": "both requests; IČ next to a DIČ and a bank account, a crew list whose "
        "members are not the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Studio Vltava Media s.r.o.",
            I23,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Barbora Šustrová",
            "sustrova@vltavamedia.example",
            "+420725660813",
        ),
        "from": "Barbora Šustrová <sustrova@vltavamedia.example>",
        "subject": "Žádost – XML výsledky + natáčení, Studio Vltava Media",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "žádáme o:\n"
            "1) přístup k XML s výsledky – produkce 203.0.113.240, test 203.0.113.241\n"
            "2) povolení natáčet na sběrném místě v Českých Budějovicích, štáb:\n"
            "   - Tomáš Pešek, kameraman, 604 220 187\n"
            "   - Iveta Malá, redaktorka, 731 009 562\n\n"
            "Kontaktní osobou pro obě žádosti jsem já.\n\n"
            "Barbora Šustrová\nprodukce\n"
            "Studio Vltava Media s.r.o.\n"
            f"IČ: {I23}, DIČ: CZ{I23}\n"
            "č. ú. 2101884562/2010\n"
            "tel.: +420 725 660 813\n"
        ),
    },
    {
        "id": "xa024-mac-outlook-html-rowspan",
        "description": "HTML-only Mac Outlook mail; a rowspan cell 'Produkce' spans two address "
        "rows, then a 'Test' row; a netmask-looking subnet note",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Deník Podkrkonoší a.s.",
            I24,
            None,
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.80"],
            "Roman Vlach",
            "vlach@podkrkonosi.example",
            "+420499301225",
        ),
        "from": "Roman Vlach <vlach@podkrkonosi.example>",
        "subject": "Přístup k výsledkům voleb – Deník Podkrkonoší",
        "headers": MAC_OUTLOOK,
        "html": (
            '<html><head><meta charset="UTF-8"></head><body><div style="font-family:'
            'Aptos;font-size:12pt">Dobrý den,<br><br>Deník Podkrkonoší a.s., IČO '
            f"{I24[:2]} {I24[2:5]} {I24[5:]}, žádá o přístup k XML s výsledky voleb:<br><br>"
            '<table style="border:1px solid #999"><tr><td rowspan="2"><b>Produkce</b></td>'
            "<td>192.0.2.70</td></tr><tr><td>192.0.2.71</td></tr>"
            "<tr><td><b>Test</b></td><td>192.0.2.80</td></tr></table><br>"
            "Všechny tři stroje jsou v naší síti 192.0.2.64/26, ven ale chodí jen z výše "
            "uvedených adres.<br><br>Kontakt: Roman Vlach, 499 301 225<br><br>"
            "Díky<br>Roman Vlach<br>IT, Deník Podkrkonoší</div></body></html>"
        ),
    },
    {
        "id": "xa025-outlook-uk-primary-backup-staging",
        "description": "a UK outlet writes English: primary and backup servers are production, "
        "'staging' is the test; no IČO, a London number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge News Ltd",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.122"],
            "Oliver Grant",
            "oliver.grant@northbridgenews.example",
            "+442079460318",
        ),
        "from": "Oliver Grant <oliver.grant@northbridgenews.example>",
        "subject": "Election results feed - Northbridge News",
        "headers": OUTLOOK,
        "body": (
            "Hi,\n\n"
            "Northbridge News Ltd (company no. 09317745, registered in England and Wales) "
            "would like access to the live XML results feed for the Czech election.\n\n"
            "Primary: 203.0.113.120\nBackup: 203.0.113.121\nStaging: 203.0.113.122\n\n"
            "I'm the technical contact - Oliver Grant, +44 20 7946 0318.\n\n"
            "Cheers,\nOllie\n\n"
            "--\nOliver Grant | Head of Data Engineering | Northbridge News Ltd\n"
            "This e-mail is confidential and may be legally privileged. If you have "
            "received it in error, please notify the sender and delete it.\n"
        ),
    },
    {
        "id": "xa026-databox-odt-town-tv-filming",
        "description": "a town sends its local TV's filming request as an ODT letter from its "
        "data box; the letter rules out the data server",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Město Rychnov nad Kněžnou",
            I26,
            "hq6n3ub",
            [],
            [],
            "Petr Kalousek",
            "kalousek@rychnov-tv.example",
            "+420494509371",
        ),
        "subject": "Žádost o povolení natáčení - Rychnovská televize",
        "databox": {
            "box": "hq6n3ub",
            "sender": "Město Rychnov nad Kněžnou",
            "address": "Havlíčkova 136, 516 01 Rychnov nad Kněžnou",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_nataceni_RTV.odt",
                [
                    "Město Rychnov nad Kněžnou, Havlíčkova 136, 516 01 Rychnov nad "
                    f"Kněžnou, IČO: {I26}",
                    "Český statistický úřad",
                    "Žádost o povolení natáčení",
                    "Město Rychnov nad Kněžnou, které provozuje Rychnovskou televizi, "
                    "žádá o povolení natáčet na sběrném místě ČSÚ v Rychnově nad Kněžnou "
                    "v den voleb od 14 do 20 hodin.",
                    "O přístup k datovému serveru s výsledky nežádáme.",
                    [
                        ["Redaktor / kontakt", "Petr Kalousek"],
                        ["Telefon", "494 509 371"],
                        ["E-mail", "kalousek@rychnov-tv.example"],
                    ],
                    "Ing. Věra Dostálová, starostka",
                ],
            )
        ],
    },
    {
        "id": "xa027-smime-formal-letter-both",
        "description": "a formal S/MIME-signed letter asking for both; the deputy is named as "
        "the contact instead of the signing director",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Regionální rozhlas Haná, a.s.",
            I27,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Jitka Zbořilová",
            "zborilova@rrhana.example",
            "+420585221447",
        ),
        "from": "Aleš Krejčí <krejci@rrhana.example>",
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "společnost Regionální rozhlas Haná, a.s., IČO "
            f"{I27}, se sídlem Horní náměstí 5, 779 00 Olomouc, tímto žádá\n\n"
            "a) o zpřístupnění výsledků voleb ve formátu XML z produkčních adres "
            "198.51.100.170 a 198.51.100.171 a z testovací adresy 198.51.100.175,\n"
            "b) o povolení pořizovat zvukový a obrazový záznam na sběrném místě "
            "v Olomouci.\n\n"
            "Kontaktní osobou je moje zástupkyně Jitka Zbořilová, "
            "zborilova@rrhana.example, tel. 585 221 447.\n\n"
            "S úctou\n\nMgr. Aleš Krejčí, MBA\ngenerální ředitel\n"
            "Regionální rozhlas Haná, a.s.\n"
        ),
    },
    {
        "id": "xa028-seznam-html-checkbox-form",
        "description": "HTML-only Seznam mail with a pasted form: ticked and unticked box "
        "characters decide the request type",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kladenský expres s.r.o.",
            I28,
            None,
            ["192.0.2.222"],
            ["192.0.2.223"],
            "Lukáš Brož",
            "broz@kladenskyexpres.example",
            "+420312245806",
        ),
        "from": "Lukáš Brož <broz@kladenskyexpres.example>",
        "subject": "formulář - žádost volby",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den, posílám vyplněný formulář:</div><br>"
            "<div>Žadatel: Kladenský expres s.r.o.</div>"
            f"<div>IČO: {I28}</div>"
            "<div>☒ přístup k výsledkům voleb ve formátu XML</div>"
            "<div>☐ povolení natáčení na sběrném místě</div><br>"
            "<div>Produkční IP (max. 5): 192.0.2.222</div>"
            "<div>Testovací IP (max. 5): 192.0.2.223</div>"
            "<div>Kontaktní osoba: Lukáš Brož</div>"
            "<div>E-mail: broz@kladenskyexpres.example</div>"
            "<div>Telefon: 312 245 806</div><br>"
            "<div>Brož</div>"
            '<div style="color:#999">--<br>Odesláno z Email.cz</div>'
        ),
    },
]
