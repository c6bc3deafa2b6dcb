"""Fifty-second held-out part ``cg``, cases cg001–cg014: an iPhone note without diacritics,
addresses typed with commas on a Samsung keyboard, an Outlook HTML-only table in windows-1250,
an assistant applying for the editor-in-chief, an Outlook reply answering the office's
questions inline, HTML and plain text that differ, an application written in the Subject line,
a data message with a PDF, an Apple Mail reply under the office's quoted press release, an
Austrian broadcaster writing English, a Roundcube signature naming three people, a K-9
format=flowed break in the role sentence, a Zimbra cover with a DOCX and a thread resent twice
with one change. Written by hand apart from the extraction rules (see make_fiftysecond_cg);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftysecond_cg_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
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

I1, I2, I3, I4, I5 = ico("2741963"), ico("2619054"), ico("2503817"), ico("2877140"), ico("2806392")
I6, I7, I8, I11 = ico("2934715"), ico("2755208"), ico("2692481"), ico("2563079")
I12, I13, I14 = ico("2840716"), ico("2718534"), ico("2475908")

_OFFICE_SIG = (
    "Podatelna\n"
    "Český statistický úřad | Na padesátém 81, 100 82 Praha 10\n"
    "IČO 00025593 | ID DS 2gfaasy | tel. +420 274 052 733 | www.czso.cz"
)

_THREAD_APP = (
    "Dobrý den,\n"
    "za Týdeník Polabí s.r.o., IČO " + I14 + ", žádáme o přístup k průběžným výsledkům "
    "voleb ve formátu XML.\n"
    "Produkční IP: 198.51.100.80, 198.51.100.81\n"
    "Testovací IP: 198.51.100.87\n"
    "Kontakt: Ladislav Fiala, fiala@tydenikpolabi.example, 720 118 362\n"
    "Děkuji,\n"
    "Ladislav Fiala\n"
    "technik, Týdeník Polabí s.r.o."
)


def _quote(text: str, depth: int = 1) -> str:
    mark = ">" * depth
    return "\n".join(f"{mark} {line}" if line else mark for line in text.split("\n"))


CASES: list[dict[str, Any]] = [
    {
        "id": "cg001-iphone-no-diacritics",
        "description": "typed on an iPhone without diacritics, 'ostra'/'testovaci' instead of "
        "the usual role words, the contact is 'ja' with the number run into the sentence",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Zpravy z Hane s.r.o.",
            I1,
            None,
            ["198.51.100.31", "198.51.100.32"],
            ["198.51.100.39"],
            "Tomas Kratochvil",
            "tomas.kratochvil@zpravyzhane.example",
            "+420608221904",
        ),
        "from": "Tomas Kratochvil <tomas.kratochvil@zpravyzhane.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "flowed": True,
        "body": "Dobry den,\n\n"
        "zadame o pristup k xml s vysledky voleb pro nas web. Jsme Zpravy z Hane s.r.o., "
        "ico " + I1 + "\n"
        "ostra ip 198.51.100.31 a 198.51.100.32, testovaci 198.51.100.39\n\n"
        "kontakt ja Tomas Kratochvil tel 608 221 904\n\n"
        "Dik\nTK\n\nOdeslano z iPhonu\n",
    },
    {
        "id": "cg002-samsung-commas-for-dots",
        "description": "a phone keyboard put commas instead of dots into every address; no "
        "diacritics in the text, the From header spells the sender's name properly",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Jihlavske listy a.s.",
            I2,
            None,
            ["203.0.113.50", "203.0.113.52"],
            ["203.0.113.59"],
            "Lenka Burešová",
            "buresova@jihlavskelisty.example",
            "+420731445086",
        ),
        "from": "Lenka Burešová <buresova@jihlavskelisty.example>",
        "subject": "adresy pro xml",
        "headers": SAMSUNG,
        "body": "Dobry den, posilam adresy pro pristup k vysledkum voleb na vasem serveru, "
        "za Jihlavske listy a.s. (ICO " + I2 + ")\n\n"
        "produkcni: 203,0,113,50 a 203,0,113,52\n"
        "testovaci: 203,0,113,59\n\n"
        "omlouvam se za ty carky, pisu z mobilu a klavesnice si dela co chce :)\n\n"
        "Lenka Buresova\nonline redakce\n+420 731 445 086\n\n\n"
        "Odesláno z mého Galaxy\n",
    },
    {
        "id": "cg003-outlook-html-table-1250",
        "description": "Outlook HTML-only mail in windows-1250: a Word table with a role column "
        "(primární / záložní / stage), the contact's direct line before the mobile",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Východočeská mediální, a.s.",
            I3,
            None,
            ["198.51.100.161", "198.51.100.162"],
            ["198.51.100.170"],
            "Michal Hejduk",
            "m.hejduk@vcmedia.example",
            "+420495800217",
        ),
        "from": "Hejduk Michal <m.hejduk@vcmedia.example>",
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
        "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:Calibri} --></style>"
        '</head><body lang="CS" link="#0563C1"><div class="WordSection1">'
        '<p class="MsoNormal">Dobrý den,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">Východočeská mediální, a.s. (IČO ' + I3 + "), vydavatel portálu "
        "VCHnews, žádá o zpřístupnění výsledků voleb na dedikovaném serveru a zároveň o "
        "povolení pořizovat videozáznam na krajském pracovišti ČSÚ v Hradci Králové."
        '<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
        '<tr><td><p class="MsoNormal"><b>Účel</b></p></td><td><p class="MsoNormal"><b>IP adresa'
        '</b></p></td><td><p class="MsoNormal"><b>Poznámka</b></p></td></tr>'
        '<tr><td><p class="MsoNormal">produkce</p></td><td><p class="MsoNormal">198.51.100.161'
        '</p></td><td><p class="MsoNormal">primární</p></td></tr>'
        '<tr><td><p class="MsoNormal">produkce</p></td><td><p class="MsoNormal">198.51.100.162'
        '</p></td><td><p class="MsoNormal">záložní</p></td></tr>'
        '<tr><td><p class="MsoNormal">test</p></td><td><p class="MsoNormal">198.51.100.170'
        '</p></td><td><p class="MsoNormal">stage</p></td></tr></table>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">Kontaktní osoba: Michal Hejduk, vedoucí vývoje, přímá linka '
        '495 800 217, mobil 603 918 442, <a href="mailto:m.hejduk@vcmedia.example">'
        "m.hejduk@vcmedia.example</a><o:p></o:p></p>"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">S pozdravem<o:p></o:p></p>'
        '<p class="MsoNormal"><b>Michal Hejduk</b><br>Východočeská mediální, a.s. | Gočárova '
        "1180/9, Hradec Králové | ústředna 495 800 100<o:p></o:p></p></div></body></html>",
    },
    {
        "id": "cg004-assistant-for-editor-in-chief",
        "description": "the editor-in-chief's assistant sends the application and signs it with "
        "her own phone, but names the editor-in-chief (with his own e-mail) as the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Deník Pošumaví s.r.o.",
            I4,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.110"],
            "Ondřej Hrubý",
            "hruby@denikposumavi.example",
            "+420776402318",
        ),
        "from": "Petra Nováková <asistentka@denikposumavi.example>",
        "subject": "Žádost o přístup k XML – Deník Pošumaví",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "v zastoupení šéfredaktora Mgr. Ondřeje Hrubého Vám posílám žádost vydavatelství "
        "Deník Pošumaví s.r.o. (IČO " + I4 + ") o přístup k XML výsledkům voleb do "
        "Poslanecké sněmovny.\n\n"
        "Produkční adresy: 203.0.113.101, 203.0.113.102\n"
        "Testovací: 203.0.113.110\n\n"
        "Kontaktní osobou pro žádost je pan šéfredaktor: Mgr. Ondřej Hrubý, "
        "hruby@denikposumavi.example, tel. 776 402 318.\n"
        "Na mě se prosím obracejte jen v organizačních věcech (termíny, podpisy).\n\n"
        "Děkuji a přeji hezký den\n\n"
        "Petra Nováková\nasistentka šéfredaktora\nDeník Pošumaví s.r.o.\n"
        "Zámecká 41, 386 01 Strakonice\ntel. 383 412 090\n",
    },
    {
        "id": "cg005-outlook-inline-answers",
        "description": "Outlook reply answering the office's questions inline: the original "
        "address list is quoted twice ('>>'), the answer 'ta .12' names the test one by its "
        "last octet; the office's signature with its IČO and box ID is quoted",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Lipno s.r.o.",
            I5,
            None,
            ["198.51.100.10", "198.51.100.11"],
            ["198.51.100.12"],
            "Vojtěch Kučera",
            "kucera@radiolipno.example",
            "+420724319065",
        ),
        "from": "Kučera Vojtěch <kucera@radiolipno.example>",
        "subject": "RE: Žádost o přístup k výsledkům",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\nodpovědi jsem vepsal přímo do Vašeho e-mailu níže.\n\n"
        "Vojtěch Kučera\nRádio Lipno s.r.o.\nmobil +420 724 319 065\n\n"
        "-----Original Message-----\n"
        "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
        "Sent: Tuesday, September 9, 2025 10:14 AM\n"
        "To: Kučera Vojtěch <kucera@radiolipno.example>\n"
        "Subject: RE: Žádost o přístup k výsledkům\n\n"
        "> Dobrý den,\n> děkujeme za Vaši žádost. Než ji zaevidujeme, prosíme o doplnění:\n>\n"
        ">> za Rádio Lipno žádáme o přístup k výsledkům přes XML. Adresy 198.51.100.10,\n"
        ">> 198.51.100.11, 198.51.100.12. Kontakt já.\n"
        "> Které z adres jsou testovací?\n"
        "ta .12, zbylé dvě jsou ostré\n>\n"
        "> Uveďte prosím také IČO žadatele.\n"
        "IČO " + I5 + "\n>\n"
        "> S pozdravem\n" + _quote(_OFFICE_SIG) + "\n",
    },
    {
        "id": "cg006-html-corrected-plain-not",
        "description": "multipart/alternative from Thunderbird: the HTML strikes the test address "
        "out and writes the corrected one, the plain-text part still has the old one",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Podještědský týdeník s.r.o.",
            I6,
            None,
            ["198.51.100.70", "198.51.100.71"],
            ["198.51.100.77"],
            "Alena Jelínková",
            "jelinkova@podjestedsky.example",
            "+420737204516",
        ),
        "from": "Alena Jelínková <jelinkova@podjestedsky.example>",
        "subject": "žádost o XML výsledky voleb",
        "headers": TBIRD,
        "body": "Dobrý den,\n\n"
        "Podještědský týdeník s.r.o. (IČO " + I6 + ") žádá o přístup k výsledkům voleb "
        "na dedikovaném serveru.\n\n"
        "produkční: 198.51.100.70, 198.51.100.71\n"
        "testovací: 198.51.100.76\n\n"
        "Kontakt: Alena Jelínková, 737 204 516\n\n"
        "S pozdravem\nAlena Jelínková\n",
        "html": '<html><head>\n<meta http-equiv="content-type" content="text/html; '
        'charset=UTF-8">\n</head><body>\n<p>Dobrý den,</p>\n'
        "<p>Podještědský týdeník s.r.o. (IČO " + I6 + ") žádá o přístup k výsledkům voleb "
        "na dedikovaném serveru.</p>\n"
        "<p>produkční: 198.51.100.70, 198.51.100.71<br>\n"
        "testovací: <s>198.51.100.76</s> <b>198.51.100.77</b> <i>(oprava, .76 byl "
        "překlep)</i></p>\n"
        "<p>Kontakt: Alena Jelínková, 737 204 516</p>\n"
        "<p>S pozdravem<br>\nAlena Jelínková</p>\n</body></html>\n",
    },
    {
        "id": "cg007-application-in-subject",
        "description": "the whole application is written in the (folded) Subject line; the body "
        "only says to look there",
        "style": Style.SUBJECT,
        "labels": L(
            [FEED],
            "Radio Podlesi s.r.o.",
            I7,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Jiri Smola",
            "smola@radiopodlesi.example",
            "+420777310442",
        ),
        "from": "Jiri Smola <smola@radiopodlesi.example>",
        "subject": "Zadost o pristup k XML vysledkum voleb - Radio Podlesi s.r.o., ICO "
        + I7
        + ", ostra IP 198.51.100.140, testovaci 198.51.100.141, kontakt Jiri Smola "
        "777 310 442",
        "headers": SEZNAM,
        "body": "Vse je v predmetu, diky.\nJ. Smola\n",
    },
    {
        "id": "cg008-databox-pdf-ipv6",
        "description": "data message with a bare annotation; the PDF letter lists an IPv6 and an "
        "IPv4 production address and an IPv6 test one, and declines filming",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Infokanál Brno, s.r.o.",
            I8,
            "k7pm3xd",
            ["2001:db8:4a::20", "198.18.4.20"],
            ["2001:db8:4a::99"],
            "Aneta Kolářová",
            "kolarova@infokanal.example",
            "+420739208511",
        ),
        "databox": box("k7pm3xd", "Infokanál Brno, s.r.o.", "Cejl 512/47, 602 00 Brno"),
        "subject": "Žádost – volby",
        "attachments": [
            (
                "pdf",
                "zadost_infokanal.pdf",
                [
                    "Infokanál Brno, s.r.o. | Cejl 512/47, 602 00 Brno | IČO "
                    + I8
                    + " | ID DS k7pm3xd",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: žádost o přístup k průběžným výsledkům voleb",
                    "Žádáme o zpřístupnění výsledků na dedikovaném serveru ve formátu XML. "
                    "O povolení natáčení tentokrát nežádáme.",
                    {
                        "rows": [
                            ["Produkční adresy", "2001:db8:4a::20\n198.18.4.20"],
                            ["Testovací adresa", "2001:db8:4a::99"],
                            [
                                "Kontaktní osoba",
                                "Bc. Aneta Kolářová, kolarova@infokanal.example, 739 208 511",
                            ],
                        ],
                        "widths": [130, 330],
                    },
                    "V Brně 2. 9. 2025\nIng. Pavel Zezula, jednatel",
                ],
            )
        ],
    },
    {
        "id": "cg009-apple-under-press-release",
        "description": "a freelance photographer asks to photograph only, above the office's "
        "forwarded press release with its IČO, data-box ID and phone; no IČO of her own",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Kristýna Vlčková",
            None,
            None,
            [],
            [],
            "Kristýna Vlčková",
            "kristyna@vlckova-foto.example",
            "+420605771293",
        ),
        "from": "Kristýna Vlčková <kristyna@vlckova-foto.example>",
        "subject": "Fwd: Tisková zpráva: Akreditace médií k volbám",
        "headers": APPLE,
        "body": "Dobrý den,\n\n"
        "v tiskové zprávě níže píšete, že o povolení fotografovat na pracovištích je třeba "
        "požádat e-mailem, tak tímto žádám. Jsem fotografka na volné noze (bez IČO, fotím pro "
        "několik regionálních webů) a ráda bych fotila na krajském pracovišti v Olomouci "
        "během sčítání.\nXML výstupy nepotřebuji.\n\n"
        "Děkuji\nKristýna Vlčková\n+420 605 771 293\n\n"
        "> Začátek přeposílané zprávy:\n>\n"
        "> Od: Český statistický úřad <info@czso.cz>\n"
        "> Předmět: Tisková zpráva: Akreditace médií k volbám\n"
        "> Datum: 1. září 2025 10:00:12 SELČ\n>\n"
        "> Média, která chtějí v den voleb natáčet nebo fotografovat na pracovištích ČSÚ,\n"
        "> mohou o povolení požádat e-mailem na podatelna@czso.cz nebo datovou zprávou\n"
        "> do schránky 2gfaasy. O přístup k průběžným výsledkům na dedikovaném serveru\n"
        "> se žádá stejnou cestou.\n>\n"
        "> Český statistický úřad, Na padesátém 81, Praha 10, IČO 00025593\n"
        "> Kontakt pro média: tel. +420 274 052 733\n",
    },
    {
        "id": "cg010-austrian-english-cidr",
        "description": "Austrian broadcaster writing English: a /30 production block, an IPv6 "
        "test address, the contact's office line then mobile (+43), no Czech company ID",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Alpenfunk Medien GmbH",
            None,
            None,
            ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
            ["2001:db8:a1::15"],
            "Stefan Gruber",
            "s.gruber@alpenfunk.example",
            "+436628704415",
        ),
        "from": "Stefan Gruber <s.gruber@alpenfunk.example>",
        "subject": "Application: election results feed + filming permit",
        "headers": MAC_OUTLOOK,
        "body": "Dear Sir or Madam,\n\n"
        "Alpenfunk Medien GmbH (Salzburg) would like to apply for access to the live election "
        "results feed and for a permit to film at your Prague collection point on election "
        "night. We have no Czech company ID number.\n\n"
        "Our servers:\n"
        "- production network 203.0.113.64/30\n"
        "- test server 2001:db8:a1::15\n\n"
        "Contact: Stefan Gruber, Head of Data Desk, s.gruber@alpenfunk.example, "
        "+43 662 870 4415 (mobile +43 664 310 2287)\n\n"
        "Kind regards\nStefan Gruber\n\n"
        "Alpenfunk Medien GmbH | Schallmooser Hauptstraße 12 | 5020 Salzburg | Austria\n",
    },
    {
        "id": "cg011-roundcube-three-in-signature",
        "description": "the signature block names the director, the network admin and the "
        "cameraman with phones; the text names the admin as the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Krkonošská televize s.r.o.",
            I11,
            None,
            ["198.51.100.90", "198.51.100.91"],
            ["198.51.100.95"],
            "Marek Dvořák",
            "dvorak@krkonosskatv.example",
            "+420731552608",
        ),
        "from": "Hana Sýkorová <sykorova@krkonosskatv.example>",
        "subject": "volby – XML a natáčení",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\n"
        "posíláme žádost o XML výsledky a o povolení natáčení pro Televizi Krkonoše "
        "(Krkonošská televize s.r.o., IČO " + I11 + ").\n\n"
        "IP: 198.51.100.90 produkce, 198.51.100.91 produkce (záloha), 198.51.100.95 test.\n"
        "Natáčet by přišel náš kameraman Pavel Říha.\n"
        "Kontaktní osobou je náš správce sítě Marek Dvořák (dvorak@krkonosskatv.example).\n\n"
        "S pozdravem\n\n--\n"
        "Mgr. Hana Sýkorová, ředitelka, 602 118 440\n"
        "Marek Dvořák, IT, 731 552 608\n"
        "Pavel Říha, kameraman, 608 900 112\n"
        "Krkonošská televize s.r.o. | Krkonošská 210, Vrchlabí\n",
    },
    {
        "id": "cg012-k9-flowed-role-break",
        "description": "format=flowed from K-9: the soft line breaks fall between 'Produkční' and "
        "'adresa' and between 'testovací' and 'je', so each role word ends a line",
        "style": Style.FLOWED,
        "labels": L(
            [FEED],
            "Hlas Vysočiny s.r.o.",
            I12,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.158"],
            "Ivana Pokorná",
            "pokorna@hlasvysociny.example",
            "+420604330871",
        ),
        "from": "Ivana Pokorná <pokorna@hlasvysociny.example>",
        "subject": "Žádost o XML",
        "headers": K9,
        "flowed": True,
        "cte": "8bit",
        "body": "Dobrý den,\n\n"
        "za Hlas Vysočiny s.r.o. (IČO " + I12 + ") žádáme o přístup k XML s výsledky. "
        "Produkční \n"
        "adresa našeho serveru je 203.0.113.150, druhá produkční 203.0.113.151 a \n"
        "testovací \n"
        "je 203.0.113.158. Kontakt: Ivana Pokorná, 604 330 871, \n"
        "pokorna@hlasvysociny.example\n\n"
        "Díky\nIvana Pokorná\n",
    },
    {
        "id": "cg013-zimbra-docx-contact-in-file",
        "description": "a two-line chatty cover from Zimbra; the DOCX (letterhead, row-header "
        "table) names a different person as the contact than the sender",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Mediální dům Beskydy a.s.",
            I13,
            None,
            ["198.18.12.40", "198.18.12.41"],
            ["198.18.12.49"],
            "Radim Kopecký",
            "kopecky@mdbeskydy.example",
            "+420558330714",
        ),
        "from": "Zuzana Holubová <holubova@mdbeskydy.example>",
        "subject": "žádost o přístup",
        "headers": ZIMBRA,
        "body": "Dobrý den, v příloze posílám naši žádost, kdyby něco chybělo, ozvěte se "
        "prosím kolegovi uvedenému v ní.\nHezký den, Zuzana Holubová\n",
        "attachments": [
            (
                "docx",
                "zadost_MDB_2025.docx",
                {
                    "header": "Mediální dům Beskydy a.s. | 1. máje 1503, 738 01 Frýdek-Místek",
                    "footer": "IČO " + I13 + " | www.mdbeskydy.example",
                    "blocks": [
                        "Žádost o zpřístupnění výsledků voleb na dedikovaném serveru",
                        {
                            "rows": [
                                ["Žadatel", "Mediální dům Beskydy a.s."],
                                ["IČO", I13],
                                ["Produkční IP", "198.18.12.40, 198.18.12.41"],
                                ["Testovací IP", "198.18.12.49"],
                                ["Kontakt", "Radim Kopecký, správce IT"],
                                ["E-mail / telefon", "kopecky@mdbeskydy.example / 558 330 714"],
                            ]
                        },
                        "Zpracovala: Zuzana Holubová, sekretariát",
                    ],
                },
            )
        ],
    },
    {
        "id": "cg014-thread-resent-twice",
        "description": "the same application sent three times in one thread, quoted two levels "
        "deep; the newest message changes only the test address",
        "style": Style.THREAD,
        "labels": L(
            [FEED],
            "Týdeník Polabí s.r.o.",
            I14,
            None,
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.88"],
            "Ladislav Fiala",
            "fiala@tydenikpolabi.example",
            "+420720118362",
        ),
        "from": "Ladislav Fiala <fiala@tydenikpolabi.example>",
        "subject": "Re: Žádost o přístup k XML – Týdeník Polabí",
        "headers": GMAIL,
        "body": "Dobrý den,\n\n"
        "posílám žádost potřetí, tentokrát už snad naposledy: jediná změna oproti "
        "předchozím dvěma je testovací adresa, ta je nově 198.51.100.88 (místo .87), "
        "server jsme přestěhovali. Ostatní platí beze změny.\n\n"
        "Díky za trpělivost\nLadislav Fiala\n\n"
        "po 8. 9. 2025 v 9:12 odesílatel Ladislav Fiala <fiala@tydenikpolabi.example> "
        "napsal:\n\n"
        "> Dobrý den, posílám znovu, nevím, jestli první e-mail došel.\n>\n"
        + _quote(_THREAD_APP)
        + "\n>\n"
        "> čt 4. 9. 2025 v 14:37 odesílatel Ladislav Fiala <fiala@tydenikpolabi.example>\n"
        "> napsal:\n>\n" + _quote(_THREAD_APP, 2) + "\n",
    },
]
