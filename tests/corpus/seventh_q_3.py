"""Seventh held-out set, part ``q``, cases q029–q042 (written by hand; see seventh_q_common)."""

from __future__ import annotations

from tests.corpus.label_rules import L
from tests.corpus.seventh_q_common import FEED, REC, Style, case

OUTLOOK_TABLE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren, dear colleagues,</p>
<p class="MsoNormal">Nordlicht Medien GmbH &amp; Co. KG (Hamburg) applies for access to the
election results server. Our addresses:</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Server</b></p></td><td><p class="MsoNormal"><b>IP</b></p></td>
<td><p class="MsoNormal"><b>Verwendung / use</b></p></td></tr>
<tr><td><p class="MsoNormal">hh-feed-01</p></td><td><p class="MsoNormal">192.0.2.105</p></td>
<td><p class="MsoNormal">Produktion</p></td></tr>
<tr><td><p class="MsoNormal">hh-feed-02</p></td><td><p class="MsoNormal">192.0.2.106</p></td>
<td><p class="MsoNormal">Produktion (Backup)</p></td></tr>
<tr><td><p class="MsoNormal">hh-qa-01</p></td><td><p class="MsoNormal">192.0.2.107</p></td>
<td><p class="MsoNormal">Test</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Ansprechpartner / contact: Svenja Petersen, +49 40 3344 5566-12</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Viele Grüße<br>Svenja Petersen<br>IT-Betrieb | Nordlicht Medien GmbH &amp;
Co. KG</p>
</div></body></html>
"""

OUTLOOK_PLAIN = """Sehr geehrte Damen und Herren, dear colleagues,

Nordlicht Medien GmbH & Co. KG (Hamburg) applies for access to the election results server.
Our addresses:

Server     IP            Verwendung / use
hh-feed-01 192.0.2.105   Produktion
hh-feed-02 192.0.2.106   Produktion (Backup)
hh-qa-01   192.0.2.107   Test

Ansprechpartner / contact: Svenja Petersen, +49 40 3344 5566-12

Viele Grüße
Svenja Petersen
IT-Betrieb | Nordlicht Medien GmbH & Co. KG
"""

CASES = [
    case(
        "q029-tov-english-both-crew",
        "Ukrainian TOV (Latin transliteration) writes English: feed and filming in Prague with "
        "a crew list; the contact named is the Prague producer with a Czech mobile",
        Style.CREW_LIST,
        L(
            [FEED, REC],
            "TOV Kyivskyi Media Tsentr",
            None,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.149"],
            "Olena Shevchuk",
            "o.shevchuk@kmc-ua.example",
            "+420739402117",
        ),
        **{
            "from": "Olena Shevchuk <o.shevchuk@kmc-ua.example>",
            "subject": "Kyiv Media Centre - results server and filming permit",
            "body": """Dear Sir/Madam,

TOV Kyivskyi Media Tsentr (Kyiv, Ukraine) would like to:

(1) receive the election results from your XML server -
    main servers 203.0.113.140 and 203.0.113.141, test server 203.0.113.149;
(2) film at the central collection point in Prague on election night.

Film crew:
  Andrii Bondarenko - correspondent
  Serhii Lysenko - cameraman
  Olena Shevchuk - producer

I am the contact person for both requests; while in Prague I use
a Czech number: +420 739 402 117.

Sincerely,
Olena Shevchuk
Kyiv Media Centre
""",
        },
    ),
    case(
        "q030-student-own-project",
        "Czech student applies for herself for a bachelor thesis app (no organisation, no IČO); "
        "informal, without diacritics, one address from the dormitory network",
        Style.STUDENT_RESEARCHER,
        L(
            [FEED],
            "Veronika Páleníková",
            None,
            None,
            ["198.18.99.14"],
            [],
            "Veronika Páleníková",
            "v.palenikova@studmail.example",
            "+420736551092",
        ),
        **{
            "from": "Veronika Palenikova <v.palenikova@studmail.example>",
            "subject": "zadost o pristup k XML - bakalarska prace",
            "cte": "8bit",
            "body": """Dobry den,

