"""Eleventh held-out part ``ec``, cases ec015–ec028: a Nordic freelancer, an institute, a
municipality filming only, contractors, a reply and a forward, old and conditional addresses,
Central European media in their own languages, a ticked form and a municipal data message.
Written by hand apart from the extraction rules."""

from __future__ import annotations

from typing import Any

from tests.corpus.eleventh_ec_common import BOTH, FEED, FILM, Style
from tests.corpus.label_rules import L, ico

ICO_IVVM = ico("0738215")
ICO_KAMENICE = ico("0024895")
ICO_POLABI = ico("2917364")
ICO_SERVERPARK = ico("0681453")
ICO_ZAPAD = ico("2804471")
ICO_MSMEDIA = ico("4537218")
ICO_POSUMAVI = ico("2650347")
ICO_KLADNO = ico("0915822")
ICO_KRATOCHVIL = ico("7290146")
ICO_PODBRDSKO = ico("2683319")
ICO_VRANOV = ico("0029381")

_INNER_FORWARD: dict[str, Any] = {
    "id": "ec020-inner",
    "from": "Vít Šebesta <sebesta@msmedia.example>",
    "to": "Hana Pokorná <pokorna@msmedia.example>",
    "subject": "žádost ČSÚ – prosím odeslat",
    "body": f"""Hani,

prosím pošli to na statistický úřad z podatelny, jsem na cestě a z mobilu to nejde.

---
Žádost o přístup k XML výsledkům voleb

Žadatel: MS Média a.s., IČO {ICO_MSMEDIA} (vydavatel Moravskoslezského týdeníku)
Adresy pro ostrý provoz: 198.51.100.33, 198.51.100.34
Testovací adresa: 198.51.100.35
Kontakt: Vít Šebesta, šéfredaktor, +420 603 512 887, sebesta@msmedia.example
---

Díky, V.
""",
}

