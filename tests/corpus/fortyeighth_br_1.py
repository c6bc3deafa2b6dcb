"""Forty-eighth held-out part ``br``, cases br001–br014: an iPhone note without diacritics and a
phone split over two lines, an HTML-only Outlook table, inline answers to the office's
questions under its quoted signature, a data message with a PDF, a format=flowed role sentence
wrapped before its address, a Pole writing English, a chatty mail correcting itself, a
signature naming three people, a long quoted thread, a contact going on leave, a forwarded
.eml, an autocorrected Android note, an HTML-only Gmail table with IPv6 and a signed university
letter quoting the office's press release. Written by hand apart from the extraction rules (see
make_fortyeighth_br); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyeighth_br_common import (
    APPLE,
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

I1, I2, I3, I4, I5 = ico("2741096"), ico("2690315"), ico("0472918"), ico("2583160"), ico("2207714")
I7, I8, I9, I10, I11 = (
    ico("2861437"),
    ico("0653209"),
    ico("2919462"),
    ico("2470851"),
    ico("2638015"),
)
I12, I13, I14 = ico("0713649"), ico("2795308"), ico("0061283")

OFFICE_SIG = (
    "> Oddělení volebních služeb\n"
    "> Český statistický úřad\n"
    "> Na padesátém 81, 100 82 Praha 10\n"
    "> tel.: +420 274 052 733 | IČO 00025593 | ID DS: 2gfaasy\n"
    "> https://www.czso.cz\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "br001-iphone-no-diacritics-phone-split",
        "description": "iPhone note typed without diacritics (the sender header spells the name "
        "with them), the mobile broken over two lines by the phone's wrapping",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Vysocina Dnes s.r.o.",
            I1,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.70"],
            "Tomáš Hrubý",
            "hruby@vysocinadnes.example",
            "+420604218397",
        ),
        "from": "Tomáš Hrubý <hruby@vysocinadnes.example>",
        "subject": "zadost volby xml",
        "headers": IPHONE,
        "body": "Dobry den,\n"
        "posilam za redakci zadost o pristup na vas server s vysledky voleb (xml). "
        f"Jsme Vysocina Dnes s.r.o., ico {I1}\n"
        "produkcni ip: 198.51.100.61 a 198.51.100.62\n"
        "testovaci ip 198.51.100.70\n"
        "kontakt jsem ja, tel 604 218\n"
        "397\n\n"
        "Diky\n"
        "Tomas Hruby\n\n"
        "Odesláno z iPhonu\n",
    },
    {
        "id": "br002-outlook-html-only-table-surname-first",
        "description": "HTML-only Outlook mail in windows-1250: every field in a two-column "
        "MsoTable, the contact written surname first, both requests in one cell",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Mediální dům Polabí a.s.",
            I2,
            None,
            ["203.0.113.21", "203.0.113.22"],
            ["203.0.113.30"],
            "Renata Kolářová",
            "kolarova@mdpolabi.example",
            "+420737118402",
        ),
        "from": "Kolářová Renata <kolarova@mdpolabi.example>",
        "subject": "Žádost o výsledky voleb a povolení natáčení - Mediální dům Polabí",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=windows-1250"></head><body lang="CS">'
        '<div class="WordSection1"><p class="MsoNormal">Dobrý den,</p>'
        '<p class="MsoNormal">prosíme o vyřízení níže uvedené žádosti.</p>'
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
        "<tr><td><p class=MsoNormal><b>Žadatel</b></p></td>"
        "<td><p class=MsoNormal>Mediální dům Polabí a.s.</p></td></tr>"
        f"<tr><td><p class=MsoNormal><b>IČO</b></p></td><td><p class=MsoNormal>{I2}</p></td></tr>"
        "<tr><td><p class=MsoNormal><b>Předmět žádosti</b></p></td>"
        "<td><p class=MsoNormal>1) přístup k průběžným výsledkům (XML)<br>"
        "2) natáčení na sběrném místě Krajské správy ČSÚ pro Středočeský kraj</p></td></tr>"
        "<tr><td><p class=MsoNormal><b>Produkční IP</b></p></td>"
        "<td><p class=MsoNormal>203.0.113.21<br>203.0.113.22</p></td></tr>"
        "<tr><td><p class=MsoNormal><b>Testovací IP</b></p></td>"
        "<td><p class=MsoNormal>203.0.113.30</p></td></tr>"
        "<tr><td><p class=MsoNormal><b>Kontaktní osoba</b></p></td>"
        "<td><p class=MsoNormal>Kolářová Renata</p></td></tr>"
        "<tr><td><p class=MsoNormal><b>Telefon / e-mail</b></p></td>"
        "<td><p class=MsoNormal>+420&nbsp;737&nbsp;118&nbsp;402 / "
        '<a href="mailto:kolarova@mdpolabi.example">kolarova@mdpolabi.example</a></p></td></tr>'
        "</table>"
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">S pozdravem</p>'
        '<p class="MsoNormal"><b>Ing. Renata Kolářová</b><br>vedoucí digitální redakce<br>'
        "Mediální dům Polabí a.s. | Pražská 1412, Nymburk</p></div></body></html>\n",
    },
    {
        "id": "br003-inline-answers-under-office-signature",
        "description": "reply answering the office's three questions inline between the quoted "
        "lines; the office's signature (its IČO, box and phone) and the first mail are quoted",
        "style": Style.INLINE,
        "labels": L(
            [FEED],
            "Rádio Podlesí s.r.o.",
            I3,
            None,
            ["198.51.100.140", "198.51.100.141"],
            ["198.51.100.150"],
            "Pavel Šrámek",
            "sramek@radiopodlesi.example",
            "+420608551230",
        ),
        "from": "Pavel Šrámek <sramek@radiopodlesi.example>",
        "subject": "Re: Doplnění žádosti – přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "odpovědi píšu přímo do Vašeho e-mailu níže.\n\n"
        "S pozdravem\nPavel Šrámek\n\n"
        "Dne 10. 9. 2025 v 9:12 Podatelna ČSÚ napsal(a):\n"
        "> Dobrý den,\n>\n"
        "> k Vaší žádosti potřebujeme doplnit:\n>\n"
        "> 1. přesný název a IČO žadatele\n\n"
        f"Rádio Podlesí s.r.o., IČO {I3}\n\n"
        "> 2. které z uvedených adres jsou produkční a které testovací\n\n"
        "198.51.100.140 a .141 jsou produkční, 198.51.100.150 je testovací.\n\n"
        "> 3. telefon na kontaktní osobu\n\n"
        "mobil 608 551 230 (to jsem já)\n\n"
        "> Děkujeme.\n>\n" + OFFICE_SIG + ">\n"
        ">> Dobrý den, posíláme žádost o přístup k XML na letošní volby.\n"
        ">> Adresy: 198.51.100.140, 198.51.100.141, 198.51.100.150\n"
        ">> Kontakt: Pavel Šrámek, sramek@radiopodlesi.example\n"
        ">> Rádio Podlesí\n",
    },
    {
        "id": "br004-databox-pdf-letter-table",
        "description": "data message with a bare annotation; the PDF letter asks for both, puts "
        "the addresses in a table and names a contact other than the signing director",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Týdeník Horácko, s.r.o.",
            I4,
            "k7mrt2q",
            ["203.0.113.150"],
            ["203.0.113.151", "203.0.113.152"],
            "Veronika Pokorná",
            "pokorna@tydenikhoracko.example",
            "+420776204918",
        ),
        "databox": box("k7mrt2q", "Týdeník Horácko, s.r.o.", "Komenského 31, 674 01 Třebíč"),
        "subject": "Žádost – volby",
        "attachments": [
            (
                "pdf",
                "zadost_volby_Horacko.pdf",
                [
                    f"Týdeník Horácko, s.r.o. | Komenského 31, 674 01 Třebíč | IČO {I4}",
                    "Věc: žádost o zpřístupnění výsledků voleb a o povolení fotografovat",
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML a zároveň o "
                    "povolení pro našeho fotografa pořizovat snímky na pracovišti Krajské "
                    "správy ČSÚ v Jihlavě v noci sčítání.",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkce", "203.0.113.150"],
                            ["test", "203.0.113.151, 203.0.113.152"],
                        ],
                        "widths": [120, 200],
                    },
                    "Kontaktní osoba: Veronika Pokorná, redaktorka, "
                    "pokorna@tydenikhoracko.example, mobil 776 204 918",
                    "V Třebíči 4. 9. 2025\nKarel Bareš, jednatel",
                ],
            )
        ],
    },
    {
        "id": "br005-flowed-role-sentence-wrapped",
        "description": "format=flowed: each role sentence is soft-wrapped just before its "
        "address; IPv6 production plus an IPv4 backup, the test host on a line of its own",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Otevřená radnice, z. s.",
            I5,
            None,
            ["2001:db8:4f2::10", "203.0.113.88"],
            ["203.0.113.90"],
            "Šárka Vlčková",
            "vlckova@otevrenaradnice.example",
            "+420721305884",
        ),
        "from": "Šárka Vlčková <vlckova@otevrenaradnice.example>",
        "subject": "Přístup k XML výsledkům voleb",
        "headers": ROUNDCUBE,
        "flowed": True,
        "body": "Dobrý den,\n\n"
        f"náš spolek Otevřená radnice, z. s. (IČO {I5}) provozuje nezávislý \n"
        "zpravodajský web o komunální politice a letos bychom poprvé rádi \n"
        "čerpali výsledky voleb přímo z vašeho XML serveru. Produkční provoz \n"
        "poběží z adresy \n"
        "2001:db8:4f2::10, záložní server má adresu \n"
        "203.0.113.88; pro testování budeme používat \n"
        "adresu \n"
        "203.0.113.90, která je jen na vývojovém stroji.\n\n"
        "Kontakt: Šárka Vlčková, 721 305 884, vlckova@otevrenaradnice.example\n\n"
        "Děkuji\n-- \nŠárka Vlčková\nkoordinátorka projektu\n",
    },
    {
        "id": "br006-polish-sender-english-no-ico",
        "description": "a Polish publisher writing English: NIP and KRS numbers but no IČO, "
        "two production servers and testing from the same machines",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wydawnictwo Granica sp. z o.o.",
            None,
            None,
            ["198.51.100.201", "198.51.100.202"],
            [],
            "Marta Wiśniewska",
            "m.wisniewska@granica-media.example",
            "+48601428930",
        ),
        "from": "Marta Wiśniewska <m.wisniewska@granica-media.example>",
        "subject": "Request - access to election results XML",
        "headers": GMAIL,
        "body": "Good morning,\n\n"
        "I am writing from Wydawnictwo Granica sp. z o.o., we publish the cross-border news "
        "portal Granica.info in Cieszyn and we cover also the Czech side. For the coming "
        "Czech elections we would like to ask for the access to your XML server with the "
        "results.\n\n"
        "Our servers which will download the data: 198.51.100.201 and 198.51.100.202. "
        "We do not have separate test IP, we will test from the same servers.\n\n"
        "Company data: NIP 5482197306, KRS 0000417752, ul. Głęboka 14, 43-400 Cieszyn.\n\n"
        "If you need anything please contact me, my mobile is +48 601 428 930.\n\n"
        "Best regards,\nMarta Wiśniewska\nonline editor, Granica.info\n",
    },
    {
        "id": "br007-chatty-self-correction-8bit-latin2",
        "description": "chatty ISO-8859-2 mail that corrects its production address two "
        "paragraphs later (digits swapped) and then drops the photography request",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Krkonošský zpravodaj s.r.o.",
            I7,
            None,
            ["198.51.100.45"],
            ["198.51.100.60"],
            "Jiří Maleček",
            "malecek.jiri@posta.example",
            "+420603772019",
        ),
        "from": "Jiří Maleček <malecek.jiri@posta.example>",
        "subject": "xml vysledky + foceni",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "jsem z Krkonošského zpravodaje (Krkonošský zpravodaj s.r.o.,\n"
        f"IČO {I7}) a chtěli bychom zase ten přístup k výsledkům\n"
        "přes XML jako minule. Adresy: 198.51.100.54 produkce,\n"
        "198.51.100.60 test. A pokud by to šlo, tak bychom chtěli\n"
        "i fotit ve volební noc u vás na krajské správě v Hradci.\n\n"
        "Jo a oprava, tu produkční jsem napsal blbě, má být\n"
        "198.51.100.45, ne .54. Přehozený čísla, promiňte.\n\n"
        "A to focení nakonec ne, fotograf ten víkend nemá čas,\n"
        "takže jen to XML.\n\n"
        "Telefon na mě 603 772 019, kdyby něco.\n\n"
        "Díky moc\nJ. Maleček\n",
    },
    {
        "id": "br008-signature-three-people-contact-in-middle",
        "description": "an assistant sends it for the editor-in-chief; the contact is the network "
        "administrator named in the text; the signature lists three people with phones",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Hanácký deník, a.s.",
            I8,
            None,
            ["198.18.40.10", "198.18.40.11", "198.18.40.12"],
            ["198.18.41.10"],
            "Radim Kučera",
            "kucera@hanackydenik.example",
            "+420605118734",
        ),
        "from": "Hana Bílková <bilkova@hanackydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Hanácký deník",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "v zastoupení pana šéfredaktora Jandla zasílám žádost naší společnosti o přístup "
        "k průběžným výsledkům voleb na vašem XML serveru.\n\n"
        "Produkční adresy: 198.18.40.10, 198.18.40.11, 198.18.40.12\n"
        "Testovací adresa: 198.18.41.10\n\n"
        "Kontaktní osobou pro technickou stránku je náš správce sítě pan Radim Kučera, "
        "kterého prosím kontaktujte i v případě dotazů.\n\n"
        "Děkuji a přeji hezký den\n\n"
        "Hana Bílková\nasistentka redakce | tel. 585 100 220\n\n"
        "Mgr. Lubomír Jandl, šéfredaktor | 603 441 902\n"
        "Radim Kučera, správa sítě | 605 118 734 | kucera@hanackydenik.example\n"
        f"Hanácký deník, a.s. | Horní náměstí 3, 779 00 Olomouc | IČO {I8}\n",
    },
    {
        "id": "br009-long-thread-newest-addresses-only",
        "description": "three quoted levels with three sets of production addresses; only the "
        "newest mail's pair counts, the test address carried over from the first mail",
        "style": Style.THREAD,
        "labels": L(
            [FEED],
            "Zlínský web s.r.o.",
            I9,
            None,
            ["203.0.113.171", "203.0.113.172"],
            ["203.0.113.180"],
            "Ondřej Kratochvíl",
            "kratochvil@zlinskyweb.example",
            "+420739604118",
        ),
        "from": "Ondřej Kratochvíl <kratochvil@zlinskyweb.example>",
        "subject": "Re: Re: Re: XML výsledky – IP adresy",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "tak po dohodě s hostingem definitivně: produkční 203.0.113.171 a 203.0.113.172, "
        "testovací zůstává 203.0.113.180. Ty předchozí (.161 a .162) už neplatí, server "
        "jsme mezitím přestěhovali.\n\n"
        "Díky za trpělivost\nO. Kratochvíl\n\n"
        "> 12. 9. 2025 v 14:05, podatelna@czso.cz napsal:\n>\n"
        "> Dobrý den, prosíme o potvrzení, které produkční adresy platí – v žádosti\n"
        "> uvádíte 203.0.113.61, v dalším e-mailu 203.0.113.161 a .162.\n>\n"
        ">> 11. 9. 2025 v 9:30, Ondřej Kratochvíl napsal:\n>>\n"
        ">> Dobrý den, měníme produkční IP na 203.0.113.161 a 203.0.113.162.\n>>\n"
        ">>> 8. 9. 2025 v 16:12, Ondřej Kratochvíl napsal:\n>>>\n"
        ">>> Dobrý den,\n"
        f">>> Zlínský web s.r.o., IČO {I9}, žádá o přístup k výsledkům voleb (XML).\n"
        ">>> Produkční IP 203.0.113.61, testovací IP 203.0.113.180.\n"
        ">>> Kontakt: Ondřej Kratochvíl, kratochvil@zlinskyweb.example, 739 604 118\n",
    },
    {
        "id": "br010-contact-hands-over-before-leave",
        "description": "the sender goes on maternity leave before the election and hands the "
        "application to a colleague with his own e-mail and mobile; her phone is given too",
        "style": Style.HANDOVER,
        "labels": L(
            [FEED, FILM],
            "TV Podhůří s.r.o.",
            I10,
            None,
            ["198.51.100.91"],
            ["198.51.100.99"],
            "Petr Zelenka",
            "petr.zelenka@rtvpodhuri.example",
            "+420731640227",
        ),
        "from": "Klára Dvořáková <dvorakova@rtvpodhuri.example>",
        "subject": "TV Podhůří – žádost o XML a natáčení",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        f"posílám žádost společnosti TV Podhůří s.r.o. (IČO {I10}) o přístup k průběžným "
        "výsledkům voleb a o povolení natáčet v den voleb na Krajské správě ČSÚ v Hradci "
        "Králové.\n\n"
        "Produkční IP: 198.51.100.91\nTestovací IP: 198.51.100.99\n\n"
        "Od 15. září jsem na mateřské dovolené, takže vše kolem voleb bude dál řešit "
        "kolega Petr Zelenka (petr.zelenka@rtvpodhuri.example, 731 640 227), prosím "
        "obracejte se už na něj. Do té doby klidně i na mě, 602 114 538.\n\n"
        "Děkuji\nKlára Dvořáková\nprodukce, TV Podhůří\n",
    },
    {
        "id": "br011-forwarded-eml-new-test-and-contact",
        "description": "the IT man forwards the chief editor's application as an attached .eml, "
        "replaces its test address and gives his own mobile as the named contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Severní listy, s.r.o.",
            I11,
            None,
            ["192.0.2.64", "192.0.2.65"],
            ["192.0.2.77"],
            "Michal Hora",
            "hora@severnilisty.example",
            "+420728331905",
        ),
        "from": "Michal Hora <hora@severnilisty.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost našeho šéfredaktora (v příloze). Jen doplňuji, že testovací "
        "adresa bude nově 192.0.2.77 – ta .66 z původní žádosti už nebude.\n"
        "Technickým kontaktem jsem já, mobil 728 331 905.\n\n"
        "Michal Hora\nIT, Severní listy\n",
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "br011-inner",
                    "from": "Libor Sedláček <sedlacek@severnilisty.example>",
                    "to": "Michal Hora <hora@severnilisty.example>",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "headers": OUTLOOK,
                    "body": "Dobrý den,\n\n"
                    f"společnost Severní listy, s.r.o., IČO {I11}, žádá o přístup "
                    "k průběžným výsledkům voleb ve formátu XML.\n\n"
                    "Produkční IP: 192.0.2.64, 192.0.2.65\nTestovací IP: 192.0.2.66\n\n"
                    "Technické záležitosti za nás řeší Michal Hora "
                    "(hora@severnilisty.example).\n\n"
                    "S pozdravem\nLibor Sedláček\nšéfredaktor\n",
                },
            )
        ],
    },
    {
        "id": "br012-android-autocorrect-filming-only",
        "description": "photographer's Samsung note with autocorrect slips (IČO became 'Ivo', "
        "contact 'osada'), missing diacritics; filming only, the XML explicitly not wanted",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Filip Kubát",
            I12,
            None,
            [],
            [],
            "Filip Kubát",
            "kubat.foto@postbox.example",
            "+420773509412",
        ),
        "from": "Filip Kubát <kubat.foto@postbox.example>",
        "subject": "Povoleni foceni volby",
        "headers": SAMSUNG,
        "body": "Dobry den,\n"
        "chtel bych pozadat o povoleni fotografovat na volebnim pracovisti CSU v Ostrave "
        "v den voleb. Jsem fotograf na volne noze (foto pro Ostravsky Expres a agentury), "
        f"zadost podavam za sebe jako OSVC: Filip Kubát, Ivo {I12}.\n"
        "Pristup k datum XML nepotrebuju.\n"
        "Kontaktní osada: ja, tel 773509412\n\n"
        "Dekuji Kubat\n\n"
        "Odesláno z mého Galaxy\n",
    },
    {
        "id": "br013-gmail-html-only-ipv4-ipv6-columns",
        "description": "HTML-only Gmail mail in base64: a table with IPv4 and IPv6 columns per "
        "role, a dash in the empty test IPv6 cell",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Jihomoravský večerník s.r.o.",
            I13,
            None,
            ["198.51.100.33", "2001:db8:a0::33"],
            ["198.51.100.34"],
            "Lenka Holubová",
            "holubova@jmvecernik.example",
            "+420776902145",
        ),
        "from": "Lenka Holubová <holubova@jmvecernik.example>",
        "subject": "Žádost o přístup k volebnímu XML",
        "headers": GMAIL,
        "cte": "base64",
        "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
        "<div>za společnost Jihomoravský večerník s.r.o. (IČO "
        f"{I13}) žádám o přístup k výsledkům voleb přes XML. Adresy:</div><div><br></div>"
        '<table border="1" cellpadding="4" style="border-collapse:collapse">'
        "<thead><tr><th></th><th>IPv4</th><th>IPv6</th></tr></thead><tbody>"
        "<tr><td>Produkce</td><td>198.51.100.33</td><td>2001:db8:a0::33</td></tr>"
        "<tr><td>Test</td><td>198.51.100.34</td><td>—</td></tr>"
        "</tbody></table><div><br></div>"
        "<div>Kontakt: Lenka Holubová, +420 776 902 145</div><div><br></div>"
        '<div>Děkuji</div><div><span class="gmail_signature_prefix">-- </span>'
        '<div class="gmail_signature">Lenka Holubová<br>vývoj webu, Jihomoravský večerník'
        "</div></div></div>\n",
    },
    {
        "id": "br014-signed-university-letter-quotes-press-release",
        "description": "S/MIME-signed letter from a department applying as its university, a "
        "written range, a switchboard before the contact's mobile, and the office's press "
        "release with its IČO, box and phone quoted at the end",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Univerzita Podkrkonoší, veřejná vysoká škola",
            I14,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202"],
            [],
            "Eva Šindelářová",
            "sindelarova@upodkrkonosi.example",
            "+420734556201",
        ),
        "from": '"doc. Mgr. Petr Landa, Ph.D." <landa@upodkrkonosi.example>',
        "subject": "Žádost o přístup k výsledkům voleb – studentský zpravodajský projekt",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážené dámy, vážení pánové,\n\n"
        "Katedra mediálních studií Filozofické fakulty žádá jménem Univerzity Podkrkonoší, "
        f"veřejné vysoké školy (IČO {I14}), o přístup k průběžným výsledkům voleb "
        "ve formátu XML pro studentský zpravodajský web Volební noc naživo.\n\n"
        "Data bude stahovat server katedry z adres 203.0.113.200 – 203.0.113.202. "
        "Samostatné testovací prostředí nemáme.\n\n"
        "Kontaktní osobou je Mgr. Eva Šindelářová, koordinátorka projektu, "
        "sindelarova@upodkrkonosi.example, tel. 495 223 100 (ústředna), "
        "mobil 734 556 201.\n\n"
        "S úctou\ndoc. Mgr. Petr Landa, Ph.D.\nvedoucí katedry\n"
        "Univerzita Podkrkonoší, veřejná vysoká škola, Filozofická fakulta\n\n"
        "---\nPro úplnost z Vaší tiskové zprávy ze dne 1. 9. 2025:\n"
        "> Média mohou o přístup k výsledkům požádat e-mailem na podatelna@czso.cz\n"
        "> nebo datovou zprávou do schránky ČSÚ (ID 2gfaasy). Český statistický úřad,\n"
        "> IČO 00025593, informace na tel. +420 274 052 733 a na www.czso.cz.\n",
    },
]