studuji treti rocnik informatiky a jako bakalarskou praci delam mobilni
aplikaci, ktera zobrazuje prubezne vysledky voleb. Vedouci prace mi
doporucil, at si o pristup k vasemu serveru pozadam sama za sebe.

Pripojovala bych se ze serveru na koleji s adresou 198.18.99.14.

Dekuji za vyrizeni,
Veronika Páleníková
tel: 736 551 092
""",
        },
    ),
    case(
        "q031-sa-netmask-test-block",
        "Luxembourg S.A. agency, French-flavoured English; production single, test as "
        "address/netmask 255.255.255.252 (four addresses)",
        Style.FOREIGN_ENGLISH,
        L(
            [FEED],
            "Agence Européenne de Données S.A.",
            None,
            None,
            ["198.51.100.222"],
            ["198.51.100.224", "198.51.100.225", "198.51.100.226", "198.51.100.227"],
            "Julien Muller",
            "j.muller@aed-lux.example",
            "+352621445870",
        ),
        **{
            "from": "Julien Muller <j.muller@aed-lux.example>",
            "subject": "Demande / request - CZSO election XML",
            "body": """Bonjour,

Agence Européenne de Données S.A. (Luxembourg) asks to be registered for the
election results XML server.

- Production server: 198.51.100.222
- Test network: 198.51.100.224 mask 255.255.255.252

For any question please contact Julien Muller, tel. +352 621 445 870.

Cordialement / best regards
Julien Muller
""",
        },
    ),
    case(
        "q032-gmbh-co-kg-outlook-table",
        "German GmbH & Co. KG, Outlook HTML table with a 'use' column (Produktion, Produktion "
        "(Backup), Test) and a plain alternative; German phone with extension",
        Style.HTML_TABLE,
        L(
            [FEED],
            "Nordlicht Medien GmbH & Co. KG",
            None,
            None,
            ["192.0.2.105", "192.0.2.106"],
            ["192.0.2.107"],
            "Svenja Petersen",
            "s.petersen@nordlicht-medien.example",
            "+49403344556612",
        ),
        **{
            "from": "\"Petersen, Svenja\" <s.petersen@nordlicht-medien.example>",
            "subject": "Antrag Zugang Wahlergebnis-Server / Nordlicht Medien",
            "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
            "body": OUTLOOK_PLAIN,
            "html": OUTLOOK_TABLE,
        },
    ),
    case(
        "q033-slovak-freelancer",
        "Slovak freelance sports-and-politics blogger (natural person) in Slovak; one address, "
        "no test; Slovak mobile written with 00421",
        Style.FREELANCER,
        L(
            [FEED],
            "Tomáš Lacko",
            None,
            None,
            ["203.0.113.201"],
            [],
            "Tomáš Lacko",
            "tomas.lacko@blogpost.example",
            "+421907554881",
        ),
        **{
            "from": "Tomáš Lacko <tomas.lacko@blogpost.example>",
            "subject": "žiadosť o prístup – nezávislý bloger",
            "body": """Dobrý deň,

som nezávislý novinár a bloger zo Žiliny, o českých voľbách píšem už
od roku 2013. Chcel by som požiadať o prístup k XML serveru s výsledkami
voľby prezidenta. Môj server: 203.0.113.201. Testovaciu adresu nemám.

Vďaka,
Tomáš Lacko
00421 907 554 881
""",
        },
    ),
    case(
        "q034-czech-agency-for-british-plc",
        "Czech PR agency writes for a British plc client; the letter makes the client the "
        "applicant and names the client's own technician as the contact",
        Style.AGENCY_FOR_CLIENT,
        L(
            [FEED],
            "Albion Broadcasting plc",
            None,
            None,
            ["198.18.140.10", "198.18.140.11", "198.18.140.12"],
            ["198.18.140.20"],
            "Graham Whitaker",
            "g.whitaker@albion-bc.example",
            "+441614960771",
        ),
        **{
            "from": "Lenka Burešová <buresova@komunikace-plus.example>",
            "subject": "Žádost o přístup k serveru – Albion Broadcasting plc",
            "body": """Dobrý den,