CASES: list[dict[str, Any]] = [
    {
        "id": "ec015-solberg-freelance-filming",
        "description": "Norwegian freelance photojournalist without a company asks in English "
        "to film at a collection point; no data access",
        "style": Style.FREELANCE,
        "from": "Ingrid Solberg <ingrid@solbergfoto.example>",
        "subject": "Permission to film at a counting/collection point",
        "headers": [("X-Mailer", "Apple Mail (2.3731)")],
        "body": """Dear Sir or Madam,

my name is Ingrid Solberg, I'm a freelance photographer and video journalist from Oslo. I
will be covering the Czech election for a couple of Scandinavian papers and would like to ask
for permission to film and take photographs at one of your regional collection points on
election night (Plzeň or Prague, whichever suits you better).

I work alone, with one handheld camera and no lights. I don't need the results feed.

You can reach me at +47 917 43 210 or by replying to this e-mail.

Best regards,
Ingrid Solberg
""",
        "labels": L(
            FILM,
            "Ingrid Solberg",
            None,
            None,
            [],
            [],
            "Ingrid Solberg",
            "ingrid@solbergfoto.example",
            "+4791743210",
        ),
    },
    {
        "id": "ec016-institute-xlsx-switchboard",
        "description": "research institute sends an XLSX form; the switchboard is listed "
        "before the contact's mobile",
        "style": Style.UNIVERSITY,
        "from": "Jitka Malá <mala@ivvm.example>",
        "subject": "IVVM – přístup k výsledkům voleb pro analýzu",
        "body": """Vážení,

náš ústav by rád využil průběžné výsledky voleb pro analýzu volebního chování. Vyplněné údaje
posílám v tabulce v příloze.

S pozdravem
RNDr. Jitka Malá
""",
        "attachments": [
            (
                "xlsx",
                "IVVM_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Název žadatele", "Institut pro výzkum veřejného mínění, z. ú."],
                            ["IČO", ICO_IVVM],
                            ["Předmět žádosti", "přístup k XML výsledkům voleb"],
                            ["IP produkce", "203.0.113.77"],
                            ["IP test", "203.0.113.78"],
                            ["Kontaktní osoba", "RNDr. Jitka Malá"],
                            ["Telefon", "ústředna 257 111 482; mobil 731 220 145"],
                            ["E-mail", "mala@ivvm.example"],
                        ],
                    }
                ],
            )
        ],
        "labels": L(
            FEED,
            "Institut pro výzkum veřejného mínění, z. ú.",
            ICO_IVVM,
            None,
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Jitka Malá",
            "mala@ivvm.example",
            "+420731220145",
        ),
    },
    {
        "id": "ec017-kamenice-municipal-filming-rtf",
        "description": "mayor's letter in RTF asks for the town newsletter to film at a "
        "collection point; the newsletter's editor is named as contact",
        "style": Style.MUNICIPAL,
        "from": "Starosta města <starosta@kamenice-nv.example>",
        "subject": "Žádost o povolení natáčení – Radniční listy",
        "body": """Dobrý den,

v příloze posílám žádost města o povolení natáčení.

Ing. Josef Beneš
starosta
""",
        "attachments": [
            (
                "rtf",
                "zadost_nataceni.rtf",
                [
                    "Město Kamenice nad Vltavou",
                    f"náměstí Míru 1, IČO {ICO_KAMENICE}",
                    "Věc: žádost o povolení natáčení",
                    "Město vydává měsíčník Radniční listy a chtělo by pro něj natočit krátkou "
                    "reportáž o tom, jak se výsledky voleb sbírají na sběrném místě v Táboře. "
                    "Natáčet by jedna redaktorka s telefonem a stativem, nejvýše půl hodiny.",
                    "Přístup k datům (XML) nepotřebujeme.",
                    "Kontaktní osoba: Bc. Petra Hošková, redaktorka Radničních listů, "
                    "tel. 381 291 205, hoskova@kamenice-nv.example",
                    "Ing. Josef Beneš, starosta",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Město Kamenice nad Vltavou",
            ICO_KAMENICE,
            None,
            [],
            [],
            "Petra Hošková",
            "hoskova@kamenice-nv.example",
            "+420381291205",
        ),
    },
    {
        "id": "ec018-serverpark-ipv6-126",
        "description": "hosting contractor applies for a regional TV and names himself as the "
        "contact; production addresses an IPv6 /126 block, IPv4 test",
        "style": Style.CONTRACTOR,
        "from": "Michal Brabec <brabec@serverpark.example>",
        "subject": "Televize Polabí – whitelist pro XML výsledky",
        "body": f"""Dobrý den,

hostujeme web a aplikace pro Televize Polabí s.r.o., IČO {ICO_POLABI}. Televize nás pověřila \
podáním žádosti o přístup k XML s výsledky voleb (plná moc v příloze není, případně dodáme).

Produkce běží jen na IPv6, prosíme povolit celý blok 2001:db8:77::/126.
Testovací stroj: 198.51.100.222

Kontaktní osoba pro tuto žádost: Michal Brabec (já), +420 725 314 009, \
brabec@serverpark.example

Díky,
Michal Brabec
ServerPark CZ s.r.o. | IČO {ICO_SERVERPARK} | Kolín
""",
        "labels": L(
            FEED,
            "Televize Polabí s.r.o.",
            ICO_POLABI,
            None,
            ["2001:db8:77::", "2001:db8:77::1", "2001:db8:77::2", "2001:db8:77::3"],
            ["198.51.100.222"],
            "Michal Brabec",
            "brabec@serverpark.example",
            "+420725314009",
        ),
    },
    {
        "id": "ec019-reply-adds-test",
        "description": "reply to the office's request for completion: the reply adds a test "
        "address, production addresses and the contact are in the quoted original; the "
        "office's own phone appears in the quote",
        "style": Style.REPLY,
        "from": "Martin Kubík <kubik@zapadnirozhlas.example>",
        "subject": "Re: Doplnění žádosti o přístup k XML",
        "body": f"""Dobrý den,

testovací adresa je 192.0.2.160. Produkční zůstávají, jak jsem psal.

M. Kubík

Dne 12. 10. napsala podatelna ČSÚ:
> Dobrý den,
> k vyřízení žádosti prosíme o doplnění testovací IP adresy, případně o sdělení,
> že testovací prostředí nemáte.
> S pozdravem
> podatelna, Český statistický úřad, tel. +420 274 052 733
>
>> Dobrý den,
>> Západní rozhlas s.r.o. (IČO {ICO_ZAPAD}) žádá o přístup k XML výsledkům voleb.
>> Produkce: 192.0.2.150, 192.0.2.151
>> Kontakt: Martin Kubík, technik vysílání, 777 402 118, kubik@zapadnirozhlas.example
>> Martin Kubík
""",
        "labels": L(
            FEED,
            "Západní rozhlas s.r.o.",
            ICO_ZAPAD,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.160"],
            "Martin Kubík",
            "kubik@zapadnirozhlas.example",
            "+420777402118",
        ),
    },
    {
        "id": "ec020-secretary-forwards-editor",
        "description": "a secretary forwards the editor-in-chief's request as an attached "
        "message; the editor stays the contact, the publisher is the applicant",
        "style": Style.FORWARD,
        "from": "Hana Pokorná <pokorna@msmedia.example>",
        "subject": "Fwd: žádost ČSÚ – prosím odeslat",
        "body": """Dobrý den,

v příloze přeposílám žádost našeho šéfredaktora pana Šebesty, který je na služební cestě.
Kontaktní osobou zůstává on, já ji jen odesílám.

Hana Pokorná
asistentka vedení, MS Média a.s.
""",
        "attachments": [("eml", "zadost_sebesta.eml", _INNER_FORWARD)],
        "labels": L(
            FEED,
            "MS Média a.s.",
            ICO_MSMEDIA,
            None,
            ["198.51.100.33", "198.51.100.34"],
            ["198.51.100.35"],
            "Vít Šebesta",
            "sebesta@msmedia.example",
            "+420603512887",
        ),
    },
    {
        "id": "ec021-old-address-no-diacritics",
        "description": "written without diacritics; an old production address from a previous "
        "election is named and explicitly dropped",
        "style": Style.NOTATION,
        "from": "Vaclav Nemec <nemec@listyposumavi.example>",
        "subject": "Zadost o pristup - volby",
        "body": f"""Dobry den,

Regionalni listy Posumavi s.r.o., ICO {ICO_POSUMAVI}, zadaji o pristup k XML vysledkum.

Pri minulych volbach jsme meli povolenou adresu 192.0.2.50 - ten server uz nemame, \
prosim ji nepovolovat. Nove produkcni adresy: 192.0.2.58 a 192.0.2.59. Testovaci: 192.0.2.60.

Kontakt: Vaclav Nemec, +420 376 512 904

S pozdravem
Vaclav Nemec
""",
        "labels": L(
            FEED,
            "Regionalni listy Posumavi s.r.o.",
            ICO_POSUMAVI,
            None,
            ["192.0.2.58", "192.0.2.59"],
            ["192.0.2.60"],
            "Vaclav Nemec",
            "nemec@listyposumavi.example",
            "+420376512904",
        ),
    },
    {
        "id": "ec022-kladno-conditional-filming",
        "description": "news site asks for the feed; filming only mentioned as a possible "
        "later, separate request (not asked now); test address requested 'if possible'",
        "style": Style.CONDITIONAL,
        "from": '"Kladno24 | Dušan Lerch" <lerch@kladno24.example>',
        "subject": "Kladno24 – XML výsledky voleb",
        "body": f"""Zdravím,

provozovatel zpravodajského serveru Kladno24, společnost Kladno24 media s.r.o., IČO \
{ICO_KLADNO}, by rád dostal přístup k XML s výsledky.

Ostrý server: 203.0.113.140. Pokud to jde, povolte prosím i testovací 203.0.113.141.

O natáčení na sběrném místě bychom případně požádali samostatně, pokud se vůbec rozhodneme \
jet – zatím to nevypadá.

Dušan Lerch, šéfredaktor
tel. 724 118 300
""",
        "labels": L(
            FEED,
            "Kladno24 media s.r.o.",
            ICO_KLADNO,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Dušan Lerch",
            "lerch@kladno24.example",
            "+420724118300",
        ),
    },
    {
        "id": "ec023-fh-steiermark-odt-netmask",
        "description": "Austrian university of applied sciences writes in German with an ODT "
        "letter; production addresses as address/netmask (two addresses)",
        "style": Style.UNIVERSITY,
        "from": "Florian Pichler <florian.pichler@fh-stmk-nord.example>",
        "subject": "Anfrage Datenzugang Wahlergebnisse – Lehrprojekt",
        "body": """Sehr geehrte Damen und Herren,

anbei unser Antrag (ODT). Für Rückfragen stehe ich gerne zur Verfügung.

Freundliche Grüße
Florian Pichler
""",
        "attachments": [
            (
                "odt",
                "Antrag_Datenzugang.odt",
                [
                    "FH Steiermark-Nord GmbH – Studiengang Journalismus und Datenkommunikation",
                    "Antrag auf Zugang zum XML-Ergebnisdienst",
                    "Im Rahmen eines Lehrprojekts werten Studierende die Wahlergebnisse in "
                    "Echtzeit aus. Wir bitten daher um Freischaltung folgender Adressen:",
                    [
                        ["Umgebung", "Adresse"],
                        ["Produktion", "198.51.100.16/255.255.255.254"],
                        ["Test", "keine"],
                    ],
                    "Dreharbeiten sind nicht geplant.",
                    "Kontakt: DI Florian Pichler, Tel. +43 316 873 4410, "
                    "florian.pichler@fh-stmk-nord.example",
                ],
            )
        ],
        "labels": L(
            FEED,
            "FH Steiermark-Nord GmbH",
            None,
            None,
            ["198.51.100.16", "198.51.100.17"],
            [],
            "Florian Pichler",
            "florian.pichler@fh-stmk-nord.example",
            "+433168734410",
        ),
    },
    {
        "id": "ec024-pannon-hungarian",
        "description": "Hungarian news agency writes in Hungarian, family name first",
        "style": Style.FOREIGN,
        "from": "Nagy Zoltán <nagy.zoltan@pannonhir.example>",
        "subject": "Hozzáférési kérelem – választási eredmények XML",
        "body": """Tisztelt Hölgyem / Uram!

A Pannon Hírügynökség Kft. (Győr) hozzáférést kér a cseh választási eredmények XML
adatfolyamához.

Éles szerverek IP-címei: 198.18.22.5, 198.18.22.6
Teszt szerver: 198.18.23.5

Forgatási engedélyt nem kérünk.

Kapcsolattartó: Nagy Zoltán, informatikai vezető
Tel.: +36 30 456 7812
E-mail: nagy.zoltan@pannonhir.example

Üdvözlettel:
Nagy Zoltán
""",
        "labels": L(
            FEED,
            "Pannon Hírügynökség Kft.",
            None,
            None,
            ["198.18.22.5", "198.18.22.6"],
            ["198.18.23.5"],
            "Nagy Zoltán",
            "nagy.zoltan@pannonhir.example",
            "+36304567812",
        ),
    },
    {
        "id": "ec025-kratochvil-freelance-both",
        "description": "Czech freelance cameraman with his own IČO asks for both; phone in "
        "parentheses-and-dashes format; one production address, no test",
        "style": Style.FREELANCE,
        "charset": "windows-1250",
        "from": "Radim Kratochvíl <radim@kratochvil-video.example>",
        "subject": "Žádost – natáčení + data z voleb",
        "body": f"""Dobrý den,

jsem kameraman a fotograf (OSVČ, IČO {ICO_KRATOCHVIL}), pro regionální weby dělám \
videozpravodajství z volební noci. Chtěl bych požádat:

– o povolení natáčet na sběrném místě v Hradci Králové,
– o přístup k XML s výsledky z mého serveru 192.0.2.33 (testovací nemám).

Telefon (+420) 777-05-19-83.

Děkuji a zdravím
Radim Kratochvíl
""",
        "labels": L(
            BOTH,
            "Radim Kratochvíl",
            ICO_KRATOCHVIL,
            None,
            ["192.0.2.33"],
            [],
            "Radim Kratochvíl",
            "radim@kratochvil-video.example",
            "+420777051983",
        ),
    },
    {
        "id": "ec026-radio-slask-backup",
        "description": "Polish radio writes in English; a numbered list where the second "
        "production address is the backup",
        "style": Style.FOREIGN,
        "from": "Tomasz Zieliński <t.zielinski@radioslaskplus.example>",
        "subject": "Access request: CZ election results XML",
        "body": """Good morning,

Radio Śląsk Plus Sp. z o.o. (Katowice, Poland) would like to apply for access to the XML
results service for the upcoming Czech elections.

IP addresses:
1. 198.51.100.180 - production (primary)
2. 198.51.100.181 - production (backup)
3. 198.51.100.190 - test

We won't be filming.

Contact person: Tomasz Zieliński, head of IT
phone: +48 32 255 70 14
email: t.zielinski@radioslaskplus.example

Kind regards,
Tomasz Zieliński
""",
        "labels": L(
            FEED,
            "Radio Śląsk Plus Sp. z o.o.",
            None,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.190"],
            "Tomasz Zieliński",
            "t.zielinski@radioslaskplus.example",
            "+48322557014",
        ),
    },
    {
        "id": "ec027-podbrdsko-form-ticked-no",
        "description": "DOCX form with tick boxes: feed ticked yes, filming ticked no",
        "style": Style.DECLINED,
        "from": "TV Podbrdsko <info@tvpodbrdsko.example>",
        "subject": "Formulář – žádost o přístup",
        "body": "Dobrý den, zasíláme vyplněný formulář. TV Podbrdsko\n",
        "attachments": [
            (
                "docx",
                "formular_TV_Podbrdsko.docx",
                {
                    "blocks": [
                        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / O POVOLENÍ NATÁČENÍ",
                        {
                            "rows": [
                                ["Název žadatele", "TV Podbrdsko s.r.o."],
                                ["IČO", ICO_PODBRDSKO],
                                ["Přístup k XML výsledkům", "☒ ANO   ☐ NE"],
                                ["Povolení k natáčení", "☐ ANO   ☒ NE"],
                                ["Produkční IP adresy", "203.0.113.170, 203.0.113.171"],
                                ["Testovací IP adresy", "203.0.113.180, 203.0.113.181"],
                                ["Kontaktní osoba", "Ivana Strnadová"],
                                ["Telefon", "+420 318 622 740"],
                                ["E-mail", "strnadova@tvpodbrdsko.example"],
                            ]
                        },
                        "Datum: 29. 9.        Podpis: I. Strnadová",
                    ]
                },
            )
        ],
        "labels": L(
            FEED,
            "TV Podbrdsko s.r.o.",
            ICO_PODBRDSKO,
            None,
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.180", "203.0.113.181"],
            "Ivana Strnadová",
            "strnadova@tvpodbrdsko.example",
            "+420318622740",
        ),
    },
    {
        "id": "ec028-vranov-databox-filming-odt",
        "description": "a town sends a data message with an ODT letter asking only to film; "
        "its own box is the sender",
        "style": Style.DATABOX,
        "databox": {
            "box": "b4m9tz2",
            "sender": "Město Vranov u Lomnice",
            "address": "Náměstí 5, 679 23 Vranov u Lomnice",
            "type": 10,
        },
        "subject": "Žádost o povolení natáčení na sběrném místě",
        "attachments": [
            (
                "odt",
                "zadost_natáčení.odt",
                [
                    "Město Vranov u Lomnice",
                    f"IČO: {ICO_VRANOV}, datová schránka b4m9tz2",
                    "Žádost o povolení natáčení",
                    "Městská kabelová televize by ráda natočila krátký záznam z předávání "
                    "výsledků na sběrném místě v Blansku. O přístup k XML datům nežádáme.",
                    "Kontaktní osoba: Jaroslav Píša, tel. +420 549 420 118, pisa@vranov-ul.example",
                    "Mgr. Jana Klimešová, místostarostka",
                ],
            )
        ],
        "labels": L(
            FILM,
            "Město Vranov u Lomnice",
            ICO_VRANOV,
            "b4m9tz2",
            [],
            [],
            "Jaroslav Píša",
            "pisa@vranov-ul.example",
            "+420549420118",
        ),
    },
]
