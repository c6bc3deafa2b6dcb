"""Sixtieth held-out part ``dj``, cases dj001–dj014: a Ukrainian weekly in Cyrillic with its
Czech registration in Latin letters, a Greek daily in iso-8859-7, a Korean agency's Prague
bureau with the family name in capitals, an agency applying in its own name for two clients, a
Slovak company's Czech branch, a student radio through the dean's office, Portuguese
'respetivamente', a Městský úřad for the town's newsletter, Brazilian 'respectivamente',
Romanian filming only, Croatian IPv6 range, an Estonian freelancer, Latvian /32 blocks and a
Norwegian conditional filming request. Written by hand apart from the extraction rules (see
make_sixtieth_dj); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtieth_dj_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I1, I4, I4A, I4B, I5, I6, I8 = (
    ico("2960713"),
    ico("2718406"),
    ico("2634175"),
    ico("2581930"),
    ico("0734268"),
    ico("0062851"),
    ico("0027974"),
)
SK_ICO = "36 512 847"  # the Slovak parent's IČO: no Czech check digit, never labelled

CASES: list[dict[str, Any]] = [
    {
        "id": "dj001-uk-cyrillic-weekly-latin-registration",
        "description": "Ukrainian-language weekly in Prague writes in Cyrillic; the publisher's "
        "Czech registration (s.r.o., IČO) is in Latin letters inside the Cyrillic sentence; "
        "the contact's name only in Cyrillic (labelled as written); base64",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Visnyk Praha s.r.o.",
            I1,
            None,
            ["192.0.2.121", "192.0.2.122"],
            ["192.0.2.129"],
            "Оксана Мельник",
            "o.melnyk@visnyk-praha.example",
            "+420731406285",
        ),
        "from": "Оксана Мельник <o.melnyk@visnyk-praha.example>",
        "subject": "Заявка на доступ до результатів виборів (XML)",
        "headers": TBIRD,
        "cte": "base64",
        "body": "Шановні пані та панове,\n\n"
        "тижневик «Празький вісник» виходить українською мовою для українців, які живуть "
        "у Чехії. Видавець — Visnyk Praha s.r.o., IČO " + I1 + ", zapsaná u Městského soudu "
        "v Praze. Просимо надати доступ до сервера з поточними результатами виборів у "
        "форматі XML: у виборчу ніч ми публікуємо результати на нашому сайті.\n\n"
        "Робочі сервери: 192.0.2.121, 192.0.2.122\n"
        "Тестовий сервер: 192.0.2.129\n\n"
        "Контактна особа: Оксана Мельник, випускова редакторка, тел. +420 731 406 285, "
        "o.melnyk@visnyk-praha.example\n\n"
        "З повагою\nОксана Мельник\n«Празький вісник» / Visnyk Praha s.r.o.\n",
    },
    {
        "id": "dj002-el-greek-daily-slash31",
        "description": "Greek daily's publisher writes in Greek (iso-8859-7, quoted-printable); "
        "the name opens after 'η εταιρεία'; production as a /31 (two addresses); the "
        "contact in Greek letters",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Εκδόσεις Θερμαϊκός Α.Ε.",
            None,
            None,
            ["198.51.100.36", "198.51.100.37"],
            ["198.51.100.44"],
            "Δημήτρης Καραγιάννης",
            "d.karagiannis@thermaikos-news.example",
            "+306945123807",
        ),
        "from": "Δημήτρης Καραγιάννης <d.karagiannis@thermaikos-news.example>",
        "subject": "Αίτηση πρόσβασης στα αποτελέσματα των εκλογών (XML)",
        "headers": OUTLOOK,
        "charset": "iso-8859-7",
        "body": "Αξιότιμοι κύριοι,\n\n"
        "η εταιρεία Εκδόσεις Θερμαϊκός Α.Ε., εκδότρια της ημερήσιας εφημερίδας «Θερμαϊκός "
        "Λόγος» (Θεσσαλονίκη), ζητά πρόσβαση στον διακομιστή XML με τα αποτελέσματα των "
        "εκλογών στην Τσεχική Δημοκρατία. Καλύπτουμε τις εκλογές για τους αναγνώστες μας "
        "που ενδιαφέρονται για την Κεντρική Ευρώπη.\n\n"
        "Διευθύνσεις παραγωγής: 198.51.100.36/31\n"
        "Διεύθυνση δοκιμών: 198.51.100.44\n\n"
        "Υπεύθυνος επικοινωνίας: Δημήτρης Καραγιάννης, τμήμα πληροφορικής, "
        "κιν. +30 694 512 3807\n\n"
        "Με εκτίμηση,\nΔημήτρης Καραγιάννης\nΕκδόσεις Θερμαϊκός Α.Ε.\n",
    },
    {
        "id": "dj003-ko-agency-bureau-family-name-capitals",
        "description": "Korean agency's Prague bureau writes English; the contact line writes "
        "the family name in capitals first ('PARK Ji-hoon'), the sign-off 'Ji-hoon PARK' "
        "(labelled given name first, as the sign-off orders it); both requests; IPv6 beside "
        "IPv4; a Seoul phone in the signature after the contact's Czech mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Hanbit News Agency Co., Ltd.",
            None,
            None,
            ["203.0.113.161", "2001:db8:82::161"],
            ["203.0.113.169"],
            "Ji-hoon Park",
            "jh.park@hanbitnews.example",
            "+420608913274",
        ),
        "from": "PARK Ji-hoon <jh.park@hanbitnews.example>",
        "subject": "Application - election results XML and filming (Hanbit News, Prague Bureau)",
        "headers": MAC_OUTLOOK,
        "body": "Dear Sir or Madam,\n\n"
        "I am writing on behalf of the Prague Bureau of Hanbit News Agency Co., Ltd. (Seoul). "
        "We cover the Czech parliamentary elections for Korean readers and would like to "
        "apply for:\n"
        "1) access to the XML results feed,\n"
        "2) permission for our crew (two people) to film at the CZSO collection point in "
        "Prague on election night.\n\n"
        "Servers (our Seoul headquarters fetches the data):\n"
        "- production: 203.0.113.161 and 2001:db8:82::161\n"
        "- test: 203.0.113.169\n\n"
        "Contact person: PARK Ji-hoon (Mr.), correspondent\n"
        "E-mail: jh.park@hanbitnews.example\n"
        "Mobile (Prague): +420 608 913 274\n\n"
        "Thank you for your kind consideration.\n\n"
        "Best regards,\n\nJi-hoon PARK\nPrague Bureau Chief\nHanbit News Agency Co., Ltd.\n"
        "Seoul desk: +82 2 3701 5580\n",
    },
    {
        "id": "dj004-cz-agency-own-name-two-clients",
        "description": "a regional news agency applies in its own name for the feed it passes "
        "to two client media, whose names and IČOs are also given; filming declined; the "
        "contact's own line before her mobile",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Krajská tisková agentura, s.r.o.",
            I4,
            None,
            ["198.18.40.10", "198.18.40.11"],
            ["198.18.40.19"],
            "Petra Hronková",
            "hronkova@kta-zpravy.example",
            "+420312514208",
        ),
        "from": "Petra Hronková <hronkova@kta-zpravy.example>",
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "headers": TBIRD,
        "body": "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n\n"
        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML\n\n"
        "Vážené dámy, vážení pánové,\n\n"
        "Krajská tisková agentura, s.r.o. (IČO " + I4 + ") zajišťuje pro dva regionální "
        "klienty – Deník Brdy, s.r.o. (IČO " + I4A + ") a TV Rakovník, a.s. (IČO " + I4B + ") "
        "– průběžné výsledky voleb. Data budeme stahovat my a klientům je předávat v našem "
        "vlastním feedu, proto žádost podáváme svým jménem; klienti samostatně žádat "
        "nebudou.\n\n"
        "Naše servery:\n"
        "  produkční: 198.18.40.10, 198.18.40.11\n"
        "  testovací: 198.18.40.19\n\n"
        "Natáčení na pracovištích ČSÚ nepožadujeme (pokud by o ně stála TV Rakovník, požádá "
        "si sama).\n\n"
        "Kontaktní osoba: Mgr. Petra Hronková, vedoucí datového oddělení, tel. 312 514 208, "
        "mobil 725 330 614, hronkova@kta-zpravy.example\n\n"
        "S pozdravem\n\nMgr. Petra Hronková\nKrajská tisková agentura, s.r.o.\n"
        "Husova 12, 269 01 Rakovník\n",
    },
    {
        "id": "dj005-sk-company-czech-branch-icos",
        "description": "Slovak company writes Slovak: its Slovak IČO (no Czech check digit) and "
        "its Czech branch's IČO; the text says the branch (organizační složka) applies, so "
        "the branch's registered name and IČO are labelled; windows-1250",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Podtatranské médiá, a.s., organizační složka",
            I5,
            None,
            ["203.0.113.44", "203.0.113.45"],
            ["203.0.113.46"],
            "Martin Kollár",
            "kollar@podtatranske-media.example",
            "+421903518206",
        ),
        "from": "Martin Kollár <kollar@podtatranske-media.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb – organizačná zložka v ČR",
        "headers": OWA,
        "charset": "windows-1250",
        "body": "Dobrý deň,\n\n"
        "spoločnosť Podtatranské médiá, a.s. (Poprad, IČO " + SK_ICO + ") vydáva regionálne "
        "spravodajské weby na Slovensku aj v Česku. České weby prevádzkuje naša organizačná "
        "zložka, zapísaná v českom obchodnom registri ako „Podtatranské médiá, a.s., "
        "organizační složka“, IČO " + I5 + ", so sídlom v Ostrave. Žiadosť podávame za túto "
        "organizačnú zložku.\n\n"
        "Žiadame o prístup k XML s priebežnými výsledkami volieb:\n"
        "produkčné IP: 203.0.113.44, 203.0.113.45\n"
        "testovacia IP: 203.0.113.46\n\n"
        "Kontakt: Martin Kollár, vedúci IT, +421 903 518 206, "
        "kollar@podtatranske-media.example\n\n"
        "S pozdravom\nMartin Kollár\nPodtatranské médiá, a.s., organizační složka\n"
        "Nádražní 31, 702 00 Ostrava\n",
    },
    {
        "id": "dj006-cz-student-radio-dean-office-pdf",
        "description": "a faculty's secretary sends the student radio's application, signed for "
        "the dean's office by a vice-dean; the university applies; the station's editor is "
        "the contact, not the secretary nor the signer",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Univerzita Poodří v Novém Jičíně",
            I6,
            None,
            ["192.0.2.201", "192.0.2.202"],
            ["192.0.2.209"],
            "Kristýna Machalová",
            "machalova.k@radio.upnj.example",
            "+420737215604",
        ),
        "from": "Sekretariát děkana FHS <sekretariat.fhs@upnj.example>",
        "subject": "Žádost studentského Rádia Poodří o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "v zastoupení děkanátu Fakulty humanitních studií zasílám v příloze žádost našeho "
        "studentského rádia. Ve věcech žádosti prosím jednejte přímo se šéfredaktorkou "
        "rádia (kontakt je v žádosti).\n\n"
        "S pozdravem\nBc. Lucie Hanáková\nsekretariát děkana FHS\n"
        "Univerzita Poodří v Novém Jičíně\ntel. 556 771 102\n",
        "attachments": [
            (
                "pdf",
                "zadost_Radio_Poodri.pdf",
                [
                    "Univerzita Poodří v Novém Jičíně, Fakulta humanitních studií\n"
                    "Masarykovo nám. 9, 741 01 Nový Jičín, IČO " + I6,
                    "Věc: Žádost o zpřístupnění výsledků voleb (XML) – studentské Rádio Poodří",
                    "Studentské Rádio Poodří vysílá při Fakultě humanitních studií. Ve volební "
                    "noc připravuje živé vysílání s průběžnými výsledky. Žádáme proto o "
                    "přístup k dedikovanému serveru s výsledky ve formátu XML z těchto adres:",
                    {
                        "rows": [
                            ["Účel", "IP adresa"],
                            ["produkce (vysílací server)", "192.0.2.201"],
                            ["produkce (web rádia)", "192.0.2.202"],
                            ["test", "192.0.2.209"],
                        ]
                    },
                    "Kontaktní osoba: Kristýna Machalová, šéfredaktorka Rádia Poodří, "
                    "machalova.k@radio.upnj.example, tel. 737 215 604",
                    "Za děkanát Fakulty humanitních studií:\n"
                    "doc. Mgr. Tomáš Bártek, Ph.D., proděkan pro vnější vztahy",
                ],
            )
        ],
    },
    {
        "id": "dj007-pt-respetivamente-article",
        "description": "Portuguese regional paper: the sentence opens with the article 'A' "
        "before the name, the signature writes it without; production and test given with "
        "'respetivamente'; filming not wanted; 8bit",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Gazeta do Alto Douro, Lda.",
            None,
            None,
            ["203.0.113.57"],
            ["203.0.113.58"],
            "Inês Carvalho",
            "ines.carvalho@gazetaaltodouro.example",
            "+351912604387",
        ),
        "from": "Inês Carvalho <ines.carvalho@gazetaaltodouro.example>",
        "subject": "Pedido de acesso aos resultados eleitorais (XML)",
        "headers": APPLE,
        "cte": "8bit",
        "body": "Exmos. Senhores,\n\n"
        "A Gazeta do Alto Douro, Lda. vem por este meio solicitar o acesso ao servidor XML "
        "com os resultados das eleições legislativas checas. Acompanhamos a atualidade "
        "europeia e temos muitos leitores na comunidade checa da região.\n\n"
        "Os nossos servidores de produção e de testes são, respetivamente, 203.0.113.57 e "
        "203.0.113.58. Não pretendemos autorização para filmagens.\n\n"
        "Contacto: Inês Carvalho, editora digital, telem. +351 912 604 387\n\n"
        "Com os melhores cumprimentos,\nInês Carvalho\nGazeta do Alto Douro, Lda. — Vila Real\n",
    },
    {
        "id": "dj008-cz-mestsky-urad-town-newsletter",
        "description": "a Městský úřad writes for the town that publishes the newsletter; the "
        "town (not its office, no legal entity) applies with the town's IČO and the box ID "
        "from the footer; one address, testing from it; signed by the office's secretary, "
        "contact the newsletter's editor",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Město Ronov nad Svitavou",
            I8,
            "r7nv2ks",
            ["198.51.100.185"],
            [],
            "Jana Štěpánková",
            "stepankova@muronov.example",
            "+420461542318",
        ),
        "from": "Jana Štěpánková <stepankova@muronov.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Ronovské listy",
        "headers": OWA,
        "body": "Městský úřad Ronov nad Svitavou\nodbor kancelář starosty\n"
        "Náměstí Míru 1, 569 43 Ronov nad Svitavou\n\n"
        "Č. j.: MURO/4127/2025\nVyřizuje: Jana Štěpánková\n\n"
        "Věc: Žádost o přístup k průběžným výsledkům voleb\n\n"
        "Vážení,\n\n"
        "Městský úřad Ronov nad Svitavou, odbor kancelář starosty, žádá za město Ronov nad "
        "Svitavou, IČO " + I8 + ", které vydává měsíčník Ronovské listy a provozuje jeho "
        "webové stránky, o přístup k serveru s průběžnými výsledky voleb ve formátu XML. "
        "Výsledky chceme ve volební noc zveřejňovat na webu zpravodaje.\n\n"
        "IP adresa serveru: 198.51.100.185 (webhosting města). Testovací adresu nemáme, "
        "případný test proběhne z téže adresy.\n\n"
        "Natáčení ani fotografování na pracovištích Českého statistického úřadu "
        "nepožadujeme.\n\n"
        "Kontaktní osoba: Jana Štěpánková, redaktorka Ronovských listů, tel. 461 542 318, "
        "stepankova@muronov.example\n\n"
        "S pozdravem\n\nIng. Pavel Sedláček\ntajemník městského úřadu\n\n"
        "Město Ronov nad Svitavou | IČO " + I8 + " | ID datové schránky r7nv2ks\n",
    },
    {
        "id": "dj009-br-respectivamente-contingencia",
        "description": "Brazilian portal names its publisher; production, backup "
        "('contingência') and staging ('homologação') servers given with 'respectivamente' "
        "(backup is production); plain and HTML",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Horizonte Comunicação Digital Ltda.",
            None,
            None,
            ["192.0.2.81", "192.0.2.82"],
            ["192.0.2.89"],
            "Rafael Nogueira",
            "rafael.nogueira@horizontenoticias.example",
            "+5511984312607",
        ),
        "from": "Rafael Nogueira <rafael.nogueira@horizontenoticias.example>",
        "subject": "Solicitação de acesso ao XML de resultados - Horizonte Notícias",
        "headers": GMAIL,
        "body": "Prezados,\n\n"
        "o portal Horizonte Notícias, da empresa Horizonte Comunicação Digital Ltda. (São "
        "Paulo), solicita acesso ao servidor XML com os resultados das eleições na República "
        "Tcheca. Temos um correspondente em Praga e uma cobertura especial para a comunidade "
        "tcheca no Brasil.\n\n"
        "Nossos servidores de produção, de contingência e de homologação são, "
        "respectivamente, 192.0.2.81, 192.0.2.82 e 192.0.2.89.\n\n"
        "Contato: Rafael Nogueira, coordenador de tecnologia, +55 11 98431-2607\n\n"
        "Atenciosamente,\nRafael Nogueira\n",
        "html": '<div dir="ltr"><p>Prezados,</p><p>o portal <b>Horizonte Notícias</b>, da '
        "empresa Horizonte Comunicação Digital Ltda. (São Paulo), solicita acesso ao servidor "
        "XML com os resultados das eleições na República Tcheca. Temos um correspondente em "
        "Praga e uma cobertura especial para a comunidade tcheca no Brasil.</p>"
        "<p>Nossos servidores de produção, de contingência e de homologação são, "
        "respectivamente, 192.0.2.81, 192.0.2.82 e 192.0.2.89.</p>"
        "<p>Contato: Rafael Nogueira, coordenador de tecnologia, +55 11 98431-2607</p>"
        "<p>Atenciosamente,<br>Rafael Nogueira</p></div>",
    },
    {
        "id": "dj010-ro-tv-filming-only",
        "description": "Romanian regional TV in Romanian asks only to film; the XML feed is "
        "explicitly not asked; no addresses",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Televiziunea Banat Est S.R.L.",
            None,
            None,
            [],
            [],
            "Andreea Popescu",
            "andreea.popescu@tvbanatest.example",
            "+40723418590",
        ),
        "from": "Andreea Popescu <andreea.popescu@tvbanatest.example>",
        "subject": "Cerere permisiune de filmare - alegeri Cehia",
        "headers": K9,
        "body": "Bună ziua,\n\n"
        "Televiziunea Banat Est S.R.L. (Timișoara) solicită permisiunea de a filma la punctul "
        "dumneavoastră de colectare a datelor din Praga în noaptea alegerilor. Echipa: un "
        "reporter și un operator.\n\n"
        "Nu solicităm acces la fluxul XML – rezultatele le preluăm de la agenții.\n\n"
        "Persoană de contact: Andreea Popescu, producător, +40 723 418 590\n\n"
        "Cu stimă,\nAndreea Popescu\n",
    },
    {
        "id": "dj011-hr-ipv6-written-range",
        "description": "Croatian portal in Croatian: production as a written IPv6 range "
        "'2001:db8:385::10 do 2001:db8:385::12' (three addresses), an IPv6 test address; "
        "base64",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Zagorski portal d.o.o.",
            None,
            None,
            ["2001:db8:385::10", "2001:db8:385::11", "2001:db8:385::12"],
            ["2001:db8:385::20"],
            "Ivana Bošnjak",
            "ivana.bosnjak@zagorski-portal.example",
            "+385986142037",
        ),
        "from": "Ivana Bošnjak <ivana.bosnjak@zagorski-portal.example>",
        "subject": "Zahtjev za pristup XML rezultatima izbora",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": "Poštovani,\n\n"
        "Zagorski portal d.o.o. (Krapina) traži pristup poslužitelju s rezultatima izbora u "
        "XML formatu. Pratimo izbore u srednjoj Europi za naše čitatelje.\n\n"
        "produkcijske adrese: 2001:db8:385::10 do 2001:db8:385::12\n"
        "testna adresa: 2001:db8:385::20\n\n"
        "Kontakt: Ivana Bošnjak, urednica, mob. +385 98 614 2037\n\n"
        "Lijep pozdrav,\nIvana Bošnjak\n",
    },
    {
        "id": "dj012-et-freelancer-english-mix",
        "description": "Estonian freelance journalist without a company mixes Estonian and "
        "English; one VPS address, testing from the same machine; flowed",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Kadri Saar",
            None,
            None,
            ["198.18.61.14"],
            [],
            "Kadri Saar",
            "kadri.saar@vabakiri.example",
            "+37256234198",
        ),
        "from": "Kadri Saar <kadri.saar@vabakiri.example>",
        "subject": "XML access / juurdepääs valimistulemustele",
        "headers": SAMSUNG,
        "flowed": True,
        "body": "Tere / Hello,\n\n"
        "I'm an Estonian freelance journalist (vabakutseline ajakirjanik, no company) "
        "covering the Czech elections for several Estonian news sites. Palun andke mulle "
        "juurdepääs XML valimistulemustele.\n\n"
        "My server is a small VPS: 198.18.61.14. Testing I'll do from the same VPS, there "
        "is no separate test server.\n\n"
        "Aitäh! / Thanks!\nKadri Saar\n+372 5623 4198\n",
    },
    {
        "id": "dj013-lv-slash32-blocks",
        "description": "Latvian agency in Latvian writes each address as a /32 block (one "
        "address each); the SIA legal form stands before the name",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "SIA Ziņu Vējš",
            None,
            None,
            ["198.18.12.5", "198.18.12.6"],
            ["198.18.12.9"],
            "Jānis Ozoliņš",
            "janis.ozolins@zinu-vejs.example",
            "+37129418736",
        ),
        "from": "Jānis Ozoliņš <janis.ozolins@zinu-vejs.example>",
        "subject": "Pieteikums piekļuvei vēlēšanu rezultātiem (XML)",
        "headers": ROUNDCUBE,
        "body": "Labdien!\n\n"
        "SIA Ziņu Vējš lūdz piešķirt piekļuvi Čehijas vēlēšanu rezultātu XML serverim.\n\n"
        "Ražošanas serveri: 198.18.12.5/32, 198.18.12.6/32\n"
        "Testa serveris: 198.18.12.9/32\n\n"
        "Kontaktpersona: Jānis Ozoliņš, sistēmu administrators, tālr. +371 2941 8736\n\n"
        "Ar cieņu,\nJānis Ozoliņš\nSIA Ziņu Vējš\n",
    },
    {
        "id": "dj014-no-conditional-filming-temp-test",
        "description": "Norwegian paper in Norwegian: feed with a temporary test server, and "
        "filming asked now on condition the reporter's trip is approved (still asked)",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Fjordavisa AS",
            None,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Sigrid Haugen",
            "sigrid.haugen@fjordavisa.example",
            "+4791538204",
        ),
        "from": "Sigrid Haugen <sigrid.haugen@fjordavisa.example>",
        "subject": "Søknad om tilgang til valgresultater og filming",
        "headers": MAC_OUTLOOK,
        "body": "Hei,\n\n"
        "Fjordavisa AS søker om tilgang til XML-strømmen med valgresultater. "
        "Produksjonsserver 203.0.113.240, testserver 203.0.113.241 (midlertidig, fram til "
        "valgnatten).\n\n"
        "Dersom reisen til vår reporter blir godkjent, ønsker vi også tillatelse til å filme "
        "hos dere i Praha valgnatten. Vi søker om det allerede nå, så slipper vi å skrive "
        "på nytt.\n\n"
        "Kontakt: Sigrid Haugen, nyhetsredaktør, +47 915 38 204\n\n"
        "Vennlig hilsen\nSigrid Haugen\nFjordavisa AS\n",
    },
]