naše agentura Komunikace Plus, s.r.o. zajišťuje pro britskou společnost
Albion Broadcasting plc pokrytí volby prezidenta. Žádost podáváme jejím
jménem; žadatelem je Albion Broadcasting plc, Manchester.

Adresy pro ostrý provoz: 198.18.140.10, 198.18.140.11, 198.18.140.12
Testovací adresa: 198.18.140.20

Kontaktní osobou je technik klienta pan Graham Whitaker
(g.whitaker@albion-bc.example, +44 161 496 0771), komunikuje anglicky.
Mě prosím dávejte jen do kopie.

S pozdravem
Lenka Burešová
Komunikace Plus, s.r.o.
""",
        },
    ),
    case(
        "q035-hungarian-zrt-czech-translated",
        "Hungarian Zrt. sends a formal letter in Czech (professionally translated, correct "
        "diacritics); signature block with a Hungarian landline; roles by a 'v tomto pořadí'",
        Style.ROLE_ORDER,
        L(
            [FEED],
            "Magyar Rádió és Hírközlés Zrt.",
            None,
            None,
            ["203.0.113.80"],
            ["203.0.113.81"],
            "Péter Szabó",
            "szabo.peter@mrh.example",
            "+3614567890",
        ),
        **{
            "from": "Szabó Péter <szabo.peter@mrh.example>",
            "subject": "Žádost o zpřístupnění výsledků voleb – Magyar Rádió és Hírközlés Zrt.",
            "body": """Vážení,

společnost Magyar Rádió és Hírközlés Zrt. se sídlem v Budapešti tímto
žádá o zpřístupnění vyhrazeného serveru s výsledky volby prezidenta
České republiky ve formátu XML. Pro ostrý provoz a pro testování budeme
využívat adresy 203.0.113.80 a 203.0.113.81, v tomto pořadí.

Kontaktní osoba: Péter Szabó, vedoucí technického oddělení.

S úctou

Szabó Péter
Magyar Rádió és Hírközlés Zrt.
tel.: +36 1 456 7890
""",
        },
    ),
    case(
        "q036-polish-border-paper-no-diacritics",
        "Polish-owned regional weekly in Těšínsko (Czech s.r.o. with IČO) writes Czech without "
        "diacritics with Polish words; two production, no test",
        Style.BROKEN_CZECH,
        L(
            [FEED],
            "Glos Ziemi Cieszynskiej s.r.o.",
            "05039622",
            None,
            ["192.0.2.12", "192.0.2.13"],
            [],
            "Ewa Sikora",
            "redakcja@glosziemi.example",
            "+420558711290",
        ),
        **{
            "from": "Ewa Sikora <redakcja@glosziemi.example>",
            "subject": "zadost o pristup - Glos Ziemi",
            "cte": "8bit",
            "body": """Dzien dobry / Dobry den,

vydavatel tydeniku Glos Ziemi Cieszynskiej s.r.o., ICO 05039622,
Cesky Tesin, zada o pristup k serveru s vysledky voleb.

IP (ostry provoz): 192.0.2.12, 192.0.2.13
test: nie mamy / nemame

Kontakt: Ewa Sikora, redaktorka, tel. 558 711 290

Pozdrawiam,
Ewa Sikora
""",
        },
    ),
    case(
        "q037-british-old-addresses",
        "British Ltd lists last year's addresses as no longer used and gives the new ones; "
        "only the new ones count",
        Style.LOOKALIKES,
        L(
            [FEED],
            "Thames Valley Data Ltd",
            None,
            None,
            ["198.51.100.71", "198.51.100.72"],
            ["198.51.100.79"],
            "Priya Shah",
            "priya.shah@tvdata.example",
            "+441189496032",
        ),
        **{
            "from": "Priya Shah <priya.shah@tvdata.example>",
            "subject": "Re-registration for the results XML server",
            "body": """Hello,

