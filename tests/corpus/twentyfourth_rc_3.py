"""Twentyfourth held-out part ``rc``, cases rc029–rc042: a freelancer's data message with the
application only in its annotation, an agency's RTF form with ano/ne columns, roles given by
order ("první … druhá"), a Slovak university that defers the feed, Italian and Danish media, a
contractor's PDF with a version number, a reply completing the quoted original, a long mail
with a named colleague as contact, ranges written in words and with a netmask, a television's
data message with an XLSX form, a bilingual HTML table and a correction within one mail.
Written by hand apart from the extraction rules (see make_twentyfourth_rc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfourth_rc_common import (
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I31 = ico("7622418"), ico("2609351"), ico("0615479")
I32, I34, I34X = ico("0039782"), ico("2873016"), ico("0638120")
I35, I36, I37 = ico("4701563"), ico("2518834"), ico("6427190")
I38, I39, I40 = ico("0271940"), ico("2946603"), ico("0582316")
I42 = ico("2735481")

CASES: list[dict[str, Any]] = [
    {
        "id": "rc029-freelancer-databox-annotation-only",
        "description": "data message from a self-employed journalist's box: the application "
        "only in the annotation, roles abbreviated; the file is his trade-licence extract",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Pavel Doležal",
            I29,
            "h2dm9xe",
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Pavel Doležal",
            "dolezal.pavel@posta.example",
            "+420777213064",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb. Prod. 198.51.100.77, TST "
        "198.51.100.78. Kontakt P. Doležal, 777 213 064, dolezal.pavel@posta.example",
        "databox": {
            "box": "h2dm9xe",
            "sender": "Pavel Doležal",
            "address": "Lipová 7, 779 00 Olomouc",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "vypis_ZR_Dolezal.pdf",
                [
                    "Výpis ze živnostenského rejstříku",
                    {
                        "rows": [
                            ["Jméno a příjmení", "Pavel Doležal"],
                            ["Místo podnikání", "Lipová 7, 779 00 Olomouc"],
                            ["IČO", I29],
                            ["Předmět podnikání", "Vydavatelské činnosti, polygrafická výroba"],
                            ["Vznik oprávnění", "12. 4. 2016"],
                        ]
                    },
                ],
            )
        ],
    },
    {
        "id": "rc030-agency-rtf-ano-ne",
        "description": "a PR and media agency sends an RTF form: request types in an ano/ne "
        "table (filming NE), addresses and contact in a second table",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Mediaservis Kratina & partneři, s.r.o.",
            I30,
            None,
            ["192.0.2.141"],
            ["192.0.2.142"],
            "Hedvika Kratinová",
            "kratinova@mediaservis-kp.example",
            "+420604339180",
        ),
        "from": "Hedvika Kratinová <kratinova@mediaservis-kp.example>",
        "subject": "Vyplněný formulář – přístup k výsledkům",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nzasílám vyplněný formulář za naši agenturu, která zajišťuje "
            "volební zpravodajství pro několik regionálních rádií.\n\nHedvika Kratinová\n"
        ),
        "attachments": [
            (
                "rtf",
                "formular_zadost.rtf",
                [
                    "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB / O POVOLENÍ NATÁČENÍ",
                    [
                        ["Požadavek", "ano", "ne"],
                        ["Přístup k výsledkům ve formátu XML", "X", ""],
                        ["Natáčení / pořizování záznamu na sběrném místě", "", "X"],
                    ],
                    [
                        ["Žadatel", "Mediaservis Kratina & partneři, s.r.o."],
                        ["IČO", I30],
                        ["IP adresa (produkční)", "192.0.2.141"],
                        ["IP adresa (testovací)", "192.0.2.142"],
                        ["Kontaktní osoba", "Hedvika Kratinová"],
                        ["Telefon", "604 339 180"],
                        ["E-mail", "kratinova@mediaservis-kp.example"],
                    ],
                    "Datum: 11. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "rc031-order-first-second",
        "description": "roles only by order: 'první je produkční, druhá testovací' before a "
        "list of two addresses; phone with dashes",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Hlasatel Podluží s.r.o.",
            I31,
            None,
            ["192.0.2.61"],
            ["192.0.2.62"],
            "Libor Šťastný",
            "stastny@hlasatelpodluzi.example",
            "+420728155406",
        ),
        "from": "Libor Šťastný <stastny@hlasatelpodluzi.example>",
        "subject": "XML výsledky – Hlasatel Podluží",
        "headers": IPHONE,
        "body": (
            "Dobrý den, žádáme o přístup k XML s výsledky voleb. Posílám dvě adresy, "
            "první je produkční, druhá testovací:\n192.0.2.61\n192.0.2.62\n\n"
            "Hlasatel Podluží s.r.o., IČO " + I31 + "\nLibor Šťastný, 728-155-406\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "rc032-slovak-university-feed-later",
        "description": "Slovak university writing Slovak asks to film now and says the feed "
        "will be requested only for next year's elections",
        "style": Style.INSTITUTION,
        "labels": L(
            [FILM],
            "Univerzita sv. Cyrila a Metoda v Trnave",
            None,
            None,
            [],
            [],
            "Zuzana Gregušová",
            "zuzana.gregusova@ucm.example",
            "+421335565240",
        ),
        "from": '"PhDr. Zuzana Gregušová, PhD." <zuzana.gregusova@ucm.example>',
        "subject": "Žiadosť o povolenie nakrúcania – študentská televízia",
        "headers": OWA,
        "body": (
            "Dobrý deň,\n\n"
            "Fakulta masmediálnej komunikácie Univerzity sv. Cyrila a Metoda v Trnave "
            "žiada o povolenie nakrúcať na zbernom mieste ČSÚ v Brne pre našu študentskú "
            "televíziu (dvaja študenti, kamera na statíve).\n\n"
            "O prístup k výsledkom vo formáte XML teraz nežiadame – požiadame oň až pred "
            "budúcoročnými komunálnymi voľbami.\n\n"
            "Kontaktná osoba: PhDr. Zuzana Gregušová, PhD., tel. +421 33 556 5240\n\n"
            "S pozdravom\nZuzana Gregušová\nKatedra elektronických médií FMK UCM\n"
            "Námestie J. Herdu 2, 917 01 Trnava\n"
        ),
    },
    {
        "id": "rc033-italian-daily",
        "description": "Italian-language mail from a Trieste daily; produzione/collaudo, "
        "the contact is a colleague named in the text with an Italian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Il Giornale dell'Adriatico S.p.A.",
            None,
            None,
            ["203.0.113.77"],
            ["203.0.113.78"],
            "Matteo Bellini",
            "m.bellini@giornaleadriatico.example",
            "+393471286604",
        ),
        "from": "Redazione Esteri <esteri@giornaleadriatico.example>",
        "subject": "Richiesta di accesso ai risultati elettorali in formato XML",
        "headers": TBIRD,
        "body": (
            "Gentili Signori,\n\n"
            "Il Giornale dell'Adriatico S.p.A. chiede l'accesso al server dei risultati "
            "elettorali in formato XML per la redazione esteri.\n\n"
            "Server di produzione: 203.0.113.77\n"
            "Server di collaudo: 203.0.113.78\n\n"
            "Referente tecnico: Matteo Bellini, m.bellini@giornaleadriatico.example, "
            "cell. 347 128 6604.\n\n"
            "Distinti saluti\nRedazione Esteri\nIl Giornale dell'Adriatico\n"
            "Via del Teatro 5, 34121 Trieste – P.IVA 01234560321\n"
        ),
    },
    {
        "id": "rc034-contractor-pdf-version-number",
        "description": "IT contractor's PDF for a television; a four-part version number "
        "and a port beside the addresses, a table whose role cell wraps",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "RTV Záhoří a.s.",
            I34,
            None,
            ["198.51.100.130"],
            ["198.51.100.131"],
            "Martin Jelínek",
            "jelinek@rtvzahori.example",
            "+420581770264",
        ),
        "from": "Filip Novosad <novosad@bytehouse.example>",
        "subject": "RTV Záhoří – technická příloha k žádosti o XML",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "jménem našeho klienta RTV Záhoří a.s. posílám technickou přílohu k jejich "
            "žádosti o přístup k výsledkům voleb. Kontaktem za RTV je pan Jelínek (viz "
            "PDF), já jen zprostředkovávám.\n\n"
            "Filip Novosad\nByteHouse s.r.o., IČ " + I34X + ", tel. 731 440 028\n"
        ),
        "attachments": [
            (
                "pdf",
                "RTV_Zahori_technicka_priloha.pdf",
                [
                    "RTV Záhoří a.s., IČO " + I34 + " – technická příloha k žádosti o "
                    "přístup k výsledkům voleb ve formátu XML",
                    "Klient pro stahování: ElectionFetcher 2.4.1.0, HTTPS port 8443 "
                    "(odchozí), interval 15 s.",
                    {
                        "rows": [
                            ["Role serveru", "IP adresa"],
                            ["produkční (ostrý provoz volebního studia)", "198.51.100.130"],
                            ["testovací (ověření před volbami)", "198.51.100.131"],
                        ],
                        "widths": [110, 110],
                    },
                    "Kontaktní osoba za RTV Záhoří: Martin Jelínek, vedoucí IT, "
                    "jelinek@rtvzahori.example, tel. 581 770 264",
                ],
            )
        ],
    },
    {
        "id": "rc035-reply-completes-quoted-original",
        "description": "reply to the office's request for a test address; the new text gives "
        "only the test address, the applicant's quoted original has the rest; the office's "
        "quoted signature carries its own phone and IČO",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zvon Vysočiny o.p.s.",
            I35,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Marta Holubová",
            "holubova@zvonvysociny.example",
            "+420569117342",
        ),
        "from": "Marta Holubová <holubova@zvonvysociny.example>",
        "subject": "Re: Re: Žádost o přístup k XML – doplnění",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji dle Vaší prosby testovací adresu: 203.0.113.151. Ostatní údaje "
            "platí z mé původní žádosti níže.\n\n"
            "Marta Holubová\n\n"
            "Dne 8. 9. 2025 v 10:12 podatelna@czso.cz napsal(a):\n"
            "> Dobrý den,\n"
            "> děkujeme za žádost. Uveďte prosím ještě testovací IP adresu, nebo sdělte,\n"
            "> že ji nepožadujete.\n"
            "> S pozdravem\n"
            "> podatelna ČSÚ, IČO 00025593, ID DS 2gfaasy, tel. 274 052 733\n"
            ">\n"
            "> Dne 5. 9. 2025 Marta Holubová napsal(a):\n"
            ">> Dobrý den,\n"
            ">> Zvon Vysočiny o.p.s., IČO " + I35 + ", žádá o přístup k výsledkům voleb\n"
            ">> ve formátu XML. Produkční IP: 203.0.113.150.\n"
            ">> Kontakt: Marta Holubová, 569 117 342, holubova@zvonvysociny.example\n"
        ),
    },
    {
        "id": "rc036-long-mail-named-colleague",
        "description": "long chatty mail from an editor-in-chief; the contact is a colleague "
        "named with his mobile, the signature lists three people and a switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Krajské listy Vysočina, s.r.o.",
            I36,
            None,
            ["192.0.2.51", "192.0.2.52"],
            ["192.0.2.59"],
            "Ondřej Pekárek",
            "pekarek@kl-vysocina.example",
            "+420776302981",
        ),
        "from": "Irena Švandová <svandova@kl-vysocina.example>",
        "subject": "Krajské listy – žádost o XML a o natáčení na sběrném místě",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "dovolte mi, abych se nejprve omluvila za pozdní podání – v redakci jsme "
            "poslední týdny řešili přechod na nový redakční systém a na volby jsme tak "
            "trochu zapomněli. Krajské listy Vysočina, s.r.o. (IČO " + I36 + ") vydávají "
            "stejnojmenný deník a zpravodajský web, a stejně jako v letech 2021 a 2023 "
            "bychom rádi zpracovávali výsledky voleb automaticky z Vašeho XML.\n\n"
            "Žádáme proto o přístup k výsledkům ve formátu XML z našich dvou produkčních "
            "serverů 192.0.2.51 a 192.0.2.52 (běží za load balancerem, proto dva), "
            "testovat budeme z 192.0.2.59. Kromě toho bychom rádi natáčeli krátké "
            "video na sběrném místě v Jihlavě – pokud to bude možné, prosíme i o "
            "povolení k natáčení.\n\n"
            "Kontaktní osobou pro celou žádost bude náš vedoucí vývoje Ondřej Pekárek "
            "(pekarek@kl-vysocina.example, mobil 776 302 981), který s Vámi v případě "
            "potřeby vše technicky doladí.\n\n"
            "Ještě jednou děkuji za pochopení a přeji klidný průběh voleb.\n\n"
            "Irena Švandová\nšéfredaktorka\n\n"
            "Krajské listy Vysočina, s.r.o.\nMasarykovo nám. 40, 586 01 Jihlava\n"
            "Irena Švandová, šéfredaktorka, 603 118 207\n"
            "Petra Bílková, zástupkyně šéfredaktorky, 603 118 209\n"
            "Ondřej Pekárek, vývoj, 776 302 981\n"
            "Ústředna: 567 110 100 | www.kl-vysocina.example\n"
        ),
    },
    {
        "id": "rc037-range-in-words",
        "description": "production as a range written in words ('198.51.100.40 až .42', three "
        "addresses), a single test address; flowed text wrapped mid-sentence",
        "style": Style.RANGE,
        "labels": L(
            [FEED],
            "Zpravodaj Poohří s.r.o.",
            I37,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42"],
            ["198.51.100.48"],
            "Karel Vondráček",
            "vondracek@zpravodajpoohri.example",
            "+420415730226",
        ),
        "from": "Karel Vondráček <vondracek@zpravodajpoohri.example>",
        "subject": "Žádost o XML výsledky voleb – Zpravodaj Poohří",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "Zpravodaj Poohří s.r.o. (IČO " + I37 + ") žádá o přístup k výsledkům voleb "
            "ve formátu XML. Produkční servery máme na adresách 198.51.100.40 až .42 "
            "(tři stroje za sebou), testovací server je jeden, 198.51.100.48.\n\n"
            "Kontakt: Karel Vondráček, tel. 415 730 226.\n\n"
            "S pozdravem\nKarel Vondráček\nZpravodaj Poohří, Žatec\n"
        ),
    },
    {
        "id": "rc038-netmask-after-slash",
        "description": "production written as address/netmask (255.255.255.254, two "
        "addresses), the test address with a /32",
        "style": Style.RANGE,
        "labels": L(
            [FEED],
            "Online Deník Brdy s.r.o.",
            I38,
            None,
            ["203.0.113.64", "203.0.113.65"],
            ["203.0.113.70"],
            "Hynek Čermák",
            "cermak@denikbrdy.example",
            "+420603887145",
        ),
        "from": "Hynek Čermák <cermak@denikbrdy.example>",
        "subject": "IP adresy – XML výsledky",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            "za Online Deník Brdy s.r.o., IČ: " + I38 + ", žádám o přístup k výsledkům "
            "voleb v XML.\n\n"
            "produkce: 203.0.113.64/255.255.255.254\n"
            "test: 203.0.113.70/32\n\n"
            "Hynek Čermák, +420 603 887 145\n"
        ),
    },
    {
        "id": "rc039-tv-databox-xlsx-form",
        "description": "data message from a regional television, the application in an XLSX "
        "form with ano/ne for both types and an addresses sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Ostravsko a.s.",
            I39,
            "t6jc3rn",
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.179"],
            "Daniel Mrózek",
            "mrozek@rtostravsko.example",
            "+420596118440",
        ),
        "subject": "Žádost – XML výsledky a natáčení (RTO)",
        "databox": {
            "box": "t6jc3rn",
            "sender": "Regionální televize Ostravsko a.s.",
            "address": "Českobratrská 12, 702 00 Ostrava",
        },
        "attachments": [
            (
                "xlsx",
                "RTO_zadost.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Regionální televize Ostravsko a.s."],
                            ["IČO", I39],
                            ["Přístup k XML výsledkům", "ano"],
                            ["Povolení natáčení", "ano"],
                            ["Kontaktní osoba", "Daniel Mrózek"],
                            ["Telefon", "596 118 440"],
                            ["E-mail", "mrozek@rtostravsko.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "IP", "Poznámka"],
                            ["Produkční", "192.0.2.171", "playout 1"],
                            ["Produkční", "192.0.2.172", "playout 2"],
                            ["Testovací", "192.0.2.179", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "rc040-bilingual-html-table",
        "description": "Czech-German bilingual paper: HTML table with bilingual headers "
        "(Produktion/produkční, Test/testovací) in a Gmail mail with a plain part",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Egerländer Grenzblatt s.r.o.",
            I40,
            None,
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Lukas Hofmann",
            "hofmann@grenzblatt.example",
            "+420354422718",
        ),
        "from": "Lukas Hofmann <hofmann@grenzblatt.example>",
        "subject": "Žádost o XML / Antrag XML-Zugang – Egerländer Grenzblatt",
        "headers": GMAIL,
        "body": (
            "Dobrý den / Guten Tag,\n\n"
            "Egerländer Grenzblatt s.r.o. (IČO " + I40 + ") žádá o přístup k výsledkům "
            "voleb ve formátu XML / beantragt den Zugang zu den Wahlergebnissen im "
            "XML-Format.\n\n"
            "Produkce / Produktion: 198.51.100.240\n"
            "Test / Test: 198.51.100.241\n\n"
            "Kontakt: Lukas Hofmann, +420 354 422 718\n\n"
            "Lukas Hofmann\nEgerländer Grenzblatt, Cheb\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den / Guten Tag,</div><br>'
            "<div>Egerländer Grenzblatt s.r.o. (IČO " + I40 + ") žádá o přístup k "
            "výsledkům voleb ve formátu XML / beantragt den Zugang zu den "
            "Wahlergebnissen im XML-Format.</div><br>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Server</th><th>IP</th></tr>"
            "<tr><td>produkční / Produktion</td><td>198.51.100.240</td></tr>"
            "<tr><td>testovací / Test</td><td>198.51.100.241</td></tr>"
            "</table><br>"
            "<div>Kontakt: Lukas Hofmann, +420 354 422 718</div><br>"
            '<div>-- <br><div class="gmail_signature">Lukas Hofmann<br>'
            "Egerländer Grenzblatt, Cheb</div></div></div>"
        ),
    },
    {
        "id": "rc041-danish-ipv6-pair",
        "description": "Danish broadcaster writing English: two IPv6 production addresses "
        "written with leading zeros, an IPv4 test address, Danish phone",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Sydhavn Medier A/S",
            None,
            None,
            ["2001:db8:d4::21", "2001:db8:d4::22"],
            ["203.0.113.222"],
            "Mette Kjærgaard",
            "mkj@sydhavnmedier.example",
            "+4528437105",
        ),
        "from": "Mette Kjærgaard <mkj@sydhavnmedier.example>",
        "subject": "XML feed access - Sydhavn Medier",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Sydhavn Medier A/S (CVR 31 84 52 17) requests access to the XML feed with "
            "the Czech election results.\n\n"
            "Production (IPv6): 2001:0db8:00d4::0021 and 2001:0db8:00d4::0022\n"
            "Test: 203.0.113.222\n\n"
            "No filming permit needed.\n\n"
            "Contact: Mette Kjærgaard, +45 28 43 71 05\n\n"
            "Med venlig hilsen / Kind regards\nMette Kjærgaard\nSydhavn Medier A/S, "
            "København\n"
        ),
    },
    {
        "id": "rc042-correction-and-dropped-test",
        "description": "one mail corrects the production address and drops the test address "
        "it first gave; base64 in windows-1250",
        "style": Style.HOSTS,
        "labels": L(
            [FEED],
            "Hlas Kroměříže s.r.o.",
            I42,
            None,
            ["192.0.2.19"],
            [],
            "Alena Zapletalová",
            "zapletalova@hlaskromerize.example",
            "+420573301944",
        ),
        "from": "Alena Zapletalová <zapletalova@hlaskromerize.example>",
        "subject": "žádost o přístup k výsledkům voleb (XML)",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "Hlas Kroměříže s.r.o., IČO " + I42 + ", žádá o přístup k výsledkům voleb ve "
            "formátu XML.\n"
            "Produkční IP: 192.0.2.18\n"
            "Testovací IP: 192.0.2.9\n\n"
            "Oprava po konzultaci s IT: produkční adresa není .18, ale 192.0.2.19, a "
            "testovací server nakonec mít nebudeme, adresa 192.0.2.9 tedy odpadá.\n\n"
            "Kontakt: Alena Zapletalová, 573 301 944\n\n"
            "Děkuji\nAlena Zapletalová\nHlas Kroměříže\n"
        ),
    },
]
