"""Fifth-round held-out cases k001–k014 (see make_fifth_k): foreign and Slovak writers,
a university, a municipal newsroom, an agency and an IT contractor applying for a medium,
ranges, CIDR and netmasks, old addresses, a correction, declined, withdrawn, conditional
and filming-only requests. Labels written by hand from the text (tests/corpus/LABELS.md)."""

from __future__ import annotations

from typing import Any

from tests.corpus.fifth_k_common import FEED, FILM, L, Style, soft

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
APPLE = [("X-Mailer", "Apple Mail (2.3731.300.101.1.3)")]
THUNDERBIRD = [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Thunderbird/102.5.0")]

CASES: list[dict[str, Any]] = [
    {
        "id": "k001-slovak-agency-range",
        "description": "Slovak news agency writing in Slovak; production addresses as a range "
        "'až', no Czech IČO, Slovak mobile",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED],
            "Tlačová agentúra Dunaj, a.s.",
            None,
            None,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22"],
            ["198.51.100.30"],
            "Zuzana Kováčiková",
            "kovacikova@dunaj-agentura.example",
            "+421905123456",
        ),
        "from": "Zuzana Kováčiková <kovacikova@dunaj-agentura.example>",
        "subject": "Žiadosť o prístup k XML výsledkom – voľba prezidenta ČR",
        "headers": OUTLOOK,
        "body": """Dobrý deň,

naša agentúra by sa rada pripojila na Váš XML server s priebežnými výsledkami
prezidentských volieb, výsledky budeme preberať do nášho spravodajského servisu.
Prosíme povoliť tieto adresy:

produkčné: 198.51.100.20 až 198.51.100.22
testovacia: 198.51.100.30

Kontakt pre technické veci: Zuzana Kováčiková, +421 905 123 456,
kovacikova@dunaj-agentura.example

S pozdravom

Zuzana Kováčiková
vedúca IT oddelenia
Tlačová agentúra Dunaj, a.s.
Bratislava, Slovenská republika
""",
    },
    {
        "id": "k002-german-radio-english-cidr",
        "description": "German radio correspondent in English; live block as CIDR /30, test "
        "address IPv6, no IČO, German mobile",
        "style": Style.APPLE_MAIL,
        "labels": L(
            [FEED],
            "Rheinwelle Hörfunk GmbH",
            None,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["2001:db8:4a1::20"],
            "Jonas Brandt",
            "j.brandt@rheinwelle.example",
            "+491712345678",
        ),
        "from": "Jonas Brandt <j.brandt@rheinwelle.example>",
        "subject": "Election results XML - access request (Rheinwelle)",
        "headers": APPLE,
        "body": """Dear Sir or Madam,

I am the Prague correspondent of Rheinwelle Hörfunk GmbH (Cologne). For our
election night coverage our data desk in Cologne would like to receive your
XML results. Our network people asked me to pass on the following:

  - live: 203.0.113.64/30
  - for testing only: 2001:db8:4a1::20

Please contact me directly if anything is missing:
Jonas Brandt, +49 171 2345678, j.brandt@rheinwelle.example

Best regards / Mit freundlichen Grüßen
Jonas Brandt

Sent from my iPad
""",
    },
    {
        "id": "k003-polish-photographer-filming-only",
        "description": "Polish freelance photographer in broken Czech; only filming at a "
        "collection point, the feed explicitly not needed",
        "style": Style.GMAIL,
        "labels": L(
            [FILM],
            "Katarzyna Wiśniewska",
            None,
            None,
            [],
            [],
            "Katarzyna Wiśniewska",
            "k.wisniewska@foto-krakow.example",
            "+48601234567",
        ),
        "from": "Katarzyna Wiśniewska <k.wisniewska@foto-krakow.example>",
        "subject": "prosba - fotografovani volby Ostrava",
        "cte": "base64",
        "body": """Dobrý den,

jmenuji se Katarzyna Wiśniewska, jsem nezavisla fotoreporterka z Krakowa, pracuji
freelance pro vice polskych medii. Chtěla bych prosit o povoleni fotografovat a
natáčet kratke video na přebíracím mistě v Ostravě v den volby.
Přistup na XML server nepotřebuji, data nezpracovávam.

Telefon: +48 601 234 567

Děkuji a pozdravy,
Katarzyna Wiśniewska
""",
    },
    {
        "id": "k004-university-netmask",
        "description": "public university department applies for a research project; "
        "production block as address plus netmask, landline contact",
        "style": Style.THUNDERBIRD,
        "labels": L(
            [FEED],
            "Západomoravská univerzita v Třebíči, veřejná vysoká škola",
            "00216224",
            None,
            ["192.0.2.200", "192.0.2.201", "192.0.2.202", "192.0.2.203"],
            ["192.0.2.210"],
            "Radim Ouředník",
            "radim.ourednik@zmu.example",
            "+420568114302",
        ),
        "from": "Radim Ouředník <radim.ourednik@zmu.example>",
        "subject": "Žádost o přístup k XML serveru – výzkumný projekt",
        "headers": THUNDERBIRD,
        "body": """Vážení,

Katedra politologie Filozofické fakulty řeší výzkumný projekt o modelování
průběžných výsledků během volební noci. Jménem žadatele, kterým je
Západomoravská univerzita v Třebíči, veřejná vysoká škola, IČO 00216224,
prosím o zřízení přístupu k vyhrazenému XML serveru.

Výpočetní server projektu má přidělenou síť 192.0.2.200 s maskou
255.255.255.252 – tu prosím povolit pro ostrý provoz. Pro testovací přístup
stačí jeden stroj, 192.0.2.210.

Kontaktní osobou jsem já:
doc. PhDr. Radim Ouředník, Ph.D.
radim.ourednik@zmu.example
tel. 568 114 302

S pozdravem
Radim Ouředník
Katedra politologie FF ZMU
""",
    },
    {
        "id": "k005-municipal-newsroom-in-words",
        "description": "town newsletter editor; the test address given in words as the "
        "production address with another last number; switchboard and mobile",
        "style": Style.GMAIL,
        "labels": L(
            [FEED],
            "Město Horní Lhota",
            "00274348",
            None,
            ["192.0.2.77"],
            ["192.0.2.78"],
            "Markéta Hlaváčková",
            "hlavackova@hornilhota.example",
            "+420736512078",
        ),
        "from": "Markéta Hlaváčková <hlavackova@hornilhota.example>",
        "subject": "Zpravodaj Horní Lhota – výsledky voleb XML",
        "body": """Dobrý den,

Zpravodaj města Horní Lhota bude letos poprvé zveřejňovat výsledky voleb
průběžně na webu města. Vydavatelem zpravodaje je Město Horní Lhota,
IČO 00274348. Prosím tedy o přístup k Vašemu XML serveru.

Náš webový server má adresu 192.0.2.77. Testovací adresa je tatáž, jen na
konci místo 77 je 78.

S pozdravem
Markéta Hlaváčková
redaktorka Zpravodaje, odbor kultury a vnějších vztahů
Městský úřad Horní Lhota
ústředna 577 301 111, můj mobil 736 512 078
""",
    },
    {
        "id": "k006-agency-for-client-power-of-attorney",
        "description": "consulting agency applies on behalf of a regional TV client with a "
        "power of attorney PDF naming both IČOs; the client is the applicant, the agency's "
        "consultant the contact",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "TV Vysočina Plus s.r.o.",
            "05297818",
            None,
            ["203.0.113.90", "203.0.113.91"],
            [],
            "Ondřej Stejskal",
            "ondrej.stejskal@medialink.example",
            "+420603918442",
        ),
        "from": "MediaLink Consulting <office@medialink.example>",
        "subject": "Žádost o přístup k XML – TV Vysočina Plus s.r.o. (v zastoupení)",
        "headers": OUTLOOK,
        "body": """Dobrý den,

v zastoupení našeho klienta, společnosti TV Vysočina Plus s.r.o., IČO 05297818,
podáváme žádost o přístup k vyhrazenému serveru s výsledky voleb ve formátu XML.
Plnou moc přikládáme.

Klient bude data přijímat na adresách 203.0.113.90 a 203.0.113.91 (obě ostrý
provoz). Testovací adresu klient nepožaduje.

Technickou stránku za klienta řeší náš konzultant Ondřej Stejskal, který je
i kontaktní osobou pro tuto žádost: ondrej.stejskal@medialink.example,
mobil +420 603 918 442.

S pozdravem
Kristýna Malá
asistentka jednatele
MediaLink Consulting s.r.o.
""",
        "attachments": [
            (
                "pdf",
                "plna_moc_TV_Vysocina_Plus.pdf",
                [
                    "PLNÁ MOC",
                    "Společnost TV Vysočina Plus s.r.o., IČO 05297818, se sídlem Havlíčkovo "
                    "náměstí 14, 586 01 Jihlava, zastoupená jednatelem Mgr. Vítem Benešem,",
                    "zmocňuje",
                    "společnost MediaLink Consulting s.r.o., IČO 27180328, se sídlem "
                    "Vinohradská 88, 130 00 Praha 3,",
                    "k podání žádosti o přístup k výsledkům voleb ve formátu XML u Českého "
                    "statistického úřadu a ke všem úkonům s tím spojeným.",
                    "V Jihlavě dne 28. 11. 2022",
                    "Mgr. Vít Beneš, jednatel",
                ],
            )
        ],
    },
    {
        "id": "k007-it-contractor-order-no-diacritics",
        "description": "external IT contractor writes for a newspaper without diacritics; "
        "roles only by order ('prvni dve ... posledni')",
        "style": Style.NOTE,
        "labels": L(
            [FEED],
            "Podbrdsky denik s.r.o.",
            "24745189",
            None,
            ["198.51.100.161", "198.51.100.162"],
            ["198.51.100.170"],
            "Petr Vanek",
            "vanek@it-vanek.example",
            "+420777210345",
        ),
        "from": "Petr Vanek <vanek@it-vanek.example>",
        "subject": "XML volby - Novinky z Podbrdska",
        "cte": "7bit",
        "charset": "us-ascii",
        "body": """Dobry den,

pisu za redakci Novinky z Podbrdska (vydavatel Podbrdsky denik s.r.o.,
ICO 24745189), delam jim externe IT. Na volebni noc potrebujeme povolit tri
adresy: 198.51.100.161, 198.51.100.162 a 198.51.100.170. Prvni dve jsou
produkcni servery, posledni je testovaci stroj.

Kontakt: Petr Vanek (ja), 777 210 345, vanek@it-vanek.example

Diky
Petr Vanek, IT servis
""",
    },
    {
        "id": "k008-old-addresses-moved",
        "description": "regional weekly names last year's addresses as no longer used before "
        "the new ones; Outlook in windows-1250",
        "style": Style.OUTLOOK,
        "labels": L(
            [FEED],
            "Jizerské listy, s.r.o.",
            "06288952",
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Lenka Šťastná",
            "stastna@jizerske-listy.example",
            "+420481555902",
        ),
        "from": "Lenka Šťastná <stastna@jizerske-listy.example>",
        "subject": "Žádost o přístup k XML – Týdeník Jizera",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": """Dobrý den,

zasíláme žádost o přístup k výsledkům voleb ve formátu XML pro Týdeník Jizera
(vydává Jizerské listy, s.r.o., IČO 06288952).

Upozorňujeme, že adresy, které jsme hlásili při loňských komunálních volbách
(198.51.100.40 a 198.51.100.41), už nepoužíváme – server jsme přestěhovali do
nového datacentra. Nově platí:

ostrý provoz: 198.51.100.140, 198.51.100.141
test: 198.51.100.150

Kontaktní osoba: Bc. Lenka Šťastná, tel. 481 555 902,
stastna@jizerske-listy.example

S pozdravem
Lenka Šťastná
technická redaktorka
""",
    },
    {
        "id": "k009-english-weekly-correction",
        "description": "English-language Prague weekly; a production address corrected at "
        "the end of the same message",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Prague Ledger s.r.o.",
            "07213948",
            None,
            ["203.0.113.51", "203.0.113.53"],
            ["203.0.113.60"],
            "Daniel Moreau",
            "daniel.moreau@pragueledger.example",
            "+420604887120",
        ),
        "from": "Daniel Moreau <daniel.moreau@pragueledger.example>",
        "subject": "Application - election results XML access",
        "body": """Hello,

Prague Ledger s.r.o. (IČO 07213948), publisher of the English-language weekly
The Prague Ledger, applies for access to the election results XML service.

Production IPs: 203.0.113.51, 203.0.113.52
Test IP: 203.0.113.60

Contact: Daniel Moreau, daniel.moreau@pragueledger.example, +420 604 887 120

Correction - our admin has just told me I mistyped the second production
address: it is 203.0.113.53, not 203.0.113.52. Sorry about that.

Kind regards,
Daniel Moreau
Managing Editor
""",
    },
    {
        "id": "k010-tv-letter-declines-filming",
        "description": "regional TV: a short mail and a PDF letter; CIDR /31 production, "
        "filming explicitly not requested, direct line after the switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Regionální televize Labe a.s.",
            "43612903",
            None,
            ["192.0.2.14", "192.0.2.15"],
            ["192.0.2.16"],
            "Tomáš Kratochvíl",
            "kratochvil@rtlabe.example",
            "+420475200163",
        ),
        "from": "Tomáš Kratochvíl <kratochvil@rtlabe.example>",
        "subject": "Žádost RT Labe – XML výsledky",
        "body": """Dobrý den,
v příloze zasílám naši žádost podepsanou panem ředitelem.
T. Kratochvíl
""",
        "attachments": [
            (
                "pdf",
                "zadost_RT_Labe.pdf",
                [
                    "Regionální televize Labe a.s.\nMasarykova 310, 400 01 Ústí nad Labem\n"
                    "IČO: 43612903",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k vyhrazenému XML serveru",
                    "Žádáme o zřízení přístupu k XML serveru s průběžnými výsledky volby "
                    "prezidenta republiky. O povolení natáčet na přebíracích místech letos "
                    "nežádáme, reportáže z volební noci budeme vysílat pouze ze studia.",
                    "Adresy pro ostrý provoz: 192.0.2.14/31\nTestovací adresa: 192.0.2.16",
                    "Kontaktní osoba: Ing. Tomáš Kratochvíl, vedoucí vysílací techniky\n"
                    "e-mail: kratochvil@rtlabe.example\n"
                    "tel.: ústředna 475 200 100, přímá linka 475 200 163",
                    "V Ústí nad Labem dne 5. 12. 2022",
                    "Mgr. Pavel Šimek\nředitel",
                ],
            )
        ],
    },
    {
        "id": "k011-freelancer-withdraws-filming",
        "description": "one-person data site run by a sole trader; filming asked for, then "
        "withdrawn in a P.S.",
        "style": Style.GMAIL,
        "labels": L(
            [FEED],
            "Martin Dvořák",
            "04308158",
            None,
            ["198.18.20.5"],
            ["198.18.20.6"],
            "Martin Dvořák",
            "m.dvorak@volebnimapa.example",
            "+420608445566",
        ),
        "from": "Martin Dvořák <m.dvorak@volebnimapa.example>",
        "subject": "Přístup k XML + natáčení Plzeň",
        "body": """Dobrý den,

provozuji jako OSVČ web volebnimapa.example (Martin Dvořák, IČO 04308158) a
rád bych se připojil k Vašemu XML feedu s výsledky. Zároveň bych rád natočil
krátké video na přebíracím místě v Plzni.

IP adresa serveru: 198.18.20.5
testovací: 198.18.20.6

Telefon 608 44 55 66

Martin Dvořák

P.S. Omlouvám se, s natáčením to nakonec nevyjde, tu část žádosti beru zpět.
Platí jen přístup k XML.
""",
    },
    {
        "id": "k012-radio-conditional-second-round-filming",
        "description": "regional radio asks for the feed and for filming in the second round "
        "should there be one; a backup server counts as production",
        "style": Style.THUNDERBIRD,
        "labels": L(
            [FEED, FILM],
            "Rádio Podhůří s.r.o.",
            "28361466",
            None,
            ["203.0.113.170", "203.0.113.171"],
            [],
            "Jiří Bartoš",
            "bartos@radiopodhuri.example",
            "+420739402118",
        ),
        "from": "Jiří Bartoš <bartos@radiopodhuri.example>",
        "subject": "Rádio Podhůří – XML a natáčení v Liberci",
        "headers": THUNDERBIRD,
        "flowed": True,
        "body": soft(
            """Dobrý den,

za Rádio Podhůří s.r.o. (IČO 28361466) žádáme o přístup k XML serveru pro obě~
kola volby prezidenta. Data poběží na hlavním serveru 203.0.113.170,~
záložní server má 203.0.113.171. Testovací adresu nepotřebujeme.

Pro druhé kolo, pokud se bude konat, žádáme také o povolení natáčet na~
přebíracím místě v Liberci (reportér a kameraman, asi hodinu po uzavření~
místností).

Kontakt: Jiří Bartoš, technik vysílání, 739 402 118,~
bartos@radiopodhuri.example

Děkuji
Jiří Bartoš
"""
        ),
    },
    {
        "id": "k013-databox-institute-pdf-table",
        "description": "research institute by data box; the request only in an attached PDF "
        "with a table of roles; the letter prints the office's box as recipient",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Institut pro výzkum veřejného mínění, v. v. i.",
            "61204170",
            "k7mq2xa",
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.212"],
            "Hana Veselá",
            "hana.vesela@ivvm.example",
            "+420222741309",
        ),
        "databox": {
            "box": "k7mq2xa",
            "sender": "Institut pro výzkum veřejného mínění, v. v. i.",
            "address": "Jilská 7, 110 00 Praha 1",
            "type": 10,
        },
        "subject": "Žádost o přístup k XML výsledkům – volba prezidenta 2023",
        "attachments": [
            (
                "pdf",
                "IVVM_zadost_XML.pdf",
                [
                    "Institut pro výzkum veřejného mínění, v. v. i.\nJilská 7, 110 00 Praha 1\n"
                    "IČO 61204170",
                    "Adresát: Český statistický úřad, ID datové schránky 2gfaasy",
                    "Věc: Žádost o přístup k vyhrazenému serveru s výsledky voleb",
                    "Pro potřeby analýzy volebního chování během sčítání hlasů žádáme o "
                    "přístup k průběžným výsledkům ve formátu XML. Adresy uvádíme v tabulce.",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkční (analytický server)", "198.51.100.210"],
                            ["produkční (replika)", "198.51.100.211"],
                            ["testovací", "198.51.100.212"],
                        ],
                        "widths": [200, 150],
                    },
                    "Kontaktní osoba: Mgr. Hana Veselá, Ph.D., vedoucí datového oddělení\n"
                    "hana.vesela@ivvm.example, +420 222 741 309",
                    "V Praze 7. 12. 2022\nprof. Ing. Karel Hrubý, CSc., ředitel",
                ],
            )
        ],
    },
    {
        "id": "k014-austrian-tv-filming-english",
        "description": "Austrian TV producer in English asks only to film at a collection "
        "point; crew named, the feed explicitly not needed",
        "style": Style.APPLE_MAIL,
        "labels": L(
            [FILM],
            "Alpenland Rundfunk GmbH",
            None,
            None,
            [],
            [],
            "Lisa Gruber",
            "lisa.gruber@alpenland-rf.example",
            "+436641234567",
        ),
        "from": "Lisa Gruber <lisa.gruber@alpenland-rf.example>",
        "subject": "Filming permission - collection point Ceske Budejovice",
        "headers": APPLE,
        "body": """Good morning,

I am a producer with Alpenland Rundfunk GmbH, Vienna. We are preparing a short
report on the Czech presidential election for our evening news and would like
to ask for permission to film at the collection point in České Budějovice on
election night (about 30 minutes, no interviews with your staff unless they
agree).

Crew: Markus Huber (camera), Eva Steiner (reporter).
We do not need access to the XML data feed.

Please send the permission to me:
Lisa Gruber, lisa.gruber@alpenland-rf.example, mobile +43 664 1234567

Thank you and kind regards,
Lisa Gruber
""",
    },
]