Thames Valley Data Ltd used your results server for the 2021 parliamentary
election from 198.51.100.11 and 198.51.100.12. We have since moved data
centres and those addresses are no longer in use - please do not whitelist
them.

New addresses for this election:
  production 198.51.100.71 and 198.51.100.72
  test 198.51.100.79

Contact: Priya Shah, 0118 949 6032 (UK)

Regards,
Priya Shah
Thames Valley Data Ltd, Reading
""",
        },
    ),
    case(
        "q038-bv-apple-ipv6-test",
        "Belgian-Dutch B.V. from Apple Mail, English; IPv4 production and an IPv6 test address",
        Style.FOREIGN_ENGLISH,
        L(
            [FEED],
            "Schelde Nieuws Media B.V.",
            None,
            None,
            ["192.0.2.241", "192.0.2.242"],
            ["2001:db8:5c::e1"],
            "Pieter Janssens",
            "pieter@scheldenieuws.example",
            "+32475123456",
        ),
        **{
            "from": "Pieter Janssens <pieter@scheldenieuws.example>",
            "subject": "Access request results feed",
            "headers": [("X-Mailer", "Apple Mail (2.3696.120.41.1.1)")],
            "body": """Hi there,

Schelde Nieuws Media B.V. would like access to the election results XML feed.

Production: 192.0.2.241 + 192.0.2.242
Test (IPv6 only): 2001:db8:5c::e1

Questions to me: Pieter Janssens, +32 475 12 34 56

Sent from my iPad
""",
        },
    ),
    case(
        "q039-databox-university-docx",
        "Data-box message from a Czech university faculty, the application in a DOCX with a "
        "table and the researcher as contact; the annotation names the project",
        Style.DATABOX,
        L(
            [FEED],
            "Pražská vysoká škola mediálních studií, o.p.s.",
            "24173851",
            "u4hfk9c",
            ["198.18.200.40", "198.18.200.41"],
            ["198.18.200.42"],
            "Ondřej Beneš",
            "benes@ujak-research.example",
            "+420267199314",
        ),
        **{
            "subject": "Žádost o přístup k výsledkům voleb – výzkumný projekt VOLBY23",
            "databox": {
                "box": "u4hfk9c",
                "sender": "Pražská vysoká škola mediálních studií, o.p.s.",
                "address": "Koněvova 141, 130 00 Praha 3",
            },
            "attachments": [
                (
                    "docx",
                    "zadost_VOLBY23.docx",
                    {
                        "footer": "Pražská vysoká škola mediálních studií, o.p.s., IČO 24173851",
                        "blocks": [
                            "Věc: žádost o přístup k vyhrazenému serveru s výsledky voleb",
                            "Pro výzkumný projekt VOLBY23 (modelování průběhu sčítání) žádáme "
                            "o přístup k serveru s výsledky ve formátu XML.",
                            {
                                "rows": [
                                    ["Role", "IP adresa"],
                                    ["ostrý provoz", "198.18.200.40"],
                                    ["ostrý provoz", "198.18.200.41"],
                                    ["testování", "198.18.200.42"],
                                ]
                            },
                            "Řešitel a kontaktní osoba: Mgr. Ondřej Beneš, Ph.D., "
                            "tel. 267 199 314, benes@ujak-research.example",
                        ],
                    },
                )
            ],
        },
    ),
    case(
        "q040-austrian-newspaper-pdf-letter",
        "Austrian daily GmbH sends a signed PDF letter in English; the e-mail body only "
        "introduces it; the letter names a contact other than the sender",
        Style.ATTACHMENT,
        L(
            [FEED],
            "Tiroler Morgenpost GmbH",
            None,
            None,
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.35"],
            "Anna Mayr",
            "a.mayr@morgenpost-tirol.example",
            "+43512204477",
        ),
        **{
            "from": "Sekretariat Chefredaktion <sekretariat@morgenpost-tirol.example>",
            "subject": "Application Tiroler Morgenpost - election results server",
            "body": """Dear Sir or Madam,

