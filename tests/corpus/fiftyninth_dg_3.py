"""Fifty-ninth held-out part ``dg``, cases dg029–dg042: a village's data message with a
workbook, a Swedish trade name, a German faculty in HTML, a Polish inline forward with a netmask,
a withdrawn filming request, Finnish IPv6, a production agency filming only, a Slovak faculty's
radio, a terse mobile note, a data message with a long IPv6, a German freelancer, a corrected
list, an Italian ODT form and a radio's two-sheet workbook. Written by hand apart from the
extraction rules."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyninth_dg_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I29, I33, I35, I37, I38, I40, I42 = (
    ico("0279614"),
    ico("2668103"),
    ico("2793402"),
    ico("2547719"),
    ico("2880265"),
    ico("2916038"),
    ico("2705841"),
)


def _mail(
    cid: str, desc: str, style: str, lab: dict[str, Any], frm: str, subj: str, hdr: Any, body: str
) -> dict[str, Any]:
    return {
        "id": cid,
        "description": desc,
        "style": style,
        "labels": lab,
        "from": frm,
        "subject": subj,
        "headers": hdr,
        "body": body,
    }


CASES: list[dict[str, Any]] = [
    {
        "id": "dg029-cz-village-databox-xlsx",
        "description": "a village's data message with a workbook: production written 'od … do' "
        "(three addresses), no test; the IT volunteer is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Stará Ves u Rýmařova",
            I29,
            "osv2r7b",
            ["198.18.33.10", "198.18.33.11", "198.18.33.12"],
            [],
            "Jiří Koláček",
            "kolacek@staraves.example",
            "+420605331284",
        ),
        "databox": box("osv2r7b", "Obec Stará Ves u Rýmařova", "Stará Ves 1, 795 01", 10),
        "subject": "žádost o XML",
        "attachments": [
            (
                "xlsx",
                "zadost_obec.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Obec Stará Ves u Rýmařova, IČO " + I29],
                            ["Účel", "výsledky voleb na webu obce a v obecním zpravodaji"],
                            ["IP produkce", "od 198.18.33.10 do 198.18.33.12"],
                            ["IP test", "nemáme"],
                            ["Kontakt", "Jiří Koláček (správce webu)"],
                            ["e-mail / tel.", "kolacek@staraves.example / 605 331 284"],
                        ],
                    }
                ],
            )
        ],
    },
    _mail(
        "dg030-sv-photographer-trade-name",
        "Swedish freelance photographer running a sole trade under a trade name; filming only; "
        "no Czech IČO",
        Style.FOREIGN,
        L(
            [FILM],
            "Lindqvist Bild",
            None,
            None,
            [],
            [],
            "Elin Lindqvist",
            "elin@lindqvistbild.example",
            "+46736125508",
        ),
        "Elin Lindqvist <elin@lindqvistbild.example>",
        "Fotografering valnatten",
        SAMSUNG,
        "Hej!\n\nJag är frilansfotograf och driver enskild firma Lindqvist Bild. Jag ansöker "
        "om tillstånd att fotografera på er insamlingsplats i Prag under valnatten. "
        "XML-data behöver jag inte.\n\nElin Lindqvist\nLindqvist Bild\n073-612 55 08\n",
    ),
    {
        "id": "dg031-de-faculty-html-alternative",
        "description": "German university institute writes in plain and HTML; the institute is "
        "no legal entity, its university applies",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Universität Nordheim",
            None,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.99"],
            "Jonas Reuter",
            "jonas.reuter@uni-nordheim.example",
            "+495513927714",
        ),
        "from": "Jonas Reuter <jonas.reuter@uni-nordheim.example>",
        "subject": "Zugang XML-Wahlergebnisse - Institut für Journalistik",
        "headers": TBIRD,
        "body": "Sehr geehrte Damen und Herren,\n\ndas Institut für Journalistik der "
        "Universität Nordheim möchte für sein Lehrprojekt Wahlabend den XML-Zugang "
        "beantragen.\nProduktiv: 198.51.100.90, 198.51.100.91\nTest: 198.51.100.99\n\n"
        "Jonas Reuter, wiss. Mitarbeiter, +49 551 3927714\n",
        "html": "<p>Sehr geehrte Damen und Herren,</p><p>das <i>Institut für Journalistik der "
        "Universität Nordheim</i> möchte für sein Lehrprojekt Wahlabend den XML-Zugang "
        "beantragen.</p><table><tr><td>Produktiv</td><td>198.51.100.90, 198.51.100.91</td></tr>"
        "<tr><td>Test</td><td>198.51.100.99</td></tr></table>"
        "<p>Jonas Reuter, wiss. Mitarbeiter, +49 551 3927714</p>",
    },
    _mail(
        "dg032-pl-radio-inline-forward-netmask",
        "Czech correspondent forwards a Polish radio's request inline; production with mask "
        "255.255.255.254 (two addresses); filming 'NIE'",
        Style.FORWARD,
        L(
            [FEED],
            "Radio Beskidy sp. z o.o.",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.210"],
            "Paweł Zając",
            "p.zajac@radiobeskidy.example",
            "+48338127740",
        ),
        "Tomáš Hrubý <hruby@korespondent.example>",
        "Fw: Wniosek Radio Beskidy",
        OUTLOOK,
        "Dobrý den, přeposílám žádost polského rádia.\nT. Hrubý\n\n"
        "---------- Forwarded message ---------\nFrom: Paweł Zając "
        "<p.zajac@radiobeskidy.example>\nSubject: Wniosek Radio Beskidy\n\n"
        "Radio Beskidy sp. z o.o. prosi o dostęp do XML.\n"
        "Produkcja: 203.0.113.200 maska 255.255.255.254\nTest: 203.0.113.210\n"
        "Filmowanie: NIE\n\nPaweł Zając, tel. 33 812 77 40 (+48)\n",
    ),
    _mail(
        "dg033-cz-reply-filming-withdrawn",
        "reply with quoted history: filming cancelled, feed kept; the office's address in the "
        "quote",
        Style.REPLY,
        L(
            [FEED],
            "Jihočeská regionální televize s.r.o.",
            I33,
            None,
            ["192.0.2.110"],
            ["192.0.2.111"],
            "Alena Kratochvílová",
            "kratochvilova@jrtv.example",
            "+420777204618",
        ),
        "Alena Kratochvílová <kratochvilova@jrtv.example>",
        "RE: žádost JRTV - natáčení",
        ROUNDCUBE,
        "Dobrý den,\n\nnatáčení u vás nakonec rušíme, štáb nestihneme. Přístup k XML "
        "(192.0.2.110, test 192.0.2.111) prosím ponechte.\n\nAlena Kratochvílová, "
        "777 204 618\n\n> Jihočeská regionální televize s.r.o., IČO " + I33 + ", žádá o "
        "přístup k XML a o povolení natáčet.\n> -- podatelna@czso.cz, Na padesátém 81\n",
    ),
    _mail(
        "dg034-fi-ipv6-only",
        "Finnish news agency in English with Finnish role words; only IPv6 addresses",
        Style.FOREIGN,
        L(
            [FEED],
            "Uutistoimisto Pohjola Oy",
            None,
            None,
            ["2001:db8:f1::20", "2001:db8:f1::21"],
            ["2001:db8:f1::29"],
            "Aino Heikkinen",
            "aino.heikkinen@pohjola-uutiset.example",
            "+358405118273",
        ),
        "Aino Heikkinen <aino.heikkinen@pohjola-uutiset.example>",
        "Election XML access",
        GMAIL,
        "Hello,\n\nUutistoimisto Pohjola Oy applies for the results XML.\n"
        "tuotanto (production): 2001:db8:f1::20, 2001:db8:f1::21\n"
        "testi: 2001:db8:f1::29\n\nAino Heikkinen, +358 40 511 8273\n",
    ),
    {
        "id": "dg035-cz-production-agency-filming-pdf",
        "description": "a production agency filming for a broadcaster; PDF lists the crew; the "
        "producer is the contact, not the cameramen; filming only",
        "style": Style.COVER,
        "labels": L(
            [FILM],
            "Obrazárna Production s.r.o.",
            I35,
            None,
            [],
            [],
            "Veronika Šulcová",
            "sulcova@obrazarna.example",
            "+420725903146",
        ),
        "from": "Veronika Šulcová <sulcova@obrazarna.example>",
        "subject": "povolení natáčení - volební noc",
        "headers": APPLE,
        "body": "Dobrý den, posílám žádost o povolení natáčení. V. Šulcová\n",
        "attachments": [
            (
                "pdf",
                "natáčení_ČSÚ.pdf",
                [
                    "Obrazárna Production s.r.o., IČO " + I35,
                    "Žádáme o povolení natáčet na pracovišti ČSÚ v Praze (pro pořad regionální "
                    "televize). Přístup k XML nepotřebujeme.",
                    {
                        "rows": [
                            ["Štáb", "Petr Kotek (kamera), Jan Mlejnek (zvuk)"],
                            ["Kontakt", "Veronika Šulcová, producentka, 725 903 146"],
                        ]
                    },
                ],
            )
        ],
    },
    {
        "id": "dg036-sk-faculty-radio-rtf",
        "description": "Slovak faculty's student radio: the RTF names the faculty and the "
        "university, which applies; windows-1250 cover",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Tatranská univerzita v Poprade",
            None,
            None,
            ["198.18.50.1", "198.18.50.2"],
            ["198.18.50.3"],
            "Michal Šoltés",
            "soltes@tupp.example",
            "+421911406273",
        ),
        "from": "Michal Šoltés <soltes@tupp.example>",
        "subject": "Rádio FRAK - žiadosť o XML",
        "headers": CENTRUM,
        "charset": "windows-1250",
        "body": "Dobrý deň, v prílohe žiadosť študentského rádia.\nMichal Šoltés\n",
        "attachments": [
            (
                "rtf",
                "ziadost_FRAK.rtf",
                [
                    "Tatranská univerzita v Poprade, Filozofická fakulta, študentské rádio FRAK",
                    "Žiadame o prístup k XML s výsledkami volieb.",
                    [
                        ["produkčné IP", "198.18.50.1, 198.18.50.2"],
                        ["testovacie IP", "198.18.50.3"],
                    ],
                    "Kontakt: Michal Šoltés, +421 911 406 273",
                ],
            )
        ],
    },
    _mail(
        "dg037-cz-terse-mobile-no-diacritics",
        "terse mobile note without diacritics, the signature writes the name with them; both "
        "requests; '.91' shorthand",
        Style.TERSE,
        L(
            [FEED, FILM],
            "TV Krkonoše s.r.o.",
            I37,
            None,
            ["203.0.113.90"],
            ["203.0.113.91"],
            "Vojtěch Mach",
            "mach@tvkrkonose.example",
            "+420732518806",
        ),
        "Vojtěch Mach <mach@tvkrkonose.example>",
        "volby",
        IPHONE,
        "dobry den, za TV Krkonose s.r.o. zadame o xml - prod 203.0.113.90, test .91 - a "
        "chceme i natacet v sobotu u vas v HK\ndik Mach 732518806\n\n--\nVojtěch Mach\n"
        "TV Krkonoše s.r.o., IČO " + I37 + "\n",
    ),
    {
        "id": "dg038-cz-databox-long-ipv6-docx",
        "description": "data message; the DOCX writes the IPv6 production address uncompressed "
        "(labelled compressed); one IPv4 test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanácké listy s.r.o.",
            I38,
            "hl3qx8d",
            ["2001:db8::a1"],
            ["192.0.2.240"],
            "Roman Vašíček",
            "vasicek@hanackelisty.example",
            "+420585114372",
        ),
        "databox": box("hl3qx8d", "Hanácké listy s.r.o.", "Horní náměstí 5, 779 00 Olomouc"),
        "subject": "Žádost o přístup k serveru s výsledky voleb",
        "attachments": [
            (
                "docx",
                "zadost.docx",
                {
                    "blocks": [
                        "Hanácké listy s.r.o., IČO " + I38,
                        "Produkční adresa (IPv6): 2001:0db8:0000:0000:0000:0000:0000:00a1",
                        "Testovací adresa: 192.0.2.240",
                        "Kontakt: Roman Vašíček, 585 114 372, vasicek@hanackelisty.example",
                    ]
                },
            )
        ],
    },
    _mail(
        "dg039-de-freelancer-temp-test",
        "German freelance journalist without a company; a temporary test address counts",
        Style.FOREIGN,
        L(
            [FEED],
            "Lukas Brandstätter",
            None,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Lukas Brandstätter",
            "lukas@brandstaetter-text.example",
            "+4915207718342",
        ),
        "Lukas Brandstätter <lukas@brandstaetter-text.example>",
        "XML-Zugang Wahl",
        SEZNAM,
        "Hallo,\n\nich bin freier Journalist (keine Firma) und bitte um XML-Zugang.\n"
        "Produktiv 192.0.2.180, Test-IP (vorübergehend) 192.0.2.181.\n\n"
        "Lukas Brandstätter, 0152 0771 8342 (+49)\n",
    ),
    _mail(
        "dg040-cz-self-correction-quoted",
        "the sender corrects her own earlier mail (quoted): one of five production addresses "
        "dropped, the test address changed",
        Style.CORRECTION,
        L(
            [FEED],
            "Zprávy z Posázaví, s.r.o.",
            I40,
            None,
            ["198.51.100.11", "198.51.100.12", "198.51.100.13", "198.51.100.15"],
            ["198.51.100.21"],
            "Hana Dvořáková",
            "dvorakova@zpravyposazavi.example",
            "+420602715398",
        ),
        "Hana Dvořáková <dvorakova@zpravyposazavi.example>",
        "Re: žádost o XML - oprava",
        OUTLOOK,
        "Dobrý den,\n\nopravuji svůj včerejší e-mail: adresu 198.51.100.14 prosím vypusťte "
        "(server jsme vrátili) a test je 198.51.100.21, ne .20.\n\nHana Dvořáková, "
        "602 715 398\n\n> Zprávy z Posázaví, s.r.o., IČO " + I40 + ", žádá o XML.\n"
        "> Produkce: 198.51.100.11-15\n> Test: 198.51.100.20\n",
    ),
    {
        "id": "dg041-it-odt-form-riprese-no",
        "description": "Italian local TV's ODT form: XML SÌ, riprese NO; production as a /30",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Tele Lago Maggiore S.r.l.",
            None,
            None,
            ["198.18.70.4", "198.18.70.5", "198.18.70.6", "198.18.70.7"],
            ["198.18.70.12"],
            "Chiara Bassetti",
            "c.bassetti@telelago.example",
            "+393356102847",
        ),
        "from": "Chiara Bassetti <c.bassetti@telelago.example>",
        "subject": "Modulo richiesta",
        "headers": GMAIL,
        "body": "Buongiorno, in allegato il modulo compilato.\nChiara Bassetti\n",
        "attachments": [
            (
                "odt",
                "modulo.odt",
                [
                    "Richiedente: Tele Lago Maggiore S.r.l.",
                    [
                        ["Accesso XML", "SÌ"],
                        ["Riprese", "NO"],
                        ["IP produzione", "198.18.70.4/30"],
                        ["IP test", "198.18.70.12"],
                    ],
                    "Referente: Chiara Bassetti, +39 335 610 2847",
                ],
            )
        ],
    },
    {
        "id": "dg042-cz-radio-two-sheets-old",
        "description": "regional radio's two-sheet workbook: an old address marked 'stará' is "
        "left out; both requests",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Rádio Vysočina Plus s.r.o.",
            I42,
            None,
            ["203.0.113.222", "203.0.113.223"],
            ["203.0.113.229"],
            "Filip Nedoma",
            "nedoma@radiovysocinaplus.example",
            "+420736440195",
        ),
        "from": "Filip Nedoma <nedoma@radiovysocinaplus.example>",
        "subject": "žádost volby 2025",
        "headers": OUTLOOK,
        "body": "Dobrý den, žádost je v tabulce (dva listy).\nF. Nedoma\n",
        "attachments": [
            (
                "xlsx",
                "zadost_RVP.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Rádio Vysočina Plus s.r.o.", "IČO " + I42],
                            ["XML", "ano"],
                            ["natáčení", "ano"],
                            ["kontakt", "Filip Nedoma, 736 440 195"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["role", "adresa", "pozn."],
                            ["produkce", "203.0.113.220", "stará, nepoužívat"],
                            ["produkce", "203.0.113.222", ""],
                            ["produkce", "203.0.113.223", ""],
                            ["test", "203.0.113.229", ""],
                        ],
                    },
                ],
            )
        ],
    },
]
