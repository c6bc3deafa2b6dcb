"""Eighteenth held-out part ``lc``, cases lc029–lc042: a town's filming-only data message,
corrections by a contractor, a Polish university sheet with an old address, an agency asking
for a sound recording, Danish, Finnish and Spanish senders, a later election, a freelancer in
ISO-8859-2, a replaced contact, municipal RTF tables and an institute's PDF with version
numbers (written by hand, see make_eighteenth_lc)."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighteenth_lc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I_USTEK = ico("0026437")
I_PLR = ico("2815563")
I_SZAP = ico("0498231")
I_RTA = ico("2467910")
I_UJZ = ico("6092815")
I_ZTA = ico("4529117")
I_OKO = ico("7340286")
I_TATRY = ico("3681275")
I_BOHD = ico("0027519")
I_IVV = ico("6851930")

CASES: list[dict[str, Any]] = [
    {
        "id": "lc029-town-databox-filming-only",
        "description": "town's data message asks only to film for municipal TV; the letter says no XML access is needed",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FILM],
            "Město Úštěk nad Ohří",
            I_USTEK,
            "w8hn3qe",
            [],
            [],
            "Dagmar Holubová",
            "holubova@ustek-mu.example",
            "+420416795233",
        ),
        "subject": "Žádost o povolení natáčení - Městská televize Úštěk",
        "databox": {
            "box": "w8hn3qe",
            "sender": "Město Úštěk nad Ohří",
            "address": "Mírové nám. 1, 411 45 Úštěk nad Ohří",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "povoleni_nataceni.pdf",
                [
                    "MĚSTO ÚŠTĚK NAD OHŘÍ<br/>Městský úřad – odbor vnitřních věcí",
                    f"IČO: {I_USTEK[:2]} {I_USTEK[2:5]} {I_USTEK[5:]}",
                    "Věc: Žádost o povolení natáčení ve sběrném místě ČSÚ",
                    "Městská televize Úštěk, kterou provozuje město, by ráda natočila krátkou "
                    "reportáž o zpracování výsledků voleb ve sběrném místě Českého statistického "
                    "úřadu v Litoměřicích. Natáčet by jeden kameraman (pan Luboš Řezníček) "
                    "přibližně 20 minut po uzavření volebních místností.",
                    "Přístup k výsledkům ve formátu XML nepotřebujeme, výsledky přebíráme z webu.",
                    "Kontaktní osoba: Dagmar Holubová, tisková mluvčí, "
                    "holubova@ustek-mu.example, tel. 416 795 233",
                    "Ing. Miroslav Tuček, starosta",
                ],
            )
        ],
    },
    {
        "id": "lc030-contractor-correction-netmask-test",
        "description": "contractor corrects a production address later in the mail; test given as an address with a /31 netmask",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Plzeňský rozhled s.r.o.",
            I_PLR,
            None,
            ["192.0.2.61", "192.0.2.62"],
            ["192.0.2.64", "192.0.2.65"],
            "Marek Šťastný",
            "stastny@serverovna-zapad.example",
            "+420736118450",
        ),
        "from": "Marek Šťastný <stastny@serverovna-zapad.example>",
        "subject": "Plzeňský rozhled – přístup k XML (žádost za klienta)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "jako správce infrastruktury zasílám za našeho klienta Plzeňský rozhled s.r.o., "
            f"IČO {I_PLR}, žádost o přístup k výsledkům voleb v XML.\n\n"
            "produkce: 192.0.2.60, 192.0.2.62\n"
            "test: 192.0.2.64 / 255.255.255.254\n\n"
            "Kontakt: Marek Šťastný, tel. 736 118 450\n\n"
            "Oprava: místo 192.0.2.60 prosím uveďte 192.0.2.61, ta šedesátka je router, "
            "omlouvám se za zmatek. Druhá produkční (.62) platí.\n\n"
            "S pozdravem\nMarek Šťastný\nServerovna Západ s.r.o.\n"
            f"IČO {I_SZAP}\n"
        ),
        "attachments": [
            (
                "txt",
                "traceroute.txt",
                "traceroute to 192.0.2.61, 30 hops max\n"
                " 1  gw.serverovna-zapad.example  0.412 ms\n"
                " 2  192.0.2.1  1.907 ms\n",
            )
        ],
    },
    {
        "id": "lc031-pl-university-xlsx-old-address",
        "description": "Polish academy, Polish mail with an XLSX; one row marked as an old unused address",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Akademia Mediów w Opolu",
            None,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.110"],
            "Katarzyna Zielińska",
            "k.zielinska@akademiamediow.example",
            "+48775552010",
        ),
        "from": "Katarzyna Zielińska <k.zielinska@akademiamediow.example>",
        "subject": "Wniosek – dostęp do wyników wyborów (XML)",
        "headers": OWA,
        "body": (
            "Dzień dobry,\n\n"
            "Akademia Mediów w Opolu prosi o dostęp do serwisu XML z wynikami wyborów dla "
            "naszego studenckiego portalu. Adresy IP w załączniku.\n\n"
            "Osoba kontaktowa: dr Katarzyna Zielińska, tel. +48 77 555 20 10\n\n"
            "Pozdrawiam serdecznie\nKatarzyna Zielińska\n"
        ),
        "attachments": [
            (
                "xlsx",
                "adresy_IP.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Rodzaj", "Adres IP", "Uwagi"],
                            ["produkcyjny", "203.0.113.99", "stary adres, nieużywany"],
                            ["produkcyjny", "203.0.113.101", ""],
                            ["produkcyjny", "203.0.113.102", ""],
                            ["testowy", "203.0.113.110", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "lc032-agency-sound-recording-short-range",
        "description": "regional agency asks for feed and a sound recording; range written with a shortened last octet",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Regionální tisková agentura RTA s.r.o.",
            I_RTA,
            None,
            ["203.0.113.180", "203.0.113.181", "203.0.113.182", "203.0.113.183"],
            [],
            "Bohumil Čermák",
            "cermak@rta-zpravy.example",
            "+420602778341",
        ),
        "from": "Bohumil Čermák <cermak@rta-zpravy.example>",
        "subject": "RTA: XML + zvukový záznam",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"Regionální tisková agentura RTA s.r.o. (IČO {I_RTA}) žádá:\n"
            "- o přístup k XML s výsledky z adres 203.0.113.180-183 (všechny produkční, "
            "testovací nemáme),\n"
            "- o povolení pořídit zvukový záznam v tiskovém středisku ČSÚ během vyhlašování "
            "výsledků (jen diktafon, bez kamery).\n\n"
            "Vyřizuje Bohumil Čermák, 602 778 341.\n\n"
            "Děkuji\nB. Čermák\nRTA – zpravodajství z regionů\n"
        ),
    },
    {
        "id": "lc033-dk-html-table-danish",
        "description": "Danish HTML-only mail with a table in Danish; CVR number noise",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Fynske Nyheder A/S",
            None,
            None,
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Mette Søndergaard",
            "mette.sondergaard@fynskenyheder.example",
            "+4520123456",
        ),
        "from": "Mette Søndergaard <mette.sondergaard@fynskenyheder.example>",
        "subject": "Ansøgning om adgang til valgresultater (XML)",
        "headers": OUTLOOK,
        "html": (
            "<html><body><p>Kære Český statistický úřad,</p>"
            "<p>Fynske Nyheder A/S (CVR-nr. 31 84 20 17) ansøger om adgang til jeres "
            "XML-tjeneste med valgresultater. Vi har ikke brug for filmtilladelse.</p>"
            "<table border='1'><tr><th>Formål</th><th>IP-adresse</th></tr>"
            "<tr><td>Produktion</td><td>198.51.100.120<br>198.51.100.121</td></tr>"
            "<tr><td>Test</td><td>198.51.100.125</td></tr></table>"
            "<p>Kontaktperson: Mette Søndergaard, tlf. +45 20 12 34 56</p>"
            "<p>Med venlig hilsen<br>Mette Søndergaard<br>Digital redaktør, Fynske Nyheder<br>"
            "Vestergade 2, 5000 Odense C</p></body></html>"
        ),
    },
    {
        "id": "lc034-fi-ipv6-block-base64",
        "description": "Finnish-English mail, base64: production given as an IPv6 /127 block, no test",
        "style": Style.MIXED_ENGLISH,
        "labels": L(
            [FEED],
            "Itämeren Uutiset Oy",
            None,
            None,
            ["2001:db8:5:1::", "2001:db8:5:1::1"],
            [],
            "Aino Virtanen",
            "aino.virtanen@itameren.example",
            "+358401234567",
        ),
        "from": "Aino Virtanen <aino.virtanen@itameren.example>",
        "subject": "Hakemus / application: election results XML",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Hei / Hello,\n\n"
            "Itämeren Uutiset Oy (Y-tunnus 2841570-3) applies for access to the XML election "
            "results service.\n\n"
            "Tuotanto / production: 2001:db8:5:1::/127 (both addresses of the block)\n"
            "Testi / test: ei ole / none\n\n"
            "Yhteyshenkilö / contact: Aino Virtanen, +358 40 123 4567\n\n"
            "Ystävällisin terveisin / best regards,\nAino Virtanen\n"
        ),
    },
    {
        "id": "lc035-university-reply-film-later",
        "description": "reply to the office's confirmation request; filming postponed to the presidential election, office IČO quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Univerzita Jižní Zóny",
            I_UJZ,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Tereza Malá",
            "mala@ujz.example",
            "+420387773512",
        ),
        "from": "Tereza Malá <mala@ujz.example>",
        "subject": "RE: Vaše žádost – upřesnění typu požadavku",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "upřesňuji: pro tyto volby žádáme jen o přístup k XML (adresy viz naše původní "
            "žádost níže, platí beze změny). Natáčení budeme řešit až před prezidentskou "
            "volbou, teď ho prosím neevidujte.\n\n"
            "Tereza Malá\nkatedra mediálních studií, Univerzita Jižní Zóny\n"
            "tel. 387 773 512\n\n"
            "From: podatelna@czso.cz\n"
            "Sent: Thursday, September 7, 2023 9:02 AM\n"
            "Subject: Vaše žádost – upřesnění typu požadavku\n\n"
            "Dobrý den, ve Vaší žádosti není zřejmé, zda žádáte i o povolení natáčení.\n"
            "Český statistický úřad, Na padesátém 81, IČO 00025593\n\n"
            "From: Tereza Malá\n"
            "Sent: Wednesday, September 6, 2023 3:40 PM\n\n"
            f"Univerzita Jižní Zóny, IČO {I_UJZ}, žádá o přístup k XML s výsledky voleb.\n"
            "Produkční adresy: 192.0.2.140, 192.0.2.141; testovací: 192.0.2.150.\n"
            "Možná bychom chtěli i natáčet se studenty.\n"
            "Kontakt: Tereza Malá, mala@ujz.example, 387 773 512\n"
        ),
    },
    {
        "id": "lc036-databox-agency-xlsx-backup-column",
        "description": "agency data message with an XLSX: production, backup and test in columns; box also in the file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodajská tisková agentura ZTA a.s.",
            I_ZTA,
            "z5ta2kp",
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.79"],
            "Eva Kučerová",
            "kucerova@zta.example",
            "+420234117620",
        ),
        "subject": "ZTA – žádost o přístup k volebním datům (XML)",
        "databox": {
            "box": "z5ta2kp",
            "sender": "Zpravodajská tisková agentura ZTA a.s.",
            "address": "Washingtonova 17, 110 00 Praha 1",
        },
        "attachments": [
            (
                "xlsx",
                "ZTA_volby_IP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Zpravodajská tisková agentura ZTA a.s."],
                            ["IČO", I_ZTA],
                            ["ID DS", "z5ta2kp"],
                            ["Požadujeme", "přístup k XML s výsledky (natáčení ne)"],
                            [],
                            ["Produkční", "Záložní", "Testovací"],
                            ["203.0.113.70", "203.0.113.71", "203.0.113.79"],
                            [],
                            ["Kontaktní osoba", "Eva Kučerová"],
                            ["E-mail", "kucerova@zta.example"],
                            ["Telefon", "234 117 620"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "lc037-freelancer-trade-name-iso88592",
        "description": "freelance videographer under a trade name, ISO-8859-2: own live stream plus filming",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED, FILM],
            "Studio Oko - Jan Doležal",
            I_OKO,
            None,
            ["198.51.100.77"],
            [],
            "Jan Doležal",
            "jan@studio-oko.example",
            "+420731905226",
        ),
        "from": "Jan Doležal <jan@studio-oko.example>",
        "subject": "Žádost - XML a natáčení (Studio Oko)",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "jsem nezávislý kameraman a provozuji zpravodajský stream pro Vysočinu. Žádám:\n\n"
            "1. o přístup k XML výsledkům z mého serveru 198.51.100.77 (testovací adresu "
            "nemám),\n"
            "2. o povolení natáčet ve sběrném místě v Jihlavě.\n\n"
            "Studio Oko - Jan Doležal\n"
            f"IČO: {I_OKO} (nejsem plátce DPH)\n"
            "Tel.: +420 731 905 226\n"
            "www.studio-oko.example\n"
        ),
    },
    {
        "id": "lc038-hu-contact-replaced",
        "description": "Hungarian radio in Hungarian: the contact named first is replaced by a colleague later in the mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pannon Rádió Kft.",
            None,
            None,
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Tóth Anna",
            "toth.anna@pannonradio.example",
            "+36209876543",
        ),
        "from": "Szabó Péter <szabo.peter@pannonradio.example>",
        "subject": "Kérelem – XML választási eredmények",
        "headers": ZIMBRA,
        "body": (
            "Tisztelt Cseh Statisztikai Hivatal!\n\n"
            "A Pannon Rádió Kft. (Pécs) hozzáférést kér a választási eredmények XML "
            "szolgáltatásához.\n\n"
            "Éles szerver: 203.0.113.60\n"
            "Teszt szerver: 203.0.113.61\n\n"
            "Kapcsolattartó: Szabó Péter, +36 30 111 2233\n\n"
            "Módosítás: a választás hetében szabadságon leszek, ezért a kapcsolattartó "
            "helyettem Tóth Anna (toth.anna@pannonradio.example, +36 20 987 6543).\n\n"
            "Üdvözlettel\nSzabó Péter\nműszaki vezető\n"
        ),
    },
    {
        "id": "lc039-sk-terse-spaced-ico-domestic-phone",
        "description": "terse Slovak note: 'ostrá' and 'skúšobná' roles, IČO written with spaces, domestic Slovak mobile",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rádio Tatry Sever, s.r.o.",
            I_TATRY,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Milan Hrušovský",
            "hrusovsky@radiotatry.example",
            "+421905111222",
        ),
        "from": "Milan Hrušovský <hrusovsky@radiotatry.example>",
        "subject": "XML volby",
        "headers": APPLE,
        "body": (
            "Dobrý deň, prosíme o prístup k XML.\n"
            "ostrá: 192.0.2.180\nskúšobná: 192.0.2.181\n\n"
            f"Rádio Tatry Sever, s.r.o., IČO {I_TATRY[:2]} {I_TATRY[2:5]} {I_TATRY[5:]}\n"
            "Milan Hrušovský, 0905 111 222\n"
        ),
    },
    {
        "id": "lc040-databox-municipality-rtf-office-box",
        "description": "municipal data message with an RTF table; a /30 block; the office's own box ID printed as addressee",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Statutární město Bohdanov",
            I_BOHD,
            "b9dm4rs",
            ["198.51.100.52", "198.51.100.53", "198.51.100.54", "198.51.100.55"],
            ["198.51.100.60"],
            "Petr Sýkora",
            "sykora.petr@bohdanov-mesto.example",
            "+420495817334",
        ),
        "subject": "Žádost o přístup k XML s výsledky voleb – odbor informatiky",
        "databox": {
            "box": "b9dm4rs",
            "sender": "Statutární město Bohdanov",
            "address": "Masarykovo nám. 1, 500 03 Bohdanov",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost_OI_2023_188.rtf",
                [
                    "Statutární město Bohdanov, Magistrát města, odbor informatiky",
                    "Adresát: Český statistický úřad, ID DS 2gfaasy",
                    "Č. j.: MMB/OI/188/2023",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML pro zobrazení na "
                    "městském portálu a na velkoplošné obrazovce na náměstí.",
                    [
                        ["Žadatel", "Statutární město Bohdanov"],
                        ["IČO", I_BOHD],
                        ["Produkční rozsah", "198.51.100.52/30"],
                        ["Testovací server", "198.51.100.60"],
                        ["Kontakt", "Petr Sýkora, vedoucí odboru informatiky"],
                        ["E-mail", "sykora.petr@bohdanov-mesto.example"],
                        ["Telefon", "495 817 334"],
                    ],
                    "Natáčení nepožadujeme.",
                ],
            )
        ],
    },
    {
        "id": "lc041-es-agency-html-live-dry-run",
        "description": "Spanish agency, Spanish HTML mail with English technical lines: 'live' and 'dry runs' as roles",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Agencia Iberoamericana de Noticias S.A.",
            None,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.205"],
            "Diego Salazar",
            "dsalazar@ain-noticias.example",
            "+34915553412",
        ),
        "from": "Diego Salazar <dsalazar@ain-noticias.example>",
        "subject": "Solicitud de acceso XML – elecciones checas",
        "headers": GMAIL,
        "body": (
            "Estimados señores:\n\n"
            "La Agencia Iberoamericana de Noticias S.A. (CIF A-28123456, Madrid) solicita acceso "
            "al servicio XML de resultados electorales.\n\n"
            "Technical details (in English, sorry): we'll pull from 203.0.113.200 and "
            "203.0.113.201 (live) and, for dry runs, from 203.0.113.205.\n\n"
            "No solicitamos permiso de grabación.\n\n"
            "Persona de contacto: Diego Salazar, tel. +34 91 555 34 12\n\n"
            "Atentamente,\nDiego Salazar\nJefe de Sistemas, AIN\n"
        ),
        "html": (
            "<div dir='ltr'><p>Estimados señores:</p>"
            "<p>La Agencia Iberoamericana de Noticias S.A. (CIF A-28123456, Madrid) solicita "
            "acceso al servicio XML de resultados electorales.</p>"
            "<p>Technical details (in English, sorry): we'll pull from 203.0.113.200 and "
            "203.0.113.201 (live) and, for dry runs, from 203.0.113.205.</p>"
            "<p>No solicitamos permiso de grabación.</p>"
            "<p>Persona de contacto: Diego Salazar, tel. +34 91 555 34 12</p>"
            "<p>Atentamente,<br>Diego Salazar<br>Jefe de Sistemas, AIN</p></div>"
        ),
    },
    {
        "id": "lc042-institute-pdf-version-numbers",
        "description": "research institute's PDF letter with dotted version numbers and an OID near the addresses",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Institut pro výzkum voleb, v. v. i.",
            I_IVV,
            None,
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.235"],
            "Lukáš Brabec",
            "brabec@ivv-instit.example",
            "+420224318905",
        ),
        "from": "Sekretariát IVV <sekretariat@ivv-instit.example>",
        "subject": "Žádost o přístup k XML – Institut pro výzkum voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost ředitele institutu.\n\nSekretariát IVV\n"
        ),
        "attachments": [
            (
                "pdf",
                "IVV_zadost_XML.pdf",
                [
                    "Institut pro výzkum voleb, v. v. i.<br/>Politických vězňů 7, 110 00 Praha 1"
                    f"<br/>IČO {I_IVV}",
                    "Věc: Žádost o přístup k XML výstupům výsledků voleb",
                    "Institut spolupracuje s Českým rozhlasem na volebních modelech a pro "
                    "výpočty během volební noci potřebuje průběžná data. Náš klient (verze "
                    "2.10.3.1, knihovna lxml 4.9.3) bude stahovat ze dvou produkčních serverů "
                    "192.0.2.230 a 192.0.2.231; zkušební provoz poběží ze serveru 192.0.2.235. "
                    "Certifikát serveru má politiku OID 1.3.6.1.4.1.5923.",
                    "Kontaktní osoba: RNDr. Lukáš Brabec, brabec@ivv-instit.example, "
                    "tel. 224 318 905",
                    "doc. PhDr. Alena Šustrová, Ph.D., ředitelka",
                ],
            )
        ],
    },
]
