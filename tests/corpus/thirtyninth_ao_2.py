"""Thirty-ninth held-out part ``ao``, cases ao015–ao028: a Swedish radio, a Czech-English mix
with IPv6 production addresses, a two-line note, filming left for a later election, a
conditional filming request with an abbreviated range, a university's data message with an
XLSX, a forward from IT attached as a message, a reply to the office's query, a signed
municipal mail with a /30 block and a box ID in the signature, ODT and RTF forms, internal hosts
behind NAT, an Austrian agency's dash range and a freelancer's data message. Written by hand
apart from the extraction rules (see make_thirtyninth_ao); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyninth_ao_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I16, I17, I18, I19 = ico("0941723"), ico("2873016"), ico("4401958"), ico("2918374")
I20, I21, I22, I23 = ico("0061857"), ico("2656041"), ico("0814396"), ico("0027648")
I24, I25, I26, I28 = ico("7180452"), ico("2594610"), ico("4629107"), ico("8803147")

CASES: list[dict[str, Any]] = [
    {
        "id": "ao015-swedish-radio-miljo",
        "description": "Swedish radio writing Swedish: 'produktionsmiljö' and 'testmiljö', "
        "filming not applied for",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordlig Radio AB",
            None,
            None,
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.88"],
            "Erik Lindqvist",
            "erik.lindqvist@nordligradio.example",
            "+46703124481",
        ),
        "from": "Erik Lindqvist <erik.lindqvist@nordligradio.example>",
        "subject": "Ansökan om åtkomst till valresultat i XML-format",
        "headers": APPLE,
        "body": (
            "Hej,\n\n"
            "Nordlig Radio AB (org.nr 556712-4410, Umeå) rapporterar om valet i Tjeckien och "
            "ansöker härmed om åtkomst till de preliminära valresultaten i XML-format.\n\n"
            "Produktionsmiljö: 198.51.100.80 och 198.51.100.81\n"
            "Testmiljö: 198.51.100.88\n\n"
            "Vi ansöker inte om filmtillstånd den här gången.\n\n"
            "Kontaktperson: Erik Lindqvist, mobil +46 70 312 44 81\n\n"
            "Med vänliga hälsningar\nErik Lindqvist\nTeknisk producent, Nyheter\n"
            "Nordlig Radio AB | växel +46 90 17 50 00\n"
        ),
    },
    {
        "id": "ao016-czenglish-ipv6-production",
        "description": "Czech-English mix from a news site's developer: production IPv4 and "
        "an IPv6 written uncompressed, one test address",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Datanews CZ s.r.o.",
            I16,
            None,
            ["203.0.113.90", "2001:db8:cafe::90"],
            ["203.0.113.99"],
            "Ondřej Bartoš",
            "ondrej.bartos@datanews.example",
            "+420720611380",
        ),
        "from": "Ondřej Bartoš <ondrej.bartos@datanews.example>",
        "subject": "Request: XML feed access – Datanews CZ",
        "headers": K9,
        "body": (
            "Hi,\n\n"
            "posílám request za Datanews CZ s.r.o. (IČO "
            f"{I16}), we'd like access to the election results XML feed for our live "
            "dashboard.\n\n"
            "Production: 203.0.113.90 + 2001:db8:cafe:0:0:0:0:90 (dual stack, same box)\n"
            "Test/staging: 203.0.113.99\n\n"
            "Contact: me, Ondřej Bartoš, +420 720 611 380. Kdyby něco, klidně volejte, "
            "I'm usually online until late.\n\n"
            "Cheers,\nOndra\n--\nOndřej Bartoš | lead dev | Datanews CZ\n"
        ),
    },
    {
        "id": "ao017-two-line-note-abbrev",
        "description": "two lines from Seznam (iso-8859-2) with 'Prod' and 'tst'; company "
        "and IČ only in the signature",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Zpravodaj Litomyšlska s.r.o.",
            I17,
            None,
            ["192.0.2.15"],
            ["192.0.2.16"],
            "Jaroslav Mareš",
            "mares@zpravodajlit.example",
            "+420739204118",
        ),
        "from": "Jaroslav Mareš <mares@zpravodajlit.example>",
        "subject": "volby xml",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den, prosím o přístup k XML. Prod 192.0.2.15, tst 192.0.2.16.\n"
            "Dík\n\n"
            "--\nJaroslav Mareš\nZpravodaj Litomyšlska s.r.o., IČ: "
            f"{I17}\n739 204 118\n"
        ),
    },
    {
        "id": "ao018-filming-for-later-election",
        "description": "feed now; filming mentioned only for next year's regional election, "
        "to be applied for separately",
        "style": Style.LATER,
        "labels": L(
            [FEED],
            "Jihomoravský večerník a.s.",
            I18,
            None,
            ["198.51.100.130"],
            [],
            "Dagmar Pokorná",
            "pokorna@jmvecernik.example",
            "+420543211907",
        ),
        "from": "Dagmar Pokorná <pokorna@jmvecernik.example>",
        "subject": "Přístup k výsledkům voleb – Jihomoravský večerník",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            f"Jihomoravský večerník a.s., IČO {I18}, žádá o přístup k výsledkům "
            "nadcházejících voleb ve formátu XML z adresy 198.51.100.130. Testovací adresu "
            "nepotřebujeme, zkoušet budeme z téhož serveru.\n\n"
            "Pro krajské volby v příštím roce bychom rádi požádali i o povolení natáčet na "
            "sběrném místě v Brně – to ale pošleme zvlášť, až bude znám termín.\n\n"
            "Kontaktní osoba: Dagmar Pokorná, tel. 543 211 907\n\n"
            "S pozdravem\nDagmar Pokorná\nonline editorka\n"
        ),
    },
    {
        "id": "ao019-conditional-filming-short-range",
        "description": "filming asked for on a condition (if operations allow): still asked; "
        "production as an abbreviated range 'až .112'",
        "style": Style.CONDITIONAL,
        "labels": L(
            [FEED, FILM],
            "Haná Media s.r.o.",
            I19,
            None,
            ["203.0.113.110", "203.0.113.111", "203.0.113.112"],
            ["203.0.113.119"],
            "Vít Hanzelka",
            "hanzelka@hanamedia.example",
            "+420585311472",
        ),
        "from": "Vít Hanzelka <hanzelka@hanamedia.example>",
        "subject": "Žádost o XML výsledky a případné natáčení – Haná Media",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"společnost Haná Media s.r.o. (IČO {I19}), provozovatel webu hanadnes.example "
            "a regionální televize, žádá o zřízení přístupu k výsledkům voleb ve formátu "
            "XML.\n\n"
            "Produkční adresy: 203.0.113.110 až .112\n"
            "Testovací adresa: 203.0.113.119\n\n"
            "Rádi bychom také natáčeli na sběrném místě v Olomouci – pokud to provoz "
            "sběrného místa dovolí; kdyby to nešlo, samozřejmě pochopíme. Přišli bychom "
            "nejvýše dva.\n\n"
            "Kontaktní osoba: Vít Hanzelka, 585 311 472\n\n"
            "S pozdravem\nVít Hanzelka\nvedoucí zpravodajství\n"
        ),
    },
    {
        "id": "ao020-databox-university-xlsx",
        "description": "a university's data message; details only in an XLSX with two sheets "
        "and a row of internal addresses not to be entered",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Slezská technická univerzita v Opavě",
            I20,
            "s9tu2vx",
            ["198.51.100.200", "198.51.100.201"],
            ["198.51.100.210"],
            "Kateřina Bílková",
            "bilkova@stuo.example",
            "+420553684122",
        ),
        "subject": "Žádost o přístup k datům voleb pro výzkumný projekt (údaje v příloze)",
        "databox": {
            "box": "s9tu2vx",
            "sender": "Slezská technická univerzita v Opavě",
            "address": "Univerzitní náměstí 3, 746 01 Opava",
        },
        "attachments": [
            (
                "xlsx",
                "STUO_volby_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Údaj"],
                            ["Žadatel", "Slezská technická univerzita v Opavě"],
                            ["Pracoviště", "Ústav datové žurnalistiky"],
                            ["IČO", I20],
                            ["Předmět", "přístup k výsledkům voleb (XML)"],
                            ["Kontaktní osoba", "Ing. Kateřina Bílková, Ph.D."],
                            ["E-mail", "bilkova@stuo.example"],
                            ["Telefon", "+420 553 684 122"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "Adresa", "Poznámka"],
                            ["produkční", "198.51.100.200", "sběr dat"],
                            ["produkční", "198.51.100.201", "zrcadlo"],
                            ["testovací", "198.51.100.210", ""],
                            ["interní", "10.14.2.20", "jen pro informaci, nepovolovat"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ao021-forward-it-message-attached",
        "description": "an editor forwards IT's mail as an attached message: addresses there, "
        "the applicant and the named contact (the IT man) in the editor's text",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Valašský týdeník s.r.o.",
            I21,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Roman Trčka",
            "roman.trcka@valassky.example",
            "+420605338120",
        ),
        "from": "Marcela Hudcová <hudcova@valassky.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"Valašský týdeník s.r.o., IČO {I21}, žádá o přístup k výsledkům voleb ve "
            "formátu XML. Adresy serverů posílám v přeposlané zprávě od našeho IT. "
            "Kontaktní osobou pro tuto žádost je Roman Trčka "
            "(roman.trcka@valassky.example, 605 338 120).\n\n"
            "Děkuji\nMarcela Hudcová\nšéfredaktorka, tel. 571 611 402\n"
        ),
        "attachments": [
            (
                "eml",
                "adresy pro ČSÚ.eml",
                {
                    "id": "ao021-inner",
                    "from": "Roman Trčka <roman.trcka@valassky.example>",
                    "to": "Marcela Hudcová <hudcova@valassky.example>",
                    "subject": "adresy pro ČSÚ",
                    "body": (
                        "Ahoj Marcelo,\n\npro tu žádost na ČSÚ: ostrý server 192.0.2.220, "
                        "testovací 192.0.2.221 (ten je dočasný, po volbách ho zrušíme).\n\n"
                        "R.\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ao022-reply-to-office-query",
        "description": "reply to the office's query adds the test address and phone; the "
        "applicant's quoted original holds the rest; the office's phone in the quote",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zlínský portál s.r.o.",
            I22,
            None,
            ["198.51.100.120"],
            ["198.51.100.122"],
            "Pavel Sýkora",
            "sykora@zlinskyportal.example",
            "+420608447291",
        ),
        "from": "Pavel Sýkora <sykora@zlinskyportal.example>",
        "subject": "Re: Re: Žádost o přístup k XML – doplnění",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\ndoplňuji: testovací adresa bude 198.51.100.122, můj telefon "
            "608 447 291. Ostatní platí podle původní žádosti níže.\n\nPavel Sýkora\n\n"
            "Dne 10.09.2026 09:12, podatelna@czso.cz napsal:\n"
            "> Dobrý den,\n"
            "> ve Vaší žádosti chybí testovací IP adresa (pokud ji budete používat) a\n"
            "> telefon kontaktní osoby. Prosíme o doplnění.\n"
            "> S pozdravem\n"
            "> podatelna ČSÚ, tel. 274 052 733\n"
            ">\n"
            "> Dne 9.09.2026 16:40, Pavel Sýkora napsal:\n"
            ">> Dobrý den,\n"
            f">> Zlínský portál s.r.o., IČO {I22}, žádá o přístup k výsledkům voleb\n"
            ">> ve formátu XML. Produkční adresa: 198.51.100.120.\n"
            ">> Kontakt: Pavel Sýkora, sykora@zlinskyportal.example\n"
            ">> Pavel Sýkora\n"
        ),
    },
    {
        "id": "ao023-signed-municipal-cidr-box-in-signature",
        "description": "S/MIME-signed mail from a town: feed and filming, production as a /30, "
        "no test address, the town's box ID in the signature",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED, FILM],
            "Město Nové Hrady nad Jizerou",
            I23,
            "nh7jz2c",
            ["203.0.113.32", "203.0.113.33", "203.0.113.34", "203.0.113.35"],
            [],
            "Lenka Pštrossová",
            "pstrossova@novehrady-nj.example",
            "+420481700213",
        ),
        "from": "Lenka Pštrossová <pstrossova@novehrady-nj.example>",
        "subject": "Žádost města Nové Hrady nad Jizerou – výsledky voleb a natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "Město Nové Hrady nad Jizerou provozuje městskou televizi a zpravodajský portál. "
            "Žádáme o:\n"
            "1. přístup k výsledkům voleb ve formátu XML z bloku 203.0.113.32/30 (testovací "
            "adresu nemáme, testovat budeme z produkce),\n"
            "2. povolení pro štáb městské televize natáčet na sběrném místě v Liberci.\n\n"
            "Kontaktní osobou je tisková mluvčí Bc. Lenka Pštrossová, tel. +420 481 700 213.\n\n"
            "S pozdravem\n\n"
            "Bc. Lenka Pštrossová\ntisková mluvčí\nMěsto Nové Hrady nad Jizerou\n"
            f"Masarykovo nám. 1, 512 41 Nové Hrady nad Jizerou\nIČO: {I23} | ID DS: nh7jz2c\n"
        ),
    },
    {
        "id": "ao024-odt-form-checkboxes-dash-name",
        "description": "freelancer's ODT form with ticked and unticked boxes; a person's name "
        "joined to her trade name by a dash",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Lucie Bendová – Podřipský zpravodaj",
            I24,
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Lucie Bendová",
            "lucie@podripsky.example",
            "+420721400936",
        ),
        "from": "Lucie Bendová <lucie@podripsky.example>",
        "subject": "formulář – volby",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nv příloze vyplněný formulář.\nLucie Bendová\n",
        "attachments": [
            (
                "odt",
                "formular_volby.odt",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / O POVOLENÍ NATÁČENÍ",
                    [
                        ["Žadatel", "Lucie Bendová – Podřipský zpravodaj"],
                        ["IČO", f"{I24[:4]} {I24[4:]}"],
                        ["Žádám o", "[x] přístup k výsledkům (XML)   [ ] povolení natáčet"],
                        ["Produkční IP", "192.0.2.240"],
                        ["Testovací IP", "192.0.2.241"],
                        ["Kontaktní osoba", "Lucie Bendová"],
                        ["E-mail", "lucie@podripsky.example"],
                        ["Telefon", "721 400 936"],
                    ],
                    "Roudnice nad Labem 3. 9. 2026",
                ],
            )
        ],
    },
    {
        "id": "ao025-rtf-form-yes-no-film-only",
        "description": "RTF form with ANO/NE column: XML NE, filming ANO; address rows dashes",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "TV Vysočina Plus s.r.o.",
            I25,
            None,
            [],
            [],
            "Aleš Kratochvíl",
            "kratochvil@tvvysocinaplus.example",
            "+420567304815",
        ),
        "from": "Recepce TV Vysočina Plus <recepce@tvvysocinaplus.example>",
        "subject": "Žádost – formulář",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nna žádost pana Kratochvíla zasíláme vyplněný formulář.\n\n"
            "Recepce TV Vysočina Plus\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_TVVP.rtf",
                [
                    "Žádost médií – volby",
                    [
                        ["Žadatel", f"TV Vysočina Plus s.r.o., IČO {I25}"],
                        ["Přístup k výsledkům voleb (XML)", "NE"],
                        ["Povolení natáčet na sběrném místě (Jihlava)", "ANO"],
                        ["Produkční IP adresy", "—"],
                        ["Testovací IP adresy", "—"],
                        ["Kontaktní osoba", "Aleš Kratochvíl, vedoucí štábu"],
                        ["E-mail / telefon", "kratochvil@tvvysocinaplus.example / 567 304 815"],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ao026-html-internal-hosts-behind-nat",
        "description": "Outlook HTML table with internal addresses beside the public NAT "
        "addresses; only the public ones are to be allowed",
        "style": Style.INTERNAL,
        "labels": L(
            [FEED],
            "Rádio Slovácko, spol. s r.o.",
            I26,
            None,
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Miroslav Šupálek",
            "supalek@radioslovacko.example",
            "+420572533017",
        ),
        "from": "Šupálek Miroslav <supalek@radioslovacko.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1250"></head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Rádio Slovácko, spol. s r.o., IČO '
            f"{I26}, žádá o přístup k výsledkům voleb ve formátu XML. Naše stroje:</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            "<tr><td><b>Server</b></td><td><b>Interní IP</b></td>"
            "<td><b>Veřejná IP (NAT)</b></td></tr>"
            "<tr><td>stahovač – produkce</td><td>10.20.0.5</td><td>203.0.113.88</td></tr>"
            "<tr><td>stahovač – test</td><td>10.20.0.6</td><td>203.0.113.89</td></tr>"
            "</table>"
            '<p class="MsoNormal">Povolte prosím jen veřejné adresy, interní uvádím jen pro '
            "úplnost.</p>"
            '<p class="MsoNormal">S pozdravem<br>Miroslav Šupálek<br>technik, Rádio '
            "Slovácko<br>tel. 572 533 017</p></div></body></html>"
        ),
    },
    {
        "id": "ao027-austrian-agency-dash-range",
        "description": "Vienna agency writing English: a production range '100-103' of four, "
        "test single, mobile in the signature",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Donau Nachrichtendienst GmbH",
            None,
            None,
            ["198.51.100.100", "198.51.100.101", "198.51.100.102", "198.51.100.103"],
            ["198.51.100.104"],
            "Florian Gruber",
            "f.gruber@donau-nd.example",
            "+436642183390",
        ),
        "from": '"Mag. Florian Gruber" <f.gruber@donau-nd.example>',
        "subject": "Access to Czech election results XML – Donau Nachrichtendienst",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Donau Nachrichtendienst GmbH, a Vienna-based news agency (FN 402817 h), would "
            "like to apply for access to the election results XML feed.\n\n"
            "Production range: 198.51.100.100-103\n"
            "Test: 198.51.100.104\n\n"
            "I am the contact person for this request.\n\n"
            "Kind regards / Mit freundlichen Grüßen\n"
            "Mag. Florian Gruber\nHead of Data Desk\nDonau Nachrichtendienst GmbH\n"
            "Mobile +43 664 218 3390 | Office +43 1 532 1860\n"
        ),
    },
    {
        "id": "ao028-databox-freelancer-film-only-pdf",
        "description": "a freelancer's data message (PFO box), application only in a PDF: "
        "filming only, the feed declined",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Radim Šťastný",
            I28,
            "r5st8ny",
            [],
            [],
            "Radim Šťastný",
            "radim@stastnyfoto.example",
            "+420776230418",
        ),
        "subject": "Žádost o povolení natáčení ve volební noc – viz příloha",
        "databox": {
            "box": "r5st8ny",
            "sender": "Radim Šťastný",
            "address": "Lipová 8, 586 01 Jihlava",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "zadost_natáčení.pdf",
                [
                    f"Radim Šťastný, fotograf a kameraman, Lipová 8, 586 01 Jihlava, IČO {I28}",
                    "Věc: žádost o povolení natáčení",
                    "Žádám o povolení natáčet a fotografovat na sběrném místě ČSÚ v Jihlavě "
                    "během volební noci pro reportáž, kterou připravuji na zakázku. O přístup "
                    "k výsledkům ve formátu XML nežádám.",
                    "Kontakt: radim@stastnyfoto.example, 776 230 418",
                    "Radim Šťastný",
                ],
            )
        ],
    },
]
