"""Fifty-first held-out part ``cd``, cases cd015–cd028: an Austrian sender in English, a reply to
the office's receipt confirmation, a signed university mail, an HTML table with a workbook, a
Slovak phone mail, a data message with a DOCX, a Hungarian sender, a double correction, an
inline forward, a windows-1250 filming request, an ODT cover, a phone follow-up adding the
phone, an IT/editor thread over the test address and a French sender. Written by hand apart
from the extraction rules (see make_fiftyfirst_cd); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyfirst_cd_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I16, I17, I18, I19 = ico("2780124"), ico("0061984"), ico("2971350"), ico("0359862")
I20, I22, I23, I24 = ico("2618477"), ico("0487215"), ico("2833906"), ico("0502748")
I25, I26, I27 = ico("2746659"), ico("0691423"), ico("2589037")

CASES: list[dict[str, Any]] = [
    {
        "id": "cd015-austrian-english-bilingual-sig",
        "description": "an Austrian company writing English with a German/English signature; "
        "both requests, no IČO, Austrian phone with (0)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alpenblick Medien GmbH",
            None,
            None,
            ["203.0.113.21", "203.0.113.22"],
            ["203.0.113.29"],
            "Lukas Hofbauer",
            "l.hofbauer@alpenblick.example",
            "+436641847302",
        ),
        "from": "Lukas Hofbauer <l.hofbauer@alpenblick.example>",
        "subject": "Czech elections - results feed and filming",
        "headers": MAC_OUTLOOK,
        "body": "Dear Sir or Madam,\n\nAlpenblick Medien GmbH from Linz would like to apply "
        "for access to the election results server and for a permission to film at your "
        "collection point in České Budějovice (2 persons, one camera).\n\n"
        "Production servers: 203.0.113.21 and 203.0.113.22\nTest server: 203.0.113.29\n\n"
        "Please contact me for any questions.\n\nMit freundlichen Grüßen / Kind regards\n"
        "Lukas Hofbauer\nChef vom Dienst / Managing Editor\nAlpenblick Medien GmbH\n"
        "Mobil: +43 (0) 664 184 7302\n",
    },
    {
        "id": "cd016-reply-to-receipt-confirmation",
        "description": "an Evolution reply to the office's receipt confirmation (its reference "
        "number, IČO and box); the new text changes the contact's phone of the quoted "
        "application",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Příbramské noviny s.r.o.",
            I16,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Jiří Vančura",
            "vancura@pribramskenoviny.example",
            "+420728440913",
        ),
        "from": "Jiří Vančura <vancura@pribramskenoviny.example>",
        "subject": "Re: Potvrzení o doručení podání č. j. CSU-041872/2025",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\nděkuji za potvrzení. Jen oprava: v žádosti jsem uvedl špatné "
        "telefonní číslo, správně je 728 440 913.\n\nJiří Vančura\n\n"
        "Po 8. 9. 2025 v 9:41 +0200, podatelna@czso.cz napsal:\n"
        "> POTVRZENÍ O DORUČENÍ\n> Vaše podání bylo doručeno Českému statistickému úřadu\n"
        "> (IČO 00025593, ID datové schránky 2gfaasy) dne 8. 9. 2025 v 9:40.\n"
        "> Číslo jednací: CSU-041872/2025, evidenční číslo 41872/2025-PD\n"
        "> Tel.: +420 274 052 733\n>\n> ---- Původní zpráva ----\n"
        "> Příbramské noviny s.r.o., IČO " + I16 + ", žádají o přístup k výsledkům voleb\n"
        "> na dedikovaném serveru. Produkce 198.51.100.180, test 198.51.100.181.\n"
        "> Kontakt: Jiří Vančura, 728 404 913\n",
    },
    {
        "id": "cd017-smime-university-faculty",
        "description": "an S/MIME-signed mail from a faculty's student radio: the university "
        "applies; production as a /30 block",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Krkonošská univerzita v Trutnově",
            I17,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.70"],
            "Adam Procházka",
            "adam.prochazka@kut.example",
            "+420499318206",
        ),
        "from": "Adam Procházka <adam.prochazka@kut.example>",
        "subject": "Žádost o přístup k výsledkům voleb - studentské rádio",
        "headers": TBIRD,
        "smime": True,
        "body": "Dobrý den,\n\nza Fakultu mediálních studií Krkonošské univerzity v Trutnově "
        "(IČO " + I17 + ") žádám o přístup k výsledkům voleb pro naše studentské rádio.\n"
        "Produkční síť 192.0.2.64/30, testovací stroj 192.0.2.70.\n\nS pozdravem\n"
        "Mgr. Adam Procházka, Ph.D.\nvedoucí studentského rádia\nFakulta mediálních "
        "studií, Krkonošská univerzita v Trutnově\ntel. 499 318 206\n",
    },
    {
        "id": "cd018-gmail-html-table-and-xlsx",
        "description": "HTML-only Gmail mail with a role table, the same table as an XLSX; the "
        "workbook has a second sheet with the contact",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Plzeňský rozhled, spol. s r.o.",
            I18,
            None,
            ["198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210", "198.51.100.211"],
            "Marcela Šindelářová",
            "sindelarova@plzenskyrozhled.example",
            "+420377665190",
        ),
        "from": "Marcela Šindelářová <sindelarova@plzenskyrozhled.example>",
        "subject": "žádost - XML výsledky",
        "headers": GMAIL,
        "cte": "base64",
        "html": '<div dir="ltr"><div>Dobrý den,</div><div>Plzeňský rozhled, spol. s r.o., '
        "IČO " + I18 + ", žádá o přístup k výsledkům. Adresy v tabulce (a v příloze):</div>"
        '<table border="1"><tr><td>produkce</td><td>198.51.100.201</td></tr><tr><td>'
        "produkce</td><td>198.51.100.202</td></tr><tr><td>produkce</td><td>198.51.100.203"
        "</td></tr><tr><td>test</td><td>198.51.100.210</td></tr><tr><td>test</td><td>"
        "198.51.100.211</td></tr></table><div><br></div><div>Marcela Šindelářová, "
        "377 665 190</div></div>",
        "attachments": [
            (
                "xlsx",
                "ip_plzenskyrozhled.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Role", "Adresa"],
                            ["produkce", "198.51.100.201"],
                            ["produkce", "198.51.100.202"],
                            ["produkce", "198.51.100.203"],
                            ["test", "198.51.100.210"],
                            ["test", "198.51.100.211"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Marcela Šindelářová"],
                            ["E-mail", "sindelarova@plzenskyrozhled.example"],
                            ["Telefon", "377 665 190"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cd019-slovak-samsung-sloppy",
        "description": "a Slovak regional weekly typing on a Samsung phone, half without "
        "diacritics; 'ta druha' for the second production address, Slovak phone",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Záhorské noviny, s.r.o.",
            I19,
            None,
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.109"],
            "Martin Kuba",
            "kuba@zahorskenoviny.example",
            "+421905318774",
        ),
        "from": "Martin Kuba <kuba@zahorskenoviny.example>",
        "subject": "ziadost o pristup",
        "headers": SAMSUNG,
        "body": "Dobry den,\nsme Záhorské noviny, s.r.o. (ICO " + I19 + "), pisem z mobilu "
        "tak sorry za preklepy. Chceli by sme pristup k vysledkom volieb cez XML.\n"
        "produkcna 203.0.113.100 a ta druha 203.0.113.101\ntestovacia 203.0.113.109\n"
        "kontakt Martin Kuba 0905 318 774\n\nOdoslané z môjho Galaxy\n",
    },
    {
        "id": "cd020-databox-docx-letterhead",
        "description": "a data message whose annotation names both requests; the DOCX has the "
        "letterhead with IČO in its header and the addresses in a merged-cell table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Východočeská televize a.s.",
            I20,
            "r7p2kd5",
            ["192.0.2.200", "192.0.2.201"],
            ["192.0.2.210"],
            "Tomáš Vlček",
            "vlcek@vctv.example",
            "+420466302115",
        ),
        "databox": box("r7p2kd5", "Východočeská televize a.s.", "Palackého 40, 530 02 Pardubice"),
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení",
        "attachments": [
            (
                "docx",
                "zadost_VCTV.docx",
                {
                    "header": "Východočeská televize a.s. | IČO " + I20 + " | ID DS r7p2kd5",
                    "footer": "Palackého 40, 530 02 Pardubice",
                    "blocks": [
                        "Žádáme o zpřístupnění výsledků voleb na dedikovaném serveru a o "
                        "povolení natáčet na pracovišti ČSÚ v Pardubicích.",
                        {
                            "rows": [
                                ["IP adresy", "produkční", "192.0.2.200"],
                                ["", "produkční", "192.0.2.201"],
                                ["", "testovací", "192.0.2.210"],
                            ],
                            "merge": [(0, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Tomáš Vlček, vlcek@vctv.example, 466 302 115",
                    ],
                },
            )
        ],
    },
    {
        "id": "cd021-hungarian-english-ipv6",
        "description": "a Hungarian portal writing English, the contact named given name first "
        "in English; IPv6 production in full notation and an IPv4 test",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunapart Média Kft.",
            None,
            None,
            ["2001:db8:77::5", "2001:db8:77::6"],
            ["198.18.30.9"],
            "Márton Szabó",
            "szabo.marton@dunapart.example",
            "+36301457826",
        ),
        "from": "Szabó Márton <szabo.marton@dunapart.example>",
        "subject": "Access to election results XML",
        "headers": ZIMBRA,
        "body": "Hello,\n\nDunapart Média Kft. (Budapest) asks for access to the election "
        "results server. Our production servers are IPv6 only:\n"
        "2001:0db8:0077:0000:0000:0000:0000:0005\n2001:0db8:0077:0000:0000:0000:0000:0006\n"
        "For testing we use IPv4 198.18.30.9.\n\nContact: Márton Szabó, +36 30 145 7826\n\n"
        "Üdvözlettel / Best regards\nSzabó Márton\n",
    },
    {
        "id": "cd022-roundcube-corrected-twice",
        "description": "a Roundcube mail that corrects one production address in a "
        "postscript, and the correction itself in a second postscript",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kladenský expres s.r.o.",
            I22,
            None,
            ["198.51.100.220", "198.51.100.223"],
            ["198.51.100.230"],
            "Filip Janda",
            "janda@kladenskyexpres.example",
            "+420603552187",
        ),
        "from": "Filip Janda <janda@kladenskyexpres.example>",
        "subject": "prosba o přístup k výsledkům",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nKladenský expres s.r.o., IČO " + I22 + ", žádá o přístup k XML "
        "výsledkům. Produkce 198.51.100.220 a 198.51.100.221, test 198.51.100.230.\n"
        "Kontakt Filip Janda, 603 552 187.\n\nPS: ta .221 je špatně, má být .222\n"
        "PPS: pardon, kolega mě opravil, je to .223, ne .222.\n\nF. Janda\n",
    },
    {
        "id": "cd023-inline-forward-editor-adds-contact",
        "description": "an editor forwards IT's mail inline (Outlook header block) and above it "
        "names a different contact than the IT mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Zlínský kurýr a.s.",
            I23,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Eva Mlčochová",
            "mlcochova@zlinskykuryr.example",
            "+420577014326",
        ),
        "from": "Eva Mlčochová <mlcochova@zlinskykuryr.example>",
        "subject": "FW: IP adresy pro ČSÚ",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\npřeposílám podklady od našeho IT. Žádáme o přístup k výsledkům "
        "voleb; žadatelem je Zlínský kurýr a.s., IČO " + I23 + ". Kontaktní osobou pro "
        "žádost jsem já (Eva Mlčochová, 577 014 326), ne Karel.\n\nEva Mlčochová\n"
        "zástupkyně šéfredaktora\n\n-----Original Message-----\nFrom: Karel Hrabal "
        "<hrabal@zlinskykuryr.example>\nSent: Monday, September 8, 2025 3:12 PM\nTo: Eva "
        "Mlčochová <mlcochova@zlinskykuryr.example>\nSubject: IP adresy pro ČSÚ\n\nEvo, "
        "tady jsou adresy:\nprod 203.0.113.180 + 203.0.113.181\ntest 203.0.113.189\n"
        "Karel, 577 014 390\n",
    },
    {
        "id": "cd024-apple-windows1250-film",
        "description": "windows-1250 Apple Mail filming request; the feed is explicitly "
        "deferred to the next election, and an address in the mail belongs to that",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Studio Jizera s.r.o.",
            I24,
            None,
            [],
            [],
            "Kamila Rousová",
            "rousova@studiojizera.example",
            "+420602183447",
        ),
        "from": "Kamila Rousová <rousova@studiojizera.example>",
        "subject": "natáčení volební noc",
        "headers": APPLE,
        "charset": "windows-1250",
        "cte": "qp",
        "body": "Dobrý den,\n\nStudio Jizera s.r.o. (IČO " + I24 + ") by rádo natáčelo "
        "reportáž na pracovišti ČSÚ v Liberci během sčítání. O XML feed (server "
        "192.0.2.240) požádáme až u příštích voleb, teď to technicky nestihneme.\n\n"
        "Kamila Rousová, produkční, 602 183 447\n",
    },
    {
        "id": "cd025-odt-cover-thunderbird",
        "description": "a two-line cover; the ODT gives the application with a table where the "
        "test column is marked 'stejná jako produkce'",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Svitavský deník, z.ú.",
            I25,
            None,
            ["198.18.50.1", "198.18.50.2"],
            [],
            "Ladislav Hejl",
            "hejl@svitavskydenik.example",
            "+420461533902",
        ),
        "from": "Ladislav Hejl <hejl@svitavskydenik.example>",
        "subject": "žádost ODT",
        "headers": TBIRD,
        "body": "Dobrý den, posílám žádost v příloze (ODT, jiný formát nemám).\nHejl\n",
        "attachments": [
            (
                "odt",
                "zadost_svitavsky.odt",
                [
                    "Svitavský deník, z.ú., IČO " + I25,
                    "Žádost o přístup k průběžným výsledkům voleb (XML)",
                    [
                        ["", "produkce", "test"],
                        ["IP 1", "198.18.50.1", "stejná jako produkce"],
                        ["IP 2", "198.18.50.2", "—"],
                    ],
                    "Kontakt: Ladislav Hejl, hejl@svitavskydenik.example, 461 533 902",
                ],
            )
        ],
    },
    {
        "id": "cd026-iphone-followup-phone",
        "description": "an iPhone follow-up giving the forgotten phone and adding a second "
        "test address to the sender's own quoted mail",
        "style": Style.FOLLOWUP,
        "labels": L(
            [FEED],
            "Jablonecký měsíčník s.r.o.",
            I26,
            None,
            ["192.0.2.120"],
            ["192.0.2.121", "192.0.2.122"],
            "Daniel Fousek",
            "fousek@jabmesicnik.example",
            "+420774230651",
        ),
        "from": "Daniel Fousek <fousek@jabmesicnik.example>",
        "subject": "Re: Žádost o přístup k datům voleb",
        "headers": IPHONE,
        "body": "zapomnel jsem tel: 774 230 651. a test jeste i .122\n\nOdeslano z iPhonu\n\n"
        "> 11. 9. 2025 v 22:10, Daniel Fousek <fousek@jabmesicnik.example>:\n>\n> Dobrý "
        "den,\n> Jablonecký měsíčník s.r.o., IČO " + I26 + ", žádá o přístup k XML výsledkům."
        "\n> produkční IP 192.0.2.120, testovací 192.0.2.121\n> kontakt Daniel Fousek\n",
    },
    {
        "id": "cd027-it-says-no-test",
        "description": "a thread where the editor listed a test address and IT's later answer "
        "says they will test from production: production only",
        "style": Style.THREAD,
        "labels": L(
            [FEED],
            "Moravskoslezský zpravodaj s.r.o.",
            I27,
            None,
            ["203.0.113.200"],
            [],
            "Ivana Slaninová",
            "slaninova@mszpravodaj.example",
            "+420596118402",
        ),
        "from": "Ivana Slaninová <slaninova@mszpravodaj.example>",
        "subject": "Re: Re: přístup k výsledkům - doplnění",
        "headers": CENTRUM,
        "body": "Dobrý den,\n\nnaše IT mi potvrdilo, že testovací adresu nepotřebujeme, "
        "testovat budeme z produkce. 203.0.113.201 tedy prosím neberte v potaz.\n\n"
        "Ivana Slaninová\n\n---------- Původní e-mail ----------\nOd: Ivana Slaninová\n"
        "Komu: podatelna@czso.cz\nPředmět: přístup k výsledkům\n\nMoravskoslezský "
        "zpravodaj s.r.o., IČO " + I27 + ", žádá o přístup k výsledkům.\nprodukční "
        "203.0.113.200, testovací 203.0.113.201\nkontakt Ivana Slaninová, 596 118 402\n",
    },
    {
        "id": "cd028-french-sender-english",
        "description": "a French agency writing English with a French signature; both "
        "requests, a French mobile in national form and the IPs in one comma line",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agence Rhône Presse SARL",
            None,
            None,
            ["198.51.100.30", "198.51.100.31"],
            ["198.51.100.35"],
            "Camille Dufresne",
            "c.dufresne@rhonepresse.example",
            "+33612487930",
        ),
        "from": "Camille Dufresne <c.dufresne@rhonepresse.example>",
        "subject": "Application - results feed + filming",
        "headers": GMAIL,
        "body": "Hello,\n\nAgence Rhône Presse SARL (Lyon) would like the access to the "
        "results XML and also to film in your Prague center on election night.\n"
        "IPs: 198.51.100.30, 198.51.100.31 (production), 198.51.100.35 (test)\n\n"
        "Contact : Camille Dufresne, 06 12 48 79 30 (France)\n\nBien cordialement,\n"
        "Camille Dufresne\nRédactrice en chef adjointe\n",
    },
]
