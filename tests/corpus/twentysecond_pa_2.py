"""Twentysecond held-out part ``pa``, cases pa015–pa028: a reply correcting the sender's own
quoted application, a reply to the office's request for completion with nested quoting, a DOCX
form with ticked and unticked boxes, a PDF with wrapped cells, a format=flowed mail giving roles
by 'resp.', a Polish agency writing English, a town that only wants to film (iso-8859-2), a data
message with the application in the annotation and a TXT file, an .eml attachment from a web
contractor, a chatty radio asking for both, an Italian crew, an OWA yes/no table, an S/MIME
signed university mail with a CIDR block and a data message with a merged DOCX cell. Written by
hand apart from the extraction rules (see make_twentysecond_pa); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysecond_pa_common import (
    APPLE,
    BOTH,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2781604"), ico("4402719"), ico("2895013"), ico("2651478")
I19, I21, I22, I23 = ico("6073218"), ico("0028359"), ico("2547801"), ico("0661283")
I23W, I24, I26, I27 = ico("2914570"), ico("2734169"), ico("0507294"), ico("0081936")
I28 = ico("2611843")

CASES: list[dict[str, Any]] = [
    {
        "id": "pa015-reply-corrects-own-quoted-test",
        "description": "the sender replies to his own earlier application: the new text fixes "
        "the test address, everything else comes from the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Vinohradské noviny s.r.o.",
            I15,
            None,
            ["203.0.113.12"],
            ["203.0.113.19"],
            "Daniel Tuček",
            "tucek@vinohradskenoviny.example",
            "+420724600381",
        ),
        "from": "Daniel Tuček <tucek@vinohradskenoviny.example>",
        "subject": "Re: Žádost o přístup k XML – Vinohradské noviny",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, v mé žádosti níže je špatně testovací adresa – správně je "
            "203.0.113.19 (ne 203.0.113.91, přehodil jsem číslice). Ostatní platí, jak jsem "
            "psal.\n\n"
            "Daniel Tuček\n\n"
            "> 10. 9. 2025 v 14:02, Daniel Tuček <tucek@vinohradskenoviny.example>:\n"
            ">\n"
            "> Dobrý den,\n"
            ">\n"
            "> prosíme o přístup k výsledkům voleb ve formátu XML.\n"
            ">\n"
            f"> Žadatel: Vinohradské noviny s.r.o., IČO {I15}\n"
            "> Produkční IP: 203.0.113.12\n"
            "> Testovací IP: 203.0.113.91\n"
            "> Kontakt: Daniel Tuček, +420 724 600 381\n"
            ">\n"
            "> Děkuji\n"
            "> Daniel Tuček, vedoucí vývoje\n"
        ),
    },
    {
        "id": "pa016-reply-to-office-completion-nested",
        "description": "reply to the office's request to complete the application: the new "
        "text adds the IČO and a test address, the production address and contact are in "
        "the applicant's own twice-quoted first mail, the office clerk's contacts in between",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Ještěd FM s.r.o.",
            I16,
            None,
            ["192.0.2.101"],
            ["192.0.2.102"],
            "Jakub Mach",
            "mach@radiojested.example",
            "+420777402915",
        ),
        "from": "Jakub Mach <mach@radiojested.example>",
        "subject": "Re: Re: žádost o XML výsledky voleb",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            f"doplňuji: IČO Rádio Ještěd FM s.r.o. je {I16}. Testovací přístup ano, "
            "z adresy 192.0.2.102. Produkční adresa zůstává ta z mé první zprávy.\n\n"
            "Díky\nJakub Mach\n\n"
            "Dne 2025-09-12 08:31, Český statistický úřad napsal:\n"
            "> Dobrý den,\n"
            "> k Vaší žádosti prosím doplňte IČO žadatele a sdělte, zda požadujete také\n"
            "> testovací přístup (nejvýše 5 testovacích adres).\n"
            ">\n"
            "> S pozdravem\n"
            "> Ing. Markéta Šimková\n"
            "> odbor informačních služeb\n"
            "> Český statistický úřad | tel. 274 052 733 | podatelna@czso.cz\n"
            ">\n"
            "> Dne 2025-09-11 17:05, Jakub Mach napsal:\n"
            ">> Dobrý den,\n"
            ">> za Rádio Ještěd FM prosíme o přístup k výsledkům voleb v XML pro náš\n"
            ">> server 192.0.2.101.\n"
            ">> Kontakt: Jakub Mach, 777 402 915\n"
            ">> Díky, J. Mach\n"
        ),
    },
    {
        "id": "pa017-docx-form-checkboxes",
        "description": "a short Outlook mail with a filled-in DOCX form: a ticked feed box and an "
        "unticked filming box, an address table with an empty cell; the contact named in the "
        "form is not the sender",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Mediální skupina Sázava a.s.",
            I17,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Ivo Zedník",
            "zednik@msazava.example",
            "+420603550912",
        ),
        "from": "Alena Šťastná <stastna@msazava.example>",
        "subject": "Formulář – přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám vyplněný formulář naší společnosti.\n\n"
            "S pozdravem\n"
            "Alena Šťastná\n"
            "asistentka vedení\n"
            "Mediální skupina Sázava a.s.\n"
        ),
        "attachments": [
            (
                "docx",
                "formular_volby_MSS.docx",
                {
                    "header": "Mediální skupina Sázava a.s. – interní formulář F-12",
                    "blocks": [
                        "ŽÁDOST MÉDIA – VOLBY 2025",
                        f"Žadatel: Mediální skupina Sázava a.s., IČO {I17}",
                        {
                            "rows": [
                                ["Požadavek", "Označte"],
                                ["Přístup k XML výsledkům (server ČSÚ)", "☒"],
                                ["Povolení k natáčení na sběrném místě", "☐"],
                            ]
                        },
                        {
                            "rows": [
                                ["", "IP adresa 1", "IP adresa 2"],
                                ["Produkční", "198.51.100.170", "198.51.100.171"],
                                ["Testovací", "198.51.100.175", ""],
                            ]
                        },
                        {
                            "rows": [
                                ["Kontaktní osoba", "Ivo Zedník"],
                                ["Telefon", "+420 603 550 912"],
                                ["E-mail", "zednik@msazava.example"],
                            ]
                        },
                        "Formulář verze 3.1 ze dne 1. 7. 2025",
                    ],
                },
            )
        ],
    },
    {
        "id": "pa018-pdf-wrapped-cells-backup",
        "description": "PDF table with narrow columns so the role cells wrap; a backup server "
        "in another town; filming asked for in the same letter",
        "style": Style.ATTACHMENT,
        "labels": L(
            BOTH,
            "TV Podbrdsko s.r.o.",
            I18,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Monika Vlasáková",
            "vlasakova@tvpodbrdsko.example",
            "+420318444107",
        ),
        "from": "Monika Vlasáková <vlasakova@tvpodbrdsko.example>",
        "subject": "Žádost TV Podbrdsko – volby (PDF)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám naši žádost podepsanou jednatelem.\n\n"
            "S pozdravem\nMonika Vlasáková\nTV Podbrdsko\n"
        ),
        "attachments": [
            (
                "pdf",
                "TV_Podbrdsko_zadost.pdf",
                [
                    f"TV Podbrdsko s.r.o. | Mariánská 9, 261 01 Příbram | IČO {I18}",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML z níže uvedených "
                    "adres. Současně žádáme o povolení natáčet v prostorách sběrného místa "
                    "v Příbrami (kameraman a redaktorka) ve volební noc.",
                    {
                        "rows": [
                            ["Účel", "Adresa", "Pozn."],
                            ["produkční (primární stahování)", "203.0.113.150", ""],
                            ["záložní server v jiné lokalitě", "203.0.113.151", "Plzeň"],
                            ["testovací", "203.0.113.160", "do 30. 9."],
                        ],
                        "widths": [90, 110, 60],
                    },
                    "Kontaktní osoba: Monika Vlasáková, tel. 318 444 107, "
                    "vlasakova@tvpodbrdsko.example",
                    "Ing. Karel Šebek, jednatel",
                ],
            )
        ],
    },
    {
        "id": "pa019-flowed-resp-order",
        "description": "format=flowed mail whose soft line breaks fall inside the sentence that "
        "gives production and test by order ('resp.')",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Zlínský večerník, spol. s r. o.",
            I19,
            None,
            ["198.51.100.7"],
            ["198.51.100.8"],
            "Hynek Šustr",
            "sustr@zlinskyvecernik.example",
            "+420577018552",
        ),
        "from": "Hynek Šustr <sustr@zlinskyvecernik.example>",
        "subject": "Volby – XML pro Zlínský večerník",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "jménem Zlínského večerníku, spol. s r. o. (IČO "
            f"{I19}) bych chtěl požádat o přístup k \n"
            "Vašemu XML s výsledky voleb. Produkční a testovací adresa našeho \n"
            "stahovacího serveru je 198.51.100.7, resp. \n"
            "198.51.100.8. Jiné adresy používat nebudeme.\n\n"
            "Kdybyste potřebovali něco upřesnit, jsem k zastižení na čísle \n"
            "577 018 552.\n\n"
            "Hezký den\n"
            "Hynek Šustr\n"
            "-- \n"
            "Zlínský večerník | redakce online\n"
        ),
    },
    {
        "id": "pa020-polish-agency-english",
        "description": "Polish news agency writing non-native English; no IČO (NIP and KRS "
        "numbers instead); main, backup and testing addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Południe Sp. z o.o.",
            None,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.62"],
            "Katarzyna Wróbel",
            "k.wrobel@aip-poludnie.example",
            "+48325551890",
        ),
        "from": "Katarzyna Wróbel <k.wrobel@aip-poludnie.example>",
        "subject": "Access to election results XML - Polish news agency",
        "headers": OWA,
        "body": (
            "Good morning,\n\n"
            "we are Polish news agency from Katowice (Agencja Informacyjna Południe Sp. z o.o.) "
            "and we cover also Czech elections for our clients in Silesia. We kindly ask "
            "for access to XML results on your server.\n\n"
            "Our IPs is following:\n"
            "main 192.0.2.60\n"
            "backup 192.0.2.61\n"
            "for testing 192.0.2.62\n\n"
            "We have not Czech company ID (IČO), our Polish NIP is 634-281-77-40 and KRS "
            "0000412785.\n\n"
            "Contact person is me, Katarzyna Wróbel, phone +48 32 555 18 90.\n\n"
            "Best regards / Z poważaniem\n"
            "Katarzyna Wróbel\n"
            "Agencja Informacyjna Południe\n"
            "ul. Mariacka 14, 40-014 Katowice\n"
        ),
    },
    {
        "id": "pa021-town-film-only-latin2",
        "description": "a town's press office in iso-8859-2 asks only to film at a collection "
        "point and explicitly does not ask for the XML",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Město Horní Slavkovice",
            I21,
            None,
            [],
            [],
            "Renata Holá",
            "hola@hornislavkovice.example",
            "+420566520118",
        ),
        "from": "Renata Holá <hola@hornislavkovice.example>",
        "subject": "Prosba o povolení natáčení – městská televize",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "jsem z tiskového oddělení Města Horní Slavkovice (IČ "
            f"{I21}). Naše městská televize by ráda natočila krátkou reportáž o tom, jak "
            "se výsledky z okrsků dostávají ke statistikům, a proto Vás prosíme o povolení "
            "natáčení na sběrném místě v Jihlavě v sobotu 4. 10. dopoledne.\n\n"
            "O přístup k datům v XML nežádáme, výsledky přebíráme z webu volby.cz.\n\n"
            "Točit budou dva lidé - redaktor Luboš Kadlec a kameraman. Pro domluvu jsem "
            "k dispozici já, tel. 566 520 118.\n\n"
            "Děkuji za vyřízení\n"
            "Renata Holá\n"
            "tisková mluvčí\n"
            "Město Horní Slavkovice, Masarykovo nám. 1, 588 56 Horní Slavkovice\n"
        ),
    },
    {
        "id": "pa022-databox-annotation-and-txt",
        "description": "data message with the addresses and contact only in the annotation "
        "(abbreviated roles), the IČO and e-mail in an attached TXT cover note",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krušnohorské rádio s.r.o.",
            I22,
            "kr2m8sd",
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Blanka Pecková",
            "peckova@krusnohorskeradio.example",
            "+420602114785",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: prod. 198.51.100.90, test. "
        "198.51.100.91, kontakt B. Pecková 602 114 785",
        "databox": {
            "box": "kr2m8sd",
            "sender": "Krušnohorské rádio s.r.o.",
            "address": "Husova 311, 431 11 Jirkov",
        },
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "Krušnohorské rádio s.r.o.\n"
                f"IČ: {I22}\n"
                "Husova 311, 431 11 Jirkov\n\n"
                "Věc: přístup k výsledkům voleb\n\n"
                "Dobrý den,\n"
                "žádáme o zřízení přístupu k výsledkům voleb ve formátu XML. IP adresy "
                "a kontakt uvádíme v anotaci této datové zprávy.\n"
                "E-mail kontaktní osoby (Blanka Pecková): peckova@krusnohorskeradio.example\n\n"
                "S pozdravem\n"
                "Zbyněk Horák, jednatel\n",
            )
        ],
    },
    {
        "id": "pa023-eml-from-web-contractor",
        "description": "the editor forwards the web contractor's mail as an .eml attachment: "
        "it holds the addresses, an old address no longer used and the contractor's own IČO",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Podještědský týdeník s.r.o.",
            I23,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Hedvika Marešová",
            "maresova@podjestedskytydenik.example",
            "+420731902446",
        ),
        "from": "Hedvika Marešová <maresova@podjestedskytydenik.example>",
        "subject": "Fwd: IP adresy pro volby",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám jako přílohu mail našeho dodavatele webu s IP adresami, které prosím "
            "povolte pro přístup k XML s výsledky voleb.\n\n"
            f"Žadatel: Podještědský týdeník s.r.o., IČO {I23}\n"
            "Kontaktní osobou za nás jsem já, tel. 731 902 446.\n\n"
            "Děkuji\n"
            "Hedvika Marešová\n"
            "vydavatelka\n"
        ),
        "attachments": [
            (
                "eml",
                "IP adresy pro volby.eml",
                {
                    "id": "pa023-inner",
                    "from": "Martin Kolář <kolar@weblabstudio.example>",
                    "to": "maresova@podjestedskytydenik.example",
                    "subject": "IP adresy pro volby",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den, paní Marešová,\n\n"
                        "pro ČSÚ uveďte prosím tyto adresy:\n"
                        "produkce: 203.0.113.180, 203.0.113.181\n"
                        "test: 203.0.113.189\n\n"
                        "Adresu 203.0.113.99 z loňska už nepoužíváme, tu prosím neuvádějte.\n\n"
                        "S pozdravem\n"
                        "Martin Kolář\n"
                        f"WebLab Studio s.r.o., IČO {I23W}\n"
                        "tel. 485 330 912\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "pa024-samsung-chatty-radio-both",
        "description": "chatty, sloppy mail from a Samsung phone asking for both; phone with "
        "dashes, 'ostrá' and 'testovací' after the addresses",
        "style": Style.MOBILE,
        "labels": L(
            BOTH,
            "Rádio Střed, s.r.o.",
            I24,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Libor Pazdera",
            "pazdera@radiostred.example",
            "+420777216340",
        ),
        "from": "Libor Pazdera <pazdera@radiostred.example>",
        "subject": "volby - xml a nataceni",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den,\n"
            "tak zase volby :) Za Rádio Střed, s.r.o. (IČO "
            f"{I24}) bychom letos chtěli jednak ten přístup k xml s výsledky a jednak "
            "natáčet/nahrávat na sběrném místě v Kolíně, kolegyně by tam dělala živé "
            "vstupy do vysílání.\n"
            "IP: 192.0.2.120 ostrá, 192.0.2.121 testovací\n"
            "kdyžtak mi volejte 777-216-340\n"
            "díky Libor Pazdera\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "pa025-italian-crew-film-only",
        "description": "Italian correspondent in English asks only to film and says the XML "
        "is not needed; no IČO; Italian mobile and a Czech fixer's number",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Rete Adriatica TV S.r.l.",
            None,
            None,
            [],
            [],
            "Giulia Ferraris",
            "g.ferraris@reteadriatica.example",
            "+393472185530",
        ),
        "from": "Giulia Ferraris <g.ferraris@reteadriatica.example>",
        "subject": "Filming permission - election night in Prague",
        "headers": K9,
        "body": (
            "Hello,\n\n"
            "I am a correspondent of Rete Adriatica TV S.r.l. (Italy) and I will cover the "
            "Czech elections from Prague. I would like to ask the permission to film at your "
            "collection point on election night, with one camera operator (Marco Santini).\n\n"
            "We don't need the access to XML data, only the permission for filming.\n\n"
            "You can reach me at +39 347 218 5530 (also WhatsApp). In Prague our fixer is "
            "Eva Kratochvílová, +420 604 225 871.\n\n"
            "Many thanks and kind regards,\n"
            "Giulia Ferraris\n"
            "Rete Adriatica TV - redazione esteri\n"
        ),
    },
    {
        "id": "pa026-owa-html-yes-no",
        "description": "HTML-only Outlook on the web mail: a yes/no table of requests (feed "
        "ANO, filming NE) and a second table with two production addresses in one cell",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Novinky Ploučnice s.r.o.",
            I26,
            None,
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.215"],
            "Eliška Doubravová",
            "doubravova@novinkyploucnice.example",
            "+420487551203",
        ),
        "from": "Eliška Doubravová <doubravova@novinkyploucnice.example>",
        "subject": "Žádost o přístup – Novinky Ploučnice",
        "headers": OWA,
        "html": (
            '<html><head><style type="text/css">P {margin:0}</style></head>'
            '<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;'
            'font-size:12pt">'
            "<p>Dobrý den,</p><p><br></p>"
            "<p>posílám žádost naší redakce k volbám do Poslanecké sněmovny.</p>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Požadavek</th><th>Ano/Ne</th></tr>"
            "<tr><td>Přístup na server s výsledky (XML)</td><td>ANO</td></tr>"
            "<tr><td>Natáčení / pořizování záznamu na sběrném místě</td><td>NE</td></tr>"
            "</table><p><br></p>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><td><b>Produkční IP</b></td><td>198.51.100.210, 198.51.100.211</td></tr>"
            "<tr><td><b>Testovací IP</b></td><td>198.51.100.215</td></tr>"
            "<tr><td><b>Žadatel</b></td><td>Novinky Ploučnice s.r.o.</td></tr>"
            f"<tr><td><b>IČO</b></td><td>{I26}</td></tr>"
            "<tr><td><b>Kontakt</b></td><td>Eliška Doubravová, 487 551 203</td></tr>"
            "</table><p><br></p>"
            "<p>Děkuji,</p><p>Eliška Doubravová<br>redakce Novinky Ploučnice<br>"
            "Česká Lípa</p></div></body></html>"
        ),
    },
    {
        "id": "pa027-smime-university-cidr",
        "description": "S/MIME-signed mail from a university department; the applicant is the "
        "university; production as a /31 block, no test",
        "style": Style.SIGNED,
        "labels": L(
            [FEED],
            "Univerzita Podkrkonoší",
            I27,
            None,
            ["192.0.2.128", "192.0.2.129"],
            [],
            "Jitka Pokorná",
            "jitka.pokorna@upk.example",
            "+420499801377",
        ),
        "from": '"doc. Mgr. Jitka Pokorná, Ph.D." <jitka.pokorna@upk.example>',
        "subject": "Žádost o přístup k výsledkům voleb – studentský zpravodajský web",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "za Katedru žurnalistiky Filozofické fakulty Univerzity Podkrkonoší žádám "
            "o přístup k průběžným výsledkům voleb ve formátu XML. Data bude zpracovávat "
            "studentský zpravodajský web katedry v rámci předmětu Datová žurnalistika II.\n\n"
            "Stahovat budeme z rozsahu 192.0.2.128/31 (dva uzly fakultního serveru). "
            "Testovací prostředí nemáme.\n\n"
            "Kontaktní osobou jsem já, tel. 499 801 377.\n\n"
            "S pozdravem\n\n"
            "doc. Mgr. Jitka Pokorná, Ph.D.\n"
            "vedoucí Katedry žurnalistiky\n"
            "Univerzita Podkrkonoší, Filozofická fakulta\n"
            f"Nábřeží 5, 541 01 Trutnov | IČO {I27}\n"
        ),
    },
    {
        "id": "pa028-databox-docx-merged-role",
        "description": "data message with a DOCX letter: the office's IČO and box in the "
        "address block, the applicant's box in the page header, a merged 'Produkční' cell "
        "spanning two rows, and a request to record sound",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Vydavatelství Šumava Press, a.s.",
            I28,
            "sp3n7xe",
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.38"],
            "Vlastimil Kohout",
            "kohout@sumavapress.example",
            "+420388310245",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a povolení záznamu",
        "databox": {
            "box": "sp3n7xe",
            "sender": "Vydavatelství Šumava Press, a.s.",
            "address": "Pivovarská 3, 383 01 Prachatice",
        },
        "attachments": [
            (
                "docx",
                "Sumava_Press_CSU.docx",
                {
                    "header": f"Vydavatelství Šumava Press, a.s. · IČO {I28} · DS sp3n7xe",
                    "footer": "Zapsáno v OR u KS v Českých Budějovicích, oddíl B, vložka 1187",
                    "blocks": [
                        "Český statistický úřad",
                        "Na padesátém 81, 100 82 Praha 10",
                        "IČO 00025593, ID DS 2gfaasy",
                        "V Prachaticích 15. 9. 2025",
                        "Věc: Žádost o přístup k výsledkům voleb a o povolení pořizovat "
                        "zvukový záznam",
                        "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML pro "
                        "tyto adresy:",
                        {
                            "rows": [
                                ["Typ", "IP adresa"],
                                ["Produkční", "203.0.113.30"],
                                ["", "203.0.113.31"],
                                ["Testovací", "203.0.113.38"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Dále žádáme o povolení pořizovat zvukový záznam na sběrném místě "
                        "v Prachaticích pro náš podcast.",
                        "Kontaktní osoba: Vlastimil Kohout, tel.: 388 310 245, e-mail: "
                        "kohout@sumavapress.example",
                        "Ing. Jaroslava Němcová, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
]
