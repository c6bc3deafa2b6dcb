"""Thirty-fifth held-out part ``da``, cases da015–da028: a Polish crew writing English, an old
address replaced in a windows-1250 webmail, a forwarded .eml from a contractor, a signed mail
with an IPv6 test address, an XLSX sheet with a merged role cell, a reply to the office's press
release asking for both, an Italian agency with a CIDR block, data messages with ODT and TXT
files, a crossed-out request in webmail HTML, a contractor writing for a medium, a contact
replaced on a phone, a British branch in HTML and an RTF letter. Written by hand apart from the
extraction rules (see make_thirtyfifth_da); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfifth_da_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    YAHOO,
    L,
    Style,
    ico,
)

I16, I17, I18, I19 = ico("2638419"), ico("4691027"), ico("0045878"), ico("2547310")
I20, I22, I23, I24 = ico("2911846"), ico("7051263"), ico("0583704"), ico("2690174")
I24C, I25, I26, I27, I28 = (
    ico("0815362"),
    ico("2835507"),
    ico("0612948"),
    ico("4618730"),
    ico("2774051"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "da015-polish-crew-english-film-only",
        "description": "Polish TV crew writing English asks only to film; the XML feed "
        "explicitly not needed; Polish company without an IČO, phone +48",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telewizja Kraina Sp. z o.o.",
            None,
            None,
            [],
            [],
            "Agnieszka Wróblewska",
            "a.wroblewska@tvkraina.example",
            "+48601224873",
        ),
        "from": "Agnieszka Wróblewska <a.wroblewska@tvkraina.example>",
        "subject": "Filming request - election night in Prague",
        "headers": YAHOO,
        "body": (
            "Hello,\n\n"
            "my name is Agnieszka Wróblewska, I am a producer at Telewizja Kraina "
            "Sp. z o.o. (Wrocław, KRS 0000481127). We are preparing a report about the "
            "Czech elections for our evening news and would like to ask for permission "
            "to film at your results collection point in Prague on 3 October, about "
            "21:00-23:00. Our crew: reporter Marcin Zając and camera operator Paweł "
            "Nowicki.\n\n"
            "We do not need the access to XML data, only the filming.\n\n"
            "My mobile: +48 601 224 873 (also WhatsApp).\n\n"
            "Thank you very much and best regards,\nAgnieszka Wróblewska\n"
            "Telewizja Kraina Sp. z o.o. | ul. Legnicka 55, 54-203 Wrocław\n"
        ),
    },
    {
        "id": "da016-roundcube-cp1250-old-address-dropped",
        "description": "windows-1250 webmail; last year's address said to be no longer used, "
        "the new ones given with roles",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Liberecký zpravodaj s.r.o.",
            I16,
            None,
            ["192.0.2.130"],
            ["192.0.2.131"],
            "Zdeněk Pokorný",
            "pokorny@lbczpravodaj.example",
            "+420485112604",
        ),
        "from": "Zdeněk Pokorný <pokorny@lbczpravodaj.example>",
        "subject": "Volby - přístup k XML (Liberecký zpravodaj)",
        "headers": ROUNDCUBE,
        "charset": "windows-1250",
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "jako každý rok žádáme o přístup k výsledkům voleb. Pozor, loni jsme měli "
            "adresu 192.0.2.30 – ta už neplatí, server jsme přestěhovali a starou adresu "
            "prosím zrušte.\n\n"
            "Nově:\n"
            "  produkční: 192.0.2.130\n"
            "  testovací: 192.0.2.131\n\n"
            "Liberecký zpravodaj s.r.o., IČO " + I16 + "\n"
            "kontakt: Zdeněk Pokorný, tel. 485 112 604\n\n"
            "Děkuji, Pokorný\n"
        ),
    },
    {
        "id": "da017-forward-eml-from-contractor",
        "description": "publisher forwards its contractor's mail as an attached .eml; the "
        "outer text names the applicant and points to the attachment for addresses and "
        "contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Pražský večerník a.s.",
            I17,
            None,
            ["203.0.113.84", "203.0.113.85"],
            ["203.0.113.86"],
            "Vojtěch Kalina",
            "kalina@bytfabrik.example",
            "+420739504116",
        ),
        "from": "Ivana Dušková <duskova@prazskyvecernik.example>",
        "subject": "Fwd: Žádost o přístup - volby",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost, kterou za nás připravil náš dodavatel webu. Žadatelem je "
            "vydavatelství Pražský večerník a.s., IČO " + I17 + ". IP adresy a kontakt "
            "jsou v přiloženém e-mailu, kontaktní osobou bude pan Kalina od dodavatele.\n\n"
            "Ivana Dušková\nvedoucí online vydání\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost volby.eml",
                {
                    "id": "da017-inner",
                    "from": "Vojtěch Kalina <kalina@bytfabrik.example>",
                    "to": "Ivana Dušková <duskova@prazskyvecernik.example>",
                    "subject": "Žádost o přístup - volby",
                    "headers": GMAIL,
                    "body": (
                        "Ahoj Ivano,\n\n"
                        "tady je to pro ČSÚ, můžeš to rovnou poslat:\n\n"
                        "Produkční IP: 203.0.113.84, 203.0.113.85\n"
                        "Testovací IP: 203.0.113.86\n"
                        "Kontakt: Vojtěch Kalina, BytFabrik s.r.o., 739 504 116, "
                        "kalina@bytfabrik.example\n\n"
                        "Vojta\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "da018-smime-agency-ipv6-test",
        "description": "S/MIME-signed Outlook mail from an agency; IPv6 test address, "
        "signature naming the director and the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Středoevropská tisková agentura, a.s.",
            I18,
            None,
            ["198.51.100.5", "198.51.100.6"],
            ["2001:db8:77::10"],
            "Robert Svoboda",
            "svoboda@stpa.example",
            "+420224805133",
        ),
        "from": '"Ing. Robert Svoboda" <svoboda@stpa.example>',
        "subject": "Žádost o zpřístupnění výsledků voleb ve formátu XML",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "Středoevropská tisková agentura, a.s., IČO " + I18 + ", žádá o zpřístupnění "
            "průběžných výsledků voleb ve formátu XML.\n\n"
            "Produkční servery: 198.51.100.5 a 198.51.100.6\n"
            "Testovací server: 2001:db8:77::10 (pouze IPv6)\n\n"
            "Kontaktní osobou pro technické záležitosti je Ing. Robert Svoboda.\n\n"
            "S pozdravem\n\n"
            "PhDr. Hana Veselá\nředitelka zpravodajství\ntel. +420 224 805 100\n\n"
            "Ing. Robert Svoboda\nvedoucí IT provozu\ntel. +420 224 805 133, "
            "mobil +420 604 318 977\n"
            "Středoevropská tisková agentura, a.s. | Vinohradská 88, 120 00 Praha 2\n"
        ),
    },
    {
        "id": "da019-mac-outlook-xlsx-merged-role",
        "description": "short Mac Outlook mail with an XLSX whose role column merges "
        "'Produkce' over two rows",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Deník Polabí s.r.o.",
            I19,
            None,
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.205"],
            "Michaela Urbanová",
            "urbanova@denikpolabi.example",
            "+420326774508",
        ),
        "from": "Michaela Urbanová <urbanova@denikpolabi.example>",
        "subject": "Volby 2025 – IP adresy",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "za Deník Polabí s.r.o. (IČO " + I19 + ") posílám v příloze tabulku s IP "
            "adresami pro přístup k výsledkům voleb. Kontaktní osobou jsem já, "
            "tel. 326 774 508.\n\n"
            "Michaela Urbanová\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_volby_Polabi.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Prostředí", "IP adresa", "Poznámka"],
                            ["Produkce", "203.0.113.200", "web"],
                            [None, "203.0.113.201", "mobilní aplikace"],
                            ["Test", "203.0.113.205", "vývoj"],
                        ],
                        "merge": ["A2:A3"],
                    }
                ],
            )
        ],
    },
    {
        "id": "da020-samsung-reply-press-release-both",
        "description": "reply from a phone above the office's quoted press release (its IČO, "
        "box, phone and a date); asks for the feed and filming",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Rádio Beskydy s.r.o.",
            I20,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Eliška Holá",
            "hola@radiobeskydy.example",
            "+420736118902",
        ),
        "from": "Eliška Holá <hola@radiobeskydy.example>",
        "subject": "Re: TZ: Výsledky voleb pro média",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den, reaguji na TZ níže. Rádio Beskydy s.r.o., IČO " + I20 + ", "
            "žádá o přístup k XML (produkce 192.0.2.220, test 192.0.2.221) a taky o "
            "povolení natáčet na sběrném místě v Ostravě. Kontakt já, 736 118 902.\n"
            "Eliška Holá\n\n"
            "Odesláno z mého Galaxy\n\n"
            "-------- Původní zpráva --------\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n"
            "Datum: 8. 9. 2025 9:30\n"
            "Předmět: TZ: Výsledky voleb pro média\n\n"
            "> Český statistický úřad (IČO 00025593) poskytne médiím výsledky voleb do\n"
            "> Poslanecké sněmovny ve formátu XML. Žádosti se přijímají do 19. 9. 2025\n"
            "> e-mailem na podatelna@czso.cz nebo datovou schránkou 2gfaasy.\n"
            "> Zájemci o natáčení na sběrných místech uvedou jména členů štábu.\n"
            "> Informace: tiskové oddělení, 274 052 733.\n"
        ),
    },
    {
        "id": "da021-italian-agency-cidr-block",
        "description": "Italian agency in English; production as a /31 block (two addresses), "
        "test separately; no IČO, phone +39",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agenzia Notizie Adriatiche S.p.A.",
            None,
            None,
            ["203.0.113.64", "203.0.113.65"],
            ["203.0.113.70"],
            "Luca Benedetti",
            "l.benedetti@ana-notizie.example",
            "+390712289405",
        ),
        "from": "Luca Benedetti <l.benedetti@ana-notizie.example>",
        "subject": "Request: XML election results feed",
        "headers": OWA,
        "body": (
            "Good morning,\n\n"
            "on behalf of Agenzia Notizie Adriatiche S.p.A. (P.IVA 02815640427) I kindly "
            "ask for access to the XML feed of the Czech election results.\n\n"
            "Production: 203.0.113.64/31\n"
            "Test: 203.0.113.70\n\n"
            "Technical contact is myself, Luca Benedetti, tel. +39 071 228 9405.\n\n"
            "Many thanks in advance,\n"
            "Luca Benedetti\nIT Systems - ANA Ancona\n"
        ),
    },
    {
        "id": "da022-databox-odt-letter-annotation-generic",
        "description": "data message whose annotation only points to the attachment; ODT "
        "letter with the addresses in a table and a named contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vysočina Media, s.r.o.",
            I22,
            "m9tr2sa",
            ["198.51.100.150", "198.51.100.151", "198.51.100.152"],
            ["198.51.100.160"],
            "Aleš Navrátil",
            "navratil@vysocinamedia.example",
            "+420567301982",
        ),
        "subject": "Žádost o přístup k výsledkům voleb - viz příloha",
        "databox": {
            "box": "m9tr2sa",
            "sender": "Vysočina Media, s.r.o.",
            "address": "Masarykovo nám. 20, 586 01 Jihlava",
        },
        "attachments": [
            (
                "odt",
                "zadost_CSU.odt",
                [
                    "Vysočina Media, s.r.o., Masarykovo nám. 20, 586 01 Jihlava",
                    f"IČO: {I22}",
                    "Český statistický úřad, odbor informatiky",
                    "V Jihlavě dne 16. 9. 2025",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zřízení přístupu pro následující IP adresy:",
                    [
                        ["Typ", "IP adresa"],
                        ["produkční", "198.51.100.150"],
                        ["produkční", "198.51.100.151"],
                        ["produkční", "198.51.100.152"],
                        ["testovací", "198.51.100.160"],
                    ],
                    "Kontaktní osoba: Aleš Navrátil, vedoucí IT, 567 301 982, "
                    "navratil@vysocinamedia.example",
                    "Mgr. Dana Šimková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "da023-seznam-html-request-crossed-out",
        "description": "HTML-only webmail; the filming request is crossed out (<del>) in the "
        "list, the feed stays",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kladenský občasník, z. s.",
            I23,
            None,
            ["192.0.2.240"],
            [],
            "Jitka Bartošová",
            "obcasnik@kladno-info.example",
            "+420312655804",
        ),
        "from": "Kladenský občasník <obcasnik@kladno-info.example>",
        "subject": "žádost volby",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den,</div><div>&nbsp;</div>"
            "<div>spolek Kladenský občasník, z. s. (IČO " + I23 + ") žádá o:</div>"
            "<ol><li>přístup k výsledkům voleb ve formátu XML z adresy 192.0.2.240 "
            "(testovací adresu nemáme)</li>"
            "<li><del>povolení natáčet na sběrném místě</del> &nbsp;<i>(nakonec ne, "
            "kameraman nemůže)</i></li></ol>"
            "<div>Kontakt: Jitka Bartošová, 312 655 804</div><div>&nbsp;</div>"
            "<div>S pozdravem</div><div>J. Bartošová</div>"
            '<div>&nbsp;</div><div style="color:#888">--<br>Odesláno z Email.cz</div>'
        ),
    },
    {
        "id": "da024-contractor-writes-for-medium-two-icos",
        "description": "an IT contractor applies for a news site; both companies' IČOs appear, "
        "the medium is the applicant and the contractor's engineer the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Ostravan Media s.r.o.",
            I24,
            None,
            ["203.0.113.12", "203.0.113.13"],
            ["198.51.100.240"],
            "Daniel Krejčí",
            "krejci@netwerk-it.example",
            "+420597661290",
        ),
        "from": "Daniel Krejčí <krejci@netwerk-it.example>",
        "subject": "Přístup k XML výsledkům voleb pro Ostravan.example",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatelem IT pro zpravodajský web ostravan.example a podle pokynů "
            "zveřejněných na webu ČSÚ (žádosti na podatelna@czso.cz) posíláme za našeho "
            "klienta žádost o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Žadatel (provozovatel webu): Ostravan Media s.r.o., IČO " + I24 + "\n"
            "Produkční adresy (u nás v DC): 203.0.113.12, 203.0.113.13\n"
            "Testovací adresa (naše vývojové prostředí): 198.51.100.240\n\n"
            "Kontaktní osoba pro technické věci: Daniel Krejčí (já), 597 661 290.\n"
            "Plnou moc od klienta můžeme doložit.\n\n"
            "S pozdravem\n"
            "Daniel Krejčí\n"
            "NetWerk IT s.r.o., IČO " + I24C + "\n"
            "Na Hradbách 7, 702 00 Ostrava\n"
        ),
    },
    {
        "id": "da025-samsung-contact-handed-to-colleague",
        "description": "phone note whose sender hands the contact role to a colleague at the "
        "end (a person replaced later)",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Plzensky svet s.r.o.",
            I25,
            None,
            ["198.51.100.70"],
            ["198.51.100.71"],
            "Ivana Pokorná",
            "pokorna@plzenskysvet.example",
            "+420777204391",
        ),
        "from": "Jan Vávra <vavra@plzenskysvet.example>",
        "subject": "Re: volby xml",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Dobry den, za Plzensky svet s.r.o. (ICO " + I25 + ") prosim o pristup k xml "
            "vysledkum. prod 198.51.100.70, test 198.51.100.71. kontakt jsem mel byt ja "
            "(733 580 112) ale od rijna jsem na dovolene, takze kontaktni osoba bude "
            "kolegyne Ivana Pokorná, 777 204 391, pokorna@plzenskysvet.example.\n"
            "Vavra\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "da026-british-branch-html-live-staging",
        "description": "HTML-only Outlook mail from a British broadcaster's Czech branch; "
        "columns Live and Staging, IČO of the branch, UK phone for the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Harbourline News Ltd, organizační složka",
            I26,
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.40"],
            "Oliver Pritchard",
            "oliver.pritchard@harbourline.example",
            "+447700900418",
        ),
        "from": "Oliver Pritchard <oliver.pritchard@harbourline.example>",
        "subject": "Election results XML access - Harbourline News",
        "headers": OUTLOOK,
        "html": (
            '<html><body><div class="WordSection1">'
            '<p class="MsoNormal">Dear colleagues,</p>'
            '<p class="MsoNormal">Harbourline News Ltd, organizační složka (our Prague '
            f"branch, IČO {I26}) would like to apply for access to the XML election "
            "results. Our addresses are below:</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            "<tr><td><b>Live</b></td><td><b>Staging</b></td></tr>"
            "<tr><td>192.0.2.33</td><td>192.0.2.40</td></tr>"
            "<tr><td>192.0.2.34</td><td></td></tr></table>"
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">I will be your contact: Oliver Pritchard, '
            "+44 7700 900418. Our Prague office can also be reached on +420 222 310 550.</p>"
            '<p class="MsoNormal">Best wishes,<br>Oliver</p>'
            '<p class="MsoNormal" style="font-size:8pt">Harbourline News Ltd, registered in '
            "England and Wales No. 08451127. This email is confidential.</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "da027-rtf-letter-primary-secondary",
        "description": "short mail with an RTF letter: table rows primární/sekundární/testovací, "
        "contact the editor-in-chief's deputy",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Českobudějovické listy, spol. s r.o.",
            I27,
            None,
            ["198.51.100.100", "198.51.100.101"],
            ["198.51.100.110"],
            "Petr Benda",
            "benda@cblisty.example",
            "+420386770214",
        ),
        "from": "Sekretariát CB listy <sekretariat@cblisty.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\nv příloze zasíláme žádost naší společnosti.\n\n"
            "S pozdravem\nsekretariát redakce\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "Českobudějovické listy, spol. s r.o.",
                    f"Lannova 31, 370 01 České Budějovice, IČO {I27}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o povolení přístupu z těchto adres:",
                    [
                        ["Server", "IP"],
                        ["primární", "198.51.100.100"],
                        ["sekundární", "198.51.100.101"],
                        ["testovací", "198.51.100.110"],
                    ],
                    "Kontaktní osoba: Petr Benda, zástupce šéfredaktora, tel. 386 770 214, "
                    "e-mail benda@cblisty.example",
                    "Mgr. Karel Nedvěd, šéfredaktor",
                ],
            )
        ],
    },
    {
        "id": "da028-databox-txt-application-and-power-of-attorney",
        "description": "data message with a TXT application and a PDF power of attorney; the "
        "annotation names neither addresses nor contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zlínský region TV s.r.o.",
            I28,
            "q2nfv8c",
            ["192.0.2.80"],
            ["192.0.2.81", "192.0.2.82"],
            "Hana Křížová",
            "krizova@zlintv.example",
            "+420577330815",
        ),
        "subject": "Volby 2025 - žádost o přístup k XML, plná moc",
        "databox": {
            "box": "q2nfv8c",
            "sender": "Zlínský region TV s.r.o.",
            "address": "třída Tomáše Bati 12, 760 01 Zlín",
        },
        "attachments": [
            (
                "txt",
                "zadost.txt",
                "Žadatel: Zlínský region TV s.r.o.\n"
                f"IČO: {I28}\n"
                "Požadavek: přístup k výsledkům voleb (XML)\n"
                "IP produkce: 192.0.2.80\n"
                "IP test: 192.0.2.81, 192.0.2.82\n"
                "Kontakt: Hana Křížová, 577 330 815, krizova@zlintv.example\n",
            ),
            (
                "pdf",
                "plna_moc.pdf",
                [
                    "PLNÁ MOC",
                    f"Zlínský region TV s.r.o., IČO {I28}, zastoupená jednatelem Ing. "
                    "Milanem Bartákem, zmocňuje paní Hanu Křížovou, nar. 12. 4. 1988, "
                    "k podání žádosti o přístup k výsledkům voleb u Českého statistického "
                    "úřadu a ke všem souvisejícím úkonům.",
                    "Ve Zlíně dne 10. 9. 2025",
                    "Ing. Milan Barták, jednatel",
                ],
            ),
        ],
    },
]
