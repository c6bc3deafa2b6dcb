"""Sixty-second held-out part ``dp``, cases dp029–dp042: an Egyptian agency's cover mixing
Arabic and English with a PDF form, an Israeli podcaster in Hebrew and English who wants to
record only, a Korean company's Czech subsidiary sending a bilingual DOCX from its box, an
Italian student radio's terse note with a short-end range, a Spanish-language community radio's
bilingual yes/no form, a Brazilian photographer's own box (natural person in business) with a
plain-text file in Portuguese and Czech, a Slovenian daily's S/MIME-signed 'oziroma', a
Hungarian regional TV filming only at a later election, a Czech agency deferring the feed, a
British data journalist with an IPv6 range, a Ukrainian-language TV's box carrying a PDF, an
Albanian agency's English reply testing from production, a Czech regional TV's windows-1250
letter with 'resp.' and a Japanese broadcaster withdrawing its feed request. Written by hand
apart from the extraction rules (see make_sixtysecond_dp); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtysecond_dp_common import (
    CENTRUM,
    EM_CLIENT,
    FEED,
    FILM,
    IPHONE,
    MUTT,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SPARK,
    THE_BAT,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I31 = ico("0864275")
I33 = ico("2690341")
I34 = ico("0915738")
I37 = ico("2508461")
I39 = ico("0817294")
I41 = ico("2735180")

CASES: list[dict[str, Any]] = [
    {
        "id": "dp029-ar-en-agency-cover-pdf",
        "description": "Egyptian news agency's cover mail opens and closes in Arabic and is "
        "otherwise English; the application is a PDF form in English with Arabic headings; "
        "S.A.E. as the legal form; an Egyptian mobile",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Nile Horizon News Agency S.A.E.",
            None,
            None,
            ["198.18.90.10", "198.18.90.11"],
            ["198.18.90.20"],
            "Omar Farouk",
            "o.farouk@nilehorizon.example",
            "+201005552731",
        ),
        "from": "Omar Farouk <o.farouk@nilehorizon.example>",
        "subject": "Request for XML election results access – Nile Horizon / طلب وصول",
        "headers": OUTLOOK,
        "body": "السلام عليكم،\n\n"
        "Dear colleagues at the Czech Statistical Office,\n\n"
        "Nile Horizon News Agency would like to receive the Czech election results in XML "
        "for our Arabic and English wires. Our filled-in request form is attached (PDF).\n\n"
        "مع أطيب التحيات،\n"
        "Omar Farouk\n"
        "Head of Digital Operations, Nile Horizon News Agency S.A.E., Cairo\n",
        "attachments": [
            (
                "pdf",
                "NileHorizon_CZSO_request.pdf",
                [
                    "Nile Horizon News Agency S.A.E. – وكالة أفق النيل للأنباء",
                    "Request for access to election results (XML) / طلب الوصول إلى النتائج",
                    {
                        "rows": [
                            ["Item / البند", "Value / القيمة"],
                            ["Applicant", "Nile Horizon News Agency S.A.E."],
                            ["XML feed", "Yes"],
                            ["Filming permit", "No"],
                            ["Production servers", "198.18.90.10, 198.18.90.11"],
                            ["Test server", "198.18.90.20"],
                            ["Contact person", "Omar Farouk"],
                            ["E-mail", "o.farouk@nilehorizon.example"],
                            ["Mobile", "+20 100 555 2731"],
                        ],
                        "widths": [150, 250],
                    },
                ],
            )
        ],
    },
    {
        "id": "dp030-he-en-podcaster-recording-only",
        "description": "Israeli podcaster (a one-person show, no company) writes Hebrew mixed "
        "with English: asks to record audio and a short video at the office, the XML feed "
        "explicitly not needed; his own name is the applicant; names in Latin letters",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Eitan Shapiro",
            None,
            None,
            [],
            [],
            "Eitan Shapiro",
            "eitan@eastwestpod.example",
            "+972525550461",
        ),
        "from": "Eitan Shapiro <eitan@eastwestpod.example>",
        "subject": "Recording request – East/West podcast (בקשה להקלטה)",
        "headers": SPARK,
        "body": "שלום,\n\n"
        'My name is Eitan Shapiro, I host the independent podcast "East/West" (אני מפיק '
        "אותו לבד, בלי חברה). I would like permission to record audio and a short video at "
        "your Prague headquarters on election night – כמה דקות בחדר איסוף הנתונים.\n\n"
        "I don't need the XML feed – אין לי צורך בגישה לנתונים.\n\n"
        "Phone: +972 52 555 0461\n\n"
        "תודה רבה,\n"
        "Eitan Shapiro\n",
    },
    {
        "id": "dp031-ko-subsidiary-databox-docx-both-orders",
        "description": "a Korean company's Czech subsidiary sends a bilingual Czech/Korean DOCX "
        "from its box: the contact 'KIM Min-jun' in the table, 'Min-jun KIM' under the "
        "signature (given name first labelled); an IPv6 and an IPv4 production address, no "
        "test server",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanul Media Europe s.r.o.",
            I31,
            "h4nm8eu",
            ["2001:db8:4b::20", "203.0.113.210"],
            [],
            "Min-jun Kim",
            "minjun.kim@hanulmedia.example",
            "+420739555182",
        ),
        "databox": box("h4nm8eu", "Hanul Media Europe s.r.o.", "Rohanské nábřeží 678/23, Praha 8"),
        "subject": "Žádost o přístup k XML s výsledky voleb / 선거 결과 XML 접근 신청",
        "attachments": [
            (
                "docx",
                "zadost_신청서.docx",
                {
                    "header": "Hanul Media Europe s.r.o. | IČO " + I31 + " | ID DS h4nm8eu",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb (XML) / 선거 결과 XML 접근 신청",
                        "Hanul Media Europe s.r.o., česká dceřiná společnost korejské skupiny "
                        "Hanul Media, provozuje zpravodajský web v korejštině pro Evropu.",
                        {
                            "rows": [
                                ["Položka / 항목", "Údaj / 내용"],
                                ["Přístup k XML / XML 접근", "ano / 예"],
                                ["Natáčení / 촬영", "ne / 아니오"],
                                ["Produkční IP / 운영 IP", "2001:db8:4b::20, 203.0.113.210"],
                                ["Testovací IP / 테스트 IP", "žádná – testujeme z produkce"],
                                ["Kontaktní osoba / 담당자", "KIM Min-jun"],
                                ["E-mail", "minjun.kim@hanulmedia.example"],
                                ["Telefon / 전화", "+420 739 555 182"],
                            ]
                        },
                        "Min-jun KIM\njednatel / 법인장",
                    ],
                },
            )
        ],
    },
    {
        "id": "dp032-it-student-radio-terse-range",
        "description": "terse Italian note from a student radio association: production as a "
        "range with a short end ('198.51.100.50-53', four addresses); testing in production "
        "gives no test address; APS as its legal form",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Associazione Radio Ateneo APS",
            None,
            None,
            ["198.51.100.50", "198.51.100.51", "198.51.100.52", "198.51.100.53"],
            [],
            "Luca Ferri",
            "luca.ferri@radioateneo.example",
            "+393335557120",
        ),
        "from": "Luca Ferri <luca.ferri@radioateneo.example>",
        "subject": "accesso XML elezioni",
        "headers": IPHONE,
        "body": "Buongiorno,\n"
        "Associazione Radio Ateneo APS (Bologna) chiede l'accesso XML ai risultati.\n"
        "IP produzione 198.51.100.50-53, test nessuno (testiamo in produzione).\n"
        "Niente riprese.\n"
        "Luca Ferri, +39 333 555 7120\n\n"
        "Inviato da iPhone\n",
    },
    {
        "id": "dp033-es-cs-community-radio-bilingual-form",
        "description": "Spanish-language community radio in Prague fills a bilingual Czech/"
        "Spanish form in the mail body (8bit): XML ticked yes, filming ticked no; the "
        "association (z. s.) with its IČO; the contact with a Spanish and a Czech surname",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Radio Hispana Praga, z. s.",
            I33,
            None,
            ["192.0.2.230"],
            ["192.0.2.231"],
            "Martina Gómez Krejčí",
            "martina@radiohispana.example",
            "+420777555246",
        ),
        "from": "Martina Gómez Krejčí <martina@radiohispana.example>",
        "subject": "Formulář – žádost o XML výsledky / Formulario de solicitud",
        "headers": ROUNDCUBE,
        "cte": "8bit",
        "body": "Dobrý den / Buenos días:\n\n"
        "Žadatel / Solicitante: Radio Hispana Praga, z. s.\n"
        "IČO: " + I33 + "\n"
        "Přístup k XML / Acceso al XML:   [X] ANO / SÍ   [ ] NE / NO\n"
        "Natáčení / Grabación:            [ ] ANO / SÍ   [X] NE / NO\n"
        "Produkční IP / IP de producción: 192.0.2.230\n"
        "Testovací IP / IP de pruebas:    192.0.2.231\n"
        "Kontaktní osoba / Persona de contacto: Martina Gómez Krejčí\n"
        "Telefon / Teléfono: 777 555 246\n"
        "E-mail: martina@radiohispana.example\n\n"
        "Děkujeme / Muchas gracias\n",
    },
    {
        "id": "dp034-pt-photographer-own-box-txt",
        "description": "a Brazilian photographer in Brno sends from her own box (natural person "
        "in business) a plain-text file in Portuguese with a Czech summary: filming only, the "
        "XML not wanted; her IČO in the file; her box is the applicant's",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Beatriz Almeida Costa",
            I34,
            "b9ac2tq",
            [],
            [],
            "Beatriz Almeida Costa",
            "beatriz@almeidacosta-foto.example",
            "+420728555390",
        ),
        "databox": box("b9ac2tq", "Beatriz Almeida Costa", "Údolní 61, 602 00 Brno", 40),
        "subject": "Povolení fotografovat a natáčet ve volební noci",
        "attachments": [
            (
                "txt",
                "pedido_povoleni.txt",
                "Beatriz Almeida Costa – fotógrafa, IČO " + I34 + "\n"
                "Údolní 61, 602 00 Brno\n\n"
                "Venho pedir autorização para fotografar e filmar na sede regional do ČSÚ "
                "em Brno na noite das eleições (reportagem para revistas brasileiras).\n"
                "Não preciso de acesso ao XML.\n\n"
                "Česky: žádám o povolení fotografovat a natáčet na krajském pracovišti v Brně "
                "ve volební noci. Přístup k XML nepotřebuji.\n\n"
                "tel. 728 555 390, beatriz@almeidacosta-foto.example\n",
            )
        ],
    },
    {
        "id": "dp035-sl-daily-smime-oziroma",
        "description": "Slovenian daily's S/MIME-signed mail in Slovenian: production and test "
        "server '198.51.100.170 oziroma 198.51.100.179' (respectively); d.o.o.",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Savinjske novice d.o.o.",
            None,
            None,
            ["198.51.100.170"],
            ["198.51.100.179"],
            "Nina Zupan",
            "nina.zupan@savinjske-novice.example",
            "+38631555904",
        ),
        "from": "Nina Zupan <nina.zupan@savinjske-novice.example>",
        "subject": "Prošnja za dostop do volilnih rezultatov v XML",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Spoštovani,\n\n"
        "Savinjske novice d.o.o. (Celje) prosimo za dostop do strežnika z rezultati čeških "
        "volitev v obliki XML.\n\n"
        "Naš produkcijski in testni strežnik imata naslova 198.51.100.170 oziroma "
        "198.51.100.179.\n\n"
        "Kontaktna oseba: Nina Zupan, urednica spletne izdaje, tel. +386 31 555 904\n\n"
        "Lep pozdrav,\n"
        "Nina Zupan\n"
        "Savinjske novice d.o.o.\n",
    },
    {
        "id": "dp036-hu-regional-tv-filming-later-election",
        "description": "Hungarian regional TV writes Hungarian (windows-1250, base64): filming "
        "only, for next year's municipal elections, applied for as a whole now; the feed not "
        "needed; the sentence opens with the article 'A' (not part of the name); the contact "
        "family name first, labelled in that order",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Tiszavidék Televízió Zrt.",
            None,
            None,
            [],
            [],
            "Tóth Gergely",
            "toth.gergely@tiszavidektv.example",
            "+36205553108",
        ),
        "from": "Tóth Gergely <toth.gergely@tiszavidektv.example>",
        "subject": "Forgatási engedély kérése – önkormányzati választások",
        "headers": ZIMBRA,
        "charset": "windows-1250",
        "cte": "base64",
        "body": "Tisztelt Hölgyem/Uram!\n\n"
        "A Tiszavidék Televízió Zrt. (Szolnok) forgatási engedélyt kér a jövő évi "
        "csehországi önkormányzati választások éjszakájára, a prágai adatgyűjtő központba. "
        "Egy operatőr és egy riporter érkezne.\n\n"
        "Az XML-adatokhoz való hozzáférésre nincs szükségünk.\n\n"
        "Kapcsolattartó: Tóth Gergely, főszerkesztő-helyettes, +36 20 555 3108\n\n"
        "Tisztelettel:\n"
        "Tóth Gergely\n"
        "Tiszavidék Televízió Zrt.\n",
    },
    {
        "id": "dp037-cz-agency-feed-deferred",
        "description": "a Czech press agency asks to film now and defers the feed to the "
        "autumn regional elections ('XML si vyžádáme až k …'), so only filming counts; a.s.",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Tisková agentura Morava, a.s.",
            I37,
            None,
            [],
            [],
            "Lenka Staňková",
            "stankova@tamorava.example",
            "+420731555477",
        ),
        "from": "Lenka Staňková <stankova@tamorava.example>",
        "subject": "natáčení – Tisková agentura Morava",
        "headers": CENTRUM,
        "body": "Dobrý den,\n"
        "Tisková agentura Morava, a.s. (IČO " + I37 + ") žádá o povolení natáčet na "
        "krajském pracovišti v Olomouci ve volební noci (kameraman + redaktorka).\n"
        "Přístup k XML si vyžádáme až k podzimním krajským volbám, teď ho nepotřebujeme.\n"
        "Lenka Staňková, 731 555 477\n",
    },
    {
        "id": "dp038-en-data-journalist-ipv6-range",
        "description": "a British data-journalism studio's short English mail (Mutt, "
        "format=flowed): production as an IPv6 range with a hex end ('2001:db8:c0de::20-23', "
        "four addresses), an IPv6 test address; Ltd",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Ridgeline Data Ltd",
            None,
            None,
            ["2001:db8:c0de::20", "2001:db8:c0de::21", "2001:db8:c0de::22", "2001:db8:c0de::23"],
            ["2001:db8:c0de::30"],
            "Hannah Okafor",
            "hannah@ridgelinedata.example",
            "+447700900418",
        ),
        "from": "Hannah Okafor <hannah@ridgelinedata.example>",
        "subject": "XML results feed access - Ridgeline Data",
        "headers": MUTT,
        "flowed": True,
        "body": "Hi,\n\n"
        "Ridgeline Data Ltd (London) builds live election graphics for several UK and Irish "
        "outlets. We'd like access to the XML results feed for the Czech election.\n\n"
        "prod: 2001:db8:c0de::20-23\n"
        "test: 2001:db8:c0de::30\n\n"
        "No filming.\n\n"
        "Cheers,\n"
        "Hannah Okafor\n"
        "+44 7700 900418\n",
    },
    {
        "id": "dp039-uk-tv-databox-pdf-both",
        "description": "a Ukrainian-language TV (Czech s.r.o.) sends from its box a PDF in "
        "Ukrainian with Czech terms: feed and filming; the contact in Cyrillic; a backup "
        "server (резервний) is production",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "UA Praha Media s.r.o.",
            I39,
            "u6pm2wd",
            ["192.0.2.240", "192.0.2.241"],
            ["192.0.2.249"],
            "Андрій Мельник",
            "melnyk@uapraha.example",
            "+420604555813",
        ),
        "databox": box("u6pm2wd", "UA Praha Media s.r.o.", "Sokolovská 95, 186 00 Praha 8"),
        "subject": "Žádost o přístup k XML a o natáčení – UA Praha TV",
        "attachments": [
            (
                "pdf",
                "zayava_zadost.pdf",
                [
                    "UA Praha Media s.r.o., IČO " + I39,
                    "Заява / Žádost",
                    "Телеканал UA Praha TV просить надати доступ до сервера з результатами "
                    "виборів у форматі XML та дозвіл на зйомку в центрі збору даних ČSÚ у "
                    "Празі у виборчу ніч.",
                    {
                        "rows": [
                            ["Сервер", "IP"],
                            ["основний (produkční)", "192.0.2.240"],
                            ["резервний (záložní)", "192.0.2.241"],
                            ["тестовий (testovací)", "192.0.2.249"],
                        ],
                        "widths": [180, 160],
                    },
                    "Контактна особа: Андрій Мельник, технічний директор, "
                    "melnyk@uapraha.example, тел. 604 555 813",
                ],
            )
        ],
    },
    {
        "id": "dp040-sq-en-agency-reply-test-from-production",
        "description": "an Albanian agency replies in English with an Albanian greeting to the "
        "office's question: no test server, testing from production (no test address); the "
        "quoted office text carries its IČO and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Agjencia e Lajmeve Iliria sh.a.",
            None,
            None,
            ["203.0.113.180"],
            [],
            "Elira Hoxha",
            "elira.hoxha@iliria-news.example",
            "+355685551290",
        ),
        "from": "Elira Hoxha <elira.hoxha@iliria-news.example>",
        "subject": "Re: Your request for XML access",
        "headers": THE_BAT,
        "body": "Përshëndetje,\n\n"
        "thank you for your question. We do not have a separate test server – we will test "
        "from the production address 203.0.113.180, the one in our request.\n\n"
        "Me respekt / Best regards,\n"
        "Elira Hoxha\n"
        "IT, Agjencia e Lajmeve Iliria sh.a., Tirana\n"
        "+355 68 555 1290\n\n"
        "On 11 Sep, Věra Horáková <vera.horakova@czso.cz> wrote:\n"
        "> Dear Ms Hoxha,\n"
        "> your request lists only the production address. Do you also wish to test before\n"
        "> the election? If so, please send us the test address.\n"
        "> Kind regards\n"
        "> Věra Horáková\n"
        "> Czech Statistical Office, IČO 00025593, phone +420 274 052 733\n",
    },
    {
        "id": "dp041-cz-regional-tv-letter-resp",
        "description": "a Czech regional TV's formal letter (windows-1250): production and "
        "test server '192.0.2.184, resp. 192.0.2.188'; feed and filming; the programme "
        "director is the contact with a direct line before the switchboard",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "TV Pojizeří s.r.o.",
            I41,
            None,
            ["192.0.2.184"],
            ["192.0.2.188"],
            "Marek Vacek",
            "vacek@tvpojizeri.example",
            "+420481555162",
        ),
        "from": "Marek Vacek <vacek@tvpojizeri.example>",
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení – TV Pojizeří",
        "headers": EM_CLIENT,
        "charset": "windows-1250",
        "body": "TV Pojizeří s.r.o.\n"
        "Jiráskova 412, 511 01 Turnov\n"
        "IČO " + I41 + "\n\n"
        "Český statistický úřad\n"
        "Krajská správa ČSÚ v Liberci\n\n"
        "V Turnově dne 1. září\n\n"
        "Věc: Žádost o přístup k dedikovanému serveru s výsledky voleb a o povolení natáčení\n\n"
        "Vážené dámy, vážení pánové,\n\n"
        "TV Pojizeří s.r.o., regionální televize vysílající v Libereckém kraji, připravuje "
        "k volbám do Poslanecké sněmovny speciální vysílání. Žádáme Vás proto:\n\n"
        "1. o přístup k serveru s výsledky voleb ve formátu XML; náš produkční a testovací "
        "server mají adresy 192.0.2.184, resp. 192.0.2.188;\n"
        "2. o povolení natáčet na Krajské správě ČSÚ v Liberci ve volební noci (dva "
        "pracovníci: kameraman a redaktor).\n\n"
        "Kontaktní osobou je programový ředitel Marek Vacek, vacek@tvpojizeri.example, "
        "přímá linka 481 555 162 (ústředna 481 555 100).\n\n"
        "Děkujeme za vyřízení.\n\n"
        "S úctou\n\n"
        "Marek Vacek\n"
        "programový ředitel\n"
        "TV Pojizeří s.r.o.\n",
    },
    {
        "id": "dp042-ja-en-broadcaster-feed-withdrawn",
        "description": "a Japanese broadcaster writes Japanese with English: asks for the feed "
        "(addresses after full-width colons and '、') and filming, then a postscript "
        "withdraws the feed request (arranged by Tokyo), so only filming counts and the "
        "addresses go with the feed; the contact in Latin letters throughout",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Kiso Television Co., Ltd.",
            None,
            None,
            [],
            [],
            "Kenji Morita",
            "k.morita@kiso-tv.example",
            "+819055552814",
        ),
        "from": "Kenji Morita <k.morita@kiso-tv.example>",
        "subject": "選挙取材：XMLアクセスおよび撮影許可の申請 / Kiso Television",
        "headers": OWA,
        "body": "チェコ統計局 ご担当者様\n\n"
        "Kiso Television Co., Ltd.（木曽テレビ）のKenji Moritaです。"
        "チェコ下院選挙の取材にあたり、以下を申請いたします。\n\n"
        "1. XML結果データへのアクセス\n"
        "   本番用IP：192.0.2.90、192.0.2.91\n"
        "   テスト用IP：192.0.2.99\n"
        "2. 開票当日、プラハ本部での撮影許可（カメラ1名、記者1名）\n\n"
        "Contact: Kenji Morita, +81 90 5555 2814, k.morita@kiso-tv.example\n\n"
        "よろしくお願いいたします。\n"
        "Kenji Morita\n"
        "Kiso Television Co., Ltd. – Europe Desk\n\n"
        "追記：1.のXMLアクセスの申請は取り下げます（東京本社が別途手配済みのため）。"
        "2.の撮影許可のみお願いいたします。\n"
        "P.S. Please disregard item 1 (XML access) – only the filming permit is needed.\n",
    },
]