on behalf of our editor-in-chief please find attached our application
(PDF).

Kind regards
Sekretariat der Chefredaktion
""",
            "attachments": [
                (
                    "pdf",
                    "Tiroler_Morgenpost_application.pdf",
                    [
                        "Tiroler Morgenpost GmbH, Maria-Theresien-Straße 7, 6020 Innsbruck",
                        "Application for access to the election results XML server",
                        "We kindly ask for access for the following addresses:",
                        {
                            "rows": [
                                ["Production", "203.0.113.30, 203.0.113.31"],
                                ["Test", "203.0.113.35"],
                            ],
                            "widths": [100, 200],
                        },
                        "Contact person: Anna Mayr, online desk, a.mayr@morgenpost-tirol."
                        "example, phone +43 512 204477",
                        "Innsbruck, 1 December 2022\nDr. Thomas Eder, Editor-in-Chief",
                    ],
                )
            ],
        },
    ),
    case(
        "q041-llc-both-contact-not-signer",
        "American LLC documentary team: filming plus feed; the signer is the executive producer, "
        "the named contact is the fixer; crew with passport numbers",
        Style.CREW_LIST,
        L(
            [FEED, REC],
            "Prairie Lens Films LLC",
            None,
            None,
            ["198.51.100.180"],
            [],
            "Jitka Horáková",
            "jitka.horakova@fixczech.example",
            "+420604228716",
        ),
        **{
            "from": "Dana Whitfield <dana@prairielens.example>",
            "subject": "Prairie Lens Films LLC - filming at collection point + results feed",
            "body": """Dear Czech Statistical Office,

Prairie Lens Films LLC (Omaha, Nebraska) is shooting a documentary on
European elections. We would like to:

- film the arrival of results at a collection point in Prague on the
  night of the first round;
- take the results from your XML server during the night for an on-screen
  graphic; our render server is 198.51.100.180 (no test machine).

Crew (all US citizens):
  Dana Whitfield, executive producer, passport 561234877
  Marcus Reed, director of photography, passport 561998201
  Jitka Horáková, local producer (Czech)

Our local producer Jitka Horáková is the contact for this request:
jitka.horakova@fixczech.example, +420 604 228 716.

Best regards,
Dana Whitfield
Executive Producer, Prairie Lens Films LLC
""",
        },
    ),
    case(
        "q042-spj-branch-flowed",
        "Czech organizační složka of a Polish Sp. j. software house, Thunderbird format=flowed "
        "with the roles sentence wrapped across lines; IČO of the branch",
        Style.CZECH_BRANCH,
        L(
            [FEED],
            "Kartografia Cyfrowa Nowak i Syn Sp. j., organizační složka",
            "06682413",
            None,
            ["198.18.5.50", "198.18.5.51"],
            ["198.18.5.59"],
            "Jan Kubiczek",
            "jan.kubiczek@kartocyfra.example",
            "+420725300861",
        ),
        **{
            "from": "Jan Kubiczek <jan.kubiczek@kartocyfra.example>",
            "subject": "Žádost o přístup k XML serveru",
            "headers": [("User-Agent", "Mozilla Thunderbird 102.5.0")],
            "flowed": True,
            "body": (
                "Dobrý den,\n"
                "\n"
                "jménem společnosti Kartografia Cyfrowa Nowak i Syn Sp. j., organizační \n"
                "složka (IČO 06682413, Karviná) žádáme o přístup k serveru s výsledky. \n"
                "Volební mapy pro naše zákazníky poběží ze serverů 198.18.5.50 a \n"
                "198.18.5.51, které jsou pro ostrý provoz, zatímco 198.18.5.59 je jen \n"
                "testovací a můžete ho v den voleb odpojit.\n"
                "\n"
                "Kontakt: Jan Kubiczek, 725 300 861\n"
                "\n"
                "Jan Kubiczek\n"
                "vedoucí organizační složky\n"
            ),
        },
    ),
]
