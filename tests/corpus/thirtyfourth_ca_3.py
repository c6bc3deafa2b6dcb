"""Thirty-fourth held-out part ``ca``, cases ca029–ca042: a reply to the office's press release
about filming, a chatty mail full of dates and an OID, a Polish TV crew writing English, a Gmail
HTML mail above the office's quoted answer, a contact replaced later in the mail, IČO and DIČ in a
signature, a British freelancer, a re-sent forward with the office's automatic receipt, a data
message with a power of attorney, a web agency with IPv6, a written range, a sloppy phone note
asking for both, a Dutch outlet's HTML table and an iPhone reply that changes only the phone.
Written by hand apart from the extraction rules (see make_thirtyfourth_ca); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfourth_ca_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I32, I33 = ico("4726350"), ico("0561289"), ico("2939471"), ico("0702816")
I34, I36, I37, I38 = ico("2650937"), ico("4819024"), ico("0587342"), ico("2743168")
I39, I40, I42 = ico("2916508"), ico("0674951"), ico("2608347")

CASES: list[dict[str, Any]] = [
    {
        "id": "ca029-owa-reply-press-release-filming",
        "description": "reply to the office's press release on filming (quoted with the office's "
        "e-mail, data box and phone): a TV reporter asks to film only and names the producer "
        "as the contact; crew members named",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "TV Západ s.r.o.",
            I29,
            None,
            [],
            [],
            "Zuzana Mlejnková",
            "mlejnkova@tvzapad.example",
            "+420725661904",
        ),
        "from": "Koutná Alžběta <koutna@tvzapad.example>",
        "cc": "Zuzana Mlejnková <mlejnkova@tvzapad.example>",
        "subject": "RE: Tisková zpráva – Volby 2025: informace pro média",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "na základě tiskové zprávy níže žádáme o povolení natáčet na sběrném místě v Plzni "
            "v sobotu 4. 10. od cca 15 hodin.\n\n"
            f"Žadatel: TV Západ s.r.o., IČO {I29}\n"
            "Štáb: Alžběta Koutná (redaktorka), Marek Vítek (kamera)\n"
            "Kontaktní osoba: producentka Zuzana Mlejnková (v kopii), 725 661 904\n\n"
            "Děkuji\nAlžběta Koutná\nTV Západ – zpravodajství\n\n"
            "________________________________\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n"
            "Odesláno: pondělí 15. září 2025 10:00\n"
            "Předmět: Tisková zpráva – Volby 2025: informace pro média\n\n"
            "Český statistický úřad zajišťuje zpracování výsledků voleb do Poslanecké "
            "sněmovny konaných 3. a 4. října 2025.\n"
            "Média mohou požádat o přístup k výsledkům ve formátu XML a o povolení pořizovat "
            "záznam na sběrných místech ČSÚ. Žádosti zasílejte na podatelna@czso.cz nebo do "
            "datové schránky 2gfaasy (IČO 00025593).\n"
            "Kontakt pro média: tel. 274 052 733\n"
        ),
    },
    {
        "id": "ca030-roundcube-dates-oid-versions",
        "description": "chatty plain mail full of things that look like addresses: dates, "
        "times, an OID and a version; the roles are given in a sentence",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Krumlovský zpravodaj, z. ú.",
            I30,
            None,
            ["203.0.113.44"],
            ["203.0.113.45"],
            "Jitka Fialová",
            "fialova@krumlovskyzpravodaj.example",
            "+420380711249",
        ),
        "from": "Jitka Fialová <fialova@krumlovskyzpravodaj.example>",
        "subject": "Volby 3.–4.10. – přístup k datům",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "píšu za Krumlovský zpravodaj, z. ú. (IČO "
            f"{I30}). Na 3.10.2025 od 14.00 do 4.10.2025 cca 22.00 chystáme online "
            "studio a chtěli bychom výsledky brát přímo od Vás v XML.\n\n"
            "Stahovat budeme ze serveru 203.0.113.44, před volbami si to vyzkoušíme "
            "z testovacího 203.0.113.45. Na serveru běží náš skript ve verzi 3.2.1.7, "
            "certifikát máme od CESNETu (OID politiky 1.3.6.1.4.1.23624.10.1.31).\n\n"
            "Kontakt: Jitka Fialová, tel. 380 711 249.\n\n"
            "Díky moc a hezký den\n"
            "Jitka Fialová\n"
            "Krumlovský zpravodaj, z. ú. | Latrán 15, 381 01 Český Krumlov\n"
        ),
    },
    {
        "id": "ca031-polish-tv-english-filming",
        "description": "Polish regional TV writing English (base64): filming only, the XML "
        "access explicitly not needed, no Czech IČO, a Polish landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telewizja Śląsk Sp. z o.o.",
            None,
            None,
            [],
            [],
            "Agnieszka Nowicka",
            "a.nowicka@tvslask.example",
            "+48322519904",
        ),
        "from": "Agnieszka Nowicka <a.nowicka@tvslask.example>",
        "subject": "Filming permission - collection point Ostrava",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Dear Sir or Madam,\n\n"
            "Telewizja Śląsk Sp. z o.o. from Katowice is preparing a report about the Czech "
            "elections for our viewers in the border region. We kindly ask for a permission "
            "to film at the collection point of the Czech Statistical Office in Ostrava on "
            "4 October 2025 in the evening.\n\n"
            "Our crew: Agnieszka Nowicka (producer), Paweł Zając (reporter), Kamil Lis "
            "(camera).\n\n"
            "We do not need the XML data access, only the filming.\n\n"
            "Contact: Agnieszka Nowicka, +48 32 251 99 04, a.nowicka@tvslask.example\n\n"
            "Best regards / Z poważaniem\n"
            "Agnieszka Nowicka\n"
            "Telewizja Śląsk Sp. z o.o., ul. Mikołowska 40, 40-066 Katowice\n"
            "NIP 634-00-12-345\n"
        ),
    },
    {
        "id": "ca032-gmail-html-above-office-quote",
        "description": "HTML-only Gmail mail with bold addresses after labels and the office's "
        "earlier answer in a gmail_quote (with an example address and the office's contacts)",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Hanácké rádio s.r.o.",
            I32,
            None,
            ["198.51.100.99"],
            ["198.51.100.98"],
            "Libor Konečný",
            "konecny@hanackeradio.example",
            "+420608552173",
        ),
        "from": "Libor Konečný <konecny@hanackeradio.example>",
        "subject": "Re: Dotaz – přístup k výsledkům voleb",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>děkuji za odpověď, posílám tedy žádost. Hanácké rádio s.r.o., IČO "
            f"{I32}, žádá o přístup k výsledkům voleb ve formátu XML:</div><div><br></div>"
            "<div>Produkce:&nbsp;<b>198.51.100.99</b></div>"
            "<div>Testovací prostředí:&nbsp;<b>198.51.100.98</b></div><div><br></div>"
            "<div>Kontaktní osoba: Libor Konečný (viz podpis)</div><div><br></div>"
            '<div>S pozdravem</div><div><br></div><div class="gmail_signature">'
            "<div>Libor Konečný</div><div>technik vysílání</div>"
            "<div>Hanácké rádio s.r.o.</div><div>+420 608 552 173</div></div></div><br>"
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">po 15. 9. 2025 v '
            "13:20 odesílatel Podatelna ČSÚ &lt;podatelna@czso.cz&gt; napsal:<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            "Dobrý den,<br><br>žádost o přístup zašlete prosím e-mailem na tuto adresu. "
            "Uveďte název a IČO žadatele, produkční a případně testovací IP adresu (ve tvaru "
            "např. 192.0.2.1) a kontaktní osobu s telefonem.<br><br>S pozdravem<br>"
            "Podatelna ČSÚ<br>tel. 274 052 733 | ID DS 2gfaasy</blockquote></div>"
        ),
    },
    {
        "id": "ca033-zimbra-contact-replaced",
        "description": "the contact named first is replaced later in the same mail (maternity "
        "leave) by a colleague with his own e-mail and phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Sokolovský deník, s.r.o.",
            I33,
            None,
            ["192.0.2.101"],
            ["192.0.2.102"],
            "Tomáš Bednář",
            "bednar@sokolovskydenik.example",
            "+420732640118",
        ),
        "from": "Petra Holubová <holubova@sokolovskydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            f"Sokolovský deník, s.r.o. (IČO {I33}) žádá o přístup k výsledkům voleb "
            "ve formátu XML.\n\n"
            "produkční IP: 192.0.2.101\n"
            "testovací IP: 192.0.2.102\n"
            "kontaktní osoba: Petra Holubová, holubova@sokolovskydenik.example, 731 552 019\n\n"
            "Ještě doplnění: od 1. října nastupuji na mateřskou, takže kontaktní osobou bude "
            "místo mě kolega Tomáš Bednář, bednar@sokolovskydenik.example, tel. "
            "732 640 118.\n\n"
            "Děkuji\nPetra Holubová\n"
        ),
    },
    {
        "id": "ca034-seznam-ic-dic-box-signature",
        "description": "ISO-8859-2 Seznam mail: IČ written in groups and DIČ in the signature "
        "together with the data-box ID; no test address",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Karlovarská média a.s.",
            I34,
            "k4v9mxe",
            ["203.0.113.240"],
            [],
            "Václav Brabec",
            "brabec@karlovarskamedia.example",
            "+420353221480",
        ),
        "from": "Václav Brabec <brabec@karlovarskamedia.example>",
        "subject": "přístup k výsledkům",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "žádáme o přístup k výsledkům voleb ve formátu XML pro náš server 203.0.113.240. "
            "Testovací adresu nemáme.\n\n"
            "Kontakt: Václav Brabec, 353 221 480\n\n"
            "S pozdravem\n\n"
            "Václav Brabec\n"
            "Karlovarská média a.s.\n"
            "Bělehradská 6, 360 01 Karlovy Vary\n"
            f"IČ: {I34[:3]} {I34[3:5]} {I34[5:]}, DIČ: CZ{I34}\n"
            "DS: k4v9mxe\n"
        ),
    },
    {
        "id": "ca035-british-freelancer",
        "description": "British freelance journalist without a company or IČO, one production "
        "address and no test address, a UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Eleanor Pryce",
            None,
            None,
            ["192.0.2.250"],
            [],
            "Eleanor Pryce",
            "eleanor@prycewrites.example",
            "+447700900418",
        ),
        "from": "Eleanor Pryce <eleanor@prycewrites.example>",
        "subject": "Election results XML - freelance request",
        "headers": APPLE,
        "cte": "7bit",
        "body": (
            "Hello,\n\n"
            "I'm a freelance journalist based in Brno, writing about Central European politics "
            "for several UK outlets. I'd like to follow the count live and build my own "
            "charts, so I'd be grateful for access to the XML results.\n\n"
            "I'm applying as an individual (no company). My server's IP is 192.0.2.250; I "
            "don't have a separate test machine.\n\n"
            "Best wishes,\n"
            "Eleanor Pryce\n"
            "+44 7700 900418\n"
            "prycewrites.example\n"
        ),
    },
    {
        "id": "ca036-macoutlook-resend-office-autoreply",
        "description": "a deputy editor re-sends his application: the forward contains the "
        "office's automatic receipt (reference number, IČO, data box, phone) above his own "
        "original, which the new text confirms",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Ostravské listy a.s.",
            I36,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Daniel Wróbel",
            "wrobel@ostravskelisty.example",
            "+420596118402",
        ),
        "from": "Daniel Wróbel <wrobel@ostravskelisty.example>",
        "subject": "FW: Automatická odpověď: Žádost o přístup k XML výsledkům",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "posílám znovu, minule to asi zapadlo – přišlo jen automatické potvrzení a pak už "
            "nic. Údaje níže platí beze změny.\n\n"
            "Daniel Wróbel\n\n"
            "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Date: Wednesday, 10 September 2025 at 9:02\n"
            "To: Daniel Wróbel <wrobel@ostravskelisty.example>\n"
            "Subject: Automatická odpověď: Žádost o přístup k XML výsledkům\n\n"
            "Vaše zpráva byla doručena na podatelnu Českého statistického úřadu a byla "
            "zaevidována pod č. j. CSU-041877/2025. Český statistický úřad, IČO 00025593, "
            "ID datové schránky 2gfaasy, tel. 274 052 733.\n\n"
            "From: Daniel Wróbel <wrobel@ostravskelisty.example>\n"
            "Date: Wednesday, 10 September 2025 at 9:01\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k XML výsledkům\n\n"
            "Dobrý den,\n"
            f"Ostravské listy a.s. (IČO {I36}) žádají o přístup k XML výsledkům voleb.\n"
            "produkční server: 203.0.113.33\n"
            "testovací server: 203.0.113.34\n"
            "Kontakt: Daniel Wróbel, zástupce šéfredaktora, 596 118 402, "
            "wrobel@ostravskelisty.example\n"
            "D. W.\n"
        ),
    },
    {
        "id": "ca037-databox-annotation-power-of-attorney",
        "description": "data message asking for both in the annotation (contact, roles in "
        "brackets); the attached RTF is a power of attorney that carries the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Večerník Liberec s.r.o.",
            I37,
            "v6lb3ns",
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Marcela Jirásková",
            "jiraskova@vecernikliberec.example",
            "+420602447190",
        ),
        "subject": "Žádost o přístup k XML (prod 198.51.100.140, test 198.51.100.141) a o "
        "povolení natáčet na sběrném místě Liberec. Kontakt: Marcela Jirásková, 602 447 190, "
        "jiraskova@vecernikliberec.example. Plná moc v příloze.",
        "databox": {
            "box": "v6lb3ns",
            "sender": "Večerník Liberec s.r.o.",
            "address": "Moskevská 14, 460 01 Liberec",
        },
        "attachments": [
            (
                "rtf",
                "plna_moc.rtf",
                [
                    "PLNÁ MOC",
                    f"Společnost Večerník Liberec s.r.o., IČO {I37}, se sídlem Moskevská 14, "
                    "460 01 Liberec, zastoupená jednatelem Ing. Lubošem Kratochvílem,",
                    "zmocňuje",
                    "paní Marcelu Jiráskovou, nar. 2. 5. 1988, bytem Liberec,",
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům voleb "
                    "a povolení k pořizování záznamu na sběrných místech.",
                    "V Liberci dne 18. 9. 2025",
                    "Ing. Luboš Kratochvíl, jednatel          Plnou moc přijímám: Marcela "
                    "Jirásková",
                ],
            )
        ],
    },
    {
        "id": "ca038-web-agency-ipv6-dual-stack",
        "description": "a web agency writes for the portal's operator: dual-stack production "
        "(IPv6 and IPv4), an IPv6 test address, the contact a colleague because the writer "
        "is away",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Info Šumava s.r.o.",
            I38,
            None,
            ["2001:db8:5e::80", "203.0.113.80"],
            ["2001:db8:5e::81"],
            "Jiří Mráz",
            "mraz@webpoint.example",
            "+420721900318",
        ),
        "from": '"Ing. Viktor Hladík" <hladik@webpoint.example>',
        "subject": "Info Šumava – přístup k výsledkům voleb (XML)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "jsme webová agentura, která spravuje zpravodajský portál Info Šumava. Za jeho "
            f"provozovatele, společnost Info Šumava s.r.o. (IČO {I38}), žádáme o přístup "
            "k výsledkům voleb ve formátu XML.\n\n"
            "Server je dual-stack: 2001:db8:5e::80 a 203.0.113.80. Pro testy prosím povolte "
            "2001:db8:5e::81.\n\n"
            "Kontaktní osobou za nás bude kolega Jiří Mráz, mraz@webpoint.example, "
            "721 900 318 – já budu v říjnu na dovolené.\n\n"
            "S pozdravem\n"
            "Ing. Viktor Hladík\n"
            "WebPoint – webové aplikace a hosting\n"
            "tel. 724 330 118\n"
        ),
    },
    {
        "id": "ca039-owa-alternative-written-range",
        "description": "Outlook on the web, text and HTML alternatives: a production range "
        "written with a dash (three addresses), no test environment",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Rádio Jizera Média s.r.o.",
            I39,
            None,
            ["203.0.113.70", "203.0.113.71", "203.0.113.72"],
            [],
            "Ladislav Černohorský",
            "cernohorsky@radiojizera.example",
            "+420326700455",
        ),
        "from": "Černohorský Ladislav <cernohorsky@radiojizera.example>",
        "subject": "Žádost o přístup – výsledky voleb",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Jizera Média s.r.o., IČO {I39}, žádá o přístup k výsledkům voleb ve "
            "formátu XML. Naše produkční servery mají adresy 203.0.113.70 – 203.0.113.72. "
            "Testovací prostředí nemáme.\n\n"
            "S pozdravem\n\n"
            "Ladislav Černohorský\n"
            "technický ředitel\n"
            "Rádio Jizera Média s.r.o. | Jiráskova 1320, 293 01 Mladá Boleslav\n"
            "přímá linka: +420 326 700 455 | studio: +420 326 700 400\n"
        ),
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            "<p>Dobrý den,</p>"
            f"<p>Rádio Jizera Média s.r.o., IČO {I39}, žádá o přístup k výsledkům voleb ve "
            "formátu XML. Naše produkční servery mají adresy 203.0.113.70 – 203.0.113.72. "
            "Testovací prostředí nemáme.</p>"
            "<p>S pozdravem</p>"
            "<p><b>Ladislav Černohorský</b><br>technický ředitel<br>"
            "Rádio Jizera Média s.r.o. | Jiráskova 1320, 293 01 Mladá Boleslav<br>"
            "přímá linka: +420 326 700 455 | studio: +420 326 700 400</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "ca040-samsung-sloppy-both",
        "description": "a cameraman's sloppy phone note without diacritics asks for both "
        "filming and the feed, 'test nemame', the full name only in the phone's signature",
        "style": Style.MOBILE,
        "labels": L(
            [FEED, FILM],
            "Hradec Live s.r.o.",
            I40,
            None,
            ["192.0.2.15"],
            [],
            "Stanislav Kouba",
            "kouba@hradeclive.example",
            "+420777605040",
        ),
        "from": "Stanislav Kouba <kouba@hradeclive.example>",
        "subject": "volby natáčení + xml",
        "headers": SAMSUNG,
        "body": (
            "cau, teda dobry den :) tady Standa Kouba z Hradec Live. chteli bysme natocit "
            "kratkou reportaz na vasem sbernym miste v hradci v sobotu vecer a k tomu "
            "potrebujem i ten xml feed s vysledkama na web. ip 192.0.2.15, test nemame. "
            f"firma je Hradec Live s.r.o., ico {I40}. tel 777 60 50 40. diky\n\n"
            "--\nStanislav Kouba | kamera & střih | Hradec Live\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "ca041-dutch-outlook-html-table",
        "description": "HTML-only Outlook mail from a Dutch news agency in English: an "
        "environment table (production, production fallback, test/acceptance), no Czech IČO, "
        "a Dutch landline; the KvK number is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nieuwsbureau Lage Landen B.V.",
            None,
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.62"],
            "Sanne de Vries",
            "s.devries@nblagelanden.example",
            "+31207945521",
        ),
        "from": "Sanne de Vries <s.devries@nblagelanden.example>",
        "subject": "Request for access to Czech election results (XML)",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:Calibri} "
            '--></style></head><body lang="NL"><div class="WordSection1">'
            '<p class="MsoNormal">Dear colleagues,</p>'
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Nieuwsbureau Lage Landen B.V. (Amsterdam) would like to '
            "request access to the XML feed with the results of the Czech parliamentary "
            "elections. Please find our systems below:</p>"
            '<p class="MsoNormal">&nbsp;</p>'
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Environment</b></p></td>'
            '<td><p class="MsoNormal"><b>IP address</b></p></td>'
            '<td><p class="MsoNormal"><b>Remarks</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">Production</p></td>'
            '<td><p class="MsoNormal">198.51.100.60</p></td>'
            '<td><p class="MsoNormal">ingest server</p></td></tr>'
            '<tr><td><p class="MsoNormal">Production (fallback)</p></td>'
            '<td><p class="MsoNormal">198.51.100.61</p></td>'
            '<td><p class="MsoNormal">second data centre</p></td></tr>'
            '<tr><td><p class="MsoNormal">Test / acceptance</p></td>'
            '<td><p class="MsoNormal">198.51.100.62</p></td>'
            '<td><p class="MsoNormal">until 2 October</p></td></tr>'
            "</table>"
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Contact person: Sanne de Vries (myself), '
            "+31 20 794 5521.</p>"
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Kind regards / Met vriendelijke groet,</p>'
            '<p class="MsoNormal"><b>Sanne de Vries</b><br>Data Desk<br>'
            "Nieuwsbureau Lage Landen B.V. | Keizersgracht 310, 1016 EZ Amsterdam<br>"
            "KvK 34125678</p></div></body></html>"
        ),
    },
    {
        "id": "ca042-iphone-reply-new-phone",
        "description": "an iPhone reply to the office's confirmation question changes only the "
        "contact's phone; everything else is in the applicant's own quoted original below "
        "the office's quoted text",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Frýdecký týdeník s.r.o.",
            I42,
            None,
            ["192.0.2.45"],
            ["192.0.2.46"],
            "Roman Kašpar",
            "kaspar@frydeckytydenik.example",
            "+420739015662",
        ),
        "from": "Roman Kašpar <kaspar@frydeckytydenik.example>",
        "subject": "Re: Žádost o přístup k výsledkům voleb – potvrzení údajů",
        "headers": IPHONE,
        "body": (
            "Dobrý den, ano, vše platí, jen telefon na mě se mezitím změnil, nové číslo je "
            "739 015 662.\n"
            "Kašpar\n\n"
            "Odesláno z iPhonu\n\n"
            "> 22. 9. 2025 v 8:41, Podatelna ČSÚ <podatelna@czso.cz>:\n"
            ">\n"
            "> Dobrý den,\n"
            "> před zřízením přístupu prosíme o potvrzení, že níže uvedené údaje jsou "
            "aktuální.\n"
            "> Podatelna ČSÚ, tel. 274 052 733\n"
            ">\n"
            ">> 19. 9. 2025 v 14:03, Roman Kašpar <kaspar@frydeckytydenik.example>:\n"
            ">>\n"
            ">> Dobrý den,\n"
            f">> Frýdecký týdeník s.r.o., IČO {I42}, žádá o přístup k výsledkům voleb v XML.\n"
            ">> Produkční IP: 192.0.2.45\n"
            ">> Testovací IP: 192.0.2.46\n"
            ">> Kontakt: Roman Kašpar, 603 881 244\n"
            ">> Roman Kašpar\n"
        ),
    },
]
