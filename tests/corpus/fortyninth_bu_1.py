"""Forty-ninth held-out part ``bu``, cases bu001–bu014: a phone-typed note without diacritics,
an HTML-only Outlook table, a reply quoting the office's press release, a shared redakce@
mailbox signed by a team, Czech written by a Slovak, a Polish and a Vietnamese-Czech writer and
a Ukrainian journalist, addresses pasted from a terminal and a router's status page, a data
message with a DOCX, a resend quoting the office's ticket acknowledgement, a signature with
mobile, switchboard and fax, and a format=flowed mail wrapped inside a role sentence.
Written by hand apart from the extraction rules (see make_fortyninth_bu); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyninth_bu_common import (
    ANDROID_GMAIL,
    EMCLIENT,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I1, I2, I3, I4, I5 = ico("2781406"), ico("0457318"), ico("2690573"), ico("2814097"), ico("0371852")
I7, I8, I9, I10 = ico("2905318"), ico("0462179"), ico("2179064"), ico("2691735")
I11, I12, I13, I14 = ico("2847013"), ico("0583261"), ico("0461907"), ico("2730916")

CASES: list[dict[str, Any]] = [
    {
        "id": "bu001-iphone-note-no-diacritics",
        "description": "typed on a phone without diacritics, one run-on paragraph; roles as "
        "'ostra' and 'na zkousku', the phone written with a space in odd places",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Region Expres s.r.o.",
            I1,
            None,
            ["198.51.100.31", "198.51.100.32"],
            ["198.51.100.40"],
            "Petr Malina",
            "malina@regionexpres.example",
            "+420605112874",
        ),
        "from": "Petr Malina <malina@regionexpres.example>",
        "subject": "zadost volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "Dobry den, posilam zadost o pristup na ten server s vysledky voleb pro nas "
        "web, jsme Region Expres s.r.o. ico " + I1 + ". ostra masina bude 198.51.100.31 a "
        "198.51.100.32 a na zkousku 198.51.100.40. kdyby neco tak volejte mne 60 511 28 74 "
        "nebo piste sem. diky Petr Malina\n\nOdeslano z iPhonu\n",
    },
    {
        "id": "bu002-html-only-outlook-table",
        "description": "HTML-only Outlook mail: a two-column table with a merged 'IP adresy' "
        "cell over production and test rows; filming answered 'ano' in a table row",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Mediální dům Polabí a.s.",
            I2,
            None,
            ["203.0.113.10", "203.0.113.11"],
            ["203.0.113.12"],
            "Jana Veselá",
            "vesela@mdpolabi.example",
            "+420731225980",
        ),
        "from": "Veselá Jana <vesela@mdpolabi.example>",
        "subject": "Žádost – volby do Poslanecké sněmovny",
        "headers": OUTLOOK,
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"><style>td{font-family:Calibri;font-size:11pt}</style></head><body>'
        "<p class=MsoNormal>Dobrý den,</p><p class=MsoNormal>za společnost Mediální dům "
        "Polabí a.s. (IČO " + I2 + ") posílám údaje k žádosti:</p>"
        "<table border=1 cellpadding=4 style='border-collapse:collapse'>"
        "<tr><td rowspan=2><b>IP adresy</b></td><td>ostré: 203.0.113.10, 203.0.113.11</td></tr>"
        "<tr><td>testovací: 203.0.113.12</td></tr>"
        "<tr><td><b>Natáčení na pracovištích ČSÚ</b></td><td>ano – štáb 2 osoby "
        "(kamera + redaktor), volební noc</td></tr>"
        "<tr><td><b>Kontakt</b></td><td>Jana Veselá, +420&nbsp;731&nbsp;225&nbsp;980, "
        "vesela@mdpolabi.example</td></tr></table>"
        "<p class=MsoNormal>Děkuji a zdravím</p><p class=MsoNormal><b>Jana Veselá</b><br>"
        "produkce zpravodajství<br>Mediální dům Polabí a.s.</p></body></html>",
    },
    {
        "id": "bu003-reply-quoting-office-press-release",
        "description": "a reply under the office's quoted press release, which carries the "
        "office's IČO, data box, phone and czso.cz addresses; the applicant's own data only above",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Deník Podřipsko s.r.o.",
            I3,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Lukáš Trojan",
            "trojan@podripsko.example",
            "+420724906113",
        ),
        "from": "Lukáš Trojan <trojan@podripsko.example>",
        "subject": "Re: ČSÚ: přihlášky médií k výsledkům voleb 2025",
        "headers": TBIRD,
        "body": "Dobrý den,\n\nna základě níže uvedené výzvy žádáme o přístup k XML s výsledky.\n"
        "\nDeník Podřipsko s.r.o., IČO " + I3 + "\nprodukce: 192.0.2.88\ntest: 192.0.2.89\n"
        "kontakt: Lukáš Trojan, 724 906 113\n\nS pozdravem\nLukáš Trojan\nonline editor\n\n"
        "Dne 1. 9. 2025 v 10:12 Tiskové oddělení ČSÚ napsal(a):\n"
        "> Český statistický úřad (IČO 00025593) zve média k přihlášení k odběru\n"
        "> průběžných výsledků voleb. Žádosti zasílejte do datové schránky\n"
        "> 2gfaasy nebo na podatelna@czso.cz. Uveďte název a IČO, nejvýše pět\n"
        "> produkčních a pět testovacích IP adres a kontaktní osobu.\n"
        ">\n> Informace: tiskové oddělení, tel. +420 274 052 733, media@czso.cz\n"
        "> Na padesátém 81, 100 82 Praha 10\n",
    },
    {
        "id": "bu004-shared-redakce-team-signature",
        "description": "sent from a shared redakce@ mailbox and signed by a team of three; one is "
        "named as the contact, with only a mobile and no e-mail of her own",
        "style": Style.SHARED,
        "labels": L(
            [FEED, FILM],
            "Brněnský večerník s.r.o.",
            I4,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.149"],
            "Eva Malá",
            "redakce@brnenskyvecernik.example",
            "+420739401266",
        ),
        "from": "Redakce Brněnský večerník <redakce@brnenskyvecernik.example>",
        "subject": "žádost o výsledky + natáčení",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nBrněnský večerník s.r.o. (IČO " + I4 + ") by rád i letos "
        "přebíral výsledky z vašeho serveru a také bychom chtěli natáčet na krajském "
        "pracovišti v Brně během sčítání.\n\nNaše servery: 198.51.100.140 a "
        "198.51.100.141, testovací stroj 198.51.100.149.\n\nPro veškerou komunikaci k žádosti "
        "prosím kontaktujte Evu Malou (tel. 739 401 266), odpovědi posílejte na tuto "
        "adresu, čteme ji všichni.\n\nDíky!\n\nTým online redakce\nTomáš Hrubý, Eva Malá, "
        "Jiří Sova\nBrněnský večerník | Kounicova 14, Brno | redakce: 541 220 300\n",
    },
    {
        "id": "bu005-slovak-writer-ipv6",
        "description": "Czech written by a Slovak (prístup, testovacia, pridelenie); production "
        "IPv6 and IPv4, test IPv6; a Slovak mobile for the contact",
        "style": Style.NONNATIVE,
        "labels": L(
            [FEED],
            "Infopress CZ s.r.o.",
            I5,
            None,
            ["2001:db8:44::10", "198.51.100.77"],
            ["2001:db8:44::20"],
            "Marek Hudec",
            "hudec@infopress.example",
            "+421905318447",
        ),
        "from": "Marek Hudec <hudec@infopress.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb",
        "headers": GMAIL,
        "body": "Dobrý deň,\n\nzasielam žádost o pridelenie prístupu k serveru s výsledkami "
        "voleb pre spoločnosť Infopress CZ s.r.o., IČO " + I5 + ".\n\n"
        "Produkčné adresy:\n  2001:db8:44::10\n  198.51.100.77\nTestovacia adresa:\n"
        "  2001:db8:44::20\n\nKontaktní osoba som ja, Marek Hudec, tel. +421 905 318 447 "
        "(som väčšinou v Bratislave, ale volať môžete kedykoľvek).\n\nS pozdravom\nMarek Hudec\n"
        "technický riaditeľ\n",
    },
    {
        "id": "bu006-polish-writer-filming-only",
        "description": "Czech with Polish slips from a Polish agency without an IČO; filming only, "
        "the feed explicitly not wanted; the contact is the cameraman named second",
        "style": Style.NONNATIVE,
        "labels": L(
            [FILM],
            "Agencja Informacyjna Beskidy sp. z o.o.",
            None,
            None,
            [],
            [],
            "Tomasz Wróbel",
            "t.wrobel@beskidy-info.example",
            "+48512407336",
        ),
        "from": "Katarzyna Nowak <k.nowak@beskidy-info.example>",
        "subject": "Prosba o povoleni filmowanie – volby",
        "headers": EMCLIENT,
        "body": "Dobrý den,\n\njsme polská agentura Agencja Informacyjna Beskidy sp. z o.o. z "
        "Bielsko-Biała a chceme udělat reportaž o českich volbach. Prosimy o zezwolenie "
        "natáčet na vašem pracovišti v Ostravě ve volebni noc. Data z serveru (XML) "
        "nepotřebujeme, budeme jen filmować.\n\nKontaktní osoba bude náš kameraman Tomasz "
        "Wróbel, t.wrobel@beskidy-info.example, tel. +48 512 407 336, on mluví česky lepší "
        "než ja :)\n\nZ poważaniem / S pozdravem\nKatarzyna Nowak\nredaktor wydania\n"
        "tel. +48 33 812 40 00 (centrala)\n",
    },
    {
        "id": "bu007-shared-it-terminal-paste",
        "description": "from a shared it@ mailbox; the addresses are pasted shell sessions "
        "(curl ifconfig.me on the prod and the test host), the contact signs with a direct e-mail",
        "style": Style.PASTE,
        "labels": L(
            [FEED],
            "Jihočeská mediální, a.s.",
            I7,
            None,
            ["198.51.100.83", "2001:db8:7::83"],
            ["198.51.100.84"],
            "Martin Šťastný",
            "stastny@jcmedia.example",
            "+420602784519",
        ),
        "from": "IT Jihočeská mediální <it@jcmedia.example>",
        "subject": "Feed výsledků voleb – IP adresy",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\nza Jihočeskou mediální, a.s. (IČO " + I7 + ") žádáme o přístup "
        "k XML výsledkům. Veřejné adresy jsem vytáhl přímo ze strojů:\n\n"
        "[admin@volby-prod ~]$ curl -4 ifconfig.me\n198.51.100.83\n"
        "[admin@volby-prod ~]$ curl -6 ifconfig.me\n2001:db8:7::83\n\n"
        "[admin@volby-test ~]$ curl -4 ifconfig.me\n198.51.100.84\n\n"
        "Tedy volby-prod je produkce (v4 i v6), volby-test je testovací.\n\n"
        "Kontakt za nás: Martin Šťastný, stastny@jcmedia.example, 602 784 519\n\n"
        "IT oddělení Jihočeské mediální\n(tuto schránku čte celý tým: M. Šťastný, "
        "P. Říha, O. Kolář)\n",
    },
    {
        "id": "bu008-databox-docx-both",
        "description": "data message, one-word annotation; the DOCX asks for both, lists "
        "addresses in a table and names a contact other than the signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vysočina Press s.r.o.",
            I8,
            "vp4k2xe",
            ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
            ["203.0.113.69"],
            "Radka Jelínková",
            "jelinkova@vysocinapress.example",
            "+420776203148",
        ),
        "databox": box("vp4k2xe", "Vysočina Press s.r.o.", "Havlíčkova 20, 586 01 Jihlava"),
        "subject": "Žádost",
        "attachments": [
            (
                "docx",
                "zadost_volby_VP.docx",
                {
                    "header": "Vysočina Press s.r.o. · Havlíčkova 20 · 586 01 Jihlava · IČO " + I8,
                    "blocks": [
                        "Český statistický úřad\nodbor volební",
                        "Žádáme o zpřístupnění výsledků voleb na dedikovaném serveru a o "
                        "povolení pořizovat obrazové záznamy na pracovišti ČSÚ v Jihlavě.",
                        {
                            "rows": [
                                ["", "IP adresa"],
                                ["produkční 1", "203.0.113.60"],
                                ["produkční 2", "203.0.113.61"],
                                ["produkční 3 (záložní)", "203.0.113.62"],
                                ["testovací", "203.0.113.69"],
                            ]
                        },
                        "Kontaktní osoba: Radka Jelínková, jelinkova@vysocinapress.example, "
                        "+420 776 203 148",
                        "Jan Dvořák\njednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "bu009-vietnamese-czech-writer",
        "description": "Czech by a Vietnamese-Czech writer (half the diacritics, 'my jsme "
        "maly portal'); tests from production, so no test address; name surname first",
        "style": Style.NONNATIVE,
        "labels": L(
            [FEED],
            "VietCZ Media s.r.o.",
            I9,
            None,
            ["192.0.2.150"],
            [],
            "Nguyen Thi Lan",
            "lan@vietcz.example",
            "+420777318604",
        ),
        "from": "Nguyen Thi Lan <lan@vietcz.example>",
        "subject": "zadost o pristup vysledky voleb",
        "headers": SAMSUNG,
        "body": "Dobry den,\n\nmy jsme maly portal pro vietnamskou komunitu v CR, firma VietCZ "
        "Media s.r.o., ICO " + I9 + ". Chceme prosim vas pristup na server výsledků voleb, "
        "budeme davat vysledky česky a vietnamsky.\n\nNaše IP je 192.0.2.150. Testovat budem "
        "na tom samem, jiny server nemame.\n\nKontakt: Nguyen Thi Lan (ja), tel 777 318 604\n\n"
        "Dekuju moc\nLan\n\nOdesláno z mého Galaxy\n",
    },
    {
        "id": "bu010-ukrainian-journalist-filming",
        "description": "Czech by a Ukrainian journalist (slips in gender and case); filming "
        "only for an association; the contact gives a Ukrainian mobile, no Czech one",
        "style": Style.NONNATIVE,
        "labels": L(
            [FILM],
            "Hromada Praha, z.s.",
            I10,
            None,
            [],
            [],
            "Olena Kovalenko",
            "olena.kovalenko@hromada.example",
            "+380674125590",
        ),
        "from": "Olena Kovalenko <olena.kovalenko@hromada.example>",
        "subject": "Natáčení v volební noc",
        "headers": ANDROID_GMAIL,
        "body": "Dobrý den,\n\njsem novinářka ze spolku Hromada Praha, z.s. (IČO " + I10 + "), "
        "děláme video zprávy pro ukrajinské komunita v Česku. Chtěla bych požádat o "
        "povolení natáčet na vaše pracoviště v Praze během sčítání hlasů. Jen kamera a já, "
        "bez světla.\n\nMůj telefon je ukrajinský +380 67 412 5590, český číslo teď nemám.\n"
        "\nDěkuji moc\nOlena Kovalenko\n",
    },
    {
        "id": "bu011-resend-quoting-ticket-acknowledgement",
        "description": "a resend above the office's automatic ticket acknowledgement and the "
        "first mail quoted; the new text replaces the test address of the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Vltava Sever, spol. s r.o.",
            I11,
            None,
            ["198.18.7.20", "198.18.7.21"],
            ["198.18.7.91"],
            "Simona Kadlecová",
            "kadlecova@radiovs.example",
            "+420608554271",
        ),
        "from": "Simona Kadlecová <kadlecova@radiovs.example>",
        "subject": "RE: [CSU#2025-08814] Přijetí zprávy: žádost o XML výsledky",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\ndostali jsme jen automatické potvrzení níže, tak jen pro jistotu "
        "posílám znovu s jednou změnou: testovací adresa už není 198.18.7.29, ale "
        "198.18.7.91 (stroj jsme přestěhovali). Produkce beze změny.\n\nDěkuji\nSimona "
        "Kadlecová\n\n----- Původní zpráva -----\nOd: podatelna@czso.cz\nKomu: "
        "kadlecova@radiovs.example\nPředmět: [CSU#2025-08814] Přijetí zprávy\n\n> Vaše "
        "zpráva byla přijata a zaevidována pod číslem CSU#2025-08814.\n> Tato zpráva byla "
        "vygenerována automaticky, neodpovídejte na ni.\n> Český statistický úřad, "
        "podatelna\n>\n> ----- Původní zpráva -----\n> Od: Simona Kadlecová\n> Předmět: "
        "žádost o XML výsledky\n>\n> Rádio Vltava Sever, spol. s r.o., IČO " + I11 + "\n> "
        "produkční IP: 198.18.7.20, 198.18.7.21\n> testovací IP: 198.18.7.29\n> kontakt: "
        "Simona Kadlecová, 608 554 271\n",
    },
    {
        "id": "bu012-router-status-page-paste",
        "description": "chatty webmail note with the router's WAN status page pasted (WAN IP, "
        "gateway, DNS); only the WAN address is the one they download from, no test",
        "style": Style.PASTE,
        "labels": L(
            [FEED],
            "Kutnohorský list, z.s.",
            I12,
            None,
            ["198.18.20.5"],
            [],
            "Zdeněk Polák",
            "kutnohorskylist@seznam.example",
            "+420603917520",
        ),
        "from": "Kutnohorsky list <kutnohorskylist@seznam.example>",
        "subject": "volby xml",
        "headers": SEZNAM,
        "body": "dobrý den, tak jsme se dohodli že letos zkusíme ty výsledky přímo z vašeho "
        "serveru :) jsme spolek Kutnohorský list, z.s., IČO " + I12 + ". IP nevím z hlavy "
        "tak sem kopíruju z routeru:\n\nStatus > Internet\nConnection Type: Static IP\n"
        "WAN IP Address: 198.18.20.5\nDefault Gateway: 198.18.20.1\nPrimary DNS: "
        "198.18.0.53\nSecondary DNS: 198.18.0.54\n\ntakže ta WAN adresa, z ní se budeme "
        "připojovat, testovat nic zvlášť nebudeme. kdyžtak volejte 603 917 520, Zdeněk Polák\n",
    },
    {
        "id": "bu013-signature-mobile-switchboard-fax",
        "description": "multipart/alternative Outlook mail; the signature gives a mobile, the "
        "switchboard and a fax — only the mobile is the contact's",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Slovácké noviny a.s.",
            I13,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.190"],
            "Lenka Horká",
            "horka@slovackenoviny.example",
            "+420737120455",
        ),
        "from": "Horká Lenka <horka@slovackenoviny.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Slovácké noviny",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nžádáme o zřízení přístupu k výsledkům voleb pro Slovácké noviny "
        "a.s., IČO " + I13 + ".\n\nProdukční servery: 203.0.113.180, 203.0.113.181\n"
        "Testovací server: 203.0.113.190\n\nKontaktní osobou jsem já.\n\nS pozdravem\n\n"
        "Ing. Lenka Horká\nvedoucí IT\nSlovácké noviny a.s.\nmob.: +420 737 120 455\n"
        "ústředna: +420 572 501 000\nfax: +420 572 501 099\nwww.slovackenoviny.example\n",
        "html": "<html><body><p>Dobrý den,</p><p>žádáme o zřízení přístupu k výsledkům voleb "
        "pro Slovácké noviny a.s., IČO " + I13 + ".</p><p>Produkční servery: 203.0.113.180, "
        "203.0.113.181<br>Testovací server: 203.0.113.190</p><p>Kontaktní osobou jsem já.</p>"
        "<p>S pozdravem</p><table><tr><td><b>Ing. Lenka Horká</b><br>vedoucí IT<br>Slovácké "
        "noviny a.s.</td><td>mob.: +420 737 120 455<br>ústředna: +420 572 501 000<br>fax: "
        "+420 572 501 099</td></tr></table></body></html>",
    },
    {
        "id": "bu014-flowed-wrapped-role-sentence",
        "description": "format=flowed: the sentences naming the roles wrap between the role "
        "word and the address, so the test role and its address sit on different lines",
        "style": Style.FLOWED,
        "labels": L(
            [FEED, FILM],
            "Krkonošský deník s.r.o.",
            I14,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.70"],
            "Aleš Vrba",
            "vrba@krkonossky.example",
            "+420728660391",
        ),
        "from": "Aleš Vrba <vrba@krkonossky.example>",
        "subject": "Volby: XML a fotografování",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\nKrkonošský deník s.r.o. (IČO " + I14 + ") žádá o přístup k \n"
        "XML výsledkům a o povolení fotografovat na pracovišti v Hradci Králové. \n"
        "Pro testování budeme používat server s adresou \n192.0.2.70, ostrý provoz poběží z "
        "\nadres 192.0.2.60 a 192.0.2.61.\n\nKontakt: Aleš Vrba, tel. 728 660 391.\n\n"
        "S pozdravem\nAleš Vrba\n",
    },
]
