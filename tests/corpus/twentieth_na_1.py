"""Twentieth held-out part ``na``, cases na001–na014: an iPhone note, an HTML-only Outlook table
with role columns, a reply above the office's press release (with its own example address), a
student podcaster without an IČO, a correction in a flowed mail, a forward of the writer's own
earlier mail with a new contact, data messages with the application only in a sheet or only in
the annotation, a German broadcaster, a netmask, a pasted form, a signature naming two people
with a box ID, a Slovak mail in windows-1250 and an attached original mail. Written by hand apart
from the extraction rules (see make_twentieth_na); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentieth_na_common import (
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
    L,
    Style,
    ico,
)

I1, I2, I3, I5 = ico("2914637"), ico("2630518"), ico("0591842"), ico("2743190")
I6, I7, I9, I10 = ico("2801364"), ico("4718205"), ico("2687413"), ico("2269057")
I11, I12, I13, I14 = ico("2539176"), ico("4561038"), ico("3648201"), ico("2915830")

CASES: list[dict[str, Any]] = [
    {
        "id": "na001-iphone-two-lines",
        "description": "three lines typed on an iPhone without diacritics, signed by surname only",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zpravodaj Litovelska s.r.o.",
            I1,
            None,
            ["203.0.113.18"],
            ["203.0.113.19"],
            "Ondřej Kratochvíl",
            "kratochvil@zpravylitovel.example",
            "+420731220418",
        ),
        "from": "Ondřej Kratochvíl <kratochvil@zpravylitovel.example>",
        "subject": "volby xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, posilam ty adresy na volby: prod 203.0.113.18, test 203.0.113.19\n"
            f"Jsme Zpravodaj Litovelska s.r.o., ic {I1}. Kdyztak volejte 731 220 418\n"
            "Kratochvil\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "na002-outlook-html-role-columns",
        "description": "HTML-only Outlook mail, production and test as table columns with an "
        "empty test cell; the editor signs, the technical contact is named below him",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Vydavatelství Směr a.s.",
            I2,
            None,
            ["198.51.100.21", "198.51.100.22"],
            ["198.51.100.31"],
            "Petr Dvořák",
            "dvorak@smer-media.example",
            "+420602913447",
        ),
        "from": "Bartoš Tomáš <bartos@smer-media.example>",
        "subject": "Deník Směr - žádost o přístup k XML výsledkům",
        "headers": OUTLOOK,
        "html": (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            "<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; "
            'font-family:"Aptos",sans-serif;} --></style></head>'
            '<body lang="CS" link="#467886" vlink="#96607D"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">vydavatel Deníku Směr, společnost Vydavatelství Směr a.s. '
            f"(IČO&nbsp;{I2}), žádá o přístup na server s výsledky voleb v XML. Adresy "
            "našich serverů jsou v tabulce:<o:p></o:p></p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">'
            '<tr><td width="180"><p class="MsoNormal"><b>Server</b></p></td>'
            '<td width="140"><p class="MsoNormal"><b>Produkce</b></p></td>'
            '<td width="140"><p class="MsoNormal"><b>Test</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">web (smer.example)</p></td>'
            '<td><p class="MsoNormal">198.51.100.21</p></td>'
            '<td><p class="MsoNormal">198.51.100.31</p></td></tr>'
            '<tr><td><p class="MsoNormal">mobilní aplikace</p></td>'
            '<td><p class="MsoNormal">198.51.100.22</p></td>'
            '<td><p class="MsoNormal">&nbsp;</p></td></tr>'
            "</table>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Technickým kontaktem pro tuto žádost je náš správce '
            "systémů Petr Dvořák, "
            '<a href="mailto:dvorak@smer-media.example">dvorak@smer-media.example</a>, '
            "mobil 602&nbsp;913&nbsp;447.<o:p></o:p></p>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">S pozdravem<o:p></o:p></p>'
            '<p class="MsoNormal"><b>Mgr. Tomáš Bartoš</b><o:p></o:p></p>'
            '<p class="MsoNormal">šéfredaktor | Deník Směr<o:p></o:p></p>'
            '<p class="MsoNormal">T: +420 541 210 300 | Křenová 66, 602 00 Brno'
            "<o:p></o:p></p></div></body></html>"
        ),
    },
    {
        "id": "na003-reply-above-press-release",
        "description": "Gmail reply above the office's quoted press release, which carries an "
        "example address, the office's IČO, box, mail and phone; IPv6 and IPv4 production",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "MEDIA NORD s.r.o.",
            I3,
            None,
            ["2001:db8:4a::10", "198.51.100.33"],
            [],
            "Veronika Šimková",
            "simkova@ustecko24.example",
            "+420724510886",
        ),
        "from": "Veronika Šimková <simkova@ustecko24.example>",
        "subject": "Re: TZ: Průběžné výsledky voleb pro média ve formátu XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "děkujeme za informace, rádi bychom se připojili. Portál Ústecko24 provozuje "
            f"společnost MEDIA NORD s.r.o., IČO {I3}.\n\n"
            "Naše adresy (obě produkční, stahovat budeme z obou):\n"
            "2001:db8:4a::10\n"
            "198.51.100.33\n"
            "Testovací adresu nemáme.\n\n"
            "Kontakt: Veronika Šimková, +420 724 510 886\n\n"
            "Díky a hezký den\nVeronika Šimková\nvedoucí webu Ústecko24\n\n"
            "po 8. 9. 2025 v 9:02 odesílatel Český statistický úřad <podatelna@czso.cz> "
            "napsal:\n\n"
            "> TISKOVÁ ZPRÁVA ČSÚ\n"
            ">\n"
            "> Průběžné výsledky voleb do Poslanecké sněmovny budou médiím k dispozici\n"
            "> ve formátu XML na vyhrazeném serveru. Přístup bude povolen jen z IP adres\n"
            "> oznámených předem (max. 5 produkčních a 5 testovacích), uvádějte je ve\n"
            "> tvaru např. 192.0.2.1.\n"
            ">\n"
            "> Žádosti přijímáme na adrese podatelna@czso.cz nebo datovou schránkou\n"
            "> (ID 2gfaasy) do 22. 9. 2025.\n"
            ">\n"
            "> Český statistický úřad, IČO 00025593, Na padesátém 81, 100 82 Praha 10\n"
            "> Informace pro média: tel. 274 052 733\n"
        ),
    },
    {
        "id": "na004-student-podcast-both-no-ico",
        "description": "chatty student podcaster without a company or IČO asks for both the feed "
        "and audio recording; phone with dashes, a friend's number in passing",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "Adéla Horáková",
            None,
            None,
            ["192.0.2.88"],
            [],
            "Adéla Horáková",
            "adela.horakova@scitacka.example",
            "+420604118273",
        ),
        "from": "Adéla Horáková <adela.horakova@scitacka.example>",
        "subject": "dotaz + žádost – podcast o volbách",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den!\n\n"
            "Omlouvám se, jestli píšu na špatnou adresu, na webu jsem našla tuhle. Jsem "
            "studentka politologie v Olomouci a sama (bez firmy, IČO nemám) dělám podcast "
            "Sčítačka, kde během volební noci chystáme živý stream.\n\n"
            "Chtěla bych poprosit o dvě věci:\n"
            "- přístup k těm XML datům s výsledky, abychom mohli v přenosu ukazovat grafy "
            "živě – běží nám to na malém VPS s adresou 192.0.2.88 (jiný server nemáme),\n"
            "- a jestli by šlo nahrát pár minut zvuku na Vašem sběrném místě v Olomouci, "
            "jen diktafon, žádná kamera. Se mnou by přišla kamarádka Bára (733 018 552), ta "
            "drží mikrofon.\n\n"
            "Žadatelkou jsem já, Adéla Horáková, na mě prosím i všechny kontakty, telefon "
            "604-118-273.\n\n"
            "Děkuju moc, Adéla\n"
        ),
    },
    {
        "id": "na005-flowed-correction-test",
        "description": "format=flowed Thunderbird mail wrapped mid-sentence; the test address is "
        "corrected later in the text and the old one is said to be cancelled",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Televize Pobeskydí s.r.o.",
            I5,
            None,
            ["192.0.2.150"],
            ["192.0.2.141"],
            "Martina Kubíčková",
            "kubickova@tvpobeskydi.example",
            "+420558311704",
        ),
        "from": "Martina Kubíčková <kubickova@tvpobeskydi.example>",
        "subject": "Žádost o přístup k XML – Televize Pobeskydí",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            f"Televize Pobeskydí s.r.o., IČO {I5}, žádá o přístup k průběžným výsledkům \n"
            "voleb ve formátu XML. Produkční server má adresu 192.0.2.150, testovací \n"
            "192.0.2.140.\n\n"
            "Kontaktní osoba: Martina Kubíčková, tel. 558 311 704.\n\n"
            "Oprava, než to odešlu: testovací má být 192.0.2.141 – adresu 192.0.2.140 \n"
            "jsme minulý týden zrušili, kolega mi poslal starou tabulku.\n\n"
            "S pozdravem\n"
            "Martina Kubíčková\n"
            "produkce, Televize Pobeskydí\n"
            "Frýdlantská 1021, 738 01 Frýdek-Místek\n"
        ),
    },
    {
        "id": "na006-seznam-forward-own-mail-new-contact",
        "description": "the writer forwards her own earlier application unanswered and names a "
        "colleague who replaces her as the contact; quoted header addressed to the office",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Obzor Písek, s.r.o.",
            I6,
            None,
            ["203.0.113.70"],
            ["203.0.113.71"],
            "Jan Beneš",
            "benes@obzor-pisek.example",
            "+420777604219",
        ),
        "from": "Kamila Růžičková <ruzickova@obzor-pisek.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "posílám znovu svou žádost z minulého týdne, nedostala jsem na ni potvrzení "
            "(možná skončila ve spamu). Jedna změna: kontaktní osobou už nebudu já, od října "
            "odcházím na mateřskou. Žádost převezme kolega Jan Beneš, benes@obzor-pisek.example, "
            "tel. 777 604 219. Ostatní údaje platí.\n\n"
            "Děkuji\nKamila Růžičková\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: Kamila Růžičková <ruzickova@obzor-pisek.example>\n"
            "Komu: podatelna@czso.cz\n"
            "Datum: 2. 9. 2025 14:12:37\n"
            "Předmět: Žádost o přístup k výsledkům voleb\n\n"
            "Dobrý den,\n\n"
            f"vydavatelství Obzor Písek, s.r.o. (IČO {I6}) žádá o zřízení přístupu "
            "k výsledkům voleb ve formátu XML.\n\n"
            "Produkční server: 203.0.113.70\n"
            "Testovací server: 203.0.113.71\n"
            "Kontakt: Kamila Růžičková, 608 300 127\n\n"
            "S pozdravem\nKamila Růžičková\nObzor Písek – týdeník pro Písecko\n"
        ),
    },
    {
        "id": "na007-databox-xlsx-only",
        "description": "data message whose annotation only points to the sheet; roles as PROD/TST "
        "abbreviations in a second sheet, contact on the first",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanácká televizní společnost a.s.",
            I7,
            "t8wq3mx",
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Lenka Dostálová",
            "dostalova@hts-tv.example",
            "+420585112907",
        ),
        "subject": "Žádost – volby do PS 2025 (údaje v příloze)",
        "databox": {
            "box": "t8wq3mx",
            "sender": "Hanácká televizní společnost a.s.",
            "address": "Šlechtitelů 813/21, 779 00 Olomouc",
        },
        "attachments": [
            (
                "xlsx",
                "volby2025_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb (XML)", ""],
                            ["Žadatel", "Hanácká televizní společnost a.s."],
                            ["IČO", I7],
                            ["Kontaktní osoba", "Bc. Lenka Dostálová"],
                            ["Telefon", "+420 585 112 907"],
                            ["E-mail", "dostalova@hts-tv.example"],
                            ["Datum", "16.09.2025"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "IP adresa", "Poznámka"],
                            ["PROD", "198.51.100.120", "encoder 1"],
                            ["PROD", "198.51.100.121", "encoder 2 (záloha)"],
                            ["TST", "198.51.100.125", "vývoj grafiky"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "na008-german-broadcaster-range-both",
        "description": "German broadcaster writing English: a written range of four production "
        "addresses, one test, filming too; a colleague named as the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Bayerische Funkmedien GmbH",
            None,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210"],
            "Sabine Krüger",
            "s.krueger@bfm-medien.example",
            "+498959004417",
        ),
        "from": '"Brenner, Markus" <m.brenner@bfm-medien.example>',
        "subject": "Request: election results XML + filming permission (Bayerische Funkmedien)",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Bayerische Funkmedien GmbH (Munich) will cover the Czech parliamentary elections "
            "with a live programme and would like to apply for access to your XML results "
            "server.\n\n"
            "Production servers: 198.51.100.200 - 198.51.100.203 (four machines)\n"
            "Test server: 198.51.100.210\n\n"
            "In addition, our TV team would like to film at one of your collection points in "
            "Prague on election night (approx. 21:00-01:00, three people, one camera).\n\n"
            "Contact person for this application is my colleague Sabine Krüger "
            "(s.krueger@bfm-medien.example, phone +49 89 5900 4417). We are a German "
            "company and do not have a Czech company ID; our register number is HRB 184 227 "
            "(Amtsgericht München).\n\n"
            "Kind regards / Mit freundlichen Grüßen\n\n"
            "Markus Brenner\n"
            "Head of Broadcast IT\n"
            "Bayerische Funkmedien GmbH | Rundfunkplatz 4 | 80335 München\n"
            "Phone +49 89 5900 4100\n"
        ),
    },
    {
        "id": "na009-samsung-netmask-block",
        "description": "phone-typed note: production as an address with a /30 netmask (four "
        "addresses), IČ written in groups, test declined",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Radio Podlesi s.r.o.",
            I9,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            [],
            "Milan Hrubý",
            "hruby@radiopodlesi.example",
            "+420603771290",
        ),
        "from": "Milan Hrubý <hruby@radiopodlesi.example>",
        "subject": "Pristup k vysledkum",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Dobry den,\n"
            "za Radio Podlesi s.r.o. (IČ "
            f"{I9[:3]} {I9[3:5]} {I9[5:]}) zadam o pristup k xml vysledkum.\n"
            "prod: 203.0.113.64 maska 255.255.255.252 (ctyri stroje)\n"
            "test: zadny nebude\n"
            "kontakt ja, +420 603 77 12 90\n"
            "Hruby\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "na010-gmail-pasted-form-checkboxes",
        "description": "Gmail HTML with text alternative: a pasted form with ticked and unticked "
        "box characters, only the feed ticked",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Občanský zpravodaj Kroměříž, z.s.",
            I10,
            None,
            ["192.0.2.170"],
            ["192.0.2.171"],
            "Richard Pokorný",
            "pokorny@zpravodajkm.example",
            "+420739048215",
        ),
        "from": "Richard Pokorný <pokorny@zpravodajkm.example>",
        "subject": "žádost – formulář",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám vyplněný formulář (zkopírovaný z Wordu):\n\n"
            "Žadatel: Občanský zpravodaj Kroměříž, z.s.\n"
            f"IČO: {I10}\n"
            "Žádám o:\n"
            "☒ přístup k výsledkům voleb ve formátu XML\n"
            "☐ povolení k pořizování záznamu na sběrném místě\n"
            "Produkční IP: 192.0.2.170\n"
            "Testovací IP: 192.0.2.171\n"
            "Kontaktní osoba: Richard Pokorný, tel. 739 048 215\n\n"
            "Díky,\nRichard Pokorný\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>posílám vyplněný formulář (zkopírovaný z Wordu):</div><div><br></div>"
            "<div><b>Žadatel:</b> Občanský zpravodaj Kroměříž, z.s.</div>"
            f"<div><b>IČO:</b> {I10}</div>"
            "<div><b>Žádám o:</b></div>"
            "<div>☒ přístup k výsledkům voleb ve formátu XML</div>"
            "<div>☐ povolení k pořizování záznamu na sběrném místě</div>"
            "<div><b>Produkční IP:</b> 192.0.2.170</div>"
            "<div><b>Testovací IP:</b> 192.0.2.171</div>"
            "<div><b>Kontaktní osoba:</b> Richard Pokorný, tel. 739 048 215</div>"
            "<div><br></div><div>Díky,</div><div>Richard Pokorný</div></div>"
        ),
    },
    {
        "id": "na011-apple-signature-two-people-box",
        "description": "the editor-in-chief writes, the IT man in her two-person signature is "
        "the contact; the publisher's box ID in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Týdeník Polabí, s.r.o.",
            I11,
            "h3kq9vb",
            ["198.51.100.45"],
            ["198.51.100.46"],
            "Ondřej Malina",
            "malina@tydenikpolabi.example",
            "+420736214950",
        ),
        "from": "Jana Vondráčková <vondrackova@tydenikpolabi.example>",
        "subject": "Přístup k výsledkům voleb – Týdeník Polabí",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "prosíme o zřízení přístupu k výsledkům voleb ve formátu XML pro náš web. "
            "Produkční adresa 198.51.100.45, testovací 198.51.100.46.\n\n"
            "Technické věci (adresy, přístup, případné výpadky) prosím řešte s naším "
            "správcem Ondřejem Malinou, kontakty na něj jsou v podpisu.\n\n"
            "Děkuji\nJana Vondráčková\n\n"
            "--\n"
            "Jana Vondráčková | šéfredaktorka | +420 325 601 118 | "
            "vondrackova@tydenikpolabi.example\n"
            "Ondřej Malina | IT a web | +420 736 214 950 | malina@tydenikpolabi.example\n"
            "Týdeník Polabí, s.r.o. · Palackého 14, 290 01 Poděbrady\n"
            f"IČO {I11} · ID DS: h3kq9vb · www.tydenikpolabi.example\n"
        ),
    },
    {
        "id": "na012-databox-annotation-addresses-rtf-letter",
        "description": "data message: the addresses only in the annotation with prod./test. "
        "abbreviations, the applicant and contact only in the attached RTF letter",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Nakladatelství Lipník, spol. s r.o.",
            I12,
            "r2vn8ke",
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Vlasta Poláková",
            "polakova@nakladatelstvi-lipnik.example",
            "+420581770342",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb – prod. IP 192.0.2.60, "
        "test. IP 192.0.2.61",
        "databox": {
            "box": "r2vn8ke",
            "sender": "Nakladatelství Lipník, spol. s r.o.",
            "address": "Tyršova 7, 751 31 Lipník nad Bečvou",
        },
        "attachments": [
            (
                "rtf",
                "pruvodni_dopis.rtf",
                [
                    "Nakladatelství Lipník, spol. s r.o.",
                    "Tyršova 7, 751 31 Lipník nad Bečvou",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "V Lipníku nad Bečvou dne 11. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb",
                    "Vážení,\nžádáme o zřízení přístupu k výsledkům voleb ve formátu XML pro "
                    "zpravodajský web Lipenské listy. IP adresy jsou uvedeny v předmětu "
                    "datové zprávy.",
                    [
                        ["Žadatel", "Nakladatelství Lipník, spol. s r.o."],
                        ["IČO", I12],
                        ["Kontaktní osoba", "Vlasta Poláková"],
                        ["Telefon", "581 770 342"],
                        ["E-mail", "polakova@nakladatelstvi-lipnik.example"],
                    ],
                    "S pozdravem\nIng. Bohumil Zapletal, jednatel",
                ],
            )
        ],
    },
    {
        "id": "na013-slovak-roundcube-windows-1250",
        "description": "Slovak mail in windows-1250 from Roundcube, Slovak role words and a "
        "Slovak mobile, the IČO written as 'IČO:' with spaces",
        "style": Style.SLOVAK,
        "labels": L(
            [FEED],
            "Východoslovenské médiá, s. r. o.",
            I13,
            None,
            ["203.0.113.80"],
            ["203.0.113.81"],
            "Zuzana Kováčová",
            "kovacova@vsmedia.example",
            "+421905318226",
        ),
        "from": "Zuzana Kováčová <kovacova@vsmedia.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": ROUNDCUBE,
        "charset": "windows-1250",
        "body": (
            "Dobrý deň,\n\n"
            "spoločnosť Východoslovenské médiá, s. r. o., IČO: "
            f"{I13[:2]} {I13[2:5]} {I13[5:]}, vydavateľ portálu Košický večer, žiada o "
            "prístup k priebežným výsledkom volieb do Poslaneckej snemovne vo formáte XML.\n\n"
            "Produkčná IP adresa: 203.0.113.80\n"
            "Testovacia IP adresa: 203.0.113.81\n\n"
            "Kontaktná osoba: Zuzana Kováčová, mobil +421 905 318 226\n\n"
            "Ďakujem pekne a prajem pokojný deň.\n\n"
            "S pozdravom\nZuzana Kováčová\nonline redakcia\nHlavná 42, 040 01 Košice\n"
        ),
    },
    {
        "id": "na014-attached-original-new-mobile",
        "description": "a colleague attaches the contact's original mail (message/rfc822) and "
        "corrects only his mobile number in the new text",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Kurýr Zlín s.r.o.",
            I14,
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Aleš Kříž",
            "kriz@kuryr-zlin.example",
            "+420720551903",
        ),
        "from": "Hedvika Nováková <novakova@kuryr-zlin.example>",
        "subject": "FW: žádost o XML – Kurýr Zlín",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposílám žádost kolegy Aleše Kříže, který ji omylem poslal jen mně "
            "místo Vám. Údaje v ní platí, jen Alešův mobil se minulý měsíc změnil – nově "
            "720 551 903 (to staré číslo už nefunguje). Kontaktní osobou zůstává Aleš.\n\n"
            "S pozdravem\nHedvika Nováková\nsekretariát, Kurýr Zlín s.r.o.\ntel. 577 012 300\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_volby.eml",
                {
                    "id": "na014-inner",
                    "from": "Aleš Kříž <kriz@kuryr-zlin.example>",
                    "to": "Hedvika Nováková <novakova@kuryr-zlin.example>",
                    "subject": "žádost o XML – Kurýr Zlín",
                    "headers": OUTLOOK,
                    "body": (
                        "Dobrý den,\n\n"
                        f"Kurýr Zlín s.r.o., IČO {I14}, žádá o přístup k výsledkům voleb "
                        "ve formátu XML.\n\n"
                        "produkce: 198.51.100.150\n"
                        "test: 198.51.100.151\n\n"
                        "Kontakt: Aleš Kříž, kriz@kuryr-zlin.example, 606 217 880\n\n"
                        "Aleš Kříž\nIT, Kurýr Zlín\n"
                    ),
                },
            )
        ],
    },
]
