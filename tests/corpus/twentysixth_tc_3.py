"""Twentysixth held-out part ``tc``, cases tc029–tc042: a research institute's data message
with an RTF table, a terse English note from a wire service with a /30, a radio with a
temporary rented host, an internal VPN address and a contact who is replaced, a publisher's
PDF with wrapped table cells, a foreign IT contractor writing English with an IPv6 /127, Slovak
TV asking only to film, Italian with "rispettivamente", a village's data message with the
application in the annotation, a reply that corrects the phone of the quoted original, a German
agency with a written range and a version number, a two-line note, a dotted netmask after a
slash, a Norwegian paper with a reserve server and an agency's data message with only an XLSX.
Written by hand apart from the extraction rules (see make_twentysixth_tc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysixth_tc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I31, I32, I33 = ico("6808143"), ico("2684017"), ico("4906728"), ico("2815539")
I36, I37, I39, I40, I42 = (
    ico("0028201"),
    ico("2472513"),
    ico("3104488"),
    ico("2290715"),
    ico("6340118"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "tc029-institute-databox-rtf",
        "description": "a public research institute's data message with a short annotation; "
        "the application in an RTF letter with a host/IP/role table; a named analyst as contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Institut regionálních studií, v. v. i.",
            I29,
            "r6tn4ju",
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.139"],
            "Adéla Šťastná",
            "stastna@irs.example",
            "+420267110452",
        ),
        "subject": "IRS v. v. i. – žádost o přístup k serveru výsledků voleb",
        "databox": {
            "box": "r6tn4ju",
            "sender": "Institut regionálních studií, v. v. i.",
            "address": "Politických vězňů 7, 110 00 Praha 1",
        },
        "attachments": [
            (
                "rtf",
                "IRS_zadost_CSU.rtf",
                [
                    "Institut regionálních studií, v. v. i.\nPolitických vězňů 7, 110 00 Praha 1"
                    f"\nIČO {I29}",
                    "Český statistický úřad, odbor informatiky\nNa padesátém 81, 100 82 Praha 10",
                    "Žádost o přístup k serveru s výsledky voleb",
                    "Pro projekt Volební geografie 2025 (TA ČR, reg. č. TL05000412) žádáme o "
                    "přístup k XML výstupům s průběžnými výsledky. Přistupovat budeme z "
                    "následujících strojů:",
                    [
                        ["Server", "IP adresa", "Role"],
                        ["vyp01", "198.51.100.130", "produkční"],
                        ["vyp02", "198.51.100.131", "produkční"],
                        ["dev01", "198.51.100.139", "test"],
                    ],
                    "Kontaktní osoba: Mgr. Adéla Šťastná, Ph.D., analytička, tel. 267 110 452, "
                    "stastna@irs.example",
                    "prof. Ing. Bohumil Tichý, DrSc.\nředitel",
                ],
            )
        ],
    },
    {
        "id": "tc030-wire-terse-english-cidr",
        "description": "a wire service's three-line English note: production as a /30, a "
        "single test address, filming declined in two words, the name only in the signature",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Nordic Wire Service",
            None,
            None,
            ["198.51.100.128", "198.51.100.129", "198.51.100.130", "198.51.100.131"],
            ["198.51.100.140"],
            "Jonas Berg",
            "jonas.berg@nordicwire.example",
            "+420720555019",
        ),
        "from": "Jonas Berg <jonas.berg@nordicwire.example>",
        "subject": "XML feed – election",
        "headers": MAC_OUTLOOK,
        "body": (
            "Hi, pls set up the XML results feed for us for the election.\n"
            "Prod 198.51.100.128/30\n"
            "Test 198.51.100.140\n"
            "No filming.\n"
            "Ta, Jonas\n\n"
            "--\n"
            "Jonas Berg | Nordic Wire Service | Prague bureau | +420 720 555 019\n"
        ),
    },
    {
        "id": "tc031-radio-temporary-host-replaced-contact",
        "description": "a rented temporary host is the production address, an internal VPN "
        "address not to be entered, and the contact replaced by a colleague named with his "
        "own phone; the signer is the outgoing contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Rádio Metropole Sever, s.r.o.",
            I31,
            None,
            ["203.0.113.190", "203.0.113.191"],
            ["203.0.113.199"],
            "Petr Kos",
            "kos@metropolesever.example",
            "+420602447190",
        ),
        "from": "Jana Veselá <vesela@metropolesever.example>",
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "Rádio Metropole Sever, s.r.o., IČO "
            f"{I31[:3]} {I31[3:5]} {I31[5:]}, žádá o přístup k serveru s výsledky\n"
            "voleb (XML).\n\n"
            "Na volební víkend si u poskytovatele pronajímáme dočasný server s adresou\n"
            "203.0.113.190, po volbách jej zrušíme – tuto adresu prosím uveďte jako produkční.\n"
            "Dlouhodobě běžící záložní server má 203.0.113.191. Testovat budeme z\n"
            "203.0.113.199.\n\n"
            "Interní adresu 172.16.4.10, kterou možná uvidíte v logu z našeho VPN testu,\n"
            "prosím nezadávejte – ven jdeme vždy přes adresy výše.\n\n"
            "Kontaktní osobou jsem původně měla být já, ale od října jsem na mateřské; po celou\n"
            "dobu voleb mě zastupuje kolega Petr Kos, tel. 602 447 190,\n"
            "kos@metropolesever.example. Prosím obracejte se na něj.\n\n"
            "S pozdravem\n"
            "Mgr. Jana Veselá\n"
            "vedoucí zpravodajství (do 30. 9.)\n"
            "tel. 602 118 335\n"
        ),
    },
    {
        "id": "tc032-publisher-pdf-wrapped-cells",
        "description": "a regional publisher's PDF letter with narrow table cells that wrap "
        "the role labels; feed and filming; an IT head named as contact, an assistant sends it",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED, FILM],
            "Jihočeská vydavatelská, a.s.",
            I32,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.138"],
            "Roman Kalina",
            "kalina@jcvydavatelska.example",
            "+420389117240",
        ),
        "from": "Markéta Dušková <duskova@jcvydavatelska.example>",
        "subject": "Žádost Jihočeské vydavatelské – volby 2025",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám žádost naší společnosti (přístup k výsledkům a natáčení).\n\n"
            "Markéta Dušková\n"
            "asistentka představenstva\n"
            "Jihočeská vydavatelská, a.s.\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_JCV_volby2025.pdf",
                [
                    "Jihočeská vydavatelská, a.s.\nvydavatel titulů Budějovický večerník a "
                    f"Táborské listy\nLannova 18, 370 01 České Budějovice, IČO {I32}",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Vážení,",
                    "obě naše redakce budou v den voleb do Poslanecké sněmovny zveřejňovat "
                    "průběžné výsledky za Jihočeský kraj. Žádáme proto o přístup k serveru s "
                    "výsledky ve formátu XML z níže uvedených adres. Současně žádáme o "
                    "povolení natáčení ve sběrném místě v Českých Budějovicích pro naši "
                    "video redakci.",
                    {
                        "rows": [
                            ["Prostředí", "IP adresa", "Umístění"],
                            [
                                "Produkční server (primární lokalita)",
                                "203.0.113.130",
                                "datacentrum České Budějovice, rack 14",
                            ],
                            [
                                "Produkční server (sekundární lokalita)",
                                "203.0.113.131",
                                "serverovna Tábor",
                            ],
                            [
                                "Testovací prostředí (staging)",
                                "203.0.113.138",
                                "serverovna Tábor",
                            ],
                        ],
                        "widths": [80, 90, 90],
                    },
                    "Kontaktní osoba: Ing. Roman Kalina, vedoucí IT, tel. +420 389 117 240, "
                    "kalina@jcvydavatelska.example",
                    "Ing. Miroslav Jelínek\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "tc033-foreign-contractor-ipv6-127",
        "description": "a UK contractor writes English for a Czech paper: production with a "
        "short second address ('.211'), an internal /24 not relevant, a test IPv6 /127 block, "
        "their engineer named as contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Krkonošský deník, s.r.o.",
            I33,
            None,
            ["203.0.113.210", "203.0.113.211"],
            ["2001:db8:77::a", "2001:db8:77::b"],
            "Daniel Kovář",
            "daniel.kovar@bytefield.example",
            "+442079460321",
        ),
        "from": "Sarah Mitchell <sarah.mitchell@bytefield.example>",
        "subject": "XML results feed access – Krkonošský deník",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "On behalf of our client Krkonošský deník, s.r.o. (IČO "
            f"{I33}) we would like to request\n"
            "access to the election results XML feed.\n\n"
            "Production hosts: 203.0.113.210 and .211 (public, behind our load balancer; the\n"
            "internal range 10.8.0.0/24 is not relevant to you)\n"
            "Test: IPv6 block 2001:db8:77::a/127\n\n"
            "Please direct all technical correspondence to our engineer Daniel Kovář, who is\n"
            "the contact for this application: daniel.kovar@bytefield.example,\n"
            "+44 20 7946 0321.\n\n"
            "Kind regards,\n"
            "Sarah Mitchell\n"
            "Account Manager, Bytefield Ltd.\n"
            "Company No. 09876543 | 71 Shelton Street, London WC2H 9JQ\n"
        ),
    },
    {
        "id": "tc034-slovak-tv-html-film-only",
        "description": "HTML-only Slovak mail: filming only, the XML access explicitly not "
        "asked for, a Slovak mobile",
        "style": Style.HTML,
        "labels": L(
            [FILM],
            "TV Západ, s. r. o.",
            None,
            None,
            [],
            [],
            "Lenka Horváthová",
            "horvathova@tvzapad.example",
            "+421905318442",
        ),
        "from": "Lenka Horváthová <horvathova@tvzapad.example>",
        "subject": "Žiadosť o povolenie nakrúcania – voľby v ČR",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý deň,</div><div><br></div>'
            "<div>televízia <b>TV Západ, s. r. o.</b> (Nitra) pripravuje reportáž o "
            "parlamentných voľbách v Českej republike. Žiadame o povolenie na nakrúcanie v "
            "zbernom mieste ČSÚ v Prahe v noci z 3. na 4. októbra (kameraman a redaktorka).</div>"
            "<div><br></div><div>O prístup k XML výsledkom nežiadame, nepotrebujeme ho.</div>"
            "<div><br></div><div>Ďakujem,</div><div>Lenka Horváthová<br>redaktorka, TV Západ"
            "<br>+421 905 318 442</div></div>"
        ),
    },
    {
        "id": "tc035-italian-rispettivamente",
        "description": "Italian news network writing Italian: production and test by "
        "'rispettivamente', then an extra reserve production server; filming not requested; "
        "an 11-digit P.IVA",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rete Adriatica Notizie S.r.l.",
            None,
            None,
            ["192.0.2.171", "192.0.2.173"],
            ["192.0.2.172"],
            "Giulia Ferraro",
            "g.ferraro@retenotizie.example",
            "+393472185590",
        ),
        "from": "Giulia Ferraro <g.ferraro@retenotizie.example>",
        "subject": "Richiesta di accesso al server XML dei risultati elettorali",
        "headers": APPLE,
        "body": (
            "Gentili Signore e Signori,\n\n"
            "scrivo per conto di Rete Adriatica Notizie S.r.l. (P.IVA 01234567890) per\n"
            "richiedere l'accesso al server XML dei risultati delle elezioni per la Camera dei\n"
            "deputati. I server di produzione e di test hanno rispettivamente gli indirizzi\n"
            "192.0.2.171 e 192.0.2.172; in aggiunta abbiamo un secondo server di produzione\n"
            "di riserva, 192.0.2.173.\n\n"
            "Non richiediamo l'autorizzazione alle riprese.\n\n"
            "Referente: Giulia Ferraro, cell. +39 347 218 5590, g.ferraro@retenotizie.example\n\n"
            "Cordiali saluti\n"
            "Giulia Ferraro\n"
            "Redazione Esteri – Rete Adriatica Notizie S.r.l., Via Marina 40, 60121 Ancona\n"
        ),
    },
    {
        "id": "tc036-village-databox-annotation",
        "description": "a village's data message: the application in the annotation (IČ, "
        "roles, contact, filming declined), the attached file a council resolution",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED],
            "Obec Horní Rybníky",
            I36,
            "h9cx3mb",
            ["198.51.100.222"],
            ["198.51.100.223"],
            "Jana Šebestová",
            "sebestova@hornirybniky.example",
            "+420734880251",
        ),
        "subject": f"Obec Horní Rybníky, IČ {I36}: žádost o přístup k XML výsledkům voleb. "
        "Produkční IP 198.51.100.222, testovací 198.51.100.223. Kontakt Jana Šebestová, "
        "734 880 251, sebestova@hornirybniky.example. Natáčet letos nebudeme.",
        "databox": {
            "box": "h9cx3mb",
            "sender": "Obec Horní Rybníky",
            "address": "Horní Rybníky 14, 394 56 Horní Rybníky",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "usneseni_rady_45_2025.txt",
                "OBEC HORNÍ RYBNÍKY\n"
                "Usnesení rady obce č. 45/2025 ze dne 25. 8. 2025\n\n"
                "Rada obce Horní Rybníky\n"
                "I. schvaluje zveřejňování výsledků voleb na webu obce\n"
                "II. pověřuje místostarostku Janu Šebestovou podáním žádosti u ČSÚ\n\n"
                "Hlasování: pro 5, proti 0, zdržel se 0\n"
                "Karel Dvořáček, starosta\n",
            )
        ],
    },
    {
        "id": "tc037-reply-corrects-phone",
        "description": "the applicant replies to his own application to correct the phone; "
        "addresses and contact come from the quoted original, the phone from the new text",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Ostravské listy online s.r.o.",
            I37,
            None,
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.99"],
            "Ladislav Mach",
            "mach@ostravskelisty.example",
            "+420605228914",
        ),
        "from": "Ladislav Mach <mach@ostravskelisty.example>",
        "subject": "RE: Žádost o přístup k XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, v původní žádosti (níže) jsem uvedl chybné telefonní číslo.\n"
            "Správně je 605 228 914. Ostatní beze změny.\n\n"
            "Ladislav Mach\n\n"
            "-----Original Message-----\n"
            "From: Ladislav Mach <mach@ostravskelisty.example>\n"
            "Sent: Monday, September 15, 2025 10:02 AM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k XML\n\n"
            "Dobrý den,\n"
            f"Ostravské listy online s.r.o., IČO {I37}, žádají o přístup k XML výsledkům voleb.\n"
            "Produkční: 192.0.2.90, 192.0.2.91\n"
            "Testovací: 192.0.2.99\n"
            "Kontakt: Ladislav Mach, tel. 605 228 419\n\n"
            "Ladislav Mach\n"
            "šéfredaktor\n"
        ),
    },
    {
        "id": "tc038-german-agency-range-version",
        "description": "a German agency writing German: production as a range 'bis', a "
        "four-part schema version number, filming 'nein', a named team lead as contact",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Mitteleuropäische Nachrichtenagentur GmbH",
            None,
            None,
            ["198.51.100.50", "198.51.100.51", "198.51.100.52"],
            ["198.51.100.60"],
            "Felix Brandt",
            "brandt@mena.example",
            "+493020935571",
        ),
        "from": "Claudia Weiß <weiss@mena.example>",
        "subject": "Antrag auf Zugang zum XML-Ergebnisdienst",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "die Mitteleuropäische Nachrichtenagentur GmbH beantragt hiermit den Zugang zu\n"
            "Ihrem XML-Ergebnisdienst für die Wahl zum Abgeordnetenhaus. Ihre\n"
            "Schnittstellenbeschreibung (Schema-Version 2.1.0.4 vom 12.06.2025) haben wir\n"
            "bereits umgesetzt.\n\n"
            "Produktivsysteme: 198.51.100.50 bis 198.51.100.52\n"
            "Testsystem: 198.51.100.60\n"
            "Drehgenehmigung: nein\n\n"
            "Ansprechpartner: Dr. Felix Brandt, Teamleiter Datenjournalismus,\n"
            "+49 30 2093 5571, brandt@mena.example\n\n"
            "Mit freundlichen Grüßen / Kind regards\n"
            "Claudia Weiß\n"
            "Office Management\n"
            "Mitteleuropäische Nachrichtenagentur GmbH · Friedrichstraße 90 · 10117 Berlin\n"
            "Amtsgericht Charlottenburg HRB 187654 B · Zentrale +49 30 2093 5500\n"
        ),
    },
    {
        "id": "tc039-terse-both-ico-dotted",
        "description": "a two-line note from a phone: publisher and title, 'I.Č.' with odd "
        "spacing, feed and filming, roles as 'ostrá'/'testovací' after the address",
        "style": Style.TERSE,
        "labels": L(
            [FEED, FILM],
            "Brdská média s.r.o.",
            I39,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Kamila Rousová",
            "rousova@tydenikbrdy.example",
            "+420607302118",
        ),
        "from": "Kamila Rousová <rousova@tydenikbrdy.example>",
        "subject": "xml + natáčení",
        "headers": IPHONE,
        "body": (
            "Dobrý den, za Týdeník Brdy (vydává Brdská média s.r.o., I.Č. "
            f"{I39[:3]} {I39[3:6]} {I39[6:]}) žádám o XML a o povolení natáčet na sběrném "
            "místě v Příbrami. IP: 192.0.2.120 ostrá, 192.0.2.121 testovací.\n"
            "Díky, Kamila Rousová 607 302 118\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "tc040-slash-netmask-film-dropped",
        "description": "production written as an address with a dotted netmask after a slash "
        "(two addresses), filming considered and dropped, format=flowed",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Zlínský zpravodaj s.r.o.",
            I40,
            None,
            ["192.0.2.8", "192.0.2.9"],
            ["192.0.2.12"],
            "Vojtěch Navrátil",
            "navratil@zlinskyzpravodaj.example",
            "+420577008136",
        ),
        "from": "Vojtěch Navrátil <navratil@zlinskyzpravodaj.example>",
        "subject": "Zlínský zpravodaj – přístup k volebním výsledkům",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            f"Zlínský zpravodaj s.r.o. (IČO {I40}) žádá o přístup k serveru s výsledky \n"
            "voleb ve formátu XML. Produkční stroje máme v segmentu \n"
            "192.0.2.8/255.255.255.254, testovací server je 192.0.2.12.\n\n"
            "O natáčení ve sběrném místě jsme uvažovali, ale nakonec ho nebudeme \n"
            "potřebovat, takže o povolení nežádáme.\n\n"
            "S pozdravem\n"
            "Vojtěch Navrátil\n"
            "IT, Zlínský zpravodaj\n"
            "+420 577 008 136\n"
        ),
    },
    {
        "id": "tc041-norwegian-reserve-both",
        "description": "a Norwegian paper writing Norwegian: feed and filming, a 'reserve' "
        "server counted as production, a nine-digit organisation number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Bergens Dagsavis AS",
            None,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.158"],
            "Kari Nordvik",
            "kari.nordvik@dagsavis.example",
            "+4755214018",
        ),
        "from": "Kari Nordvik <kari.nordvik@dagsavis.example>",
        "subject": "Søknad om tilgang til XML-resultater og filmtillatelse",
        "headers": ROUNDCUBE,
        "body": (
            "Hei,\n\n"
            "Bergens Dagsavis AS dekker valget i Tsjekkia og søker herved om tilgang til\n"
            "XML-resultatserveren deres, samt om tillatelse til å filme ved innsamlingsstedet\n"
            "i Praha på valgnatten.\n\n"
            "produksjon: 203.0.113.150\n"
            "reserve: 203.0.113.151\n"
            "test: 203.0.113.158\n\n"
            "Kontaktperson: Kari Nordvik, +47 55 21 40 18\n\n"
            "Med vennlig hilsen\n"
            "Kari Nordvik\n"
            "utenriksredaksjonen, Bergens Dagsavis AS\n"
            "Org.nr. 987 654 321\n"
        ),
    },
    {
        "id": "tc042-agency-databox-xlsx-yes-no",
        "description": "an agency's data message with a bare annotation; request types as an "
        "ANO/NE column in an XLSX (filming NE), roles in a second block, a contact without +420",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodajská síť Střed, a.s.",
            I42,
            "z5rk8ye",
            ["192.0.2.241", "192.0.2.242"],
            ["192.0.2.249"],
            "Radim Holub",
            "holub@zsstred.example",
            "+420777006512",
        ),
        "subject": "Žádost o přístup – volby do PS 2025",
        "databox": {
            "box": "z5rk8ye",
            "sender": "Zpravodajská síť Střed, a.s.",
            "address": "Husova 9, 586 01 Jihlava",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_ZSS.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Zpravodajská síť Střed, a.s."],
                            ["IČO", I42],
                            [None, None],
                            ["Požadavek", "ANO/NE"],
                            ["Přístup k XML serveru", "ANO"],
                            ["Povolení natáčení", "NE"],
                            [None, None],
                            ["Role", "IP adresa"],
                            ["produkční", "192.0.2.241"],
                            ["produkční", "192.0.2.242"],
                            ["testovací", "192.0.2.249"],
                            [None, None],
                            ["Kontaktní osoba", "Bc. Radim Holub"],
                            ["Telefon", "777 006 512"],
                            ["E-mail", "holub@zsstred.example"],
                        ],
                    }
                ],
            )
        ],
    },
]
