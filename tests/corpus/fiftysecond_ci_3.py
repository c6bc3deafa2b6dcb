"""Fifty-second held-out part ``ci``, cases ci029–ci042: a Slovak "od .10 do .14" range, a /29
block with three stated exceptions, a signed English/Czech wire bureau on IPv6, a conditional
filming request, an application made whole for a later election, a municipality's HTML table,
a reply citing last time's approved addresses, a Hungarian-run data message in RTF, an inline
forward, a terse iso-8859-2 note, an ODT ANO/NE form, a Polish correction, an IPv6 /126 in a
workbook and an Italian university asking for data for a study. Written by hand apart from the
extraction rules (see make_fiftysecond_ci); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysecond_ci_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I29, I30, I32, I33 = ico("4718290"), ico("2570413"), ico("2683149"), ico("0917365")
I34, I35, I36, I37 = ico("0027813"), ico("2738406"), ico("0514287"), ico("2619730")
I38, I39, I41 = ico("2284617"), ico("4307158"), ico("0811946")

CASES: list[dict[str, Any]] = [
    {
        "id": "ci029-slovak-od-do-both",
        "description": "Slovak regional TV: 'od 203.0.113.10 do .14' (five production "
        "addresses), a test address and filming at a Czech collection point; windows-1250 8bit",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "TV Kysuce Plus, s. r. o.",
            I29,
            None,
            ["203.0.113.10", "203.0.113.11", "203.0.113.12", "203.0.113.13", "203.0.113.14"],
            ["203.0.113.20"],
            "Peter Bielik",
            "bielik@tvkysuce.example",
            "+421415623340",
        ),
        "from": "Peter Bielik <bielik@tvkysuce.example>",
        "subject": "Žiadosť – XML výsledky a natáčanie",
        "headers": CENTRUM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý deň,\n\n"
        "TV Kysuce Plus, s. r. o., IČO " + I29 + ", žiada o prístup k XML výsledkom volieb "
        "a o povolenie natáčať na kontaktnom mieste ČSÚ v Ostrave (redaktor + kameraman).\n\n"
        "IP adresy na produkciu: od 203.0.113.10 do .14\n"
        "IP na testovanie: 203.0.113.20\n\n"
        "Kontaktná osoba: Peter Bielik, tel. +421 41 562 3340\n\n"
        "S pozdravom\nPeter Bielik\nvedúci spravodajstva\n",
    },
    {
        "id": "ci030-cidr-29-three-exceptions",
        "description": "a /29 written with network, gateway and broadcast excepted: five "
        "production addresses; a text table with a role column",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Ostravské listy, s.r.o.",
            I30,
            None,
            ["198.51.100.10", "198.51.100.11", "198.51.100.12", "198.51.100.13", "198.51.100.14"],
            ["198.51.100.40"],
            "Kamila Drozdová",
            "drozdova@ostravskelisty.example",
            "+420596118402",
        ),
        "from": "Kamila Drozdová <drozdova@ostravskelisty.example>",
        "subject": "Žádost o přístup k výsledkům voleb - Ostravské listy",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\nOstravské listy, s.r.o. (IČO " + I30 + ") žádají o přístup k "
        "XML s výsledky. Natáčet nebudeme.\n\n"
        "role      | adresa\n"
        "----------+-------------------------------------------------------\n"
        "produkce  | 198.51.100.8/29 kromě .8 (síť), .9 (brána) a .15 (broadcast)\n"
        "test      | 198.51.100.40\n\n"
        "Kontakt: Kamila Drozdová, 596 118 402, drozdova@ostravskelisty.example\n\n"
        "Děkuji\nK. Drozdová\n",
    },
    {
        "id": "ci031-smime-wire-bureau-english-czech",
        "description": "a signed mail from a UK wire's Prague bureau mixing English and Czech: "
        "IPv6 and IPv4 production, testing from production; no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Central European Newswire Ltd",
            None,
            None,
            ["2001:db8:ce::25", "192.0.2.225"],
            [],
            "Hannah Whitcombe",
            "h.whitcombe@cenewswire.example",
            "+420773204116",
        ),
        "from": "Hannah Whitcombe <h.whitcombe@cenewswire.example>",
        "subject": "Žádost o XML feed / request for the results feed",
        "headers": OWA,
        "smime": True,
        "body": "Dobrý den / Hello,\n\n"
        "Central European Newswire Ltd (registered in England, Prague bureau) would like "
        "access to the election results XML. Prosíme o přístup.\n\n"
        "Production: 2001:db8:ce::25 and 192.0.2.225\n"
        "We will test from production, no separate test host.\n\n"
        "Kontakt: Hannah Whitcombe, bureau chief, +420 773 204 116\n\n"
        "Děkuji / thank you,\nHannah Whitcombe\n",
    },
    {
        "id": "ci032-conditional-filming",
        "description": "filming asked for under a condition (only if possible after 14:00) is "
        "still asked for; feed and filming both",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Televize Polabí s.r.o.",
            I32,
            None,
            ["198.18.90.3"],
            ["198.18.90.4"],
            "Hynek Beneš",
            "benes@tvpolabi.example",
            "+420603551872",
        ),
        "from": "Hynek Beneš <benes@tvpolabi.example>",
        "subject": "Volby – XML a natáčení",
        "headers": IPHONE,
        "body": "Dobrý den,\n\n"
        "Televize Polabí s.r.o., IČO " + I32 + ", žádá o přístup k XML (produkce "
        "198.18.90.3, test 198.18.90.4).\n\n"
        "Rádi bychom také natáčeli na kontaktním místě v Nymburce, pokud to bude možné v "
        "sobotu po 14. hodině; dříve štáb nestihne dojet.\n\n"
        "Hynek Beneš\n603 551 872\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "ci033-application-for-later-election",
        "description": "an application made as a whole for next year's European Parliament "
        "election counts; 'resp.' assigns the test role",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vltava Data, s.r.o.",
            I33,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Alžběta Krausová",
            "krausova@vltavadata.example",
            "+420739402115",
        ),
        "from": "Alžběta Krausová <krausova@vltavadata.example>",
        "subject": "Žádost o XML – volby do Evropského parlamentu",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "s předstihem podáváme žádost na volby do Evropského parlamentu v příštím roce; "
        "letošních voleb se nezúčastníme.\n\n"
        "Žadatel: Vltava Data, s.r.o., IČO " + I33 + "\n"
        "Přístup k XML: ano, natáčení: ne\n"
        "IP: 192.0.2.60 a 192.0.2.61 produkce, resp. 192.0.2.62 test\n"
        "Kontakt: Alžběta Krausová, 739 402 115\n\n"
        "S pozdravem\nAlžběta Krausová\n",
    },
    {
        "id": "ci034-municipality-html-table",
        "description": "a town applies for its website: HTML table with a role column and the "
        "press officer written surname first; multipart/alternative",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Město Kamenná Lhota",
            I34,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.188", "203.0.113.189"],
            "Kateřina Dvořáková",
            "dvorakova@kamennalhota.example",
            "+420381206114",
        ),
        "from": "Kateřina Dvořáková <dvorakova@kamennalhota.example>",
        "subject": "Žádost města o přístup k výsledkům voleb",
        "headers": OWA,
        "body": "Dobrý den,\nMěsto Kamenná Lhota (IČO " + I34 + ") žádá o přístup k XML "
        "s výsledky pro městský web.\n\n"
        "Produkce: 203.0.113.180, 203.0.113.181\nTest: 203.0.113.188, 203.0.113.189\n"
        "Kontakt: Dvořáková Kateřina, tisková mluvčí, 381 206 114\n",
        "html": "<p>Dobrý den,<br>Město Kamenná Lhota (IČO " + I34 + ") žádá o přístup k "
        "XML s výsledky pro městský web.</p><table border=1>"
        "<tr><th>Role</th><th>IP</th></tr>"
        "<tr><td>Produkce</td><td>203.0.113.180<br>203.0.113.181</td></tr>"
        "<tr><td>Test</td><td>203.0.113.188<br>203.0.113.189</td></tr>"
        "<tr><td>Kontakt</td><td>Dvořáková Kateřina, tisková mluvčí, 381 206 114</td></tr>"
        "</table>",
    },
    {
        "id": "ci035-reply-last-time-only-test-changes",
        "description": "reply to the office's reminder citing the previous election's approved "
        "addresses: production unchanged, the test address replaced; flowed",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Noviny Pod Radhoštěm s.r.o.",
            I35,
            None,
            ["198.18.55.60"],
            ["198.18.55.66"],
            "Radim Žárský",
            "zarsky@podradhostem.example",
            "+420556714209",
        ),
        "from": "Radim Žárský <zarsky@podradhostem.example>",
        "subject": "Re: Žádosti médií – volby 2025",
        "headers": SEZNAM,
        "flowed": True,
        "body": "Dobrý den,\n\n"
        "ano, žádáme znovu (Noviny Pod Radhoštěm s.r.o., IČO " + I35 + "). Oproti minulým "
        "volbám, kdy jste nám schválili produkci 198.18.55.60 a test 198.18.55.61, se mění "
        "jen test: místo .61 nyní 198.18.55.66. Produkce zůstává.\n\n"
        "Radim Žárský, 556 714 209\n\n"
        "---------- Původní e-mail ----------\n"
        "Od: Český statistický úřad\n"
        "> Vážení,\n"
        "> blíží se termín pro podání žádostí médií o přístup k průběžným výsledkům.\n"
        "> Pokud žádáte znovu, uveďte prosím, zda se mění IP adresy.\n",
    },
    {
        "id": "ci036-databox-hungarian-run-rtf",
        "description": "data message from a Czech subsidiary of a Hungarian group: a bilingual "
        "RTF with an en-dash range, no test address, filming too; contact in Hungarian order",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Pannon Média CZ s.r.o.",
            I36,
            "pm5kf2c",
            ["198.18.70.10", "198.18.70.11", "198.18.70.12", "198.18.70.13"],
            [],
            "Varga Bence",
            "varga.bence@pannonmedia.example",
            "+3614882290",
        ),
        "databox": box("pm5kf2c", "Pannon Média CZ s.r.o.", "Vinohradská 160, 130 00 Praha 3"),
        "subject": "Kérelem / žádost – XML a forgatás / natáčení",
        "attachments": [
            (
                "rtf",
                "kerelem_zadost.rtf",
                [
                    "Pannon Média CZ s.r.o., IČO " + I36,
                    "Žádáme o přístup k XML výsledkům a o povolení natáčet na kontaktním "
                    "místě v Praze. / Kérjük az XML-hozzáférést és a forgatási engedélyt.",
                    [
                        ["Éles / produkce", "198.18.70.10 – 198.18.70.13"],
                        ["Teszt / test", "nincs / není"],
                        ["Kapcsolattartó / kontakt", "Varga Bence, +36 1 488 2290"],
                        ["E-mail", "varga.bence@pannonmedia.example"],
                    ],
                    "Praha, 2025. 09. 10.",
                ],
            )
        ],
    },
    {
        "id": "ci037-inline-forward-regional-tv",
        "description": "an assistant forwards the editor-in-chief's mail inline; the contact "
        "is named in the forwarded text, not the forwarder; html alternative",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "TV Beskyd s.r.o.",
            I37,
            None,
            ["203.0.113.130"],
            ["203.0.113.131"],
            "Libor Vašek",
            "vasek@tvbeskyd.example",
            "+420732615048",
        ),
        "from": "Simona Hrubá <hruba@tvbeskyd.example>",
        "subject": "Fwd: žádost ČSÚ",
        "headers": GMAIL,
        "body": "Dobrý den, posílám dál žádost pana šéfredaktora.\nS. Hrubá\n\n"
        "---------- Forwarded message ---------\n"
        "From: Ivo Lasák <lasak@tvbeskyd.example>\n"
        "Date: Mon, 8 Sep 2025 at 09:14\n"
        "Subject: žádost ČSÚ\n"
        "To: Simona Hrubá <hruba@tvbeskyd.example>\n\n"
        "Simono, pošlete prosím na statistický úřad:\n"
        "TV Beskyd s.r.o., IČO " + I37 + ", žádá o přístup k XML (produkce 203.0.113.130, "
        "test 203.0.113.131) a o povolení natáčet ve Frýdku-Místku. Kontaktní osoba: "
        "Libor Vašek, vasek@tvbeskyd.example, 732 615 048.\n"
        "Ivo Lasák\n",
        "html": "<div>Dobrý den, posílám dál žádost pana šéfredaktora.<br>S. Hrubá</div>"
        '<div class="gmail_quote">---------- Forwarded message ---------<br>'
        "From: Ivo Lasák &lt;lasak@tvbeskyd.example&gt;<br>Subject: žádost ČSÚ<br><br>"
        "Simono, pošlete prosím na statistický úřad:<br>TV Beskyd s.r.o., IČO " + I37 + ", "
        "žádá o přístup k XML (produkce 203.0.113.130, test 203.0.113.131) a o povolení "
        "natáčet ve Frýdku-Místku. Kontaktní osoba: Libor Vašek, vasek@tvbeskyd.example, "
        "732 615 048.<br>Ivo Lasák</div>",
    },
    {
        "id": "ci038-terse-iso-8859-2",
        "description": "a terse note in iso-8859-2 8bit: feed only, one production address, "
        "'test nemáme'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Zpravodaj Vranovska, z.ú.",
            I38,
            None,
            ["203.0.113.33"],
            [],
            "Jarmila Bartošová",
            "bartosova@zpravodajvranovska.example",
            "+420605118204",
        ),
        "from": "Jarmila Bartošová <bartosova@zpravodajvranovska.example>",
        "subject": "XML",
        "headers": CENTRUM,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Chceme jen XML, natáčet nebudeme. IP 203.0.113.33, test nemáme.\n"
        "Zpravodaj Vranovska, z.ú., IČO " + I38 + "\n"
        "Jarmila Bartošová, 605 118 204\n",
    },
    {
        "id": "ci039-odt-ano-ne-filming-ne",
        "description": "an ODT form: feed ANO, filming NE; the contact row writes the name "
        "surname first; empty-ish cover",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Bečva Plus, spol. s r.o.",
            I39,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.119"],
            "Radim Kopecký",
            "kopecky@radiobecva.example",
            "+420581204377",
        ),
        "from": "Radim Kopecký <kopecky@radiobecva.example>",
        "subject": "formulář",
        "headers": TBIRD,
        "body": "viz příloha\n",
        "attachments": [
            (
                "odt",
                "formular_volby.odt",
                [
                    "Žádost média – volby",
                    [
                        ["Žadatel", "Rádio Bečva Plus, spol. s r.o."],
                        ["IČO", I39],
                        ["Přístup k XML", "ANO"],
                        ["Povolení natáčet", "NE"],
                        ["Produkční IP", "198.51.100.110, 198.51.100.111"],
                        ["Testovací IP", "198.51.100.119"],
                        ["Kontaktní osoba", "Kopecký Radim"],
                        ["Telefon", "581 204 377"],
                        ["E-mail", "kopecky@radiobecva.example"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ci040-polish-english-correction",
        "description": "a Polish portal corrects a mistyped production address of its earlier "
        "mail (quoted below); the corrected value is labelled",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Portal Śląsk Cieszyński sp. z o.o.",
            None,
            None,
            ["198.18.2.54", "198.18.2.55"],
            ["198.18.2.60"],
            "Paweł Gomola",
            "p.gomola@slaskcieszynski.example",
            "+48338521470",
        ),
        "from": "Paweł Gomola <p.gomola@slaskcieszynski.example>",
        "subject": "RE: Wniosek o dostęp XML – KOREKTA",
        "headers": MAC_OUTLOOK,
        "body": "Dzień dobry / Hello,\n\n"
        "correction to my mail below: the first production address is 198.18.2.54, not "
        ".45 (literówka). Everything else stays.\n\n"
        "Paweł Gomola\n\n"
        "From: Paweł Gomola\nSent: 9 września 2025 11:02\nSubject: Wniosek o dostęp XML\n\n"
        "Portal Śląsk Cieszyński sp. z o.o. prosi o dostęp do wyników w XML.\n"
        "Produkcja: 198.18.2.45, 198.18.2.55\nTest: 198.18.2.60\n"
        "Kontakt: Paweł Gomola, +48 33 852 14 70\n",
    },
    {
        "id": "ci041-workbook-ipv6-slash126",
        "description": "a cover mail; the workbook gives production as an IPv6 /126 (four "
        "addresses) and an IPv4 test address; merged title cell",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Datalab Severní Čechy, z.ú.",
            I41,
            None,
            ["2001:db8:c1::4", "2001:db8:c1::5", "2001:db8:c1::6", "2001:db8:c1::7"],
            ["198.18.100.7"],
            "Filip Charvát",
            "charvat@datalabsc.example",
            "+420724660381",
        ),
        "from": "Filip Charvát <charvat@datalabsc.example>",
        "subject": "Žádost o přístup – Datalab SČ",
        "headers": EVOLUTION,
        "body": "Dobrý den, posílám vyplněnou tabulku se žádostí. F. Charvát\n",
        "attachments": [
            (
                "xlsx",
                "datalab_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žádost o přístup k XML výsledkům voleb", ""],
                            ["Organizace", "Datalab Severní Čechy, z.ú."],
                            ["IČO", I41],
                            ["Produkce", "2001:db8:c1::4/126"],
                            ["Test", "198.18.100.7"],
                            ["Kontakt", "Filip Charvát, 724 660 381"],
                        ],
                        "merge": ["A1:B1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "ci042-italian-university-study-pdf",
        "description": "an Italian university research lab asks for the feed for a study, "
        "no filming; the department applies as its university; PDF letter, one production "
        "address and no test",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Università di Castelverde",
            None,
            None,
            ["192.0.2.240"],
            [],
            "Lorenzo Ferrabini",
            "lorenzo.ferrabini@unicastelverde.example",
            "+390331482117",
        ),
        "from": "Lorenzo Ferrabini <lorenzo.ferrabini@unicastelverde.example>",
        "subject": "Richiesta dati elettorali per studio / request for election data",
        "headers": APPLE,
        "body": "Dear colleagues,\n\nattached is our request (in Italian, English summary "
        "inside). Thank you.\n\nLorenzo Ferrabini\n",
        "attachments": [
            (
                "pdf",
                "richiesta_CSU.pdf",
                [
                    "Università di Castelverde\nDipartimento di Scienze Politiche – "
                    "Laboratorio di Analisi Elettorale",
                    "Oggetto: richiesta di accesso ai risultati elettorali in XML",
                    "Il nostro laboratorio conduce uno studio comparato sulla diffusione dei "
                    "risultati nelle notti elettorali. Chiediamo l'accesso al server XML; "
                    "non effettueremo riprese.",
                    "Server di raccolta: 192.0.2.240 (nessun server di test).",
                    "Referente: dott. Lorenzo Ferrabini, tel. +39 0331 482 117, "
                    "lorenzo.ferrabini@unicastelverde.example",
                    "English summary: feed access for a research study, production "
                    "192.0.2.240, no filming.",
                    "Prof.ssa Chiara Benedetti, direttrice del laboratorio",
                ],
            )
        ],
    },
]
