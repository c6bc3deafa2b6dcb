"""Twentythird held-out part ``qa``, cases qa029–qa042: format=flowed with delsp wrapping a
sentence that gives the roles, an Italian sender with a Czech correspondent as contact, a reply
answering "which is the test one" by order, data messages with an ODT ano/ne form and with a PDF
holding the whole application, a rowspan table in ISO-8859-2 webmail, a contact replaced later in
the mail, an old address no longer used, version numbers and an OID, a British broadcaster with
'staging', 'první … druhá', a forward whose forwarder takes over as contact, a Slovak phone note
and a DOCX with merged and nested cells. Written by hand apart from the extraction rules (see
make_twentythird_qa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentythird_qa_common import (
    ANDROID,
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I31, I32, I33 = ico("2860215"), ico("2944417"), ico("2295163"), ico("2673208")
I34, I35, I36, I37 = ico("4537024"), ico("2619970"), ico("2848831"), ico("2712548")
I39, I40, I41, I42 = ico("2920147"), ico("2457708"), ico("4632115"), ico("2596044")

CASES: list[dict[str, Any]] = [
    {
        "id": "qa029-apple-flowed-delsp-wrap",
        "description": "Apple Mail format=flowed with delsp=yes: the sentence giving production "
        "and test addresses is soft-wrapped between 'testovací' and the test address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Šumavské aktuality s.r.o.",
            I29,
            None,
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.140"],
            "Petra Lhotáková",
            "lhotakova@sumavske-aktuality.example",
            "+420387203661",
        ),
        "from": "Petra Lhotáková <lhotakova@sumavske-aktuality.example>",
        "subject": "Žádost o přístup k XML s výsledky voleb",
        "headers": APPLE,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            "obracím se na Vás jménem vydavatele Šumavské aktuality s.r.o. (IČO  \n"
            f"{I29}). Rádi bychom letos poprvé nabídli čtenářům průběžné  \n"
            "výsledky voleb přímo na našem webu, proto žádáme o přístup k XML;  \n"
            "produkční adresy jsou 192.0.2.130 a 192.0.2.131, testovací  \n"
            "192.0.2.140 (ta bude hned po volbách vypnuta).\n\n"
            "Kontaktní osobou jsem já, telefon +420 387 203 661.\n\n"
            "Předem děkuji a přeji hezký den\n"
            "Petra Lhotáková\n"
            "Šumavské aktuality, Vimperk\n"
        ),
    },
    {
        "id": "qa030-italian-prague-correspondent",
        "description": "an Italian radio's IT manager writes English with an 11-digit P.IVA, "
        "declines filming, and names the Prague correspondent (Czech mobile) as the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Mitteleuropa Trieste S.r.l.",
            None,
            None,
            ["203.0.113.214", "203.0.113.215"],
            ["203.0.113.219"],
            "Giulia Ferri",
            "giulia.ferri@radiomitteleuropa.example",
            "+420608771325",
        ),
        "from": "Marco Bellandi <m.bellandi@radiomitteleuropa.example>",
        "subject": "Czech elections 2025 - XML feed access for Radio Mitteleuropa",
        "headers": ZIMBRA,
        "body": (
            "Dear colleagues,\n\n"
            "Radio Mitteleuropa Trieste S.r.l. (P.IVA 01287450329) would like to request "
            "access to the XML feed with the results of the Czech parliamentary elections.\n\n"
            "Production IPs: 203.0.113.214, 203.0.113.215\n"
            "Test IP: 203.0.113.219\n\n"
            "We don't need a filming permit, our correspondent will work from our Prague "
            "studio.\n\n"
            "For any question please refer to Giulia Ferri, our Prague correspondent: "
            "giulia.ferri@radiomitteleuropa.example, +420 608 771 325.\n\n"
            "Best regards / Cordiali saluti\n"
            "Marco Bellandi\n"
            "IT Manager\n"
            "Radio Mitteleuropa Trieste S.r.l. - Via Cavana 14, 34124 Trieste\n"
            "tel. +39 040 322 5810\n"
        ),
    },
    {
        "id": "qa031-reply-first-second-order",
        "description": "ISO-8859-2 reply to the office's question which address is the test one: "
        "the answer gives the roles by order ('první … druhá') of the addresses in the quoted "
        "original; the quoted office text names an officer",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Západ Media s.r.o.",
            I31,
            None,
            ["203.0.113.60"],
            ["203.0.113.61"],
            "Bohumil Vaněk",
            "vanek@zapadmedia.example",
            "+420777665010",
        ),
        "from": "Bohumil Vaněk <vanek@zapadmedia.example>",
        "subject": "Re: Žádost o přístup k XML",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se za nepřesnost. Z těch dvou adres níže je první produkční\n"
            "a druhá testovací.\n\n"
            "S pozdravem\n"
            "B. Vaněk\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: podatelna@czso.cz\n"
            "Komu: vanek@zapadmedia.example\n"
            "Datum: 24. 9. 2025 11:20:33\n"
            "Předmět: Re: Žádost o přístup k XML\n\n"
            "Dobrý den,\n"
            "ze žádosti není zřejmé, která z uvedených adres je produkční a která\n"
            "testovací. Prosíme o upřesnění.\n"
            "Mgr. Jana Pokorná, ČSÚ\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: Bohumil Vaněk <vanek@zapadmedia.example>\n"
            "Komu: podatelna@czso.cz\n"
            "Datum: 23. 9. 2025 16:05:12\n"
            "Předmět: Žádost o přístup k XML\n\n"
            f"Dobrý den, za Západ Media s.r.o. (IČO {I31}, Plzeň) žádám o přístup\n"
            "k výsledkům voleb ve formátu XML pro adresy 203.0.113.60 a 203.0.113.61.\n"
            "Kontakt: Bohumil Vaněk, 777 665 010.\n"
            "Děkuji, Vaněk\n"
        ),
    },
    {
        "id": "qa032-databox-odt-ano-ne",
        "description": "data message with an ODT form: an ANO/NE column requests the feed and "
        "declines recording; addresses separated by a semicolon in one cell; 00420 phone",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Lašský rozhlas, z. s.",
            I32,
            "q9cz4hn",
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.79"],
            "Šárka Mlčochová",
            "mlcochova@lassky-rozhlas.example",
            "+420558330147",
        ),
        "subject": "Žádost o přístup k XML",
        "databox": {
            "box": "q9cz4hn",
            "sender": "Lašský rozhlas, z. s.",
            "address": "Zámecká 4, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "odt",
                "formular_volby.odt",
                [
                    "Žádost o přístup k výsledkům voleb / o povolení pořizovat záznam",
                    f"Žadatel: Lašský rozhlas, z. s., IČO {I32}",
                    [
                        ["Požadavek", "ANO/NE"],
                        ["Přístup k XML s výsledky voleb", "ANO"],
                        ["Povolení pořizovat záznam ve sběrném místě", "NE"],
                    ],
                    [
                        ["Produkční IP adresy", "192.0.2.70; 192.0.2.71"],
                        ["Testovací IP adresy", "192.0.2.79"],
                    ],
                    "Kontaktní osoba: Šárka Mlčochová, tel.: 00420 558 330 147, "
                    "e-mail: mlcochova@lassky-rozhlas.example",
                    "Ve Frýdku-Místku 25. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "qa033-seznam-html-rowspan",
        "description": "HTML-only webmail in ISO-8859-2: a role cell spanning two rows "
        "('Produkce') followed by a 'Test' row",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kroměřížský týdeník s.r.o.",
            I33,
            None,
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.109"],
            "Zdeněk Šťastný",
            "stastny@km-tydenik.example",
            "+420573334902",
        ),
        "from": "Zdeněk Šťastný <stastny@km-tydenik.example>",
        "subject": "Přístup k XML - Kroměřížský týdeník",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "html": (
            "<div>Dobrý den,</div><div><br></div>"
            "<div>žádáme o přístup k výsledkům voleb ve formátu XML. Žadatel: Kroměřížský "
            f"týdeník s.r.o., IČO {I33}.</div><div><br></div>"
            '<table border="1" cellspacing="0" cellpadding="3">'
            '<tr><td rowspan="2"><b>Produkce</b></td><td>203.0.113.100</td></tr>'
            "<tr><td>203.0.113.101</td></tr>"
            "<tr><td><b>Test</b></td><td>203.0.113.109</td></tr></table>"
            "<div><br></div><div>Kontakt: Zdeněk Šťastný, tel. 573 334 902</div>"
            "<div><br></div><div>Děkuji</div><div>Z. Šťastný</div>"
        ),
    },
    {
        "id": "qa034-contact-handed-over",
        "description": "the sender names herself as the contact, then says a colleague takes "
        "over the agenda from 1 October and asks to contact him instead",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mělnický posel s.r.o.",
            I34,
            None,
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Petr Doležal",
            "dolezal@melnickyposel.example",
            "+420605441980",
        ),
        "from": "Jana Vondrová <vondrova@melnickyposel.example>",
        "subject": "Mělnický posel - žádost o XML výsledky",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"vydavatelství Mělnický posel s.r.o. (IČO {I34}) žádá o přístup k serveru\n"
            "s výsledky voleb ve formátu XML.\n\n"
            "produkční IP: 198.51.100.240\n"
            "testovací IP: 198.51.100.241\n\n"
            "Kontaktní osoba: Jana Vondrová, 315 622 810\n\n"
            "Ještě doplním – od 1. října po mně agendu přebírá kolega Petr Doležal, takže\n"
            "v souvislosti s touto žádostí kontaktujte prosím raději jeho:\n"
            "dolezal@melnickyposel.example, mobil 605 441 980.\n\n"
            "Děkuji\n"
            "Jana Vondrová\n"
            "Mělnický posel\n"
        ),
    },
    {
        "id": "qa035-zimbra-old-address-dropped",
        "description": "last year's address is said to be no longer used; the new production "
        "and test addresses replace it; IČ written with a space, 00420 phone",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Chodský hlas s.r.o.",
            I35,
            None,
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Stanislav Kohout",
            "kohout@chodskyhlas.example",
            "+420379722418",
        ),
        "from": "Stanislav Kohout <kohout@chodskyhlas.example>",
        "subject": "volby 2025 - opět prosíme o XML",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "stejně jako při minulých volbách bychom rádi dostali přístup k XML s výsledky.\n"
            "Loni jsme stahovali z 198.51.100.20, tu adresu už ale nepoužíváme (server šel\n"
            "do šrotu). Nově prosím povolte 198.51.100.120 pro ostrý provoz a 198.51.100.121\n"
            "na testy.\n\n"
            f"Chodský hlas s.r.o., IČ {I35[:4]} {I35[4:]}, Náměstí 51, 344 01 Domažlice\n\n"
            "Díky moc,\n"
            "Standa Kohout\n"
            "tel. 00420 379 722 418\n"
        ),
    },
    {
        "id": "qa036-android-versions-oid",
        "description": "a note from a phone full of look-alikes: a four-part software version, "
        "a certificate policy OID in the signature, a dotted date and a port",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Infokanál Zlín s.r.o.",
            I36,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.249"],
            "Martin Cibulka",
            "cibulka@infokanal-zlin.example",
            "+420604117335",
        ),
        "from": "Martin Cibulka <cibulka@infokanal-zlin.example>",
        "subject": "XML volby Infokanál",
        "headers": ANDROID,
        "body": (
            "Dobrý den,\n"
            "posílám údaje k přístupu na XML výsledky, stahovat budeme klientem verze "
            "3.10.2.1 přes port 8443.\n"
            "Produkce: 203.0.113.240 + 203.0.113.241\n"
            "Test: 203.0.113.249 (funkční do 4.10.2025)\n"
            f"Infokanál Zlín s.r.o., IČO {I36}\n"
            "Martin Cibulka, 604 117 335\n\n"
            "--\n"
            "Zpráva je podepsána kvalifikovaným certifikátem (politika 1.3.6.1.4.1.5734.3.5).\n"
            "Odesláno z telefonu\n"
        ),
    },
    {
        "id": "qa037-databox-pdf-only-in-file",
        "description": "a data message whose annotation only says 'Žádost': the whole "
        "application is in the PDF, whose address block carries the office's IČO and box; "
        "both requests",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Kanál Třebíč s.r.o.",
            I37,
            "t6hbw2p",
            ["192.0.2.10"],
            ["192.0.2.19"],
            "Vendula Kršková",
            "krskova@kanal-trebic.example",
            "+420568840227",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "t6hbw2p",
            "sender": "Kanál Třebíč s.r.o.",
            "address": "Karlovo nám. 30, 674 01 Třebíč",
        },
        "attachments": [
            (
                "pdf",
                "zadost.pdf",
                [
                    f"Kanál Třebíč s.r.o., Karlovo nám. 30, 674 01 Třebíč, IČO {I37}",
                    "Příjemce: Český statistický úřad, IČO 00025593, ID DS 2gfaasy",
                    "Věc: Žádost o povolení natáčení a o přístup k výsledkům voleb",
                    "Žádáme o povolení natáčet ve sběrném místě v Jihlavě během volební "
                    "noci a zároveň o přístup k výsledkům ve formátu XML. Produkční IP "
                    "adresa: 192.0.2.10, testovací IP adresa: 192.0.2.19.",
                    "Kontaktní osoba: Vendula Kršková, vedoucí vysílání, tel. 568 840 227, "
                    "krskova@kanal-trebic.example",
                    "V Třebíči 26. 9. 2025\nMgr. Ladislav Beneš, jednatel",
                ],
            )
        ],
    },
    {
        "id": "qa038-british-staging-producer",
        "description": "a British broadcaster writes English: 'primary'/'failover' production "
        "and a 'staging' address, a company number that is not an IČO, filming too, the "
        "Prague producer with a UK mobile as the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Northfield Broadcasting Ltd",
            None,
            None,
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.7"],
            "Tom Ashworth",
            "tom.ashworth@northfield.example",
            "+447700900418",
        ),
        "from": "Claire Duffy <claire.duffy@northfield.example>",
        "subject": "Accreditation: results feed + filming, Northfield Broadcasting",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\n"
            "Northfield Broadcasting Ltd (company no. 08812346, registered in England and "
            "Wales) would like to apply for\n"
            "  (a) access to the XML results feed, and\n"
            "  (b) permission to film at your collection point in Prague on election night.\n\n"
            "Feed addresses:\n"
            "  Production: 203.0.113.5 (primary), 203.0.113.6 (failover)\n"
            "  Staging: 203.0.113.7\n\n"
            "Our producer on the ground will be Tom Ashworth – please use him as the contact "
            "for this application: tom.ashworth@northfield.example, +44 7700 900418.\n\n"
            "Kind regards,\n"
            "Claire Duffy\n"
            "Foreign Desk Coordinator | Northfield Broadcasting Ltd\n"
            "+44 161 496 0733\n\n"
            "This e-mail and any attachments are confidential and intended solely for the "
            "addressee.\n"
        ),
    },
    {
        "id": "qa039-gmail-first-second",
        "description": "Gmail multipart/alternative: two addresses in a row, then 'první je "
        "ostrá, druhá na testování'",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Slánský obzor s.r.o.",
            I39,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Lucie Vránová",
            "lucie.vranova@slanskyobzor.example",
            "+420728315660",
        ),
        "from": "Lucie Vránová <lucie.vranova@slanskyobzor.example>",
        "subject": "žádost o XML",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"píšu za Slánský obzor s.r.o., IČO {I39}. Chtěli bychom přístup k XML\n"
            "s výsledky voleb. Posílám dvě adresy, 198.51.100.180 a 198.51.100.181 –\n"
            "první je ostrá, druhá na testování.\n\n"
            "Kdyby bylo potřeba, volejte na 728 315 660.\n\n"
            "Díky!\nLucie Vránová\n"
        ),
        "html": (
            '<div dir="ltr">Dobrý den,<div><br></div>'
            f"<div>píšu za Slánský obzor s.r.o., IČO {I39}. Chtěli bychom přístup k XML "
            "s výsledky voleb. Posílám dvě adresy, 198.51.100.180 a 198.51.100.181 – "
            "první je ostrá, druhá na testování.</div><div><br></div>"
            "<div>Kdyby bylo potřeba, volejte na 728 315 660.</div><div><br></div>"
            "<div>Díky!</div><div>Lucie Vránová</div></div>"
        ),
    },
    {
        "id": "qa040-forward-forwarder-takes-over",
        "description": "the newsroom secretary forwards the editor's application and says he is "
        "on leave, so she is the contact now; his phone stays in the quoted mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Brandýský zpravodaj s.r.o.",
            I40,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.168"],
            "Ivana Procházková",
            "prochazkova@brandysky-zpravodaj.example",
            "+420326903115",
        ),
        "from": "Procházková Ivana <prochazkova@brandysky-zpravodaj.example>",
        "subject": "FW: Žádost o přístup k XML výsledkům",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost pana Kratochvíla, který ji zapomněl odeslat. Pan Kratochvíl je\n"
            "od pondělí na dovolené, v této věci se proto prosím obracejte na mě – tel.\n"
            "326 903 115.\n\n"
            "Děkuji\nIvana Procházková\nsekretariát redakce\n\n"
            "________________________________\n"
            "Od: Kratochvíl Ondřej <kratochvil@brandysky-zpravodaj.example>\n"
            "Odesláno: středa 17. září 2025 18:40\n"
            "Komu: Procházková Ivana <prochazkova@brandysky-zpravodaj.example>\n"
            "Předmět: Žádost o přístup k XML výsledkům\n\n"
            "Dobrý den,\n\n"
            f"Brandýský zpravodaj s.r.o., IČO {I40}, žádá o přístup k XML s výsledky voleb.\n"
            "Produkční IP: 192.0.2.160, 192.0.2.161\n"
            "Testovací IP: 192.0.2.168\n"
            "Kontakt: Ondřej Kratochvíl, 602 318 774\n\n"
            "S pozdravem\nOndřej Kratochvíl\nšéfredaktor\n"
        ),
    },
    {
        "id": "qa041-slovak-phone-prod-only",
        "description": "a Slovak note from a phone without diacritics: one server, test "
        "declined, 'ico' in lower case",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Novohradske echo s.r.o.",
            I41,
            None,
            ["192.0.2.55"],
            [],
            "Marian Balaz",
            "balaz@novohradske-echo.example",
            "+421918440712",
        ),
        "from": "Marian Balaz <balaz@novohradske-echo.example>",
        "subject": "xml vysledky volieb",
        "headers": K9,
        "body": (
            "Dobry den, prosim o pristup k XML vysledkom volieb do vasej snemovne. "
            f"firma Novohradske echo s.r.o., ico {I41}, server 192.0.2.55. test "
            "nepotrebujeme.\n"
            "dakujem Marian Balaz +421 918 440 712\n"
        ),
    },
    {
        "id": "qa042-outlook-docx-merged-nested",
        "description": "an Outlook mail with the application in a DOCX: a merged role cell "
        "over two production rows, a nested contact table, the IČO only in the footer, "
        "recording explicitly not requested",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Podorlický hlasatel s.r.o.",
            I42,
            None,
            ["198.51.100.50", "198.51.100.51"],
            ["198.51.100.59"],
            "Libor Matoušek",
            "matousek@podorlicky.example",
            "+420494530227",
        ),
        "from": "Sekretariát Podorlický hlasatel <sekretariat@podorlicky.example>",
        "subject": "Žádost o přístup k XML - Podorlický hlasatel",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasíláme žádost o přístup k výsledkům voleb ve formátu XML.\n\n"
            "S pozdravem\n"
            "sekretariát\n"
            "Podorlický hlasatel s.r.o.\n"
        ),
        "attachments": [
            (
                "docx",
                "Zadost_XML_Podorlicky_hlasatel.docx",
                {
                    "footer": f"Podorlický hlasatel s.r.o. | Panská 79, 516 01 Rychnov nad "
                    f"Kněžnou | IČO {I42}",
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žadatel: Podorlický hlasatel s.r.o.",
                        "Žádáme o přístup k serveru s výsledky voleb ve formátu XML. "
                        "O povolení k natáčení ve sběrných místech nežádáme.",
                        {
                            "rows": [
                                ["IP adresy", ""],
                                ["produkční", "198.51.100.50"],
                                ["", "198.51.100.51"],
                                ["testovací", "198.51.100.59"],
                            ],
                            "merge": [(0, 0, 0, 1), (1, 0, 2, 0)],
                        },
                        {
                            "rows": [["Kontaktní osoba", ""]],
                            "nested": {
                                (0, 1): {
                                    "rows": [
                                        ["Jméno", "Libor Matoušek"],
                                        ["Telefon", "+420 494 530 227"],
                                        ["E-mail", "matousek@podorlicky.example"],
                                    ]
                                }
                            },
                        },
                        "V Rychnově nad Kněžnou 22. 9. 2025",
                    ],
                },
            )
        ],
    },
]
