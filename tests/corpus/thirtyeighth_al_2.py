"""Thirty-eighth held-out part ``al``, cases al015–al028: a Swedish broadcaster with a written
range, a Spanish reply whose quoted text mixes the office's request with the applicant's own
original, an academy institute's XLSX with yes/no columns, a freelancer writing English and
Czech, a forward from IT with a /31 and an old address, a data message with the request only in
the annotation, a Gmail HTML form with box characters, a town TV's ODT with a temporary host, an
Italian regional broadcaster, a terse netmask, a contractor's RTF for a radio, an English
documentary company that only films, a university's data message with a PDF table and a student
TV's long letter with an IPv6 test address. Written by hand apart from the extraction rules (see
make_thirtyeighth_al); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyeighth_al_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

K17, K18, K19, K20 = ico("6839214"), ico("7462019"), ico("2874316"), ico("0834521")
K21, K22, K24, K25 = ico("4627803"), ico("7094512"), ico("0611948"), ico("2915607")
K25C, K27, K28 = ico("0447318"), ico("0021697"), ico("0021738")

CASES: list[dict[str, Any]] = [
    {
        "id": "al015-swedish-range-english",
        "description": "Swedish public broadcaster in Swedish with an English line; production "
        "as a written range of three, one test server",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Sveriges Regionalradio AB",
            None,
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202"],
            ["198.51.100.210"],
            "Lars Ekström",
            "lars.ekstrom@regionalradio.example",
            "+4687841230",
        ),
        "from": "Lars Ekström <lars.ekstrom@regionalradio.example>",
        "subject": "Ansökan om åtkomst till valresultat (XML) / application for access",
        "headers": OUTLOOK,
        "body": (
            "Hej,\n\n"
            "Sveriges Regionalradio AB (org.nr 556712-4409) ansöker om åtkomst till er "
            "XML-tjänst med valresultat inför det tjeckiska valet.\n\n"
            "Produktion: 198.51.100.200-198.51.100.202\n"
            "Test: 198.51.100.210\n\n"
            "(English: production range .200 to .202, one test machine .210.)\n\n"
            "Kontaktperson: Lars Ekström, tel. +46 8 784 12 30\n\n"
            "Med vänliga hälsningar\n"
            "Lars Ekström\n"
            "Teknisk chef, Nyhetsdesken\n"
            "Sveriges Regionalradio AB, Stockholm\n"
            "Växel +46 8 784 00 00\n"
        ),
    },
    {
        "id": "al016-spanish-reply-quoted-office",
        "description": "Spanish daily replies in Spanish/English to the office's request for a "
        "contact; the addresses are in its own quoted original, the office's phone and box "
        "in the quoted reply",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Diario del Levante S.L.",
            None,
            None,
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Javier Molina",
            "jmolina@diariolevante.example",
            "+34914327781",
        ),
        "from": "Javier Molina <jmolina@diariolevante.example>",
        "subject": "RE: Vaše žádost o přístup k výsledkům voleb / your request",
        "headers": OUTLOOK,
        "body": (
            "Buenos días / Good morning,\n\n"
            "disculpen la omisión. The contact person for our request is me, Javier Molina, "
            "+34 91 432 77 81, jmolina@diariolevante.example. The IP addresses stay as in "
            "our original request below.\n\n"
            "Saludos cordiales,\nJavier Molina\nJefe de sistemas, Diario del Levante S.L.\n\n"
            "-----Mensaje original-----\n"
            "De: podatelna@czso.cz\n"
            "Enviado el: martes, 15 de septiembre de 2026 9:12\n"
            "Asunto: Vaše žádost o přístup k výsledkům voleb / your request\n\n"
            "> Dobrý den / Dear applicant,\n"
            "> k vyřízení žádosti nám chybí kontaktní osoba a její telefon. Please send us "
            "the\n"
            "> name and phone number of the contact person.\n"
            "> Český statistický úřad, datová schránka 2gfaasy, tel. 274 052 733\n"
            ">\n"
            ">> Estimados señores:\n"
            ">> Diario del Levante S.L. solicita acceso a los resultados electorales en XML.\n"
            ">> Servidor de producción: 203.0.113.30\n"
            ">> Servidor de pruebas: 203.0.113.31\n"
            ">> Atentamente, Departamento de sistemas\n"
        ),
    },
    {
        "id": "al017-academy-institute-xlsx-yes-no",
        "description": "research institute (v. v. i.) with an XLSX: yes/no column for the two "
        "request types and a merged 'produkce' cell spanning two address rows",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Ústav regionálních studií AV ČR, v. v. i.",
            K17,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.185"],
            "Barbora Kadlecová",
            "kadlecova@urs.cas-inst.example",
            "+420221403376",
        ),
        "from": "Barbora Kadlecová <kadlecova@urs.cas-inst.example>",
        "subject": "Žádost o přístup – Ústav regionálních studií",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\nzasíláme vyplněnou tabulku se žádostí. Data budeme používat "
            "pro výzkum volební účasti (projekt TAČR TL05000123).\n\n"
            "S pozdravem\nBarbora Kadlecová\nÚstav regionálních studií AV ČR, v. v. i.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "URS_zadost_volby_2026.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Ústav regionálních studií AV ČR, v. v. i."],
                            ["IČO", K17],
                            ["Požadavek", "ano/ne"],
                            ["Přístup k výsledkům voleb (XML)", "ano"],
                            ["Natáčení na sběrném místě", "ne"],
                            ["Kontaktní osoba", "Mgr. Barbora Kadlecová, Ph.D."],
                            ["Telefon", "221 403 376"],
                            ["E-mail", "kadlecova@urs.cas-inst.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["produkce", "192.0.2.180", "server výzkumného týmu"],
                            [None, "192.0.2.181", "replika"],
                            ["test", "192.0.2.185", "notebook, VPN"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "al018-freelancer-english-czech-mix-ipv6",
        "description": "an Irish freelancer living in Prague mixes English and Czech, asks for "
        "both, IPv6 production address on a VPS, IČO as a trade licence",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED, FILM],
            "Daniel O'Connor",
            K18,
            None,
            ["2001:db8:77::5"],
            [],
            "Daniel O'Connor",
            "dan@oconnor-reports.example",
            "+420777645102",
        ),
        "from": "Daniel O'Connor <dan@oconnor-reports.example>",
        "subject": "Election night – XML + filming / volby",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "sorry, my Czech is not good enough for official letters, so mostly English:\n\n"
            "I'm a freelance journalist based in Prague (živnostenský list, IČO " + K18 + ") "
            "writing for several English-language outlets. I would like to ask for:\n"
            "- access to the XML results server from my VPS, 2001:db8:77::5 (IPv6 only, I "
            "will test from the same machine),\n"
            "- permission to film at the Prague collection point on election night – just me "
            "with a small camera, 20 minutes max.\n\n"
            "Kontakt: Daniel O'Connor, +420 777 645 102.\n\n"
            "Děkuji moc!\nDan\n\n"
            "--\nDaniel O'Connor | freelance reporter | oconnor-reports.example\n"
        ),
    },
    {
        "id": "al019-forward-it-cidr31-old-address",
        "description": "an editor forwards IT's note: production as a /31, the old address no "
        "longer used, the IT colleague named as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Jihočeské noviny s.r.o.",
            K19,
            None,
            ["192.0.2.32", "192.0.2.33"],
            ["192.0.2.40"],
            "Štěpán Holeček",
            "holecek@jcnoviny.example",
            "+420387115920",
        ),
        "from": "Renata Fialová <fialova@jcnoviny.example>",
        "subject": "Fwd: IP pro volby",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "za Jihočeské noviny s.r.o. (IČO " + K19 + ") žádám o přístup k XML s výsledky "
            "voleb. Technické údaje posílám níže od našeho IT, kontaktem pro Vás bude "
            "přímo kolega Holeček.\n\n"
            "Renata Fialová\nšéfredaktorka\n\n"
            "-------- Přeposlaná zpráva --------\n"
            "Předmět: IP pro volby\n"
            "Datum: Thu, 10 Sep 2026 14:02:51 +0200\n"
            "Od: Štěpán Holeček <holecek@jcnoviny.example>\n"
            "Komu: Renata Fialová <fialova@jcnoviny.example>\n\n"
            "Ahoj Renato,\n\n"
            "pro ČSÚ:\n"
            "produkce 192.0.2.32/31\n"
            "test 192.0.2.40\n"
            "Tu starou 192.0.2.9 z minulých voleb už nepoužíváme, ať ji tam nedávají.\n"
            "Kdyby něco, jsem na 387 115 920.\n\n"
            "Š.\n"
        ),
    },
    {
        "id": "al020-databox-annotation-film-power-of-attorney",
        "description": "data message from a PR agency: the filming request only in the "
        "annotation, the attached text is a power of attorney naming another person",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Blanka Media Agency s.r.o.",
            K20,
            "q2hs6wb",
            [],
            [],
            "Petra Zikmundová",
            None,
            "+420777204918",
        ),
        "subject": "Žádost o povolení natáčení na sběrném místě ČSÚ Brno ve volební noc; o "
        "přístup k XML nežádáme. Kontakt: Petra Zikmundová, 777 204 918",
        "databox": {
            "box": "q2hs6wb",
            "sender": "Blanka Media Agency s.r.o.",
            "address": "Údolní 53, 602 00 Brno",
        },
        "attachments": [
            (
                "txt",
                "plna_moc.txt",
                "PLNÁ MOC\n\n"
                "Blanka Media Agency s.r.o., IČO " + K20 + ", se sídlem Údolní 53, Brno, "
                "zastoupená jednatelem Ing. Radimem Blankou,\n"
                "zmocňuje paní Petru Zikmundovou, nar. 4. 3. 1991, k jednání s Českým "
                "statistickým úřadem ve věci povolení natáčení během voleb 2026.\n\n"
                "V Brně dne 1. 9. 2026\n"
                "Ing. Radim Blanka, jednatel, tel. 541 212 090\n",
            )
        ],
    },
    {
        "id": "al021-gmail-html-checkboxes",
        "description": "HTML-only Gmail form with ☒/☐ box characters (only the feed ticked), "
        "TST abbreviation, weekly with publisher",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Vydavatelství Brdy a Podbrdy, z. s.",
            K21,
            None,
            ["198.51.100.84"],
            ["198.51.100.85"],
            "Alžběta Kroupová",
            "kroupova.brdy@gmail-like.example",
            "+420603447281",
        ),
        "from": "Alžběta Kroupová <kroupova.brdy@gmail-like.example>",
        "subject": "Formulář žádosti – Týdeník Brdy",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div>posílám vyplněný formulář (přepsaný z '
            "PDF, tiskárna nefunguje):</div><br>"
            "<div><b>Žadatel:</b> Týdeník Brdy – vydává Vydavatelství Brdy a Podbrdy, "
            "z. s.</div>"
            f"<div><b>IČO:</b> {K21}</div><br>"
            "<div>Žádám o:</div>"
            "<div>☒ přístup k výsledkům voleb ve formátu XML</div>"
            "<div>☐ povolení k natáčení / pořizování záznamu na sběrném místě</div><br>"
            "<div><b>IP PROD:</b> 198.51.100.84</div>"
            "<div><b>IP TST:</b> 198.51.100.85</div><br>"
            "<div><b>Kontakt:</b> Alžběta Kroupová, tel. 603&nbsp;447&nbsp;281</div><br>"
            '<div>Děkuji, Kroupová</div><div><br></div>-- <br><div dir="ltr" '
            'class="gmail_signature">Týdeník Brdy | redakce@tydenikbrdy.example | '
            "inzerce 318 620 044</div></div>"
        ),
    },
    {
        "id": "al022-town-tv-odt-temporary-host",
        "description": "a town's TV (contributory organisation) sends an ODT: a temporary "
        "machine used for testing until the real production server takes over",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Kulturní a informační centrum Nové Sady, příspěvková organizace",
            K22,
            None,
            ["203.0.113.95"],
            ["203.0.113.90"],
            "Hynek Brabec",
            "brabec@kic-novesady.example",
            "+420566712045",
        ),
        "from": "Hynek Brabec <brabec@kic-novesady.example>",
        "subject": "Žádost KIC Nové Sady – TV Nové Sady",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": ("Dobrý den,\nv příloze posílám žádost naší městské televize.\nHynek Brabec\n"),
        "attachments": [
            (
                "odt",
                "zadost_TV_NoveSady.odt",
                [
                    "Kulturní a informační centrum Nové Sady, příspěvková organizace",
                    "IČO: " + K22 + ", zřizovatel: Město Nové Sady",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Televize Nové Sady, kterou provozujeme, bude ve volební noci vysílat "
                    "průběžné výsledky. Náš nový vysílací server bude zprovozněn až "
                    "v týdnu před volbami, proto pro testování v rámci zkušebního provozu "
                    "použijeme dočasný stroj 203.0.113.90. Pro samotné volby bude "
                    "produkční adresou 203.0.113.95.",
                    [
                        ["Kontaktní osoba", "Hynek Brabec, technik TV"],
                        ["Telefon", "566 712 045"],
                        ["E-mail", "brabec@kic-novesady.example"],
                    ],
                    "V Nových Sadech 7. 9. 2026\nMgr. Jarmila Pokorná, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "al023-italian-regional-tv",
        "description": "Italian regional broadcaster in Italian with an English line; Partita "
        "IVA and a switchboard beside the contact's mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Tele Nordest S.p.A.",
            None,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.132"],
            "Giulia Ferraro",
            "g.ferraro@telenordest.example",
            "+393471862290",
        ),
        "from": "Giulia Ferraro <g.ferraro@telenordest.example>",
        "subject": "Richiesta di accesso ai risultati elettorali XML",
        "headers": GMAIL,
        "body": (
            "Gentili signore e signori,\n\n"
            "Tele Nordest S.p.A. (Partita IVA 03812270265) chiede l'accesso al server dei "
            "risultati elettorali in formato XML per le elezioni ceche.\n\n"
            "Indirizzi di produzione: 198.51.100.130, 198.51.100.131\n"
            "Ambiente di test: 198.51.100.132\n\n"
            "Referente: Giulia Ferraro, cellulare +39 347 186 2290 (centralino "
            "+39 0422 556 100)\n\n"
            "Sorry for writing in Italian – happy to continue in English.\n\n"
            "Cordiali saluti\nGiulia Ferraro\nResponsabile sistemi redazionali\n"
            "Tele Nordest S.p.A., Treviso\n"
        ),
    },
    {
        "id": "al024-terse-netmask-slash",
        "description": "terse Seznam note: an address followed by a /255.255.255.254 netmask "
        "(two addresses), test declined",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Zpravodaj Pošumaví s.r.o.",
            K24,
            None,
            ["203.0.113.160", "203.0.113.161"],
            [],
            "Jaroslav Kolář",
            "kolar@zpravodajposumavi.example",
            "+420721630458",
        ),
        "from": "Jaroslav Kolář <kolar@zpravodajposumavi.example>",
        "subject": "Re: xml",
        "headers": SEZNAM,
        "body": (
            "Zpravodaj Pošumaví s.r.o., IČ " + K24 + "\n"
            "xml pristup - prod 203.0.113.160/255.255.255.254, test zadny\n"
            "Kolar 721 630 458\n"
        ),
    },
    {
        "id": "al025-contractor-rtf-for-radio",
        "description": "an IT contractor sends the radio's RTF application; the radio's "
        "editor is the contact, the contractor's IČO and phone only in his signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rádio Krkonoše, spol. s r.o.",
            K25,
            None,
            ["192.0.2.221", "192.0.2.222"],
            ["192.0.2.223"],
            "Iveta Hronková",
            "hronkova@radiokrkonose.example",
            "+420499871336",
        ),
        "from": "Aleš Vondráček <vondracek@serverpark.example>",
        "subject": "Žádost o přístup – Rádio Krkonoše (zasílá dodavatel IT)",
        "headers": TBIRD,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "jako dodavatel IT pro Rádio Krkonoše posílám v příloze jejich žádost o "
            "přístup k výsledkům voleb. Adresy jsou naše servery v housingu, ale "
            "kontaktní osobou je redaktorka rádia, viz příloha.\n\n"
            "Aleš Vondráček\n"
            "ServerPark Trutnov s.r.o., IČO " + K25C + "\n"
            "tel. 605 900 117\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_RadioKrkonose.rtf",
                [
                    "Žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["Žadatel", "Rádio Krkonoše, spol. s r.o."],
                        ["IČO", K25],
                        ["Produkční IP", "192.0.2.221, 192.0.2.222"],
                        ["Testovací IP", "192.0.2.223"],
                        ["Kontaktní osoba", "Iveta Hronková, zpravodajství"],
                        ["Telefon", "+420 499 871 336"],
                        ["E-mail", "hronkova@radiokrkonose.example"],
                    ],
                    "Trutnov 11. 9. 2026",
                ],
            )
        ],
    },
    {
        "id": "al026-english-documentary-film-only",
        "description": "a London documentary company asks only to film and says it does not "
        "need the XML service; the producer in charge is the contact, not the director",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Northgate Pictures Ltd",
            None,
            None,
            [],
            [],
            "Hannah Whitfield",
            "hannah@northgatepictures.example",
            "+447700900318",
        ),
        "from": "Hannah Whitfield <hannah@northgatepictures.example>",
        "subject": "Filming request – election night documentary",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Northgate Pictures Ltd is producing a documentary for a European broadcaster "
            "about how votes are counted in Central Europe. We would be grateful for "
            "permission to film at one of your collection points on election night — a "
            "crew of three (director Simon Adeyemi, camera, sound) for up to one hour.\n\n"
            "We do not need access to the XML results service; we are only asking to film.\n\n"
            "I'm the producer in charge and your contact for this request: Hannah Whitfield, "
            "mobile +44 7700 900318.\n\n"
            "Best wishes,\nHannah Whitfield\nProducer\nNorthgate Pictures Ltd\n"
            "Office +44 20 7946 0321 | Company No. 09234417\n"
        ),
    },
    {
        "id": "al027-databox-university-pdf-wrapped",
        "description": "a university's data message with a one-word annotation; the PDF table "
        "wraps the address cells and asks for both types",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Univerzita Horního Pomoraví",
            K27,
            "c9pv4mx",
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["192.0.2.14"],
            "Pavel Kratochvíl",
            "pavel.kratochvil@uhp.example",
            "+420585631240",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "c9pv4mx",
            "sender": "Univerzita Horního Pomoraví",
            "address": "Křížkovského 8, 779 00 Olomouc",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "UHP_zadost_volby.pdf",
                [
                    "Univerzita Horního Pomoraví, Katedra žurnalistiky",
                    "Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Studenti katedry žurnalistiky připravují volební vysílání univerzitní "
                    "televize UHP TV.",
                    {
                        "rows": [
                            ["Položka", "Údaj"],
                            ["Žadatel", "Univerzita Horního Pomoraví, IČO " + K27],
                            [
                                "Produkční adresy (stahování XML)",
                                "192.0.2.10, 192.0.2.11, 192.0.2.12",
                            ],
                            ["Testovací adresa", "192.0.2.14"],
                            [
                                "Natáčení",
                                "ano – sběrné místo Olomouc, štáb 3 studenti + pedagog",
                            ],
                            [
                                "Kontaktní osoba",
                                "Mgr. Pavel Kratochvíl, vedoucí UHP TV, 585 631 240, "
                                "pavel.kratochvil@uhp.example",
                            ],
                        ],
                        "widths": [120, 150],
                    },
                    "V Olomouci dne 8. 9. 2026\nprof. RNDr. Jiří Staněk, CSc., rektor",
                ],
            )
        ],
    },
    {
        "id": "al028-student-tv-long-letter-ipv6-test",
        "description": "a long letter in the mail body from a student TV; the university "
        "applies, IPv6 test address, a student as contact, a faculty switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Vysoká škola mediálních studií Kladno",
            K28,
            None,
            ["198.51.100.170"],
            ["2001:db8:aa:1::17"],
            "Matěj Dostál",
            "dostal.matej@vsms-kladno.example",
            "+420739208114",
        ),
        "from": "Matěj Dostál <dostal.matej@vsms-kladno.example>",
        "subject": "Žádost Vysoké školy mediálních studií Kladno – volební vysílání studentské TV",
        "headers": OWA,
        "body": (
            "Vážené dámy, vážení pánové,\n\n"
            "obracím se na Vás jménem Vysoké školy mediálních studií Kladno (IČO: "
            + K28
            + "), jejíž studentská televize VŠMS TV letos již potřetí připravuje "
            "celovečerní volební vysílání. Do vysílání se zapojí asi čtyřicet studentů "
            "bakalářského a navazujícího studia, kteří si v praxi vyzkouší práci ve "
            "zpravodajské redakci pod vedením pedagogů katedry audiovizuální "
            "tvorby.\n\n"
            "Loni jsme výsledky přebírali ručně z webu, což se ukázalo jako nespolehlivé: "
            "grafika se zpožďovala i o několik minut a dvakrát jsme odvysílali neaktuální "
            "čísla. Proto letos žádáme o přístup k serveru s výsledky voleb ve formátu XML. "
            "Stahovat budeme z produkčního serveru školy 198.51.100.170; naše testovací "
            "prostředí je dostupné pouze přes IPv6, na adrese 2001:db8:aa:1::17.\n\n"
            "Zároveň bychom rádi požádali o povolení natáčet na sběrném místě v Kladně. "
            "Šlo by o krátký vstup do vysílání (asi 3 minuty) a několik záběrů do "
            "reportáže, štáb by tvořili dva studenti a pedagog doprovod.\n\n"
            "Kontaktní osobou za školu jsem já, Matěj Dostál, student 2. ročníku a "
            "technický vedoucí VŠMS TV, mobil 739 208 114. Pedagogickým garantem je "
            "MgA. Jana Lorencová (lorencova@vsms-kladno.example), studijní oddělení je na "
            "312 245 000.\n\n"
            "Děkujeme za zvážení žádosti a těšíme se na spolupráci.\n\n"
            "S úctou\n"
            "Matěj Dostál\n"
            "VŠMS TV, Vysoká škola mediálních studií Kladno\n"
            "nám. Starosty Pavla 5, 272 01 Kladno\n"
        ),
    },
]
