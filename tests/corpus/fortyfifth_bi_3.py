"""Forty-fifth held-out part ``bi``, cases bi029–bi042: a data message with the addresses in
its annotation and the contact in an RTF, a British agency in English (text and HTML), a
chatty Gmail mail without diacritics with a dash range, an HTML-only Outlook forward by a
secretary, a reply to the office's press release asking only to film, a US outlet, a data
message with an ODT, a Centrum mail signed by two people, a Gmail mail with a workbook, a
format=flowed delsp mail from Evolution, a netmask on Android, an Outlook cover whose body
corrects the PDF's phone, an Italian sender with IPv6 test and a university's data message.
Written by hand apart from the extraction rules (see make_fortyfifth_bi); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfifth_bi_common import (
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD_MAC,
    L,
    Style,
    box,
    ico,
)

I29, I31, I32, I33 = ico("2694015"), ico("0528374"), ico("2873106"), ico("7340521")
I35, I36, I37, I38 = ico("0461928"), ico("2908637"), ico("0735214"), ico("2556089")
I39, I40, I42 = ico("0612847"), ico("2749360"), ico("0049265")

CASES: list[dict[str, Any]] = [
    {
        "id": "bi029-databox-annotation-ips-rtf-contact",
        "description": "data message: the annotation carries both addresses with roles, the "
        "RTF letter only names the contact and the signatory",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Tachovský hlas, s.r.o.",
            I29,
            "t5hw3nq",
            ["198.51.100.83"],
            ["198.51.100.84"],
            "Roman Kadlec",
            "kadlec@tachovskyhlas.example",
            "+420604392718",
        ),
        "databox": box("t5hw3nq", "Tachovský hlas, s.r.o.", "Hornická 3, 347 01 Tachov"),
        "subject": "Přístup k XML výsledkům voleb – prod. IP 198.51.100.83, test. IP "
        "198.51.100.84, kontakt v příloze",
        "attachments": [
            (
                "rtf",
                "pruvodni_dopis.rtf",
                [
                    "Tachovský hlas, s.r.o., IČO " + I29,
                    "Vážení, žádost o přístup k výsledkům voleb s IP adresami je v anotaci "
                    "této zprávy. Kontaktní osobou je Roman Kadlec, "
                    "kadlec@tachovskyhlas.example, tel. 604 392 718.",
                    "Ivo Šnajdr, jednatel",
                ],
            )
        ],
    },
    {
        "id": "bi030-british-agency-alternative",
        "description": "a British news agency writing English in a text+HTML mail from "
        "Outlook for Mac: a Ltd without IČO, both requests, a UK mobile with +44 (0)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Northgate Wire Ltd",
            None,
            None,
            ["198.18.90.10", "198.18.90.11"],
            ["198.18.90.12"],
            "Oliver Bramwell",
            "o.bramwell@northgatewire.example",
            "+447700900418",
        ),
        "from": "Oliver Bramwell <o.bramwell@northgatewire.example>",
        "subject": "Czech elections: data feed and filming",
        "headers": MAC_OUTLOOK,
        "body": "Hello,\n\nNorthgate Wire Ltd (London) would like to request access to the "
        "election results data feed and permission to film at the Czech Statistical "
        "Office's counting centre in Prague on results night.\n\n"
        "Production IPs: 198.18.90.10, 198.18.90.11\nTest IP: 198.18.90.12\n\n"
        "Contact: Oliver Bramwell, Central Europe producer, +44 (0)7700 900418\n\n"
        "Many thanks,\nOliver\n",
        "html": "<html><body><p>Hello,</p><p>Northgate Wire Ltd (London) would like to "
        "request access to the election results data feed and permission to film at the "
        "Czech Statistical Office's counting centre in Prague on results night.</p>"
        "<p>Production IPs: 198.18.90.10, 198.18.90.11<br>Test IP: 198.18.90.12</p>"
        "<p>Contact: Oliver Bramwell, Central Europe producer, +44 (0)7700 900418</p>"
        "<p>Many thanks,<br>Oliver</p></body></html>",
    },
    {
        "id": "bi031-chatty-gmail-no-diacritics-dash-range",
        "description": "a long chatty Gmail mail typed without diacritics: production as "
        "'203.0.113.20-22', the test address in a later paragraph, the contact's number "
        "in an aside",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kladensky denik s.r.o.",
            I31,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            ["203.0.113.29"],
            "Jaroslav Mencl",
            "mencl@kladenskydenik.example",
            "+420739218406",
        ),
        "from": "Jaroslav Mencl <mencl@kladenskydenik.example>",
        "subject": "volby - xml",
        "headers": GMAIL,
        "body": "Zdravim,\n\nloni jsme od vas dostavali data z voleb a fungovalo to skvele, "
        "tak bych to rad zopakoval i letos. Jsme porad ten samy Kladensky denik s.r.o., "
        "ICO " + I31 + ", jen jsme mezitim zmenili hosting, takze IP jsou nove.\n\n"
        "Stahovat budeme ze tri stroju 203.0.113.20-22 (vsechny ostre). Pred volbami bych "
        "si to jeste rad vyzkousel na testovacich datech, na to pouzijeme 203.0.113.29.\n\n"
        "Kdyby bylo cokoliv potreba, jsem na mobilu (739 218 406) skoro porad, i o "
        "vikendu.\n\nDiky moc a at to letos zase klapne\nJarda Mencl\n",
    },
    {
        "id": "bi032-html-only-outlook-forward-secretary",
        "description": "HTML-only Outlook forward by the secretariat: the forwarder's own "
        "signature on top, the original application below a From/Sent header block",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Pardubický kurýr a.s.",
            I32,
            None,
            ["192.0.2.31", "192.0.2.32"],
            ["192.0.2.39"],
            "Marek Holub",
            "holub@pardubickykuryr.example",
            "+420724180593",
        ),
        "from": "Sekretariát Pardubický kurýr <sekretariat@pardubickykuryr.example>",
        "subject": "FW: Žádost o výsledky voleb",
        "headers": OUTLOOK,
        "html": '<html><body><div class="WordSection1">'
        "<p>Dobrý den,</p><p>na žádost pana Holuba přeposíláme jeho žádost.</p>"
        "<p>Iveta Pokorná<br>sekretariát představenstva<br>tel. 466 052 100</p>"
        '<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        "<p><b>From:</b> Marek Holub &lt;holub@pardubickykuryr.example&gt;<br>"
        "<b>Sent:</b> Thursday, September 11, 2025 4:47 PM<br>"
        "<b>To:</b> sekretariat@pardubickykuryr.example<br>"
        "<b>Subject:</b> Žádost o výsledky voleb</p></div>"
        "<p>Pardubický kurýr a.s., IČO " + I32 + ", žádá o přístup k serveru s výsledky voleb.</p>"
        "<ul><li>produkční IP: 192.0.2.31, 192.0.2.32</li><li>testovací IP: 192.0.2.39</li>"
        "</ul><p>Kontakt: Marek Holub, správce webu, 724 180 593</p></div></body></html>",
    },
    {
        "id": "bi033-reply-press-release-filming-only",
        "description": "a Seznam reply to the office's press release on filming: the quote has "
        "the office's IČO, box and phone; a one-person outlet's owner asks only to film, "
        "as a natural person",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Hynek Žižka",
            I33,
            None,
            [],
            [],
            "Hynek Žižka",
            "hynek.zizka@podbrdske.example",
            "+420776025381",
        ),
        "from": "Hynek Žižka <hynek.zizka@podbrdske.example>",
        "subject": "Re: Fotografování a natáčení na pracovištích ČSÚ",
        "headers": SEZNAM,
        "body": "Dobrý den,\n\nrád bych požádal o povolení fotografovat na pracovišti v "
        "Příbrami. Píšu sám za sebe jako živnostník (Hynek Žižka, IČO "
        + I33
        + "), provozuji web Podbrdské zprávy. Data z XML nepotřebuji.\n\nHynek Žižka, 776 025 381\n\n"
        "---------- Původní e-mail ----------\n"
        "Od: Český statistický úřad <media@czso.cz>\n"
        "Datum: 3. 9. 2025 11:20:05\n"
        "Předmět: Fotografování a natáčení na pracovištích ČSÚ\n\n"
        "Žádosti o povolení pořizovat obrazové záznamy posílejte na podatelna@czso.cz nebo "
        "do datové schránky ČSÚ (2gfaasy), IČO 00025593. Dotazy: +420 274 052 733.\n",
    },
    {
        "id": "bi034-us-outlet-english",
        "description": "a US news site writing English from Thunderbird on a Mac: an LLC "
        "without IČO, two production and two test addresses on one line each, a US phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Prairie Ledger Media LLC",
            None,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.170", "198.51.100.171"],
            "Megan Doyle",
            "mdoyle@prairieledger.example",
            "+13125550147",
        ),
        "from": "Megan Doyle <mdoyle@prairieledger.example>",
        "subject": "Election data access request",
        "headers": TBIRD_MAC,
        "body": "Hi there,\n\nPrairie Ledger Media LLC (Chicago, IL) covers elections in "
        "Central Europe for our Czech-American readers. We'd like access to your XML "
        "results.\n\nproduction: 198.51.100.160 / 198.51.100.161\n"
        "testing: 198.51.100.170 / 198.51.100.171\n\n"
        "Point of contact: Megan Doyle, (312) 555-0147 (US, +1)\n\n"
        "Thanks so much!\nMegan\n",
    },
    {
        "id": "bi035-databox-odt-both-requests",
        "description": "data message with an ODT letter asking for both; the letter names "
        "the cameraman and the contact, the addresses in a small table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Podkrkonoší, s.r.o.",
            I35,
            "p8nv4ce",
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.250"],
            "Blanka Jirušová",
            "jirusova@tvpodkrkonosi.example",
            "+420603475128",
        ),
        "databox": box("p8nv4ce", "TV Podkrkonoší, s.r.o.", "Nábřeží 22, 543 01 Vrchlabí"),
        "subject": "Žádost – výsledky voleb a natáčení",
        "attachments": [
            (
                "odt",
                "zadost_tvp.odt",
                [
                    "TV Podkrkonoší, s.r.o., IČO " + I35,
                    "Žádáme o přístup k výsledkům voleb (XML) a o povolení natáčet na "
                    "pracovišti ČSÚ v Hradci Králové. Natáčet bude kameraman Lubomír Štěpán.",
                    [
                        ["produkce", "203.0.113.240, 203.0.113.241"],
                        ["test", "203.0.113.250"],
                    ],
                    "Kontakt: Blanka Jirušová, jirusova@tvpodkrkonosi.example, 603 475 128",
                ],
            )
        ],
    },
    {
        "id": "bi036-centrum-two-signers-colleague-contact",
        "description": "a text+HTML Centrum mail signed by two editors, naming a third person "
        "as the contact in the body; all three phones given",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Šumavské listy s.r.o.",
            I36,
            None,
            ["198.18.61.7"],
            ["198.18.61.8"],
            "Nikola Bártová",
            "bartova@sumavskelisty.example",
            "+420721603942",
        ),
        "from": "Václav Pelc <pelc@sumavskelisty.example>",
        "subject": "Žádost o volební data",
        "headers": CENTRUM,
        "body": "Dobrý den,\n\nŠumavské listy s.r.o. (IČO " + I36 + ") žádají o přístup k "
        "průběžným výsledkům voleb. Produkční adresa 198.18.61.7, testovací 198.18.61.8.\n"
        "Kontaktní osobou bude naše kolegyně Nikola Bártová (721 603 942, "
        "bartova@sumavskelisty.example).\n\n"
        "Václav Pelc, šéfredaktor, 602 814 330\n"
        "Irena Pelcová, vydavatelka, 605 229 418\n",
        "html": "<div>Dobrý den,</div><div><br></div><div>Šumavské listy s.r.o. (IČO "
        + I36
        + ") žádají o přístup k průběžným výsledkům voleb. Produkční adresa 198.18.61.7, "
        "testovací 198.18.61.8.<br>Kontaktní osobou bude naše kolegyně Nikola Bártová "
        "(721 603 942, bartova@sumavskelisty.example).</div><div><br></div>"
        "<div>Václav Pelc, šéfredaktor, 602 814 330<br>"
        "Irena Pelcová, vydavatelka, 605 229 418</div>",
    },
    {
        "id": "bi037-gmail-xlsx-ip-list",
        "description": "a Gmail mail with a workbook: one sheet with a merged title row, the "
        "addresses with roles including an old one marked 'zrušeno'",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník, s.r.o.",
            I37,
            None,
            ["192.0.2.111", "192.0.2.112"],
            ["192.0.2.119"],
            "Tereza Kroupová",
            "kroupova@mbdenik.example",
            "+420732085614",
        ),
        "from": "Tereza Kroupová <kroupova@mbdenik.example>",
        "subject": "IP adresy pro volby",
        "headers": GMAIL,
        "body": "Dobrý den,\n\nMladoboleslavský deník, s.r.o. (IČO " + I37 + ") žádá o přístup "
        "k výsledkům voleb, IP adresy jsou v tabulce v příloze. Kontakt: Tereza Kroupová, "
        "732 085 614.\n\nDíky, T. Kroupová\n",
        "attachments": [
            (
                "xlsx",
                "ip_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Mladoboleslavský deník – IP adresy", "", ""],
                            ["Adresa", "Role", "Stav"],
                            ["192.0.2.110", "produkce", "zrušeno, nepoužívat"],
                            ["192.0.2.111", "produkce", "aktivní"],
                            ["192.0.2.112", "produkce", "aktivní"],
                            ["192.0.2.119", "test", "aktivní"],
                        ],
                        "merge": ["A1:C1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "bi038-evolution-flowed-delsp",
        "description": "format=flowed with delsp=yes from Evolution: the production sentence "
        "and the contact's role are broken by soft line breaks",
        "style": Style.FLOWED,
        "flowed": True,
        "delsp": True,
        "labels": L(
            [FEED],
            "Chebský večerník s.r.o.",
            I38,
            None,
            ["203.0.113.104", "203.0.113.105"],
            ["203.0.113.106"],
            "Karel Wagner",
            "wagner@chebskyvecernik.example",
            "+420354229871",
        ),
        "from": "Karel Wagner <wagner@chebskyvecernik.example>",
        "subject": "Žádost o přístup k výsledkům",
        "headers": EVOLUTION,
        "body": "Dobrý den,\r\n\r\nChebský večerník s.r.o., IČO " + I38 + ", žádá o přístup  \r\n"
        "k výsledkům voleb ve formátu XML. Produkční servery mají adresy  \r\n"
        "203.0.113.104 a 203.0.113.105, testovací  \r\nserver 203.0.113.106.\r\n\r\n"
        "Kontaktní osobou a zároveň  \r\nsprávcem serverů je Karel Wagner, tel. 354 229 871.\r\n"
        "\r\nS pozdravem\r\nKarel Wagner\r\n",
    },
    {
        "id": "bi039-k9-netmask",
        "description": "K-9 Mail on Android: production given as an address with a netmask "
        "255.255.255.252 (four addresses), test as a single address",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Radio Jizera Plus s.r.o.",
            I39,
            None,
            ["198.18.4.8", "198.18.4.9", "198.18.4.10", "198.18.4.11"],
            ["198.18.4.20"],
            "Petr Soukup",
            "soukup@jizeraplus.example",
            "+420737651420",
        ),
        "from": "Petr Soukup <soukup@jizeraplus.example>",
        "subject": "zadost volby",
        "headers": K9,
        "body": "Dobry den, za Radio Jizera Plus s.r.o. (ICO " + I39 + ") zadam o pristup k "
        "vysledkum voleb.\n"
        "produkce: sit 198.18.4.8 maska 255.255.255.252\n"
        "test: 198.18.4.20\n"
        "kontakt Petr Soukup 737 651 420\n-- \nOdesláno z K-9 Mail\n",
    },
    {
        "id": "bi040-outlook-cover-corrects-pdf-phone",
        "description": "an Outlook cover mail with a PDF application; the cover says the PDF's "
        "phone number is wrong and gives the right one",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED, FILM],
            "Českolipský týdeník, s.r.o.",
            I40,
            None,
            ["192.0.2.244"],
            ["192.0.2.245"],
            "Monika Vávrová",
            "vavrova@cltydenik.example",
            "+420728316504",
        ),
        "from": "Monika Vávrová <vavrova@cltydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb a o natáčení",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nv příloze posílám žádost. V PDF je u mě špatně telefon – "
        "správně je 728 316 504 (ne 728 316 540).\n\nDěkuji\nMonika Vávrová\n",
        "attachments": [
            (
                "pdf",
                "zadost_CLT.pdf",
                [
                    "Českolipský týdeník, s.r.o. | Nerudova 9, 470 01 Česká Lípa | IČO " + I40,
                    "Žádáme o přístup k výsledkům voleb (XML) a o povolení natáčet na "
                    "pracovišti v Liberci.",
                    {
                        "rows": [
                            ["Produkční IP", "192.0.2.244"],
                            ["Testovací IP", "192.0.2.245"],
                            [
                                "Kontakt",
                                "Monika Vávrová, vavrova@cltydenik.example, tel. 728 316 540",
                            ],
                        ],
                        "widths": [120, 260],
                    },
                ],
            )
        ],
    },
    {
        "id": "bi041-italian-english-roundcube",
        "description": "an Italian broadcaster writing English from Roundcube: an S.r.l. "
        "without IČO, both requests, IPv6 test only, an Italian mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Radio Adriatica Nord S.r.l.",
            None,
            None,
            ["203.0.113.55"],
            ["2001:db8:ad::55"],
            "Giulia Fontana",
            "g.fontana@radioadriatica.example",
            "+393471826405",
        ),
        "from": "Giulia Fontana <g.fontana@radioadriatica.example>",
        "subject": "Request for results feed and filming permit",
        "headers": ROUNDCUBE,
        "body": "Good afternoon,\n\nI write from Radio Adriatica Nord S.r.l. (Trieste). We "
        "would like to receive the election results in XML and to shoot some footage at "
        "your Prague office during the count.\n\n"
        "Our server: 203.0.113.55 (production). For tests we will use IPv6 only: "
        "2001:db8:ad::55.\n\n"
        "Contact person: Giulia Fontana, cell +39 347 182 6405\n\n"
        "Best regards,\nGiulia Fontana\nRadio Adriatica Nord\n",
    },
    {
        "id": "bi042-databox-university-docx",
        "description": "a university's data message with a DOCX whose page header names the "
        "faculty; the university applies; a contact and a dean both named",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Polabí v Nymburce",
            I42,
            "u6fz2ka",
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.122"],
            "Šimon Dlask",
            "dlask@upn.example",
            "+420325610874",
        ),
        "databox": box("u6fz2ka", "Univerzita Polabí v Nymburce", "Tyršova 1, 288 02 Nymburk"),
        "subject": "Žádost o přístup k výsledkům voleb – Fakulta žurnalistiky",
        "attachments": [
            (
                "docx",
                "zadost_FZ.docx",
                {
                    "header": "Univerzita Polabí v Nymburce | Fakulta žurnalistiky",
                    "footer": "IČO " + I42 + " | Tyršova 1, 288 02 Nymburk",
                    "blocks": [
                        "Vážení,",
                        "studentská redakce Fakulty žurnalistiky žádá o přístup k průběžným "
                        "výsledkům voleb pro cvičné zpravodajství.",
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.120, 198.51.100.121"],
                                ["Testovací IP", "198.51.100.122"],
                                ["Kontaktní osoba", "Šimon Dlask, dlask@upn.example, 325 610 874"],
                            ]
                        },
                        "prof. PhDr. Alžběta Hornová, děkanka",
                    ],
                },
            )
        ],
    },
]
