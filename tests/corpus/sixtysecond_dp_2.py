"""Sixty-second held-out part ``dp``, cases dp015–dp028: a Spanish agency's formal letter
with a short-end range, an Italian correspondent with an Italian mobile of her own and a Czech
number that is her producer's, a French regional TV that would film only if the feed is not
available (and asks for that too), a Portuguese radio with an IPv6 /126 and a /32, an IT
contractor applying for its client radio, a town's press office sending a PDF from the town's
box, student media with roles given only by asterisks, a polling agency's workbook from its
box with an internal host, a regional TV's application forwarded as an attached .eml, a
blogger's HTML-only table, a reply to the office with a temporary host, a correction with an
internal proxy, a public university's box carrying an ODT for its student TV, and a Taiwanese
agency's RTF in traditional Chinese with full-width punctuation. Written by hand apart from the
extraction rules (see make_sixtysecond_dp); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtysecond_dp_common import (
    EVOLUTION,
    FAIRMAIL,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    MAILBIRD,
    OUTLOOK,
    PROTON,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I19C, I19D = ico("2865013"), ico("0741862")
I20 = ico("0029873")
I21 = ico("2270914")
I22 = ico("0583127")
I23 = ico("2614458")
I25 = ico("2793106")
I27 = ico("7150826")

CASES: list[dict[str, Any]] = [
    {
        "id": "dp015-es-agency-letter-short-range",
        "description": "Spanish news agency's long formal letter in Spanish: production as a "
        "range with a short end ('203.0.113.70-72', three addresses); a camera crew for the "
        "count; the Spanish NIF is no IČO; the contact with two surnames, as Spaniards write "
        "them; feed and filming",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Agencia Ibérica de Noticias, S.A.",
            None,
            None,
            ["203.0.113.70", "203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Lucía Fernández Ortega",
            "lfernandez@agenciaiberica.example",
            "+34612555093",
        ),
        "from": "Lucía Fernández Ortega <lfernandez@agenciaiberica.example>",
        "subject": "Solicitud de acceso a los resultados electorales (XML) y permiso de grabación",
        "headers": OUTLOOK,
        "body": "AGENCIA IBÉRICA DE NOTICIAS, S.A.\n"
        "Calle de Alcalá 214, 28028 Madrid – NIF A28471936\n\n"
        "Oficina de Estadística de la República Checa\n"
        "Praga\n\n"
        "Madrid, a 2 de septiembre\n\n"
        "Asunto: Solicitud de acceso al servidor de resultados electorales en formato XML y "
        "de permiso de grabación\n\n"
        "Muy señores nuestros:\n\n"
        "Agencia Ibérica de Noticias, S.A., agencia de noticias con servicio en español, "
        "portugués e inglés para más de doscientos medios abonados, cubrirá las próximas "
        "elecciones a la Cámara de Diputados de la República Checa. Para ofrecer a nuestros "
        "abonados los resultados en tiempo real, les rogamos que nos concedan acceso al "
        "servidor dedicado con los resultados en formato XML.\n\n"
        "Nuestros servidores de producción tienen las direcciones 203.0.113.70-72; el "
        "servidor de pruebas, 203.0.113.79.\n\n"
        "Asimismo, solicitamos permiso para que un equipo de dos personas (redactor y "
        "operador de cámara) grabe imágenes del recuento en su sede central de Praga la "
        "noche electoral.\n\n"
        "Persona de contacto para esta solicitud: Lucía Fernández Ortega, jefa de la mesa de "
        "Internacional, tel. +34 612 555 093, lfernandez@agenciaiberica.example.\n\n"
        "Agradeciendo de antemano su atención, les saludamos atentamente.\n\n"
        "Lucía Fernández Ortega\n"
        "Jefa de Internacional\n"
        "Agencia Ibérica de Noticias, S.A.\n",
    },
    {
        "id": "dp016-it-correspondent-italian-and-czech-phone",
        "description": "Italian correspondent writes Italian (base64): her Italian mobile is "
        "the number to call, the Czech number beside it is the local producer's (named, not "
        "the contact), so the Italian one is labelled; feed and filming",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Gazzetta Adriatica S.r.l.",
            None,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.119"],
            "Chiara Bellini",
            "c.bellini@gazzettaadriatica.example",
            "+393475550281",
        ),
        "from": "Chiara Bellini <c.bellini@gazzettaadriatica.example>",
        "subject": "Richiesta accesso XML risultati elettorali e permesso riprese",
        "headers": MAC_OUTLOOK,
        "cte": "base64",
        "body": "Gentili signore e signori,\n\n"
        "sono la corrispondente da Praga della Gazzetta Adriatica (Gazzetta Adriatica S.r.l., "
        "Trieste). Per le elezioni della Camera dei deputati chiediamo:\n"
        "- l'accesso al server XML con i risultati: produzione 198.51.100.110 e "
        "198.51.100.111, test 198.51.100.119;\n"
        "- il permesso di riprendere con una piccola troupe presso la vostra sede di Praga "
        "durante lo spoglio.\n\n"
        "Per qualsiasi comunicazione sono raggiungibile al mio cellulare italiano "
        "+39 347 555 0281, che uso anche in Repubblica Ceca. Il numero ceco +420 602 555 317 è "
        "quello del nostro producer locale, Jakub Malý, che accompagnerà la troupe: per la "
        "richiesta vi prego di contattare me.\n\n"
        "Cordiali saluti,\n"
        "Chiara Bellini\n"
        "Gazzetta Adriatica – ufficio di Praga\n",
    },
    {
        "id": "dp017-fr-regional-tv-film-only-if-no-feed",
        "description": "French regional TV writes French: asks for the feed and, only if the "
        "feed is not available, would film instead — and asks the office to take the mail "
        "as a subsidiary filming request too, so both are asked (a conditional request "
        "asked, as dm014)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Télévision Rhin-Vosges SAS",
            None,
            None,
            ["192.0.2.44", "192.0.2.45"],
            ["192.0.2.46"],
            "Julien Moreau",
            "j.moreau@tv-rhinvosges.example",
            "+33655501284",
        ),
        "from": "Julien Moreau <j.moreau@tv-rhinvosges.example>",
        "subject": "Demande d'accès au flux XML des résultats (à défaut : tournage)",
        "headers": TBIRD,
        "body": "Madame, Monsieur,\n\n"
        "Télévision Rhin-Vosges SAS (Strasbourg) souhaite accéder au flux XML des résultats "
        "des élections législatives tchèques pour son émission spéciale transfrontalière.\n\n"
        "Adresses de production : 192.0.2.44 et 192.0.2.45\n"
        "Adresse de test : 192.0.2.46\n\n"
        "Seulement si l'accès au flux n'était pas possible, nous viendrions plutôt filmer dans "
        "votre centre de collecte à Prague le soir du scrutin. Merci donc de considérer ce "
        "message aussi comme une demande d'autorisation de tournage, à titre subsidiaire.\n\n"
        "Contact : Julien Moreau, rédacteur en chef adjoint, +33 6 55 50 12 84\n\n"
        "Bien cordialement,\n"
        "Julien Moreau\n"
        "Télévision Rhin-Vosges\n",
    },
    {
        "id": "dp018-pt-radio-ipv6-126-slash32",
        "description": "Portuguese radio writes Portuguese: production as an IPv6 /126 (four "
        "addresses, compressed in the label), the test server an IPv4 address written with "
        "'/32' (one address); Lda.",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Rádio Atlântico Norte, Lda.",
            None,
            None,
            ["2001:db8:2b0::8", "2001:db8:2b0::9", "2001:db8:2b0::a", "2001:db8:2b0::b"],
            ["198.51.100.12"],
            "João Pedro Sousa",
            "jpsousa@radioatlantico.example",
            "+351912555047",
        ),
        "from": "João Pedro Sousa <jpsousa@radioatlantico.example>",
        "subject": "Pedido de acesso aos resultados eleitorais em XML",
        "headers": GMAIL,
        "body": "Exmos. Senhores,\n\n"
        "a Rádio Atlântico Norte, Lda. (Porto) vem solicitar acesso ao servidor com os "
        "resultados das eleições checas em formato XML, para a nossa emissão especial.\n\n"
        "Servidores de produção: 2001:db8:2b0::8/126\n"
        "Servidor de testes: 198.51.100.12/32\n\n"
        "Não precisamos de autorização para filmagens.\n\n"
        "Contacto: João Pedro Sousa, responsável técnico, telemóvel +351 912 555 047\n\n"
        "Com os melhores cumprimentos,\n"
        "João Pedro Sousa\n"
        "Rádio Atlântico Norte, Lda.\n",
    },
    {
        "id": "dp019-cz-it-contractor-for-client-radio",
        "description": "an IT contractor's formal letter for its client radio: the text says the "
        "client is the applicant and the contractor only acts for it, so the client's name "
        "and IČO are labelled, not the contractor's; the contractor's technician is named as "
        "the contact, its director signs; the office's IČO in the addressee block",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Rádio Podbrdsko s.r.o.",
            I19C,
            None,
            ["192.0.2.60", "192.0.2.61"],
            ["192.0.2.68"],
            "Pavel Šimůnek",
            "simunek@datakov.example",
            "+420731555208",
        ),
        "from": "Ing. Radek Kovář <kovar@datakov.example>",
        "cc": "Pavel Šimůnek <simunek@datakov.example>",
        "subject": "Žádost o přístup k XML s výsledky voleb – Rádio Podbrdsko (zastupuje DataKov)",
        "headers": OUTLOOK,
        "body": "DataKov s.r.o. | Nádražní 1184, 261 01 Příbram | IČO " + I19D + "\n\n"
        "Český statistický úřad\n"
        "Na padesátém 81, 100 82 Praha 10\n"
        "IČO 00025593\n\n"
        "Věc: Žádost o přístup k dedikovanému serveru s výsledky voleb\n\n"
        "Vážené dámy, vážení pánové,\n\n"
        "žadatelem je náš klient Rádio Podbrdsko s.r.o., IČO " + I19C + ", se sídlem "
        "Pražská 52, Příbram. Společnost DataKov s.r.o. pro něj jako dodavatel zajišťuje "
        "provoz webu a streamu a tuto žádost podává jeho jménem na základě plné moci, kterou "
        "na vyžádání doložíme.\n\n"
        "Rádio žádá o přístup k výsledkům voleb ve formátu XML z těchto adres:\n"
        "- produkční servery (u nás v hostingu): 192.0.2.60 a 192.0.2.61\n"
        "- testovací server: 192.0.2.68\n\n"
        "Povolení k natáčení rádio nepotřebuje.\n\n"
        "Kontaktní osobou pro tuto žádost je náš technik Pavel Šimůnek, "
        "simunek@datakov.example, tel. 731 555 208 (je v kopii).\n\n"
        "S pozdravem\n\n"
        "Ing. Radek Kovář\n"
        "jednatel, DataKov s.r.o.\n"
        "tel. 318 555 400\n",
    },
    {
        "id": "dp020-cz-town-press-office-databox-pdf",
        "description": "a town's press office sends a PDF from the town's box (public "
        "authority): the town runs its news web and applies; a backup server is production, "
        "the test one marked in a role column; the press officer is the contact, the mayor "
        "signs; the addressee block quotes the office's box",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Vranov nad Sázavou",
            I20,
            "v7rn3sz",
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.165"],
            "Michaela Dvořáková",
            "dvorakova@vranovns.example",
            "+420569555231",
        ),
        "databox": box(
            "v7rn3sz", "Město Vranov nad Sázavou", "Masarykovo nám. 1, 582 55 Vranov", 10
        ),
        "subject": "Tiskové oddělení – žádost o přístup k XML s výsledky voleb",
        "attachments": [
            (
                "pdf",
                "zadost_XML_vysledky.pdf",
                [
                    "MĚSTO VRANOV NAD SÁZAVOU\nMěstský úřad – tiskové oddělení\n"
                    "Masarykovo nám. 1, 582 55 Vranov nad Sázavou\nIČO " + I20,
                    "Adresát: Český statistický úřad, ID DS 2gfaasy",
                    "Věc: Žádost o přístup k serveru s výsledky voleb (XML)",
                    "Tiskové oddělení města provozuje zpravodajský web Vranovské listy. Ve "
                    "volební noci na něm chceme zobrazovat průběžné výsledky za město a okolí, "
                    "a žádáme proto o přístup k výsledkům ve formátu XML.",
                    {
                        "rows": [
                            ["IP adresa", "Role"],
                            ["198.51.100.160", "produkční"],
                            ["198.51.100.161", "produkční – záložní"],
                            ["198.51.100.165", "testovací"],
                        ],
                        "widths": [160, 200],
                    },
                    "Natáčení na pracovišti ČSÚ nepožadujeme.",
                    "Kontaktní osoba: Michaela Dvořáková, tisková mluvčí, "
                    "dvorakova@vranovns.example, tel. 569 555 231",
                    "Mgr. Tomáš Holub\nstarosta",
                ],
            )
        ],
    },
    {
        "id": "dp021-cz-student-magazine-terse-asterisk",
        "description": "terse note from a student magazine: the roles given only by an "
        "asterisk ('192.0.2.9*' … '* testovací'), the other two addresses unmarked production; "
        "the magazine's publisher is a student association (z. s.) with an IČO; a bare "
        "mobile",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Studentský spolek Kampus, z. s.",
            I21,
            None,
            ["192.0.2.5", "192.0.2.6"],
            ["192.0.2.9"],
            "Matěj Hruška",
            "matej.hruska@kampus-casopis.example",
            "+420608555142",
        ),
        "from": "Matěj Hruška <matej.hruska@kampus-casopis.example>",
        "subject": "XML volby – Kampus",
        "headers": FAIRMAIL,
        "body": "Dobrý den,\n"
        "časopis Kampus (vydává Studentský spolek Kampus, z. s., IČO " + I21 + ") by chtěl "
        "přístup k XML s výsledky.\n\n"
        "IP: 192.0.2.5, 192.0.2.6, 192.0.2.9*\n"
        "* testovací\n\n"
        "Natáčet nebudeme.\n"
        "Díky, Matěj Hruška, 608 555 142\n",
    },
    {
        "id": "dp022-cz-polling-agency-databox-xlsx-internal",
        "description": "a polling agency's data message carries a workbook: two production "
        "addresses, a test one, and an internal host behind NAT listed 'for information' "
        "(not in the documentation ranges, left out); the analyst is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "VOXA research, s.r.o.",
            I22,
            "x2vr5qa",
            ["203.0.113.220", "203.0.113.221"],
            ["203.0.113.229"],
            "Barbora Šťastná",
            "stastna@voxa-research.example",
            "+420775555361",
        ),
        "databox": box("x2vr5qa", "VOXA research, s.r.o.", "Křižíkova 148/34, 186 00 Praha 8"),
        "subject": "Žádost o přístup k XML výsledkům voleb – VOXA research",
        "attachments": [
            (
                "xlsx",
                "VOXA_zadost_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žadatel", "VOXA research, s.r.o."],
                            ["IČO", I22],
                            ["Účel", "modely volebního výsledku pro klienty (média)"],
                            ["Přístup k XML", "ano"],
                            ["Natáčení", "ne"],
                            ["Kontaktní osoba", "Barbora Šťastná, datová analytička"],
                            ["E-mail", "stastna@voxa-research.example"],
                            ["Telefon", "775 555 361"],
                        ],
                    },
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Adresa", "Účel", "Poznámka"],
                            ["203.0.113.220", "produkce", ""],
                            ["203.0.113.221", "produkce", "druhý uzel"],
                            ["203.0.113.229", "test", ""],
                            ["10.11.0.4", "interní", "jen pro informaci, ven jde přes NAT"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "dp023-cz-regional-tv-forwarded-eml",
        "description": "an assistant forwards a regional TV's application as an attached .eml "
        "(it went to a wrong address first); the inner message names the director as the "
        "contact, not the forwarding assistant; feed and filming",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Televize Polabí s.r.o.",
            I23,
            None,
            ["198.18.33.40"],
            ["198.18.33.41"],
            "Radka Fialová",
            "fialova@tvpolabi.example",
            "+420603555718",
        ),
        "from": "Petra Nová <nova@tvpolabi.example>",
        "subject": "Fwd: Žádost o XML a natáčení – Televize Polabí",
        "headers": ZIMBRA,
        "body": "Dobrý den,\n\n"
        "přeposílám žádost naší ředitelky, původně odešla na starou adresu. Vše potřebné je "
        "v příloze.\n\n"
        "Petra Nová\nasistentka, Televize Polabí\n",
        "attachments": [
            (
                "eml",
                "zadost_TV_Polabi.eml",
                {
                    "id": "dp023-inner",
                    "from": "Radka Fialová <fialova@tvpolabi.example>",
                    "to": "info@czso-volby.example",
                    "subject": "Žádost o XML a natáčení – Televize Polabí",
                    "headers": OUTLOOK,
                    "body": "Dobrý den,\n\n"
                    "Televize Polabí s.r.o., IČO " + I23 + ", žádá o přístup k XML s "
                    "výsledky voleb a o povolení natáčet na krajském pracovišti v "
                    "Pardubicích ve volební noci.\n\n"
                    "Produkční server: 198.18.33.40\n"
                    "Testovací server: 198.18.33.41\n\n"
                    "Kontaktní osoba: Radka Fialová, ředitelka, tel. 603 555 718\n\n"
                    "S pozdravem\nRadka Fialová\nTelevize Polabí s.r.o.\n",
                },
            )
        ],
    },
    {
        "id": "dp024-cz-blogger-html-only-table",
        "description": "HTML-only mail from a blogger without a company (his own name is the "
        "applicant): a table with a role column; filming declined with thanks",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Tomáš Kopecký",
            None,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Tomáš Kopecký",
            "tomas@volebnimapy.example",
            "+420722555409",
        ),
        "from": "Tomáš Kopecký <tomas@volebnimapy.example>",
        "subject": "Blog Volební mapy – přístup k XML",
        "headers": PROTON,
        "html": "<html><body><p>Dobrý den,</p>"
        "<p>píšu blog <i>Volební mapy</i> (sám, bez firmy) a ve volební noci bych rád kreslil "
        "mapy z průběžných výsledků. Prosím o přístup k XML:</p>"
        '<table border="1" cellpadding="4"><tr><th>Server</th><th>IP</th></tr>'
        "<tr><td>ostrý</td><td>203.0.113.140</td></tr>"
        "<tr><td>testovací</td><td>203.0.113.141</td></tr></table>"
        "<p>Natáčení nepotřebuji, díky.</p>"
        "<p>Tomáš Kopecký<br>tel. 722 555 409</p></body></html>",
    },
    {
        "id": "dp025-cz-reply-office-quoted-temporary-host",
        "description": "a regional paper replies to the office's question: a temporary "
        "substitute server to be used on election night besides the main one (production); "
        "the quoted office signature carries the office's IČO, box and phone, never the "
        "applicant's",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Slovácké listy s.r.o.",
            I25,
            None,
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.88"],
            "Vojtěch Machala",
            "machala@slovackelisty.example",
            "+420572555613",
        ),
        "from": "Vojtěch Machala <machala@slovackelisty.example>",
        "subject": "Re: Doplnění žádosti o XML – Slovácké listy",
        "headers": EVOLUTION,
        "body": "Dobrý den, paní Horáková,\n\n"
        "děkuji za upozornění. Produkční adresa zůstává 198.51.100.80; protože v září "
        "stěhujeme serverovnu, poběží ve volební noci dočasně i náhradní server "
        "198.51.100.81 – povolte prosím obě. Testovat budeme z 198.51.100.88.\n\n"
        "Vojtěch Machala\n"
        "vedoucí online, Slovácké listy s.r.o. (IČO " + I25 + ")\n"
        "tel. 572 555 613\n\n"
        "Dne 4. 9. napsal(a) Horáková Věra <vera.horakova@czso.cz>:\n"
        "> Dobrý den,\n"
        "> k Vaší žádosti: uveďte prosím, zda budete před volbami testovat, a z jaké adresy.\n"
        "> S pozdravem\n"
        "> Věra Horáková\n"
        "> Český statistický úřad | IČO 00025593 | ID DS 2gfaasy | tel. 274 052 733\n",
    },
    {
        "id": "dp026-cz-correction-internal-proxy",
        "description": "a correction (windows-1250, Seznam): the address written wrongly before "
        "is replaced by the right one; an internal proxy address is mentioned and waved away "
        "(not in the documentation ranges, left out); no IČO",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Horský kurýr s.r.o.",
            None,
            None,
            ["192.0.2.71"],
            ["192.0.2.79"],
            "Jiří Hamáček",
            "hamacek@horskykuryr.example",
            "+420604555827",
        ),
        "from": "Jiří Hamáček <hamacek@horskykuryr.example>",
        "subject": "OPRAVA: žádost o XML – Horský kurýr",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": "Dobrý den,\n\n"
        "v pondělní žádosti za Horský kurýr s.r.o. jsem omylem uvedl produkční adresu "
        "192.0.2.77 – správně je 192.0.2.71. Testovací 192.0.2.79 platí.\n"
        "Adresu 10.20.0.5, kterou jsem tam zmínil, neřešte, to je jen náš vnitřní proxy za "
        "NATem.\n\n"
        "Omlouvám se za zmatek.\n"
        "Jiří Hamáček, 604 555 827\n",
    },
    {
        "id": "dp027-cz-public-university-databox-odt",
        "description": "a public university's box carries an ODT for its faculty's student TV: "
        "the university applies (', veřejná vysoká škola' as written); feed and filming; a "
        "student editor is the contact, the vice-dean signs",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Univerzita Horního Pojizeří, veřejná vysoká škola",
            I27,
            "p8hj4uz",
            ["198.18.110.20"],
            ["198.18.110.29"],
            "Klára Bartošová",
            "bartosova.k@stud.uhp.example",
            "+420736555024",
        ),
        "databox": box(
            "p8hj4uz",
            "Univerzita Horního Pojizeří, veřejná vysoká škola",
            "Komenského 9, 511 01 Turnov",
        ),
        "subject": "Studentská TV FŽK – žádost o přístup k XML a o natáčení",
        "attachments": [
            (
                "odt",
                "TV_FZK_zadost.odt",
                [
                    "Univerzita Horního Pojizeří, veřejná vysoká škola",
                    "Fakulta žurnalistiky a komunikace, IČO " + I27,
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML a o povolení natáčení",
                    "Studentská televize TV FŽK připravuje ve volební noci živé vysílání. "
                    "Žádáme o přístup k serveru s výsledky a o povolení natáčet na krajském "
                    "pracovišti ČSÚ v Liberci.",
                    [
                        ["Server", "IP adresa"],
                        ["produkční", "198.18.110.20"],
                        ["testovací", "198.18.110.29"],
                    ],
                    "Kontaktní osoba: Klára Bartošová, šéfredaktorka TV FŽK, "
                    "bartosova.k@stud.uhp.example, tel. 736 555 024",
                    "doc. Mgr. Ondřej Malina, Ph.D., proděkan pro vnější vztahy",
                ],
            )
        ],
    },
    {
        "id": "dp028-zh-hant-agency-rtf-fullwidth",
        "description": "a Taiwanese news agency's short English cover with the application in "
        "an RTF in traditional Chinese: the addresses between full-width colons, '、', '；' "
        "and '。'; the agency named with its legal form (股份有限公司) in the file, shorter in "
        "the cover; the contact in Chinese characters everywhere; a Taiwanese mobile",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "寶島新聞通訊社股份有限公司",
            None,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.159"],
            "林美玲",
            "lin.meiling@formosa-news.example",
            "+886912555038",
        ),
        "from": "林美玲 <lin.meiling@formosa-news.example>",
        "subject": "Application for access to the election results XML (寶島新聞通訊社)",
        "headers": MAILBIRD,
        "body": "Dear Sir or Madam,\n\n"
        "please find attached the application of 寶島新聞通訊社 for access to the XML "
        "election results feed. All details are in the attached file.\n\n"
        "Best regards,\n"
        "林美玲\n"
        "Prague correspondent\n",
        "attachments": [
            (
                "rtf",
                "申請書_XML.rtf",
                [
                    "申請書",
                    "申請單位：寶島新聞通訊社股份有限公司（台北市）",
                    "申請事項：捷克眾議院選舉結果XML資料之存取。不需申請現場拍攝。",
                    "正式伺服器IP：203.0.113.150、203.0.113.151；測試伺服器IP：203.0.113.159。",
                    "聯絡人：林美玲（駐布拉格特派員）",
                    "電子郵件：lin.meiling@formosa-news.example",
                    "電話：+886 912 555 038",
                ],
            )
        ],
    },
]
